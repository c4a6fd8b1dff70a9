"""Build the dev33 case ``fibre-network``: its deck and its org folder, deterministically.

Run from the repository root with the project's venv (python-docx and openpyxl):

    .venv/bin/python evals/dev33/build_fibre_network.py [out]

Writes, under ``evals/dev33/fibre-network/`` (or ``<out>/fibre-network/``):

- ``Lighting the Vale - Board paper B-27-41.pptx``: Valewire Fibre's build and connect plan
  for M1 to M18 (July 2027 to December 2028), a deck made in LIBREOFFICE IMPRESS and saved
  as PowerPoint, with what that export carries: ``docProps/app.xml`` naming LibreOffice, the
  16:9 page LibreOffice uses (28 x 15.75 cm, 10080000 x 5670000 EMU), one master with
  LibreOffice's twelve layouts ("Blank Slide", "Title Slide", "Title, Content", ...), shapes
  named as LibreOffice names them ("PlaceHolder N", "TextShape N", "CustomShape N",
  "Table N"), titles mostly as free text boxes, runs with ``spc="-1" strike="noStrike"``,
  bullets as Wingdings characters and arabic auto-numbers, native tables as ``graphicFrame``
  tables, and a notes page for every slide (speaker notes written on four of them).
  Written part by part as XML strings; no template is read.
- ``org/``: an HR system's position export (CSV with a report line above the header,
  UTF-8 with a byte-order mark and CRLF line ends), the Build Programme Board's terms of
  reference (DOCX), the CWU recognition agreement extract, the systems and data inventory,
  an email about FieldKit licences, the KPI definitions workbook (XLSX), the wayleaves and
  street works notes, the build partners and supply notes, the Pellingford exchange area
  profile and the customer records retention schedule.

Re-running it rewrites every file byte for byte: every ZIP package (PPTX, DOCX, XLSX) is
written with its entries in sorted order at one fixed time, and the document properties
carry fixed dates. It never touches ``gold.json``. This is a DEVELOPMENT case (split "dev33").
"""

from __future__ import annotations

import io
import re
import sys
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
CASE = "fibre-network"
DECK = "Lighting the Vale - Board paper B-27-41.pptx"
ZIP_TIME = (1980, 1, 1, 0, 0, 0)

NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
NS_P = "http://schemas.openxmlformats.org/presentationml/2006/main"
NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NSDECL = f'xmlns:a="{NS_A}" xmlns:r="{NS_R}" xmlns:p="{NS_P}"'
XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CT_P = "application/vnd.openxmlformats-officedocument.presentationml"

SLIDE_W, SLIDE_H = 10080000, 5670000
FONT = "Liberation Sans"
INK = "1B2B3A"
MOSS = "2E6B4F"
LIME = "8CC63F"
GREY = "6E7781"
PALE = "EEF3EF"
WHITE = "FFFFFF"
AMBER = "C2711D"

LAYOUTS = [
    "Blank Slide",
    "Title Slide",
    "Title, Content",
    "Title, 2 Content",
    "Title Only",
    "Centered Text",
    "Title, 2 Content and Content",
    "Title, Content and 2 Content",
    "Title, 2 Content over Content",
    "Title, Content over Content",
    "Title, 4 Content",
    "Title, 6 Content",
]
BLANK, TITLE_SLIDE, TITLE_CONTENT, TITLE_ONLY = 1, 2, 3, 5
FOOTER = "Valewire Fibre \u00b7 Lighting the Vale \u00b7 Board paper B/27/41 \u00b7 Commercial in confidence"


def cm(x: float) -> int:
    return int(round(x * 360000))


# =========================================================================== LibreOffice-style XML


class Slide:
    """One slide being drawn: its shapes, in the order LibreOffice writes them, its layout and
    its speaker notes."""

    def __init__(self, layout: int = BLANK) -> None:
        self.layout = layout
        self.shapes: list[str] = []
        self.notes: list[str] = []
        self.counts: dict[str, int] = {}

    def name(self, kind: str) -> tuple[int, str]:
        self.counts["all"] = self.counts.get("all", 0) + 1
        n = self.counts["all"]
        return n + 1, f"{kind} {n}"


def _rpr(size: int, bold: bool, italic: bool, color: str, tag: str = "a:rPr") -> str:
    b = ' b="1"' if bold else ' b="0"'
    i = ' i="1"' if italic else ""
    return (
        f'<{tag}{b}{i} lang="en-GB" sz="{size}" spc="-1" strike="noStrike"><a:solidFill>'
        f'<a:srgbClr val="{color}"/></a:solidFill><a:latin typeface="{FONT}"/></{tag}>'
    )


def para(
    text: str,
    size: int = 1400,
    *,
    bold: bool = False,
    italic: bool = False,
    color: str = INK,
    algn: str = "l",
    bullet: bool = False,
    number: bool = False,
    before: int = 0,
) -> str:
    """A paragraph as LibreOffice writes it: an ``a:pPr`` (a Wingdings bullet, an arabic
    auto-number or none), one run with ``spc="-1" strike="noStrike"``, an ``a:endParaRPr``."""
    spc = f'<a:spcBef><a:spcPts val="{before}"/></a:spcBef>' if before else ""
    if bullet:
        ppr = (
            f'<a:pPr marL="288000" indent="-216000" algn="{algn}">{spc}<a:buClr><a:srgbClr '
            f'val="{MOSS}"/></a:buClr><a:buSzPct val="45000"/><a:buFont typeface="Wingdings" '
            f'charset="2"/><a:buChar char="\uf06c"/></a:pPr>'
        )
    elif number:
        ppr = (
            f'<a:pPr marL="432000" indent="-324000" algn="{algn}">{spc}<a:buClr><a:srgbClr '
            f'val="{MOSS}"/></a:buClr><a:buSzPct val="100000"/><a:buFont typeface="{FONT}"/>'
            f'<a:buAutoNum type="arabicPeriod"/></a:pPr>'
        )
    else:
        ppr = f'<a:pPr algn="{algn}">{spc}<a:buNone/></a:pPr>' if (algn != "l" or spc) else ""
    return (
        f"<a:p>{ppr}<a:r>{_rpr(size, bold, italic, color)}<a:t>{escape(text)}</a:t></a:r>"
        f"{_rpr(size, bold, italic, color, 'a:endParaRPr')}</a:p>"
    )


def _txbody(paras: Sequence[str], anchor: str, ins: int, autofit: bool) -> str:
    body = "".join(paras) or '<a:p><a:endParaRPr lang="en-GB"/></a:p>'
    fit = "<a:spAutoFit/>" if autofit else "<a:noAutofit/>"
    return (
        f'<p:txBody><a:bodyPr lIns="{ins}" rIns="{ins}" tIns="{ins // 2}" bIns="{ins // 2}" '
        f'anchor="{anchor}">{fit}</a:bodyPr><a:lstStyle/>{body}</p:txBody>'
    )


def _sppr(
    x: float, y: float, w: float, h: float, geom: str, fill: str | None, line: str | None
) -> str:
    fill_xml = f'<a:solidFill><a:srgbClr val="{fill}"/></a:solidFill>' if fill else "<a:noFill/>"
    ln = (
        f'<a:ln w="12600"><a:solidFill><a:srgbClr val="{line}"/></a:solidFill><a:round/></a:ln>'
        if line
        else '<a:ln w="0"><a:noFill/></a:ln>'
    )
    return (
        f'<p:spPr><a:xfrm><a:off x="{cm(x)}" y="{cm(y)}"/><a:ext cx="{cm(w)}" cy="{cm(h)}"/>'
        f'</a:xfrm><a:prstGeom prst="{geom}"><a:avLst/></a:prstGeom>{fill_xml}{ln}</p:spPr>'
    )


def text(
    s: Slide, x: float, y: float, w: float, h: float, paras: Sequence[str], *, anchor: str = "t"
) -> None:
    """A free text box: LibreOffice's "TextShape", ``txBox="1"``, grown to its text."""
    sid, name = s.name("TextShape")
    s.shapes.append(
        f'<p:sp><p:nvSpPr><p:cNvPr id="{sid}" name="{name}"/><p:cNvSpPr txBox="1"/><p:nvPr/>'
        f"</p:nvSpPr>{_sppr(x, y, w, h, 'rect', None, None)}"
        f"{_txbody(paras, anchor, 90000, True)}</p:sp>"
    )


def shape(
    s: Slide,
    x: float,
    y: float,
    w: float,
    h: float,
    paras: Sequence[str] = (),
    *,
    geom: str = "rect",
    fill: str | None = PALE,
    line: str | None = None,
    anchor: str = "ctr",
    ins: int = 90000,
) -> None:
    """A drawn shape with or without text: LibreOffice's "CustomShape"."""
    sid, name = s.name("CustomShape")
    s.shapes.append(
        f'<p:sp><p:nvSpPr><p:cNvPr id="{sid}" name="{name}"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr>'
        f"{_sppr(x, y, w, h, geom, fill, line)}{_txbody(paras, anchor, ins, False)}</p:sp>"
    )


def placeholder(
    s: Slide, ph: str, x: float, y: float, w: float, h: float, paras: Sequence[str]
) -> None:
    sid, name = s.name("PlaceHolder")
    s.shapes.append(
        f'<p:sp><p:nvSpPr><p:cNvPr id="{sid}" name="{name}"/><p:cNvSpPr><a:spLocks '
        f'noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph {ph}/></p:nvPr></p:nvSpPr>'
        f"{_sppr(x, y, w, h, 'rect', None, None)}{_txbody(paras, 'ctr' if 'ctrTitle' in ph else 't', 0, False)}</p:sp>"
    )


def _cell(content: str, size: int, head: bool, fill: str | None) -> str:
    color = WHITE if head else INK
    bg = MOSS if head else (fill or WHITE)
    lines = content.split("\n")
    paras = "".join(para(t, size, bold=head, color=color) for t in lines)
    border = "".join(
        f'<a:{side} w="6480"><a:solidFill><a:srgbClr val="B7C4BC"/></a:solidFill></a:{side}>'
        for side in ("lnL", "lnR", "lnT", "lnB")
    )
    return (
        f"<a:tc><a:txBody><a:bodyPr/><a:lstStyle/>{paras}</a:txBody>"
        f'<a:tcPr marL="72000" marR="72000" marT="36000" marB="36000">{border}'
        f'<a:solidFill><a:srgbClr val="{bg}"/></a:solidFill></a:tcPr></a:tc>'
    )


def table(
    s: Slide,
    x: float,
    y: float,
    widths: Sequence[float],
    rows: Sequence[Sequence[str]],
    *,
    size: int = 1100,
    row_h: float = 0.8,
    shade: Sequence[int] = (),
) -> None:
    """A native table as LibreOffice saves one: a ``graphicFrame`` named "Table N"."""
    sid, name = s.name("Table")
    grid = "".join(f'<a:gridCol w="{cm(w)}"/>' for w in widths)
    body = "".join(
        f'<a:tr h="{cm(row_h)}">'
        + "".join(_cell(c, size, k == 0, PALE if k in shade else None) for c in row)
        + "</a:tr>"
        for k, row in enumerate(rows)
    )
    s.shapes.append(
        f'<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="{sid}" name="{name}"/>'
        f'<p:cNvGraphicFramePr/><p:nvPr/></p:nvGraphicFramePr><p:xfrm><a:off x="{cm(x)}" '
        f'y="{cm(y)}"/><a:ext cx="{cm(sum(widths))}" cy="{cm(row_h * len(rows))}"/></p:xfrm>'
        f'<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/table">'
        f"<a:tbl><a:tblPr/><a:tblGrid>{grid}</a:tblGrid>{body}</a:tbl></a:graphicData>"
        f"</a:graphic></p:graphicFrame>"
    )


def frame(s: Slide, section: str, title: str, number: int) -> None:
    """The eyebrow, the title (a free text box), the footer and the page number."""
    text(s, 1.2, 0.5, 16.0, 0.7, [para(section.upper(), 1000, bold=True, color=MOSS)])
    text(s, 1.2, 1.05, 25.6, 1.3, [para(title, 2600, bold=True)])
    text(s, 1.2, 14.7, 20.0, 0.6, [para(FOOTER, 800, color=GREY)])
    text(s, 25.6, 14.7, 1.2, 0.6, [para(str(number), 800, color=GREY, algn="r")])


def bullets(lines: Sequence[str], size: int = 1400) -> list[str]:
    return [para(t, size, bullet=True, before=600 if k else 0) for k, t in enumerate(lines)]


def numbered(lines: Sequence[str], size: int = 1400) -> list[str]:
    return [para(t, size, number=True, before=500 if k else 0) for k, t in enumerate(lines)]


# =========================================================================== the slides


def s01() -> Slide:
    s = Slide(TITLE_SLIDE)
    shape(s, 0.0, 0.0, 28.0, 15.75, fill=MOSS)
    shape(s, 0.0, 11.9, 28.0, 0.25, fill=LIME)
    text(s, 1.6, 1.4, 14.0, 0.9, [para("VALEWIRE FIBRE", 1400, bold=True, color=LIME)])
    placeholder(
        s,
        'type="ctrTitle"',
        1.6,
        3.6,
        24.0,
        2.6,
        [para("Lighting the Vale", 5400, bold=True, color=WHITE)],
    )
    placeholder(
        s,
        'type="subTitle"',
        1.6,
        6.4,
        24.0,
        1.4,
        [para("Build and connect plan, M1 to M18", 2400, color=WHITE)],
    )
    text(
        s,
        1.6,
        9.0,
        24.0,
        0.9,
        [para("Board of Directors \u00b7 24 June 2027 \u00b7 Paper B/27/41", 1600, color=WHITE)],
    )
    text(
        s,
        1.6,
        9.9,
        24.0,
        0.9,
        [para("Presented by the Chief Operating Officer", 1400, color=WHITE)],
    )
    text(s, 1.6, 12.6, 24.0, 0.8, [para("Commercial in confidence", 1100, color=WHITE)])
    return s


def s02() -> Slide:
    s = Slide()
    frame(s, "Context", "Where we stand in June 2027", 2)
    tiles = [
        ("41,200", "premises passed across four exchange areas"),
        ("18%", "of ready-for-service premises take a Valewire service"),
        ("9", "working days, on average, from build complete to orderable"),
        ("2 of 5", "build partners send as-built records through FieldKit"),
    ]
    for k, (big, label) in enumerate(tiles):
        x = 1.2 + k * 6.5
        shape(s, x, 2.9, 6.1, 3.6, fill=PALE)
        text(s, x + 0.3, 3.1, 5.5, 1.4, [para(big, 3000, bold=True, color=MOSS)])
        text(s, x + 0.3, 4.6, 5.5, 1.6, [para(label, 1200)])
    text(
        s,
        1.2,
        7.1,
        25.6,
        5.6,
        bullets(
            [
                "Our 2025 build plan promised 60,000 premises by now; wayleaves and permits held "
                "us back more than money did.",
                "One request in three to a landlord of flats gets no reply within three months.",
                "Kinbrook Networks has overbuilt 3,100 of our premises in Coldmere since "
                "January 2026.",
                "Full-fibre coverage in the vale stands at 46%, against 69% across the UK.",
            ],
            1500,
        ),
    )
    s.notes = [
        "The 60,000 figure is from the 2025 business plan that went to the investors; we will "
        "be asked about it.",
    ]
    return s


def s03() -> Slide:
    s = Slide()
    frame(s, "Ambition", "Our north star and four goals", 3)
    shape(
        s,
        1.2,
        2.6,
        25.6,
        2.0,
        [
            para("NORTH STAR", 1000, bold=True, color=LIME, algn="ctr"),
            para(
                "Every door in the vale lit with full fibre, and people glad they chose us.",
                2000,
                bold=True,
                color=WHITE,
                algn="ctr",
            ),
        ],
        fill=MOSS,
    )
    goals = [
        ("Pass 88,000 premises with full fibre by December 2028", "Today: 41,200 premises passed"),
        (
            "Three in ten ready premises taking a Valewire service by M18",
            "Today: 18% take-up",
        ),
        (
            "Make landlords our partners, not our blockers",
            "Today: 140 blocks of flats with a signed wayleave",
        ),
        (
            "Be the broadband businesses choose on every high street we build",
            "Today: 310 business customers",
        ),
    ]
    for k, (goal, today) in enumerate(goals):
        x = 1.2 + k * 6.5
        shape(s, x, 5.2, 6.1, 5.4, [para(goal, 1500, bold=True)], fill=PALE, anchor="t")
        text(s, x, 10.9, 6.1, 1.4, [para(today, 1200, italic=True, color=GREY)])
    return s


def s04() -> Slide:
    s = Slide()
    frame(s, "Who we build for", "Who we are building for", 4)
    cards = [
        (
            "Homes in our market towns",
            "Householders in the wave towns moving off copper broadband; most order within 90 "
            "days of the first leaflet and a sticker on the street cabinet.",
        ),
        (
            "Businesses on high streets and estates",
            "Shops, surgeries and small firms on high streets and trading estates, who need a "
            "business line installed without closing for a day.",
        ),
        (
            "Landlords of flats",
            "Housing associations, private landlords and managing agents of blocks of flats, "
            "who must sign a wayleave before any tenant can order.",
        ),
    ]
    for k, (head, body) in enumerate(cards):
        x = 1.2 + k * 6.6
        shape(
            s,
            x,
            2.7,
            6.2,
            7.4,
            [para(head, 1600, bold=True, color=MOSS), para(body, 1300, before=800)],
            fill=PALE,
            anchor="t",
        )
    text(
        s,
        21.2,
        2.7,
        5.8,
        7.6,
        [para("Not in this plan", 1500, bold=True, color=AMBER)]
        + bullets(
            [
                "Leased lines for large firms and the public sector",
                "Mobile mast backhaul",
                "Selling wholesale access to other providers",
                "Farmsteads and hamlets of the upper dales",
            ],
            1200,
        ),
    )
    text(
        s,
        1.2,
        10.8,
        25.6,
        1.6,
        [
            para(
                "Each wave is planned as town by customer type: the homes, the businesses and "
                "the landlords of flats of each exchange area we build.",
                1300,
                italic=True,
                color=GREY,
            )
        ],
    )
    return s


def s05() -> Slide:
    s = Slide()
    frame(s, "How we build", "How we will build: Sprint 0, then three waves", 5)
    steps = [
        ("Sprint 0: mobilise", "Contracts, stock, surveys and the systems work that cannot wait"),
        ("Wave 1: prove the model", "Two towns, the pilot first; every process tried once"),
        ("Wave 2: scale the towns", "Two larger towns on the method Wave 1 proved"),
        ("Wave 3: finish the build", "Three smaller exchange areas and handover to operations"),
    ]
    for k, (head, body) in enumerate(steps):
        x = 1.2 + k * 6.45
        shape(
            s,
            x,
            2.9,
            6.6,
            2.0,
            [para(head, 1500, bold=True, color=WHITE, algn="ctr")],
            geom="chevron" if k else "homePlate",
            fill=MOSS if k else LIME,
        )
        text(s, x + 0.4, 5.3, 5.6, 2.6, [para(body, 1300)])
    text(
        s,
        1.2,
        8.6,
        25.6,
        3.8,
        bullets(
            [
                "Every wave ends at a stage gate; the next wave does not start its build until "
                "the gate is passed.",
                "Surveys and wayleaves for a wave start while the wave before it is still "
                "building.",
                "Each wave's exchange areas, premises and months are in the wave table.",
            ],
            1400,
        ),
    )
    s.notes = [
        "Sprint 0 is short on purpose. If a board member asks why we do not start digging in "
        "the first month: the stock lead time and the permit notice period decide that, not us.",
    ]
    return s


def s06() -> Slide:
    s = Slide()
    frame(s, "Pilot", "Start small: the Pellingford exchange area", 6)
    text(
        s,
        1.2,
        2.6,
        12.2,
        9.6,
        [para("Why here", 1500, bold=True, color=MOSS)]
        + bullets(
            [
                "6,400 premises and 38 blocks of flats in one exchange area",
                "Lattice already holds its duct and pole records",
                "Two of our build partners already work there on FieldKit",
                "1,100 households registered interest in 2026",
            ],
            1300,
        ),
    )
    text(
        s,
        13.8,
        2.6,
        13.0,
        9.6,
        [para("Pilot steps", 1500, bold=True, color=MOSS)]
        + numbered(
            [
                "Survey all 6,400 premises and 38 blocks of flats in Sprint 0",
                "Build and light the first 1,200 premises in 16 weeks",
                "Hold a landlord open evening at Pellingford Town Hall in week 2",
                "Mark each premises orderable in OrderDesk the day its build is signed off, by "
                "hand until the link is ready",
                "Ask every new customer to rate their install within 7 days",
            ],
            1300,
        ),
    )
    text(
        s,
        1.2,
        12.6,
        25.6,
        1.2,
        [
            para(
                "The pilot runs for 16 weeks inside Wave 1; what it teaches us sets the method "
                "for Wave 2.",
                1300,
                italic=True,
                color=GREY,
            )
        ],
    )
    return s


def _pillar(number: int, page: int, title: str, aim: str, lines: Sequence[str], lead: str) -> Slide:
    s = Slide()
    frame(s, f"Pillar {number}", title, page)
    shape(s, 1.2, 2.6, 7.4, 9.6, [para(aim, 1600, bold=True, color=WHITE)], fill=MOSS)
    text(s, 9.2, 2.6, 17.6, 9.6, bullets(lines, 1400))
    text(s, 9.2, 12.6, 17.6, 0.9, [para(lead, 1200, bold=True, color=GREY)])
    return s


def s07() -> Slide:
    return _pillar(
        1,
        7,
        "Build faster with our partners",
        "Five partners, one standard, no idle crews",
        [
            "Put all five build partners on FieldKit before Wave 2 starts, and pay for as-built "
            "records only through it",
            "Agree a permit pipeline with Askershire County Council: applications three months "
            "ahead of every wave",
            "Apply for Easterholm's traffic-sensitive street permits before the winter embargo",
            "Order Wave 1 ONTs and routers in Sprint 0",
            "Issue work orders a wave at a time, never street by street",
        ],
        "Lead: Head of Network Build",
    )


def s08() -> Slide:
    s = _pillar(
        2,
        8,
        "Wayleaves: open the door to flats",
        "A landlord's yes in ten working days",
        [
            "Recruit a Wayleaves Manager by October 2027",
            "Offer landlords one standard wayleave, answered within 10 working days",
            "Sign a framework wayleave with Marrowdale Homes for its 1,900 flats",
            "Wire the first 20 blocks of flats in Pellingford and Coldmere",
            "Write to the tenants of each signed block, using the landlord's tenant list",
            "Move the wayleave register from a spreadsheet into Lattice",
        ],
        "Lead: Chief Operating Officer until the Wayleaves Manager starts",
    )
    s.notes = [
        "Marrowdale Homes' board meets in September; their head of assets has said yes in "
        "principle to a framework.",
    ]
    return s


def s09() -> Slide:
    return _pillar(
        3,
        9,
        "One record from survey to sale",
        "Built today, orderable today",
        [
            "Link Lattice to OrderDesk so a premises is orderable the day its build is signed off",
            "Load duct and pole records for the five remaining exchange areas into Lattice",
            "Check every as-built pack the day it arrives, whoever sent it",
            "Publish every KPI weekly from Ledgerstone, against the June 2027 baseline",
        ],
        "Lead: Head of IT",
    )


def s10() -> Slide:
    return _pillar(
        4,
        10,
        "Sell and connect",
        "Lit is not enough: switched on",
        [
            "Open register-interest in Easterholm and Thrushford six months before their build",
            "Visit every shop and office on the high streets of Pellingford and Coldmere with a "
            "business offer",
            "Offer Saturday installs from Wave 2",
            "Call back every abandoned order within 48 hours",
            "One engineer, one visit: service live before the engineer leaves",
        ],
        "Lead: Head of Marketing, with the Field Operations Manager",
    )


KPI_ROWS = [
    ["Measure", "Baseline (June 2027)", "Target", "By when"],
    ["Premises passed (ready for service)", "41,200", "88,000", "M18 (Dec 2028)"],
    ["Take-up of ready-for-service premises", "18%", "30%", "M18"],
    ["Working days from build complete to orderable", "9", "2", "M12"],
    ["As-built packs in Lattice within 10 working days", "52%", "95%", "M8"],
    ["Installs right first time", "81%", "92%", "M12"],
    ["Blocks of flats with a signed wayleave", "140", "600", "M18"],
    ["Permit applications granted first time", "74%", "90%", "M9"],
    ["Business customers connected", "310", "1,400", "M18"],
    ["Complaints per 1,000 customers", "11.2", "Lower", "Set at Gate 1"],
]


def s11() -> Slide:
    s = Slide(TITLE_ONLY)
    text(s, 1.2, 0.5, 16.0, 0.7, [para("MEASURES", 1000, bold=True, color=MOSS)])
    placeholder(
        s, 'type="title"', 1.2, 1.05, 25.6, 1.3, [para("How we will know", 2600, bold=True)]
    )
    table(s, 1.2, 2.7, [11.6, 5.0, 3.6, 5.4], KPI_ROWS, size=1200, row_h=1.05, shade=(9,))
    text(s, 1.2, 14.7, 20.0, 0.6, [para(FOOTER, 800, color=GREY)])
    text(s, 25.6, 14.7, 1.2, 0.6, [para("11", 800, color=GREY, algn="r")])
    return s


WAVES = [
    ["Wave", "Exchange areas", "Premises to pass", "Surveys start", "Build", "Stage gate"],
    ["Sprint 0", "All wave areas (mobilise)", "-", "M1", "Six weeks", "Mobilisation review"],
    ["Wave 1", "Pellingford, Coldmere", "17,400", "M2", "M3-M8", "Gate 1"],
    ["Wave 2", "Easterholm, Thrushford", "16,900", "M6", "M9-M13", "Gate 2"],
    ["Wave 3", "Draycombe, Ormsley, Wythenby Bridge", "12,500", "M11", "M14-M18", "Gate 3"],
    ["Wave 4", "Upper dales", "9,800", "-", "Beyond M18", "Not in this plan"],
]


def s12() -> Slide:
    s = Slide()
    frame(s, "Timeline", "Our clock: months, waves and gates", 12)
    text(
        s,
        1.2,
        2.5,
        25.6,
        3.4,
        bullets(
            [
                "We count the plan in months: M1 is July 2027 and M18 is December 2028.",
                "Sprint 0 runs for six weeks, from Monday 5 July to Friday 13 August 2027, "
                "within M1 and M2.",
                "Our financial year runs April to March: the plan covers FY27/28 and the first "
                "nine months of FY28/29.",
            ],
            1400,
        ),
    )
    table(s, 1.2, 6.3, [2.8, 8.0, 3.6, 3.2, 3.2, 4.8], WAVES, size=1150, row_h=1.1, shade=(5,))
    s.notes = [
        "Surveys start before the build months on purpose: a wave's survey and design overlaps "
        "the build of the wave before. The Build column is what the gates hang on.",
    ]
    return s


QUARTERS = ["Q3 2027", "Q4 2027", "Q1 2028", "Q2 2028", "Q3 2028", "Q4 2028", "Beyond M18"]
LANES = ["Build", "Wayleaves", "Permits", "Systems", "Sales"]


def s13() -> Slide:
    s = Slide()
    frame(s, "Roadmap", "The roadmap at a glance", 13)
    x0, col, y0, lane_h = 4.4, 3.15, 2.6, 2.05

    def at(month: float) -> float:  # month 0 = the start of M1
        return x0 + month / 3 * col

    for k, q in enumerate(QUARTERS):
        shade = AMBER if k == 6 else MOSS
        shape(
            s,
            x0 + k * col,
            y0,
            col - 0.08,
            0.8,
            [para(q, 1100, bold=True, color=WHITE, algn="ctr")],
            fill=shade,
        )
    for k, lane in enumerate(LANES):
        y = y0 + 1.0 + k * lane_h
        shape(s, 1.2, y, 3.0, lane_h - 0.12, [para(lane, 1200, bold=True)], fill=PALE)
    bars = [
        (0, 0.0, 1.5, "Sprint 0", LIME),
        (0, 2.0, 8.0, "Wave 1", MOSS),
        (0, 8.0, 13.0, "Wave 2", MOSS),
        (0, 13.0, 18.0, "Wave 3", MOSS),
        (0, 18.1, 20.9, "Wave 4 design", GREY),
        (1, 0.0, 4.0, "Wayleaves Manager hire", AMBER),
        (1, 1.0, 11.0, "Flats wayleave drive, Waves 1 and 2", MOSS),
        (1, 3.0, 7.0, "Marrowdale framework", MOSS),
        (2, 0.0, 15.0, "Permit pipeline, three months ahead of each wave", MOSS),
        (2, 4.65, 6.15, "Embargo", AMBER),
        (3, 0.0, 8.0, "FieldKit for all five partners", MOSS),
        (3, 2.0, 9.0, "Lattice-OrderDesk link", MOSS),
        (3, 6.0, 12.0, "Duct and pole records, five areas", MOSS),
        (4, 2.0, 9.0, "Register interest: Easterholm, Thrushford", MOSS),
        (4, 6.0, 18.0, "Saturday installs, after CWU consultation", MOSS),
        (4, 0.0, 6.0, "High-street business offer", LIME),
    ]
    stack: dict[int, list[tuple[float, float]]] = {}
    for lane_no, start, end, label, color in bars:
        placed = stack.setdefault(lane_no, [])
        row = sum(1 for a, b in placed if a < end and start < b)
        placed.append((start, end))
        y = y0 + 1.05 + lane_no * lane_h + row * 0.64
        shape(
            s,
            at(start),
            y,
            at(end) - at(start) - 0.05,
            0.58,
            [para(label, 800, bold=True, color=WHITE)],
            geom="roundRect",
            fill=color,
            ins=36000,
        )
    for k, m in enumerate((8.0, 13.0, 18.0), start=1):
        shape(
            s,
            at(m) - 0.35,
            y0 + 0.85,
            0.7,
            0.7,
            [para(f"G{k}", 800, bold=True, color=WHITE, algn="ctr")],
            geom="diamond",
            fill=AMBER,
        )
    text(
        s,
        1.2,
        13.95,
        25.6,
        0.7,
        [
            para(
                "Bars show when each workstream is busy; they overlap on purpose. G = stage gate.",
                1000,
                italic=True,
                color=GREY,
            )
        ],
    )
    return s


def s14() -> Slide:
    s = Slide()
    frame(s, "Stage gates", "What must be true at each gate", 14)
    gates = [
        (
            "Gate 1: Wave 1 to Wave 2",
            [
                "17,400 Wave 1 premises ready for service by 29 February 2028",
                "95% of as-built records in Lattice within 10 working days of build completion",
                "350 Pellingford customers with a live service",
                "All five build partners sending as-built records through FieldKit",
            ],
        ),
        (
            "Gate 2: Wave 2 to Wave 3",
            [
                "34,300 premises ready for service by 31 July 2028",
                "Build complete to orderable in 2 working days or fewer through June 2028",
                "450 blocks of flats with a signed wayleave",
            ],
        ),
        (
            "Gate 3: build to operations",
            [
                "88,000 premises passed by Friday 15 December 2028",
                "Network records and open faults handed to the Network Operations Centre",
                "Wave 4 design and budget ready for the Board",
            ],
        ),
    ]
    for k, (head, lines) in enumerate(gates):
        x = 1.2 + k * 8.6
        shape(s, x, 2.6, 8.2, 1.2, [para(head, 1500, bold=True, color=WHITE)], fill=MOSS)
        text(s, x, 4.0, 8.2, 8.2, bullets(lines, 1250))
    text(
        s,
        1.2,
        12.8,
        25.6,
        1.2,
        [
            para(
                "The Build Programme Board reviews each gate pack; the Chief Operating Officer "
                "decides go or no-go.",
                1300,
                bold=True,
                color=GREY,
            )
        ],
    )
    s.notes = [
        "Gate 2's second test is a month of evidence, not a single week: the records team "
        "cannot fake it by working a weekend.",
    ]
    return s


RISKS = [
    ["Risk", "Likelihood", "Impact", "Mitigation (owner)"],
    [
        "Landlords of flats do not answer wayleave requests",
        "High",
        "High",
        "Standard wayleave, the Marrowdale framework and landlord evenings (Wayleaves Manager)",
    ],
    [
        "Permits refused or late on traffic-sensitive streets",
        "Medium",
        "High",
        "Apply three months ahead and keep works off those streets during the winter embargo "
        "(Street Works Manager)",
    ],
    [
        "ONT and router stock runs short",
        "Medium",
        "High",
        "Hold eight weeks of stock at the Coldmere depot (Procurement and Stores Manager)",
    ],
    [
        "Partners not on FieldKit keep sending paper redlines",
        "High",
        "Medium",
        "Make FieldKit a condition of Wave 2 work orders (Build Partner Manager)",
    ],
    [
        "Engineers reject Saturday working",
        "Medium",
        "Medium",
        "Consult the CWU from M3 and start with volunteers (Field Operations Manager)",
    ],
]


def s15() -> Slide:
    s = Slide()
    frame(s, "Risks", "What could stop us, and what we will do", 15)
    table(s, 1.2, 2.6, [7.6, 2.8, 2.6, 12.6], RISKS, size=1150, row_h=1.7)
    return s


def s16() -> Slide:
    s = Slide()
    frame(s, "First 90 days", "Our first 90 days", 16)
    text(
        s,
        1.2,
        2.5,
        25.6,
        11.0,
        numbered(
            [
                "Run Sprint 0 and hold the mobilisation review on 13 August 2027 (COO)",
                "Issue Wave 1 work orders to the five build partners (Head of Build)",
                "Baseline every KPI in Ledgerstone and publish the first weekly report (Head of "
                "Data)",
                "Train 40 partner engineers on FieldKit (Training Lead)",
                "Open CWU consultation on Saturday installs (Field Ops)",
                "Send the Easterholm town-centre permit applications (Street Works)",
                "Agree the Lattice-OrderDesk interface specification with Tessaly (IT)",
                "Shortlist candidates for the Wayleaves Manager post (COO)",
            ],
            1400,
        ),
    )
    return s


def s17() -> Slide:
    s = Slide()
    frame(s, "Monday 5 July", "What changes on Monday 5 July", 17)
    cols = [
        (
            "Build partners",
            [
                "Work orders come from the wave plan, not by email from the depot",
                "Weekly partner review at the Coldmere depot, Tuesdays at 8am",
            ],
        ),
        (
            "Records team",
            [
                "Each as-built pack is checked on the day it arrives",
                "A premises ready for service is marked orderable the same day",
            ],
        ),
        (
            "Customer operations",
            [
                "Pellingford installs are booked in OrderDesk's appointment book",
                "Advisers log every landlord's name when a tenant cannot order",
            ],
        ),
    ]
    for k, (head, lines) in enumerate(cols):
        x = 1.2 + k * 8.6
        shape(s, x, 2.6, 8.2, 1.1, [para(head, 1500, bold=True, color=MOSS)], fill=PALE)
        text(s, x, 3.9, 8.2, 8.0, bullets(lines, 1300))
    return s


def s18() -> Slide:
    s = Slide(TITLE_CONTENT)
    text(s, 1.2, 0.5, 16.0, 0.7, [para("GOVERNANCE", 1000, bold=True, color=MOSS)])
    placeholder(
        s, 'type="title"', 1.2, 1.05, 25.6, 1.3, [para("How we will run it", 2600, bold=True)]
    )
    placeholder(
        s,
        'type="body"',
        1.2,
        2.6,
        25.6,
        11.2,
        bullets(
            [
                "Chief Operating Officer: senior responsible owner; chairs the Build Programme "
                "Board, which meets monthly",
                "At each stage gate the Chief Operating Officer decides go or no-go on the Build "
                "Programme Board's recommendation and reports to the Board",
                "The Investment Committee, chaired by the Chief Financial Officer, releases each "
                "wave's capital only after its gate is passed",
                "The CWU is consulted before any change to engineers' working patterns",
                "The Data Protection Officer is consulted before we use any landlord's tenant list",
                "Each pillar has a lead who reports weekly to the programme office",
            ],
            1500,
        ),
    )
    text(s, 1.2, 14.7, 20.0, 0.6, [para(FOOTER, 800, color=GREY)])
    text(s, 25.6, 14.7, 1.2, 0.6, [para("18", 800, color=GREY, algn="r")])
    return s


MONEY = [
    ["Capital, \u00a3m", "FY27/28 (M1-M9)", "FY28/29 (M10-M18)", "Total"],
    ["Build partners", "15.9", "13.2", "29.1"],
    ["ONTs, routers and install kit", "2.8", "3.1", "5.9"],
    ["Systems (Lattice link, FieldKit licences)", "0.9", "0.4", "1.3"],
    ["Wayleaves and permits", "0.6", "0.5", "1.1"],
    ["Total", "20.2", "17.2", "37.4"],
]


def s19() -> Slide:
    s = Slide()
    frame(s, "Investment", "What it costs", 19)
    table(s, 1.2, 2.6, [10.2, 5.2, 5.6, 3.4], MONEY, size=1250, row_h=1.1, shade=(5,))
    text(
        s,
        1.2,
        9.6,
        25.6,
        3.6,
        bullets(
            [
                "The build partner framework runs for 36 months, to June 2030; its rates hold "
                "until 30 June 2028.",
                "Every wayleave we sign runs for 20 years.",
                "Capital is released wave by wave, after each gate.",
            ],
            1300,
        ),
    )
    return s


def s20() -> Slide:
    s = Slide()
    frame(s, "Beyond this plan", "Beyond M18", 20)
    text(
        s,
        1.2,
        2.6,
        25.6,
        9.0,
        bullets(
            [
                "Wave 4: the upper dales, 9,800 farmsteads and hamlets, if our bid for public "
                "subsidy succeeds in 2028",
                "Our 2030 ambition: 120,000 premises passed across the vale",
                "A second Network Operations Centre shift for business customers",
            ],
            1500,
        ),
    )
    text(
        s,
        1.2,
        11.6,
        25.6,
        1.4,
        [para("None of this is funded or planned in this paper.", 1300, italic=True, color=GREY)],
    )
    return s


def s21() -> Slide:
    s = Slide()
    frame(s, "Decisions", "What we ask of the Board today", 21)
    text(
        s,
        1.2,
        2.6,
        25.6,
        9.6,
        numbered(
            [
                "Approve the plan and its 18-month horizon, M1 to M18",
                "Release \u00a320.2m of capital for Sprint 0 and Wave 1",
                "Agree that Wave 2 starts its build only when Gate 1 is passed",
                "Note the Wayleaves Manager vacancy and the interim cover",
            ],
            1600,
        ),
    )
    s.notes = [
        "The Investment Committee met on 17 June and recommends the Wave 1 release.",
    ]
    return s


SLIDES = [s01, s02, s03, s04, s05, s06, s07, s08, s09, s10, s11]
SLIDES += [s12, s13, s14, s15, s16, s17, s18, s19, s20, s21]


# =========================================================================== the package


def _rels(items: Sequence[tuple[str, str, str]]) -> str:
    body = "".join(
        f'<Relationship Id="{rid}" Type="{RT}/{kind}" Target="{target}"/>'
        for rid, kind, target in items
    )
    return f'{XML_HEAD}<Relationships xmlns="{REL_NS}">{body}</Relationships>'


def _sptree(shapes: str) -> str:
    return (
        '<p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/>'
        '</p:nvGrpSpPr><p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/>'
        f'<a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>{shapes}</p:spTree>'
    )


CLRMAP = (
    'bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" '
    'accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" '
    'folHlink="folHlink"'
)


def _theme(name: str) -> str:
    colors = [
        ("dk1", "000000"),
        ("lt1", "FFFFFF"),
        ("dk2", "000000"),
        ("lt2", "FFFFFF"),
        ("accent1", "004586"),
        ("accent2", "FF420E"),
        ("accent3", "FFD320"),
        ("accent4", "579D1C"),
        ("accent5", "7E0021"),
        ("accent6", "83CAFF"),
        ("hlink", "0563C1"),
        ("folHlink", "954F72"),
    ]
    scheme = "".join(f'<a:{k}><a:srgbClr val="{v}"/></a:{k}>' for k, v in colors)
    fills = '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>' * 3
    lines = (
        '<a:ln w="6350" cap="flat" cmpd="sng" algn="ctr"><a:solidFill><a:schemeClr '
        'val="phClr"/></a:solidFill><a:prstDash val="solid"/><a:miter lim="800000"/></a:ln>'
    ) * 3
    effects = "<a:effectStyle><a:effectLst/></a:effectStyle>" * 3
    return (
        f'{XML_HEAD}<a:theme xmlns:a="{NS_A}" xmlns:r="{NS_R}" name="{name}"><a:themeElements>'
        f'<a:clrScheme name="LibreOffice">{scheme}</a:clrScheme><a:fontScheme name="Office">'
        f'<a:majorFont><a:latin typeface="{FONT}" pitchFamily="0" charset="1"/><a:ea '
        f'typeface="DejaVu Sans" pitchFamily="0" charset="1"/><a:cs typeface="DejaVu Sans" '
        f'pitchFamily="0" charset="1"/></a:majorFont><a:minorFont><a:latin typeface="{FONT}" '
        f'pitchFamily="0" charset="1"/><a:ea typeface="DejaVu Sans" pitchFamily="0" '
        f'charset="1"/><a:cs typeface="DejaVu Sans" pitchFamily="0" charset="1"/></a:minorFont>'
        f'</a:fontScheme><a:fmtScheme name="Office"><a:fillStyleLst>{fills}</a:fillStyleLst>'
        f"<a:lnStyleLst>{lines}</a:lnStyleLst><a:effectStyleLst>{effects}</a:effectStyleLst>"
        f"<a:bgFillStyleLst>{fills}</a:bgFillStyleLst></a:fmtScheme></a:themeElements>"
        f"</a:theme>"
    )


def _master() -> str:
    ids = "".join(
        f'<p:sldLayoutId id="{2147483649 + k}" r:id="rId{k + 1}"/>' for k in range(len(LAYOUTS))
    )
    title = placeholder_xml(2, "PlaceHolder 1", 'type="title"', 1.4, 0.63, 25.2, 2.63)
    body = placeholder_xml(3, "PlaceHolder 2", 'type="body"', 1.4, 3.68, 25.2, 9.13)
    style = (
        f'<a:lvl1pPr algn="l"><a:defRPr sz="1800"><a:latin typeface="{FONT}"/></a:defRPr>'
        f"</a:lvl1pPr>"
    )
    return (
        f"{XML_HEAD}<p:sldMaster {NSDECL}><p:cSld><p:bg><p:bgPr><a:solidFill><a:srgbClr "
        f'val="FFFFFF"/></a:solidFill><a:effectLst/></p:bgPr></p:bg>{_sptree(title + body)}'
        f"</p:cSld><p:clrMap {CLRMAP}/><p:sldLayoutIdLst>{ids}</p:sldLayoutIdLst><p:txStyles>"
        f"<p:titleStyle>{style}</p:titleStyle><p:bodyStyle>{style}</p:bodyStyle>"
        f"<p:otherStyle>{style}</p:otherStyle></p:txStyles></p:sldMaster>"
    )


def placeholder_xml(sid: int, name: str, ph: str, x: float, y: float, w: float, h: float) -> str:
    return (
        f'<p:sp><p:nvSpPr><p:cNvPr id="{sid}" name="{name}"/><p:cNvSpPr><a:spLocks '
        f'noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph {ph}/></p:nvPr></p:nvSpPr><p:spPr><a:xfrm>'
        f'<a:off x="{cm(x)}" y="{cm(y)}"/><a:ext cx="{cm(w)}" cy="{cm(h)}"/></a:xfrm>'
        f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr><p:txBody><a:bodyPr/>'
        f'<a:lstStyle/><a:p><a:endParaRPr lang="en-GB"/></a:p></p:txBody></p:sp>'
    )


def _layout(k: int, name: str) -> str:
    shapes = ""
    if name == "Title Slide":
        shapes = placeholder_xml(2, "PlaceHolder 1", 'type="ctrTitle"', 1.4, 3.6, 25.2, 2.6)
        shapes += placeholder_xml(3, "PlaceHolder 2", 'type="subTitle"', 1.4, 6.4, 25.2, 1.4)
    elif name != "Blank Slide":
        shapes = placeholder_xml(2, "PlaceHolder 1", 'type="title"', 1.4, 0.63, 25.2, 2.63)
        if name != "Title Only":
            shapes += placeholder_xml(3, "PlaceHolder 2", 'type="body"', 1.4, 3.68, 25.2, 9.13)
    kind = {"Blank Slide": "blank", "Title Slide": "title", "Title Only": "titleOnly"}.get(
        name, "obj"
    )
    return (
        f'{XML_HEAD}<p:sldLayout {NSDECL} type="{kind}" preserve="1"><p:cSld '
        f'name="{escape(name)}">{_sptree(shapes)}</p:cSld></p:sldLayout>'
    )


def _notes_master() -> str:
    body = placeholder_xml(2, "PlaceHolder 1", 'type="body"', 2.16, 5.08, 16.8, 12.19)
    return (
        f"{XML_HEAD}<p:notesMaster {NSDECL}><p:cSld>{_sptree(body)}</p:cSld>"
        f"<p:clrMap {CLRMAP}/></p:notesMaster>"
    )


def _notes(slide: Slide, number: int) -> str:
    paras = "".join(para(t, 2000) for t in slide.notes) or '<a:p><a:endParaRPr lang="en-GB"/></a:p>'
    image = (
        '<p:sp><p:nvSpPr><p:cNvPr id="2" name="PlaceHolder 1"/><p:cNvSpPr><a:spLocks '
        'noGrp="1" noRot="1" noChangeAspect="1"/></p:cNvSpPr><p:nvPr><p:ph type="sldImg"/>'
        '</p:nvPr></p:nvSpPr><p:spPr><a:xfrm><a:off x="216000" y="812520"/><a:ext '
        'cx="7127280" cy="4008960"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        "</p:spPr></p:sp>"
    )
    body = (
        '<p:sp><p:nvSpPr><p:cNvPr id="3" name="PlaceHolder 2"/><p:cNvSpPr txBox="1"/><p:nvPr>'
        '<p:ph type="body"/></p:nvPr></p:nvSpPr><p:spPr><a:xfrm><a:off x="756000" '
        'y="5078520"/><a:ext cx="6047640" cy="4811040"/></a:xfrm><a:prstGeom prst="rect">'
        '<a:avLst/></a:prstGeom><a:noFill/><a:ln w="0"><a:noFill/></a:ln></p:spPr><p:txBody>'
        f'<a:bodyPr lIns="0" rIns="0" tIns="0" bIns="0" anchor="t"><a:noAutofit/></a:bodyPr>'
        f"{paras}</p:txBody></p:sp>"
    )
    slide_no = (
        '<p:sp><p:nvSpPr><p:cNvPr id="4" name="TextShape 3"/><p:cNvSpPr txBox="1"/><p:nvPr>'
        '<p:ph type="sldNum" idx="1"/></p:nvPr></p:nvSpPr><p:spPr><a:xfrm><a:off x="4279680" '
        'y="10156320"/><a:ext cx="3276000" cy="534600"/></a:xfrm><a:prstGeom prst="rect">'
        '<a:avLst/></a:prstGeom><a:noFill/><a:ln w="0"><a:noFill/></a:ln></p:spPr><p:txBody>'
        '<a:bodyPr anchor="b"><a:noAutofit/></a:bodyPr><a:p><a:pPr algn="r"/><a:fld '
        f'id="{{{_fld_id(number)}}}" type="slidenum"><a:rPr lang="en-GB" sz="1400" spc="-1" '
        f'strike="noStrike"><a:latin typeface="Times New Roman"/></a:rPr><a:t>{number}</a:t>'
        "</a:fld></a:p></p:txBody></p:sp>"
    )
    return (
        f"{XML_HEAD}<p:notes {NSDECL}><p:cSld>{_sptree(image + body + slide_no)}</p:cSld></p:notes>"
    )


def _fld_id(n: int) -> str:
    return f"7A3C{n:04X}-59E1-4C2B-9D07-{0x2F10B0A35C00 + n:012X}"


def _slide_xml(slide: Slide) -> str:
    return (
        f"{XML_HEAD}<p:sld {NSDECL}><p:cSld>{_sptree(''.join(slide.shapes))}</p:cSld>"
        f'<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr><p:transition spd="slow">'
        f"<p:fade/></p:transition></p:sld>"
    )


APP = (
    f'{XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
    'extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/'
    'docPropsVTypes"><Template></Template><TotalTime>1374</TotalTime><Application>'
    "LibreOffice/7.6.4.1$Linux_X86_64 LibreOffice_project/60$Build-1</Application>"
    "<AppVersion>15.0000</AppVersion></Properties>"
)
CORE = (
    f'{XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
    'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dcterms:created '
    'xsi:type="dcterms:W3CDTF">2027-05-24T09:12:40Z</dcterms:created><dc:creator>Priya '
    "Anand</dc:creator><dc:description></dc:description><dc:language>en-GB</dc:language>"
    "<cp:lastModifiedBy>Tom Hallworth</cp:lastModifiedBy><dcterms:modified "
    'xsi:type="dcterms:W3CDTF">2027-06-16T17:48:03Z</dcterms:modified><cp:revision>37'
    "</cp:revision><dc:subject></dc:subject><dc:title>Lighting the Vale</dc:title>"
    "</cp:coreProperties>"
)


def build_deck() -> bytes:
    slides = [make() for make in SLIDES]
    n = len(slides)
    parts: dict[str, str] = {}
    over = [
        (
            "/docProps/app.xml",
            "application/vnd.openxmlformats-officedocument.extended-properties+xml",
        ),
        ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
        ("/ppt/presentation.xml", f"{CT_P}.presentation.main+xml"),
        ("/ppt/presProps.xml", f"{CT_P}.presProps+xml"),
        ("/ppt/slideMasters/slideMaster1.xml", f"{CT_P}.slideMaster+xml"),
        ("/ppt/notesMasters/notesMaster1.xml", f"{CT_P}.notesMaster+xml"),
        ("/ppt/theme/theme1.xml", "application/vnd.openxmlformats-officedocument.theme+xml"),
        ("/ppt/theme/theme2.xml", "application/vnd.openxmlformats-officedocument.theme+xml"),
    ]
    over += [
        (f"/ppt/slideLayouts/slideLayout{k}.xml", f"{CT_P}.slideLayout+xml") for k in range(1, 13)
    ]
    over += [(f"/ppt/slides/slide{k}.xml", f"{CT_P}.slide+xml") for k in range(1, n + 1)]
    over += [
        (f"/ppt/notesSlides/notesSlide{k}.xml", f"{CT_P}.notesSlide+xml") for k in range(1, n + 1)
    ]
    parts["[Content_Types].xml"] = (
        f'{XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" '
        'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        + "".join(f'<Override PartName="{p}" ContentType="{t}"/>' for p, t in over)
        + "</Types>"
    )
    parts["_rels/.rels"] = (
        f'{XML_HEAD}<Relationships xmlns="{REL_NS}"><Relationship Id="rId1" '
        'Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/'
        'core-properties" Target="docProps/core.xml"/><Relationship Id="rId2" '
        f'Type="{RT}/extended-properties" Target="docProps/app.xml"/><Relationship Id="rId3" '
        f'Type="{RT}/officeDocument" Target="ppt/presentation.xml"/></Relationships>'
    )
    parts["docProps/app.xml"] = APP
    parts["docProps/core.xml"] = CORE
    pres_rels = [
        ("rId1", "theme", "theme/theme1.xml"),
        ("rId2", "slideMaster", "slideMasters/slideMaster1.xml"),
    ]
    pres_rels += [(f"rId{k + 3}", "slide", f"slides/slide{k + 1}.xml") for k in range(n)]
    pres_rels += [(f"rId{n + 3}", "notesMaster", "notesMasters/notesMaster1.xml")]
    pres_rels += [(f"rId{n + 4}", "presProps", "presProps.xml")]
    parts["ppt/_rels/presentation.xml.rels"] = _rels(pres_rels)
    sld_ids = "".join(f'<p:sldId id="{256 + k}" r:id="rId{k + 3}"/>' for k in range(n))
    parts["ppt/presentation.xml"] = (
        f'{XML_HEAD}<p:presentation {NSDECL}><p:sldMasterIdLst><p:sldMasterId id="2147483648" '
        f'r:id="rId2"/></p:sldMasterIdLst><p:notesMasterIdLst><p:notesMasterId '
        f'r:id="rId{n + 3}"/></p:notesMasterIdLst><p:sldIdLst>{sld_ids}</p:sldIdLst>'
        f'<p:sldSz cx="{SLIDE_W}" cy="{SLIDE_H}"/><p:notesSz cx="7559675" cy="10691813"/>'
        "</p:presentation>"
    )
    parts["ppt/presProps.xml"] = (
        f'{XML_HEAD}<p:presentationPr {NSDECL}><p:showPr showNarration="1"/></p:presentationPr>'
    )
    parts["ppt/theme/theme1.xml"] = _theme("Office")
    parts["ppt/theme/theme2.xml"] = _theme("Office")
    parts["ppt/slideMasters/slideMaster1.xml"] = _master()
    parts["ppt/slideMasters/_rels/slideMaster1.xml.rels"] = _rels(
        [(f"rId{k}", "slideLayout", f"../slideLayouts/slideLayout{k}.xml") for k in range(1, 13)]
        + [("rId13", "theme", "../theme/theme1.xml")]
    )
    for k, name in enumerate(LAYOUTS, start=1):
        parts[f"ppt/slideLayouts/slideLayout{k}.xml"] = _layout(k, name)
        parts[f"ppt/slideLayouts/_rels/slideLayout{k}.xml.rels"] = _rels(
            [("rId1", "slideMaster", "../slideMasters/slideMaster1.xml")]
        )
    parts["ppt/notesMasters/notesMaster1.xml"] = _notes_master()
    parts["ppt/notesMasters/_rels/notesMaster1.xml.rels"] = _rels(
        [("rId1", "theme", "../theme/theme2.xml")]
    )
    for k, slide in enumerate(slides, start=1):
        parts[f"ppt/slides/slide{k}.xml"] = _slide_xml(slide)
        parts[f"ppt/slides/_rels/slide{k}.xml.rels"] = _rels(
            [
                ("rId1", "slideLayout", f"../slideLayouts/slideLayout{slide.layout}.xml"),
                ("rId2", "notesSlide", f"../notesSlides/notesSlide{k}.xml"),
            ]
        )
        parts[f"ppt/notesSlides/notesSlide{k}.xml"] = _notes(slide, k)
        parts[f"ppt/notesSlides/_rels/notesSlide{k}.xml.rels"] = _rels(
            [
                ("rId1", "slide", f"../slides/slide{k}.xml"),
                ("rId2", "notesMaster", "../notesMasters/notesMaster1.xml"),
            ]
        )
    return zip_parts({name: body.encode("utf-8") for name, body in parts.items()})


def zip_parts(parts: dict[str, bytes]) -> bytes:
    """A ZIP package with its entries in sorted order, every one at one fixed time."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in sorted(parts):
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, parts[name])
    return out.getvalue()


def rezip(data: bytes) -> bytes:
    """A package another library wrote, rewritten by ``zip_parts``."""
    with zipfile.ZipFile(io.BytesIO(data)) as src:
        return zip_parts({name: src.read(name) for name in src.namelist()})


# =========================================================================== the org folder

POSITIONS_HEAD = [
    "Position ID",
    "Position Title",
    "Org Unit",
    "Reports To",
    "Incumbent",
    "Status",
    "FTE",
    "Programme Involvement",
    "Key Responsibilities",
]
POSITIONS = [
    [
        "VF-0001",
        "Chief Executive Officer",
        "Executive",
        "Board of Directors",
        "Helen Marsh-Okafor",
        "Filled",
        "1.0",
        "Informed",
        "Leads the company and reports to the Board of Directors; executive sponsor of Lighting "
        "the Vale; investor and lender relations.",
    ],
    [
        "VF-0002",
        "Chief Operating Officer",
        "Executive",
        "Chief Executive Officer",
        "Tom Hallworth",
        "Filled",
        "1.0",
        "Core",
        "Senior responsible owner for the build programme (Lighting the Vale); chairs the Build "
        "Programme Board; decides go or no-go at each stage gate; network build, field operations "
        "and customer operations report here; signs wayleaves on the company's behalf while the "
        "Wayleaves Manager post is vacant.",
    ],
    [
        "VF-0003",
        "Chief Financial Officer",
        "Finance",
        "Chief Executive Officer",
        "Gareth Pennock",
        "Filled",
        "1.0",
        "Core",
        "Chairs the Investment Committee, which releases capital wave by wave; capital budget and "
        "forecasts; supplier payment terms.",
    ],
    [
        "VF-0110",
        "Head of Network Build",
        "Network Build",
        "Chief Operating Officer",
        "Sinead Corrigan",
        "Filled",
        "1.0",
        "Core",
        "Delivers each build wave to time, cost and quality; issues work orders to build partners; "
        "premises passed and ready-for-service dates; the build schedule.",
    ],
    [
        "VF-0111",
        "Build Partner Manager",
        "Network Build",
        "Head of Network Build",
        "Dev Raithatha",
        "Filled",
        "1.0",
        "Core",
        "Runs the framework contract with our five build partners: rates, work-order terms, "
        "performance reviews, and bringing partners onto our tools and standards.",
    ],
    [
        "VF-0112",
        "Street Works Manager",
        "Network Build",
        "Head of Network Build",
        "Alison Fairclough",
        "Filled",
        "1.0",
        "Core",
        "Street works permits and notices through Street Manager; coordination with Askershire "
        "County Council and the borough councils; reinstatement standards and inspections.",
    ],
    [
        "VF-0113",
        "Wayleaves Manager",
        "Network Build",
        "Head of Network Build",
        "",
        "Vacant",
        "1.0",
        "Core",
        "Wayleave agreements with landlords, managing agents, councils and landowners, including "
        "framework wayleaves; the wayleave register; legal terms with our solicitors.",
    ],
    [
        "VF-0120",
        "Network Planning Manager",
        "Network Planning",
        "Head of Network Build",
        "Kwame Osei-Bonsu",
        "Filled",
        "1.0",
        "Core",
        "Network design and routes; survey and design packs for each wave; keeps the planned network "
        "and the Openreach duct and pole (PIA) records in Lattice.",
    ],
    [
        "VF-0121",
        "Records and Inventory Manager",
        "Network Planning",
        "Network Planning Manager",
        "Megan Trewhitt",
        "Filled",
        "1.0",
        "Core",
        "As-built records: checks each as-built pack, loads it into Lattice and marks premises ready "
        "for service in OrderDesk; inventory accuracy; leads the records team of four.",
    ],
    [
        "VF-0210",
        "Field Operations Manager",
        "Field Operations",
        "Chief Operating Officer",
        "Craig Mulholland",
        "Filled",
        "1.0",
        "Core",
        "In-house install and repair engineers (62); install quality and right first time; the "
        "Coldmere and Easterholm depots; the install contract with Brightwire Installs.",
    ],
    [
        "VF-0211",
        "Resource Planning Manager",
        "Field Operations",
        "Field Operations Manager",
        "Joanne Pickersgill",
        "Filled",
        "1.0",
        "Core",
        "Plans engineer capacity and install appointment slots; builds engineers' rotas and working "
        "patterns; the weekly capacity forecast for customer operations.",
    ],
    [
        "VF-0212",
        "Field Training and Accreditation Lead",
        "Field Operations",
        "Field Operations Manager",
        "Rhys Llewellyn",
        "Filled",
        "1.0",
        "Core",
        "Training and accreditation for our engineers and for build partners' staff: fibre "
        "splicing, street works cards, FieldKit and site inductions; keeps the accreditation "
        "records.",
    ],
    [
        "VF-0310",
        "Head of IT",
        "Technology",
        "Chief Financial Officer",
        "Fiona Baptiste",
        "Filled",
        "1.0",
        "Core",
        "Business systems and how they connect: OrderDesk, Lattice, FieldKit and Ledgerstone; "
        "interfaces between them and the supplier contracts for them; IT security.",
    ],
    [
        "VF-0311",
        "Business Systems Manager",
        "Technology",
        "Head of IT",
        "Lewis Okonkwo-Hart",
        "Filled",
        "1.0",
        "Core",
        "Configuration and day-to-day running of OrderDesk and FieldKit: user accounts and "
        "licences, workflows, the appointment book, releases and testing.",
    ],
    [
        "VF-0312",
        "Head of Data",
        "Technology",
        "Head of IT",
        "Anna Szymanska",
        "Filled",
        "1.0",
        "Core",
        "Ledgerstone and Power BI reporting; KPI definitions, baselines and the weekly performance "
        "pack for the Build Programme Board.",
    ],
    [
        "VF-0410",
        "Procurement and Stores Manager",
        "Finance",
        "Chief Financial Officer",
        "Paul Eastwood",
        "Filled",
        "1.0",
        "Core",
        "Buying and stock of network and customer equipment: cable, duct, splice closures, ONTs and "
        "routers; supplier lead times; the depot stores.",
    ],
    [
        "VF-0510",
        "Customer Operations Manager",
        "Customer",
        "Chief Operating Officer",
        "Bernadette Quayle",
        "Filled",
        "1.0",
        "Core",
        "Orders, install appointments and the contact centre (28 advisers); abandoned and "
        "cancelled orders; order-to-live times.",
    ],
    [
        "VF-0511",
        "Customer Experience Manager",
        "Customer",
        "Chief Operating Officer",
        "Imran Siddiqui",
        "Filled",
        "1.0",
        "Core",
        "Complaints and their root causes, customer surveys and Ofcom complaint returns; "
        "satisfaction measures; runs the customer panel.",
    ],
    [
        "VF-0610",
        "Head of Marketing",
        "Sales and Marketing",
        "Chief Executive Officer",
        "Claire Ashdown",
        "Filled",
        "1.0",
        "Core",
        "Consumer marketing and the brand: register-interest campaigns, launch events, leaflets and "
        "take-up campaigns in areas that are ready for service.",
    ],
    [
        "VF-0611",
        "Business Sales Manager",
        "Sales and Marketing",
        "Head of Marketing",
        "Owen Thackeray",
        "Filled",
        "1.0",
        "Core",
        "Sales to small and medium businesses on high streets and trading estates; business line "
        "installs, booked with field operations.",
    ],
    [
        "VF-0612",
        "Landlord Partnerships Manager",
        "Sales and Marketing",
        "Head of Marketing",
        "Harriet Nwosu",
        "Filled",
        "1.0",
        "Core",
        "Commercial relationships with housing associations, private landlords and managing agents: "
        "bulk service deals, marketing to residents, landlord events. Wayleave agreements "
        "themselves sit with the Wayleaves Manager.",
    ],
    [
        "VF-0710",
        "Health, Safety and Quality Manager",
        "Executive",
        "Chief Operating Officer",
        "Stuart Ibbotson",
        "Filled",
        "1.0",
        "Core",
        "Health and safety of build and field work; audits of build partners' sites and "
        "workmanship; incident reporting.",
    ],
    [
        "VF-0810",
        "Network Operations Centre Manager",
        "Network Operations",
        "Chief Operating Officer",
        "Marek Dudek",
        "Filled",
        "1.0",
        "Core",
        "Live network monitoring, faults and repairs once premises are in service; takes over the "
        "network records of each area at handover.",
    ],
    [
        "VF-0910",
        "Data Protection Officer",
        "Legal and Compliance",
        "Chief Financial Officer",
        "Ruth Adeyemi",
        "Filled",
        "0.6",
        "Consulted only",
        "Advises on data protection law; must be consulted before personal data is received from "
        "or shared with a third party; keeps the retention schedule. Advisory role: does not own "
        "programme work.",
    ],
    [
        "VF-0911",
        "CWU Branch Representative",
        "Field Operations",
        "Field Operations Manager",
        "Dean Whitworth",
        "Filled",
        "0.2",
        "Consulted only",
        "Elected representative of the Communication Workers Union for our engineers and contact "
        "centre staff; consulted under the recognition agreement. Facility time 0.2 FTE.",
    ],
]


def roster_csv() -> bytes:
    """The HR system's export: a report line, the header, one row per position; quoted where
    a cell needs it, CRLF line ends, UTF-8 with a byte-order mark."""
    import csv

    out = io.StringIO()
    out.write(
        "Report: Positions - programme view (Lighting the Vale);Run by: hr.reports;Run date: 01/06/2027 07:02\r\n"
    )
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(POSITIONS_HEAD)
    for row in POSITIONS:
        writer.writerow(row)
    return ("\ufeff" + out.getvalue()).encode("utf-8")


SYSTEMS = """\
# Systems and data inventory

Owner: Head of IT. Reviewed May 2027 for the Lighting the Vale board paper.

## Lattice (inventory and network planning)

Lattice, from Gannet Geo, is our inventory and network planning system: the planned and built
network on a map, every duct, chamber, pole, cable, splice and premises, and the design packs
the build partners work from. The Network Planning Manager owns the design data and the
Records and Inventory Manager owns the as-built data.

Openreach duct and pole (PIA) records are loaded in Lattice for only six of our eleven exchange
areas: the four areas we have already built, plus Pellingford and Coldmere. The five exchange
areas of Waves 2 and 3 (Easterholm, Thrushford, Draycombe, Ormsley and Wythenby Bridge) are
still planned from paper maps and site walks.

Wayleave requests and signed wayleaves are tracked in a shared spreadsheet (Wayleave Register
v14.xlsx) on the Network Build drive, because we do not license Lattice's wayleave module.

## OrderDesk (customer orders)

OrderDesk, from Tessaly Software, takes every order (web, phone and business sales), books
install appointments and passes accounts to billing. Premises show as orderable in OrderDesk
only when they are marked ready for service.

There is no interface between Lattice and OrderDesk: a premises becomes orderable only when a
records officer marks it ready for service in OrderDesk by hand, on average 9 working days after
the build partner reports the build complete.

## FieldKit (engineers' field app)

FieldKit is the app on which engineers receive jobs, record splices and tests, photograph
reinstatements and submit as-built records straight into Lattice. Our own 62 engineers use it,
and so do two of our five build partners (Calder & Roe Civils and Nettle Fibre Services).

Brookmoor Utilities, Dunmore Cabling and Pike & Sons Civils do not use FieldKit: they send
as-built records as marked-up PDF drawings and spreadsheets, and the records team re-keys them
into Lattice.

## Ledgerstone (reporting)

Ledgerstone is our data warehouse (Azure SQL), loaded every night from OrderDesk, Lattice and
FieldKit, with Power BI on top. The weekly performance pack for the Build Programme Board is
built from it by the Head of Data's team.

## Other systems

- Sage Intacct for finance and purchase orders.
- Street Manager (Department for Transport) for street works permits and notices.
- The contact centre telephony is hosted by our telephony supplier and recorded for 90 days.
"""

FIELDKIT_EMAIL = """\
From: Fiona Baptiste <fiona.baptiste@valewire.co.uk>
To: Tom Hallworth <tom.hallworth@valewire.co.uk>
Cc: Dev Raithatha <dev.raithatha@valewire.co.uk>; Lewis Okonkwo-Hart <lewis.okonkwo-hart@valewire.co.uk>
Date: Wed, 2 Jun 2027 16:41:09 +0100
Subject: RE: FieldKit licences for the other three partners

Tom,

Short answers to your three questions.

1. Licences. We hold 90 FieldKit licences and 71 are in use. Putting Brookmoor, Dunmore and
Pike on it means about 60 more. Lewis has a quote: 6 to 8 weeks to set up their accounts and
templates once an order is placed, and the licences are in the systems line of the capital
budget.

2. Their side. Dunmore and Pike have said they will use it if it is written into their work
orders. Brookmoor say their crews work on paper packs and will need training; Rhys can run the
sessions at Coldmere.

3. The Lattice link. Tessaly have not yet priced the OrderDesk side of the interface. Until
they do, I cannot promise the link for Wave 1, which is why the pilot plan says by hand.

Fiona
"""

WAYLEAVES = """\
# Wayleaves and street works: how it works today

Prepared by the Head of Network Build for the Build Programme Board, May 2027.

## Wayleaves

We need a wayleave from the owner before we can run fibre over or through private land or into
a block of flats. Single homes on a public street need none. Across our built and wave areas
there are about 820 blocks of flats; 140 of them have signed so far.

The post of Wayleaves Manager has been vacant since March 2027. Two wayleave officers carry the
casework and report to the Head of Network Build until the post is filled.

One request in three to a landlord of flats gets no reply within three months. Council-owned
blocks go through each council's property team and a cabinet member's sign-off, which takes
eight to twelve weeks.

Marrowdale Homes, the largest housing association in the vale (1,900 flats in our wave areas),
has asked for one framework wayleave covering all its blocks rather than block-by-block
agreements.

## Street works

Askershire County Council's permit scheme requires a permit application at least three months
before major works, and allows no works on traffic-sensitive streets from 20 November to
5 January.

Easterholm's town centre is almost all traffic-sensitive. 74% of our permit applications were
granted first time in 2026/27; the refusals were mostly for clashes with other utilities.
"""

PARTNERS = """\
# Build partners and supply

Owner: Build Partner Manager, with the Procurement and Stores Manager. May 2027.

## Build partners

We build through five partners under one framework contract: Calder & Roe Civils, Nettle Fibre
Services, Brookmoor Utilities, Dunmore Cabling and Pike & Sons Civils.

The framework contract runs to 30 June 2030; its rates and work-order terms are fixed until
30 June 2028 and cannot be changed before then.

Each partner has a monthly performance review with the Build Partner Manager. The Health,
Safety and Quality Manager audits one site per partner each month.

## Customer equipment and stock

Kestrin Optics supplies our ONTs and routers with a lead time of 16 weeks from order; splice
closures from Harlow Duct take 10 weeks.

We hold stock at the Coldmere and Easterholm depots. At May 2027 we held five weeks of ONTs.

## Installations

Our own engineers install most homes. Our install contract with Brightwire Installs runs to
31 January 2028 and covers single homes only: internal wiring of blocks of flats and business
premises is outside it.

## Training

The Field Training and Accreditation Lead trains our engineers and partners' crews at the
Coldmere training bay; every engineer who touches our network holds a current accreditation
card.
"""

CWU = """\
# Extract: recognition and consultation agreement with the Communication Workers Union

Agreed between Valewire Fibre Ltd and the CWU, 2024; extract kept by the Field Operations
Manager.

4.1 The company recognises the CWU for engineers, technicians and contact centre staff.

4.2 Changes to working patterns, including weekend working, rotas and standby, require
consultation with the CWU for at least 30 days before they start.

4.3 The CWU Branch Representative is consulted on the programme's plans for engineers through
the Build Programme Board and takes no part in deciding them.

4.4 Volunteers may work an agreed pattern for a trial of up to eight weeks after consultation
has opened.
"""

RETENTION = """\
# Customer records retention schedule (extract)

Owner: Data Protection Officer. Version 3.2, April 2027.

| Record | System | Kept for |
|---|---|---|
| Customer account and orders | OrderDesk | 6 years after the account closes |
| Abandoned orders | OrderDesk | 24 hours |
| Install and repair jobs | FieldKit | 6 years |
| Contact centre call recordings | telephony | 90 days |
| Register-interest sign-ups | OrderDesk | until the area is ready for service, then 12 months |

Abandoned orders (an order started on the website and not submitted) are kept in OrderDesk
for 24 hours only and then deleted, because they hold personal data we have no other reason to
keep.

Tenant lists from landlords may not be received, stored or used until the Data Protection
Officer has reviewed the data sharing terms with that landlord.
"""

PROFILE = """\
PELLINGFORD EXCHANGE AREA - PROFILE FOR THE PILOT
Network Planning, June 2027

Premises in the exchange area: 6,400 (5,310 homes, 720 flats in 38 blocks, 370 businesses)
Register-interest sign-ups (2026): 1,100 households
Duct and pole records: loaded in Lattice
Build partners working here: Calder & Roe Civils and Nettle Fibre Services (both on FieldKit)

Landlords: 38 blocks of flats, of which 21 belong to Marrowdale Homes, 9 to private landlords
through two managing agents, and 8 to Ravel District Council.

High street: Market Place and Bridge Street, about 140 shops and offices.

Town hall: Pellingford Town Hall can be booked for evening events through the town council.

Copper broadband in the area averages 31 Mbit/s; Kinbrook Networks has no network here.
"""

TOR_PARAS = [
    ("Heading 1", "Build Programme Board: terms of reference"),
    (None, "Lighting the Vale build programme. Approved by the executive team, 7 June 2027."),
    ("Heading 2", "Purpose"),
    (
        None,
        "The Build Programme Board steers the build programme from Sprint 0 to handover, "
        "reviews each stage gate pack and recommends go or no-go.",
    ),
    ("Heading 2", "Chair and decisions"),
    (
        None,
        "The Chief Operating Officer chairs the Board as senior responsible owner and "
        "decides go or no-go at each stage gate. The Chief Executive Officer is the "
        "executive sponsor and reports the programme to the Board of Directors.",
    ),
    (
        None,
        "Capital is released wave by wave by the Investment Committee, chaired by the Chief "
        "Financial Officer, after the gate for the wave before has been passed.",
    ),
    ("Heading 2", "Members"),
    (
        None,
        "Head of Network Build; Network Planning Manager; Field Operations Manager; Head of "
        "IT; Head of Data; Customer Operations Manager; Head of Marketing; Build Partner "
        "Manager; Street Works Manager; Wayleaves Manager (when appointed).",
    ),
    ("Heading 2", "Consulted, without a vote"),
    (
        None,
        "The CWU Branch Representative and the Data Protection Officer attend for the items "
        "that concern them. They are consulted and own no programme work.",
    ),
    ("Heading 2", "Cadence"),
    (
        None,
        "The Board meets monthly, and within five working days of the close of each wave "
        "for its gate review. The Head of Data circulates the weekly performance pack.",
    ),
]


def tor_docx() -> bytes:
    from docx import Document

    doc = Document()
    props = doc.core_properties
    props.author = "Programme Office"
    props.title = "Build Programme Board terms of reference"
    import datetime as _dt

    props.created = _dt.datetime(2027, 6, 7, 9, 0, 0)
    props.modified = _dt.datetime(2027, 6, 7, 9, 0, 0)
    props.last_modified_by = "Programme Office"
    props.revision = 4
    for style, body in TOR_PARAS:
        if style:
            doc.add_heading(body, level=int(style[-1]))
        else:
            doc.add_paragraph(body)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


MEASURES = [
    ["Measure", "Definition", "Owner", "Source", "Baseline (June 2027)", "Target", "By when"],
    [
        "Premises passed (ready for service)",
        "Premises marked ready for service in Lattice, cumulative",
        "Head of Network Build",
        "Lattice via Ledgerstone",
        41200,
        88000,
        "M18",
    ],
    [
        "Take-up of ready-for-service premises",
        "Premises with a live Valewire service / premises ready for service",
        "Head of Marketing",
        "OrderDesk via Ledgerstone",
        0.18,
        0.30,
        "M18",
    ],
    [
        "Working days from build complete to orderable",
        "Working days from the partner's completion notice to orderable in OrderDesk, monthly mean",
        "Records and Inventory Manager",
        "Lattice and OrderDesk via Ledgerstone",
        9,
        2,
        "M12",
    ],
    [
        "As-built packs in Lattice within 10 working days",
        "Share of as-built packs loaded in Lattice within 10 working days of build completion",
        "Records and Inventory Manager",
        "Lattice via Ledgerstone",
        0.52,
        0.95,
        "M8",
    ],
    [
        "Installs right first time",
        "Installs live at the first visit with no repeat visit within 30 days",
        "Field Operations Manager",
        "FieldKit via Ledgerstone",
        0.81,
        0.92,
        "M12",
    ],
    [
        "Blocks of flats with a signed wayleave",
        "Blocks with a signed wayleave, cumulative",
        "Wayleaves Manager",
        "Wayleave Register v14.xlsx",
        140,
        600,
        "M18",
    ],
    [
        "Permit applications granted first time",
        "Permit applications granted without resubmission, rolling three months",
        "Street Works Manager",
        "Street Manager export",
        0.74,
        0.90,
        "M9",
    ],
    [
        "Business customers connected",
        "Business accounts with a live service",
        "Business Sales Manager",
        "OrderDesk via Ledgerstone",
        310,
        1400,
        "M18",
    ],
    [
        "Complaints per 1,000 customers",
        "Complaints logged per 1,000 live customers, monthly",
        "Customer Experience Manager",
        "OrderDesk complaints log",
        11.2,
        None,
        "Target to be set at Gate 1",
    ],
]


def measures_xlsx() -> bytes:
    import datetime as _dt

    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = "Measures"
    for row in MEASURES:
        ws.append(row)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for row in ws.iter_rows(min_row=2):
        for cell in row[4:6]:
            if isinstance(cell.value, float) and cell.value < 1:
                cell.number_format = "0%"
    notes = wb.create_sheet("Notes")
    notes.append(
        ["Baselines are for June 2027 and come from Ledgerstone unless the Source says otherwise."]
    )
    notes.append(["M1 is July 2027; M18 is December 2028."])
    wb.properties.creator = "Anna Szymanska"
    wb.properties.lastModifiedBy = "Anna Szymanska"
    wb.properties.created = _dt.datetime(2027, 5, 20, 10, 0, 0)
    wb.properties.modified = _dt.datetime(2027, 6, 1, 8, 30, 0)
    buf = io.BytesIO()
    wb.save(buf)
    # openpyxl stamps the time of saving as the modified date: put the fixed one back
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as src:
        parts = {name: src.read(name) for name in src.namelist()}
    core = parts["docProps/core.xml"].decode("utf-8")
    core = re.sub(
        r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
        r"\g<1>2027-06-01T08:30:00Z\g<2>",
        core,
    )
    parts["docProps/core.xml"] = core.encode("utf-8")
    return zip_parts(parts)


TEXT_FILES = {
    "systems/systems-and-data-inventory.md": SYSTEMS,
    "systems/RE FieldKit licences for the other three partners.txt": FIELDKIT_EMAIL,
    "context/wayleaves-and-street-works.md": WAYLEAVES,
    "context/build-partners-and-supply.md": PARTNERS,
    "context/pellingford-exchange-area-profile.txt": PROFILE,
    "governance/cwu-recognition-agreement-extract.md": CWU,
    "policies/customer-records-retention-schedule.md": RETENTION,
}
ROSTER = "people/hr-positions-export-2027-06-01.csv"
TOR = "governance/build-programme-board-terms-of-reference.docx"
MEASURES_FILE = "measures/kpi-definitions-2027.xlsx"


def write_org(org: Path, fix: Callable[[bytes], bytes]) -> None:
    files: dict[str, bytes] = {name: body.encode("utf-8") for name, body in TEXT_FILES.items()}
    files[ROSTER] = roster_csv()
    files[TOR] = fix(tor_docx())
    files[MEASURES_FILE] = fix(measures_xlsx())
    for name, data in sorted(files.items()):
        path = org / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)


def main(argv: list[str]) -> int:
    root = Path(argv[1]) if len(argv) > 1 else HERE
    case = root / CASE
    case.mkdir(parents=True, exist_ok=True)
    (case / DECK).write_bytes(build_deck())
    write_org(case / "org", rezip)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
