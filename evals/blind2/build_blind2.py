"""Build the second blind eval set's decks, deterministically.

Run from the repository root:  .venv/bin/python evals/blind2/build_blind2.py

Writes one PPTX per case under ``evals/blind2/<name>/`` with python-pptx. The org folders
and every ``gold.json`` are written by hand. Re-running this script rewrites the decks
byte for byte (fixed ZIP entry times and fixed document dates).

Layouts vary on purpose: title placeholders on some slides, free text boxes on others
(with a section eyebrow and a page counter), KPI tiles as separate text boxes (a big
number over its label), one native table per deck (the KPI table), roadmap phases as
boxes, risk/mitigation pairs as two text boxes per row.

This set is blind: see evals/blind2/README.md. Never tune anything on it.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Sequence
from pathlib import Path

from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE
from pptx.presentation import Presentation as PresentationType
from pptx.slide import Slide
from pptx.util import Emu, Inches, Pt

HERE = Path(__file__).resolve().parent
FIXED_ZIP_TIME = (2026, 12, 1, 9, 0, 0)
FIXED_W3C = "2026-12-01T09:00:00Z"
_DOC_DATES = re.compile(
    rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:(?:created|modified)>)"
)

TITLE, TITLE_ONLY, BLANK = 0, 5, 6


def normalize_zip(data: bytes) -> bytes:
    """Rewrite an OOXML package with fixed entry times and document dates."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename.endswith("core.xml"):
                body = _DOC_DATES.sub(rb"\g<1>" + FIXED_W3C.encode() + rb"\g<2>", body)
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, body)
    return out.getvalue()


# --------------------------------------------------------------------------- kit


def new_deck() -> PresentationType:
    prs = Presentation()
    prs.slide_width = Inches(13.333)
    prs.slide_height = Inches(7.5)
    return prs


def text_box(
    slide: Slide,
    left: float,
    top: float,
    width: float,
    height: float,
    lines: Sequence[str],
    size: int = 16,
    bold: bool = False,
) -> None:
    box = slide.shapes.add_textbox(Inches(left), Inches(top), Inches(width), Inches(height))
    frame = box.text_frame
    frame.word_wrap = True
    for i, line in enumerate(lines):
        para = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
        para.text = line
        for run in para.runs:
            run.font.size = Pt(size)
            run.font.bold = bold


def cover(prs: PresentationType, title: str, subtitle: Sequence[str]) -> Slide:
    slide = prs.slides.add_slide(prs.slide_layouts[TITLE])
    assert slide.shapes.title is not None
    slide.shapes.title.text = title
    sub = slide.placeholders[1].text_frame
    for i, line in enumerate(subtitle):
        para = sub.paragraphs[0] if i == 0 else sub.add_paragraph()
        para.text = line
    return slide


def placeholder_slide(prs: PresentationType, title: str) -> Slide:
    slide = prs.slides.add_slide(prs.slide_layouts[TITLE_ONLY])
    assert slide.shapes.title is not None
    slide.shapes.title.text = title
    return slide


def box_slide(prs: PresentationType, title: str, eyebrow: str) -> Slide:
    """A blank slide whose title is a free text box, with an eyebrow and a page counter."""
    slide = prs.slides.add_slide(prs.slide_layouts[BLANK])
    page = len(prs.slides)
    text_box(slide, 0.5, 0.2, 6.0, 0.4, [eyebrow.upper()], size=11)
    text_box(slide, 0.5, 0.6, 12.0, 0.9, [title], size=28, bold=True)
    text_box(slide, 12.3, 7.0, 0.8, 0.4, [str(page)], size=10)
    return slide


def bullets(slide: Slide, lines: Sequence[str], top: float = 1.6, left: float = 0.6) -> None:
    text_box(slide, left, top, 12.0 - left + 0.6, 5.5, lines, size=16)


def tiles(slide: Slide, items: Sequence[tuple[str, str]], top: float = 1.6) -> None:
    width = 12.0 / len(items)
    for i, (big, label) in enumerate(items):
        left = 0.6 + i * width
        shape = slide.shapes.add_shape(
            MSO_SHAPE.ROUNDED_RECTANGLE, Inches(left), Inches(top), Inches(width - 0.2), Inches(1.6)
        )
        shape.text_frame.text = ""
        text_box(slide, left + 0.1, top + 0.1, width - 0.4, 0.7, [big], size=32, bold=True)
        text_box(slide, left + 0.1, top + 0.85, width - 0.4, 0.7, [label], size=12)


def table(slide: Slide, rows: Sequence[Sequence[str]], top: float = 1.6) -> None:
    shape = slide.shapes.add_table(
        len(rows),
        len(rows[0]),
        Inches(0.6),
        Inches(top),
        Inches(12.0),
        Emu(Inches(0.5) * len(rows)),
    )
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            cell = shape.table.cell(r, c)
            cell.text = value
            for para in cell.text_frame.paragraphs:
                for run in para.runs:
                    run.font.size = Pt(13)


def columns(slide: Slide, items: Sequence[tuple[str, Sequence[str]]], top: float = 1.7) -> None:
    width = 12.0 / len(items)
    for i, (head, lines) in enumerate(items):
        left = 0.6 + i * width
        text_box(slide, left, top, width - 0.2, 0.8, [head], size=15, bold=True)
        text_box(slide, left, top + 0.9, width - 0.2, 4.5, lines, size=12)


def pairs(slide: Slide, heads: tuple[str, str], rows: Sequence[tuple[str, str]]) -> None:
    text_box(slide, 0.6, 1.5, 5.8, 0.4, [heads[0]], size=14, bold=True)
    text_box(slide, 6.7, 1.5, 6.0, 0.4, [heads[1]], size=14, bold=True)
    for i, (left_text, right_text) in enumerate(rows):
        top = 2.0 + i * 0.95
        text_box(slide, 0.6, top, 5.8, 0.9, [left_text], size=13)
        text_box(slide, 6.7, top, 6.0, 0.9, [right_text], size=13)


def save(prs: PresentationType, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    buffer = io.BytesIO()
    prs.core_properties.author = "Strategy Office"
    prs.core_properties.last_modified_by = "Strategy Office"
    prs.core_properties.revision = 1
    prs.save(buffer)
    path.write_bytes(normalize_zip(buffer.getvalue()))


# --------------------------------------------------------------------------- Brookwater Water


def build_brookwater() -> PresentationType:
    prs = new_deck()
    # 1
    cover(
        prs,
        "Every Drop Counts",
        [
            "Brookwater Water: asset management and leakage strategy, April 2027 to March 2030",
            "Board paper, 21 January 2027",
        ],
    )
    # 2
    s = box_slide(prs, "Executive summary", "Summary")
    tiles(
        s,
        [
            ("89 Ml/d", "leakage by March 2030, down from 118"),
            ("4 days", "from leak report to repair"),
            ("95%", "of DMAs with night flow we can trust"),
            ("130", "bursts per 1,000 km of main"),
        ],
    )
    bullets(
        s,
        [
            "Leakage is the largest loss on our network and the commitment we are furthest from meeting.",
            "We will find leaks before customers do, fix them once, know our assets and renew the mains most likely to fail.",
            "Four phases over three years, proved first in the Hartwell supply zone.",
            "We ask the Board to approve the strategy and release £11.2m for Phases 1 and 2.",
        ],
        top=3.5,
    )
    # 3
    s = placeholder_slide(prs, "Where we are today")
    bullets(
        s,
        [
            "Leakage is 118 Ml/d on a rolling average, 23% of the water we put into supply.",
            "We own 8,940 km of water mains; 31% were laid before 1960, most of them cast iron.",
            "Bursts ran at 162 per 1,000 km of main in 2025-26, the worst year since 2018.",
            "Only 38% of our 612 district metered areas (DMAs) return night-flow data we trust.",
            "A reported leak takes 9.1 days on average from report to repair.",
            "Missing the leakage commitment cost £3.4m in underperformance payments in 2025-26.",
        ],
    )
    # 4
    s = box_slide(prs, "Why the current approach has stalled", "Context")
    bullets(
        s,
        [
            "Find-and-fix is reactive: 70% of the leaks we repair were reported by customers.",
            "Repair gangs at three of our four depots are still dispatched from paper job cards.",
            "Our asset data lives in three places that disagree: the GIS, Maximo and depot spreadsheets.",
            "Mains renewal follows the age of the pipe, not its burst history or the consequence of failure.",
        ],
    )
    # 5
    s = box_slide(prs, "Our north star", "Vision")
    text_box(
        s,
        0.8,
        1.8,
        11.5,
        1.5,
        [
            "A network we understand pipe by pipe, where the water we treat reaches our customers and not the ground."
        ],
        size=26,
    )
    text_box(
        s,
        0.8,
        3.6,
        11.5,
        0.8,
        ["By 2035 we will have halved leakage from its 2024-25 level."],
        size=20,
        bold=True,
    )
    text_box(
        s,
        0.8,
        4.8,
        11.5,
        1.2,
        ["Our principles: find it first, fix it once, renew what matters."],
        size=16,
    )
    # 6
    s = placeholder_slide(prs, "Pillar 1: Find leaks before customers do")
    bullets(
        s,
        [
            "Fit 6,000 acoustic loggers across the Hartwell, Castleford and Ely Moor supply zones.",
            "Run night-flow analysis for every DMA every morning and send a daily leak-priority list to each depot.",
            "Grow the active leakage control team from 15 to 45 technicians.",
            "Survey the trunk mains by satellite and drone once a year.",
            "Pillar target: cut the customer-reported share of repaired leaks from 70% to 40%.",
        ],
    )
    # 7
    s = box_slide(prs, "Pillar 2: Fix it once, fix it fast", "Pillars")
    bullets(
        s,
        [
            "Mobile work management at all four depots, replacing paper job cards.",
            "A repair alliance with two contractors on a 4-day repair service level.",
            "Same-day repair for visible leaks on mains under 150 mm.",
            "Right-first-time reinstatement, checked by a street works inspector.",
        ],
    )
    # 8
    s = box_slide(prs, "Pillar 3: Know our assets", "Pillars")
    bullets(
        s,
        [
            "Repair or replace 380 faulty DMA meters and pressure loggers, zone by zone.",
            "One asset register: the GIS becomes the master record, reconciled with every work order.",
            "Calibrated hydraulic models for all 11 supply zones.",
            "A data-quality scorecard for asset records, published monthly.",
        ],
    )
    # 9
    s = placeholder_slide(prs, "Pillar 4: Renew where risk is highest")
    bullets(
        s,
        [
            "Risk-based mains renewal: 95 km a year, chosen by burst history, material and consequence of failure.",
            "Pressure management: 60 new pressure-reducing valves and smarter control of 24 existing ones.",
            "Replace the 4.2 km Mill Lane trunk main before winter 2028.",
            "A free repair offer for leaking customer supply pipes.",
        ],
    )
    # 10
    s = placeholder_slide(prs, "How we will measure success")
    table(
        s,
        [
            ["Measure", "Baseline 2025-26", "Target", "By when"],
            ["Leakage, three-year average (Ml/d)", "118", "89", "March 2030"],
            ["Mains bursts per 1,000 km", "162", "130", "March 2030"],
            ["Average time from leak report to repair (days)", "9.1", "4.0", "March 2029"],
            ["DMAs returning valid night-flow data", "38%", "95%", "March 2028"],
            [
                "Supply interruptions over 3 hours (minutes per property)",
                "11.7",
                "6.0",
                "March 2030",
            ],
            ["Leaks found by our own detection (share of repairs)", "30%", "60%", "March 2029"],
        ],
    )
    # 11
    s = box_slide(prs, "Roadmap: four phases to March 2030", "Roadmap")
    columns(
        s,
        [
            (
                "Phase 1: Mobilise",
                [
                    "April to June 2027",
                    "Programme team in place",
                    "Logger tender awarded",
                    "Meter repair starts in Hartwell",
                ],
            ),
            (
                "Phase 2: Prove in Hartwell",
                [
                    "July 2027 to March 2028",
                    "Pilot in 42 DMAs",
                    "Go/no-go at the Asset Programme Board, March 2028",
                ],
            ),
            (
                "Phase 3: Scale",
                [
                    "April 2028 to March 2029",
                    "Loggers and mobile working in all zones",
                    "Repair alliance live",
                ],
            ),
            (
                "Phase 4: Embed",
                [
                    "April 2029 to March 2030",
                    "Risk-based renewal at full rate",
                    "Hand over to business as usual",
                ],
            ),
        ],
    )
    # 12
    s = placeholder_slide(prs, "Pilot: the Hartwell supply zone")
    bullets(
        s,
        [
            "42 DMAs, 610 km of mains and 38,000 properties, from July 2027.",
            "Why Hartwell: the highest leakage per property of our 11 zones, and it is served by the Castleford depot.",
            "Acceptance criteria for the pilot:",
            "Leakage in the pilot DMAs down at least 15% within nine months.",
            "Average repair time in the pilot under 5 days.",
            "At least 90% of pilot DMAs with trustworthy night-flow data.",
            "No rise in supply interruptions in the zone.",
            "The Asset Programme Board decides go/no-go to scale in March 2028.",
        ],
    )
    # 13
    s = box_slide(prs, "First 90 days", "Mobilise")
    bullets(
        s,
        [
            "Appoint the programme manager and hold the first Leakage & Asset Programme Board (April 2027).",
            "Confirm the 2025-26 baselines for all six measures with the Regulation & Performance team.",
            "Issue the acoustic logger tender and award it by June 2027.",
            "Start the DMA meter repair programme in the Hartwell zone.",
            "Consult the trade unions on the new repair shift pattern.",
            "Agree a street works permit plan for the pilot with the highway authority.",
            "Recruit the first 10 leakage technicians.",
            "Sign the pilot charter with the Castleford depot.",
        ],
    )
    # 14
    s = placeholder_slide(prs, "Investment and benefits")
    bullets(
        s,
        [
            "£64m over three years: £38m mains renewal, £14m detection and loggers, £7m systems and data, £5m people.",
            "Avoided underperformance payments of £3.4m a year from 2029-30.",
            "Payback on detection spend in 4.5 years.",
        ],
    )
    # 15
    s = box_slide(prs, "Risks and mitigations", "Risks")
    pairs(
        s,
        ("Risk", "Mitigation"),
        [
            (
                "Not enough skilled leakage technicians in the market",
                "Grow our own: a leakage technician academy at the Brookwater Training Centre, two cohorts a year",
            ),
            (
                "Street works permits delay repairs",
                "Permit plan agreed with the highway authority before each phase",
            ),
            (
                "Loggers find more leaks than the gangs can fix",
                "Repair alliance sized for 30% more jobs; weekly repair backlog review",
            ),
            (
                "Meter data stays poor",
                "Meter repair comes first in every zone; no zone goes live below 90% valid data",
            ),
            (
                "Freeze-thaw bursts in winter divert crews",
                "No new zone go-lives between December and February",
            ),
        ],
    )
    # 16
    s = box_slide(prs, "Governance", "Governance")
    bullets(
        s,
        [
            "Executive sponsor: Chief Operating Officer.",
            "Leakage & Asset Programme Board: chaired by the Director of Asset Management, monthly; decides the phase gates.",
            "Reports quarterly to the Board's Operations & Regulation Committee.",
            "Benefits tracked by the Regulation & Performance team against our performance commitments.",
        ],
    )
    # 17
    s = placeholder_slide(prs, "What we ask of the Board")
    bullets(
        s,
        [
            "Approve the Every Drop Counts strategy.",
            "Release £11.2m for Phases 1 and 2.",
            "Confirm the Chief Operating Officer as executive sponsor.",
            "Note the trade union consultation on repair shift patterns.",
        ],
    )
    return prs


# --------------------------------------------------------------------------- Harrowgate Mutual


def build_harrowgate() -> PresentationType:
    prs = new_deck()
    # 1
    cover(
        prs,
        "Claims 2029",
        [
            "Fair, fast, first time: our home and motor claims transformation",
            "Harrowgate Mutual Insurance | Board strategy day, 14 January 2027",
        ],
    )
    # 2
    s = placeholder_slide(prs, "Executive summary")
    tiles(
        s,
        [
            ("14 days", "to settle a home claim, from 38"),
            ("+32", "claims tNPS, from +12"),
            ("35%", "of simple home claims paid the same day"),
            ("£18m", "a year less claims leakage"),
        ],
    )
    bullets(
        s,
        [
            "A claim is the moment our members judge us, and today we are slow and hard to reach.",
            "Four pillars: report it once, settle simple claims straight through, a stronger supply chain and counter-fraud, and claims people with the authority to decide.",
            "Proved first on escape of water claims in the Leeds claims hub, then scaled to all home and motor claims by June 2029.",
        ],
        top=3.5,
    )
    # 3
    s = box_slide(prs, "Claims today", "Where we are")
    bullets(
        s,
        [
            "We handled 212,000 home and motor claims in 2025-26 and paid £486m.",
            "The average home claim takes 38 days to settle; a motor claim takes 27.",
            "Members are passed between teams 3.4 times per claim on average.",
            "Complaints run at 9.6 per 1,000 claims, the highest in our peer group.",
            "We estimate claims leakage (overpayment, missed recoveries and fraud) at 6% of paid claims.",
            "Claims tNPS stands at +12.",
        ],
    )
    # 4
    s = placeholder_slide(prs, "What members tell us")
    bullets(
        s,
        [
            "\u201cI told my story four times to four different people.\u201d",
            "\u201cNobody could tell me when the builder would come.\u201d",
            "\u201cThe payment was fair. It just took seven weeks.\u201d",
        ],
    )
    # 5
    s = box_slide(prs, "Our ambition", "Vision")
    text_box(
        s,
        0.8,
        1.8,
        11.5,
        1.4,
        ["Every member's claim settled fairly, quickly and by one person who owns it."],
        size=28,
    )
    text_box(
        s,
        0.8,
        3.6,
        11.5,
        1.0,
        ["The best claims service of any UK mutual insurer."],
        size=22,
    )
    # 6
    s = placeholder_slide(prs, "Pillar 1: Report it once")
    bullets(
        s,
        [
            "Digital first notice of loss (FNOL) for home claims, with photo and video upload.",
            "Automated triage of every new claim within 2 hours of notification.",
            "One claim owner for every complex claim, from notification to settlement.",
            "Motor FNOL moves from the legacy MCS system to ClaimCenter.",
        ],
    )
    # 7
    s = box_slide(prs, "Pillar 2: Settle simple claims straight through", "Pillars")
    bullets(
        s,
        [
            "Straight-through settlement for home claims under £1,500 that pass the fraud and cover checks.",
            "Cash settlement offered where no repair is needed, with a fair-value check.",
            "Desk-based loss adjusting by video for claims under £10,000.",
            "Pillar target: 35% of simple home claims paid on the day they are reported.",
        ],
    )
    # 8
    s = box_slide(prs, "Pillar 3: Supply chain and counter-fraud", "Pillars")
    bullets(
        s,
        [
            "Re-tender the home repair network: four regional building contractors on a 10-day start service level.",
            "Fraud scoring at first notice of loss for every claim.",
            "A recovery desk for third-party motor claims.",
            "A monthly claims leakage audit of 300 settled claims.",
        ],
    )
    # 9
    s = placeholder_slide(prs, "Pillar 4: People with the authority to decide")
    bullets(
        s,
        [
            "Raise handler settlement authority from £2,500 to £7,500 after accreditation.",
            "Claims Academy accreditation for all 340 handlers by December 2028.",
            "Team leaders coach from file reviews every week.",
            "A workforce plan for surge events (storm and freeze).",
        ],
    )
    # 10
    s = placeholder_slide(prs, "Measures and targets")
    table(
        s,
        [
            ["Measure", "Baseline 2025-26", "Target", "By"],
            ["Average days to settle a home claim", "38", "14", "June 2029"],
            ["Average days to settle a motor claim", "27", "15", "June 2029"],
            ["Claims transactional NPS", "+12", "+32", "December 2028"],
            ["Simple home claims settled same day", "4%", "35%", "June 2029"],
            ["Complaints per 1,000 claims", "9.6", "5.0", "June 2029"],
            ["Claims leakage, share of paid claims", "6.0%", "3.0%", "June 2029"],
            ["Handoffs per claim", "3.4", "1.5", "December 2028"],
        ],
    )
    # 11
    s = box_slide(prs, "Roadmap to June 2029", "Roadmap")
    columns(
        s,
        [
            (
                "Phase 1: Foundations",
                [
                    "January to March 2027",
                    "Transformation lead and pilot team",
                    "Baselines signed off",
                    "FNOL configured",
                ],
            ),
            (
                "Phase 2: Pilot",
                [
                    "April to December 2027",
                    "Escape of water claims in the Leeds claims hub",
                    "Gate in December 2027",
                ],
            ),
            (
                "Phase 3: Scale",
                ["January to December 2028", "All home claims", "Motor moves to ClaimCenter"],
            ),
            (
                "Phase 4: Optimise",
                ["January to June 2029", "Straight-through rules widened", "Benefits confirmed"],
            ),
        ],
    )
    # 12
    s = placeholder_slide(prs, "Pilot: escape of water claims, Leeds claims hub")
    bullets(
        s,
        [
            "Escape of water is our largest home peril: 31% of home claims and the slowest to settle, at 46 days.",
            "Scope: every new escape of water claim notified to the Leeds claims hub from April 2027, about 1,100 a month.",
            "Success criteria at the December 2027 gate:",
            "Average days to settle pilot claims under 25.",
            "Handoffs per pilot claim at or below 2.",
            "No rise in complaints or in missed fraud referrals.",
            "The Claims Transformation Steering Committee decides go/no-go to scale in December 2027.",
        ],
    )
    # 13
    s = box_slide(prs, "First 90 days", "Foundations")
    bullets(
        s,
        [
            "Appoint the Claims Transformation Lead and the Leeds pilot team.",
            "Baseline the seven measures with Finance and Claims MI.",
            "Configure digital FNOL in ClaimCenter for escape of water.",
            "Agree the straight-through settlement rules and the fair-value check with the Conduct Risk Committee.",
            "Consult the Employee Forum on the change to handler roles.",
            "Issue the repair network tender.",
            "Start Claims Academy accreditation for the first 60 handlers.",
            "Write the pilot charter with the Leeds claims hub.",
        ],
    )
    # 14
    s = placeholder_slide(prs, "Investment and benefits")
    bullets(
        s,
        [
            "£21.5m over 30 months, of which £9m is technology.",
            "Leakage benefit of £18m a year at full run-rate from 2029-30.",
            "Claims handling expense down £4m a year.",
        ],
    )
    # 15
    s = box_slide(prs, "Risks and mitigations", "Risks")
    pairs(
        s,
        ("Risk", "Mitigation"),
        [
            (
                "Surge events (storms, freeze) swamp the pilot",
                "The pilot pauses during a surge; a surge workforce plan is in place before October 2027",
            ),
            (
                "Straight-through settlement lets fraud through",
                "Fraud scoring on every claim before payment; monthly leakage audit",
            ),
            (
                "Motor claims remain on the legacy MCS system",
                "Motor migrates to ClaimCenter in Phase 3, before any motor process change",
            ),
            (
                "Handlers resist the new roles",
                "Employee Forum consulted early; accreditation linked to pay grade",
            ),
            (
                "Repair contractors cannot meet a 10-day start",
                "Tender scored on capacity; monthly contractor scorecard",
            ),
        ],
    )
    # 16
    s = box_slide(prs, "Governance", "Governance")
    bullets(
        s,
        [
            "Executive sponsor: Chief Operating Officer.",
            "Claims Transformation Steering Committee: chaired by the Claims Director, monthly; owns the phase gates and budget release within the approved envelope.",
            "The Conduct Risk Committee reviews every change to settlement options before it goes live.",
            "The Board Risk Committee receives a quarterly report.",
        ],
    )
    # 17
    s = placeholder_slide(prs, "Decisions we ask of the Board")
    bullets(
        s,
        [
            "Approve Claims 2029.",
            "Release £6.8m for Phases 1 and 2.",
            "Endorse raising handler settlement authority within the delegated authority framework.",
        ],
    )
    return prs


def main() -> None:
    save(build_brookwater(), HERE / "brookwater-leakage" / "every-drop-counts-board-paper.pptx")
    save(build_harrowgate(), HERE / "harrowgate-claims" / "claims-2029-strategy.pptx")


if __name__ == "__main__":
    main()
