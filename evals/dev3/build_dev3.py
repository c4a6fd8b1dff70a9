"""Build the dev3 eval decks (and the one PDF twin), deterministically.

Run from the repository root:  .venv/bin/python -m evals.dev3.build_dev3 [--twin]

Three in-sample development cases, each in ``evals/dev3/<name>/``: the deck (PPTX written
here with python-pptx), an ``org/`` folder and ``gold.json``. The org folders and the gold
are written by hand; this script writes only the decks (and, with ``--twin``, the PDF twin
of the parcel deck).

The drawing primitives (text boxes, tiles, cards, tables, Gantt bars, first-90-days lists)
are the domain builder's (``evals/domain/build_domain_cases.py``). What differs here is the
material and the mix of layouts: the clinical deck uses the default template's title and
body placeholders on half of its slides and free text boxes with an eyebrow on the others;
the parcel deck has a native KPI table and a drawn Gantt; the clinical deck writes its
KPIs as bullets and its roadmap as a table; the airport deck has KPI tiles dated by the
subtitle and its phases as a bullet list.

PDF twin: LibreOffice is not needed. ``--twin`` renders each slide of the parcel deck to
one landscape PDF page with fpdf2 (core Helvetica font, text placed where the shapes are),
with a fixed creation date and file identifier so the bytes are reproducible.
"""

from __future__ import annotations

import argparse
import io
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from fpdf import FPDF
from pptx import Presentation
from pptx.enum.chart import XL_CHART_TYPE
from pptx.enum.shapes import MSO_SHAPE
from pptx.util import Inches, Pt

from evals.domain.build_domain_cases import (
    FIXED_TIME,
    Board,
    agenda,
    bullets,
    cover,
    weeks,
)

HERE = Path(__file__).resolve().parent

TITLE_SLIDE, TITLE_AND_CONTENT, TITLE_ONLY = 0, 1, 5


# --------------------------------------------------------------------------- helpers


def page_box(d: Board, slide: Any, text: str, x: float = 12.0, y: float = 7.0) -> None:
    d.box(slide.shapes, x, y, 1.0, 0.35, text, 10, False, d.accent)


def ph_slide(
    d: Board,
    title: str,
    body: Sequence[tuple[int, str]] | None = None,
    page: str | None = None,
) -> Any:
    """A slide on the default template's placeholders: "Title Only", or "Title and Content"
    when ``body`` is given (level, text). The placeholders are stretched to the wide slide."""
    layout = TITLE_AND_CONTENT if body is not None else TITLE_ONLY
    slide = d.prs.slides.add_slide(d.prs.slide_layouts[layout])
    title_ph = slide.shapes.title
    title_ph.left, title_ph.top = Inches(0.6), Inches(0.35)
    title_ph.width, title_ph.height = Inches(12.1), Inches(1.0)
    title_ph.text = title
    if body is not None:
        ph = slide.placeholders[1]
        ph.left, ph.top = Inches(0.6), Inches(1.5)
        ph.width, ph.height = Inches(12.1), Inches(5.3)
        tf = ph.text_frame
        for i, (level, text) in enumerate(body):
            para = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
            para.text = text
            para.level = level
            for run in para.runs:
                run.font.size = Pt(20 - 3 * level)
    if page:
        page_box(d, slide, page)
    return slide


def text_list(
    d: Board,
    slide: Any,
    items: Sequence[str],
    x: float = 0.6,
    y: float = 1.8,
    w: float = 12.1,
    h: float = 4.8,
    size: float = 15,
) -> None:
    """Plain paragraphs in one text box, no bullet characters (as pasted from a document)."""
    d.box(slide.shapes, x, y, w, h, [(t, size, False) for t in items])


# --------------------------------------------------------------------------- case 1


def kestrel_parcels(out: Path) -> Path:
    """Kestrel Parcels: eleven parcel depots, a 30-month sortation automation programme
    piloted at the Ashby Vale depot. Every title is a text box with an eyebrow and a page
    counter; native KPI table; drawn Gantt with gates."""
    d = Board(
        "Sort Smarter 2029",
        "Network Operations & Engineering, Kestrel Parcels",
        "Kestrel Parcels \u00b7 Sort Smarter 2029 \u00b7 Executive Committee \u00b7 Commercial in confidence",
        ((20, 33, 61), (214, 96, 22), (246, 232, 220)),
        total=20,
        page_style="{n} / {total}",
    )
    cover(
        d,
        "KESTREL PARCELS \u00b7 EXECUTIVE COMMITTEE PAPER \u00b7 NOVEMBER 2026",
        "Kestrel Parcels",
        "Sort Smarter 2029",
        [
            "Prepared by Network Operations & Engineering for the Executive Committee",
            "Version 2.1 \u00b7 for decision",
        ],
        tagline="Network automation programme, January 2027 to June 2029",
        notes="Figures for 2026 are the twelve months to September 2026 unless stated.",
    )
    agenda(
        d,
        "Contents",
        [
            ("01", "Where the network is today", "Volumes, sort performance, depot estate", "3-5"),
            ("02", "What we are aiming for", "Ambition, pillars and targets", "6-9"),
            ("03", "How we will deliver", "Pilot, phases, first 90 days, enablers", "10-15"),
            ("04", "Running the programme", "Risks, governance, investment, decisions", "16-20"),
        ],
    )
    # 3
    s = d.slide(
        "01 \u00b7 WHERE WE ARE",
        "The network in 2026",
        "Eleven depots, two hubs with sorters, and a peak we only just get through",
    )
    d.tiles(
        s,
        [
            ("1.9m", "parcels on our busiest night", "Black Friday week 2025"),
            ("38%", "of parcels sorted by hand", "nine depots use manual sort frames"),
            ("2.1%", "mis-sort rate, network average", "12 months to September 2026"),
            ("86%", "trunk trailers leaving on time", "2026 year to date"),
        ],
        y=1.8,
        h=2.0,
    )
    d.callout(
        s,
        "What this costs us",
        "Every mis-sorted parcel adds a day and about \u00a33.80 of re-handling; mis-sorts were "
        "behind 41% of 'where is my parcel' contacts last year.",
        y=4.3,
        h=1.2,
    )
    # 4
    s = d.slide(
        "01 \u00b7 WHERE WE ARE",
        "Sort performance by depot",
        "Mis-sorts are a manual-frame problem",
    )
    depots = [
        "Bristol Hub",
        "Leeds Hub",
        "Ashby Vale",
        "Carlisle",
        "Exeter",
        "Ipswich",
        "Milton Keynes",
        "Newport",
        "Preston",
        "Reading",
        "Swindon",
    ]
    d.chart(
        s,
        XL_CHART_TYPE.COLUMN_CLUSTERED,
        depots,
        [("Mis-sort rate (%)", [0.7, 0.8, 2.9, 2.2, 2.4, 2.0, 2.6, 2.3, 2.7, 2.5, 2.4])],
        0.6,
        1.8,
        7.6,
        4.8,
        title="Mis-sort rate by depot, 12 months to Sept 2026",
    )
    d.box(
        s.shapes,
        8.5,
        1.9,
        4.2,
        4.6,
        [
            ("Key points", 14, True),
            (
                "Manual depots mis-sort three times as often as Bristol and Leeds, the two hubs "
                "with tilt-tray sorters.",
                12,
                False,
            ),
            (
                "Ashby Vale handles the most volume of any manual depot: 148,000 parcels a night.",
                12,
                False,
            ),
        ],
    )
    # 5
    s = d.slide("01 \u00b7 WHERE WE ARE", "Why now", None)
    d.cards(
        s,
        [
            (
                "",
                "Volume",
                "Parcel volumes grow 6-8% a year; the frames at Ashby Vale and Preston are full at peak.",
            ),
            (
                "",
                "Labour",
                "Agency hours at peak cost 1.7 times core hours; turnover on nights is 48%.",
            ),
            (
                "",
                "Clients",
                "Two of our three largest retail clients now score carriers on next-day delivery.",
            ),
            ("", "Safety", "Manual handling causes 57% of the lost-time injuries in our depots."),
        ],
        cols=4,
        y=1.6,
        h=3.6,
    )
    # 6
    s = d.slide("02 \u00b7 AMBITION", "What we are aiming for", None)
    d.box(
        s.shapes,
        0.6,
        1.7,
        12.1,
        1.4,
        "Kestrel will run the most dependable next-day parcel network in the UK.",
        30,
        True,
        d.accent,
    )
    d.box(
        s.shapes,
        0.6,
        3.4,
        12.1,
        3.0,
        [
            ("Three things that will be true by 2029", 15, True),
            (
                "Sort automatically in every depot that handles more than 80,000 parcels a night",
                14,
                False,
            ),
            ("See every trailer's status, live, from one network control tower", 14, False),
            ("Take the heavy lifting out of the sort", 14, False),
        ],
    )
    # 7
    s = d.slide(
        "03 \u00b7 PRIORITIES", "Four pillars", "Everything in the programme sits under one of them"
    )
    d.cards(
        s,
        [
            (
                "1",
                "Automate the sort",
                "Cross-belt sorters with automatic label reading at the five busiest manual "
                "depots, starting with Ashby Vale.",
            ),
            (
                "2",
                "Control the yard",
                "Yard management and dock scheduling at every depot, so trailers load to plan "
                "and leave on time.",
            ),
            (
                "3",
                "See the network",
                "One feed of scan events from every depot into Harbour, with a network control "
                "tower on top of it.",
            ),
            (
                "4",
                "Safe, skilled people",
                "Every sort operative trained and certified for automated sortation; manual "
                "lifting designed out where we can.",
            ),
        ],
        cols=2,
        y=1.8,
        h=4.8,
    )
    # 8
    s = d.slide("03 \u00b7 PRIORITIES", "What each pillar delivers", None)
    d.table(
        s,
        ["Pillar", "Initiatives", "Lead"],
        [
            [
                "Automate the sort",
                "Cross-belt sorter and dimension-weigh-scan (DWS) infeeds at Ashby Vale, then "
                "Preston, Milton Keynes, Reading and Swindon",
                "Head of Engineering & Automation",
            ],
            [
                "Control the yard",
                "Yard management system with dock booking; arrival slots for subcontracted hauliers",
                "Head of Linehaul & Yard",
            ],
            [
                "See the network",
                "Scan event feed from ParcelOps to Harbour within five minutes; control-tower "
                "dashboards for depots and linehaul",
                "Head of Data & Network Visibility",
            ],
            [
                "Safe, skilled people",
                "Sorter operative certification through Kestrel Academy; manual-handling risk "
                "assessments rewritten for automated depots",
                "Kestrel Academy Lead; Head of Health, Safety & Environment",
            ],
        ],
        y=1.6,
        row_h=1.0,
        size=12,
        widths=[2.2, 6.4, 3.5],
    )
    # 9
    s = d.slide(
        "04 \u00b7 TARGETS",
        "How we will measure success",
        "Network measures; baselines are the twelve months to September 2026",
    )
    d.table(
        s,
        ["Measure", "Baseline (2026)", "Target", "By when"],
        [
            ["Mis-sorted parcels as a share of parcels sorted", "2.1%", "0.6%", "June 2029"],
            ["Cost per parcel sorted", "\u00a30.41", "\u00a30.30", "March 2029"],
            [
                "Trunk trailers departing within 10 minutes of schedule",
                "86%",
                "97%",
                "December 2028",
            ],
            ["Share of network volume sorted automatically", "62%", "90%", "June 2029"],
            [
                "Lost-time injury frequency rate, depots (per million hours)",
                "3.8",
                "1.6",
                "December 2028",
            ],
            [
                "Peak-night sort capacity, whole network",
                "1.9m parcels",
                "2.6m parcels",
                "November 2028",
            ],
        ],
        y=1.8,
        row_h=0.55,
        size=13,
        widths=[6.0, 2.2, 2.0, 1.9],
    )
    d.box(
        s.shapes,
        0.6,
        6.0,
        12.1,
        0.5,
        "Sources: ParcelOps scans, the finance ledger and the HSE incident log. Reported monthly to the Programme Board.",
        11,
    )
    # 10
    s = d.slide(
        "05 \u00b7 PILOT",
        "Pilot depot: Ashby Vale (AV1)",
        "April to December 2027 \u00b7 one cross-belt sorter, two DWS infeeds, night and twilight shifts",
    )
    d.box(
        s.shapes,
        0.6,
        1.8,
        5.6,
        4.6,
        [
            ("Scope", 15, True),
            ("Install and commission a 240-chute cross-belt sorter in the east bay", 13, False),
            ("Two DWS infeed lines reading labels automatically", 13, False),
            ("Sorter events streamed to Harbour from the first night", 13, False),
            ("Manual frames kept as a fallback until acceptance", 13, False),
        ],
    )
    d.box(
        s.shapes,
        6.6,
        1.8,
        6.1,
        4.6,
        [
            ("Acceptance criteria (all met for eight consecutive weeks)", 15, True),
            ("Sorter availability of 98.5% or more in sort windows", 13, False),
            ("Mis-sorts at or below 0.8% of parcels inducted", 13, False),
            ("Sustained throughput of 14,000 parcels an hour on peak nights", 13, False),
            ("No rise in manual-handling injuries against the 2026 baseline", 13, False),
            ("Every operative on the sorter shifts certified by Kestrel Academy", 13, False),
        ],
        fill=d.light,
    )
    # 11
    s = d.slide(
        "06 \u00b7 ROADMAP", "Programme roadmap 2027-2029", "Ten quarters, four phases, three gates"
    )
    bottom = d.gantt(
        s,
        ["Q1 27", "Q2 27", "Q3 27", "Q4 27", "Q1 28", "Q2 28", "Q3 28", "Q4 28", "Q1 29", "Q2 29"],
        [
            ("Phase 1 \u00b7 Mobilise and design", 0, 0),
            ("Phase 2 \u00b7 Pilot at Ashby Vale", 1, 3),
            ("Phase 3 \u00b7 Wave A: Preston, Milton Keynes", 4, 7),
            ("Phase 4 \u00b7 Wave B: Reading, Swindon; optimise", 8, 9),
            ("Yard management, all 11 depots", 2, 8),
            ("Scan event feed and control tower", 0, 5),
        ],
        y=1.7,
        label_w=3.6,
        row_h=0.5,
        gates=[(0, "G1 \u00b7 Mar 27"), (3, "G2 \u00b7 Dec 27"), (7, "G3 \u00b7 Dec 28")],
    )
    d.box(
        s.shapes,
        0.6,
        bottom + 0.2,
        12.1,
        0.4,
        "Peak freeze: no go-live between 15 October and 10 January in any year.",
        12,
    )
    # 12
    s = d.slide("06 \u00b7 ROADMAP", "Gates and what each one decides", None)
    d.cards(
        s,
        [
            (
                "Gate 1 \u00b7 end of March 2027",
                "Release pilot capital",
                "Detailed design signed off by the Design Authority; sorter supplier selected; "
                "Ashby Vale power upgrade accepted by the distribution network operator.",
            ),
            (
                "Gate 2 \u00b7 December 2027",
                "Go / no-go for Wave A",
                "Every Ashby Vale acceptance criterion met for eight consecutive weeks; benefits "
                "case re-validated by Finance.",
            ),
            (
                "Gate 3 \u00b7 December 2028",
                "Go / no-go for Wave B",
                "Wave A depots stable through peak 2028; cost per parcel on its trajectory.",
            ),
        ],
        cols=3,
        y=1.6,
        h=3.9,
    )
    d.box(
        s.shapes,
        0.6,
        5.8,
        12.1,
        0.5,
        "The Programme Board takes every gate decision; the Chief Operating Officer chairs it.",
        13,
        True,
    )
    # 13
    s = d.slide("07 \u00b7 FIRST 90 DAYS", "The first 90 days", "January to March 2027")
    weeks(
        d,
        s,
        [
            (
                "Wk 1-2",
                "Stand up the programme",
                "Programme Director in post; PMO, RAID log and reporting cadence running",
            ),
            (
                "Wk 1-4",
                "Baseline the network",
                "Mis-sort, on-time departure and cost per parcel baselines signed off for all 11 depots",
            ),
            (
                "Wk 2-6",
                "Go to market for sorters",
                "Tender issued to three shortlisted sorter suppliers; visits to two reference sites",
            ),
            (
                "Wk 3-8",
                "Open consultation with Unite",
                "Shift patterns and new sorter roles tabled at the National Joint Council",
            ),
            (
                "Wk 4-10",
                "Prepare Ashby Vale",
                "Building survey, floor-loading and power study; supply upgrade application to the network operator",
            ),
            (
                "Wk 6-12",
                "Specify the scan event feed",
                "Interface from ParcelOps to Harbour agreed, with scan history kept beyond 30 days",
            ),
            (
                "Wk 8-12",
                "Plan the training",
                "Kestrel Academy designs the sorter operative certification and a train-the-trainer plan",
            ),
            (
                "Wk 12-13",
                "Gate 1 pack",
                "Design, supplier recommendation and pilot budget to the Programme Board",
            ),
        ],
        columns=2,
        y=1.8,
        row_h=1.2,
    )
    # 14
    s = d.slide("08 \u00b7 ENABLERS", "Data and systems we depend on", None)
    bullets(
        d,
        s,
        [
            (
                0,
                "Scan events from every depot streamed to Harbour within five minutes (today an overnight batch)",
            ),
            (
                0,
                "Sorter control software integrated with ParcelOps for routing plans and chute allocation",
            ),
            (
                0,
                "A yard management system for all 11 depots, with a dock booking portal for subcontracted hauliers",
            ),
            (0, "Telematics from our own 640 trunk tractors fed into the control tower"),
            (0, "Postcode routing tables cleaned and signed off before each depot goes live"),
        ],
    )
    # 15
    s = d.slide("08 \u00b7 ENABLERS", "People, skills and safe working", None)
    bullets(
        d,
        s,
        [
            (
                0,
                "No compulsory redundancies: operatives move to sorter, infeed and exception-handling roles",
            ),
            (
                0,
                "420 operatives certified on automated sortation by Kestrel Academy before their depot goes live",
            ),
            (
                0,
                "Twelve new maintenance technician posts for sorter mechanical and controls support",
            ),
            (
                0,
                "Manual-handling risk assessments rewritten for each automated depot before go-live",
            ),
            (0, "Shift patterns agreed with Unite through the National Joint Council"),
        ],
    )
    # 16
    s = d.slide("09 \u00b7 RISKS", "Risks and mitigations", None)
    d.table(
        s,
        ["Risk", "Likelihood", "Impact", "Mitigation"],
        [
            [
                "Sorter delivery or commissioning slips into peak",
                "Medium",
                "High",
                "Contractual delivery dates with liquidated damages; no go-live in the peak freeze",
            ],
            [
                "Power upgrade at Ashby Vale not ready in time",
                "Medium",
                "High",
                "Apply in the first 90 days; temporary generator option costed",
            ],
            [
                "Unite does not agree the new shift patterns",
                "Low",
                "High",
                "Early consultation through the National Joint Council; no compulsory redundancies",
            ],
            [
                "Scan data too incomplete to baseline mis-sorts",
                "Medium",
                "Medium",
                "Manual audit sample of 2,000 parcels per depot per week while baselining",
            ],
            [
                "Benefits arrive later than planned",
                "Medium",
                "Medium",
                "Benefits tracked monthly by Finance; Gate 2 re-validates the case",
            ],
        ],
        y=1.6,
        row_h=0.8,
        size=12,
        widths=[4.0, 1.4, 1.2, 5.5],
    )
    # 17
    s = d.slide("10 \u00b7 GOVERNANCE", "How the programme is run", None)
    for i, (head, body) in enumerate(
        [
            (
                "Programme Board \u00b7 monthly",
                "Chair: Chief Operating Officer (sponsor). Decides the gates, releases capital by "
                "phase and owns the benefits case.",
            ),
            (
                "Design Authority \u00b7 fortnightly",
                "Chair: Head of Engineering & Automation. Approves designs, interfaces and changes "
                "to sort plans.",
            ),
            (
                "Depot readiness call \u00b7 weekly",
                "Run by the Programme Director with the depot general managers from six weeks "
                "before each go-live.",
            ),
        ]
    ):
        d.box(
            s.shapes,
            0.6 + i * 4.05,
            1.7,
            3.9,
            3.2,
            [(head, 15, True), (body, 13, False)],
            fill=d.light,
        )
    d.box(
        s.shapes,
        0.6,
        5.3,
        12.1,
        0.8,
        "Changes under \u00a3250,000 within a phase are approved by the Programme Director; "
        "anything larger goes to the Programme Board.",
        13,
    )
    # 18
    s = d.slide("11 \u00b7 INVESTMENT", "Investment and payback", None)
    d.chart(
        s,
        XL_CHART_TYPE.COLUMN_CLUSTERED,
        ["2027", "2028", "2029"],
        [("Capital (\u00a3m)", [14.5, 21.0, 9.5])],
        0.6,
        1.7,
        6.5,
        4.6,
        title="Capital by year (\u00a3m)",
    )
    d.box(
        s.shapes,
        7.5,
        1.9,
        5.2,
        4.4,
        [
            ("\u00a345.0m capital over three years", 16, True),
            ("Net run-rate savings of \u00a313.2m a year from 2030", 14, False),
            ("Payback in 3.4 years", 14, False),
        ],
    )
    # 19
    s = d.slide("12 \u00b7 DECISIONS", "What we ask of the Executive Committee", None)
    bullets(
        d,
        s,
        [
            (0, "Approve the programme and a \u00a345.0m capital envelope, released by phase"),
            (0, "Release \u00a37.8m for Phase 1 and the Ashby Vale pilot"),
            (0, "Confirm the Chief Operating Officer as sponsor and chair of the Programme Board"),
        ],
    )
    # 20
    s = d.slide("APPENDIX", "Definitions", None)
    bullets(
        d,
        s,
        [
            (
                0,
                "Mis-sort: a parcel sent to the wrong delivery depot or route, counted when it is scanned at the wrong depot",
            ),
            (
                0,
                "On-time departure: a trunk trailer leaving within 10 minutes of its scheduled time",
            ),
            (
                0,
                "Automated sort: a parcel inducted and routed by a sorter without handling at a manual frame",
            ),
        ],
        size=14,
    )
    path = out / "sort-smarter-2029.pptx"
    d.save(path)
    return path


# --------------------------------------------------------------------------- case 2


def corvane_clinical(out: Path) -> Path:
    """Corvane Therapeutics: a clinical-operations strategy to activate trial sites faster,
    piloted on the CVN-318 study. Half the slides use the template's placeholders; KPIs are
    bullets; the roadmap is a table of waves and decision points."""
    d = Board(
        "First Patient Faster",
        "Global Clinical Operations, Corvane Therapeutics",
        "",
        ((30, 41, 82), (0, 128, 128), (226, 240, 240)),
        total=22,
    )
    slide = d.prs.slides.add_slide(d.prs.slide_layouts[TITLE_SLIDE])
    slide.shapes.title.text = "First Patient Faster"
    sub = slide.placeholders[1].text_frame
    sub.text = "Clinical Operations Strategy 2027-2029"
    for line in (
        "Corvane Therapeutics \u00b7 Global Clinical Operations",
        "Leadership Team offsite \u00b7 October 2026",
    ):
        sub.add_paragraph().text = line
    # 2
    ph_slide(
        d,
        "Agenda",
        [
            (0, "Where our studies lose time"),
            (0, "Our aspiration and objectives"),
            (0, "Four workstreams"),
            (0, "Pilot, waves and the first 100 days"),
            (0, "Enablers, risks, governance and investment"),
        ],
        page="2",
    )
    # 3
    ph_slide(
        d,
        "Executive summary",
        [
            (
                0,
                "Our studies take 7.4 months from final protocol to first site activated; the industry median is 5.1",
            ),
            (0, "Almost a third of our activated sites enrol one patient or none"),
            (
                0,
                "We propose four workstreams, tested on CVN-318 from July 2027 and scaled to every new Phase II/III study from July 2028",
            ),
            (
                0,
                "Investment of \u20ac14.2m over three years, for about 5.5 months gained per study",
            ),
        ],
        page="3",
    )
    # 4
    s = d.slide(
        "01 | CONTEXT",
        "Where our studies lose time",
        "Median weeks per start-up step, studies activated 2023-2025",
        number=False,
    )
    page_box(d, s, "4")
    steps = [
        ("Feasibility", "6.1 weeks"),
        ("Site selection", "5.3 weeks"),
        ("Contracts & budgets", "14.8 weeks"),
        ("Ethics & regulatory", "9.6 weeks"),
        ("Site initiation", "3.2 weeks"),
    ]
    for i, (name, value) in enumerate(steps):
        d.box(
            s.shapes,
            0.6 + i * 2.45,
            2.0,
            2.35,
            1.6,
            [(name, 14, True), (value, 22, True)],
            fill=d.light,
            shape=MSO_SHAPE.CHEVRON if i else MSO_SHAPE.PENTAGON,
        )
    d.box(
        s.shapes,
        0.6,
        4.2,
        12.1,
        1.2,
        "Contracts and budgets are the longest single step: 14.8 weeks at the median, 23 weeks in the US.",
        15,
    )
    # 5
    s = d.slide("01 | CONTEXT", "How we compare", None, number=False)
    page_box(d, s, "5")
    d.chart(
        s,
        XL_CHART_TYPE.BAR_CLUSTERED,
        ["Protocol to first site activated (months)", "Substantial amendments per study"],
        [("Corvane", [7.4, 2.6]), ("Industry median", [5.1, 1.8])],
        0.6,
        1.6,
        6.8,
        4.8,
    )
    d.box(
        s.shapes,
        7.8,
        1.8,
        4.9,
        4.6,
        [
            ("31% of activated sites enrolled 0-1 patients (studies 2023-2025)", 14, False),
            ("2.6 substantial protocol amendments per study", 14, False),
            ("eTMF completeness at the last quarterly check: 78%", 14, False),
            ("Only 20% of our studies run a risk-based monitoring plan", 14, False),
        ],
    )
    # 6
    s = ph_slide(d, "Our aspiration", page="6")
    d.box(
        s.shapes,
        0.6,
        2.0,
        12.1,
        1.6,
        "To be the sponsor that investigators choose first, and to bring our medicines to patients sooner.",
        28,
        True,
        d.accent,
    )
    d.box(
        s.shapes,
        0.6,
        4.0,
        12.1,
        1.0,
        "Every month we save in development is a month earlier that a patient can be treated.",
        16,
    )
    # 7
    ph_slide(
        d,
        "Strategic objectives",
        [
            (
                0,
                "Cut the median time from final protocol to first site activated from 7.4 to 4.5 months by December 2028",
            ),
            (
                0,
                "Reduce non-enrolling sites (0-1 patients) from 31% to below 12% of activated sites, for studies starting from January 2028",
            ),
            (0, "Reach 95% eTMF completeness at every quarterly check from Q4 2027"),
            (
                0,
                "Halve substantial protocol amendments, from 2.6 to 1.3 per study, for protocols finalised from 2028",
            ),
            (0, "Run every new study under a risk-based monitoring plan by June 2028"),
            (
                0,
                "Move into the top quartile of sponsors in the annual investigator satisfaction survey",
            ),
        ],
        page="7",
    )
    # 8
    s = d.slide("02 | WORKSTREAMS", "Four workstreams", None, number=False)
    page_box(d, s, "8")
    d.cards(
        s,
        [
            (
                "A",
                "Choose the right sites",
                "Site selection on evidence: a site performance database and a pre-qualified network of 120 sites.",
            ),
            (
                "B",
                "Start sites faster",
                "Master agreements, a fair-market-value budget grid, and ethics and regulatory submissions in parallel.",
            ),
            (
                "C",
                "Always inspection-ready",
                "File to the eTMF as we go, with completeness checked every month rather than before an inspection.",
            ),
            (
                "D",
                "Monitor what matters",
                "Risk-based quality management: central monitoring, key risk indicators and targeted on-site visits.",
            ),
        ],
        cols=4,
        y=1.6,
        h=4.4,
    )
    # 9
    s = ph_slide(d, "Workstream A \u00b7 Choose the right sites", page="9")
    text_list(
        d,
        s,
        [
            "Build a site performance database from CTMS, EDC and feasibility history: enrolment, screen failure, start-up time, data quality",
            "Pre-qualify 120 sites in our five core countries under a standing confidentiality agreement",
            "Shorten the feasibility questionnaire from 94 to 25 questions",
            "Country feasibility sign-off within 15 working days of the final synopsis",
        ],
    )
    # 10
    s = ph_slide(d, "Workstream B \u00b7 Start sites faster", page="10")
    text_list(
        d,
        s,
        [
            "Master clinical trial agreements with our 40 most-used institutions",
            "A fair-market-value budget grid per country, so every site has a first budget within five days",
            "Ethics and regulatory submissions in parallel through CTIS for EU studies",
            "A central IRB for all US sites",
            "Six country start-up specialists: Germany, Poland, Spain, Italy, the US and the UK",
        ],
    )
    # 11
    s = ph_slide(d, "Workstreams C and D \u00b7 Inspection-ready, risk-based", page="11")
    text_list(
        d,
        s,
        [
            "C1 File-as-you-go: documents filed in the eTMF within 5 working days of finalisation",
            "C2 Monthly eTMF completeness and quality review for every study",
            "C3 Mock inspection of every pivotal study before database lock",
            "D1 A risk assessment (RACT) for every new protocol before the first site is activated",
            "D2 Central monitoring, with key risk indicators reviewed every two weeks",
            "D3 Source data verification reduced to critical data points",
        ],
    )
    # 12
    s = d.slide(
        "03 | PILOT",
        "Pilot study: CVN-318",
        "Phase IIb in moderate-to-severe atopic dermatitis \u00b7 48 sites in Germany, Poland and Spain \u00b7 first site planned for September 2027",
        number=False,
    )
    page_box(d, s, "12")
    d.box(
        s.shapes,
        0.6,
        2.0,
        5.6,
        4.4,
        [
            ("What we will try", 15, True),
            ("All four workstreams applied end to end on one study", 13, False),
            ("Sites chosen from the site performance database", 13, False),
            ("Master agreements and the budget grid at every Spanish and Polish site", 13, False),
            ("Central monitoring from the first patient in", 13, False),
        ],
    )
    d.box(
        s.shapes,
        6.6,
        2.0,
        6.1,
        4.4,
        [
            ("Acceptance criteria", 15, True),
            ("Median of 5 months or less from final protocol to site activation", 13, False),
            (
                "At least 80% of sites enrol two or more patients within 90 days of activation",
                13,
                False,
            ),
            ("eTMF completeness of 95% or more at each monthly review", 13, False),
            ("No critical findings at the mock inspection", 13, False),
            (
                "Investigators rate the start-up 8 out of 10 or higher in the pilot site survey",
                13,
                False,
            ),
        ],
        fill=d.light,
    )
    # 13
    s = ph_slide(d, "Three waves, two decision points", page="13")
    d.table(
        s,
        ["Wave", "When", "Scope", "Decision at the end"],
        [
            [
                "Wave 0 \u00b7 Foundations",
                "January - June 2027",
                "Site performance database v1, budget grid, CTA templates, RBQM procedures, hiring",
                "DP1 (June 2027): start the pilot",
            ],
            [
                "Wave 1 \u00b7 Pilot",
                "July 2027 - June 2028",
                "CVN-318 end to end; lessons written into the SOPs",
                "DP2 (June 2028): scale or adjust",
            ],
            [
                "Wave 2 \u00b7 Scale",
                "July 2028 - December 2029",
                "Every new Phase II/III study; CRO partners brought onto the same standards",
                "Annual review by the Steering Committee",
            ],
        ],
        y=1.7,
        row_h=1.1,
        size=13,
        widths=[2.4, 2.4, 4.6, 2.7],
    )
    # 14
    s = d.slide("04 | NEXT STEPS", "The first 100 days", None, number=False)
    page_box(d, s, "14")
    text_list(
        d,
        s,
        [
            "1. Appoint the workstream leads and an interim Head of Clinical Contracts & Site Budgets",
            "2. Agree the baseline cohort: every study that activated a first site in 2024-2025",
            "3. Start recruiting the six country start-up specialists",
            "4. Send the master agreement template to the first ten institutions",
            "5. Specify the site performance database with Clinical Systems and Clinical Data Science",
            "6. Brief the German works council on central monitoring and agree a consultation timetable",
            "7. Write the RBQM SOP and the risk assessment template, reviewed by Clinical QA",
            "8. Confirm the CVN-318 country and site list for feasibility",
            "9. Design the risk-based monitoring curriculum with the Clinical Academy",
        ],
        y=1.5,
        h=5.4,
        size=14,
    )
    # 15
    s = ph_slide(d, "Systems and data", page="15")
    text_list(
        d,
        s,
        [
            "The site performance database is built on CORE, our clinical data repository",
            "CTMS sends site milestones to CORE every night instead of a weekly spreadsheet export",
            "Central monitoring analytics run on EDC data refreshed daily",
            "An eTMF completeness dashboard built from Veeva Vault metadata",
        ],
    )
    # 16
    s = d.slide("05 | ENABLERS", "People and capabilities", None, number=False)
    page_box(d, s, "16")
    bullets(
        d,
        s,
        [
            (0, "A new role, Central Monitor: four positions in 2027"),
            (
                0,
                "Every CRA and clinical trial manager trained in risk-based monitoring by the Clinical Academy before Wave 2",
            ),
            (0, "A start-up specialist in each core country"),
            (0, "CRO oversight plans rewritten to RBQM standards"),
        ],
    )
    # 17
    ph_slide(
        d,
        "Risks and mitigations",
        [
            (0, "Institutions refuse the master agreement terms"),
            (
                1,
                "Mitigation: start with the ten institutions that sign most of our contracts; Legal pre-approves fallback clauses",
            ),
            (0, "CTMS data too poor for the site performance database"),
            (1, "Mitigation: a data clean-up sprint on 2022-2026 studies before v1"),
            (0, "Works council objects to central monitoring"),
            (
                1,
                "Mitigation: monitor sites and data, not people; consult before any tool goes live in Germany",
            ),
            (0, "The pilot study is delayed by its own protocol"),
            (1, "Mitigation: keep CVN-319 as the back-up pilot"),
            (0, "CRO partners do not adopt our standards"),
            (1, "Mitigation: RBQM and eTMF clauses in the next CRO master service agreements"),
        ],
        page="17",
    )
    # 18
    s = d.slide("06 | MEASUREMENT", "How we will track progress", None, number=False)
    page_box(d, s, "18")
    bullets(
        d,
        s,
        [
            (
                0,
                "A monthly scorecard to the Clinical Operations Leadership Team, quarterly to the Steering Committee",
            ),
            (
                0,
                "Every measure compared with the 2024-2025 baseline cohort, never with a single study",
            ),
            (0, "Cycle times taken from CTMS milestones, not self-reported"),
            (0, "The investigator satisfaction survey run every autumn by an independent agency"),
        ],
    )
    # 19
    s = ph_slide(d, "Governance and decision rights", page="19")
    d.table(
        s,
        ["Body", "Chair", "Meets", "Decides"],
        [
            [
                "Clinical Development Steering Committee",
                "Chief Medical Officer",
                "Quarterly",
                "Decision points, budget release, scope",
            ],
            [
                "Clinical Operations Leadership Team",
                "Vice President, Global Clinical Operations",
                "Monthly",
                "Workstream plans, priorities, SOP changes",
            ],
            [
                "Workstream leads",
                "Programme Manager, Clinical Operations Excellence",
                "Fortnightly",
                "Delivery, risks, dependencies",
            ],
        ],
        y=1.7,
        row_h=0.9,
        size=13,
        widths=[3.6, 3.6, 1.5, 3.4],
    )
    # 20
    s = d.slide("07 | INVESTMENT", "Investment", None, number=False)
    page_box(d, s, "20")
    text_list(
        d,
        s,
        [
            "\u20ac14.2m over 2027-2029",
            "\u20ac5.1m people \u00b7 \u20ac4.6m systems and data \u00b7 \u20ac3.2m CRO and site costs \u00b7 \u20ac1.3m training and change",
            "Expected benefit: first patient about 5.5 months earlier per study, roughly \u20ac9m of cost avoided per Phase III study",
        ],
        size=16,
    )
    # 21
    ph_slide(
        d,
        "Decisions requested",
        [
            (0, "Endorse the strategy and the 2027 plan"),
            (0, "Release \u20ac3.9m for Wave 0"),
            (0, "Nominate CVN-318 as the pilot study"),
        ],
        page="21",
    )
    # 22
    ph_slide(
        d,
        "Appendix \u00b7 Definitions",
        [
            (
                0,
                "Site activation: the date a site is released to enrol, after approvals, contract and initiation visit",
            ),
            (0, "Non-enrolling site: an activated site that randomises no patient or one patient"),
            (
                0,
                "eTMF completeness: documents filed as a share of documents expected at that point of the study",
            ),
        ],
        page="22",
    )
    path = out / "first-patient-faster-2027-2029.pptx"
    d.save(path)
    return path


# --------------------------------------------------------------------------- case 3


def brightwater_airport(out: Path) -> Path:
    """Brightwater Airport: a passenger-operations plan for two terminals up to the summer
    2028 peak, piloted on four security lanes in Terminal 2. KPI tiles dated by the
    subtitle; phases as a bullet list with gates."""
    d = Board(
        "Smooth Departures 2028",
        "Passenger Operations, Brightwater Airport",
        "Brightwater Airport \u00b7 Smooth Departures 2028",
        ((0, 61, 91), (0, 150, 199), (224, 242, 250)),
        total=18,
        page_style="Page {n} of {total}",
    )
    cover(
        d,
        "BRIGHTWATER AIRPORT \u00b7 PASSENGER OPERATIONS",
        "Brightwater Airport Ltd",
        "Smooth Departures 2028",
        [
            "Presented to the Airport Executive \u00b7 December 2026",
            "Owner: Chief Operating Officer",
        ],
        tagline="Our passenger operations plan, January 2027 to September 2028",
    )
    # 2
    s = d.slide("AT A GLANCE", "The plan on a page", None)
    for i, (head, body) in enumerate(
        [
            (
                "Why",
                "Last summer's security queues and missed assistance hurt our reputation, and two airlines cited them when they cut routes.",
            ),
            (
                "What",
                "Four programmes: Security, Assistance, Baggage and the Airport Operations Centre.",
            ),
            ("When", "Prepare, pilot, roll out before summer 2028, then prove it in the peak."),
        ]
    ):
        d.box(
            s.shapes,
            0.6 + i * 4.05,
            1.7,
            3.9,
            4.2,
            [(head, 20, True), (body, 14, False)],
            fill=d.light,
        )
    # 3
    s = d.slide("WHERE WE ARE", "Summer 2026 in numbers", None)
    d.tiles(
        s,
        [
            ("9.4m", "passengers in 2025/26", None),
            ("22%", "of passengers queued more than 15 minutes at security in August", None),
            ("71%", "of assistance requests met on time (departures)", None),
            ("3.9 / 5", "ASQ overall satisfaction, Q3 2026", None),
            ("31 min", "average first-bag time, Terminal 1", None),
        ],
        y=1.8,
        h=2.4,
    )
    # 4
    s = d.slide("WHERE WE ARE", "What passengers and airlines told us", None)
    d.cards(
        s,
        [
            (
                "",
                "\u201cI missed my flight standing in the security queue.\u201d",
                "Passenger complaint, August 2026",
            ),
            (
                "",
                "\u201cNobody met my father at the gate.\u201d",
                "Assistance complaint, July 2026",
            ),
            (
                "",
                "\u201cOur turnarounds lose eight minutes waiting for bags and buses.\u201d",
                "Airline Operators Committee, September 2026",
            ),
        ],
        cols=3,
        y=1.7,
        h=3.8,
    )
    # 5
    s = d.slide("OUR PROMISE", "Our promise to passengers", None)
    d.box(
        s.shapes,
        0.6,
        2.0,
        12.1,
        1.5,
        "The easiest airport in the North to fly from.",
        36,
        True,
        d.accent,
    )
    d.box(
        s.shapes, 0.6, 3.8, 12.1, 0.8, "Calm, quick and on your side from the kerb to the gate.", 20
    )
    # 6
    s = d.slide(
        "SERVICE TARGETS",
        "Five commitments",
        "Targets for the summer 2028 peak (June to September 2028)",
    )
    d.tiles(
        s,
        [
            (
                "95%",
                "of passengers through central search within 15 minutes",
                "baseline 78%, August 2026",
            ),
            (
                "99%",
                "of pre-booked assistance requests met within the CAA standard",
                "baseline 71%",
            ),
            ("4.2 / 5", "ASQ overall passenger satisfaction", "baseline 3.9"),
            (
                "20 min",
                "first bag on reclaim after on-block, both terminals",
                "baseline 31 min in Terminal 1",
            ),
            ("-30%", "lost-time injuries among ramp and baggage staff", "baseline 44 in 2025/26"),
        ],
        y=1.9,
        h=2.8,
    )
    # 7
    s = d.slide("PROGRAMME 1", "Security: faster, calmer screening", None)
    bullets(
        d,
        s,
        [
            (
                0,
                "Replace the eight Terminal 2 lanes with CT scanners and automated tray return, four lanes at a time",
            ),
            (
                0,
                "Queue-time sensors at central search in both terminals, shown live on screens and in the app",
            ),
            (0, "Roster security officers to the hour-by-hour passenger forecast"),
            (0, "Recruit and certify 60 additional security officers before Easter 2028"),
        ],
    )
    # 8
    s = d.slide("PROGRAMME 2", "Assistance for passengers with reduced mobility", None)
    bullets(
        d,
        s,
        [
            (
                0,
                "A new assistance contract with service levels that match the CAA quality standard",
            ),
            (0, "Digital job dispatch for assistance agents, replacing paper job sheets"),
            (0, "Airline pre-notifications fed straight into the dispatch system"),
            (0, "Disability equality training for every front-line colleague"),
            (0, "A Changing Places toilet airside in Terminal 2"),
        ],
    )
    # 9
    s = d.slide("PROGRAMME 3", "Baggage: first bag sooner, fewer mishandled", None)
    bullets(
        d,
        s,
        [
            (0, "Replace the control software and PLCs of the Terminal 1 baggage handling system"),
            (0, "Bag tracking by barcode scan at make-up and at reclaim in both terminals"),
            (0, "Ground handler performance reports shared with airlines every week"),
        ],
    )
    # 10
    s = d.slide("PROGRAMME 4", "Airport Operations Centre (APOC)", None)
    bullets(
        d,
        s,
        [
            (0, "One operations centre for the terminals, airfield, security and baggage"),
            (
                0,
                "Airport Collaborative Decision Making (A-CDM) milestones shared with airlines and handlers",
            ),
            (0, "A live view of queues, the assistance backlog and first-bag times"),
        ],
    )
    # 11
    s = d.slide(
        "PILOT",
        "Pilot: Terminal 2 central search, lanes 1-4",
        "April to October 2027 \u00b7 four CT lanes live while lanes 5-8 keep running",
    )
    d.box(
        s.shapes,
        0.6,
        1.9,
        12.1,
        4.6,
        [
            ("The pilot is accepted when", 16, True),
            ("the DfT has approved the CT configuration before live screening", 14, False),
            ("180 passengers per lane per hour are sustained in the morning peak", 14, False),
            (
                "95% of Terminal 2 passengers clear security within 15 minutes over the August peak",
                14,
                False,
            ),
            ("tray return availability is 99% or more", 14, False),
            ("every officer on the pilot lanes is certified on CT image interpretation", 14, False),
        ],
        fill=d.light,
    )
    # 12
    s = d.slide("DELIVERY", "How we will deliver: four phases", None)
    bullets(
        d,
        s,
        [
            (0, "Phase A \u00b7 Prepare: January to March 2027"),
            (
                1,
                "Contracts signed for the CT lanes and the assistance service; APOC design; baselines agreed",
            ),
            (1, "Gate: Readiness Review 1, end of March 2027"),
            (0, "Phase B \u00b7 Pilot and winter build: April to October 2027"),
            (
                1,
                "Terminal 2 lanes 1-4 live; digital assistance dispatch trial in Terminal 1; BHS controls design",
            ),
            (1, "Gate: roll-out go/no-go, October 2027"),
            (0, "Phase C \u00b7 Roll out before summer: November 2027 to April 2028"),
            (
                1,
                "Terminal 2 lanes 5-8, Terminal 1 queue sensors, BHS controls cutover in the January low season, APOC live",
            ),
            (1, "Gate: Summer Readiness sign-off, April 2028"),
            (0, "Phase D \u00b7 Prove it in the peak: May to September 2028"),
            (1, "Stabilise, measure against the five commitments, hand over to business as usual"),
        ],
        y=1.6,
        h=5.2,
        size=15,
    )
    # 13
    s = d.slide("FIRST 90 DAYS", "The first 90 days", None)
    bullets(
        d,
        s,
        [
            (0, "By 15 January: name the four programme leads and the programme manager"),
            (
                0,
                "By 31 January: agree the queue-time, assistance and first-bag baselines with Insight & Performance",
            ),
            (0, "By 14 February: place the order for four CT lanes"),
            (0, "By 28 February: submit the CT configuration to the DfT for approval"),
            (
                0,
                "By 28 February: open formal consultation with the GMB on annualised-hours rosters",
            ),
            (0, "By 15 March: issue the assistance service tender"),
            (0, "By 31 March: launch the campaign to recruit 60 security officers"),
            (0, "By 31 March: hold Readiness Review 1"),
        ],
        y=1.6,
        h=5.2,
        size=15,
    )
    # 14
    s = d.slide("ENABLERS", "Systems and data", None)
    bullets(
        d,
        s,
        [
            (0, "Queue sensors in both terminals feeding the APOC dashboard"),
            (0, "The AODB as the single source of flight and stand data for A-CDM"),
            (0, "An assistance dispatch system that reads the airlines' pre-notification messages"),
            (0, "Bag scan events stored in Skyline for first-bag reporting"),
        ],
    )
    # 15
    s = d.slide("ENABLERS", "Our people", None)
    bullets(
        d,
        s,
        [
            (0, "Annualised-hours rosters for security, agreed with the GMB"),
            (
                0,
                "The Brightwater Learning Centre runs the CT image interpretation and disability equality courses",
            ),
            (0, "Shift team leaders coached in managing queues in real time"),
        ],
    )
    # 16
    s = d.slide("RISKS", "Risks and how we'll handle them", None)
    d.cards(
        s,
        [
            (
                "HIGH",
                "DfT approval takes longer than planned",
                "Submit in February; lanes 5-8 stay on the current X-ray until approval.",
            ),
            (
                "HIGH",
                "Not enough officers recruited and vetted by Easter",
                "Recruit from March 2027, with the 10-week counter-terrorism check lead time in the plan.",
            ),
            (
                "MEDIUM",
                "The BHS cutover fails",
                "Cut over in the January low season with a full fallback to the old controls.",
            ),
            (
                "MEDIUM",
                "Changing assistance provider disrupts service",
                "Six weeks of parallel running of the old and new provider.",
            ),
        ],
        cols=2,
        y=1.6,
        h=5.0,
    )
    # 17
    s = d.slide("GOVERNANCE", "Who decides", None)
    text_list(
        d,
        s,
        [
            "Passenger Operations Board, monthly. Chair: Chief Operating Officer (sponsor). Takes the gate decisions and releases funding by phase.",
            "Programme Delivery Group, fortnightly. Chair: Passenger Operations Programme Manager. Plans, risks and dependencies.",
            "Airline Operators Committee: consulted every quarter on changes that affect turnarounds and passengers.",
            "Accessibility Forum: consulted on every change to assistance.",
        ],
        size=15,
    )
    # 18
    s = d.slide("INVESTMENT", "Investment and the ask", None)
    text_list(
        d,
        s,
        [
            "\u00a321.4m of capital: CT lanes \u00a311.8m, BHS controls \u00a35.2m, APOC \u00a32.9m, assistance systems \u00a31.5m",
            "We ask the Airport Executive to approve the plan and release \u00a39.6m for Phases A and B",
        ],
        size=16,
    )
    path = out / "smooth-departures-2028.pptx"
    d.save(path)
    return path


# --------------------------------------------------------------------------- PDF twin

_LATIN1 = str.maketrans(
    {
        "\u2013": "-",
        "\u2014": "-",
        "\u2022": "-",
        "\u2018": "'",
        "\u2019": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u20ac": "EUR ",
        "\u00a0": " ",
    }
)
_EMU_PER_MM = 36000


class TwinPdf(FPDF):
    def __init__(self, title: str, author: str) -> None:
        super().__init__(orientation="L", unit="mm", format=(190.5, 338.67))
        self.set_auto_page_break(False)
        self.set_margins(0, 0, 0)
        self.set_title(title)
        self.set_author(author)
        self.set_creator("Impress")
        self.set_producer("groundwork eval builder (fpdf2)")
        self.set_creation_date(FIXED_TIME)

    def file_id(self) -> str:
        """A fixed document ID, so the twin's bytes do not change from build to build."""
        return "<8B1A7C3E0D2F4A5B9C6D7E8F90A1B2C3><8B1A7C3E0D2F4A5B9C6D7E8F90A1B2C3>"


def _mm(emu: int | None) -> float:
    return (emu or 0) / _EMU_PER_MM


def _latin1(text: str) -> str:
    return text.translate(_LATIN1).encode("latin-1", "replace").decode("latin-1")


def _draw_text(
    pdf: FPDF, x: float, y: float, w: float, paragraphs: list[tuple[str, float, bool]]
) -> None:
    pdf.set_xy(x, y)
    for text, size, bold in paragraphs:
        if not text.strip():
            continue
        pdf.set_font("Helvetica", "B" if bold else "", size)
        pdf.set_x(x)
        pdf.multi_cell(max(w, 10), size * 0.42, _latin1(text))


def _paragraphs(frame: Any) -> list[tuple[str, float, bool]]:
    out = []
    for para in frame.paragraphs:
        text = "".join(run.text for run in para.runs)
        size = next((r.font.size.pt for r in para.runs if r.font.size), 14.0)
        bold = any(r.font.bold for r in para.runs)
        out.append((text, size, bool(bold)))
    return out


def _draw_shapes(pdf: FPDF, shapes: Any) -> None:
    for shape in shapes:
        if shape.shape_type is not None and shape.shape_type == 6:  # group
            _draw_shapes(pdf, shape.shapes)
            continue
        x, y, w = _mm(shape.left), _mm(shape.top), _mm(shape.width)
        if getattr(shape, "has_table", False) and shape.has_table:
            table = shape.table
            widths = [_mm(c.width) for c in table.columns]
            top = y
            for row in table.rows:
                left = x
                for c, cell in enumerate(row.cells):
                    _draw_text(pdf, left, top, widths[c] - 1, [(cell.text, 10, False)])
                    left += widths[c]
                top += max(_mm(row.height), 9)
        elif getattr(shape, "has_chart", False) and shape.has_chart:
            chart = shape.chart
            if chart.has_title:
                _draw_text(pdf, x, y, w, [(chart.chart_title.text_frame.text, 12, True)])
        elif shape.has_text_frame and shape.text_frame.text.strip():
            _draw_text(pdf, x, y, w, _paragraphs(shape.text_frame))


def export_twin(deck: Path, twin: Path) -> None:
    """Render each slide to one PDF page: every text where its shape is, core fonts."""
    prs = Presentation(io.BytesIO(deck.read_bytes()))
    pdf = TwinPdf(prs.core_properties.title or deck.stem, prs.core_properties.author or "")
    for slide in prs.slides:
        pdf.add_page()
        _draw_shapes(pdf, slide.shapes)
    pdf.output(str(twin))


# --------------------------------------------------------------------------- main

CASES = {
    "kestrel-parcels": kestrel_parcels,
    "corvane-clinical": corvane_clinical,
    "brightwater-airport": brightwater_airport,
}
TWINS = ("kestrel-parcels",)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--twin", action="store_true", help="also write the PDF twin (fpdf2)")
    parser.add_argument("--out", type=Path, default=HERE, help="write the cases under this folder")
    parser.add_argument("cases", nargs="*", help="case names (default: all)")
    args = parser.parse_args(argv)
    for name in args.cases or list(CASES):
        folder = args.out / name
        folder.mkdir(parents=True, exist_ok=True)
        deck = CASES[name](folder)
        if args.twin and name in TWINS:
            export_twin(deck, deck.with_suffix(".pdf"))
        print(f"built {name}")


if __name__ == "__main__":
    main()
