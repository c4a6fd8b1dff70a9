"""Build the dev35 case ``warehouse-automation``: its deck and its org folder, deterministically.

Run from the repository root with the project's venv (python-pptx, python-docx, lxml):

    .venv/bin/python evals/dev35/build_warehouse_automation.py [out]

Writes, under ``evals/dev35/warehouse-automation/`` (or ``<out>/warehouse-automation/``):

- ``Picking Up Pace - Board 14 March 2028.pptx``: Brindlecoe Logistics' warehouse automation
  and workforce plan (a third-party logistics company with five warehouses), a deck made in
  APPLE KEYNOTE and exported to PowerPoint, with what that export carries: the 1920 x 1080 pt
  canvas (24384000 x 13716000 EMU), ``docProps/app.xml`` naming Keynote, slide layouts named
  as Keynote names its masters ("Title & Subtitle", "Title & Bullets", "Title Only",
  "Section", "Blank"), NO placeholder on any slide (every title and body is a free text box,
  ``txBox="1"``), shapes named "Text N", "Shape N", "Group N", "Table N" and "Line N" in the
  order they were drawn, Helvetica Neue on every run with its size, explicit 50800 EMU
  insets, typed bullets and typed numbers, presenter notes on three slides. The roadmap is
  drawn as shapes: a T0..T+18 axis of text boxes, three wave bars in a group, four workstream
  bars that overlap the waves and each other, two gate diamonds without dates, a shaded peak
  freeze and a "Later (not funded)" lane right of the axis.
- ``org/``: the HR system's establishment report as CSV (a report line above the header, a
  Reports To column, one vacant post, two elected representatives), the Automation Steering
  Group's terms of reference, the works council agreement extract (DOCX), the Health and
  Safety Committee's constitution (text), the systems and data register (Markdown), the
  operational measures (TSV), the Halberd Home contract schedule extract, the peak trading
  change freeze policy, a note on agency labour and an email from the programme manager on
  Ardent's lead times.

Re-running it rewrites every file byte for byte: the PPTX and DOCX are saved by python-pptx
and python-docx with fixed document properties and then rewritten with their ZIP entries in
sorted order at one fixed time; the text files are literal strings. It never touches
``gold.json``. This is a DEVELOPMENT case (split "dev35").
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
from lxml import etree
from pptx import Presentation
from pptx.util import Emu

HERE = Path(__file__).resolve().parent
CASE = "warehouse-automation"
DECK = "Picking Up Pace - Board 14 March 2028.pptx"
ZIP_TIME = (1980, 1, 1, 0, 0, 0)
FIXED = dt.datetime(2028, 3, 9, 16, 42, 0)

PT = 12700  # EMU per point; Keynote's 16:9 canvas is 1920 x 1080 pt
W, H = 1920, 1080
NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
NS_P = "http://schemas.openxmlformats.org/presentationml/2006/main"
NSDECL = f'xmlns:a="{NS_A}" xmlns:p="{NS_P}"'
FONT = "Helvetica Neue"
INK = "222B33"
NAVY = "173B5C"
ORANGE = "E0701B"
GREY = "767F88"
PALE = "EDF1F4"
MID = "C9D3DB"
WHITE = "FFFFFF"
KEYNOTE_LAYOUTS = {
    "Title Slide": "Title & Subtitle",
    "Title and Content": "Title & Bullets",
    "Section Header": "Section",
    "Title Only": "Title Only",
    "Blank": "Blank",
}
FOOTER = "Brindlecoe Logistics \u00b7 Picking Up Pace \u00b7 Board paper B/28/07"


def emu(points: float) -> int:
    return int(round(points * PT))


# =========================================================================== Keynote-style XML


@dataclass
class Page:
    """One slide being drawn: Keynote numbers its shapes by kind in drawing order."""

    shapes: list[str] = field(default_factory=list)
    counter: int = 0

    def name(self, kind: str) -> tuple[int, str]:
        self.counter += 1
        return self.counter + 1, f"{kind} {self.counter}"


def run(text: str, size: int, *, bold: bool = False, color: str = INK) -> str:
    b = ' b="1"' if bold else ""
    return (
        f'<a:r><a:rPr lang="en-GB" sz="{size}"{b} spc="0"><a:solidFill><a:srgbClr '
        f'val="{color}"/></a:solidFill><a:latin typeface="{FONT}"/><a:ea typeface="{FONT}"/>'
        f'<a:cs typeface="{FONT}"/><a:sym typeface="{FONT}"/></a:rPr>'
        f"<a:t>{escape(text)}</a:t></a:r>"
    )


def para(
    text: str,
    size: int = 2800,
    *,
    bold: bool = False,
    color: str = INK,
    algn: str = "l",
    bullet: bool = False,
    after: int = 0,
) -> str:
    """A paragraph as Keynote writes it: spacing in points, a typed bullet character when the
    text box uses bullets, one run and an ``a:endParaRPr``."""
    spc = f'<a:spcBef><a:spcPts val="0"/></a:spcBef><a:spcAft><a:spcPts val="{after}"/></a:spcAft>'
    if bullet:
        ppr = (
            f'<a:pPr marL="406400" indent="-406400" algn="{algn}">{spc}<a:buClr><a:srgbClr '
            f'val="{ORANGE}"/></a:buClr><a:buSzPct val="100000"/><a:buFont typeface="{FONT}"/>'
            f'<a:buChar char="\u2022"/></a:pPr>'
        )
    else:
        ppr = f'<a:pPr marL="0" indent="0" algn="{algn}">{spc}<a:buNone/></a:pPr>'
    end = f'<a:endParaRPr lang="en-GB" sz="{size}"/>'
    return f"<a:p>{ppr}{run(text, size, bold=bold, color=color)}{end}</a:p>"


def _body(paras: Sequence[str], anchor: str) -> str:
    body = "".join(paras) or (
        '<a:p><a:pPr marL="0" indent="0"><a:buNone/></a:pPr><a:endParaRPr lang="en-GB" '
        'sz="1800"/></a:p>'
    )
    return (
        f'<p:txBody><a:bodyPr wrap="square" lIns="50800" tIns="50800" rIns="50800" '
        f'bIns="50800" numCol="1" anchor="{anchor}"><a:noAutofit/></a:bodyPr><a:lstStyle/>'
        f"{body}</p:txBody>"
    )


def _sp(
    page: Page,
    x: float,
    y: float,
    w: float,
    h: float,
    paras: Sequence[str],
    *,
    fill: str | None,
    line: str | None,
    geom: str,
    anchor: str,
) -> str:
    text_box = fill is None and line is None and geom == "rect"
    sid, name = page.name("Text" if text_box else "Shape")
    cnv = '<p:cNvSpPr txBox="1"/>' if text_box else "<p:cNvSpPr/>"
    fill_xml = f'<a:solidFill><a:srgbClr val="{fill}"/></a:solidFill>' if fill else "<a:noFill/>"
    ln = (
        f'<a:ln w="19050" cap="flat"><a:solidFill><a:srgbClr val="{line}"/></a:solidFill>'
        f'<a:prstDash val="solid"/><a:miter lim="400000"/></a:ln>'
        if line
        else '<a:ln w="12700" cap="flat"><a:noFill/><a:miter lim="400000"/></a:ln>'
    )
    return (
        f'<p:sp {NSDECL}><p:nvSpPr><p:cNvPr id="{sid}" name="{name}"/>{cnv}<p:nvPr/>'
        f'</p:nvSpPr><p:spPr><a:xfrm><a:off x="{emu(x)}" y="{emu(y)}"/>'
        f'<a:ext cx="{emu(w)}" cy="{emu(h)}"/></a:xfrm><a:prstGeom prst="{geom}"><a:avLst/>'
        f"</a:prstGeom>{fill_xml}{ln}<a:effectLst/></p:spPr>{_body(paras, anchor)}</p:sp>"
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
) -> None:
    """A free text box (``txBox="1"``, "Text N") when it has no fill, outline or geometry of
    its own, else a drawn shape ("Shape N")."""
    page.shapes.append(_sp(page, x, y, w, h, paras, fill=fill, line=line, geom=geom, anchor=anchor))


def group(page: Page, members: Sequence[tuple]) -> None:
    """A Keynote group ("Group N") of drawn shapes, its child frame equal to its own."""
    gid, gname = page.name("Group")
    xs = [m[0] for m in members]
    ys = [m[1] for m in members]
    x2 = [m[0] + m[2] for m in members]
    y2 = [m[1] + m[3] for m in members]
    x, y, w, h = min(xs), min(ys), max(x2) - min(xs), max(y2) - min(ys)
    inner = "".join(
        _sp(page, m[0], m[1], m[2], m[3], m[4], fill=m[5], line=None, geom=m[6], anchor="ctr")
        for m in members
    )
    off = f'<a:off x="{emu(x)}" y="{emu(y)}"/><a:ext cx="{emu(w)}" cy="{emu(h)}"/>'
    choff = f'<a:chOff x="{emu(x)}" y="{emu(y)}"/><a:chExt cx="{emu(w)}" cy="{emu(h)}"/>'
    page.shapes.append(
        f'<p:grpSp {NSDECL}><p:nvGrpSpPr><p:cNvPr id="{gid}" name="{gname}"/><p:cNvGrpSpPr/>'
        f"<p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm>{off}{choff}</a:xfrm></p:grpSpPr>"
        f"{inner}</p:grpSp>"
    )


def line(page: Page, x1: float, y1: float, x2: float, y2: float, color: str = MID) -> None:
    sid, name = page.name("Line")
    page.shapes.append(
        f'<p:cxnSp {NSDECL}><p:nvCxnSpPr><p:cNvPr id="{sid}" name="{name}"/><p:cNvCxnSpPr/>'
        f'<p:nvPr/></p:nvCxnSpPr><p:spPr><a:xfrm><a:off x="{emu(x1)}" y="{emu(y1)}"/>'
        f'<a:ext cx="{emu(x2 - x1)}" cy="{emu(y2 - y1)}"/></a:xfrm><a:prstGeom prst="line">'
        f'<a:avLst/></a:prstGeom><a:noFill/><a:ln w="19050" cap="flat"><a:solidFill>'
        f'<a:srgbClr val="{color}"/></a:solidFill><a:prstDash val="sysDash"/>'
        f'<a:miter lim="400000"/></a:ln></p:spPr></p:cxnSp>'
    )


def _cell(text: str, size: int, *, head: bool) -> str:
    color = WHITE if head else INK
    fill = NAVY if head else WHITE
    border = "".join(
        f'<a:{side} w="12700"><a:solidFill><a:srgbClr val="{MID}"/></a:solidFill>'
        f'<a:miter lim="400000"/></a:{side}>'
        for side in ("lnL", "lnR", "lnT", "lnB")
    )
    return (
        f"<a:tc><a:txBody><a:bodyPr/><a:lstStyle/>{para(text, size, bold=head, color=color)}"
        f'</a:txBody><a:tcPr marL="101600" marR="101600" marT="63500" marB="63500" '
        f'anchor="ctr">{border}<a:solidFill><a:srgbClr val="{fill}"/></a:solidFill>'
        f"</a:tcPr></a:tc>"
    )


def table(
    page: Page,
    x: float,
    y: float,
    widths: Sequence[float],
    rows: Sequence[Sequence[str]],
    *,
    size: int = 2000,
    row_h: float = 60,
) -> None:
    """A native table as Keynote exports one ("Table N"): header row filled, cell borders."""
    sid, name = page.name("Table")
    grid = "".join(f'<a:gridCol w="{emu(w)}"/>' for w in widths)
    body = "".join(
        f'<a:tr h="{emu(row_h)}">'
        + "".join(_cell(text, size, head=(k == 0)) for text in row)
        + "</a:tr>"
        for k, row in enumerate(rows)
    )
    page.shapes.append(
        f'<p:graphicFrame {NSDECL}><p:nvGraphicFramePr><p:cNvPr id="{sid}" name="{name}"/>'
        f'<p:cNvGraphicFramePr><a:graphicFrameLocks noGrp="1"/></p:cNvGraphicFramePr><p:nvPr/>'
        f'</p:nvGraphicFramePr><p:xfrm><a:off x="{emu(x)}" y="{emu(y)}"/>'
        f'<a:ext cx="{emu(sum(widths))}" cy="{emu(row_h * len(rows))}"/></p:xfrm><a:graphic>'
        f'<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/table"><a:tbl>'
        f'<a:tblPr firstRow="1"/><a:tblGrid>{grid}</a:tblGrid>{body}</a:tbl></a:graphicData>'
        f"</a:graphic></p:graphicFrame>"
    )


def head(page: Page, eyebrow: str, title: str, number: int) -> None:
    """Eyebrow, title, footer and slide number: free text boxes on every content slide."""
    box(page, 96, 56, 1200, 44, [para(eyebrow, 2000, bold=True, color=ORANGE)])
    box(page, 96, 104, 1728, 110, [para(title, 5400, bold=True, color=NAVY)])
    box(page, 96, 1010, 1300, 36, [para(FOOTER, 1600, color=GREY)])
    box(page, 1724, 1010, 100, 36, [para(str(number), 1600, color=GREY, algn="r")])


def bullets(lines: Sequence[str], size: int = 2600, after: int = 1000) -> list[str]:
    return [para(t, size, bullet=True, after=after) for t in lines]


def plain(lines: Sequence[str], size: int = 2600, after: int = 1000, **kw) -> list[str]:
    return [para(t, size, after=after, **kw) for t in lines]


# =========================================================================== the slides


def s01(page: Page) -> None:
    box(page, 0, 0, W, H, fill=NAVY)
    box(page, 0, 760, W, 12, fill=ORANGE)
    box(page, 140, 250, 1500, 60, [para("BRINDLECOE LOGISTICS", 2800, bold=True, color=ORANGE)])
    box(page, 140, 330, 1600, 170, [para("Picking Up Pace", 11000, bold=True, color=WHITE)])
    box(
        page,
        140,
        520,
        1600,
        80,
        [para("Warehouse automation and workforce plan, T0 to T+18", 4000, color=WHITE)],
    )
    box(
        page,
        140,
        800,
        1600,
        120,
        plain(
            [
                "Board of Directors \u00b7 14 March 2028 \u00b7 Paper B/28/07",
                "Confidential: Board and Automation Steering Group only",
            ],
            2400,
            600,
            color=WHITE,
        ),
    )


TILES = [
    ("118", "items picked for every hour our people worked in 2027, all five sites"),
    ("41%", "of the hours spent picking last year were worked by agency staff"),
    ("212,000", "Halberd Home orders went out in its busiest week of 2027"),
    ("5.6 hrs", "from a pallet reaching our doors to its put-away, network average"),
    ("\u00a31.3m", "paid out in damage and shortage claims during 2027"),
]


def s02(page: Page) -> None:
    head(page, "WHERE WE STAND", "Five warehouses, one peak, and a workforce stretched thin", 2)
    for k, (big, label) in enumerate(TILES):
        x = 96 + k * 348
        box(page, x, 250, 320, 300, fill=PALE, geom="roundRect")
        box(page, x + 16, 270, 290, 100, [para(big, 6000, bold=True, color=NAVY)])
        box(page, x + 16, 380, 290, 160, [para(label, 2000)])
    box(page, 96, 600, 1728, 360, fill=WHITE, line=MID)
    box(page, 120, 616, 1000, 50, [para("For the record, not targets", 2400, bold=True)])
    box(
        page,
        120,
        676,
        1680,
        270,
        bullets(
            [
                "Our 2025 productivity plan set 150 units per labour hour; it stalled when "
                "the StoreTrak upgrade was cancelled.",
                "Goods-to-person sites in our sector report 300 units per labour hour or more.",
                "Halberd Home's contract with us renews in January 2031.",
            ],
            2200,
            800,
        ),
    )


def s03(page: Page) -> None:
    head(page, "OUR AIM", "People and robots, side by side", 3)
    box(page, 96, 240, 1728, 200, fill=NAVY, geom="roundRect", anchor="ctr")
    box(
        page,
        130,
        260,
        1660,
        170,
        [
            para(
                "Our north star: every order picked, packed and shipped by people and robots "
                "working side by side, safely, through the hardest week of our customers' year.",
                3200,
                bold=True,
                color=WHITE,
            )
        ],
        anchor="ctr",
    )
    box(page, 96, 480, 1728, 60, [para("By T+18 we will:", 3000, bold=True, color=ORANGE)])
    box(
        page,
        96,
        550,
        1728,
        420,
        bullets(
            [
                "Run robot-assisted picking at Daneholt and Hatherby.",
                "Move Hatherby and Ribbleford from StoreTrak 6 onto Vantyx.",
                "Reach 160 units per labour hour across the network.",
                "Be the partner our customers trust with their peak.",
                "Give every agency picker a safe and productive first shift.",
            ],
            2800,
            900,
        ),
    )


SITES = [
    "Daneholt DC \u00b7 42,000 m\u00b2 \u00b7 Vantyx WMS since 2027 \u00b7 ShiftMetric",
    "Hatherby DC \u00b7 38,000 m\u00b2 \u00b7 StoreTrak 6 \u00b7 ShiftMetric",
    "Ribbleford DC \u00b7 31,000 m\u00b2 \u00b7 StoreTrak 6 \u00b7 head office",
    "Stannage DC \u00b7 27,000 m\u00b2 \u00b7 StoreTrak 6 \u00b7 bonded store",
    "Lowmarsh DC \u00b7 19,000 m\u00b2 \u00b7 StoreTrak 6 \u00b7 chilled chamber",
]


def s04(page: Page) -> None:
    head(page, "SCOPE", "Five warehouses, two WMSs, one customer who owns its stock", 4)
    box(page, 96, 240, 900, 50, [para("Our network", 2800, bold=True, color=NAVY)])
    box(page, 96, 300, 900, 420, bullets(SITES, 2200, 900))
    box(
        page,
        96,
        740,
        900,
        230,
        plain(
            [
                "RouteLedger plans transport from all five sites. Halberd Home owns the stock "
                "it keeps with us at Daneholt and Hatherby.",
            ],
            2000,
            0,
            color=GREY,
        ),
    )
    box(page, 1050, 240, 774, 360, fill=PALE, geom="roundRect")
    box(page, 1074, 256, 730, 50, [para("In this plan", 2600, bold=True, color=NAVY)])
    box(
        page,
        1074,
        310,
        730,
        290,
        bullets(
            [
                "Pick, pack and despatch at Daneholt and Hatherby",
                "Goods-in at one site first",
                "Vantyx at Hatherby and Ribbleford",
                "Shifts, roles and training at all five sites",
            ],
            2000,
            500,
        ),
    )
    box(page, 1050, 620, 774, 360, fill=WHITE, line=MID, geom="roundRect")
    box(page, 1074, 636, 730, 50, [para("Not in this plan", 2600, bold=True, color=GREY)])
    box(
        page,
        1074,
        690,
        730,
        290,
        bullets(
            [
                "Returns processing at any site",
                "The Lowmarsh chilled chamber",
                "Our transport fleet and its telematics",
                "Bonded and customs stock at Stannage",
            ],
            2000,
            500,
        ),
    )


MOMENTS = [
    (
        "Halberd Home's peak-season surge",
        "Orders treble in the six weeks to Christmas: Halberd Home's stock, our pickers, the "
        "robots and the 16:00 carrier cut-off all under strain at once.",
    ),
    (
        "A pallet arriving damaged at goods-in",
        "A crushed pallet at the door: who records it, where the photograph goes, and how the "
        "customer hears before the stock is put away.",
    ),
    (
        "An agency picker's first shift",
        "A new Tallyhouse picker on nights: the induction, a scanner, robots in the aisle and "
        "a team leader who knows their name.",
    ),
]


def s05(page: Page) -> None:
    head(page, "DESIGNING FOR", "Three moments that test the whole operation", 5)
    for k, (name, text) in enumerate(MOMENTS):
        x = 96 + k * 584
        box(page, x, 260, 556, 680, fill=PALE, geom="roundRect")
        box(page, x + 24, 290, 508, 60, [para(str(k + 1), 4800, bold=True, color=ORANGE)])
        box(page, x + 24, 380, 508, 140, [para(name, 3000, bold=True, color=NAVY)])
        box(page, x + 24, 540, 508, 380, [para(text, 2200)])


@dataclass(frozen=True)
class Pillar:
    number: int
    title: str
    goal: str
    initiatives: tuple[str, ...]
    lead: str


PILLARS = [
    Pillar(
        1,
        "Robots where they pay",
        "Goal: 160 units per labour hour across the network by T+18.",
        (
            "Put 40 Ardent pick robots into the Daneholt pick face, zones A to D",
            "Add 20 pick robots at Hatherby once it runs Vantyx",
            "Re-slot the fastest 2,000 SKUs at Daneholt so robots travel less",
            "Fit an auto-bagger and print-and-apply labeller on the Daneholt pack line",
        ),
        "Pillar lead: Head of Warehouse Operations",
    ),
    Pillar(
        2,
        "One system, clean data",
        "Goal: Hatherby and Ribbleford on Vantyx by T+18, StoreTrak 6 switched off at both.",
        (
            "Move Hatherby from StoreTrak 6 to Vantyx, then Ribbleford",
            "Connect Vantyx to the Ardent fleet manager so pick tasks go straight to the robots",
            "Print RouteLedger despatch labels at the pack bench from Vantyx",
            "Extend ShiftMetric to Ribbleford, Stannage and Lowmarsh",
        ),
        "Pillar lead: Head of IT",
    ),
    Pillar(
        3,
        "People, shifts and safety",
        "Goal: 75% of new agency pickers at standard rate by their fifth shift, by T+12.",
        (
            "Agree a robot-zone shift pattern for Daneholt nights with the Works Council",
            "Train 300 pickers to work alongside robots, our own people and agency alike",
            "Rebuild the agency induction so a new picker is signed off on a tablet, not paper",
            "Create 12 robot team leader roles from our existing pick team leaders",
        ),
        "Pillar lead: Head of People",
    ),
    Pillar(
        4,
        "Our customers' stock and service",
        "Goal: Halberd Home stock record accuracy of 99.8% at the Q2 2029 count.",
        (
            "Agree the new cycle-count method for Halberd Home's stock before any of it moves",
            "Photograph every damaged pallet at the door and send the claim the same day",
            "Give Halberd Home a daily view of its stock from Keelstone",
            "Run Halberd Home's peak 2028 on robot-assisted pick at Daneholt",
        ),
        "Pillar lead: Inventory Control Manager",
    ),
]


def pillar_slide(p: Pillar, number: int) -> Callable[[Page], None]:
    def make(page: Page) -> None:
        head(page, f"PILLAR {p.number} OF 4", p.title, number)
        box(page, 96, 240, 1728, 90, fill=PALE, geom="roundRect", anchor="ctr")
        box(page, 120, 250, 1680, 70, [para(p.goal, 2800, bold=True, color=NAVY)], anchor="ctr")
        box(page, 96, 360, 1728, 60, [para("What we will do", 2600, bold=True, color=ORANGE)])
        box(page, 96, 430, 1728, 460, bullets(p.initiatives, 2600, 1200))
        box(page, 96, 920, 1200, 50, [para(p.lead, 2000, color=GREY)])

    return make


KPI_ROWS = [
    ["Measure", "Today (2027)", "Target", "By when"],
    ["Units picked per labour hour, network", "118", "160", "T+18"],
    ["Orders shipped without error", "99.52%", "99.85%", "T+12"],
    ["Dock-to-stock time on the pilot's goods-in doors", "5.6 hours", "2 hours", "T+6"],
    ["Orders shipped the same day when placed by 16:00", "94.1%", "98.5%", "Peak 2028"],
    ["Share of picking hours worked by agency staff", "41%", "30%", "T+18"],
    ["New agency pickers at standard rate by their fifth shift", "38%", "75%", "T+12"],
    ["Lost-time injuries per 200,000 hours worked", "0.9", "0.5 or fewer", "T+18"],
    ["Halberd Home stock record accuracy at the quarterly count", "99.1%", "99.8%", "Q2 2029"],
    ["Colleagues confident working alongside robots", "Not yet surveyed", "Higher", "\u2013"],
]


def s10(page: Page) -> None:
    head(page, "HOW WE WILL KNOW", "Nine measures, one table", 10)
    table(page, 96, 240, [900, 280, 280, 268], KPI_ROWS, size=2000, row_h=68)


WAVES = [
    (
        "Wave 0: Mobilise",
        "Sign with Ardent, open consultation, run the first pilot and risk-assess the first "
        "robot zones.",
    ),
    (
        "Wave 1: Pick",
        "Robot-assisted picking live at Daneholt before Halberd Home's peak; Hatherby's move to "
        "Vantyx built and tested.",
    ),
    (
        "Wave 2: Pack and ship",
        "Pack automation and despatch labels at the bench; Hatherby and Ribbleford on Vantyx; "
        "robots at Hatherby.",
    ),
]


def s11(page: Page) -> None:
    head(page, "HOW WE GET THERE", "Three waves, one after another", 11)
    for k, (name, text) in enumerate(WAVES):
        x = 96 + k * 440
        box(
            page,
            x,
            250,
            410,
            110,
            [para(name, 2800, bold=True, color=WHITE)],
            fill=NAVY,
            geom="homePlate",
            anchor="ctr",
        )
        box(page, x, 380, 400, 460, [para(text, 2200)])
    box(
        page,
        1416,
        250,
        408,
        110,
        [para("Later (not funded)", 2800, bold=True, color=GREY)],
        fill=PALE,
        geom="rect",
        anchor="ctr",
    )
    box(
        page,
        1416,
        380,
        400,
        460,
        plain(
            ["Returns automation", "The Lowmarsh chilled chamber", "Robots at Stannage"],
            2200,
            600,
            color=GREY,
        ),
    )
    box(
        page,
        96,
        880,
        1728,
        90,
        [
            para(
                "Wave 0 is numbered 0 because it builds nothing on the floor: it gets us ready.",
                2000,
                color=GREY,
            )
        ],
    )


def s12(page: Page) -> None:
    head(page, "THE CLOCK", "Months count from the day we sign", 12)
    box(page, 96, 240, 1728, 140, fill=NAVY, geom="roundRect", anchor="ctr")
    box(
        page,
        120,
        250,
        1680,
        120,
        [
            para(
                "Every date in this plan counts months from signature of the Ardent Robotics "
                "contract: T0. We plan to sign on Monday 3 April 2028.",
                2800,
                bold=True,
                color=WHITE,
            )
        ],
        anchor="ctr",
    )
    box(
        page,
        96,
        420,
        1728,
        560,
        bullets(
            [
                "T+3 is three months after signature, T+9 nine months, and so on.",
                "Wave 0: Mobilise runs from T0 to T+3.",
                "Wave 1: Pick runs from T+3 to T+9.",
                "Wave 2: Pack and ship runs from T+9 to T+18, when this plan closes.",
                "The Ardent contract itself runs five years, to T+60; robot leases and support "
                "go on after this plan ends.",
                "The first pilot lasts 12 weeks and starts the week after signature.",
                "No system or robot goes live between 1 November and 10 January: our "
                "customers' peak.",
            ],
            2400,
            900,
        ),
    )


TICKS = ["T0", "T+3", "T+6", "T+9", "T+12", "T+15", "T+18"]
X0, X18 = 420, 1500  # the axis: T0 at X0, T+18 at X18


def mx(month: float) -> float:
    return X0 + (X18 - X0) * month / 18


LANES = [
    ("Workforce and consultation", 0, 12, "Consult, train, new roles"),
    ("Systems and data", 2, 18, "Vantyx at Hatherby, then Ribbleford"),
    ("Safety", 0, 15, "Risk assessments, zone by zone"),
    ("Customer stock", 0, 6, "Count method agreed, claims the same day"),
]


def s13(page: Page) -> None:
    head(page, "ROADMAP", "The road to T+18", 13)
    for k, tick in enumerate(TICKS):
        x = mx(3 * k)
        box(page, x - 50, 236, 100, 40, [para(tick, 1800, bold=True, color=NAVY, algn="ctr")])
        line(page, x, 280, x, 960)
    box(page, mx(7), 280, mx(9.33) - mx(7), 680, fill="F7E3D3")
    box(
        page,
        mx(7),
        920,
        mx(9.33) - mx(7),
        40,
        [para("Peak freeze", 1400, color=ORANGE, algn="ctr")],
    )
    box(page, 96, 300, 310, 60, [para("Waves", 2000, bold=True)])
    group(
        page,
        [
            (
                mx(0) + 2,
                296,
                mx(3) - mx(0) - 4,
                70,
                [para("Wave 0: Mobilise", 1600, bold=True, color=WHITE, algn="ctr")],
                NAVY,
                "roundRect",
            ),
            (
                mx(3) + 2,
                296,
                mx(9) - mx(3) - 4,
                70,
                [para("Wave 1: Pick", 1800, bold=True, color=WHITE, algn="ctr")],
                NAVY,
                "roundRect",
            ),
            (
                mx(9) + 2,
                296,
                mx(18) - mx(9) - 4,
                70,
                [para("Wave 2: Pack and ship", 1800, bold=True, color=WHITE, algn="ctr")],
                NAVY,
                "roundRect",
            ),
        ],
    )
    for k, (name, start, end, label) in enumerate(LANES):
        y = 420 + k * 110
        box(page, 96, y, 310, 80, [para(name, 1800, bold=True)], anchor="ctr")
        box(
            page,
            mx(start) + 2,
            y + 10,
            mx(end) - mx(start) - 4,
            60,
            [para(label, 1600, algn="ctr")],
            fill=MID,
            geom="roundRect",
            anchor="ctr",
        )
    for name, month in (("Gate 1", 3), ("Gate 2", 9)):
        box(page, mx(month) - 22, 378, 44, 44, fill=ORANGE, geom="diamond")
        box(page, mx(month) + 26, 380, 140, 40, [para(name, 1600, bold=True, color=ORANGE)])
    box(page, 1530, 236, 300, 40, [para("Later (not funded)", 1800, bold=True, color=GREY)])
    for k, label in enumerate(["Returns automation", "Lowmarsh chilled", "Robots at Stannage"]):
        box(
            page,
            1530,
            296 + k * 90,
            300,
            70,
            [para(label, 1600, color=GREY, algn="ctr")],
            fill=PALE,
            geom="roundRect",
            anchor="ctr",
        )
    box(
        page,
        96,
        970,
        1500,
        36,
        [para("Diamonds: go/no-go gates; what each needs is on slide 16.", 1600, color=GREY)],
    )


QUARTERS = [
    ["Quarter", "Milestone"],
    ["Q2 2028", "Contract signed; Works Council consultation opened; first pilot under way"],
    ["Q3 2028", "Gate 1; Daneholt pick zones re-slotted and risk-assessed"],
    [
        "Q4 2028",
        "First 40 pick robots live at Daneholt in October; Halberd Home's peak on "
        "robot-assisted pick; no go-lives from 1 November",
    ],
    ["Q1 2029", "Gate 2; Hatherby live on Vantyx"],
    ["Q2 2029", "Auto-bagger and labeller live on the Daneholt pack line; 20 robots at Hatherby"],
    ["Q3 2029", "Ribbleford live on Vantyx; StoreTrak 6 switched off at Hatherby and Ribbleford"],
]


def s14(page: Page) -> None:
    head(page, "MILESTONES", "What the Board will see, quarter by quarter", 14)
    table(page, 96, 250, [260, 1468], QUARTERS, size=2200, row_h=96)


PILOT_STEPS = [
    "1. Fit pallet dimensioning and label scanning at doors 1 to 6",
    "2. Record every damaged pallet in Vantyx with a photograph taken at the door",
    "3. Run four loaned Ardent pallet robots from goods-in to reserve, night shift first",
    "4. Compare dock-to-stock time with doors 7 to 12 every week",
    "5. Hand the results to the Steering Group for Gate 1",
]


def s15(page: Page) -> None:
    head(page, "FIRST PILOT", "Goods-in first", 15)
    box(
        page,
        96,
        240,
        1728,
        120,
        [
            para(
                "Where: the goods-in dock at Daneholt distribution centre, doors 1 to 12, for "
                "12 weeks.",
                2800,
                bold=True,
                color=NAVY,
            )
        ],
    )
    box(
        page,
        96,
        370,
        1728,
        90,
        [
            para(
                "Why here: the site already runs Vantyx and ShiftMetric, and Halberd Home's stock "
                "comes in through these doors.",
                2200,
                color=GREY,
            )
        ],
    )
    box(page, 96, 480, 1100, 480, plain(PILOT_STEPS, 2400, 1000))
    box(page, 1240, 480, 584, 440, fill=PALE, geom="roundRect")
    box(page, 1264, 500, 540, 50, [para("Pass marks", 2400, bold=True, color=NAVY)])
    box(
        page,
        1264,
        560,
        540,
        340,
        bullets(
            [
                "Dock-to-stock under 3 hours on doors 1 to 6",
                "Every damaged pallet photographed",
                "No robot near miss left unreported",
            ],
            2000,
            700,
        ),
    )


def s16(page: Page) -> None:
    head(page, "GATES", "What has to be true at each gate", 16)
    for k, (name, when, items) in enumerate(
        [
            (
                "Gate 1: from the pilot to Wave 1",
                "Taken at the Steering Group of 6 July 2028, on the four weeks to 30 June",
                [
                    "Dock-to-stock under 3 hours on Daneholt's doors 1 to 6",
                    "No reportable incident involving a robot",
                    "The Health and Safety Committee has reviewed the pick-zone risk assessment",
                    "The Works Council's consultation on the night pattern is closed",
                ],
            ),
            (
                "Gate 2: from Wave 1 to Wave 2",
                "Taken in the second week of January 2029, once the peak is over",
                [
                    "Peak 2028 shipped with 98.5% of orders out the same day",
                    "Hatherby's Vantyx cutover rehearsed twice without stock loss",
                    "Wave 2 capital of \u00a32.9m released by the Board",
                ],
            ),
        ]
    ):
        x = 96 + k * 884
        box(page, x, 240, 844, 720, fill=WHITE, line=MID, geom="roundRect")
        box(page, x + 24, 260, 796, 60, [para(name, 2800, bold=True, color=NAVY)])
        box(page, x + 24, 330, 796, 100, [para(when, 2000, color=ORANGE)])
        box(page, x + 24, 440, 796, 500, bullets(items, 2200, 900))


RISKS = [
    ["Risk", "Likelihood", "What we will do"],
    [
        "Robots arrive late: Ardent quotes 22 weeks",
        "High",
        "Order the first 40 robots on the day we sign",
    ],
    [
        "StoreTrak 6 cannot give tasks to robots",
        "Certain",
        "Put robots only where Vantyx runs; move Hatherby before its robots arrive",
    ],
    [
        "New agency pickers leave before reaching rate",
        "Medium",
        "Pair every new agency picker with a buddy for their first three shifts",
    ],
    [
        "A robot zone stops in the middle of peak",
        "Medium",
        "Keep a manual pick route in every robot zone",
    ],
    [
        "Wi-Fi drops in Hatherby's high bay",
        "Medium",
        "Survey and upgrade Hatherby's Wi-Fi before robots arrive",
    ],
]


def s17(page: Page) -> None:
    head(page, "RISKS", "What could stop us, and what we will do", 17)
    table(page, 96, 240, [620, 220, 888], RISKS, size=2000, row_h=110)


NINETY = [
    "1. Place the order for the first 40 pick robots on the day we sign (COO)",
    "2. Open consultation with the Works Council on the Daneholt night pattern (Head of People)",
    "3. Put the robot risk assessment for Daneholt to the Health and Safety Committee (Head of HS&E)",
    "4. Baseline units per labour hour at all five sites from Keelstone (Data & Reporting)",
    "5. Give Halberd Home 30 days' written notice of the new count method (Inventory Control)",
    "6. Recruit the Controls & Automation Engineer (Engineering)",
    "7. Book peak agency hours with Tallyhouse by the end of August (Resourcing)",
]


def s18(page: Page) -> None:
    head(page, "FIRST 90 DAYS", "The first 90 days after we sign", 18)
    box(page, 96, 240, 1728, 740, plain(NINETY, 2400, 1100))


def s19(page: Page) -> None:
    head(page, "GOVERNANCE", "Who decides", 19)
    box(
        page,
        96,
        240,
        1728,
        740,
        bullets(
            [
                "The Chief Operating Officer is our sponsor, chairs the Automation Steering "
                "Group and takes the go/no-go at Gate 1 and Gate 2.",
                "The Automation Steering Group meets every fortnight: COO (chair), Finance "
                "Director, Head of Warehouse Operations, Head of People, Head of IT and the "
                "Automation Programme Manager.",
                "The Works Council is consulted on every change to shifts and roles; it does "
                "not sign off the plan.",
                "The Health and Safety Committee reviews every robot risk assessment before "
                "people and robots share an aisle.",
                "The Board receives a report at each gate and releases the Wave 2 capital.",
                "Halberd Home sees a monthly stock and service report.",
            ],
            2400,
            1000,
        ),
    )


def s20(page: Page) -> None:
    head(page, "COSTS AND ASKS", "What we ask of the Board today", 20)
    box(page, 96, 240, 840, 60, [para("What it costs", 2800, bold=True, color=NAVY)])
    box(
        page,
        96,
        310,
        840,
        600,
        bullets(
            [
                "Wave 0 and Wave 1: \u00a34.6m capital, mostly the first 40 robots and the kit "
                "for Daneholt's doors",
                "Wave 2: \u00a32.9m capital, released at Gate 2",
                "Running cost: \u00a3610,000 a year for robot leases and support from T+9",
            ],
            2200,
            900,
        ),
    )
    box(page, 984, 240, 840, 700, fill=PALE, geom="roundRect")
    box(page, 1008, 260, 790, 60, [para("We ask the Board to", 2800, bold=True, color=NAVY)])
    box(
        page,
        1008,
        330,
        790,
        600,
        plain(
            [
                "1. Approve Picking Up Pace and the \u00a34.6m for Wave 0 and Wave 1",
                "2. Delegate the go/no-go at Gate 1 to the Chief Operating Officer",
                "3. Note that the \u00a32.9m for Wave 2 comes back to the Board at Gate 2",
            ],
            2200,
            900,
        ),
    )


@dataclass(frozen=True)
class SlideSpec:
    make: Callable[[Page], None]
    layout: str
    notes: str = ""


SLIDES = [
    SlideSpec(s01, "Title & Subtitle"),
    SlideSpec(
        s02,
        "Title & Bullets",
        "Agency share is of picking hours only; packing and goods-in use fewer agency staff.\n"
        "The 2025 plan is there so nobody quotes its 150 as our target.",
    ),
    SlideSpec(s03, "Title & Bullets"),
    SlideSpec(s04, "Title & Bullets"),
    SlideSpec(
        s05,
        "Title Only",
        "We chose these three because together they touch every site team, every system and "
        "both bodies we consult.",
    ),
    SlideSpec(pillar_slide(PILLARS[0], 6), "Title & Bullets"),
    SlideSpec(pillar_slide(PILLARS[1], 7), "Title & Bullets"),
    SlideSpec(pillar_slide(PILLARS[2], 8), "Title & Bullets"),
    SlideSpec(pillar_slide(PILLARS[3], 9), "Title & Bullets"),
    SlideSpec(s10, "Title Only"),
    SlideSpec(s11, "Title Only"),
    SlideSpec(s12, "Title & Bullets"),
    SlideSpec(
        s13,
        "Blank",
        "The workstream bars run across the waves; the waves are the programme's phases.\n"
        "Nothing in the grey lane on the right is funded by this paper.",
    ),
    SlideSpec(s14, "Title Only"),
    SlideSpec(s15, "Title & Bullets"),
    SlideSpec(s16, "Title Only"),
    SlideSpec(s17, "Title Only"),
    SlideSpec(s18, "Title & Bullets"),
    SlideSpec(s19, "Title & Bullets"),
    SlideSpec(s20, "Section"),
]


# =========================================================================== packages


def _rezip(data: bytes, patch: Callable[[dict[str, bytes]], dict[str, bytes]]) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    parts = patch({info.filename: src.read(info.filename) for info in src.infolist()})
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in sorted(parts):
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, parts[name])
    return out.getvalue()


APP_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"'
    ' xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    "<Application>Keynote</Application><AppVersion>14.0000</AppVersion>"
    f"<Slides>{len(SLIDES)}</Slides></Properties>"
)


def _keynote_parts(parts: dict[str, bytes]) -> dict[str, bytes]:
    """Keynote's export: its own app.xml, no printer settings, no thumbnail."""
    out = {n: b for n, b in parts.items() if not n.startswith("ppt/printerSettings/")}
    out["docProps/app.xml"] = APP_XML.encode("utf-8")
    out.pop("docProps/thumbnail.jpeg", None)
    rels = out["_rels/.rels"].decode("utf-8")
    rels = re.sub(r'<Relationship Id="[^"]+" Type="[^"]*thumbnail"[^>]*/>', "", rels)
    out["_rels/.rels"] = rels.encode("utf-8")
    pres = out["ppt/_rels/presentation.xml.rels"].decode("utf-8")
    pres = re.sub(r'<Relationship Id="[^"]+" Type="[^"]*printerSettings"[^>]*/>', "", pres)
    out["ppt/_rels/presentation.xml.rels"] = pres.encode("utf-8")
    types = out["[Content_Types].xml"].decode("utf-8")
    types = re.sub(r'<Default Extension="(bin|jpeg)"[^>]*/>', "", types)
    out["[Content_Types].xml"] = types.encode("utf-8")
    return out


def build_deck() -> bytes:
    prs = Presentation()
    prs.slide_width, prs.slide_height = Emu(W * PT), Emu(H * PT)
    for layout in list(prs.slide_layouts):
        if layout.name not in KEYNOTE_LAYOUTS:
            prs.slide_layouts.remove(layout)
    for layout in prs.slide_layouts:
        layout._element.cSld.set("name", KEYNOTE_LAYOUTS[layout.name])
    layouts = {layout.name: layout for layout in prs.slide_layouts}
    core = prs.core_properties
    core.author = "Automation Programme Office"
    core.title = "Picking Up Pace"
    core.last_modified_by = "Automation Programme Office"
    core.created = FIXED
    core.modified = FIXED
    core.revision = 1
    for spec in SLIDES:
        slide = prs.slides.add_slide(layouts[spec.layout])
        tree = slide.shapes._spTree
        for ph in list(slide.placeholders):
            tree.remove(ph._element)
        page = Page()
        spec.make(page)
        for xml in page.shapes:
            tree.append(etree.fromstring(xml))
        if spec.notes:
            slide.notes_slide.notes_text_frame.text = spec.notes
    buffer = io.BytesIO()
    prs.save(buffer)
    return _rezip(buffer.getvalue(), _keynote_parts)


# =========================================================================== the org folder

ROSTER_HEAD = [
    "Position No",
    "Position Title",
    "Department",
    "Location",
    "Reports To",
    "Post Status",
    "Responsibilities",
]
ROSTER = [
    [
        "P0001",
        "Managing Director",
        "Executive",
        "Ribbleford",
        "Board of Directors",
        "Filled",
        "Runs the company; approves plans and capital above \u00a31m before they go to the Board.",
    ],
    [
        "P0002",
        "Chief Operating Officer",
        "Executive",
        "Ribbleford",
        "Managing Director",
        "Filled",
        "Executive sponsor of the automation programme; chairs the Automation Steering Group and "
        "takes the go/no-go decision at each of its gates; accountable for all five warehouses.",
    ],
    [
        "P0003",
        "Finance Director",
        "Executive",
        "Ribbleford",
        "Managing Director",
        "Filled",
        "Capital planning, investment cases, budget control and lease accounting.",
    ],
    [
        "P0010",
        "Automation Programme Manager",
        "Programme Office",
        "Ribbleford",
        "Chief Operating Officer",
        "Filled",
        "Programme plan, RAID log and weekly progress reporting; manages Ardent Robotics' "
        "delivery against the contract; secretary to the Automation Steering Group.",
    ],
    [
        "P0020",
        "Head of Warehouse Operations",
        "Operations",
        "Ribbleford",
        "Chief Operating Officer",
        "Filled",
        "Pick, pack and despatch performance at all five warehouses; the site general managers "
        "report here; owns units per labour hour and the manual fallback for every process.",
    ],
    [
        "P0021",
        "General Manager, Daneholt",
        "Operations",
        "Daneholt",
        "Head of Warehouse Operations",
        "Filled",
        "Runs Daneholt DC: pick face, pack line, despatch, shift management and site budget.",
    ],
    [
        "P0022",
        "General Manager, Hatherby",
        "Operations",
        "Hatherby",
        "Head of Warehouse Operations",
        "Filled",
        "Runs Hatherby DC: pick face, pack line, despatch, shift management and site budget.",
    ],
    [
        "P0023",
        "Goods-In Manager, Daneholt",
        "Operations",
        "Daneholt",
        "General Manager, Daneholt",
        "Filled",
        "Receiving at Daneholt: the goods-in doors, pallet checks, damage and discrepancy "
        "records, put-away to reserve and dock-to-stock time.",
    ],
    [
        "P0024",
        "Inventory Control Manager",
        "Operations",
        "Ribbleford",
        "Head of Warehouse Operations",
        "Filled",
        "Stock record accuracy at all five sites; cycle counts and count methods; reconciles "
        "customer-owned stock with each customer's inventory controller; damage and shortage "
        "claims.",
    ],
    [
        "P0025",
        "Continuous Improvement Manager",
        "Operations",
        "Ribbleford",
        "Head of Warehouse Operations",
        "Filled",
        "Process design, slotting, warehouse layout, pick paths, standard work and time studies.",
    ],
    [
        "P0026",
        "Transport Planning Manager",
        "Transport",
        "Hatherby",
        "Chief Operating Officer",
        "Filled",
        "Carrier bookings, load plans, trailer schedules and daily carrier cut-off times; "
        "same-day despatch performance. Changes to RouteLedger and its interfaces go through IT.",
    ],
    [
        "P0030",
        "Head of IT",
        "IT",
        "Ribbleford",
        "Finance Director",
        "Filled",
        "Every business system and its interfaces: Vantyx, StoreTrak 6, RouteLedger, ShiftMetric "
        "and Keelstone; networks and Wi-Fi at every site; IT suppliers and their contracts.",
    ],
    [
        "P0031",
        "WMS Product Owner",
        "IT",
        "Daneholt",
        "Head of IT",
        "Filled",
        "Vantyx configuration, releases and site cutovers; the retirement of StoreTrak 6; stock "
        "and location data in the WMS.",
    ],
    [
        "P0032",
        "Data & Reporting Manager",
        "IT",
        "Ribbleford",
        "Head of IT",
        "Filled",
        "The Keelstone data warehouse, KPI dashboards and baselines, and the stock reports our "
        "customers receive.",
    ],
    [
        "P0040",
        "Head of People",
        "People",
        "Ribbleford",
        "Managing Director",
        "Filled",
        "HR policy, job roles and grading, shift patterns and the consultation on them with the "
        "Works Council; recruitment.",
    ],
    [
        "P0041",
        "Workforce Planning Manager",
        "People",
        "Ribbleford",
        "Head of People",
        "Filled",
        "Labour forecasts by site and week; rosters; the ShiftMetric labour-management tool and "
        "its engineered standards.",
    ],
    [
        "P0042",
        "Resourcing Manager",
        "People",
        "Ribbleford",
        "Head of People",
        "Filled",
        "Agency labour: the Tallyhouse Staffing contract, weekly agency bookings and agency "
        "worker right-to-work checks.",
    ],
    [
        "P0043",
        "Learning & Competence Manager",
        "People",
        "Daneholt",
        "Head of People",
        "Filled",
        "Training for every warehouse worker, our own and agency: inductions, MHE licences, "
        "SkillYard, buddy schemes and competence sign-off.",
    ],
    [
        "P0050",
        "Head of Health, Safety & Environment",
        "HS&E",
        "Ribbleford",
        "Chief Operating Officer",
        "Filled",
        "Risk assessments and safe systems of work, incident investigation, lost-time injury "
        "reporting; chairs the Health and Safety Committee.",
    ],
    [
        "P0060",
        "Engineering Manager",
        "Engineering",
        "Daneholt",
        "Head of Warehouse Operations",
        "Filled",
        "Installation and maintenance of conveyors, pack-line machines, MHE and robot charging "
        "points at all five sites; engineering contractors; engineering recruitment.",
    ],
    [
        "P0061",
        "Controls & Automation Engineer",
        "Engineering",
        "Daneholt",
        "Engineering Manager",
        "Vacant",
        "Conveyor and pack-line controls, PLC programming and robot fleet integration on site.",
    ],
    [
        "P0070",
        "Customer Account Manager, Halberd Home",
        "Commercial",
        "Ribbleford",
        "Chief Operating Officer",
        "Filled",
        "The Halberd Home relationship: service reviews, the monthly service report, contract "
        "notices and commercial terms.",
    ],
    [
        "P0090",
        "Works Council Chair",
        "Employee Representation",
        "All sites",
        "n/a (elected)",
        "Filled",
        "Elected chair of the Brindlecoe Works Council; consulted on changes to shifts, roles and "
        "working practices; holds no management remit.",
    ],
    [
        "P0091",
        "Employee Safety Representative",
        "Employee Representation",
        "All sites",
        "n/a (elected)",
        "Filled",
        "Elected employee member of the Health and Safety Committee; consulted on risk "
        "assessments; holds no management remit.",
    ],
]
REPORT_LINE = "Report: Establishment; Run: 06/03/2028 07:15; Company: Brindlecoe Logistics Ltd"


def _csv_cell(text: str) -> str:
    if any(c in text for c in ',"\n'):
        return '"' + text.replace('"', '""') + '"'
    return text


def build_roster() -> str:
    rows = [ROSTER_HEAD, *ROSTER]
    body = "\r\n".join(",".join(_csv_cell(c) for c in row) for row in rows)
    return f"{REPORT_LINE}\r\n{body}\r\n"


WORKS_COUNCIL = [
    ("Heading 1", "Brindlecoe Works Council Agreement (2026): extract"),
    (
        "Normal",
        "Agreed between Brindlecoe Logistics Ltd and the Brindlecoe Works Council on "
        "12 October 2026. This extract holds the clauses the automation programme needs.",
    ),
    ("Heading 2", "Clause 4: Consultation"),
    (
        "Normal",
        "Any change to shift patterns, shift times or job roles must be put to the Works "
        "Council for consultation at least six weeks before it takes effect.",
    ),
    (
        "Normal",
        "Consultation is closed when the company has answered the Council's written "
        "response in writing.",
    ),
    ("Normal", "The Council gives its views; decisions remain the company's."),
    ("Heading 2", "Clause 7: New equipment"),
    (
        "Normal",
        "Where new equipment changes how a role is done, the company will offer "
        "training in paid time before the change takes effect.",
    ),
    ("Heading 2", "Clause 9: Agency workers"),
    (
        "Normal",
        "Agency workers are represented through the Council on matters of safety and shift times.",
    ),
]


def build_works_council() -> bytes:
    doc = Document()
    for style, text in WORKS_COUNCIL:
        doc.add_paragraph(text, style=style)
    core = doc.core_properties
    core.author = "People Team"
    core.last_modified_by = "People Team"
    core.created = FIXED
    core.modified = FIXED
    core.revision = 3
    core.title = "Works Council Agreement extract"
    buffer = io.BytesIO()
    doc.save(buffer)
    return _rezip(buffer.getvalue(), lambda parts: parts)


STEERING = """
# Automation Steering Group: terms of reference

Approved by the Executive Committee, 1 February 2028.

## Purpose

The Steering Group directs the automation programme and decides at its gates whether the
programme goes on.

## Membership

- Chief Operating Officer (chair and executive sponsor)
- Finance Director
- Head of Warehouse Operations
- Head of People
- Head of IT
- Automation Programme Manager (secretary)

The Head of Health, Safety & Environment and the Learning & Competence Manager attend when
safety or training is on the agenda.

## Decisions

- The chair takes the go/no-go decision at each gate, having heard the members.
- Capital above the approved envelope goes to the Board with the chair's recommendation.
- The Works Council Chair is invited to the meeting before each gate to give the Council's
  views. The Works Council is consulted; it does not decide.

## Cadence

The Steering Group meets every second Thursday. Papers go out two working days before.
"""

HS_COMMITTEE = """
BRINDLECOE LOGISTICS - HEALTH AND SAFETY COMMITTEE
Constitution (revised January 2028)

1. The Committee is chaired by the Head of Health, Safety & Environment. Its members are the
five site general managers or their deputies and one elected Employee Safety Representative
for each site; the representative on the automation programme is the network representative.

2. The Committee meets monthly and reviews incident figures, near misses and every new or
changed risk assessment for plant and equipment.

3. No mobile robot may operate in an area that people work in until the Health and Safety
Committee has reviewed its risk assessment.

4. Employee Safety Representatives are consulted; they do not approve risk assessments and
do not manage work.
"""

SYSTEMS = """
# Systems and data register

Owner: Head of IT. Last reviewed 20 February 2028.

## Warehouse management

Vantyx is our new warehouse management system, live at Daneholt since June 2027. Vantyx runs
only at Daneholt; Hatherby, Ribbleford, Stannage and Lowmarsh still run StoreTrak 6.

StoreTrak 6 is our old WMS, on premises at Ribbleford. StoreTrak 6 cannot send tasks to a
robot fleet manager, and its supplier will not build an interface. Its support contract runs
to 31 December 2029.

Vantyx keeps task-level history for 90 days; after that only daily totals remain.

## Transport

RouteLedger is our transport management system at all five sites: carrier bookings, load
plans, despatch labels and proof of delivery.

## Labour and training

ShiftMetric is live at Daneholt and Hatherby only; Ribbleford, Stannage and Lowmarsh keep
picker rates in a weekly spreadsheet.

SkillYard is our learning system; the Learning & Competence Manager owns it. Agency inductions
are signed off on paper at each gatehouse, and the sheets are filed at the site.

## Goods-in

Damage found at goods-in is written on a paper discrepancy sheet, and the sheets are scanned
into the shared drive on Fridays.

## Reporting

Keelstone is our data warehouse. It takes nightly loads from Vantyx, StoreTrak 6, RouteLedger
and ShiftMetric, and the KPI dashboards are built on it.

## Engineering

The Controls & Automation Engineer post has been vacant since November 2027; conveyor
control changes are bought from the conveyor supplier by the day meanwhile.
"""

MEASURES_TSV = (
    "\n".join(
        "\t".join(row)
        for row in [
            ["Measure", "Definition", "Owner", "Source", "2027 value"],
            [
                "Units picked per labour hour",
                "Units picked divided by hours booked to picking, own and agency",
                "Head of Warehouse Operations",
                "Keelstone",
                "118",
            ],
            [
                "Order accuracy",
                "Orders shipped without a picking or labelling error reported within 14 days",
                "Inventory Control Manager",
                "Keelstone",
                "99.52%",
            ],
            [
                "Dock-to-stock time",
                "Hours from a pallet's arrival scan to its put-away scan",
                "Goods-In Manager, Daneholt",
                "Vantyx",
                "5.6 hours",
            ],
            [
                "Same-day despatch",
                "Orders placed by 16:00 that leave on the same day's trailers",
                "Transport Planning Manager",
                "RouteLedger",
                "94.1%",
            ],
            [
                "Agency share of picking hours",
                "Agency hours booked to picking over all picking hours",
                "Resourcing Manager",
                "ShiftMetric and site spreadsheets",
                "41%",
            ],
            [
                "Agency pickers at rate by shift five",
                "New agency pickers reaching the engineered standard by their fifth shift",
                "Learning & Competence Manager",
                "ShiftMetric",
                "38%",
            ],
            [
                "Lost-time injury rate",
                "Lost-time injuries per 200,000 hours worked",
                "Head of Health, Safety & Environment",
                "Incident log",
                "0.9",
            ],
            [
                "Customer stock record accuracy",
                "Locations whose count matches the record at the quarterly count",
                "Inventory Control Manager",
                "Vantyx and StoreTrak 6",
                "99.1%",
            ],
        ]
    )
    + "\n"
)

HALBERD = """
# Halberd Home: warehousing agreement, Schedule 4 (extract)

Schedule 4 covers stock ownership, counting and claims. The agreement runs to 31 January 2031.

## 4.1 Ownership

Halberd Home owns the stock it holds at Daneholt and Hatherby. Brindlecoe holds it as
bailee and keeps the stock record.

## 4.2 Counting and location

No change to how Halberd Home's stock is counted or located may be made without 30 days'
written notice and Halberd Home's agreement.

## 4.3 Claims

Damage found at goods-in is reported to Halberd Home's inventory controller within one
working day, with photographs where we have them.

## 4.4 Peak

Halberd Home's peak runs from the first Monday in November to 24 December.
"""

FREEZE = """
# Peak trading change freeze policy

Owner: Chief Operating Officer. Applies to every site and every system.

No system change, go-live or new equipment may go into service between 1 November and
10 January. Emergency fixes need the Chief Operating Officer's written approval.

Cutovers planned for January start no earlier than the second Monday after the freeze ends.
"""

AGENCY = """
AGENCY LABOUR NOTE - Resourcing, February 2028

Tallyhouse Staffing supplies all our agency workers at the five sites.

The Tallyhouse Staffing contract fixes a minimum of 38,000 agency hours a month until
31 January 2029.

Peak hours are booked by site each August for November and December.

New agency pickers are paired with a buddy for their first shift where one is free.
"""

EMAIL = """
From: Automation Programme Manager
To: Chief Operating Officer; Head of Warehouse Operations; Engineering Manager
Date: 21 February 2028 11:04
Subject: Ardent lead times and what they mean for Wave 1

All,

Ardent confirmed today that their lead time from order to delivery is 22 weeks for pick
robots and 14 weeks for pallet robots. The charging points need a further four weeks on
site once the robots arrive.

Ardent will lend us four pallet robots for the goods-in pilot from the week after signature.

If we sign and order on the same day, the first 40 pick robots reach Daneholt with enough
time to be commissioned before the freeze. Any slip in signature comes straight off that
margin.

Regards,
Programme Office
"""

ORG_TEXT = {
    "org/governance/automation-steering-group-terms-of-reference.md": STEERING,
    "org/governance/health-and-safety-committee-constitution.txt": HS_COMMITTEE,
    "org/systems/systems-and-data-register.md": SYSTEMS,
    "org/measures/operational-measures.tsv": MEASURES_TSV,
    "org/context/halberd-home-schedule-4-extract.md": HALBERD,
    "org/policies/peak-trading-change-freeze-policy.md": FREEZE,
    "org/context/agency-labour-note.txt": AGENCY,
    "org/context/email-2028-02-21-ardent-lead-times.txt": EMAIL,
}


def write(path: Path, body: str | bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(body, str):
        path.write_bytes(body.lstrip("\n").encode("utf-8"))
    else:
        path.write_bytes(body)


def build(out: Path) -> None:
    root = out / CASE
    files: dict[str, str | bytes] = {
        DECK: build_deck(),
        "org/people/establishment-report-2028-03-06.csv": build_roster(),
        "org/governance/works-council-agreement-extract.docx": build_works_council(),
    }
    files.update(ORG_TEXT)
    for rel, body in files.items():
        write(root / rel, body)


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
