"""Build the Northwind Health example deck as PPTX (python-pptx) and PDF (fpdf2).

Usage:
    python examples/build_examples.py [OUTPUT_DIR]

OUTPUT_DIR defaults to examples/northwind-health. The org-context folder
(examples/northwind-health/org/) is hand-written and is not touched here.

The deck content lives in SLIDES below and is rendered twice: once as a PowerPoint
file with real structure (title placeholders, nested bullets, speaker notes, a native
chart, a table, a group shape, a picture with alt text, a hidden slide, a slide whose
title is a plain text box), and once as a landscape PDF with one page per visible
slide, a repeated footer and hyphenated line breaks in prose. Speaker notes and the
hidden slide are not in the PDF, as in a normal "export to PDF".

Output is deterministic: fixed document dates, fixed ZIP timestamps, no randomness.
"""

from __future__ import annotations

import io
import re
import sys
import zipfile
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace
from PIL import Image, ImageDraw
from pptx import Presentation
from pptx.chart.data import CategoryChartData
from pptx.dml.color import RGBColor
from pptx.enum.chart import XL_CHART_TYPE, XL_LEGEND_POSITION
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.util import Inches, Pt

HERE = Path(__file__).resolve().parent
DEFAULT_OUT = HERE / "northwind-health"
DOC_DATE = datetime(2026, 10, 12, 9, 0, 0)
ZIP_DATE = (2026, 10, 12, 9, 0, 0)
FOOTER = "Northwind Health | Confidential | page {n}"

NAVY = (0x12, 0x3B, 0x5C)
TEAL = (0x1F, 0x8A, 0x8A)
GREY = (0x9A, 0xA5, 0xB1)
LIGHT = (0xE6, 0xF0, 0xF4)
DARK = (0x22, 0x22, 0x22)


# --------------------------------------------------------------------------- content

Bullets = list[tuple[int, str]]


@dataclass
class Chart:
    title: str
    categories: list[str]
    series: list[tuple[str, list[float]]]
    axis_title: str


@dataclass
class Slide:
    title: str
    layout: str = "content"  # title | content | comparison | title_only | blank
    subtitle: str = ""
    bullets: Bullets = field(default_factory=list)
    notes: str = ""
    hidden: bool = False
    paragraph: str = ""  # prose text box above the bullets
    columns: list[tuple[str, Bullets]] = field(default_factory=list)
    table: list[list[str]] = field(default_factory=list)
    chart: Chart | None = None
    image_alt: str = ""
    group: tuple[str, list[str]] | None = None
    roadmap: list[tuple[str, list[str]]] = field(default_factory=list)
    callout: str = ""  # one-line statement text box at the bottom
    title_in_textbox: bool = False  # title is a plain text box, not a placeholder
    size: int = 20  # base font size (level 0) in points


SLIDES: list[Slide] = [
    Slide(
        title="Digital Front Door Strategy 2027-2029",
        layout="title",
        subtitle=(
            "Northwind Health | Board Strategy Committee | October 2026\n"
            "Prepared by the VP Digital Experience with the Chief Marketing Officer"
        ),
        notes=(
            "Open by thanking the Chief Operating Officer for sponsoring the Digital Steering "
            "Committee. The decision we need today is on the Asks and next steps slide: 2027 "
            "funding for foundations and quick wins."
        ),
    ),
    Slide(
        title="The market has moved online, and our patients have noticed",
        bullets=[
            (
                0,
                "62% of patients in our region booked at least one appointment online with "
                "another provider in the past year",
            ),
            (0, "Only 23% of our new-patient appointments are booked online"),
            (1, "Mobile booking conversion is 9%, versus 17% on desktop"),
            (1, "11.8% of calls to the contact center are abandoned before an agent answers"),
            (
                0,
                "Two national urgent care chains launched evening virtual visits in our region "
                "in 2026",
            ),
            (0, "Paid search cost per new patient rose 19% in 18 months, to $212"),
        ],
        notes=(
            "Sources: Northwind regional consumer survey (n=1,204, May 2026); Epic Cadence "
            "appointments via Snowflake, Q3 2026; Genesys Cloud call data; Google Ads. These "
            "numbers describe where we are. They are context, not targets."
        ),
    ),
    Slide(
        title="Our ambition",
        bullets=[
            (0, "Deliver a seamless, personalized experience across every touchpoint"),
            (0, "Become the most trusted digital front door in the region"),
            (0, "Use AI and data to delight every patient, every time"),
            (1, "Anticipate needs before patients know they have them"),
            (0, "Empower our teams to work as one Northwind"),
        ],
        notes="Keep this slide short. The next slide turns the ambition into numbers.",
        size=24,
    ),
    Slide(
        title="What success looks like in 2027",
        bullets=[
            (
                0,
                "Increase online booking conversion for new primary-care patients from 12% to "
                "18% by December 2027",
            ),
            (
                1,
                "Owner: VP Digital Experience; measured weekly on Epic appointments, not GA4 alone",
            ),
            (0, "Reduce no-show rate for orthopedic consults from 14% to 9% within 12 months"),
            (1, "Owner: Director of Patient Access; SMS reminders through Braze from Q2 2027"),
            (
                0,
                "Cut paid search cost per acquisition from $212 to $180 by Q4 2027 without "
                "losing new-patient volume",
            ),
            (
                0,
                "Raise the 12-month return rate of patients acquired through paid search from "
                "44% to 50%",
            ),
            (0, "Grow digital engagement, with email open rates up from 18% to 30%"),
        ],
        notes=(
            "Targets agreed with the Director of Analytics; baselines are the Q3 2026 values in "
            "our metric definitions. The orthopedic no-show clock starts when SMS reminders go "
            "live."
        ),
        size=18,
    ),
    Slide(
        title="Online booking conversion trails regional peers",
        layout="title_only",
        chart=Chart(
            title="Online booking conversion by service line, Q3 2026 (%)",
            categories=["Primary care (new)", "Orthopedics", "Urgent care", "Women's health"],
            series=[
                ("Northwind Health", [12, 0, 31, 15]),
                ("Regional peer median", [19, 8, 38, 21]),
            ],
            axis_title="Conversion (%)",
        ),
        callout=(
            "Orthopedic consults cannot be booked online today. Peer data: regional "
            "benchmarking consortium, 2026."
        ),
        notes=(
            "Peer median from the 2026 regional benchmarking consortium (7 health systems). "
            "Orthopedics shows zero for us because consults require a phone call or a referral."
        ),
    ),
    Slide(
        title="After 6pm, patients go elsewhere",
        bullets=[
            (0, "The contact center closes at 6pm; evening calls go to voicemail"),
            (
                0,
                "Amwell virtual urgent care runs until 11pm, but the median evening wait is 38 minutes",
            ),
            (0, "Only 61% of evening virtual visits that start are completed"),
            (0, "Urgent care centers close at 8pm"),
        ],
        image_alt=(
            "Bar graphic comparing the median evening wait for virtual urgent care: Northwind "
            "Health 38 minutes, nearest competitor 12 minutes."
        ),
        notes=(
            "This is where I want the board to hear the ambition out loud: by the end of 2028, "
            "any patient who needs care after 6pm should be able to see a Northwind clinician by "
            "video within 30 minutes, starting from their phone. The Telehealth Program Manager "
            "has a staffing model; the number is not on the slide because evening coverage is "
            "still being negotiated with the medical group."
        ),
    ),
    Slide(
        title="Two front doors, two different problems",
        layout="comparison",
        columns=[
            (
                "Primary care",
                [
                    (0, "High volume: 2,300 new patients a month"),
                    (0, "Search-driven: most journeys start with a Google ad or 'doctor near me'"),
                    (0, "Bookable online today through Kyruus and MyChart"),
                    (0, "Friction: stale 'accepting new patients' flags; weak mobile flow"),
                ],
            ),
            (
                "Orthopedics",
                [
                    (0, "High revenue: joint replacement and spine drive 18% of surgical margin"),
                    (0, "Referral- and phone-driven; consults cannot be booked online"),
                    (0, "14% no-show on new consults; the only reminder is one automated call"),
                    (0, "Friction: imaging and referral requirements unclear before the visit"),
                ],
            ),
        ],
        size=16,
    ),
    Slide(
        title="Scenario 1: New primary care patient from a search ad",
        bullets=[
            (
                0,
                "Who: an adult new to the area, with no Northwind record, searching 'primary "
                "care doctor near me' on a phone",
            ),
            (0, "Today's journey"),
            (
                1,
                "Google Ads, then a provider profile on northwindhealth.org, then the Kyruus "
                "booking widget",
            ),
            (2, "1 in 7 providers shown as accepting new patients are not"),
            (2, "Mobile conversion is 9%; most drop-off happens at the insurance step"),
            (1, "Abandoned bookings are invisible to the contact center"),
            (0, "Target experience"),
            (
                1,
                "Book a first visit in under 3 minutes on a phone, choosing only among "
                "providers who are truly accepting new patients",
            ),
            (1, "Confirmation and visit preparation by SMS, if the patient consents"),
            (0, "Customer impact: high | Business impact: high (volume, lifetime value)"),
        ],
        notes=(
            "This is our main entry point. If we fix it, primary care capacity becomes the next "
            "constraint; the Primary Care Medical Director is aware and is reviewing new-patient "
            "slots."
        ),
        size=17,
    ),
    Slide(
        title="Scenario 2: Orthopedics, from knee pain to surgical consult",
        bullets=[
            (
                0,
                "Who: adults 50-70 with knee or hip pain, often referred by a Northwind primary "
                "care provider",
            ),
            (0, "Context: research on desktop in the evening, then a phone call during work hours"),
            (
                0,
                "Friction: a referral or nurse triage call is required; 14% no-show; imaging "
                "requirements unclear",
            ),
            (
                0,
                "Target: self-schedule a sports medicine or joint pain consult online in one "
                "region, with SMS reminders and pre-visit instructions",
            ),
            (0, "Customer impact: medium | Business impact: high (surgical revenue)"),
        ],
        group=(
            "Today's path to an orthopedic consult",
            [
                "1. Searches 'knee pain' and reads the orthopedics page",
                "2. Calls the contact center (average wait 3 min 40 s)",
                "3. Nurse triage and referral check; consult booked 3-4 weeks out",
            ],
        ),
        notes=(
            "The Orthopedics Service Line Director supports a pilot in the East region first. "
            "Scheduling rules stay with the Director of Patient Access."
        ),
        size=17,
    ),
    Slide(
        title="Scenario 3: Evening urgent care on mobile",
        layout="blank",
        title_in_textbox=True,
        bullets=[
            (
                0,
                "Who: a parent at 8pm with a sick child, or an adult after work, searching "
                "'urgent care near me' on a phone",
            ),
            (
                0,
                "Context: contact center closed; urgent care centers closing; Amwell open until "
                "11pm",
            ),
            (0, "Friction"),
            (
                1,
                "The hand-off from northwindhealth.org to Amwell breaks the session, so we cannot measure it",
            ),
            (1, "Separate Amwell registration with no link to MyChart"),
            (1, "38-minute median wait after 6pm"),
            (
                0,
                "Target: show real wait times and route to a virtual visit or an open urgent "
                "care center in one step",
            ),
            (0, "Customer impact: high | Business impact: medium (retention, avoided ED visits)"),
        ],
        size=18,
    ),
    Slide(
        title="DRAFT: personalization vendor shortlist (not for the board)",
        hidden=True,
        bullets=[
            (
                0,
                "Launch AI-driven next-best-action across web, email and the contact center by "
                "Q1 2027",
            ),
            (0, "Vendors under review: Salesforce Marketing Cloud Personalization, Adobe Target"),
            (1, "Pricing not yet requested"),
            (
                0,
                "Open question for the Privacy Officer: can MyChart activity be used for targeting?",
            ),
        ],
        notes="Hidden. Keep out of the board version until the identity decision is made.",
    ),
    Slide(
        title="2027 priorities by quarter",
        layout="title_only",
        table=[
            ["Priority", "Q1 2027", "Q2 2027", "Q3 2027", "Q4 2027"],
            [
                "Primary care online booking",
                "Fix 'accepting new patients' data; mobile flow research",
                "Redesigned mobile booking flow live",
                "SMS confirmations for consented patients",
                "Review against 18% conversion target",
            ],
            [
                "Orthopedic access",
                "Reminder policy and SMS consent review",
                "SMS reminders live",
                "Online consult booking pilot, East region",
                "No-show review against 9% target",
            ],
            [
                "Evening virtual care",
                "Wait-time display design",
                "Amwell hand-off tracked in GA4",
                "Evening staffing model",
                "Scale if completion rate is above 75%",
            ],
            [
                "Data and consent foundations",
                "Identity resolution options",
                "Identity decision and funding",
                "Consent model approved",
                "Real-time appointment events pilot",
            ],
            [
                "Measurement",
                "Baselines signed off",
                "First holdout test",
                "Second holdout test",
                "Annual review with the Steering Committee",
            ],
        ],
        notes="Quarters are calendar 2027, which is also our fiscal year.",
    ),
    Slide(
        title="Roadmap 2027-2029: foundations first",
        layout="title_only",
        roadmap=[
            (
                "2027 Foundations",
                [
                    "Identity resolution decision",
                    "Shared consent model",
                    "Measurement baselines and holdout tests",
                    "Quick wins: provider data fix, SMS reminders",
                ],
            ),
            (
                "2028 Scale",
                [
                    "Online orthopedic booking in all regions",
                    "Real-time appointment events to Braze",
                    "Contact center sees abandoned bookings",
                    "Evening virtual care staffing in all regions",
                ],
            ),
            (
                "2029 Personalize",
                [
                    "Personalized journeys across web, MyChart and the contact center",
                    "Content variants by service line and journey stage",
                ],
            ),
        ],
        callout="By 2029, every patient interaction is personalized in real time.",
    ),
    Slide(
        title="What it takes: the infrastructure under the experience",
        paragraph=(
            "Every scenario in this strategy depends on infrastructure we do not have yet. "
            "Today a patient who browses our website, calls the contact center and logs into "
            "MyChart appears as three different people; appointment events reach Braze a day "
            "and a half late; and consent preferences live only in Braze. Personalization built "
            "on that foundation would only produce faster chaos: orthopedic campaign email to "
            "patients who had surgery months ago, and reminders for appointments that were "
            "already cancelled."
        ),
        bullets=[
            (0, "Build a single, trusted view of every patient"),
            (1, "Identity: link MyChart, web and contact center records"),
            (1, "Data: real-time appointment events from Epic to Segment and Braze"),
            (1, "Consent: one consent model across Braze, Salesforce Health Cloud and MyChart"),
            (
                1,
                "Content: tag Adobe Experience Manager content by service line and journey "
                "stage; build reusable variants",
            ),
            (1, "People: train 85 contact center agents and 22 schedulers on new workflows"),
        ],
        size=16,
    ),
    Slide(
        title="Governance and measurement",
        bullets=[
            (
                0,
                "Executive sponsor: the Chief Operating Officer, chair of the Digital Steering "
                "Committee",
            ),
            (0, "Monthly performance review led by the Director of Analytics"),
            (
                1,
                "Success is measured in new patients, kept appointments, 12-month return rate "
                "and cost per acquisition",
            ),
            (1, "Every campaign test names its holdout group before launch"),
            (
                0,
                "Decision rights: at the end of each quarter the Steering Committee decides to "
                "scale, iterate or stop each pilot",
            ),
            (0, "Make data-driven decisions a way of life"),
        ],
        notes="The Privacy Officer attends whenever use of patient data is on the agenda.",
        size=19,
    ),
    Slide(
        title="Asks and next steps",
        bullets=[
            (0, "Decisions needed today"),
            (
                1,
                "Approve $2.4M for 2027 foundations (identity, consent, measurement) and quick "
                "wins",
            ),
            (1, "Confirm the Chief Operating Officer as executive sponsor"),
            (0, "Next 90 days"),
            (
                1,
                "VP Digital Experience: mobile booking research and provider data fix, by "
                "January 31, 2027",
            ),
            (
                1,
                "Director of Patient Access with the Privacy Officer: SMS reminder consent "
                "policy, by February 28, 2027",
            ),
            (1, "Data Engineering Lead: identity resolution options paper, by March 31, 2027"),
            (
                1,
                "Director of Analytics: baselines signed off and first holdout test designed, by "
                "March 31, 2027",
            ),
        ],
        notes=(
            "If funding is deferred, keep the quick wins and the identity decision, and move the "
            "evening staffing model to 2028."
        ),
        size=18,
    ),
]


# --------------------------------------------------------------------------- shared


def picture_png() -> bytes:
    """A small bar graphic (no text in the image; the meaning is in its alt text)."""
    img = Image.new("RGB", (480, 240), (255, 255, 255))
    draw = ImageDraw.Draw(img)
    draw.rectangle((20, 40, 20 + 38 * 11, 100), fill=NAVY)
    draw.rectangle((20, 140, 20 + 12 * 11, 200), fill=TEAL)
    draw.line((20, 20, 20, 220), fill=DARK, width=3)
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return buf.getvalue()


def normalize_zip(blob: bytes, fix_member=None) -> bytes:
    """Rewrite a ZIP (OOXML) with fixed timestamps so builds are byte-identical."""
    src = zipfile.ZipFile(io.BytesIO(blob))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if fix_member is not None:
                data = fix_member(info.filename, data)
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, data)
    return out.getvalue()


def _fix_xlsx_core(name: str, data: bytes) -> bytes:
    if name == "docProps/core.xml":
        stamp = DOC_DATE.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
        data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>" + stamp, data)
    return data


# --------------------------------------------------------------------------- PPTX

SLIDE_W, SLIDE_H = 13.333, 7.5
LAYOUT = {"title": 0, "content": 1, "comparison": 4, "title_only": 5, "blank": 6}


def _rgb(c: tuple[int, int, int]) -> RGBColor:
    return RGBColor(*c)


def _place(shape, left: float, top: float, width: float, height: float) -> None:
    shape.left, shape.top = Inches(left), Inches(top)
    shape.width, shape.height = Inches(width), Inches(height)


def _fill_bullets(tf, bullets: Bullets, size: int, bold_level0: bool = False) -> None:
    tf.word_wrap = True
    for i, (level, text) in enumerate(bullets):
        p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
        p.level = level
        run = p.add_run()
        run.text = text
        run.font.size = Pt(size - 2 * level)
        if bold_level0 and level == 0:
            run.font.bold = True


def _title(slide, spec: Slide) -> None:
    t = slide.shapes.title
    _place(t, 0.6, 0.3, 12.1, 1.0)
    t.text_frame.text = spec.title
    for p in t.text_frame.paragraphs:
        p.alignment = PP_ALIGN.LEFT
        for r in p.runs:
            r.font.size = Pt(30)
            r.font.bold = True
            r.font.color.rgb = _rgb(NAVY)


def _textbox(slide, left, top, width, height, text: str, size: int, **font):
    box = slide.shapes.add_textbox(Inches(left), Inches(top), Inches(width), Inches(height))
    tf = box.text_frame
    tf.word_wrap = True
    run = tf.paragraphs[0].add_run()
    run.text = text
    run.font.size = Pt(size)
    for k, v in font.items():
        setattr(run.font, k, v)
    return box


def _body_placeholder(slide):
    return next(ph for ph in slide.placeholders if ph.placeholder_format.idx == 1)


def _add_chart(slide, chart: Chart) -> None:
    data = CategoryChartData()
    data.categories = chart.categories
    for name, values in chart.series:
        data.add_series(name, values)
    gframe = slide.shapes.add_chart(
        XL_CHART_TYPE.COLUMN_CLUSTERED, Inches(0.8), Inches(1.4), Inches(11.7), Inches(4.9), data
    )
    c = gframe.chart
    c.has_title = True
    c.chart_title.text_frame.text = chart.title
    c.has_legend = True
    c.legend.position = XL_LEGEND_POSITION.BOTTOM
    c.legend.include_in_layout = False
    c.value_axis.has_title = True
    c.value_axis.axis_title.text_frame.text = chart.axis_title
    c.value_axis.maximum_scale = 50
    plot = c.plots[0]
    plot.has_data_labels = True
    plot.data_labels.font.size = Pt(12)
    for s, color in zip(plot.series, (NAVY, TEAL), strict=False):
        s.format.fill.solid()
        s.format.fill.fore_color.rgb = _rgb(color)
    # XlsxWriter stamps the embedded workbook with the current time: pin it.
    xlsx_part = c.part.chart_workbook.xlsx_part
    xlsx_part._blob = normalize_zip(xlsx_part.blob, _fix_xlsx_core)


def _add_group(slide, label: str, steps: list[str]) -> None:
    grp = slide.shapes.add_group_shape()
    left, top, width = 8.3, 1.5, 4.4
    lbl = grp.shapes.add_textbox(Inches(left), Inches(top), Inches(width), Inches(0.5))
    lbl.text_frame.word_wrap = True
    r = lbl.text_frame.paragraphs[0].add_run()
    r.text = label
    r.font.size, r.font.bold, r.font.color.rgb = Pt(15), True, _rgb(NAVY)
    y = top + 0.6
    for i, step in enumerate(steps):
        box = grp.shapes.add_shape(
            MSO_SHAPE.ROUNDED_RECTANGLE, Inches(left), Inches(y), Inches(width), Inches(1.0)
        )
        box.fill.solid()
        box.fill.fore_color.rgb = _rgb(LIGHT)
        box.line.color.rgb = _rgb(TEAL)
        tf = box.text_frame
        tf.word_wrap = True
        tf.vertical_anchor = MSO_ANCHOR.MIDDLE
        run = tf.paragraphs[0].add_run()
        run.text = step
        run.font.size, run.font.color.rgb = Pt(13), _rgb(DARK)
        y += 1.0
        if i < len(steps) - 1:
            arrow = grp.shapes.add_shape(
                MSO_SHAPE.DOWN_ARROW, Inches(left + width / 2 - 0.2), Inches(y + 0.05),
                Inches(0.4), Inches(0.4),
            )  # fmt: skip
            arrow.fill.solid()
            arrow.fill.fore_color.rgb = _rgb(GREY)
            arrow.line.fill.background()
            y += 0.5
    grp.name = "Today's path (group)"


def _add_table(slide, rows: list[list[str]]) -> None:
    n_rows, n_cols = len(rows), len(rows[0])
    gf = slide.shapes.add_table(
        n_rows, n_cols, Inches(0.6), Inches(1.4), Inches(12.1), Inches(0.8 * n_rows)
    )
    table = gf.table
    table.columns[0].width = Inches(2.5)
    for j in range(1, n_cols):
        table.columns[j].width = Inches(2.4)
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            cell = table.cell(i, j)
            cell.text = text
            for p in cell.text_frame.paragraphs:
                for r in p.runs:
                    r.font.size = Pt(13 if i else 14)
                    r.font.bold = i == 0 or j == 0


def _add_roadmap(slide, phases: list[tuple[str, list[str]]]) -> None:
    width, gap, left = 3.9, 0.2, 0.6
    for k, (name, items) in enumerate(phases):
        x = left + k * (width + gap)
        chev = slide.shapes.add_shape(
            MSO_SHAPE.CHEVRON, Inches(x), Inches(1.5), Inches(width), Inches(0.9)
        )
        chev.fill.solid()
        chev.fill.fore_color.rgb = _rgb(NAVY if k == 0 else TEAL if k == 1 else GREY)
        chev.line.fill.background()
        run = chev.text_frame.paragraphs[0].add_run()
        run.text = name
        run.font.size, run.font.bold = Pt(18), True
        run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        box = slide.shapes.add_textbox(
            Inches(x + 0.2), Inches(2.6), Inches(width - 0.3), Inches(3.4)
        )
        _fill_bullets(box.text_frame, [(0, t) for t in items], 15)


def _set_core_properties(prs) -> None:
    cp = prs.core_properties
    cp.title = "Digital Front Door Strategy 2027-2029"
    cp.subject = "Northwind Health digital patient experience strategy"
    cp.author = "VP Digital Experience, Northwind Health"
    cp.last_modified_by = "VP Digital Experience, Northwind Health"
    cp.keywords = "strategy; digital front door; patient access"
    cp.revision = 7
    cp.created = DOC_DATE
    cp.modified = DOC_DATE
    cp.last_printed = DOC_DATE


def build_pptx(path: Path, png: bytes) -> None:
    prs = Presentation()
    prs.slide_width, prs.slide_height = Inches(SLIDE_W), Inches(SLIDE_H)
    _set_core_properties(prs)
    for spec in SLIDES:
        slide = prs.slides.add_slide(prs.slide_layouts[LAYOUT[spec.layout]])
        if spec.layout == "title":
            _title(slide, spec)
            _place(slide.shapes.title, 0.8, 2.2, 11.7, 1.5)
            slide.shapes.title.text_frame.paragraphs[0].runs[0].font.size = Pt(40)
            sub = slide.placeholders[1]
            _place(sub, 0.8, 4.0, 11.7, 1.4)
            sub.text_frame.text = spec.subtitle
            for p in sub.text_frame.paragraphs:
                p.alignment = PP_ALIGN.LEFT
                for r in p.runs:
                    r.font.size = Pt(20)
        elif spec.title_in_textbox:
            # Body first, title last: z-order is the reverse of reading order.
            body = slide.shapes.add_textbox(Inches(0.6), Inches(1.5), Inches(12.1), Inches(5.3))
            _fill_bullets(body.text_frame, spec.bullets, spec.size)
            _textbox(slide, 0.6, 0.3, 12.1, 1.0, spec.title, 30, bold=True).text_frame.paragraphs[
                0
            ].runs[0].font.color.rgb = _rgb(NAVY)
        else:
            _title(slide, spec)

        if spec.layout == "content":
            body = _body_placeholder(slide)
            top = 1.5
            if spec.paragraph:
                _textbox(slide, 0.6, 1.4, 12.1, 2.2, spec.paragraph, 15)
                top = 3.7
            side = spec.group is not None or bool(spec.image_alt)
            _place(body, 0.6, top, 7.4 if side else 12.1, 6.9 - top)
            _fill_bullets(body.text_frame, spec.bullets, spec.size)
            if spec.image_alt:
                pic = slide.shapes.add_picture(
                    io.BytesIO(png), Inches(8.4), Inches(2.0), Inches(4.4), Inches(2.2)
                )
                pic.name = "Evening wait comparison"
                pic._element.nvPicPr.cNvPr.set("descr", spec.image_alt)
            if spec.group:
                _add_group(slide, *spec.group)
        elif spec.layout == "comparison":
            by_idx = {ph.placeholder_format.idx: ph for ph in slide.placeholders}
            for k, (head, bullets) in enumerate(spec.columns):
                x = 0.6 + k * 6.2
                head_ph, body_ph = by_idx[1 + 2 * k], by_idx[2 + 2 * k]
                _place(head_ph, x, 1.4, 5.9, 0.7)
                head_ph.text_frame.text = head
                head_ph.text_frame.paragraphs[0].runs[0].font.size = Pt(22)
                _place(body_ph, x, 2.2, 5.9, 4.6)
                _fill_bullets(body_ph.text_frame, bullets, spec.size)
        if spec.chart:
            _add_chart(slide, spec.chart)
        if spec.table:
            _add_table(slide, spec.table)
        if spec.roadmap:
            _add_roadmap(slide, spec.roadmap)
        if spec.callout:
            _textbox(slide, 0.6, 6.4, 12.1, 0.6, spec.callout, 16, italic=True)
        if spec.notes:
            slide.notes_slide.notes_text_frame.text = spec.notes
        if spec.hidden:
            slide._element.set("show", "0")
    buf = io.BytesIO()
    prs.save(buf)
    path.write_bytes(normalize_zip(buf.getvalue()))


# --------------------------------------------------------------------------- PDF

MM = 25.4  # per inch
PDF_BOTTOM = SLIDE_H * MM - 13  # lowest y for slide text (footer below)
# Hyphenation points for long words in prose (where a word may be split at a line end).
HYPHENATION = {
    "infrastructure": "infra-structure",
    "Personalization": "Personal-ization",
    "personalization": "personal-ization",
    "appointments": "appoint-ments",
    "appointment": "appoint-ment",
    "preferences": "prefer-ences",
    "foundation": "foun-dation",
    "different": "dif-ferent",
    "scenario": "sce-nario",
    "strategy": "strat-egy",
    "campaign": "cam-paign",
    "cancelled": "can-celled",
    "orthopedic": "ortho-pedic",
}


class DeckPDF(FPDF):
    def footer(self) -> None:
        self.set_y(-11)
        self.set_font("Helvetica", "", 9)
        self.set_text_color(*GREY)
        self.cell(0, 6, FOOTER.format(n=self.page_no()), align="C")


def wrap(pdf: FPDF, text: str, width: float, hyphenate: bool) -> list[str]:
    """Greedy word wrap; in prose, split long words at known hyphenation points."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        trial = f"{line} {word}" if line else word
        if pdf.get_string_width(trial) <= width:
            line = trial
            continue
        core = word.rstrip(".,;:")
        if hyphenate and line and core in HYPHENATION:
            head, tail = HYPHENATION[core].split("-", 1)
            if pdf.get_string_width(f"{line} {head}-") <= width:
                lines.append(f"{line} {head}-")
                line = tail + word[len(core) :]
                continue
        if line:
            lines.append(line)
        line = word
    if line:
        lines.append(line)
    return lines


def _pdf_lines(pdf, x, y, width, text, size, style="", hyphenate=False, color=DARK) -> float:
    pdf.set_font("Helvetica", style, size)
    pdf.set_text_color(*color)
    lh = size * 0.5
    for ln in wrap(pdf, text, width, hyphenate):
        pdf.set_xy(x, y)
        pdf.cell(width, lh, ln)
        y += lh
    if y > PDF_BOTTOM:
        raise RuntimeError(f"text runs into the footer on PDF page {pdf.page_no()}: {text[:40]!r}")
    return y


def _pdf_bullets(pdf, x, y, width, bullets: Bullets, size: int, bold_level0=False) -> float:
    for level, text in bullets:
        s = size - 2 * level
        indent = x + level * 9
        pdf.set_fill_color(*(TEAL if level else NAVY))
        pdf.ellipse(indent, y + s * 0.18, 1.6, 1.6, style="F")
        style = "B" if bold_level0 and level == 0 else ""
        y = _pdf_lines(pdf, indent + 5, y, width - (indent - x) - 5, text, s, style) + s * 0.18
    return y


def _pdf_chart(pdf, chart: Chart) -> None:
    x0, top, w, h = 30, 60, 280, 88  # plot area (mm)
    bottom = top + h
    pdf.set_font("Helvetica", "B", 14)
    pdf.set_text_color(*DARK)
    pdf.set_xy(20, 37)
    pdf.cell(300, 8, chart.title, align="C")
    colors = (NAVY, TEAL)
    pdf.set_font("Helvetica", "", 11)
    lx = 110
    for s, (name, _) in enumerate(chart.series):
        pdf.set_fill_color(*colors[s % 2])
        pdf.rect(lx, 48, 4, 4, style="F")
        pdf.set_xy(lx + 6, 47)
        pdf.cell(60, 6, name)
        lx += 70
    vmax = 50
    pdf.set_draw_color(*GREY)
    pdf.line(x0, top, x0, bottom)
    pdf.line(x0, bottom, x0 + w, bottom)
    n_cat, n_ser = len(chart.categories), len(chart.series)
    slot = w / n_cat
    bar = slot / (n_ser + 1.5)
    for c, cat in enumerate(chart.categories):
        for s, (_, values) in enumerate(chart.series):
            v = values[c]
            bh = h * v / vmax
            bx = x0 + c * slot + bar * (0.75 + s)
            pdf.set_fill_color(*colors[s % 2])
            if v:
                pdf.rect(bx, bottom - bh, bar, bh, style="F")
            pdf.set_xy(bx, bottom - bh - 6)
            pdf.cell(bar, 5, f"{v:g}", align="C")
        pdf.set_xy(x0 + c * slot, bottom + 2)
        pdf.cell(slot, 6, cat, align="C")


def _pdf_group(pdf, label: str, steps: list[str]) -> None:
    x, y, w = 8.3 * MM, 1.5 * MM, 4.4 * MM
    _pdf_lines(pdf, x, y, w, label, 15, "B", color=NAVY)
    y += 0.6 * MM
    for i, step in enumerate(steps):
        pdf.set_fill_color(*LIGHT)
        pdf.set_draw_color(*TEAL)
        pdf.rect(x, y, w, 1.0 * MM, style="DF", round_corners=True, corner_radius=3)
        _pdf_lines(pdf, x + 4, y + 7, w - 8, step, 12)
        y += 1.0 * MM
        if i < len(steps) - 1:
            cx = x + w / 2
            pdf.set_fill_color(*GREY)
            pdf.polygon([(cx - 4, y + 3), (cx + 4, y + 3), (cx, y + 10)], style="F")
            y += 0.5 * MM


def _pdf_table(pdf, rows: list[list[str]]) -> None:
    pdf.set_xy(0.6 * MM, 1.4 * MM)
    pdf.set_text_color(*DARK)
    pdf.set_draw_color(*GREY)
    pdf.set_font("Helvetica", "", 11)
    widths = (2.5, 2.4, 2.4, 2.4, 2.4)
    with pdf.table(
        col_widths=widths,
        width=12.1 * MM,
        text_align="LEFT",
        line_height=5.5,
        first_row_as_headings=True,
        headings_style=FontFace(emphasis="BOLD", fill_color=LIGHT),
    ) as table:
        for row in rows:
            r = table.row()
            for text in row:
                r.cell(text)
    if pdf.get_y() > PDF_BOTTOM:
        raise RuntimeError(f"table runs into the footer on PDF page {pdf.page_no()}")


def _pdf_roadmap(pdf, phases: list[tuple[str, list[str]]]) -> None:
    width, gap, left = 3.9 * MM, 0.2 * MM, 0.6 * MM
    top, hh = 1.5 * MM, 0.9 * MM
    for k, (name, items) in enumerate(phases):
        x = left + k * (width + gap)
        pdf.set_fill_color(*(NAVY if k == 0 else TEAL if k == 1 else GREY))
        tip = 8
        pdf.polygon(
            [(x, top), (x + width - tip, top), (x + width, top + hh / 2),
             (x + width - tip, top + hh), (x, top + hh), (x + tip, top + hh / 2)],
            style="F",
        )  # fmt: skip
        pdf.set_font("Helvetica", "B", 18)
        pdf.set_text_color(255, 255, 255)
        pdf.set_xy(x, top)
        pdf.cell(width, hh, name, align="C")
        _pdf_bullets(pdf, x + 5, 2.7 * MM, width - 8, [(0, t) for t in items], 15)


def build_pdf(path: Path, png: bytes) -> int:
    pdf = DeckPDF(orientation="L", unit="mm", format=(SLIDE_H * MM, SLIDE_W * MM))
    pdf.set_auto_page_break(False)
    pdf.set_creation_date(DOC_DATE.replace(tzinfo=UTC))
    pdf.set_title("Digital Front Door Strategy 2027-2029")
    pdf.set_author("VP Digital Experience, Northwind Health")
    pdf.set_subject("Northwind Health digital patient experience strategy")
    pdf.set_creator("Northwind Health")
    pdf.set_producer("build_examples.py")
    hyphen_breaks = 0
    for spec in SLIDES:
        if spec.hidden:
            continue
        pdf.add_page()
        if spec.layout == "title":
            pdf.set_fill_color(*NAVY)
            pdf.rect(0, 0, SLIDE_W * MM, 12, style="F")
            y = _pdf_lines(pdf, 0.8 * MM, 2.4 * MM, 11.7 * MM, spec.title, 36, "B", color=NAVY)
            y += 8
            for line in spec.subtitle.split("\n"):
                y = _pdf_lines(pdf, 0.8 * MM, y, 11.7 * MM, line, 18)
            continue
        _pdf_lines(pdf, 0.6 * MM, 0.45 * MM, 12.1 * MM, spec.title, 26, "B", color=NAVY)
        pdf.set_draw_color(*TEAL)
        pdf.line(0.6 * MM, 1.25 * MM, 12.7 * MM, 1.25 * MM)
        top = 1.5 * MM
        if spec.paragraph:
            pdf.set_font("Helvetica", "", 15)
            lines = wrap(pdf, spec.paragraph, 12.1 * MM, hyphenate=True)
            hyphen_breaks += sum(ln.endswith("-") for ln in lines)
            top = _pdf_lines(
                pdf, 0.6 * MM, 1.45 * MM, 12.1 * MM, spec.paragraph, 15, hyphenate=True
            )
            top += 6
        side = spec.group is not None or bool(spec.image_alt)
        if spec.bullets:
            _pdf_bullets(pdf, 0.6 * MM, top, (7.4 if side else 12.1) * MM, spec.bullets, spec.size)
        if spec.columns:
            for k, (head, bullets) in enumerate(spec.columns):
                x = 0.6 * MM + k * 6.2 * MM
                y = _pdf_lines(pdf, x, 1.5 * MM, 5.9 * MM, head, 22, "B", color=TEAL) + 4
                _pdf_bullets(pdf, x, y, 5.9 * MM, bullets, spec.size)
        if spec.image_alt:
            pdf.image(
                io.BytesIO(png), x=8.4 * MM, y=2.0 * MM, w=4.4 * MM, h=2.2 * MM,
                alt_text=spec.image_alt,
            )  # fmt: skip
        if spec.group:
            _pdf_group(pdf, *spec.group)
        if spec.chart:
            _pdf_chart(pdf, spec.chart)
        if spec.table:
            _pdf_table(pdf, spec.table)
        if spec.roadmap:
            _pdf_roadmap(pdf, spec.roadmap)
        if spec.callout:
            _pdf_lines(pdf, 0.6 * MM, 6.4 * MM, 12.1 * MM, spec.callout, 16, "I")
    if hyphen_breaks == 0:
        raise RuntimeError("expected at least one hyphenated line break in the PDF prose")
    path.write_bytes(bytes(pdf.output()))
    return pdf.page_no()


# --------------------------------------------------------------------------- main


def build(out_dir: Path | str = DEFAULT_OUT) -> tuple[Path, Path]:
    """Write strategy.pptx and strategy.pdf into out_dir and return their paths."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    png = picture_png()
    pptx_path, pdf_path = out / "strategy.pptx", out / "strategy.pdf"
    build_pptx(pptx_path, png)
    build_pdf(pdf_path, png)
    return pptx_path, pdf_path


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) > 1 or (args and args[0] in {"-h", "--help"}):
        print(__doc__.strip().splitlines()[2])
        return 0 if args and args[0] in {"-h", "--help"} else 2
    for p in build(Path(args[0]) if args else DEFAULT_OUT):
        print(p)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
