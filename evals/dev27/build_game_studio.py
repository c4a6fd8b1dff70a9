"""Build the dev27 case ``game-studio``: its deck and its org folder, deterministically.

Run from the repository root with the project's venv (python-pptx and lxml; the PDF in the org
folder is written by hand, so reportlab is not needed):

    .venv/bin/python evals/dev27/build_game_studio.py [out]

Writes, under ``evals/dev27/game-studio/`` (or ``<out>/game-studio/``):

- ``Tide Rising - Board 2027-02-09.pptx``: Kuura Harbour Games' live operations and player
  growth plan for its free-to-play puzzle game Tidepool Tiles, Season 14 to Season 22, a 16:9
  deck made in APPLE KEYNOTE and exported to PowerPoint: ``docProps/app.xml`` names Keynote,
  the package keeps four layouts renamed as Keynote's masters ("Title - Center", "Title &
  Bullets", "Big Fact", "Blank"), no slide carries a placeholder (titles are plain text boxes),
  shapes are named "Text N" or "Shape N", every ``a:bodyPr`` has explicit insets, every
  paragraph an ``a:pPr``, every run its size; bullets as ``a:buChar`` in some boxes and typed in
  others; big-number KPI tiles (target as the big number, the measure on the label's first
  line, baseline and by-when on its second); the roadmap drawn as shapes: nine season boxes on
  one row and a grey "Later seasons" box outside the plan, phase bars above, gate diamonds
  below; the risks as a native table; speaker notes on four slides.
- ``org/``: the studio's own files: the team sheet as a spreadsheet's tab-separated export
  (``people/team.tsv``: Role, Team, Lead, What they own; CRLF; the sheet's empty formatted rows
  exported as lines of tabs), the steering group's terms, the Player Council's charter, the
  staff co-operation forum's note, the systems and data inventory, the metric definitions, the
  player-safety policy as a PDF (written object by object, Helvetica, fixed dates), player care
  notes, a platform-relations email and studio facts.

Re-running it rewrites every file byte for byte: the PPTX through ``evals/dev16/_build.py``
(fixed ZIP entry times and document dates), the PDF with fixed dates and ids, the text files as
literal strings. It never touches ``gold.json``. This is a DEVELOPMENT case (split "dev27").
"""

from __future__ import annotations

import io
import sys
import textwrap
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
CASE = "game-studio"
DECK = "Tide Rising - Board 2027-02-09.pptx"
ROSTER = "org/people/team.tsv"
POLICY = "org/policies/player-safety-policy-v3.1.pdf"
STAMP = Stamp((2027, 2, 5, 16, 24, 52), "2027-02-05T16:24:52Z")

EMU = 914400
NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
NS_P = "http://schemas.openxmlformats.org/presentationml/2006/main"
NSDECL = f'xmlns:a="{NS_A}" xmlns:p="{NS_P}"'
FONT = "Avenir Next"
INK = "13294B"
TEAL = "0F8B8D"
CORAL = "E4572E"
GREY = "5E6B78"
PALE = "EAF4F4"
SAND = "F3EFE6"
WHITE = "FFFFFF"
MIST = "C9D3DB"
LAYOUTS = {
    "Title Slide": "Title - Center",
    "Title and Content": "Title & Bullets",
    "Section Header": "Big Fact",
    "Blank": "Blank",
}
TOTAL = 18

APP_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"'
    ' xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    "<Application>Keynote</Application><AppVersion>14.3</AppVersion>"
    "<Slides>{slides}</Slides><Notes>{notes}</Notes><HiddenSlides>0</HiddenSlides>"
    "<PresentationFormat>Custom</PresentationFormat></Properties>"
)


def emu(inches: float) -> int:
    return int(round(inches * EMU))


# =========================================================================== Keynote-style XML


class Ids:
    """Shape ids of one slide, counted from the slide's own base as Keynote numbers them."""

    def __init__(self, base: int) -> None:
        self.n = base

    def next(self) -> int:
        self.n += 1
        return self.n


def run(text: str, size: int, *, bold: bool = False, color: str = INK) -> str:
    b = ' b="1"' if bold else ' b="0"'
    return (
        f'<a:r><a:rPr lang="en-US" sz="{size}"{b} i="0" u="none" strike="noStrike" spc="0">'
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
    spacing = (
        f'<a:lnSpc><a:spcPct val="100000"/></a:lnSpc>'
        f'<a:spcBef><a:spcPts val="{before}"/></a:spcBef>'
    )
    if bullet:
        ppr = (
            f'<a:pPr marL="254000" marR="0" indent="-254000" algn="{algn}" defTabSz="584200">'
            f'{spacing}<a:buClr><a:srgbClr val="{TEAL}"/></a:buClr><a:buSzPct val="100000"/>'
            f'<a:buFont typeface="{FONT}"/><a:buChar char="{bullet}"/></a:pPr>'
        )
    else:
        ppr = (
            f'<a:pPr marL="0" marR="0" indent="0" algn="{algn}" defTabSz="584200">'
            f"{spacing}<a:buClrTx/><a:buSzTx/><a:buFontTx/><a:buNone/></a:pPr>"
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
    """A plain ``p:sp`` as Keynote exports it: no ``txBox``, no placeholder, "Text N" for a
    text box and "Shape N" for a drawn shape, explicit 4 pt insets."""
    sid = ids.next()
    name = f"{'Shape' if fill or line or geom != 'rect' else 'Text'} {sid}"
    fill_xml = f'<a:solidFill><a:srgbClr val="{fill}"/></a:solidFill>' if fill else "<a:noFill/>"
    ln = (
        f'<a:ln w="12700" cap="flat"><a:solidFill><a:srgbClr val="{line}"/></a:solidFill>'
        f'<a:prstDash val="solid"/><a:miter lim="400000"/></a:ln>'
        if line
        else '<a:ln w="12700" cap="flat"><a:noFill/><a:miter lim="400000"/></a:ln>'
    )
    body = "".join(paras) or (
        '<a:p><a:pPr marL="0" marR="0" indent="0" algn="l" defTabSz="584200">'
        "<a:buClrTx/><a:buSzTx/><a:buFontTx/><a:buNone/></a:pPr>"
        '<a:endParaRPr lang="en-US" sz="1200"/></a:p>'
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


def table(
    ids: Ids, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]]
) -> str:
    """A native table (``p:graphicFrame``), the first row a header in white on ink."""
    sid = ids.next()
    grid = "".join(f'<a:gridCol w="{emu(w)}"/>' for w in widths)
    trs = []
    for r, row in enumerate(rows):
        tcs = []
        for cell in row:
            color = WHITE if r == 0 else INK
            fill = INK if r == 0 else (SAND if r % 2 else WHITE)
            tcs.append(
                f"<a:tc><a:txBody><a:bodyPr/><a:lstStyle/>{para(cell, 1200, bold=r == 0, color=color)}"
                f'</a:txBody><a:tcPr marL="76200" marR="76200" marT="50800" marB="50800" anchor="t">'
                f'<a:solidFill><a:srgbClr val="{fill}"/></a:solidFill></a:tcPr></a:tc>'
            )
        trs.append(f'<a:tr h="{emu(0.62 if r else 0.4)}">{"".join(tcs)}</a:tr>')
    total = sum(widths)
    height = 0.4 + 0.62 * (len(rows) - 1)
    return (
        f'<p:graphicFrame {NSDECL}><p:nvGraphicFramePr><p:cNvPr id="{sid}" name="Table {sid}"/>'
        f'<p:cNvGraphicFramePr><a:graphicFrameLocks noGrp="1"/></p:cNvGraphicFramePr><p:nvPr/>'
        f'</p:nvGraphicFramePr><p:xfrm><a:off x="{emu(x)}" y="{emu(y)}"/>'
        f'<a:ext cx="{emu(total)}" cy="{emu(height)}"/></p:xfrm><a:graphic>'
        f'<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/table">'
        f'<a:tbl><a:tblPr firstRow="1" bandRow="1"/><a:tblGrid>{grid}</a:tblGrid>'
        f"{''.join(trs)}</a:tbl></a:graphicData></a:graphic></p:graphicFrame>"
    )


def header(ids: Ids, eyebrow: str, title: str, sub: str | None, page: int) -> list[str]:
    """The top of a content slide: eyebrow, title text box, optional subtitle; footer."""
    out = [
        sp(ids, 0.6, 0.32, 9.0, 0.34, [para(eyebrow, 1100, bold=True, color=TEAL)]),
        sp(ids, 0.6, 0.64, 12.1, 0.72, [para(title, 3200, bold=True)]),
    ]
    if sub:
        out.append(sp(ids, 0.6, 1.36, 12.1, 0.42, [para(sub, 1500, color=GREY)]))
    out.append(
        sp(
            ids,
            0.6,
            7.05,
            9.0,
            0.3,
            [para("Kuura Harbour Games \u00b7 Tide Rising", 900, color=GREY)],
        )
    )
    out.append(sp(ids, 11.6, 7.05, 1.1, 0.3, [para(f"{page}", 900, color=GREY, algn="r")]))
    return out


def bullets(texts: Sequence[str], size: int, *, char: str = "\u2022") -> list[str]:
    return [para(t, size, bullet=char, before=500 if i else 0) for i, t in enumerate(texts)]


def typed(texts: Sequence[str], size: int, *, color: str = INK) -> list[str]:
    """Lines whose bullets or numbers are typed in the text, not set as a paragraph bullet."""
    return [para(t, size, color=color, before=500 if i else 0) for i, t in enumerate(texts)]


def tile(
    ids: Ids,
    x: float,
    y: float,
    w: float,
    big: str,
    line1: str,
    line2: str,
    *,
    color: str = INK,
    size: int = 3600,
) -> list[str]:
    """A big-number tile: a pale card, the figure in its own box, a label box of two lines."""
    return [
        sp(ids, x, y, w, 1.62, fill=PALE),
        sp(ids, x + 0.12, y + 0.08, w - 0.24, 0.72, [para(big, size, bold=True, color=color)]),
        sp(
            ids,
            x + 0.12,
            y + 0.8,
            w - 0.24,
            0.78,
            [para(line1, 1300, bold=True), para(line2, 1050, color=GREY, before=200)],
        ),
    ]


# =========================================================================== slides


def s01(ids: Ids) -> list[str]:
    return [
        sp(ids, 0, 0, 13.333, 7.5, fill=INK),
        sp(ids, 0, 5.9, 13.333, 1.6, fill=TEAL),
        sp(ids, 0.9, 1.1, 11.0, 0.4, [para("KUURA HARBOUR GAMES", 1400, bold=True, color=MIST)]),
        sp(ids, 0.9, 1.8, 11.5, 1.3, [para("Tide Rising", 6600, bold=True, color=WHITE)]),
        sp(
            ids,
            0.9,
            3.2,
            11.5,
            1.2,
            [
                para(
                    "Tidepool Tiles: live operations and player growth, Season 14 to Season 22",
                    2400,
                    color=WHITE,
                ),
                para("The 2027\u201328 plan", 2400, color=WHITE, before=400),
            ],
        ),
        sp(
            ids,
            0.9,
            6.15,
            11.5,
            1.0,
            [
                para(
                    "Board meeting \u00b7 9 February 2027 \u00b7 Paper B3",
                    1400,
                    color=WHITE,
                ),
                para(
                    "Presented by the Chief Operating Officer and the Live Ops Director",
                    1400,
                    color=WHITE,
                    before=200,
                ),
            ],
        ),
    ]


def s02(ids: Ids) -> list[str]:
    out = header(
        ids,
        "WHY NOW",
        "Where the game stands going into Season 14",
        "Still loved, still earning, but leaking new players and slow to answer them",
        2,
    )
    stats = [
        ("3.1M", "people opened Tidepool Tiles in December 2026", "3.4M a year earlier"),
        ("6.4%", "of Season 12 installs still played on their 30th day", "12.1% at launch in 2023"),
        ("\u20ac41.8M", "net revenue in 2026 after store fees", "down 6% on 2025"),
        ("5.2 days", "average wait for a first reply from player care", "11,900 tickets a month"),
        ("2", "times a store featured us in 2026", "both for the Halloween Tide event"),
    ]
    for k, (big, l1, l2) in enumerate(stats):
        out += tile(ids, 0.6 + k * 2.45, 2.0, 2.3, big, l1, l2, color=GREY, size=2800)
    out.append(
        sp(
            ids,
            0.6,
            3.95,
            7.4,
            2.8,
            [para("Why this plan, and why now", 1600, bold=True)]
            + bullets(
                [
                    "Season 14 starts on Tuesday 2 March 2027; every season runs six weeks, so "
                    "the next nine are already on the calendar.",
                    "New players leave in their first week: most never finish the tutorial reef.",
                    "Both stores asked about protections for players under 18 when they "
                    "reviewed our last two updates.",
                    "We change the live game every week and cannot say which changes worked.",
                ],
                1300,
            ),
        )
    )
    out.append(
        sp(
            ids,
            8.3,
            3.95,
            4.4,
            2.8,
            [para("For context, not targets", 1600, bold=True, color=CORAL)]
            + typed(
                [
                    "\u2013 Our best month ever: 5.4 million players in October 2023, the launch "
                    "month.",
                    "\u2013 Driftwood Saga says 11% of its players buy its season pass.",
                    "\u2013 Studio rule since 2024: paid items never come in random boxes.",
                ],
                1250,
            ),
            fill=SAND,
        )
    )
    return out


def s03(ids: Ids) -> list[str]:
    out = header(ids, "WHERE WE ARE GOING", "The puzzle game people keep for years", None, 3)
    out.append(
        sp(
            ids,
            0.6,
            1.6,
            12.1,
            1.1,
            [
                para("NORTH STAR", 1100, bold=True, color=TEAL),
                para(
                    "Tidepool Tiles is the puzzle game people keep for years and never "
                    "regret spending in.",
                    2400,
                    bold=True,
                    before=200,
                ),
            ],
            fill=PALE,
        )
    )
    out.append(
        sp(
            ids,
            0.6,
            3.0,
            7.0,
            2.6,
            [para("By the end of Season 22 we will have:", 1600, bold=True)]
            + bullets(
                [
                    "3.5 million monthly players, up from 3.1 million",
                    "9% of new players still playing on day 30",
                    "every under-18 account protected by a monthly spending limit",
                    "a first reply to 90% of tickets within 24 hours",
                ],
                1400,
            ),
        )
    )
    out.append(
        sp(
            ids,
            8.0,
            3.0,
            4.7,
            0.4,
            [para("Three phases, one gate at the end of each", 1400, bold=True)],
        )
    )
    for k, name in enumerate(["Set the board", "Prove it", "Worldwide"]):
        out.append(
            sp(
                ids,
                8.0,
                3.5 + k * 0.75,
                4.7,
                0.6,
                [para(name, 1500, bold=True, color=WHITE)],
                fill=[TEAL, INK, CORAL][k],
                geom="homePlate",
                anchor="ctr",
            )
        )
    return out


def s04(ids: Ids) -> list[str]:
    out = header(
        ids,
        "THE PLAN ON A PAGE",
        "Five pillars, one season calendar",
        "Every pillar has one owner and ships on the season train",
        4,
    )
    pillars = [
        ("Reasons to come back", "Live events and the Tide Pass"),
        ("Earn the shelf", "Store featuring and new players"),
        ("Every player answered", "Player care"),
        ("Know, don't guess", "Telemetry and experiments"),
        ("Safe to play, fair to pay", "Age-appropriate design and spending limits"),
    ]
    for k, (name, what) in enumerate(pillars):
        out.append(
            sp(
                ids,
                0.6 + k * 2.45,
                2.0,
                2.3,
                1.5,
                [
                    para(name, 1500, bold=True, color=WHITE),
                    para(what, 1150, color=WHITE, before=300),
                ],
                fill=INK,
            )
        )
    out.append(
        sp(
            ids,
            0.6,
            3.8,
            6.4,
            3.0,
            [para("Four moments this plan is about", 1500, bold=True)]
            + typed(
                [
                    "1. New players in their first seven days",
                    "2. Lapsed players coming back for a season event",
                    "3. Players under 18 at the moment they try to buy",
                    "4. Paying players who lost a purchase and write to us",
                ],
                1300,
            ),
        )
    )
    out.append(
        sp(
            ids,
            7.3,
            3.8,
            5.4,
            3.0,
            [para("Not in scope for Seasons 14\u201322", 1500, bold=True, color=CORAL)]
            + bullets(
                [
                    "A second game or a Tidepool spin-off",
                    "PC, console and web versions",
                    "Paid acquisition above the 2027 budget of \u20ac6.0M",
                    "A VIP desk for the highest spenders",
                    "Markets where the game is not live today",
                ],
                1250,
                char="\u00d7",
            ),
            fill=SAND,
        )
    )
    return out


def pillar(
    ids: Ids,
    page: int,
    eyebrow: str,
    title: str,
    goals: Sequence[str],
    initiatives: Sequence[str],
    aside: tuple[str, Sequence[str]],
) -> list[str]:
    out = header(ids, eyebrow, title, None, page)
    out.append(
        sp(
            ids,
            0.6,
            1.6,
            12.1,
            0.5 + 0.45 * len(goals),
            [
                para(g, 1600, bold=True, color=INK, before=200 if i else 0)
                for i, g in enumerate(goals)
            ],
            fill=PALE,
        )
    )
    top = 2.35 + 0.45 * len(goals)
    out.append(
        sp(
            ids,
            0.6,
            top,
            7.6,
            6.8 - top,
            [para("What we will do", 1400, bold=True, color=TEAL)] + bullets(initiatives, 1350),
        )
    )
    out.append(
        sp(
            ids,
            8.5,
            top,
            4.2,
            6.8 - top,
            [para(aside[0], 1300, bold=True, color=CORAL)] + typed(aside[1], 1150, color=GREY),
            fill=SAND,
        )
    )
    return out


def s05(ids: Ids) -> list[str]:
    return pillar(
        ids,
        5,
        "PILLAR 1 \u00b7 LIVE EVENTS AND THE TIDE PASS",
        "Reasons to come back",
        [
            "Goal: 9% of new players still playing on day 30 by the end of Season 22 (6.4% in Season 12)"
        ],
        [
            "Launch the Tide Pass, a six-week battle pass with a free track and a \u20ac4.99 "
            "premium track",
            "Run three live events every season on a calendar published two seasons ahead",
            "Open a welcome back reef for anyone away 30 days or more, with a free booster",
            "Rebuild the first seven days: a new tutorial island and a day-3 reward chest",
        ],
        (
            "What players told us",
            [
                "\u201cThe events are the best part, but I never know when they start.\u201d",
                "\u201cI stopped after level 40 and forgot the game was on my phone.\u201d",
            ],
        ),
    )


def s06(ids: Ids) -> list[str]:
    return pillar(
        ids,
        6,
        "PILLAR 2 \u00b7 STORE FEATURING AND NEW PLAYERS",
        "Earn the shelf",
        [
            "Goal: 3.5 million monthly players by the end of Season 22",
            "Goal: be the puzzle game the store editors think of first",
        ],
        [
            "Send each store a featuring brief for every season event eight weeks ahead",
            "Build custom product pages for each season and test two screenshot sets a season",
            "List every season event as an in-app event on both stores",
            "Point every re-engagement message at a live event, never at a sale",
        ],
        (
            "Why featuring matters",
            [
                "A week on the Today tab brought 180,000 installs in October 2026.",
                "Editors pick events they hear about early, with art ready.",
            ],
        ),
    )


def s07(ids: Ids) -> list[str]:
    return pillar(
        ids,
        7,
        "PILLAR 3 \u00b7 PLAYER CARE",
        "Every player answered",
        ["Goal: a first reply to 90% of tickets within 24 hours by the end of Season 20"],
        [
            "Put weekend cover on the player care queue from Season 16",
            "Tag every ticket with one of 25 contact reasons",
            "Restore lost purchases in the game without a ticket, using receipt checks",
            "Answer in Finnish, German and Brazilian Portuguese as well as English",
            "Survey every closed ticket and report satisfaction each season",
        ],
        (
            "Where tickets come from",
            [
                "38% lost or missing purchases",
                "21% progress lost after a new phone",
                "14% refund requests, a third of them from parents",
            ],
        ),
    )


def s08(ids: Ids) -> list[str]:
    return pillar(
        ids,
        8,
        "PILLAR 4 \u00b7 TELEMETRY AND EXPERIMENTS",
        "Know, don't guess",
        ["Goal: 80% of live-ops changes shipped as A/B tests with a holdout by Season 19"],
        [
            "Add server-side purchase and reward events to Reefline",
            "Keep a 5% long-term holdout that never sees the Tide Pass or paid offers",
            "Move experiment assignment from the spreadsheet into Flipside",
            "Read every experiment on day-30 retention and refunds, not first-day revenue",
            "Publish one season scorecard, read out at every season-end review",
        ],
        (
            "Today",
            [
                "41 live-ops changes in 2026; 4 had a control group.",
                "Nobody can say whether the autumn price change helped.",
            ],
        ),
    )


def s09(ids: Ids) -> list[str]:
    return pillar(
        ids,
        9,
        "PILLAR 5 \u00b7 AGE-APPROPRIATE DESIGN AND SPENDING LIMITS",
        "Safe to play, fair to pay",
        [
            "Goal: no player under 13 sees a personalised offer from Season 16",
            "Goal: every under-18 account has a monthly spending limit by the end of Season 17",
        ],
        [
            "Add an in-game monthly spending limit, on by default at \u20ac50 for under-18s",
            "Ask for age at first launch and again before the first purchase",
            "Show the Tide Pass's full reward track before anyone pays",
            "Certify every player care agent in Safer Play before Season 16",
            "Publish a plain-language spending summary in each player's settings",
        ],
        (
            "Our line",
            [
                "We would rather lose a sale than sell to a child who did not mean to buy.",
            ],
        ),
    )


KPIS = [
    (
        "9.0%",
        "Day-30 retention, new players",
        "Baseline 6.4% (Season 12) \u00b7 by end of Season 22",
    ),
    ("3.5M", "Monthly active players", "Baseline 3.1M (Dec 2026) \u00b7 by end of Season 22"),
    (
        "\u20ac0.071",
        "Net revenue per daily active player",
        "Baseline \u20ac0.058 (2026) \u00b7 by end of Season 22",
    ),
    ("7%", "Monthly players holding a Tide Pass", "Baseline: new \u00b7 by end of Season 21"),
    (
        "90%",
        "Tickets with a first reply within 24 hours",
        "Baseline 31% (Season 12) \u00b7 by end of Season 20",
    ),
    (
        "4.3 / 5",
        "Player care satisfaction score",
        "Baseline 3.4 (Season 12) \u00b7 by end of Season 20",
    ),
    (
        "80%",
        "Live-ops changes shipped with a holdout",
        "Baseline 10% (2026) \u00b7 by end of Season 19",
    ),
    (
        "100%",
        "Under-18 accounts with a spending limit on",
        "Baseline 0% \u00b7 by end of Season 17",
    ),
    (
        "More",
        "Store featuring moments a season",
        "Baseline 2 in all of 2026 \u00b7 target to be agreed with both stores",
    ),
]


def s10(ids: Ids) -> list[str]:
    out = header(
        ids,
        "HOW WE WILL KNOW",
        "Nine numbers on one scorecard",
        "Target in large type; baseline and by-when under each label",
        10,
    )
    for k, (big, l1, l2) in enumerate(KPIS):
        x = 0.6 + (k % 3) * 4.1
        y = 1.95 + (k // 3) * 1.72
        out += tile(ids, x, y, 3.95, big, l1, l2, color=CORAL if big == "More" else INK)
    return out


SEASONS = [
    (14, "2 Mar 2027"),
    (15, "13 Apr 2027"),
    (16, "25 May 2027"),
    (17, "6 Jul 2027"),
    (18, "17 Aug 2027"),
    (19, "28 Sep 2027"),
    (20, "9 Nov 2027"),
    (21, "21 Dec 2027"),
    (22, "1 Feb 2028"),
]
COL_X, COL_W = 0.6, 1.21


def s11(ids: Ids) -> list[str]:
    out = header(
        ids,
        "ROADMAP",
        "Season 14 to Season 22",
        "54 weeks: nine seasons of six weeks, each starting on a Tuesday",
        11,
    )
    phases = [
        (0, 2, "Phase 1 \u00b7 Set the board \u00b7 Seasons 14\u201315", TEAL),
        (2, 5, "Phase 2 \u00b7 Prove it \u00b7 Seasons 16\u201318", INK),
        (5, 9, "Phase 3 \u00b7 Worldwide", CORAL),
    ]
    for a, b, label, color in phases:
        out.append(
            sp(
                ids,
                COL_X + a * COL_W + 0.03,
                2.0,
                (b - a) * COL_W - 0.06,
                0.55,
                [para(label, 1150, bold=True, color=WHITE)],
                fill=color,
                anchor="ctr",
            )
        )
    for k, (n, start) in enumerate(SEASONS):
        out.append(
            sp(
                ids,
                COL_X + k * COL_W + 0.03,
                2.7,
                COL_W - 0.06,
                0.85,
                [para(f"Season {n}", 1250, bold=True), para(f"from {start}", 1000, color=GREY)],
                fill=PALE,
                line=MIST,
            )
        )
    out.append(
        sp(
            ids,
            COL_X + 9 * COL_W + 0.15,
            2.0,
            COL_W + 0.35,
            1.55,
            [
                para("Later seasons", 1250, bold=True, color=GREY),
                para("Season 23 onwards", 1000, color=GREY),
                para("not in this plan", 1000, color=GREY),
            ],
            fill=SAND,
            line=MIST,
        )
    )
    gates = [
        (2, "Gate 1 \u00b7 end of Season 15"),
        (5, "Gate 2 \u00b7 worldwide go/no-go"),
        (9, "Gate 3 \u00b7 end of Season 22"),
    ]
    for col, label in gates:
        gx = COL_X + col * COL_W
        out.append(sp(ids, gx - 0.16, 3.68, 0.32, 0.32, fill=CORAL, geom="diamond"))
        out.append(sp(ids, gx - 1.0, 4.02, 2.0, 0.5, [para(label, 1000, bold=True, algn="ctr")]))
    lanes = [
        (2, 4, "Tide Pass test, Seasons 16\u201317"),
        (5, 9, "Tide Pass in every market from Season 19"),
        (2, 9, "Weekend player care from Season 16"),
        (0, 4, "Spending limits on for under-18s"),
        (0, 6, "Holdout on every live-ops change"),
    ]
    for k, (a, b, label) in enumerate(lanes):
        out.append(
            sp(
                ids,
                COL_X + a * COL_W + 0.03,
                4.6 + k * 0.46,
                (b - a) * COL_W - 0.06,
                0.38,
                [para(label, 1000, color=INK)],
                fill=MIST,
                anchor="ctr",
            )
        )
    return out


def s12(ids: Ids) -> list[str]:
    out = header(
        ids,
        "THE PILOT",
        "One market first: the Tide Pass in New Zealand",
        "Seasons 16 and 17, on both stores, for the 41,000 monthly players in New Zealand only",
        12,
    )
    out.append(
        sp(
            ids,
            0.6,
            2.0,
            6.6,
            4.8,
            [
                para(
                    "Countdown to launch day (L = 25 May 2027, the first day of Season 16)",
                    1400,
                    bold=True,
                )
            ]
            + typed(
                [
                    "L-21 days: prices set in both store consoles at NZ$8.99",
                    "L-14 days: the Player Council plays the full reward track",
                    "L-7 days: a holdout of 5% of New Zealand players locked in Flipside",
                    "L+0: the Tide Pass goes live with Season 16",
                    "L+6 weeks: first read-out at the Season 16 review",
                    "L+12 weeks: Gate 2 evidence pack to the steering group",
                ],
                1300,
            ),
        )
    )
    out.append(
        sp(
            ids,
            7.5,
            2.0,
            5.2,
            4.8,
            [para("Why New Zealand", 1400, bold=True, color=TEAL)]
            + bullets(
                [
                    "English-speaking, one store price tier, small enough to undo",
                    "Players there look like our worldwide players on level and spend",
                    "The pass can be switched off for one country in a day",
                ],
                1250,
            )
            + [para("What we will not do there", 1400, bold=True, color=CORAL, before=800)]
            + bullets(
                ["No price tests above NZ$8.99", "No extra paid offers during the test"], 1250
            ),
            fill=SAND,
        )
    )
    return out


def s13(ids: Ids) -> list[str]:
    out = header(
        ids,
        "PHASES AND GATES",
        "What good looks like at each gate",
        "The steering group passes a gate only when every line under it is true",
        13,
    )
    cols = [
        (
            "Phase 1 \u00b7 Set the board",
            "Seasons 14 and 15, 2 March to 24 May 2027",
            "Gate 1 \u00b7 ready to test",
            [
                "Server-side purchase events arriving in Reefline",
                "Tide Pass prices heard by the Player Council",
                "Weekend cover agreed with the staff representatives",
            ],
        ),
        (
            "Phase 2 \u00b7 Prove it",
            "Seasons 16 to 18",
            "Gate 2 \u00b7 worldwide go/no-go",
            [
                "Tide Pass holders in the first market play at least as long as the holdout",
                "Refund requests under 1.5% of Tide Pass sales",
                "First reply within 24 hours on 75% of tickets",
                "All three met by the last day of Season 18 (27 September 2027)",
            ],
        ),
        (
            "Phase 3 \u00b7 Worldwide",
            "Seasons 19 to 22",
            "Gate 3 \u00b7 season review",
            [
                "Scorecard read out for all nine seasons",
                "Plan for Season 23 onwards agreed by the board",
            ],
        ),
    ]
    for k, (name, when, gate, crit) in enumerate(cols):
        x = 0.6 + k * 4.1
        out.append(
            sp(
                ids,
                x,
                2.0,
                3.95,
                1.0,
                [
                    para(name, 1500, bold=True, color=WHITE),
                    para(when, 1150, color=WHITE, before=200),
                ],
                fill=[TEAL, INK, CORAL][k],
            )
        )
        out.append(
            sp(
                ids,
                x,
                3.15,
                3.95,
                3.6,
                [para(gate, 1300, bold=True, color=CORAL)] + bullets(crit, 1200, char="\u2713"),
                fill=PALE,
            )
        )
    return out


RISKS = [
    ("Risk", "Likelihood", "Impact", "Mitigation"),
    (
        "R1 The Tide Pass feels pay-to-win",
        "Medium",
        "High",
        "Keep every level beatable on the free track; the Player Council reviews each track",
    ),
    (
        "R2 A store rejects the spending limit flow",
        "Low",
        "High",
        "Walk both stores' review teams through the flow before Season 16",
    ),
    (
        "R3 Weekend cover is not agreed in time",
        "Medium",
        "Medium",
        "Pay the support vendor's Saturday overtime rate until the talks close",
    ),
    (
        "R4 Server events arrive late",
        "Medium",
        "High",
        "Freeze new event types in Season 14 until purchase events land",
    ),
    (
        "R5 Featuring briefs miss the editors' window",
        "High",
        "Medium",
        "Lock each event's theme and art two seasons ahead",
    ),
    (
        "R6 Holdout players feel left out",
        "Low",
        "Medium",
        "Give the holdout every free event; redraw it once a year",
    ),
]


def s14(ids: Ids) -> list[str]:
    out = header(
        ids,
        "RISKS",
        "Rocks under the water",
        "Reviewed at every season end; a risk that turns red goes to the steering group the same week",
        14,
    )
    out.append(table(ids, 0.6, 2.0, [3.5, 1.3, 1.1, 6.2], RISKS))
    return out


def s15(ids: Ids) -> list[str]:
    out = header(
        ids,
        "THE FIRST 90 DAYS",
        "Clearing the reef",
        "2 March to 30 May 2027: weeks counted from the first day of Season 14",
        15,
    )
    left = [
        "Week 1: name one owner for each pillar and publish them on the wiki [Chief Operating Officer]",
        "Week 2: open co-operation talks on weekend player care cover [Head of Player Support]",
        "Week 3: agree the 25 contact reasons and retag open tickets [Player Care Operations Lead]",
        "Week 4: first Player Council session on Tide Pass prices [Community Manager]",
        "Week 6: server-side purchase events live in Reefline [Data Platform Lead]",
    ]
    right = [
        "Week 8: featuring briefs for the Season 16 and 17 events sent to both stores "
        "[Platform Partnerships Manager]",
        "Week 10: Safer Play certificates for all player care agents [Player Safety Lead]",
        "Week 11: Tide Pass holdout design signed off [Analytics Lead]",
        "Week 12: Gate 1 review on the last day of Season 15 [Chief Operating Officer]",
        "Week 13: the Tide Pass live in the first market [Live Ops Lead]",
    ]
    out.append(sp(ids, 0.6, 2.0, 5.95, 4.8, bullets(left, 1250, char="\u25b8")))
    out.append(sp(ids, 6.75, 2.0, 5.95, 4.8, bullets(right, 1250, char="\u25b8")))
    return out


def s16(ids: Ids) -> list[str]:
    out = header(
        ids,
        "FOR EVERY TEAM",
        "What changes on Monday",
        "Five habits that start in week 1, before any new tool arrives",
        16,
    )
    rows = [
        ("Live Ops", "Every event brief names its holdout before it goes to build."),
        ("Player Care", "Tickets are tagged with a contact reason before they are closed."),
        ("Growth", "No store creative ships without a test cell."),
        ("Engineering", "No new event type ships without its server-side event."),
        (
            "Everyone",
            "A question about a player's age goes to the Player Safety Lead, not into a reply.",
        ),
    ]
    for k, (team, habit) in enumerate(rows):
        y = 2.0 + k * 0.95
        out.append(
            sp(
                ids,
                0.6,
                y,
                2.6,
                0.8,
                [para(team, 1500, bold=True, color=WHITE)],
                fill=TEAL,
                anchor="ctr",
            )
        )
        out.append(sp(ids, 3.4, y, 9.3, 0.8, [para(habit, 1500)], fill=PALE, anchor="ctr"))
    return out


def s17(ids: Ids) -> list[str]:
    out = header(ids, "GOVERNANCE", "Who decides", None, 17)
    out.append(
        sp(
            ids,
            0.6,
            1.7,
            7.6,
            5.1,
            bullets(
                [
                    "Sponsor: the Chief Operating Officer, who chairs the Tide Rising steering group",
                    "The steering group meets at every season end, every six weeks, and decides each gate",
                    "A weekly live-ops stand-up, run by the Live Ops Director",
                    "The Chief Financial Officer holds the budget and takes anything above it to the board",
                    "One scorecard, from Tidewater, is the only set of numbers in the room",
                ],
                1400,
            ),
        )
    )
    out.append(
        sp(
            ids,
            8.5,
            1.7,
            4.2,
            5.1,
            [para("Heard, not deciding", 1400, bold=True, color=CORAL)]
            + typed(
                [
                    "\u2013 The Player Council is heard before any change to Tide Pass prices or "
                    "the free track.",
                    "\u2013 The staff representatives are consulted before any change to working "
                    "hours or weekend work.",
                ],
                1200,
            ),
            fill=SAND,
        )
    )
    return out


def s18(ids: Ids) -> list[str]:
    out = header(ids, "DECISIONS", "What we ask of the board today", None, 18)
    out.append(
        sp(
            ids,
            0.6,
            1.7,
            12.1,
            5.1,
            typed(
                [
                    "1. Approve Tide Rising for Season 14 to Season 22, ending 13 March 2028",
                    "2. Release \u20ac2.4M for Seasons 14 to 18; the rest only after Gate 2",
                    "3. Approve the Tide Pass test in New Zealand at NZ$8.99",
                    "4. Delegate Gates 1 and 2 to the Chief Operating Officer; Gate 3 comes back "
                    "to the board",
                    "5. Back the spending limit being on by default for every under-18 account",
                ],
                1700,
            ),
        )
    )
    return out


SLIDES = [s01, s02, s03, s04, s05, s06, s07, s08, s09, s10, s11, s12, s13, s14, s15, s16, s17, s18]
LAYOUT_OF = {1: "Title - Center", 10: "Big Fact", 5: "Title & Bullets", 6: "Title & Bullets"}
LAYOUT_OF |= {7: "Title & Bullets", 8: "Title & Bullets", 9: "Title & Bullets"}

NOTES = {
    2: "Figures are for calendar 2026 from Tidewater unless a season is named. Driftwood Saga's "
    "figure is from its publisher's investor call, not ours to chase.",
    10: "Each tile is one measure. The featuring number is left open until both stores' partner "
    "managers have seen the season calendar.",
    11: "Season 14 starts on Tuesday 2 March 2027. Seasons run six weeks, Tuesday to Monday, so "
    "Season 22 closes on Monday 13 March 2028. Later seasons are shown only so nobody plans "
    "into them by accident.",
    12: "After these two seasons we call New Zealand simply the first market.",
}


# =========================================================================== the package


def build_deck() -> bytes:
    prs = Presentation()
    prs.slide_width, prs.slide_height = Emu(12192000), Emu(6858000)
    for layout in list(prs.slide_layouts):
        if layout.name not in LAYOUTS:
            prs.slide_layouts.remove(layout)
    by_name = {}
    for layout in prs.slide_layouts:
        by_name[LAYOUTS[layout.name]] = layout
        layout._element.cSld.set("name", LAYOUTS[layout.name])
    for n, make in enumerate(SLIDES, start=1):
        slide = prs.slides.add_slide(by_name[LAYOUT_OF.get(n, "Blank")])
        tree = slide.shapes._spTree
        for ph in list(slide.placeholders):
            tree.remove(ph._element)
        for xml in make(Ids(n * 1000)):
            tree.append(etree.fromstring(xml))
        if n in NOTES:
            slide.notes_slide.notes_text_frame.text = NOTES[n]
    core = prs.core_properties
    core.author = "Marc Thibodeau"
    core.last_modified_by = "Marc Thibodeau"
    core.title = "Tide Rising - Board 2027-02-09"
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


# =========================================================================== the team sheet

ROLES = [
    ("Role", "Team", "Lead", "What they own"),
    (
        "Chief Executive Officer",
        "Studio Leadership",
        "Aino Rautio",
        "The studio's strategy, the board and our investors; takes Gate 3 and any plan for "
        "later seasons to the board.",
    ),
    (
        "Chief Operating Officer",
        "Studio Leadership",
        "Marc Thibodeau",
        "Executive sponsor of Tide Rising and chair of its steering group; go/no-go at Gates 1 "
        "and 2 as delegated by the board; day-to-day running of both studios.",
    ),
    (
        "Chief Financial Officer",
        "Finance",
        "Helena Korpela",
        "Budgets and their release season by season, store payouts and VAT, revenue reporting "
        "to the board.",
    ),
    (
        "Game Director, Tidepool Tiles",
        "Tidepool Tiles",
        "Olli Haapanen",
        "The game's design and levels, and the first seven days of play (tutorial reef, "
        "onboarding rewards); owns day-30 retention of new players.",
    ),
    (
        "Live Ops Director",
        "Live Ops",
        "Priya Nadeau",
        "The season calendar, live events and their content, the Tide Pass's design and "
        "cadence, in-game returns for lapsed players; runs the weekly live-ops stand-up.",
    ),
    (
        "Live Ops Producer",
        "Live Ops",
        "Jesse Lindqvist",
        "The season release train: content lock dates, build and store submission slots, the "
        "season-end checklist, and what may or may not ship in a season.",
    ),
    (
        "Lead Economy Designer",
        "Tidepool Tiles",
        "Sanna Kivel\u00e4",
        "Coins, boosters and rewards; the balance of the Tide Pass's free and premium tracks "
        "and what the reward track shows before anyone buys.",
    ),
    (
        "Head of Monetisation",
        "Growth",
        "Daniel Okafor",
        "In-game offers and store price points in every market, Tide Pass sales, net revenue "
        "per daily active player.",
    ),
    (
        "Growth Marketing Manager",
        "Growth",
        "Camille Roy",
        "Paid acquisition within the yearly budget, ad creatives, store listings, custom "
        "product pages and screenshot tests, push and email messages to lapsed players; "
        "monthly active players.",
    ),
    (
        "Platform Partnerships Manager",
        "Growth",
        "Mikael Stenberg",
        "Our relationships with Apple's and Google's editorial and partner teams: featuring "
        "briefs and nominations, in-app events on both stores, store policy changes.",
    ),
    (
        "Head of Player Care",
        "Player Care",
        "\u00c9milie Gagnon",
        "Player care policy and standards, refund and goodwill rules, the support vendor's "
        "contract and its languages, player care satisfaction; leads any change to player "
        "care working hours through the co-operation procedure.",
    ),
    (
        "Player Care Operations Lead",
        "Player Care",
        "Tuomas Reinikainen",
        "HelpDeck queues, macros and contact-reason tags, agent rotas, first-reply times, and "
        "the ticket data with its weekly export to Tidewater.",
    ),
    (
        "Community Manager",
        "Player Care",
        "Leah Whitford",
        "Discord, the forums and patch notes; convenes the Player Council and keeps its minutes.",
    ),
    (
        "Player Safety Lead",
        "Trust and Safety",
        "Kaisa M\u00e4enp\u00e4\u00e4",
        "See the Player Safety Policy, section 6.",
    ),
    (
        "Game Analytics Lead",
        "Data",
        "Ravi Menon",
        "Metric definitions and the season scorecard, experiment design, holdouts and "
        "read-outs; the measures listed against this role in the metric definitions.",
    ),
    (
        "Data Platform Lead",
        "Data",
        "Jonas Aaltonen",
        "Reefline, Tidewater and the analytics SDKs in the game; see the systems inventory.",
    ),
    (
        "Live Ops Engineering Lead",
        "Engineering",
        "Sophie Tremblay",
        "The live-ops backend: Flipside remote config and experiment assignment, the Tide "
        "Pass service, store receipt validation and purchase restores.",
    ),
    (
        "Client Engineering Lead",
        "Engineering",
        "Ville Nieminen",
        "The game client on iOS and Android, app builds and their store submissions, client "
        "performance, the in-game settings screens.",
    ),
    (
        "Head of People",
        "People and Culture",
        "Tiina Halonen",
        "Hiring, onboarding, the studio's training plan and budget, LearnLoop (our learning "
        "platform); prepares written proposals for the co-operation procedure.",
    ),
    (
        "Legal and Privacy Counsel",
        "Legal",
        "Nora B\u00e9langer",
        "Contracts, privacy notices and data protection, store terms, consumer law in each market.",
    ),
    (
        "Player Council",
        "Consult only",
        "Rotating chair (a player)",
        "Advises on prices, the free track and events before they change; decides nothing. "
        "See the charter.",
    ),
    (
        "Staff Co-operation Forum",
        "Consult only",
        "Two elected staff representatives",
        "Consulted under the co-operation procedure on working hours, weekend work and "
        "outsourcing; decides nothing. See the forum note.",
    ),
]
EMPTY_ROWS = 3  # the sheet's formatted but empty rows, exported as lines of tabs


def build_roster() -> bytes:
    lines = ["\t".join(row) for row in ROLES] + ["\t" * 3] * EMPTY_ROWS
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


# =========================================================================== the policy PDF

POLICY_TITLE = "Player Safety Policy v3.1"
POLICY_TEXT = [
    ("h", "Kuura Harbour Games - Player Safety Policy"),
    (
        "p",
        "Version 3.1. Approved by the leadership team on 12 December 2026. Applies to "
        "Tidepool Tiles on iOS and Android in every market.",
    ),
    ("h", "1 Purpose"),
    (
        "p",
        "This policy says how we protect players under 18, and anyone who spends money in "
        "the game. It follows our reading of the UK Age Appropriate Design Code, the EU Digital "
        "Services Act and the rules of both stores. Where a market's law asks for more, the "
        "Legal and Privacy Counsel tells us what more.",
    ),
    ("h", "2 Knowing a player's age"),
    (
        "p",
        "2.1 The game asks for a birth year only, once, at first launch, and has no way to "
        "check the answer.",
    ),
    (
        "p",
        "2.2 Players who give an age under 13 get no chat, no push messages about sales and "
        "no personalised offers. Players aged 13 to 17 get no offers timed to a lost level.",
    ),
    ("h", "3 Spending"),
    (
        "p",
        "3.1 The game has no in-game spending limit; parents rely on the parental controls "
        "of the App Store and Google Play.",
    ),
    (
        "p",
        "3.2 We do not sell random paid items. Every paid reward is shown in full before "
        "the player pays.",
    ),
    (
        "p",
        "3.3 A parent who writes to us about a purchase by a child under 18 gets an answer "
        "from a person within five working days. The Head of Player Care decides these refunds.",
    ),
    ("h", "4 Offers and design"),
    ("p", "4.1 No countdown timer on a paid offer may be shorter than 24 hours."),
    ("p", "4.2 The settings screen shows what the player has spent this month."),
    ("h", "5 Incidents"),
    (
        "p",
        "5.1 A report that a child may be at risk goes to the Player Safety Lead the same "
        "day, whatever the queue.",
    ),
    ("h", "6 Roles"),
    (
        "p",
        "6.1 The Player Safety Lead owns this policy and its yearly review, the age "
        "questions in the game, the design of spending limits and the Safer Play "
        "certification.",
    ),
    (
        "p",
        "6.2 Safer Play certification: every player care agent and community moderator who "
        "may answer a player under 18 must hold a Safer Play certificate, renewed every year. "
        "The Player Safety Lead sets the course and the test and signs each certificate; the "
        "course itself is hosted on LearnLoop.",
    ),
    (
        "p",
        "6.3 The Player Safety Lead may stop any release that breaks this policy, and "
        "reports every stop to the Chief Operating Officer.",
    ),
    (
        "p",
        "6.4 The Legal and Privacy Counsel advises on the law in each market; the Player "
        "Council is heard on changes that players will notice.",
    ),
    ("h", "7 Review"),
    ("p", "Next review: December 2027, or sooner if a store or a regulator changes its rules."),
]


def _pdf_text(text: str) -> str:
    return "<" + text.encode("cp1252").hex().upper() + ">"


def build_policy() -> bytes:
    """The policy as a PDF written object by object: Helvetica and Helvetica-Bold (WinAnsi),
    one text object per line, a new page at a heading past line 44, fixed dates and ID."""
    lines: list[tuple[str, str]] = []
    for kind, text in POLICY_TEXT:
        if kind == "h":
            lines += [("gap", ""), ("h", text)]
        else:
            lines += [("p", t) for t in textwrap.wrap(text, 92)]
    pages: list[list[tuple[str, str]]] = [[]]
    y = 0
    for item in lines:
        if y > 44 and item[0] == "gap":
            pages.append([])
            y = 0
            continue
        pages[-1].append(item)
        y += 1
    streams = []
    for page in pages:
        ops, top = [], 780
        for kind, text in page:
            if kind == "gap":
                top -= 8
                continue
            font, size = ("F2", 12) if kind == "h" else ("F1", 10)
            ops.append(f"BT /{font} {size} Tf 56 {top} Td {_pdf_text(text)} Tj ET")
            top -= 18 if kind == "h" else 14
        ops.append(f"BT /F1 8 Tf 56 40 Td {_pdf_text(POLICY_TITLE + ' - internal')} Tj ET")
        streams.append("\n".join(ops).encode("latin-1"))
    objs: list[bytes] = []
    n_pages = len(pages)
    kids = " ".join(f"{6 + 2 * k} 0 R" for k in range(n_pages))
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objs.append(f"<< /Type /Pages /Kids [{kids}] /Count {n_pages} >>".encode())
    for name in ("Helvetica", "Helvetica-Bold"):
        objs.append(
            f"<< /Type /Font /Subtype /Type1 /BaseFont /{name} /Encoding /WinAnsiEncoding >>".encode()
        )
    objs.append(
        b"<< /Title (" + POLICY_TITLE.encode() + b") /Author (Kaisa Maenpaa) "
        b"/Creator (Google Docs) /Producer (Skia/PDF m131 Google Docs Renderer) "
        b"/CreationDate (D:20261212094503Z) /ModDate (D:20261212094503Z) >>"
    )
    for k, stream in enumerate(streams):
        objs.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents {7 + 2 * k} 0 R "
            "/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> >>".encode()
        )
        objs.append(f"<< /Length {len(stream)} >>\nstream\n".encode() + stream + b"\nendstream")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for k, body in enumerate(objs, start=1):
        offsets.append(len(out))
        out += f"{k} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    doc_id = "8F3C2A61D04E4B7A9C15E2B6A0D7F913"
    out += (
        f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 5 0 R "
        f"/ID [<{doc_id}> <{doc_id}>] >>\nstartxref\n{xref}\n%%EOF\n"
    ).encode()
    return bytes(out)


# =========================================================================== org text files

TERMS = """
# Tide Rising Steering Group: terms of reference

Agreed by the leadership team on 26 January 2027, subject to the board approving Tide Rising on
9 February 2027.

## Purpose

The steering group runs Tide Rising from Season 14 to Season 22 and decides at each gate whether
the plan goes on, goes on with conditions, or stops.

## Chair and sponsor

The Chief Operating Officer chairs the group and is the executive sponsor of Tide Rising. The
board delegates Gates 1 and 2 to the chair. Gate 3, and any change to the plan's total budget,
goes back to the board, presented by the Chief Executive Officer.

## Members

- Chief Operating Officer (chair)
- Chief Financial Officer, who releases the budget season by season
- Live Ops Director
- Game Director, Tidepool Tiles
- Head of Monetisation
- Head of Player Care
- Game Analytics Lead, who brings the season scorecard
- Player Safety Lead, who may stop any change that breaks the Player Safety Policy

Attending without a say in decisions: the Community Manager, who reports what the Player Council
said, and one staff representative when an item touches working hours.

## Cadence

The group meets on the Wednesday after each season ends, so every six weeks. A gate meeting
takes the season scorecard from Harbourview and the risk log, and minutes its decision the same
day.

## Who decides what

| Decision | Decides | Prepares | Heard first |
|---|---|---|---|
| Pass Gate 1 or Gate 2 | Chief Operating Officer | Live Ops Director | Player Council, Staff Co-operation Forum |
| Pass Gate 3, plan for later seasons | the board | Chief Executive Officer | steering group |
| Release the next season's budget | Chief Financial Officer | Chief Operating Officer | steering group |
| Tide Pass price in a market | Head of Monetisation | Lead Economy Designer | Player Council |
| Stop a release on safety grounds | Player Safety Lead | Live Ops Producer | Legal and Privacy Counsel |
"""

COUNCIL = """
PLAYER COUNCIL - CHARTER
Version 2, October 2025. Kept by the Community Manager.

Who sits on it
The council is 24 players chosen each spring from volunteers on Discord and in the game: at
least six from outside Europe and North America, and eight parents of players under 16.
Nobody under 18 sits on the council.

What it does
The council plays new content before release, twice a season, and tells us what it thinks.
The Community Manager convenes it, writes the agenda with the Live Ops Director and keeps the
minutes.

What we owe it
The council must be consulted before any change to the price of a season pass or to what its
free track gives, and it has 14 days to answer.
We publish a short note of what we changed, or did not change, after each session.

What it does not do
The council advises. It does not decide, approve or sign off anything, and it is never given a
piece of work to deliver. Members get a thank-you bundle of coins each season and are not paid.
"""

FORUM = """
# Staff Co-operation Forum

A note from the Head of People for anyone planning a change, January 2027.

Kuura Harbour Games follows Finland's Act on Co-operation within Undertakings (1333/2021) in both
offices: by studio agreement the Port Alder team takes part through the same forum. The forum is
two elected staff representatives, one from J\u00e4rvel\u00e4 and one from Port Alder, elected for two years
in November 2025.

## When the forum must be consulted

- before any change to working hours, shift patterns, evening work or weekend work;
- before work done by a team is moved to a vendor, or a vendor's work is brought in-house;
- before any new way of measuring an individual employee's work.

Weekend work in player care cannot start until the co-operation negotiations have ended; they
last at least 14 days from the written proposal, which the Head of People prepares with the
head of the team concerned.

## What the forum does not do

The forum gives its view and may ask for more information. Management decides after the
negotiations. The forum owns no work and is not asked to deliver any.
"""

SYSTEMS = """
# Systems and data inventory

Kept by the Data Platform Lead. Last reviewed 18 January 2027, at the end of Season 12.

| System | What it does | Owner | Notes |
|---|---|---|---|
| Tidepool Tiles client | the game, built in Unity for iOS and Android | Client Engineering Lead | one build a season; a hotfix needs a store review |
| Reefline | event pipeline from the game client into Tidewater | Data Platform Lead | about 2.1 billion events a day |
| Tidewater | our data warehouse (BigQuery), player-day tables back to launch in 2023 | Data Platform Lead | the one source for the season scorecard |
| Harbourview | our reporting tool (Looker on Tidewater): the season scorecard and daily views | Game Analytics Lead | every board number comes from here |
| Flipside | remote config: switches events, offers and prices on or off by market | Live Ops Engineering Lead | |
| Receipt service | validates App Store and Google Play receipts | Live Ops Engineering Lead | |
| HelpDeck | player care tickets, macros and tags | Player Care Operations Lead | weekly export to Tidewater |
| LearnLoop | learning platform: courses, tests and certificates | Head of People | the Safer Play course runs here |

The Tide Pass service does not exist yet; it is to be built by the Live Ops Engineering Lead in
Phase 1.

## Limits we know about

- Reefline only covers client-side events: purchases and rewards granted by the server never
  reach it, so a purchase cannot be joined to the session that led to it.
- Flipside has no holdout groups.
- Cohort splits are kept in a spreadsheet by the Game Analytics Lead and pasted into Flipside by
  hand at the start of each season.
- HelpDeck tickets are not retained beyond 180 days, and the reason for contact is whatever the
  agent typed.

## Who to ask

Pipeline, Tidewater and the SDKs: the Data Platform Lead. Definitions, Harbourview and experiment
read-outs: the Game Analytics Lead. Flipside and receipts: the Live Ops Engineering Lead.
"""

MEASURES = """
# Metric definitions

Owned by the Game Analytics Lead; each measure's owner answers for its number at the season-end
review. Baselines as of January 2027. Source for all: Tidewater, through Harbourview, unless
stated.

| Measure | Definition | Owner | Baseline |
|---|---|---|---|
| Day-30 retention, new players | share of a season's new installs who open the game on day 30 after install | Game Director, Tidepool Tiles | 6.4% (Season 12 installs) |
| Monthly active players | distinct players who open the game at least once in a calendar month | Growth Marketing Manager | 3.1 million (December 2026) |
| Net revenue per daily active player | net revenue after store fees and VAT over daily active players, averaged over a season | Head of Monetisation | EUR 0.058 (2026) |
| Monthly players holding a Tide Pass | share of monthly active players who bought the premium track of that season's Tide Pass | Live Ops Director | new measure |
| Tickets with a first reply within 24 hours | share of tickets whose first human reply came within 24 hours (source: HelpDeck) | Player Care Operations Lead | 31% (Season 12) |
| Player care satisfaction score | average 1 to 5 answer to the survey sent when a ticket closes (source: HelpDeck) | Head of Player Care | 3.4 (Season 12 sample of 2,000 tickets) |
| Live-ops changes shipped with a holdout | share of changes switched on in Flipside with a holdout read out afterwards | Game Analytics Lead | 10% (4 of 41 in 2026) |
| Under-18 accounts with a spending limit on | accounts whose stated age is under 18 with a monthly limit set | Player Safety Lead | 0% |
| Store featuring moments | weeks in which either store features the game or one of its events | Platform Partnerships Manager | 2 (2026) |

Featuring has no target by design: both stores' partner managers advise against promising one.
"""

CARE = """
# Player care today

Notes for Tide Rising by the Player Care Operations Lead, 20 January 2027.

## Who answers

- Our own team: nine agents in Port Alder, answering in English and French, and two in J\u00e4rvel\u00e4
  answering in Finnish.
- Brightwave Support, our vendor: 22 agents answering in English. The contract is held by the
  Head of Player Care and renews on 31 May 2027.
- Brightwave works only on weekdays, 08:00 to 20:00 Finnish time, so a ticket sent on a Friday
  evening waits until Monday morning.

## What players write about (Season 12)

- Lost or missing purchases: 38%
- Progress lost after changing phones: 21%
- Refund requests: 14%, a third of them from parents
- Everything else: 27%

## How refunds work

The stores decide most refunds themselves. When a parent writes to us, the Head of Player Care
decides. Refund decisions for players under 18 are logged by hand in a shared sheet, one tab a
month.

## Safer Play

Agents who may answer a parent or a player under 18 need a Safer Play certificate. Six of our 33
agents hold one; the Player Safety Lead runs the certification.
"""

PLATFORM = """
From: Mikael Stenberg (Platform Partnerships Manager)
To: Priya Nadeau (Live Ops Director); Camille Roy (Growth Marketing Manager)
Cc: Marc Thibodeau
Date: Thu, 21 Jan 2027 10:12:40 -0800
Subject: Featuring for Seasons 16-18, what the stores need from us

Hi both,

After Tuesday's calls, the short version.

Apple's editors want each event's brief and key art six to eight weeks before the event goes
live. Seasons 14 and 15 are already inside that window, so Season 16 is our first real chance.

Since Rhea left Google in October we have no named contact at Google Play; requests go through
the partner form and take about three weeks to get a reply.

Both stores will list our season events as in-app events if we submit them with the build. The
Live Ops Producer has the submission slots.

Please send featuring briefs through me rather than straight to the stores. The brief template
is on the wiki.

Mikael
"""

FACTS = """
# Kuura Harbour Games: facts for 2027 planning

- Founded in 2019 in J\u00e4rvel\u00e4, Finland; second studio in Port Alder, British Columbia, since 2022.
- 148 staff: 97 in J\u00e4rvel\u00e4, 51 in Port Alder.
- One live game, Tidepool Tiles, launched in October 2023 on iOS and Android; 3.1 million monthly
  players in December 2026. Biggest markets: United States, Germany, Finland, Canada, United
  Kingdom.
- Net revenue 2026: EUR 41.8 million after store fees; 71% from in-game purchases, 29% from ads.
- Paid acquisition budget for 2027: EUR 6.0 million, held by the Growth Marketing Manager.
- Tide Rising's executive sponsor is the Chief Operating Officer, who chairs its steering group.
- Training: the Head of People owns the studio's training plan and its 2027 budget of
  EUR 310,000; courses and certificates run on LearnLoop.
- Every number in a board paper comes from Tidewater through Harbourview.
"""

ORG_TEXT = {
    "org/governance/steering-group-terms-of-reference.md": TERMS,
    "org/governance/player-council-charter.txt": COUNCIL,
    "org/governance/staff-co-operation-forum.md": FORUM,
    "org/systems/systems-and-data-inventory.md": SYSTEMS,
    "org/measures/metric-definitions.md": MEASURES,
    "org/context/player-care-today.md": CARE,
    "org/context/email-2027-01-21-featuring.txt": PLATFORM,
    "org/context/studio-facts-2027.md": FACTS,
}


def build(out: Path) -> None:
    root = out / CASE
    files: dict[str, str | bytes] = {
        DECK: build_deck(),
        ROSTER: build_roster(),
        POLICY: build_policy(),
    }
    files.update(ORG_TEXT)
    write_files(root, files)


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
