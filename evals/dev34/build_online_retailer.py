"""Build the dev34 case ``online-retailer``: its deck and its org folder, deterministically.

Run from the repository root with the project's venv (python-pptx, python-docx, openpyxl, lxml):

    .venv/bin/python evals/dev34/build_online_retailer.py [out]

Writes, under ``evals/dev34/online-retailer/`` (or ``<out>/online-retailer/``):

- ``Ready When You Are - Growth plan and OKRs - Exec Board Jan 2028.pptx``: Fellmark
  Outdoor's growth plan for six financial quarters (FY2028/29 Q1 to FY2029/30 Q2, the year
  starting on 1 February), a deck made in GOOGLE SLIDES and downloaded as PowerPoint: no
  ``docProps`` part, Google's 16:9 size (9144000 x 5143500 EMU), layouts named as Google names
  them ("TITLE", "TITLE_AND_BODY", "BLANK", ...) with no theme variants, a theme called
  "Simple Light", every shape "Google Shape;<id>;<page id>" (``p<n>`` for slides made in the
  deck, ``g<12 hex>_0_<n>`` for slides pasted in), ``txBox="1"`` on text boxes and
  placeholders, explicit insets, runs in "Google Sans", Google's auto-numbered lists, a notes
  page for every slide and speaker notes on five. The roadmap is a Now / Next / Later board of
  shapes with no dates on it; the quarters are dated on the clock slide.
- ``org/``: the support centre's team page (Markdown tables under a heading per team), the
  Growth Steering Group's terms, the Colleague Works Forum agreement (DOCX), the systems
  inventory, the key-result definitions (XLSX), the Wyndale region's store notes, the returns
  policy, the peak trading change freeze and an email about handheld lead times.

Re-running it rewrites every file byte for byte: the PPTX, DOCX and XLSX are saved by their
libraries, their timestamps fixed, and rewritten with sorted ZIP entries at one fixed time;
the text files are literal strings. It never touches ``gold.json``. Split "dev34".
"""

from __future__ import annotations

import io
import re
import sys
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from xml.sax.saxutils import escape

from docx import Document
from lxml import etree
from openpyxl import Workbook
from openpyxl.styles import Font
from pptx import Presentation
from pptx.util import Emu

HERE = Path(__file__).resolve().parent
CASE = "online-retailer"
DECK = "Ready When You Are - Growth plan and OKRs - Exec Board Jan 2028.pptx"
ZIP_TIME = (1980, 1, 1, 0, 0, 0)
FIXED = datetime(2027, 12, 18, 9, 30, 0)

EMU = 914400
NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
NS_P = "http://schemas.openxmlformats.org/presentationml/2006/main"
NSDECL = f'xmlns:a="{NS_A}" xmlns:p="{NS_P}"'
FONT = "Google Sans"
INK = "202124"
ACCENT = "1E6B52"
MOSS = "7A8F3B"
GREY = "5F6368"
PALE = "EEF3EF"
WHITE = "FFFFFF"
AMBER = "C26401"
GOOGLE_LAYOUTS = {
    "Title Slide": "TITLE",
    "Title and Content": "TITLE_AND_BODY",
    "Section Header": "SECTION_HEADER",
    "Two Content": "TITLE_AND_TWO_COLUMNS",
    "Title Only": "TITLE_ONLY",
    "Blank": "BLANK",
}
FOOTER = "Fellmark Outdoor \u00b7 Ready When You Are \u00b7 Executive Board \u00b7 Confidential"


def emu(inches: float) -> int:
    return int(round(inches * EMU))


# =========================================================================== Google-style XML


@dataclass
class Page:
    """One slide being drawn: its Google page id and the deck-wide shape counter."""

    page_id: str
    counter: list[int]
    shapes: list[str] = field(default_factory=list)

    def next_id(self) -> int:
        self.counter[0] += 1
        return self.counter[0]

    def name(self, sid: int) -> str:
        return f"Google Shape;{sid};{self.page_id}"


def run(text: str, size: int, *, bold: bool = False, italic: bool = False, color: str = INK) -> str:
    attrs = f' lang="en-GB" sz="{size}"' + (' b="1"' if bold else "") + (' i="1"' if italic else "")
    return (
        f'<a:r><a:rPr{attrs}><a:solidFill><a:srgbClr val="{color}"/></a:solidFill>'
        f'<a:latin typeface="{FONT}"/><a:ea typeface="{FONT}"/><a:cs typeface="{FONT}"/>'
        f'<a:sym typeface="{FONT}"/></a:rPr><a:t>{escape(text)}</a:t></a:r>'
    )


def para(
    text: str,
    size: int = 1200,
    *,
    bold: bool = False,
    italic: bool = False,
    color: str = INK,
    algn: str = "l",
    bullet: str | None = None,
    autonum: bool = False,
    after: int = 0,
) -> str:
    """A paragraph as Google writes it: ``a:pPr`` with its spacing, then a ``buChar`` bullet,
    an ``arabicPeriod`` auto-number or ``buNone``, one run and an ``a:endParaRPr``."""
    spacing = (
        f'<a:spcBef><a:spcPts val="0"/></a:spcBef><a:spcAft><a:spcPts val="{after}"/></a:spcAft>'
    )
    if bullet or autonum:
        mark = '<a:buAutoNum type="arabicPeriod"/>' if autonum else f'<a:buChar char="{bullet}"/>'
        ppr = (
            f'<a:pPr marL="457200" lvl="0" indent="-317500" algn="{algn}" rtl="0">{spacing}'
            f'<a:buClr><a:srgbClr val="{color}"/></a:buClr><a:buSzPts val="{size}"/>'
            f'<a:buFont typeface="{FONT}"/>{mark}</a:pPr>'
        )
    else:
        ppr = (
            f'<a:pPr marL="0" lvl="0" indent="0" algn="{algn}" rtl="0">{spacing}<a:buNone/></a:pPr>'
        )
    end = f'<a:endParaRPr lang="en-GB" sz="{size}"/>'
    return f"<a:p>{ppr}{run(text, size, bold=bold, italic=italic, color=color)}{end}</a:p>"


def _body(paras: Sequence[str], anchor: str, inset: int) -> str:
    body = "".join(paras) or (
        '<a:p><a:pPr marL="0" lvl="0" indent="0" algn="l" rtl="0"><a:spcBef><a:spcPts val="0"/>'
        '</a:spcBef><a:spcAft><a:spcPts val="0"/></a:spcAft><a:buNone/></a:pPr>'
        '<a:endParaRPr lang="en-GB" sz="1000"/></a:p>'
    )
    return (
        f'<p:txBody><a:bodyPr spcFirstLastPara="1" wrap="square" lIns="{inset}" tIns="{inset}" '
        f'rIns="{inset}" bIns="{inset}" anchor="{anchor}" anchorCtr="0"><a:noAutofit/>'
        f"</a:bodyPr><a:lstStyle/>{body}</p:txBody>"
    )


def box(
    page: Page,
    x: float,
    y: float,
    w: float,
    h: float,
    paras: Sequence[str] = (),
    *,
    fill: str | None = None,
    line: str | None = None,
    geom: str = "rect",
    anchor: str = "t",
    inset: int = 91425,
    ph: str | None = None,
) -> None:
    """A shape: a free text box (``txBox="1"``) when it has no fill, outline or geometry of
    its own, else a drawn shape; a placeholder when ``ph`` gives its ``p:ph`` attributes."""
    sid = page.next_id()
    text_box = ph is not None or (fill is None and line is None and geom == "rect")
    cnv = '<p:cNvSpPr txBox="1"/>' if text_box else "<p:cNvSpPr/>"
    nvpr = f"<p:nvPr><p:ph {ph}/></p:nvPr>" if ph else "<p:nvPr/>"
    fill_xml = f'<a:solidFill><a:srgbClr val="{fill}"/></a:solidFill>' if fill else "<a:noFill/>"
    ln = (
        f'<a:ln w="9525" cap="flat" cmpd="sng"><a:solidFill><a:srgbClr val="{line}"/>'
        f'</a:solidFill><a:prstDash val="solid"/><a:round/><a:headEnd type="none" w="sm" '
        f'len="sm"/><a:tailEnd type="none" w="sm" len="sm"/></a:ln>'
        if line
        else "<a:ln><a:noFill/></a:ln>"
    )
    page.shapes.append(
        f'<p:sp {NSDECL}><p:nvSpPr><p:cNvPr id="{sid}" name="{page.name(sid)}"/>{cnv}{nvpr}'
        f'</p:nvSpPr><p:spPr><a:xfrm><a:off x="{emu(x)}" y="{emu(y)}"/>'
        f'<a:ext cx="{emu(w)}" cy="{emu(h)}"/></a:xfrm><a:prstGeom prst="{geom}"><a:avLst/>'
        f"</a:prstGeom>{fill_xml}{ln}</p:spPr>{_body(paras, anchor, inset)}</p:sp>"
    )


def connector(page: Page, x1: float, y1: float, x2: float, y2: float, color: str = GREY) -> None:
    sid = page.next_id()
    page.shapes.append(
        f'<p:cxnSp {NSDECL}><p:nvCxnSpPr><p:cNvPr id="{sid}" name="{page.name(sid)}"/>'
        f'<p:cNvCxnSpPr/><p:nvPr/></p:nvCxnSpPr><p:spPr><a:xfrm><a:off x="{emu(x1)}" '
        f'y="{emu(y1)}"/><a:ext cx="{emu(x2 - x1)}" cy="{emu(y2 - y1)}"/></a:xfrm>'
        f'<a:prstGeom prst="straightConnector1"><a:avLst/></a:prstGeom><a:noFill/>'
        f'<a:ln w="9525" cap="flat" cmpd="sng"><a:solidFill><a:srgbClr val="{color}"/>'
        f'</a:solidFill><a:prstDash val="dash"/><a:round/><a:headEnd type="none" w="sm" '
        f'len="sm"/><a:tailEnd type="none" w="sm" len="sm"/></a:ln></p:spPr></p:cxnSp>'
    )


def _cell(text: str, size: int, *, head: bool) -> str:
    color = WHITE if head else INK
    fill = ACCENT if head else WHITE
    border = "".join(
        f'<a:{side} w="9525" cap="flat" cmpd="sng"><a:solidFill><a:srgbClr val="BFC7CC"/>'
        f'</a:solidFill><a:prstDash val="solid"/><a:round/><a:headEnd type="none" w="sm" '
        f'len="sm"/><a:tailEnd type="none" w="sm" len="sm"/></a:{side}>'
        for side in ("lnL", "lnR", "lnT", "lnB")
    )
    return (
        f"<a:tc><a:txBody><a:bodyPr/><a:lstStyle/>{para(text, size, bold=head, color=color)}"
        f'</a:txBody><a:tcPr marL="68575" marR="68575" marT="45700" marB="45700">{border}'
        f'<a:solidFill><a:srgbClr val="{fill}"/></a:solidFill></a:tcPr></a:tc>'
    )


def table(
    page: Page,
    x: float,
    y: float,
    widths: Sequence[float],
    rows: Sequence[Sequence[str]],
    *,
    size: int = 900,
    row_h: float = 0.3,
) -> None:
    """A native table as Google exports one: a ``graphicFrame`` named like every other shape,
    the header row filled, every cell with its own borders and margins."""
    sid = page.next_id()
    grid = "".join(f'<a:gridCol w="{emu(w)}"/>' for w in widths)
    body = "".join(
        f'<a:tr h="{emu(row_h)}">'
        + "".join(_cell(text, size, head=(k == 0)) for text in row)
        + "</a:tr>"
        for k, row in enumerate(rows)
    )
    page.shapes.append(
        f'<p:graphicFrame {NSDECL}><p:nvGraphicFramePr><p:cNvPr id="{sid}" '
        f'name="{page.name(sid)}"/><p:cNvGraphicFramePr/><p:nvPr/></p:nvGraphicFramePr>'
        f'<p:xfrm><a:off x="{emu(x)}" y="{emu(y)}"/><a:ext cx="{emu(sum(widths))}" '
        f'cy="{emu(row_h * len(rows))}"/></p:xfrm><a:graphic><a:graphicData '
        f'uri="http://schemas.openxmlformats.org/drawingml/2006/table"><a:tbl>'
        f'<a:tblPr firstRow="1" bandRow="1"><a:noFill/>'
        f"<a:tableStyleId>{{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}}</a:tableStyleId></a:tblPr>"
        f"<a:tblGrid>{grid}</a:tblGrid>{body}</a:tbl></a:graphicData></a:graphic>"
        f"</p:graphicFrame>"
    )


def eyebrow(page: Page, text: str, number: int) -> None:
    """The small section label above a title and the typed footer with the slide number:
    free text boxes on every content slide, as the deck's authors typed them."""
    box(page, 0.4, 0.18, 6.0, 0.3, [para(text, 900, bold=True, color=ACCENT)], inset=0)
    box(page, 0.4, 5.28, 7.0, 0.25, [para(FOOTER, 700, color=GREY)], inset=0)
    box(page, 9.0, 5.28, 0.6, 0.25, [para(str(number), 700, color=GREY, algn="r")], inset=0)


def title_ph(page: Page, text: str) -> None:
    box(page, 0.4, 0.42, 9.2, 0.6, [para(text, 2200, bold=True)], ph='type="title"', inset=0)


def title_box(page: Page, text: str) -> None:
    """The title of a BLANK slide: a free text box drawn where the placeholder would be."""
    box(page, 0.4, 0.42, 9.2, 0.6, [para(text, 2200, bold=True)], inset=0)


def body_ph(
    page: Page, x: float, y: float, w: float, h: float, lines: Sequence[str], size: int = 1200
) -> None:
    box(
        page,
        x,
        y,
        w,
        h,
        [para(t, size, bullet="\u25cf", after=400) for t in lines],
        ph='type="body" idx="1"',
    )


def bullets(lines: Sequence[str], size: int = 1100, char: str = "\u25cf") -> list[str]:
    return [para(t, size, bullet=char, after=300) for t in lines]


# =========================================================================== the slides
# =========================================================================== the slides


def s01(page: Page) -> None:
    box(page, 0.0, 0.0, 10.0, 5.625, fill=ACCENT)
    box(page, 0.6, 0.5, 6.0, 0.4, [para("FELLMARK OUTDOOR", 1200, bold=True, color=WHITE)])
    box(
        page,
        0.6,
        1.3,
        8.8,
        1.0,
        [para("Ready When You Are", 4000, bold=True, color=WHITE)],
        ph='type="ctrTitle"',
        anchor="b",
    )
    box(
        page,
        0.6,
        2.35,
        8.8,
        0.6,
        [para("Growth plan and OKRs \u00b7 FY2028/29 Q1 to FY2029/30 Q2", 2000, color=WHITE)],
        ph='type="subTitle" idx="1"',
    )
    box(page, 0.6, 3.6, 8.8, 0.4, [para("Executive Board, 13 January 2028", 1200, color=WHITE)])
    box(
        page,
        0.6,
        4.0,
        8.8,
        0.6,
        [
            para(
                "Presented by the Chief Operating Officer and the Head of Ecommerce",
                1100,
                color=WHITE,
            )
        ],
    )


def s02(page: Page) -> None:
    eyebrow(page, "WHERE WE ARE", 2)
    title_ph(page, "Where we start from")
    body_ph(
        page,
        0.4,
        1.1,
        5.5,
        3.3,
        [
            "Web and app took 31% of our sales in FY2026/27, up from 18% five years ago.",
            "One web order in five is click and collect, and every one of them is packed at "
            "Halsworth and trucked to the store.",
            "A click-and-collect order takes three days on average to reach the store, even "
            "when the store has the item on its shelf.",
            "Online returns come back by post, and a refund takes nine days on average.",
            "Trailmark Rewards has 612,000 members; 44% bought from us in the last 12 months.",
        ],
        size=1050,
    )
    tiles = [
        ("40", "stores in England, Wales and the Scottish Borders"),
        ("\u00a3148m", "sales in FY2026/27, stores, web and app"),
        ("612,000", "Trailmark Rewards members"),
    ]
    for k, (big, label) in enumerate(tiles):
        y = 1.15 + k * 1.05
        box(page, 6.2, y, 3.4, 0.95, fill=PALE)
        box(page, 6.3, y + 0.02, 3.2, 0.5, [para(big, 2400, bold=True, color=ACCENT)], inset=0)
        box(page, 6.3, y + 0.52, 3.2, 0.4, [para(label, 1000)], inset=0)
    box(
        page,
        0.4,
        4.5,
        9.2,
        0.65,
        [
            para(
                "In 2023 we set out to reach 40% of sales online by 2026.",
                1000,
                italic=True,
                color=GREY,
            ),
            para(
                "Tarn & Crag now offer one-hour collection from 90 stores.",
                1000,
                italic=True,
                color=GREY,
            ),
        ],
        inset=0,
    )


def s03(page: Page) -> None:
    eyebrow(page, "NORTH STAR", 3)
    title_ph(page, "What we are aiming for")
    box(
        page,
        0.4,
        1.05,
        9.2,
        0.8,
        [
            para(
                "Be the outdoor shop that is ready when you are, however you choose to shop.",
                1800,
                bold=True,
                color=ACCENT,
            )
        ],
        ph='type="body" idx="1"',
    )
    box(
        page,
        0.4,
        1.95,
        9.2,
        0.35,
        [para("By the end of July 2029 we will:", 1200, bold=True)],
        inset=0,
    )
    goals = [
        ("Stock you can see", "Offer two-hour click and collect from store stock in all 40 stores"),
        (
            "Returns anywhere",
            "Take back any online order in any of our 40 stores, with the refund made at the till",
        ),
        (
            "Rewards that remember",
            "Make Trailmark Rewards something members feel, not just a card in their wallet",
        ),
    ]
    for k, (head, text) in enumerate(goals):
        x = 0.4 + k * 3.1
        box(page, x, 2.4, 2.95, 1.9, fill=PALE)
        box(page, x + 0.1, 2.5, 2.75, 0.4, [para(head, 1300, bold=True, color=ACCENT)])
        box(page, x + 0.1, 2.9, 2.75, 1.3, [para(text, 1100)])
    box(
        page,
        0.4,
        4.5,
        9.2,
        0.4,
        [para("And over time, grow the share of our sales that starts online.", 1100, italic=True)],
        inset=0,
    )


def s04(page: Page) -> None:
    eyebrow(page, "THE PLAN ON A PAGE", 4)
    title_ph(page, "Three pillars, six quarters")
    pillars = [
        (
            "1  Stock you can see",
            "Every store's stock visible online and ready to collect in two hours",
        ),
        ("2  Returns anywhere", "Any online order returned in any store and refunded on the spot"),
        (
            "3  Rewards that remember",
            "Members recognised in their birthday month and rewarded wherever they shop",
        ),
    ]
    for k, (head, aim) in enumerate(pillars):
        x = 0.4 + k * 3.1
        box(
            page,
            x,
            1.2,
            2.95,
            0.55,
            [para(head, 1300, bold=True, color=WHITE)],
            fill=ACCENT,
            anchor="ctr",
        )
        box(page, x, 1.8, 2.95, 1.6, [para(aim, 1100)], fill=PALE)
    box(
        page,
        0.4,
        3.65,
        9.2,
        1.2,
        bullets(
            [
                "One customer record behind all three: Plover holds web, app and Trailmark data.",
                "Each pillar has a lead on the Growth Steering Group.",
            ],
            1050,
        ),
        ph='type="body" idx="1"',
    )


def s05(page: Page) -> None:
    eyebrow(page, "WHO IT IS FOR", 5)
    title_box(page, "Who we are planning for first")
    moments = [
        (
            "Ordering online to collect in store",
            "A walker orders boots on her phone at lunchtime and wants to try them on and pick "
            "them up on her way home.",
        ),
        (
            "Returning an online order in a store",
            "A customer's tent from the web shop is the wrong size; he is in town on Saturday "
            "and wants his money back there and then.",
        ),
        (
            "A Trailmark member's birthday offer",
            "A member who joined at a till five years ago hears from us in her birthday month, "
            "with an offer she can use in store or online.",
        ),
    ]
    for k, (head, text) in enumerate(moments):
        x = 0.4 + k * 3.1
        box(page, x, 1.15, 2.95, 2.45, fill=PALE, line="C8D3CC")
        box(page, x + 0.1, 1.25, 2.75, 0.6, [para(head, 1200, bold=True, color=ACCENT)])
        box(page, x + 0.1, 1.9, 2.75, 1.6, [para(text, 1000)])
    box(
        page,
        0.4,
        3.8,
        9.2,
        1.35,
        [para("Not in this plan:", 1050, bold=True, color=GREY)]
        + bullets(
            [
                "Club and school group accounts",
                "Hire of tents and kit",
                "Deliveries outside the UK",
                "Sales through Amazon and eBay",
            ],
            950,
            "\u2013",
        ),
        inset=0,
    )


def pillar(page: Page, number: int, head: str, goal: str, lines: Sequence[str], lead: str) -> None:
    eyebrow(page, f"PILLAR {number - 5}", number)
    title_ph(page, head)
    box(page, 0.4, 1.05, 9.2, 0.45, [para(goal, 1200, bold=True, color=ACCENT)], fill=PALE)
    box(
        page,
        0.4,
        1.65,
        9.2,
        3.0,
        [para(t, 1150, autonum=True, after=500) for t in lines]
        if number == 7
        else [para(t, 1150, bullet="\u25cf", after=500) for t in lines],
        ph='type="body" idx="1"',
    )
    box(page, 0.4, 4.8, 9.2, 0.35, [para(lead, 1000, italic=True, color=GREY)], inset=0)


def s06(page: Page) -> None:
    pillar(
        page,
        6,
        "Stock you can see",
        "Goal: two-hour click and collect from store stock in all 40 stores by July 2029",
        [
            "Connect Orderly to the store stock file, so it can send a collect order to the "
            "store that holds the stock",
            "Show store stock on every product page and in the app, by size and colour",
            "Show a ready-by time at checkout for each store",
            "Count the fastest-moving 500 lines in every store every week, and every line "
            "twice a year",
        ],
        "Pillar lead: Head of Ecommerce",
    )


def s07(page: Page) -> None:
    pillar(
        page,
        7,
        "Returns anywhere",
        "Goal: take back any online order in any of our 40 stores",
        [
            "Let Counterline look up a web order and refund it at the till",
            "Rewrite the returns policy and the returns page of the web shop for returns in store",
            "Send items returned in store back to Halsworth on the next delivery truck",
            "Train store colleagues on web returns before the first store takes one",
        ],
        "Pillar lead: Head of Customer Service",
    )


def s08(page: Page) -> None:
    eyebrow(page, "PILLAR 3", 8)
    title_ph(page, "Rewards that remember")
    box(
        page,
        0.4,
        1.05,
        9.2,
        0.45,
        [
            para(
                "Goal: members who hear from us when it matters to them",
                1200,
                bold=True,
                color=ACCENT,
            )
        ],
        fill=PALE,
    )
    table(
        page,
        0.4,
        1.7,
        [2.0, 5.4, 1.8],
        [
            ["Initiative", "What it means", "Lead"],
            [
                "Birthday month",
                "Ask members for their birthday month in the app, on the web and at the till",
                "Customer Data",
            ],
            [
                "Birthday offer",
                "Send a birthday offer of \u00a310 off a spend of \u00a350 in the member's "
                "birthday month",
                "CRM & Loyalty",
            ],
            [
                "App wallet",
                "Put the birthday offer in the app wallet so any till can scan it",
                "Ecommerce",
            ],
            [
                "Member prices",
                "Member prices in store and online: Later, not in this plan",
                "\u2013",
            ],
        ],
        size=1000,
        row_h=0.55,
    )
    box(
        page,
        0.4,
        4.8,
        9.2,
        0.35,
        [para("Pillar lead: CRM and Loyalty Manager", 1000, italic=True, color=GREY)],
        inset=0,
    )


def s09(page: Page) -> None:
    eyebrow(page, "HOW WE COUNT TIME", 9)
    title_ph(page, "Our clock: six financial quarters")
    body_ph(
        page,
        0.4,
        1.1,
        9.2,
        4.0,
        [
            "Our financial year runs from 1 February to 31 January. Q1 is February to April, "
            "Q2 May to July, Q3 August to October, Q4 November to January.",
            "This plan covers six quarters, FY2028/29 Q1 to FY2029/30 Q2: 1 February 2028 to "
            "31 July 2029.",
            "Now (prove it in one region) is FY2028/29 Q1 and Q2: February to July 2028.",
            "Next (take it to all 40 stores) runs from FY2028/29 Q3 to FY2029/30 Q2: August "
            "2028 to July 2029.",
            "Later is whatever comes after July 2029. It is not funded in this plan.",
            "Q4 holds peak trading, from November to early January.",
        ],
        size=1150,
    )


COLS = [
    ("NOW", "Prove it in one region"),
    ("NEXT", "Take it to all 40 stores"),
    ("LATER", "Beyond this plan"),
]
COL_X = [2.1, 4.15, 7.85]
COL_W = [2.0, 3.65, 1.75]
LANES = [
    (
        "Stock you can see",
        [
            ("Orderly reads store stock", 2.1, 1.7),
            ("Ten-store pilot", 2.6, 1.5),
            ("Roll-out: 30 stores in three waves", 4.15, 3.6),
        ],
        ["Ship from store to home"],
    ),
    (
        "Returns anywhere",
        [("Till change: build and test", 3.0, 2.2), ("Every store takes web returns", 5.3, 2.45)],
        ["Returns lockers at 12 stores"],
    ),
    (
        "Rewards that remember",
        [("Ask for birthday months", 2.1, 3.0), ("Birthday offers live", 4.9, 2.85)],
        ["Member prices in store"],
    ),
]


def s10(page: Page) -> None:
    eyebrow(page, "ROADMAP", 10)
    title_box(page, "Roadmap: Now, Next, Later")
    for (head, sub), x, w in zip(COLS, COL_X, COL_W, strict=True):
        box(
            page,
            x,
            1.05,
            w - 0.05,
            0.55,
            [
                para(head, 1100, bold=True, color=WHITE, algn="ctr"),
                para(sub, 900, color=WHITE, algn="ctr"),
            ],
            fill=GREY if head == "LATER" else ACCENT,
            anchor="ctr",
            inset=0,
        )
    for k, (lane, bars, later) in enumerate(LANES):
        y = 1.8 + k * 0.95
        box(page, 0.4, y, 1.6, 0.8, [para(lane, 1000, bold=True)], fill=PALE, anchor="ctr")
        for j, (label, x, w) in enumerate(bars):
            box(
                page,
                x,
                y + (0.42 if j % 2 else 0.02),
                w,
                0.36,
                [para(label, 850, color=WHITE, algn="ctr")],
                fill=MOSS,
                geom="roundRect",
                anchor="ctr",
                inset=0,
            )
        for label in later:
            box(
                page,
                COL_X[2],
                y + 0.2,
                COL_W[2] - 0.05,
                0.4,
                [para(label, 850, color=GREY, algn="ctr")],
                line=GREY,
                geom="roundRect",
                anchor="ctr",
                inset=0,
            )
    box(page, 4.0, 4.7, 0.25, 0.25, fill=AMBER, geom="diamond")
    box(
        page,
        4.3,
        4.68,
        4.0,
        0.3,
        [para("Go/no-go: roll-out to every store", 900, bold=True, color=AMBER)],
        inset=0,
    )


KR_ROWS = [
    ["Objective", "Key result", "Baseline FY27/28", "Target", "By"],
    [
        "O1 Stock you can see",
        "Collect orders ready within two hours of ordering",
        "Not offered",
        "90%",
        "Q2 FY29/30",
    ],
    ["", "Store stock accuracy (lines counted that match the system)", "91%", "97%", "Q4 FY28/29"],
    ["", "Share of online orders collected in store", "19%", "30%", "Q2 FY29/30"],
    [
        "O2 Returns anywhere",
        "Online returns taken back in a store",
        "0%",
        "45% of online returns",
        "Q2 FY29/30",
    ],
    ["", "Days from return to refund, online orders", "9 days", "1 day", "Q3 FY28/29"],
    [
        "O3 Rewards that remember",
        "Members with a birthday month on file",
        "38%",
        "70%",
        "Q2 FY28/29",
    ],
    ["", "Birthday offers redeemed", "\u2013", "20% of offers sent", "Q4 FY28/29"],
    ["", "App downloads", "180,000", "300,000", "Q4 FY28/29"],
    ["", "Members who say Trailmark is worth having", "54%", "Higher", "To be agreed"],
]


def s11(page: Page) -> None:
    eyebrow(page, "OKRS", 11)
    title_box(page, "Key results we will report every quarter")
    table(page, 0.4, 1.0, [1.8, 3.9, 1.2, 1.3, 1.0], KR_ROWS, size=850, row_h=0.4)


def s12(page: Page) -> None:
    eyebrow(page, "PILOT", 12)
    title_box(page, "Pilot: the Wyndale ten")
    box(
        page,
        0.4,
        1.0,
        9.2,
        0.7,
        [
            para(
                "We will prove two-hour click and collect from store stock in the ten stores of "
                "our Wyndale region, for 12 weeks from Tuesday 2 May 2028.",
                1200,
                bold=True,
            )
        ],
        inset=0,
    )
    box(
        page,
        0.4,
        1.7,
        9.2,
        0.55,
        [
            para(
                "Why these ten: one delivery run from Halsworth, town-centre and retail-park "
                "stores, and four stores without handhelds, so we learn the hard cases too.",
                1000,
                italic=True,
                color=GREY,
            )
        ],
        inset=0,
    )
    steps = [
        ("L \u2013 12 weeks", "Order handhelds for the four Wyndale stores that have none"),
        (
            "L \u2013 6 weeks",
            "Fit handhelds in the four stores that have none and test them with Counterline",
        ),
        (
            "L \u2013 4 weeks",
            "Add collection picking to the duties of two colleagues in each store",
        ),
        ("L \u2013 2 weeks", "Full stock count in all ten stores"),
        ("L", "Switch on collect in two hours for the ten stores on the web shop and the app"),
        ("L + 12 weeks", "Pilot ends; results go to the Growth Steering Group"),
    ]
    for k, (when, what) in enumerate(steps):
        y = 2.35 + k * 0.46
        box(
            page,
            0.4,
            y,
            1.4,
            0.38,
            [para(when, 1000, bold=True, color=WHITE, algn="ctr")],
            fill=ACCENT,
            anchor="ctr",
            inset=0,
        )
        box(page, 1.9, y, 7.7, 0.38, [para(what, 1050)], anchor="ctr", inset=0)


def s13(page: Page) -> None:
    eyebrow(page, "GATE", 13)
    title_ph(page, "Go/no-go: taking it to 40 stores")
    box(
        page,
        0.4,
        1.05,
        9.2,
        0.5,
        [
            para(
                "The Growth Steering Group decides whether to roll out beyond Wyndale when all "
                "of these are met:",
                1150,
            )
        ],
        inset=0,
    )
    body_ph(
        page,
        0.4,
        1.6,
        9.2,
        3.5,
        [
            "At least 95% of Wyndale collect orders ready within two hours over the last eight "
            "weeks of the pilot",
            "Store stock accuracy of 97% or better in every Wyndale store",
            "Fewer than 2% of collect orders cancelled because the item could not be found",
            "Every colleague who picks collect orders trained on the picking procedure",
            "All results read from Ridgeline for the eight weeks to 25 July 2028",
        ],
        size=1100,
    )


def s14(page: Page) -> None:
    eyebrow(page, "QUARTER BY QUARTER", 14)
    title_ph(page, "The six quarters at a glance")
    rows = [
        (
            "Q1 FY28/29",
            "Orderly reads store stock in Wyndale; handhelds fitted; birthday month "
            "question live in the app",
        ),
        ("Q2 FY28/29", "Wyndale live with two-hour collect for 12 weeks"),
        ("Q3 FY28/29", "Web returns at every till; roll-out wave 1 (10 stores)"),
        ("Q4 FY28/29", "Peak: no system changes; first birthday offers sent"),
        ("Q1 FY29/30", "Roll-out wave 2 (10 stores)"),
        (
            "Q2 FY29/30",
            "Roll-out wave 3 (the last 10 stores): all 40 stores offer two-hour collect",
        ),
    ]
    for k, (when, what) in enumerate(rows):
        y = 1.1 + k * 0.66
        box(
            page,
            0.4,
            y,
            1.5,
            0.55,
            [para(when, 1100, bold=True, color=WHITE, algn="ctr")],
            fill=ACCENT if k < 2 else MOSS,
            anchor="ctr",
            inset=0,
        )
        box(page, 2.0, y, 7.6, 0.55, [para(what, 1100)], anchor="ctr", inset=0)


RISK_ROWS = [
    ["Risk", "Likelihood", "What we will do"],
    [
        "Store stock figures are wrong and customers arrive to find nothing",
        "High",
        "Hold back the last unit of each size in each store from two-hour collect",
    ],
    [
        "Handhelds arrive late for the four Wyndale stores without them",
        "Medium",
        "Order the handhelds in the first week of February",
    ],
    [
        "Colleagues see picking as extra work without extra hours",
        "Medium",
        "Put the picking duty to the Colleague Works Forum in February, before pilot rotas are set",
    ],
    [
        "Birthday offers reach members who did not ask for offers",
        "Low",
        "Send birthday offers only to members who have opted in to offers",
    ],
    [
        "The peak freeze holds up the till change for web returns",
        "Medium",
        "Finish the till change for web returns by the end of Q3",
    ],
]


def s15(page: Page) -> None:
    eyebrow(page, "RISKS", 15)
    title_box(page, "What could stop us")
    table(page, 0.4, 1.05, [3.6, 1.1, 4.5], RISK_ROWS, size=950, row_h=0.62)


def s16(page: Page) -> None:
    eyebrow(page, "FIRST 90 DAYS", 16)
    title_ph(page, "First 90 days: February to April 2028")
    items = [
        "Baseline every key result in Ridgeline and publish the scorecard (Head of Insight)",
        "Recruit the second integration engineer (Head of Technology)",
        "Move store hours and collection cut-offs out of the spreadsheet and into Orderly "
        "(Head of Digital)",
        "Complete the DPIA for asking members their birthday month (DPO)",
        "Write the store procedure for picking a collect order (Head of Stores)",
        "Build the picking and web returns modules on Fieldbook (Training)",
        "Agree the birthday offer's terms with the Members' Panel (CRM & Loyalty)",
    ]
    box(
        page,
        0.4,
        1.1,
        9.2,
        4.0,
        [para(t, 1100, autonum=True, after=450) for t in items],
        ph='type="body" idx="1"',
    )


def s17(page: Page) -> None:
    eyebrow(page, "GOVERNANCE", 17)
    title_ph(page, "How we will run it")
    body_ph(
        page,
        0.4,
        1.1,
        9.2,
        4.0,
        [
            "The Chief Operating Officer sponsors the plan and chairs the Growth Steering Group.",
            "The Growth Steering Group meets on the last Thursday of each month and takes every "
            "go/no-go decision.",
            "The Executive Board reviews the key results once a quarter.",
            "The Colleague Works Forum is consulted before any change to store roles, duties or "
            "rotas.",
            "The Trailmark Members' Panel is consulted before any change to scheme terms or "
            "member offers.",
            "Pillar leads: Head of Ecommerce, Head of Customer Service, CRM and Loyalty Manager.",
        ],
        size=1100,
    )


def s18(page: Page) -> None:
    eyebrow(page, "INVESTMENT", 18)
    title_ph(page, "What we are asking the Board for")
    table(
        page,
        0.4,
        1.05,
        [4.6, 1.5, 1.5, 1.6],
        [
            ["Pillar", "FY28/29", "FY29/30 H1", "Total"],
            [
                "Stock you can see (Orderly work, 24 handhelds, store counts)",
                "\u00a30.8m",
                "\u00a30.3m",
                "\u00a31.1m",
            ],
            [
                "Returns anywhere (till change, store returns process)",
                "\u00a30.3m",
                "\u00a30.3m",
                "\u00a30.6m",
            ],
            [
                "Rewards that remember (birthday offer, app wallet)",
                "\u00a30.2m",
                "\u00a30.2m",
                "\u00a30.4m",
            ],
            ["Contingency", "\u00a30.1m", "\u00a30.4m", "\u00a30.5m"],
        ],
        size=950,
        row_h=0.36,
    )
    box(
        page,
        0.4,
        3.0,
        9.2,
        2.1,
        [para("We ask the Executive Board to:", 1100, bold=True)]
        + bullets(
            [
                "Approve \u00a32.6m over the six quarters, \u00a31.4m of it in FY2028/29",
                "Delegate the go/no-go for the roll-out to the Growth Steering Group",
                "Note that the Loopwise contract for Trailmark runs to 31 January 2031, beyond "
                "this plan",
            ],
            1050,
        ),
        inset=0,
    )


def s19(page: Page) -> None:
    eyebrow(page, "SUMMARY", 19)
    title_ph(page, "Where we will be in July 2029")
    body_ph(
        page,
        0.4,
        1.1,
        9.2,
        3.0,
        [
            "Two-hour click and collect from store stock in all 40 stores",
            "Any online order taken back in any of our 40 stores, refunded at the till",
            "Every Trailmark member with a birthday month on file hears from us when it counts",
        ],
        size=1300,
    )
    box(
        page,
        0.4,
        4.3,
        9.2,
        0.6,
        [para("Ready when you are.", 2000, bold=True, color=WHITE, algn="ctr")],
        fill=ACCENT,
        anchor="ctr",
    )


@dataclass(frozen=True)
class SlideSpec:
    make: Callable[[Page], None]
    layout: str
    page_id: str
    notes: str = ""


SLIDES = [
    SlideSpec(s01, "TITLE", "p1"),
    SlideSpec(
        s02,
        "TITLE_AND_BODY",
        "p2",
        "The 2023 online figure was set before store visits came back after the pandemic; we are "
        "not restating it.\n"
        "Tarn & Crag's figure is from their trading update of October 2027.",
    ),
    SlideSpec(s03, "TITLE_AND_BODY", "p3"),
    SlideSpec(s04, "TITLE_AND_BODY", "p4"),
    SlideSpec(
        s05,
        "BLANK",
        "g2d41a7c9e05b_0_5",
        "These three moments are behind 28% of the contacts to our Customer Service Centre.\n"
        "Club accounts and hire have their own plans next year.",
    ),
    SlideSpec(s06, "TITLE_AND_BODY", "p6"),
    SlideSpec(s07, "TITLE_AND_BODY", "p7"),
    SlideSpec(s08, "TITLE_AND_BODY", "p8"),
    SlideSpec(
        s09,
        "TITLE_AND_BODY",
        "p9",
        "We write FY2028/29 for the year that starts on 1 February 2028; the finance system "
        "calls it FY29.",
    ),
    SlideSpec(
        s10,
        "BLANK",
        "g2d41a7c9e05b_0_19",
        "The bars overlap on purpose: no pillar waits for another to finish.\n"
        "The Later column is not funded and sits outside this plan.",
    ),
    SlideSpec(
        s11,
        "BLANK",
        "g2d41a7c9e05b_0_27",
        "Baselines are for FY2027/28 to the end of Q3 (31 October 2027).\n"
        "The Trailmark survey question is new; its target is set after the first wave.",
    ),
    SlideSpec(s12, "BLANK", "g2e08b3f6a1c4_0_2"),
    SlideSpec(s13, "TITLE_AND_BODY", "p13"),
    SlideSpec(s14, "TITLE_AND_BODY", "p14"),
    SlideSpec(s15, "BLANK", "g2e08b3f6a1c4_0_9"),
    SlideSpec(s16, "TITLE_AND_BODY", "p16"),
    SlideSpec(s17, "TITLE_AND_BODY", "p17"),
    SlideSpec(s18, "TITLE_AND_BODY", "p18"),
    SlideSpec(s19, "TITLE_AND_BODY", "p19"),
]


# =========================================================================== the package


def _without_docprops(parts: dict[str, bytes]) -> dict[str, bytes]:
    """Google's export carries no ``docProps`` and no printer settings: drop them, their
    relationships and their content types; call the theme by Google's name."""
    out = {
        name: body
        for name, body in parts.items()
        if not name.startswith("docProps/") and not name.startswith("ppt/printerSettings/")
    }
    rels = out["_rels/.rels"].decode("utf-8")
    rels = re.sub(r'<Relationship Id="rId[2-9]"[^>]*/>', "", rels)
    out["_rels/.rels"] = rels.encode("utf-8")
    pres = out["ppt/_rels/presentation.xml.rels"].decode("utf-8")
    pres = re.sub(r'<Relationship Id="[^"]+" Type="[^"]*printerSettings"[^>]*/>', "", pres)
    out["ppt/_rels/presentation.xml.rels"] = pres.encode("utf-8")
    types = out["[Content_Types].xml"].decode("utf-8")
    types = re.sub(r'<Override PartName="/docProps/[^"]+"[^>]*/>', "", types)
    types = re.sub(r'<Default Extension="(bin|jpeg)"[^>]*/>', "", types)
    out["[Content_Types].xml"] = types.encode("utf-8")
    for name in list(out):
        if name.startswith("ppt/theme/"):
            out[name] = out[name].replace(b'name="Office Theme"', b'name="Simple Light"')
    return out


def build_deck() -> bytes:
    prs = Presentation()
    prs.slide_width, prs.slide_height = Emu(9144000), Emu(5143500)
    for layout in list(prs.slide_layouts):
        if layout.name not in GOOGLE_LAYOUTS:
            prs.slide_layouts.remove(layout)
    for layout in prs.slide_layouts:
        layout._element.cSld.set("name", GOOGLE_LAYOUTS[layout.name])
    layouts = {layout.name: layout for layout in prs.slide_layouts}
    counter = [53]
    for spec in SLIDES:
        slide = prs.slides.add_slide(layouts[spec.layout])
        tree = slide.shapes._spTree
        for ph in list(slide.placeholders):
            tree.remove(ph._element)
        page = Page(spec.page_id, counter)
        spec.make(page)
        for xml in page.shapes:
            tree.append(etree.fromstring(xml))
    for spec, slide in zip(SLIDES, prs.slides, strict=True):
        notes = slide.notes_slide
        if spec.notes:
            notes.notes_text_frame.text = spec.notes
        for shape in notes.shapes:
            counter[0] += 1
            cnvpr = shape._element.find(f"./*/{{{NS_P}}}cNvPr")
            cnvpr.set("id", str(counter[0]))
            cnvpr.set("name", f"Google Shape;{counter[0]};{spec.page_id}:notes")
    for shape in prs.notes_master.shapes:
        counter[0] += 1
        cnvpr = shape._element.find(f"./*/{{{NS_P}}}cNvPr")
        cnvpr.set("id", str(counter[0]))
        cnvpr.set("name", f"Google Shape;{counter[0]};n:notes")
    buffer = io.BytesIO()
    prs.save(buffer)
    src = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    parts = _without_docprops({info.filename: src.read(info.filename) for info in src.infolist()})
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in sorted(parts):
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, parts[name])
    return out.getvalue()


# =========================================================================== the org folder


# =========================================================================== the org folder

TEAMS = [
    (
        "Executive",
        [
            (
                "Chief Executive",
                "Executive",
                "Extended",
                "Chairs the Executive Board; signs off the annual budget and the Board papers.",
            ),
            (
                "Chief Operating Officer",
                "Executive",
                "Core",
                "Stores, supply chain, ecommerce and technology. Executive sponsor of the growth "
                "plan; chairs the Growth Steering Group; takes the go/no-go at each gate and "
                "releases plan budget within what the Board approves.",
            ),
            (
                "Chief Financial Officer",
                "Executive",
                "Extended",
                "Finance, capital approvals above \u00a3500k, the annual budget.",
            ),
        ],
    ),
    (
        "Digital and customer",
        [
            (
                "Head of Ecommerce",
                "Digital",
                "Core",
                "The web shop and the app as customers see them: product pages, search, checkout, "
                "delivery and collection options at checkout, the app wallet, app releases, web "
                "content. (Was Head of Digital until 2026.)",
            ),
            (
                "Head of Customer Data",
                "Digital",
                "Core",
                "Plover and the single member record; quality of customer and member data (names, "
                "addresses, dates of birth, marketing permissions); audiences for CRM.",
            ),
            (
                "CRM and Loyalty Manager",
                "Digital",
                "Core",
                "Trailmark Rewards: scheme rules, points, member offers including the birthday "
                "offer, member emails and app messages, the Loopwise contract.",
            ),
            (
                "Customer Insight Manager",
                "Digital",
                "Core",
                "The OKR scorecard, baselines and definitions of every key result, reporting from "
                "Ridgeline, pilot measurement and test-and-control store comparisons. (Often called "
                "Head of Insight.)",
            ),
            (
                "Head of Customer Service",
                "Customer Service Centre",
                "Core",
                "The Customer Service Centre at Halsworth: calls, chats, complaints, refunds of "
                "online orders and the wording of the returns policy.",
            ),
            (
                "Head of Brand and Marketing",
                "Marketing",
                "Core",
                "Brand, seasonal campaigns, paid media, social channels, window and in-store "
                "point-of-sale material.",
            ),
        ],
    ),
    (
        "Stores",
        [
            (
                "Head of Retail Operations",
                "Stores",
                "Core",
                "The 40 stores' operating procedures, rotas and labour budget, store roles and "
                "duties, collection and returns desks in store. (Head of Stores.)",
            ),
            (
                "Regional Manager, Wyndale",
                "Stores",
                "Core",
                "The ten Wyndale region stores and their managers; the region's readiness for "
                "pilots; store-level results.",
            ),
            (
                "Retail Training Manager",
                "Stores",
                "Core",
                "Training of store colleagues: induction, new procedures, the Fieldbook e-learning "
                "modules, the store trainers.",
            ),
            (
                "Stock Control Manager",
                "Stores",
                "Core",
                "Store stock accuracy: the count programme, stock file corrections, "
                "stock-accuracy reporting by store.",
            ),
            (
                "Store Systems Manager",
                "Stores",
                "Core",
                "Counterline tills and store handhelds, store Wi-Fi and printers; device orders and "
                "roll-outs; changes to the tills with the Head of Technology.",
            ),
        ],
    ),
    (
        "Supply chain and technology",
        [
            (
                "Head of Supply Chain",
                "Supply chain",
                "Core",
                "Halsworth distribution centre and Palletta, store deliveries, carriers, returns "
                "processing at Halsworth.",
            ),
            (
                "Head of Technology",
                "Technology",
                "Core",
                "Cartwright Commerce, Orderly, the integrations between our systems, software "
                "supplier contracts, the integration engineers.",
            ),
        ],
    ),
    (
        "People and data protection",
        [
            (
                "Head of People",
                "People",
                "Core",
                "Job descriptions, contracts, changes to store roles and hours, and the company's "
                "side of consultation with the Colleague Works Forum.",
            ),
            (
                "Data Protection Officer",
                "Legal",
                "Core",
                "DPIAs, privacy notices, retention rules for customer and colleague data.",
            ),
        ],
    ),
    (
        "Bodies we consult",
        [
            (
                "Chair, Colleague Works Forum",
                "Colleague Works Forum",
                "Consulted",
                "Elected store colleague representatives. Consulted on changes to store roles, "
                "duties and rotas; leads no plan work.",
            ),
            (
                "Chair, Trailmark Members' Panel",
                "Members' Panel",
                "Consulted",
                "Twelve members who comment on changes to the scheme's terms and member offers; "
                "leads no plan work.",
            ),
        ],
    ),
]


def build_team_page() -> str:
    out = [
        "# Support centre team page",
        "",
        "_Fellmark Outdoor intranet \u203a Teams \u203a Support centre. Last edited 4 January "
        "2028 by the COO's office._",
        "",
        "Who does what at the support centre in Halsworth, for the growth plan and day to day. "
        "**Tier** says how each role takes part in the growth plan: Core roles can own plan "
        "work, Extended roles are kept informed and asked when needed, Consulted bodies are "
        "consulted and own no work.",
        "",
    ]
    for team, rows in TEAMS:
        out += [f"## {team}", "", "| Role | Team | Tier | What they own |", "|---|---|---|---|"]
        out += [f"| {r} | {t} | {tier} | {own} |" for r, t, tier, own in rows]
        out.append("")
    out.append("Ask the COO's office to change this page; please do not edit it directly.")
    return "\n".join(out) + "\n"


STEERING = """
# Growth Steering Group: terms of reference

Agreed by the Executive Board on 9 December 2027.

## Purpose

The Growth Steering Group runs the growth plan "Ready When You Are" from February 2028 to July
2029 and reports to the Executive Board once a quarter.

## Chair and members

- Chair: the Chief Operating Officer, who is the plan's executive sponsor.
- Members: Head of Ecommerce, Head of Customer Service, CRM and Loyalty Manager, Head of
  Retail Operations, Head of Technology, Head of Supply Chain, Customer Insight Manager,
  Head of People.
- Attends for store matters: the Chair of the Colleague Works Forum, who is consulted and has
  no vote.

## Decisions

1. The Group takes the go/no-go decision at each gate of the plan, including the roll-out of
   two-hour collection beyond the pilot region. The Chair decides where members disagree.
2. The Group releases plan budget within the amounts the Executive Board approves.
3. Any change to Trailmark scheme terms or member offers must be shown to the Trailmark
   Members' Panel at least six weeks before it starts.

## Cadence

Monthly, on the last Thursday. The Customer Insight Manager brings the OKR scorecard from
Ridgeline to every meeting.
"""

SYSTEMS = """
# Systems and data inventory (support centre)

Owner: Head of Technology. Reviewed December 2027.

## Selling

- **Cartwright Commerce** is our e-commerce platform: the web shop and the app run on it.
- **Orderly** is our order management system for web and app orders. Orderly routes every web
  and app order to Halsworth: it sees only the stock held at Halsworth and cannot see what is on
  a store's shelves.
- **Counterline** runs the tills in all 40 stores and keeps each store's stock file.
  Counterline cannot look up a web order, so a store cannot refund an online order at the till;
  customers post online returns back to Halsworth.
- Store stock positions reach head office once a night, when Counterline sends its end-of-day
  file after close.
- Store opening hours and collection cut-off times for the web shop are kept in a spreadsheet
  that the ecommerce team updates by hand.

## Stores and stock

- Handheld scanners are in 22 of our 40 stores; the other 18 count stock on paper count sheets.
- **Palletta** is the warehouse management system at Halsworth.

## Customers and members

- **Plover** is our customer data platform: web, app and Trailmark data for 1.9 million
  customers, matched on email address and Trailmark number.
- Plover holds a date of birth for 38% of Trailmark members; members who joined in store
  before 2024 gave none.
- **Loopwise** runs Trailmark Rewards (points, offers, the member card in the app). The
  Loopwise contract runs to 31 January 2031.

## Reporting

- **Ridgeline** is our data warehouse: sales, stock, web and member data land there every
  night, and the Customer Insight Manager's OKR scorecard is built on it.

## People

- We have one integration engineer; the second integration engineer post has been vacant since
  October 2027.
"""

WYNDALE = """
WYNDALE REGION - STORE NOTES
Kept by the Regional Manager, Wyndale. Updated 2 January 2028.

The region has ten stores, all served by one delivery run from Halsworth:
Wyndale Bridge (largest), Kettleby, Oxton Fell, Sedbury, Thornwick, Hallam Cross,
Brackendale Park, Lowick, Fennick, Carsby Retail Park.

Four of the ten (Sedbury, Lowick, Fennick and Thornwick) have no handhelds and count on paper count sheets.

Each store has a collection desk at the back of the shop. Kettleby and Oxton Fell close at
4pm on Sundays. Store managers meet every second Monday.
"""

RETURNS = """
# Returns policy (customer version)

Owner: Head of Customer Service. In force from 1 March 2026.

- You can return anything bought from Fellmark within 60 days, with proof of purchase.
- Items bought in a store can be returned to any Fellmark store.
- Items bought on our web shop or in our app can be returned free by post to our returns
  centre at Halsworth.
- Refunds go back to the card you paid with. For postal returns we refund once Halsworth has
  checked the parcel.
- Worn boots and tents used outdoors are checked by our product team before a refund.
"""

FREEZE = """
PEAK TRADING CHANGE FREEZE
Issued by the Head of Technology with the Head of Retail Operations. Applies every year.

There are no changes to the web shop, the app, Orderly or the tills between 1 November and 10 January, the peak trading freeze.

Urgent fixes during the freeze need the Chief Operating Officer's written approval.
Store layout changes and new store procedures also wait until after 10 January.
"""

EMAIL = """
From: Store Systems Manager
To: Head of Technology; Regional Manager, Wyndale
Cc: Head of Retail Operations
Date: Tuesday 14 December 2027 10:42
Subject: Handhelds for the four Wyndale stores

Hi both,

I asked Scanwell about 24 more handhelds (six each for Sedbury, Lowick, Fennick and Thornwick).

Scanwell quote ten weeks from order to delivery for the handhelds, and they hold none in stock. Fitting and testing with Counterline takes another two weeks after they land.

So for a go-live at the start of May the order has to go in during the first week of February. Budget code is in the plan's stock-you-can-see line.

Thanks,
Store Systems Manager
"""

FORUM_PARAS = [
    ("Title", "Colleague Works Forum agreement (extract)"),
    (
        None,
        "Between Fellmark Outdoor Ltd and the elected representatives of its store "
        "colleagues. Signed 12 May 2025; reviewed every two years.",
    ),
    ("Heading 1", "1. What the Forum is"),
    (
        None,
        "The Colleague Works Forum has one elected representative for each region and meets "
        "every month. Its Chair is elected by the representatives.",
    ),
    ("Heading 1", "2. Consultation"),
    (
        None,
        "Any change to the duties, roles, hours or rotas of store colleagues must be put to "
        "the Colleague Works Forum, and the Forum has 30 days to respond before the change starts.",
    ),
    (
        None,
        "The Head of People leads consultation for the company. The Forum comments and "
        "advises; it does not run or own company projects.",
    ),
    ("Heading 1", "3. Pilots"),
    (None, "A pilot in one region counts as a change for the colleagues in that region."),
]


def _fixed_zip(data: bytes) -> bytes:
    """Rewrite an Office package: its timestamps fixed, entries sorted at one time."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    stamp = FIXED.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in sorted(src.namelist()):
            body = src.read(name)
            if name == "docProps/core.xml":
                body = re.sub(
                    rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)",
                    lambda m: m.group(1) + stamp + m.group(3),
                    body,
                )
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, body)
    return out.getvalue()


def build_forum_docx() -> bytes:
    doc = Document()
    for style, text in FORUM_PARAS:
        doc.add_paragraph(text, style=style) if style else doc.add_paragraph(text)
    props = doc.core_properties
    props.author = "Head of People"
    props.last_modified_by = "Head of People"
    props.title = "Colleague Works Forum agreement (extract)"
    props.created = FIXED
    props.modified = FIXED
    props.revision = 3
    buffer = io.BytesIO()
    doc.save(buffer)
    return _fixed_zip(buffer.getvalue())


MEASURES = [
    ["Key result", "Definition", "Source", "Owner", "Baseline FY27/28"],
    [
        "Collect orders ready within two hours of ordering",
        "Share of collect-from-store orders marked ready in Orderly within two trading hours of the "
        "order",
        "Orderly via Ridgeline",
        "Head of Retail Operations",
        "Not offered",
    ],
    [
        "Store stock accuracy",
        "Lines counted in a store whose count matches the Counterline stock "
        "file, as a share of lines counted",
        "Counterline counts",
        "Stock Control Manager",
        "91%",
    ],
    [
        "Share of online orders collected in store",
        "Collect orders as a share of all web and app orders",
        "Orderly via Ridgeline",
        "Head of Ecommerce",
        "19%",
    ],
    [
        "Online returns taken back in a store",
        "Online returns refunded at a store till as a share of all online returns",
        "Counterline and Orderly",
        "Head of Customer Service",
        "0%",
    ],
    [
        "Days from return to refund, online orders",
        "Calendar days from the customer handing the item back to the refund",
        "Orderly",
        "Head of Customer Service",
        "9 days",
    ],
    [
        "Members with a birthday month on file",
        "Active Trailmark members with a birthday month in Plover",
        "Plover",
        "Head of Customer Data",
        "38%",
    ],
    [
        "Birthday offers redeemed",
        "Birthday offers used within 30 days as a share of offers sent",
        "Loopwise",
        "CRM and Loyalty Manager",
        "-",
    ],
    [
        "App downloads",
        "Installs of the Fellmark app from both app stores",
        "App store consoles",
        "Head of Ecommerce",
        "180,000",
    ],
    [
        "Members who say Trailmark is worth having",
        "Share of surveyed members who agree; first survey wave in Q1 FY28/29",
        "Member survey",
        "CRM and Loyalty Manager",
        "54%",
    ],
]


def build_measures_xlsx() -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = "Key results"
    for row in MEASURES:
        ws.append(row)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for col, width in zip("ABCDE", (44, 70, 24, 28, 16), strict=True):
        ws.column_dimensions[col].width = width
    wb.properties.creator = "Customer Insight Manager"
    wb.properties.lastModifiedBy = "Customer Insight Manager"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    buffer = io.BytesIO()
    wb.save(buffer)
    return _fixed_zip(buffer.getvalue())


ORG_TEXT = {
    "org/governance/growth-steering-group-terms.md": STEERING,
    "org/systems/systems-and-data-inventory.md": SYSTEMS,
    "org/context/wyndale-region-store-notes.txt": WYNDALE,
    "org/policies/returns-policy.md": RETURNS,
    "org/policies/peak-trading-change-freeze.txt": FREEZE,
    "org/context/email-2027-12-14-handhelds-lead-time.txt": EMAIL,
}


def write(path: Path, body: str | bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(body, str):
        path.write_text(body.lstrip("\n"), encoding="utf-8", newline="\n")
    else:
        path.write_bytes(body)


def build(out: Path) -> None:
    root = out / CASE
    files: dict[str, str | bytes] = {
        DECK: build_deck(),
        "org/people/support-centre-team-page.md": build_team_page(),
        "org/governance/colleague-works-forum-agreement.docx": build_forum_docx(),
        "org/measures/key-result-definitions.xlsx": build_measures_xlsx(),
    }
    files.update(ORG_TEXT)
    for rel, body in files.items():
        write(root / rel, body)


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
