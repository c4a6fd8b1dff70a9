"""Build the dev36 case ``building-society``: its deck and its org folder, deterministically.

Run from the repository root with the project's venv (python-pptx, python-docx and lxml):

    .venv/bin/python evals/dev36/build_building_society.py [out]

Writes, under ``evals/dev36/building-society/`` (or ``<out>/building-society/``):

- ``Open Doors - Board strategy day 22 June 2027.pptx``: Veldmoor Building Society's branch
  and member service plan, a deck made in GOOGLE SLIDES and downloaded as PowerPoint: no
  ``docProps`` part (Google writes no core or app properties, so nothing names "Google
  Slides"), the 16:9 slide size Google uses (9144000 x 5143500 EMU), layouts named as Google
  names them (TITLE, TITLE_ONLY, ...), a theme called "Simple Light", every shape named
  "Google Shape;<id>;<page id>", explicit fonts and insets on every run and body (no theme
  fonts), the title of every slide in its title placeholder and EVERY other line in a free
  text box (``txBox="1"``), a notes page for every slide with speaker notes on four. The
  roadmap is a grid of free text boxes: lanes as rows, "Now: H2 2027", "Next: 2028" and
  "Later: H1 2029 onwards" as columns. The measures and risks are native tables.
- ``org/``: the posts and remits as a Word table (``people/open-doors-posts.docx``), the
  Steering Group's terms, the Member Council's terms, the systems inventory, the measure
  definitions (CSV), the complaints and bereavement procedures, the intermediary terms
  extract, an email about the Lodestar contract and the Kestlebury refit quote.

Re-running it rewrites every file byte for byte: the PPTX and DOCX are saved by python-pptx
and python-docx and then rewritten with their ZIP entries in sorted order at one fixed time;
the text files are literal strings. It never touches ``gold.json``. This is a DEVELOPMENT
case (split "dev36").
"""

from __future__ import annotations

import datetime as dt
import io
import re
import sys
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

from docx import Document
from docx.shared import Pt
from lxml import etree
from pptx import Presentation
from pptx.util import Emu

HERE = Path(__file__).resolve().parent
CASE = "building-society"
DECK = "Open Doors - Board strategy day 22 June 2027.pptx"
ZIP_TIME = (1980, 1, 1, 0, 0, 0)

EMU = 914400
NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
NS_P = "http://schemas.openxmlformats.org/presentationml/2006/main"
NSDECL = f'xmlns:a="{NS_A}" xmlns:p="{NS_P}"'
FONT = "Arial"
INK = "1C2B39"
NAVY = "1F3B5C"
GOLD = "B7852B"
GREY = "6B7280"
PALE = "EEF1F5"
WHITE = "FFFFFF"
GOOGLE_LAYOUTS = {
    "Title Slide": "TITLE",
    "Title and Content": "TITLE_AND_BODY",
    "Section Header": "SECTION_HEADER",
    "Two Content": "TITLE_AND_TWO_COLUMNS",
    "Title Only": "TITLE_ONLY",
    "Blank": "BLANK",
}
FOOTER = "Veldmoor Building Society \u00b7 Open Doors \u00b7 Board confidential"


def emu(inches: float) -> int:
    return int(round(inches * EMU))


# =========================================================================== Google-style XML


@dataclass
class Page:
    page_id: str
    counter: list[int]
    shapes: list[str] = field(default_factory=list)

    def next_id(self) -> int:
        self.counter[0] += 1
        return self.counter[0]

    def name(self, sid: int) -> str:
        return f"Google Shape;{sid};{self.page_id}"


def run(text: str, size: int, *, bold: bool = False, color: str = INK) -> str:
    attrs = f' lang="en-GB" sz="{size}"' + (' b="1"' if bold else "")
    return (
        f'<a:r><a:rPr{attrs}><a:solidFill><a:srgbClr val="{color}"/></a:solidFill>'
        f'<a:latin typeface="{FONT}"/><a:ea typeface="{FONT}"/><a:cs typeface="{FONT}"/>'
        f'<a:sym typeface="{FONT}"/></a:rPr><a:t>{escape(text)}</a:t></a:r>'
    )


def para(
    text: str,
    size: int = 1100,
    *,
    bold: bool = False,
    color: str = INK,
    algn: str = "l",
    bullet: str | None = None,
    autonum: bool = False,
    after: int = 0,
) -> str:
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
    return f"<a:p>{ppr}{run(text, size, bold=bold, color=color)}{end}</a:p>"


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
    """A free text box (``txBox="1"``) when it has no fill, outline or geometry of its own,
    else a drawn shape; the title placeholder when ``ph`` gives its ``p:ph`` attributes."""
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


def _cell(text: str, size: int, *, head: bool) -> str:
    color = WHITE if head else INK
    fill = NAVY if head else WHITE
    border = "".join(
        f'<a:{side} w="9525" cap="flat" cmpd="sng"><a:solidFill><a:srgbClr val="C3CAD3"/>'
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


def title(page: Page, text: str) -> None:
    """The slide's title, the one line kept in the layout's title placeholder."""
    box(
        page,
        0.4,
        0.42,
        9.2,
        0.6,
        [para(text, 2200, bold=True, color=NAVY)],
        ph='type="title"',
        inset=0,
    )


def chrome(page: Page, eyebrow: str, number: int) -> None:
    box(page, 0.4, 0.16, 6.0, 0.28, [para(eyebrow, 900, bold=True, color=GOLD)], inset=0)
    box(page, 0.4, 5.28, 7.0, 0.25, [para(FOOTER, 700, color=GREY)], inset=0)
    box(page, 9.0, 5.28, 0.6, 0.25, [para(str(number), 700, color=GREY, algn="r")], inset=0)


def lines(
    texts: Sequence[str], size: int = 1100, *, bullet: str | None = "\u25cf", after: int = 300
) -> list[str]:
    return [para(t, size, bullet=bullet, after=after) for t in texts]


def numbered(texts: Sequence[str], size: int = 1050) -> list[str]:
    return [para(t, size, autonum=True, after=300) for t in texts]


# =========================================================================== the slides


def s01(page: Page) -> None:
    box(page, 0.0, 0.0, 10.0, 5.625, fill=NAVY)
    box(page, 0.6, 0.5, 6.0, 0.4, [para("VELDMOOR BUILDING SOCIETY", 1200, bold=True, color=WHITE)])
    box(
        page,
        0.6,
        1.3,
        8.8,
        1.0,
        [para("Open Doors", 4000, bold=True, color=WHITE)],
        ph='type="ctrTitle"',
        anchor="b",
    )
    box(
        page,
        0.6,
        2.35,
        8.8,
        0.6,
        [para("Our branch and member service plan, 2027 to 2029", 2000, color=WHITE)],
    )
    box(
        page,
        0.6,
        3.6,
        8.8,
        0.4,
        [para("Board strategy day \u00b7 22 June 2027", 1200, color=WHITE)],
    )
    box(
        page,
        0.6,
        4.0,
        8.8,
        0.6,
        [
            para(
                "Presented by the Chief Operating Officer and the Director of Branch Network",
                1100,
                color=WHITE,
            )
        ],
    )


def s02(page: Page) -> None:
    chrome(page, "SUMMARY", 2)
    title(page, "Open Doors on a page")
    box(
        page,
        0.4,
        1.1,
        9.2,
        0.7,
        [
            para(
                "Over the next two years we will change how our 41 branches and our Member Service "
                "Centre help members: we start in one town, and take what works to every branch.",
                1200,
            )
        ],
    )
    box(
        page,
        0.4,
        1.8,
        9.2,
        0.4,
        [
            para(
                "Our aim: be the building society members would recommend to their own family.",
                1200,
                bold=True,
                color=NAVY,
            )
        ],
    )
    box(page, 0.4, 2.25, 9.2, 0.3, [para("By the end of June 2029:", 1100, bold=True)])
    box(
        page,
        0.4,
        2.55,
        9.2,
        1.9,
        lines(
            [
                "members can book an appointment online at all 41 branches",
                "9 in 10 bereavement cases are completed within 10 working days",
                "8 in 10 members coming off a fixed rate move to a new Society deal before it ends",
                "every branch complaint is logged in one place within a working day",
            ]
        ),
    )
    box(
        page,
        0.4,
        4.5,
        9.2,
        0.6,
        [
            para(
                "We build in three steps, Now, Next and Later, with one go/no-go decision for the "
                "Board before anything reaches every branch.",
                1050,
                color=GREY,
            )
        ],
    )


def tile(page: Page, x: float, y: float, big: str, label: str) -> None:
    box(page, x, y, 2.9, 1.15, fill=PALE)
    box(page, x + 0.1, y + 0.05, 2.7, 0.5, [para(big, 2200, bold=True, color=NAVY)], inset=0)
    box(page, x + 0.1, y + 0.55, 2.7, 0.55, [para(label, 900)], inset=0)


def s03(page: Page) -> None:
    chrome(page, "WHERE WE STAND", 3)
    title(page, "Where we stand today")
    tile(page, 0.4, 1.1, "850,000", "members, of whom 1 in 3 visited a branch in 2026")
    tile(page, 3.55, 1.1, "41", "branches in Marlshire, Ashdale and the Vale of Orrin")
    tile(page, 6.7, 1.1, "38%", "of our new mortgage lending in 2026 came through brokers")
    tile(page, 0.4, 2.4, "19 days", "the average wait to settle a bereavement case in 2026")
    tile(page, 3.55, 2.4, "2,640", "complaints recorded by our branches in 2026")
    tile(page, 6.7, 2.4, "14,200", "first savings accounts opened in 2026")
    box(page, 0.4, 3.75, 9.2, 0.3, [para("For the record", 1000, bold=True, color=GOLD)])
    box(
        page,
        0.4,
        4.05,
        9.2,
        1.1,
        lines(
            [
                "In 2022 we promised to answer 90% of calls within a minute; we reached 64%.",
                "Two high-street banks closed 23 branches in our three counties between 2023 and 2026.",
            ],
            1000,
        ),
    )


def s04(page: Page) -> None:
    chrome(page, "WHAT MEMBERS AND THE REGULATOR EXPECT", 4)
    title(page, "Why now")
    box(page, 0.4, 1.1, 4.4, 0.3, [para("What members told us", 1200, bold=True, color=NAVY)])
    box(
        page,
        0.4,
        1.45,
        4.4,
        3.5,
        lines(
            [
                "\u201cI had to tell four different people that my husband had died.\u201d",
                "\u201cMy fixed rate ended and the first I heard was a higher payment.\u201d",
                "\u201cI queued for forty minutes to ask a two-minute question.\u201d",
                "Source: Member Council listening sessions, autumn 2026 (312 members in 14 towns).",
            ],
            1050,
        ),
    )
    box(page, 5.2, 1.1, 4.4, 0.3, [para("What the regulator expects", 1200, bold=True, color=NAVY)])
    box(
        page,
        5.2,
        1.45,
        4.4,
        3.5,
        lines(
            [
                "The FCA's Consumer Duty asks us to show good outcomes for members, including those "
                "in vulnerable circumstances, and to prove it with evidence.",
                "Our 2026 Consumer Duty board report found weak evidence for bereavement and for "
                "members reaching the end of a fixed rate.",
            ],
            1050,
        ),
    )


def s05(page: Page) -> None:
    chrome(page, "OUR AMBITION", 5)
    title(page, "What Open Doors is for")
    box(
        page,
        0.4,
        1.1,
        9.2,
        0.6,
        [
            para(
                "North star: be the building society members would recommend to their own family",
                1500,
                bold=True,
                color=NAVY,
            )
        ],
        fill=PALE,
    )
    box(page, 0.4, 1.9, 9.2, 0.3, [para("Three pillars", 1100, bold=True, color=GOLD)])
    box(
        page,
        0.4,
        2.25,
        9.2,
        1.8,
        lines(
            [
                "Branches that earn the visit: make every branch visit worth the trip",
                "Help at the moments that matter: be there for members when life changes",
                "Fix the plumbing: put the systems and records behind the counter in order",
            ],
            1150,
        ),
    )
    box(
        page,
        0.4,
        4.2,
        9.2,
        0.7,
        [
            para(
                "Our promise to the towns we serve: no town we serve today will lose its Society "
                "branch while this plan runs.",
                1100,
                color=NAVY,
            )
        ],
    )


def s06(page: Page) -> None:
    chrome(page, "HOW WE WILL GET THERE", 6)
    title(page, "Three steps: Now, Next, Later")
    for k, (head, text) in enumerate(
        [
            ("Now", "Put the basics right and prove the new branch model in one town."),
            ("Next", "Take what works to every branch, one county at a time."),
            ("Later", "Make it simply how the Society works, and carry it on into the next plan."),
        ]
    ):
        x = 0.4 + k * 3.1
        box(
            page,
            x,
            1.3,
            2.9,
            0.55,
            [para(head, 1800, bold=True, color=WHITE)],
            fill=NAVY,
            anchor="ctr",
        )
        box(page, x, 1.95, 2.9, 1.6, [para(text, 1150)])
    box(
        page,
        0.4,
        3.9,
        9.2,
        0.8,
        [
            para(
                "Each step ends when its work is done and measured, not on a fixed day; the roadmap "
                "shows when we expect each to run.",
                1050,
                color=GREY,
            )
        ],
    )


def s07(page: Page) -> None:
    chrome(page, "WHO WE ARE DESIGNING FOR FIRST", 7)
    title(page, "Three member moments come first")
    for k, (head, text) in enumerate(
        [
            (
                "Opening a first savings account",
                "A parent or grandparent opening a child's first account, or a young adult saving "
                "for the first time.",
            ),
            (
                "A bereaved family closing an account",
                "Settling the savings and the mortgage of someone who has died, often at the "
                "branch they used.",
            ),
            (
                "A mortgage coming to the end of its fixed rate",
                "Members whose deal ends in the next six months, whether they came to us direct or "
                "through a broker.",
            ),
        ]
    ):
        x = 0.4 + k * 3.1
        box(page, x, 1.15, 2.9, 0.65, [para(head, 1150, bold=True, color=NAVY)], fill=PALE)
        box(page, x, 1.85, 2.9, 1.4, [para(text, 1000)])
    box(page, 0.4, 3.45, 9.2, 0.3, [para("Not in this plan yet", 1050, bold=True, color=GOLD)])
    box(
        page,
        0.4,
        3.75,
        9.2,
        1.3,
        lines(
            [
                "Business members and their business savings accounts (about 6,100 members)",
                "Our commercial lending book",
                "Members who live abroad",
            ],
            1000,
        ),
    )


def pillar(
    page: Page,
    n: int,
    eyebrow: str,
    head: str,
    aim: str,
    goal: str | None,
    items: Sequence[str],
    lead: str,
) -> None:
    chrome(page, eyebrow, n)
    title(page, head)
    box(page, 0.4, 1.05, 9.2, 0.4, [para(aim, 1300, bold=True, color=NAVY)])
    y = 1.5
    if goal:
        box(page, 0.4, y, 9.2, 0.45, [para(goal, 1100, bold=True, color=GOLD)], fill=PALE)
        y += 0.6
    box(page, 0.4, y, 9.2, 4.8 - y, lines(items, 1100))
    box(page, 0.4, 4.85, 9.2, 0.3, [para(lead, 1000, color=GREY)])


def s08(page: Page) -> None:
    pillar(
        page,
        8,
        "PILLAR 1",
        "Branches that earn the visit",
        "Make every branch visit worth the trip",
        "Goal: members can book an appointment online at all 41 branches by December 2028",
        [
            "Extend Slotwise appointment booking to all 41 branches, county by county",
            "Change opening hours town by town to match when members come in",
            "Train a savings and mortgage guide in every branch",
        ],
        "Lead: Director of Branch Network",
    )


def s09(page: Page) -> None:
    pillar(
        page,
        9,
        "PILLAR 2",
        "Help at the moments that matter",
        "Be there for members when life changes",
        "Goal: 9 in 10 bereavement cases completed within 10 working days by H1 2029",
        [
            "Set up one bereavement team that handles each case from the first call to the "
            "final payment",
            "Accept death certificates and grants of probate by upload, by post or at any branch",
            "Write to every member six months before their fixed rate ends, and call those "
            "who do not reply",
            "Let a parent open a child's first savings account in the Veldmoor app in under "
            "ten minutes",
            "Review 12 months of fixed-rate-end calls against Consumer Duty outcomes each year",
        ],
        "Leads: Head of Member Services (bereavement) and Head of Mortgages (fixed rates)",
    )


def s10(page: Page) -> None:
    pillar(
        page,
        10,
        "PILLAR 3",
        "Fix the plumbing",
        "Put the systems and records behind the counter in order",
        None,
        [
            "Move every branch complaint into one complaints log",
            "Give branch colleagues Lodestar's member timeline view, so nobody asks a "
            "member the same thing twice",
            "Set data standards for member contact details and who keeps them up to date",
            "Keep call recordings for 13 months, so a year of calls can be reviewed",
        ],
        "Lead: Head of IT, with the MI and Reporting Manager",
    )


def s11(page: Page) -> None:
    chrome(page, "MEASURES", 11)
    title(page, "How we will know")
    table(
        page,
        0.4,
        1.1,
        [4.4, 1.5, 1.5, 1.8],
        [
            ["Measure", "Today (2026)", "Target", "By when"],
            [
                "Branches where members can book an appointment online",
                "17 of 41",
                "41 of 41",
                "December 2028",
            ],
            [
                "Bereavement cases completed within 10 working days of the last document",
                "46%",
                "90%",
                "H1 2029",
            ],
            [
                "Members moving to a new Society deal before their fixed rate ends",
                "71%",
                "80%",
                "H1 2029",
            ],
            [
                "Branch complaints logged centrally within one working day",
                "Not measured",
                "100%",
                "September 2028",
            ],
            ["First savings accounts opened in a calendar year", "14,200", "18,000", "2028"],
            [
                "Member experience score after a branch visit",
                "+41",
                "Higher",
                "To be set after the pilot",
            ],
        ],
        size=950,
        row_h=0.48,
    )
    box(
        page,
        0.4,
        4.6,
        9.2,
        0.5,
        [para("Baselines are for calendar year 2026, from Keystone.", 900, color=GREY)],
    )


def s12(page: Page) -> None:
    chrome(page, "WHERE WE START", 12)
    title(page, "The Kestlebury branch trio")
    box(
        page,
        0.4,
        1.05,
        9.2,
        0.7,
        [
            para(
                "We will prove the model in the Kestlebury branch trio: High Street, Cornmarket and "
                "Riverside, three branches within a ten-minute walk of each other.",
                1200,
                color=NAVY,
            )
        ],
    )
    box(
        page,
        0.4,
        1.8,
        9.2,
        0.35,
        [para("A six-month pilot, October 2027 to March 2028", 1100, bold=True, color=GOLD)],
    )
    box(
        page,
        0.4,
        2.2,
        5.6,
        2.6,
        lines(
            [
                "Book every Kestlebury mortgage and bereavement appointment through Slotwise",
                "Refit the Cornmarket branch with two appointment rooms and video links to our "
                "mortgage advisers",
                "Turn the Riverside branch into an appointments-only branch",
                "Hold a members' evening in the town before anything changes",
            ],
            1050,
        ),
    )
    box(
        page,
        6.2,
        2.2,
        3.4,
        2.6,
        [
            para("Why here", 1050, bold=True, color=NAVY, after=300),
            para(
                "Three branches in one town let us try a full-service branch, a refitted one and "
                "an appointments-only one side by side, with one set of colleagues.",
                1000,
            ),
        ],
        fill=PALE,
    )


COLS = ["Now: H2 2027", "Next: 2028", "Later: H1 2029 onwards"]
LANES = [
    (
        "Branches",
        [
            "Kestlebury trio on Slotwise; Cornmarket refit",
            "Slotwise in every branch, county by county",
            "New opening hours town by town",
        ],
    ),
    (
        "Member moments",
        [
            "Bereavement promise tested with families",
            "One bereavement team for every case",
            "Documents by upload or at any branch",
        ],
    ),
    (
        "Mortgages",
        [
            "Six-month letter drafted and tested",
            "Letters and calls for every fixed-rate end",
            "Broker-introduced members included",
        ],
    ),
    (
        "Systems and data",
        [
            "One complaints log; baselines in Keystone",
            "Data standards for contact details",
            "Lodestar member timeline after renewal",
        ],
    ),
    (
        "Colleagues",
        [
            "Guides trained in Kestlebury",
            "A guide in every branch",
            "New roles settled with the Colleague Forum",
        ],
    ),
]


def s13(page: Page) -> None:
    chrome(page, "ROADMAP", 13)
    title(page, "Roadmap")
    x0, w = 2.0, 2.5
    for k, head in enumerate(COLS):
        sub = ["", "", "and into the next plan"][k]
        paras = [para(head, 1100, bold=True, color=WHITE)]
        if sub:
            paras.append(para(sub, 800, color=WHITE))
        box(page, x0 + k * (w + 0.05), 1.05, w, 0.5, paras, fill=NAVY, anchor="ctr")
    for r, (lane, cells) in enumerate(LANES):
        y = 1.65 + r * 0.62
        box(page, 0.4, y, 1.55, 0.55, [para(lane, 1000, bold=True, color=NAVY)], anchor="ctr")
        for k, text in enumerate(cells):
            box(page, x0 + k * (w + 0.05), y, w, 0.55, [para(text, 900)], anchor="ctr")
    box(
        page,
        2.0,
        4.78,
        3.6,
        0.28,
        [para("Kestlebury pilot (six months)", 800, bold=True, color=WHITE)],
        fill=GOLD,
        geom="roundRect",
        anchor="ctr",
    )
    box(
        page,
        5.75,
        4.78,
        2.6,
        0.28,
        [para("\u25c6 Roll-out gate: Board go/no-go", 800, bold=True, color=NAVY)],
    )


def s14(page: Page) -> None:
    chrome(page, "GATE", 14)
    title(page, "The roll-out gate")
    box(
        page,
        0.4,
        1.05,
        9.2,
        0.6,
        [
            para(
                "Taken by the Board at its June 2028 meeting, on the Steering Group's recommendation, "
                "before anything from Kestlebury reaches the other 38 branches.",
                1150,
                color=NAVY,
            )
        ],
    )
    box(page, 0.4, 1.7, 9.2, 0.3, [para("What Kestlebury must show", 1100, bold=True, color=GOLD)])
    box(
        page,
        0.4,
        2.05,
        9.2,
        2.2,
        lines(
            [
                "8 in 10 Kestlebury appointments booked ahead through Slotwise",
                "Every Kestlebury complaint logged centrally within one working day",
                "Kestlebury bereavement cases completed within 10 working days",
                "The Member Council's view of the Kestlebury changes reported to the Board",
            ],
            1100,
        ),
    )
    box(
        page,
        0.4,
        4.3,
        9.2,
        0.6,
        [
            para(
                "If the answer is no, we fix what failed in Kestlebury and come back to the Board's "
                "next meeting.",
                1000,
                color=GREY,
            )
        ],
    )


def s15(page: Page) -> None:
    chrome(page, "CONTRACTS AND RISKS", 15)
    title(page, "What we plan around")
    box(
        page,
        0.4,
        1.0,
        9.2,
        0.55,
        lines(
            [
                "Lodestar core banking (Corvane): three-year contract, 1 April 2026 to 31 March 2029",
            ],
            1000,
        ),
    )
    table(
        page,
        0.4,
        1.55,
        [3.2, 1.1, 4.9],
        [
            ["Risk", "Likelihood", "What we will do"],
            [
                "Lodestar cannot take new modules before renewal",
                "High",
                "Give Corvane our renewal requirements, including the member timeline, by 30 "
                "September 2028",
            ],
            [
                "The appointment-room screens arrive late",
                "Medium",
                "Order the Cornmarket screens in July 2027, allowing for the supplier's lead time",
            ],
            [
                "Members see the Riverside change as a closure",
                "Medium",
                "Consult the Member Council before the Riverside change and publish its view",
            ],
            [
                "Brokers object to our fixed-rate letters",
                "Low",
                "Agree the letter wording with our 20 largest broker firms",
            ],
        ],
        size=900,
        row_h=0.6,
    )


def s16(page: Page) -> None:
    chrome(page, "FIRST 90 DAYS", 16)
    title(page, "Opening the doors: our first 90 days")
    box(
        page,
        0.4,
        1.05,
        9.2,
        3.9,
        numbered(
            [
                "Baseline every measure in Keystone (MI and Reporting Manager)",
                "Map how each of the 41 branches records complaints today (Head of Member Services)",
                "Test the bereavement promise with 12 bereaved families (Head of Member Experience)",
                "Put the three Kestlebury branches on Slotwise (Director of Branch Network)",
                "Brief the Member Council on the Kestlebury changes at its September meeting "
                "(Chief Operating Officer)",
                "Reopen recruitment for the Head of Data (Head of People)",
                "Draft the six-month fixed-rate letter with Compliance (Head of Mortgages)",
            ]
        ),
    )


def s17(page: Page) -> None:
    chrome(page, "GOVERNANCE", 17)
    title(page, "Who decides")
    box(
        page,
        0.4,
        1.05,
        9.2,
        3.9,
        lines(
            [
                "The Open Doors Steering Group is chaired by the Chief Operating Officer, our "
                "executive sponsor, and meets monthly.",
                "The Board takes the roll-out gate and receives a quarterly report on the measures.",
                "The Steering Group releases the budget in two tranches: the second only after the "
                "roll-out gate.",
                "The Member Council is consulted before any change to a branch; it runs no part of "
                "the plan.",
                "The Colleague Forum is consulted on any change to colleagues' roles.",
            ],
            1100,
        ),
    )


def s18(page: Page) -> None:
    chrome(page, "DECISIONS", 18)
    title(page, "What we ask of the Board today")
    box(
        page,
        0.4,
        1.05,
        9.2,
        3.0,
        numbered(
            [
                "Approve Open Doors and its measures",
                "Agree a budget of \u00a34.2m over the two years, in two tranches",
                "Delegate the release of the first tranche to the Steering Group",
                "Note the Lodestar renewal date and the notice it needs",
            ],
            1150,
        ),
    )


@dataclass(frozen=True)
class SlideSpec:
    make: Callable[[Page], None]
    layout: str
    page_id: str
    notes: str = ""


SLIDES = [
    SlideSpec(s01, "TITLE", "p1"),
    SlideSpec(s02, "TITLE_ONLY", "p2"),
    SlideSpec(
        s03,
        "TITLE_ONLY",
        "p3",
        "These are 2026 figures, not targets. The 2022 call promise was dropped in 2024.",
    ),
    SlideSpec(s04, "TITLE_ONLY", "p4"),
    SlideSpec(s05, "TITLE_ONLY", "p5"),
    SlideSpec(s06, "TITLE_ONLY", "p6"),
    SlideSpec(
        s07,
        "TITLE_ONLY",
        "g2e51c0a9b7d4_0_8",
        "Business members stay with the Business Savings desk at Orrin Bridge until the next plan.",
    ),
    SlideSpec(s08, "TITLE_ONLY", "p8"),
    SlideSpec(s09, "TITLE_ONLY", "p9"),
    SlideSpec(s10, "TITLE_ONLY", "p10"),
    SlideSpec(s11, "TITLE_ONLY", "g2e51c0a9b7d4_0_31"),
    SlideSpec(s12, "TITLE_ONLY", "p12"),
    SlideSpec(
        s13,
        "TITLE_ONLY",
        "g2e51c0a9b7d4_0_47",
        "The Later column runs on into the next plan; only its first half-year is funded here.",
    ),
    SlideSpec(s14, "TITLE_ONLY", "p14"),
    SlideSpec(s15, "TITLE_ONLY", "p15"),
    SlideSpec(
        s16, "TITLE_ONLY", "p16", "Each lead reports to the Programme Manager every other Friday."
    ),
    SlideSpec(s17, "TITLE_ONLY", "p17"),
    SlideSpec(s18, "TITLE_ONLY", "p18"),
]


# =========================================================================== the package


def _without_docprops(parts: dict[str, bytes]) -> dict[str, bytes]:
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


def _sorted_zip(parts: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in sorted(parts):
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, parts[name])
    return out.getvalue()


def build_deck() -> bytes:
    prs = Presentation()
    prs.slide_width, prs.slide_height = Emu(9144000), Emu(5143500)
    for layout in list(prs.slide_layouts):
        if layout.name not in GOOGLE_LAYOUTS:
            prs.slide_layouts.remove(layout)
    for layout in prs.slide_layouts:
        layout._element.cSld.set("name", GOOGLE_LAYOUTS[layout.name])
    layouts = {layout.name: layout for layout in prs.slide_layouts}
    counter = [60]
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
    parts = _without_docprops({i.filename: src.read(i.filename) for i in src.infolist()})
    return _sorted_zip(parts)


# =========================================================================== the org folder

POSTS_HEAD = ["Post", "Reports to", "Open Doors role", "Remit"]
POSTS = [
    (
        "Chief Executive",
        "Board",
        "Core",
        "Leads the Society and the executive committee; presents the corporate plan to the Board.",
    ),
    (
        "Chief Operating Officer",
        "Chief Executive",
        "Core",
        "Branches, member service, mortgage operations, IT and property. Executive sponsor of "
        "Open Doors and chair of its Steering Group; takes the go/no-go recommendation to the "
        "Board and releases the programme budget.",
    ),
    (
        "Chief Financial Officer",
        "Chief Executive",
        "Core",
        "Finance, treasury and management information. Holds the Head of Data's remit (data "
        "standards and data ownership) until that post is filled.",
    ),
    (
        "Open Doors Programme Manager",
        "Chief Operating Officer",
        "Core",
        "Runs the programme plan, the risk log and the fortnightly reporting to the Steering "
        "Group; owns no member-facing change.",
    ),
    (
        "Director of Branch Network",
        "Chief Operating Officer",
        "Core",
        "The 41 branches, their colleagues and opening hours; business owner of Slotwise and "
        "its online booking page; branch appointment models.",
    ),
    (
        "Head of Property and Facilities",
        "Chief Operating Officer",
        "Core",
        "Branch buildings, leases, refits and fit-out suppliers, including screens and meeting "
        "room equipment.",
    ),
    (
        "Head of Member Services",
        "Chief Operating Officer",
        "Core",
        "The Member Service Centre at Orrin Bridge, the bereavement team, the Complaints team "
        "and complaint handling across branches and phones.",
    ),
    (
        "Head of Member Experience",
        "Chief Operating Officer",
        "Core",
        "Member research, the Member Council's listening sessions, testing new services with "
        "members, and the member experience score.",
    ),
    (
        "Head of Mortgages",
        "Chief Financial Officer",
        "Core",
        "Mortgage products and pricing, and keeping direct members at the end of a fixed rate "
        "(product transfers, maturity letters and calls).",
    ),
    (
        "Head of Mortgage Operations",
        "Chief Operating Officer",
        "Core",
        "Underwriting, offers, completions and redemptions, including settling the mortgage of "
        "a member who has died once the bereavement team passes the case.",
    ),
    (
        "Head of Intermediary Distribution",
        "Chief Financial Officer",
        "Core",
        "Relationships with the broker firms on our panel, the Brokerlink portal and the "
        "intermediary terms of business.",
    ),
    (
        "Head of Savings",
        "Chief Financial Officer",
        "Core",
        "Savings products and rates, including children's and first-time saver accounts.",
    ),
    (
        "Head of Digital",
        "Chief Operating Officer",
        "Core",
        "The Veldmoor app, online banking and the public website.",
    ),
    (
        "Head of IT",
        "Chief Operating Officer",
        "Core",
        "Lodestar and the Corvane contract, Callvault, Keystone's infrastructure, and every "
        "other supplier system.",
    ),
    (
        "Head of Data",
        "Chief Financial Officer",
        "Core",
        "Data standards, data ownership and data quality. The Head of Data post has been "
        "vacant since March 2027.",
    ),
    (
        "MI and Reporting Manager",
        "Chief Financial Officer",
        "Core",
        "Keystone, our data warehouse, and its reports; the definitions and baselines of the "
        "Society's measures.",
    ),
    (
        "Head of Compliance",
        "Chief Financial Officer",
        "Core",
        "Consumer Duty monitoring and outcome testing, call and file reviews, and the annual "
        "Consumer Duty board report.",
    ),
    (
        "Head of People",
        "Chief Executive",
        "Core",
        "Recruitment, role changes and the consultation of the Colleague Forum.",
    ),
    (
        "Learning and Development Manager",
        "Head of People",
        "Core",
        "The training lead for every colleague: branch training, accreditation of guides and "
        "advisers.",
    ),
    (
        "Chair, Member Council",
        "Not a Society post",
        "Consulted only",
        "Chairs the Member Council of 24 elected members; consulted, leads no Society work.",
    ),
    (
        "Chair, Colleague Forum",
        "Not a Society post",
        "Consulted only",
        "Chairs the Colleague Forum; consulted on changes to roles, leads no Society work.",
    ),
]


def build_posts() -> bytes:
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(10)
    doc.add_heading("Open Doors: posts and remits", level=1)
    doc.add_paragraph(
        "Who does what in the Open Doors programme, taken from the executive structure "
        "approved in April 2027. Consulted bodies are shown last; they lead no work."
    )
    tab = doc.add_table(rows=1, cols=4)
    tab.style = "Table Grid"
    for cell, text in zip(tab.rows[0].cells, POSTS_HEAD, strict=True):
        cell.text = text
        for r in cell.paragraphs[0].runs:
            r.bold = True
    for row in POSTS:
        cells = tab.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    doc.add_paragraph("Owner of this page: Open Doors Programme Manager. Last reviewed May 2027.")
    cp = doc.core_properties
    cp.author = "Open Doors Programme Office"
    cp.last_modified_by = "Open Doors Programme Office"
    cp.title = "Open Doors posts and remits"
    cp.created = dt.datetime(2027, 5, 12, 9, 0, 0)
    cp.modified = dt.datetime(2027, 5, 12, 9, 0, 0)
    cp.revision = 3
    buffer = io.BytesIO()
    doc.save(buffer)
    src = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    return _sorted_zip({i.filename: src.read(i.filename) for i in src.infolist()})


STEERING = """
# Open Doors Steering Group: terms of reference

Approved by the executive committee, 18 May 2027.

## Purpose

The Steering Group directs the Open Doors programme between Board meetings. It agrees the
plan, watches the measures and the risks, and recommends the roll-out go/no-go to the
Board.

## Chair and sponsor

The Chief Operating Officer chairs the Steering Group and is the executive sponsor of Open
Doors. The sponsor is accountable to the Board for the programme and releases its budget
in tranches; the second tranche is released only after the Board's roll-out decision.

## Members

- Chief Operating Officer (chair)
- Chief Financial Officer
- Director of Branch Network
- Head of Member Services
- Head of Member Experience
- Head of Mortgages
- Head of IT
- Open Doors Programme Manager (secretary)

The Chair of the Member Council and the Chair of the Colleague Forum attend for items that
change branches or roles. They are consulted and do not vote.

## Cadence

Monthly, on the second Tuesday. The Programme Manager circulates the measures from
Keystone five working days before each meeting. The Board receives a quarterly report.
"""

COUNCIL = """
VELDMOOR BUILDING SOCIETY - MEMBER COUNCIL
Terms of reference (extract), as revised at the 2026 AGM

1. The Member Council is 24 members elected by the membership, eight from each of our
three counties. It meets four times a year: March, June, September and December.

2. The Member Council must be consulted before the Society closes a branch, changes a
branch's opening hours, moves a branch or changes the services a branch offers. The
Society must allow the Council at least 8 weeks to respond and must publish the Council's
view before the change is made.

3. The Council runs listening sessions with members for the Head of Member Experience.
It does not manage Society staff or budgets and takes no decision for the Board.
"""

SYSTEMS = """
# Systems inventory: branches and member service

Maintained by the Head of IT. Reviewed April 2027.

## Lodestar (core banking)

Savings and mortgage accounts, payments and member records run on Lodestar, supplied by
Corvane Systems under a three-year contract from 1 April 2026. Branch colleagues see
balances and transactions but not Lodestar's member timeline, which is a separate module
we do not license.

## Slotwise (branch appointments)

Slotwise takes online and in-branch bookings for branch appointments. Slotwise is used in
17 of our 41 branches; the other 24 branches keep paper appointment diaries at the
counter. None of the three Kestlebury branches is on Slotwise.

## Callvault (call recording)

Every call to the Member Service Centre is recorded on Callvault. Call recordings are
deleted after 90 days under the current Callvault settings.

## Keystone (data warehouse)

Keystone is the Society's data warehouse, loaded nightly from Lodestar, Slotwise and the
Member Service Centre telephony; Keystone Reports publishes the monthly member service
pack. The MI and Reporting Manager runs it.

## The Veldmoor app and online banking

Members can open an instant access or a regular saver account in the app. A child's
account can only be opened in a branch today, because the app cannot take a parent's
details and a child's together.

## Brokerlink

Brokers on our panel submit mortgage applications through Brokerlink and see their own
cases only.
"""

MEASURES = (
    "measure,definition,owner,source,baseline_2026\n"
    'Branches with online booking,"Branches where members can book an appointment online '
    'through Slotwise.",Director of Branch Network,Slotwise,17 of 41\n'
    'Bereavement cases in 10 days,"Cases completed within 10 working days of the last '
    'document received.",Head of Member Services,Bereavement tracker,46%\n'
    'Fixed-rate retention,"Members whose fixed rate ended in the period and who moved to a '
    'new Society deal before it ended.",Head of Mortgages,Keystone,71%\n'
    "Complaints logged centrally,\"Branch complaints entered in the Complaints team's log "
    'within one working day.",Head of Member Services,Complaints log,Not measured\n'
    'First savings accounts,"Accounts opened by a member with no earlier savings account '
    'with the Society, in a calendar year.",Head of Savings,Keystone,"14,200"\n'
    'Member experience score,"Net score from the short survey sent after a branch visit.",'
    "Head of Member Experience,Keystone,+41\n"
)

COMPLAINTS = """
# Complaint handling procedure (branches)

Owner: Head of Member Services. Version 4, January 2027.

## How complaints are recorded today

Branch teams log complaints in their own spreadsheets, one per branch, kept on the branch's
shared drive. The Complaints team at Orrin Bridge keeps the Society's complaints log and
sees a branch complaint when the branch emails it across, usually at the end of the week.

## What the rules expect

Complaints must be acknowledged promptly and resolved within eight weeks, with a final
response letter that explains the member's right to refer the complaint to the Financial
Ombudsman Service.

## Vulnerable members

Branch colleagues flag a member in vulnerable circumstances in Lodestar with the member's
agreement, and the Complaints team calls that member within two working days.
"""

BEREAVEMENT = """
BEREAVEMENT PROCEDURE - SUMMARY FOR BRANCHES
Owner: Head of Member Services. Version 2.3, March 2027.

When a family tells us a member has died, the branch or the Member Service Centre opens a
case. Bereavement case files are kept on paper: each branch posts the certified copies and
the claim form to the bereavement team at Orrin Bridge in the internal post.

Certified copies of a death certificate or a grant of probate are taken in branch or by
post. The bereavement team settles savings accounts and passes any mortgage to Mortgage
Operations for redemption.

The bereavement tracker is a shared workbook kept by the bereavement team; the case is
counted as complete when the final payment is made.
"""

INTERMEDIARY = """
# Intermediary terms of business (extract)

Issued by the Head of Intermediary Distribution to the firms on our broker panel, 2026
edition.

## 7. Retention of introduced members

7.1 When a fixed rate on a mortgage introduced by a broker is within six months of its end,
the Society will write to the member and copy the letter to the introducing broker.

7.2 The Society may not call members introduced by a broker about a new rate until 30 days
before their fixed rate ends, so that the broker can advise first.

7.3 The broker receives a procuration fee on a product transfer it arranges.
"""

EMAIL = """
From: Head of IT
To: Chief Operating Officer; Open Doors Programme Manager
Date: 2 May 2027
Subject: Lodestar - what we can and cannot change before renewal

Hello both,

Following Tuesday's call with Corvane: the Lodestar contract is fixed until 31 March 2029,
and no new module can be added before renewal, the member timeline included. Corvane will
only quote for new modules as part of the renewal.

The renewal requirements must reach Corvane by 30 September 2028 for anything to be in the
new contract from April 2029. Configuration changes within the modules we already have
(letters, fields, report extracts) go through the normal quarterly release.

Separately, Callvault can keep recordings for longer; it is a settings change and a
storage cost, not a new contract.

Regards,
Head of IT
"""

KESTLEBURY = """
# Kestlebury branches: refit quote and facts

Prepared by the Head of Property and Facilities, June 2027.

| Branch | Counter positions | Rooms | Members who used it in 2026 |
|---|---|---|---|
| Kestlebury High Street | 4 | 1 | 9,800 |
| Kestlebury Cornmarket | 3 | 0 | 6,200 |
| Kestlebury Riverside | 2 | 0 | 2,900 |

## Cornmarket refit

Two appointment rooms, each with a screen and a video link to the mortgage advisers at
Orrin Bridge. Brightwell AV quotes a lead time of 14 weeks from order for the screens and
video units. The building work itself takes three weeks and can start once the units are on
site.

## Riverside

Riverside's lease runs to 2034. Changing it to appointments only does not change the lease.
"""

ORG_TEXT = {
    "org/governance/steering-group-terms.md": STEERING,
    "org/governance/member-council-terms.txt": COUNCIL,
    "org/systems/systems-inventory.md": SYSTEMS,
    "org/measures/measure-definitions.csv": MEASURES,
    "org/policies/complaint-handling-procedure.md": COMPLAINTS,
    "org/policies/bereavement-procedure.txt": BEREAVEMENT,
    "org/policies/intermediary-terms-extract.md": INTERMEDIARY,
    "org/context/email-2027-05-02-lodestar-renewal.txt": EMAIL,
    "org/context/kestlebury-refit-quote.md": KESTLEBURY,
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
        "org/people/open-doors-posts.docx": build_posts(),
    }
    files.update(ORG_TEXT)
    for rel, body in files.items():
        write(root / rel, body)


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
