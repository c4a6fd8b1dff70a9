"""Build the dev31 case ``county-digital``: its deck and its org folder, deterministically.

Run from the repository root with the project's venv (python-pptx and lxml):

    .venv/bin/python evals/dev31/build_county_digital.py [out]

Writes, under ``evals/dev31/county-digital/`` (or ``<out>/county-digital/``):

- ``The New Front Door - CLT and Cabinet March 2027.pptx``: Wendmoor County Council's digital
  and customer strategy for 2027 to 2030 (three plan years from 1 April 2027), a deck made in
  GOOGLE SLIDES and downloaded as PowerPoint, with what that export carries: no ``docProps``
  part at all (no core, app or thumbnail), the slide size Google uses for 16:9 (9144000 x
  5143500 EMU), slide layouts named as Google names them ("TITLE", "TITLE_AND_BODY",
  "BLANK", ...), a theme called "Simple Light", every shape named "Google Shape;<id>;<page
  id>" (the page id "p<n>" for slides made in the deck, "g<12 hex>_0_<n>" for slides pasted
  in from another deck), ``txBox="1"`` on every text box and on the placeholders, explicit
  insets on every ``a:bodyPr``, many free text boxes laid over the placeholders, and a notes
  page for EVERY slide (its shapes named "Google Shape;<id>;<page id>:notes"), with speaker
  notes written on five of them (text that is not on the slide). The roadmap is a SWIMLANE
  diagram drawn with shapes: one lane per service, each holding rounded rectangles labelled
  "Discovery", "Alpha", "Private beta", "Public beta" and "Live", over an axis of three plan
  year boxes ("Year 1 2027/28", "Year 2 2028/29", "Year 3 2029/30"), with diamonds for the
  service assessment gate and a "Later (2030+)" lane outside the axis. The KPI and risk
  slides carry native tables.
- ``org/``: the council's intranet "Who's who" page saved as HTML (``people/whos-who.html``:
  a navigation bar, a heading per directorate and a table of Post / Service / Reports to /
  Responsible for under each), an extract of its customer access strategy, the programme
  board's terms of reference, the UNISON recognition agreement extract, the systems and data
  inventory, the measure definitions, the Disability Access Forum's terms, the pilot
  district's profile and an email from the Head of ICT (Markdown and plain text, UTF-8).

Re-running it rewrites every file byte for byte: the PPTX is saved by python-pptx and then
rewritten with its ZIP entries in sorted order at one fixed time; the text files are literal
strings. It never touches ``gold.json``. This is a DEVELOPMENT case (split "dev31").
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
CASE = "county-digital"
DECK = "The New Front Door - CLT and Cabinet March 2027.pptx"
ZIP_TIME = (1980, 1, 1, 0, 0, 0)

EMU = 914400
NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
NS_P = "http://schemas.openxmlformats.org/presentationml/2006/main"
NSDECL = f'xmlns:a="{NS_A}" xmlns:p="{NS_P}"'
FONT = "Arial"
INK = "1F2A36"
TEAL = "00706B"
PLUM = "5B2A86"
GREY = "6B7280"
PALE = "EEF2F3"
WHITE = "FFFFFF"
AMBER = "B45309"
GOOGLE_LAYOUTS = {
    "Title Slide": "TITLE",
    "Title and Content": "TITLE_AND_BODY",
    "Section Header": "SECTION_HEADER",
    "Two Content": "TITLE_AND_TWO_COLUMNS",
    "Title Only": "TITLE_ONLY",
    "Blank": "BLANK",
}
FOOTER = "Wendmoor County Council \u00b7 The New Front Door \u00b7 OFFICIAL"


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
    fill = TEAL if head else WHITE
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
    box(page, 0.4, 0.18, 6.0, 0.3, [para(text, 900, bold=True, color=TEAL)], inset=0)
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

PILLAR_LEAD = "Lead on CLT: the Assistant Director, Customer and Digital"


def s01(page: Page) -> None:
    box(page, 0.0, 0.0, 10.0, 5.625, fill=TEAL)
    box(
        page,
        0.6,
        1.3,
        8.8,
        1.0,
        [para("The New Front Door", 4000, bold=True, color=WHITE)],
        ph='type="ctrTitle"',
        anchor="b",
    )
    box(
        page,
        0.6,
        2.35,
        8.8,
        0.6,
        [para("Digital and customer strategy, 2027 to 2030", 2000, color=WHITE)],
        ph='type="subTitle" idx="1"',
    )
    box(page, 0.6, 0.5, 6.0, 0.4, [para("WENDMOOR COUNTY COUNCIL", 1200, bold=True, color=WHITE)])
    box(
        page,
        0.6,
        3.6,
        8.8,
        0.4,
        [
            para(
                "Corporate Leadership Team, 2 March 2027 \u00b7 Cabinet, 16 March 2027",
                1200,
                color=WHITE,
            )
        ],
    )
    box(
        page,
        0.6,
        4.0,
        8.8,
        0.6,
        [
            para(
                "Presented by the Director of Resources and the Assistant Director, Customer "
                "and Digital",
                1100,
                color=WHITE,
            )
        ],
    )


def s02(page: Page) -> None:
    eyebrow(page, "CONTEXT", 2)
    title_ph(page, "Why we cannot stand still")
    body_ph(
        page,
        0.4,
        1.1,
        5.4,
        3.3,
        [
            "Our five phone lines took 612,400 calls in 2025/26, and one in four was someone "
            "chasing a request we already had.",
            "Six in ten Blue Badge applicants still post us a paper form and photocopies of "
            "their proof.",
            "Applicants wait seven weeks on average for a Blue Badge decision.",
            "Pothole reports made on our website are typed again by hand into the highways system.",
            "Families arranging care wait more than a month for a financial assessment in half "
            "of all cases.",
        ],
        size=1100,
    )
    tiles = [
        ("612,400", "calls to our five lines in 2025/26"),
        ("\u00a36.40", "average cost of handling one phone call"),
        ("62%", "of Blue Badge applications still arrive on paper"),
    ]
    for k, (big, label) in enumerate(tiles):
        y = 1.15 + k * 1.05
        box(page, 6.1, y, 3.5, 0.95, fill=PALE)
        box(page, 6.2, y + 0.02, 3.3, 0.5, [para(big, 2400, bold=True, color=TEAL)], inset=0)
        box(page, 6.2, y + 0.52, 3.3, 0.4, [para(label, 1000)], inset=0)
    box(
        page,
        0.4,
        4.45,
        9.2,
        0.7,
        [
            para(
                "Our 2019 Customer Promise set out to answer 90% of calls within 60 seconds.",
                1000,
                italic=True,
                color=GREY,
            ),
            para(
                "Corvale County Council now takes 81% of its Blue Badge applications online.",
                1000,
                italic=True,
                color=GREY,
            ),
        ],
        inset=0,
    )


def s03(page: Page) -> None:
    eyebrow(page, "AMBITION", 3)
    title_ph(page, "Our north star")
    box(
        page,
        0.4,
        1.1,
        9.2,
        1.0,
        [
            para(
                "By 2030, anyone in Wendmoor can do what they most often need from the County "
                "Council online, at a time that suits them, and talk to a person when they "
                "need to.",
                1600,
                bold=True,
                color=PLUM,
            )
        ],
        ph='type="body" idx="1"',
    )
    promises = [
        (
            "Online by choice",
            "Four of our busiest services online from start to finish by March 2030",
        ),
        (
            "One account",
            "One My Wendmoor account for every request, so nobody tells us the same thing twice",
        ),
        (
            "A person when it matters",
            "Phone and face-to-face help kept for the people who need them most",
        ),
    ]
    for k, (head, text) in enumerate(promises):
        x = 0.4 + k * 3.1
        box(page, x, 2.45, 2.95, 2.2, fill=PALE)
        box(page, x + 0.1, 2.55, 2.75, 0.45, [para(head, 1300, bold=True, color=TEAL)])
        box(page, x + 0.1, 3.0, 2.75, 1.5, [para(text, 1100)])


def s04(page: Page) -> None:
    eyebrow(page, "SCOPE", 4)
    title_ph(page, "What this strategy covers")
    body_ph(
        page,
        0.4,
        1.1,
        5.6,
        3.9,
        [
            "This strategy covers 2027 to 2030: three plan years from 1 April 2027.",
            "Year 1 (2027/28) proves the model, Year 2 (2028/29) scales it, and Year 3 "
            "(2029/30) switches off the old ways of working.",
            "Four services: Blue Badge applications, school transport applications, reporting "
            "a highway defect, and adult social care financial assessments.",
            "One account, My Wendmoor, for residents to make and follow their requests.",
            "Two of our five contact centre lines closed: the highways line and the Blue Badge "
            "and concessionary travel line.",
        ],
        size=1100,
    )
    box(page, 6.2, 1.15, 3.4, 2.75, fill=PALE)
    box(
        page,
        6.3,
        1.2,
        3.2,
        2.65,
        [para("Not in scope", 1200, bold=True, color=AMBER)]
        + bullets(
            [
                "Council tax, bins and recycling, housing and planning: these belong to our "
                "five district councils",
                "On-street parking, which the districts run for us",
                "Schools' own websites and school meal payments",
                "Care providers, businesses and other councils as customers",
            ],
            900,
            "\u2013",
        ),
    )
    box(
        page,
        6.2,
        4.0,
        3.4,
        1.0,
        [
            para("Our limits", 1100, bold=True, color=AMBER),
            para(
                "Contact centre spending may not rise above \u00a34.3m in any plan year.",
                900,
            ),
            para("The adult social care line and the schools line stay open throughout.", 900),
        ],
    )


def s05(page: Page) -> None:
    eyebrow(page, "WHO FIRST", 5)
    title_box(page, "Who we are designing for first")
    box(
        page,
        0.4,
        0.98,
        9.2,
        0.35,
        [
            para(
                "Four people at four moments: each is a service and the people who use it most",
                1100,
                italic=True,
                color=GREY,
            )
        ],
        inset=0,
    )
    cards = [
        ("Blue Badge", "A resident over 70 renewing a Blue Badge, often with a carer's help"),
        (
            "School transport",
            "Parents of a Year 6 child applying for transport to secondary school in the spring "
            "application round",
        ),
        (
            "Highways",
            "A resident reporting a pothole or a broken streetlight from their phone, at the "
            "roadside",
        ),
        (
            "Adult social care",
            "A family completing a financial assessment for a parent moving into a care home",
        ),
    ]
    for k, (head, text) in enumerate(cards):
        x = 0.4 + k * 2.32
        box(page, x, 1.5, 2.18, 3.4, fill=PALE, line="BFC7CC")
        box(page, x + 0.08, 1.6, 2.0, 0.45, [para(head, 1300, bold=True, color=TEAL)])
        box(page, x + 0.08, 2.05, 2.0, 2.7, [para(text, 1100)])


def s06(page: Page) -> None:
    eyebrow(page, "PILLARS", 6)
    title_ph(page, "Four pillars")
    names = [
        "Services people choose to use online",
        "One account, one record",
        "A contact centre for the calls that need a person",
        "Nobody left behind",
    ]
    box(
        page,
        0.4,
        1.1,
        5.2,
        3.6,
        [para(n, 1500, autonum=True, after=900) for n in names],
        ph='type="body" idx="1"',
    )
    box(
        page,
        5.9,
        1.2,
        3.7,
        2.0,
        [
            para(
                "Each pillar has a lead on CLT and goals we report to Cabinet every quarter.",
                1100,
                italic=True,
                color=GREY,
            )
        ],
        fill=PALE,
    )


def pillar(
    page: Page, n: int, name: str, initiatives: Sequence[str], goals: Sequence[str], lead: str
) -> None:
    eyebrow(page, f"PILLAR {n} OF 4", 6 + n)
    title_ph(page, name)
    body_ph(page, 0.4, 1.1, 5.7, 3.9, initiatives, size=1050)
    box(page, 6.3, 1.15, 3.3, 3.1, fill=PALE)
    box(
        page,
        6.4,
        1.2,
        3.1,
        3.0,
        [para("Goals", 1200, bold=True, color=TEAL)] + [para(g, 1000, after=500) for g in goals],
    )
    box(page, 6.3, 4.4, 3.3, 0.6, [para(lead, 900, italic=True, color=GREY)])


def s07(page: Page) -> None:
    pillar(
        page,
        1,
        "Services people choose to use online",
        [
            "Rebuild Blue Badge applications and renewals online, with photo and evidence upload",
            "Clean and move the 52,000 badge holder records from BadgeDesk to the new service",
            "Open school transport applications online, with an eligibility checker that uses "
            "our walking-route assessments",
            "Let residents report a highway defect on a map, with a photo, straight into Wayfarer",
            "Put the adult social care financial assessment online, with a calculator "
            "residents can use before they apply",
        ],
        [
            "85% of Blue Badge applications made online by March 2029",
            "A Blue Badge decided in 12 working days by September 2028",
            "75% of highway defect reports made online by March 2029",
        ],
        PILLAR_LEAD + ", with the head of each service",
    )


def s08(page: Page) -> None:
    pillar(
        page,
        2,
        "One account, one record",
        [
            "Launch My Wendmoor, one account for every resident, with a single sign-in",
            "Connect Quillform to Kinnect so that every online request lands in one case record",
            "Show residents the progress of each request in their account",
            "Show parents their child's school bus or taxi details in My Wendmoor",
            "Take a change of address once and pass it to every service that needs it",
        ],
        ["90,000 households using My Wendmoor to make a request each year by March 2030"],
        PILLAR_LEAD + ", with the Head of ICT",
    )


def s09(page: Page) -> None:
    pillar(
        page,
        3,
        "A contact centre for the calls that need a person",
        [
            "Close the highways line once highway defect reporting is live online, and send its "
            "callers to the online form or the general line",
            "Close the Blue Badge and concessionary travel line by September 2029",
            "Write one set of web content and call scripts for the two closing lines (the Head "
            "of Customer Services and the Head of Digital Services)",
            "Train every adviser to help callers through the online form while they are on the "
            "line",
            "Move the advisers from the two closing lines to the adult social care line, where "
            "calls wait longest",
        ],
        [
            "Answer 85% of calls within 3 minutes by 2029/30",
            "400,000 calls a year by 2029/30, down from 612,400",
        ],
        "Lead on CLT: the Director of Resources, with the Head of Customer Services",
    )


def s10(page: Page) -> None:
    pillar(
        page,
        4,
        "Nobody left behind",
        [
            "Keep a phone route and a paper form for Blue Badge applicants who cannot go online",
            "Train 60 library staff and volunteers to the Digital Champion certificate by March "
            "2028",
            "Run free help sessions in all 24 libraries, with tablets to borrow",
            "Test every new service with disabled residents before it opens to the public",
            "Publish an accessibility statement for each service, audited to WCAG 2.2 AA",
        ],
        ["Make sure nobody is left behind as our services move online."],
        "Lead on CLT: the Director of Resources, with the Head of Libraries and Registration",
    )


KPI_ROWS = [
    ("Measure", "Baseline 2025/26", "Target", "By when"),
    ("Blue Badge applications made online", "38%", "85%", "Year 2 (by March 2029)"),
    ("Working days to decide a Blue Badge application", "34", "12", "September 2028"),
    (
        "School transport applications made online",
        "none (paper and PDF)",
        "90%",
        "2029 application round",
    ),
    ("Highway defect reports made online", "41%", "75%", "Year 2 (by March 2029)"),
    (
        "Financial assessments completed within 28 days of referral",
        "46%",
        "90%",
        "Year 3 (by March 2030)",
    ),
    ("Calls to the contact centre in a year", "612,400", "400,000", "Year 3 (2029/30)"),
    ("Calls answered within 3 minutes", "58%", "85%", "Year 3 (2029/30)"),
    ("Households using My Wendmoor to make a request", "none", "90,000 a year", "March 2030"),
    (
        "Residents satisfied with our online services",
        "no survey yet",
        "Higher",
        "to be set after the first survey",
    ),
]


def s11(page: Page) -> None:
    eyebrow(page, "MEASURES", 11)
    title_box(page, "How we will know")
    box(
        page,
        0.4,
        0.98,
        9.2,
        0.3,
        [
            para(
                "Baselines are for 2025/26. By when is the plan year, or the month where we can "
                "be exact.",
                1000,
                italic=True,
                color=GREY,
            )
        ],
        inset=0,
    )
    table(page, 0.4, 1.35, [3.9, 1.6, 1.3, 2.4], KPI_ROWS, size=900, row_h=0.38)


def s12(page: Page) -> None:
    eyebrow(page, "PILOT", 12)
    title_box(page, "Starting small: one district first")
    box(
        page,
        0.4,
        1.05,
        9.2,
        0.75,
        [
            para(
                "My Wendmoor opens first to residents of Haverlow district, in private beta "
                "from October 2027 to March 2028.",
                1300,
                bold=True,
                color=PLUM,
            ),
            para(
                "Why Haverlow: the county's oldest population, the longest drive to County Hall, "
                "and four libraries that open on Saturdays.",
                1000,
                color=GREY,
            ),
        ],
        inset=0,
    )
    box(page, 0.4, 1.95, 5.5, 3.1, fill=PALE)
    box(
        page,
        0.5,
        2.0,
        5.3,
        3.0,
        [para("How the pilot runs", 1200, bold=True, color=TEAL)]
        + [
            para(t, 1050, autonum=True, after=400)
            for t in [
                "Invite 6,000 Haverlow households by letter, each with a one-time sign-in code",
                "Run weekly help sessions in the four Haverlow libraries",
                "Link Blue Badge and school transport applications to the account from January "
                "2028",
                "Report to the Programme Board in March 2028 on opening the account countywide",
            ]
        ],
    )
    box(
        page,
        6.1,
        1.95,
        3.5,
        3.1,
        [
            para("We open countywide only if", 1200, bold=True, color=AMBER),
            para("4,000 Haverlow households have an account by March 2028", 1050, after=400),
            para("8 in 10 of them rate signing in as easy in the exit survey", 1050),
        ],
        line=AMBER,
    )


YEAR_X0, MONTH_W = 2.05, 0.17
LANE_Y0, LANE_H = 1.62, 0.44
WIDE = 0.56  # the school transport lane, taller: its alpha and private beta overlap


def lane_y(k: int) -> float:
    """The top of lane ``k``: the lanes are LANE_H high, the second (school transport) WIDE."""
    return LANE_Y0 + k * LANE_H + (WIDE - LANE_H if k > 1 else 0.0)


SERVICE_LANES = [
    (
        "Blue Badge applications",
        [
            (0, 3, "Discovery"),
            (3, 6, "Alpha"),
            (9, 12, "Private beta"),
            (12, 17, "Public beta"),
            (17, 36, "Live"),
        ],
    ),
    (
        "School transport applications",
        [
            (3, 6, "Discovery"),
            (6, 10, "Alpha"),
            (8, 11, "Private beta"),
            (11, 23, "Public beta"),
            (23, 36, "Live"),
        ],
    ),
    (
        "Report a highway defect",
        [
            (6, 9, "Discovery"),
            (9, 12, "Alpha"),
            (12, 15, "Private beta"),
            (15, 21, "Public beta"),
            (21, 36, "Live"),
        ],
    ),
    (
        "Adult social care financial assessment",
        [
            (12, 15, "Discovery"),
            (15, 19, "Alpha"),
            (19, 25, "Private beta"),
            (25, 33, "Public beta"),
            (33, 36, "Live"),
        ],
    ),
    (
        "My Wendmoor account",
        [
            (0, 3, "Discovery"),
            (3, 6, "Alpha"),
            (6, 12, "Private beta"),
            (12, 24, "Public beta"),
            (24, 36, "Live"),
        ],
    ),
]
PHASE_FILL = {
    "Discovery": "D9E7E5",
    "Alpha": "A7CFCB",
    "Private beta": "5FA8A2",
    "Public beta": "2E8C85",
    "Live": TEAL,
}


def mx(month: float) -> float:
    return YEAR_X0 + month * MONTH_W


def s13(page: Page) -> None:
    eyebrow(page, "ROADMAP", 13)
    title_box(page, "Three plan years, one service at a time")
    for k, (label, phase) in enumerate(
        [
            ("Year 1 2027/28", "Year 1: prove"),
            ("Year 2 2028/29", "Year 2: scale"),
            ("Year 3 2029/30", "Year 3: switch off the old"),
        ]
    ):
        x = mx(k * 12)
        box(
            page,
            x,
            1.0,
            12 * MONTH_W - 0.04,
            0.3,
            [para(label, 1000, bold=True, color=WHITE, algn="ctr")],
            fill=INK,
            anchor="ctr",
            inset=0,
        )
        box(
            page,
            x,
            1.31,
            12 * MONTH_W - 0.04,
            0.26,
            [para(phase, 900, italic=True, color=PLUM, algn="ctr")],
            inset=0,
        )
    later_x = mx(36) + 0.08
    box(
        page,
        later_x,
        1.31,
        1.4,
        0.26,
        [para("Beyond this strategy", 800, italic=True, color=GREY, algn="ctr")],
        inset=0,
    )
    connector(page, later_x - 0.04, 1.0, later_x - 0.04, lane_y(7))
    for k, (lane, phases) in enumerate(SERVICE_LANES):
        y = lane_y(k)
        tall = WIDE if k == 1 else LANE_H
        box(page, 0.3, y, 1.7, tall - 0.04, [para(lane, 850, bold=True)], anchor="ctr", inset=0)
        for start, end, name in phases:
            overlap = k == 1 and name in {"Alpha", "Private beta"}
            top = y + ((tall - 0.04) / 2 if name == "Private beta" and overlap else 0.0)
            high = (tall - 0.08) / 2 if overlap else tall - 0.06
            box(
                page,
                mx(start) + 0.01,
                top,
                (end - start) * MONTH_W - 0.03,
                high,
                [
                    para(
                        name,
                        650 if overlap else 700,
                        color=WHITE if name in {"Public beta", "Live"} else INK,
                    )
                ],
                fill=PHASE_FILL[name],
                geom="roundRect",
                anchor="ctr",
                inset=9144,
            )
            if name == "Public beta":
                box(page, mx(start) - 0.07, y - 0.05, 0.14, 0.14, fill=AMBER, geom="diamond")
    y = lane_y(5)
    box(
        page,
        0.3,
        y,
        1.7,
        LANE_H - 0.04,
        [para("Contact centre lines", 850, bold=True)],
        anchor="ctr",
        inset=0,
    )
    for month, label in [(27, "Highways line closes"), (30, "Blue Badge line closes")]:
        box(page, mx(month) - 0.08, y + 0.04, 0.16, 0.16, fill=PLUM, geom="triangle")
        box(
            page,
            mx(month) - 0.6,
            y + 0.2,
            1.2,
            0.2,
            [para(label, 650, color=PLUM, algn="ctr")],
            inset=0,
        )
    y = lane_y(6)
    box(
        page,
        0.3,
        y,
        1.7,
        LANE_H - 0.04,
        [
            para("Later (2030+)", 850, bold=True, color=GREY),
            para("not funded in this strategy", 700, italic=True, color=GREY),
        ],
        anchor="ctr",
        inset=0,
    )
    for k, (service, name) in enumerate(
        [("Bus pass renewals", "Discovery"), ("Registration appointments", "Discovery")]
    ):
        box(
            page,
            later_x + 0.02 + k * 0.7,
            y,
            0.66,
            LANE_H - 0.06,
            [para(service, 600, color=GREY), para(name, 600, bold=True, color=GREY)],
            line=GREY,
            geom="roundRect",
            anchor="ctr",
            inset=18288,
        )
    y = lane_y(7) + 0.05
    box(page, 0.32, y + 0.04, 0.14, 0.14, fill=AMBER, geom="diamond")
    box(
        page,
        0.52,
        y,
        6.5,
        0.24,
        [para("Gate: pass a service assessment before public beta", 850, bold=True)],
        inset=0,
    )


def s14(page: Page) -> None:
    eyebrow(page, "ROADMAP", 14)
    title_ph(page, "Service by service: the dates")
    body_ph(
        page,
        0.4,
        1.05,
        6.0,
        4.1,
        [
            "Blue Badge: discovery Apr\u2013Jun 2027, alpha Jul\u2013Sep 2027, private beta from "
            "January 2028, public beta from April 2028, live by September 2028",
            "School transport: discovery Jul\u2013Sep 2027, alpha Oct 2027\u2013Jan 2028, "
            "private beta Dec 2027\u2013Feb 2028, public beta from 1 March 2028, live by "
            "March 2029",
            "Report a highway defect: discovery Oct\u2013Dec 2027, alpha Jan\u2013Mar 2028, "
            "private beta Apr\u2013Jun 2028, public beta from July 2028, live by January 2029",
            "Financial assessment: discovery Apr\u2013Jun 2028, alpha Jul\u2013Oct 2028, "
            "private beta Nov 2028\u2013Apr 2029, public beta from May 2029, live by January "
            "2030",
            "My Wendmoor: discovery Apr\u2013Jun 2027, alpha Jul\u2013Sep 2027, private beta in "
            "Haverlow Oct 2027\u2013Mar 2028, public beta countywide from April 2028, live by "
            "April 2029",
        ],
        size=950,
    )
    box(page, 6.6, 1.1, 3.0, 2.3, fill=PALE)
    box(
        page,
        6.65,
        1.12,
        2.9,
        2.25,
        [
            para("Why two school transport phases overlap", 1000, bold=True, color=AMBER),
            para(
                "Alpha and private beta run side by side in December and January. The "
                "application round for September 2028 opens on 1 March 2028 and cannot move, so "
                "alpha keeps testing the review and appeal route while Year 6 families at six "
                "primary schools try the application in private beta.",
                850,
            ),
        ],
    )
    box(
        page,
        6.6,
        3.55,
        3.0,
        1.6,
        [
            para("Switching off the old", 1000, bold=True, color=PLUM),
            para("Highways line closes by June 2029", 850),
            para("Blue Badge and concessionary travel line closes by September 2029", 850),
            para("BadgeDesk switched off by March 2030", 850),
        ],
        line=PLUM,
    )


def s15(page: Page) -> None:
    eyebrow(page, "DELIVERY", 15)
    title_box(page, "What good looks like")
    box(
        page,
        0.4,
        0.98,
        9.2,
        0.3,
        [
            para(
                "The tests a service must pass before it opens to everyone, and how we know a "
                "plan year is done",
                1000,
                italic=True,
                color=GREY,
            )
        ],
        inset=0,
    )
    columns = [
        (
            "Before any public beta",
            [
                "Blue Badge passes its beta service assessment by 24 March 2028",
                "School transport passes its beta service assessment by 16 February 2028",
                "An accessibility audit to WCAG 2.2 AA with no open failures",
                "The Disability Access Forum has seen the service and had a written reply to "
                "its comments",
            ],
        ),
        (
            "Year 1: prove is done when",
            [
                "4,000 Haverlow households have a My Wendmoor account",
                "200 Blue Badge applications are completed in private beta, 9 in 10 without a "
                "phone call",
                "Card payment of the Blue Badge fee works end to end",
            ],
        ),
        (
            "Year 3: switch off the old is done when",
            [
                "BadgeDesk is switched off and its records archived",
                "The highways line and the Blue Badge and concessionary travel line are closed",
                "No paper application form is printed for the four services",
            ],
        ),
    ]
    for k, (head, items) in enumerate(columns):
        x = 0.4 + k * 3.1
        box(page, x, 1.4, 2.95, 3.7, fill=PALE)
        box(
            page,
            x + 0.05,
            1.45,
            2.85,
            3.6,
            [para(head, 1100, bold=True, color=TEAL)] + bullets(items, 950, "\u2713"),
        )


RISK_ROWS = [
    ("Risk", "Likelihood", "What we will do"),
    (
        "Quillform cannot take card payments when the Blue Badge beta opens",
        "Medium",
        "Take the \u00a310 fee on the council's existing payments page, linked from the form, "
        "until Quillform's payment module is live",
    ),
    (
        "Closing two lines is challenged as unfair to disabled and older residents",
        "High",
        "Complete an equality impact assessment before the Cabinet decision and keep a named "
        "phone route for Blue Badge applicants",
    ),
    (
        "Talks with UNISON delay the line closures",
        "Medium",
        "Start formal consultation in September 2028 and redeploy advisers to the adult social "
        "care line instead of cutting posts",
    ),
    (
        "Tallis cannot accept documents from residents",
        "High",
        "Store uploaded evidence in Kinnect and link each document to the resident's Tallis record",
    ),
    (
        "Web reports of defects are still typed into Wayfarer by hand",
        "Medium",
        "Build the Quillform to Wayfarer interface before the highways private beta",
    ),
    (
        "Residents in rural Haverlow cannot get online",
        "Medium",
        "Digital Champions in the four Haverlow libraries on Saturdays during the pilot",
    ),
]


def s16(page: Page) -> None:
    eyebrow(page, "RISKS", 16)
    title_box(page, "What could knock us off course")
    table(page, 0.4, 1.1, [3.3, 1.0, 4.9], RISK_ROWS, size=850, row_h=0.56)


def s17(page: Page) -> None:
    eyebrow(page, "FIRST 90 DAYS", 17)
    title_ph(page, "Clearing the runway")
    box(
        page,
        0.4,
        0.98,
        9.2,
        0.3,
        [para("Our first 90 days: April to June 2027", 1100, italic=True, color=GREY)],
        inset=0,
    )
    items = [
        "Name a service owner for each of the four services (Assistant Director, Customer and "
        "Digital)",
        "Start Blue Badge discovery with 20 interviews with badge holders and carers (Head of "
        "Digital Services)",
        "Map how paper Blue Badge evidence reaches County Hall today (Blue Badge Manager)",
        "Finish the data protection impact assessment for My Wendmoor (Head of Information "
        "Governance)",
        "Get a price for Quillform's card payment module (Head of IT)",
        "Recruit 30 Digital Champions for the first district's libraries (Digital Inclusion Lead)",
        "Publish the 2025/26 baseline of every measure in Periscope (Business Intelligence "
        "Manager)",
    ]
    box(
        page,
        0.4,
        1.35,
        9.2,
        3.8,
        [para(t, 1100, autonum=True, after=500) for t in items],
        ph='type="body" idx="1"',
    )


def s18(page: Page) -> None:
    eyebrow(page, "CHANGES FOR STAFF", 18)
    title_ph(page, "What changes on Monday")
    box(
        page,
        0.4,
        0.98,
        9.2,
        0.3,
        [
            para(
                "From Monday 5 April 2027, in every team that runs one of the four services",
                1100,
                italic=True,
                color=GREY,
            )
        ],
        inset=0,
    )
    body_ph(
        page,
        0.4,
        1.35,
        9.2,
        3.7,
        [
            "Advisers offer to help callers complete the online form while they are on the line",
            "No new paper form goes to print without the Head of Digital Services' agreement",
            "Service owners post a weekly note of what they learned from residents",
            "Every complaint about a form is logged in Kinnect against the form's name",
        ],
        size=1200,
    )


def s19(page: Page) -> None:
    eyebrow(page, "GOVERNANCE", 19)
    title_ph(page, "Who decides")
    body_ph(
        page,
        0.4,
        1.1,
        9.2,
        3.2,
        [
            "The Director of Resources is senior responsible owner and chairs the New Front "
            "Door Programme Board, which meets monthly.",
            "The Service Assessment Panel assesses each service against the GDS Service "
            "Standard before public beta and before live.",
            "The Programme Board takes the go/no-go decision for each public beta on the "
            "panel's report.",
            "Cabinet receives a quarterly report; closing any contact centre line is a key "
            "decision for Cabinet.",
            "UNISON and the Disability Access Forum are consulted before each public beta and "
            "before any change to staff.",
        ],
        size=1100,
    )
    box(
        page,
        0.4,
        4.4,
        9.2,
        0.7,
        [
            para(
                "Each service has its own data protection impact assessment, and we follow the "
                "ICO's guidance. We will ask the Local Government Association for a peer "
                "challenge of the programme in Year 2.",
                950,
                italic=True,
                color=GREY,
            )
        ],
        fill=PALE,
    )


def s20(page: Page) -> None:
    eyebrow(page, "DECISIONS", 20)
    title_ph(page, "What we are asking Cabinet to agree")
    box(
        page,
        0.4,
        1.1,
        9.2,
        2.9,
        [
            para(t, 1300, autonum=True, after=600)
            for t in [
                "Approve The New Front Door for 2027 to 2030.",
                "Agree a budget of \u00a33.9m over the three plan years, with \u00a31.6m "
                "released for Year 1 (2027/28).",
                "Delegate the go/no-go decision for each public beta to the Director of Resources.",
                "Note that closing the two contact centre lines will come back to Cabinet as a "
                "key decision in autumn 2028.",
            ]
        ],
        ph='type="body" idx="1"',
    )
    box(
        page,
        0.4,
        4.15,
        9.2,
        0.9,
        [
            para(
                "By the end of March 2030: four services online end to end, one account, and "
                "two fewer phone lines.",
                1400,
                bold=True,
                color=WHITE,
            )
        ],
        fill=TEAL,
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
        "The 2019 Customer Promise was never met, and the line structure it assumed has gone. "
        "Please do not quote it as a target.\n"
        "The cost of a call comes from Finance's cost-to-serve exercise for 2025/26.",
    ),
    SlideSpec(s03, "TITLE_AND_BODY", "p3"),
    SlideSpec(s04, "TITLE_AND_BODY", "p4"),
    SlideSpec(
        s05,
        "BLANK",
        "g2b7c41d09e3a_0_12",
        "Together these four groups make 41% of the calls to our five lines.\n"
        "We are not designing first for businesses, care providers or other councils.",
    ),
    SlideSpec(s06, "TITLE_AND_BODY", "p6"),
    SlideSpec(s07, "TITLE_AND_BODY", "p7"),
    SlideSpec(s08, "TITLE_AND_BODY", "p8"),
    SlideSpec(s09, "TITLE_AND_BODY", "p9"),
    SlideSpec(s10, "TITLE_AND_BODY", "p10"),
    SlideSpec(
        s11,
        "BLANK",
        "g2b7c41d09e3a_0_40",
        "The first resident survey goes to 2,000 households in autumn 2027; the satisfaction "
        "target is set once we have its result.\n"
        "Cost per contact is tracked by Finance and reported in the budget monitoring, not in "
        "this table.",
    ),
    SlideSpec(s12, "BLANK", "g2b7c41d09e3a_0_57"),
    SlideSpec(
        s13,
        "BLANK",
        "g2c0e9a4f7b18_0_3",
        "The Later lane shows what residents and councillors have asked for that this strategy "
        "does not fund; it sits outside the three plan years.\n"
        "The amber diamonds mark the service assessment each service must pass before its "
        "public beta; the dates are on the next two slides.",
    ),
    SlideSpec(s14, "TITLE_AND_BODY", "p14"),
    SlideSpec(s15, "BLANK", "g2c0e9a4f7b18_0_21"),
    SlideSpec(s16, "BLANK", "g2c0e9a4f7b18_0_35"),
    SlideSpec(
        s17,
        "TITLE_AND_BODY",
        "p17",
        "Each lead reports progress to the Programme Manager every Friday; the Programme Board "
        "sees the whole list at its June meeting.",
    ),
    SlideSpec(s18, "TITLE_AND_BODY", "p18"),
    SlideSpec(s19, "TITLE_AND_BODY", "p19"),
    SlideSpec(s20, "TITLE_AND_BODY", "p20"),
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

NAV = [
    ("Home", "/"),
    ("News", "/news/"),
    ("Who's who", "/people/whos-who/"),
    ("HR and pay", "/hr/"),
    ("IT help", "/it-help/"),
    ("The New Front Door", "/programmes/new-front-door/"),
    ("Policies", "/policies/"),
]

NOT_A_POST = "Not a council post"
CURRENT = ' class="current"'

DIRECTORATES: list[tuple[str, str, list[tuple[str, str, str, str]]]] = [
    (
        "chief-executives-office",
        "Chief Executive's Office",
        [
            (
                "Chief Executive",
                "Chief Executive's Office",
                "Leader of the Council",
                "Head of paid service. Leads the Corporate Leadership Team and advises the "
                "Cabinet.",
            ),
        ],
    ),
    (
        "resources",
        "Resources",
        [
            (
                "Director of Resources",
                "Resources",
                "Chief Executive",
                "Finance, ICT, HR, legal, customer services and digital. Senior responsible "
                "owner of The New Front Door: chairs its Programme Board, takes the go/no-go "
                "decision at each gate and brings its key decisions to Cabinet.",
            ),
            (
                "Assistant Director, Customer and Digital",
                "Customer and Digital",
                "Director of Resources",
                "Leads The New Front Door day to day and names a service owner for each service "
                "in it. Line manager of the Heads of Customer Services and Digital Services.",
            ),
            (
                "New Front Door Programme Manager",
                "Customer and Digital",
                "Assistant Director, Customer and Digital",
                "The programme plan, the risk log, the benefits tracker and the papers for the "
                "Programme Board.",
            ),
            (
                "Head of Digital Services",
                "Customer and Digital",
                "Assistant Director, Customer and Digital",
                "The digital team: user research, service design and content design; the "
                "council website; the Quillform forms platform and the My Wendmoor account as "
                "products; accessibility audits and accessibility statements. Chairs the "
                "Service Assessment Panel.",
            ),
            (
                "Head of Customer Services",
                "Customer and Digital",
                "Assistant Director, Customer and Digital",
                "The contact centre, the three customer service points and the Blue Badge "
                "team. See the customer access strategy, section 4.",
            ),
            (
                "Contact Centre Manager",
                "Customer and Digital",
                "Head of Customer Services",
                "See the customer access strategy, section 4.",
            ),
            (
                "Blue Badge and Concessionary Travel Manager",
                "Customer and Digital",
                "Head of Customer Services",
                "Blue Badge assessments and decisions; the badge holder records in BadgeDesk "
                "and their accuracy; applications for older and disabled persons' bus passes.",
            ),
            (
                "Head of ICT",
                "ICT",
                "Director of Resources",
                "Hosting, networks and cyber security; the Kinnect CRM platform and the "
                "interfaces between council systems; the online payments page; the "
                "Switchpoint telephony contract; software supplier contracts, Quillform's "
                "included.",
            ),
            (
                "Head of Information Governance",
                "Legal and Governance",
                "Director of Resources",
                "The council's Data Protection Officer: data protection impact assessments, "
                "records retention, information requests and all dealings with the ICO.",
            ),
            (
                "Business Intelligence Manager",
                "Finance and Performance",
                "Director of Resources",
                "The Insight Store data warehouse and the Periscope dashboards; corporate "
                "performance measures, their baselines and the quarterly performance report "
                "to Cabinet.",
            ),
            (
                "Learning and Development Manager",
                "HR",
                "Director of Resources",
                "Training for council staff: induction, mandatory courses, management "
                "development and the Learnwell e-learning platform.",
            ),
        ],
    ),
    (
        "place",
        "Place",
        [
            (
                "Director of Place",
                "Place",
                "Chief Executive",
                "Highways, transport, planning policy, waste disposal and the economy.",
            ),
            (
                "Head of Highways and Transport",
                "Highways and Transport",
                "Director of Place",
                "The county's roads and footways: safety inspections, how quickly defects are "
                "repaired, the highways term contract and the highways policy Cabinet agrees.",
            ),
            (
                "Highways Asset Manager",
                "Highways and Transport",
                "Head of Highways and Transport",
                "Wayfarer, the highways works management system: the asset register, the "
                "defect history and the quality of highways data.",
            ),
            (
                "Passenger Transport Manager",
                "Highways and Transport",
                "Head of Highways and Transport",
                "Bus and taxi contracts, including the contracts that carry pupils to school; "
                "payments to bus operators for concessionary fares.",
            ),
        ],
    ),
    (
        "children-education-families",
        "Children, Education and Families",
        [
            (
                "Head of Admissions and School Transport",
                "Education",
                "Director of Children's Services",
                "School admissions and home to school transport: who is eligible, applications, "
                "reviews and appeals, the walking-route assessments and the Scholaris education "
                "system.",
            ),
        ],
    ),
    (
        "adult-social-care",
        "Adult Social Care and Health",
        [
            (
                "Head of Financial Assessment and Benefits",
                "Adult Social Care",
                "Director of Adult Social Care",
                "Financial assessments for people who receive care and support under the Care "
                "Act 2014; the charging policy; the Tallis client finance system; welfare "
                "benefits advice.",
            ),
        ],
    ),
    (
        "communities",
        "Communities",
        [
            (
                "Head of Libraries and Registration",
                "Libraries and Registration",
                "Director of Communities",
                "The 24 libraries and their public computers; the registration of births, "
                "deaths and marriages.",
            ),
            (
                "Digital Inclusion Lead",
                "Libraries and Registration",
                "Head of Libraries and Registration",
                "See the customer access strategy, section 6.",
            ),
        ],
    ),
    (
        "consulted",
        "Recognised union and forums we consult",
        [
            (
                "Branch Secretary, UNISON Wendmoor County Branch",
                "UNISON (recognised trade union)",
                NOT_A_POST,
                "Speaks for UNISON members on staffing, duties and working patterns. Consulted; "
                "leads no council work.",
            ),
            (
                "Chair, Wendmoor Disability Access Forum",
                "Disability Access Forum",
                NOT_A_POST,
                "Speaks for disabled residents on access to council services. Consulted; leads "
                "no council work.",
            ),
        ],
    ),
]


def _h(text: str) -> str:
    """HTML text as the intranet's editor saves it: ampersands and apostrophes as entities."""
    return escape(text).replace("'", "&#39;")


def build_whos_who() -> str:
    nav = "\n".join(
        f"        <li{CURRENT if label == NAV[2][0] else ''}>"
        f'<a href="https://wendnet.wendmoor.gov.uk{href}">{_h(label)}</a></li>'
        for label, href in NAV
    )
    sections = []
    for anchor, heading, rows in DIRECTORATES:
        body = "\n".join(
            "          <tr>" + "".join(f"<td>{_h(c)}</td>" for c in row) + "</tr>" for row in rows
        )
        sections.append(
            f'    <section class="directorate" id="{anchor}">\n'
            f"      <h2>{_h(heading)}</h2>\n"
            f'      <table class="whoswho">\n'
            f"        <thead>\n"
            f"          <tr><th>Post</th><th>Service</th><th>Reports to</th>"
            f"<th>Responsible for</th></tr>\n"
            f"        </thead>\n"
            f"        <tbody>\n{body}\n        </tbody>\n"
            f"      </table>\n"
            f"    </section>"
        )
    toc = "\n".join(
        f'        <li><a href="#{anchor}">{_h(heading)}</a></li>'
        for anchor, heading, _ in DIRECTORATES
    )
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en-GB">\n'
        "<head>\n"
        '  <meta charset="utf-8">\n'
        '  <meta name="viewport" content="width=device-width, initial-scale=1">\n'
        "  <title>Who&#39;s who | WendNet</title>\n"
        '  <link rel="stylesheet" href="https://wendnet.wendmoor.gov.uk/assets/wendnet.css">\n'
        "</head>\n"
        '<body class="page--people">\n'
        '  <header class="masthead">\n'
        '    <a class="masthead__logo" href="https://wendnet.wendmoor.gov.uk/">WendNet</a>\n'
        '    <span class="masthead__strap">Wendmoor County Council staff intranet</span>\n'
        '    <form class="masthead__search" action="https://wendnet.wendmoor.gov.uk/search">'
        '<input type="search" name="q" aria-label="Search WendNet"></form>\n'
        "  </header>\n"
        '  <nav class="topnav" aria-label="Main">\n'
        "    <ul>\n"
        f"{nav}\n"
        "    </ul>\n"
        "  </nav>\n"
        '  <main id="main">\n'
        "    <h1>Who&#39;s who: senior posts</h1>\n"
        '    <p class="lede">The senior posts in each directorate, who each reports to and what '
        "each is responsible for. Where a post&#39;s responsibilities are set out in another "
        "council document, the table says where.</p>\n"
        '    <nav class="toc" aria-label="On this page">\n'
        "      <ul>\n"
        f"{toc}\n"
        "      </ul>\n"
        "    </nav>\n" + "\n".join(sections) + "\n"
        '    <p class="note">The union branch and the forum are not council posts. We consult '
        "them, and they lead no council work.</p>\n"
        "  </main>\n"
        '  <footer class="pagefoot">Page owner: New Front Door Programme Manager &middot; '
        "Last updated 1 March 2027</footer>\n"
        "</body>\n"
        "</html>\n"
    )


ACCESS = """
# Customer Access Strategy 2024 to 2027 (extract)

Agreed by Cabinet on 11 July 2024. This extract holds sections 3, 4 and 6, which the
who's who page points to.

## 3. Our channels

We help residents online where they can, and by phone or face to face where they need it.

The contact centre runs five lines: adult social care; highways and transport; Blue Badge and
concessionary travel; school admissions and transport; and general enquiries.

Blue Badge applications reach us on a paper form or through a Quillform form.

Photographs and proof of identity sent with paper Blue Badge applications are kept on paper
in the Blue Badge team's files at County Hall.

Eligibility for school transport relies on a spreadsheet of walking-route distances kept by
the admissions team.

## 4. Who looks after which channel

The Head of Customer Services is responsible for the contact centre's performance, the three
customer service points and the standards in this strategy.

The Contact Centre Manager runs the five lines day to day: adviser rotas, call scripts, the
menu and recorded messages on Switchpoint, adviser coaching and call quality, and the case
notes advisers keep in Kinnect.

The Head of Digital Services is responsible for the council website and every online form.

## 6. Helping people online

The Digital Inclusion Lead is responsible for assisted digital help in our libraries, the
tablets residents can borrow, volunteer recruitment and the Digital Champion certificate.

The Digital Champion certificate is the accredited course that library staff and volunteers
take before they help residents online; the Digital Inclusion Lead sets its content and signs
off each certificate.

All other staff training is arranged by the Learning and Development Manager through
Learnwell.
"""

TERMS = """
# The New Front Door Programme Board: terms of reference

Approved by the Corporate Leadership Team on 2 March 2027.

## Purpose

The Programme Board directs The New Front Door, the council's digital and customer strategy
for 2027 to 2030, and answers to Cabinet for it.

## Chair and members

The Director of Resources chairs the Board and is the programme's senior responsible owner
and executive sponsor.

Members: the Assistant Director, Customer and Digital; the Heads of Digital Services,
Customer Services and ICT; the Head of Highways and Transport; the Head of Admissions and
School Transport; the Head of Financial Assessment and Benefits; and the Business
Intelligence Manager. The New Front Door Programme Manager is secretary.

The Branch Secretary of UNISON and the Chair of the Disability Access Forum attend for the
items that concern them; they advise the Board, and its members take the decisions.

## Decisions

The Board takes the go/no-go decision for every public beta on the report of the Service
Assessment Panel.

The Board releases each plan year's budget within the sum Cabinet agrees.

Closing any contact centre line is a key decision: it must go to Cabinet with an equality
impact assessment and appear on the forward plan 28 days before the meeting.

## Service Assessment Panel

The panel assesses each service against the GDS Service Standard before public beta and
before live. The Head of Digital Services chairs it, and an assessor from a neighbouring
council sits on it.

## Cadence

The Board meets on the first Tuesday of each month and reports to Cabinet every quarter.
"""

UNISON = """
# Recognition agreement between Wendmoor County Council and UNISON (extract)

Signed 4 October 2021. The clauses below bear on The New Front Door.

2.1 The council recognises UNISON for all staff below the grade of head of service.

4.3 The council will consult UNISON for at least 45 days before any change to the numbers or
duties of contact centre staff.

6.2 The council and UNISON meet every month in the Joint Consultative Committee.
"""

SYSTEMS = """
# Customer and digital systems and data inventory

Kept by the Head of ICT. Updated February 2027.

## Website and Quillform

The council website runs on a content management system hosted by ICT.

Quillform is our online forms platform; 140 forms run on it.

Quillform cannot take card payments, so the \u00a310 Blue Badge fee is paid by phone or by
cheque.

The council's online payments page takes card payments for library charges and registration
certificates.

## Kinnect

Kinnect is our CRM: it holds a case for every call and email the contact centre handles.

Kinnect only covers contact that comes through the contact centre; forms sent from Quillform
go to service mailboxes instead.

## BadgeDesk

BadgeDesk holds the records of 52,000 Blue Badge holders and every decision since 2016.

## Wayfarer

Wayfarer is the highways works management system: inspections, defects and works orders to
the term contractor.

Defect reports from the website arrive in a mailbox and are re-keyed into Wayfarer by hand.

## Scholaris

Scholaris holds school admissions and school transport records.

## Tallis

Tallis is the client finance system for adult social care: financial assessments, charges and
invoices.

Tallis runs only on desktops inside the council network and cannot receive documents sent by
residents.

## Switchpoint

Switchpoint carries the five contact centre lines and their menus.

Call recordings are not retained beyond 90 days.

## Insight Store and Periscope

Insight Store is the council's data warehouse; it loads Switchpoint, Kinnect, BadgeDesk and
Wayfarer data every night.

Periscope is our reporting tool: each directorate has a dashboard built on Insight Store.

## Learnwell

Learnwell is the e-learning platform for staff, run by Learning and Development.
"""

MEASURES = """
# Customer and digital measures: definitions

Kept by the Business Intelligence Manager. All measures are loaded into Insight Store and shown
in Periscope, and they are published every quarter.

| Measure | Definition | Owner | Baseline 2025/26 | Source |
|---|---|---|---|---|
| Blue Badge applications made online | Applications and renewals received through the website, as a share of all received | Blue Badge and Concessionary Travel Manager | 38% | BadgeDesk |
| Working days to decide a Blue Badge application | Average working days from a complete application to the decision letter | Blue Badge and Concessionary Travel Manager | 34 | BadgeDesk |
| School transport applications made online | Applications received through the website, as a share of all received for the round | Head of Admissions and School Transport | 0% | Scholaris |
| Highway defect reports made online | Defect reports from the public received through the website, as a share of all such reports | Highways Asset Manager | 41% | Wayfarer |
| Financial assessments completed within 28 days of referral | Assessments completed within 28 calendar days of the referral date, as a share of all completed | Head of Financial Assessment and Benefits | 46% | Tallis |
| Calls to the contact centre | Calls offered to the five lines in the year | Contact Centre Manager | 612,400 | Switchpoint |
| Calls answered within 3 minutes | Calls answered by an adviser within 180 seconds, as a share of calls offered | Contact Centre Manager | 58% | Switchpoint |
| Households using My Wendmoor to make a request | Households with at least one request made through the account in the year | Head of Digital Services | none | Kinnect |
| Residents satisfied with online services | Share of residents surveyed who are satisfied with the council's online services | Head of Digital Services | first survey autumn 2027 | resident survey |
"""

FORUM = """
Wendmoor Disability Access Forum: terms of reference (summary)

The Forum has 18 members, all disabled residents or carers, and meets every six weeks at County
Hall.

Its chair attends the Programme Board for items on access.

The Forum must be consulted before any council service opens to the public in beta, and again
before a phone or paper route is withdrawn.

The Forum keeps an access checklist that service teams are asked to use when they design a
form.
"""

HAVERLOW = """
# Haverlow district: profile for the My Wendmoor pilot

Prepared by the New Front Door Programme Manager, February 2027.

Haverlow district has 41,800 households: the market town of Haverlow and about 30 villages.

It has the oldest population in the county: 29% of residents are over 65.

One household in five in Haverlow district cannot get broadband faster than 10 Mbit/s.

The district has four libraries, at Haverlow, Lowick, Embercombe and Ditton Moor, and all four
open on Saturday mornings.

Haverlow is the furthest district from County Hall: 38 miles by road.
"""

EMAIL = """
From: Head of ICT
To: Assistant Director, Customer and Digital
Date: 8 February 2027
Subject: Switchpoint contract and the two lines

Hello,

You asked what it would take to close two of the five lines on Switchpoint.

The Switchpoint contract runs until 30 September 2028, and lines cannot be taken out of it
before that date without paying for the full term.

From 1 October 2028 we can change the number of lines, the menus and the messages at no cost.

I plan to take the renewal to market in March 2028, with the new line structure in the
specification.

Regards,
Head of ICT
"""

ORG_TEXT = {
    "org/people/customer-access-strategy-2024-extract.md": ACCESS,
    "org/governance/new-front-door-programme-board-terms-of-reference.md": TERMS,
    "org/governance/unison-recognition-agreement-extract.md": UNISON,
    "org/systems/customer-and-digital-systems-inventory.md": SYSTEMS,
    "org/measures/customer-and-digital-measures.md": MEASURES,
    "org/context/disability-access-forum-terms.txt": FORUM,
    "org/context/haverlow-district-profile.md": HAVERLOW,
    "org/context/email-2027-02-08-switchpoint-contract.txt": EMAIL,
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
        "org/people/whos-who.html": build_whos_who(),
    }
    files.update(ORG_TEXT)
    for rel, body in files.items():
        write(root / rel, body)


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
