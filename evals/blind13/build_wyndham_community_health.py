"""Build the blind13 case ``wyndham-community-health``: its deck and its org folder, deterministically.

Run from the repository root with the project's venv (python-pptx and lxml):

    .venv/bin/python evals/blind13/build_wyndham_community_health.py [out]

Writes, under ``evals/blind13/wyndham-community-health/`` (or ``<out>/wyndham-community-health/``):

- ``closer-to-home-trust-board-2028-11.pptx``: a community health trust's strategy for January
  2029 to December 2031, a 16:9 deck as a design team builds it in PowerPoint: titles in the
  layouts' title placeholders, body text in content placeholders on the cover and four text
  slides, and the rest drawn with shapes. Every pillar slide holds ONE group (``p:grpSp``) of
  three cards, each card itself a group of a rounded rectangle, a title text box and a text box
  of two or three lines, nested two deep; every group's ``a:chOff``/``a:chExt`` differ from its
  ``a:off``/``a:ext`` (the groups were scaled after they were built), so a child's position
  has to be mapped through both transforms to land on the slide. The KPI slide is nine tiles,
  each a group (rounded rectangle, big number, label, baseline line). The roadmap is a native
  table on calendar half-years with workstream cells merged down two rows (``rowSpan`` /
  ``vMerge``) and year and phase cells merged across columns (``gridSpan`` / ``hMerge``). The
  risks are a native table. Speaker notes on three slides.
- ``org/``: the trust's positions as its HR platform exports them (``people/positions-export.xml``:
  a namespaced root with export metadata, ``Position`` elements, one vacant and one closed, an
  entity in a title, a CDATA remit, two ``ConsultationBody`` elements), and UTF-8 Markdown and
  text files: the programme board's terms of reference, the staff side partnership agreement
  extract, the patient and carer panel's terms, the systems and data inventory, the measure
  definitions, the workforce facts, the system partners note and the pilot locality profile.

Re-running it rewrites every file byte for byte: the PPTX through ``evals/dev16/_build.py``
(fixed ZIP entry times and document dates), the other files as literal strings. It never
touches ``gold.json``. This is a BLIND case (split "blind13").
"""

from __future__ import annotations

import io
import sys
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from lxml import etree
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.util import Emu, Pt

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals.dev16._build import Stamp, normalize_zip, write_files  # noqa: E402

HERE = Path(__file__).resolve().parent
CASE = "wyndham-community-health"
DECK = "closer-to-home-trust-board-2028-11.pptx"
ROSTER = "org/people/positions-export.xml"
STAMP = Stamp((2028, 11, 19, 16, 5, 42), "2028-11-19T16:05:42Z")

EMU_IN = 914400
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
P = "http://schemas.openxmlformats.org/presentationml/2006/main"
NSDECL = f'xmlns:a="{A}" xmlns:p="{P}"'
INK = "1F2A44"
BLUE = "005EB8"
DARK = "003087"
GREY = "5F6B73"
PALE = "E8F1F8"
SAND = "F4F1EA"
GREEN = "007F3B"
WHITE = "FFFFFF"
N_SLIDES = 18
FOOTER = (
    "Wyndham Community Health NHS Trust \u00b7 Closer to Home \u00b7 Trust Board, 27 November 2028"
)

APP_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"'
    ' xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    "<TotalTime>2714</TotalTime><Application>Microsoft Office PowerPoint</Application>"
    "<PresentationFormat>Widescreen</PresentationFormat><Slides>{slides}</Slides>"
    "<Notes>{notes}</Notes><HiddenSlides>0</HiddenSlides><MMClips>0</MMClips>"
    "<ScaleCrop>false</ScaleCrop><Company>Wyndham Community Health NHS Trust</Company>"
    "<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>"
    "<HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0000</AppVersion></Properties>"
)

Box = tuple[int, int, int, int]


def inch(x: float) -> int:
    return int(round(x * EMU_IN))


def box(x: float, y: float, w: float, h: float) -> Box:
    return (inch(x), inch(y), inch(w), inch(h))


# =========================================================================== group transforms


@dataclass(frozen=True)
class Xf:
    """A group's transform: its box in the parent's space (``off``/``ext``) and the space its
    children are written in (``ch_off``/``ch_ext``)."""

    off: tuple[int, int]
    ext: tuple[int, int]
    ch_off: tuple[int, int]
    ch_ext: tuple[int, int]

    def inner(self, b: Box) -> Box:
        """A box of the parent's space written in this group's child space."""
        x, y, w, h = b
        sx = self.ch_ext[0] / self.ext[0]
        sy = self.ch_ext[1] / self.ext[1]
        return (
            int(round(self.ch_off[0] + (x - self.off[0]) * sx)),
            int(round(self.ch_off[1] + (y - self.off[1]) * sy)),
            int(round(w * sx)),
            int(round(h * sy)),
        )

    def xml(self) -> str:
        return (
            f'<a:xfrm><a:off x="{self.off[0]}" y="{self.off[1]}"/>'
            f'<a:ext cx="{self.ext[0]}" cy="{self.ext[1]}"/>'
            f'<a:chOff x="{self.ch_off[0]}" y="{self.ch_off[1]}"/>'
            f'<a:chExt cx="{self.ch_ext[0]}" cy="{self.ch_ext[1]}"/></a:xfrm>'
        )


# =========================================================================== shape XML


class Ids:
    """Shape ids of one slide, after the placeholders'."""

    def __init__(self) -> None:
        self.n = 100

    def next(self) -> int:
        self.n += 1
        return self.n


def run(text: str, size: int, *, bold: bool = False, color: str = INK) -> str:
    b = ' b="1"' if bold else ""
    return (
        f'<a:r><a:rPr lang="en-GB" sz="{size}"{b} dirty="0">'
        f'<a:solidFill><a:srgbClr val="{color}"/></a:solidFill></a:rPr>'
        f"<a:t>{escape(text)}</a:t></a:r>"
    )


def para(
    text: str,
    size: int,
    *,
    bold: bool = False,
    color: str = INK,
    algn: str = "l",
    bullet: bool = False,
    before: int = 0,
) -> str:
    if bullet:
        ppr = (
            f'<a:pPr marL="228600" indent="-228600" algn="{algn}"><a:spcBef>'
            f'<a:spcPts val="{before}"/></a:spcBef><a:buClr><a:srgbClr val="{BLUE}"/></a:buClr>'
            '<a:buFont typeface="Arial" panose="020B0604020202020204" pitchFamily="34" '
            'charset="0"/><a:buChar char="&#8226;"/></a:pPr>'
        )
    else:
        ppr = f'<a:pPr algn="{algn}"><a:spcBef><a:spcPts val="{before}"/></a:spcBef></a:pPr>'
    return f"<a:p>{ppr}{run(text, size, bold=bold, color=color)}</a:p>"


def _xfrm(b: Box) -> str:
    return f'<a:xfrm><a:off x="{b[0]}" y="{b[1]}"/><a:ext cx="{b[2]}" cy="{b[3]}"/></a:xfrm>'


def textbox(ids: Ids, b: Box, paras: Sequence[str], *, anchor: str = "t") -> str:
    sid = ids.next()
    return (
        f'<p:sp {NSDECL}><p:nvSpPr><p:cNvPr id="{sid}" name="TextBox {sid}"/>'
        f'<p:cNvSpPr txBox="1"/><p:nvPr/></p:nvSpPr><p:spPr>{_xfrm(b)}'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/></p:spPr>'
        f'<p:txBody><a:bodyPr wrap="square" lIns="91440" tIns="45720" rIns="91440" '
        f'bIns="45720" rtlCol="0" anchor="{anchor}"><a:noAutofit/></a:bodyPr><a:lstStyle/>'
        f"{''.join(paras)}</p:txBody></p:sp>"
    )


def shape(ids: Ids, b: Box, geom: str, fill: str, *, line: str | None = None) -> str:
    """A drawn shape with an empty text body, as PowerPoint writes an inserted shape."""
    sid = ids.next()
    kind = "Rounded Rectangle" if geom == "roundRect" else "Rectangle"
    av = '<a:gd name="adj" fmla="val 7000"/>' if geom == "roundRect" else ""
    ln = (
        f'<a:ln w="12700"><a:solidFill><a:srgbClr val="{line}"/></a:solidFill></a:ln>'
        if line
        else "<a:ln><a:noFill/></a:ln>"
    )
    return (
        f'<p:sp {NSDECL}><p:nvSpPr><p:cNvPr id="{sid}" name="{kind} {sid}"/><p:cNvSpPr/>'
        f"<p:nvPr/></p:nvSpPr><p:spPr>{_xfrm(b)}"
        f'<a:prstGeom prst="{geom}"><a:avLst>{av}</a:avLst></a:prstGeom>'
        f'<a:solidFill><a:srgbClr val="{fill}"/></a:solidFill>{ln}</p:spPr>'
        '<p:style><a:lnRef idx="2"><a:schemeClr val="accent1"><a:shade val="50000"/>'
        '</a:schemeClr></a:lnRef><a:fillRef idx="1"><a:schemeClr val="accent1"/></a:fillRef>'
        '<a:effectRef idx="0"><a:schemeClr val="accent1"/></a:effectRef>'
        '<a:fontRef idx="minor"><a:schemeClr val="lt1"/></a:fontRef></p:style>'
        '<p:txBody><a:bodyPr rtlCol="0" anchor="ctr"/><a:lstStyle/>'
        '<a:p><a:pPr algn="ctr"/><a:endParaRPr lang="en-GB" dirty="0"/></a:p></p:txBody></p:sp>'
    )


def group(ids: Ids, xf: Xf, children: Sequence[str]) -> str:
    sid = ids.next()
    return (
        f'<p:grpSp {NSDECL}><p:nvGrpSpPr><p:cNvPr id="{sid}" name="Group {sid}"/>'
        f"<p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr>{xf.xml()}</p:grpSpPr>"
        f"{''.join(children)}</p:grpSp>"
    )


def footer(ids: Ids, page: int) -> list[str]:
    return [
        textbox(ids, box(0.5, 7.02, 10.0, 0.3), [para(FOOTER, 900, color=GREY)]),
        textbox(ids, box(11.83, 7.02, 1.0, 0.3), [para(str(page), 900, color=GREY, algn="r")]),
    ]


# =========================================================================== the cards


def cards(ids: Ids, items: Sequence[tuple[str, Sequence[str]]], top: float, height: float) -> str:
    """ONE group of three card groups. The outer group was scaled to 62.5% after it was built
    and its children sit at an offset; each card group was built at 3 x 2.5 million EMU and
    stretched to its card. Everything is placed in slide space first and then written in each
    group's child space, so it maps back onto the slide."""
    left, width, gap = 0.5, 3.95, 0.24
    slide_boxes = [box(left + k * (width + gap), top, width, height) for k in range(3)]
    x0, y0 = slide_boxes[0][0], slide_boxes[0][1]
    ext = (slide_boxes[2][0] + slide_boxes[2][2] - x0, slide_boxes[0][3])
    outer = Xf((x0, y0), ext, (254000, 127000), (int(ext[0] * 1.6), int(ext[1] * 1.6)))
    groups = []
    for (title, lines), (cx, cy, cw, ch) in zip(items, slide_boxes, strict=True):
        in_outer = outer.inner((cx, cy, cw, ch))
        card = Xf(in_outer[:2], in_outer[2:], (0, 0), (3000000, 2500000))

        def place(b: Box, card: Xf = card) -> Box:
            return card.inner(outer.inner(b))

        pad = inch(0.18)
        children = [
            shape(ids, place((cx, cy, cw, ch)), "roundRect", PALE, line="B7CCE0"),
            textbox(
                ids,
                place((cx + pad, cy + pad, cw - 2 * pad, inch(0.8))),
                [para(title, 1700, bold=True, color=DARK)],
            ),
            textbox(
                ids,
                place((cx + pad, cy + pad + inch(0.85), cw - 2 * pad, ch - 2 * pad - inch(0.85))),
                [para(t, 1350, bullet=True, before=900 if i else 0) for i, t in enumerate(lines)],
            ),
        ]
        groups.append(group(ids, card, children))
    return group(ids, outer, groups)


def tile(ids: Ids, b: Box, big: str, label: str, base: str, *, big_size: int = 2600) -> str:
    """A KPI tile: a group of a rounded rectangle, the big number, the label and the
    baseline line, built at 2.4 x 1.0 million EMU and stretched to its place."""
    x, y, w, h = b
    xf = Xf((x, y), (w, h), (0, 0), (2400000, 1000000))
    pad = inch(0.15)
    return group(
        ids,
        xf,
        [
            shape(ids, xf.inner(b), "roundRect", PALE, line="B7CCE0"),
            textbox(
                ids,
                xf.inner((x + pad, y + inch(0.04), w - 2 * pad, inch(0.56))),
                [para(big, big_size, bold=True, color=BLUE)],
            ),
            textbox(
                ids,
                xf.inner((x + pad, y + inch(0.58), w - 2 * pad, inch(0.64))),
                [para(label, 1300, bold=True)],
            ),
            textbox(
                ids,
                xf.inner((x + pad, y + inch(1.22), w - 2 * pad, inch(0.36))),
                [para(base, 1100, color=GREY)],
            ),
        ],
    )


# =========================================================================== slide content

STATS = [
    "2,810 staff (2,390 whole-time equivalent) in 64 clinical teams across Corrindale and "
    "Ambersett",
    "1.46 million contacts a year; 41% of them district nursing visits in people's homes",
    "37 people on the virtual ward on an average day, with room for 58",
    "9,870 emergency admissions of people aged 75 and over to Corrindale Royal Infirmary and "
    "Ambersett General Hospital",
    "71% of urgent referrals reached within two hours (the national standard is 70%)",
    "29 days: the average time a patient spent in one of our 42 intermediate care beds",
    "One planned district nursing visit in 14 put back to another day",
    "15.8% of our staff left in the year; 19.2% in district nursing",
]

NOTES = {
    2: "All figures are for 2027/28 (April 2027 to March 2028), from Lumen and Ardent HR, "
    "except the staff survey, which is autumn 2027. They describe where we start; the targets "
    "are on slide 10.",
    11: "The table reads left to right in calendar half-years, starting in January 2029. "
    "Phase 3 runs through the whole of 2030 and Phase 4 through the whole of 2031.\n"
    "Gates 1 and 2 are the Programme Board's under the delegation we ask for today; Gate 3 "
    "comes back to this Board in January 2031.",
    12: "Thornleigh goes first because its three district nursing teams and its three GP "
    "practices asked to, and because the Vale villages have the weakest mobile coverage we "
    "have: if the offline module and the e-scheduling tool work there, they will work anywhere.\n"
    "The pilot starts on 1 July 2029, after Gate 1, and reports to Gate 2 on 31 December 2029.",
}

ROADMAP = [
    # (row, col, text, row_span, col_span, kind)
    (0, 0, "Workstream", 2, 1, "head"),
    (0, 1, "2029", 1, 2, "head"),
    (0, 3, "2030", 1, 2, "head"),
    (0, 5, "2031", 1, 2, "head"),
    (1, 1, "H1 2029", 1, 1, "head"),
    (1, 2, "H2 2029", 1, 1, "head"),
    (1, 3, "H1 2030", 1, 1, "head"),
    (1, 4, "H2 2030", 1, 1, "head"),
    (1, 5, "H1 2031", 1, 1, "head"),
    (1, 6, "H2 2031", 1, 1, "head"),
    (2, 0, "Phase", 1, 1, "label"),
    (2, 1, "Phase 1 \u00b7 Prepare", 1, 1, "phase"),
    (2, 2, "Phase 2 \u00b7 Pilot in Thornleigh and the Vale", 1, 1, "phase"),
    (2, 3, "Phase 3 \u00b7 Roll out across both counties", 1, 2, "phase"),
    (2, 5, "Phase 4 \u00b7 Embed and sustain", 1, 2, "phase"),
    (3, 0, "Hospital care at home", 2, 1, "label"),
    (3, 1, "Vitalink extended to the Ambersett hub", 1, 1, "cell"),
    (3, 2, "12 step-up beds for the pilot practices", 1, 1, "cell"),
    (3, 3, "Virtual ward at 100 beds", 1, 1, "cell"),
    (3, 4, "Virtual ward at 140 beds", 1, 1, "cell"),
    (3, 5, "Run at 140 beds, 85% in use", 1, 2, "cell"),
    (4, 1, "Lead Nurse, Virtual Ward in post", 1, 1, "cell"),
    (4, 2, "Joint admission criteria agreed", 1, 1, "cell"),
    (4, 3, "Seven-day therapy in both intermediate care units", 1, 2, "cell"),
    (4, 5, "Hand over to business as usual", 1, 2, "cell"),
    (5, 0, "Right care, first time", 2, 1, "label"),
    (5, 1, "Design the single SPA hub", 1, 1, "cell"),
    (5, 2, "Falls pick-up in the pilot", 1, 1, "cell"),
    (5, 3, "One SPA hub, open 24 hours", 1, 1, "cell"),
    (5, 4, "Urgent response 8am to 10pm, every day", 1, 1, "cell"),
    (5, 5, "Falls pick-up in both counties", 1, 2, "cell"),
    (6, 1, "Named nurses for the first 40 care homes", 1, 2, "cell"),
    (6, 3, "Named nurses for all 112 care homes", 1, 2, "cell"),
    (6, 5, "Weekly reviews in every care home", 1, 2, "cell"),
    (7, 0, "Time to care", 2, 1, "label"),
    (7, 1, "Choose the e-scheduling tool", 1, 1, "cell"),
    (7, 2, "E-scheduling in the three pilot teams", 1, 1, "cell"),
    (7, 3, "E-scheduling in 12 teams", 1, 1, "cell"),
    (7, 4, "E-scheduling in all 24 teams", 1, 1, "cell"),
    (7, 5, "Plan by skill and travel time", 1, 2, "cell"),
    (8, 1, "Offline module and boosters bought", 1, 1, "cell"),
    (8, 2, "Offline module on pilot devices", 1, 1, "cell"),
    (8, 3, "Ambersett community therapy onto Tessera", 1, 2, "cell"),
    (8, 5, "Every team recording on Tessera", 1, 2, "cell"),
    (9, 0, "A place to stay", 2, 1, "label"),
    (9, 1, "Consultation with the Joint Staff Side", 1, 1, "cell"),
    (9, 2, "Stay conversations begin", 1, 1, "cell"),
    (9, 3, "Two-year preceptorship for the September intake", 1, 2, "cell"),
    (9, 5, "18 specialist practitioner places a year", 1, 2, "cell"),
    (10, 1, "Leaving reasons coded", 1, 1, "cell"),
    (10, 2, "First monthly leavers report", 1, 1, "cell"),
    (10, 3, "Self-rostering where teams vote for it", 1, 4, "cell"),
    (11, 0, "Gates", 1, 1, "label"),
    (11, 1, "Gate 1 \u00b7 30 June 2029 \u00b7 ready to pilot?", 1, 1, "gate"),
    (11, 2, "Gate 2 \u00b7 31 December 2029 \u00b7 roll out?", 1, 1, "gate"),
    (11, 4, "Gate 3 \u00b7 31 December 2030 \u00b7 on track for 2031?", 1, 1, "gate"),
    (11, 6, "Close \u00b7 31 December 2031", 1, 1, "gate"),
]

RISKS = [
    ("Risk", "Likelihood", "Mitigation"),
    (
        "R1 Nurses lose notes where there is no mobile signal",
        "High",
        "Buy Tessera Mobile's offline module and fit boosters before the Vale pilot starts",
    ),
    (
        "R2 Virtual ward beds above the contract are not paid for",
        "Medium",
        "Agree a contract variation with the ICB for beds above 90 before Gate 2",
    ),
    (
        "R3 New working patterns are not agreed in time",
        "Medium",
        "Open formal consultation in the first 100 days; no rota changes until it closes",
    ),
    (
        "R4 We cannot recruit virtual ward nurses fast enough",
        "High",
        "Rotate district nurses through the virtual ward for six months at a time",
    ),
    (
        "R5 The acute trust refers patients the virtual ward cannot safely take",
        "Medium",
        "The two medical directors review the joint admission criteria every month",
    ),
    (
        "R6 The e-scheduling supplier delivers late",
        "Low",
        "No go-live in December; teams not yet live keep their current planning",
    ),
]


def title_only(prs: Any, title: str) -> Any:
    slide = prs.slides.add_slide(prs.slide_layouts.get_by_name("Title Only"))
    set_title(slide, title)
    return slide


def set_title(slide: Any, title: str, *, size: int = 30, top: float = 0.35) -> None:
    ph = slide.shapes.title
    ph.left, ph.top, ph.width, ph.height = (
        Emu(inch(0.5)),
        Emu(inch(top)),
        Emu(inch(12.33)),
        Emu(inch(0.75)),
    )
    ph.text_frame.text = title
    for r in ph.text_frame.paragraphs[0].runs:
        r.font.size = Pt(size)
        r.font.bold = True
        r.font.color.rgb = RGBColor.from_string(DARK)


def fill_body(slide: Any, lines: Sequence[str], *, size: int = 18, top: float = 1.35) -> None:
    body = slide.placeholders[1]
    body.left, body.top, body.width, body.height = (
        Emu(inch(0.5)),
        Emu(inch(top)),
        Emu(inch(12.33)),
        Emu(inch(6.9 - top)),
    )
    tf = body.text_frame
    tf.text = lines[0]
    for line in lines[1:]:
        tf.add_paragraph().text = line
    for p in tf.paragraphs:
        p.space_before = Pt(8)
        for r in p.runs:
            r.font.size = Pt(size)
            r.font.color.rgb = RGBColor.from_string(INK)


def add_xml(slide: Any, shapes: Sequence[str]) -> None:
    tree = slide.shapes._spTree
    for xml in shapes:
        tree.append(etree.fromstring(xml))


def s01(prs: Any) -> None:
    slide = prs.slides.add_slide(prs.slide_layouts.get_by_name("Title Slide"))
    title, sub = slide.placeholders[0], slide.placeholders[1]
    title.left, title.top, title.width, title.height = (
        Emu(inch(0.9)),
        Emu(inch(1.9)),
        Emu(inch(11.5)),
        Emu(inch(1.5)),
    )
    sub.left, sub.top, sub.width, sub.height = (
        Emu(inch(0.9)),
        Emu(inch(3.6)),
        Emu(inch(11.5)),
        Emu(inch(2.2)),
    )
    title.text_frame.text = "Closer to Home"
    for r in title.text_frame.paragraphs[0].runs:
        r.font.size = Pt(54)
        r.font.bold = True
        r.font.color.rgb = RGBColor.from_string(DARK)
    tf = sub.text_frame
    tf.text = "Our community care strategy, January 2029 to December 2031"
    tf.add_paragraph().text = "Wyndham Community Health NHS Trust"
    tf.add_paragraph().text = (
        "Trust Board \u00b7 Part 1 \u00b7 27 November 2028 \u00b7 Paper TB 28/114"
    )
    for k, p in enumerate(tf.paragraphs):
        for r in p.runs:
            r.font.size = Pt(24 if k == 0 else 16)
            r.font.color.rgb = RGBColor.from_string(INK if k == 0 else GREY)
    ids = Ids()
    add_xml(slide, [shape(ids, box(0, 0, 0.28, 7.5), "rect", BLUE)])


def s02(prs: Any) -> None:
    slide = prs.slides.add_slide(prs.slide_layouts.get_by_name("Title and Content"))
    set_title(slide, "Where we start: 2027/28 in figures")
    fill_body(slide, STATS, size=18)
    add_xml(slide, footer(Ids(), 2))


def s03(prs: Any) -> None:
    slide = title_only(prs, "Why now")
    ids = Ids()
    left = [
        ("More of us are old and frail", "9% more residents aged 85 and over than five years ago"),
        (
            "The hospital is full",
            "Corrindale Royal Hospitals plans to close 48 escalation beds by March 2030 and is "
            "counting on us to care for the people who would have filled them",
        ),
        (
            "We have tried before",
            "In 2025 we set out to open 100 virtual ward beds by March 2027; we opened 58",
        ),
    ]
    right = [
        (
            "Our nurses spend their day in the car and on the phone",
            "Visits are planned by hand each morning, and notes are written up at night",
        ),
        (
            "The money is tight",
            "Like every NHS trust, we must find efficiency savings of 2.2% of our budget each year",
        ),
        (
            "People want to stay at home",
            "Nine in ten patients asked by our Patient and Carer Panel would rather be cared for "
            "at home than in a hospital bed",
        ),
    ]
    out: list[str] = []
    for col, items in ((0.5, left), (6.85, right)):
        paras: list[str] = []
        for k, (head, text) in enumerate(items):
            paras.append(para(head, 1700, bold=True, color=BLUE, before=1400 if k else 0))
            paras.append(para(text, 1500, before=300))
        out.append(textbox(ids, box(col, 1.4, 5.95, 5.4), paras))
    add_xml(slide, out + footer(ids, 3))


def s04(prs: Any) -> None:
    slide = title_only(prs, "Our ambition for December 2031")
    ids = Ids()
    out = [
        textbox(ids, box(0.5, 1.35, 12.33, 0.4), [para("NORTH STAR", 1300, bold=True, color=BLUE)]),
        textbox(
            ids,
            box(0.5, 1.75, 12.33, 1.4),
            [
                para(
                    "Home is the best bed: everyone in Corrindale and Ambersett cared for at "
                    "home whenever it is safe to be",
                    3000,
                    bold=True,
                    color=DARK,
                )
            ],
        ),
    ]
    promises = [
        ("For patients", "Care at home from one team, without telling their story twice"),
        ("For our partners", "Fewer people in a hospital bed who could be at home"),
        ("For our staff", "Time to care, and the tools to do it wherever they are"),
    ]
    for k, (head, text) in enumerate(promises):
        x = 0.5 + k * 4.19
        out.append(shape(ids, box(x, 3.6, 3.95, 2.8), "roundRect", SAND))
        out.append(
            textbox(
                ids,
                box(x + 0.2, 3.8, 3.55, 2.4),
                [para(head, 1800, bold=True, color=BLUE), para(text, 1600, before=900)],
            )
        )
    add_xml(slide, out + footer(ids, 4))


PILLARS = [
    ("1", "Hospital care at home", "A virtual ward big enough to use, and shorter stays in beds"),
    ("2", "Right care, first time", "One front door, a two-hour response and care homes we know"),
    ("3", "Time to care", "Visits planned by a tool, and notes written at the bedside"),
    ("4", "A place to stay", "People who join us want to stay and grow here"),
]


def s05(prs: Any) -> None:
    slide = title_only(prs, "Four pillars")
    ids = Ids()
    out: list[str] = []
    for k, (num, name, line) in enumerate(PILLARS):
        x = 0.5 + k * 3.13
        out.append(shape(ids, box(x, 1.6, 2.95, 4.6), "rect", PALE))
        out.append(shape(ids, box(x, 1.6, 2.95, 0.12), "rect", BLUE))
        out.append(
            textbox(
                ids,
                box(x + 0.15, 1.9, 2.65, 4.1),
                [
                    para(f"Pillar {num}", 1400, bold=True, color=BLUE),
                    para(name, 2200, bold=True, color=DARK, before=600),
                    para(line, 1500, before=1200),
                ],
            )
        )
    out.append(
        textbox(
            ids,
            box(0.5, 6.35, 12.33, 0.5),
            [
                para(
                    "Each pillar has a goal, three initiatives and one accountable lead",
                    1300,
                    color=GREY,
                )
            ],
        )
    )
    add_xml(slide, out + footer(ids, 5))


PILLAR_SLIDES = [
    (
        6,
        "Pillar 1 \u00b7 Hospital care at home",
        "Goal: 140 virtual ward beds by December 2030, at least 85% of them in use",
        "Lead: Clinical Director, Virtual Ward, with the Head of Intermediate Care",
        [
            (
                "Grow the virtual ward",
                [
                    "Open 82 more virtual ward beds: 44 in Ambersett, 38 in Corrindale",
                    "Extend Vitalink remote monitoring to the Ambersett hub",
                    "Recruit 26 virtual ward nurses and 8 advanced practitioners",
                ],
            ),
            (
                "Step up, not in",
                [
                    "Take step-up referrals straight from GPs and care homes",
                    "Agree joint admission criteria with Corrindale Royal's frailty team",
                ],
            ),
            (
                "Home from intermediate care sooner",
                [
                    "Seven-day therapy cover at Brindlecombe and Marsh Lane",
                    "Set a discharge date within 48 hours of admission",
                ],
            ),
        ],
    ),
    (
        7,
        "Pillar 2 \u00b7 Right care, first time",
        "Goal: 10% fewer emergency admissions of residents aged 75 and over by December 2031",
        "Lead: Head of Urgent Community Response and Single Point of Access",
        [
            (
                "One front door",
                [
                    "Merge the two SPA desks into one hub, open 24 hours",
                    "A senior clinician on every SPA shift to triage referrals",
                ],
            ),
            (
                "Two-hour response",
                [
                    "Run urgent community response from 8am to 10pm, seven days a week",
                    "Start a falls pick-up service with the ambulance service",
                ],
            ),
            (
                "Care homes we know",
                [
                    "A named community nurse for each of our 112 care homes",
                    "Weekly reviews for the residents most at risk of admission",
                ],
            ),
        ],
    ),
    (
        8,
        "Pillar 3 \u00b7 Time to care",
        "Goal: fewer than 2% of district nursing visits deferred on the day by December 2030",
        "Lead: Head of District Nursing, with the Director of Digital Services",
        [
            (
                "Plan visits electronically",
                [
                    "Buy an e-scheduling tool linked to Tessera",
                    "Roll it out to all 24 district nursing teams",
                    "Plan by skill, travel time and the time the patient prefers",
                ],
            ),
            (
                "Records at the bedside",
                [
                    "Move Ambersett community therapy from paper onto Tessera",
                    "Add Tessera Mobile's offline module to every device",
                ],
            ),
            (
                "Connected in the villages",
                [
                    "Fit signal boosters to 60 pool cars",
                    "Dual-network SIM cards in every nurse's phone and tablet",
                ],
            ),
        ],
    ),
    (
        9,
        "Pillar 4 \u00b7 A place to stay",
        "Goal: make Wyndham the place community nurses and therapists choose to build a career",
        "Lead: Director of People & Organisational Development",
        [
            (
                "Stay conversations",
                [
                    "Talk with every new starter at 3, 6 and 12 months",
                    "Code every leaver's reasons and report them monthly",
                ],
            ),
            (
                "Grow our own",
                [
                    "A two-year preceptorship for newly qualified nurses",
                    "18 district nursing specialist practitioner places a year",
                ],
            ),
            (
                "Work that fits life",
                [
                    "Self-rostering in each team whose staff vote for it",
                    "Flexible working requests decided within four weeks",
                ],
            ),
        ],
    ),
]


def pillar_slide(prs: Any, spec: Any) -> None:
    page, title, goal, lead, items = spec
    slide = title_only(prs, title)
    ids = Ids()
    out = [
        textbox(ids, box(0.5, 1.2, 12.33, 0.5), [para(goal, 1900, bold=True, color=BLUE)]),
        textbox(ids, box(0.5, 1.7, 12.33, 0.4), [para(lead, 1300, color=GREY)]),
        cards(ids, items, 2.3, 4.0),
    ]
    add_xml(slide, out + footer(ids, page))


KPIS = [
    ("140", "Virtual ward beds open", "Baseline 58 \u00b7 by H2 2030"),
    ("85%", "Virtual ward beds in use (occupancy)", "Baseline 64% \u00b7 by H2 2030"),
    ("80%", "Urgent community response within two hours", "Baseline 71% \u00b7 by H2 2029"),
    ("190", "Emergency admissions per 1,000 residents aged 75+", "Baseline 211 \u00b7 by H2 2031"),
    ("21 days", "Mean stay in intermediate care beds", "Baseline 29 days \u00b7 by H2 2030"),
    ("<2%", "District nursing visits deferred on the day", "Baseline 7.4% \u00b7 by H2 2030"),
    ("95%", "Care notes completed on the day of the visit", "Baseline 71% \u00b7 by H1 2031"),
    ("11%", "Staff turnover, rolling 12 months", "Baseline 15.8% \u00b7 by H2 2031"),
    (
        "Top quartile",
        "Staff who would recommend us as a place to work",
        "Baseline 58% in the 2027 NHS Staff Survey",
    ),
]


def s10(prs: Any) -> None:
    slide = title_only(prs, "Nine measures, with baselines and targets")
    ids = Ids()
    out = [
        textbox(
            ids,
            box(0.5, 1.1, 12.33, 0.4),
            [
                para(
                    "Baselines are 2027/28 unless marked \u00b7 targets by calendar half-year "
                    "(H1 = January to June, H2 = July to December)",
                    1300,
                    color=GREY,
                )
            ],
        )
    ]
    for k, (big, label, base) in enumerate(KPIS):
        x = 0.5 + (k % 3) * 4.165
        y = 1.62 + (k // 3) * 1.75
        out.append(tile(ids, box(x, y, 4.0, 1.6), big, label, base))
    add_xml(slide, out + footer(ids, 10))


def s11(prs: Any) -> None:
    slide = title_only(prs, "Roadmap: three years in half-years")
    ids = Ids()
    add_xml(
        slide,
        [
            textbox(
                ids,
                box(0.5, 1.1, 12.33, 0.4),
                [
                    para(
                        "Month 0 is January 2029 \u00b7 H1 = January to June, H2 = July to "
                        "December \u00b7 every gate falls at the end of a half-year",
                        1300,
                        color=GREY,
                    )
                ],
            )
        ],
    )
    rows, cols = 12, 7
    heights = [0.3, 0.3, 0.45] + [0.44] * 8 + [0.5]
    frame = slide.shapes.add_table(
        rows, cols, Emu(inch(0.5)), Emu(inch(1.52)), Emu(inch(12.33)), Emu(inch(sum(heights)))
    )
    frame.name = "Roadmap Table"
    table = frame.table
    table.columns[0].width = Emu(inch(1.65))
    for c in range(1, cols):
        table.columns[c].width = Emu(inch(1.78))
    for r, h in enumerate(heights):
        table.rows[r].height = Emu(inch(h))
    fills = {"head": DARK, "phase": BLUE, "label": PALE, "cell": WHITE, "gate": SAND}
    colors = {"head": WHITE, "phase": WHITE, "label": DARK, "cell": INK, "gate": INK}
    for r in range(rows):
        for c in range(cols):
            cell = table.cell(r, c)
            cell.fill.solid()
            cell.fill.fore_color.rgb = RGBColor.from_string(WHITE if r > 2 else PALE)
    for r, c, text, rs, cs, kind in ROADMAP:
        cell = table.cell(r, c)
        if rs > 1 or cs > 1:
            cell.merge(table.cell(r + rs - 1, c + cs - 1))
        cell.fill.solid()
        cell.fill.fore_color.rgb = RGBColor.from_string(fills[kind])
        cell.margin_left = cell.margin_right = Emu(inch(0.05))
        cell.margin_top = cell.margin_bottom = Emu(inch(0.03))
        cell.text_frame.text = text
        cell.text_frame.word_wrap = True
        for p in cell.text_frame.paragraphs:
            for run_ in p.runs:
                run_.font.size = Pt(10 if kind in ("head", "label", "phase") else 9)
                run_.font.bold = kind in ("head", "label", "phase", "gate")
                run_.font.color.rgb = RGBColor.from_string(colors[kind])
    add_xml(slide, footer(ids, 11))


def s12(prs: Any) -> None:
    slide = title_only(prs, "Pilot: Thornleigh and the Vale villages")
    ids = Ids()
    out: list[str] = [
        textbox(
            ids,
            box(0.5, 1.1, 12.33, 0.4),
            [para("July to December 2029, in Phase 2, reporting to Gate 2", 1500, color=GREY)],
        )
    ]
    columns = [
        (
            "Why here",
            [
                "A market town of 14,200 and nine villages: 31,600 people, a quarter of them "
                "over 65",
                "Three district nursing teams and three GP practices who asked to go first",
                "The weakest mobile coverage in our two counties",
            ],
        ),
        (
            "What we will test",
            [
                "12 step-up virtual ward beds for the Thornleigh and Vale practices and their "
                "nine care homes",
                "E-scheduling in the three pilot district nursing teams",
                "Tessera Mobile's offline module on every pilot device",
                "A falls pick-up service with the ambulance service",
            ],
        ),
        (
            "Pass marks for Gate 2",
            [
                "80% of pilot virtual ward beds in use in November and December 2029",
                "Fewer than 3% of pilot visits deferred on the day",
                "No rise in 30-day readmissions from the virtual ward",
                "Most nurses in the three teams want to keep e-scheduling",
            ],
        ),
    ]
    for k, (head, lines) in enumerate(columns):
        x = 0.5 + k * 4.19
        out.append(shape(ids, box(x, 1.6, 3.95, 5.2), "rect", PALE if k < 2 else SAND))
        out.append(
            textbox(
                ids,
                box(x + 0.15, 1.72, 3.65, 4.95),
                [para(head, 1700, bold=True, color=BLUE)]
                + [para(t, 1300, bullet=True, before=900) for t in lines],
            )
        )
    add_xml(slide, out + footer(ids, 12))


def s13(prs: Any) -> None:
    slide = title_only(prs, "Risks and what we will do about them")
    ids = Ids()
    frame = slide.shapes.add_table(
        len(RISKS), 3, Emu(inch(0.5)), Emu(inch(1.35)), Emu(inch(12.33)), Emu(inch(5.2))
    )
    frame.name = "Risk Table"
    table = frame.table
    for c, w in enumerate((4.4, 1.3, 6.63)):
        table.columns[c].width = Emu(inch(w))
    for r, row in enumerate(RISKS):
        table.rows[r].height = Emu(inch(0.5 if r == 0 else 0.68))
        for c, text in enumerate(row):
            cell = table.cell(r, c)
            cell.text_frame.text = text
            cell.text_frame.word_wrap = True
            for p in cell.text_frame.paragraphs:
                for run_ in p.runs:
                    run_.font.size = Pt(13 if r == 0 else 12)
                    run_.font.bold = r == 0
    add_xml(slide, footer(ids, 13))


def s14(prs: Any) -> None:
    slide = prs.slides.add_slide(prs.slide_layouts.get_by_name("Title and Content"))
    set_title(slide, "The first 100 days, to 10 April 2029")
    fill_body(
        slide,
        [
            "Appoint the Lead Nurse, Virtual Ward",
            "Open formal consultation with the Joint Staff Side on e-scheduling and seven-day "
            "therapy",
            "Start the e-scheduling procurement, with a contract signed by June 2029",
            "Sign the Vitalink extension for the Ambersett hub",
            "Baseline every measure in Lumen and publish the first monthly scorecard",
            "Agree the pilot plan with the three Thornleigh and Vale GP practices",
            "Take the virtual ward admission criteria to the Patient and Carer Panel",
        ],
        size=18,
    )
    add_xml(slide, footer(Ids(), 14))


def s15(prs: Any) -> None:
    slide = prs.slides.add_slide(prs.slide_layouts.get_by_name("Title and Content"))
    set_title(slide, "How we will run it")
    fill_body(
        slide,
        [
            "Sponsor: the Chief Executive, who chairs the Closer to Home Programme Board",
            "The Programme Board meets monthly and reports to the Trust Board each quarter",
            "Members: the Deputy Chief Executive & Chief Operating Officer, the Medical Director, "
            "and the directors of nursing, digital services, people and finance",
            "Each pillar has one accountable lead and each measure one owner, named in our "
            "measure definitions",
            "The Joint Staff Side and the Patient and Carer Panel are consulted before each gate",
            "Gates 1 and 2 are decided by the Programme Board; Gate 3 comes back to the Trust "
            "Board",
        ],
        size=18,
    )
    add_xml(slide, footer(Ids(), 15))


def s16(prs: Any) -> None:
    slide = title_only(prs, "What it costs")
    ids = Ids()
    out = [
        textbox(
            ids,
            box(0.5, 1.4, 5.6, 1.6),
            [
                para("\u00a321.4m", 6000, bold=True, color=BLUE),
                para("over three years, January 2029 to December 2031", 1600, color=GREY),
            ],
        ),
        textbox(
            ids,
            box(6.6, 1.4, 6.2, 4.6),
            [
                para(t, 1600, bullet=True, before=900 if i else 0)
                for i, t in enumerate(
                    [
                        "Virtual ward staff and monitoring kit: \u00a311.2m",
                        "E-scheduling, offline module and connectivity: \u00a33.9m",
                        "Preceptorship, specialist practitioner places and retention: \u00a33.6m",
                        "Programme office and the pilot: \u00a32.7m",
                    ]
                )
            ],
        ),
        textbox(
            ids,
            box(0.5, 3.3, 5.6, 2.6),
            [
                para(
                    "\u00a39.6m comes from the ICB's virtual ward allocation; the rest from our "
                    "own revenue and capital plans",
                    1500,
                ),
                para("Phase 1 and the pilot: \u00a33.8m", 1500, bold=True, before=1200),
            ],
        ),
    ]
    add_xml(slide, out + footer(ids, 16))


def s17(prs: Any) -> None:
    slide = prs.slides.add_slide(prs.slide_layouts.get_by_name("Title and Content"))
    set_title(slide, "What we ask of the Board today")
    fill_body(
        slide,
        [
            "The Board is asked to:",
            "1. Approve Closer to Home, its four pillars and its nine measures",
            "2. Agree Thornleigh and the Vale villages as the pilot locality",
            "3. Release \u00a33.8m for Phase 1 and the pilot",
            "4. Delegate Gates 1 and 2 to the Closer to Home Programme Board, chaired by the "
            "Chief Executive",
        ],
        size=20,
    )
    add_xml(slide, footer(Ids(), 17))


def s18(prs: Any) -> None:
    slide = title_only(prs, "Appendix: how we count")
    ids = Ids()
    lines = [
        "Beds open: virtual ward beds we can staff and monitor on the last day of the month",
        "Occupancy: patients on the virtual ward at 8am, averaged over the month, as a share of "
        "beds open",
        "Two-hour response: urgent community response referrals seen face to face within two "
        "hours of the referral",
        "Emergency admissions: residents aged 75 and over admitted as an emergency, per 1,000 "
        "such residents, rolling 12 months",
        "Deferred visit: a planned visit moved to another day by us, not by the patient",
        "Turnover: leavers in the last 12 months as a share of average headcount",
    ]
    add_xml(
        slide,
        [
            textbox(
                ids,
                box(0.5, 1.4, 12.33, 5.4),
                [para(t, 1500, bullet=True, before=900 if i else 0) for i, t in enumerate(lines)],
            )
        ]
        + footer(ids, 18),
    )


def widen_layouts(prs: Any) -> None:
    """The default template is 4:3; stretch the master's and layouts' boxes to 16:9."""
    scale = 12192000 / 9144000
    parts = [prs.slide_master, *prs.slide_layouts]
    for part in parts:
        for xfrm in part._element.iter(f"{{{A}}}xfrm"):
            off, ext = xfrm.find(f"{{{A}}}off"), xfrm.find(f"{{{A}}}ext")
            if off is not None:
                off.set("x", str(int(round(int(off.get("x")) * scale))))
            if ext is not None:
                ext.set("cx", str(int(round(int(ext.get("cx")) * scale))))


def build_deck() -> bytes:
    prs = Presentation()
    prs.slide_width, prs.slide_height = Emu(12192000), Emu(6858000)
    widen_layouts(prs)
    s01(prs)
    s02(prs)
    s03(prs)
    s04(prs)
    s05(prs)
    for spec in PILLAR_SLIDES:
        pillar_slide(prs, spec)
    s10(prs)
    s11(prs)
    s12(prs)
    s13(prs)
    s14(prs)
    s15(prs)
    s16(prs)
    s17(prs)
    s18(prs)
    assert len(prs.slides) == N_SLIDES
    for n, text in NOTES.items():
        prs.slides[n - 1].notes_slide.notes_text_frame.text = text
    core = prs.core_properties
    core.author = "Strategy and Transformation Team"
    core.last_modified_by = "Programme Office"
    core.title = "Closer to Home"
    core.subject = "Community care strategy 2029-2031"
    core.keywords = ""
    core.comments = ""
    core.category = "Trust Board paper"
    core.revision = 14
    buffer = io.BytesIO()
    prs.save(buffer)
    src = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/app.xml":
                body = APP_XML.format(slides=N_SLIDES, notes=len(NOTES)).encode("utf-8")
            dst.writestr(info.filename, body)
    return normalize_zip(out.getvalue(), STAMP)


# =========================================================================== the roster

POSITIONS_XML = """<?xml version="1.0" encoding="UTF-8"?>
<PositionExport xmlns="urn:ardent-hr:schemas:position-export:3.2" schemaVersion="3.2" exportId="EXP-20281107-0412">
  <ExportMetadata>
    <SourceSystem>Ardent HR Cloud</SourceSystem>
    <SourceVersion>2028.3.1</SourceVersion>
    <Organisation code="RWY">Wyndham Community Health NHS Trust</Organisation>
    <GeneratedAt>2028-11-07T09:14:22Z</GeneratedAt>
    <GeneratedBy>svc-programme-office</GeneratedBy>
    <Filter>ProgrammeTag = CTH (Closer to Home); Status in (Active, Vacant, Closed)</Filter>
    <RecordCounts positions="20" consultationBodies="2"/>
  </ExportMetadata>
  <Positions>
    <Position positionId="RWY-000114" costCentre="10100">
      <PositionTitle>Chief Executive</PositionTitle>
      <Department>Trust Executive</Department>
      <Grade>VSM</Grade>
      <FTE>1.00</FTE>
      <ProgrammeRole>Core</ProgrammeRole>
      <Status>Active</Status>
      <Responsibilities>
        <Item>Senior responsible owner and executive sponsor of Closer to Home</Item>
        <Item>Chairs the Closer to Home Programme Board and takes Gates 1 and 2 under the Trust Board's delegation</Item>
        <Item>Answers to the Trust Board for the strategy, its budget and its results</Item>
      </Responsibilities>
    </Position>
    <Position positionId="RWY-000117" costCentre="10100">
      <PositionTitle>Deputy Chief Executive &amp; Chief Operating Officer</PositionTitle>
      <Department>Trust Executive</Department>
      <Grade>VSM</Grade>
      <FTE>1.00</FTE>
      <ReportsTo positionRef="RWY-000114"/>
      <ProgrammeRole>Core</ProgrammeRole>
      <Status>Active</Status>
      <Responsibilities>
        <Item>Day-to-day running of every community service in Corrindale and Ambersett</Item>
        <Item>Emergency admissions of older residents, with the ICB and Corrindale Royal Hospitals, and the winter plan</Item>
        <Item>Leads the Thornleigh and Vale pilot</Item>
      </Responsibilities>
    </Position>
    <Position positionId="RWY-000121" costCentre="10300">
      <PositionTitle>Director of Nursing, Therapies &amp; Quality</PositionTitle>
      <Department>Nursing and Quality</Department>
      <Grade>VSM</Grade>
      <FTE>1.00</FTE>
      <ReportsTo positionRef="RWY-000114"/>
      <ProgrammeRole>Core</ProgrammeRole>
      <Status>Active</Status>
      <Responsibilities>
        <Item>Professional lead for nurses, therapists and healthcare support workers</Item>
        <Item>Patient safety, safeguarding, patient experience and the standard of clinical records</Item>
        <Item>The trust's relationship with the Care Quality Commission</Item>
        <Item>Executive link to the Patient and Carer Panel</Item>
      </Responsibilities>
    </Position>
    <Position positionId="RWY-000123" costCentre="10350">
      <PositionTitle>Medical Director</PositionTitle>
      <Department>Medical</Department>
      <Grade>Consultant (Medical Director)</Grade>
      <FTE>0.80</FTE>
      <ReportsTo positionRef="RWY-000114"/>
      <ProgrammeRole>Core</ProgrammeRole>
      <Status>Active</Status>
      <Responsibilities>
        <Item>The clinical model and clinical safety of the virtual ward and urgent community response</Item>
        <Item>Medical cover and the supervision of advanced clinical practitioners</Item>
        <Item>Joint admission criteria with the medical director of Corrindale Royal Hospitals</Item>
      </Responsibilities>
    </Position>
    <Position positionId="RWY-000452" costCentre="10600">
      <PositionTitle>Programme Director, Closer to Home</PositionTitle>
      <Department>Strategy and Transformation</Department>
      <Grade>Band 9</Grade>
      <FTE>1.00</FTE>
      <ReportsTo positionRef="RWY-000114"/>
      <ProgrammeRole>Core</ProgrammeRole>
      <Status>Active</Status>
      <Responsibilities>
        <Item>The programme office: the plan, the risk log, gate reports and benefits tracking</Item>
        <Item>The monthly Closer to Home scorecard, with Business Intelligence</Item>
        <Item>Secretary to the Programme Board</Item>
      </Responsibilities>
    </Position>
    <Position positionId="RWY-000610" costCentre="20410">
      <PositionTitle>Clinical Director, Virtual Ward</PositionTitle>
      <Department>Urgent and Intermediate Care</Department>
      <Grade>Band 8d</Grade>
      <FTE>1.00</FTE>
      <ReportsTo positionRef="RWY-000117"/>
      <ProgrammeRole>Core</ProgrammeRole>
      <Status>Active</Status>
      <Responsibilities>
        <Item>The virtual ward in both counties: beds, capacity, occupancy, referral and admission criteria, step-up and step-down pathways</Item>
        <Item>Vitalink remote monitoring kit and its clinical use</Item>
        <Item>Virtual ward staffing with the Lead Nurse, Virtual Ward</Item>
      </Responsibilities>
    </Position>
    <Position positionId="RWY-000611" costCentre="20420">
      <PositionTitle>Head of Urgent Community Response and Single Point of Access</PositionTitle>
      <Department>Urgent and Intermediate Care</Department>
      <Grade>Band 8c</Grade>
      <FTE>1.00</FTE>
      <ReportsTo positionRef="RWY-000117"/>
      <ProgrammeRole>Core</ProgrammeRole>
      <Status>Active</Status>
      <Responsibilities>
        <Item><![CDATA[Urgent community response: referrals seen in < 2 hours & the care home support line]]></Item>
        <Item>The Single Point of Access desks in Corrindale and Ambersett, referral triage and the Callbridge telephony</Item>
        <Item>The falls pick-up service with North Vale Ambulance Service</Item>
      </Responsibilities>
    </Position>
    <Position positionId="RWY-000614" costCentre="20430">
      <PositionTitle>Head of Intermediate Care</PositionTitle>
      <Department>Urgent and Intermediate Care</Department>
      <Grade>Band 8b</Grade>
      <FTE>1.00</FTE>
      <ReportsTo positionRef="RWY-000117"/>
      <ProgrammeRole>Core</ProgrammeRole>
      <Status>Active</Status>
      <Responsibilities>
        <Item>The 42 intermediate care beds: 24 at Brindlecombe Community Hospital and 18 at the Marsh Lane Unit</Item>
        <Item>Length of stay, therapy cover on the units and discharge home</Item>
      </Responsibilities>
    </Position>
    <Position positionId="RWY-000702" costCentre="20510">
      <PositionTitle>Head of District Nursing</PositionTitle>
      <Department>Adult Community Services</Department>
      <Grade>Band 8c</Grade>
      <FTE>1.00</FTE>
      <ReportsTo positionRef="RWY-000117"/>
      <ProgrammeRole>Core</ProgrammeRole>
      <Status>Active</Status>
      <Responsibilities>
        <Item>The 24 district nursing teams: caseloads, visit planning, deferred visits and the night nursing service</Item>
        <Item>The move of district nursing to e-scheduling</Item>
        <Item>Named community nurses for care homes</Item>
      </Responsibilities>
    </Position>
    <Position positionId="RWY-000705" costCentre="20520">
      <PositionTitle>Head of Community Therapies</PositionTitle>
      <Department>Adult Community Services</Department>
      <Grade>Band 8b</Grade>
      <FTE>1.00</FTE>
      <ReportsTo positionRef="RWY-000117"/>
      <ProgrammeRole>Core</ProgrammeRole>
      <Status>Active</Status>
      <Responsibilities>
        <Item>Physiotherapy, occupational therapy and reablement therapy in both counties</Item>
        <Item>The Ambersett community therapy teams and their move onto Tessera</Item>
      </Responsibilities>
    </Position>
    <Position positionId="RWY-000801" costCentre="30100">
      <PositionTitle>Director of Digital Services</PositionTitle>
      <Department>Digital</Department>
      <Grade>VSM</Grade>
      <FTE>1.00</FTE>
      <ReportsTo positionRef="RWY-000114"/>
      <ProgrammeRole>Core</ProgrammeRole>
      <Status>Active</Status>
      <Responsibilities>
        <Item>Tessera EPR and Tessera Mobile, phones, tablets, networks and mobile connectivity</Item>
        <Item>Digital suppliers and contracts, including the e-scheduling tool and the Vitalink contract</Item>
      </Responsibilities>
    </Position>
    <Position positionId="RWY-000812" costCentre="30200">
      <PositionTitle>Head of Business Intelligence</PositionTitle>
      <Department>Digital</Department>
      <Grade>Band 8c</Grade>
      <FTE>1.00</FTE>
      <ReportsTo positionRef="RWY-000801"/>
      <ProgrammeRole>Core</ProgrammeRole>
      <Status>Active</Status>
      <Responsibilities>
        <Item>Lumen, the trust's data warehouse, and its dashboards</Item>
        <Item>The definition and baseline of every measure, and the monthly performance report</Item>
      </Responsibilities>
    </Position>
    <Position positionId="RWY-000901" costCentre="40100">
      <PositionTitle>Director of People &amp; Organisational Development</PositionTitle>
      <Department>People</Department>
      <Grade>VSM</Grade>
      <FTE>1.00</FTE>
      <ReportsTo positionRef="RWY-000114"/>
      <ProgrammeRole>Core</ProgrammeRole>
      <Status>Active</Status>
      <Responsibilities>
        <Item>Recruitment, retention, turnover and the NHS Staff Survey</Item>
        <Item>Employee relations and formal consultation with the Joint Staff Side</Item>
        <Item>Flexible working and self-rostering policy; exit questionnaires in Ardent HR Cloud</Item>
      </Responsibilities>
    </Position>
    <Position positionId="RWY-000915" costCentre="40300">
      <PositionTitle>Head of Learning and Education</PositionTitle>
      <Department>People</Department>
      <Grade>Band 8b</Grade>
      <FTE>1.00</FTE>
      <ReportsTo positionRef="RWY-000901"/>
      <ProgrammeRole>Core</ProgrammeRole>
      <Status>Active</Status>
      <Responsibilities>
        <Item>Training for every staff group: induction, preceptorship, clinical skills and the WynLearn learning platform</Item>
        <Item>District nursing specialist practitioner places with the University of Corrindale</Item>
        <Item>Training in Tessera, Tessera Mobile and the e-scheduling tool</Item>
      </Responsibilities>
    </Position>
    <Position positionId="RWY-000466" costCentre="10650">
      <PositionTitle>Head of System Partnerships</PositionTitle>
      <Department>Strategy and Transformation</Department>
      <Grade>Band 8c</Grade>
      <FTE>1.00</FTE>
      <ReportsTo positionRef="RWY-000117"/>
      <ProgrammeRole>Core</ProgrammeRole>
      <Status>Active</Status>
      <Responsibilities>
        <Item>The contract with Corrindale and Ambersett ICB and every contract variation</Item>
        <Item>Joint working with Corrindale Royal Hospitals, North Vale Ambulance Service, GP practices and care homes</Item>
      </Responsibilities>
    </Position>
    <Position positionId="RWY-000618" costCentre="20410">
      <PositionTitle>Lead Nurse, Virtual Ward</PositionTitle>
      <Department>Urgent and Intermediate Care</Department>
      <Grade>Band 8a</Grade>
      <FTE>1.00</FTE>
      <ReportsTo positionRef="RWY-000610"/>
      <ProgrammeRole>Core</ProgrammeRole>
      <Status>Vacant</Status>
      <Responsibilities>
        <Item>Nursing leadership of the virtual ward teams: rotas, competencies and the recruitment of virtual ward nurses</Item>
      </Responsibilities>
    </Position>
    <Position positionId="RWY-000140" costCentre="50100">
      <PositionTitle>Director of Finance</PositionTitle>
      <Department>Finance</Department>
      <Grade>VSM</Grade>
      <FTE>1.00</FTE>
      <ReportsTo positionRef="RWY-000114"/>
      <ProgrammeRole>Extended</ProgrammeRole>
      <Status>Active</Status>
      <Responsibilities>
        <Item>Budgets and business cases; advises the Programme Board on releasing money at each gate</Item>
      </Responsibilities>
    </Position>
    <Position positionId="RWY-000833" costCentre="30300">
      <PositionTitle>Information Governance Manager and Data Protection Officer</PositionTitle>
      <Department>Digital</Department>
      <Grade>Band 8a</Grade>
      <FTE>1.00</FTE>
      <ReportsTo positionRef="RWY-000801"/>
      <ProgrammeRole>Extended</ProgrammeRole>
      <Status>Active</Status>
      <Responsibilities>
        <Item>Data protection impact assessments, records management and data sharing agreements</Item>
      </Responsibilities>
    </Position>
    <Position positionId="RWY-000480" costCentre="10700">
      <PositionTitle>Head of Communications and Engagement</PositionTitle>
      <Department>Corporate Affairs</Department>
      <Grade>Band 8b</Grade>
      <FTE>1.00</FTE>
      <ReportsTo positionRef="RWY-000114"/>
      <ProgrammeRole>Extended</ProgrammeRole>
      <Status>Active</Status>
      <Responsibilities>
        <Item>Staff and public communications; support to the Patient and Carer Panel</Item>
      </Responsibilities>
    </Position>
    <Position positionId="RWY-000455" costCentre="10600">
      <PositionTitle>Head of Community Hospitals Transformation</PositionTitle>
      <Department>Strategy and Transformation</Department>
      <Grade>Band 8c</Grade>
      <FTE>1.00</FTE>
      <ProgrammeRole>Core</ProgrammeRole>
      <Status>Closed</Status>
      <StatusDate>2027-09-30</StatusDate>
      <Responsibilities>
        <Item>The community hospitals review, 2025 to 2027</Item>
      </Responsibilities>
    </Position>
  </Positions>
  <ConsultationBodies>
    <ConsultationBody bodyId="CB-01">
      <BodyName>Joint Staff Side</BodyName>
      <Description>The staff side of the Joint Partnership Forum: the Community and Health Workers' Union (CHWU) and the professional bodies the trust recognises</Description>
      <ProgrammeRole>Consult only</ProgrammeRole>
      <Responsibilities>
        <Item>Formal consultation on working patterns, rotas, roles and the way visits are allocated</Item>
        <Item>Gives its view to the Programme Board before each gate</Item>
      </Responsibilities>
    </ConsultationBody>
    <ConsultationBody bodyId="CB-02">
      <BodyName>Patient and Carer Panel</BodyName>
      <Description>16 patients and unpaid carers who use the trust's services</Description>
      <ProgrammeRole>Consult only</ProgrammeRole>
      <Responsibilities>
        <Item>Reviews changes to services from the point of view of the people who use them</Item>
        <Item>Gives its view to the Programme Board before each gate</Item>
      </Responsibilities>
    </ConsultationBody>
  </ConsultationBodies>
</PositionExport>
"""


# =========================================================================== the org folder

TERMS = """
# Closer to Home Programme Board: terms of reference

Approved by the Trust Board on 25 September 2028. Next review: September 2029.

## Purpose

The Programme Board directs Closer to Home, the trust's community care strategy for January
2029 to December 2031. It holds the plan, the money released to it, the risks and the
measures, and takes the gate decisions the Trust Board delegates to it.

## Chair and sponsor

The Chief Executive chairs the Programme Board and is the senior responsible owner and
executive sponsor of Closer to Home. When the Chief Executive is away, the Deputy Chief
Executive & Chief Operating Officer chairs.

## Members

- Deputy Chief Executive & Chief Operating Officer
- Director of Nursing, Therapies & Quality
- Medical Director
- Director of Digital Services
- Director of People & Organisational Development
- Director of Finance
- Programme Director, Closer to Home (secretary)

The pillar leads attend for their items: the Clinical Director, Virtual Ward; the Head of
Urgent Community Response and Single Point of Access; the Head of District Nursing; and the
Director of People & Organisational Development for Pillar 4.

## Decisions

- Gate 1 (end of June 2029) and Gate 2 (end of December 2029), once the Trust Board has
  delegated them.
- Gate 3 (end of December 2030) is recommended by the Programme Board and decided by the
  Trust Board.
- Money is released phase by phase, on the Director of Finance's advice.
- Each pillar has one accountable lead and each measure one owner, named in the measure
  definitions.

## Reporting

The Programme Director, Closer to Home writes a report for every gate and a monthly
scorecard, drawn from Lumen by Business Intelligence. The Programme Board reports to the
Trust Board every quarter.

## Voices in the room

The Joint Staff Side and the Patient and Carer Panel each send a representative to the
meeting before a gate to give their view on the gate paper. They advise the Board; the
programme's actions are owned by trust staff.

## Meetings

Monthly, on the second Tuesday. Quorate with the chair and three directors.
"""

STAFF_SIDE = """
# Partnership agreement between Wyndham Community Health NHS Trust and the Joint Staff Side (extract)

Signed on 14 March 2027 by the Chief Executive and the Staff Side Chair. Sections 1, 4 and 6
are reproduced here for the Closer to Home programme.

## Section 1: the parties

1.1 The Joint Staff Side brings together the Community and Health Workers' Union (CHWU) and
the professional bodies the trust recognises for nurses, therapists and healthcare support
workers.

1.2 The Joint Staff Side and the trust's directors meet every month in the Joint Partnership
Forum, chaired in turn by the Director of People & Organisational Development and the Staff
Side Chair.

## Section 4: organisational change

4.1 The trust must consult the Joint Staff Side before any change to shift patterns, working
hours, team bases or the way visits are allocated to staff, and the consultation lasts at
least 45 days.

4.2 Consultation papers go to the Joint Partnership Forum and to every member of staff the
change affects, on the same day.

## Section 6: time for partnership work

6.1 Staff side representatives have paid time for partnership work, agreed each year with
their manager.
"""

PANEL = """
PATIENT AND CARER PANEL
Terms of reference, revised May 2028

Who we are
The Patient and Carer Panel is 16 patients and unpaid carers from Corrindale and Ambersett
who use the trust's services. Members are appointed for two years. The Director of Nursing,
Therapies & Quality is the Panel's executive link, and the Head of Communications and
Engagement supports its meetings.

What we do
The Panel looks at plans, leaflets and changes to services from the point of view of the
people who use them, and tells the Trust Board what it hears.

Changes to who the virtual ward admits, or to where patients are cared for, are not made
until the Panel has reviewed them.

The Panel gives its view on every Closer to Home gate paper.

Meetings
Every six weeks, in Corrindale and Ambersett in turn, with members able to join online.
"""

SYSTEMS = """
# Systems and data inventory

Kept by the Director of Digital Services. Last reviewed on 12 October 2028.

| System | What it holds or does | Used by | System owner |
|---|---|---|---|
| Tessera EPR | The community electronic patient record: referrals, caseloads, care plans, visit notes, discharges | 61 of our 64 clinical teams | Director of Digital Services |
| Tessera Mobile | Tessera on phones and tablets, for notes written in the patient's home | District nursing, the virtual ward, urgent community response, community therapy in Corrindale | Director of Digital Services |
| Vitalink | Remote monitoring for the virtual ward: readings from kit in the patient's home, alerts to the hub | The virtual ward hub in Corrindale | Clinical Director, Virtual Ward |
| Callbridge | Telephony for the Single Point of Access: calls, queues, call recording | Both SPA desks | Head of Urgent Community Response and Single Point of Access |
| Lumen | The trust's data warehouse, loaded every night from Tessera, Callbridge, Ardent HR Cloud and the acute trusts' admissions feed, with dashboards for every team | Business Intelligence, managers, the Trust Board | Head of Business Intelligence |
| Ardent HR Cloud | Positions, staff records, starters and leavers, absence, exit questionnaires | The People directorate and line managers | Director of People & Organisational Development |
| WynLearn | The learning platform: mandatory training, e-learning, course bookings | All staff | Head of Learning and Education |
| Sentinel | Incident reporting and patient safety investigations | All staff | Director of Nursing, Therapies & Quality |

## Devices

Every nurse, therapist and support worker who visits patients at home carries a trust phone,
and 1,640 of them also carry a tablet. Both run Tessera Mobile.

## Notes for Closer to Home

- In Ambersett, community therapy notes are kept on paper and scanned into Tessera when the
  episode of care closes.
- Tessera Mobile cannot save a visit note without a mobile signal; a note started out of
  coverage is lost if the app is closed.
- District nursing visit planning relies on a spreadsheet and a whiteboard in each team base,
  filled in by the team coordinator each morning.
- Vitalink runs only at the Corrindale virtual ward hub; virtual ward patients in Ambersett
  are telephoned twice a day instead.
- Admissions data from the acute trusts is not retained in Lumen beyond 24 months.
- Tessera has no electronic link to Corrindale Royal Hospitals' record: discharge summaries
  arrive by secure email and are attached to the patient's record by hand.
"""

MEASURES = """
# Closer to Home: measure definitions

Agreed by the Programme Board on 9 October 2028. Each measure has one owner. Baselines are
for 2027/28 (April 2027 to March 2028) and come from Lumen, except where the source says
otherwise.

| Measure | Definition | Source | Owner | Baseline |
|---|---|---|---|---|
| Virtual ward beds open | Virtual ward beds the trust can staff and monitor on the last day of the month | Tessera, Vitalink | Clinical Director, Virtual Ward | 58 |
| Virtual ward occupancy | Patients on the virtual ward at 8am, averaged over the month, as a share of beds open | Tessera | Clinical Director, Virtual Ward | 64% |
| Two-hour urgent community response | Urgent community response referrals seen face to face within two hours of the referral, as a share of all such referrals | Tessera | Head of Urgent Community Response and Single Point of Access | 71% |
| Emergency admissions, residents aged 75 and over | Emergency admissions of residents aged 75 and over to either acute hospital, per 1,000 residents of that age, rolling 12 months | The acute trusts' admissions feed in Lumen; population figures from the ICB | Deputy Chief Executive & Chief Operating Officer | 211 |
| Intermediate care length of stay | Mean length of stay of patients discharged from Brindlecombe and Marsh Lane in the month | Tessera | Head of Intermediate Care | 29 days |
| Visits deferred on the day | Planned district nursing visits moved to another day by the service, not by the patient, as a share of planned visits | Team planning spreadsheets, collated monthly by Business Intelligence | Head of District Nursing | 7.4% |
| Same-day care notes | Visit notes signed off in Tessera on the day of the visit, as a share of visits | Tessera | Director of Nursing, Therapies & Quality | 71% |
| Staff turnover | Leavers in the last 12 months as a share of average headcount | Ardent HR Cloud | Director of People & Organisational Development | 15.8% |
| Recommend as a place to work | Staff who agree or strongly agree that they would recommend the trust as a place to work | NHS Staff Survey 2027 | Director of People & Organisational Development | 58% |

Business Intelligence refreshes every measure monthly on the Closer to Home dashboard in
Lumen. Turnover counts every permanent leaver, retirements included.
"""

WORKFORCE = """
# Workforce and retention facts, October 2028

Prepared by the People directorate for the Closer to Home business case.

## Our people

- 2,810 staff (2,390 whole-time equivalent) on 30 September 2028.
- 24 district nursing teams with 612 registered nurses and 298 healthcare support workers.
- The virtual ward: 41 nurses, 6 advanced clinical practitioners and 2 consultant
  geriatricians shared with Corrindale Royal Hospitals.

## Leaving and staying

- Turnover in 2027/28 was 15.8% across the trust and 19.2% in district nursing.
- 31% of leavers in 2027/28 left within their first year with us.
- Reasons for leaving are captured only as free text in exit questionnaires, so they cannot
  be counted by reason.
- 58% of staff would recommend the trust as a place to work (NHS Staff Survey 2027, response
  rate 47%).

## Vacancies

- District nursing has 71 registered nurse vacancies, 10.4% of its establishment.
- The Lead Nurse, Virtual Ward post is not yet filled; interviews are set for January 2029.

## Learning and development

The Head of Learning and Education runs training for every staff group: induction, the
one-year preceptorship for newly qualified nurses, clinical skills days and e-learning on
WynLearn. Training in Tessera, Tessera Mobile and every new system is part of that team's
plan. The trust pays for 10 district nursing specialist practitioner places a year at the
University of Corrindale.

## Flexible working

In 2027/28 the trust received 412 flexible working requests and agreed 351; a decision took
nine weeks on average.
"""

PARTNERS = """
# System partners and commissioning

Kept by the Head of System Partnerships. October 2028.

## The commissioner

Corrindale and Ambersett Integrated Care Board (the ICB) commissions our community services
under a five-year contract that began in April 2026. The virtual ward is paid for from the
ICB's virtual ward allocation.

Our contract with the ICB only covers 90 virtual ward beds until March 2030; beds above that
need a contract variation signed by both sides.

## The acute hospitals

Corrindale Royal Hospitals NHS Foundation Trust runs Corrindale Royal Infirmary and
Ambersett General Hospital. Its frailty team and our virtual ward share two consultant
geriatricians. Discharges into our intermediate care beds are agreed on a daily call between
the two trusts.

## Other partners

- North Vale Ambulance Service NHS Trust answers 999 calls in both counties and has offered
  to run a falls pick-up service with us.
- 41 GP practices in seven primary care networks.
- 112 care homes: 71 in Corrindale and 41 in Ambersett.

## The regulator

The Care Quality Commission rated the trust Good overall in June 2026.
"""

PILOT = """
THORNLEIGH AND THE VALE VILLAGES
Locality profile for the Closer to Home pilot, October 2028

Thornleigh is a market town of 14,200 people in the north of Ambersett. Nine villages lie
around it in the Vale: Cotsby, Harnwell, Little Ouseley, Brackham, Stow Aldwin, Fennimore,
Hollins Cross, Wexcombe and Ryle. The locality has 31,600 residents, 26% of them aged 65 or
over.

Three district nursing teams cover it: Thornleigh North, Thornleigh South and Vale. There are
three GP practices (Thornleigh Health Centre, Market Street Surgery and Vale Medical
Practice) and nine care homes. Ambersett General Hospital is 19 miles from Thornleigh.

Nurses in the Vale villages have no mobile signal at about one visit in three.

All three teams and all three practices asked to be the first locality in the programme.
"""

ORG_TEXT = {
    "org/governance/programme-board-terms-of-reference.md": TERMS,
    "org/governance/staff-side-partnership-agreement-extract.md": STAFF_SIDE,
    "org/governance/patient-and-carer-panel-terms.txt": PANEL,
    "org/systems/systems-and-data-inventory.md": SYSTEMS,
    "org/measures/measure-definitions.md": MEASURES,
    "org/context/workforce-and-retention-2028.md": WORKFORCE,
    "org/context/system-partners-and-commissioning.md": PARTNERS,
    "org/context/thornleigh-and-vale-locality-profile.txt": PILOT,
}


def build(out: Path) -> None:
    root = out / CASE
    files: dict[str, str | bytes] = {DECK: build_deck(), ROSTER: POSITIONS_XML}
    files.update(ORG_TEXT)
    write_files(root, files)


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
