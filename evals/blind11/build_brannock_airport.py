# mypy: disable-error-code="attr-defined,union-attr,index,arg-type,assignment,operator"
"""Build the blind11 case ``brannock-airport``: its deck and its org folder, deterministically.

Run from the repository root with the project's venv (python-pptx and lxml):

    .venv/bin/python evals/blind11/build_brannock_airport.py [out]

Writes, under ``evals/blind11/brannock-airport/`` (or ``<out>/brannock-airport/``):

- ``flightpath-2031-board-brief-2028-03.pptx``: a regional airport company's three-year
  operating and growth plan as a PORTRAIT "board brief" (A4 portrait, 7.5 x 10.83 in), 16
  slides. Every slide has a title placeholder (the "Title Only" layout), a one-line key
  message text box under it, two or three stacked content regions (text boxes and native
  tables), and a source line; the footer (document reference and a slide-number field) sits
  on the layout, not on the slides. The roadmap is a native table whose columns are the
  airport's financial years (April to March, "2028/29") over a second header row of aviation
  seasons ("S28", "W28/29").
- ``org/``: the roster as a LibreOffice Writer document written by hand
  (``people/airport-roles.odt``: a heading, a paragraph and ONE table Role / Directorate /
  Programme tier / Remit), the union recognition agreement extract (ODT), the programme
  board's terms of reference, the systems and data inventory, the measure definitions, and
  context files (ground handling, air traffic control, the consultative committee, the
  regulator's letter, the pilot pier's profile, the based airline's letter, the workforce).

Re-running it rewrites every file byte for byte: the PPTX through ``evals/dev16/_build.py``
(fixed ZIP entry times and document dates), the ODT files as ZIPs with the ``mimetype`` entry
first and stored and every entry at a fixed time, the text files as literal strings. It never
touches ``gold.json``.

This is a BLIND case (split "blind11").
"""

from __future__ import annotations

import io
import sys
import zipfile
from collections.abc import Sequence
from pathlib import Path
from xml.sax.saxutils import escape

from lxml import etree
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.util import Emu, Inches, Pt

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals.dev16._build import Stamp, ooxml_bytes, write_files  # noqa: E402

HERE = Path(__file__).resolve().parent
NAME = "brannock-airport"
DECK = "flightpath-2031-board-brief-2028-03.pptx"
STAMP = Stamp((2028, 3, 6, 16, 20, 0), "2028-03-06T16:20:00Z")
ODT_TIME = (2028, 2, 21, 10, 5, 0)

NAVY = (0x12, 0x2B, 0x4A)
TEAL = (0x00, 0x7C, 0x89)
GREY = (0x5A, 0x5F, 0x66)
FONT = "Calibri"
REF = "BAL/BB/28/04 · Flightpath 2031 · Board brief · Commercial in confidence"

# A4 portrait as PowerPoint sets it: 190.5 mm x 275.1 mm
WIDTH, HEIGHT = Emu(6858000), Emu(9906000)
LEFT = 0.5
BODY_W = 6.5


# =========================================================================== PPTX helpers


def _rgb(c: tuple[int, int, int]) -> RGBColor:
    return RGBColor(*c)


def _style(run, size: float, bold: bool = False, color=GREY, italic: bool = False) -> None:
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.italic = italic
    run.font.name = FONT
    run.font.color.rgb = _rgb(color)


def _layout_footer(layout) -> None:
    """The footer on the layout: the document reference and a slide-number field."""
    ns = (
        'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
    )
    top = Inches(10.38)
    rule = (
        f'<p:cxnSp {ns}><p:nvCxnSpPr><p:cNvPr id="90" name="Footer rule"/><p:cNvCxnSpPr/>'
        '<p:nvPr userDrawn="1"/></p:nvCxnSpPr><p:spPr><a:xfrm>'
        f'<a:off x="{Inches(LEFT)}" y="{top}"/><a:ext cx="{Inches(BODY_W)}" cy="0"/></a:xfrm>'
        '<a:prstGeom prst="line"><a:avLst/></a:prstGeom><a:ln w="6350"><a:solidFill>'
        '<a:srgbClr val="007C89"/></a:solidFill></a:ln></p:spPr></p:cxnSp>'
    )
    text = (
        f'<p:sp {ns}><p:nvSpPr><p:cNvPr id="91" name="Footer reference"/>'
        '<p:cNvSpPr txBox="1"/><p:nvPr userDrawn="1"/></p:nvSpPr><p:spPr><a:xfrm>'
        f'<a:off x="{Inches(LEFT)}" y="{top + Inches(0.04)}"/>'
        f'<a:ext cx="{Inches(5.6)}" cy="{Inches(0.28)}"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/></p:spPr>'
        '<p:txBody><a:bodyPr wrap="none" lIns="0" rIns="0" tIns="0" bIns="0"/><a:lstStyle/>'
        '<a:p><a:r><a:rPr lang="en-GB" sz="750" dirty="0"><a:solidFill><a:srgbClr val="5A5F66"/>'
        f'</a:solidFill><a:latin typeface="{FONT}"/></a:rPr><a:t>{escape(REF)}</a:t></a:r></a:p>'
        "</p:txBody></p:sp>"
    )
    number = (
        f'<p:sp {ns}><p:nvSpPr><p:cNvPr id="92" name="Footer page number"/>'
        '<p:cNvSpPr txBox="1"/><p:nvPr userDrawn="1"/></p:nvSpPr><p:spPr><a:xfrm>'
        f'<a:off x="{Inches(6.2)}" y="{top + Inches(0.04)}"/>'
        f'<a:ext cx="{Inches(0.8)}" cy="{Inches(0.28)}"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/></p:spPr>'
        '<p:txBody><a:bodyPr wrap="none" lIns="0" rIns="0" tIns="0" bIns="0"/><a:lstStyle/>'
        '<a:p><a:pPr algn="r"/><a:r><a:rPr lang="en-GB" sz="800" b="1"><a:solidFill>'
        f'<a:srgbClr val="122B4A"/></a:solidFill><a:latin typeface="{FONT}"/></a:rPr>'
        "<a:t>Page </a:t></a:r>"
        '<a:fld id="{3C5D7A21-0B8E-4F6A-9D42-7E1B2C3D4E5F}" type="slidenum">'
        '<a:rPr lang="en-GB" sz="800" b="1"><a:solidFill><a:srgbClr val="122B4A"/></a:solidFill>'
        f'<a:latin typeface="{FONT}"/></a:rPr><a:t>‹#›</a:t></a:fld></a:p></p:txBody></p:sp>'
    )
    tree = layout.shapes._spTree
    for xml in (rule, text, number):
        tree.append(etree.fromstring(xml))


def _slide(prs, title: str, key: str):
    layout = prs.slide_layouts[5]  # Title Only
    slide = prs.slides.add_slide(layout)
    ph = slide.shapes.title
    ph.left, ph.top, ph.width, ph.height = Inches(LEFT), Inches(0.35), Inches(BODY_W), Inches(0.7)
    tf = ph.text_frame
    tf.word_wrap = True
    tf.vertical_anchor = MSO_ANCHOR.BOTTOM
    tf.text = title
    para = tf.paragraphs[0]
    para.alignment = PP_ALIGN.LEFT
    _style(para.runs[0], 22, True, NAVY)
    box = slide.shapes.add_textbox(Inches(LEFT), Inches(1.1), Inches(BODY_W), Inches(0.4))
    box.name = "Key message"
    tf = box.text_frame
    tf.word_wrap = True
    tf.text = key
    _style(tf.paragraphs[0].runs[0], 12, True, TEAL)
    return slide


def _region(
    slide,
    top: float,
    height: float,
    heading: str | None,
    lines: Sequence[str],
    size: float = 10,
    bullets: bool = True,
    name: str = "Region",
):
    box = slide.shapes.add_textbox(Inches(LEFT), Inches(top), Inches(BODY_W), Inches(height))
    box.name = name
    tf = box.text_frame
    tf.word_wrap = True
    first = True
    if heading:
        para = tf.paragraphs[0]
        run = para.add_run()
        run.text = heading
        _style(run, size + 1.5, True, NAVY)
        para.space_after = Pt(3)
        first = False
    for line in lines:
        para = tf.paragraphs[0] if first else tf.add_paragraph()
        first = False
        run = para.add_run()
        run.text = ("•  " if bullets else "") + line
        _style(run, size)
        para.space_after = Pt(2)
    return box


def _table(
    slide,
    top: float,
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    size: float = 9,
    row_h: float = 0.28,
    merges: Sequence[tuple[int, int, int, int]] = (),
    header_rows: int = 1,
):
    n_rows, n_cols = len(rows), len(widths)
    frame = slide.shapes.add_table(
        n_rows, n_cols, Inches(LEFT), Inches(top), Inches(sum(widths)), Inches(row_h * n_rows)
    )
    frame.name = "Table"
    table = frame.table
    for j, w in enumerate(widths):
        table.columns[j].width = Inches(w)
    for i in range(n_rows):
        table.rows[i].height = Inches(row_h)
    for r0, c0, r1, c1 in merges:
        table.cell(r0, c0).merge(table.cell(r1, c1))
    for i, row in enumerate(rows):
        for j, value in enumerate(row):
            cell = table.cell(i, j)
            if cell.is_spanned:
                continue
            cell.margin_left = cell.margin_right = Inches(0.05)
            cell.margin_top = cell.margin_bottom = Inches(0.02)
            tf = cell.text_frame
            tf.word_wrap = True
            tf.text = value
            for para in tf.paragraphs:
                for run in para.runs:
                    head = i < header_rows
                    _style(run, size, head, (0xFF, 0xFF, 0xFF) if head else (0x22, 0x22, 0x22))
    return frame


def _source(slide, text: str) -> None:
    box = slide.shapes.add_textbox(Inches(LEFT), Inches(9.95), Inches(BODY_W), Inches(0.38))
    box.name = "Source"
    tf = box.text_frame
    tf.word_wrap = True
    tf.text = text
    _style(tf.paragraphs[0].runs[0], 7.5, False, GREY, True)


# =========================================================================== the deck


def build_deck() -> bytes:
    prs = Presentation()
    prs.slide_width, prs.slide_height = WIDTH, HEIGHT
    _layout_footer(prs.slide_layouts[5])

    # 1 cover
    s = _slide(
        prs,
        "Flightpath 2031",
        "Brannock Airport operating and growth plan, April 2028 to March 2031",
    )
    _region(
        s,
        2.2,
        1.6,
        None,
        [
            "Board brief BAL/BB/28/04 · For decision",
            "Board of Brannock Airport Limited, 14 March 2028",
            "Presented by the Chief Executive and the Chief Operating Officer",
        ],
        13,
        bullets=False,
        name="Cover details",
    )
    _region(
        s,
        4.2,
        2.2,
        "In this brief",
        [
            "Where we are: 2026/27 in figures and what people tell us (pages 2-3)",
            "Our ambition, three goals and five pillars (pages 4-9)",
            "Measures, roadmap, the West Pier pilot, risks (pages 10-13)",
            "The first 90 days, governance and investment, decisions (pages 14-16)",
        ],
        11,
        name="Contents",
    )
    _source(
        s,
        "Brannock Airport Limited is owned by Brannock City Council (51%) and Dunmere County "
        "Council (49%).",
    )

    # 2 where we are
    s = _slide(
        prs,
        "Where we are: 2026/27 in figures",
        "Passengers are above 2019 again; punctuality, queues and bags are not.",
    )
    _table(
        s,
        1.75,
        [
            ["Measure", "2026/27", "2019/20"],
            ["Passengers (departing and arriving)", "1.91m", "1.84m"],
            ["Commercial flights (departures and arrivals)", "16,420", "17,050"],
            ["Departures within 15 minutes of schedule", "71%", "79%"],
            ["Passengers through security in under 10 minutes", "78%", "90%"],
            ["Bags mishandled for every 1,000 passengers", "6.8", "4.9"],
            ["Non-aviation income for each passenger", "£7.40", "£7.05"],
            ["Staff (headcount at 31 March)", "894", "812"],
        ],
        [3.9, 1.3, 1.3],
        9.5,
        0.3,
    )
    _region(
        s,
        4.4,
        3.0,
        "What sits behind the figures",
        [
            "Six airlines fly from Brannock; Corran Air, our based airline, carries 58% of our "
            "passengers.",
            "64% of late departures in summer 2027 left in the first wave, 06:00 to 08:30.",
            "Security lost 19% of its officers in 2026/27; 31 posts were vacant at March 2027.",
            "The baggage system's controls date from 2004.",
            "Car parking earns more than half of our non-aviation revenue.",
        ],
        10,
        name="Behind the figures",
    )
    _region(
        s,
        7.6,
        1.6,
        "Money",
        [
            "Revenue £61.8m; EBITDA £9.6m; capital spend £5.2m in 2026/27.",
            "Debt to the shareholders £24.0m, repayable from 2034.",
        ],
        10,
        name="Money",
    )
    _source(
        s,
        "Source: FlightHub, Compass reports and the management accounts. Figures are for the "
        "financial year 1 April 2026 to 31 March 2027.",
    )

    # 3 what people tell us
    s = _slide(
        prs,
        "What passengers, airlines and neighbours tell us",
        "People like our size; they dislike waiting; neighbours want a voice.",
    )
    _region(
        s,
        1.75,
        2.3,
        "Passengers (survey 2027, 3,240 replies)",
        [
            "Overall satisfaction 3.9 out of 5, down from 4.1 in 2019.",
            "The queue at security is the top complaint for the third year running.",
            "Passengers who asked for assistance rated it 3.4 out of 5.",
            "Car parking prices are the second complaint; 'no space near the terminal' the third.",
        ],
        name="Passengers",
    )
    _region(
        s,
        4.3,
        2.3,
        "Airlines",
        [
            "Corran Air puts the cost of turnaround delays at Brannock at £2.3m in 2026/27.",
            "Two airlines say they will add no summer 2029 flying until punctuality improves.",
            "Skyhold's turnaround teams are short of staff in the first wave.",
        ],
        name="Airlines",
    )
    _region(
        s,
        6.85,
        2.3,
        "Neighbours",
        [
            "1,142 noise complaints in 2026/27, from 212 households.",
            "62% of complaints answered within 10 working days.",
            "The Consultative Committee has asked for noise data under the eastern approach.",
        ],
        name="Neighbours",
    )
    _source(
        s,
        "Source: passenger survey waves June 2027 and January 2027; airline account meetings "
        "autumn 2027; NoiseDesk complaints log.",
    )

    # 4 ambition
    s = _slide(
        prs,
        "Our ambition for 2031",
        "One ambition, three goals for March 2031, and what we will not do.",
    )
    _region(
        s,
        1.75,
        1.3,
        "Ambition",
        ["Brannock will be the easiest airport in the North to fly from."],
        14,
        bullets=False,
        name="Ambition",
    )
    _region(
        s,
        3.2,
        2.6,
        "Three goals for March 2031",
        [
            "1. Grow to 2.6 million passengers a year by 2030/31",
            "2. 85% of departures on time by summer 2030",
            "3. £9.20 of non-aviation revenue per passenger by 2030/31",
        ],
        12,
        bullets=False,
        name="Goals",
    )
    _region(
        s,
        6.1,
        2.6,
        "What we will not do",
        [
            "We will not ask for more night flights: the night quota stays as it is.",
            "We will not build a second pier before 2031.",
            "We will not take ground handling back in-house for the other airlines.",
        ],
        name="Not doing",
    )
    _source(s, "Goals agreed at the Board strategy day, 25 January 2028.")

    # 5 pillar 1
    s = _slide(
        prs,
        "Pillar 1 · On-time turnarounds",
        "Most delay starts on our stands in the first wave: fix the turnaround.",
    )
    _region(
        s,
        1.75,
        1.0,
        "Goal",
        ["The first wave (06:00-08:30) leaves on time on 90% of days from summer 2029."],
        11,
        bullets=False,
        name="Goal",
    )
    _region(
        s,
        2.85,
        3.3,
        "What we will do",
        [
            "Open an Airport Operations Centre (AOC) in the old fire station by October 2028.",
            "Give airlines, handlers and the AOC one turnaround app with shared milestone times.",
            "Retender ground handling for the five non-based airlines before the Skyhold "
            "contract ends in March 2029.",
            "Buy four electric pushback tugs for the airport's own use.",
            "Extend fixed ground power from stands 1-4 to stands 1-12.",
            "Agree a first-wave stand plan with Corran Air each season.",
        ],
        name="Actions",
    )
    _table(
        s,
        6.45,
        [
            ["Cause of delay, summer 2027", "Share of delay minutes"],
            ["Late inbound aircraft", "38%"],
            ["Turnaround on the stand", "31%"],
            ["Passengers and boarding", "14%"],
            ["Air traffic control", "9%"],
            ["Other", "8%"],
        ],
        [4.5, 2.0],
        9,
        0.28,
    )
    _source(s, "Source: FlightHub delay codes, 1 April to 31 October 2027.")

    # 6 pillar 2
    s = _slide(
        prs,
        "Pillar 2 · Security and assistance",
        "Queues at security are the first thing passengers complain about.",
    )
    _region(
        s,
        1.75,
        1.3,
        "Goals",
        [
            "No passenger waits more than 20 minutes at security, at any hour, from summer 2029.",
            "Target: 95% through security within 10 minutes by summer 2029.",
            "Target: 97% of assisted passengers helped within the published waiting times.",
        ],
        11,
        bullets=False,
        name="Goals",
    )
    _region(
        s,
        3.2,
        3.4,
        "What we will do",
        [
            "Install two CT scanner lanes (Lanes 4 and 5) before summer 2029.",
            "Recruit 46 security officers by March 2029.",
            "Roster officers to the hourly passenger forecast from winter 2028/29.",
            "Measure queue times with sensors at the security entrance and exit.",
            "Move passenger assistance into a dedicated lounge by the check-in hall.",
            "Train every security officer in hidden disabilities awareness.",
        ],
        name="Actions",
    )
    _region(
        s,
        6.85,
        2.2,
        "Why CT lanes",
        [
            "Liquids and laptops stay in bags.",
            "A CT lane screens about 210 passengers an hour against 150 on our current lanes.",
        ],
        name="Why CT",
    )
    _source(s, "Source: security queue samples 2026/27; assistance log; supplier trial data.")

    # 7 pillar 3
    s = _slide(
        prs,
        "Pillar 3 · Bags and check-in",
        "Most mishandled bags go wrong in our baggage hall, not at the airlines.",
    )
    _region(
        s,
        1.75,
        1.0,
        "Goal",
        ["Cut mishandled bags from 6.8 to 3.5 per 1,000 passengers by 2030/31."],
        11,
        bullets=False,
        name="Goal",
    )
    _region(
        s,
        2.85,
        2.8,
        "What we will do",
        [
            "Replace the baggage system controls before the supplier ends support in December "
            "2029.",
            "Install eight self-service bag drops in the check-in hall.",
            "Scan every bag at make-up so each bag can be traced.",
            "Agree a baggage service standard with each handler.",
        ],
        name="Actions",
    )
    _table(
        s,
        5.9,
        [
            ["Mishandled bags 2026/27, by cause", "Share"],
            ["Not loaded (missed at make-up)", "41%"],
            ["Baggage system fault", "22%"],
            ["Tagging error at check-in", "18%"],
            ["Other", "19%"],
        ],
        [4.5, 2.0],
        9,
        0.28,
    )
    _source(s, "Source: Skyhold monthly returns 2026/27; BHS fault log.")

    # 8 pillar 4
    s = _slide(
        prs,
        "Pillar 4 · Routes, parking and retail",
        "Growth pays for the plan, and each passenger should spend more with us.",
    )
    _region(
        s,
        1.75,
        1.1,
        "Goals",
        [
            "£9.20 of non-aviation revenue per passenger by 2030/31.",
            "Sell 65% of car parking pre-booked by 2029/30.",
        ],
        11,
        bullets=False,
        name="Goals",
    )
    _region(
        s,
        3.05,
        3.0,
        "What we will do",
        [
            "Win four new routes by summer 2030 with the route development fund.",
            "Put ANPR cameras at every car park and sell parking pre-booked first.",
            "Rebuild the departure lounge as a walk-through store with 380 more seats by summer "
            "2030.",
            "Retender the food and beverage concessions in 2029.",
        ],
        name="Actions",
    )
    _table(
        s,
        6.35,
        [
            ["Where non-aviation income came from, 2026/27", "£ each"],
            ["Car parking", "4.10"],
            ["Retail, food and beverage", "2.30"],
            ["Property and other", "1.00"],
            ["Total", "7.40"],
        ],
        [4.5, 2.0],
        9,
        0.28,
    )
    _source(s, "Source: management accounts 2026/27; ParkSure bookings.")

    # 9 pillar 5
    s = _slide(
        prs,
        "Pillar 5 · Good neighbour and net zero",
        "We can only grow with our neighbours' trust.",
    )
    _region(
        s,
        1.75,
        1.3,
        "Goals",
        [
            "Answer 95% of noise complaints within 10 working days by March 2029.",
            "Reach Airport Carbon Accreditation Level 3 by March 2030.",
        ],
        11,
        bullets=False,
        name="Goals",
    )
    _region(
        s,
        3.25,
        3.0,
        "What we will do",
        [
            "Publish a new Noise Action Plan for 2029-2033 after consulting the Consultative "
            "Committee.",
            "Add two noise monitors under the eastern approach.",
            "Switch the terminal to a renewable electricity contract from April 2029.",
            "Share noise and track data with the Consultative Committee every month.",
        ],
        name="Actions",
    )
    _region(
        s,
        6.5,
        2.0,
        "Context",
        [
            "The night quota allows 1,200 movements a year between 23:30 and 06:00.",
            "Our own operations emitted 6,400 tonnes of CO2e in 2026/27.",
        ],
        name="Context",
    )
    _source(s, "Source: NoiseDesk; carbon footprint 2026/27.")

    # 10 measures
    s = _slide(
        prs,
        "How we will measure it",
        "Ten measures, reported to the Board every quarter from July 2028.",
    )
    _table(
        s,
        1.75,
        [
            ["Measure", "Baseline 2026/27", "Target", "By when"],
            ["Passengers a year (departing and arriving)", "1.91m", "2.6m", "2030/31"],
            ["Departures on time (within 15 minutes of schedule)", "71%", "85%", "Summer 2030"],
            ["Passengers through security within 10 minutes", "78%", "95%", "Summer 2029"],
            ["Mishandled bags per 1,000 passengers", "6.8", "3.5", "2030/31"],
            [
                "Assisted passengers helped within the published waiting times",
                "88%",
                "97%",
                "2029/30",
            ],
            ["Non-aviation revenue per passenger", "£7.40", "£9.20", "2030/31"],
            ["Car parking sold pre-booked", "41%", "65%", "2029/30"],
            ["Noise complaints answered within 10 working days", "62%", "95%", "March 2029"],
            [
                "Passenger satisfaction (survey score out of 5)",
                "3.9",
                "Top quartile of UK regional airports",
                "To be set",
            ],
            ["Airport Carbon Accreditation", "Level 1", "Level 3", "March 2030"],
        ],
        [3.2, 1.1, 1.2, 1.0],
        9,
        0.42,
    )
    _region(
        s,
        6.7,
        2.2,
        "Notes",
        [
            "Summer 2029 and Summer 2030 mean the whole of the summer season, April to October.",
            "Satisfaction is surveyed twice a year; the comparison group is still to be chosen.",
        ],
        9,
        name="Notes",
    )
    _source(
        s,
        "Baselines from FlightHub, Compass and the passenger survey; definitions in the measures handbook.",
    )

    # 11 roadmap
    s = _slide(
        prs,
        "Roadmap: three financial years, six seasons",
        "Four phases and three gates, each gate at the end of a summer season.",
    )
    rows = [
        ["", "2028/29", "", "2029/30", "", "2030/31", ""],
        ["", "S28", "W28/29", "S29", "W29/30", "S30", "W30/31"],
        [
            "Phase",
            "Phase 1 · Stabilise for summer",
            "Phase 2 · Pilot on the West Pier",
            "",
            "Phase 3 · Scale to the whole terminal",
            "",
            "Phase 4 · Embed and hand over",
        ],
        [
            "Turnaround",
            "AOC opens October 2028",
            "Turnaround app on the West Pier",
            "First-wave stand plan on the West Pier",
            "App on all stands",
            "New handler across all stands",
            "AOC runs the turnaround",
        ],
        [
            "Security",
            "Recruit officers",
            "Lanes 4 and 5 installed",
            "Lanes 4 and 5 live",
            "Queue sensors",
            "Assistance lounge open",
            "",
        ],
        [
            "Bags",
            "Specify controls",
            "Bag drops installed",
            "",
            "New BHS controls",
            "Scanning at make-up",
            "",
        ],
        [
            "Commercial",
            "ANPR at Long Stay",
            "Route deals signed",
            "Pre-book first pricing",
            "Lounge rebuild",
            "Lounge reopens",
            "F&B concessions renewed",
        ],
        ["Gates", "G1 · end S28", "", "G2 · end S29", "", "G3 · end S30", ""],
    ]
    _table(
        s,
        1.75,
        rows,
        [0.9, 0.95, 0.95, 0.95, 0.95, 0.9, 0.9],
        8,
        0.55,
        merges=[(0, 1, 0, 2), (0, 3, 0, 4), (0, 5, 0, 6), (2, 2, 2, 3), (2, 4, 2, 5)],
        header_rows=2,
    )
    _region(
        s,
        6.4,
        2.6,
        "Reading the roadmap",
        [
            "Month 0 is 1 April 2028; the plan runs 36 months to 31 March 2031.",
            "Summer season (S) runs from the last Sunday of March to the last Saturday of "
            "October; winter (W) from then to the end of March.",
            "Gates G1, G2 and G3 fall at the end of October 2028, 2029 and 2030.",
            "No terminal works start during a summer season.",
        ],
        9.5,
        name="Reading",
    )
    _source(s, "Financial years run April to March.")

    # 12 pilot
    s = _slide(
        prs,
        "Pilot: the West Pier turnaround pilot with Corran Air",
        "We prove the new turnaround on six stands before we spread it.",
    )
    _region(
        s,
        1.75,
        1.5,
        "Scope",
        [
            "Stands 1-6 on the West Pier, Corran Air's first wave, November 2028 to October 2029.",
            "Two Skyhold-handled airlines share stands 5 and 6 in the first wave.",
        ],
        name="Scope",
    )
    _region(
        s,
        3.45,
        2.6,
        "Steps",
        [
            "Put the turnaround app on Corran Air's and Skyhold's dispatch tablets by January 2029.",
            "Fit fixed ground power to stands 5 and 6 before summer 2029.",
            "Run the first-wave stand plan on the West Pier for the whole of S29.",
            "Report the pilot's results to the Programme Board at Gate G2.",
        ],
        name="Steps",
    )
    _region(
        s,
        6.3,
        2.6,
        "Pass marks at Gate G2",
        [
            "90% of West Pier first-wave departures on time across S29.",
            "Milestone times recorded for 95% of West Pier turnarounds.",
            "No rise in ramp safety incidents on the West Pier.",
        ],
        name="Pass marks",
    )
    _source(s, "Why the West Pier: Corran Air's six based aircraft leave from it every morning.")

    # 13 risks
    s = _slide(
        prs,
        "Risks and how we will handle them",
        "Six risks the Programme Board will review every month.",
    )
    _table(
        s,
        1.75,
        [
            ["Risk", "Likelihood", "Impact", "Mitigation"],
            [
                "Security recruitment falls short before summer 2029",
                "High",
                "High",
                "Start a rolling recruitment campaign with Dunmere College from June 2028",
            ],
            [
                "CT lanes are not approved in time",
                "Medium",
                "High",
                "Book the Department for Transport's approval trial for January 2029",
            ],
            [
                "Skyhold's contract ends before a new handler is ready",
                "Medium",
                "High",
                "Agree a six-month extension option with Skyhold by September 2028",
            ],
            [
                "The baggage system fails before its controls are replaced",
                "Medium",
                "High",
                "Hold critical spares for the sortation controls on site",
            ],
            [
                "Airlines do not commit to new routes",
                "Medium",
                "Medium",
                "Tie route development fund support to three-year commitments",
            ],
            [
                "Neighbours oppose growth",
                "Medium",
                "Medium",
                "Share noise data monthly with the Consultative Committee",
            ],
        ],
        [2.1, 0.8, 0.7, 2.9],
        9,
        0.6,
    )
    _region(
        s,
        6.35,
        2.4,
        "Watch list",
        [
            "Corran Air's fleet plan for 2030 is not yet confirmed.",
            "The air traffic control contract is renewed in 2032, after this plan.",
        ],
        name="Watch list",
    )
    _source(s, "Scores from the Flightpath risk log, February 2028.")

    # 14 first 90 days
    s = _slide(
        prs,
        "The first 90 days: April to June 2028",
        "Seven things we will have done by 30 June 2028.",
    )
    _region(
        s,
        1.75,
        4.6,
        "By 30 June 2028",
        [
            "Appoint the Programme Director and open the programme office by 30 April 2028.",
            "Issue the ground handling tender notice by 31 May 2028.",
            "Start consultation with the ATWU on security rosters in April 2028.",
            "Place the order for CT lanes 4 and 5 by June 2028.",
            "Agree the West Pier pilot plan with Corran Air by 30 June 2028.",
            "Set the baselines for all ten measures in Compass by 30 June 2028.",
            "Brief the Consultative Committee at its June 2028 meeting.",
        ],
        10.5,
        name="First 90 days",
    )
    _region(
        s,
        6.6,
        2.0,
        "Already under way",
        [
            "Security recruitment days with Dunmere College were held in February 2028.",
            "The AOC design was approved by the Executive in January 2028.",
        ],
        name="Under way",
    )
    _source(s, "Dates are the last day by which each item is done.")

    # 15 governance and investment
    s = _slide(
        prs,
        "Governance and investment",
        "£38.6m over three years, with gates to decide each phase.",
    )
    _region(
        s,
        1.75,
        2.0,
        "Governance",
        [
            "Sponsor: the Chief Executive, who chairs the Flightpath Programme Board, monthly.",
            "Members: the COO, the CCO, the Finance Director and the Programme Director.",
            "The Programme Board decides Gates G1-G3; G2 is also reported to the Shareholder "
            "Committee.",
        ],
        name="Governance",
    )
    _table(
        s,
        4.0,
        [
            ["Investment (£m)", "2028/29", "2029/30", "2030/31", "Total"],
            ["Security lanes and recruitment", "4.9", "3.6", "0.4", "8.9"],
            ["Baggage controls and bag drops", "1.2", "6.8", "1.1", "9.1"],
            ["AOC, turnaround app and ground power", "2.3", "2.6", "0.9", "5.8"],
            ["Departure lounge and car parks", "0.6", "4.4", "3.8", "8.8"],
            ["Route development fund", "0.4", "1.8", "2.0", "4.2"],
            ["Noise, energy and programme office", "0.6", "0.6", "0.6", "1.8"],
            ["Total", "10.0", "19.8", "8.8", "38.6"],
        ],
        [2.7, 0.95, 0.95, 0.95, 0.95],
        9,
        0.32,
    )
    _region(
        s,
        6.9,
        1.8,
        "Funding",
        [
            "Funded from £21.0m of operating cash and a £17.6m shareholder loan from the two "
            "councils.",
            "Phase 1 needs £9.4m of the £10.0m planned for 2028/29.",
        ],
        name="Funding",
    )
    _source(s, "Source: Flightpath business case v4, February 2028. Figures at 2028 prices.")

    # 16 decisions
    s = _slide(
        prs,
        "Decisions we ask of the Board",
        "Four decisions today let Phase 1 start on 1 April 2028.",
    )
    _region(
        s,
        1.75,
        3.2,
        "We ask the Board to",
        [
            "Approve Flightpath 2031 and its ten measures.",
            "Release £9.4m for Phase 1.",
            "Agree the West Pier pilot with Corran Air.",
            "Recommend the £17.6m shareholder loan to the Shareholder Committee.",
        ],
        12,
        name="Asks",
    )
    _region(
        s,
        5.2,
        2.0,
        "If the Board agrees",
        [
            "The Programme Board meets first on 3 April 2028.",
            "The loan goes to the Shareholder Committee in June 2028.",
        ],
        name="Next",
    )
    _source(s, "Paper prepared by the Chief Operating Officer with the Finance Director.")

    return ooxml_bytes(
        prs,
        STAMP,
        title="Flightpath 2031 - Board brief",
        author="Brannock Airport Limited",
        last_modified_by="Programme Office",
        subject="Operating and growth plan, April 2028 to March 2031",
        revision=7,
    )


# =========================================================================== ODT


ODF_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"'
)
ODT_MIME = "application/vnd.oasis.opendocument.text"


def _odt_table(name: str, header: Sequence[str], rows: Sequence[Sequence[str]], widths) -> str:
    cols = "".join(
        f'<table:table-column table:style-name="{name}.C{j}"/>' for j in range(len(widths))
    )

    def row(cells: Sequence[str], style: str) -> str:
        body = "".join(
            '<table:table-cell table:style-name="Cell" office:value-type="string">'
            f'<text:p text:style-name="{style}">{escape(c)}</text:p></table:table-cell>'
            for c in cells
        )
        return f"<table:table-row>{body}</table:table-row>"

    head = f"<table:table-header-rows>{row(header, 'TableHeading')}</table:table-header-rows>"
    body = "".join(row(r, "TableContents") for r in rows)
    return (
        f'<table:table table:name="{name}" table:style-name="{name}">{cols}{head}{body}'
        "</table:table>"
    )


def _odt(title: str, blocks: Sequence[tuple[str, object]], tables: dict) -> bytes:
    """An ODF text document: blocks are ("h1", text), ("h2", text), ("p", text) or
    ("table", name); tables maps a name to (header, rows, widths in cm)."""
    auto = []
    for name, (_, _, widths) in tables.items():
        total = sum(widths)
        auto.append(
            f'<style:style style:name="{name}" style:family="table">'
            f'<style:table-properties style:width="{total:.2f}cm" table:align="margins"/>'
            "</style:style>"
        )
        for j, w in enumerate(widths):
            auto.append(
                f'<style:style style:name="{name}.C{j}" style:family="table-column">'
                f'<style:table-column-properties style:column-width="{w:.2f}cm"/></style:style>'
            )
    auto.append(
        '<style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties '
        'fo:padding="0.1cm" fo:border="0.5pt solid #000000"/></style:style>'
    )
    body = []
    for kind, value in blocks:
        if kind == "h1":
            body.append(
                f'<text:h text:style-name="Heading_20_1" text:outline-level="1">'
                f"{escape(value)}</text:h>"
            )
        elif kind == "h2":
            body.append(
                f'<text:h text:style-name="Heading_20_2" text:outline-level="2">'
                f"{escape(value)}</text:h>"
            )
        elif kind == "p":
            body.append(f'<text:p text:style-name="Text_20_body">{escape(value)}</text:p>')
        elif kind == "table":
            header, rows, widths = tables[value]
            body.append(_odt_table(value, header, rows, widths))
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<office:document-content {ODF_NS} office:version="1.3">'
        "<office:font-face-decls/>"
        f"<office:automatic-styles>{''.join(auto)}</office:automatic-styles>"
        f"<office:body><office:text>{''.join(body)}</office:text></office:body>"
        "</office:document-content>"
    )
    styles = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<office:document-styles {ODF_NS} office:version="1.3"><office:styles>'
        '<style:default-style style:family="paragraph"><style:text-properties '
        'style:font-name="Liberation Sans" fo:font-size="10pt" fo:language="en" '
        'fo:country="GB"/></style:default-style>'
        '<style:style style:name="Standard" style:family="paragraph" style:class="text"/>'
        '<style:style style:name="Text_20_body" style:display-name="Text body" '
        'style:family="paragraph" style:parent-style-name="Standard" style:class="text">'
        '<style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.25cm"/>'
        "</style:style>"
        '<style:style style:name="Heading" style:family="paragraph" '
        'style:parent-style-name="Standard" style:class="text"><style:text-properties '
        'fo:font-size="14pt" fo:font-weight="bold"/></style:style>'
        '<style:style style:name="Heading_20_1" style:display-name="Heading 1" '
        'style:family="paragraph" style:parent-style-name="Heading" '
        'style:default-outline-level="1" style:class="text"><style:text-properties '
        'fo:font-size="16pt" fo:font-weight="bold"/></style:style>'
        '<style:style style:name="Heading_20_2" style:display-name="Heading 2" '
        'style:family="paragraph" style:parent-style-name="Heading" '
        'style:default-outline-level="2" style:class="text"><style:text-properties '
        'fo:font-size="12pt" fo:font-weight="bold"/></style:style>'
        '<style:style style:name="TableContents" style:display-name="Table Contents" '
        'style:family="paragraph" style:parent-style-name="Standard" style:class="extra"/>'
        '<style:style style:name="TableHeading" style:display-name="Table Heading" '
        'style:family="paragraph" style:parent-style-name="TableContents" style:class="extra">'
        '<style:text-properties fo:font-weight="bold"/></style:style>'
        "</office:styles><office:automatic-styles>"
        '<style:page-layout style:name="pm1"><style:page-layout-properties '
        'fo:page-width="21.001cm" fo:page-height="29.7cm" style:print-orientation="portrait" '
        'fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2cm" '
        'fo:margin-right="2cm"/></style:page-layout></office:automatic-styles>'
        '<office:master-styles><style:master-page style:name="Standard" '
        'style:page-layout-name="pm1"/></office:master-styles></office:document-styles>'
    )
    meta = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<office:document-meta {ODF_NS} office:version="1.3"><office:meta>'
        "<meta:generator>LibreOffice/7.6.4.1$Linux_X86_64 LibreOffice_project/60$Build-1"
        "</meta:generator>"
        f"<dc:title>{escape(title)}</dc:title>"
        "<meta:initial-creator>Programme Office</meta:initial-creator>"
        "<meta:creation-date>2028-02-12T09:30:00</meta:creation-date>"
        "<dc:date>2028-02-21T10:05:00</dc:date><dc:creator>Programme Office</dc:creator>"
        "<meta:editing-cycles>4</meta:editing-cycles>"
        "</office:meta></office:document-meta>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
        'manifest:version="1.3">'
        f'<manifest:file-entry manifest:full-path="/" manifest:version="1.3" '
        f'manifest:media-type="{ODT_MIME}"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
        '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        entries = [
            ("mimetype", ODT_MIME, zipfile.ZIP_STORED),
            ("content.xml", content, zipfile.ZIP_DEFLATED),
            ("styles.xml", styles, zipfile.ZIP_DEFLATED),
            ("meta.xml", meta, zipfile.ZIP_DEFLATED),
            ("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED),
        ]
        for name, text, method in entries:
            info = zipfile.ZipInfo(name, date_time=ODT_TIME)
            info.compress_type = method
            info.external_attr = 0o644 << 16
            z.writestr(info, text.encode("utf-8"))
    return out.getvalue()


# =========================================================================== the roster

ROSTER_HEAD = ["Role", "Directorate", "Programme tier", "Remit"]
ROSTER = [
    [
        "Chief Executive",
        "Executive",
        "Core",
        "Sponsor of Flightpath 2031 and chair of the Flightpath Programme Board; decides gates "
        "G1-G3 under the Board's delegation; releases phase budgets; reports to the Board and "
        "to the Shareholder Committee.",
    ],
    [
        "Programme Director, Flightpath 2031",
        "Executive",
        "Core",
        "Runs the programme office: the plan, the risk log, gate reports, the quarterly measures "
        "report and benefits tracking; secretary to the Programme Board.",
    ],
    [
        "Chief Operating Officer",
        "Operations",
        "Core",
        "Accountable for airside and terminal operations and on-time performance; owns the "
        "Airport Operations Centre and manages the ground handling and air traffic control "
        "contracts.",
    ],
    [
        "Head of Airside Operations",
        "Operations",
        "Core",
        "Stand and gate allocation, the turnaround process and the first-wave stand plan, ramp "
        "safety, apron equipment (pushback tugs, ground power units) and the AOC duty managers.",
    ],
    [
        "Head of Terminal Operations",
        "Operations",
        "Core",
        "Check-in hall and baggage hall operations, bag drops, passenger flow in the terminal, "
        "and the passenger assistance (PRM) service and its lounge.",
    ],
    [
        "Head of Security",
        "Operations",
        "Core",
        "Security screening, security officers' rosters and deployment, the choice of screening "
        "equipment, queue measurement at security, and compliance with the airport security "
        "programme.",
    ],
    [
        "Head of Engineering and Asset Management",
        "Operations",
        "Core",
        "The terminal building, the baggage handling system and its controls, airfield lighting "
        "and fixed ground power, and delivery of capital works, including installing new "
        "security lanes and noise monitors.",
    ],
    [
        "Chief Commercial Officer",
        "Commercial",
        "Core",
        "Aviation and non-aviation revenue: airline charges and deals, car parking, retail, food "
        "and beverage, and property.",
    ],
    [
        "Head of Aviation Development",
        "Commercial",
        "Core",
        "Airline relationships and new routes, the route development fund, airline service "
        "level agreements and the Airline Operators Committee.",
    ],
    [
        "Head of Car Parking and Property",
        "Commercial",
        "Core",
        "Car parks, parking prices and pre-booking, ANPR cameras and barriers in the car parks, "
        "and property lettings.",
    ],
    [
        "Head of Retail and Food and Beverage",
        "Commercial",
        "Core",
        "Retail and food and beverage concessions and their tenders, the departure lounge "
        "layout, and concession sales reporting.",
    ],
    [
        "Head of IT and Data",
        "Finance and Corporate Services",
        "Core",
        "IT systems (FlightHub, ShiftPlan, ParkSure), the Compass data warehouse and its "
        "reports, networks and Wi-Fi, and connecting the turnaround app to our systems.",
    ],
    [
        "Head of People",
        "Finance and Corporate Services",
        "Core",
        "Recruitment, the Training Academy, pay and terms, and employee relations, including "
        "consultation with the ATWU.",
    ],
    [
        "Finance Director",
        "Finance and Corporate Services",
        "Core",
        "Budgets, the capital plan and business cases, the shareholder loan and funding, and the "
        "investment appraisal at each gate.",
    ],
    [
        "Head of Sustainability and Community",
        "Corporate Affairs",
        "Core",
        "The Noise Action Plan, noise monitoring and noise complaints, the Consultative "
        "Committee's secretariat, carbon accreditation and energy contracts.",
    ],
    [
        "Head of Procurement",
        "Finance and Corporate Services",
        "Extended",
        "Runs tenders and contract awards (ground handling, concessions, equipment) for the "
        "contract owners.",
    ],
    [
        "Aerodrome Compliance Manager",
        "Operations",
        "Extended",
        "The aerodrome certificate and safety management system, change notifications to the "
        "CAA, and safety assessments of airside changes.",
    ],
    [
        "ATWU Branch Secretary, Brannock Airport",
        "Trade union",
        "Consult only",
        "Represents ATWU members in security, terminal, airside and engineering; is consulted on "
        "rosters, shift patterns, recruitment and new equipment that affects members.",
    ],
    [
        "Chair, Brannock Airport Consultative Committee",
        "External",
        "Consult only",
        "Independent chair of the committee of local councils, residents and airport users; "
        "is consulted on noise, growth and the Noise Action Plan.",
    ],
]


def roster_odt() -> bytes:
    return _odt(
        "Flightpath 2031 - roles and remits",
        [
            ("h1", "Flightpath 2031: roles and remits"),
            (
                "p",
                "Brannock Airport Limited. Roles taking part in the Flightpath 2031 programme, "
                "as agreed by the Executive on 19 February 2028. Core roles own programme work; "
                "extended roles support it; consult-only roles are consulted and own no work.",
            ),
            ("table", "Roles"),
            ("p", "Owner of this document: Programme Director, Flightpath 2031."),
        ],
        {"Roles": (ROSTER_HEAD, ROSTER, [4.2, 3.0, 2.2, 7.6])},
    )


def atwu_odt() -> bytes:
    return _odt(
        "ATWU recognition agreement - extract",
        [
            ("h1", "Recognition and procedure agreement between Brannock Airport Limited and ATWU"),
            (
                "p",
                "Extract of clauses 6 to 9, as signed on 2 April 2024. The agreement runs to 31 "
                "March 2031.",
            ),
            ("h2", "6. Rosters and shift patterns"),
            (
                "p",
                "The Company will consult the Union for at least 45 days before any change to the "
                "shift patterns of security officers.",
            ),
            (
                "p",
                "Rosters are published four weeks ahead and may change within those four weeks "
                "only by agreement with the officer concerned.",
            ),
            ("p", "Overtime is voluntary and is capped at 8 hours a week for each officer."),
            ("h2", "7. New equipment"),
            (
                "p",
                "New screening or baggage equipment that changes how members work is introduced "
                "only after a joint health and safety assessment with Union safety "
                "representatives.",
            ),
            ("h2", "8. Contracting out"),
            (
                "p",
                "Work done by directly employed staff on the date of this agreement will not be "
                "contracted out during its term.",
            ),
            ("h2", "9. Recruitment and training"),
            (
                "p",
                "A new security officer may screen alone only after passing the certification "
                "course, which takes up to 10 weeks, and a period of supervised screening.",
            ),
            (
                "p",
                "The Training Academy runs the certification course for every new security "
                "officer.",
            ),
        ],
        {},
    )


# =========================================================================== org text files

ORG_TEXT: dict[str, str] = {
    "governance/flightpath-programme-board-terms-of-reference.md": """
# Flightpath Programme Board: terms of reference

Approved by the Board of Brannock Airport Limited, 25 January 2028.

## Purpose

The Flightpath Programme Board directs the Flightpath 2031 programme from April 2028 to March
2031. It decides the programme's gates and releases each phase's budget within the limits the
Board sets.

## Sponsor and chair

The Chief Executive is the sponsor of Flightpath 2031 and chairs the Programme Board. The Board
has delegated gate decisions G1, G2 and G3 to the Programme Board, chaired by the Chief
Executive.

## Members

- Chief Executive (chair)
- Chief Operating Officer
- Chief Commercial Officer
- Finance Director
- Programme Director, Flightpath 2031 (secretary)

The Head of IT and Data and the Head of People attend when their work is on the agenda.

## Cadence

The Programme Board meets monthly, on the first Monday. The Programme Director sends the
measures report to the Board every quarter.

## Limits on delegation

- Capital spending above £5m on any one project needs the approval of the Shareholder Committee
  of the two councils.
- The Shareholder Committee meets in February, June and October only.
- Any change to the airport's security programme must be approved by the Department for
  Transport before it takes effect.
- A change to the airside layout must be notified to the CAA at least 90 days before the work
  starts.
- No terminal works may start between the last Sunday of March and the last Saturday of
  October (the summer season).
""",
    "systems/systems-and-data-inventory.md": """
# Systems and data inventory

Brannock Airport Limited. Owner: Head of IT and Data. Reviewed February 2028.

## Operations

- **FlightHub** is our airport operational database: the flight schedule, stand and gate
  allocation, and actual on-block and off-block times.
- Stand guidance records on-block times automatically on stands 1-8 only; on stands 9-14 the
  dispatcher radios the time to the AOC duty manager, who types it into FlightHub.
- There is no shared turnaround tool between the airport, the airlines and the handlers.
- Turnaround milestones such as doors open, fuelling and bags loaded are written by Skyhold's
  dispatchers on paper turnaround sheets.
- The paper turnaround sheets are kept for three months and then destroyed.
- Corran Air keeps its own turnaround times in Ramp365, which does not share data with
  FlightHub.
- The duty managers work from the old tower base; the airport has never had an operations
  centre.

## Security

- **ShiftPlan** builds the security officers' four-week rosters from a fixed pattern.
- ShiftPlan cannot read a passenger forecast.
- Queue times at security are sampled by a supervisor with a stopwatch, once an hour, between
  04:30 and 10:00.
- Outside those hours queue times are not measured at all.
- All three security lanes use conventional X-ray machines bought in 2015.
- Security CCTV recordings are kept for 31 days.

## Passenger assistance

- Assistance requests reach the assistance team's mailbox from the airlines' booking systems.
- About a quarter of assistance requests arrive less than 48 hours before the flight, or not
  at all.
- Assistance waiting times are written by hand on the assistance desk's log sheet.

## Baggage

- The baggage handling system is a single sortation loop whose controls were supplied by
  Trentline Systems in 2004.
- Trentline ends support for the controls in December 2029.
- Bags are scanned only at check-in, so a bag cannot be traced once it leaves the check-in
  belt.
- Mishandled bag figures reach us as a monthly spreadsheet from Skyhold.
- Corran Air sends us no mishandled bag figures.

## Car parks and commercial

- **ParkSure** is our parking booking website; it sells pre-booked parking for all four car
  parks.
- ParkSure can change prices only once a day.
- ANPR cameras are installed only at the Short Stay and Express car parks; Long Stay and the
  staff car park use ticket barriers.
- Concessionaires report their sales to us monthly as totals; we receive no till data.

## Noise and energy

- **NoiseDesk** is our noise complaints log, with every complaint and its reply since 2019.
- The two fixed noise monitors are both under the western approach.
- There is no noise monitor under the eastern approach.
- Radar track data from Aerovia ATS reaches us with a 14-day lag.
- The terminal has one electricity meter, with no sub-metering by area.

## Reporting

- **Compass** is our data warehouse (SQL Server with Power BI reports), loaded nightly from
  FlightHub, ParkSure, ShiftPlan and the finance system.
- Compass holds no baggage or assistance data.

## Networks and equipment

- Wi-Fi on the apron reaches stands 1-4 only.
- Fixed ground power is installed on stands 1-4 only; the other stands use diesel ground power
  units owned by the handlers.
""",
    "measures/flightpath-measure-definitions.md": """
# Flightpath 2031: measure definitions

Owner: Programme Director, Flightpath 2031. Baselines are for the financial year 2026/27.

| Measure | Definition | Source | Owner | Baseline |
|---|---|---|---|---|
| Passengers a year | Departing and arriving passengers, financial year | FlightHub | Chief Commercial Officer | 1.91m |
| Departures on time | Off-block within 15 minutes of schedule, all commercial departures | FlightHub | Chief Operating Officer | 71% |
| Security queue | Share of sampled passengers through security within 10 minutes | Supervisor samples | Head of Security | 78% |
| Mishandled bags | Mishandled bags per 1,000 departing passengers | Skyhold monthly return | Head of Terminal Operations | 6.8 |
| Assistance within published waiting times | Assisted passengers met within the published waiting times | Assistance log sheet | Head of Terminal Operations | 88% |
| Non-aviation revenue per passenger | Car parking, retail, food and beverage and property revenue over passengers | Finance system | Chief Commercial Officer | £7.40 |
| Car parking sold pre-booked | Share of car park revenue sold through ParkSure before arrival | ParkSure | Head of Car Parking and Property | 41% |
| Noise complaints answered | Share of complaints answered within 10 working days | NoiseDesk | Head of Sustainability and Community | 62% |
| Passenger satisfaction | Overall satisfaction, survey score out of 5 | Passenger survey | Chief Commercial Officer | 3.9 |
| Airport Carbon Accreditation | Level awarded under the Airport Carbon Accreditation scheme | Accreditation certificate | Head of Sustainability and Community | Level 1 |

## Limits of the figures

The security queue baseline covers the morning samples only, because queues are not measured
after 10:00.

The mishandled bags baseline counts Skyhold's airlines only, because Corran Air's figures are
not sent to us.

The comparison group for "top quartile of UK regional airports" has not been chosen, so the
satisfaction target cannot yet be measured.

The passenger survey runs in two waves a year, in June and January, each of about 1,600
replies.
""",
    "context/ground-handling-contracts.md": """
# Ground handling: contracts summary

Prepared by the Chief Operating Officer's office, January 2028.

- Skyhold Aviation Services handles the five non-based airlines under a contract with the
  airport that ends on 31 March 2029.
- The contract allows one extension of up to six months, which must be agreed by 30 September
  2028.
- Corran Air handles its own aircraft with its own ramp staff, under an access agreement.
- Skyhold owns the pushback tugs and ground power units it uses; the airport owns no pushback
  tugs.
- Any new handler must hold the airport's ground handling licence, which takes about 16 weeks
  to issue.
- Under the access rules, a second handler must be allowed on the airport once we pass 2
  million passengers a year.
""",
    "context/air-traffic-control-contract.txt": """
AIR TRAFFIC CONTROL SERVICES: CONTRACT SUMMARY

Provider: Aerovia ATS Ltd. Contract term 1 April 2022 to 31 March 2032.

Aerovia ATS provides aerodrome and approach control from the Brannock tower.

The tower is open from 05:30 to 23:30 every day.

Opening the tower outside these hours needs 10 days' notice and is charged at an hourly rate.

The night quota in the planning agreement with Brannock City Council allows no more than 1,200
movements a year between 23:30 and 06:00.

The night quota cannot be changed without a new planning agreement.

Aerovia ATS sends monthly punctuality reports on air traffic control delay.
""",
    "context/consultative-committee-terms.md": """
# Brannock Airport Consultative Committee: terms

The Committee brings together local councils, residents' groups, airport users and the airport.
Its chair is independent of the airport.

- The airport must consult the Committee on any Noise Action Plan before it is published.
- Members expect at least 8 weeks to consider a draft plan.
- The Committee meets four times a year, in March, June, September and December.
- The Head of Sustainability and Community provides its secretariat.
- The Committee has asked for monthly noise data from the eastern approach.
""",
    "context/caa-letter-2027-11.txt": """
Civil Aviation Authority
Consumer Enforcement: Passengers with reduced mobility
15 November 2027

To: Chief Executive, Brannock Airport Limited

Our review of airports' assistance services for 2026/27 rates Brannock as "needs
improvement".

Assisted passengers at Brannock waited longer than the published waiting times in 12% of cases.

The airport must publish an improvement plan for its assistance service by 30 June 2028.

A second "needs improvement" rating in 2027/28 would lead to an enforcement review.
""",
    "context/west-pier-profile.txt": """
WEST PIER: SITE PROFILE (prepared for the pilot, February 2028)

The West Pier has six stands, numbered 1 to 6, and gates 1 to 6.

Corran Air's six based aircraft leave from the West Pier between 06:00 and 08:30 every day.

Two Skyhold-handled airlines use stands 5 and 6 in the first wave.

Stands 5 and 6 have no fixed ground power.

The mobile signal on the West Pier apron is weak and drops near stand 6.

Corran Air's dispatchers carry company tablets; Skyhold's dispatchers carry radios only.

The old fire station next to the West Pier is empty and is the planned site of the AOC.
""",
    "context/corran-air-letter-2028-02.txt": """
Corran Air Ltd, Operations Director
9 February 2028

To: Chief Operating Officer, Brannock Airport Limited

Subject: West Pier turnaround pilot

Corran Air will take part in the West Pier pilot from November 2028.

We will not give the airport access to Ramp365; our dispatchers will enter milestone times in
the shared app instead.

Our crews' duty times cannot be shared with the airport.

Our summer 2029 schedule is fixed by 31 October 2028, so stand changes for S29 must be agreed
before then.
""",
    "context/workforce-summary-2027.md": """
# Workforce summary, March 2027

Brannock Airport Limited had 894 staff at 31 March 2027.

| Directorate | Headcount |
|---|---|
| Operations (security, terminal, airside, engineering) | 671 |
| Commercial | 88 |
| Finance and Corporate Services | 112 |
| Executive and Corporate Affairs | 23 |

- 31 security officer posts were vacant at March 2027.
- The People team has one recruiter for all hiring across the airport.
- The Training Academy trains and certifies security officers and runs ramp safety courses.
- There is no carbon analyst; the Head of Sustainability and Community compiles the carbon
  footprint once a year.
- We have no route forecasting capacity in-house; route forecasts are bought from a consultancy.
- The ATWU is recognised for security, terminal, airside and engineering staff.
""",
}


def build(out: Path) -> None:
    case = out / NAME
    files: dict[str, str | bytes] = {DECK: build_deck()}
    files["org/people/airport-roles.odt"] = roster_odt()
    files["org/governance/atwu-recognition-agreement-extract.odt"] = atwu_odt()
    for rel, text in ORG_TEXT.items():
        files[f"org/{rel}"] = text
    write_files(case, files)


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
