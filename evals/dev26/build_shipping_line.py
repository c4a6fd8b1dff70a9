"""Build the dev26 case ``shipping-line``: its deck and its org folder, deterministically.

Run from the repository root with the project's venv (python-docx for the one DOCX; the deck,
the PDF and the text files are written by hand):

    .venv/bin/python evals/dev26/build_shipping_line.py [out]

Writes, under ``evals/dev26/shipping-line/`` (or ``<out>/shipping-line/``):

- ``Lighter Wake 2027-2030 - Board pack.pptx``: a Danish-Singaporean container line's fleet
  decarbonisation plan for April 2027 to March 2030, a 16:9 deck made in GOOGLE SLIDES and
  downloaded as PowerPoint, with what such a download carries: no ``docProps`` at all (so no
  ``Application``), a binary ``ppt/metadata`` part related from the presentation with Google's
  own relationship type, the 10 x 5.625 in page (9144000 x 5143500 EMU), a "Simple Light"
  theme, five layouts named TITLE, SECTION_HEADER, TITLE_AND_BODY, TITLE_ONLY and BLANK, every
  shape named "Google Shape;<id>;<page id>" (page ids "p1" and "g..._0_<n>"), title
  placeholders, text boxes with Google's ``bodyPr`` (``anchorCtr``, ``spcFirstLastPara``,
  91425 EMU insets), ``a:pPr`` with ``indent lvl marL rtl algn``, bullets as ``a:buChar``
  "\u25cf" and numbered lists as ``a:buAutoNum`` (so the numbers are not in the text), the
  slide number as a ``slidenum`` field whose text is "\u2039#\u203a", a notes slide for EVERY
  slide (most of them empty), KPI tiles as groups (``p:grpSp``) of a big number over a label
  and a baseline line, and the roadmap and the risks as native tables (the roadmap's fiscal
  years merged over their quarters, a "Later" column outside the horizon).
- ``org/``: the line's own files: the org chart as nested Markdown bullets
  (``people/org-chart.md``), the fleet operations charter as a PDF (written by hand, as a Word
  export would look to a text reader), the steering group's terms, an extract of the
  collective agreement (DOCX), the systems and data inventory, the metric definitions, the
  fleet register, the ports note, the crew and training facts and a saved email from the
  Flag State Liaison.

Re-running it rewrites every file byte for byte: the PPTX and the PDF are assembled from
literal strings with fixed ZIP entry times and a fixed document date; the DOCX goes through
``evals/dev16/_build.py`` (fixed entry times and core-property dates). It never touches
``gold.json``. This is a DEVELOPMENT case (split "dev26").
"""

from __future__ import annotations

import io
import sys
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

from docx import Document
from docx.shared import Pt

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals.dev16._build import Stamp, ooxml_bytes, write_files  # noqa: E402

HERE = Path(__file__).resolve().parent
CASE = "shipping-line"
DECK = "Lighter Wake 2027-2030 - Board pack.pptx"
STAMP = Stamp((2027, 2, 19, 14, 5, 0), "2027-02-19T14:05:00Z")
ZIP_TIME = (1980, 1, 1, 0, 0, 0)

EMU = 914400
W, H = 9144000, 5143500
NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS_P = "http://schemas.openxmlformats.org/presentationml/2006/main"
NSDECL = f'xmlns:a="{NS_A}" xmlns:r="{NS_R}" xmlns:p="{NS_P}"'
HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
GOOGLE_META = "http://customschemas.google.com/relationships/presentationmetadata"
TABLE_STYLE = "{7F3C2A91-5B0E-4D2C-9A41-2E6B8C0D1F53}"
DOC_ID = "1Lw8hXq2Zr0kTn5VbYc3GmPa7JdQeRs9UiOfKgHtLx4E"
PAGE_BASE = "g2f0b7c3a91e_0_"

FONT = "Lato"
NAVY = "0B2545"
TEAL = "1B998B"
SAND = "F4F1EA"
CORAL = "E4572E"
GREY = "5C6B73"
LINE = "BFC8CF"
WHITE = "FFFFFF"
PALE = "E6F4F2"


def emu(inches: float) -> int:
    return int(round(inches * EMU))


# =========================================================================== Google-style XML


class Ids:
    """Object ids as Google Slides numbers them: one counter over the whole deck."""

    def __init__(self) -> None:
        self.n = 54

    def next(self) -> int:
        self.n += 1
        return self.n


IDS = Ids()


def page_id(n: int) -> str:
    return "p1" if n == 1 else f"{PAGE_BASE}{(n - 1) * 23}"


@dataclass
class R:
    """A text run."""

    text: str
    size: float
    bold: bool = False
    color: str = NAVY
    italic: bool = False
    caps: bool = False


@dataclass
class Para:
    """A paragraph: runs, alignment, a bullet ("dot", "num") and space before (points)."""

    runs: list[R]
    algn: str = "l"
    bullet: str | None = None
    before: int = 0


def run_xml(r: R) -> str:
    attrs = []
    if r.bold:
        attrs.append('b="1"')
    if r.caps:
        attrs.append('cap="all"')
    if r.italic:
        attrs.append('i="1"')
    attrs.append('lang="en-GB"')
    attrs.append(f'sz="{int(round(r.size * 100))}"')
    return (
        f'<a:r><a:rPr {" ".join(attrs)}><a:solidFill><a:srgbClr val="{r.color}"/>'
        f'</a:solidFill><a:latin typeface="{FONT}"/><a:ea typeface="{FONT}"/>'
        f'<a:cs typeface="{FONT}"/><a:sym typeface="{FONT}"/></a:rPr>'
        f"<a:t>{escape(r.text)}</a:t></a:r>"
    )


def para_xml(p: Para) -> str:
    size = int(round(p.runs[0].size * 100)) if p.runs else 1000
    spc = (
        f'<a:spcBef><a:spcPts val="{p.before * 100}"/></a:spcBef>'
        '<a:spcAft><a:spcPts val="0"/></a:spcAft>'
    )
    if p.bullet is None:
        ppr = f'<a:pPr indent="0" lvl="0" marL="0" rtl="0" algn="{p.algn}">{spc}<a:buNone/></a:pPr>'
    else:
        mark = (
            '<a:buChar char="\u25cf"/>'
            if p.bullet == "dot"
            else '<a:buAutoNum type="arabicPeriod"/>'
        )
        ppr = (
            f'<a:pPr indent="-{emu(0.2)}" lvl="0" marL="{emu(0.25)}" rtl="0" algn="{p.algn}">'
            f'{spc}<a:buClr><a:srgbClr val="{TEAL}"/></a:buClr><a:buSzPts val="{size}"/>'
            f'<a:buFont typeface="{FONT}"/>{mark}</a:pPr>'
        )
    body = "".join(run_xml(r) for r in p.runs)
    return f'<a:p>{ppr}{body}<a:endParaRPr lang="en-GB" sz="{size}"/></a:p>'


def t(text: str, size: float = 11, **kw) -> Para:
    """A one-run paragraph; ``algn``, ``bullet`` and ``before`` go to the paragraph."""
    pkw = {k: kw.pop(k) for k in ("algn", "bullet", "before") if k in kw}
    return Para([R(text, size, **kw)], **pkw)


def lead(head: str, rest: str, size: float = 11, **kw) -> Para:
    """A bold lead-in and the rest of its paragraph as two runs."""
    pkw = {k: kw.pop(k) for k in ("algn", "bullet", "before") if k in kw}
    color = kw.pop("color", NAVY)
    return Para([R(head, size, bold=True, color=color), R(rest, size, color=color)], **pkw)


def _fill(fill: str | None) -> str:
    return f'<a:solidFill><a:srgbClr val="{fill}"/></a:solidFill>' if fill else "<a:noFill/>"


def _ln(line: str | None) -> str:
    if not line:
        return "<a:ln><a:noFill/></a:ln>"
    return (
        f'<a:ln w="9525" cap="flat" cmpd="sng"><a:solidFill><a:srgbClr val="{line}"/>'
        '</a:solidFill><a:prstDash val="solid"/><a:round/><a:headEnd type="none" w="sm" '
        'len="sm"/><a:tailEnd type="none" w="sm" len="sm"/></a:ln>'
    )


def sp(
    page: str,
    x: float,
    y: float,
    w: float,
    h: float,
    paras: Sequence[Para] = (),
    *,
    ph: str | None = None,
    fill: str | None = None,
    line: str | None = None,
    geom: str = "rect",
    anchor: str = "t",
    inset: int = 91425,
) -> str:
    """One ``p:sp`` as Google Slides exports it: a text box (``txBox``) or placeholder when it
    has text and no fill, else a shape; Google's ``bodyPr`` attributes and ``noAutofit``."""
    sid = IDS.next()
    is_box = bool(paras) and not fill and not line and geom == "rect"
    cnv = '<p:cNvSpPr txBox="1"/>' if is_box or ph else "<p:cNvSpPr/>"
    nvpr = f"<p:nvPr>{ph}</p:nvPr>" if ph else "<p:nvPr/>"
    body = "".join(para_xml(p) for p in paras) or (
        '<a:p><a:pPr indent="0" lvl="0" marL="0" rtl="0" algn="l"><a:spcBef><a:spcPts val="0"/>'
        '</a:spcBef><a:spcAft><a:spcPts val="0"/></a:spcAft><a:buNone/></a:pPr>'
        '<a:endParaRPr lang="en-GB"/></a:p>'
    )
    return (
        f'<p:sp><p:nvSpPr><p:cNvPr id="{sid}" name="Google Shape;{sid};{page}"/>{cnv}{nvpr}'
        f'</p:nvSpPr><p:spPr><a:xfrm><a:off x="{emu(x)}" y="{emu(y)}"/><a:ext cx="{emu(w)}" '
        f'cy="{emu(h)}"/></a:xfrm><a:prstGeom prst="{geom}"><a:avLst/></a:prstGeom>'
        f'{_fill(fill)}{_ln(line)}</p:spPr><p:txBody><a:bodyPr anchorCtr="0" '
        f'anchor="{anchor}" bIns="{inset}" lIns="{inset}" spcFirstLastPara="1" rIns="{inset}" '
        f'wrap="square" tIns="{inset}"><a:noAutofit/></a:bodyPr><a:lstStyle/>{body}'
        "</p:txBody></p:sp>"
    )


def grp(page: str, x: float, y: float, w: float, h: float, children: Sequence[str]) -> str:
    gid = IDS.next()
    off = f'<a:off x="{emu(x)}" y="{emu(y)}"/><a:ext cx="{emu(w)}" cy="{emu(h)}"/>'
    ch = f'<a:chOff x="{emu(x)}" y="{emu(y)}"/><a:chExt cx="{emu(w)}" cy="{emu(h)}"/>'
    return (
        f'<p:grpSp><p:nvGrpSpPr><p:cNvPr id="{gid}" name="Google Shape;{gid};{page}"/>'
        f"<p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm>{off}{ch}</a:xfrm>"
        f"</p:grpSpPr>{''.join(children)}</p:grpSp>"
    )


@dataclass
class Cell:
    text: str | list[Para]
    span: int = 1
    fill: str | None = None
    bold: bool = False
    size: float = 8
    color: str = NAVY
    algn: str = "l"


def _border(tag: str) -> str:
    return (
        f'<a:{tag} w="9525" cap="flat" cmpd="sng"><a:solidFill><a:srgbClr val="{LINE}"/>'
        '</a:solidFill><a:prstDash val="solid"/><a:round/><a:headEnd type="none" w="sm" '
        f'len="sm"/><a:tailEnd type="none" w="sm" len="sm"/></a:{tag}>'
    )


def _tc(c: Cell) -> str:
    if isinstance(c.text, str):
        paras = [Para([R(c.text, c.size, bold=c.bold, color=c.color)], algn=c.algn)]
    else:
        paras = c.text
    span = f' gridSpan="{c.span}"' if c.span > 1 else ""
    borders = "".join(_border(b) for b in ("lnL", "lnR", "lnT", "lnB"))
    return (
        f"<a:tc{span}><a:txBody><a:bodyPr/><a:lstStyle/>{''.join(para_xml(p) for p in paras)}"
        f'</a:txBody><a:tcPr marL="45725" marR="45725" marT="27425" marB="27425" anchor="ctr">'
        f"{borders}{_fill(c.fill)}</a:tcPr></a:tc>"
    )


def _tc_merged() -> str:
    return (
        '<a:tc hMerge="1"><a:txBody><a:bodyPr/><a:lstStyle/><a:p><a:pPr indent="0" lvl="0" '
        'marL="0" rtl="0" algn="l"><a:spcBef><a:spcPts val="0"/></a:spcBef><a:spcAft>'
        '<a:spcPts val="0"/></a:spcAft><a:buNone/></a:pPr><a:endParaRPr lang="en-GB"/></a:p>'
        '</a:txBody><a:tcPr marL="45725" marR="45725" marT="27425" marB="27425"/></a:tc>'
    )


def table(
    page: str,
    x: float,
    y: float,
    cols: Sequence[float],
    rows: Sequence[tuple[float, Sequence[Cell]]],
) -> str:
    """A native table: ``rows`` of (height, cells); a cell spanning n columns is followed by
    n - 1 merged cells, as Google writes them."""
    sid = IDS.next()
    grid = "".join(f'<a:gridCol w="{emu(c)}"/>' for c in cols)
    trs = []
    for h, cells in rows:
        tcs = []
        for c in cells:
            tcs.append(_tc(c))
            tcs.extend(_tc_merged() for _ in range(c.span - 1))
        if len(tcs) != len(cols):
            raise ValueError(f"row of {len(tcs)} cells in a table of {len(cols)} columns")
        trs.append(f'<a:tr h="{emu(h)}">{"".join(tcs)}</a:tr>')
    total_w = sum(cols)
    total_h = sum(h for h, _ in rows)
    return (
        f'<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="{sid}" name="Google Shape;{sid};'
        f'{page}"/><p:cNvGraphicFramePr/><p:nvPr/></p:nvGraphicFramePr><p:xfrm><a:off '
        f'x="{emu(x)}" y="{emu(y)}"/><a:ext cx="{emu(total_w)}" cy="{emu(total_h)}"/></p:xfrm>'
        '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/table">'
        f"<a:tbl><a:tblPr><a:noFill/><a:tableStyleId>{TABLE_STYLE}</a:tableStyleId></a:tblPr>"
        f"<a:tblGrid>{grid}</a:tblGrid>{''.join(trs)}</a:tbl></a:graphicData></a:graphic>"
        "</p:graphicFrame>"
    )


def slide_number(page: str) -> str:
    sid = IDS.next()
    return (
        f'<p:sp><p:nvSpPr><p:cNvPr id="{sid}" name="Google Shape;{sid};{page}"/>'
        '<p:cNvSpPr txBox="1"/><p:nvPr><p:ph idx="12" type="sldNum"/></p:nvPr></p:nvSpPr>'
        f'<p:spPr><a:xfrm><a:off x="{emu(8.95)}" y="{emu(5.25)}"/><a:ext cx="{emu(0.6)}" '
        f'cy="{emu(0.3)}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        '</p:spPr><p:txBody><a:bodyPr anchorCtr="0" anchor="ctr" bIns="91425" lIns="91425" '
        'spcFirstLastPara="1" rIns="91425" wrap="square" tIns="91425"><a:noAutofit/>'
        '</a:bodyPr><a:lstStyle/><a:p><a:pPr indent="0" lvl="0" marL="0" rtl="0" algn="r">'
        '<a:spcBef><a:spcPts val="0"/></a:spcBef><a:spcAft><a:spcPts val="0"/></a:spcAft>'
        '<a:buNone/></a:pPr><a:fld id="{00000000-1234-1234-1234-123412341234}" '
        f'type="slidenum"><a:rPr lang="en-GB" sz="800"><a:solidFill><a:srgbClr val="{GREY}"/>'
        f"</a:solidFill></a:rPr><a:t>\u2039#\u203a</a:t></a:fld>"
        '<a:endParaRPr lang="en-GB" sz="800"/></a:p></p:txBody></p:sp>'
    )


@dataclass
class Slide:
    """One slide: its number, layout, shapes (XML) and speaker notes."""

    n: int
    layout: str
    shapes: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    background: str | None = None

    @property
    def page(self) -> str:
        return page_id(self.n)

    def add(self, *xml: str) -> None:
        self.shapes.extend(xml)

    def header(self, eyebrow: str, title: str) -> None:
        """Eyebrow (small, teal, in capitals by ``cap``), the title placeholder, the footer."""
        self.add(
            sp(self.page, 0.45, 0.18, 9.1, 0.3, [t(eyebrow, 9, bold=True, color=TEAL, caps=True)]),
            sp(
                self.page,
                0.45,
                0.42,
                9.1,
                0.62,
                [t(title, 24, bold=True)],
                ph='<p:ph type="title"/>',
                anchor="b",
            ),
        )

    def footer(self) -> None:
        self.add(
            sp(
                self.page,
                0.45,
                5.25,
                7.0,
                0.3,
                [
                    t(
                        "Lighter Wake 2027\u20132030 \u00b7 Board of Directors, 22 March 2027",
                        7,
                        color=GREY,
                    )
                ],
                anchor="ctr",
            ),
            slide_number(self.page),
        )

    def xml(self) -> str:
        bg = (
            f'<p:bg><p:bgPr><a:solidFill><a:srgbClr val="{self.background}"/></a:solidFill>'
            "<a:effectLst/></p:bgPr></p:bg>"
            if self.background
            else ""
        )
        gid = IDS.next()
        return (
            f'{HEAD}<p:sld {NSDECL}><p:cSld>{bg}<p:spTree><p:nvGrpSpPr><p:cNvPr id="1" '
            f'name="Shape {gid}"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm>'
            '<a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/><a:chExt cx="0" '
            f'cy="0"/></a:xfrm></p:grpSpPr>{"".join(self.shapes)}</p:spTree></p:cSld>'
            "<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>"
        )

    def notes_xml(self) -> str:
        page = f"{self.page}:notes"
        gid, img, body = IDS.next(), IDS.next(), IDS.next()
        paras = "".join(para_xml(t(x, 12, color="000000")) for x in self.notes) or (
            '<a:p><a:pPr indent="0" lvl="0" marL="0" rtl="0" algn="l"><a:spcBef><a:spcPts '
            'val="0"/></a:spcBef><a:spcAft><a:spcPts val="0"/></a:spcAft><a:buNone/></a:pPr>'
            "<a:endParaRPr/></a:p>"
        )
        return (
            f'{HEAD}<p:notes {NSDECL}><p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id="1" '
            f'name="Shape {gid}"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm>'
            '<a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/><a:chExt cx="0" '
            'cy="0"/></a:xfrm></p:grpSpPr>'
            f'<p:sp><p:nvSpPr><p:cNvPr id="{img}" name="Google Shape;{img};{page}"/>'
            '<p:cNvSpPr><a:spLocks noGrp="1" noRot="1" noChangeAspect="1"/></p:cNvSpPr>'
            '<p:nvPr><p:ph idx="2" type="sldImg"/></p:nvPr></p:nvSpPr><p:spPr><a:xfrm>'
            '<a:off x="381300" y="685800"/><a:ext cx="6096000" cy="3429000"/></a:xfrm>'
            '<a:custGeom><a:avLst/><a:gdLst/><a:ahLst/><a:cxnLst/><a:rect l="l" t="t" r="r" '
            'b="b"/><a:pathLst><a:path w="120000" h="120000" extrusionOk="0"><a:moveTo><a:pt '
            'x="0" y="0"/></a:moveTo><a:lnTo><a:pt x="120000" y="0"/></a:lnTo><a:lnTo><a:pt '
            'x="120000" y="120000"/></a:lnTo><a:lnTo><a:pt x="0" y="120000"/></a:lnTo><a:close/>'
            '</a:path></a:pathLst></a:custGeom><a:noFill/><a:ln w="9525" cap="flat" '
            'cmpd="sng"><a:solidFill><a:srgbClr val="000000"/></a:solidFill><a:prstDash '
            'val="solid"/><a:round/><a:headEnd type="none" w="sm" len="sm"/><a:tailEnd '
            'type="none" w="sm" len="sm"/></a:ln></p:spPr></p:sp>'
            f'<p:sp><p:nvSpPr><p:cNvPr id="{body}" name="Google Shape;{body};{page}"/>'
            '<p:cNvSpPr txBox="1"/><p:nvPr><p:ph type="body" idx="1"/></p:nvPr></p:nvSpPr>'
            '<p:spPr><a:xfrm><a:off x="685800" y="4343400"/><a:ext cx="5486400" cy="4114800"/>'
            '</a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr><p:txBody>'
            '<a:bodyPr anchorCtr="0" anchor="t" bIns="91425" lIns="91425" spcFirstLastPara="1" '
            'rIns="91425" wrap="square" tIns="91425"><a:noAutofit/></a:bodyPr><a:lstStyle/>'
            f"{paras}</p:txBody></p:sp></p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/>"
            "</p:clrMapOvr></p:notes>"
        )


# =========================================================================== the slides

EN = "\u2013"  # en dash, as Google Slides' smart punctuation types it
MID = "\u00b7"


def s01() -> Slide:
    s = Slide(1, "TITLE", background=NAVY)
    p = s.page
    s.add(
        sp(
            p,
            0.6,
            0.55,
            6.0,
            0.35,
            [t("Aslund Tan Line A/S", 12, bold=True, color=TEAL, caps=True)],
        ),
        sp(
            p,
            0.6,
            1.45,
            8.8,
            0.95,
            [t(f"Lighter Wake 2027{EN}2030", 40, bold=True, color=WHITE)],
            ph='<p:ph type="ctrTitle"/>',
            anchor="b",
        ),
        sp(
            p,
            0.6,
            2.45,
            8.8,
            0.5,
            [t("Fleet decarbonisation operations plan, FY28 to FY30", 18, color=WHITE)],
            ph='<p:ph type="subTitle" idx="1"/>',
        ),
        sp(p, 0.6, 3.25, 8.8, 0.4, [t(f"Board of Directors {MID} 22 March 2027", 13, color=SAND)]),
        sp(p, 0.6, 3.62, 0.9, 0.05, fill=TEAL),
        sp(
            p,
            0.6,
            4.75,
            8.8,
            0.45,
            [
                t(
                    f"Board paper BD-27-03-04 {MID} Kalvehavn and Singapore {MID} Confidential",
                    9,
                    color=LINE,
                )
            ],
        ),
    )
    return s


def stat_tile(p: str, x: float, y: float, big: str, caption: str) -> str:
    return grp(
        p,
        x,
        y,
        2.9,
        1.5,
        [
            sp(p, x, y, 2.9, 1.5, fill=SAND),
            sp(p, x + 0.1, y + 0.1, 2.7, 0.55, [t(big, 24, bold=True, color=NAVY)]),
            sp(p, x + 0.1, y + 0.68, 2.7, 0.75, [t(caption, 9.5, color=GREY)]),
        ],
    )


def s02() -> Slide:
    s = Slide(2, "TITLE_ONLY")
    p = s.page
    s.header("Context", "FY26 in figures: where Lighter Wake starts")
    tiles = [
        ("40", "ships in the fleet: 26 owned, 14 chartered in, 348,000 TEU in all"),
        (
            "2.41 Mt",
            "of CO\u2082 from our ships in calendar 2026, of which 0.93 Mt fell under the EU MRV",
        ),
        (
            "14.2 g",
            "of CO\u2082 for every TEU we carried one kilometre in FY26, all ships together",
        ),
        ("\u20ac24.1m", "paid for EU allowances on 2025 voyages, when 70% of emissions counted"),
        ("31%", "of FY26 port calls where the ship arrived within two hours of its berth window"),
        ("0", "ships in the fleet that can connect to shore power today"),
    ]
    for k, (big, cap) in enumerate(tiles):
        x = 0.45 + (k % 3) * 3.1
        y = 1.2 + (k // 3) * 1.65
        s.add(stat_tile(p, x, y, big, cap))
    s.add(
        sp(
            p,
            0.45,
            4.55,
            9.1,
            0.6,
            [
                t(
                    "FY26 = April 2025 to March 2026. CO\u2082 from our EU MRV and IMO DCS returns "
                    "as verified by Nordveritas; calls from VoyageDesk; allowances from Treasury.",
                    8,
                    italic=True,
                    color=GREY,
                )
            ],
        )
    )
    s.footer()
    s.notes = ["Figures checked with Finance and the Emissions Compliance Manager on 10 March."]
    return s


def s03() -> Slide:
    s = Slide(3, "TITLE_ONLY")
    p = s.page
    s.header("Why now", "Every year the rules tighten")
    rules = [
        lead(
            "EU ETS: ",
            "allowances for 100% of our EU-scope CO\u2082 from 2026 emissions onwards, up from "
            "70% for 2025.",
            10.5,
            bullet="dot",
        ),
        lead(
            "FuelEU Maritime: ",
            "the GHG intensity of the energy used on board must be 2% below the 2020 reference "
            "from 2025, and 6% below from 2030.",
            10.5,
            bullet="dot",
            before=6,
        ),
        lead(
            "Shore power: ",
            "from 1 January 2030, container ships at berth in the EU\u2019s main ports must use "
            "shore power wherever the berth offers it.",
            10.5,
            bullet="dot",
            before=6,
        ),
        lead(
            "IMO CII: ",
            "three Kestrel-class ships were rated D for 2025; three years at D, or one at E, "
            "means a corrective action plan.",
            10.5,
            bullet="dot",
            before=6,
        ),
        lead(
            "Customers: ",
            "nine of our 20 largest shippers now ask for voyage-level emissions in their tenders.",
            10.5,
            bullet="dot",
            before=6,
        ),
    ]
    s.add(sp(p, 0.45, 1.2, 5.55, 3.9, rules))
    s.add(
        sp(p, 6.25, 1.2, 3.3, 3.9, fill=PALE),
        sp(
            p,
            6.35,
            1.3,
            3.1,
            3.7,
            [
                t("Worth remembering", 11, bold=True, color=TEAL),
                t(
                    f"We have done it before: slowing the Asia{EN}Europe loops in 2019 cut our fuel "
                    "per container by 11% in one year.",
                    9.5,
                    before=6,
                ),
                t(
                    "Halvorsen Container Lines says 30% of its fleet will burn methanol by 2030.",
                    9.5,
                    before=6,
                ),
                t(
                    "Each 1% of FuelEU deficit in 2030 would cost us about \u20ac6 million in "
                    "penalties.",
                    9.5,
                    before=6,
                ),
            ],
        ),
    )
    s.footer()
    return s


def s04() -> Slide:
    s = Slide(4, "TITLE_ONLY")
    p = s.page
    s.header("Ambition", "Where we are heading")
    s.add(
        sp(p, 0.45, 1.2, 9.1, 0.85, fill=NAVY),
        sp(
            p,
            0.6,
            1.25,
            8.8,
            0.75,
            [
                t("Our north star", 9, bold=True, color=TEAL, caps=True),
                t("Every voyage lighter than the last.", 22, bold=True, color=WHITE),
            ],
            anchor="ctr",
        ),
        sp(
            p,
            0.45,
            2.2,
            9.1,
            2.3,
            [
                t("By the end of FY30 (31 March 2030) we will:", 12, bold=True),
                t(
                    "cut fleet CO\u2082 per TEU-km from 14.2 g to 11.5 g;",
                    11.5,
                    bullet="num",
                    before=4,
                ),
                t(
                    "meet FuelEU\u2019s 2030 step (\u22126%) with our own fleet, without buying "
                    "surplus from a pool;",
                    11.5,
                    bullet="num",
                    before=4,
                ),
                t(
                    "plug in on 95% of calls at EU berths that offer shore power;",
                    11.5,
                    bullet="num",
                    before=4,
                ),
                t("run four Fjord-class ships on methanol.", 11.5, bullet="num", before=4),
            ],
        ),
        sp(
            p,
            0.45,
            4.5,
            9.1,
            0.55,
            [
                t(
                    f"And we will be the carrier Asia{EN}Europe shippers choose for cleaner freight.",
                    12,
                    italic=True,
                    color=TEAL,
                )
            ],
        ),
    )
    s.footer()
    return s


PILLARS = [
    ("1", "Speed and arrival", "Sail slower where the schedule allows; arrive just in time."),
    ("2", "Hull and propeller", "Clean on condition, not on the calendar."),
    ("3", "Shore power", "Plug in at the quay, starting at Valdermaas."),
    ("4", "Methanol readiness", "Convert the Fjord class; secure the fuel and the crews."),
    ("5", "Data, compliance and crews", "Know every tonne we burn and every allowance we owe."),
]


def s05() -> Slide:
    s = Slide(5, "TITLE_ONLY")
    p = s.page
    s.header("The plan on a page", "Five pillars, one fleet")
    for k, (num, name, line) in enumerate(PILLARS):
        x = 0.45 + k * 1.85
        s.add(
            grp(
                p,
                x,
                1.2,
                1.7,
                2.15,
                [
                    sp(p, x, 1.2, 1.7, 2.15, fill=SAND),
                    sp(p, x + 0.05, 1.25, 1.6, 0.45, [t(num, 20, bold=True, color=TEAL)]),
                    sp(p, x + 0.05, 1.7, 1.6, 0.55, [t(name, 11, bold=True)]),
                    sp(p, x + 0.05, 2.25, 1.6, 1.05, [t(line, 9.5, color=GREY)]),
                ],
            )
        )
    s.add(
        sp(p, 0.45, 3.5, 9.1, 1.65, line=LINE),
        sp(
            p,
            0.55,
            3.55,
            4.4,
            1.55,
            [
                t("Not in scope of Lighter Wake", 10.5, bold=True, color=CORAL),
                t(
                    "Newbuild orders: decided in the FY29 fleet renewal paper",
                    9,
                    bullet="dot",
                    before=3,
                ),
                t("ATL Logistics, our trucking and barge arm", 9, bullet="dot", before=3),
                t("The terminals we hold shares in", 9, bullet="dot", before=3),
            ],
        ),
        sp(
            p,
            5.0,
            3.85,
            4.45,
            1.25,
            [
                t("The Tern-class feeders, except for voyage data", 9, bullet="dot", before=3),
                t("Reefer containers and our depots", 9, bullet="dot", before=3),
            ],
        ),
    )
    s.footer()
    return s


def pillar(
    n: int,
    eyebrow: str,
    title: str,
    goal: str,
    items: Sequence[str],
    side: Sequence[Para],
    notes: Sequence[str] = (),
) -> Slide:
    s = Slide(n, "TITLE_ONLY")
    p = s.page
    s.header(eyebrow, title)
    s.add(
        sp(p, 0.45, 1.2, 9.1, 0.5, fill=NAVY),
        sp(p, 0.55, 1.2, 8.9, 0.5, [lead("Goal: ", goal, 12, color=WHITE)], anchor="ctr"),
        sp(
            p,
            0.45,
            1.85,
            5.9,
            3.3,
            [t("What we will do", 10.5, bold=True, color=TEAL)]
            + [t(x, 10.5, bullet="dot", before=6) for x in items],
        ),
        sp(p, 6.55, 1.85, 3.0, 3.3, fill=PALE),
        sp(p, 6.6, 1.9, 2.9, 3.2, list(side)),
    )
    s.footer()
    s.notes = list(notes)
    return s


def s06() -> Slide:
    return pillar(
        6,
        f"Pillar 1 {MID} Speed and arrival",
        "Slow is the new fast",
        "save 85,000 tonnes of fuel a year by FY30, against FY26 sailing patterns.",
        [
            f"The Route Desk issues a speed instruction for every Asia{EN}Europe leg from FY28 Q3.",
            "Agree just-in-time arrival with the 12 busiest terminals, using their berth-window "
            "messages.",
            "Charter in two more ships for the NEX loops from FY29 Q2, so each loop can sail at "
            "15 knots.",
            "Share pilot boarding times with the Route Desk, so ships slow down at sea, not at "
            "anchor.",
        ],
        [
            lead("Lead: ", "Director, Fleet Operations, with the Voyage Performance Manager", 9.5),
            lead("Measured by: ", "calls arriving just in time; fuel saved", 9.5, before=8),
            lead(
                "Trade-off: ",
                "slower loops need more ships; the two extra charters are in the investment",
                9.5,
                before=8,
            ),
        ],
        ["Speed bands per loop are agreed with Commercial every quarter, as today."],
    )


def s07() -> Slide:
    return pillar(
        7,
        f"Pillar 2 {MID} Hull and propeller",
        "A clean hull pays twice",
        "90% of owned ships within 5% speed loss by FY29 Q2.",
        [
            "Clean hulls and polish propellers on condition, when FleetPulse shows more than 5% "
            "speed loss.",
            "Apply silicone foul-release coating to every owned ship at its next dry-dock.",
            "Fit shaft torque meters to the 20 Osprey- and Kestrel-class ships we own.",
            "Record every hull cleaning in ShipMaint, the day it is done.",
        ],
        [
            lead("Lead: ", "Director, Technical, with the Vessel Performance Manager", 9.5),
            lead("Measured by: ", "owned ships within 5% speed loss (ISO 19030)", 9.5, before=8),
            lead(
                "Pays twice: ",
                "less fuel, and a better CII rating for the same voyage",
                9.5,
                before=8,
            ),
        ],
    )


def s08() -> Slide:
    return pillar(
        8,
        f"Pillar 3 {MID} Shore power",
        "Plug in at the quay",
        "from 1 January 2030, plug in on 95% of calls at EU berths that offer shore power.",
        [
            "Prove it first at Valdermaas (slide 14), on the Osprey loop.",
            "Fit shore power to the rest of the Osprey class and to the six Fjord-class ships "
            "in Full ahead.",
            "Write the shore connection procedure into the safety management system before the "
            "first plug-in.",
            "Book shore power berths with each EU terminal as it opens them.",
        ],
        [
            lead(
                "Lead: ",
                "Director, Technical (fit) and Port Operations Manager, Europe (berths)",
                9.5,
            ),
            lead("Measured by: ", "calls plugged in at EU shore-power berths", 9.5, before=8),
            lead("Later: ", "the Kestrel class follows in FY31, outside this plan", 9.5, before=8),
        ],
    )


def s09() -> Slide:
    return pillar(
        9,
        f"Pillar 4 {MID} Methanol readiness",
        "Ready for the next fuel",
        "four Fjord-class ships running on methanol by FY30 Q4.",
        [
            "Convert four Fjord-class ships to dual-fuel methanol at their FY29 and FY30 "
            "dry-docks.",
            "Sign green methanol supply contracts at two bunkering hubs, Selat Jaya and "
            "Valdermaas, before the first conversion leaves the yard.",
            "Obtain flag approval for methanol bunkering on the Fjord class.",
            "Train 60 engineer officers to IGF advanced level before the first ship converts.",
        ],
        [
            lead("Lead: ", "Director, Technical, with the Fuel and Bunkering Manager", 9.5),
            lead(
                "Design rule: ",
                "every converted ship keeps the ability to burn VLSFO",
                9.5,
                before=8,
            ),
            lead(
                "Why the Fjord class: ", "delivered methanol-ready in 2019 and 2020", 9.5, before=8
            ),
        ],
    )


def s10() -> Slide:
    return pillar(
        10,
        f"Pillar 5 {MID} Data, compliance and crews",
        "Know every tonne",
        "all 26 owned ships on automatic logging by FY29 Q4.",
        [
            "Extend FleetPulse high-frequency logging from the six Fjord-class ships to every "
            "owned ship.",
            "Move the EU allowance position from the spreadsheet into Logbook, with a monthly "
            "forecast by voyage.",
            "Plan FuelEU compliance ship by ship each quarter; pool only as a fallback.",
            "Teach fuel-saving habits to every crew through SeaSkill modules.",
        ],
        [
            lead(
                "Lead: ",
                "Emissions Compliance Manager, with the Fleet Data Lead and the Crew Training "
                "Manager",
                9.5,
            ),
            lead(
                "Measured by: ",
                "owned ships on automatic logging; officers holding IGF advanced",
                9.5,
                before=8,
            ),
        ],
    )


KPI_TILES = [
    ("11.5 g", "CO\u2082 per TEU-km, fleet average", "from 14.2 g \u00b7 by FY30 Q4"),
    ("70%", "Calls arriving just in time", "from 31% \u00b7 by FY29 Q4"),
    ("90%", "Owned ships within 5% speed loss", "from 55% (Fjord class) \u00b7 by FY29 Q2"),
    ("95%", "Calls plugged in at EU shore-power berths", "from 0% \u00b7 by FY30 Q4"),
    ("4 of 6", "Fjord-class ships running on methanol", "from 0 \u00b7 by FY30 Q4"),
    ("26 of 26", "Owned ships on automatic logging", "from 6 \u00b7 by FY29 Q4"),
    ("100%", "Officers on methanol ships holding IGF advanced", "from 0 \u00b7 by FY30 Q2"),
    ("Up", "Crew engagement in fuel saving", "first survey FY28 \u00b7 date to be set"),
]


def kpi_tile(p: str, x: float, y: float, big: str, label: str, base: str) -> str:
    return grp(
        p,
        x,
        y,
        2.15,
        1.6,
        [
            sp(p, x, y, 2.15, 1.6, fill=SAND, geom="roundRect"),
            sp(p, x + 0.05, y + 0.05, 2.05, 0.6, [t(big, 26, bold=True, color=TEAL)], anchor="ctr"),
            sp(
                p,
                x + 0.05,
                y + 0.68,
                2.05,
                0.88,
                [t(label, 10, bold=True), t(base, 8.5, color=GREY, before=3)],
            ),
        ],
    )


def s11() -> Slide:
    s = Slide(11, "TITLE_ONLY")
    p = s.page
    s.header("Measures", "What good looks like in March 2030")
    s.add(
        sp(
            p,
            0.45,
            1.05,
            9.1,
            0.35,
            [
                t(
                    "Target in large type. Baselines are FY26 unless stated; by-when in fiscal "
                    "quarters (FY30 Q4 = January to March 2030).",
                    9,
                    italic=True,
                    color=GREY,
                )
            ],
        )
    )
    for k, (big, label, base) in enumerate(KPI_TILES):
        x = 0.45 + (k % 4) * 2.32
        y = 1.5 + (k // 4) * 1.8
        s.add(kpi_tile(p, x, y, big, label, base))
    s.footer()
    s.notes = [
        "The crew engagement tile stays without a number until the first survey is in.",
    ]
    return s


QUARTERS = [f"Q{q}" for q in range(1, 5)] * 3
ROAD_COLS = [1.45] + [0.565] * 12 + [1.2]


def _row(label: str, marks: Sequence[str], later: str, fill: str | None = None) -> list[Cell]:
    cells = [Cell(label, bold=True, size=8, fill=fill or SAND)]
    cells += [Cell(m, size=7, algn="ctr", fill=PALE if m else None) for m in marks]
    cells.append(Cell(later, size=7, color=GREY, fill="EEEEEE"))
    return cells


def s12() -> Slide:
    s = Slide(12, "TITLE_ONLY")
    p = s.page
    s.header(f"Roadmap {MID} FY28 to FY30", "The passage plan")
    sq = "\u25a0"
    head1 = [Cell("Workstream", bold=True, size=8, fill=NAVY, color=WHITE)]
    for fy in ("FY28", "FY29", "FY30"):
        head1.append(Cell(fy, span=4, bold=True, size=8, fill=NAVY, color=WHITE, algn="ctr"))
    head1.append(Cell("Later", bold=True, size=8, fill=GREY, color=WHITE, algn="ctr"))
    head2 = [Cell("", size=7, fill=NAVY)]
    head2 += [Cell(q, size=7, bold=True, fill=NAVY, color=WHITE, algn="ctr") for q in QUARTERS]
    head2.append(Cell("FY31 onwards", size=7, fill=GREY, color=WHITE, algn="ctr"))
    phase = [
        Cell("Phase", bold=True, size=8, fill=SAND),
        Cell("Clear the decks", span=2, bold=True, size=7.5, fill=TEAL, color=WHITE, algn="ctr"),
        Cell("Sea trials", span=3, bold=True, size=7.5, fill=NAVY, color=WHITE, algn="ctr"),
        Cell("Full ahead", span=5, bold=True, size=7.5, fill=TEAL, color=WHITE, algn="ctr"),
        Cell("Steady as she goes", span=2, bold=True, size=7.5, fill=NAVY, color=WHITE, algn="ctr"),
        Cell("", size=7, fill="EEEEEE"),
    ]
    gates = _row("Gates", ["", "G1", "", "", "G2", "", "", "", "", "G3", "", "G4"], "")
    rows = [
        (0.26, head1),
        (0.24, head2),
        (0.3, phase),
        (0.26, gates),
        (
            0.4,
            _row(
                "Speed and arrival",
                [
                    "set up",
                    sq,
                    "speed orders",
                    sq,
                    "JIT 12 ports",
                    "+2 ships",
                    sq,
                    sq,
                    sq,
                    sq,
                    sq,
                    sq,
                ],
                "",
            ),
        ),
        (
            0.4,
            _row(
                "Hull and propeller",
                [
                    "records",
                    sq,
                    "torque meters",
                    sq,
                    sq,
                    "on condition",
                    sq,
                    sq,
                    "coating",
                    sq,
                    sq,
                    sq,
                ],
                "",
            ),
        ),
        (
            0.4,
            _row(
                "Shore power",
                [
                    "agree",
                    "yard: 3 ships",
                    "Valdermaas",
                    "Valdermaas",
                    "Valdermaas",
                    "fleet fit",
                    sq,
                    sq,
                    sq,
                    sq,
                    sq,
                    "plug in",
                ],
                "Kestrel class: shore power",
            ),
        ),
        (
            0.4,
            _row(
                "Methanol",
                [
                    "flag file",
                    sq,
                    "IGF courses",
                    "supply",
                    sq,
                    sq,
                    "ships 1\u20132",
                    sq,
                    sq,
                    "ships 3\u20134",
                    sq,
                    sq,
                ],
                "Fjord ships 5\u20136",
            ),
        ),
        (
            0.4,
            _row(
                "Data, compliance and crews",
                ["tender", "ETS in Logbook", "logging", sq, sq, sq, sq, "26 of 26", sq, sq, sq, sq],
                "Tern feeders: logging",
            ),
        ),
    ]
    s.add(table(p, 0.27, 1.12, ROAD_COLS, rows))
    s.add(
        sp(
            p,
            0.27,
            4.35,
            9.4,
            0.8,
            [
                t(
                    "Our fiscal year runs April to March: FY28 Q1 is April to June 2027, FY30 Q4 "
                    "is January to March 2030.",
                    8.5,
                    color=GREY,
                ),
                t(
                    f"{sq} work in the quarter {MID} G gate {MID} \u201cLater\u201d is outside "
                    "Lighter Wake and is not funded by it.",
                    8.5,
                    color=GREY,
                    before=3,
                ),
            ],
        )
    )
    s.footer()
    s.notes = [
        "The Later column is there so nobody asks where Fjord ships 5 and 6 went: they are the "
        "FY31 budget's question, not this plan's.",
    ]
    return s


PHASES = [
    (
        "Phase 1 \u00b7 Clear the decks",
        "April to September 2027",
        "Baselines, data and yard slots.",
        "Gate 1 \u00b7 Ready to trial \u00b7 end of September 2027",
        [
            "baselines for every measure signed off",
            "hull cleaning history of every owned ship entered in ShipMaint",
            "yard slots booked for the three Osprey-class ships",
        ],
    ),
    (
        "Phase 2 \u00b7 Sea trials",
        "from October 2027",
        "Plug in at Valdermaas; speed instructions on the NEX loops.",
        "Gate 2 \u00b7 Go/no-go for the fleet",
        [
            "passed when, by 30 June 2028: at least 15 plugged-in calls at Valdermaas;",
            "connection within 60 minutes of all fast on 9 calls in 10;",
            "speed instructions on every NEX voyage for two quarters",
        ],
    ),
    (
        "Phase 3 \u00b7 Full ahead",
        "July 2028 to September 2029",
        "Fit the fleet, convert ships 1\u20132, log every owned ship.",
        "Gate 3 \u00b7 Fleet fitted \u00b7 end of September 2029",
        [
            "shore power on the owned Osprey ships and the six Fjord-class ships",
            "two Fjord-class ships burning methanol in service",
        ],
    ),
    (
        "Phase 4 \u00b7 Steady as she goes",
        "October 2029 to 31 March 2030",
        "Ships 3\u20134; hand over to line management.",
        "Gate 4 \u00b7 Close \u00b7 31 March 2030",
        ["every measure reported from Logbook by its owner"],
    ),
]


def s13() -> Slide:
    s = Slide(13, "TITLE_ONLY")
    p = s.page
    s.header(f"Roadmap {MID} phases and gates", "Four phases, four gates")
    for k, (name, when, what, gate, crit) in enumerate(PHASES):
        y = 1.15 + k * 0.86
        s.add(
            grp(
                p,
                0.45,
                y,
                9.1,
                0.8,
                [
                    sp(p, 0.45, y, 2.95, 0.8, fill=NAVY if k % 2 else TEAL),
                    sp(
                        p,
                        0.5,
                        y,
                        2.85,
                        0.8,
                        [
                            t(name, 10, bold=True, color=WHITE),
                            t(when, 9, color=WHITE),
                            t(what, 8, italic=True, color=WHITE),
                        ],
                        anchor="ctr",
                        inset=45725,
                    ),
                    sp(p, 3.45, y, 6.1, 0.8, fill=SAND),
                    sp(
                        p,
                        3.5,
                        y,
                        6.0,
                        0.8,
                        [t(gate, 9, bold=True)] + [t(c, 8, bullet="dot") for c in crit],
                        anchor="ctr",
                        inset=45725,
                    ),
                ],
            )
        )
    s.add(
        sp(
            p,
            0.45,
            4.6,
            9.1,
            0.55,
            [
                t(
                    "Yard slots for Full ahead are booked during Sea trials, but no ship goes to "
                    "the yard for Full ahead before Gate 2.",
                    8.5,
                    italic=True,
                    color=GREY,
                )
            ],
        )
    )
    s.footer()
    return s


def s14() -> Slide:
    s = Slide(14, "TITLE_ONLY")
    p = s.page
    s.header(f"Phase 2 {MID} Sea trials", "Sea trials: plugging in at Valdermaas")
    s.add(
        sp(p, 0.45, 1.15, 9.1, 0.55, fill=PALE),
        sp(
            p,
            0.55,
            1.15,
            8.9,
            0.55,
            [
                lead(
                    "The trial: ",
                    "shore power first on three Osprey-class ships at their weekly Valdermaas "
                    "call, Terminal Vest berths 14 and 15.",
                    11,
                )
            ],
            anchor="ctr",
        ),
        sp(
            p,
            0.45,
            1.85,
            3.6,
            2.6,
            [
                t("Why Valdermaas", 10.5, bold=True, color=TEAL),
                t(
                    "Terminal Vest opened shore power at two berths in 2026.",
                    9.5,
                    bullet="dot",
                    before=5,
                ),
                t(
                    "Between them, the three ships call at Valdermaas three weeks in five.",
                    9.5,
                    bullet="dot",
                    before=5,
                ),
                t(
                    "The port gives 40% off berth dues to ships that plug in, in 2027 and 2028.",
                    9.5,
                    bullet="dot",
                    before=5,
                ),
            ],
        ),
        sp(
            p,
            4.2,
            1.85,
            5.35,
            2.6,
            [
                t(
                    "Steps, counted from L = first plug-in (planned for November 2027)",
                    10.5,
                    bold=True,
                    color=TEAL,
                ),
                lead(
                    "L\u2212120 days: ",
                    "shore connection fitted at the yard on Osprey Bay, Osprey Dawn and Osprey Reach",
                    9,
                    before=4,
                ),
                lead(
                    "L\u221260 days: ",
                    "masters and electrical officers of the three ships trained on the connection "
                    "procedure",
                    9,
                    before=4,
                ),
                lead(
                    "L\u221214 days: ",
                    "live connection test with Terminal Vest\u2019s shore crew",
                    9,
                    before=4,
                ),
                lead("L: ", "first plug-in at berth 14", 9, before=4),
                lead(
                    "L+90 days: ",
                    "review kWh supplied, hours connected and fuel saved with Terminal Vest",
                    9,
                    before=4,
                ),
                lead("L+6 months: ", "trial report to Gate 2", 9, before=4),
            ],
        ),
        sp(p, 0.45, 4.5, 9.1, 0.62, fill=SAND),
        sp(
            p,
            0.55,
            4.5,
            8.9,
            0.62,
            [
                lead(
                    "Pass marks for Gate 2: ",
                    "15 plugged-in calls; connected within 60 minutes of all fast on 9 calls in "
                    "10; no lost-time injury on the cable work.",
                    9.5,
                )
            ],
            anchor="ctr",
        ),
    )
    s.footer()
    s.notes = ["Terminal Vest's commercial director has offered a visit for two Board members."]
    return s


RISKS = [
    (
        "R1 Yard slots for the conversions slip into FY31",
        "Medium",
        "Book FY29 dry-dock slots with two yards now; hold a reserve slot at Selat Jaya.",
    ),
    (
        "R2 Green methanol is short or dear at our hubs",
        "High",
        "Keep every converted ship able to burn VLSFO; buy bio-methanol blends as a bridge.",
    ),
    (
        "R3 Officers are not certified when the first ship converts",
        "Medium",
        "Start IGF advanced courses at Kalvehavn in FY28 Q3, 12 officers a quarter.",
    ),
    (
        "R4 Terminal Vest\u2019s shore power is down or taken when we call",
        "Medium",
        "Keep auxiliary engines on standby; log every failed connection for the L+90 review.",
    ),
    (
        "R5 Owners of chartered ships refuse the modifications",
        "Medium",
        "Ask owners for consent at each charter renewal and price the fit into the new rate.",
    ),
    (
        "R6 EU allowance prices rise above \u20ac100",
        "Medium",
        "Buy allowances quarterly against the voyage forecast from Logbook.",
    ),
]


def s15() -> Slide:
    s = Slide(15, "TITLE_ONLY")
    p = s.page
    s.header("Risks", "What could put us on the rocks")
    rows: list[tuple[float, Sequence[Cell]]] = [
        (
            0.3,
            [
                Cell("Risk", bold=True, size=9, fill=NAVY, color=WHITE),
                Cell("Likelihood", bold=True, size=9, fill=NAVY, color=WHITE, algn="ctr"),
                Cell("What we will do", bold=True, size=9, fill=NAVY, color=WHITE),
            ],
        )
    ]
    for risk, like, act in RISKS:
        rows.append(
            (
                0.56,
                [
                    Cell(risk, size=9, bold=True),
                    Cell(like, size=9, algn="ctr", fill=SAND if like == "High" else None),
                    Cell(act, size=9),
                ],
            )
        )
    s.add(table(p, 0.45, 1.2, [3.1, 0.95, 5.05], rows))
    s.footer()
    return s


def s16() -> Slide:
    s = Slide(16, "TITLE_ONLY")
    p = s.page
    s.header(f"First 90 days {MID} April to June 2027", "Slipping our moorings")
    items = [
        "Sign off the FY26 baseline for every measure (Emissions Compliance Manager)",
        "Book the yard slots for the three Osprey-class ships (Director, Technical)",
        "Sign the shore power agreement with Terminal Vest for the Valdermaas call (Port "
        "Operations Manager, Europe)",
        "Open consultation with the Federation on shore-connection duties (Crew Operations "
        "Manager)",
        "Start the FleetPulse tender for the 20 ships without high-frequency logging (Fleet "
        "Data Lead)",
        "File the methanol bunkering case with the Danish Maritime Authority (Director, Technical)",
        "Stand up the programme office, the risk log and the gate calendar (Programme Manager, "
        "Lighter Wake)",
    ]
    s.add(
        sp(p, 0.45, 1.2, 6.2, 3.95, [t(x, 10.5, bullet="num", before=6) for x in items]),
        sp(p, 6.85, 1.2, 2.7, 3.95, fill=PALE),
        sp(
            p,
            6.95,
            1.3,
            2.5,
            3.75,
            [
                t("By the end of June 2027", 10.5, bold=True, color=TEAL),
                t("The steering group has met three times.", 9.5, before=6),
                t("Every measure has an owner and a signed baseline.", 9.5, before=6),
                t("The three Osprey ships have a yard and a date.", 9.5, before=6),
            ],
        ),
    )
    s.footer()
    return s


def s17() -> Slide:
    s = Slide(17, "TITLE_ONLY")
    p = s.page
    s.header("On board and ashore", "What changes on Monday")
    board = [
        "Chief engineers on the Fjord class log fuel by consumer every watch.",
        "Masters report every hull cleaning in ShipMaint, not only in the deck log.",
        "Officers on watch take the Route Desk\u2019s speed band as the order, not a suggestion.",
    ]
    shore = [
        f"The Route Desk adds a speed band to every Asia{EN}Europe voyage order.",
        "Port captains ask each terminal for its berth window 72 hours before arrival.",
        "Superintendents stop booking hull cleanings by the calendar.",
    ]
    s.add(
        sp(
            p,
            0.45,
            1.2,
            4.45,
            3.9,
            [t("On board", 12, bold=True, color=TEAL)]
            + [t(x, 10.5, bullet="dot", before=8) for x in board],
        ),
        sp(
            p,
            5.1,
            1.2,
            4.45,
            3.9,
            [t("Ashore", 12, bold=True, color=TEAL)]
            + [t(x, 10.5, bullet="dot", before=8) for x in shore],
        ),
    )
    s.footer()
    return s


def s18() -> Slide:
    s = Slide(18, "TITLE_ONLY")
    p = s.page
    s.header("Governance", "Who steers Lighter Wake")
    lines = [
        lead(
            "Sponsor: ",
            "the Chief Operating Officer, who chairs the Lighter Wake steering group.",
            10,
        ),
        t(
            "The steering group meets monthly and reports to the Board every quarter.",
            10,
            bullet="dot",
            before=6,
        ),
        lead(
            "Members: ",
            "Director, Fleet Operations; Director, Technical; Chief Financial Officer; Emissions "
            "Compliance Manager; Crew Operations Manager.",
            10,
            bullet="dot",
            before=6,
        ),
        lead(
            "Secretary: ",
            "Programme Manager, Lighter Wake, who keeps the risk log and writes each gate report.",
            10,
            bullet="dot",
            before=6,
        ),
        lead(
            "Consulted before each gate: ",
            "the Seafarers\u2019 Union Liaison and the Flag State Liaison.",
            10,
            bullet="dot",
            before=6,
        ),
        t(
            "The steering group decides Gates 1, 3 and 4; Gate 2 goes to the Board with the Full "
            "ahead capital.",
            10,
            bullet="dot",
            before=6,
        ),
    ]
    s.add(
        sp(p, 0.45, 1.2, 5.9, 3.9, lines),
        sp(p, 6.55, 1.2, 3.0, 3.9, fill=PALE),
        sp(
            p,
            6.6,
            1.25,
            2.9,
            3.8,
            [
                t("Reporting", 10.5, bold=True, color=TEAL),
                lead("Monthly: ", "the Lighter Wake dashboard from Logbook", 9.5, before=6),
                lead("Quarterly: ", "FuelEU and ETS position by ship", 9.5, before=6),
                lead("Yearly: ", "verified MRV returns and CII ratings", 9.5, before=6),
            ],
        ),
    )
    s.footer()
    return s


def s19() -> Slide:
    s = Slide(19, "TITLE_ONLY")
    p = s.page
    s.header("Decisions", "What we ask of the Board today")
    s.add(
        sp(p, 0.45, 1.2, 3.6, 3.3, fill=SAND),
        sp(
            p,
            0.55,
            1.25,
            3.4,
            3.2,
            [
                t("USD 64 million over three years", 12, bold=True),
                t("Methanol conversions: USD 38m", 9.5, bullet="dot", before=5),
                t("Shore power: USD 11m", 9.5, bullet="dot", before=3),
                t("Hull coatings: USD 6m", 9.5, bullet="dot", before=3),
                t("Torque meters and logging: USD 5m", 9.5, bullet="dot", before=3),
                t("Training and programme office: USD 4m", 9.5, bullet="dot", before=3),
                t(
                    "Net of fuel and allowance savings, the plan pays back in year five.",
                    9,
                    italic=True,
                    color=GREY,
                    before=6,
                ),
            ],
        ),
        sp(
            p,
            4.3,
            1.2,
            5.25,
            3.3,
            [
                t("We ask the Board to:", 12, bold=True, color=TEAL),
                t(
                    f"Approve Lighter Wake 2027{EN}2030 and its 36-month passage plan.",
                    10.5,
                    bullet="num",
                    before=6,
                ),
                t(
                    "Release USD 14 million for Clear the decks and Sea trials.",
                    10.5,
                    bullet="num",
                    before=6,
                ),
                t(
                    "Endorse Valdermaas as the first call for shore power.",
                    10.5,
                    bullet="num",
                    before=6,
                ),
                t("Delegate Gates 1, 3 and 4 to the steering group.", 10.5, bullet="num", before=6),
            ],
        ),
        sp(p, 0.45, 4.6, 9.1, 0.5, fill=NAVY),
        sp(
            p,
            0.55,
            4.6,
            8.9,
            0.5,
            [
                t(
                    "Lighter Wake closes at the end of FY30, on 31 March 2030.",
                    12,
                    bold=True,
                    color=WHITE,
                )
            ],
            anchor="ctr",
        ),
    )
    s.footer()
    return s


def s20() -> Slide:
    s = Slide(20, "TITLE_ONLY")
    p = s.page
    s.header("Appendix", "Definitions")
    defs = [
        (
            "CO\u2082 per TEU-km: ",
            "tonnes of CO\u2082 from all fuel burned, divided by TEU carried times kilometres "
            "sailed (the EEOI), in grams.",
        ),
        (
            "Just in time: ",
            "the ship is all fast within two hours of the berth window agreed with the terminal.",
        ),
        (
            "Speed loss: ",
            "the drop in speed through water at the same shaft power, against the clean-hull "
            "reference, as ISO 19030 sets it out.",
        ),
        (
            "Fiscal year: ",
            "April to March. FY28 is April 2027 to March 2028; FY30 Q4 is January to March 2030.",
        ),
        (
            "IGF advanced: ",
            "the STCW certificate for officers on ships that burn low-flashpoint fuels such as "
            "methanol.",
        ),
    ]
    s.add(sp(p, 0.45, 1.2, 9.1, 3.9, [lead(h, r, 10.5, before=8) for h, r in defs]))
    s.footer()
    return s


SLIDES = [
    s01,
    s02,
    s03,
    s04,
    s05,
    s06,
    s07,
    s08,
    s09,
    s10,
    s11,
    s12,
    s13,
    s14,
    s15,
    s16,
    s17,
    s18,
    s19,
    s20,
]


# =========================================================================== the package

CT = "application/vnd.openxmlformats-officedocument"


def theme_xml(name: str) -> str:
    colors = [
        ("dk1", "000000"),
        ("lt1", "FFFFFF"),
        ("dk2", NAVY),
        ("lt2", "EEF2F5"),
        ("accent1", TEAL),
        ("accent2", NAVY),
        ("accent3", CORAL),
        ("accent4", "F2C14E"),
        ("accent5", GREY),
        ("accent6", "7FB7BE"),
        ("hlink", "1155CC"),
        ("folHlink", "6611CC"),
    ]
    clr = "".join(f'<a:{k}><a:srgbClr val="{v}"/></a:{k}>' for k, v in colors)
    font = f'<a:latin typeface="{FONT}"/><a:ea typeface=""/><a:cs typeface=""/>'
    solid = '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
    line = (
        '<a:ln w="9525" cap="flat" cmpd="sng" algn="ctr"><a:solidFill><a:schemeClr '
        'val="phClr"/></a:solidFill><a:prstDash val="solid"/></a:ln>'
    )
    return (
        f'{HEAD}<a:theme xmlns:a="{NS_A}" xmlns:r="{NS_R}" name="{name}"><a:themeElements>'
        f'<a:clrScheme name="Simple Light">{clr}</a:clrScheme><a:fontScheme name="Simple Light">'
        f"<a:majorFont>{font}</a:majorFont><a:minorFont>{font}</a:minorFont></a:fontScheme>"
        f'<a:fmtScheme name="Office"><a:fillStyleLst>{solid * 3}</a:fillStyleLst>'
        f"<a:lnStyleLst>{line * 3}</a:lnStyleLst><a:effectStyleLst>"
        f"{'<a:effectStyle><a:effectLst/></a:effectStyle>' * 3}</a:effectStyleLst>"
        f"<a:bgFillStyleLst>{solid * 3}</a:bgFillStyleLst></a:fmtScheme></a:themeElements>"
        "</a:theme>"
    )


CLR_MAP = (
    'bg1="lt1" tx1="dk1" bg2="dk2" tx2="lt2" accent1="accent1" accent2="accent2" '
    'accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" '
    'folHlink="folHlink"'
)
GRP = (
    '<p:nvGrpSpPr><p:cNvPr id="1" name="Shape {n}"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>'
    '<p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/>'
    '<a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>'
)


def _ph(sid: int, page: str, ph: str, x: float, y: float, w: float, h: float, size: int) -> str:
    return (
        f'<p:sp><p:nvSpPr><p:cNvPr id="{sid}" name="Google Shape;{sid};{page}"/><p:cNvSpPr '
        f'txBox="1"><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr>{ph}</p:nvPr></p:nvSpPr>'
        f'<p:spPr><a:xfrm><a:off x="{emu(x)}" y="{emu(y)}"/><a:ext cx="{emu(w)}" '
        f'cy="{emu(h)}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr>'
        '<p:txBody><a:bodyPr anchorCtr="0" anchor="t" bIns="91425" lIns="91425" '
        'spcFirstLastPara="1" rIns="91425" wrap="square" tIns="91425"><a:noAutofit/>'
        '</a:bodyPr><a:lstStyle/><a:p><a:pPr indent="0" lvl="0" marL="0" rtl="0" algn="l">'
        '<a:spcBef><a:spcPts val="0"/></a:spcBef><a:spcAft><a:spcPts val="0"/></a:spcAft>'
        f'<a:buNone/></a:pPr><a:endParaRPr sz="{size}"/></a:p></p:txBody></p:sp>'
    )


LAYOUTS = [
    # (file number, Google's name, OOXML type, placeholders)
    (1, "TITLE", "title", ["ctrTitle", "subTitle"]),
    (2, "SECTION_HEADER", "secHead", ["title"]),
    (3, "TITLE_AND_BODY", "tx", ["title", "body"]),
    (4, "TITLE_ONLY", "titleOnly", ["title"]),
    (5, "BLANK", "blank", []),
]
LAYOUT_OF = {name: n for n, name, _, _ in LAYOUTS}


def layout_xml(n: int, name: str, kind: str, phs: Sequence[str]) -> str:
    page = f"p{n + 1}"
    shapes = []
    sid = 10 + n * 4
    for k, ph in enumerate(phs):
        if ph == "ctrTitle":
            shapes.append(_ph(sid + k, page, '<p:ph type="ctrTitle"/>', 0.6, 1.45, 8.8, 0.95, 4000))
        elif ph == "subTitle":
            shapes.append(
                _ph(sid + k, page, '<p:ph type="subTitle" idx="1"/>', 0.6, 2.45, 8.8, 0.5, 1800)
            )
        elif ph == "title":
            shapes.append(_ph(sid + k, page, '<p:ph type="title"/>', 0.45, 0.42, 9.1, 0.62, 2400))
        else:
            shapes.append(
                _ph(sid + k, page, '<p:ph type="body" idx="1"/>', 0.45, 1.2, 9.1, 3.9, 1100)
            )
    shapes.append(_ph(sid + 3, page, '<p:ph type="sldNum" idx="12"/>', 8.95, 5.25, 0.6, 0.3, 800))
    return (
        f'{HEAD}<p:sldLayout {NSDECL} matchingName="{name.replace("_", " ").title()}" '
        f'type="{kind}"><p:cSld name="{name}"><p:spTree>{GRP.format(n=sid - 1)}'
        f"{''.join(shapes)}</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr>"
        "</p:sldLayout>"
    )


def _lvl(tag: str, size: int, bold: bool, color: str) -> str:
    b = ' b="1"' if bold else ""
    return (
        f'<a:{tag} marL="0" marR="0" indent="0" algn="l" rtl="0"><a:lnSpc><a:spcPct '
        f'val="100000"/></a:lnSpc><a:spcBef><a:spcPts val="0"/></a:spcBef><a:spcAft><a:spcPts '
        f'val="0"/></a:spcAft><a:buNone/><a:defRPr sz="{size}"{b} i="0" u="none" strike="noStrike" '
        f'cap="none"><a:solidFill><a:srgbClr val="{color}"/></a:solidFill><a:latin '
        f'typeface="{FONT}"/><a:ea typeface="{FONT}"/><a:cs typeface="{FONT}"/><a:sym '
        f'typeface="{FONT}"/></a:defRPr></a:{tag}>'
    )


def master_xml() -> str:
    page = "p1m"
    shapes = (
        _ph(2, page, '<p:ph type="title"/>', 0.45, 0.42, 9.1, 0.62, 2400)
        + _ph(3, page, '<p:ph type="body" idx="1"/>', 0.45, 1.2, 9.1, 3.9, 1100)
        + _ph(4, page, '<p:ph type="sldNum" idx="12"/>', 8.95, 5.25, 0.6, 0.3, 800)
    )
    ids = "".join(
        f'<p:sldLayoutId id="{2147483649 + k}" r:id="rId{k + 1}"/>' for k in range(len(LAYOUTS))
    )
    return (
        f"{HEAD}<p:sldMaster {NSDECL}><p:cSld><p:bg><p:bgPr><a:solidFill><a:schemeClr "
        f'val="lt1"/></a:solidFill><a:effectLst/></p:bgPr></p:bg><p:spTree>{GRP.format(n=1)}'
        f"{shapes}</p:spTree></p:cSld><p:clrMap {CLR_MAP}/><p:sldLayoutIdLst>{ids}"
        f"</p:sldLayoutIdLst><p:txStyles><p:titleStyle>{_lvl('lvl1pPr', 2400, True, NAVY)}"
        f"</p:titleStyle><p:bodyStyle>{_lvl('lvl1pPr', 1100, False, NAVY)}</p:bodyStyle>"
        f"<p:otherStyle>{_lvl('defPPr', 1100, False, NAVY)}</p:otherStyle></p:txStyles>"
        "</p:sldMaster>"
    )


def notes_master_xml() -> str:
    page = "n"
    shapes = _ph(2, page, '<p:ph type="body" idx="1"/>', 0.75, 4.75, 6.0, 4.5, 1200)
    return (
        f"{HEAD}<p:notesMaster {NSDECL}><p:cSld><p:bg><p:bgPr><a:solidFill><a:schemeClr "
        f'val="lt1"/></a:solidFill><a:effectLst/></p:bgPr></p:bg><p:spTree>{GRP.format(n=1)}'
        f"{shapes}</p:spTree></p:cSld><p:clrMap {CLR_MAP}/><p:notesStyle>"
        f"{_lvl('lvl1pPr', 1200, False, '000000')}</p:notesStyle></p:notesMaster>"
    )


def rels(items: Sequence[tuple[str, str, str]]) -> str:
    body = "".join(f'<Relationship Id="{i}" Type="{ty}" Target="{tg}"/>' for i, ty, tg in items)
    return f'{HEAD}<Relationships xmlns="{PKG_REL}">{body}</Relationships>'


def metadata_blob() -> bytes:
    """Google's ``ppt/metadata``: a small protocol buffer naming the presentation."""
    doc = DOC_ID.encode("ascii")
    return b"\x0a" + bytes([len(doc)]) + doc + b"\x10\x01\x18\x14"


def build_deck() -> bytes:
    IDS.n = 54
    slides = [make() for make in SLIDES]
    parts: dict[str, bytes] = {}

    def put(name: str, text: str) -> None:
        parts[name] = text.encode("utf-8")

    n = len(slides)
    over = [
        ("/ppt/presentation.xml", f"{CT}.presentationml.presentation.main+xml"),
        ("/ppt/presProps.xml", f"{CT}.presentationml.presProps+xml"),
        ("/ppt/tableStyles.xml", f"{CT}.presentationml.tableStyles+xml"),
        ("/ppt/slideMasters/slideMaster1.xml", f"{CT}.presentationml.slideMaster+xml"),
        ("/ppt/notesMasters/notesMaster1.xml", f"{CT}.presentationml.notesMaster+xml"),
        ("/ppt/theme/theme1.xml", f"{CT}.theme+xml"),
        ("/ppt/theme/theme2.xml", f"{CT}.theme+xml"),
        ("/ppt/metadata", "application/binary"),
    ]
    over += [
        (f"/ppt/slideLayouts/slideLayout{k}.xml", f"{CT}.presentationml.slideLayout+xml")
        for k, *_ in LAYOUTS
    ]
    over += [
        (f"/ppt/slides/slide{k}.xml", f"{CT}.presentationml.slide+xml") for k in range(1, n + 1)
    ]
    over += [
        (f"/ppt/notesSlides/notesSlide{k}.xml", f"{CT}.presentationml.notesSlide+xml")
        for k in range(1, n + 1)
    ]
    types = (
        f'{HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default ContentType="application/xml" Extension="xml"/>'
        '<Default ContentType="application/vnd.openxmlformats-package.relationships+xml" '
        'Extension="rels"/>'
        + "".join(f'<Override ContentType="{c}" PartName="{p}"/>' for p, c in over)
        + "</Types>"
    )
    put("[Content_Types].xml", types)
    put("_rels/.rels", rels([("rId1", f"{REL}/officeDocument", "ppt/presentation.xml")]))

    pres_rels = [
        ("rId1", f"{REL}/theme", "theme/theme2.xml"),
        ("rId2", f"{REL}/presProps", "presProps.xml"),
        ("rId3", f"{REL}/tableStyles", "tableStyles.xml"),
        ("rId4", f"{REL}/slideMaster", "slideMasters/slideMaster1.xml"),
        ("rId5", f"{REL}/notesMaster", "notesMasters/notesMaster1.xml"),
        ("rId6", GOOGLE_META, "metadata"),
    ]
    pres_rels += [(f"rId{6 + k}", f"{REL}/slide", f"slides/slide{k}.xml") for k in range(1, n + 1)]
    put("ppt/_rels/presentation.xml.rels", rels(pres_rels))
    sld_ids = "".join(f'<p:sldId id="{255 + k}" r:id="rId{6 + k}"/>' for k in range(1, n + 1))
    put(
        "ppt/presentation.xml",
        f'{HEAD}<p:presentation {NSDECL} autoCompressPictures="0" strictFirstAndLastChars="0" '
        'saveSubsetFonts="1"><p:sldMasterIdLst><p:sldMasterId id="2147483648" r:id="rId4"/>'
        '</p:sldMasterIdLst><p:notesMasterIdLst><p:notesMasterId r:id="rId5"/>'
        f'</p:notesMasterIdLst><p:sldIdLst>{sld_ids}</p:sldIdLst><p:sldSz cy="{H}" cx="{W}"/>'
        '<p:notesSz cx="6858000" cy="9144000"/><p:defaultTextStyle>'
        f"{_lvl('defPPr', 1400, False, '000000')}</p:defaultTextStyle></p:presentation>",
    )
    put("ppt/presProps.xml", f"{HEAD}<p:presentationPr {NSDECL}/>")
    put(
        "ppt/tableStyles.xml",
        f'{HEAD}<a:tblStyleLst xmlns:a="{NS_A}" def="{TABLE_STYLE}"><a:tblStyle '
        f'styleId="{TABLE_STYLE}" styleName="Table_0"><a:wholeTbl><a:tcTxStyle><a:font><a:latin '
        f'typeface="{FONT}"/><a:ea typeface="{FONT}"/><a:cs typeface="{FONT}"/></a:font>'
        '<a:srgbClr val="000000"/></a:tcTxStyle><a:tcStyle><a:tcBdr/><a:fill><a:noFill/>'
        "</a:fill></a:tcStyle></a:wholeTbl></a:tblStyle></a:tblStyleLst>",
    )
    put("ppt/theme/theme1.xml", theme_xml("Simple Light"))
    put("ppt/theme/theme2.xml", theme_xml("Simple Light"))
    parts["ppt/metadata"] = metadata_blob()
    put("ppt/slideMasters/slideMaster1.xml", master_xml())
    put(
        "ppt/slideMasters/_rels/slideMaster1.xml.rels",
        rels(
            [
                (f"rId{k}", f"{REL}/slideLayout", f"../slideLayouts/slideLayout{k}.xml")
                for k, *_ in LAYOUTS
            ]
            + [(f"rId{len(LAYOUTS) + 1}", f"{REL}/theme", "../theme/theme1.xml")]
        ),
    )
    for k, name, kind, phs in LAYOUTS:
        put(f"ppt/slideLayouts/slideLayout{k}.xml", layout_xml(k, name, kind, phs))
        put(
            f"ppt/slideLayouts/_rels/slideLayout{k}.xml.rels",
            rels([("rId1", f"{REL}/slideMaster", "../slideMasters/slideMaster1.xml")]),
        )
    put("ppt/notesMasters/notesMaster1.xml", notes_master_xml())
    put(
        "ppt/notesMasters/_rels/notesMaster1.xml.rels",
        rels([("rId1", f"{REL}/theme", "../theme/theme2.xml")]),
    )
    for s in slides:
        put(f"ppt/slides/slide{s.n}.xml", s.xml())
        put(
            f"ppt/slides/_rels/slide{s.n}.xml.rels",
            rels(
                [
                    ("rId1", f"{REL}/notesSlide", f"../notesSlides/notesSlide{s.n}.xml"),
                    (
                        "rId2",
                        f"{REL}/slideLayout",
                        f"../slideLayouts/slideLayout{LAYOUT_OF[s.layout]}.xml",
                    ),
                ]
            ),
        )
        put(f"ppt/notesSlides/notesSlide{s.n}.xml", s.notes_xml())
        put(
            f"ppt/notesSlides/_rels/notesSlide{s.n}.xml.rels",
            rels(
                [
                    ("rId1", f"{REL}/notesMaster", "../notesMasters/notesMaster1.xml"),
                    ("rId2", f"{REL}/slide", f"../slides/slide{s.n}.xml"),
                ]
            ),
        )
    first = ["[Content_Types].xml", "_rels/.rels"]
    order = first + sorted(k for k in parts if k not in first)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in order:
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, parts[name])
    return out.getvalue()


# =========================================================================== the charter (PDF)

# Helvetica advance widths (per 1000 em) for the characters the charter uses; others 556.
_NARROW = dict.fromkeys("il.,:;'!|", 250) | dict.fromkeys("jft()[]/ ", 300) | {"r": 333, "-": 333}
_WIDE = dict.fromkeys("mwMW", 850) | dict.fromkeys("ABCDEGHKNOQRUVXYZ&", 722) | {"@": 1015}


def _width(text: str, size: float) -> float:
    return sum(_NARROW.get(c, _WIDE.get(c, 556)) for c in text) * size / 1000


def _wrap(text: str, size: float, width: float) -> list[str]:
    lines, cur = [], ""
    for word in text.split():
        trial = f"{cur} {word}".strip()
        if cur and _width(trial, size) > width:
            lines.append(cur)
            cur = word
        else:
            cur = trial
    return lines + [cur] if cur else lines


def _pdf_str(text: str) -> str:
    return "(" + text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"


def pdf_bytes(blocks: Sequence[tuple[str, str]], info: dict[str, str]) -> bytes:
    """A text-only A4 PDF: ``blocks`` of (kind, text), kind "title", "sub", "h" or "p",
    wrapped and paginated; Helvetica and Helvetica-Bold with WinAnsiEncoding; one content
    stream a page, every line its own ``Tj``; a footer with the page number."""
    left, top, bottom, width = 64.0, 780.0, 72.0, 467.0
    style = {
        "title": ("F2", 17.0, 22.0),
        "sub": ("F1", 9.5, 13.0),
        "h": ("F2", 11.5, 15.0),
        "p": ("F1", 10.0, 13.5),
    }
    gap = {"title": 4.0, "sub": 14.0, "h": 8.0, "p": 7.0}
    pages: list[list[tuple[str, float, float, str]]] = [[]]
    y = top
    for kind, text in blocks:
        font, size, lead_ = style[kind]
        lines = _wrap(text, size, width)
        need = len(lines) * lead_ + (lead_ * 2 if kind == "h" else 0)
        if y - need < bottom:
            pages.append([])
            y = top
        for line in lines:
            pages[-1].append((font, size, y, line))
            y -= lead_
        y -= gap[kind]
    objs: list[bytes] = []
    objs.append(b"<< /Type /Catalog /Pages 2 0 R /Lang (en-GB) >>")
    kids = " ".join(f"{5 + 2 * k} 0 R" for k in range(len(pages)))
    objs.append(f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>".encode())
    objs.append(
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    )
    objs.append(
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    )
    for k, page in enumerate(pages, start=1):
        ops = []
        for font, size, yy, line in page:
            ops.append(f"BT /{font} {size:g} Tf 1 0 0 1 {left:g} {yy:g} Tm {_pdf_str(line)} Tj ET")
        foot = f"Fleet Operations Charter v3.1 - page {k} of {len(pages)}"
        ops.append(f"BT /F1 8 Tf 1 0 0 1 {left:g} 40 Tm {_pdf_str(foot)} Tj ET")
        stream = "\n".join(ops).encode("cp1252")
        objs.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595.32 841.92] /Resources << /Font "
            f"<< /F1 3 0 R /F2 4 0 R >> >> /Contents {6 + 2 * (k - 1)} 0 R >>".encode()
        )
        objs.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    fields = " ".join(f"/{k} {_pdf_str(v)}" for k, v in info.items())
    objs.append(f"<< {fields} >>".encode("cp1252"))
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(objs, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % n + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(
        b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
        % (len(objs) + 1, len(objs), xref)
    )
    return out.getvalue()


CHARTER = [
    ("title", "Fleet Operations Charter"),
    (
        "sub",
        "Aslund Tan Line A/S - issued by the Chief Operating Officer - version 3.1, 15 September "
        "2026 - replaces version 3.0 of March 2025",
    ),
    ("h", "1. Purpose"),
    (
        "p",
        "This charter sets out who does what in running our 40 ships from day to day, across the "
        "Fleet Operations division in Singapore and the Technical division in Kalvehavn. Where a "
        "post's line in the organisation chart refers to this charter, the section below is that "
        "post's remit. Programme work, Lighter Wake included, follows the same lines: the post "
        "that runs an activity runs its change.",
    ),
    ("h", "2. Director, Fleet Operations"),
    (
        "p",
        "The Director, Fleet Operations deploys the ships on our loops, sets the schedules and is "
        "accountable for every port call. Speed bands for each loop are agreed every quarter with "
        "the Chief Commercial Officer. The Director chairs the daily fleet call at 08:30 Singapore "
        "time. Asian ports are handled by the Singapore port team, which reports to the Director.",
    ),
    ("h", "3. The Route Desk (Voyage Performance Manager)"),
    (
        "p",
        "The Voyage Performance Manager runs the Route Desk. The desk writes every voyage order "
        "with its speed instruction, runs weather routing on ocean legs, and agrees just-in-time "
        "arrival with terminals, with the Port Operations Manager, Europe for European terminals. "
        "It owns the measure of calls arriving just in time and the fuel saved by speed and "
        "arrival. The Route Desk is staffed only from 07:00 to 19:00 Singapore time; outside those "
        "hours masters follow the last voyage order.",
    ),
    ("h", "4. Vessel performance (Vessel Performance Manager)"),
    (
        "p",
        "The Vessel Performance Manager looks after the hull and propeller condition and the fuel "
        "consumption model of every owned ship. The post decides when hulls are cleaned and "
        "propellers polished, chooses hull coatings with the Director, Technical, measures speed "
        "loss against the clean-hull reference under ISO 19030, and keeps the hull and propeller "
        "cleaning record. It owns the measure of owned ships within 5% speed loss.",
    ),
    ("h", "5. Marine standards (Marine Superintendent)"),
    (
        "p",
        "The Marine Superintendent writes and maintains the deck and navigation procedures of the "
        "safety management system, including the mooring and shore connection procedures, and "
        "runs our internal ISM audits. A new procedure that changes work on board is issued by the "
        "Marine Superintendent, after the Crew Operations Manager has dealt with the Federation.",
    ),
    ("h", "6. Emissions compliance (Emissions Compliance Manager)"),
    (
        "p",
        "The Emissions Compliance Manager keeps the EU MRV and IMO DCS monitoring plans of every "
        "ship, works with our verifier, Nordveritas, files the annual emissions reports, tells "
        "Treasury how many EU allowances to surrender each year, and plans FuelEU Maritime "
        "compliance ship by ship. Treasury, under the Chief Financial Officer, buys the "
        "allowances. The post also follows each ship's CII rating, writes any corrective action "
        "plan, and owns the fleet's CO2 per TEU-km.",
    ),
    ("h", "7. Port operations in Europe (Port Operations Manager, Europe)"),
    (
        "p",
        "The Port Operations Manager, Europe holds our terminal agreements in Europe, agrees berth "
        "windows, and books shore power where a terminal offers it, starting with Terminal Vest at "
        "Valdermaas. The post owns the measure of calls plugged in at EU shore-power berths.",
    ),
    ("h", "8. Fuel and bunkering (Fuel and Bunkering Manager)"),
    (
        "p",
        "The Fuel and Bunkering Manager sets our fuel specifications, signs bunker supply "
        "contracts, methanol supply included, checks bunker quality and keeps BunkerLedger.",
    ),
    ("h", "9. Technical (Director, Technical)"),
    (
        "p",
        "The Director, Technical plans the dry-docks, runs retrofits and conversions through the "
        "technical superintendents, and applies for class and flag approval of technical changes. "
        "The Flag State Liaison advises on what the flag administrations expect; the application "
        "is always made and signed by the Director, Technical.",
    ),
    ("h", "10. Review"),
    (
        "p",
        "The Chief Operating Officer reviews this charter every two years, next in September 2028.",
    ),
]


def build_charter() -> bytes:
    info = {
        "Title": "Fleet Operations Charter",
        "Author": "Fleet Operations, Aslund Tan Line",
        "Creator": "Microsoft\xae Word for Microsoft 365",
        "Producer": "Microsoft\xae Word for Microsoft 365",
        "CreationDate": "D:20260915101500+02'00'",
        "ModDate": "D:20260915101500+02'00'",
    }
    return pdf_bytes(CHARTER, info)


# =========================================================================== the org folder

ORG_CHART = """
# Aslund Tan Line: organisation chart

Kept by People and Culture, Kalvehavn. Version of 1 March 2027.

One line per post: the title, a dash, then what the post is responsible for. An indented post
reports to the post above it. The note in brackets at the end of each line is the post's part in
Lighter Wake, the fleet decarbonisation programme: core team (does and decides the work), extended
team (kept informed and asked when needed) or consulted only (asked for a view, never given work).

## Executive (Kalvehavn)

- Chief Executive Officer \u2014 leads the company and answers to the Board of Directors. (Lighter Wake: extended team)
  - Chief Operating Officer \u2014 runs the Fleet Operations, Technical and Crewing divisions; executive sponsor of Lighter Wake and chair of its steering group, deciding its gates. (Lighter Wake: core team)
  - Chief Financial Officer \u2014 budgets, capital approvals and Treasury, including the purchase and surrender of EU allowances. (Lighter Wake: core team)
  - Chief Commercial Officer \u2014 customers, contracts and the network of loops; agrees speed bands with Fleet Operations every quarter. (Lighter Wake: extended team)

## Fleet Operations (Singapore)

- Director, Fleet Operations \u2014 deploys the 40 ships on our loops, sets the schedules and is accountable for every port call; reports to the Chief Operating Officer. (Lighter Wake: core team)
  - Voyage Performance Manager \u2014 runs the Route Desk; see the Fleet Operations Charter, section 3. (Lighter Wake: core team)
  - Port Operations Manager, Europe \u2014 see the Fleet Operations Charter, section 7. (Lighter Wake: core team)
  - Marine Superintendent \u2014 see the Fleet Operations Charter, section 5. (Lighter Wake: core team)

## Technical (Kalvehavn)

- Director, Technical \u2014 dry-docks, retrofits and conversions, class and flag approvals for technical changes, and ShipMaint; reports to the Chief Operating Officer. (Lighter Wake: core team)
  - Technical Superintendent, Fjord and Osprey classes \u2014 machinery and electrical plant of the Fjord- and Osprey-class ships we own, and our site team at the yards. (Lighter Wake: core team)
  - Vessel Performance Manager \u2014 see the Fleet Operations Charter, section 4. (Lighter Wake: core team)
  - Fuel and Bunkering Manager \u2014 see the Fleet Operations Charter, section 8. (Lighter Wake: core team)

## Crewing and Training (Kalvehavn and Singapore)

- Crew Operations Manager \u2014 manning, rotations and crew agencies, CrewLink, and our collective agreement with the Nordic-Asian Seafarers' Federation; reports to the Chief Operating Officer. (Lighter Wake: core team)
  - Crew Training Manager \u2014 the Kalvehavn Maritime Training Centre, SeaSkill, course plans and officers' certificates. (Lighter Wake: core team)

## Emissions, Data and Sustainability (Kalvehavn)

- Emissions Compliance Manager \u2014 see the Fleet Operations Charter, section 6, and the metric definitions. (Lighter Wake: core team)
- Head of Sustainability \u2014 the group sustainability report and the emissions statements we send to customers, written from the verified figures. (Lighter Wake: extended team)
- Head of Data and Analytics \u2014 the Logbook data warehouse and its Power BI reports for the whole company. (Lighter Wake: core team)
  - Fleet Data Lead \u2014 FleetPulse, the sensors on board, and the feeds from VoyageDesk and FleetPulse into Logbook. (Lighter Wake: core team)

## Commercial (Kalvehavn)

- Chartering Manager \u2014 the ships we charter in and out, their charter parties and any consent we need from their owners; reports to the Chief Commercial Officer. (Lighter Wake: core team)

## Lighter Wake programme office

- Programme Manager, Lighter Wake \u2014 the programme plan, the risk log, the gate calendar and the gate reports; reports to the Chief Operating Officer. (Lighter Wake: core team)

## Liaison posts

- Seafarers' Union Liaison \u2014 the Federation's point of contact with the company, seconded under the collective agreement; gives the crews' view and is consulted before changes on board. (Lighter Wake: consulted only)
- Flag State Liaison \u2014 our link to the Danish Maritime Authority and the Maritime and Port Authority of Singapore; tells us what the flag administrations expect, while approvals stay with them and with the Director, Technical. (Lighter Wake: consulted only)
"""

STEERING_TERMS = """
# Lighter Wake steering group: terms of reference

Draft 0.9 for the Board meeting of 22 March 2027. Owner: Programme Manager, Lighter Wake.

## Purpose

The steering group directs Lighter Wake, the fleet decarbonisation programme for FY28 to FY30
(April 2027 to March 2030), and decides its gates once the Board has approved the plan.

## Sponsor and chair

The Chief Operating Officer is the executive sponsor of Lighter Wake and chairs the steering
group. The chair decides each gate, go or no-go, after hearing the members and the consulted
posts.

## Members

- Director, Fleet Operations
- Director, Technical
- Chief Financial Officer
- Emissions Compliance Manager
- Crew Operations Manager
- Programme Manager, Lighter Wake (secretary)

Other posts attend for their items: the Voyage Performance Manager, the Vessel Performance
Manager, the Port Operations Manager, Europe, the Fleet Data Lead and the Crew Training Manager.

## Consulted posts

The Seafarers' Union Liaison and the Flag State Liaison are heard before each gate, on crews and
on flag matters. They give views; they are given no actions and take no part in gate decisions.

## Decisions and money

- Gates 1, 3 and 4 are decided by the steering group once the Board has delegated them; Gate 2
  goes to the Board with the request for the Full ahead capital.
- The steering group may commit up to USD 5 million per ship; above that, the Board decides.
- Changes to the phases or to the gates go to the Board.

## Cadence

Monthly, on the first Tuesday, by video between Kalvehavn and Singapore, with a quarterly report
to the Board. The Programme Manager, Lighter Wake sends papers five working days ahead, keeps
the risk log and writes each gate report.

## Measures

Each measure has one owner, named in the metric definitions. The monthly Lighter Wake dashboard
is built in Logbook by the Head of Data and Analytics' team.
"""

SYSTEMS = """
# Systems and data inventory: fleet, emissions and crews

Kept by the Head of Data and Analytics with the Fleet Data Lead. Reviewed in February 2027.

| System | What it holds | Owner | Status |
|---|---|---|---|
| VoyageDesk | Voyage orders, noon reports from every ship, the port-call log with berth windows and arrival times | Director, Fleet Operations | In service on all 40 ships since 2018. Noon reports are not retained beyond 24 months in VoyageDesk; older reports are moved to an offline archive. |
| FleetPulse | Sensor data every 15 seconds (shaft power, fuel flow by consumer, speed through water, trim) and speed-loss analysis under ISO 19030 | Fleet Data Lead | High-frequency logging runs only on the six Fjord-class ships; the other 34 ships report once a day by noon report. |
| ShipMaint | Planned maintenance, defects, dry-dock work lists and spares for the owned ships | Director, Technical | In service on all 26 owned ships. |
| BunkerLedger | Bunker delivery notes, fuel samples and fuel on board | Fuel and Bunkering Manager | In service; feeds Logbook every day. |
| MRV and DCS monitoring | The EU MRV and IMO DCS monitoring plans of every ship and the annual emissions reports filed through THETIS-MRV, verified by Nordveritas | Emissions Compliance Manager | In service; the 2026 reports were verified in February 2027. |
| EU allowance position | Allowances owed by ship and voyage, bought and surrendered | Emissions Compliance Manager | Our EU allowance position relies on a spreadsheet kept by the Emissions Compliance Manager. |
| Logbook | The company's data warehouse, with Power BI reports on fuel, emissions, port calls and finance | Head of Data and Analytics | In service; the monthly emissions report has been built in Logbook since 2024. |
| CrewLink | Crew planning, rotations, contracts and hours of rest | Crew Operations Manager | In service for all seafarers we employ. |
| SeaSkill | Learning for seafarers: courses, e-learning modules, certificates and their expiry dates | Crew Training Manager | In service for all seafarers we employ. |
"""

METRICS = """
# Metric definitions: Lighter Wake

Kept by the Emissions Compliance Manager. Each measure has one owner, who reports it monthly to
the steering group from the source named here. Baselines are FY26 (April 2025 to March 2026)
unless stated.

| Measure | Definition | Owner | Baseline | Target | Source |
|---|---|---|---|---|---|
| CO2 per TEU-km, fleet average | Grams of CO2 from all fuel burned, per TEU carried per kilometre sailed (the EEOI), all 40 ships | Emissions Compliance Manager | 14.2 g | 11.5 g by FY30 Q4 | Logbook, from BunkerLedger and VoyageDesk |
| Calls arriving just in time | Share of port calls where the ship is all fast within two hours of the agreed berth window | Voyage Performance Manager | 31% | 70% by FY29 Q4 | VoyageDesk port-call log |
| Owned ships within 5% speed loss | Share of owned ships whose speed loss against the clean-hull reference (ISO 19030) is 5% or less over the quarter | Vessel Performance Manager | 55%, measured on the six Fjord-class ships | 90% by FY29 Q2 | FleetPulse |
| Calls plugged in at EU shore-power berths | Share of our calls at EU berths offering shore power where the ship is connected within 60 minutes of all fast | Port Operations Manager, Europe | 0% | 95% by FY30 Q4 | VoyageDesk and terminal invoices |
| Fjord-class ships running on methanol | Fjord-class ships converted to dual-fuel methanol and back in service | Director, Technical | 0 | 4 by FY30 Q4 | ShipMaint |
| Owned ships on automatic logging | Owned ships sending FleetPulse high-frequency data for at least 95% of their hours at sea | Fleet Data Lead | 6 | 26 by FY29 Q4 | FleetPulse |
| Officers on methanol ships holding IGF advanced | Share of engineer officers serving on converted ships who hold the IGF advanced certificate | Crew Training Manager | 0% | 100% by FY30 Q2 | SeaSkill |
| Crew engagement in fuel saving | Score from a crew pulse survey on fuel saving | Crew Operations Manager | First survey in FY28 Q2 | Set by the steering group after the first survey | CrewLink survey |
| Fuel saved by speed and arrival | Tonnes of fuel a year saved against FY26 sailing patterns, from the Route Desk's voyage model | Voyage Performance Manager | 774,000 t burned in FY26 | 85,000 t a year by FY30 | Logbook |
| FuelEU GHG intensity | Well-to-wake GHG intensity of the energy used on EU voyages, gCO2e/MJ | Emissions Compliance Manager | 89.2 in 2025 (limit 89.34) | 85.69 or lower from 2030 | MRV reports and the FuelEU verifier |
"""

PORTS = """
# Ports and berths that matter to Lighter Wake

Notes kept by the Port Operations Manager, Europe and the Singapore port team. February 2027.

## Valdermaas, Terminal Vest

- The NMX loop calls every Tuesday; five Osprey-class ships rotate on it.
- Terminal Vest opened shore power in May 2026: 6.6 kV at 50 or 60 Hz, up to 7.5 MVA per berth.
- The shore power supply at Terminal Vest only covers berths 14 and 15. Our NMX calls are given a berth between 12 and 16; a shore power agreement lets us ask for 14 or 15.
- Berth dues: 40% off for ships that plug in, in 2027 and 2028.
- Methanol: two bunker suppliers offer methanol by barge at Valdermaas from 2027.

## Norrevik

- NEX1 and NEX2 call every week. Norrevik plans to open shore power at its container berths in 2029.

## Porto Clemente

- MEX1 calls every week. Shore power at the container terminal is due in 2029.

## Selat Jaya

- Our Asian hub: every NEX and MEX loop calls here, and the Tern feeders start here.
- Methanol bunkering has been licensed at Selat Jaya since 2026, with two suppliers.
- The Selat Jaya Marine yard keeps one reserve dry-dock slot a year for us.
"""

CREW = """
# Crews and training: facts for Lighter Wake

Kept by the Crew Operations Manager and the Crew Training Manager. February 2027.

- About 1,150 seafarers serve on our 26 owned ships; the 14 chartered ships are crewed by their owners.
- Officers serve four months on board and two at home; ratings six months and three.
- Crew agencies in the Philippines and India supply most ratings; we employ our officers directly.
- The Kalvehavn Maritime Training Centre, run by the Crew Training Manager, trains about 900 seafarers a year in simulators and classrooms; SeaSkill holds every course record and certificate.
- 140 officers hold the STCW basic certificate for ships under the IGF Code.
- The fleet has no engineer officer holding the IGF advanced certificate today.
- From FY28 Q3 the centre will run IGF advanced courses for 12 officers a quarter, taught with a partner college in Singapore.
- Three SeaSkill modules on fuel saving (trim, auxiliary load and speed) were released in 2025; 410 officers have completed at least one.
- A first crew pulse survey on fuel saving is planned for FY28 Q2.
"""

EMAIL = """
From: Mette Holm-Sorensen <m.holm-sorensen@aslundtan.com>
To: Director, Technical <director.technical@aslundtan.com>
Cc: Programme Manager, Lighter Wake <lighterwake.pmo@aslundtan.com>
Date: Thu, 11 Feb 2027 09:12:44 +0100
Subject: Methanol on the Fjord class - where the DMA stands

Hi both,

The short version after Tuesday's meeting with the Danish Maritime Authority.

Methanol bunkering on the Fjord class is not yet approved by the Danish Maritime Authority. The
DMA wants our fuel-system risk assessment and the bunkering procedure for the first ship before
it will book a review, and it expects about four months from a complete file to a decision.

For the two Singapore-flagged Fjord ships, the MPA works from the IGF Code and the IMO interim
guidelines for methyl and ethyl alcohol as fuel; they were relaxed about timing and asked to see
the Danish file first.

A reminder on my role, since the steering group papers list me under "consulted": I can open
doors and tell you what the administrations expect, but the applications are the Director,
Technical's to make and sign.

Best regards,
Mette

Mette Holm-Sorensen
Flag State Liaison
Aslund Tan Line A/S, Kalvehavn
"""

# (ship, class, TEU, built, flag, owned or chartered, loop)
FLEET = (
    [
        (f"ATL {n}", "Fjord", "15,000", y, f, "Owned", "NEX1")
        for n, y, f in [
            ("Solfjord", 2019, "Denmark (DIS)"),
            ("Ravnfjord", 2019, "Denmark (DIS)"),
            ("Kalvfjord", 2019, "Denmark (DIS)"),
            ("Stilfjord", 2020, "Denmark (DIS)"),
            ("Morgenfjord", 2020, "Singapore"),
            ("Havfjord", 2020, "Singapore"),
        ]
    ]
    + [
        (f"Osprey {n}", "Osprey", "8,200", y, "Denmark (DIS)", "Owned", loop)
        for n, y, loop in [
            ("Bay", 2012, "NMX"),
            ("Dawn", 2012, "NMX"),
            ("Reach", 2013, "NMX"),
            ("Sound", 2013, "NMX"),
            ("Crest", 2013, "NMX"),
            ("Tide", 2014, "NEX2"),
            ("Point", 2014, "NEX2"),
            ("Harbour", 2014, "NEX2"),
        ]
    ]
    + [
        ("Anna Sofie", "Osprey", "8,200", 2014, "Liberia", "Chartered in", "NEX2"),
        ("Cap Verlaine", "Osprey", "8,200", 2015, "Liberia", "Chartered in", "NEX2"),
    ]
    + [
        (f"Kestrel {n}", "Kestrel", "4,250", y, "Singapore", "Owned", loop)
        for n, y, loop in [
            ("Ridge", 2009, "MEX1"),
            ("Wind", 2009, "MEX1"),
            ("Field", 2010, "MEX1"),
            ("Hollow", 2010, "MEX1"),
            ("Moor", 2010, "MEX1"),
            ("Crag", 2011, "MEX1"),
            ("Heath", 2011, "IAX"),
            ("Brook", 2011, "IAX"),
            ("Fell", 2012, "IAX"),
            ("Dale", 2012, "IAX"),
            ("Scar", 2012, "IAX"),
            ("Tor", 2013, "IAX"),
        ]
    ]
    + [
        (n, "Tern", "2,700", y, f, "Chartered in", loop)
        for n, y, f, loop in [
            ("Linnea", 2008, "Antigua and Barbuda", "SJF"),
            ("Marit Hansa", 2008, "Antigua and Barbuda", "SJF"),
            ("Sea Tern", 2009, "Liberia", "SJF"),
            ("Nordkap", 2009, "Antigua and Barbuda", "SJF"),
            ("Helga B", 2010, "Liberia", "SJF"),
            ("Ida Marie", 2010, "Liberia", "SJF"),
            ("Ostwind", 2011, "Antigua and Barbuda", "BAL"),
            ("Vinga", 2011, "Antigua and Barbuda", "BAL"),
            ("Skagen Star", 2012, "Liberia", "BAL"),
            ("Lotte K", 2012, "Liberia", "BAL"),
            ("Fenna", 2013, "Antigua and Barbuda", "BAL"),
            ("Aurelia", 2013, "Liberia", "BAL"),
        ]
    ]
)


def fleet_register() -> str:
    rows = "\n".join(
        f"| {s} | {c} | {teu} | {y} | {f} | {o} | {loop} | "
        f"{'15-second logging' if c == 'Fjord' else 'Noon report'} |"
        for s, c, teu, y, f, o, loop in FLEET
    )
    return f"""
# Fleet register

Kept by the Director, Technical. As at 1 March 2027: 40 ships, 26 owned and 14 chartered in.

| Ship | Class | TEU | Built | Flag | Owned or chartered | Loop | Voyage data |
|---|---|---|---|---|---|---|---|
{rows}

Loops: NEX1 and NEX2 Asia to North Europe; NMX North Europe to the Mediterranean, calling at
Valdermaas every Tuesday; MEX1 Asia to the Mediterranean; IAX intra-Asia; SJF and BAL feeders
from Selat Jaya and in the Baltic.

## Notes

- The six Fjord-class ships were delivered methanol-ready in 2019 and 2020, with tank space and pipe routes reserved for a later conversion, and with shaft torque meters fitted.
- Hull cleaning records are kept on paper in each ship's deck log; superintendents collect them by email after each cleaning.
- The two chartered Osprey-class ships and the twelve Tern-class feeders cannot be modified without their owners' written consent.
- Dry-docks follow the five-year class cycle: the Fjord class is due in FY29 (three ships) and FY30 (three ships).
"""


def build_agreement() -> bytes:
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    doc.add_heading("Collective agreement 2026\u20132028: extract for Lighter Wake", level=1)
    doc.add_paragraph(
        "Between Aslund Tan Line A/S and the Nordic-Asian Seafarers' Federation. This extract "
        "holds the clauses that bear on Lighter Wake; the full agreement is kept by the Crew "
        "Operations Manager."
    )
    clauses = [
        (
            "3.1",
            "Scope",
            "This agreement covers the officers and ratings the Company employs on its owned ships.",
        ),
        (
            "9.4",
            "Training",
            "The Company pays for the training it asks of seafarers, and the time spent counts as "
            "working time.",
        ),
        (
            "14.2",
            "Consultation",
            "The Federation must be consulted before any change to watchkeeping, bunkering duties "
            "or rest hours on board, with at least 60 days' notice before the change takes effect.",
        ),
        (
            "14.5",
            "Liaison",
            "The Seafarers' Union Liaison is the Federation's point of contact for the Company's "
            "programmes. The Liaison is consulted and takes no part in management decisions.",
        ),
    ]
    tab = doc.add_table(rows=1, cols=3)
    tab.style = "Table Grid"
    for cell, text in zip(tab.rows[0].cells, ("Clause", "Subject", "Text"), strict=True):
        cell.text = text
    for row in clauses:
        cells = tab.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    doc.add_paragraph(
        "Signed in Kalvehavn on 14 January 2026 for the Company by the Crew Operations Manager and "
        "for the Federation by its General Secretary."
    )
    return ooxml_bytes(
        doc,
        STAMP,
        author="Crew Operations, Aslund Tan Line",
        last_modified_by="Crew Operations, Aslund Tan Line",
        title="Collective agreement 2026-2028: extract for Lighter Wake",
        revision=3,
    )


def org_files() -> dict[str, str | bytes]:
    return {
        "org/people/org-chart.md": ORG_CHART,
        "org/people/crew-and-training-facts.md": CREW,
        "org/people/collective-agreement-extract-2026-2028.docx": build_agreement(),
        "org/governance/fleet-operations-charter.pdf": build_charter(),
        "org/governance/lighter-wake-steering-group-terms.md": STEERING_TERMS,
        "org/systems/systems-and-data-inventory.md": SYSTEMS,
        "org/measures/metric-definitions.md": METRICS,
        "org/fleet/fleet-register.md": fleet_register(),
        "org/context/ports-and-berths.md": PORTS,
        "org/context/email-2027-02-11-methanol-flag-approval.txt": EMAIL,
    }


def build(out: Path) -> None:
    root = out / CASE
    files: dict[str, str | bytes] = {DECK: build_deck(), **org_files()}
    write_files(root, files)


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
