"""Build the blind13 case ``thornbury-generics``: its deck and its org folder, deterministically.

Run from the repository root with the project's venv (python-pptx, python-docx, lxml and
XlsxWriter, which python-pptx uses for a chart's embedded workbook):

    .venv/bin/python evals/blind13/build_thornbury_generics.py [out]

Writes, under ``evals/blind13/thornbury-generics/`` (or ``<out>/thornbury-generics/``):

- ``Pennford_Site_Plan_2028-30_Paper_to_Glass_v3.pptx``: a generics manufacturer's site plan,
  saved as POWERPOINT FOR MICROSOFT 365 ON WINDOWS saves a deck made from the company's
  corporate template: python-pptx's default master turned into that template (widened to 16:9,
  the theme renamed and recoloured, the usual layouts kept: Title Slide, Title and Content,
  Section Header, Two Content, Comparison, Title Only, Blank and the rest); every title and
  body in its placeholder (tables and the chart inserted into a content placeholder, as the
  placeholder's icons do); body text in bullet levels 0-2; a Section Header slide before each
  pillar; one Comparison slide; two hidden slides (``show="0"``); a native bar chart
  (``ppt/charts/chart1.xml`` with its embedded workbook); speaker notes on four slides;
  ``docProps/app.xml`` naming "Microsoft Office PowerPoint" 16.0000.
- ``org/``: the site's leadership roles as Word's "Save as Rich Text Format"
  (``people/site-leadership-roles.rtf``, RTF bytes written here, no library), the steering
  group's terms of reference as a Word document, and Markdown and text files: systems and
  data inventory, KPI definitions, quality and inspection notes, the union agreement extract,
  training and competence, the site profile and an email from the Validation Manager.

Re-running it rewrites every file byte for byte: the OOXML packages with fixed ZIP entry times
and document dates (``evals/dev16/_build.py``), the RTF and text files as literal strings. It
never touches ``gold.json``. This is a BLIND case (split "blind13").
"""

from __future__ import annotations

import io
import re
import sys
import zipfile
from collections.abc import Sequence
from pathlib import Path
from xml.sax.saxutils import escape

from docx import Document
from docx.shared import Pt
from lxml import etree
from pptx import Presentation
from pptx.chart.data import CategoryChartData
from pptx.enum.chart import XL_CHART_TYPE, XL_LEGEND_POSITION
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.oxml.ns import qn
from pptx.shapes.placeholder import ChartPlaceholder, TablePlaceholder
from pptx.util import Emu
from pptx.util import Pt as PPt

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals.dev16._build import Stamp, ooxml_bytes, write_files  # noqa: E402

HERE = Path(__file__).resolve().parent
CASE = "thornbury-generics"
DECK = "Pennford_Site_Plan_2028-30_Paper_to_Glass_v3.pptx"
ROSTER = "org/people/site-leadership-roles.rtf"
TOR = "org/governance/paper-to-glass-steering-group-terms-of-reference.docx"

ZIP_TIME = (2027, 11, 20, 17, 4, 36)
CREATED = "2027-09-14T08:31:05Z"
MODIFIED = "2027-11-20T17:04:36Z"
DOCX_STAMP = Stamp((2027, 10, 9, 11, 20, 0), "2027-10-09T11:20:00Z")

WIDE = 12192000
HIGH = 6858000
OLD_WIDE = 9144000

# =========================================================================== the deck's text

# Each body is a list of (level, text); a slide is (layout, title, bodies, notes).
Body = list[tuple[int, str]]

COVER_SUB = [
    "Pennford site plan, January 2028 to June 2030",
    "Site Leadership Team to the Thornbury Generics Board \u00b7 23 November 2027",
]

WHY_NOW: Body = [
    (
        0,
        "1,212 deviations were raised on site in 2027, and 41% of them started with a gap "
        "or an error in a paper record",
    ),
    (
        0,
        "A finished batch waited a median of 19 working days between the end of packaging "
        "and QP certification",
    ),
    (1, "9 of those days were spent in QA review of the paper batch record"),
    (
        0,
        "Our nine packaging lines produced good packs for only about half of their staffed "
        "time (51% OEE)",
    ),
    (1, "Our 2019 plan aimed for 60% by 2022; we reached 53% before tender volumes grew"),
    (
        0,
        "The MHRA inspection of March 2026 raised one major observation on paper logbooks "
        "and uncontrolled blank forms",
    ),
    (0, "Two tender customers charged us \u00a3640k in late-delivery penalties"),
    (
        0,
        "A leading generics competitor reports release in 6 working days and 72% OEE on its "
        "blister lines",
    ),
]

AMBITION: Body = [
    (0, "Pennford: the generics site that gets it right first time and ships on time"),
    (0, "By June 2030 we will:"),
    (1, "record 95% of batch record steps on glass, not paper"),
    (1, "halve deviations, to 7 per 100 batches"),
    (1, "release a typical batch in 8 working days, not 19"),
    (1, "run our packaging lines at 65% OEE"),
]

TODAY: Body = [
    (0, "Paper batch records everywhere except the dispensary and Granulation Suites 1 and 2"),
    (0, "410 bound paper logbooks for equipment use and cleaning"),
    (0, "In-process and QC results copied by hand into the record"),
    (0, "OEE typed into a spreadsheet from hand-written shift sheets"),
    (0, "QA reads every page of every batch record"),
]

TOMORROW: Body = [
    (0, "Electronic batch records in every area, from one master recipe per product"),
    (0, "Electronic logbooks at the equipment"),
    (0, "Results flow from Quillon LIMS into the batch record"),
    (0, "OEE captured automatically on all nine lines"),
    (0, "QA and the QP review by exception"),
]

PILLARS: Body = [
    (0, "Pillar 1 \u00b7 Paper to glass"),
    (1, "Electronic batch records and logbooks in every area"),
    (0, "Pillar 2 \u00b7 Right first time"),
    (1, "Fewer deviations, investigated and closed faster"),
    (0, "Pillar 3 \u00b7 Released faster"),
    (1, "From end of packaging to QP certification in 8 working days"),
    (0, "Pillar 4 \u00b7 Lines that run"),
    (1, "More good packs from the same nine lines"),
    (
        0,
        "Underneath all four: data integrity, skills on every shift, one set of numbers in DataHub",
    ),
]

P1_LEFT: Body = [
    (0, "Goal"),
    (1, "95% of batch record steps executed in Tessera by M30 (31% in 2027)"),
    (0, "Where we start"),
    (1, "Tessera MES runs in the dispensary and Granulation Suites 1 and 2 only"),
    (1, "Everything downstream is printed, filled in by hand and reviewed on paper"),
    (0, "Lead: Paper to Glass Programme Manager"),
]

P1_RIGHT: Body = [
    (0, "Initiatives"),
    (
        1,
        "1.1 Extend Tessera eBR to Granulation Suites 3 and 4, compression, coating and "
        "encapsulation",
    ),
    (1, "1.2 Build master recipes for the 40 highest-volume products"),
    (2, "The other 70 products move when they are next made, or are discontinued"),
    (1, "1.3 Replace the 410 paper logbooks with electronic logbooks in Tessera"),
    (
        1,
        "1.4 Connect Quillon LIMS to Tessera so that in-process results reach the record "
        "without re-typing",
    ),
    (1, "1.5 Extend eBR to packaging, starting on Line 6, then the other eight lines"),
]

P1_NOTES = [
    "One commitment that is not on the slide.",
    "Before eBR goes live in compression or packaging we will install Wi-Fi in the compression "
    "area and the packaging hall, qualified for GMP use, so that operators sign at the machine "
    "and not at a PC in the corridor.",
]

P2_BODY: Body = [
    (0, "Goals"),
    (1, "Deviations per 100 batches from 14.2 to 7.0 by M24"),
    (1, "90% of deviations closed within 30 days by M18 (58% in 2027)"),
    (1, "95% of batch records right first time at QA review by M24 (61% in 2027)"),
    (1, "Close every commitment from the 2026 MHRA inspection by June 2028"),
    (0, "Initiatives"),
    (1, "2.1 Triage every new deviation within one working day at a daily quality huddle"),
    (1, "2.2 Train 40 deviation investigators in structured root cause analysis"),
    (
        1,
        "2.3 Fix the top 10 recurring deviation types, starting with weighing errors and line "
        "clearance",
    ),
    (2, "Each fix owned by the area manager and checked by QA 90 days later"),
    (
        1,
        "2.4 Issue every batch record and logbook page from a controlled system: no more "
        "blank forms on the shop floor",
    ),
    (0, "Lead: Head of Quality"),
]

P3_BODY: Body = [
    (0, "Goals"),
    (1, "Median release lead time from 19 to 8 working days by M30"),
    (1, "90% of QC results approved within 5 working days of sampling by M18 (64% in 2027)"),
    (0, "Initiatives"),
    (1, "3.1 Review by exception: QA and the QP review only the steps Tessera flags"),
    (2, "Exception rules agreed with the QP product by product before first use"),
    (
        1,
        "3.2 Run the QC laboratory from a daily test plan in Quillon, with a 10:00 sample cut-off",
    ),
    (
        1,
        "3.3 Send approved results from Quillon to Atlas ERP automatically, ending hand-keyed "
        "status changes",
    ),
    (1, "3.4 Move stability tracking from spreadsheets into Quillon"),
    (1, "3.5 Recruit a third Qualified Person so that certification runs six days a week"),
    (0, "Lead: Head of Quality, with the QC Laboratory Manager"),
]

P3_NOTES = [
    "Agreed with the QP but not on the slide: from Wave 1 we will publish the release lead "
    "time of every batch on SiteView each morning, so that a batch that is waiting is seen "
    "on the day it starts to wait.",
]

P4_BODY: Body = [
    (0, "Goals"),
    (1, "Packaging OEE, all nine lines: from 51% to 65% by M30"),
    (1, "World-class changeovers on every blister line"),
    (0, "Initiatives"),
    (1, "4.1 Fit automatic OEE capture to Lines 3 to 9 (Lines 1 and 2 already have it)"),
    (1, "4.2 Run SMED workshops on the six blister lines, Line 6 first"),
    (1, "4.3 Buy a second set of format parts for Lines 4, 5 and 6"),
    (1, "4.4 Put a packaging technician on all three shifts"),
    (2, "Today the night shift calls out an engineer for every stoppage over 30 minutes"),
    (1, "4.5 A line-board meeting at every line on every shift, in place of the paper shift log"),
    (0, "Lead: Packaging Manager"),
]

P4_NOTES = [
    "Not on the slide, and a condition of everything above: before automatic OEE capture goes "
    "live on any line we will agree in writing with the APWU that OEE data is reported by line "
    "and shift, never by operator.",
]

HIDDEN_1: Body = [
    (0, "Move the 60 lowest-volume SKUs to a contract packer from January 2029"),
    (0, "Close packaging Lines 8 and 9 and redeploy their crews"),
    (0, "Expected saving: \u00a3190k a year"),
    (
        0,
        "Dropped by the Site Leadership Team on 12 October 2027: the packer holds no licence "
        "for two of our export markets",
    ),
]

KPI_HEAD = ["KPI", "2027 baseline", "Target", "By when"]
KPI_ROWS = [
    ["Batch record steps executed on eBR (%)", "31%", "95%", "M30 (June 2030)"],
    ["Deviations per 100 batches", "14.2", "7.0", "M24 (December 2029)"],
    ["Deviations closed within 30 days (%)", "58%", "90%", "M18"],
    ["Batch records right first time at QA review (%)", "61%", "95%", "M24"],
    ["Release lead time, median working days", "19", "8", "M30 (June 2030)"],
    ["QC results approved within 5 days of sampling (%)", "64%", "90%", "M18 (June 2029)"],
    ["Packaging OEE, all lines (%)", "51%", "65%", "M30 (June 2030)"],
    ["Data integrity culture score (site survey)", "62 / 100", "Up every year", "Each October"],
]
# the chart: the seven KPIs with a number as their target
CHART_ROWS = [(r[0], float(r[1].rstrip("%")), float(r[2].rstrip("%"))) for r in KPI_ROWS[:7]]

ROADMAP: Body = [
    (0, "Wave 1 Foundations \u00b7 M0-M6 \u00b7 January to June 2028"),
    (1, "Tessera 9 live and validated in the dispensary and Suites 1 and 2"),
    (1, "Daily quality huddle running; deviation triage within one working day"),
    (1, "OEE capture on Line 6; KPI baselines re-stated from DataHub"),
    (1, "Gate 1, end of June 2028: ready to pilot? Steering Group go/no-go"),
    (0, "Wave 2 Pilot and prove \u00b7 M6-M15 \u00b7 July 2028 to March 2029"),
    (1, "eBR and electronic logbooks live in Granulation Suite 3 and on Packaging Line 6"),
    (1, "Review by exception on pilot batches; SMED on Line 6"),
    (1, "Gate 2, end of March 2029: roll out site-wide? Board go/no-go"),
    (0, "Wave 3 Site-wide roll-out \u00b7 M15-M30 \u00b7 April 2029 to June 2030"),
    (
        1,
        "eBR in Suite 4, compression, coating, encapsulation and the other eight packaging lines",
    ),
    (2, "One area goes live at a time, never in the August or Christmas shutdown weeks"),
    (1, "Gate 3, end of June 2030: paper batch records retired; programme closed"),
]

PILOT_LEFT: Body = [
    (0, "Why these two"),
    (1, "Line 6 packs 11 tender SKUs and changes over more often than any other line"),
    (
        1,
        "Suite 3 makes our three highest-volume products and sits next to the Tessera suites",
    ),
    (1, "Both teams volunteered to go first"),
    (0, "How we will run it"),
    (1, "Run paper and eBR side by side for the first 10 batches in Suite 3"),
    (1, "Superusers from every shift trained before go-live"),
]

PILOT_RIGHT: Body = [
    (0, "Pass marks for Gate 2 (March 2029)"),
    (1, "30 consecutive Suite 3 batches on eBR with no paper record"),
    (1, "Line 6 OEE at 60% or more for 8 weeks running"),
    (1, "Pilot batches released in 10 working days or less"),
    (1, "Review-by-exception rules accepted by the QP for three products"),
]

PILOT_NOTES = [
    "One more commitment for the pilot, not shown on the slide.",
    "We will hold a mock MHRA inspection of Suite 3 and Line 6 in February 2029, run by the "
    "Morv\u00e9lan group audit team, before we ask for Gate 2.",
]

RISKS: Body = [
    (0, "Validation capacity: three validators can take one Tessera area at a time"),
    (1, "Bring in a validation partner for Wave 3 and keep area go-lives in sequence"),
    (0, "Tessera 8.2 leaves vendor support in December 2029"),
    (1, "Upgrade Tessera to version 9 in Wave 1, before any new area goes live"),
    (0, "Operators lose faith in eBR if it slows the line"),
    (1, "Train 30 superusers, one per area and shift, before each go-live"),
    (0, "An MHRA inspection arrives in the middle of the roll-out"),
    (
        1,
        "Keep a hybrid paper and eBR procedure, approved by the QP, for each area in transition",
    ),
    (0, "Constraint: no go-live in the August or Christmas shutdown weeks"),
]

HIDDEN_2: Body = [
    (0, "Run the tablet presses unattended from 22:00 to 06:00 with remote monitoring"),
    (0, "Cut the compression night crew from 14 operators to 4"),
    (
        0,
        "Dropped on 12 October 2027: the presses are not fitted for unattended running, and "
        "the idea had not been put to the APWU",
    ),
]

FIRST_100: Body = [
    (
        0,
        "Appoint the Paper to Glass Programme Manager and fill the vacant Data Integrity Lead post",
    ),
    (0, "Sign the Tessera 9 upgrade order and approve its validation plan"),
    (0, "Start the daily quality huddle and one-day deviation triage"),
    (0, "Open consultation with the APWU on the new systems and line boards"),
    (0, "Baseline all eight KPIs in DataHub and publish the first SiteView scorecard"),
    (0, "Fit OEE capture on Line 6"),
    (0, "Agree the first three review-by-exception products with the QP"),
]

GOVERNANCE: Body = [
    (0, "Governance"),
    (1, "Sponsor: the Site Director, who chairs the Paper to Glass Steering Group"),
    (1, "The Steering Group meets monthly and reports to the Board each quarter"),
    (1, "Every area go-live goes through change control in Vantage and QP sign-off"),
    (1, "The APWU and the Morv\u00e9lan regulatory liaison are consulted before each gate"),
    (1, "Group capex for Pennford is capped at \u00a39.8m over 2028-2030"),
]

ASKS: Body = [
    (0, "We ask the Board to"),
    (1, "Approve Paper to Glass and its three waves"),
    (1, "Release \u00a33.1m of operating and capital budget for Waves 1 and 2"),
    (
        1,
        "Support a \u00a36.2m capital request for Wave 3 to the Morv\u00e9lan investment committee",
    ),
    (1, "Confirm Packaging Line 6 and Granulation Suite 3 as the pilot"),
]

# (layout, title, bodies by placeholder idx, notes, hidden)
Slide = tuple[str, str, dict[int, Body | list[str]], list[str], bool]

SLIDES: list[Slide] = [
    ("Title Slide", "Paper to Glass", {1: COVER_SUB}, [], False),
    ("Title and Content", "Why now: what 2027 told us", {1: WHY_NOW}, [], False),
    ("Title and Content", "Our ambition for June 2030", {1: AMBITION}, [], False),
    (
        "Comparison",
        "From paper to glass: what changes by June 2030",
        {1: ["Today (2027)"], 2: TODAY, 3: ["June 2030"], 4: TOMORROW},
        [],
        False,
    ),
    ("Title and Content", "Four pillars", {1: PILLARS}, [], False),
    (
        "Section Header",
        "Pillar 1 \u00b7 Paper to glass",
        {1: ["Electronic batch records and logbooks in every area"]},
        [],
        False,
    ),
    ("Two Content", "Pillar 1 \u00b7 Paper to glass", {1: P1_LEFT, 2: P1_RIGHT}, P1_NOTES, False),
    (
        "Section Header",
        "Pillar 2 \u00b7 Right first time",
        {1: ["Fewer deviations, investigated and closed faster"]},
        [],
        False,
    ),
    ("Title and Content", "Pillar 2 \u00b7 Right first time", {1: P2_BODY}, [], False),
    (
        "Section Header",
        "Pillar 3 \u00b7 Released faster",
        {1: ["From end of packaging to QP certification in 8 working days"]},
        [],
        False,
    ),
    ("Title and Content", "Pillar 3 \u00b7 Released faster", {1: P3_BODY}, P3_NOTES, False),
    (
        "Section Header",
        "Pillar 4 \u00b7 Lines that run",
        {1: ["More good packs from the same nine lines"]},
        [],
        False,
    ),
    ("Title and Content", "Pillar 4 \u00b7 Lines that run", {1: P4_BODY}, P4_NOTES, False),
    (
        "Title and Content",
        "Option considered and dropped: contract packing for low-volume packs",
        {1: HIDDEN_1},
        [],
        True,
    ),
    ("Title and Content", "How we will measure it", {}, [], False),  # KPI table
    ("Title and Content", "Baseline and target for each measure", {}, [], False),  # chart
    (
        "Title and Content",
        "Roadmap: three waves over 30 months (M0 = January 2028)",
        {1: ROADMAP},
        [],
        False,
    ),
    (
        "Two Content",
        "Pilot: Packaging Line 6 and Granulation Suite 3",
        {1: PILOT_LEFT, 2: PILOT_RIGHT},
        PILOT_NOTES,
        False,
    ),
    ("Title and Content", "Risks and how we will handle them", {1: RISKS}, [], False),
    (
        "Title and Content",
        "Option considered and dropped: unmanned night running in compression",
        {1: HIDDEN_2},
        [],
        True,
    ),
    ("Title and Content", "First 100 days (January to mid-April 2028)", {1: FIRST_100}, [], False),
    (
        "Two Content",
        "Governance and our asks of the Board",
        {1: GOVERNANCE, 2: ASKS},
        [],
        False,
    ),
]
KPI_SLIDE = 15
CHART_SLIDE = 16

# the font scale and line-spacing reduction PowerPoint's shrink-on-overflow writes (normAutofit)
# into the bodies of a slide, by slide number
DENSE = (62500, 20000)
SHRINK = {n: DENSE for n in (2, 4, 7, 9, 11, 13, 17, 18, 19, 22)}
SHRINK.update({5: (77500, 10000), 21: (77500, 10000)})
TITLE_SHRINK = 90000  # titles of more than one line at 44 pt

# =========================================================================== the template

NAVY = "1B365D"
TEAL = "00857C"
THEME_COLOURS = {
    "dk2": NAVY,
    "lt2": "E7ECF2",
    "accent1": NAVY,
    "accent2": TEAL,
    "accent3": "7BA7BC",
    "accent4": "E0A526",
    "accent5": "A23B3B",
    "accent6": "6E7B8B",
}


def corporate_template(prs) -> None:
    """python-pptx's default master made into the company's 16:9 template: every placeholder
    widened from 4:3, the theme renamed, recoloured and set in Arial, the printer settings of
    the default package dropped (PowerPoint on Windows does not write them)."""
    prs.slide_width, prs.slide_height = Emu(WIDE), Emu(HIGH)
    prs._element.find(qn("p:sldSz")).attrib.pop("type", None)  # 16:9 has no named type
    for part in [prs.slide_master, *prs.slide_layouts]:
        for off in part._element.iter(qn("a:off")):
            off.set("x", str(int(off.get("x")) * WIDE // OLD_WIDE))
        for ext in part._element.iter(qn("a:ext")):
            if ext.get("cx") is not None:
                ext.set("cx", str(int(ext.get("cx")) * WIDE // OLD_WIDE))
    theme = prs.slide_master.part.part_related_by(RT.THEME)
    root = etree.fromstring(theme.blob)
    a = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
    root.set("name", "Thornbury Generics 2026")
    scheme = root.find(f".//{a}clrScheme")
    scheme.set("name", "Thornbury Generics")
    for name, value in THEME_COLOURS.items():
        slot = scheme.find(f"{a}{name}")
        for child in list(slot):
            slot.remove(child)
        etree.SubElement(slot, f"{a}srgbClr").set("val", value)
    fonts = root.find(f".//{a}fontScheme")
    fonts.set("name", "Thornbury Generics")
    for latin in fonts.iter(f"{a}latin"):
        latin.set("typeface", "Arial")
    theme._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    for rid, rel in list(prs.part.rels.items()):
        if rel.reltype.endswith("/printerSettings"):
            prs.part.drop_rel(rid)


# =========================================================================== the slides


def layout(prs, name: str):
    return next(lay for lay in prs.slide_layouts if lay.name == name)


def fill(placeholder, body: Body | list[str], shrink: tuple[int, int] | None) -> None:
    """Write a body into a placeholder: (level, text) pairs, or plain lines at level 0."""
    tf = placeholder.text_frame
    items = [(0, x) if isinstance(x, str) else x for x in body]
    for i, (level, text) in enumerate(items):
        p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
        p.text = text
        if level:
            p.level = level
    if shrink:
        body_pr = tf._txBody.find(qn("a:bodyPr"))
        auto = etree.SubElement(body_pr, qn("a:normAutofit"))
        auto.set("fontScale", str(shrink[0]))
        if shrink[1]:
            auto.set("lnSpcReduction", str(shrink[1]))


def kpi_table(slide) -> None:
    ph = slide.placeholders[1]
    frame = TablePlaceholder(ph._element, ph._parent).insert_table(len(KPI_ROWS) + 1, 4)
    table = frame.table
    widths = [4_700_000, 1_800_000, 1_800_000, 2_672_000]
    for i, w in enumerate(widths):
        table.columns[i].width = Emu(w)
    for r, row in enumerate([KPI_HEAD, *KPI_ROWS]):
        for c, text in enumerate(row):
            cell = table.cell(r, c)
            cell.text = text
            for para in cell.text_frame.paragraphs:
                for run in para.runs:
                    run.font.size = PPt(14 if r == 0 else 13)


def kpi_chart(slide) -> None:
    ph = slide.placeholders[1]
    data = CategoryChartData(number_format="General")
    data.categories = [name for name, _, _ in CHART_ROWS]
    data.add_series("2027 baseline", [base for _, base, _ in CHART_ROWS])
    data.add_series("2030 target", [target for _, _, target in CHART_ROWS])
    frame = ChartPlaceholder(ph._element, ph._parent).insert_chart(
        XL_CHART_TYPE.BAR_CLUSTERED, data
    )
    chart = frame.chart
    chart.has_title = True
    chart.chart_title.text_frame.text = "2027 baseline against target (units as in the KPI table)"
    chart.chart_title.text_frame.paragraphs[0].runs[0].font.size = PPt(14)
    chart.has_legend = True
    chart.legend.position = XL_LEGEND_POSITION.BOTTOM
    chart.legend.include_in_layout = False
    chart.category_axis.reverse_order = True
    chart.category_axis.tick_labels.font.size = PPt(11)
    chart.value_axis.tick_labels.font.size = PPt(10)
    plot = chart.plots[0]
    plot.gap_width = 60
    plot.has_data_labels = True
    plot.data_labels.font.size = PPt(10)
    plot.data_labels.number_format = "General"
    plot.data_labels.number_format_is_linked = False


def word_count(texts: Sequence[str]) -> int:
    return sum(len(t.split()) for t in texts)


APP_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"'
    ' xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    "<TotalTime>1264</TotalTime><Words>{words}</Words>"
    "<Application>Microsoft Office PowerPoint</Application>"
    "<PresentationFormat>Widescreen</PresentationFormat><Paragraphs>{paras}</Paragraphs>"
    "<Slides>{slides}</Slides><Notes>{notes}</Notes><HiddenSlides>{hidden}</HiddenSlides>"
    "<MMClips>0</MMClips><ScaleCrop>false</ScaleCrop><HeadingPairs>"
    '<vt:vector size="6" baseType="variant"><vt:variant><vt:lpstr>Fonts Used</vt:lpstr>'
    "</vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant><vt:variant><vt:lpstr>Theme</vt:lpstr>"
    "</vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant><vt:variant>"
    "<vt:lpstr>Slide Titles</vt:lpstr></vt:variant><vt:variant><vt:i4>{slides}</vt:i4>"
    "</vt:variant></vt:vector></HeadingPairs><TitlesOfParts>"
    '<vt:vector size="{parts}" baseType="lpstr"><vt:lpstr>Arial</vt:lpstr>'
    "<vt:lpstr>Thornbury Generics 2026</vt:lpstr>{titles}</vt:vector></TitlesOfParts>"
    "<Company>Thornbury Generics Ltd</Company><LinksUpToDate>false</LinksUpToDate>"
    "<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged>"
    "<AppVersion>16.0000</AppVersion></Properties>"
)

_CORE_DATES = re.compile(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)")


def _package(data: bytes) -> bytes:
    """Rewrite a saved package with fixed entry times and core dates, the embedded workbook
    too (XlsxWriter stamps it with the time of the build)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename.endswith("core.xml"):
                body = _CORE_DATES.sub(
                    lambda m: (
                        m.group(1)
                        + (CREATED if m.group(2) == b"created" else MODIFIED).encode()
                        + m.group(3)
                    ),
                    body,
                )
            elif info.filename.endswith(".xlsx"):
                body = _package(body)
            fixed = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, body)
    return out.getvalue()


def build_deck() -> bytes:
    prs = Presentation()
    corporate_template(prs)
    texts: list[str] = []
    titles: list[str] = []
    notes_count = 0
    for n, (lay, title, bodies, notes, hidden) in enumerate(SLIDES, start=1):
        slide = prs.slides.add_slide(layout(prs, lay))
        slide.shapes.title.text = title
        titles.append(title)
        texts.append(title)
        if len(title) > 39:
            body_pr = slide.shapes.title.text_frame._txBody.find(qn("a:bodyPr"))
            etree.SubElement(body_pr, qn("a:normAutofit")).set("fontScale", str(TITLE_SHRINK))
        for idx, body in bodies.items():
            bullets = any(isinstance(x, tuple) for x in body)
            fill(slide.placeholders[idx], body, SHRINK.get(n) if bullets else None)
            texts.extend(x if isinstance(x, str) else x[1] for x in body)
        if n == KPI_SLIDE:
            kpi_table(slide)
            texts.extend(c for row in [KPI_HEAD, *KPI_ROWS] for c in row)
        if n == CHART_SLIDE:
            kpi_chart(slide)
        if notes:
            tf = slide.notes_slide.notes_text_frame
            tf.text = notes[0]
            for line in notes[1:]:
                tf.add_paragraph().text = line
            notes_count += 1
        if hidden:
            slide._element.set("show", "0")
    core = prs.core_properties
    core.title = "Paper to Glass: Pennford site plan 2028-2030"
    core.author = "Rebecca Ashworth"
    core.last_modified_by = "Daniel Okafor"
    core.revision = 23
    core.subject = "Board paper, 23 November 2027"
    core.comments = ""
    core.keywords = "Pennford; eBR; OEE; site plan"
    core.category = ""
    app = next(p for p in prs.part.package.iter_parts() if str(p.partname) == "/docProps/app.xml")
    app._blob = APP_XML.format(
        words=word_count(texts),
        paras=len(texts),
        slides=len(SLIDES),
        notes=notes_count,
        hidden=sum(s[4] for s in SLIDES),
        parts=len(titles) + 2,
        titles="".join(f"<vt:lpstr>{escape(t)}</vt:lpstr>" for t in titles),
    ).encode("utf-8")
    buffer = io.BytesIO()
    prs.save(buffer)
    return _package(buffer.getvalue())


# =========================================================================== the roster (RTF)

# (role, department, programme involvement, remit); "\n" in a remit is Word's soft line break
ROLES: list[tuple[str, str, str, str]] = [
    (
        "Site Director",
        "Site Leadership",
        "Core",
        "Accountable for the Pennford site and for its manufacturing licence obligations. "
        "Sponsor of Paper to Glass; chairs the Site Leadership Team and the Paper to Glass "
        "Steering Group.\nTakes the gate decisions the Steering Group holds and releases wave "
        "budgets within the limits the Board sets.",
    ),
    (
        "Head of Operations",
        "Production",
        "Core",
        "Runs dispensing, granulation, compression, coating and encapsulation on three shifts. "
        "Business owner of Tessera MES; owns the production steps of the batch record and the "
        "go-live of eBR in each production area, the pilot in Granulation Suite 3 included.",
    ),
    (
        "Packaging Manager",
        "Packaging",
        "Core",
        "Runs the nine packaging lines and their crews, agency staff included. Owns packaging "
        "OEE, changeovers, line clearance, the packaging steps of the batch record, the "
        "packaging technicians' rota and the pilot on Packaging Line 6.",
    ),
    (
        "Head of Quality",
        "Quality",
        "Core",
        "Head of the site quality unit. Owns the quality system in Vantage (deviations, CAPA, "
        "change control), inspection readiness and the MHRA CAPA plan, the release lead time "
        "measure and the staffing of QA and of the Qualified Persons.",
    ),
    (
        "Site Qualified Person",
        "Quality",
        "Core",
        "Certifies batches for release under the site's manufacturing authorisation. Approves "
        "the release procedure, review-by-exception rules product by product and any hybrid "
        "paper and eBR procedure.",
    ),
    (
        "QA Operations Manager",
        "Quality",
        "Core",
        "Runs shop-floor QA and QA review of batch records. Owns deviation triage and "
        "investigation, root cause analysis standards, investigator training content and the "
        "right-first-time and deviation closure measures.",
    ),
    (
        "Data Integrity Lead",
        "Quality",
        "Core",
        "Owns the site's data integrity programme: controlled issue of records and forms, "
        "audit trail review, ALCOA+ training content and the annual data integrity culture "
        "survey.",
    ),
    (
        "QC Laboratory Manager",
        "Quality Control",
        "Core",
        "Runs the QC laboratory (chemistry, microbiology, stability). Business owner of Quillon "
        "LIMS; owns test planning, results approval, stability studies and the QC results "
        "measure.",
    ),
    (
        "Technical Services Manager",
        "Technical Services",
        "Core",
        "Owns the site's products and processes: master batch records and master recipes, "
        "process changes, product transfers and the product list.",
    ),
    (
        "Validation Manager",
        "Technical Services",
        "Core",
        "Owns equipment qualification and computerised system validation under EU GMP Annex "
        "11: the validation plan of each Tessera area and upgrade, and any validation partner.",
    ),
    (
        "Site IT and Automation Manager",
        "IT and Automation",
        "Core",
        "System owner of Tessera, Quillon, Atlas ERP and DocuVault and of the production "
        "network. Owns interfaces between systems, line connectivity and wireless networks.",
    ),
    (
        "Paper to Glass Programme Manager",
        "Site Leadership",
        "Core",
        "Runs the Paper to Glass programme office: plan, budget tracking, risks, gate papers and "
        "the eBR roll-out sequence; owns the eBR coverage measure. Secretary to the Steering "
        "Group.",
    ),
    (
        "Head of Engineering and Maintenance",
        "Engineering",
        "Core",
        "Owns engineering and maintenance in every area: Ardent CMMS, planned maintenance, "
        "spares and format parts, line controllers and OEE capture hardware, and the on-call "
        "engineer.",
    ),
    (
        "Continuous Improvement Lead",
        "Operational Excellence",
        "Core",
        "Owns the site's improvement methods (SMED, line boards, tier meetings, loss analysis) "
        "and coaches the area teams that use them.",
    ),
    (
        "Performance and Data Analyst",
        "Finance and Performance",
        "Core",
        "Owns Pennford DataHub and the SiteView dashboards, the KPI definitions and baselines, "
        "and the monthly site scorecard.",
    ),
    (
        "Training and Competence Manager",
        "Human Resources",
        "Core",
        "Owns training and competence on site: Skillbase LMS, curricula, the training team, "
        "superuser training and the induction of agency staff.",
    ),
    (
        "HR Business Partner",
        "Human Resources",
        "Core",
        "Owns employee relations, shift patterns and rotas, recruitment and consultation with "
        "the APWU under the site agreement.",
    ),
    (
        "Supply Chain and Planning Manager",
        "Supply Chain",
        "Extended",
        "Owns the production and packaging plan, Atlas ERP master data and customer service "
        "for tender contracts. Consulted on go-live dates and pilot volumes.",
    ),
    (
        "Warehouse Manager",
        "Supply Chain",
        "Extended",
        "Runs goods receipt, storage, picking and dispatch. Informed of changes to material "
        "issue and to pallet labels.",
    ),
    (
        "Finance Business Partner",
        "Finance",
        "Extended",
        "Tracks programme spend and benefits against the approved wave budgets and prepares "
        "capital requests for the Board.",
    ),
    (
        "Morv\u00e9lan Group Regulatory Liaison",
        "Group Regulatory Affairs",
        "Consult only",
        "Consulted before any change that could need a variation to a marketing authorisation. "
        "Based at the group office; owns no site work.",
    ),
    (
        "APWU Site Convenor",
        "Trade union (APWU)",
        "Consult only",
        "Represents APWU members at Pennford. Consulted under the site agreement on shift "
        "patterns, new technology and training; owns no programme work.",
    ),
]

RTF_HEADING = "Pennford site: leadership roles and programme involvement"
RTF_INTRO = (
    "Issued by the Site Director\u2019s office, 2 November 2027, for the Paper to Glass "
    "programme. Programme involvement: Core roles own programme work; Extended roles are "
    "consulted early and kept informed; Consult only roles are consulted as the site "
    "agreement or group policy requires and never own work."
)
RTF_NOTE = (
    "Note: the post of Data Integrity Lead has been vacant since 31 August 2027. The Head of "
    "Quality covers its remit until it is filled; the post stays on this list because it owns "
    "work in Paper to Glass."
)
COLS = [2835, 1984, 1701, 7568]  # twips; landscape A4 with 2 cm margins
RSIDS = ["5118223", "7043512", "9710418", "12599431", "15741250"]


def rtf_text(text: str) -> str:
    """Text as Word writes it in RTF: specials escaped, the right quote as ``\\rquote``, other
    characters beyond ASCII as ``\\'hh`` in code page 1252, a soft break as ``\\line``."""
    out = []
    for ch in text:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ch == "\u2019":
            out.append("\\rquote ")
        elif ch == "\n":
            out.append("\\line ")
        elif ord(ch) < 128:
            out.append(ch)
        else:
            out.append("\\'" + format(ch.encode("cp1252")[0], "02x"))
    return "".join(out)


def _row_def(i: int, header: bool) -> str:
    borders = "".join(
        f"\\trbrdr{s}\\brdrs\\brdrw4\\brdrcf1 " for s in ("t", "l", "b", "r", "h", "v")
    )
    head = "\\trhdr" if header else ""
    out = [
        f"\\trowd \\irow{i}\\irowband{i}\\ltrrow\\ts16\\trgaph108\\trleft-108{head}"
        f"{borders}\\trftsWidth1\\trftsWidthB3\\trftsWidthA3\\trautofit1\\trpaddl108\\trpaddr108"
        f"\\trpaddfl3\\trpaddft3\\trpaddfb3\\trpaddfr3\\tblrsid{RSIDS[1]}\\tbllkhdrrows"
        "\\tbllkhdrcols\\tbllknocolband\\tblind0\\tblindtype3 "
    ]
    edge = -108
    for w in COLS:
        edge += w
        shade = "\\clcbpat20" if header else ""
        out.append(
            "\\clvertalt\\clbrdrt\\brdrs\\brdrw4\\brdrcf1 \\clbrdrl\\brdrs\\brdrw4\\brdrcf1 "
            "\\clbrdrb\\brdrs\\brdrw4\\brdrcf1 \\clbrdrr\\brdrs\\brdrw4\\brdrcf1 "
            f"{shade}\\cltxlrtb\\clftsWidth3\\clwWidth{w}\\clshdrawnil \\cellx{edge}"
        )
    return "\r\n".join(out)


CELL_PARD = (
    "\\pard\\plain \\ltrpar\\ql \\li0\\ri0\\widctlpar\\intbl\\wrapdefault\\aspalpha\\aspnum"
    "\\faauto\\adjustright\\rin0\\lin0\\yts16 \\rtlch\\fcs1 \\af31507\\afs22\\alang1025 "
    "\\ltrch\\fcs0 \\fs22\\lang2057\\langfe1033\\cgrid\\langnp2057\\langfenp1033 "
)
ROW_PARD = (
    "\\pard\\plain \\ltrpar\\ql \\li0\\ri0\\sa160\\sl259\\slmult1\\widctlpar\\intbl\\wrapdefault"
    "\\aspalpha\\aspnum\\faauto\\adjustright\\rin0\\lin0 \\rtlch\\fcs1 \\af31507\\afs22"
    "\\alang1025 \\ltrch\\fcs0 \\fs22\\lang2057\\langfe1033\\cgrid\\langnp2057\\langfenp1033 "
)
BODY_PARD = (
    "\\pard\\plain \\ltrpar\\ql \\li0\\ri0\\sa160\\sl259\\slmult1\\widctlpar\\wrapdefault"
    "\\aspalpha\\aspnum\\faauto\\adjustright\\rin0\\lin0\\itap0 \\rtlch\\fcs1 \\af31507\\afs22"
    "\\alang1025 \\ltrch\\fcs0 \\f31506\\fs22\\lang2057\\langfe1033\\cgrid\\langnp2057"
    "\\langfenp1033 "
)


def _run(text: str, rsid: str, *, bold: bool = False, italic: bool = False) -> str:
    fmt = ("\\b" if bold else "") + ("\\i" if italic else "")
    return f"{{\\rtlch\\fcs1 \\af31507\\afs20 \\ltrch\\fcs0 \\fs20{fmt}\\insrsid{rsid} {rtf_text(text)}"


def _row(i: int, cells: Sequence[str], header: bool) -> str:
    rsid = RSIDS[2 + i % 3]
    parts = [_row_def(i, header)]
    for c, text in enumerate(cells):
        if c == 0 and not header and " " in text:
            # Word splits the role's run where the name was edited after it was first typed
            head, tail = text.split(" ", 1)
            first = _run(head + " ", rsid, bold=True) + "}" + _run(tail, RSIDS[0], bold=True)
            parts.append(f"{CELL_PARD}{first}}}\\cell ")
        elif c == 0:
            parts.append(f"{CELL_PARD}{_run(text, rsid, bold=True)}}}\\cell ")
        else:
            parts.append(f"{_run(text, rsid, bold=header)}\\cell }}")
    parts.append(f"{ROW_PARD}{{\\rtlch\\fcs1 \\af31507 \\ltrch\\fcs0 \\insrsid{rsid} ")
    parts.append(_row_def(i, header) + "\\row }")
    return "\r\n".join(parts)


RTF_HEAD = (
    "{\\rtf1\\ansi\\ansicpg1252\\deff0\\uc1\\adeflang1025\\adeff31507\\stshfdbch31505"
    "\\stshfloch31506\\stshfhich31506\\stshfbi31507\\deflang2057\\deflangfe2057\\themelang2057"
    "\\themelangfe0\\themelangcs0"
    "{\\fonttbl{\\f0\\fbidi \\froman\\fcharset0\\fprq2{\\*\\panose 02020603050405020304}"
    "Times New Roman;}{\\f34\\fbidi \\froman\\fcharset0\\fprq2{\\*\\panose 02040503050406030204}"
    "Cambria Math;}\r\n{\\f42\\fbidi \\fswiss\\fcharset0\\fprq2{\\*\\panose 020b0604020202020204}"
    "Arial;}{\\f43\\fbidi \\fswiss\\fcharset0\\fprq2{\\*\\panose 020f0502020204030204}Calibri;}"
    "{\\flomajor\\f31500\\fbidi \\froman\\fcharset0\\fprq2{\\*\\panose 02020603050405020304}"
    "Times New Roman;}\r\n{\\fhimajor\\f31502\\fbidi \\fswiss\\fcharset0\\fprq2"
    "{\\*\\panose 020b0604020202020204}Arial;}{\\fdbminor\\f31505\\fbidi \\froman\\fcharset0"
    "\\fprq2{\\*\\panose 02020603050405020304}Times New Roman;}{\\fhiminor\\f31506\\fbidi "
    "\\fswiss\\fcharset0\\fprq2{\\*\\panose 020b0604020202020204}Arial;}\r\n{\\fbiminor\\f31507"
    "\\fbidi \\froman\\fcharset0\\fprq2{\\*\\panose 02020603050405020304}Times New Roman;}}"
    "{\\colortbl;\\red0\\green0\\blue0;\\red0\\green0\\blue255;\\red0\\green255\\blue255;"
    "\\red0\\green255\\blue0;\\red255\\green0\\blue255;\\red255\\green0\\blue0;\\red255\\green255"
    "\\blue0;\\red255\\green255\\blue255;\\red0\\green0\\blue128;\\red0\\green128\\blue128;"
    "\r\n\\red0\\green128\\blue0;\\red128\\green0\\blue128;\\red128\\green0\\blue0;\\red128"
    "\\green128\\blue0;\\red128\\green128\\blue128;\\red192\\green192\\blue192;\\red0\\green0"
    "\\blue0;\\red0\\green0\\blue0;\\caccentone\\ctint255\\cshade191\\red27\\green54\\blue93;"
    "\\red231\\green236\\blue242;}{\\*\\generator Microsoft Word 16.0;}"
    "{\\*\\defchp \\f31506\\fs22\\lang2057\\langfe1033\\langfenp1033 }{\\*\\defpap \\ql \\li0"
    "\\ri0\\sa160\\sl259\\slmult1\\widctlpar\\wrapdefault\\aspalpha\\aspnum\\faauto\\adjustright"
    "\\rin0\\lin0\\itap0 }\\noqfpromote \r\n{\\stylesheet{\\ql \\li0\\ri0\\sa160\\sl259\\slmult1"
    "\\widctlpar\\wrapdefault\\aspalpha\\aspnum\\faauto\\adjustright\\rin0\\lin0\\itap0 "
    "\\rtlch\\fcs1 \\af31507\\afs22\\alang1025 \\ltrch\\fcs0 \\f31506\\fs22\\lang2057"
    "\\langfe1033\\cgrid\\langnp2057\\langfenp1033 \\snext0 \\sqformat \\spriority0 Normal;}"
    "\r\n{\\s1\\ql \\li0\\ri0\\sb240\\sa120\\sl259\\slmult1\\keep\\keepn\\widctlpar\\wrapdefault"
    "\\aspalpha\\aspnum\\faauto\\outlinelevel0\\adjustright\\rin0\\lin0\\itap0 \\rtlch\\fcs1 "
    "\\af31503\\afs32\\alang1025 \\ltrch\\fcs0 \\fs32\\cf19\\lang2057\\langfe1033\\loch\\f31502"
    "\\hich\\af31502\\dbch\\af31501\\cgrid\\langnp2057\\langfenp1033 \\sbasedon0 \\snext0 "
    "\\slink15 \\sqformat \\spriority9 \\styrsid5118223 heading 1;}{\\*\\cs10 \\additive "
    "\\ssemihidden \\sunhideused \\spriority1 Default Paragraph Font;}\r\n{\\*\\ts11\\tsrowd"
    "\\trftsWidthB3\\trpaddl108\\trpaddr108\\trpaddfl3\\trpaddft3\\trpaddfb3\\trpaddfr3\\tblind0"
    "\\tblindtype3\\tsvertalt\\tsbrdrt\\tsbrdrl\\tsbrdrb\\tsbrdrr\\tsbrdrdgl\\tsbrdrdgr\\tsbrdrh"
    "\\tsbrdrv \\ql \\li0\\ri0\\sa160\\sl259\\slmult1\\widctlpar\\wrapdefault\\aspalpha\\aspnum"
    "\\faauto\\adjustright\\rin0\\lin0\\itap0 \\rtlch\\fcs1 \\af31507\\afs22\\alang1025 "
    "\\ltrch\\fcs0 \\f31506\\fs22\\lang2057\\langfe1033\\cgrid\\langnp2057\\langfenp1033 "
    "\\snext11 \\ssemihidden \\sunhideused Normal Table;}\r\n{\\*\\cs15 \\additive \\rtlch"
    "\\fcs1 \\af31503\\afs32 \\ltrch\\fcs0 \\fs32\\cf19\\loch\\f31502\\hich\\af31502\\dbch"
    "\\af31501 \\sbasedon10 \\slink1 \\slocked \\spriority9 \\styrsid5118223 Heading 1 Char;}"
    "{\\*\\ts16\\tsrowd\\trbrdrt\\brdrs\\brdrw4\\brdrcf1 \\trbrdrl\\brdrs\\brdrw4\\brdrcf1 "
    "\\trbrdrb\\brdrs\\brdrw4\\brdrcf1 \\trbrdrr\\brdrs\\brdrw4\\brdrcf1 \\trbrdrh\\brdrs\\brdrw4"
    "\\brdrcf1 \\trbrdrv\\brdrs\\brdrw4\\brdrcf1 \r\n\\trftsWidthB3\\trpaddl108\\trpaddr108"
    "\\trpaddfl3\\trpaddft3\\trpaddfb3\\trpaddfr3\\tblind0\\tblindtype3\\tsvertalt\\tsbrdrt"
    "\\tsbrdrl\\tsbrdrb\\tsbrdrr\\tsbrdrdgl\\tsbrdrdgr\\tsbrdrh\\tsbrdrv \\ql \\li0\\ri0\\sa0"
    "\\sl240\\slmult1\\widctlpar\\wrapdefault\\aspalpha\\aspnum\\faauto\\adjustright\\rin0\\lin0"
    "\\itap0 \\rtlch\\fcs1 \\af31507\\afs22\\alang1025 \\ltrch\\fcs0 \\f31506\\fs22\\lang2057"
    "\\langfe1033\\cgrid\\langnp2057\\langfenp1033 \\sbasedon11 \\snext16 \\spriority39 "
    "\\styrsid7043512 Table Grid;}}\r\n"
    "{\\*\\rsidtbl \\rsid5118223\\rsid7043512\\rsid9710418\\rsid12599431\\rsid15741250}"
    "{\\mmathPr\\mmathFont34\\mbrkBin0\\mbrkBinSub0\\msmallFrac0\\mdispDef1\\mlMargin0"
    "\\mrMargin0\\mdefJc1\\mwrapIndent1440\\mintLim0\\mnaryLim1}"
    "{\\info{\\title Pennford site leadership roles}{\\author Sarah Penrose}{\\operator "
    "Sarah Penrose}{\\creatim\\yr2027\\mo10\\dy4\\hr10\\min12}{\\revtim\\yr2027\\mo11\\dy2"
    "\\hr15\\min47}{\\version6}{\\edmins93}{\\nofpages3}{\\nofwords1064}{\\nofchars6068}"
    "{\\*\\company Thornbury Generics Ltd}{\\nofcharsws7105}{\\vern121}}\r\n"
    "{\\*\\xmlnstbl {\\xmlns1 http://schemas.microsoft.com/office/word/2003/wordml}}"
    "\\paperw16838\\paperh11906\\margl1134\\margr1134\\margt1134\\margb1134\\gutter0\\ltrsect "
    "\r\n\\widowctrl\\ftnbj\\aenddoc\\trackmoves0\\trackformatting1\\donotembedsysfont1"
    "\\relyonvml0\\donotembedlingdata0\\grfdocevents0\\validatexml1\\showplaceholdtext0"
    "\\ignoremixedcontent0\\saveinvalidxml0\\showxmlerrors1\\noxlattoyen\\expshrtn\\noultrlspc"
    "\\dntblnsbdb\\nospaceforul\\formshade\\horzdoc\\dgmargin\\dghspace180\\dgvspace180"
    "\\dghorigin1134\\dgvorigin1134\\dghshow1\\dgvshow1\r\n\\jexpand\\viewkind1\\viewscale100"
    "\\pgbrdrhead\\pgbrdrfoot\\splytwnine\\ftnlytwnine\\htmautsp\\nolnhtadjtbl\\useltbaln"
    "\\alntblind\\lytcalctblwd\\lyttblrtgr\\lnbrkrule\\nobrkwrptbl\\snaptogridincell"
    "\\allowfieldendsel\\wrppunct\\asianbrkrule\\rsidroot5118223\\newtblstyruls\\nogrowautofit"
    "\\usenormstyforlist\\noindnmbrts\\felnbrelev\\nocxsptable\\indrlsweleven\\noafcnsttbl"
    "\\afelev\\utinl\\hwelev\\spltpgpar\\notcvasp\\notbrkcnstfrctbl\\notvatxbx\\krnprsnet"
    "\\cachedcolbal \\nouicompat \\fet0{\\*\\wgrffmtfilter 2450}\\nofeaturethrottle1"
    "\\ilfomacatclnup0\\ltrpar \\sectd \\ltrsect\\lndscpsxn\\linex0\\headery709\\footery709"
    "\\colsx708\\endnhere\\sectlinegrid360\\sectdefaultcl\\sftnbj {\\*\\pnseclvl1\\pnucrm"
    "\\pnstart1\\pnindent720\\pnhang {\\pntxta .}}\r\n"
)

RTF_TAIL = (
    "{\\*\\latentstyles\\lsdstimax376\\lsdlockeddef0\\lsdsemihiddendef0\\lsdunhideuseddef0"
    "\\lsdqformatdef0\\lsdprioritydef99{\\lsdlockedexcept \\lsdqformat1 \\lsdpriority0 "
    "\\lsdlocked0 Normal;\\lsdqformat1 \\lsdpriority9 \\lsdlocked0 heading 1;\\lsdpriority39 "
    "\\lsdlocked0 Table Grid;}}{\\*\\datastore }}"
)


def build_roster() -> bytes:
    parts = [RTF_HEAD]
    parts.append(
        "\\pard\\plain \\ltrpar\\s1\\ql \\li0\\ri0\\sb240\\sa120\\sl259\\slmult1\\keep\\keepn"
        "\\widctlpar\\wrapdefault\\aspalpha\\aspnum\\faauto\\outlinelevel0\\adjustright\\rin0"
        "\\lin0\\itap0\\pararsid5118223 \\rtlch\\fcs1 \\af31503\\afs32\\alang1025 \\ltrch\\fcs0 "
        "\\fs32\\cf19\\lang2057\\langfe1033\\loch\\af31502\\hich\\af31502\\dbch\\af31501\\cgrid"
        "\\langnp2057\\langfenp1033 {\\rtlch\\fcs1 \\af31503 \\ltrch\\fcs0 \\insrsid5118223 "
        f"{rtf_text(RTF_HEADING)}\\par }}"
    )
    parts.append(
        f"{BODY_PARD}{{\\rtlch\\fcs1 \\af31507 \\ltrch\\fcs0 \\insrsid5118223 "
        f"{rtf_text(RTF_INTRO)}\\par }}"
    )
    rows = [("Role", "Department", "Programme involvement", "Remit"), *ROLES]
    for i, row in enumerate(rows):
        parts.append(_row(i, row, header=i == 0))
    parts.append(
        f"{BODY_PARD}{{\\rtlch\\fcs1 \\af31507 \\ltrch\\fcs0 \\insrsid7043512 \\par }}"
        f"{{\\rtlch\\fcs1 \\af31507 \\ltrch\\fcs0 \\i\\insrsid15741250 {rtf_text(RTF_NOTE)}}}"
        "{\\rtlch\\fcs1 \\af31507 \\ltrch\\fcs0 \\insrsid15741250 \\par }"
    )
    parts.append(RTF_TAIL)
    return "\r\n".join(parts).encode("ascii")


# =========================================================================== the org folder

SITE_PROFILE = """
PENNFORD SITE PROFILE
Thornbury Generics Ltd, Harrowfield Road, Pennford
Issued by the Site Director's office, October 2027

WHAT WE MAKE
Pennford makes oral solid dose generic medicines: film-coated and uncoated tablets and hard
capsules, 110 products in 640 pack presentations (SKUs), for NHS tender contracts and for
export customers in 14 countries. In 2027 we expect to make 2,860 bulk batches and to run
5,940 packaging orders, about 1.7 billion tablets and capsules.

Thornbury Generics has been owned by the Morv\u00e9lan group since 2022 and Pennford is its only
manufacturing site. The site holds a manufacturer's licence from the MHRA.

AREAS
Dispensary: two weighing booths.
Granulation: four suites. Suites 1 and 2 (high-shear granulation and fluid-bed drying) were
built in 2021 with Tessera MES. Suites 3 and 4 date from 2009; Suite 3 makes our three
highest-volume products.
Compression: 12 tablet presses in one hall.
Coating: four perforated coating pans.
Encapsulation: two capsule fillers.
Packaging hall: nine lines. Lines 1 to 6 are blister lines and Lines 7 to 9 fill bottles.
Line 6 (installed 2019) packs 11 tender SKUs and changes over more often than any other line.
QC laboratory: chemistry, microbiology and stability, 46 staff.
Warehouse: raw materials, packaging components and finished goods, 3,400 pallet positions.

PEOPLE AND SHIFTS
688 employees at 30 September 2027, plus about 90 agency staff in packaging.
Production and packaging work three shifts (06:00-14:00, 14:00-22:00, 22:00-06:00), Monday to
Friday; Lines 1 to 4 also run a weekend shift.
Packaging technicians work the early and late shifts. At night the on-call engineer is called
out to any stoppage the crew cannot clear.

SHUTDOWNS
The site shuts for two weeks in August and for one week between Christmas and New Year.
Work on qualified equipment and validated computerised systems is planned into those
shutdowns, or into a weekend agreed in advance with the Head of Quality.
"""

SYSTEMS = """
# Pennford site: systems and data inventory

Kept by the Site IT and Automation Manager. Last reviewed 26 October 2027. Every system below
is a validated computerised system under EU GMP Annex 11 unless it says otherwise.

## Tessera MES (version 8.2)

Electronic batch records (eBR), weighing and dispensing, material checks and electronic
logbooks. Business owner: Head of Operations. System owner: Site IT and Automation Manager.

- Tessera runs only in the dispensary and in Granulation Suites 1 and 2.
- Granulation Suites 3 and 4, compression, coating, encapsulation and packaging work from
  batch records printed from DocuVault.
- Tessera holds master recipes for the dispensing and granulation steps of 38 products.
- Tessera version 9, released by the vendor in 2027, adds a packaging module.
- In-process results (blend uniformity, tablet weight, hardness) are written into the batch
  record by the analyst and checked by a second person.
- Electronic logbooks run in Suites 1 and 2. Every other area keeps its equipment use and
  cleaning logbooks on paper, in 410 bound logbooks.

## Quillon LIMS

Samples, tests, specifications and results for the QC laboratory. Business owner: QC
Laboratory Manager.

- Quillon cannot post a batch's QC status to Atlas ERP: after approval an analyst changes the
  status in Atlas by hand.
- Stability studies are planned by the stability team in Quillon and in the stability
  workbook.

## Atlas ERP

Materials, stock, planning, batch status and release. Business owner: Supply Chain and
Planning Manager.

- The QP's certification is recorded in Atlas when the batch status is set to Released.

## Vantage QMS

Deviations, CAPA, change control and complaints. Business owner: Head of Quality.

- Vantage records the date each deviation is opened and the date it is closed.

## DocuVault

SOPs, master batch records (written in Word and approved in DocuVault), specifications and
training documents. Business owner: Head of Quality.

- Areas print blank batch record forms and logbook pages from DocuVault as they need them.

## Pennford DataHub and SiteView

DataHub is the site's data warehouse. Every night it loads Atlas ERP, Vantage, Quillon and
Skillbase. SiteView is the site's reporting tool: the dashboards and the monthly site
scorecard built on DataHub. Both are owned by the Performance and Data Analyst.

- DataHub is not yet fed from Tessera or from the packaging lines.

## Packaging line data

- LineLogic automatic OEE capture only covers Lines 1 and 2; OEE for Lines 3 to 9 relies on a
  spreadsheet that team leaders type up each morning from hand-written shift sheets.
- The line controllers on Lines 3 to 9 keep their own event logs, which are not retained
  beyond 7 days.
- A protocol gateway for the Line 6 controller was ordered on 18 October 2027 (14-week lead
  time).

## Ardent CMMS

Planned maintenance, work orders, spares and calibration. Business owner: Head of Engineering
and Maintenance. Technicians print their work orders from the engineering office PCs and
close them at the end of the shift.

## Skillbase LMS

Training records, curricula and SOP read-and-understand for every employee. Business owner:
Training and Competence Manager. Not a GMP computerised system.

## Network

- The compression hall and the packaging hall have no wireless network; the production
  network reaches each packaging line through one wired point at the line's control panel.
"""

MEASURES = """
# Pennford site KPI definitions

Kept by the Performance and Data Analyst. Baselines are for calendar year 2027: January to
October actuals and a forecast for November and December made on 14 November 2027.

| KPI | Definition | Owner | Source | 2027 baseline |
|---|---|---|---|---|
| Batch record steps executed on eBR | Share of batch record steps, dispensing to packaging, executed and signed in Tessera, averaged over the batches of the year | Paper to Glass Programme Manager | Tessera step counts; DocuVault master batch records | 31% |
| Deviations per 100 batches | Deviations raised in Vantage per 100 bulk batches made | Head of Quality | Vantage; Atlas ERP | 14.2 |
| Deviations closed within 30 days | Share of deviations closed within 30 calendar days of being opened | QA Operations Manager | Vantage | 58% |
| Batch records right first time | Share of batch records that pass QA review with no correction | QA Operations Manager | QA review log | 61% |
| Release lead time | Median working days from the last pack of a batch to QP certification in Atlas | Head of Quality | Atlas ERP | 19 working days |
| QC results within 5 days | Share of QC results approved within 5 working days of sampling | QC Laboratory Manager | Quillon LIMS | 64% |
| Packaging OEE | Good packs as a share of the packs the line could make in its staffed time, all nine lines | Packaging Manager | LineLogic (Lines 1-2); shift sheet workbook (Lines 3-9) | 51% |
| Data integrity culture score | Mean score of the annual site data integrity survey, out of 100, run each October | Data Integrity Lead | Survey tool; results in SiteView | 62 / 100 |

## Notes on the data

- QA types the month's review log results into DataHub in the first week of the next month.
- Atlas records the end of packaging and the certification date of each batch.
- Every KPI above is published in SiteView each month and reviewed at the Site Leadership
  Team's monthly performance meeting.
"""

QUALITY = """
# Quality notes for the Paper to Glass programme

From the Head of Quality, 6 November 2027.

## The MHRA inspection of March 2026

- The inspection raised one major observation, on the data integrity of paper records
  (logbook entries made after the event, and blank batch record pages printed without
  reconciliation), and four other observations.
- Our CAPA plan commits us to issuing every batch record and logbook page under control by
  30 June 2028.
- On the MHRA's risk-based schedule we expect the next inspection in the first half of 2029,
  while the pilot is running.

## Release and the Qualified Persons

- We have two Qualified Persons: the Site Qualified Person, employed full time, and a
  contract QP who certifies on Tuesdays and Thursdays. Certification runs Monday to Friday.
- The QP must be consulted before any change to the content of a batch record or to the
  release procedure, and approves review-by-exception rules product by product before they
  are used.

## Deviations

- QA Operations triages new deviations at the Monday quality meeting.
- 9 people on site are trained in structured root cause analysis; the area team leaders write
  most investigations.

## Marketing authorisations

- The Morv\u00e9lan Group Regulatory Liaison must be consulted before any change that could need a
  variation to a marketing authorisation, for example a new batch size, equipment of a
  different design or principle, or a move of a product to another packaging line.
- A variation to a UK licence is usually approved in three to six months.
"""

APWU = """
# Site agreement between Thornbury Generics (Pennford) and the APWU: extract

Copied by the HR Business Partner from the 2024 site agreement, clauses that bear on Paper to
Glass. The full agreement is held by HR.

7.2 Any change to shift patterns, or to the number or kind of roles on a shift, must be
consulted on with the APWU for at least 45 days before it takes effect.

7.5 New technology. The APWU is consulted before any system that records operators' actions
is introduced or extended to a new area, and data from line systems and batch systems cannot
be used to measure, compare or rank the performance of individual operators.

9.1 Training required by a new system is given in paid time, within the training allowance of
8 hours per employee per quarter, paid at time and a half when it falls outside the shift.

The APWU Site Convenor is consulted under these clauses. The convenor does not own, lead or
deliver programme work.
"""

TRAINING = """
# Training and competence at Pennford

Owner: Training and Competence Manager (Human Resources).

Every employee's curriculum, SOP read-and-understand records and practical sign-offs are held
in Skillbase, the site's learning management system. The training team is four trainers and
the Training and Competence Manager. In 2021 the team trained Suites 1 and 2 and the dispensary
for Tessera with 12 superusers drawn from the shifts, and the same model is the plan for Paper
to Glass.

How the team works:

- Practical assessments on the shop floor are signed on a form that a trainer scans into
  Skillbase.
- The 12 superusers trained in 2021 work in the dispensary and Granulation Suites 1 and 2.
- Trainers work days; on nights, the team leaders give training.
- Agency staff in packaging are inducted by the agency supervisor.

Root cause analysis training is bought from an external provider; the last course (2025) took
eight people at a time over three days.
"""

EMAIL = """
From: Validation Manager
To: Paper to Glass Programme Manager
Cc: Site IT and Automation Manager; Head of Quality
Date: 30 October 2027 16:12
Subject: Validation capacity for Paper to Glass

Hi,

Before the plan goes to the Board, here is how my team would validate Paper to Glass.

There are three of us. Suites 1 and 2 took us seven months in 2021, one area after the other.

For the Tessera 9 upgrade we would revalidate the dispensary and Suites 1 and 2 first, and
add new areas on version 9 after that.

The August 2028 shutdown is booked for the compression hall air handling upgrade.

For Line 6 we would validate the packaging module once the Line 6 gateway is installed and
qualified.

If the plan puts two areas in the same months of 2029, a validation partner would join us
under a framework contract, which Procurement would tender in the spring.

Regards,
Validation Manager
"""

TOR_PARAGRAPHS: list[tuple[str, str]] = [
    ("Title", "Paper to Glass Steering Group: Terms of Reference"),
    ("Normal", "Version 2.0, approved by the Site Leadership Team on 9 October 2027."),
    ("Heading 1", "1. Purpose"),
    (
        "Normal",
        "The Steering Group directs the Paper to Glass programme at Pennford, holds its plan "
        "and budget, and takes or recommends its gate decisions.",
    ),
    ("Heading 1", "2. Sponsor and chair"),
    (
        "Normal",
        "The Site Director is the sponsor of Paper to Glass and chairs the Steering Group. The "
        "Site Director is accountable to the Thornbury Generics Board for the programme.",
    ),
    ("Heading 1", "3. Members"),
    (
        "Normal",
        "The Site Director (chair); the Head of Operations; the Head of Quality; the Site "
        "Qualified Person; the Packaging Manager; the QC Laboratory Manager; the Site IT and "
        "Automation Manager; the Head of Engineering and Maintenance; the HR Business Partner; "
        "the Training and Competence Manager; the Paper to Glass Programme Manager (secretary).",
    ),
    ("Heading 1", "4. Consulted, not members"),
    (
        "Normal",
        "The APWU Site Convenor and the Morv\u00e9lan Group Regulatory Liaison are consulted "
        "before each gate. They are not members and do not own programme work.",
    ),
    ("Heading 1", "5. Decisions"),
    (
        "Normal",
        "Gate 1 and Gate 3 are decided by the Steering Group. Gate 2 is recommended by the "
        "Steering Group and decided by the Thornbury Generics Board.",
    ),
    (
        "Normal",
        "The quorum for a gate decision is the chair and the Head of Quality or the Site "
        "Qualified Person.",
    ),
    ("Heading 1", "6. Money"),
    (
        "Normal",
        "The Steering Group approves spending of up to \u00a3250,000 on any one item within an "
        "approved wave budget; larger items go to the Thornbury Generics Board.",
    ),
    (
        "Normal",
        "Capital requests above \u00a31m go to the Morv\u00e9lan investment committee, which meets "
        "in March, June, September and December.",
    ),
    ("Heading 1", "7. Meetings and reporting"),
    (
        "Normal",
        "The Steering Group meets monthly, on the second Tuesday. The Programme Manager sends "
        "the gate paper five working days before a gate. The chair reports to the Board each "
        "quarter.",
    ),
]

TOR_TABLE = [
    ("Gate", "Month", "Question", "Decided by"),
    ("Gate 1", "End of June 2028", "Ready to pilot?", "Steering Group"),
    ("Gate 2", "End of March 2029", "Roll out site-wide?", "Thornbury Generics Board"),
    ("Gate 3", "End of June 2030", "Paper retired; close the programme?", "Steering Group"),
]


def build_tor() -> bytes:
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(11)
    for style, text in TOR_PARAGRAPHS:
        doc.add_paragraph(text, style=style)
        if text.startswith("Gate 1 and Gate 3"):
            table = doc.add_table(rows=len(TOR_TABLE), cols=4)
            table.style = "Table Grid"
            for r, row in enumerate(TOR_TABLE):
                for c, value in enumerate(row):
                    table.cell(r, c).text = value
    return ooxml_bytes(
        doc,
        DOCX_STAMP,
        author="Daniel Okafor",
        last_modified_by="Daniel Okafor",
        title="Paper to Glass Steering Group Terms of Reference",
        revision=4,
        comments="",
    )


ORG_TEXT = {
    "org/context/pennford-site-profile.txt": SITE_PROFILE,
    "org/systems/site-systems-and-data.md": SYSTEMS,
    "org/measures/site-kpi-definitions.md": MEASURES,
    "org/context/quality-and-inspection-notes.md": QUALITY,
    "org/governance/apwu-site-agreement-extract.md": APWU,
    "org/context/training-and-competence.md": TRAINING,
    "org/context/email-2027-10-30-validation-capacity.txt": EMAIL,
}


def build(out: Path) -> None:
    root = out / CASE
    files: dict[str, str | bytes] = {
        DECK: build_deck(),
        ROSTER: build_roster(),
        TOR: build_tor(),
    }
    files.update(ORG_TEXT)
    write_files(root, files)


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
