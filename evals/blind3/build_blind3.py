"""Build the third blind eval set's two decks, deterministically.

Run from the repository root:  .venv/bin/python evals/blind3/build_blind3.py

Writes one PPTX per case under ``evals/blind3/<case>/`` with python-pptx. The org folders
and both ``gold.json`` files are written by hand. Running the script again rewrites both
decks byte for byte: every ZIP entry gets the same timestamp and the package's created and
modified dates are pinned.

The layouts are mixed on purpose, as they are in real board packs: some slides use the
layout's title placeholder, others are blank slides whose title is a free text box with a
small capitalised eyebrow above it and a page number in the corner (the telecom deck also
has a footer line); KPI tiles are separate text boxes (a big figure above its caption);
each deck has exactly one native table (its scorecard), one two-column slide, a roadmap
(chevron shapes with a text box under each in the telecom deck, plain columns in the
schools deck) and a risk slide whose risks and mitigations are two text boxes per row.

This set is blind: read evals/blind3/README.md first. Nothing is ever tuned on it.
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
ZIP_TIME = (2027, 1, 4, 8, 30, 0)
CORE_DATE = "2027-01-04T08:30:00Z"
_CORE_DATES = re.compile(
    rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:(?:created|modified)>)"
)

LAYOUT_TITLE, LAYOUT_TITLE_ONLY, LAYOUT_BLANK = 0, 5, 6


def pin_package(data: bytes) -> bytes:
    """Rewrite the OOXML package so that the same input gives the same bytes."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            body = src.read(item.filename)
            if item.filename == "docProps/core.xml":
                body = _CORE_DATES.sub(rb"\g<1>" + CORE_DATE.encode() + rb"\g<2>", body)
            entry = zipfile.ZipInfo(item.filename, date_time=ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            dst.writestr(entry, body)
    return out.getvalue()


# ----------------------------------------------------------------------------- slide kit


class Deck:
    """A 16:9 deck with an optional footer on its free-text-box slides."""

    def __init__(self, footer: str | None = None) -> None:
        self.prs: PresentationType = Presentation()
        self.prs.slide_width = Inches(13.333)
        self.prs.slide_height = Inches(7.5)
        self.footer = footer

    # -- primitives

    @staticmethod
    def text(
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

    # -- slide types

    def cover(self, title: str, subtitle: Sequence[str]) -> Slide:
        slide = self.prs.slides.add_slide(self.prs.slide_layouts[LAYOUT_TITLE])
        assert slide.shapes.title is not None
        slide.shapes.title.text = title
        frame = slide.placeholders[1].text_frame
        for i, line in enumerate(subtitle):
            para = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
            para.text = line
        return slide

    def titled(self, title: str) -> Slide:
        """A slide whose title sits in the layout's title placeholder."""
        slide = self.prs.slides.add_slide(self.prs.slide_layouts[LAYOUT_TITLE_ONLY])
        assert slide.shapes.title is not None
        slide.shapes.title.text = title
        return slide

    def framed(self, title: str, eyebrow: str) -> Slide:
        """A blank slide: eyebrow and title as free text boxes, page number, footer."""
        slide = self.prs.slides.add_slide(self.prs.slide_layouts[LAYOUT_BLANK])
        number = len(self.prs.slides)
        self.text(slide, 0.55, 0.25, 7.0, 0.4, [eyebrow.upper()], size=11)
        self.text(slide, 0.55, 0.62, 12.2, 0.9, [title], size=28, bold=True)
        if self.footer:
            self.text(slide, 0.55, 7.0, 9.0, 0.35, [self.footer], size=9)
        self.text(slide, 12.25, 7.0, 0.7, 0.35, [str(number)], size=10)
        return slide

    # -- content blocks

    def bullets(self, slide: Slide, lines: Sequence[str], top: float = 1.65) -> None:
        self.text(slide, 0.65, top, 12.0, 5.3, lines, size=16)

    def tiles(self, slide: Slide, items: Sequence[tuple[str, str]], top: float = 1.6) -> None:
        span = 12.0 / len(items)
        for i, (figure, caption) in enumerate(items):
            left = 0.65 + i * span
            frame = slide.shapes.add_shape(
                MSO_SHAPE.RECTANGLE, Inches(left), Inches(top), Inches(span - 0.25), Inches(1.7)
            )
            frame.text_frame.text = ""
            self.text(slide, left + 0.12, top + 0.1, span - 0.5, 0.75, [figure], size=34, bold=True)
            self.text(slide, left + 0.12, top + 0.9, span - 0.5, 0.75, [caption], size=12)

    def table(self, slide: Slide, rows: Sequence[Sequence[str]], top: float = 1.7) -> None:
        shape = slide.shapes.add_table(
            len(rows),
            len(rows[0]),
            Inches(0.65),
            Inches(top),
            Inches(12.0),
            Emu(Inches(0.55) * len(rows)),
        )
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                cell = shape.table.cell(r, c)
                cell.text = value
                for para in cell.text_frame.paragraphs:
                    for run in para.runs:
                        run.font.size = Pt(13)

    def columns(
        self, slide: Slide, items: Sequence[tuple[str, Sequence[str]]], top: float = 1.75
    ) -> None:
        span = 12.0 / len(items)
        for i, (head, lines) in enumerate(items):
            left = 0.65 + i * span
            self.text(slide, left, top, span - 0.3, 0.8, [head], size=16, bold=True)
            self.text(slide, left, top + 0.95, span - 0.3, 4.4, lines, size=13)

    def chevrons(
        self, slide: Slide, items: Sequence[tuple[str, Sequence[str]]], top: float = 1.8
    ) -> None:
        """Roadmap: one chevron shape per stage with its name inside, a text box below."""
        span = 12.0 / len(items)
        for i, (stage, lines) in enumerate(items):
            left = 0.65 + i * span
            arrow = slide.shapes.add_shape(
                MSO_SHAPE.CHEVRON, Inches(left), Inches(top), Inches(span - 0.05), Inches(0.9)
            )
            arrow.text_frame.text = stage
            for para in arrow.text_frame.paragraphs:
                for run in para.runs:
                    run.font.size = Pt(13)
                    run.font.bold = True
            self.text(slide, left + 0.15, top + 1.1, span - 0.4, 4.2, lines, size=12)

    def pairs(self, slide: Slide, heads: tuple[str, str], rows: Sequence[tuple[str, str]]) -> None:
        self.text(slide, 0.65, 1.55, 5.7, 0.4, [heads[0]], size=14, bold=True)
        self.text(slide, 6.75, 1.55, 6.0, 0.4, [heads[1]], size=14, bold=True)
        for i, (left_text, right_text) in enumerate(rows):
            top = 2.05 + i * 0.92
            self.text(slide, 0.65, top, 5.7, 0.85, [left_text], size=13)
            self.text(slide, 6.75, top, 6.0, 0.85, [right_text], size=13)

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        buffer = io.BytesIO()
        self.prs.core_properties.author = "Strategy & Planning"
        self.prs.core_properties.last_modified_by = "Strategy & Planning"
        self.prs.core_properties.revision = 3
        self.prs.save(buffer)
        path.write_bytes(pin_package(buffer.getvalue()))


# ----------------------------------------------------------------------------- Ashgrove Networks


def build_ashgrove() -> Deck:
    d = Deck(footer="Ashgrove Networks | Lighting the Vale | Board strategy session, March 2027")

    # 1
    d.cover(
        "Lighting the Vale",
        [
            "Ashgrove Networks: full-fibre build and fault-repair strategy, May 2027 to December 2029",
            "Board strategy session, 18 March 2027",
        ],
    )

    # 2
    s = d.framed("The plan on a page", "Summary")
    d.tiles(
        s,
        [
            ("85%", "of the Vale able to order full fibre by December 2029"),
            ("40%", "of premises passed on a live fibre service"),
            ("9 in 10", "faults fixed within the service level"),
            ("£430", "to pass each premises, down from £640"),
        ],
    )
    d.bullets(
        s,
        [
            "Copper costs us more every year to keep alive, while our partners sell fibre that other networks have built.",
            "We will build 260,000 more premises, connect them right the first time and fix faults for good.",
            "Four stages to December 2029, proved first in the Kelderby exchange area.",
            "We ask the board to approve the strategy and release £58m for Stages 1 and 2.",
        ],
        top=3.6,
    )

    # 3
    s = d.titled("Where the network stands at the end of 2026")
    d.bullets(
        s,
        [
            "We serve 412,000 homes and businesses across the Vale and the coast from 38 exchanges.",
            "92,000 premises (22%) can order full fibre today; the rest depend on copper, much of it laid in the 1970s and 1980s.",
            "18% of the premises we have passed take a fibre service.",
            "Building cost us £640 per premises passed in 2026.",
            "64% of faults were repaired within the service level, and 14% of repaired lines faulted again within 28 days.",
            "A fibre install takes 1.4 visits on average; 29% need a second appointment.",
            "Copper fault volumes rose 9% in 2026, driven by storm damage to overhead lines.",
        ],
    )

    # 4 (two columns)
    s = d.framed("Why more of the same will not get us there", "Diagnosis")
    d.columns(
        s,
        [
            (
                "What we see",
                [
                    "Roads opened twice on the same street because design ignored our own ducts",
                    "Installs abandoned on the day: no drop cable, no access to the block, no free port",
                    "Engineers switching between copper faults and fibre installs in one shift",
                    "Partners waiting two days for an order to be confirmed",
                ],
            ),
            (
                "Why it happens",
                [
                    "Design and build let as separate contracts and paid by the metre",
                    "Nothing checks that an address is ready before the appointment is booked",
                    "Fibre installs booked in a diary outside the scheduler",
                    "Most wholesale orders re-keyed by hand from a web form",
                ],
            ),
        ],
    )

    # 5
    s = d.framed("Where we are heading", "Ambition")
    d.text(
        s,
        0.8,
        1.8,
        11.6,
        1.5,
        [
            "A full-fibre network every home and business in the Vale can count on: built once, connected right, fixed for good."
        ],
        size=26,
    )
    d.text(
        s,
        0.8,
        3.7,
        11.6,
        0.8,
        ["By December 2029 we will have switched off copper in our first ten exchange areas."],
        size=20,
        bold=True,
    )
    d.text(
        s,
        0.8,
        4.9,
        11.6,
        1.0,
        [
            "How we work: design before we dig, check before we book, find the cause before we close."
        ],
        size=16,
    )

    # 6
    s = d.titled("Shift one: where we build, and how fast")
    d.bullets(
        s,
        [
            "Build 260,000 more premises, exchange area by exchange area, densest areas first.",
            "One design-and-build contract per area, with two build partners paid per premises passed.",
            "Survey every duct and pole route we own before design, and reuse our own ducts first.",
            "Wayleaves for blocks of flats signed before build starts in an area.",
            "As-built records loaded into the network inventory within 5 working days of a street being finished.",
            "Target for this shift: £430 to pass a premises by March 2029.",
        ],
    )

    # 7
    s = d.framed("Shift two: open the network to every partner", "Wholesale")
    d.bullets(
        s,
        [
            "An order and fault API for wholesale partners, replacing the web form.",
            "Two more retail partners live on our network by June 2028.",
            "One wholesale fibre price list, with a connection voucher for the first 12 months in each area.",
            "A joint launch with partners in each exchange area the week it goes live.",
            "Partner service levels published monthly: order confirmation within 4 hours, repair by the end of the next working day.",
        ],
    )

    # 8
    s = d.titled("Shift three: connect it right the first time")
    d.bullets(
        s,
        [
            "Book fibre installs in Click, the same scheduler as every other field job.",
            "A ready-to-connect check 48 hours before each appointment: drop cable, wayleave and port confirmed.",
            "One-visit installs: engineers carry ONTs and pre-terminated drop cables on the van.",
            "A photo of every finished install, with the ONT light level, attached to the job before it closes.",
        ],
    )

    # 9
    s = d.framed("Shift four: fix it for good", "Field engineering")
    d.bullets(
        s,
        [
            "Line and ONT diagnostics on every engineer's handheld.",
            "A repeat-fault review of every line that faults twice in 28 days.",
            "Retrain 250 copper engineers to splice and test fibre by March 2029.",
            "Replace the copper in the 40 cabinets with the most faults per line, until those areas move to fibre.",
            "Patch-based rosters with an evening and weekend standby rota.",
        ],
    )

    # 10
    s = d.titled("The scorecard the board will hold us to")
    d.table(
        s,
        [
            ["Measure", "Baseline (2026)", "Target", "By when"],
            [
                "Premises able to order full fibre (share of footprint)",
                "22%",
                "85%",
                "December 2029",
            ],
            ["Build cost per premises passed", "£640", "£430", "March 2029"],
            ["Take-up: premises passed with a live fibre service", "18%", "40%", "December 2029"],
            ["Fibre installs completed at the first appointment", "71%", "92%", "March 2029"],
            ["Faults repaired within the service level", "64%", "90%", "December 2028"],
            ["Repeat faults within 28 days of a repair", "14%", "6%", "December 2029"],
            ["Wholesale orders processed without manual re-keying", "12%", "90%", "September 2028"],
        ],
    )

    # 11
    s = d.framed("Four stages to December 2029", "Roadmap")
    d.chevrons(
        s,
        [
            (
                "Stage 1: Ready",
                [
                    "May to August 2027",
                    "Programme board and office running",
                    "Design-and-build contract for Kelderby awarded",
                    "Gate G1: build starts in Kelderby, August 2027",
                ],
            ),
            (
                "Stage 2: Prove in Kelderby",
                [
                    "September 2027 to April 2028",
                    "14,200 premises built and on sale",
                    "New install and repair model in the Kelderby patch",
                    "Gate G2: go/no-go to build at pace, April 2028",
                ],
            ),
            (
                "Stage 3: Build at pace",
                [
                    "May 2028 to June 2029",
                    "About 14,000 premises a month across 22 exchange areas",
                    "Order and fault API live for all partners",
                    "Stop-sell notices to partners for the first ten areas, December 2028",
                    "Gate G3: copper switch-off begins, June 2029",
                ],
            ),
            (
                "Stage 4: Switch over",
                [
                    "July to December 2029",
                    "Customers in the first ten areas moved from copper to fibre",
                    "Build complete at 85% of the footprint",
                ],
            ),
        ],
    )

    # 12
    s = d.titled("Proving it in Kelderby")
    d.bullets(
        s,
        [
            "The Kelderby exchange area: 14,200 premises, 61 blocks of flats and 2,900 copper lines that faulted in 2026.",
            "Why Kelderby: dense enough to test build pace, the worst copper fault rate in the Vale, and our own ducts under most streets.",
            "From September 2027 to April 2028, with the engineers of the Kelderby patch.",
            "Acceptance criteria:",
            "At least 13,500 premises passed at an average of £520 or less.",
            "85% of installs done at the first visit.",
            "80% of faults in the Kelderby area fixed inside the service level.",
            "As-built records in the inventory within 5 working days for 9 streets in 10.",
            "No fall in repair performance in the rest of the patch.",
            "Gate G2: the Fibre Programme Board decides go/no-go to build at pace in April 2028.",
        ],
        top=1.5,
    )

    # 13
    s = d.framed("The first 100 days", "Mobilise")
    d.bullets(
        s,
        [
            "Hold the first Fibre Programme Board and agree the gate criteria (May 2027).",
            "Sign off the 2026 baselines for the seven scorecard measures.",
            "Award the design-and-build contract for the Kelderby exchange area.",
            "Write to the freeholders of all 61 Kelderby blocks to start wayleaves.",
            "Take the new patch rosters and the standby rota to the Field Staff Council.",
            "Start the first fibre splicing cohort of 24 engineers at the Engineering Academy.",
            "Specify the order and fault API with our three wholesale partners.",
            "Move Kelderby fibre install bookings from the booking diary into Click.",
            "Publish the Kelderby build plan, street by street, to residents and partners.",
        ],
    )

    # 14
    s = d.titled("What it costs and what it returns")
    d.bullets(
        s,
        [
            "£186m over 32 months: £148m build, £14m installs and ONTs, £11m systems, £13m people and training.",
            "Funded in two tranches of the shareholder loan: £58m now, the rest from Stage 3.",
            "Wholesale income up £31m a year at 40% take-up.",
            "Copper running costs down £6m a year once the first ten exchange areas are switched off.",
        ],
    )

    # 15
    s = d.framed("What could stop us, and what we will do", "Risks")
    d.pairs(
        s,
        ("Risk", "What we will do"),
        [
            (
                "Build partners cannot staff the volumes in Stage 3",
                "Two partners with a 20% volume swing clause, and a third on standby from the framework",
            ),
            (
                "Freeholders hold up blocks of flats",
                "Wayleave requests go out six months before build in each area; blocks left unsigned move to the back of the plan",
            ),
            (
                "Installs pull engineers away from faults and repair times slip",
                "Install and repair queues kept apart in every patch; repair backlog reviewed every morning",
            ),
            (
                "The coastal permit scheme closes main roads in the summer",
                "Coastal civils scheduled from September to May",
            ),
            (
                "Partners are slow to sell on the new fibre",
                "Connection voucher and a joint launch in each area; take-up tracked area by area",
            ),
        ],
    )

    # 16
    s = d.titled("How we will run it")
    d.bullets(
        s,
        [
            "Executive sponsor: the Chief Operating Officer, who chairs the Fibre Programme Board.",
            "The Fibre Programme Board meets monthly, decides gates G1 to G3 and agrees the build order.",
            "The Full Fibre Programme Director runs a weekly delivery review with the build partners.",
            "The board's Investment Committee receives a quarterly report and releases each funding tranche.",
        ],
    )

    # 17
    s = d.framed("What we ask of the board", "Decisions")
    d.bullets(
        s,
        [
            "Approve Lighting the Vale and the build of 260,000 more premises.",
            "Release £58m for Stages 1 and 2.",
            "Agree that partners are given notice of copper stop-sell area by area, once 75% of premises there can order fibre.",
            "Note the consultation with the Field Staff Council on patch rosters and standby.",
        ],
    )
    return d


# ----------------------------------------------------------------------------- Meridale Learning Trust


def build_meridale() -> Deck:
    d = Deck()

    # 1
    d.cover(
        "Here and Reading",
        [
            "Meridale Learning Trust: attendance and literacy strategy, September 2027 to August 2030",
            "Paper for the Trust Board, 29 June 2027",
        ],
    )

    # 2
    s = d.titled("Summary for trustees")
    d.tiles(
        s,
        [
            ("95%", "attendance across our 14 schools by July 2030"),
            ("1 in 8", "pupils persistently absent, half today's rate"),
            ("80%", "of Year 6 reading at the expected standard"),
            ("£3.1m", "over three academic years"),
        ],
    )
    d.bullets(
        s,
        [
            "Too many of our pupils miss too much school, and too many cannot read well enough to learn once they are there.",
            "We will get every pupil into school every day, teach every child to read in the primary years and keep teaching reading at secondary.",
            "Three academic years, starting at Brackenfield Academy in September 2027.",
            "We ask trustees to adopt the strategy and approve £1.2m for year one.",
        ],
        top=3.6,
    )

    # 3
    s = d.framed("Our pupils today", "Starting point")
    d.bullets(
        s,
        [
            "Meridale Learning Trust runs 14 academies, nine primary and five secondary, with 9,760 pupils and 1,180 staff.",
            "Attendance was 91.2% in 2025-26, against 93.0% nationally.",
            "24.8% of our pupils were persistently absent; in Year 9 the figure was 34%.",
            "74% of Year 1 pupils passed the phonics check, 6 points below the national figure.",
            "68% of Year 6 pupils reached the expected standard in reading.",
            "27% of Year 7 pupils arrive reading two or more years below their age.",
            "Disadvantaged pupils attend 5.4 points less often than their classmates.",
        ],
    )

    # 4 (two columns)
    s = d.framed("What families and staff told us", "Listening")
    d.columns(
        s,
        [
            (
                "Families",
                [
                    "\u201cThe school only rings when there's trouble.\u201d",
                    "\u201cHe stopped going when he fell behind and couldn't catch up.\u201d",
                    "\u201cI didn't know a few days off here and there added up to so much.\u201d",
                ],
            ),
            (
                "Staff",
                [
                    "\u201cWe chase the same forty families every week.\u201d",
                    "\u201cSome of my Year 7s can't read the questions on the paper.\u201d",
                    "\u201cEvery school records absence its own way.\u201d",
                ],
            ),
        ],
    )

    # 5
    s = d.framed("What we want for every child", "Our promise")
    d.text(
        s,
        0.8,
        1.8,
        11.6,
        1.5,
        [
            "Every child in a Meridale school here, safe and reading well enough to learn anything we teach."
        ],
        size=26,
    )
    d.text(
        s,
        0.8,
        3.7,
        11.6,
        0.8,
        ["By July 2030 no Meridale school will have attendance below 94%."],
        size=20,
        bold=True,
    )
    d.text(
        s,
        0.8,
        4.9,
        11.6,
        1.0,
        [
            "Our commitments: notice every absence, teach every child to read, never give up on a reader."
        ],
        size=16,
    )

    # 6
    s = d.titled("Priority one: every day, every pupil")
    d.bullets(
        s,
        [
            "One trust attendance policy, with the same first-day response in all 14 schools.",
            "A phone call home before 10am on the first day of any unexplained absence.",
            "A home visit, always made in pairs, on the third day of unexplained absence.",
            "A weekly attendance meeting in every school, working from one trust dashboard.",
            "An attendance officer in every secondary, and one shared between each pair of primaries.",
            "Support before sanctions: early help for families who need it, and referral to the local authority as a last step.",
        ],
    )

    # 7
    s = d.framed("Reading in the primary years", "Priority two")
    d.bullets(
        s,
        [
            "One validated phonics programme, taught the same way in all nine primaries from September 2027.",
            "Same-day catch-up for any child who falls behind in that day's phonics lesson.",
            "Every child in Years 2 to 6 working below the expected standard heard read one to one three times a week.",
            "A refreshed class library and a daily story time in every primary classroom.",
            "Priority target: 86% of Year 1 pupils passing the phonics check by June 2029.",
        ],
    )

    # 8
    s = d.titled("Priority three: reading to learn at secondary")
    d.bullets(
        s,
        [
            "A standardised reading test for every pupil in Years 7 to 9, each September and June.",
            "A tiered reading programme for pupils two or more years behind, taught by trained literacy tutors.",
            "Reading in every subject: teachers read complex texts aloud with the class and teach the vocabulary.",
            "Every teacher sees each pupil's reading age on the class list.",
        ],
    )

    # 9
    s = d.framed("What it takes: people, time and data", "Enablers")
    d.bullets(
        s,
        [
            "Training through the Meridale Teaching Institute: the phonics programme for all primary staff, and 30 literacy tutors accredited by July 2028.",
            "One attendance dashboard for all 14 schools, refreshed every morning from the schools' MIS.",
            "A working phone number for every family, checked each term.",
            "Protected time: one hour a fortnight of directed time for reading training in every secondary.",
            "One case record for every severely absent pupil, kept in CPOMS.",
        ],
    )

    # 10
    s = d.titled("Measures trustees will see each term")
    d.table(
        s,
        [
            ["Measure", "Baseline 2025-26", "Target", "By"],
            ["Attendance, all pupils (trust average)", "91.2%", "95.0%", "July 2030"],
            [
                "Persistent absence (pupils missing 10% or more of sessions)",
                "24.8%",
                "12.0%",
                "July 2030",
            ],
            [
                "Severe absence (pupils missing half or more of sessions)",
                "2.1%",
                "1.0%",
                "July 2029",
            ],
            [
                "Attendance gap between disadvantaged pupils and their peers (points)",
                "5.4",
                "2.5",
                "July 2030",
            ],
            [
                "Year 1 phonics screening check, pupils meeting the expected standard",
                "74%",
                "86%",
                "June 2029",
            ],
            ["Key Stage 2 reading, pupils at the expected standard", "68%", "80%", "July 2030"],
            [
                "Year 7 to 9 pupils reading two or more years below their age",
                "27% (Year 7 only)",
                "12%",
                "July 2030",
            ],
        ],
    )

    # 11
    s = d.framed("Three academic years, three steps", "Roadmap")
    d.columns(
        s,
        [
            (
                "Year one, 2027-28: foundations and the Brackenfield pilot",
                [
                    "September 2027 to August 2028",
                    "New phonics programme in all nine primaries",
                    "Attendance and reading model proved at Brackenfield Academy",
                    "Go/no-go for the other secondaries, May 2028",
                ],
            ),
            (
                "Year two, 2028-29: every school",
                [
                    "September 2028 to August 2029",
                    "Attendance model in all 14 schools",
                    "Reading programme in every secondary",
                    "Review point, May 2029",
                ],
            ),
            (
                "Year three, 2029-30: make it stick",
                [
                    "September 2029 to August 2030",
                    "Schools run the model without programme staff",
                    "Programme closes and hands over to headteachers, August 2030",
                ],
            ),
        ],
    )

    # 12
    s = d.titled("Pilot: Brackenfield Academy, from September 2027")
    d.bullets(
        s,
        [
            "Brackenfield Academy: 1,080 pupils aged 11 to 16; attendance 89.4% and persistent absence 31% in 2025-26.",
            "Why Brackenfield: the lowest attendance in the trust, the most Year 7 pupils reading below their age, and a headteacher who asked to go first.",
            "The attendance model and the secondary reading programme both run there through the autumn and spring terms.",
            "Acceptance criteria:",
            "Attendance at Brackenfield of at least 92.5% across the autumn and spring terms.",
            "Persistent absence at Brackenfield below 22%.",
            "Every pupil in Years 7 to 9 given a reading test by 31 October 2027.",
            "Three in four pupils in the reading programme gaining at least a year of reading age in six months.",
            "A first-day call before 10am for at least 95% of unexplained absences.",
            "The steering group decides go/no-go in May 2028: take the model to every secondary from September 2028, adapt it, or stop.",
        ],
        top=1.5,
    )

    # 13
    s = d.framed("Our first 100 days", "Getting started")
    d.bullets(
        s,
        [
            "Hold the first Attendance and Literacy Steering Group (September 2027).",
            "Agree one attendance policy and the first-day response with all 14 headteachers.",
            "Recruit an attendance officer for Brackenfield Academy.",
            "Train every primary teacher and teaching assistant in the new phonics programme before October half-term.",
            "Confirm the 2025-26 baselines for the seven measures with the Head of Data & MIS.",
            "Consult the JCNC on the attendance officer and literacy tutor job descriptions.",
            "Complete a data protection impact assessment before sharing attendance data with Meridale Family Action.",
            "Check parents' and carers' phone numbers in every school.",
        ],
    )

    # 14
    s = d.titled("Funding the plan")
    d.bullets(
        s,
        [
            "£3.1m over three years: £1.7m attendance officers and family liaison, £0.8m literacy tutors, £0.35m tests and phonics books, £0.25m training time.",
            "Funded from pupil premium (£1.4m), the trust's central fund (£1.2m) and a Meridale Community Foundation grant (£0.5m).",
            "One point of attendance gives every pupil about two more days of teaching a year.",
        ],
    )

    # 15
    s = d.framed("Risks we are watching", "Risks")
    d.pairs(
        s,
        ("Risk", "Response"),
        [
            (
                "Staff see this as one more initiative",
                "All training fits inside directed time, and the trust stops two existing initiatives to make room",
            ),
            (
                "Attendance officers are hard to recruit and keep",
                "Grow our own: teaching assistants trained as attendance officers through the Teaching Institute",
            ),
            (
                "Families feel first-day calls as pressure",
                "Support first: family liaison before any referral, and every call scripted around the child",
            ),
            (
                "Reading lessons take pupils out of subjects they need",
                "Reading programme taught in tutor time and English lessons, never twice a week in the same subject",
            ),
            (
                "Attendance data from three schools arrive late",
                "Weekly export from their systems until they move to Arbor in April 2028",
            ),
        ],
    )

    # 16
    s = d.titled("Who decides what")
    d.bullets(
        s,
        [
            "Executive sponsor: the Chief Executive Officer.",
            "The Attendance and Literacy Steering Group, chaired by the Director of Education, meets every half-term and decides the pilot go/no-go and each year's rollout.",
            "The Board's Education Standards Committee reviews the seven measures every term.",
            "Headteachers own their school's attendance and reading figures; the programme lead runs a fortnightly delivery meeting.",
        ],
    )

    # 17
    s = d.framed("What we ask trustees to agree", "Decisions")
    d.bullets(
        s,
        [
            "Adopt Here and Reading as the trust's priority for the next three academic years.",
            "Approve £1.2m for year one.",
            "Adopt one attendance policy for all 14 schools from September 2027.",
            "Note the consultation with the JCNC on new roles.",
        ],
    )
    return d


def main() -> None:
    build_ashgrove().save(HERE / "ashgrove-fibre" / "lighting-the-vale-board-strategy.pptx")
    build_meridale().save(HERE / "meridale-schools" / "here-and-reading-trust-board.pptx")


if __name__ == "__main__":
    main()
