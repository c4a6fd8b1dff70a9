# mypy: disable-error-code="attr-defined,union-attr,index,arg-type,assignment,operator"
"""Build the dev18 case ``tanfield-rail``: its deck and its org folder, deterministically.

Run from the repository root with the venv that has odfpy:

    /tmp/rl/bin/python evals/dev18/build_tanfield_rail.py [out]

(``/tmp/rl`` holds python-pptx, lxml, python-docx, pypdf and odfpy; the project's ``.venv``
has no odfpy, which the roster spreadsheet needs.)

Writes, under ``evals/dev18/tanfield-rail/`` (or ``<out>/tanfield-rail/``):

- ``every-train-counts-board-march-2029.pptx``: a regional train operator's strategy for April
  2029 to March 2032 ("Every Train Counts"), a PPTX EXPORTED FROM GOOGLE SLIDES as far as
  python-pptx allows: slide size 9144000 x 5143500 EMU (Google's 16:9 default); every shape,
  on the slides and on the notes pages, named as Google names it ("Google Shape;123;p14", the
  notes' "Google Shape;120;p14:notes"), numbered across the deck; titles in a TITLE
  placeholder on some slides (cover, ambition, priorities, KPIs, roadmap, ask, the appendix
  divider) and in a plain text box on the others; body text in text boxes whose paragraphs
  carry explicit bullets (``a:buChar`` with ``marL``/``indent``, ``a:buNone`` elsewhere),
  Proxima Nova for text and Arial for tables; tables as native tables with no table style
  (borders and fills on each cell); a notes page on every slide, most of them empty, seven
  with speaker notes; layouts and theme renamed as Google's ("TITLE", "TITLE_ONLY",
  "SECTION_HEADER", "BLANK"; "Simple Light"). 21 slides: a main deck of 16, then an
  "Appendix" section header and four BACKUP slides (options considered, a 2024-25 to 2028-29
  performance history with old missed targets, a glossary, an investment table by year).
- ``org/``: the establishment list as an OpenDocument spreadsheet
  (``people/establishment.ods``, as LibreOffice Calc saves it: a "Programme team" sheet with a
  title row and a blank row above the header, the directorate only on the first row of each
  block, a two-line cell, repeated empty cells; a "Vacancies" sheet with one vacant post), the
  programme board's terms of reference, an industrial relations extract, a systems and data
  inventory, the performance measures, a services contract extract, the Access Forum and
  Passenger Panel terms, the pilot line's profile and an email about overhaul slots.

Re-running it rewrites every file byte for byte: the PPTX through ``evals/dev16/_build.py``
(fixed ZIP entry times and document dates); the ODS written by odfpy and then rewritten with
its own meta fields (creator, dates, LibreOffice generator) and a fixed time on every ZIP
entry, ``mimetype`` first and stored; the text files are literal strings. It never touches
``gold.json``.

This is a DEVELOPMENT case (split "dev18"): the engine may be tuned on it.
"""

from __future__ import annotations

import io
import re
import sys
import zipfile
from collections.abc import Sequence
from pathlib import Path
from xml.sax.saxutils import escape

from lxml import etree
from pptx import Presentation
from pptx.oxml.ns import qn
from pptx.presentation import Presentation as PresentationType
from pptx.slide import Slide
from pptx.util import Emu

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals.dev16._build import Stamp, normalize_zip, write_files  # noqa: E402

HERE = Path(__file__).resolve().parent
CASE = "tanfield-rail"
DECK = "every-train-counts-board-march-2029.pptx"
STAMP = Stamp((2029, 3, 12, 16, 42, 8), "2029-03-12T16:42:08Z")

# =========================================================================== the deck

W, H = 9144000, 5143500  # Google Slides' 16:9 default
IN = 914400
GREEN = "00695C"
DEEP = "004D40"
AMBER = "F2A900"
INK = "212121"
GREY = "757575"
PALE = "E8F4F2"
CREAM = "FFF6DD"
WHITE = "FFFFFF"
RULE = "9E9E9E"
FONT = "Proxima Nova"
TABLE_FONT = "Arial"
FOOT = "Tanfield Rail \u00b7 Every Train Counts \u00b7 Board, 20 March 2029"

NSMAP = (
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
)

LAYOUT_NAMES = {
    0: "TITLE",
    1: "TITLE_AND_BODY",
    2: "SECTION_HEADER",
    3: "TITLE_AND_TWO_COLUMNS",
    4: "SECTION_TITLE_AND_DESCRIPTION",
    5: "TITLE_ONLY",
    6: "BLANK",
    7: "CAPTION_ONLY",
    8: "BIG_NUMBER",
    9: "ONE_COLUMN_TEXT",
    10: "MAIN_POINT",
}
L_TITLE, L_SECTION, L_TITLE_ONLY, L_BLANK = 0, 2, 5, 6

# A run: (text, bold). A paragraph: a dict made by ``P``.
Run = tuple[str, bool]


def P(
    text: str | Sequence[Run],
    size: float = 12,
    *,
    bold: bool = False,
    color: str = INK,
    bullet: str | None = None,
    level: int = 0,
    align: str = "l",
    font: str = FONT,
    italic: bool = False,
    before: float = 0,
    after: float = 0,
) -> dict:
    runs = [(text, bold)] if isinstance(text, str) else list(text)
    return {
        "runs": runs,
        "size": size,
        "color": color,
        "bullet": bullet,
        "level": level,
        "align": align,
        "font": font,
        "italic": italic,
        "before": before,
        "after": after,
    }


def B(text: str | Sequence[Run], size: float = 12, level: int = 0, **kw) -> dict:
    """A bulleted paragraph, as Google writes it: a filled circle at level 0, a hollow one at
    level 1."""
    return P(text, size, bullet="\u25cf" if level == 0 else "\u25cb", level=level, **kw)


def _rpr(p: dict, bold: bool, tag: str = "a:rPr") -> str:
    attrs = f'lang="en-GB" sz="{int(round(p["size"] * 100))}"'
    if bold:
        attrs += ' b="1"'
    if p["italic"]:
        attrs += ' i="1"'
    f = p["font"]
    return (
        f'<{tag} {attrs}><a:solidFill><a:srgbClr val="{p["color"]}"/></a:solidFill>'
        f'<a:latin typeface="{f}"/><a:ea typeface="{f}"/><a:cs typeface="{f}"/>'
        f'<a:sym typeface="{f}"/></{tag}>'
    )


def _para_xml(p: dict) -> str:
    spc = (
        f'<a:spcBef><a:spcPts val="{int(p["before"] * 100)}"/></a:spcBef>'
        f'<a:spcAft><a:spcPts val="{int(p["after"] * 100)}"/></a:spcAft>'
    )
    if p["bullet"]:
        size = p["size"]
        mar = 457200 * (p["level"] + 1)
        indent = -(228600 + int(round(6350 * size)))
        ppr = (
            f'<a:pPr marL="{mar}" lvl="{p["level"]}" indent="{indent}" algn="{p["align"]}" '
            f'rtl="0">{spc}<a:buClr><a:srgbClr val="{p["color"]}"/></a:buClr>'
            f'<a:buSzPts val="{int(round(size * 100))}"/><a:buFont typeface="{p["font"]}"/>'
            f'<a:buChar char="{p["bullet"]}"/></a:pPr>'
        )
    else:
        ppr = (
            f'<a:pPr marL="0" lvl="0" indent="0" algn="{p["align"]}" rtl="0">{spc}'
            f"<a:buNone/></a:pPr>"
        )
    runs = "".join(
        f"<a:r>{_rpr(p, p_bold or False)}<a:t>{escape(text)}</a:t></a:r>"
        for text, p_bold in p["runs"]
        if text
    )
    return f"<a:p>{ppr}{runs}{_rpr(p, False, 'a:endParaRPr')}</a:p>"


def _empty_para() -> str:
    return (
        '<a:p><a:pPr marL="0" lvl="0" indent="0" algn="l" rtl="0"><a:spcBef><a:spcPts val="0"/>'
        '</a:spcBef><a:spcAft><a:spcPts val="0"/></a:spcAft><a:buNone/></a:pPr>'
        "<a:endParaRPr/></a:p>"
    )


def _txbody(paras: Sequence[dict], tag: str = "p:txBody", anchor: str = "t") -> etree._Element:
    body = "".join(_para_xml(p) for p in paras) or _empty_para()
    xml = (
        f"<{tag} {NSMAP}>"
        f'<a:bodyPr spcFirstLastPara="1" wrap="square" lIns="91425" tIns="91425" '
        f'rIns="91425" bIns="91425" anchor="{anchor}" anchorCtr="0">'
        f"<a:noAutofit/></a:bodyPr><a:lstStyle/>{body}</{tag}>"
    )
    return etree.fromstring(xml)


def _set_txbody(sp, paras: Sequence[dict], anchor: str = "t") -> None:
    old = sp.find(qn("p:txBody"))
    new = _txbody(paras, anchor=anchor)
    if old is None:
        sp.append(new)
    else:
        sp.replace(old, new)


def _emu(v: float) -> Emu:
    return Emu(int(round(v * IN)))


def text_box(
    slide: Slide,
    x: float,
    y: float,
    w: float,
    h: float,
    paras: Sequence[dict],
    *,
    fill: str | None = None,
    line: str | None = None,
    anchor: str = "t",
):
    """A Google text box (``txBox="1"``), or a filled rectangle when ``fill`` is given."""
    if fill is None:
        shape = slide.shapes.add_textbox(_emu(x), _emu(y), _emu(w), _emu(h))
    else:
        from pptx.enum.shapes import MSO_SHAPE

        shape = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, _emu(x), _emu(y), _emu(w), _emu(h))
        style = shape._element.find(qn("p:style"))
        if style is not None:
            shape._element.remove(style)
    sp = shape._element
    sppr = sp.find(qn("p:spPr"))
    for child in list(sppr):
        if child.tag in (qn("a:noFill"), qn("a:solidFill"), qn("a:ln")):
            sppr.remove(child)
    if fill is None:
        sppr.append(etree.fromstring(f"<a:noFill {NSMAP}/>"))
    else:
        sppr.append(
            etree.fromstring(f'<a:solidFill {NSMAP}><a:srgbClr val="{fill}"/></a:solidFill>')
        )
    if line is None:
        sppr.append(etree.fromstring(f"<a:ln {NSMAP}><a:noFill/></a:ln>"))
    else:
        sppr.append(
            etree.fromstring(
                f'<a:ln {NSMAP} w="9525" cap="flat" cmpd="sng"><a:solidFill>'
                f'<a:srgbClr val="{line}"/></a:solidFill><a:prstDash val="solid"/><a:round/>'
                f'<a:headEnd type="none" w="sm" len="sm"/><a:tailEnd type="none" w="sm" '
                f'len="sm"/></a:ln>'
            )
        )
    _set_txbody(sp, paras, anchor)
    return shape


def placeholder_title(slide: Slide, text: str, *, x=0.45, y=0.28, w=9.1, h=0.62, size=24):
    """Fill the slide's TITLE placeholder at an explicit position, as Google writes it."""
    ph = slide.shapes.title
    ph.left, ph.top, ph.width, ph.height = _emu(x), _emu(y), _emu(w), _emu(h)
    _set_txbody(ph._element, [P(text, size, bold=True, color=GREEN)], anchor="b")
    return ph


def box_title(slide: Slide, text: str, size: float = 24) -> None:
    """A title written in a plain text box (no placeholder)."""
    text_box(slide, 0.45, 0.28, 9.1, 0.62, [P(text, size, bold=True, color=GREEN)], anchor="b")


def footer(slide: Slide, number: int) -> None:
    text_box(slide, 0.45, 5.22, 7.0, 0.3, [P(FOOT, 8, color=GREY)])
    text_box(slide, 8.55, 5.22, 1.0, 0.3, [P(str(number), 9, bold=True, color=GREY, align="r")])


def table(
    slide: Slide,
    x: float,
    y: float,
    widths: Sequence[float],
    rows: Sequence[Sequence[str | Sequence[dict]]],
    *,
    size: float = 9,
    row_h: float = 0.3,
    head_fill: str = GREEN,
    band: str | None = None,
):
    """A native table with no table style: every cell carries its own borders and fill, the
    header row white on ``head_fill``; a cell is a string or a list of paragraphs."""
    n_rows, n_cols = len(rows), len(widths)
    frame = slide.shapes.add_table(
        n_rows, n_cols, _emu(x), _emu(y), _emu(sum(widths)), _emu(row_h * n_rows)
    )
    tbl = frame._element.find(".//" + qn("a:tbl"))
    tblpr = tbl.find(qn("a:tblPr"))
    for attr in list(tblpr.attrib):
        del tblpr.attrib[attr]
    for child in list(tblpr):
        tblpr.remove(child)
    tblpr.append(etree.fromstring(f"<a:noFill {NSMAP}/>"))
    for col, wid in zip(tbl.find(qn("a:tblGrid")), widths, strict=True):
        col.set("w", str(int(round(wid * IN))))
    for r, (tr, cells) in enumerate(zip(tbl.findall(qn("a:tr")), rows, strict=True)):
        tr.set("h", str(int(round(row_h * IN))))
        for tc, cell in zip(tr.findall(qn("a:tc")), cells, strict=True):
            if isinstance(cell, str):
                paras = [
                    P(
                        line,
                        size,
                        bold=r == 0,
                        color=WHITE if r == 0 else INK,
                        font=TABLE_FONT,
                    )
                    for line in cell.split("\n")
                    if line
                ]
            else:
                paras = list(cell)
            for child in list(tc):
                tc.remove(child)
            tc.append(_txbody(paras, tag="a:txBody"))
            fill = head_fill if r == 0 else (band if band and r % 2 == 0 else WHITE)
            borders = "".join(
                f'<a:{side} w="9525" cap="flat" cmpd="sng"><a:solidFill><a:srgbClr '
                f'val="{RULE}"/></a:solidFill><a:prstDash val="solid"/><a:round/>'
                f'<a:headEnd type="none" w="sm" len="sm"/><a:tailEnd type="none" w="sm" '
                f'len="sm"/></a:{side}>'
                for side in ("lnL", "lnR", "lnT", "lnB")
            )
            tc.append(
                etree.fromstring(
                    f'<a:tcPr {NSMAP} marL="68575" marR="68575" marT="45725" marB="45725" '
                    f'anchor="t">{borders}<a:solidFill><a:srgbClr val="{fill}"/>'
                    f"</a:solidFill></a:tcPr>"
                )
            )
    return frame


def new_slide(prs: PresentationType, layout: int) -> Slide:
    slide = prs.slides.add_slide(prs.slide_layouts[layout])
    # Google writes only the placeholders a slide uses: drop the layout's date, footer and
    # slide-number placeholders that python-pptx copies onto the slide
    for ph in list(slide.placeholders):
        if ph.placeholder_format.type is not None and ph.placeholder_format.idx >= 10:
            ph._element.getparent().remove(ph._element)
    return slide


def notes(slide: Slide, lines: Sequence[str] = ()) -> None:
    """The slide's notes page (Google writes one for every slide, most of them empty)."""
    page = slide.notes_slide
    for ph in list(page.placeholders):
        if ph.placeholder_format.type not in (101, 2):  # keep the slide image and the body
            ph._element.getparent().remove(ph._element)
    body = page.notes_placeholder
    _set_txbody(body._element, [P(line, 11, font="Arial") for line in lines])


# ------------------------------------------------------------------ the slides


def s01_cover(prs):
    slide = new_slide(prs, L_TITLE)
    text_box(slide, 0, 0, 10, 0.16, [P("", 4)], fill=GREEN)
    text_box(
        slide,
        0.55,
        0.55,
        6.0,
        0.4,
        [P("BOARD PAPER TR/B/29/14 \u00b7 OFFICIAL", 10, bold=True, color=GREY)],
    )
    ctr = slide.shapes.title
    ctr.left, ctr.top, ctr.width, ctr.height = _emu(0.55), _emu(1.35), _emu(8.6), _emu(1.1)
    _set_txbody(ctr._element, [P("Every Train Counts", 44, bold=True, color=GREEN)], anchor="b")
    sub = slide.placeholders[1]
    sub.left, sub.top, sub.width, sub.height = _emu(0.55), _emu(2.5), _emu(8.6), _emu(1.0)
    _set_txbody(
        sub._element,
        [
            P("Tanfield Rail strategy, April 2029 to March 2032", 20, color=INK),
            P("Board of Directors \u00b7 20 March 2029", 14, color=GREY, before=6),
        ],
    )
    text_box(
        slide,
        0.55,
        4.35,
        8.6,
        0.6,
        [
            P(
                "Prepared by the Strategy and Performance team for the Managing Director",
                10,
                color=GREY,
            ),
            P(
                "Tanfield Rail runs the Tanfield Local Rail Services Contract for the Tanfield "
                "Region Transport Authority",
                10,
                color=GREY,
            ),
        ],
    )
    notes(slide)


def tile(slide, x, y, w, h, number, label, fill=PALE):
    text_box(
        slide,
        x,
        y,
        w,
        h,
        [P(number, 26, bold=True, color=DEEP), P(label, 10, color=INK)],
        fill=fill,
    )


def s02_where(prs):
    slide = new_slide(prs, L_BLANK)
    box_title(slide, "Where we are: 2028-29 in numbers")
    tiles = [
        ("61", "stations, 18 of them with a ticket office"),
        ("48", "trains: 28 diesel and 20 electric units"),
        ("14.2m", "passenger journeys in 2028-29"),
        ("86.1%", "PPM: trains on time, moving annual average at period 12"),
        ("4.3%", "of trains cancelled or part-cancelled (MAA)"),
        ("27 of 61", "stations with step-free access to all platforms"),
        ("78%", "passengers satisfied overall (Rail User Survey, autumn 2028)"),
        ("11%", "of driver turns worked on rest days"),
    ]
    for i, (num, label) in enumerate(tiles):
        col, row = i % 4, i // 4
        tile(slide, 0.45 + col * 2.3, 1.1 + row * 1.45, 2.15, 1.3, num, label)
    text_box(
        slide,
        0.45,
        4.05,
        9.1,
        0.5,
        [
            P(
                "\u00a32.7m in performance deductions paid to the Authority in 2028-29, the most "
                "since the contract began in April 2027",
                12,
                bold=True,
                color=INK,
            )
        ],
        fill=CREAM,
    )
    text_box(
        slide,
        0.45,
        4.6,
        9.1,
        0.4,
        [
            P(
                "Source: PerfView, periods 1-12 of 2028-29 (to 1 March 2029); Rail User Survey, "
                "autumn 2028; crew resourcing records",
                8,
                color=GREY,
            )
        ],
    )
    footer(slide, 2)
    notes(
        slide,
        [
            "Period 12 ended on 1 March 2029. The full-year figures come in April; we do not "
            "expect PPM to move by more than 0.2 points.",
            "The 11% is the share of driver turns in periods 1-12 that were covered by a driver "
            "working a rest day.",
        ],
    )


def s03_why(prs):
    slide = new_slide(prs, L_BLANK)
    box_title(slide, "Why we must change")
    text_box(
        slide,
        0.45,
        1.05,
        4.45,
        3.9,
        [
            P("What passengers tell us", 14, bold=True, color=DEEP, after=4),
            B("Cancellations are the top complaint: 31% of all complaints in 2028-29", 11, after=4),
            B("On the Skelder Valley line one train in five ran late or not at all", 11, after=4),
            B(
                "1 in 11 booked assists failed in our 2028 mystery traveller checks",
                11,
                after=4,
            ),
            B("23 stations have no live departure screen, only a poster and a help point", 11),
        ],
    )
    text_box(
        slide,
        5.1,
        1.05,
        4.45,
        3.9,
        [
            P("What holds us back", 14, bold=True, color=DEEP, after=4),
            B(
                "We are 41 drivers short: one turn in nine is covered by a driver on a rest "
                "day, and when rest days are refused, trains are cancelled",
                11,
                after=4,
            ),
            B(
                "Our 16 Class 156 units are 41 years old and fail every 5,100 miles",
                11,
                after=4,
            ),
            B(
                "The timetable has almost no recovery time at Tanfield Central and Kelderby "
                "Junction",
                11,
                after=4,
            ),
            B(
                "Every 0.1 point of PPM above or below the contract benchmark is worth "
                "\u00a345,000 a year",
                11,
            ),
        ],
    )
    footer(slide, 3)
    notes(
        slide,
        [
            "The driver shortfall is against the establishment of 333 drivers; 292 are in post.",
            "The PPM benchmark in the Services Contract is 88.0% from 2029-30.",
        ],
    )


def s04_ambition(prs):
    slide = new_slide(prs, L_TITLE_ONLY)
    placeholder_title(slide, "Our ambition for 2032")
    text_box(
        slide,
        0.45,
        1.05,
        9.1,
        0.9,
        [P("A railway Tanfield can set its watch by.", 30, bold=True, color=DEEP)],
        fill=PALE,
        anchor="ctr",
    )
    text_box(
        slide,
        0.45,
        2.1,
        9.1,
        1.1,
        [
            P(
                "By March 2032: 91.5% of trains on time (PPM) and fewer than 1.5% of trains "
                "cancelled.",
                15,
                bold=True,
                after=6,
            ),
            P(
                "Rise from 14th to the top five of Britain's 22 train operators on PPM by 2031-32.",
                15,
                bold=True,
            ),
        ],
    )
    text_box(
        slide,
        0.45,
        3.35,
        9.1,
        1.6,
        [
            P("Three promises to our passengers", 13, bold=True, color=GREEN, after=4),
            B("A train that turns up.", 13),
            B("A station everyone can use.", 13),
            B("A ticket that is easy to buy.", 13),
        ],
    )
    footer(slide, 4)
    notes(
        slide,
        [
            "The ranking is the published annual table of operators' PPM for the rail year. On "
            "the figures to period 12 we are 14th of 22 in 2028-29.",
        ],
    )


def s05_priorities(prs):
    slide = new_slide(prs, L_TITLE_ONLY)
    placeholder_title(slide, "Four priorities")
    cols = [
        (
            "1",
            "Right time, every time",
            "Run the timetable we publish: fewer cancellations, fewer delays, honest recovery time.",
        ),
        (
            "2",
            "Trains you can rely on",
            "Fewer failures from the oldest diesel fleet in the North.",
        ),
        (
            "3",
            "Stations for everyone",
            "Step-free access, help that turns up, live information at every station.",
        ),
        (
            "4",
            "Easy tickets, good service on board",
            "Contactless pay-as-you-go, machines that work, a trolley that takes cards.",
        ),
    ]
    for i, (num, name, line) in enumerate(cols):
        text_box(
            slide,
            0.45 + i * 2.3,
            1.1,
            2.15,
            2.9,
            [
                P(num, 28, bold=True, color=AMBER),
                P(name, 14, bold=True, color=WHITE, after=8),
                P(line, 11, color=WHITE),
            ],
            fill=GREEN,
        )
    text_box(
        slide,
        0.45,
        4.15,
        9.1,
        0.6,
        [
            P(
                "Foundations: one performance team with Network North Infrastructure \u00b7 "
                "enough drivers \u00b7 data we can trust",
                12,
                bold=True,
                color=DEEP,
            )
        ],
        fill=CREAM,
        anchor="ctr",
    )
    footer(slide, 5)
    notes(slide)


def priority_slide(prs, number, title, goal, items, lead):
    slide = new_slide(prs, L_BLANK)
    box_title(slide, title)
    text_box(
        slide, 0.45, 1.0, 9.1, 0.5, [P(goal, 13, bold=True, color=DEEP)], fill=CREAM, anchor="ctr"
    )
    text_box(
        slide,
        0.45,
        1.6,
        9.1,
        3.1,
        [P("What we will do", 13, bold=True, color=GREEN, after=4)] + items,
    )
    text_box(slide, 0.45, 4.75, 9.1, 0.4, [P(lead, 10, italic=True, color=GREY)])
    footer(slide, number)
    return slide


def s06_p1(prs):
    slide = priority_slide(
        prs,
        6,
        "Priority 1 \u00b7 Right time, every time",
        "Goal: PPM from 86.1% to 91.5% and cancellations from 4.3% to 1.5% by March 2032",
        [
            B(
                "Recruit and train 60 new drivers by March 2031, so that no timetabled train "
                "depends on rest-day working",
                11,
                after=2,
            ),
            B(
                "Classes of 12 from September 2029, three classes a year instead of two",
                10,
                level=1,
                after=2,
            ),
            B(
                "Recast the timetable with Network North Infrastructure for the December 2030 "
                "change, adding recovery time at Tanfield Central and Kelderby Junction",
                11,
                after=2,
            ),
            B(
                "Set up a joint performance cell with Network North Infrastructure in the "
                "Tanfield Integrated Control Centre, staffed 05:00 to midnight",
                11,
                after=2,
            ),
            B(
                "Agree new service recovery rules with the Authority, so that a late train can be "
                "turned back short instead of cancelled outright",
                11,
                after=2,
            ),
            B(
                "Hold a 09:30 daily performance call for each line, every action tracked to close",
                11,
            ),
        ],
        "Lead: Operations Director, with the Head of Performance and Timetabling and the Head of "
        "Train Crew",
    )
    notes(slide)


def s07_p2(prs):
    slide = priority_slide(
        prs,
        7,
        "Priority 2 \u00b7 Trains you can rely on",
        "Goal: fleet miles per technical incident from 8,400 to 13,000 by March 2032",
        [
            B(
                "Overhaul all 16 Class 156 units (doors, engines, brakes, heating) by December 2030",
                11,
                after=2,
            ),
            B(
                "Two units at a time at Wrenfield Rail Services, from September 2029",
                10,
                level=1,
                after=2,
            ),
            B(
                "Fit remote condition monitoring to the 28 diesel units by September 2030",
                11,
                after=2,
            ),
            B(
                "Move Sandhaven depot to two overnight maintenance shifts from January 2030",
                11,
                after=2,
            ),
            B(
                "Move Sandhaven's maintenance records from paper job cards into FleetMaster by "
                "March 2030",
                11,
                after=2,
            ),
            B("Keep a float of spare door control units and engines at both depots", 11),
        ],
        "Lead: Engineering Director, with the Fleet Reliability Manager",
    )
    notes(slide)


def s08_p3(prs):
    slide = priority_slide(
        prs,
        8,
        "Priority 3 \u00b7 Stations for everyone",
        "Goal: 35 of 61 stations step-free by March 2032, and 98% of booked assistance "
        "delivered as booked",
        [
            B(
                "Make 8 more stations step-free by March 2032: Kelderby, Oxley Bridge, Caldmoor, "
                "Hollins Cross, Sandhaven, Brackwater, Windle and Marsh Lane",
                11,
                after=2,
            ),
            B(
                "Offer turn-up-and-go assistance at every staffed station from May 2030, no "
                "booking needed",
                11,
                after=2,
            ),
            B(
                "Install live departure screens at the 23 stations without them by December 2030",
                11,
                after=2,
            ),
            B(
                "Record the outcome of every assistance booking on station staff's handhelds from "
                "December 2029",
                11,
                after=2,
            ),
            B(
                "Train all 640 front-line staff in disability awareness by March 2031, with a "
                "course designed with the Access Forum",
                11,
            ),
        ],
        "Lead: Head of Stations, until the Accessibility and Inclusion Manager is appointed",
    )
    notes(slide)


def s09_p4(prs):
    slide = priority_slide(
        prs,
        9,
        "Priority 4 \u00b7 Easy tickets, good service on board",
        "Goal: 40% of journeys paid by contactless pay-as-you-go by March 2032",
        [
            B(
                "Launch contactless pay-as-you-go with the Authority\u2019s TanPay back office, "
                "line by line, starting on the Skelder Valley line in December 2029",
                11,
                after=2,
            ),
            B(
                "Replace the 30 oldest ticket machines with machines that take contactless, by "
                "December 2030",
                11,
                after=2,
            ),
            B("Take card payments on the Coast Line catering trolley from April 2030", 11, after=2),
            B(
                "Ask the Authority\u2019s Fares Committee in August 2029 to approve daily and "
                "weekly price caps",
                11,
                after=2,
            ),
            B("Keep all 18 ticket offices open at their present hours", 11),
        ],
        "Lead: Customer and Commercial Director, with the Head of Retail and Ticketing",
    )
    notes(slide)


def s10_kpis(prs):
    slide = new_slide(prs, L_TITLE_ONLY)
    placeholder_title(slide, "How we will measure it")
    rows = [
        ["Measure", "Baseline 2028-29", "March 2031", "March 2032 target"],
        ["Public Performance Measure (PPM), moving annual average", "86.1%", "89.0%", "91.5%"],
        ["Trains cancelled in full or in part (MAA)", "4.3%", "2.5%", "1.5%"],
        ["Driver turns covered by rest-day working", "11%", "5%", "Under 2%"],
        ["Fleet miles per technical incident (MAA)", "8,400", "11,000", "13,000"],
        ["Stations step-free to every platform", "27 of 61", "31 of 61", "35 of 61"],
        ["Booked assistance delivered as booked", "91% (mystery traveller checks)", "96%", "98%"],
        ["Journeys paid by contactless pay-as-you-go", "0%", "15%", "40%"],
        ["Overall passenger satisfaction (Rail User Survey, autumn)", "78%", "82%", "85%"],
        [
            "Passenger journeys a year",
            "14.2m",
            "Not set",
            "To be agreed with the Authority at the 2030 contract review",
        ],
    ]
    table(slide, 0.45, 1.0, [3.7, 1.9, 1.4, 2.1], rows, size=9, row_h=0.33, band=PALE)
    text_box(
        slide,
        0.45,
        4.65,
        9.1,
        0.5,
        [
            P(
                "March 2031 and March 2032 are the ends of rail years 2030-31 and 2031-32. PPM, "
                "cancellations and miles per technical incident are moving annual averages at "
                "period 13.",
                8,
                color=GREY,
            )
        ],
    )
    footer(slide, 10)
    notes(
        slide,
        [
            "PPM counts a regional train as on time if it runs its whole journey and arrives "
            "within five minutes of the timetable.",
            "The assistance baseline comes from 120 mystery traveller journeys in 2028: today no "
            "system tells us whether a booking was delivered.",
        ],
    )


def s11_roadmap(prs):
    slide = new_slide(prs, L_TITLE_ONLY)
    placeholder_title(slide, "Roadmap: 36 months, April 2029 to March 2032")
    text_box(
        slide,
        0.45,
        0.95,
        9.1,
        0.55,
        [
            P(
                "Rail years 2029-30 \u00b7 2030-31 \u00b7 2031-32 (1 April to 31 March, 13 "
                "four-week periods each)",
                10,
                bold=True,
                color=DEEP,
            ),
            P(
                "Timetable changes: 8 December 2029 \u00b7 19 May 2030 \u00b7 15 December 2030 "
                "\u00b7 18 May 2031 \u00b7 14 December 2031",
                10,
                color=DEEP,
            ),
        ],
        fill=PALE,
    )
    rows = [
        ["Phase", "When", "What happens", "Gate"],
        [
            "Phase 1 \u00b7 Mobilise and fix the basics",
            "April - November 2029 (months 0-8)",
            "Driver classes start; the joint performance cell opens; Class 156 overhauls begin; "
            "the pilot line is made ready",
            "Gate 1, November 2029: ready to pilot?",
        ],
        [
            "Phase 2 \u00b7 Pilot on the Skelder Valley line",
            "December 2029 - May 2030 (months 8-14)",
            "From the December 2029 timetable change: one line team, contactless, live screens, "
            "turn-up-and-go assistance",
            "Gate 2, May 2030: go/no-go for network roll-out",
        ],
        [
            "Phase 3 \u00b7 Roll out across the network",
            "June 2030 - December 2031 (months 14-33)",
            "The recast timetable from December 2030; contactless line by line; step-free "
            "schemes; remote monitoring on every diesel unit",
            "Gate 3, December 2031: every line on the new model",
        ],
        [
            "Phase 4 \u00b7 Embed and hand over",
            "January - March 2032 (months 33-36)",
            "Hand each change to its line manager; close the programme; final report to the "
            "Authority",
            "Gate 4, March 2032: close and contract review",
        ],
    ]
    table(slide, 0.45, 1.6, [2.2, 1.75, 3.15, 2.0], rows, size=9, row_h=0.62)
    footer(slide, 11)
    notes(
        slide,
        [
            "Month 0 is 1 April 2029, the first day of rail period 1 of 2029-30.",
            "The gates sit on timetable change dates because that is when the service can change.",
        ],
    )


def s12_pilot(prs):
    slide = new_slide(prs, L_BLANK)
    box_title(slide, "Pilot: the Skelder Valley line")
    text_box(
        slide,
        0.45,
        1.0,
        9.1,
        0.5,
        [
            P(
                "Why the Skelder Valley line: 11 stations, an hourly diesel service, 1.1m journeys a "
                "year and our worst PPM (79.4%)",
                12,
                bold=True,
                color=DEEP,
            )
        ],
        fill=CREAM,
        anchor="ctr",
    )
    text_box(
        slide,
        0.45,
        1.6,
        5.4,
        3.4,
        [
            P(
                "From the December 2029 timetable change to the May 2030 change, the line runs as "
                "one team:",
                12,
                bold=True,
                after=4,
            ),
            B(
                "Appoint a Skelder Valley line manager, accountable for every train on the line",
                11,
                after=2,
            ),
            B("Ring-fence four overhauled Class 156 units for the line", 11, after=2),
            B("Switch on contactless pay-as-you-go at all 11 stations", 11, after=2),
            B(
                "Install live departure screens at the six Skelder Valley stations without them",
                11,
                after=2,
            ),
            B("Offer turn-up-and-go assistance at all 11 stations", 11),
        ],
    )
    text_box(
        slide,
        6.05,
        1.6,
        3.5,
        3.4,
        [
            P(
                "Gate 2 pass marks (the pilot's last three periods)",
                12,
                bold=True,
                color=WHITE,
                after=4,
            ),
            B("PPM on the line of 86% or better", 11, color=WHITE, after=2),
            B("Cancellations on the line under 2.5%", 11, color=WHITE, after=2),
            B("Every assistance booking's outcome recorded", 11, color=WHITE),
        ],
        fill=GREEN,
    )
    footer(slide, 12)
    notes(
        slide,
        [
            "Before the pilot starts, the Head of Stations will walk every Skelder Valley station "
            "with the Access Forum in October 2029 and agree what each one needs.",
            "The line manager post is funded by the programme for the pilot's six months.",
        ],
    )


def s13_risks(prs):
    slide = new_slide(prs, L_BLANK)
    box_title(slide, "Risks and how we will manage them")
    rows = [
        ["Risk", "Likelihood", "Impact", "Mitigation"],
        [
            "R1 Driver numbers do not grow fast enough: the training school takes 24 trainees a year",
            "High",
            "High",
            "Hire a second simulator and run a third trainee class each year from September 2029",
        ],
        [
            "R2 New driver rosters are not agreed in time for the December 2030 timetable",
            "Medium",
            "High",
            "Open talks in the Drivers\u2019 Company Council in June 2029, 18 months before the change",
        ],
        [
            "R3 Network North Infrastructure closes the Skelder Valley line for engineering work "
            "during the pilot",
            "Medium",
            "Medium",
            "Agree a pilot window free of Sunday closures, December 2029 to May 2030",
        ],
        [
            "R4 TanPay is not ready to take rail journeys by December 2029",
            "Medium",
            "High",
            "Test TanPay end to end on the Skelder Valley line before Gate 1; paper tickets stay "
            "as the fallback",
        ],
        [
            "R5 Overhaul slots at Wrenfield slip, leaving too few units",
            "Medium",
            "High",
            "Book slots for all 16 units now, with a late-return penalty in the contract",
        ],
        [
            "R6 Access for All money for the eight stations is not awarded",
            "Medium",
            "Medium",
            "Bid in the June 2029 round; the Authority\u2019s station fund covers Kelderby and "
            "Windle if the bid fails",
        ],
    ]
    table(slide, 0.45, 1.0, [3.55, 0.9, 0.8, 3.85], rows, size=9, row_h=0.55)
    footer(slide, 13)
    notes(slide)


def s14_first90(prs):
    slide = new_slide(prs, L_BLANK)
    box_title(slide, "First 90 days: April to June 2029")
    items = [
        ("By 30 April: ", "hold the first Every Train Counts Programme Board"),
        ("By 15 May: ", "open the joint performance cell in the control centre"),
        (
            "By 31 May: ",
            "advertise for 60 trainee drivers; the first class of 12 starts in September 2029",
        ),
        ("By 31 May: ", "book Class 156 overhaul slots at Wrenfield for all 16 units"),
        ("By 14 June: ", "submit the Access for All bid for eight stations"),
        (
            "By 30 June: ",
            "open talks with ASLEF and the RMT on the December 2030 timetable and rosters",
        ),
        ("By 30 June: ", "sign the TanPay rail agreement with the Authority"),
        ("By 30 June: ", "appoint the Skelder Valley line manager"),
    ]
    text_box(
        slide,
        0.45,
        1.0,
        9.1,
        4.1,
        [B([(when, True), (what, False)], 12, after=5) for when, what in items],
    )
    footer(slide, 14)
    notes(slide)


def s15_governance(prs):
    slide = new_slide(prs, L_BLANK)
    box_title(slide, "Governance and investment")
    text_box(
        slide,
        0.45,
        1.0,
        5.2,
        4.1,
        [
            P("How we will run it", 13, bold=True, color=GREEN, after=4),
            B(
                "Sponsor: the Managing Director, who chairs the Every Train Counts Programme "
                "Board every rail period",
                11,
                after=3,
            ),
            B(
                "Members: the Operations, Engineering, Customer and Commercial and Finance "
                "Directors, the Head of People and Employee Relations and the Programme Manager",
                11,
                after=3,
            ),
            B(
                "Network North Infrastructure's Route Director attends; the Authority observes "
                "once a quarter",
                11,
                after=3,
            ),
            B(
                "The Managing Director takes each gate decision and reports it to the Board and "
                "to the Authority",
                11,
            ),
        ],
    )
    text_box(
        slide,
        5.85,
        1.0,
        3.7,
        4.1,
        [
            P("What it costs", 13, bold=True, color=WHITE, after=4),
            P("Investment: \u00a338.4m over three years", 12, bold=True, color=WHITE, after=3),
            B("\u00a321.0m from the Authority's rail capital fund", 11, color=WHITE, after=2),
            B("\u00a39.8m from Access for All, if the bid succeeds", 11, color=WHITE, after=2),
            B("\u00a37.6m from Tanfield Rail", 11, color=WHITE, after=6),
            P(
                "Benefit: \u00a34.1m a year in performance payments by 2031-32 if PPM reaches 91.5%",
                11,
                bold=True,
                color=AMBER,
            ),
        ],
        fill=DEEP,
    )
    footer(slide, 15)
    notes(slide)


def s16_ask(prs):
    slide = new_slide(prs, L_TITLE_ONLY)
    placeholder_title(slide, "What we ask the Board today")
    text_box(
        slide,
        0.45,
        1.1,
        9.1,
        3.8,
        [
            B(
                "Approve Every Train Counts as Tanfield Rail's strategy for April 2029 to March 2032",
                14,
                after=8,
            ),
            B(
                "Agree the Skelder Valley line as the pilot, from the December 2029 timetable change",
                14,
                after=8,
            ),
            B("Release \u00a36.2m for Phase 1 (April to November 2029)", 14, after=8),
            B(
                "Delegate Gates 1 to 4 to the Managing Director, who reports to the Board after each",
                14,
                after=8,
            ),
            B("Note the risks on slide 13", 14),
        ],
    )
    footer(slide, 16)
    notes(
        slide,
        [
            "If the Board approves today, the first Programme Board meets in April and the driver "
            "advert goes out in May.",
        ],
    )


def s17_appendix(prs):
    slide = new_slide(prs, L_SECTION)
    for ph in list(slide.placeholders):
        if ph.placeholder_format.idx == 1:
            ph._element.getparent().remove(ph._element)
    placeholder_title(slide, "Appendix", x=0.55, y=1.8, w=8.6, h=1.0, size=40)
    text_box(
        slide,
        0.55,
        2.9,
        8.6,
        0.5,
        [P("Backup slides \u00b7 for reference, not for decision", 16, color=GREY)],
    )
    notes(slide)


def s18_options(prs):
    slide = new_slide(prs, L_BLANK)
    box_title(slide, "Backup A \u00b7 Options we considered")
    rows = [
        ["Option", "What it would have meant", "Why we rejected it"],
        [
            "Run a reduced timetable permanently",
            "Cut 6% of trains so that every turn is covered without rest days",
            "The Authority would not agree, and passengers lose trains",
        ],
        [
            "Withdraw the catering trolley",
            "Save \u00a30.4m a year",
            "The contract requires catering on the Coast Line until March 2031",
        ],
        [
            "Close six ticket offices",
            "Move 22 staff onto platforms",
            "Needs the Authority's consent and a public consultation; the Panel opposed it",
        ],
        [
            "Lease 10 extra diesel units",
            "Cover the Class 156 overhauls",
            "No units of the right type free before 2031; \u00a33.1m a year",
        ],
        [
            "Run the pilot on the Caldmoor Line",
            "Start with electric units",
            "Already our most punctual line: less to learn",
        ],
    ]
    table(slide, 0.45, 1.0, [2.6, 3.1, 3.4], rows, size=9, row_h=0.55, head_fill=GREY)
    footer(slide, 18)
    notes(slide)


def s19_history(prs):
    slide = new_slide(prs, L_BLANK)
    box_title(slide, "Backup B \u00b7 Performance 2024-25 to 2028-29")
    rows = [
        ["Rail year", "PPM (MAA)", "PPM target", "Cancellations", "Target", "Satisfaction"],
        ["2024-25", "88.9%", "90.0%", "2.6%", "2.0%", "81%"],
        ["2025-26", "87.4%", "90.5%", "3.1%", "2.0%", "80%"],
        ["2026-27", "85.2%", "91.0%", "4.8%", "1.8%", "76%"],
        ["2027-28", "85.9%", "91.0%", "4.6%", "1.8%", "77%"],
        ["2028-29 (to period 12)", "86.1%", "91.0%", "4.3%", "1.8%", "78%"],
    ]
    table(
        slide, 0.45, 1.0, [2.1, 1.4, 1.4, 1.4, 1.4, 1.4], rows, size=10, row_h=0.36, head_fill=GREY
    )
    text_box(
        slide,
        0.45,
        3.35,
        9.1,
        1.6,
        [
            P(
                "The 2027 Performance Recovery Plan set a target of 91% PPM by 2028-29; it was missed.",
                11,
                after=4,
            ),
            P(
                "2024-25 to 2026-27 are period summaries: train-level data before April 2027 is no "
                "longer held.",
                11,
                after=4,
            ),
            P("Targets to 2026-27 were set by the previous franchise agreement.", 11),
        ],
    )
    footer(slide, 19)
    notes(slide)


def s20_glossary(prs):
    slide = new_slide(prs, L_BLANK)
    box_title(slide, "Backup C \u00b7 Glossary")
    terms = [
        (
            "PPM (Public Performance Measure): ",
            "the share of trains that run their whole journey and arrive within five minutes of time",
        ),
        ("MAA: ", "moving annual average, over the last 13 rail periods"),
        ("Rail period: ", "four weeks; 13 periods make the rail year, which starts on 1 April"),
        (
            "Rest-day working: ",
            "a driver working a rostered day off, paid as overtime and always voluntary",
        ),
        (
            "Miles per technical incident: ",
            "fleet miles run for each fault that delays a train by three minutes or more",
        ),
        ("Turn-up-and-go: ", "assistance given without booking ahead"),
        ("Access for All: ", "the national fund for step-free routes at stations"),
        (
            "Priority Date: ",
            "the date, 40 weeks before a timetable change, by which train times are bid",
        ),
    ]
    text_box(
        slide,
        0.45,
        1.0,
        9.1,
        4.1,
        [P([(t, True), (d, False)], 11, after=5) for t, d in terms],
    )
    footer(slide, 20)
    notes(slide)


def s21_costs(prs):
    slide = new_slide(prs, L_BLANK)
    box_title(slide, "Backup D \u00b7 Investment by year (\u00a3m)")
    rows = [
        ["Line item", "2029-30", "2030-31", "2031-32", "Total"],
        ["Driver recruitment and training", "2.9", "3.4", "1.1", "7.4"],
        ["Class 156 overhauls", "3.6", "4.2", "0.0", "7.8"],
        ["Remote condition monitoring, 28 diesel units", "0.6", "1.1", "0.0", "1.7"],
        ["Step-free schemes, 8 stations", "0.8", "5.6", "5.2", "11.6"],
        ["Live departure screens, 23 stations", "0.4", "1.5", "0.0", "1.9"],
        ["Ticket machines and contactless", "0.9", "3.6", "0.8", "5.3"],
        ["Programme team and contingency", "0.9", "0.9", "0.9", "2.7"],
        ["Total", "10.1", "20.3", "8.0", "38.4"],
    ]
    table(slide, 0.45, 1.0, [4.3, 1.2, 1.2, 1.2, 1.2], rows, size=10, row_h=0.36, head_fill=GREY)
    footer(slide, 21)
    notes(slide)


SLIDES = (
    s01_cover,
    s02_where,
    s03_why,
    s04_ambition,
    s05_priorities,
    s06_p1,
    s07_p2,
    s08_p3,
    s09_p4,
    s10_kpis,
    s11_roadmap,
    s12_pilot,
    s13_risks,
    s14_first90,
    s15_governance,
    s16_ask,
    s17_appendix,
    s18_options,
    s19_history,
    s20_glossary,
    s21_costs,
)


def _google_template(prs: PresentationType) -> None:
    """Google's 16:9 page, its layout names, and the master and layouts' placeholders moved
    onto the shorter page (the default template is 4:3: every y and height times 0.75)."""
    prs.slide_width, prs.slide_height = Emu(W), Emu(H)
    ratio = H / 6858000
    parts = [prs.slide_master] + list(prs.slide_layouts)
    for part in parts:
        for el in part._element.iter(qn("a:off")):
            el.set("y", str(int(round(int(el.get("y")) * ratio))))
        for el in part._element.iter(qn("a:ext")):
            if el.get("cy") is not None:
                el.set("cy", str(int(round(int(el.get("cy")) * ratio))))
    for i, layout in enumerate(prs.slide_layouts):
        layout._element.find(qn("p:cSld")).set("name", LAYOUT_NAMES[i])


def _google_names(prs: PresentationType) -> None:
    """Number every shape across the deck as Google does: each slide's notes shapes, then its
    own shapes, named "Google Shape;<n>;p<slide>" (":notes" on the notes page)."""
    n = 50
    for k, slide in enumerate(prs.slides, start=1):
        page = slide.notes_slide
        for sp in page.shapes:
            sp._element.find(".//" + qn("p:cNvPr")).set("id", str(n))
            sp._element.find(".//" + qn("p:cNvPr")).set("name", f"Google Shape;{n};p{k}:notes")
            n += 1
        for sp in slide.shapes:
            cnv = sp._element.find(".//" + qn("p:cNvPr"))
            cnv.set("id", str(n))
            cnv.set("name", f"Google Shape;{n};p{k}")
            n += 1


def build_deck() -> PresentationType:
    prs = Presentation()
    _google_template(prs)
    for make in SLIDES:
        make(prs)
    _google_names(prs)
    return prs


def _retheme(data: bytes) -> bytes:
    """Rename the theme as Google's export names it and state the 16:9 format in app.xml."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename.startswith("ppt/theme/"):
                body = body.replace(b'name="Office Theme"', b'name="Simple Light"')
            elif info.filename == "docProps/app.xml":
                body = body.replace(b"On-screen Show (4:3)", b"On-screen Show (16:9)")
            dst.writestr(info, body)
    return out.getvalue()


def deck_bytes() -> bytes:
    prs = build_deck()
    core = prs.core_properties
    core.author = ""
    core.last_modified_by = ""
    core.description = ""
    core.title = "Every Train Counts - Board, 20 March 2029"
    core.revision = 1
    buffer = io.BytesIO()
    prs.save(buffer)
    return normalize_zip(_retheme(buffer.getvalue()), STAMP)


# =========================================================================== the org folder
# ------------------------------------------------------------------ the establishment (ODS)

ODS_TIME = (2029, 3, 1, 10, 14, 22)
ODS_W3C = "2029-03-01T10:14:22.412000000"
ODS_CREATED = "2027-03-15T09:02:51.118000000"
GENERATOR = "LibreOffice/7.6.4.1$Linux_X86_64 LibreOffice_project/60$Build-1"
ODS_ORDER = (
    "mimetype",
    "meta.xml",
    "settings.xml",
    "content.xml",
    "styles.xml",
    "META-INF/manifest.xml",
)

SHEET_TITLE = (
    "Tanfield Rail \u00b7 Every Train Counts programme team \u00b7 establishment at 1 March 2029"
)
HEAD = (
    "Directorate",
    "Job title",
    "Reports to",
    "Programme involvement (Core / Extended / Consult only)",
    "What the post is accountable for",
)

# (directorate or "" under the first row of a block, job title, reports to (one or two
# lines), involvement, accountable for (one or two lines))
ESTABLISHMENT: tuple[tuple[str, str, tuple[str, ...], str, tuple[str, ...]], ...] = (
    (
        "Executive",
        "Managing Director",
        ("Board of Tanfield Rail Ltd",),
        "Core",
        (
            "Sponsor of Every Train Counts. Chairs the Programme Board every rail period and takes "
            "each gate decision under the Board's delegation.",
            "Accountable to the Board and to the Tanfield Region Transport Authority for the "
            "Services Contract; releases the programme's budget phase by phase.",
        ),
    ),
    (
        "",
        "Programme Manager, Every Train Counts",
        ("Managing Director",),
        "Core",
        (
            "Runs the programme office: the plan, the risk log, gate reports and the Programme "
            "Board papers. Tracks the actions that the daily performance calls escalate to the "
            "programme.",
        ),
    ),
    (
        "",
        "Finance Director",
        ("Managing Director",),
        "Extended",
        (
            "Keeps the programme's budget and forecasts, prepares the funding claims to the "
            "Authority and checks each business case before a gate. Consulted on spend; leads no "
            "programme work.",
        ),
    ),
    (
        "Operations",
        "Operations Director",
        ("Managing Director",),
        "Core",
        (
            "Runs the train service day to day: train crew, the control centre and stations. "
            "Answers to the Authority for PPM and cancellations under the Services Contract. Owns "
            "the Skelder Valley pilot, the line managers and the service recovery rules.",
        ),
    ),
    (
        "",
        "Head of Performance and Timetabling",
        ("Operations Director",),
        "Core",
        (
            "Owns the timetable bids to Network North Infrastructure, recovery time and train "
            "planning. Runs delay attribution and the PPM and cancellation figures in PerfView; "
            "leads the joint performance cell and the daily performance calls.",
        ),
    ),
    (
        "",
        "Head of Train Crew",
        ("Operations Director",),
        "Core",
        (
            "Owns driver and conductor numbers, rosters and diagrams, rest-day working, driver "
            "recruitment and the driver training school at Holmside.",
        ),
    ),
    (
        "",
        "Control Centre Manager",
        (
            "Operations Director",
            "Day to day: Route Control Manager, Network North Infrastructure",
        ),
        "Core",
        (
            "Runs our side of the Tanfield Integrated Control Centre: service recovery in "
            "disruption, the control log and the messages to passengers. Staffs the joint "
            "performance cell with Network North Infrastructure.",
        ),
    ),
    (
        "",
        "Head of Stations",
        ("Operations Director",),
        "Core",
        (
            "Runs the 61 stations and their 18 ticket offices, Passenger Assist and "
            "turn-up-and-go assistance, station staff and their training, live departure screens "
            "and help points. Leads step-free schemes and Access for All bids with Network North "
            "Infrastructure. Holds the Accessible Travel Policy until an Accessibility and "
            "Inclusion Manager is appointed.",
        ),
    ),
    (
        "Engineering",
        "Engineering Director",
        ("Managing Director",),
        "Core",
        (
            "Accountable for the fleet of 48 units and the Holmside and Sandhaven depots: "
            "maintenance, overhauls, fleet reliability and the overhaul contract with Wrenfield "
            "Rail Services.",
        ),
    ),
    (
        "",
        "Fleet Reliability Manager",
        ("Engineering Director",),
        "Core",
        (
            "Owns miles per technical incident, fault and failure analysis, remote condition "
            "monitoring and the Class 156 overhaul plan.",
        ),
    ),
    (
        "",
        "Depot Manager, Sandhaven",
        ("Engineering Director",),
        "Core",
        (
            "Runs Sandhaven depot, where the 28 diesel units are maintained: maintenance shifts, "
            "job cards and the depot's records in FleetMaster, and the spares held at the depot.",
        ),
    ),
    (
        "Customer and Commercial",
        "Customer and Commercial Director",
        ("Managing Director",),
        "Core",
        (
            "Owns passenger satisfaction, fares and ticketing, retail, on-board catering and "
            "customer information. Owns passenger journeys and revenue under the Services "
            "Contract and the relationship with the Passenger Panel.",
        ),
    ),
    (
        "",
        "Head of Retail and Ticketing",
        ("Customer and Commercial Director",),
        "Core",
        (
            "Owns the 74 ticket machines, contactless pay-as-you-go and the link to TanPay, "
            "fares proposals to the Authority's Fares Committee, the conductors' handheld ticket "
            "machines and the catering trolley contract.",
        ),
    ),
    (
        "Corporate Services",
        "Head of Data and Digital",
        ("Finance Director",),
        "Core",
        (
            "Runs our systems and data: PerfView, FleetMaster, CrewPlan, ControlLog, the TanData "
            "warehouse and its dashboards, the customer information system and the station "
            "handhelds.",
        ),
    ),
    (
        "",
        "Head of People and Employee Relations",
        ("Managing Director",),
        "Core",
        (
            "Owns recruitment, training records and the company councils with ASLEF and the RMT. "
            "Leads consultation and negotiation on rosters, depots and station duties.",
        ),
    ),
    (
        "",
        "Safety and Assurance Manager",
        ("Managing Director",),
        "Extended",
        (
            "Keeps the safety management system and reviews the safety case of each change to "
            "rosters, depots, stations and trains before a gate. Consulted; leads no programme "
            "work.",
        ),
    ),
    (
        "Representatives and passenger bodies",
        "ASLEF Company Council Representative",
        (),
        "Consult only",
        (
            "Represents train drivers. Consulted through the Drivers' Company Council on driver "
            "recruitment, rosters, diagrams, training and depot changes.",
        ),
    ),
    (
        "",
        "RMT Company Council Representative",
        (),
        "Consult only",
        (
            "Represents conductors, station and ticket office staff, control and depot staff "
            "and the catering trolley staff. Consulted on the rosters and duties of those grades.",
        ),
    ),
    (
        "",
        "Passenger Panel Chair",
        (),
        "Consult only",
        (
            "Chairs the Tanfield Rail Passenger Panel of 24 regular passengers. Consulted on "
            "timetables, fares and ticketing and on the pilot.",
        ),
    ),
    (
        "",
        "Access Forum Chair",
        (),
        "Consult only",
        (
            "Chairs the Access Forum of disabled passengers and their organisations. Consulted on "
            "the Accessible Travel Policy, station designs, assistance and staff training.",
        ),
    ),
)

VACANCY_TITLE = "Vacancies at 1 March 2029"
VACANCY_HEAD = ("Post", "Directorate", "Vacant since", "Recruitment", "Cover in the meantime")
VACANCIES = (
    (
        "Accessibility and Inclusion Manager",
        "Customer and Commercial",
        "Vacant since 30 November 2028",
        "Advertised in December 2028 and February 2029 without an appointment; a third advert "
        "goes out in April 2029",
        "The Head of Stations holds the Accessible Travel Policy. Nobody leads the station access "
        "audits or the Access Forum's work programme until the post is filled.",
    ),
)
FOOT_NOTE = "Source: HR establishment control. Posts outside the programme are not listed."


def _ods_doc():
    from odf import config, dc, meta
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.style import (
        MasterPage,
        PageLayout,
        PageLayoutProperties,
        ParagraphProperties,
        Style,
        TableCellProperties,
        TableColumnProperties,
        TableProperties,
        TableRowProperties,
        TextProperties,
    )
    from odf.table import Table, TableCell, TableColumn, TableRow
    from odf.text import P as OdfP

    doc = OpenDocumentSpreadsheet()
    doc.meta.addElement(meta.InitialCreator(text="Establishment Control"))
    doc.meta.addElement(meta.CreationDate(text=ODS_CREATED))
    doc.meta.addElement(dc.Date(text=ODS_W3C))
    doc.meta.addElement(dc.Creator(text="Establishment Control"))
    doc.meta.addElement(meta.EditingDuration(text="PT3H41M12S"))
    doc.meta.addElement(meta.EditingCycles(text="23"))
    filled = 1 + len(HEAD) + sum(1 for row in ESTABLISHMENT for v in row if v) + 1
    filled += 1 + len(VACANCY_HEAD) + sum(1 for row in VACANCIES for v in row if v)
    doc.meta.addElement(
        meta.DocumentStatistic(tablecount="2", cellcount=str(filled), objectcount="0")
    )

    default = Style(name="Default", family="table-cell")
    default.addElement(TextProperties(fontname="Liberation Sans", fontsize="10pt"))
    doc.styles.addElement(default)
    layout = PageLayout(name="Mpm1")
    layout.addElement(PageLayoutProperties(printorientation="landscape"))
    doc.automaticstyles.addElement(layout)
    doc.masterstyles.addElement(MasterPage(name="Default", pagelayoutname=layout))

    view = config.ConfigItemSet(name="ooo:view-settings")
    views = config.ConfigItemMapIndexed(name="Views")
    entry = config.ConfigItemMapEntry()
    item = config.ConfigItem(name="ViewId", type="string")
    item.addText("view1")
    entry.addElement(item)
    item = config.ConfigItem(name="ActiveTable", type="string")
    item.addText("Programme team")
    entry.addElement(item)
    views.addElement(entry)
    view.addElement(views)
    doc.settings.addElement(view)

    def col_style(name, width):
        s = Style(name=name, family="table-column")
        s.addElement(TableColumnProperties(columnwidth=width, breakbefore="auto"))
        doc.automaticstyles.addElement(s)
        return s

    co1 = col_style("co1", "1.5in")
    co2 = col_style("co2", "2.6in")
    co3 = col_style("co3", "2.1in")
    co4 = col_style("co4", "1.4in")
    co5 = col_style("co5", "5.2in")
    ro1 = Style(name="ro1", family="table-row")
    ro1.addElement(
        TableRowProperties(rowheight="0.178in", breakbefore="auto", useoptimalrowheight="true")
    )
    doc.automaticstyles.addElement(ro1)
    ta1 = Style(name="ta1", family="table", masterpagename="Default")
    ta1.addElement(TableProperties(display="true", writingmode="lr-tb"))
    doc.automaticstyles.addElement(ta1)
    title = Style(name="ce1", family="table-cell", parentstylename="Default")
    title.addElement(TextProperties(fontsize="14pt", fontweight="bold"))
    doc.automaticstyles.addElement(title)
    head = Style(name="ce2", family="table-cell", parentstylename="Default")
    head.addElement(TableCellProperties(backgroundcolor="#dde8cb", wrapoption="wrap"))
    head.addElement(TextProperties(fontweight="bold"))
    doc.automaticstyles.addElement(head)
    wrap = Style(name="ce3", family="table-cell", parentstylename="Default")
    wrap.addElement(TableCellProperties(wrapoption="wrap", verticalalign="top"))
    wrap.addElement(ParagraphProperties(textalign="start"))
    doc.automaticstyles.addElement(wrap)

    def cell(lines, style=wrap):
        if isinstance(lines, str):
            lines = (lines,) if lines else ()
        if not lines:
            return TableCell()
        c = TableCell(valuetype="string", stylename=style)
        for line in lines:
            c.addElement(OdfP(text=line))
        return c

    def title_rows(table, text, width):
        row = TableRow(stylename=ro1)
        row.addElement(cell(text, title))
        row.addElement(TableCell(numbercolumnsrepeated=str(width - 1)))
        table.addElement(row)
        row = TableRow(stylename=ro1)
        row.addElement(TableCell(numbercolumnsrepeated=str(width)))
        table.addElement(row)

    def head_row(table, names):
        row = TableRow(stylename=ro1)
        for name in names:
            row.addElement(cell(name, head))
        table.addElement(row)

    team = Table(name="Programme team", stylename=ta1)
    for style in (co1, co2, co3, co4, co5):
        team.addElement(TableColumn(stylename=style, defaultcellstylename="Default"))
    title_rows(team, SHEET_TITLE, len(HEAD))
    head_row(team, HEAD)
    for directorate, job, reports, tier, remit in ESTABLISHMENT:
        row = TableRow(stylename=ro1)
        for value in (directorate, job, reports, tier, remit):
            row.addElement(cell(value))
        team.addElement(row)
    row = TableRow(stylename=ro1)
    row.addElement(TableCell(numbercolumnsrepeated=str(len(HEAD))))
    team.addElement(row)
    row = TableRow(stylename=ro1)
    row.addElement(cell(FOOT_NOTE))
    row.addElement(TableCell(numbercolumnsrepeated=str(len(HEAD) - 1)))
    team.addElement(row)
    doc.spreadsheet.addElement(team)

    vac = Table(name="Vacancies", stylename=ta1)
    for style in (co2, co1, co3, co5, co5):
        vac.addElement(TableColumn(stylename=style, defaultcellstylename="Default"))
    title_rows(vac, VACANCY_TITLE, len(VACANCY_HEAD))
    head_row(vac, VACANCY_HEAD)
    for post in VACANCIES:
        row = TableRow(stylename=ro1)
        for value in post:
            row.addElement(cell(value))
        vac.addElement(row)
    doc.spreadsheet.addElement(vac)
    return doc


def roster_ods() -> bytes:
    """The establishment as LibreOffice Calc would save it: odfpy's package, rewritten with a
    LibreOffice generator, the entries in Calc's order and a fixed time on each, ``mimetype``
    first and stored."""
    buffer = io.BytesIO()
    _ods_doc().write(buffer)
    src = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    names = src.namelist()
    assert sorted(names) == sorted(ODS_ORDER), names
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for name in ODS_ORDER:
            body = src.read(name)
            if name == "meta.xml":
                body = re.sub(
                    rb"<meta:generator>[^<]*</meta:generator>",
                    b"<meta:generator>" + GENERATOR.encode() + b"</meta:generator>",
                    body,
                )
            info = zipfile.ZipInfo(name, date_time=ODS_TIME)
            info.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, body)
    return out.getvalue()


# ------------------------------------------------------------------ the text files

BOARD_TOR = """
# Every Train Counts Programme Board: terms of reference

Approved by the Executive Committee on 26 February 2029, subject to the Board's approval of the
strategy on 20 March 2029.

## Purpose

The Programme Board steers Every Train Counts, Tanfield Rail's strategy for April 2029 to March
2032, and makes sure each phase delivers what the Board approved.

## Chair and members

- Chair: the Managing Director, sponsor of the programme.
- Members: the Operations Director, the Engineering Director, the Customer and Commercial
  Director, the Finance Director and the Head of People and Employee Relations.
- Secretary: the Programme Manager, Every Train Counts, who keeps the plan, the risk log and the
  action log and writes the gate reports.
- In attendance: the Route Director of Network North Infrastructure; the Authority's Rail
  Contract Manager observes once a quarter.

## Meetings

The Programme Board meets in the second week of every rail period, 13 times a year. Papers go
out five working days before the meeting.

## Decisions

The Managing Director takes each gate decision (Gates 1 to 4) under the Board's delegation,
after the Programme Board has reviewed the gate report and the Safety and Assurance Manager has
reviewed the safety case for the change. Each decision is reported to the next Board meeting
and to the Authority.

The Managing Director releases each phase's budget at its gate. A change of more than \u00a3250,000
to a phase's budget goes to the Board.

A change to the timetable, to fares or to a ticket office's opening hours that the Services
Contract covers needs the Authority's written consent before it is announced.

## Consultation

The Access Forum and the Passenger Panel are consulted as their terms set out. The trade unions
are consulted through the company councils (see the industrial relations extract). Neither
the Forum, the Panel nor the unions take decisions for the programme.
"""

IR_EXTRACT = """
# Industrial relations machinery: extract for Every Train Counts

Prepared by the Head of People and Employee Relations, January 2029. The full agreements are
held by HR.

## Drivers (ASLEF)

Driver matters are dealt with in the Drivers' Company Council, which meets every two rail
periods and can be called at seven days' notice.

Changes to driver diagrams, rosters, link structures or depot allocations must be agreed in
the Drivers' Company Council before they are introduced.

Rest-day working is voluntary: a driver may turn down any rest day without giving a reason.

Sunday is not part of the working week for drivers at Sandhaven depot; every Sunday turn there
is worked as overtime.

The driver training programme is agreed in a joint training committee of the company and ASLEF,
which meets each quarter.

## Conductors, stations, control, depots and catering (RMT)

Changes to the rosters or duties of conductors, station staff, ticket office staff, control
staff and depot staff are consulted on with the RMT for at least 60 days before they take
effect.

Catering trolley staff work under the RMT catering agreement, and handling card payments needs a
change to their job description, agreed through the council.

Changes to the hours of a ticket office also need the Authority's written consent and a 21-day
public consultation run by the Authority.

## What the company already has

Both councils have agreed procedures, a joint secretary each and a calendar of meetings for
2029-30. Training records for every grade are kept in CrewPlan and in the HR system.
"""

SYSTEMS = """
# Systems and data inventory

Kept by the Head of Data and Digital. Last reviewed February 2029.

## Performance

PerfView is our performance system: it takes every train's times from Network North
Infrastructure's train describer feed and holds delay attribution, PPM and cancellations by
train, line and period.

Delay attribution is agreed each day with Network North Infrastructure by our two delay
attributors, and disputed delays go to the monthly joint review.

PerfView keeps train-level data for two rail years; older years survive as period summaries.

## Control

ControlLog is the incident log of the Tanfield Integrated Control Centre, shared with Network
North Infrastructure's controllers.

There is no link between ControlLog and the customer information system, so every disruption
message is typed twice, once in each.

## Train crew

CrewPlan holds driver and conductor rosters, diagrams and competence records.

Rest-day working is agreed by phone between the crew resourcing desk and the driver and noted
in a spreadsheet at each signing-on point; CrewPlan cannot show it.

The driver training school at Holmside has two classrooms and one driving simulator, and takes
two classes of 12 trainees a year.

A trainee driver takes 14 months from the first day to driving alone.

## Fleet

FleetMaster is our maintenance management system: work orders, defects and the maintenance plan
for all 48 units.

At Sandhaven depot the diesel fleet's work is recorded on paper job cards, which the depot clerk
types into FleetMaster once a week.

Remote condition monitoring is fitted to the 20 electric units, which send door, traction and
brake faults to the fleet desk as they happen.

None of our 28 diesel units carries remote condition monitoring, so their faults are known when
a driver reports them or a fitter finds them.

## Stations and customer information

Live departure screens are installed at 38 of our 61 stations; the other 23 have timetable
posters and a help point.

Every station has a help point that rings the control centre.

Passenger Assist bookings arrive through the national assistance booking system and are printed
for each station's staff every evening.

Whether booked assistance was delivered is recorded nowhere; we learn of a failure when a
passenger complains or a mystery traveller reports it.

Station staff at our 24 staffed stations carry StationPad handhelds, used today for safety
briefings and shift reports.

## Tickets and catering

We have 74 ticket machines at 44 stations, which take cash and chip-and-PIN cards.

The 30 machines bought in 2009 cannot be upgraded to take contactless; the 44 bought in 2021
can, with a software change.

Conductors sell tickets on board with handheld ticket machines, which take cards where there is
a mobile signal.

TanPay, the Authority's contactless back office, handles bus journeys only; rail is not yet
connected to it.

The catering trolley on Coast Line services takes cash only, and its sales are recorded on paper
till rolls.

## Data and reporting

TanData, our data warehouse, brings together PerfView, FleetMaster, CrewPlan and ticket sales,
and its Power BI dashboards go to every manager each period.

Complaints and compliments are logged in CaseTrack and answered within 20 working days.

The Rail User Survey is run by the Authority each spring and autumn with about 2,400 responses;
its results come to us by line, not by station.
"""

MEASURES = """
# Performance measures: definitions, owners and baselines

Kept by the Head of Performance and Timetabling with each measure's owner. Baselines are
2028-29 to period 12 unless stated.

| Measure | Definition | Owner | Source | Baseline |
|---|---|---|---|---|
| Public Performance Measure (PPM) | Trains that run their whole journey and arrive within five minutes of time, as a share of trains planned; moving annual average | Head of Performance and Timetabling | PerfView | 86.1% |
| Cancellations | Trains cancelled in full or in part, as a share of trains planned; moving annual average | Head of Performance and Timetabling | PerfView | 4.3% |
| Rest-day working | Driver turns covered by a driver on a rest day, as a share of driver turns | Head of Train Crew | Crew resourcing spreadsheets | 11% |
| Miles per technical incident | Fleet miles per fault causing three minutes' delay or more; moving annual average | Fleet Reliability Manager | FleetMaster and PerfView | 8,400 |
| Step-free stations | Stations with step-free access to every platform | Head of Stations | Station asset register | 27 of 61 |
| Assistance delivered as booked | Booked assists delivered as booked, as a share of booked assists | Head of Stations | Mystery traveller checks | 91% |
| Contactless journeys | Journeys paid by contactless pay-as-you-go, as a share of all journeys | Head of Retail and Ticketing | TanPay (when connected) | 0% |
| Overall satisfaction | Passengers satisfied overall, autumn wave | Customer and Commercial Director | Rail User Survey | 78% |
| Passenger journeys | Journeys a year, from ticket sales and the Authority's concessionary pass data | Customer and Commercial Director | TanData | 14.2m |

## Notes on the measures

The assistance baseline rests on 120 mystery traveller journeys made in 2028.

The rest-day working figure is added up by hand each period from the signing-on points'
spreadsheets.

Satisfaction is reported by line; the Authority publishes the autumn wave in January.

The PPM benchmark in the Services Contract is 88.0% from 2029-30.
"""

CONTRACT = """
# Tanfield Local Rail Services Contract: extract

Tanfield Rail runs the Tanfield Local Rail Services Contract for the Tanfield Region Transport
Authority from 1 April 2027 to 31 March 2037.

## Performance incentive regime

For each 0.1 point of PPM above or below the benchmark, the Authority pays us, or deducts,
\u00a345,000 a year. The benchmark is 88.0% from 2029-30.

Cancellations above 2.0% of trains planned in a period are deducted at \u00a31,200 a train.

## Timetable

Train times for a timetable change are bid to Network North Infrastructure on the Priority Date,
40 weeks before the change; the Priority Date for the December 2030 change is 10 March 2030.

The Authority specifies the minimum service on each line, and a timetable that runs fewer trains
needs its written consent.

## Fares and retail

The Authority regulates our fares: any new fare or price cap must be approved by its Fares
Committee, which meets twice a year, in February and August.

The contract requires an on-board catering service on Coast Line services until March 2031.

## Review

A contract review by 30 September 2030 sets the passenger growth targets for 2031 to 2037.
"""

FORUMS = """
# Access Forum and Passenger Panel: terms

## Access Forum

The Access Forum brings together 16 disabled passengers and representatives of local disability
organisations. It meets every second rail period and is chaired by one of its members.

The Accessible Travel Policy, and any change to how assistance is given, must be put to the
Access Forum at least eight weeks before it takes effect.

The Forum reviews the design of every step-free scheme at concept stage and again before
construction.

## Passenger Panel

The Tanfield Rail Passenger Panel has 24 regular passengers from every line, recruited for two
years at a time. It meets every rail period.

The Panel is consulted on timetable changes, fares and ticketing, and on any pilot that changes
what passengers see.

At the Panel's request, no timetable change is announced less than 12 weeks before it starts.
"""

SKELDER = """
SKELDER VALLEY LINE: LINE PROFILE
Prepared for the Every Train Counts pilot. Head of Performance and Timetabling, February 2029.

Route: Tanfield Central - Kelderby Junction - Hollins Cross - Fellbeck - Skelder, 11 stations,
31 miles.
Service: one train an hour each way, 06:10 to 23:40, two-car Class 156 units from Sandhaven
depot; 1.1m journeys a year.
Staffed stations: Tanfield Central, Hollins Cross and Skelder. The other eight are unstaffed,
and the conductor gives assistance there.
Performance 2028-29 to period 12: PPM 79.4%, cancellations 6.9%.

Beyond Hollins Cross the line is single track with one passing loop at Fellbeck, so one late
train delays the next in the other direction.

Between Hollins Cross and Skelder there is no mobile signal along nine miles of the valley, so
conductors' handhelds cannot take card payments there.

Platform 2 at Hollins Cross is reached by a footbridge only.

Network North Infrastructure's engineering plan for 2029-30 closes the line on 14 Sundays, six of
them between December 2029 and May 2030.

Five of the 11 stations have live departure screens today.
"""

EMAIL = """
From: Engineering Director
To: Programme Manager, Every Train Counts
Cc: Fleet Reliability Manager; Depot Manager, Sandhaven
Date: 21 February 2029
Subject: Class 156 overhaul slots at Wrenfield

Hello,

Wrenfield Rail Services have come back on the overhaul programme. They can take two units at a
time from 3 September 2029, and each unit is with them for 12 weeks.

On that timing the first two units come back at the end of November 2029 and the next two in
late February 2030, so only two overhauled units will be ready for the Skelder Valley line on 8
December. We should decide at Gate 1 whether the pilot starts with two overhauled units and two
that have had a heavy exam at Sandhaven.

Their price holds if we book all 16 units by 31 May.

The spares float is in hand: FleetMaster already holds the stock levels for both depots.

Regards,
Engineering Director
"""

ORG_FILES = {
    "governance/every-train-counts-programme-board-terms-of-reference.md": BOARD_TOR,
    "governance/industrial-relations-machinery-extract.md": IR_EXTRACT,
    "systems/systems-and-data-inventory.md": SYSTEMS,
    "measures/performance-measures.md": MEASURES,
    "context/services-contract-extract.md": CONTRACT,
    "context/access-forum-and-passenger-panel-terms.md": FORUMS,
    "context/skelder-valley-line-profile.txt": SKELDER,
    "context/email-2029-02-21-class-156-overhaul-slots.txt": EMAIL,
}


def main(root: Path = HERE) -> None:
    """Write the deck and the org folder under ``root / CASE``."""
    case = root / CASE
    write_files(
        case,
        {DECK: deck_bytes(), "org/people/establishment.ods": roster_ods()}
        | {f"org/{rel}": text for rel, text in ORG_FILES.items()},
    )


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
