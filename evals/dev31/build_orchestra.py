"""Build the dev31 case ``orchestra``: its deck and its org folder, deterministically.

Run from the repository root with the project's venv (python-pptx, python-docx and lxml):

    .venv/bin/python evals/dev31/build_orchestra.py [out]

Writes, under ``evals/dev31/orchestra/`` (or ``<out>/orchestra/``):

- ``Tuned for the Next Century - Board away day 15 May 2027.pptx``: a regional symphony
  orchestra's strategy for its 2027/28, 2028/29 and 2029/30 seasons (September 2027 to July 2030,
  Summer Festival 2030 included), a 16:9 deck made in APPLE KEYNOTE and exported to PowerPoint,
  with what such an export carries: ``docProps/app.xml`` naming Keynote and its version, two
  generic layouts ("Title & Subtitle" on the cover, "Blank" everywhere else), no placeholder on
  any slide (every title is a free text box at the top), plain ``p:sp`` shapes without
  ``txBox="1"`` named "Text N" or "Shape N", groups named "Group N", explicit ``a:bodyPr``
  insets, an ``a:pPr`` on every paragraph and a size on every run, bullets as ``a:buChar`` in
  some boxes and typed ("\u2013", "\u25b8", "1.") in others, speaker notes on four slides. The
  figures slide and the measures slide are KPI TILES, each a group of a rounded rectangle, a big
  number and a two-line label; the roadmap is groups of rounded rectangles, text boxes and
  diamonds on a grid of seasons and Summer Festivals, with a "Beyond this plan" column; the
  risks are a native table.
- ``org/``: the staff structure as a Word document (``people/staff-structure.docx``: a heading,
  one paragraph and a table Post / Department / Line manager / Key responsibilities), the local
  agreement with the players' committee, the programme board's terms of reference, the Audience
  Forum's terms, the systems and data inventory, the measures with owners and baselines, notes
  on the venues and touring, notes on the learning programme and an email from the box office.

Re-running it rewrites every file byte for byte: the PPTX and the DOCX through
``evals/dev16/_build.py`` (fixed ZIP entry times and document dates), the text files as literal
strings. It never touches ``gold.json``. This is a DEVELOPMENT case (split "dev31").
"""

from __future__ import annotations

import io
import sys
import zipfile
from collections.abc import Sequence
from pathlib import Path
from xml.sax.saxutils import escape

from docx import Document
from docx.shared import Pt
from lxml import etree
from pptx import Presentation
from pptx.util import Emu

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals.dev16._build import Stamp, normalize_zip, ooxml_bytes, write_files  # noqa: E402

HERE = Path(__file__).resolve().parent
CASE = "orchestra"
DECK = "Tuned for the Next Century - Board away day 15 May 2027.pptx"
ROSTER = "org/people/staff-structure.docx"
STAMP = Stamp((2027, 5, 12, 21, 14, 36), "2027-05-12T21:14:36Z")
ROSTER_STAMP = Stamp((2027, 4, 6, 10, 2, 8), "2027-04-06T10:02:08Z")
PAGES = 21

EMU = 914400
NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
NS_P = "http://schemas.openxmlformats.org/presentationml/2006/main"
NSDECL = f'xmlns:a="{NS_A}" xmlns:p="{NS_P}"'
FONT = "Gill Sans"
INK = "1E1E24"
WINE = "6B1F2A"
GOLD = "B8892E"
GREY = "6D6A75"
PALE = "F4EFE6"
MIST = "E4E1EA"
WHITE = "FFFFFF"

APP_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"'
    ' xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    "<Application>Keynote</Application><AppVersion>13.2</AppVersion>"
    "<Slides>{slides}</Slides><Notes>{notes}</Notes><HiddenSlides>0</HiddenSlides>"
    "<PresentationFormat>Custom</PresentationFormat></Properties>"
)
FOOTER = "Haverleigh Symphony Orchestra \u00b7 Tuned for the Next Century \u00b7 Board away day"


def emu(inches: float) -> int:
    return int(round(inches * EMU))


# =========================================================================== Keynote-style XML


class Ids:
    """Shape ids of one slide, in document order from the slide's own base."""

    def __init__(self, base: int) -> None:
        self.n = base

    def next(self) -> int:
        self.n += 1
        return self.n


def run(text: str, size: int, *, bold: bool = False, color: str = INK) -> str:
    b = ' b="1"' if bold else ' b="0"'
    return (
        f'<a:r><a:rPr lang="en-GB" sz="{size}"{b} i="0" u="none" strike="noStrike" spc="0">'
        f'<a:solidFill><a:srgbClr val="{color}"/></a:solidFill>'
        f'<a:latin typeface="{FONT}"/><a:ea typeface="{FONT}"/><a:cs typeface="{FONT}"/>'
        f'<a:sym typeface="{FONT}"/></a:rPr><a:t>{escape(text)}</a:t></a:r>'
    )


def para(
    text: str,
    size: int,
    *,
    bold: bool = False,
    color: str = INK,
    algn: str = "l",
    bullet: str | None = None,
    before: int = 0,
) -> str:
    """One paragraph with an explicit ``a:pPr`` (a ``buChar`` bullet when ``bullet`` is given,
    else ``buNone``) and one run of ``size`` hundredths of a point."""
    if bullet:
        ppr = (
            f'<a:pPr marL="254000" marR="0" indent="-254000" algn="{algn}" defTabSz="812800">'
            f'<a:lnSpc><a:spcPct val="100000"/></a:lnSpc><a:spcBef><a:spcPts val="{before}"/>'
            f'</a:spcBef><a:buClr><a:srgbClr val="{GOLD}"/></a:buClr><a:buSzPct val="100000"/>'
            f'<a:buFont typeface="{FONT}"/><a:buChar char="{bullet}"/></a:pPr>'
        )
    else:
        ppr = (
            f'<a:pPr marL="0" marR="0" indent="0" algn="{algn}" defTabSz="812800">'
            f'<a:lnSpc><a:spcPct val="100000"/></a:lnSpc><a:spcBef><a:spcPts val="{before}"/>'
            f"</a:spcBef><a:buClrTx/><a:buSzTx/><a:buFontTx/><a:buNone/></a:pPr>"
        )
    return f"<a:p>{ppr}{run(text, size, bold=bold, color=color)}</a:p>"


EMPTY_PARA = (
    '<a:p><a:pPr marL="0" marR="0" indent="0" algn="l" defTabSz="812800">'
    "<a:buClrTx/><a:buSzTx/><a:buFontTx/><a:buNone/></a:pPr>"
    '<a:endParaRPr lang="en-GB" sz="1200"/></a:p>'
)


def sp(
    ids: Ids,
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
) -> str:
    """A plain ``p:sp`` as Keynote exports it: no ``txBox``, no placeholder, "Text N" or
    "Shape N", explicit insets; a shape without paragraphs still carries an empty body."""
    sid = ids.next()
    name = f"{'Shape' if fill or line or geom != 'rect' else 'Text'} {sid}"
    fill_xml = f'<a:solidFill><a:srgbClr val="{fill}"/></a:solidFill>' if fill else "<a:noFill/>"
    ln = (
        f'<a:ln w="12700" cap="flat"><a:solidFill><a:srgbClr val="{line}"/></a:solidFill>'
        f'<a:prstDash val="solid"/><a:miter lim="400000"/></a:ln>'
        if line
        else '<a:ln w="12700" cap="flat"><a:noFill/><a:miter lim="400000"/></a:ln>'
    )
    av = "<a:avLst/>"
    if geom == "roundRect":
        av = '<a:avLst><a:gd name="adj" fmla="val 18000"/></a:avLst>'
    body = "".join(paras) or EMPTY_PARA
    autofit = "<a:spAutoFit/>" if not fill and geom == "rect" else "<a:normAutofit/>"
    return (
        f'<p:sp {NSDECL}><p:nvSpPr><p:cNvPr id="{sid}" name="{name}"/><p:cNvSpPr/><p:nvPr/>'
        f'</p:nvSpPr><p:spPr><a:xfrm><a:off x="{emu(x)}" y="{emu(y)}"/>'
        f'<a:ext cx="{emu(w)}" cy="{emu(h)}"/></a:xfrm><a:prstGeom prst="{geom}">{av}'
        f"</a:prstGeom>{fill_xml}{ln}<a:effectLst/></p:spPr>"
        f'<p:style><a:lnRef idx="0"><a:scrgbClr r="0" g="0" b="0"/></a:lnRef>'
        f'<a:fillRef idx="0"><a:scrgbClr r="0" g="0" b="0"/></a:fillRef>'
        f'<a:effectRef idx="0"><a:scrgbClr r="0" g="0" b="0"/></a:effectRef>'
        f'<a:fontRef idx="none"/></p:style>'
        f'<p:txBody><a:bodyPr wrap="square" lIns="50800" tIns="50800" rIns="50800" '
        f'bIns="50800" numCol="1" spcCol="38100" rtlCol="0" anchor="{anchor}" upright="0">'
        f"{autofit}</a:bodyPr><a:lstStyle/>{body}</p:txBody></p:sp>"
    )


def group(gid: int, box: tuple[float, float, float, float], children: Sequence[str]) -> str:
    """A ``p:grpSp`` named "Group N" whose child frame is the slide's own (Keynote keeps the
    children's positions and gives the group their bounding box)."""
    x, y, w, h = (emu(v) for v in box)
    return (
        f'<p:grpSp {NSDECL}><p:nvGrpSpPr><p:cNvPr id="{gid}" name="Group {gid}"/>'
        f"<p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm>"
        f'<a:off x="{x}" y="{y}"/><a:ext cx="{w}" cy="{h}"/>'
        f'<a:chOff x="{x}" y="{y}"/><a:chExt cx="{w}" cy="{h}"/></a:xfrm></p:grpSpPr>'
        f"{''.join(children)}</p:grpSp>"
    )


def cell(text: str, size: int, *, bold: bool = False, fill: str = WHITE, color: str = INK) -> str:
    border = "".join(
        f'<a:{side} w="6350"><a:solidFill><a:srgbClr val="{MIST}"/></a:solidFill>'
        f'<a:miter lim="400000"/></a:{side}>'
        for side in ("lnL", "lnR", "lnT", "lnB")
    )
    return (
        f"<a:tc><a:txBody><a:bodyPr/><a:lstStyle/>{para(text, size, bold=bold, color=color)}"
        f'</a:txBody><a:tcPr marL="76200" marR="76200" marT="63500" marB="63500" anchor="t">'
        f'{border}<a:solidFill><a:srgbClr val="{fill}"/></a:solidFill></a:tcPr></a:tc>'
    )


def table(
    ids: Ids,
    x: float,
    y: float,
    widths: Sequence[float],
    rows: Sequence[Sequence[str]],
    heights: Sequence[float],
    size: int,
) -> str:
    """A native table as Keynote exports one: "Table N", a header row in the accent colour."""
    sid = ids.next()
    grid = "".join(f'<a:gridCol w="{emu(w)}"/>' for w in widths)
    trs = []
    for k, (row, h) in enumerate(zip(rows, heights, strict=True)):
        cells = "".join(
            cell(
                t, size, bold=k == 0, fill=WINE if k == 0 else WHITE, color=WHITE if k == 0 else INK
            )
            for t in row
        )
        trs.append(f'<a:tr h="{emu(h)}">{cells}</a:tr>')
    return (
        f'<p:graphicFrame {NSDECL}><p:nvGraphicFramePr><p:cNvPr id="{sid}" name="Table {sid}"/>'
        f'<p:cNvGraphicFramePr><a:graphicFrameLocks noGrp="1"/></p:cNvGraphicFramePr><p:nvPr/>'
        f'</p:nvGraphicFramePr><p:xfrm><a:off x="{emu(x)}" y="{emu(y)}"/>'
        f'<a:ext cx="{emu(sum(widths))}" cy="{emu(sum(heights))}"/></p:xfrm><a:graphic>'
        f'<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/table">'
        f'<a:tbl><a:tblPr firstRow="1"/><a:tblGrid>{grid}</a:tblGrid>{"".join(trs)}</a:tbl>'
        f"</a:graphicData></a:graphic></p:graphicFrame>"
    )


def header(ids: Ids, eyebrow: str, title: str, sub: str | None, page: int) -> list[str]:
    """The top of a content slide (eyebrow, title text box, optional subtitle) and its foot."""
    out = [
        sp(ids, 0.6, 0.32, 9.0, 0.34, [para(eyebrow, 1100, bold=True, color=GOLD)]),
        sp(ids, 0.6, 0.64, 12.1, 0.72, [para(title, 3200, bold=True, color=WINE)]),
    ]
    if sub:
        out.append(sp(ids, 0.6, 1.36, 12.1, 0.42, [para(sub, 1500, color=GREY)]))
    out.append(sp(ids, 0.6, 7.04, 9.0, 0.3, [para(FOOTER, 1000, color=GREY)]))
    out.append(
        sp(ids, 11.2, 7.04, 1.5, 0.3, [para(f"{page} / {PAGES}", 1000, color=GREY, algn="r")])
    )
    return out


def bullets(texts: Sequence[str], size: int, *, char: str = "\u2022") -> list[str]:
    return [para(t, size, bullet=char, before=700 if i else 0) for i, t in enumerate(texts)]


def typed(texts: Sequence[str], size: int, *, color: str = INK) -> list[str]:
    return [para(t, size, color=color, before=700 if i else 0) for i, t in enumerate(texts)]


def tile(
    ids: Ids,
    x: float,
    y: float,
    w: float,
    h: float,
    big: str,
    line1: str,
    line2: str,
    *,
    color: str = WINE,
) -> str:
    """A KPI tile as one group: a rounded card, the big figure, a label of two lines."""
    gid = ids.next()
    return group(
        gid,
        (x, y, w, h),
        [
            sp(ids, x, y, w, h, fill=PALE, geom="roundRect"),
            sp(ids, x + 0.12, y + 0.04, w - 0.24, 0.66, [para(big, 3400, bold=True, color=color)]),
            sp(
                ids,
                x + 0.12,
                y + 0.7,
                w - 0.24,
                h - 0.74,
                [para(line1, 1300, bold=True), para(line2, 1050, color=GREY, before=300)],
            ),
        ],
    )


def panel(
    ids: Ids, x: float, y: float, w: float, h: float, head: str, body: Sequence[str], size: int
) -> str:
    """A filled box with a bold head and typed lines under it."""
    return sp(
        ids,
        x,
        y,
        w,
        h,
        [para(head, 1500, bold=True, color=WINE), *typed(body, size)],
        fill=PALE,
    )


# =========================================================================== slides


def s01(ids: Ids) -> list[str]:
    return [
        sp(ids, 0, 0, 13.333, 7.5, fill=WINE),
        sp(
            ids,
            0.9,
            1.25,
            11.0,
            0.42,
            [para("HAVERLEIGH SYMPHONY ORCHESTRA", 1500, bold=True, color=GOLD)],
        ),
        sp(
            ids,
            0.9,
            1.95,
            11.6,
            1.3,
            [para("Tuned for the Next Century", 6000, bold=True, color=WHITE)],
        ),
        sp(ids, 0.9, 3.3, 11.6, 0.7, [para("Our strategy for 2027\u20132030", 2600, color=WHITE)]),
        sp(
            ids,
            0.9,
            5.5,
            11.6,
            1.0,
            [
                para(
                    "Board away day \u00b7 Elgar Room, Wainhouse Hall \u00b7 Saturday 15 May 2027",
                    1400,
                    color=WHITE,
                ),
                para(
                    "Presented by the Chief Executive and the Director of Concerts and Planning",
                    1400,
                    color=WHITE,
                    before=300,
                ),
            ],
        ),
    ]


def s02(ids: Ids) -> list[str]:
    out = header(
        ids,
        "WHERE WE ARE",
        "The 2026/27 season in figures",
        "A good year in the hall, a thin one everywhere else",
        2,
    )
    stats = [
        ("96", "concerts in 2026/27", "62 at the Wainhouse Hall, 34 on tour in 19 towns"),
        (
            "2 in 3",
            "seats filled on an average concert night at the Wainhouse Hall",
            "full houses only for Messiah and New Year",
        ),
        (
            "8,940",
            "renewal forms posted back or handed in at the box office",
            "each one keyed in by hand",
        ),
        ("71", "the median age of our subscribers", "from the 2026 audience survey"),
        ("5,200", "children at our schools concerts and workshops", "in 23 primary schools"),
        ("\u00a31.31m", "spent on touring", "against \u00a30.98m of touring income"),
        (
            "4 weeks",
            "how far ahead a player knows where they will be working",
            "our agreement with the players asks for three",
        ),
        (
            "\u00a32.05m",
            "from Arts Council England as a National Portfolio Organisation",
            "31% of our income",
        ),
    ]
    for k, (big, l1, l2) in enumerate(stats):
        x = 0.6 + (k % 4) * 3.05
        y = 1.95 + (k // 4) * 2.45
        out.append(tile(ids, x, y, 2.85, 2.25, big, l1, l2, color=GREY))
    return out


def s03(ids: Ids) -> list[str]:
    out = header(ids, "WHY WE MUST CHANGE", "What holds us back", None, 3)
    out.append(
        sp(
            ids,
            0.6,
            1.6,
            7.6,
            5.2,
            typed(
                [
                    "\u2013 Subscribers renew on a paper form posted with the brochure, and fewer "
                    "renew every season",
                    "\u2013 First-time bookers rarely come a second time, and we cannot see what "
                    "brought them",
                    "\u2013 Nothing we play is seen or heard beyond the people in the room",
                    "\u2013 Our schools work rests on 14 players and a grant that ends in August 2028",
                    "\u2013 Tours are costed town by town, and players learn their schedule four "
                    "weeks ahead",
                ],
                1800,
            ),
        )
    )
    out.append(
        panel(
            ids,
            8.6,
            1.7,
            4.1,
            4.6,
            "FOR THE RECORD",
            [
                "1981/82, our golden jubilee season: 31,400 subscribers",
                "The Tynebridge Philharmonic's streaming hall: 9,200 paying members in its "
                "third year",
                "Any fixing to the auditorium's plasterwork needs listed building consent",
            ],
            1400,
        )
    )
    return out


def s04(ids: Ids) -> list[str]:
    out = header(ids, "OUR AMBITION", "Where we will be by July 2030", None, 4)
    out += [
        sp(ids, 0.6, 1.55, 12.1, 0.36, [para("NORTH STAR", 1300, bold=True, color=GOLD)]),
        sp(
            ids,
            0.6,
            1.9,
            12.1,
            1.05,
            [
                para(
                    "A full hall, a full screen and a full diary for the orchestra that belongs "
                    "to Haverleigh",
                    2600,
                    bold=True,
                    color=WINE,
                )
            ],
        ),
    ]
    goals = [
        ("In the hall", "72% of subscribers renewing by the 2029/30 season, most of them online"),
        (
            "On screen",
            "The Digital Concert Hall open to paying members by the opening night of the "
            "2028/29 season",
        ),
        ("In schools", "Music part of every child's school year in north Haverleigh"),
    ]
    for k, (head, text) in enumerate(goals):
        out.append(panel(ids, 0.6 + k * 4.1, 3.15, 3.9, 1.9, head, [text], 1500))
    out.append(sp(ids, 0.6, 5.25, 12.1, 0.36, [para("THREE STEPS", 1300, bold=True, color=GOLD)]))
    steps = [
        ("Get ready", "a new box office, the first streams, a schools partnership"),
        ("Launch", "the Digital Concert Hall opens and the new schedule pattern starts"),
        ("Grow", "more members, more schools, tours that pay their way"),
    ]
    for k, (head, text) in enumerate(steps):
        out.append(
            sp(
                ids,
                0.6 + k * 4.1,
                5.65,
                3.9,
                1.2,
                [para(head, 1600, bold=True, color=WHITE), para(text, 1200, color=WHITE)],
                fill=WINE,
                geom="homePlate",
            )
        )
    return out


def s05(ids: Ids) -> list[str]:
    out = header(ids, "WHO THIS PLAN IS FOR", "Four moments we are designing for", None, 5)
    out.append(
        sp(
            ids,
            0.6,
            1.65,
            7.4,
            4.9,
            typed(
                [
                    "1. Subscribers renewing for next season, online for the first time",
                    "2. Lunchtime listeners watching at home or at their desks",
                    "3. First-time bookers at the Wainhouse Hall, between their first and second "
                    "concert",
                    "4. Primary schools in north Haverleigh, through the school year",
                ],
                1900,
            ),
        )
    )
    out.append(
        panel(
            ids,
            8.5,
            1.65,
            4.2,
            4.9,
            "NOT IN THIS PLAN",
            [
                "Hall hires, conferences and weddings",
                "The Haverleigh Youth Orchestra, which its own trust runs",
                "Bar and catering, contracted to Fennel & Rye until 2031",
                "Commercial recordings for record labels",
                "Tours abroad",
            ],
            1400,
        )
    )
    return out


def pillar(
    ids: Ids,
    page: int,
    eyebrow: str,
    title: str,
    initiatives: Sequence[str],
    know: Sequence[str],
) -> list[str]:
    out = header(ids, eyebrow, title, None, page)
    out.append(sp(ids, 0.6, 1.6, 7.7, 0.36, [para("WHAT WE WILL DO", 1200, bold=True, color=GOLD)]))
    out.append(sp(ids, 0.6, 2.0, 7.7, 4.8, bullets(initiatives, 1600)))
    out.append(panel(ids, 8.7, 1.6, 4.0, 5.0, "HOW WE WILL KNOW", know, 1500))
    return out


def s06(ids: Ids) -> list[str]:
    return pillar(
        ids,
        6,
        "PILLAR 1 \u00b7 TICKETING AND AUDIENCES",
        "One box office, one record of every listener",
        [
            "Move the box office from BoxMaster to Proscenia, ticketing and CRM in one, before "
            "renewals open in February 2028",
            "Clean and merge the 61,000 customer records before they move",
            "Put subscription renewal online, and keep the paper form for anyone who asks for it",
            "Sell every concert we promote in Haverleigh through Proscenia, whatever the venue",
            "Thank every first-time booker within a week and offer them a second concert at "
            "half price",
        ],
        [
            "72% of subscribers renewing by the 2029/30 season",
            "65% of renewals made online by the February 2030 renewals",
            "35% of first-time bookers booking again within 12 months",
        ],
    )


def s07(ids: Ids) -> list[str]:
    return pillar(
        ids,
        7,
        "PILLAR 2 \u00b7 STREAMING",
        "The Digital Concert Hall",
        [
            "Stream the Lunchtime Series first, then the Friday Symphony Series from the "
            "Wainhouse Hall",
            "Install four remote cameras and broadcast cabling in the Wainhouse Hall, within the "
            "listed building consent",
            "Clear streaming rights for every work before the concert is announced",
            "Agree a streaming fee for the players with the Players' Committee",
            "Sell membership by the month or by the season, with the concert archive included",
        ],
        [
            "\u00a3240k of Digital Concert Hall income in 2029/30",
            "Aim: a million views of our concert films online by July 2030",
        ],
    )


def s08(ids: Ids) -> list[str]:
    return pillar(
        ids,
        8,
        "PILLAR 3 \u00b7 LEARNING",
        "Sound Start: an orchestra in the classroom",
        [
            "Sign a three-year partnership with the Haverleigh North Schools Trust for its 24 "
            "primary schools",
            "Train 30 players as workshop leaders by June 2028: the Head of Learning and the "
            "Head of Participation",
            "Renew DBS checks for every player who works in schools",
            "Stream a schools concert into classrooms every half-term through the Digital "
            "Concert Hall",
            "Find the money to carry Sound Start past August 2028",
        ],
        ["12,000 pupils a year in Sound Start by the 2029/30 school year"],
    )


def s09(ids: Ids) -> list[str]:
    return pillar(
        ids,
        9,
        "PILLAR 4 \u00b7 TOURING AND THE PLAYERS' SCHEDULE",
        "On the road and on the rota",
        [
            "Publish each player's schedule 12 weeks ahead in the OrchPlan players' app",
            "Move deputy and extra player bookings out of the spreadsheet and into OrchPlan",
            "Consult the Players' Committee on a new schedule pattern to start in September 2028",
            "Plan every tour from one costed template, agreed with the promoter before dates are "
            "announced",
            "Give every tour venue a written get-in plan for the stage crew and the two "
            "instrument vans",
        ],
        [
            "Players know their schedule 12 weeks ahead from September 2028",
            "70% of tour dates covering their costs in 2029/30",
        ],
    )


KPI_TILES = [
    ("72%", "Subscribers who renew for the next season", "from 61% \u00b7 by the 2029/30 season"),
    (
        "65%",
        "Renewals made online",
        "from none (paper only) \u00b7 by the February 2030 renewals",
    ),
    ("80%", "Seats sold at Wainhouse Hall concerts", "from 66% \u00b7 by the 2029/30 season"),
    (
        "35%",
        "First-time bookers who book again within 12 months",
        "from 21% \u00b7 by July 2030",
    ),
    ("\u00a3240k", "Digital Concert Hall income", "from nil \u00b7 in 2029/30"),
    (
        "12,000",
        "Pupils taking part in Sound Start",
        "from 5,200 \u00b7 in the 2029/30 school year",
    ),
    ("12 weeks", "Notice players get of their schedule", "from 4 weeks \u00b7 from September 2028"),
    ("70%", "Tour dates that cover their costs", "from 47% \u00b7 in 2029/30"),
    (
        "Higher",
        "Audiences who feel welcome at our concerts",
        "baseline from our first survey this autumn \u00b7 target to follow",
    ),
]


def s10(ids: Ids) -> list[str]:
    out = header(
        ids,
        "MEASURES",
        "How we will know",
        "Targets in large type; baselines are the 2026/27 season unless stated",
        10,
    )
    for k, (big, l1, l2) in enumerate(KPI_TILES):
        x = 0.6 + (k % 3) * 4.1
        y = 1.85 + (k // 3) * 1.7
        out.append(tile(ids, x, y, 3.9, 1.6, big, l1, l2))
    return out


def s11(ids: Ids) -> list[str]:
    out = header(ids, "HOW THE PLAN RUNS", "Season by season", None, 11)
    out.append(
        sp(
            ids,
            0.6,
            1.6,
            12.1,
            1.1,
            typed(
                [
                    "Our concert season runs from September to June; the Summer Festival runs in "
                    "July.",
                    "This plan covers the 2027/28, 2028/29 and 2029/30 seasons: September 2027 to "
                    "July 2030, Festival 2030 included.",
                ],
                1700,
            ),
        )
    )
    steps = [
        ("2027/28: get ready", "the 2027/28 season and Festival 2028"),
        ("2028/29: launch", "the 2028/29 season and Festival 2029"),
        (
            "2029/30 and Festival 2030: grow",
            "the 2029/30 season and Festival 2030, to the last night on Saturday 27 July 2030",
        ),
    ]
    for k, (head, text) in enumerate(steps):
        out.append(
            sp(
                ids,
                0.6 + k * 4.1,
                3.05,
                3.9,
                1.75,
                [para(head, 1700, bold=True, color=WHITE), para(text, 1300, color=WHITE)],
                fill=WINE,
                geom="roundRect",
            )
        )
    out.append(
        sp(
            ids,
            0.6,
            5.1,
            12.1,
            1.6,
            typed(
                [
                    "Each step hands over to the next on 1 September, when rehearsals for the new "
                    "season begin; August is the orchestra's summer break.",
                    "Gate 1 comes before subscription renewals open in February 2028; Gate 2 "
                    "before we launch.",
                ],
                1500,
                color=GREY,
            ),
        )
    )
    return out


# the roadmap's columns: (head, months), left edge and width in inches
COLUMNS = [
    ("2027/28 season", "Sep\u2013Jun", 2.35, 2.2),
    ("Festival 2028", "Jul", 4.6, 0.95),
    ("2028/29 season", "Sep\u2013Jun", 5.6, 2.2),
    ("Festival 2029", "Jul", 7.85, 0.95),
    ("2029/30 season", "Sep\u2013Jun", 8.85, 2.2),
    ("Festival 2030", "Jul", 11.1, 0.95),
]
BEYOND = (12.1, 1.05)


def _span(first: int, last: int) -> tuple[float, float]:
    x = COLUMNS[first][2]
    return x, COLUMNS[last][2] + COLUMNS[last][3] - x


def s12(ids: Ids) -> list[str]:
    out = header(ids, "ROADMAP", "The road to Festival 2030", None, 12)
    gid = ids.next()
    heads = [
        sp(ids, x, 1.5, w, 0.58, [para(h, 1100, bold=True), para(m, 900, color=GREY)])
        for h, m, x, w in COLUMNS
    ]
    heads.append(
        sp(
            ids,
            BEYOND[0],
            1.5,
            BEYOND[1],
            0.58,
            [para("Beyond this plan", 1100, bold=True, color=GREY), para("later", 900, color=GREY)],
        )
    )
    out.append(group(gid, (2.35, 1.5, 10.8, 0.58), heads))

    gid = ids.next()
    bands = []
    for name, (first, last) in [
        ("2027/28: get ready", (0, 1)),
        ("2028/29: launch", (2, 3)),
        ("2029/30 and Festival 2030: grow", (4, 5)),
    ]:
        x, w = _span(first, last)
        bands.append(
            sp(
                ids,
                x,
                2.15,
                w - 0.05,
                0.42,
                [para(name, 1100, bold=True, color=WHITE, algn="ctr")],
                fill=WINE,
                geom="roundRect",
                anchor="ctr",
            )
        )
    bands.append(
        sp(
            ids,
            BEYOND[0],
            2.15,
            BEYOND[1],
            0.42,
            [para("not in this plan", 900, color=GREY, algn="ctr")],
            fill=MIST,
            geom="roundRect",
            anchor="ctr",
        )
    )
    out.append(group(gid, (2.35, 2.15, 10.8, 0.42), bands))

    rows = [
        (
            "Box office and CRM",
            [
                ((0, 0), "Proscenia live, records cleaned, online renewals open"),
                ((2, 2), "Second-concert offer for first-time bookers"),
                ((4, 5), "65% of renewals online"),
            ],
        ),
        (
            "Digital Concert Hall",
            [
                ((0, 0), "Lunchtime Series streams from January 2028"),
                ((1, 1), "Test streams"),
                ((2, 3), "Members' hall opens on opening night; Friday series live"),
                ((4, 5), "Archive and schools streams; \u00a3240k income"),
            ],
        ),
        (
            "Sound Start",
            [
                ((0, 1), "Partnership signed; 30 workshop leaders trained"),
                ((2, 3), "24 schools in the partnership"),
                ((4, 5), "12,000 pupils a year"),
            ],
        ),
        (
            "Touring",
            [
                ((0, 0), "Costed tour template"),
                ((2, 3), "Tours sold on the template"),
                ((4, 5), "70% of dates covering costs"),
            ],
        ),
        (
            "Players' schedule",
            [
                ((0, 0), "Consult on the new pattern"),
                ((2, 5), "New pattern; schedules 12 weeks ahead"),
            ],
        ),
    ]
    for k, (label, bars) in enumerate(rows):
        y = 2.75 + k * 0.72
        gid = ids.next()
        kids = [sp(ids, 0.6, y, 1.7, 0.6, [para(label, 1100, bold=True, color=WINE)])]
        for (first, last), text in bars:
            x, w = _span(first, last)
            kids.append(
                sp(
                    ids,
                    x,
                    y,
                    w - 0.05,
                    0.6,
                    [para(text, 950, color=INK)],
                    fill=PALE,
                    line=GOLD,
                    geom="roundRect",
                    anchor="ctr",
                )
            )
        out.append(group(gid, (0.6, y, 11.45, 0.6), kids))

    gid = ids.next()
    marks = [
        sp(ids, 3.55, 6.42, 0.24, 0.24, fill=GOLD, geom="diamond"),
        sp(ids, 3.8, 6.36, 1.6, 0.36, [para("Gate 1 \u00b7 February 2028", 900, bold=True)]),
        sp(ids, 4.47, 6.42, 0.24, 0.24, fill=GOLD, geom="diamond"),
        sp(ids, 4.72, 6.36, 1.0, 0.36, [para("Gate 2", 900, bold=True)]),
        sp(ids, 5.55, 6.42, 0.24, 0.24, fill=WINE, geom="star5"),
        sp(ids, 5.8, 6.36, 2.3, 0.36, [para("Opening night 2028/29", 900, bold=True)]),
    ]
    out.append(group(gid, (3.55, 6.36, 4.55, 0.36), marks))
    out.append(
        sp(
            ids,
            12.1,
            2.75,
            1.05,
            3.5,
            [
                para("Centenary season 2031/32", 900, color=GREY),
                para("a plan of its own", 900, color=GREY, before=300),
            ],
            fill=MIST,
            geom="roundRect",
        )
    )
    return out


def s13(ids: Ids) -> list[str]:
    out = header(ids, "WHERE THE CAMERAS GO FIRST", "Small room first", None, 13)
    out.append(
        sp(
            ids,
            0.6,
            1.55,
            12.1,
            1.25,
            [
                para(
                    "We stream first at the Thursday Lunchtime Series at the Assembly Rooms: 20 "
                    "concerts of an hour, January to June 2028",
                    1900,
                    bold=True,
                    color=WINE,
                ),
                para(
                    "Why there: 420 seats, a chamber-sized orchestra, an audience that already "
                    "comes by day, and a room we can light without a rehearsal",
                    1400,
                    color=GREY,
                    before=500,
                ),
            ],
        )
    )
    out.append(
        sp(
            ids,
            0.6,
            2.95,
            7.9,
            0.36,
            [
                para(
                    "THE STEPS (L = the first stream, Thursday 13 January 2028)",
                    1200,
                    bold=True,
                    color=GOLD,
                )
            ],
        )
    )
    out.append(
        sp(
            ids,
            0.6,
            3.35,
            7.9,
            3.5,
            typed(
                [
                    "\u25b8 L \u2212 10 weeks: agree camera positions and cable runs with the "
                    "council's venue manager",
                    "\u25b8 L \u2212 6 weeks: clear the rights for all 20 programmes and agree the "
                    "players' fee for the spring",
                    "\u25b8 L \u2212 2 weeks: two rehearsal streams to an invited audience of "
                    "Friends",
                    "\u25b8 L: first stream, free to watch for anyone who registers",
                    "\u25b8 L + 8 weeks: price test, \u00a34 a concert or \u00a330 for the rest of "
                    "the spring",
                    "\u25b8 L + 20 weeks: report what we learned to the Programme Board, ahead of "
                    "Gate 2",
                ],
                1400,
            ),
        )
    )
    out.append(
        panel(
            ids,
            8.9,
            2.95,
            3.8,
            3.2,
            "WHAT WE WILL LEARN",
            ["Whether people pay, when they watch, and what an hour of streaming costs us"],
            1500,
        )
    )
    return out


def s14(ids: Ids) -> list[str]:
    out = header(ids, "GATES AND MILESTONES", "What good looks like", None, 14)
    cols = [
        (
            "Gate 1 \u00b7 before subscription renewals open in February 2028",
            [
                "All 61,000 customer records moved to Proscenia, fewer than 1 in 100 duplicated",
                "Every box office and front-of-house team member trained on Proscenia",
                "A subscriber can renew online in under ten minutes, tried by 40 Audience Forum "
                "members",
                "If any one is not met, renewals open on paper and Proscenia waits for the summer",
                "Decided by the Chief Executive",
            ],
        ),
        (
            "Gate 2 \u00b7 ready for the launch season",
            [
                "1,500 people have watched a Lunchtime Series stream and 300 have paid for one",
                "Four cameras and the broadcast cabling tested in the Wainhouse Hall",
                "The streaming fee for 2028/29 agreed with the Players' Committee",
                "All met by Friday 30 June 2028, for the Board's decision on Saturday 8 July 2028",
            ],
        ),
        (
            "Milestone \u00b7 by the opening night of the 2028/29 season",
            [
                "The Digital Concert Hall open to paying members, with the Friday Symphony Series "
                "live",
                "Every player's schedule published 12 weeks ahead",
            ],
        ),
    ]
    for k, (head, lines) in enumerate(cols):
        out.append(
            sp(
                ids,
                0.6 + k * 4.1,
                1.6,
                3.9,
                5.2,
                [para(head, 1500, bold=True, color=WINE), *bullets(lines, 1250, char="\u2713")],
                fill=PALE,
            )
        )
    return out


def s15(ids: Ids) -> list[str]:
    out = header(ids, "RISKS", "What could put us out of tune", None, 15)
    rows = [
        ("Risk", "Likelihood", "Impact", "Mitigation"),
        (
            "Proscenia is not ready before renewals open",
            "Medium",
            "High",
            "Keep BoxMaster and the paper form running until Gate 1 is passed; Ostler's go-live "
            "team on site from 10 January 2028",
        ),
        (
            "Older subscribers find online renewal hard",
            "High",
            "Medium",
            "Run renewal help sessions in the foyer every Saturday morning in February",
        ),
        (
            "Few people pay to watch",
            "Medium",
            "High",
            "Price test during the Lunchtime Series; the Friday series goes behind the paywall "
            "only once Gate 2 is passed",
        ),
        (
            "No agreement on the streaming fee",
            "Low",
            "High",
            "Open talks in October 2027, starting from the Musicians' Union's national media terms",
        ),
        (
            "The schools grant ends in August 2028",
            "High",
            "High",
            "Apply to the Haverleigh Community Foundation and two trusts by December 2027",
        ),
        (
            "Tour costs rise with fuel and hotels",
            "Medium",
            "Medium",
            "Decline tour dates that do not cover 80% of their cost on the template",
        ),
        (
            "Listed building consent refused for camera fixings",
            "Low",
            "Medium",
            "Use free-standing camera towers at the back of the stalls",
        ),
    ]
    out.append(
        table(
            ids,
            0.6,
            1.55,
            [3.3, 1.25, 1.1, 6.45],
            rows,
            [0.4] + [0.66] * 7,
            1150,
        )
    )
    return out


def s16(ids: Ids) -> list[str]:
    out = header(
        ids,
        "FIRST 100 DAYS",
        "Tuning up: our first 100 days",
        "From Monday 6 September 2027 \u00b7 lead in brackets",
        16,
    )
    items = [
        "Sign the Proscenia go-live plan with Ostler Systems (Head of Box Office)",
        "Start cleaning and merging customer records in BoxMaster (Head of Box Office)",
        "Agree camera positions at the Assembly Rooms with the council (Digital Producer)",
        "Open talks on the streaming fee with the Players' Committee (Orchestra Manager)",
        "Clear the rights for the spring Lunchtime Series programmes (Librarian)",
        "Commission the camera and cabling survey of the Wainhouse Hall (Head of Technical)",
        "Apply for money to carry Sound Start past August 2028 (Director of Development)",
        "Set the baseline for every measure in Stave (Head of Insight)",
        "Draft the costed tour template with two promoters (Touring Manager)",
        "Renew DBS checks for the 14 Sound Start players (Safeguarding Lead)",
    ]
    out.append(sp(ids, 0.6, 1.95, 6.0, 4.9, bullets(items[:5], 1400)))
    out.append(sp(ids, 6.8, 1.95, 6.0, 4.9, bullets(items[5:], 1400)))
    return out


def s17(ids: Ids) -> list[str]:
    out = header(
        ids, "FROM THE FIRST REHEARSAL", "What changes on Monday 6 September 2027", None, 17
    )
    out.append(
        sp(
            ids,
            0.6,
            1.7,
            12.1,
            5.0,
            typed(
                [
                    "1. Players see the autumn schedule in OrchPlan, not on the sheet by the band "
                    "room door",
                    "2. Every deputy booking goes into OrchPlan on the day it is made",
                    "3. Every ticket question is logged against the customer's record in BoxMaster",
                    "4. No tour date is confirmed until it has been costed on the template",
                ],
                2000,
            ),
        )
    )
    return out


def s18(ids: Ids) -> list[str]:
    out = header(ids, "GOVERNANCE", "Who decides", None, 18)
    out.append(
        sp(
            ids,
            0.6,
            1.65,
            12.1,
            5.2,
            bullets(
                [
                    "Sponsor: the Chief Executive, who chairs the Programme Board",
                    "Members: the Director of Concerts and Planning, the Finance Director, the "
                    "Director of Development, the Head of Ticketing and Customer Services, the Head "
                    "of Digital and the Head of Learning; the Transformation Programme Manager is "
                    "secretary",
                    "The Programme Board meets on the first Wednesday of each month and reports to "
                    "every Board meeting",
                    "The Chief Executive takes Gate 1 under the Board's delegation; Gate 2 and any "
                    "change of scope come to the Board",
                    "The Players' Committee and the Audience Forum are consulted before each gate; "
                    "neither takes the decision",
                    "Arts Council England follows our progress through its annual survey and two "
                    "visits a year from our relationship manager",
                ],
                1600,
            ),
        )
    )
    return out


def s19(ids: Ids) -> list[str]:
    out = header(ids, "MONEY", "What it costs and who pays", None, 19)
    out.append(
        sp(
            ids,
            0.6,
            1.6,
            7.3,
            0.6,
            [para("One-off costs over three seasons: \u00a31.46m", 2200, bold=True, color=WINE)],
        )
    )
    out.append(
        sp(
            ids,
            0.6,
            2.3,
            7.3,
            3.6,
            bullets(
                [
                    "Proscenia: licence, migration and training \u00b7 \u00a3410k",
                    "Cameras, cabling and the streaming rig \u00b7 \u00a3290k",
                    "Sound Start for three school years \u00b7 \u00a3480k",
                    "OrchPlan players' app and the tour template \u00b7 \u00a360k",
                    "Programme office \u00b7 \u00a3220k",
                ],
                1600,
                char="\u2013",
            ),
        )
    )
    out.append(
        panel(
            ids,
            8.3,
            1.6,
            4.4,
            4.3,
            "PAID FOR BY",
            [
                "Our reserves \u00b7 \u00a3600k",
                "Arts Council England \u00b7 \u00a3350k, to be applied for",
                "Trusts and the Haverleigh Community Foundation \u00b7 \u00a3510k, to be raised",
            ],
            1400,
        )
    )
    out.append(
        sp(
            ids,
            0.6,
            6.2,
            12.1,
            0.5,
            [
                para(
                    "Running costs from 2029/30 (Proscenia, Hallstream, the streaming crew) are in "
                    "the operating budget",
                    1200,
                    color=GREY,
                )
            ],
        )
    )
    return out


def s20(ids: Ids) -> list[str]:
    out = header(ids, "BEYOND THIS PLAN", "The Centenary season 2031/32", None, 20)
    out.append(
        sp(
            ids,
            0.6,
            1.7,
            12.1,
            4.8,
            typed(
                [
                    "Our hundredth season opens in September 2031.",
                    "It is not part of this plan: the Board will see a centenary plan of its own in "
                    "autumn 2029.",
                    "What this plan leaves ready for it: a hall we can fill, a screen we can "
                    "broadcast on, schools that know us",
                    "Parked until then: a tour abroad, a commission for each decade of our history",
                ],
                1900,
            ),
        )
    )
    return out


def s21(ids: Ids) -> list[str]:
    out = header(ids, "DECISIONS", "What we ask of the Board today", None, 21)
    out.append(
        sp(
            ids,
            0.6,
            1.7,
            12.1,
            4.0,
            typed(
                [
                    "1. Approve Tuned for the Next Century for the 2027/28 to 2029/30 seasons",
                    "2. Release \u00a3600k from reserves for the get ready step",
                    "3. Delegate Gate 1 to the Chief Executive",
                    "4. Back our application to Arts Council England for \u00a3350k, to go in by 30 "
                    "September 2027",
                ],
                2000,
            ),
        )
    )
    out.append(
        sp(
            ids,
            0.6,
            5.9,
            12.1,
            0.7,
            [
                para(
                    "We will report against every measure after the last night of Festival 2030, "
                    "when this plan closes.",
                    1500,
                    color=GREY,
                )
            ],
        )
    )
    return out


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
    s21,
]
assert len(SLIDES) == PAGES

NOTES = {
    2: "Sources: the 2026/27 annual accounts, box office reports from Stave and the 2026 audience "
    "survey. The touring figure includes the players' touring allowances.",
    13: "The Assembly Rooms belong to the city council and our hire runs to July 2030. The venue "
    "manager has agreed in principle to cameras on the balcony rail.",
    15: "Likelihood and impact were scored by the Programme Board on Wednesday 5 May 2027.",
    20: "The centenary dates are pencilled in the Wainhouse Hall diary; nothing is booked or "
    "budgeted.",
}


def build_deck() -> bytes:
    prs = Presentation()
    prs.slide_width, prs.slide_height = Emu(12192000), Emu(6858000)
    keep = {"Title Slide": "Title & Subtitle", "Blank": "Blank"}
    for layout in list(prs.slide_layouts):
        if layout.name not in keep:
            prs.slide_layouts.remove(layout)
    for layout in prs.slide_layouts:
        layout._element.cSld.set("name", keep[layout.name])
    cover, blank = prs.slide_layouts[0], prs.slide_layouts[1]
    for n, make in enumerate(SLIDES, start=1):
        slide = prs.slides.add_slide(cover if n == 1 else blank)
        tree = slide.shapes._spTree
        for ph in list(slide.placeholders):
            tree.remove(ph._element)
        for xml in make(Ids(n * 1000)):
            tree.append(etree.fromstring(xml))
        if n in NOTES:
            slide.notes_slide.notes_text_frame.text = NOTES[n]
    core = prs.core_properties
    core.author = "Ruth Penhaligon"
    core.last_modified_by = "Ruth Penhaligon"
    core.title = "Tuned for the Next Century"
    core.subject = ""
    core.keywords = ""
    core.comments = ""
    core.category = ""
    core.revision = 1
    buffer = io.BytesIO()
    prs.save(buffer)
    src = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/app.xml":
                body = APP_XML.format(slides=len(SLIDES), notes=len(NOTES)).encode("utf-8")
            elif info.filename == "ppt/presentation.xml":
                body = body.replace(b' type="screen4x3"', b"")
            dst.writestr(info.filename, body)
    return normalize_zip(out.getvalue(), STAMP)


# =========================================================================== the roster (DOCX)

STRUCTURE_HEAD = "Haverleigh Symphony Orchestra: staff structure"
STRUCTURE_INTRO = (
    "This is the staff structure at 1 April 2027, as approved by the Board's People and "
    "Remuneration Committee. It lists posts, not post-holders: the 58 contracted players, the "
    "Leader and the Principal Conductor are not shown, and their terms are in the local agreement "
    "with the players. Several of our papers still use older titles: the Head of Ticketing and "
    "Customer Services was the Head of Box Office until 2026, and the Hall Technical Manager is "
    "often called the Head of Technical. The two consultative bodies at the foot of the table are "
    "not posts and manage no one; they are listed because the Programme Board must consult them."
)
POSTS = [
    ("Post", "Department", "Line manager", "Key responsibilities"),
    (
        "Chief Executive",
        "Executive",
        "Board of Trustees",
        "Leads the orchestra and the Wainhouse Hall. Sponsor of Tuned for the Next Century and "
        "chair of its Programme Board; takes Gate 1 under the Board's delegation. The relationship "
        "with Arts Council England and with Haverleigh City Council.",
    ),
    (
        "Director of Concerts and Planning",
        "Concerts and Planning",
        "Chief Executive",
        "Plans the season, the Lunchtime Series and the Summer Festival with the Principal "
        "Conductor: the concert calendar and every programme's repertoire. Engages conductors and "
        "soloists. Holds the concerts and festival budgets.",
    ),
    (
        "Orchestra Manager",
        "Concerts and Planning",
        "Director of Concerts and Planning",
        "Players' schedules, calls and leave in OrchPlan, and the notice players get of them. The "
        "schedule pattern and its consultation. The local agreement with the players and the "
        "Musicians' Union, including session, media and streaming fees. Books deputies and extra "
        "players; booking them relies on a spreadsheet kept outside OrchPlan.",
    ),
    (
        "Orchestra Librarian",
        "Concerts and Planning",
        "Orchestra Manager",
        "Scores and parts for every programme and hire material from publishers. Licences to "
        "perform, record and stream copyright works, including the rights for every concert we "
        "stream.",
    ),
    (
        "Touring and Engagements Manager",
        "Concerts and Planning",
        "Director of Concerts and Planning",
        "Sells concerts to promoters and festivals: tour dates, fees and contracts. Travel and "
        "hotels for players and staff on tour. Costs every tour date and holds the touring "
        "budget.",
    ),
    (
        "Stage and Transport Manager",
        "Concerts and Planning",
        "Orchestra Manager",
        "The stage crew and platform plans. Get-ins and get-outs at the Wainhouse Hall, the "
        "Assembly Rooms and every tour venue. The two instrument vans, their drivers and "
        "loading.",
    ),
    (
        "Head of Ticketing and Customer Services",
        "Audiences",
        "Chief Executive",
        "The box office, in person, by phone and online. System owner of BoxMaster and, from "
        "go-live, Proscenia: its customer records, their cleaning and merging, and the subscriber "
        "list. Subscriptions and renewals. Trains and rotas box office staff, including on the "
        "ticketing system.",
    ),
    (
        "Head of Marketing and Communications",
        "Audiences",
        "Chief Executive",
        "The season brochure, campaigns, press and social media. Seat sales for the concerts we "
        "promote and the return of first-time bookers. Prices and offers for concerts and for the "
        "Digital Concert Hall, agreed with the Finance Director.",
    ),
    (
        "Audience Insight Manager",
        "Audiences",
        "Head of Marketing and Communications",
        "Stave, our reporting database, and its Power BI dashboards. The monthly measures report "
        "to the Programme Board and the Board. Definitions and baselines of every measure. "
        "Audience surveys.",
    ),
    (
        "Head of Digital",
        "Digital",
        "Chief Executive",
        "The website and the Digital Concert Hall on Hallstream: its paywall, membership and "
        "members' accounts. IT, the network and cyber security. The link between Proscenia and "
        "the website.",
    ),
    (
        "Digital Content Producer",
        "Digital",
        "Head of Digital",
        "Films and live streams: camera direction, the portable streaming rig, editing, captions "
        "and the concert archive. Runs every stream on the night, at the Wainhouse Hall, at the "
        "Assembly Rooms and on tour.",
    ),
    (
        "Hall Manager",
        "Wainhouse Hall",
        "Chief Executive",
        "Runs the Wainhouse Hall: front of house, ushers and the welcome at every concert. The "
        "premises licence, the listed building and its consents, hires, and the bar and catering "
        "contract. Health and safety.",
    ),
    (
        "Hall Technical Manager",
        "Wainhouse Hall",
        "Hall Manager",
        "Sound, lighting and the hall's broadcast installation: fixed cameras, cabling and the "
        "control room. The technical crew. Any fixing in the auditorium, within the listed "
        "building consent.",
    ),
    (
        "Head of Learning",
        "Learning and Participation",
        "Chief Executive",
        "Sound Start and every schools concert. Partnerships with schools and trusts of schools. "
        "Teachers' resources. Trains players as workshop leaders with the Head of Participation.",
    ),
    (
        "Head of Participation",
        "Learning and Participation",
        "Chief Executive",
        "Community ensembles, Come and Play days and players' work in community settings. The "
        "orchestra's Designated Safeguarding Lead: DBS checks for every player and member of "
        "staff who works with children. Trains players as workshop leaders with the Head of "
        "Learning.",
    ),
    (
        "Director of Development",
        "Development",
        "Chief Executive",
        "Trusts and foundations, sponsors, Friends and individual giving, Gift Aid. Applications "
        "to Arts Council England's project funds, written with the Chief Executive.",
    ),
    (
        "Finance Director",
        "Finance and Resources",
        "Chief Executive",
        "Budgets, reserves and cash flow; releases programme money once the Board has approved "
        "it. Contracts and procurement, including Proscenia and Hallstream. The Sage accounts and "
        "the touring ledger.",
    ),
    (
        "Head of People",
        "Finance and Resources",
        "Finance Director",
        "Recruitment, contracts and pay for staff and players. Induction, statutory and "
        "management training, and the training budget. PeopleFile, our HR and training records "
        "system.",
    ),
    (
        "Transformation Programme Manager",
        "Executive",
        "Chief Executive",
        "Runs the programme office for Tuned for the Next Century: the plan, the risk log, gate "
        "papers and the Programme Board's minutes. Owns no workstream.",
    ),
    (
        "Players' Committee (Musicians' Union)",
        "Consultative bodies",
        "Not line-managed (consulted)",
        "Seven players elected by the orchestra's Musicians' Union members. Consulted on "
        "schedules, media and streaming, and touring conditions; decides nothing for the "
        "management.",
    ),
    (
        "Audience Forum",
        "Consultative bodies",
        "Not line-managed (consulted)",
        "About 30 audience members who meet four times a season. Consulted on ticketing, prices "
        "and the welcome at concerts, and tries new services before they open.",
    ),
]


def build_roster() -> bytes:
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(10)
    doc.add_heading(STRUCTURE_HEAD, level=1)
    doc.add_paragraph(STRUCTURE_INTRO)
    tab = doc.add_table(rows=len(POSTS), cols=4)
    tab.style = "Table Grid"
    for r, row in enumerate(POSTS):
        for c, text in enumerate(row):
            cell_ = tab.cell(r, c)
            cell_.text = ""
            run_ = cell_.paragraphs[0].add_run(text)
            run_.bold = r == 0 or c == 0
    return ooxml_bytes(
        doc,
        ROSTER_STAMP,
        author="Mark Osei",
        last_modified_by="Mark Osei",
        title="Staff structure",
        revision=4,
    )


# =========================================================================== the org folder

PLAYERS = """
# Local agreement between Haverleigh Symphony Orchestra and its players (extract)

Agreed with the Players' Committee and the Musicians' Union, September 2025. This extract covers
the clauses that bear on Tuned for the Next Century; the full agreement is kept by the Orchestra
Manager.

## Clause 1: the Players' Committee

1.1 The Players' Committee is seven players elected each June by the orchestra's Musicians' Union
members. It speaks for the players and does not manage any part of the orchestra's work.

1.2 The Committee meets the Orchestra Manager every month and the Chief Executive every
quarter.

## Clause 2: schedules

2.1 A player's schedule for a week must be published at least three weeks before that week
starts.

2.2 No player is called for more than eight sessions in a week, or for more than two concerts on
consecutive days when one of them is away from Haverleigh.

2.3 A new schedule pattern may start only at the beginning of a season.

## Clause 3: media, recording and streaming

3.1 The Players' Committee must be consulted before any concert is filmed, recorded or streamed
in a new way, and before any change to the schedule pattern; the consultation lasts at least 30
days.

3.2 A concert streamed live and free to watch is paid at 10% of the session fee. A fee for
streams that viewers pay for has not been agreed and will be negotiated from the Musicians'
Union's national media terms.

3.3 A recording kept in an archive for more than 90 days is paid as a new use.

## Clause 4: touring

4.1 Players travel in the orchestra's coach or by rail; hotel rooms are single.

4.2 A tour day that ends more than 100 miles from Haverleigh includes an overnight stay.
"""

BOARD_TERMS = """
# Tuned for the Next Century Programme Board: terms of reference

Approved by the Board of Trustees, March 2027.

## Purpose

To run Tuned for the Next Century from September 2027 to the end of Festival 2030, and to take
the decisions the Board of Trustees delegates to it.

## Chair and members

The Chief Executive is the sponsor and chairs the Programme Board.

Members: the Director of Concerts and Planning, the Finance Director, the Director of
Development, the Head of Ticketing and Customer Services, the Head of Digital and the Head of
Learning. The Transformation Programme Manager is secretary. Other heads attend when their work
is on the agenda.

The Players' Committee and the Audience Forum send one member each to the meeting before each
gate; they are consulted and do not vote.

## Decisions

The Board of Trustees delegates Gate 1 to the Chief Executive. Gate 2, any change of scope and
any spend not in an approved step budget go to the Board of Trustees.

The Finance Director releases each step's money once the Board of Trustees has approved it.

Gate 1 is taken at the Programme Board of Wednesday 2 February 2028, before renewals open on
Monday 7 February 2028.

## Cadence

The Programme Board meets on the first Wednesday of each month and reports to every meeting of
the Board of Trustees.
"""

FORUM = """
Haverleigh Symphony Orchestra Audience Forum: terms of reference

The Audience Forum is about 30 members of our audiences, chosen each September from those who
apply, with places kept for first-time bookers and for people under 30.

It meets four times a season, at the Wainhouse Hall, with the Head of Marketing and
Communications as its secretary.

The Forum is consulted on ticketing, prices and the welcome at our concerts, and it tries new
services before they open to the public.

The Forum gives advice; it takes no decisions and runs no part of the orchestra's work.
"""

SYSTEMS = """
# Systems and data inventory

Kept by the Head of Digital. Last reviewed April 2027.

## Box office: BoxMaster 7

BoxMaster has been our box office system since 2009. It sells single tickets and subscriptions
at the box office, by phone and through the website.

BoxMaster runs only at the Wainhouse Hall box office: for the Assembly Rooms, the council's box
office sells our tickets and shares no buyers' names with us.

Booking history is not retained beyond six seasons in BoxMaster; anything older was deleted at
the 2021 upgrade.

BoxMaster's support contract ends on 31 March 2028.

## Ticketing and CRM: Proscenia

We signed with Ostler Systems for Proscenia, ticketing and CRM in one, in June 2027. The
Head of Ticketing and Customer Services is its system owner. Go-live is planned for January 2028,
with subscription renewals online from February 2028.

## Website

The website is built and hosted by Fieldnote Digital and managed by the Head of Digital. Its
booking pages are BoxMaster's web module until Proscenia goes live.

## Digital Concert Hall: Hallstream

Hallstream is the streaming platform we signed with in March 2027: the video player, paywall,
viewer accounts and an archive for our films.

Hallstream cannot take a monthly payment: a viewer can buy one concert or a whole season, nothing
in between.

## Reporting: Stave and Power BI

Stave is our reporting database. It takes nightly feeds from BoxMaster, Sage and OrchPlan, and
the Audience Insight Manager publishes Power BI dashboards from it every month.

## Players' schedules: OrchPlan

OrchPlan holds every player's sessions, concerts, tours and leave. Its players' app is part of
our licence and will be switched on in September 2027.

## People and money

PeopleFile is our HR and training records system, kept by the Head of People. Sage holds the
accounts and the touring ledger.

## Broadcast at the Wainhouse Hall

The hall has a control room with a sound desk, and two fixed cameras that feed the foyer
screens. The network has a 1 Gbit/s line.
"""

MEASURES = """
# Measures: definitions, owners and baselines

Kept by the Audience Insight Manager. Baselines are for the 2026/27 season unless stated.

| Measure | Definition | Owner | Baseline | Source |
|---|---|---|---|---|
| Subscription renewal rate | Subscribers of one season who subscribe again for the next | Head of Ticketing and Customer Services | 61% | BoxMaster, through Stave |
| Renewals made online | Renewals made on the website as a share of all renewals | Head of Ticketing and Customer Services | 0% (paper forms only) | Proscenia, from February 2028 |
| Seats sold | Seats sold as a share of seats on sale, Wainhouse Hall concerts we promote | Head of Marketing and Communications | 66% | BoxMaster, through Stave |
| First-time bookers who return | First-time bookers in a season who book again within 12 months | Head of Marketing and Communications | 21% | Stave |
| Digital Concert Hall income | Hallstream sales after the platform's fees | Head of Digital | nil | Hallstream statements |
| Pupils in Sound Start | Pupils who take part in at least three Sound Start sessions in a school year | Head of Learning | 5,200 | The Sound Start register |
| Schedule notice | Median weeks between publishing a player's schedule and its first session | Orchestra Manager | 4 weeks | OrchPlan |
| Tour dates covering their costs | Tour dates whose fee and sales cover their direct costs | Touring and Engagements Manager | 47% | The touring ledger in Sage |
| Audiences who feel welcome | Share agreeing with "I felt welcome" in the survey after a concert | Hall Manager | none yet | Post-concert survey, from autumn 2027 |

Proscenia is not yet connected to Stave, so no measure can be read from the new box office until
the link is built.

No target has been set for audiences who feel welcome; the Audience Forum asked to help word the
question before the first survey.

The renewal rate is counted once a year, when renewals close at the end of April.
"""

VENUES = """
# Venues and touring: notes for the strategy

Prepared by the Director of Concerts and Planning with the Hall Manager, April 2027.

## The Wainhouse Hall

The Wainhouse Hall opened in 1904 and has 1,850 seats. The orchestra has owned and run it since
1987.

The auditorium is listed at Grade II*. Nothing may be fixed to its plasterwork without listed
building consent, and the city council takes at least eight weeks to decide an application.

The Hall Technical Manager has marked four places on the balcony front and the organ gallery
where cameras could go.

## The Assembly Rooms

The Assembly Rooms belong to Haverleigh City Council. We hire them for the Thursday Lunchtime
Series, 20 concerts a season of about an hour, under a hire agreement that runs to July 2030.

The Assembly Rooms has no broadcast cabling and no fixed camera positions, and the council's
venue manager must agree any temporary equipment in the building with 28 days' notice.

## Touring

We played 34 tour dates in 19 towns in 2026/27, most of them for promoters who pay a fee and keep
the ticket income.

The instruments travel in our two vans; the older van dates from 2014.

Tour costs are recorded in the touring ledger in Sage after each tour.
"""

LEARNING = """
Sound Start: notes on the learning programme

Prepared by the Head of Learning, April 2027.

Sound Start takes small groups of our players into primary schools for a term of workshops, and
ends each term with a schools concert at the Wainhouse Hall.

In 2026/27, 5,200 pupils in 23 primary schools took part.

Sound Start is paid for by the Harwood Trust until 31 August 2028; the trust has said it will not
fund a third round.

The Haverleigh North Schools Trust runs 24 primary schools in the north of the city and has
asked us to work with all of them from September 2028.

Our DBS register only covers the 14 players in the Sound Start ensembles.

Workshop leader training is run jointly by the Head of Learning and the Head of Participation,
using the Open Strings course.
"""

EMAIL = """
From: Head of Ticketing and Customer Services
To: Transformation Programme Manager
Date: 22 April 2027
Subject: Renewals this spring, for the strategy

Hello,

The 2027/28 renewals closed on Friday. We keyed 8,940 forms between February and April, with
three temporary staff for six weeks.

The renewal forms themselves are kept on paper in the box office until the season ends.

About a third of subscribers rang us instead of writing, and many asked whether they could renew
online next year.

I am still "Head of Box Office" on the door and in the brochure, so you may see both titles in
the papers.

Regards,
Head of Ticketing and Customer Services
"""

ORG_TEXT = {
    "org/people/players-committee-agreement.md": PLAYERS,
    "org/governance/programme-board-terms-of-reference.md": BOARD_TERMS,
    "org/governance/audience-forum-terms.txt": FORUM,
    "org/systems/systems-and-data-inventory.md": SYSTEMS,
    "org/measures/measures-and-baselines.md": MEASURES,
    "org/context/venues-and-touring.md": VENUES,
    "org/context/sound-start-notes.txt": LEARNING,
    "org/context/email-2027-04-22-renewals.txt": EMAIL,
}


def build(out: Path) -> None:
    root = out / CASE
    files: dict[str, str | bytes] = {DECK: build_deck(), ROSTER: build_roster()}
    files.update(ORG_TEXT)
    write_files(root, files)


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
