"""Build the blind21 case ``fire-rescue``: its deck and its org folder, deterministically.

Run from the repository root with the project's venv (python-pptx and lxml):

    .venv/bin/python evals/blind21/build_fire_rescue.py [out]

Writes, under ``evals/blind21/fire-rescue/`` (or ``<out>/fire-rescue/``):

- ``Safer-Ashwold-2031-Fire-Authority-March-2028.pptx``: a county fire and rescue service's
  modernisation strategy for April 2028 to March 2031, a 16:9 deck designed in CANVA and
  downloaded as PowerPoint: Canva's 1920 x 1080 page (18288000 x 10287000 EMU), one blank
  layout, no placeholder on any slide; every piece of text is a text box (``txBox="1"``,
  "TextBox N") with zero insets and shrink-to-text, every title a large text box at the top,
  eyebrows and part labels ("TODAY", "GOAL", "AIM", "WHAT WE WILL DO", "WHY TARN VALLEY",
  "STEPS", "WHAT GOOD LOOKS LIKE") typed in capitals as boxes of their own; drawn shapes are
  "Freeform N" (custom geometry) or "AutoShape N" (circles, diamonds), tiles are groups, and
  every content slide carries its page number in a corner box.
- ``org/``: the service's structure of posts as YAML (``people/structure.yaml``), the fire
  authority's constitution extract, the programme board's terms of reference and the joint
  consultation protocol with the union (Markdown), the systems and data note and the pilot
  group's station profile (plain text), the performance measures (CSV, as exported from a
  spreadsheet) and notes on the ambulance trust and the local resilience forum (Markdown).

Re-running it rewrites every file byte for byte: the PPTX through ``evals/dev16/_build.py``
(fixed ZIP entry times and document dates), the text files as literal strings. It never
touches ``gold.json``. This is a BLIND case (split "blind21").
"""

from __future__ import annotations

import io
import sys
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path
from xml.sax.saxutils import escape

from lxml import etree
from pptx import Presentation
from pptx.util import Emu

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals.dev16._build import Stamp, normalize_zip, write_files  # noqa: E402

HERE = Path(__file__).resolve().parent
CASE = "fire-rescue"
DECK = "Safer-Ashwold-2031-Fire-Authority-March-2028.pptx"
STAMP = Stamp((2028, 3, 6, 14, 27, 52), "2028-03-06T14:27:52Z")

EMU = 914400
SLIDE_W, SLIDE_H = 18288000, 10287000  # Canva's 1920 x 1080 page: 20 x 11.25 in
NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
NS_P = "http://schemas.openxmlformats.org/presentationml/2006/main"
NSDECL = f'xmlns:a="{NS_A}" xmlns:p="{NS_P}"'

HEAD_FONT = "Montserrat Bold"
BODY_FONT = "Open Sans"
BOLD_FONT = "Open Sans Bold"
INK = "1E2328"
RED = "C62A21"
GREY = "666B72"
CREAM = "F6F1EA"
WHITE = "FFFFFF"
SAND = "E9DFD2"
TOTAL = 20

APP_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"'
    ' xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    "<Application>Canva</Application><Slides>{slides}</Slides><Notes>0</Notes>"
    "<HiddenSlides>0</HiddenSlides><PresentationFormat>Custom</PresentationFormat>"
    "</Properties>"
)


def emu(inches: float) -> int:
    return int(round(inches * EMU))


class Ids:
    """Shape ids of one slide, counted from the slide's own base."""

    def __init__(self, base: int) -> None:
        self.n = base

    def next(self) -> int:
        self.n += 1
        return self.n


# =========================================================================== Canva-style XML


def p(
    text: str,
    size: int,
    *,
    bold: bool = False,
    head: bool = False,
    color: str = INK,
    algn: str = "l",
    spc: int = 0,
    bullet: bool = False,
    before: int = 0,
) -> str:
    """One paragraph of one run: an explicit line pitch (Canva pins it in points), the font's
    weight in its name, a ``buChar`` bullet when ``bullet``."""
    font = HEAD_FONT if head else (BOLD_FONT if bold else BODY_FONT)
    pitch = int(size * 1.25)
    if bullet:
        ppr = (
            f'<a:pPr marL="342900" indent="-342900" algn="{algn}"><a:lnSpc><a:spcPts '
            f'val="{pitch}"/></a:lnSpc><a:spcBef><a:spcPts val="{before}"/></a:spcBef>'
            f'<a:buClr><a:srgbClr val="{RED}"/></a:buClr><a:buFont typeface="Arial"/>'
            f'<a:buChar char="\u2022"/></a:pPr>'
        )
    else:
        ppr = (
            f'<a:pPr algn="{algn}"><a:lnSpc><a:spcPts val="{pitch}"/></a:lnSpc>'
            f'<a:spcBef><a:spcPts val="{before}"/></a:spcBef></a:pPr>'
        )
    b = ' b="1"' if bold or head else ""
    run = (
        f'<a:r><a:rPr lang="en-US" sz="{size}"{b} spc="{spc}" dirty="0">'
        f'<a:solidFill><a:srgbClr val="{color}"/></a:solidFill>'
        f'<a:latin typeface="{font}"/><a:ea typeface="{font}"/><a:cs typeface="{font}"/>'
        f'<a:sym typeface="{font}"/></a:rPr><a:t>{escape(text)}</a:t></a:r>'
    )
    return f"<a:p>{ppr}{run}</a:p>"


def _xfrm(x: float, y: float, w: float, h: float) -> str:
    return (
        f'<a:xfrm><a:off x="{emu(x)}" y="{emu(y)}"/><a:ext cx="{emu(w)}" cy="{emu(h)}"/></a:xfrm>'
    )


def tb(ids: Ids, x: float, y: float, w: float, h: float, paras: Sequence[str]) -> str:
    """A Canva text box: ``txBox="1"``, named "TextBox N", zero insets, shrink to its text."""
    sid = ids.next()
    return (
        f'<p:sp {NSDECL}><p:nvSpPr><p:cNvPr id="{sid}" name="TextBox {sid}"/>'
        f'<p:cNvSpPr txBox="1"/><p:nvPr/></p:nvSpPr><p:spPr>{_xfrm(x, y, w, h)}'
        f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr>'
        f'<p:txBody><a:bodyPr lIns="0" tIns="0" rIns="0" bIns="0" rtlCol="0" anchor="t">'
        f"<a:spAutoFit/></a:bodyPr><a:lstStyle/>{''.join(paras)}</p:txBody></p:sp>"
    )


def label(ids: Ids, x: float, y: float, w: float, text: str, color: str = RED) -> str:
    """A part label in capitals, a box of its own."""
    return tb(ids, x, y, w, 0.4, [p(text, 1600, bold=True, color=color, spc=200)])


def box(ids: Ids, x: float, y: float, w: float, h: float, fill: str) -> str:
    """A filled rectangle as Canva draws it: a "Freeform" with a custom geometry."""
    sid = ids.next()
    cx, cy = emu(w), emu(h)
    return (
        f'<p:sp {NSDECL}><p:nvSpPr><p:cNvPr id="{sid}" name="Freeform {sid}"/><p:cNvSpPr/>'
        f"<p:nvPr/></p:nvSpPr><p:spPr>{_xfrm(x, y, w, h)}<a:custGeom><a:avLst/><a:gdLst/>"
        f'<a:ahLst/><a:cxnLst/><a:rect l="l" t="t" r="r" b="b"/><a:pathLst>'
        f'<a:path w="{cx}" h="{cy}"><a:moveTo><a:pt x="0" y="0"/></a:moveTo>'
        f'<a:lnTo><a:pt x="{cx}" y="0"/></a:lnTo><a:lnTo><a:pt x="{cx}" y="{cy}"/></a:lnTo>'
        f'<a:lnTo><a:pt x="0" y="{cy}"/></a:lnTo><a:close/></a:path></a:pathLst></a:custGeom>'
        f'<a:solidFill><a:srgbClr val="{fill}"/></a:solidFill></p:spPr></p:sp>'
    )


def shape(ids: Ids, x: float, y: float, w: float, h: float, geom: str, fill: str) -> str:
    """A preset shape (a circle, a diamond): "AutoShape N", no text."""
    sid = ids.next()
    return (
        f'<p:sp {NSDECL}><p:nvSpPr><p:cNvPr id="{sid}" name="AutoShape {sid}"/><p:cNvSpPr/>'
        f'<p:nvPr/></p:nvSpPr><p:spPr>{_xfrm(x, y, w, h)}<a:prstGeom prst="{geom}">'
        f'<a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="{fill}"/></a:solidFill>'
        f"</p:spPr></p:sp>"
    )


def group(
    ids: Ids, x: float, y: float, w: float, h: float, make: Callable[[Ids], list[str]]
) -> str:
    """A Canva group ("Group N"), its child frame the same as its own."""
    gid = ids.next()
    kids = "".join(make(ids))
    off = f'<a:off x="{emu(x)}" y="{emu(y)}"/><a:ext cx="{emu(w)}" cy="{emu(h)}"/>'
    ch = f'<a:chOff x="{emu(x)}" y="{emu(y)}"/><a:chExt cx="{emu(w)}" cy="{emu(h)}"/>'
    return (
        f'<p:grpSp {NSDECL}><p:nvGrpSpPr><p:cNvPr id="{gid}" name="Group {gid}"/>'
        f"<p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm>{off}{ch}</a:xfrm>"
        f"</p:grpSpPr>{kids}</p:grpSp>"
    )


def header(ids: Ids, eyebrow: str, title: str, *, size: int = 5400, h: float = 1.0) -> list[str]:
    """The top of a content slide: the eyebrow in capitals and the title as a large text box
    (``footer``, which ``build_deck`` adds after the slide's own shapes, draws the page number)."""
    return [
        tb(ids, 1.0, 0.7, 14.0, 0.4, [p(eyebrow, 1800, bold=True, color=RED, spc=300)]),
        tb(ids, 1.0, 1.15, 18.0, h, [p(title, size, head=True)]),
    ]


def footer(ids: Ids, page: int) -> list[str]:
    """The foot of a content slide: the footer line and the page number in a red corner box."""
    return [
        tb(
            ids,
            1.0,
            10.55,
            10.0,
            0.3,
            [p("Ashwold Fire and Rescue Service \u00b7 Safer Ashwold 2031", 1200, color=GREY)],
        ),
        box(ids, 18.55, 10.4, 0.95, 0.6, RED),
        tb(ids, 18.55, 10.5, 0.95, 0.4, [p(str(page), 1600, bold=True, color=WHITE, algn="ctr")]),
    ]


def tile(ids: Ids, x: float, y: float, w: float, big: str, caption: str, fill: str) -> str:
    """A tile: a card, the big figure and its caption, grouped."""

    def make(ids: Ids) -> list[str]:
        return [
            box(ids, x, y, w, 4.0, fill),
            tb(ids, x + 0.25, y + 0.3, w - 0.5, 1.0, [p(big, 4800, head=True, color=RED)]),
            tb(ids, x + 0.25, y + 1.55, w - 0.5, 2.2, [p(caption, 2000)]),
        ]

    return group(ids, x, y, w, 4.0, make)


# =========================================================================== slides


def s01(ids: Ids) -> list[str]:
    return [
        box(ids, 0, 0, 20.0, 11.25, INK),
        box(ids, 1.0, 2.4, 0.18, 4.6, RED),
        tb(
            ids,
            1.5,
            2.4,
            16.0,
            0.45,
            [p("ASHWOLD FIRE AND RESCUE SERVICE", 2000, bold=True, color=RED, spc=400)],
        ),
        tb(ids, 1.5, 3.1, 16.0, 1.6, [p("Safer Ashwold 2031", 8800, head=True, color=WHITE)]),
        tb(
            ids,
            1.5,
            4.9,
            16.0,
            0.7,
            [p("Our modernisation strategy, April 2028 to March 2031", 3200, color=WHITE)],
        ),
        tb(
            ids,
            1.5,
            6.3,
            16.0,
            0.4,
            [
                p(
                    "FIRE AUTHORITY \u00b7 16 MARCH 2028 \u00b7 ITEM 7",
                    1800,
                    bold=True,
                    color=SAND,
                    spc=300,
                )
            ],
        ),
        tb(ids, 1.5, 9.6, 16.0, 0.4, [p("Presented by the Chief Fire Officer", 1800, color=SAND)]),
    ]


SUMMARY_TILES = [
    ("85%", "On-call appliance availability by March 2030"),
    ("All 46", "Front-line appliances with a working data terminal by March 2029"),
    ("10,000", "Home fire safety visits a year by 2030/31"),
    ("100%", "High-risk premises inspected on time by March 2031"),
    ("<350", "Accidental dwelling fires in 2030/31"),
]


def s02(ids: Ids) -> list[str]:
    out = header(ids, "01 \u00b7 SUMMARY", "Executive summary")
    out.append(
        tb(
            ids,
            1.0,
            2.45,
            18.0,
            0.5,
            [
                p(
                    "Five goals for Safer Ashwold 2031, each with a date:",
                    2200,
                )
            ],
        )
    )
    for i, (big, caption) in enumerate(SUMMARY_TILES):
        out.append(tile(ids, 1.0 + i * 3.6, 3.4, 3.3, big, caption, CREAM))
    out.append(
        tb(
            ids,
            1.0,
            8.0,
            18.0,
            0.5,
            [
                p(
                    "Cost: \u00a37.9m over three years, inside the capital programme the "
                    "Authority set in February 2028.",
                    2000,
                    bold=True,
                )
            ],
        )
    )
    return out


WHY_TILES = [
    ("68%", "of on-call hours in 2026/27 with a crew ready to ride"),
    ("15", "of 46 fire engines and specials fitted with a terminal on 1 January 2028"),
    ("412", "accidental fires in homes in 2026/27, up from 371 in 2023/24"),
    ("6,900", "safety visits in homes in 2026/27, every one booked by phone"),
    ("64%", "of high-risk buildings audited on time in 2026/27"),
]


def s03(ids: Ids) -> list[str]:
    out = header(ids, "01 \u00b7 WHY NOW", "Good crews, let down by gaps and paper")
    for i, (big, caption) in enumerate(WHY_TILES):
        out.append(tile(ids, 1.0 + i * 3.6, 2.6, 3.3, big, caption, SAND))
    out.append(
        tb(
            ids,
            1.0,
            7.2,
            18.0,
            1.6,
            [
                p(
                    "In 2019 we set out to put a terminal on every appliance by 2021; the "
                    "contract was withdrawn in 2020.",
                    2000,
                    bullet=True,
                ),
                p(
                    "Brackmoor Fire and Rescue Service, our neighbour, reports 84% on-call "
                    "availability for 2026/27.",
                    2000,
                    bullet=True,
                    before=900,
                ),
            ],
        )
    )
    out.append(
        tb(
            ids,
            1.0,
            9.5,
            18.0,
            0.35,
            [
                p(
                    "Figures from Ashwold Insight and the Home Office Incident Recording System.",
                    1400,
                    color=GREY,
                )
            ],
        )
    )
    return out


def s04(ids: Ids) -> list[str]:
    out = header(
        ids,
        "02 \u00b7 OUR AMBITION",
        "A service that is ready for every call, knows what it will find, and stops fires "
        "before they start",
        size=4400,
        h=2.4,
    )
    promises = [
        ("READY", "A crew on the run whenever Fire Control calls"),
        ("CONNECTED", "The risk on screen before the crew arrives"),
        ("AHEAD", "Help in the homes and buildings most at risk, before a fire"),
    ]
    for i, (word, line) in enumerate(promises):
        x = 1.0 + i * 6.1
        out.append(box(ids, x, 4.6, 5.7, 3.6, CREAM))
        out.append(label(ids, x + 0.35, 4.95, 5.0, word))
        out.append(tb(ids, x + 0.35, 5.6, 5.0, 2.2, [p(line, 2600, bold=True)]))
    return out


PILLARS = [
    ("PILLAR 1", "Ready crews", "On-call cover that fits around people\u2019s lives"),
    ("PILLAR 2", "Connected appliances", "Risk information on screen in every cab"),
    ("PILLAR 3", "Safer homes", "More visits, booked the way people want"),
    ("PILLAR 4", "Safer buildings", "Inspections done once, on a tablet"),
]


def s05(ids: Ids) -> list[str]:
    out = header(ids, "03 \u00b7 FOUR PILLARS", "Four pillars, one programme")
    for i, (eyebrow, name, line) in enumerate(PILLARS):
        x = 1.0 + i * 4.55
        out.append(box(ids, x, 2.7, 4.25, 5.4, CREAM if i % 2 == 0 else SAND))
        out.append(label(ids, x + 0.3, 3.0, 3.6, eyebrow))
        out.append(tb(ids, x + 0.3, 3.6, 3.7, 1.4, [p(name, 3200, head=True)]))
        out.append(tb(ids, x + 0.3, 5.3, 3.7, 2.4, [p(line, 2200)]))
    out.append(
        tb(
            ids,
            1.0,
            8.6,
            18.0,
            0.5,
            [p("Each pillar has one goal, one aim and one lead.", 2200, bold=True)],
        )
    )
    return out


def pillar(
    ids: Ids,
    eyebrow: str,
    title: str,
    today: Sequence[str],
    goal: str,
    aim: str,
    work: Sequence[str],
    lead: str,
) -> list[str]:
    """A pillar page in labelled parts: TODAY, GOAL and AIM on the left, WHAT WE WILL DO on a
    card on the right, one "Lead:" line at the foot."""
    out = header(ids, eyebrow, title)
    out.append(label(ids, 1.0, 2.6, 8.0, "TODAY", GREY))
    out.append(
        tb(
            ids,
            1.0,
            3.05,
            8.4,
            1.9,
            [p(t, 2000, color=GREY, before=600 if i else 0) for i, t in enumerate(today)],
        )
    )
    out.append(label(ids, 1.0, 5.15, 8.0, "GOAL"))
    out.append(tb(ids, 1.0, 5.6, 8.4, 1.5, [p(goal, 2600, bold=True)]))
    out.append(label(ids, 1.0, 7.35, 8.0, "AIM"))
    out.append(tb(ids, 1.0, 7.8, 8.4, 1.0, [p(aim, 2400)]))
    out.append(box(ids, 10.2, 2.45, 8.8, 6.6, CREAM))
    out.append(label(ids, 10.6, 2.75, 8.0, "WHAT WE WILL DO"))
    out.append(
        tb(
            ids,
            10.6,
            3.3,
            8.0,
            5.5,
            [p(t, 2200, bullet=True, before=1000 if i else 0) for i, t in enumerate(work)],
        )
    )
    out.append(tb(ids, 1.0, 9.55, 14.0, 0.45, [p(f"Lead: {lead}", 2000, bold=True)]))
    return out


def s06(ids: Ids) -> list[str]:
    return pillar(
        ids,
        "PILLAR 1",
        "Ready crews",
        [
            "On-call availability is kept on a spreadsheet and emailed to Fire Control.",
            "68% of on-call hours were crewed in 2026/27, far fewer by day.",
        ],
        "On-call appliances available 85% of the time by March 2030",
        "On-call firefighting that fits around work and family",
        [
            "Replace the availability spreadsheet with Rollcall at all 17 on-call stations",
            "Show each crew\u2019s availability live on the Keystone mobilising screen",
            "Recruit 60 on-call firefighters for the stations with the most gaps",
            "Agree with the largest employers in each town to release on-call staff by day",
        ],
        "Director of Service Delivery",
    )


def s07(ids: Ids) -> list[str]:
    return pillar(
        ids,
        "PILLAR 2",
        "Connected appliances",
        [
            "15 of 46 appliances have a terminal, on software out of support since 2025.",
            "The other 31 carry risk information on paper, reissued every quarter.",
        ],
        "A working mobile data terminal on all 46 front-line appliances by March 2029",
        "Crews who know what they will find before they arrive",
        [
            "Fit a mobile data terminal to every front-line appliance",
            "Move site-specific risk information for 2,430 premises from paper folders onto "
            "the terminals",
            "Sign a data sharing agreement with Westmere Ambulance Service",
            "Share premises risk flags with Westmere Ambulance Service every day",
        ],
        "Director of Corporate Services",
    )


def s08(ids: Ids) -> list[str]:
    return pillar(
        ids,
        "PILLAR 3",
        "Safer homes",
        [
            "Visits can be booked only by phone, 9am to 5pm on weekdays.",
            "6,900 visits in 2026/27; two in five reached the households most at risk.",
        ],
        "10,000 home fire safety visits a year by 2030/31",
        "Help that reaches the people most likely to have a fire, before they have one",
        [
            "Let residents book a home fire safety visit online, at any hour",
            "Agree a falls and frailty referral route with Westmere Ambulance Service",
            "Visit first the homes that our risk model and our partners flag",
        ],
        "Director of Prevention and Protection",
    )


def s09(ids: Ids) -> list[str]:
    return pillar(
        ids,
        "PILLAR 4",
        "Safer buildings",
        [
            "Audits are written on paper and typed up back at the office, often a week later.",
            "64% of high-risk premises were audited on time in 2026/27.",
        ],
        "Every high-risk premises inspected within its risk-based interval by March 2031",
        "Businesses that find us fair, quick and consistent",
        [
            "Carry out every fire safety audit on a tablet",
            "Send the audit letter from the tablet on the day of the visit",
            "Rebuild the risk-based inspection programme around the 310 highest-risk premises",
        ],
        "Director of Prevention and Protection",
    )


MOMENTS = [
    (
        "A house fire at 2am in an on-call village",
        "Today: Fire Control pages the station and waits to learn who can ride.",
        "With Safer Ashwold: Control sees who is free before it pages, and the crew reads "
        "the risk on the way.",
    ),
    (
        "A man on the floor at home, with the ambulance an hour away",
        "Today: we force the door, and the ambulance service hears of it by phone.",
        "With Safer Ashwold: both services see the call, and we book him a safety visit that week.",
    ),
    (
        "A care home\u2019s fire safety audit",
        "Today: notes on paper, typed up a week later, and a letter a fortnight after that.",
        "With Safer Ashwold: the audit is done on a tablet and the letter goes the same day.",
    ),
    (
        "A daughter worried about her mother\u2019s smoke alarms",
        "Today: she can ring us only between 9am and 5pm on a weekday.",
        "With Safer Ashwold: she books a visit online at 10pm and picks the day.",
    ),
]


def s10(ids: Ids) -> list[str]:
    out = header(ids, "04 \u00b7 MOMENTS", "Four moments we plan around")
    for i, (moment, today, after) in enumerate(MOMENTS):
        x = 1.0 + (i % 2) * 9.2
        y = 2.55 + (i // 2) * 3.85
        out.append(box(ids, x, y, 8.8, 3.55, CREAM if i in (0, 3) else SAND))
        out.append(tb(ids, x + 0.35, y + 0.3, 8.1, 0.9, [p(moment, 2400, head=True)]))
        out.append(
            tb(
                ids,
                x + 0.35,
                y + 1.35,
                8.1,
                2.0,
                [p(today, 1800, color=GREY), p(after, 1800, bold=True, before=700)],
            )
        )
    return out


def s11(ids: Ids) -> list[str]:
    out = header(ids, "05 \u00b7 PILOT", "Five stations first")
    out.append(
        tb(
            ids,
            1.0,
            2.45,
            18.0,
            0.9,
            [
                p(
                    "We will run Rollcall at the five on-call stations of the Tarn Valley group "
                    "from July to December 2028.",
                    2600,
                    bold=True,
                )
            ],
        )
    )
    cols = [
        (
            1.0,
            5.4,
            "WHY TARN VALLEY",
            [
                "Its stations had the lowest daytime availability in 2026/27: 52%.",
                "Its crews asked to go first.",
                "Two of its villages have no mobile signal, so we learn early how Rollcall copes.",
            ],
            True,
        ),
        (
            6.9,
            6.0,
            "STEPS",
            [
                "1. Train the group\u2019s 58 on-call firefighters on Rollcall in June 2028",
                "2. Run Rollcall alongside the spreadsheet for the first four weeks",
                "3. Compare availability and pager response with the other 12 on-call stations",
                "4. Report to the Authority at Gate 1 with a roll-out decision",
            ],
            False,
        ),
        (
            13.4,
            5.6,
            "WHAT GOOD LOOKS LIKE",
            [
                "Daytime availability in the group up from 52% to 70%",
                "Fire Control reads availability from Rollcall, not the spreadsheet, on every "
                "shift",
                "Four in five of the group\u2019s firefighters want to keep it",
            ],
            True,
        ),
    ]
    for x, w, head, lines, bullets in cols:
        out.append(box(ids, x, 3.75, w - 0.3, 5.9, CREAM if head == "STEPS" else SAND))
        out.append(label(ids, x + 0.3, 4.05, w - 0.8, head))
        out.append(
            tb(
                ids,
                x + 0.3,
                4.6,
                w - 0.9,
                4.8,
                [p(t, 1900, bullet=bullets, before=900 if i else 0) for i, t in enumerate(lines)],
            )
        )
    return out


KPIS = [
    ("On-call appliance availability", "68%", "85%", "March 2030"),
    ("First appliance at a dwelling fire within 10 minutes", "71%", "80%", "March 2031"),
    ("Front-line appliances with a working data terminal", "15 of 46", "46 of 46", "March 2029"),
    ("High-risk premises with in-date risk information", "62%", "95%", "March 2030"),
    ("Home fire safety visits completed", "6,900 a year", "10,000 a year", "2030/31"),
    ("Home fire safety visits booked online", "None", "40%", "March 2031"),
    ("High-risk premises inspected within their interval", "64%", "100%", "March 2031"),
    ("Fire safety audits recorded on a tablet", "None", "100%", "March 2030"),
    ("Accidental dwelling fires", "412", "Under 350 a year", "2030/31"),
    (
        "Crews who say the terminals help at incidents",
        "Not yet measured",
        "Higher",
        "To be set after Year 1",
    ),
]
KPI_COLS = [(1.0, 8.6), (9.9, 2.7), (12.8, 2.9), (15.9, 3.2)]


def s12(ids: Ids) -> list[str]:
    out = header(ids, "06 \u00b7 MEASURES", "How we will know")
    heads = ["MEASURE", "BASELINE 2026/27", "TARGET", "BY WHEN"]
    for (x, w), head in zip(KPI_COLS, heads, strict=True):
        out.append(label(ids, x, 2.45, w, head, GREY))
    for r, row in enumerate(KPIS):
        y = 2.95 + r * 0.68
        if r % 2 == 0:
            out.append(box(ids, 0.85, y - 0.1, 18.3, 0.62, CREAM))
        for c, ((x, w), cell) in enumerate(zip(KPI_COLS, row, strict=True)):
            out.append(tb(ids, x, y, w, 0.4, [p(cell, 1800, bold=c == 2)]))
    out.append(
        tb(
            ids,
            1.0,
            9.85,
            18.0,
            0.35,
            [
                p(
                    "Baselines are for 2026/27 (April 2026 to March 2027). Definitions are in the "
                    "appendix.",
                    1400,
                    color=GREY,
                )
            ],
        )
    )
    return out


def s13(ids: Ids) -> list[str]:
    out = header(ids, "07 \u00b7 THE THREE YEARS", "How the three years run")
    out.append(
        tb(
            ids,
            1.0,
            2.45,
            18.0,
            0.5,
            [
                p(
                    "Safer Ashwold 2031 is a three-year programme on the Authority\u2019s "
                    "financial year.",
                    2400,
                    bold=True,
                )
            ],
        )
    )
    years = [
        "Year 1 runs April 2028 to March 2029",
        "Year 2 runs April 2029 to March 2030",
        "Year 3 runs April 2030 to March 2031",
    ]
    for i, line in enumerate(years):
        x = 1.0 + i * 6.1
        out.append(box(ids, x, 3.4, 5.7, 1.6, SAND))
        out.append(tb(ids, x + 0.35, 3.75, 5.0, 1.0, [p(line, 2400, head=True)]))
    out.append(
        tb(
            ids,
            1.0,
            5.6,
            18.0,
            3.8,
            [
                p(
                    "Each year ends at the Fire Authority\u2019s March meeting, which takes that "
                    "year\u2019s gate.",
                    2000,
                    bullet=True,
                ),
                p(
                    "The Rollcall trial in Tarn Valley lasts six months, July to December 2028, "
                    "inside Year 1.",
                    2000,
                    bullet=True,
                    before=900,
                ),
                p(
                    "Keystone\u2019s support contract runs to March 2033; replacing it is not "
                    "part of this programme.",
                    2000,
                    bullet=True,
                    before=900,
                ),
                p(
                    "Airwave radios stay in every appliance until the Emergency Services Network "
                    "replaces them.",
                    2000,
                    bullet=True,
                    before=900,
                ),
            ],
        )
    )
    return out


ROADMAP = [
    (
        "Year 1: Equip",
        [
            "Terminals on all 46 appliances",
            "Rollcall in Tarn Valley",
            "Tablet audits in the north team",
            "Data sharing agreement drafted",
        ],
    ),
    (
        "Year 2: Connect",
        [
            "Rollcall at every on-call station",
            "Availability live in Fire Control",
            "Every audit on a tablet",
            "Risk flags shared with Westmere",
        ],
    ),
    (
        "Year 3: Prevent",
        [
            "Home safety visits booked online",
            "Visits guided by ambulance referrals",
            "Every high-risk audit on time",
        ],
    ),
]
GATES_ROAD = [
    "Gate 1 \u00b7 March 2029 Authority",
    "Gate 2 \u00b7 March 2030 Authority",
    "Gate 3 \u00b7 March 2031 Authority",
]


def s14(ids: Ids) -> list[str]:
    out = header(ids, "08 \u00b7 ROADMAP", "Equip, connect, prevent")
    for i, (name, items) in enumerate(ROADMAP):
        x = 1.0 + i * 6.1
        out.append(box(ids, x, 2.55, 5.85, 0.85, RED if i == 0 else INK))
        out.append(tb(ids, x + 0.3, 2.72, 5.3, 0.5, [p(name, 2600, head=True, color=WHITE)]))
        out.append(box(ids, x, 3.5, 5.85, 3.3, CREAM))
        out.append(
            tb(
                ids,
                x + 0.3,
                3.8,
                5.3,
                3.9,
                [p(t, 2000, bullet=True, before=700 if k else 0) for k, t in enumerate(items)],
            )
        )
    for i, gate in enumerate(GATES_ROAD):
        gx = 6.95 + i * 6.1 - 0.3
        out.append(shape(ids, gx, 7.2, 0.6, 0.6, "diamond", RED))
        lx = min(gx - 1.5, 15.4)
        out.append(
            tb(
                ids,
                lx,
                7.95,
                3.6,
                0.8,
                [p(gate, 1800, bold=True, algn="r" if i == 2 else "ctr")],
            )
        )
    return out


GATES = [
    (
        "Gate 1 \u00b7 22 March 2029 \u00b7 Equipped",
        [
            "All 46 front-line appliances carry a working terminal",
            "Rollcall has met its pass marks in Tarn Valley",
            "The data sharing agreement with Westmere is ready to sign",
        ],
    ),
    (
        "Gate 2 \u00b7 21 March 2030 \u00b7 Connected",
        [
            "Fire Control reads availability from Rollcall at all 17 on-call stations",
            "Every fire safety audit is recorded on a tablet",
            "Risk flags reach Westmere Ambulance Service every day",
        ],
    ),
    (
        "Gate 3 \u00b7 20 March 2031 \u00b7 Preventing",
        [
            "Residents can book a visit online, and 40% do",
            "Running costs and benefits are handed over to the heads of service",
        ],
    ),
]


def s15(ids: Ids) -> list[str]:
    out = header(ids, "GATES", "What \u2018ready\u2019 means")
    for i, (head, lines) in enumerate(GATES):
        x = 1.0 + i * 6.1
        out.append(box(ids, x, 2.55, 5.85, 7.3, CREAM if i != 1 else SAND))
        out.append(tb(ids, x + 0.3, 2.85, 5.3, 1.0, [p(head, 2200, head=True, color=RED)]))
        out.append(
            tb(
                ids,
                x + 0.3,
                4.1,
                5.3,
                5.4,
                [p(t, 2000, bullet=True, before=900 if k else 0) for k, t in enumerate(lines)],
            )
        )
    return out


RISKS = [
    (
        "Crews find Rollcall slower than a phone call",
        "Let the Tarn Valley crews set Rollcall\u2019s alerts before it goes live",
    ),
    (
        "The FBU and the Authority do not agree flexible on-call contracts in time",
        "Open formal consultation in month 2, not after the trial",
    ),
    (
        "No mobile signal in parts of the Tarn Valley and the Wolds",
        "Buy terminals that hold risk information on the appliance and work offline",
    ),
    (
        "Corran Systems delays or overprices the Keystone status interface",
        "Fix the interface\u2019s price and date before the Rollcall contract is signed",
    ),
    (
        "Inspectors lose time while they learn the tablets",
        "Train each inspector for two days before their team changes over",
    ),
]


def s16(ids: Ids) -> list[str]:
    out = header(ids, "09 \u00b7 RISKS", "What could stop us")
    out.append(label(ids, 1.0, 2.45, 8.0, "RISK", GREY))
    out.append(label(ids, 10.2, 2.45, 8.0, "WHAT WE WILL DO", GREY))
    for r, (risk, fix) in enumerate(RISKS):
        y = 3.0 + r * 1.35
        out.append(box(ids, 0.85, y - 0.15, 18.3, 1.15, CREAM if r % 2 == 0 else SAND))
        out.append(tb(ids, 1.0, y, 8.8, 0.9, [p(risk, 1900)]))
        out.append(tb(ids, 10.2, y, 8.8, 0.9, [p(fix, 1900, bold=True)]))
    return out


FIRST_90 = [
    "Set up the Programme Board and publish its terms (Chief Fire Officer)",
    "Sign the Rollcall contract and the Keystone interface (Head of Finance and Procurement)",
    "Order the first 31 terminals and book appliances into the workshop (Fleet Manager)",
    "Open consultation with the FBU on flexible on-call contracts (Director of People)",
    "Start the impact assessment for sharing data with Westmere (DPO)",
    "Baseline every measure in Ashwold Insight (Head of Performance and Data)",
    "Brief the Tarn Valley crews and their employers (On-Call Group Manager)",
    "Choose the inspection app with the north inspection team (Head of Protection)",
]


def s17(ids: Ids) -> list[str]:
    out = header(ids, "10 \u00b7 FIRST 90 DAYS", "April to June 2028: our first 90 days")
    for i, item in enumerate(FIRST_90):
        x = 1.0 + (i // 4) * 9.3
        y = 2.6 + (i % 4) * 1.8
        out.append(shape(ids, x, y, 1.1, 1.1, "ellipse", RED))
        out.append(
            tb(
                ids,
                x,
                y + 0.3,
                1.1,
                0.5,
                [p(f"{i + 1:02d}", 2400, head=True, color=WHITE, algn="ctr")],
            )
        )
        out.append(tb(ids, x + 1.4, y + 0.1, 7.4, 1.2, [p(item, 2000)]))
    return out


def s18(ids: Ids) -> list[str]:
    out = header(ids, "11 \u00b7 GOVERNANCE", "Who decides, and what it costs")
    out.append(label(ids, 1.0, 2.45, 8.0, "WHO DECIDES"))
    out.append(
        tb(
            ids,
            1.0,
            3.0,
            9.0,
            6.0,
            [
                p(t, 2000, bullet=True, before=900 if i else 0)
                for i, t in enumerate(
                    [
                        "Sponsor: the Chief Fire Officer, who chairs the Safer Ashwold Programme "
                        "Board.",
                        "The Programme Board meets monthly and recommends each gate; the Fire "
                        "Authority decides at its March meeting.",
                        "The FBU and the Local Resilience Forum are consulted before each gate.",
                        "Each pillar lead answers to the Board for the pillar\u2019s goal.",
                    ]
                )
            ],
        )
    )
    out.append(box(ids, 10.8, 2.45, 8.2, 7.4, CREAM))
    out.append(label(ids, 11.2, 2.75, 7.0, "MONEY"))
    out.append(tb(ids, 11.2, 3.3, 7.4, 0.8, [p("\u00a37.9m over three years", 3200, head=True)]))
    out.append(
        tb(
            ids,
            11.2,
            4.4,
            7.4,
            5.0,
            [
                p(t, 2000, before=600 if i else 0)
                for i, t in enumerate(
                    [
                        "Terminals and fitting: \u00a32.6m",
                        "Rollcall and the Keystone interface: \u00a31.3m",
                        "Inspection app and tablets: \u00a30.7m",
                        "Online booking: \u00a30.3m",
                        "Programme team and training: \u00a33.0m",
                        "Of which Year 1: \u00a33.1m",
                    ]
                )
            ],
        )
    )
    return out


ASKS = [
    "Approve Safer Ashwold 2031 as the Service\u2019s modernisation strategy for April 2028 to "
    "March 2031",
    "Release \u00a33.1m of the capital programme for Year 1",
    "Agree Tarn Valley as the first group of stations for Rollcall",
    "Delegate to the Chief Fire Officer the award of the Rollcall and terminal contracts",
]


def s19(ids: Ids) -> list[str]:
    out = header(ids, "12 \u00b7 ASKS", "We ask the Authority to")
    for i, ask in enumerate(ASKS):
        y = 2.6 + i * 1.7
        out.append(box(ids, 1.0, y, 18.0, 1.4, CREAM if i % 2 == 0 else SAND))
        out.append(tb(ids, 1.35, y + 0.35, 1.0, 0.7, [p(str(i + 1), 3200, head=True, color=RED)]))
        out.append(tb(ids, 2.5, y + 0.4, 16.0, 0.8, [p(ask, 2200, bold=True)]))
    return out


DEFINITIONS = [
    "On-call appliance availability: the hours an on-call appliance could be sent, as a share "
    "of all hours",
    "Dwelling fire response: fires in homes where the first appliance arrived within 10 "
    "minutes of the call being answered",
    "In-date risk information: high-risk premises whose risk record was reviewed within its cycle",
    "Inspected within interval: high-risk premises audited within the time the inspection "
    "programme sets for them",
    "Booked online: visits the resident booked through our website, as a share of all visits "
    "booked",
    "Accidental dwelling fires: fires in homes not started on purpose, from the Incident "
    "Recording System",
]


def s20(ids: Ids) -> list[str]:
    out = header(ids, "APPENDIX", "How we measure")
    out.append(
        tb(
            ids,
            1.0,
            2.6,
            18.0,
            7.0,
            [p(t, 2000, before=1000 if i else 0) for i, t in enumerate(DEFINITIONS)],
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
]


def build_deck() -> bytes:
    prs = Presentation()
    prs.slide_width, prs.slide_height = Emu(SLIDE_W), Emu(SLIDE_H)
    for layout in list(prs.slide_layouts):
        if layout.name != "Blank":
            prs.slide_layouts.remove(layout)
    blank = prs.slide_layouts[0]
    for n, make in enumerate(SLIDES, start=1):
        slide = prs.slides.add_slide(blank)
        tree = slide.shapes._spTree
        for ph in list(slide.placeholders):
            tree.remove(ph._element)
        ids = Ids(n * 1000)
        shapes = make(ids) + (footer(ids, n) if n > 1 else [])
        for xml in shapes:
            tree.append(etree.fromstring(xml))
    core = prs.core_properties
    core.author = "Canva"
    core.last_modified_by = "Canva"
    core.title = "Safer Ashwold 2031 - Fire Authority March 2028"
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
        for name in sorted(src.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            body = src.read(name)
            if name == "docProps/app.xml":
                body = APP_XML.format(slides=len(SLIDES)).encode("utf-8")
            dst.writestr(name, body)
    return normalize_zip(out.getvalue(), STAMP)


# =========================================================================== the org folder

STRUCTURE = """
# Ashwold Fire and Rescue Service: structure of posts
# Kept by People Services. Reporting lines as at 1 April 2028.
# The comment lines are directorate headings for reading only; each list item is one post.
# The two consulted bodies at the end are not Service posts.

# ----- Chief Fire Officer's Office -----
- title: Chief Fire Officer
  department: Chief Fire Officer's Office
  reports_to: Ashwold Fire Authority
  duties:
    - "Head of paid service and principal adviser to Ashwold Fire Authority."
    - "Senior responsible owner and sponsor of Safer Ashwold 2031; chairs its Programme Board."
    - "Takes each programme gate to the Authority's March meeting and answers for the recommendation."
    - "Awards contracts up to £500,000, and larger ones where the Authority has delegated the award."

- title: Programme Manager, Safer Ashwold
  department: Chief Fire Officer's Office
  reports_to: Chief Fire Officer
  duties:
    - "Runs the programme office: the plan, the risk log, gate papers and the monthly highlight report."
    - "Keeps the benefits register and hands benefits and running costs to the heads of service at closure."
    - "Secretary to the Programme Board."

- title: Head of Finance and Procurement
  department: Finance and Procurement
  reports_to: Chief Fire Officer
  duties:
    - "Treasurer to the Authority and the Service's chief finance officer."
    - "Manages the budget and the capital programme and reports spend to the Programme Board."
    - "Runs every procurement over £25,000 and signs contracts once they are awarded."

# ----- Service Delivery Directorate -----
- title: Director of Service Delivery
  department: Service Delivery
  reports_to: Chief Fire Officer
  duties:
    - "Leads response from 24 stations and Ashwold Fire Control."
    - "Owns the response standards in the Community Risk Management Plan and the dwelling fire response measure."
    - "Leads the Ready crews pillar of Safer Ashwold 2031."

- title: Group Manager, On-Call
  department: Service Delivery
  reports_to: Director of Service Delivery
  duties:
    - "Manages the 17 on-call stations and their station managers."
    - "Responsible for on-call availability: how it is recorded today and the system that replaces the spreadsheet."
    - "Leads the recruitment and retention of on-call firefighters."
    - "Agrees with local employers the release of their staff for on-call duty."

- title: Tarn Valley Group Station Manager
  department: Service Delivery
  reports_to: Group Manager, On-Call
  duties:
    - "Station manager for the five on-call stations of the Tarn Valley group: Tarnby, Holme Bridge, Scarrow, Fellgate and Lindthwaite."
    - "Runs day-to-day crewing, drills and station changes in the group."

- title: Head of Fire Control
  department: Service Delivery
  reports_to: Director of Service Delivery
  duties:
    - "Runs Ashwold Fire Control at Marlstone: 999 call handling and mobilising, 24 hours a day."
    - "System owner of the Keystone mobilising system and every interface to it."
    - "Keeps the live status of every appliance and crew on the mobilising screen."

# ----- Prevention and Protection Directorate -----
- title: Director of Prevention and Protection
  department: Prevention and Protection
  reports_to: Chief Fire Officer
  duties:
    - "Leads prevention, protection and safeguarding."
    - "Leads the Safer homes and Safer buildings pillars of Safer Ashwold 2031."

- title: Head of Prevention
  department: Prevention and Protection
  reports_to: Director of Prevention and Protection
  duties:
    - "Runs the home fire safety visit programme and the Community Safety Hub that books visits."
    - "Owns how residents ask for a visit, whether by phone or online."
    - "Decides who is visited first, using the Service's risk model and partner referrals."
    - "Owns the home fire safety visit and accidental dwelling fire measures."

- title: Safeguarding and Partnerships Manager
  department: Prevention and Protection
  reports_to: Director of Prevention and Protection
  duties:
    - "Agrees and manages referral routes with partners, including the ambulance service, adult social care and housing providers."
    - "Handles safeguarding concerns raised by crews and visit staff."

- title: Head of Protection
  department: Prevention and Protection
  reports_to: Director of Prevention and Protection
  duties:
    - "Enforces the Regulatory Reform (Fire Safety) Order 2005 on behalf of the Authority."
    - "Runs the risk-based inspection programme and the fire safety inspectors who carry out audits."
    - "Issues audit letters, notices and prohibitions, and chooses the tools inspectors work with."
    - "Owns the measure of high-risk premises inspected within their interval."

# ----- Corporate Services Directorate -----
- title: Director of Corporate Services
  department: Corporate Services
  reports_to: Chief Fire Officer
  duties:
    - "Leads ICT and digital, fleet and equipment, performance and data, operational risk information and information governance."
    - "Leads the Connected appliances pillar of Safer Ashwold 2031."

- title: Head of ICT and Digital
  department: Corporate Services
  reports_to: Director of Corporate Services
  duties:
    - "Buys, installs and supports the Service's devices and networks, including mobile data terminals and tablets."
    - "Runs the Service's website and its business applications other than Keystone."

- title: Operational Risk Information Manager
  department: Corporate Services
  reports_to: Director of Corporate Services
  duties:
    - "Keeps site-specific risk information for the premises on the risk register: gathers it with station crews, reviews it on its cycle and publishes it to crews."
    - "Owns the measure of high-risk premises with in-date risk information."

- title: Head of Performance and Data
  department: Corporate Services
  reports_to: Director of Corporate Services
  duties:
    - "Runs Ashwold Insight, the Service's data warehouse, and its Power BI reports."
    - "Makes the Service's returns to the Home Office Incident Recording System."
    - "Keeps the definitions and baselines of every measure and reports them to the Authority each quarter."
    - "Builds and runs data feeds to partners once an agreement allows them."

- title: Information Governance Manager and Data Protection Officer
  department: Corporate Services
  reports_to: Director of Corporate Services
  duties:
    - "Data protection officer for the Authority."
    - "Drafts and keeps every data sharing agreement and data protection impact assessment."
    - "Sets how long records are kept and answers requests for information."

- title: Fleet and Equipment Manager
  department: Corporate Services
  reports_to: Director of Corporate Services
  duties:
    - "Runs the workshop at Brayford and keeps the 46 front-line appliances and their equipment on the road."
    - "Fits new equipment to appliances, including terminal mounts, power and aerials, and books appliances into the workshop."

# ----- People Directorate -----
- title: Director of People
  department: People
  reports_to: Chief Fire Officer
  duties:
    - "Leads HR, workforce planning, training and development, and health and safety."
    - "Leads formal consultation and negotiation with the representative bodies on duty systems and contracts."

- title: Head of Training and Development
  department: People
  reports_to: Director of People
  duties:
    - "Runs the training centre at Brayford and the maintenance of competence programme."
    - "Trains crews, control staff and inspectors on new equipment and systems before they go live."

# ----- Consulted bodies (not Service posts) -----
- title: FBU Brigade Secretary
  department: Consulted body (not a Service post)
  reports_to: Not applicable
  duties:
    - "Represents Fire Brigades Union members in the Service."
    - "Is consulted on duty systems, contracts and the way availability is recorded, under the joint consultation protocol."
    - "Leads no Service work and owns no programme actions."

- title: Chair, Ashwold Local Resilience Forum
  department: Consulted body (not a Service post)
  reports_to: Not applicable
  duties:
    - "Chairs the multi-agency Local Resilience Forum under the Civil Contingencies Act 2004."
    - "Is consulted before each gate on changes that affect how partners share information at incidents."
    - "Leads no Service work and owns no programme actions."
"""

CONSTITUTION = """
# Ashwold Fire Authority: Constitution (extract)

Part 2, Articles 4 to 7, and Part 3, Committees. Adopted 15 June 2023; this extract as amended
on 7 December 2027.

## Article 4: The Authority

Ashwold Fire Authority is the combined fire authority for the county of Ashwold and the City of
Marlstone. It has 17 members: 12 appointed by Ashwold County Council and 5 by Marlstone City
Council.

## Article 5: Meetings

The Authority holds ordinary meetings in March, June, September and December, and a budget
meeting in February to set the precept.

Programme gates and new strategies are decided at ordinary meetings; the March meeting also
approves the annual plan.

## Article 6: Functions reserved to the Authority

- Approving the Community Risk Management Plan and any strategy that changes it.
- Setting the budget and the capital programme, and releasing capital funds for each programme
  year.
- Awarding any contract worth more than £500,000, unless the award has been delegated by
  resolution.

Changes to response standards or to the risk-based inspection programme in the Community Risk
Management Plan cannot be made without a public consultation of at least 12 weeks.

## Article 7: The Chief Fire Officer

The Chief Fire Officer is head of paid service and answers to the Authority for every programme
it approves. The Chief Fire Officer may award contracts up to £500,000 and may delegate duties
to directors, but not the recommendation at a programme gate.

## Part 3: Committees

The Audit and Performance Committee receives the quarterly performance report from Ashwold
Insight and the risk log of each programme the Authority has approved.

His Majesty's Inspectorate of Constabulary and Fire & Rescue Services reports to the Authority
after each inspection; the Authority's response goes to the next ordinary meeting.
"""

TERMS = """
# Safer Ashwold 2031 Programme Board: terms of reference

Approved by the Chief Fire Officer, 1 March 2028.

## Purpose

The Board directs Safer Ashwold 2031 between the Authority's gates and recommends each gate
decision to the Authority.

## Chair and members

- Chair: the Chief Fire Officer, senior responsible owner and sponsor.
- Members: the Director of Service Delivery, the Director of Prevention and Protection, the
  Director of Corporate Services, the Director of People and the Head of Finance and
  Procurement.
- Secretary: the Programme Manager, Safer Ashwold.
- Before each gate the FBU Brigade Secretary and the Chair of the Ashwold Local Resilience Forum
  are consulted; neither has a vote or leads any workstream.

## Decisions

- The Board meets monthly.
- It may move up to £100,000 between workstreams within a programme year.
- It recommends each gate to the Authority; the Authority decides.
- Each pillar has one lead, a director, who answers to the Board for the pillar's goal and
  gives the pillar's work to the heads and managers in that directorate.

## Reporting

The Programme Manager sends a highlight report to members five working days before each
meeting. Figures against the programme's measures come from Ashwold Insight, the Service's data
warehouse, through its Power BI reports.
"""

PROTOCOL = """
# Joint consultation protocol: Ashwold Fire Authority and the Fire Brigades Union (extract)

Agreed at the Joint Consultative Committee on 3 October 2025.

1. The Service consults the FBU through its Brigade Secretary and the Brigade Committee.

2. The FBU must be consulted before any change to duty systems, on-call contracts or the way
crew availability is recorded, and at least 90 days are allowed for that consultation before
the change is made.

3. The Director of People leads consultation for the Service; the director whose area is
changing attends.

4. The Brigade Secretary attends the Programme Board before each gate, without a vote.

5. The FBU is consulted and may negotiate; it does not manage, deliver or approve Service work.
"""

SYSTEMS = """
ASHWOLD FIRE AND RESCUE SERVICE
SYSTEMS AND DATA NOTE
Director of Corporate Services, January 2028

1. MOBILISING

Keystone, supplied by Corran Systems, is the mobilising system in Ashwold Fire Control at
Marlstone. Its support contract runs to 31 March 2033.

Keystone cannot take crew availability from any other system; control operators type each
change in by hand. Keystone has a status interface that would allow it, but the interface is
not yet licensed.

2. ON-CALL AVAILABILITY AND ALERTING

On-call availability relies on a spreadsheet that each station manager updates and emails to
Fire Control twice a day.

Crews are alerted by pager through StationCall. Pager acknowledgement logs are not retained
beyond 30 days.

3. APPLIANCES

The Service has 46 front-line appliances: 38 fire engines and 8 special appliances.

Mobile data terminals run only on the 15 appliances at wholetime and day-crewed stations; they
date from 2016 and their software went out of support in 2025.

The other 31 appliances carry site-specific risk information on paper in a risk folder,
reissued every quarter.

Every appliance carries Airwave radios, which stay until the Emergency Services Network replaces
them.

4. RISK INFORMATION

Site-specific risk information for 2,430 premises is held in RiskVault and published to the
terminals each night.

5. PROTECTION

Fire safety audits are written on paper and typed into Halyard, the protection database, back
at the office. Halyard has no mobile app, so inspectors cannot use it at the premises.

6. PREVENTION

Home fire safety visits are booked and recorded in SafeHome by the Community Safety Hub.

7. PERFORMANCE AND DATA

Ashwold Insight is the Service's data warehouse. It loads Keystone, SafeHome, Halyard and the
Incident Recording System every night and feeds the Power BI reports that managers and the
Authority use.

The Head of Performance and Data makes the Service's returns to the Home Office Incident
Recording System.
"""

MEASURES = [
    ["Measure", "Definition", "Owner", "Baseline 2026/27", "Source", "Notes"],
    [
        "On-call appliance availability",
        "Hours an on-call appliance could be mobilised, as a share of all hours",
        "Group Manager, On-Call",
        "68%",
        "Availability spreadsheet, checked against Keystone",
        "Day (0700-1900) 58%; night 78%.",
    ],
    [
        "Dwelling fire response",
        "Dwelling fires where the first appliance arrived within 10 minutes of the call being "
        "answered",
        "Director of Service Delivery",
        "71%",
        "Keystone and the Incident Recording System",
        "The 10-minute standard is set in the Community Risk Management Plan.",
    ],
    [
        "Appliances with a working terminal",
        "Front-line appliances with a mobile data terminal that passed its weekly test",
        "Head of ICT and Digital",
        "15 of 46",
        "ICT asset register",
        "",
    ],
    [
        "In-date risk information",
        "High-risk premises whose site-specific risk information was reviewed within its cycle",
        "Operational Risk Information Manager",
        "62%",
        "RiskVault",
        "",
    ],
    [
        "Home fire safety visits",
        "Visits completed in the year",
        "Head of Prevention",
        "6,900",
        "SafeHome",
        "2,760 of them (40%) to households the risk model rates high.",
    ],
    [
        "Visits booked online",
        "Share of visits the resident booked online",
        "Head of Prevention",
        "None",
        "SafeHome",
        "Not counted today: visits can be booked only by telephone to the Community Safety "
        "Hub, 9am to 5pm on weekdays.",
    ],
    [
        "High-risk premises inspected within interval",
        "High-risk premises audited within the interval the risk-based inspection programme sets",
        "Head of Protection",
        "64%",
        "Halyard",
        "",
    ],
    [
        "Audits recorded on a tablet",
        "Fire safety audits recorded on a tablet at the premises",
        "Head of Protection",
        "None",
        "Halyard",
        "",
    ],
    [
        "Accidental dwelling fires",
        "Fires in homes not started deliberately, as recorded in the Incident Recording System",
        "Head of Prevention",
        "412",
        "Ashwold Insight",
        "371 in 2023/24; 398 in 2024/25; 405 in 2025/26.",
    ],
    [
        "Crews who find the terminals helpful",
        "Share of crews in the annual staff survey who say the terminals help at incidents",
        "Director of Corporate Services",
        "Not yet measured",
        "Staff survey",
        "The question joins the 2029 survey; a target follows the first result.",
    ],
]

WESTMERE = """
# Working with Westmere Ambulance Service NHS Trust

Note for the Programme Board from the Safeguarding and Partnerships Manager, February 2028.

We gained entry to homes for Westmere crews 1,140 times in 2026/27, most often for an older
person who had fallen.

When Westmere's own wait is over an hour, it asks us to attend falls where no injury is
suspected; we did so 310 times in 2026/27.

There is no data sharing agreement with Westmere Ambulance Service. Until one is signed, nothing
about a patient or resident may pass between the services except by phone during an incident.

Westmere's data protection officer has agreed to start work on an agreement with ours in April
2028.

Westmere keeps its own list of patients at risk of falls and has asked to see our premises risk
flags for care homes and houses in multiple occupation.
"""

TARN_VALLEY = """
TARN VALLEY GROUP: STATION PROFILE
Prepared by the Tarn Valley Group Station Manager, January 2028

Stations: Tarnby, Holme Bridge, Scarrow, Fellgate and Lindthwaite, all on-call, one fire engine
each.

Crews: 58 on-call firefighters, 11 of them also employed by Tarnby Creamery.

Daytime availability in 2026/27 was 52%; at night it was 81%.

There is no mobile signal at Scarrow station or in most of Fellgate village; crews there are
alerted by pager only.

Crews at all five stations voted in November 2027 to be the first to try a new availability
system.

Holme Bridge station shares its building with the village hall; the hall committee has agreed to
a wall-mounted screen in the appliance bay.
"""

RESILIENCE = """
# Ashwold Local Resilience Forum: how the Service works with it

The Ashwold Local Resilience Forum brings together the emergency services, the councils, the
NHS, the Environment Agency and the utilities under the Civil Contingencies Act 2004. The
Service is a Category 1 responder.

The Forum keeps the Community Risk Register for Ashwold and plans for flooding, severe weather
and major incidents.

The Forum's Chair is consulted before each gate of Safer Ashwold 2031 on any change that
affects how partners share information at incidents.

The Forum does not direct, fund or deliver Service projects.
"""


def measures_csv() -> bytes:
    """The measures as a spreadsheet saves them to CSV: UTF-8, CRLF, cells quoted only where
    they hold a comma or a quote."""
    out = io.StringIO()
    for row in MEASURES:
        cells = []
        for cell in row:
            if "," in cell or '"' in cell:
                cell = '"' + cell.replace('"', '""') + '"'
            cells.append(cell)
        out.write(",".join(cells) + "\r\n")
    return out.getvalue().encode("utf-8")


ORG_TEXT = {
    "org/people/structure.yaml": STRUCTURE,
    "org/governance/fire-authority-constitution-extract.md": CONSTITUTION,
    "org/governance/programme-board-terms-of-reference.md": TERMS,
    "org/governance/joint-consultation-protocol-fbu.md": PROTOCOL,
    "org/systems/systems-and-data-note.txt": SYSTEMS,
    "org/context/westmere-ambulance-partnership.md": WESTMERE,
    "org/context/tarn-valley-group-profile.txt": TARN_VALLEY,
    "org/context/local-resilience-forum.md": RESILIENCE,
}


def build(out: Path) -> None:
    root = out / CASE
    files: dict[str, str | bytes] = {
        DECK: build_deck(),
        "org/measures/performance-measures.csv": measures_csv(),
    }
    files.update(ORG_TEXT)
    write_files(root, files)


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
