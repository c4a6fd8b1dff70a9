"""Build the dev37 case ``emergency-flow``: its deck and its org folder, deterministically.

Run from the repository root with the project's venv (python-pptx, python-docx and lxml):

    .venv/bin/python evals/dev37/build_emergency_flow.py [out]

Writes, under ``evals/dev37/emergency-flow/`` (or ``<out>/emergency-flow/``):

- ``Flow First - Trust Board 7 September 2027 - paper 11.pptx``: Thrushby and Wyndle
  Hospitals NHS Trust's urgent and emergency care flow plan, 18 slides, a 16:9 deck as
  LIBREOFFICE IMPRESS saves it in PowerPoint form: slide size 28 x 15.75 cm (10080625 x
  5670550 EMU), ``docProps/app.xml`` naming LibreOffice as the application, layouts named as
  Impress names them ("Title Slide", "Title Only", "Blank Slide", ...), the title of every
  slide a title placeholder ("PlaceHolder 1") and every other text a custom shape
  ("CustomShape N") or a text box ("TextBox N", ``txBox="1"``), tables as graphic frames
  ("Table N"), speaker notes on three slides. The clock is the trust's financial year (April
  to March): three phases named as letters on slide 5 and dated on slide 11 only in
  financial-year quarters; the roadmap (slide 12) has overlapping workstream bars, a
  "Winter 2027/28" band and an "After March 2030" column.
- ``org/``: the intranet staff directory exported as Markdown (the roster), the programme
  board's terms of reference (DOCX), the clinical safety committee's terms (text), the
  consultation arrangements (Markdown), the systems and data inventory (Markdown), the
  measure definitions (TSV), the EPR contract summary (text), the sites and activity profile
  (Markdown) and an extract of the full capacity protocol (Markdown).

Re-running it rewrites every file byte for byte: the PPTX is saved by python-pptx, its
``docProps`` replaced by fixed LibreOffice ones, and rewritten with its ZIP entries in sorted
order at one fixed time; the DOCX is rewritten the same way; the text files are literal
strings. It never touches ``gold.json``. This is a DEVELOPMENT case (split "dev37").
"""

from __future__ import annotations

import io
import re
import sys
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from xml.sax.saxutils import escape

from docx import Document
from lxml import etree
from pptx import Presentation
from pptx.util import Emu

HERE = Path(__file__).resolve().parent
CASE = "emergency-flow"
DECK = "Flow First - Trust Board 7 September 2027 - paper 11.pptx"
ZIP_TIME = (1980, 1, 1, 0, 0, 0)

EMU_CM = 360000
WIDTH, HEIGHT = 10080625, 5670550  # Impress "Screen 16:9", 28 x 15.75 cm
NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
NS_P = "http://schemas.openxmlformats.org/presentationml/2006/main"
NSDECL = f'xmlns:a="{NS_A}" xmlns:p="{NS_P}"'
FONT = "Liberation Sans"
INK = "1C2833"
NAVY = "003087"  # the trust's blue
TEAL = "00827F"
GREY = "5F6B73"
PALE = "E8EDEE"
WHITE = "FFFFFF"
AMBER = "ED8B00"
LO_LAYOUTS = [
    "Title Slide",
    "Title, Content",
    "Title, 2 Content",
    "Centered Text",
    "Title, 2 Content and Content",
    "Title Only",
    "Blank Slide",
    "Title, Content and 2 Content",
    "Title, 2 Content over Content",
    "Title, Content over Content",
    "Title, 4 Content",
]
FOOTER = "Thrushby and Wyndle Hospitals NHS Trust \u00b7 Trust Board \u00b7 7 September 2027"


def cm(value: float) -> int:
    return int(round(value * EMU_CM))


# =========================================================================== Impress-style XML


@dataclass
class Page:
    """One slide being drawn; Impress numbers the shapes of each slide from 1."""

    shapes: list[str] = field(default_factory=list)
    count: int = 0

    def next_id(self) -> int:
        self.count += 1
        return self.count


def run(text: str, size: int, *, bold: bool = False, color: str = INK) -> str:
    attrs = f' b="{1 if bold else 0}" lang="en-GB" spc="-1" strike="noStrike" sz="{size}"'
    return (
        f'<a:r><a:rPr{attrs}><a:solidFill><a:srgbClr val="{color}"/></a:solidFill>'
        f'<a:latin typeface="{FONT}"/></a:rPr><a:t>{escape(text)}</a:t></a:r>'
    )


def para(
    text: str,
    size: int = 1400,
    *,
    bold: bool = False,
    color: str = INK,
    algn: str = "l",
    bullet: bool = False,
    number: bool = False,
) -> str:
    """A paragraph as Impress writes it: ``a:pPr`` with its indent, a bullet glyph or an
    auto-number (``arabicPeriod``) where asked, one run and an ``a:endParaRPr``."""
    if bullet or number:
        mark = (
            '<a:buFont typeface="' + FONT + '"/><a:buAutoNum type="arabicPeriod"/>'
            if number
            else '<a:buFont typeface="OpenSymbol"/><a:buChar char="\u2022"/>'
        )
        ppr = f'<a:pPr marL="288000" indent="-216000" algn="{algn}">{mark}</a:pPr>'
    else:
        ppr = f'<a:pPr algn="{algn}"><a:buNone/></a:pPr>'
    end = f'<a:endParaRPr b="0" lang="en-GB" spc="-1" strike="noStrike" sz="{size}"/>'
    return f"<a:p>{ppr}{run(text, size, bold=bold, color=color)}{end}</a:p>"


def _body(paras: Sequence[str], anchor: str) -> str:
    body = "".join(paras) or '<a:p><a:endParaRPr lang="en-GB" sz="1000"/></a:p>'
    return (
        f'<p:txBody><a:bodyPr lIns="72000" rIns="72000" tIns="36000" bIns="36000" '
        f'anchor="{anchor}"><a:noAutofit/></a:bodyPr><a:lstStyle/>{body}</p:txBody>'
    )


def shape(
    page: Page,
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
    title: bool = False,
) -> None:
    """A text box ("TextBox N") when it has no fill, outline or geometry of its own, else a
    custom shape ("CustomShape N"); the slide title a placeholder ("PlaceHolder N")."""
    sid = page.next_id()
    if title:
        name, cnv, nvpr = (
            f"PlaceHolder {sid}",
            '<p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr>',
            ('<p:nvPr><p:ph type="title"/></p:nvPr>'),
        )
    elif fill is None and line is None and geom == "rect":
        name, cnv, nvpr = f"TextBox {sid}", '<p:cNvSpPr txBox="1"/>', "<p:nvPr/>"
    else:
        name, cnv, nvpr = f"CustomShape {sid}", "<p:cNvSpPr/>", "<p:nvPr/>"
    fill_xml = f'<a:solidFill><a:srgbClr val="{fill}"/></a:solidFill>' if fill else "<a:noFill/>"
    ln = (
        f'<a:ln w="12600"><a:solidFill><a:srgbClr val="{line}"/></a:solidFill></a:ln>'
        if line
        else "<a:ln><a:noFill/></a:ln>"
    )
    page.shapes.append(
        f'<p:sp {NSDECL}><p:nvSpPr><p:cNvPr id="{sid}" name="{name}"/>{cnv}{nvpr}'
        f'</p:nvSpPr><p:spPr><a:xfrm><a:off x="{cm(x)}" y="{cm(y)}"/>'
        f'<a:ext cx="{cm(w)}" cy="{cm(h)}"/></a:xfrm><a:prstGeom prst="{geom}"><a:avLst/>'
        f"</a:prstGeom>{fill_xml}{ln}</p:spPr>{_body(paras, anchor)}</p:sp>"
    )


def _cell(text: str, size: int, *, head: bool) -> str:
    fill = NAVY if head else WHITE
    border = "".join(
        f'<a:{side} w="6480"><a:solidFill><a:srgbClr val="B0BEC5"/></a:solidFill></a:{side}>'
        for side in ("lnL", "lnR", "lnT", "lnB")
    )
    return (
        f"<a:tc><a:txBody><a:bodyPr/><a:lstStyle/>"
        f"{para(text, size, bold=head, color=WHITE if head else INK)}</a:txBody>"
        f'<a:tcPr marL="72000" marR="72000" marT="36000" marB="36000">{border}'
        f'<a:solidFill><a:srgbClr val="{fill}"/></a:solidFill></a:tcPr></a:tc>'
    )


def table(
    page: Page,
    x: float,
    y: float,
    widths: Sequence[float],
    rows: Sequence[Sequence[str]],
    *,
    size: int = 1000,
    row_h: float = 0.8,
) -> None:
    sid = page.next_id()
    grid = "".join(f'<a:gridCol w="{cm(w)}"/>' for w in widths)
    body = "".join(
        f'<a:tr h="{cm(row_h)}">'
        + "".join(_cell(text, size, head=(k == 0)) for text in row)
        + "</a:tr>"
        for k, row in enumerate(rows)
    )
    page.shapes.append(
        f'<p:graphicFrame {NSDECL}><p:nvGraphicFramePr><p:cNvPr id="{sid}" name="Table {sid}"/>'
        f"<p:cNvGraphicFramePr/><p:nvPr/></p:nvGraphicFramePr>"
        f'<p:xfrm><a:off x="{cm(x)}" y="{cm(y)}"/><a:ext cx="{cm(sum(widths))}" '
        f'cy="{cm(row_h * len(rows))}"/></p:xfrm><a:graphic><a:graphicData '
        f'uri="http://schemas.openxmlformats.org/drawingml/2006/table"><a:tbl>'
        f"<a:tblPr/><a:tblGrid>{grid}</a:tblGrid>{body}</a:tbl></a:graphicData></a:graphic>"
        f"</p:graphicFrame>"
    )


def head(page: Page, title: str, eyebrow: str, number: int) -> None:
    """The title placeholder, then the section eyebrow, the footer and the page number."""
    shape(page, 1.0, 0.9, 26.0, 1.5, [para(title, 2400, bold=True, color=NAVY)], title=True)
    shape(page, 1.0, 0.3, 14.0, 0.7, [para(eyebrow, 1000, bold=True, color=TEAL)])
    shape(page, 1.0, 14.8, 18.0, 0.6, [para(FOOTER, 800, color=GREY)])
    shape(page, 25.5, 14.8, 1.5, 0.6, [para(f"{number} / 18", 800, color=GREY, algn="r")])


def bullets(lines: Sequence[str], size: int = 1300) -> list[str]:
    return [para(t, size, bullet=True) for t in lines]


def numbered(lines: Sequence[str], size: int = 1200) -> list[str]:
    return [para(t, size, number=True) for t in lines]


# =========================================================================== the slides


def s01(page: Page) -> None:
    shape(page, 1.5, 4.2, 25.0, 2.4, [para("Flow First", 4400, bold=True, color=NAVY)], title=True)
    shape(page, 0.0, 0.0, 28.0, 1.2, fill=NAVY)
    shape(
        page,
        1.5,
        6.8,
        25.0,
        2.6,
        [
            para("Urgent and emergency care flow plan, 2027/28 to 2029/30", 2200, color=TEAL),
            para("Thrushby General Hospital and Wyndle Infirmary", 1600),
        ],
    )
    shape(
        page,
        1.5,
        11.2,
        25.0,
        2.0,
        [
            para("Trust Board, 7 September 2027 \u00b7 Paper 11 \u00b7 For approval", 1300),
            para("Presented by the Chief Operating Officer", 1300, color=GREY),
        ],
    )


def s02(page: Page) -> None:
    head(page, "Where we are today", "1  THE CASE FOR CHANGE", 2)
    tiles = [
        ("188,400", "emergency attendances in 2026/27 across our two departments"),
        ("64.1%", "of patients admitted, transferred or discharged within four hours in 2026/27"),
        ("47 min", "average ambulance handover at our two front doors last winter"),
        ("1 in 9", "patients spent more than 12 hours in the department in 2026/27"),
    ]
    for k, (big, small) in enumerate(tiles):
        x = 1.0 + k * 6.6
        shape(page, x, 3.0, 6.2, 4.2, fill=PALE)
        shape(page, x + 0.2, 3.2, 5.8, 1.6, [para(big, 3200, bold=True, color=NAVY)])
        shape(page, x + 0.2, 4.9, 5.8, 2.2, [para(small, 1200)])
    shape(
        page,
        1.0,
        7.8,
        16.0,
        6.4,
        bullets(
            [
                "Thrushby General sees 112,900 attendances a year and Wyndle Infirmary 75,500.",
                "Wyndle's department still runs on paper cas cards and a whiteboard.",
                "Most of our long waits are frail older patients waiting for a bed.",
                "Corridor care was used on 61 days at Thrushby General in 2026/27.",
            ],
            1300,
        ),
    )
    shape(
        page,
        17.6,
        7.8,
        9.4,
        6.4,
        [
            para("For context, not our targets", 1200, bold=True, color=AMBER),
            para(
                "The regulator's operational standard for 2027/28 asks every trust to see 78% "
                "of patients within four hours.",
                1100,
            ),
            para("The best trust in our region reached 81.3% in 2026/27.", 1100),
            para("In 2019/20 we saw 86% of patients within four hours.", 1100),
        ],
        line=AMBER,
    )


def s03(page: Page) -> None:
    head(page, "Our ambition", "1  THE CASE FOR CHANGE", 3)
    shape(
        page,
        1.0,
        2.8,
        26.0,
        2.4,
        [
            para("North star", 1100, bold=True, color=WHITE),
            para(
                "Every patient who comes to our emergency departments is seen, treated and on "
                "their way without waiting in a corridor.",
                1800,
                bold=True,
                color=WHITE,
            ),
        ],
        fill=NAVY,
    )
    shape(page, 1.0, 5.6, 13.0, 0.8, [para("By March 2030 we will:", 1400, bold=True)])
    shape(
        page,
        1.0,
        6.4,
        15.5,
        8.0,
        bullets(
            [
                "See 82% of patients within four hours at both hospitals",
                "End ambulance handovers longer than 45 minutes",
                "Have fewer than 2% of patients in the department for more than 12 hours",
                "Treat 30% of medical emergency admissions the same day, with no overnight stay",
                "Run both emergency departments on Corvia EPR, with no paper cas cards",
            ],
            1300,
        ),
    )
    shape(
        page,
        17.2,
        6.4,
        9.8,
        7.6,
        [
            para("And we want", 1200, bold=True, color=TEAL),
            para("A better experience for children and families in our departments.", 1200),
            para("A calmer, safer department for the people who work in it.", 1200),
        ],
        fill=PALE,
    )


def s04(page: Page) -> None:
    head(page, "Who this plan is for", "1  THE CASE FOR CHANGE", 4)
    cards = [
        (
            "Arriving by ambulance",
            "A frail older person, 84, brought in by ambulance to Wyndle Infirmary after a fall "
            "at home at night, who will need a bed or a safe way home.",
        ),
        (
            "A child with a minor injury",
            "A child of seven with a minor injury brought to Thrushby General by a parent on a "
            "Saturday afternoon, who needs to be seen and sent home quickly.",
        ),
        (
            "A mental health crisis",
            "An adult who needs a mental health assessment, waiting in the department overnight "
            "for the liaison team and, sometimes, for a bed elsewhere.",
        ),
    ]
    for k, (name, text) in enumerate(cards):
        x = 1.0 + k * 8.7
        shape(page, x, 2.8, 8.2, 1.0, [para(name, 1400, bold=True, color=WHITE)], fill=TEAL)
        shape(page, x, 3.8, 8.2, 5.2, [para(text, 1200)], fill=PALE)
    shape(
        page,
        1.0,
        9.6,
        26.0,
        4.8,
        [
            para("Not in this plan", 1300, bold=True, color=AMBER),
            *bullets(
                [
                    "Maternity: pregnant women over 20 weeks go to the maternity assessment units",
                    "Planned surgery and outpatients, which have their own recovery plan",
                    "The minor injuries units run by Ordway Community Health",
                ],
                1200,
            ),
        ],
    )


def s05(page: Page) -> None:
    head(page, "Three phases", "2  HOW WE GET THERE", 5)
    phases = [
        (
            "Phase A: Stabilise",
            "Make the two departments safe for the coming winter: stream at the front door, "
            "take ambulance handovers on time and hold a daily grip on the bed state.",
        ),
        (
            "Phase B: Redesign",
            "Change how patients move through the hospital: same day emergency care, new "
            "pathways for frail patients and children, Corvia EPR at Wyndle.",
        ),
        (
            "Phase C: Sustain",
            "Hold the gains, hand the work to the divisions and stop the programme.",
        ),
    ]
    for k, (name, text) in enumerate(phases):
        x = 1.0 + k * 8.7
        shape(
            page,
            x,
            3.0,
            8.2,
            1.4,
            [para(name, 1600, bold=True, color=WHITE)],
            fill=NAVY,
            geom="homePlate",
        )
        shape(page, x, 4.8, 8.0, 6.0, [para(text, 1300)])
    shape(
        page,
        1.0,
        11.6,
        26.0,
        2.4,
        [
            para(
                "Each phase ends at a gate where the Flow Programme Board decides whether we are "
                "ready to move on. The quarters for each phase are on slide 11.",
                1200,
                color=GREY,
            )
        ],
    )


def pillar(page: Page, number: int, title: str, lead: str, lines: Sequence[str]) -> None:
    head(page, title, "3  WHAT WE WILL DO", number)
    shape(page, 1.0, 2.7, 26.0, 0.9, [para(lead, 1300, color=TEAL, bold=True)])
    shape(page, 1.0, 3.8, 26.0, 10.4, bullets(lines, 1300))


def s06(page: Page) -> None:
    pillar(
        page,
        6,
        "Pillar 1: The front door",
        "Get the right patient to the right place in the first 15 minutes",
        [
            "Stream every walk-in patient at the front door within 15 minutes of arrival",
            "Open a separate children's waiting area and see-and-treat stream at Wyndle Infirmary",
            "Set up a frailty assessment area beside the department at both hospitals",
            "Agree a one-hour response to ED referrals with the mental health liaison team",
            "Fit out a safe room for mental health assessments at Wyndle Infirmary",
            "Add a twilight shift of emergency nurse practitioners for minor injuries",
        ],
    )


def s07(page: Page) -> None:
    pillar(
        page,
        7,
        "Pillar 2: Through the hospital",
        "A bed ready when the decision to admit is made",
        [
            "Move the bed state from the spreadsheet to a live electronic bed board",
            "Hold a board round on every adult ward before 10:00, seven days a week",
            "Open a discharge lounge at Wyndle Infirmary from 08:00 to 20:00",
            "Plan every frail patient's discharge from the day they are admitted",
        ],
    )


def s08(page: Page) -> None:
    pillar(
        page,
        8,
        "Pillar 3: Information we can act on",
        "One record and one picture of both departments",
        [
            "Take Corvia EPR live in Wyndle Infirmary's emergency department",
            "Roll Corvia out to Wyndle under our two-year contract, June 2028 to May 2030",
            "Receive ambulance handover times every day, not once a month",
            "Build a four-hour and 12-hour dashboard for both hospitals in Dunnock Reports",
        ],
    )


def s09(page: Page) -> None:
    head(page, "Starting small", "3  WHAT WE WILL DO", 9)
    shape(
        page,
        1.0,
        2.7,
        26.0,
        1.6,
        [
            para(
                "We start with the Same Day Emergency Care unit at Thrushby General Hospital, "
                "before any change at Wyndle.",
                1500,
                bold=True,
                color=NAVY,
            )
        ],
    )
    shape(
        page,
        1.0,
        4.6,
        15.0,
        9.6,
        numbered(
            [
                "Extend the unit's opening hours to 08:00 to 22:00, seven days a week",
                "Take direct referrals from ambulance crews for six agreed conditions",
                "Write the frailty same day pathway and put it to the Clinical Safety Committee",
                "Build the same day order set in Corvia",
                "Measure for twelve weeks and report to the Flow Programme Board",
            ],
            1300,
        ),
    )
    shape(
        page,
        16.8,
        4.6,
        10.2,
        9.6,
        [
            para("Why here first", 1300, bold=True, color=TEAL),
            para("Thrushby General already runs Corvia EPR in its department.", 1200),
            para("The unit sees 38 patients a day and has room for 60.", 1200),
            para("What we learn here shapes Wyndle in Phase B.", 1200),
        ],
        fill=PALE,
    )


KPI_ROWS = [
    ["Measure", "Baseline 2026/27", "Target", "By when"],
    [
        "Patients admitted, transferred or discharged within four hours (both hospitals)",
        "64.1%",
        "82%",
        "March 2030",
    ],
    ["Average ambulance handover time", "47 minutes", "20 minutes", "March 2029"],
    ["Ambulance handovers longer than 45 minutes", "2,316 a year", "None", "December 2028"],
    ["Patients in the department for more than 12 hours", "10.8%", "Under 2%", "March 2030"],
    [
        "Medical emergency admissions treated the same day in SDEC",
        "14%",
        "30%",
        "September 2029",
    ],
    ["Children with a minor injury seen and treated within two hours", "58%", "90%", "March 2029"],
    [
        "Mental health assessments started within one hour of referral",
        "41%",
        "85%",
        "To be agreed with Quillmere",
    ],
    ["Patients discharged before midday", "16%", "33%", "March 2029"],
    ["ED staff who would recommend their department as a place to work", "52%", "Higher", "Annual"],
]


def s10(page: Page) -> None:
    head(page, "How we will know", "4  MEASURES", 10)
    table(page, 1.0, 2.7, [13.4, 4.0, 3.6, 5.0], KPI_ROWS, size=1000, row_h=1.1)


def s11(page: Page) -> None:
    head(page, "The plan's calendar", "2  HOW WE GET THERE", 11)
    shape(
        page,
        1.0,
        2.7,
        26.0,
        2.0,
        [
            para(
                "Our financial year runs from 1 April to 31 March. The plan covers the second "
                "half of 2027/28 and the two financial years after it.",
                1300,
            ),
            para("It starts on 1 October 2027 and ends on 31 March 2030.", 1300, bold=True),
        ],
    )
    table(
        page,
        1.0,
        5.2,
        [4.0, 8.0, 8.0],
        [
            ["Phase", "From", "To"],
            ["A", "Q3 2027/28", "Q4 2027/28"],
            ["B", "Q1 2028/29", "Q2 2029/30"],
            ["C", "Q3 2029/30", "Q4 2029/30"],
        ],
        size=1300,
        row_h=1.0,
    )
    shape(
        page,
        21.6,
        5.2,
        5.4,
        6.0,
        [
            para("Quarters", 1200, bold=True, color=TEAL),
            para("Q1 April to June", 1100),
            para("Q2 July to September", 1100),
            para("Q3 October to December", 1100),
            para("Q4 January to March", 1100),
        ],
        fill=PALE,
    )


QUARTERS = [
    "Q3 27/28",
    "Q4 27/28",
    "Q1 28/29",
    "Q2 28/29",
    "Q3 28/29",
    "Q4 28/29",
    "Q1 29/30",
    "Q2 29/30",
    "Q3 29/30",
    "Q4 29/30",
]
X0, COL = 5.6, 1.9  # the grid: first quarter column's left edge and one quarter's width
LANES: list[tuple[str, list[tuple[float, float, str]]]] = [
    ("Front door", [(0, 4, "Streaming and see-and-treat"), (2, 7, "Frailty and children's areas")]),
    ("Same day care", [(0, 2, "Thrushby SDEC"), (2, 8, "Same day pathways, both sites")]),
    ("Through the hospital", [(0, 3, "Board rounds"), (1, 6, "Electronic bed board")]),
    ("Information", [(0, 3, "Daily handover data"), (2, 5, "Dunnock dashboard")]),
    ("Corvia at Wyndle", [(2.67, 10, "Corvia roll-out contract"), (10, 10.67, "to May 2030")]),
    ("Hand over", [(8, 10, "Into the divisions")]),
]


def s12(page: Page) -> None:
    head(page, "Roadmap", "2  HOW WE GET THERE", 12)
    # the winter band first, so the bars sit over it
    shape(
        page,
        X0 + COL * 0.67,
        2.6,
        COL * 1.33,
        11.2,
        [para("Winter 2027/28", 1000, bold=True, color=AMBER, algn="ctr")],
        fill="FDF0DC",
    )
    for k, q in enumerate(QUARTERS):
        shape(page, X0 + k * COL, 3.2, COL, 0.8, [para(q, 900, bold=True, algn="ctr")], line=PALE)
    shape(
        page,
        X0 + 10 * COL + 0.2,
        3.2,
        2.4,
        0.8,
        [para("After March 2030", 900, bold=True, color=GREY, algn="ctr")],
        line=GREY,
    )
    for n, (lane, bars) in enumerate(LANES):
        y = 4.3 + n * 1.5
        shape(page, 1.0, y, 4.4, 1.2, [para(lane, 1100, bold=True)])
        for start, end, label in bars:
            if start >= 10:
                x, w = X0 + 10 * COL + 0.2, 2.4
            else:
                x, w = X0 + start * COL, (end - start) * COL
            shape(
                page,
                x,
                y + 0.1,
                w,
                1.0,
                [para(label, 900, color=WHITE)],
                fill=TEAL,
                geom="roundRect",
                anchor="ctr",
            )
    for x, label in [(X0 + 2 * COL, "Gate 1"), (X0 + 8 * COL, "Gate 2")]:
        shape(page, x - 0.4, 13.3, 0.8, 0.8, fill=AMBER, geom="diamond")
        shape(page, x + 0.5, 13.3, 3.0, 0.8, [para(label, 1000, bold=True, color=AMBER)])


def s13(page: Page) -> None:
    head(page, "Gates", "2  HOW WE GET THERE", 13)
    shape(
        page,
        1.0,
        2.7,
        12.6,
        11.4,
        [
            para("Gate 1: end of Q4 2027/28", 1400, bold=True, color=NAVY),
            *bullets(
                [
                    "No ambulance handover longer than 60 minutes in March 2028",
                    "Every walk-in patient streamed within 15 minutes on nine days in ten",
                    "The frailty same day pathway approved by the Clinical Safety Committee",
                    "A Deputy Director of Nursing in post",
                ],
                1200,
            ),
        ],
        fill=PALE,
    )
    shape(
        page,
        14.4,
        2.7,
        12.6,
        11.4,
        [
            para("Gate 2: from Redesign to Sustain", 1400, bold=True, color=NAVY),
            *bullets(
                [
                    "When the four-hour standard is met at 78% for three consecutive months",
                    "Corvia EPR live in Wyndle Infirmary's department with paper cas cards withdrawn",
                    "Same day pathways running at both hospitals",
                    "Each division has taken on its measures in its monthly performance review",
                ],
                1200,
            ),
        ],
        fill=PALE,
    )


def s14(page: Page) -> None:
    head(page, "The first 90 days", "5  GETTING STARTED", 14)
    shape(
        page,
        1.0,
        2.7,
        26.0,
        11.6,
        numbered(
            [
                "Open the winter escalation cell and a twice-daily bed meeting (Head of Patient Flow)",
                "Agree a data sharing agreement with Carnhallow Ambulance Service for daily "
                "handover times (Head of IG)",
                "Start a baseline of every measure in this plan in Dunnock (Head of Performance)",
                "Recruit to the Deputy Director of Nursing post (Director of Nursing)",
                "Run triage refresher training for every Wyndle ED nurse (Clinical Education Lead)",
                "Put the new streaming model to the Patient Panel (Divisional Director of Nursing)",
                "Book the Corvia build slot for the SDEC order set (EPR Programme Manager)",
            ],
            1250,
        ),
    )


RISK_ROWS = [
    ["Risk", "Likelihood", "Impact", "Mitigation"],
    [
        "Winter demand overwhelms Phase A",
        "High",
        "High",
        "Keep an escalation cell open seven days a week from December to March",
    ],
    [
        "Corvia go-live at Wyndle slips",
        "Medium",
        "High",
        "Keep a paper fallback and a trained super-user on every Wyndle shift",
    ],
    [
        "Not enough nurses for the twilight shift",
        "Medium",
        "Medium",
        "Offer the twilight shift first to bank nurses who already work in the department",
    ],
    [
        "Ambulance data stays monthly",
        "Medium",
        "Medium",
        "Log handover times on our own arrival screen at Thrushby General in the meantime",
    ],
]


def s15(page: Page) -> None:
    head(page, "Risks and what we will do", "5  GETTING STARTED", 15)
    table(page, 1.0, 2.7, [7.0, 3.0, 3.0, 13.0], RISK_ROWS, size=1050, row_h=1.6)


def s16(page: Page) -> None:
    head(page, "Governance", "6  GOVERNANCE", 16)
    shape(
        page,
        1.0,
        2.7,
        26.0,
        11.6,
        bullets(
            [
                "The Chief Operating Officer is senior responsible owner and chairs the Flow "
                "Programme Board, which meets monthly and takes every gate decision",
                "Go/no-go on taking SDEC to Wyndle is for the chair of the Flow Programme Board "
                "at Gate 1",
                "The Clinical Safety Committee approves every new clinical pathway before it goes live",
                "The Patient Panel is consulted on each change to where patients wait and how they "
                "are streamed",
                "The Trust Board receives a quarterly report and approves the budget for each phase",
                "Each workstream lead reports to the Flow First Programme Manager every fortnight",
            ],
            1300,
        ),
    )


def s17(page: Page) -> None:
    head(page, "After March 2030", "7  BEYOND THIS PLAN", 17)
    shape(
        page,
        1.0,
        2.7,
        26.0,
        11.4,
        [
            para("Not funded or planned here, and outside this plan:", 1300, bold=True, color=GREY),
            *bullets(
                [
                    "A new emergency department building at Wyndle Infirmary, if national "
                    "capital is found, in 2032 at the earliest",
                    "An urgent treatment centre on the Wyndle site with Ordway Community Health",
                    "The last three months of the Corvia contract, April and May 2030, are "
                    "support and optimisation only",
                ],
                1300,
            ),
        ],
    )


def s18(page: Page) -> None:
    head(page, "What we ask of the Board", "8  DECISIONS", 18)
    shape(
        page,
        1.0,
        2.7,
        26.0,
        11.4,
        bullets(
            [
                "Approve Flow First as the trust's urgent and emergency care plan to March 2030",
                "Approve \u00a32.9m for Phase A and Phase B, of which \u00a31.1m is already in "
                "the 2027/28 budget",
                "Note that the Corvia contract was approved by the Board in June 2027",
                "Agree that the Chief Operating Officer chairs the Flow Programme Board",
            ],
            1400,
        ),
    )


@dataclass
class SlideSpec:
    make: Callable[[Page], None]
    layout: str = "Title Only"
    notes: str = ""


SLIDES = [
    SlideSpec(s01, "Title Slide"),
    SlideSpec(
        s02,
        notes="Attendances exclude the minor injuries units. The 2019/20 figure was before "
        "Wyndle's emergency department lost its second resuscitation bay.",
    ),
    SlideSpec(s03),
    SlideSpec(s04),
    SlideSpec(s05),
    SlideSpec(s06),
    SlideSpec(s07),
    SlideSpec(s08),
    SlideSpec(s09),
    SlideSpec(
        s10,
        notes="The staff measure comes from the annual staff survey; we will set a target "
        "after the 2027 survey results arrive in March 2028.",
    ),
    SlideSpec(s11),
    SlideSpec(
        s12,
        notes="Bars are workstreams and overlap on purpose; they are not the phases. The "
        "shaded band is the winter pressure period, when no new pathway goes live.",
    ),
    SlideSpec(s13),
    SlideSpec(s14),
    SlideSpec(s15),
    SlideSpec(s16),
    SlideSpec(s17),
    SlideSpec(s18),
]


# =========================================================================== the package

APP_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    "<Template></Template><TotalTime>412</TotalTime>"
    "<Application>LibreOffice/7.6.4.1$Linux_X86_64 LibreOffice_project/"
    "e19e193f88cd6c0525a17fb7a176ed8e6a3e2aa1</Application>"
    "<AppVersion>15.0000</AppVersion><PresentationFormat>Custom</PresentationFormat>"
    "<Paragraphs>0</Paragraphs><Slides>18</Slides><Notes>3</Notes><HiddenSlides>0</HiddenSlides>"
    "<MMClips>0</MMClips></Properties>"
)
CORE_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
    'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/'
    'dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/'
    'XMLSchema-instance"><dc:title>Flow First</dc:title><dc:creator>Operations Directorate'
    "</dc:creator><dc:language>en-GB</dc:language>"
    '<dcterms:created xsi:type="dcterms:W3CDTF">2027-08-16T09:12:40Z</dcterms:created>'
    '<dcterms:modified xsi:type="dcterms:W3CDTF">2027-08-29T17:03:11Z</dcterms:modified>'
    "<cp:revision>23</cp:revision></cp:coreProperties>"
)


def _zip(parts: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in sorted(parts):
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, parts[name])
    return out.getvalue()


def build_deck() -> bytes:
    prs = Presentation()
    prs.slide_width, prs.slide_height = Emu(WIDTH), Emu(HEIGHT)
    for layout, name in zip(prs.slide_layouts, LO_LAYOUTS, strict=True):
        layout._element.cSld.set("name", name)
    layouts = {layout.name: layout for layout in prs.slide_layouts}
    for spec in SLIDES:
        slide = prs.slides.add_slide(layouts[spec.layout])
        tree = slide.shapes._spTree
        for ph in list(slide.placeholders):
            tree.remove(ph._element)
        page = Page()
        spec.make(page)
        for xml in page.shapes:
            tree.append(etree.fromstring(xml))
        if spec.notes:
            slide.notes_slide.notes_text_frame.text = spec.notes
    buffer = io.BytesIO()
    prs.save(buffer)
    src = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    parts = {i.filename: src.read(i.filename) for i in src.infolist()}
    parts["docProps/app.xml"] = APP_XML.encode("utf-8")
    parts["docProps/core.xml"] = CORE_XML.encode("utf-8")
    parts = {n: b for n, b in parts.items() if n != "docProps/thumbnail.jpeg"}
    rels = parts["_rels/.rels"].decode("utf-8")
    rels = re.sub(r'<Relationship Id="[^"]+" Type="[^"]*thumbnail"[^>]*/>', "", rels)
    parts["_rels/.rels"] = rels.encode("utf-8")
    for name in list(parts):
        if name.startswith("ppt/theme/"):
            parts[name] = parts[name].replace(b'name="Office Theme"', b'name="Default"')
    return _zip(parts)


# =========================================================================== the org folder

DIRECTORY = """
# Staff directory: Urgent and Emergency Care and corporate contacts

_Exported from StaffNet (the Thrushby and Wyndle intranet) on 23 August 2027. The directory lists
posts, not people: where a post is vacant the name shows "Vacant" and the portfolio says who holds
it in the meantime._

## Executive team

| Post | Name | Base | Reports to | Portfolio |
|---|---|---|---|---|
| Chief Executive | Dr Helen Marchbank | Thrushby General | Trust Board | Leads the trust; accountable to the Trust Board for performance, quality and money. |
| Chief Operating Officer | Andrew Tilsley | Thrushby General | Chief Executive | Runs operations at both hospitals; senior responsible owner of Flow First and chair of the Flow Programme Board; decides go/no-go at each programme gate; releases programme budget within the limits the Trust Board sets. |
| Medical Director | Dr Priya Anand | Thrushby General | Chief Executive | Medical workforce, medical education and clinical standards; chairs the Clinical Safety Committee. |
| Director of Nursing and Midwifery | Gillian Rowe | Thrushby General | Chief Executive | Professional lead for nurses and midwives; trust-wide safe staffing and the nursing workforce plan; holds the Deputy Director of Nursing portfolio while that post is vacant. |
| Deputy Director of Nursing | Vacant | Thrushby General | Director of Nursing and Midwifery | Trust-wide safe staffing reviews, nursing recruitment and retention, falls and pressure ulcer prevention, the nursing workforce plan. |
| Director of Finance | Martin Oduya | Thrushby General | Chief Executive | Budgets, business cases and financial control. |
| Chief Information Officer | Sunita Varghese | Thrushby General | Chief Executive | Information technology and digital services; the Corvia EPR contract and its roll-out; infrastructure, devices and the service desk. |

## Urgent and Emergency Care Division

| Post | Name | Base | Reports to | Portfolio |
|---|---|---|---|---|
| Divisional Director of Operations, Urgent and Emergency Care | Kieran Moss | Both sites | Chief Operating Officer | Day-to-day running of both emergency departments, SDEC and the acute medical units; the division's budget and performance; front door streaming and its rotas. |
| Divisional Director of Nursing, Urgent and Emergency Care | Bernadette Quayle | Both sites | Director of Nursing and Midwifery | Nursing in both emergency departments, SDEC and the acute medical units: triage, ED nurse rotas and skill mix, emergency nurse practitioners, ambulance handover nursing, patient experience in the division. |
| Clinical Director for Emergency Medicine | Dr Owen Fairclough | Both sites | Medical Director | Emergency medicine consultants and doctors in training; clinical pathways in the emergency departments; clinical lead for same day emergency care. |
| SDEC Unit Manager | Lorna Pike | Thrushby General | Divisional Director of Operations, Urgent and Emergency Care | Runs the Same Day Emergency Care unit at Thrushby General: opening hours, staffing, referrals in and the unit's daily figures. |
| Lead Nurse, Children's Emergency Care | Tomasz Wrona | Both sites | Divisional Director of Nursing, Urgent and Emergency Care | Children's areas and children's nursing in both emergency departments; see-and-treat for children; safeguarding children in ED. |
| Clinical Lead for Frailty | Dr Ruth Ekwueme | Both sites | Clinical Director for Emergency Medicine | Frailty assessment at the front door, frailty pathways and the frailty teams at both hospitals. |
| Mental Health Liaison Team Manager | Declan Hurst | Both sites | Quillmere Partnership NHS Foundation Trust | Manages the liaison team Quillmere provides in our departments: response times to ED referrals, assessments and the place where they happen. |
| Head of Patient Flow | Carys Mellor | Both sites | Divisional Director of Operations, Urgent and Emergency Care | The site management teams; the bed state and bed meetings; winter escalation and the full capacity protocol; board rounds. |
| Integrated Discharge Team Manager | Sandra Lyle | Both sites | Head of Patient Flow | Complex discharges, discharge to assess with the councils, the discharge lounges and discharge before midday. |

## Corporate services

| Post | Name | Base | Reports to | Portfolio |
|---|---|---|---|---|
| Flow First Programme Manager | Imogen Castell | Thrushby General | Chief Operating Officer | Programme plan, risk log and highlight reports for Flow First; secretary to the Flow Programme Board. |
| EPR Programme Manager | Faisal Qureshi | Thrushby General | Chief Information Officer | The Corvia roll-out at Wyndle Infirmary: build, testing, go-live and super-users; bookings of Corvia build slots. |
| Head of Performance and Information | Neil Ashworth | Thrushby General | Director of Finance | Performance reporting, the four-hour and 12-hour returns, the Dunnock data warehouse and Dunnock Reports dashboards. |
| Head of Information Governance | Yvonne Dale | Thrushby General | Chief Information Officer | Data protection, data sharing agreements with partners, DPIAs and records management. |
| Clinical Education Lead, Emergency Care | Rhiannon Pask | Both sites | Divisional Director of Nursing, Urgent and Emergency Care | Training for emergency department nurses and support staff: triage training, Corvia training with the EPR team, simulation and induction. |

## Bodies we consult

| Post | Name | Base | Reports to | Portfolio |
|---|---|---|---|---|
| Chair, Patient Panel | Margaret Ilsley | Not applicable | Not a trust post | Chairs the panel of patients and carers the trust consults on changes to services; the panel gives views and leads no trust work. |
| Staff Side Chair, Joint Consultative Committee | Gareth Pryce | Not applicable | Not a trust post | Chairs the staff side of the committee where the trust consults recognised unions; consulted on changes to shifts and rotas, leads no trust work. |
"""

CSC_TERMS = """
THRUSHBY AND WYNDLE HOSPITALS NHS TRUST
CLINICAL SAFETY COMMITTEE: TERMS OF REFERENCE (EXTRACT)
Approved by the Quality Committee, 14 March 2027

1. Purpose
The Clinical Safety Committee makes sure that every change to how patients are assessed and
treated is safe before it starts.

2. Chair and members
The Medical Director chairs the committee. Members are the Director of Nursing and Midwifery,
the Clinical Director for Emergency Medicine, the Chief Pharmacist, the Head of Patient Safety
and a clinical safety officer from the EPR team.

3. What must come to the committee
No new clinical pathway may start in any department until the Clinical Safety Committee has
approved it.
This includes same day emergency care pathways, direct referral routes from ambulance crews and
any new order set built in Corvia.
A pathway paper must be sent to the secretary at least 15 working days before a meeting.

4. Meetings
The committee meets every second month (January, March, May, July, September and November).
There is no meeting in August.
"""

CONSULTATION = """
# How we consult: the Patient Panel and the Joint Consultative Committee

_Extract from the trust's engagement framework, 2026 edition._

## Patient Panel

The Patient Panel is 18 patients and carers from across the Thrushby and Wyndle catchment. The
panel meets monthly and is chaired by one of its members.

- The Patient Panel must be consulted before any change to where patients wait or how they are
  streamed on arrival.
- Papers go to the panel at least two weeks before its meeting; its views are recorded in the
  paper that goes on to the decision-making body.
- The panel advises; it does not approve or run any part of a service.

## Joint Consultative Committee

The Joint Consultative Committee is where the trust consults the recognised trade unions.

- Any change to nursing shift patterns, including new twilight shifts, must be put to the Joint
  Consultative Committee with 30 days' notice before it is introduced.
- The staff side chair is consulted on the programme's workforce changes; the committee leads
  no trust work.
"""

SYSTEMS = """
# Emergency care systems and data

_Owner: Chief Information Officer. Reviewed August 2027._

## Patient records in the emergency departments

- **Corvia EPR** (from Corvia Health Systems) has been live at Thrushby General Hospital since
  November 2024, including the emergency department, SDEC and the acute medical unit.
- Corvia EPR is live only at Thrushby General Hospital.
- At Wyndle Infirmary the emergency department records every attendance on paper cas cards,
  which are scanned into the document store after discharge.
- Patients waiting in the Wyndle department are tracked on a whiteboard that is wiped at each
  shift change, and nothing on it is kept.
- The Corvia tracking board at Thrushby General keeps its event history for 90 days only; older
  waits survive only as daily totals.

## Beds

- The bed state for both hospitals is kept in a spreadsheet on the site team's shared drive,
  updated three times a day, at 08:00, 14:00 and 20:00.
- Corvia has a bed management module; the trust has bought it but not switched it on.

## Ambulance handovers

- Ambulance handover times are held by Carnhallow Ambulance Service and shared with us once a
  month as a spreadsheet, about three weeks after the month ends.
- Our own departments record the time of arrival, not the time the crew hands the patient over.

## Reporting

- The **Dunnock** data warehouse takes a nightly feed from Corvia and from the patient
  administration system at both hospitals.
- **Dunnock Reports** holds the trust's performance dashboards, including the monthly four-hour
  and 12-hour returns.
- Wyndle's attendances reach Dunnock from the patient administration system when the cas card
  is coded, two to five days after the visit.
"""

MEASURES = (
    "Measure\tDefinition\tSource\tOwner\tBaseline 2026/27\tReported\n"
    "Four-hour performance\tAttendances admitted, transferred or discharged within four hours of "
    "arrival, both type 1 departments\tDunnock (Corvia and the patient administration system)\t"
    "Head of Performance and Information\t64.1%\tDaily and monthly\n"
    "Average ambulance handover\tMinutes from ambulance arrival to handover of the patient\t"
    "Carnhallow Ambulance Service monthly file\tDivisional Director of Nursing, Urgent and "
    "Emergency Care\t47 minutes\tMonthly\n"
    "Handovers over 45 minutes\tAmbulance handovers taking more than 45 minutes\tCarnhallow "
    "Ambulance Service monthly file\tDivisional Director of Nursing, Urgent and Emergency Care\t"
    "2,316\tMonthly\n"
    "12-hour stays\tShare of attendances spending more than 12 hours from arrival to leaving the "
    "department\tDunnock\tDivisional Director of Operations, Urgent and Emergency Care\t10.8%\t"
    "Monthly\n"
    "Same day emergency care share\tMedical emergency admissions treated and discharged the same "
    "day through SDEC\tDunnock\tSDEC Unit Manager\t14%\tMonthly\n"
    "Children's minor injuries within two hours\tChildren with a minor injury seen, treated and "
    "discharged within two hours\tDunnock\tLead Nurse, Children's Emergency Care\t58%\tMonthly\n"
    "Mental health response\tMental health assessments started within one hour of referral from "
    "the ED\tQuillmere liaison log\tMental Health Liaison Team Manager\t41%\tMonthly\n"
    "Discharge before midday\tAdult inpatients discharged before 12:00\tDunnock\tIntegrated "
    "Discharge Team Manager\t16%\tWeekly\n"
    "Staff recommendation\tED staff who would recommend their department as a place to work\t"
    "Annual staff survey\tDivisional Director of Nursing, Urgent and Emergency Care\t52%\tAnnual\n"
)

CONTRACT = """
CORVIA EPR: WYNDLE INFIRMARY ROLL-OUT CONTRACT - SUMMARY FOR THE FLOW PROGRAMME BOARD
Prepared by the EPR Programme Manager, 20 August 2027

Contract: Corvia Health Systems, roll-out of Corvia EPR to Wyndle Infirmary.
Approved by the Trust Board on 29 June 2027.
Term: two years, from 1 June 2028 to 31 May 2030, of which the last three months are support
and optimisation.

Go-live window: the contract fixes the Wyndle emergency department go-live between 5 February
2029 and 30 April 2029, and it cannot be brought forward.

Build slots: Corvia needs 16 weeks' notice to build any new order set or pathway in the EPR,
at either hospital.

Bed management: the Corvia bed management module is in the contract's licence but is not part
of the roll-out plan; switching it on is a separate piece of work for the trust.

Training: Corvia trains our super-users; the Clinical Education Lead, Emergency Care trains the
rest of the department's staff.
"""

SITES = """
# Our two hospitals: sites and activity, 2026/27

| | Thrushby General Hospital | Wyndle Infirmary |
|---|---|---|
| Emergency attendances | 112,900 | 75,500 |
| Arrivals by ambulance | 31,600 | 22,100 |
| Children (under 16) | 24,800 | 12,300 |
| Adult acute beds | 610 | 340 |
| Same Day Emergency Care unit | Yes, 08:00 to 20:00 on weekdays | No |
| Children's separate waiting area | Yes | No |
| Mental health assessment room | Yes | No |
| Electronic patient record in ED | Corvia EPR | Paper cas cards |

There is no room set aside for mental health assessments at Wyndle Infirmary; patients wait in a
cubicle or the relatives' room.

Wyndle Infirmary is 19 miles from Thrushby General; patients are not moved between the two
departments except for specialist care.
"""

PROTOCOL = """
# Full capacity protocol (extract)

_Owner: Head of Patient Flow. Version 4, October 2026._

## Escalation

- The site team holds bed meetings at 08:30, 14:30 and 20:30, each after the bed state
  spreadsheet is updated.
- From 1 December to 31 March the trust runs a winter escalation cell seven days a week.
- During the winter period no new clinical pathway is introduced unless the Chief Operating
  Officer agrees an exception.

## Roles

- The Head of Patient Flow decides the escalation level for each hospital.
- The Chief Operating Officer is the executive on call for level 4 and decides on diverting
  ambulances between the two hospitals.
"""


def build_terms() -> bytes:
    doc = Document()
    core = doc.core_properties
    core.author = "Flow First Programme Manager"
    core.title = "Flow Programme Board terms of reference"
    core.created = core.modified = datetime(2027, 8, 16, 10, 0, 0)
    core.revision = 3
    doc.add_heading("Flow Programme Board: terms of reference", level=1)
    paras = [
        "Approved by the Executive Committee on 16 August 2027; to be noted by the Trust Board "
        "on 7 September 2027.",
        "Purpose: to direct Flow First, the trust's urgent and emergency care flow plan, from "
        "October 2027 to March 2030.",
        "Chair: the Chief Operating Officer, who is the senior responsible owner and executive "
        "sponsor of Flow First.",
        "Members: the Divisional Director of Operations, the Divisional Director of Nursing, the "
        "Clinical Director for Emergency Medicine, the Chief Information Officer, the Head of "
        "Patient Flow, the Head of Performance and Information and the Director of Finance's "
        "nominee.",
        "In attendance: the Flow First Programme Manager (secretary) and the Chair of the "
        "Patient Panel, who is invited to give the panel's views and does not vote.",
        "Decisions: the board decides whether each gate is passed. The chair takes the go/no-go "
        "decision at each gate after hearing the members; a gate cannot be passed without the "
        "chair's agreement.",
        "Money: the chair releases each phase's budget within the sum the Trust Board approves.",
        "Meetings: monthly, on the second Tuesday; quorum is the chair or a named deputy and "
        "four members.",
    ]
    for text in paras:
        doc.add_paragraph(text)
    buffer = io.BytesIO()
    doc.save(buffer)
    src = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    parts = {i.filename: src.read(i.filename) for i in src.infolist()}
    core_xml = parts["docProps/core.xml"].decode("utf-8")
    core_xml = re.sub(r"<dcterms:(created|modified)[^>]*>[^<]*</dcterms:\1>", "", core_xml)
    core_xml = core_xml.replace(
        "</cp:coreProperties>",
        '<dcterms:created xsi:type="dcterms:W3CDTF">2027-08-16T10:00:00Z</dcterms:created>'
        '<dcterms:modified xsi:type="dcterms:W3CDTF">2027-08-16T10:00:00Z</dcterms:modified>'
        "</cp:coreProperties>",
    )
    parts["docProps/core.xml"] = core_xml.encode("utf-8")
    return _zip(parts)


ORG_TEXT = {
    "org/people/staffnet-directory-urgent-care.md": DIRECTORY,
    "org/governance/clinical-safety-committee-terms.txt": CSC_TERMS,
    "org/governance/patient-panel-and-jcc-consultation.md": CONSULTATION,
    "org/systems/emergency-care-systems-and-data.md": SYSTEMS,
    "org/measures/flow-measures.tsv": MEASURES,
    "org/context/corvia-wyndle-contract-summary.txt": CONTRACT,
    "org/context/sites-and-activity-2026-27.md": SITES,
    "org/policies/full-capacity-protocol-extract.md": PROTOCOL,
}


def write(path: Path, body: str | bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(body, str):
        path.write_text(body.lstrip("\n"), encoding="utf-8", newline="\n")
    else:
        path.write_bytes(body)


def build(out: Path) -> None:
    root = out / CASE
    files: dict[str, str | bytes] = {
        DECK: build_deck(),
        "org/governance/flow-programme-board-terms-of-reference.docx": build_terms(),
    }
    files.update(ORG_TEXT)
    for rel, body in files.items():
        write(root / rel, body)


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
