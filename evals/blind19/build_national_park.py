"""Build the blind19 case ``national-park``: its deck and its org folder, deterministically.

Run from the repository root with the project's venv (python-pptx and lxml):

    .venv/bin/python evals/blind19/build_national_park.py [out]

Writes, under ``evals/blind19/national-park/`` (or ``<out>/national-park/``):

- ``Paths to the Park - Digital Services Plan 2028-2031 - Authority 23 March 2028.pptx``:
  Thornmere National Park Authority's plan for moving its visitor services online, drawn in
  GOOGLE SLIDES and downloaded as PowerPoint, with what that export carries: no ``docProps``
  part, Google's 16:9 slide size (9144000 x 5143500 EMU), slide layouts named as Google names
  them ("TITLE", "TITLE_AND_BODY", "BLANK", ...), a theme called "Simple Light", every shape
  named "Google Shape;<id>;<page id>" (page ids "p<n>" for slides made in the deck and
  "g<12 hex>_0_<n>" for slides pasted in from other decks), ``txBox="1"`` on free text boxes
  and on placeholders, explicit insets on every text body, many free text boxes laid over the
  layouts, Google's auto-numbered lists, and a notes page for every slide (its shapes named
  "Google Shape;<id>;<page id>:notes") with speaker notes written on five slides, in words
  that are not on the slide. The roadmap is a SWIMLANE diagram of shapes: a lane per service
  of rounded rectangles "Discovery", "Alpha", "Private beta", "Public beta" and "Live" over
  three plan-year boxes ("Year 1 2028/29", "Year 2 2029/30", "Year 3 2030/31"), diamonds for
  the service assessment gate and a "Later (2031+)" column beyond the third year. The KPI and
  risk slides are native tables.
- ``org/``: the Authority's intranet "Who's who" page saved as HTML
  (``people/whos-who.html``), an extract of its customer service charter, the Digital Services
  Board's terms of reference, the UNISON branch agreement extract, the Local Access Forum's
  terms, the systems and data register, the service measures (a TSV export), a note on the
  Wrenthwaite valley car parks and an email about the car park payment contract.

Re-running it rewrites every file byte for byte: the PPTX is saved by python-pptx and then
rewritten with its ZIP entries in sorted order at one fixed time; the org files are literal
strings. It never touches ``gold.json``. This is a BLIND case (split "blind19").
"""

from __future__ import annotations

import io
import re
import sys
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

from lxml import etree
from pptx import Presentation
from pptx.util import Emu

HERE = Path(__file__).resolve().parent
CASE = "national-park"
DECK = "Paths to the Park - Digital Services Plan 2028-2031 - Authority 23 March 2028.pptx"
ZIP_TIME = (1980, 1, 1, 0, 0, 0)

EMU = 914400
NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
NS_P = "http://schemas.openxmlformats.org/presentationml/2006/main"
DECL = f'xmlns:a="{NS_A}" xmlns:p="{NS_P}"'
FONT = "Arial"
INK = "22302A"
FELL = "2E5E3E"
MOSS = "6E8F4E"
STONE = "666B63"
MIST = "EDF1EA"
SLATE = "3B5568"
WHITE = "FFFFFF"
GORSE = "C08A2E"
SAND = "F4E6C8"
LATER = "8C8F88"
RENAMED = {
    "Title Slide": "TITLE",
    "Title and Content": "TITLE_AND_BODY",
    "Section Header": "SECTION_HEADER",
    "Two Content": "TITLE_AND_TWO_COLUMNS",
    "Title Only": "TITLE_ONLY",
    "Blank": "BLANK",
}
FOOT = "Thornmere National Park Authority \u00b7 Paths to the Park \u00b7 Authority, 23 March 2028"


def emu(inches: float) -> int:
    return int(round(inches * EMU))


# =========================================================================== shapes as Google writes them


@dataclass
class Canvas:
    """One slide being drawn: its Google page id, the deck-wide id counter, its shapes."""

    page_id: str
    counter: list[int]
    shapes: list[str] = field(default_factory=list)

    def new_id(self) -> int:
        self.counter[0] += 1
        return self.counter[0]


def r(text: str, size: int, bold: bool = False, italic: bool = False, color: str = INK) -> str:
    flags = (' b="1"' if bold else "") + (' i="1"' if italic else "")
    return (
        f'<a:r><a:rPr lang="en-GB" sz="{size}"{flags}><a:solidFill><a:srgbClr val="{color}"/>'
        f'</a:solidFill><a:latin typeface="{FONT}"/><a:ea typeface="{FONT}"/>'
        f'<a:cs typeface="{FONT}"/><a:sym typeface="{FONT}"/></a:rPr>'
        f"<a:t>{escape(text)}</a:t></a:r>"
    )


def p(
    text: str,
    size: int = 1100,
    *,
    bold: bool = False,
    italic: bool = False,
    color: str = INK,
    algn: str = "l",
    dot: bool = False,
    num: bool = False,
    after: int = 0,
) -> str:
    """A paragraph: Google's ``a:pPr`` with spacing, a bullet (``buChar``), an auto-number
    (``buAutoNum``) or ``buNone``, one run and the end-of-paragraph properties."""
    space = (
        f'<a:spcBef><a:spcPts val="0"/></a:spcBef><a:spcAft><a:spcPts val="{after}"/></a:spcAft>'
    )
    if dot or num:
        mark = '<a:buAutoNum type="arabicPeriod"/>' if num else '<a:buChar char="\u25cf"/>'
        ppr = (
            f'<a:pPr marL="457200" lvl="0" indent="-{"330200" if num else "311150"}" '
            f'algn="{algn}" rtl="0">{space}<a:buClr><a:srgbClr val="{color}"/></a:buClr>'
            f'<a:buSzPts val="{size // 100 * 100}"/><a:buFont typeface="{FONT}"/>{mark}</a:pPr>'
        )
    else:
        ppr = f'<a:pPr marL="0" lvl="0" indent="0" algn="{algn}" rtl="0">{space}<a:buNone/></a:pPr>'
    end = f'<a:endParaRPr lang="en-GB" sz="{size}"/>'
    return f"<a:p>{ppr}{r(text, size, bold, italic, color)}{end}</a:p>"


def _tx(paras: Sequence[str], anchor: str, inset: int) -> str:
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


def shape(
    c: Canvas,
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
    """A free text box (``txBox="1"``) when it has no fill, outline or geometry of its own, a
    drawn shape otherwise, a placeholder when ``ph`` holds its ``p:ph`` attributes."""
    sid = c.new_id()
    is_box = ph is not None or (fill is None and line is None and geom == "rect")
    cnv = '<p:cNvSpPr txBox="1"/>' if is_box else "<p:cNvSpPr/>"
    nvpr = f"<p:nvPr><p:ph {ph}/></p:nvPr>" if ph else "<p:nvPr/>"
    fill_xml = f'<a:solidFill><a:srgbClr val="{fill}"/></a:solidFill>' if fill else "<a:noFill/>"
    ln = (
        f'<a:ln w="9525" cap="flat" cmpd="sng"><a:solidFill><a:srgbClr val="{line}"/>'
        f'</a:solidFill><a:prstDash val="solid"/><a:round/><a:headEnd type="none" w="sm" '
        f'len="sm"/><a:tailEnd type="none" w="sm" len="sm"/></a:ln>'
        if line
        else "<a:ln><a:noFill/></a:ln>"
    )
    c.shapes.append(
        f'<p:sp {DECL}><p:nvSpPr><p:cNvPr id="{sid}" name="Google Shape;{sid};{c.page_id}"/>'
        f'{cnv}{nvpr}</p:nvSpPr><p:spPr><a:xfrm><a:off x="{emu(x)}" y="{emu(y)}"/>'
        f'<a:ext cx="{emu(w)}" cy="{emu(h)}"/></a:xfrm><a:prstGeom prst="{geom}"><a:avLst/>'
        f"</a:prstGeom>{fill_xml}{ln}</p:spPr>{_tx(paras, anchor, inset)}</p:sp>"
    )


def rule(c: Canvas, x1: float, y1: float, x2: float, y2: float, color: str = STONE) -> None:
    sid = c.new_id()
    c.shapes.append(
        f'<p:cxnSp {DECL}><p:nvCxnSpPr><p:cNvPr id="{sid}" name="Google Shape;{sid};{c.page_id}"/>'
        f'<p:cNvCxnSpPr/><p:nvPr/></p:nvCxnSpPr><p:spPr><a:xfrm><a:off x="{emu(x1)}" '
        f'y="{emu(y1)}"/><a:ext cx="{emu(x2 - x1)}" cy="{emu(y2 - y1)}"/></a:xfrm>'
        f'<a:prstGeom prst="straightConnector1"><a:avLst/></a:prstGeom><a:noFill/>'
        f'<a:ln w="9525" cap="flat" cmpd="sng"><a:solidFill><a:srgbClr val="{color}"/>'
        f'</a:solidFill><a:prstDash val="dash"/><a:round/><a:headEnd type="none" w="sm" '
        f'len="sm"/><a:tailEnd type="none" w="sm" len="sm"/></a:ln></p:spPr></p:cxnSp>'
    )


def _td(text: str, size: int, head: bool) -> str:
    edge = "".join(
        f'<a:{side} w="9525" cap="flat" cmpd="sng"><a:solidFill><a:srgbClr val="C9CFC4"/>'
        f'</a:solidFill><a:prstDash val="solid"/><a:round/><a:headEnd type="none" w="sm" '
        f'len="sm"/><a:tailEnd type="none" w="sm" len="sm"/></a:{side}>'
        for side in ("lnL", "lnR", "lnT", "lnB")
    )
    fill = FELL if head else WHITE
    para = p(text, size, bold=head, color=WHITE if head else INK)
    return (
        f"<a:tc><a:txBody><a:bodyPr/><a:lstStyle/>{para}</a:txBody>"
        f'<a:tcPr marL="68575" marR="68575" marT="45725" marB="45725">{edge}'
        f'<a:solidFill><a:srgbClr val="{fill}"/></a:solidFill></a:tcPr></a:tc>'
    )


def table(
    c: Canvas,
    x: float,
    y: float,
    widths: Sequence[float],
    rows: Sequence[Sequence[str]],
    size: int = 900,
    row_h: float = 0.34,
) -> None:
    """A native table as Google exports it: a ``graphicFrame`` named like the other shapes."""
    sid = c.new_id()
    grid = "".join(f'<a:gridCol w="{emu(w)}"/>' for w in widths)
    body = "".join(
        f'<a:tr h="{emu(row_h)}">' + "".join(_td(t, size, k == 0) for t in row) + "</a:tr>"
        for k, row in enumerate(rows)
    )
    c.shapes.append(
        f'<p:graphicFrame {DECL}><p:nvGraphicFramePr><p:cNvPr id="{sid}" '
        f'name="Google Shape;{sid};{c.page_id}"/><p:cNvGraphicFramePr/><p:nvPr/>'
        f'</p:nvGraphicFramePr><p:xfrm><a:off x="{emu(x)}" y="{emu(y)}"/>'
        f'<a:ext cx="{emu(sum(widths))}" cy="{emu(row_h * len(rows))}"/></p:xfrm><a:graphic>'
        f'<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/table"><a:tbl>'
        f'<a:tblPr firstRow="1" bandRow="1"><a:noFill/>'
        f"<a:tableStyleId>{{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}}</a:tableStyleId></a:tblPr>"
        f"<a:tblGrid>{grid}</a:tblGrid>{body}</a:tbl></a:graphicData></a:graphic>"
        f"</p:graphicFrame>"
    )


def chrome(c: Canvas, n: int) -> None:
    """The footer line and the slide number, typed as free text boxes on every content slide."""
    shape(c, 0.4, 5.3, 7.4, 0.22, [p(FOOT, 700, color=STONE)], inset=0)
    shape(c, 9.0, 5.3, 0.6, 0.22, [p(str(n), 700, color=STONE, algn="r")], inset=0)


def title_ph(c: Canvas, text: str) -> None:
    shape(
        c, 0.4, 0.3, 9.2, 0.55, [p(text, 2200, bold=True, color=FELL)], ph='type="title"', inset=0
    )


def title_box(c: Canvas, text: str) -> None:
    """A BLANK slide's title: a free text box where the title placeholder would sit."""
    shape(c, 0.4, 0.3, 9.2, 0.55, [p(text, 2200, bold=True, color=FELL)], inset=0)


def body_ph(
    c: Canvas,
    x: float,
    y: float,
    w: float,
    h: float,
    lines: Sequence[str],
    size: int = 1200,
    *,
    num: bool = False,
    after: int = 500,
) -> None:
    paras = [p(t, size, dot=not num, num=num, after=after) for t in lines]
    shape(c, x, y, w, h, paras, ph='type="body" idx="1"')


def items(lines: Sequence[str], size: int = 1100, after: int = 300) -> list[str]:
    return [p(t, size, dot=True, after=after) for t in lines]


# =========================================================================== the slides


def s01(c: Canvas) -> None:
    shape(c, 0.0, 0.0, 10.0, 5.625, fill=FELL)
    shape(c, 0.0, 4.9, 10.0, 0.725, fill=MOSS)
    shape(
        c,
        0.6,
        1.35,
        8.8,
        0.95,
        [p("Paths to the Park", 4000, bold=True, color=WHITE)],
        ph='type="ctrTitle"',
        anchor="b",
    )
    shape(
        c,
        0.6,
        2.3,
        8.8,
        0.5,
        [p("Digital Services Plan 2028-2031", 2000, color=WHITE)],
        ph='type="subTitle" idx="1"',
        inset=0,
    )
    shape(
        c,
        0.6,
        3.2,
        8.8,
        0.35,
        [p("Thornmere National Park Authority", 1400, bold=True, color=WHITE)],
        inset=0,
    )
    shape(
        c,
        0.6,
        3.6,
        8.8,
        0.3,
        [
            p(
                "Authority meeting \u00b7 23 March 2028 \u00b7 Agenda item 7 \u00b7 For decision",
                1100,
                color=WHITE,
            )
        ],
        inset=0,
    )
    shape(
        c,
        0.6,
        3.95,
        8.8,
        0.3,
        [
            p(
                "Report of the Chief Executive and the Director of Corporate Services",
                1100,
                color=WHITE,
            )
        ],
        inset=0,
    )
    shape(c, 0.6, 5.05, 8.8, 0.3, [p("OFFICIAL \u00b7 Open session", 900, color=WHITE)], inset=0)


TILES = [
    ("4.3 million", "visitor days spent in the park in 2026/27"),
    ("58,200", "calls to our two phone lines in 2026/27; 41% were about parking or passes"),
    ("14 of 23", "Authority car parks where the pay machine still takes coins only"),
    ("1,240", "path problems logged in 2026/27, nine in ten of them on paper forms"),
    ("3,050", "times an applicant or agent rang in 2026/27 to ask where their case had got to"),
    ("420", "ranger volunteers, booked onto task days by email and a spreadsheet"),
]


def s02(c: Canvas) -> None:
    title_ph(c, "Why now: our visitors have moved online, and we have not")
    for k, (big, caption) in enumerate(TILES):
        x = 0.4 + (k % 3) * 3.15
        y = 1.0 + (k // 3) * 1.3
        shape(
            c,
            x,
            y,
            2.9,
            1.15,
            [p(big, 2400, bold=True, color=FELL), p(caption, 1000)],
            fill=MIST,
        )
    body_ph(
        c,
        0.4,
        3.65,
        9.2,
        0.9,
        [
            "Visitors expect to pay, book and report from a phone before they leave home.",
            "Our phone lines carry work a web page could do, and the queues are longest in August.",
        ],
        1100,
        after=200,
    )
    shape(
        c,
        0.4,
        4.7,
        9.2,
        0.3,
        [
            p(
                "For comparison, a neighbouring park authority already takes 70% of its parking "
                "payments by phone.",
                900,
                italic=True,
                color=STONE,
            )
        ],
        inset=0,
    )
    chrome(c, 2)


def s03(c: Canvas) -> None:
    title_ph(c, "Our ambition for 2031")
    shape(
        c,
        0.4,
        0.95,
        9.2,
        0.85,
        [
            p(
                "A park that is easy to visit, easy to care for and open to everyone",
                2400,
                bold=True,
                color=FELL,
            )
        ],
        inset=0,
    )
    shape(c, 0.4, 1.9, 9.2, 0.3, [p("By 31 March 2031:", 1200, bold=True)], inset=0)
    body_ph(
        c,
        0.4,
        2.2,
        9.2,
        2.3,
        [
            "six in ten car park payments made by app or online",
            "planning applicants follow their case online instead of phoning to chase it",
            "85% of path problems reported with a map location",
            "nine in ten volunteer task day places filled",
            "the Parking and Permits line closed, its calls answered online or on the Park "
            "Office line",
        ],
        1200,
        after=300,
    )
    shape(
        c,
        0.4,
        4.65,
        9.2,
        0.3,
        [
            p(
                "All within the \u00a31.6m of capital in our Defra grant settlement for 2028 to "
                "2031.",
                1000,
                italic=True,
                color=STONE,
            )
        ],
        inset=0,
    )
    chrome(c, 3)


PEOPLE = [
    (
        "Day visitors paying to park",
        "arriving at a valley car park, often with no coins and no signal",
    ),
    (
        "Householders and agents tracking a planning application",
        "from the day it is validated to the decision notice",
    ),
    (
        "Walkers and riders reporting a path problem",
        "a broken stile, a fallen tree or a flooded bridleway, found out on the fell",
    ),
    (
        "Ranger volunteers booking a task day",
        "choosing dates, tasks and lifts for the season ahead",
    ),
]


def s04(c: Canvas) -> None:
    title_box(c, "Who we are building for first")
    for k, (who, moment) in enumerate(PEOPLE):
        shape(
            c,
            0.4 + k * 2.33,
            1.0,
            2.15,
            1.75,
            [p(who, 1200, bold=True, color=FELL, after=400), p(moment, 1000)],
            fill=MIST,
        )
    shape(c, 0.4, 3.0, 9.2, 0.3, [p("Not in scope of this plan", 1200, bold=True)], inset=0)
    shape(
        c,
        0.4,
        3.3,
        9.2,
        1.5,
        items(
            [
                "Commercial filming and event permits",
                "Holiday-let and other tourism businesses",
                "School and group education visits",
                "Parish and town councils' own services",
            ],
            1050,
            200,
        ),
    )
    chrome(c, 4)


PILLARS = [
    (
        "Pillar 1",
        "Pay and plan before you set off",
        "Pay to park by app, buy passes online, one visitor account",
    ),
    (
        "Pillar 2",
        "Planning in the open",
        "Every live application's stage online, with an email at each step",
    ),
    (
        "Pillar 3",
        "Caring for the paths together",
        "Report a path problem from the fell; book task days online",
    ),
    ("Pillar 4", "Fewer lines, better answers", "One phone line, and help in every visitor centre"),
]


def s05(c: Canvas) -> None:
    title_box(c, "The plan on a page")
    shape(
        c,
        0.4,
        0.95,
        9.2,
        0.55,
        [
            p(
                "A park that is easy to visit, easy to care for and open to everyone",
                1500,
                bold=True,
                color=WHITE,
                algn="ctr",
            )
        ],
        fill=FELL,
        anchor="ctr",
    )
    for k, (label, name, gist) in enumerate(PILLARS):
        shape(
            c,
            0.4 + k * 2.33,
            1.7,
            2.15,
            2.1,
            [
                p(label, 900, bold=True, color=MOSS, after=200),
                p(name, 1300, bold=True, color=FELL, after=600),
                p(gist, 1000),
            ],
            fill=MIST,
            geom="roundRect",
        )
    shape(
        c,
        0.4,
        4.0,
        9.2,
        0.8,
        [
            p(
                "Underneath all four: My Thornmere (one visitor account), one set of figures in "
                "Cairn, and services built to the GDS Service Standard",
                1100,
                color=WHITE,
            )
        ],
        fill=SLATE,
        anchor="ctr",
    )
    chrome(c, 5)


def pillar(
    c: Canvas,
    n: int,
    title: str,
    goal: str,
    work: Sequence[str],
    notice: tuple[str, Sequence[str]],
    lead: str,
) -> None:
    title_ph(c, title)
    shape(c, 0.4, 0.9, 9.2, 0.5, [p(goal, 1400, bold=True, color=MOSS)], inset=0)
    body_ph(c, 0.4, 1.5, 6.1, 3.2, work, 1200, after=600)
    head, lines = notice
    shape(
        c,
        6.75,
        1.55,
        2.85,
        2.4,
        [p(head, 1100, bold=True, color=FELL, after=400)] + [p(x, 1000, after=300) for x in lines],
        fill=MIST,
    )
    shape(c, 0.4, 4.8, 9.2, 0.3, [p(lead, 1000, bold=True, color=STONE)], inset=0)
    chrome(c, n)


def s06(c: Canvas) -> None:
    pillar(
        c,
        6,
        "Pillar 1 \u00b7 Pay and plan before you set off",
        "Goal: make paying for the park seamless, wherever visitors arrive",
        [
            "Introduce pay-by-app at all 23 Authority car parks, alongside the machines",
            "Fit card readers to the 14 coin-only pay machines",
            "Sell the annual parking pass online through My Thornmere, the new visitor account",
            "Reconcile app and machine income every week in one car park income report",
        ],
        (
            "What visitors will notice",
            [
                "Pay before leaving home, or at the car park without coins.",
                "A pass renewed in two minutes, not by post.",
            ],
        ),
        "Lead: Director of Park Services",
    )


def s07(c: Canvas) -> None:
    pillar(
        c,
        7,
        "Pillar 2 \u00b7 Planning in the open",
        "Goal: every live planning application's stage shown online, updated daily, by March 2030",
        [
            "Publish each live application's stage online every night from Plancraft",
            "Email applicants and agents when their application moves to a new stage",
            "Show the case officer's name and the target decision date on every live application",
        ],
        (
            "What applicants will notice",
            [
                "No need to ring to find out where things stand.",
                "An email the day the stage changes.",
            ],
        ),
        "Lead: Head of Planning and Conservation",
    )


def s08(c: Canvas) -> None:
    pillar(
        c,
        8,
        "Pillar 3 \u00b7 Caring for the paths together",
        "Goal: 85% of path problems reported with a map location by March 2030",
        [
            "Report a path problem online, with a map pin and a photo",
            "Send each report straight to the area ranger team that looks after the path",
            "Move the volunteer rota from the spreadsheet to online booking of task days",
            "Train the 60 volunteer task leaders to run their task days from the new rota",
        ],
        (
            "What walkers and volunteers will notice",
            [
                "A reference number and a reply, not silence.",
                "A task day booked in a minute, lifts included.",
            ],
        ),
        "Leads: Head of Ranger Services, with the Access and Rights of Way Manager",
    )


def s09(c: Canvas) -> None:
    pillar(
        c,
        9,
        "Pillar 4 \u00b7 Fewer lines, better answers",
        "Goal: one phone line by October 2030; the Parking and Permits line closes",
        [
            "Move parking and pass calls to the online service and the Park Office line in "
            "stages from April 2030",
            "Train staff at the four visitor centres to help visitors use the online services",
            "Publish an accessibility statement for each new service",
            "Add the online services to the customer service charter",
        ],
        (
            "What callers will notice",
            [
                "One number to remember, answered by a person.",
                "Help at the visitor centre counter for anyone who wants it.",
            ],
        ),
        "Lead: Director of Corporate Services",
    )


KPI_ROWS = [
    ("Measure", "Baseline 2026/27", "Target", "By when"),
    ("Car park payments made by app or online", "0% (no online option)", "60%", "March 2030"),
    (
        "Annual parking passes bought through My Thornmere",
        "none (sold at centres and by post)",
        "70% of passes",
        "March 2031",
    ),
    (
        "Chasing calls about live planning applications",
        "3,050 a year",
        "under 750 a year",
        "2030/31",
    ),
    ("Path problems reported with a map location", "22%", "85%", "March 2030"),
    ("Path problems made safe within the promised time", "58%", "80%", "March 2031"),
    ("Volunteer task day places filled", "71%", "90%", "October 2030"),
    (
        "Calls to the Parking and Permits line",
        "23,900 a year",
        "none: line closed",
        "30 September 2030",
    ),
    (
        "Visitors satisfied with our online services",
        "not measured",
        "higher",
        "to be set after the first survey",
    ),
]


def s10(c: Canvas) -> None:
    title_box(c, "Measures: where we start and where we aim to be")
    table(c, 0.4, 0.95, [3.8, 2.2, 1.6, 1.6], KPI_ROWS, 900, 0.37)
    shape(
        c,
        0.4,
        4.45,
        9.2,
        0.5,
        [
            p(
                "Baselines are for 2026/27 (April 2026 to March 2027), from Cairn, Waymark and the "
                "call log. A month under 'By when' means by the end of that month.",
                800,
                italic=True,
                color=STONE,
            )
        ],
        inset=0,
    )
    chrome(c, 10)


def s11(c: Canvas) -> None:
    title_ph(c, "The first site: one valley, one account")
    shape(
        c,
        0.4,
        0.9,
        9.2,
        0.45,
        [
            p(
                "My Thornmere starts with one group: visitors to the Wrenthwaite valley car parks.",
                1400,
                bold=True,
                color=MOSS,
            )
        ],
        inset=0,
    )
    shape(
        c,
        0.4,
        1.4,
        9.2,
        0.55,
        [
            p(
                "Why there: four car parks, 610,000 parking sessions a year, our busiest visitor "
                "centre, and the longest August queues on the Parking and Permits line.",
                1050,
            )
        ],
        inset=0,
    )
    shape(c, 0.4, 2.0, 9.2, 0.3, [p("Pilot steps", 1200, bold=True, color=FELL)], inset=0)
    body_ph(
        c,
        0.4,
        2.3,
        9.2,
        2.5,
        [
            "Put a sign with a QR code on every pay machine in the four car parks",
            "Open the My Thornmere private beta to Wrenthwaite visitors in January 2029",
            "Staff a help point on the first eight weekends (the Head of Visitor Services and the "
            "Head of Ranger Services)",
            "Count sign-ups, passes sold and help-point questions every week",
            "Decide at the end of June 2029 whether to open the account at every car park",
        ],
        1100,
        num=True,
        after=300,
    )
    chrome(c, 11)


# ---------------------------------------------------------------- the swimlane roadmap

X0, X1 = 1.95, 8.55  # month 0 and month 36 on the slide
LATER_X = 8.68


def mx(month: float) -> float:
    return X0 + (X1 - X0) * month / 36


@dataclass(frozen=True)
class Lane:
    label: str
    top: float
    height: float
    boxes: tuple[tuple[str, int, int, int], ...]  # (phase, start month, end month, row)
    later: tuple[str, ...] = ()


LANES = [
    Lane(
        "Parking and permits",
        1.6,
        0.64,
        (
            ("Discovery", 0, 3, 0),
            ("Alpha", 3, 7, 0),
            ("Private beta", 7, 11, 0),
            ("Public beta", 11, 18, 0),
            ("Live", 18, 36, 0),
        ),
        ("Discovery", "lake launch permits"),
    ),
    Lane(
        "My Thornmere account (Wrenthwaite first)",
        2.28,
        0.5,
        (
            ("Discovery", 0, 4, 0),
            ("Alpha", 4, 9, 0),
            ("Private beta", 9, 15, 0),
            ("Public beta", 15, 24, 0),
            ("Live", 24, 36, 0),
        ),
        ("Discovery", "campsite pitch booking"),
    ),
    Lane(
        "Report a path problem",
        2.82,
        0.5,
        (
            ("Discovery", 3, 6, 0),
            ("Alpha", 6, 10, 0),
            ("Private beta", 10, 15, 0),
            ("Public beta", 15, 21, 0),
            ("Live", 21, 36, 0),
        ),
    ),
    Lane(
        "Volunteer rota",
        3.36,
        0.72,
        (
            ("Discovery", 9, 12, 0),
            ("Alpha", 12, 17, 0),
            ("Private beta", 15, 19, 1),
            ("Public beta", 19, 25, 0),
            ("Live", 25, 36, 0),
        ),
        ("Alpha", "group bookings for schools"),
    ),
    Lane(
        "Track a planning application",
        4.12,
        0.5,
        (
            ("Discovery", 12, 15, 0),
            ("Alpha", 15, 20, 0),
            ("Private beta", 20, 25, 0),
            ("Public beta", 25, 30, 0),
            ("Live", 30, 36, 0),
        ),
    ),
]
FILLS = {
    "Discovery": "D9E4D0",
    "Alpha": "B9CFA8",
    "Private beta": "8FB07A",
    "Public beta": MOSS,
    "Live": FELL,
}


def s12(c: Canvas) -> None:
    title_box(c, "Three plan years, five services")
    for k, (year, phase) in enumerate(
        [
            ("Year 1 2028/29", "Year 1: learn"),
            ("Year 2 2029/30", "Year 2: build out"),
            ("Year 3 2030/31", "Year 3: retire the old"),
        ]
    ):
        x = mx(12 * k)
        shape(
            c,
            x,
            0.95,
            mx(12) - X0 - 0.04,
            0.3,
            [p(year, 1000, bold=True, color=WHITE, algn="ctr")],
            fill=FELL,
            anchor="ctr",
            inset=0,
        )
        shape(
            c,
            x,
            1.27,
            mx(12) - X0 - 0.04,
            0.25,
            [p(phase, 850, italic=True, color=FELL, algn="ctr")],
            inset=0,
        )
    shape(
        c,
        LATER_X,
        0.95,
        1.05,
        0.3,
        [p("Later (2031+)", 900, bold=True, color=WHITE, algn="ctr")],
        fill=LATER,
        anchor="ctr",
        inset=0,
    )
    rule(c, LATER_X - 0.065, 0.95, LATER_X - 0.065, 4.66)
    for k, lane in enumerate(LANES):
        if k % 2 == 0:
            shape(c, 0.3, lane.top, 9.45, lane.height, fill="F6F8F4")
        shape(
            c,
            0.3,
            lane.top,
            1.6,
            lane.height,
            [p(lane.label, 900, bold=True, color=INK)],
            anchor="ctr",
            inset=45720,
        )
        for phase, start, end, row in lane.boxes:
            y = lane.top + 0.07 + row * 0.32
            color = WHITE if phase in {"Public beta", "Live"} else INK
            shape(
                c,
                mx(start) + 0.01,
                y,
                mx(end) - mx(start) - 0.02,
                0.28,
                [p(phase, 700, bold=True, color=color, algn="ctr")],
                fill=FILLS[phase],
                geom="roundRect",
                anchor="ctr",
                inset=18288,
            )
            if phase == "Public beta":
                shape(c, mx(start) - 0.07, y - 0.06, 0.14, 0.14, fill=GORSE, geom="diamond")
        if lane.later:
            shape(
                c,
                LATER_X,
                lane.top + 0.06,
                1.05,
                0.36,
                [
                    p(lane.later[0], 700, bold=True, color=INK, algn="ctr"),
                    p(lane.later[1], 650, italic=True, color=INK, algn="ctr"),
                ],
                fill="E4E5E1",
                line=LATER,
                geom="roundRect",
                anchor="ctr",
                inset=18288,
            )
    park = LANES[0]
    shape(
        c,
        mx(30) - 1.5,
        park.top + 0.39,
        1.5,
        0.2,
        [p("Parking and Permits line closes", 650, bold=True, color=INK, algn="ctr")],
        fill=SAND,
        geom="homePlate",
        anchor="ctr",
        inset=0,
    )
    shape(c, 0.4, 4.77, 0.14, 0.14, fill=GORSE, geom="diamond")
    shape(
        c,
        0.6,
        4.72,
        4.6,
        0.25,
        [p("Gate: pass a service assessment before public beta", 850, color=INK)],
        inset=0,
    )
    shape(
        c,
        5.3,
        4.72,
        4.4,
        0.25,
        [
            p(
                "Later (2031+) is not part of this plan and is not funded by it",
                850,
                italic=True,
                color=STONE,
            )
        ],
        inset=0,
    )
    chrome(c, 12)


SERVICE_DATES = [
    "Parking and permits: discovery April to June 2028; alpha July to October 2028; private "
    "beta November 2028 to February 2029; public beta March to September 2029; live from "
    "October 2029. The Parking and Permits line closes on 30 September 2030.",
    "My Thornmere account: discovery April to July 2028; alpha August to December 2028; private "
    "beta January to June 2029, Wrenthwaite only; public beta July 2029 to March 2030; live from "
    "April 2030.",
    "Report a path problem: discovery July to September 2028; alpha October 2028 to January "
    "2029; private beta February to June 2029; public beta July to December 2029; live from "
    "January 2030.",
    "Volunteer rota: discovery January to March 2029; alpha April to August 2029; private beta "
    "July to October 2029; public beta November 2029 to April 2030; live from May 2030.",
    "Track a planning application: discovery April to June 2029; alpha July to November 2029; "
    "private beta December 2029 to April 2030; public beta May to September 2030; live from "
    "October 2030.",
]


def s13(c: Canvas) -> None:
    title_ph(c, "Service by service: the months")
    shape(
        c,
        0.4,
        0.88,
        9.2,
        0.32,
        [
            p(
                "This plan covers 2028 to 2031: three plan years from 1 April 2028.",
                1200,
                bold=True,
                color=MOSS,
            )
        ],
        inset=0,
    )
    body_ph(c, 0.4, 1.22, 9.2, 2.55, SERVICE_DATES, 950, after=300)
    shape(
        c,
        0.4,
        3.82,
        9.2,
        0.78,
        [
            p("Why two phases overlap", 1000, bold=True, color=FELL, after=100),
            p(
                "The volunteer rota's alpha and private beta run side by side in July and August "
                "2029. Summer is the only time enough volunteers are out on task days to test "
                "with, so two task teams start the private beta while the last alpha round is "
                "still testing the booking screens.",
                900,
            ),
        ],
        fill=MIST,
    )
    shape(
        c,
        0.4,
        4.72,
        9.2,
        0.3,
        [
            p(
                "No new service goes live in July or August, the park's busiest months.",
                950,
                italic=True,
                color=STONE,
            )
        ],
        inset=0,
    )
    chrome(c, 13)


def s14(c: Canvas) -> None:
    title_ph(c, "Fit for the fell: what 'ready' means")
    shape(
        c,
        0.4,
        0.88,
        9.2,
        0.32,
        [
            p(
                "A service moves to public beta only when it meets every line below.",
                1200,
                bold=True,
                color=MOSS,
            )
        ],
        inset=0,
    )
    body_ph(
        c,
        0.4,
        1.25,
        9.2,
        3.8,
        [
            "Parking and permits: service assessment passed by the end of February 2029; card "
            "and app payments reconcile to the penny for four weeks running",
            "My Thornmere: service assessment passed by the end of June 2029; 2,000 Wrenthwaite "
            "visitors signed up in private beta",
            "Report a path problem: service assessment passed by the end of June 2029; every "
            "report reaches its area ranger team within one working day",
            "Volunteer rota: service assessment passed by the end of October 2029; both test "
            "teams booked only through the new rota for eight weeks",
            "Track a planning application: service assessment passed by the end of April 2030; "
            "stages online match Plancraft every morning",
            "Every service: an accessibility audit against WCAG 2.2 AA before public beta",
            "Every service: a data protection impact assessment, following ICO guidance, signed "
            "off by the Data Protection Officer",
        ],
        1000,
        after=300,
    )
    chrome(c, 14)


RISK_ROWS = [
    ("Risk", "Likelihood", "What we will do"),
    (
        "No mobile signal at two of the four car parks in Wrenthwaite",
        "High",
        "Keep a card reader on every pay machine there, and show the app code on signs at the "
        "valley entrance",
    ),
    (
        "ParkTill support ends in March 2030 and cannot be extended",
        "Certain",
        "Procure the replacement car park payment system by December 2029",
    ),
    (
        "Volunteers without a smartphone stop booking task days",
        "Medium",
        "Keep booking by phone through the volunteer office for the whole plan",
    ),
    (
        "Changes to the phone team's duties are not agreed in time",
        "Medium",
        "Open consultation with the UNISON branch in May 2028, well before the line closes",
    ),
    (
        "Plancraft cannot publish stages to the website itself",
        "High",
        "Send a nightly export from Plancraft into Cairn and publish the stages from there",
    ),
    (
        "New signs in the valley need Natural England's assent",
        "Low",
        "Place every new sign inside the car parks, outside the SSSI boundary",
    ),
]


def s15(c: Canvas) -> None:
    title_box(c, "What could blow us off the fell")
    table(c, 0.4, 0.95, [3.3, 1.1, 4.8], RISK_ROWS, 900, 0.5)
    chrome(c, 15)


def s16(c: Canvas) -> None:
    title_ph(c, "Lacing the boots: the first 90 days")
    shape(
        c,
        0.4,
        0.88,
        9.2,
        0.32,
        [p("1 April to 30 June 2028", 1200, bold=True, color=MOSS)],
        inset=0,
    )
    body_ph(
        c,
        0.4,
        1.25,
        9.2,
        3.7,
        [
            "Appoint the delivery partner for discovery on parking and permits and on My "
            "Thornmere (Digital Programme Manager)",
            "Baseline every measure in Cairn and publish the first monthly dashboard (Data and "
            "Insight Officer)",
            "Clean the volunteer list: one record per volunteer, with skills and certificates "
            "(Volunteer Manager)",
            "Ask the Local Access Forum how path problems should be prioritised (Access and "
            "Rights of Way Manager)",
            "Count the reason for every call to both lines for four weeks (Customer Services "
            "Manager)",
        ],
        1100,
        num=True,
        after=500,
    )
    chrome(c, 16)


def s17(c: Canvas) -> None:
    title_ph(c, "What changes on Monday")
    body_ph(
        c,
        0.4,
        1.0,
        9.2,
        3.0,
        [
            "Area offices send their paper path reports to the rights of way team every Monday, "
            "not once a month",
            "Planning support logs every chasing call against its application in Plancraft",
            "Visitor centre staff note each visitor who asks to pay or buy a pass online",
        ],
        1300,
        after=900,
    )
    shape(
        c,
        0.4,
        4.3,
        9.2,
        0.35,
        [p("None of these needs new money or a new system.", 1100, italic=True, color=STONE)],
        inset=0,
    )
    chrome(c, 17)


def s18(c: Canvas) -> None:
    title_ph(c, "Who decides")
    body_ph(
        c,
        0.4,
        0.95,
        9.2,
        3.9,
        [
            "Sponsor: the Chief Executive, who chairs the Digital Services Board",
            "The Board meets monthly and decides each service's move to public beta on the "
            "Digital Programme Manager's gate report",
            "It reports to the Authority's Performance and Resources Committee every quarter",
            "Members: the Directors of Park Services and Corporate Services, the Head of Planning "
            "and Conservation and the Head of Digital and ICT",
            "Each service has one service owner, named in the Authority's Who's who",
            "Consulted, never deciding: the UNISON branch on staff duties; the Local Access Forum "
            "on rights of way reporting",
        ],
        1150,
        after=500,
    )
    chrome(c, 18)


def s19(c: Canvas) -> None:
    title_ph(c, "What we ask of the Authority today")
    body_ph(
        c,
        0.4,
        0.95,
        9.2,
        3.9,
        [
            "Approve Paths to the Park, our Digital Services Plan 2028-2031",
            "Release \u00a3640,000 of the capital allowance for Year 1",
            "Agree Wrenthwaite as the first site for My Thornmere",
            "Agree in principle to close the Parking and Permits line on 30 September 2030, "
            "subject to the Year 2 review",
            "Delegate each service's public beta decision to the Digital Services Board",
        ],
        1300,
        num=True,
        after=700,
    )
    chrome(c, 19)


def s20(c: Canvas) -> None:
    shape(c, 0.0, 0.0, 10.0, 5.625, fill=FELL)
    shape(
        c,
        0.6,
        1.3,
        8.8,
        0.6,
        [p("By 31 March 2031, the end of 2030/31", 2800, bold=True, color=WHITE)],
        inset=0,
    )
    shape(
        c,
        0.6,
        2.0,
        8.8,
        1.0,
        [
            p(
                "Five services live, one phone line, one visitor account, and a park that is "
                "easier to visit and to care for.",
                1600,
                color=WHITE,
            )
        ],
        inset=0,
    )
    shape(
        c,
        0.6,
        3.6,
        8.8,
        0.3,
        [p("Questions: Director of Corporate Services", 1100, color=WHITE)],
        inset=0,
    )
    shape(c, 9.0, 5.3, 0.6, 0.22, [p("20", 700, color=WHITE, algn="r")], inset=0)


@dataclass(frozen=True)
class Spec:
    draw: Callable[[Canvas], None]
    layout: str
    page_id: str
    notes: str = ""


SLIDES = [
    Spec(s01, "TITLE", "p1"),
    Spec(
        s02,
        "TITLE_AND_BODY",
        "p2",
        "The 4.3 million is the 2026/27 visitor model estimate, not a head count.\n"
        "In 2019 the Authority resolved to take half of all parking payments by card by 2022. "
        "It reached 31%, and the resolution lapsed with the old car park contract: history, "
        "not a target of this plan.",
    ),
    Spec(s03, "TITLE_AND_BODY", "p3"),
    Spec(
        s04,
        "BLANK",
        "g2d4f81a0c3b7_0_5",
        "Together these four groups made 63% of the calls to our two lines in 2026/27.\n"
        "Businesses and schools have officers who deal with them directly, so we do not design "
        "for them first.",
    ),
    Spec(s05, "BLANK", "g2d4f81a0c3b7_0_19"),
    Spec(s06, "TITLE_AND_BODY", "p6"),
    Spec(s07, "TITLE_AND_BODY", "p7"),
    Spec(s08, "TITLE_AND_BODY", "p8"),
    Spec(s09, "TITLE_AND_BODY", "p9"),
    Spec(
        s10,
        "BLANK",
        "g31a9e06b5d22_0_4",
        "We have never asked visitors about our online services, so the satisfaction target is "
        "set once the summer 2028 survey gives a first reading.\n"
        "Promised time: a danger made safe within 10 working days, anything else within three "
        "months.",
    ),
    Spec(s11, "TITLE_AND_BODY", "p11"),
    Spec(
        s12,
        "BLANK",
        "g31a9e06b5d22_0_27",
        "The Later column holds what visitors have asked for that this plan does not fund; it "
        "starts after March 2031.\n"
        "The months behind each box are on the next slide, and the date of each gate is in the "
        "acceptance criteria after it.",
    ),
    Spec(s13, "TITLE_AND_BODY", "p13"),
    Spec(s14, "TITLE_AND_BODY", "p14"),
    Spec(s15, "BLANK", "g31a9e06b5d22_0_52"),
    Spec(
        s16,
        "TITLE_AND_BODY",
        "p16",
        "Each owner reports to the Digital Programme Manager every fortnight; the Digital "
        "Services Board reviews the whole list at its July meeting.",
    ),
    Spec(s17, "TITLE_AND_BODY", "p17"),
    Spec(s18, "TITLE_AND_BODY", "p18"),
    Spec(s19, "TITLE_AND_BODY", "p19"),
    Spec(s20, "BLANK", "p20"),
]


# =========================================================================== the package


def _as_google_exports(parts: dict[str, bytes]) -> dict[str, bytes]:
    """Drop what Google's export never carries (``docProps``, printer settings, thumbnail) with
    their relationships and content types, and call the theme by Google's name."""
    out = {
        name: body
        for name, body in parts.items()
        if not name.startswith(("docProps/", "ppt/printerSettings/"))
    }
    rels = out["_rels/.rels"].decode("utf-8")
    out["_rels/.rels"] = re.sub(r'<Relationship Id="rId[2-9]"[^>]*/>', "", rels).encode("utf-8")
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
        if layout.name not in RENAMED:
            prs.slide_layouts.remove(layout)
    for layout in prs.slide_layouts:
        layout._element.cSld.set("name", RENAMED[layout.name])
    layouts = {layout.name: layout for layout in prs.slide_layouts}
    counter = [60]
    for spec in SLIDES:
        slide = prs.slides.add_slide(layouts[spec.layout])
        tree = slide.shapes._spTree
        for ph in list(slide.placeholders):
            tree.remove(ph._element)
        canvas = Canvas(spec.page_id, counter)
        spec.draw(canvas)
        for xml in canvas.shapes:
            tree.append(etree.fromstring(xml))
    for spec, slide in zip(SLIDES, prs.slides, strict=True):
        notes = slide.notes_slide
        if spec.notes:
            notes.notes_text_frame.text = spec.notes
        for sh in notes.shapes:
            counter[0] += 1
            cnv = sh._element.find(f"./*/{{{NS_P}}}cNvPr")
            cnv.set("id", str(counter[0]))
            cnv.set("name", f"Google Shape;{counter[0]};{spec.page_id}:notes")
    for sh in prs.notes_master.shapes:
        counter[0] += 1
        cnv = sh._element.find(f"./*/{{{NS_P}}}cNvPr")
        cnv.set("id", str(counter[0]))
        cnv.set("name", f"Google Shape;{counter[0]};n:notes")
    buffer = io.BytesIO()
    prs.save(buffer)
    src = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    parts = _as_google_exports({i.filename: src.read(i.filename) for i in src.infolist()})
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in sorted(parts):
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, parts[name])
    return out.getvalue()


# =========================================================================== the org folder

INTRANET = "https://fellside.thornmere-npa.org.uk"
NAV = [
    ("Home", "/"),
    ("News", "/news/"),
    ("Who's who", "/people/whos-who/"),
    ("Policies & forms", "/policies/"),
    ("IT help", "/it/"),
    ("Paths to the Park", "/projects/paths-to-the-park/"),
    ("Health & safety", "/safety/"),
]
CONSULTED = "Bodies the Authority consults"
NOT_A_POST = "Not an Authority post"
ACTIVE = ' class="active"'

TEAMS: list[tuple[str, str, list[tuple[str, str, str, str]]]] = [
    (
        "chief-executive",
        "Chief Executive's Office",
        [
            (
                "Chief Executive",
                "Chief Executive's Office",
                "The Authority (members)",
                "Leads the Authority's staff and advises members. Sponsor of Paths to the Park "
                "and chair of the Digital Services Board: signs off each service's move to "
                "public beta, the release of capital and any change to the phone lines.",
            ),
            (
                "Digital Programme Manager",
                "Chief Executive's Office",
                "Chief Executive",
                "Runs the Paths to the Park programme office: the plan, the risk log, the "
                "fortnightly progress report and the gate report to each Digital Services "
                "Board. Books and prepares each service assessment against the GDS Service "
                "Standard, and manages the external delivery partner.",
            ),
            (
                "Head of Communications and Engagement",
                "Chief Executive's Office",
                "Chief Executive",
                "Press, social media and campaigns; public consultations; the visitor "
                "newsletter; telling the public when each new online service opens.",
            ),
        ],
    ),
    (
        "visitor-services",
        "Visitor Services",
        [
            (
                "Director of Park Services",
                "Park Services",
                "Chief Executive",
                "Leads visitor services, ranger services and access. Member of the Digital "
                "Services Board.",
            ),
            (
                "Head of Visitor Services",
                "Visitor Services",
                "Director of Park Services",
                "The four visitor centres (Scarrow, Wrenthwaite, Hobdale Head and Ellerby "
                "Bridge), their staff and their shop sales; visitor information and the "
                "visitor survey; service owner for My Thornmere. Help for visitors who need "
                "it: see the customer service charter, section 4.",
            ),
            (
                "Car Parks and Income Manager",
                "Visitor Services",
                "Head of Visitor Services",
                "The Authority's 23 car parks, their pay machines, tariffs, signs and cash "
                "collection; the annual parking pass; service owner for parking and permits. "
                "Owns the car park income data in ParkTill and signs off the income "
                "reconciliation.",
            ),
            (
                "Customer Services Manager",
                "Visitor Services",
                "Head of Visitor Services",
                "The phone team of twelve and the enquiries mailbox; see the customer service "
                "charter, section 2.",
            ),
        ],
    ),
    (
        "ranger-services",
        "Ranger Services and Access",
        [
            (
                "Head of Ranger Services",
                "Ranger Services",
                "Director of Park Services",
                "The three area ranger teams (North, Central and South) and their practical "
                "work on paths, walls and woodland; ranger safety and vehicles; rangers' "
                "tickets and certificates (chainsaw, first aid, quad bike).",
            ),
            (
                "Volunteer Development Manager",
                "Ranger Services",
                "Head of Ranger Services",
                "Recruits, inducts and supports the 420 ranger volunteers; keeps the volunteer "
                "rota and volunteer records; service owner for the volunteer rota; runs the "
                "Volunteer Task Leader certificate and trains the task leaders who hold it.",
            ),
            (
                "Access and Rights of Way Manager",
                "Access",
                "Head of Ranger Services",
                "The definitive map and statement and the 2,100 km of public rights of way; the "
                "path problem log in Waymark, how reports are prioritised and the time we "
                "promise to make a path safe; service owner for reporting a path problem. "
                "Secretary to the Local Access Forum.",
            ),
        ],
    ),
    (
        "planning",
        "Planning and Conservation",
        [
            (
                "Head of Planning and Conservation",
                "Planning and Conservation",
                "Chief Executive",
                "Planning decisions and the scheme of delegation, enforcement, conservation "
                "areas and listed buildings, and the Local Plan. Member of the Digital "
                "Services Board.",
            ),
            (
                "Planning Support Team Leader",
                "Planning and Conservation",
                "Head of Planning and Conservation",
                "Validating and registering applications; the planning register and every case "
                "record in Plancraft; the weekly list; answering applicants and agents who ask "
                "how their application is progressing; service owner for tracking a planning "
                "application.",
            ),
        ],
    ),
    (
        "corporate-services",
        "Corporate Services",
        [
            (
                "Director of Corporate Services",
                "Corporate Services",
                "Chief Executive",
                "Finance, digital and ICT, people, information governance and the Authority's "
                "committees. Senior information risk owner. Vice-chair of the Digital Services "
                "Board.",
            ),
            (
                "Head of Digital and ICT",
                "Digital and ICT",
                "Director of Corporate Services",
                "The network, devices, systems and supplier contracts; the website platform; "
                "the Cairn data warehouse and its feeds; integrations between systems; cyber "
                "security.",
            ),
            (
                "Digital Content Officer",
                "Digital and ICT",
                "Head of Digital and ICT",
                "Everything published on the website: service pages, plain English, "
                "accessibility testing against WCAG and the accessibility statement for each "
                "online service.",
            ),
            (
                "Data and Insight Officer",
                "Digital and ICT",
                "Head of Digital and ICT",
                "Power BI reports and dashboards built on Cairn; the measure definitions and "
                "their baselines; the monthly performance report to the Performance and "
                "Resources Committee.",
            ),
            (
                "Head of Finance",
                "Finance",
                "Director of Corporate Services",
                "Budgets, the Defra grant, capital, procurement rules and the annual accounts.",
            ),
            (
                "HR and Learning Manager",
                "People",
                "Director of Corporate Services",
                "Recruitment, pay, employee relations and consultation with the UNISON branch; "
                "corporate and mandatory training (induction, health and safety, data "
                "protection) on Fellskills, the Authority's learning system. Skills particular "
                "to one service are arranged by that service.",
            ),
            (
                "Data Protection Officer",
                "Information Governance",
                "Director of Corporate Services",
                "Data protection advice, data protection impact assessments, the Authority's "
                "registration with the ICO, subject access requests and breach reporting.",
            ),
        ],
    ),
    (
        "consulted",
        CONSULTED,
        [
            (
                "UNISON Branch Secretary",
                "UNISON Thornmere Branch",
                NOT_A_POST,
                "Represents staff. Consulted on any change to staff duties, hours or posts: see "
                "the branch agreement.",
            ),
            (
                "Local Access Forum Chair",
                "Thornmere Local Access Forum",
                NOT_A_POST,
                "Chairs the statutory forum that advises the Authority on public access. "
                "Consulted on rights of way priorities and on how path problems are reported.",
            ),
        ],
    ),
]


def _h(text: str) -> str:
    """Text as the intranet editor saves it: ampersands and apostrophes as entities."""
    return escape(text).replace("'", "&#39;")


def build_whos_who() -> str:
    nav = "\n".join(
        f"      <li{ACTIVE if href == '/people/whos-who/' else ''}>"
        f'<a href="{INTRANET}{href}">{_h(label)}</a></li>'
        for label, href in NAV
    )
    toc = "\n".join(
        f'      <li><a href="#{anchor}">{_h(name)}</a></li>' for anchor, name, _ in TEAMS
    )
    sections = []
    for anchor, name, rows in TEAMS:
        intro = (
            '    <p class="section-note">These are not Authority posts. The Authority consults '
            "them before it decides; they lead no Authority work.</p>\n"
            if name == CONSULTED
            else ""
        )
        body = "\n".join(
            "        <tr>" + "".join(f"<td>{_h(cell)}</td>" for cell in row) + "</tr>"
            for row in rows
        )
        sections.append(
            f'  <section id="{anchor}">\n'
            f"    <h2>{_h(name)}</h2>\n"
            f"{intro}"
            f'    <table class="people">\n'
            f"      <thead>\n"
            f"        <tr><th>Post</th><th>Team</th><th>Reports to</th><th>Responsible for</th></tr>\n"
            f"      </thead>\n"
            f"      <tbody>\n{body}\n      </tbody>\n"
            f"    </table>\n"
            f"  </section>"
        )
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en-GB">\n'
        "<head>\n"
        '<meta charset="utf-8">\n'
        "<title>Who&#39;s who &middot; Fellside, the Thornmere National Park Authority intranet</title>\n"
        f'<link rel="stylesheet" href="{INTRANET}/static/fellside.css">\n'
        "</head>\n"
        "<body>\n"
        '<header class="banner"><span class="brand">Fellside</span> '
        '<span class="strap">Thornmere National Park Authority &middot; staff intranet</span></header>\n'
        '<nav class="topnav" aria-label="Main menu">\n'
        "    <ul>\n"
        f"{nav}\n"
        "    </ul>\n"
        "</nav>\n"
        "<main>\n"
        "  <h1>Who&#39;s who</h1>\n"
        '  <p class="intro">Our posts team by team: who each post reports to and what it is '
        "responsible for. Where a post&#39;s remit is written down in another Authority "
        "document, the table points to it.</p>\n"
        '  <nav class="contents" aria-label="On this page">\n'
        "    <ul>\n"
        f"{toc}\n"
        "    </ul>\n"
        "  </nav>\n" + "\n".join(sections) + "\n"
        "</main>\n"
        "<footer>Page owner: HR and Learning Manager &middot; last reviewed 6 March 2028</footer>\n"
        "</body>\n"
        "</html>\n"
    )


CHARTER = """
# Customer service charter (extract)

Thornmere National Park Authority. Adopted by the Authority in July 2023; next review due in
July 2028.

## 1. Our promise

We will be friendly, clear and quick, whoever you are and however you contact us.

## 2. Who keeps this charter

The Customer Services Manager keeps this charter, reports to the Director of Park Services
each quarter on how well we keep it, and proposes any change to it. The Customer Services
Manager also runs both public phone lines and decides how calls are routed between them.

## 3. Phone and email

- The Park Office line is open from 8am to 6pm every day of the year except Christmas Day.
- The Parking and Permits line is open from 8am to 8pm between Easter and the end of October,
  and from 9am to 5pm in winter.
- We answer nine in ten calls within two minutes and every email within three working days.

## 4. Help for visitors who need it

Staff at our four visitor centres help anyone who asks, in person, including help to use our
website, to pay or to book. The Head of Visitor Services leads this help and arranges the
Welcome Host course that every visitor centre adviser completes in their first year.

## 5. What this charter covers

This charter only covers the phone lines and the visitor centres; it sets no standard yet for
our services online.
"""

BOARD = """
# Digital Services Board: terms of reference

Approved by the Chief Executive on 12 February 2028.

## Purpose

To steer Paths to the Park, the Authority's digital services plan, and to decide when each
new service is ready for the public.

## Chair and sponsor

The Chief Executive chairs the Board and is the sponsor of the plan. The Director of
Corporate Services is vice-chair.

## Members

- Director of Park Services
- Director of Corporate Services
- Head of Planning and Conservation
- Head of Digital and ICT

The Digital Programme Manager is the Board's secretary and writes the gate report for every
decision it takes.

## What the Board decides

- Whether a service moves from private beta to public beta, after its service assessment
  against the GDS Service Standard.
- The release of each year's capital, once the Authority has approved the year's budget.
- What to recommend to the Authority about its phone lines.

## Who else it hears

The UNISON Branch Secretary and the Local Access Forum Chair are invited to the items that
concern them. They speak and are minuted; the members decide.

## Meetings and reporting

The Board meets on the first Tuesday of each month. It reports to the Performance and
Resources Committee every quarter.
"""

UNISON = """
THORNMERE NATIONAL PARK AUTHORITY and UNISON THORNMERE BRANCH
Recognition and consultation agreement (extract)
Signed 14 June 2021

3. Recognition

3.1 The Authority recognises UNISON for collective bargaining for all staff below director
grade.

4. Consultation

4.1 The Authority consults the branch on any change to staff duties, hours, place of work or
posts.

4.2 A change to the duties of ten or more staff cannot take effect until the branch has had 60
days to respond in writing.

4.3 The branch's part is to be consulted and to represent its members; the Authority's
managers lead the work.
"""

FORUM = """
# Thornmere Local Access Forum: terms of reference (extract)

The Forum was set up by the Authority under section 94 of the Countryside and Rights of Way
Act 2000. It advises the Authority, Natural England and others on improving public access to
land in the park for open-air recreation.

## Members

Up to 18 volunteer members: landowners and farmers, walkers, riders, cyclists and people with
limited mobility. Members elect the chair each year. The Access and Rights of Way Manager is
the Forum's secretary.

## How the Authority works with the Forum

- The Authority must consult the Forum before it changes how path problems are reported,
  prioritised or published.
- The Forum gives advice; decisions, and the work that follows them, rest with the Authority
  and its officers.

## Meetings

Four a year, held in public.
"""

SYSTEMS = """
# Systems and data register

Kept by the Head of Digital and ICT. Reviewed February 2028. One entry for each system that
holds visitor, customer or casework data.

## ParkTill (car park payments)

- The back office for the pay machines in our 23 car parks: tariffs, takings and machine
  alarms. Business owner: Car Parks and Income Manager. Contract and support: Head of Digital
  and ICT.
- Card payment runs only at the nine largest car parks; the other 14 machines take coins only.
- Loads into Cairn every night.

## Plancraft (planning casework)

- Every planning application from validation to decision, with its documents and consultee
  replies. Business owner: Planning Support Team Leader.
- Plancraft has no public access module: the public sees a PDF weekly list on our website,
  posted every Friday.

## Waymark (rights of way)

- The definitive map, the 2,100 km path network, stiles, gates and bridges, and the path
  problem log. Business owner: Access and Rights of Way Manager.
- Path problems reported to rangers or by post are kept on paper at the three area offices and
  typed into Waymark once a month.
- Loads into Cairn once a month.

## Volunteer rota

- The volunteer rota relies on a spreadsheet kept by the volunteer office and emailed to
  volunteers each week, with their certificates on a tab of the same workbook.

## Callpoint (telephony)

- Both public phone lines and the phone team's queues. Business owner: Customer Services
  Manager. Call counts load into Cairn every night.

## Fellweb (website)

- Content: Digital Content Officer. Platform and hosting: Head of Digital and ICT.

## Cairn (data warehouse) and Power BI

- Cairn is our data warehouse, run by the Head of Digital and ICT. The Data and Insight
  Officer builds the Authority's reports and dashboards on it in Power BI.

## Fellskills (learning)

- The Authority's learning system for corporate and mandatory courses, run by the HR and
  Learning Manager.

## Data protection

- Every system above is in our record of processing. The Authority is registered with the
  ICO, and the Data Protection Officer advises on each new use of personal data.
"""

MEASURES = [
    ("Measure", "Definition", "Owner", "Baseline 2026/27", "Source"),
    (
        "Car park payments made by app or online",
        "Paid parking sessions paid by app or online, as a share of all paid sessions.",
        "Car Parks and Income Manager",
        "0%",
        "ParkTill, through Cairn",
    ),
    (
        "Annual parking passes bought through My Thornmere",
        "Annual parking passes sold through the visitor account, as a share of all passes sold.",
        "Car Parks and Income Manager",
        "0% (sold at visitor centres and by post)",
        "ParkTill, through Cairn",
    ),
    (
        "Chasing calls about live planning applications",
        "Calls and emails from applicants or agents asking how a live application is progressing.",
        "Planning Support Team Leader",
        "3,050",
        "Planning support enquiry log",
    ),
    (
        "Path problems reported with a map location",
        "Path problems logged with a grid reference or map pin, as a share of all logged.",
        "Access and Rights of Way Manager",
        "22%",
        "Waymark, through Cairn",
    ),
    (
        "Path problems made safe within the promised time",
        "Problems made safe within 10 working days for a danger and three months for the rest.",
        "Access and Rights of Way Manager",
        "58%",
        "Waymark, through Cairn",
    ),
    (
        "Volunteer task day places filled",
        "Places booked on task days, as a share of places offered, April to October.",
        "Volunteer Development Manager",
        "71%",
        "Volunteer rota",
    ),
    (
        "Calls to the Parking and Permits line",
        "Calls answered on the Parking and Permits line in the year.",
        "Customer Services Manager",
        "23,900",
        "Callpoint, through Cairn",
    ),
    (
        "Visitors satisfied with our online services",
        "Visitor survey respondents who say our online services were easy to use.",
        "Head of Visitor Services",
        "Not yet measured: the summer 2028 visitor survey asks it for the first time.",
        "Visitor survey",
    ),
]

VALLEY = """
Wrenthwaite valley: car parks and visitors
Note for the digital team from the Car Parks and Income Manager, 9 February 2028

The valley has four Authority car parks: Wrenthwaite Village (180 spaces), Gillfoot (95),
Scarth Crag (60) and Blake Tarn (140). Together they took 610,000 parking sessions in
2026/27, a quarter of all paid sessions in the park.

There is no mobile signal at Scarth Crag and Blake Tarn car parks, so visitors there pay at
the machine.

The Wrenthwaite visitor centre, beside the Village car park, has free public wi-fi and is
open every day from Easter to the end of October. On August weekends all four car parks are
full by 10am.

The valley floor is part of the Wrenthwaite Fells SSSI, notified by Natural England. The four
car parks lie outside it.

The Central area ranger team works from the Gillfoot depot.
"""

EMAIL = """
From: Head of Digital and ICT
To: Digital Programme Manager
Cc: Car Parks and Income Manager
Date: Tue, 15 Feb 2028 09:42
Subject: ParkTill contract and the weekly income report

Hi both,

Procurement have confirmed it: the ParkTill contract ends on 31 March 2030 and cannot be
extended under our contract standing orders. The replacement needs to be bought during
2029/30, so please put it on the Year 2 plan.

Better news on reporting. Cairn already loads ParkTill every night, so once the app
provider's feed is in Cairn the weekly income report can be a Power BI page, signed off each
week by the Car Parks and Income Manager as now.

Regards,
Head of Digital and ICT
"""

ORG_TEXT = {
    "org/people/customer-service-charter-extract.md": CHARTER,
    "org/governance/digital-services-board-terms-of-reference.md": BOARD,
    "org/governance/unison-branch-agreement-extract.txt": UNISON,
    "org/governance/local-access-forum-terms-of-reference.md": FORUM,
    "org/systems/systems-and-data-register.md": SYSTEMS,
    "org/context/wrenthwaite-valley-car-parks-note.txt": VALLEY,
    "org/context/email-2028-02-15-parktill-contract.txt": EMAIL,
}


def measures_tsv() -> str:
    return "".join("\t".join(row) + "\n" for row in MEASURES)


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
        "org/people/whos-who.html": build_whos_who(),
        "org/measures/service-measures-2026-27.tsv": measures_tsv(),
    }
    files.update(ORG_TEXT)
    for rel, body in files.items():
        write(root / rel, body)


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
