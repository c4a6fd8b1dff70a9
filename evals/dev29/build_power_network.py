"""Build the dev29 case ``power-network``: its deck and its org folder, deterministically.

Run from the repository root with the project's venv (standard library only; the checker reads
the result with python-pptx):

    .venv/bin/python evals/dev29/build_power_network.py [out]

Writes, under ``evals/dev29/power-network/`` (or ``<out>/power-network/``):

- ``Room on the Wires 2028-2033 (Board 24 Feb 2028).pptx``: a fictional distribution network
  operator's network operations strategy for the RIIO-ED3 price control, a 16:9 deck made in
  GOOGLE SLIDES and downloaded as a PPTX, with what such a download carries: no ``docProps``
  part at all (no core or app properties), a binary ``ppt/metadata`` part related to the
  presentation with Google's ``presentationmetadata`` relationship and a
  ``GoogleSlidesCustomDataVersion2`` extension in ``presentation.xml``, Google's 16:9 page of
  9144000 x 5143500 EMU, the eleven layouts of a Google theme (``TITLE``, ``TITLE_ONLY`` ...),
  every shape named "Google Shape;<id>;<page id>" with ids counted across the deck, each
  slide's group "Shape <id>", text bodies with ``spcFirstLastPara`` and Google's 91425 EMU
  insets, every title in a title placeholder (``ctrTitle`` on the cover), slide numbers as
  ``sldNum`` placeholders holding Google's "<#>" field text, a notes page for every slide
  (most of them empty), bullets as ``a:buChar`` "●" and numbered lists as ``a:buAutoNum``, and
  the roadmap drawn as ONE native table (rows = workstreams, columns = regulatory years and a
  "Next price control" column, the phase row in merged cells).
- ``org/``: the DNO's directory export in LDIF (``people/directory.ldif``: ldapsearch's
  extended form with its comments, one entry per post with cn, sn, title, ou, manager DN and
  a description holding the remit, lines folded at 76 characters, two descriptions base64
  encoded because they hold "£", two consulted bodies as ``organizationalRole`` entries
  without title or manager, and the trailing search result), the network operations
  governance charter and the Customer Engagement Group's terms (Markdown), the JCC
  constitution extract (text), the systems and data inventory and the measure definitions
  (Markdown), the depots note and an email on PSR data sharing (text), and the pilot primary's
  profile (Markdown).

Re-running it rewrites every file byte for byte: the PPTX is written entry by entry with fixed
ZIP times and entries in name order, the text files as literal strings. It never touches
``gold.json``. This is a DEVELOPMENT case (split "dev29").
"""

from __future__ import annotations

import base64
import io
import sys
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
CASE = "power-network"
DECK = "Room on the Wires 2028-2033 (Board 24 Feb 2028).pptx"
ZIP_TIME = (2028, 2, 20, 16, 2, 44)

EMU = 914400
W, H = 9144000, 5143500
NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
NS_P = "http://schemas.openxmlformats.org/presentationml/2006/main"
NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NSDECL = f'xmlns:a="{NS_A}" xmlns:r="{NS_R}" xmlns:p="{NS_P}"'
RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
CT = "application/vnd.openxmlformats-officedocument.presentationml"
XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
GOOGLE_META_REL = "http://customschemas.google.com/relationships/presentationmetadata"
TABLE_STYLE = "{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}"
FONT = "Roboto"
HEAD_FONT = "Montserrat"

NAVY = "17324D"
TEAL = "0F7C80"
AMBER = "F2A900"
GREY = "5A6670"
PALE = "E8F1F2"
CREAM = "FFF6DE"
WHITE = "FFFFFF"
LINE = "B7C4CC"
BODY_INS = 'anchorCtr="0" anchor="{anchor}" bIns="91425" lIns="91425" spcFirstLastPara="1" rIns="91425" wrap="square" tIns="91425"'


def emu(inches: float) -> int:
    return int(round(inches * EMU))


# =========================================================================== Google-style XML


@dataclass
class Para:
    """One paragraph: runs of (text, bold), a size in hundredths of a point, a bullet."""

    runs: list[tuple[str, bool]]
    size: int = 1000
    color: str = NAVY
    bullet: str | None = None  # "●", or "auto" for a numbered list
    algn: str = "l"
    before: int = 0
    italic: bool = False


def P(
    text: str,
    size: int = 1000,
    *,
    bold: bool = False,
    color: str = NAVY,
    bullet: str | None = None,
    algn: str = "l",
    before: int = 0,
    lead: str | None = None,
    italic: bool = False,
) -> Para:
    runs = [(lead, True)] if lead else []
    runs.append((text, bold))
    return Para(runs, size, color, bullet, algn, before, italic)


def _rpr(size: int, bold: bool, color: str, italic: bool, font: str, tag: str = "a:rPr") -> str:
    b = ' b="1"' if bold else ""
    i = ' i="1"' if italic else ""
    return (
        f'<{tag} lang="en-GB" sz="{size}"{b}{i}><a:solidFill><a:srgbClr val="{color}"/>'
        f'</a:solidFill><a:latin typeface="{font}"/><a:ea typeface="{font}"/>'
        f'<a:cs typeface="{font}"/><a:sym typeface="{font}"/></{tag}>'
    )


def para_xml(p: Para, font: str = FONT) -> str:
    space = (
        f'<a:spcBef><a:spcPts val="{p.before}"/></a:spcBef><a:spcAft><a:spcPts val="0"/></a:spcAft>'
    )
    if p.bullet == "auto":
        ppr = (
            f'<a:pPr indent="-298450" lvl="0" marL="457200" rtl="0" algn="{p.algn}">{space}'
            f'<a:buClr><a:srgbClr val="{TEAL}"/></a:buClr><a:buSzPts val="{p.size}"/>'
            f'<a:buFont typeface="{font}"/><a:buAutoNum type="arabicPeriod"/></a:pPr>'
        )
    elif p.bullet:
        ppr = (
            f'<a:pPr indent="-298450" lvl="0" marL="457200" rtl="0" algn="{p.algn}">{space}'
            f'<a:buClr><a:srgbClr val="{TEAL}"/></a:buClr><a:buSzPts val="{p.size}"/>'
            f'<a:buFont typeface="{font}"/><a:buChar char="{p.bullet}"/></a:pPr>'
        )
    else:
        ppr = (
            f'<a:pPr indent="0" lvl="0" marL="0" rtl="0" algn="{p.algn}">{space}<a:buNone/></a:pPr>'
        )
    runs = "".join(
        f"<a:r>{_rpr(p.size, bold, p.color, p.italic, font)}<a:t>{escape(text)}</a:t></a:r>"
        for text, bold in p.runs
        if text
    )
    end = _rpr(p.size, False, p.color, False, font, "a:endParaRPr")
    return f"<a:p>{ppr}{runs}{end}</a:p>"


def body_xml(paras: Sequence[Para], anchor: str = "t", font: str = FONT) -> str:
    inner = "".join(para_xml(p, font) for p in paras) or (
        '<a:p><a:pPr indent="0" lvl="0" marL="0" rtl="0" algn="l"><a:spcBef><a:spcPts val="0"/>'
        '</a:spcBef><a:spcAft><a:spcPts val="0"/></a:spcAft><a:buNone/></a:pPr>'
        "<a:endParaRPr/></a:p>"
    )
    return (
        f"<p:txBody><a:bodyPr {BODY_INS.format(anchor=anchor)}><a:noAutofit/></a:bodyPr>"
        f"<a:lstStyle/>{inner}</p:txBody>"
    )


def xfrm(x: int, y: int, w: int, h: int) -> str:
    return f'<a:xfrm><a:off x="{x}" y="{y}"/><a:ext cx="{w}" cy="{h}"/></a:xfrm>'


class Ids:
    """Shape ids as Google counts them: one counter across the whole deck."""

    def __init__(self, start: int) -> None:
        self.n = start

    def next(self) -> int:
        n = self.n
        self.n += 1
        return n


@dataclass
class Slide:
    page: str  # Google's page id, in every shape name
    layout: int  # 1-based index of the layout
    shapes: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    group: int = 0
    notes_ids: tuple[int, int, int] = (0, 0, 0)


def name(sid: int, page: str) -> str:
    return f'<p:cNvPr id="{sid}" name="Google Shape;{sid};{page}"/>'


def placeholder(
    ids: Ids,
    page: str,
    ph: str,
    box: tuple[int, int, int, int],
    paras: Sequence[Para],
    anchor: str = "t",
) -> str:
    sid = ids.next()
    return (
        f'<p:sp><p:nvSpPr>{name(sid, page)}<p:cNvSpPr txBox="1"><a:spLocks noGrp="1"/>'
        f"</p:cNvSpPr><p:nvPr>{ph}</p:nvPr></p:nvSpPr><p:spPr>{xfrm(*box)}"
        f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr>'
        f"{body_xml(paras, anchor, HEAD_FONT if 'itle' in ph else FONT)}</p:sp>"
    )


def title(ids: Ids, page: str, text: str) -> str:
    return placeholder(
        ids,
        page,
        '<p:ph type="title"/>',
        (311700, 445025, 8520600, 572700),
        [P(text, 2000, bold=True)],
        "t",
    )


def slide_number(ids: Ids, page: str) -> str:
    sid = ids.next()
    return (
        f'<p:sp><p:nvSpPr>{name(sid, page)}<p:cNvSpPr txBox="1"><a:spLocks noGrp="1"/>'
        f'</p:cNvSpPr><p:nvPr><p:ph idx="12" type="sldNum"/></p:nvPr></p:nvSpPr><p:spPr>'
        f'{xfrm(8472458, 4663217, 548700, 393600)}<a:prstGeom prst="rect"><a:avLst/>'
        f"</a:prstGeom></p:spPr><p:txBody><a:bodyPr {BODY_INS.format(anchor='ctr')}>"
        '<a:noAutofit/></a:bodyPr><a:lstStyle/><a:p><a:pPr indent="0" lvl="0" marL="0" '
        'rtl="0" algn="r"><a:spcBef><a:spcPts val="0"/></a:spcBef><a:spcAft>'
        '<a:spcPts val="0"/></a:spcAft><a:buNone/></a:pPr>'
        '<a:fld id="{00000000-1234-1234-1234-123412341234}" type="slidenum">'
        f"{_rpr(800, False, GREY, False, FONT)}<a:t>\u2039#\u203a</a:t></a:fld>"
        f"{_rpr(800, False, GREY, False, FONT, 'a:endParaRPr')}</a:p></p:txBody></p:sp>"
    )


def box(
    ids: Ids,
    page: str,
    x: float,
    y: float,
    w: float,
    h: float,
    paras: Sequence[Para],
    *,
    fill: str | None = None,
    line: str | None = None,
    anchor: str = "t",
    geom: str = "rect",
) -> str:
    """A text box (no fill) or a shape with a fill, in inches."""
    sid = ids.next()
    shape = fill is not None or line is not None or geom != "rect"
    nv = "<p:cNvSpPr/>" if shape else '<p:cNvSpPr txBox="1"/>'
    fill_xml = f'<a:solidFill><a:srgbClr val="{fill}"/></a:solidFill>' if fill else "<a:noFill/>"
    ln = (
        f'<a:ln cap="flat" cmpd="sng" w="9525"><a:solidFill><a:srgbClr val="{line}"/>'
        '</a:solidFill><a:prstDash val="solid"/><a:round/><a:headEnd len="sm" w="sm" '
        'type="none"/><a:tailEnd len="sm" w="sm" type="none"/></a:ln>'
        if line
        else "<a:ln><a:noFill/></a:ln>"
    )
    return (
        f"<p:sp><p:nvSpPr>{name(sid, page)}{nv}<p:nvPr/></p:nvSpPr><p:spPr>"
        f'{xfrm(emu(x), emu(y), emu(w), emu(h))}<a:prstGeom prst="{geom}"><a:avLst/>'
        f"</a:prstGeom>{fill_xml}{ln}</p:spPr>{body_xml(paras, anchor)}</p:sp>"
    )


@dataclass
class Cell:
    text: str
    span: int = 1
    bold: bool = False
    fill: str | None = None
    color: str = NAVY
    size: int = 800


def table(
    ids: Ids,
    page: str,
    x: float,
    y: float,
    widths: Sequence[float],
    row_h: float,
    rows: Sequence[Sequence[Cell]],
) -> str:
    """A native table as Google writes it: a graphic frame, Google's table style, every cell
    with 91425 margins and its four borders; a merged cell is ``gridSpan`` then ``hMerge``."""
    sid = ids.next()
    grid = "".join(f'<a:gridCol w="{emu(w)}"/>' for w in widths)
    border = "".join(
        f'<a:{side} cap="flat" cmpd="sng" w="9525"><a:solidFill><a:srgbClr val="{LINE}"/>'
        f'</a:solidFill><a:prstDash val="solid"/><a:round/><a:headEnd len="sm" w="sm" '
        f'type="none"/><a:tailEnd len="sm" w="sm" type="none"/></a:{side}>'
        for side in ("lnL", "lnR", "lnT", "lnB")
    )
    trs = []
    for row in rows:
        tcs = []
        for c in row:
            fill = (
                f'<a:solidFill><a:srgbClr val="{c.fill}"/></a:solidFill>'
                if c.fill
                else ("<a:noFill/>")
            )
            tcpr = (
                f'<a:tcPr marT="91425" marB="91425" marR="91425" marL="91425" anchor="ctr">'
                f"{border}{fill}</a:tcPr>"
            )
            text = body_xml([P(c.text, c.size, bold=c.bold, color=c.color)]).replace(
                "<p:txBody>", "<a:txBody>"
            )
            text = text.replace("</p:txBody>", "</a:txBody>")
            span = f' gridSpan="{c.span}"' if c.span > 1 else ""
            tcs.append(f"<a:tc{span}>{text}{tcpr}</a:tc>")
            for _ in range(c.span - 1):
                tcs.append(
                    f'<a:tc hMerge="1">{body_xml([]).replace("p:txBody", "a:txBody")}{tcpr}</a:tc>'
                )
        trs.append(f'<a:tr h="{emu(row_h)}">{"".join(tcs)}</a:tr>')
    return (
        f"<p:graphicFrame><p:nvGraphicFramePr>{name(sid, page)}<p:cNvGraphicFramePr/><p:nvPr/>"
        f'</p:nvGraphicFramePr><p:xfrm><a:off x="{emu(x)}" y="{emu(y)}"/>'
        f'<a:ext cx="{emu(sum(widths))}" cy="{emu(row_h * len(rows))}"/></p:xfrm><a:graphic>'
        '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/table"><a:tbl>'
        f"<a:tblPr><a:noFill/><a:tableStyleId>{TABLE_STYLE}</a:tableStyleId></a:tblPr>"
        f"<a:tblGrid>{grid}</a:tblGrid>{''.join(trs)}</a:tbl></a:graphicData></a:graphic>"
        "</p:graphicFrame>"
    )


# =========================================================================== the deck's text

FOOT = "Northmarch Electricity Networks plc \u00b7 Room on the Wires \u00b7 Board paper B/28/07"


def content(ids: Ids, s: Slide, eyebrow: str, heading: str) -> None:
    """Title placeholder, eyebrow, footer and slide number of a content slide."""
    s.shapes.append(title(ids, s.page, heading))
    s.shapes.append(
        box(ids, s.page, 0.34, 0.14, 6.0, 0.34, [P(eyebrow.upper(), 850, bold=True, color=TEAL)])
    )
    s.shapes.append(box(ids, s.page, 0.34, 5.25, 6.5, 0.32, [P(FOOT, 700, color=GREY)]))
    s.shapes.append(slide_number(ids, s.page))


def bullets(items: Sequence[str], size: int = 1000, mark: str = "\u25cf") -> list[Para]:
    return [P(t, size, bullet=mark, before=0 if k == 0 else 400) for k, t in enumerate(items)]


def pillar(
    ids: Ids,
    s: Slide,
    eyebrow: str,
    heading: str,
    goals: Sequence[str],
    initiatives: Sequence[str],
    why: str,
) -> None:
    content(ids, s, eyebrow, heading)
    y = 1.12
    for g in goals:
        s.shapes.append(
            box(
                ids,
                s.page,
                0.34,
                y,
                9.3,
                0.46,
                [P(g, 1100, bold=True, color=WHITE)],
                fill=TEAL,
                anchor="ctr",
            )
        )
        y += 0.54
    s.shapes.append(
        box(
            ids,
            s.page,
            0.34,
            y + 0.08,
            5.95,
            4.95 - y,
            [P("What we will do", 1050, bold=True, color=TEAL), *bullets(initiatives)],
        )
    )
    s.shapes.append(
        box(
            ids,
            s.page,
            6.45,
            y + 0.12,
            3.19,
            2.0,
            [P("Why it matters", 1000, bold=True, color=NAVY), P(why, 950, before=300)],
            fill=PALE,
        )
    )


def deck_slides() -> list[Slide]:
    ids = Ids(54)
    pages = [
        "p13", "p14", "p15", "p16", "p17", "p18", "p19", "g2c8e4b71d5a_0_7",
        "g2c8e4b71d5a_0_15", "g2c8e4b71d5a_0_23", "p20", "p21", "p22", "p23", "p24", "p25",
        "g2c91f0a36e2_1_0", "p26", "p27",
    ]  # fmt: skip
    slides = [Slide(p, 1 if k == 0 else 5) for k, p in enumerate(pages)]

    def start(k: int) -> Slide:
        s = slides[k - 1]
        s.group = ids.next()
        return s

    # 1 cover
    s = start(1)
    s.shapes.append(
        placeholder(
            ids,
            s.page,
            '<p:ph type="ctrTitle"/>',
            (311700, 1403350, 8520600, 1026900),
            [P("Room on the Wires", 3600, bold=True)],
            "b",
        )
    )
    s.shapes.append(
        placeholder(
            ids,
            s.page,
            '<p:ph idx="1" type="subTitle"/>',
            (311700, 2525700, 8520600, 926100),
            [
                P("Network operations strategy for RIIO-ED3, 2028\u20132033", 1600, color=TEAL),
                P(
                    "Board of Directors \u00b7 24 February 2028 \u00b7 For decision",
                    1100,
                    color=GREY,
                    before=600,
                ),
            ],
        )
    )
    s.shapes.append(
        box(
            ids,
            s.page,
            0.34,
            4.8,
            9.0,
            0.36,
            [
                P(
                    "Northmarch Electricity Networks plc \u00b7 Paper B/28/07 \u00b7 Commercial in "
                    "confidence",
                    800,
                    color=GREY,
                )
            ],
        )
    )
    s.notes = [
        "Presented by the Director of Network Operations with the Director of Distribution "
        "System Operation.",
        "Figures are those of our ED3 business plan as Ofgem's final determination left it.",
    ]

    # 2 why now
    s = start(2)
    content(ids, s, "Context", "Why now: the street is changing faster than our records")
    tiles = [
        ("31,400", "heat pumps and home chargers notified to us in 2026/27, three times the "
                   "2023/24 count"),
        ("760 of 36,200", "secondary substations that send us any low-voltage readings today"),
        ("37 in 100", "LV faults in 2026/27 that took a second visit to put right"),
        ("188,000", "households on our Priority Services Register, about 1 in 9 of the homes "
                    "we serve"),
    ]  # fmt: skip
    for k, (big, label) in enumerate(tiles):
        s.shapes.append(
            box(
                ids,
                s.page,
                0.34 + k * 2.34,
                1.12,
                2.22,
                1.62,
                [P(big, 2200, bold=True, color=TEAL), P(label, 900, before=300)],
                fill=PALE,
            )
        )
    s.shapes.append(
        box(
            ids,
            s.page,
            0.34,
            2.92,
            9.3,
            1.85,
            [
                P("For context, not targets", 1050, bold=True),
                *bullets(
                    [
                        "RIIO-ED1, 2015\u20132023: customer minutes lost fell by 27% on our "
                        "network.",
                        "A neighbouring DNO reports LV monitoring at 48% of its secondary "
                        "substations.",
                        "Ofgem's ED3 settlement caps our load-related expenditure at \u00a31.12bn: "
                        "a ceiling, not an ambition.",
                    ],
                    950,
                ),
            ],
            fill=CREAM,
        )
    )
    s.notes = [
        "Sources: connections register and the ENA notification forms, 2023/24 and 2026/27; "
        "Skylark device list, January 2028; WorkMate and paper job packs, 2026/27; PSR extract, "
        "December 2027.",
    ]

    # 3 north star, pillars, phases named without dates
    s = start(3)
    content(ids, s, "North star", "Our ambition for RIIO-ED3")
    s.shapes.append(
        box(
            ids,
            s.page,
            0.34,
            1.1,
            9.3,
            1.0,
            [
                P(
                    "A local network that says yes to every heat pump and charger, and keeps the "
                    "lights on for those who depend on them most",
                    1500,
                    bold=True,
                    color=NAVY,
                )
            ],
            anchor="ctr",
        )
    )
    s.shapes.append(
        box(
            ids,
            s.page,
            0.34,
            2.22,
            9.3,
            1.85,
            [
                P("Five pillars", 1050, bold=True, color=TEAL),
                P(
                    "See the LV network: monitors where the load is growing",
                    1000,
                    lead="1  ",
                    before=300,
                ),
                P(
                    "Flexibility first: rent capacity before we build it",
                    1000,
                    lead="2  ",
                    before=300,
                ),
                P("A faster yes for heat pumps and chargers", 1000, lead="3  ", before=300),
                P("Priority customers first in every power cut", 1000, lead="4  ", before=300),
                P("The right crew, first time", 1000, lead="5  ", before=300),
            ],
            fill=PALE,
        )
    )
    s.shapes.append(
        box(
            ids,
            s.page,
            0.34,
            4.2,
            9.3,
            0.55,
            [
                P(
                    "Three phases: Ready, then Prove on one primary group, then Scale across "
                    "Northmarch. Their dates are on the next slide.",
                    1000,
                    italic=True,
                )
            ],
        )
    )

    # 4 the clock, phases dated
    s = start(4)
    content(ids, s, "Our clock", "Five regulatory years, one plan")
    s.shapes.append(
        box(
            ids,
            s.page,
            0.34,
            1.1,
            9.3,
            0.82,
            [
                P(
                    "The price control runs 1 April 2028 to 31 March 2033; Regulatory Year 1 (RY1) "
                    "is 2028/29.",
                    1200,
                    bold=True,
                    color=WHITE,
                ),
                P(
                    "From here on this paper uses regulatory years only: RY1 to RY5, five years "
                    "and 60 months in all.",
                    1000,
                    color=WHITE,
                    before=300,
                ),
            ],
            fill=NAVY,
            anchor="ctr",
        )
    )
    phases = [
        ("Phase 1 \u00b7 Ready: RY1. ", "Systems, records and rotas made ready."),
        ("Phase 2 \u00b7 Prove: RY2\u2013RY3, ", "on one primary group, closing at the "
                                                   "mid-period review."),
        ("Phase 3 \u00b7 Scale: RY4 onwards, ", "across Northmarch to the end of the price "
                                                 "control."),
    ]  # fmt: skip
    for k, (lead, text) in enumerate(phases):
        s.shapes.append(
            box(
                ids,
                s.page,
                0.34,
                2.08 + k * 0.62,
                9.3,
                0.52,
                [P(text, 1050, lead=lead)],
                fill=PALE,
                anchor="ctr",
            )
        )
    s.shapes.append(
        box(
            ids,
            s.page,
            0.34,
            4.0,
            9.3,
            0.6,
            [
                P(
                    "Work shown in the roadmap's \u2018Next price control\u2019 column is there for "
                    "continuity only and sits outside this plan.",
                    950,
                    italic=True,
                    color=GREY,
                )
            ],
        )
    )
    s.notes = [
        "A regulatory year runs April to March, as in our regulatory reporting to Ofgem.",
        "The mid-period review falls at the end of RY3.",
    ]

    # 5 scenarios and what is not in scope
    s = start(5)
    content(ids, s, "Scope", "Four moments this plan is built around")
    moments = [
        "Households adding a heat pump on an LV feeder we cannot see",
        "Evening peak on streets with clusters of home EV chargers",
        "PSR households in an unplanned power cut at night",
        "Night LV fault crews sent out from depots still on paper job packs",
    ]
    for k, text in enumerate(moments):
        s.shapes.append(
            box(
                ids,
                s.page,
                0.34 + (k % 2) * 2.92,
                1.12 + (k // 2) * 1.78,
                2.8,
                1.66,
                [
                    P(f"Moment {k + 1}", 900, bold=True, color=TEAL),
                    P(text, 1100, bold=True, before=300),
                ],
                fill=PALE,
            )
        )
    s.shapes.append(
        box(
            ids,
            s.page,
            6.3,
            1.12,
            3.34,
            3.44,
            [
                P("Not in this plan", 1050, bold=True),
                *bullets(
                    [
                        "Grid supply points and the 132 kV network",
                        "Generation connections above 1 MW",
                        "New housing estates built by independent connection providers",
                        "Street lighting and other unmetered supplies",
                        "Smart meter installation, which is energy suppliers' work",
                    ],
                    900,
                    "\u2013",
                ),
            ],
            fill=CREAM,
        )
    )

    # 6-10 the pillars, under headline titles
    pillar(
        ids,
        start(6),
        "Pillar 1 \u00b7 See the LV network",
        "Seeing below the substation door",
        ["Goal: LV monitoring at 60% of secondary substations by the end of RY5, from 2.1% today."],
        [
            "Fit LV monitors at 21,000 secondary substations, worst-loaded first",
            "Complete the customer-to-feeder data for every address in NetAtlas",
            "Keep five years of half-hourly LV readings in Skylark",
            "Train and certify 240 fitters for live-LV monitor fitting",
        ],
        "Today we learn that an LV feeder is overloaded when a fuse blows. Monitors tell us "
        "months ahead, street by street.",
    )
    pillar(
        ids,
        start(7),
        "Pillar 2 \u00b7 Flexibility first",
        "Renting capacity before we build it",
        [
            "Goal: 450 MW of peak demand under flexibility contracts by the end of RY5.",
            "Ambition: make flexibility business as usual in every part of Northmarch.",
        ],
        [
            "Tender flexibility twice a year in every constrained zone",
            "Test flexibility first on every reinforcement scheme over \u00a3250k",
            "Move dispatch and settlement off the spreadsheet into FlexPoint",
        ],
        "Every megawatt we rent instead of build defers reinforcement. Providers are paid for "
        "being available and for each dispatch.",
    )
    pillar(
        ids,
        start(8),
        "Pillar 3 \u00b7 Heat pumps and chargers",
        "A faster yes at the front door",
        [
            "Goal: 95% of heat pump and EV charger applications answered within 10 working days "
            "by the end of RY2."
        ],
        [
            "Check LV headroom automatically in ConnectIQ from monitor data",
            "Upgrade looped services and cut-outs for heat pump connections within 20 working days",
            "Publish street-level headroom maps twice a year",
        ],
        "Most applications need no reinforcement at all. What they need is a quick, confident "
        "answer.",
    )
    pillar(
        ids,
        start(9),
        "Pillar 4 \u00b7 Priority Services Register",
        "Nobody left cold in the dark",
        ["Goal: 95% of PSR households called within 60 minutes of a power cut by the end of RY2."],
        [
            "Call every PSR household on a faulted feeder within 60 minutes",
            "Check every PSR record with the household every two years",
            "Share PSR records both ways with Ryecombe and District Water",
        ],
        "A power cut is an inconvenience for most of us. For a household that relies on "
        "oxygen or a stairlift it is an emergency.",
    )
    pillar(
        ids,
        start(10),
        "Pillar 5 \u00b7 Field force",
        "The right crew, first time",
        [
            "Goal: 80% of LV fault jobs fixed at the first visit by the end of RY3.",
            "Goal: all seven depots scheduling in WorkMate by the end of RY2.",
        ],
        [
            "Roll WorkMate out to the three depots still on paper",
            "Stock every LV van to one standard kit list",
            "Schedule LV fault crews by skill, van stock and distance",
        ],
        "A second visit means a second night without power for someone, and a crew taken off "
        "the next fault.",
    )

    # 11 the KPI table
    s = start(11)
    content(ids, s, "Measures", "Eight measures the Board will see every quarter")
    head = [Cell(t, bold=True, fill=NAVY, color=WHITE, size=850)
            for t in ("Measure", "2026/27 baseline", "Target", "By when")]  # fmt: skip
    kpis = [
        ("Secondary substations with LV monitoring", "2.1%", "60%", "End of RY5"),
        ("Heat pump and EV charger applications answered within 10 working days", "41%",
         "95%", "End of RY2"),
        ("Peak demand under flexibility contracts", "46 MW", "450 MW", "End of RY5"),
        ("Reinforcement deferred by flexibility, cumulative", "\u00a34m", "\u00a3120m",
         "End of RY5"),
        ("PSR households called within 60 minutes of a power cut", "52%", "95%", "End of RY2"),
        ("LV fault jobs fixed at the first visit", "63%", "80%", "End of RY3"),
        ("Customer minutes lost per customer, unplanned", "34.6", "28.0", "End of RY5"),
        ("PSR households who say we looked after them in a power cut", "71%", "Higher",
         "To agree with the CEG"),
    ]  # fmt: skip
    rows = [head] + [
        [Cell(m, size=850), Cell(b, size=850), Cell(t, bold=True, size=850), Cell(d, size=850)]
        for m, b, t, d in kpis
    ]
    s.shapes.append(table(ids, s.page, 0.34, 1.08, [4.7, 1.45, 1.15, 2.0], 0.38, rows))
    s.shapes.append(
        box(
            ids,
            s.page,
            0.34,
            4.6,
            9.3,
            0.36,
            [
                P(
                    "Baselines are 2026/27 outturn from our regulatory reporting.",
                    800,
                    italic=True,
                    color=GREY,
                )
            ],
        )
    )

    # 12 the pilot, named once with its place and unit
    s = start(12)
    content(ids, s, "Pilot", "One primary group first")
    s.shapes.append(
        box(
            ids,
            s.page,
            0.34,
            1.08,
            9.3,
            0.5,
            [
                P(
                    "First at the Easterby Cross primary and its 42 secondary substations",
                    1500,
                    bold=True,
                    color=TEAL,
                )
            ],
        )
    )
    s.shapes.append(
        box(
            ids,
            s.page,
            0.34,
            1.6,
            9.3,
            0.4,
            [
                P(
                    "9,800 customers on 138 LV feeders \u00b7 1,140 PSR households \u00b7 610 heat "
                    "pumps and 1,900 home chargers \u00b7 crews from the Ryecombe depot",
                    950,
                    color=GREY,
                )
            ],
        )
    )
    s.shapes.append(
        box(
            ids,
            s.page,
            0.34,
            2.08,
            6.1,
            2.55,
            [
                P("What we will do there", 1050, bold=True, color=TEAL),
                *bullets(
                    [
                        "Fit monitors at all 42 secondaries by the end of RY2",
                        "Contract flexibility for the Easterby Cross evening peak",
                        "First flexibility dispatch by winter 2029/30 (our winter peak runs "
                        "November to February)",
                        "Visit every PSR household on the 138 feeders",
                        "Move the Ryecombe depot onto WorkMate first",
                    ],
                    1000,
                    "auto",
                ),
            ],
        )
    )
    s.shapes.append(
        box(
            ids,
            s.page,
            6.6,
            2.12,
            3.04,
            1.7,
            [
                P("How we will know", 1000, bold=True),
                P(
                    "Measured against Haxton primary, alike in size and housing, where nothing "
                    "changes until RY4.",
                    950,
                    before=300,
                ),
            ],
            fill=PALE,
        )
    )

    # 13 the roadmap: one native table, workstreams by regulatory year
    s = start(13)
    content(ids, s, "Roadmap", "RY1 to RY5 at a glance")

    def hd(text: str) -> Cell:
        return Cell(text, bold=True, fill=NAVY, color=WHITE)

    def ph(text: str, span: int = 1) -> Cell:
        return Cell(text, span=span, bold=True, fill=TEAL, color=WHITE)

    def later(text: str) -> Cell:
        return Cell(text, fill=PALE, color=GREY)

    def row(name: str, *marks: str) -> list[Cell]:
        return [Cell(name, bold=True), *(Cell(m) for m in marks[:-1]), later(marks[-1])]

    dot, dash = "\u25cf", "\u2013"
    road = [
        [hd("Workstream"), *(hd(f"RY{k}") for k in range(1, 6)), hd("Next price control")],
        [Cell("Phase", bold=True), ph("Ready"), ph("Prove: Easterby Cross", 2), ph("Scale", 2),
         later("Not in this plan")],
        row("LV monitoring", "2,000 worst-loaded", "Easterby Cross all 42", "9,000", "15,000",
            "21,000", "All secondaries"),
        row("Flexibility", "Off the spreadsheet", "First dispatch by winter", "200 MW", "320 MW",
            "450 MW", "Market-wide"),
        row("Heat pumps and chargers", "Headroom in ConnectIQ", "95% in 10 days",
            "Maps twice a year", dot, dot, dash),
        row("PSR", "Feeder match", "95% called in 60 min", dot, dot, dot, dash),
        row("Field force", "WorkMate at Ryecombe", "All seven depots", "80% first visit", dot, dot,
            dash),
        [Cell("Gates", bold=True), Cell("G1", bold=True), Cell(""),
         Cell("G2 \u00b7 MPR", bold=True), Cell(""), Cell("Close", bold=True),
         later("ED4 begins")],
    ]  # fmt: skip
    s.shapes.append(table(ids, s.page, 0.34, 1.05, [1.6, 1.2, 1.3, 1.2, 1.2, 1.2, 1.6], 0.45, road))
    s.shapes.append(
        box(
            ids,
            s.page,
            0.34,
            4.74,
            9.3,
            0.4,
            [
                P(
                    "Cells show what is done by the end of each regulatory year. The last column is "
                    "outside this plan.",
                    800,
                    italic=True,
                    color=GREY,
                )
            ],
        )
    )
    s.notes = [
        "G1 is decided by the steering group, G2 by the Board at the mid-period review.",
        "The ED4 column is there so the Board can see where the work goes next.",
    ]

    # 14 gates and acceptance criteria
    s = start(14)
    content(ids, s, "Gates", "What good looks like at each gate")
    gates = [
        (
            "Gate 1 \u00b7 Ready to prove",
            "Decided by the Network Operations Steering Group",
            [
                "FlexPoint dispatching for the first primary, with no spreadsheet",
                "Skylark keeping five years of readings",
                "NetAtlas feeder records complete for Easterby Cross",
                "Night standby rota at Ryecombe agreed after JCC consultation",
                "All four met by the end of RY1",
            ],
        ),
        (
            "Gate 2 \u00b7 Go to scale",
            "Decided by the Board at the mid-period review (end of RY3)",
            [
                "Easterby Cross evening peak held within rating through two winters",
                "95% of Easterby Cross PSR households called within 60 minutes",
                "Monitors fitted for under \u00a31,900 each, all in",
            ],
        ),
        (
            "Close \u00b7 end of RY5",
            "Reported to the Board",
            [
                "ED4 plan built on monitored load for 60% of secondaries",
                "Lessons handed to the ED4 business plan team",
            ],
        ),
    ]
    for k, (head_text, who, crit) in enumerate(gates):
        s.shapes.append(
            box(
                ids,
                s.page,
                0.34 + k * 3.12,
                1.1,
                3.0,
                0.72,
                [P(head_text, 1100, bold=True, color=WHITE), P(who, 800, color=WHITE)],
                fill=NAVY,
                anchor="ctr",
            )
        )
        s.shapes.append(
            box(ids, s.page, 0.34 + k * 3.12, 1.9, 3.0, 2.9, bullets(crit, 900), fill=PALE)
        )

    # 15 risks and mitigations, a native table
    s = start(15)
    content(ids, s, "Risks", "What could stop us, and what we will do")
    rh = [Cell(t, bold=True, fill=NAVY, color=WHITE, size=850)
          for t in ("Risk", "Likelihood", "Impact", "Mitigation")]  # fmt: skip
    risks = [
        ("Monitor supply falls short of 4,000 a year", "Medium", "High",
         "Buy from two suppliers under one frame agreement"),
        ("Flexibility providers fail to deliver on the night", "High", "High",
         "Test every provider's response before each winter"),
        ("Rota changes stall at the depots", "Medium", "Medium",
         "Consult the JCC 28 days before any rota change"),
        ("LV readings deleted after 13 months", "High", "Medium",
         "Extend Skylark retention before the first winter"),
        ("PSR records out of date", "Medium", "High", "Check the record on every power-cut call"),
    ]  # fmt: skip
    s.shapes.append(
        table(
            ids,
            s.page,
            0.34,
            1.08,
            [3.1, 1.05, 0.95, 4.2],
            0.52,
            [rh]
            + [
                [Cell(a, size=850), Cell(b, size=850), Cell(c, size=850), Cell(d, size=850)]
                for a, b, c, d in risks
            ],
        )
    )

    # 16 the first 90 days, leads in brackets
    s = start(16)
    content(ids, s, "First 90 days of RY1", "Clearing the runway: our first 90 days")
    s.shapes.append(
        box(
            ids,
            s.page,
            0.34,
            1.1,
            9.3,
            3.6,
            bullets(
                [
                    "Name the 42 Easterby Cross secondaries and their feeders in NetAtlas "
                    "(Network Records)",
                    "Issue the first flexibility tender for the first primary (Head of "
                    "Flexibility)",
                    "Agree the Ryecombe night standby rota with the JCC (Head of Field Ops)",
                    "Set up the steering group, risk log and benefits register (Programme Manager)",
                    "Baseline all eight measures in Halyard (Head of Data)",
                    "Order the first 2,000 monitors (LV Visibility Manager)",
                ],
                1050,
            ),
        )
    )

    # 17 what changes on Monday
    s = start(17)
    content(ids, s, "Day one", "What changes on the first Monday of RY1")
    s.shapes.append(
        box(
            ids,
            s.page,
            0.34,
            1.1,
            9.3,
            3.0,
            bullets(
                [
                    "Every heat pump or charger application gets a named connections engineer",
                    "Fault crews ring the contact centre before leaving the depot when PSR "
                    "households are on the feeder",
                    "Every reinforcement scheme over \u00a3250k carries a flexibility-first note",
                ],
                1100,
            ),
        )
    )

    # 18 governance
    s = start(18)
    content(ids, s, "Governance", "Who decides")
    gov = [
        ("Board: ", "approves the strategy, decides Gate 2 at the mid-period review, sees the "
                    "eight measures each quarter."),
        ("Network Operations Steering Group: ", "chaired by the Director of Network Operations "
                                                "as SRO; meets monthly; decides Gate 1; releases "
                                                "funds up to \u00a32m."),
        ("Programme office: ", "the Room on the Wires Programme Manager runs the plan, the risk "
                               "log and reporting."),
        ("Consulted, never leading: ", "the Customer Engagement Group each quarter, and the "
                                       "trade unions' joint consultative committee before any "
                                       "rota or shift change."),
    ]  # fmt: skip
    s.shapes.append(
        box(
            ids,
            s.page,
            0.34,
            1.1,
            9.3,
            3.5,
            [P(t, 1050, lead=lead, before=0 if k == 0 else 600) for k, (lead, t) in enumerate(gov)],
        )
    )

    # 19 asks of the Board
    s = start(19)
    content(ids, s, "Decisions", "What we ask of the Board today")
    s.shapes.append(
        box(
            ids,
            s.page,
            0.34,
            1.1,
            9.3,
            3.2,
            bullets(
                [
                    "Approve Room on the Wires as our network operations strategy for RIIO-ED3, "
                    "to the end of RY5",
                    "Release \u00a346m for RY1 from the ED3 allowance",
                    "Confirm Easterby Cross as the first primary group",
                    "Delegate Gate 1 to the Network Operations Steering Group",
                ],
                1100,
                "auto",
            ),
        )
    )

    # notes pages: ids after the slides', as Google numbers them
    for s in slides:
        s.notes_ids = (ids.next(), ids.next(), ids.next())
    return slides


# =========================================================================== the package


def slide_xml(s: Slide) -> str:
    g = s.group
    return (
        f"{XML_HEAD}<p:sld {NSDECL}><p:cSld><p:spTree><p:nvGrpSpPr>"
        f'<p:cNvPr id="{g}" name="Shape {g}"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>'
        '<p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/>'
        f'<a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>{"".join(s.shapes)}</p:spTree></p:cSld>'
        "<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>"
    )


def notes_xml(s: Slide) -> str:
    g, img, body = s.notes_ids
    page = f"{s.page}:notes"
    paras = [P(t, 1100, color="000000") for t in s.notes]
    return (
        f"{XML_HEAD}<p:notes {NSDECL}><p:cSld><p:spTree><p:nvGrpSpPr>"
        f'<p:cNvPr id="{g}" name="Shape {g}"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>'
        '<p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/>'
        '<a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>'
        f'<p:sp><p:nvSpPr>{name(img, page)}<p:cNvSpPr><a:spLocks noGrp="1" noRot="1" '
        'noChangeAspect="1"/></p:cNvSpPr><p:nvPr><p:ph idx="2" type="sldImg"/></p:nvPr>'
        f'</p:nvSpPr><p:spPr>{xfrm(381300, 685800, 6096075, 3429000)}<a:prstGeom prst="rect">'
        "<a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></p:spPr></p:sp>"
        f'<p:sp><p:nvSpPr>{name(body, page)}<p:cNvSpPr txBox="1"><a:spLocks noGrp="1"/>'
        '</p:cNvSpPr><p:nvPr><p:ph idx="1" type="body"/></p:nvPr></p:nvSpPr><p:spPr>'
        f'{xfrm(685800, 4400550, 5486400, 4114800)}<a:prstGeom prst="rect"><a:avLst/>'
        f"</a:prstGeom></p:spPr>{body_xml(paras)}</p:sp></p:spTree></p:cSld>"
        "<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:notes>"
    )


def rels_xml(rels: Sequence[tuple[str, str, str]]) -> str:
    body = "".join(
        f'<Relationship Id="{i}" Type="{t}" Target="{escape(target)}"/>' for i, t, target in rels
    )
    return f'{XML_HEAD}<Relationships xmlns="{PKG_RELS}">{body}</Relationships>'


THEME = (
    f'{XML_HEAD}<a:theme xmlns:a="{NS_A}" xmlns:r="{NS_R}" name="Northmarch 2027">'
    '<a:themeElements><a:clrScheme name="Northmarch 2027">'
    '<a:dk1><a:srgbClr val="000000"/></a:dk1><a:lt1><a:srgbClr val="FFFFFF"/></a:lt1>'
    f'<a:dk2><a:srgbClr val="{NAVY}"/></a:dk2><a:lt2><a:srgbClr val="{PALE}"/></a:lt2>'
    f'<a:accent1><a:srgbClr val="{TEAL}"/></a:accent1><a:accent2><a:srgbClr val="{AMBER}"/>'
    f'</a:accent2><a:accent3><a:srgbClr val="{GREY}"/></a:accent3><a:accent4>'
    '<a:srgbClr val="8FB8BA"/></a:accent4><a:accent5><a:srgbClr val="2E5E8C"/></a:accent5>'
    '<a:accent6><a:srgbClr val="C4512B"/></a:accent6><a:hlink><a:srgbClr val="0F7C80"/>'
    '</a:hlink><a:folHlink><a:srgbClr val="0F7C80"/></a:folHlink></a:clrScheme>'
    f'<a:fontScheme name="Northmarch 2027"><a:majorFont><a:latin typeface="{HEAD_FONT}"/>'
    f'<a:ea typeface="{HEAD_FONT}"/><a:cs typeface="{HEAD_FONT}"/></a:majorFont><a:minorFont>'
    f'<a:latin typeface="{FONT}"/><a:ea typeface="{FONT}"/><a:cs typeface="{FONT}"/>'
    '</a:minorFont></a:fontScheme><a:fmtScheme name="Office"><a:fillStyleLst>'
    '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr '
    'val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
    '</a:fillStyleLst><a:lnStyleLst><a:ln w="9525"><a:solidFill><a:schemeClr val="phClr"/>'
    '</a:solidFill></a:ln><a:ln w="25400"><a:solidFill><a:schemeClr val="phClr"/>'
    '</a:solidFill></a:ln><a:ln w="38100"><a:solidFill><a:schemeClr val="phClr"/>'
    "</a:solidFill></a:ln></a:lnStyleLst><a:effectStyleLst><a:effectStyle><a:effectLst/>"
    "</a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle>"
    "<a:effectLst/></a:effectStyle></a:effectStyleLst><a:bgFillStyleLst><a:solidFill>"
    '<a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/>'
    '</a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:bgFillStyleLst>'
    "</a:fmtScheme></a:themeElements></a:theme>"
)

CLR_MAP = (
    'bg1="lt1" tx1="dk1" bg2="dk2" tx2="lt2" accent1="accent1" accent2="accent2" '
    'accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" '
    'folHlink="folHlink"'
)

# Google's eleven layouts: (cSld name, matchingName, type, placeholders)
LAYOUTS = [
    ("TITLE", "Title slide", "title", ["ctrTitle", "subTitle:1"]),
    ("SECTION_HEADER", "Section header", "secHead", ["title"]),
    ("TITLE_AND_BODY", "Title and body", "tx", ["title", "body:1"]),
    ("TITLE_AND_TWO_COLUMNS", "Title and two columns", "twoColTx", ["title", "body:1", "body:2"]),
    ("TITLE_ONLY", "Title only", "titleOnly", ["title"]),
    ("ONE_COLUMN_TEXT", "One column text", "tx", ["title", "body:1"]),
    ("MAIN_POINT", "Main point", "tx", ["title"]),
    ("SECTION_TITLE_AND_DESCRIPTION", "Section title and description", "tx",
     ["title", "subTitle:1", "body:2"]),
    ("CAPTION_ONLY", "Caption", "tx", ["body:1"]),
    ("BIG_NUMBER", "Big number", "tx", ["title", "body:1"]),
    ("BLANK", "Blank", "blank", []),
]  # fmt: skip


def _ph_tag(spec: str) -> str:
    kind, _, idx = spec.partition(":")
    return f'<p:ph idx="{idx}" type="{kind}"/>' if idx else f'<p:ph type="{kind}"/>'


def _ph_box(spec: str) -> tuple[int, int, int, int]:
    return {
        "ctrTitle": (311700, 744575, 8520600, 2052600),
        "subTitle:1": (311700, 2834125, 8520600, 792600),
        "title": (311700, 445025, 8520600, 572700),
        "body:1": (311700, 1152475, 8520600, 3416400),
        "body:2": (4832400, 1152475, 3999900, 3416400),
    }.get(spec, (311700, 1152475, 3999900, 3416400))


def layout_xml(k: int, ids: Ids) -> str:
    csld, matching, kind, phs = LAYOUTS[k]
    page = f"p{k + 2}"
    shapes = []
    for spec in [*phs, "sldNum:12"]:
        sid = ids.next()
        box_ = (8472458, 4663217, 548700, 393600) if spec == "sldNum:12" else _ph_box(spec)
        shapes.append(
            f'<p:sp><p:nvSpPr>{name(sid, page)}<p:cNvSpPr txBox="1"><a:spLocks noGrp="1"/>'
            f"</p:cNvSpPr><p:nvPr>{_ph_tag(spec)}</p:nvPr></p:nvSpPr><p:spPr>{xfrm(*box_)}"
            f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr>{body_xml([])}</p:sp>'
        )
    g = ids.next()
    return (
        f'{XML_HEAD}<p:sldLayout {NSDECL} matchingName="{matching}" type="{kind}"><p:cSld '
        f'name="{csld}"><p:spTree><p:nvGrpSpPr><p:cNvPr id="{g}" name="Shape {g}"/>'
        '<p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm><a:off x="0" y="0"/>'
        '<a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm>'
        f"</p:grpSpPr>{''.join(shapes)}</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/>"
        "</p:clrMapOvr></p:sldLayout>"
    )


def _lvl_styles(tag: str, size: int, color: str, bullet: bool) -> str:
    out = []
    for lvl in range(1, 10):
        mar = 457200 * lvl
        bu = (
            f'<a:buClr><a:srgbClr val="{color}"/></a:buClr><a:buSzPts val="{size}"/>'
            '<a:buChar char="\u25cf"/>'
            if bullet
            else "<a:buNone/>"
        )
        out.append(
            f'<a:lvl{lvl}pPr marL="{mar if bullet else 0}" marR="0" '
            f'indent="{-317500 if bullet else 0}" algn="l" rtl="0"><a:lnSpc><a:spcPct '
            'val="100000"/></a:lnSpc><a:spcBef><a:spcPts val="0"/></a:spcBef><a:spcAft>'
            f'<a:spcPts val="0"/></a:spcAft>{bu}<a:defRPr sz="{size}"><a:solidFill>'
            f'<a:srgbClr val="{color}"/></a:solidFill></a:defRPr></a:lvl{lvl}pPr>'
        )
    return f"<{tag}>{''.join(out)}</{tag}>"


def master_xml(ids: Ids) -> str:
    shapes = []
    for spec in ("title", "body:1", "sldNum:12"):
        sid = ids.next()
        box_ = (8472458, 4663217, 548700, 393600) if spec == "sldNum:12" else _ph_box(spec)
        shapes.append(
            f'<p:sp><p:nvSpPr>{name(sid, "p1")}<p:cNvSpPr txBox="1"><a:spLocks noGrp="1"/>'
            f"</p:cNvSpPr><p:nvPr>{_ph_tag(spec)}</p:nvPr></p:nvSpPr><p:spPr>{xfrm(*box_)}"
            f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr>{body_xml([])}</p:sp>'
        )
    layout_ids = "".join(
        f'<p:sldLayoutId id="{2147483649 + k}" r:id="rId{k + 1}"/>' for k in range(len(LAYOUTS))
    )
    return (
        f"{XML_HEAD}<p:sldMaster {NSDECL}><p:cSld><p:bg><p:bgPr><a:solidFill>"
        '<a:schemeClr val="lt1"/></a:solidFill></p:bgPr></p:bg><p:spTree><p:nvGrpSpPr>'
        '<p:cNvPr id="1" name="Shape 5"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr>'
        '<a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/>'
        f'<a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>{"".join(shapes)}</p:spTree></p:cSld>'
        f"<p:clrMap {CLR_MAP}/><p:sldLayoutIdLst>{layout_ids}</p:sldLayoutIdLst><p:txStyles>"
        f"{_lvl_styles('p:titleStyle', 2800, NAVY, False)}"
        f"{_lvl_styles('p:bodyStyle', 1800, '595959', True)}"
        f"{_lvl_styles('p:otherStyle', 1400, '000000', False)}</p:txStyles></p:sldMaster>"
    )


def notes_master_xml() -> str:
    return (
        f'{XML_HEAD}<p:notesMaster {NSDECL}><p:cSld><p:bg><p:bgRef idx="1001">'
        '<a:schemeClr val="bg1"/></p:bgRef></p:bg><p:spTree><p:nvGrpSpPr>'
        '<p:cNvPr id="1" name="Shape 1"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr>'
        '<a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/>'
        '<a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>'
        '<p:sp><p:nvSpPr><p:cNvPr id="2" name="Google Shape;2;n"/><p:cNvSpPr><a:spLocks '
        'noGrp="1" noRot="1" noChangeAspect="1"/></p:cNvSpPr><p:nvPr><p:ph idx="2" '
        f'type="sldImg"/></p:nvPr></p:nvSpPr><p:spPr>{xfrm(381300, 685800, 6096075, 3429000)}'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln w="9525" cap="flat" '
        'cmpd="sng"><a:solidFill><a:srgbClr val="000000"/></a:solidFill><a:prstDash '
        'val="solid"/><a:round/></a:ln></p:spPr></p:sp>'
        '<p:sp><p:nvSpPr><p:cNvPr id="3" name="Google Shape;3;n"/><p:cNvSpPr txBox="1">'
        '<a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph idx="1" type="body"/></p:nvPr>'
        f"</p:nvSpPr><p:spPr>{xfrm(685800, 4400550, 5486400, 4114800)}<a:prstGeom "
        f'prst="rect"><a:avLst/></a:prstGeom></p:spPr>{body_xml([])}</p:sp></p:spTree>'
        f"</p:cSld><p:clrMap {CLR_MAP}/>{_lvl_styles('p:notesStyle', 1100, '000000', False)}"
        "</p:notesMaster>"
    )


TABLE_STYLES = (
    f'{XML_HEAD}<a:tblStyleLst xmlns:a="{NS_A}" def="{TABLE_STYLE}"><a:tblStyle '
    f'styleId="{TABLE_STYLE}" styleName="Table_0"><a:wholeTbl><a:tcTxStyle><a:font>'
    f'<a:latin typeface="{FONT}"/><a:ea typeface="{FONT}"/><a:cs typeface="{FONT}"/></a:font>'
    '<a:srgbClr val="000000"/></a:tcTxStyle><a:tcStyle><a:tcBdr/><a:fill><a:noFill/></a:fill>'
    "</a:tcStyle></a:wholeTbl></a:tblStyle></a:tblStyleLst>"
)

# a stand-in for Google's binary round-trip blob, fixed so the file is the same on every run
METADATA = (
    b"\x0a\x2c" + b"1nQ3vR8kXw0eJmB5tYc7LhP2sDfA9uZ4oKiG6jHlWqE" + b"\x12\x04\x08\x13\x10\x01"
)


def deck_bytes() -> bytes:
    slides = deck_slides()
    ids = Ids(6)
    master = master_xml(ids)
    layouts = [layout_xml(k, ids) for k in range(len(LAYOUTS))]
    n = len(slides)
    parts: dict[str, str | bytes] = {}

    over = [
        ("/ppt/presentation.xml", f"{CT}.presentation.main+xml"),
        ("/ppt/presProps.xml", f"{CT}.presProps+xml"),
        ("/ppt/tableStyles.xml", f"{CT}.tableStyles+xml"),
        ("/ppt/theme/theme1.xml", "application/vnd.openxmlformats-officedocument.theme+xml"),
        ("/ppt/theme/theme2.xml", "application/vnd.openxmlformats-officedocument.theme+xml"),
        ("/ppt/slideMasters/slideMaster1.xml", f"{CT}.slideMaster+xml"),
        ("/ppt/notesMasters/notesMaster1.xml", f"{CT}.notesMaster+xml"),
        ("/ppt/metadata", "application/binary"),
    ]
    over += [(f"/ppt/slideLayouts/slideLayout{k}.xml", f"{CT}.slideLayout+xml")
             for k in range(1, len(LAYOUTS) + 1)]  # fmt: skip
    over += [(f"/ppt/slides/slide{k}.xml", f"{CT}.slide+xml") for k in range(1, n + 1)]
    over += [(f"/ppt/notesSlides/notesSlide{k}.xml", f"{CT}.notesSlide+xml")
             for k in range(1, n + 1)]  # fmt: skip
    parts["[Content_Types].xml"] = (
        f'{XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/>'
        + "".join(f'<Override PartName="{p}" ContentType="{c}"/>' for p, c in over)
        + "</Types>"
    )
    parts["_rels/.rels"] = rels_xml([("rId1", f"{RELS}/officeDocument", "ppt/presentation.xml")])

    pres_rels = [
        ("rId1", f"{RELS}/theme", "theme/theme1.xml"),
        ("rId2", f"{RELS}/presProps", "presProps.xml"),
        ("rId3", f"{RELS}/tableStyles", "tableStyles.xml"),
        ("rId4", f"{RELS}/slideMaster", "slideMasters/slideMaster1.xml"),
        ("rId5", f"{RELS}/notesMaster", "notesMasters/notesMaster1.xml"),
    ]
    pres_rels += [(f"rId{5 + k}", f"{RELS}/slide", f"slides/slide{k}.xml") for k in range(1, n + 1)]
    meta_rid = f"rId{6 + n}"
    pres_rels.append((meta_rid, GOOGLE_META_REL, "metadata"))
    parts["ppt/_rels/presentation.xml.rels"] = rels_xml(pres_rels)
    sld_ids = "".join(f'<p:sldId id="{256 + k}" r:id="rId{6 + k}"/>' for k in range(n))
    parts["ppt/presentation.xml"] = (
        f'{XML_HEAD}<p:presentation {NSDECL} autoCompressPictures="0" '
        'strictFirstAndLastChars="0" saveSubsetFonts="1"><p:sldMasterIdLst><p:sldMasterId '
        'id="2147483648" r:id="rId4"/></p:sldMasterIdLst><p:notesMasterIdLst><p:notesMasterId '
        f'r:id="rId5"/></p:notesMasterIdLst><p:sldIdLst>{sld_ids}</p:sldIdLst>'
        f'<p:sldSz cy="{H}" cx="{W}"/><p:notesSz cx="6858000" cy="9144000"/>'
        "<p:defaultTextStyle>"
        + _lvl_styles("a:defPPr", 1400, "000000", False)[len("<a:defPPr>") : -len("</a:defPPr>")]
        + '</p:defaultTextStyle><p:extLst><p:ext uri="GoogleSlidesCustomDataVersion2">'
        f'<go:slidesCustomData xmlns:go="http://customooxmlschemas.google.com/" r:id="{meta_rid}" '
        'roundtripDataSignature="AMtx7mhQ0cS2nYx4bV9kRj1pTzA6uLw3eF8gDiN5oCq"/></p:ext>'
        "</p:extLst></p:presentation>"
    )
    parts["ppt/presProps.xml"] = f"{XML_HEAD}<p:presentationPr {NSDECL}/>"
    parts["ppt/tableStyles.xml"] = TABLE_STYLES
    parts["ppt/theme/theme1.xml"] = THEME
    parts["ppt/theme/theme2.xml"] = THEME.replace("Northmarch 2027", "Simple Light")
    parts["ppt/metadata"] = METADATA
    parts["ppt/slideMasters/slideMaster1.xml"] = master
    parts["ppt/slideMasters/_rels/slideMaster1.xml.rels"] = rels_xml(
        [(f"rId{k}", f"{RELS}/slideLayout", f"../slideLayouts/slideLayout{k}.xml")
         for k in range(1, len(LAYOUTS) + 1)]
        + [(f"rId{len(LAYOUTS) + 1}", f"{RELS}/theme", "../theme/theme1.xml")]
    )  # fmt: skip
    for k, xml in enumerate(layouts, start=1):
        parts[f"ppt/slideLayouts/slideLayout{k}.xml"] = xml
        parts[f"ppt/slideLayouts/_rels/slideLayout{k}.xml.rels"] = rels_xml(
            [("rId1", f"{RELS}/slideMaster", "../slideMasters/slideMaster1.xml")]
        )
    parts["ppt/notesMasters/notesMaster1.xml"] = notes_master_xml()
    parts["ppt/notesMasters/_rels/notesMaster1.xml.rels"] = rels_xml(
        [("rId1", f"{RELS}/theme", "../theme/theme2.xml")]
    )
    for k, s in enumerate(slides, start=1):
        parts[f"ppt/slides/slide{k}.xml"] = slide_xml(s)
        parts[f"ppt/slides/_rels/slide{k}.xml.rels"] = rels_xml(
            [
                ("rId1", f"{RELS}/slideLayout", f"../slideLayouts/slideLayout{s.layout}.xml"),
                ("rId2", f"{RELS}/notesSlide", f"../notesSlides/notesSlide{k}.xml"),
            ]
        )
        parts[f"ppt/notesSlides/notesSlide{k}.xml"] = notes_xml(s)
        parts[f"ppt/notesSlides/_rels/notesSlide{k}.xml.rels"] = rels_xml(
            [
                ("rId1", f"{RELS}/notesMaster", "../notesMasters/notesMaster1.xml"),
                ("rId2", f"{RELS}/slide", f"../slides/slide{k}.xml"),
            ]
        )

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for part in sorted(parts):
            info = zipfile.ZipInfo(part, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            info.external_attr = 0
            body = parts[part]
            z.writestr(info, body.encode("utf-8") if isinstance(body, str) else body)
    return out.getvalue()


# =========================================================================== the org folder

BASE = "dc=northmarch-networks,dc=co,dc=uk"
CEO_DN = f"cn=Catriona Vance,ou=Executive,{BASE}"
CHARTER_REMIT = "Remit: see section 4 of the Network Operations Governance Charter."

# (cn, title, ou, l, manager's cn or None for the Chief Executive, remit)
POSTS = [
    ("Helen Marchbank", "Director of Network Operations", "Network Operations", "Calderbrook",
     None, "Remit: network control, field operations, connections and customer service. Senior "
     "responsible owner of Room on the Wires and chair of the Network Operations Steering "
     "Group, which releases funds up to \u00a32m."),
    ("Rhys Tenby", "Director of Distribution System Operation", "Distribution System Operation",
     "Calderbrook", None, "Remit: the DSO functions our licence asks us to run at arm's length "
     "from network operation: network planning, flexibility services, LV visibility, network "
     "records and network data."),
    ("Sunita Raval", "Finance Director", "Finance", "Calderbrook", None,
     "Remit: budgets, the release of funds with the SRO, the ED3 totex allowance and its "
     "\u00a31.12bn load-related ceiling, and regulatory financial reporting to Ofgem."),
    ("Dermot Fallon", "Head of Network Control", "Network Operations", "Calderbrook",
     "Helen Marchbank", "Remit: the Calderbrook control centre, the Tessera ADMS, switching and "
     "restoration, and our performance under Ofgem's Interruptions Incentive Scheme: customer "
     "interruptions and customer minutes lost."),
    ("Kerry Ashworth", "Head of Field Operations", "Network Operations", "Stanwick",
     "Helen Marchbank", "Remit: the seven depots and their field crews, standby and night "
     "rotas, van stock, and fault repair on site. Consults the JCC on rota and shift changes."),
    ("Tomasz Nowicki", "Resource Planning and Scheduling Manager", "Network Operations",
     "Stanwick", "Kerry Ashworth", "Remit: WorkMate; planning and scheduling of all field "
     "work; allocation of jobs by skill, van stock and location; and the roll-out of WorkMate "
     "to the depots still on paper."),
    ("Owen Gilchrist", "Head of Connections", "Connections", "Haxton", "Helen Marchbank",
     "Remit: connection applications and quotations, heat pump and EV charger applications "
     "and notifications, ConnectIQ, and the connections Guaranteed Standards."),
    ("Lisa Harker", "Connections Delivery Manager", "Connections", "Haxton", "Owen Gilchrist",
     "Remit: service alterations on site for new low-carbon loads: looped service splits, "
     "cut-out and fuse upgrades, and the teams that carry them out."),
    ("Joanne Whitfield", "Head of Customer Service", "Customer Service", "Calderbrook",
     "Helen Marchbank", "Remit: the contact centre and CustomerHub, outbound calls and texts in "
     "power cuts, and welfare support on site during long outages."),
    ("Aisha Karim", "Customer Vulnerability Manager", "Customer Service", "Calderbrook",
     "Joanne Whitfield", "Remit: the Priority Services Register: its records and their "
     "accuracy, sharing them with the water company, partner agencies, and how PSR households "
     "rate our support."),
    ("Alastair Crane", "Head of Network Planning", "Distribution System Operation",
     "Calderbrook", "Rhys Tenby", "Remit: load forecasts, the network development plan, "
     "reinforcement decisions with the flexibility-first test on every reinforcement scheme, "
     "and street-level LV headroom maps."),
    ("Colin Storey", "Network Records Manager", "Distribution System Operation", "Calderbrook",
     "Alastair Crane", CHARTER_REMIT),
    ("Imogen Blythe", "Head of Flexibility Services", "Distribution System Operation",
     "Calderbrook", "Rhys Tenby", "Remit: flexibility tenders, contracts and prices, provider "
     "onboarding, and the FlexPoint market platform."),
    ("Femi Adeyemi", "Flexibility Operations Lead", "Distribution System Operation",
     "Calderbrook", "Imogen Blythe", CHARTER_REMIT),
    ("Bethan Pryce", "LV Network Visibility Manager", "Distribution System Operation",
     "Calderbrook", "Rhys Tenby", "Remit: the LV monitoring roll-out and its supply contracts, "
     "the Skylark head-end, and the quality and retention of LV readings."),
    ("Priya Natarajan", "Head of Data and Analytics", "Distribution System Operation",
     "Calderbrook", "Rhys Tenby", "Remit: the Halyard data warehouse, Power BI reporting, the "
     "data catalogue, and publishing network data under Ofgem's Data Best Practice Guidance."),
    ("Neil Dunmore", "Head of Technical Training", "Network Operations", "Wenlow",
     "Helen Marchbank", "Remit: the Wenlow training centre, craft apprenticeships, refresher "
     "courses, and LearnTrack training records."),
    ("Ruth Calloway", "Head of Safety, Health and Environment", "Safety, Health and "
     "Environment", "Calderbrook", None, "Remit: the Distribution Safety Rules and "
     "authorisations under them; live-working competence, from its training standard to "
     "assessment and certificates; incident investigation."),
    ("Marcus Ferrand", "Room on the Wires Programme Manager", "Network Operations",
     "Calderbrook", "Helen Marchbank", "Remit: the programme plan, risk log and benefits "
     "register, and the steering group and gate papers."),
]  # fmt: skip

# consulted bodies: organizationalRole entries, a cn and no title or manager
BODIES = [
    ("Customer Engagement Group", "Independent group set up under Ofgem's enhanced engagement "
     "guidance, with its own chair. Consulted each quarter on Room on the Wires; it never "
     "leads or owns work."),
    ("Trade Unions' Joint Consultative Committee", "Joint committee of the recognised trade "
     "unions and management. Consulted on rotas, shifts and call-out; it never leads or owns "
     "work."),
]  # fmt: skip


def _fold(line: str) -> list[str]:
    """An LDIF line folded as ldapsearch folds it: 76 characters, then a space and 75 more."""
    if len(line) <= 76:
        return [line]
    out = [line[:76]]
    rest = line[76:]
    while rest:
        out.append(" " + rest[:75])
        rest = rest[75:]
    return out


def _attr(attr: str, value: str) -> list[str]:
    safe = value.isascii() and not value.startswith((" ", ":", "<"))
    if safe:
        return _fold(f"{attr}: {value}")
    return _fold(f"{attr}:: {base64.b64encode(value.encode('utf-8')).decode('ascii')}")


def directory_ldif() -> str:
    lines = [
        "# extended LDIF",
        "#",
        "# LDAPv3",
        f"# base <{BASE}> with scope subtree",
        f"# filter: (|(memberOf=cn=Room on the Wires,ou=Groups,{BASE})"
        "(objectClass=organizationalRole))",
        "# requesting: objectClass cn sn givenName title ou l manager description",
        "#",
        "",
        "version: 1",
        "",
    ]
    for cn, post, ou, place, boss, remit in POSTS:
        lines.append(f"# {cn}, Posts, northmarch-networks.co.uk")
        lines += _fold(f"dn: cn={cn},ou=Posts,{BASE}")
        lines += ["objectClass: top", "objectClass: person", "objectClass: organizationalPerson",
                  "objectClass: inetOrgPerson"]  # fmt: skip
        given, _, family = cn.rpartition(" ")
        lines += _attr("cn", cn) + _attr("sn", family) + _attr("givenName", given)
        lines += _attr("title", post) + _attr("ou", ou) + _attr("l", place)
        manager = f"cn={boss},ou=Posts,{BASE}" if boss else CEO_DN
        lines += _attr("manager", manager) + _attr("description", remit)
        lines.append("")
    for cn, remit in BODIES:
        lines.append(f"# {cn}, Consultative Bodies, northmarch-networks.co.uk")
        lines += _fold(f"dn: cn={cn},ou=Consultative Bodies,{BASE}")
        lines += ["objectClass: top", "objectClass: organizationalRole"]
        lines += _attr("cn", cn) + _attr("ou", "Consultative Bodies")
        lines += _attr("description", remit)
        lines.append("")
    n = len(POSTS) + len(BODIES)
    lines += [
        "# search result",
        "search: 2",
        "result: 0 Success",
        "",
        f"# numResponses: {n + 1}",
        f"# numEntries: {n}",
    ]
    return "\n".join(lines) + "\n"


CHARTER = """
# Network Operations Governance Charter

Northmarch Electricity Networks plc. Version 3.1, approved by the Executive Committee on
12 January 2028. Owner: the Room on the Wires Programme Manager.

## 1. Purpose

This charter sets out how Room on the Wires, our network operations strategy for RIIO-ED3, is
governed: who decides, who owns what, and who is consulted.

## 2. Sponsor and steering group

The Director of Network Operations is the senior responsible owner (SRO) and executive sponsor
of Room on the Wires.

The Network Operations Steering Group is chaired by the SRO and meets monthly. Its members are
the Director of Distribution System Operation, the Finance Director, the Head of Network
Control, the Head of Field Operations, the Head of Connections, the Head of Customer Service,
the Head of Network Planning and the Head of Flexibility Services. The Room on the Wires
Programme Manager is its secretary.

A meeting is quorate with the chair or the Director of Distribution System Operation and four
other members.

## 3. Decision rights

- Gate 1 is decided by the steering group. Gate 2 and the close are decided by the Board.
- The steering group releases funds within the budget the Board has approved.
- The steering group cannot approve spend above £2m on any one item; larger sums go to the Board.
- The Finance Director signs every release of funds with the SRO.

## 4. Remits held in this charter

The directory holds most remits in full. These two are held here.

- The Flexibility Operations Lead is responsible for day-ahead and real-time dispatch of
  contracted flexibility, checking that each provider delivered, and the settlement data that
  pays them.
- The Network Records Manager is responsible for NetAtlas, the LV connectivity model, and the
  link between every customer address and its LV feeder and phase.

## 5. Consulted bodies

- The Customer Engagement Group is consulted each quarter on the plan, the measures and our
  support for PSR households. It challenges and advises; it never leads or owns work.
- The Trade Unions' Joint Consultative Committee is consulted on rotas, shifts and call-out
  arrangements under its constitution. It never leads or owns work.

## 6. Reporting

The Room on the Wires Programme Manager sends the steering group a monthly pack drawn from the
Halyard data warehouse, using the Power BI measures kept by the Head of Data and Analytics. The
Board sees the eight Room on the Wires measures each quarter.

## 7. Training and competence

Technical courses run at the Wenlow training centre under the Head of Technical Training, and
every course taken is recorded in LearnTrack. Live-working competence certificates are issued by
the Head of Safety, Health and Environment.
"""

CEG_TERMS = """
# Customer Engagement Group: terms of reference (extract)

Northmarch Electricity Networks plc. Agreed with the Group's independent chair on 9 October
2027.

## Purpose

The Customer Engagement Group (CEG) gives independent challenge on how well our plans reflect
what customers need from us, and customers in vulnerable circumstances in particular. It was set
up under Ofgem's enhanced engagement guidance for RIIO-ED3.

## Membership

An independent chair and eight members: two from charities that support households on the
Priority Services Register, two from local authorities, one from a community energy group, one
heat pump installer, one from a citizens' advice service and one from a disability organisation.

## How we work with the Group

- The Group meets each quarter and sees the Room on the Wires measures before the Board does.
- It reviews the wording of the PSR post-outage survey and agrees the yearly target for PSR
  satisfaction with the Customer Vulnerability Manager.
- It is consulted and gives its view; it never leads or owns work.
- Its reports go to the Board and are published on our website.
"""

JCC_EXTRACT = """
NORTHMARCH ELECTRICITY NETWORKS PLC
TRADE UNIONS' JOINT CONSULTATIVE COMMITTEE
Constitution: extract of clauses 4 to 7, as revised on 3 March 2026

4. Membership
4.1 Six members appointed by the recognised trade unions and six appointed by management.
4.2 The management side is led by the Director of Network Operations.

5. Consultation
5.1 Management must consult the JCC before any change to standby rotas, shift patterns or
call-out arrangements, and at least 28 days before the change takes effect.
5.2 The JCC gives its view in writing within 21 days of being consulted.

6. Standing
6.1 The JCC is consulted. It never leads or owns work in any programme.

7. Meetings
7.1 The JCC meets every two months. Either side may call an extra meeting at ten working days'
notice.
"""

SYSTEMS = """
# Systems and data inventory: network operations

Owner: Head of Data and Analytics. Reviewed in January 2028 for Room on the Wires.

This note lists the systems the plan depends on, who owns each one, and what each does today.

## Tessera ADMS (control centre)

Owner: Head of Network Control. Runs the 132 kV, 33 kV and 11 kV networks from the Calderbrook
control centre: switching, outage management and restoration. Tessera cannot model the LV
network: its network model stops at the 11 kV side of each secondary substation.

## Skylark (LV monitoring head-end)

Owner: LV Network Visibility Manager. Collects readings over the mobile network from the 760 LV
monitors fitted so far. Half-hourly readings are not retained beyond 13 months; Skylark deletes
older readings each night.

## NetAtlas (GIS and network records)

Owner: Network Records Manager. The geographic record of every cable, substation and service,
and the LV connectivity model. NetAtlas has no feeder record for about 17% of customer
addresses, mostly in terraced streets built before 1930.

## FlexPoint (flexibility market platform)

Owner: Head of Flexibility Services. Runs our flexibility tenders and holds every contract and
price. Dispatch and settlement rely on a spreadsheet kept by the flexibility operations team.

## ConnectIQ (connections portal)

Owner: Head of Connections. Takes connection applications and the ENA notification forms for
heat pumps and EV chargers. ConnectIQ is not yet able to check LV headroom; connection engineers
check each application by hand against NetAtlas.

## WorkMate (field scheduling)

Owner: Resource Planning and Scheduling Manager. Schedules field work and sends it to crews'
tablets. The depots note says where it runs.

## CustomerHub (contact centre and PSR)

Owner: Head of Customer Service; the PSR records are the Customer Vulnerability Manager's. Holds
customer contacts and the Priority Services Register. CustomerHub cannot flag PSR households on
a faulted feeder by itself: the contact centre matches them by hand from a daily extract.

## Halyard data warehouse and Power BI

Owner: Head of Data and Analytics. Halyard takes nightly loads from Tessera, NetAtlas, FlexPoint,
ConnectIQ, WorkMate and CustomerHub, and daily peak summaries from Skylark. Power BI reports
built on Halyard serve the control centre, the depots and the Board. The Room on the Wires
measures are reported from Halyard.

## LearnTrack (training records)

Owner: Head of Technical Training. Records every course, competence assessment and certificate
held by the field force.
"""

MEASURES = """
# Room on the Wires: measure definitions

Agreed by the Network Operations Steering Group on 2 February 2028. Baselines are 2026/27
outturn. Every measure is loaded into Halyard and shown in the Power BI report "Room on the
Wires measures".

| Measure | Definition | Owner | 2026/27 baseline | Source |
|---|---|---|---|---|
| LV monitoring coverage | Secondary substations sending half-hourly LV readings to Skylark, as a share of all 36,200 | LV Network Visibility Manager | 2.1% (760) | Skylark device list |
| Heat pump and EV charger applications answered in 10 working days | Applications and notifications for heat pumps and EV chargers given a connection decision within 10 working days of receipt | Head of Connections | 41% | ConnectIQ |
| Flexibility under contract | MW of winter peak demand under signed flexibility contracts | Head of Flexibility Services | 46 MW | FlexPoint |
| Reinforcement deferred | Cumulative cost of reinforcement schemes deferred because flexibility was contracted instead, as signed off at the planning review | Head of Network Planning | £4m | Network development plan register |
| PSR households called within 60 minutes | PSR households on a faulted feeder reached by phone within 60 minutes of the start of an unplanned power cut | Head of Customer Service | 52% | CustomerHub call log |
| LV fault first-visit fix | LV fault jobs completed at the first attendance | Head of Field Operations | 63% | WorkMate and depot job packs |
| Customer minutes lost per customer | Unplanned customer minutes lost per connected customer, as Ofgem's Interruptions Incentive Scheme defines them | Head of Network Control | 34.6 | Tessera and regulatory reporting |
| PSR satisfaction in a power cut | Share of PSR households surveyed after a power cut who say we looked after them | Customer Vulnerability Manager | 71% | PSR post-outage survey |

The target for PSR satisfaction is set each year with the Customer Engagement Group.
"""

DEPOTS = """
DEPOTS AND FIELD FORCE: FACTS FOR ROOM ON THE WIRES
From: Kerry Ashworth, Head of Field Operations
Date: 22 January 2028

Depots: seven, at Calderbrook, Haxton, Stanwick, Wenlow Road, Ryecombe, Quarrendon and
Gritstone Edge.

Field staff: 612 in all, of whom 388 are craftspeople (jointers, fitters and linespeople), 96
are engineers and 128 are in support roles.

Night standby: one LV crew per depot is on call from 22:00 to 07:00. In winter Ryecombe and
Quarrendon share a second crew.

Scheduling: WorkMate runs only at four of our seven depots, Calderbrook, Haxton, Stanwick and
Wenlow Road. Ryecombe, Quarrendon and Gritstone Edge work from job packs kept on paper and
phoned through to the scheduling desk when each job is finished.

Van stock lists are set by each depot manager.

Ryecombe depot serves the Easterby Cross primary group; Haxton depot serves Haxton primary.

Changes to the night standby rota go to the JCC first, under clause 5 of its constitution.
"""

PSR_EMAIL = """
From: Aisha Karim <aisha.karim@northmarch-networks.co.uk>
To: Marcus Ferrand <marcus.ferrand@northmarch-networks.co.uk>
Cc: Joanne Whitfield <joanne.whitfield@northmarch-networks.co.uk>
Date: Tue, 18 Jan 2028 09:42:17 +0000
Subject: PSR data sharing with the water company, for pillar 4

Marcus,

Two facts for the pillar 4 slide.

Our data-sharing agreement with Ryecombe and District Water only covers households in the water
company's own supply area, which holds about 40% of our PSR. Everyone else reaches the register
by telling us directly or through their energy supplier.

We aim to check each PSR record with the household at least every two years. At the last count
69% of records had been checked within two years.

The CEG has asked to see the wording of the post-outage survey before we set a satisfaction
target.

Aisha

Aisha Karim | Customer Vulnerability Manager | Northmarch Electricity Networks plc
"""

PILOT_PROFILE = """
# Easterby Cross primary substation group: profile for the pilot

Prepared by the Head of Network Planning, January 2028.

| Item | Easterby Cross | Haxton (comparison) |
|---|---|---|
| Primary substation | 33/11 kV, two 20 MVA transformers | 33/11 kV, two 20 MVA transformers |
| Secondary substations | 42 | 41 |
| LV feeders | 138 | 131 |
| Customers | 9,800 | 9,400 |
| PSR households | 1,140 | 1,060 |
| Heat pumps notified to December 2027 | 610 | 540 |
| Home EV chargers notified to December 2027 | 1,900 | 1,720 |
| Secondaries with LV monitors | 3 | 2 |
| Winter evening peak, January 2027 | 19.6 MVA | 17.9 MVA |
| Depot | Ryecombe | Haxton |

- Most of Easterby Cross is terraced housing built between 1890 and 1930, much of it on looped
  services.
- The load forecast puts the evening peak above the primary's firm capacity of 20 MVA in winter
  2029/30 unless flexibility is contracted.
- Haxton primary has similar housing and size and stays as it is until April 2031, so the two
  can be compared.
"""


def org_files() -> dict[str, str]:
    return {
        "people/directory.ldif": directory_ldif(),
        "governance/network-operations-governance-charter.md": CHARTER.lstrip("\n"),
        "governance/customer-engagement-group-terms.md": CEG_TERMS.lstrip("\n"),
        "governance/jcc-constitution-extract.txt": JCC_EXTRACT.lstrip("\n"),
        "systems/systems-and-data-inventory.md": SYSTEMS.lstrip("\n"),
        "measures/room-on-the-wires-measures.md": MEASURES.lstrip("\n"),
        "context/depots-and-field-force.txt": DEPOTS.lstrip("\n"),
        "context/email-2028-01-18-psr-data-sharing.txt": PSR_EMAIL.lstrip("\n"),
        "context/easterby-cross-primary-profile.md": PILOT_PROFILE.lstrip("\n"),
    }


def build(out: Path) -> None:
    root = out / CASE
    root.mkdir(parents=True, exist_ok=True)
    (root / DECK).write_bytes(deck_bytes())
    for rel, text in org_files().items():
        path = root / "org" / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text.encode("utf-8"))


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
