# mypy: disable-error-code="attr-defined,union-attr,index,arg-type,assignment,operator"
"""Build the dev19 case ``harlowe-police``: its deck and its org folder, deterministically.

Run from the repository root with the project's venv (python-pptx, python-docx, lxml):

    .venv/bin/python evals/dev19/build_harlowe_police.py [out]

Writes, under ``evals/dev19/harlowe-police/`` (or ``<out>/harlowe-police/``):

- ``right-response-first-time-cog-2028-02.pptx``: a county police force's contact and response
  plan for April 2028 to March 2031 ("Right Response, First Time", Harlowe Constabulary), a
  16:9 PowerPoint deck of 16 slides whose structure is carried by SMARTART DIAGRAMS stored as
  PowerPoint stores them: a ``p:graphicFrame`` whose ``a:graphicData`` has the diagram URI
  and a ``dgm:relIds`` (``r:dm``, ``r:lo``, ``r:qs``, ``r:cs``) pointing at five parts per
  diagram: ``ppt/diagrams/dataN.xml`` (the data model: a ``doc`` point, node points with
  their ``dgm:t`` text bodies, ``parTrans``/``sibTrans`` points, ``pres`` points; ``parOf``
  connections with ``srcOrd`` giving the order, ``presOf``/``presParOf`` connections; the
  connection list written in model-id order, not in reading order), ``layoutN.xml`` (a
  ``dgm:layoutDef``), ``quickStyleN.xml``, ``colorsN.xml``, and the cached drawing
  ``drawingN.xml`` (``dsp:drawing``, one ``dsp:sp`` per drawn shape with its ``dsp:txBody``),
  which the data part names in its ``extLst`` (``dsp:dataModelExt relId``: a relationship of
  the slide, as PowerPoint writes it). Five diagrams: the four priorities as a Horizontal
  Bullet List (hList1, slide 6, inserted in the content placeholder), the contact model as a
  Basic Cycle (cycle2, slide 7), the roadmap as a Basic Chevron Process (chevron1, slide 9,
  in the content placeholder; each phase a node with its date span, what it delivers as
  child nodes), the first 90 days as a Vertical Bullet List (vList2, slide 12, in the content
  placeholder) and the governance structure as a Hierarchy (hierarchy1, slide 13). The other
  slides: title and body placeholders, a slide of big-number tiles, one native table of KPIs
  (measure, baseline, target, by when), a risks table with mitigations, the asks to the Chief
  Officer Group and the Commissioner. python-pptx's default template, resized to 16:9
  (12192000 x 6858000 EMU; the master's and layouts' placeholders widened to match).
- ``org/``: the Contact Programme Board's terms of reference as a Word document (the only
  roster: its "Membership" clauses 4.1 to 4.16, members, "In attendance" and "consulted but
  not members"), the staff-association consultation arrangements, the systems inventory, the
  performance framework's measure definitions, the control room workforce note, an
  inspection report extract (Word), the Police and Crime Plan extract, the pilot area's
  profile and an email about the telephony contract.

Re-running it rewrites every file byte for byte: the PPTX and the DOCX files through
``evals/dev16/_build.py`` (fixed ZIP entry times and document dates); model ids are UUID5s of
fixed names; the text files are literal strings. It never touches ``gold.json``.

This is a DEVELOPMENT case (split "dev19"): the engine may be tuned on it.
"""

from __future__ import annotations

import math
import sys
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt as DocPt
from lxml import etree
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.opc.package import Part
from pptx.opc.packuri import PackURI
from pptx.oxml.ns import qn
from pptx.util import Emu, Pt

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals.dev16._build import Stamp, ooxml_bytes, write_files  # noqa: E402

HERE = Path(__file__).resolve().parent
CASE = "harlowe-police"
DECK = "right-response-first-time-cog-2028-02.pptx"
STAMP = Stamp((2028, 2, 7, 9, 31, 54), "2028-02-07T09:31:54Z")
DOC_STAMP = Stamp((2028, 1, 19, 14, 5, 12), "2028-01-19T14:05:12Z")

# =========================================================================== the deck

W, H = 12192000, 6858000  # PowerPoint's 16:9 (13.333 x 7.5 in)
OLD_W = 9144000
IN = 914400
NAVY = RGBColor(0x1B, 0x2A, 0x4A)
BLUE = RGBColor(0x2B, 0x5C, 0x9E)
PALE = RGBColor(0xE6, 0xED, 0xF6)
INK = RGBColor(0x22, 0x22, 0x22)
GREY = RGBColor(0x6B, 0x6B, 0x6B)
WHITE = RGBColor(0xFF, 0xFF, 0xFF)
FOOT = "OFFICIAL \u00b7 Harlowe Constabulary \u00b7 Right Response, First Time \u00b7 COG, 14 February 2028"

NS = {
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "p": "http://schemas.openxmlformats.org/presentationml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "dgm": "http://schemas.openxmlformats.org/drawingml/2006/diagram",
    "dsp": "http://schemas.microsoft.com/office/drawing/2008/diagram",
}
DGM_URI = NS["dgm"]
RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
RT_DATA = RT + "diagramData"
RT_LAYOUT = RT + "diagramLayout"
RT_STYLE = RT + "diagramQuickStyle"
RT_COLORS = RT + "diagramColors"
RT_DRAWING = "http://schemas.microsoft.com/office/2007/relationships/diagramDrawing"
CT = "application/vnd.openxmlformats-officedocument.drawingml."
CT_DATA = CT + "diagramData+xml"
CT_LAYOUT = CT + "diagramLayout+xml"
CT_STYLE = CT + "diagramStyle+xml"
CT_COLORS = CT + "diagramColors+xml"
CT_DRAWING = "application/vnd.ms-office.drawingml.diagramDrawing+xml"

LAYOUT_URN = "urn:microsoft.com/office/officeart/2005/8/layout/"
STYLE_URN = "urn:microsoft.com/office/officeart/2005/8/quickstyle/simple1"
COLOR_URN = "urn:microsoft.com/office/officeart/2005/8/colors/"
GUID_NS = uuid.UUID("6f1c2b0e-4d1a-5b7e-9a3c-2e8f0d4b7a61")

L_TITLE, L_CONTENT, L_TWO, L_TITLE_ONLY = 0, 1, 3, 5


def guid(*key: object) -> str:
    return "{" + str(uuid.uuid5(GUID_NS, "/".join(map(str, key)))).upper() + "}"


# --------------------------------------------------------------------------- text helpers


@dataclass
class Para:
    text: str
    size: float = 18
    level: int = 0
    bold: bool = False
    color: RGBColor | None = None
    align: PP_ALIGN | None = None


def fill(frame, paras: Sequence[Para]) -> None:
    """Write paragraphs into a text frame (its first paragraph reused)."""
    frame.clear()
    for k, spec in enumerate(paras):
        p = frame.paragraphs[0] if k == 0 else frame.add_paragraph()
        p.level = spec.level
        if spec.align is not None:
            p.alignment = spec.align
        run = p.add_run()
        run.text = spec.text
        run.font.size = Pt(spec.size)
        run.font.bold = spec.bold
        if spec.color is not None:
            run.font.color.rgb = spec.color


def text_box(slide, x, y, w, h, paras: Sequence[Para], anchor=MSO_ANCHOR.TOP, name=None):
    box = slide.shapes.add_textbox(Emu(int(x)), Emu(int(y)), Emu(int(w)), Emu(int(h)))
    if name:
        box.name = name
    tf = box.text_frame
    tf.word_wrap = True
    tf.vertical_anchor = anchor
    fill(tf, paras)
    return box


def title(slide, text: str, size: float = 30) -> None:
    ph = slide.shapes.title
    ph.left, ph.top, ph.width, ph.height = Emu(609600), Emu(228600), Emu(10972800), Emu(914400)
    fill(ph.text_frame, [Para(text, size, bold=True, color=NAVY, align=PP_ALIGN.LEFT)])


def body(slide, paras: Sequence[Para], idx: int = 1, box=None) -> None:
    ph = slide.placeholders[idx]
    x, y, w, h = box or (609600, 1325880, 10972800, 4846320)
    ph.left, ph.top, ph.width, ph.height = Emu(x), Emu(y), Emu(w), Emu(h)
    fill(ph.text_frame, paras)


def footer(slide, number: int) -> None:
    text_box(slide, 609600, 6400800, 9144000, 300000, [Para(FOOT, 9, color=GREY)], name="Footer")
    text_box(
        slide,
        10972800,
        6400800,
        609600,
        300000,
        [Para(str(number), 10, bold=True, color=GREY, align=PP_ALIGN.RIGHT)],
        name="Slide Number",
    )


def notes(slide, text: str) -> None:
    slide.notes_slide.notes_text_frame.text = text


def widen(prs) -> None:
    """Resize the default 4:3 template to 16:9: the slide and every master and layout shape."""
    prs.slide_width, prs.slide_height = Emu(W), Emu(H)
    ratio = W / OLD_W
    parts = [prs.slide_master, *prs.slide_layouts]
    for part in parts:
        for off in part._element.iter(qn("a:off")):
            off.set("x", str(round(int(off.get("x")) * ratio)))
        for ext in part._element.iter(qn("a:ext")):
            if ext.get("cx") is not None:
                ext.set("cx", str(round(int(ext.get("cx")) * ratio)))


# --------------------------------------------------------------------------- SmartArt


@dataclass
class Node:
    text: str
    children: list[Node] = field(default_factory=list)


@dataclass
class Kind:
    """One SmartArt layout: its id, its category, the colour set and the pres names used."""

    layout: str
    category: str
    colors: str
    title: str


HLIST = Kind("hList1", "list", "accent1_2", "Horizontal Bullet List")
CYCLE = Kind("cycle2", "cycle", "colorful1", "Basic Cycle")
CHEVRON = Kind("chevron1", "process", "accent1_2", "Basic Chevron Process")
VLIST = Kind("vList2", "list", "accent1_2", "Vertical Bullet List")
HIER = Kind("hierarchy1", "hierarchy", "accent1_2", "Hierarchy")


def _x(s: str) -> str:
    return escape(s, {'"': "&quot;"})


def _text_body(text: str | None) -> str:
    if not text:
        return '<dgm:t><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang="en-GB"/></a:p></dgm:t>'
    return (
        '<dgm:t><a:bodyPr/><a:lstStyle/><a:p><a:r><a:rPr lang="en-GB" dirty="0"/>'
        f"<a:t>{_x(text)}</a:t></a:r></a:p></dgm:t>"
    )


@dataclass
class Shape:
    """A shape of the cached drawing: the pres point it draws, its geometry and its text."""

    model: str
    prst: str
    x: int
    y: int
    cx: int
    cy: int
    paras: list[tuple[str, int]]  # (text, level)
    size: int  # hundredths of a point
    fill: str  # scheme colour of the fill, or "none"
    text_color: str
    rot: int = 0
    align: str = "ctr"
    anchor: str = "ctr"
    line: str = "lt1"
    path: str | None = None  # a custGeom path for connectors


class Diagram:
    """The semantic model of one SmartArt diagram and the parts PowerPoint keeps for it."""

    def __init__(self, n: int, kind: Kind, roots: list[Node]):
        self.n, self.kind, self.roots = n, kind, roots
        self.doc = guid(n, "doc")
        self.points: list[str] = []
        self.cxns: list[tuple[str, str, str, int, str, str, str]] = []
        self.pres: list[str] = []
        self.pres_cxns: list[tuple[str, str, str, int, str]] = []
        self.ids: dict[int, str] = {}
        self.order: list[tuple[Node, str, int]] = []  # (node, model id, depth), reading order
        self.root_pres = guid(n, "pres", "root")
        self._walk(self.doc, roots, 0, "n")

    def _walk(self, parent: str, nodes: list[Node], depth: int, path: str) -> None:
        for k, node in enumerate(nodes):
            key = f"{path}.{k}"
            mid = guid(self.n, "node", key)
            cxn = guid(self.n, "cxn", key)
            par, sib = guid(self.n, "parTrans", key), guid(self.n, "sibTrans", key)
            self.ids[id(node)] = mid
            self.order.append((node, mid, depth))
            self.points.append(
                f'<dgm:pt modelId="{mid}"><dgm:prSet phldrT="[Text]"/><dgm:spPr/>'
                f"{_text_body(node.text)}</dgm:pt>"
            )
            for tid, typ in ((par, "parTrans"), (sib, "sibTrans")):
                self.points.append(
                    f'<dgm:pt modelId="{tid}" type="{typ}" cxnId="{cxn}"><dgm:prSet/>'
                    f"<dgm:spPr/>{_text_body(None)}</dgm:pt>"
                )
            self.cxns.append((cxn, parent, mid, k, par, sib, "parOf"))
            self._walk(mid, node.children, depth + 1, key)

    def add_pres(
        self,
        assoc: str,
        name: str,
        label: str,
        idx: int,
        cnt: int,
        key: str,
        of: list[str] | None = None,
    ) -> str:
        pid = guid(self.n, "pres", key)
        vars_ = '<dgm:presLayoutVars><dgm:bulletEnabled val="1"/></dgm:presLayoutVars>'
        self.pres.append(
            f'<dgm:pt modelId="{pid}" type="pres"><dgm:prSet presAssocID="{assoc}" '
            f'presName="{name}" presStyleLbl="{label}" presStyleIdx="{idx}" '
            f'presStyleCnt="{cnt}">{vars_}</dgm:prSet><dgm:spPr/></dgm:pt>'
        )
        self.pres_cxns.append(
            (guid(self.n, "presParOf", key), self.root_pres, pid, len(self.pres_cxns), "presParOf")
        )
        for k, src in enumerate([assoc] if of is None else of):
            self.pres_cxns.append((guid(self.n, "presOf", key, k), src, pid, k, "presOf"))
        return pid

    def data_xml(self, drawing_rid: str) -> bytes:
        k = self.kind
        doc_pt = (
            f'<dgm:pt modelId="{self.doc}" type="doc"><dgm:prSet '
            f'loTypeId="{LAYOUT_URN}{k.layout}" loCatId="{k.category}" '
            f'qsTypeId="{STYLE_URN}" qsCatId="simple" '
            f'csTypeId="{COLOR_URN}{k.colors}" csCatId="{"colorful" if k.colors.startswith("colorful") else "accent1"}" '
            f'phldr="1"/><dgm:spPr/>{_text_body(None)}</dgm:pt>'
        )
        root_pres = (
            f'<dgm:pt modelId="{self.root_pres}" type="pres"><dgm:prSet presAssocID="{self.doc}" '
            f'presName="{ROOT_NAME[k.layout]}" presStyleCnt="0"><dgm:presLayoutVars>'
            '<dgm:dir/><dgm:animLvl val="lvl"/><dgm:resizeHandles val="exact"/>'
            "</dgm:presLayoutVars></dgm:prSet><dgm:spPr/></dgm:pt>"
        )
        cx = []
        for cid, src, dst, ordn, par, sib, _ in self.cxns:
            cx.append(
                f'<dgm:cxn modelId="{cid}" srcId="{src}" destId="{dst}" srcOrd="{ordn}" '
                f'destOrd="0" parTransId="{par}" sibTransId="{sib}"/>'
            )
        for cid, src, dst, ordn, typ in self.pres_cxns:
            cx.append(
                f'<dgm:cxn modelId="{cid}" type="{typ}" srcId="{src}" destId="{dst}" '
                f'srcOrd="{ordn}" destOrd="0" presId="urn:microsoft.com/office/officeart/2005/8/layout/{k.layout}"/>'
            )
        cx.sort(
            key=lambda s: s.split('modelId="', 1)[1]
        )  # PowerPoint's order is not the reading order
        xml = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<dgm:dataModel xmlns:dgm="{NS["dgm"]}" xmlns:a="{NS["a"]}">'
            f"<dgm:ptLst>{doc_pt}{''.join(self.points)}{root_pres}{''.join(self.pres)}</dgm:ptLst>"
            f"<dgm:cxnLst>{''.join(cx)}</dgm:cxnLst><dgm:bg/><dgm:whole/>"
            '<dgm:extLst><a:ext uri="http://schemas.microsoft.com/office/drawing/2008/diagram">'
            f'<dsp:dataModelExt xmlns:dsp="{NS["dsp"]}" relId="{drawing_rid}" '
            'minVer="http://schemas.openxmlformats.org/drawingml/2006/diagram"/></a:ext></dgm:extLst>'
            "</dgm:dataModel>"
        )
        return xml.encode("utf-8")


ROOT_NAME = {
    "hList1": "Name0",
    "cycle2": "cycle",
    "chevron1": "Name0",
    "vList2": "linear",
    "hierarchy1": "hierChild1",
}


# ---- cached drawing


def _para_xml(text: str, level: int, size: int, align: str, color: str) -> str:
    if level == 0:
        ppr = (
            f'<a:pPr marL="0" lvl="0" indent="0" algn="{align}" defTabSz="{size * 4 // 9 * 10}">'
            '<a:lnSpc><a:spcPct val="90000"/></a:lnSpc><a:spcBef><a:spcPct val="0"/></a:spcBef>'
            '<a:spcAft><a:spcPct val="35000"/></a:spcAft><a:buNone/></a:pPr>'
        )
    else:
        ppr = (
            f'<a:pPr marL="114300" lvl="1" indent="-114300" algn="l" defTabSz="{size * 4 // 9 * 10}">'
            '<a:lnSpc><a:spcPct val="90000"/></a:lnSpc><a:spcBef><a:spcPct val="0"/></a:spcBef>'
            '<a:spcAft><a:spcPct val="15000"/></a:spcAft><a:buChar char="\u2022"/></a:pPr>'
        )
    clr = f'<a:solidFill><a:schemeClr val="{color}"/></a:solidFill>'
    return (
        f'<a:p>{ppr}<a:r><a:rPr lang="en-GB" sz="{size}" kern="1200" dirty="0">{clr}</a:rPr>'
        f"<a:t>{_x(text)}</a:t></a:r></a:p>"
    )


def drawing_xml(shapes: list[Shape]) -> bytes:
    out = []
    for s in shapes:
        rot = f' rot="{s.rot}"' if s.rot else ""
        if s.path:
            geom = (
                f"<a:custGeom><a:avLst/><a:gdLst/><a:ahLst/><a:cxnLst/>"
                f'<a:rect l="0" t="0" r="0" b="0"/><a:pathLst>{s.path}</a:pathLst></a:custGeom>'
            )
        else:
            geom = f'<a:prstGeom prst="{s.prst}"><a:avLst/></a:prstGeom>'
        fill_xml = (
            "<a:noFill/>"
            if s.fill == "none"
            else f'<a:solidFill><a:schemeClr val="{s.fill}"><a:hueOff val="0"/><a:satOff val="0"/>'
            '<a:lumOff val="0"/><a:alphaOff val="0"/></a:schemeClr></a:solidFill>'
        )
        line = (
            '<a:ln w="12700" cap="flat" cmpd="sng" algn="ctr"><a:solidFill>'
            f'<a:schemeClr val="{s.line}"/></a:solidFill><a:prstDash val="solid"/><a:miter lim="800000"/></a:ln>'
            if s.line != "none"
            else "<a:ln><a:noFill/></a:ln>"
        )
        style = (
            '<dsp:style><a:lnRef idx="2"><a:scrgbClr r="0" g="0" b="0"/></a:lnRef>'
            '<a:fillRef idx="1"><a:scrgbClr r="0" g="0" b="0"/></a:fillRef>'
            '<a:effectRef idx="0"><a:scrgbClr r="0" g="0" b="0"/></a:effectRef>'
            '<a:fontRef idx="minor"><a:schemeClr val="lt1"/></a:fontRef></dsp:style>'
        )
        if s.paras:
            paras = "".join(_para_xml(t, lvl, s.size, s.align, s.text_color) for t, lvl in s.paras)
            ins = 76200 if s.prst != "chevron" else 45720
            txb = (
                f'<dsp:txBody><a:bodyPr spcFirstLastPara="0" vert="horz" wrap="square" '
                f'lIns="{ins}" tIns="{ins}" rIns="{ins}" bIns="{ins}" numCol="1" spcCol="1270" '
                f'anchor="{s.anchor}" anchorCtr="0"><a:noAutofit/></a:bodyPr><a:lstStyle/>'
                f"{paras}</dsp:txBody>"
                f'<dsp:txXfrm><a:off x="{s.x}" y="{s.y}"/><a:ext cx="{s.cx}" cy="{s.cy}"/></dsp:txXfrm>'
            )
        else:
            txb = ""
        out.append(
            f'<dsp:sp modelId="{s.model}"><dsp:nvSpPr><dsp:cNvPr id="0" name=""/><dsp:cNvSpPr/>'
            f'</dsp:nvSpPr><dsp:spPr><a:xfrm{rot}><a:off x="{s.x}" y="{s.y}"/>'
            f'<a:ext cx="{s.cx}" cy="{s.cy}"/></a:xfrm>{geom}{fill_xml}{line}<a:effectLst/></dsp:spPr>'
            f"{style}{txb}</dsp:sp>"
        )
    xml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<dsp:drawing xmlns:dgm="{NS["dgm"]}" xmlns:dsp="{NS["dsp"]}" xmlns:a="{NS["a"]}">'
        '<dsp:spTree><dsp:nvGrpSpPr><dsp:cNvPr id="0" name=""/><dsp:cNvGrpSpPr/></dsp:nvGrpSpPr>'
        f"<dsp:grpSpPr/>{''.join(out)}</dsp:spTree></dsp:drawing>"
    )
    return xml.encode("utf-8")


# ---- geometry of each layout (coordinates inside the diagram's frame, EMU)


def geo_hlist(d: Diagram, cx: int, cy: int, size: int, child_size: int) -> list[Shape]:
    n = len(d.roots)
    gap = int(0.12 * IN)
    colw = (cx - gap * (n - 1)) // n
    head_h = int(0.72 * IN)
    shapes = []
    for k, root in enumerate(d.roots):
        x = k * (colw + gap)
        rid = d.ids[id(root)]
        hp = d.add_pres(rid, "TitleText", "node1", k, n, f"head{k}")
        shapes.append(
            Shape(hp, "rect", x, 0, colw, head_h, [(root.text, 0)], size, "accent1", "lt1")
        )
        bp = d.add_pres(
            rid,
            "DescendantText",
            "alignAccFollowNode1",
            k,
            n,
            f"body{k}",
            of=[d.ids[id(c)] for c in root.children],
        )
        paras = [(c.text, 1) for c in root.children]
        shapes.append(
            Shape(
                bp,
                "rect",
                x,
                head_h,
                colw,
                cy - head_h,
                paras,
                child_size,
                "accent1",
                "tx1",
                align="l",
                anchor="t",
                line="accent1",
            )
        )
    for s in shapes[1::2]:
        s.fill = "lt1"  # the descendant boxes are light with an accent outline
    return shapes


def geo_vlist(d: Diagram, cx: int, cy: int, size: int, child_size: int) -> list[Shape]:
    n = len(d.roots)
    head_h = int(0.46 * IN)
    body_h = (cy - n * head_h) // n
    shapes = []
    y = 0
    for k, root in enumerate(d.roots):
        rid = d.ids[id(root)]
        hp = d.add_pres(rid, "parentText", "node1", k, n, f"parent{k}")
        shapes.append(
            Shape(
                hp,
                "roundRect",
                0,
                y,
                cx,
                head_h,
                [(root.text, 0)],
                size,
                "accent1",
                "lt1",
                align="l",
            )
        )
        y += head_h
        bp = d.add_pres(
            rid, "childText", "revTx", k, n, f"child{k}", of=[d.ids[id(c)] for c in root.children]
        )
        shapes.append(
            Shape(
                bp,
                "rect",
                0,
                y,
                cx,
                body_h,
                [(c.text, 1) for c in root.children],
                child_size,
                "none",
                "tx1",
                align="l",
                anchor="t",
                line="none",
            )
        )
        y += body_h
    return shapes


def geo_chevron(d: Diagram, cx: int, cy: int, size: int, child_size: int) -> list[Shape]:
    n = len(d.roots)
    overlap = int(0.18 * IN)
    w = (cx + overlap * (n - 1)) // n
    chev_h = int(1.15 * IN)
    shapes = []
    for k, root in enumerate(d.roots):
        x = k * (w - overlap)
        rid = d.ids[id(root)]
        cp = d.add_pres(rid, "parTxOnly", "node1", k, n, f"chev{k}")
        shapes.append(
            Shape(cp, "chevron", x, 0, w, chev_h, [(root.text, 0)], size, "accent1", "lt1")
        )
        bp = d.add_pres(
            rid, "desTx", "revTx", k, n, f"des{k}", of=[d.ids[id(c)] for c in root.children]
        )
        shapes.append(
            Shape(
                bp,
                "rect",
                x + overlap // 2,
                chev_h + int(0.1 * IN),
                w - overlap,
                cy - chev_h - int(0.1 * IN),
                [(c.text, 1) for c in root.children],
                child_size,
                "none",
                "tx1",
                align="l",
                anchor="t",
                line="none",
            )
        )
    return shapes


def geo_cycle(d: Diagram, cx: int, cy: int, size: int, child_size: int) -> list[Shape]:
    n = len(d.roots)
    dia = int(1.45 * IN)
    rx, ry = cx // 2 - dia // 2, cy // 2 - dia // 2  # the nodes sit on an ellipse filling the frame
    ox, oy = cx // 2, cy // 2
    shapes = []
    for k, root in enumerate(d.roots):
        a = math.radians(-90 + 360 * k / n)
        x, y = ox + int(rx * math.cos(a)) - dia // 2, oy + int(ry * math.sin(a)) - dia // 2
        rid = d.ids[id(root)]
        p = d.add_pres(rid, "node", "node1", k, n, f"node{k}")
        shapes.append(
            Shape(p, "ellipse", x, y, dia, dia, [(root.text, 0)], size, f"accent{k % 6 + 1}", "lt1")
        )
        # the sibling transition: an arrow between this node and the next
        b = math.radians(-90 + 360 * (k + 0.5) / n)
        aw, ah = int(0.34 * IN), int(0.38 * IN)
        axx, ayy = ox + int(rx * math.cos(b)) - aw // 2, oy + int(ry * math.sin(b)) - ah // 2
        sib = guid(d.n, "sibTrans", f"n.{k}")
        sp = d.add_pres(sib, "sibTrans", "sibTrans2D1", k, n, f"sib{k}")
        rot = int(((math.degrees(b) + 90) % 360) * 60000)
        shapes.append(
            Shape(
                sp,
                "rightArrow",
                axx,
                ayy,
                aw,
                ah,
                [],
                size,
                f"accent{k % 6 + 1}",
                "lt1",
                rot=rot,
                line="none",
            )
        )
    return shapes


def geo_hier(d: Diagram, cx: int, cy: int, size: int, child_size: int) -> list[Shape]:
    levels: dict[int, list[tuple[Node, str]]] = {}
    for node, mid, depth in d.order:
        levels.setdefault(depth, []).append((node, mid))
    nlev = len(levels)
    gap_y = int(0.3 * IN)
    box_h = (cy - gap_y * (nlev - 1)) // nlev
    pos: dict[str, tuple[int, int, int, int]] = {}
    shapes = []
    for depth in sorted(levels):
        row = levels[depth]
        m = len(row)
        gap_x = int(0.2 * IN)
        bw = min(int(4.6 * IN), (cx - gap_x * (m - 1)) // m)
        total = bw * m + gap_x * (m - 1)
        x0 = (cx - total) // 2
        y = depth * (box_h + gap_y)
        for k, (node, mid) in enumerate(row):
            x = x0 + k * (bw + gap_x)
            pos[mid] = (x, y, bw, box_h)
            p = d.add_pres(mid, "node", f"node{min(depth, 4)}", k, m, f"h{depth}.{k}")
            shapes.append(
                Shape(
                    p,
                    "roundRect",
                    x,
                    y,
                    bw,
                    box_h,
                    [(node.text, 0)],
                    size,
                    "accent1" if depth < 3 else "accent2",
                    "lt1",
                )
            )
    # connectors: one per parOf connection, drawn as an elbow from the parent to the child
    for cid, src, dst, _o, par, _s, _t in d.cxns:
        if src not in pos:
            continue
        px, py, pw, ph = pos[src]
        qx, qy, qw, _qh = pos[dst]
        x1, y1, x2, y2 = px + pw // 2, py + ph, qx + qw // 2, qy
        left, top = min(x1, x2), y1
        w_, h_ = max(abs(x2 - x1), 12700), y2 - y1
        mid_y = h_ // 2
        sx, ex = x1 - left, x2 - left
        path = (
            f'<a:path w="{w_}" h="{h_}"><a:moveTo><a:pt x="{sx}" y="0"/></a:moveTo>'
            f'<a:lnTo><a:pt x="{sx}" y="{mid_y}"/></a:lnTo><a:lnTo><a:pt x="{ex}" y="{mid_y}"/></a:lnTo>'
            f'<a:lnTo><a:pt x="{ex}" y="{h_}"/></a:lnTo></a:path>'
        )
        cp = d.add_pres(par, "Name13", "parChTrans1D2", 0, 1, f"conn.{cid}")
        shapes.append(
            Shape(cp, "", left, top, w_, h_, [], size, "none", "tx1", line="accent1", path=path)
        )
    return shapes


GEOMETRY = {
    "hList1": geo_hlist,
    "vList2": geo_vlist,
    "chevron1": geo_chevron,
    "cycle2": geo_cycle,
    "hierarchy1": geo_hier,
}


# ---- the layout, quick style and colour definitions


def _lnode(
    name: str, alg: str, shape: str, pres: str, style: str = "", extra: str = "", inner: str = ""
) -> str:
    lbl = f' styleLbl="{style}"' if style else ""
    shape_attr = f' type="{shape}"' if shape else ""
    return (
        f'<dgm:layoutNode name="{name}"{lbl}>{extra}<dgm:alg type="{alg}"/>'
        f'<dgm:shape{shape_attr} r:blip=""><dgm:adjLst/></dgm:shape>'
        f"{pres}<dgm:constrLst/><dgm:ruleLst/>{inner}</dgm:layoutNode>"
    )


TX_VARS = '<dgm:varLst><dgm:chMax val="0"/><dgm:bulletEnabled val="1"/></dgm:varLst>'


def _layout_body(layout: str) -> str:
    self_ = '<dgm:presOf axis="self"/>'
    des = '<dgm:presOf axis="des" ptType="node"/>'
    none = "<dgm:presOf/>"
    sp = _lnode("spacer", "sp", "", none)
    if layout == "hList1":
        col = _lnode("TitleText", "tx", "rect", self_, "node1", TX_VARS) + _lnode(
            "DescendantText", "tx", "rect", des, "alignAccFollowNode1", TX_VARS
        )
        inner = (
            f'<dgm:forEach name="Name1" axis="ch" ptType="node"><dgm:layoutNode name="composite">'
            f'<dgm:alg type="composite"/><dgm:shape r:blip=""><dgm:adjLst/></dgm:shape>{none}'
            '<dgm:constrLst><dgm:constr type="h" refType="w" fact="2.6"/></dgm:constrLst><dgm:ruleLst/>'
            f'{col}</dgm:layoutNode><dgm:forEach name="Name2" axis="followSib" ptType="sibTrans" cnt="1">'
            f"{_lnode('space', 'sp', '', none)}</dgm:forEach></dgm:forEach>"
        )
        return _root(
            "Name0",
            "lin",
            '<dgm:param type="linDir" val="fromL"/><dgm:param type="nodeVertAlign" val="t"/>',
            inner,
        )
    if layout == "vList2":
        inner = (
            f'<dgm:forEach name="Name1" axis="ch" ptType="node">'
            f"{_lnode('parentText', 'tx', 'roundRect', self_, 'node1', TX_VARS)}"
            '<dgm:choose name="Name2"><dgm:if name="Name3" axis="ch" ptType="node" func="cnt" op="gte" val="1">'
            f"{_lnode('childText', 'tx', 'rect', des, 'revTx', TX_VARS)}</dgm:if>"
            '<dgm:else name="Name4"/></dgm:choose>'
            f'<dgm:forEach name="Name5" axis="followSib" ptType="sibTrans" cnt="1">{sp}</dgm:forEach>'
            "</dgm:forEach>"
        )
        return _root(
            "linear",
            "lin",
            '<dgm:param type="linDir" val="fromT"/><dgm:param type="vertAlign" val="mid"/>',
            inner,
        )
    if layout == "chevron1":
        inner = (
            f'<dgm:forEach name="Name1" axis="ch" ptType="node"><dgm:layoutNode name="composite">'
            f'<dgm:alg type="composite"/><dgm:shape r:blip=""><dgm:adjLst/></dgm:shape>{none}'
            "<dgm:constrLst/><dgm:ruleLst/>"
            f"{_lnode('parTxOnly', 'tx', 'chevron', self_, 'node1', TX_VARS)}"
            f"{_lnode('desTx', 'tx', 'rect', des, 'revTx', TX_VARS)}</dgm:layoutNode>"
            f'<dgm:forEach name="Name2" axis="followSib" ptType="sibTrans" cnt="1">{sp}</dgm:forEach>'
            "</dgm:forEach>"
        )
        return _root("Name0", "lin", '<dgm:param type="linDir" val="fromL"/>', inner)
    if layout == "cycle2":
        inner = (
            f'<dgm:forEach name="Name1" axis="ch" ptType="node">'
            f"{_lnode('node', 'tx', 'ellipse', self_, 'node1', TX_VARS)}"
            '<dgm:forEach name="Name2" axis="followSib" ptType="sibTrans" cnt="1">'
            f"{_lnode('sibTrans', 'conn', 'rightArrow', self_, 'sibTrans2D1')}"
            "</dgm:forEach></dgm:forEach>"
        )
        return _root(
            "cycle",
            "cycle",
            '<dgm:param type="stAng" val="0"/><dgm:param type="spanAng" val="360"/>',
            inner,
        )
    if layout == "hierarchy1":
        branch = (
            '<dgm:forEach name="Name3" axis="ch" ptType="node"><dgm:layoutNode name="hierRoot2">'
            f'<dgm:alg type="hierRoot"/><dgm:shape r:blip=""><dgm:adjLst/></dgm:shape>{none}'
            "<dgm:constrLst/><dgm:ruleLst/>"
            f"{_lnode('node', 'tx', 'roundRect', self_, 'node2', TX_VARS)}"
            '<dgm:layoutNode name="hierChild2"><dgm:alg type="hierChild"/>'
            f'<dgm:shape r:blip=""><dgm:adjLst/></dgm:shape>{none}<dgm:constrLst/><dgm:ruleLst/>'
            '<dgm:forEach name="Name4" ref="Name3"/></dgm:layoutNode></dgm:layoutNode></dgm:forEach>'
        )
        inner = (
            '<dgm:forEach name="Name1" axis="ch" ptType="node"><dgm:layoutNode name="hierRoot1">'
            f'<dgm:alg type="hierRoot"/><dgm:shape r:blip=""><dgm:adjLst/></dgm:shape>{none}'
            "<dgm:constrLst/><dgm:ruleLst/>"
            f"{_lnode('node0', 'tx', 'roundRect', self_, 'node0', TX_VARS)}"
            '<dgm:layoutNode name="hierChild2a"><dgm:alg type="hierChild"/>'
            f'<dgm:shape r:blip=""><dgm:adjLst/></dgm:shape>{none}<dgm:constrLst/><dgm:ruleLst/>'
            f"{branch}</dgm:layoutNode></dgm:layoutNode></dgm:forEach>"
        )
        return _root("hierChild1", "hierChild", '<dgm:param type="linDir" val="fromL"/>', inner)
    raise ValueError(layout)


def _root(name: str, alg: str, params: str, inner: str) -> str:
    return (
        f'<dgm:layoutNode name="{name}"><dgm:varLst><dgm:dir/><dgm:animLvl val="lvl"/>'
        f'<dgm:resizeHandles val="exact"/></dgm:varLst><dgm:alg type="{alg}">{params}</dgm:alg>'
        '<dgm:shape xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
        'r:blip=""><dgm:adjLst/></dgm:shape><dgm:presOf/><dgm:constrLst>'
        '<dgm:constr type="w" for="ch" forName="node" refType="w"/>'
        '<dgm:constr type="primFontSz" for="des" ptType="node" op="equ" val="65"/>'
        f"</dgm:constrLst><dgm:ruleLst/>{inner}</dgm:layoutNode>"
    )


def layout_xml(kind: Kind) -> bytes:
    xml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<dgm:layoutDef xmlns:dgm="{NS["dgm"]}" xmlns:a="{NS["a"]}" xmlns:r="{NS["r"]}" '
        f'uniqueId="{LAYOUT_URN}{kind.layout}"><dgm:title val=""/><dgm:desc val=""/>'
        f'<dgm:catLst><dgm:cat type="{kind.category}" pri="{CAT_PRI[kind.layout]}"/></dgm:catLst>'
        f"<dgm:sampData><dgm:dataModel><dgm:ptLst>"
        '<dgm:pt modelId="0" type="doc"/><dgm:pt modelId="1"><dgm:prSet phldr="1"/></dgm:pt>'
        '<dgm:pt modelId="2"><dgm:prSet phldr="1"/></dgm:pt></dgm:ptLst><dgm:cxnLst>'
        '<dgm:cxn modelId="3" srcId="0" destId="1" srcOrd="0" destOrd="0"/>'
        '<dgm:cxn modelId="4" srcId="0" destId="2" srcOrd="1" destOrd="0"/></dgm:cxnLst>'
        "<dgm:bg/><dgm:whole/></dgm:dataModel></dgm:sampData>"
        f"{_layout_body(kind.layout)}</dgm:layoutDef>"
    )
    return xml.encode("utf-8")


CAT_PRI = {"hList1": 6000, "vList2": 3000, "chevron1": 12000, "cycle2": 1000, "hierarchy1": 1000}

STYLE_LABELS = [
    "node0",
    "lnNode1",
    "vennNode1",
    "alignNode1",
    "node1",
    "node2",
    "node3",
    "node4",
    "fgImgPlace1",
    "alignImgPlace1",
    "bgImgPlace1",
    "sibTrans2D1",
    "fgSibTrans2D1",
    "bgSibTrans2D1",
    "sibTrans1D1",
    "callout",
    "asst0",
    "asst1",
    "parChTrans2D1",
    "parChTrans1D1",
    "parChTrans1D2",
    "fgAcc1",
    "conFgAcc1",
    "alignAcc1",
    "trAlignAcc1",
    "bgAcc1",
    "solidFgAcc1",
    "solidAlignAcc1",
    "solidBgAcc1",
    "fgAccFollowNode1",
    "alignAccFollowNode1",
    "bgAccFollowNode1",
    "fgAcc0",
    "fgAcc2",
    "bgShp",
    "dkBgShp",
    "trBgShp",
    "fgShp",
    "revTx",
]


def style_xml() -> bytes:
    labels = []
    for name in STYLE_LABELS:
        font = (
            "tx1"
            if name
            in {"revTx", "fgAccFollowNode1", "alignAccFollowNode1", "bgAccFollowNode1", "callout"}
            else "lt1"
        )
        ln = "0" if name in {"revTx", "sibTrans2D1", "bgShp"} else "2"
        labels.append(
            f'<dgm:styleLbl name="{name}"><dgm:scene3d><a:camera prst="orthographicFront"/>'
            '<a:lightRig rig="threePt" dir="t"/></dgm:scene3d><dgm:sp3d/><dgm:txPr/><dgm:style>'
            f'<a:lnRef idx="{ln}"><a:scrgbClr r="0" g="0" b="0"/></a:lnRef>'
            '<a:fillRef idx="1"><a:scrgbClr r="0" g="0" b="0"/></a:fillRef>'
            '<a:effectRef idx="0"><a:scrgbClr r="0" g="0" b="0"/></a:effectRef>'
            f'<a:fontRef idx="minor"><a:schemeClr val="{font}"/></a:fontRef></dgm:style></dgm:styleLbl>'
        )
    xml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<dgm:styleDef xmlns:dgm="{NS["dgm"]}" xmlns:a="{NS["a"]}" uniqueId="{STYLE_URN}">'
        '<dgm:title val=""/><dgm:desc val=""/><dgm:catLst><dgm:cat type="simple" pri="10100"/>'
        '</dgm:catLst><dgm:scene3d><a:camera prst="orthographicFront"/><a:lightRig rig="threePt" '
        f'dir="t"/></dgm:scene3d>{"".join(labels)}</dgm:styleDef>'
    )
    return xml.encode("utf-8")


def colors_xml(colors: str) -> bytes:
    labels = []
    for name in STYLE_LABELS:
        if colors == "colorful1" and name in {"node1", "sibTrans2D1"}:
            fills = "".join(f'<a:schemeClr val="accent{a}"/>' for a in (2, 3, 4, 5, 6))
            fill_ = f'<dgm:fillClrLst meth="repeat">{fills}</dgm:fillClrLst>'
        elif name in {"revTx", "bgShp"}:
            fill_ = '<dgm:fillClrLst meth="repeat"><a:schemeClr val="lt1"><a:alpha val="0"/></a:schemeClr></dgm:fillClrLst>'
        else:
            fill_ = '<dgm:fillClrLst meth="repeat"><a:schemeClr val="accent1"/></dgm:fillClrLst>'
        tx = (
            "tx1"
            if name in {"revTx", "alignAccFollowNode1", "fgAccFollowNode1", "bgAccFollowNode1"}
            else "lt1"
        )
        labels.append(
            f'<dgm:styleLbl name="{name}">{fill_}<dgm:linClrLst meth="repeat"><a:schemeClr val="lt1"/>'
            '</dgm:linClrLst><dgm:effectClrLst/><dgm:txLinClrLst/><dgm:txFillClrLst meth="repeat">'
            f'<a:schemeClr val="{tx}"/></dgm:txFillClrLst><dgm:txEffectClrLst/></dgm:styleLbl>'
        )
    cat, pri = ("colorful", 10100) if colors.startswith("colorful") else ("accent1", 11200)
    xml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<dgm:colorsDef xmlns:dgm="{NS["dgm"]}" xmlns:a="{NS["a"]}" uniqueId="{COLOR_URN}{colors}">'
        f'<dgm:title val=""/><dgm:desc val=""/><dgm:catLst><dgm:cat type="{cat}" pri="{pri}"/>'
        f"</dgm:catLst>{''.join(labels)}</dgm:colorsDef>"
    )
    return xml.encode("utf-8")


class SmartArt:
    """Adds diagrams to a presentation, numbering their parts across the deck."""

    def __init__(self, prs):
        self.prs = prs
        self.count = 0

    def add(
        self,
        slide,
        kind: Kind,
        roots: list[Node],
        box,
        size: int,
        child_size: int = 0,
        placeholder_idx: int | None = None,
    ) -> None:
        self.count += 1
        n = self.count
        d = Diagram(n, kind, roots)
        x, y, cx, cy = box
        shapes = GEOMETRY[kind.layout](d, cx, cy, size, child_size or size)
        package = slide.part.package

        def part(name: str, ct: str, blob: bytes) -> Part:
            return Part(PackURI(f"/ppt/diagrams/{name}{n}.xml"), ct, package, blob)

        data = part("data", CT_DATA, b"")
        r_dm = slide.part.relate_to(data, RT_DATA)
        r_lo = slide.part.relate_to(part("layout", CT_LAYOUT, layout_xml(kind)), RT_LAYOUT)
        r_qs = slide.part.relate_to(part("quickStyle", CT_STYLE, style_xml()), RT_STYLE)
        r_cs = slide.part.relate_to(part("colors", CT_COLORS, colors_xml(kind.colors)), RT_COLORS)
        r_dr = slide.part.relate_to(part("drawing", CT_DRAWING, drawing_xml(shapes)), RT_DRAWING)
        data._blob = d.data_xml(r_dr)

        tree = slide.shapes._spTree
        if placeholder_idx is not None:
            ph = slide.placeholders[placeholder_idx]
            sid, name = ph.shape_id, ph.name
            anchor = ph._element
            nvpr = f'<p:nvPr><p:ph idx="{placeholder_idx}"/></p:nvPr>'
            locks = '<p:cNvGraphicFramePr><a:graphicFrameLocks noGrp="1"/></p:cNvGraphicFramePr>'
        else:
            sid = max(int(e.get("id")) for e in tree.iter(qn("p:cNvPr"))) + 1
            name, anchor = f"Diagram {sid - 1}", None
            nvpr, locks = "<p:nvPr/>", "<p:cNvGraphicFramePr/>"
        xml = (
            f'<p:graphicFrame xmlns:p="{NS["p"]}" xmlns:a="{NS["a"]}" xmlns:r="{NS["r"]}">'
            f'<p:nvGraphicFramePr><p:cNvPr id="{sid}" name="{name}"/>{locks}{nvpr}</p:nvGraphicFramePr>'
            f'<p:xfrm><a:off x="{x}" y="{y}"/><a:ext cx="{cx}" cy="{cy}"/></p:xfrm>'
            f'<a:graphic><a:graphicData uri="{DGM_URI}"><dgm:relIds xmlns:dgm="{NS["dgm"]}" '
            f'r:dm="{r_dm}" r:lo="{r_lo}" r:qs="{r_qs}" r:cs="{r_cs}"/></a:graphicData></a:graphic>'
            "</p:graphicFrame>"
        )
        frame = etree.fromstring(xml)
        if anchor is not None:
            anchor.addprevious(frame)
            tree.remove(anchor)
        else:
            tree.append(frame)


# --------------------------------------------------------------------------- the slides

CONTENT = (609600, 1325880, 10972800, 4846320)


def tiles(slide, items: list[tuple[str, str]]) -> None:
    cols, gap = 3, int(0.25 * IN)
    w = (10972800 - gap * (cols - 1)) // cols
    h = int(1.78 * IN)
    for k, (big, label) in enumerate(items):
        r, c = divmod(k, cols)
        x, y = 609600 + c * (w + gap), int(1.72 * IN) + r * (h + gap)
        box = slide.shapes.add_shape(MSO_SHAPE.ROUNDED_RECTANGLE, Emu(x), Emu(y), Emu(w), Emu(h))
        box.name = f"Tile {k + 1}"
        box.adjustments[0] = 0.08
        box.fill.solid()
        box.fill.fore_color.rgb = NAVY if k % 2 == 0 else BLUE
        box.line.fill.background()
        tf = box.text_frame
        tf.word_wrap = True
        tf.vertical_anchor = MSO_ANCHOR.MIDDLE
        fill(
            tf,
            [
                Para(big, 36, bold=True, color=WHITE, align=PP_ALIGN.CENTER),
                Para(label, 13, color=WHITE, align=PP_ALIGN.CENTER),
            ],
        )


def table(slide, rows: list[list[str]], box, widths: list[float], size: float = 11, name="Table"):
    x, y, w, h = box
    gf = slide.shapes.add_table(len(rows), len(rows[0]), Emu(x), Emu(y), Emu(w), Emu(h))
    gf.name = name
    tbl = gf.table
    for j, wd in enumerate(widths):
        tbl.columns[j].width = Emu(int(wd * IN))
    for i, row in enumerate(rows):
        tbl.rows[i].height = Emu(h // len(rows))
        for j, text in enumerate(row):
            cell = tbl.cell(i, j)
            cell.margin_top = cell.margin_bottom = Emu(27432)
            fill(cell.text_frame, [Para(text, size, bold=(i == 0))])
    return gf


def build_deck() -> bytes:
    prs = Presentation()
    widen(prs)
    art = SmartArt(prs)
    L = prs.slide_layouts

    # 1 cover
    s = prs.slides.add_slide(L[L_TITLE])
    ph = s.shapes.title
    ph.left, ph.top, ph.width, ph.height = Emu(914400), Emu(1965960), Emu(10363200), Emu(1470025)
    fill(ph.text_frame, [Para("Right Response, First Time", 48, bold=True, color=NAVY)])
    sub = s.placeholders[1]
    sub.left, sub.top, sub.width, sub.height = (
        Emu(1828800),
        Emu(3611880),
        Emu(8534400),
        Emu(1600200),
    )
    fill(
        sub.text_frame,
        [
            Para(
                "Harlowe Constabulary contact and response plan, 2028/29 to 2030/31", 22, color=BLUE
            ),
            Para(
                "Chief Officer Group, 14 February 2028 \u00b7 Paper COG/28/07 \u00b7 OFFICIAL",
                16,
                color=GREY,
            ),
        ],
    )
    notes(
        s,
        "Presented by the Assistant Chief Constable (Local Policing), Senior Responsible Owner. "
        "The paper went to the Contact Programme Board in shadow form on 26 January 2028.",
    )

    # 2 contents
    s = prs.slides.add_slide(L[L_CONTENT])
    title(s, "Contents")
    body(
        s,
        [
            Para(t, 22)
            for t in (
                "Where we are",
                "What the inspectorate, victims and our people told us",
                "Our ambition and four priorities",
                "How we will measure it",
                "Roadmap, gates and the Wendle and Fells pilot",
                "First 90 days, governance, risks and resources",
                "Decisions sought",
            )
        ],
    )
    footer(s, 2)

    # 3 where we are: tiles
    s = prs.slides.add_slide(L[L_TITLE_ONLY])
    title(s, "Where we are: 2026/27 in figures")
    text_box(
        s,
        609600,
        int(1.12 * IN),
        10972800,
        400000,
        [
            Para(
                "3,120 officers and staff \u00b7 1 force control room \u00b7 3 local policing areas \u00b7 612,000 residents",
                14,
                color=BLUE,
            )
        ],
        name="Subtitle",
    )
    tiles(
        s,
        [
            ("196,400", "999 calls answered in 2026/27"),
            ("71.2%", "of 999 calls picked up inside 10 seconds (national standard: 90%)"),
            ("11m 40s", "average wait before a 101 call is picked up"),
            ("24.1%", "of 101 callers hung up before we answered"),
            ("78.4%", "of emergency incidents reached within 15 (urban) or 20 (rural) minutes"),
            ("68%", "of victims satisfied with how we dealt with them overall"),
        ],
    )
    text_box(
        s,
        609600,
        int(5.9 * IN),
        10972800,
        380000,
        [
            Para(
                "Source: Harlowe Insight, 1 April 2026 to 31 March 2027; Harlowe victim survey, 12 months to March 2027.",
                10,
                color=GREY,
            )
        ],
        name="Source",
    )
    notes(
        s,
        "The 101 abandonment figure is built from daily totals: the telephony platform does not keep "
        "call-level records long enough for a full-year figure.",
    )
    footer(s, 3)

    # 4 what we were told
    s = prs.slides.add_slide(L[L_CONTENT])
    title(s, "What the inspectorate, victims and our people told us")
    body(
        s,
        [
            Para(
                "HMICFRS PEEL 2026/27: responding to the public graded \u2018requires improvement\u2019",
                19,
            ),
            Para(
                "Inspectors found no THRIVE risk assessment on 36% of the incidents they reviewed",
                19,
            ),
            Para(
                "One 101 caller in four gives up before we answer; most ring again or come to a front counter",
                19,
            ),
            Para("Victims say they are not kept informed: \u2018told once, never again\u2019", 19),
            Para(
                "999 and 101 demand up 14% since 2023/24, while 38 of 214 call handler posts stand vacant",
                19,
            ),
            Para(
                "Rural Wendle and Fells waits longest: 62% of emergencies reached within 20 minutes",
                19,
            ),
        ],
    )
    footer(s, 4)

    # 5 ambition
    s = prs.slides.add_slide(L[L_CONTENT])
    title(s, "Our ambition for 2031")
    body(
        s,
        [
            Para(
                "Every caller in Harlowe gets the right response, first time",
                24,
                bold=True,
                color=NAVY,
            ),
            Para("By March 2031 we will:", 19),
            Para(
                "answer 90% of 999 calls within 10 seconds, every month from April 2030",
                17,
                level=1,
            ),
            Para("answer 101 calls in under 3 minutes on average", 17, level=1),
            Para("reach 90% of emergency incidents within our attendance times", 17, level=1),
            Para(
                "offer 9 in 10 victims a needs assessment within 5 days, as the Victims\u2019 Code requires",
                17,
                level=1,
            ),
            Para(
                "be graded \u2018good\u2019 for responding to the public at our next PEEL inspection",
                17,
                level=1,
            ),
            Para("Our three promises: we answer, we assess, we keep you informed", 19, color=BLUE),
        ],
    )
    notes(
        s,
        "The next PEEL inspection of responding to the public is expected in the 2030/31 programme.",
    )
    footer(s, 5)

    # 6 four priorities: Horizontal Bullet List in the content placeholder
    s = prs.slides.add_slide(L[L_CONTENT])
    title(s, "Four priorities, sixteen initiatives")
    art.add(
        s,
        HLIST,
        [
            Node(
                "1 \u00b7 Answer quickly",
                [
                    Node(
                        "Recruit and train 38 call handlers so every funded post is filled by March 2029"
                    ),
                    Node("Add a 101 call-back option so callers keep their place in the queue"),
                    Node(
                        "Move the control room to a demand-led shift pattern built on hourly call forecasts"
                    ),
                    Node(
                        "Replace the ICCS telephony platform before its contract ends in March 2030"
                    ),
                ],
            ),
            Node(
                "2 \u00b7 Assess risk, send the right response",
                [
                    Node("Make THRIVE a mandatory structured field in ORION on every incident"),
                    Node(
                        "Fit automatic vehicle location to every response car outside Castlebridge"
                    ),
                    Node(
                        "Offer scheduled appointments for non-urgent incidents in every local policing area"
                    ),
                    Node(
                        "Put a mental health nurse in the control room from 08:00 to 02:00, seven days a week"
                    ),
                ],
            ),
            Node(
                "3 \u00b7 Record it right, support every victim",
                [
                    Node(
                        "Open a Resolution Centre of 24 investigators to resolve suitable crimes by phone"
                    ),
                    Node(
                        "Record every Victims\u2019 Code needs assessment in CASTOR, not in spreadsheets"
                    ),
                    Node(
                        "Send Single Online Home reports straight into CASTOR through the national interface"
                    ),
                    Node("Link body-worn video clips to CASTOR crime records"),
                ],
            ),
            Node(
                "4 \u00b7 Learn and improve",
                [
                    Node("Audit 300 calls a month against the Harlowe contact standard"),
                    Node("Build a control room demand and capacity model in Harlowe Insight"),
                    Node("Publish 999 and 101 performance on our website every month"),
                    Node(
                        "Survey victims of domestic abuse as well as burglary, violence and hate crime"
                    ),
                ],
            ),
        ],
        CONTENT,
        1400,
        1100,
        placeholder_idx=1,
    )
    footer(s, 6)

    # 7 the contact model: Basic Cycle
    s = prs.slides.add_slide(L[L_TITLE_ONLY])
    title(s, "One cycle for every call: the Harlowe contact model")
    art.add(
        s,
        CYCLE,
        [
            Node("Answer: the first voice owns the call"),
            Node("Assess: THRIVE on every incident"),
            Node("Respond: the right resource at the right time"),
            Node("Resolve: at first contact where we can"),
            Node("Update: the victim hears from us within 5 days"),
            Node("Learn: every audit feeds the next shift\u2019s briefing"),
        ],
        (int(0.5 * IN), int(1.3 * IN), int(7.6 * IN), int(5.0 * IN)),
        1050,
    )
    text_box(
        s,
        int(8.3 * IN),
        int(2.1 * IN),
        int(4.4 * IN),
        int(3.2 * IN),
        [
            Para(
                "The same six steps for a 999 call, a 101 call and an online report.",
                16,
                color=NAVY,
            ),
            Para(
                "THRIVE: threat, harm, risk, investigation, vulnerability and engagement \u2013 the "
                "national model for judging what response a call needs.",
                13,
                color=GREY,
            ),
        ],
        name="Caption",
    )
    footer(s, 7)

    # 8 KPI table
    s = prs.slides.add_slide(L[L_TITLE_ONLY])
    title(s, "How we will measure it")
    table(
        s,
        [
            ["Measure", "Baseline 2026/27", "Target", "By when"],
            ["999 calls answered within 10 seconds", "71.2%", "90%", "March 2030"],
            ["Average time to answer a 101 call", "11 min 40 s", "Under 3 min", "March 2030"],
            ["101 calls abandoned before answer", "24.1%", "Below 8%", "March 2031"],
            [
                "Emergency incidents attended within 15 min (urban) / 20 min (rural)",
                "78.4%",
                "90%",
                "March 2031",
            ],
            ["Priority incidents attended within 60 minutes", "51.0%", "75%", "March 2031"],
            [
                "Incidents with a THRIVE assessment recorded at first contact",
                "64% (audit sample)",
                "98%",
                "March 2030",
            ],
            ["Crimes recorded within 24 hours of the first report", "87.6%", "96%", "March 2030"],
            ["Victims offered a needs assessment within 5 days", "42%", "90%", "March 2030"],
            ["Online reports triaged within 24 hours", "55%", "95%", "March 2029"],
            ["Victims satisfied with the whole experience", "68%", "78%", "March 2031"],
            [
                "Public confidence in Harlowe Constabulary",
                "71% (county survey)",
                "To be set with the Commissioner",
                "\u2014",
            ],
        ],
        (609600, int(1.3 * IN), 10972800, int(4.3 * IN)),
        [5.6, 2.0, 2.3, 2.1],
        12,
        name="KPI table",
    )
    text_box(
        s,
        609600,
        int(5.85 * IN),
        10972800,
        420000,
        [
            Para(
                "\u2018By when\u2019 is the end of the financial year named: March 2029 is the end of 2028/29. "
                "Baselines from Harlowe Insight and the victim survey, 2026/27.",
                10,
                color=GREY,
            )
        ],
        name="Footnote",
    )
    footer(s, 8)

    # 9 roadmap: Basic Chevron Process in the content placeholder
    s = prs.slides.add_slide(L[L_CONTENT])
    title(s, "Roadmap: 2028/29 to 2030/31")
    art.add(
        s,
        CHEVRON,
        [
            Node(
                "Phase 1 \u00b7 Stabilise and prepare \u00b7 Apr\u2013Sep 2028 (Q1\u2013Q2 2028/29)",
                [
                    Node("38 call handler posts advertised; two 16-week courses under way"),
                    Node("THRIVE field built and tested in ORION"),
                    Node("Wendle and Fells baseline measured; pilot vehicles fitted with AVL"),
                    Node("Gate 1 (September 2028): ready to pilot?"),
                ],
            ),
            Node(
                "Phase 2 \u00b7 Pilot in Wendle and Fells \u00b7 Oct 2028\u2013Jun 2029 (Q3 2028/29\u2013Q1 2029/30)",
                [
                    Node(
                        "101 call-back, THRIVE field and scheduled appointments live in the pilot area"
                    ),
                    Node("Resolution Centre takes the pilot area\u2019s suitable crimes"),
                    Node("Gate 2 (June 2029): go/no-go for force-wide roll-out"),
                ],
            ),
            Node(
                "Phase 3 \u00b7 Roll out force-wide \u00b7 Jul 2029\u2013Dec 2030 (Q2 2029/30\u2013Q3 2030/31)",
                [
                    Node("Castlebridge from October 2029; Maybury and Coast from April 2030"),
                    Node("New telephony platform live by March 2030"),
                    Node("Gate 3 (December 2030): every area on the new model"),
                ],
            ),
            Node(
                "Phase 4 \u00b7 Embed and hand over \u00b7 Jan\u2013Mar 2031 (Q4 2030/31)",
                [
                    Node("Benefits review to the Commissioner\u2019s Accountability Board"),
                    Node("Programme closed; the Contact Management command owns the model"),
                ],
            ),
        ],
        (609600, int(1.35 * IN), 10972800, int(4.45 * IN)),
        1100,
        1100,
        placeholder_idx=1,
    )
    text_box(
        s,
        609600,
        int(5.9 * IN),
        10972800,
        380000,
        [
            Para(
                "Financial years run April to March. Month 0 = April 2028 (Q1 2028/29).",
                11,
                color=GREY,
            )
        ],
        name="Clock",
    )
    notes(
        s,
        "Quarters are the force's financial quarters: Q1 is April to June, Q4 is January to March. "
        "A gate falls on the last working day of the month named.",
    )
    footer(s, 9)

    # 10 gates
    s = prs.slides.add_slide(L[L_CONTENT])
    title(s, "Stage gates: what must be true to move on")
    body(
        s,
        [
            Para(
                "Gate 1 \u00b7 Ready to pilot \u00b7 end of September 2028 (end Q2 2028/29)",
                17,
                bold=True,
                color=NAVY,
            ),
            Para(
                "THRIVE field live in ORION\u2019s test system and signed off by the Head of Contact Management",
                14,
                level=1,
            ),
            Para("24 of 38 new call handlers in post or in training", 14, level=1),
            Para(
                "Shift pattern consultation with the Police Federation and UNISON complete",
                14,
                level=1,
            ),
            Para(
                "Gate 2 \u00b7 Go/no-go for roll-out \u00b7 June 2029 (end Q1 2029/30)",
                17,
                bold=True,
                color=NAVY,
            ),
            Para("Pilot area: THRIVE recorded on 95% of incidents", 14, level=1),
            Para("Pilot area: 80% of emergencies reached within 20 minutes", 14, level=1),
            Para("No rise in complaints about call handling", 14, level=1),
            Para(
                "Gate 3 \u00b7 Every area on the new model \u00b7 December 2030 (end Q3 2030/31)",
                17,
                bold=True,
                color=NAVY,
            ),
            Para(
                "Each gate is decided by the ACC (Local Policing) as SRO, on the Contact Programme Board\u2019s advice",
                14,
                color=GREY,
            ),
        ],
    )
    footer(s, 10)

    # 11 pilot
    s = prs.slides.add_slide(L[L_TWO])
    title(s, "Pilot: Wendle and Fells local policing area")
    body(
        s,
        [
            Para("Why Wendle and Fells", 18, bold=True, color=NAVY),
            Para("96,000 residents across Wendle town and 310 square miles of the Fells", 15),
            Para("Longest waits in the county: 62% of emergencies reached within 20 minutes", 15),
            Para("Its response cars carry no automatic vehicle location today", 15),
            Para("A settled neighbourhood team and an LPA commander who asked to go first", 15),
        ],
        idx=1,
        box=(609600, 1325880, 5303520, 4846320),
    )
    body(
        s,
        [
            Para("What the pilot does, October 2028 to June 2029", 18, bold=True, color=NAVY),
            Para(
                "Fit automatic vehicle location to the area\u2019s 34 response and neighbourhood vehicles",
                15,
            ),
            Para("Route the area\u2019s 101 callers to call-back after 2 minutes in the queue", 15),
            Para("Open scheduled appointments at Wendle and Kirkby Fells police stations", 15),
            Para(
                "Second a Resolution Centre team of 6 investigators to the area\u2019s crimes", 15
            ),
            Para("Report pilot results to the Contact Programme Board every month", 15),
        ],
        idx=2,
        box=(6278880, 1325880, 5303520, 4846320),
    )
    notes(
        s,
        "The LPA commander for Wendle and Fells runs the pilot day to day and reports to the "
        "Programme Board each month.",
    )
    footer(s, 11)

    # 12 first 90 days: Vertical Bullet List in the content placeholder
    s = prs.slides.add_slide(L[L_CONTENT])
    title(s, "First 90 days: April to June 2028")
    art.add(
        s,
        VLIST,
        [
            Node(
                "April 2028",
                [
                    Node("Open recruitment for 38 call handlers"),
                    Node(
                        "Give the Police Federation and UNISON formal notice of the control room shift review"
                    ),
                    Node("Hold the first Contact Programme Board"),
                ],
            ),
            Node(
                "May 2028",
                [
                    Node("Start the first 16-week call handler course with 14 trainees"),
                    Node("Agree the THRIVE field specification with ORION\u2019s supplier"),
                    Node(
                        "Start procurement of the replacement telephony platform through the national framework"
                    ),
                ],
            ),
            Node(
                "June 2028",
                [
                    Node("Measure the Wendle and Fells baseline for every KPI"),
                    Node("Sign the 101 call-back change request with the telephony supplier"),
                    Node("Present the plan to the Commissioner\u2019s Accountability Board"),
                ],
            ),
        ],
        CONTENT,
        1600,
        1400,
        placeholder_idx=1,
    )
    footer(s, 12)

    # 13 governance: Hierarchy
    s = prs.slides.add_slide(L[L_TITLE_ONLY])
    title(s, "Governance")
    art.add(
        s,
        HIER,
        [
            Node(
                "Police and Crime Commissioner \u00b7 holds the Chief Constable to account (Accountability Board, quarterly)",
                [
                    Node(
                        "Chief Officer Group \u00b7 chair: Chief Constable; approves the plan and its budget",
                        [
                            Node(
                                "Contact Programme Board \u00b7 chair: ACC (Local Policing), SRO; monthly",
                                [
                                    Node(
                                        "Contact and control room \u00b7 lead: Head of Contact Management"
                                    ),
                                    Node(
                                        "Response and neighbourhoods \u00b7 lead: Head of Response Policing"
                                    ),
                                    Node(
                                        "Victims and crime recording \u00b7 lead: Victim Care Unit Manager"
                                    ),
                                    Node(
                                        "Data, digital and people \u00b7 lead: Head of Digital Services"
                                    ),
                                ],
                            ),
                        ],
                    ),
                ],
            ),
        ],
        (609600, int(1.3 * IN), 10972800, int(4.35 * IN)),
        1200,
    )
    text_box(
        s,
        609600,
        int(5.8 * IN),
        10972800,
        400000,
        [
            Para(
                "Consulted, not members: the Police Federation, UNISON, the Commissioner\u2019s office and the "
                "Independent Advisory Group.",
                12,
                color=GREY,
            )
        ],
        name="Consulted",
    )
    footer(s, 13)

    # 14 risks
    s = prs.slides.add_slide(L[L_TITLE_ONLY])
    title(s, "Risks and mitigations")
    table(
        s,
        [
            ["#", "Risk", "Rating", "Mitigation", "Owner"],
            [
                "R1",
                "Recruitment and training cannot fill 38 call handler posts by March 2029",
                "High",
                "Run three 16-week courses a year instead of two from September 2028",
                "Head of Learning and Development",
            ],
            [
                "R2",
                "The ICCS telephony contract ends in March 2030 before a replacement is live",
                "High",
                "Start procurement in May 2028 and negotiate a 12-month extension option",
                "Head of Digital Services",
            ],
            [
                "R3",
                "Shift pattern consultation runs past Gate 1",
                "Medium",
                "Share the demand model with the Federation and UNISON from April 2028",
                "Head of People",
            ],
            [
                "R4",
                "Pilot results in a rural area do not transfer to Castlebridge",
                "Medium",
                "Run a four-week Castlebridge test of call-back before Gate 2",
                "Head of Contact Management",
            ],
            [
                "R5",
                "Victims\u2019 Code records cannot be moved from spreadsheets into CASTOR",
                "Medium",
                "Start new needs assessments in CASTOR from the pilot; keep the spreadsheets read-only",
                "Victim Care Unit Manager",
            ],
            [
                "R6",
                "A summer demand peak swamps the control room during roll-out",
                "Medium",
                "Agree a summer surge plan with response and neighbourhood teams by May each year",
                "Head of Response Policing",
            ],
        ],
        (609600, int(1.3 * IN), 10972800, int(4.6 * IN)),
        [0.5, 3.8, 0.9, 4.3, 2.5],
        11,
        name="Risk table",
    )
    footer(s, 14)

    # 15 resources
    s = prs.slides.add_slide(L[L_CONTENT])
    title(s, "Resources")
    body(
        s,
        [
            Para(
                "\u00a36.4m over three years: \u00a33.9m revenue, \u00a32.5m capital",
                20,
                bold=True,
                color=NAVY,
            ),
            Para(
                "38 call handler posts are already in the base budget; the plan fills them, it does not add posts",
                16,
            ),
            Para(
                "Telephony replacement \u00a31.4m; AVL for the 148 vehicles outside Castlebridge \u00a30.6m (capital)",
                16,
            ),
            Para("Resolution Centre: 24 investigators moved from response teams, no new posts", 16),
            Para(
                "Mental health nurse: \u00a30.36m a year, half funded by Harlowe and Wendle NHS Foundation Trust",
                16,
            ),
            Para("Phase 1 and the pilot: \u00a31.9m in 2028/29", 16),
        ],
    )
    footer(s, 15)

    # 16 decisions sought
    s = prs.slides.add_slide(L[L_CONTENT])
    title(s, "Decisions sought")
    body(
        s,
        [
            Para("We ask the Chief Officer Group to:", 19, bold=True, color=NAVY),
            Para(
                "Approve Right Response, First Time as the force\u2019s contact and response plan for 2028/29 to 2030/31",
                16,
                level=1,
            ),
            Para("Release \u00a31.9m for Phase 1 and the pilot in 2028/29", 16, level=1),
            Para("Agree the Wendle and Fells local policing area as the pilot", 16, level=1),
            Para(
                "Delegate the Gate 1 to Gate 3 decisions to the ACC (Local Policing) as Senior Responsible Owner",
                16,
                level=1,
            ),
            Para("We ask the Commissioner to:", 19, bold=True, color=NAVY),
            Para("Note the plan at the Accountability Board on 7 March 2028", 16, level=1),
            Para(
                "Adopt the 999 and 101 measures in the Police and Crime Plan\u2019s performance framework",
                16,
                level=1,
            ),
        ],
    )
    notes(
        s,
        "If the Chief Officer Group approves, the plan goes to the Commissioner's Accountability Board "
        "on 7 March 2028.",
    )
    footer(s, 16)

    return ooxml_bytes(
        prs,
        STAMP,
        author="Contact Programme Office",
        last_modified_by="Contact Programme Office",
        title="Right Response, First Time",
        subject="Contact and response plan 2028/29 to 2030/31",
        revision=14,
    )


# =========================================================================== the org folder

TOR_TITLE = "Right Response, First Time: Contact Programme Board"
TOR_CONTROL = [
    ("Document", "Terms of reference, version 1.2"),
    ("Owner", "Contact Programme Manager"),
    (
        "Approved",
        "Chief Officer Group, 24 January 2028 (the Board sits in shadow form until the plan is approved)",
    ),
    ("Next review", "At Gate 1, September 2028"),
]
# (heading, clauses); a clause is (number, text), a sub-item's number is "(a)", "(b)" ...
TOR: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "1. Purpose",
        [
            (
                "1.1",
                "The Contact Programme Board steers Right Response, First Time, Harlowe Constabulary\u2019s "
                "contact and response plan for April 2028 to March 2031, and makes sure each phase delivers "
                "what the Chief Officer Group approved.",
            ),
            (
                "1.2",
                "The Board does not manage day-to-day call handling or deployment, which stay with the "
                "Contact Management and Local Policing commands.",
            ),
        ],
    ),
    (
        "2. Authority",
        [
            (
                "2.1",
                "The Board acts under authority delegated by the Chief Officer Group, which the Chief "
                "Constable chairs.",
            ),
            (
                "2.2",
                "The Police and Crime Commissioner holds the Chief Constable to account for the plan through "
                "the quarterly Accountability Board; the Commissioner and the Commissioner\u2019s staff are "
                "not members of the Board.",
            ),
        ],
    ),
    (
        "3. Decisions reserved",
        [
            (
                "3.1",
                "The Senior Responsible Owner takes each gate decision (Gates 1 to 3) on the Board\u2019s "
                "advice and releases each phase\u2019s budget at its gate, within the envelope the Chief "
                "Officer Group approves.",
            ),
            (
                "3.2",
                "A change of more than \u00a3200,000 to a phase\u2019s budget, or to the plan\u2019s end "
                "date, goes to the Chief Officer Group.",
            ),
            (
                "3.3",
                "A change to the hours that 101 is answered or that a front counter is open must be agreed "
                "with the Commissioner before it is announced.",
            ),
        ],
    ),
    (
        "4. Membership",
        [
            (
                "4.1",
                "The Assistant Chief Constable (Local Policing) \u2013 Senior Responsible Owner and chair; "
                "answers for the programme to the Chief Officer Group and for its benefits to the "
                "Commissioner, and takes each gate decision under the Group\u2019s delegation.",
            ),
            (
                "4.2",
                "The Head of Contact Management \u2013 the Chief Superintendent in charge of the Force "
                "Control Room: 999 and 101 call handling, dispatch and the Force Incident Managers, THRIVE "
                "grading at first contact, control room staffing and shift patterns, the Contact Quality "
                "Team and its call audits, and the mental health advice available to controllers.",
            ),
            (
                "4.3",
                "The Public Contact Manager (101 and Online) \u2013 runs the 101 queue and its call-back, "
                "the switchboard, the Online Reporting Desk that handles Single Online Home reports and "
                "webchat, and the three front counters.",
            ),
            (
                "4.4",
                "The Head of Response Policing. The Superintendent responsible for the response teams in all "
                "three local policing areas, attendance to emergency and priority incidents, deployment of "
                "the response fleet and its use of automatic vehicle location, and the summer demand plan.",
            ),
            (
                "4.5",
                "The Head of Neighbourhood Policing \u2013 neighbourhood policing teams and PCSOs across the "
                "force, scheduled appointments for non-urgent incidents, local problem solving and "
                "community engagement.",
            ),
            (
                "4.6",
                "The Local Policing Area Commander, Wendle and Fells \u2013 the Chief Inspector commanding "
                "the pilot area; delivers the pilot in Wendle and Fells, its appointments at Wendle and "
                "Kirkby Fells, and the area\u2019s own baseline and results.",
            ),
            (
                "4.7",
                "The Head of Crime Management \u2013 crime allocation and investigation standards, and the "
                "Resolution Centre that investigates suitable crimes by telephone.",
            ),
            (
                "4.8",
                "The Victim Care Unit Manager \u2013 the Victim Care Unit, the force\u2019s compliance with "
                "the Victims\u2019 Code, needs assessments and referrals to support services, and updates "
                "to victims.",
            ),
            (
                "4.9",
                "The Force Crime Registrar. Independent of the programme\u2019s targets, the Registrar "
                "answers for crime recording under the Home Office Counting Rules and the National Crime "
                "Recording Standard, and audits the accuracy and timeliness of crime records.",
            ),
            (
                "4.10",
                "The Head of Digital Services \u2013 ORION command and control, the CASTOR records "
                "management system, the ICCS telephony platform and its replacement, the Single Online "
                "Home interface, ClearView body-worn video storage, vehicle location and officers\u2019 "
                "mobile devices.",
            ),
            (
                "4.11",
                "The Head of Performance and Analysis \u2013 the Harlowe Insight data warehouse and its "
                "dashboards, performance reporting to chief officers and the Commissioner, demand analysis "
                "and forecasting, the published performance figures, and the victim and public confidence "
                "surveys.",
            ),
            (
                "4.12",
                "The Head of People \u2013 recruitment, workforce planning, the force\u2019s formal "
                "consultation with the Police Federation and UNISON, and changes to working patterns.",
            ),
            (
                "4.13",
                "The Head of Learning and Development \u2013 the Learning and Development Centre at "
                "Ashcombe: the call handler course, THRIVE and Victims\u2019 Code training, and tutoring "
                "for new staff.",
            ),
            (
                "4.14",
                "The Contact Programme Manager \u2013 secretary to the Board; keeps the plan, the RAID log "
                "and the benefits register, and writes the gate reports.",
            ),
            ("4.15", "In attendance, without a vote:"),
            ("(a)", "The Director of Finance \u2013 advises on the budget and the phase releases."),
            (
                "(b)",
                "The Data Protection Officer. Advises on data protection impact assessments and the lawful "
                "sharing of call, video and victim records.",
            ),
            ("4.16", "The following are consulted but are not members:"),
            (
                "(a)",
                "The Police Federation Branch Secretary \u2013 for officers\u2019 shift patterns, rostered "
                "duties and welfare.",
            ),
            (
                "(b)",
                "The UNISON Police Staff Branch Secretary \u2013 for control room staff, call handlers and "
                "their working patterns.",
            ),
            (
                "(c)",
                "The Head of Policy and Scrutiny, Office of the Police and Crime Commissioner \u2013 for the "
                "Police and Crime Plan, the victim survey the Commissioner commissions, and the hours of 101 "
                "and the front counters.",
            ),
            (
                "(d)",
                "The Chair of the Independent Advisory Group \u2013 for the effect of changes on communities "
                "and on people who find it hard to contact the police.",
            ),
            (
                "4.17",
                "A member who cannot attend may send a named deputy who can speak for their command.",
            ),
        ],
    ),
    (
        "5. Quorum",
        [
            (
                "5.1",
                "The Board is quorate when the chair (or the Head of Contact Management in the chair\u2019s "
                "absence) and five other members are present.",
            ),
        ],
    ),
    (
        "6. Meetings and reporting",
        [
            (
                "6.1",
                "The Board meets monthly, in the second week of the month; papers go out five working days "
                "before the meeting.",
            ),
            (
                "6.2",
                "The Contact Programme Manager reports the Board\u2019s highlights to the Chief Officer Group "
                "each month, and the chair reports to the Commissioner\u2019s Accountability Board each "
                "quarter.",
            ),
        ],
    ),
    (
        "7. Consultation",
        [
            (
                "7.1",
                "Consulted parties receive the Board\u2019s papers on the items that concern them and may "
                "attend for those items; they take no decisions for the programme.",
            ),
            (
                "7.2",
                "Consultation with the Police Federation and UNISON follows the arrangements held by the "
                "Head of People.",
            ),
        ],
    ),
    (
        "8. Review",
        [
            ("8.1", "These terms are reviewed at each gate."),
        ],
    ),
]


def _clause(doc, number: str, text: str) -> None:
    p = doc.add_paragraph(f"{number}\t{text}")
    fmt = p.paragraph_format
    sub = number.startswith("(")
    fmt.left_indent = DocPt(64 if sub else 36)
    fmt.first_line_indent = DocPt(-28 if sub else -36)
    fmt.space_after = DocPt(6)


def _docx_base(header: str):
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = DocPt(11)
    section = doc.sections[0]
    hp = section.header.paragraphs[0]
    hp.text = header
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return doc


def build_tor() -> bytes:
    doc = _docx_base("OFFICIAL")
    doc.add_heading(TOR_TITLE, level=0)
    doc.add_paragraph("Terms of reference")
    tbl = doc.add_table(rows=0, cols=2)
    tbl.style = "Table Grid"
    for k, v in TOR_CONTROL:
        cells = tbl.add_row().cells
        cells[0].text, cells[1].text = k, v
    for heading, clauses in TOR:
        doc.add_heading(heading, level=1)
        for number, text in clauses:
            _clause(doc, number, text)
    return ooxml_bytes(
        doc,
        DOC_STAMP,
        author="Contact Programme Office",
        title=TOR_TITLE,
        last_modified_by="Contact Programme Office",
        revision=7,
    )


PEEL_TITLE = "PEEL 2026/27: Harlowe Constabulary \u2013 responding to the public (extract)"
PEEL: list[tuple[str, list[str]]] = [
    (
        "Grade",
        [
            "Requires improvement.",
        ],
    ),
    (
        "Summary",
        [
            "Harlowe Constabulary needs to improve how quickly it answers calls from the public and how well "
            "it assesses the risk to callers. It attends too few emergency incidents within its own target "
            "times in its rural areas, and it cannot show that victims are offered the services the Victims\u2019 "
            "Code entitles them to.",
        ],
    ),
    (
        "Cause of concern",
        [
            "The force does not answer emergency and non-emergency calls quickly enough. In the year to March "
            "2027 it answered 71.2 percent of 999 calls within 10 seconds, against a national standard of 90 "
            "percent, and one in four 101 callers abandoned their call.",
            "Recommendation: within six months the force should have a plan, with a named chief officer "
            "responsible, to answer 999 and 101 calls within national and its own standards.",
        ],
    ),
    (
        "Areas for improvement",
        [
            "1. The force should make sure its call handlers use a structured risk assessment (THRIVE) at first "
            "contact and record it so that supervisors can check it.",
            "We reviewed 220 incidents; in 80 of them (36 percent) we found no record of a THRIVE assessment, "
            "and call handlers told us ORION gives them nowhere to record one other than the incident log.",
            "2. The force should make sure it complies with the Victims\u2019 Code, including offering victims a "
            "needs assessment, and can show that it has done so.",
            "The Victim Care Unit could not show us which victims had been offered a needs assessment without "
            "searching its monthly workbooks by hand.",
            "3. The force should attend emergency and priority incidents within its own target times, "
            "especially in its rural areas.",
            "Controllers covering Wendle and Fells and Maybury and Coast cannot see where patrols are and find "
            "the nearest available unit by calling round on the radio.",
        ],
    ),
    (
        "Crime recording",
        [
            "The force recorded 91.3 percent of reported crimes (confidence interval \u00b12.1 percent) and is "
            "graded adequate for crime data integrity.",
        ],
    ),
    (
        "Promising practice",
        [
            "The force\u2019s Contact Quality Team audits recorded calls and feeds back to each call handler "
            "within a week; call handlers value it.",
        ],
    ),
    (
        "Next steps",
        [
            "We will revisit the force\u2019s response to the public in our 2030/31 PEEL programme.",
        ],
    ),
]


def build_peel() -> bytes:
    doc = _docx_base("OFFICIAL \u2013 extract for the Contact Programme Board")
    doc.add_heading(PEEL_TITLE, level=0)
    doc.add_paragraph(
        "HM Inspectorate of Constabulary and Fire & Rescue Services \u00b7 published "
        "November 2027 \u00b7 extract made by the Contact Programme Office"
    )
    for heading, paras in PEEL:
        doc.add_heading(heading, level=1)
        for text in paras:
            doc.add_paragraph(text)
    return ooxml_bytes(
        doc,
        DOC_STAMP,
        author="Contact Programme Office",
        title=PEEL_TITLE,
        last_modified_by="Contact Programme Office",
        revision=3,
    )


SYSTEMS = """
# Contact, command and records systems: inventory

Kept by the Head of Digital Services. Last reviewed January 2028.

## Telephony

The ICCS telephony platform (Vantis ICCS 7) carries every 999 and 101 call into the Force
Control Room at Tenter Lane, Castlebridge, and records every call.

101 has no call-back facility: a caller who hangs up loses their place in the queue and has to
ring again.

The platform keeps abandoned-call records for 90 days; after that only daily totals survive.

The ICCS 7 support contract ends on 31 March 2030 and cannot be extended again under the current
framework.

A replacement has to be bought through the national framework, which takes about nine months
from specification to contract.

## Command and control

ORION is our command and control system. Every call that needs police action becomes an ORION
incident with a grade: 1 emergency, 2 priority, 3 scheduled, 4 resolved without deployment.

THRIVE is written into ORION's free-text log; ORION has no structured field for it, so whether an
assessment was done can only be found by reading the log.

ORION's supplier releases screen changes twice a year, in March and September, and each needs a
change request agreed four months ahead.

Automatic vehicle location feeds ORION from the 64 response cars based in Castlebridge; the 148
vehicles in Wendle and Fells and in Maybury and Coast are not tracked, and controllers find the
nearest unit by radio.

## Records

CASTOR is the force's records management system for crime, intelligence, custody and case files.

Every officer and PCSO carries a smartphone with CASTOR Mobile, which creates crime reports and
takes statements at the scene.

Single Online Home reports arrive in a shared mailbox and are keyed into CASTOR by hand at the
Online Reporting Desk; the national interface that would send them across is not switched on.

Body-worn video is stored in ClearView; a clip is not linked to the CASTOR crime record, and
officers type its reference into the record's free text.

Linking ClearView to CASTOR needs an impact assessment signed off by the Data Protection Officer
before any live data moves.

The Victim Care Unit records Victims' Code needs assessments in a spreadsheet on a shared drive,
one workbook per month; CASTOR does not hold them.

In Wendle and Fells, needs assessments taken by neighbourhood officers are still written on paper
form VC1 and posted to the Victim Care Unit.

## Data, reporting and rostering

Harlowe Insight is the force's data warehouse: it takes nightly extracts of ORION, CASTOR, ICCS and
Rostra and feeds the Power BI dashboards used at the daily management meeting.

Control room demand is forecast by one analyst in a spreadsheet, by day of the week only; we have
no tool that forecasts calls by the hour.

Rostra is our duty management system for officers and staff, including the control room's rota.

## Appointments and front counters

Scheduled appointments can be booked only in Castlebridge, through Rostra's appointment module;
elsewhere an officer rings the victim to arrange a time.

Front counters are open at Castlebridge (24 hours), Wendle (08:00 to 20:00) and Maybury (08:00 to
18:00).
"""

MEASURES = """
# Performance framework: contact and response measures

Kept by the Head of Performance and Analysis. Baselines are for 2026/27 (1 April 2026 to 31 March
2027) and come from Harlowe Insight unless stated.

## 999 answer time

The share of 999 calls answered by a Harlowe call handler within 10 seconds of BT presenting the
call to the force. The national standard is 90%.

Owner: Head of Contact Management. Baseline: 71.2%.

## 101 time to answer

The mean time from a caller choosing the police option in the 101 menu to a call handler
answering.

Owner: Public Contact Manager (101 and Online). Baseline: 11 minutes 40 seconds.

## 101 abandonment

The share of 101 calls the caller ends before answer, counting calls that waited at least 30
seconds. The baseline is built from the platform's daily totals.

Owner: Public Contact Manager (101 and Online). Baseline: 24.1%.

## Attendance

Emergency (grade 1) incidents attended within 15 minutes in urban areas and 20 minutes in rural
areas, and priority (grade 2) incidents within 60 minutes, from the incident's creation in ORION
to the first unit's arrival.

Outside Castlebridge, arrival is logged when the officer reports it by radio, so rural times rest
on radio messages.

Owner: Head of Response Policing. Baselines: 78.4% (emergency), 51.0% (priority).

## THRIVE at first contact

The share of incidents with a THRIVE assessment recorded before the call ends. Because ORION holds
no THRIVE field, the figure comes from a monthly audit of 200 incidents by the Contact Quality Team.

Owner: Head of Contact Management. Baseline: 64%.

## Crimes recorded within 24 hours

The share of crimes recorded in CASTOR within 24 hours of the first report, as the National Crime
Recording Standard requires.

Owner: Force Crime Registrar. Baseline: 87.6%.

## Needs assessments within 5 days

The share of victims of recorded crime offered a Victims' Code needs assessment within 5 days of
their report, counted from the Victim Care Unit's monthly workbooks.

Owner: Victim Care Unit Manager. Baseline: 42%.

## Online reports triaged within 24 hours

The share of Single Online Home reports read, graded and either recorded or closed within 24 hours.

Owner: Public Contact Manager (101 and Online). Baseline: 55%.

## Victim satisfaction

The share of surveyed victims satisfied with the whole experience. The Harlowe victim survey
interviews about 2,400 victims a year by telephone, six to twelve weeks after their report.

The survey samples victims of burglary, violent crime and hate crime; victims of domestic abuse are
not surveyed.

Owner: Head of Performance and Analysis. Baseline: 68%.

## Public confidence

The Commissioner's county survey asks 1,000 residents twice a year whether they have confidence in
the police in their area. Reported by the Head of Performance and Analysis. Baseline: 71%.
"""

WORKFORCE = """
# Force Control Room: workforce note, January 2028

From the Head of Contact Management to the Contact Programme Board.

The Force Control Room at Tenter Lane, Castlebridge, has an establishment of 214 call handlers, 46
dispatchers and 12 Force Incident Managers, working across 96 positions.

On 31 January 2028, 38 of 214 call handler posts were vacant.

Call handlers work 12-hour shifts on a four-team pattern (two days, two nights, four off), agreed in
2019 and not reviewed since.

Staff turnover among call handlers was 19% in 2026/27; exit interviews name the shift pattern and
the queue as the main reasons.

The call handler course lasts 16 weeks and the Learning and Development Centre at Ashcombe has one
classroom with ORION and ICCS training positions, for 14 trainees a course; it runs two courses a
year.

A new call handler may not take 999 calls alone until 12 weeks after the course ends, under a
tutor.

The Contact Quality Team of four reviewers audits about 120 recorded calls a month against the
Harlowe contact standard and feeds back to each call handler within a week.

There is no mental health practitioner in the control room; controllers ring the Harlowe and Wendle
NHS crisis line, which takes police calls between 09:00 and 17:00 only.

Force Incident Managers command live incidents from the control room around the clock.
"""

CONSULTATION = """
# Consultation with the staff associations and trade unions (extract)

Held by the Head of People. Formal notice to the Police Federation and to UNISON is given by the
Head of People, not by a programme.

## Police officers

The Police Federation's Joint Branch Board represents constables, sergeants, inspectors and chief
inspectors.

A change to police officers' shift patterns needs consultation with the Joint Branch Board and at
least one month's notice to each officer of their new rostered duties, as Police Regulations
require.

The Federation is consulted, not asked to agree; its views go to the Chief Officer Group with any
proposal.

## Police staff

UNISON is the recognised union for police staff, including call handlers and dispatchers.

Changes to police staff working patterns, including the control room rota, follow the Collective
Agreement with UNISON: 45 days' formal consultation before any change is agreed.

The control room rota cannot change between 1 June and 30 September, when annual leave is fixed a
year in advance.
"""

PCP = """
# Police and Crime Plan 2025 to 2029 (extract)

Issued by the Police and Crime Commissioner for Harlowe.

## Priorities

1. Answer the public when they need us.
2. Put victims first.
3. Safer rural communities.

## Holding the force to account

The Commissioner sets the Police and Crime Plan and the force budget, and holds the Chief Constable
to account at a public Accountability Board each quarter, in March, June, September and December.

The Commissioner funds victims' services, including the Harlowe Victim Support contract, from the
Ministry of Justice victims' grant.

The victim survey is commissioned by the Office of the Police and Crime Commissioner, which must
agree any change to its questions or sample.

## The plan's term

This plan runs to March 2029. The Commissioner elected in May 2028 must issue a new Police and Crime
Plan and may change its priorities and measures.
"""

PROFILE = """WENDLE AND FELLS LOCAL POLICING AREA: PROFILE (January 2028)

Population: 96,000. Wendle town has 41,000 residents; the Fells have 55,000 in 23 villages over 310
square miles of upland.

Police stations: Wendle (front counter 08:00 to 20:00) and Kirkby Fells.

Kirkby Fells police station has no front counter and is staffed only on weekday mornings.

The area has 34 response and neighbourhood vehicles, all based at Wendle.

Mobile data coverage is poor in the upper Fells: radios and CASTOR Mobile lose signal in the valleys
above Kirkby Fells.

Emergency incidents reached within 20 minutes in 2026/27: 62%.

The neighbourhood team has been stable for three years, and the LPA commander volunteered the area
for the pilot.
"""

EMAIL = """From: Head of Digital Services
To: Contact Programme Manager
Date: Saturday 22 January 2028 16:48
Subject: ICCS 7 - contract end and call-back

Hi,

Vantis have now confirmed in writing that ICCS 7 support ends on 31 March 2030. Procurement's view
is in the inventory: the framework does not allow a further extension.

Call-back is a licensed module of ICCS 7 that was never configured here; switching it on needs a
change request to Vantis, which quotes a 12-week lead time.

It also needs 20 more ICCS licences, which we can buy under the current contract.

Regards,
Head of Digital Services
"""


def build(out: Path) -> None:
    root = out / CASE
    write_files(
        root,
        {
            DECK: build_deck(),
            "org/governance/contact-programme-board-terms-of-reference.docx": build_tor(),
            "org/governance/staff-association-consultation-arrangements.md": CONSULTATION,
            "org/systems/contact-command-and-records-systems.md": SYSTEMS,
            "org/measures/performance-framework-contact-and-response.md": MEASURES,
            "org/context/control-room-workforce-note-2028-01.md": WORKFORCE,
            "org/context/peel-2026-27-responding-to-the-public-extract.docx": build_peel(),
            "org/context/police-and-crime-plan-2025-2029-extract.md": PCP,
            "org/context/wendle-and-fells-lpa-profile.txt": PROFILE,
            "org/context/email-2028-01-22-iccs-contract-and-call-back.txt": EMAIL,
        },
    )


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
