"""Build the dev15 case ``marlow-vale-homes``: its deck and its org folder, deterministically.

Run from the repository root:  .venv/bin/python evals/dev15/build_marlow_vale_homes.py [out-folder]

Writes, under ``evals/dev15/marlow-vale-homes/`` (or ``<out-folder>/marlow-vale-homes/``),
every file of the case but ``gold.json``:

- ``solid-ground-corporate-plan-2028-2031.pdf``: a housing association's corporate plan as
  Word exports it to PDF: A4 portrait (595.32 x 841.92 pt), 16 pages, drawn with reportlab's
  platypus in core Helvetica. Numbered sections and subsections, a running header and a
  "Page n of N" footer on every page, one footnote, one page set in two columns (the text
  flows down the left column and on into the right), commitments as numbered paragraphs
  ("3.2.1 We will ..."), the measures as a table with a "Measure owner" column, and the
  roadmap as a table of Year 1 / Year 2 / Year 3 milestone rows; the gates are "Board review
  points" in prose, and the financial year is stated once ("Our year runs from April to
  March").
- ``org/``: a Word roster with a table (``people/roles-and-accountabilities.docx``: Role /
  Directorate / Programme involvement (Core / Supporting / Consult only) / Key
  accountabilities, a short intro paragraph above it), a systems note, measure definitions
  with owners, the Plan Delivery Group's terms of reference, minutes of the Tenants' Panel, an
  email about the trades team and a fact sheet on the pilot estate.

Re-running it rewrites every file byte for byte: reportlab's invariant mode (fixed dates and
document ID) for the PDF, fixed ZIP entry times and document dates in the DOCX, and the text
files as literal strings. It never touches ``gold.json``.

This is a DEVELOPMENT case (split "dev15"). It needs reportlab (``pip install reportlab``).
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from docx import Document
from docx.shared import Pt as DocxPt
from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    FrameBreak,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals.dev13.build_dev13 import normalize_zip, write_text  # noqa: E402

HERE = Path(__file__).resolve().parent
CASE = "marlow-vale-homes"
DECK = "solid-ground-corporate-plan-2028-2031.pdf"

PAGE_W, PAGE_H = 595.32, 841.92  # A4 as Word writes it
MARGIN = 72.0
TOP = 78.0
BOTTOM = 70.0
BODY_W = PAGE_W - 2 * MARGIN
PAGES = 16
HEADER = "Marlow Vale Homes \u00b7 Corporate Plan 2028-2031"
FOOTER = "Page {n} of {total} \u00b7 Board approved 22 February 2028"

BLUE = colors.Color(31 / 255, 78 / 255, 121 / 255)
TEAL = colors.Color(0 / 255, 112 / 255, 110 / 255)
INK = colors.Color(30 / 255, 30 / 255, 30 / 255)
GREY = colors.Color(100 / 255, 100 / 255, 100 / 255)
PALE = colors.Color(226 / 255, 238 / 255, 246 / 255)
RULE = colors.Color(170 / 255, 170 / 255, 170 / 255)

# =========================================================================== styles

BODY = ParagraphStyle(
    "Body",
    fontName="Helvetica",
    fontSize=10.5,
    leading=14.2,
    textColor=INK,
    alignment=TA_JUSTIFY,
    spaceAfter=7,
)
BODY_LEFT = ParagraphStyle("BodyLeft", parent=BODY, alignment=TA_LEFT)
COLUMN = ParagraphStyle("Column", parent=BODY, fontSize=9.5, leading=12.8, spaceAfter=6)
COLUMN_HEAD = ParagraphStyle(
    "ColumnHead",
    parent=COLUMN,
    fontName="Helvetica-Bold",
    textColor=BLUE,
    fontSize=10.5,
    spaceBefore=4,
    spaceAfter=3,
    alignment=TA_LEFT,
)
H1 = ParagraphStyle(
    "Heading1",
    fontName="Helvetica-Bold",
    fontSize=17,
    leading=21,
    textColor=BLUE,
    spaceBefore=2,
    spaceAfter=10,
)
H2 = ParagraphStyle(
    "Heading2",
    fontName="Helvetica-Bold",
    fontSize=12.5,
    leading=16,
    textColor=TEAL,
    spaceBefore=8,
    spaceAfter=5,
)
NUMBERED = ParagraphStyle("Numbered", parent=BODY, leftIndent=34, firstLineIndent=-34, spaceAfter=6)
LETTERED = ParagraphStyle(
    "Lettered", parent=BODY_LEFT, leftIndent=22, firstLineIndent=-22, spaceAfter=4
)
LEADLINE = ParagraphStyle(
    "Lead", parent=BODY_LEFT, fontName="Helvetica-Oblique", textColor=GREY, spaceAfter=8
)
MEASURED = ParagraphStyle(
    "Measured", parent=BODY_LEFT, fontSize=10, leading=13.5, textColor=BLUE, spaceBefore=4
)
CELL = ParagraphStyle("Cell", fontName="Helvetica", fontSize=9, leading=11.5, textColor=INK)
CELL_HEAD = ParagraphStyle(
    "CellHead", parent=CELL, fontName="Helvetica-Bold", textColor=colors.white
)
CELL_BOLD = ParagraphStyle("CellBold", parent=CELL, fontName="Helvetica-Bold")
FOOTNOTE = ParagraphStyle("Footnote", parent=BODY_LEFT, fontSize=8, leading=10, textColor=INK)
QUOTE = ParagraphStyle(
    "Quote",
    parent=BODY_LEFT,
    fontName="Helvetica-Oblique",
    fontSize=11,
    leading=15,
    textColor=TEAL,
    leftIndent=18,
    rightIndent=18,
    spaceBefore=6,
    spaceAfter=4,
)


def p(text: str, style: ParagraphStyle = BODY) -> Paragraph:
    return Paragraph(text, style)


def h1(text: str) -> Paragraph:
    return Paragraph(text, H1)


def h2(text: str) -> Paragraph:
    return Paragraph(text, H2)


def numbered(number: str, text: str) -> Paragraph:
    return Paragraph(f"<b>{number}</b>\u00a0\u00a0\u00a0{text}", NUMBERED)


def lettered(letter: str, text: str) -> Paragraph:
    return Paragraph(f"({letter})\u00a0\u00a0{text}", LETTERED)


class Footnote(Flowable):
    """A footnote drawn at the foot of the page body, above the footer, as Word places it."""

    def __init__(self, mark: str, text: str) -> None:
        super().__init__()
        self.mark = mark
        self.para = Paragraph(f"<super>{mark}</super>\u00a0{text}", FOOTNOTE)

    def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        canvas = self.canv
        x, y = canvas.absolutePosition(0, 0)
        _, h = self.para.wrap(BODY_W, 200)
        base = BOTTOM + 4
        canvas.saveState()
        canvas.translate(-x, -y)  # back to page coordinates, out of the frame's
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, base + h + 6, MARGIN + 144, base + h + 6)
        self.para.drawOn(canvas, MARGIN, base)
        canvas.restoreState()


# =========================================================================== page furniture


def furniture(canvas, doc) -> None:
    canvas.saveState()
    canvas.setFont("Helvetica", 8.5)
    canvas.setFillColor(GREY)
    canvas.drawString(MARGIN, PAGE_H - 42, HEADER)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN, PAGE_H - 48, PAGE_W - MARGIN, PAGE_H - 48)
    canvas.line(MARGIN, 48, PAGE_W - MARGIN, 48)
    canvas.drawCentredString(PAGE_W / 2, 36, FOOTER.format(n=doc.page, total=PAGES))
    canvas.restoreState()


def cover_furniture(canvas, doc) -> None:
    furniture(canvas, doc)
    canvas.saveState()
    canvas.setFillColor(BLUE)
    canvas.rect(0, PAGE_H - 330, PAGE_W, 200, stroke=0, fill=1)
    canvas.setFillColor(TEAL)
    canvas.rect(0, PAGE_H - 338, PAGE_W, 8, stroke=0, fill=1)
    canvas.restoreState()


def make_doc(path: Path) -> BaseDocTemplate:
    doc = BaseDocTemplate(
        str(path),
        pagesize=(PAGE_W, PAGE_H),
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=TOP,
        bottomMargin=BOTTOM,
        title="Solid Ground: Corporate Plan 2028-2031",
        author="Corporate Plan Programme Manager",
        subject="Marlow Vale Homes corporate plan",
        creator="Microsoft\u00ae Word for Microsoft 365",
        producer="Microsoft\u00ae Word for Microsoft 365",
        invariant=1,
    )
    body_h = PAGE_H - TOP - BOTTOM
    one = Frame(MARGIN, BOTTOM, BODY_W, body_h, id="body", leftPadding=0, rightPadding=0)
    cover = Frame(MARGIN, BOTTOM, BODY_W, body_h, id="cover", leftPadding=0, rightPadding=0)
    head_h = 64.0
    gutter = 22.0
    col_w = (BODY_W - gutter) / 2
    head = Frame(
        MARGIN, PAGE_H - TOP - head_h, BODY_W, head_h, id="head", leftPadding=0, rightPadding=0
    )
    left = Frame(MARGIN, BOTTOM, col_w, body_h - head_h, id="left", leftPadding=0, rightPadding=0)
    right = Frame(
        MARGIN + col_w + gutter,
        BOTTOM,
        col_w,
        body_h - head_h,
        id="right",
        leftPadding=0,
        rightPadding=0,
    )
    doc.addPageTemplates(
        [
            PageTemplate(id="cover", frames=[cover], onPage=cover_furniture),
            PageTemplate(id="one", frames=[one], onPage=furniture),
            PageTemplate(id="two", frames=[head, left, right], onPage=furniture),
        ]
    )
    return doc


def grid_table(rows, widths, header_fill=BLUE, first_col_fill=None) -> Table:
    tab = Table(rows, colWidths=widths, repeatRows=1)
    style = [
        ("BACKGROUND", (0, 0), (-1, 0), header_fill),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.5, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]
    if first_col_fill is not None:
        style.append(("BACKGROUND", (0, 1), (0, -1), first_col_fill))
    tab.setStyle(TableStyle(style))
    return tab


def cells(texts, style=CELL):
    return [Paragraph(t, style) for t in texts]


# =========================================================================== the plan


def cover() -> list:
    title = ParagraphStyle(
        "CoverTitle", fontName="Helvetica-Bold", fontSize=34, leading=40, textColor=colors.white
    )
    sub = ParagraphStyle(
        "CoverSub", fontName="Helvetica", fontSize=16, leading=21, textColor=colors.white
    )
    small = ParagraphStyle("CoverSmall", parent=BODY_LEFT, fontSize=11, leading=15)
    return [
        Spacer(1, 62),
        Paragraph("Marlow Vale Homes", sub),
        Spacer(1, 10),
        Paragraph("Solid Ground", title),
        Paragraph("Corporate Plan 2028-2031", sub),
        Spacer(1, 120),
        Paragraph(
            "Safe, warm homes, repairs done right and a landlord that listens",
            ParagraphStyle("CoverLine", parent=H2, fontSize=15, leading=19),
        ),
        Spacer(1, 14),
        Paragraph("Approved by the Board of Marlow Vale Homes on 22 February 2028.", small),
        Paragraph(
            "Prepared by the Corporate Plan Programme Manager for the Executive Team. Version 1.0 "
            "(final). Classification: public.",
            small,
        ),
        Spacer(1, 200),
        Paragraph(
            "Marlow Vale Homes is a registered provider of social housing (L4471) and a "
            "charitable community benefit society. Registered office: 40 Bridge Street, "
            "Marlow Vale MV1 3QE.",
            ParagraphStyle("CoverFoot", parent=BODY_LEFT, fontSize=8.5, leading=11, textColor=GREY),
        ),
    ]


def contents() -> list:
    entries = [
        ("1.", "Summary", "3"),
        ("2.", "Where we stand", "4"),
        ("", "2.6 Our ambition for 2031", "5"),
        ("3.", "Our priorities", "6"),
        ("", "3.1 Repairs done right, first time", "6"),
        ("", "3.2 Homes that are safe and warm", "7"),
        ("", "3.3 Empty homes let quickly, and rent paid", "8"),
        ("", "3.4 Tenants heard, and acted on", "9"),
        ("4.", "How we will measure success", "10"),
        ("5.", "Delivering the plan", "11"),
        ("6.", "The Ashgrove pilot", "12"),
        ("7.", "Our first 100 days", "13"),
        ("8.", "Risks and how we will manage them", "14"),
        ("9.", "Governance and what we ask of the Board", "15"),
        ("", "Appendix A. Glossary and sources", "16"),
    ]
    rows = [cells([n, t, pg], BODY_LEFT) for n, t, pg in entries]
    tab = Table(rows, colWidths=[28, BODY_W - 68, 40])
    tab.setStyle(
        TableStyle(
            [
                ("ALIGN", (2, 0), (2, -1), "RIGHT"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return [
        h1("Contents"),
        tab,
        Spacer(1, 18),
        h2("A word from our Chair"),
        p(
            "When I joined the Board seven years ago, most of the letters I read from tenants "
            "were about rent. Today most of them are about repairs, and the worst of them are "
            "about damp. Some of those letters describe a home that we would not let our own "
            "families live in, and a landlord that took too long to notice."
        ),
        p(
            "This plan is the Board's answer. It is deliberately narrow. It does not promise "
            "everything to everyone; it promises that we will fix homes properly, keep them safe "
            "and warm, let them quickly and listen to the people who live in them. It was "
            "written with the Tenants' Panel, who read two drafts and changed both."
        ),
        p(
            "The Board will hold the Executive Team to the measures in section 4, and we have "
            "asked the Tenants' Panel to hold the Board to them too."
        ),
        p("Judith Arkwright, Chair of the Board", BODY_LEFT),
    ]


def summary() -> list:
    return [
        h1("1. Summary"),
        h2("1.1 Why this plan"),
        p(
            "Marlow Vale Homes owns and manages 14,180 homes across Marlow Vale and three "
            "neighbouring districts. Our finances are sound and our rents are among the lowest "
            "in the county, but our tenants tell us plainly that the basics are not good enough: "
            "repairs take too many visits, damp is not dealt with fast enough, and empty homes "
            "stand empty for too long."
        ),
        h2("1.2 What we will do"),
        p(
            "Solid Ground sets four priorities for our financial years 2028/29, 2029/30 and "
            "2030/31:"
        ),
        lettered("a", "repairs done right, first time (section 3.1);"),
        lettered("b", "homes that are safe and warm (section 3.2);"),
        lettered("c", "empty homes let quickly, and rent paid (section 3.3);"),
        lettered("d", "tenants heard, and acted on (section 3.4)."),
        p(
            "Our ambition is simple to state: by the end of 2030/31 every home we own will have "
            "been surveyed inside and out in the previous five years, so that we know what each "
            "home needs before the tenant has to tell us."
        ),
        h2("1.3 How we will do it"),
        p(
            "We will test the new way of working on one estate, Ashgrove in our Kingsmead patch, "
            "before we take it anywhere else. The Board will review the plan at the end of each "
            "year and decide, on the evidence, whether to go on, change course or stop."
        ),
        h2("1.4 What it costs"),
        p(
            "The plan costs \u00a338.6m over three years: \u00a329.1m of capital, most of it "
            "on stock condition surveys and retrofit, and \u00a39.5m of revenue. It is within "
            "the 30-year business plan the Board approved in December 2027, and it keeps our "
            "interest cover above the 1.3 times our lenders require."
        ),
        h2("1.5 How we will know it is working"),
        p(
            "Six measures, each with one owner, tell us and our tenants whether the plan is "
            "working (section 4). We will publish them every quarter, estate by estate."
        ),
    ]


def where_we_stand() -> list:
    return [
        NextPageTemplate("two"),
        PageBreak(),
        h1("2. Where we stand"),
        p(
            "All figures are for 2026/27, the last full year before this plan was written.",
            LEADLINE,
        ),
        FrameBreak(),
        p("2.1 Our homes", COLUMN_HEAD),
        p(
            "We own 14,180 homes: 11,460 general needs homes, 1,720 homes for older people in "
            "31 sheltered schemes and 1,000 shared ownership homes and leaseholds. Just over "
            "half were built by the council between 1948 and 1975 and came to us in the stock "
            "transfer of 2003. We manage them in six patches, each with its own patch manager "
            "and housing officers.",
            COLUMN,
        ),
        p(
            "Our knowledge of what is inside our homes is uneven. 38% of our homes have had a "
            "full stock condition survey in the last five years, and 61% have an Energy "
            "Performance Certificate of band C or above. About 1,900 homes, most of them "
            "pre-war houses on the edge of town, have had no survey since transfer.",
            COLUMN,
        ),
        p("2.2 Repairs", COLUMN_HEAD),
        p(
            "We raised 41,900 responsive repairs in 2026/27, about three for every home. Our "
            "in-house trades team of 131 operatives did 62% of them; Harland Property Care and "
            "Brightline did the rest. 71% of repairs were completed right first time, and a "
            "routine repair took 27 working days on average from report to completion. Repairs "
            "were the subject of 412 of our 1,030 stage 1 complaints.",
            COLUMN,
        ),
        p(
            "Our repairs planners book appointments in Slotwise, but the order itself starts "
            "in Hestia, our housing management system, and one in five jobs is booked back "
            "to the tenant by a planner who calls them later in the day.",
            COLUMN,
        ),
        p("2.3 Damp and mould", COLUMN_HEAD),
        p(
            "We received 1,380 reports of damp and mould in 2026/27, against 610 in 2023/24. "
            "46% were inspected within 10 working days of the report. 212 cases were still open "
            "at year end, 64 of them on the Ashgrove estate. We found a category 1 hazard "
            "in 37 homes.",
            COLUMN,
        ),
        p("2.4 Empty homes and rent", COLUMN_HEAD),
        p(
            "We re-let 860 homes. A standard void, one that needs less than \u00a35,000 of "
            "work, took 58 calendar days on average from the day the keys came back to the day "
            "the new tenancy began; a major void took 104. Rent lost on empty homes came to "
            "\u00a31.1m.",
            COLUMN,
        ),
        p(
            "Current tenant arrears stood at 4.8% of the annual rent debit, \u00a33.9m, up from "
            "3.6% two years earlier. 3,950 households now claim Universal Credit, and the rent "
            "accounts of those households are twice as likely to be in arrears as the rest. We "
            "took 14 households to eviction, each of them a failure we would rather have "
            "prevented.",
            COLUMN,
        ),
        p("2.5 What tenants tell us", COLUMN_HEAD),
        p(
            "64% of tenants were satisfied with our service overall in our 2026 Tenant "
            "Satisfaction Measures survey, and 66% with the repairs service. 58% said we listen "
            "to their views and act on them. Tenants in our three tower blocks at Ashgrove gave "
            "us our lowest scores on every question.",
            COLUMN,
        ),
        p(
            "The Tenants' Panel's own review of repairs in 2027 found three things: tenants "
            "are asked to be in for a whole day, operatives often arrive without the part, and "
            "nobody follows up to check that the job is done. We agree with all three.",
            COLUMN,
        ),
        NextPageTemplate("one"),
        PageBreak(),
    ]


def ambition() -> list:
    return [
        h2("2.6 Our ambition for 2031"),
        p(
            "We want Marlow Vale Homes to be the landlord people would choose, not the one they "
            "happen to be given.",
            ParagraphStyle("Big", parent=QUOTE, fontSize=15, leading=20, textColor=BLUE),
        ),
        p(
            "That is a direction rather than a target, and we will not pretend otherwise. So we "
            "have set ourselves one firm commitment that tests whether we mean it:"
        ),
        p(
            "<b>By the end of 2030/31, every home we own will have been surveyed inside and out "
            "in the previous five years.</b>",
            ParagraphStyle(
                "Firm",
                parent=BODY_LEFT,
                fontSize=12,
                leading=16,
                textColor=TEAL,
                leftIndent=18,
                spaceBefore=4,
                spaceAfter=10,
            ),
        ),
        p(
            "Everything else in this plan depends on it. We cannot fix damp we have not seen, "
            "retrofit homes whose walls we have not checked or plan a kitchen programme from "
            "records copied between houses that only look alike."
        ),
        h2("2.7 Four priorities"),
        p(
            "To get there we will work on four priorities, one section each in part 3: repairs "
            "done right, first time; homes that are safe and warm; empty homes let quickly, and "
            "rent paid; and tenants heard, and acted on."
        ),
        h2("2.8 What this plan does not cover"),
        p(
            "We will not grow by building in this period beyond the 180 homes already on site "
            "at Fenwick Road and Old Mill Lane, which are in our development programme and "
            "reported to the Board separately. The plan also leaves our sheltered housing review "
            "to the Older People's Housing Strategy the Board agreed in 2027."
        ),
        Paragraph(
            "\u201cI don't mind waiting a few days. What I mind is taking a day off, the man "
            "turning up without the part, and having to ring you again to find out when he'll be "
            "back.\u201d",
            QUOTE,
        ),
        p(
            "Tenant, Rowan Court, Ashgrove, at the Tenants' Panel's repairs review, 2027",
            ParagraphStyle(
                "Attribution", parent=BODY_LEFT, fontSize=9, textColor=GREY, leftIndent=18
            ),
        ),
        PageBreak(),
    ]


def priority(
    heading: str,
    intro: str,
    lead: str,
    items: list[tuple[str, str]],
    measured: str,
    extra: list | None = None,
    title: str | None = None,
) -> list:
    out: list = []
    if title:
        out.append(h1(title))
    out += [h2(heading), p(intro), p(f"<b>Priority lead:</b> {lead}", BODY_LEFT)]
    out += [numbered(n, t) for n, t in items]
    out.append(p(f"<b>Measured by:</b> {measured}", MEASURED))
    out += extra or []
    out.append(PageBreak())
    return out


def priorities() -> list:
    out: list = []
    out += priority(
        "3.1 Repairs done right, first time",
        "Four in ten of our complaints are about repairs, and most of them are about the second, "
        "third or fourth visit rather than the first. A repair that needs a return trip costs "
        "us \u00a396 more on average than one finished on the day, and it costs the tenant "
        "another day waiting in. This priority is about getting the right person, with the "
        "right part and the right information, to the right home at a time the tenant has "
        "chosen.",
        "Director of Property Services",
        [
            (
                "3.1.1",
                "We will connect Hestia to Slotwise, so that a repair reported by phone or on "
                "MyVale is booked into a two-hour slot while the tenant is still on the line. "
                "The Head of IT and Data will lead this.",
            ),
            (
                "3.1.2",
                "We will give every operative a handheld that shows the home's repair history, "
                "its known hazards and photos from the last visit.",
            ),
            (
                "3.1.3",
                "We will stock every van to a standard list of the 240 parts our operatives use "
                "most, topped up overnight by our materials partner.",
            ),
            (
                "3.1.4",
                "We will bring Harland Property Care and Brightline onto Slotwise, so that "
                "their jobs are booked, tracked and closed in the same way as ours. The Head of "
                "Repairs will lead this.",
            ),
            (
                "3.1.5",
                "We will help contact centre advisers diagnose the 30 most common repairs at "
                "the first call, with a guided script and the option of a video call.",
            ),
            (
                "3.1.6",
                "We will agree a new repairs service standard with the Tenants' Panel, with "
                "evening and Saturday morning appointments in it.",
            ),
        ],
        "repairs completed right first time (section 4).",
        title="3. Our priorities",
    )
    out += priority(
        "3.2 Homes that are safe and warm",
        "Reports of damp and mould have more than doubled in three years. Some of that rise is "
        "tenants telling us about problems they used to live with, and we welcome it. But we "
        "are still too slow to get there: fewer than half of last year's reports were inspected "
        "within 10 working days.<super>1</super> At the same time more than a third of our homes "
        "are below EPC band C, and the tenants who live in them pay the most to heat them.",
        "Director of Property Services",
        [
            (
                "3.2.1",
                "We will survey every home inside and out over the three years, starting with "
                "the 1,900 homes whose records are oldest. The Head of Asset Management will "
                "lead this.",
            ),
            (
                "3.2.2",
                "We will inspect every damp and mould report within 10 working days, and go "
                "back six weeks after the works to check that the home has stayed dry.",
            ),
            (
                "3.2.3",
                "We will manage each damp and mould case in Hestia as a case of its own, with "
                "its timescales and its follow-up visit built in. The Damp and Mould Lead will "
                "lead this.",
            ),
            (
                "3.2.4",
                "We will retrofit 2,400 homes now at EPC band D or below with insulation, "
                "ventilation and new heating, in three waves, matching government grant where "
                "we win it.",
            ),
            (
                "3.2.5",
                "We will train 20 of our own operatives as qualified retrofit installers "
                "through the Trades Academy.",
            ),
            (
                "3.2.6",
                "We will fit humidity sensors in 1,000 homes with a history of damp, so that we "
                "see a problem building before the tenant has to report it.",
            ),
        ],
        "damp and mould reports inspected within 10 working days; homes at EPC band C or "
        "above (section 4).",
        extra=[
            Footnote(
                "1",
                "Since 27 October 2025 social landlords in England have had to investigate "
                "significant damp and mould hazards within 10 working days of becoming aware of "
                "them. We hold ourselves to the same time for every report, whatever the hazard.",
            )
        ],
    )
    out += priority(
        "3.3 Empty homes let quickly, and rent paid",
        "An empty home earns no rent and shelters nobody. Last year our standard voids took 58 "
        "days on average to re-let, and we lost \u00a31.1m of rent while homes stood empty. "
        "Arrears have crept up as more households moved onto Universal Credit, and behind most "
        "of the larger debts is a tenant we did not speak to early enough.",
        "Director of Housing and Communities",
        [
            (
                "3.3.1",
                "We will visit every tenant who gives notice within five working days, so that "
                "we know what work the home needs before the keys come back.",
            ),
            (
                "3.3.2",
                "We will write one lettable standard with the Tenants' Panel, and show it to "
                "every new tenant at the viewing.",
            ),
            (
                "3.3.3",
                "We will track every empty home from notice to sign-up in Hestia, including "
                "Brightline's works dates. The Lettings and Voids Manager will lead this.",
            ),
            (
                "3.3.4",
                "We will call or text every tenant whose rent account falls behind within three "
                "working days, before any letter is sent.",
            ),
            (
                "3.3.5",
                "We will offer every new tenant a money advice appointment in the first four "
                "weeks of their tenancy. The Head of Income will lead this.",
            ),
        ],
        "average re-let time for standard voids; current tenant arrears (section 4).",
    )
    out += priority(
        "3.4 Tenants heard, and acted on",
        "Sixty-four per cent of our tenants are satisfied with our service overall. When they "
        "are not, it is usually because they told us something and heard nothing back. The "
        "Tenants' Panel has asked us to listen more often, to show what we changed as a result "
        "and to let tenants check our work.",
        "Director of Housing and Communities",
        [
            (
                "3.4.1",
                "We will survey tenants every quarter instead of once a year, so that we see a "
                "change while we can still act on it. The Head of Customer Experience will lead "
                "this.",
            ),
            (
                "3.4.2",
                "We will text every tenant after a repair to ask whether it is fixed, and ring "
                "back within two working days anyone who says it is not.",
            ),
            (
                "3.4.3",
                "We will ask the Tenants' Panel to scrutinise one service each year, starting "
                "with repairs in Year 1, and take its findings to the Board.",
            ),
            (
                "3.4.4",
                "We will publish our six measures every quarter, estate by estate, on MyVale and "
                "on the noticeboard in every block.",
            ),
            (
                "3.4.5",
                "We will walk each of our 38 estates every quarter with the housing officer, a "
                "repairs supervisor and any tenant who wants to come.",
            ),
        ],
        "tenants satisfied with our overall service (section 4).",
    )
    return out


def measures() -> list:
    head = cells(
        ["Measure", "Baseline 2026/27", "End of Year 1", "End of Year 3", "Measure owner"],
        CELL_HEAD,
    )
    rows = [
        ["Repairs completed right first time", "71%", "78%", "90%", "Head of Repairs"],
        [
            "Damp and mould reports inspected within 10 working days",
            "46%",
            "90%",
            "100%",
            "Damp and Mould Lead",
        ],
        ["Homes at EPC band C or above", "61%", "64%", "80%", "Head of Asset Management"],
        [
            "Average re-let time, standard voids (calendar days)",
            "58",
            "45",
            "28",
            "Lettings and Voids Manager",
        ],
        ["Current tenant arrears, % of rent debit", "4.8%", "4.6%", "3.5%", "Head of Income"],
        [
            "Tenants satisfied with our overall service",
            "64%",
            "67%",
            "75%",
            "Head of Customer Experience",
        ],
    ]
    table_rows = [head] + [cells(r) for r in rows]
    tab = grid_table(table_rows, [170, 62, 56, 56, 107])
    return [
        h1("4. How we will measure success"),
        h2("4.1 Our six measures"),
        p(
            "Each measure has one owner, who reports it to the Plan Delivery Group every month "
            "and to the Board every quarter. Targets are for the end of the year named."
        ),
        tab,
        Spacer(1, 10),
        h2("4.2 Notes on the measures"),
        p(
            "Right first time counts a repair as done right first time when it is completed at "
            "the first visit and no further order is raised for the same fault within 30 days. "
            "Overall satisfaction is the Regulator's measure TP01. Arrears are those of current "
            "tenants only, as a share of the rent and service charges due in the year."
        ),
        p(
            "The Corporate Plan Programme Manager will confirm each 2026/27 baseline in the "
            "first 30 days of Year 1; where the baseline moves, the target moves by the same "
            "amount and the Board is told."
        ),
        p(
            "We also report all 22 Tenant Satisfaction Measures to the Regulator of Social "
            "Housing every year. They are published on our website and are not repeated here."
        ),
        PageBreak(),
    ]


def roadmap() -> list:
    head = cells(["", "Year 1 (2028/29)", "Year 2 (2029/30)", "Year 3 (2030/31)"], CELL_HEAD)
    rows = [
        ["Stage", "Get the basics right", "Roll out", "Make it normal"],
        [
            "Repairs",
            "Hestia and Slotwise connected; handhelds for all 131 operatives; Ashgrove pilot "
            "in the second half of the year",
            "Harland and Brightline on Slotwise; new repairs service standard in force in every "
            "patch",
            "Right first time at 90% in every patch",
        ],
        [
            "Safe and warm",
            "4,000 homes surveyed; damp and mould cases run in Hestia; retrofit wave 1 (600 homes)",
            "5,000 more homes surveyed; retrofit wave 2 (900 homes); humidity sensors in 1,000 "
            "homes",
            "Last 5,180 homes surveyed; retrofit wave 3 (900 homes)",
        ],
        [
            "Empty homes and rent",
            "Pre-void visits in every patch; every void tracked in Hestia",
            "New lettable standard in force; early arrears contact in every patch",
            "Standard voids re-let in 28 days",
        ],
        [
            "Tenants",
            "Quarterly survey from the third quarter; first scrutiny review (repairs)",
            "Results published estate by estate; second scrutiny review (lettings)",
            "Third scrutiny review (damp and mould)",
        ],
    ]
    body = []
    for r in rows:
        first = Paragraph(r[0], CELL_BOLD)
        style = CELL_BOLD if r[0] == "Stage" else CELL
        body.append([first] + [Paragraph(t, style) for t in r[1:]])
    tab = grid_table([head] + body, [82, 123, 123, 123], first_col_fill=PALE)
    return [
        h1("5. Delivering the plan"),
        h2("5.1 Our three years"),
        p(
            "Solid Ground runs for three years. Our year runs from April to March, so Year 1 is "
            "our financial year 2028/29. The table shows what we expect to have done by the end "
            "of each year."
        ),
        tab,
        Spacer(1, 8),
        h2("5.2 Board review points"),
        p(
            "The Board will review the plan at three points, each on a paper from the Chief "
            "Executive that sets the six measures against their targets and recommends what "
            "happens next."
        ),
        p(
            "<b>Board review point 1</b> comes at the end of Year 1. The Board will decide "
            "whether the way of working tested at Ashgrove is rolled out to all six patches "
            "in Year 2, and will release the Year 2 budget."
        ),
        p(
            "<b>Board review point 2</b> comes at the end of Year 2. The Board will decide "
            "whether retrofit wave 3 goes ahead, and on what mix of grant and our own money."
        ),
        p(
            "<b>Board review point 3</b> comes at the end of Year 3. The Board will decide "
            "what becomes business as usual and what is carried into the next corporate plan."
        ),
        p(
            "Between review points the Board sees the six measures every quarter in its "
            "performance report, and the Tenants' Panel sees the same report a week earlier."
        ),
        PageBreak(),
    ]


def pilot() -> list:
    return [
        h1("6. The Ashgrove pilot"),
        h2("6.1 Where, and why there"),
        p(
            "We will test the new way of working on the Ashgrove estate in our Kingsmead patch "
            "before we take it anywhere else. Ashgrove has 1,240 homes: three 14-storey blocks, "
            "Larch, Rowan and Hazel Court, and the houses and low-rise flats around them. It "
            "has our highest rate of damp and mould reports and our lowest satisfaction with "
            "repairs. If the new way of working holds at Ashgrove, it will hold anywhere."
        ),
        h2("6.2 When, and who"),
        p(
            "The pilot runs for the second half of Year 1. The Kingsmead Patch Manager leads it "
            "on the estate, with the Head of Repairs; the trades team's Kingsmead gang of 18 "
            "operatives works on Ashgrove for the whole of the pilot."
        ),
        h2("6.3 What the pilot tests"),
        lettered(
            "a",
            "repairs booked into two-hour slots at the first call, through Hestia and Slotwise;",
        ),
        lettered("b", "handhelds and the standard van stock for the Kingsmead gang;"),
        lettered(
            "c", "damp and mould cases run in Hestia, with a follow-up visit after six weeks;"
        ),
        lettered("d", "a visit to every tenant who gives notice, and voids tracked to sign-up;"),
        lettered("e", "a text after every repair, and a call back when it is not fixed."),
        h2("6.4 How we will judge it"),
        p("We will call the pilot a success if, by its end:"),
        lettered(
            "a",
            "85% of repairs at Ashgrove are completed right first time in each of its last "
            "three months;",
        ),
        lettered(
            "b", "every damp and mould report at Ashgrove is inspected within 10 working days;"
        ),
        lettered("c", "every home at Ashgrove has been surveyed inside and out;"),
        lettered("d", "standard voids at Ashgrove are re-let in 35 days or fewer on average; and"),
        lettered(
            "e",
            "the Tenants' Panel, having walked the estate, recommends that the new way of "
            "working is rolled out.",
        ),
        p(
            "The Kingsmead Patch Manager and the Head of Repairs will report the result to the "
            "Plan Delivery Group, and the Chief Executive will take it to the Board at Board "
            "review point 1."
        ),
        PageBreak(),
    ]


def first_days() -> list:
    items = [
        (
            "7.1",
            "By day 30, the Corporate Plan Programme Manager confirms the 2026/27 baseline for "
            "each of the six measures, and the Plan Delivery Group signs them off.",
        ),
        (
            "7.2",
            "By day 30, the Head of People opens consultation with Unite on handheld working, "
            "van stock and the Kingsmead gang's pilot arrangements.",
        ),
        (
            "7.3",
            "By day 45, the Head of IT and Data agrees the design of the Hestia-Slotwise link, "
            "and a go-live date, with both suppliers.",
        ),
        (
            "7.4",
            "By day 45, we put the draft repairs service standard and the Ashgrove pilot plan "
            "to the Tenants' Panel.",
        ),
        (
            "7.5",
            "By day 60, the Damp and Mould Lead reviews every open damp and mould case and books "
            "an inspection for each one still waiting.",
        ),
        (
            "7.6",
            "By day 60, the Head of Asset Management appoints the survey partner for the first "
            "4,000 stock condition surveys.",
        ),
        (
            "7.7",
            "By day 90, the Head of Customer Experience appoints the agency that will run the "
            "quarterly tenant survey.",
        ),
        (
            "7.8",
            "By day 90, the Procurement and Contracts Manager agrees with Harland and Brightline "
            "the contract changes that move their jobs onto Slotwise.",
        ),
        (
            "7.9",
            "By day 100, the Kingsmead Patch Manager walks Ashgrove with members of the Tenants' "
            "Panel, and the pilot team is in place.",
        ),
    ]
    return [
        h1("7. Our first 100 days"),
        p(
            "The first 100 days count from the first day of Year 1. Each step has a named "
            "owner, and the Plan Delivery Group checks them at its monthly meeting."
        ),
        *[numbered(n, t) for n, t in items],
        PageBreak(),
    ]


def risks() -> list:
    items = [
        (
            "8.1",
            "<b>The Hestia-Slotwise link is late.</b> Hestia cannot be changed while rents are "
            "set and the year is closed, so a slip past the winter costs us months. We will "
            "treat the link as a project with its own budget line, fix the go-live date by day "
            "45 and keep the planners booking by hand until the link is proven.",
        ),
        (
            "8.2",
            "<b>Consultation with Unite takes longer than we have allowed.</b> We will open it in "
            "the first 30 days, and keep the Ashgrove pilot inside the trades team's present "
            "hours and rotas.",
        ),
        (
            "8.3",
            "<b>The surveys find our homes in worse condition than the business plan "
            "assumes.</b> We will hold a \u00a34m contingency in the business plan and bring the "
            "first 4,000 results to Board review point 1.",
        ),
        (
            "8.4",
            "<b>We win less retrofit grant than we need.</b> We will retrofit in waves and decide "
            "wave 3 at Board review point 2, when we know what grant we have.",
        ),
        (
            "8.5",
            "<b>Asking tenants to report damp brings more cases than we can inspect.</b> We will "
            "call off extra surveyors under the Harland contract, and train six of our own "
            "supervisors to inspect.",
        ),
        (
            "8.6",
            "<b>Arrears rise as living costs go on rising.</b> We will add two money advisers to "
            "the Income team in Year 1, paid for by the rent we expect to keep.",
        ),
    ]
    return [
        h1("8. Risks and how we will manage them"),
        p(
            "The plan's risks are on the corporate risk register, which the Audit and Risk "
            "Committee reviews twice a year. These are the six we watch most closely."
        ),
        *[numbered(n, t) for n, t in items],
        PageBreak(),
    ]


def governance() -> list:
    return [
        h1("9. Governance and what we ask of the Board"),
        h2("9.1 Who leads"),
        p(
            "The Chief Executive sponsors Solid Ground and chairs the Plan Delivery Group, which "
            "meets monthly and agrees changes to scope, timing and budget within what the Board "
            "has approved. The Director of Property Services leads priorities 3.1 and 3.2, and "
            "the Director of Housing and Communities leads 3.3 and 3.4. The Corporate Plan "
            "Programme Manager runs the plan office and is secretary to the Group."
        ),
        h2("9.2 Who decides"),
        p(
            "The Board decides at each Board review point, on the Chief Executive's "
            "recommendation. The Chief Executive releases each year's budget once the Board has "
            "reviewed the year before. Any single contract over \u00a32m comes to the Board."
        ),
        h2("9.3 Who we ask first"),
        p(
            "The Tenants' Panel is consulted before any change to a service standard, and its "
            "Chair attends each Board review point. Unite is consulted on any change to the "
            "trades team's working arrangements. The Audit and Risk Committee reviews the "
            "plan's risk register twice a year."
        ),
        h2("9.4 What we ask of the Board"),
        p("The Board is asked to:"),
        lettered("a", "approve Solid Ground and its four priorities;"),
        lettered("b", "approve the Year 1 budget of \u00a311.4m capital and \u00a33.2m revenue;"),
        lettered(
            "c", "agree the six measures and their targets, and the three Board review points;"
        ),
        lettered(
            "d", "ask the Chief Executive to start the Ashgrove pilot in the second half of Year 1."
        ),
        PageBreak(),
    ]


def appendix() -> list:
    terms = [
        ("EPC", "Energy Performance Certificate, rating a home from band A (best) to G."),
        (
            "Category 1 hazard",
            "the most serious class of hazard under the Housing Health and Safety Rating System.",
        ),
        (
            "Standard void",
            "an empty home that needs less than \u00a35,000 of work before it is let again.",
        ),
        ("Lettable standard", "the condition a home must be in before a new tenant moves in."),
        (
            "Right first time",
            "a repair completed at the first visit, with no further order for the same fault "
            "within 30 days.",
        ),
        (
            "TSM",
            "Tenant Satisfaction Measures, set by the Regulator of Social Housing since April "
            "2023.",
        ),
        ("PAS 2035", "the British standard for whole-house retrofit of existing homes."),
        ("Patch", "one of our six housing management areas."),
    ]
    rows = [cells([f"<b>{t}</b>", d]) for t, d in terms]
    tab = Table(rows, colWidths=[110, BODY_W - 110])
    tab.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return [
        h1("Appendix A. Glossary and sources"),
        h2("A.1 Glossary"),
        tab,
        Spacer(1, 8),
        h2("A.2 Sources"),
        p(
            "Figures for 2026/27 come from Hestia, Keystone and Vale Insight, our reporting "
            "service, as at 31 March 2027. Satisfaction figures come from our 2026 Tenant "
            "Satisfaction Measures survey of 1,412 tenants. The costs in section 1.4 are taken "
            "from the 30-year business plan approved in December 2027."
        ),
        p(
            "This plan is also available in large print, in Polish and in Urdu, and as an "
            "audio recording. Ask the contact centre on 0300 555 0142."
        ),
    ]


def build_deck(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    doc = make_doc(path)
    story: list = []
    story += cover()
    story += [NextPageTemplate("one"), PageBreak()]
    story += contents()
    story += [PageBreak()]
    story += summary()
    story += where_we_stand()
    story += ambition()
    story += priorities()
    story += measures()
    story += roadmap()
    story += pilot()
    story += first_days()
    story += risks()
    story += governance()
    story += appendix()
    doc.build(story)
    if doc.page != PAGES:
        raise SystemExit(f"the plan runs to {doc.page} pages, expected {PAGES}")


# =========================================================================== org: roster (DOCX)

ROSTER: tuple[tuple[str, str, str, str], ...] = (
    (
        "Chief Executive",
        "Executive Office",
        "Core",
        "Sponsors Solid Ground and chairs the Plan Delivery Group. Takes each Board review point "
        "to the Board with a recommendation, and releases each year's plan budget once the Board "
        "has reviewed the year before.",
    ),
    (
        "Corporate Plan Programme Manager",
        "Executive Office",
        "Core",
        "Runs the plan office: the milestone tracker, the baselines and monthly returns for the "
        "six measures, the risk log and the papers for the Plan Delivery Group and each Board "
        "review point. Secretary to the Plan Delivery Group.",
    ),
    (
        "Director of Property Services",
        "Property Services",
        "Core",
        "Leads priorities 3.1 and 3.2. Accountable for responsive repairs, planned investment, "
        "building safety and the asset strategy; line manages the heads of repairs, asset "
        "management and building safety and the Damp and Mould Lead.",
    ),
    (
        "Head of Repairs",
        "Property Services",
        "Core",
        "Runs the responsive repairs service: the in-house trades team, the repairs contracts "
        "with Harland Property Care and Brightline, van stock and the materials partner, and "
        "the repairs service standard. Owns right-first-time performance.",
    ),
    (
        "Repairs Planning Manager",
        "Property Services",
        "Core",
        "Leads the planning hub of 14 repairs planners. Owns Slotwise, its appointment slots and "
        "booking rules, and the daily allocation of jobs to operatives and contractors.",
    ),
    (
        "Trades Team Manager",
        "Property Services",
        "Supporting",
        "Day-to-day deployment of the 131 operatives and their seven supervisors, vans, tools "
        "and health and safety in the field.",
    ),
    (
        "Head of Asset Management",
        "Property Services",
        "Core",
        "Owns the stock condition survey programme, Keystone and the asset data in it, the "
        "planned investment programme and the retrofit and decarbonisation programme, including "
        "EPCs and bids for government retrofit grant.",
    ),
    (
        "Damp and Mould Lead",
        "Property Services",
        "Core",
        "Owns every damp and mould case from report to closure: triage, inspection, works "
        "order, the follow-up visit and the tenant's letters. Reports category 1 hazards to the "
        "Director of Property Services the day they are found.",
    ),
    (
        "Head of Building Safety and Compliance",
        "Property Services",
        "Supporting",
        "Gas, electrical, fire, water, asbestos and lift safety checks and their records; the "
        "building safety case for our three higher-risk buildings at Ashgrove.",
    ),
    (
        "Director of Housing and Communities",
        "Housing and Communities",
        "Core",
        "Leads priorities 3.3 and 3.4. Accountable for tenancy and estate management, income "
        "collection, lettings and voids, tenant involvement and the customer contact centre.",
    ),
    (
        "Head of Neighbourhoods",
        "Housing and Communities",
        "Supporting",
        "Manages the six patch managers and 24 housing officers: tenancy management, estate "
        "inspections, anti-social behaviour and tenancy sustainment.",
    ),
    (
        "Kingsmead Patch Manager",
        "Housing and Communities",
        "Core",
        "Manages the Kingsmead patch (the Ashgrove, Fairlea and Mill Row estates, 2,310 homes) "
        "and its four housing officers. Leads the Ashgrove pilot on the estate.",
    ),
    (
        "Lettings and Voids Manager",
        "Housing and Communities",
        "Core",
        "Runs every void from notice to new tenancy: pre-void visits, key handover, void works "
        "ordered from Brightline, the lettable standard, adverts through Homechoice Marlow Vale "
        "and sign-ups. Owns the re-let time measure.",
    ),
    (
        "Head of Income",
        "Housing and Communities",
        "Core",
        "Rent collection and arrears recovery, Universal Credit and direct payments, the money "
        "advice team of five advisers and, as a last resort, possession action.",
    ),
    (
        "Head of Customer Experience",
        "Housing and Communities",
        "Core",
        "Runs the contact centre, complaints at stage 1 and stage 2, the Tenant Satisfaction "
        "Measures survey and the return to the Regulator of Social Housing.",
    ),
    (
        "Tenant Involvement Manager",
        "Housing and Communities",
        "Core",
        "Supports the Tenants' Panel and its scrutiny reviews, arranges every consultation "
        "with tenants, and runs estate walkabouts and the tenants' newsletter.",
    ),
    (
        "Housing Officer",
        "Housing and Communities",
        "Supporting",
        "Looks after some 550 homes in a patch: tenancy visits, estate walkabouts, new tenancy "
        "sign-ups and the first contact on anti-social behaviour.",
    ),
    (
        "Director of Finance and Resources",
        "Finance and Resources",
        "Core",
        "Owns the 30-year business plan, the annual budget, treasury and lender covenants, "
        "grant claims and the plan's costs. IT and data, procurement and people report to this "
        "post.",
    ),
    (
        "Head of IT and Data",
        "Finance and Resources",
        "Core",
        "Runs Hestia, Keystone, Slotwise, MyVale and Vale Insight, their suppliers and the "
        "links between them; owns data quality and the handheld devices.",
    ),
    (
        "Business Intelligence Analyst",
        "Finance and Resources",
        "Supporting",
        "Builds and maintains the Vale Insight reports, including the Board's quarterly "
        "performance report.",
    ),
    (
        "Procurement and Contracts Manager",
        "Finance and Resources",
        "Supporting",
        "Runs tenders and frameworks and manages the contracts with Harland Property Care, "
        "Brightline, the survey partner and the retrofit installers.",
    ),
    (
        "Head of People",
        "Finance and Resources",
        "Core",
        "Recruitment, pay, the workforce plan, learning and development (including the Trades "
        "Academy and our apprentices) and the relationship with Unite.",
    ),
    (
        "Data Protection Officer",
        "Finance and Resources",
        "Consult only",
        "Advises on data protection impact assessments, data sharing with contractors and the "
        "use of sensor data from tenants' homes. Owns no programme work.",
    ),
    (
        "Chair, Tenants' Panel",
        "Tenants' Panel",
        "Consult only",
        "Chairs the panel of 12 tenants that is consulted on service standards, scrutinises one "
        "service a year and attends each Board review point.",
    ),
    (
        "Unite Convenor",
        "Trades team (Unite)",
        "Consult only",
        "Represents the trades team's operatives and supervisors in consultation on working "
        "hours, rotas, vans and devices under the collective agreement.",
    ),
)


def roster_docx() -> bytes:
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = DocxPt(10.5)
    doc.add_heading("Solid Ground: roles and accountabilities", level=1)
    doc.add_paragraph(
        "This table lists the roles that take part in delivering Solid Ground, our Corporate "
        "Plan for 2028-2031. Core roles own work in the plan and report on it to the Plan "
        "Delivery Group. Supporting roles give time and expertise when asked. Consult only "
        "roles are asked before decisions that affect the people they represent or advise on, "
        "and own no work. Kept by the Corporate Plan Programme Manager; this version February "
        "2028."
    )
    table = doc.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    head = table.rows[0].cells
    for cell, text in zip(
        head,
        ("Role", "Directorate", "Programme involvement", "Key accountabilities"),
        strict=True,
    ):
        cell.text = ""
        run = cell.paragraphs[0].add_run(text)
        run.bold = True
    for role, directorate, involvement, remit in ROSTER:
        row = table.add_row().cells
        row[0].text = role
        row[1].text = directorate
        row[2].text = involvement
        row[3].text = remit
    doc.add_paragraph(
        "Questions about this table go to the Corporate Plan Programme Manager in the Executive "
        "Office."
    )
    doc.core_properties.author = "Corporate Plan Programme Manager"
    doc.core_properties.title = "Solid Ground: roles and accountabilities"
    doc.core_properties.revision = 4
    buffer = io.BytesIO()
    doc.save(buffer)
    return normalize_zip(buffer.getvalue())


# =========================================================================== org: text files

SYSTEMS = """
# Systems and data at Marlow Vale Homes

Kept by the Head of IT and Data. Reviewed January 2028 for the Solid Ground plan.

## Hestia (housing management system)

Hestia is our housing management system. It holds every tenancy and rent account, every
repairs order, lettings and sign-ups, anti-social behaviour cases and complaints. It runs on
our own servers at Bridge Street and the supplier supports it under a contract that runs to
2032. Hestia is frozen for changes from 1 March to 30 April each year while rents are set and
the year is closed.

Income officers work from the arrears list, a report run from Hestia each Monday morning; a
payment made on a Tuesday shows on the following Monday's list.

Damp and mould reports come in as ordinary repairs orders, flagged "D&M" since 2024, and are
copied from there to the damp and mould tracker.

## Slotwise (repairs scheduling)

Slotwise books repairs appointments and sends the day's jobs to operatives' handhelds. A
repair reported to the contact centre is raised in Hestia and typed again into Slotwise by a
repairs planner, usually the same day. Slotwise is licensed for 96 mobile users, and the
trades team has 131 operatives; the other 35 collect printed job sheets from the Riverside
depot each morning.

Harland Property Care and Brightline get their work orders as PDF attachments by email and
send completions back on a weekly spreadsheet, which a planner keys into Hestia.

## Keystone (asset management)

Keystone is our asset management database: each home's components (roof, windows, doors,
kitchen, bathroom, heating, electrics) with their age, condition and renewal year, and each
home's EPC. Keystone holds a full survey for 5,412 homes; the other 8,768 carry components
cloned from a similar archetype property. We hold a lodged EPC for 12,030 homes, and the
rest are given a modelled rating.

## The damp and mould tracker

Damp and mould cases are tracked on a shared Excel workbook on the property drive, one row per
case, kept by the Damp and Mould Lead. The workbook records the report date, inspection date,
hazard rating, works ordered and follow-up.

## Void works

Ending a tenancy and signing up the next one are recorded in Hestia. Void works dates are kept
in Brightline's own contractor portal, and the lettings team checks progress by phone.

## Vale Insight (reporting)

Vale Insight is our reporting service: Power BI on a nightly copy of Hestia, Slotwise and
Keystone, built and looked after by the Business Intelligence Analyst. The Board's quarterly
performance report, the monthly directorate packs and the Tenant Satisfaction Measures return
are all produced from it.

## MyVale (tenant portal and app)

MyVale lets tenants see their rent account, pay rent, report a repair and track it, and
update their details. 5,940 tenants have registered; about a quarter of repairs are reported
through it. A repair reported on MyVale lands in Hestia as an order, like one reported by
phone.

## Handhelds

Operatives carry rugged Android handhelds with the Slotwise Mobile app. They show the day's
jobs, the address, the tenant's contact details and any access notes, and the operative closes
each job on the handheld with a photo.
"""

MEASURES = """
# Measure definitions: Solid Ground

Kept by the Corporate Plan Programme Manager. Each measure has one owner, who reports it to the
Plan Delivery Group every month and answers for it at the Board.

## Repairs completed right first time

Responsive repairs completed at the first visit, with no further order raised for the same
fault at the same home within 30 days, as a share of all responsive repairs completed in the
period. Emergency repairs count; planned works do not. Source: Hestia, through Vale Insight.
Owner: Head of Repairs. Baseline 2026/27: 71%.

## Damp and mould reports inspected within 10 working days

Damp and mould reports whose first inspection took place within 10 working days of the
report, as a share of all damp and mould reports received. Source: the damp and mould tracker.
Owner: Damp and Mould Lead. Baseline 2026/27: 46%.

## Homes at EPC band C or above

Homes with an EPC rating of C or better, lodged or modelled, as a share of all homes we own.
Source: Keystone. Owner: Head of Asset Management. Baseline 2026/27: 61%.

## Average re-let time, standard voids

Calendar days from the day the keys come back to the start of the new tenancy, averaged over
standard voids let in the period. Major voids are reported separately. Source: Hestia. Owner:
Lettings and Voids Manager. Baseline 2026/27: 58 days.

## Current tenant arrears

Arrears of current tenants at the end of the period, as a share of the rent and service
charges due for the year. Former tenant arrears are reported separately. Source: Hestia.
Owner: Head of Income. Baseline 2026/27: 4.8%.

## Tenants satisfied with our overall service

The Regulator's Tenant Satisfaction Measure TP01: tenants who say they are very or fairly
satisfied with the service we provide, as a share of those who answer. Source: the TSM
perception survey. Owner: Head of Customer Experience. Baseline 2026: 64%.

The perception survey runs only once a year, by telephone in October and November, and the
results come back in January.

## Homes surveyed in the last five years

Homes whose last full stock condition survey is less than five years old, as a share of all
homes we own. Source: Keystone. Owner: Head of Asset Management. Baseline 2026/27: 38%.
"""

TERMS = """
# Plan Delivery Group: terms of reference

Agreed by the Executive Team on 1 February 2028 and noted by the Board on 22 February 2028.

## Purpose

The Plan Delivery Group makes sure Solid Ground, our Corporate Plan for 2028-2031, is
delivered: on time, within budget and with the results the Board expects.

## Members

- **Chair:** Chief Executive, who sponsors the plan.
- Director of Property Services.
- Director of Housing and Communities.
- Director of Finance and Resources.
- Head of IT and Data.
- Head of Customer Experience.
- Corporate Plan Programme Manager (secretary).

Other heads of service attend for their items. The Chair of the Tenants' Panel is invited to
every meeting as an observer and may speak on any item.

## Meetings

Monthly, on the second Thursday, at Bridge Street. Four members, the Chair or a director
among them, make a quorum.

## Who decides

| Matter | Who decides | Notes |
|---|---|---|
| Changes to scope, timing or budget within the approved plan | The Group, chaired by the Chief Executive | Up to £250,000 a change |
| Each year's plan budget | The Chief Executive | Released once the Board has reviewed the year before |
| Board review points: go on, change course or stop | The Board | On the Chief Executive's paper and recommendation |
| Any single contract over £2m | The Board | |
| Changes to the repairs service standard, the lettable standard or how tenants pay rent | The Group, after the Tenants' Panel has been consulted | |

## Who must be asked first

Any change to the repairs service standard, the lettable standard or the ways tenants can
pay rent goes to the Tenants' Panel first, and the Panel has 28 days to respond.

The Data Protection Officer is asked for advice before any new sharing of tenants' data with a
contractor and before sensors are fitted in tenants' homes.

## Reporting

The Group reports to the Board every quarter through the performance report. The
Corporate Plan Programme Manager keeps the plan's risk log and brings it to the Audit and Risk
Committee twice a year.
"""

PANEL_MINUTES = """
# Tenants' Panel: minutes of the meeting of 17 January 2028

Held at the Ashgrove Community Centre. Present: Chair, Tenants' Panel (in the chair), nine
panel members, the Tenant Involvement Manager, the Director of Housing and Communities and
the Head of Repairs (for item 2).

## 1. Draft corporate plan

The Director of Housing and Communities took the panel through the second draft of Solid
Ground. Members welcomed the four priorities and asked that the final version say clearly what
tenants can expect and by when.

Members asked why the plan does not commit to a repair within a set number of days. The
Director said the first job is to stop repeat visits, and a new service standard will come to
the panel for consultation in the first months of the plan.

## 2. Repairs at Ashgrove

The Head of Repairs thanked the panel for its 2027 repairs review. Members from Rowan Court
said operatives working in the tower blocks lose phone signal in the stairwells and finish
their paperwork in the van, and jobs are sometimes shown as complete before the tenant has
been told. The Head of Repairs will look at this as part of the pilot.

Members asked that the damp and mould follow-up visit be made by the same surveyor who
inspected. Noted for the Damp and Mould Lead.

## 3. The Ashgrove pilot

The panel agreed to nominate four members, two of them from Ashgrove, to walk the estate with
the pilot team and to give the panel's verdict at the end of the pilot.

## 4. Scrutiny

The panel will scrutinise repairs in Year 1. The Tenant Involvement Manager will book the
training session on scrutiny for new members in March.

## Actions

- Tenant Involvement Manager: circulate the final plan to members once the Board has approved
  it.
- Head of Repairs: report back on phone signal at Ashgrove.
- Chair, Tenants' Panel: confirm the four pilot nominees by the February meeting.
"""

EMAIL = """
From: Head of People
To: Director of Property Services
Cc: Head of Repairs; Trades Team Manager; Corporate Plan Programme Manager
Date: 24 January 2028
Subject: Solid Ground - what the trades team changes mean for consultation

Hi Dan,

You asked what we need to do with Unite before the Ashgrove pilot and the handheld roll-out.
A summary:

1. Changes to the trades team's hours, rotas or van arrangements need eight weeks'
consultation with Unite under the 2019 collective agreement. Handheld devices were covered in
2021, so adding the repair history to them does not count as a change, but a standard van
stock list that operatives sign for would.

2. Putting the Kingsmead gang on Ashgrove full time for the pilot is a change of working
area, so it needs the same consultation. The Unite Convenor has said informally that he is
supportive if overtime stays voluntary.

3. Retrofit: two of our 131 operatives hold the PAS 2035 retrofit installer qualification. The
Trades Academy can run the course in-house from Year 1 if we fund two assessor places; it
already runs the gas and electrical upskilling and our eight apprentices.

Retrofit assessment and coordination are bought in from Cedar Energy under a two-year call-off
that ends in June 2029.

I'd suggest we open the consultation in the first two weeks of April. Happy to talk it
through.

Priya
Head of People
"""

FACT_SHEET = """
# Ashgrove estate: fact sheet

Prepared by the Kingsmead Patch Manager for the pilot team, February 2028.

- **Where:** north-east Marlow Vale, in the Kingsmead patch, between the ring road and the
  river.
- **Homes:** 1,240, all ours: 252 flats in three 14-storey blocks (Larch Court, Rowan Court
  and Hazel Court, built 1966-1968), 604 houses and 384 low-rise flats (built 1962-1971).
- **Tenants:** about 2,900 people. 41% of households claim Universal Credit. The most common
  languages after English are Polish and Urdu.
- **Repairs:** 4,480 repairs in 2026/27; 66% right first time. The Kingsmead gang of 18
  operatives works from the Riverside depot, ten minutes away.
- **Damp and mould:** 241 reports in 2026/27; 64 cases open at year end.
- **Voids:** 71 re-lets in 2026/27; standard voids took 63 days on average.
- **Surveys:** 310 of the 1,240 homes have a survey less than five years old.
- **Buildings:** the three blocks are higher-risk buildings registered with the Building
  Safety Regulator; each has a building safety case.
- **Community:** the Ashgrove Community Centre (ours, run by the residents' association) is
  open weekdays and hosts the housing officer's Tuesday surgery.
"""


def write_org(org: Path) -> None:
    (org / "people").mkdir(parents=True, exist_ok=True)
    (org / "people" / "roles-and-accountabilities.docx").write_bytes(roster_docx())
    write_text(org / "systems" / "systems-and-data.md", SYSTEMS)
    write_text(org / "measures" / "measure-definitions.md", MEASURES)
    write_text(org / "governance" / "plan-delivery-group-terms-of-reference.md", TERMS)
    write_text(org / "context" / "tenants-panel-minutes-2028-01-17.md", PANEL_MINUTES)
    write_text(org / "context" / "email-trades-team-consultation.txt", EMAIL)
    write_text(org / "context" / "ashgrove-estate-fact-sheet.md", FACT_SHEET)


def main(root: Path = HERE) -> None:
    """Write the plan and the org folder under ``root/marlow-vale-homes``."""
    case = root / CASE
    build_deck(case / DECK)
    write_org(case / "org")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
