"""Build the blind20 case ``mental-health-community``: its deck and its org folder, deterministically.

Run from the repository root with the project's venv (python-pptx and lxml):

    .venv/bin/python evals/blind20/build_mental_health_community.py [out]

Writes, under ``evals/blind20/mental-health-community/`` (or ``<out>/mental-health-community/``):

- ``tb-2027-01-28-item-11-open-door-2030.pptx``: a mental health trust's community strategy for
  April 2027 to March 2030, a 16:9 deck as PowerPoint saves it: python-pptx's Office Theme
  template widened to 16:9 (every master and layout placeholder stretched to the new width, the
  ``sldSz`` without its 4:3 ``type``), slides on the standard layouts ("Title Slide", "Title and
  Content", "Two Content", "Comparison", "Title Only") with their title and body placeholders,
  footer and slide-number placeholders on every slide after the cover, text boxes a user added
  (``txBox="1"``), native tables (the KPI table inserted into a content placeholder), rounded
  rectangles as number tiles, ``docProps/app.xml`` naming Microsoft Office PowerPoint 16 and a
  widescreen format, and fixed ``docProps/core.xml`` dates.
- ``org/``: the trust's own files: the establishment as an ESR export
  (``people/esr-establishment.csv``: Post Title, Staff Group, Band, Reports To, Main Duties; CRLF,
  cells holding a comma quoted), the clinical governance framework extract, the programme board's
  terms of reference and the staff-side recognition agreement extract, the systems and data
  inventory, the metric definitions, the CQC action plan note, the pilot team's profile and the
  division's facts.

Re-running it rewrites every file byte for byte: the PPTX re-zipped with its entries sorted by
name, each at one fixed time, and the text files as literal strings. It never touches
``gold.json``.
"""

from __future__ import annotations

import datetime as dt
import io
import sys
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from lxml import etree
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.oxml.ns import qn
from pptx.shapes.placeholder import TablePlaceholder
from pptx.util import Emu, Inches, Pt

HERE = Path(__file__).resolve().parent
CASE = "mental-health-community"
DECK = "tb-2027-01-28-item-11-open-door-2030.pptx"
ZIP_TIME = (2027, 1, 21, 16, 40, 12)
CREATED = dt.datetime(2026, 11, 30, 9, 12, 0)
MODIFIED = dt.datetime(2027, 1, 21, 16, 40, 0)

WIDE = 12192000
HIGH = 6858000
OLD_WIDE = 9144000
FOOTER = "Open Door 2030 \u00b7 Trust Board, 28 January 2027 \u00b7 Part 1 \u00b7 Item 11"
NAVY = RGBColor(0x1F, 0x3A, 0x5F)
TEAL = RGBColor(0x00, 0x6B, 0x6B)
GREY = RGBColor(0x5F, 0x63, 0x68)
PALE = RGBColor(0xE8, 0xEE, 0xF4)
WHITE = RGBColor(0xFF, 0xFF, 0xFF)

# layouts of the Office Theme template, by name
TITLE_SLIDE, CONTENT, TWO, COMPARISON, TITLE_ONLY = (
    "Title Slide",
    "Title and Content",
    "Two Content",
    "Comparison",
    "Title Only",
)

Item = str | tuple[str, int] | tuple[str, int, str]

# =========================================================================== the deck's text

S02 = [
    "19,480 referrals reached our eight community teams in 2025/26, 23% more than in 2023/24",
    "Half of urgent referrals from GPs waited more than four hours for a first call",
    "One crisis line call in four waited longer than a minute to be answered",
    "Our single point of access re-types about 1,600 referrals a month from letters and "
    "emailed PDFs",
    "Care coordinators carry 41 people on average; the busiest carry 63",
    "In 2022 we set out to see everyone within 28 days of referral; by March 2026 we managed 57%",
    "Norland Valley, our neighbouring trust, answers 92% of its crisis calls within a minute",
]
S02_SOURCE = "Figures for 2025/26 (April 2025 to March 2026) unless stated. Source: Insight Hub."

S03: list[Item] = [
    (
        "Everyone who turns to us gets the right help, first time, without having to tell "
        "their story twice.",
        0,
        "nb",
    ),
    ("Three promises", 0, "b"),
    ("One record that follows you between our teams", 1),
    ("One front door, whoever refers you", 1),
    ("Support from people who have been there themselves", 1),
]

TILES = [
    ("19,480", "referrals to our community teams in 2025/26", False),
    ("11", "community services on one record by March 2028", True),
    ("90%", "of GP referrals through the e-referral form by March 2029", True),
    ("40", "peer support workers in post by March 2029", True),
]

S05_IN: list[Item] = [
    ("Who it is for", 0, "b"),
    ("Adults referred by their GP to one of our eight community teams", 0),
    ("People in crisis who call the crisis line or are referred to home treatment", 0),
    ("People already on a care coordinator\u2019s caseload", 0),
]
S05_OUT: list[Item] = [
    ("Not in scope", 0, "b"),
    ("Children and young people\u2019s mental health services", 0),
    ("Our inpatient wards and the place of safety", 0),
    ("Learning disability and forensic services", 0),
    ("Older people\u2019s memory assessment", 0),
]

PILLARS = [
    (
        "Pillar 1 \u00b7 One record: CareBridge in every team",
        [
            "Eight community teams record on Juniper; its supplier support ends in March 2029",
            "The two home treatment teams write notes on paper and key them in later",
            "The crisis line logs every call in a spreadsheet that other teams cannot see",
            "CareBridge has been live on our inpatient wards since May 2025",
        ],
        ["All 11 community services recording on CareBridge by March 2028"],
        [
            "Move the eight community teams from Juniper to CareBridge in three waves",
            "Give the home treatment teams tablets with CareBridge Mobile",
            "Replace the crisis line spreadsheet with CareBridge\u2019s telephone triage form",
            "Train 420 staff on CareBridge before their team goes live",
        ],
    ),
    (
        "Pillar 2 \u00b7 One front door: referrals that arrive complete",
        [
            "GP referrals arrive as letters and emailed PDFs; 23% lack what we need to triage them",
            "Crisis line staff phone the home treatment team to hand a caller over; one "
            "handover in six needs a second call",
        ],
        [
            "90% of GP referrals received through the e-referral form by March 2029",
            "Every crisis line handover to home treatment sent electronically by March 2028",
        ],
        [
            "Build an e-referral form with GPs that lands in CareBridge",
            "Prove it with one community team and its practices, then open it to all 64",
            "Route crisis line handovers to home treatment through CareBridge tasks",
            "Agree referral criteria with the clinical leads of the 64 practices",
        ],
    ),
    (
        "Pillar 3 \u00b7 Care closer to home: video where it suits people",
        [
            "4% of follow-up appointments were held by video in 2025/26",
            "Stainby clinicians drive up to 50 miles for a 40-minute visit",
            "15% of first appointments were missed",
        ],
        [
            "25% of follow-up appointments held by video by March 2029",
            "Did-not-attend rate for first appointments down to 10% by March 2030",
        ],
        [
            "Fit 30 clinic rooms with screens and cameras",
            "Send text reminders with a video link before every appointment",
            "Test video first in a 10-week pilot at Stainby",
            "Keep face-to-face as the default for first appointments and for anyone who asks",
        ],
    ),
    (
        "Pillar 4 \u00b7 Caseloads we can see",
        [
            "Team managers count caseloads by hand at the end of each month",
            "Today 38% of care coordinators hold 35 or fewer people",
            "The CQC found in 2025 that caseload reviews went unrecorded in four teams",
        ],
        [
            "85% of care coordinators holding 35 or fewer people by March 2029",
            "Every caseload reviewed with a manager each month, on CareBridge, from April 2028",
        ],
        [
            "Build a caseload dashboard for every team in Insight Hub",
            "Introduce a caseload weighting tool in all eight teams",
            "Close the CQC must-do on caseload reviews by September 2027",
        ],
    ),
]

S10_GOALS: list[Item] = [
    ("Our goals", 0, "b"),
    ("40 peer support workers in post by March 2029 (stretch: 48)", 0),
    (
        "A peer support worker in all 11 community services by March 2028 \u2014 up from 3 "
        "services today",
        0,
    ),
    (
        "Every peer support worker supervised monthly by a peer supervisor (board-approved "
        "November 2026)",
        0,
    ),
    (
        "Community team vacancy rate below 8% by March 2030 (see appendix B for the definition)",
        0,
    ),
]
S10_HOW: list[Item] = [
    ("How we will get there", 0, "b"),
    ("Band the peer support worker role through job evaluation before the first round", 0),
    ("Recruit in three rounds, starting in September 2027", 0),
    ("Train every new starter through the Recovery College\u2019s peer support certificate", 0),
    ("Appoint two peer supervisors in 2027/28", 0),
]

KPI_HEAD = ["Measure", "Baseline 2025/26", "Target", "By when"]
KPI_ROWS = [
    [
        "Crisis line referrals to home treatment: first contact",
        "71%",
        "95% within 4 hours",
        "March 2029",
    ],
    ["Urgent GP referrals: first contact", "48%", "95% within 4 hours", "March 2029"],
    ["Routine referrals assessed within 4 weeks", "57%", "80%", "March 2030"],
    ["GP referrals received through the e-referral form", "0%", "90%", "March 2029"],
    ["Crisis line calls answered within 60 seconds", "74%", "90%", "March 2028"],
    ["Follow-up appointments held by video", "4%", "25%", "March 2029"],
    ["Care coordinators holding 35 or fewer people", "38%", "85%", "March 2029"],
    ["First appointments not attended (DNA rate)", "15%", "10%", "March 2030"],
    [
        "People who say they were involved in planning their care",
        "68%",
        "Higher",
        "To be agreed with the reference group",
    ],
]
KPI_NOTE = (
    "Baselines from Insight Hub, except involvement (2025 community mental health survey). "
    "Definitions in appendix B."
)

S12: list[Item] = [
    ("Year 1: Stabilise", 0, "b"),
    ("Every team onto one record; the basics fixed", 1),
    (
        "Done when: all 11 services record on CareBridge, Juniper is read-only and the crisis "
        "line spreadsheet is retired",
        1,
    ),
    ("Year 2: Connect", 0, "b"),
    ("Referrals and handovers move electronically", 1),
    (
        "Done when: the e-referral form is open to all 64 practices and every team has a live "
        "caseload dashboard",
        1,
    ),
    ("Year 3: Extend", 0, "b"),
    ("Video, peer support and the new ways of working reach every service", 1),
    (
        "Done when: video is offered in all 11 services, 40 peer support workers are in post "
        "and the programme hands over to business as usual",
        1,
    ),
]

S13: list[Item] = [
    (
        "Digital referral starts with the Ashgill North community team and its 11 GP "
        "practices, October 2027 to March 2028",
        0,
        "nb",
    ),
    (
        "Why here: the highest urgent referral volume of our eight teams, and every practice "
        "has asked to take part",
        0,
        "nb",
    ),
    ("What we will do", 0, "b"),
    (
        "Agree the referral form with the clinical leads of the 11 practices by August 2027",
        1,
        "num",
    ),
    ("Go live with the form in October 2027, alongside letters", 1, "num"),
    ("Run e-referrals and letters side by side for four weeks", 1, "num"),
    ("Switch off emailed referrals for the 11 practices from January 2028", 1, "num"),
    ("Report the results to the programme board before Gate 1", 1, "num"),
    ("We will call it a success if", 0, "b"),
    ("80% of the 11 practices\u2019 referrals come through the form by March 2028", 1),
    ("no referral waits more than one working day for triage", 1),
]

ROADMAP_HEAD = [
    "",
    "Year 1 \u00b7 April 2027 to March 2028",
    "Year 2 \u00b7 April 2028 to March 2029",
    "Year 3 \u00b7 April 2029 to March 2030",
]
ROADMAP_ROWS = [
    [
        "One record",
        "Waves 1 to 3 go live: July 2027, October 2027, January 2028",
        "Juniper read-only; caseload reviews on CareBridge",
        "Hand over to business as usual",
    ],
    [
        "One front door",
        "Ashgill North from October 2027",
        "All 64 practices by December 2028",
        "Crisis handovers fully on CareBridge",
    ],
    [
        "Video",
        "Stainby pilot, September to November 2027",
        "Eight community teams",
        "All 11 services",
    ],
    [
        "Caseloads",
        "CQC must-do closed; dashboard built",
        "Dashboards live in every team",
        "Weighting reviewed with the JNC",
    ],
    ["Peer support", "20 in post", "32 in post", "40 in post"],
    [
        "Gates",
        "Gate 1 \u00b7 March 2028",
        "Gate 2 \u00b7 March 2029",
        "Gate 3 \u00b7 March 2030, close",
    ],
]
ROADMAP_NOTES = [
    "Years follow the NHS financial year, April to March.",
    "The video-consultation pilot at Stainby runs 10 weeks, September to November 2027.",
    "The CareBridge contract runs to 2035; support for Juniper ends in March 2029.",
]

RISK_HEAD = ["Risk", "Likelihood", "Impact", "Mitigation"]
RISK_ROWS = [
    [
        "CareBridge waves slip past the end of Juniper support",
        "Medium",
        "High",
        "Hold a reserve go-live slot in February 2028 in the CareBridge contract",
    ],
    [
        "Three Ashgill North practices cannot send the structured form",
        "High",
        "Medium",
        "Offer those practices a secure web version of the form",
    ],
    [
        "Clinics lose capacity while staff learn CareBridge",
        "High",
        "Medium",
        "Cut clinic lists by 20% for two weeks after each go-live",
    ],
    [
        "Home treatment tablets lose signal in the hills",
        "Medium",
        "Medium",
        "Buy CareBridge Mobile\u2019s offline mode",
    ],
    [
        "Peer support posts are slow to fill",
        "Medium",
        "Medium",
        "Keep a rolling pool of interviewed candidates with the Recovery College",
    ],
]

S16 = [
    "Confirm the CareBridge wave plan and go-live dates with the supplier (EPR Programme Lead)",
    "Sign the information sharing agreement with the 11 Ashgill North practices (Head of IG)",
    "Baseline every KPI in Insight Hub and publish the first monthly scorecard "
    "(Head of Performance & Information)",
    "Complete the clinical safety case for wave 1 (CCIO)",
    "Open JNC consultation on the peer support worker role (Head of Workforce)",
    "Book the first Recovery College peer support certificate cohort (Head of L&D)",
    "Agree the e-referral form\u2019s questions with the GP leads (SPA Manager)",
    "Present the involvement plan to the reference group (Head of Patient Experience and "
    "Involvement)",
]

S17: list[Item] = [
    ("A three-year, \u00a37.2m programme from April 2027", 0, "b"),
    (
        "\u00a33.4m capital in 2027/28: CareBridge community modules, data migration and 260 "
        "tablets",
        0,
    ),
    (
        "\u00a33.8m revenue over three years: peer support workers, video licences and the "
        "programme team",
        0,
    ),
    (
        "From 2030/31, \u00a31.3m a year of running costs moves into the community division\u2019s "
        "base budget",
        0,
    ),
    ("Agency spend stays within the \u00a31.9m cap agreed with the ICB for 2027/28", 0),
]

S18: list[Item] = [
    (
        "Senior responsible owner: the Chief Operating Officer, who chairs the Open Door "
        "Programme Board",
        0,
    ),
    (
        "Programme director: the Director of Community Services, who runs the programme day to day",
        0,
    ),
    (
        "The programme board meets monthly and reports to the Quality and Safety Committee "
        "every quarter",
        0,
    ),
    (
        "The Service User and Carer Reference Group and the staff-side JNC are consulted before "
        "each gate",
        0,
    ),
    ("No team goes live on CareBridge without a clinical safety case signed by the CCIO", 0),
]

S19: list[Item] = [
    ("One record: all 11 services on CareBridge by March 2028", 0),
    ("One front door: 90% of GP referrals through the e-referral form by March 2029", 0),
    ("Care closer to home: a quarter of follow-ups by video by March 2029", 0),
    ("Caseloads: 85% of care coordinators at 35 or fewer by March 2029", 0),
    ("Peer support: 40 workers in post by March 2029", 0),
    ("Ashgill North first; Gate 1 in March 2028", 0),
]

S20: list[Item] = [
    ("Approve Open Door 2030 and its \u00a37.2m budget over three years", 0, "num"),
    ("Release \u00a32.6m for Year 1 (2027/28)", 0, "num"),
    (
        "Delegate Gates 1 and 2 to the Open Door Programme Board; Gate 3 comes back to the Board",
        0,
        "num",
    ),
    ("Note the two CQC must-do actions that Open Door 2030 closes", 0, "num"),
]

S21: list[Item] = [
    (
        "First contact: a clinician speaks to the person, by phone or in person, and agrees what "
        "happens next",
        0,
    ),
    ("Urgent GP referral: marked urgent by the GP and confirmed at triage", 0),
    (
        "Vacancy rate: vacant funded posts (WTE) as a share of the funded establishment in the "
        "11 community services",
        0,
    ),
    ("Caseload: people open to a care coordinator on the last day of the month", 0),
    (
        "Involvement: the share answering \u2018yes, definitely\u2019 to the survey question on "
        "planning care",
        0,
    ),
]

# =========================================================================== PPTX helpers


def _widen(prs: Any) -> None:
    """Make the 4:3 template 16:9 as PowerPoint's "Slide Size" does: the slide size, and every
    master and layout shape stretched across the new width."""
    prs.slide_width = Emu(WIDE)
    prs.slide_height = Emu(HIGH)
    size = prs.part._element.find(qn("p:sldSz"))
    if "type" in size.attrib:
        del size.attrib["type"]
    parts = [prs.slide_master, *prs.slide_layouts]
    for part in parts:
        for off in part.element.iter(qn("a:off")):
            off.set("x", str(round(int(off.get("x")) * WIDE / OLD_WIDE)))
        for ext in part.element.iter(qn("a:ext")):
            if ext.get("cx") is not None:
                ext.set("cx", str(round(int(ext.get("cx")) * WIDE / OLD_WIDE)))


def _layout(prs: Any, name: str) -> Any:
    return next(layout for layout in prs.slide_layouts if layout.name == name)


def _lang(run: Any) -> None:
    rpr = run._r.get_or_add_rPr()
    rpr.set("lang", "en-GB")
    rpr.set("dirty", "0")


def _bullet_none(p: Any) -> None:
    ppr = p._p.get_or_add_pPr()
    ppr.set("marL", "0")
    ppr.set("indent", "0")
    etree.SubElement(ppr, qn("a:buNone"))


def _bullet_num(p: Any) -> None:
    ppr = p._p.get_or_add_pPr()
    font = etree.SubElement(ppr, qn("a:buFont"))
    font.set("typeface", "+mj-lt")
    num = etree.SubElement(ppr, qn("a:buAutoNum"))
    num.set("type", "arabicPeriod")


def _bullet_char(p: Any, level: int = 0) -> None:
    ppr = p._p.get_or_add_pPr()
    ppr.set("marL", str(228600 + 228600 * level))
    ppr.set("indent", "-228600")
    font = etree.SubElement(ppr, qn("a:buFont"))
    font.set("typeface", "Arial")
    font.set("panose", "020B0604020202020204")
    char = etree.SubElement(ppr, qn("a:buChar"))
    char.set("char", "\u2022")


def fill(tf: Any, items: Sequence[Item], size: int, *, box: bool = False) -> None:
    """Write ``items`` into a text frame: each a text, or (text, level) or (text, level, style)
    with style "b" (bold lead, no bullet), "nb" (no bullet) or "num" (auto-numbered). In a
    placeholder the bullets come from the master; in a text box (``box``) they are written."""
    for i, item in enumerate(items):
        text, level, style = (item, 0, "") if isinstance(item, str) else (*item, "")[:3]
        p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
        p.level = level
        if style in ("b", "nb"):
            _bullet_none(p)
        elif style == "num":
            _bullet_num(p)
        elif box:
            _bullet_char(p, level)
        run = p.add_run()
        run.text = text
        run.font.size = Pt(size - 2 * level)
        if style == "b":
            run.font.bold = True
        _lang(run)
        if i:
            p.space_before = Pt(6)


def title(slide: Any, text: str, size: int = 30) -> None:
    tf = slide.shapes.title.text_frame
    tf.text = text
    run = tf.paragraphs[0].runs[0]
    run.font.size = Pt(size)
    run.font.bold = True
    run.font.color.rgb = NAVY
    _lang(run)


def textbox(
    slide: Any,
    x: float,
    y: float,
    w: float,
    h: float,
    items: list[Item],
    size: int,
    *,
    color: RGBColor | None = None,
) -> Any:
    box = slide.shapes.add_textbox(Inches(x), Inches(y), Inches(w), Inches(h))
    tf = box.text_frame
    tf.word_wrap = True
    fill(tf, items, size, box=True)
    if color is not None:
        for p in tf.paragraphs:
            for r in p.runs:
                r.font.color.rgb = color
    return box


def _next_id(slide: Any) -> int:
    ids = [int(e.get("id")) for e in slide.shapes._spTree.iter(qn("p:cNvPr"))]
    return max(ids, default=1) + 1


def footer(slide: Any, number: int) -> None:
    """The footer and slide-number placeholders PowerPoint adds with "Apply to All"."""
    tree = slide.shapes._spTree
    sid = _next_id(slide)
    ns = (
        'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
    )
    foot = (
        f'<p:sp {ns}><p:nvSpPr><p:cNvPr id="{sid}" name="Footer Placeholder {sid - 1}"/>'
        '<p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr>'
        '<p:ph type="ftr" sz="quarter" idx="11"/></p:nvPr></p:nvSpPr><p:spPr/>'
        '<p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:r><a:rPr lang="en-GB" dirty="0"/>'
        f"<a:t>{escape(FOOTER)}</a:t></a:r></a:p></p:txBody></p:sp>"
    )
    num = (
        f'<p:sp {ns}><p:nvSpPr><p:cNvPr id="{sid + 1}" name="Slide Number Placeholder {sid}"/>'
        '<p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr>'
        '<p:ph type="sldNum" sz="quarter" idx="12"/></p:nvPr></p:nvSpPr><p:spPr/>'
        "<p:txBody><a:bodyPr/><a:lstStyle/><a:p>"
        '<a:fld id="{8A3E2C71-5B0D-4E8F-9C61-3D7F1B2A4E90}" type="slidenum">'
        f'<a:rPr lang="en-GB"/><a:t>{number}</a:t></a:fld>'
        '<a:endParaRPr lang="en-GB" dirty="0"/></a:p></p:txBody></p:sp>'
    )
    tree.append(etree.fromstring(foot))
    tree.append(etree.fromstring(num))


def table(
    shape_or_frame: Any,
    head: list[str],
    rows: list[list[str]],
    widths: list[float],
    size: int,
    row_h: float,
) -> None:
    tbl = shape_or_frame.table
    for i, w in enumerate(widths):
        tbl.columns[i].width = Inches(w)
    for r in range(len(rows) + 1):
        tbl.rows[r].height = Inches(row_h)
    for r, cells in enumerate([head, *rows]):
        for c, text in enumerate(cells):
            cell = tbl.cell(r, c)
            tf = cell.text_frame
            tf.text = text
            for p in tf.paragraphs:
                for run in p.runs:
                    run.font.size = Pt(size)
                    run.font.bold = r == 0 or (c == 0 and bool(text))
                    _lang(run)
            cell.margin_top = Inches(0.04)
            cell.margin_bottom = Inches(0.04)
            cell.vertical_anchor = MSO_ANCHOR.MIDDLE


def ph(slide: Any, idx: int) -> Any:
    return next(p for p in slide.placeholders if p.placeholder_format.idx == idx)


# =========================================================================== the slides


def build_deck() -> bytes:
    prs = Presentation()
    _widen(prs)
    slides: list[Any] = []

    def new(layout: str, heading: str) -> Any:
        slide = prs.slides.add_slide(_layout(prs, layout))
        slides.append(slide)
        if layout != TITLE_SLIDE:
            title(slide, heading)
        return slide

    # 1 cover
    s = new(TITLE_SLIDE, "")
    s.shapes.title.text_frame.text = "Open Door 2030"
    r = s.shapes.title.text_frame.paragraphs[0].runs[0]
    r.font.size, r.font.bold, r.font.color.rgb = Pt(54), True, NAVY
    _lang(r)
    sub = ph(s, 1)
    sub.top, sub.height = Inches(3.9), Inches(2.2)
    fill(
        sub.text_frame,
        [
            ("Our community mental health strategy, April 2027 to March 2030", 0, "nb"),
            ("Trust Board, 28 January 2027 \u00b7 Part 1 \u00b7 Item 11", 0, "nb"),
            (
                "Presented by the Chief Operating Officer and the Director of Community Services",
                0,
                "nb",
            ),
        ],
        20,
    )
    textbox(
        s,
        0.9,
        0.6,
        8.0,
        0.5,
        [("Lunsdale Partnership NHS Foundation Trust", 0, "b")],
        18,
        color=TEAL,
    )

    # 2 why now
    s = new(CONTENT, "Why now: demand has outgrown the way we work")
    body = ph(s, 1)
    body.height = Inches(4.6)
    fill(body.text_frame, S02, 18)
    textbox(s, 0.5, 6.3, 11.5, 0.4, [(S02_SOURCE, 0, "nb")], 11, color=GREY)

    # 3 ambition
    s = new(CONTENT, "Our ambition")
    fill(ph(s, 1).text_frame, S03, 26)

    # 4 tiles
    s = new(TITLE_ONLY, "Open Door 2030 in four numbers")
    for i, (big, label, target) in enumerate(TILES):
        x = 0.55 + i * 3.1
        tile = s.shapes.add_shape(
            MSO_SHAPE.ROUNDED_RECTANGLE, Inches(x), Inches(2.0), Inches(2.85), Inches(3.2)
        )
        tile.fill.solid()
        tile.fill.fore_color.rgb = NAVY if target else GREY
        tile.line.fill.background()
        tf = tile.text_frame
        tf.word_wrap = True
        tf.vertical_anchor = MSO_ANCHOR.MIDDLE
        p = tf.paragraphs[0]
        p.alignment = PP_ALIGN.CENTER
        run = p.add_run()
        run.text = big
        run.font.size, run.font.bold, run.font.color.rgb = Pt(48), True, WHITE
        _lang(run)
        p = tf.add_paragraph()
        p.alignment = PP_ALIGN.CENTER
        p.space_before = Pt(8)
        run = p.add_run()
        run.text = label
        run.font.size, run.font.color.rgb = Pt(16), WHITE
        _lang(run)

    # 5 scope
    s = new(TWO, "Who Open Door 2030 is for")
    fill(ph(s, 1).text_frame, S05_IN, 20)
    fill(ph(s, 2).text_frame, S05_OUT, 20)

    # 6-9 pillars, two columns: today / commit, and how below
    for heading, today, commit, how in PILLARS:
        s = new(COMPARISON, heading)
        fill(ph(s, 1).text_frame, [("What we see today", 0, "b")], 20)
        fill(ph(s, 3).text_frame, [("What we commit to", 0, "b")], 20)
        for idx in (2, 4):
            ph(s, idx).height = Inches(2.3)
        fill(ph(s, 2).text_frame, list(today), 14)
        fill(ph(s, 4).text_frame, list(commit), 17)
        for p in ph(s, 4).text_frame.paragraphs:
            for run in p.runs:
                run.font.bold = True
                run.font.color.rgb = TEAL
        how_items: list[Item] = [("How we will get there", 0, "b"), *how]
        textbox(s, 0.5, 4.75, 12.3, 1.9, how_items, 15)

    # 10 peer support: goals with asides, and how
    s = new(TWO, "Pillar 5 \u00b7 Peer support in every team")
    fill(ph(s, 1).text_frame, S10_GOALS, 17)
    fill(ph(s, 2).text_frame, S10_HOW, 17)

    # 11 KPI table in the content placeholder
    s = new(CONTENT, "How we will measure it")
    frame = TablePlaceholder(ph(s, 1)._element, ph(s, 1)._parent).insert_table(len(KPI_ROWS) + 1, 4)
    table(frame, KPI_HEAD, KPI_ROWS, [5.6, 1.9, 2.2, 2.6], 12, 0.4)
    frame.top, frame.height = Inches(1.45), Inches(0.4 * (len(KPI_ROWS) + 1))
    textbox(s, 0.5, 5.6, 12.3, 0.5, [(KPI_NOTE, 0, "nb")], 11, color=GREY)

    # 12 phases by name
    s = new(CONTENT, "Stabilise, connect, extend")
    fill(ph(s, 1).text_frame, S12, 20)

    # 13 the pilot
    s = new(CONTENT, "Ashgill North goes first")
    fill(ph(s, 1).text_frame, S13, 18)

    # 14 the roadmap, dated
    s = new(TITLE_ONLY, "Roadmap: three NHS financial years")
    frame = s.shapes.add_table(
        len(ROADMAP_ROWS) + 1, 4, Inches(0.5), Inches(1.45), Inches(12.33), Inches(0.55 * 7)
    )
    table(frame, ROADMAP_HEAD, ROADMAP_ROWS, [2.13, 3.4, 3.4, 3.4], 12, 0.55)
    textbox(s, 0.5, 5.45, 12.3, 1.2, [(x, 0, "nb") for x in ROADMAP_NOTES], 13, color=GREY)

    # 15 risks
    s = new(TITLE_ONLY, "What could knock us off course")
    frame = s.shapes.add_table(
        len(RISK_ROWS) + 1, 4, Inches(0.5), Inches(1.45), Inches(12.33), Inches(0.7 * 6)
    )
    table(frame, RISK_HEAD, RISK_ROWS, [4.2, 1.3, 1.2, 5.63], 13, 0.7)

    # 16 first 90 days
    s = new(CONTENT, "Monday morning: the first 90 days")
    textbox(s, 0.5, 1.15, 8.0, 0.4, [("April to June 2027", 0, "nb")], 14, color=TEAL)
    body = ph(s, 1)
    body.top = Inches(1.6)
    fill(body.text_frame, S16, 16)

    # 17 money
    s = new(CONTENT, "What it costs")
    fill(ph(s, 1).text_frame, S17, 20)

    # 18 governance
    s = new(CONTENT, "Who decides")
    fill(ph(s, 1).text_frame, S18, 20)

    # 19 summary
    s = new(CONTENT, "Open Door 2030 on a page")
    fill(ph(s, 1).text_frame, S19, 20)

    # 20 asks
    s = new(CONTENT, "What we ask of the Board today")
    fill(ph(s, 1).text_frame, S20, 22)

    # 21 appendix
    s = new(CONTENT, "Appendix B: definitions")
    fill(ph(s, 1).text_frame, S21, 18)

    # "Header and Footer", Apply to All, once the slides were written; not on the cover
    for number, slide in enumerate(slides[1:], start=2):
        footer(slide, number)

    prs.core_properties.title = "Open Door 2030"
    prs.core_properties.subject = "Community mental health strategy, April 2027 to March 2030"
    prs.core_properties.author = "Hannah Pryce"
    prs.core_properties.last_modified_by = "Tomasz Wren"
    prs.core_properties.revision = 14
    prs.core_properties.created = CREATED
    prs.core_properties.modified = MODIFIED
    prs.core_properties.last_printed = MODIFIED
    prs.core_properties.keywords = "Trust Board; community services; Open Door 2030"
    prs.core_properties.category = "Board paper"
    prs.core_properties.comments = "Trust Board, Part 1, 28 January 2027, item 11"
    buffer = io.BytesIO()
    prs.save(buffer)
    titles = [sl.shapes.title.text_frame.text for sl in slides]
    words, paras = _counts(slides)
    return _repack(buffer.getvalue(), _app_xml(titles, words, paras))


def _counts(slides: list[Any]) -> tuple[int, int]:
    words = paras = 0
    for slide in slides:
        for el in slide.shapes._spTree.iter(qn("a:p")):
            text = "".join(t.text or "" for t in el.iter(qn("a:t")))
            if text.strip():
                paras += 1
                words += len(text.split())
    return words, paras


def _app_xml(titles: list[str], words: int, paras: int) -> bytes:
    parts = ["Arial", "Calibri", "Office Theme", *titles]
    vec = "".join(f"<vt:lpstr>{escape(t)}</vt:lpstr>" for t in parts)
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
        'extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/'
        f'docPropsVTypes"><TotalTime>1312</TotalTime><Words>{words}</Words>'
        "<Application>Microsoft Office PowerPoint</Application>"
        f"<PresentationFormat>Widescreen</PresentationFormat><Paragraphs>{paras}</Paragraphs>"
        f"<Slides>{len(titles)}</Slides><Notes>0</Notes><HiddenSlides>0</HiddenSlides>"
        "<MMClips>0</MMClips><ScaleCrop>false</ScaleCrop><HeadingPairs>"
        '<vt:vector size="6" baseType="variant">'
        "<vt:variant><vt:lpstr>Fonts Used</vt:lpstr></vt:variant><vt:variant><vt:i4>2</vt:i4>"
        "</vt:variant><vt:variant><vt:lpstr>Theme</vt:lpstr></vt:variant><vt:variant>"
        "<vt:i4>1</vt:i4></vt:variant><vt:variant><vt:lpstr>Slide Titles</vt:lpstr>"
        f"</vt:variant><vt:variant><vt:i4>{len(titles)}</vt:i4></vt:variant></vt:vector>"
        f'</HeadingPairs><TitlesOfParts><vt:vector size="{len(parts)}" baseType="lpstr">'
        f"{vec}</vt:vector></TitlesOfParts><Company>Lunsdale Partnership NHS Foundation Trust"
        "</Company><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>"
        "<HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0000</AppVersion>"
        "</Properties>"
    ).encode()


def _repack(data: bytes, app_xml: bytes) -> bytes:
    """The package again, its entries sorted by name, each at ``ZIP_TIME``, app.xml replaced."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in sorted(src.namelist()):
            body = app_xml if name == "docProps/app.xml" else src.read(name)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, body)
    return out.getvalue()


# =========================================================================== the org folder

ESR_HEAD = ["Post Title", "Staff Group", "Band", "Reports To", "Main Duties"]
ESR_ROWS = [
    [
        "Chief Operating Officer",
        "Administrative and Clerical",
        "VSM",
        "Chief Executive",
        "Executive lead for operational services; senior responsible owner for Open Door 2030 "
        "and chair of the Open Door Programme Board; holds the community division's budget and "
        "releases programme funds within the limits the Trust Board sets",
    ],
    [
        "Director of Community Services",
        "Administrative and Clerical",
        "Band 9",
        "Chief Operating Officer",
        "Leads the community division: eight community mental health teams, the crisis line and "
        "two home treatment teams; programme director for Open Door 2030, running it day to day; "
        "accountable for the division's access and waiting-time standards",
    ],
    [
        "Director of Nursing and Quality",
        "Nursing and Midwifery Registered",
        "VSM",
        "Chief Executive",
        "Executive lead for quality, patient safety and safeguarding; owns the trust's CQC action "
        "plan and chairs the Quality and Safety Committee; professional lead for nursing",
    ],
    [
        "Chief Clinical Information Officer",
        "Medical and Dental",
        "Consultant",
        "Chief Operating Officer",
        "Clinical lead for CareBridge and digital change; the trust's Clinical Safety Officer "
        "under DCB0129 and DCB0160, who writes and signs the clinical safety case for every "
        "go-live and keeps the hazard log; chairs the clinical design group",
    ],
    [
        "Head of Community Mental Health Teams",
        "Nursing and Midwifery Registered",
        "Band 8c",
        "Director of Community Services",
        "Manages the eight community mental health team managers; sets caseload policy, "
        "including caseload weighting and monthly caseload reviews; owns the routine four-week "
        "assessment standard; decides clinic capacity and which appointments the teams offer "
        "by video",
    ],
    [
        "Ashgill North Team Manager",
        "Nursing and Midwifery Registered",
        "Band 7",
        "Head of Community Mental Health Teams",
        "Manages the Ashgill North community mental health team and its links with the 11 GP "
        "practices it serves; leads the team's part in trials of new ways of working",
    ],
    [
        "Single Point of Access Manager",
        "Nursing and Midwifery Registered",
        "Band 8a",
        "Director of Community Services",
        "Runs the single point of access for the eight community teams: receives, screens and "
        "triages every GP referral, owns the urgent GP referral response standard and the "
        "content of referral forms, books first appointments and sends appointment reminders",
    ],
    [
        "Crisis Services Manager",
        "Nursing and Midwifery Registered",
        "Band 8b",
        "Director of Community Services",
        "Manages the two crisis resolution and home treatment teams (West and East): assessment "
        "of people referred in crisis, the four-hour first contact for crisis referrals and care "
        "at home; the crisis line is managed by the Crisis Line Manager",
    ],
    [
        "Crisis Line Manager",
        "Nursing and Midwifery Registered",
        "Band 8a",
        "Director of Community Services",
        "Runs the 24/7 crisis line: call handlers and their rotas, answering times, the call log "
        "and CallPoint telephony reports; passes callers who need a visit to the home treatment "
        "teams",
    ],
    [
        "EPR Programme Manager",
        "Administrative and Clerical",
        "Band 8b",
        "Director of Community Services",
        "Delivers CareBridge to the community services: the wave plan and go-live dates, "
        "configuration, migration of records from Juniper, end-user training before each "
        "go-live and the CareBridge supplier contract; makes Juniper read-only after the last "
        "wave",
    ],
    [
        "Head of Digital Services",
        "Administrative and Clerical",
        "Band 8c",
        "Chief Operating Officer",
        "Runs the trust's IT: networks and Wi-Fi, laptops, tablets and phones, telephony, the "
        "VisitLink video service and the screens and cameras in clinic rooms",
    ],
    [
        "Head of Performance and Information",
        "Administrative and Clerical",
        "Band 8b",
        "Chief Operating Officer",
        "Runs the Harbour data warehouse and the Insight Hub (Power BI) reports: KPI baselines, "
        "the monthly scorecard, team dashboards and data quality",
    ],
    [
        "Head of Information Governance",
        "Administrative and Clerical",
        "Band 8a",
        "Director of Nursing and Quality",
        "Data Protection Officer; data protection impact assessments, information sharing "
        "agreements with GP practices and partners, and the records retention policy",
    ],
    [
        "Peer Support Lead",
        "Additional Clinical Services",
        "Band 8a",
        "Director of Community Services",
        "Leads the peer support worker programme: recruits, places and supports peer support "
        "workers in the 11 community services, appoints peer supervisors and runs peer "
        "supervision. The establishment has no peer supervisor posts yet.",
    ],
    [
        "Head of Learning and Development",
        "Administrative and Clerical",
        "Band 8b",
        "Chief Operating Officer",
        "Owns the trust's training: statutory and mandatory training, clinical skills, the "
        "training needs analysis and the Recovery College with its peer support certificate. "
        "CareBridge end-user training belongs to the EPR programme team.",
    ],
    [
        "Head of Workforce",
        "Administrative and Clerical",
        "Band 8b",
        "Chief Operating Officer",
        "Recruitment, job evaluation and banding, vacancy control and the community vacancy "
        "rate; management-side secretary to the Joint Negotiating Committee",
    ],
    [
        "Head of Patient Experience and Involvement",
        "Administrative and Clerical",
        "Band 8a",
        "Director of Nursing and Quality",
        "Supports the Service User and Carer Reference Group; runs service-user feedback, "
        "including the trust's results in the annual community mental health survey; "
        "co-production and involvement payments",
    ],
    [
        "Finance Business Partner, Community Services",
        "Administrative and Clerical",
        "Band 8a",
        "Chief Operating Officer",
        "Budget and benefits tracking for Open Door 2030; capital and revenue reporting to the "
        "programme board; budget authority stays with the Chief Operating Officer",
    ],
    [
        "Service User and Carer Reference Group",
        "Non-ESR (consultative body)",
        "n/a",
        "Consulted only",
        "Twelve people with lived experience of our services and four carers, added to this "
        "extract by the Open Door programme office; consulted on changes to referral, "
        "assessment and appointments; programme work is owned by trust posts",
    ],
    [
        "Staff Side Joint Negotiating Committee",
        "Non-ESR (consultative body)",
        "n/a",
        "Consulted only",
        "Representatives of the recognised trade unions, added to this extract by the Open Door "
        "programme office; consulted on new roles, banding, rotas and caseload policy; "
        "programme work is owned by trust posts",
    ],
]


def _csv_cell(text: str) -> str:
    if any(c in text for c in ',"\n'):
        return '"' + text.replace('"', '""') + '"'
    return text


def esr_csv() -> bytes:
    lines = [",".join(_csv_cell(c) for c in row) for row in [ESR_HEAD, *ESR_ROWS]]
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


GOVERNANCE_FRAMEWORK = """
# Clinical Governance Framework 2025-2028 (extract)

Lunsdale Partnership NHS Foundation Trust. Version 3.1, approved by the Quality and Safety
Committee on 14 October 2025. This extract holds sections 2, 5 and 7.

## Section 2: Responsibilities

- **Director of Nursing and Quality**: executive lead for quality and patient safety; chairs
  the Quality and Safety Committee; owns the trust's CQC action plan and reports progress on it
  to the Trust Board.
- **Chief Clinical Information Officer**: the trust's Clinical Safety Officer for digital
  systems under DCB0129 and DCB0160. The Clinical Safety Officer writes the clinical safety
  case for every system go-live, keeps the hazard log and signs each go-live off.
- **Head of Community Mental Health Teams**: clinical and operational lead for the eight
  community teams; sets the caseload policy (section 5).
- **Crisis Services Manager**: lead for crisis assessment and home treatment, including the
  four-hour response to crisis referrals.
- **Crisis Line Manager**: lead for the crisis line, its call handling and its call records.
- **Single Point of Access Manager**: lead for the triage of referrals into the community
  teams, including urgent GP referrals.
- **Head of Patient Experience and Involvement**: supports the Service User and Carer
  Reference Group and reports its views to the committee.

## Section 5: Caseloads

5.1 The caseload standard is 35 people for a full-time care coordinator; the team manager
escalates any caseload above 40 to the Head of Community Mental Health Teams.

5.2 Every caseload is reviewed with the team manager each month, and the review is recorded
in the patient record.

5.3 A caseload weighting tool, once agreed with the Staff Side Joint Negotiating Committee,
applies to all eight teams.

## Section 7: Involvement

7.1 The Service User and Carer Reference Group must be consulted before any change to how
people are referred, assessed or offered appointments.

7.2 The group advises and is consulted; actions stay with the accountable manager, and the
Head of Patient Experience and Involvement reports the group's view to the Quality and Safety
Committee.
"""

BOARD_TOR = """
# Open Door Programme Board: terms of reference

Approved by the Executive Management Team on 6 December 2026.

## Purpose

To direct Open Door 2030, the community division's three-year modernisation programme, and to
take the decisions the Trust Board delegates to it.

## Senior responsible owner and chair

The Chief Operating Officer is the programme's senior responsible owner and chairs the board.
The Director of Community Services is programme director and deputises for the chair.

## Members

- Chief Operating Officer (chair)
- Director of Community Services (programme director)
- Director of Nursing and Quality
- Chief Clinical Information Officer
- Head of Community Mental Health Teams
- EPR Programme Manager
- Head of Performance and Information
- Finance Business Partner, Community Services

## In attendance, consulted

- Service User and Carer Reference Group: two members attend, and the group is consulted
  before each gate.
- Staff Side Joint Negotiating Committee: one representative attends; the committee is
  consulted before each gate and on any change to roles, rotas or caseload policy.

## Decisions

- Gate decisions at the end of each programme year, as delegated by the Trust Board; the chair
  decides after hearing the members.
- Release of each year's budget within the total the Trust Board approves.
- Changes to the CareBridge wave plan.

## Meetings

Monthly. Quorate with the chair or the programme director and four other members. The board
reports each quarter to the Quality and Safety Committee and the Finance and Performance
Committee.
"""

JNC_AGREEMENT = """
LUNSDALE PARTNERSHIP NHS FOUNDATION TRUST
Recognition and Procedure Agreement with Staff Side (extract), revised March 2024

Clause 4: Joint Negotiating Committee

4.1 The Staff Side Joint Negotiating Committee (JNC) is the forum in which the trust consults
the recognised trade unions.

4.2 The JNC must be given 30 days to respond before any new post is banded or any change to
caseload, rota or working-time policy is made.

4.3 Job descriptions for new roles go to the job evaluation panel after the JNC has responded.
The Head of Workforce convenes the panel.

4.4 The JNC is a consultative forum: management decisions and programme actions stay with the
trust's managers.
"""

SYSTEMS = """
# Community division: systems and data inventory

Owner: Head of Digital Services, with the Head of Performance and Information for the
reporting entries. Reviewed on 9 December 2026 for the Open Door 2030 business case.

## Clinical records

| System | What it does | Who uses it | Notes |
|---|---|---|---|
| CareBridge (Halcyon Clinical Systems) | Electronic patient record | Inpatient wards since May 2025 | Community modules bought in 2025 on a ten-year contract; CareBridge Mobile runs on tablets |
| Juniper | Community patient record | The eight community mental health teams and the single point of access | Supplier support ends on 31 March 2029 |
| VisitLink | Video consultations | Clinicians in the community teams | Sessions are booked from Juniper |
| CallPoint | Crisis line telephony | Crisis line call handlers | Records the answer time of every call |

The two home treatment teams keep their clinical notes on paper; a team administrator keys a
summary into Juniper at the end of each week.

The crisis line relies on a spreadsheet call log, kept on a shared drive, that no other team
can open.

Juniper cannot receive electronic referrals: GP referrals reach the single point of access as
letters or emailed PDFs and are typed in by hand.

Our VisitLink licences only cover 40 clinicians at a time.

Juniper does not hold caseload weighting, so team managers count caseloads by hand at the end
of each month.

## Reporting

Harbour, the trust's data warehouse, loads Juniper, CareBridge and CallPoint every night.
Insight Hub is our Power BI reporting service on Harbour: it publishes the monthly performance
scorecard and each team's activity reports.

## Messaging

Juniper sends appointment reminders by text message for all eight community teams. Secure
email to GP practices goes through NHSmail.
"""

MEASURES = """
# Open Door 2030: metric definitions

Prepared by the Head of Performance and Information, January 2027. Baselines are for 2025/26
(April 2025 to March 2026).

| Measure | Definition | Owner | Baseline 2025/26 | Source |
|---|---|---|---|---|
| Crisis line referrals to home treatment: first contact within 4 hours | Share of callers handed to home treatment whom a home treatment clinician contacts within 4 hours of the handover | Crisis Services Manager | 71% | Juniper, from the home treatment teams' weekly entries |
| Urgent GP referrals: first contact within 4 hours | Share of urgent GP referrals where a clinician speaks to the person within 4 hours of receipt | Single Point of Access Manager | 48% | Juniper through Harbour |
| Routine referrals assessed within 4 weeks | Share of routine referrals assessed by a community team within 28 days of receipt | Head of Community Mental Health Teams | 57% | Juniper through Harbour |
| GP referrals received through the e-referral form | Share of GP referrals that arrive through the structured e-referral form | Single Point of Access Manager | 0% | CareBridge through Harbour |
| Crisis line calls answered within 60 seconds | Share of calls answered by a call handler within 60 seconds of connecting | Crisis Line Manager | 74% | CallPoint through Harbour |
| Follow-up appointments held by video | Share of attended follow-up appointments held on VisitLink | Head of Community Mental Health Teams | 4% | Juniper appointment outcomes |
| Care coordinators holding 35 or fewer people | Share of care coordinators whose caseload on the last day of the month is 35 or fewer | Head of Community Mental Health Teams | 38% | Team managers' monthly returns |
| First appointments not attended (DNA rate) | Share of booked first appointments the person did not attend without notice | Single Point of Access Manager | 15% | Juniper through Harbour |
| People who say they were involved in planning their care | Share answering "yes, definitely" in the annual community mental health survey | Head of Patient Experience and Involvement | 68% | CQC community mental health survey 2025 |
| Peer support workers in post | Whole-time equivalent peer support workers in post on the last day of the quarter | Peer Support Lead | 5.2 WTE (6 people) | ESR |
| Community team vacancy rate | Vacant funded WTE as a share of funded WTE in the 11 community services | Head of Workforce | 14.2% | ESR |

All measures are reported monthly in Insight Hub, except the survey measure (yearly) and the
peer support count (quarterly).
"""

CQC_NOTE = """
# CQC action plan: community mental health services

Note for the Open Door Programme Board from the office of the Director of Nursing and Quality,
11 January 2027.

The CQC inspected our community-based mental health services for adults of working age in June
2025 and rated them Requires improvement (Safe: Requires improvement; Effective: Requires
improvement; Caring: Good; Responsive: Requires improvement; Well-led: Good). The report was
published in October 2025.

## Must-do actions

| Ref | What the CQC asked | Owner | Closing date | Status |
|---|---|---|---|---|
| MD1 | Record a monthly review of every caseload in all eight community teams | Head of Community Mental Health Teams | 30 September 2027 | Amber |
| MD2 | Share crisis line risk information with the home treatment teams on the day of the call | Crisis Line Manager, with the Crisis Services Manager | 31 March 2028 | Red |

## Should-do actions

- SD1: Offer people a choice of how follow-up appointments are held. Owner: Head of Community
  Mental Health Teams.
- SD2: Involve people who use services in reviewing referral information. Owner: Head of
  Patient Experience and Involvement.

The Director of Nursing and Quality owns the action plan and reports progress to the Trust
Board each quarter.
"""

ASHGILL = """
Ashgill North community mental health team - team profile
Prepared by the Ashgill North Team Manager for the Open Door programme, December 2026

Base: Ashgill Health Centre, Mill Lane, Ashgill.
Staff: 26 (19.4 WTE), of whom 14 are care coordinators.
Referrals in 2025/26: 2,870, of which 610 were marked urgent by the GP.
GP practices served: 11, in two primary care networks (Ashgill and Upper Lun).

Practice systems: eight of the 11 practices use PracticeOne; three of the 11 practices run an
older practice system that cannot send structured forms.
Information governance: an information sharing agreement with the 11 practices is not yet
signed; the draft is with the Head of Information Governance.
CareBridge: the team is in wave 1 (July 2027).
Clinical leads: each practice has named a GP lead for mental health, and the team meets them
every two months.
"""

FACTS = """
# Community division at a glance (2025/26)

- Eight community mental health teams: Ashgill North, Ashgill South, Lunsdale Central,
  Lunsdale East, Marrow Bridge, Keldholme, Stainby and Hollins Cross.
- The single point of access triages referrals for all eight teams.
- The 24/7 crisis line takes calls from the public, from NHS 111 (option 2) and from the
  police.
- Two crisis resolution and home treatment teams: West, based in Lunsdale, and East, based in
  Marrow Bridge.
- Staff: 612 people (548 WTE) across the 11 services; vacancy rate 14.2% at March 2026.
- Peer support workers: 6 people (5.2 WTE) in three services (Lunsdale Central, Keldholme and
  home treatment West).
- 64 GP practices in nine primary care networks refer to us.
- Training: the Head of Learning and Development owns training for every staff group. The
  Recovery College, part of Learning and Development, runs the peer support certificate
  (accredited at level 3) twice a year.
- Reporting: every measure in the performance scorecard comes from Harbour through Insight
  Hub.
"""

TEXT_FILES = {
    "org/governance/clinical-governance-framework-extract.md": GOVERNANCE_FRAMEWORK,
    "org/governance/open-door-programme-board-terms-of-reference.md": BOARD_TOR,
    "org/governance/jnc-recognition-agreement-extract.txt": JNC_AGREEMENT,
    "org/systems/systems-and-data-inventory.md": SYSTEMS,
    "org/measures/metric-definitions.md": MEASURES,
    "org/context/cqc-action-plan-note.md": CQC_NOTE,
    "org/context/ashgill-north-team-profile.txt": ASHGILL,
    "org/context/community-division-facts.md": FACTS,
}


def build(out: Path) -> None:
    root = out / CASE
    files: dict[str, bytes] = {DECK: build_deck(), "org/people/esr-establishment.csv": esr_csv()}
    for rel, text in TEXT_FILES.items():
        files[rel] = text.lstrip("\n").encode("utf-8")
    for rel, body in sorted(files.items()):
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(body)


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
