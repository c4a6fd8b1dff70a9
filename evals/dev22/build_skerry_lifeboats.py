"""Build the dev22 case ``skerry-lifeboats``: its deck and its org folder, byte for byte.

    .venv/bin/python evals/dev22/build_skerry_lifeboats.py [OUT]

writes ``OUT/skerry-lifeboats/`` (default: this folder). ``gold.json`` is written by hand and is
not touched.

- The deck, ``ready-to-launch-2031-trustees-2028-11.pptx``, is written part by part with
  ``zipfile`` the way LibreOffice Impress 7.6 saves "PowerPoint 2007-365": a 16:9 slide of
  28 x 15.75 cm (10080625 x 5670550 EMU), one master with LibreOffice's twelve layouts ("Blank
  Slide", "Title Slide", "Title, Content", ...), shapes named "PlaceHolder 1" (the title),
  "PlaceHolder 2" (the body), explicit bullet characters and font sizes on every run, soft line
  breaks (``a:br``) inside paragraphs, tables as graphic frames with explicit cell properties, a
  roadmap of custom-geometry shapes, and notes slides on five slides. ``docProps/app.xml``
  names LibreOffice/7.6 as the application.
- The roster, ``org/people/crew-and-shore-structure.vsdx``, is a Visio drawing as the
  Organization Chart template saves it: Executive, Manager, Position, Consultant and Vacancy
  masters, a Dynamic connector master, shape data rows Name / Title / Department / Tier /
  Remit, a title and a legend that are no posts, and a second page "Draft 2027" with the old
  structure.
- ``org/governance/directorate-remits.docx`` is written with python-docx and normalised.
- Every other org file is literal text below.

Every zip entry carries a fixed date, and no part depends on the clock or on chance.
"""

from __future__ import annotations

import io
import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from docx import Document
from docx.shared import Pt

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals.dev16._build import Stamp, ooxml_bytes, write_files  # noqa: E402

HERE = Path(__file__).resolve().parent
CASE = "skerry-lifeboats"
DECK = "ready-to-launch-2031-trustees-2028-11.pptx"
ROSTER = "org/people/crew-and-shore-structure.vsdx"
REMITS = "org/governance/directorate-remits.docx"

DECK_TIME = (2028, 11, 12, 19, 44, 30)
DECK_W3C = "2028-11-12T19:44:30Z"
VSDX_TIME = (2028, 10, 30, 10, 12, 8)
VSDX_W3C = "2028-10-30T10:12:08Z"
DOCX_STAMP = Stamp((2028, 10, 21, 9, 5, 0), "2028-10-21T09:05:00Z")

XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
NS_P = "http://schemas.openxmlformats.org/presentationml/2006/main"
NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS_PR = "http://schemas.openxmlformats.org/package/2006/relationships"
NSDECL = f'xmlns:a="{NS_A}" xmlns:r="{NS_R}" xmlns:p="{NS_P}"'
RT_OD = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CT_PML = "application/vnd.openxmlformats-officedocument.presentationml"


def _zip(parts: list[tuple[str, str | bytes]], when: tuple[int, int, int, int, int, int]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, body in parts:
            info = zipfile.ZipInfo(name, date_time=when)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, body.encode("utf-8") if isinstance(body, str) else body)
    return out.getvalue()


def _rels(rels: list[tuple[str, str, str]]) -> str:
    body = "".join(f'<Relationship Id="{i}" Type="{t}" Target="{g}"/>' for i, t, g in rels)
    return XML_HEAD + f'<Relationships xmlns="{NS_PR}">{body}</Relationships>'


# =========================================================================== the deck

SLIDE_W, SLIDE_H = 10080625, 5670550
LEFT, WIDTH = 504000, 9072000
FONT = "Arial"
NAVY, TEAL, SAND, GREY, WHITE, INK = "0B2545", "13807A", "F2E8CF", "BFBFBF", "FFFFFF", "1A1A1A"


def _rpr(
    sz: int, bold: bool = False, italic: bool = False, color: str | None = None, tag: str = "a:rPr"
) -> str:
    attrs = f'b="{1 if bold else 0}" lang="en-GB" sz="{sz}" spc="-1" strike="noStrike"'
    if italic:
        attrs = f'b="{1 if bold else 0}" i="1" lang="en-GB" sz="{sz}" spc="-1" strike="noStrike"'
    fill = f'<a:solidFill><a:srgbClr val="{color}"/></a:solidFill>' if color else ""
    return f'<{tag} {attrs}>{fill}<a:latin typeface="{FONT}"/></{tag}>'


def _runs(text: str, sz: int, bold=False, italic=False, color=None) -> str:
    """A paragraph's runs: each soft line a run, soft lines joined by ``a:br`` as LibreOffice
    writes a Shift+Enter line break."""
    pieces = []
    for k, line in enumerate(text.split("\n")):
        if k:
            pieces.append(f"<a:br>{_rpr(sz, bold, italic, color)}</a:br>")
        pieces.append(f"<a:r>{_rpr(sz, bold, italic, color)}<a:t>{escape(line)}</a:t></a:r>")
    return "".join(pieces)


def _para(
    text: str,
    sz: int,
    *,
    bullet: bool = False,
    level: int = 0,
    bold=False,
    italic=False,
    color=INK,
    align: str | None = None,
    before: int = 567,
) -> str:
    al = f' algn="{align}"' if align else ""
    if bullet:
        mar = 432000 + level * 360000
        ppr = (
            f'<a:pPr marL="{mar}" indent="-324000"{al}><a:spcBef><a:spcPts val="{before}"/>'
            f'</a:spcBef><a:buClr><a:srgbClr val="{TEAL}"/></a:buClr><a:buSzPct val="100000"/>'
            f'<a:buFont typeface="{FONT}"/><a:buChar char="\u25cf"/></a:pPr>'
        )
    else:
        ppr = (
            f'<a:pPr marL="0" indent="0"{al}><a:spcBef><a:spcPts val="{before}"/></a:spcBef>'
            f"<a:buNone/></a:pPr>"
        )
    end = _rpr(sz, bold, italic, color, tag="a:endParaRPr")
    return f"<a:p>{ppr}{_runs(text, sz, bold, italic, color)}{end}</a:p>"


def _xfrm(x: int, y: int, w: int, h: int) -> str:
    return f'<a:xfrm><a:off x="{x}" y="{y}"/><a:ext cx="{w}" cy="{h}"/></a:xfrm>'


def _check_fit(lines: list[tuple[str, int]], width: int, name: str) -> None:
    """Refuse a soft line wider than its box (Arial averages about half its size a glyph)."""
    pts = width / 12700
    for text, sz in lines:
        for line in text.split("\n"):
            if len(line) * sz / 100 * 0.5 > pts:
                raise ValueError(f"{name}: too wide for {pts:.0f} pt: {line!r}")


class SlideXml:
    """One slide's shapes, written as LibreOffice writes them."""

    def __init__(self, layout: str) -> None:
        self.layout = layout
        self.shapes: list[str] = []
        self.next_id = 41  # LibreOffice numbers a slide's shapes from its own counter
        self.ph = 0
        self.n_custom = 0
        self.boxes = 0
        self.tables = 0

    def _id(self) -> int:
        self.next_id += 1
        return self.next_id

    def placeholder(self, ph: str, x, y, w, h, paras: list[str], anchor="t") -> None:
        self.ph += 1
        self.shapes.append(
            f'<p:sp><p:nvSpPr><p:cNvPr id="{self._id()}" name="PlaceHolder {self.ph}"/>'
            f'<p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr>{ph}</p:nvPr></p:nvSpPr>'
            f'<p:spPr>{_xfrm(x, y, w, h)}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
            f'<a:noFill/><a:ln w="0"><a:noFill/></a:ln></p:spPr>'
            f'<p:txBody><a:bodyPr lIns="0" rIns="0" tIns="0" bIns="0" anchor="{anchor}">'
            f"<a:normAutofit/></a:bodyPr><a:lstStyle/>{''.join(paras)}</p:txBody></p:sp>"
        )

    def title(self, text: str, sz: int = 2800) -> None:
        _check_fit([(text, sz)], WIDTH, "title")
        self.placeholder(
            '<p:ph type="title"/>',
            LEFT,
            226080,
            WIDTH,
            820000,
            [_para(text, sz, bold=True, color=NAVY, before=0)],
            anchor="ctr",
        )

    def body(self, paras: list[tuple], x=LEFT, y=1180000, w=WIDTH, h=4200000, idx: int = 1) -> None:
        """``paras``: (text, size, kind) with kind "b" bullet, "p" plain, "g" goal, "l" lead."""
        xml, fit = [], []
        for text, sz, kind in paras:
            if kind == "b":
                xml.append(_para(text, sz, bullet=True))
            elif kind == "g":
                xml.append(_para(text, sz, bold=True, color=TEAL))
            elif kind == "l":
                xml.append(_para(text, sz, italic=True, color="595959"))
            else:
                xml.append(_para(text, sz))
            fit.append((text, sz))
        _check_fit(fit, w - 432000, "body")
        # lines x 1.2 x size, plus the space before each paragraph, inside the box
        height = sum((t.count("\n") + 1) * s / 100 * 1.2 + 567 / 100 for t, s, _ in paras)
        if height > h / 12700:
            raise ValueError(f"body overflows: {height:.0f} pt > {h / 12700:.0f} pt")
        ph = '<p:ph type="body" idx="1"/>' if idx == 1 else f'<p:ph type="body" idx="{idx}"/>'
        self.placeholder(ph, x, y, w, h, xml)

    def text_box(
        self, x, y, w, h, text: str, sz: int, bold=False, color=INK, align="l", italic=False
    ) -> None:
        self.boxes += 1
        _check_fit([(text, sz)], w, "text box")
        self.shapes.append(
            f'<p:sp><p:nvSpPr><p:cNvPr id="{self._id()}" name="TextBox {self.boxes}"/>'
            f'<p:cNvSpPr txBox="1"/><p:nvPr/></p:nvSpPr><p:spPr>{_xfrm(x, y, w, h)}'
            f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln w="0">'
            f'<a:noFill/></a:ln></p:spPr><p:txBody><a:bodyPr wrap="square" lIns="90000" '
            f'rIns="90000" tIns="45000" bIns="45000" anchor="t"><a:spAutoFit/></a:bodyPr>'
            f"<a:lstStyle/>{_para(text, sz, bold=bold, italic=italic, color=color, align=align, before=0)}"
            f"</p:txBody></p:sp>"
        )

    def custom(
        self,
        x,
        y,
        w,
        h,
        path: str,
        texts: list[tuple[str, int, bool]],
        fill: str,
        color: str = WHITE,
        line: str | None = None,
    ) -> None:
        """A custom-geometry shape (``path`` in a 21600 square) with its text."""
        self.n_custom += 1
        ln = (
            f'<a:ln w="12600"><a:solidFill><a:srgbClr val="{line}"/></a:solidFill></a:ln>'
            if line
            else '<a:ln w="0"><a:noFill/></a:ln>'
        )
        fillx = f'<a:solidFill><a:srgbClr val="{fill}"/></a:solidFill>' if fill else "<a:noFill/>"
        paras = (
            "".join(_para(t, sz, bold=b, color=color, align="ctr", before=0) for t, sz, b in texts)
            or f'<a:p><a:pPr algn="ctr"><a:buNone/></a:pPr>{_rpr(1000, tag="a:endParaRPr")}</a:p>'
        )
        self.shapes.append(
            f'<p:sp><p:nvSpPr><p:cNvPr id="{self._id()}" name="CustomShape {self.n_custom}"/>'
            f"<p:cNvSpPr/><p:nvPr/></p:nvSpPr><p:spPr>{_xfrm(x, y, w, h)}"
            f"<a:custGeom><a:avLst/><a:gdLst/><a:ahLst/><a:cxnLst/>"
            f'<a:rect l="l" t="t" r="r" b="b"/><a:pathLst><a:path w="21600" h="21600">'
            f"{path}</a:path></a:pathLst></a:custGeom>{fillx}{ln}</p:spPr>"
            f'<p:txBody><a:bodyPr wrap="square" lIns="54000" rIns="54000" tIns="36000" '
            f'bIns="36000" anchor="ctr"><a:noAutofit/></a:bodyPr><a:lstStyle/>{paras}'
            f"</p:txBody></p:sp>"
        )

    def table(
        self, x, y, widths: list[int], rows: list[list[str]], sz: int = 1100, row_h: int = 360000
    ) -> None:
        self.tables += 1
        grid = "".join(f'<a:gridCol w="{w}"/>' for w in widths)
        trs = []
        for r, row in enumerate(rows):
            head = r == 0
            tcs = []
            for c, text in enumerate(row):
                # a cell may wrap; its wrapped lines must fit the row's height
                per_line = (widths[c] - 180000) / 12700 / (sz / 100 * 0.5)
                wrapped = sum(-(-len(line) // int(per_line)) or 1 for line in text.split("\n"))
                if wrapped * sz / 100 * 1.2 + 7.4 > row_h / 12700:
                    raise ValueError(f"table cell overflows its row: {text!r}")
                fill = NAVY if head else ("FFFFFF" if r % 2 else "EEF3F2")
                color = WHITE if head else INK
                border = "".join(
                    f'<a:{side} w="12240"><a:solidFill><a:srgbClr val="{GREY}"/></a:solidFill>'
                    f"</a:{side}>"
                    for side in ("lnL", "lnR", "lnT", "lnB")
                )
                tcs.append(
                    f"<a:tc><a:txBody><a:bodyPr/><a:lstStyle/>"
                    f"{_para(text, sz, bold=head, color=color, before=0)}"
                    f'</a:txBody><a:tcPr marL="90000" marR="90000" marT="46800" marB="46800" '
                    f'anchor="ctr">{border}<a:solidFill><a:srgbClr val="{fill}"/></a:solidFill>'
                    f"</a:tcPr></a:tc>"
                )
            trs.append(f'<a:tr h="{row_h}">{"".join(tcs)}</a:tr>')
        total = sum(widths)
        self.shapes.append(
            f'<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="{self._id()}" '
            f'name="Table {self.tables}"/><p:cNvGraphicFramePr/><p:nvPr/></p:nvGraphicFramePr>'
            f'<p:xfrm><a:off x="{x}" y="{y}"/><a:ext cx="{total}" cy="{row_h * len(rows)}"/>'
            f'</p:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/'
            f'drawingml/2006/table"><a:tbl><a:tblPr/><a:tblGrid>{grid}</a:tblGrid>'
            f"{''.join(trs)}</a:tbl></a:graphicData></a:graphic></p:graphicFrame>"
        )

    def xml(self) -> str:
        return (
            XML_HEAD + f"<p:sld {NSDECL}><p:cSld><p:spTree><p:nvGrpSpPr>"
            '<p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr>'
            '<a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/>'
            '<a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>'
            + "".join(self.shapes)
            + "</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr>"
            '<p:transition spd="slow"/></p:sld>'
        )


# custom geometries in a 21600 square
def _pts(points: list[tuple[int, int]]) -> str:
    first, *rest = points
    out = f'<a:moveTo><a:pt x="{first[0]}" y="{first[1]}"/></a:moveTo>'
    out += "".join(f'<a:lnTo><a:pt x="{x}" y="{y}"/></a:lnTo>' for x, y in rest)
    return out + "<a:close/>"


CHEVRON = _pts([(0, 0), (19440, 0), (21600, 10800), (19440, 21600), (0, 21600), (2160, 10800)])
PENTAGON = _pts([(0, 0), (19440, 0), (21600, 10800), (19440, 21600), (0, 21600)])
BOX = _pts([(0, 0), (21600, 0), (21600, 21600), (0, 21600)])
DIAMOND = _pts([(10800, 0), (21600, 10800), (10800, 21600), (0, 10800)])
FLAG = _pts([(0, 0), (21600, 0), (21600, 16200), (10800, 21600), (0, 16200)])


def _slides() -> list[tuple[SlideXml, str | None]]:
    """The eighteen slides and their speaker notes."""
    out: list[tuple[SlideXml, str | None]] = []

    # 1 cover
    s = SlideXml("Title Slide")
    s.placeholder(
        '<p:ph type="ctrTitle"/>',
        LEFT,
        1500000,
        WIDTH,
        1300000,
        [_para("Ready to Launch 2031", 5400, bold=True, color=NAVY, align="ctr", before=0)],
        anchor="b",
    )
    sub = [
        ("Skerry Lifeboats strategy and delivery plan, January 2029 to December 2031", 1800),
        ("Board of Trustees \u00b7 21 November 2028 \u00b7 Paper BT/28/11/04", 1600),
    ]
    _check_fit(sub, WIDTH, "subtitle")
    s.placeholder(
        '<p:ph type="subTitle"/>',
        LEFT,
        3000000,
        WIDTH,
        1200000,
        [_para(t, z, color="404040", align="ctr", before=283) for t, z in sub],
    )
    out.append((s, None))

    # 2 where we are
    s = SlideXml("Title, Content")
    s.title("Where we are: 2027 in figures")
    s.body(
        [
            (
                "38 lifeboat stations on 1,900 km of coast\n61 lifeboats: 22 all-weather and 39 inshore",
                1800,
                "b",
            ),
            ("452 staff and 3,040 volunteers, 1,870 of them crew", 1800, "b"),
            ("2,214 launches in 2027; 2,690 people aided and 412 lives saved", 1800, "b"),
            ("84% of all-weather launches left within 10 minutes of the pager", 1800, "b"),
            ("Stations were off service for want of crew for 3,420 hours", 1800, "b"),
            ("Income of \u20ac58.2m, 41% of it from gifts in wills", 1800, "b"),
        ]
    )
    out.append(
        (
            s,
            "All figures are for our financial year, January to December 2027, from "
            "ShoutLog and the annual report. The 3,420 hours come from the Coastguard's "
            "log, because stations keep no record of their own.",
        )
    )

    # 3 what we heard
    s = SlideXml("Title, Content")
    s.title("What we heard from crews, coxswains and supporters")
    s.body(
        [
            (
                "Nine stations could not launch at least once in 2027 for want of crew,\n"
                "almost always on a weekday daytime",
                1700,
                "b",
            ),
            ("Our radio pagers are 14 years old, and spare parts are no longer made", 1700, "b"),
            (
                "Eight of our 22 all-weather lifeboats are Tamsin class boats over 28 years old",
                1700,
                "b",
            ),
            ("310 crew are waiting for a place on a helm or crew course at the College", 1700, "b"),
            ("Shop income has fallen three years running, by 6% in 2027", 1700, "b"),
            (
                "Coastal drownings rose to 58 in 2027,\nmost of them people walking or paddling, "
                "not boating",
                1700,
                "b",
            ),
        ]
    )
    out.append((s, None))

    # 4 north star
    s = SlideXml("Title, Content")
    s.title("Our north star for 2031")
    s.body(
        [
            ("Every shout answered by a ready crew on a ready boat", 2400, "g"),
            ("By December 2031:", 1800, "p"),
            ("95% of all-weather launches within 10 minutes of the pager", 1800, "b"),
            ("No station off service for want of crew for more than 24 hours at a time", 1800, "b"),
            ("400 new volunteer crew trained and on station", 1800, "b"),
        ]
    )
    out.append((s, None))

    # 5 pillars
    s = SlideXml("Title, Content")
    s.title("Four pillars")
    s.body(
        [
            (
                "1 \u00b7 Ready crews\nenough trained volunteers at every station, day and night",
                1800,
                "b",
            ),
            (
                "2 \u00b7 Ready boats\nfewer lifeboats off service, and the oldest replaced",
                1800,
                "b",
            ),
            ("3 \u00b7 Safer coasts\nfewer people getting into trouble in the water", 1800, "b"),
            (
                "4 \u00b7 Income that lasts\nmore regular givers, and shops that pay their way",
                1800,
                "b",
            ),
        ]
    )
    out.append((s, None))

    # 6 - 9 pillars
    s = SlideXml("Title, Content")
    s.title("Pillar 1 \u00b7 Ready crews")
    s.body(
        [
            (
                "Goal: 90% of stations with a full crew available around the clock by December 2031",
                1600,
                "g",
            ),
            (
                "Give every station LaunchCall, the callout app that shows who is coming,\n"
                "alongside its pagers, by June 2031",
                1600,
                "b",
            ),
            ("Recruit 400 new volunteer crew, 150 of them free on weekday daytimes", 1600, "b"),
            (
                "Sign release agreements with 60 local employers\n"
                "so that daytime crew can leave work for a shout",
                1600,
                "b",
            ),
            (
                "Open two regional training hubs, at Harrowick and Scarrick,\n"
                "so crew can train nearer home",
                1600,
                "b",
            ),
            ("Move crew training records from paper course files into CrewBook", 1600, "b"),
            (
                "Lead: Director of Lifesaving Operations, with the Head of Volunteer Crew and the "
                "College",
                1400,
                "l",
            ),
        ]
    )
    out.append((s, None))

    s = SlideXml("Title, Content")
    s.title("Pillar 2 \u00b7 Ready boats")
    s.body(
        [
            (
                "Goal: lifeboat days off service for unplanned repairs\n"
                "from 1,140 to under 600 a year by 2031",
                1600,
                "g",
            ),
            (
                "Order six Corran class all-weather lifeboats\n"
                "to replace the oldest Tamsin class boats, one order at each gate",
                1600,
                "b",
            ),
            (
                "Record every station's weekly boat checks and defects in BoatLog, on tablets",
                1600,
                "b",
            ),
            (
                "Fit engine monitoring that sends data ashore to all 22 all-weather lifeboats",
                1600,
                "b",
            ),
            (
                "Lead: Director of Engineering and Fleet, with the Dunlarrig Depot Manager",
                1400,
                "l",
            ),
        ]
    )
    out.append((s, None))

    s = SlideXml("Title, Content")
    s.title("Pillar 3 \u00b7 Safer coasts")
    s.body(
        [
            (
                "Goal: fewer than 40 accidental coastal drownings a year by 2031, from 58 in 2027",
                1600,
                "g",
            ),
            ("Train 150 water safety volunteers and visit 600 schools a year", 1600, "b"),
            (
                "Agree a coastal drowning prevention plan with the Coastguard\n"
                "and the National Water Safety Forum by June 2030",
                1600,
                "b",
            ),
            ("Keep one water safety log of every talk, school visit and beach event", 1600, "b"),
            ("Lead: Head of Water Safety", 1400, "l"),
        ]
    )
    out.append((s, None))

    s = SlideXml("Title, Content")
    s.title("Pillar 4 \u00b7 Income that lasts")
    s.body(
        [
            ("Goal: 90,000 regular givers by December 2031, from 61,000 today", 1600, "g"),
            (
                "Replace Lanyard, our supporter database, before its support ends in June 2030",
                1600,
                "b",
            ),
            ("Refit 12 shops and close the five that lose money", 1600, "b"),
            ("Appoint a Head of Legacy Giving to look after gifts in wills", 1600, "b"),
            ("Lead: Director of Fundraising and Supporters, with the Head of Retail", 1400, "l"),
        ]
    )
    out.append((s, None))

    # 10 KPI table
    s = SlideXml("Title Only")
    s.title("Measures and targets")
    s.text_box(
        LEFT,
        1050000,
        WIDTH,
        330000,
        "Reported to the trustees every quarter from Tidewater. Baselines are for 2027.",
        1300,
        italic=True,
        color="595959",
    )
    rows = [
        ["Measure", "Baseline 2027", "Target", "By when"],
        [
            "All-weather lifeboat launches within 10 minutes of the pager",
            "84%",
            "95%",
            "December 2031",
        ],
        [
            "Inshore lifeboat launches within 8 minutes of the pager",
            "Not reported",
            "95%",
            "December 2031",
        ],
        ["Stations with a full crew available around the clock", "71%", "90%", "December 2031"],
        ["Hours stations were off service for want of crew", "3,420", "Under 1,000 a year", "2031"],
        ["Lifeboat days off service for unplanned repairs", "1,140", "Under 600 a year", "2031"],
        ["Crew with an in-date qualification for their role", "78%", "97%", "December 2030"],
        ["Accidental coastal drownings", "58", "Under 40 a year", "2031"],
        ["Regular givers", "61,000", "90,000", "December 2031"],
        [
            "Volunteers who would recommend crewing to a friend",
            "64%",
            "Improve",
            "Crew survey 2031",
        ],
    ]
    s.table(LEFT, 1440000, [4536000, 1296000, 1584000, 1656000], rows, sz=1100, row_h=370000)
    out.append(
        (
            s,
            "Baselines are for 2027: launches from ShoutLog, crew from CrewBook and the "
            "College's course files, repairs from BoatLog, givers from Lanyard, drownings "
            "from the National Water Safety Forum. Inshore launch times are held in "
            "ShoutLog but have never been reported.",
        )
    )

    # 11 tiles
    s = SlideXml("Title Only")
    s.title("2031 at a glance")
    s.text_box(
        LEFT, 1050000, WIDTH, 330000, "Targets for December 2031", 1400, italic=True, color="595959"
    )
    tiles = [
        ("95%", "of all-weather launches within 10 minutes of the pager"),
        ("90%", "of stations with a full crew around the clock"),
        ("Under 600", "lifeboat days lost to unplanned repairs"),
        ("90,000", "regular givers"),
    ]
    tw, gap = 2124000, 192000
    for k, (big, label) in enumerate(tiles):
        s.custom(
            LEFT + k * (tw + gap),
            1700000,
            tw,
            2300000,
            BOX,
            [(big, 3200, True), (label, 1400, False)],
            SAND,
            color=NAVY,
        )
    out.append((s, None))

    # 12 roadmap
    s = SlideXml("Title Only")
    s.title("Roadmap: January 2029 to December 2031")
    s.text_box(
        LEFT,
        1000000,
        WIDTH,
        300000,
        "Financial years run January to December",
        1200,
        italic=True,
        color="595959",
    )
    month = WIDTH // 36
    for k, year in enumerate(("2029", "2030", "2031")):
        s.custom(
            LEFT + k * 12 * month,
            1340000,
            12 * month - 36000,
            300000,
            BOX,
            [(year, 1200, True)],
            NAVY,
        )
    phases = [
        (0, 6, "Phase 1 \u00b7 Lay the foundations\nJanuary - June 2029", PENTAGON),
        (6, 18, "Phase 2 \u00b7 Pilot in the Northern Sounds\nJuly 2029 - June 2030", CHEVRON),
        (18, 33, "Phase 3 \u00b7 Roll out to all 38 stations\nJuly 2030 - September 2031", CHEVRON),
        (33, 36, "", CHEVRON),
    ]
    for row, (a, b, text, geom) in enumerate(phases):
        y = 1720000 + row * 560000
        s.custom(
            LEFT + a * month,
            y,
            (b - a) * month,
            520000,
            geom,
            [(text, 900, True)] if text else [],
            TEAL,
        )
    # Phase 4's bar is too short for its words: they sit to its left in an unfilled shape
    s.custom(
        LEFT + 20 * month,
        1720000 + 3 * 560000,
        13 * month - 36000,
        520000,
        BOX,
        [("Phase 4 \u00b7 Embed and hand over\nOctober - December 2031", 900, True)],
        "",
        color=NAVY,
    )
    gates = [
        (6, "Gate 1 \u00b7 Ready to pilot?\nJune 2029"),
        (18, "Gate 2 \u00b7 Go/no-go for roll-out\nJune 2030"),
        (33, "Gate 3 \u00b7 Ready to hand over?\nSeptember 2031"),
    ]
    for m, text in gates:
        x = LEFT + m * month
        s.custom(x - 110000, 3990000, 220000, 220000, DIAMOND, [], "C8553D")
        s.custom(
            x - 1000000, 4260000, 2000000, 560000, FLAG, [(text, 1000, False)], "FBE9E4", color=INK
        )
    out.append(
        (
            s,
            "Month 0 is January 2029. Each gate falls in the last month of its phase; "
            "the programme board takes Gates 1 and 2 under the trustees' delegation, and "
            "the trustees take Gate 3.",
        )
    )

    # 13 pilot
    s = SlideXml("Title, Content")
    s.title("Pilot: Brannock, Kilvara and Ostray Head")
    s.body(
        [
            ("The three stations of the Northern Sounds, July 2029 to June 2030", 1600, "g"),
            (
                "Why there: the slowest all-weather launches on the north coast,\n"
                "and two of the three stations short of daytime crew",
                1600,
                "b",
            ),
            (
                "Go live with LaunchCall at Brannock, Kilvara and Ostray Head by September 2029",
                1600,
                "b",
            ),
            (
                "Run a weekday daytime crew rota at Kilvara,\n"
                "backed by release agreements with local employers",
                1600,
                "b",
            ),
            (
                "Pass marks for Gate 2: 92% of all-weather launches within 10 minutes;\n"
                "no station off service for want of crew for more than 24 hours",
                1600,
                "b",
            ),
        ]
    )
    out.append(
        (
            s,
            "The Area Lifesaving Manager for the Northern Sounds will meet the three "
            "station management groups in August 2029 to agree each station's go-live "
            "date.",
        )
    )

    # 14 risks
    s = SlideXml("Title Only")
    s.title("Risks and how we will handle them")
    risks = [
        ["Risk", "Likelihood", "Impact", "Mitigation"],
        [
            "R1 Crews distrust the app and stop answering it",
            "Medium",
            "High",
            "Keep pagers running beside LaunchCall\nfor six months at every station",
        ],
        [
            "R2 The new Corran class boats arrive late",
            "Medium",
            "High",
            "Keep two Tamsin class boats in the relief fleet\nuntil each new boat is accepted",
        ],
        [
            "R3 Weak mobile signal at remote boathouses",
            "High",
            "Medium",
            "Put a radio pager relay in the 11 boathouses without 4G",
        ],
        [
            "R4 The Coastguard's tasking times are not shared with us",
            "Low",
            "Medium",
            "Sign a data-sharing protocol with the Caldran Coastguard\nby June 2029",
        ],
        [
            "R5 Gifts in wills fall with house prices",
            "Medium",
            "High",
            "Release boat orders one at a time, at the gates,\nwithin the reserves policy",
        ],
    ]
    s.table(LEFT, 1200000, [3024000, 1044000, 900000, 4104000], risks, sz=1100, row_h=560000)
    out.append((s, None))

    # 15 first 90 days
    s = SlideXml("Title, Content")
    s.title("The first 90 days: January to March 2029")
    s.body(
        [
            (
                "January: appoint the Programme Director and hold the first programme board",
                1700,
                "b",
            ),
            (
                "February: put the new callout and availability policy\n"
                "to the Volunteer Crew Council",
                1700,
                "b",
            ),
            ("February: start the data protection impact assessment for LaunchCall", 1700, "b"),
            (
                "March: agree build slots with Harlow Marine\nfor the first two Corran class lifeboats",
                1700,
                "b",
            ),
            (
                "Each item has a named lead in the programme plan;\n"
                "progress goes to the March programme board",
                1400,
                "l",
            ),
        ]
    )
    out.append((s, None))

    # 16 governance and investment
    s = SlideXml("Title, 2 Content")
    s.title("How we will run it, and what it costs")
    half = 4428000
    s.body(
        [
            (
                "Sponsor: the Chief Executive, who chairs\n"
                "the Ready to Launch programme board each month",
                1200,
                "b",
            ),
            (
                "Members: the four directors, the Programme Director\n"
                "and the Principal of the College",
                1200,
                "b",
            ),
            (
                "The Chair of the Volunteer Crew Council and\n"
                "the Coastguard's liaison officer attend as advisers",
                1200,
                "b",
            ),
            (
                "Gates 1 and 2 are decided by the programme board;\n"
                "Gate 3 and any commitment over \u20ac2m by the trustees",
                1200,
                "b",
            ),
        ],
        x=LEFT,
        w=half,
    )
    s.body(
        [
            ("Investment 2029 to 2031: \u20ac41.8m", 1400, "g"),
            ("Boats and boat equipment (Boat Fund): \u20ac27.5m", 1200, "b"),
            ("LaunchCall, BoatLog tablets and engine monitoring:\n\u20ac3.4m", 1200, "b"),
            ("Training hubs at Harrowick and Scarrick: \u20ac4.6m", 1200, "b"),
            ("Water safety: \u20ac2.1m", 1200, "b"),
            ("Supporter database and shop refits: \u20ac4.2m", 1200, "b"),
        ],
        x=LEFT + half + 216000,
        w=half,
        idx=2,
    )
    out.append((s, None))

    # 17 asks
    s = SlideXml("Title, Content")
    s.title("What we ask of the trustees today")
    s.body(
        [
            (
                "Approve Ready to Launch 2031 as our strategy\nfor January 2029 to December 2031",
                1700,
                "b",
            ),
            ("Release \u20ac7.2m for Phase 1, January to June 2029", 1700, "b"),
            (
                "Agree the Northern Sounds pilot at Brannock, Kilvara and Ostray Head,\n"
                "and its pass marks",
                1700,
                "b",
            ),
            (
                "Allow the Boat Fund to commit \u20ac18.6m to six Corran class lifeboats,\n"
                "one order at each gate",
                1700,
                "b",
            ),
            (
                "Delegate Gates 1 and 2 to the programme board, chaired by the Chief Executive",
                1700,
                "b",
            ),
        ]
    )
    out.append(
        (s, "If the trustees approve today, the programme board first meets in January 2029.")
    )

    # 18 appendix
    s = SlideXml("Title, Content")
    s.title("Appendix: how we count")
    s.body(
        [
            (
                "A shout is a launch on service, tasked by the Caldran Coastguard;\n"
                "exercises do not count",
                1500,
                "b",
            ),
            (
                "Launch time runs from the pager or app alert\n"
                "to the lifeboat leaving the boathouse or slipway",
                1500,
                "b",
            ),
            (
                "A full crew is the minimum crew in the station's crewing plan\n"
                "for each of its lifeboats",
                1500,
                "b",
            ),
            (
                "Off service for want of crew: any hour the Coastguard is told\n"
                "a lifeboat cannot launch for lack of crew",
                1500,
                "b",
            ),
            ("Regular givers give monthly or yearly by direct debit", 1500, "b"),
        ]
    )
    out.append((s, None))
    return out


LAYOUTS = [
    ("Blank Slide", "blank"),
    ("Title Slide", "title"),
    ("Title, Content", "obj"),
    ("Title, 2 Content", "twoObj"),
    ("Title Only", "titleOnly"),
    ("Centered Text", "objOnly"),
    ("Title, 2 Content and Content", "twoObjAndObj"),
    ("Title, Content and 2 Content", "objAndTwoObj"),
    ("Title, 2 Content over Content", "twoObjOverTx"),
    ("Title, Content over Content", "objOverTx"),
    ("Title, 4 Content", "fourObj"),
    ("Title, 6 Content", "blank"),
]

EMPTY_TREE = (
    '<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>'
    '<p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/>'
    '<a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>'
)


def _layout(name: str, kind: str) -> str:
    return (
        XML_HEAD + f'<p:sldLayout {NSDECL} type="{kind}" preserve="1"><p:cSld name="{name}">'
        f"<p:spTree>{EMPTY_TREE}</p:spTree></p:cSld></p:sldLayout>"
    )


def _master_ph(n: int, ph: str, x, y, w, h, sz: int) -> str:
    return (
        f'<p:sp><p:nvSpPr><p:cNvPr id="{n}" name="PlaceHolder {n}"/><p:cNvSpPr>'
        f'<a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr>{ph}</p:nvPr></p:nvSpPr><p:spPr>'
        f'{_xfrm(x, y, w, h)}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr>'
        f'<p:txBody><a:bodyPr lIns="0" rIns="0" tIns="0" bIns="0" anchor="t"><a:noAutofit/>'
        f"</a:bodyPr><a:lstStyle/>{_para('Click to edit', sz, before=0)}</p:txBody></p:sp>"
    )


def _master() -> str:
    ids = "".join(
        f'<p:sldLayoutId id="{2147483649 + k}" r:id="rId{k + 1}"/>' for k in range(len(LAYOUTS))
    )
    lvl = lambda tag, sz: (  # noqa: E731
        f'<{tag}><a:lvl1pPr><a:defRPr sz="{sz}"><a:latin typeface="{FONT}"/></a:defRPr>'
        f"</a:lvl1pPr></{tag}>"
    )
    return (
        XML_HEAD + f"<p:sldMaster {NSDECL}><p:cSld><p:bg><p:bgPr><a:solidFill>"
        '<a:srgbClr val="FFFFFF"/></a:solidFill><a:effectLst/></p:bgPr></p:bg><p:spTree>'
        + EMPTY_TREE
        + _master_ph(1, '<p:ph type="title"/>', LEFT, 226080, WIDTH, 820000, 3200)
        + _master_ph(2, '<p:ph type="body"/>', LEFT, 1180000, WIDTH, 4200000, 1800)
        + '</p:spTree></p:cSld><p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" '
        'accent1="accent1" accent2="accent2" accent3="accent3" accent4="accent4" '
        'accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"/>'
        f"<p:sldLayoutIdLst>{ids}</p:sldLayoutIdLst><p:txStyles>"
        + lvl("p:titleStyle", 3200)
        + lvl("p:bodyStyle", 1800)
        + lvl("p:otherStyle", 1800)
        + "</p:txStyles></p:sldMaster>"
    )


def _theme(name: str) -> str:
    colors = [
        ("dk1", "000000"),
        ("lt1", "FFFFFF"),
        ("dk2", NAVY),
        ("lt2", "E7E6E6"),
        ("accent1", "18A303"),
        ("accent2", "0369A3"),
        ("accent3", "A33E03"),
        ("accent4", "8E03A3"),
        ("accent5", "C99C00"),
        ("accent6", "C9211E"),
        ("hlink", "0000EE"),
        ("folHlink", "551A8B"),
    ]
    clr = "".join(f'<a:{k}><a:srgbClr val="{v}"/></a:{k}>' for k, v in colors)
    fill = '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
    line = f'<a:ln w="6350" cap="flat" cmpd="sng" algn="ctr">{fill}<a:prstDash val="solid"/></a:ln>'
    return (
        XML_HEAD + f'<a:theme xmlns:a="{NS_A}" name="{name}"><a:themeElements>'
        f'<a:clrScheme name="LibreOffice">{clr}</a:clrScheme><a:fontScheme name="Office">'
        f'<a:majorFont><a:latin typeface="{FONT}"/><a:ea typeface=""/><a:cs typeface=""/>'
        f'</a:majorFont><a:minorFont><a:latin typeface="{FONT}"/><a:ea typeface=""/>'
        '<a:cs typeface=""/></a:minorFont></a:fontScheme><a:fmtScheme name="Office">'
        f"<a:fillStyleLst>{fill * 3}</a:fillStyleLst><a:lnStyleLst>{line * 3}</a:lnStyleLst>"
        "<a:effectStyleLst>"
        + "<a:effectStyle><a:effectLst/></a:effectStyle>"
        * 3
        + f"</a:effectStyleLst><a:bgFillStyleLst>{fill * 3}</a:bgFillStyleLst></a:fmtScheme>"
        "</a:themeElements></a:theme>"
    )


def _notes_master() -> str:
    return (
        XML_HEAD
        + f"<p:notesMaster {NSDECL}><p:cSld><p:spTree>{EMPTY_TREE}"
        + _master_ph(1, '<p:ph type="sldImg"/>', 1260000, 763200, 5038920, 2834280, 1200)
        + _master_ph(2, '<p:ph type="body"/>', 756000, 4787640, 6047640, 4532400, 1200)
        + '</p:spTree></p:cSld><p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" '
        'accent1="accent1" accent2="accent2" accent3="accent3" accent4="accent4" '
        'accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"/>'
        "</p:notesMaster>"
    )


def _notes(text: str) -> str:
    return (
        XML_HEAD + f"<p:notes {NSDECL}><p:cSld><p:spTree>{EMPTY_TREE}"
        '<p:sp><p:nvSpPr><p:cNvPr id="42" name="PlaceHolder 1"/><p:cNvSpPr>'
        '<a:spLocks noGrp="1" noRot="1" noChangeAspect="1"/></p:cNvSpPr><p:nvPr>'
        '<p:ph type="sldImg"/></p:nvPr></p:nvSpPr><p:spPr>'
        + _xfrm(1260000, 763200, 5038920, 2834280)
        + '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr></p:sp>'
        '<p:sp><p:nvSpPr><p:cNvPr id="43" name="PlaceHolder 2"/><p:cNvSpPr>'
        '<a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="body"/></p:nvPr></p:nvSpPr>'
        f'<p:spPr>{_xfrm(756000, 4787640, 6047640, 4532400)}<a:prstGeom prst="rect">'
        '<a:avLst/></a:prstGeom><a:noFill/><a:ln w="0"><a:noFill/></a:ln></p:spPr>'
        '<p:txBody><a:bodyPr lIns="0" rIns="0" tIns="0" bIns="0" anchor="t"><a:noAutofit/>'
        f"</a:bodyPr><a:lstStyle/>{_para(text, 2000, before=0)}</p:txBody></p:sp>"
        "</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:notes>"
    )


def build_deck() -> bytes:
    slides = _slides()
    n = len(slides)
    layout_index = {name: k + 1 for k, (name, _) in enumerate(LAYOUTS)}
    parts: list[tuple[str, str | bytes]] = []
    ct = [
        '<Default Extension="xml" ContentType="application/xml"/>',
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/>',
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-'
        'package.core-properties+xml"/>',
        '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.extended-properties+xml"/>',
        f'<Override PartName="/ppt/presentation.xml" ContentType="{CT_PML}.presentation.main+xml"/>',
        f'<Override PartName="/ppt/presProps.xml" ContentType="{CT_PML}.presProps+xml"/>',
        '<Override PartName="/ppt/theme/theme1.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.theme+xml"/>',
        '<Override PartName="/ppt/theme/theme2.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.theme+xml"/>',
        f'<Override PartName="/ppt/slideMasters/slideMaster1.xml" ContentType="{CT_PML}.'
        'slideMaster+xml"/>',
        f'<Override PartName="/ppt/notesMasters/notesMaster1.xml" ContentType="{CT_PML}.'
        'notesMaster+xml"/>',
    ]
    ct += [
        f'<Override PartName="/ppt/slideLayouts/slideLayout{k}.xml" ContentType="{CT_PML}.'
        'slideLayout+xml"/>'
        for k in range(1, len(LAYOUTS) + 1)
    ]
    ct += [
        f'<Override PartName="/ppt/slides/slide{k}.xml" ContentType="{CT_PML}.slide+xml"/>'
        for k in range(1, n + 1)
    ]
    noted = [k for k, (_, note) in enumerate(slides, start=1) if note]
    ct += [
        f'<Override PartName="/ppt/notesSlides/notesSlide{j}.xml" ContentType="{CT_PML}.'
        'notesSlide+xml"/>'
        for j in range(1, len(noted) + 1)
    ]
    types = ("".join(ct)).replace("></Override>", "/>")
    parts.append(
        (
            "_rels/.rels",
            _rels(
                [
                    (
                        "rId1",
                        "http://schemas.openxmlformats.org/package/2006/relationships/metadata/"
                        "core-properties",
                        "docProps/core.xml",
                    ),
                    ("rId2", f"{RT_OD}/extended-properties", "docProps/app.xml"),
                    ("rId3", f"{RT_OD}/officeDocument", "ppt/presentation.xml"),
                ]
            ),
        )
    )
    parts.append(
        (
            "[Content_Types].xml",
            XML_HEAD + '<Types xmlns="http://schemas.openxmlformats'
            f'.org/package/2006/content-types">{types}</Types>',
        )
    )
    parts.append(
        (
            "docProps/app.xml",
            XML_HEAD + '<Properties xmlns="http://schemas.openxml'
            'formats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas'
            '.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Template></Template>'
            "<TotalTime>412</TotalTime><Application>LibreOffice/7.6.4.1$Linux_X86_64 "
            "LibreOffice_project/e19e193f88cd6c0525a17fb7a176ed8e6a3e2aa1</Application>"
            f"<AppVersion>15.0000</AppVersion><Slides>{n}</Slides>"
            f"<Notes>{len(noted)}</Notes><PresentationFormat>Custom</PresentationFormat>"
            "</Properties>",
        )
    )
    parts.append(
        (
            "docProps/core.xml",
            XML_HEAD + '<cp:coreProperties xmlns:cp="http://schemas'
            '.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://'
            'purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/'
            '2001/XMLSchema-instance"><dcterms:created xsi:type="dcterms:W3CDTF">'
            "2028-09-02T08:31:17Z</dcterms:created><dc:creator>Strategy Office</dc:creator>"
            "<dc:language>en-GB</dc:language><cp:lastModifiedBy>Programme Office"
            '</cp:lastModifiedBy><dcterms:modified xsi:type="dcterms:W3CDTF">'
            f"{DECK_W3C}</dcterms:modified><cp:revision>37</cp:revision>"
            "<dc:title>Ready to Launch 2031</dc:title></cp:coreProperties>",
        )
    )
    # presentation
    pres_rels = [
        ("rId1", f"{RT_OD}/theme", "theme/theme1.xml"),
        ("rId2", f"{RT_OD}/slideMaster", "slideMasters/slideMaster1.xml"),
    ]
    pres_rels += [
        (f"rId{k + 2}", f"{RT_OD}/slide", f"slides/slide{k}.xml") for k in range(1, n + 1)
    ]
    pres_rels += [
        (f"rId{n + 3}", f"{RT_OD}/notesMaster", "notesMasters/notesMaster1.xml"),
        (f"rId{n + 4}", f"{RT_OD}/presProps", "presProps.xml"),
    ]
    sld_ids = "".join(f'<p:sldId id="{255 + k}" r:id="rId{k + 2}"/>' for k in range(1, n + 1))
    parts.append(("ppt/_rels/presentation.xml.rels", _rels(pres_rels)))
    parts.append(
        (
            "ppt/presentation.xml",
            XML_HEAD + f"<p:presentation {NSDECL}>"
            '<p:sldMasterIdLst><p:sldMasterId id="2147483648" r:id="rId2"/>'
            f'</p:sldMasterIdLst><p:notesMasterIdLst><p:notesMasterId r:id="rId{n + 3}"/>'
            f"</p:notesMasterIdLst><p:sldIdLst>{sld_ids}</p:sldIdLst>"
            f'<p:sldSz cx="{SLIDE_W}" cy="{SLIDE_H}"/><p:notesSz cx="7559675" '
            'cy="10691812"/></p:presentation>',
        )
    )
    parts.append(
        (
            "ppt/presProps.xml",
            XML_HEAD + f"<p:presentationPr {NSDECL}>"
            '<p:showPr showNarration="1"/></p:presentationPr>',
        )
    )
    parts.append(("ppt/theme/theme1.xml", _theme("Office")))
    parts.append(("ppt/theme/theme2.xml", _theme("Office")))
    parts.append(
        (
            "ppt/slideMasters/_rels/slideMaster1.xml.rels",
            _rels(
                [
                    (f"rId{k}", f"{RT_OD}/slideLayout", f"../slideLayouts/slideLayout{k}.xml")
                    for k in range(1, len(LAYOUTS) + 1)
                ]
                + [(f"rId{len(LAYOUTS) + 1}", f"{RT_OD}/theme", "../theme/theme1.xml")]
            ),
        )
    )
    parts.append(("ppt/slideMasters/slideMaster1.xml", _master()))
    for k, (name, kind) in enumerate(LAYOUTS, start=1):
        parts.append(
            (
                f"ppt/slideLayouts/_rels/slideLayout{k}.xml.rels",
                _rels([("rId1", f"{RT_OD}/slideMaster", "../slideMasters/slideMaster1.xml")]),
            )
        )
        parts.append((f"ppt/slideLayouts/slideLayout{k}.xml", _layout(name, kind)))
    parts.append(
        (
            "ppt/notesMasters/_rels/notesMaster1.xml.rels",
            _rels([("rId1", f"{RT_OD}/theme", "../theme/theme2.xml")]),
        )
    )
    parts.append(("ppt/notesMasters/notesMaster1.xml", _notes_master()))
    j = 0
    for k, (slide, note) in enumerate(slides, start=1):
        rels = [
            (
                "rId1",
                f"{RT_OD}/slideLayout",
                f"../slideLayouts/slideLayout{layout_index[slide.layout]}.xml",
            )
        ]
        if note:
            j += 1
            rels.append(("rId2", f"{RT_OD}/notesSlide", f"../notesSlides/notesSlide{j}.xml"))
            parts.append(
                (
                    f"ppt/notesSlides/_rels/notesSlide{j}.xml.rels",
                    _rels(
                        [
                            ("rId1", f"{RT_OD}/slide", f"../slides/slide{k}.xml"),
                            ("rId2", f"{RT_OD}/notesMaster", "../notesMasters/notesMaster1.xml"),
                        ]
                    ),
                )
            )
            parts.append((f"ppt/notesSlides/notesSlide{j}.xml", _notes(note)))
        parts.append((f"ppt/slides/_rels/slide{k}.xml.rels", _rels(rels)))
        parts.append((f"ppt/slides/slide{k}.xml", slide.xml()))
    return _zip(parts, DECK_TIME)


# =========================================================================== the Visio roster

NS_V = "http://schemas.microsoft.com/office/visio/2012/main"
RT_V = "http://schemas.microsoft.com/visio/2010/relationships"
CT_V = "application/vnd.ms-visio"

# (master id, NameU, Visio's own prompt)
MASTERS = [
    (2, "Executive", "Drag onto the page to add an executive position."),
    (3, "Manager", "Drag onto the page to add a manager position."),
    (4, "Position", "Drag onto the page to add a position."),
    (5, "Consultant", "Drag onto the page to add a consultant position."),
    (6, "Vacancy", "Drag onto the page to add a vacancy."),
    (7, "Dynamic connector", "This connector automatically routes between the shapes it connects."),
]
MASTER_ID = {name: mid for mid, name, _ in MASTERS}

# (key, master, title, second text line (team) or "", department, tier, remit, reports to)
POSTS = [
    (
        "ce",
        "Executive",
        "Chief Executive",
        "",
        "Executive Office",
        "Core",
        "Sponsor of Ready to Launch 2031 and chair of its programme board; accountable to the "
        "trustees for the strategy, its gates and its budget.",
        None,
    ),
    (
        "pd",
        "Manager",
        "Programme Director, Ready to Launch",
        "Programme office",
        "Executive Office",
        "Core",
        "Runs the programme office: the plan, the risk log, gate reports and the measures "
        "reported to the programme board and the trustees.",
        "ce",
    ),
    (
        "dlo",
        "Executive",
        "Director of Lifesaving Operations",
        "",
        "Lifesaving Operations",
        "Core",
        "All 38 stations and their launches; launch times and crew standards; the relationship "
        "with the Caldran Coastguard; the callout policy.",
        "ce",
    ),
    (
        "hvc",
        "Manager",
        "Head of Volunteer Crew",
        "Lifesaving Operations",
        "Lifesaving Operations",
        "Core",
        "Recruiting and keeping volunteer crew; crew availability and the callout and "
        "availability policy; employers' release agreements; the Volunteer Crew Survey.",
        "dlo",
    ),
    (
        "alm",
        "Position",
        "Area Lifesaving Manager, Northern Sounds",
        "Northern Sounds area",
        "Lifesaving Operations",
        "Core",
        "The nine stations of the Northern Sounds, among them Brannock, Kilvara and Ostray Head: "
        "station management groups, crew rotas, launch readiness and the pilot on the ground.",
        "dlo",
    ),
    (
        "col",
        "Manager",
        "Principal, Skerry Lifeboat College",
        "Portmarra",
        "Lifesaving Operations",
        "Core",
        "Crew, helm, coxswain and mechanic training; qualifications and course records; the "
        "College at Portmarra and any regional training hubs.",
        "dlo",
    ),
    (
        "hws",
        "Manager",
        "Head of Water Safety",
        "",
        "Lifesaving Operations",
        "Core",
        "Drowning prevention: water safety volunteers, school visits, beach events and "
        "campaigns, and prevention work with the Coastguard and the National Water Safety "
        "Forum.",
        "dlo",
    ),
    (
        "def",
        "Executive",
        "Director of Engineering and Fleet",
        "",
        "Engineering and Fleet",
        "Core",
        "The fleet of 61 lifeboats: the new boat programme, builders' contracts, the relief "
        "fleet and boathouses.",
        "ce",
    ),
    (
        "ftm",
        "Position",
        "Fleet Technical Manager",
        "Engineering and Fleet",
        "Engineering and Fleet",
        "Core",
        "Technical standards of the boats: the Corran class design and its type approval, "
        "engine monitoring, sea trials and acceptance of new boats.",
        "def",
    ),
    (
        "ddm",
        "Manager",
        "Dunlarrig Depot Manager",
        "Dunlarrig depot",
        "Engineering and Fleet",
        "Core",
        "Refits and repairs at the Dunlarrig depot, BoatLog, spares, station mechanics and the "
        "weekly boat checks.",
        "def",
    ),
    (
        "dfs",
        "Executive",
        "Director of Fundraising and Supporters",
        "",
        "Fundraising and Supporters",
        "Core",
        "All voluntary income: regular giving, gifts in wills, appeals and the shops.",
        "ce",
    ),
    (
        "hsg",
        "Manager",
        "Head of Supporter Giving",
        "Fundraising and Supporters",
        "Fundraising and Supporters",
        "Core",
        "Regular givers and appeals; Lanyard, the supporter database, and its replacement; tax "
        "relief on gifts.",
        "dfs",
    ),
    (
        "hr",
        "Manager",
        "Head of Retail",
        "Shops",
        "Fundraising and Supporters",
        "Core",
        "The 46 shops: refits, closures, leases, shop staff and volunteers, donated goods.",
        "dfs",
    ),
    (
        "legacy",
        "Vacancy",
        "Head of Legacy Giving",
        "Vacant",
        "Fundraising and Supporters",
        "",
        "Gifts in wills.",
        "dfs",
    ),
    (
        "dfr",
        "Executive",
        "Director of Finance and Resources",
        "",
        "Finance and Resources",
        "Core",
        "Budget, reserves, the Boat Fund, procurement and the investment case; IT, data and "
        "people report here.",
        "ce",
    ),
    (
        "hdd",
        "Manager",
        "Head of Digital and Data",
        "Finance and Resources",
        "Finance and Resources",
        "Core",
        "LaunchCall, ShoutLog, CrewBook, BoatLog's station tablets, Tidewater and the trustee "
        "dashboard; data-sharing with partners; mobile coverage at boathouses.",
        "dfr",
    ),
    (
        "hp",
        "Manager",
        "Head of People",
        "Finance and Resources",
        "Finance and Resources",
        "Core",
        "Staff recruitment, pay and consultation with the union; volunteer policy with the Head "
        "of Volunteer Crew.",
        "dfr",
    ),
    (
        "dpo",
        "Position",
        "Data Protection Officer",
        "",
        "Finance and Resources",
        "Extended",
        "Advises on personal data and signs off data protection impact assessments; owns no "
        "programme work.",
        "dfr",
    ),
    (
        "vcc",
        "Consultant",
        "Chair, Volunteer Crew Council",
        "Volunteer Crew Council",
        "Volunteer Crew Council",
        "Consult only",
        "Speaks for the crews of all 38 stations; must be consulted on callout, availability and "
        "training rules; owns no programme work.",
        None,
    ),
    (
        "cg",
        "Consultant",
        "Coastguard Liaison Officer, Caldran Coastguard",
        "Caldran Coastguard",
        "Caldran Coastguard",
        "Consult only",
        "The Coastguard's link with Skerry Lifeboats on tasking, launch areas and data-sharing; "
        "owns no programme work.",
        None,
    ),
]

OLD_POSTS = [
    ("Operations Director", "Stations and crews"),
    ("Director of Coast and Stations", ""),
    ("Fleet Manager", "Boats"),
    ("Head of Training", "College"),
    ("Head of Fundraising", "Income"),
    ("Change Manager", "Project office"),
    ("IT Manager", ""),
    ("Station Support Manager", "Regions"),
]


def _cell(n: str, v, u: str | None = None) -> str:
    return f'<Cell N="{n}" V={quoteattr(str(v))}' + (f' U="{u}"' if u else "") + "/>"


def _props(rows: list[tuple[str, str]]) -> str:
    out = []
    for name, value in rows:
        out.append(
            f'<Row N="{name}">{_cell("Value", value, "STR")}{_cell("Prompt", "")}'
            f"{_cell('Label', name)}{_cell('Format', '')}{_cell('SortKey', '')}"
            f"{_cell('Type', 0)}{_cell('Invisible', 0)}{_cell('Verify', 0)}"
            f"{_cell('DataLinked', 0)}{_cell('LangID', 'en-GB')}{_cell('Calendar', 0)}</Row>"
        )
    return f'<Section N="Property">{"".join(out)}</Section>'


def _text(lines: list[str]) -> str:
    return '<Text><cp IX="0"/>' + escape("\n".join(line for line in lines if line)) + "</Text>"


def _org_shape(
    sid: int,
    master: str,
    pin: tuple[float, float],
    title: str,
    team: str,
    dept: str,
    tier: str,
    remit: str,
) -> str:
    mid = MASTER_ID[master]
    name = f"{master}.{sid}"
    return (
        f'<Shape ID="{sid}" NameU="{name}" Name="{name}" Type="Shape" Master="{mid}">'
        f"{_cell('PinX', pin[0])}{_cell('PinY', pin[1])}{_cell('Width', 2.125)}"
        f"{_cell('Height', 0.875)}"
        + _props(
            [("Name", ""), ("Title", title), ("Department", dept), ("Tier", tier), ("Remit", remit)]
        )
        + _text([title, team])
        + "</Shape>"
    )


def _connector(sid: int, a: tuple[float, float], b: tuple[float, float]) -> str:
    name = f"Dynamic connector.{sid}"
    return (
        f'<Shape ID="{sid}" NameU="{name}" Name="{name}" Type="Shape" Master="7">'
        f"{_cell('PinX', round((a[0] + b[0]) / 2, 4))}{_cell('PinY', round((a[1] + b[1]) / 2, 4))}"
        f"{_cell('Width', round(abs(b[0] - a[0]), 4))}{_cell('Height', 0)}"
        f"{_cell('BeginX', a[0])}{_cell('BeginY', round(a[1] - 0.4375, 4))}"
        f"{_cell('EndX', b[0])}{_cell('EndY', round(b[1] + 0.4375, 4))}"
        f'<Section N="Geometry" IX="0"><Row T="MoveTo" IX="1">{_cell("X", 0)}{_cell("Y", 0)}'
        f'</Row><Row T="LineTo" IX="2">{_cell("X", round(b[0] - a[0], 4))}'
        f"{_cell('Y', round(b[1] - a[1] + 0.875, 4))}</Row></Section></Shape>"
    )


def _page(shapes: list[str], connects: list[str]) -> str:
    return (
        XML_HEAD + f'<PageContents xmlns="{NS_V}" xmlns:r="{NS_R}" xml:space="preserve">'
        f"<Shapes>{''.join(shapes)}</Shapes>"
        + (f"<Connects>{''.join(connects)}</Connects>" if connects else "")
        + "</PageContents>"
    )


def _layout_posts() -> dict[str, tuple[float, float]]:
    """Pins on a 23.39 x 16.54 in page (A2 landscape): directors in a row, reports below."""
    pins: dict[str, tuple[float, float]] = {
        "ce": (11.7, 14.2),
        "pd": (15.0, 14.2),
        "vcc": (2.0, 14.2),
        "cg": (2.0, 12.9),
    }
    directors = ["dlo", "def", "dfs", "dfr"]
    columns = {
        "dlo": ["hvc", "alm", "col", "hws"],
        "def": ["ftm", "ddm"],
        "dfs": ["hsg", "hr", "legacy"],
        "dfr": ["hdd", "hp", "dpo"],
    }
    for k, d in enumerate(directors):
        x = 5.2 + k * 4.6
        pins[d] = (x, 11.6)
        for j, key in enumerate(columns[d]):
            pins[key] = (x, round(10.1 - j * 1.35, 2))
    return pins


def build_roster() -> bytes:
    pins = _layout_posts()
    shapes: list[str] = []
    connects: list[str] = []
    ids: dict[str, int] = {}
    # the page title and the legend: text shapes with no master, no posts
    shapes.append(
        f'<Shape ID="1" NameU="Title" Name="Title" Type="Shape">{_cell("PinX", 11.7)}'
        f"{_cell('PinY', 15.8)}{_cell('Width', 14)}{_cell('Height', 0.6)}"
        + _text(
            [
                "Skerry Lifeboats \u00b7 crew and shore structure for Ready to Launch 2031 "
                "\u00b7 October 2028"
            ]
        )
        + "</Shape>"
    )
    shapes.append(
        f'<Shape ID="2" NameU="Legend" Name="Legend" Type="Shape">{_cell("PinX", 20.6)}'
        f"{_cell('PinY', 2.2)}{_cell('Width', 4.4)}{_cell('Height', 2.6)}"
        + _text(
            [
                "Legend",
                "Executive: director",
                "Manager: head of function",
                "Position: post holder",
                "Consultant: consulted, owns no work",
                "Vacancy: post not filled",
                "Lines: reporting lines",
            ]
        )
        + "</Shape>"
    )
    sid = 3
    for key, master, title, team, dept, tier, remit, _ in POSTS:
        ids[key] = sid
        shapes.append(_org_shape(sid, master, pins[key], title, team, dept, tier, remit))
        sid += 1
    for key, *_rest, boss in POSTS:
        if boss is None:
            continue
        shapes.append(_connector(sid, pins[boss], pins[key]))
        connects.append(
            f'<Connect FromSheet="{sid}" FromCell="BeginX" FromPart="9" '
            f'ToSheet="{ids[boss]}" ToCell="PinX" ToPart="3"/>'
        )
        connects.append(
            f'<Connect FromSheet="{sid}" FromCell="EndX" FromPart="12" '
            f'ToSheet="{ids[key]}" ToCell="PinX" ToPart="3"/>'
        )
        sid += 1
    page1 = _page(shapes, connects)

    old: list[str] = [
        f'<Shape ID="1" NameU="Title" Name="Title" Type="Shape">{_cell("PinX", 11.7)}'
        f"{_cell('PinY', 15.8)}{_cell('Width', 14)}{_cell('Height', 0.6)}"
        + _text(["Draft 2027: structure before the Ready to Launch review (superseded)"])
        + "</Shape>"
    ]
    old_connects: list[str] = []
    for k, (title, team) in enumerate(OLD_POSTS):
        master = "Executive" if k < 2 else "Manager"
        pin = (11.7, 13.0) if k == 0 else (3.0 + (k - 1) * 3.0, 10.0)
        old.append(_org_shape(k + 2, master, pin, title, team, "", "", ""))
    for k in range(1, len(OLD_POSTS)):
        cid = 20 + k
        old.append(_connector(cid, (11.7, 13.0), (3.0 + (k - 1) * 3.0, 10.0)))
        old_connects.append(
            f'<Connect FromSheet="{cid}" FromCell="BeginX" FromPart="9" '
            f'ToSheet="2" ToCell="PinX" ToPart="3"/>'
        )
        old_connects.append(
            f'<Connect FromSheet="{cid}" FromCell="EndX" FromPart="12" '
            f'ToSheet="{k + 2}" ToCell="PinX" ToPart="3"/>'
        )
    page2 = _page(old, old_connects)

    page_sheet = (
        '<PageSheet LineStyle="0" FillStyle="0" TextStyle="0">'
        + _cell("PageWidth", 23.39)
        + _cell("PageHeight", 16.54)
        + _cell("PageScale", 1, "IN")
        + _cell("DrawingScale", 1, "IN")
        + _cell("DrawingSizeType", 3)
        + _cell("PrintPageOrientation", 2)
        + "</PageSheet>"
    )
    pages = (
        XML_HEAD + f'<Pages xmlns="{NS_V}" xmlns:r="{NS_R}" xml:space="preserve">'
        f'<Page ID="0" NameU="Page-1" Name="Programme structure" ViewScale="-1" '
        f'ViewCenterX="11.695" ViewCenterY="8.27">{page_sheet}<Rel r:id="rId1"/></Page>'
        f'<Page ID="5" NameU="Draft 2027" Name="Draft 2027" ViewScale="-1" '
        f'ViewCenterX="11.695" ViewCenterY="8.27">{page_sheet}<Rel r:id="rId2"/></Page>'
        "</Pages>"
    )
    masters_xml = []
    master_parts: list[tuple[str, str]] = []
    for k, (mid, name, prompt) in enumerate(MASTERS, start=1):
        guid = f"{{{mid:08X}-4F1C-4B7A-9C2E-5A1D{mid:08X}}}"
        masters_xml.append(
            f'<Master ID="{mid}" NameU="{name}" IsCustomNameU="1" Name="{name}" '
            f'IsCustomName="1" Prompt={quoteattr(prompt)} IconSize="1" AlignName="2" '
            f'MatchByName="0" IconUpdate="1" UniqueID="{guid}" BaseID="{guid}" '
            f'PatternFlags="0" Hidden="0" MasterType="2"><PageSheet LineStyle="0" '
            f'FillStyle="0" TextStyle="0">{_cell("PageWidth", 4)}{_cell("PageHeight", 4)}'
            f'</PageSheet><Rel r:id="rId{k}"/></Master>'
        )
        if name == "Dynamic connector":
            inner = (
                f'<Shape ID="5" NameU="Dynamic connector" Type="Shape" LineStyle="3" '
                f'FillStyle="3" TextStyle="3">{_cell("ObjType", 2)}{_cell("BeginX", 0)}'
                f"{_cell('BeginY', 0)}{_cell('EndX', 1)}{_cell('EndY', 0)}"
                f"{_cell('ShapeRouteStyle', 2)}{_cell('ConLineRouteExt', 1)}</Shape>"
            )
        else:
            inner = (
                f'<Shape ID="5" NameU="{name}" Type="Shape" LineStyle="3" FillStyle="3" '
                f'TextStyle="3">{_cell("Width", 2.125)}{_cell("Height", 0.875)}'
                + _props(
                    [("Name", ""), ("Title", ""), ("Department", ""), ("Tier", ""), ("Remit", "")]
                )
                + "</Shape>"
            )
        master_parts.append(
            (
                f"visio/masters/master{k}.xml",
                XML_HEAD + f'<MasterContents xmlns="{NS_V}" xmlns:r="{NS_R}" xml:space="preserve">'
                f"<Shapes>{inner}</Shapes></MasterContents>",
            )
        )
    masters = (
        XML_HEAD
        + f'<Masters xmlns="{NS_V}" xmlns:r="{NS_R}" xml:space="preserve">'
        + "".join(masters_xml)
        + "</Masters>"
    )
    document = (
        XML_HEAD + f'<VisioDocument xmlns="{NS_V}" xmlns:r="{NS_R}" xml:space="preserve">'
        '<DocumentSettings TopPage="0" DefaultTextStyle="3" DefaultLineStyle="3" '
        'DefaultFillStyle="3" DefaultGuideStyle="4"><GlueSettings>9</GlueSettings>'
        "<SnapSettings>65847</SnapSettings><SnapExtensions>34</SnapExtensions>"
        "<DynamicGridEnabled>0</DynamicGridEnabled><ProtectStyles>0</ProtectStyles>"
        "<ProtectShapes>0</ProtectShapes><ProtectMasters>0</ProtectMasters>"
        "<ProtectBkgnds>0</ProtectBkgnds></DocumentSettings>"
        '<Colors><ColorEntry IX="24" RGB="#000000"/><ColorEntry IX="25" RGB="#FFFFFF"/></Colors>'
        '<FaceNames><FaceName NameU="Calibri" UnicodeRanges="-536859905 -1073732485 9 0" '
        'CharSets="536871423 0" Panos="2 15 5 2 2 2 4 3 2 4" Flags="325"/></FaceNames>'
        '<StyleSheets><StyleSheet ID="0" NameU="No Style" Name="No Style">'
        + _cell("LineWeight", 0.01041666666666667)
        + _cell("FillForegnd", "#ffffff")
        + '</StyleSheet><StyleSheet ID="3" NameU="Normal" Name="Normal" LineStyle="0" '
        'FillStyle="0" TextStyle="0"/></StyleSheets></VisioDocument>'
    )
    windows = (
        XML_HEAD + f'<Windows xmlns="{NS_V}" xmlns:r="{NS_R}" ClientWidth="1600" '
        'ClientHeight="860" xml:space="preserve"><Window ID="0" WindowType="Drawing" '
        'WindowState="1073741824" WindowLeft="-8" WindowTop="-31" WindowWidth="1616" '
        'WindowHeight="899" ContainerType="Page" Page="0" ViewScale="-1" '
        'ViewCenterX="11.695" ViewCenterY="8.27"><ShowRulers>1</ShowRulers>'
        "<ShowGrid>1</ShowGrid><ShowPageBreaks>0</ShowPageBreaks><ShowGuides>1</ShowGuides>"
        "<ShowConnectionPoints>1</ShowConnectionPoints><GlueSettings>9</GlueSettings>"
        "<SnapSettings>65847</SnapSettings><SnapExtensions>34</SnapExtensions>"
        "<TabSplitterPos>0.5</TabSplitterPos></Window></Windows>"
    )
    ct = (
        XML_HEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="/visio/document.xml" ContentType="{CT_V}.drawing.main+xml"/>'
        f'<Override PartName="/visio/masters/masters.xml" ContentType="{CT_V}.masters+xml"/>'
        + "".join(
            f'<Override PartName="/visio/masters/master{k}.xml" ContentType="{CT_V}.master+xml"/>'
            for k in range(1, len(MASTERS) + 1)
        )
        + f'<Override PartName="/visio/pages/pages.xml" ContentType="{CT_V}.pages+xml"/>'
        f'<Override PartName="/visio/pages/page1.xml" ContentType="{CT_V}.page+xml"/>'
        f'<Override PartName="/visio/pages/page2.xml" ContentType="{CT_V}.page+xml"/>'
        f'<Override PartName="/visio/windows.xml" ContentType="{CT_V}.windows+xml"/>'
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-'
        'package.core-properties+xml"/><Override PartName="/docProps/app.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
        "</Types>"
    )
    app = (
        XML_HEAD + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
        'extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/'
        'docPropsVTypes"><Template>ORGCH_M.VSTX</Template><Application>Microsoft Visio'
        '</Application><ScaleCrop>false</ScaleCrop><HeadingPairs><vt:vector size="2" '
        'baseType="variant"><vt:variant><vt:lpstr>Pages</vt:lpstr></vt:variant><vt:variant>'
        "<vt:i4>2</vt:i4></vt:variant></vt:vector></HeadingPairs><TitlesOfParts>"
        '<vt:vector size="2" baseType="lpstr"><vt:lpstr>Programme structure</vt:lpstr>'
        "<vt:lpstr>Draft 2027</vt:lpstr></vt:vector></TitlesOfParts><Company>Skerry Lifeboats"
        "</Company><LinksUpToDate>false</LinksUpToDate><AppVersion>16.0000</AppVersion>"
        "</Properties>"
    )
    core = (
        XML_HEAD + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/'
        '2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/'
        'dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>Crew and '
        "shore structure</dc:title><dc:creator>Head of People</dc:creator>"
        "<cp:lastModifiedBy>Programme Office</cp:lastModifiedBy>"
        '<dcterms:created xsi:type="dcterms:W3CDTF">2027-03-14T09:20:00Z</dcterms:created>'
        f'<dcterms:modified xsi:type="dcterms:W3CDTF">{VSDX_W3C}</dcterms:modified>'
        "<dc:language>en-GB</dc:language></cp:coreProperties>"
    )
    page_rels = lambda used: _rels(  # noqa: E731
        [(f"rId{k}", f"{RT_V}/master", f"../masters/master{k}.xml") for k in used]
    )
    index = {mid: k for k, (mid, _, _) in enumerate(MASTERS, start=1)}
    used1 = sorted({index[MASTER_ID[p[1]]] for p in POSTS} | {index[7]})
    used2 = sorted({index[2], index[3], index[7]})
    parts: list[tuple[str, str | bytes]] = [
        ("[Content_Types].xml", ct),
        (
            "_rels/.rels",
            _rels(
                [
                    ("rId1", f"{RT_V}/document", "visio/document.xml"),
                    (
                        "rId2",
                        "http://schemas.openxmlformats.org/package/2006/relationships/metadata/"
                        "core-properties",
                        "docProps/core.xml",
                    ),
                    ("rId3", f"{RT_OD}/extended-properties", "docProps/app.xml"),
                ]
            ),
        ),
        ("docProps/app.xml", app),
        ("docProps/core.xml", core),
        ("visio/document.xml", document),
        (
            "visio/_rels/document.xml.rels",
            _rels(
                [
                    ("rId1", f"{RT_V}/masters", "masters/masters.xml"),
                    ("rId2", f"{RT_V}/pages", "pages/pages.xml"),
                    ("rId3", f"{RT_V}/windows", "windows.xml"),
                ]
            ),
        ),
        ("visio/windows.xml", windows),
        ("visio/masters/masters.xml", masters),
        (
            "visio/masters/_rels/masters.xml.rels",
            _rels(
                [
                    (f"rId{k}", f"{RT_V}/master", f"master{k}.xml")
                    for k in range(1, len(MASTERS) + 1)
                ]
            ),
        ),
        *master_parts,
        ("visio/pages/pages.xml", pages),
        (
            "visio/pages/_rels/pages.xml.rels",
            _rels(
                [
                    ("rId1", f"{RT_V}/page", "page1.xml"),
                    ("rId2", f"{RT_V}/page", "page2.xml"),
                ]
            ),
        ),
        ("visio/pages/page1.xml", page1),
        ("visio/pages/_rels/page1.xml.rels", page_rels(used1)),
        ("visio/pages/page2.xml", page2),
        ("visio/pages/_rels/page2.xml.rels", page_rels(used2)),
    ]
    return _zip(parts, VSDX_TIME)


# =========================================================================== the remits (DOCX)

REMIT_SECTIONS = [
    (
        "Purpose of this document",
        [
            "This document sets out what each directorate of Skerry Lifeboats is responsible for. It "
            "was agreed by the executive team on 14 October 2028 and is read with the crew and shore "
            "structure chart.",
            "Skerry Lifeboats is a charity. It employs 452 staff and is crewed and supported by "
            "3,040 volunteers at 38 lifeboat stations on the coast of Caldra.",
        ],
    ),
    (
        "Executive Office",
        [
            "The Chief Executive leads the charity, answers to the Board of Trustees and is the "
            "sponsor of Ready to Launch 2031.",
            "The Programme Director, Ready to Launch runs the programme office: the plan, the risk "
            "log, gate reports to the programme board and the quarterly measures report to the "
            "trustees.",
        ],
    ),
    (
        "Lifesaving Operations",
        [
            "The Director of Lifesaving Operations is responsible for every station, every launch "
            "and the standards crews work to, and holds the relationship with the Caldran "
            "Coastguard.",
            "The Head of Volunteer Crew recruits and keeps volunteer crew, sets the callout and "
            "availability policy with the Volunteer Crew Council, and negotiates release agreements "
            "with employers.",
            "Area Lifesaving Managers look after the stations of their area; the Northern Sounds "
            "area has nine stations, among them Brannock, Kilvara and Ostray Head.",
            "The Principal of Skerry Lifeboat College runs all crew, helm, coxswain and mechanic "
            "training and keeps the record of every qualification.",
            "The Head of Water Safety leads our drowning prevention work: water safety volunteers, "
            "school visits, beach events and national campaigns.",
        ],
    ),
    (
        "Engineering and Fleet",
        [
            "The Director of Engineering and Fleet is responsible for our 61 lifeboats, the new boat "
            "programme, the relief fleet and our boathouses.",
            "The Fleet Technical Manager sets the technical standard of every boat, leads the Corran "
            "class design through type approval and sea trials, and accepts each new boat.",
            "The Dunlarrig Depot Manager runs the depot's refits and repairs, BoatLog, spares and the "
            "station mechanics.",
            "The Dunlarrig depot can refit no more than 14 all-weather lifeboats a year on its three "
            "slipways.",
            "The relief fleet of three all-weather and four inshore lifeboats is kept at Dunlarrig "
            "and sent to any station whose own boat is away.",
        ],
    ),
    (
        "Fundraising and Supporters",
        [
            "The Director of Fundraising and Supporters is responsible for all voluntary income: "
            "regular giving, gifts in wills, appeals and the shops.",
            "The Head of Supporter Giving looks after regular givers, appeals and Lanyard.",
            "The Head of Retail runs our 46 shops and their 1,100 shop volunteers.",
            "The Head of Legacy Giving post has been vacant since March 2028, and gifts in wills "
            "are handled by the supporter care team in the meantime.",
        ],
    ),
    (
        "Finance and Resources",
        [
            "The Director of Finance and Resources is responsible for the budget, the reserves, the "
            "Boat Fund and procurement; the Head of Digital and Data and the Head of People report "
            "to the Director.",
            "The Head of Digital and Data runs our systems (LaunchCall, ShoutLog, CrewBook, BoatLog, "
            "Lanyard's hosting and Tidewater) and agrees data-sharing with partners.",
            "The Head of People is responsible for staff recruitment, pay and consultation with the "
            "Caldran Maritime and General Union.",
            "The Data Protection Officer advises every directorate on personal data.",
        ],
    ),
]


def build_remits() -> bytes:
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)
    doc.add_heading("Skerry Lifeboats: directorate remits", level=1)
    for heading, paras in REMIT_SECTIONS:
        doc.add_heading(heading, level=2)
        for text in paras:
            doc.add_paragraph(text)
    return ooxml_bytes(
        doc,
        DOCX_STAMP,
        author="Head of People",
        title="Directorate remits",
        last_modified_by="Head of People",
        revision=4,
    )


# =========================================================================== org text files

SYSTEMS = """
# Systems and records inventory

Kept by the Head of Digital and Data. Last reviewed October 2028.

## Callout and launches

Crews are called out by radio pagers, set off by the station's launch authority when the
Caldran Coastguard tasks the lifeboat.

Our pagers are 14 years old, and their maker stopped making spare parts in 2026.

A pager cannot say who is coming, so the launch authority counts crew as they arrive at the
boathouse.

LaunchCall, the callout app, runs only at 6 of our 38 stations, as a trial begun in 2027.

Eleven boathouses have no reliable 4G signal, and at those the app cannot be relied on.

ShoutLog holds every service launch since 2011: the time of the tasking, the launch, the crew on
board and the outcome of the service.

Launch times are written by the launch authority on the paper Service Return and typed into
ShoutLog at the area office within the month.

The trustee dashboard reports launch times for all-weather lifeboats only; inshore launch times
are held in ShoutLog but are not reported.

Coastguard tasking times reach us only as a monthly spreadsheet; we have no live feed from the
Coastguard's incident system.

Stations tell the Coastguard by phone when a lifeboat is off service for want of crew and record
nothing themselves, so those hours are known only from the Coastguard's log.

## Crew and training

CrewBook is our volunteer records system: every volunteer's membership, medicals, kit and next
of kin.

CrewBook cannot record a volunteer's availability by the hour.

Crew qualifications and course results are kept by the College in paper course files and one
spreadsheet for each area, not in CrewBook.

The College's spreadsheets are not shared with stations, so a coxswain cannot see whether a crew
member's qualification is in date.

## Boats and maintenance

BoatLog is the maintenance system at the Dunlarrig depot: refits, repairs, parts and each
lifeboat's engine hours.

Only the nine stations with a full-time mechanic enter their weekly boat checks in BoatLog; at
the other 29 stations checks and defects are written in the station's boat book, on paper.

No all-weather lifeboat sends engine data ashore; engine hours are read off the clock at each
weekly check.

BoatLog holds repair history only from its start in March 2024; older repairs are on the depot's
card index.

## Supporters and shops

Lanyard is our supporter database: 212,000 supporters, their gifts, direct debits and tax relief
claims.

The version of Lanyard we run goes out of its supplier's support in June 2030.

Shop tills are not connected to Lanyard, and tax relief on donated goods is claimed on paper
forms at 31 of our 46 shops.

## Water safety

There is no tool for recording water safety talks, school visits and beach events; each area
keeps its own list.

We do not count coastal drownings ourselves; the National Water Safety Forum publishes the
figures once a year, each June, for the year before.

## Reporting

Tidewater is our data warehouse: each night it loads ShoutLog, CrewBook, BoatLog, Lanyard and the
finance ledger, and it feeds the quarterly trustee dashboard.
"""

MEASURES = """
# Lifesaving and income measures: definitions

Owned by the Programme Director, Ready to Launch. Each measure has an owner who answers for it at
the programme board.

| Measure | Definition | Source | Owner | 2027 |
|---|---|---|---|---|
| All-weather launch time | Share of all-weather lifeboat service launches that leave within 10 minutes of the pager | ShoutLog | Director of Lifesaving Operations | 84% |
| Inshore launch time | Share of inshore lifeboat service launches that leave within 8 minutes of the pager | ShoutLog | Director of Lifesaving Operations | not reported |
| Full crew around the clock | Share of stations able to put a full crew on every boat at any hour, from the quarterly availability return | Area returns | Head of Volunteer Crew | 71% |
| Off service for want of crew | Hours a lifeboat could not launch because too few crew were available | Coastguard log | Head of Volunteer Crew | 3,420 |
| Days off service for repairs | Lifeboat days lost to unplanned repairs, at stations and the depot | BoatLog | Dunlarrig Depot Manager | 1,140 |
| Crew in date | Share of crew whose qualification for their role is in date | College course files | Principal, Skerry Lifeboat College | 78% |
| Coastal drownings | Accidental drownings on the coast of Caldra in the calendar year | National Water Safety Forum | Head of Water Safety | 58 |
| Regular givers | Supporters giving by direct debit at year end | Lanyard | Head of Supporter Giving | 61,000 |
| Would recommend crewing | Share of crew answering yes in the Volunteer Crew Survey | Crew survey | Head of Volunteer Crew | 64% |

Launch time runs from the pager or app alert to the lifeboat leaving the boathouse or slipway.
Exercises and training launches are left out.

The Volunteer Crew Survey runs every two years, in the autumn; the last was in 2027 and the next
is in 2029.

The quarterly availability return is filled in by hand by each station's operations manager and
sent to the area office by email.
"""

TERMS = """
# Ready to Launch 2031: programme board terms of reference

Draft for the trustees, November 2028.

## Purpose

The programme board steers Ready to Launch 2031 from January 2029 to December 2031.

## Membership

- Chair and sponsor: the Chief Executive.
- Members: the Director of Lifesaving Operations, the Director of Engineering and Fleet, the
  Director of Fundraising and Supporters, the Director of Finance and Resources, the Programme
  Director, Ready to Launch, and the Principal of Skerry Lifeboat College.
- Advisers: the Chair of the Volunteer Crew Council and the Coastguard Liaison Officer of the
  Caldran Coastguard attend every meeting; they give advice and own no actions.
- The Data Protection Officer is invited whenever personal data is discussed.

## Decisions

The board meets monthly. It takes Gates 1 and 2 under the trustees' delegation; Gate 3 goes to
the trustees.

Any single commitment above €2 million needs the approval of the trustees, whatever the gate.

The Programme Director keeps the risk log and writes each gate report, and the Chief Executive
signs it.

## Reporting

The board reports to the trustees' Operations Committee every quarter, using the measures
defined in the measures document and the trustee dashboard.
"""

COUNCIL = """
# Volunteer Crew Council: constitution (extract)

Adopted at the Crew Assembly, Portmarra, April 2024.

## 1 Role

1.1 The Volunteer Crew Council speaks for the crews of all 38 stations to the trustees and the
executive.

1.2 Any change to how crews are called out, to the rules on crew availability or to crew training
requirements must be put to the Council before it is decided.

1.3 The Council has 30 days to give its view, and its view is published to every station.

## 2 Meetings

2.1 The Council meets four times a year, in February, May, August and November.

## 3 Crew and stations

3.1 Crew are volunteers: no one may be required to be available on a rota, and a rota can only
be agreed by a station's crew at its own meeting.

3.2 No station may be asked to change its callout system in the summer season, from 1 June to
31 August, when inshore services are busiest.
"""

COASTGUARD = """
# Tasking agreement between the Caldran Coastguard and Skerry Lifeboats (extract)

Signed 3 May 2022, reviewed every five years.

## Tasking

The Coastguard decides which lifeboat to task to an incident, from its rescue coordination
centres at Harrowick and Vell.

Skerry Lifeboats may not change a station's launch area or take a lifeboat off service without
the Coastguard's written agreement.

A station must tell the Coastguard by phone at once whenever its lifeboat cannot launch.

## Information

Tasking and incident data will be shared only under a data-sharing protocol signed by both
parties; at the date of this extract no protocol has been signed.

Until then the Coastguard sends Skerry Lifeboats a monthly spreadsheet of taskings.
"""

REGULATORS = """
Skerry Lifeboats: regulators, funds and agreements that bind the plan
Finance and Resources, October 2028

The Charities Commission for Caldra registers Skerry Lifeboats and receives our annual report
and accounts each June.

The Boat Fund is restricted: gifts to it may be spent only on lifeboats, their equipment and
boathouses.

Any single commitment above €2 million needs the approval of the trustees.

Our reserves policy keeps free reserves of at least six months of operating costs.

A new class of lifeboat must be type-approved by the Maritime Safety Authority before it goes on
service, which takes at least nine months from sea trials.

Any app that records where a volunteer is, or when they are free, needs a data protection impact
assessment signed off by the Data Protection Officer before it goes live.

Changes to the working hours of depot and station staff need 45 days' consultation with the
Caldran Maritime and General Union.

Nine of our 46 shop leases run beyond 2031 and cannot be ended early without a penalty.

Every water safety volunteer needs a safeguarding check before visiting a school, which takes up
to eight weeks.
"""

STATIONS = """
Northern Sounds area: station profiles
Area Lifesaving Manager, Northern Sounds, September 2028

The Northern Sounds area has nine stations. Three of them are described here.

Brannock: an all-weather Tamsin class lifeboat built in 1998 and an inshore lifeboat; a
full-time mechanic; 24 crew.

Kilvara: an inshore lifeboat launched by tractor across the beach; 17 crew, of whom only three
work within 10 minutes of the boathouse on weekdays.

The Kilvara tractor cannot launch in the two hours either side of low water on spring tides.

Ostray Head: an all-weather lifeboat on a slipway; 19 crew.

The Ostray Head boathouse has no fuel storage, so the lifeboat refuels at Kilvara harbour.

There is no full-time mechanic at Kilvara or Ostray Head.

Ostray Head is one of the eleven boathouses without a reliable 4G signal.

We hold release agreements with only 14 employers across the whole coast, two of them in
Kilvara.

Each station has a station management group of local volunteers, which meets every two months.
"""

COLLEGE = """
# Skerry Lifeboat College: training capacity

Principal, Skerry Lifeboat College, October 2028.

Skerry Lifeboat College at Portmarra trains every helm, coxswain, mechanic and crew member, and
runs 212 courses a year.

The College has one sea survival pool and 48 residential beds.

Helm and crew courses are full until September 2029, with 310 crew on the waiting list.

The College has no trainers based outside Portmarra; trainers travel to stations for a few
assessment days a year.

The Scarrick hub site needs planning permission for its training pool, which the council decides
within 13 weeks of a complete application.

The Harrowick hub can use the harbour board's existing pool under a lease offered for five
years.
"""

EMAIL = """
From: Fleet Technical Manager <fleet.technical@skerrylifeboats.example>
To: Director of Engineering and Fleet <engineering.director@skerrylifeboats.example>
Date: Tue, 14 Oct 2028 15:02:51 +0100
Subject: Harlow Marine build slots for the Corran class

Hello,

I met Harlow Marine's yard director at Tollan yesterday about the Corran class.

Harlow Marine can lay the first Corran class hull no earlier than April 2030, and can build two
a year at most.

Each Corran class boat takes 14 months from hull to sea trials, before the Maritime Safety
Authority's type approval.

They will hold two slots for us until 31 March 2029 if we confirm in writing by then.

Regards,
Fleet Technical Manager
"""

ORG_TEXT = {
    "org/systems/systems-and-records-inventory.md": SYSTEMS,
    "org/measures/lifesaving-and-income-measures.md": MEASURES,
    "org/governance/ready-to-launch-programme-board-terms-of-reference.md": TERMS,
    "org/governance/volunteer-crew-council-constitution-extract.md": COUNCIL,
    "org/context/coastguard-tasking-agreement-extract.md": COASTGUARD,
    "org/context/regulators-funds-and-agreements.txt": REGULATORS,
    "org/context/northern-sounds-station-profiles.txt": STATIONS,
    "org/context/college-training-capacity.md": COLLEGE,
    "org/context/email-2028-10-14-harlow-marine-build-slots.txt": EMAIL,
}


def build(out: Path) -> None:
    root = out / CASE
    files: dict[str, str | bytes] = {
        DECK: build_deck(),
        ROSTER: build_roster(),
        REMITS: build_remits(),
    }
    files.update(ORG_TEXT)
    write_files(root, files)


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
