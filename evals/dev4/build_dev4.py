"""Build the dev4 eval set's decks, deterministically.

Run from the repository root:  .venv/bin/python evals/dev4/build_dev4.py

Writes one PPTX per case under ``evals/dev4/<name>/`` with python-pptx. The org folders and
every ``gold.json`` are written by hand. Re-running this script rewrites the decks byte for
byte (fixed ZIP entry times and fixed document dates).

Layouts vary on purpose, within a deck and between decks:

- title placeholders ("Title Only" and "Title and Content" layouts) on some slides, free text
  boxes with an upper-case eyebrow and a page counter on others (one deck also carries a
  footer line on those);
- KPI tiles as separate text boxes (a big number over its label), three to five per deck;
- a native KPI table (measure, baseline, target, by when) and a second native table that
  carries one pillar's initiatives (initiative, what changes or who, lead or size, by when);
- one two-column slide per deck: the "Two Content" layout's placeholders (Copperfield),
  the "Comparison" layout's heading and body placeholders (Lumen), text boxes (Saltmarsh);
- roadmap phases as columns of text boxes with the gates inside them;
- risk/mitigation pairs as two text boxes per row (extraction reads them column by column).

This is a DEVELOPMENT set (split "dev4"): the engine is tuned on it. See evals/dev4/README.md.
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
FIXED_ZIP_TIME = (2026, 12, 1, 12, 0, 0)
FIXED_W3C = "2026-12-01T12:00:00Z"
_DOC_DATES = re.compile(
    rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:(?:created|modified)>)"
)

TITLE, TITLE_AND_CONTENT, TWO_CONTENT, COMPARISON, TITLE_ONLY, BLANK = 0, 1, 3, 4, 5, 6


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


def write_lines(frame, lines: Sequence[str], size: int | None = None, bold: bool = False) -> None:
    frame.word_wrap = True
    for i, line in enumerate(lines):
        para = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
        para.text = line
        for run in para.runs:
            if size is not None:
                run.font.size = Pt(size)
            run.font.bold = bold


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
    write_lines(box.text_frame, lines, size, bold)


def cover(prs: PresentationType, title: str, subtitle: Sequence[str]) -> Slide:
    slide = prs.slides.add_slide(prs.slide_layouts[TITLE])
    assert slide.shapes.title is not None
    slide.shapes.title.text = title
    write_lines(slide.placeholders[1].text_frame, subtitle)
    return slide


def title_only(prs: PresentationType, title: str) -> Slide:
    slide = prs.slides.add_slide(prs.slide_layouts[TITLE_ONLY])
    assert slide.shapes.title is not None
    slide.shapes.title.text = title
    return slide


def content_slide(prs: PresentationType, title: str, lines: Sequence[str]) -> Slide:
    """Title and Content layout: the bullets go into the body placeholder."""
    slide = prs.slides.add_slide(prs.slide_layouts[TITLE_AND_CONTENT])
    assert slide.shapes.title is not None
    slide.shapes.title.text = title
    write_lines(slide.placeholders[1].text_frame, lines)
    return slide


def two_content(
    prs: PresentationType, title: str, left: Sequence[str], right: Sequence[str]
) -> Slide:
    """Two Content layout: a heading line, then bullets, in each placeholder."""
    slide = prs.slides.add_slide(prs.slide_layouts[TWO_CONTENT])
    assert slide.shapes.title is not None
    slide.shapes.title.text = title
    write_lines(slide.placeholders[1].text_frame, left, size=18)
    write_lines(slide.placeholders[2].text_frame, right, size=18)
    return slide


def comparison(
    prs: PresentationType,
    title: str,
    left: tuple[str, Sequence[str]],
    right: tuple[str, Sequence[str]],
) -> Slide:
    """Comparison layout: a heading placeholder over a body placeholder, twice."""
    slide = prs.slides.add_slide(prs.slide_layouts[COMPARISON])
    assert slide.shapes.title is not None
    slide.shapes.title.text = title
    write_lines(slide.placeholders[1].text_frame, [left[0]])
    write_lines(slide.placeholders[2].text_frame, left[1], size=16)
    write_lines(slide.placeholders[3].text_frame, [right[0]])
    write_lines(slide.placeholders[4].text_frame, right[1], size=16)
    return slide


def box_slide(prs: PresentationType, title: str, eyebrow: str, footer: str | None = None) -> Slide:
    """A blank slide whose title is a free text box, with an eyebrow and a page counter."""
    slide = prs.slides.add_slide(prs.slide_layouts[BLANK])
    page = len(prs.slides)
    text_box(slide, 0.5, 0.2, 6.0, 0.4, [eyebrow.upper()], size=11)
    text_box(slide, 0.5, 0.6, 12.0, 0.9, [title], size=28, bold=True)
    if footer:
        text_box(slide, 0.5, 7.0, 9.0, 0.4, [footer], size=9)
    text_box(slide, 12.3, 7.0, 0.8, 0.4, [f"{page}"], size=10)
    return slide


def bullets(slide: Slide, lines: Sequence[str], top: float = 1.6, left: float = 0.6) -> None:
    text_box(slide, left, top, 12.0 - left + 0.6, 5.3, lines, size=16)


def tiles(slide: Slide, items: Sequence[tuple[str, str]], top: float = 1.6) -> None:
    width = 12.0 / len(items)
    for i, (big, label) in enumerate(items):
        left = 0.6 + i * width
        shape = slide.shapes.add_shape(
            MSO_SHAPE.ROUNDED_RECTANGLE, Inches(left), Inches(top), Inches(width - 0.2), Inches(1.6)
        )
        shape.text_frame.text = ""
        text_box(slide, left + 0.1, top + 0.1, width - 0.4, 0.7, [big], size=30, bold=True)
        text_box(slide, left + 0.1, top + 0.85, width - 0.4, 0.7, [label], size=12)


def table(slide: Slide, rows: Sequence[Sequence[str]], top: float = 1.6, size: int = 13) -> None:
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
                    run.font.size = Pt(size)


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


def save(prs: PresentationType, path: Path, author: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    buffer = io.BytesIO()
    prs.core_properties.author = author
    prs.core_properties.last_modified_by = author
    prs.core_properties.revision = 1
    prs.save(buffer)
    path.write_bytes(normalize_zip(buffer.getvalue()))


# --------------------------------------------------------------------------- Copperfield Homes


def build_copperfield() -> PresentationType:
    prs = new_deck()
    # 1
    cover(
        prs,
        "Repairs Reset 2029",
        [
            "Copperfield Homes: responsive repairs and damp and mould strategy, April 2027 to December 2029",
            "Board meeting, 24 February 2027 | Paper B/07",
        ],
    )
    # 2
    s = box_slide(prs, "At a glance", "Summary")
    tiles(
        s,
        [
            ("92%", "routine repairs done inside target time, from 71%"),
            ("10 days", "to inspect every damp or mould report"),
            ("85%", "of jobs fixed on the first visit"),
            ("100%", "of homes surveyed in the last five years"),
        ],
    )
    bullets(
        s,
        [
            "Residents wait too long, we go back too often, and damp and mould comes back after we treat it.",
            "Four priorities: answer once, fix first time, treat damp and mould at its cause, and know the condition of every home.",
            "Proved on the Ashby Vale estate from September 2027, then every patch by April 2029.",
            "Board decision today: approve the strategy and release £4.6m for Stages 1 and 2.",
        ],
        top=3.5,
    )
    # 3
    s = title_only(prs, "The service residents get today")
    bullets(
        s,
        [
            "We carried out 71,300 responsive repairs in 2025-26 across 21,400 homes.",
            "71% of routine repairs were finished inside our 28-day target; 94% of emergencies were made safe within 24 hours.",
            "68% of jobs were fixed at the first visit; the main causes of a second visit are the wrong trade, parts not on the van and no access.",
            "1,940 damp and mould reports were logged last year, 27% of them a repeat within six months.",
            "Just over half (54%) of damp and mould reports were inspected within 10 working days.",
            "Our TP02 repairs satisfaction score is 64%, bottom quartile among our peers.",
            "6,900 routine jobs are open, 1,150 of them older than 60 days.",
        ],
    )
    # 4
    s = box_slide(prs, "Why repairs go wrong", "Diagnosis")
    bullets(
        s,
        [
            "Half of repair calls are followed by a second call to chase or rebook.",
            "The contact centre diagnoses from a script written in 2016; one job in five is raised against the wrong trade.",
            "Subcontracted jobs, a quarter of our volume, are scheduled outside the system our own trades use.",
            "Damp and mould is handled as a cleaning job: mould wash, paint, leave. The cause (ventilation, leaks, cold bridging) is rarely recorded.",
            "Stock survey data for 42% of our homes is more than five years old.",
        ],
    )
    # 5
    s = box_slide(prs, "Where we want to be", "Ambition")
    text_box(
        s,
        0.8,
        1.8,
        11.5,
        1.5,
        [
            "Every Copperfield home safe, warm and dry, and every repair done once, on the day we promised."
        ],
        size=26,
    )
    text_box(
        s,
        0.8,
        3.6,
        11.5,
        0.8,
        ["Top-quartile repairs satisfaction among large housing associations by March 2030."],
        size=20,
        bold=True,
    )
    text_box(
        s,
        0.8,
        4.8,
        11.5,
        1.2,
        [
            "What residents will notice: one call, a booked slot, the right operative, and a return visit if the damp comes back."
        ],
        size=16,
    )
    # 6
    content_slide(
        prs,
        "Answer once: a repairs contact centre that books it right",
        [
            "Rewrite the repair diagnosis scripts with the trade supervisors, trade by trade.",
            "Photo and video triage: residents send a picture before we choose the trade.",
            "Book every routine job into a two-hour slot while the resident is on the line.",
            "Out-of-hours calls handled by our own team from April 2028, ending the external call-handling contract.",
            "We will judge this priority by one number: 90% of routine repairs booked at the first call.",
        ],
    )
    # 7
    two_content(
        prs,
        "Fix it first time",
        [
            "Operatives and vans",
            "Multi-trade training for 40 operatives (carpentry, plumbing, plastering)",
            "A standard van stock list for each trade, topped up twice a week",
            "Photos of finished work taken on the handheld before a job is closed",
        ],
        [
            "Scheduling and subcontractors",
            "Every subcontracted job booked and tracked in DRS",
            "Re-tender the subcontractor framework on the new schedule of rates",
            "Recall jobs (a return visit within 30 days) reviewed each week by the trade supervisor",
        ],
    )
    # 8
    s = box_slide(prs, "Damp and mould: treat the cause, not the stain", "Priority 3")
    table(
        s,
        [
            ["Initiative", "What changes", "Lead", "By"],
            [
                "Specialist damp and mould surveyors",
                "Six surveyors inspect every report and record the cause",
                "Damp & Mould Team Manager",
                "September 2027",
            ],
            [
                "Case tracker for Awaab's Law timescales",
                "Each case and its legal deadlines held in Civica CX",
                "Housing Systems & Data Manager",
                "December 2027",
            ],
            [
                "Follow-up visits",
                "Every treated home revisited at six weeks and at six months",
                "Damp & Mould Team Manager",
                "From the Ashby Vale pilot",
            ],
            [
                "Humidity sensors",
                "Sensors in the 2,000 homes at highest risk, alerting the damp and mould team",
                "Head of Asset Management",
                "March 2029",
            ],
            [
                "Ventilation upgrades",
                "Positive input ventilation in the 14 Ashby Vale blocks",
                "Head of Asset Management",
                "March 2028",
            ],
        ],
        size=12,
    )
    text_box(
        s,
        0.6,
        5.2,
        12.0,
        0.6,
        ["Measured by repeat reports: from 27% of cases to 10%."],
        size=14,
    )
    # 9
    content_slide(
        prs,
        "Know every home",
        [
            "A rolling stock condition survey of 20% of homes a year, so no home goes more than five years between surveys.",
            "An HHSRS hazard assessment at every survey visit.",
            "Keystone becomes the single record of component condition, updated from every completed repair.",
            "Re-base the schedule of rates on the current NHF Schedule of Rates, with codes for damp and mould treatment.",
            "A planned-works programme for the 600 homes with the worst damp and mould history.",
        ],
    )
    # 10
    s = title_only(prs, "How we will know it is working")
    table(
        s,
        [
            ["Measure", "2025-26 baseline", "Target", "Date"],
            [
                "Routine repairs completed within target timescale (TSM RP02)",
                "71%",
                "92%",
                "March 2029",
            ],
            ["Emergency repairs made safe within 24 hours", "94%", "99%", "March 2028"],
            ["Repairs fixed at the first visit", "68%", "85%", "March 2029"],
            [
                "Damp and mould reports inspected within 10 working days",
                "54%",
                "100%",
                "December 2027",
            ],
            ["Repeat damp and mould reports within six months", "27%", "10%", "December 2029"],
            ["Satisfaction with repairs (TSM TP02)", "64%", "80%", "March 2029"],
            [
                "Homes with a stock condition survey less than five years old",
                "58%",
                "100%",
                "December 2029",
            ],
        ],
    )
    # 11
    s = box_slide(prs, "Four stages to December 2029", "Roadmap")
    columns(
        s,
        [
            (
                "Stage 1: Stabilise",
                [
                    "April to August 2027",
                    "Programme lead appointed",
                    "Backlog clearance sprint",
                    "Surveyors recruited",
                ],
            ),
            (
                "Stage 2: Prove at Ashby Vale",
                [
                    "September 2027 to March 2028",
                    "All four priorities live on one estate",
                    "Gate 1: go/no-go, March 2028",
                ],
            ),
            (
                "Stage 3: Roll out",
                [
                    "April 2028 to March 2029",
                    "Patch by patch, North first",
                    "Out-of-hours brought in-house",
                    "Gate 2: March 2029",
                ],
            ),
            (
                "Stage 4: Embed",
                [
                    "April to December 2029",
                    "Survey programme at full rate",
                    "Close-out review, December 2029",
                ],
            ),
        ],
    )
    # 12
    content_slide(
        prs,
        "Pilot: Ashby Vale estate, North patch",
        [
            "1,850 homes in 14 system-built blocks and 300 houses; 412 damp and mould reports in 2025-26, the most of any estate.",
            "Runs September 2027 to March 2028, served by the North patch trades team.",
            "What the pilot must show by March 2028:",
            "Every damp and mould report on the estate inspected within 10 working days.",
            "First-visit fix rate on the estate at 80% or better.",
            "Routine repairs on the estate completed within target in at least 88% of cases.",
            "Resident satisfaction on the estate up by at least 10 points on the 2025-26 figure.",
            "The Repairs Reset Board makes the go/no-go decision in March 2028, with the Residents' Repairs Panel's view on record.",
        ],
    )
    # 13
    s = box_slide(prs, "Our first 100 days", "Mobilise")
    bullets(
        s,
        [
            "Appoint the Repairs Reset programme lead and hold the first Repairs Reset Board (April 2027).",
            "Agree the 2025-26 baselines for all seven measures with the Performance & Insight team.",
            "Recruit the six damp and mould surveyors.",
            "Run a backlog clearance sprint on the 1,150 routine jobs older than 60 days.",
            "Open consultation with Unite on multi-trade working and the operative bonus scheme.",
            "Take the new appointment offer to the Residents' Repairs Panel.",
            "Start procurement for the humidity sensors and the subcontractor framework.",
            "Sign the Ashby Vale pilot plan with the North patch team and the tenants' and residents' association.",
        ],
    )
    # 14
    content_slide(
        prs,
        "What it costs and what it returns",
        [
            "£17.8m over 33 months: £9.4m stock condition and damp and mould works, £3.1m surveyors and operatives, £2.9m systems and sensors, £2.4m training and backlog clearance.",
            "Fewer return visits and rebooked jobs save an estimated £1.3m a year from 2029-30.",
            "Disrepair claims cost us £0.6m in legal fees and compensation in 2025-26.",
        ],
    )
    # 15
    s = box_slide(prs, "What could stop us, and what we will do", "Risks")
    pairs(
        s,
        ("Risk", "Response"),
        [
            (
                "Surveyors and multi-skilled trades are hard to recruit",
                "Grow our own: a damp and mould surveyor pathway at the Tanyard Skills Hub; a retention payment for qualified operatives",
            ),
            (
                "Unite does not agree changes to the bonus scheme",
                "Consult early; multi-trade pay agreed before any change to job roles",
            ),
            (
                "Surveys find more hazards than the budget can treat",
                "Hazards ranked by HHSRS category; Category 1 treated first, the rest planned through the investment programme",
            ),
            (
                "Clearing the backlog pulls operatives away from new jobs",
                "Backlog sprint staffed by a fixed-term contractor team, not by the in-house trades",
            ),
            (
                "Residents do not let us in for follow-up visits",
                "Follow-up visits booked at the first inspection; evening and Saturday slots",
            ),
        ],
    )
    # 16
    content_slide(
        prs,
        "Governance and reporting",
        [
            "Executive sponsor: Executive Director of Property Services.",
            "Repairs Reset Board: chaired by the Executive Director of Property Services, every four weeks; decides stage gates and the order in which patches go live.",
            "The Residents' Repairs Panel reviews performance every quarter and is consulted before any change to the repairs offer.",
            "Quarterly report to the Board's Homes and Customer Committee; Awaab's Law compliance reported at every meeting.",
        ],
    )
    # 17
    s = box_slide(prs, "What we are asking the Board to do", "Decisions")
    bullets(
        s,
        [
            "Approve Repairs Reset 2029.",
            "Release £4.6m for Stages 1 and 2.",
            "Agree that out-of-hours call handling comes in-house from April 2028.",
            "Note the consultation with Unite and with the Residents' Repairs Panel.",
        ],
    )
    return prs


# --------------------------------------------------------------------------- Lumen Energy


def build_lumen() -> PresentationType:
    prs = new_deck()
    # 1
    cover(
        prs,
        "Bills You Can Trust",
        [
            "Lumen Energy | Smart-meter-led billing accuracy, and extra care for customers who need it",
            "Board strategy paper, 11 May 2027 | Programme July 2027 to December 2029",
        ],
    )
    # 2
    s = title_only(prs, "Executive summary")
    tiles(
        s,
        [
            ("5%", "of bills estimated, from 19%"),
            ("96%", "daily read success across smart meters"),
            ("-55%", "fewer complaints about bills"),
            ("90%", "of Priority Services Register records checked in the last two years"),
        ],
    )
    bullets(
        s,
        [
            "One bill in five is an estimate, and catch-up bills land hardest on the customers least able to pay.",
            "The smart meters are on the wall; we are not using what they tell us.",
            "Three moves: read every meter, bill right first time, and give extra care to customers who need it.",
            "Tested on 72,000 Teesside accounts from October 2027; national from July 2028.",
        ],
        top=3.5,
    )
    # 3
    s = box_slide(prs, "The billing picture, spring 2027", "Today")
    bullets(
        s,
        [
            "1.94 million domestic accounts; 1.31 million of them have a smart meter.",
            "19% of the bills we issued in 2026 were based on estimated reads.",
            "Only 81% of smart meters returned a daily read in March 2027.",
            "We sent 46,800 catch-up bills of more than £500 last year.",
            "Billing complaints ran at 410 per 100,000 customers in 2026, 38% of all our complaints.",
            "38,200 billing exceptions have been open for more than 30 days.",
            "342,000 customers are on our Priority Services Register; fewer than half of their records were checked in the last two years.",
        ],
    )
    # 4
    s = title_only(prs, "What customers told us")
    bullets(
        s,
        [
            "\u201cI have a smart meter. Why am I getting an estimate?\u201d",
            "\u201cThe bill said I owed £1,140 for last winter. Nobody warned me.\u201d",
            "\u201cI told you my husband is on oxygen at home. The letter still talked about cutting us off.\u201d",
        ],
    )
    # 5
    s = box_slide(prs, "What good looks like", "North star")
    text_box(
        s,
        0.8,
        1.8,
        11.5,
        1.4,
        ["Every Lumen customer gets a bill they understand and can trust, built on real reads."],
        size=28,
    )
    text_box(
        s,
        0.8,
        3.6,
        11.5,
        1.0,
        [
            "No customer in a vulnerable situation left without heat or light because of something we could have seen coming."
        ],
        size=22,
    )
    # 6
    s = box_slide(prs, "Read every meter", "Move 1")
    bullets(
        s,
        [
            "Enrol the 214,000 SMETS1 meters still in traditional mode with the DCC by June 2029.",
            "A read-failure team that works every meter silent for more than 7 days.",
            "Replace or reconfigure 58,000 SMETS2 meters with persistent communication faults.",
            "Daily reads for every smart customer; half-hourly reads where the customer agrees.",
            "We will measure this move by daily read success: 96% by June 2029.",
        ],
    )
    # 7
    s = title_only(prs, "Bill right first time")
    table(
        s,
        [
            ["Initiative", "Scope", "Owner", "Live by"],
            [
                "Root-cause codes for every billing exception",
                "All exception queues in SAP IS-U",
                "Head of Billing Operations",
                "December 2027",
            ],
            [
                "Pre-issue validation rules",
                "Bills more than 50% above the last actual bill held for review",
                "Head of Billing Systems",
                "March 2028",
            ],
            [
                "Catch-up bill review",
                "An adviser checks any catch-up bill over £500 and calls the customer before it is sent",
                "Head of Billing Operations",
                "Teesside pilot, then national",
            ],
            [
                "Back-billing guardrail",
                "Charges older than 12 months removed automatically where the delay was ours",
                "Head of Billing Systems",
                "June 2028",
            ],
            [
                "Closing bills on time",
                "Closing bills issued within six weeks of a home move or a switch",
                "Head of Billing Operations",
                "June 2028",
            ],
        ],
        size=12,
    )
    # 8
    comparison(
        prs,
        "Extra care for customers who need it",
        (
            "What customers will see",
            [
                "A dedicated Extra Care line with 40 specially trained advisers",
                "A call within 24 hours when a smart prepayment customer stops topping up",
                "Friendly-credit hours extended to nights, weekends and bank holidays",
                "Payment plans set by an affordability check, never a fixed formula",
            ],
        ),
        (
            "What changes behind the scenes",
            [
                "Every Priority Services Register record rechecked on a two-year cycle",
                "PSR flags copied to billing every day",
                "Vulnerability flags shared with the network operators each week",
                "Quality checks on every call where a customer tells us about a vulnerability",
            ],
        ),
    )
    # 9
    s = box_slide(prs, "Scorecard", "Measures")
    table(
        s,
        [
            ["Measure", "Baseline (2026)", "Target", "By"],
            ["Bills based on estimated reads", "19%", "5%", "December 2029"],
            ["Smart meters sending a daily read", "81%", "96%", "June 2029"],
            ["Catch-up bills over £500 (per year)", "46,800", "9,000", "December 2029"],
            ["Billing complaints per 100,000 customers", "410", "185", "December 2029"],
            ["Billing exceptions older than 30 days", "38,200", "4,000", "December 2028"],
            ["Final bills issued within six weeks", "87%", "99%", "June 2028"],
            ["PSR records confirmed in the last two years", "46%", "90%", "June 2029"],
            [
                "Prepayment customers who stop topping up, called within 24 hours",
                "12%",
                "95%",
                "December 2028",
            ],
        ],
        size=12,
    )
    # 10
    s = box_slide(prs, "30 months in four waves", "Roadmap")
    columns(
        s,
        [
            (
                "Wave 1: Mobilise",
                [
                    "July to September 2027",
                    "Programme team and baselines",
                    "Teesside pilot design",
                    "Gate A: ready for pilot, September 2027",
                ],
            ),
            (
                "Wave 2: Teesside pilot",
                [
                    "October 2027 to June 2028",
                    "72,000 accounts, all three moves",
                    "Gate B: go/no-go for national roll-out, June 2028",
                ],
            ),
            (
                "Wave 3: National roll-out",
                [
                    "July 2028 to June 2029",
                    "Region by region, North first",
                    "SMETS1 enrolment complete",
                    "Gate C: June 2029",
                ],
            ),
            (
                "Wave 4: Make it stick",
                [
                    "July to December 2029",
                    "Handover to business as usual",
                    "Benefits review, December 2029",
                ],
            ),
        ],
    )
    # 11
    content_slide(
        prs,
        "Teesside pilot",
        [
            "72,000 Lumen accounts in TS postcodes, served by our Stockton contact centre; 9,400 of them on the Priority Services Register.",
            "Why Teesside: the highest estimated-bill rate of any region (27%) and a high share of prepayment customers.",
            "Runs October 2027 to June 2028.",
            "Pass marks for the pilot:",
            "Estimated bills in the pilot below 10%.",
            "Every catch-up bill over £500 reviewed, and the customer called, before it is sent.",
            "Billing complaints from pilot customers down at least 30%.",
            "Every pilot customer who stops topping up called within 24 hours.",
            "Go/no-go: the Bills You Can Trust Steering Group decides in June 2028, after sign-off from Customer Vulnerability and Regulatory Compliance.",
        ],
    )
    # 12
    s = box_slide(prs, "First 90 days (July to September 2027)", "Start-up")
    bullets(
        s,
        [
            "Appoint the programme director and convene the steering group.",
            "Agree 2026 baselines for all eight scorecard measures with Customer Insight & MI.",
            "Stand up the read-failure team in Stockton.",
            "Add root-cause codes to the billing exception queues.",
            "Brief the Colleague Forum on the Extra Care line and the new adviser roles.",
            "Write the Teesside pilot plan with the Stockton contact centre.",
            "Agree the catch-up bill review script with Regulatory Compliance.",
            "Start Extra Care accreditation for the first 40 advisers at the Customer Academy.",
        ],
    )
    # 13
    content_slide(
        prs,
        "Investment case",
        [
            "£26.4m over 30 months: £11.2m metering and DCC enrolment, £7.9m billing systems, £4.6m Extra Care team and training, £2.7m programme.",
            "£9m a year lower cost to serve by 2030, from fewer calls, exceptions and write-offs.",
            "Guaranteed-standards payments and redress for billing failures cost us £2.1m in 2026.",
        ],
    )
    # 14
    s = box_slide(prs, "Risks we are managing", "Risks")
    pairs(
        s,
        ("Risk", "How we manage it"),
        [
            (
                "SMETS1 meters fail to enrol and stay in traditional mode",
                "Exchange for SMETS2 after two failed enrolment attempts; install appointments offered by the read-failure team",
            ),
            (
                "Catch-up bill reviews slow billing down",
                "Reviews staffed for 1,200 bills a week; no bill held longer than 5 working days",
            ),
            (
                "Advisers see the Extra Care role as a step down",
                "An accredited role on a higher grade; the Colleague Forum involved from the start",
            ),
            (
                "Price cap dates collide with system releases",
                "A release calendar built around the four price cap dates",
            ),
            (
                "More PSR sign-ups than the Extra Care line can handle",
                "Callback capacity reviewed weekly; overflow to trained advisers in Leeds",
            ),
        ],
    )
    # 15
    content_slide(
        prs,
        "Governance",
        [
            "Executive sponsor: Chief Customer Officer.",
            "Bills You Can Trust Steering Group: chaired by the Chief Customer Officer, fortnightly during the pilot and monthly after; decides wave gates and moves budget between the three moves.",
            "The Vulnerability Oversight Forum, chaired by the Head of Customer Vulnerability, reviews every change that touches customers in vulnerable situations.",
            "The Board Customer & Conduct Committee receives a report each quarter, including Consumer Duty outcomes.",
        ],
    )
    # 16
    s = box_slide(prs, "Decisions for the Board today", "Board")
    bullets(
        s,
        [
            "Approve Bills You Can Trust and its 30-month roadmap.",
            "Release £8.1m for Waves 1 and 2.",
            "Approve the Extra Care adviser grade.",
            "Note the Teesside go/no-go in June 2028.",
        ],
    )
    return prs


# --------------------------------------------------------------------------- Saltmarsh Distribution

SALTMARSH_FOOTER = "Saltmarsh Distribution | DC 2030 | Board paper, February 2027"


def build_saltmarsh() -> PresentationType:
    prs = new_deck()
    foot = SALTMARSH_FOOTER
    # 1
    cover(
        prs,
        "DC 2030",
        [
            "Automated picking, a new warehouse management system and a workforce ready for both",
            "Saltmarsh Distribution, the logistics arm of Saltmarsh Stores | Board, 8 February 2027",
        ],
    )
    # 2
    s = box_slide(prs, "The case in one page", "Summary", foot)
    tiles(
        s,
        [
            ("310", "cases per labour hour in ambient picking, from 150"),
            ("97%", "of store deliveries inside the agreed window"),
            ("5", "errors in every 10,000 cases picked, from 42"),
        ],
    )
    bullets(
        s,
        [
            "Our DCs pick by hand with processes designed in the 2000s; labour is scarce and costly, and stores feel every error.",
            "Three programmes: goods-to-person picking, a new warehouse management system and smarter transport scheduling, carried by a people plan that reskills before it recruits.",
            "Fenbridge ambient DC goes first; the other three sites follow from September 2028.",
            "No compulsory redundancies: every colleague whose role changes is offered retraining or redeployment.",
        ],
        top=3.5,
    )
    # 3
    content_slide(
        prs,
        "Our network today",
        [
            "Four DCs: Fenbridge (ambient), Redshank (ambient, north), Kestrel Park (chilled) and Marram Road (frozen).",
            "We move 168 million cases a year to 342 stores.",
            "Ambient pickers average 150 cases per labour hour, and 42 pick errors in every 10,000 cases reach stores.",
            "86% of store deliveries arrive inside their 30-minute window.",
            "Agency workers cover 24% of DC hours; colleague turnover in the DCs was 31% last year.",
            "Trailers leave our docks 71% full on average.",
        ],
    )
    # 4
    s = box_slide(prs, "Three pressures we cannot wait out", "Why now", foot)
    bullets(
        s,
        [
            "Labour: 140 picker vacancies went unfilled last peak and we paid £3.8m in agency premiums.",
            "Systems: our warehouse management system leaves vendor support at the end of 2027.",
            "Safety: manual handling causes 62% of our lost-time injuries.",
        ],
    )
    # 5
    s = title_only(prs, "Our destination")
    text_box(
        s,
        0.8,
        1.8,
        11.5,
        1.5,
        [
            "The most reliable grocery supply chain in the region: the right case, in the right store, on time, picked by people who chose to stay."
        ],
        size=26,
    )
    text_box(
        s,
        0.8,
        3.8,
        11.5,
        0.8,
        [
            "By 2030, half of our DC colleagues in skilled or technical roles, up from one in ten today."
        ],
        size=20,
        bold=True,
    )
    # 6
    s = box_slide(prs, "Goods-to-person picking at Fenbridge, then Redshank", "Programme 1", foot)
    bullets(
        s,
        [
            "A cube storage grid with 42 robots and 12 pick ports for 9,000 slow- and medium-moving ambient lines.",
            "Fast movers stay on the pick face, picked by voice along new pick paths.",
            "Floor slab strengthening and a power upgrade at Fenbridge before installation.",
            "Redshank follows with the same design once Fenbridge passes its gate.",
            "Programme aim: 420 cases per labour hour at the pick ports.",
        ],
    )
    # 7
    content_slide(
        prs,
        "A warehouse management system that can run robots",
        [
            "Replace JDA WMS 2012 with Manhattan Active WM, Fenbridge first.",
            "Integrate the new WMS with the grid controller, voice picking and SAP F&R store orders.",
            "Rebuild labour standards for automated and manual picking.",
            "Stock accuracy in real time: cycle counts driven by the WMS instead of a quarterly count.",
        ],
    )
    # 8
    s = box_slide(prs, "Transport: plan the fleet, not just the route", "Programme 3", foot)
    columns(
        s,
        [
            (
                "Route and dock planning",
                [
                    "Paragon route planning at all four DCs, replacing spreadsheet planning",
                    "Dock door slots booked from the WMS",
                    "Backhaul: collect from suppliers on the way back from stores",
                ],
            ),
            (
                "Fleet and stores",
                [
                    "Trailers leaving at least 85% full by cube",
                    "Delivery windows agreed with every store and reviewed each quarter",
                    "Tracking units fitted to every trailer",
                ],
            ),
        ],
    )
    # 9
    s = box_slide(prs, "People: reskill before we recruit", "Programme 4", foot)
    table(
        s,
        [
            ["Initiative", "Who", "Size", "When"],
            [
                "Automation technician apprenticeship",
                "Pickers and team leaders who want to move into engineering",
                "60 places",
                "First cohort September 2027",
            ],
            [
                "Pick-port and robot operator course",
                "Fenbridge pickers",
                "180 colleagues",
                "Before the Fenbridge go-live",
            ],
            [
                "Redeployment pool",
                "Colleagues whose role is changed by automation",
                "Every affected colleague",
                "From Phase B",
            ],
            [
                "Agency reduction",
                "Temporary labour across the four DCs",
                "From 24% to 10% of hours",
                "February 2030",
            ],
            [
                "Safer work design",
                "A manual handling assessment for every new process",
                "All four DCs",
                "From Phase A",
            ],
        ],
        size=12,
    )
    # 10
    s = title_only(prs, "Measures we will report")
    table(
        s,
        [
            ["Measure", "Baseline 2026-27", "Target", "When"],
            ["Cases per labour hour, ambient picking", "150", "310", "February 2030"],
            ["Pick errors per 10,000 cases", "42", "5", "February 2030"],
            ["Store deliveries on time (30-minute window)", "86%", "97%", "August 2029"],
            ["Trailer fill by cube", "71%", "85%", "February 2030"],
            ["Cost per case delivered to store", "£0.94", "£0.78", "February 2030"],
            ["Lost-time injuries per 100,000 hours worked", "1.9", "0.8", "February 2030"],
            ["Agency share of DC hours", "24%", "10%", "February 2030"],
            ["Colleagues retrained into technical roles", "0", "240", "February 2030"],
        ],
    )
    # 11
    s = box_slide(prs, "Three years, four phases", "Timeline", foot)
    columns(
        s,
        [
            (
                "Phase A: Design",
                [
                    "March to August 2027",
                    "WMS contract signed",
                    "Slab and power works ordered",
                    "USDAW consultation opened",
                ],
            ),
            (
                "Phase B: Prove at Fenbridge",
                [
                    "September 2027 to August 2028",
                    "Grid installed January to April 2028, after peak",
                    "New WMS live at Fenbridge, May 2028",
                    "Gate: go/no-go, August 2028",
                ],
            ),
            (
                "Phase C: Roll out",
                [
                    "September 2028 to August 2029",
                    "WMS at Redshank, Kestrel Park and Marram Road",
                    "Second grid at Redshank",
                    "Paragon at every DC",
                ],
            ),
            (
                "Phase D: Optimise",
                [
                    "September 2029 to February 2030",
                    "Benefits review",
                    "Programme closed",
                ],
            ),
        ],
    )
    # 12
    content_slide(
        prs,
        "Pilot site: Fenbridge ambient DC",
        [
            "Fenbridge serves 118 stores from 410,000 sq ft, with 620 colleagues across three shifts.",
            "Why Fenbridge: the widest ambient range, the highest agency use (31%) and the only DC with room for a grid beside the pick face.",
            "Exit criteria, August 2028:",
            "Pick ports sustaining 380 cases per labour hour over four weeks.",
            "Pick errors at Fenbridge below 10 per 10,000 cases.",
            "On-time deliveries from Fenbridge at 95% or better.",
            "No rise in lost-time injuries at the site.",
            "Go/no-go for the network: the DC 2030 Programme Board decides in August 2028.",
        ],
    )
    # 13
    s = box_slide(prs, "The first 90 days", "First moves", foot)
    bullets(
        s,
        [
            "Appoint the DC 2030 programme director and the Fenbridge site lead.",
            "Baseline the eight measures with Supply Chain Finance.",
            "Sign the WMS contract and the grid supply contract.",
            "Commission the structural design for the Fenbridge slab and apply to the network operator for the power upgrade.",
            "Open consultation with USDAW on new roles, pick rates and shift patterns.",
            "Launch the automation technician apprenticeship with the Skills Academy.",
            "Run a route-planning trial with Paragon at Kestrel Park.",
            "Agree the agency exit plan with Staffline.",
        ],
    )
    # 14
    content_slide(
        prs,
        "Investment",
        [
            "£48.5m over three years: £29m automation, £8.5m WMS, £3.2m transport systems, £4.3m building works, £3.5m people and training.",
            "£11.6m a year lower operating cost at full run-rate, from 2030-31.",
            "Payback in 4.2 years.",
        ],
    )
    # 15
    s = box_slide(prs, "Risks and responses", "Risks", foot)
    pairs(
        s,
        ("Risk", "Response"),
        [
            (
                "Grid installation slips into peak",
                "Installation window fixed at January to April 2028; a slip moves it to the following January, never into November",
            ),
            (
                "USDAW and colleagues reject the new roles",
                "Early consultation; no compulsory redundancies; new grades agreed before go-live",
            ),
            (
                "WMS cut-over disrupts store deliveries",
                "Cut-over at a weekend with a 48-hour stock build in stores; two weeks of fallback to the old system",
            ),
            (
                "We cannot recruit automation engineers",
                "Grow our own through the apprenticeship; vendor engineers resident on site for the first 18 months",
            ),
            (
                "The power upgrade arrives late",
                "Temporary on-site generation; apply in the first 90 days",
            ),
        ],
    )
    # 16
    content_slide(
        prs,
        "How the programme is run",
        [
            "Executive sponsor: Supply Chain Director.",
            "DC 2030 Programme Board: chaired by the Supply Chain Director, monthly; decides phase gates and the order in which DCs go live.",
            "Site Joint Negotiating Committees at each DC, with USDAW, consulted on every change to roles, rates and shifts.",
            "Capital above £5m goes to the Group Investment Committee; quarterly report to the Saltmarsh Stores board.",
        ],
    )
    # 17
    s = box_slide(prs, "What we need from the Board", "Asks", foot)
    bullets(
        s,
        [
            "Approve DC 2030.",
            "Approve £21.7m for Phases A and B.",
            "Endorse the commitment to no compulsory redundancies.",
            "Note the USDAW consultation.",
        ],
    )
    return prs


def main(root: Path = HERE) -> None:
    """Write the three decks under ``root`` (the dev4 folder unless a test says otherwise)."""
    save(
        build_copperfield(),
        root / "copperfield-homes" / "repairs-reset-2029-board-paper.pptx",
        "Property Services Strategy",
    )
    save(
        build_lumen(),
        root / "lumen-energy" / "bills-you-can-trust-strategy.pptx",
        "Customer Strategy Office",
    )
    save(
        build_saltmarsh(),
        root / "saltmarsh-distribution" / "dc-2030-board-deck.pptx",
        "Supply Chain Strategy",
    )


if __name__ == "__main__":
    main()
