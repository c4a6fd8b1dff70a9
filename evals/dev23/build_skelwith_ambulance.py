"""Build the dev23 case ``skelwith-ambulance``: its deck and its org folder, deterministically.

Run from the repository root with the project's venv (python-pptx and lxml):

    .venv/bin/python evals/dev23/build_skelwith_ambulance.py [out]

Writes, under ``evals/dev23/skelwith-ambulance/`` (or ``<out>/skelwith-ambulance/``):

- ``ready-when-it-matters-trust-board-2028-03.pptx``: a regional ambulance trust's strategy for
  April 2028 to March 2031, a 16:9 deck made in APPLE KEYNOTE and exported to PowerPoint, with
  what such an export carries: ``docProps/app.xml`` naming Keynote as the application, two
  generic slide layouts ("Title & Subtitle" on the cover, "Blank" everywhere else), no
  placeholder on any slide (every title is a plain text box at the top), every text box a
  plain ``p:sp`` without ``txBox="1"``, named "Text N" (text) or "Shape N" (drawn shapes), text
  frames with explicit ``a:bodyPr`` insets (50800 EMU, Keynote's 4 pt), every paragraph with an
  explicit ``a:pPr`` and every run its size in hundredths of a point, bullets as ``a:buChar``
  in some boxes and as typed characters ("-", "\u25b8", "1.") in others, speaker notes on four
  slides. The KPI slide is a grid of TILES (target as a big number; the metric on the label's
  first line, the baseline and by-when on its second); the figures slide uses the same tile
  form for 2026/27 statistics; the roadmap is drawn with shapes on a grid of half-years of the
  trust's financial year (April to March).
- ``org/``: the trust's roles as Excel's "Unicode Text" export (``people/trust-roles.txt``:
  UTF-16 little-endian with a byte-order mark, TAB-separated, CRLF, cells holding a comma or a
  quote in double quotes, a quote doubled), and UTF-8 Markdown and text files: the programme
  board's terms of reference, the union partnership agreement extract, the digital systems and
  data inventory, the fleet and estate register, the measure definitions, the acute hospitals
  and ICBs note, the care inspectorate's findings, the workforce facts, the patients' forum
  terms, the pilot stations' profile and an email from the fleet head.

Re-running it rewrites every file byte for byte: the PPTX through ``evals/dev16/_build.py``
(fixed ZIP entry times and document dates), the text files as literal strings. It never
touches ``gold.json``. This is a DEVELOPMENT case (split "dev23").
"""

from __future__ import annotations

import io
import sys
import zipfile
from collections.abc import Sequence
from pathlib import Path
from xml.sax.saxutils import escape

from lxml import etree
from pptx import Presentation
from pptx.util import Emu

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals.dev16._build import Stamp, normalize_zip, write_files  # noqa: E402

HERE = Path(__file__).resolve().parent
CASE = "skelwith-ambulance"
DECK = "ready-when-it-matters-trust-board-2028-03.pptx"
ROSTER = "org/people/trust-roles.txt"
STAMP = Stamp((2028, 3, 21, 18, 42, 10), "2028-03-21T18:42:10Z")

EMU = 914400
NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
NS_P = "http://schemas.openxmlformats.org/presentationml/2006/main"
NSDECL = f'xmlns:a="{NS_A}" xmlns:p="{NS_P}"'
FONT = "Helvetica Neue"
NAVY = "14213D"
RED = "C8102E"
GREY = "5B6770"
PALE = "EEF1F4"
WHITE = "FFFFFF"
GREEN = "2E7D5B"

APP_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"'
    ' xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    "<Application>Keynote</Application><AppVersion>14.1</AppVersion>"
    "<Slides>{slides}</Slides><Notes>{notes}</Notes><HiddenSlides>0</HiddenSlides>"
    "<PresentationFormat>Custom</PresentationFormat></Properties>"
)


def emu(inches: float) -> int:
    return int(round(inches * EMU))


# =========================================================================== Keynote-style XML


class Ids:
    """Shape ids of one slide, counted as Keynote counts them (from a slide's own base)."""

    def __init__(self, base: int) -> None:
        self.n = base

    def next(self) -> int:
        self.n += 1
        return self.n


def run(text: str, size: int, *, bold: bool = False, color: str = NAVY) -> str:
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
    color: str = NAVY,
    algn: str = "l",
    bullet: str | None = None,
    before: int = 0,
) -> str:
    """One paragraph: an explicit ``a:pPr`` (a ``buChar`` bullet when ``bullet`` is given,
    else ``buNone``) and one run of ``size`` hundredths of a point."""
    if bullet:
        ppr = (
            f'<a:pPr marL="285750" marR="0" indent="-285750" algn="{algn}" defTabSz="825500">'
            f'<a:lnSpc><a:spcPct val="100000"/></a:lnSpc><a:spcBef><a:spcPts val="{before}"/>'
            f'</a:spcBef><a:buClr><a:srgbClr val="{RED}"/></a:buClr><a:buSzPct val="100000"/>'
            f'<a:buFont typeface="{FONT}"/><a:buChar char="{bullet}"/></a:pPr>'
        )
    else:
        ppr = (
            f'<a:pPr marL="0" marR="0" indent="0" algn="{algn}" defTabSz="825500">'
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
    kind: str | None = None,
) -> str:
    """A plain ``p:sp`` as Keynote exports it: no ``txBox``, no placeholder, "Text N" or
    "Shape N", explicit insets; a shape without paragraphs still carries an empty body."""
    sid = ids.next()
    name = f"{kind or ('Shape' if fill or line or geom != 'rect' else 'Text')} {sid}"
    fill_xml = f'<a:solidFill><a:srgbClr val="{fill}"/></a:solidFill>' if fill else "<a:noFill/>"
    ln = (
        f'<a:ln w="12700" cap="flat"><a:solidFill><a:srgbClr val="{line}"/></a:solidFill>'
        f'<a:prstDash val="solid"/><a:miter lim="400000"/></a:ln>'
        if line
        else '<a:ln w="12700" cap="flat"><a:noFill/><a:miter lim="400000"/></a:ln>'
    )
    body = "".join(paras) or (
        '<a:p><a:pPr marL="0" marR="0" indent="0" algn="l" defTabSz="825500">'
        "<a:buClrTx/><a:buSzTx/><a:buFontTx/><a:buNone/></a:pPr>"
        '<a:endParaRPr lang="en-GB" sz="1200"/></a:p>'
    )
    autofit = "<a:spAutoFit/>" if not fill and geom == "rect" else "<a:normAutofit/>"
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


def cxn(ids: Ids, x1: float, y1: float, x2: float, y2: float, color: str = GREY) -> str:
    sid = ids.next()
    return (
        f'<p:cxnSp {NSDECL}><p:nvCxnSpPr><p:cNvPr id="{sid}" name="Line {sid}"/><p:cNvCxnSpPr/>'
        f'<p:nvPr/></p:nvCxnSpPr><p:spPr><a:xfrm><a:off x="{emu(x1)}" y="{emu(y1)}"/>'
        f'<a:ext cx="{emu(x2 - x1)}" cy="{emu(y2 - y1)}"/></a:xfrm><a:prstGeom prst="line">'
        f'<a:avLst/></a:prstGeom><a:noFill/><a:ln w="19050" cap="flat"><a:solidFill>'
        f'<a:srgbClr val="{color}"/></a:solidFill><a:prstDash val="dash"/>'
        f'<a:miter lim="400000"/></a:ln><a:effectLst/></p:spPr></p:cxnSp>'
    )


def header(ids: Ids, eyebrow: str, title: str, sub: str | None, page: int) -> list[str]:
    """The top of a content slide: eyebrow, title text box, optional subtitle, page number."""
    out = [
        sp(ids, 0.55, 0.3, 9.0, 0.35, [para(eyebrow, 1100, bold=True, color=RED)]),
        sp(ids, 0.55, 0.62, 12.2, 0.7, [para(title, 3000, bold=True)]),
    ]
    if sub:
        out.append(sp(ids, 0.55, 1.3, 12.2, 0.45, [para(sub, 1500, color=GREY)]))
    out.append(sp(ids, 11.3, 7.02, 1.5, 0.3, [para(f"{page} / 17", 1000, color=GREY, algn="r")]))
    out.append(
        sp(
            ids,
            0.55,
            7.02,
            9.0,
            0.3,
            [
                para(
                    "Skelwith Ambulance Service NHS Trust \u00b7 Ready When It Matters",
                    1000,
                    color=GREY,
                )
            ],
        )
    )
    return out


def bullets(texts: Sequence[str], size: int, *, char: str | None = "\u2022") -> list[str]:
    """Bullet paragraphs: ``a:buChar`` when ``char`` is given, else the text as typed."""
    return [para(t, size, bullet=char, before=600 if i else 0) for i, t in enumerate(texts)]


def typed(texts: Sequence[str], size: int) -> list[str]:
    return [para(t, size, before=600 if i else 0) for i, t in enumerate(texts)]


def tile(
    ids: Ids, x: float, y: float, w: float, big: str, line1: str, line2: str, *, color: str = NAVY
) -> list[str]:
    """A tile: a pale card, the big figure in its own text box, a label box of two lines."""
    return [
        sp(ids, x, y, w, 2.25, fill=PALE),
        sp(ids, x + 0.1, y + 0.12, w - 0.2, 0.85, [para(big, 4000, bold=True, color=color)]),
        sp(
            ids,
            x + 0.1,
            y + 1.0,
            w - 0.2,
            1.1,
            [para(line1, 1400, bold=True), para(line2, 1150, color=GREY, before=300)],
        ),
    ]


# =========================================================================== slides


def s01(ids: Ids) -> list[str]:
    return [
        sp(ids, 0, 0, 13.333, 7.5, fill=NAVY),
        sp(
            ids,
            0.8,
            1.2,
            11.0,
            0.4,
            [para("SKELWITH AMBULANCE SERVICE NHS TRUST", 1400, bold=True, color=WHITE)],
        ),
        sp(ids, 0.8, 2.0, 11.5, 1.3, [para("Ready When It Matters", 6000, bold=True, color=WHITE)]),
        sp(
            ids,
            0.8,
            3.4,
            11.5,
            0.9,
            [
                para(
                    "Our strategy for 999, 111 and urgent care, April 2028 to March 2031",
                    2200,
                    color=WHITE,
                )
            ],
        ),
        sp(
            ids,
            0.8,
            5.6,
            11.5,
            0.9,
            [
                para(
                    "Trust Board \u00b7 Part 1 \u00b7 28 March 2028 \u00b7 Item 9",
                    1400,
                    color=WHITE,
                ),
                para(
                    "Presented by the Chief Executive and the Director of Operations",
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
        "2026/27 in figures",
        "Our busiest year yet, and our slowest responses since 2022",
        2,
    )
    stats = [
        ("1.19m", "999 calls answered in 2026/27", "up 6% on 2025/26"),
        ("8 min 41 s", "average wait for a Category 1 response", "national standard: 7 minutes"),
        (
            "41 min",
            "average wait for a Category 2 response",
            "national standard: 18 minutes; recovery aim: 30",
        ),
        ("71%", "of 999 calls picked up within 10 seconds", "52% in January 2027"),
        (
            "38 min",
            "average from arrival at hospital to handover",
            "81,400 crew hours lost outside emergency departments",
        ),
        (
            "31%",
            "of patients cared for without a trip to an emergency department",
            "hear and treat 9% \u00b7 see and treat 22%",
        ),
        ("11.2%", "of staff left the trust in the year", "call handlers: 27%"),
        (
            "91%",
            "of front-line ambulances on the road for their shift",
            "average fleet age 6.1 years",
        ),
    ]
    for k, (big, l1, l2) in enumerate(stats):
        x = 0.55 + (k % 4) * 3.08
        y = 1.95 + (k // 4) * 2.45
        out += tile(ids, x, y, 2.9, big, l1, l2, color=GREY)
    return out


def s03(ids: Ids) -> list[str]:
    out = header(ids, "WHY WE MUST CHANGE", "What gets in the way", None, 3)
    out.append(
        sp(
            ids,
            0.55,
            1.6,
            12.0,
            5.2,
            typed(
                [
                    "\u2013 Calls wait because we lose call handlers faster than we can train them",
                    "\u2013 Crews queue at hospital doors: 81,400 hours in 2026/27, the same as 46 "
                    "ambulances off the road all year",
                    "\u2013 Too many patients go to hospital by default; crews have few places to refer "
                    "them",
                    "\u2013 22 of our 60 stations still write patient records on paper",
                    "\u2013 Our rota patterns were set in 2011 and no longer match when patients call",
                    "\u2013 One ambulance in seven is past its planned replacement date",
                ],
                2000,
            ),
        )
    )
    return out


def s04(ids: Ids) -> list[str]:
    out = header(ids, "OUR AMBITION", "Where we will be in March 2031", None, 4)
    out += [
        sp(ids, 0.55, 1.7, 12.2, 0.4, [para("NORTH STAR", 1300, bold=True, color=RED)]),
        sp(
            ids,
            0.55,
            2.1,
            12.2,
            1.2,
            [para("The right response for every patient, first time, every time", 3400, bold=True)],
        ),
        sp(
            ids,
            0.55,
            3.7,
            3.9,
            2.6,
            [
                para("For patients", 1800, bold=True, color=RED),
                para(
                    "The right help, whether that is advice, a clinician on the phone or an "
                    "ambulance",
                    1500,
                    before=600,
                ),
            ],
            fill=PALE,
        ),
        sp(
            ids,
            4.7,
            3.7,
            3.9,
            2.6,
            [
                para("For our partners", 1800, bold=True, color=RED),
                para("Crews back on the road, not waiting in hospital corridors", 1500, before=600),
            ],
            fill=PALE,
        ),
        sp(
            ids,
            8.85,
            3.7,
            3.9,
            2.6,
            [
                para("For our people", 1800, bold=True, color=RED),
                para("A service people join, stay in and feel safe working for", 1500, before=600),
            ],
            fill=PALE,
        ),
    ]
    return out


PILLARS = [
    (
        "1 \u00b7 Answer and assess",
        "Every 999 and 111 call answered quickly and sent to the right care",
    ),
    (
        "2 \u00b7 Reach patients faster",
        "Rotas, vehicles and stations matched to when and where patients call",
    ),
    ("3 \u00b7 Care closer to home", "Fewer trips to hospital, and no crews stuck at the door"),
    (
        "4 \u00b7 Our people and our records",
        "Staff who stay, and a digital record for every patient",
    ),
]


def s05(ids: Ids) -> list[str]:
    out = header(
        ids,
        "HOW WE WILL GET THERE",
        "Four pillars",
        "Each pillar has its goals, its initiatives and one accountable lead",
        5,
    )
    for k, (name, line) in enumerate(PILLARS):
        x = 0.55 + k * 3.08
        out.append(
            sp(
                ids,
                x,
                2.0,
                2.9,
                0.9,
                [para(name, 1700, bold=True, color=WHITE)],
                fill=RED if k % 2 == 0 else NAVY,
                anchor="ctr",
            )
        )
        out.append(sp(ids, x, 3.0, 2.9, 2.4, [para(line, 1500)], fill=PALE))
    out.append(
        sp(
            ids,
            0.55,
            5.8,
            12.2,
            0.6,
            [
                para(
                    "Underneath all four: one set of figures from Beacon, reported monthly",
                    1500,
                    bold=True,
                    color=GREY,
                )
            ],
        )
    )
    return out


def pillar(
    ids: Ids,
    page: int,
    eyebrow: str,
    title: str,
    goals: Sequence[str],
    actions: list[str],
    lead: str,
) -> list[str]:
    out = header(ids, eyebrow, title, None, page)
    out.append(
        sp(
            ids,
            0.55,
            1.55,
            12.2,
            0.4 + 0.45 * len(goals),
            [
                para(g, 1700, bold=True, color=GREEN, before=200 if i else 0)
                for i, g in enumerate(goals)
            ],
            fill=PALE,
        )
    )
    out.append(
        sp(
            ids,
            0.55,
            2.2 + 0.45 * len(goals),
            1.0,
            0.4,
            [para("What we will do", 1300, bold=True, color=RED)],
            kind="Text",
        )
    )
    out.append(sp(ids, 0.55, 2.65 + 0.45 * len(goals), 12.2, 3.6, actions))
    out.append(sp(ids, 0.55, 6.55, 12.2, 0.4, [para(lead, 1300, color=GREY)]))
    return out


def s06(ids: Ids) -> list[str]:
    return pillar(
        ids,
        6,
        "PILLAR 1",
        "Answer and assess",
        ["Goal: answer 92% of 999 calls within 10 seconds by March 2029"],
        bullets(
            [
                "Recruit and train 40 more call handlers for Calderwick and Ashby Cross "
                "by December 2028",
                "Put a clinical validation desk on every shift in both operations "
                "centres to review Category 3 and 4 calls before a vehicle is sent",
                "Move NHS 111 onto Meridian CAD so calls pass from 111 to 999 without re-typing",
                "Train volunteer 111 health advisers to take 999 calls at peak times",
            ],
            1700,
        ),
        "Lead: Head of Emergency Operations Centres, with the Head of NHS 111 and "
        "Clinical Assessment",
    )


def s07(ids: Ids) -> list[str]:
    return pillar(
        ids,
        7,
        "PILLAR 2",
        "Reach patients faster",
        [
            "Goal: Category 1 mean response of 7 minutes by March 2030",
            "Goal: 98% of front-line ambulances ready for their shift by September 2029",
        ],
        typed(
            [
                "\u25b8 Introduce new rotas at all 60 stations, matched to demand by hour and day",
                "\u25b8 Replace 148 double-crewed ambulances by March 2031, 50 of them in 2028/29",
                "\u25b8 Open a make-ready hub at Ashby Cross where vehicles are cleaned, "
                "restocked and checked between shifts",
                "\u25b8 Fit telematics to the 230 vehicles that do not have it",
            ],
            1700,
        ),
        "Lead: Director of Operations, with the Head of Fleet and Workshop",
    )


def s08(ids: Ids) -> list[str]:
    return pillar(
        ids,
        8,
        "PILLAR 3",
        "Care closer to home",
        [
            "Goal: 40% of patients cared for without going to an emergency department "
            "by March 2031",
            "Goal: no crew waits more than 60 minutes to hand over at any of our 12 "
            "hospitals from October 2029",
        ],
        bullets(
            [
                "Agree a release-to-respond protocol with all 12 acute hospitals: crews "
                "handed over or released at 45 minutes",
                "Train 60 more specialist paramedics in urgent and emergency care by March 2030",
                "Give crews one referral line to urgent community response, falls and "
                "mental health teams in all three ICB areas",
                "Add mental health clinicians to both operations centres, 08:00 to midnight",
            ],
            1700,
            char="\u25aa",
        ),
        "Lead: Medical Director, with the Head of Hospital Handover and System Partnerships",
    )


def s09(ids: Ids) -> list[str]:
    return pillar(
        ids,
        9,
        "PILLAR 4",
        "Our people and our records",
        [
            "Goal: 95% of patient care records completed on SkelCare by March 2030",
            "Goal: staff turnover below 9% by March 2030",
        ],
        typed(
            [
                "- Roll SkelCare ePCR out to the 22 stations still on paper by March 2030",
                "- Issue body-worn cameras to every front-line crew member",
                "- Offer self-rostering at every station whose staff vote for it",
                "- Give every paramedic two protected education days a year",
            ],
            1700,
        ),
        "Lead: Director of People, with the Chief Digital and Information Officer",
    )


KPIS = [
    ("7:00", "Category 1 mean response time (min:s)", "Baseline 8:41 \u00b7 by H2 2029/30"),
    ("30:00", "Category 2 mean response time (min:s)", "Baseline 41:10 \u00b7 by H2 2030/31"),
    ("92%", "999 calls answered within 10 seconds", "Baseline 71% \u00b7 by H2 2028/29"),
    ("15 min", "Average hospital handover time", "Baseline 38 min \u00b7 by H1 2030/31"),
    (
        "40%",
        "Patients not conveyed to an emergency department",
        "Baseline 31% \u00b7 by H2 2030/31",
    ),
    ("98%", "Front-line ambulances available for their shift", "Baseline 91% \u00b7 by H1 2029/30"),
    ("95%", "Patient care records on SkelCare ePCR", "Baseline 64% \u00b7 by H2 2029/30"),
    ("9%", "Staff turnover, rolling 12 months", "Baseline 11.2% \u00b7 by H2 2029/30"),
    (
        "Higher",
        "Staff who feel safe from violence at work",
        "Baseline 58% in the 2026 staff survey \u00b7 target to be agreed with the AAWU",
    ),
]


def s10(ids: Ids) -> list[str]:
    out = header(
        ids,
        "MEASURES",
        "How we will know",
        "Target in large type; baselines are 2026/27; by-when in our half-years",
        10,
    )
    for k, (big, l1, l2) in enumerate(KPIS):
        x = 0.55 + (k % 5) * 2.46
        y = 1.9 + (k // 5) * 2.5
        out += tile(ids, x, y, 2.32, big, l1, l2, color=RED if k < 8 else GREY)
    return out


HALVES = ["H1 2028/29", "H2 2028/29", "H1 2029/30", "H2 2029/30", "H1 2030/31", "H2 2030/31"]


def s11(ids: Ids) -> list[str]:
    out = header(
        ids,
        "ROADMAP",
        "Four phases, three gates",
        "Our financial year runs April to March: H1 is April to September, H2 is October to March",
        11,
    )
    x0, col = 0.55, 2.03
    for k, h in enumerate(HALVES):
        out.append(
            sp(
                ids,
                x0 + k * col,
                2.0,
                col - 0.05,
                0.45,
                [para(h, 1200, bold=True, color=WHITE, algn="ctr")],
                fill=NAVY,
                anchor="ctr",
            )
        )
    phases = [
        (0, 1, "Phase 1 \u00b7 Foundations", "H1 2028/29"),
        (1, 1, "Phase 2 \u00b7 Pilot at Brackenfold and Thwaite Moor", "H2 2028/29"),
        (2, 3, "Phase 3 \u00b7 Trust-wide roll-out", "H1 2029/30 to H1 2030/31"),
        (5, 1, "Phase 4 \u00b7 Embed and hand over", "H2 2030/31"),
    ]
    for k, (start, span, name, when) in enumerate(phases):
        out.append(
            sp(
                ids,
                x0 + start * col,
                2.7 + k * 0.75,
                span * col - 0.05,
                0.68,
                [para(name, 1150, bold=True, color=WHITE), para(when, 1000, color=WHITE)],
                fill=RED if k % 2 else GREEN,
                geom="roundRect",
                anchor="ctr",
            )
        )
    gates = [
        (1, "Gate 1 \u00b7 end of September 2028 \u00b7 ready to pilot?"),
        (2, "Gate 2 \u00b7 end of March 2029 \u00b7 roll out trust-wide?"),
        (5, "Gate 3 \u00b7 end of September 2030 \u00b7 ready to hand over?"),
    ]
    for k, (at, label) in enumerate(gates):
        gx = x0 + at * col - 0.025
        out.append(cxn(ids, gx, 2.5, gx, 5.75))
        out.append(sp(ids, gx - 0.17, 5.75, 0.34, 0.34, fill=NAVY, geom="diamond"))
        out.append(sp(ids, 0.55 + k * 4.1, 6.2, 4.0, 0.7, [para(label, 1100, bold=True)]))
    return out


def s12(ids: Ids) -> list[str]:
    out = header(
        ids,
        "PILOT",
        "Pilot: Brackenfold and Thwaite Moor stations",
        "October 2028 to March 2029, through the winter on purpose",
        12,
    )
    out.append(
        sp(
            ids,
            0.55,
            1.95,
            3.8,
            4.6,
            [
                para("Why these two stations", 1500, bold=True, color=RED),
                para(
                    "Brackenfold: a busy market town, 9 miles from Harnside Royal Infirmary",
                    1300,
                    before=600,
                ),
                para(
                    "Thwaite Moor: our most rural patch, with the longest Category 1 waits in the "
                    "trust (12:05)",
                    1300,
                    before=600,
                ),
                para("Staff at both stations asked to go first", 1300, before=600),
            ],
            fill=PALE,
        )
    )
    out.append(
        sp(
            ids,
            4.5,
            1.95,
            4.3,
            4.6,
            [
                para("What we will test", 1500, bold=True, color=RED),
                *bullets(
                    [
                        "New rotas at both stations from 1 October 2028",
                        "SkelCare tablets for every crew from day one",
                        "The 45-minute release rule at Harnside Royal Infirmary",
                        "A specialist paramedic car from Thwaite Moor, 08:00 to 22:00, seven days a week",
                        "Direct referral to the Harnside falls response team",
                    ],
                    1300,
                ),
            ],
            fill=PALE,
        )
    )
    out.append(
        sp(
            ids,
            8.95,
            1.95,
            3.8,
            4.6,
            [
                para("Pass marks for Gate 2", 1500, bold=True, color=RED),
                *typed(
                    [
                        "1. Category 1 mean in the pilot area under 9 minutes for three months running",
                        "2. Half of the pilot area's falls calls closed without a trip to hospital",
                        "3. No handover at Harnside Royal Infirmary over 60 minutes in February or March "
                        "2029",
                        "4. Most crews at both stations vote to keep the new rota",
                    ],
                    1300,
                ),
            ],
            fill=PALE,
        )
    )
    return out


RISKS = [
    (
        "Hospitals do not release crews at 45 minutes in winter",
        "Publish lost crew hours by hospital every week and escalate through each ICB's urgent "
        "and emergency care board",
    ),
    (
        "The new rotas are not agreed with the AAWU in time",
        "Open consultation in May 2028; the pilot stations keep their old rota as a fallback",
    ),
    (
        "Tablets lose signal in the fells and records are lost",
        "Buy SkelCare's offline module and fit 4G boosters to 30 vehicles in the fells",
    ),
    (
        "We cannot recruit call handlers fast enough",
        "Recruit all year round with Harnside College and pay a retention payment at 12 months",
    ),
    (
        "New ambulances arrive late from the converter",
        "Extend the leases of the 35 oldest ambulances to March 2030",
    ),
    (
        "The CAD change fails during winter",
        "No go-live in December or January; 111 stays on Solus until the link passes testing",
    ),
]


def s13(ids: Ids) -> list[str]:
    out = header(ids, "RISKS", "What could stop us, and what we will do", None, 13)
    out.append(sp(ids, 0.55, 1.55, 5.2, 0.4, [para("Risk", 1300, bold=True, color=RED)]))
    out.append(sp(ids, 6.0, 1.55, 6.7, 0.4, [para("Mitigation", 1300, bold=True, color=RED)]))
    for k, (risk, mit) in enumerate(RISKS):
        y = 2.0 + k * 0.8
        out.append(
            sp(ids, 0.55, y, 5.3, 0.72, [para(f"R{k + 1} {risk}", 1250, bold=True)], fill=PALE)
        )
        out.append(sp(ids, 6.0, y, 6.75, 0.72, [para(mit, 1250)]))
    return out


def s14(ids: Ids) -> list[str]:
    out = header(ids, "GOVERNANCE AND MONEY", "How we will run it", None, 14)
    out.append(
        sp(
            ids,
            0.55,
            1.6,
            6.0,
            5.0,
            bullets(
                [
                    "Sponsor: the Chief Executive, who chairs the Ready When It Matters Programme Board",
                    "The Programme Board meets monthly and reports to the Trust Board every quarter",
                    "Members: the Directors of Operations, People, Finance and Quality, the Medical "
                    "Director and the Chief Digital and Information Officer",
                    "The AAWU and the Patients' Forum are consulted before each gate",
                ],
                1500,
            ),
        )
    )
    out.append(
        sp(
            ids,
            6.9,
            1.6,
            5.85,
            5.0,
            [
                para("\u00a338.6m over three years", 2400, bold=True, color=RED),
                para("Vehicles and make-ready hub: \u00a324.1m", 1500, before=900),
                para("Digital (CAD, ePCR, telematics): \u00a36.2m", 1500, before=300),
                para("People, education and call handlers: \u00a35.3m", 1500, before=300),
                para("Programme office and pilot: \u00a33.0m", 1500, before=300),
                para("Phase 1 and the pilot: \u00a36.4m in 2028/29", 1500, bold=True, before=900),
            ],
            fill=PALE,
        )
    )
    return out


def s15(ids: Ids) -> list[str]:
    out = header(ids, "FIRST 100 DAYS", "April to mid-July 2028", None, 15)
    out.append(
        sp(
            ids,
            0.55,
            1.6,
            12.2,
            5.2,
            typed(
                [
                    "1. Appoint the Programme Director and set up the programme office",
                    "2. Open formal consultation on the new rotas with the AAWU by 15 May 2028",
                    "3. Place the order for the first 50 ambulances",
                    "4. Start recruiting the 40 call handlers with Harnside College",
                    "5. Agree the wording of the release-to-respond protocol with the three ICBs",
                    "6. Baseline every measure in Beacon and publish the first monthly scorecard",
                    "7. Bring the first quarterly report to the Trust Board in July 2028",
                ],
                1800,
            ),
        )
    )
    return out


def s16(ids: Ids) -> list[str]:
    out = header(ids, "DECISIONS", "What we ask of the Board today", None, 16)
    out.append(
        sp(
            ids,
            0.55,
            1.6,
            12.2,
            5.0,
            bullets(
                [
                    "Approve Ready When It Matters as the trust's strategy for April 2028 to March 2031",
                    "Release \u00a36.4m for Phase 1 and the pilot",
                    "Agree Brackenfold and Thwaite Moor stations as the pilot",
                    "Delegate Gates 1 and 2 to the Chief Executive; Gate 3 comes back to this Board in "
                    "September 2030",
                    "Note that formal consultation with the AAWU opens in May 2028",
                ],
                2000,
                char="\u2713",
            ),
        )
    )
    return out


def s17(ids: Ids) -> list[str]:
    out = header(ids, "APPENDIX", "How the measures are defined", None, 17)
    out.append(
        sp(
            ids,
            0.55,
            1.6,
            12.2,
            5.2,
            typed(
                [
                    "Category 1: calls about life-threatening illness or injury, such as cardiac arrest",
                    "Category 2: emergencies such as stroke or chest pain",
                    "Mean response: from the call's category being set to the first vehicle arriving",
                    "Handover: from the ambulance arriving at hospital to the patient being handed to "
                    "hospital staff",
                    "Not conveyed: patients helped by phone (hear and treat) or at scene (see and treat)",
                    "Turnover: leavers in the last 12 months as a share of average headcount",
                ],
                1500,
            ),
        )
    )
    return out


SLIDES = [s01, s02, s03, s04, s05, s06, s07, s08, s09, s10, s11, s12, s13, s14, s15, s16, s17]

NOTES = {
    2: "All figures are for 2026/27 (April 2026 to March 2027), from Beacon. The 30-minute "
    "Category 2 figure is the national recovery aim, not the standard.",
    10: "Each tile is one measure. The staff safety target is left open until the partnership "
    "forum has met; the baseline is the 2026 staff survey.",
    11: "Month 0 is April 2028. The phases last 6, 6, 18 and 6 months. Gates 1 and 2 are "
    "delegated to the Chief Executive; Gate 3 comes back to the Board.",
    12: "The pilot runs through winter on purpose: if the release rule holds at Harnside Royal "
    "Infirmary in January, it will hold anywhere.",
}


# =========================================================================== the package


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
        for xml in make(Ids(100 + n * 100)):
            tree.append(etree.fromstring(xml))
        if n in NOTES:
            tf = slide.notes_slide.notes_text_frame
            tf.text = NOTES[n]
    core = prs.core_properties
    core.author = "Skelwith Ambulance Service"
    core.last_modified_by = "Skelwith Ambulance Service"
    core.title = "Ready When It Matters"
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
            dst.writestr(info.filename, body)
    return normalize_zip(out.getvalue(), STAMP)


# =========================================================================== the roster

ROLES = [
    ("Role", "Directorate", "Programme tier", "Remit"),
    (
        "Chief Executive",
        "Trust Executive",
        "Core",
        "Senior responsible owner of Ready When It Matters; chairs the Programme Board; takes "
        "Gates 1 and 2 under the Trust Board's delegation and brings Gate 3 to the Board",
    ),
    (
        "Programme Director, Ready When It Matters",
        "Strategy and Transformation",
        "Core",
        "Runs the programme office, the plan, the risk log and the gate reports; sets up the "
        "monthly scorecard with Business Intelligence",
    ),
    (
        "Director of Operations",
        "Operations",
        "Core",
        "All 60 stations, the three operational sectors and the response model; station rotas "
        "and rota change; leads the Brackenfold and Thwaite Moor pilot",
    ),
    (
        "Head of Emergency Operations Centres",
        "Operations",
        "Core",
        "The 999 operations centres at Calderwick and Ashby Cross: call answering, dispatch, "
        "call handler numbers and shift cover, the clinical validation desk, the use of "
        "Meridian CAD",
    ),
    (
        "Head of NHS 111 and Clinical Assessment",
        "Operations",
        "Core",
        "The NHS 111 service, its health advisers and its clinical assessment service on Solus; "
        "hear and treat; moving 111 onto Meridian CAD with the Chief Digital and Information "
        "Officer",
    ),
    (
        "Medical Director",
        "Clinical",
        "Core",
        "Clinical safety and clinical governance; the clinical model of the operations centres "
        "and the categories of response; mental health care and the care pathways crews refer "
        "to",
    ),
    (
        "Director of Quality, Safety and Patient Experience",
        "Quality",
        "Core",
        "Patient safety incidents, complaints, the care inspectorate's findings and action plan, "
        "the link to the Patients' Forum; staff safety from violence and aggression, including "
        "body-worn cameras",
    ),
    (
        "Consultant Paramedic, Urgent and Emergency Care",
        "Clinical",
        "Core",
        "Specialist paramedics in urgent and emergency care, see and treat, the referral line "
        "to urgent community response, falls and mental health teams; the specialist paramedic "
        "car in the pilot",
    ),
    (
        "Head of Hospital Handover and System Partnerships",
        "Strategy and Transformation",
        "Core",
        'Handover at the 12 acute hospitals and the "release to respond" protocol with each of '
        "them; the trust's seat on the three ICBs' urgent and emergency care boards; weekly "
        "handover reporting",
    ),
    (
        "Head of Fleet and Workshop",
        "Finance and Estates",
        "Core",
        "The fleet of 400 vehicles, the Ashby Cross workshop, vehicle replacement and the "
        "converter contract, telematics, vehicle leases, make-ready and the Ashby Cross "
        "make-ready hub",
    ),
    (
        "Chief Digital and Information Officer",
        "Digital",
        "Core",
        "Meridian CAD, SkelCare ePCR, Solus, networks, radios, tablets and mobile connectivity; "
        "digital projects and their suppliers",
    ),
    (
        "Head of Business Intelligence",
        "Digital",
        "Core",
        "Beacon, the data warehouse; the monthly performance scorecard; the definitions and "
        "baselines of every measure; demand analysis for rotas",
    ),
    (
        "Director of People",
        "People",
        "Core",
        "Recruitment, retention and turnover; employee relations and formal consultation with "
        "the AAWU; self-rostering and flexible working; the staff survey",
    ),
    (
        "Head of Education and Training",
        "People",
        "Core",
        "The Skelwith training academy: call handler courses, induction, driving courses, the "
        "annual clinical update, protected education days, specialist paramedic places with the "
        "University of Calder",
    ),
    (
        "Director of Finance",
        "Finance and Estates",
        "Extended",
        "Budgets, business cases, the capital plan and the release of money at each gate",
    ),
    (
        "Head of Procurement",
        "Finance and Estates",
        "Extended",
        "Tenders and contracts: ambulances, tablets, telematics, make-ready services",
    ),
    (
        "Head of Patient Transport Service",
        "Operations",
        "Extended",
        "Non-emergency patient transport; shares the Ashby Cross workshop and six stations",
    ),
    (
        "Head of Information Governance, Data Protection Officer",
        "Quality",
        "Extended",
        "Data protection, records management, data protection impact assessments for new "
        "systems and for body-worn camera footage",
    ),
    (
        "AAWU Branch Secretary, Skelwith",
        "Staff side",
        "Consult only",
        "Represents AAWU members; consulted formally on rotas, body-worn cameras and changes to "
        "duties",
    ),
    (
        "Chair, Patients' Forum",
        "Patients' Forum",
        "Consult only",
        "Chairs the Patients' Forum; consulted on changes to how 999 and 111 calls are assessed, "
        "and on the pilot",
    ),
]


def _cell(text: str) -> str:
    """A cell as Excel's Unicode Text export writes it: quoted when it holds a comma or a
    quote, a quote inside doubled."""
    if any(c in text for c in ',"\t'):
        return '"' + text.replace('"', '""') + '"'
    return text


def build_roster() -> bytes:
    lines = ["\t".join(_cell(c) for c in row) for row in ROLES]
    return "\ufeff".encode("utf-16-le") + ("\r\n".join(lines) + "\r\n").encode("utf-16-le")


# =========================================================================== the org folder

SYSTEMS = """
# Digital systems and data

Kept by the Chief Digital and Information Officer. Last reviewed February 2028.

## Meridian CAD (computer-aided dispatch)

Meridian CAD takes every 999 call at both emergency operations centres, Calderwick and Ashby
Cross, and dispatches every emergency vehicle. Either centre can take the other's calls when
one is overloaded.

Meridian records the time each 999 call is answered to the second, and keeps call records for
seven years.

NHS 111 does not run on Meridian. It runs on its own clinical assessment system, Solus, and a
call passed from 111 to 999 is re-typed by hand into Meridian by a 999 call handler.

The Meridian version we run goes out of its supplier's support on 31 March 2030; the upgrade
needs a four-week parallel run at each centre.

Our CAD supplier will not take a go-live at either centre between 1 December and 31 January.

## SkelCare ePCR (electronic patient care record)

SkelCare is our electronic patient care record, used on tablets by crews at 38 of our 60
stations.

The other 22 stations still complete paper patient report forms, which are scanned at
Calderwick up to ten days after the shift.

Paper forms are not coded, so we cannot count see-and-treat outcomes or referrals from those
22 stations until the scans are keyed in.

The SkelCare version we run has no offline mode: a record started without a mobile signal
cannot be saved until the tablet reconnects.

We hold 410 tablets; giving every crew at the paper stations a tablet needs about 190 more.

SkelCare cannot send a record to a hospital's system; crews print a handover summary or read
it out.

## Hospital handover data

Handover times come from crews pressing "at hospital" and "clear" on the vehicle terminal.
We share no handover screen with any of the 12 acute hospitals, so their figures and ours
often differ.

## Referral to community services

There is no single directory of urgent community response, falls and mental health services
across the three ICB areas; crews ring numbers from a laminated card that differs by area.

## Beacon (data warehouse)

Beacon is our data warehouse. It takes feeds from Meridian, SkelCare, RotaPlan and FleetWise
every night and produces the monthly performance scorecard for the Trust Board.

Beacon has no feed from Solus, so 111 outcomes are counted by hand from the supplier's monthly
spreadsheet.

Call data by hour and station is kept in Beacon for three years only; older years are
archived to tape and cannot be queried.

## Rotas and staff records

RotaPlan holds every rota, shift and overtime record at all 60 stations and both operations
centres.

Self-rostering is not possible in the RotaPlan licence we hold; the supplier sells it as a
separate module.

The staff record system, ESR, holds contracts, pay and leavers; leavers' reasons are recorded
as free text only, so we cannot count why staff leave.

## Fleet

FleetWise holds every vehicle's servicing, defects and safety checks, and is used at the
workshop and at every station.

Telematics is fitted only to the 170 vehicles bought since 2024; the other 230 report no speed,
idling or driving data.

## Staff safety

We own 120 body-worn cameras, and they are used only at the three stations of the Harnside city
sector.

Camera footage is deleted after 31 days unless it is flagged for an investigation.

SafeReport is our incident reporting system for patient safety incidents and for violence and
aggression against staff, and every station and both centres use it.

## Connectivity

Mobile coverage is poor in the fells: the Thwaite Moor and Kelder Pass areas have no mobile
signal along long stretches of road.
"""

FLEET = """
# Fleet and estate register (summary)

Kept by the Head of Fleet and Workshop. Position at 31 January 2028.

## Fleet

We run 400 vehicles: 262 double-crewed ambulances, 58 rapid response cars, 12 specialist
vehicles and 68 patient transport vehicles.

The average age of a double-crewed ambulance is 6.1 years; 38 of them are past their planned
replacement date of seven years.

The 35 oldest ambulances are leased, and their leases end in March 2029.

Ridgeway Coachworks converts our ambulances under a framework that runs to March 2031.

## Workshop

The Ashby Cross workshop is our only workshop, and it is open on weekdays only, 07:00 to 19:00.

Vehicles that break down at the weekend wait until Monday unless a mobile mechanic can reach
them.

## Make-ready

Make-ready is done by a contractor at the three Harnside city stations only; at every other
station crews clean and restock their own vehicle at the start of the shift.

The Ashby Cross make-ready hub needs planning permission, and the council will not decide the
application before September 2028.

## Stations

We have 60 ambulance stations in three sectors (Harnside, Calder and Fells); 14 are shared
with the fire and rescue service under leases we cannot change before 2030.
"""

MEASURES = """
# Performance measures: definitions, owners and baselines

Kept by the Head of Business Intelligence. Figures are for 2026/27 unless stated.

| Measure | Definition | Owner | Baseline | Source |
|---|---|---|---|---|
| Category 1 mean response time | From the category being set to the first vehicle on scene, Category 1 calls | Director of Operations | 8:41 | Meridian, via Beacon |
| Category 2 mean response time | The same for Category 2 calls | Director of Operations | 41:10 | Meridian, via Beacon |
| 999 calls answered within 10 seconds | Calls answered by a call handler within 10 seconds of reaching the centre | Head of Emergency Operations Centres | 71% | Meridian |
| Average hospital handover time | From "at hospital" to "clear", all 12 acute hospitals | Head of Hospital Handover and System Partnerships | 38 min | Vehicle terminals, via Beacon |
| Patients not conveyed to an emergency department | Hear and treat plus see and treat, as a share of all incidents | Medical Director | 31% | Meridian and SkelCare |
| Front-line ambulances available for their shift | Ambulances on the road at the start of a planned shift | Head of Fleet and Workshop | 91% | FleetWise |
| Patient care records on SkelCare ePCR | Records completed on SkelCare as a share of all patient records | Chief Digital and Information Officer | 64% | SkelCare and the scanning log |
| Staff turnover | Leavers in the last 12 months over average headcount | Director of People | 11.2% | ESR |
| Staff who feel safe from violence at work | Share of staff answering yes in the annual staff survey | Director of Quality, Safety and Patient Experience | 58% (2026 survey) | Staff survey |

The see-and-treat figure leaves out the 22 paper stations for up to ten days, so the monthly
figure is revised in the month after.

The staff survey runs once a year, in October, so the safety measure moves only once a year.

No target has been set for staff who feel safe from violence at work; the AAWU asked that it
be agreed in the partnership forum first.

Handover times at the four hospitals with handover nurses are checked against the hospitals'
own logs; at the other eight hospitals they are not checked.
"""

TERMS = """
# Ready When It Matters Programme Board: terms of reference

Approved by the Trust Board's executive committee, February 2028.

## Purpose

To run Ready When It Matters from April 2028 to March 2031 and to take the gate decisions
the Trust Board delegates.

## Chair and members

The Chief Executive is the senior responsible owner and chairs the Programme Board.

Members: the Director of Operations, the Medical Director, the Director of People, the Director
of Finance, the Director of Quality, Safety and Patient Experience and the Chief Digital and
Information Officer. The Programme Director, Ready When It Matters, is secretary.

The AAWU Branch Secretary and the Chair of the Patients' Forum attend before each gate and are
consulted; they do not vote.

## Decisions

The Trust Board delegates Gates 1 and 2 to the Chief Executive; Gate 3 and any change of scope
come back to the Trust Board.

Any spend over £1m that is not in an approved phase budget must go to the Trust Board.

Any change to how 999 calls are categorised or answered must be agreed with the lead
commissioner, Harnside and Calder ICB, before it starts.

The trust must tell the care inspectorate before it changes the clinical model of either
operations centre.

## Cadence

The Programme Board meets monthly and reports to the Trust Board every quarter.
"""

AAWU = """
# Partnership agreement with the AAWU (extract)

The Allied Ambulance Workers' Union (AAWU) is recognised for all staff of the trust below
director level. This extract covers the clauses that bear on Ready When It Matters.

3.2 Any change to rota patterns must go through formal consultation with the AAWU lasting at
least 45 days before it is put in place.

3.4 New rota patterns may not start in December or January.

3.6 Self-rostering may be introduced at a station only where a majority of its staff vote for
it in a ballot run with the AAWU.

4.1 Body-worn cameras may be issued to a station only after the AAWU has been consulted on the
policy for using and keeping footage.

5.3 No member of staff may be required to move between 111 and 999 duties; staff who volunteer
are paid at the 999 rate for the hours worked.

6.1 Retention payments must be offered to every member of the same staff group, not only to
new starters.
"""

HOSPITALS = """
# Acute hospitals and integrated care boards

Kept by the Head of Hospital Handover and System Partnerships. February 2028.

We convey patients to 12 acute hospitals in three ICB areas: Harnside and Calder ICB, Ashby and
Wendle ICB, and Fells and Coast ICB.

Harnside and Calder ICB is our lead commissioner and commissions the 999 service on behalf of
all three.

Only four of the 12 acute hospitals (Harnside Royal Infirmary, Calder General, Ashby Cross
Hospital and St Wendreda's) have a handover nurse on duty around the clock.

Harnside and Calder ICB has agreed the principle of releasing crews at 45 minutes; Ashby and
Wendle ICB and Fells and Coast ICB have not yet agreed it.

Each hospital's handover protocol must be signed by that hospital's chief operating officer; a
protocol agreed with an ICB does not bind its hospitals.

The falls response team runs only in the Harnside area, from 08:00 to 20:00.

Mental health crisis teams in Fells and Coast ICB do not take referrals from ambulance crews;
the crew must ring the patient's GP first.
"""

INSPECTORATE = """
# Care inspectorate: findings from the 2027 inspection

The care inspectorate inspected the trust in September 2027 and rated it "requires
improvement" overall.

Paper patient report forms were found stored in unlocked cupboards at two stations.

Call handlers at Ashby Cross said they could not reach a clinician for advice on 14 of the 30
shifts the inspectors sampled.

The trust must send the inspectorate an action plan by April 2028 and report progress every
six months.
"""

WORKFORCE = """
# Workforce facts for the strategy

Prepared by the Director of People, January 2028.

We employ about 4,500 staff: 2,900 in front-line operations, 640 in the two operations
centres, 310 in NHS 111 and the rest in patient transport, fleet and support services.

The Skelwith training academy runs induction, driving courses, call handler courses and the
annual clinical update for every clinician.

Harnside College runs our call handler course for 16 learners at a time, four times a year.

The University of Calder gives us 20 specialist paramedic places a year, and it will not add
places before September 2029.

We employ no mental health clinicians in the operations centres; the two posts we had were
funded by a grant that ended in March 2027.

Call handler turnover was 27% in 2026/27, against 11.2% across the trust.

Protected education days are not funded in the current budget; paramedics attend training on
rest days and are paid overtime.
"""

FORUM = """
Skelwith Ambulance Service Patients' Forum: terms of reference (summary)

The Patients' Forum has 14 members from across the three ICB areas and meets every two
months, except in August.

The Forum expects to be consulted before any change to how 999 and 111 calls are assessed
starts.

The Forum's chair sits on the Programme Board before each gate, without a vote.

The Forum has asked that any pilot of a new response model be explained at a public meeting in
the pilot area before it starts.
"""

PILOT = """
Brackenfold and Thwaite Moor stations: profile for the pilot

Prepared by the Director of Operations, February 2028.

Brackenfold station: 6 double-crewed ambulances and 2 rapid response cars, 48 staff. Crews
convey mostly to Harnside Royal Infirmary, 9 miles away.

Thwaite Moor station: 3 double-crewed ambulances and 1 rapid response car, 22 staff. Crews
convey mostly to Calder General, 31 miles away over Kelder Pass.

Thwaite Moor still completes paper patient report forms; Brackenfold has been on SkelCare since
2025.

There is no mobile signal on 14 miles of the road over Kelder Pass.

Neither station has make-ready staff; crews clean and restock their own vehicles.

Thwaite Moor station is staffed 24 hours a day, but its rapid response car is crewed only on
weekdays.

Staff at both stations asked in December 2027 to be the first to try the new rotas.
"""

EMAIL = """
From: Head of Fleet and Workshop
To: Programme Director, Ready When It Matters
Date: 14 February 2028
Subject: Ambulance order and delivery dates

Hello,

I have been through the order with Ridgeway Coachworks this week.

Ridgeway can convert no more than 60 ambulances a year for us, because they build for three
other trusts on the same line.

If we place the order for the first 50 by the end of May 2028, the first vehicles cannot arrive
before January 2029, and the last of the 50 would come in June 2029.

Each new ambulance then needs two weeks in our workshop for radios, CAD terminals and
telematics before it goes on the road.

Regards,
Head of Fleet and Workshop
"""

ORG_TEXT = {
    "org/systems/digital-systems-and-data.md": SYSTEMS,
    "org/systems/fleet-and-estate-register.md": FLEET,
    "org/measures/performance-measures.md": MEASURES,
    "org/governance/programme-board-terms-of-reference.md": TERMS,
    "org/governance/aawu-partnership-agreement-extract.md": AAWU,
    "org/context/acute-hospitals-and-icbs.md": HOSPITALS,
    "org/context/care-inspectorate-findings-2027.md": INSPECTORATE,
    "org/context/workforce-facts-2028.md": WORKFORCE,
    "org/context/patients-forum-terms.txt": FORUM,
    "org/context/brackenfold-and-thwaite-moor-profile.txt": PILOT,
    "org/context/email-2028-02-14-ambulance-order.txt": EMAIL,
}


def build(out: Path) -> None:
    root = out / CASE
    files: dict[str, str | bytes] = {DECK: build_deck(), ROSTER: build_roster()}
    files.update(ORG_TEXT)
    write_files(root, files)


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
