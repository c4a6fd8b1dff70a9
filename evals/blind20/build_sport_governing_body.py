"""Build the blind20 case ``sport-governing-body``: its deck and its org folder, deterministically.

Run from the repository root with the project's venv (python-pptx, python-docx and lxml):

    .venv/bin/python evals/blind20/build_sport_governing_body.py [out]

Writes, under ``evals/blind20/sport-governing-body/`` (or ``<out>/sport-governing-body/``):

- ``Open-Play-2030-Board-June-2027.pptx``: a national sports governing body's three-season
  modernisation plan, a 16:9 design made in CANVA and downloaded as PowerPoint, with what such a
  download carries: ``docProps/app.xml`` naming Canva as the application, the slide at Canva's
  1920 x 1080 px (18288000 x 10287000 EMU, positions in whole pixels of 9525 EMU), one blank
  layout and no placeholder anywhere; every text a free text box (``txBox="1"``, "TextBox N")
  with zero insets, explicit line spacing and Canva's font names; drawn shapes as custom-geometry
  "Freeform N" shapes; cards and tiles as "Group N" groups (a big-number text box over a label
  text box); a solid background on every slide; no speaker notes.
- ``org/``: the body's staff handbook page with its org chart as nested Markdown lists
  (``people/staff-structure.md``), the terms of reference of the Board's committees and the
  programme board, a data retention schedule (Word), the systems and data register, the measure
  definitions, the terms of the two consulted bodies, the pilot county's profile, an email and a
  summary of the Sport England award's conditions.

Re-running it rewrites every file byte for byte: the PPTX and the DOCX with fixed ZIP entry
times (entries sorted after ``[Content_Types].xml``) and fixed document dates, the text files as
literal strings. It never touches ``gold.json``. This is a BLIND case (split "blind20").
"""

from __future__ import annotations

import io
import math
import sys
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from docx import Document
from docx.shared import Pt
from lxml import etree
from pptx import Presentation
from pptx.opc.packuri import PackURI
from pptx.util import Emu

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals.dev16._build import Stamp, normalize_zip, write_files  # noqa: E402

HERE = Path(__file__).resolve().parent
CASE = "sport-governing-body"
DECK = "Open-Play-2030-Board-June-2027.pptx"
STAMP = Stamp((2027, 6, 4, 9, 12, 40), "2027-06-04T09:12:40Z")
DOC_STAMP = Stamp((2027, 5, 17, 14, 3, 0), "2027-05-17T14:03:00Z")

PX = 9525  # EMU per Canva pixel
W, H = 1920, 1080
NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
NS_P = "http://schemas.openxmlformats.org/presentationml/2006/main"
NSDECL = f'xmlns:a="{NS_A}" xmlns:p="{NS_P}"'

HEAD_FONT = "Montserrat Bold"
BODY_FONT = "Canva Sans"
BOLD_FONT = "Canva Sans Bold"
GREEN = "0B3D2E"
GOLD = "D99A1E"
INK = "1F2A26"
GREY = "5E6A65"
PAPER = "F6F4EE"
CARD = "FFFFFF"
MINT = "E3EEE8"
WHITE = "FFFFFF"
TOTAL = 20

APP_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"'
    ' xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    "<TotalTime>0</TotalTime><Words>0</Words><Application>Canva</Application>"
    "<PresentationFormat>Custom</PresentationFormat><Paragraphs>0</Paragraphs>"
    "<Slides>{slides}</Slides><Notes>0</Notes><HiddenSlides>0</HiddenSlides><MMClips>0</MMClips>"
    "<ScaleCrop>false</ScaleCrop><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>"
    "<HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0000</AppVersion></Properties>"
)


# =========================================================================== Canva-style XML


class Ids:
    """Shape ids of one slide, counted from 2 as Canva counts them (1 is the shape tree)."""

    def __init__(self) -> None:
        self.n = 1

    def next(self) -> int:
        self.n += 1
        return self.n


@dataclass(frozen=True)
class P:
    """One paragraph of a text box: its text, size in hundredths of a point, font and colour."""

    text: str
    size: int = 2200
    font: str = BODY_FONT
    color: str = INK
    algn: str = "l"
    bullet: bool = False


def _px_size(size: int) -> float:
    return size / 100 * W / 1440


def _height(paras: Sequence[P], w: int) -> int:
    """The height Canva's auto-fit would give the box, estimated from characters per line."""
    total = 0.0
    for p in paras:
        px = _px_size(p.size)
        wide = 0.6 if p.font == HEAD_FONT else 0.52
        room = w - (39 if p.bullet else 0)
        lines = max(1, math.ceil(len(p.text) * px * wide / room))
        total += lines * px * 1.3
    return int(round(total))


def _para(p: P) -> str:
    line = int(round(p.size * 1.3))
    if p.bullet:
        ppr = (
            f'<a:pPr marL="371475" lvl="1" indent="-185738" algn="{p.algn}">'
            f'<a:lnSpc><a:spcPts val="{line}"/></a:lnSpc>'
            f'<a:buFont typeface="Arial"/><a:buChar char="\u2022"/></a:pPr>'
        )
    else:
        ppr = (
            f'<a:pPr algn="{p.algn}"><a:lnSpc><a:spcPts val="{line}"/></a:lnSpc>'
            f'<a:spcBef><a:spcPct val="0"/></a:spcBef></a:pPr>'
        )
    rpr = (
        f'<a:rPr lang="en-GB" sz="{p.size}"><a:solidFill><a:srgbClr val="{p.color}"/>'
        f'</a:solidFill><a:latin typeface="{p.font}"/><a:ea typeface="{p.font}"/>'
        f'<a:cs typeface="{p.font}"/><a:sym typeface="{p.font}"/><a:rtl val="0"/></a:rPr>'
    )
    return f"<a:p>{ppr}<a:r>{rpr}<a:t>{escape(p.text)}</a:t></a:r></a:p>"


def _xfrm(x: int, y: int, w: int, h: int) -> str:
    return (
        f'<a:xfrm><a:off x="{x * PX}" y="{y * PX}"/><a:ext cx="{w * PX}" cy="{h * PX}"/></a:xfrm>'
    )


def tb(ids: Ids, x: int, y: int, w: int, paras: Sequence[P], h: int | None = None) -> str:
    """A Canva text box: ``txBox``, zero insets, auto-fit, one run a paragraph."""
    sid = ids.next()
    h = h or _height(paras, w)
    body = "".join(_para(p) for p in paras)
    return (
        f'<p:sp {NSDECL}><p:nvSpPr><p:cNvPr id="{sid}" name="TextBox {sid}"/>'
        f'<p:cNvSpPr txBox="1"/><p:nvPr/></p:nvSpPr><p:spPr>{_xfrm(x, y, w, h)}'
        f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr>'
        f'<p:txBody><a:bodyPr lIns="0" tIns="0" rIns="0" bIns="0" rtlCol="0" anchor="t">'
        f"<a:spAutoFit/></a:bodyPr><a:lstStyle/>{body}</p:txBody></p:sp>"
    )


def text(ids: Ids, x: int, y: int, w: int, words: str, size: int = 2200, **kw: str) -> str:
    return tb(ids, x, y, w, [P(words, size, **kw)])  # type: ignore[arg-type]


def freeform(ids: Ids, x: int, y: int, w: int, h: int, fill: str, shape: str = "rect") -> str:
    """A drawn shape as Canva exports it: custom geometry, "Freeform N", no text body."""
    sid = ids.next()
    cx, cy = w * PX, h * PX
    if shape == "diamond":
        pts = [(cx // 2, 0), (cx, cy // 2), (cx // 2, cy), (0, cy // 2)]
    else:
        pts = [(0, 0), (cx, 0), (cx, cy), (0, cy)]
    path = f'<a:moveTo><a:pt x="{pts[0][0]}" y="{pts[0][1]}"/></a:moveTo>' + "".join(
        f'<a:lnTo><a:pt x="{px}" y="{py}"/></a:lnTo>' for px, py in pts[1:]
    )
    return (
        f'<p:sp {NSDECL}><p:nvSpPr><p:cNvPr id="{sid}" name="Freeform {sid}"/><p:cNvSpPr/>'
        f"<p:nvPr/></p:nvSpPr><p:spPr>{_xfrm(x, y, w, h)}<a:custGeom><a:avLst/><a:gdLst/>"
        f'<a:ahLst/><a:cxnLst/><a:rect l="l" t="t" r="r" b="b"/><a:pathLst>'
        f'<a:path w="{cx}" h="{cy}">{path}<a:close/></a:path></a:pathLst></a:custGeom>'
        f'<a:solidFill><a:srgbClr val="{fill}"/></a:solidFill></p:spPr></p:sp>'
    )


def group(ids: Ids, x: int, y: int, w: int, h: int, make) -> str:  # type: ignore[no-untyped-def]
    """A Canva group at (x, y, w, h) whose children ``make(ids)`` draws in slide pixels."""
    sid = ids.next()
    kids = "".join(make(ids))
    off = f'<a:off x="{x * PX}" y="{y * PX}"/><a:ext cx="{w * PX}" cy="{h * PX}"/>'
    ch = f'<a:chOff x="{x * PX}" y="{y * PX}"/><a:chExt cx="{w * PX}" cy="{h * PX}"/>'
    return (
        f'<p:grpSp {NSDECL}><p:nvGrpSpPr><p:cNvPr id="{sid}" name="Group {sid}"/>'
        f"<p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm>{off}{ch}</a:xfrm>"
        f"</p:grpSpPr>{kids}</p:grpSp>"
    )


def tile(ids: Ids, x: int, y: int, w: int, h: int, big: str, label: str, *, fill: str = CARD):
    """A big-number tile: a card, the number in its own text box, the label box under it."""

    def make(ids: Ids) -> list[str]:
        return [
            freeform(ids, x, y, w, h, fill),
            text(ids, x + 28, y + 26, w - 56, big, 6000, font=HEAD_FONT, color=GREEN),
            tb(ids, x + 28, y + 140, w - 56, [P(label, 1900, color=INK)]),
        ]

    return group(ids, x, y, w, h, make)


def header(ids: Ids, eyebrow: str, title: str, page: int, sub: str | None = None) -> list[str]:
    out = [
        freeform(ids, 0, 0, 24, H, GREEN),
        text(ids, 96, 60, 1200, eyebrow, 1700, font=BOLD_FONT, color=GOLD),
        tb(ids, 96, 98, 1728, [P(title, 4200, font=HEAD_FONT, color=GREEN)]),
    ]
    if sub:
        out.append(text(ids, 96, 186, 1728, sub, 1900, color=GREY))
    out += [
        text(
            ids,
            96,
            1020,
            1200,
            "Albion Rugby Union \u00b7 Open Play 2030 \u00b7 Board, 15 June 2027",
            1200,
            color=GREY,
        ),
        text(ids, 1704, 1020, 120, str(page), 1200, color=GREY, algn="r"),
    ]
    return out


def card_list(
    ids: Ids, x: int, y: int, w: int, head: str, items: Sequence[str], *, size: int = 2000
) -> list[str]:
    """A heading text box and one bulleted text box a line under it (Canva's list style)."""
    out = [text(ids, x, y, w, head, 2000, font=BOLD_FONT, color=GREEN)]
    top = y + 48
    for item in items:
        paras = [P(item, size, bullet=True)]
        out.append(tb(ids, x, top, w, paras))
        top += _height(paras, w) + 18
    return out


# =========================================================================== slides


def s01(ids: Ids) -> list[str]:
    return [
        freeform(ids, 0, 0, W, H, GREEN),
        freeform(ids, 96, 250, 120, 8, GOLD),
        text(ids, 96, 200, 1200, "ALBION RUGBY UNION", 2000, font=BOLD_FONT, color=GOLD),
        text(ids, 96, 290, 1500, "Open Play 2030", 9600, font=HEAD_FONT, color=WHITE),
        text(ids, 96, 480, 1500, "Modernising how the community game is run", 3200, color=WHITE),
        text(
            ids,
            96,
            820,
            1500,
            "Board of Directors \u00b7 15 June 2027 \u00b7 Paper 6",
            2000,
            color=WHITE,
        ),
        text(
            ids,
            96,
            870,
            1500,
            "Presented by the Chief Executive and the Head of Digital and Data",
            2000,
            color=WHITE,
        ),
    ]


def s02(ids: Ids) -> list[str]:
    out = header(ids, "WHY NOW", "The game has outgrown the way we run it", 2)
    tiles = [
        ("160,000", "players registered in 2026/27, in 1,100 affiliated clubs"),
        ("38%", "of registrations still reach Kingsmead House as paper forms"),
        ("1 in 3", "new referees stop within their first two seasons"),
        ("1 in 5", "Saturday fixtures still had no referee on the Thursday before kick-off"),
        ("212", "safeguarding referrals last season, every one on a paper file"),
    ]
    for i, (big, label) in enumerate(tiles):
        x = 96 + (i % 3) * 400
        y = 250 + (i // 3) * 330
        out.append(tile(ids, x, y, 370, 300, big, label))
    out.append(freeform(ids, 1316, 250, 508, 630, MINT))
    out.append(text(ids, 1346, 280, 448, "Worth knowing", 2200, font=BOLD_FONT, color=GREEN))
    out.append(
        tb(
            ids,
            1346,
            340,
            448,
            [
                P("Our record was 171,000 registered players, in 2018/19.", 1900),
                P("Our nearest comparator sport registers 96% of its players online.", 1900),
                P("Sport England's award has to be committed by March 2030.", 1900),
            ],
        )
    )
    out.append(text(ids, 96, 930, 1200, "Source: ClubBase and Touchline, 2026/27", 1400))
    return out


def s03(ids: Ids) -> list[str]:
    out = header(
        ids,
        "THE PLAN",
        "Our 2027-2030 plan: three seasons, \u00a35.1m from reserves and Sport England",
        3,
    )
    out.append(
        tb(
            ids,
            96,
            300,
            820,
            [
                P("Open Play 2030 covers three seasons: 2027/28, 2028/29 and 2029/30.", 2400),
                P(" ", 1200),
                P(
                    "Our year runs from 1 August to 31 July. Matches are played from August to "
                    "May; June and July are the re-registration window, when clubs affiliate "
                    "and players register for the season ahead.",
                    2200,
                ),
                P(" ", 1200),
                P("Each season of the plan is one of our years, August to July.", 2200),
            ],
        )
    )
    out.append(text(ids, 1000, 300, 824, "Where the money comes from", 2200, font=BOLD_FONT))
    out.append(
        tile(
            ids,
            1000,
            350,
            400,
            250,
            "\u00a33.2m",
            "from reserves (the Board's designated Development Fund)",
        )
    )
    out.append(
        tile(
            ids, 1424, 350, 400, 250, "\u00a31.9m", "Sport England System Partner award, 2027-2030"
        )
    )
    out += card_list(
        ids,
        1000,
        650,
        824,
        "How it is spent",
        [
            "Build: \u00a32.4m one-off in 2027/28",
            "Run: \u00a30.9m a year in 2028/29 and 2029/30",
            "Programme office and contingency: \u00a30.9m over three seasons",
        ],
    )
    return out


def s04(ids: Ids) -> list[str]:
    out = header(ids, "OUR AMBITION", "What Open Play 2030 is for", 4)
    out.append(freeform(ids, 96, 250, 1728, 200, GREEN))
    out.append(
        tb(
            ids,
            136,
            290,
            1648,
            [
                P(
                    "Rugby that is easy to join, safe to play and fairly refereed, in every "
                    "club in England.",
                    3600,
                    font=HEAD_FONT,
                    color=WHITE,
                )
            ],
        )
    )
    out += card_list(
        ids,
        96,
        510,
        1000,
        "Who this plan is for",
        [
            "Players registering for a new season, and the club secretaries who register them",
            "Referees, and the county appointments secretaries who send them to Saturday fixtures",
            "Club welfare officers raising a safeguarding concern",
            "Coaches working towards a qualification",
        ],
    )
    out.append(freeform(ids, 1200, 510, 624, 420, MINT))
    out.append(text(ids, 1230, 530, 564, "Not in this plan", 2000, font=BOLD_FONT, color=GREEN))
    out.append(
        tb(
            ids,
            1230,
            580,
            564,
            [
                P("Premiership and Championship clubs", 2000, bullet=True),
                P("Schools and universities rugby", 2000, bullet=True),
                P("England squads and the performance pathway", 2000, bullet=True),
                P("Touch, tag and walking rugby festivals", 2000, bullet=True),
            ],
        )
    )
    return out


GOALS = [
    "Total registered players: 160,000 \u2192 185,000 (stretch: 200,000)",
    "Referees retained season to season: 72% \u2014 up from 64% in 2026",
    "Women's team growth: 15% (definitions in appendix)",
    "Youth team growth: 15% (definitions in appendix)",
    "Saturday fixtures with a referee appointed seven days ahead: 90%",
    "Safeguarding referrals triaged within two working days: 95% (board-approved March 2027)",
    "Results from every league level on ScoreLine within 24 hours: 95%",
]


def s05(ids: Ids) -> list[str]:
    out = header(
        ids,
        "OUR GOALS",
        "Where we will be by May 2030",
        5,
        "Seven goals. Baselines are the 2026/27 season unless an aside says otherwise.",
    )
    for i, goal in enumerate(GOALS):
        y = 270 + i * 102
        out.append(freeform(ids, 96, y, 1728, 84, CARD))
        out.append(text(ids, 126, y + 20, 80, f"{i + 1:02d}", 2600, font=HEAD_FONT, color=GOLD))
        out.append(text(ids, 230, y + 24, 1560, goal, 2400))
    return out


def s06(ids: Ids) -> list[str]:
    out = header(ids, "AT A GLANCE", "2030 in four numbers", 6)
    tiles = [
        ("185,000", "registered players by May 2030"),
        ("90%", "of Saturday fixtures with a referee appointed a week ahead, by May 2030"),
        ("95%", "of safeguarding referrals triaged within two working days, by May 2029"),
        ("1,100", "affiliated clubs today, in nine county associations"),
    ]
    for i, (big, label) in enumerate(tiles):
        out.append(tile(ids, 96 + i * 438, 330, 414, 420, big, label, fill=CARD))
    return out


def pillar(
    ids: Ids,
    page: int,
    eyebrow: str,
    title: str,
    today: str,
    goal: str,
    actions: Sequence[str],
    lead: str,
) -> list[str]:
    out = header(ids, eyebrow, title, page)
    out.append(freeform(ids, 96, 260, 620, 300, MINT))
    out.append(text(ids, 126, 285, 560, "TODAY", 1600, font=BOLD_FONT, color=GREY))
    out.append(text(ids, 126, 325, 560, today, 2200))
    out.append(freeform(ids, 96, 590, 620, 330, GREEN))
    out.append(text(ids, 126, 615, 560, "GOAL", 1600, font=BOLD_FONT, color=GOLD))
    out.append(text(ids, 126, 655, 560, goal, 2600, font=BOLD_FONT, color=WHITE))
    out += card_list(ids, 800, 260, 1024, "What we will do", actions, size=2100)
    out.append(text(ids, 800, 940, 1024, lead, 1700, color=GREY))
    return out


def s07(ids: Ids) -> list[str]:
    return pillar(
        ids,
        7,
        "PILLAR 1 \u00b7 JOIN",
        "Join in minutes, not weeks",
        "Today a paper registration takes 11 working days to confirm.",
        "Confirm every online registration within one working day from August 2028.",
        [
            "Move player registration and club affiliation from ClubBase onto ARU Connect",
            "Collect club affiliation fees by direct debit through ARU Connect",
            "Give every registered player a digital registration card on their phone",
            "Switch ClubBase off once the 2028 re-registration window has closed",
        ],
        "Lead: Head of Club Services, with the Head of Digital and Data",
    )


def s08(ids: Ids) -> list[str]:
    return pillar(
        ids,
        8,
        "PILLAR 2 \u00b7 REFEREE",
        "A referee for every Saturday",
        "Nine county appointments secretaries each keep their own list of referees.",
        "Referees retained season to season: 72% by May 2030.",
        [
            "Roll the Whistle app out to all nine county associations' appointments secretaries",
            "Let referees set their availability and accept appointments in Whistle",
            "Give every referee in their first two seasons a named mentor",
            "Record match reports and referee expenses in Whistle instead of on paper",
        ],
        "Lead: Head of Refereeing, with the Referee Appointments Manager",
    )


def s09(ids: Ids) -> list[str]:
    return pillar(
        ids,
        9,
        "PILLAR 3 \u00b7 SAFEGUARD",
        "Every concern heard, every case on record",
        "212 referrals last season, tracked in paper files at Kingsmead House.",
        "Safeguarding referrals triaged within two working days: 95% by May 2029.",
        [
            "Move every open safeguarding case from paper into SafeCase",
            "Let club welfare officers report a concern online, straight into SafeCase",
            "Track every volunteer's DBS check expiry date in ARU Connect",
            "Train all 1,100 club welfare officers in the new reporting route",
        ],
        "Lead: Head of Safeguarding; case work with the Safeguarding Case Manager",
    )


def s10(ids: Ids) -> list[str]:
    return pillar(
        ids,
        10,
        "PILLAR 4 \u00b7 COMPETE AND COACH",
        "Know the score",
        "Results below level 4 reach us by text, by email or a week late.",
        "95% of results on ScoreLine within 24 hours, every level, by May 2030.",
        [
            "Extend ScoreLine to league levels 5 to 12 and to the women's and youth leagues",
            "Change the league regulations so home clubs enter results by 6pm on match day",
            "Move coaching courses, bookings and certificates onto CoachPath",
            "Check every head coach's qualification against their team's registration",
            "Publish a monthly participation and league dashboard for each county",
        ],
        "Lead: Head of Competitions Operations, with the Head of Coach Education",
    )


KPIS = [
    ("Total registered players", "160,000", "185,000", "May 2030"),
    ("Players registered online", "62%", "95%", "Aug 2028"),
    ("Club affiliations completed online", "41%", "100%", "Jul 2028"),
    ("Women's team growth", "1,240 teams", "15%", "May 2030"),
    ("Youth team growth", "3,960 teams", "15%", "May 2030"),
    ("Referees retained season to season", "64%", "72%", "May 2030"),
    ("Saturday fixtures with a referee appointed 7 days ahead", "58%", "90%", "May 2030"),
    ("Safeguarding referrals triaged within 2 working days", "47%", "95%", "May 2029"),
    ("Results on ScoreLine within 24 hours, all levels", "49%", "95%", "May 2030"),
    ("Coaches with an in-date qualification", "71%", "90%", "May 2030"),
    ("Club satisfaction with ARU services", "Not yet measured", "Higher", "To be set"),
]
KPI_COLS = [(96, 940), (1060, 300), (1380, 220), (1620, 204)]


def s11(ids: Ids) -> list[str]:
    out = header(
        ids,
        "MEASURES",
        "How we will know",
        11,
        "Baselines are the 2026/27 season. Each target falls due at the end of the month "
        "named (definitions in appendix).",
    )
    for (x, w), head in zip(KPI_COLS, ["Measure", "2026/27", "Target", "By"], strict=True):
        out.append(text(ids, x, 250, w, head, 1800, font=BOLD_FONT, color=GREEN))
    out.append(freeform(ids, 96, 290, 1728, 3, GREEN))
    for i, row in enumerate(KPIS):
        y = 305 + i * 62
        if i % 2 == 0:
            out.append(freeform(ids, 96, y - 8, 1728, 58, CARD))
        for (x, w), cell in zip(KPI_COLS, row, strict=True):
            font = HEAD_FONT if cell == row[2] and x == 1380 else BODY_FONT
            out.append(text(ids, x, y, w, cell, 1800, font=font))
    return out


def s12(ids: Ids) -> list[str]:
    out = header(ids, "THE PILOT", "Weaverdale blows the first whistle", 12)
    out.append(freeform(ids, 96, 250, 1728, 170, GREEN))
    out.append(
        text(
            ids,
            136,
            276,
            1648,
            "The Whistle app goes first to the Weaverdale County Saturday leagues: 46 clubs, "
            "190 referees and three appointments secretaries.",
            2600,
            font=BOLD_FONT,
            color=WHITE,
        )
    )
    out.append(
        text(ids, 96, 450, 780, "The pilot runs for half a season, from January to May 2028.", 2200)
    )
    out.append(text(ids, 96, 540, 780, "Why Weaverdale", 2000, font=BOLD_FONT, color=GREEN))
    out.append(
        text(
            ids,
            96,
            588,
            780,
            "Its appointments secretaries asked to go first, and its Saturday fixtures wait "
            "longest for a referee.",
            2000,
        )
    )
    out.append(freeform(ids, 96, 760, 780, 170, MINT))
    out.append(text(ids, 126, 780, 720, "We will call it a success if", 1800, font=BOLD_FONT))
    out.append(
        text(
            ids,
            126,
            822,
            720,
            "85% of Weaverdale Saturday fixtures have a referee appointed seven days ahead by "
            "May 2028",
            1900,
        )
    )
    steps = [
        "1. Load every Weaverdale referee and Saturday fixture from January to May 2028 into "
        "Whistle",
        "2. Train the 190 Weaverdale referees in four evening sessions",
        "3. Run the county spreadsheet alongside Whistle for the first four weeks",
        "4. Report fixtures appointed seven days ahead to the programme board each month",
    ]
    out.append(text(ids, 960, 450, 864, "Pilot steps", 2000, font=BOLD_FONT, color=GREEN))
    for i, step in enumerate(steps):
        out.append(text(ids, 960, 500 + i * 110, 864, step, 2000))
    return out


ROAD_ROWS = [
    (
        "Join",
        [
            "ARU Connect built; tested with three counties",
            "Every registration and affiliation on ARU Connect; ClubBase off",
            "Digital cards and direct debit for every club",
        ],
    ),
    (
        "Referee",
        [
            "Whistle pilot in Weaverdale, January to May 2028",
            "Whistle in all nine counties",
            "A named mentor for every new referee",
        ],
    ),
    (
        "Safeguard",
        [
            "SafeCase live; open cases moved off paper",
            "Welfare officers report online",
            "DBS expiry dates tracked in ARU Connect",
        ],
    ),
    (
        "Compete and coach",
        [
            "ScoreLine extended to level 8; CoachPath bookings",
            "ScoreLine to level 12; qualification checks",
            "County dashboards from Touchline",
        ],
    ),
]
SEASON_X = [380, 760, 1140]
SEASON_W = 360


def s13(ids: Ids) -> list[str]:
    out = header(ids, "ROADMAP", "Three seasons, one game", 13)
    heads = ["2027/28: Build", "2028/29: Switch over", "2029/30: Grow"]
    for x, head in zip(SEASON_X, heads, strict=True):
        out.append(freeform(ids, x, 240, SEASON_W, 60, GREEN))
        out.append(text(ids, x + 16, 254, SEASON_W - 32, head, 2000, font=BOLD_FONT, color=WHITE))
    out.append(freeform(ids, 1530, 240, 294, 60, GREY))
    out.append(text(ids, 1546, 254, 262, "Beyond 2030", 2000, font=BOLD_FONT, color=WHITE))
    for r, (label, bars) in enumerate(ROAD_ROWS):
        y = 330 + r * 140
        out.append(text(ids, 96, y + 30, 260, label, 2000, font=BOLD_FONT, color=GREEN))
        for x, bar in zip(SEASON_X, bars, strict=True):
            out.append(freeform(ids, x, y, SEASON_W - 10, 116, MINT))
            out.append(text(ids, x + 14, y + 14, SEASON_W - 38, bar, 1700))
    out.append(freeform(ids, 640, 900, 40, 40, GOLD, "diamond"))
    out.append(
        text(ids, 690, 906, 440, "Gate: Board approval to switch over", 1600, font=BOLD_FONT)
    )
    out.append(freeform(ids, 1460, 900, 40, 40, GOLD, "diamond"))
    out.append(
        text(
            ids,
            1100,
            960,
            420,
            "Close: handover to business as usual",
            1600,
            font=BOLD_FONT,
            algn="r",
        )
    )
    out.append(
        tb(
            ids,
            1546,
            330,
            262,
            [
                P("Live scores from the touchline", 1700, bullet=True),
                P("County associations' own membership schemes on ARU Connect", 1700, bullet=True),
                P("Replace ScoreLine with a single league data platform", 1700, bullet=True),
                P("Referee assessment by video", 1700, bullet=True),
            ],
        )
    )
    return out


GATES = [
    (
        "From Build to Switch over",
        [
            "ARU Connect completes a full test re-registration with three county associations",
            "Every ClubBase record migrated and reconciled, no club's count out by more than 1%",
            "SafeCase holds every open safeguarding case",
            "The first eight weeks of the Weaverdale pilot reviewed by the programme board",
            "Switch-over approved at the March 2028 board",
        ],
    ),
    (
        "From Switch over to Grow",
        [
            "ClubBase switched off after the 2028 re-registration window",
            "Whistle used by the appointments secretaries of all nine counties",
            "ScoreLine taking results from levels 1 to 12",
            "Decided by the programme board",
        ],
    ),
    (
        "Close",
        [
            "Every measure reported from Touchline for two seasons",
            "Running costs inside \u00a30.9m a year",
            "Handover to business as usual at the end of the 2029/30 year",
        ],
    ),
]


def s14(ids: Ids) -> list[str]:
    out = header(ids, "GATES", "What must be true before we move on", 14)
    for i, (head, items) in enumerate(GATES):
        x = 96 + i * 586
        out.append(freeform(ids, x, 250, 556, 700, CARD))
        out += card_list(ids, x + 24, 274, 508, head, items, size=1900)
    return out


RISKS = [
    (
        "Clubs miss the first online re-registration window",
        "Medium",
        "Keep a paper route for the 2028 window and phone every club not registered by 15 July",
    ),
    (
        "Referees do not take to Whistle",
        "Medium",
        "Run the county spreadsheets for four weeks in each county and name a Whistle champion "
        "in every referees' society",
    ),
    (
        "ClubBase data is too poor to migrate cleanly",
        "High",
        "Cleanse ClubBase records with club secretaries before migration, one county at a time",
    ),
    (
        "A safeguarding file is lost or seen by the wrong person in the move off paper",
        "Low",
        "Scan and check every paper file twice before it is archived, and limit SafeCase to the "
        "case team",
    ),
    (
        "Sport England money arrives later than planned",
        "Low",
        "Draw on reserves first and claim the award quarterly in arrears",
    ),
]


def s15(ids: Ids) -> list[str]:
    out = header(ids, "RISKS", "What could knock us off course", 15)
    cols = [(96, 640), (760, 200), (984, 840)]
    for (x, w), head in zip(cols, ["Risk", "Likelihood", "What we will do"], strict=True):
        out.append(text(ids, x, 250, w, head, 1800, font=BOLD_FONT, color=GREEN))
    out.append(freeform(ids, 96, 290, 1728, 3, GREEN))
    for i, row in enumerate(RISKS):
        y = 310 + i * 136
        out.append(freeform(ids, 96, y - 6, 1728, 124, CARD if i % 2 == 0 else MINT))
        for (x, w), cell in zip(cols, row, strict=True):
            out.append(text(ids, x + 10, y + 6, w - 20, cell, 1800))
    return out


DAYS = [
    "1. Sign the ARU Connect contract and agree the migration plan (Head of Digital)",
    "2. Set the 2026/27 baseline for every measure in Touchline (Data and Insight Manager)",
    "3. Agree the Whistle data-sharing agreement with the Weaverdale Referees' Society "
    "(Referee Appointments Manager)",
    "4. Write the SafeCase access rules and retention settings (Data Protection Officer)",
    "5. Consult the County Associations Forum on an online-only 2028 re-registration window "
    "(Head of Club Services)",
    "6. Set up the programme board and publish its dates to July 2028 (Programme Manager)",
]


def s16(ids: Ids) -> list[str]:
    out = header(
        ids, "FIRST 100 DAYS", "The first 100 days", 16, "From 1 August to mid-November 2027"
    )
    for i, item in enumerate(DAYS):
        x = 96 + (i % 2) * 876
        y = 270 + (i // 2) * 230
        out.append(freeform(ids, x, y, 852, 200, CARD))
        out.append(text(ids, x + 28, y + 28, 796, item, 2100))
    return out


def s17(ids: Ids) -> list[str]:
    out = header(ids, "GOVERNANCE", "Who decides what", 17)
    rows = [
        ("The Board", "approves the plan, the budget and the switch-over from ClubBase"),
        ("Digital and Data Committee", "reviews progress, risks and data protection every quarter"),
        (
            "Open Play programme board",
            "chaired by the Chief Executive as senior responsible owner; meets monthly and takes "
            "every other gate decision",
        ),
        ("Programme Manager", "runs the plan, the risk log and the gate papers"),
        ("Consulted before each gate", "the County Associations Forum and the Players' Council"),
    ]
    for i, (who, what) in enumerate(rows):
        y = 260 + i * 140
        out.append(freeform(ids, 96, y, 1728, 120, CARD if i % 2 == 0 else MINT))
        out.append(text(ids, 126, y + 36, 520, who, 2200, font=BOLD_FONT, color=GREEN))
        out.append(text(ids, 680, y + 36, 1110, what, 2100))
    return out


def s18(ids: Ids) -> list[str]:
    out = header(ids, "ON A PAGE", "Open Play 2030 on a page", 18)
    out.append(freeform(ids, 96, 250, 840, 720, CARD))
    out += card_list(
        ids,
        126,
        274,
        780,
        "Seven goals by May 2030",
        [
            "185,000 registered players by May 2030",
            "72% of referees retained season to season",
            "Women's team growth: 15%",
            "Youth team growth: 15%",
            "90% of Saturday fixtures with a referee appointed a week ahead",
            "95% of referrals triaged within two working days",
            "95% of results on ScoreLine within 24 hours",
        ],
        size=2000,
    )
    out += card_list(
        ids, 990, 274, 834, "Four pillars", ["Join", "Referee", "Safeguard", "Compete and coach"]
    )
    out += card_list(
        ids,
        990,
        640,
        834,
        "Three seasons, \u00a35.1m",
        [
            "Build, Switch over, Grow: August 2027 to July 2030",
            "Weaverdale first, from January 2028",
            "\u00a33.2m from reserves, \u00a31.9m from Sport England",
        ],
    )
    return out


def s19(ids: Ids) -> list[str]:
    out = header(ids, "DECISIONS", "What we ask of the Board today", 19)
    asks = [
        "1. Approve Open Play 2030 and its three-season roadmap",
        "2. Release \u00a32.4m for the 2027/28 build: \u00a31.5m from reserves and \u00a30.9m "
        "from the Sport England award",
        "3. Approve Weaverdale as the pilot for the Whistle app",
        "4. Delegate every gate but the switch-over to the programme board",
    ]
    for i, ask in enumerate(asks):
        y = 270 + i * 170
        out.append(freeform(ids, 96, y, 1728, 140, CARD))
        out.append(text(ids, 136, y + 40, 1648, ask, 2600, font=BOLD_FONT, color=GREEN))
    return out


def s20(ids: Ids) -> list[str]:
    out = header(ids, "APPENDIX", "Definitions", 20)
    terms = [
        "Registered player: holds a current ARU registration on 31 January of the season",
        "Women's team: a senior women's XV entered in a league or cup during the season",
        "Youth team: an under-13 to under-18 team entered in a league or festival series",
        "Referee retained: refereed five or more matches in each of two seasons in a row",
        "Appointed seven days ahead: a named referee has accepted the fixture by the Saturday "
        "before",
        "Triaged: a case officer has read the referral and set its risk level",
    ]
    for i, term in enumerate(terms):
        out.append(text(ids, 96, 260 + i * 110, 1728, term, 2200))
    return out


SLIDES = [s01, s02, s03, s04, s05, s06, s07, s08, s09, s10] + [
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

BACKGROUND = (
    f'<p:bg {NSDECL}><p:bgPr><a:solidFill><a:srgbClr val="{PAPER}"/></a:solidFill>'
    "<a:effectLst/></p:bgPr></p:bg>"
)


def _sorted_package(data: bytes, stamp: Stamp, app_xml: bytes) -> bytes:
    """The package with ``[Content_Types].xml`` first, every other entry in name order, the
    app properties replaced, the thumbnail gone, entry times and document dates fixed."""
    src = zipfile.ZipFile(io.BytesIO(data))
    names = [n for n in src.namelist() if n != "docProps/thumbnail.jpeg"]
    order = ["[Content_Types].xml"] + sorted(n for n in names if n != "[Content_Types].xml")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in order:
            body = app_xml if name == "docProps/app.xml" else src.read(name)
            if name == "[Content_Types].xml":
                body = body.replace(b'<Default Extension="jpeg" ContentType="image/jpeg"/>', b"")
            dst.writestr(name, body)
    return normalize_zip(out.getvalue(), stamp)


def build_deck() -> bytes:
    prs = Presentation()
    prs.slide_width, prs.slide_height = Emu(W * PX), Emu(H * PX)
    for layout in list(prs.slide_layouts):
        if layout.name != "Blank":
            prs.slide_layouts.remove(layout)
    blank = prs.slide_layouts[0]
    blank.part.partname = PackURI("/ppt/slideLayouts/slideLayout1.xml")
    for ph in list(blank.placeholders):
        ph._element.getparent().remove(ph._element)
    package = prs.part.package
    for rid, rel in list(package._rels.items()):
        if rel.reltype.endswith("/thumbnail"):
            package._rels.pop(rid)
    for rid, rel in list(prs.part.rels.items()):
        if rel.reltype.endswith("/printerSettings"):
            prs.part.drop_rel(rid)
    for make in SLIDES:
        slide = prs.slides.add_slide(blank)
        tree = slide.shapes._spTree
        for ph in list(slide.placeholders):
            tree.remove(ph._element)
        csld = slide._element.cSld
        csld.insert(0, etree.fromstring(BACKGROUND))
        for xml in make(Ids()):
            tree.append(etree.fromstring(xml))
    core = prs.core_properties
    core.title = "Open Play 2030 - Board June 2027"
    core.author = "Kirsty Lomax"
    core.last_modified_by = "Kirsty Lomax"
    core.subject = ""
    core.keywords = "DAGk7Qp2x1E,BAFvY3mN8aQ"
    core.comments = ""
    core.category = ""
    core.revision = 1
    buffer = io.BytesIO()
    prs.save(buffer)
    app = APP_XML.format(slides=len(SLIDES)).encode("utf-8")
    return _sorted_package(buffer.getvalue(), STAMP, app)


# =========================================================================== the org folder

STAFF_STRUCTURE = """
# Staff handbook, section 2.1: staff structure

*Kept by the Head of Governance and Company Secretary. Last updated 3 May 2027.*

Albion Rugby Union (the ARU) employs 64 staff, most of them at Kingsmead House in Loxbury, with
development officers based in the nine county associations. The chart below lists each post that
leads a team or a body of work, under the directorate it belongs to and the post it reports to.
Each post is written as its title followed by its remit. Development officers, tutors and
administrators are listed with their teams in section 2.3.

## Org chart

- Board of Directors
  - **Chief Executive**: Leads the staff and answers to the Board for everything the ARU does; senior responsible owner of Open Play 2030 and chair of its programme board.
    - Office of the Chief Executive
      - **Head of Governance and Company Secretary**: Board and committee papers, the articles and the regulations handbook, annual elections, and the secretariat of the County Associations Forum and the Players' Council.
      - **Programme Manager, Open Play 2030**: Runs the Open Play 2030 programme office: the plan, the risk log, the gate papers, the 100-day tracker and the monthly supplier meetings.
      - **Head of Communications**: News, the website, the ARU app listings and every message to clubs, players and referees, including each notice of a change of system.
    - Finance and Resources directorate
      - **Director of Finance and Resources**: Budgets, reserves, the Sport England award and its claims; collects club affiliation fees and runs direct debits; procurement and supplier contracts.
        - **Head of Digital and Data**: Every ARU system and its supplier (ClubBase, ARU Connect, ScoreLine, CoachPath, SafeCase and Whistle), contracts for new systems with Finance, data migration between systems, integrations and IT support.
          - **Data and Insight Manager**: The Touchline data warehouse and its Power BI dashboards, the definition and baseline of every measure, the annual club survey and the participation return to Sport England.
        - **Data Protection Officer**: Data protection law, data-sharing agreements, data protection impact assessments, access rules for personal data and the data retention schedule.
    - Participation directorate
      - **Director of Participation**: Growth in players, teams and clubs, and the development plans agreed with the nine county associations; owns the total registered players measure.
        - **Head of Club Services**: The registrations office at Kingsmead House, player registration and club affiliation, the June and July re-registration window and the helpdesk for club secretaries.
        - **Women's and Girls' Development Manager**: New women's and girls' teams and support for the clubs that start them; owns the women's team growth measure.
        - **Youth Development Manager**: Mini and youth rugby from under-7 to under-18, the youth festival calendar and new youth teams; owns the youth team growth measure.
        - **Head of Coach Education**: Coaching qualifications from Level 1 to Level 3, the coach tutors, course bookings, certificates and CoachPath; also leads the ARU Learning team, which designs and runs training for club secretaries and for staff on each new ARU system.
    - Competitions and Officiating directorate
      - **Director of Competitions and Officiating**: The league and cup competitions and the refereeing of them.
        - **Head of Competitions**: League structures, the competition regulations, promotion and relegation, eligibility rules and sanctions, and the secretariat of the Leagues Committee.
        - **Head of Competitions Operations**: Match-day running of the leagues: fixtures, results capture, league tables, ScoreLine and the county results secretaries.
        - **Head of Refereeing**: Recruitment, training, assessment and retention of referees, the referee tutors and mentors, and the links with the nine referees' societies; owns the referees retained measure.
          - **Referee Appointments Manager**: Appointing referees to fixtures, the county appointments secretaries and referee availability; leads the roll-out and day-to-day use of Whistle.
    - Safeguarding directorate
      - **Head of Safeguarding**: The ARU's designated safeguarding lead: safeguarding policy, the 1,100 club welfare officers and their training, DBS checks for volunteers, and links with local authority designated officers and the police.
        - **Safeguarding Case Manager**: Receives and triages every safeguarding referral, keeps the case files, runs case meetings and manages the case system, SafeCase; owns the referral triage measure.

## Bodies we consult

The two bodies below sit outside the staff structure. They are consulted at the points their
terms set out. They give advice; ARU staff carry out the work.

- **County Associations Forum**: The chairs and secretaries of the nine county associations, meeting six times a season; consulted on league regulations, affiliation fees, registration rules and anything that changes work in the counties.
- **Players' Council**: Twelve elected players, women and men, senior and youth; consulted on how players' data is used and on any change to the way players register.
"""

BOARD_TOR = """
# Terms of reference: Board committees and the Open Play 2030 programme board

Approved by the Board of Directors on 16 March 2027. Kept by the Head of Governance and Company
Secretary.

## Board of Directors

- Twelve directors: six elected by the county associations, four independent, the Chair and
  the Chief Executive.
- The Board decides the strategy, the annual budget, any use of reserves above £250,000, the
  purchase of any system that holds players' or volunteers' personal data, and the switch-over
  from ClubBase to ARU Connect.
- It meets in September, December, March and June.

## Digital and Data Committee

- Chair: an independent director with a background in technology. Members: two other
  directors and an independent adviser; the Head of Digital and Data and the Data Protection
  Officer attend.
- Reviews progress on Open Play 2030, its risk log and its spending every quarter, and reports
  to the next Board.
- Receives the Data Protection Officer's report twice a season, and every data protection
  impact assessment for a new system.

## Safeguarding Committee

- Chair: the Board's safeguarding director. The Head of Safeguarding attends.
- Approves the safeguarding policy, receives a quarterly case report without names, and
  reviews the move of case files onto SafeCase.

## Open Play 2030 programme board

- Chair and senior responsible owner: the Chief Executive.
- Members: the Director of Finance and Resources, the Director of Participation, the Director
  of Competitions and Officiating, the Head of Digital and Data and the Head of Safeguarding.
  The Programme Manager, Open Play 2030, is its secretary.
- Meets monthly. Takes each gate decision the Board delegates to it and releases each phase's
  budget within the sum the Board has approved.
- Hears the County Associations Forum and the Players' Council before each gate; their views
  are recorded in the gate paper.
"""

SYSTEMS = """
# Systems and data register

Maintained by the Head of Digital and Data. Reviewed every June; this is the June 2027 version.

| System | What it does | Data it holds | Supplier and hosting | Business owner | Notes |
|---|---|---|---|---|---|
| ClubBase | Player registration and club affiliation, since 2009 | 160,000 player records, 1,100 club records, team entries, volunteers' roles | Built in-house on Microsoft Access | Head of Club Services | ClubBase runs only on two PCs in the registrations office at Kingsmead House. Clubs post or email their forms and the office keys them in. |
| ARU Connect | Online registration, club affiliation and payments, replacing ClubBase | Players, clubs, teams, volunteers and their DBS dates, once live | Fieldhouse Software, cloud, hosted in the UK | Head of Club Services | Chosen by tender in April 2027; contract signature planned for August 2027. Takes card and direct debit payments. |
| ScoreLine | Fixtures, results and league tables | Results and tables from 2015/16 | Kickstat Ltd, cloud | Head of Competitions Operations | ScoreLine only covers league levels 1 to 4. Results from levels 5 to 12 go to the county results secretaries by text or email, and the counties publish them on their own websites. |
| Whistle | Referee appointments, availability, match reports and expenses, as an app and on the web | Referees, fixtures and appointments | RefDesk Ltd, cloud | Referee Appointments Manager | Contract signed in April 2027 for one county, with an option to extend to all nine. |
| SafeCase | Safeguarding case management | Referrals, case notes and outcomes | Caseway, cloud, hosted in the UK; access limited to the case team | Safeguarding Case Manager | Bought in March 2027; open cases move onto it during 2027/28. |
| CoachPath | Coaching courses, bookings, e-learning and qualification certificates | 14,300 coach records | Learnwell, cloud | Head of Coach Education | CoachPath has no link to ClubBase. A coach's qualification cannot be checked against the teams they coach. |
| Touchline | The ARU data warehouse: nightly copies of ClubBase, ScoreLine and CoachPath, with Power BI dashboards for staff and the Board | Participation, competition and coaching figures from 2019 | Microsoft Azure SQL, run by the Data and Insight Manager | Data and Insight Manager | Feeds the quarterly Board dashboard and the Sport England return. |
| Microsoft 365 | Email, Teams and SharePoint | Staff files | Microsoft | Head of Digital and Data | The ARU Learning team publishes its staff e-learning on SharePoint. |
"""

MEASURES = """
# Measure definitions

Agreed by the Open Play 2030 programme board on 10 May 2027. Kept by the Data and Insight
Manager, who publishes each measure monthly from Touchline. Baselines are the 2026/27 season.

| Measure | Definition | Owner | 2026/27 baseline | Source |
|---|---|---|---|---|
| Total registered players | Players with a current ARU registration on 31 January of the season | Director of Participation | 160,000 | ClubBase, through Touchline |
| Players registered online | Share of player registrations made by the player or club online | Head of Club Services | 62% | ClubBase channel field |
| Club affiliations completed online | Share of clubs whose affiliation form and fee were completed online | Head of Club Services | 41% | ClubBase |
| Women's team growth | Change in senior women's XVs entered in a league or cup, against 2026/27 | Women's and Girls' Development Manager | 1,240 teams | ClubBase team entries |
| Youth team growth | Change in under-13 to under-18 teams entered in a league or festival series, against 2026/27 | Youth Development Manager | 3,960 teams | ClubBase team entries |
| Referees retained season to season | Referees with five or more matches in a season who referee five or more the next season | Head of Refereeing | 64% (2025/26 into 2026/27) | County returns |
| Saturday fixtures with a referee appointed 7 days ahead | Share of Saturday league fixtures whose referee accepted by the Saturday before | Referee Appointments Manager | 58% | County appointment returns each May |
| Safeguarding referrals triaged within 2 working days | Share of referrals read and given a risk level within two working days of arrival | Safeguarding Case Manager | 47% | Case log |
| Results on ScoreLine within 24 hours | Share of league results, all levels, on ScoreLine within 24 hours of kick-off | Head of Competitions Operations | 49% | ScoreLine and county returns |
| Coaches with an in-date qualification | Share of registered head coaches whose qualification is in date | Head of Coach Education | 71% | CoachPath |
| Club satisfaction with ARU services | To be defined | Data and Insight Manager | None yet | Annual club survey |

The annual club survey has no question on ARU services, so club satisfaction has no baseline yet.
"""

FORUM = """
COUNTY ASSOCIATIONS FORUM - TERMS OF REFERENCE (extract)
Agreed by the ARU Board and the nine county associations on 14 September 2024.

1. Members. The chair and the secretary of each county association: Weaverdale, Trentmoor,
Saxonford, Ouseland, Marchbridge, Coldwold, Tamarside, Fenmere and Severnvale.

2. Meetings. Six times a season, in September, November, January, March, May and July. The
Head of Governance and Company Secretary provides the secretariat.

3. Consultation. The Forum must be consulted before any change to the league regulations, the
club affiliation fees or the registration rules, and has 28 days to respond.

4. Role. The Forum gives advice to the Board and the Chief Executive. Decisions stay with the
Board and the Chief Executive, and the work stays with ARU staff.
"""

PLAYERS = """
# Players' Council: terms of reference

Agreed by the Board on 9 December 2025.

- **Members.** Twelve players elected for two seasons: six women and six men, including four
  youth players aged 16 or 17.
- **Meetings.** Four times a season, with the Chief Executive at one meeting each season.
- **What it is consulted on.** How players' data is collected, used and shared; any change to
  the way players register; the player app and the digital registration card.
- **How its advice is used.** Its advice is minuted, sent to the programme board and quoted
  in each gate paper. The Council advises; the ARU's staff lead and do the work.
"""

WEAVERDALE = """
WEAVERDALE COUNTY ASSOCIATION
Saturday leagues profile, 2026/27 season
Prepared for the Open Play 2030 pilot by the county secretary, 21 May 2027.

Clubs and teams
- 46 clubs play in the Weaverdale County Saturday leagues, which run at league levels 5 to 9.
- 58 senior men's teams and 14 senior women's teams entered the Saturday leagues in 2026/27.

Referees
- 190 active referees, all members of the Weaverdale Referees' Society.
- Three appointments secretaries share the county's Saturday fixtures between them.
- Last season 31% of Weaverdale Saturday fixtures had a referee appointed seven days ahead.

Before the pilot
- The Weaverdale Referees' Society has not yet signed the data-sharing agreement that Whistle needs before referees' details can be loaded.
- The Society's committee next meets on 9 September 2027.
"""

EMAIL = """
From: Marcus Fenwick <m.fenwick@albionrugby.example>
To: Kirsty Lomax <k.lomax@albionrugby.example>
Cc: Priya Raman, Head of Refereeing <p.raman@albionrugby.example>
Date: Thu, 20 May 2027 16:42
Subject: Whistle - how appointments are made today

Kirsty,

Ahead of the pilot planning, here is how appointments work now, county by county.

Every county's appointments rely on a spreadsheet kept by its appointments secretary, and each
of the nine is laid out differently. Referees send their availability by email or text by the
Tuesday before, the secretary fills the sheet and emails each referee, and the referee replies
to accept.

For Whistle, I will lead the roll-out with the appointments secretaries. Priya's referee tutors
will train the referees, as they do on every referee course, so the training sits with the Head
of Refereeing. The Learning team in Coach Education will make the how-to videos for club
secretaries.

Marcus Fenwick
Referee Appointments Manager
Albion Rugby Union
"""

SPORT_ENGLAND = """
# Sport England System Partner award 2027-2030: conditions (summary)

Prepared by the Director of Finance and Resources for the programme board, May 2027.

- **Award.** £1.9m over the 2027/28, 2028/29 and 2029/30 years, paid quarterly in arrears
  against claims.
- **What it pays for.** Building and switching to the new registration, refereeing,
  safeguarding and results systems, and the training of club volunteers to use them.
- **Running costs.** The award cannot be spent on running costs of systems after 31 March 2030.
- **Reporting.** Participation figures every October, sent by the Data and Insight Manager
  from Touchline, with a short narrative from the Director of Participation.
- **Sign-off.** Each claim is signed by the Director of Finance and Resources and the Chief
  Executive.
"""

RETENTION_ROWS = [
    ("Record", "Where it is held", "Retention", "Owner", "Notes"),
    (
        "Player registrations",
        "ClubBase; ARU Connect once live",
        "The current season and six more",
        "Head of Club Services",
        "Archived to Touchline at the end of each season.",
    ),
    (
        "Club affiliations and fee payments",
        "ClubBase and the finance system",
        "Seven years",
        "Director of Finance and Resources",
        "Direct debit mandates are kept with the payment provider.",
    ),
    (
        "Safeguarding case files",
        "Safeguarding office, Kingsmead House; SafeCase from 2027/28",
        "Ten years after the case closes, or until the subject's 25th birthday if longer",
        "Safeguarding Case Manager",
        "Safeguarding case files are kept on paper in a locked cabinet in the safeguarding office.",
    ),
    (
        "DBS check records for volunteers",
        "ClubBase volunteer table",
        "While the volunteer holds the role, and one season after",
        "Head of Safeguarding",
        "Certificate number, issue date and outcome.",
    ),
    (
        "Referee availability returns and appointment spreadsheets",
        "County appointments secretaries",
        "To the end of the season",
        "Referee Appointments Manager",
        "Referee availability returns and appointment spreadsheets are not retained beyond 31 "
        "July after the season they cover.",
    ),
    (
        "Match results and league tables",
        "ScoreLine",
        "Permanent",
        "Head of Competitions Operations",
        "Results are the record of the competition.",
    ),
    (
        "Coaching qualifications",
        "CoachPath",
        "Permanent",
        "Head of Coach Education",
        "Certificates can be reissued from CoachPath.",
    ),
    (
        "Touchline copies and dashboards",
        "Touchline",
        "Seven seasons of snapshots",
        "Data and Insight Manager",
        "Rebuilt nightly from the source systems.",
    ),
]


def build_retention() -> bytes:
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(10)
    doc.add_heading("Data retention schedule", level=1)
    doc.add_paragraph(
        "Albion Rugby Union. Version 4, approved by the Digital and Data Committee on 22 April "
        "2027. Owner: the Data Protection Officer, who reviews it every June."
    )
    table = doc.add_table(rows=len(RETENTION_ROWS), cols=5)
    table.style = "Table Grid"
    for r, row in enumerate(RETENTION_ROWS):
        for c, value in enumerate(row):
            cell = table.cell(r, c)
            cell.text = value
            if r == 0:
                for run in cell.paragraphs[0].runs:
                    run.bold = True
    doc.add_paragraph(
        "Records past their retention date are destroyed by the owner and the destruction is "
        "logged with the Data Protection Officer."
    )
    core = doc.core_properties
    core.author = "Data Protection Officer"
    core.last_modified_by = "Data Protection Officer"
    core.title = "Data retention schedule"
    core.comments = ""
    core.revision = 4
    buffer = io.BytesIO()
    doc.save(buffer)
    src = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    rels = src.read("_rels/.rels")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        names = [n for n in src.namelist() if n != "docProps/thumbnail.jpeg"]
        order = ["[Content_Types].xml"] + sorted(n for n in names if n != "[Content_Types].xml")
        for name in order:
            body = src.read(name)
            if name == "_rels/.rels":
                root = etree.fromstring(rels)
                for rel in list(root):
                    if rel.get("Target") == "docProps/thumbnail.jpeg":
                        root.remove(rel)
                body = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
            dst.writestr(name, body)
    return normalize_zip(out.getvalue(), DOC_STAMP)


def build(out: Path) -> None:
    root = out / CASE
    files: dict[str, str | bytes] = {
        DECK: build_deck(),
        "org/people/staff-structure.md": STAFF_STRUCTURE,
        "org/governance/board-committees-terms-of-reference.md": BOARD_TOR,
        "org/governance/data-retention-schedule.docx": build_retention(),
        "org/systems/systems-and-data-register.md": SYSTEMS,
        "org/measures/measure-definitions.md": MEASURES,
        "org/context/county-associations-forum-terms.txt": FORUM,
        "org/context/players-council-terms.md": PLAYERS,
        "org/context/weaverdale-saturday-leagues-profile.txt": WEAVERDALE,
        "org/context/email-2027-05-20-referee-appointments.txt": EMAIL,
        "org/context/sport-england-award-conditions.md": SPORT_ENGLAND,
    }
    write_files(root, files)


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
