"""Build the blind19 case ``ballet-company``: its deck and its org folder, deterministically.

Run from the repository root with the project's venv (python-pptx, python-docx and lxml):

    .venv/bin/python evals/blind19/build_ballet_company.py [out]

Writes, under ``evals/blind19/ballet-company/`` (or ``<out>/ballet-company/``):

- ``Dancing Further 2028-2031 - board strategy day.pptx``: a national ballet company's plan for
  audiences and operations, a 16:9 deck made in APPLE KEYNOTE and exported to PowerPoint:
  ``docProps/app.xml`` names Keynote and its version, the package keeps two generic layouts
  ("Title & Subtitle" for the cover, "Blank" for the rest), no slide carries a placeholder,
  every title is a free text box, every ``p:sp`` is a plain shape without ``txBox="1"`` named
  "Text N" or "Shape N" (groups "Group N", the one native table "Table N"), every text frame
  has Keynote's explicit insets, every paragraph an ``a:pPr`` and every run its size. Bullets
  are ``a:buChar`` on some slides and typed characters on others; speaker notes sit on four
  slides. The KPI slide is a grid of GROUPED tiles (a rounded card, a big number, a two-line
  label); the roadmap is drawn with grouped rounded rectangles, text boxes and diamonds on the
  company's clock of seasons (October to May) and summer tours (June and July), with a "Later"
  column outside the plan.
- ``org/``: the company structure as a Word table (``people/company-structure.docx``: a
  heading, one paragraph, the table Post / Department / Line manager / Key responsibilities and
  the sponsor paragraph under it), the dancers' agreement summary, the programme board's terms
  of reference, the Audience Panel's terms, the systems and data register, the measures and
  baselines, and context notes on the theatre, touring, the schools programme and the first
  cinema partner.

Re-running it rewrites every file byte for byte: the PPTX and the DOCX through
``evals/dev16/_build.py`` (fixed ZIP entry times and document dates), the text files as
literal strings. It never touches ``gold.json``. This is a BLIND case (split "blind19").
"""

from __future__ import annotations

import io
import sys
import zipfile
from collections.abc import Callable, Sequence
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
CASE = "ballet-company"
DECK = "Dancing Further 2028-2031 - board strategy day.pptx"
ROSTER = "org/people/company-structure.docx"
STAMP = Stamp((2028, 6, 7, 21, 14, 36), "2028-06-07T21:14:36Z")
DOC_STAMP = Stamp((2028, 5, 2, 10, 5, 0), "2028-05-02T10:05:00Z")

EMU = 914400
NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
NS_P = "http://schemas.openxmlformats.org/presentationml/2006/main"
NSDECL = f'xmlns:a="{NS_A}" xmlns:p="{NS_P}"'
FONT = "Avenir Next"
INK = "1F1A2E"
PLUM = "4B2A63"
ROSE = "B0305C"
GREY = "6B6878"
PALE = "F3EEF6"
MIST = "E2DCE8"
WHITE = "FFFFFF"
PAGES = 21
FOOTER = "Brigantia National Ballet \u00b7 Dancing Further \u00b7 Board strategy day"

APP_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"'
    ' xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    "<Application>Keynote</Application><AppVersion>14.2</AppVersion>"
    "<Slides>{slides}</Slides><Notes>{notes}</Notes><HiddenSlides>0</HiddenSlides>"
    "<PresentationFormat>Custom</PresentationFormat></Properties>"
)


def emu(inches: float) -> int:
    return int(round(inches * EMU))


# =========================================================================== Keynote-style XML


class Ids:
    """Shape ids of one slide, counted on from the slide's own base."""

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
    """One paragraph with an explicit ``a:pPr``: a ``buChar`` bullet when ``bullet`` is given,
    else ``buNone``; one run of ``size`` hundredths of a point."""
    if bullet:
        ppr = (
            f'<a:pPr marL="228600" marR="0" indent="-228600" algn="{algn}" defTabSz="812800">'
            f'<a:lnSpc><a:spcPct val="100000"/></a:lnSpc><a:spcBef><a:spcPts val="{before}"/>'
            f'</a:spcBef><a:buClr><a:srgbClr val="{ROSE}"/></a:buClr><a:buSzPct val="100000"/>'
            f'<a:buFont typeface="{FONT}"/><a:buChar char="{bullet}"/></a:pPr>'
        )
    else:
        ppr = (
            f'<a:pPr marL="0" marR="0" indent="0" algn="{algn}" defTabSz="812800">'
            f'<a:lnSpc><a:spcPct val="100000"/></a:lnSpc><a:spcBef><a:spcPts val="{before}"/>'
            f"</a:spcBef><a:buClrTx/><a:buSzTx/><a:buFontTx/><a:buNone/></a:pPr>"
        )
    return f"<a:p>{ppr}{run(text, size, bold=bold, color=color)}</a:p>"


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
    """A plain ``p:sp`` as Keynote writes it: "Text N" for text, "Shape N" for a drawn shape,
    explicit insets, and an empty paragraph when the shape holds no text."""
    sid = ids.next()
    drawn = fill is not None or line is not None or geom != "rect"
    name = f"{'Shape' if drawn else 'Text'} {sid}"
    fill_xml = f'<a:solidFill><a:srgbClr val="{fill}"/></a:solidFill>' if fill else "<a:noFill/>"
    ln = (
        f'<a:ln w="12700" cap="flat"><a:solidFill><a:srgbClr val="{line}"/></a:solidFill>'
        f'<a:prstDash val="solid"/><a:miter lim="400000"/></a:ln>'
        if line
        else '<a:ln w="12700" cap="flat"><a:noFill/><a:miter lim="400000"/></a:ln>'
    )
    body = "".join(paras) or (
        '<a:p><a:pPr marL="0" marR="0" indent="0" algn="l" defTabSz="812800">'
        "<a:buClrTx/><a:buSzTx/><a:buFontTx/><a:buNone/></a:pPr>"
        '<a:endParaRPr lang="en-GB" sz="1200"/></a:p>'
    )
    autofit = "<a:spAutoFit/>" if not drawn else "<a:normAutofit/>"
    return (
        f'<p:sp {NSDECL}><p:nvSpPr><p:cNvPr id="{sid}" name="{name}"/><p:cNvSpPr/><p:nvPr/>'
        f'</p:nvSpPr><p:spPr><a:xfrm><a:off x="{emu(x)}" y="{emu(y)}"/>'
        f'<a:ext cx="{emu(w)}" cy="{emu(h)}"/></a:xfrm><a:prstGeom prst="{geom}"><a:avLst/>'
        f"</a:prstGeom>{fill_xml}{ln}<a:effectLst/></p:spPr>"
        f'<p:style><a:lnRef idx="0"><a:scrgbClr r="0" g="0" b="0"/></a:lnRef>'
        f'<a:fillRef idx="0"><a:scrgbClr r="0" g="0" b="0"/></a:fillRef>'
        f'<a:effectRef idx="0"><a:scrgbClr r="0" g="0" b="0"/></a:effectRef>'
        f'<a:fontRef idx="none"/></p:style>'
        f'<p:txBody><a:bodyPr wrap="square" lIns="50800" tIns="50800" rIns="50800" '
        f'bIns="50800" numCol="1" spcCol="38100" rtlCol="0" anchor="{anchor}" upright="0">'
        f"{autofit}</a:bodyPr><a:lstStyle/>{body}</p:txBody></p:sp>"
    )


def group(ids: Ids, children: Callable[[Ids], Sequence[str]], box: Sequence[float]) -> str:
    """A ``p:grpSp`` named "Group N" whose child frame equals its own frame (as Keynote exports
    a group: the children keep their slide positions)."""
    gid = ids.next()
    kids = "".join(children(ids))
    x, y, w, h = (emu(v) for v in box)
    return (
        f'<p:grpSp {NSDECL}><p:nvGrpSpPr><p:cNvPr id="{gid}" name="Group {gid}"/>'
        f"<p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm>"
        f'<a:off x="{x}" y="{y}"/><a:ext cx="{w}" cy="{h}"/>'
        f'<a:chOff x="{x}" y="{y}"/><a:chExt cx="{w}" cy="{h}"/></a:xfrm></p:grpSpPr>'
        f"{kids}</p:grpSp>"
    )


def _cell(text: str, size: int, head: bool) -> str:
    border = "".join(
        f'<a:{side} w="6350"><a:solidFill><a:srgbClr val="{MIST}"/></a:solidFill>'
        f'<a:miter lim="400000"/></a:{side}>'
        for side in ("lnL", "lnR", "lnT", "lnB")
    )
    fill = PLUM if head else WHITE
    color = WHITE if head else INK
    return (
        f"<a:tc><a:txBody><a:bodyPr/><a:lstStyle/>{para(text, size, bold=head, color=color)}"
        f'</a:txBody><a:tcPr marL="76200" marR="76200" marT="50800" marB="50800" anchor="t">'
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
    """A native table as Keynote exports one ("Table N"), its first row the header."""
    sid = ids.next()
    grid = "".join(f'<a:gridCol w="{emu(w)}"/>' for w in widths)
    trs = "".join(
        f'<a:tr h="{emu(h)}">{"".join(_cell(t, size, k == 0) for t in row)}</a:tr>'
        for k, (row, h) in enumerate(zip(rows, heights, strict=True))
    )
    return (
        f'<p:graphicFrame {NSDECL}><p:nvGraphicFramePr><p:cNvPr id="{sid}" name="Table {sid}"/>'
        f'<p:cNvGraphicFramePr><a:graphicFrameLocks noGrp="1"/></p:cNvGraphicFramePr><p:nvPr/>'
        f'</p:nvGraphicFramePr><p:xfrm><a:off x="{emu(x)}" y="{emu(y)}"/>'
        f'<a:ext cx="{emu(sum(widths))}" cy="{emu(sum(heights))}"/></p:xfrm><a:graphic>'
        f'<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/table">'
        f'<a:tbl><a:tblPr firstRow="1"/><a:tblGrid>{grid}</a:tblGrid>{trs}</a:tbl>'
        f"</a:graphicData></a:graphic></p:graphicFrame>"
    )


def header(ids: Ids, eyebrow: str, title: str, sub: str | None, page: int) -> list[str]:
    """The top of a content slide (eyebrow, title, optional subtitle) and its foot line."""
    out = [
        sp(ids, 0.6, 0.3, 10.0, 0.34, [para(eyebrow, 1100, bold=True, color=ROSE)]),
        sp(ids, 0.6, 0.6, 12.1, 0.7, [para(title, 3000, bold=True, color=PLUM)]),
    ]
    if sub:
        out.append(sp(ids, 0.6, 1.3, 12.1, 0.4, [para(sub, 1400, color=GREY)]))
    out.append(sp(ids, 0.6, 7.05, 9.0, 0.3, [para(FOOTER, 1000, color=GREY)]))
    out.append(
        sp(ids, 11.2, 7.05, 1.5, 0.3, [para(f"{page} / {PAGES}", 1000, color=GREY, algn="r")])
    )
    return out


def dots(texts: Sequence[str], size: int, *, char: str = "\u2022") -> list[str]:
    """Bullet paragraphs with ``a:buChar``."""
    return [para(t, size, bullet=char, before=500 if i else 0) for i, t in enumerate(texts)]


def typed(texts: Sequence[str], size: int, *, color: str = INK) -> list[str]:
    """Paragraphs whose bullets are typed into the text."""
    return [para(t, size, color=color, before=500 if i else 0) for i, t in enumerate(texts)]


def card(ids: Ids, x: float, y: float, w: float, h: float, head: str, body: list[str]) -> list[str]:
    """A pale card with a bold heading box and a body box."""
    return [
        sp(ids, x, y, w, h, fill=PALE),
        sp(ids, x + 0.15, y + 0.1, w - 0.3, 0.8, [para(head, 1500, bold=True, color=PLUM)]),
        sp(ids, x + 0.15, y + 0.95, w - 0.3, h - 1.05, body),
    ]


# =========================================================================== slides


def s01(ids: Ids) -> list[str]:
    return [
        sp(ids, 0, 0, 13.333, 7.5, fill=PLUM),
        sp(
            ids,
            0.8,
            1.1,
            11.0,
            0.4,
            [para("BRIGANTIA NATIONAL BALLET", 1400, bold=True, color=WHITE)],
        ),
        sp(ids, 0.8, 1.9, 11.5, 1.3, [para("Dancing Further", 6400, bold=True, color=WHITE)]),
        sp(
            ids,
            0.8,
            3.3,
            11.5,
            0.7,
            [para("Audiences and operations, 2028\u20132031", 2400, color=WHITE)],
        ),
        sp(
            ids,
            0.8,
            5.5,
            11.5,
            1.0,
            [
                para(
                    "Board strategy day \u00b7 Saturday 10 June 2028 \u00b7 Paper B3",
                    1400,
                    color=WHITE,
                ),
                para(
                    "Presented by the Executive Director and the Artistic Director",
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
        "WHERE WE STAND",
        "A full house at Christmas, empty rows in March",
        "The 2027/28 season and Tour 2027, from Wingspan and the clinic's own totals",
        2,
    )
    figures = [
        ("204,600", "tickets sold for 211 performances, at home and on tour"),
        ("29%", "of Rowanfield seats went unsold; 41% on Tuesday to Thursday nights"),
        ("11,850", "Friends of Brigantia on 31 March 2028, 1,300 fewer than two years before"),
        ("1 in 4", "dancers spent more than a month off with an injury"),
        ("\u00a3310,000", "spent hiring or remaking costumes we own but could not find"),
        ("38", "schools brought pupils to a matin\u00e9e, every one within 20 miles of Harlestone"),
        ("9 of 14", "tour venues where the venue, not us, holds the bookers' names"),
        ("4 in 18", "tour get-ins that ran past the agreed hand-over time"),
    ]
    for k, (big, label) in enumerate(figures):
        col, row = k % 4, k // 4
        x, y = 0.6 + col * 3.05, 2.0 + row * 2.45
        out.append(sp(ids, x, y, 2.85, 0.8, [para(big, 3600, bold=True, color=ROSE)]))
        out.append(sp(ids, x, y + 0.85, 2.85, 1.3, [para(label, 1300, color=INK)]))
    return out


def s03(ids: Ids) -> list[str]:
    out = header(
        ids,
        "FOR THE RECORD",
        "Three numbers that are not our targets",
        "They will be quoted at us. None of them is what this plan aims for.",
        3,
    )
    boxes = [
        (
            "301,000 tickets in one season",
            [
                "Our record, set in 1983/84 with nine weeks of Swan Lake at the old Harlestone "
                "Hippodrome. A different company, in a different city centre.",
            ],
        ),
        (
            "Rheged Dance Theatre relays to 140 cinemas",
            [
                "Their figure for 2027, across the UK and Ireland. They film in a studio "
                "theatre built for it, with a crew of their own.",
            ],
        ),
        (
            "No more than 46 performances a season at the Rowanfield",
            [
                "The theatre is shared with opera and touring musicals; the rest of the year "
                "belongs to them.",
            ],
        ),
    ]
    for k, (head, body) in enumerate(boxes):
        out += card(ids, 0.6 + k * 4.1, 2.0, 3.9, 3.6, head, typed(body, 1400))
    return out


def s04(ids: Ids) -> list[str]:
    out = header(ids, "OUR AMBITION", "Ballet the whole country can call its own", None, 4)
    out.append(
        sp(
            ids,
            0.6,
            1.5,
            12.1,
            1.2,
            [
                para(
                    "By the last night of Tour 2031, every part of England should feel that "
                    "Brigantia is its national ballet company.",
                    2400,
                    bold=True,
                    color=ROSE,
                )
            ],
        )
    )
    out.append(
        sp(ids, 0.6, 3.0, 12.1, 0.4, [para("We will get there in three steps:", 1600, bold=True)])
    )
    steps = [
        ("Lay the ground", "one box office, one list of Friends, one injury log, one stock list"),
        ("Open up", "cinemas, schools and towns we do not reach today"),
        ("Make it last", "the new ways become how we work, on tour as at home"),
    ]
    for k, (name, line) in enumerate(steps):
        x = 0.6 + k * 4.1
        out.append(
            sp(
                ids,
                x,
                3.6,
                3.9,
                0.9,
                [para(name, 2000, bold=True, color=WHITE)],
                fill=PLUM if k != 1 else ROSE,
                geom="homePlate",
                anchor="ctr",
            )
        )
        out.append(sp(ids, x, 4.65, 3.7, 1.2, [para(line, 1400, color=INK)]))
    return out


def s05(ids: Ids) -> list[str]:
    out = header(
        ids,
        "SCOPE",
        "Four moments we are building this plan around",
        "Each pillar is tested against these four. Anything else waits.",
        5,
    )
    moments = [
        (
            "First-time bookers for The Nutcracker at the Rowanfield",
            "Most people meet us at Christmas. Only one in five comes back within a year.",
        ),
        (
            "Friends at renewal time in March",
            "A third let their membership go, most without telling us why.",
        ),
        (
            "Cinema audiences in towns the tour does not reach",
            "Starting in Callowmere, 70 miles from Harlestone, with no stage on our tour.",
        ),
        (
            "Dancers coming back from injury",
            "Back in class too early or too late, with no plan that the clinic and the "
            "studio share.",
        ),
    ]
    for k, (head, body) in enumerate(moments):
        col, row = k % 2, k // 2
        out += card(ids, 0.6 + col * 4.3, 1.95 + row * 2.5, 4.1, 2.3, head, typed([body], 1300))
    out.append(sp(ids, 9.4, 1.95, 3.3, 4.8, fill=MIST))
    out.append(
        sp(
            ids,
            9.55,
            2.05,
            3.0,
            4.6,
            [para("Not in this plan", 1500, bold=True, color=PLUM)]
            + typed(
                [
                    "\u2013 The Brigantia Ballet School's full-time training",
                    "\u2013 Overseas visits (Japan 2030 has its own budget)",
                    "\u2013 Commercial hires of the Rowanfield",
                    "\u2013 Bars, catering and the shop",
                    "\u2013 The capital appeal for new studios",
                ],
                1300,
            ),
        )
    )
    return out


def pillar(
    ids: Ids,
    page: int,
    eyebrow: str,
    title: str,
    goal: str,
    initiatives: list[str],
    lead: str,
    side: list[str] | None = None,
) -> list[str]:
    out = header(ids, eyebrow, title, None, page)
    out.append(sp(ids, 0.6, 1.45, 12.1, 0.95, fill=PALE))
    out.append(
        sp(ids, 0.75, 1.5, 11.8, 0.85, [para(goal, 1700, bold=True, color=ROSE)], anchor="ctr")
    )
    width = 7.3 if side else 12.1
    out.append(
        sp(
            ids,
            0.6,
            2.6,
            width,
            3.9,
            [para("What we will do", 1400, bold=True, color=PLUM)] + dots(initiatives, 1400),
        )
    )
    if side:
        out.append(sp(ids, 8.1, 2.6, 4.6, 3.9, fill=MIST))
        out.append(sp(ids, 8.25, 2.7, 4.3, 3.7, typed(side, 1200)))
    out.append(sp(ids, 0.6, 6.55, 12.1, 0.4, [para(lead, 1300, color=GREY)]))
    return out


def s06(ids: Ids) -> list[str]:
    return pillar(
        ids,
        6,
        "PILLAR 1 OF 4 \u00b7 SELL WELL",
        "One box office, one list of Friends",
        "Goal: sell 82% of Rowanfield seats by the 2030/31 season, and see 80% of Friends renew "
        "at the March 2030 renewals",
        [
            "Replace BoxPro with Spotlight for every Rowanfield sale: at the counter, by phone "
            "and online",
            "Move all 11,850 Friends' records into Spotlight and check each one before "
            "renewals open",
            "Offer every first-time Nutcracker booker a second ballet at half price within 12 "
            "months",
            "Collect renewals by direct debit, with a reminder six weeks before each Friend's date",
            "Agree with the six largest tour venues how bookers' names reach us",
        ],
        "Lead: Director of Audiences, with the Ticketing and Membership Manager",
        side=[
            "Counted from go-live (G = Monday 15 January 2029)",
            "\u25b8 G \u2212 10 weeks: Friends' records frozen in BoxPro and copied across",
            "\u25b8 G \u2212 4 weeks: every box office seller trained on Spotlight",
            "\u25b8 G: Spotlight takes every Rowanfield sale; BoxPro read-only",
            "\u25b8 G + 6 weeks: renewal letters out; renewals open on 1 March 2029",
            "\u25b8 G + 6 months: BoxPro switched off, its history kept in Wingspan",
        ],
    )


def s07(ids: Ids) -> list[str]:
    return pillar(
        ids,
        7,
        "PILLAR 2 OF 4 \u00b7 REACH FURTHER",
        "Beyond the building: screens and schools",
        "Goal: 48,000 cinema relay tickets in the 2030/31 season, and 12,000 pupils from partner "
        "schools at a performance in the 2029/30 school year",
        [
            "Relay four performances a season live to cinemas: one city first, then 20 cinemas "
            "in eight towns",
            "Put each relay on BNB at Home for 30 days, for a fee",
            "Clear filming rights for our six most-performed ballets before any relay goes on sale",
            "Hire an outside broadcast unit for each relay until the Rowanfield has a line of "
            "its own",
            "The Head of Learning and the Head of Outreach will choose 30 partner schools in the "
            "six tour towns beyond Harlestone",
            "Train two teachers in every partner school to lead a ballet workshop",
            "Pay for coaches so partner schools can bring pupils to a matin\u00e9e",
        ],
        "Leads: Head of Digital for the screens; Head of Learning for the schools",
    )


def s08(ids: Ids) -> list[str]:
    return pillar(
        ids,
        8,
        "PILLAR 3 OF 4 \u00b7 LOOK AFTER THE DANCERS",
        "Fewer days lost, safer returns",
        "Goal: cut dancer days lost to injury from 1,940 to 1,200 a season by the 2030/31 season",
        [
            "Screen every dancer in the first fortnight of each season",
            "Log every injury on Physiotrack on the day it happens, at home and on tour",
            "Agree a written return-to-stage plan for every dancer off for more than two weeks, "
            "signed by the physiotherapist and the Ballet Master",
            "Take a physiotherapist on every tour week",
            "Buy in a sports medicine doctor two days a week",
            "Set up a confidential welfare line for dancers on tour",
        ],
        "Lead: Head of Dancer Health, with the Ballet Master",
    )


def s09(ids: Ids) -> list[str]:
    return pillar(
        ids,
        9,
        "PILLAR 4 OF 4 \u00b7 GET IT THERE",
        "Right costume, right truck, right night",
        "Goal: 98% of costume items where the stock list says they are by Tour 2030, and 95% of "
        "tour get-ins finished on schedule by Tour 2030",
        [
            "Barcode all 14,200 costume items in the Scaldwell store and count them twice a year",
            "Keep one scenery register of every set piece, with its weight and its place on the "
            "truck",
            "Retender haulage for four trucks before the present contract ends in July 2029",
            "Send each tour venue a written get-in plan six weeks ahead",
            "Certify eight stage crew to inspect lifting and flying equipment under LOLER",
            "Repair costumes between tour weeks from a wardrobe van with two dressers",
        ],
        "Lead: Technical Director, with the Head of Wardrobe and the Touring and Transport Manager",
    )


def tile(x: float, y: float, big: str, label: str, line: str) -> Callable[[Ids], list[str]]:
    """A KPI tile's shapes: a rounded card, the big number, the label of two paragraphs."""

    def kids(ids: Ids) -> list[str]:
        return [
            sp(ids, x, y, 3.9, 1.55, fill=PALE, geom="roundRect"),
            sp(ids, x + 0.1, y + 0.08, 1.75, 0.75, [para(big, 3400, bold=True, color=ROSE)]),
            sp(
                ids,
                x + 1.9,
                y + 0.1,
                1.95,
                1.4,
                [para(label, 1300, bold=True), para(line, 1000, color=GREY, before=300)],
            ),
        ]

    return kids


TILES = [
    ("82%", "Rowanfield seats sold", "from 71% in 2027/28 \u00b7 by the 2030/31 season"),
    (
        "35%",
        "First-time bookers who come back within 12 months",
        "from 19% in 2027/28 \u00b7 by the 2030/31 season",
    ),
    ("80%", "Friends who renew", "from 64% in March 2028 \u00b7 by the March 2030 renewals"),
    (
        "48,000",
        "Cinema relay tickets a season",
        "from none in 2027/28 \u00b7 in the 2030/31 season",
    ),
    (
        "1,200",
        "Dancer days lost to injury a season",
        "from 1,940 in 2027/28 \u00b7 by the 2030/31 season",
    ),
    (
        "12,000",
        "Pupils from partner schools at a performance",
        "from 4,100 in 2027/28 \u00b7 in the 2029/30 school year",
    ),
    (
        "98%",
        "Costume items where the stock list says they are",
        "from 71% at the October 2027 count \u00b7 by Tour 2030",
    ),
    (
        "95%",
        "Tour get-ins finished on schedule",
        "from 78% on Tour 2027 \u00b7 by Tour 2030",
    ),
    (
        "Higher",
        "Audiences who say ballet is for people like them",
        "from 46% in the 2027 audience survey \u00b7 target to be set with the Audience Panel",
    ),
]


def s10(ids: Ids) -> list[str]:
    out = header(
        ids,
        "HOW WE WILL KNOW",
        "Nine measures, one scorecard",
        "Target in large type; the baseline and the by-when under each measure",
        10,
    )
    for k, (big, label, line) in enumerate(TILES):
        col, row = k % 3, k // 3
        x, y = 0.6 + col * 4.1, 1.85 + row * 1.7
        out.append(group(ids, tile(x, y, big, label, line), (x, y, 3.9, 1.55)))
    return out


def s11(ids: Ids) -> list[str]:
    out = header(ids, "THE CLOCK", "How we count time in this plan", None, 11)
    out.append(
        sp(
            ids,
            0.6,
            1.45,
            12.1,
            1.6,
            typed(
                [
                    "Our season runs from October to May; the company tours in June and July.",
                    "This plan covers the 2028/29, 2029/30 and 2030/31 seasons and the tours "
                    "after them: October 2028 to July 2031.",
                    "August and September are for rehearsals and the get-in; each phase hands "
                    "over to the next on 1 October.",
                ],
                1600,
            ),
        )
    )
    phases = [
        (
            "2028/29: lay the ground",
            "October 2028 to September 2029: the 2028/29 season, Tour 2029 and the rehearsal "
            "weeks after it",
        ),
        ("2029/30: open up", "October 2029 to September 2030: the 2029/30 season and Tour 2030"),
        (
            "2030/31 and Tour 2031: make it last",
            "October 2030 to the last night of Tour 2031, Saturday 26 July 2031",
        ),
    ]
    for k, (name, when) in enumerate(phases):
        y = 3.3 + k * 0.95
        out.append(
            sp(
                ids,
                0.6,
                y,
                4.2,
                0.8,
                [para(name, 1500, bold=True, color=WHITE)],
                fill=PLUM,
                geom="roundRect",
                anchor="ctr",
            )
        )
        out.append(sp(ids, 5.0, y + 0.1, 7.7, 0.7, [para(when, 1400)]))
    out.append(
        sp(
            ids,
            0.6,
            6.2,
            12.1,
            0.7,
            typed(
                [
                    "Financial years run April to March and are used only for the budget "
                    "(slide 19). Ticketing dates are counted from go-live, G (slide 6).",
                ],
                1200,
                color=GREY,
            ),
        )
    )
    return out


# roadmap columns: (left, width, head, months)
COLUMNS = [
    (2.55, 2.0, "2028/29 season", "Oct\u2013May"),
    (4.55, 0.9, "Tour 2029", "Jun\u2013Jul"),
    (5.45, 2.0, "2029/30 season", "Oct\u2013May"),
    (7.45, 0.9, "Tour 2030", "Jun\u2013Jul"),
    (8.35, 2.0, "2030/31 season", "Oct\u2013May"),
    (10.35, 0.9, "Tour 2031", "Jun\u2013Jul"),
    (11.25, 1.45, "Later", "after July 2031"),
]
# workstream rows: label, bars as (first column, fraction in, last column, fraction out, text)
Bars = list[tuple[int, float, int, float, str]]
ROWS: list[tuple[str, Bars]] = [
    (
        "Ticketing and Friends",
        [
            (0, 0.0, 0, 0.5, "Spotlight live (G)"),
            (0, 0.5, 0, 1.0, "Renewals on Spotlight"),
            (2, 0.0, 4, 1.0, "Second-ballet offer and direct debit"),
        ],
    ),
    (
        "Relays and BNB at Home",
        [
            (0, 0.6, 0, 1.0, "First relays: Callowmere"),
            (2, 0.0, 2, 1.0, "20 cinemas, eight towns"),
            (4, 0.0, 4, 1.0, "Four relays a season"),
        ],
    ),
    (
        "Dancer health",
        [
            (0, 0.0, 1, 1.0, "Physiotrack and screening"),
            (2, 0.0, 3, 1.0, "Doctor two days a week"),
            (4, 0.0, 5, 1.0, "Return-to-stage plans for all"),
        ],
    ),
    (
        "Schools",
        [
            (0, 0.0, 0, 1.0, "Choose partner schools"),
            (2, 0.0, 2, 1.0, "Teachers trained"),
            (4, 0.0, 4, 1.0, "Coaches to matin\u00e9es"),
        ],
    ),
    (
        "Costume and scenery",
        [
            (0, 0.0, 1, 1.0, "Barcode the costume store"),
            (2, 0.0, 2, 1.0, "One scenery register"),
        ],
    ),
    (
        "Touring",
        [
            (0, 0.3, 1, 1.0, "Haulage retendered"),
            (3, 0.0, 3, 1.0, "Get-in plans"),
            (5, 0.0, 5, 1.0, "Tour 2031"),
        ],
    ),
]


def _x(col: int, frac: float) -> float:
    left, width, _, _ = COLUMNS[col]
    return left + width * frac


def workstream(y: float, label: str, bars: Bars) -> Callable[[Ids], list[str]]:
    """A roadmap row's shapes: its label and a rounded bar for each piece of work."""

    def kids(ids: Ids) -> list[str]:
        out = [sp(ids, 0.6, y, 1.9, 0.5, [para(label, 1100, bold=True)], anchor="ctr")]
        for c1, f1, c2, f2, text in bars:
            x1, x2 = _x(c1, f1), _x(c2, f2)
            out.append(
                sp(
                    ids,
                    x1 + 0.02,
                    y + 0.04,
                    x2 - x1 - 0.04,
                    0.42,
                    [para(text, 800, color=INK, algn="ctr")],
                    fill=PALE,
                    line=MIST,
                    geom="roundRect",
                    anchor="ctr",
                )
            )
        return out

    return kids


def s12(ids: Ids) -> list[str]:
    out = header(ids, "ROADMAP", "Three seasons, three tours", None, 12)
    out.append(
        sp(
            ids,
            0.6,
            1.25,
            12.1,
            0.3,
            [
                para(
                    "August and September sit between the columns and belong to the phase before.",
                    1100,
                    color=GREY,
                )
            ],
        )
    )

    def heads(ids: Ids) -> list[str]:
        return [
            sp(
                ids,
                left,
                1.6,
                width,
                0.5,
                [para(head, 1100, bold=True, color=PLUM), para(months, 900, color=GREY)],
            )
            for left, width, head, months in COLUMNS
        ]

    out.append(group(ids, heads, (2.55, 1.6, 10.15, 0.5)))

    def bands(ids: Ids) -> list[str]:
        names = [
            "2028/29: lay the ground",
            "2029/30: open up",
            "2030/31 and Tour 2031: make it last",
        ]
        kids = [
            sp(
                ids,
                _x(2 * k, 0.0) + 0.02,
                2.15,
                _x(2 * k + 1, 1.0) - _x(2 * k, 0.0) - 0.04,
                0.4,
                [para(name, 1000, bold=True, color=WHITE, algn="ctr")],
                fill=PLUM,
                geom="roundRect",
                anchor="ctr",
            )
            for k, name in enumerate(names)
        ]
        kids.append(
            sp(
                ids,
                _x(6, 0.0) + 0.02,
                2.15,
                1.41,
                0.4,
                [para("70th anniversary season 2032/33", 800, color=INK, algn="ctr")],
                fill=MIST,
                geom="roundRect",
                anchor="ctr",
            )
        )
        return kids

    out.append(group(ids, bands, (2.57, 2.15, 10.11, 0.4)))
    for r, (label, bars) in enumerate(ROWS):
        y = 2.65 + r * 0.58
        out.append(group(ids, workstream(y, label, bars), (0.6, y, 12.1, 0.5)))
    gates = [
        (_x(0, 0.55), "Gate 1 \u00b7 before renewals open, March 2029", 0),
        (_x(1, 1.0), "Gate 2 \u00b7 ready to open up", 1),
        (_x(2, 0.0), "Opening night 2029/30", 2),
    ]

    def marks(ids: Ids) -> list[str]:
        kids = []
        for x, text, k in gates:
            kids.append(sp(ids, x - 0.12, 6.18, 0.24, 0.24, fill=ROSE, geom="diamond"))
            kids.append(sp(ids, x + 0.15, 6.1 + 0.27 * k, 3.2, 0.3, [para(text, 900, bold=True)]))
        return kids

    out.append(group(ids, marks, (_x(0, 0.55) - 0.12, 6.1, 5.6, 0.84)))
    return out


def s13(ids: Ids) -> list[str]:
    out = header(
        ids,
        "ONE CITY FIRST",
        "Small screens before big ones",
        "Three relays in spring 2029 tell us whether people will pay to watch us in a cinema",
        13,
    )
    out.append(
        sp(
            ids,
            0.6,
            1.85,
            5.6,
            4.9,
            [
                para(
                    "Our first relays go to the Kinetta cinemas in Callowmere: three screens and "
                    "610 seats at the Corn Exchange.",
                    1500,
                    bold=True,
                    color=PLUM,
                ),
                para(
                    "Why there: Kinetta has shown opera relays since 2019, its members' list "
                    "reaches 9,400 households, and no stage on our tour is near.",
                    1400,
                    before=900,
                ),
                para(
                    "We go wider if at least 55% of Kinetta seats are sold across the three "
                    "relays.",
                    1400,
                    bold=True,
                    color=ROSE,
                    before=900,
                ),
            ],
        )
    )
    out.append(sp(ids, 6.5, 1.85, 6.2, 4.9, fill=PALE))
    out.append(
        sp(
            ids,
            6.65,
            1.95,
            5.9,
            4.7,
            [para("Step by step", 1400, bold=True, color=PLUM)]
            + typed(
                [
                    "1. Sign a one-season agreement with Kinetta for three Thursday relays",
                    "2. Run a test relay to an empty screen during the Swan Lake dress rehearsal "
                    "on Tuesday 20 March 2029",
                    "3. Relay Swan Lake live on Thursday 22 March 2029, then two more "
                    "performances on 19 April and 17 May",
                    "4. Survey every relay audience in the foyer and by email within 48 hours",
                    "5. Report seats sold and what the audience said to the Programme Board "
                    "after each relay",
                ],
                1300,
            ),
        )
    )
    return out


def s14(ids: Ids) -> list[str]:
    out = header(ids, "GATES", "What good looks like", None, 14)
    gates = [
        (
            "Gate 1 \u00b7 before membership renewals open in March 2029",
            [
                "Spotlight takes every Rowanfield sale, at the counter, by phone and online",
                "Every Friend's record moved from BoxPro and checked against the March 2028 list",
                "Renewal letters shown to the Audience Panel before they are printed",
                "Physiotrack in use in the Rowanfield clinic for every new injury",
            ],
        ),
        (
            "Gate 2 \u00b7 ready to open up",
            [
                "Three relays shown in Callowmere, with at least 55% of seats sold",
                "Relay fee for dancers agreed with Equity, after the Artists' Committee has "
                "been heard",
                "Haulage for four trucks signed from August 2029",
                "All met by Friday 27 July 2029, the day before Tour 2029 ends; the Board of "
                "Trustees decides on Thursday 13 September 2029",
            ],
        ),
        (
            "Milestone \u00b7 by the opening night of the 2029/30 season",
            [
                "Relays on sale at 20 cinemas in eight towns",
                "Every costume in the Scaldwell store barcoded and counted",
                "30 partner schools signed up in the six tour towns",
            ],
        ),
    ]
    for k, (head, items) in enumerate(gates):
        out += card(ids, 0.6 + k * 4.1, 1.5, 3.9, 5.3, head, dots(items, 1250, char="\u2713"))
    return out


def s15(ids: Ids) -> list[str]:
    out = header(ids, "RISKS", "What could stop us, and what we will do", None, 15)
    rows = [
        ("Risk", "How likely", "What we will do"),
        (
            "Friends' records do not move cleanly from BoxPro",
            "Medium",
            "Run two trial moves of the Friends' records in November and December 2028 and "
            "check 500 by hand each time",
        ),
        (
            "Dancers will not agree to being filmed",
            "Medium",
            "Open talks on the relay fee in the first 100 days and share every camera plan with "
            "the Artists' Committee",
        ),
        (
            "Callowmere audiences do not come",
            "Low",
            "Price the first relays at \u00a312 and sell them through Kinetta's own list as well "
            "as ours",
        ),
        (
            "Haulage costs jump at the retender",
            "High",
            "Tender in two lots, trucks and drivers, and ask three hauliers",
        ),
        (
            "A live relay fails on the night",
            "Medium",
            "Record the dress rehearsal as a back-up and show it if the live signal drops",
        ),
        (
            "Barcoding stalls in the tour months",
            "Medium",
            "Finish counting the Scaldwell store before Tour 2029 leaves",
        ),
    ]
    out.append(table(ids, 0.6, 1.5, [4.0, 1.5, 6.6], rows, [0.45] + [0.78] * 6, 1250))
    return out


def s16(ids: Ids) -> list[str]:
    out = header(
        ids,
        "FIRST 100 DAYS \u00b7 MONDAY 2 OCTOBER 2028 TO TUESDAY 9 JANUARY 2029",
        "Clearing the stage",
        "Ten things done before Spotlight goes live; the lead for each in brackets",
        16,
    )
    items = [
        "Freeze the Friends' scheme rules and benefits until Gate 1 (Box Office Manager)",
        "Sign the Spotlight go-live plan with Corvedale Software (IT Lead)",
        "Put Physiotrack tablets in the clinic and log every injury from week one (Head Physio)",
        "Count and barcode the first 2,000 costume items, starting with The Nutcracker "
        "(Wardrobe Stock Coordinator)",
        "Open talks with Equity on the relay fee (Head of People)",
        "Issue the haulage tender in two lots (Transport Manager)",
        "Sign the Kinetta agreement for three spring relays (Head of Digital)",
        "Baseline all nine measures in Wingspan and publish the first scorecard (Audience "
        "Insight Manager)",
        "Write to the head teachers of 60 schools in the six tour towns (Head of Outreach)",
        "Settle filming rights for Swan Lake and Giselle with both choreographers' estates "
        "(Director of Artistic Planning and Touring)",
    ]
    out.append(sp(ids, 0.6, 1.85, 12.1, 5.0, dots(items, 1350)))
    return out


def s17(ids: Ids) -> list[str]:
    out = header(
        ids,
        "MONDAY 2 OCTOBER 2028",
        "What changes on Monday",
        "Small habits that start on the first day of the plan, before any system arrives",
        17,
    )
    out.append(
        sp(
            ids,
            0.6,
            1.9,
            12.1,
            4.6,
            typed(
                [
                    "\u2013 Every injury, however small, is written up on the day it happens",
                    "\u2013 No costume leaves the Scaldwell store without a signed loan slip",
                    "\u2013 Box office staff take a postcode from every new booker",
                    "\u2013 Every tour venue gets a named contact for the get-in",
                    "\u2013 The Programme Board meets for the first time on Tuesday 10 October "
                    "2028",
                ],
                1800,
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
            1.5,
            12.1,
            5.3,
            dots(
                [
                    "Sponsor: the Executive Director, who chairs the Dancing Further Programme "
                    "Board",
                    "The Programme Board meets monthly and reports to the Board of Trustees every "
                    "quarter",
                    "Members: the Artistic Director, the Director of Audiences, the Director of "
                    "Finance and Resources, the Technical Director and the Head of Dancer Health",
                    "Gate 1 and the milestone are the Programme Board's decisions; Gate 2 goes to "
                    "the Board of Trustees",
                    "The Artists' Committee (Equity) and the Audience Panel are consulted before "
                    "each gate",
                    "Arts Council England sees the scorecard twice a year",
                ],
                1600,
            ),
        )
    )
    return out


def s19(ids: Ids) -> list[str]:
    out = header(
        ids,
        "WHAT IT COSTS",
        "\u00a33.9m over three seasons",
        "Budgets are held by financial year, April to March",
        19,
    )
    rows = [
        ("Ticketing and Friends", "\u00a30.7m"),
        ("Relays and BNB at Home", "\u00a31.5m"),
        ("Dancer health", "\u00a30.8m"),
        ("Schools", "\u00a30.5m"),
        ("Costume, scenery and touring", "\u00a30.4m"),
    ]
    out.append(
        sp(
            ids,
            0.6,
            1.95,
            6.0,
            4.5,
            [para(f"{name}: {money}", 1600, bullet="\u2022", before=600) for name, money in rows],
        )
    )
    out.append(sp(ids, 7.0, 1.95, 5.7, 4.5, fill=PALE))
    out.append(
        sp(
            ids,
            7.15,
            2.05,
            5.4,
            4.3,
            typed(
                [
                    "2028/29: \u00a31.3m \u00b7 2029/30: \u00a31.4m \u00b7 2030/31 and Tour "
                    "2031: \u00a31.2m",
                    "Arts Council England has offered \u00a31.1m in our 2028\u20132031 funding "
                    "agreement",
                    "Reserves: \u00a31.6m \u00b7 trusts and donors: \u00a31.2m",
                ],
                1400,
            ),
        )
    )
    return out


def s20(ids: Ids) -> list[str]:
    out = header(ids, "LOOKING FURTHER", "The 70th anniversary season 2032/33", None, 20)
    out.append(
        sp(
            ids,
            0.6,
            1.6,
            12.1,
            4.8,
            typed(
                [
                    "We gave our first performance in Harlestone in October 1962; the 2032/33 "
                    "season will be our 70th.",
                    "It falls after this plan ends and is not part of it.",
                    "What Dancing Further should leave it: Friends who stay, relays people "
                    "expect, dancers who stay fit, a store where we can find things.",
                    "Ideas for it are welcome; there is no money for it in this plan.",
                ],
                1800,
            ),
        )
    )
    return out


def s21(ids: Ids) -> list[str]:
    out = header(ids, "ASKS OF THE BOARD", "What we ask of you today", None, 21)
    out.append(
        sp(
            ids,
            0.6,
            1.6,
            12.1,
            5.0,
            typed(
                [
                    "1. Approve Dancing Further, from the opening of the 2028/29 season to the "
                    "last night of Tour 2031",
                    "2. Release \u00a31.3m for 2028/29",
                    "3. Agree Callowmere as the first city for relays",
                    "4. Delegate Gate 1 and the milestone to the Programme Board, and keep Gate 2 "
                    "for the Board of Trustees",
                    "5. Name a trustee to join the Programme Board",
                ],
                2000,
            ),
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

NOTES = {
    2: "Ticket figures are from Wingspan; the injury figure is from the clinic's own totals. "
    "Keep this slide short: the trustees have seen most of it in the annual report.",
    4: "Read the ambition out once, then move straight to the steps.",
    11: "If asked why not the financial year: the dancers, the venues and the audience all live "
    "by the season, so the plan does too.",
    21: "Ask for each decision in turn and minute it separately.",
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
    core.author = "Helen Marsh-Oduya"
    core.last_modified_by = "Helen Marsh-Oduya"
    core.title = "Dancing Further"
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

STRUCTURE_HEAD = "Brigantia National Ballet: company structure"
STRUCTURE_INTRO = (
    "Posts at 1 May 2028, as agreed by the trustees' Finance and People Committee. The table "
    "lists posts, not the people in them: the 48 dancers, the ballet staff who work under the "
    "Ballet Master and the players of the Brigantia Sinfonia are covered by their own "
    "agreements. Some papers, and most of the building, still use older titles: the Ticketing "
    "and Membership Manager is often called the Box Office Manager, the Head of Dancer Health "
    "the Head Physio, and the Touring and Transport Manager the Transport Manager. The last two "
    "rows are consultative bodies, not posts; they manage no one and hold no budget."
)
CONSULTED = "Not line-managed (consulted)"
POSTS = [
    ("Post", "Department", "Line manager", "Key responsibilities"),
    (
        "Executive Director",
        "Executive",
        "Board of Trustees",
        "Joint chief executive with the Artistic Director. Holds the company's budget and the "
        "funding agreement with Arts Council England; sponsor of Dancing Further and chair of "
        "its Programme Board; takes the go/no-go decision at each gate and brings Gate 2 to the "
        "Board of Trustees.",
    ),
    (
        "Artistic Director",
        "Artistic",
        "Board of Trustees",
        "Joint chief executive. Repertoire, casting and the artistic standard of every "
        "performance, in the theatre, on tour and on screen; chooses which performances are "
        "relayed.",
    ),
    (
        "Director of Artistic Planning and Touring",
        "Artistic",
        "Artistic Director",
        "The season and tour calendar: which ballets are danced where and when. Contracts and "
        "fees with tour venues; performing and filming rights with choreographers, their "
        "estates and music publishers.",
    ),
    (
        "Ballet Master",
        "Artistic",
        "Artistic Director",
        "Daily class and rehearsals; casting cover; decides when a dancer returning from injury "
        "is ready to go back on stage, once the Head of Dancer Health has cleared them "
        "medically.",
    ),
    (
        "Company Manager",
        "Artistic",
        "Director of Artistic Planning and Touring",
        "Dancers' daily calls and weekly schedules; dancers' coaches and hotels on tour; the "
        "record of dancers' working hours under the dancers' agreement.",
    ),
    (
        "Head of Dancer Health",
        "Artistic",
        "Artistic Director",
        "The dancers' health and injury service: physiotherapy, strength and conditioning, "
        "screening at the start of each season, injury records, and the medical clearance of "
        "dancers returning to work; runs the clinic at the Rowanfield. The service has no "
        "doctor of its own: a sports medicine consultant from Harlestone Royal Infirmary sees "
        "dancers one afternoon a fortnight.",
    ),
    (
        "Dancer Welfare Officer",
        "People",
        "Head of People",
        "Pastoral support for dancers, mental health first aid, career transition advice and "
        "the confidential welfare line; refers anything clinical to the Head of Dancer Health.",
    ),
    (
        "Technical Director",
        "Production",
        "Executive Director",
        "Stage, crew and all fixed equipment on stage and in the auditorium; get-ins and "
        "get-outs at the Rowanfield and on tour; the scenery store at Scaldwell and its "
        "register of sets; the crew's certificates for inspecting lifting and flying equipment "
        "under LOLER.",
    ),
    (
        "Head of Wardrobe",
        "Production",
        "Technical Director",
        "Making, fitting, altering and repairing costumes; the wardrobe team and the dressers, "
        "at home and on tour; the costume budget.",
    ),
    (
        "Wardrobe Stock Coordinator",
        "Production",
        "Head of Wardrobe",
        "The costume store at Scaldwell: the costume stock list, labels and counts, and the "
        "loan and hire of costumes to other companies.",
    ),
    (
        "Touring and Transport Manager",
        "Production",
        "Director of Artistic Planning and Touring",
        "Trucks, haulage and freight; drivers' hours; loading lists; the get-in plan sent to "
        "each tour venue.",
    ),
    (
        "Director of Audiences",
        "Audiences",
        "Executive Director",
        "Marketing, pricing, sales targets and the brand; ticketing and membership policy; "
        "audience targets for relays; arranges the Audience Panel's meetings.",
    ),
    (
        "Ticketing and Membership Manager",
        "Audiences",
        "Director of Audiences",
        "The box office at the Rowanfield and phone and online sales; the Friends of Brigantia "
        "scheme, its records, renewals and direct debits; day-to-day running of the ticketing "
        "system.",
    ),
    (
        "Audience Insight Manager",
        "Audiences",
        "Director of Audiences",
        "Audience surveys; sales and audience reports from the Wingspan reporting warehouse; "
        "the Dancing Further scorecard; audience returns to Arts Council England.",
    ),
    (
        "Head of Digital",
        "Audiences",
        "Director of Audiences",
        "The website and BNB at Home; producing relays with the outside broadcast company; "
        "agreements with cinemas.",
    ),
    (
        "Head of Learning",
        "Learning and Outreach",
        "Executive Director",
        "The schools programme: workshops, teachers' packs and training for teachers in "
        "partner schools; safeguarding lead for all work with children.",
    ),
    (
        "Head of Outreach",
        "Learning and Outreach",
        "Executive Director",
        "Work with towns and communities: partner schools outside Harlestone, free and "
        "low-price tickets, coaches for school groups and the community classes.",
    ),
    (
        "Head of People",
        "People",
        "Executive Director",
        "Recruitment, contracts, pay and HR policy; the company's training plan, training "
        "budget and training records; negotiates the dancers' agreement with Equity.",
    ),
    (
        "Director of Finance and Resources",
        "Finance and Resources",
        "Executive Director",
        "Finance and budgets, the financial returns to Arts Council England, procurement and "
        "contracts over \u00a325,000, insurance, and the Rowanfield's lease and upkeep.",
    ),
    (
        "IT Manager",
        "Finance and Resources",
        "Director of Finance and Resources",
        "Networks, devices and internet lines; systems contracts and the links between systems, "
        "including Spotlight, Wingspan and Physiotrack.",
    ),
    (
        "Artists' Committee (Equity)",
        "Consultative bodies",
        CONSULTED,
        "Five dancers elected each September under the dancers' agreement to speak for the "
        "dancers; consulted on filming, relays, schedules and working hours.",
    ),
    (
        "Audience Panel",
        "Consultative bodies",
        CONSULTED,
        "Twelve people who buy tickets from us; consulted on prices, Friends' benefits and how "
        "we write to audiences.",
    ),
]
SPONSOR = (
    "Sponsor: the Executive Director is the sponsor of Dancing Further, chairs its Programme "
    "Board and answers for it to the Board of Trustees."
)


def build_roster() -> bytes:
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(10)
    doc.add_heading(STRUCTURE_HEAD, level=1)
    doc.add_paragraph(STRUCTURE_INTRO)
    tab = doc.add_table(rows=len(POSTS), cols=4)
    tab.style = "Table Grid"
    for r, row in enumerate(POSTS):
        for c, text in enumerate(row):
            cell = tab.cell(r, c)
            cell.text = text
            if r == 0:
                for run_ in cell.paragraphs[0].runs:
                    run_.bold = True
    doc.add_paragraph(SPONSOR)
    return ooxml_bytes(
        doc,
        DOC_STAMP,
        author="Head of People",
        last_modified_by="Head of People",
        title="Company structure",
        revision=4,
    )


# =========================================================================== org text files

AGREEMENT = """
# Dancers' agreement: summary of terms

Agreed between Brigantia National Ballet and Equity for the seasons 2027/28 to 2029/30.
Summary written by the Head of People for managers, January 2028. The full text is on the
staff intranet.

## Who it covers

All 48 contracted dancers, from artists of the company to principals. Guest artists have
their own contracts.

## The Artists' Committee

Five dancers are elected each September to speak for the dancers with the company. The
committee meets the Artistic Director and the Head of People once a month. It is consulted;
the agreement itself is negotiated by Equity's organiser and the Head of People.

## Calls and hours

The Company Manager publishes each week's calls by 4pm on the Thursday before and keeps the
record of hours worked, at home and on tour.

## Health and returning to work

Dancers use the company's physiotherapy and strength and conditioning staff free of charge.
When a dancer has been off injured for more than two weeks, the Head of Dancer Health (the
head physio) clears them medically and the Ballet Master then decides when they go back on
stage.

## Filming, relays and streaming

The Artists' Committee must be consulted before any performance is filmed for a relay, a
stream or a recording. The fee dancers receive for each relay or stream is negotiated by the
Head of People with Equity and paid with the next month's salary.

## Touring

Dancers travel between tour towns by coach, booked by the Company Manager.
"""

TERMS = """
# Dancing Further Programme Board: terms of reference

Draft for approval with the plan at the board strategy day, 10 June 2028.

## Purpose

The Programme Board runs Dancing Further between meetings of the Board of Trustees: it keeps
the plan, the budget and the risks in view, takes the decisions the trustees delegate to it and
prepares those they keep.

## Sponsor and chair

The Executive Director is the sponsor of Dancing Further and chairs the Programme Board. The
sponsor takes the go/no-go decision at Gate 1 and at the milestone, and brings Gate 2 to the
Board of Trustees with a recommendation.

## Members

- Artistic Director
- Director of Audiences
- Director of Finance and Resources
- Technical Director
- Head of Dancer Health

The Audience Insight Manager attends every meeting and presents the scorecard. Other heads
attend when their work is on the agenda.

## Who does what for the board

- The Director of Finance and Resources holds the programme budget and reports spend against
  it each month.
- The Audience Insight Manager keeps the scorecard in Wingspan and the baseline of every
  measure.
- Training for new systems and new ways of working is planned, booked and recorded by the Head
  of People, with each system's business owner.
- The Executive Director's office keeps the risk log and the gate papers.

## Consulting

The Artists' Committee (Equity) and the Audience Panel are consulted before each gate. They
give their views in writing; they do not decide and they do not run any of the work.

## Meetings and reporting

The board meets on the second Tuesday of each month, starting on Tuesday 10 October 2028. It
reports to the Board of Trustees every quarter, and the Executive Director shares the
scorecard with our relationship manager at Arts Council England twice a year.
"""

PANEL = """
AUDIENCE PANEL - TERMS
Brigantia National Ballet
Revised April 2028

1. The Audience Panel is twelve people who buy tickets from us: four Friends, four people who
first came to us in the last two years, two from tour towns and two parents of pupils in the
schools programme.

2. Members serve for two years. We pay their travel and give each of them two tickets a season.

3. The Panel meets four times a season at the Rowanfield. The Director of Audiences arranges
the meetings and keeps the notes.

4. The Panel is consulted. It gives advice; it does not decide and it does not run any work.

5. Changes to Friends' benefits or to ticket prices cannot be announced before the Audience
Panel has seen them and its comments have gone to the Programme Board.

6. The Panel will help set the target for the survey question on whether ballet is for people
like them.
"""

SYSTEMS = """
# Systems and data register

Kept by the IT Manager (the "IT lead" in papers written before 2027). Last reviewed on
15 May 2028. Each system has a business owner, who decides how it is used, and a technical
owner, who keeps it running.

## Box office and Friends

**BoxPro 6** (Tillerman Software, on a server in the Rowanfield basement) has taken every
Rowanfield sale at the counter, by phone and online since 2014, and runs the Friends of
Brigantia scheme: 11,850 current Friends at 31 March 2028. BoxPro 6 runs only at the
Rowanfield box office: tour venues sell our performances on their own systems and send us
weekly totals, not bookers' names. Lapsed Friends' records are not retained beyond 24 months,
so the list holds nobody who left before spring 2026.
Business owner: Ticketing and Membership Manager. Technical owner: IT Manager.

**Spotlight** (Corvedale Software) is our new ticketing and membership system. The contract
was signed on 3 April 2028 for five years. Corvedale hosts it; it takes sales at the counter,
by phone and online, runs the Friends scheme and collects direct debits through our bank.
Go-live is planned for January 2029.
Business owner: Ticketing and Membership Manager. Technical owner: IT Manager.

## Reporting

**Wingspan** is our reporting warehouse, built in 2025. It takes nightly loads from BoxPro,
the finance ledger (Tallyworks) and StaffBook, and Power BI dashboards sit on top of it.
Spotlight will load into it from go-live.
Business owner: Audience Insight Manager. Technical owner: IT Manager.

## Dancers' health

Injury records are kept on paper in the clinic at the Rowanfield, with a physiotherapy
spreadsheet for the monthly totals, and the paper notes stay in Harlestone when the company
tours.
**Physiotrack** (Teller Health): licences for twelve tablets were bought in May 2028, to be
set up by the clinic team from October 2028.
Injury records belong to the health service: the Head of Dancer Health decides what is
recorded, how, and who may see it. Technical owner of Physiotrack: IT Manager.

## Costumes and scenery

The costume stock list relies on a spreadsheet, kept by the Wardrobe Stock Coordinator and
last checked in full in 2023. The Scaldwell store holds about 14,200 costume items.
The scenery register lists every set piece by production and by bay at Scaldwell; the
Technical Director's team keeps it.

## People and money

**StaffBook** holds contracts, pay, training records and DBS checks for everyone we employ.
Business owner: Head of People.
**Tallyworks** is the finance ledger. Business owner: Director of Finance and Resources.

## Digital

The website and **BNB at Home**, our streaming service, run on Screenbox. BNB at Home has sold
recorded performances since 2021, to 3,100 paying viewers in 2027/28.
Business owner: Head of Digital. Technical owner: IT Manager.
"""

MEASURES = """
# Measures and baselines for Dancing Further

Agreed at the Programme Board's shadow meeting on 22 May 2028. Baselines are for the 2027/28
season or Tour 2027 unless the table says otherwise. Each measure has one owner, who reports
it to the Programme Board; the Audience Insight Manager puts the nine together in the scorecard
in Wingspan.

| Measure | How it is counted | Owner | Baseline | Source |
|---|---|---|---|---|
| Rowanfield seats sold | Seats sold as a share of seats on sale, all Rowanfield performances in a season | Director of Audiences | 71% (2027/28) | BoxPro through Wingspan |
| First-time bookers who come back | Bookers with no booking in the five years before who book again within 12 months of their first performance | Director of Audiences | 19% (first bookings made in 2026/27) | BoxPro through Wingspan |
| Friends who renew | Friends due to renew in March who have renewed by 30 April | Ticketing and Membership Manager | 64% (March 2028) | BoxPro |
| Cinema relay tickets | Tickets sold for our live relays in cinemas, all screens, one season | Head of Digital | 0 (2027/28) | cinema returns |
| Dancer days lost to injury | Working days contracted dancers miss through injury, all dancers, one season | Head of Dancer Health | 1,940 (2027/28) | physiotherapy spreadsheet |
| Pupils from partner schools at a performance | Pupils from partner schools who see a full performance in one school year | Head of Outreach | 4,100 (2027/28) | schools bookings |
| Costume items where the stock list says they are | Share of a sample of 500 items found where the stock list places them | Wardrobe Stock Coordinator | 71% (October 2027 count) | costume stock list |
| Tour get-ins finished on schedule | Get-ins where the stage is handed to the company by the time agreed with the venue | Touring and Transport Manager | 78% (14 of 18 get-ins, Tour 2027) | tour reports |
| Audiences who say ballet is for people like them | Share of survey answers that agree or strongly agree | Audience Insight Manager | 46% (2027 audience survey) | annual audience survey |

The targets are those in the Dancing Further deck. The target for the last measure will be set
with the Audience Panel in 2029.
"""

BUILDING = """
ROWANFIELD THEATRE: BUILDING NOTES FOR DANCING FURTHER
Technical Director, May 2028

The Rowanfield opened in 1911 and seats 1,640 on three levels: stalls, dress circle and upper
circle. We lease it from Harlestone City Council until 2046.

Cameras: the two boxes at the back of the dress circle each take a camera on a fixed plate, and
a third position sits at the centre of the stalls' rear wall. All three were used when we
recorded Giselle in 2025.

Internet: the Rowanfield has no fibre line; its one internet line is a 200 Mbit/s business
line shared with the offices, too slow to carry a live relay out of the building. The IT
Manager holds a quote for a dedicated line.

Outside broadcast: a broadcast truck parks in Cooper's Yard behind the stage door, where there
is a three-phase power point.

Scenery comes in through the dock door on Cooper's Yard; a full get-in for a three-act ballet
takes two days.
"""

TOURING = """
# Touring: notes for the Programme Board

Touring and Transport Manager, May 2028

## Tour 2027 in brief

Nine weeks in June and July, 14 venues in 12 towns, 18 get-ins. The six largest venues are
the Thornwick Grand, Eastmere Civic, Hollowford Playhouse, Kirkbeck Royal, Gorsedale Alhambra
and Penfold Lyceum; their towns are the six tour towns of the Dancing Further plan.

## Trucks and haulage

Pennock Haulage carries our scenery, costumes and wardrobe in three articulated trucks with
their own drivers. The haulage contract with Pennock Haulage ends on 31 July 2029 and is not
yet retendered. Procurement over £25,000 goes through the Director of Finance and Resources.

## Get-ins

Each venue receives our technical rider in March. The get-in plan, with the truck order and
the crew call, has been sent out by the Touring and Transport Manager a week before each
get-in. Four of the 18 get-ins on Tour 2027 ran past the time agreed with the venue.

## Dancers on tour

The Company Manager books the dancers' coaches and hotels and keeps their hours.
"""

SCHOOLS = """
SCHOOLS PROGRAMME REVIEW 2026/27: SUMMARY FOR TRUSTEES
Head of Learning, November 2027

What we did: 38 schools brought 4,100 pupils to matinees at the Rowanfield, and our three dance
artists led 212 workshops in classrooms.

Where: the schools programme only covers schools within 20 miles of Harlestone, because our
workshop artists travel by public transport from the Rowanfield.

What next: the Head of Outreach has begun talks with the councils in Thornwick and Kirkbeck
about partner schools in their towns. From 2028/29 the Head of Learning will train teachers in
partner schools to lead a ballet workshop themselves, using the Brigantia teachers' pack.

Safeguarding: the Head of Learning is the company's safeguarding lead, and every workshop
artist holds an enhanced DBS check, recorded in StaffBook.
"""

KINETTA = """
# Kinetta, Callowmere: notes from our visit

Head of Digital, 24 April 2028

- Kinetta runs three screens in the old Corn Exchange in Callowmere: 240, 210 and 160 seats.
- It has shown opera relays since 2019; its projection and sound were renewed in 2026.
- Kinetta's members' list reaches about 9,400 households in and around Callowmere.
- Agreed in principle: three Thursday evening relays in spring 2029, ticket income shared
  half and half.
- Callowmere is 70 miles from Harlestone; the nearest venue on our tour is the Kirkbeck Royal,
  41 miles away.
"""

ORG_TEXT = {
    "org/people/dancers-agreement.md": AGREEMENT,
    "org/governance/programme-board-terms-of-reference.md": TERMS,
    "org/governance/audience-panel-terms.txt": PANEL,
    "org/systems/systems-and-data-register.md": SYSTEMS,
    "org/measures/measures-and-baselines.md": MEASURES,
    "org/context/rowanfield-building-notes.txt": BUILDING,
    "org/context/touring-notes-2028.md": TOURING,
    "org/context/schools-programme-review-2027.txt": SCHOOLS,
    "org/context/kinetta-callowmere-visit.md": KINETTA,
}


def build(out: Path) -> None:
    root = out / CASE
    files: dict[str, str | bytes] = {DECK: build_deck(), ROSTER: build_roster()}
    files.update(ORG_TEXT)
    write_files(root, files)


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
