"""Build the dev32 case ``surveyors-institute``: its deck and its org folder, deterministically.

Run from the repository root with the project's venv (the deck is written with the standard
library alone; the retention schedule needs python-docx):

    .venv/bin/python evals/dev32/build_surveyors_institute.py [out]

Writes, under ``evals/dev32/surveyors-institute/`` (or ``<out>/surveyors-institute/``):

- ``Setting Out 2027-2029 - Council 9 December 2026.pptx``: the council strategy deck of a
  chartered institute of land and property surveyors (fictional: about 38,000 members in 14
  regional branches) for 2027 to 2029, a 16:9 design made in CANVA and downloaded as PowerPoint,
  with what such a download carries: ``docProps/app.xml`` naming Canva, a 1920 x 1080 px page
  (18288000 x 10287000 EMU), one empty slide master and ONE "Blank" layout used by every slide,
  no placeholder anywhere and no speaker notes; every text a free text box (``txBox="1"``, zero
  insets, autofit) and many of them on each slide, decorative shapes without text, eyebrows in
  capitals by ``cap="all"`` over mixed-case text; big-number tiles drawn as a number text box
  over a label text box on a card; the risks and the roadmap drawn with text boxes, not tables.
- ``org/``: the staff handbook's structure page (``people/staff-handbook-structure.md``: an org
  chart as nested Markdown lists, each post "**Title**: remit", under directorates, and the two
  bodies the Institute consults), Council's terms of reference, the programme board's terms,
  the Regional Branches Forum's terms, the systems and data inventory, the measures with
  owners and baselines, the data retention schedule (a Word table), a note on the North West
  branch and an email about Direct Debit.

Re-running it rewrites every file byte for byte: the PPTX as ZIP entries in sorted name order
at one fixed time, the DOCX through ``evals/dev16/_build.py`` (fixed entry times and document
dates), the text files as literal strings. It never touches ``gold.json``. This is a
DEVELOPMENT case (split "dev32").
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

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals.dev16._build import Stamp, ooxml_bytes, write_files  # noqa: E402

HERE = Path(__file__).resolve().parent
CASE = "surveyors-institute"
DECK = "Setting Out 2027-2029 - Council 9 December 2026.pptx"
RETENTION = "org/governance/data-retention-schedule.docx"
ZIP_TIME = (2026, 12, 1, 16, 48, 20)
CREATED = "2026-10-19T09:12:44Z"
MODIFIED = "2026-12-01T16:48:20Z"
RETENTION_STAMP = Stamp((2026, 9, 22, 11, 5, 0), "2026-09-22T11:05:00Z")

PX = 9525  # EMU per pixel: Canva's 1920 x 1080 px page is 18288000 x 10287000 EMU
W, H = 1920, 1080
NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS_P = "http://schemas.openxmlformats.org/presentationml/2006/main"
NSDECL = f'xmlns:a="{NS_A}" xmlns:r="{NS_R}" xmlns:p="{NS_P}"'
XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

HEAD = "Canva Sans Bold"
BODY = "Canva Sans"
NAVY = "1B2A41"
OCHRE = "D9A21B"
SAGE = "6F8F72"
PAPER = "F7F4EE"
MIST = "E4DFD3"
GREY = "5B6475"
WHITE = "FFFFFF"
BRICK = "A44A3F"

ORG = "CILPS"
FOOT = "Setting Out \u00b7 Council, 9 December 2026"


def emu(v: float) -> int:
    return int(round(v * PX))


# =========================================================================== Canva-style XML


class Slide:
    """Shape ids of one slide, in document order (1 is the shape tree itself)."""

    def __init__(self) -> None:
        self.n = 1

    def nid(self) -> int:
        self.n += 1
        return self.n


def r(
    text: str,
    size: float,
    *,
    font: str = BODY,
    color: str = NAVY,
    bold: bool = False,
    cap: bool = False,
    spc: int = 0,
) -> str:
    """One run, its size in points; ``cap="all"`` and letter spacing as Canva writes them."""
    attrs = f'lang="en-GB" sz="{round(size * 100)}"'
    if bold:
        attrs += ' b="1"'
    if spc:
        attrs += f' spc="{spc}"'
    if cap:
        attrs += ' cap="all"'
    return (
        f'<a:r><a:rPr {attrs} dirty="0"><a:solidFill><a:srgbClr val="{color}"/></a:solidFill>'
        f'<a:latin typeface="{font}"/><a:ea typeface="{font}"/><a:cs typeface="{font}"/>'
        f'<a:sym typeface="{font}"/></a:rPr><a:t>{escape(text)}</a:t></a:r>'
    )


def p(*runs: str, algn: str = "l", line: int = 115, bullet: bool = False, after: int = 0) -> str:
    """One paragraph with an explicit line spacing; a ``buChar`` bullet when asked."""
    spacing = f'<a:lnSpc><a:spcPct val="{line * 1000}"/></a:lnSpc>'
    if after:
        spacing += f'<a:spcAft><a:spcPts val="{after * 100}"/></a:spcAft>'
    if bullet:
        ppr = (
            f'<a:pPr algn="{algn}" marL="342900" indent="-342900">{spacing}'
            f'<a:buClr><a:srgbClr val="{OCHRE}"/></a:buClr><a:buFont typeface="Arial"/>'
            f'<a:buChar char="\u2022"/></a:pPr>'
        )
    else:
        ppr = f'<a:pPr algn="{algn}" marL="0" indent="0">{spacing}<a:buNone/></a:pPr>'
    return f"<a:p>{ppr}{''.join(runs)}</a:p>"


def tb(
    s: Slide,
    x: float,
    y: float,
    w: float,
    h: float,
    paras: Sequence[str],
    *,
    anchor: str = "t",
) -> str:
    """A free text box as Canva writes it: ``txBox``, zero insets, autofit to its text."""
    i = s.nid()
    return (
        f'<p:sp><p:nvSpPr><p:cNvPr id="{i}" name="TextBox {i}"/><p:cNvSpPr txBox="1"/>'
        f'<p:nvPr/></p:nvSpPr><p:spPr><a:xfrm rot="0"><a:off x="{emu(x)}" y="{emu(y)}"/>'
        f'<a:ext cx="{emu(w)}" cy="{emu(h)}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/>'
        f'</a:prstGeom></p:spPr><p:txBody><a:bodyPr wrap="square" lIns="0" tIns="0" rIns="0" '
        f'bIns="0" rtlCol="0" anchor="{anchor}"><a:spAutoFit/></a:bodyPr><a:lstStyle/>'
        f"{''.join(paras)}</p:txBody></p:sp>"
    )


def shape(
    s: Slide,
    x: float,
    y: float,
    w: float,
    h: float,
    fill: str,
    *,
    geom: str = "rect",
    line: str | None = None,
    adj: int | None = None,
) -> str:
    """A drawn shape with no text: a card, a bar, a rule, a diamond."""
    i = s.nid()
    guide = f'<a:gd name="adj" fmla="val {adj}"/>' if adj is not None else ""
    ln = (
        f'<a:ln w="{emu(2)}"><a:solidFill><a:srgbClr val="{line}"/></a:solidFill></a:ln>'
        if line
        else "<a:ln><a:noFill/></a:ln>"
    )
    return (
        f'<p:sp><p:nvSpPr><p:cNvPr id="{i}" name="AutoShape {i}"/><p:cNvSpPr/><p:nvPr/>'
        f'</p:nvSpPr><p:spPr><a:xfrm rot="0"><a:off x="{emu(x)}" y="{emu(y)}"/>'
        f'<a:ext cx="{emu(w)}" cy="{emu(h)}"/></a:xfrm><a:prstGeom prst="{geom}"><a:avLst>'
        f'{guide}</a:avLst></a:prstGeom><a:solidFill><a:srgbClr val="{fill}"/></a:solidFill>'
        f"{ln}</p:spPr></p:sp>"
    )


# --------------------------------------------------------------------------- building blocks


def chrome(s: Slide, section: str, page: int, title: str, *, dark: bool = False) -> list[str]:
    """A content slide's eyebrow (section in capitals), its page number and its title, each
    its own text box, and the footer line at the bottom."""
    ink = WHITE if dark else NAVY
    return [
        tb(s, 96, 64, 900, 30, [p(r(section, 15, color=OCHRE, bold=True, cap=True, spc=300))]),
        tb(s, 1724, 64, 100, 30, [p(r(f"{page:02d}", 15, color=GREY), algn="r")]),
        tb(s, 96, 110, 1500, 90, [p(r(title, 46, font=HEAD, color=ink, bold=True), line=100)]),
        tb(s, 96, 1020, 900, 24, [p(r(FOOT, 11, color=GREY))]),
    ]


def body(
    s: Slide,
    x: float,
    y: float,
    w: float,
    h: float,
    lines: Sequence[str],
    size: float = 20,
    *,
    bullet: bool = False,
    color: str = NAVY,
    after: int = 6,
) -> str:
    return tb(
        s, x, y, w, h, [p(r(t, size, color=color), bullet=bullet, after=after) for t in lines]
    )


def label(s: Slide, x: float, y: float, w: float, text: str, color: str = OCHRE) -> str:
    return tb(s, x, y, w, 26, [p(r(text, 14, color=color, bold=True, cap=True, spc=200))])


def tile(
    s: Slide,
    x: float,
    y: float,
    w: float,
    h: float,
    number: str,
    lines: Sequence[str],
    *,
    fill: str = WHITE,
    ink: str = NAVY,
    size: float = 60,
) -> list[str]:
    """A big-number tile: a card, the number in its own text box, the label in another."""
    return [
        shape(s, x, y, w, h, fill, geom="roundRect", adj=6000),
        tb(s, x + 28, y + 24, w - 56, 90, [p(r(number, size, font=HEAD, color=ink, bold=True))]),
        tb(
            s,
            x + 28,
            y + 24 + size * 1.55,
            w - 56,
            h - 40 - size * 1.55,
            [p(r(lines[0], 17, color=ink, bold=True), after=4)]
            + [p(r(t, 14, color=GREY if ink == NAVY else MIST)) for t in lines[1:]],
        ),
    ]


# =========================================================================== the slides


def s01(s: Slide) -> list[str]:
    return [
        shape(s, 0, 0, W, H, NAVY),
        shape(s, 96, 150, 12, 560, OCHRE),
        tb(s, 140, 96, 400, 40, [p(r(ORG, 22, font=HEAD, color=OCHRE, bold=True, spc=600))]),
        tb(
            s,
            140,
            160,
            1200,
            30,
            [
                p(
                    r(
                        "Council \u00b7 9 December 2026 \u00b7 Paper C/26/41",
                        16,
                        color=MIST,
                        cap=True,
                        spc=300,
                    )
                )
            ],
        ),
        tb(
            s,
            140,
            260,
            1400,
            200,
            [p(r("Setting Out", 140, font=HEAD, color=WHITE, bold=True), line=90)],
        ),
        tb(
            s,
            140,
            470,
            1400,
            60,
            [
                p(
                    r(
                        "Our 2027\u20132029 strategy: three years, \u00a33.6m from reserves",
                        36,
                        color=OCHRE,
                    )
                )
            ],
        ),
        tb(
            s,
            140,
            620,
            1200,
            40,
            [p(r("The Chartered Institute of Land and Property Surveyors", 24, color=WHITE))],
        ),
        tb(
            s,
            140,
            664,
            1200,
            40,
            [p(r("Presented by the Chief Executive, for decision", 18, color=MIST))],
        ),
    ]


WHY_TILES = [
    ("38,000", ["members in 14 regional branches", "at 1 November 2026"]),
    ("81%", ["of 2026 subscriptions paid by 31 October"]),
    ("29%", ["of 2026 renewals made on our website", "the rest by phone, cheque or bank transfer"]),
    ("14 weeks", ["average wait in 2026 from a Professional Review interview to its result"]),
    ("11 months", ["average time to close a conduct case in 2025/26"]),
    ("1 in 20", ["CPD declarations checked each year, every one by hand"]),
]


def s02(s: Slide) -> list[str]:
    out = chrome(s, "01 \u00b7 Why now", 2, "Members live online. We still post forms.")
    for k, (number, lines) in enumerate(WHY_TILES):
        x = 96 + (k % 3) * 400
        y = 250 + (k // 3) * 330
        out += tile(s, x, y, 370, 300, number, lines, fill=WHITE, size=44)
    out += [
        shape(s, 1330, 250, 494, 630, NAVY, geom="roundRect", adj=4000),
        tb(
            s,
            1366,
            282,
            420,
            30,
            [p(r("For the record", 16, color=OCHRE, bold=True, cap=True, spc=200))],
        ),
        body(
            s,
            1366,
            330,
            420,
            520,
            [
                "Our membership peaked at 44,500 in 1998.",
                "The Guild of Estate Valuers collects 78% of its subscriptions by Direct Debit.",
                "Council\u2019s reserves policy: free reserves never fall below six months\u2019 "
                "running costs (\u00a34.9m).",
            ],
            20,
            color=WHITE,
            after=18,
        ),
        tb(
            s,
            96,
            920,
            1100,
            26,
            [p(r("Sources: MERIT and Plumbline, November 2026.", 13, color=GREY))],
        ),
    ]
    return out


GOALS = [
    "Paying members: 38,000 \u2192 42,000 by December 2029 (stretch: 45,000)",
    "Renewal on time: 88% at the 2029 renewal \u2014 up from 81% in 2026",
    "CPD recorded in Traverse: 90% of members at the 2029 renewal (definitions in appendix)",
    "Results within six weeks of interview: 95% by the autumn 2029 sitting "
    "(set by the Standards Board, June 2026)",
    "Conduct cases closed within six months: 80% by December 2029 (Council-approved, June 2026)",
]
NORTH_STAR = (
    "Every surveyor\u2019s dealings with the Institute done online, in minutes, "
    "and a profession the public can trust."
)


def s03(s: Slide) -> list[str]:
    out = chrome(s, "02 \u00b7 Our ambition", 3, "Where we will be at the end of 2029")
    out += [
        shape(s, 96, 240, 1728, 190, NAVY, geom="roundRect", adj=5000),
        label(s, 136, 262, 600, "North star"),
        tb(s, 136, 300, 1640, 110, [p(r(NORTH_STAR, 34, font=HEAD, color=WHITE, bold=True))]),
        label(s, 96, 480, 600, "Five goals", GREY),
    ]
    for k, goal in enumerate(GOALS):
        y = 526 + k * 92
        out += [
            tb(s, 96, y, 60, 60, [p(r(f"{k + 1}", 40, font=HEAD, color=OCHRE, bold=True))]),
            tb(s, 170, y + 8, 1600, 70, [p(r(goal, 26, color=NAVY))]),
        ]
    return out


PILLARS = [
    ("Join and renew in minutes", "A new membership system, online renewal and Direct Debit."),
    ("Keep skills current", "CPD recorded as it happens, in the Traverse app."),
    ("Qualify online", "The Professional Review submitted, sat and marked online."),
    ("Uphold standards", "Every conduct case in one casework system, closed faster."),
]
FOR_WHOM = [
    "Members renewing each autumn",
    "Candidates sitting the Professional Review",
    "Members recording CPD through the year",
    "Members of the public who complain about a surveyor",
]
NOT_IN = [
    "Fellowship nominations and honours",
    "Overseas reciprocal recognition",
    "Our paid courses and conferences",
    "Branch social programmes",
]


def s04(s: Slide) -> list[str]:
    out = chrome(s, "03 \u00b7 How", 4, "Four pillars, one order of work")
    for k, (name, line) in enumerate(PILLARS):
        x = 96 + k * 438
        out += [
            shape(s, x, 236, 410, 300, WHITE, geom="roundRect", adj=6000),
            shape(s, x, 236, 410, 10, [OCHRE, SAGE, NAVY, BRICK][k]),
            tb(s, x + 28, 266, 100, 70, [p(r(f"0{k + 1}", 44, font=HEAD, color=OCHRE, bold=True))]),
            tb(s, x + 28, 346, 354, 80, [p(r(name, 26, font=HEAD, bold=True), line=100)]),
            tb(s, x + 28, 430, 354, 90, [p(r(line, 18, color=GREY))]),
        ]
    out += [
        tb(
            s,
            96,
            566,
            1700,
            40,
            [p(r("Three years: build, move, grow.", 24, font=HEAD, bold=True))],
        ),
        label(s, 96, 640, 800, "Who this strategy is for"),
        body(s, 96, 680, 820, 300, FOR_WHOM, 20, bullet=True),
        label(s, 1000, 640, 800, "Not in this strategy", BRICK),
        body(s, 1000, 680, 820, 300, NOT_IN, 20, bullet=True, color=GREY),
    ]
    return out


def pillar(
    s: Slide,
    number: int,
    title: str,
    today: str,
    goals: Sequence[tuple[str, str]],
    work: Sequence[str],
    lead: str,
) -> list[str]:
    """A pillar slide: today's position, its goal lines, what we will do, its lead."""
    out = chrome(s, f"Pillar {number}", 4 + number, title)
    out += [
        shape(s, 96, 236, 700, 720, MIST, geom="roundRect", adj=4000),
        label(s, 132, 266, 600, "Today", GREY),
        body(s, 132, 304, 630, 200, [today], 22, after=0),
    ]
    y = 520
    for head, text in goals:
        out += [
            label(s, 132, y, 600, head),
            tb(s, 132, y + 38, 630, 120, [p(r(text, 24, font=HEAD, bold=True))]),
        ]
        y += 190
    out += [
        label(s, 860, 266, 900, "What we will do", GREY),
        body(s, 860, 304, 960, 560, work, 22, bullet=True, after=14),
        tb(s, 860, 900, 960, 30, [p(r(lead, 17, color=GREY, bold=True))]),
    ]
    return out


def s05(s: Slide) -> list[str]:
    return pillar(
        s,
        1,
        "Join and renew in minutes",
        "Renewal notices go out by post in August; most members still pay by phone, "
        "cheque or bank transfer.",
        [
            (
                "Goal",
                "70% of renewals made online and 70% paid by Direct Debit at the 2029 renewal",
            ),
            ("Aim", "Be the first professional home surveyors starting out think of"),
        ],
        [
            "Replace MERIT with Quarto, our new membership system, and move every member "
            "record across",
            "Put renewal online, with a member account for every member",
            "Let applicants join online and pay their first subscription by card",
            "Offer Direct Debit, yearly or in ten monthly instalments, from the 2028 renewal",
        ],
        "Lead: Director of Membership",
    )


def s06(s: Slide) -> list[str]:
    return pillar(
        s,
        2,
        "Keep skills current",
        "Members email a CPD declaration with their renewal; we read 1 in 20 of them, by hand.",
        [("Goal", "CPD recorded in Traverse by 90% of members at the 2029 renewal")],
        [
            "Launch Traverse, our CPD app for phone and desktop, to every member for the "
            "2028\u201329 membership year",
            "Trial Traverse with 1,500 volunteer members from the 2027 renewal",
            "Review 1 in 10 CPD records each year inside Traverse",
            "Publish CPD guidance for each of our six practice areas",
        ],
        "Lead: Director of Standards and Qualifications",
    )


def s07(s: Slide) -> list[str]:
    return pillar(
        s,
        3,
        "Qualify online",
        "Candidates post three printed copies of their case study to Pellew House and travel "
        "to one of four assessment centres.",
        [
            ("Goal", "Every Professional Review sitting online from spring 2029"),
            (
                "Goal",
                "Results within six weeks of interview for 95% of candidates by the autumn 2029 "
                "sitting",
            ),
        ],
        [
            "Move case study submission and marking onto Vivapoint",
            "Hold every interview by video on Vivapoint, recorded for appeals",
            "Recruit and train 60 assessors to interview online",
            "Change Assessment Regulation 14 so that interviews may be held remotely",
            "Start with one branch\u2019s candidates in spring 2028 (see the pilot)",
        ],
        "Lead: Director of Standards and Qualifications",
    )


def s08(s: Slide) -> list[str]:
    return pillar(
        s,
        4,
        "Uphold standards",
        "A conduct case now takes 11 months on average to close; 23% close within six months.",
        [("Goal", "Close 80% of conduct cases within six months by December 2029")],
        [
            "Buy and configure Adjudex, one casework system for complaints, investigations "
            "and hearings",
            "Scan the 140 open paper case files into Adjudex",
            "Hold Conduct Panel hearings by video when both parties agree",
            "Publish panel decisions on our website within ten working days",
        ],
        "Lead: Director of Standards and Qualifications",
    )


KPI_TILES = [
    ("38,000", ["paying members today", "1 November 2026"]),
    ("42,000", ["paying members at 31 December 2029", "stretch 45,000"]),
    ("88%", ["renewal on time, 2029 renewal", "from 81% in 2026"]),
    ("70%", ["online renewal rate, 2029 renewal", "from 29% in 2026"]),
    ("70%", ["direct-debit renewal rate, 2029 renewal", "from 0% in 2026"]),
    ("90%", ["CPD recorded in Traverse, 2029 renewal", "new measure from 2028"]),
    ("95%", ["results within six weeks of interview, autumn 2029 sitting", "from 12% in 2026"]),
    ("80%", ["conduct cases closed within six months, by December 2029", "from 23% in 2025/26"]),
    ("Higher", ["members satisfied with our service", "target to be set after the 2027 survey"]),
]


def s09(s: Slide) -> list[str]:
    out = chrome(s, "04 \u00b7 Measures", 9, "How we will know")
    out.append(
        tb(
            s,
            96,
            196,
            1600,
            30,
            [
                p(
                    r(
                        "Targets in large type \u00b7 baselines are 2026 unless shown \u00b7 "
                        "definitions in the appendix",
                        17,
                        color=GREY,
                    )
                )
            ],
        )
    )
    for k, (number, lines) in enumerate(KPI_TILES):
        if k < 5:
            x, y, w = 96 + k * 348, 262, 324
        else:
            x, y, w = 96 + (k - 5) * 435, 612, 411
        dark = k == 0
        out += tile(
            s,
            x,
            y,
            w,
            320,
            number,
            lines,
            fill=NAVY if dark else WHITE,
            ink=WHITE if dark else NAVY,
            size=54,
        )
    return out


def s10(s: Slide) -> list[str]:
    out = chrome(s, "05 \u00b7 Pilot", 10, "One branch first")
    out += [
        tb(
            s,
            96,
            220,
            1700,
            110,
            [
                p(
                    r(
                        "We will run the Professional Review online first for candidates in the "
                        "North West branch sitting the spring 2028 Professional Review.",
                        28,
                        font=HEAD,
                        bold=True,
                    )
                )
            ],
        ),
        label(s, 96, 370, 700, "Why the North West", GREY),
        body(
            s,
            96,
            410,
            760,
            300,
            [
                "52 candidates expect to sit in spring 2028, more than in any other branch",
                "Its committee asked to go first",
                "Its assessment centre\u2019s room hire ends in July 2028",
            ],
            20,
            bullet=True,
        ),
        label(s, 960, 370, 700, "Steps", GREY),
        body(
            s,
            960,
            410,
            860,
            340,
            [
                "1. Give every candidate a practice interview on Vivapoint four weeks before "
                "the sitting",
                "2. Interview every candidate by video, with an in-person room kept free on the day",
                "3. Compare pass rates and appeals with the 13 branches sitting in person",
                "4. Report to Council at Gate 2",
            ],
            20,
            after=12,
        ),
        shape(s, 96, 770, 1728, 190, MIST, geom="roundRect", adj=5000),
        label(s, 132, 790, 800, "What good looks like"),
        body(
            s,
            132,
            828,
            1660,
            120,
            [
                "Every result issued within six weeks \u00b7 No interview lost to a technical "
                "failure \u00b7 No more appeals than the in-person sittings",
            ],
            20,
        ),
    ]
    return out


def s11(s: Slide) -> list[str]:
    out = chrome(s, "06 \u00b7 Timing", 11, "The clock we keep")
    out += [
        tb(
            s,
            96,
            230,
            1700,
            60,
            [
                p(
                    r(
                        "Setting Out runs for three calendar years, from 1 January 2027 to "
                        "31 December 2029.",
                        30,
                        font=HEAD,
                        bold=True,
                    )
                )
            ],
        ),
        body(
            s,
            96,
            330,
            820,
            600,
            [
                "2027 is January to December 2027; 2028 and 2029 follow the same calendar.",
                "Council meets in March, June, September and December.",
                "Professional Review sittings: spring (April) and autumn (November).",
            ],
            22,
            bullet=True,
            after=18,
        ),
        shape(s, 1000, 330, 824, 560, WHITE, geom="roundRect", adj=4000),
        label(s, 1036, 356, 760, "Other clocks inside the plan", GREY),
        body(
            s,
            1036,
            400,
            760,
            480,
            [
                "Our membership year runs from 1 October to 30 September; each renewal falls "
                "due on 1 October.",
                "The 2029 renewal, due 1 October 2029, is the last inside this strategy.",
                "The Traverse trial runs for one renewal cycle, from the 2027 renewal to the "
                "2028 renewal.",
                "The Quarto contract runs to September 2033; Vivapoint\u2019s runs to March 2031.",
            ],
            20,
            after=16,
        ),
    ]
    return out


COLUMNS = ["2027: Build", "2028: Move", "2029: Grow"]
ROWS = [
    (
        "Membership",
        [
            "Choose and build Quarto; clean MERIT\u2019s records",
            "Members move to Quarto; the 2028 renewal online",
            "Direct Debit by default; joining online",
        ],
    ),
    (
        "CPD",
        [
            "Build Traverse; trial from the 2027 renewal",
            "Trial closes at the 2028 renewal; Traverse for all",
            "CPD declared from Traverse at the 2029 renewal",
        ],
    ),
    (
        "Assessment",
        [
            "Choose Vivapoint; change Regulation 14",
            "The North West branch online (spring 2028)",
            "Every sitting online from spring 2029",
        ],
    ),
    (
        "Standards",
        [
            "Buy Adjudex; set its retention rules",
            "Adjudex live; paper files scanned",
            "Hearings by video; decisions in ten days",
        ],
    ),
]
BEYOND = [
    "Welsh-language member account",
    "Reciprocal recognition overseas",
    "Retire the printed register",
    "Online Fellowship applications",
]


def s12(s: Slide) -> list[str]:
    out = chrome(s, "07 \u00b7 Roadmap", 12, "Build, move, grow")
    x0, cw = 330, 420
    for k, head in enumerate(COLUMNS):
        x = x0 + k * cw
        out += [
            shape(s, x, 220, cw - 12, 56, NAVY if k == 1 else SAGE, geom="roundRect", adj=20000),
            tb(s, x + 20, 234, cw - 50, 30, [p(r(head, 20, font=HEAD, color=WHITE, bold=True))]),
        ]
    bx = x0 + 3 * cw
    out += [
        shape(s, bx, 220, 1824 - bx, 56, MIST, geom="roundRect", adj=20000),
        tb(s, bx + 20, 234, 1824 - bx - 40, 30, [p(r("Beyond 2029", 20, font=HEAD, bold=True))]),
    ]
    for j, (name, cells) in enumerate(ROWS):
        y = 300 + j * 132
        out.append(tb(s, 96, y + 30, 220, 40, [p(r(name, 20, font=HEAD, bold=True))]))
        for k, text in enumerate(cells):
            x = x0 + k * cw
            out += [
                shape(s, x, y + 10, cw - 12, 100, WHITE, geom="roundRect", adj=12000, line=MIST),
                tb(s, x + 18, y + 26, cw - 48, 80, [p(r(text, 17))]),
            ]
    out.append(body(s, bx + 20, 310, 1824 - bx - 40, 500, BEYOND, 17, bullet=True, color=GREY))
    gates = [
        (x0 + cw - 30, "Gate 1 \u00b7 December 2027 Council"),
        (x0 + cw + 200, "Gate 2 \u00b7 Ready to move"),
        (x0 + 3 * cw - 30, "Final report \u00b7 December 2029 Council"),
    ]
    for gx, text in gates:
        out += [
            shape(s, gx - 16, 846, 32, 32, OCHRE, geom="diamond"),
            tb(s, gx - 110, 892, 220, 60, [p(r(text, 14, bold=True), algn="ctr")]),
        ]
    return out


def s13(s: Slide) -> list[str]:
    out = chrome(s, "08 \u00b7 Gates", 13, "What \u2018ready\u2019 means")
    cols = [
        (
            "Gate 1 \u00b7 December 2027 Council \u00b7 Built and tested",
            [
                "Quarto configured and tested with a full copy of MERIT\u2019s member records",
                "Our Bacs service user number issued and a test collection made",
                "Regulation 14 changed and published to candidates",
                "At least 1,000 members recording CPD in the Traverse trial",
            ],
        ),
        (
            "Gate 2 \u00b7 Ready to move every member",
            [
                "Every member record moved to Quarto and checked, fewer than 1 in 200 needing "
                "correction",
                "The North West branch\u2019s results issued within six weeks, with no more "
                "appeals than the in-person sittings",
                "The 2028 renewal tested end to end on Quarto, online and by Direct Debit",
                "All three met and reported to the June 2028 Council, which decides whether the "
                "2028 renewal runs on Quarto",
            ],
        ),
    ]
    for k, (head, items) in enumerate(cols):
        x = 96 + k * 880
        out += [
            shape(s, x, 230, 848, 660, WHITE, geom="roundRect", adj=4000),
            shape(s, x, 230, 848, 10, OCHRE if k else SAGE),
            tb(s, x + 32, 262, 790, 70, [p(r(head, 22, font=HEAD, bold=True))]),
            body(s, x + 32, 350, 790, 520, items, 20, bullet=True, after=14),
        ]
    out.append(
        tb(
            s,
            96,
            920,
            1700,
            30,
            [
                p(
                    r(
                        "If Gate 2 is not passed, the 2028 renewal runs on MERIT and the move "
                        "waits a year.",
                        17,
                        color=BRICK,
                        bold=True,
                    )
                )
            ],
        )
    )
    return out


RISKS = [
    (
        "MERIT\u2019s records are too poor to move cleanly",
        "High",
        "Clean records from January 2027 and run two trial migrations before Gate 1",
    ),
    (
        "The bank is slow to issue our Bacs service user number",
        "Medium",
        "Collect through a Direct Debit bureau until our own number is issued",
    ),
    (
        "Older members will not renew online",
        "Medium",
        "Keep the phone line and run renewal help sessions at every branch AGM",
    ),
    (
        "A video interview fails on the day",
        "Low",
        "Keep two spare assessors on call and rebook within ten days",
    ),
    (
        "Member Services is overloaded during the move",
        "High",
        "Bring in six temporary staff for the 2028 renewal",
    ),
]


def s14(s: Slide) -> list[str]:
    out = chrome(s, "09 \u00b7 Risks", 14, "What could knock us off course")
    xs = [(96, 640), (760, 200), (984, 840)]
    for (x, w), head in zip(xs, ["Risk", "Likelihood", "What we will do"], strict=True):
        out.append(label(s, x, 230, w, head, GREY))
    for j, row in enumerate(RISKS):
        y = 280 + j * 136
        out.append(shape(s, 96, y, 1728, 2, MIST))
        for (x, w), text in zip(xs, row, strict=True):
            bold = x == 96
            out.append(tb(s, x, y + 22, w - 24, 100, [p(r(text, 20, bold=bold))]))
    return out


FIRST_90 = [
    "Sign the Quarto contract with Maplestone Systems (Head of IT)",
    "Apply to our bank for a Bacs service user number (Finance Controller)",
    "Start cleaning MERIT\u2019s member records, duplicates first (Head of Member Services)",
    "Draft the change to Assessment Regulation 14 for the March 2027 Council (Head of Governance)",
    "Set the 2026 baseline for every measure in Plumbline (Data Lead)",
    "Agree with the North West branch committee how the pilot will run (Head of Assessment)",
    "Open sign-up for the Traverse trial (Head of Professional Development)",
    "Brief the Staff Consultative Committee on changes to Member Services roles (Head of People)",
]


def s15(s: Slide) -> list[str]:
    out = chrome(s, "10 \u00b7 First 90 days", 15, "Breaking ground: the first 90 days")
    out.append(
        tb(
            s,
            96,
            196,
            1600,
            30,
            [p(r("January to March 2027 \u00b7 lead in brackets", 17, color=GREY))],
        )
    )
    for k, item in enumerate(FIRST_90):
        x = 96 + (k % 2) * 880
        y = 260 + (k // 2) * 170
        out += [
            shape(s, x, y, 848, 148, WHITE, geom="roundRect", adj=8000),
            tb(
                s,
                x + 24,
                y + 22,
                60,
                60,
                [p(r(f"{k + 1:02d}", 28, font=HEAD, color=OCHRE, bold=True))],
            ),
            tb(s, x + 100, y + 26, 720, 110, [p(r(item, 20))]),
        ]
    return out


def s16(s: Slide) -> list[str]:
    out = chrome(s, "11 \u00b7 Governance", 16, "Who decides what")
    out += [
        tb(
            s,
            96,
            230,
            1700,
            50,
            [
                p(
                    r(
                        "Sponsor: the Chief Executive, Senior Responsible Owner for Setting Out",
                        28,
                        font=HEAD,
                        bold=True,
                    )
                )
            ],
        ),
        body(
            s,
            96,
            320,
            1700,
            600,
            [
                "The Setting Out Programme Board meets monthly, chaired by the Chief Executive",
                "Members: the three directors, the Programme Director and the Head of IT",
                "Council takes both gates and hears a progress report at every meeting",
                "The Regional Branches Forum and the Staff Consultative Committee are consulted "
                "before each gate",
                "The Audit and Risk Committee reviews the risk log twice a year",
            ],
            22,
            bullet=True,
            after=18,
        ),
    ]
    return out


COSTS = [
    ("\u00a31.3m", "Quarto and the move"),
    ("\u00a30.5m", "Traverse"),
    ("\u00a30.5m", "Vivapoint and assessors"),
    ("\u00a30.4m", "Adjudex and scanning"),
    ("\u00a30.9m", "Programme, data and temporary staff"),
]


def s17(s: Slide) -> list[str]:
    out = chrome(s, "12 \u00b7 Money", 17, "What it costs")
    out += [
        tb(
            s,
            96,
            230,
            1700,
            70,
            [p(r("\u00a33.6m from reserves over three years", 40, font=HEAD, bold=True))],
        ),
        tb(
            s,
            96,
            310,
            1700,
            40,
            [p(r("\u00a31.5m in 2027 \u00b7 \u00a31.4m in 2028 \u00b7 \u00a30.7m in 2029", 24))],
        ),
    ]
    for k, (amount, what) in enumerate(COSTS):
        out += tile(s, 96 + k * 348, 390, 324, 240, amount, [what], size=44)
    out.append(
        body(
            s,
            96,
            680,
            1700,
            260,
            [
                "From 2030, running costs of \u00a3310k a year come from subscriptions",
                "Free reserves stay above six months\u2019 running costs throughout",
                "Subscriptions rise by no more than inflation in 2027, 2028 and 2029",
            ],
            22,
            bullet=True,
            after=14,
        )
    )
    return out


SUMMARY_GOALS = [
    "Paying members: 38,000 \u2192 42,000 by December 2029",
    "Renewal on time: 88% at the 2029 renewal",
    "Online renewal rate: 70% at the 2029 renewal",
    "Direct-debit renewal rate: 70% at the 2029 renewal",
    "CPD recorded in Traverse: 90% at the 2029 renewal",
    "Results within six weeks of interview: 95% by autumn 2029",
    "Conduct cases closed within six months: 80% by December 2029",
    "Every sitting online from spring 2029",
]


def s18(s: Slide) -> list[str]:
    out = [shape(s, 0, 0, W, H, NAVY)]
    out += chrome(s, "13 \u00b7 Summary", 18, "Setting Out on one page", dark=True)
    out += [
        tb(s, 96, 220, 1728, 90, [p(r(NORTH_STAR, 26, color=OCHRE, bold=True))]),
        tb(
            s,
            96,
            330,
            1728,
            40,
            [p(r("2027: Build \u00b7 2028: Move \u00b7 2029: Grow", 22, color=WHITE, bold=True))],
        ),
        body(s, 96, 400, 840, 560, SUMMARY_GOALS[:4], 22, bullet=True, color=WHITE, after=16),
        body(s, 980, 400, 840, 560, SUMMARY_GOALS[4:], 22, bullet=True, color=WHITE, after=16),
    ]
    return out


ASKS = [
    "1. Approve Setting Out, our strategy for 2027\u20132029",
    "2. Release \u00a31.5m from reserves for 2027",
    "3. Agree that the North West branch goes first with the online Professional Review",
    "4. Agree that Gate 2 comes back to Council for decision",
]


def s19(s: Slide) -> list[str]:
    out = chrome(s, "14 \u00b7 Decisions", 19, "What we ask of Council today")
    for k, ask in enumerate(ASKS):
        y = 240 + k * 170
        out += [
            shape(s, 96, y, 1728, 146, WHITE, geom="roundRect", adj=8000),
            shape(s, 96, y, 12, 146, OCHRE),
            tb(s, 140, y + 40, 1640, 80, [p(r(ask, 26, font=HEAD, bold=True))]),
        ]
    return out


DEFINITIONS = [
    "Paying members: members whose subscription for the current membership year is paid; "
    "honorary members are not counted.",
    "Renewal on time: the subscription paid by 31 October, a month after it falls due.",
    "Online renewal rate: renewals completed in the member account, as a share of all renewals.",
    "Direct-debit renewal rate: renewals paid by Direct Debit, as a share of all renewals.",
    "CPD recorded in Traverse: members whose CPD declaration at renewal is made from their "
    "Traverse record.",
    "Results within six weeks of interview: results sent within 42 days of the interview.",
    "Conduct cases closed within six months: cases closed within 183 days of the complaint "
    "being logged.",
]


def s20(s: Slide) -> list[str]:
    out = chrome(s, "Appendix", 20, "How we measure")
    out += [
        body(s, 96, 230, 1728, 700, DEFINITIONS, 20, after=14),
        tb(
            s,
            96,
            940,
            1728,
            26,
            [
                p(
                    r(
                        "Every measure is reported to Council from Plumbline each quarter.",
                        14,
                        color=GREY,
                    )
                )
            ],
        ),
    ]
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
]


# =========================================================================== the package

THEME = (
    XML_HEAD + f'<a:theme xmlns:a="{NS_A}" name="Canva">'
    '<a:themeElements><a:clrScheme name="Canva">'
    '<a:dk1><a:srgbClr val="000000"/></a:dk1><a:lt1><a:srgbClr val="FFFFFF"/></a:lt1>'
    f'<a:dk2><a:srgbClr val="{NAVY}"/></a:dk2><a:lt2><a:srgbClr val="{PAPER}"/></a:lt2>'
    f'<a:accent1><a:srgbClr val="{OCHRE}"/></a:accent1>'
    f'<a:accent2><a:srgbClr val="{SAGE}"/></a:accent2>'
    f'<a:accent3><a:srgbClr val="{MIST}"/></a:accent3>'
    f'<a:accent4><a:srgbClr val="{GREY}"/></a:accent4>'
    f'<a:accent5><a:srgbClr val="{BRICK}"/></a:accent5>'
    '<a:accent6><a:srgbClr val="8FA9C4"/></a:accent6>'
    '<a:hlink><a:srgbClr val="0563C1"/></a:hlink><a:folHlink><a:srgbClr val="954F72"/>'
    "</a:folHlink></a:clrScheme>"
    f'<a:fontScheme name="Canva"><a:majorFont><a:latin typeface="{HEAD}"/><a:ea typeface=""/>'
    f'<a:cs typeface=""/></a:majorFont><a:minorFont><a:latin typeface="{BODY}"/>'
    '<a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme>'
    '<a:fmtScheme name="Canva"><a:fillStyleLst>'
    '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
    '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
    '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:fillStyleLst>'
    '<a:lnStyleLst><a:ln w="6350"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln>'
    '<a:ln w="12700"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln>'
    '<a:ln w="19050"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln>'
    "</a:lnStyleLst><a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle>"
    "<a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle>"
    "</a:effectStyleLst><a:bgFillStyleLst>"
    '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
    '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
    '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:bgFillStyleLst></a:fmtScheme>'
    "</a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>"
)

TREE = (
    '<p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>'
    '<p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/>'
    '<a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>{shapes}</p:spTree>'
)

MASTER = (
    XML_HEAD + f"<p:sldMaster {NSDECL}><p:cSld><p:bg><p:bgPr><a:solidFill>"
    '<a:srgbClr val="FFFFFF"/></a:solidFill><a:effectLst/></p:bgPr></p:bg>'
    + TREE.format(shapes="")
    + '</p:cSld><p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" '
    'accent2="accent2" accent3="accent3" accent4="accent4" accent5="accent5" '
    'accent6="accent6" hlink="hlink" folHlink="folHlink"/><p:sldLayoutIdLst>'
    '<p:sldLayoutId id="2147483649" r:id="rId1"/></p:sldLayoutIdLst><p:txStyles>'
    '<p:titleStyle><a:lvl1pPr><a:defRPr sz="4400"/></a:lvl1pPr></p:titleStyle>'
    '<p:bodyStyle><a:lvl1pPr><a:defRPr sz="2000"/></a:lvl1pPr></p:bodyStyle>'
    '<p:otherStyle><a:lvl1pPr><a:defRPr sz="1800"/></a:lvl1pPr></p:otherStyle>'
    "</p:txStyles></p:sldMaster>"
)

LAYOUT = (
    XML_HEAD
    + f'<p:sldLayout {NSDECL} preserve="1" userDrawn="1"><p:cSld name="Blank">'
    + TREE.format(shapes="")
    + "</p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>"
)

CT = "application/vnd.openxmlformats-officedocument.presentationml"


def _rels(items: Sequence[tuple[str, str, str]]) -> str:
    body_xml = "".join(
        f'<Relationship Id="{rid}" Type="{kind}" Target="{target}"/>' for rid, kind, target in items
    )
    return (
        XML_HEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
        f'relationships">{body_xml}</Relationships>'
    )


def slide_xml(shapes: Sequence[str]) -> str:
    return (
        XML_HEAD + f"<p:sld {NSDECL}><p:cSld><p:bg><p:bgPr><a:solidFill>"
        f'<a:srgbClr val="{PAPER}"/></a:solidFill><a:effectLst/></p:bgPr></p:bg>'
        + TREE.format(shapes="".join(shapes))
        + "</p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>"
    )


def deck_parts() -> dict[str, bytes]:
    """Every part of the PPTX, by name."""
    n = len(SLIDES)
    parts: dict[str, str] = {}
    overrides = [
        ("/ppt/presentation.xml", f"{CT}.presentation.main+xml"),
        ("/ppt/slideMasters/slideMaster1.xml", f"{CT}.slideMaster+xml"),
        ("/ppt/slideLayouts/slideLayout1.xml", f"{CT}.slideLayout+xml"),
        ("/ppt/theme/theme1.xml", "application/vnd.openxmlformats-officedocument.theme+xml"),
        ("/ppt/presProps.xml", f"{CT}.presProps+xml"),
        ("/ppt/viewProps.xml", f"{CT}.viewProps+xml"),
        ("/ppt/tableStyles.xml", f"{CT}.tableStyles+xml"),
        *[(f"/ppt/slides/slide{k}.xml", f"{CT}.slide+xml") for k in range(1, n + 1)],
        ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
        (
            "/docProps/app.xml",
            "application/vnd.openxmlformats-officedocument.extended-properties+xml",
        ),
    ]
    parts["[Content_Types].xml"] = (
        XML_HEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        + "".join(f'<Override PartName="{name}" ContentType="{kind}"/>' for name, kind in overrides)
        + "</Types>"
    )
    parts["_rels/.rels"] = _rels(
        [
            ("rId1", f"{REL}/officeDocument", "ppt/presentation.xml"),
            (
                "rId2",
                "http://schemas.openxmlformats.org/package/2006/relationships/metadata/"
                "core-properties",
                "docProps/core.xml",
            ),
            ("rId3", f"{REL}/extended-properties", "docProps/app.xml"),
        ]
    )
    parts["docProps/core.xml"] = (
        XML_HEAD + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
        'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        "<dc:title>Setting Out 2027-2029 - Council 9 December 2026</dc:title>"
        "<cp:keywords>DAG3kPq8sLw,BAFx1cN4mTe</cp:keywords>"
        f'<dcterms:created xsi:type="dcterms:W3CDTF">{CREATED}</dcterms:created>'
        f'<dcterms:modified xsi:type="dcterms:W3CDTF">{MODIFIED}</dcterms:modified>'
        "</cp:coreProperties>"
    )
    parts["docProps/app.xml"] = (
        XML_HEAD + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
        'extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/'
        'docPropsVTypes"><Application>Canva</Application>'
        f"<PresentationFormat>Custom</PresentationFormat><Slides>{n}</Slides><Notes>0</Notes>"
        "<HiddenSlides>0</HiddenSlides><ScaleCrop>false</ScaleCrop>"
        "<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>"
        "<HyperlinksChanged>false</HyperlinksChanged></Properties>"
    )
    sld_ids = "".join(f'<p:sldId id="{255 + k}" r:id="rId{k + 2}"/>' for k in range(1, n + 1))
    parts["ppt/presentation.xml"] = (
        XML_HEAD + f'<p:presentation {NSDECL} saveSubsetFonts="1"><p:sldMasterIdLst>'
        '<p:sldMasterId id="2147483648" r:id="rId1"/></p:sldMasterIdLst>'
        f'<p:sldIdLst>{sld_ids}</p:sldIdLst><p:sldSz cx="{W * PX}" cy="{H * PX}"/>'
        '<p:notesSz cx="6858000" cy="9144000"/><p:defaultTextStyle><a:lvl1pPr>'
        '<a:defRPr lang="en-GB"/></a:lvl1pPr></p:defaultTextStyle></p:presentation>'
    )
    parts["ppt/_rels/presentation.xml.rels"] = _rels(
        [
            ("rId1", f"{REL}/slideMaster", "slideMasters/slideMaster1.xml"),
            ("rId2", f"{REL}/theme", "theme/theme1.xml"),
            *[(f"rId{k + 2}", f"{REL}/slide", f"slides/slide{k}.xml") for k in range(1, n + 1)],
            (f"rId{n + 3}", f"{REL}/presProps", "presProps.xml"),
            (f"rId{n + 4}", f"{REL}/viewProps", "viewProps.xml"),
            (f"rId{n + 5}", f"{REL}/tableStyles", "tableStyles.xml"),
        ]
    )
    parts["ppt/presProps.xml"] = XML_HEAD + f"<p:presentationPr {NSDECL}/>"
    parts["ppt/viewProps.xml"] = (
        XML_HEAD + f'<p:viewPr {NSDECL}><p:normalViewPr><p:restoredLeft sz="15620"/>'
        '<p:restoredTop sz="94660"/></p:normalViewPr><p:gridSpacing cx="76200" cy="76200"/>'
        "</p:viewPr>"
    )
    parts["ppt/tableStyles.xml"] = (
        XML_HEAD + f'<a:tblStyleLst xmlns:a="{NS_A}" '
        'def="{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}"/>'
    )
    parts["ppt/theme/theme1.xml"] = THEME
    parts["ppt/slideMasters/slideMaster1.xml"] = MASTER
    parts["ppt/slideMasters/_rels/slideMaster1.xml.rels"] = _rels(
        [
            ("rId1", f"{REL}/slideLayout", "../slideLayouts/slideLayout1.xml"),
            ("rId2", f"{REL}/theme", "../theme/theme1.xml"),
        ]
    )
    parts["ppt/slideLayouts/slideLayout1.xml"] = LAYOUT
    parts["ppt/slideLayouts/_rels/slideLayout1.xml.rels"] = _rels(
        [("rId1", f"{REL}/slideMaster", "../slideMasters/slideMaster1.xml")]
    )
    for k, make in enumerate(SLIDES, start=1):
        parts[f"ppt/slides/slide{k}.xml"] = slide_xml(make(Slide()))
        parts[f"ppt/slides/_rels/slide{k}.xml.rels"] = _rels(
            [("rId1", f"{REL}/slideLayout", "../slideLayouts/slideLayout1.xml")]
        )
    return {k: v.encode("utf-8") for k, v in parts.items()}


def build_deck() -> bytes:
    """The PPTX: its parts as ZIP entries in sorted name order at one fixed time."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in sorted(deck_parts().items()):
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data)
    return out.getvalue()


# =========================================================================== the org folder

HANDBOOK = """
# Staff handbook, section 2: how we are organised

Last reviewed by the Head of People on 2 November 2026. This page replaces the organisation
chart in the 2024 handbook.

The Institute's staff work in the Office of the Chief Executive and three directorates. Council, our elected
governing body, sets policy and approves the budget; staff carry it out. Each post below is
written as **Title**: what the post is responsible for. Where two titles sound alike, go by the
remit: Membership brings members in, Membership Services looks after them once they have
joined; Professional Development is about CPD, Professional Conduct is about complaints.

Titles changed in the 2025 restructure: Member Services became Membership Services, and the
Finance Controller post became Financial Controller. Some older papers still use the old titles.

## Organisation chart

- **Chief Executive**: leads the staff, answers to Council for everything the Institute does, and is Senior Responsible Owner of Setting Out, chairing its Programme Board.
  - Office of the Chief Executive
    - **Programme Director, Setting Out**: runs the programme office: the plan, the budget tracker, the risk log and the monthly report to the Programme Board; owns no service of their own.
    - **Head of Governance**: clerk to Council and its committees; keeps the Royal Charter, the Bye-laws and the Regulations and drafts every change to them; Data Protection Officer and owner of the data retention schedule.
  - Membership directorate
    - **Director of Membership**: leads membership, branches and communications, and answers to Council for the number of paying members and for members' satisfaction with our service.
      - **Head of Membership**: brings new members in: applications to join, membership grades and subscription rates, student membership, and our partnerships with universities and employers.
      - **Head of Membership Services**: looks after members once they have joined: runs the renewal from notice to payment, the Member Services team and its phone line, and the accuracy of every member record, including its move from MERIT to Quarto.
      - **Branch Network Manager**: supports the 14 regional branch committees, their events and their budgets, and is secretary to the Regional Branches Forum.
      - **Head of Marketing and Communications**: the magazine Fieldbook, press work, the content of our website and all-member emails.
  - Standards and Qualifications directorate
    - **Director of Standards and Qualifications**: leads assessment, CPD and professional conduct, and is the staff lead for the Standards Board.
      - **Head of Assessment**: runs the Professional Review: sittings, candidate bookings and results; recruits, trains and schedules our volunteer assessors; business owner of Vivapoint.
      - **Head of Professional Development**: sets the CPD requirement and checks that members meet it: the CPD declaration at renewal, the sample review and the guidance members use.
      - **Head of Professional Conduct**: handles complaints about members from first contact to hearing: investigations, the Conduct and Disciplinary Panels, sanctions and the case files; business owner of the new casework system.
  - Resources directorate
    - **Director of Finance and Resources**: the budget, the reserves and our financial controls, and the IT, data and people teams; releases programme money once Council has approved it.
      - **Financial Controller**: the accounts, subscription income and credit control, our banking and card payment contracts and, once it is issued, our Bacs service user number.
      - **Head of IT**: our servers, network, Microsoft 365 and cyber security; keeps MERIT running until it is switched off, and leads the technical side of buying and connecting new systems.
      - **Head of Digital**: builds and runs our digital products with their suppliers: the website, the member account and the Traverse CPD app.
      - **Head of Data and Insight**: Plumbline, our data warehouse, and its Power BI dashboards; baselines and reports against every measure for Council; the annual member survey (the "data lead" in programme papers).
      - **Head of People**: staff recruitment, pay, policies and employee relations; secretary to the Staff Consultative Committee.
        - **Learning and Development Manager**: staff training: induction, the yearly training plan, and training staff on every new system before it goes live.

## Bodies we consult (they advise; they do not own or lead work)

- **Regional Branches Forum**: the chairs of the 14 branch committees; advises on anything that changes what branches do or ask of members in their region.
- **Staff Consultative Committee**: elected staff representatives, who must be consulted before changes to staff roles, hours or working patterns.

Vacancies are shown on the intranet, not here. Questions about this page go to the Head of
People.
"""

COUNCIL = """
# Council: terms of reference

Approved by Council on 15 March 2024. Kept by the Head of Governance.

## Purpose

Council is the governing body of the Chartered Institute of Land and Property Surveyors under
its Royal Charter. Its members are the Institute's trustees.

## Membership

Council has 24 members: 20 elected by the membership for three-year terms, the President, the
Senior Vice-President, the Junior Vice-President and the Honorary Treasurer. The President
chairs Council. The Chief Executive attends and is secretary to Council, with the Head of
Governance as clerk.

## What Council decides

- the strategy and the annual budget;
- any use of the reserves, which Council does not delegate;
- changes to the Bye-laws, which also need the consent of the Privy Council, and to the
  Regulations;
- each gate of a programme costing more than £500,000, on the recommendation of its
  programme board.

## Standing rules

- Council meets four times a year, in March, June, September and December.
- Any change to the Assessment Regulations must be approved by Council and published to candidates at least six months before the sitting it affects.
- Papers go to members of Council seven days before each meeting.

## Committees

- **Audit and Risk Committee**: five members of Council; reviews the accounts, the reserves
  policy and the risk register of every programme.
- **Standards Board**: sets the standards for admission and conduct, and the targets for the
  Professional Review.

## Setting Out

The Chief Executive is the Senior Responsible Owner of Setting Out and chairs its Programme
Board, which recommends each gate to Council.
"""

BOARD = """
# Setting Out Programme Board: terms of reference

Agreed by the Chief Executive on 4 November 2026, subject to Council's approval of Setting Out.

## Role

The Programme Board steers Setting Out within the budget Council releases. It recommends each
gate to Council and decides everything else in the plan.

## Members

- Chief Executive (chair and Senior Responsible Owner)
- Director of Membership
- Director of Standards and Qualifications
- Director of Finance and Resources
- Programme Director, Setting Out (runs the programme office and writes the board's papers)
- Head of IT

Other heads attend when their work is on the agenda.

## How it works

- The board meets on the second Tuesday of each month.
- It keeps the programme's risk log and reports progress to every meeting of Council.
- Before each gate it hears the views of the Regional Branches Forum and of the Staff
  Consultative Committee. Neither body leads or owns any of the programme's work.
- Spending within a released budget is approved by the Director of Finance and Resources;
  anything beyond it goes to Council.
"""

FORUM = """
REGIONAL BRANCHES FORUM
Terms of reference, agreed by Council on 10 September 2025

1. The Regional Branches Forum brings together the chairs of the Institute's 14 regional branch committees. The Branch Network Manager is its secretary.

2. The Forum advises Council and the staff. It does not direct staff, hold a budget for Institute-wide work or run any of the Institute's services.

3. The Forum must be consulted before any branch's members or candidates are asked to try a new service first.

4. The Forum meets three times a year, in February, June and October, and may meet by video.

5. A branch chair who cannot attend may send the branch's vice-chair.
"""

SYSTEMS = """
# Systems and data inventory

Kept by the Head of IT. Last updated 4 November 2026. Business owners answer for what a system
is used for; technical owners keep it running.

## MERIT (membership records)

MERIT holds every member's record, grade, subscription and payment history, and prints the
renewal notices. It was built for us in 2009 on SQL Server and is supported by one contractor
two days a week. MERIT runs only at Pellew House, on one server with no web access, so members
cannot see or change their own record online. MERIT cannot collect Direct Debit payments.
Business owner: Head of Membership Services. Technical owner: Head of IT.

## Quarto (new membership system)

Quarto, from Maplestone Systems, was chosen in October 2026 to replace MERIT. The contract is
ready to sign and runs to September 2033. Business owner: Head of Membership Services.
Technical owner: Head of IT.

## PayFolio (card payments)

PayFolio takes card payments by phone and on the website's payment page, for subscriptions,
applications and event tickets. It has run without a serious fault since 2021. Owner:
Financial Controller.

## Sage 200 (finance)

The accounts, the ledger of subscription income and the reserves. Owner: Financial Controller.

## Plumbline and Power BI (reporting)

Plumbline is our data warehouse. It loads MERIT, Sage 200 and the conduct case log every
night, and its Power BI dashboards report each Council measure. Owner: Head of Data and
Insight.

## Traverse (CPD app, being built)

Traverse is being built for us by Gridline Digital, for phones first and then desktop. Members
will log CPD as they do it and make their CPD declaration from it at renewal. Business owner:
Head of Professional Development. Product owner: Head of Digital.

## CPD declarations today

Members email a declaration form with their renewal to a shared mailbox; the team reads a
sample of one in twenty by hand.

## Vivapoint (online assessment)

Vivapoint was chosen in October 2026 for case study submission, marking and video interviews;
the contract runs to March 2031. Business owner: Head of Assessment. We have 240 volunteer
assessors, each trained and observed before they sit on a panel. Assessor availability relies
on a spreadsheet kept by the assessment team, updated by email.

## Conduct case log

Complaints and conduct cases are logged in a case log in Microsoft 365. Adjudex, a casework
system from Kinross Legal Systems, is our preferred replacement but has not been bought.
Business owner: Head of Professional Conduct.

## Microsoft 365

Email, Teams, SharePoint and the shared mailboxes. Owner: Head of IT.
"""

MEASURES = """
# Measures and baselines

Kept by the Head of Data and Insight. Every measure is reported to Council from Plumbline's
Power BI dashboards. Baselines are for 2026 unless the row says otherwise.

| Measure | Definition | Owner | Baseline | Source |
|---|---|---|---|---|
| Paying members | members whose subscription for the current membership year is paid | Head of Membership | 38,000 at 1 November 2026 | MERIT |
| Renewal on time | subscriptions paid by 31 October, as a share of those due on 1 October | Head of Membership Services | 81% (2026 renewal) | MERIT |
| Online renewal rate | renewals completed on the website, as a share of all renewals | Head of Membership Services | 29% (2026 renewal) | MERIT and PayFolio |
| Direct-debit renewal rate | renewals paid by Direct Debit, as a share of all renewals | Head of Membership Services | 0% (we cannot collect by Direct Debit today) | none yet |
| CPD recorded in Traverse | members whose CPD declaration is made from a Traverse record | Head of Professional Development | none yet (Traverse is not live) | Traverse |
| Results within six weeks of interview | Professional Review results sent within 42 days of the interview | Head of Assessment | 12% (spring and autumn 2026 sittings) | assessment spreadsheet |
| Conduct cases closed within six months | cases closed within 183 days of the complaint being logged | Head of Professional Conduct | 23% (2025/26) | conduct case log |
| Members satisfied with our service | share of survey respondents satisfied or very satisfied | Head of Data and Insight | 64% (2025 survey, different question) | member survey |

Traverse is not yet linked to Plumbline, so CPD recorded in the app cannot be counted on the
dashboards until the link is built.

The 2025 survey asked a different question, so the 2027 survey will set the first comparable
baseline for members' satisfaction.
"""

NORTH_WEST = """
# North West branch: note for the programme board

From the Branch Network Manager and the Head of Assessment, 12 November 2026.

The North West branch has 3,900 members, the third largest of our 14 branches. Its committee
wrote to the Chief Executive in September asking to be the first branch whose candidates sit
the Professional Review online.

52 candidates in the branch have told us they expect to sit in spring 2028, more than in any
other branch. They are assessed today in a hired room at the Holcroft Business Centre, and our
hire of that room ends in July 2028.

The branch has 19 of our 240 volunteer assessors. Eleven of them have said they would interview
by video.

The branch committee is happy for its chair to speak for the pilot at the Regional Branches
Forum.
"""

EMAIL = """
From: Owen Threlkeld <owen.threlkeld@cilps.org.uk>
To: Priya Hallam <priya.hallam@cilps.org.uk>
Cc: Setting Out programme office <settingout@cilps.org.uk>
Date: Wed, 18 Nov 2026 10:41:07 +0000
Subject: Direct Debit - where we are

Priya,

You asked where we are on Direct Debit before the programme board.

Card payments are fine: PayFolio takes them on the website and by phone, and we can keep
taking them through the move to Quarto.

Direct Debit is another matter. The Institute is not yet a Bacs Direct Debit originator: we have no service user number, and the bank quotes twelve weeks from a complete application.

The bank will want our last two sets of audited accounts, the wording of our Direct Debit
Guarantee and a named contact for indemnity claims. I can send the application in January if
the strategy is approved in December.

If the number is late, a Direct Debit bureau can collect for us under its own number at about
18p a collection.

Owen

Owen Threlkeld
Financial Controller
The Chartered Institute of Land and Property Surveyors
Pellew House, Wellbury
"""

ORG_TEXT = {
    "org/people/staff-handbook-structure.md": HANDBOOK,
    "org/governance/council-terms-of-reference.md": COUNCIL,
    "org/governance/setting-out-programme-board-terms.md": BOARD,
    "org/governance/regional-branches-forum-terms.txt": FORUM,
    "org/systems/systems-and-data-inventory.md": SYSTEMS,
    "org/measures/measures-and-baselines.md": MEASURES,
    "org/context/north-west-branch-note.md": NORTH_WEST,
    "org/context/email-2026-11-18-direct-debit.txt": EMAIL,
}


# --------------------------------------------------------------------------- the retention schedule

RETENTION_HEAD = ["Record", "Where it is kept", "How long we keep it", "Owner"]
RETENTION_ROWS = [
    (
        "Member records",
        "MERIT",
        "While a member, then six years after they leave",
        "Head of Membership Services",
    ),
    (
        "Subscription and payment records",
        "MERIT and Sage 200",
        "Seven years after the end of the financial year",
        "Financial Controller",
    ),
    (
        "CPD declarations and evidence",
        "CPD shared mailbox",
        "Six years from the end of the membership year",
        "Head of Professional Development",
    ),
    (
        "Professional Review case studies and marks",
        "Assessment shared drive",
        "Five years after the result",
        "Head of Assessment",
    ),
    (
        "Professional Review interview recordings",
        "None are made at present",
        "No retention period is set; interviews may not be recorded until the schedule has one",
        "Head of Governance",
    ),
    (
        "Conduct case files",
        "Kept on paper in locked cabinets at Pellew House",
        "Ten years after the case closes; fifty years where a member is expelled",
        "Head of Professional Conduct",
    ),
    (
        "Council and committee papers and minutes",
        "SharePoint",
        "Permanently",
        "Head of Governance",
    ),
    (
        "Staff records",
        "HR files and payroll",
        "Six years after the member of staff leaves",
        "Head of People",
    ),
]


def build_retention() -> bytes:
    """The data retention schedule: a heading, two paragraphs and one table, as Word saves it."""
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)
    doc.add_heading("Data retention schedule", level=1)
    doc.add_paragraph(
        "Owner: Head of Governance (Data Protection Officer). Approved by the Audit and Risk "
        "Committee on 21 September 2026. Next review: September 2027."
    )
    table = doc.add_table(rows=1, cols=len(RETENTION_HEAD))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, RETENTION_HEAD, strict=True):
        cell.text = text
        for run in cell.paragraphs[0].runs:
            run.bold = True
    for row in RETENTION_ROWS:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    doc.add_paragraph(
        "A new kind of record may be kept only once it has a row in this schedule. Changes are "
        "approved by the Audit and Risk Committee."
    )
    return ooxml_bytes(
        doc,
        RETENTION_STAMP,
        author="Head of Governance",
        last_modified_by="Head of Governance",
        title="Data retention schedule",
        revision=4,
    )


def build(out: Path) -> None:
    root = out / CASE
    files: dict[str, str | bytes] = {DECK: build_deck(), RETENTION: build_retention()}
    files.update(ORG_TEXT)
    write_files(root, files)


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
