"""Build the blind18 case ``grocery-fresh``: its deck and its org folder, deterministically.

Run from the repository root with the project's venv (python-pptx and lxml; the ``/tmp/rl``
venv works too):

    .venv/bin/python evals/blind18/build_grocery_fresh.py [out]

Writes, under ``evals/blind18/grocery-fresh/`` (or ``<out>/grocery-fresh/``):

- ``B29-04 Fresh First 2029-31 (Board 14.02.29) FINAL.pptx``: a regional grocery chain's plan
  for fresh availability and fresh waste over its financial years FY29 and FY30, a 16:9 deck
  as PowerPoint for Microsoft 365 saves it: ``docProps/app.xml`` naming "Microsoft Office
  PowerPoint" 16.0000 (Widescreen, fonts, theme and slide titles in ``TitlesOfParts``), the
  Office Theme's layouts stretched to 12192000 x 6858000 EMU with Aptos fonts, titles and body
  text in placeholders, a ``a16:creationId`` on every shape and a ``p14:creationId`` on every
  slide, ZIP entries in name order. Two slides carry SmartArt graphics written by hand (a
  ``p:graphicFrame`` whose ``dgm:relIds`` point at ``ppt/diagrams/dataN.xml``, ``layoutN.xml``,
  ``quickStyleN.xml`` and ``colorsN.xml``, and PowerPoint's cached drawing ``drawingN.xml``
  named by the data model's ``dsp:dataModelExt``): the pillars (a Horizontal Bullet List) and
  the first 100 days (a Vertical Bullet List). The KPIs, the roadmap (a Gantt of merged cells)
  and the risks are native tables.
- ``org/``: the headcount export (``people/headcount.csv``, one row per person: two job shares
  and one vacancy), the Academy note, the Fresh Board's terms of reference, the commercial
  directorate's RACI memo, the union agreement extract, the Colleague Voice Forum's charter,
  the systems and data inventory, the measures register (CSV), the redistribution partnership
  summary, the store estate and an email about Christmas bakery waste.

Re-running it rewrites every file byte for byte: the PPTX through ``evals/dev16/_build.py``
(fixed ZIP entry times and document dates), the text files as literal strings. It never
touches ``gold.json``. This is a BLIND case (split "blind18").
"""

from __future__ import annotations

import csv
import io
import re
import sys
import uuid
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path
from xml.sax.saxutils import escape

from lxml import etree
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.opc.package import Part
from pptx.opc.packuri import PackURI
from pptx.util import Emu, Inches, Pt

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals.dev16._build import Stamp, normalize_zip, write_files  # noqa: E402

HERE = Path(__file__).resolve().parent
CASE = "grocery-fresh"
DECK = "B29-04 Fresh First 2029-31 (Board 14.02.29) FINAL.pptx"
STAMP = Stamp((2029, 2, 8, 16, 37, 52), "2029-02-08T16:37:52Z")

NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
NS_P = "http://schemas.openxmlformats.org/presentationml/2006/main"
NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS_DGM = "http://schemas.openxmlformats.org/drawingml/2006/diagram"
NS_DSP = "http://schemas.microsoft.com/office/drawing/2008/diagram"
NS_A16 = "http://schemas.microsoft.com/office/drawing/2014/main"
NS_P14 = "http://schemas.microsoft.com/office/powerpoint/2010/main"
URI_DIAGRAM = "http://schemas.openxmlformats.org/drawingml/2006/diagram"
RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
RT_DRAWING = "http://schemas.microsoft.com/office/2007/relationships/diagramDrawing"
CT = "application/vnd.openxmlformats-officedocument.drawingml."
CT_DRAWING = "application/vnd.ms-office.drawingml.diagramDrawing+xml"
URN = "urn:microsoft.com/office/officeart/2005/8/"
WIDE, HIGH = 12192000, 6858000
EMU_IN = 914400
GUID_NS = uuid.UUID("3d7e4a52-91c0-4b6f-8a2e-5f1c0b9d7e64")

GREEN = RGBColor(0x1E, 0x5B, 0x3A)
LEAF = RGBColor(0x6B, 0xA5, 0x3A)
INK = RGBColor(0x24, 0x2A, 0x26)
GREY = RGBColor(0x6B, 0x72, 0x6E)
FOOTER = (
    "Greavesby\u2019s \u00b7 Fresh First 2029\u201331 \u00b7 Board paper B29/04 \u00b7 Confidential"
)


def guid(key: str) -> str:
    return "{" + str(uuid.uuid5(GUID_NS, key)).upper() + "}"


# =========================================================================== small helpers


def _run(p, text: str, size: float, bold: bool = False, color: RGBColor | None = None) -> None:
    run = p.add_run()
    run.text = text
    run.font.size = Pt(size)
    if bold:
        run.font.bold = True
    if color is not None:
        run.font.color.rgb = color


Line = tuple[str, int, bool]  # text, level, bold


def body(slide, lines: Sequence[Line], size: float = 18, sub: float = 16) -> None:
    """The layout's body placeholder, one paragraph per line, at its level."""
    ph = slide.placeholders[1]
    ph.left, ph.top, ph.width, ph.height = Inches(0.6), Inches(1.45), Inches(12.1), Inches(5.45)
    frame = ph.text_frame
    for i, (text, level, bold) in enumerate(lines):
        p = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
        p.level = level
        _run(p, text, size if level == 0 else sub, bold)


def title(slide, text: str, n: int) -> None:
    """The title placeholder, the footer and the slide number."""
    shape = slide.shapes.title
    shape.left, shape.top = Inches(0.6), Inches(0.35)
    shape.width, shape.height = Inches(12.1), Inches(0.95)
    frame = shape.text_frame
    frame.vertical_anchor = MSO_ANCHOR.MIDDLE
    p = frame.paragraphs[0]
    p.alignment = PP_ALIGN.LEFT
    _run(p, text, 32, True, GREEN)
    textbox(slide, 0.6, 7.05, 9.0, 0.3, [FOOTER], 9, color=GREY)
    textbox(slide, 12.0, 7.05, 0.7, 0.3, [str(n)], 9, color=GREY, align=PP_ALIGN.RIGHT)


def textbox(
    slide,
    x: float,
    y: float,
    w: float,
    h: float,
    lines: Sequence[str],
    size: float,
    bold: bool = False,
    color: RGBColor | None = None,
    align=None,
):
    tb = slide.shapes.add_textbox(Inches(x), Inches(y), Inches(w), Inches(h))
    frame = tb.text_frame
    frame.word_wrap = True
    for i, text in enumerate(lines):
        p = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
        if align is not None:
            p.alignment = align
        _run(p, text, size, bold, color)
    return tb


def table(
    slide,
    x: float,
    y: float,
    widths: Sequence[float],
    rows: Sequence[Sequence[str]],
    size: float = 12,
    height: float = 0.4,
):
    shape = slide.shapes.add_table(
        len(rows),
        len(widths),
        Inches(x),
        Inches(y),
        Inches(sum(widths)),
        Inches(height * len(rows)),
    )
    tab = shape.table
    for j, w in enumerate(widths):
        tab.columns[j].width = Inches(w)
    for i, row in enumerate(rows):
        tab.rows[i].height = Inches(height)
        for j, value in enumerate(row):
            cell = tab.cell(i, j)
            cell.margin_left = cell.margin_right = Inches(0.06)
            cell.margin_top = cell.margin_bottom = Inches(0.03)
            p = cell.text_frame.paragraphs[0]
            if value:
                _run(p, value, size, i == 0)
    return tab


def notes(slide, text: str) -> None:
    slide.notes_slide.notes_text_frame.text = text


# =========================================================================== SmartArt

# a diagram's nodes: (parent text, [child texts])
Nodes = Sequence[tuple[str, Sequence[str]]]


def _t(texts: Sequence[str]) -> str:
    if not texts:
        return '<dgm:t><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang="en-GB"/></a:p></dgm:t>'
    paras = "".join(
        f'<a:p><a:r><a:rPr lang="en-GB" dirty="0"/><a:t>{escape(x)}</a:t></a:r></a:p>'
        for x in texts
    )
    return f"<dgm:t><a:bodyPr/><a:lstStyle/>{paras}</dgm:t>"


class _Model:
    """The points and connections of one diagram's data model, with PowerPoint's ids."""

    def __init__(self, key: str, layout: str) -> None:
        self.key = key
        self.layout = layout
        self.pts: list[str] = []
        self.cxns: list[str] = []
        self.n = 0

    def id(self, name: str) -> str:
        return guid(f"{self.key}:{name}")

    def node(self, name: str, texts: Sequence[str]) -> str:
        mid = self.id(name)
        self.pts.append(
            f'<dgm:pt modelId="{mid}"><dgm:prSet phldrT="[Text]"/><dgm:spPr/>{_t(texts)}</dgm:pt>'
        )
        return mid

    def par_of(self, src: str, dest: str, order: int, name: str) -> tuple[str, str]:
        cxn, par, sib = self.id(f"cxn:{name}"), self.id(f"par:{name}"), self.id(f"sib:{name}")
        for kind, pid in (("parTrans", par), ("sibTrans", sib)):
            self.pts.append(
                f'<dgm:pt modelId="{pid}" type="{kind}" cxnId="{cxn}"><dgm:prSet/><dgm:spPr/>'
                f"{_t([])}</dgm:pt>"
            )
        self.cxns.append(
            f'<dgm:cxn modelId="{cxn}" srcId="{src}" destId="{dest}" srcOrd="{order}" '
            f'destOrd="0" parTransId="{par}" sibTransId="{sib}"/>'
        )
        return par, sib

    def pres(
        self,
        name: str,
        assoc: str,
        pres_name: str,
        style: tuple[str, int, int] | None = None,
        layout_vars: str = "",
    ) -> str:
        pid = self.id(f"pres:{name}")
        attrs = f'presAssocID="{assoc}" presName="{pres_name}"'
        if style is not None:
            label, idx, cnt = style
            attrs += f' presStyleLbl="{label}" presStyleIdx="{idx}" presStyleCnt="{cnt}"'
        else:
            attrs += ' presStyleCnt="0"'
        lv = f"<dgm:presLayoutVars>{layout_vars}</dgm:presLayoutVars>" if layout_vars else ""
        self.pts.append(
            f'<dgm:pt modelId="{pid}" type="pres"><dgm:prSet {attrs}>{lv}</dgm:prSet>'
            "<dgm:spPr/></dgm:pt>"
        )
        return pid

    def link(self, kind: str, src: str, dest: str, order: int) -> None:
        self.n += 1
        self.cxns.append(
            f'<dgm:cxn modelId="{self.id(f"{kind}:{self.n}")}" type="{kind}" srcId="{src}" '
            f'destId="{dest}" srcOrd="{order}" destOrd="0" presId="{URN}layout/{self.layout}"/>'
        )


def _data_xml(model: _Model, doc: str, drawing_rid: str) -> bytes:
    doc_pt = (
        f'<dgm:pt modelId="{doc}" type="doc"><dgm:prSet loTypeId="{URN}layout/{model.layout}" '
        f'loCatId="list" qsTypeId="{URN}quickstyle/simple1" qsCatId="simple" '
        f'csTypeId="{URN}colors/accent1_2" csCatId="accent1" phldr="1"/><dgm:spPr/>'
        f"{_t([])}</dgm:pt>"
    )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
        f'<dgm:dataModel xmlns:dgm="{NS_DGM}" xmlns:a="{NS_A}"><dgm:ptLst>{doc_pt}'
        + "".join(model.pts)
        + "</dgm:ptLst><dgm:cxnLst>"
        + "".join(model.cxns)
        + "</dgm:cxnLst><dgm:bg/><dgm:whole/><dgm:extLst>"
        '<a:ext uri="http://schemas.microsoft.com/office/drawing/2008/diagram">'
        f'<dsp:dataModelExt xmlns:dsp="{NS_DSP}" relId="{drawing_rid}" '
        f'minVer="http://schemas.openxmlformats.org/drawingml/2006/diagram"/></a:ext>'
        "</dgm:extLst></dgm:dataModel>"
    ).encode()


# ------------------------------------------------------------------ the drawing


def _ln(x: float) -> int:
    return int(round(x * EMU_IN))


def _dsp(
    mid: str,
    box: tuple[float, float, float, float],
    geom: str,
    paras: Sequence[tuple[str, int]],
    size: int,
    fill: str,
    font: str,
    anchor: str,
) -> str:
    """One shape of PowerPoint's cached drawing: its model id, geometry and text."""
    x, y, w, h = (_ln(v) for v in box)
    if fill == "accent1":
        sp_fill = (
            '<a:solidFill><a:schemeClr val="accent1"><a:hueOff val="0"/><a:satOff val="0"/>'
            '<a:lumOff val="0"/><a:alphaOff val="0"/></a:schemeClr></a:solidFill>'
            '<a:ln w="12700" cap="flat" cmpd="sng" algn="ctr"><a:solidFill>'
            '<a:schemeClr val="lt1"><a:hueOff val="0"/><a:satOff val="0"/><a:lumOff val="0"/>'
            '<a:alphaOff val="0"/></a:schemeClr></a:solidFill><a:prstDash val="solid"/>'
            '<a:miter lim="800000"/></a:ln><a:effectLst/>'
        )
    else:
        sp_fill = (
            '<a:solidFill><a:schemeClr val="accent1"><a:alpha val="90000"/><a:tint val="40000"/>'
            '<a:hueOff val="0"/><a:satOff val="0"/><a:lumOff val="0"/><a:alphaOff val="0"/>'
            '</a:schemeClr></a:solidFill><a:ln w="12700" cap="flat" cmpd="sng" algn="ctr">'
            '<a:solidFill><a:schemeClr val="accent1"><a:alpha val="90000"/><a:tint val="40000"/>'
            '<a:hueOff val="0"/><a:satOff val="0"/><a:lumOff val="0"/><a:alphaOff val="0"/>'
            '</a:schemeClr></a:solidFill><a:prstDash val="solid"/><a:miter lim="800000"/>'
            "</a:ln><a:effectLst/>"
        )
    ps = []
    for text, level in paras:
        if level == 0:
            ppr = (
                f'<a:pPr marL="0" lvl="0" indent="0" algn="l" defTabSz="{size * 40}">'
                '<a:lnSpc><a:spcPct val="90000"/></a:lnSpc><a:spcBef><a:spcPct val="0"/>'
                '</a:spcBef><a:spcAft><a:spcPct val="35000"/></a:spcAft><a:buNone/></a:pPr>'
            )
        else:
            ppr = (
                f'<a:pPr marL="114300" lvl="1" indent="-114300" algn="l" defTabSz="{size * 40}">'
                '<a:lnSpc><a:spcPct val="90000"/></a:lnSpc><a:spcBef><a:spcPct val="0"/>'
                '</a:spcBef><a:spcAft><a:spcPct val="15000"/></a:spcAft>'
                '<a:buChar char="\u2022"/></a:pPr>'
            )
        ps.append(
            f'<a:p>{ppr}<a:r><a:rPr lang="en-GB" sz="{size}" kern="1200" dirty="0"/>'
            f"<a:t>{escape(text)}</a:t></a:r></a:p>"
        )
    return (
        f'<dsp:sp modelId="{mid}"><dsp:nvSpPr><dsp:cNvPr id="0" name=""/><dsp:cNvSpPr/>'
        f'</dsp:nvSpPr><dsp:spPr><a:xfrm><a:off x="{x}" y="{y}"/><a:ext cx="{w}" cy="{h}"/>'
        f'</a:xfrm><a:prstGeom prst="{geom}"><a:avLst/></a:prstGeom>{sp_fill}</dsp:spPr>'
        '<dsp:style><a:lnRef idx="2"><a:scrgbClr r="0" g="0" b="0"/></a:lnRef>'
        '<a:fillRef idx="1"><a:scrgbClr r="0" g="0" b="0"/></a:fillRef>'
        '<a:effectRef idx="0"><a:scrgbClr r="0" g="0" b="0"/></a:effectRef>'
        f'<a:fontRef idx="minor"><a:schemeClr val="{font}"/></a:fontRef></dsp:style>'
        '<dsp:txBody><a:bodyPr spcFirstLastPara="0" vert="horz" wrap="square" lIns="68580" '
        f'tIns="68580" rIns="68580" bIns="68580" numCol="1" spcCol="1270" anchor="{anchor}" '
        f'anchorCtr="0"><a:noAutofit/></a:bodyPr><a:lstStyle/>{"".join(ps)}</dsp:txBody>'
        f'<dsp:txXfrm><a:off x="{x}" y="{y}"/><a:ext cx="{w}" cy="{h}"/></dsp:txXfrm></dsp:sp>'
    )


def _drawing_xml(shapes: Sequence[str]) -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
        f'<dsp:drawing xmlns:dgm="{NS_DGM}" xmlns:dsp="{NS_DSP}" xmlns:a="{NS_A}">'
        '<dsp:spTree><dsp:nvGrpSpPr><dsp:cNvPr id="0" name=""/><dsp:cNvGrpSpPr/></dsp:nvGrpSpPr>'
        "<dsp:grpSpPr/>" + "".join(shapes) + "</dsp:spTree></dsp:drawing>"
    ).encode()


# ------------------------------------------------------------------ the two layouts


def _hlist(key: str, nodes: Nodes, w: float, h: float) -> tuple[bytes, _Model, str]:
    """Horizontal Bullet List (hList1): each parent a header box, its children as bullets
    in a box under it. Its drawing, its data model and the document point's id."""
    m = _Model(key, "hList1")
    doc = m.id("doc")
    root = m.pres(
        "root",
        doc,
        "Name0",
        None,
        '<dgm:dir/><dgm:animLvl val="lvl"/><dgm:resizeHandles val="exact"/>',
    )
    m.link("presOf", doc, root, 0)
    count = len(nodes)
    col = w / (count + (count - 1) * 0.1)
    head = min(col * 0.42, h * 0.2)
    shapes = []
    for i, (parent, children) in enumerate(nodes):
        pid = m.node(f"n{i}", [parent])
        _, sib = m.par_of(doc, pid, i, f"n{i}")
        comp = m.pres(f"comp{i}", pid, "composite")
        par_tx = m.pres(
            f"parTx{i}",
            pid,
            "parTx",
            ("alignNode1", i, count),
            '<dgm:chMax val="0"/><dgm:chPref val="0"/><dgm:bulletEnabled val="1"/>',
        )
        des_tx = m.pres(
            f"desTx{i}",
            pid,
            "desTx",
            ("alignAccFollowNode1", i, count),
            '<dgm:bulletEnabled val="1"/>',
        )
        m.link("presParOf", root, comp, 2 * i)
        m.link("presParOf", comp, par_tx, 0)
        m.link("presParOf", comp, des_tx, 1)
        m.link("presOf", pid, par_tx, 0)
        for j, child in enumerate(children):
            cid = m.node(f"n{i}c{j}", [child])
            m.par_of(pid, cid, j, f"n{i}c{j}")
            m.link("presOf", cid, des_tx, j)
        if i < count - 1:
            space = m.pres(f"space{i}", sib, "space")
            m.link("presParOf", root, space, 2 * i + 1)
        x = i * col * 1.1
        shapes.append(
            _dsp(par_tx, (x, 0, col, head), "rect", [(parent, 0)], 1500, "accent1", "lt1", "ctr")
        )
        shapes.append(
            _dsp(
                des_tx,
                (x, head, col, h - head),
                "rect",
                [(c, 1) for c in children],
                1200,
                "tint",
                "dk1",
                "t",
            )
        )
    return _drawing_xml(shapes), m, doc


def _vlist(key: str, nodes: Nodes, w: float, h: float) -> tuple[bytes, _Model, str]:
    """Vertical Bullet List (vList2): each parent a rounded bar, its children as bullets in a
    box under it, a spacer between groups."""
    m = _Model(key, "vList2")
    doc = m.id("doc")
    root = m.pres(
        "root", doc, "linear", None, '<dgm:animLvl val="lvl"/><dgm:resizeHandles val="exact"/>'
    )
    m.link("presOf", doc, root, 0)
    count = len(nodes)
    lines = sum(1 + len(c) for _, c in nodes)
    unit = h / (lines + 0.35 * (count - 1) + 0.6 * count)
    shapes = []
    y = 0.0
    order = 0
    for i, (parent, children) in enumerate(nodes):
        pid = m.node(f"n{i}", [parent])
        _, sib = m.par_of(doc, pid, i, f"n{i}")
        par_t = m.pres(
            f"parentText{i}",
            pid,
            "parentText",
            ("node1", i, count),
            '<dgm:chMax val="0"/><dgm:bulletEnabled val="1"/>',
        )
        m.link("presParOf", root, par_t, order)
        order += 1
        m.link("presOf", pid, par_t, 0)
        bar = unit * 1.3
        shapes.append(
            _dsp(par_t, (0, y, w, bar), "roundRect", [(parent, 0)], 1800, "accent1", "lt1", "ctr")
        )
        y += bar
        if children:
            child_t = m.pres(
                f"childText{i}",
                pid,
                "childText",
                ("revTx", i, count),
                '<dgm:bulletEnabled val="1"/>',
            )
            m.link("presParOf", root, child_t, order)
            order += 1
            for j, child in enumerate(children):
                cid = m.node(f"n{i}c{j}", [child])
                m.par_of(pid, cid, j, f"n{i}c{j}")
                m.link("presOf", cid, child_t, j)
            tall = unit * (len(children) + 0.3)
            shapes.append(
                _dsp(
                    child_t,
                    (0, y, w, tall),
                    "rect",
                    [(c, 1) for c in children],
                    1400,
                    "none",
                    "dk1",
                    "t",
                )
            )
            y += tall
        if i < count - 1:
            spacer = m.pres(f"spacer{i}", sib, "spacer")
            m.link("presParOf", root, spacer, order)
            order += 1
            y += unit * 0.35
    return _drawing_xml(shapes), m, doc


def _layout_hlist() -> str:
    return (
        '<dgm:layoutNode name="Name0"><dgm:varLst><dgm:dir/><dgm:animLvl val="lvl"/>'
        '<dgm:resizeHandles val="exact"/></dgm:varLst><dgm:choose name="Name1">'
        '<dgm:if name="Name2" func="var" arg="dir" op="equ" val="norm"><dgm:alg type="lin">'
        '<dgm:param type="nodeVertAlign" val="t"/></dgm:alg></dgm:if><dgm:else name="Name3">'
        '<dgm:alg type="lin"><dgm:param type="linDir" val="fromR"/>'
        '<dgm:param type="nodeVertAlign" val="t"/></dgm:alg></dgm:else></dgm:choose>'
        '<dgm:shape xmlns:r="' + NS_R + '" r:blip=""><dgm:adjLst/></dgm:shape><dgm:presOf/>'
        '<dgm:constrLst><dgm:constr type="w" for="ch" forName="composite" refType="w"/>'
        '<dgm:constr type="h" for="ch" forName="composite" refType="h"/>'
        '<dgm:constr type="w" for="ch" forName="space" refType="w" refFor="ch" '
        'refForName="composite" fact="0.1"/>'
        '<dgm:constr type="h" for="des" forName="parTx" op="equ"/>'
        '<dgm:constr type="h" for="des" forName="desTx" op="equ"/>'
        '<dgm:constr type="primFontSz" for="des" forName="parTx" val="65"/>'
        '<dgm:constr type="secFontSz" for="des" forName="desTx" refType="primFontSz" refFor="des" '
        'refForName="parTx" op="equ"/></dgm:constrLst><dgm:ruleLst/>'
        '<dgm:forEach name="Name4" axis="ch" ptType="node"><dgm:layoutNode name="composite">'
        '<dgm:alg type="composite"/><dgm:shape xmlns:r="' + NS_R + '" r:blip=""><dgm:adjLst/>'
        "</dgm:shape><dgm:presOf/><dgm:constrLst>"
        '<dgm:constr type="l" for="ch" forName="parTx"/>'
        '<dgm:constr type="w" for="ch" forName="parTx" refType="w"/>'
        '<dgm:constr type="t" for="ch" forName="parTx"/>'
        '<dgm:constr type="h" for="ch" forName="parTx" refType="w" fact="0.4"/>'
        '<dgm:constr type="l" for="ch" forName="desTx"/>'
        '<dgm:constr type="w" for="ch" forName="desTx" refType="w"/>'
        '<dgm:constr type="t" for="ch" forName="desTx" refType="h" refFor="ch" refForName="parTx"/>'
        '<dgm:constr type="h" for="ch" forName="desTx" refType="h"/></dgm:constrLst><dgm:ruleLst/>'
        '<dgm:layoutNode name="parTx" styleLbl="alignNode1"><dgm:varLst><dgm:chMax val="0"/>'
        '<dgm:chPref val="0"/><dgm:bulletEnabled val="1"/></dgm:varLst><dgm:alg type="tx"/>'
        '<dgm:shape xmlns:r="' + NS_R + '" type="rect" r:blip=""><dgm:adjLst/></dgm:shape>'
        '<dgm:presOf axis="self"/><dgm:constrLst><dgm:constr type="h" refType="w" op="gte" '
        'fact="0.4"/><dgm:constr type="h" refType="w" op="lte" fact="0.4"/></dgm:constrLst>'
        '<dgm:ruleLst><dgm:rule type="h" val="INF" fact="NaN" max="NaN"/></dgm:ruleLst>'
        '</dgm:layoutNode><dgm:layoutNode name="desTx" styleLbl="alignAccFollowNode1">'
        '<dgm:varLst><dgm:bulletEnabled val="1"/></dgm:varLst><dgm:alg type="tx">'
        '<dgm:param type="stBulletLvl" val="1"/></dgm:alg><dgm:shape xmlns:r="' + NS_R + '" '
        'type="rect" r:blip=""><dgm:adjLst/></dgm:shape><dgm:presOf axis="des" ptType="node"/>'
        '<dgm:constrLst><dgm:constr type="secFontSz" val="65"/><dgm:constr type="primFontSz" '
        'refType="secFontSz"/></dgm:constrLst><dgm:ruleLst><dgm:rule type="h" val="INF" '
        'fact="NaN" max="NaN"/></dgm:ruleLst></dgm:layoutNode></dgm:layoutNode>'
        '<dgm:forEach name="Name5" axis="followSib" ptType="sibTrans" cnt="1">'
        '<dgm:layoutNode name="space"><dgm:alg type="sp"/><dgm:shape xmlns:r="' + NS_R + '" '
        'r:blip=""><dgm:adjLst/></dgm:shape><dgm:presOf/><dgm:constrLst/><dgm:ruleLst/>'
        "</dgm:layoutNode></dgm:forEach></dgm:forEach></dgm:layoutNode>"
    )


def _layout_vlist() -> str:
    return (
        '<dgm:layoutNode name="linear"><dgm:varLst><dgm:animLvl val="lvl"/>'
        '<dgm:resizeHandles val="exact"/></dgm:varLst><dgm:alg type="lin">'
        '<dgm:param type="linDir" val="fromT"/><dgm:param type="vertAlign" val="mid"/></dgm:alg>'
        '<dgm:shape xmlns:r="' + NS_R + '" r:blip=""><dgm:adjLst/></dgm:shape><dgm:presOf/>'
        '<dgm:constrLst><dgm:constr type="w" for="ch" forName="parentText" refType="w"/>'
        '<dgm:constr type="h" for="ch" forName="parentText" refType="primFontSz" refFor="ch" '
        'refForName="parentText" fact="0.52"/>'
        '<dgm:constr type="w" for="ch" forName="childText" refType="w"/>'
        '<dgm:constr type="h" for="ch" forName="childText" refType="primFontSz" refFor="ch" '
        'refForName="parentText" fact="0.46"/>'
        '<dgm:constr type="h" for="ch" forName="parentText" op="equ"/>'
        '<dgm:constr type="primFontSz" for="ch" forName="parentText" op="equ" val="65"/>'
        '<dgm:constr type="primFontSz" for="ch" forName="childText" refType="primFontSz" '
        'refFor="ch" refForName="parentText" op="equ"/>'
        '<dgm:constr type="h" for="ch" forName="spacer" refType="primFontSz" refFor="ch" '
        'refForName="parentText" fact="0.08"/>'
        '<dgm:constr type="h" for="ch" forName="spacer" op="equ"/></dgm:constrLst>'
        '<dgm:ruleLst><dgm:rule type="primFontSz" for="ch" forName="parentText" val="5" '
        'fact="NaN" max="NaN"/></dgm:ruleLst>'
        '<dgm:forEach name="Name0" axis="ch" ptType="node">'
        '<dgm:layoutNode name="parentText" styleLbl="node1"><dgm:varLst><dgm:chMax val="0"/>'
        '<dgm:bulletEnabled val="1"/></dgm:varLst><dgm:alg type="tx">'
        '<dgm:param type="parTxLTRAlign" val="l"/><dgm:param type="parTxRTLAlign" val="r"/>'
        '</dgm:alg><dgm:shape xmlns:r="' + NS_R + '" type="roundRect" r:blip=""><dgm:adjLst/>'
        '</dgm:shape><dgm:presOf axis="self"/><dgm:constrLst>'
        '<dgm:constr type="tMarg" refType="primFontSz" fact="0.3"/>'
        '<dgm:constr type="bMarg" refType="primFontSz" fact="0.3"/>'
        '<dgm:constr type="lMarg" refType="primFontSz" fact="0.3"/>'
        '<dgm:constr type="rMarg" refType="primFontSz" fact="0.3"/></dgm:constrLst>'
        '<dgm:ruleLst><dgm:rule type="h" val="INF" fact="NaN" max="NaN"/></dgm:ruleLst>'
        '</dgm:layoutNode><dgm:choose name="Name1"><dgm:if name="Name2" axis="ch" ptType="node" '
        'func="cnt" op="gte" val="1"><dgm:layoutNode name="childText" styleLbl="revTx">'
        '<dgm:varLst><dgm:bulletEnabled val="1"/></dgm:varLst><dgm:alg type="tx">'
        '<dgm:param type="stBulletLvl" val="1"/><dgm:param type="lnSpAfChP" val="20"/></dgm:alg>'
        '<dgm:shape xmlns:r="' + NS_R + '" type="rect" r:blip=""><dgm:adjLst/></dgm:shape>'
        '<dgm:presOf axis="des" ptType="node"/><dgm:constrLst>'
        '<dgm:constr type="tMarg" refType="primFontSz" fact="0.1"/>'
        '<dgm:constr type="bMarg" refType="primFontSz" fact="0.1"/>'
        '<dgm:constr type="lMarg" refType="w" fact="0.09"/></dgm:constrLst>'
        '<dgm:ruleLst><dgm:rule type="h" val="INF" fact="NaN" max="NaN"/></dgm:ruleLst>'
        '</dgm:layoutNode></dgm:if><dgm:else name="Name3"/></dgm:choose>'
        '<dgm:forEach name="Name4" axis="followSib" ptType="sibTrans" cnt="1">'
        '<dgm:layoutNode name="spacer"><dgm:alg type="sp"/><dgm:shape xmlns:r="' + NS_R + '" '
        'r:blip=""><dgm:adjLst/></dgm:shape><dgm:presOf/><dgm:constrLst/><dgm:ruleLst/>'
        "</dgm:layoutNode></dgm:forEach></dgm:forEach></dgm:layoutNode>"
    )


# the layout trees: hList1 is PowerPoint's Horizontal Bullet List, vList2 its Vertical Bullet List
LAYOUTS = {"hList1": _layout_hlist, "vList2": _layout_vlist}


def _layout_xml(layout: str) -> bytes:
    tree = LAYOUTS[layout]
    samp = (
        '<dgm:dataModel><dgm:ptLst><dgm:pt modelId="0" type="doc"/><dgm:pt modelId="1">'
        '<dgm:prSet phldr="1"/></dgm:pt><dgm:pt modelId="11"><dgm:prSet phldr="1"/>'
        '</dgm:pt><dgm:pt modelId="2"><dgm:prSet phldr="1"/></dgm:pt><dgm:pt modelId="21">'
        '<dgm:prSet phldr="1"/></dgm:pt></dgm:ptLst><dgm:cxnLst>'
        '<dgm:cxn modelId="4" srcId="0" destId="1" srcOrd="0" destOrd="0"/>'
        '<dgm:cxn modelId="5" srcId="0" destId="2" srcOrd="1" destOrd="0"/>'
        '<dgm:cxn modelId="12" srcId="1" destId="11" srcOrd="0" destOrd="0"/>'
        '<dgm:cxn modelId="23" srcId="2" destId="21" srcOrd="0" destOrd="0"/>'
        "</dgm:cxnLst><dgm:bg/><dgm:whole/></dgm:dataModel>"
    )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
        f'<dgm:layoutDef xmlns:dgm="{NS_DGM}" xmlns:a="{NS_A}" '
        f'uniqueId="{URN}layout/{layout}"><dgm:title val=""/><dgm:desc val=""/>'
        '<dgm:catLst><dgm:cat type="list" pri="'
        + ("15000" if layout == "hList1" else "3000")
        + '"/><dgm:cat type="convert" pri="1000"/></dgm:catLst>'
        f"<dgm:sampData>{samp}</dgm:sampData>"
        '<dgm:styleData><dgm:dataModel><dgm:ptLst><dgm:pt modelId="0" type="doc"/>'
        '<dgm:pt modelId="1"/><dgm:pt modelId="2"/></dgm:ptLst><dgm:cxnLst>'
        '<dgm:cxn modelId="3" srcId="0" destId="1" srcOrd="0" destOrd="0"/>'
        '<dgm:cxn modelId="4" srcId="0" destId="2" srcOrd="1" destOrd="0"/></dgm:cxnLst>'
        "<dgm:bg/><dgm:whole/></dgm:dataModel></dgm:styleData>"
        f"<dgm:clrData>{samp}</dgm:clrData>" + tree() + "</dgm:layoutDef>"
    ).encode()


STYLE_LABELS = [
    "node0",
    "node1",
    "alignNode1",
    "revTx",
    "alignAccFollowNode1",
    "sibTrans2D1",
    "parChTrans1D1",
    "bgShp",
]


def _quickstyle_xml() -> bytes:
    labels = "".join(
        f'<dgm:styleLbl name="{lbl}"><dgm:scene3d><a:camera prst="orthographicFront"/>'
        '<a:lightRig rig="threePt" dir="t"/></dgm:scene3d><dgm:sp3d/><dgm:txPr/>'
        f'<dgm:style><a:lnRef idx="{0 if lbl == "revTx" else 2}"><a:scrgbClr r="0" g="0" b="0"/>'
        f'</a:lnRef><a:fillRef idx="{0 if lbl == "revTx" else 1}"><a:scrgbClr r="0" g="0" b="0"/>'
        '</a:fillRef><a:effectRef idx="0"><a:scrgbClr r="0" g="0" b="0"/></a:effectRef>'
        '<a:fontRef idx="minor"/></dgm:style></dgm:styleLbl>'
        for lbl in STYLE_LABELS
    )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
        f'<dgm:styleDef xmlns:dgm="{NS_DGM}" xmlns:a="{NS_A}" '
        f'uniqueId="{URN}quickstyle/simple1"><dgm:title val=""/><dgm:desc val=""/>'
        '<dgm:catLst><dgm:cat type="simple" pri="10100"/></dgm:catLst><dgm:scene3d>'
        '<a:camera prst="orthographicFront"/><a:lightRig rig="threePt" dir="t"/></dgm:scene3d>'
        '<dgm:styleLbl name="doc"><dgm:scene3d><a:camera prst="orthographicFront"/>'
        '<a:lightRig rig="threePt" dir="t"/></dgm:scene3d><dgm:sp3d/><dgm:txPr/><dgm:style>'
        '<a:lnRef idx="0"><a:scrgbClr r="0" g="0" b="0"/></a:lnRef><a:fillRef idx="0">'
        '<a:scrgbClr r="0" g="0" b="0"/></a:fillRef><a:effectRef idx="0">'
        '<a:scrgbClr r="0" g="0" b="0"/></a:effectRef><a:fontRef idx="minor"/></dgm:style>'
        f"</dgm:styleLbl>{labels}</dgm:styleDef>"
    ).encode()


def _colors_xml() -> bytes:
    def lbl(name: str, fill: str, line: str, text: str) -> str:
        return (
            f'<dgm:styleLbl name="{name}"><dgm:fillClrLst meth="repeat">{fill}</dgm:fillClrLst>'
            f'<dgm:linClrLst meth="repeat">{line}</dgm:linClrLst><dgm:effectClrLst/>'
            '<dgm:txLinClrLst/><dgm:txFillClrLst meth="repeat">'
            f"{text}</dgm:txFillClrLst><dgm:txEffectClrLst/></dgm:styleLbl>"
        )

    accent = '<a:schemeClr val="accent1"/>'
    light = '<a:schemeClr val="lt1"/>'
    dark = '<a:schemeClr val="dk1"/>'
    tint = '<a:schemeClr val="accent1"><a:alpha val="90000"/><a:tint val="40000"/></a:schemeClr>'
    labels = (
        lbl("node0", accent, light, light)
        + lbl("node1", accent, light, light)
        + lbl("alignNode1", accent, accent, light)
        + lbl(
            "revTx",
            '<a:schemeClr val="lt1"><a:alpha val="0"/></a:schemeClr>',
            '<a:schemeClr val="dk1"><a:alpha val="0"/></a:schemeClr>',
            dark,
        )
        + lbl("alignAccFollowNode1", tint, tint, dark)
        + lbl("sibTrans2D1", tint, tint, light)
        + lbl("parChTrans1D1", accent, accent, dark)
        + lbl("bgShp", tint, accent, dark)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
        f'<dgm:colorsDef xmlns:dgm="{NS_DGM}" xmlns:a="{NS_A}" '
        f'uniqueId="{URN}colors/accent1_2"><dgm:title val=""/><dgm:desc val=""/>'
        '<dgm:catLst><dgm:cat type="accent1" pri="11200"/></dgm:catLst>'
        + lbl("doc", light, light, dark)
        + labels
        + "</dgm:colorsDef>"
    ).encode()


_DIAGRAMS: list[int] = []


def smartart(
    slide,
    key: str,
    layout: str,
    nodes: Nodes,
    box: tuple[float, float, float, float],
) -> None:
    """Put a SmartArt graphic on ``slide``: the five diagram parts, related from the slide,
    and a graphic frame naming them."""
    n = len(_DIAGRAMS) + 1
    _DIAGRAMS.append(n)
    x, y, w, h = box
    make: Callable[[str, Nodes, float, float], tuple[bytes, _Model, str]] = (
        _hlist if layout == "hList1" else _vlist
    )
    drawing, model, doc = make(key, nodes, w, h)
    package = slide.part.package

    def part(name: str, content_type: str, blob: bytes) -> Part:
        return Part(PackURI(f"/ppt/diagrams/{name}{n}.xml"), content_type, package, blob)

    data = part("data", CT + "diagramData+xml", b"")
    rid_dm = slide.part.relate_to(data, RT + "diagramData")
    rid_lo = slide.part.relate_to(
        part("layout", CT + "diagramLayout+xml", _layout_xml(layout)), RT + "diagramLayout"
    )
    rid_qs = slide.part.relate_to(
        part("quickStyle", CT + "diagramStyle+xml", _quickstyle_xml()), RT + "diagramQuickStyle"
    )
    rid_cs = slide.part.relate_to(
        part("colors", CT + "diagramColors+xml", _colors_xml()), RT + "diagramColors"
    )
    rid_dr = slide.part.relate_to(part("drawing", CT_DRAWING, drawing), RT_DRAWING)
    data._blob = _data_xml(model, doc, rid_dr)

    tree = slide.shapes._spTree
    ids = [int(e.get("id")) for e in tree.iter(f"{{{NS_P}}}cNvPr")]
    sid = max(ids, default=1) + 1
    frame = etree.fromstring(
        f'<p:graphicFrame xmlns:p="{NS_P}" xmlns:a="{NS_A}" xmlns:r="{NS_R}">'
        f'<p:nvGraphicFramePr><p:cNvPr id="{sid}" name="Diagram {sid - 1}"/>'
        "<p:cNvGraphicFramePr/><p:nvPr/></p:nvGraphicFramePr>"
        f'<p:xfrm><a:off x="{_ln(x)}" y="{_ln(y)}"/><a:ext cx="{_ln(w)}" cy="{_ln(h)}"/></p:xfrm>'
        f'<a:graphic><a:graphicData uri="{URI_DIAGRAM}"><dgm:relIds xmlns:dgm="{NS_DGM}" '
        f'r:dm="{rid_dm}" r:lo="{rid_lo}" r:qs="{rid_qs}" r:cs="{rid_cs}"/></a:graphicData>'
        "</a:graphic></p:graphicFrame>"
    )
    tree.append(frame)


# =========================================================================== the slides

PILLARS: Nodes = [
    (
        "Order fresh by the data",
        [
            "Move fresh ordering from StoreOrder to Orderwell Fresh",
            "Correct shelf-life data on 3,400 own-label fresh lines",
            "Forecast by day of week and weather",
        ],
    ),
    (
        "Reduce to clear, by the rules",
        [
            "Write reduce-to-clear rules for each department",
            "Put the markdown rules into Clearline",
            "Bring Clearline to the 79 Local stores",
        ],
    ),
    (
        "Bake to the hour",
        [
            "Bake plans by the hour from till data",
            "Cut the bread range from 64 to 48 lines",
            "Last full bake by 2pm, then bake to the shelf",
        ],
    ),
    (
        "Give surplus a second life",
        [
            "Daily Second Helping collections from every store in reach",
            "Record every donation by scan at the back door",
            "Send DC surplus to Second Helping\u2019s depots",
        ],
    ),
    (
        "Routines colleagues own",
        [
            "Six fresh routines in place of the 40-page manual",
            "Level 2 food hygiene for every fresh colleague",
            "A 4pm gap walk in every store",
        ],
    ),
]

FIRST_100: Nodes = [
    (
        "Days 1\u201330",
        [
            "Sign the Orderwell Fresh licence (Head of IT)",
            "Baseline waste and 4pm gaps in all 141 stores (Fresh Replenishment Mgr)",
            "Start copying waste scans into Keelson (Data and Insight Manager)",
        ],
    ),
    (
        "Days 31\u201360",
        [
            "Load corrected shelf-life data for Wansdale lines (Technical Manager)",
            "Write the reduce-to-clear rules for six departments (Head of Pricing)",
            "Consult NUSAW on new bakery start times (Retail Ops Director)",
        ],
    ),
    (
        "Days 61\u2013100",
        [
            "Train Wansdale department managers on Orderwell Fresh (L&D Manager)",
            "Agree daily collection slots with Second Helping (Sustainability Lead)",
            "Recruit the fresh forecasting analyst (Supply Chain Director)",
        ],
    ),
]


def s01(slide, n):
    head = slide.shapes.title
    head.left, head.top, head.width, head.height = (
        Inches(0.9),
        Inches(2.2),
        Inches(11.5),
        Inches(1.3),
    )
    p = head.text_frame.paragraphs[0]
    p.alignment = PP_ALIGN.LEFT
    _run(p, "Fresh First 2029\u201331", 48, True, GREEN)
    sub = slide.placeholders[1]
    sub.left, sub.top, sub.width, sub.height = Inches(0.9), Inches(3.5), Inches(11.5), Inches(0.7)
    q = sub.text_frame.paragraphs[0]
    q.alignment = PP_ALIGN.LEFT
    _run(q, "Fuller fresh shelves, less food in the bin", 26, False, LEAF)
    textbox(slide, 0.9, 1.6, 8.0, 0.5, ["GREAVESBY\u2019S SUPERMARKETS"], 14, True, LEAF)
    textbox(
        slide,
        0.9,
        4.6,
        11.0,
        1.5,
        [
            "Fresh availability and waste plan for FY29 and FY30",
            "Board of Directors \u00b7 14 February 2029 \u00b7 Paper B29/04",
            "Claire Mowbray, Retail Operations Director",
        ],
        16,
        color=INK,
    )


def s02(slide, n):
    title(slide, "Why now: fresh is where we lose most", n)
    body(
        slide,
        [
            (
                "\u00a313.8m of fresh food written off at cost in the 52 weeks to 27 January "
                "2029, \u00a32.1m more than two years earlier",
                0,
                False,
            ),
            ("Fresh is 38% of our sales but 71% of everything our stores throw away", 0, False),
            (
                "At four in the afternoon, roughly one fresh line in twelve has an empty slot",
                0,
                False,
            ),
            (
                "Department managers spend about two and a half hours a day keying fresh orders "
                "by hand",
                0,
                False,
            ),
            ("Our bakeries throw away one loaf in eight, most of it baked after 3pm", 0, False),
            ("Second Helping took 290 tonnes of our surplus last year, from 52 stores", 0, False),
            (
                "The context: WRAP\u2019s Food Waste Reduction Roadmap asks large food businesses "
                "to target, measure and act on food waste, and the Courtauld Commitment 2030 aims "
                "to halve food waste per person by 2030 against 2007. We report to both.",
                0,
                False,
            ),
        ],
        size=18,
    )


def s03(slide, n):
    title(slide, "Three lines not to misread", n)
    body(
        slide,
        [
            (
                "History: in FY24 we cut fresh waste to 3.9% of fresh sales, then slipped back to "
                "4.6% once the trial team moved on.",
                0,
                False,
            ),
            (
                "A rival\u2019s figure: Tullbury\u2019s tells the trade press it keeps 97% of fresh "
                "lines on shelf all day.",
                0,
                False,
            ),
            (
                "A rule, not a target: use-by food cannot go to Second Helping after midnight on "
                "its date.",
                0,
                False,
            ),
            ("None of these is a target of ours; our targets are on slide 7.", 0, True),
        ],
        size=20,
    )


def s04(slide, n):
    title(slide, "Our north star", n)
    body(
        slide,
        [
            ("Fresh on the shelf when customers come, and nothing good left in the bin.", 0, True),
            ("By the close of FY30 we will:", 0, False),
            ("cut fresh waste from 4.6% to 3.2% of fresh sales", 1, False),
            ("have 96% of fresh lines on shelf at the 4pm gap scan", 1, False),
            ("order fresh automatically in all 141 stores", 1, False),
            ("redistribute 850 tonnes of surplus food a year", 1, False),
            ("make fresh routines simple enough for every colleague to own", 1, False),
            (
                "How we get there: Prove it in one cluster \u2192 Scale it region by region "
                "\u2192 Make it how we trade",
                0,
                False,
            ),
        ],
        size=20,
        sub=18,
    )


def s05(slide, n):
    title(slide, "Where it bites: three moments we fix first", n)
    body(
        slide,
        [
            (
                "The 4pm gap: produce and chilled in large stores, after the morning delivery has "
                "sold and before the evening one is out",
                0,
                False,
            ),
            (
                "The last bake: the in-store bakery\u2019s final two hours, when we still bake "
                "for shelves nobody will clear",
                0,
                False,
            ),
            (
                "The close: reduced-to-clear and surplus in Local stores, which reduce by hand "
                "and are often missed by collections",
                0,
                False,
            ),
            ("Not in scope", 0, True),
            ("Ambient grocery, frozen and drinks replenishment", 1, False),
            ("Online orders picked in store", 1, False),
            ("Caf\u00e9s, hot food and deli counters", 1, False),
            ("The six franchised forecourt shops", 1, False),
        ],
        size=18,
        sub=16,
    )


def s06(slide, n):
    title(slide, "Five ways fresh stops going to waste", n)
    smartart(slide, "pillars", "hList1", PILLARS, (0.6, 1.5, 12.1, 5.3))


KPI_ROWS = [
    ["Measure", "Baseline", "Target", "By"],
    ["Fresh waste, % of fresh sales (at cost)", "4.6%", "3.2%", "Close of FY30"],
    ["4pm fresh availability (lines on shelf at the gap scan)", "91.5%", "96%", "Close of FY30"],
    ["Stores ordering fresh in Orderwell", "0 of 141", "141 of 141", "FY30 Q2"],
    ["In-store bakery waste, % of bakery sales", "12.4%", "7.5%", "FY30 P6"],
    ["Reduced-to-clear units sold before close", "71%", "85%", "FY29 Q4"],
    ["Surplus food redistributed, tonnes a year", "290 t", "850 t", "FY30"],
    ["Stores with a daily surplus collection", "52 of 141", "120 of 141", "FY30 Q3"],
    ["Fresh colleagues holding Level 2 food hygiene", "64%", "100%", "FY29 Q4"],
    ["Colleague confidence in fresh routines", "Not yet measured", "Higher", "To be agreed"],
]


def s07(slide, n):
    title(slide, "How we will keep score", n)
    table(slide, 0.6, 1.45, [6.2, 2.0, 2.0, 1.9], KPI_ROWS, size=14, height=0.47)
    textbox(
        slide,
        0.6,
        6.35,
        12.1,
        0.5,
        [
            "Baselines: 52 weeks to 27 January 2029. A by-when is the end of the period or "
            "quarter named; FY30 closes at the end of February 2031."
        ],
        11,
        color=GREY,
    )
    notes(
        slide,
        "Waste and availability baselines come from StoreOrder via Keelson; the bakery figure "
        "covers the 62 bakeries. Surplus is stores only; DC surplus is reported separately.",
    )


def s08(slide, n):
    title(slide, "Start small, start north", n)
    body(
        slide,
        [
            (
                "Automated fresh ordering goes live first in the eight Wansdale stores, all "
                "served from Haverby DC: two large stores with bakeries and six Local stores.",
                0,
                False,
            ),
            (
                "Why Wansdale: one DC, both store formats, and an area team that ran the FY24 "
                "waste trial.",
                0,
                False,
            ),
            ("Go-live (GL) is the first day of FY29 P4.", 0, True),
            (
                "GL \u2212 6 weeks: shelf-life data checked for every fresh line the eight stores "
                "range",
                1,
                False,
            ),
            ("GL \u2212 2 weeks: department managers trained on Orderwell Fresh", 1, False),
            ("GL: first automated orders for produce, dairy and meat", 1, False),
            ("GL + 4 weeks: hand-keyed fresh orders switched off", 1, False),
            ("GL + 8 weeks: hourly bake plans in both Wansdale bakeries", 1, False),
            ("GL + 12 weeks: results to the Fresh Board for Gate 2", 1, False),
        ],
        size=18,
        sub=16,
    )


ROAD_HEAD = [
    "Workstream",
    "FY29 Q1",
    "FY29 Q2",
    "FY29 Q3",
    "FY29 Q4",
    "FY30 Q1",
    "FY30 Q2",
    "FY30 Q3",
    "FY30 Q4",
    "Future years",
]
MARK = "\u25a0 "
ROAD_ROWS = [
    ROAD_HEAD,
    [
        "Phase",
        "Prove it in Wansdale",
        "",
        "Scale it region by region",
        "",
        "",
        "",
        "Make it how we trade",
        "",
        "Not in this plan",
    ],
    [
        "Fresh ordering",
        MARK + "set-up",
        MARK + "Wansdale",
        MARK + "North",
        MARK + "North",
        MARK + "South",
        MARK + "South",
        MARK + "tune",
        MARK + "tune",
        "Supplier-managed chilled stock",
    ],
    [
        "Markdown",
        MARK + "rules",
        MARK + "Wansdale",
        MARK + "large stores",
        MARK + "large stores",
        MARK + "Local stores",
        MARK + "Local stores",
        "",
        "",
        "Electronic shelf labels",
    ],
    ["Bakery", "", MARK + "Wansdale", "\u25c6 62 bakeries", "", "", "", "", "", ""],
    [
        "Surplus",
        MARK + "slots",
        MARK + "scans",
        MARK + "North",
        MARK + "North",
        MARK + "South",
        MARK + "second partner",
        "",
        "",
        "A surplus app for shoppers",
    ],
    [
        "Routines and training",
        MARK + "Level 2",
        MARK + "Wansdale",
        MARK + "North",
        MARK + "North",
        MARK + "South",
        MARK + "South",
        MARK + "refresh",
        MARK + "refresh",
        "",
    ],
    ["Gates", "G1 end P3", "", "", "", "", "G3 end Q2", "", "", ""],
]
PHASE_SPANS = [(1, 2), (3, 6), (7, 8)]


def s09(slide, n):
    title(slide, "The road to the close of FY30", n)
    textbox(
        slide,
        0.6,
        1.3,
        12.1,
        0.4,
        [
            "FY29 starts 1 March 2029; Q1 is periods 1\u20133. Periods run 4-4-5 weeks, so a "
            "quarter is 13 weeks and a half-year 26."
        ],
        12,
        color=GREY,
    )
    tab = table(slide, 0.6, 1.75, [1.75] + [1.07] * 8 + [1.79], ROAD_ROWS, size=10, height=0.36)
    for a, b in PHASE_SPANS:
        tab.cell(1, a).merge(tab.cell(1, b))
    textbox(
        slide,
        0.6,
        5.5,
        12.1,
        1.4,
        [
            "Phase 1 \u00b7 FY29 H1 \u00b7 Prove it in Wansdale",
            "Phase 2 \u00b7 FY29 H2 \u2013 FY30 Q2 \u00b7 Scale it region by region",
            "Phase 3 \u00b7 FY30 Q3 onwards \u00b7 Make it how we trade, to the close of FY30",
            "\u25c6 Milestone: hourly bake plans in all 62 bakeries before Christmas trading 2029",
        ],
        13,
        color=INK,
    )
    notes(
        slide,
        "No store go-lives in P10 and P11 (Christmas and New Year trading). The Future years "
        "column is for the Board\u2019s information only and is not part of this plan.",
    )


def s10(slide, n):
    title(slide, "How we\u2019ll know it\u2019s safe to go further", n)
    body(
        slide,
        [
            ("Gate 1 \u00b7 Ready for Wansdale (end of P3)", 0, True),
            ("Orderwell Fresh licensed and tested on Wansdale data", 1, False),
            ("Shelf-life data correct for every line the eight stores range", 1, False),
            ("NUSAW and the Colleague Voice Forum consulted on the new routines", 1, False),
            ("Gate 2 \u00b7 Scale decision", 0, True),
            ("Wansdale fresh waste down by a fifth against its baseline", 1, False),
            ("4pm availability at 95% or better in all eight stores", 1, False),
            (
                "Both held for eight weeks, with no hand-keyed fresh orders, by the end of P6",
                1,
                False,
            ),
            ("Gate 3 \u00b7 Make it normal (end of FY30 Q2)", 0, True),
            ("All 141 stores ordering fresh in Orderwell", 1, False),
            ("StoreOrder fresh ordering switched off", 1, False),
            ("Benefits signed off by the Finance Director", 1, False),
        ],
        size=18,
        sub=15,
    )


RISK_ROWS = [
    ["Risk", "Likelihood", "Mitigation"],
    [
        "Waste history lost before we can compare it",
        "High",
        "Copy waste scans into Keelson each period from P1",
    ],
    [
        "Automated orders go wrong in a store\u2019s first weeks",
        "Medium",
        "Run hand-keyed orders in parallel for four weeks in each store",
    ],
    [
        "Far stores out of Second Helping\u2019s reach",
        "High",
        "Agree a second redistribution partner for the far stores",
    ],
    [
        "Use-by food donated too late",
        "Low",
        "Print the donation cut-off on every surplus crate label",
    ],
    [
        "Orderwell\u2019s team busy when we need them",
        "Medium",
        "Book Orderwell\u2019s implementation team before we sign",
    ],
    [
        "Colleagues feel the change is done to them",
        "Medium",
        "Forum members test each routine in Wansdale first",
    ],
]


def s11(slide, n):
    title(slide, "What could spoil it", n)
    table(slide, 0.6, 1.5, [4.6, 1.6, 5.9], RISK_ROWS, size=14, height=0.62)


def s12(slide, n):
    title(slide, "Clearing the decks: our first 100 days", n)
    smartart(slide, "first100", "vList2", FIRST_100, (0.6, 1.4, 12.1, 5.05))
    textbox(
        slide,
        0.6,
        6.55,
        12.1,
        0.4,
        ["Day 1 is 1 March 2029; day 100 falls early in P4, just after go-live in Wansdale."],
        11,
        color=GREY,
    )


def s13(slide, n):
    title(slide, "What changes on Monday", n)
    body(
        slide,
        [
            ("From go-live in Wansdale, and in each region as it follows:", 0, True),
            (
                "Department managers check the suggested fresh order on the handheld instead of "
                "keying it",
                1,
                False,
            ),
            ("Reductions happen at 2pm and 6pm, in the steps Clearline shows", 1, False),
            ("Bakers start at 6am, not 4am, and bake to the hourly plan", 1, False),
            ("Every store walks its fresh aisles at 4pm and logs gaps on the handheld", 1, False),
            (
                "Surplus crates are scanned at the back door and go out with the evening "
                "collection",
                1,
                False,
            ),
        ],
        size=20,
        sub=18,
    )


def s14(slide, n):
    title(slide, "Who decides", n)
    body(
        slide,
        [
            (
                "Sponsor: Claire Mowbray, Retail Operations Director, who chairs the Fresh Board",
                0,
                False,
            ),
            (
                "The Fresh Board meets once a period and decides each gate: go, hold or stop",
                0,
                False,
            ),
            (
                "Members: Commercial, Supply Chain, Finance, IT and Bakery, with both Store "
                "Operations Managers",
                0,
                False,
            ),
            (
                "NUSAW and the Colleague Voice Forum are consulted before every gate; they advise "
                "and do not sign off",
                0,
                False,
            ),
            (
                "The Executive Committee sees the scorecard each quarter, and the Board hears at "
                "each gate",
                0,
                False,
            ),
        ],
        size=20,
    )


def s15(slide, n):
    title(slide, "What it costs and what it returns", n)
    body(
        slide,
        [
            ("Capital: \u00a33.4m over FY29 and FY30", 0, False),
            ("Orderwell Fresh licence and set-up: \u00a31.6m", 1, False),
            ("Handhelds and label printers for the 79 Local stores: \u00a31.1m", 1, False),
            ("Bakery scales and oven timers: \u00a30.7m", 1, False),
            ("Running cost: \u00a30.6m a year from FY30", 0, False),
            (
                "Benefit: about \u00a36.1m a year once every store runs the new routines, from FY31",
                0,
                False,
            ),
            ("Payback: inside 20 months of the start of Phase 2", 0, False),
        ],
        size=20,
        sub=18,
    )


def s16(slide, n):
    title(slide, "What we ask of the Board today", n)
    body(
        slide,
        [
            (
                "Approve Fresh First for FY29 and FY30, to the close of FY30 (end of February "
                "2031)",
                0,
                False,
            ),
            ("Release \u00a31.9m of capital for Phase 1 and the Orderwell Fresh licence", 0, False),
            (
                "Delegate the gate decisions to the Fresh Board, with the Board told at each gate",
                0,
                False,
            ),
            (
                "Note that results from the first cluster come to the Board in September 2029",
                0,
                False,
            ),
        ],
        size=20,
    )


SLIDES: list[tuple[str, Callable]] = [
    ("Title Slide", s01),
    ("Title and Content", s02),
    ("Title and Content", s03),
    ("Title and Content", s04),
    ("Title and Content", s05),
    ("Title Only", s06),
    ("Title Only", s07),
    ("Title and Content", s08),
    ("Title Only", s09),
    ("Title and Content", s10),
    ("Title Only", s11),
    ("Title Only", s12),
    ("Title and Content", s13),
    ("Title and Content", s14),
    ("Title and Content", s15),
    ("Title and Content", s16),
]


# =========================================================================== the package


def _rescale_layouts(prs) -> None:
    """The Office Theme's master and layouts, drawn for 4:3, stretched to 16:9."""
    for part in [prs.slide_master, *prs.slide_layouts]:
        for el in part._element.iter(f"{{{NS_A}}}off", f"{{{NS_A}}}ext"):
            for attr in ("x", "cx"):
                if el.get(attr) is not None:
                    el.set(attr, str(int(round(int(el.get(attr)) * WIDE / 9144000))))


def _creation_ids(prs) -> None:
    """What PowerPoint for Microsoft 365 stamps: an a16:creationId on every shape, a
    p14:creationId on every slide."""
    for k, slide in enumerate(prs.slides, start=1):
        for c in slide._element.iter(f"{{{NS_P}}}cNvPr"):
            ext = etree.SubElement(
                etree.SubElement(c, f"{{{NS_A}}}extLst"),
                f"{{{NS_A}}}ext",
                uri="{FF2B5EF4-FFF2-40B4-BE49-F238E27FC236}",
            )
            etree.SubElement(
                ext,
                f"{{{NS_A16}}}creationId",
                id=guid(f"shape:{k}:{c.get('id')}"),
                nsmap={"a16": NS_A16},
            )
        ext = etree.SubElement(
            etree.SubElement(slide._element, f"{{{NS_P}}}extLst"),
            f"{{{NS_P}}}ext",
            uri="{BB962C8B-B14F-4D97-AF65-F5344CB8AC3E}",
        )
        etree.SubElement(
            ext,
            f"{{{NS_P14}}}creationId",
            val=str(uuid.uuid5(GUID_NS, f"slide{k}").int % 4294967295),
            nsmap={"p14": NS_P14},
        )


def _app_xml(titles: list[str], words: int, paragraphs: int, notes_n: int) -> bytes:
    parts = ["Aptos", "Aptos Display", "Arial", "Office Theme", *titles]
    lp = "".join(f"<vt:lpstr>{escape(t)}</vt:lpstr>" for t in parts)
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
        'extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/'
        '2006/docPropsVTypes"><TotalTime>1637</TotalTime>'
        f"<Words>{words}</Words><Application>Microsoft Office PowerPoint</Application>"
        f"<PresentationFormat>Widescreen</PresentationFormat><Paragraphs>{paragraphs}"
        f"</Paragraphs><Slides>{len(titles)}</Slides><Notes>{notes_n}</Notes>"
        "<HiddenSlides>0</HiddenSlides><MMClips>0</MMClips><ScaleCrop>false</ScaleCrop>"
        '<HeadingPairs><vt:vector size="6" baseType="variant"><vt:variant><vt:lpstr>Fonts Used'
        "</vt:lpstr></vt:variant><vt:variant><vt:i4>3</vt:i4></vt:variant><vt:variant>"
        "<vt:lpstr>Theme</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant>"
        "<vt:variant><vt:lpstr>Slide Titles</vt:lpstr></vt:variant><vt:variant>"
        f"<vt:i4>{len(titles)}</vt:i4></vt:variant></vt:vector></HeadingPairs>"
        f'<TitlesOfParts><vt:vector size="{len(parts)}" baseType="lpstr">{lp}</vt:vector>'
        "</TitlesOfParts><Company>Greavesby\u2019s Supermarkets Ltd</Company>"
        "<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>"
        "<HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0000</AppVersion>"
        "</Properties>"
    ).encode()


THEME_COLOURS = (
    '<a:clrScheme name="Office"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1>'
    '<a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="0E2841"/>'
    '</a:dk2><a:lt2><a:srgbClr val="E8E8E8"/></a:lt2><a:accent1><a:srgbClr val="156082"/>'
    '</a:accent1><a:accent2><a:srgbClr val="E97132"/></a:accent2><a:accent3>'
    '<a:srgbClr val="196B24"/></a:accent3><a:accent4><a:srgbClr val="0F9ED5"/></a:accent4>'
    '<a:accent5><a:srgbClr val="A02B93"/></a:accent5><a:accent6><a:srgbClr val="4EA72E"/>'
    '</a:accent6><a:hlink><a:srgbClr val="467886"/></a:hlink><a:folHlink>'
    '<a:srgbClr val="96607D"/></a:folHlink></a:clrScheme>'
)


def _theme(data: bytes) -> bytes:
    """The 2023 Office Theme as PowerPoint for Microsoft 365 writes it: its colours, Aptos
    Display for headings and Aptos for body text."""
    text = data.decode("utf-8")
    text = re.sub(r"<a:clrScheme .*?</a:clrScheme>", THEME_COLOURS, text, flags=re.S)
    text = re.sub(
        r'(<a:majorFont><a:latin typeface=")[^"]*"', r'\g<1>Aptos Display"', text, count=1
    )
    text = re.sub(r'(<a:minorFont><a:latin typeface=")[^"]*"', r'\g<1>Aptos"', text, count=1)
    return text.encode("utf-8")


def build_deck() -> bytes:
    _DIAGRAMS.clear()
    prs = Presentation()
    prs.slide_width, prs.slide_height = Emu(WIDE), Emu(HIGH)
    prs.part._element.find(f"{{{NS_P}}}sldSz").attrib.pop("type", None)
    _rescale_layouts(prs)
    for rid, rel in list(prs.part.rels.items()):
        if rel.reltype.endswith("/printerSettings"):
            prs.part.rels.pop(rid)
    layouts = {layout.name: layout for layout in prs.slide_layouts}
    titles: list[str] = []
    for n, (layout, make) in enumerate(SLIDES, start=1):
        slide = prs.slides.add_slide(layouts[layout])
        make(slide, n)
        titles.append(slide.shapes.title.text_frame.text)
    _creation_ids(prs)
    words = paragraphs = notes_n = 0
    for slide in prs.slides:
        notes_n += slide.has_notes_slide
        for p in slide._element.iter(f"{{{NS_A}}}p"):
            text = "".join(t.text or "" for t in p.iter(f"{{{NS_A}}}t"))
            if text.strip():
                paragraphs += 1
                words += len(text.split())
    for nodes in (PILLARS, FIRST_100):
        for parent, children in nodes:
            for text in [parent, *children]:
                paragraphs += 1
                words += len(text.split())
    core = prs.core_properties
    core.author = "Claire Mowbray"
    core.last_modified_by = "Joanne Pike"
    core.title = "Fresh First 2029-31"
    core.subject = ""
    core.keywords = ""
    core.comments = ""
    core.category = ""
    core.revision = 41
    buffer = io.BytesIO()
    prs.save(buffer)
    src = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for name in sorted(src.namelist()):
            data = src.read(name)
            if name == "docProps/app.xml":
                data = _app_xml(titles, words, paragraphs, notes_n)
            elif name == "ppt/theme/theme1.xml":
                data = _theme(data)
            dst.writestr(name, data)
    return normalize_zip(out.getvalue(), STAMP)


# =========================================================================== the org folder

HEADCOUNT_HEAD = [
    "Employee number",
    "Name",
    "Post title",
    "Department",
    "Line manager's post",
    "Remit",
]
NOT_MANAGED = "Not managed in this role"
FRESH_REPL = (
    "Store fresh ordering: order parameters, display stock and forecasts, and the daily waste "
    "scans and 4pm gap scans kept in StoreOrder."
)
ACADEMY = (
    "Runs the Greavesby's Academy: store training plans, induction, e-learning and the "
    "quarterly colleague pulse survey."
)
PEOPLE: list[list[str]] = [
    [
        "G00112",
        "Ruth Alderton",
        "Chief Executive",
        "Executive",
        "Chair of the Board",
        "Leads the company and chairs the Executive Committee; takes programme papers to the "
        "Board.",
    ],
    [
        "G00187",
        "Claire Mowbray",
        "Retail Operations Director",
        "Retail Operations",
        "Chief Executive",
        "Runs the 141 stores through the two Store Operations Managers and the Bakery Operations "
        "Manager; executive sponsor of Fresh First (see the Fresh Board terms of reference); leads "
        "consultation with NUSAW and the Colleague Voice Forum on store routines, rotas and start "
        "times.",
    ],
    [
        "G00203",
        "Daniel Okafor",
        "Commercial Director",
        "Commercial",
        "Chief Executive",
        "Buying, fresh trading, pricing, technical and sustainability; see the commercial "
        "directorate RACI memo.",
    ],
    [
        "G00241",
        "Fiona Lisle",
        "Supply Chain Director",
        "Supply Chain",
        "Chief Executive",
        "The Haverby and Carrowfield distribution centres, transport to stores and store "
        "replenishment; approves supply chain recruitment.",
    ],
    [
        "G00259",
        "Mark Hebden",
        "Finance Director",
        "Finance",
        "Chief Executive",
        "Budgets and capital; releases programme capital when the Fresh Board passes a gate, and "
        "signs off benefits.",
    ],
    [
        "G00316",
        "Priya Sandhu",
        "Head of Fresh Trading",
        "Commercial",
        "Commercial Director",
        "Ranges, suppliers and margin for produce, meat, fish, dairy and chilled; see the "
        "commercial directorate RACI memo for fresh known loss.",
    ],
    [
        "G00342",
        "Tom Garside",
        "Head of Pricing and Promotions",
        "Commercial",
        "Commercial Director",
        "Shelf prices and promotions; for reductions see the commercial directorate RACI memo.",
    ],
    [
        "G00377",
        "Helen Brough",
        "Bakery Buying Manager",
        "Commercial",
        "Head of Fresh Trading",
        "The in-store bakery range, frozen dough and bake-off suppliers, and bakery margin.",
    ],
    [
        "G00398",
        "Samir Haddad",
        "Technical and Food Safety Manager",
        "Commercial",
        "Commercial Director",
        "Food safety, product specifications and due diligence; see the commercial directorate "
        "RACI memo.",
    ],
    [
        "G00421",
        "Joanne Pike",
        "Fresh Replenishment Manager",
        "Supply Chain",
        "Supply Chain Director",
        FRESH_REPL,
    ],
    [
        "G00436",
        "Lewis Carrick",
        "Fresh Replenishment Manager",
        "Supply Chain",
        "Supply Chain Director",
        FRESH_REPL,
    ],
    [
        "G00455",
        "Aled Rees",
        "Fresh Supply Chain Manager",
        "Supply Chain",
        "Supply Chain Director",
        "Fresh flows through Haverby and Carrowfield: DC fresh stock, delivery schedules to "
        "stores, supplier lead times, and DC surplus and waste.",
    ],
    [
        "",
        "VACANT",
        "Fresh Forecasting Analyst",
        "Supply Chain",
        "Fresh Replenishment Manager",
        "Builds and tunes fresh forecasts for produce, chilled and bakery (day of week, weather, "
        "events). The post has not yet been filled.",
    ],
    [
        "G00468",
        "Gareth Lumb",
        "Store Operations Manager, North",
        "Retail Operations",
        "Retail Operations Director",
        "The 78 stores served from Haverby DC, through six area managers: store routines, rotas, "
        "colleague deployment and standards.",
    ],
    [
        "G00471",
        "Nadia Ferris",
        "Store Operations Manager, South",
        "Retail Operations",
        "Retail Operations Director",
        "The 63 stores served from Carrowfield DC, through five area managers: store routines, "
        "rotas, colleague deployment and standards.",
    ],
    [
        "G00502",
        "Karen Dunmore",
        "Bakery Operations Manager",
        "Retail Operations",
        "Retail Operations Director",
        "Runs the 62 in-store bakeries: bake plans, production routines, bakers' rotas with store "
        "managers, and bakery waste.",
    ],
    [
        "G00517",
        "Paul Ashworth",
        "Area Manager, Wansdale",
        "Retail Operations",
        "Store Operations Manager, North",
        "The eight Wansdale stores (two large, six Local): their managers, standards and trials.",
    ],
    [
        "G00533",
        "Ben Tolley",
        "Head of IT",
        "IT",
        "Finance Director",
        "Store and head-office systems and their contracts: StoreOrder, Orderwell, Castline "
        "tills, Clearline, handhelds and label printers.",
    ],
    [
        "G00548",
        "Rachel Imrie",
        "Data and Insight Manager",
        "IT",
        "Head of IT",
        "The Keelson data warehouse and the Shelfwise reports in Power BI; the nightly feeds from "
        "tills and StoreOrder into Keelson.",
    ],
    [
        "G00561",
        "Simon Yeadon",
        "Learning and Development Manager",
        "Retail Operations",
        "Retail Operations Director",
        ACADEMY,
    ],
    [
        "G00574",
        "Laura Quayle",
        "Learning and Development Manager",
        "Retail Operations",
        "Retail Operations Director",
        ACADEMY,
    ],
    [
        "G00589",
        "Emma Ridsdale",
        "Sustainability Manager",
        "Commercial",
        "Commercial Director",
        "Food waste reporting to WRAP and for the Courtauld Commitment 2030; see the commercial "
        "directorate RACI memo for the Second Helping partnership.",
    ],
    [
        "G01873",
        "Lee Marr",
        "Branch Secretary, NUSAW Northern Stores Branch",
        "Stores (union facility time)",
        NOT_MANAGED,
        "Represents NUSAW members in our stores; consulted under the recognition agreement.",
    ],
    [
        "G02214",
        "Sue Whitlow",
        "Chair, Colleague Voice Forum",
        "Stores (elected)",
        NOT_MANAGED,
        "Chairs the Colleague Voice Forum; consulted on new store routines under its charter.",
    ],
]


def _csv(rows: Sequence[Sequence[str]]) -> bytes:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    return buffer.getvalue().encode("utf-8")


def build_headcount() -> bytes:
    return _csv([HEADCOUNT_HEAD, *PEOPLE])


MEASURES: list[list[str]] = [
    ["Measure", "Definition", "Owner", "Baseline (52 weeks to 27 Jan 2029)", "Source", "Notes"],
    [
        "Fresh known loss",
        "Fresh waste at cost as a share of fresh sales at cost",
        "Head of Fresh Trading",
        "4.6%",
        "StoreOrder waste scans via Keelson",
        "Shown each period in Shelfwise.",
    ],
    [
        "4pm fresh availability",
        "Share of fresh lines with stock on shelf at the 4pm gap scan",
        "Fresh Replenishment Manager",
        "91.5%",
        "StoreOrder gap scans",
        "The 4pm gap scan only covers produce and dairy; meat, fish and bakery lines are not "
        "scanned.",
    ],
    [
        "Automated fresh ordering",
        "Stores whose fresh orders are raised by Orderwell",
        "Fresh Replenishment Manager",
        "0 of 141",
        "Orderwell",
        "",
    ],
    [
        "Bakery waste",
        "Bakery waste at cost as a share of bakery sales, 62 bakeries",
        "Bakery Operations Manager",
        "12.4%",
        "StoreOrder waste scans via Keelson",
        "",
    ],
    [
        "Reduced-to-clear sell-through",
        "Units reduced in Clearline and sold before close, as a share of units reduced",
        "Head of Pricing and Promotions",
        "71%",
        "Clearline",
        "Measured where Clearline runs (see the systems inventory).",
    ],
    [
        "Surplus redistributed",
        "Tonnes collected from our stores by Second Helping in 52 weeks",
        "Sustainability Manager",
        "290 t",
        "Second Helping collection sheets",
        "See the partnership summary for how the sheets are kept.",
    ],
    [
        "Stores with a daily collection",
        "Stores with a Second Helping collection at least six evenings a week",
        "Sustainability Manager",
        "52 of 141",
        "Second Helping rota",
        "",
    ],
    [
        "Level 2 food hygiene",
        "Share of colleagues in fresh departments holding a current Level 2 certificate",
        "Technical and Food Safety Manager",
        "64%",
        "Academy records",
        "",
    ],
    [
        "Colleague confidence in fresh",
        'Share agreeing "I know what good looks like in my fresh department"',
        "Learning and Development Manager",
        "Not yet asked",
        "Quarterly pulse survey",
        "Question added from FY29 Q1.",
    ],
]


def build_measures() -> bytes:
    return _csv(MEASURES)


TOR = """
# Fresh Board: terms of reference

Approved by the Executive Committee on 23 January 2029.

## Purpose

The Fresh Board steers Fresh First, our plan for fresh availability and fresh waste over FY29
and FY30, and decides each of its gates.

## Sponsor and chair

The Retail Operations Director is the executive sponsor of Fresh First and chairs the Fresh
Board. When she is away the Supply Chain Director chairs.

## Decisions

- The Fresh Board decides each gate: go, hold or stop.
- Capital approved by the company Board is released by the Finance Director when the Fresh
  Board passes a gate.
- A change to a target on the Fresh First scorecard goes to the Executive Committee.

## Programme log

The Fresh Replenishment Manager keeps the programme log, the risk log and the gate papers,
and brings the scorecard to each meeting.

## Core team

- Retail Operations Director
- Commercial Director
- Supply Chain Director
- Finance Director
- Head of Fresh Trading
- Head of Pricing and Promotions
- Bakery Buying Manager
- Technical and Food Safety Manager
- Fresh Replenishment Manager
- Fresh Supply Chain Manager
- Fresh Forecasting Analyst
- Store Operations Manager, North
- Store Operations Manager, South
- Bakery Operations Manager
- Area Manager, Wansdale
- Head of IT
- Data and Insight Manager
- Learning and Development Manager
- Sustainability Manager

## Extended team

- Chief Executive

## Consulted only

- Branch Secretary, NUSAW Northern Stores Branch
- Chair, Colleague Voice Forum

Both are consulted before every gate. They advise; they do not own programme work and do not
vote.

## Cadence

The Fresh Board meets once a period, in the week after the period closes. Papers go out five
working days before.
"""

MEMO = """
# Memo: Fresh First, who does what in the Commercial directorate

**From:** Daniel Okafor, Commercial Director
**To:** Fresh Board members
**Date:** 29 January 2029

The Fresh Board asked us to set out, before the Board paper goes in, who in Commercial is
responsible for the Fresh First work that touches our teams. Where a post's line in the
headcount file says "see the commercial directorate RACI memo", this is the memo.

## Remits

- The Head of Pricing and Promotions is responsible for reduce-to-clear (markdown) rules: the
  times of day, the price steps by department and the settings in the Clearline app that
  apply them.
  Reduced-to-clear sell-through is reported against this post.
- The Technical and Food Safety Manager is responsible for the shelf-life and use-by data on
  every own-label fresh line, which StoreOrder and Orderwell read, and for Level 2 food
  hygiene certification of store colleagues who handle fresh food.
- The Head of Fresh Trading is responsible for fresh known loss, our waste at cost as a share
  of fresh sales, and agrees with suppliers the pack sizes that help it.
- The Bakery Buying Manager is responsible for the bakery range and its suppliers. The hourly
  bake plans belong to the Bakery Operations Manager in Retail Operations, not to buying.
- The Sustainability Manager is responsible for the Second Helping partnership, the donation
  records and what we report to WRAP. DC surplus stays with the Fresh Supply Chain Manager,
  who arranges its collection from Haverby and Carrowfield.

## RACI

| Activity | Responsible | Accountable | Consulted | Informed |
|---|---|---|---|---|
| Reduce-to-clear rules and Clearline settings | Head of Pricing and Promotions | Commercial Director | Technical and Food Safety Manager | Store Operations Manager, North; Store Operations Manager, South |
| Shelf-life and use-by data, own-label fresh | Technical and Food Safety Manager | Commercial Director | Fresh Replenishment Manager | Data and Insight Manager |
| Level 2 food hygiene certification | Technical and Food Safety Manager | Commercial Director | Learning and Development Manager | Retail Operations Director |
| Bakery range | Bakery Buying Manager | Head of Fresh Trading | Bakery Operations Manager | Head of Pricing and Promotions |
| Fresh known loss measure | Head of Fresh Trading | Commercial Director | Fresh Replenishment Manager | Finance Director |
| Second Helping partnership and donation records | Sustainability Manager | Commercial Director | Technical and Food Safety Manager | Fresh Supply Chain Manager |

Daniel
"""

ACADEMY_NOTE = """
# Greavesby's Academy: training and certification

The Learning and Development Manager post is held as a job share by Simon Yeadon and Laura
Quayle. Between them they run the Greavesby's Academy: induction, the department manager
programme, e-learning on the Academy app and the quarterly colleague pulse survey.

## Training for a new system or routine

The Academy writes the e-learning and the trainer packs. Twelve area trainers, one for each
trading area, deliver them in store, and the store manager signs each colleague off on the
Academy app.

## Certification

Level 2 food hygiene certificates are issued by an accredited provider. The Technical and
Food Safety Manager decides which posts need one and keeps the certification records; the
Academy books the courses on that instruction. Today 64% of colleagues in fresh departments
hold a current certificate.
"""

AGREEMENT = """
NUSAW NORTHERN STORES BRANCH AND GREAVESBY'S SUPERMARKETS LTD
RECOGNITION AND PROCEDURE AGREEMENT (2026 REVISION): EXTRACT, CLAUSES 7 AND 9

7. Consultation on changes to work

7.1 The company recognises the National Union of Shop and Allied Workers (NUSAW) for store
colleagues up to and including department manager.

7.2 NUSAW must be consulted before any change to rotas, contracted hours or start times in
stores, with at least 28 days' notice of what is proposed.

7.3 Consultation takes place at the Joint Stores Committee, which meets monthly. The Branch
Secretary, NUSAW Northern Stores Branch, leads for the union; the Retail Operations Director
leads for the company.

9. Roles

9.1 NUSAW is consulted and represents its members. It does not manage company projects or
hold tasks in them.

Signed for the company: Claire Mowbray, Retail Operations Director
Signed for NUSAW: Lee Marr, Branch Secretary, Northern Stores Branch
"""

FORUM = """
# Colleague Voice Forum: charter

Adopted March 2027.

## Who we are

The Colleague Voice Forum is 24 store colleagues, two elected from each of our 12 trading
areas for two years. The Forum elects its Chair from its members.

## What we do

- We give the Executive Committee colleagues' views on changes to how stores work.
- No new store routine is introduced until the Forum has been consulted and its view is in
  the minutes.
- We meet every period online, and face to face twice a year.

## What we leave to others

The Forum advises. Its members take part as colleagues, and the work the Forum comments on
stays with the managers who own it.
"""

SYSTEMS = """
# Store systems and data: inventory

Kept by the Head of IT. Last reviewed January 2029.

## Ordering and replenishment

**StoreOrder 7.2** runs fresh ordering in all 141 stores. Department managers key fresh
orders by hand on the handhelds each morning, working from the order sheet StoreOrder prints.
StoreOrder also holds the end-of-day waste scans and the 4pm gap scans.

Waste scans are not retained beyond 13 periods in StoreOrder; each period the oldest one is
overwritten.

**Orderwell** replenishes ambient, frozen and drinks lines automatically from till sales, in
every store and at both DCs. Its Fresh module is not yet licensed, so fresh lines cannot be
ordered in Orderwell today.

Shelf-life and use-by data for own-label fresh lines comes from the product specification
records of the Technical and Food Safety Manager; StoreOrder and Orderwell both read it.

## Tills and reporting

**Castline** tills in all 141 stores record every sale by 15-minute slot.

**Keelson** is our data warehouse: five years of till sales, StoreOrder orders and Orderwell
forecasts, loaded every night. The Data and Insight Manager runs it.

**Shelfwise** is the set of Power BI reports built on Keelson; store managers see waste,
availability and sales by hour each morning.

## Reductions

**Clearline** is the reduce-to-clear app on the handhelds, printing labels on Bluetooth
printers. Clearline runs only at the 62 large stores; Local stores reduce with handwritten
yellow labels, keyed at the till.

## Bakery

Bake plans are kept on paper in each bakery, copied each week from the same week last year
and adjusted by the bakery manager.

## Handhelds

Zebra TC52 handhelds: six in each large store and two in each Local store, replaced on a
four-year cycle from FY30.
"""

PARTNERSHIP = """
SECOND HELPING FOOD NETWORK: PARTNERSHIP SUMMARY
Prepared by the Sustainability Manager for the Fresh Board, January 2029

Second Helping is a regional food redistribution charity. It collects surplus food from shops
and distribution centres and passes it to about 180 community groups: food banks, breakfast
clubs, lunch clubs and hostels.

Our agreement was renewed in October 2028 for three years. Either side may end it on six
months' notice.

Reach. Second Helping can collect only from stores within 25 miles of its depots at Haverby
and Brancote, which today means 96 of our 141 stores. Its vans run between 7pm and 9pm.

What it takes. Chilled and ambient surplus, bread and morning goods, and produce. Use-by food
follows the store rules set by the Technical and Food Safety Manager.

Records. Our donation record relies on a spreadsheet: each store writes the crate weights on
a paper sheet, the store manager emails a scan of it each period, and the Sustainability team
keys the totals in.

Today. 52 stores have a daily collection. 290 tonnes went to Second Helping from our stores in
the 52 weeks to 27 January 2029, and a further 41 tonnes of DC surplus from Haverby, which the
Fresh Supply Chain Manager arranges.

Second Helping's operations lead is Mo Thackray.
"""

ESTATE = """
# Store estate and distribution

February 2029. Kept by Retail Operations.

- 141 stores in 12 trading areas: 62 large stores, each with an in-store bakery, and 79
  Greavesby's Local stores.
- The six forecourt shops that carry our name are run by a franchise partner and are outside
  our store count.
- Haverby DC serves the 78 stores of the North region; Carrowfield DC serves the 63 stores of
  the South region. Both DCs handle ambient, chilled and produce.
- Stores take two fresh deliveries a day: one before 6am and one between 3pm and 6pm.

## Wansdale trading area

All eight Wansdale stores are served from Haverby.

| Store | Format | Bakery |
|---|---|---|
| Wansdale Market Street | Large | Yes |
| Wansdale Riverside | Large | Yes |
| Cropton Bridge | Local | - |
| Hawkley | Local | - |
| Eddersby | Local | - |
| Stainmoor | Local | - |
| Wansdale Station | Local | - |
| Felbeck | Local | - |

The Area Manager, Wansdale ran the FY24 waste trial in these stores.
"""

EMAIL = """
From: Karen Dunmore <karen.dunmore@greavesbys.example>
To: Claire Mowbray <claire.mowbray@greavesbys.example>
Cc: Helen Brough <helen.brough@greavesbys.example>
Date: Tue, 9 Jan 2029 08:12
Subject: Christmas bakery waste, and who does what next year

Claire,

Christmas bakery waste came in at 14.9% of bakery sales in P10, against 12.4% for the year.
We baked to copies of last year's plans and the weather was nothing like last year's.

For Fresh First: as we agreed, I'll own the hourly bake plans and the bakery routines, and
Helen's team will take the bread range down from 64 lines. The Shelfwise sales-by-hour report
already shows where the afternoon bakes go unsold.

Moving the first bakery shift from 4am to 6am goes to NUSAW first, as the agreement says.

Karen
"""


def build(root: Path) -> None:
    case = root / CASE
    files: dict[str, str | bytes] = {
        DECK: build_deck(),
        "org/people/headcount.csv": build_headcount(),
        "org/people/academy-and-certification.md": ACADEMY_NOTE,
        "org/governance/fresh-board-terms-of-reference.md": TOR,
        "org/governance/commercial-directorate-raci-memo.md": MEMO,
        "org/governance/nusaw-recognition-agreement-extract.txt": AGREEMENT,
        "org/governance/colleague-voice-forum-charter.md": FORUM,
        "org/systems/systems-and-data-inventory.md": SYSTEMS,
        "org/measures/fresh-measures-register.csv": build_measures(),
        "org/context/second-helping-partnership.txt": PARTNERSHIP,
        "org/context/store-estate.md": ESTATE,
        "org/context/email-2029-01-09-christmas-bakery.txt": EMAIL,
    }
    write_files(case, files)


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
