"""Build the dev5 eval set's decks and org folders, deterministically.

Run from the repository root:  .venv/bin/python evals/dev5/build_dev5.py

Writes, under ``evals/dev5/<name>/``, each case's deck and its ``org/`` folder:

- ``harbourline-insurance``: PPTX (python-pptx), 17 slides;
- ``kelderby-pharma``: PDF (fpdf2, drawn as 17 landscape slide pages; LibreOffice is not
  installed here, so there is no PPTX export step and the PDF is the case's only deck file);
- ``ravensholt-museums``: PPTX, 16 slides, in a different house style (statements as sentences
  in prose boxes, KPI tiles, a roadmap drawn as a native table with calendar quarters as
  columns and merged cells for the three chapters).

Every ``gold.json`` is written by hand and is never touched here. Re-running this script
rewrites decks and org files byte for byte: fixed ZIP entry times and document dates in the
PPTX files, a fixed creation date (and so a fixed file ID) in the PDF, and org text held as
literal strings below.

This is a DEVELOPMENT set (split "dev5"): the engine may be tuned on it. See
evals/dev5/README.md.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import sys
import textwrap
import zipfile
from collections.abc import Sequence
from pathlib import Path

from fpdf import FPDF
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE
from pptx.presentation import Presentation as PresentationType
from pptx.slide import Slide
from pptx.util import Emu, Inches, Pt

HERE = Path(__file__).resolve().parent
FIXED_ZIP_TIME = (2026, 12, 1, 12, 0, 0)
FIXED_W3C = "2026-12-01T12:00:00Z"
FIXED_PDF_DATE = dt.datetime(2027, 3, 4, 9, 0, 0, tzinfo=dt.UTC)
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


# --------------------------------------------------------------------------- PPTX kit
# (the helpers are those of evals/dev4/build_dev4.py, plus prose boxes and a merged table)


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


def table(
    slide: Slide,
    rows: Sequence[Sequence[str]],
    top: float = 1.6,
    size: int = 13,
    widths: Sequence[float] | None = None,
) -> None:
    shape = slide.shapes.add_table(
        len(rows),
        len(rows[0]),
        Inches(0.6),
        Inches(top),
        Inches(12.0),
        Emu(Inches(0.5) * len(rows)),
    )
    if widths:
        for c, w in enumerate(widths):
            shape.table.columns[c].width = Inches(w)
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


def prose_box(
    slide: Slide,
    left: float,
    top: float,
    width: float,
    height: float,
    paragraphs: Sequence[str],
    size: int = 16,
) -> None:
    """A rounded rectangle whose own text frame carries sentences (Ravensholt's house style)."""
    shape = slide.shapes.add_shape(
        MSO_SHAPE.ROUNDED_RECTANGLE, Inches(left), Inches(top), Inches(width), Inches(height)
    )
    write_lines(shape.text_frame, paragraphs, size)


def headline_slide(prs: PresentationType, headline: str, kicker: str) -> Slide:
    """Ravensholt's free layout: a small kicker line over a sentence-case headline, no counter."""
    slide = prs.slides.add_slide(prs.slide_layouts[BLANK])
    text_box(slide, 0.6, 0.3, 8.0, 0.4, [kicker], size=12)
    text_box(slide, 0.6, 0.7, 12.0, 0.9, [headline], size=30, bold=True)
    return slide


def save(prs: PresentationType, path: Path, author: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    buffer = io.BytesIO()
    prs.core_properties.author = author
    prs.core_properties.last_modified_by = author
    prs.core_properties.revision = 1
    prs.save(buffer)
    path.write_bytes(normalize_zip(buffer.getvalue()))


# --------------------------------------------------------------------------- Harbourline Insurance


def build_harbourline() -> PresentationType:
    prs = new_deck()
    # 1
    cover(
        prs,
        "Claims Made Simple",
        [
            "Harbourline Insurance: claims transformation strategy for motor and home, July 2027 to June 2030",
            "Board of Directors, 18 May 2027 | Paper HB/27/14",
        ],
    )
    # 2
    s = box_slide(prs, "Executive summary", "Summary")
    tiles(
        s,
        [
            ("60%", "of motor and home claims notified online, from 14%"),
            ("35%", "of simple claims settled straight through"),
            ("7 days", "to settle a simple home claim, from 19"),
            ("+30", "claims NPS at closure, from +8"),
        ],
    )
    bullets(
        s,
        [
            "Customers tell us about a claim up to four times, wait a week for a decision on a simple one, and call us to find out where it is.",
            "Four moves: tell us once, decide on the day, stop fraud at the door, and repair rather than pay cash.",
            "Proved on escape-of-water claims in the North West from April 2028 (Project Tideway), then extended to all simple motor and home claims from October 2028.",
            "Decision today: approve the strategy and release £14.9m for Horizon 1.",
        ],
        top=3.5,
    )
    # 3
    s = title_only(prs, "Claims today")
    bullets(
        s,
        [
            "We handled 412,000 motor and home claims in 2026 and paid £611m in indemnity.",
            "14% of claims were notified online; the rest came by phone to the Sheffield and Leeds claims centres.",
            "A simple home claim took 19 days on average from notification to settlement.",
            "Every claim is touched by a handler: none of our 412,000 claims was settled straight through.",
            "3.1% of claims were referred to the Counter Fraud Unit, and 38% of referrals were confirmed as fraud or exaggeration.",
            "Motor repairs took 14.2 days key-to-key through our approved repairers.",
            "Our claims NPS was +8 in 2026, against +24 for the best of our peers.",
            "We estimate leakage at 6.5% of indemnity spend, about £40m a year.",
        ],
    )
    # 4
    s = box_slide(prs, "Why simple claims take so long", "Diagnosis")
    bullets(
        s,
        [
            "A simple escape-of-water claim passes through four teams before it is paid.",
            "One inbound call in three is a customer asking where their claim is.",
            "Fraud checks happen after the settlement decision on most home claims, so genuine customers wait while we look.",
            "Home repairs are placed with 34 contractors on 34 sets of terms; we cannot compare their cost or speed.",
            "Cash settlement has grown to 46% of home claims because a handler cannot book a repair during the call.",
        ],
    )
    # 5
    s = box_slide(prs, "Our ambition", "North star")
    text_box(
        s,
        0.8,
        1.8,
        11.5,
        1.5,
        [
            "Claims that feel simple: tell us once, get a fair decision the same day, and get back on the road or back home quickly."
        ],
        size=26,
    )
    text_box(
        s,
        0.8,
        3.6,
        11.5,
        0.8,
        [
            "Half of all simple motor and home claims settled on the day they are notified, by June 2030."
        ],
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
            "What customers will notice: one place to report and track a claim, a decision while they wait, and a repairer who calls them within a day."
        ],
        size=16,
    )
    # 6
    content_slide(
        prs,
        "Tell us once: online notification for motor and home",
        [
            "Online first notice of loss for motor and home on the web and in the Harbourline app, with photo and video upload.",
            "Guided questions for each peril (escape of water, storm, theft, accidental damage, collision, glass), written with senior handlers.",
            "A live claim tracker, with a text message to the customer at every change of status.",
            "Online notifications written straight into ClaimCenter, ending the morning re-keying.",
            "We will judge this move by one number: 75% of online notifications completed without a phone call.",
        ],
    )
    # 7
    s = box_slide(prs, "Decide on the day: straight-through processing", "Move 2")
    table(
        s,
        [
            ["Initiative", "Scope", "Lead", "By"],
            [
                "Settlement rules for simple claims",
                "Glass, escape of water under £2,500, accidental damage under £1,000",
                "Claims Technical & Quality Manager",
                "March 2028",
            ],
            [
                "Automated cover check",
                "Cover and excess confirmed from Polaris at notification, in real time",
                "Claims Systems Product Owner",
                "March 2028",
            ],
            [
                "Same-day payment",
                "Settlements paid by Faster Payments straight to the customer's account",
                "Claims Systems Product Owner",
                "June 2028",
            ],
            [
                "Quality sampling",
                "5% of auto-settled claims re-checked by the technical team every week",
                "Claims Technical & Quality Manager",
                "From the Tideway pilot",
            ],
            [
                "Desk-based validation",
                "Photo and video validation instead of a loss adjuster visit on home claims under £5,000",
                "Head of Property Claims",
                "September 2028",
            ],
        ],
        size=12,
        widths=[3.0, 4.6, 2.8, 1.6],
    )
    text_box(
        s,
        0.6,
        5.4,
        12.0,
        0.6,
        ["Measured by simple claims settled straight through: from none today to 35%."],
        size=14,
    )
    # 8
    two_content(
        prs,
        "Stop fraud at the door, pay genuine customers faster",
        [
            "At notification",
            "A fraud score on every claim as it is notified, motor and home",
            "CUE and Insurance Fraud Register checks before a claim reaches a handler",
            "Device and photo metadata checks on online notifications",
        ],
        [
            "After notification",
            "Red-scored claims triaged by the Counter Fraud Unit within 48 hours",
            "Amber-scored claims desk-reviewed within one working day",
            "Confirmed outcomes fed back into the fraud scoring rules every quarter",
        ],
    )
    # 9
    content_slide(
        prs,
        "Repair, not cash: a supplier network we manage",
        [
            "Consolidate home repairs from 34 contractors to six regional repair partners on one service agreement.",
            "Every home repair instructed, tracked and invoiced through RepairLink, as motor repairs are today.",
            "Tier the 280 approved motor repairers on cycle time, cost and customer score; work goes to the top tier first.",
            "A monthly scorecard for every repair supplier, reviewed with each of them every quarter.",
            "The repairer contacts the customer within one working day of instruction.",
        ],
    )
    # 10
    s = title_only(prs, "How we will measure it")
    table(
        s,
        [
            ["Measure", "2026 baseline", "Target", "By"],
            ["Claims notified online (motor and home)", "14%", "60%", "June 2030"],
            ["Simple claims settled straight through", "0%", "35%", "December 2029"],
            ["Average days to settle a simple home claim", "19", "7", "March 2029"],
            ["Motor repair key-to-key cycle time (days)", "14.2", "10.0", "March 2029"],
            ["Fraud referrals confirmed (hit rate)", "38%", "55%", "December 2028"],
            ["Claims leakage as a share of indemnity spend", "6.5%", "4.0%", "June 2030"],
            ["Claims NPS at claim closure", "+8", "+30", "June 2030"],
        ],
        widths=[6.0, 2.0, 2.0, 2.0],
    )
    # 11
    s = box_slide(prs, "Three horizons to June 2030", "Roadmap")
    columns(
        s,
        [
            (
                "Horizon 1: Foundations",
                [
                    "July 2027 to March 2028",
                    "ClaimCenter moved to the cloud release",
                    "Online notification live for motor",
                    "Fraud score at notification",
                    "Gate A: Tideway ready to start, March 2028",
                ],
            ),
            (
                "Horizon 2: Prove and scale",
                [
                    "April 2028 to March 2029",
                    "Project Tideway, April to September 2028",
                    "Go/no-go, September 2028",
                    "Straight-through settlement for all simple claims",
                    "Six repair partners live",
                    "Gate B: March 2029",
                ],
            ),
            (
                "Horizon 3: Run at scale",
                [
                    "April 2029 to June 2030",
                    "Online notification for every home and motor product",
                    "Repair-first for home claims in every region",
                    "Close-out review, June 2030",
                ],
            ),
        ],
    )
    # 12
    content_slide(
        prs,
        "Project Tideway: escape-of-water claims, North West",
        [
            "Escape-of-water claims under £2,500 notified online by home customers in the North West, about 3,400 claims in six months.",
            "Runs April to September 2028, handled by the Leeds property team with the Counter Fraud Unit.",
            "Tideway succeeds if, by September 2028:",
            "At least 40% of eligible claims are settled straight through.",
            "Eligible claims are settled in an average of 5 days or fewer.",
            "Fewer than 1% of auto-settled claims are found wrong at quality sampling.",
            "Complaints stay at or below 2.1 per 1,000 claims.",
            "The Claims Transformation Board takes the go/no-go in September 2028, with the Conduct Risk Committee's view on record.",
        ],
    )
    # 13
    s = box_slide(prs, "The first 90 days", "Mobilise")
    bullets(
        s,
        [
            "Appoint the Claims Transformation Director and hold the first Claims Transformation Board (July 2027).",
            "Agree the 2026 baselines for the seven measures with Claims Data & MI.",
            "Sign the ClaimCenter cloud upgrade with Guidewire and fix the cut-over date.",
            "Issue the tender for six regional home repair partners.",
            "Take the straight-through settlement rules to the Conduct Risk Committee.",
            "Open consultation with the Staff Forum on handler roles and the move to complex claims.",
            "Start building a fraud model for home claims with the Counter Fraud Unit.",
            "Sign the Project Tideway pilot plan with the Leeds property team.",
        ],
    )
    # 14
    content_slide(
        prs,
        "Investment case",
        [
            "£38.5m over three years: £17.2m claims platform and online notification, £8.1m automation and fraud analytics, £6.4m repair network and RepairLink, £6.8m people, training and change.",
            "Lower leakage and handling cost are worth £21m a year at full run-rate, from 2030.",
            "Payback in 2.8 years from the start of Horizon 2.",
            "Horizon 1 needs £14.9m, of which £9.6m is capital.",
        ],
    )
    # 15
    s = box_slide(prs, "Risks and mitigations", "Risk")
    pairs(
        s,
        ("Risk", "Mitigation"),
        [
            (
                "Automated decisions give customers a wrong outcome",
                "Weekly quality sampling of 5% of auto-settled claims; outcome testing reported to the Conduct Risk Committee; every decline still made by a handler",
            ),
            (
                "Fraud moves to the online channel",
                "Fraud score and device checks at notification; thresholds reviewed monthly by the Counter Fraud Unit",
            ),
            (
                "Repair partners cannot absorb the volume",
                "Work moves region by region; capacity clauses and service credits in the new agreement",
            ),
            (
                "Experienced handlers leave during the change",
                "Redeployment to complex and large-loss claims; desk-based validation accreditation through the Claims Academy",
            ),
            (
                "The ClaimCenter upgrade slips",
                "Horizon 1 holds the upgrade; online notification goes live on motor first",
            ),
        ],
    )
    # 16
    content_slide(
        prs,
        "Governance",
        [
            "Executive sponsor: Chief Claims Officer.",
            "Claims Transformation Board: chaired by the Chief Claims Officer, monthly; decides horizon gates, the Tideway go/no-go and the order in which products move.",
            "Conduct Risk Committee: approves every automated claims decision rule before it goes live.",
            "Staff Forum: consulted on every change to handler roles, targets or location.",
            "Quarterly report to the Board Risk Committee and to the Board.",
        ],
    )
    # 17
    s = box_slide(prs, "What we ask of the Board", "Decisions")
    bullets(
        s,
        [
            "Approve Claims Made Simple.",
            "Release £14.9m for Horizon 1.",
            "Approve the tender for six regional home repair partners and notice to the current home contractors.",
            "Note the consultation with the Staff Forum.",
        ],
    )
    return prs


# --------------------------------------------------------------------------- PDF kit (fpdf2)
# Kelderby's deck is drawn straight to PDF as 16:9 pages (338.67 x 190.5 mm). Core Helvetica
# only (Latin-1 text, no font files to carry); bullets are drawn squares, not glyphs.

PAGE_W, PAGE_H = 338.67, 190.5
NAVY = (20, 45, 90)
GREY = (110, 110, 110)
PDF_FOOTER = "Kelderby Pharma | Hartside site | Right First Time 2030"


class SlidePDF(FPDF):
    def __init__(self) -> None:
        super().__init__(orientation="L", unit="mm", format=(PAGE_H, PAGE_W))
        self.set_auto_page_break(False)
        self.set_margins(15, 12, 15)
        self.set_creation_date(FIXED_PDF_DATE)
        self.set_producer("fpdf2")
        self.set_creator("Hartside Site Excellence Office")
        self.set_author("Hartside Site Excellence Office")

    # -- page kinds

    def cover_page(self, title: str, lines: Sequence[str]) -> None:
        self.add_page()
        self.set_fill_color(*NAVY)
        self.rect(0, 0, PAGE_W, 8, style="F")
        self.set_text_color(*NAVY)
        self.set_font("helvetica", "B", 40)
        self.set_xy(25, 62)
        self.cell(280, 18, title)
        self.set_text_color(0, 0, 0)
        self.set_font("helvetica", "", 16)
        y = 88
        for line in lines:
            self.set_xy(25, y)
            self.cell(290, 9, line)
            y += 11

    def slide(self, title: str, eyebrow: str) -> None:
        """Eyebrow, title, footer line and page counter (every page but the cover)."""
        self.add_page()
        self.set_text_color(*GREY)
        self.set_font("helvetica", "B", 10)
        self.set_xy(15, 10)
        self.cell(150, 5, eyebrow.upper())
        self.set_text_color(*NAVY)
        self.set_font("helvetica", "B", 24)
        self.set_xy(15, 17)
        self.cell(300, 12, title)
        self.set_text_color(0, 0, 0)

    def footer(self) -> None:
        """fpdf2 calls this as each page closes: a footer line and the page counter, so they
        come last in each page's text. The cover has neither."""
        if self.page_no() == 1:
            return
        self.set_text_color(*GREY)
        self.set_font("helvetica", "", 8)
        self.set_xy(15, PAGE_H - 10)
        self.cell(200, 5, PDF_FOOTER)
        self.set_xy(PAGE_W - 25, PAGE_H - 10)
        self.cell(10, 5, str(self.page_no()), align="R")
        self.set_text_color(0, 0, 0)

    # -- content

    def bullets(
        self,
        lines: Sequence[str],
        top: float = 38,
        left: float = 18,
        width: float = 300,
        size: int = 13,
        gap: float = 3.0,
    ) -> float:
        y = top
        self.set_font("helvetica", "", size)
        line_h = size * 0.5
        for line in lines:
            self.set_fill_color(*NAVY)
            self.rect(left, y + line_h / 2 - 1, 2, 2, style="F")
            self.set_xy(left + 5, y)
            self.multi_cell(width - 5, line_h, line)
            y = self.get_y() + gap
        return y

    def paragraph(
        self, x: float, y: float, w: float, text: str, size: int, bold: bool = False
    ) -> float:
        self.set_font("helvetica", "B" if bold else "", size)
        self.set_xy(x, y)
        self.multi_cell(w, size * 0.5, text)
        return self.get_y()

    def tiles(self, items: Sequence[tuple[str, str]], top: float = 36) -> None:
        width = 308 / len(items)
        for i, (big, label) in enumerate(items):
            x = 15 + i * width
            self.set_draw_color(*NAVY)
            self.rect(x, top, width - 5, 36, round_corners=True, corner_radius=3)
            self.set_text_color(*NAVY)
            self.set_font("helvetica", "B", 26)
            self.set_xy(x + 4, top + 4)
            self.cell(width - 13, 12, big)
            self.set_text_color(0, 0, 0)
            self.set_font("helvetica", "", 9)
            self.set_xy(x + 3, top + 19)
            self.multi_cell(width - 9, 4.5, label)

    def grid(
        self,
        rows: Sequence[Sequence[str]],
        widths: Sequence[float],
        top: float = 38,
        size: int = 12,
    ) -> float:
        self.set_xy(15, top)
        self.set_font("helvetica", "", size)
        self.set_draw_color(160, 160, 160)
        with self.table(
            col_widths=tuple(widths),
            width=sum(widths),
            align="LEFT",
            line_height=size * 0.55,
            first_row_as_headings=True,
            text_align="LEFT",
        ) as tbl:
            for row in rows:
                r = tbl.row()
                for value in row:
                    r.cell(value)
        return self.get_y()

    def columns(
        self, items: Sequence[tuple[str, Sequence[str]]], top: float = 38, size: int = 11
    ) -> None:
        width = 308 / len(items)
        for i, (head, lines) in enumerate(items):
            x = 15 + i * width
            self.set_text_color(*NAVY)
            self.set_font("helvetica", "B", 13)
            self.set_xy(x, top)
            self.multi_cell(width - 4, 7, head)
            self.set_text_color(0, 0, 0)
            y = top + 12
            self.set_font("helvetica", "", size)
            for line in lines:
                self.set_xy(x, y)
                self.multi_cell(width - 4, size * 0.5, line)
                y = self.get_y() + 2.5

    def pairs(
        self, heads: tuple[str, str], rows: Sequence[tuple[str, str]], top: float = 36
    ) -> None:
        self.set_font("helvetica", "B", 13)
        self.set_xy(15, top)
        self.cell(120, 7, heads[0])
        self.set_xy(145, top)
        self.cell(170, 7, heads[1])
        self.set_font("helvetica", "", 11)
        y = top + 11
        for left_text, right_text in rows:
            self.set_xy(15, y)
            self.multi_cell(120, 5.5, left_text)
            end_left = self.get_y()
            self.set_xy(145, y)
            self.multi_cell(175, 5.5, right_text)
            y = max(end_left, self.get_y()) + 5


def save_pdf(pdf: SlidePDF, path: Path, title: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.set_title(title)
    path.write_bytes(bytes(pdf.output()))


# --------------------------------------------------------------------------- Kelderby Pharma


def build_kelderby() -> SlidePDF:
    pdf = SlidePDF()
    # 1
    pdf.cover_page(
        "Right First Time 2030",
        [
            "Kelderby Pharma, Hartside site: quality and supply reliability plan, FY28 to FY30",
            "April 2027 to March 2030",
            "Site Leadership Team and Global Operations review, 11 March 2027",
        ],
    )
    # 2
    pdf.slide("Summary for the Global Operations review", "Executive summary")
    pdf.tiles(
        [
            ("95%", "batch records right first time"),
            ("7 days", "to QP certification, from 18"),
            ("90%", "deviations closed in 30 days"),
            ("9 of 9", "lines serialised, aggregated"),
            ("97%", "OTIF to market, from 88%"),
        ]
    )
    pdf.bullets(
        [
            "Hartside makes good medicine, slowly: one batch record in three comes back for correction, and a batch waits 18 days for certification.",
            "Four workstreams: Release, Record, Resolve and Trace.",
            "Proved on packaging Line 4 and granulation suite G2 from January 2028; every line and suite by March 2029.",
            "Decision today: endorse the plan and approve £6.3m of FY28 capital.",
        ],
        top=80,
    )
    # 3
    pdf.slide("Where Hartside stands today (FY27)", "Current state")
    pdf.bullets(
        [
            "2,380 batches released in FY27 from 3 granulation suites and 9 packaging lines, for 41 markets.",
            "71% of batch records were right first time; the rest needed at least one correction before release.",
            "A batch waited a median 18 days from end of manufacture to QP certification; review of the batch record took 6.5 days.",
            "1,140 deviations were raised; 62% were closed within 30 days.",
            "86 CAPAs are overdue, 19 of them linked to the MHRA inspection of November 2025.",
            "3 of 9 packaging lines serialise to pack level and aggregate to case and pallet.",
            "On time in full to market was 88%; 61% of late orders were waiting for release, not for production.",
        ]
    )
    # 4
    pdf.slide("What the inspection and our data tell us", "Diagnosis")
    pdf.bullets(
        [
            "Two major observations at the November 2025 MHRA inspection: investigations that stopped at human error,"
            " and CAPAs closed without a check that they worked.",
            "Four batch record errors in five are missed entries, late entries or calculation errors that an electronic record would prevent.",
            "QA reviewers check every page of every record, whether or not anything went wrong.",
            "Every deviation investigation waits on the same six investigators, who also write the CAPAs.",
            "Lines 1 to 3 were serialised for the EU; US wholesalers now ask for aggregation from every line that packs for them.",
        ]
    )
    # 5
    pdf.slide("Our ambition", "North star")
    y = pdf.paragraph(
        22,
        45,
        290,
        "A site whose batches are right first time, released in days, and shipped to every market on the date promised.",
        22,
    )
    y = pdf.paragraph(
        22,
        y + 10,
        290,
        "No repeat major observation at our next MHRA and FDA inspections, both due in 2028.",
        17,
        bold=True,
    )
    pdf.paragraph(
        22,
        y + 10,
        290,
        "What our operators will notice: one electronic record, a prompt at every step, and no corrections after the shift.",
        14,
    )
    # 6
    pdf.slide("Release: review by exception, certify in days", "Workstream: Release")
    pdf.bullets(
        [
            "Review by exception: QA reviews the exceptions the electronic batch record flags, not every page.",
            "QC results passed from LabWare into the batch record, ending transcription of results.",
            "A release desk where QA, QC and the QPs meet at 10:00 every day to clear batches awaiting certification.",
            "Release lead time tracked batch by batch on a daily board, by market.",
            "The test of this workstream: 85% of batches certified within 10 days of end of manufacture.",
        ]
    )
    # 7
    pdf.slide("Record: electronic batch records on every line", "Workstream: Record")
    y = pdf.grid(
        [
            ["Initiative", "Scope", "Owner", "By"],
            [
                "EBR recipes in PAS-X",
                "Master batch records of the 24 highest-volume products rebuilt as electronic recipes",
                "MES & EBR Product Owner",
                "December 2027",
            ],
            [
                "EBR validation",
                "Risk assessment, IQ/OQ/PQ and data integrity assessment of the EBR release",
                "Computer System Validation Lead",
                "December 2027",
            ],
            [
                "Electronic logbooks",
                "Equipment use and cleaning logbooks on tablets at each room",
                "Head of Production",
                "June 2028",
            ],
            [
                "Tablets and wireless on the lines",
                "Hardened tablets and wireless access points along all nine packaging lines",
                "Engineering Manager",
                "December 2028",
            ],
            [
                "Operator qualification on EBR",
                "Every operator trained and assessed before their line goes live",
                "Learning & Competency Manager",
                "Before each go-live",
            ],
        ],
        widths=(70, 130, 62, 46),
    )
    pdf.paragraph(
        15,
        y + 6,
        300,
        "Measured by batches recorded on electronic batch records: from none today to 90%.",
        12,
    )
    # 8
    pdf.slide("Resolve: deviations and CAPAs that close, and stay closed", "Workstream: Resolve")
    pdf.columns(
        [
            (
                "Deviations",
                [
                    "Triage every deviation within one working day of being raised",
                    "Eight trained root-cause investigators, one per area",
                    "Root-cause tools (5 Whys, fishbone) required before any finding of human error",
                    "Deviations reviewed every morning at the production meeting",
                ],
            ),
            (
                "CAPA",
                [
                    "Clear the 86 overdue CAPAs by September 2028, MHRA-linked ones first",
                    "Effectiveness checks scheduled in TrackWise when a CAPA is approved",
                    "Monthly CAPA review chaired by the Head of Quality",
                    "Deviation trends by line and product reviewed every quarter",
                ],
            ),
        ]
    )
    # 9
    pdf.slide("Trace: serialisation and aggregation on every packaging line", "Workstream: Trace")
    pdf.bullets(
        [
            "Serialise and aggregate Lines 4 to 9 to case and pallet: Line 4 at the December 2027 shutdown,"
            " Lines 5 to 7 in August 2028, Lines 8 and 9 in December 2028.",
            "New 2D code printers and vision systems on the Line 6 and Line 7 blister packers.",
            "EPCIS data exchange with US wholesalers for DSCSA through our serialisation partner.",
            "Serialisation master data (GTINs, NTINs, market codes) owned by one team and checked before each launch.",
            "Aggregation errors held below 0.5% of shipped cases.",
        ]
    )
    # 10
    pdf.slide("Measures and targets", "KPIs")
    pdf.grid(
        [
            ["Measure", "FY27 baseline", "Target", "By"],
            ["Batch records right first time", "71%", "95%", "March 2029"],
            ["Median days from end of manufacture to QP certification", "18", "7", "March 2030"],
            ["Deviations closed within 30 days", "62%", "90%", "March 2029"],
            ["CAPAs past their due date", "86", "Under 10", "September 2028"],
            ["Packaging lines serialised with aggregation", "3 of 9", "9 of 9", "December 2028"],
            ["Batches recorded on electronic batch records", "0%", "90%", "March 2030"],
            ["On time in full to market (OTIF)", "88%", "97%", "March 2030"],
        ],
        widths=(150, 50, 50, 58),
        size=13,
    )
    # 11
    pdf.slide("Four steps to March 2030", "Roadmap")
    pdf.columns(
        [
            (
                "Step 1: Prepare",
                [
                    "Q1 to Q3 FY28",
                    "April to December 2027",
                    "EBR validated for Line 4 and G2",
                    "Root-cause investigators trained",
                    "Line 4 serialised in December",
                    "Readiness gate, December 2027",
                ],
            ),
            (
                "Step 2: Pilot",
                [
                    "Q4 FY28 to Q1 FY29",
                    "January to June 2028",
                    "Line 4 and suite G2 on EBR",
                    "Review by exception live",
                    "Mock inspection, May 2028",
                    "Go/no-go, June 2028",
                ],
            ),
            (
                "Step 3: Extend",
                [
                    "Q2 to Q4 FY29",
                    "July 2028 to March 2029",
                    "EBR on every line and suite",
                    "Lines 5 to 9 serialised",
                    "Step gate, March 2029",
                ],
            ),
            (
                "Step 4: Sustain",
                [
                    "FY30",
                    "April 2029 to March 2030",
                    "Release desk at full rate",
                    "Readiness review, March 2030",
                ],
            ),
        ],
        size=10,
    )
    # 12
    pdf.slide("Pilot: Line 4 and granulation suite G2", "Pilot")
    pdf.bullets(
        [
            "Kelvanor 10 mg and 20 mg tablets: 310 batches a year granulated in G2 and packed on Line 4, for 14 markets including the US.",
            "Runs January to June 2028 on the day and back shifts.",
            "We go to every line only if, over the last three months of the pilot:",
            "95% of Line 4 batch records are right first time.",
            "The median time from end of manufacture to QP certification is 8 days or fewer.",
            "The May 2028 mock inspection finds no critical or major data integrity observation.",
            "Every Line 4 and G2 operator is trained and assessed on EBR.",
            "The RFT 2030 Steering Group takes the go/no-go in June 2028; the Head of Quality signs the quality assessment.",
        ]
    )
    # 13
    pdf.slide("The first 90 days", "Mobilise")
    pdf.bullets(
        [
            "Appoint the RFT 2030 programme manager and hold the first RFT 2030 Steering Group (April 2027).",
            "Agree the FY27 baselines for the seven measures with QA Compliance and Supply Planning.",
            "Extend the PAS-X licence to electronic batch records with the MES vendor.",
            "Write the EBR validation plan with the Computer System Validation Lead.",
            "Train the eight root-cause investigators.",
            "Put the 86 overdue CAPAs on a burn-down plan, MHRA-linked ones first.",
            "Book the Line 4 serialisation work into the December 2027 shutdown.",
            "Take the EBR and shift changes to the Site Joint Council.",
        ]
    )
    # 14
    pdf.slide("Investment case", "Investment")
    pdf.bullets(
        [
            "£14.8m over three years: £6.1m EBR and MES extension, £4.9m serialisation and aggregation equipment,"
            " £1.6m network and tablets, £2.2m people, training and validation.",
            "FY28 capital: £6.3m, for Steps 1 and 2.",
            "Benefits of £3.4m a year from FY30: fewer write-offs, less QA review effort, 9 fewer days of stock awaiting release.",
            "Payback in 4.1 years.",
            "US sales of about £22m a year depend on DSCSA aggregation from Lines 4 to 9.",
        ]
    )
    # 15
    pdf.slide("Risks and mitigations", "Risks")
    pdf.pairs(
        ("Risk", "Mitigation"),
        [
            (
                "EBR validation takes longer than planned",
                "Validation plan written in the first 90 days; the vendor's validation package reused; pilot held to 24 recipes",
            ),
            (
                "Line modifications miss a shutdown window",
                "Serialisation kits ordered nine months ahead; a reserve window in April 2029",
            ),
            (
                "Operators find EBR slower at first",
                "Super-users on every shift; extra QA cover on the floor for the first four weeks on each line",
            ),
            (
                "A regulator sees the change itself as a risk",
                "Regulatory Affairs assess each change; the MHRA briefed before the pilot starts",
            ),
            (
                "The CAPA backlog crowds out new investigations",
                "Two contract investigators for six months; MHRA-linked CAPAs first",
            ),
        ],
    )
    # 16
    pdf.slide("How the plan is governed", "Governance")
    pdf.bullets(
        [
            "Executive sponsor: Site Director.",
            "RFT 2030 Steering Group: chaired by the Site Director, monthly; decides step gates, the pilot go/no-go and the order in which lines go live.",
            "Site Quality Council: chaired by the Head of Quality; approves review-by-exception rules and every change to a GMP process.",
            "Site Joint Council (GMB): consulted on changes to operator roles, shifts and how work is recorded.",
            "Quarterly review with Global Operations; capital above £2m goes to the Group Capital Committee.",
        ]
    )
    # 17
    pdf.slide("What we ask of Global Operations", "Decisions")
    pdf.bullets(
        [
            "Endorse Right First Time 2030.",
            "Approve £6.3m of FY28 capital for Steps 1 and 2.",
            "Support the Group Capital Committee submission for the remaining £8.5m in September 2027.",
            "Note the consultation with the Site Joint Council.",
        ]
    )
    return pdf


# --------------------------------------------------------------------------- Ravensholt Museums


def merged_table(
    slide: Slide,
    header: Sequence[str],
    band: tuple[str, Sequence[tuple[str, int]]],
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    top: float = 1.7,
    size: int = 10,
) -> None:
    """A native table: a header row, a band row whose labels span several columns (merged
    cells), then plain rows. Used for a roadmap with quarters as columns."""
    n_rows = len(rows) + 2
    shape = slide.shapes.add_table(
        n_rows,
        len(header),
        Inches(0.4),
        Inches(top),
        Inches(sum(widths)),
        Emu(Inches(0.55) * n_rows),
    )
    tbl = shape.table
    for c, w in enumerate(widths):
        tbl.columns[c].width = Inches(w)

    def put(r: int, c: int, value: str) -> None:
        cell = tbl.cell(r, c)
        cell.text = value
        for para in cell.text_frame.paragraphs:
            for run in para.runs:
                run.font.size = Pt(size)

    for c, value in enumerate(header):
        put(0, c, value)
    put(1, 0, band[0])
    col = 1
    for label, span in band[1]:
        if span > 1:
            tbl.cell(1, col).merge(tbl.cell(1, col + span - 1))
        put(1, col, label)
        col += span
    for r, row in enumerate(rows, start=2):
        for c, value in enumerate(row):
            put(r, c, value)


def build_ravensholt() -> PresentationType:
    prs = new_deck()
    # 1
    cover(
        prs,
        "Open Ravensholt",
        [
            "Ravensholt Museums Trust: audience growth and digital plan, April 2027 to March 2029",
            "Board of Trustees, 27 January 2027 | Item 6",
        ],
    )
    # 2
    s = headline_slide(prs, "The plan on one page", "Open Ravensholt in brief")
    tiles(
        s,
        [
            ("900,000", "visits a year, from 742,000"),
            ("6,000", "paying members, from 3,100"),
            ("80%", "of city primary schools visiting each year"),
            ("120,000", "objects online with an image"),
        ],
    )
    prose_box(
        s,
        0.6,
        3.6,
        12.0,
        2.6,
        [
            "We are asking trustees to back a two-year plan that brings more of the city through our doors, knows who people are when they come, and puts far more of the collection online.",
            "We will try it first at the Mill Museum from October 2027 and take it to all five venues from July 2028.",
        ],
        size=17,
    )
    # 3
    s = headline_slide(prs, "Who comes to our museums today", "Where we start")
    prose_box(
        s,
        0.6,
        1.8,
        5.9,
        2.4,
        [
            "Last year (2025-26) we welcomed 742,000 visits across our five venues, two-thirds of them to the Art Gallery and the City Museum."
        ],
    )
    prose_box(
        s,
        6.8,
        1.8,
        5.9,
        2.4,
        [
            "We can put a name to about one visit in nine: people who buy a ticket for Tollgate House, the Castle or an exhibition. Everyone else comes through a free door and leaves without our knowing who they were."
        ],
    )
    prose_box(
        s,
        0.6,
        4.4,
        5.9,
        2.4,
        [
            "18% of our visitors live in the city's most deprived wards, where 34% of Ravensholt's people live."
        ],
    )
    prose_box(
        s,
        6.8,
        4.4,
        5.9,
        2.4,
        [
            "We have 3,100 members, and 58% of them renew each year. Membership is sold at the Art Gallery desk and by post."
        ],
    )
    # 4
    s = headline_slide(prs, "Schools and the collection today", "Where we start")
    prose_box(
        s,
        0.6,
        1.8,
        5.9,
        4.6,
        [
            "Schools",
            "21,400 pupils visited with their school in 2025-26.",
            "38% of the city's 96 primary schools came at least once; in the east of the city it was 19%.",
            "Teachers tell us the cost of a coach is the first reason they stay away.",
        ],
    )
    prose_box(
        s,
        6.8,
        1.8,
        5.9,
        4.6,
        [
            "The collection",
            "We care for 410,000 objects.",
            "61,000 have a photograph, and 36,000 can be seen on Collections Online.",
            "Collections Online had 180,000 visits last year, most of them from outside the city.",
        ],
    )
    # 5
    s = headline_slide(prs, "Where we want to be by 2030", "Our ambition")
    text_box(
        s,
        0.8,
        1.9,
        11.5,
        1.8,
        [
            "We want every person in Ravensholt to feel that these museums are theirs: somewhere they come back to, that knows them, and that their children first met with their school."
        ],
        size=26,
    )
    text_box(
        s,
        0.8,
        4.3,
        11.5,
        1.0,
        [
            "One million visits a year by March 2030, with one visit in three made by people from the city's most deprived wards."
        ],
        size=20,
        bold=True,
    )
    # 6
    s = headline_slide(prs, "We will know and welcome every visitor", "Promise one")
    prose_box(
        s,
        0.6,
        1.8,
        12.0,
        1.9,
        [
            "We will replace the ticketing we run at two venues, and the membership database the Development Office keeps, with one ticketing and CRM system across all five venues.",
        ],
        size=17,
    )
    prose_box(
        s,
        0.6,
        3.9,
        5.9,
        2.6,
        [
            "Every visit, free or paid, will be booked online or scanned at the door, so that we can thank people, invite them back and ask them to join.",
        ],
    )
    prose_box(
        s,
        6.8,
        3.9,
        5.9,
        2.6,
        [
            "Membership will be sold at every front desk and online, renewed by direct debit, and Gift Aid will be claimed from the system every month.",
        ],
    )
    text_box(
        s,
        0.6,
        6.7,
        12.0,
        0.5,
        [
            "We will know this is working when half of all visits are booked or scanned against a named record."
        ],
        size=14,
    )
    # 7
    s = headline_slide(
        prs, "Every Ravensholt child, through our doors with their school", "Promise two"
    )
    table(
        s,
        [
            ["What we will do", "What changes", "Who leads", "When"],
            [
                "Schools coach fund",
                "We pay the coach for primary schools in the east of the city",
                "Head of Learning",
                "From September 2027",
            ],
            [
                "Online schools booking",
                "Schools book their sessions online in the new ticketing system",
                "Digital & Data Manager",
                "October 2027",
            ],
            [
                "Teacher champions",
                "A named teacher in every city primary school, briefed each term",
                "Schools Programme Officer, Mill Museum",
                "December 2027",
            ],
            [
                "Curriculum sessions",
                "Twelve Key Stage 2 sessions written with teachers, three at each of four venues",
                "Head of Learning",
                "July 2028",
            ],
            [
                "Family return pass",
                "Every pupil takes home a free family pass for a second visit",
                "Head of Visitor Experience",
                "From the Mill pilot",
            ],
        ],
        size=12,
        widths=[2.6, 5.0, 2.8, 1.6],
    )
    text_box(
        s,
        0.6,
        5.6,
        12.0,
        0.6,
        [
            "We will know this is working when 80% of the city's primary schools visit us every year."
        ],
        size=14,
    )
    # 8
    s = headline_slide(prs, "Our collection, open to everyone online", "Promise three")
    prose_box(
        s,
        0.6,
        1.8,
        12.0,
        1.6,
        [
            "We will photograph and publish 84,000 more objects in two years, starting with the 12,000 most requested and the collections that tell the story of the city's mills.",
        ],
    )
    prose_box(
        s,
        0.6,
        3.6,
        5.9,
        2.4,
        [
            "Rights in twentieth-century works will be cleared with artists and their estates before we publish.",
        ],
    )
    prose_box(
        s,
        6.8,
        3.6,
        5.9,
        2.4,
        [
            "Collections Online will move to our own website, with high-resolution images under an open licence wherever we hold the rights.",
        ],
    )
    text_box(
        s,
        0.6,
        6.3,
        12.0,
        0.5,
        ["We will know this is working when 120,000 objects can be seen online with an image."],
        size=14,
    )
    # 9
    s = headline_slide(prs, "Beginning at the Mill", "Our pilot")
    prose_box(
        s,
        0.6,
        1.7,
        12.0,
        1.5,
        [
            "The Mill Museum is where we will try all three promises first, from October 2027 to June 2028. It is our smallest free venue (68,000 visits a year), it stands in the east of the city, and its team asked to go first.",
        ],
    )
    prose_box(
        s,
        0.6,
        3.4,
        12.0,
        2.7,
        [
            "We will take the plan to every venue only if, by June 2028, at the Mill:",
            "60% of visits are booked or scanned against a named record;",
            "400 new members have joined;",
            "30 of the 41 primary schools in the east of the city have booked a visit;",
            "and visitor satisfaction is at least as high as in 2025-26, when 94% rated their visit good or very good.",
        ],
        size=15,
    )
    text_box(
        s,
        0.6,
        6.3,
        12.0,
        0.8,
        [
            "The Open Ravensholt Steering Group will decide go or no-go in June 2028, after hearing from the Community Advisory Panel."
        ],
        size=14,
    )
    # 10
    s = headline_slide(prs, "How trustees will know it is working", "Measures")
    table(
        s,
        [
            ["Measure", "2025-26", "Target", "By"],
            ["Visits a year across the five venues", "742,000", "900,000", "March 2029"],
            ["Visits booked or scanned against a named record", "11%", "50%", "March 2029"],
            ["Paying members", "3,100", "6,000", "March 2029"],
            ["Members renewing each year", "58%", "75%", "March 2029"],
            ["City primary schools visiting at least once a year", "38%", "80%", "March 2029"],
            ["Visitors from the city's most deprived wards", "18%", "28%", "March 2029"],
            ["Collection objects online with an image", "36,000", "120,000", "March 2029"],
        ],
        widths=[6.0, 2.0, 2.0, 2.0],
    )
    # 11
    s = headline_slide(prs, "Two years, three chapters", "Roadmap")
    merged_table(
        s,
        [
            "",
            "Q2 2027",
            "Q3 2027",
            "Q4 2027",
            "Q1 2028",
            "Q2 2028",
            "Q3 2028",
            "Q4 2028",
            "Q1 2029",
        ],
        (
            "Chapter",
            [("Getting ready", 2), ("Trying it at the Mill", 3), ("Opening up", 3)],
        ),
        [
            [
                "Ticketing and CRM",
                "Tender",
                "Contract signed; system built",
                "Live at the Mill",
                "",
                "",
                "Art Gallery and City Museum",
                "Tollgate House and the Castle",
                "",
            ],
            [
                "Membership",
                "",
                "Direct debit set up",
                "Sold at the Mill desk",
                "",
                "",
                "Sold at every venue",
                "",
                "Old database closed",
            ],
            [
                "Schools",
                "",
                "Coach fund opens",
                "Teacher champions named",
                "Sessions tried at the Mill",
                "",
                "Sessions at four venues",
                "",
                "",
            ],
            [
                "Collections online",
                "Rights review",
                "Photography contract",
                "Mill collections published",
                "",
                "Collections Online on our own site",
                "",
                "",
                "120,000 objects online",
            ],
            [
                "Decisions",
                "",
                "Ready for the Mill? (September)",
                "",
                "",
                "Go/no-go (June)",
                "",
                "",
                "Close-out review (March)",
            ],
        ],
        widths=[1.8] + [1.3] * 8,
    )
    text_box(
        s,
        0.4,
        6.9,
        12.0,
        0.4,
        ["Calendar quarters: Q2 2027 is April to June 2027."],
        size=10,
    )
    # 12
    s = headline_slide(prs, "Our first ninety days", "Getting started")
    prose_box(
        s,
        0.6,
        1.7,
        12.0,
        5.3,
        [
            "We will appoint the Open Ravensholt programme manager and hold the first Steering Group in April 2027.",
            "We will agree the 2025-26 baselines for all seven measures with the Marketing & Audiences team.",
            "We will publish the tender for one ticketing and CRM system for all five venues.",
            "We will complete the data protection impact assessment for the new system with the council's data protection officer.",
            "We will submit our application to the National Lottery Heritage Fund in May 2027.",
            "We will open consultation with the Staff Council on front-of-house roles and rotas.",
            "We will start the rights review of twentieth-century works with DACS.",
            "We will sign the Mill Museum pilot plan with the Mill team and the Community Advisory Panel.",
        ],
        size=15,
    )
    # 13
    s = headline_slide(prs, "What it costs and how we will pay for it", "Investment")
    prose_box(
        s,
        0.6,
        1.8,
        12.0,
        1.6,
        [
            "The plan costs £4.2m over two years: £1.1m for ticketing and CRM, £1.6m for photography and digitisation, £0.9m for the schools programme and coach fund, and £0.6m for people and training.",
        ],
    )
    prose_box(
        s,
        0.6,
        3.6,
        5.9,
        2.6,
        [
            "We will ask the National Lottery Heritage Fund for £2.5m and the city council for £1.0m of capital, and we ask trustees to commit £0.7m from designated reserves.",
        ],
    )
    prose_box(
        s,
        6.8,
        3.6,
        5.9,
        2.6,
        [
            "Membership, Gift Aid and secondary spend should bring in an extra £0.6m a year by 2029-30, so the ticketing and CRM investment pays back in about four years.",
        ],
    )
    # 14
    s = headline_slide(prs, "What could go wrong, and what we will do", "Risks")
    table(
        s,
        [
            ["Risk", "What we will do"],
            [
                "The Heritage Fund turns down our application",
                "Phase the collections work; ticketing, CRM and schools go ahead on council capital and reserves",
            ],
            [
                "Visitors at free venues do not want to book or be scanned",
                "Booking stays optional; a free welcome at the door and a scan of the family pass, never a charge",
            ],
            [
                "Front-of-house teams see scanning as extra work",
                "Consultation through the Staff Council; the scan built into the welcome and tried at the Mill first",
            ],
            [
                "Rights clearance slows publication",
                "Start with works we own outright; agree a DACS licence in the first ninety days",
            ],
            [
                "Schools cannot release teachers for visits",
                "Teacher champions; sessions tied to the Key Stage 2 curriculum",
            ],
        ],
        size=13,
        widths=[5.0, 7.0],
    )
    # 15
    s = headline_slide(prs, "How we will run it", "Governance")
    prose_box(
        s,
        0.6,
        1.8,
        12.0,
        1.6,
        [
            "Our Director and Chief Executive is the plan's executive sponsor and chairs the Open Ravensholt Steering Group, which meets monthly and takes each chapter's gate and the go/no-go after the Mill.",
        ],
    )
    prose_box(
        s,
        0.6,
        3.6,
        5.9,
        2.6,
        [
            "The trustees' Audience & Engagement Committee reviews progress every quarter; spending above £250,000 goes to the Finance & Resources Committee.",
        ],
    )
    prose_box(
        s,
        6.8,
        3.6,
        5.9,
        2.6,
        [
            "The Community Advisory Panel and the Staff Council will be consulted before each chapter begins.",
        ],
    )
    # 16
    s = headline_slide(prs, "What we ask of trustees today", "Decisions")
    prose_box(
        s,
        0.6,
        1.8,
        12.0,
        4.5,
        [
            "We ask trustees to approve Open Ravensholt.",
            "We ask trustees to commit £0.7m from designated reserves.",
            "We ask trustees to approve the application to the National Lottery Heritage Fund.",
            "We ask trustees to note the consultation with the Staff Council and the Community Advisory Panel.",
        ],
        size=18,
    )
    return prs


# --------------------------------------------------------------------------- org folders
# Each case's org/ folder as the organization would keep it. Text is stored verbatim.


def doc(text: str) -> str:
    return textwrap.dedent(text).lstrip("\n")


HARBOURLINE_ORG: dict[str, str] = {
    "people/claims-made-simple-roster.yaml": doc(
        """
        # Claims Made Simple: programme roster
        # Kept by the Transformation Office. Tier: core = owns a workstream or sits on the
        # Claims Transformation Board; extended = contributes, advises or is consulted.
        programme: Claims Made Simple
        updated: 2027-04-30
        roles:
          - role: Chief Claims Officer
            team: Executive Committee
            tier: core
            responsibilities: "Executive sponsor of Claims Made Simple. Owns claims strategy, the indemnity and claims expense budgets and the claims risk appetite; chairs the Claims Transformation Board; answers to the Board for fair claims outcomes under the Consumer Duty."
          - role: Claims Transformation Director
            team: Transformation Office
            tier: core
            responsibilities: "Programme lead. Runs the plan, the horizon gates, the benefits case and the RAID log; reports monthly to the Claims Transformation Board; owns the Project Tideway pilot plan with the Head of Property Claims."
          - role: Head of Motor Claims
            team: Motor Claims
            tier: core
            responsibilities: "Runs motor claims from notification to settlement: own damage, third-party property, glass, total loss and salvage. Owns motor handling standards and, with Claims Supply Chain, key-to-key cycle time."
          - role: Head of Property Claims
            team: Property Claims
            tier: core
            responsibilities: "Runs home claims (escape of water, storm, flood, theft, accidental damage, subsidence), the Leeds property team and the loss adjuster panel. Owns settlement times for home claims and desk-based validation."
          - role: FNOL & Claims Contact Centre Manager
            team: Claims Contact Centre
            tier: core
            responsibilities: "Runs first notification of loss by phone, web and app at the Sheffield and Leeds centres. Owns notification scripts and question sets, call handling, status updates to customers and 'where is my claim' demand."
          - role: Digital Claims Product Manager
            team: Digital
            tier: core
            responsibilities: "Owns the online claim form, the claim tracker and claims features in the Harbourline app; runs the digital backlog with Claims IT and user research with customers."
          - role: Claims Systems Product Owner
            team: Claims IT
            tier: core
            responsibilities: "Owns ClaimCenter configuration and releases, the integrations with Polaris, the payments hub, RepairLink and FRISS, and the ClaimCenter cloud upgrade."
          - role: Head of Claims Data & MI
            team: Data & Analytics
            tier: core
            responsibilities: "Owns claims management information in Lighthouse and the Tableau claims dashboards, measure definitions and baselines, claims NPS reporting and straight-through processing reports."
          - role: Head of Counter Fraud
            team: Counter Fraud Unit
            tier: core
            responsibilities: "Runs the Counter Fraud Unit (investigators and desk reviewers), the FRISS scoring rules and thresholds, referrals to the Insurance Fraud Bureau and CUE and Insurance Fraud Register checks. Owns the referral hit rate."
          - role: Head of Claims Supply Chain
            team: Claims Supply Chain
            tier: core
            responsibilities: "Manages the approved motor repairer network, home repair contractors, glass, hire and salvage suppliers. Owns supplier contracts, service agreements, scorecards and repair cycle times."
          - role: Claims Technical & Quality Manager
            team: Claims Technical
            tier: core
            responsibilities: "Owns claims technical standards, settlement authorities and reserving guidance, settlement rules, the file reviews behind the leakage estimate and quality sampling of settled claims."
          - role: Claims Conduct & Compliance Manager
            team: Risk & Compliance
            tier: extended
            responsibilities: "Second line of defence. Reviews claims decision rules and customer outcomes under the Consumer Duty, complaints root cause and the treatment of customers in vulnerable circumstances; writes the papers for the Conduct Risk Committee."
          - role: Claims Academy Lead
            team: Claims Academy
            tier: extended
            responsibilities: "Runs the Harbourline Claims Academy: induction, handler accreditation, technical and customer skills courses, and the desk-based validation accreditation."
          - role: Finance Business Partner, Claims
            team: Finance
            tier: extended
            responsibilities: "Claims budget and forecast, the programme business case, benefits tracking, capital and operating spend against plan."
          - role: HR Business Partner, Claims
            team: People
            tier: extended
            responsibilities: "Organisation design, role changes, redeployment and recruitment in claims; prepares consultation papers for the Staff Forum."
          - role: Chair, Harbourline Staff Forum
            team: Staff Forum
            tier: extended
            responsibilities: "Elected colleague representative. Chairs the Staff Forum, Harbourline's recognised consultative body, which is consulted on changes to roles, targets, location and working patterns."
        """
    ),
    "people/claims-academy.md": doc(
        """
        # Harbourline Claims Academy

        The Claims Academy is Harbourline's training centre for claims colleagues, based at
        Don Street, Sheffield, with a training floor in Leeds. It is led by the Claims Academy
        Lead and has eleven trainers.

        What the Academy runs:

        - a ten-week induction for new claims handlers, with a supervised nesting period;
        - accreditation for each handling authority level, motor and home;
        - technical courses (policy wordings, liability, subrogation, reserving) set with Claims
          Technical;
        - the desk-based validation accreditation for home claims, run monthly for a cohort of
          12 handlers;
        - customer skills courses, including the support of customers in vulnerable circumstances.

        Courses are booked and recorded in Harbourline Learn, the group learning platform. New
        processes and systems are taught by the Academy before go-live; the Academy works from
        the process owner's procedure and the product owner's release notes.
        """
    ),
    "governance/claims-transformation-board-terms-of-reference.md": doc(
        """
        # Claims Transformation Board: terms of reference

        Approved by the Executive Committee, 26 April 2027.

        ## Purpose

        To direct Claims Made Simple, the claims transformation for motor and home, from July
        2027 to June 2030, and to hold its leads to the plan approved by the Board.

        ## Membership

        - Chair: Chief Claims Officer (executive sponsor)
        - Claims Transformation Director (programme lead and secretary)
        - Head of Motor Claims, Head of Property Claims, FNOL & Claims Contact Centre Manager
        - Head of Counter Fraud, Head of Claims Supply Chain
        - Claims Systems Product Owner, Digital Claims Product Manager, Head of Claims Data & MI
        - In attendance: Finance Business Partner, Claims; Claims Conduct & Compliance Manager;
          HR Business Partner, Claims

        Quorum: the Chair and four members. Meets monthly, and at each horizon gate.

        ## Decision rights

        | Decision | Decided by | Before deciding |
        |---|---|---|
        | Horizon gates (A, B and close-out) | Claims Transformation Board; the Chair decides if members differ | Finance and Conduct & Compliance papers |
        | Project Tideway go/no-go | Claims Transformation Board | Conduct Risk Committee view recorded |
        | Order in which products and regions move | Claims Transformation Board | Heads of Motor and Property Claims |
        | Spend within the approved envelope | Chief Claims Officer | Finance Business Partner, Claims |
        | Spend above the envelope; any contract above £2m | Executive Committee, then the Board | Group Procurement |
        | A new automated claims decision rule | Conduct Risk Committee, before go-live | Claims Conduct & Compliance Manager |
        | Changes to handler roles, targets or location | Executive Committee | Staff Forum consultation |

        ## Conduct Risk Committee

        The Conduct Risk Committee meets quarterly, in March, June, September and December; a
        decision rule that misses a meeting waits for the next one.

        ## Reporting

        The Board reports to the Executive Committee monthly and, through the Chief Claims
        Officer, to the Board Risk Committee every quarter.
        """
    ),
    "systems/claims-systems-inventory.md": doc(
        """
        # Claims systems inventory

        Kept by Claims IT. Last reviewed March 2027.

        | System | What it does | Owner | Notes |
        |---|---|---|---|
        | Guidewire ClaimCenter 8 | Claims system of record for motor and home: claim file, reserves, payments requests, diary | Claims Systems Product Owner | Guidewire's extended support for version 8 ends in March 2028. |
        | Polaris | In-house policy administration for motor and home (mainframe) | Group IT, Policy Systems | Publishes cover and excess to other systems in an overnight batch at 02:00; a policy changed during the day shows its old cover until the next morning. |
        | Online claim form (web and app) | First notification by customers, with photo upload | Digital Claims Product Manager | Submissions land in a holding queue and are re-keyed into ClaimCenter by the FNOL team each morning. |
        | FRISS | Fraud scoring at first notification | Head of Counter Fraud | Scores motor claims with models trained on Harbourline motor data; home claims are scored by rules written for motor. |
        | RepairLink | Supplier portal: instruction, estimates, images and invoices | Head of Claims Supply Chain | Connects our 280 approved motor repairers. |
        | Payments hub | Claim payments to customers and suppliers | Finance Operations | Claim payments are released by BACS in two runs a week, on Tuesdays and Fridays; there is no Faster Payments route for claims. |
        | Lighthouse | Claims data warehouse (Snowflake), loaded nightly from ClaimCenter, Polaris and the contact centre | Head of Claims Data & MI | Feeds the Tableau claims dashboards and the monthly claims pack. |
        | Avaya and Verint | Claims telephony, call recording and workforce management | FNOL & Claims Contact Centre Manager | Recordings kept for two years. |
        | IFB web portal | CUE and Insurance Fraud Register look-ups | Head of Counter Fraud | |

        ## How home claims work today

        Correspondence on home claims with customers and loss adjusters sits in the shared
        mailbox claims.property@harbourline.co.uk; handlers copy the relevant emails into the
        ClaimCenter file when they close it.

        Home repair contractors receive their instructions by email and send their invoices as
        PDFs, which the property team keys into ClaimCenter for payment.
        """
    ),
    "performance/claims-measures-handbook.md": doc(
        """
        # Claims measures handbook

        Definitions used in the monthly claims pack. Baselines are calendar 2026 unless shown.

        | Measure | Definition | Owner | 2026 baseline |
        |---|---|---|---|
        | Claims notified online | Motor and home claims whose first notification came through the web form or the app, as a share of all motor and home claims notified | FNOL & Claims Contact Centre Manager | 14% |
        | Straight-through settlement | Simple claims settled with no handler action from notification to payment, as a share of simple claims | Head of Claims Data & MI | 0% |
        | Days to settle a simple home claim | Mean calendar days from notification to final payment for simple home claims | Head of Property Claims | 19 |
        | Motor key-to-key cycle time | Mean days from vehicle drop-off at an approved repairer to its return to the customer | Head of Claims Supply Chain | 14.2 |
        | Fraud referral hit rate | Referrals to the Counter Fraud Unit confirmed as fraud or exaggeration, as a share of referrals closed | Head of Counter Fraud | 38% |
        | Claims leakage | Overpayment found by file review, as a share of indemnity spend on the files reviewed | Claims Technical & Quality Manager | 6.5% |
        | Claims NPS | Net promoter score of customers whose claim closed in the month | Head of Claims Data & MI | +8 |

        A simple claim is a motor glass claim, a home escape-of-water claim under £2,500 or a
        home accidental damage claim under £1,000, with cover confirmed and no liability dispute.

        ## Notes on measurement

        - Leakage comes from the Claims Technical file review of 600 closed claims each October.
        - The survey agency interviews 400 customers with closed claims each month across the
          UK; about 55 of them are in the North West, which gives a regional monthly score a
          margin of about 13 points.
        - The current Head of Claims Data & MI leaves in August 2027; her successor starts in
          November 2027, and the Group MI team covers the role in between.
        """
    ),
    "operations/supply-chain-and-handling-notes.md": doc(
        """
        # Claims supply chain and handling: notes for the programme

        Prepared by the Head of Claims Supply Chain and the Head of Property Claims, April 2027.

        ## Home repairs

        Home repairs are placed with 34 contractors, each on its own terms. The largest, Kestrel
        Property Services, carries 41% of home repair spend; its contract runs to March 2029,
        and ending it earlier carries an exit fee of £1.2m.

        Supplier contracts above £2m go through Group Procurement's tender process, which takes
        about six months from notice to award.

        ## Motor repairs

        The 280 approved motor repairers are instructed through RepairLink. Hire cars come from
        two national providers under a framework that runs to 2031.

        ## Handling capacity

        - 310 claims handlers work across Sheffield (motor) and Leeds (home).
        - 42 of the 310 handlers are accredited for desk-based validation of home claims.
        - Amber-scored home claims go to the Counter Fraud Unit's desk reviewers, a team covered
          two days a week from the Leeds office.
        - At peak (Monday mornings and the days after a storm) the average wait on the claims
          line reaches 9 minutes 40 seconds.
        """
    ),
    "people/staff-forum-and-consultation.md": doc(
        """
        # Staff Forum and consultation

        Harbourline recognises the Staff Forum as the consultative body for all colleagues below
        senior manager grade. Its chair and twelve representatives are elected every two years.

        Any proposal that changes handler roles, targets, team structure or place of work is put
        to the Staff Forum for consultation with 30 days' notice, before the Executive Committee
        takes its decision.

        The HR Business Partner, Claims prepares the consultation paper; the Forum's response is
        attached to the paper that goes to the decision.
        """
    ),
}


def csv_text(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    import csv

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()


KELDERBY_ROSTER = [
    (
        "Site Director",
        "Site Leadership Team",
        "core",
        "Executive sponsor of Right First Time 2030. Accountable for safety, quality, supply and cost at Hartside; chairs the RFT 2030 Steering Group and the Site Leadership Team; holds the site capital budget.",
    ),
    (
        "RFT 2030 Programme Manager",
        "Site Excellence Office",
        "core",
        "Programme lead. Runs the plan, step gates, RAID log and benefits tracker; secretary to the Steering Group; owns the Line 4 and G2 pilot plan with the Packaging Operations Manager.",
    ),
    (
        "Head of Quality",
        "Site Quality",
        "core",
        "Head of the site quality unit. Owns the pharmaceutical quality system at Hartside; chairs the Site Quality Council; approves GMP change controls, review-by-exception rules and inspection readiness; signs the quality assessment at each gate.",
    ),
    (
        "Lead Qualified Person",
        "Batch Release",
        "core",
        "Leads the four Qualified Persons, who certify batches against the marketing authorisations. Owns release lead time from end of manufacture to QP certification and runs the release desk.",
    ),
    (
        "QA Operations Manager",
        "Quality Assurance",
        "core",
        "Runs QA on the floor and batch record review. Owns batch record right first time, review standards and the QA reviewers.",
    ),
    (
        "Deviation & CAPA Lead",
        "QA Compliance",
        "core",
        "Owns the deviation and CAPA process in TrackWise: triage, investigations, root-cause method, CAPA effectiveness checks and the overdue CAPA burn-down; reports deviation and CAPA measures to the Site Quality Council.",
    ),
    (
        "Head of Production",
        "Production",
        "core",
        "Runs dispensary, granulation (suites G1 to G3), compression and coating on four shifts. Owns the manufacturing steps of master batch records, equipment logbooks and production deviations.",
    ),
    (
        "Packaging Operations Manager",
        "Packaging",
        "core",
        "Runs packaging Lines 1 to 9 on three shifts. Owns packaging batch records, line clearance and packaging deviations; owns the Line 4 pilot on the floor.",
    ),
    (
        "MES & EBR Product Owner",
        "Manufacturing Systems",
        "core",
        "Owns PAS-X, electronic batch record design (recipes, exception rules, interfaces to SAP and LabWare), shop-floor tablets and manufacturing data in the Meridian data warehouse.",
    ),
    (
        "Serialisation Lead",
        "Packaging Technology",
        "core",
        "Owns serialisation and aggregation on Lines 1 to 9: line equipment, the level 3 site server, serialisation master data, market rules (EU FMD, US DSCSA, Gulf markets) and the TraceLink connection.",
    ),
    (
        "Supply Planning Manager",
        "Supply Chain",
        "core",
        "Owns the master production schedule, release planning with QA, on time in full to market and stock awaiting release.",
    ),
    (
        "Computer System Validation Lead",
        "Quality Systems",
        "extended",
        "Validates GxP computerised systems under SOP-QA-112 (risk assessment, IQ/OQ/PQ, data integrity assessment); approves validation plans and reports for EBR, TrackWise changes and serialisation.",
    ),
    (
        "Engineering Manager",
        "Engineering & Maintenance",
        "extended",
        "Runs maintenance, shutdown planning and engineering projects. Owns line modifications, the August and December shutdown plans and, with Manufacturing Systems, the site network.",
    ),
    (
        "Learning & Competency Manager",
        "Hartside Skills Centre",
        "extended",
        "Runs the Hartside Skills Centre: GMP induction, operator qualification, SOP training in ComplianceWire, practical assessments and super-user programmes.",
    ),
    (
        "Site Finance Controller",
        "Finance",
        "extended",
        "Site budget, capital requests to the Group Capital Committee, the programme business case and benefits tracking.",
    ),
    (
        "GMB Senior Steward",
        "Site Joint Council",
        "extended",
        "Senior steward for production and packaging operators; staff side of the Site Joint Council, consulted on changes to roles, shifts, pay and how work is recorded.",
    ),
]

KELDERBY_ORG: dict[str, str] = {
    "people/rft-2030-roster.csv": csv_text(
        ("Role", "Team", "Tier", "Responsibilities"), KELDERBY_ROSTER
    ),
    "people/hartside-skills-centre.md": doc(
        """
        # Hartside Skills Centre

        The Hartside Skills Centre is the site's training function, led by the Learning &
        Competency Manager with six trainers and a GMP training coordinator. It occupies the
        ground floor of Building 12.

        - GMP induction for every new starter and contractor.
        - Operator qualification: each operator is qualified per room and per piece of
          equipment, with a practical assessment signed by a trainer and a supervisor.
        - SOP training: read-and-understand records held in ComplianceWire, the site learning
          management system; overdue training is reported weekly to area managers.
        - Super-user programmes for new systems, run with the system's product owner.

        New or changed procedures are trained before the change control closes.
        """
    ),
    "governance/rft-2030-steering-group-terms-of-reference.md": doc(
        """
        # RFT 2030 Steering Group: terms of reference

        Issued by the Site Director, 2 March 2027.

        ## Membership

        Chair: Site Director (executive sponsor). Members: Head of Quality, Lead Qualified
        Person, Head of Production, Packaging Operations Manager, Supply Planning Manager, MES &
        EBR Product Owner, Serialisation Lead, Site Finance Controller. Secretary: RFT 2030
        Programme Manager. The Steering Group meets monthly, on the first Tuesday.

        ## Decision rights

        | Decision | Who decides | Conditions |
        |---|---|---|
        | Step gates (readiness, Step 3, Step 4) | Steering Group; the Site Director decides if members differ | Quality assessment signed by the Head of Quality |
        | Pilot go/no-go (Line 4 and G2) | Steering Group | Quality assessment signed by the Head of Quality |
        | Order in which lines and suites go live | Steering Group | Supply Planning Manager's view on supply cover |
        | Spend within the approved capital | Site Director | Site Finance Controller |
        | Capital above £2m | Group Capital Committee | Site Director's submission |
        | Review-by-exception rules and GMP change controls | Site Quality Council (chair: Head of Quality) | Computer System Validation Lead's assessment |
        | Changes to operator roles, shifts or how work is recorded | Site Director | Site Joint Council consultation |

        The quality unit's decisions on batch disposition and GMP compliance are the Head of
        Quality's and the Qualified Persons', and the Steering Group does not overrule them.

        ## Site Quality Council

        Chaired by the Head of Quality; meets on the second Thursday of each month. Members:
        Lead Qualified Person, QA Operations Manager, Deviation & CAPA Lead, Computer System
        Validation Lead, Head of Production, Packaging Operations Manager.
        """
    ),
    "systems/hartside-systems-register.md": doc(
        """
        # Hartside systems register (GxP and business systems)

        Kept by Manufacturing Systems; validated status from the Quality Systems inventory.

        | System | Use at Hartside | Owner | Notes |
        |---|---|---|---|
        | SAP S/4HANA | ERP: materials, process orders, batch management, shipping | Group IT (site key user: Supply Planning Manager) | Batch status changes to unrestricted on QP certification. |
        | Körber PAS-X 3.2 | MES for weighing and dispensing | MES & EBR Product Owner | Installed in 2022; our recipe licence covers the dispensary and granulation suite G2. |
        | TrackWise 7 | Deviations, CAPA, change control, complaints | Deviation & CAPA Lead (global system) | The site's instance is changed by Global Quality Systems in Basel in two release windows a year, April and October. |
        | LabWare LIMS 7 | QC sample management and results | QC Manager | QC results reach the batch record as a printed certificate of analysis; the reviewing analyst transcribes each result onto the batch record. |
        | Veeva Vault QualityDocs | Controlled documents and the scanned batch record archive | QA Operations Manager | |
        | ComplianceWire | Learning management: SOP training records | Learning & Competency Manager | |
        | Level 3 serialisation server | Serial number management for Lines 1 to 3; EU hub reporting | Serialisation Lead | |
        | TraceLink | Serialisation partner network (EU FMD reporting, US DSCSA exchange) | Serialisation Lead | Contracted to June 2029; ending it earlier costs 40% of the remaining fees. |
        | OSIsoft PI | Process historian for granulation, compression and coating | Engineering Manager | |
        | Meridian | Site data warehouse (Azure), loaded nightly from SAP, TrackWise, LabWare and PI | MES & EBR Product Owner | Feeds the Power BI site performance dashboards. |

        ## Packaging line equipment

        - Lines 1 to 3 serialise to pack level and aggregate to case and pallet.
        - Lines 4 and 5 print and verify a 2D code on each pack.
        - Lines 6 and 7, Uhlmann blister packers from 2009, run on controllers with Windows XP
          Embedded and are kept off the site network.
        - Lines 8 and 9 print lot and expiry on each pack.
        """
    ),
    "quality/batch-record-and-deviation-practice.md": doc(
        """
        # Batch record, deviation and release practice at Hartside

        Written by QA Operations for the RFT 2030 team, February 2027.

        Batch records are printed from the approved master, signed in ink on the floor and
        scanned to Veeva each Friday. Equipment use and cleaning logbooks hang at each room door
        and are reconciled with the batch record during review.

        Deviations are raised in TrackWise within one working day. CAPA effectiveness checks are
        tracked in a spreadsheet kept by QA Compliance, outside TrackWise.

        Four Qualified Persons certify batches; one of them works three days a week. Saturday
        certification is covered by a contract QP on call.

        A new GxP computerised system, or a major change to one, is validated under
        SOP-QA-112. Quality Systems estimates 16 to 20 weeks for an electronic batch record
        release, from the validation plan to the signed validation report.
        """
    ),
    "operations/engineering-and-site-notes.md": doc(
        """
        # Engineering and site notes for RFT 2030

        From the Engineering Manager, March 2027.

        ## Shutdowns

        Line modifications are made during the two annual shutdowns, ten days each in August and
        December. The 2027 December shutdown runs from 17 to 27 December.

        ## Network

        The 2024 wireless survey of the packaging hall found coverage at the line ends and in the
        QA office.

        ## Consultation

        Changes to operator roles, shift patterns or how work is recorded go to the Site Joint
        Council with 45 days' notice, under the 2025 recognition agreement with GMB.
        """
    ),
    "performance/rft-2030-measures.md": doc(
        """
        # RFT 2030 measures: definitions, owners and baselines

        FY27 is April 2026 to March 2027.

        | Measure | Definition | Owner | FY27 baseline |
        |---|---|---|---|
        | Batch records right first time | Batch records reviewed by QA with no correction required, as a share of batch records reviewed | QA Operations Manager | 71% |
        | Release lead time | Median calendar days from end of manufacture (last packaging step) to QP certification | Lead Qualified Person | 18 |
        | Deviations closed within 30 days | Deviations closed within 30 calendar days of being raised, as a share of deviations closed | Deviation & CAPA Lead | 62% |
        | Overdue CAPAs | Open CAPAs past their approved due date, at month end | Deviation & CAPA Lead | 86 |
        | Lines serialised with aggregation | Packaging lines that serialise to pack level and aggregate to case and pallet | Serialisation Lead | 3 of 9 |
        | Batches on EBR | Batches whose manufacturing and packaging record is electronic from start to end | MES & EBR Product Owner | 0% |
        | On time in full to market | Customer order lines shipped complete on the confirmed date | Supply Planning Manager | 88% |

        On time in full is calculated by Global Supply from SAP shipment data and published
        monthly, six weeks after the month closes.
        """
    ),
}


RAVENSHOLT_ORG: dict[str, str] = {
    "people/open-ravensholt-team.md": doc(
        """
        # Open Ravensholt: who is involved

        Core: leads a strand of the plan or sits on the Steering Group. Extended: contributes,
        advises or is consulted.

        | Role | Team | Tier | Responsibilities |
        |---|---|---|---|
        | Director and Chief Executive | Directorate | core | Executive sponsor of Open Ravensholt; chairs the Open Ravensholt Steering Group; accountable to the Board of Trustees for the Trust's audiences, income and collections care. |
        | Open Ravensholt Programme Manager | Director's Office | core | Programme lead: runs the plan, the chapter gates, the risk log and reporting to the Steering Group and trustees' committees; owns the Mill Museum pilot plan with the Mill Museum Manager. |
        | Head of Visitor Experience | Visitor Experience | core | Front of house at all five venues: admissions, welcome desks, ticketing and box office, visitor satisfaction, retail and cafe partners. |
        | Head of Development | Development | core | Fundraising, membership, Gift Aid, trusts and foundations, the National Lottery Heritage Fund application and donor care. |
        | Membership & Supporter Care Manager | Development | core | Runs membership sales, renewals and benefits, supporter records and Gift Aid declarations. |
        | Head of Learning | Learning & Engagement | core | Schools programme, curriculum sessions, teacher relationships, the schools coach fund, families and community learning across the venues. |
        | Schools Programme Officer, Mill Museum | Learning & Engagement | core | Schools bookings and sessions at the Mill Museum; teacher contacts in the east of the city. |
        | Head of Collections | Collections | core | Collections care, documentation and access; the collections management system; collections photography and digitisation priorities. |
        | Digital Collections Manager | Collections | core | Collections Online, image rights and licensing, digitisation workflow and open licensing of images. |
        | Digital & Data Manager | Digital | core | Websites, ticketing and CRM configuration, visitor data and reporting, data protection impact assessments with the council's data protection officer, IT suppliers. |
        | Marketing & Audiences Manager | Marketing | core | Audience research, the visitor survey, visit figures and targets, marketing and press. |
        | Mill Museum Manager | Mill Museum | core | Runs the Mill Museum: staff, building, programme and visitor experience; pilot venue lead. |
        | People & Culture Manager | People | extended | Recruitment, staff consultation, Ravensholt Skills (staff training and development) and volunteer management. |
        | Finance Manager | Finance | extended | Budgets, grant claims and reporting to funders, reserves, capital spend and the business case. |
        | UNISON Branch Representative | Staff Council | extended | Staff side of the Staff Council, the Trust's consultative body with UNISON; consulted on changes to roles, rotas and duties. |
        | Chair, Community Advisory Panel | Community Advisory Panel | extended | Chairs the panel of twelve residents from across the city that advises the Trust on programmes and access; consulted before each chapter of the plan. |
        """
    ),
    "people/ravensholt-skills.md": doc(
        """
        # Ravensholt Skills

        Ravensholt Skills is the Trust's staff training and development programme, run by the
        People & Culture Manager. It covers induction for staff and volunteers, the visitor
        welcome standard, safeguarding for everyone who works with schools, collections handling,
        and training in any new system before it goes live at a venue. Front-of-house teams have
        six training days a year in their rotas.
        """
    ),
    "governance/open-ravensholt-steering-group-terms-of-reference.md": doc(
        """
        # Open Ravensholt Steering Group: terms of reference

        Agreed by the Board of Trustees' Audience & Engagement Committee, November 2026.

        The Steering Group is chaired by the Director and Chief Executive, who is the plan's
        executive sponsor. Members: Head of Visitor Experience, Head of Development, Head of
        Learning, Head of Collections, Digital & Data Manager, Marketing & Audiences Manager,
        Mill Museum Manager, Finance Manager. The Open Ravensholt Programme Manager is secretary.
        It meets monthly.

        Decisions:

        - Chapter gates (ready for the Mill; close-out): the Steering Group, on the Programme
          Manager's recommendation.
        - Go/no-go after the Mill pilot: the Steering Group, after hearing the Community
          Advisory Panel.
        - Spending within the approved budget: the Director and Chief Executive.
        - Spending above £250,000, and any use of designated reserves: the Finance & Resources
          Committee of trustees.
        - Changes to front-of-house roles, rotas or duties: the Director and Chief Executive,
          after consultation with the Staff Council.

        The Audience & Engagement Committee reviews progress every quarter.

        Under the funding agreement with Ravensholt City Council, general admission at the Art
        Gallery, City Museum and Mill Museum stays free until the agreement ends in March 2031.
        """
    ),
    "systems/digital-and-systems-inventory.md": doc(
        """
        # Digital and systems inventory

        Kept by the Digital & Data Manager, December 2026.

        - Ticketsolve: ticketing for Tollgate House, the Castle and exhibitions at the Art
          Gallery. The Ticketsolve contract runs to October 2028; ending it earlier costs the
          remaining licence fees.
        - Door counts: at the Art Gallery, City Museum and Mill Museum, visits are counted by
          infrared beams at the doors.
        - Membership: members' records are held in an Access database built for the Development
          Office in 2011; renewal reminders go out as printed letters.
        - Axiell Collections: the collections management system, with 410,000 object records.
        - Collections Online: published from Axiell Collections to a section of the council's
          website.
        - Website: ravensholtmuseums.org.uk runs on the city council's Drupal platform; changes
          go through the council's web change request, which takes about six weeks.
        - CityLens: visit figures, ticket sales and survey results are loaded each month into
          CityLens, the city council's data warehouse, and reported to trustees in Power BI.
        - Retail and cafe tills: Lightspeed at the Art Gallery and the Castle.
        - Newsletter: Dotdigital, 21,000 subscribers.
        - Network: the Mill Museum's network reaches the entrance hall and the cafe; the
          galleries upstairs are in thick-walled 1840s mill buildings.
        """
    ),
    "audiences/visitor-research-and-supporter-notes.md": doc(
        """
        # Visitor research and supporter notes

        From the Marketing & Audiences Manager and the Head of Development, January 2027.

        ## Visitor survey

        The visitor survey runs twice a year, in February and July: 600 face-to-face interviews
        across the five venues. The share of visitors from the city's most deprived wards is
        taken from the home postcodes given in those interviews.

        Satisfaction is asked in the same survey; in 2025-26, 94% rated their visit good or very
        good.

        ## Supporters

        Gift Aid declarations are collected on paper forms at the welcome desks, filed in the
        Development Office and claimed twice a year.

        ## Data protection

        The city council's data protection officer acts for the Trust under the service
        agreement. Any new system that holds visitors' personal data needs a data protection
        impact assessment signed by the DPO, who works to 40 working days from receipt.
        """
    ),
    "learning/schools-programme-notes.md": doc(
        """
        # Schools programme: how it runs today

        Head of Learning, January 2027.

        Schools bookings arrive by phone and email to the Learning team, who keep a diary for
        each venue in Outlook.

        Schools pay for their own coaches; a coach from the east of the city costs about £280
        per trip.

        The Mill Museum's schools officer post is covered two days a week from the Art Gallery
        while the post holder is seconded to the city's Year of Culture team, until March 2028.

        Sessions at the Art Gallery, City Museum and Mill Museum are free to schools; Tollgate
        House charges £3 per pupil.
        """
    ),
    "collections/collections-and-rights-notes.md": doc(
        """
        # Collections, photography and rights

        Head of Collections and Digital Collections Manager, December 2026.

        Axiell Collections holds 410,000 object records; 61,000 have a photograph and 36,000 are
        published on Collections Online.

        The Trust employs one collections photographer, three days a week, who photographs about
        4,000 objects a year.

        Works by about 1,900 twentieth-century artists in the collection are in copyright;
        publishing their images online needs a DACS licence or the estate's permission.

        The 12,000 most requested objects are listed from Collections Online searches and
        enquiries since 2022.
        """
    ),
    "people/staff-council.md": doc(
        """
        # Staff Council

        The Staff Council is the Trust's consultative body with UNISON, which the Trust
        recognises for all staff. It meets every two months.

        Changes to front-of-house roles, rotas or duties go to the Staff Council for 30 days'
        consultation before a decision is taken.
        """
    ),
}


ORGS: dict[str, dict[str, str]] = {
    "harbourline-insurance": HARBOURLINE_ORG,
    "kelderby-pharma": KELDERBY_ORG,
    "ravensholt-museums": RAVENSHOLT_ORG,
}


def write_org(case_dir: Path, files: dict[str, str]) -> None:
    for rel, text in sorted(files.items()):
        path = case_dir / "org" / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text.encode("utf-8"))


def main(root: Path = HERE) -> None:
    """Write the three decks and org folders under ``root`` (the dev5 folder by default)."""
    save(
        build_harbourline(),
        root / "harbourline-insurance" / "claims-made-simple-board-paper.pptx",
        "Claims Transformation Office",
    )
    save_pdf(
        build_kelderby(),
        root / "kelderby-pharma" / "right-first-time-2030.pdf",
        "Right First Time 2030",
    )
    save(
        build_ravensholt(),
        root / "ravensholt-museums" / "open-ravensholt-trustees.pptx",
        "Ravensholt Museums Trust",
    )
    for name, files in ORGS.items():
        write_org(root / name, files)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
