"""Build the dev32 case ``pathology-network``: its deck and its org folder, deterministically.

Run from the repository root with the project's venv (python-pptx, python-docx and lxml):

    .venv/bin/python evals/dev32/build_pathology_network.py [out]

Writes, under ``evals/dev32/pathology-network/`` (or ``<out>/pathology-network/``):

- ``KPN Joined-Up Pathology strategy NB 27-04 Network Board Feb 2027 v6.pptx``: the Kelderdale
  Pathology Network's strategy for April 2027 to March 2030, a 16:9 deck MADE IN POWERPOINT from
  the Office theme: ``docProps/app.xml`` naming "Microsoft Office PowerPoint" 16.0000,
  "Widescreen" and every slide title; ``docProps/core.xml`` with a fixed author, revision and
  created/modified dates; the slide size 12192000 x 6858000 without a ``type``; the theme's
  master and layouts widened from 4:3 to 16:9 as PowerPoint does; no printer settings. Every
  slide uses a layout of the theme with its placeholders: "Title Slide" (cover), "Title and
  Content" (bullets in the body placeholder, the master's bullets), "Comparison" (the four
  pillar slides: a "Where we are" header over context on the left, a "Where we will be"
  header over goals on the right, and a text box of initiatives under them), "Two Content"
  (scenarios beside a "Not in scope" list; the plan on one page) and "Title Only" (the tiles,
  the KPI table, the roadmap table and the risks table); every content slide carries the
  layout's footer and slide-number placeholders; shapes are named as PowerPoint names them
  ("Title 1", "Content Placeholder 2", "TextBox 7", "Rectangle 4", "Table 3"); runs in en-GB;
  speaker notes on three slides.
- ``org/``: the network's posts as an ESR export (``people/esr-posts.csv``: UTF-8 with a
  byte-order mark, CRLF, every cell quoted; Post Title / Staff Group / Band / Reports To /
  Main Duties), a quality manual extract and UKAS accreditation notes in Markdown, the
  programme board's terms of reference (Markdown), the partnership forum's agreement (DOCX),
  the pathology users' group's terms (text), the laboratory systems and data inventory
  (Markdown), the KPI definitions (Markdown), the sites and courier notes (text) and an email
  about the Strata contract (text).

Re-running it rewrites every file byte for byte: the PPTX is rewritten once more after saving
(app.xml, core.xml, no printer settings, every entry at one fixed time, python-pptx's entry
order kept); the DOCX through ``evals/dev16/_build.py``; the text files as literal strings.
It never touches ``gold.json``. This is a DEVELOPMENT case (split "dev32").
"""

from __future__ import annotations

import csv
import io
import re
import sys
import zipfile
from collections.abc import Sequence
from pathlib import Path
from xml.sax.saxutils import escape

from docx import Document
from docx.shared import Pt as DocxPt
from lxml import etree
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.oxml.ns import qn
from pptx.util import Emu, Inches, Pt

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals.dev16._build import Stamp, ooxml_bytes, write_files  # noqa: E402

HERE = Path(__file__).resolve().parent
CASE = "pathology-network"
DECK = "KPN Joined-Up Pathology strategy NB 27-04 Network Board Feb 2027 v6.pptx"
ZIP_TIME = (2027, 2, 2, 16, 40, 12)
CREATED = "2026-11-18T09:12:47Z"
MODIFIED = "2027-02-02T16:40:12Z"
DOC_STAMP = Stamp((2026, 10, 7, 11, 20, 0), "2026-10-07T11:20:00Z")

WIDE = 12192000
TALL = 6858000
FOOTER = "Kelderdale Pathology Network \u00b7 Paper NB 27/04"

NAVY = RGBColor(0x00, 0x30, 0x87)
TEAL = RGBColor(0x00, 0x72, 0x6F)
GREY = RGBColor(0x42, 0x55, 0x63)
PALE = RGBColor(0xE8, 0xED, 0xEE)
WHITE = RGBColor(0xFF, 0xFF, 0xFF)

# =========================================================================== deck helpers

Para = str | tuple[str, int]  # a paragraph, or (paragraph, outline level)


def _run(p, text: str, size: float, bold: bool = False, color: RGBColor | None = None) -> None:
    run = p.add_run()
    run.text = text
    rpr = run._r.get_or_add_rPr()
    rpr.set("lang", "en-GB")
    rpr.set("dirty", "0")
    run.font.size = Pt(size)
    if bold:
        run.font.bold = True
    if color is not None:
        run.font.color.rgb = color


def _no_bullet(p) -> None:
    ppr = p._p.get_or_add_pPr()
    ppr.set("marL", "0")
    ppr.set("indent", "0")
    etree.SubElement(ppr, qn("a:buNone"))


def _bullet(p) -> None:
    """A typed-in bullet in a text box, as PowerPoint writes one when the user presses the
    Bullets button: a hanging indent, Arial, the bullet character."""
    ppr = p._p.get_or_add_pPr()
    ppr.set("marL", "285750")
    ppr.set("indent", "-285750")
    font = etree.SubElement(ppr, qn("a:buFont"))
    font.set("typeface", "Arial")
    font.set("panose", "020B0604020202020204")
    font.set("pitchFamily", "34")
    font.set("charset", "0")
    etree.SubElement(ppr, qn("a:buChar")).set("char", "\u2022")


def fill(
    tf,
    paras: Sequence[Para],
    size: float,
    *,
    bold_first: bool = False,
    bold_level0: bool = False,
    space: float = 6,
    color: RGBColor | None = None,
) -> None:
    """Paragraphs into a placeholder's text frame, each with the master's bullet for its
    level; the first (a header) or every level-0 paragraph bold and without a bullet."""
    for i, item in enumerate(paras):
        text, level = item if isinstance(item, tuple) else (item, 0)
        p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
        p.level = level
        if i:
            p.space_before = Pt(space)
        head = (bold_first and i == 0) or (bold_level0 and level == 0)
        if head:
            _no_bullet(p)
        _run(p, text, size if level == 0 else size - 1, head, color)


def text_box(
    slide,
    x: float,
    y: float,
    w: float,
    h: float,
    paras: Sequence[str],
    size: float,
    *,
    bold_first: bool = False,
    bullets: bool = False,
    color: RGBColor | None = GREY,
    align=None,
):
    box = slide.shapes.add_textbox(Inches(x), Inches(y), Inches(w), Inches(h))
    tf = box.text_frame
    tf.word_wrap = True
    for i, text in enumerate(paras):
        p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
        head = bold_first and i == 0
        if bullets and not head:
            _bullet(p)
        if i:
            p.space_before = Pt(4)
        if align is not None:
            p.alignment = align
        _run(p, text, size, head, NAVY if head else color)
    return box


def place(shape, x: float, y: float, w: float, h: float) -> None:
    shape.left, shape.top, shape.width, shape.height = Inches(x), Inches(y), Inches(w), Inches(h)


def tile(slide, x: float, y: float, w: float, h: float, big: str, label: str, today: bool):
    """A big-number tile: a filled rectangle holding the number and its label."""
    shape = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, Inches(x), Inches(y), Inches(w), Inches(h))
    shape.fill.solid()
    shape.fill.fore_color.rgb = PALE if today else NAVY
    shape.line.fill.background()
    tf = shape.text_frame
    tf.word_wrap = True
    tf.vertical_anchor = MSO_ANCHOR.TOP
    ink = GREY if today else WHITE
    p = tf.paragraphs[0]
    p.alignment = PP_ALIGN.LEFT
    _run(p, big, 40, True, ink)
    p = tf.add_paragraph()
    p.alignment = PP_ALIGN.LEFT
    _run(p, label, 14, False, ink)
    return shape


def table(
    slide,
    rows: Sequence[Sequence[str]],
    x: float,
    y: float,
    widths: Sequence[float],
    row_h: float,
    size: float,
):
    shape = slide.shapes.add_table(
        len(rows),
        len(widths),
        Inches(x),
        Inches(y),
        Inches(sum(widths)),
        Inches(row_h * len(rows)),
    )
    tab = shape.table
    for j, w in enumerate(widths):
        tab.columns[j].width = Inches(w)
    for i, row in enumerate(rows):
        tab.rows[i].height = Inches(row_h)
        for j, text in enumerate(row):
            cell = tab.cell(i, j)
            cell.margin_top = cell.margin_bottom = Inches(0.03)
            tf = cell.text_frame
            tf.word_wrap = True
            if text:
                _run(tf.paragraphs[0], text, size, i == 0 or j == 0)
    return shape


def notes(slide, paras: Sequence[str]) -> None:
    tf = slide.notes_slide.notes_text_frame
    for i, text in enumerate(paras):
        p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
        _run(p, text, 12)


def widen(prs) -> None:
    """The Office theme's 4:3 master and layouts stretched to 16:9, as PowerPoint does when
    the slide size is changed: every x offset and width times 4/3."""
    for part in [prs.slide_master, *prs.slide_layouts]:
        for xfrm in part._element.iter(qn("a:xfrm")):
            off, ext = xfrm.find(qn("a:off")), xfrm.find(qn("a:ext"))
            off.set("x", str(round(int(off.get("x")) * 4 / 3)))
            ext.set("cx", str(round(int(ext.get("cx")) * 4 / 3)))
    prs.slide_width = Emu(WIDE)
    prs.slide_height = Emu(TALL)
    prs.part._element.find(qn("p:sldSz")).attrib.pop("type", None)


NSDECL = (
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"'
)


def footers(slide, layout, n: int) -> None:
    """The layout's footer and slide-number placeholders on the slide, as PowerPoint adds them
    when "Footer" and "Slide number" are ticked: empty spPr (the layout's position), the
    footer's text and the slide number as a ``slidenum`` field."""
    fld = layout.placeholders.get(idx=12)._element.find(".//" + qn("a:fld")).get("id")
    tree = slide.shapes._spTree
    top = max(int(el.get("id")) for el in tree.iter(qn("p:cNvPr")))
    ftr = (
        f'<p:sp {NSDECL}><p:nvSpPr><p:cNvPr id="{top + 1}" name="Footer Placeholder {top}"/>'
        '<p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="ftr" sz="quarter" '
        'idx="11"/></p:nvPr></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/><a:lstStyle/><a:p>'
        f'<a:r><a:rPr lang="en-GB" dirty="0"/><a:t>{escape(FOOTER)}</a:t></a:r></a:p>'
        "</p:txBody></p:sp>"
    )
    num = (
        f'<p:sp {NSDECL}><p:nvSpPr><p:cNvPr id="{top + 2}" '
        f'name="Slide Number Placeholder {top + 1}"/>'
        '<p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="sldNum" '
        'sz="quarter" idx="12"/></p:nvPr></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/>'
        f'<a:lstStyle/><a:p><a:fld id="{fld}" type="slidenum"><a:rPr lang="en-GB"/>'
        f'<a:t>{n}</a:t></a:fld><a:endParaRPr lang="en-GB" dirty="0"/></a:p></p:txBody></p:sp>'
    )
    tree.append(etree.fromstring(ftr))
    tree.append(etree.fromstring(num))


TITLES: list[str] = []
LAYOUTS: dict[int, object] = {}


def new_slide(prs, layout: str, title: str):
    lay = next(x for x in prs.slide_layouts if x.name == layout)
    slide = prs.slides.add_slide(lay)
    TITLES.append(title)
    LAYOUTS[len(prs.slides)] = lay
    if layout != "Title Slide":
        t = slide.shapes.title
        place(t, 0.6, 0.3, 12.1, 0.95)
        p = t.text_frame.paragraphs[0]
        p.alignment = PP_ALIGN.LEFT
        _run(p, title, 30, True, NAVY)
    return slide


def body(slide, idx: int, x: float, y: float, w: float, h: float):
    ph = slide.placeholders[idx]
    place(ph, x, y, w, h)
    return ph.text_frame


def comparison(
    prs,
    title: str,
    where_we_are: Sequence[str],
    where_we_will_be: Sequence[str],
    do: Sequence[str],
) -> None:
    """A pillar slide on the "Comparison" layout: the two header placeholders say "Where we
    are" and "Where we will be", the two content placeholders hold the context and the goals,
    and a text box under them lists the initiatives."""
    s = new_slide(prs, "Comparison", title)
    for idx, x, head in ((1, 0.6, "Where we are"), (3, 6.75, "Where we will be")):
        tf = body(s, idx, x, 1.35, 5.95, 0.5)
        _run(tf.paragraphs[0], head, 20, True, TEAL if idx == 3 else GREY)
    fill(body(s, 2, 0.6, 1.85, 5.95, 2.75), where_we_are, 15, space=8, color=GREY)
    fill(body(s, 4, 6.75, 1.85, 5.95, 2.75), where_we_will_be, 15, space=8, color=NAVY)
    text_box(s, 0.6, 4.7, 12.1, 1.75, ["What we will do", *do], 14, bold_first=True, bullets=True)


# =========================================================================== the slides


def s01_cover(prs) -> None:
    s = new_slide(prs, "Title Slide", "Joined-Up Pathology")
    t = s.shapes.title
    place(t, 0.9, 2.0, 11.5, 1.4)
    _run(t.text_frame.paragraphs[0], "Joined-Up Pathology", 48, True, NAVY)
    sub = s.placeholders[1]
    place(sub, 0.9, 3.6, 11.5, 1.5)
    tf = sub.text_frame
    _run(
        tf.paragraphs[0],
        "Kelderdale Pathology Network strategy, April 2027 to March 2030",
        22,
        False,
        GREY,
    )
    _run(
        tf.add_paragraph(), "Network Board, 9 February 2027 \u00b7 Paper NB 27/04", 16, False, GREY
    )


def s02_why(prs) -> None:
    s = new_slide(prs, "Title and Content", "Why we must change now")
    tf = body(s, 1, 0.6, 1.4, 12.1, 5.3)
    fill(
        tf,
        [
            "Five laboratories run on three LIMS: PathWare 6 at the hub and Oakenby, Corvalis Lab "
            "at Thornleigh and Colnbeck, Wrenlab at Lindleigh",
            "We reported 14.2 million tests in 2025/26; GP practices asked for 58% of them",
            "About 4,100 paper request forms arrive from GP practices every working day",
            "61% of GP samples reach the hub after 4pm, so most are analysed overnight",
            "4.2 of our 21 consultant histopathologist posts are vacant",
            "In 2019 we set out to bring all GP requesting online by 2021; by 2025/26 we had "
            "reached 12%",
            "Our neighbours, the Wolds and Coast Pathology Network, report 93% of ED urgent "
            "results within one hour",
        ],
        18,
        space=10,
    )
    notes(
        s,
        [
            "Figures are for the 2025/26 financial year from the Larchstore warehouse, except the "
            "vacancy figure, which is from ESR in December 2026.",
        ],
    )


def s03_ambition(prs) -> None:
    s = new_slide(prs, "Title Only", "Our ambition for 2030")
    text_box(
        s,
        0.6,
        1.35,
        12.1,
        1.3,
        [
            "One pathology service for Kelderdale: the same test done the same way at every "
            "site, and a result every clinician can trust wherever the sample was taken"
        ],
        24,
        color=NAVY,
    )
    tiles = [
        ("14.2m", "tests reported in 2025/26", True),
        ("90%", "of ED urgent blood results within 1 hour by March 2029", False),
        ("95%", "of GP test requests made digitally by March 2030", False),
        ("5 of 5", "laboratories on one LIMS by March 2029", False),
    ]
    for k, (big, label, today) in enumerate(tiles):
        tile(s, 0.6 + k * 3.07, 3.1, 2.87, 2.6, big, label, today)


def s04_goals(prs) -> None:
    s = new_slide(prs, "Title and Content", "What we will have achieved")
    tf = body(s, 1, 0.6, 1.4, 12.1, 5.3)
    fill(
        tf,
        [
            "One LIMS: all five laboratories reporting from Strata by March 2029 (contract "
            "signed December 2026)",
            "90% of ED urgent blood results within 1 hour by March 2029 \u2014 up from 68% in "
            "2025/26",
            "95% of GP test requests made digitally by March 2030 (stretch: 98%)",
            "80% of histology primary diagnoses made on screen by March 2030 (see appendix B for "
            "the validation standard)",
            "95% of POCT operators with in-date competence by March 2029 \u2014 a requirement of "
            "ISO 15189:2022",
            "PathWare 6, Corvalis Lab and Wrenlab switched off by March 2030 (agreed in principle "
            "by the Network Board, November 2026)",
        ],
        18,
        space=10,
    )


def s05_one_record(prs) -> None:
    comparison(
        prs,
        "One record for Kelderdale",
        [
            "Three LIMS, three test catalogues and 1,140 test codes between them",
            "Reference ranges differ between sites for 38 common tests",
            "A Lindleigh clinician phones Thornleigh to see a patient's earlier results",
        ],
        [
            "All five laboratories reporting from the Strata LIMS by March 2029",
            "One network test catalogue and one set of reference ranges in use from the first "
            "Strata go-live in March 2028",
            "Kelderdale known as the best place in the north to train as a biomedical scientist",
        ],
        [
            "Configure Strata once for all five laboratories, going live at the hub and "
            "Oakenby first",
            "Migrate cumulative results from PathWare 6, Corvalis Lab and Wrenlab into Strata",
            "Harmonise the test catalogue and reference ranges, consulting the Pathology "
            "Users' Group",
            "Staff urgent blood sciences at the four hospital laboratories on one network rota",
        ],
    )


def s06_samples(prs) -> None:
    comparison(
        prs,
        "Following every sample",
        [
            "88% of GP requests arrive on handwritten or printed paper forms",
            "Couriers collect once a day from each of our 64 practices",
            "2.3% of GP samples are rejected because the label and the form do not match",
        ],
        [
            "95% of GP test requests made digitally by March 2030",
            "98% of GP sample bags scanned at collection and at receipt by March 2029",
            "GP samples rejected as unlabelled or mislabelled down to 0.8% by March 2029",
        ],
        [
            "Roll out digital requesting from EMIS Web and SystmOne to all 64 practices, one "
            "primary care network at a time",
            "Print sample labels in the practice when the test is requested",
            "Give every courier a handheld scanner and track each bag from practice to hub",
            "Scan every bag again on arrival at hub reception",
        ],
    )


def s07_glass(prs) -> None:
    comparison(
        prs,
        "From glass to screen",
        [
            "Two slide scanners, both at the hub, scan 30% of histology slides",
            "58% of histology cases are reported within 10 days of biopsy",
            "Thornleigh's slides travel to the hub by van for a second opinion",
        ],
        [
            "80% of histology primary diagnoses made on screen by March 2030",
            "90% of histology cases reported within 10 days of biopsy by March 2030",
        ],
        [
            "Scan every histology slide at the hub and at Thornleigh",
            "Validate each consultant for digital primary diagnosis against the RCPath guidance",
            "Let consultants report from any site and from home on SlideHarbour",
            "Store scanned images for ten years, as long as we keep the glass",
        ],
    )


def s08_bedside(prs) -> None:
    comparison(
        prs,
        "Safe tests at the bedside",
        [
            "About 1,380 point-of-care devices on wards and in clinics at four hospitals",
            "Only the blood gas analysers send results to a LIMS",
            "47% of POCT operators have an in-date competence record",
        ],
        [
            "95% of POCT operators with in-date competence by March 2029",
            "Every POCT device on one network register by September 2027",
            "Point-of-care testing that wards trust and inspectors commend",
        ],
        [
            "Build one register of POCT devices and operators across the four hospitals",
            "Connect glucose meters and INR meters to Strata through PointLink",
            "Lock out operators whose competence has lapsed",
            "Bring POCT into our ISO 15189:2022 scope",
        ],
    )


def s09_samples_we_plan_around(prs) -> None:
    s = new_slide(prs, "Two Content", "Four samples we plan around")
    fill(
        body(s, 1, 0.6, 1.4, 6.6, 5.2),
        [
            "We test every change against four samples",
            "A GP blood test, from the request in the surgery to the result in the GP record",
            "An urgent blood test from the emergency department at night",
            "A suspected-cancer biopsy, from theatre to a reported diagnosis",
            "A glucose test at the bedside on a ward",
        ],
        17,
        bold_first=True,
        space=10,
    )
    fill(
        body(s, 2, 7.5, 1.4, 5.2, 5.2),
        [
            "Not in scope",
            "Cervical screening, done by the regional screening laboratory",
            "Genomic tests sent to the Genomic Laboratory Hub",
            "Mortuary and post-mortem services",
            "Private patient and research trial samples",
        ],
        17,
        bold_first=True,
        space=10,
        color=GREY,
    )


KPI_ROWS = [
    ("Metric", "Baseline 2025/26", "Target", "By when"),
    (
        "ED urgent blood tests: receipt to authorised result",
        "68%",
        "90% within 1 hour",
        "March 2029",
    ),
    (
        "Ward urgent blood tests: receipt to authorised result",
        "63%",
        "90% within 1 hour",
        "March 2029",
    ),
    (
        "GP blood tests: collection to result available to the practice",
        "71%",
        "90% within 24 hours",
        "March 2029",
    ),
    (
        "Outpatient blood tests: collection to result available to the clinic",
        "76%",
        "90% within 24 hours",
        "March 2029",
    ),
    ("Laboratories reporting from the Strata LIMS", "0 of 5", "5 of 5", "March 2029"),
    ("GP test requests made digitally", "12%", "95%", "March 2030"),
    ("GP sample bags scanned at collection and at receipt", "None", "98%", "March 2029"),
    ("GP samples rejected as unlabelled or mislabelled", "2.3%", "0.8%", "March 2029"),
    ("Histology cases with primary diagnosis made on screen", "0%", "80%", "March 2030"),
    ("Histology cases reported within 10 days of biopsy", "58%", "90%", "March 2030"),
    ("POCT operators with in-date competence", "47%", "95%", "March 2029"),
    (
        "Laboratory staff who would recommend the network as a place to work",
        "54%",
        "Higher",
        "To be agreed with staff side",
    ),
]


def s10_kpis(prs) -> None:
    s = new_slide(prs, "Title Only", "How we will measure success")
    table(s, KPI_ROWS, 0.6, 1.3, [6.3, 1.8, 2.2, 1.8], 0.4, 12)
    notes(
        s,
        [
            "Baselines are for 2025/26 from Larchstore; the staff figure is from the 2026 NHS "
            "Staff Survey.",
            "Urgent turnaround runs from receipt in the laboratory; GP and outpatient turnaround "
            "runs from collection. Definitions are in appendix B.",
        ],
    )


def s11_clock(prs) -> None:
    s = new_slide(prs, "Title and Content", "How the three years run")
    fill(
        body(s, 1, 0.6, 1.4, 12.1, 5.3),
        [
            "A three-year, \u00a39.8m programme from April 2027, planned in NHS financial years",
            "Year 1 runs April 2027 to March 2028",
            "Year 2 runs April 2028 to March 2029",
            "Year 3 runs April 2029 to March 2030",
            "Each year closes with a gate at the Network Board: 28 March 2028, 27 March 2029 and "
            "26 March 2030",
            "The digital requesting pilot runs 12 weeks, from September 2027, inside Year 1",
            "The Strata contract runs to 2034; licences after March 2030 are business as usual, "
            "not this programme",
        ],
        18,
        space=10,
    )


ROADMAP = [
    ("", "Year 1: Connect", "Year 2: Consolidate", "Year 3: Transform"),
    (
        "One record",
        "Strata live at the hub and Oakenby",
        "Strata live at Thornleigh, Colnbeck and Lindleigh",
        "Old LIMS switched off; results archive read-only",
    ),
    (
        "Requesting and samples",
        "Pilot with one primary care network; bag scanning on every route",
        "Digital requesting in 32 practices",
        "Digital requesting in all 64 practices",
    ),
    (
        "Cellular pathology",
        "Scanner at Thornleigh; first consultants validated",
        "Primary diagnosis on screen for the first specialties",
        "All specialties reported on screen",
    ),
    (
        "Point-of-care testing",
        "One device and operator register",
        "Glucose and INR meters connected",
        "POCT inside our UKAS scope",
    ),
    ("Gate", "Gate 1", "Gate 2", "Gate 3: close"),
]


def s12_roadmap(prs) -> None:
    s = new_slide(prs, "Title Only", "Three years, three steps")
    table(s, ROADMAP, 0.6, 1.4, [2.4, 3.25, 3.25, 3.2], 0.82, 14)


def s13_pilot(prs) -> None:
    s = new_slide(prs, "Title and Content", "Lowbeck Valley first")
    fill(
        body(s, 1, 0.6, 1.4, 12.1, 5.3),
        [
            "We pilot digital requesting with the six practices of Lowbeck Valley PCN (38,600 "
            "registered patients)",
            "The pilot runs 12 weeks, from 6 September to 26 November 2027",
            (
                "Weeks 1\u20132: connect OrderPoint to the six practices' clinical systems and "
                "install label printers",
                1,
            ),
            ("Weeks 2\u20133: train reception and clinical staff in each practice", 1),
            (
                "Week 4: stop paper forms for blood tests; keep them for microbiology until week 8",
                1,
            ),
            ("Week 12: evaluate the pilot against its measures and report to Gate 1", 1),
            "Pilot measures: 90% of blood test requests made digitally and fewer than 1% of "
            "samples rejected by week 12",
        ],
        18,
        space=8,
    )
    notes(
        s,
        [
            "Lowbeck Valley was chosen because its six practices share one courier route and two "
            "of them already print labels for their own clinics.",
        ],
    )


def s14_green_lights(prs) -> None:
    s = new_slide(prs, "Title and Content", "Green lights: what must be true at each gate")
    fill(
        body(s, 1, 0.6, 1.4, 12.1, 5.3),
        [
            "Gate 1, March 2028",
            ("Strata live at the hub and Oakenby with no open high-severity hazards", 1),
            ("Lowbeck Valley requesting 90% of blood tests digitally", 1),
            ("Every POCT device at the four hospitals on the register", 1),
            "Gate 2, March 2029",
            ("All five laboratories on Strata; PathWare 6, Corvalis Lab and Wrenlab read-only", 1),
            ("Glucose and INR meters at all four hospitals sending results to Strata", 1),
            "Gate 3, March 2030",
            ("The three old LIMS switched off and their contracts ended", 1),
            ("Digital requesting live in all 64 practices", 1),
        ],
        18,
        bold_level0=True,
        space=4,
    )


RISKS = [
    ("Risk", "Likelihood", "Impact", "Mitigation"),
    (
        "Data migration from three LIMS slips",
        "High",
        "High",
        "Trial-migrate each site's cumulative results twice before its go-live",
    ),
    (
        "Practices see digital requesting as extra work",
        "Medium",
        "High",
        "Print labels in the consulting room so practice staff stop hand-labelling",
    ),
    (
        "Too few consultants validated to report on screen",
        "Medium",
        "High",
        "Protect two sessions a month in each consultant's job plan for validation",
    ),
    (
        "UKAS finds methods not verified after the LIMS change",
        "Low",
        "High",
        "Verify every analyser method on Strata before each site goes live",
    ),
    (
        "Scanning slows the courier rounds",
        "Low",
        "Medium",
        "Trial bag scanning on two routes before every van carries a scanner",
    ),
]


def s15_risks(prs) -> None:
    s = new_slide(prs, "Title Only", "What could knock us off course")
    table(s, RISKS, 0.6, 1.4, [3.9, 1.4, 1.2, 5.6], 0.78, 14)


def s16_first_90(prs) -> None:
    s = new_slide(prs, "Title and Content", "Clearing the bench: our first 90 days")
    fill(
        body(s, 1, 0.6, 1.4, 12.1, 5.3),
        [
            "April to June 2027",
            "Sign off the Strata build plan with Quenby Health Systems (LIMS Programme Manager)",
            "Publish the 2025/26 turnaround baselines by site and requester (Performance Analyst)",
            "Start the device and operator register at Oakenby Royal Infirmary (POCT Lead)",
            "Open the clinical safety hazard log for digital requesting (Clinical Safety Officer)",
            "Agree data sharing with the six Lowbeck Valley practices (IG Lead)",
            "Map every courier route and collection time (Logistics Manager)",
            "Tell UKAS of the planned LIMS change at each site (Head of Quality)",
        ],
        17,
        bold_first=True,
        space=8,
    )


def s17_governance(prs) -> None:
    s = new_slide(prs, "Title and Content", "Who decides")
    fill(
        body(s, 1, 0.6, 1.4, 12.1, 5.3),
        [
            "Network Board: chaired by the Chief Executive of Oakenby Teaching Hospitals; approves "
            "the budget and passes each gate",
            "Modernisation Programme Board: chaired by the Network Managing Director, our senior "
            "responsible owner; meets every two weeks",
            "Clinical Safety Group: chaired by the Network Clinical Director; signs off the hazard "
            "log before each go-live",
            "Pillar leads: LIMS Programme Manager, Primary Care Liaison Manager, Cellular "
            "Pathology Manager, Point of Care Testing Manager",
            "Consulted, never deciding: the Area Prescribing Committee's Pathology Users' Group "
            "and the Pathology Partnership Forum (staff side)",
        ],
        18,
        space=12,
    )


def s18_costs(prs) -> None:
    s = new_slide(prs, "Title and Content", "What it costs")
    fill(
        body(s, 1, 0.6, 1.4, 12.1, 5.3),
        [
            "\u00a39.8m over three years: \u00a36.3m capital and \u00a33.5m revenue",
            "\u00a33.4m in Year 1, \u00a33.9m in Year 2 and \u00a32.5m in Year 3",
            "\u00a32.1m of Year 1 is capital: the Strata build, two slide scanners and 90 courier "
            "handhelds",
            "After March 2030, Strata licences cost \u00a30.8m revenue a year",
            "Shared by the three trusts in proportion to test volumes: Oakenby 46%, Thornleigh "
            "and Colnbeck 33%, Lindleigh 21%",
        ],
        18,
        space=12,
    )


def s19_one_page(prs) -> None:
    s = new_slide(prs, "Two Content", "The plan on one page")
    fill(
        body(s, 1, 0.6, 1.4, 5.9, 5.2),
        [
            "By March 2029",
            "All five laboratories on Strata",
            "90% of ED urgent blood results within 1 hour",
            "90% of ward urgent blood results within 1 hour",
            "98% of GP sample bags scanned",
            "95% of POCT operators in date",
        ],
        18,
        bold_first=True,
        space=10,
    )
    fill(
        body(s, 2, 6.8, 1.4, 5.9, 5.2),
        [
            "By March 2030",
            "95% of GP test requests made digitally",
            "80% of histology primary diagnoses made on screen",
            "PathWare 6, Corvalis Lab and Wrenlab switched off",
        ],
        18,
        bold_first=True,
        space=10,
    )


def s20_asks(prs) -> None:
    s = new_slide(prs, "Title and Content", "What we ask of the Network Board")
    fill(
        body(s, 1, 0.6, 1.4, 12.1, 5.3),
        [
            "Approve Joined-Up Pathology and its three-year, \u00a39.8m programme",
            "Release \u00a33.4m for Year 1 from 1 April 2027",
            "Confirm the Network Managing Director as senior responsible owner",
            "Agree that urgent blood sciences move to one network rota, after consultation with "
            "the Pathology Partnership Forum",
            "Note the risks and the first 90 days",
        ],
        20,
        space=14,
    )


SLIDES = [
    s01_cover,
    s02_why,
    s03_ambition,
    s04_goals,
    s05_one_record,
    s06_samples,
    s07_glass,
    s08_bedside,
    s09_samples_we_plan_around,
    s10_kpis,
    s11_clock,
    s12_roadmap,
    s13_pilot,
    s14_green_lights,
    s15_risks,
    s16_first_90,
    s17_governance,
    s18_costs,
    s19_one_page,
    s20_asks,
]

# =========================================================================== the package


def app_xml(titles: Sequence[str], notes_count: int) -> bytes:
    fonts = ["Arial", "Calibri"]
    parts = [*fonts, "Office Theme", *titles]
    lpstr = "".join(f"<vt:lpstr>{escape(t)}</vt:lpstr>" for t in parts)
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-'
        'properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/'
        'docPropsVTypes"><TotalTime>2417</TotalTime><Words>2130</Words>'
        "<Application>Microsoft Office PowerPoint</Application>"
        "<PresentationFormat>Widescreen</PresentationFormat><Paragraphs>241</Paragraphs>"
        f"<Slides>{len(titles)}</Slides><Notes>{notes_count}</Notes><HiddenSlides>0"
        "</HiddenSlides><MMClips>0</MMClips><ScaleCrop>false</ScaleCrop><HeadingPairs>"
        '<vt:vector size="6" baseType="variant">'
        "<vt:variant><vt:lpstr>Fonts Used</vt:lpstr></vt:variant>"
        f"<vt:variant><vt:i4>{len(fonts)}</vt:i4></vt:variant>"
        "<vt:variant><vt:lpstr>Theme</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4>"
        "</vt:variant><vt:variant><vt:lpstr>Slide Titles</vt:lpstr></vt:variant>"
        f"<vt:variant><vt:i4>{len(titles)}</vt:i4></vt:variant></vt:vector></HeadingPairs>"
        f'<TitlesOfParts><vt:vector size="{len(parts)}" baseType="lpstr">{lpstr}</vt:vector>'
        "</TitlesOfParts><Company>Oakenby Teaching Hospitals NHS Foundation Trust</Company>"
        "<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>"
        "<HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0000</AppVersion>"
        "</Properties>"
    ).encode()


CORE_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
    'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>Joined-Up Pathology'
    "</dc:title><dc:creator>Rowe Hannah (Oakenby Teaching Hospitals)</dc:creator>"
    "<cp:lastModifiedBy>Okafor Daniel (Oakenby Teaching Hospitals)</cp:lastModifiedBy>"
    "<cp:revision>41</cp:revision>"
    f'<dcterms:created xsi:type="dcterms:W3CDTF">{CREATED}</dcterms:created>'
    f'<dcterms:modified xsi:type="dcterms:W3CDTF">{MODIFIED}</dcterms:modified>'
    "</cp:coreProperties>"
).encode()

PRINTER = "ppt/printerSettings/printerSettings1.bin"


def finish_pptx(data: bytes, notes_count: int) -> bytes:
    """The package as PowerPoint for Windows leaves it: its own app.xml and core.xml, no Mac
    printer settings, every entry at one fixed time (python-pptx's entry order kept)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            name = info.filename
            if name == PRINTER:
                continue
            raw = src.read(name)
            if name == "docProps/app.xml":
                raw = app_xml(TITLES, notes_count)
            elif name == "docProps/core.xml":
                raw = CORE_XML
            elif name == "ppt/_rels/presentation.xml.rels":
                raw = re.sub(rb"<Relationship [^>]*printerSettings[^>]*/>", b"", raw)
            elif name == "[Content_Types].xml":
                raw = re.sub(rb'<Default Extension="bin"[^>]*/>', b"", raw)
            fixed = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, raw)
    return out.getvalue()


def build_deck() -> bytes:
    TITLES.clear()
    LAYOUTS.clear()
    prs = Presentation()
    widen(prs)
    for make in SLIDES:
        make(prs)
    for n, slide in enumerate(prs.slides, start=1):
        if n > 1:
            footers(slide, LAYOUTS[n], n)
    notes_count = sum(1 for s in prs.slides if s.has_notes_slide)
    buf = io.BytesIO()
    prs.save(buf)
    return finish_pptx(buf.getvalue(), notes_count)


# =========================================================================== the roster (ESR)

ESR_HEAD = ["Post Title", "Staff Group", "Band", "Reports To", "Main Duties"]
COO = "Chief Operating Officer, Oakenby Teaching Hospitals NHS FT"
NMD = "Network Managing Director"
NCD = "Network Clinical Director"
HPQ = "Head of Pathology Quality"
NWB = "Network Workforce and Business Manager"
CONSULTED = "Non-ESR (consulted body)"

POSTS = [
    (
        NMD,
        "Administrative and Clerical",
        "Band 9",
        COO,
        "Leads the Kelderdale Pathology Network for its three trusts. Senior responsible owner "
        "of the Joined-Up Pathology programme and chair of the Modernisation Programme Board; "
        "takes each gate to the Network Board and releases programme budget within the limits "
        "the Network Board sets. Leads organisational change across the network with the "
        "trusts' HR directors.",
    ),
    (
        NCD,
        "Medical and Dental",
        "Consultant",
        NMD,
        "Clinical lead for the network. Chairs the Clinical Safety Group, which signs off the "
        "hazard log before each go-live. Agrees consultant job plans with the trusts' medical "
        "directors, including time for training and validation. Signs off network reference "
        "ranges and the network test catalogue once the relevant quality manager has verified "
        "them.",
    ),
    (
        HPQ,
        "Add Prof Scientific and Technic",
        "Band 8 - Range C",
        NMD,
        "Owns the network quality management system in Qualis and the quality manual. Holds "
        "ISO 15189:2022 accreditation for all five laboratories and is the network's only "
        "contact with UKAS, including notice of significant changes and extensions to scope.",
    ),
    (
        "Blood Sciences Manager",
        "Healthcare Scientists",
        "Band 8 - Range B",
        NMD,
        "Runs clinical biochemistry, haematology and blood transfusion at the hub and the four "
        "hospital laboratories day to day: analysers, staffing, rotas and the turnaround of "
        "urgent and routine work.",
    ),
    (
        "Blood Sciences Quality Manager",
        "Healthcare Scientists",
        "Band 8 - Range A",
        HPQ,
        "Verification and validation of blood sciences methods and analysers, internal quality "
        "control and external quality assessment. Keeps the blood sciences test catalogue and "
        "reference ranges and proposes changes to them; does not manage blood sciences staff, "
        "rotas or turnaround.",
    ),
    (
        "Cellular Pathology Manager",
        "Healthcare Scientists",
        "Band 8 - Range B",
        NMD,
        "Runs histology and cytology at the hub and at Thornleigh: cut-up support, slide "
        "production, slide scanning and the movement of slides and blocks between sites.",
    ),
    (
        "Consultant Histopathologist (Digital Pathology Lead)",
        "Medical and Dental",
        "Consultant",
        NCD,
        "Clinical lead for digital cellular pathology. Validates each consultant for primary "
        "diagnosis on screen, following the Royal College of Pathologists' guidance, and "
        "decides which specialties move to on-screen reporting first. Owns the on-screen "
        "reporting rota.",
    ),
    (
        "Microbiology Manager",
        "Healthcare Scientists",
        "Band 8 - Range B",
        NMD,
        "Runs microbiology and virology at the hub: bacteriology, serology, molecular testing "
        "and the microbiology test catalogue.",
    ),
    (
        "LIMS Programme Manager",
        "Administrative and Clerical",
        "Band 8 - Range B",
        NMD,
        "Fixed term to March 2030. Delivers the Strata LIMS with Quenby Health Systems: the "
        "build plan, configuration, testing, cutover plans and go-live at each site. Keeps the "
        "programme plan and its risks. Moving data out of the old LIMS is the Pathology IT "
        "Manager's; verifying methods is the quality managers'.",
    ),
    (
        "Pathology IT Manager",
        "Add Prof Scientific and Technic",
        "Band 8 - Range A",
        NMD,
        "Runs the laboratory systems in service today (PathWare 6, Corvalis Lab, Wrenlab, "
        "OrderPoint, PointLink and SlideHarbour) and their interfaces: analyser links, HL7 "
        "feeds to the trusts' patient administration systems and results messages to GP "
        "practices. Moves data from the old LIMS into Strata and builds new interfaces, "
        "including OrderPoint's links to practice clinical systems. Runs the servers and "
        "storage for scanned slides.",
    ),
    (
        "Pathology Data and Performance Analyst",
        "Administrative and Clerical",
        "Band 7",
        NWB,
        "Builds and publishes the network's turnaround, workload and quality measures from the "
        "Larchstore warehouse in Power BI. Keeps the KPI definitions and their baselines and "
        "reports the measures of any pilot.",
    ),
    (
        "Pathology Logistics Manager",
        "Administrative and Clerical",
        "Band 7",
        NWB,
        "Manages the courier contract with Mossgill Logistics, van routes, collection times at "
        "GP practices and transport between sites, and the tracking of sample bags from "
        "collection until they are handed over at a laboratory.",
    ),
    (
        "Specimen Reception Manager",
        "Healthcare Scientists",
        "Band 7",
        "Blood Sciences Manager",
        "Runs specimen reception at the hub: booking-in, the receipt scan of every bag and "
        "sample, and the acceptance or rejection of samples under the labelling policy.",
    ),
    (
        "Primary Care Liaison Manager",
        "Administrative and Clerical",
        "Band 7",
        NMD,
        "The network's link with GP practices and primary care networks. Rolls out digital "
        "requesting practice by practice, trains practice reception and clinical staff in "
        "requesting and sample labelling, sets up label printers with practices and keeps the "
        "GP section of the user handbook. Leads any pilot with practices.",
    ),
    (
        "Point of Care Testing Manager",
        "Healthcare Scientists",
        "Band 8 - Range A",
        HPQ,
        "Governance of point-of-care testing in the four hospitals: the device and operator "
        "register, the choice and connection of devices, operator training, competence and "
        "lock-out, and the POCT Committee.",
    ),
    (
        "Pathology Training and Education Lead",
        "Healthcare Scientists",
        "Band 7",
        HPQ,
        "Training and competence of laboratory staff: induction, IBMS registration portfolios, "
        "competence records in LearnPath and training laboratory staff on new systems. Ward "
        "staff who use POCT devices and GP practice staff are outside this remit.",
    ),
    (
        NWB,
        "Administrative and Clerical",
        "Band 8 - Range A",
        NMD,
        "Budget, business cases and benefits tracking for the network and the programme. "
        "Workforce plans, job descriptions and the terms of network rotas, working with the "
        "trusts' HR teams.",
    ),
    (
        "Clinical Safety Officer",
        "Add Prof Scientific and Technic",
        "Band 8 - Range A",
        NCD,
        "Clinical risk management of the network's digital systems under DCB0129 and DCB0160: "
        "hazard logs and safety cases for Strata, OrderPoint requesting and SlideHarbour; "
        "presents each to the Clinical Safety Group.",
    ),
    (
        "Information Governance Lead",
        "Administrative and Clerical",
        "Band 7",
        NWB,
        "Data protection impact assessments, data sharing agreements with GP practices and the "
        "trusts, and the network's records retention schedule.",
    ),
    (
        "Chair, Pathology Users' Group (Area Prescribing Committee)",
        CONSULTED,
        "Not applicable",
        "Not applicable",
        "A GP appointed by the Area Prescribing Committee. Chairs the users' group that is "
        "consulted on the test catalogue, reference ranges and request profiles that GP "
        "practices use. Consulted; leads no network work.",
    ),
    (
        "Staff-Side Chair, Pathology Partnership Forum",
        CONSULTED,
        "Not applicable",
        "Not applicable",
        "Elected by the recognised unions, UNISON and Unite. Chairs the forum that is consulted "
        "on rotas, shift patterns and base sites. Consulted; leads no network work.",
    ),
]


def esr_csv() -> bytes:
    """The posts as ESR's report export writes them: a byte-order mark, every cell quoted,
    CRLF line ends."""
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerow(ESR_HEAD)
    writer.writerows(POSTS)
    return b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8")


# =========================================================================== the DOCX


def partnership_docx() -> bytes:
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = DocxPt(11)
    doc.add_heading("Pathology Partnership Forum: partnership agreement", level=1)
    doc.add_paragraph(
        "Agreed between the Kelderdale Pathology Network and the recognised trade unions "
        "(UNISON and Unite) on 14 September 2026, under the partnership policies of the three "
        "employing trusts."
    )
    doc.add_heading("1. Purpose", level=2)
    doc.add_paragraph(
        "The Forum is where the network and staff side discuss changes that affect laboratory "
        "staff across the five laboratories. It advises; it does not manage services or lead "
        "projects, and decisions stay with the network's managers and the Network Board."
    )
    doc.add_heading("2. When the Forum is consulted", level=2)
    doc.add_paragraph(
        "The Forum must be consulted before any change to rotas, shift patterns or base site, "
        "and for at least 45 days before any change that moves staff between employing trusts."
    )
    doc.add_paragraph(
        "New equipment and new systems are brought to the Forum for information when they "
        "change how staff work, for example a new LIMS or on-screen reporting."
    )
    doc.add_heading("3. Membership and meetings", level=2)
    table = doc.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    head = table.rows[0].cells
    head[0].text = "Seat"
    head[1].text = "Held by"
    for seat, held in [
        ("Chair (staff side)", "Staff-Side Chair, Pathology Partnership Forum"),
        ("Management lead", "Network Managing Director"),
        ("Workforce", "Network Workforce and Business Manager"),
        ("Staff side", "Two UNISON and one Unite representative from the laboratories"),
        ("HR", "An HR business partner from each employing trust"),
    ]:
        row = table.add_row().cells
        row[0].text = seat
        row[1].text = held
    doc.add_paragraph(
        "The Forum meets on the second Tuesday of each month; papers go out five working days "
        "before."
    )
    return ooxml_bytes(
        doc,
        DOC_STAMP,
        author="Kelderdale Pathology Network",
        last_modified_by="Kelderdale Pathology Network",
        title="Pathology Partnership Forum agreement",
        comments="",
        revision=3,
    )


# =========================================================================== the text files

QUALITY_MANUAL = """
# Kelderdale Pathology Network: Quality Manual (QM-01), extract

Document QM-01, version 9.2, issued 3 November 2026. Owner: Head of Pathology Quality.
Controlled copy in Qualis; printed copies are uncontrolled.

## 1. Scope of this extract

This extract holds the sections of the quality manual that programme staff asked for:
responsibilities, document control, staff competence and point-of-care testing. The full
manual covers all five laboratories: the Kelderdale Pathology Hub at Kiln Lane, Oakenby, and
the laboratories at Oakenby Royal Infirmary, Thornleigh General Hospital, Colnbeck Hospital and
Lindleigh District Hospital.

## 4. Responsibilities

- The Network Managing Director is the laboratory management's top post and answers to the
  Network Board for the quality of the service.
- The Head of Pathology Quality runs the quality management system and is the network's
  contact with UKAS.
- The Blood Sciences Quality Manager verifies blood sciences methods and analysers and keeps
  the blood sciences test catalogue and reference ranges.
- The Blood Sciences Manager runs the blood sciences service day to day, including staffing
  and turnaround.
- The Point of Care Testing Manager is responsible for point-of-care testing outside the
  laboratories, under the Head of Pathology Quality.

## 5. Document control

Qualis is our quality management system: document control, audits, non-conformities and
complaints are all held in it. Standard operating procedures are written by the section that
uses them and approved by the section's quality lead.

## 6. Staff competence

The Pathology Training and Education Lead is the training owner for all laboratory staff.
Competence of laboratory staff is recorded in LearnPath and reviewed every year at appraisal.
New systems are taught to laboratory staff by the training team with the system's
super-users.

## 7. Point-of-care testing

Point-of-care testing (POCT) is testing done outside the laboratory by staff who are not
laboratory staff: blood gas analysers in critical care and the emergency departments, glucose
meters and INR meters on wards and in clinics, and urine and pregnancy tests.

- Every POCT device is approved by the POCT Committee before use.
- Operators are trained and assessed by the POCT team before they are given access to a device.
- Competence records for ward staff who use POCT devices are kept on paper in ward folders.
- Since the move to ISO 15189:2022, which took in the requirements for point-of-care testing,
  POCT is to be brought into the network's accredited scope.
"""

UKAS_NOTES = """
# UKAS accreditation notes

Kept by the Head of Pathology Quality. Last updated 12 January 2027.

| Laboratory | UKAS reference | Standard | Last surveillance visit |
|---|---|---|---|
| Kelderdale Pathology Hub, Oakenby | Medical laboratory 9417 | ISO 15189:2022 | October 2026 |
| Oakenby Royal Infirmary | Medical laboratory 9417 (site 2) | ISO 15189:2022 | October 2026 |
| Thornleigh General Hospital | Medical laboratory 9488 | ISO 15189:2022 | June 2026 |
| Colnbeck Hospital | Medical laboratory 9488 (site 2) | ISO 15189:2022 | June 2026 |
| Lindleigh District Hospital | Medical laboratory 9502 | ISO 15189:2022 | March 2026 |

## What the scope covers

Blood sciences, microbiology and cellular pathology at the sites listed. Histology is reported
from glass slides under the microscope. Primary diagnosis from scanned slides is not yet within
our accredited scope at any laboratory.

## Changes UKAS must hear about

A change of LIMS is a significant change that must be notified to UKAS before go-live at each
laboratory. UKAS may ask for a visit to see the verification of methods on the new system.
An extension to scope (for example on-screen reporting or point-of-care testing) is applied
for through the UKAS portal and assessed at a visit.

## Findings open from the last visits

- Thornleigh, June 2026: two minor findings on the review of reference ranges, closed in
  September 2026.
- Lindleigh, March 2026: one minor finding on the recording of analyser maintenance, due to be
  closed by April 2027.
"""

TERMS = """
# Modernisation Programme Board: terms of reference

Approved by the Network Board on 10 November 2026.

## Purpose

The Modernisation Programme Board runs the Joined-Up Pathology programme for the Kelderdale
Pathology Network and its three trusts: Oakenby Teaching Hospitals NHS Foundation Trust (the
host), Thornleigh and Colnbeck Hospitals NHS Trust and Lindleigh Hospitals NHS Foundation
Trust.

## Sponsor and chair

The Network Managing Director is the programme's executive sponsor and senior responsible
owner, and chairs the Board.

## Members

- Network Managing Director (chair)
- Network Clinical Director
- Head of Pathology Quality
- LIMS Programme Manager
- Pathology IT Manager
- Primary Care Liaison Manager
- Cellular Pathology Manager
- Point of Care Testing Manager
- Network Workforce and Business Manager

The Clinical Safety Officer and the Information Governance Lead attend for their items. The
chair of the Pathology Users' Group and the staff-side chair of the Pathology Partnership Forum
receive the papers and may attend; they are consulted and hold no actions.

## Decisions

- The Board recommends each gate to the Network Board, which passes it.
- The chair releases programme budget within the year's allocation agreed by the Network Board.
- Changes to scope, cost or dates above £250,000 go to the Network Board.
- The Clinical Safety Group signs off each go-live before the Board gives its go-ahead.

## Meetings and reports

The Board meets every two weeks. The Pathology Data and Performance Analyst reports the KPIs
each month from Larchstore.
"""

USERS_GROUP = """
AREA PRESCRIBING COMMITTEE - PATHOLOGY USERS' GROUP
Terms of reference (revised July 2026)

1. The Pathology Users' Group is a sub-group of the Kelderdale Area Prescribing Committee. It
brings together GPs, practice nurses, hospital clinicians and community pharmacists who use
the network's pathology services.

2. The Group must be consulted before any change to the test catalogue, reference ranges or
request profiles that GP practices use.

3. The Group gives advice. It does not run services, hold budgets or lead work for the network;
the network's managers decide and report back.

4. Membership: a GP chair appointed by the Area Prescribing Committee, four GPs (one from each
locality), one practice nurse, one community pharmacist, and the network's Network Clinical
Director.

5. Meetings: quarterly, in February, May, August and November. Papers are due three weeks
before each meeting.
"""

SYSTEMS = """
# Laboratory systems and data

Kept by the Pathology IT Manager. Updated 8 January 2027.

## Laboratory information management systems (LIMS)

| System | Where it runs | Supplier and support |
|---|---|---|
| PathWare 6 | Kelderdale Pathology Hub and Oakenby Royal Infirmary | Supported to March 2029 |
| Corvalis Lab | Thornleigh General Hospital and Colnbeck Hospital | Supported to March 2029 |
| Wrenlab | Lindleigh District Hospital | Supported to December 2028 |
| Strata LIMS | Contract signed with Quenby Health Systems in December 2026 | Contract to March 2034 |

Each LIMS has its own test codes and reference ranges. Cumulative results go back to 2009 on
PathWare 6, 2011 on Corvalis Lab and 2014 on Wrenlab.

## Requesting

OrderPoint is our electronic requesting system for the four hospitals. OrderPoint only covers
hospital wards and clinics: it has no link to the practices' clinical systems, so GP practices
cannot request through it. GP practices use EMIS Web or SystmOne and send paper request forms
with their samples, except nine practices that request through PathWare 6's web page.
Results go back to practices electronically from all three LIMS.

## Cellular pathology

SlideHarbour is our image management system for scanned slides. Slide scanners run only at
the hub; Thornleigh has no slide scanner, so its slides go to the hub by van to be scanned.
Scanned slide images are not retained beyond 90 days: SlideHarbour's storage holds about 14
weeks of work, after which the glass slide is the record.

## Point-of-care testing

PointLink connects only blood gas analysers; the glucose meters and INR meters on the wards
cannot send results to any LIMS. Each of the four hospitals keeps its own list of POCT devices,
in its own format.

## Data and reporting

Larchstore is the network's data warehouse: it takes a nightly copy of every request and
result from all three LIMS since April 2019, and the Power BI reporting tool reads from it.
Turnaround, workload and quality dashboards are published from Larchstore each month.

## Learning and quality systems

LearnPath holds laboratory staff competence records and e-learning. Qualis holds the quality
manual, standard operating procedures, audits and non-conformities.
"""

KPIS = """
# Joined-Up Pathology: KPI definitions

Kept by the Pathology Data and Performance Analyst. Baselines are for the 2025/26 financial
year from Larchstore unless the row says otherwise.

| KPI | Definition | Owner | Baseline 2025/26 |
|---|---|---|---|
| ED urgent turnaround | Share of urgent blood tests from the emergency departments authorised within 1 hour of receipt | Blood Sciences Manager | 68% |
| Ward urgent turnaround | Share of urgent blood tests from inpatient wards authorised within 1 hour of receipt | Blood Sciences Manager | 63% |
| GP turnaround | Share of GP blood tests with a result at the practice within 24 hours of collection | Blood Sciences Manager | 71% |
| Outpatient turnaround | Share of outpatient blood tests with a result at the clinic within 24 hours of collection | Blood Sciences Manager | 76% |
| Laboratories on Strata | Laboratories reporting all their work from the Strata LIMS | LIMS Programme Manager | 0 of 5 |
| Digital GP requests | Share of GP test requests received electronically | Primary Care Liaison Manager | 12% |
| Bags scanned | Share of GP sample bags scanned both at collection and at receipt | Pathology Logistics Manager | None |
| GP samples rejected | Share of GP samples rejected as unlabelled or mislabelled | Specimen Reception Manager | 2.3% |
| Histology on screen | Share of histology cases whose primary diagnosis is made on screen | Consultant Histopathologist (Digital Pathology Lead) | 0% |
| Histology in 10 days | Share of histology cases reported within 10 days of biopsy | Cellular Pathology Manager | 58% |
| POCT competence | Share of registered POCT operators with an in-date competence assessment | Point of Care Testing Manager | 47% |
| Staff recommend | Laboratory staff who would recommend the network as a place to work (NHS Staff Survey 2026) | Network Workforce and Business Manager | 54% |

Urgent turnaround is measured from receipt in the laboratory to the authorised result; GP and
outpatient turnaround from the collection time on the request to the result being available.
The staff recommendation measure has no target yet: the Partnership Forum asked to agree one
after the 2027 survey.
"""

SITES = """
KELDERDALE PATHOLOGY NETWORK - SITES AND COURIER NOTES
Pathology Logistics Manager, 15 January 2027

SITES
Kelderdale Pathology Hub, Kiln Lane, Oakenby: blood sciences for GP and outpatient work,
microbiology and virology, cellular pathology. Open 24 hours.
Oakenby Royal Infirmary: essential services laboratory (urgent blood sciences and blood
transfusion). Open 24 hours. Two miles from the hub.
Thornleigh General Hospital: essential services laboratory and a histology laboratory for
Thornleigh's own theatres. 14 miles from the hub.
Colnbeck Hospital: essential services laboratory. 19 miles from the hub.
Lindleigh District Hospital: essential services laboratory. 23 miles from the hub.

COURIER
Mossgill Logistics runs the courier service under a contract to March 2029: nine vans on
fixed routes, one collection a day from each of the 64 GP practices and four runs a day
between the hospitals and the hub.
Sample tracking between practices and the hub relies on a spreadsheet kept by the Mossgill
office, and drivers' collection manifests are kept on paper.
Most practices hand over their bags between 1pm and 3pm, so most GP work reaches the hub
after 4pm.

PRIMARY CARE NETWORKS
The 64 practices sit in nine primary care networks. The largest is Oakenby Central (11
practices); the smallest is Lowbeck Valley (six practices, 38,600 patients), whose practices
share one courier route.
"""

EMAIL = """
From: LIMS Programme Manager <kpn.lims@oakenby-tr.nhs.example>
To: Network Managing Director <kpn.director@oakenby-tr.nhs.example>
Date: Tue, 19 Jan 2027 10:47:03 +0000
Subject: Strata contract - dates for the board paper

Hi,

For the board paper: the Strata contract with Quenby Health Systems was signed on 14 December
2026 and runs to 31 March 2034, with licences for all five laboratories. The implementation
services in it end on 31 March 2030, which is when the programme ends.

Quenby's plan has the hub and Oakenby Royal Infirmary going live together in early 2028,
then Thornleigh and Colnbeck, then Lindleigh, all by March 2029. The cumulative results from
PathWare 6, Corvalis Lab and Wrenlab move across before each site's go-live; the Pathology IT
Manager is running the trial migrations with Quenby.

I'll send the cost lines to the Network Workforce and Business Manager for the money slide.

Thanks,
LIMS Programme Manager
Kelderdale Pathology Network
"""


def org_files() -> dict[str, str | bytes]:
    return {
        "org/people/esr-posts.csv": esr_csv(),
        "org/quality/quality-manual-extract-QM-01.md": QUALITY_MANUAL,
        "org/quality/ukas-accreditation-notes.md": UKAS_NOTES,
        "org/governance/programme-board-terms-of-reference.md": TERMS,
        "org/governance/partnership-forum-agreement.docx": partnership_docx(),
        "org/governance/pathology-users-group-terms.txt": USERS_GROUP,
        "org/systems/laboratory-systems-and-data.md": SYSTEMS,
        "org/measures/kpi-definitions.md": KPIS,
        "org/context/sites-and-courier-notes.txt": SITES,
        "org/context/email-2027-01-19-strata-contract.txt": EMAIL,
    }


def build(root: Path) -> None:
    case = root / CASE
    files: dict[str, str | bytes] = {DECK: build_deck()}
    files.update(org_files())
    write_files(case, files)


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
