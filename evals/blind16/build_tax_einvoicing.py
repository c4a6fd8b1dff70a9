"""Build the blind16 case ``tax-einvoicing``: its deck and its org folder, deterministically.

Run from the repository root with the project's venv (python-pptx, python-docx, lxml):

    .venv/bin/python evals/blind16/build_tax_einvoicing.py [out]

Writes, under ``evals/blind16/tax-einvoicing/`` (or ``<out>/tax-einvoicing/``):

- ``InvoiceOnce_ExecBoard_2026-12-14_v3.2.pptx``: a tax and customs agency's programme
  strategy for a B2B e-invoicing mandate, a 4:3 deck as PowerPoint for Mac saves it:
  ``docProps/app.xml`` naming "Microsoft Macintosh PowerPoint" 16.0000, "On-screen Show (4:3)",
  the theme and the slide titles in ``TitlesOfParts``; every title in its title placeholder;
  KPI tiles as grouped shapes; the roadmap and the risks as native tables.
- ``org/``: the organisation chart as a PDF of boxes (post, remit lines, programme role),
  written by hand as an org-charting tool exports it; the Programme Board's terms of reference
  (DOCX); a union consultation agreement extract; the systems and data inventory; the
  programme measures; a legal framework note; contact centre facts; a letter from the industry
  association.

Re-running it rewrites every file byte for byte: the PPTX saved by python-pptx and repacked with
``[Content_Types].xml`` first and every other entry sorted, at one fixed time; the DOCX through
``evals/dev16/_build.py``; the PDF from literal strings; the text files as literal strings. It
never touches ``gold.json``. Split "blind16".
"""

from __future__ import annotations

import io
import re
import sys
import zipfile
import zlib
from collections.abc import Sequence
from pathlib import Path
from xml.sax.saxutils import escape

from docx import Document
from docx.shared import Pt as DocxPt
from lxml import etree
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.util import Inches, Pt

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals.dev16._build import Stamp, ooxml_bytes, write_files  # noqa: E402

HERE = Path(__file__).resolve().parent
CASE = "tax-einvoicing"
DECK = "InvoiceOnce_ExecBoard_2026-12-14_v3.2.pptx"
STAMP = Stamp((2026, 12, 11, 17, 48, 22), "2026-12-11T17:48:22Z")
DOCX_STAMP = Stamp((2026, 10, 19, 11, 5, 40), "2026-10-19T11:05:40Z")
PDF_DATE = "D:20261201093000+01'00'"

NAVY = RGBColor(0x1F, 0x2A, 0x44)
TEAL = RGBColor(0x00, 0x6D, 0x77)
GREY = RGBColor(0x59, 0x59, 0x59)
PALE = RGBColor(0xE8, 0xF1, 0xF2)
WHITE = RGBColor(0xFF, 0xFF, 0xFF)
A = "http://schemas.openxmlformats.org/drawingml/2006/main"

FOOTER = "Lesovian Tax and Customs Agency \u00b7 Executive Board, 14 December 2026 \u00b7 Official"

# =========================================================================== deck helpers


def _bullet(paragraph, char: str = "\u2022") -> None:
    ppr = paragraph._p.get_or_add_pPr()
    ppr.set("marL", "228600")
    ppr.set("indent", "-228600")
    bu = etree.SubElement(ppr, f"{{{A}}}buChar")
    bu.set("char", char)


def _title(slide, text: str, size: int = 28) -> None:
    tf = slide.shapes.title.text_frame
    tf.text = text
    for run in tf.paragraphs[0].runs:
        run.font.size = Pt(size)
        run.font.bold = True
        run.font.color.rgb = NAVY
    tf.paragraphs[0].alignment = PP_ALIGN.LEFT


def _box(
    slide,
    x: float,
    y: float,
    w: float,
    h: float,
    paras: Sequence[str | tuple[str, dict]],
    size: float = 14,
    bullets: bool = False,
    color: RGBColor = NAVY,
    shapes=None,
):
    """A text box: each paragraph a string, or (text, {"bold", "size", "color", "bullet"})."""
    target = shapes if shapes is not None else slide.shapes
    tb = target.add_textbox(Inches(x), Inches(y), Inches(w), Inches(h))
    tf = tb.text_frame
    tf.word_wrap = True
    for i, item in enumerate(paras):
        text, opts = (item, {}) if isinstance(item, str) else item
        p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
        run = p.add_run()
        run.text = text
        run.font.size = Pt(opts.get("size", size))
        run.font.bold = bool(opts.get("bold", False))
        run.font.color.rgb = opts.get("color", color)
        if opts.get("bullet", bullets):
            _bullet(p)
        p.space_after = Pt(4)
    return tb


def _footer(slide, n: int, total: int) -> None:
    _box(slide, 0.4, 7.05, 7.6, 0.3, [FOOTER], size=8, color=GREY)
    tb = _box(slide, 8.4, 7.05, 1.2, 0.3, [f"{n} / {total}"], size=8, color=GREY)
    tb.text_frame.paragraphs[0].alignment = PP_ALIGN.RIGHT


def _kicker(slide, text: str) -> None:
    _box(slide, 0.5, 1.25, 9.0, 0.4, [text], size=13, color=TEAL)


def _table(slide, x, y, w, widths, rows, size=9, heights=None):
    gf = slide.shapes.add_table(
        len(rows), len(widths), Inches(x), Inches(y), Inches(w), Inches(0.4 * len(rows))
    )
    table = gf.table
    for j, width in enumerate(widths):
        table.columns[j].width = Inches(width)
    for i, row in enumerate(rows):
        if heights:
            table.rows[i].height = Inches(heights[i])
        for j, text in enumerate(row):
            if text is None:
                continue
            cell = table.cell(i, j)
            cell.text = text
            for p in cell.text_frame.paragraphs:
                for r in p.runs:
                    r.font.size = Pt(size)
                    r.font.bold = i == 0
            cell.vertical_anchor = MSO_ANCHOR.TOP
    return table


# =========================================================================== the slides

TILES = [
    (
        "95%",
        "large taxpayers issuing through an accredited provider",
        "Baseline 0 (2026) \u00b7 by M+3, 30 September 2028",
    ),
    (
        "85%",
        "VAT-registered businesses issuing e-invoices",
        "Baseline 6% (2026, voluntary) \u00b7 by 31 December 2029",
    ),
    ("12", "service providers accredited", "Baseline 0 \u00b7 by M-3, 1 April 2028"),
    (
        "99.9%",
        "monthly availability of the Exchange",
        "Baseline: not yet live \u00b7 by M-day (1 July 2028), every month after",
    ),
    (
        "<2%",
        "invoices rejected for format errors",
        "Baseline from the pilot group \u00b7 by 31 December 2029",
    ),
    (
        "80%",
        "helpline calls answered within 5 minutes",
        "Baseline 54% (2026) \u00b7 by 31 March 2029",
    ),
    (
        "90%",
        "return mismatches over \u20ac10,000 reviewed within 30 days",
        "Baseline: no matching today \u00b7 by 31 December 2029",
    ),
    (
        "Lower",
        "estimated VAT compliance gap",
        "Baseline 11.4% (2025 estimate) \u00b7 target to be set after Mandate Phase 2",
    ),
]

ROADMAP = [
    [
        "Workstream",
        "Preparation \u00b7 FY2027",
        "Run-up \u00b7 M-6 to M-day \u00b7 H1 FY2028",
        "Mandate Phase 1 \u00b7 large taxpayers \u00b7 H2 FY2028",
        "Mandate Phase 2 \u00b7 all VAT-registered businesses \u00b7 FY2029",
        "Later \u00b7 post-mandate evaluation (2030)",
    ],
    [
        "Stage",
        "Stage 1 \u00b7 Lay the rails",
        "Stage 2 \u00b7 Voluntary exchange",
        "Stage 3 \u00b7 Large taxpayers live",
        "Stage 4 \u00b7 Everyone live",
        "Not in this plan",
    ],
    [
        "Platform",
        "Specification; build; test Exchange",
        "Live with the pilot group",
        "Live for large taxpayers; second site",
        "Scale to 90 million invoices a month",
        "ViDA cross-border reporting",
    ],
    [
        "Service providers",
        "Criteria to the Forum; scheme opens",
        "First accreditations; register published",
        "Weekly register; 24-hour reporting watched",
        "Suspension regime in force",
        "Re-accreditation",
    ],
    [
        "Taxpayer support",
        "Adviser certificate; readiness letters; clinics in six regions",
        None,
        "Extended hours; free portal opens at M+3",
        "Free portal for all small businesses",
        "\u2013",
    ],
    [
        "Compliance analytics",
        "Kestrel sized for invoice data",
        "Prior consultation with the data protection authority",
        "Monthly matching from M+1",
        "Risk scoring of invoice chains",
        "VAT gap re-estimate",
    ],
    [
        "Gates",
        "Gate 1",
        "Gate 2 \u00b7 M-day go/no-go",
        "Gate 3",
        "Gate 4 \u00b7 close",
        "",
    ],
]

RISKS = [
    ["Risk", "Likelihood", "Mitigation"],
    [
        "Too few service providers accredited in time for M-day",
        "High",
        "Open the scheme early and accredit in waves of four",
    ],
    [
        "The Exchange fails or slows on M-day",
        "Medium",
        "Test a second hosting site before M-day",
    ],
    [
        "Helpline overwhelmed after each mandate date",
        "High",
        "Extend helpline and webchat hours for four weeks after each mandate date",
    ],
    [
        "Businesses penalised for teething errors",
        "Medium",
        "Ask the Ministry for a 90-day penalty-free tolerance",
    ],
    [
        "Complaints to the Ombudsman about rejected invoices",
        "Medium",
        "Publish every rejection code with a plain-language fix",
    ],
]


def build_deck() -> bytes:
    prs = Presentation()
    title_layout, only_layout = prs.slide_layouts[0], prs.slide_layouts[5]
    total = 20
    slides = []

    def new(title: str, size: int = 28):
        s = prs.slides.add_slide(only_layout)
        _title(s, title, size)
        slides.append(s)
        _footer(s, len(slides), total)
        return s

    # 1 title
    s = prs.slides.add_slide(title_layout)
    slides.append(s)
    _title(s, "Invoice Once 2027-2029", 40)
    sub = s.placeholders[1].text_frame
    sub.text = "Mandatory e-invoicing between businesses: programme strategy"
    p = sub.add_paragraph()
    p.text = "Lesovian Tax and Customs Agency \u00b7 Executive Board \u00b7 14 December 2026"
    p = sub.add_paragraph()
    p.text = "Presented by the Deputy Director General, Taxpayer Services \u00b7 Version 3.2"
    for para in sub.paragraphs:
        for r in para.runs:
            r.font.size = Pt(16)
            r.font.color.rgb = GREY

    # 2 why now
    s = new("Why now: the VAT we do not see")
    _kicker(s, "Figures for 2025 unless stated; none of them is a target")
    _box(
        s,
        0.6,
        1.8,
        8.8,
        4.6,
        [
            "One euro in nine of the VAT due in 2025 was never paid: about \u20ac1.9 billion",
            "94% of invoices between businesses still travel as paper or PDF",
            "Our auditors test about 0.4% of VAT returns against the invoices behind them",
            "Carousel fraud took 26 months on average to detect in 2024 and 2025",
            "The EU's VAT in the Digital Age package brings digital reporting for "
            "cross-border trade from 1 July 2030",
        ],
        size=16,
        bullets=True,
    )
    _box(
        s,
        0.6,
        6.4,
        8.8,
        0.4,
        ["Sources: VAT gap estimate 2025 (Analytics and Statistics); TaxCore; audit case files"],
        size=9,
        color=GREY,
    )

    # 3 lessons, not targets
    s = new("Lessons, not targets")
    _kicker(s, "What history, a neighbour and the law tell us")
    _box(
        s,
        0.6,
        1.8,
        8.8,
        4.8,
        [
            ("History", {"bold": True, "color": TEAL}),
            ("In 2019 we moved every VAT return online in 18 months", {"bullet": True}),
            ("A neighbour", {"bold": True, "color": TEAL}),
            (
                "Marovia's tax administration reached 97% of its businesses within 14 months "
                "of its mandate",
                {"bullet": True},
            ),
            ("The law", {"bold": True, "color": TEAL}),
            (
                "The Electronic Invoicing Act 2026 fixes both mandate dates; only Parliament "
                "can move them",
                {"bullet": True},
            ),
            (
                "The Exchange may keep invoice tax data for ten years, for tax purposes only",
                {"bullet": True},
            ),
        ],
        size=16,
    )

    # 4 north star and ambition
    s = new("North star and ambition")
    _box(
        s,
        0.6,
        1.5,
        8.8,
        1.3,
        [
            ("Our north star", {"bold": True, "color": TEAL, "size": 14}),
            (
                "Every invoice between businesses in Lesovia sent once, in one format, "
                "trusted by both sides and by us",
                {"size": 20, "bold": True},
            ),
        ],
    )
    _box(
        s,
        0.6,
        3.2,
        8.8,
        3.6,
        [
            ("By 31 December 2029 we will have:", {"bold": True}),
            ("85% of VAT-registered businesses issuing e-invoices", {"bullet": True}),
            (
                "95% of large taxpayers issuing through an accredited provider by M+3",
                {"bullet": True},
            ),
            ("80% of helpline calls answered within 5 minutes", {"bullet": True}),
            (
                "90% of return mismatches over \u20ac10,000 reviewed within 30 days",
                {"bullet": True},
            ),
        ],
        size=16,
    )

    # 5 pillars and scope
    s = new("Four pillars, one mandate")
    _box(
        s,
        0.6,
        1.5,
        5.4,
        5.2,
        [
            ("1 \u00b7 One format, one Exchange", {"bold": True}),
            ("The platform and the national invoice specification", {"color": GREY}),
            ("2 \u00b7 Many doors, one standard", {"bold": True}),
            ("Accredited service providers", {"color": GREY}),
            ("3 \u00b7 Nobody left at the counter", {"bold": True}),
            ("Support for businesses, large and small", {"color": GREY}),
            ("4 \u00b7 From invoices to insight", {"bold": True}),
            ("Compliance analytics", {"color": GREY}),
        ],
        size=16,
    )
    _box(
        s,
        6.3,
        1.5,
        3.2,
        5.2,
        [
            ("How the pillars are led", {"bold": True, "color": TEAL}),
            "Each pillar has one lead on the Programme Board",
            "Leads report monthly against the measures on slide 10",
            "Pillar 1 depends on no other pillar; pillars 2 to 4 depend on it",
        ],
        size=12,
    )

    # 6 pillar 1
    s = new("One format, one Exchange")
    _kicker(s, "Pillar 1 \u00b7 The platform")
    _box(
        s,
        0.6,
        1.8,
        8.8,
        4.2,
        [
            "Publish the national invoice specification, based on EN 16931, by 30 June 2027",
            "Build the e-Invoice Exchange with a build partner, ready for testing by "
            "30 September 2027",
            "Validate every buyer's VAT number at the Exchange before an invoice is accepted",
            "Remove ceased traders from the VAT register before M-3",
            "Load-test the Exchange at three times the forecast peak before each mandate date",
        ],
        size=15,
        bullets=True,
    )
    _box(
        s,
        0.6,
        6.1,
        8.8,
        0.6,
        [("Goal: the Exchange available 99.9% of each month from M-day", {"bold": True})],
        size=14,
        color=TEAL,
    )

    # 7 pillar 2
    s = new("Many doors, one standard")
    _kicker(s, "Pillar 2 \u00b7 Accredited service providers")
    _box(
        s,
        0.6,
        1.8,
        8.8,
        4.2,
        [
            "Open the accreditation scheme to service providers on 1 October 2027",
            "Audit every provider's security to ISO/IEC 27001 before accreditation",
            "Publish the register of accredited providers and update it weekly",
            "Suspend a provider that misses the 24-hour reporting window twice in a quarter",
        ],
        size=15,
        bullets=True,
    )
    _box(
        s,
        0.6,
        6.1,
        8.8,
        0.6,
        [("Goal: 12 service providers accredited by M-3", {"bold": True})],
        size=14,
        color=TEAL,
    )

    # 8 pillar 3
    s = new("Nobody left at the counter")
    _kicker(s, "Pillar 3 \u00b7 Support for businesses")
    _box(
        s,
        0.6,
        1.7,
        8.8,
        0.6,
        [("Make e-invoicing the easy choice for small firms", {"bold": True})],
        size=18,
        color=TEAL,
    )
    _box(
        s,
        0.6,
        2.4,
        8.8,
        4.2,
        [
            "Open a free e-invoicing portal on MyTax for businesses with turnover under "
            "\u20ac250,000",
            "Certify 180 helpline advisers on the mandate before M-3",
            "Send every large taxpayer a readiness letter at M-9",
            "Run readiness clinics with the chambers of commerce in all six regions",
            "Goal: 80% of helpline calls answered within 5 minutes by March 2029",
        ],
        size=15,
        bullets=True,
    )

    # 9 pillar 4
    s = new("From invoices to insight")
    _kicker(s, "Pillar 4 \u00b7 Compliance analytics")
    _box(
        s,
        0.6,
        1.8,
        8.8,
        4.2,
        [
            "Match e-invoice data to VAT returns every month from M+1",
            "Score invoice chains for missing-trader risk once the data protection "
            "authority has been consulted",
            "Report the programme's measures monthly from Kestrel",
            "Re-estimate the VAT gap with e-invoice data in the post-mandate evaluation",
        ],
        size=15,
        bullets=True,
    )
    _box(
        s,
        0.6,
        6.0,
        8.8,
        0.7,
        [
            (
                "Goal: 90% of return mismatches over \u20ac10,000 reviewed within 30 days "
                "by December 2029",
                {"bold": True},
            )
        ],
        size=14,
        color=TEAL,
    )

    # 10 KPI tiles
    s = new("How we will know")
    _kicker(s, "Targets in large type; baselines and by-when under each measure")
    for i, (big, label, base) in enumerate(TILES):
        col, row = i % 4, i // 4
        x, y = 0.45 + col * 2.3, 1.85 + row * 2.55
        grp = s.shapes.add_group_shape()
        bg = grp.shapes.add_shape(
            MSO_SHAPE.ROUNDED_RECTANGLE, Inches(x), Inches(y), Inches(2.15), Inches(2.35)
        )
        bg.fill.solid()
        bg.fill.fore_color.rgb = PALE
        bg.line.fill.background()
        _box(s, x + 0.1, y + 0.1, 1.95, 0.7, [big], size=30, color=TEAL, shapes=grp.shapes)
        _box(
            s,
            x + 0.1,
            y + 0.85,
            1.95,
            1.45,
            [(label, {"bold": True, "size": 11}), (base, {"size": 9, "color": GREY})],
            shapes=grp.shapes,
        )

    # 11 roadmap
    s = new("The road to M-day and beyond")
    widths = [1.2, 1.65, 1.55, 1.65, 1.75, 1.2]
    table = _table(s, 0.3, 1.4, sum(widths), widths, ROADMAP, size=8)
    table.cell(4, 1).merge(table.cell(4, 2))
    _box(
        s,
        0.3,
        6.3,
        9.3,
        0.6,
        [
            "FY = the Agency's fiscal year, January to December. M-day is the first day of "
            "Mandate Phase 1; Mandate Phase 2 starts at M+6.",
            "The Later column is outside this plan.",
        ],
        size=8,
        color=GREY,
    )

    # 12 stages and gates
    s = new("Stages and gates")
    _box(
        s,
        0.5,
        1.4,
        9.0,
        5.5,
        [
            ("Stage 1 \u00b7 Lay the rails: January to December 2027", {"bold": True}),
            (
                "Gate 1 \u00b7 Ready for voluntary exchange, December 2027: specification "
                "published; Exchange passes its load test; four providers on the test Exchange",
                {"bullet": True},
            ),
            (
                "Stage 2 \u00b7 Voluntary exchange: January to June 2028, M-6 to M-day",
                {"bold": True},
            ),
            ("Gate 2 \u00b7 Go/no-go for M-day", {"bullet": True}),
            (
                "Criteria, for the Director General's decision by 31 May 2028: 12 providers "
                "accredited; a full dress rehearsal with every accredited provider; under 3% "
                "of the pilot group's invoices rejected",
                {"bullet": True, "color": GREY},
            ),
            ("Stage 3 \u00b7 Large taxpayers live: 1 July to 31 December 2028", {"bold": True}),
            (
                "Gate 3 \u00b7 Ready for Mandate Phase 2, November 2028: free portal live; "
                "helpline at 75% within 5 minutes",
                {"bullet": True},
            ),
            ("Stage 4 \u00b7 Everyone live: 1 January to 31 December 2029", {"bold": True}),
            (
                "Gate 4 \u00b7 Close and hand over to business as usual, December 2029",
                {"bullet": True},
            ),
        ],
        size=13,
    )

    # 13 the voluntary exchange
    s = new("Going first, by choice")
    _kicker(
        s,
        "Voluntary exchange with 64 member firms of the Lesovian Food and Grocery "
        "Suppliers' Association, from M-6",
    )
    _box(
        s,
        0.6,
        2.2,
        5.6,
        4.6,
        [
            ("Steps, counted from M-day", {"bold": True, "color": TEAL}),
            ("M-7: sign a participation agreement with each member firm", {"bullet": True}),
            ("M-6: first live invoices through two accredited providers", {"bullet": True}),
            ("M-4: review every rejection code with the Association", {"bullet": True}),
            ("M-2: report the pilot group's results to the Programme Board", {"bullet": True}),
        ],
        size=14,
    )
    _box(
        s,
        6.4,
        2.2,
        3.1,
        4.6,
        [
            ("Why them", {"bold": True, "color": TEAL}),
            "Its members invoice the four big retail chains, all of them large taxpayers",
            "Both sides of most of their invoices are in Lesovia",
            "The Association asked to go first",
        ],
        size=12,
    )

    # 14 scope
    s = new("Who this plan is for, and who it is not")
    _box(
        s,
        0.5,
        1.5,
        4.5,
        5.2,
        [
            ("First in line", {"bold": True, "color": TEAL}),
            (
                "Large taxpayers issuing from their own ERP through an accredited provider, "
                "from M-day",
                {"bullet": True},
            ),
            (
                "Small businesses keying invoices on the free portal, from 1 January 2029",
                {"bullet": True},
            ),
            (
                "VAT returns checked against e-invoice data, from the first return after M-day",
                {"bullet": True},
            ),
        ],
        size=14,
    )
    _box(
        s,
        5.3,
        1.5,
        4.2,
        5.2,
        [
            ("Not in scope", {"bold": True, "color": TEAL}),
            ("Receipts to consumers and cash registers", {"bullet": True}),
            ("Invoices to public bodies (on our B2G portal since 2021)", {"bullet": True}),
            ("Customs declarations and excise documents", {"bullet": True}),
            ("Cross-border digital reporting under ViDA (from 2030)", {"bullet": True}),
        ],
        size=14,
    )

    # 15 risks
    s = new("What could knock us off course")
    _table(s, 0.5, 1.5, 9.0, [3.2, 1.2, 4.6], RISKS, size=11)

    # 16 first 100 days
    s = new("Breaking ground: the first 100 days")
    _kicker(s, "From 4 January 2027; the lead in brackets")
    _box(
        s,
        0.6,
        1.8,
        8.8,
        5.0,
        [
            "Sign the Exchange build contract (Director of Finance)",
            "Appoint the Head of Provider Accreditation (Programme Director)",
            "Draft the accreditation criteria for the Forum (Head of Provider Accreditation)",
            "List every large taxpayer with its invoicing software (Head of the Large "
            "Taxpayer Office)",
            "Open prior consultation with the data protection authority (Head of Compliance "
            "Analytics)",
            "Size Kestrel for invoice-level data (Head of Analytics and Statistics)",
            "Agree the participation terms with the Association (Programme Director)",
        ],
        size=14,
        bullets=True,
    )

    # 17 what changes on Monday
    s = new("What changes on Monday")
    _box(
        s,
        0.6,
        1.6,
        8.8,
        5.0,
        [
            "Helpline advisers log every e-invoicing call under a new reason code",
            "Relationship managers add e-invoicing readiness to every large taxpayer review",
            "The programme office opens the RAID log and the gate calendar",
            "VAT policy answers questions on the Act within five working days",
        ],
        size=16,
        bullets=True,
    )

    # 18 governance
    s = new("Governance")
    _box(
        s,
        0.6,
        1.5,
        8.8,
        5.3,
        [
            "Sponsor: the Director General, who chairs the Executive Board",
            "Senior Responsible Owner: the Deputy Director General, Taxpayer Services, who "
            "chairs the Programme Board every month",
            "The Programme Board decides Gates 1, 3 and 4; Gate 2 is the Director General's "
            "decision on the Board's advice",
            "Design Authority: chaired by the Chief Information Officer, every two weeks",
            "Consulted: the Taxpayers' Consultative Forum every quarter, and the UTCE before "
            "any change to shift patterns",
            "The Ombudsman receives a quarterly note on e-invoicing complaints",
            "The Ministry of Finance is informed at each gate",
        ],
        size=14,
        bullets=True,
    )

    # 19 asks
    s = new("What we ask of the Executive Board today")
    _box(
        s,
        0.6,
        1.6,
        8.8,
        5.0,
        [
            ("1. Approve Invoice Once 2027-2029 and its four stages", {}),
            ("2. Release \u20ac21.4 million for FY2027 from the \u20ac38.6 million budget", {}),
            (
                "3. Confirm the Director General as sponsor and the Deputy Director General, "
                "Taxpayer Services as SRO",
                {},
            ),
            (
                "4. Ask the Ministry of Finance to write a 90-day tolerance into the "
                "Implementing Decree",
                {},
            ),
        ],
        size=16,
    )

    # 20 close
    s = new("Where we will be by the end of FY2029")
    _box(
        s,
        0.6,
        1.6,
        8.8,
        3.0,
        [
            "This is a 36-month plan: it closes on 31 December 2029, the end of FY2029",
            "By then both mandate phases are live, the Exchange carries every B2B invoice "
            "issued in Lesovia, and the matching of invoices to returns is routine work",
            "The post-mandate evaluation (2030) is the Ministry of Finance's, after this plan",
        ],
        size=15,
        bullets=True,
    )
    _box(
        s,
        0.6,
        4.9,
        8.8,
        1.8,
        [
            ("Definitions", {"bold": True, "color": TEAL}),
            "M-day: 1 July 2028, start of Mandate Phase 1 (large taxpayers)",
            "M-n, M+n: n months before or after M-day; Mandate Phase 2 starts at M+6, "
            "1 January 2029",
            "FY: the Agency's fiscal year, the calendar year",
        ],
        size=11,
        color=GREY,
    )

    assert len(slides) == total
    core = prs.core_properties
    core.title = "Invoice Once 2027-2029"
    core.subject = "Executive Board, 14 December 2026"
    core.author = "Milena Drasko"
    core.last_modified_by = "Tomas Vrana"
    core.comments = ""
    core.keywords = ""
    core.category = ""
    core.revision = 47
    buffer = io.BytesIO()
    prs.save(buffer)
    titles = [sl.shapes.title.text_frame.text for sl in slides]
    words = sum(
        len(p.text.split())
        for sl in slides
        for sh in sl.shapes
        if sh.has_text_frame
        for p in sh.text_frame.paragraphs
    )
    paras = sum(
        1
        for sl in slides
        for sh in sl.shapes
        if sh.has_text_frame
        for p in sh.text_frame.paragraphs
        if p.text
    )
    return _mac_package(buffer.getvalue(), titles, words, paras)


_DATES = re.compile(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:(?:created|modified)>)")


def _app_xml(titles: list[str], words: int, paras: int) -> bytes:
    fonts = ["Arial", "Calibri"]
    parts = fonts + ["Office Theme"] + titles
    vec = "".join(f"<vt:lpstr>{escape(t)}</vt:lpstr>" for t in parts)
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
        'extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/'
        '2006/docPropsVTypes"><TotalTime>2916</TotalTime>'
        f"<Words>{words}</Words><Application>Microsoft Macintosh PowerPoint</Application>"
        "<PresentationFormat>On-screen Show (4:3)</PresentationFormat>"
        f"<Paragraphs>{paras}</Paragraphs><Slides>{len(titles)}</Slides><Notes>0</Notes>"
        "<HiddenSlides>0</HiddenSlides><MMClips>0</MMClips><ScaleCrop>false</ScaleCrop>"
        '<HeadingPairs><vt:vector size="6" baseType="variant">'
        "<vt:variant><vt:lpstr>Fonts Used</vt:lpstr></vt:variant>"
        f"<vt:variant><vt:i4>{len(fonts)}</vt:i4></vt:variant>"
        "<vt:variant><vt:lpstr>Theme</vt:lpstr></vt:variant>"
        "<vt:variant><vt:i4>1</vt:i4></vt:variant>"
        "<vt:variant><vt:lpstr>Slide Titles</vt:lpstr></vt:variant>"
        f"<vt:variant><vt:i4>{len(titles)}</vt:i4></vt:variant>"
        "</vt:vector></HeadingPairs>"
        f'<TitlesOfParts><vt:vector size="{len(parts)}" baseType="lpstr">{vec}'
        "</vt:vector></TitlesOfParts><Manager></Manager>"
        "<Company>Lesovian Tax and Customs Agency</Company><LinksUpToDate>false</LinksUpToDate>"
        "<SharedDoc>false</SharedDoc><HyperlinkBase></HyperlinkBase>"
        "<HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0000</AppVersion>"
        "</Properties>"
    ).encode()


def _mac_package(data: bytes, titles: list[str], words: int, paras: int) -> bytes:
    """Repack: ``[Content_Types].xml`` first, every other entry sorted, one fixed time, the
    core dates fixed and the Mac ``app.xml``."""
    src = zipfile.ZipFile(io.BytesIO(data))
    names = src.namelist()
    order = ["[Content_Types].xml"] + sorted(n for n in names if n != "[Content_Types].xml")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in order:
            body = src.read(name)
            if name == "docProps/core.xml":
                body = _DATES.sub(rb"\g<1>" + STAMP.w3c.encode() + rb"\g<2>", body)
                body = body.replace(
                    b"<dc:description>generated using python-pptx</dc:description>",
                    b"<dc:description/>",
                )
            elif name == "docProps/app.xml":
                body = _app_xml(titles, words, paras)
            info = zipfile.ZipInfo(name, date_time=STAMP.zip_time)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, body)
    return out.getvalue()


# =========================================================================== the org chart PDF

# (lane, title, remit, programme role)
POSTS: list[tuple[str, str, str, str]] = [
    (
        "OFFICE OF THE DIRECTOR GENERAL",
        "Director General",
        "Heads the Agency and chairs the Executive Board. Sponsor of Invoice Once; answers "
        "to the Minister of Finance for the mandate. Decides Gate 2, the go/no-go for M-day, "
        "on the Programme Board's advice.",
        "core",
    ),
    (
        "OFFICE OF THE DIRECTOR GENERAL",
        "Programme Director, e-Invoicing",
        "Runs the Invoice Once programme office. Full remit: see the Programme Board terms "
        "of reference, section 5.",
        "core",
    ),
    (
        "OFFICE OF THE DIRECTOR GENERAL",
        "Director of Finance",
        "Agency budget, procurement and contracts, including the Exchange build contract and "
        "each release of programme funds.",
        "core",
    ),
    (
        "OFFICE OF THE DIRECTOR GENERAL",
        "Data Protection Officer",
        "Statutory adviser on data protection. Advises on impact assessments and is the "
        "Agency's contact point for the data protection authority.",
        "extended",
    ),
    (
        "OFFICE OF THE DIRECTOR GENERAL",
        "Head of Learning and Development",
        "Agency-wide learning: induction, leadership and management courses on the Akademia "
        "e-learning platform, which also holds the training records of all staff.",
        "extended",
    ),
    (
        "TAXPAYER SERVICES",
        "Deputy Director General, Taxpayer Services",
        "Senior Responsible Owner of Invoice Once and chair of the Programme Board. Leads "
        "contact, large taxpayers, outreach, registration and digital services. Answers for "
        "the take-up of e-invoicing among VAT-registered businesses.",
        "core",
    ),
    (
        "TAXPAYER SERVICES",
        "Head of Taxpayer Contact",
        "Runs the helpline and webchat from Korvana and Sellmark (212 advisers). Sets and "
        "awards the Helpline Adviser Certificate, which every adviser must hold for each new "
        "law. Owns call answering times and the reason codes advisers log.",
        "core",
    ),
    (
        "TAXPAYER SERVICES",
        "Head of Large Taxpayers Office",
        "Relationship managers for the 2,400 large taxpayers. Owns readiness reviews, "
        "readiness letters and the record of each large taxpayer's invoicing software.",
        "core",
    ),
    (
        "TAXPAYER SERVICES",
        "Head of Business Outreach",
        "Clinics, events and campaigns for small and medium businesses, run with the "
        "chambers of commerce and the accountants' institute in all six regions.",
        "core",
    ),
    (
        "TAXPAYER SERVICES",
        "Head of Digital Services",
        "Online services for taxpayers: the MyTax portal and its forms, including the free "
        "e-invoicing portal for small businesses, and the guidance pages of the website.",
        "core",
    ),
    (
        "TAXPAYER SERVICES",
        "Head of Registration and Taxpayer Records",
        "Owns the VAT register (Registra) and the quality of its data: new registrations, "
        "changes of details and the removal of ceased traders.",
        "core",
    ),
    (
        "COMPLIANCE",
        "Deputy Director General, Compliance",
        "Leads audit, investigation, penalties and compliance analytics. Sets penalty "
        "policy, including any tolerance for a new obligation.",
        "core",
    ),
    (
        "COMPLIANCE",
        "Head of Compliance Analytics",
        "Remit: see the Programme Board terms of reference, section 5.",
        "core",
    ),
    (
        "COMPLIANCE",
        "Head of Analytics and Statistics",
        "Official tax statistics and the VAT gap estimate. Owns the Kestrel data warehouse "
        "and the Insight dashboards, and reports the programme measures.",
        "core",
    ),
    (
        "COMPLIANCE",
        "Head of Service Provider Accreditation",
        "Remit: see the Programme Board terms of reference, section 5. The post is not yet "
        "filled; the Programme Director covers it until an appointment is made.",
        "core",
    ),
    (
        "POLICY AND TECHNOLOGY",
        "Head of VAT Policy and Legislation",
        "Drafts the Implementing Decree of the Electronic Invoicing Act and its technical "
        "annex, the national invoice specification. Advises the Ministry of Finance on VAT "
        "law and answers questions on the Act.",
        "core",
    ),
    (
        "POLICY AND TECHNOLOGY",
        "Chief Information Officer",
        "IT directorate: hosting, networks and the core systems TaxCore and Registra. Chairs "
        "the Design Authority. Owns the availability of every system in production.",
        "core",
    ),
    (
        "POLICY AND TECHNOLOGY",
        "Head of Digital Platforms",
        "Builds and runs the e-Invoice Exchange with the build partner: the interfaces for "
        "service providers, validation rules, rejection codes and load testing.",
        "core",
    ),
    (
        "POLICY AND TECHNOLOGY",
        "Chief Information Security Officer",
        "Security of the Agency's own systems: penetration tests of the Exchange, security "
        "monitoring and incident response.",
        "core",
    ),
    (
        "CONSULTED BODIES",
        "Chair, Taxpayers' Consultative Forum",
        "Independent chair of the Forum of business organisations, accountants and software "
        "vendors. The Forum is consulted; it takes no decisions and owns no programme work.",
        "consult only",
    ),
    (
        "CONSULTED BODIES",
        "UTCE Branch Secretary",
        "Union of Tax and Customs Employees. Consulted on staffing, shifts and working "
        "patterns under the consultation agreement; owns no programme work.",
        "consult only",
    ),
]

_HELV = {  # Helvetica widths (1/1000 em) for the characters used; others 556
    " ": 278,
    "'": 191,
    "(": 333,
    ")": 333,
    ",": 278,
    "-": 333,
    ".": 278,
    "/": 278,
    ":": 278,
    ";": 278,
    "f": 278,
    "i": 222,
    "j": 222,
    "l": 222,
    "r": 333,
    "t": 278,
    "I": 278,
    "m": 833,
    "w": 722,
    "M": 833,
    "W": 944,
}


def _width(text: str, size: float) -> float:
    return sum(_HELV.get(c, 556) for c in text) * size / 1000


def _wrap(text: str, size: float, width: float) -> list[str]:
    lines: list[str] = []
    line = ""
    for word in text.split():
        trial = f"{line} {word}".strip()
        if _width(trial, size) > width and line:
            lines.append(line)
            line = word
        else:
            line = trial
    if line:
        lines.append(line)
    return lines


def _pdf_str(text: str) -> str:
    raw = text.encode("cp1252").decode("latin-1")
    return raw.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def build_org_chart() -> bytes:
    """One A3 landscape page: five lanes of boxes, drawn as an org-charting tool exports them,
    each box's text in reading order (title, remit lines, programme role)."""
    pw, ph = 1190.55, 841.89
    lanes = list(dict.fromkeys(p[0] for p in POSTS))
    lane_w = (pw - 60) / len(lanes)
    ops: list[str] = []
    ops.append("BT /F2 16 Tf 30 805 Td (" + _pdf_str("Lesovian Tax and Customs Agency") + ") Tj ET")
    ops.append(
        "BT /F1 10 Tf 30 789 Td ("
        + _pdf_str(
            "Organisation chart: posts in the Invoice Once programme. Issued by Human "
            "Resources, 1 December 2026. Programme roles as agreed by the Programme Board."
        )
        + ") Tj ET"
    )
    for k, lane in enumerate(lanes):
        x0 = 30 + k * lane_w
        ops.append(f"0.12 0.16 0.27 rg {x0 + 4:.2f} 752 {lane_w - 8:.2f} 22 re f")
        ops.append(f"BT 1 1 1 rg /F2 9 Tf {x0 + 10:.2f} 759 Td ({_pdf_str(lane)}) Tj ET")
        y = 742.0
        for _, title, remit, role in (p for p in POSTS if p[0] == lane):
            inner = lane_w - 28
            tlines = _wrap(title, 9.5, inner)
            rlines = _wrap(remit, 7.5, inner)
            height = 12 * len(tlines) + 9.5 * len(rlines) + 26
            ops.append("0 0 0 RG 0.6 w")
            ops.append(
                f"0.91 0.95 0.95 rg {x0 + 6:.2f} {y - height:.2f} {lane_w - 12:.2f} {height:.2f} re B"
            )
            ty = y - 14
            for line in tlines:
                ops.append(
                    f"BT 0 0 0 rg /F2 9.5 Tf {x0 + 14:.2f} {ty:.2f} Td ({_pdf_str(line)}) Tj ET"
                )
                ty -= 12
            for line in rlines:
                ops.append(
                    f"BT 0.2 0.2 0.2 rg /F1 7.5 Tf {x0 + 14:.2f} {ty:.2f} Td ({_pdf_str(line)}) Tj ET"
                )
                ty -= 9.5
            ops.append(
                f"BT 0 0.43 0.47 rg /F3 7.5 Tf {x0 + 14:.2f} {ty - 2:.2f} Td "
                f"({_pdf_str('Invoice Once role: ' + role)}) Tj ET"
            )
            y -= height + 10
    ops.append(
        "BT 0.35 0.35 0.35 rg /F1 7 Tf 30 20 Td ("
        + _pdf_str("Lanes show directorates, not reporting lines. Page 1 of 1.")
        + ") Tj ET"
    )
    content = zlib.compress("\n".join(ops).encode("latin-1"), 9)
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        (
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {pw} {ph}] /Resources << /Font "
            "<< /F1 4 0 R /F2 5 0 R /F3 6 0 R >> >> /Contents 7 0 R >>"
        ).encode(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Oblique /Encoding /WinAnsiEncoding >>",
        f"<< /Length {len(content)} /Filter /FlateDecode >>\nstream\n".encode()
        + content
        + b"\nendstream",
        (
            "<< /Title (Organisation chart - Invoice Once programme) /Author (Human Resources) "
            "/Creator (OrgPlan Studio 11.2) /Producer (OrgPlan Studio 11.2 PDF export) "
            f"/CreationDate ({PDF_DATE}) /ModDate ({PDF_DATE}) >>"
        ).encode(),
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, start=1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += (
        f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info {len(objs)} 0 R >>\n"
        f"startxref\n{xref}\n%%EOF\n"
    ).encode()
    return bytes(out)


# =========================================================================== the terms of reference


def build_terms() -> bytes:
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = DocxPt(11)
    doc.add_heading("Invoice Once Programme Board: terms of reference", level=1)
    doc.add_paragraph(
        "Approved by the Executive Board on 19 October 2026. Review: at each gate, and in "
        "any case by October 2027."
    )
    doc.add_heading("1. Purpose", level=2)
    doc.add_paragraph(
        "The Programme Board directs the Invoice Once programme, which prepares the Agency "
        "for the two mandate phases of the Electronic Invoicing Act 2026. It holds the plan, "
        "the budget within the limits the Executive Board sets, the risks and the gates."
    )
    doc.add_heading("2. Sponsor and chair", level=2)
    doc.add_paragraph(
        "The Director General is the sponsor of the programme and chairs the Executive "
        "Board, to which the Programme Board reports. The Deputy Director General, Taxpayer "
        "Services is the Senior Responsible Owner and chairs the Programme Board."
    )
    doc.add_heading("3. Membership", level=2)
    table = doc.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    head = table.rows[0].cells
    head[0].text = "Member"
    head[1].text = "Attends as"
    for member, role in [
        ("Deputy Director General, Taxpayer Services", "Chair, Senior Responsible Owner"),
        ("Deputy Director General, Compliance", "Member, lead for pillar 4"),
        ("Programme Director, e-Invoicing", "Member, secretary to the Board"),
        ("Chief Information Officer", "Member, lead for pillar 1 with Digital Platforms"),
        ("Head of Service Provider Accreditation", "Member, lead for pillar 2"),
        ("Head of Taxpayer Contact", "Member, lead for pillar 3 with Business Outreach"),
        ("Director of Finance", "Member, for budget items"),
        ("Data Protection Officer", "Adviser, without a vote"),
        ("UTCE Branch Secretary", "Attends for staffing items, without a vote"),
    ]:
        cells = table.add_row().cells
        cells[0].text = member
        cells[1].text = role
    doc.add_paragraph(
        "The Board is quorate when the chair or the Deputy Director General, Compliance and "
        "three other voting members are present."
    )
    doc.add_heading("4. Decisions", level=2)
    doc.add_paragraph(
        "The Board decides Gates 1, 3 and 4. For Gate 2, the go/no-go for M-day, it advises "
        "and the Director General decides."
    )
    doc.add_paragraph(
        "Release of programme funds above \u20ac1 million needs the signature of the Director "
        "of Finance and the approval of the Director General."
    )
    doc.add_paragraph(
        "The Taxpayers' Consultative Forum must be consulted on the accreditation criteria at "
        "least 60 days before they are published."
    )
    doc.add_paragraph(
        "The Forum and the union are consulted on the matters set out in their own "
        "agreements; neither takes programme decisions or owns programme work."
    )
    doc.add_heading("5. Programme roles", level=2)
    doc.add_paragraph(
        "Programme Director, e-Invoicing: runs the programme office, which keeps the "
        "integrated plan, the RAID log, the gate calendar and the gate papers. Agrees the "
        "participation terms of the voluntary exchange and writes its report to the Board. "
        "Runs the dress rehearsal before M-day. Covers the post of Head of Service Provider "
        "Accreditation while it is vacant."
    )
    doc.add_paragraph(
        "Head of Service Provider Accreditation: designs and runs the accreditation scheme "
        "for e-invoicing service providers, including the criteria, the audits (each "
        "provider's security audit to ISO/IEC 27001 among them), the register of accredited "
        "providers and suspensions."
    )
    doc.add_paragraph(
        "Head of Compliance Analytics: builds and runs risk models on tax data, matches "
        "e-invoice data to VAT returns and selects mismatch cases for review. Prepares the "
        "Agency's prior consultation with the data protection authority for any new risk "
        "scoring."
    )
    doc.add_heading("6. Meetings and papers", level=2)
    doc.add_paragraph(
        "The Board meets monthly, and within five working days of a gate date. Papers are "
        "issued by the programme office three working days before each meeting. The Board's "
        "dashboard is drawn from the Insight dashboards on Kestrel."
    )
    return ooxml_bytes(
        doc,
        DOCX_STAMP,
        author="Programme Office",
        last_modified_by="Programme Office",
        title="Invoice Once Programme Board: terms of reference",
        revision=6,
    )


# =========================================================================== the text files

SYSTEMS = """
# Systems and data inventory: Invoice Once

IT directorate, version of 20 November 2026. Owner of this inventory: Chief Information Officer.

| System | What it does | Owner | Notes |
|---|---|---|---|
| TaxCore | VAT returns, payments and the taxpayer ledger; mainframe, in service since 2004 | Chief Information Officer | TaxCore cannot receive invoice-level data; it holds each VAT return at the level of its return boxes. |
| Registra | The VAT register: 312,000 active VAT numbers | Head of Registration and Taxpayer Records | Registra is updated by overnight batch only, so a new or cancelled VAT number shows the next morning. |
| MyTax | The taxpayer portal: returns, payments, letters, forms | Head of Digital Services | MyTax has no bulk upload; a business keys invoices one at a time on its forms. |
| Kestrel | The Agency's data warehouse: returns, payments and register history since 2015 | Head of Analytics and Statistics | Kestrel is not yet sized for invoice-level data: it takes 40 million rows a month, against a forecast 90 million invoices a month in Mandate Phase 2. |
| Insight | Dashboards on Kestrel, built in Power BI; the Programme Board's dashboard lives here | Head of Analytics and Statistics | Refreshed every night. |
| RiskLens | Risk scores on VAT returns for case selection | Head of Compliance Analytics | Scores VAT returns; invoice data would be a new use under the legal note. |
| CallPoint | Helpline telephony, call recording and webchat | Head of Taxpayer Contact | Reason codes are set by Taxpayer Contact. |
| Akademia | E-learning platform and the training records of all staff | Head of Learning and Development | The Helpline Adviser Certificate is recorded here once awarded. |
| B2G Portal | Invoices to public bodies, mandatory since 2021 | Head of Digital Platforms | Outside Invoice Once. |
| e-Invoice Exchange | To be built: receives the tax data of every B2B invoice from accredited providers | Head of Digital Platforms | Build partner to be contracted in January 2027. |

Hosting: two data centres in Korvana, run by the IT directorate.
"""

MEASURES = """
# Invoice Once: programme measures

Agreed by the Programme Board on 16 November 2026. Reported monthly on Insight by Analytics and Statistics. Each measure has one owner.

| Measure | Definition | Owner | Baseline | Source |
|---|---|---|---|---|
| Large taxpayers issuing through an accredited provider | Share of the 2,400 large taxpayers that sent at least one e-invoice through an accredited provider in the month | Head of Large Taxpayers Office | 0 (2026) | Exchange |
| VAT-registered businesses issuing e-invoices | Share of active VAT numbers that issued at least one e-invoice in the quarter | Deputy Director General, Taxpayer Services | 6% (2026, voluntary e-invoicing) | Exchange, Registra |
| Service providers accredited | Providers on the register of accredited providers | Head of Service Provider Accreditation | 0 | Register |
| Monthly availability of the Exchange | Minutes the Exchange accepted invoices, over minutes in the month | Head of Digital Platforms | Not yet live | Monitoring |
| Invoices rejected for format errors | Share of invoices the Exchange rejected with a format code | Head of Digital Platforms | To be measured with the pilot group | Exchange |
| Helpline calls answered within 5 minutes | Share of helpline calls answered by an adviser within 5 minutes | Head of Taxpayer Contact | 54% (2026) | CallPoint |
| Return mismatches over EUR 10,000 reviewed within 30 days | Share of mismatches between e-invoice data and a VAT return above EUR 10,000 that a caseworker reviewed within 30 days of the return | Head of Compliance Analytics | No matching today | RiskLens, Kestrel |
| Estimated VAT compliance gap | VAT not paid as a share of VAT due, top-down estimate | Head of Analytics and Statistics | 11.4% (2025) | Kestrel |

The estimated VAT compliance gap has no agreed target yet; the Ministry of Finance will set one after Mandate Phase 2.
"""

LEGAL = """
# The legal framework: note for the programme

VAT Policy and Legislation, 2 November 2026.

## The Act

The Electronic Invoicing Act 2026 makes structured e-invoicing compulsory for invoices between VAT-registered businesses established in Lesovia.

- Mandate Phase 1: from 1 July 2028, for large taxpayers (turnover above EUR 50 million; about 2,400 businesses).
- Mandate Phase 2: from 1 January 2029, for all VAT-registered businesses (about 312,000).

Only Parliament can change these dates. The Implementing Decree, which the Agency drafts for the Ministry of Finance, sets the technical annex (the national invoice specification, based on EN 16931) and the rules for accrediting service providers.

## Tolerance

Any tolerance for errors after a mandate date would have to be written into the Implementing Decree, which the Ministry of Finance signs.

## Data

The Exchange may keep the tax data of an invoice for ten years and may use it for tax purposes only. The data protection authority must be consulted before the Exchange's data is used for any new risk scoring, and its opinion can take up to 14 weeks.

## Complaints

A business may complain to the Ombudsman about the Agency's handling of a rejected invoice. The Ombudsman has asked for a quarterly note on such complaints.
"""

CONTACT = """
# Contact centre facts, 2026

Taxpayer Contact, December 2026.

- 212 advisers at two sites, Korvana (128) and Sellmark (84).
- 1.46 million calls and 310,000 webchats in the year to October 2026.
- 54% of calls answered within 5 minutes; 71% within 10 minutes.
- Webchat runs only on weekdays, 08:00 to 17:00, because both sites staff it from the same rota.
- Every adviser must hold the Helpline Adviser Certificate for a new law before taking calls on it. Taxpayer Contact writes the certificate's module and awards it; the award is recorded on Akademia.
- When returns moved online in 2019, calls rose 3.1 times in the first month and took ten weeks to settle.
- Shift patterns are agreed with the UTCE under the consultation agreement.
"""

UNION = """
CONSULTATION AGREEMENT BETWEEN THE LESOVIAN TAX AND CUSTOMS AGENCY AND THE UNION OF TAX AND CUSTOMS EMPLOYEES (UTCE)
Extract: clauses 7 to 9 (as amended 1 March 2025)

7. Working patterns
7.1 Changes to shift patterns at either contact centre cannot be introduced without 45 days' consultation with UTCE.
7.2 Evening and weekend hours are worked by volunteers only, at the agreed premium.

8. New systems and new work
8.1 UTCE shall be consulted before staff are trained on a new system that changes their daily work.
8.2 Consultation does not give UTCE a veto; the Agency takes the decision.

9. Contacts
9.1 The UTCE Branch Secretary is the contact for the Agency's headquarters and both contact centres.
"""

LETTER = """
Lesovian Food and Grocery Suppliers' Association
Secretariat, Trg Obrtnika 4, Korvana

To: Programme Director, e-Invoicing, Lesovian Tax and Customs Agency
Date: 12 November 2026
Subject: Voluntary exchange before M-day

Dear Programme Director,

Our board agreed on 5 November that the Association will ask its members to take part in the voluntary exchange from January 2028.

64 member firms have said yes so far. Most invoice the four big retail chains every day and already send some invoices in a structured format to them.

Eleven of the 64 are small family firms that have no accounting software and invoice from spreadsheets, so they could only take part through a free portal or a provider's web form.

Our finance committee meets monthly and is ready to go through rejected invoices with your team.

Yours sincerely,
Vesna Kral
Secretary General
"""


def build(out: Path) -> None:
    case = out / CASE
    files: dict[str, str | bytes] = {
        DECK: build_deck(),
        "org/people/organisation.pdf": build_org_chart(),
        "org/governance/programme-board-terms-of-reference.docx": build_terms(),
        "org/governance/utce-consultation-agreement-extract.txt": UNION,
        "org/systems/systems-and-data-inventory.md": SYSTEMS,
        "org/measures/programme-measures.md": MEASURES,
        "org/context/legal-framework-note.md": LEGAL,
        "org/context/contact-centre-facts-2026.md": CONTACT,
        "org/context/letter-from-the-association-2026-11-12.txt": LETTER,
    }
    write_files(case, files)


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
