# mypy: disable-error-code="attr-defined,union-attr,index,arg-type,assignment,operator"
"""Build the blind11 case ``wendover-childrens``: its deck and its org folder, deterministically.

Run from the repository root with the project's venv (python-pptx, Pillow and lxml):

    .venv/bin/python evals/blind11/build_wendover_childrens.py [out]

Writes, under ``evals/blind11/wendover-childrens/`` (or ``<out>/wendover-childrens/``):

- ``closer-to-home-cabinet-2028-03-14.pptx``: a county council children's social care
  strategy for April 2028 to March 2031, a 16:9 deck made the way Apple Keynote exports to
  PowerPoint: titles are title placeholders, every other text is a plain text box or shape
  named like "Text 12" or "Shape 14" (no body placeholders), bullets are literal characters
  typed at the start of paragraphs ("\u2022", "\u2013") with ``a:buNone``, every text box has
  autofit off (``a:noAutofit``), tables are native tables, the one chart is a PNG picture
  whose figures a caption text box repeats, KPI figures are big-number text boxes with a
  label box beneath, and every slide has presenter notes;
- ``org/``: the service's roles as Excel's "Save as Unicode Text" writes them
  (``people/service-roles.txt``: UTF-16 little-endian with a byte-order mark, tab-separated,
  CRLF line ends, cells holding a comma or a quote quoted, quotes doubled), and UTF-8
  Markdown and text files: the systems and data inventory, measure definitions, the
  programme board's terms of reference, a union agreement extract, the inspection summary, a
  sufficiency note, care leavers' housing and local offer, the Social Work Academy's note, a
  foster carers' association letter and children in care council meeting notes.

Re-running it rewrites every file byte for byte: the PPTX through ``evals/dev16/_build.py``
(fixed ZIP entry times and document dates), the chart picture drawn by Pillow with the
Liberation Sans fonts under ``/usr/share/fonts/truetype/liberation`` (PNG has no timestamp),
the roster as fixed bytes, the text files as literal strings. It never touches ``gold.json``.

This is a BLIND case (split "blind11"): written before any engine ran on it.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Sequence
from pathlib import Path

from lxml import etree
from PIL import Image, ImageDraw, ImageFont
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE, PP_ALIGN
from pptx.oxml.ns import qn
from pptx.util import Emu, Inches, Pt

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals.dev16._build import Stamp, ooxml_bytes, write_files  # noqa: E402

HERE = Path(__file__).resolve().parent
CASE = "wendover-childrens"
DECK = "closer-to-home-cabinet-2028-03-14.pptx"
ROSTER = "org/people/service-roles.txt"

DECK_STAMP = Stamp((2028, 3, 8, 18, 42, 6), "2028-03-08T18:42:06Z")
FONT_DIR = Path("/usr/share/fonts/truetype/liberation")

W, H = 12192000, 6858000
FONT = "Helvetica Neue"
PLUM = "4B2E5C"
TEAL = "1F7A7A"
MINT = "E3F1EE"
CREAM = "F7F3EA"
CORAL = "D9644A"
INK = "222222"
GREY = "6B6B6B"
WHITE = "FFFFFF"
FOOT = "Closer to Home \u00b7 Cabinet, 14 March 2028"


# =========================================================================== Keynote-style shapes


def _rgb(hexstr: str) -> RGBColor:
    return RGBColor.from_string(hexstr)


class Namer:
    """Keynote's export names: "Text n" for text boxes, "Shape n" for shapes, "Image n",
    "Table n", counted through the slide."""

    def __init__(self) -> None:
        self.n = 1

    def __call__(self, kind: str) -> str:
        self.n += 1
        return f"{kind} {self.n}"


def _paras(tf, paras: Sequence, size: float, bold: bool, color: str, align) -> None:
    """Each item a paragraph (a string, or (text, size, bold, color)); no PowerPoint bullets:
    a typed bullet stays in the text and the paragraph gets ``a:buNone``."""
    for i, item in enumerate(paras):
        text, sz, b, col = (item, size, bold, color) if isinstance(item, str) else item
        p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
        ppr = p._p.get_or_add_pPr()
        ppr.set("algn", {PP_ALIGN.LEFT: "l", PP_ALIGN.CENTER: "ctr", PP_ALIGN.RIGHT: "r"}[align])
        if i:
            spc = etree.SubElement(ppr, qn("a:spcBef"))
            etree.SubElement(spc, qn("a:spcPts")).set("val", str(int(sz * 40)))
        etree.SubElement(ppr, qn("a:buNone"))
        run = p.add_run()
        run.text = text
        f = run.font
        f.size = Pt(sz)
        f.bold = b
        f.name = FONT
        f.color.rgb = _rgb(col)


def _frame(tf, anchor, inset: float) -> None:
    tf.word_wrap = True
    tf.auto_size = MSO_AUTO_SIZE.NONE
    tf.vertical_anchor = anchor
    for side in ("left", "right", "top", "bottom"):
        setattr(tf, f"margin_{side}", Inches(inset))


def text(
    slide,
    nm: Namer,
    x,
    y,
    w,
    h,
    paras: Sequence,
    size: float = 16,
    bold: bool = False,
    color: str = INK,
    align=PP_ALIGN.LEFT,
    anchor=MSO_ANCHOR.TOP,
):
    box = slide.shapes.add_textbox(Inches(x), Inches(y), Inches(w), Inches(h))
    box.name = nm("Text")
    _frame(box.text_frame, anchor, 0.05)
    _paras(box.text_frame, paras, size, bold, color, align)
    return box


def shape(
    slide,
    nm: Namer,
    kind,
    x,
    y,
    w,
    h,
    fill: str,
    paras: Sequence = (),
    size: float = 14,
    bold: bool = True,
    color: str = WHITE,
    align=PP_ALIGN.CENTER,
):
    shp = slide.shapes.add_shape(kind, Inches(x), Inches(y), Inches(w), Inches(h))
    shp.name = nm("Shape")
    shp.fill.solid()
    shp.fill.fore_color.rgb = _rgb(fill)
    shp.line.fill.background()
    shp.shadow.inherit = False
    _frame(shp.text_frame, MSO_ANCHOR.MIDDLE, 0.08)
    if paras:
        _paras(shp.text_frame, paras, size, bold, color, align)
    return shp


def new_slide(prs, title: str, notes: Sequence[str], size: float = 30):
    """A slide on the "Title Only" layout: the title placeholder, its footer and number
    typed as text boxes (Keynote exports them so), and the presenter notes."""
    slide = prs.slides.add_slide(prs.slide_layouts[5])
    nm = Namer()
    t = slide.shapes.title
    t.left, t.top, t.width, t.height = Inches(0.6), Inches(0.35), Inches(12.1), Inches(0.9)
    tf = t.text_frame
    tf.text = title
    tf.auto_size = MSO_AUTO_SIZE.NONE
    tf.word_wrap = True
    p = tf.paragraphs[0]
    p.alignment = PP_ALIGN.LEFT
    for r in p.runs:
        r.font.size = Pt(size)
        r.font.bold = True
        r.font.name = FONT
        r.font.color.rgb = _rgb(PLUM)
    number = len(prs.slides)
    if number > 1:
        text(slide, nm, 0.6, 7.05, 8.0, 0.3, [FOOT], 9, color=GREY)
        text(slide, nm, 11.9, 7.05, 0.8, 0.3, [str(number)], 9, True, GREY, PP_ALIGN.RIGHT)
    slide.notes_slide.notes_text_frame.text = "\n".join(notes)
    return slide, nm


def table(slide, nm: Namer, x, y, w, h, rows: Sequence[Sequence[str]], widths, size=12):
    frame = slide.shapes.add_table(
        len(rows), len(rows[0]), Inches(x), Inches(y), Inches(w), Inches(h)
    )
    frame.name = nm("Table")
    tab = frame.table
    for j, cw in enumerate(widths):
        tab.columns[j].width = Inches(cw)
    for i, row in enumerate(rows):
        for j, value in enumerate(row):
            cell = tab.cell(i, j)
            cell.text = value
            for p in cell.text_frame.paragraphs:
                for r in p.runs:
                    r.font.size = Pt(size)
                    r.font.name = FONT
                    r.font.bold = i == 0
                    r.font.color.rgb = _rgb(WHITE if i == 0 else INK)
            cell.fill.solid()
            cell.fill.fore_color.rgb = _rgb(TEAL if i == 0 else (MINT if i % 2 else WHITE))
    return frame


def tile(slide, nm: Namer, x, y, w, number: str, label: Sequence, fill: str = MINT, nsize=40):
    """A KPI tile as Keynote exports it: a rounded rectangle, a big-number text box and a
    label text box beneath it."""
    shape(slide, nm, MSO_SHAPE.ROUNDED_RECTANGLE, x, y, w, 2.05, fill)
    text(slide, nm, x + 0.15, y + 0.1, w - 0.3, 0.85, [number], nsize, True, PLUM)
    text(slide, nm, x + 0.15, y + 0.97, w - 0.3, 1.0, label, 12, color=INK)


# =========================================================================== the chart picture

CHART_YEARS = ["2022", "2023", "2024", "2025", "2026", "2027"]
CHART_VALUES = [498, 521, 547, 570, 589, 612]


def chart_png() -> bytes:
    """Children in care on 31 March, 2022 to 2027, as a bar chart picture (Keynote exports
    charts as pictures)."""
    wd, ht = 1100, 720
    img = Image.new("RGB", (wd, ht), (255, 255, 255))
    d = ImageDraw.Draw(img)
    reg = ImageFont.truetype(str(FONT_DIR / "LiberationSans-Regular.ttf"), 26)
    bold = ImageFont.truetype(str(FONT_DIR / "LiberationSans-Bold.ttf"), 30)
    d.text((40, 24), "Children in care on 31 March", font=bold, fill=(75, 46, 92))
    base, top = 640, 110
    d.line((70, base, wd - 40, base), fill=(120, 120, 120), width=2)
    step = (wd - 120) // len(CHART_VALUES)
    for i, (year, value) in enumerate(zip(CHART_YEARS, CHART_VALUES, strict=True)):
        x0 = 90 + i * step
        bar_h = int((value - 300) / (650 - 300) * (base - top))
        color = (217, 100, 74) if i == len(CHART_VALUES) - 1 else (31, 122, 122)
        d.rectangle((x0, base - bar_h, x0 + step - 40, base), fill=color)
        d.text((x0 + 18, base - bar_h - 36), str(value), font=reg, fill=(34, 34, 34))
        d.text((x0 + 22, base + 14), year, font=reg, fill=(90, 90, 90))
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return buf.getvalue()


# =========================================================================== the slides


def s01_cover(prs):
    slide, nm = new_slide(
        prs,
        "Closer to Home",
        [
            "Thank you for the time today. This is the three-year strategy for children's "
            "social care that the Closer to Home Board has worked on since the autumn.",
            "I will take about twenty minutes and leave the rest for questions.",
        ],
        size=54,
    )
    t = slide.shapes.title
    t.left, t.top, t.height = Inches(0.9), Inches(2.2), Inches(1.2)
    shape(slide, nm, MSO_SHAPE.RECTANGLE, 0.6, 2.0, 0.12, 3.0, CORAL)
    text(
        slide,
        nm,
        0.9,
        3.45,
        11.9,
        0.6,
        ["Wendover children's social care strategy, April 2028 to March 2031"],
        24,
        color=TEAL,
    )
    text(slide, nm, 0.9, 4.3, 10.5, 0.4, ["Wendover County Council \u00b7 Children's Services"], 16)
    text(
        slide,
        nm,
        0.9,
        4.75,
        10.5,
        0.4,
        ["Cabinet, 14 March 2028 \u00b7 Item 7 \u00b7 CAB/28/031"],
        14,
        color=GREY,
    )


def s02_figures(prs):
    slide, nm = new_slide(
        prs,
        "Where we are: 2026/27 in six figures",
        [
            "The agency figure is the March 2027 snapshot; it moved between 28% and 34% over the year.",
            "The placements overspend was met from reserves.",
        ],
    )
    tiles = [
        ("14,860", ["contacts to the MASH in 2026/27"]),
        ("612", ["children in care on 31 March 2027 (79 for every 10,000 children)"]),
        ("31%", ["of social worker posts held by agency staff"]),
        ("38%", ["of children in care placed more than 20 miles from home"]),
        ("\u00a341.3m", ["spent on placements, \u00a37.4m over budget"]),
        ("52%", ["of 19-21 year old care leavers in work, training or study"]),
    ]
    for i, (num, label) in enumerate(tiles):
        x = 0.6 + (i % 3) * 4.1
        y = 1.5 + (i // 3) * 2.4
        tile(slide, nm, x, y, 3.8, num, label, CREAM if i % 2 else MINT)
    text(
        slide,
        nm,
        0.6,
        6.4,
        12.0,
        0.4,
        [
            "Source: Meridian, Wendover Insight and the 2026/27 outturn. All figures for the year to 31 March 2027."
        ],
        10,
        color=GREY,
    )


def s03_why(prs):
    slide, nm = new_slide(
        prs,
        "Why we have to change",
        [
            "The chart is the 31 March count each year.",
            "The rise is mostly teenagers coming into care for the first time.",
        ],
    )
    text(
        slide,
        nm,
        0.6,
        1.5,
        6.4,
        5.0,
        [
            "\u2022 The inspectorate judged us \u2018requires improvement to be good\u2019 in November 2026",
            "\u2022 27% of referrals are re-referrals within a year: help ends before families are ready",
            "\u2022 Three in five children who enter care are 11 or older, and most of them go to private children's homes",
            "\u2022 We lost 46 fostering households in two years and approved only 19",
            "\u2022 Social workers hold 22 children each on average; in Saltmere it is 27",
        ],
        17,
    )
    pic = slide.shapes.add_picture(
        io.BytesIO(chart_png()), Inches(7.3), Inches(1.55), Inches(5.4), Inches(3.53)
    )
    pic.name = nm("Image")
    text(
        slide,
        nm,
        7.3,
        5.25,
        5.4,
        0.9,
        [
            "Children in care on 31 March: 498 (2022), 521 (2023), 547 (2024), 570 (2025), "
            "589 (2026), 612 (2027)"
        ],
        11,
        color=GREY,
    )


def s04_ambition(prs):
    slide, nm = new_slide(
        prs,
        "Our ambition",
        [
            "The north star was written with Speak Up Wendover in December; the words "
            "\u2018people who care about them\u2019 are theirs.",
        ],
    )
    text(slide, nm, 0.6, 1.45, 12.0, 0.4, ["Our north star"], 14, True, CORAL)
    text(
        slide,
        nm,
        0.6,
        1.9,
        12.0,
        1.3,
        [
            "Children grow up safely with their own families, and when they cannot, close to "
            "home with people who care about them"
        ],
        26,
        True,
        PLUM,
    )
    promises = [
        "Help that comes early and stays long enough",
        "A loving home near family, school and friends",
        "A good start in adult life for every care leaver",
    ]
    for i, line in enumerate(promises):
        x = 0.6 + i * 4.1
        shape(slide, nm, MSO_SHAPE.ROUNDED_RECTANGLE, x, 3.6, 3.8, 1.5, TEAL, [line], 17)
    text(
        slide,
        nm,
        0.6,
        5.5,
        12.0,
        0.6,
        [
            "By March 2031 we want fewer children to need care, and more of those who do to "
            "live close to home."
        ],
        16,
        color=INK,
    )


def s05_pillars(prs):
    slide, nm = new_slide(
        prs,
        "Four pillars, one set of foundations",
        [
            "Each pillar has a lead on the Closer to Home Board; the leads are on the next four slides."
        ],
    )
    pillars = [
        (
            "1 \u00b7 Family Help",
            "The right help at the front door, and help that stays until the family is ready",
        ),
        (
            "2 \u00b7 Homes close to home",
            "More foster carers, two new council homes, fewer children far away",
        ),
        ("3 \u00b7 A stable workforce", "Permanent social workers with caseloads they can manage"),
        (
            "4 \u00b7 Ready for adult life",
            "Care leavers with a home, a trusted adult and a route into work",
        ),
    ]
    for i, (head, line) in enumerate(pillars):
        x = 0.6 + i * 3.05
        shape(slide, nm, MSO_SHAPE.RECTANGLE, x, 1.5, 2.85, 0.7, PLUM, [head], 16)
        text(slide, nm, x, 2.35, 2.85, 2.4, [line], 15)
    shape(
        slide,
        nm,
        MSO_SHAPE.RECTANGLE,
        0.6,
        5.2,
        12.05,
        0.9,
        MINT,
        [
            "Foundations: Meridian that works for practitioners \u00b7 one version of our data in "
            "Wendover Insight \u00b7 partners working as one in the MASH"
        ],
        14,
        True,
        PLUM,
    )


def pillar(prs, title, goals, actions, lead, notes):
    slide, nm = new_slide(prs, title, notes)
    text(slide, nm, 0.6, 1.4, 12.0, 1.0, goals, 18, True, TEAL)
    text(slide, nm, 0.6, 2.55, 12.0, 0.4, ["What we will do"], 14, True, CORAL)
    text(slide, nm, 0.6, 3.0, 12.0, 3.2, actions, 16)
    text(slide, nm, 0.6, 6.35, 12.0, 0.4, [lead], 12, color=GREY)


def s06_to_s09(prs):
    pillar(
        prs,
        "Pillar 1 \u00b7 Family Help",
        [
            "Goal: cut re-referrals within 12 months from 27% to 18% by March 2031",
            "Goal: 95% of contacts decided by the MASH within 24 hours by March 2029",
        ],
        [
            "\u2022 Bring Early Help triage into the MASH from October 2028",
            "\u2022 Set up a Family Help team in each of the four localities",
            "\u2022 Place an adult mental health worker and a domestic abuse worker in every Family Help team",
            "\u2022 Replace the MASH contact spreadsheet with a contact record in Meridian",
            "\u2022 Agree one threshold document with police and health through the Safeguarding Partnership",
        ],
        "Lead: Head of Front Door and MASH, with the Head of Family Help and Assessment",
        [
            "Family Help brings Early Help workers and social workers into one team, so a family "
            "keeps the same worker when their needs go up or down."
        ],
    )
    pillar(
        prs,
        "Pillar 2 \u00b7 Homes close to home",
        [
            "Goal: 75% of children in care living within 20 miles of home by March 2031",
            "Goal: no child under 12 will live in a children's home from April 2029",
        ],
        [
            "\u2022 Recruit 90 new fostering households by March 2031, a net gain of 40",
            "\u2022 Raise fostering allowances to the regional average from April 2029",
            "\u2022 Start four foster care hubs, each with an experienced hub carer, by March 2030",
            "\u2022 Open two new council children's homes of four beds, in Hadleigh Vale and Saltmere",
            "\u2022 Join the Southern Counties Placements Framework for residential places",
        ],
        "Lead: Head of Fostering; Head of Residential Services; Head of Placements and Commissioning",
        [
            "The net gain of 40 allows for the carers we expect to retire.",
            "The two homes are for children aged 11 to 17 with complex needs who would otherwise "
            "go out of county.",
        ],
    )
    pillar(
        prs,
        "Pillar 3 \u00b7 A stable, skilled workforce",
        ["Goal: agency workers in no more than 12% of social work posts by March 2030"],
        [
            "\u2022 Take 30 newly qualified social workers a year through the Wendover Social Work Academy",
            "\u2022 Introduce a market supplement for experienced social workers in the Saltmere teams",
            "\u2022 Cap caseloads at 18 children per social worker in assessment teams",
            "\u2022 Recruit 25 experienced social workers from overseas in 2028/29",
            "\u2022 Train every practitioner in the Wendover practice model by March 2030",
        ],
        "Lead: Children's Workforce Lead, with the Principal Social Worker",
        [
            "Every agency post we convert saves about \u00a328,000 a year.",
            "How the caseload cap is written down is still to be agreed with PSWU.",
        ],
    )
    pillar(
        prs,
        "Pillar 4 \u00b7 Ready for adult life",
        ["Goal: 65% of care leavers aged 19-21 in education, employment or training by March 2031"],
        [
            "\u2022 Give every care leaver a personal adviser from age 16",
            "\u2022 Offer 30 council apprenticeships a year ring-fenced for care leavers",
            "\u2022 Offer Staying Close support to every young person leaving a council children's home",
            "\u2022 Agree a joint housing protocol with the four district councils by March 2029",
            "\u2013 ask every district council to exempt care leavers from council tax up to age 25",
        ],
        "Lead: Head of Care Leavers Service",
        [
            "Staying Close means a young person keeps their link with the home they lived in, "
            "with a flat nearby and a key worker from the home."
        ],
    )


KPI_TILES = [
    ("18%", "re-referrals within 12 months", "from 27% in 2026/27 \u00b7 by March 2031"),
    ("95%", "contacts decided by the MASH within 24 hours", "from 71% \u00b7 by March 2029"),
    ("75%", "children in care living within 20 miles of home", "from 62% \u00b7 by March 2031"),
    ("68", "children in care per 10,000 children", "from 79 \u00b7 by March 2031"),
    ("452", "approved fostering households", "from 412 \u00b7 by March 2031"),
    ("12%", "social work posts covered by agency workers", "from 31% \u00b7 by March 2030"),
    (
        "65%",
        "care leavers aged 19-21 in education, employment or training",
        "from 52% \u00b7 by March 2031",
    ),
    (
        "Fewer",
        "children in private residential homes",
        "from 76 \u00b7 target to be set in the 2029 sufficiency strategy",
    ),
]


def s10_measures(prs):
    slide, nm = new_slide(
        prs,
        "How we will know: eight measures",
        [
            "Baselines are 2026/27.",
            "The private residential target waits for the sufficiency strategy because it "
            "depends on when the two new homes open.",
        ],
    )
    text(
        slide,
        nm,
        0.6,
        1.2,
        12.0,
        0.4,
        ["Targets for the Closer to Home Board, reported every month from Wendover Insight"],
        14,
        color=GREY,
    )
    for i, (num, metric, when) in enumerate(KPI_TILES):
        x = 0.6 + (i % 4) * 3.05
        y = 1.75 + (i // 4) * 2.55
        tile(
            slide,
            nm,
            x,
            y,
            2.85,
            num,
            [(metric, 13, True, INK), (when, 11, False, GREY)],
            MINT if (i + i // 4) % 2 == 0 else CREAM,
            36,
        )


HALVES = ["H1 2028/29", "H2 2028/29", "H1 2029/30", "H2 2029/30", "H1 2030/31", "H2 2030/31"]


def s11_roadmap(prs):
    slide, nm = new_slide(
        prs,
        "Roadmap: April 2028 to March 2031",
        [
            "Gates fall at the end of September so that each decision can go into the council's "
            "budget round in the autumn.",
            "Phase 4 is six months of handing the new ways of working to the service managers.",
        ],
    )
    text(
        slide,
        nm,
        0.6,
        1.2,
        12.0,
        0.4,
        [
            "Financial years run April to March: H1 2028/29 is April to September 2028. "
            "Month 0 is 1 April 2028."
        ],
        12,
        color=GREY,
    )
    col = 2.0
    for i, half in enumerate(HALVES):
        text(slide, nm, 0.6 + i * col, 1.75, col, 0.4, [half], 13, True, PLUM, PP_ALIGN.CENTER)
    phases = [
        (0, 1, "Phase 1 \u00b7 Stabilise the front door", CORAL),
        (1, 2, "Phase 2 \u00b7 Pilot Family Help in Hadleigh Vale", TEAL),
        (3, 2, "Phase 3 \u00b7 Roll out across the county", PLUM),
        (5, 1, "Phase 4 \u00b7 Embed and hand over", GREY),
    ]
    for start, span, label, fill in phases:
        shape(
            slide,
            nm,
            MSO_SHAPE.RECTANGLE,
            0.65 + start * col,
            2.25,
            span * col - 0.1,
            0.8,
            fill,
            [label],
            13,
        )
    gates = [
        (1, "Gate 1 \u00b7 September 2028: ready to start the pilot?"),
        (3, "Gate 2 \u00b7 September 2029: go/no-go for county roll-out"),
        (5, "Gate 3 \u00b7 September 2030: ready to hand over?"),
    ]
    for at, label in gates:
        x = 0.6 + at * col
        shape(slide, nm, MSO_SHAPE.DIAMOND, x - 0.2, 3.2, 0.4, 0.4, CORAL)
        text(slide, nm, x - 0.95, 3.65, 1.9, 0.8, [label], 11, True, INK, PP_ALIGN.CENTER)
    milestones = [
        (2, "Fostering allowances rise \u00b7 April 2029"),
        (3, "Hadleigh Vale home opens \u00b7 H2 2029/30"),
        (4, "Saltmere home opens \u00b7 H1 2030/31"),
        (4, "Family Help in all four localities \u00b7 September 2030"),
    ]
    for k, (at, label) in enumerate(milestones):
        y = 4.75 if k < 3 else 5.45
        shape(slide, nm, MSO_SHAPE.OVAL, 0.6 + at * col + 0.1, y + 0.12, 0.16, 0.16, TEAL)
        text(slide, nm, 0.6 + at * col + 0.3, y, col * 1.5 - 0.3, 0.5, [label], 11)


def s12_pilot(prs):
    slide, nm = new_slide(
        prs,
        "Pilot: Family Help in Hadleigh Vale, October 2028 to September 2029",
        [
            "Hadleigh Vale makes about a fifth of the county's referrals.",
            "The pilot manager will be appointed in the first 90 days.",
        ],
        size=24,
    )
    columns = [
        (
            "Why Hadleigh Vale",
            [
                "\u2022 The highest re-referral rate in the county: 33% in 2026/27",
                "\u2022 One assessment team and two Early Help teams already share Hadleigh House",
                "\u2022 One police neighbourhood area and one GP network cover the whole locality",
            ],
        ),
        (
            "What we will do",
            [
                "\u2022 Bring the locality's Early Help and assessment teams into one Family Help team at Hadleigh House",
                "\u2022 Place adult mental health and domestic abuse workers in the team from the first day",
                "\u2022 Ask 40 families how the help felt, three and six months after it starts",
            ],
        ),
        (
            "Pass marks at Gate 2",
            [
                "\u2022 Re-referrals in Hadleigh Vale below 24%",
                "\u2022 No rise in children entering care in the locality",
                "\u2022 Family Help workers holding no more than 18 children each",
            ],
        ),
    ]
    for i, (head, lines) in enumerate(columns):
        x = 0.6 + i * 4.1
        shape(slide, nm, MSO_SHAPE.RECTANGLE, x, 1.5, 3.8, 0.55, [TEAL, PLUM, CORAL][i], [head], 15)
        text(slide, nm, x, 2.2, 3.8, 4.2, lines, 14)


def s13_risks(prs):
    slide, nm = new_slide(
        prs,
        "Risks and how we will manage them",
        ["The register is reviewed at every Board meeting; these are the five highest scores."],
    )
    rows = [
        ["Risk", "Likelihood", "Impact", "Mitigation", "Owner"],
        [
            "Agency staff leave before permanent social workers arrive",
            "High",
            "High",
            "No agency post ends before its permanent replacement starts",
            "Children's Workforce Lead",
        ],
        [
            "Meridian changes wait for the supplier's twice-yearly release",
            "High",
            "Medium",
            "Book the September 2028 release now and fund a Meridian analyst for two years",
            "Meridian Systems Manager",
        ],
        [
            "Partners cannot fund staff for the Family Help teams",
            "Medium",
            "High",
            "Seek a pooled budget with the ICB and police through the Safeguarding Partnership",
            "Head of Front Door and MASH",
        ],
        [
            "The new children's homes open late",
            "Medium",
            "High",
            "Send each home's registration application to the inspectorate six months before it is due to open",
            "Head of Residential Services",
        ],
        [
            "Demand rises in Hadleigh Vale during the pilot",
            "Medium",
            "Medium",
            "Keep two agency social workers in reserve for the pilot locality",
            "Head of Family Help and Assessment",
        ],
    ]
    table(slide, nm, 0.6, 1.45, 12.1, 4.9, rows, [3.2, 1.15, 1.0, 4.35, 2.4], 12)


def s14_first_90(prs):
    slide, nm = new_slide(
        prs,
        "The first 90 days: April to June 2028",
        [
            "Most of these are already in diaries; the consultation with PSWU needs Cabinet's agreement today."
        ],
    )
    text(
        slide,
        nm,
        0.6,
        1.5,
        12.0,
        5.0,
        [
            "\u2022 Appoint the Hadleigh Vale pilot manager and the Family Help practice lead",
            "\u2022 Open formal consultation with PSWU on the market supplement",
            "\u2022 Launch the \u2018Room at Home\u2019 fostering campaign in April",
            "\u2022 Book the supplier's September 2028 Meridian release for the MASH contact record",
            "\u2022 Start talks with the four district councils on the housing protocol",
            "\u2022 Meet Speak Up Wendover to plan how young people will review the pilot",
            "\u2022 Publish the baseline for all eight measures in Wendover Insight",
        ],
        17,
    )


def s15_governance(prs):
    slide, nm = new_slide(
        prs,
        "How we will run it",
        ["The Board replaces the old improvement board from April."],
    )
    text(slide, nm, 0.6, 1.5, 5.8, 0.45, ["Closer to Home Board"], 18, True, TEAL)
    text(
        slide,
        nm,
        0.6,
        2.05,
        5.8,
        4.2,
        [
            "\u2022 Chaired by the Director of Children's Services, the programme's sponsor",
            "\u2022 Meets monthly and takes the gate decisions under Cabinet's delegation",
            "\u2022 Members: the Heads of Service, the Principal Social Worker, HR, Finance, "
            "Performance and Insight, and partners from the ICB and police",
        ],
        15,
    )
    text(slide, nm, 6.9, 1.5, 5.8, 0.45, ["Around the Board"], 18, True, TEAL)
    text(
        slide,
        nm,
        6.9,
        2.05,
        5.8,
        4.2,
        [
            "\u2022 Cabinet: a quarterly report from the Lead Member for Children's Services",
            "\u2022 Wendover Safeguarding Children Partnership executive: twice a year",
            "\u2022 Speak Up Wendover and the Wendover Foster Carers' Association: before each gate",
            "\u2022 PSWU: through the Joint Consultative Committee",
        ],
        15,
    )


def s16_costs(prs):
    slide, nm = new_slide(
        prs,
        "What it costs",
        ["Figures are at 2028/29 prices; the homes are capital, everything else revenue."],
    )
    rows = [
        ["\u00a3m", "2028/29", "2029/30", "2030/31", "Total"],
        ["Family Help teams", "1.6", "2.4", "2.4", "6.4"],
        ["Fostering: allowances, recruitment and hubs", "0.9", "1.8", "2.0", "4.7"],
        ["Two children's homes (capital)", "1.8", "2.6", "1.2", "5.6"],
        ["Workforce: academy, supplement, overseas recruitment", "1.1", "0.9", "0.7", "2.7"],
        ["Meridian and data", "0.4", "0.3", "0.1", "0.8"],
        ["Programme team", "0.4", "0.4", "0.3", "1.1"],
        ["Total", "6.2", "8.4", "6.7", "21.3"],
    ]
    table(slide, nm, 0.6, 1.45, 12.1, 4.0, rows, [5.7, 1.6, 1.6, 1.6, 1.6], 13)
    text(
        slide,
        nm,
        0.6,
        5.75,
        12.0,
        0.8,
        [
            "Placement savings of \u00a36.8m a year expected from 2030/31, as fewer children go "
            "to private homes and out of county"
        ],
        15,
        True,
        TEAL,
    )


def s17_asks(prs):
    slide, nm = new_slide(
        prs,
        "What we ask Cabinet today",
        [
            "If Cabinet agrees, the fostering allowance change comes back as a key decision in February 2029."
        ],
    )
    text(
        slide,
        nm,
        0.6,
        1.5,
        12.0,
        4.8,
        [
            "\u2022 Approve Closer to Home and its four pillars",
            "\u2022 Release \u00a34.4m of revenue for 2028/29, Phase 1 and the pilot",
            "\u2022 Agree Hadleigh Vale as the Family Help pilot locality",
            "\u2022 Add \u00a35.6m for two children's homes to the capital programme",
            "\u2022 Delegate the three gate decisions to the Closer to Home Board",
        ],
        20,
    )


def build_deck() -> bytes:
    prs = Presentation()
    prs.slide_width, prs.slide_height = Emu(W), Emu(H)
    for make in (
        s01_cover,
        s02_figures,
        s03_why,
        s04_ambition,
        s05_pillars,
        s06_to_s09,
        s10_measures,
        s11_roadmap,
        s12_pilot,
        s13_risks,
        s14_first_90,
        s15_governance,
        s16_costs,
        s17_asks,
    ):
        make(prs)
    return ooxml_bytes(
        prs,
        DECK_STAMP,
        title="Closer to Home",
        author="Ruth Ellery",
        last_modified_by="Ruth Ellery",
        revision=1,
        subject="",
        keywords="",
        comments="",
        category="",
    )


# =========================================================================== the roster

ROSTER_HEAD = ["Role", "Service area", "Programme tier", "Remit"]
ROLES = [
    (
        "Director of Children's Services",
        "Children's Services",
        "Core",
        "Statutory Director of Children's Services and sponsor of Closer to Home. Chairs the "
        "Closer to Home Board, takes the gate decisions under Cabinet's delegation, recommends "
        "each year's budget to Cabinet and answers to the Lead Member and the inspectorate.",
    ),
    (
        "Programme Director, Closer to Home",
        "Transformation Office",
        "Core",
        "Runs the programme office: the plan, the risk register, gate papers, the benefits log "
        "and reports to the Board and Cabinet. Leads talks with partners on a pooled budget for "
        "Family Help, with the Director.",
    ),
    (
        "Head of Front Door and MASH",
        "Family Help and Safeguarding",
        "Core",
        "The Multi-Agency Safeguarding Hub (MASH): contacts, referrals and the 24-hour decision, "
        "Early Help triage, the threshold document with police and health, the contact officers, "
        "and the Emergency Duty Team out of hours.",
    ),
    (
        "Head of Family Help and Assessment",
        "Family Help and Safeguarding",
        "Core",
        "The locality assessment and Early Help teams and, from the pilot, the Family Help "
        "teams: child protection plans, re-referrals, caseloads in the localities, adult workers "
        "placed in the teams, and the Hadleigh Vale pilot.",
    ),
    (
        "Head of Children in Care and Permanence",
        "Corporate Parenting",
        "Core",
        "Social work for children in care: care plans, permanence, stability and how many "
        "children come into care; the participation team and the children in care council, "
        "Speak Up Wendover.",
    ),
    (
        "Head of Fostering",
        "Corporate Parenting",
        "Core",
        "Recruitment, assessment, approval and support of foster carers, the fostering panel, "
        'the "Room at Home" campaign, fostering allowances policy and foster care hubs.',
    ),
    (
        "Head of Residential Services",
        "Corporate Parenting",
        "Core",
        "The council's four children's homes and their registered managers, opening new homes "
        "and their registration with the inspectorate, and Staying Close for young people "
        "leaving the homes.",
    ),
    (
        "Head of Placements and Commissioning",
        "Commissioning",
        "Core",
        "The sufficiency strategy, finding placements, contracts with independent fostering "
        "agencies and private children's homes, regional frameworks, and how far from home "
        "children live.",
    ),
    (
        "Head of Care Leavers Service",
        "Corporate Parenting",
        "Core",
        "Personal advisers, pathway plans, the local offer, education, employment and training "
        "for care leavers, apprenticeships for care leavers, and housing with the four district "
        "councils.",
    ),
    (
        "Principal Social Worker",
        "Practice and Quality",
        "Core",
        "The Wendover practice model, practice standards, the Wendover Social Work Academy and "
        "newly qualified social workers, training for practitioners, and caseload policy.",
    ),
    (
        "Head of Safeguarding and Quality Assurance",
        "Practice and Quality",
        "Core",
        "Independent reviewing officers, child protection conferences, case audits, inspection "
        "readiness and the council's business with the Wendover Safeguarding Children "
        "Partnership.",
    ),
    (
        "Children's Workforce Lead",
        "HR and Organisational Development",
        "Core",
        "Recruitment and retention of social workers, the agency contract and agency numbers, "
        "market supplements, overseas recruitment and consultation with PSWU.",
    ),
    (
        "Head of Performance and Insight, Children's Services",
        "Performance and Insight",
        "Core",
        "The Closer to Home measures and their baselines, Wendover Insight dashboards, statutory "
        "returns and surveys of families.",
    ),
    (
        "Meridian Systems Manager",
        "Digital Services",
        "Core",
        "Meridian's configuration, forms and workflows, the supplier's release slots, the link "
        "to FamilyLink, and the Meridian analysts.",
    ),
    (
        "Finance Business Partner, Children's Services",
        "Finance",
        "Extended",
        "Budgets, placement spend, savings tracking and capital bids for Children's Services.",
    ),
    (
        "Designated Nurse, Safeguarding Children, Wendover ICB",
        "Wendover Integrated Care Board",
        "Extended",
        "Health's part in the MASH and the health staff the ICB places in Family Help teams.",
    ),
    (
        "Detective Inspector, MASH and Public Protection",
        "Downshire Police",
        "Extended",
        "Police officers in the MASH, domestic abuse notifications and police information sharing.",
    ),
    (
        "Branch Secretary, PSWU Wendover County",
        "Public Service Workers' Union",
        "Consult only",
        "Consulted on pay, market supplements, caseloads, team structures and office moves, "
        "through the Joint Consultative Committee.",
    ),
    (
        "Chair, Wendover Foster Carers' Association",
        "Foster carers",
        "Consult only",
        "Consulted on fostering allowances, support for carers and the foster care hubs.",
    ),
]


def _excel_cell(value: str) -> str:
    """A cell as Excel's Unicode Text export writes it: quoted when it holds a comma, a
    quote, a tab or a line break, with its quotes doubled."""
    if any(c in value for c in ',"\t\r\n'):
        return '"' + value.replace('"', '""') + '"'
    return value


def build_roster() -> bytes:
    lines = ["\t".join(_excel_cell(c) for c in row) for row in [ROSTER_HEAD, *ROLES]]
    return b"\xff\xfe" + ("\r\n".join(lines) + "\r\n").encode("utf-16-le")


# =========================================================================== the org folder (UTF-8)

SYSTEMS = """
# Children's Services systems and data

Kept by the Meridian Systems Manager with the Head of Performance and Insight, Children's
Services. Last reviewed February 2028.

## Case recording

Meridian is our case management system for children's social care: referrals, assessments,
child protection plans, children in care, foster carer approvals, care leavers' pathway plans
and the statutory returns.

Meridian is hosted by its supplier, and changes to its forms and workflows are released only
twice a year, in March and September.

Contacts to the MASH are logged first in a shared spreadsheet by the contact officers and typed
into Meridian only when they become a referral.

Contacts that do not become a referral are kept in the spreadsheet for 12 months and then
deleted, so repeat contacts over a longer period cannot be counted.

Early Help cases are recorded in FamilyLink, a separate system that is not connected to
Meridian; a family stepped up to social care or down to Early Help is entered again by hand.

Social workers use Meridian on council laptops; there is no Meridian app for phones or tablets,
and home visits are written up back at the office.

## Partners in the MASH

The police officers in the MASH work on the constabulary's own records system, Atlas, which
council staff cannot see.

Health visitors and school nurses in the MASH look up families in the community health trust's
own system, and the MASH keeps no shared record of what each agency knows about a family.

Domestic abuse notifications from the police arrive as PDF attachments by secure email, one
notification at a time.

## Fostering and placements

Foster carer approvals, annual reviews and supervising social workers' visits are recorded in
Meridian.

Enquiries from people interested in fostering are tracked in a spreadsheet by the recruitment
team; we have no enquiry management system and cannot say how many enquirers drop out at each
stage.

Placement requests go to providers by email from the placements team's shared mailbox; there is
no placement-matching tool, and searches are logged in a spreadsheet.

The placements team keeps provider fees in its own spreadsheet, because Meridian's finance
module was never switched on.

## Children's homes

The council runs four children's homes, Larch House, Oakwell, The Croft and Riverside, with 16
beds in all.

Daily logs, incident records and medication records are kept on paper at Oakwell and The Croft;
Larch House and Riverside record them in Meridian.

## Care leavers

Pathway plans for care leavers are kept in Meridian by their personal advisers.

A care leaver's education, employment or training status is updated only at the six-monthly
pathway plan review, so the monthly figure can be up to six months old.

We are out of touch with about one care leaver in eight after their 19th birthday, and their
status is then recorded as not known.

## Workforce

PeopleHub, the council's HR system, holds every employee's post, pay, absence and training
record.

Agency social workers are not on PeopleHub; the list of agency staff is kept by our managed
service provider, Staffline, and reaches us as a monthly spreadsheet.

Caseloads are counted in Meridian for allocated children only; work on unallocated contacts and
Early Help cases is not counted.

## Reporting

Wendover Insight, the council's data warehouse, is loaded each night from Meridian, FamilyLink
and PeopleHub, and its dashboards are used in team meetings and by the Closer to Home Board.

The Emergency Duty Team answers calls about children and adults out of hours and records them in
Meridian the next working day.
"""

MEASURES = """
# Closer to Home: measure definitions

Compiled by the Head of Performance and Insight, Children's Services, from Meridian, FamilyLink,
PeopleHub and Staffline returns through Wendover Insight. Baselines are for 2026/27.

| Measure | Definition | Owner | Baseline 2026/27 | Source |
|---|---|---|---|---|
| Re-referrals within 12 months | Referrals in the year that follow an earlier referral of the same child within 12 months, as a share of all referrals | Head of Family Help and Assessment | 27% | Meridian |
| MASH decisions within 24 hours | Contacts with a recorded decision on next steps within 24 hours of arriving | Head of Front Door and MASH | 71% | MASH spreadsheet and Meridian |
| Living within 20 miles of home | Children in care on 31 March living within 20 miles of the address they came from | Head of Placements and Commissioning | 62% | Meridian |
| Children in care per 10,000 | Children in care on 31 March for every 10,000 children aged 0 to 17 in the county | Head of Children in Care and Permanence | 79 | Meridian and population estimates |
| Approved fostering households | Council foster carer households approved on 31 March | Head of Fostering | 412 | Meridian |
| Agency share of social work posts | Social work posts filled by agency workers on the last day of the quarter, as a share of funded posts | Children's Workforce Lead | 31% | PeopleHub and Staffline |
| Care leavers in education, employment or training | Care leavers aged 19 to 21 whose last recorded status is education, employment or training | Head of Care Leavers Service | 52% | Meridian |
| Children in private residential homes | Children in care living in children's homes run by private providers on 31 March | Head of Placements and Commissioning | 76 | Meridian |

The distance from home is worked out from postcodes in Meridian; the home postcode is missing for
9% of children in care, who are left out of the figure.

Re-referrals count only referrals in Meridian; a family who came back through Early Help is not
counted.

There is no measure yet of how children and families feel about the help they get, and the
pilot will be the first time we ask.

The target for children in private residential homes will be set in the 2029 sufficiency
strategy.
"""

TERMS = """
# Closer to Home Board: terms of reference

Agreed by the Corporate Leadership Team, January 2028.

## Purpose

The Board leads Closer to Home, the children's social care strategy for April 2028 to March
2031, and answers to Cabinet for it.

## Chair and sponsor

The Director of Children's Services chairs the Board and is the sponsor of Closer to Home.

## Members

- Programme Director, Closer to Home (secretary)
- the Heads of Service for the front door, family help, children in care, fostering,
  residential, placements, care leavers, and safeguarding and quality assurance
- Principal Social Worker
- Children's Workforce Lead
- Head of Performance and Insight, Children's Services
- Finance Business Partner, Children's Services
- the ICB's Designated Nurse and the police Detective Inspector for the MASH

The Lead Member for Children's Services attends as an observer.

## Decisions

The Board meets monthly and takes the gate decisions under Cabinet's delegation, once Cabinet
has approved the strategy.

Any change to fostering allowances is a key decision for Cabinet, taken once a year when the
budget is set in February.

Capital schemes above 1 million pounds must be in the capital programme agreed by Full Council
each February.

Changes to the MASH's way of working, including who triages contacts, must be agreed by the
executive of the Wendover Safeguarding Children Partnership, which meets every quarter.

The council's pledge to children in care commits us to consult Speak Up Wendover before any
change to how children in care are supported.

There is no pooled budget with health or police: each partner pays for its own staff in the
MASH and for any staff it places in Family Help teams.
"""

PSWU = """
AGREEMENT ON CONSULTATION AND NEGOTIATION - EXTRACT
Wendover County Council and the Public Service Workers' Union (PSWU), Wendover County branch
Version 4, in force from 1 September 2025

4.1 Market supplements and any other change to pay must be negotiated with PSWU through the
Joint Consultative Committee, which meets every two months.

4.2 A change to working patterns, team structures or office bases needs at least 30 days' formal
consultation with the staff affected.

4.3 A caseload limit can be a management guideline only, agreed with PSWU; it is not a term of
employment.

4.4 Vacant posts are offered first to staff at risk of redundancy elsewhere in the council
before they are advertised outside it.

4.5 The council will share workforce figures for Children's Services with the branch every
quarter.
"""

INSPECTION = """
# Inspection of children's services, November 2026: summary for managers

Prepared by the Head of Safeguarding and Quality Assurance.

Overall effectiveness: requires improvement to be good.

## What the inspectors found

- Children in immediate danger are protected quickly, and the MASH works well with police.
- Management oversight of contacts in the MASH is not always recorded.
- Too many children come back to social care within a year because help ended too early.
- Too many older children live in private children's homes far from their families and
  schools.
- Social workers like working for Wendover, but high caseloads in Saltmere slow down visits.
- Care leavers value their personal advisers, but some wait too long for suitable housing.

## What it means for new homes

Each new children's home must be registered by the inspectorate before a child moves in, and
registration takes about six months from a complete application.

Each home needs a registered manager whom the inspectorate has approved.

The next full inspection is expected between October 2029 and March 2030.
"""

SUFFICIENCY = """
# Sufficiency and children's homes: note for the Closer to Home Board

From the Head of Placements and Commissioning and the Head of Residential Services, February
2028.

76 children live in private children's homes, 41 of them outside the county.

The house in Hadleigh Vale that the council bought in 2027 needs planning permission for change
of use, which Hadleigh Vale District Council decides.

The council owns no suitable building in Saltmere; a house must be bought or leased before the
second home can be registered.

We have no registered manager in post for either new home.

The Southern Counties Placements Framework admits new members only at its annual re-opening each
January.

Night staff are hard to find, and Riverside has had two night posts vacant since June 2027.

Independent fostering agencies care for 138 of our children; their fees are on average 2.3 times
the cost of a council foster placement.
"""

CARE_LEAVERS = """
# Care leavers: housing and the local offer

From the Head of Care Leavers Service, January 2028.

The county council has no housing stock of its own; housing for care leavers is allocated by the
four district councils, Hadleigh Vale, Saltmere, Kingsford and Brayfield.

Council tax is billed by the district councils, and only two of the four exempt care leavers.

Personal advisers are allocated at 17 and a half today, and the service has no budget for
advisers from 16.

Council apprenticeships are filled through the standard recruitment process, which has no
ring-fence for care leavers.

Staying Close has government grant in Wendover only until March 2029.

Each personal adviser works with about 28 young people.

The local offer is published on the council's website and reviewed with Speak Up Wendover every
year.
"""

ACADEMY = """
# Wendover Social Work Academy

From the Principal Social Worker, February 2028.

The Academy runs the assessed first year in practice for newly qualified social workers and the
council's training programme for social care staff.

With three practice educators, the Academy can take 24 newly qualified social workers a year.

Training records for every member of staff are kept in PeopleHub.

The Wendover practice model was agreed in 2025; 40% of practitioners have had the three-day
course so far.

Overseas social workers must be registered with the national social work regulator before they
can hold cases, which takes 10 to 16 weeks.
"""

WFCA_LETTER = """
Wendover Foster Carers' Association
2 February 2028

To: Head of Fostering, Wendover County Council

Dear Head of Fostering,

Thank you for sharing the draft of Closer to Home with our committee.

We welcome the plan to raise allowances. Wendover pays 38 pounds a week less than the regional
average for a child aged 11 to 15.

Our members must be consulted before allowances or the support offer change, as the Fostering
Charter says.

Carers who need help at night or at weekends have no fostering support line; they ring the
Emergency Duty Team, which does not know their children.

Supervising social workers change too often: 14 of our 60 members have had three or more in two
years.

We would like two carers on the group that designs the foster care hubs.

Yours sincerely,

Chair, Wendover Foster Carers' Association
"""

SPEAK_UP = """
SPEAK UP WENDOVER - children in care council
Meeting notes, 16 January 2028, Brayfield Youth Centre

Present: 9 young people, the participation worker, the Head of Children in Care and Permanence

1. Closer to Home
Young people liked the north star and asked that the words stay as they wrote them.
Young people said they are often told about a move of home on the day it happens.
They asked that no one under 16 is moved out of the county without being asked first.

2. How we meet
The participation team has one worker for 612 children in care, so Speak Up Wendover meets only
in Brayfield, once a month.
Young people living out of county cannot come to meetings.

3. Next meeting
13 February 2028.
"""

ORG_TEXT = {
    "org/systems/childrens-systems-and-data.md": SYSTEMS,
    "org/measures/closer-to-home-measures.md": MEASURES,
    "org/governance/closer-to-home-board-terms-of-reference.md": TERMS,
    "org/governance/pswu-consultation-agreement-extract.txt": PSWU,
    "org/context/inspection-2026-summary.md": INSPECTION,
    "org/context/sufficiency-and-homes-note.md": SUFFICIENCY,
    "org/context/care-leavers-housing-and-local-offer.md": CARE_LEAVERS,
    "org/context/social-work-academy.md": ACADEMY,
    "org/context/wfca-letter-2028-02-02.txt": WFCA_LETTER,
    "org/context/speak-up-wendover-notes-2028-01-16.txt": SPEAK_UP,
}


def build(out: Path) -> None:
    root = out / CASE
    files: dict[str, str | bytes] = {DECK: build_deck(), ROSTER: build_roster()}
    files.update(ORG_TEXT)
    write_files(root, files)


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
