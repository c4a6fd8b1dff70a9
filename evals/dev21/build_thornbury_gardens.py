# mypy: disable-error-code="attr-defined,union-attr,index,arg-type,assignment,operator"
"""Build the dev21 case ``thornbury-gardens``: its deck and its org folder, deterministically.

Run from the repository root with a venv that has reportlab, pypdf, python-pptx, python-docx,
openpyxl, Pillow and lxml (reportlab is not in the project's lock; ``/tmp/rl`` has it):

    /tmp/rl/bin/python evals/dev21/build_thornbury_gardens.py [out]

Writes, under ``evals/dev21/thornbury-gardens/`` (or ``<out>/thornbury-gardens/``):

- ``growing-together-board-jan-2029.pptx``: a family-owned garden centre chain's three-year plan
  ("Growing Together", February 2029 to January 2032), a 16:9 deck built the way a team builds
  one in PowerPoint 365:
  - SECTIONS (``p14:sectionLst`` in the presentation's ``p:extLst``): Opening, Where we are,
    Our plan, Delivery, Asks, Appendix and Parking lot; the Parking lot holds two visible slides
    of ideas the team parked (a 25th centre at Cardiff Bay, subscription plant boxes);
  - a SUMMARY ZOOM on slide 2 ("Contents"): ``mc:AlternateContent`` whose ``mc:Choice
    Requires="psuz"`` holds a ``p:graphicFrame`` with the summary-zoom graphic data
    (``psuz:summaryZm`` / ``psuz:summaryZmObj sectionId=...`` / ``psuz:zmPr`` with the
    ``p166`` picture of each section), and whose ``mc:Fallback`` holds a group of hyperlinked
    section thumbnails (``p:pic`` with ``a:hlinkClick`` to the section's first slide), each with
    a small text label of its section's name;
  - a MORPH build: slide 7 shows the four pillars by name, slide 8 is its duplicate with every
    pillar's initiatives revealed, carrying ``p:transition`` with ``p159:morph
    option="byObject"`` inside ``mc:AlternateContent``; the pillar shapes on both slides are
    named ``!!...``;
  - ICON + TEXT GROUPS: the tiles of slides 3 and 6 and the pillars of slides 7 and 8 are
    groups of an icon group (a circle and a PNG drawn with Pillow) and text boxes, whose
    ``chOff``/``chExt`` differ from ``off``/``ext`` (the children are drawn in a larger,
    displaced space and scaled down), so raw child coordinates do not give the reading order;
    on the pillar slides the groups are also written out of their left-to-right order;
  - title placeholders on every slide, bullets in body placeholders, a native KPI table, a
    native roadmap table over trading years (February to January), a native risks table,
    speaker notes on six slides, fixed core properties and ZIP dates.
- ``org/``: the programme team register as a FILLABLE PDF FORM filled in by the team leads
  (``people/programme-team-register.pdf``: AcroForm text fields ``role_N``, ``team_N``,
  ``involvement_N``, ``remit_N``; the values only in the fields' ``/V`` and appearance
  streams, never in the page content), the steering group's terms of reference, the Colleague
  Forum agreement, the systems and sites inventory, the measure definitions, the customer
  survey summary, the family shareholders' letter (DOCX), the centres list and the pilot
  centre's profile.

Re-running it rewrites every file byte for byte: the PPTX and DOCX through
``evals/dev16/_build.py`` (fixed ZIP entry times and document dates), the PNGs drawn by Pillow
(no timestamps; text in the Liberation Sans fonts), the PDF by reportlab with
``invariant=1``. It never touches ``gold.json``.

This is a DEVELOPMENT case (split "dev21"): the engine may be tuned on it.
"""

from __future__ import annotations

import datetime as dt
import io
import sys
import uuid
import zipfile
from collections.abc import Sequence
from pathlib import Path
from xml.sax.saxutils import escape

from docx import Document
from docx.shared import Pt as DocPt
from lxml import etree
from PIL import Image, ImageDraw, ImageFont
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.oxml.ns import qn
from pptx.util import Emu, Inches, Pt

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals.dev16._build import Stamp, normalize_zip, ooxml_bytes, write_files  # noqa: E402

HERE = Path(__file__).resolve().parent
CASE = "thornbury-gardens"
DECK = "growing-together-board-jan-2029.pptx"
ROSTER = "org/people/programme-team-register.pdf"
LETTER = "org/context/family-shareholders-letter-2028-12.docx"

DECK_STAMP = Stamp((2029, 1, 21, 18, 42, 6), "2029-01-21T18:42:06Z")
DOCX_STAMP = Stamp((2028, 12, 14, 9, 30, 0), "2028-12-14T09:30:00Z")

FONT_DIR = Path("/usr/share/fonts/truetype/liberation")
FONT_REGULAR = FONT_DIR / "LiberationSans-Regular.ttf"
FONT_BOLD = FONT_DIR / "LiberationSans-Bold.ttf"

W, H = 12192000, 6858000  # 16:9, 13.333 x 7.5 in
OLD_W = 9144000
EMU_IN = 914400

GREEN = "2F5D3A"
LEAF = "6E9F4B"
MOSS = "E8EFDF"
CREAM = "F7F3EA"
TERRA = "C0643B"
INK = "1E2A22"
GREY = "5E6A62"
WHITE = "FFFFFF"
FOOT = "Thornbury Gardens \u00b7 Growing Together \u00b7 Board and family shareholders, 24 January 2029"

L_TITLE, L_CONTENT, L_TITLE_ONLY = 0, 1, 5

NS = {
    "p": "http://schemas.openxmlformats.org/presentationml/2006/main",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
    "p14": "http://schemas.microsoft.com/office/powerpoint/2010/main",
    "p159": "http://schemas.microsoft.com/office/powerpoint/2015/09/main",
    "psuz": "http://schemas.microsoft.com/office/powerpoint/2016/summaryzoom",
    "p166": "http://schemas.microsoft.com/office/powerpoint/2016/6/main",
    "a16": "http://schemas.microsoft.com/office/drawing/2014/main",
}
SECTION_EXT = "{521415D9-36F7-43E2-AB2F-B90AF26B5E84}"
SUMMARY_ZOOM_URI = "http://schemas.microsoft.com/office/powerpoint/2016/summaryzoom"
GUID_NS = uuid.UUID("6f1c9a52-2b7e-4d0c-9a61-0d3b2e7c4a10")


def guid(*parts: object) -> str:
    """A fixed GUID in PowerPoint's braces, from the parts' names."""
    return "{" + str(uuid.uuid5(GUID_NS, "/".join(map(str, parts)))).upper() + "}"


# (name, slide numbers): every slide in exactly one section, in order
SECTIONS = [
    ("Opening", [1, 2]),
    ("Where we are", [3, 4, 5]),
    ("Our plan", [6, 7, 8, 9]),
    ("Delivery", [10, 11, 12, 13, 14]),
    ("Asks", [15, 16]),
    ("Appendix", [17, 18]),
    ("Parking lot", [19, 20]),
]
ZOOM_SECTIONS = ["Where we are", "Our plan", "Delivery", "Asks", "Appendix"]


# =========================================================================== text helpers


def P(
    text: str,
    size: float = 14,
    bold: bool = False,
    color: str = INK,
    *,
    bullet: bool = False,
    align: str = "l",
    italic: bool = False,
) -> dict:
    return {
        "text": text,
        "size": size,
        "bold": bold,
        "color": color,
        "bullet": bullet,
        "align": align,
        "italic": italic,
    }


def _rgb(hexstr: str) -> RGBColor:
    return RGBColor.from_string(hexstr)


def _fill_paras(tf, paras: Sequence[dict]) -> None:
    for i, spec in enumerate(paras):
        p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
        p.alignment = {"l": PP_ALIGN.LEFT, "c": PP_ALIGN.CENTER, "r": PP_ALIGN.RIGHT}[spec["align"]]
        if spec["bullet"]:
            ppr = p._p.get_or_add_pPr()
            ppr.set("marL", "228600")
            ppr.set("indent", "-228600")
            bu = etree.SubElement(ppr, qn("a:buFont"))
            bu.set("typeface", "Arial")
            ch = etree.SubElement(ppr, qn("a:buChar"))
            ch.set("char", "\u2022")
        run = p.add_run()
        run.text = spec["text"]
        f = run.font
        f.size = Pt(spec["size"])
        f.bold = spec["bold"]
        f.italic = spec["italic"]
        f.color.rgb = _rgb(spec["color"])


def _frame(tf, margin: float, anchor) -> None:
    tf.word_wrap = True
    tf.vertical_anchor = anchor
    for side in ("left", "right", "top", "bottom"):
        setattr(tf, f"margin_{side}", Inches(margin))


def text_box(shapes, x, y, w, h, paras, *, anchor=MSO_ANCHOR.TOP, name=None, margin=0.05):
    """A text box on ``shapes`` (a slide's or a group's); x, y, w, h in EMU."""
    box = shapes.add_textbox(Emu(int(x)), Emu(int(y)), Emu(int(w)), Emu(int(h)))
    _frame(box.text_frame, margin, anchor)
    _fill_paras(box.text_frame, paras)
    if name:
        box.name = name
    return box


def shape_box(
    shapes,
    kind,
    x,
    y,
    w,
    h,
    fill,
    paras=(),
    *,
    line=None,
    name=None,
    margin=0.08,
    anchor=MSO_ANCHOR.MIDDLE,
):
    shp = shapes.add_shape(kind, Emu(int(x)), Emu(int(y)), Emu(int(w)), Emu(int(h)))
    if fill is None:
        shp.fill.background()
    else:
        shp.fill.solid()
        shp.fill.fore_color.rgb = _rgb(fill)
    if line is None:
        shp.line.fill.background()
    else:
        shp.line.color.rgb = _rgb(line)
        shp.line.width = Pt(1)
    shp.shadow.inherit = False
    _frame(shp.text_frame, margin, anchor)
    if paras:
        _fill_paras(shp.text_frame, paras)
    if name:
        shp.name = name
    return shp


def inch(v: float) -> int:
    return int(round(v * EMU_IN))


def set_title(slide, text: str, *, size=28, y=0.3, h=0.85):
    t = slide.shapes.title
    t.left, t.top, t.width, t.height = Inches(0.6), Inches(y), Inches(12.1), Inches(h)
    t.text_frame.text = text
    for r in t.text_frame.paragraphs[0].runs:
        r.font.size = Pt(size)
        r.font.bold = True
        r.font.color.rgb = _rgb(GREEN)
    t.text_frame.paragraphs[0].alignment = PP_ALIGN.LEFT
    return t


def body_placeholder(slide, lines: Sequence[str], *, x, y, w, h, size=17):
    body = slide.placeholders[1]
    body.left, body.top, body.width, body.height = Inches(x), Inches(y), Inches(w), Inches(h)
    tf = body.text_frame
    for i, text in enumerate(lines):
        p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
        r = p.add_run()
        r.text = text
        r.font.size = Pt(size)
        r.font.color.rgb = _rgb(INK)
    return body


def footer(slide, number: int) -> None:
    text_box(
        slide.shapes,
        inch(0.6),
        inch(7.08),
        inch(10.0),
        inch(0.3),
        [P(FOOT, 9, color=GREY)],
        name="Footer",
    )
    text_box(
        slide.shapes,
        inch(11.9),
        inch(7.08),
        inch(0.85),
        inch(0.3),
        [P(str(number), 10, True, GREY, align="r")],
        name="Slide Number",
    )


def notes(slide, lines: Sequence[str]) -> None:
    tf = slide.notes_slide.notes_text_frame
    for i, line in enumerate(lines):
        p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
        p.text = line


def stretch_to_16x9(prs) -> None:
    """The default template is 4:3: stretch the master's and layouts' shapes across 16:9."""
    prs.slide_width, prs.slide_height = Emu(W), Emu(H)
    k = W / OLD_W
    for el in [prs.slide_master.element] + [lay.element for lay in prs.slide_layouts]:
        for off in el.iter(qn("a:off")):
            off.set("x", str(int(round(int(off.get("x")) * k))))
        for ext in el.iter(qn("a:ext")):
            if ext.get("cx") is not None:
                ext.set("cx", str(int(round(int(ext.get("cx")) * k))))
    tx = prs.slide_master.element.find(qn("p:txStyles"))
    tx.find(qn("p:titleStyle")).find(qn("a:lvl1pPr")).find(qn("a:defRPr")).set("sz", "2800")
    body = tx.find(qn("p:bodyStyle"))
    for lvl, sz in (("a:lvl1pPr", "1800"), ("a:lvl2pPr", "1600"), ("a:lvl3pPr", "1400")):
        body.find(qn(lvl)).find(qn("a:defRPr")).set("sz", sz)


def new_slide(prs, layout: int):
    return prs.slides.add_slide(prs.slide_layouts[layout])


# =========================================================================== pictures (Pillow)


def _png(img: Image.Image) -> bytes:
    buf = io.BytesIO()
    img.save(buf, format="PNG", optimize=False)
    return buf.getvalue()


def icon(kind: str, color: str = GREEN) -> bytes:
    """A 96 x 96 line icon on a transparent ground."""
    img = Image.new("RGBA", (96, 96), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    c = tuple(int(color[i : i + 2], 16) for i in (0, 2, 4)) + (255,)
    w = 6
    if kind == "leaf":
        d.ellipse((18, 14, 78, 74), outline=c, width=w)
        d.line((24, 80, 72, 20), fill=c, width=w)
    elif kind == "pot":
        d.polygon([(22, 40), (74, 40), (66, 84), (30, 84)], outline=c, width=w)
        d.line((48, 40, 48, 12), fill=c, width=w)
        d.ellipse((48, 10, 70, 26), outline=c, width=w)
    elif kind == "cup":
        d.rectangle((18, 30, 62, 78), outline=c, width=w)
        d.arc((52, 38, 82, 66), -90, 90, fill=c, width=w)
        d.line((28, 10, 28, 24), fill=c, width=4)
        d.line((42, 10, 42, 24), fill=c, width=4)
    elif kind == "cart":
        d.line((10, 20, 24, 20, 34, 64, 78, 64, 86, 32, 28, 32), fill=c, width=w)
        d.ellipse((34, 70, 46, 82), outline=c, width=4)
        d.ellipse((64, 70, 76, 82), outline=c, width=4)
    elif kind == "card":
        d.rounded_rectangle((10, 24, 86, 72), radius=8, outline=c, width=w)
        d.line((10, 38, 86, 38), fill=c, width=w)
        d.line((20, 58, 46, 58), fill=c, width=4)
    elif kind == "people":
        d.ellipse((20, 14, 44, 38), outline=c, width=w)
        d.ellipse((52, 14, 76, 38), outline=c, width=w)
        d.arc((10, 44, 54, 92), 180, 360, fill=c, width=w)
        d.arc((42, 44, 86, 92), 180, 360, fill=c, width=w)
    elif kind == "bin":
        d.rectangle((24, 30, 72, 84), outline=c, width=w)
        d.line((16, 24, 80, 24), fill=c, width=w)
        d.line((40, 14, 56, 14), fill=c, width=w)
    elif kind == "chart":
        d.line((14, 82, 82, 82), fill=c, width=w)
        d.rectangle((22, 56, 34, 80), fill=c)
        d.rectangle((42, 42, 54, 80), fill=c)
        d.rectangle((62, 22, 74, 80), fill=c)
    else:  # pound
        d.arc((30, 12, 70, 52), 180, 0, fill=c, width=w)
        d.line((34, 32, 34, 80, 74, 80), fill=c, width=w)
        d.line((22, 52, 56, 52), fill=c, width=w)
    return _png(img)


def thumbnail(section: str, title: str) -> bytes:
    """A 480 x 270 picture of a section's first slide, as the summary zoom shows it."""
    img = Image.new("RGB", (480, 270), (247, 243, 234))
    d = ImageDraw.Draw(img)
    d.rectangle((0, 0, 480, 8), fill=(47, 93, 58))
    big = ImageFont.truetype(str(FONT_BOLD), 24)
    small = ImageFont.truetype(str(FONT_REGULAR), 14)
    d.text((22, 30), title, font=big, fill=(47, 93, 58))
    for k in range(4):
        d.rounded_rectangle((22 + k * 112, 110, 122 + k * 112, 200), radius=8, fill=(232, 239, 223))
    d.text((22, 236), section, font=small, fill=(94, 106, 98))
    return _png(img)


# =========================================================================== groups with transforms


def _set_group_xfrm(grp, x, y, w, h, ch_x, ch_y, ch_w, ch_h) -> None:
    xfrm = grp._element.grpSpPr.find(qn("a:xfrm"))
    xfrm.find(qn("a:off")).set("x", str(int(x)))
    xfrm.find(qn("a:off")).set("y", str(int(y)))
    xfrm.find(qn("a:ext")).set("cx", str(int(w)))
    xfrm.find(qn("a:ext")).set("cy", str(int(h)))
    xfrm.find(qn("a:chOff")).set("x", str(int(ch_x)))
    xfrm.find(qn("a:chOff")).set("y", str(int(ch_y)))
    xfrm.find(qn("a:chExt")).set("cx", str(int(ch_w)))
    xfrm.find(qn("a:chExt")).set("cy", str(int(ch_h)))


def icon_group(shapes, name: str, x, y, size, png: bytes, ring: str):
    """A nested group: a circle and an icon picture drawn in a 1 000 000 EMU square, scaled
    into ``size`` at (x, y) of the parent's space."""
    g = shapes.add_group_shape()
    g.name = name
    D = 1000000
    shape_box(g.shapes, MSO_SHAPE.OVAL, 0, 0, D, D, ring, name=f"{name} circle")
    pic = g.shapes.add_picture(io.BytesIO(png), Emu(200000), Emu(200000), Emu(600000), Emu(600000))
    pic.name = f"{name} picture"
    _set_group_xfrm(g, x, y, size, size, 0, 0, D, D)
    return g


class Space:
    """A group's child space: the group is placed at (x, y, w, h) on its parent, its children
    drawn at ``scale`` times that size from the displaced origin (ox, oy)."""

    def __init__(self, x, y, w, h, ox, oy, scale):
        self.x, self.y, self.w, self.h = x, y, w, h
        self.ox, self.oy, self.k = ox, oy, scale

    def at(self, fx: float, fy: float) -> tuple[int, int]:
        """Child coordinates of a point given as a fraction of the group's box."""
        return int(self.ox + fx * self.w * self.k), int(self.oy + fy * self.h * self.k)

    def size(self, fw: float, fh: float) -> tuple[int, int]:
        return int(fw * self.w * self.k), int(fh * self.h * self.k)

    def close(self, grp) -> None:
        _set_group_xfrm(
            grp, self.x, self.y, self.w, self.h, self.ox, self.oy, self.w * self.k, self.h * self.k
        )


def tile(
    shapes, name, box, space_origin, scale, png, big, label, fill, *, big_size=30, label_size=12
):
    """A big-number tile: a group of a rounded rectangle, an icon group and two text boxes."""
    x, y, w, h = box
    sp = Space(x, y, w, h, space_origin[0], space_origin[1], scale)
    g = shapes.add_group_shape()
    g.name = name
    bx, by = sp.at(0, 0)
    bw, bh = sp.size(1, 1)
    shape_box(g.shapes, MSO_SHAPE.ROUNDED_RECTANGLE, bx, by, bw, bh, fill, name=f"{name} panel")
    ix, iy = sp.at(0.06, 0.1)
    isz, _ = sp.size(0.22, 0)
    icon_group(g.shapes, f"{name} icon", ix, iy, isz, png, WHITE)
    tx, ty = sp.at(0.32, 0.06)
    tw, th = sp.size(0.64, 0.42)
    text_box(
        g.shapes,
        tx,
        ty,
        tw,
        th,
        [P(big, big_size, True, GREEN)],
        name=f"{name} number",
        anchor=MSO_ANCHOR.MIDDLE,
    )
    lx, ly = sp.at(0.06, 0.52)
    lw, lh = sp.size(0.9, 0.44)
    text_box(g.shapes, lx, ly, lw, lh, [P(label, label_size, False, INK)], name=f"{name} label")
    sp.close(g)
    return g


# =========================================================================== slides


def s01_cover(prs):
    s = new_slide(prs, L_TITLE)
    bg = shape_box(s.shapes, MSO_SHAPE.RECTANGLE, 0, 0, W, inch(7.5), GREEN, name="Background")
    s.shapes._spTree.remove(bg._element)
    s.shapes._spTree.insert(2, bg._element)
    t = s.shapes.title
    t.left, t.top, t.width, t.height = Inches(0.9), Inches(2.0), Inches(11.5), Inches(1.4)
    t.text_frame.text = "Growing Together"
    r = t.text_frame.paragraphs[0].runs[0]
    r.font.size, r.font.bold, r.font.color.rgb = Pt(54), True, _rgb(WHITE)
    t.text_frame.paragraphs[0].alignment = PP_ALIGN.LEFT
    sub = s.placeholders[1]
    sub.left, sub.top, sub.width, sub.height = Inches(0.9), Inches(3.5), Inches(11.5), Inches(1.6)
    tf = sub.text_frame
    for i, (text, size, bold) in enumerate(
        [
            ("Thornbury Gardens plan for FY2029/30 to FY2031/32", 24, True),
            ("Board and family shareholders' meeting \u00b7 24 January 2029", 16, False),
        ]
    ):
        p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
        p.alignment = PP_ALIGN.LEFT
        run = p.add_run()
        run.text = text
        run.font.size, run.font.bold, run.font.color.rgb = Pt(size), bold, _rgb(MOSS)
    text_box(
        s.shapes,
        inch(0.9),
        inch(6.5),
        inch(8),
        inch(0.4),
        [P("Version 5 \u00b7 for decision \u00b7 paper TG/B/29/01", 11, False, MOSS)],
        name="Version",
    )
    return s


def s02_contents(prs):
    s = new_slide(prs, L_TITLE_ONLY)
    set_title(s, "Contents")
    return s  # the summary zoom is written by add_summary_zoom once every slide exists


def s03_figures(prs):
    s = new_slide(prs, L_TITLE_ONLY)
    set_title(s, "Where we are: FY2027/28 in figures")
    text_box(
        s.shapes,
        inch(0.6),
        inch(1.1),
        inch(12),
        inch(0.4),
        [
            P(
                "Year to 31 January 2028. FY2028/29 closes on 31 January; its figures come to "
                "the April Board.",
                13,
                False,
                GREY,
            )
        ],
        name="Subtitle",
    )
    tiles = [
        ("chart", "+1.2%", "like-for-like sales growth (inflation was 3.4%)"),
        ("pound", "\u00a3131.4m", "sales across 24 centres, online and our cafés"),
        ("cup", "41,500", "café covers a week in our 18 cafés and restaurants"),
        ("cart", "4.1%", "of sales made online, click and collect and home delivery"),
        ("card", "212,000", "active Garden Club members, buying 46% of our sales"),
        ("bin", "11.8%", "of plant sales value written off as plant waste"),
        ("leaf", "40%", "of the plants we sell grown at our Wyre Hollow Nursery"),
        ("people", "1,650", "colleagues, rising to 2,400 at the spring peak"),
    ]
    tw, th = inch(2.85), inch(2.3)
    for k, (kind, big, label) in enumerate(tiles):
        row, col = divmod(k, 4)
        x = inch(0.6) + col * (tw + inch(0.22))
        y = inch(1.7) + row * (th + inch(0.25))
        # the top row is drawn lower in child space than the bottom row
        origin = (inch(1) + col * inch(4), inch(14) - row * inch(10))
        tile(s.shapes, f"Tile {k + 1}", (x, y, tw, th), origin, 1.25, icon(kind), big, label, MOSS)
    notes(
        s,
        [
            "Like-for-like leaves out Ledbury, which opened in April 2027.",
            "Plant waste comes from the paper loss sheets the centre offices key in each week, so it "
            "is probably understated.",
        ],
    )
    return s


def s04_customers(prs):
    s = new_slide(prs, L_CONTENT)
    set_title(s, "What customers and colleagues tell us")
    body_placeholder(
        s,
        [
            "Autumn 2028 customer survey, 3,870 replies: 71% rate our plants excellent, 38% rate our "
            "café queues poor",
            "The top online complaint: the website said it was in stock and it wasn't; 1 in 5 click "
            "and collect orders has an item missing",
            "Club points cannot be collected in our cafés, and members ask why",
            "Colleague survey: 44% of seasonal colleagues would come back next season, but few are "
            "asked",
            "Plant-care advice line: 23,000 calls a year, 39% answered within 3 minutes in spring",
        ],
        x=0.6,
        y=1.3,
        w=12.1,
        h=5.4,
        size=18,
    )
    return s


def s05_why(prs):
    s = new_slide(prs, L_CONTENT)
    set_title(s, "Why we must change now")
    body_placeholder(
        s,
        [
            "Sales have grown more slowly than prices for three years: real like-for-like sales fell "
            "2.2% a year",
            "Two national chains have opened within 10 miles of six of our centres since 2025",
            "Online garden sales in the UK grew 9% a year; ours grew 3%",
            "We throw away one plant in nine, most of them at the end of spring",
            "Our tills, our online shop and our Garden Club do not talk to each other",
        ],
        x=0.6,
        y=1.3,
        w=12.1,
        h=5.4,
        size=18,
    )
    return s


def s06_ambition(prs):
    s = new_slide(prs, L_TITLE_ONLY)
    set_title(s, "Our ambition for 2032")
    shape_box(
        s.shapes,
        MSO_SHAPE.RECTANGLE,
        inch(0.6),
        inch(1.3),
        inch(12.1),
        inch(1.3),
        GREEN,
        [
            P(
                "The garden centres people choose first in the Midlands and Wales",
                26,
                True,
                WHITE,
                align="c",
            )
        ],
        name="North star",
    )
    tiles = [
        ("pound", "\u00a3168m", "\u00a3168m sales in FY2031/32, up from \u00a3131.4m"),
        ("cart", "12%", "12% of our sales made online by January 2032"),
        ("bin", "6%", "Plant waste halved to 6% of plant sales by January 2031"),
    ]
    tw, th = inch(3.85), inch(2.4)
    for k, (kind, big, label) in enumerate(tiles):
        x = inch(0.6) + k * (tw + inch(0.275))
        origin = (inch(30) - k * inch(12), inch(2))
        tile(
            s.shapes,
            f"Ambition {k + 1}",
            (x, inch(2.9), tw, th),
            origin,
            1.5,
            icon(kind),
            big,
            label,
            CREAM,
            big_size=34,
            label_size=14,
        )
    text_box(
        s.shapes,
        inch(0.6),
        inch(5.6),
        inch(12.1),
        inch(0.8),
        [
            P(
                "Profit before tax back to 6% of sales by FY2031/32 (4.2% in FY2027/28)",
                17,
                True,
                TERRA,
            )
        ],
        name="Profit",
    )
    return s


PILLARS = [
    (
        "leaf",
        "Plants at their best",
        "More of our own plants, less waste",
        [
            "Grow 55% of the plants we sell at Wyre Hollow, with a second glasshouse",
            "Record plant losses on handhelds instead of paper sheets",
            "Plan each centre's plant deliveries every week from its own sales",
            "Sell tired plants on a Second Bloom bench at half price before they are thrown away",
        ],
    ),
    (
        "cart",
        "One shop, in the centre and online",
        "Stock you can trust, wherever you buy",
        [
            "Link every centre's EPOS stock to the online shop",
            "Pick click and collect orders with a handheld app, ready within 2 hours",
            "Offer home delivery in 2-hour slots, planned with a route planning tool",
        ],
    ),
    (
        "cup",
        "Cafés worth the trip",
        "Quicker service, more reasons to stay",
        [
            "Order and pay at the table by QR code in all 18 cafés",
            "Refit the kitchens at Ludlow, Monmouth and Stafford",
            "Weigh food waste at every café every day",
        ],
    ),
    (
        "card",
        "A Garden Club worth joining",
        "Rewards everywhere, a reason to come back",
        [
            "Move the Garden Club card into a new Thornbury app",
            "Let members earn and spend points in our cafés",
            "Send members a monthly growing guide for the season",
        ],
    ),
]


def pillar_slide(prs, reveal: bool):
    s = new_slide(prs, L_TITLE_ONLY)
    set_title(s, "Our four pillars")
    s.shapes.title.name = "!!Title"
    pw, gap = inch(2.9), inch(0.17)
    ph = inch(5.0) if reveal else inch(2.2)
    # written in the order the team left them after moving pillars 2 and 3: 1, 3, 2, 4
    for k in (0, 2, 1, 3):
        kind, name, line, actions = PILLARS[k]
        x = inch(0.6) + k * (pw + gap)
        # child spaces run right to left: pillar 1 drawn furthest right
        sp = Space(x, inch(1.45), pw, ph, inch(40) - k * inch(9), inch(3), 1.25)
        g = s.shapes.add_group_shape()
        g.name = f"!!Pillar {k + 1}"
        bx, by = sp.at(0, 0)
        bw, bh = sp.size(1, 1)
        shape_box(
            g.shapes,
            MSO_SHAPE.ROUNDED_RECTANGLE,
            bx,
            by,
            bw,
            bh,
            MOSS,
            name=f"!!Pillar {k + 1} panel",
        )
        isz = int(inch(0.7) * 1.25)
        ix, iy = sp.at(0.06, 0)
        icon_group(
            g.shapes,
            f"!!Pillar {k + 1} icon",
            ix,
            iy + int(inch(0.15) * 1.25),
            isz,
            icon(kind),
            WHITE,
        )
        nx, ny = sp.at(0.06, 0)
        ny += int(inch(0.95) * 1.25)
        nw, _ = sp.size(0.9, 0)
        text_box(
            g.shapes,
            nx,
            ny,
            nw,
            int(inch(0.6) * 1.25),
            [P(f"{k + 1}. {name}", 16, True, GREEN)],
            name=f"!!Pillar {k + 1} name",
        )
        text_box(
            g.shapes,
            nx,
            ny + int(inch(0.62) * 1.25),
            nw,
            int(inch(0.5) * 1.25),
            [P(line, 12, False, GREY, italic=True)],
            name=f"!!Pillar {k + 1} line",
        )
        if reveal:
            text_box(
                g.shapes,
                nx,
                ny + int(inch(1.2) * 1.25),
                nw,
                int(inch(2.7) * 1.25),
                [P(a, 11.5, False, INK, bullet=True) for a in actions],
                name=f"!!Pillar {k + 1} initiatives",
            )
        sp.close(g)
    foot_y = inch(6.6) if reveal else inch(3.9)
    text_box(
        s.shapes,
        inch(0.6),
        foot_y,
        inch(12.1),
        inch(0.4),
        [
            P(
                "Built on: people for every season \u00b7 systems that talk to each other",
                13,
                True,
                TERRA,
            )
        ],
        name="!!Foundations",
    )
    return s


def s07_pillars(prs):
    s = pillar_slide(prs, reveal=False)
    return s


def s08_pillars_revealed(prs):
    s = pillar_slide(prs, reveal=True)
    add_morph(s)
    notes(
        s,
        [
            "Same slide as before with the initiatives shown; the morph moves the pillars up and "
            "opens them.",
        ],
    )
    return s


def _cell(cell, text: str, size: float, bold=False, color=INK, fill=None):
    cell.text = ""
    tf = cell.text_frame
    tf.word_wrap = True
    lines = text.split("\n")
    for i, line in enumerate(lines):
        p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
        r = p.add_run()
        r.text = line
        r.font.size, r.font.bold, r.font.color.rgb = Pt(size), bold, _rgb(color)
    cell.margin_left = cell.margin_right = Inches(0.06)
    cell.margin_top = cell.margin_bottom = Inches(0.03)
    if fill:
        cell.fill.solid()
        cell.fill.fore_color.rgb = _rgb(fill)


def native_table(s, rows, x, y, w, col_w, row_h, size, name):
    frame = s.shapes.add_table(
        len(rows), len(rows[0]), Inches(x), Inches(y), Inches(w), Inches(row_h * len(rows))
    )
    frame.name = name
    tab = frame.table
    for j, cw in enumerate(col_w):
        tab.columns[j].width = Inches(cw)
    for i, row in enumerate(rows):
        tab.rows[i].height = Inches(row_h)
        for j, text in enumerate(row):
            head = i == 0
            _cell(
                tab.cell(i, j),
                text,
                size,
                bold=head or j == 0,
                color=WHITE if head else INK,
                fill=GREEN if head else (CREAM if i % 2 else WHITE),
            )
    return tab


KPI_ROWS = [
    ["Measure", "Baseline FY2027/28", "Target", "By when"],
    ["Like-for-like sales growth", "+1.2%", "+4.0% a year", "Each year from FY2030/31"],
    ["Plant waste, share of plant sales value", "11.8%", "6.0%", "Jan 2031"],
    ["Plants sold that we grew at Wyre Hollow", "40%", "55%", "Jan 2032"],
    ["Online share of sales", "4.1%", "12%", "Jan 2032"],
    ["Click and collect orders ready within 2 hours", "38%", "90%", "Jan 2031"],
    ["Café covers a week, 18 cafés", "41,500", "50,000", "Jan 2031"],
    ["Active Garden Club members", "212,000", "320,000", "Jan 2032"],
    ["Club members' share of sales", "46%", "60%", "Jan 2032"],
    ["Advice line calls answered within 3 minutes", "39% (spring)", "80%", "May 2030"],
    [
        "Seasonal colleagues who come back the next season",
        "not measured",
        "More than half",
        "To be set",
    ],
]


def s09_kpis(prs):
    s = new_slide(prs, L_TITLE_ONLY)
    set_title(s, "Measures and targets")
    text_box(
        s.shapes,
        inch(0.6),
        inch(1.05),
        inch(12.1),
        inch(0.4),
        [P("Ten measures, reported to the Board every quarter from May 2029", 14, False, GREY)],
        name="Lead-in",
    )
    native_table(s, KPI_ROWS, 0.6, 1.5, 12.1, [5.2, 2.3, 2.1, 2.5], 0.44, 12.5, "KPI table")
    text_box(
        s.shapes,
        inch(0.6),
        inch(6.45),
        inch(12.1),
        inch(0.4),
        [
            P(
                "Jan 2031 and Jan 2032 are the last months of FY2030/31 and FY2031/32.",
                11,
                False,
                GREY,
                italic=True,
            )
        ],
        name="Footnote",
    )
    notes(
        s,
        [
            "Baselines are FY2027/28 actuals from Greenhouse, apart from the advice line (its tally "
            "sheets, spring 2028).",
            "We cannot yet measure how many seasonal colleagues come back: their records are deleted "
            "after the season.",
        ],
    )
    return s


def s10_pilot(prs):
    s = new_slide(prs, L_CONTENT)
    set_title(s, "The pilot: Bridgnorth, September 2029 to January 2030")
    body_placeholder(
        s,
        [
            "Why Bridgnorth",
            "A mid-sized centre: \u00a35.9m sales, a 120-seat café, 9,800 club members",
            "Its EPOS is not yet linked to the online shop, like 15 of our 24 centres",
            "The Wyre Hollow van already calls three times a week",
        ],
        x=0.6,
        y=1.3,
        w=5.6,
        h=4.9,
        size=16,
    )
    text_box(
        s.shapes,
        inch(6.5),
        inch(1.3),
        inch(6.2),
        inch(2.6),
        [
            P("What we will trial", 16, True, GREEN),
            P("Handheld plant-loss recording and the Second Bloom bench", 13, bullet=True),
            P(
                "Stock linked to the online shop; click and collect picked on the handheld app",
                13,
                bullet=True,
            ),
            P("Order-at-table in the café and club points on café bills", 13, bullet=True),
            P("The Garden Club card in the Thornbury app", 13, bullet=True),
        ],
        name="Trial",
    )
    shape_box(
        s.shapes,
        MSO_SHAPE.RECTANGLE,
        inch(6.5),
        inch(4.05),
        inch(6.2),
        inch(2.45),
        CREAM,
        [
            P("Pass marks for roll-out (Gate 2, January 2030)", 14, True, TERRA),
            P("Plant waste at Bridgnorth under 8% of plant sales", 12.5, bullet=True),
            P("95% of online orders with no item missing", 12.5, bullet=True),
            P("Click and collect ready within 2 hours for 85% of orders", 12.5, bullet=True),
            P("No fall in café covers while the changes go in", 12.5, bullet=True),
        ],
        name="Pass marks",
        anchor=MSO_ANCHOR.TOP,
    )
    notes(
        s,
        [
            "The Bridgnorth centre manager will brief the Bridgnorth colleagues and the Colleague "
            "Forum on 10 July 2029, before any rota or role changes at the centre.",
            "Bridgnorth's café manager has asked for the order-at-table trial to start after the "
            "half-term week.",
        ],
    )
    return s


ROADMAP_ROWS = [
    ["Phase", "When", "What happens", "Gate at the end"],
    [
        "Phase 1 \u00b7 Ready the ground",
        "Feb \u2013 Jun 2029\n(FY2029/30)",
        "Recruit the programme team\nChoose the handheld and app suppliers\nLink Bridgnorth's EPOS "
        "to the online shop",
        "Gate 1, June 2029: ready to pilot?",
    ],
    [
        "Phase 2 \u00b7 Pilot at Bridgnorth",
        "Jul 2029 \u2013 Jan 2030\n(FY2029/30)",
        "Go live at Bridgnorth on 3 September 2029\nRun the pilot through Christmas\nMeasure it "
        "against the pass marks",
        "Gate 2, January 2030: go/no-go for roll-out",
    ],
    [
        "Phase 3 \u00b7 Roll out in three waves",
        "Feb 2030 \u2013 Oct 2031\n(FY2030/31 \u2013 FY2031/32)",
        "Wave 1: 7 centres live by June 2030\nWave 2: 8 centres live by September "
        "2030\nWave 3: 8 centres live by June 2031\nPlant the second glasshouse at Wyre Hollow by "
        "March 2031",
        "Gate 3, October 2031: all 24 centres live",
    ],
    [
        "Phase 4 \u00b7 Embed and hand over",
        "Nov 2031 \u2013 Jan 2032\n(FY2031/32)",
        "Hand each pillar to its business owner\nClose the programme by 31 January 2032",
        "Programme closes",
    ],
]


def s11_roadmap(prs):
    s = new_slide(prs, L_TITLE_ONLY)
    set_title(s, "Roadmap: three trading years")
    text_box(
        s.shapes,
        inch(0.6),
        inch(1.02),
        inch(12.1),
        inch(0.45),
        [
            P(
                "Our trading year runs February to January: FY2029/30 = February 2029 to January "
                "2030. Month 0 is February 2029.",
                13,
                False,
                GREY,
            )
        ],
        name="Clock",
    )
    native_table(s, ROADMAP_ROWS, 0.6, 1.5, 12.1, [2.9, 2.2, 4.4, 2.6], 0.95, 11.5, "Roadmap")
    text_box(
        s.shapes,
        inch(0.6),
        inch(6.45),
        inch(12.1),
        inch(0.4),
        [
            P(
                "No centre goes live between 1 March and 31 May or between 1 November and 24 "
                "December.",
                12,
                True,
                TERRA,
            )
        ],
        name="Freeze",
    )
    notes(
        s,
        [
            "The gates fall after the spring peak and after Christmas on purpose: we decide on "
            "evidence from our busiest weeks.",
        ],
    )
    return s


def s12_governance(prs):
    s = new_slide(prs, L_CONTENT)
    set_title(s, "How we will run it")
    body_placeholder(
        s,
        [
            "Sponsor: the Managing Director, who chairs the Growing Together steering group",
            "The steering group meets monthly; the Board sees a progress report every quarter",
            "A programme manager and a team of six, paid for by the plan",
            "Each pillar has a business owner who keeps it after the programme closes",
            "The Colleague Forum is consulted before each wave goes live",
        ],
        x=0.6,
        y=1.3,
        w=12.1,
        h=5.4,
        size=18,
    )
    return s


RISK_ROWS = [
    ["Risk", "Likelihood", "Impact", "Mitigation"],
    [
        "Handhelds do not work in the outdoor plant areas",
        "High",
        "High",
        "Survey the Wi-Fi at all 24 centres by May 2029 and fit outdoor access points before each "
        "wave",
    ],
    [
        "Seasonal colleagues are not trained in time for spring",
        "Medium",
        "High",
        "Train every seasonal colleague in the Growing Academy before 1 March each year",
    ],
    [
        "The second glasshouse is late or over budget",
        "Medium",
        "Medium",
        "Fixed-price contract; keep buying from outside growers until it is planted",
    ],
    [
        "Colleagues see handhelds and new rotas as extra work",
        "Medium",
        "High",
        "Bridgnorth colleagues show the tools to each wave's centres",
    ],
    [
        "The EPOS link fails in the Christmas weeks",
        "Low",
        "High",
        "Keep the nightly stock file running as a fallback until Gate 3",
    ],
]


def s13_risks(prs):
    s = new_slide(prs, L_TITLE_ONLY)
    set_title(s, "Risks and how we will manage them")
    native_table(s, RISK_ROWS, 0.6, 1.3, 12.1, [4.0, 1.3, 1.1, 5.7], 0.82, 12.5, "Risks")
    return s


def s14_first_90(prs):
    s = new_slide(prs, L_CONTENT)
    set_title(s, "Our first 90 days: February to April 2029")
    body_placeholder(
        s,
        [
            "Appoint the programme manager and the pillar owners by 28 February 2029",
            "Start the Wi-Fi survey of every centre's outdoor plant area",
            "Choose the handheld and click and collect app supplier by 30 April 2029",
            "Put the second glasshouse at Wyre Hollow out to tender",
            "Complete a data protection impact assessment for the Thornbury app",
            "Ask this spring's seasonal colleagues if we may keep their details to invite them back",
            "Baseline every measure and send the first quarterly report to the Board in May 2029",
        ],
        x=0.6,
        y=1.3,
        w=12.1,
        h=5.5,
        size=17,
    )
    return s


def s15_investment(prs):
    s = new_slide(prs, L_CONTENT)
    set_title(s, "Investment: \u00a314.6m over three trading years")
    body_placeholder(
        s,
        [
            "FY2029/30: \u00a35.1m for handhelds, the EPOS link, the pilot and the glasshouse design",
            "FY2030/31: \u00a36.3m for waves 1 and 2, the second glasshouse and the app",
            "FY2031/32: \u00a33.2m for wave 3 and the hand-over",
            "Payback in 3.4 years from the first full year of roll-out",
            "Paid for from cash and a \u00a36m facility with our bank; no new shares",
        ],
        x=0.6,
        y=1.3,
        w=12.1,
        h=5.4,
        size=18,
    )
    return s


def s16_asks(prs):
    s = new_slide(prs, L_TITLE_ONLY)
    set_title(s, "What we ask today")
    text_box(
        s.shapes,
        inch(0.6),
        inch(1.3),
        inch(5.9),
        inch(4.5),
        [
            P("Of the Board", 18, True, GREEN),
            P(
                "Approve Growing Together and its \u00a314.6m budget over three trading years",
                15,
                bullet=True,
            ),
            P("Release \u00a33.2m for Phase 1, February to June 2029", 15, bullet=True),
            P("Agree Bridgnorth as the pilot centre and its pass marks", 15, bullet=True),
        ],
        name="Board asks",
    )
    text_box(
        s.shapes,
        inch(6.8),
        inch(1.3),
        inch(5.9),
        inch(4.5),
        [
            P("Of the family shareholders", 18, True, GREEN),
            P(
                "Agree to hold the dividend at \u00a32.1m a year for FY2029/30 and FY2030/31",
                15,
                bullet=True,
            ),
            P("Consent to the \u00a36m bank facility", 15, bullet=True),
        ],
        name="Shareholder asks",
    )
    notes(
        s,
        [
            "If the Board approves today, the steering group first meets on 6 February 2029.",
        ],
    )
    return s


def s17_definitions(prs):
    s = new_slide(prs, L_CONTENT)
    set_title(s, "Appendix A: how we define the measures")
    body_placeholder(
        s,
        [
            "Like-for-like: centres open for all of both years, excluding VAT, cafés included",
            "Plant waste: the cost of plants thrown away or composted, over plant sales at cost",
            "Active club member: a member who has used their card in the last 12 months",
            "Click and collect ready time: from the order to the \u2018ready to collect\u2019 email",
            "Café covers: paid café bills, counted by the café tills",
        ],
        x=0.6,
        y=1.3,
        w=12.1,
        h=5.4,
        size=17,
    )
    return s


def s18_glossary(prs):
    s = new_slide(prs, L_CONTENT)
    set_title(s, "Appendix B: data sources and glossary")
    body_placeholder(
        s,
        [
            "Orchard EPOS: the tills and stock system in every centre",
            "Greenhouse: our reporting database, fed each night from the tills and the online shop",
            "ClubHouse: the Garden Club's member system",
            "Second Bloom: a reduced-price bench for plants past their best",
            "Danish trolley: the plant trolley that goes between the nursery and the centres",
        ],
        x=0.6,
        y=1.3,
        w=12.1,
        h=5.4,
        size=17,
    )
    return s


def s19_cardiff(prs):
    s = new_slide(prs, L_CONTENT)
    set_title(s, "Idea: a garden centre in Cardiff Bay")
    body_placeholder(
        s,
        [
            "Open a 25th centre at Cardiff Bay by spring 2031",
            "\u00a311m for the site and the build: 4,500 m\u00b2 with a 200-seat restaurant",
            "Sales of \u00a38m a year by its third year",
            "Parked: look again at Gate 3 if like-for-like sales grow 4% two years running",
        ],
        x=0.6,
        y=1.3,
        w=12.1,
        h=5.4,
        size=18,
    )
    notes(
        s,
        ["Raised by the family shareholders in October 2028; the team looked at it and parked it."],
    )
    return s


def s20_boxes(prs):
    s = new_slide(prs, L_CONTENT)
    set_title(s, "Idea: subscription plant boxes")
    body_placeholder(
        s,
        [
            "A box of six seasonal plants from Wyre Hollow delivered each month for \u00a324",
            "12,000 subscribers by Christmas 2030",
            "Needs a second van shift and a new packing line at Hoobrook",
            "Parked: the nursery has no spare space until the second glasshouse is planted",
        ],
        x=0.6,
        y=1.3,
        w=12.1,
        h=5.4,
        size=18,
    )
    return s


SLIDES = [
    s01_cover,
    s02_contents,
    s03_figures,
    s04_customers,
    s05_why,
    s06_ambition,
    s07_pillars,
    s08_pillars_revealed,
    s09_kpis,
    s10_pilot,
    s11_roadmap,
    s12_governance,
    s13_risks,
    s14_first_90,
    s15_investment,
    s16_asks,
    s17_definitions,
    s18_glossary,
    s19_cardiff,
    s20_boxes,
]


# =========================================================================== PowerPoint 365 XML


def add_morph(slide) -> None:
    """A Morph transition (by object) as PowerPoint writes it, with a fade for older readers."""
    xml = (
        f'<mc:AlternateContent xmlns:mc="{NS["mc"]}" xmlns:p="{NS["p"]}">'
        f'<mc:Choice xmlns:p159="{NS["p159"]}" Requires="p159">'
        f'<p:transition xmlns:p14="{NS["p14"]}" spd="slow" p14:dur="2000">'
        '<p159:morph option="byObject"/></p:transition></mc:Choice>'
        '<mc:Fallback><p:transition spd="slow"><p:fade/></p:transition></mc:Fallback>'
        "</mc:AlternateContent>"
    )
    el = etree.fromstring(xml)
    sld = slide._element
    clr = sld.find(qn("p:clrMapOvr"))
    clr.addnext(el)


def add_sections(prs) -> None:
    ids = [s.slide_id for s in prs.slides]
    parts = [
        f'<p:ext xmlns:p="{NS["p"]}" uri="{SECTION_EXT}">',
        f'<p14:sectionLst xmlns:p14="{NS["p14"]}">',
    ]
    for name, numbers in SECTIONS:
        parts.append(
            f'<p14:section name="{escape(name)}" id="{guid("section", name)}"><p14:sldIdLst>'
        )
        parts.extend(f'<p14:sldId id="{ids[n - 1]}"/>' for n in numbers)
        parts.append("</p14:sldIdLst></p14:section>")
    parts.append("</p14:sectionLst></p:ext>")
    ext_lst = etree.SubElement(prs.part._element, qn("p:extLst"))
    ext_lst.append(etree.fromstring("".join(parts)))


def add_summary_zoom(prs) -> None:
    """Slide 2's summary zoom over ZOOM_SECTIONS: the zoom frame for PowerPoint 2019/365 and a
    group of hyperlinked, labelled thumbnails for everything else."""
    slides = list(prs.slides)
    s = slides[1]
    first = {name: numbers[0] for name, numbers in SECTIONS}
    fx, fy, fw, fh = inch(0.6), inch(1.35), inch(12.1), inch(5.45)
    tw, th = inch(3.6), inch(2.025)
    cells = []
    for k, name in enumerate(ZOOM_SECTIONS):
        row, col = divmod(k, 3)
        n_in_row = 3 if row == 0 else len(ZOOM_SECTIONS) - 3
        row_w = n_in_row * tw + (n_in_row - 1) * inch(0.5)
        x0 = (fw - row_w) // 2
        cells.append((name, x0 + col * (tw + inch(0.5)), row * (th + inch(0.62))))
    objs, pics = [], []
    next_id = 100
    for name, cx, cy in cells:
        target = slides[first[name] - 1]
        title = target.shapes.title.text_frame.text
        _, img_rid = s.part.get_or_add_image_part(io.BytesIO(thumbnail(name, title)))
        sld_rid = s.part.relate_to(target.part, RT.SLIDE)
        objs.append(
            f'<psuz:summaryZmObj sectionId="{guid("section", name)}">'
            f'<psuz:zmPr id="{guid("zoom", name)}" transitionDur="1000">'
            f'<p166:blipFill xmlns:p166="{NS["p166"]}"><a:blip r:embed="{img_rid}"/>'
            "<a:stretch><a:fillRect/></a:stretch></p166:blipFill>"
            f'<p166:spPr xmlns:p166="{NS["p166"]}"><a:xfrm><a:off x="{cx}" y="{cy}"/>'
            f'<a:ext cx="{tw}" cy="{th}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/>'
            '</a:prstGeom><a:ln w="3175"><a:solidFill><a:prstClr val="ltGray"/></a:solidFill>'
            "</a:ln></p166:spPr></psuz:zmPr></psuz:summaryZmObj>"
        )
        pics.append(
            f'<p:pic><p:nvPicPr><p:cNvPr id="{next_id}" name="Section Zoom {escape(name)}">'
            f'<a:hlinkClick r:id="{sld_rid}" action="ppaction://hlinksldjump"/></p:cNvPr>'
            '<p:cNvPicPr><a:picLocks noGrp="1" noRot="1" noChangeAspect="1" noMove="1" '
            'noResize="1" noEditPoints="1" noAdjustHandles="1" noChangeArrowheads="1" '
            'noChangeShapeType="1"/></p:cNvPicPr><p:nvPr/></p:nvPicPr>'
            f'<p:blipFill><a:blip r:embed="{img_rid}"/><a:stretch><a:fillRect/></a:stretch>'
            f'</p:blipFill><p:spPr><a:xfrm><a:off x="{fx + cx}" y="{fy + cy}"/>'
            f'<a:ext cx="{tw}" cy="{th}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/>'
            '</a:prstGeom><a:ln w="3175"><a:solidFill><a:prstClr val="ltGray"/></a:solidFill>'
            "</a:ln></p:spPr></p:pic>"
            f'<p:sp><p:nvSpPr><p:cNvPr id="{next_id + 1}" name="Section label {escape(name)}"/>'
            '<p:cNvSpPr txBox="1"/><p:nvPr/></p:nvSpPr><p:spPr><a:xfrm>'
            f'<a:off x="{fx + cx}" y="{fy + cy + th + inch(0.04)}"/>'
            f'<a:ext cx="{tw}" cy="{inch(0.3)}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/>'
            '</a:prstGeom><a:noFill/></p:spPr><p:txBody><a:bodyPr wrap="square" lIns="0" '
            'tIns="0" rIns="0" bIns="0"/><a:lstStyle/><a:p><a:pPr algn="ctr"/><a:r>'
            f'<a:rPr lang="en-GB" sz="1200" b="1"><a:solidFill><a:srgbClr val="{GREEN}"/>'
            f"</a:solidFill></a:rPr><a:t>{escape(name)}</a:t></a:r></a:p></p:txBody></p:sp>"
        )
        next_id += 2
    xml = (
        f'<mc:AlternateContent xmlns:mc="{NS["mc"]}" xmlns:p="{NS["p"]}" xmlns:a="{NS["a"]}" '
        f'xmlns:r="{NS["r"]}">'
        f'<mc:Choice xmlns:psuz="{NS["psuz"]}" Requires="psuz">'
        '<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="90" name="Summary Zoom 1"/>'
        '<p:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></p:cNvGraphicFramePr>'
        f'<p:nvPr/></p:nvGraphicFramePr><p:xfrm><a:off x="{fx}" y="{fy}"/>'
        f'<a:ext cx="{fw}" cy="{fh}"/></p:xfrm><a:graphic>'
        f'<a:graphicData uri="{SUMMARY_ZOOM_URI}"><psuz:summaryZm>{"".join(objs)}'
        "<psuz:gridLayout/></psuz:summaryZm></a:graphicData></a:graphic></p:graphicFrame>"
        "</mc:Choice><mc:Fallback>"
        '<p:grpSp><p:nvGrpSpPr><p:cNvPr id="90" name="Summary Zoom 1"/><p:cNvGrpSpPr/>'
        f'<p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm><a:off x="{fx}" y="{fy}"/>'
        f'<a:ext cx="{fw}" cy="{fh}"/><a:chOff x="{fx}" y="{fy}"/><a:chExt cx="{fw}" '
        f'cy="{fh}"/></a:xfrm></p:grpSpPr>{"".join(pics)}</p:grpSp>'
        "</mc:Fallback></mc:AlternateContent>"
    )
    s.shapes._spTree.append(etree.fromstring(xml))


def add_creation_ids(prs) -> None:
    """PowerPoint 365 gives every shape a fixed creation id (``a16:creationId``)."""
    for n, slide in enumerate(prs.slides, start=1):
        for c in slide._element.iter(qn("p:cNvPr")):
            if c.find(qn("a:extLst")) is not None or c.get("id") == "1":
                continue  # the shape tree's own properties carry none
            ext_lst = etree.SubElement(c, qn("a:extLst"))
            ext = etree.SubElement(ext_lst, qn("a:ext"))
            ext.set("uri", "{FF2B5EF4-FFF2-40B4-BE49-F238E27FC236}")
            cid = etree.SubElement(ext, f"{{{NS['a16']}}}creationId", nsmap={"a16": NS["a16"]})
            cid.set("id", guid("shape", n, c.get("id"), c.get("name")))


APP_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    "<TotalTime>1874</TotalTime><Words>1912</Words>"
    "<Application>Microsoft Office PowerPoint</Application>"
    "<PresentationFormat>Widescreen</PresentationFormat><Paragraphs>214</Paragraphs>"
    "<Slides>20</Slides><Notes>7</Notes><HiddenSlides>0</HiddenSlides><MMClips>0</MMClips>"
    "<ScaleCrop>false</ScaleCrop><Company>Thornbury Gardens Ltd</Company>"
    "<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>"
    "<HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0000</AppVersion></Properties>"
)


def build_deck() -> bytes:
    prs = Presentation()
    stretch_to_16x9(prs)
    for n, make in enumerate(SLIDES, start=1):
        slide = make(prs)
        if n > 1:
            footer(slide, n)
    add_summary_zoom(prs)
    add_sections(prs)
    add_creation_ids(prs)
    raw = ooxml_bytes(
        prs,
        DECK_STAMP,
        title="Growing Together",
        subject="Board paper TG/B/29/01",
        author="Growing Together programme office",
        last_modified_by="Helen Pritchard",
        revision=23,
        created=dt.datetime(2028, 10, 30, 9, 12, 0),
        modified=dt.datetime(2029, 1, 21, 18, 42, 6),
        content_status="For decision",
        language="en-GB",
    )
    src = zipfile.ZipFile(io.BytesIO(raw))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/app.xml":
                body = APP_XML.encode("utf-8")
            dst.writestr(info, body)
    return normalize_zip(out.getvalue(), DECK_STAMP)


# =========================================================================== the roster (PDF form)

# (role, team, involvement, remit); None is a row the team leads left blank
REGISTER: list[tuple[str, str, str, str] | None] = [
    (
        "Managing Director",
        "Executive",
        "Core",
        "Sponsor of Growing Together and chair of its steering group. Takes each gate decision under "
        "the Board's delegation, recommends each phase's budget to the Board and answers to the "
        "family shareholders for the plan.",
    ),
    (
        "Programme Manager, Growing Together",
        "Programme office",
        "Core",
        "Runs the programme day to day: the plan, the risk log, the gate papers and the quarterly "
        "report to the Board. Keeps the measures pack with the Data and Insight Analyst and arranges "
        "the Colleague Forum consultation before each wave.",
    ),
    (
        "Retail Operations Director",
        "Retail Operations",
        "Core",
        "Runs the 24 garden centres through three regional managers: opening hours, rotas, staffing "
        "levels, shop-floor standards and centre budgets. Owns how click and collect and the plant "
        "areas work on the shop floor and sets each centre's go-live date in the roll-out.",
    ),
    (
        "Regional Manager, Severn and Marches",
        "Retail Operations",
        "Core",
        "Line manages the eight centres of the Severn and Marches region, Bridgnorth among them. "
        "Runs the pilot across the centre day to day and the region's centres in the roll-out "
        "waves.",
    ),
    (
        "Centre Manager, Bridgnorth",
        "Retail Operations",
        "Core",
        "Runs the Bridgnorth garden centre, the pilot centre: its 64 colleagues (98 at the spring "
        "peak), rotas, plant area, shop floor and click and collect desk. Briefs the centre's "
        "colleagues on every change.",
    ),
    (
        "Nursery General Manager, Wyre Hollow",
        "Wyre Hollow Nursery",
        "Core",
        "Runs Wyre Hollow Nursery near Bewdley: the growing programme, propagation, the glasshouses "
        "and polytunnels, the nursery's 70 staff and the plants it sends to the centres. Leads the "
        "second glasshouse project.",
    ),
    None,
    (
        "Head of Plant Buying and Availability",
        "Commercial",
        "Core",
        "Buys the plants we do not grow from about 60 outside growers, allocates plants to each "
        "centre and sets the weekly delivery plan from the nursery and the growers. Owns plant "
        "waste, the plant-loss figures and the Second Bloom bench.",
    ),
    (
        "Head of Food and Cafés",
        "Food and Cafés",
        "Core",
        "Runs the 18 cafés and restaurants: menus, café managers and kitchen teams, food safety and "
        "hygiene, the café tills and table service, café covers and café food waste. Owns the "
        "kitchen refits.",
    ),
    (
        "Head of Ecommerce",
        "Commercial",
        "Core",
        "Owns the online shop: the range shown online, product pages, click and collect and home "
        "delivery ordering, online prices and the online share of sales.",
    ),
    (
        "n/a - post withdrawn",
        "Commercial",
        "",
        "Was the Click and Collect Coordinator. Withdrawn in the November 2028 restructure; the "
        "work moved to the Head of Ecommerce and the centre managers.",
    ),
    (
        "Head of IT and Systems",
        "IT",
        "Core",
        "Runs Orchard EPOS and its stock module, the Greenhouse reporting database, the centres' "
        "networks and Wi-Fi, the handhelds, and the links between the tills, the online shop and "
        "ClubHouse. Chooses and manages our IT suppliers.",
    ),
    (
        "Head of Customer and Garden Club",
        "Marketing and Customer",
        "Core",
        "Owns the Thornbury Garden Club: membership, points and rewards, ClubHouse, member emails "
        "and the planned Thornbury app. Runs the autumn customer survey and manages the plant-care "
        "advice line.",
    ),
    (
        "Logistics Manager",
        "Supply Chain",
        "Core",
        "Runs the Hoobrook distribution centre in Kidderminster and the fleet of 11 vans and 3 "
        "lorries: deliveries from the nursery and the warehouse to the centres, home delivery "
        "routes and the drivers' schedules.",
    ),
    (
        "People Director",
        "People",
        "Core",
        "Recruitment, the spring and Christmas seasonal intake included, pay, contracts, training "
        "through the Thornbury Growing Academy, colleague policies and the relationship with the "
        "Colleague Forum.",
    ),
    (
        "Finance Director",
        "Finance",
        "Core",
        "The budget, business cases, capital spending, the bank facility, the dividend proposal to "
        "the family shareholders and the finance figures behind the sales and waste measures.",
    ),
    (
        "Data and Insight Analyst",
        "Finance",
        "Core",
        "Builds the measures pack and the reports from the Greenhouse reporting database. The only "
        "analyst post in the company.",
    ),
    (
        "Head of Marketing",
        "Marketing and Customer",
        "Extended",
        "Seasonal campaigns, the catalogue, the website's look and social media. Kept informed and "
        "asked for input on the app and the Garden Club.",
    ),
    (
        "Advice Line Team Leader",
        "Marketing and Customer",
        "Extended",
        "Leads the four horticulturists who answer the plant-care advice line by phone and email. "
        "Asked for input on the plant-care pages of the app.",
    ),
    (
        "Chair, Thornbury Colleague Forum",
        "Colleague Forum",
        "Consulted",
        "Elected chair of the Colleague Forum, which must be consulted on any change to rotas, "
        "hours or roles at a centre. Consulted before each wave; owns no programme work.",
    ),
    (
        "Data Protection Lead",
        "Legal and Compliance",
        "Consulted",
        "Signs off data protection impact assessments for any new use of customer or colleague "
        "data. Consulted on the app, the Garden Club and keeping seasonal colleagues' details.",
    ),
    (
        "Family Shareholders' Representative",
        "Thornbury family council",
        "Consulted",
        "Speaks for the family shareholders between meetings. Consulted on the plan, the dividend "
        "and any commitment over £1m before it goes to the shareholders' meeting.",
    ),
    None,
    None,
]
ROWS_PAGE_1 = 10
KEYS = ("role", "team", "involvement", "remit")

PDF_TITLE = "Growing Together programme \u2014 team register"
COLS = [
    ("Role", 150),
    ("Team", 86),
    ("Involvement (Core / Extended / Consulted)", 70),
    ("Remit", 217),
]
INSTRUCTIONS = [
    "Team leads: fill in one row for each post in your team that will own, support or be "
    "consulted on work in the plan.",
    "Use the post's title as the organisation chart spells it, not the holder's name, and write "
    "its remit in your own words.",
    "Involvement: Core = owns work in the plan; Extended = gives input and is kept informed; "
    "Consulted = must be consulted before decisions but owns no work.",
    "Leave unused rows blank. If a post on the earlier register no longer exists, write "
    "'n/a - post withdrawn' in its Role box and say where its work went.",
    "Return the completed form to the programme office by 19 December 2028.",
]


def _wrap_words(text: str, font: str, size: float, width: float) -> list[str]:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines: list[str] = []
    line = ""
    for word in text.split():
        trial = f"{line} {word}".strip()
        if stringWidth(trial, font, size) <= width or not line:
            line = trial
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    return lines


def build_roster() -> bytes:
    """The register as a filled AcroForm: the grid printed, every cell a text field whose
    value lives only in the field (``/V``) and its appearance stream."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import acroform
    from reportlab.pdfgen import canvas

    original = acroform.AcroForm.txAP
    wrap = {"on": False}

    def txAP(self, key, value, iFontName, rFontName, fontSize, **kw):
        # Acrobat wraps a multiline field's text to the field's width when it draws it
        if wrap["on"] and value:
            value = "\n".join(_wrap_words(value, "Helvetica", fontSize, kw["width"] - 6))
        return original(self, key, value, iFontName, rFontName, fontSize, **kw)

    acroform.AcroForm.txAP = txAP
    try:
        buf = io.BytesIO()
        c = canvas.Canvas(buf, pagesize=A4, invariant=1)
        c.setTitle("Growing Together programme - team register")
        c.setAuthor("Growing Together programme office")
        c.setSubject("Form PO-03")
        c.setCreator("Adobe Acrobat Pro 2024")
        pw, ph = A4
        left = 36
        row_h = 48
        rows = list(enumerate(REGISTER, start=1))
        pages = [rows[:ROWS_PAGE_1], rows[ROWS_PAGE_1:]]
        for page_no, page_rows in enumerate(pages, start=1):
            y = ph - 48
            c.setFont("Helvetica-Bold", 16)
            c.drawString(left, y, PDF_TITLE + ("" if page_no == 1 else " (continued)"))
            y -= 16
            c.setFont("Helvetica", 8.5)
            c.drawString(
                left,
                y,
                "Thornbury Gardens Ltd \u00b7 Programme office \u00b7 Form "
                "PO-03, version 2, November 2028",
            )
            y -= 18
            if page_no == 1:
                c.setFont("Helvetica", 8.5)
                for para in INSTRUCTIONS:
                    for line in _wrap_words(para, "Helvetica", 8.5, pw - 2 * left):
                        c.drawString(left, y, line)
                        y -= 11
                    y -= 3
                y -= 6
            # header row
            head_h = 46
            c.setFillColorRGB(0.86, 0.91, 0.84)
            c.rect(left, y - head_h, sum(w for _, w in COLS), head_h, stroke=0, fill=1)
            c.setFillColorRGB(0, 0, 0)
            c.setFont("Helvetica-Bold", 8.5)
            x = left
            for head, w in COLS:
                for k, line in enumerate(_wrap_words(head, "Helvetica-Bold", 8.5, w - 6)):
                    c.drawString(x + 3, y - 11 - 10 * k, line)
                x += w
            top = y
            y -= head_h
            for n, row in page_rows:
                x = left
                for k, ((head, w), key) in enumerate(zip(COLS, KEYS, strict=True)):
                    value = "" if row is None else row[k]
                    multiline = key in ("role", "team", "remit")
                    wrap["on"] = multiline
                    c.acroForm.textfield(
                        name=f"{key}_{n}",
                        tooltip=f"{head.split(' (')[0]}, row {n}",
                        value=value,
                        x=x + 1,
                        y=y - row_h + 1,
                        width=w - 2,
                        height=row_h - 2,
                        fontName="Helvetica",
                        fontSize=7 if key == "remit" else 8,
                        borderWidth=0,
                        borderColor=None,
                        fillColor=None,
                        textColor=None,
                        fieldFlags="multiline" if multiline else "",
                        maxlen=0,
                    )
                    x += w
                y -= row_h
            wrap["on"] = False
            # the printed grid
            c.setLineWidth(0.6)
            total = sum(w for _, w in COLS)
            c.rect(left, y, total, top - y, stroke=1, fill=0)
            yy = top - head_h
            while yy > y + 0.5:
                c.line(left, yy, left + total, yy)
                yy -= row_h
            x = left
            for _, w in COLS[:-1]:
                x += w
                c.line(x, y, x, top)
            c.setFont("Helvetica", 7.5)
            foot = f"PO-03 Growing Together team register \u00b7 page {page_no} of 2"
            if page_no == 2:
                foot = (
                    "Completed forms collated by the programme office, 21 December 2028 "
                    "\u00b7 " + foot
                )
            c.drawString(left, 28, foot)
            c.showPage()
        c.save()
        return buf.getvalue()
    finally:
        acroform.AcroForm.txAP = original


# =========================================================================== org folder: text

SYSTEMS = """
# Systems and sites inventory

Thornbury Gardens Ltd. Kept by the Head of IT and Systems; reviewed for Growing Together,
December 2028.

## Sites

- 24 garden centres in the West Midlands, Shropshire, Herefordshire, Worcestershire,
  Staffordshire and South and Mid Wales (see `context/centres-list.md`). 18 of them have a
  café or restaurant.
- Wyre Hollow Nursery, near Bewdley: 11 hectares, two glasshouses (one of them heated) and 30
  polytunnels.
- Hoobrook distribution centre, Kidderminster: the warehouse for hard goods, garden furniture,
  Christmas stock and plants bought from outside growers.

## Tills and stock: Orchard EPOS

Orchard EPOS runs the tills and the stock module in every centre and at Hoobrook. Each centre
counts its stock in the Orchard stock module.

- The link between Orchard EPOS and the online shop runs at 9 of our 24 centres only. At the
  other 15 centres the online shop shows stock from a file sent each night, so an item sold in
  the afternoon still shows as in stock until the next morning.
- Plants are held in Orchard at group level (for example "Lavender 2L") and not by variety, so
  the system cannot tell which variety has sold.
- Supplier support for the Orchard tills at our six oldest centres ends in October 2030.
- Orchard cannot take a payment at the table; it runs on fixed tills only.

## Café tills: Kitchenline

The 18 cafés run on Kitchenline tills, which are separate from Orchard EPOS. Kitchenline does not
read the Garden Club card, so club points cannot be earned or spent in our cafés. Café sales
reach Greenhouse as one total per café per day, with no item detail.

## Online shop

The online shop runs on Shopwell, hosted by its supplier. It takes click and collect orders at
all 24 centres and home delivery orders for postcodes within 25 miles of a centre.

- The online shop shows only whether an item is in stock, not how many or at which centre.
- Customers are told their click and collect order is ready by email only; we cannot send text
  messages from Shopwell.
- Click and collect orders are picked from the shop floor with a printed pick list; there is no
  picking app.
- Nobody owns product descriptions for plants online: they are written by whoever has time, and
  2,100 of our 6,400 online plant lines have no description.

## Garden Club: ClubHouse

ClubHouse holds the Garden Club's 212,000 active members (348,000 on the books) and their points.

- Members carry a plastic card or a key fob; there is no Garden Club app.
- Members cannot see their points balance online.
- Club emails may go only to members who opted in to them, 58% of active members.
- Points expire 12 months after they are earned.

## Reporting: Greenhouse

Greenhouse is our reporting database. It is fed each night from Orchard EPOS, Kitchenline,
Shopwell and ClubHouse, and the weekly trading pack is built from it. Greenhouse keeps till
transactions for three years; older transactions are summarised by week. The Data and Insight
Analyst is the only person who writes reports from it.

## Plant losses and waste

Plant losses are written on paper loss sheets at every centre and keyed into Orchard once a week
by the centre office. Sheets are often keyed late in the spring peak, when the offices are
busiest. Waste plants go to the compost bays at each centre; nobody weighs them.

Café food waste is weighed at 4 of the 18 cafés only (Bridgnorth, Ludlow, Stafford and
Abergavenny).

## Nursery

Wyre Hollow plans its growing programme in a spreadsheet kept by the nursery's production
planner. The nursery cannot see centres' sales by plant line: it sees only the orders the plant
buying team sends each Monday. Both glasshouses are full from February to May, so the nursery
cannot grow more for the spring until a second heated glasshouse is built.

## Warehouse and fleet

Hoobrook has no warehouse management system; stock is tracked on bin cards and counted in Orchard
once a month. The fleet is 11 vans and 3 lorries. Two of the lorries are leased until March
2030. We have no route planning tool for home delivery: the Logistics Manager plans the vans'
routes by hand each afternoon for the next day. The Danish trolleys that carry plants between the
nursery, Hoobrook and the centres are not tracked, and about 300 are lost each year.

## Networks and handhelds

Every centre has Wi-Fi on the shop floor. At 14 centres the Wi-Fi does not reach the outdoor plant
areas, so a handheld there works only indoors. Each centre has two handhelds, used for stock
counts only.

## People systems

Colleague records are kept in PeopleLine. Seasonal colleagues' records are deleted 90 days after
their contract ends, so we cannot see who worked for us last season or invite them back.
Rotas are written in a spreadsheet at each centre; there is no rota system.

## Plant-care advice line

The advice line is staffed from 9:00 to 17:00 on weekdays only; calls out of hours go to a
voicemail box that is checked the next working day. Calls are not logged in any system: the
horticulturists keep a tally sheet of calls answered and calls missed.

## Change windows

No system change may go live at a centre between 1 March and 31 May or between 1 November and 24
December, our two trading peaks.
"""

MEASURES = """
# Growing Together: measure definitions

Owner of this document: Data and Insight Analyst, for the Programme Manager, Growing Together.
Baselines are FY2027/28 (February 2027 to January 2028) unless a line says otherwise. Our trading
year runs from February to January.

| Measure | Definition | Source | Baseline | Owner |
|---|---|---|---|---|
| Like-for-like sales growth | Sales excluding VAT of centres open for all of both years, cafés and online orders collected at the centre included, against the year before | Greenhouse | +1.2% | Finance Director |
| Plant waste | Cost of plants thrown away or composted, over plant sales at cost | Orchard loss entries, keyed from the paper loss sheets | 11.8% | Head of Plant Buying and Availability |
| Plants grown at Wyre Hollow | Plants sold in the centres that Wyre Hollow grew, share of all plants sold by units | Orchard supplier codes | 40% | Nursery General Manager, Wyre Hollow |
| Online share of sales | Online orders (click and collect and home delivery) over all sales excluding VAT | Shopwell and Greenhouse | 4.1% | Head of Ecommerce |
| Click and collect ready within 2 hours | Orders whose 'ready to collect' email went within 2 hours of the order, in opening hours | Shopwell | 38% | Head of Ecommerce |
| Café covers a week | Paid café bills in the 18 cafés, weekly average | Kitchenline | 41,500 | Head of Food and Cafés |
| Active Garden Club members | Members who used their card in the last 12 months | ClubHouse | 212,000 | Head of Customer and Garden Club |
| Club members' share of sales | Sales on a club card over all sales at the tills | ClubHouse and Greenhouse | 46% | Head of Customer and Garden Club |
| Advice line calls answered within 3 minutes | Calls answered within 3 minutes over all calls, March to May | Tally sheets | 39% | Head of Customer and Garden Club |
| Seasonal colleagues who come back | Seasonal colleagues who return the next season, over those who worked the season | None | Not measured | People Director |

Notes:

- The plant waste baseline is probably understated: the loss sheets are keyed late in spring and
  some losses are never written down.
- Café covers exclude the Christmas grotto breakfasts, which are sold as tickets online.
- The seasonal returners measure cannot be counted while seasonal colleagues' records are deleted
  after the season; the colleague survey's 44% is what colleagues say they intend, not what they
  do.
- The advice line figure is for spring only, from the tally sheets; there is no figure for the
  rest of the year.
"""

TERMS = """
# Growing Together steering group: terms of reference

Approved by the Board, 13 December 2028.

## Purpose

The steering group directs the Growing Together programme for the Board: it takes the gate
decisions the Board delegates to it, releases each phase's budget within the amount the Board
approved, and reports to the Board every quarter.

## Members

- Managing Director (chair and sponsor)
- Retail Operations Director
- Finance Director
- People Director
- Head of IT and Systems
- Programme Manager, Growing Together (secretary)

Pillar owners attend for their items. The Chair of the Thornbury Colleague Forum and the Family
Shareholders' Representative receive the papers and may attend for consultation items; they do
not vote.

## Decisions

- Gates 1 to 3 are decided by the chair on the steering group's advice.
- Any change to the budget above £250,000 needs the Board's approval.
- Any single commitment over £1m, and any borrowing, needs the family shareholders' consent at a
  shareholders' meeting, which must be called with 21 days' notice.
- The Board delegates no decision on the dividend; it proposes the dividend and the family
  shareholders decide it.

## Meetings

Monthly, on the first Tuesday. The quarterly report goes to the Board in February, May, August and
November.
"""

FORUM = """
# Thornbury Colleague Forum: agreement extract

The Colleague Forum is the elected body of colleagues at Thornbury Gardens. We do not recognise a
trade union; the Forum is how colleagues are consulted. Each centre, the nursery and Hoobrook
elects one representative; the representatives elect a chair.

## What must be consulted

- The Forum must be consulted before any change to rotas, hours, duties or roles at a centre, the
  nursery or Hoobrook.
- Consultation starts at least 30 days before the change takes effect, and the Forum's written
  response goes to the steering group before the decision.
- A change that affects more than one centre is consulted on once for all of them, through the
  Forum chair.
- New devices that record what a colleague does, such as handhelds that log who recorded a loss,
  must be explained to the Forum before they are used.

## What the Forum does not do

The Forum gives views and may ask for changes; it does not approve or veto, and it owns no
programme work.

## Seasonal colleagues

Seasonal colleagues may stand for the Forum but seldom do; the Forum has asked that seasonal
colleagues be invited back each year before new recruitment starts.
"""

SURVEY = """
# Customer survey, autumn 2028: summary

Run by the Head of Customer and Garden Club, 2 to 31 October 2028, by email to Garden Club
members who opted in and on cards at the tills. 3,870 replies. The survey runs once a year, in the
autumn only.

## What customers said

- 71% rate our plants excellent; 8% say plants were past their best when they bought them.
- 38% rate café queues poor at weekends; the longest queues are at Ludlow, Stafford and
  Bridgnorth.
- 1 in 5 click and collect customers had an item missing from their order.
- 62% of members would use an app for their club card; 29% would not use an app at all.
- Members asked most often for points in the cafés and for a reminder of what to do in the
  garden each month.
- Customers in Wales asked for more bilingual signs; 11% of Welsh replies were in Welsh.

## Limits of the survey

The survey reaches only customers who opted in to club emails or pick up a card, so it hears
little from customers who are not members. It is not broken down by centre for the 6 centres with
fewer than 100 replies.
"""

CENTRES = """
# Centres list

As at January 2029. EPOS link = Orchard EPOS stock linked to the online shop.

| Centre | Region | Café | EPOS link | Opened |
|---|---|---|---|---|
| Bridgnorth | Severn and Marches | Yes, 120 seats | No | 1994 |
| Ludlow | Severn and Marches | Yes, 140 seats | Yes | 1988 |
| Shrewsbury | Severn and Marches | Yes, 160 seats | Yes | 2001 |
| Telford | Severn and Marches | Yes, 90 seats | No | 2009 |
| Leominster | Severn and Marches | No | No | 1979 |
| Church Stretton | Severn and Marches | No | No | 1983 |
| Oswestry | Severn and Marches | Yes, 80 seats | No | 2012 |
| Welshpool | Severn and Marches | No | No | 1991 |
| Kidderminster | Worcester and Heart of England | Yes, 150 seats | Yes | 1968 |
| Bewdley | Worcester and Heart of England | Yes, 110 seats | Yes | 1975 |
| Worcester | Worcester and Heart of England | Yes, 180 seats | Yes | 1998 |
| Evesham | Worcester and Heart of England | Yes, 100 seats | No | 2004 |
| Stafford | Worcester and Heart of England | Yes, 170 seats | Yes | 2006 |
| Lichfield | Worcester and Heart of England | Yes, 130 seats | No | 2015 |
| Stratford-upon-Avon | Worcester and Heart of England | Yes, 150 seats | Yes | 2010 |
| Ledbury | Worcester and Heart of England | Yes, 90 seats | No | 2027 |
| Monmouth | Wales | Yes, 110 seats | No | 1986 |
| Abergavenny | Wales | Yes, 120 seats | Yes | 1997 |
| Brecon | Wales | No | No | 1990 |
| Chepstow | Wales | Yes, 100 seats | No | 2003 |
| Newport | Wales | Yes, 140 seats | Yes | 2008 |
| Llandrindod Wells | Wales | No | No | 1985 |
| Builth Wells | Wales | No | No | 1993 |
| Cowbridge | Wales | Yes, 120 seats | No | 2014 |
"""

BRIDGNORTH = """
Bridgnorth garden centre: profile for the Growing Together pilot
Prepared by the Regional Manager, Severn and Marches, January 2029.

Bridgnorth is a mid-sized centre on the edge of the town: sales of £5.9m in FY2027/28, a café of
120 seats, 64 colleagues (98 at the spring peak) and 9,800 active club members.

The Orchard EPOS at Bridgnorth is one of the six oldest installations, and its supplier support
ends in October 2030.

Bridgnorth's EPOS is not linked to the online shop; its online stock comes from the nightly file.

The outdoor plant area is on two levels and the Wi-Fi does not reach the lower level, where most
of the shrubs and trees are sold.

The café kitchen was refitted in 2022. The café cannot add seats without planning permission from
Shropshire Council, because the building is in the conservation area.

The Wyre Hollow van calls on Monday, Wednesday and Friday. Bridgnorth's plant losses are keyed in
by the centre office on Tuesdays.

Bridgnorth takes about 60 click and collect orders a week, picked by whoever is on the tills.

The centre's Colleague Forum representative has asked to see the handhelds before any training
is planned.
"""

GLASSHOUSE = """
From: Nursery General Manager, Wyre Hollow
To: Programme Manager, Growing Together; Finance Director
Date: 9 January 2029
Subject: Second glasshouse - tender and planning

Both of our glasshouses are full from February to May, so we cannot grow more for the spring until
the second heated glasshouse is built.

The second glasshouse needs planning permission from Wyre Forest District Council; we expect a
decision 13 weeks after we apply.

Building can only start after the summer sales are cleared in July, so if the tender goes out in
March 2029 the earliest the glasshouse can be planted is February 2031.

The glasshouse needs a new gas connection, and the gas network's quote is valid until 30 June
2029 only.

We have the growers to run it: no new nursery posts are needed for the first year.
"""

ORG_TEXT = {
    "org/systems/systems-and-sites-inventory.md": SYSTEMS,
    "org/measures/growing-together-measure-definitions.md": MEASURES,
    "org/governance/growing-together-steering-group-terms-of-reference.md": TERMS,
    "org/governance/colleague-forum-agreement-extract.md": FORUM,
    "org/context/customer-survey-summary-autumn-2028.md": SURVEY,
    "org/context/centres-list.md": CENTRES,
    "org/context/bridgnorth-centre-profile.txt": BRIDGNORTH,
    "org/context/email-2029-01-09-second-glasshouse.txt": GLASSHOUSE,
}


# =========================================================================== the shareholders' letter (DOCX)

LETTER_PARAS = [
    ("Thornbury Gardens Ltd", "Title"),
    ("To the family shareholders", "Heading 1"),
    ("14 December 2028", None),
    ("Dear all,", None),
    (
        "The Board will bring its three-year plan, Growing Together, to the shareholders' meeting on "
        "24 January 2029. This letter sets out what we will ask of you and why, so that you have "
        "time to talk it over in the family council before the meeting.",
        None,
    ),
    (
        "The plan asks for £14.6m over three trading years. We would pay for it from cash and a £6m "
        "facility with our bank. Under the articles, any borrowing needs your consent at a "
        "shareholders' meeting.",
        None,
    ),
    (
        "We will also ask you to hold the dividend at £2.1m a year for two years. The family council "
        "has said that it will not accept a dividend below £2.1m in any year.",
        None,
    ),
    (
        "Several of you asked about a new centre at Cardiff Bay. The Board looked at it and has set "
        "it aside for now: it would need £11m that the plan needs first.",
        None,
    ),
    (
        "The family council has asked that the plan keep Wyre Hollow as our own nursery and that no "
        "part of it be sold or leased to another grower.",
        None,
    ),
    (
        "Your representative has seen the plan in draft and will speak for you at the steering group "
        "between meetings.",
        None,
    ),
    ("With best wishes,", None),
    ("Chair of the Board, Thornbury Gardens Ltd", None),
]


def build_letter() -> bytes:
    doc = Document()
    for text, style in LETTER_PARAS:
        p = doc.add_paragraph(text, style=style) if style else doc.add_paragraph(text)
        if style is None:
            for r in p.runs:
                r.font.size = DocPt(11)
    return ooxml_bytes(
        doc,
        DOCX_STAMP,
        title="Letter to the family shareholders",
        author="Office of the Chair",
        last_modified_by="Office of the Chair",
        revision=3,
        created=dt.datetime(2028, 12, 11, 15, 2, 0),
        modified=dt.datetime(2028, 12, 14, 9, 30, 0),
        language="en-GB",
    )


def build(out: Path) -> None:
    root = out / CASE
    files: dict[str, str | bytes] = {
        DECK: build_deck(),
        ROSTER: build_roster(),
        LETTER: build_letter(),
    }
    files.update(ORG_TEXT)
    write_files(root, files)


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
