# mypy: disable-error-code="attr-defined,union-attr,index,arg-type,assignment,operator"
"""Build the dev20 case ``brambleway-grocer``: its deck and its org folder, deterministically.

Run from the repository root with the venv that has reportlab:

    /tmp/rl/bin/python evals/dev20/build_brambleway_grocer.py [out]

(``/tmp/rl`` holds reportlab, python-pptx, python-docx, pypdf and openpyxl; the project's
``.venv`` has no reportlab, which the job descriptions PDF needs. The fonts are DejaVu Sans
and DejaVu Sans Bold from ``/usr/share/fonts/truetype/dejavu/``, Debian's fonts-dejavu-core.)

Writes, under ``evals/dev20/brambleway-grocer/`` (or ``<out>/brambleway-grocer/``):

- ``fresh-path-board-january-2028.pptx``: an online grocer's three-year plan ("Fresh Path",
  FY29 to FY31, Brambleway's financial year running from March) as a 16:9 PPTX EXPORTED FROM A
  WEB PRESENTATION TOOL (Pitch), imitated with python-pptx. What PowerPoint's structure would
  give is gone: the master and its one remaining layout ("Blank") hold no placeholders, and
  no slide has one; every piece of text is a free text box holding ONE line (one paragraph,
  one run, ``wrap="none"``, zero insets): a title that wraps is two boxes one above the other,
  a paragraph of three lines is three boxes, a bullet is a small drawn ellipse (or rounded
  square) to the left of its text box and a bullet that wraps is two boxes, the second at the
  text's left edge. Positions are absolute, in the tool's 1920 x 1080 px grid (6350 EMU a px),
  with small irregular offsets as the web tool rounds them. The XML order of a slide's shapes
  is not the reading order: the exporter writes the background layer first (full-bleed
  rectangle, tiles, bars, rules), then the text grouped by style (body lines in the order
  they were made: a right column before a left one, a KPI table column by column, a roadmap's
  dates before its phase names; then big numbers; then headings and kickers; then the footer)
  and the bullet markers last. Kickers are stored in lower case with ``cap="all"`` and
  letter-spacing (``spc``); headings carry a negative ``spc``. Big-number tiles: a rounded
  rectangle with the number and each label line as separate boxes. Two-column slides put both
  columns' lines at the same heights. The KPI table is rows of text boxes over thin line
  shapes (no native table). The roadmap is a horizontal timeline on the deck's own clock
  (FY29 = March 2028 to February 2029, halves "H1 FY29"), four phase bars with the phase name
  above and the dates below in separate boxes, gate diamonds with their labels. No speaker
  notes. 18 slides.
- ``org/``: the roster as a JOB DESCRIPTIONS PACK in PDF (``people/programme-job-descriptions
  .pdf``, A4 portrait in a Word look drawn with reportlab: a cover with contents, 19 job
  descriptions one a page, each a "Job description" heading, a two-column box of fields
  (Job title, Directorate, Reports to, Grade, Location, Role in the Fresh Path programme),
  "Purpose of the job" and numbered "Key accountabilities", a running footer "HR-JD-0xx v2 |
  Page n of N"; a last page "Vacancies not yet described" naming two posts), the Fresh Path
  steering group's terms of reference, an ADWU recognition agreement extract (DOCX), a
  systems and data inventory, the measure definitions, a customer panel summary, a York spoke
  profile, a note on the Drivers' Forums and the Learning team, and an email from the picking
  system's supplier.

Re-running it rewrites every file byte for byte: the PPTX and DOCX through
``evals/dev16/_build.py`` (fixed ZIP entry times and document dates; the PPTX's app.xml
rewritten as the web tool writes it), the PDF in reportlab's invariant mode, the text files as
literal strings. It never touches ``gold.json``.

This is a DEVELOPMENT case (split "dev20").
"""

from __future__ import annotations

import io
import sys
import zipfile
import zlib
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.shared import Pt
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_CONNECTOR, MSO_SHAPE
from pptx.oxml.ns import qn
from pptx.util import Emu
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals.dev16._build import Stamp, normalize_zip, ooxml_bytes, write_files  # noqa: E402

HERE = Path(__file__).resolve().parent
CASE = "brambleway-grocer"
DECK = "fresh-path-board-january-2028.pptx"
ROSTER_PDF = "org/people/programme-job-descriptions.pdf"

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
SANS = "DejaVuSans"
BOLD = "DejaVuSans-Bold"


def _fonts() -> None:
    for name in (SANS, BOLD):
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / f"{name}.ttf")))


# =========================================================================== deck kit

PX = 6350  # EMU per px of the tool's 1920 x 1080 grid
FACE = "Inter"
WIDTH_FACTOR = 0.93  # Inter sets a little narrower than DejaVu Sans, which measures it here

CREAM = RGBColor(0xFB, 0xF8, 0xF3)
PLUM = RGBColor(0x5B, 0x2A, 0x6E)
PLUM_PALE = RGBColor(0xEF, 0xE6, 0xF2)
LEAF = RGBColor(0x2F, 0x7D, 0x4F)
LEAF_PALE = RGBColor(0xE4, 0xF1, 0xE8)
BERRY = RGBColor(0xC2, 0x3B, 0x5C)
INK = RGBColor(0x23, 0x1F, 0x26)
MUTED = RGBColor(0x6E, 0x68, 0x73)
RULE = RGBColor(0xD8, 0xD0, 0xDC)
WHITE = RGBColor(0xFF, 0xFF, 0xFF)

# the exporter's layers, in the order it writes a slide's shapes
ORDER = ("bg", "body", "label", "num", "head", "foot", "dot")


def text_width(text: str, size: float, bold: bool = False, spc: int = 0) -> float:
    """Estimated width in px of ``text`` at ``size`` px (spc in 1/100 pt, 1 pt = 2 px)."""
    w = stringWidth(text, BOLD if bold else SANS, size) * WIDTH_FACTOR
    return w + len(text) * spc / 100 * 2


def _jit(v: float, salt: int = 0) -> float:
    """A small, fixed offset (under 1.3 px) as a web tool's rounding leaves: the same for the
    same base position, so lines meant to share a height still share it."""
    n = zlib.crc32(f"{v:.2f}:{salt}".encode())
    return ((n % 11) - 5) * 0.23


class Sld:
    """One slide's shapes, collected by layer and written in the exporter's order."""

    def __init__(self, number: int) -> None:
        self.number = number
        self.items: dict[str, list[dict]] = {k: [] for k in ORDER}

    # ---------------------------------------------------------------- text
    def text(
        self,
        x: float,
        y: float,
        text: str,
        size: float = 28,
        *,
        bold: bool = False,
        color: RGBColor = INK,
        kind: str = "body",
        maxw: float = 1680,
        spc: int = 0,
        caps: bool = False,
        right: float | None = None,
    ) -> None:
        w = text_width(text, size, bold, spc)
        if w > maxw:
            raise ValueError(f"slide {self.number}: line too wide ({w:.0f} > {maxw}): {text!r}")
        if caps and text != text.lower():
            raise ValueError(f"a cap=all kicker is stored in lower case: {text!r}")
        box_w = w + 6
        if right is not None:
            x = right - box_w
        self.items[kind].append(
            {
                "t": "text",
                "x": x + _jit(x, 3) * 0.5,
                "y": y + _jit(y, self.number),
                "w": box_w,
                "h": size * 1.3,
                "text": text,
                "size": size,
                "bold": bold,
                "color": color,
                "spc": spc,
                "caps": caps,
            }
        )

    def lines(self, x, y, lines, size=28, leading=None, **kw) -> float:
        leading = leading or size * 1.36
        for i, line in enumerate(lines):
            self.text(x, y + i * leading, line, size, **kw)
        return y + len(lines) * leading

    def kicker(self, x, y, text, color=PLUM, size=20, kind="head", spc=200, **kw) -> None:
        self.text(x, y, text, size, bold=True, color=color, kind=kind, spc=spc, caps=True, **kw)

    def title(self, x, y, lines, size=56, color=INK, maxw=1680) -> None:
        for i, line in enumerate(lines):
            self.text(
                x,
                y + i * size * 1.18,
                line,
                size,
                bold=True,
                color=color,
                kind="head",
                maxw=maxw,
                spc=-50,
            )

    def bullet(
        self, x, y, lines, size=28, leading=None, dot="ellipse", color=PLUM, maxw=1100, **kw
    ) -> float:
        """A bullet: a drawn marker at ``x`` and the text's lines at ``x + 30``."""
        leading = leading or size * 1.36
        d = size * 0.34
        self.items["dot"].append(
            {
                "t": "shape",
                "shape": dot,
                "x": x,
                "y": y + size * 0.5 - d / 2 + 1,
                "w": d,
                "h": d,
                "fill": color,
            }
        )
        return self.lines(x + 30, y, lines, size, leading, maxw=maxw, **kw)

    # ---------------------------------------------------------------- drawing
    def rect(self, x, y, w, h, fill, rounded=False, kind="bg") -> None:
        self.items[kind].append(
            {
                "t": "shape",
                "shape": "round" if rounded else "rect",
                "x": x,
                "y": y,
                "w": w,
                "h": h,
                "fill": fill,
            }
        )

    def rule(self, x1, y1, x2, y2, color=RULE, weight=1.5) -> None:
        self.items["bg"].append(
            {"t": "line", "x1": x1, "y1": y1, "x2": x2, "y2": y2, "color": color, "weight": weight}
        )

    def diamond(self, x, y, r, fill=BERRY) -> None:
        self.items["dot"].append(
            {
                "t": "shape",
                "shape": "diamond",
                "x": x - r,
                "y": y - r,
                "w": 2 * r,
                "h": 2 * r,
                "fill": fill,
            }
        )

    def circle(self, x, y, r, fill, kind="bg") -> None:
        self.items[kind].append(
            {
                "t": "shape",
                "shape": "ellipse",
                "x": x - r,
                "y": y - r,
                "w": 2 * r,
                "h": 2 * r,
                "fill": fill,
            }
        )

    # ---------------------------------------------------------------- common parts
    def page(self, kicker: str, title: list[str], title_size: float = 56) -> None:
        self.rect(0, 0, 1920, 1080, CREAM)
        self.kicker(120, 84, kicker)
        self.title(120, 128, title, title_size)
        self.text(
            120,
            1032,
            "Brambleway · Fresh Path · Board, 27 January 2028",
            16,
            color=MUTED,
            kind="foot",
        )
        self.text(
            0, 1032, f"{self.number:02d}", 16, bold=True, color=MUTED, kind="foot", right=1800
        )

    def tile(self, x, y, w, h, number, label, fill=PLUM_PALE, num_size=84, color=PLUM) -> None:
        self.rect(x, y, w, h, fill, rounded=True)
        self.text(
            x + 36,
            y + 34,
            number,
            num_size,
            bold=True,
            color=color,
            kind="num",
            maxw=w - 60,
            spc=-80,
        )
        self.lines(x + 36, y + 44 + num_size * 1.25, label, 26, 35, maxw=w - 64)


def _emu(v: float) -> Emu:
    return Emu(int(round(v * PX)))


def _emit(slide, s: Sld, counter: list[int]) -> None:
    shapes = slide.shapes
    for kind in ORDER:
        for it in s.items[kind]:
            counter[0] += 1
            if it["t"] == "text":
                sp = shapes.add_textbox(_emu(it["x"]), _emu(it["y"]), _emu(it["w"]), _emu(it["h"]))
                sp.name = f"Text {counter[0]}"
                tf = sp.text_frame
                body = tf._txBody.find(qn("a:bodyPr"))
                body.set("wrap", "none")
                for side in ("lIns", "tIns", "rIns", "bIns"):
                    body.set(side, "0")
                body.set("rtlCol", "0")
                body.set("anchor", "t")
                for child in list(body):
                    body.remove(child)
                body.append(body.makeelement(qn("a:noAutofit"), {}))
                run = tf.paragraphs[0].add_run()
                run.text = it["text"]
                f = run.font
                f.size = Emu(int(round(it["size"] / 2 * 12700)))
                f.bold = it["bold"]
                f.name = FACE
                f.color.rgb = it["color"]
                rpr = run._r.get_or_add_rPr()
                rpr.set("lang", "en-GB")
                if it["spc"]:
                    rpr.set("spc", str(it["spc"]))
                if it["caps"]:
                    rpr.set("cap", "all")
            elif it["t"] == "shape":
                kind_map = {
                    "rect": MSO_SHAPE.RECTANGLE,
                    "round": MSO_SHAPE.ROUNDED_RECTANGLE,
                    "ellipse": MSO_SHAPE.OVAL,
                    "square": MSO_SHAPE.ROUNDED_RECTANGLE,
                    "diamond": MSO_SHAPE.DIAMOND,
                }
                sp = shapes.add_shape(
                    kind_map[it["shape"]],
                    _emu(it["x"]),
                    _emu(it["y"]),
                    _emu(it["w"]),
                    _emu(it["h"]),
                )
                names = {
                    "rect": "Rectangle",
                    "round": "Rectangle",
                    "ellipse": "Ellipse",
                    "square": "Rectangle",
                    "diamond": "Diamond",
                }
                sp.name = f"{names[it['shape']]} {counter[0]}"
                sp.fill.solid()
                sp.fill.fore_color.rgb = it["fill"]
                sp.line.fill.background()
                sp.shadow.inherit = False
                if it["shape"] == "round":
                    sp.adjustments[0] = 0.06
                if it["shape"] == "square":
                    sp.adjustments[0] = 0.3
                # a drawn shape carries no text: drop the empty text body python-pptx adds
                tx = sp._element.find(qn("p:txBody"))
                if tx is not None:
                    sp._element.remove(tx)
                style = sp._element.find(qn("p:style"))
                if style is not None:
                    sp._element.remove(style)
            else:
                ln = shapes.add_connector(
                    MSO_CONNECTOR.STRAIGHT,
                    _emu(it["x1"]),
                    _emu(it["y1"]),
                    _emu(it["x2"]),
                    _emu(it["y2"]),
                )
                ln.name = f"Line {counter[0]}"
                ln.line.color.rgb = it["color"]
                ln.line.width = Emu(int(it["weight"] / 2 * 12700))
                style = ln._element.find(qn("p:style"))
                if style is not None:
                    ln._element.remove(style)


# =========================================================================== the slides


def s01_cover(s: Sld) -> None:
    s.rect(0, 0, 1920, 1080, CREAM)
    s.rect(1240, 0, 680, 1080, PLUM)
    s.circle(1600, 380, 190, LEAF)
    s.circle(1460, 520, 90, BERRY)
    s.kicker(120, 150, "board strategy session · 27 january 2028")
    s.text(120, 300, "Fresh Path", 150, bold=True, color=PLUM, kind="head", spc=-200, maxw=1080)
    s.text(120, 520, "Brambleway’s plan for FY29 to FY31", 44, bold=True, kind="head", maxw=1080)
    s.text(120, 610, "Paper BW/B/28/03 · for decision", 26, color=MUTED, maxw=1080)
    s.text(120, 650, "Prepared by the Fresh Path programme office", 26, color=MUTED, maxw=1080)
    s.text(1320, 880, "Brambleway", 48, bold=True, color=WHITE, kind="head", maxw=560)
    s.text(1320, 948, "online grocer · recipe boxes · Bramble Club", 22, color=WHITE, maxw=560)


def s02_where(s: Sld) -> None:
    s.page(
        "where we are · fy28 to date",
        ["A strong year for orders, a harder one", "for the promises we make at the door"],
    )
    tiles = [
        ("96,400", ["orders in the week to", "17 December 2027"]),
        ("£388m", ["sales in FY27, up 11% on", "the year before"]),
        ("88.4%", ["of deliveries landed in the", "two-hour slot the customer", "booked"]),
        ("2.9%", ["of fulfilment-centre sales", "value thrown away as waste"]),
        ("38%", ["of new recipe-box customers", "were still subscribed after", "twelve weeks"]),
        ("7.8", ["calls, emails and chats to", "Care for every 100 orders"]),
    ]
    for i, (number, label) in enumerate(tiles):
        x = 120 + (i % 3) * 580
        y = 318 + (i // 3) * 340
        s.tile(
            x,
            y,
            540,
            310,
            number,
            label,
            fill=PLUM_PALE if i % 2 == 0 else LEAF_PALE,
            color=PLUM if i % 2 == 0 else LEAF,
        )
    s.text(
        120,
        990,
        "Source: Larder, FY28 periods 1–10 (March to December 2027); FY27 sales "
        "from the annual report",
        18,
        color=MUTED,
    )


def s03_picture(s: Sld) -> None:
    s.page("the honest picture", ["What customers tell us, and what our", "own numbers say"])
    s.rect(960, 320, 2, 560, RULE)
    # the exporter wrote the right column before the left one
    s.text(1000, 330, "What is not working", 30, bold=True, color=BERRY, kind="label")
    right = [
        ["Missing and swapped items are the top", "complaint: 34% of all complaints"],
        ["Two-hour slots only, while three rivals", "now offer one hour"],
        ["Holme Lane throws away twice Calder", "Park’s share of fresh stock"],
        ["Six in ten new recipe-box customers", "leave before week 12"],
    ]
    for i, lines in enumerate(right):
        s.bullet(1000, 410 + i * 110, lines, 28, 38, color=BERRY, maxw=760)
    s.text(120, 330, "What is working", 30, bold=True, color=LEAF, kind="label")
    left = [
        ["Fruit and veg rated 4.6 out of 5 by", "customers in the 2027 survey"],
        ["Orders up 9% on the year in FY28", "to date"],
        ["Calder Park picks 99.1% of lines", "correctly"],
        ["612,000 Bramble Club members bring", "41% of our sales"],
    ]
    for i, lines in enumerate(left):
        s.bullet(120, 410 + i * 110, lines, 28, 38, color=LEAF, maxw=760)
    s.text(
        120, 900, "The gap is not demand. It is the promise at the door.", 34, bold=True, color=PLUM
    )


def s04_ambition(s: Sld) -> None:
    s.page("our ambition · fy31", ["Where Fresh Path takes us"])
    s.text(120, 236, "Every order on time, complete and fresh", 50, bold=True, color=PLUM, spc=-40)
    s.text(120, 314, "for the weekly shop, the recipe box and the Club alike", 28, color=MUTED)
    tiles = [
        ("140,000", ["orders a week by February 2031,", "from 96,400 today"]),
        ("96%", ["of orders in the booked one-hour", "slot by February 2030"]),
        ("3.0%", ["EBITDA margin in FY31, from", "0.4% in FY27"]),
    ]
    for i, (number, label) in enumerate(tiles):
        s.tile(
            120 + i * 580,
            400,
            540,
            300,
            number,
            label,
            fill=PLUM_PALE if i != 1 else LEAF_PALE,
            color=PLUM if i != 1 else LEAF,
        )
    s.kicker(120, 770, "not in this plan", color=BERRY)
    for i, text in enumerate(
        ["A third fulfilment centre", "Rapid delivery in 30 minutes", "Non-food ranges"]
    ):
        s.bullet(120 + i * 580, 826, [text], 28, dot="square", color=BERRY, maxw=500)


def s05_pillars(s: Sld) -> None:
    s.page("four pillars, one foundation", ["Where Fresh Path puts its effort"])
    pillars = [
        (
            "01",
            ["Slots customers", "want"],
            ["One-hour slots from every", "spoke, same-day evenings", "and a van you can follow"],
        ),
        (
            "02",
            ["Less waste,", "nothing missing"],
            ["Fresh stock that turns", "faster, and orders that", "arrive complete"],
        ),
        (
            "03",
            ["A recipe box", "people keep"],
            ["Easier to pause, more to", "choose, and one van with", "the weekly shop"],
        ),
        (
            "04",
            ["A Club and an app", "worth opening"],
            ["Member prices every week,", "and an app that answers", "before you have to ask"],
        ),
    ]
    for i, (_num, _name, line) in enumerate(pillars):
        x = 120 + i * 425
        s.rect(x, 250, 395, 400, PLUM_PALE if i % 2 == 0 else LEAF_PALE, rounded=True)
        s.lines(x + 32, 470, line, 25, 34, maxw=335)
    for i, (num, name, _line) in enumerate(pillars):
        x = 120 + i * 425
        s.text(x + 32, 284, num, 46, bold=True, color=PLUM if i % 2 == 0 else LEAF, kind="num")
        s.lines(x + 32, 360, name, 32, 41, bold=True, kind="label", maxw=335)
    s.rect(120, 700, 1670, 120, LEAF, rounded=True)
    s.text(
        156,
        722,
        "Foundation: one customer ID across grocery, Kitchen and Club · hourly data in Larder",
        26,
        bold=True,
        color=WHITE,
        maxw=1600,
    )
    s.text(
        156,
        762,
        "· growers on daily forecasts · evening shifts agreed with ADWU",
        26,
        bold=True,
        color=WHITE,
        maxw=1600,
    )


def _pillar(s: Sld, kicker, title, goals, bullets, lead, side=None, size=28) -> None:
    s.page(kicker, [title])
    y = 236
    s.rect(120, y - 14, 1680, 22 + 50 * len(goals), PLUM_PALE, rounded=True)
    for g in goals:
        s.text(150, y, g, 28, bold=True, color=PLUM, kind="label", maxw=1620)
        y += 50
    y += 44
    maxw = 1100 if side else 1600
    for lines in bullets:
        end = s.bullet(150, y, lines, size, size * 1.34, maxw=maxw)
        y = end + size * 0.95
    if side:
        head, items = side
        s.rect(1330, 360, 470, 60 + 48 * len(items), LEAF_PALE, rounded=True)
        s.kicker(1362, 384, head, color=LEAF, kind="label", size=19, spc=150)
        for i, item in enumerate(items):
            s.text(1362, 432 + i * 48, item, 25, maxw=420)
    s.text(150, 982, lead, 22, color=MUTED, maxw=1600)


def s06_slots(s: Sld) -> None:
    _pillar(
        s,
        "pillar 01 · last mile",
        "Slots customers want",
        ["Goal: 96% of orders in the booked one-hour slot by February 2030"],
        [
            [
                "Move all four spokes from two-hour to one-hour slots, York",
                "first, then Leeds, Hull and Harrogate by February 2030",
            ],
            [
                "Open same-day evening slots (order by 12:00, delivered",
                "18:00–22:00) from the York and Leeds spokes in FY30",
            ],
            [
                "Re-plan every van’s route at 05:00 each morning with",
                "RouteWise dynamic routing, instead of fixed evening routes",
            ],
            [
                "Give the drivers at Hull and Harrogate handhelds, so proof",
                "of delivery is live at all four spokes",
            ],
            [
                "Show the van on a map in the app, with a 15-minute arrival",
                "window sent an hour before",
            ],
        ],
        "Lead: Head of Last Mile, with the Head of Digital Product",
        (
            "today",
            [
                "88.4% of orders in slot",
                "Two-hour slots only",
                "Routes fixed the evening before",
                "Paper delivery sheets at two",
                "spokes",
            ],
        ),
    )


def s07_waste(s: Sld) -> None:
    _pillar(
        s,
        "pillar 02 · fulfilment centres",
        "Less waste, nothing missing",
        [
            "Goal: CFC waste from 2.9% to 1.5% of sales by February 2030",
            "Goal: 98% of orders complete and correct by February 2030",
        ],
        [
            [
                "Extend Kestrel’s stock-rotation module to Holme Lane in H2",
                "FY29, so the oldest fresh stock is picked first",
            ],
            ["Replace Holme Lane’s printed pick lists with pick-to-light on", "the chilled aisles"],
            ["Count waste by product every day at both CFCs, not by the", "skip"],
            ["Sell short-dated stock in the app as Last Chance, at up to", "40% off"],
            ["Send the day’s surplus to our three food bank partners", "every evening"],
            [
                "Share a daily order forecast with our 40 largest growers,",
                "instead of the weekly spreadsheet",
            ],
        ],
        "Lead: Operations Director, with the general managers of both CFCs",
        (
            "today",
            [
                "2.9% of sales thrown away",
                "Holme Lane picks from paper",
                "Waste weighed by the skip",
                "93.1% of orders complete",
            ],
        ),
        size=26,
    )


def s08_box(s: Sld) -> None:
    _pillar(
        s,
        "pillar 03 · brambleway kitchen",
        "A recipe box people keep",
        ["Goal: 50% of new subscribers still boxing at week 12 by February 2030 (38% now)"],
        [
            [
                "Let subscribers skip, pause or restart in the app in two taps,",
                "without calling us",
            ],
            ["Offer 24 recipes a week, up from 14, with six ready in 20", "minutes"],
            ["Deliver the box with the weekly shop in one van, packed at", "Holme Lane"],
            [
                "Call every subscriber who cancels in their first four weeks,",
                "and ask what would bring them back",
            ],
            ["Ask for a cancellation reason from a fixed list of 12"],
        ],
        "Lead: Managing Director, Brambleway Kitchen, with the Head of Customer Care",
        (
            "why they leave (2027)",
            [
                "Too hard to pause: 31%",
                "Same recipes again: 24%",
                "A second delivery: 19%",
                "Price: 14%",
            ],
        ),
    )


def s09_club(s: Sld) -> None:
    _pillar(
        s,
        "pillar 04 · customer",
        "A Club and an app worth opening",
        [
            "Goal: Club members 60% of sales by February 2031 (41% now)",
            "Goal: the app 70% of orders by February 2031 (46% now)",
            "Goal: care contacts down from 7.8 to 4.5 per 100 orders by February 2030",
        ],
        [
            ["Relaunch Bramble Club in H1 FY30 with member prices on", "300 lines every week"],
            ["Give Club points on recipe boxes as well as on groceries"],
            [
                "Rebuild checkout and substitutions in the app, so customers",
                "approve or refuse a swap before the van leaves",
            ],
            ["Show Club points in the app as they are earned"],
            ["Answer “where is my order?” in the app, so it never needs", "a call"],
        ],
        "Lead: Customer Director, with the Heads of Loyalty, Digital Product and Customer Care",
    )


def s10_foundation(s: Sld) -> None:
    s.page("what it takes", ["The foundation under all four pillars"])
    cols = [
        (
            "Data",
            [
                ["Give every customer one ID across", "grocery, Kitchen and Club"],
                ["Load Kestrel, RouteWise, Ladle and", "CareDesk into Larder every hour"],
            ],
        ),
        (
            "People",
            [
                ["Agree evening picking shifts at", "Calder Park with ADWU"],
                ["Make slot capacity planning a job", "of its own"],
                ["Train 640 pickers and 410 drivers", "in the new ways of working"],
            ],
        ),
        (
            "Growers",
            [
                ["Send daily forecasts to the 40", "largest growers"],
                ["Move the next 30 growers from", "phone orders onto GrowerLink"],
            ],
        ),
    ]
    for i in range(len(cols)):
        x = 120 + i * 580
        s.rect(x, 260, 540, 480, LEAF_PALE if i == 1 else PLUM_PALE, rounded=True)
    for i, (_head, items) in enumerate(cols):
        x = 120 + i * 580
        y = 380
        for lines in items:
            y = s.bullet(x + 36, y, lines, 26, 36, maxw=470, color=LEAF if i == 1 else PLUM) + 40
    for i, (head, _items) in enumerate(cols):
        s.text(
            120 + i * 580 + 36,
            296,
            head,
            36,
            bold=True,
            color=LEAF if i == 1 else PLUM,
            kind="label",
        )


def s11_kpis(s: Sld) -> None:
    s.page(
        "how we will measure it",
        ["Ten measures, reported monthly to the", "Fresh Path steering group"],
    )
    rows = [
        ("Orders delivered in the booked slot", "88.4% (two-hour)", "96% (one-hour)", "Feb 2030"),
        ("Orders complete and correct", "93.1%", "98%", "Feb 2030"),
        ("CFC waste, share of sales value", "2.9%", "1.5%", "Feb 2030"),
        ("New subscribers still boxing at week 12", "38%", "50%", "Feb 2030"),
        ("Care contacts per 100 orders", "7.8", "4.5", "Feb 2030"),
        ("Same-day orders, share of all orders", "0%", "10%", "Feb 2031"),
        ("Club members’ share of sales", "41%", "60%", "Feb 2031"),
        ("Orders placed in the app", "46%", "70%", "Feb 2031"),
        ("Weekly orders", "96,400", "140,000", "Feb 2031"),
        ("Net promoter score", "+21", "Top quartile of UK grocers", "To be set"),
    ]
    cols = [(120, 690), (840, 300), (1160, 400), (1590, 210)]
    top, step = 316, 62
    s.rule(120, top - 10, 1800, top - 10, PLUM, 2.5)
    for i in range(len(rows)):
        s.rule(120, top + (i + 1) * step - 4, 1800, top + (i + 1) * step - 4)
    # written column by column, as the cells were made
    for c, (x, w) in enumerate(cols):
        for i, row in enumerate(rows):
            s.text(
                x,
                top + i * step + 12,
                row[c],
                26,
                bold=(c == 0),
                maxw=w,
                color=INK if c != 2 else PLUM,
            )
    for (x, w), head in zip(
        cols, ["measure", "now (fy28 to date)", "target", "by when"], strict=True
    ):
        s.kicker(x, top - 46, head, color=MUTED, size=18, kind="label", spc=150, maxw=w)
    s.text(
        120,
        956,
        "Now: Larder, FY28 periods 1–10 (March to December 2027). Feb 2030 is the "
        "end of FY30, Feb 2031 the end of FY31.",
        19,
        color=MUTED,
    )
    s.text(
        120, 984, "The NPS comparison group of UK grocers is still to be chosen.", 19, color=MUTED
    )


def s12_roadmap(s: Sld) -> None:
    s.page("roadmap · fy29 to fy31", ["Four phases and three gates over 36 months"])
    s.text(
        120, 212, "FY29 runs March 2028 to February 2029; month 0 is March 2028.", 24, color=MUTED
    )
    x0, x1 = 160.0, 1760.0
    per = (x1 - x0) / 36

    def mx(m: float) -> float:
        return x0 + m * per

    for k, fy in enumerate(["FY29", "FY30", "FY31"]):
        s.rect(mx(12 * k), 276, 12 * per - 4, 48, PLUM_PALE if k % 2 == 0 else LEAF_PALE)
        s.text(mx(12 * k) + 16, 284, fy, 26, bold=True, color=PLUM, kind="num")
    for h in range(6):
        s.rule(mx(6 * h), 330, mx(6 * h), 800, RULE, 1.0)
        s.text(mx(6 * h) + 8, 338, f"H{h % 2 + 1} FY{29 + h // 2}", 19, color=MUTED, kind="label")
    s.rule(mx(36), 330, mx(36), 800, RULE, 1.0)
    phases = [
        (0, 6, "Phase 1 · Fix the foundations", "March – August 2028", PLUM),
        (6, 12, "Phase 2 · Pilot at the York spoke", "September 2028 – February 2029", BERRY),
        (
            12,
            30,
            "Phase 3 · Roll out to every spoke and both CFCs",
            "March 2029 – August 2030",
            LEAF,
        ),
        (30, 36, "Phase 4 · Embed and hand over", "September 2030 – February 2031", PLUM),
    ]
    # the exporter wrote the dates under the bars before the names above them
    for k, (a, b, _name, dates, color) in enumerate(phases):
        y = 430 + k * 96
        s.rect(mx(a) + 2, y, (b - a) * per - 4, 30, color, rounded=True)
        if b == 36:
            s.text(0, y + 38, dates, 19, color=MUTED, right=mx(b))
        else:
            s.text(mx(a) + 4, y + 38, dates, 19, color=MUTED)
    for k, (a, b, name, _dates, _color) in enumerate(phases):
        y = 430 + k * 96
        if b == 36:
            s.text(0, y - 36, name, 23, bold=True, kind="label", right=mx(b))
        else:
            s.text(mx(a) + 4, y - 36, name, 23, bold=True, kind="label")
    gates = [
        (6, "Gate 1 · August 2028", "Ready to pilot?"),
        (12, "Gate 2 · February 2029", "Go/no-go for roll-out"),
        (30, "Gate 3 · August 2030", "Every spoke on one-hour slots"),
    ]
    s.rule(x0, 842, x1, 842, PLUM, 2.0)
    for m, head, what in gates:
        s.diamond(mx(m), 842, 15)
        s.text(mx(m) - 60, 874, head, 21, bold=True, color=BERRY, kind="label")
        s.text(mx(m) - 60, 906, what, 21)


def s13_pilot(s: Sld) -> None:
    s.page(
        "pilot · h2 fy29",
        ["Pilot: the York spoke at Clifton Moor,", "September 2028 to February 2029"],
    )
    cols = [
        (
            1280,
            "Gate 2 pass marks",
            [
                ["95% of York orders in the one-hour", "slot, eight weeks running"],
                ["York care contacts at 5.5 or fewer", "per 100 orders"],
                ["Cost per drop up by 20p at most"],
            ],
            BERRY,
        ),
        (
            700,
            "What we will do",
            [
                ["One-hour slots for every York", "postcode from 4 September 2028"],
                ["Same-day evening slots, picked at", "Calder Park"],
                ["Live van tracking in the app for", "York customers"],
                ["Routes re-planned every morning", "in RouteWise"],
            ],
            PLUM,
        ),
        (
            120,
            "Why York",
            [
                ["64 vans and 21,500 orders a week"],
                ["Drivers already carry handhelds"],
                ["The most requests for same-day", "slots in the 2027 panel"],
                ["Close enough to Calder Park for", "an evening trunk run"],
            ],
            LEAF,
        ),
    ]
    for x, _head, _items, _color in cols:
        s.rect(
            x,
            300,
            540 if x != 1280 else 520,
            520,
            PLUM_PALE if x == 700 else LEAF_PALE,
            rounded=True,
        )
    for x, _head, items, color in cols:
        y = 400
        for lines in items:
            y = s.bullet(x + 32, y, lines, 25, 35, color=color, maxw=460 if x != 1280 else 440) + 36
    for x, head, _items, color in cols:
        s.text(x + 32, 330, head, 32, bold=True, color=color, kind="label")


def s14_risks(s: Sld) -> None:
    s.page("risks and mitigations", ["What could stop us, and what we will do"])
    rows = [
        (
            ["R1 · ADWU does not agree evening shifts", "at Calder Park in time for the pilot"],
            "High",
            [
                "Open the ADWU consultation in March 2028, six months before",
                "the pilot, with the shift pattern drafted with the Lead Convenor",
            ],
        ),
        (
            ["R2 · The Kestrel install at Holme Lane", "slips into the Christmas peak"],
            "High",
            [
                "Book the supplier’s install slot now; if it slips, run the York",
                "pilot from Calder Park and move Holme Lane to Phase 3",
            ],
        ),
        (
            ["R3 · Drivers leave over tighter slots"],
            "Medium",
            [
                "Hold a Drivers’ Forum at every spoke before rotas change, and",
                "keep the four-on, three-off pattern",
            ],
        ),
        (
            ["R4 · Growers cannot work to a daily", "forecast"],
            "Medium",
            ["Start with the 40 largest growers; keep the weekly forecast for", "everyone else"],
        ),
        (
            ["R5 · Member prices cost more margin", "than the Club earns back"],
            "Low",
            ["Cap member prices at 300 lines and review the margin at Gate 2"],
        ),
    ]
    top, step = 300, 132
    for i in range(len(rows)):
        s.rule(120, top + i * step - 18, 1800, top + i * step - 18)
    for i, (_risk, _rating, what) in enumerate(rows):
        s.lines(960, top + i * step, what, 24, 33, maxw=840)
    for i, (risk, _rating, _what) in enumerate(rows):
        s.lines(120, top + i * step, risk, 24, 33, bold=True, maxw=620)
    for i, (_risk, rating, _what) in enumerate(rows):
        s.text(
            780, top + i * step, rating, 24, bold=True, color=BERRY if rating == "High" else MUTED
        )
    for x, head in [(120, "risk"), (780, "rating"), (960, "what we will do")]:
        s.kicker(x, 244, head, color=MUTED, size=18, kind="label", spc=150)


def s15_first90(s: Sld) -> None:
    s.page("first 90 days · march to may 2028", ["What happens in the first 90 days"])
    months = [
        (
            "march",
            [
                "Hold the first monthly steering group on 14 March 2028",
                "Open the ADWU consultation on evening shifts at Calder Park",
                "Sign the Kestrel order for Holme Lane",
            ],
        ),
        (
            "april",
            [
                "Advertise the Waste and Sustainability Lead post",
                "Take the one-hour slot design to the customer panel",
                "Start daily waste counts by product at Holme Lane",
            ],
        ),
        (
            "may",
            [
                "Complete the data protection impact assessment for one customer ID",
                "Agree daily forecast files with the 40 largest growers",
                "Publish the York pilot plan and its Gate 2 pass marks",
            ],
        ),
    ]
    y = 262
    starts = []
    for _month, items in months:
        starts.append(y)
        s.rule(120, y - 20, 1800, y - 20)
        for item in items:
            s.bullet(400, y, [item], 28, dot="square", maxw=1360)
            y += 66
        y += 22
    for (month, _items), y0 in zip(months, starts, strict=True):
        s.kicker(120, y0 + 4, month, color=BERRY, size=22, kind="label", spc=250)


def s16_money(s: Sld) -> None:
    s.page("investment and return", ["£24.6m over three years, paid back in FY33"])
    tiles = [
        ("£24.6m", ["capital and one-off costs,", "FY29 to FY31"]),
        ("£7.9m", ["for Phase 1 and the York", "pilot, released at approval"]),
        ("£11.2m", ["a year of benefit by FY31:", "waste, Care and van costs"]),
    ]
    for i, (number, label) in enumerate(tiles):
        s.tile(
            120 + i * 580,
            250,
            540,
            290,
            number,
            label,
            num_size=76,
            fill=LEAF_PALE if i == 2 else PLUM_PALE,
            color=LEAF if i == 2 else PLUM,
        )
    lines = [
        ("Vans, handhelds and same-day capacity", "£6.9m"),
        ("Kestrel and pick-to-light at Holme Lane", "£6.8m"),
        ("App, checkout and Club rebuild", "£5.4m"),
        ("One customer ID and hourly data", "£2.6m"),
        ("Live tracking and the RouteWise licence", "£2.1m"),
        ("Programme office and contingency", "£0.8m"),
    ]
    top = 600
    for i in range(len(lines) + 1):
        s.rule(120, top + i * 58 - 8, 1300, top + i * 58 - 8)
    for i, (_what, amount) in enumerate(lines):
        s.text(0, top + i * 58 + 6, amount, 26, bold=True, right=1290)
    for i, (what, _amount) in enumerate(lines):
        s.text(120, top + i * 58 + 6, what, 26, maxw=900)


def s17_governance(s: Sld) -> None:
    s.page("governance", ["How Fresh Path will be run"])
    items = [
        ["Sponsor: the Chief Executive, who chairs the Fresh Path steering group every month"],
        [
            "Gates 1 to 3 decided by the Chief Executive under the Board’s delegation, and each",
            "phase’s budget released at its gate",
        ],
        ["The Programme Director runs the programme office, the plan and the risk log"],
        ["ADWU, the Drivers’ Forums and the customer panel are consulted before each gate"],
        ["A report to the Board every quarter, against the ten measures"],
    ]
    y = 270
    for lines in items:
        y = s.bullet(150, y, lines, 30, 42, maxw=1620) + 44


def s18_ask(s: Sld) -> None:
    s.page("decisions for the board", ["We ask the Board to"])
    asks = [
        "Approve Fresh Path and its £24.6m budget for FY29 to FY31",
        "Release £7.9m for Phase 1 and the York pilot",
        "Agree the York spoke as the pilot",
        "Delegate Gates 1 and 2 to the Chief Executive",
    ]
    for i, _ask in enumerate(asks):
        s.circle(176, 316 + i * 130, 38, PLUM)
    for i, ask in enumerate(asks):
        s.text(250, 296 + i * 130, ask, 36, bold=True, maxw=1500)
    for i, _ask in enumerate(asks):
        s.text(156, 300 + i * 130, f"{i + 1:02d}", 28, bold=True, color=WHITE, kind="num")
    s.text(120, 860, "Next report to the Board: July 2028, ahead of Gate 1", 26, color=MUTED)


SLIDES = [
    s01_cover,
    s02_where,
    s03_picture,
    s04_ambition,
    s05_pillars,
    s06_slots,
    s07_waste,
    s08_box,
    s09_club,
    s10_foundation,
    s11_kpis,
    s12_roadmap,
    s13_pilot,
    s14_risks,
    s15_first90,
    s16_money,
    s17_governance,
    s18_ask,
]

DECK_STAMP = Stamp(zip_time=(2028, 1, 20, 16, 42, 8), w3c="2028-01-20T16:42:08Z")

APP_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"'
    ' xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    "<Application>Pitch</Application><Slides>18</Slides><Notes>0</Notes>"
    "<PresentationFormat>Custom</PresentationFormat></Properties>"
)


def _strip_template(prs) -> None:
    """Keep one layout, "Blank", and no placeholders anywhere (master and layout)."""
    master = prs.slide_masters[0]
    for layout in list(master.slide_layouts):
        if layout.name != "Blank":
            master.slide_layouts.remove(layout)
    for holder in (master, master.slide_layouts[0]):
        tree = holder.shapes._spTree
        for sp in list(tree):
            if sp.find(".//" + qn("p:ph")) is not None:
                tree.remove(sp)


def _fix_app(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/app.xml":
                body = APP_XML.encode()
            dst.writestr(info, body)
    return normalize_zip(out.getvalue(), DECK_STAMP)


def deck_bytes() -> bytes:
    _fonts()
    prs = Presentation()
    prs.slide_width = Emu(12192000)
    prs.slide_height = Emu(6858000)
    _strip_template(prs)
    blank = prs.slide_masters[0].slide_layouts[0]
    counter = [1]
    for n, draw in enumerate(SLIDES, start=1):
        slide = prs.slides.add_slide(blank)
        s = Sld(n)
        draw(s)
        _emit(slide, s, counter)
    data = ooxml_bytes(
        prs,
        DECK_STAMP,
        author="Brambleway",
        title="Fresh Path - Board, 27 January 2028",
        subject="",
        last_modified_by="Pitch",
        revision=1,
        created=datetime(2028, 1, 20, 16, 42, 8),
        modified=datetime(2028, 1, 20, 16, 42, 8),
    )
    return _fix_app(data)


# =========================================================================== the roster (PDF)

# (job title, directorate, reports to, grade, location, role, purpose, accountabilities)
JOBS = [
    (
        "Chief Executive",
        "Executive",
        "Chair of the Board",
        "Executive",
        "Head office, Calder Park, Wakefield",
        "Core",
        "Leads Brambleway and answers to the Board for its results. Sponsors the Fresh Path "
        "programme and chairs the Fresh Path steering group.",
        [
            "Sponsor the Fresh Path programme and chair its steering group every month.",
            "Take each Fresh Path gate decision under the delegation the Board gives, and "
            "release each phase's budget at its gate.",
            "Take capital items above the steering group's limit to the Board for approval.",
            "Report Fresh Path's progress against its measures to the Board every quarter.",
            "Lead the executive team and set Brambleway's annual plan and budget.",
            "Keep the executive relationship with ADWU's regional officers.",
        ],
    ),
    (
        "Programme Director, Fresh Path",
        "Strategy and Transformation",
        "Chief Executive",
        "Band 7",
        "Head office, Calder Park, Wakefield",
        "Core",
        "Runs the Fresh Path programme office day to day: the integrated plan, the risks, the "
        "gate reports and the benefits.",
        [
            "Run the Fresh Path programme office, its integrated plan and its risk and issue log.",
            "Write the gate reports and the monthly steering group papers.",
            "Track the benefits case and the programme budget with the Finance Director.",
            "Make sure ADWU, the Drivers' Forums, the Data Protection Officer and the customer "
            "panel are consulted before each gate.",
            "Plan the programme's releases around the peak freeze.",
            "Run the York pilot's weekly review with the Spoke Manager, York.",
        ],
    ),
    (
        "Operations Director",
        "Operations",
        "Chief Executive",
        "Executive",
        "Head office, Calder Park, Wakefield",
        "Core",
        "Accountable for the two customer fulfilment centres (CFCs), Calder Park and Holme "
        "Lane, and for the last mile from the four spokes.",
        [
            "Run Calder Park and Holme Lane CFCs and the four delivery spokes safely and to "
            "budget.",
            "Own CFC waste and the share of orders delivered complete and correct, and the "
            "waste plan for both CFCs.",
            "Sponsor the extension of Kestrel to Holme Lane and sign its contracts within "
            "delegated limits.",
            "Confirm the operational readiness of each Fresh Path phase before its gate.",
            "Set CFC and spoke capacity plans with the Head of Last Mile each season.",
            "Approve the recruitment of operational posts.",
        ],
    ),
    (
        "General Manager, Calder Park CFC",
        "Operations",
        "Operations Director",
        "Band 6",
        "Calder Park CFC, Wakefield",
        "Core",
        "Runs Calder Park, Brambleway's automated CFC, where Kestrel picks and controls stock "
        "24 hours a day, six days a week.",
        [
            "Run Calder Park's picking, chilled and ambient operations on Kestrel to plan.",
            "Record and reduce waste at Calder Park, using Kestrel's write-off records by product.",
            "Set up evening picking for same-day orders once a local agreement with ADWU is in "
            "place.",
            "Send the day's surplus to the food bank partners, after the Technical and Food "
            "Safety Manager's checks.",
            "Keep picking accuracy at Calder Park above 99% and report shorts every day.",
            "Co-chair the Calder Park Joint Consultative Committee with the ADWU Lead Convenor.",
        ],
    ),
    (
        "General Manager, Holme Lane CFC",
        "Operations",
        "Operations Director",
        "Band 6",
        "Holme Lane CFC, Sheffield",
        "Core",
        "Runs Holme Lane, Brambleway's first CFC (2016), and the site services for Brambleway "
        "Kitchen's recipe-box packing line there.",
        [
            "Run Holme Lane's picking, chilled and ambient operations to plan.",
            "Lead the installation of Kestrel and pick-to-light at Holme Lane with the supplier.",
            "Record and reduce waste at Holme Lane, moving from skip weights to counts by product.",
            "Keep fresh stock rotated in the chilled aisles until Kestrel's stock-rotation "
            "module is live.",
            "Load recipe boxes onto the same van as the grocery order once combined delivery "
            "starts.",
            "Co-chair the Holme Lane Joint Consultative Committee with the ADWU Lead Convenor.",
        ],
    ),
    (
        "Head of Last Mile",
        "Operations",
        "Operations Director",
        "Band 6",
        "Head office, Calder Park, Wakefield",
        "Core",
        "Accountable for getting every order to the door in its slot: 380 vans, 410 drivers "
        "and four spokes (Leeds, York, Hull and Harrogate).",
        [
            "Set the delivery slot offer (slot length and same-day windows) and the slot "
            "capacity at each spoke.",
            "Run route planning in RouteWise, including the move to re-planning on the morning "
            "of delivery.",
            "Roll out ProofPod handhelds to the Hull and Harrogate spokes and retire the paper "
            "delivery sheets.",
            "Own the measure of orders delivered in the booked slot and its reporting.",
            "Lead the spoke managers and attend the Drivers' Forum at each spoke.",
            "Supply the van location and arrival time data the app needs for live tracking.",
            "Plan van numbers and van charging with the Finance Director.",
        ],
    ),
    (
        "Spoke Manager, York",
        "Operations",
        "Head of Last Mile",
        "Band 5",
        "York spoke, Clifton Moor",
        "Core",
        "Runs the York spoke at Clifton Moor: 64 vans, 58 drivers and about 21,500 orders a week.",
        [
            "Run the York spoke's daily deliveries, rotas and van checks.",
            "Lead the York pilot on the ground: one-hour slots, same-day evening slots, live "
            "tracking and morning re-planning.",
            "Report the pilot's measures every week to the Programme Director.",
            "Chair the York Drivers' Forum each month.",
            "Keep the spoke within the hours and site rules of the Clifton Moor lease.",
        ],
    ),
    (
        "Managing Director, Brambleway Kitchen",
        "Brambleway Kitchen",
        "Chief Executive",
        "Executive",
        "Holme Lane CFC, Sheffield",
        "Core",
        "Leads Brambleway Kitchen, the recipe-box business: about 41,000 subscribers, the "
        "recipes, the packing line at Holme Lane and the Ladle subscription platform.",
        [
            "Grow the recipe-box business and keep its subscribers; own the week-12 retention "
            "measure.",
            "Set the weekly recipe range and the development of new recipes.",
            "Own the Ladle platform and the rules for skipping, pausing, restarting and "
            "cancelling a subscription.",
            "Run the recipe-box packing line at Holme Lane.",
            "Lead the delivery of recipe boxes with the weekly shop, with the Head of Last Mile.",
            "Own cancellation reasons and the win-back calls, with the Head of Customer Care.",
        ],
    ),
    (
        "Customer Director",
        "Customer",
        "Chief Executive",
        "Executive",
        "Head office, Calder Park, Wakefield",
        "Core",
        "Accountable for what customers experience of Brambleway in the app, on the website, "
        "in Bramble Club and when they contact Care.",
        [
            "Lead the Heads of Loyalty, Digital Product and Customer Care, and the Insight team.",
            "Own the net promoter score and choose the group of UK grocers it is compared with.",
            "Run the customer panel through the Insight team.",
            "Sponsor the Bramble Club relaunch and the app rebuild.",
            "Approve changes customers will see before they go live.",
        ],
    ),
    (
        "Head of Loyalty",
        "Customer",
        "Customer Director",
        "Band 6",
        "Head office, Calder Park, Wakefield",
        "Core",
        "Runs Bramble Club, Brambleway's loyalty scheme, with 612,000 members.",
        [
            "Run Bramble Club on Pointline: points, member prices and member offers.",
            "Lead the Club relaunch, including member prices on 300 lines every week.",
            "Own Club members' share of sales.",
            "Agree with Brambleway Kitchen how recipe boxes earn Club points.",
            "Set the budget for member prices with the Finance Director.",
        ],
    ),
    (
        "Head of Digital Product",
        "Customer",
        "Customer Director",
        "Band 6",
        "Head office, Calder Park, Wakefield",
        "Core",
        "Leads the Digital Product team, which builds and runs Brambleway's app and website "
        "and the web platform behind them.",
        [
            "Own the app and website roadmap and the four-weekly release train.",
            "Rebuild checkout and the substitutions screen in the app.",
            "Build live van tracking into the app with the Head of Last Mile's data.",
            "Build skip, pause and restart for recipe boxes into the app, with Brambleway Kitchen.",
            "Own the share of orders placed in the app.",
            "Configure the slot engine for one-hour and same-day slots.",
            "Run the Last Chance shelf for short-dated stock in the app.",
        ],
    ),
    (
        "Head of Customer Care",
        "Customer",
        "Customer Director",
        "Band 5",
        "Care centre, Calder Park, Wakefield",
        "Core",
        "Runs the Care team of 86 advisers, who answer customers by phone, email and chat.",
        [
            "Answer customers' calls, emails and chats to the agreed service levels.",
            "Own care contacts per 100 orders and the reasons customers contact us.",
            "Tag every contact in CareDesk with a reason, phone calls included.",
            "Make the win-back calls to recipe-box subscribers who cancel, with Brambleway "
            "Kitchen.",
            "Handle refunds for missing and swapped items.",
        ],
    ),
    (
        "Head of Data and Analytics",
        "Data and Technology",
        "Chief Executive",
        "Band 6",
        "Head office, Calder Park, Wakefield",
        "Core",
        "Leads the Data and Analytics team and Larder, Brambleway's data warehouse.",
        [
            "Run Larder and its dashboards, and load new sources into it.",
            "Build one customer ID across the web platform, Ladle and Pointline.",
            "Produce the Fresh Path measures every month for the steering group.",
            "Build the daily demand forecasts for the CFCs and for the growers.",
            "Complete the data protection impact assessment for each new use of customer data, "
            "and put it to the Data Protection Officer.",
            "Keep the systems and data inventory up to date.",
        ],
    ),
    (
        "Head of Fresh Sourcing",
        "Commercial",
        "Commercial Director",
        "Band 6",
        "Head office, Calder Park, Wakefield",
        "Core",
        "Buys Brambleway's fresh produce from 164 growers and manages the fresh range.",
        [
            "Buy fresh produce from our growers and manage their supply agreements.",
            "Send forecasts to growers and move the largest of them onto daily forecasts.",
            "Bring more growers onto GrowerLink.",
            "Set markdowns on short-dated stock, including the Last Chance prices in the app.",
            "Work with both CFCs to cut fresh waste at source.",
        ],
    ),
    (
        "Head of People and Employee Relations",
        "People Services",
        "Chief Executive",
        "Band 6",
        "Head office, Calder Park, Wakefield",
        "Core",
        "Leads People Services: recruitment, employee relations, learning, pay and policy.",
        [
            "Lead consultations with ADWU and keep the recognition agreement.",
            "Support the Drivers' Forums at the four spokes.",
            "Recruit the new posts Fresh Path needs.",
            "Run the Learning team: induction, handheld training and training in new ways of "
            "working.",
            "Agree new shift patterns and rotas with the General Managers and the Head of Last "
            "Mile.",
        ],
    ),
    (
        "Finance Director",
        "Finance",
        "Chief Executive",
        "Executive",
        "Head office, Calder Park, Wakefield",
        "Extended",
        "Accountable for Brambleway's finances: the budget, the accounts, capital and the "
        "benefits case.",
        [
            "Hold Fresh Path's budget and report its spend each month.",
            "Check the benefits case before each gate.",
            "Own the weekly orders and EBITDA margin measures.",
            "Prepare capital papers for the Board.",
            "Advise the steering group on affordability.",
        ],
    ),
    (
        "Technical and Food Safety Manager",
        "Operations",
        "Operations Director",
        "Band 5",
        "Calder Park CFC, Wakefield",
        "Extended",
        "Keeps Brambleway's food safe and legal from the grower to the customer's door.",
        [
            "Sign off each change to chilled handling in the CFCs, at the spokes and in the vans.",
            "Approve surplus food before it goes to the food bank partners.",
            "Run food safety audits at both CFCs and the four spokes.",
            "Advise Brambleway Kitchen on the packing line's food safety.",
            "Deal with the primary authority's environmental health officers.",
        ],
    ),
    (
        "Data Protection Officer",
        "Legal and Risk",
        "Chief Executive (and, independently, the Audit Committee)",
        "Band 6",
        "Head office, Calder Park, Wakefield",
        "Consulted",
        "Brambleway's statutory Data Protection Officer: advises the business on its use of "
        "personal data and monitors it, independently of the teams that deliver change.",
        [
            "Advise on data protection in every Fresh Path change that uses customer or "
            "employee data.",
            "Review each data protection impact assessment and give a written opinion.",
            "Be consulted before customer records from different systems are joined.",
            "Monitor compliance and report to the Audit Committee.",
            "Act as the contact point for the Information Commissioner's Office.",
        ],
    ),
    (
        "ADWU Lead Convenor",
        "Operations (facility time)",
        "ADWU Regional Organiser (union duties); Head of People and Employee Relations "
        "(facility time)",
        "Warehouse operative, grade 2, with facility time",
        "Calder Park CFC, Wakefield",
        "Consulted",
        "The elected lead representative of the Allied Distribution Workers' Union (ADWU) "
        "members at both CFCs, with paid facility time for union duties.",
        [
            "Represent ADWU members in consultation on shifts, rotas, pick rates and new "
            "equipment.",
            "Sign local agreements on evening shifts with each site's General Manager.",
            "Co-chair the Joint Consultative Committees at Calder Park and Holme Lane.",
            "Take part in trials of new picking equipment with ADWU representatives.",
            "Be consulted before each Fresh Path gate.",
        ],
    ),
]

VACANCY_INTRO = (
    "Two posts approved for Fresh Path have no job description yet. People Services will "
    "issue them once their grades are agreed; neither post has been advertised."
)
VACANCIES = [
    (
        "Waste and Sustainability Lead (Operations)",
        "Approved by the Operations Director in November 2027. Until the post is filled, "
        "nobody is responsible for waste figures across both CFCs: each General Manager "
        "reports their own site's waste in their own way.",
    ),
    (
        "Slot Capacity Planner (Last Mile)",
        "A new post proposed for the York pilot, to be graded once the Board has decided on "
        "Fresh Path. Today each spoke manager sets their own spoke's slot capacity.",
    ),
]

PACK_DATE = "January 2028"
PDF_BLUE = colors.Color(0x2F / 255, 0x54 / 255, 0x96 / 255)
PDF_GREY = colors.Color(0.35, 0.35, 0.35)
SHADE = colors.Color(0.949, 0.949, 0.949)
BORDER = colors.Color(0.55, 0.55, 0.55)

PW, PH = A4
LM, RM = 72.0, PW - 72.0
BODY = 10.0
LEAD = 14.0
LABEL_W = 150.0


def _footer(c, code: str, n: int, total: int) -> None:
    c.setFont(SANS, 8)
    c.setFillColor(PDF_GREY)
    c.drawCentredString(PW / 2, 36, f"{code} v2 | Page {n} of {total}")
    c.setFillColor(colors.black)


def _header(c) -> None:
    c.setFont(SANS, 8)
    c.setFillColor(PDF_GREY)
    c.drawRightString(RM, PH - 40, "Brambleway · People Services")
    c.setFillColor(colors.black)


def _para(c, x, y, text, width, font=SANS, size=BODY, lead=LEAD) -> float:
    for line in simpleSplit(text, font, size, width):
        c.setFont(font, size)
        c.drawString(x, y, line)
        y -= lead
    return y


def _cover(c, total: int) -> None:
    _header(c)
    c.setFont(BOLD, 12)
    c.setFillColor(PDF_GREY)
    c.drawString(LM, PH - 110, "Brambleway")
    c.setFillColor(PDF_BLUE)
    c.setFont(BOLD, 22)
    c.drawString(LM, PH - 150, "Job descriptions for the programme team")
    c.setFillColor(colors.black)
    c.setFont(SANS, 11)
    c.drawString(
        LM, PH - 176, f"Fresh Path programme · issued by People Services, {PACK_DATE} · version 2"
    )
    y = PH - 214
    y = _para(
        c,
        LM,
        y,
        "This pack holds the job descriptions of the posts that make up the Fresh Path "
        "programme team, one post a page. Each job description shows the post's role in the "
        "programme: Core (the post leads and owns programme work), Extended (the post advises "
        "and is kept informed) or Consulted (the post must be consulted before decisions are "
        "taken and does not own programme work).",
        RM - LM,
    )
    y = _para(
        c,
        LM,
        y - 6,
        "Version 2 replaces version 1 of November 2027: it adds the Spoke Manager, York "
        "and the Data Protection Officer.",
        RM - LM,
    )
    c.setFillColor(PDF_BLUE)
    c.setFont(BOLD, 13)
    c.drawString(LM, y - 16, "Contents")
    c.setFillColor(colors.black)
    y -= 40
    for i, job in enumerate(JOBS):
        c.setFont(SANS, 10)
        c.drawString(LM, y, f"HR-JD-{i + 1:03d}")
        c.drawString(LM + 80, y, job[0])
        c.drawRightString(RM, y, str(i + 2))
        y -= 15
    c.drawString(LM + 80, y, "Vacancies not yet described")
    c.drawRightString(RM, y, str(total))
    _footer(c, "HR-JD-000", 1, total)


def _job_page(c, i: int, job, total: int) -> None:
    title, directorate, reports, grade, location, role, purpose, duties = job
    _header(c)
    c.setFillColor(PDF_BLUE)
    c.setFont(BOLD, 18)
    c.drawString(LM, PH - 92, "Job description")
    c.setFillColor(colors.black)
    rows = [
        ("Job title:", title),
        ("Directorate:", directorate),
        ("Reports to:", reports),
        ("Grade:", grade),
        ("Location:", location),
        ("Role in the Fresh Path programme:", role),
    ]
    y = PH - 116
    vx = LM + LABEL_W
    for label, value in rows:
        left = simpleSplit(label, BOLD, BODY, LABEL_W - 12)
        right = simpleSplit(value, SANS, BODY, RM - vx - 12)
        h = max(len(left), len(right)) * LEAD + 10
        c.setFillColor(SHADE)
        c.setStrokeColor(BORDER)
        c.setLineWidth(0.5)
        c.rect(LM, y - h, LABEL_W, h, stroke=1, fill=1)
        c.rect(vx, y - h, RM - vx, h, stroke=1, fill=0)
        c.setFillColor(colors.black)
        # each cell's lines, drawn label first, then value, line by line
        ty = y - 5 - BODY
        for k in range(max(len(left), len(right))):
            if k < len(left):
                c.setFont(BOLD, BODY)
                c.drawString(LM + 6, ty, left[k])
            if k < len(right):
                c.setFont(SANS, BODY)
                c.drawString(vx + 6, ty, right[k])
            ty -= LEAD
        y -= h
    y -= 30
    c.setFillColor(PDF_BLUE)
    c.setFont(BOLD, 13)
    c.drawString(LM, y, "Purpose of the job")
    c.setFillColor(colors.black)
    y = _para(c, LM, y - 20, purpose, RM - LM)
    y -= 16
    c.setFillColor(PDF_BLUE)
    c.setFont(BOLD, 13)
    c.drawString(LM, y, "Key accountabilities")
    c.setFillColor(colors.black)
    y -= 20
    for k, duty in enumerate(duties, start=1):
        c.setFont(SANS, BODY)
        c.drawString(LM + 4, y, f"{k}.")
        y = _para(c, LM + 24, y, duty, RM - LM - 24) - 5
    _footer(c, f"HR-JD-{i + 1:03d}", i + 2, total)


def _vacancies(c, total: int) -> None:
    _header(c)
    c.setFillColor(PDF_BLUE)
    c.setFont(BOLD, 18)
    c.drawString(LM, PH - 92, "Vacancies not yet described")
    c.setFillColor(colors.black)
    y = _para(c, LM, PH - 124, VACANCY_INTRO, RM - LM)
    for post, text in VACANCIES:
        y -= 14
        c.setFont(BOLD, 11)
        c.drawString(LM, y, post)
        y = _para(c, LM, y - 18, text, RM - LM)
    _footer(c, f"HR-JD-{len(JOBS) + 1:03d}", total, total)


def roster_pdf() -> bytes:
    _fonts()
    total = len(JOBS) + 2
    buf = io.BytesIO()
    c = rl_canvas.Canvas(buf, pagesize=A4, invariant=1, pageCompression=1, initialFontName=SANS)
    c.setTitle("Fresh Path programme team - job descriptions")
    c.setAuthor("People Services")
    c.setSubject("Job descriptions, version 2")
    c.setCreator("Microsoft® Word for Microsoft 365")
    c.setProducer("Microsoft® Word for Microsoft 365")
    _cover(c, total)
    c.showPage()
    for i, job in enumerate(JOBS):
        _job_page(c, i, job, total)
        c.showPage()
    _vacancies(c, total)
    c.showPage()
    c.save()
    return buf.getvalue()


# =========================================================================== org: text files

SYSTEMS = """
# Systems and data inventory

Owner: Head of Data and Analytics. Reviewed in December 2027 for the Fresh Path programme.
This inventory lists the systems Fresh Path will touch, what each one does today and where
it stops. Systems outside the programme (payroll, finance ledger, HR records) are left out.

## Fulfilment centres

### Kestrel (goods-to-person picking and stock control)

Kestrel was installed at Calder Park CFC in 2023 and runs there only. At Calder Park it
directs every pick, tracks every tote and records every write-off by product line, with the
reason and the date code.

Kestrel's stock-rotation module, which sends the oldest date codes to be picked first, is
licensed for Calder Park's ambient and chilled zones.

At Holme Lane CFC, pickers still work from printed pick lists and confirm each tote with a
handheld scanner. Stock rotation in Holme Lane's chilled aisles depends on the shift
manager's walk of the aisles at the start of each shift.

The Kestrel supplier quotes 26 weeks from order to go-live for a new site, and pick-to-light
is a separate order.

### Waste records

Calder Park's waste is recorded by product in Kestrel as it is written off, and loaded into
Larder each night.

At Holme Lane, waste is weighed by the skip; the weights are typed into a spreadsheet each
Monday and valued at an average price per kilo.

Surplus food that is still safe goes to three food bank partners from Calder Park, collected
on weekday evenings.

## Last mile

### RouteWise (route planning)

RouteWise plans the routes of all 380 vans at the four spokes (Leeds 118, York 64, Hull 102,
Harrogate 96). Routes are locked at 21:00 for the next day; our licence tier does not
include re-planning during the day or on the morning of delivery.

RouteWise keeps van GPS traces for 30 days, after which they are purged.

RouteWise publishes no feed the app or the website can read, so a customer sees the slot
they booked and nothing more.

### ProofPod handhelds

Drivers at the Leeds and York spokes use ProofPod handhelds, which record each drop's time,
proof of delivery and any substitution the customer refuses at the door.

Drivers at the Hull and Harrogate spokes carry paper delivery sheets; the spoke office keys
their delivery times into RouteWise the next morning.

### Slots

The slot engine in our web platform can offer slots of 60 or 120 minutes; all four spokes
are set to 120. Each spoke manager sets their spoke's slot capacity in a spreadsheet every
Thursday, and the Digital Product team loads it into the slot engine by hand.

Same-day delivery has never been offered.

## Customers

### Web platform, app and website

Our own web platform runs the website and the iOS and Android apps. The Digital Product team
builds and runs it; releases ship every four weeks.

Substitutions are chosen by the picker at the tote. The customer learns of a swap from the
delivery note at the door and can refuse it only by handing it back to the driver.

### Pointline (Bramble Club)

Pointline is the hosted loyalty platform behind Bramble Club: members, points, member
prices and offers. The app reads members' points balances from Pointline in a nightly
batch, so points earned today show tomorrow.

Recipe-box orders earn no Club points, because Ladle and Pointline are not connected.

### Ladle (recipe-box subscriptions)

Ladle is Brambleway Kitchen's hosted subscription platform. Subscribers can skip a week on
the website. To pause or restart a subscription, a subscriber has to call or email Care, and
an adviser changes it in Ladle.

Ladle keeps its own customer accounts: a customer who buys groceries and a recipe box has two
accounts with different customer numbers, and the two cannot be matched reliably.

Cancellation reasons are typed in as free text, by the subscriber or by the Care adviser.

### CareDesk (customer care)

CareDesk is Care's case management system for email, chat and phone. Email and chat
contacts are tagged with a contact reason. Phone calls are logged against the customer's
account but not given a reason, and phone is 48% of all contacts.

### Net promoter survey

A survey goes to a sample of grocery customers the day after delivery. Brambleway Kitchen
subscribers are not surveyed.

## Data

### Larder (data warehouse)

Larder is our data warehouse. It loads Kestrel, RouteWise, the web platform and Pointline
every night at 02:00, and holds the daily operations dashboards, the weekly trading pack and
the Fresh Path measures.

Ladle and CareDesk do not feed Larder. Kitchen and Care reports are built from CSV exports by
hand each month.

## Suppliers

### GrowerLink (supplier portal)

Of our 164 growers, 31 take purchase orders and send delivery notes through GrowerLink; the
other 133 are ordered by phone or email by the fresh buyers.

Growers receive our forecast once a week, on Thursday, as a spreadsheet attached to an email.

## Change windows

Peak freeze: no change to Kestrel, RouteWise, the web platform, the apps or Pointline goes
live between 1 November and 6 January.
"""

MEASURES = """
# Fresh Path measure definitions

Owner of this document: Head of Data and Analytics. Baselines are FY28 periods 1 to 10
(March to December 2027), from Larder unless stated. FY29 runs from March 2028 to February
2029.

| Measure | Definition | Source | Owner | Baseline |
|---|---|---|---|---|
| Orders delivered in the booked slot | Orders whose drop time falls inside the slot the customer booked, as a share of orders delivered | RouteWise drop times, from ProofPod or from the paper sheets | Head of Last Mile | 88.4% (two-hour slots) |
| Orders complete and correct | Orders with nothing missing, nothing damaged and no substitution the customer refused | Kestrel shorts, CareDesk refunds | Operations Director | 93.1% |
| CFC waste, share of sales value | Value of stock written off at both CFCs as a share of sales value | Kestrel (Calder Park), the Monday spreadsheet (Holme Lane) | Operations Director | 2.9% |
| New subscribers still boxing at week 12 | Share of a month's new recipe-box subscribers with an active subscription twelve weeks after their first box | Ladle export | Managing Director, Brambleway Kitchen | 38% |
| Care contacts per 100 orders | Calls, emails and chats to Care for every 100 orders delivered | CareDesk | Head of Customer Care | 7.8 |
| Same-day orders, share of all orders | Orders booked and delivered on the same day, as a share of orders | Web platform | Head of Last Mile | 0% |
| Club members' share of sales | Sales to Bramble Club members as a share of grocery sales | Pointline, web platform | Head of Loyalty | 41% |
| Orders placed in the app | Orders placed in the iOS or Android app as a share of orders | Web platform | Head of Digital Product | 46% |
| Weekly orders | Orders delivered in a week, grocery and recipe box together | Web platform, Ladle | Finance Director | 96,400 (week to 17 December 2027) |
| Net promoter score | Promoters less detractors among surveyed customers | Net promoter survey | Customer Director | +21 |

## Notes on the measures

At Hull and Harrogate the drop time is typed from the paper sheet the next morning; a drop
whose time is missing is counted as on time, which flatters those two spokes.

At Holme Lane, shorts are written on the paper pick list and are not counted; the missing
items there come from CareDesk refunds only.

Holme Lane's waste is an estimate: skip weights valued at an average price per kilo.

Week-12 retention is computed by hand each month from a Ladle export by the Kitchen's
finance analyst.

The net promoter score is compared with no other grocer yet: the comparison group of UK
grocers has not been chosen, so the score has no target.
"""

TOR = """
# Fresh Path steering group: terms of reference

Approved by the Chief Executive, January 2028. Version 1.

## Purpose

The steering group directs the Fresh Path programme between Board meetings. It agrees the
plan, watches the measures and the risks, and prepares each gate decision.

## Chair and sponsor

The Chief Executive is the sponsor of Fresh Path and chairs the steering group.

The Board delegates each gate decision (Gates 1, 2 and 3) to the Chief Executive once it has
approved the programme. At each gate the Chief Executive decides whether the programme moves
on and releases the next phase's budget.

## Members

- Chief Executive (chair)
- Programme Director, Fresh Path (secretary; runs the programme office)
- Operations Director
- Customer Director
- Managing Director, Brambleway Kitchen
- Finance Director
- Head of Data and Analytics
- Head of People and Employee Relations

Other heads of function attend for their items.

## Cadence

The group meets monthly, on the second Tuesday. Gate meetings are extra meetings, called by
the Programme Director with two weeks' notice.

## Limits

Any single capital item above £2m needs the Board's own approval, whatever phase budget has
been released.

Changes to chilled handling in the CFCs, at the spokes or in the vans cannot go live until
the Technical and Food Safety Manager has signed them off.

The Data Protection Officer must be consulted, and a data protection impact assessment signed
off, before customer records from Ladle, Pointline and the web platform are joined.

## Consultation before each gate

Before each gate the programme office records the views of the ADWU Lead Convenor, the
Drivers' Forum at each spoke, the customer panel and the Data Protection Officer. These are
consulted; they do not decide.

## Reporting

The Programme Director sends the measures and the risk log to members five working days
before each meeting. The Chief Executive reports to the Board every quarter.
"""

PANEL = """
# Customer panel: summary of the December 2027 session

Prepared by the Insight team (Customer directorate), 19 December 2027.

## About the panel

The Brambleway customer panel has 1,150 customers who have agreed to give us their views.
It meets online once a quarter, for a survey and two discussion groups. A topic needs six
weeks' notice to get onto the panel's agenda.

Kitchen customers who do not also buy groceries from us are not invited onto the panel.

## What the panel told us in December

- 71% would choose a one-hour slot if it cost no more than a two-hour slot; 22% would pay
  up to £1 more for it.
- Missing and swapped items were the first complaint, ahead of price. Several said they only
  find out about a swap at the door, when it is too late to buy something else.
- Same-day delivery was wanted most by panel members in York and Leeds, for evening meals.
- Recipe-box subscribers on the panel said pausing for a holiday was the hardest thing to do:
  "I had to phone, and I gave up and cancelled."
- Bramble Club members did not know their points balance without logging in on the website.

## Next session

March 2028. The one-hour slot design can go to the April session if it is sent to the
Insight team by 1 March 2028.
"""

YORK = """
York spoke (Clifton Moor): profile for the Fresh Path pilot
Prepared by the Spoke Manager, York, January 2028

Vans: 64 (12 of them electric). Drivers: 58, all on ProofPod handhelds since 2025.
Orders: about 21,500 a week, 22% of all orders. Average 2.1 miles between drops.

Supply: grocery totes come from Calder Park CFC (41 miles, 55 minutes by the trunk lorry);
recipe boxes come from Holme Lane CFC on a separate trunk run.

Site rules: the Clifton Moor lease allows no van movements between 23:00 and 05:30.
The site has 12 charge points, all in use overnight.

Signal: mobile signal is weak in parts of YO60 and YO62 (the Howardian Hills). ProofPod
holds the drops made there and sends them when the van is back in coverage.

Drivers' rota: four days on, three off, ten-hour shifts; the earliest start is 05:30.

Chilled capacity: 14 chilled cages a van; a recipe box takes a quarter of a cage.
"""

FORUM = """
# Drivers' Forums and the Learning team

People Services note for the Fresh Path programme, January 2028.

## Drivers' Forums

Our 410 drivers are employed by Brambleway. ADWU's recognition agreement covers the two
CFCs and not the spokes, so drivers are represented through a Drivers' Forum at each spoke,
whose members the drivers elect every two years.

Changes to drivers' rotas, shift lengths or delivery patterns go to the spoke's Drivers'
Forum at least four weeks before they start.

Each spoke's forum meets monthly and is chaired by the spoke manager; the Head of Last Mile
attends each forum once a quarter.

## The Learning team

The Learning team (a Learning Manager and five trainers, in People Services) runs induction,
ProofPod training and driver assessments at every spoke, and picker training at both CFCs.

Handheld training takes one day per driver, and each spoke can release no more than eight
drivers a day for training without cancelling routes.

The Learning team's 2028 plan has room for one large programme of training in the spring
and one in the autumn.
"""

KESTREL_EMAIL = """
From: Joanne Pryce <j.pryce@kestrel-fulfilment.co.uk>
To: General Manager, Holme Lane CFC
Cc: Operations Director
Date: Thu, 14 Dec 2027 15:12:40 +0000
Subject: RE: Holme Lane - stock rotation and pick-to-light

Hello,

Thank you for the call on Tuesday. To confirm where we are for Holme Lane:

The earliest install window we can offer for the Kestrel stock-rotation module at Holme Lane
starts on 16 October 2028, with our engineers on site for six weeks.

We cannot work during your peak freeze, so if that window is missed the next one starts on
15 January 2029.

Pick-to-light for the chilled aisles is a separate order with a 20 weeks' lead time from
signature, and it needs the stock-rotation module in place first.

Both quotes are valid until 31 March 2028.

Kind regards,
Joanne Pryce
Account Manager, Kestrel Fulfilment Systems
"""

DOCX_STAMP = Stamp(zip_time=(2027, 11, 8, 11, 5, 0), w3c="2027-11-08T11:05:00Z")


def adwu_docx() -> bytes:
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)
    doc.add_heading(
        "Recognition and procedure agreement between Brambleway Ltd and the Allied "
        "Distribution Workers' Union: extract",
        level=1,
    )
    doc.add_paragraph(
        "Extract prepared by People Services for the Fresh Path programme, "
        "November 2027. The full agreement (2024 edition) is held by People "
        "Services."
    )
    sections = [
        (
            "1. Scope",
            [
                "Brambleway recognises the Allied Distribution Workers' Union (ADWU) for "
                "collective bargaining for all hourly-paid staff at Calder Park CFC and Holme Lane "
                "CFC.",
                "Drivers at the delivery spokes are outside the scope of this agreement.",
            ],
        ),
        (
            "4. Consultation on change",
            [
                "The company will consult ADWU for no less than 45 days before changing shift "
                "patterns, start or finish times, or contracted hours at either CFC.",
                "Pick-rate targets are set only through the Joint Consultative Committee at each "
                "site, which meets on the first Tuesday of each month.",
                "New equipment that changes how a picker works, such as pick-to-light or new "
                "handhelds, is trialled on one aisle for four weeks with ADWU representatives "
                "before wider use.",
            ],
        ),
        (
            "6. Evening and night work",
            [
                "A shift that finishes after 22:00 is an evening shift under this agreement.",
                "Any rota that includes evening shifts needs a local agreement signed by the ADWU "
                "Lead Convenor and the site's General Manager before it is published.",
                "Evening shifts carry a premium of 15% on the basic hourly rate.",
            ],
        ),
        (
            "7. Agency workers",
            [
                "Agency workers may make up at most 15% of the hours worked at a CFC in any week.",
            ],
        ),
        (
            "9. Facility time",
            [
                "The ADWU Lead Convenor has two days a week of paid facility time, and each site's "
                "representatives have four hours a week.",
            ],
        ),
    ]
    for head, paras in sections:
        doc.add_heading(head, level=2)
        for text in paras:
            doc.add_paragraph(text)
    doc.add_heading("Signatories", level=2)
    table = doc.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, ["For Brambleway Ltd", "For ADWU"], strict=True):
        cell.text = text
    cells = table.add_row().cells
    cells[0].text = "Head of People and Employee Relations"
    cells[1].text = "ADWU Regional Organiser"
    return ooxml_bytes(
        doc,
        DOCX_STAMP,
        author="People Services",
        title="ADWU recognition agreement - extract",
        created=datetime(2027, 11, 8, 11, 5, 0),
        modified=datetime(2027, 11, 8, 11, 5, 0),
        last_modified_by="People Services",
        revision=2,
    )


def org_files() -> dict[str, str | bytes]:
    return {
        ROSTER_PDF: roster_pdf(),
        "org/governance/fresh-path-steering-group-terms-of-reference.md": TOR,
        "org/governance/adwu-recognition-agreement-extract.docx": adwu_docx(),
        "org/systems/systems-and-data-inventory.md": SYSTEMS,
        "org/measures/fresh-path-measure-definitions.md": MEASURES,
        "org/context/customer-panel-summary-december-2027.md": PANEL,
        "org/context/york-spoke-profile.txt": YORK,
        "org/context/drivers-forums-and-learning-team.md": FORUM,
        "org/context/email-2027-12-14-kestrel-holme-lane.txt": KESTREL_EMAIL,
    }


def main(root: Path = HERE) -> None:
    case = root / CASE
    write_files(case, {DECK: deck_bytes(), **org_files()})


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
