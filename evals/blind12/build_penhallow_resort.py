# mypy: disable-error-code="attr-defined,union-attr,index,arg-type,assignment,operator"
"""Build the blind12 case ``penhallow-resort``: its deck and its org folder, deterministically.

Run from the repository root with the project's venv (python-pptx, python-docx, Pillow, lxml):

    .venv/bin/python evals/blind12/build_penhallow_resort.py [out]

Writes, under ``evals/blind12/penhallow-resort/`` (or ``<out>/penhallow-resort/``):

- ``Penhallow-2031-Board-October-2028.pptx``: a coastal holiday resort's three-season plan, a
  16:9 deck as CANVA's "Download as PowerPoint" writes it: 1920 x 1080 px (18288000 x
  10287000 EMU), one slide master with one blank layout and no placeholders anywhere, every
  text element its own text box (titles too), most boxes with autofit off and explicit sizes
  and zero insets, cards drawn as GROUPS (a rectangle and two text boxes), small solid PNG
  pictures behind text, big-number tiles (the number, then its label) and a native table for
  the KPIs, a roadmap drawn as rows of rectangles on a season grid (the resort's seasons run
  November to October), and ``docProps/app.xml`` naming Canva as the application.
- ``org/``: the intranet's "Who's who" page saved as HTML (``people/who-is-who.html``), the
  transformation board's terms of reference, a union recognition agreement extract (DOCX), the
  seasonal staff forum's constitution, the systems inventory, the measure definitions, the
  licensing and planning notes, the tourism board partnership note, an estates note and a
  lodge operations note.

Re-running it rewrites every file byte for byte: the PPTX and the DOCX through
``evals/dev16/_build.py`` (fixed ZIP entry times and document dates; the deck's app.xml is
replaced by a fixed one), the PNG pictures drawn by Pillow (solid colours, no text, no
timestamps), the text files as literal strings. It never touches ``gold.json``.

This is a BLIND case (split "blind12").
"""

from __future__ import annotations

import io
import sys
import zipfile
from collections.abc import Sequence
from pathlib import Path

from docx import Document
from docx.shared import Pt as DPt
from PIL import Image
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE, PP_ALIGN
from pptx.opc.packuri import PackURI
from pptx.oxml.ns import qn
from pptx.util import Emu, Pt

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals.dev16._build import Stamp, normalize_zip, ooxml_bytes, write_files  # noqa: E402

HERE = Path(__file__).resolve().parent
CASE = "penhallow-resort"
DECK = "Penhallow-2031-Board-October-2028.pptx"
ROSTER = "org/people/who-is-who.html"
DECK_STAMP = Stamp((2028, 10, 10, 9, 41, 27), "2028-10-10T09:41:27Z")
DOCX_STAMP = Stamp((2026, 3, 4, 15, 2, 10), "2026-03-04T15:02:10Z")

PX = 9525  # EMU per Canva pixel
W, H = 1920, 1080
N_SLIDES = 17

SEA = "0E4C5A"
SAND = "F3E9D8"
FOAM = "E4F1F0"
CORAL = "E2725B"
INK = "1D2B30"
GREY = "5E6B6F"
WHITE = "FFFFFF"
HEAD_FONT = "Montserrat"
BODY_FONT = "Open Sans"
FOOT = "Penhallow 2031 \u00b7 Board, 17 October 2028"

APP_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"'
    ' xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    "<TotalTime>0</TotalTime><Words>0</Words><Application>Canva</Application>"
    "<PresentationFormat>Custom</PresentationFormat><Paragraphs>0</Paragraphs>"
    f"<Slides>{N_SLIDES}</Slides><Notes>0</Notes><HiddenSlides>0</HiddenSlides>"
    "<MMClips>0</MMClips><ScaleCrop>false</ScaleCrop><LinksUpToDate>false</LinksUpToDate>"
    "<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged>"
    "<AppVersion>1.0000</AppVersion></Properties>"
)


# =========================================================================== drawing helpers


def _rgb(hexstr: str) -> RGBColor:
    return RGBColor.from_string(hexstr)


def png(color: str, size: tuple[int, int] = (8, 8)) -> bytes:
    """A small solid PNG (Pillow writes no timestamp)."""
    buf = io.BytesIO()
    Image.new("RGB", size, tuple(int(color[i : i + 2], 16) for i in (0, 2, 4))).save(
        buf, format="PNG"
    )
    return buf.getvalue()


def picture(shapes, x, y, w, h, color: str):
    """A picture behind text, as Canva exports a photo or a texture: a tiny PNG stretched."""
    return shapes.add_picture(
        io.BytesIO(png(color)), Emu(x * PX), Emu(y * PX), Emu(w * PX), Emu(h * PX)
    )


def _fill(tf, paras: Sequence[str], size, bold, color, font, align, spacing=None) -> None:
    for i, text in enumerate(paras):
        p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
        p.alignment = align
        if spacing is not None:
            p.space_after = Pt(spacing)
        run = p.add_run()
        run.text = text
        f = run.font
        f.size = Pt(size)
        f.bold = bold
        f.name = font
        f.color.rgb = _rgb(color)


def tb(
    shapes,
    x,
    y,
    w,
    h,
    paras: Sequence[str] | str,
    size: float = 20,
    *,
    bold: bool = False,
    color: str = INK,
    font: str = BODY_FONT,
    align=PP_ALIGN.LEFT,
    fit: bool = False,
    spacing: float | None = None,
):
    """A Canva text box: zero insets, wrapped, autofit off (``fit`` turns shape-to-fit on)."""
    if isinstance(paras, str):
        paras = [paras]
    box = shapes.add_textbox(Emu(x * PX), Emu(y * PX), Emu(w * PX), Emu(h * PX))
    tf = box.text_frame
    tf.word_wrap = True
    tf.auto_size = MSO_AUTO_SIZE.SHAPE_TO_FIT_TEXT if fit else MSO_AUTO_SIZE.NONE
    for side in ("left", "right", "top", "bottom"):
        setattr(tf, f"margin_{side}", 0)
    tf.vertical_anchor = MSO_ANCHOR.TOP
    _fill(tf, paras, size, bold, color, font, align, spacing)
    return box


def rect(shapes, x, y, w, h, fill: str, text: Sequence[str] | str = (), size=16, **kw):
    """A filled rectangle, optionally with its own text (a roadmap bar)."""
    shp = shapes.add_shape(MSO_SHAPE.RECTANGLE, Emu(x * PX), Emu(y * PX), Emu(w * PX), Emu(h * PX))
    shp.fill.solid()
    shp.fill.fore_color.rgb = _rgb(fill)
    shp.line.fill.background()
    shp.shadow.inherit = False
    if isinstance(text, str):
        text = [text]
    if text:
        tf = shp.text_frame
        tf.word_wrap = True
        tf.auto_size = MSO_AUTO_SIZE.NONE
        for side in ("left", "right"):
            setattr(tf, f"margin_{side}", Emu(12 * PX))
        for side in ("top", "bottom"):
            setattr(tf, f"margin_{side}", Emu(6 * PX))
        tf.vertical_anchor = MSO_ANCHOR.MIDDLE
        _fill(
            tf,
            text,
            size,
            kw.get("bold", False),
            kw.get("color", WHITE),
            BODY_FONT,
            kw.get("align", PP_ALIGN.LEFT),
        )
    return shp


def card(shapes, x, y, w, h, head: str, body: str, *, fill=WHITE, head_color=SEA, hs=24, bs=18):
    """A Canva card: a GROUP of a rectangle and two text boxes (heading, body)."""
    g = shapes.add_group_shape()
    rect(g.shapes, x, y, w, h, fill)
    tb(g.shapes, x + 28, y + 24, w - 56, 70, head, hs, bold=True, color=head_color, font=HEAD_FONT)
    tb(g.shapes, x + 28, y + 24 + 80, w - 56, h - 130, body, bs, color=INK)
    return g


def tile(shapes, x, y, w, number: str, label: str, *, ncolor=SEA, lcolor=INK, ns=66, ls=19):
    """A big-number tile: the number's text box, then the label's."""
    tb(shapes, x, y, w, 90, number, ns, bold=True, color=ncolor, font=HEAD_FONT)
    tb(shapes, x, y + 100, w, 90, label, ls, color=lcolor)


def frame(prs, n: int, eyebrow: str, title: str, subtitle: str | None = None, *, bg=WHITE):
    """A slide on the one blank layout, its background, eyebrow, counter, title and footer."""
    slide = prs.slides.add_slide(prs.slide_layouts[0])
    slide.background.fill.solid()
    slide.background.fill.fore_color.rgb = _rgb(bg)
    sh = slide.shapes
    tb(sh, 96, 60, 900, 34, eyebrow, 15, bold=True, color=CORAL, font=HEAD_FONT)
    tb(sh, 1624, 60, 200, 34, f"{n:02d} / {N_SLIDES}", 15, color=GREY, align=PP_ALIGN.RIGHT)
    tb(sh, 96, 104, 1728, 90, title, 44, bold=True, color=SEA, font=HEAD_FONT, fit=True)
    if subtitle:
        tb(sh, 96, 200, 1728, 44, subtitle, 21, color=GREY)
    tb(sh, 96, 1012, 1200, 30, FOOT, 13, color=GREY)
    return slide


# =========================================================================== the slides


def s01_cover(prs):
    slide = prs.slides.add_slide(prs.slide_layouts[0])
    sh = slide.shapes
    picture(sh, 0, 0, 1920, 1080, "2F7F8C")  # the bay at dusk (a photo in the Canva design)
    picture(sh, 0, 620, 1920, 460, SEA)
    tb(sh, 120, 150, 1200, 40, "PENHALLOW BAY RESORT", 20, bold=True, color=SAND, font=HEAD_FONT)
    tb(sh, 120, 220, 1500, 170, "Penhallow 2031", 110, bold=True, color=WHITE, font=HEAD_FONT)
    tb(sh, 120, 410, 1500, 80, "One resort, every season", 44, color=SAND, font=HEAD_FONT)
    tb(
        sh,
        120,
        700,
        1500,
        50,
        "Our plan for Seasons 2029 to 2031 \u00b7 Board meeting, 17 October 2028",
        26,
        color=WHITE,
    )
    tb(
        sh,
        120,
        770,
        1500,
        44,
        "Prepared by the Managing Director and the senior leadership team",
        20,
        color=FOAM,
    )
    tb(
        sh,
        120,
        960,
        1200,
        36,
        "Penhallow Leisure Ltd \u00b7 St Kessa, North Carrow",
        16,
        color=FOAM,
    )


def s02_numbers(prs):
    slide = frame(
        prs,
        2,
        "01 \u00b7 WHERE WE ARE",
        "Season 2028 in numbers",
        "November 2027 to October 2028",
    )
    sh = slide.shapes
    picture(sh, 96, 280, 1728, 620, FOAM)
    tiles = [
        ("1,100", "people on our payroll in August; 640 in January"),
        ("442", "units to let: 300 lodges and 142 hotel rooms"),
        ("41%", "of lodges let on an average night from November to March (88% May to October)"),
        ("52%", "of room and lodge nights came through our own website or phone line"),
        ("\u00a338.6m", "revenue, 71% of it earned between May and October"),
        ("38%", "of last summer's seasonal team came back this year"),
        ("+31", "Net Promoter Score, from hotel guests only"),
        ("\u00a32.9m", "spent on energy, up 64% in two years"),
    ]
    for i, (num, label) in enumerate(tiles):
        x = 140 + (i % 4) * 425
        y = 320 + (i // 4) * 290
        tile(sh, x, y, 380, num, label)
    tb(
        sh,
        96,
        930,
        1728,
        60,
        "Source: Season 2028 management accounts (unaudited), RoomKey and LodgeLink reports, "
        "the post-stay survey and PeopleHub.",
        14,
        color=GREY,
    )


def s03_challenges(prs):
    slide = frame(
        prs,
        3,
        "01 \u00b7 WHERE WE ARE",
        "What is holding us back",
        "Five things the leadership team, our guests and our staff told us this year",
    )
    sh = slide.shapes
    cards = [
        (
            "A summer business with a winter cost base",
            "From November to March we keep the hotel, the spa and most lodges open, but half "
            "the lodges stand empty midweek and the waterpark closes at 6pm.",
        ),
        (
            "Three systems and no single guest",
            "Hotel rooms are booked in RoomKey, lodges in LodgeLink, and the spa and restaurants "
            "run their own tills: we cannot see what one family spends with us.",
        ),
        (
            "Paying the agencies",
            "48% of our nights come through online travel agents at 15% to 18% commission.",
        ),
        (
            "Starting again every spring",
            "We hire about 460 seasonal staff a year and two in three are new to us, so every "
            "Easter begins with inductions.",
        ),
        (
            "Rising energy bills",
            "The waterpark alone uses 41% of our energy, and the lodges are not metered one by "
            "one.",
        ),
    ]
    xs = [96, 448, 800, 1152, 1504]
    for x, (head, body) in zip(xs, cards, strict=True):
        card(sh, x, 290, 320, 620, head, body, fill=SAND, hs=22, bs=18)


def s04_ambition(prs):
    slide = frame(prs, 4, "02 \u00b7 AMBITION", "Our ambition")
    sh = slide.shapes
    picture(sh, 96, 230, 1728, 230, SEA)
    tb(sh, 150, 260, 600, 40, "Our north star", 20, bold=True, color=SAND, font=HEAD_FONT)
    tb(
        sh,
        150,
        310,
        1620,
        120,
        "Penhallow is the coast's favourite resort in every season, not just the summer.",
        40,
        bold=True,
        color=WHITE,
        font=HEAD_FONT,
    )
    tb(
        sh,
        96,
        500,
        1728,
        44,
        "By the end of Season 2031 (October 2031) we will:",
        24,
        bold=True,
        color=INK,
    )
    promises = [
        ("Fill the quiet months", "Sell 60% of lodge nights from November to March, up from 41%."),
        (
            "Know every guest",
            "Hold one record for every guest across rooms, lodges, spa, restaurants and the "
            "waterpark.",
        ),
        ("Bring our people back", "See six in ten of our seasonal team return each year."),
    ]
    for i, (head, body) in enumerate(promises):
        card(sh, 96 + i * 586, 570, 556, 300, head, body, fill=FOAM)
    tb(
        sh,
        96,
        900,
        1728,
        44,
        "And do it all using a fifth less energy for every night we sell.",
        22,
        color=SEA,
    )


def s05_tiles(prs):
    slide = frame(
        prs,
        5,
        "03 \u00b7 GOALS",
        "Season 2031 goals at a glance",
        "Targets for the end of Season 2031 (October 2031) unless shown otherwise",
    )
    sh = slide.shapes
    tiles = [
        ("60%", "lodge nights sold November to March, by Winter 30/31"),
        ("70%", "of nights booked direct"),
        ("+45", "resort-wide Net Promoter Score"),
        ("60%", "seasonal team returning, by Summer 31"),
        ("\u00a3260", "on-resort spend per lodge stay"),
        ("\u201320%", "energy per occupied night"),
    ]
    for i, (num, label) in enumerate(tiles):
        x = 96 + (i % 3) * 586
        y = 300 + (i // 3) * 330
        picture(sh, x, y, 556, 290, SAND)
        tile(sh, x + 36, y + 40, 484, num, label, ns=80, ls=22)


KPI_ROWS = [
    ("Lodge occupancy, November to March", "41%", "60%", "Winter 30/31"),
    ("Share of room and lodge nights booked direct", "52%", "70%", "Season 2031"),
    ("Resort Net Promoter Score (all guests)", "+31 (hotel guests only)", "+45", "Season 2031"),
    ("Seasonal staff returning the next season", "38%", "60%", "Summer 31"),
    ("On-resort spend per lodge stay", "\u00a3212", "\u00a3260", "Season 2031"),
    ("Energy per occupied night", "96 kWh", "77 kWh (\u201320%)", "Season 2031"),
    ("Waterpark peak-day queue for rides", "35 minutes", "Under 15 minutes", "Summer 30"),
    ("Penhallow Club members", "\u2013", "To be set at launch", "Launch in Summer 30"),
]


def s06_kpi_table(prs):
    slide = frame(
        prs,
        6,
        "03 \u00b7 GOALS",
        "How we will measure it",
        "Eight measures, reported to the Transformation Board every month",
    )
    sh = slide.shapes
    rows, cols = len(KPI_ROWS) + 1, 4
    gf = sh.add_table(rows, cols, Emu(96 * PX), Emu(270 * PX), Emu(1728 * PX), Emu(640 * PX))
    table = gf.table
    widths = [760, 360, 340, 268]
    for i, w in enumerate(widths):
        table.columns[i].width = Emu(w * PX)
    head = ["Measure", "Baseline (Season 2028)", "Target", "By when"]
    for r, values in enumerate([head, *KPI_ROWS]):
        table.rows[r].height = Emu(70 * PX)
        for c, value in enumerate(values):
            cell = table.cell(r, c)
            cell.fill.solid()
            cell.fill.fore_color.rgb = _rgb(SEA if r == 0 else (FOAM if r % 2 else WHITE))
            tf = cell.text_frame
            tf.paragraphs[0].text = ""
            _fill(
                tf,
                [value],
                18 if r else 17,
                r == 0 or c == 2,
                WHITE if r == 0 else INK,
                BODY_FONT,
                PP_ALIGN.LEFT,
            )
    tb(
        sh,
        96,
        935,
        1728,
        50,
        "Baselines are Season 2028 (November 2027 to October 2028). The Net Promoter Score so far "
        "covers hotel guests only.",
        14,
        color=GREY,
    )


def s07_pillars(prs):
    slide = frame(
        prs,
        7,
        "04 \u00b7 HOW WE GET THERE",
        "Four pillars",
        "Each pillar has a lead on the Transformation Board",
    )
    sh = slide.shapes
    pillars = [
        (
            "Fill the quiet months",
            "Give families, couples and groups reasons to come from November to March.",
        ),
        (
            "Book direct, know our guests",
            "One booking system, one guest record and a loyalty scheme worth joining.",
        ),
        (
            "Great seasons for our people",
            "Make Penhallow the place seasonal staff want to come back to.",
        ),
        (
            "Lighter on the coast",
            "Use less energy and waste less food for every guest night.",
        ),
    ]
    for i, (head, body) in enumerate(pillars):
        x = 96 + i * 438
        tb(sh, x, 280, 400, 70, f"0{i + 1}", 48, bold=True, color=CORAL, font=HEAD_FONT)
        card(sh, x, 360, 408, 430, head, body, fill=FOAM)
    rect(
        sh,
        96,
        830,
        1728,
        120,
        SEA,
        "Foundations: RoomKey for the hotel and every lodge \u00b7 guest data in Lighthouse \u00b7 "
        "a Transformation Board that meets monthly",
        20,
    )


def pillar_slide(prs, n: int, num: str, title: str, actions: Sequence[str], goal: str, lead: str):
    slide = frame(prs, n, f"04 \u00b7 PILLAR {num}", title)
    sh = slide.shapes
    picture(sh, 1344, 230, 480, 700, SAND)
    tb(sh, 96, 240, 1180, 40, "What we will do", 24, bold=True, color=SEA, font=HEAD_FONT)
    tb(sh, 96, 300, 1180, 640, list(actions), 21, color=INK, spacing=14)
    tb(sh, 1384, 270, 400, 40, "Our goal", 22, bold=True, color=CORAL, font=HEAD_FONT)
    tb(sh, 1384, 330, 400, 300, goal, 28, bold=True, color=SEA, font=HEAD_FONT)
    tb(sh, 1384, 800, 400, 100, lead, 18, color=INK)
    return slide


def s08_quiet_months(prs):
    pillar_slide(
        prs,
        8,
        "1",
        "Fill the quiet months",
        [
            "Launch three- and four-night winter short breaks in all 300 lodges from November "
            "2029, priced by day of the week.",
            "Open the Surfside Waterpark until 8pm on winter Fridays and Saturdays from Winter "
            "29/30.",
            "Sell midweek conference and team-away packages in the Longbarn from January 2030, "
            "with lodges as the bedrooms.",
            "Put a Spa and Stay package (a Kelpwater Spa treatment with a hotel or lodge night) on "
            "sale every winter weekend.",
            "Run a joint 'Winter on the North Carrow Coast' campaign with Visit North Carrow in "
            "Winter 29/30 and Winter 30/31.",
            "Bring in revenue management software for lodge pricing by September 2029.",
        ],
        "60% of lodge nights sold November to March by Winter 30/31",
        "Lead: Commercial Director, with the Resort Operations Director",
    )


def s09_book_direct(prs):
    pillar_slide(
        prs,
        9,
        "2",
        "Book direct, know our guests",
        [
            "Move Trevissick Woods' 96 lodges from LodgeLink onto RoomKey for Summer 29, and the "
            "other 204 lodges by November 2030.",
            "Relaunch the booking engine so guests can book a lodge, a spa slot, a table and "
            "waterpark sessions in one basket, by March 2030.",
            "Connect the spa system and the restaurant tills to the guest folio, so every spend "
            "lands on one bill.",
            "Build a single guest record in Lighthouse, our data warehouse, from RoomKey, the "
            "tills and the spa.",
            "Design the Penhallow Club loyalty scheme in Summer 29 and launch it in Summer 30 if "
            "the Board agrees.",
            "Offer a best-price promise and free late checkout on our own website from Easter "
            "2029.",
        ],
        "70% of nights booked direct by Season 2031",
        "Lead: Commercial Director, with the Head of Digital & Systems",
    )


def s10_people(prs):
    pillar_slide(
        prs,
        10,
        "3",
        "Great seasons for our people",
        [
            "Offer every seasonal colleague who finishes the season a guaranteed place next year "
            "and a \u00a3300 returner's bonus, from Summer 29.",
            "Turn 80 seasonal posts into year-round contracts as winter trade grows: 40 in Winter "
            "29/30 and 40 in Winter 30/31.",
            "Refurbish Trewarren House to give 46 staff beds by Easter 2030.",
            "Roll out one rota app to every team, replacing the paper rotas in lodge "
            "housekeeping and the waterpark.",
            "Induct every seasonal starter through Penhallow Academy in two days, before their "
            "first shift.",
        ],
        "60% of the seasonal team returning by Summer 31",
        "Lead: Head of People",
    )


def s11_lighter(prs):
    pillar_slide(
        prs,
        11,
        "4",
        "Lighter on the coast",
        [
            "Fit meters to every lodge and every kitchen by October 2029, so we know where our "
            "energy goes.",
            "Replace the waterpark's gas boilers with air-source heat pumps during the Winter "
            "29/30 closure weeks.",
            "Weigh food waste in every kitchen every day from Summer 29.",
            "Switch all lodge and hotel lighting to LED by April 2030.",
        ],
        "20% less energy per occupied night by Season 2031",
        "Lead: Estates & Sustainability Manager",
    )


def s12_roadmap(prs):
    slide = frame(
        prs,
        12,
        "05 \u00b7 ROADMAP",
        "Roadmap: three seasons, four phases",
    )
    sh = slide.shapes
    tb(
        sh,
        96,
        196,
        1728,
        36,
        "Our seasons run November to October: Season 2029 = November 2028 to October 2029. "
        "Winter = November to April, Summer = May to October.",
        17,
        color=GREY,
    )
    x0, cw = 376, 241  # six season-half columns after a 280 px label column
    for i, name in enumerate(["Season 2029", "Season 2030", "Season 2031"]):
        rect(
            sh,
            x0 + i * 2 * cw,
            250,
            2 * cw - 6,
            40,
            SEA,
            name,
            16,
            bold=True,
            align=PP_ALIGN.CENTER,
        )
    halves = ["Winter 28/29", "Summer 29", "Winter 29/30", "Summer 30", "Winter 30/31", "Summer 31"]
    for i, name in enumerate(halves):
        tb(sh, x0 + i * cw, 300, cw - 6, 30, name, 15, bold=True, color=SEA, align=PP_ALIGN.CENTER)

    def bar(row_y, c0, c1, text, fill, size=14, color=WHITE):
        rect(sh, x0 + c0 * cw, row_y, (c1 - c0) * cw - 6, 62, fill, text, size, color=color)

    labels = ["Phases", "Guests & selling", "Systems", "People", "Energy", "Gates"]
    ys = [340, 420, 500, 580, 660, 740]
    for y, label in zip(ys, labels, strict=True):
        tb(sh, 96, y + 16, 270, 40, label, 17, bold=True, color=INK)
    # phases
    bar(340, 0, 1, "Phase 1 \u00b7 Get ready", CORAL, 15)
    bar(340, 1, 3, "Phase 2 \u00b7 Prove it in Trevissick Woods", CORAL, 15)
    bar(340, 3, 5, "Phase 3 \u00b7 Roll out across the resort", CORAL, 15)
    bar(340, 5, 6, "Phase 4 \u00b7 Make it how we work", CORAL, 15)
    # guests and selling
    bar(420, 0, 1, "Winter campaign agreed with Visit North Carrow", "2F7F8C")
    bar(420, 2, 3, "Winter short breaks in Trevissick Woods", "2F7F8C")
    bar(420, 3, 4, "Penhallow Club launch", "2F7F8C")
    bar(420, 4, 5, "Winter short breaks in all three villages", "2F7F8C")
    # systems
    bar(500, 0, 1, "Trial migration, February 2029", SEA)
    bar(500, 1, 2, "Trevissick Woods lodges on RoomKey", SEA)
    bar(500, 2, 3, "Booking engine relaunch", SEA)
    bar(500, 3, 5, "All 300 lodges on RoomKey by November 2030", SEA)
    # people
    bar(580, 0, 1, "Returner offer sent", "7A9E7E")
    bar(580, 2, 3, "First 40 year-round contracts; Trewarren House open", "7A9E7E")
    bar(580, 3, 4, "Rota app in every team", "7A9E7E")
    bar(580, 4, 5, "Next 40 year-round contracts", "7A9E7E")
    # energy
    bar(660, 1, 2, "Meters on every lodge and kitchen", "B08D57")
    bar(660, 2, 3, "Waterpark heat pumps; LED lighting", "B08D57")
    # gates
    bar(740, 0, 1, "Gate 1 \u00b7 30 April 2029: ready to start the pilot?", INK, 13)
    bar(740, 2, 3, "Gate 2 \u00b7 30 April 2030: pilot pass marks met?", INK, 13)
    bar(740, 4, 5, "Gate 3 \u00b7 30 April 2031: on course for the Season 2031 targets?", INK, 13)
    tb(
        sh,
        96,
        840,
        1728,
        70,
        "The Transformation Board takes each gate decision. A phase does not start until its gate "
        "is passed.",
        18,
        color=INK,
    )


def s13_pilot(prs):
    slide = frame(
        prs,
        13,
        "05 \u00b7 PILOT",
        "Pilot: Trevissick Woods, May 2029 to April 2030",
    )
    sh = slide.shapes
    picture(sh, 96, 230, 540, 700, "7A9E7E")
    tb(sh, 130, 260, 480, 40, "Why Trevissick Woods", 24, bold=True, color=WHITE, font=HEAD_FONT)
    tb(
        sh,
        130,
        320,
        480,
        560,
        "96 lodges, our oldest village, open all year, next to the Gullrock Grill and a "
        "five-minute walk from the spa.",
        21,
        color=WHITE,
    )
    tb(sh, 690, 240, 560, 40, "What we will test", 24, bold=True, color=SEA, font=HEAD_FONT)
    tb(
        sh,
        690,
        300,
        560,
        620,
        [
            "All 96 lodges on RoomKey from 1 May 2029, with spa and Gullrock Grill spend on the "
            "guest's bill.",
            "Winter short breaks and Spa and Stay on sale for Winter 29/30.",
            "The rota app for the Trevissick Woods housekeeping team.",
            "Meters on all 96 lodges.",
            "A village host on duty in Trevissick Woods from 8am to 8pm.",
        ],
        19,
        color=INK,
        spacing=12,
    )
    g = sh.add_group_shape()
    rect(g.shapes, 1300, 230, 524, 700, FOAM)
    tb(
        g.shapes,
        1330,
        260,
        470,
        80,
        "Pass marks for Gate 2 (April 2030)",
        22,
        bold=True,
        color=CORAL,
        font=HEAD_FONT,
    )
    tb(
        g.shapes,
        1330,
        360,
        470,
        520,
        [
            "55% of Trevissick Woods lodge nights sold, November 2029 to March 2030",
            "65% of its nights booked direct",
            "No Friday changeover finished later than 4pm",
            "A Net Promoter Score of +40 from its lodge guests",
        ],
        18,
        color=INK,
        spacing=12,
    )
    tb(sh, 96, 950, 1200, 40, "Pilot lead: Lodges & Holiday Village Manager", 18, bold=True)


def s14_risks(prs):
    slide = frame(
        prs,
        14,
        "06 \u00b7 RISKS",
        "Risks and how we will handle them",
    )
    sh = slide.shapes
    risks = [
        (
            "LodgeLink's data does not move cleanly to RoomKey",
            "Mitigation: a trial migration of Trevissick Woods in February 2029, and LodgeLink "
            "kept read-only until November 2030.",
            "Likelihood: medium \u00b7 Impact: high",
        ),
        (
            "Winter demand does not come",
            "Mitigation: winter prices reviewed every fortnight; Dunes Edge stays closed in "
            "January if it is under 30% booked by 1 December.",
            "Likelihood: medium \u00b7 Impact: high",
        ),
        (
            "The returner's bonus costs more than it saves",
            "Mitigation: pay it in two halves, at Easter and at the end of August.",
            "Likelihood: low \u00b7 Impact: medium",
        ),
        (
            "Later waterpark opening is refused a licence",
            "Mitigation: apply to the Licensing Committee by March 2029 and talk to St Kessa "
            "residents first.",
            "Likelihood: medium \u00b7 Impact: medium",
        ),
        (
            "Heat pump works overrun into the Easter holidays",
            "Mitigation: order the heat pumps by June 2029 and keep the old boilers as standby "
            "until Summer 30.",
            "Likelihood: medium \u00b7 Impact: medium",
        ),
    ]
    for i, (risk, mitigation, rating) in enumerate(risks):
        x = 96 + (i % 3) * 586
        y = 250 + (i // 3) * 370
        card(sh, x, y, 556, 300, risk, mitigation, fill=SAND, hs=21, bs=17)
        tb(sh, x, y + 310, 556, 30, rating, 14, color=GREY)


def s15_first_90(prs):
    slide = frame(
        prs,
        15,
        "07 \u00b7 FIRST STEPS",
        "Our first 90 days",
        "November 2028 to January 2029",
    )
    sh = slide.shapes
    items = [
        "Set up the Resort Transformation Board; first meeting on 14 November 2028.",
        "Sign the RoomKey lodge module licence and book the trial migration for February 2029.",
        "Write to last summer's seasonal team with the returner's offer by 15 December 2028.",
        "Agree the Winter 29/30 campaign budget with Visit North Carrow by the end of January.",
        "Open talks with HLWU and the Seasonal Staff Forum on year-round contracts and the rota "
        "app.",
        "Commission the heat pump design and ask the network operator for a supply quote.",
        "Survey Trewarren House and apply for its new HMO licence.",
        "Restart recruitment for a Loyalty & CRM Manager.",
    ]
    for i, text in enumerate(items):
        x = 96 + (i // 4) * 880
        y = 280 + (i % 4) * 165
        tb(sh, x, y, 90, 60, f"{i + 1:02d}", 40, bold=True, color=CORAL, font=HEAD_FONT)
        tb(sh, x + 110, y + 6, 720, 130, text, 21, color=INK)


def s16_governance(prs):
    slide = frame(
        prs,
        16,
        "08 \u00b7 GOVERNANCE AND MONEY",
        "How we will run it, and what it costs",
    )
    sh = slide.shapes
    card(
        sh,
        96,
        240,
        820,
        330,
        "Resort Transformation Board",
        "Chaired by the Managing Director, our sponsor. Meets monthly and takes the decision at "
        "each gate.",
        fill=FOAM,
    )
    tb(
        sh,
        96,
        600,
        820,
        300,
        [
            "Members: Finance, Commercial, Resort Operations, People, Digital & Systems, Estates "
            "& Sustainability.",
            "Pillar leads report their measures monthly; the Penhallow Leisure board sees a "
            "scorecard each quarter.",
        ],
        19,
        color=INK,
        spacing=12,
    )
    money = [
        ("\u00a314.2m", "capital over three seasons"),
        ("\u00a33.1m", "Season 2029"),
        ("\u00a37.4m", "Season 2030"),
        ("\u00a33.7m", "Season 2031"),
        ("\u00a31.6m", "more running cost a year by Season 2031, mostly year-round contracts"),
        ("4.5 years", "payback on the central case"),
    ]
    for i, (num, label) in enumerate(money):
        x = 990 + (i % 2) * 430
        y = 240 + (i // 2) * 240
        tile(sh, x, y, 400, num, label, ns=54, ls=18)


def s17_asks(prs):
    slide = frame(
        prs,
        17,
        "09 \u00b7 DECISIONS",
        "What we ask of the Board today",
    )
    sh = slide.shapes
    picture(sh, 1480, 230, 344, 700, SEA)
    asks = [
        "Approve Penhallow 2031, its four pillars and its Season 2031 targets.",
        "Release \u00a33.1m of capital for Season 2029: Phase 1 and the start of the Trevissick "
        "Woods pilot.",
        "Agree the Trevissick Woods pilot and its Gate 2 pass marks.",
        "Delegate the Gate 1 and Gate 2 decisions to the Managing Director, with a report to "
        "this Board.",
        "Note that we will apply to vary the Surfside Waterpark's premises licence for winter "
        "evenings.",
    ]
    for i, text in enumerate(asks):
        y = 260 + i * 140
        tb(sh, 96, y, 80, 60, str(i + 1), 44, bold=True, color=CORAL, font=HEAD_FONT)
        tb(sh, 200, y + 8, 1220, 110, text, 24, color=INK)


SLIDES = [
    s01_cover,
    s02_numbers,
    s03_challenges,
    s04_ambition,
    s05_tiles,
    s06_kpi_table,
    s07_pillars,
    s08_quiet_months,
    s09_book_direct,
    s10_people,
    s11_lighter,
    s12_roadmap,
    s13_pilot,
    s14_risks,
    s15_first_90,
    s16_governance,
    s17_asks,
]


def _one_blank_layout(prs) -> None:
    """Keep only the Blank layout (as Canva's export has one), without placeholders, and drop
    the master's placeholders too: nothing in the file is a placeholder."""
    blank = next(lay for lay in prs.slide_layouts if lay.name == "Blank")
    for lay in list(prs.slide_layouts):
        if lay is not blank:
            prs.slide_layouts.remove(lay)
    blank.part.partname = PackURI("/ppt/slideLayouts/slideLayout1.xml")
    for rid, rel in list(prs.part.rels.items()):
        if rel.reltype.endswith("/printerSettings"):
            prs.part.drop_rel(rid)
    for owner in (blank, prs.slide_master):
        tree = owner.shapes._spTree
        for sp in list(tree):
            if sp.find(".//" + qn("p:ph")) is not None:
                tree.remove(sp)


def _with_app_xml(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/app.xml":
                body = APP_XML.encode("utf-8")
            dst.writestr(info, body)
    return normalize_zip(out.getvalue(), DECK_STAMP)


def build_deck() -> bytes:
    prs = Presentation()
    prs.slide_width, prs.slide_height = Emu(W * PX), Emu(H * PX)
    _one_blank_layout(prs)
    for make in SLIDES:
        make(prs)
    assert len(prs.slides) == N_SLIDES
    data = ooxml_bytes(
        prs,
        DECK_STAMP,
        title="Penhallow 2031 - Board October 2028",
        author="Canva",
        last_modified_by="Canva",
        comments="",
        revision=1,
    )
    return _with_app_xml(data)


# =========================================================================== the roster (HTML)


def _card(role: str, name: str, team: str, remit: str, tier: str) -> str:
    vacant = " vacant" if name == "Vacant" else ""
    return f"""        <div class="person-card{vacant}">
          <img class="avatar" src="/media/people/{"vacant" if vacant else "photo"}.jpg" alt="">
          <h3>{role}</h3>
          <p class="name">{name}</p>
          <p class="team">{team}</p>
          <p class="remit">Remit: {remit}</p>
          <span class="tier">{tier}</span>
        </div>
"""


PEOPLE = [
    (
        "Executive team",
        [
            (
                "Managing Director",
                "Jago Tremayne",
                "Executive team",
                "Sponsor of Penhallow 2031 and chair of the Resort Transformation Board; "
                "answers to the board of Penhallow Leisure Ltd for the plan, its budget and "
                "every gate decision.",
                "Core",
            ),
            (
                "Finance Director",
                "Helen Pascoe",
                "Finance",
                "Budgets, the capital plan, business cases and benefits tracking; reports the "
                "programme&rsquo;s spend to the Transformation Board each month.",
                "Core",
            ),
            (
                "Commercial Director",
                "Marcus Odell",
                "Commercial",
                "Revenue across the hotel, lodges, spa, events and waterpark; sales, "
                "distribution and pricing policy; the winter trading plan and packages such as "
                "Spa and Stay.",
                "Core",
            ),
            (
                "Resort Operations Director",
                "Kerensa Hocking",
                "Operations",
                "Day-to-day running of the hotel, the lodge villages, the waterpark, food "
                "&amp; beverage and the spa; the guest experience on site; the licence "
                "holder&rsquo;s nominee for the resort&rsquo;s premises licences.",
                "Core",
            ),
        ],
    ),
    (
        "Commercial, digital &amp; guests",
        [
            (
                "Head of Marketing &amp; Guest Insight",
                "Priya Nankervis",
                "Commercial",
                "The Penhallow brand, campaigns and website content; the post-stay survey and "
                "the Net Promoter Score; the partnership with Visit North Carrow; the design "
                "of the Penhallow Club. Covers the guest database while the CRM post is vacant.",
                "Core",
            ),
            (
                "Revenue &amp; Distribution Manager",
                "Tom Varcoe",
                "Commercial",
                "Room and lodge prices and availability, ChannelBridge and the online travel "
                "agent contracts, direct booking share and the weekly pick-up report.",
                "Core",
            ),
            (
                "Head of Digital &amp; Systems",
                "Aled Price",
                "Digital &amp; Systems",
                "RoomKey, LodgeLink, Tidewell, TillPoint, SpaDiary and the links between them; "
                "the Lighthouse reports; staff devices and Wi-Fi; system suppliers and their "
                "contracts.",
                "Core",
            ),
            (
                "Events &amp; Conferences Manager",
                "Lowenna Bray",
                "Commercial",
                "Weddings, conferences and team events in the Longbarn and the hotel; event "
                "packages and the events diary.",
                "Core",
            ),
            (
                "Loyalty &amp; CRM Manager",
                "Vacant",
                "Commercial",
                "The guest database, the email programme and the future Penhallow Club. The "
                "post has been vacant since June&nbsp;2028, and recruitment is on hold until "
                "the Board approves Penhallow 2031.",
                "Extended",
            ),
        ],
    ),
    (
        "Resort operations",
        [
            (
                "Hotel General Manager",
                "Rhys Kitto",
                "The Penhallow Hotel",
                "The hotel&rsquo;s 142 rooms, front office, housekeeping and night management; "
                "hotel service standards.",
                "Core",
            ),
            (
                "Lodges &amp; Holiday Village Manager",
                "Demelza Rowe",
                "Lodges",
                "The 300 lodges in Trevissick Woods, Dunes Edge and Clifftop: lettings "
                "operations, changeovers, lodge housekeeping, the lodge reception and village "
                "guest services.",
                "Core",
            ),
            (
                "Head of Food &amp; Beverage",
                "Gareth Tonkin",
                "Food &amp; Beverage",
                "The Saltings, Gullrock Grill, Harbour Kitchen and The Lookout; kitchens, "
                "menus, bars, food safety and food waste.",
                "Core",
            ),
            (
                "Waterpark &amp; Leisure Manager",
                "Sophie Angove",
                "Leisure",
                "Surfside Waterpark&rsquo;s sessions, lifeguards, pool plant and water quality, "
                "ride queues, and the resort&rsquo;s leisure programme.",
                "Core",
            ),
            (
                "Spa Manager",
                "Nadia Ellery",
                "Kelpwater Spa",
                "Kelpwater Spa&rsquo;s treatments and therapists and the SpaDiary bookings; "
                "spa packages with the Commercial team.",
                "Extended",
            ),
            (
                "Compliance &amp; Licensing Officer",
                "Ben Curnow",
                "Operations",
                "Prepares premises licence and HMO licence applications, keeps the licensing "
                "register, and is the day-to-day contact for Carrowdale District Council&rsquo;s "
                "licensing team.",
                "Extended",
            ),
        ],
    ),
    (
        "People, estates &amp; sustainability",
        [
            (
                "Head of People",
                "Fiona Trebilcock",
                "People",
                "Recruitment, seasonal hiring and the returner scheme, contracts, pay and "
                "benefits, staff accommodation at Trewarren House, rota policy, and relations "
                "with HLWU and the Seasonal Staff Forum.",
                "Core",
            ),
            (
                "Learning &amp; Development Manager",
                "Oliver Jenkin",
                "People",
                "Penhallow Academy, the induction of every new starter, mandatory and skills "
                "training, and training records.",
                "Core",
            ),
            (
                "Estates &amp; Sustainability Manager",
                "Carys Penrose",
                "Estates",
                "Buildings, the lodges&rsquo; fabric and plant, maintenance, energy and water "
                "use, metering, capital works, planning applications and the site licence.",
                "Core",
            ),
        ],
    ),
    (
        "Staff representatives",
        [
            (
                "HLWU Branch Representative",
                "Danny Kessell",
                "Hospitality &amp; Leisure Workers&rsquo; Union",
                "Speaks for HLWU members in housekeeping, the waterpark and the kitchens; is "
                "consulted on shift patterns, contracts and rotas; owns no programme work.",
                "Consult only",
            ),
            (
                "Seasonal Staff Forum Chair",
                "Elected each April",
                "Seasonal Staff Forum",
                "Speaks for staff on seasonal contracts; is consulted on staff accommodation, "
                "the returner arrangements and rotas; owns no programme work.",
                "Consult only",
            ),
        ],
    ),
]


def build_roster_html() -> str:
    sections = []
    for heading, cards in PEOPLE:
        body = "".join(_card(*c) for c in cards)
        sections.append(
            f"""      <section class="people-group">
        <h2>{heading}</h2>
{body}      </section>
"""
        )
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>Who&rsquo;s who | The Cove &ndash; Penhallow staff intranet</title>
  <meta name="generator" content="Umbraco 10">
  <link rel="stylesheet" href="/css/cove.min.css">
</head>
<body class="page-people">
  <header class="site-header">
    <a class="logo" href="/">The Cove</a>
    <nav class="site-nav">
      <ul>
        <li><a href="/">Home</a></li>
        <li><a href="/news/">News</a></li>
        <li><a href="/rotas/">Rotas &amp; leave</a></li>
        <li class="active"><a href="/people/">Our people</a></li>
        <li><a href="/policies/">Policies</a></li>
        <li><a href="/academy/">Penhallow Academy</a></li>
      </ul>
    </nav>
  </header>
  <ol class="breadcrumb">
    <li><a href="/">Home</a></li>
    <li><a href="/people/">Our people</a></li>
    <li>Who&rsquo;s who</li>
  </ol>
  <main>
    <h1>Who&rsquo;s who: Penhallow 2031 programme</h1>
    <p class="intro">The people leading and advising on Penhallow 2031, by team. Core members own
    programme work; extended members are kept involved; staff representatives are consulted and
    own no work.</p>
    <div class="people-list">
{"".join(sections)}    </div>
    <aside class="help">
      <p>Out of hours? Call the Duty Manager on extension 2200.</p>
      <p>Spotted a mistake? Tell the Comms Team.</p>
    </aside>
  </main>
  <footer class="site-footer">
    <p>&copy; 2028 Penhallow Leisure Ltd &middot; The Cove intranet &middot; Page last
    updated 3&nbsp;October&nbsp;2028</p>
    <p><a href="/privacy/">Privacy</a> &middot; <a href="/accessibility/">Accessibility</a></p>
  </footer>
</body>
</html>
"""


# =========================================================================== the union agreement


UNION_PARAS = [
    ("h", "Recognition and procedure agreement: extract"),
    ("p", "Between Penhallow Leisure Ltd and the Hospitality & Leisure Workers' Union (HLWU)."),
    (
        "p",
        "Signed 2 March 2026. This extract holds the clauses that bear on rotas, contracts and pay.",
    ),
    ("h2", "Clause 2: Scope"),
    (
        "p",
        "The company recognises HLWU for collective bargaining for staff in housekeeping (hotel "
        "and lodges), the waterpark and the kitchens, including staff on seasonal contracts.",
    ),
    ("h2", "Clause 6: Changes to working arrangements"),
    (
        "p",
        "Any change to shift patterns, contract types or the way rotas are issued must be the "
        "subject of at least 30 days' consultation with HLWU before it is introduced.",
    ),
    (
        "p",
        "No change to rota patterns may be introduced between the start of the Whitsun "
        "half-term and the end of August.",
    ),
    ("h2", "Clause 8: Permanent posts"),
    (
        "p",
        "When seasonal posts become year-round posts, they are offered first to seasonal staff "
        "in the same team by length of service, using the seniority list kept by the People "
        "team.",
    ),
    ("h2", "Clause 9: Pay and bonuses"),
    (
        "p",
        "Any bonus or allowance paid to one group of staff must be discussed with HLWU before it "
        "is announced.",
    ),
    ("p", "Pay for seasonal staff is negotiated each January for the coming season."),
]


def build_union_docx() -> bytes:
    doc = Document()
    for kind, text in UNION_PARAS:
        if kind == "h":
            doc.add_heading(text, level=1)
        elif kind == "h2":
            doc.add_heading(text, level=2)
        else:
            p = doc.add_paragraph()
            r = p.add_run(text)
            r.font.size = DPt(11)
    return ooxml_bytes(
        doc,
        DOCX_STAMP,
        title="HLWU recognition agreement - extract",
        author="People team",
        last_modified_by="People team",
        revision=3,
    )


# =========================================================================== org text files


TERMS = """
# Resort Transformation Board: terms of reference

Approved by the board of Penhallow Leisure Ltd, 12 September 2028 (draft for Penhallow 2031).

## Purpose

The Resort Transformation Board steers Penhallow 2031, our plan for Seasons 2029 to 2031. It
takes the decision at each gate of the plan and keeps the plan's measures in view.

## Chair and sponsor

The Managing Director chairs the Board and is the programme's sponsor. In the chair's absence
the Finance Director chairs.

## Members

- Managing Director (chair)
- Finance Director
- Commercial Director
- Resort Operations Director
- Head of People
- Head of Digital & Systems
- Estates & Sustainability Manager

The Head of Marketing & Guest Insight, the Lodges & Holiday Village Manager and the other pillar
leads attend for their items. The HLWU Branch Representative and the Seasonal Staff Forum Chair
are invited to the quarterly review for the items that affect staff.

## Meetings

The Board meets monthly, on the second Wednesday. A quarterly scorecard goes to the board of
Penhallow Leisure Ltd.

## Decisions and limits

Gate decisions are taken by the Board on the chair's recommendation, once the pillar leads
have reported against the gate's pass marks.

Any single commitment above £250,000, and the capital plan for each season, must be approved
by the board of Penhallow Leisure Ltd, which meets only in January, April, July and October.

No building work may take place in guest areas from the Saturday before Easter to the end of
the October half-term.

The programme has no programme manager and no programme office: each pillar lead keeps their
own plan and reports to the Board directly.
"""

FORUM = """
SEASONAL STAFF FORUM - CONSTITUTION (extract)
Penhallow Leisure Ltd, revised April 2027

1. The Seasonal Staff Forum speaks for everyone employed on a seasonal contract at Penhallow
Bay Resort.

2. Members are elected each April by staff on seasonal contracts. The Forum meets monthly from
April to October only, because most seasonal contracts end in October and the Forum has no
members over the winter.

3. Management must consult the Forum before it changes staff accommodation, the returner
arrangements or the way staff receive their rotas.

4. The Forum's chair is elected by its members at the first meeting of the season.

5. The Forum is not a trade union and does not negotiate pay; HLWU does that for the teams it
represents.
"""

SYSTEMS = """
# Systems and data inventory

Owner: Head of Digital & Systems. Last reviewed August 2028.

## Bookings and guests

RoomKey is our property management system for The Penhallow Hotel's 142 rooms.

RoomKey has offered a lodge module since 2026, but we have never licensed it.

The 300 lodges are booked, allocated and billed in LodgeLink, a system written for us in 2012
by a local firm that now has two developers.

LodgeLink cannot export a guest's booking history; only a weekly summary of lodge nights can be
taken out, as a spreadsheet.

LodgeLink runs only on the two PCs at the lodge reception and cannot be reached from the hotel.

ChannelBridge, our channel manager, sends hotel and lodge availability to Booking.com, Expedia
and Hoseasons and brings their bookings back automatically.

Tidewell, our online booking engine, sells hotel rooms and lodges only: spa treatments,
restaurant tables and waterpark sessions cannot be added to a booking.

There is no single guest record: the same family is a different guest in RoomKey, LodgeLink,
SpaDiary and each till.

We have no loyalty scheme today, and no loyalty software has been chosen.

We do not use revenue management software: lodge prices are set each January in a spreadsheet
and changed by hand.

## Restaurants, spa and waterpark

The Saltings, Gullrock Grill and Harbour Kitchen take payment on TillPoint; The Lookout café
still uses two stand-alone cash registers.

TillPoint does not post charges to RoomKey or LodgeLink, so a guest cannot charge a meal to their
room or lodge.

Kelpwater Spa books treatments in SpaDiary, which is not connected to any other system; spa
guests' details are typed in again at the spa desk.

SplashGate runs the waterpark's tickets and turnstiles.

SplashGate keeps turnstile counts for 90 days and then deletes them.

Ride queue times are not recorded at all: lifeguards estimate them at peak and write them on the
whiteboard at the entrance.

## Reporting

Lighthouse, our data warehouse (Azure SQL with Power BI reports), loads RoomKey, ChannelBridge,
TillPoint and PeopleHub every night.

Lodge figures reach the leadership team as a weekly spreadsheet typed up from LodgeLink, and
spa figures are not reported at all.

## People

PeopleHub holds contracts, pay and absence for every member of staff.

ShiftWise rotas the hotel and the restaurants.

Lodge housekeeping and the waterpark still plan their rotas on paper sheets pinned in the staff
rooms.

Records of who came back from one season to the next exist only from Season 2026, when the HR
records moved to PeopleHub.

Penhallow Academy, our e-learning platform, holds the induction courses and records each
colleague's completed courses.

## Estates and devices

FixIt, our maintenance helpdesk, is used at the hotel and the waterpark only; lodge repairs are
reported by radio and written in the maintenance book at the lodge yard.

There is no staff Wi-Fi in the lodge yard or in the waterpark plant room.
"""

MEASURES = """
# Penhallow 2031: measure definitions

Owner of this document: Finance Director. Baselines are Season 2028 (November 2027 to
October 2028).

| Measure | Definition | Owner | Baseline | Source |
|---|---|---|---|---|
| Lodge occupancy, November to March | Lodge nights sold / lodge nights available, 1 November to 31 March | Revenue & Distribution Manager | 41% | LodgeLink weekly summary |
| Direct booking share | Room and lodge nights booked on our website, by phone or at reception / all nights sold | Revenue & Distribution Manager | 52% | ChannelBridge, LodgeLink |
| Net Promoter Score | Promoters minus detractors, post-stay survey | Head of Marketing & Guest Insight | +31 | Post-stay email survey |
| Seasonal returners | Seasonal staff employed in one season who are employed again the next | Head of People | 38% | PeopleHub |
| On-resort spend per lodge stay | Food, drink, spa and waterpark spend by a lodge party during its stay | Commercial Director | £212 | Guest survey estimate |
| Energy per occupied night | kWh of electricity and gas / occupied room and lodge nights | Estates & Sustainability Manager | 96 kWh | Supply meters, RoomKey, LodgeLink |
| Waterpark peak-day queue | Longest ride queue on the busiest day of each week, July and August | Waterpark & Leisure Manager | 35 minutes | Lifeguard estimate |

## Notes and limits

The post-stay email survey goes to hotel guests only.

Lodge guests get a paper comment card in the lodge; the cards are read by the village team but
not scored.

Phone bookings taken at the lodge reception were not tagged by source before April 2027, so the
direct share for earlier seasons is an estimate.

On-resort spend per lodge stay cannot be measured today, because till and spa spend is not
linked to a lodge booking.

The £212 baseline comes from a survey of 410 lodge parties in August 2028.

Electricity and gas are metered at the hotel and the waterpark only; the 300 lodges and the four
kitchens share three supply meters with no sub-meters.

Food waste is not weighed or recorded anywhere.

The queue baseline of 35 minutes is a lifeguard estimate from four Saturdays in August 2028.

There is no baseline and no definition for Penhallow Club members until the scheme is designed.
"""

LICENSING = """
# Licensing and planning: what Penhallow 2031 must work within

Prepared by the Compliance & Licensing Officer for the Resort Operations Director, September
2028.

## Premises licences

The Surfside Waterpark's premises licence allows opening until 6pm from November to March;
opening later needs a variation approved by Carrowdale District Council's Licensing Committee.

A variation application must be advertised for 28 days, and the Licensing Committee sits once a
month, so a decision takes at least ten weeks from the day we apply.

St Kessa Parish Council and the residents of Gullrock Lane objected to late events at the resort
in 2027 and must be consulted before any licence variation is applied for.

The Longbarn's licence allows events until 11pm every day of the year.

## Planning and the site licence

Planning condition 7 prevents the 120 Dunes Edge lodges from being occupied between 6 January
and 14 February each year.

The caravan site licence allows no more than 300 lodges on the resort.

## Staff accommodation

Trewarren House is licensed as a house in multiple occupation for 30 residents; 46 beds would
need a new HMO licence from Carrowdale District Council.
"""

TOURISM = """
VISIT NORTH CARROW - PARTNER NOTE FOR PENHALLOW LEISURE LTD
From the partnerships team, 2 August 2028

Visit North Carrow is the destination body for the North Carrow coast. Penhallow Leisure is a
gold partner for 2028-2030.

Visit North Carrow co-funds partner campaigns pound for pound up to £40,000 a year for each
partner.

Campaign plans for a winter must reach the Visit North Carrow marketing panel by 31 March of the
same year; plans that arrive later wait for the next year's round.

Visit North Carrow does not share the names or contact details of people who respond to its
campaigns; partners receive weekly counts of clicks and enquiries only.

The winter campaign brand 'Winter on the North Carrow Coast' is owned by Visit North Carrow and
may be used by partners in agreed campaigns.
"""

ESTATES = """
ESTATES NOTE - WATERPARK HEATING AND TREWARREN HOUSE
Estates & Sustainability Manager to the Resort Operations Director, 19 September 2028

1. The waterpark's electricity supply is limited to 800 kVA. Air-source heat pumps for the pool
hall would need a supply upgrade from the network operator, which it has quoted at 40 weeks from
order.

2. The waterpark closes for maintenance for three weeks each January; it is the only time the
pool hall plant can be worked on.

3. Only 28 of Trewarren House's 46 beds can be used today: the second floor is closed because of
damp.

4. The lodge stock is in fair condition. Trevissick Woods' lodges are the oldest (1998) and the
first due for new kitchens.
"""

LODGES = """
# Lodge operations: how the villages run today

Lodges & Holiday Village Manager, September 2028.

The 300 lodges sit in three villages: Trevissick Woods (96 lodges), Dunes Edge (120) and
Clifftop (84).

Changeovers are on Mondays and Fridays between 10am and 4pm, done by about 70 seasonal
housekeepers in summer and 22 in winter.

Changeover checklists are on paper and are thrown away at the end of each month.

We have no village host or guest services staff in the villages after 6pm; lodge guests phone
the hotel's night manager.

The lodge reception closes at 6pm from November to March.

Lodge guests' complaints are written in the reception diary.
"""

ORG_TEXT = {
    "org/governance/resort-transformation-board-terms-of-reference.md": TERMS,
    "org/governance/seasonal-staff-forum-constitution.txt": FORUM,
    "org/systems/systems-and-data-inventory.md": SYSTEMS,
    "org/measures/penhallow-2031-measure-definitions.md": MEASURES,
    "org/context/licensing-and-planning-notes.md": LICENSING,
    "org/context/visit-north-carrow-partner-note.txt": TOURISM,
    "org/context/estates-note-2028-09-19.txt": ESTATES,
    "org/context/lodge-operations.md": LODGES,
}


def build(out: Path) -> None:
    root = out / CASE
    files: dict[str, str | bytes] = {
        DECK: build_deck(),
        ROSTER: build_roster_html(),
        "org/governance/hlwu-recognition-agreement-extract.docx": build_union_docx(),
    }
    files.update(ORG_TEXT)
    write_files(root, files)


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
