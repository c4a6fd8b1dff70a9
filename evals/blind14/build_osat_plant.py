"""Build the blind14 case ``osat-plant``: its deck and its org folder, deterministically.

Run from the repository root with the project's venv (python-pptx, python-docx, openpyxl, lxml):

    .venv/bin/python evals/blind14/build_osat_plant.py [out]

Writes, under ``evals/blind14/osat-plant/`` (or ``<out>/osat-plant/``):

- ``BE2030_Plant_Plan_FY29-FY30_Board_27Sep2028_v7.pptx``: an outsourced semiconductor assembly
  and test plant's two-year plan, a 16:9 deck made in POWERPOINT FOR MICROSOFT 365 from the
  company's corporate template: ``docProps/app.xml`` names "Microsoft Office PowerPoint" 16.0000
  with the template's theme ("Kenari Corporate") and the slide titles; the template's master and
  layouts (widescreen positions, 28 pt titles) and its placeholders on every slide (title,
  subtitle, bodies, footer and a slide-number field); most content in native TABLES (``a:tbl``):
  two market-context tables, the pillars, the KPI table, the roadmap on fiscal quarters (fiscal
  year from October) with merged cells, the pilot, the risks with Mitigation and Owner columns,
  the first-90-days plan with an Owner column, governance, capex and an appendix of benchmarks;
  speaker notes on three slides.
- ``org/``: the plant's own files: the Plant Director's "Appointments and responsibilities" memo
  (``people/appointments-memo.docx``: one paragraph per role, the role in bold, then
  "(Name) — will be ...", sections for the core team, the extended team and the consulted bodies,
  and a table of longer remits), today's RACI as an Excel workbook
  (``governance/raci-current.xlsx``), and Markdown and text files: the steering committee's terms
  of reference with the Smart Factory charter, a risk register extract, the systems and data
  inventory, the metric dictionary, an IATF 16949 readiness review, the complaint-handling
  procedure, operations review minutes, an email, a staff FAQ and the site profile.

Re-running it rewrites every file byte for byte: the OOXML packages with fixed ZIP entry times and
document dates (``evals/dev16/_build.py``; the PPTX's ``app.xml`` and ``core.xml`` are written
here), the text files as literal strings. It never touches ``gold.json``. Blind case (split
"blind14").
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
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.presentation import Presentation as PptxPresentation
from pptx.util import Emu, Inches
from pptx.util import Pt as PPt

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals.dev16._build import Stamp, ooxml_bytes, write_files  # noqa: E402

HERE = Path(__file__).resolve().parent
CASE = "osat-plant"
DECK = "BE2030_Plant_Plan_FY29-FY30_Board_27Sep2028_v7.pptx"
DECK_TIME = (2028, 9, 20, 17, 41, 26)
DECK_CREATED = "2028-07-03T01:12:00Z"
DECK_MODIFIED = "2028-09-20T09:41:26Z"
DOCX_STAMP = Stamp((2028, 9, 14, 10, 5, 0), "2028-09-14T02:05:00Z")
XLSX_STAMP = Stamp((2028, 8, 30, 16, 20, 0), "2028-08-30T08:20:00Z")

A = "http://schemas.openxmlformats.org/drawingml/2006/main"
P = "http://schemas.openxmlformats.org/presentationml/2006/main"
NAVY = RGBColor(0x0B, 0x2A, 0x4A)
TEAL = RGBColor(0x00, 0x7C, 0x89)
GREY = RGBColor(0x59, 0x59, 0x59)
FOOTER = "Kenari Semiconductor (M) Sdn Bhd · BE2030 Board review · Confidential"
SLIDENUM_ID = "{6C1E8F0A-3B52-4C7D-9E21-5A8D2F4B7C10}"

THEME_COLOURS = {
    "1F497D": "0B2A4A",
    "EEECE1": "E8EDF2",
    "4F81BD": "007C89",
    "C0504D": "E07A1F",
    "9BBB59": "6A9F3A",
    "8064A2": "5B6C8F",
    "4BACC6": "2CA6C9",
    "F79646": "B5121B",
}


# =========================================================================== the template


def _set_xfrm(shape, box: tuple[float, float, float, float]) -> None:
    x, y, w, h = box
    shape.left, shape.top, shape.width, shape.height = Inches(x), Inches(y), Inches(w), Inches(h)


def corporate_template() -> PptxPresentation:
    """python-pptx's default template made into the company's widescreen corporate template."""
    prs = Presentation()
    prs.slide_width, prs.slide_height = Emu(12192000), Emu(6858000)
    master = prs.slide_master
    # the theme: the company's name, colours and fonts
    theme = master.part.part_related_by(
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme"
    )
    xml = theme.blob.decode("utf-8")
    xml = xml.replace('name="Office Theme"', 'name="Kenari Corporate"', 1)
    xml = xml.replace('<a:clrScheme name="Office">', '<a:clrScheme name="Kenari">', 1)
    xml = xml.replace('<a:fontScheme name="Office">', '<a:fontScheme name="Kenari">', 1)
    for old, new in THEME_COLOURS.items():
        xml = xml.replace(f'<a:srgbClr val="{old}"/>', f'<a:srgbClr val="{new}"/>', 1)
    xml = xml.replace('<a:latin typeface="Calibri"/>', '<a:latin typeface="Segoe UI"/>')
    theme._blob = xml.encode("utf-8")
    # widescreen positions: every layout box placed for 4:3 is widened, then the boxes we use
    # (and the master's) are set
    for item in prs.slide_layouts:
        for shape in item.shapes:
            if shape._element.spPr.find(f"{{{A}}}xfrm") is not None:
                shape.left = Emu(int(shape.left * 4 / 3))
                shape.width = Emu(int(shape.width * 4 / 3))
    boxes = {
        "Title Placeholder 1": (0.5, 0.3, 12.33, 0.8),
        "Text Placeholder 2": (0.5, 1.3, 12.33, 5.3),
        "Date Placeholder 3": (0.5, 6.95, 2.8, 0.35),
        "Footer Placeholder 4": (3.6, 6.95, 6.1, 0.35),
        "Slide Number Placeholder 5": (10.03, 6.95, 2.8, 0.35),
    }
    for shape in master.shapes:
        _set_xfrm(shape, boxes[shape.name])
    layouts = {layout.name: layout for layout in prs.slide_layouts}
    for idx, box in {0: (0.9, 2.0, 11.5, 1.5), 1: (0.9, 3.7, 11.5, 1.8)}.items():
        _set_xfrm(layouts["Title Slide"].placeholders[idx], box)
    for idx, box in {1: (0.5, 1.3, 6.0, 5.3), 2: (6.83, 1.3, 6.0, 5.3)}.items():
        _set_xfrm(layouts["Two Content"].placeholders[idx], box)
    comparison = {
        1: (0.5, 1.3, 6.0, 0.55),
        2: (0.5, 1.9, 6.0, 4.7),
        3: (6.83, 1.3, 6.0, 0.55),
        4: (6.83, 1.9, 6.0, 4.7),
    }
    for idx, box in comparison.items():
        _set_xfrm(layouts["Comparison"].placeholders[idx], box)
    # text sizes of the corporate template: 28 pt titles, 20/18/16 pt body levels
    styles = master._element.find(f"{{{P}}}txStyles")
    title_rpr = styles.find(f"{{{P}}}titleStyle/{{{A}}}lvl1pPr/{{{A}}}defRPr")
    title_rpr.set("sz", "2800")
    title_rpr.set("b", "1")
    for level, size in ((1, "2000"), (2, "1800"), (3, "1600"), (4, "1400"), (5, "1400")):
        rpr = styles.find(f"{{{P}}}bodyStyle/{{{A}}}lvl{level}pPr/{{{A}}}defRPr")
        rpr.set("sz", size)
    return prs


# =========================================================================== slide helpers


def layout(prs, name: str):
    return next(item for item in prs.slide_layouts if item.name == name)


def set_paras(frame, paras: Sequence[str | tuple[str, dict]], size: int | None = None) -> None:
    """Write paragraphs into a text frame; a paragraph is a string or (text, options) with
    ``bold``, ``size``, ``color``, ``level``."""
    frame.clear()
    for k, item in enumerate(paras):
        text, opts = (item, {}) if isinstance(item, str) else item
        p = frame.paragraphs[0] if k == 0 else frame.add_paragraph()
        p.level = opts.get("level", 0)
        run = p.add_run()
        run.text = text
        sz = opts.get("size", size)
        if sz:
            run.font.size = PPt(sz)
        if opts.get("bold"):
            run.font.bold = True
        if opts.get("color") is not None:
            run.font.color.rgb = opts["color"]


def new_slide(prs, layout_name: str, title: str, number: int):
    slide = prs.slides.add_slide(layout(prs, layout_name))
    slide.shapes.title.text_frame.text = title
    if number > 1:
        footer(slide, number)
    return slide


def footer(slide, number: int) -> None:
    """The template's footer and slide-number placeholders, as PowerPoint adds them when
    "Footer" and "Slide number" are ticked."""
    for ph in slide.slide_layout.placeholders:
        idx = ph.placeholder_format.idx
        if idx not in (11, 12):
            continue
        slide.shapes.clone_placeholder(ph)
        sp = slide.shapes[-1]._element
        if idx == 11:
            body = (
                f'<p:txBody xmlns:p="{P}" xmlns:a="{A}"><a:bodyPr/><a:lstStyle/><a:p>'
                f'<a:r><a:rPr lang="en-GB" dirty="0"/><a:t>{escape(FOOTER)}</a:t></a:r>'
                "</a:p></p:txBody>"
            )
        else:
            body = (
                f'<p:txBody xmlns:p="{P}" xmlns:a="{A}"><a:bodyPr/><a:lstStyle/><a:p>'
                f'<a:fld id="{SLIDENUM_ID}" type="slidenum"><a:rPr lang="en-GB"/>'
                f"<a:t>{number}</a:t></a:fld>"
                '<a:endParaRPr lang="en-GB" dirty="0"/></a:p></p:txBody>'
            )
        sp.append(etree.fromstring(body))


def text_box(
    slide,
    box: tuple[float, float, float, float],
    paras: Sequence[str | tuple[str, dict]],
    size: int = 14,
):
    x, y, w, h = box
    shape = slide.shapes.add_textbox(Inches(x), Inches(y), Inches(w), Inches(h))
    shape.text_frame.word_wrap = True
    set_paras(shape.text_frame, paras, size)
    return shape


def bullets(frame, items: Sequence[str | tuple[str, dict]], size: int | None = None) -> None:
    set_paras(frame, items, size)


def table(
    slide,
    box: tuple[float, float, float],
    widths: Sequence[float],
    rows: Sequence[Sequence[str | Sequence[str]]],
    *,
    size: int = 12,
    row_h: float = 0.4,
    merges: Sequence[tuple[int, int, int, int]] = (),
    first_col_bold: bool = False,
):
    """A native table at (x, y, width): every cell a string or a list of paragraphs; ``merges``
    are (row, col, last row, last col), the text in the first cell only."""
    x, y, w = box
    shape = slide.shapes.add_table(
        len(rows), len(widths), Inches(x), Inches(y), Inches(w), Inches(row_h * len(rows))
    )
    tbl = shape.table
    for c, width in enumerate(widths):
        tbl.columns[c].width = Inches(width)
    for r in range(len(rows)):
        tbl.rows[r].height = Inches(row_h)
    for r0, c0, r1, c1 in merges:
        tbl.cell(r0, c0).merge(tbl.cell(r1, c1))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value == "" or value == []:
                continue
            paras = [value] if isinstance(value, str) else list(value)
            cell = tbl.cell(r, c)
            bold = r == 0 or (first_col_bold and c == 0)
            set_paras(cell.text_frame, [(t, {"bold": bold}) for t in paras], size)
            cell.margin_left = cell.margin_right = Emu(64008)
            cell.margin_top = cell.margin_bottom = Emu(36576)
    return tbl


def notes(slide, text: str) -> None:
    slide.notes_slide.notes_text_frame.text = text


# =========================================================================== the deck


def build_deck() -> bytes:
    prs = corporate_template()
    n = 0

    def slide(layout_name: str, title: str):
        nonlocal n
        n += 1
        return new_slide(prs, layout_name, title, n)

    # 1 cover
    s = slide("Title Slide", "Bukit Embun 2030")
    set_paras(
        s.placeholders[1].text_frame,
        [
            ("Built for Automotive: the plant plan for FY29–FY30", {"bold": True, "size": 24}),
            ("Board of Directors · 27 September 2028", {"size": 18}),
            ("Noraini Hashim, Plant Director, Bukit Embun", {"size": 18}),
        ],
    )

    # 2 executive summary
    s = slide("Title and Content", "Executive summary")
    bullets(
        s.placeholders[1].text_frame,
        [
            "Bukit Embun 2030 (BE2030) readies the plant for automotive volume in two fiscal "
            "years, FY29 and FY30",
            "Right first time: final test yield on automotive devices to 98.5% by Q4 FY30",
            "Fewer escapes: customer DPPM on automotive shipments from 38 to 10 or below by "
            "Q4 FY30",
            "Faster test: final test cycle time to 2.5 days and tester and handler OEE to 75% by "
            "Q4 FY30",
            "Automotive ready: IATF 16949 certificate by Q1 FY30 and an approved PPAP for all 38 "
            "automotive part numbers by Q2 FY30",
            "Paperless: every lot on an electronic traveller by Q4 FY30",
            "Customer trust: 90% of CARs closed within 30 days by Q2 FY30",
            "Pilot on the Meranti final-test floor and handler line HX-12, January to June 2029",
            "Ask: capex of RM 46.0 million over two years, with RM 9.8 million released now for "
            "Phase 1 and the pilot",
        ],
        16,
    )

    # 3 market context: the industry
    s = slide("Title Only", "Market context: automotive is where the growth is")
    text_box(
        s,
        (0.5, 1.15, 12.3, 0.5),
        [
            (
                "Chip content per car keeps rising, and the customers who buy it expect "
                "suppliers to run at near-zero defects.",
                {"bold": True, "color": TEAL},
            )
        ],
        14,
    )
    table(
        s,
        (0.5, 1.85, 12.3),
        [6.1, 3.2, 3.0],
        [
            ["Indicator", "Figure", "Source"],
            [
                "Automotive semiconductor demand, forecast growth",
                "11% a year, 2028–2032",
                "Analyst consensus, July 2028",
            ],
            [
                "Electric vehicles' share of new cars sold in Europe and China",
                "Forecast to pass 40% by 2030",
                "Industry forecast, 2028",
            ],
            [
                "Malaysia's share of global assembly, test and packaging",
                "About 13%",
                "Industry association, 2027",
            ],
            [
                "Fiscal support under the National Semiconductor Strategy (2024)",
                "RM25 billion",
                "Government of Malaysia",
            ],
            [
                "Average outsourced final-test yield, automotive QFN",
                "98.9%",
                "Back-end benchmarking consortium, 2027",
            ],
            [
                "New outsourced test floors opened in Penang and Kedah since 2025",
                "14",
                "Press reports",
            ],
        ],
        size=14,
        row_h=0.55,
    )
    text_box(s, (0.5, 6.0, 12.3, 0.4), [("Sources as listed; figures rounded.", {})], 11)

    # 4 market context: customers and competitors
    s = slide("Title Only", "Market context: how customers and competitors see us")
    text_box(
        s,
        (0.5, 1.15, 12.3, 0.5),
        [
            (
                "Our largest automotive customer rates us below its preferred-supplier bar, and "
                "our peers are faster and cleaner.",
                {"bold": True, "color": TEAL},
            )
        ],
        14,
    )
    table(
        s,
        (0.5, 1.8, 12.3),
        [3.6, 2.2, 2.3, 4.2],
        [
            ["Customer", "Scorecard, Q2 2028", "Preferred-supplier bar", "What they told us"],
            [
                "Valtrenne Automotive Semiconductors",
                "78 / 100 (B)",
                "85",
                "8D reports late; traceability on paper",
            ],
            ["Hollin Power Devices", "81 / 100 (B)", "80", "Test capacity short at quarter end"],
            ["Ostmark Industrial Controls", "88 / 100 (A)", "75", "No issues raised"],
        ],
        size=13,
        row_h=0.45,
    )
    text_box(
        s,
        (0.5, 3.85, 12.3, 2.6),
        [
            ("Competitors and customer requirements", {"bold": True}),
            "A Penang OSAT reports 99.2% final-test yield and a 1.8-day test cycle "
            "(annual report 2027)",
            "A Singapore peer quoted 82% tester OEE at a 2028 industry conference",
            "Valtrenne's new supply agreement caps every supplier at 10 DPPM from January 2031",
            "Hollin supplier survey, May 2028: “3 in 10 of our complaints to Bukit Embun got a "
            "containment answer within 24 hours”",
        ],
        15,
    )

    # 5 FY28 in review
    s = slide("Comparison", "FY28 in review: where we start")
    set_paras(s.placeholders[1].text_frame, [("What went well", {"bold": True})])
    bullets(
        s.placeholders[2].text_frame,
        [
            "Yield at final test up 1.1 points since FY26",
            "Bonder output per hour up 6% since FY27 after the capillary change",
            "Defects found by automotive customers down from 52 to 38 per million parts",
            "No lost-time injury for the second year running",
            "Plant revenue RM 612 million, up 9% on FY27",
        ],
        16,
    )
    set_paras(s.placeholders[3].text_frame, [("What holds us back", {"bold": True})])
    bullets(
        s.placeholders[4].text_frame,
        [
            "Every lot still moves with a paper traveller; rebuilding a lot's history takes most "
            "of a day",
            "A lot spends a median 4.6 days on the test floors, 1.9 of them waiting for a handler",
            "Just 9 of 38 automotive devices carry a customer-approved PPAP",
            "54% of corrective action requests took more than 30 days to close",
            "Testers and handlers lose 39% of their time to set-up, jams and waiting",
        ],
        16,
    )
    notes(
        s,
        "FY28 figures are actuals for October 2027 to August 2028, taken from the Lumbung "
        "dashboards on 4 September. September will be added before the baselines are frozen.",
    )

    # 6 north star
    s = slide("Title Only", "North star and ambition")
    text_box(
        s,
        (0.5, 1.3, 12.3, 1.0),
        [
            (
                "Every lot traceable. Every automotive part right first time.",
                {"bold": True, "size": 26, "color": NAVY},
            )
        ],
    )
    text_box(
        s,
        (0.5, 2.35, 12.3, 0.8),
        [
            (
                "Our ambition: to be the first-choice back-end partner for automotive chipmakers "
                "in northern Malaysia.",
                {"size": 20, "color": TEAL},
            )
        ],
    )
    text_box(
        s,
        (0.5, 3.3, 12.3, 3.2),
        [
            ("By the end of FY30 (September 2030) we will:", {"bold": True}),
            "ship automotive parts at 10 DPPM or below",
            "take a lot through final test in 2.5 days",
            "run every lot on an electronic traveller",
            "hold IATF 16949 certification and an approved PPAP for every automotive part number",
            "close 90% of corrective action requests within 30 days",
        ],
        18,
    )

    # 7 pillars
    s = slide("Title Only", "Four pillars, one enabler")
    table(
        s,
        (0.5, 1.3, 12.3),
        [1.9, 2.6, 2.6, 2.6, 2.6],
        [
            [
                "",
                "1 Right first time",
                "2 Faster through test",
                "3 Automotive ready",
                "4 Customer trust",
            ],
            [
                "What changes",
                "Yield at test and in assembly",
                "Cycle time and equipment OEE",
                "IATF 16949, PPAP and electronic travellers",
                "Complaints contained fast and closed for good",
            ],
            [
                "Lead function",
                "Engineering",
                "Test and Equipment",
                "Quality and Mfg Systems",
                "Quality",
            ],
            ["Detail", "Slide 8", "Slide 9", "Slide 10", "Slide 11"],
        ],
        size=14,
        row_h=0.8,
        first_col_bold=True,
    )
    text_box(
        s,
        (0.5, 4.8, 12.3, 0.9),
        [
            "Enabler: people and skills (slide 12)",
            "Proved first on the Meranti final-test floor and handler line HX-12 (slide 15)",
        ],
        16,
    )

    # 8-11 pillars
    pillars = [
        (
            "Pillar 1 · Right first time: yield",
            [
                "Final test yield on automotive devices from 97.2% to 98.5% by Q4 FY30",
                "Wire-bond assembly yield from 99.10% to 99.60% by Q2 FY30",
            ],
            [
                "Run a weekly yield war room on the top 10 yield detractors across test and "
                "assembly",
                "Apply part average testing (PAT) to all automotive test programs by Q3 FY29",
                "Fit automated optical inspection after wire bond on WB-3 and WB-4",
                "Cut underfill voids on FC-1 with a designed experiment run with the material "
                "supplier",
            ],
            "Lead: Engineering (test and assembly)",
        ),
        (
            "Pillar 2 · Faster through test: cycle time and OEE",
            [
                "Final test cycle time from a median 4.6 days to 2.5 days by Q4 FY30",
                "OEE of testers and handlers from 61% to 75% by Q4 FY30; wire bonders from 68% to "
                "80% by Q3 FY30",
            ],
            [
                "Quad-site parallel test on the 12 highest-volume automotive devices",
                "Quick kit change on every tri-temp handler: from 55 minutes to under 20",
                "Log equipment states (SEMI E10) on every tester on all three floors",
                "Cut handler jams on the HX series by half, with the handler vendor",
            ],
            "Lead: Test and Equipment",
        ),
        (
            "Pillar 3 · Automotive ready: IATF 16949, PPAP and traceability",
            [
                "IATF 16949 certificate for the Bukit Embun plant by Q1 FY30",
                "Approved PPAP for all 38 automotive part numbers by Q2 FY30",
                "Every lot on an electronic traveller by Q4 FY30",
            ],
            [
                "Replace paper travellers with the WIP-tracking module of Orcastra MES, floor by "
                "floor",
                "Write control plans and PFMEAs for all 38 automotive part numbers",
                "Restart layered process audits on all four shifts",
                "Keep raw test data for automotive lots for 15 years in Lumbung",
            ],
            "Lead: Quality and Manufacturing Systems",
        ),
        (
            "Pillar 4 · Customer trust: complaints and 8D",
            [
                "Customer DPPM on automotive shipments from 38 to 10 or below by Q4 FY30",
                "Containment within 24 hours on every customer complaint from Q2 FY29",
                "90% of CARs closed within 30 days by Q2 FY30",
                "An ‘A’ rating on Valtrenne’s supplier scorecard",
            ],
            [
                "Move complaint handling from the spreadsheet into the Pelita eQMS",
                "A containment desk on every shift, staffed by a quality engineer",
                "Send each automotive customer a weekly 8D status report",
                "Train 60 engineers and technicians in 8D problem solving",
            ],
            "Lead: Quality",
        ),
    ]
    for title, goals, initiatives, lead in pillars:
        s = slide("Two Content", title)
        bullets(s.placeholders[1].text_frame, [("Goals", {"bold": True}), *goals], 18)
        bullets(s.placeholders[2].text_frame, [("Initiatives", {"bold": True}), *initiatives], 16)
        text_box(s, (0.5, 6.45, 12.3, 0.4), [(lead, {"color": GREY})], 12)

    # 12 enabler
    s = slide("Two Content", "Enabler · People and skills")
    bullets(
        s.placeholders[1].text_frame,
        [
            ("Goal", {"bold": True}),
            "Make Bukit Embun the place in Kedah where technicians build a career",
            ("Limits we work within", {"bold": True}),
            "Overtime stays inside the legal cap of 104 hours a month per employee",
            "The Works Committee is consulted before any change to manning",
        ],
        18,
    )
    bullets(
        s.placeholders[2].text_frame,
        [
            ("What we will do", {"bold": True}),
            "Certify 150 technicians at handler set-up level 2 by Q4 FY29",
            "Cross-train a second release engineer for every customer's test programs",
            "Move the technicians freed by quick kit change into test engineering support roles",
        ],
        16,
    )

    # 13 KPIs
    s = slide("Title Only", "KPIs: baseline, target and by when")
    table(
        s,
        (0.5, 1.25, 12.3),
        [5.6, 2.0, 2.2, 2.5],
        [
            ["KPI", "FY28 baseline", "Target", "By when"],
            ["Final test yield, automotive devices", "97.2%", "98.5%", "Q4 FY30"],
            ["Wire-bond assembly yield", "99.10%", "99.60%", "Q2 FY30"],
            ["Customer DPPM, automotive shipments", "38", "10 or below", "Q4 FY30"],
            ["Final test cycle time (median, days)", "4.6", "2.5", "Q4 FY30"],
            ["OEE, testers and handlers", "61%", "75%", "Q4 FY30"],
            ["OEE, wire bonders", "68%", "80%", "Q3 FY30"],
            ["Lots running on an electronic traveller", "0%", "100%", "Q4 FY30"],
            ["Automotive part numbers with an approved PPAP", "9 of 38", "38 of 38", "Q2 FY30"],
            ["CARs closed within 30 days (8D)", "46%", "90%", "Q2 FY30"],
            [
                "Valtrenne supplier scorecard rating",
                "78 (B)",
                "A (90 or more)",
                "To be agreed with Valtrenne",
            ],
        ],
        size=13,
        row_h=0.43,
    )
    text_box(
        s,
        (0.5, 6.1, 12.3, 0.6),
        [
            "Baselines: FY28, October 2027 to August 2028. By when: the last day of the fiscal "
            "quarter named (the fiscal year starts on 1 October; see the roadmap)."
        ],
        11,
    )
    notes(
        s,
        "Each KPI has one owner and one definition in the plant's metric dictionary. The "
        "Valtrenne rating target is set with the customer at its annual business review.",
    )

    # 14 roadmap
    s = slide("Title Only", "Roadmap FY29–FY30: four phases, four gates")
    quarters = [
        ("Q1 FY29", "Oct–Dec 2028"),
        ("Q2 FY29", "Jan–Mar 2029"),
        ("Q3 FY29", "Apr–Jun 2029"),
        ("Q4 FY29", "Jul–Sep 2029"),
        ("Q1 FY30", "Oct–Dec 2029"),
        ("Q2 FY30", "Jan–Mar 2030"),
        ("Q3 FY30", "Apr–Jun 2030"),
        ("Q4 FY30", "Jul–Sep 2030"),
    ]
    rows: list[list[str | list[str]]] = [
        [
            "",
            "FY29 (October 2028 – September 2029)",
            "",
            "",
            "",
            "FY30 (October 2029 – September 2030)",
            "",
            "",
            "",
        ],
        ["Workstream", *[[q, m] for q, m in quarters]],
        [
            "Phase",
            "Phase 1 · Stabilise and baseline",
            "Phase 2 · Pilot: Meranti floor and HX-12",
            "",
            "Phase 3 · Roll out to every line",
            "",
            "",
            "Phase 4 · Certify and sustain",
            "",
        ],
        [
            "Yield",
            "War room; PAT rules written",
            "PAT on Valtrenne devices",
            "",
            "PAT on all automotive programs; AOI on WB-3 and WB-4",
            "",
            "",
            "Hold 98.5%",
            "",
        ],
        [
            "Test flow and OEE",
            "Kit-change baseline on HX-12",
            "Quick kit change and E10 logging on Meranti",
            "",
            "Quad-site test; E10 logging on all floors",
            "",
            "",
            "Hold 75% OEE",
            "",
        ],
        [
            "Automotive and MES",
            "PPAP gap check; traveller requirements",
            "Electronic travellers on Meranti",
            "",
            "Travellers on Cengal, Merbau and assembly; IATF audit",
            "",
            "",
            "Last paper traveller retired",
            "",
        ],
        [
            "Customer quality",
            "Complaints into Pelita eQMS",
            "Containment desk on every shift",
            "",
            "Weekly 8D status to customers",
            "",
            "",
            "90% of CARs in 30 days",
            "",
        ],
        [
            "Gates",
            "G1 · 31 Dec 2028 · ready to pilot",
            "",
            "G2 · 30 Jun 2029 · go/no-go for roll-out",
            "",
            "",
            "G3 · 31 Mar 2030 · roll-out review",
            "",
            "G4 · 30 Sep 2030 · close and hand over",
        ],
    ]
    table(
        s,
        (0.4, 1.2, 12.53),
        [1.69] + [1.355] * 8,
        rows,
        size=10,
        row_h=0.58,
        merges=[
            (0, 1, 0, 4),
            (0, 5, 0, 8),
            (2, 2, 2, 3),
            (2, 4, 2, 6),
            (2, 7, 2, 8),
            (3, 2, 3, 3),
            (3, 4, 3, 6),
            (3, 7, 3, 8),
            (4, 2, 4, 3),
            (4, 4, 4, 6),
            (4, 7, 4, 8),
            (5, 2, 5, 3),
            (5, 4, 5, 6),
            (5, 7, 5, 8),
            (6, 2, 6, 3),
            (6, 4, 6, 6),
            (6, 7, 6, 8),
        ],
        first_col_bold=True,
    )
    text_box(
        s,
        (0.4, 5.95, 12.5, 0.9),
        [
            "Kenari's fiscal year starts on 1 October: Q1 FY29 = October–December 2028, "
            "Q2 FY29 = January–March 2029, Q3 FY29 = April–June 2029, Q4 FY29 = July–September "
            "2029; FY30 follows the same pattern.",
            "Month 0 = October 2028; the plan runs 24 months to September 2030. Gates fall on "
            "the last day of a quarter.",
        ],
        10,
    )
    notes(
        s,
        "Gates 1 to 3 are taken by the BE2030 Steering Committee under the Board's delegation; "
        "Gate 4 comes back to the Board. The pilot runs through Q2 and Q3 FY29 so that Gate 2 "
        "sees at least eight weeks of results on both the floor and the handler line.",
    )

    # 15 pilot
    s = slide("Title Only", "Pilot: Meranti final-test floor and handler line HX-12")
    text_box(
        s,
        (0.5, 1.15, 12.3, 0.5),
        [
            (
                "Q2–Q3 FY29 (January to June 2029) · Gate 2 on 30 June 2029 decides the roll-out",
                {"bold": True, "color": TEAL},
            )
        ],
        14,
    )
    table(
        s,
        (0.5, 1.8, 12.3),
        [3.6, 4.7, 4.0],
        [
            ["Why here", "What we will try", "Gate 2 pass marks"],
            [
                [
                    "Meranti tests about 70% of our Valtrenne volume",
                    "Its lots wait longest: a median 5.3 days on the floor in FY28",
                    "HX-12 had the most jams per thousand units of any tri-temp handler in FY28",
                    "The Meranti crews asked to go first",
                ],
                [
                    "Electronic travellers on every Meranti lot, with paper and electronic "
                    "travellers side by side for four weeks",
                    "Quick kit change on HX-12: from 55 minutes to under 20",
                    "Equipment state logging on all 38 Meranti testers",
                    "Run the four Valtrenne tri-temp devices on HX-12 at cold, room and hot",
                    "A two-machine manning trial on HX-12 with one crew, after the Works "
                    "Committee is consulted",
                ],
                [
                    "100% of Meranti lots on electronic travellers for eight weeks",
                    "HX-12 OEE at 72% or better for eight weeks running",
                    "Meranti median cycle time at 3.0 days or less",
                    "No customer complaint traced to a pilot lot",
                ],
            ],
        ],
        size=13,
        row_h=0.5,
    )

    # 16 risks
    s = slide("Title Only", "Risks and mitigations")
    table(
        s,
        (0.4, 1.2, 12.53),
        [0.45, 3.9, 0.45, 0.45, 5.58, 1.7],
        [
            ["#", "Risk", "L", "I", "Mitigation", "Owner"],
            [
                "R1",
                "The MES change freeze runs past January 2029 and delays electronic travellers",
                "M",
                "H",
                "Keep paper travellers on Meranti until the electronic traveller passes four "
                "weeks of side-by-side running",
                "IT / Digital",
            ],
            [
                "R2",
                "Crews object to two-machine manning on HX-12",
                "M",
                "M",
                "Consult the Works Committee 30 days ahead; trial with one crew first",
                "HR",
            ],
            [
                "R3",
                "Test program release rests on one engineer",
                "H",
                "H",
                "Cross-train two more release engineers by Q2 FY29",
                "Test",
            ],
            [
                "R4",
                "A Valtrenne audit finds gaps in our PPAP files",
                "M",
                "H",
                "Hold a mock PPAP with Valtrenne’s resident engineer in Q2 FY29",
                "Quality",
            ],
            [
                "R5",
                "Quad-site load board funding slips past November",
                "M",
                "M",
                "Start parallel test on the six devices whose load boards already exist",
                "Test / Finance",
            ],
            [
                "R6",
                "Not enough cold-test capacity on Meranti",
                "H",
                "M",
                "Route cold-test lots to the Cengal floor until the new chiller is commissioned",
                "Test",
            ],
            [
                "R7",
                "Raw test data is deleted before a customer asks for it",
                "M",
                "H",
                "Copy raw STDF files of automotive lots to Lumbung from Q2 FY29",
                "IT / Digital",
            ],
        ],
        size=12,
        row_h=0.62,
    )
    text_box(s, (0.4, 6.3, 12.5, 0.4), ["L = likelihood, I = impact: H high, M medium, L low."], 11)

    # 17 first 90 days
    s = slide("Title Only", "First 90 days: Q1 FY29 (October to December 2028)")
    table(
        s,
        (0.4, 1.2, 12.53),
        [0.45, 8.28, 2.2, 1.6],
        [
            ["#", "Action", "Owner", "Due"],
            [
                "1",
                "Appoint the BE2030 Programme Manager and start the weekly PMO review",
                "Plant Director",
                "2 Oct 2028",
            ],
            ["2", "Start the weekly yield war room", "Engineering", "12 Oct 2028"],
            [
                "3",
                "Baseline every KPI in Lumbung and freeze the FY28 figures",
                "IT / Digital",
                "16 Oct 2028",
            ],
            ["4", "Restart layered process audits on all four shifts", "Quality", "31 Oct 2028"],
            ["5", "Brief the Works Committee on the HX-12 manning trial", "HR", "31 Oct 2028"],
            [
                "6",
                "Submit the quad-site load board capex paper to the group capex committee",
                "Finance",
                "7 Nov 2028",
            ],
            ["7", "Order the replacement tri-temp chiller for Meranti", "Equipment", "15 Nov 2028"],
            [
                "8",
                "Write the electronic traveller requirements for the Meranti floor",
                "IT / Digital",
                "30 Nov 2028",
            ],
            [
                "9",
                "Complete the PPAP gap check on all 38 automotive part numbers",
                "Quality",
                "30 Nov 2028",
            ],
            ["10", "Time every kit change on HX-12 for four weeks", "Equipment", "30 Nov 2028"],
            ["11", "Log every new complaint as a CAR in the Pelita eQMS", "Quality", "1 Dec 2028"],
            [
                "12",
                "Cross-train a second engineer to release Valtrenne test programs",
                "Test",
                "15 Dec 2028",
            ],
        ],
        size=12,
        row_h=0.41,
    )

    # 18 governance
    s = slide("Title Only", "Governance and decision rights")
    table(
        s,
        (0.5, 1.25, 12.3),
        [3.0, 2.6, 2.6, 4.1],
        [
            ["Forum", "Chair", "Meets", "Role in BE2030"],
            [
                "BE2030 Steering Committee",
                "Plant Director (sponsor)",
                "Monthly, and at each gate",
                "Takes the go/no-go at Gates 1 to 3; releases phase budgets; agrees scope changes",
            ],
            [
                "BE2030 PMO review",
                "BE2030 Programme Manager",
                "Weekly",
                "Tracks actions, risks and KPIs from the Lumbung dashboards",
            ],
            [
                "Board of Directors",
                "Chairman",
                "Quarterly",
                "Approves the plan and capex; takes Gate 4",
            ],
            [
                "Works Committee",
                "Its chairperson",
                "Before any change to shifts or manning",
                "Consulted; holds no programme actions",
            ],
            [
                "Customer quality representatives",
                "Appointed by each customer",
                "Before each PPAP and process change",
                "Consulted; holds no programme actions",
            ],
        ],
        size=13,
        row_h=0.7,
        first_col_bold=True,
    )
    text_box(
        s, (0.5, 5.7, 12.3, 0.5), ["The Board hears every gate decision within two weeks."], 14
    )

    # 19 investment
    s = slide("Title Only", "Investment, and what this plan will not do")
    table(
        s,
        (0.5, 1.25, 7.6),
        [4.3, 1.1, 1.1, 1.1],
        [
            ["Capex (RM million)", "FY29", "FY30", "Total"],
            ["Quad-site load boards and test kits", "8.4", "5.1", "13.5"],
            ["AOI after wire bond (WB-3, WB-4)", "4.2", "2.0", "6.2"],
            ["MES WIP module roll-out and shop-floor terminals", "5.6", "3.9", "9.5"],
            ["Equipment connectivity (E10) and data archive", "3.1", "2.4", "5.5"],
            ["Handler kits, chiller and handler upgrades", "4.4", "3.6", "8.0"],
            ["Training, audits and certification", "1.8", "1.5", "3.3"],
            ["Total", "27.5", "18.5", "46.0"],
        ],
        size=13,
        row_h=0.52,
    )
    text_box(
        s,
        (8.4, 1.25, 4.45, 4.8),
        [
            ("What this plan will not do", {"bold": True}),
            "No new test floor space: we lift output from the 136 testers we already have",
            "No new consumer-device business before FY31",
            "No change to the four-shift pattern",
            "The plan does not rely on the RM 3.2 million government automation grant we have "
            "applied for",
        ],
        15,
    )

    # 20 asks
    s = slide("Title and Content", "Asks of the Board")
    bullets(
        s.placeholders[1].text_frame,
        [
            "Approve Bukit Embun 2030 as the plant's plan for FY29 and FY30",
            "Approve capex of RM 46.0 million: RM 27.5 million in FY29 and RM 18.5 million in FY30",
            "Release RM 9.8 million now for Phase 1 and the pilot",
            "Endorse the Meranti floor and handler line HX-12 as the pilot",
            "Delegate Gates 1 to 3 to the Steering Committee; Gate 4 returns to the Board",
        ],
        20,
    )

    # 21 appendix
    s = slide("Title Only", "Appendix: benchmarks")
    table(
        s,
        (0.5, 1.25, 12.3),
        [5.7, 2.2, 2.2, 2.2],
        [
            ["Measure", "Bukit Embun FY28", "OSAT median", "Top quartile"],
            ["Automotive yield at final test", "97.2%", "98.6%", "99.3%"],
            ["Days a lot spends in final test", "4.6", "3.1", "1.9"],
            ["Tester OEE", "61%", "68%", "80%"],
            ["Bonder OEE", "68%", "74%", "85%"],
            ["Defects per million at automotive customers", "38", "15", "3"],
            ["8D reports closed inside 30 days", "46%", "70%", "92%"],
        ],
        size=14,
        row_h=0.5,
    )
    text_box(
        s,
        (0.5, 5.0, 12.3, 0.5),
        [
            "Source: back-end benchmarking consortium, 2027 edition, 14 outsourced assembly and "
            "test sites in Asia."
        ],
        11,
    )

    titles = [sl.shapes.title.text_frame.text for sl in prs.slides]
    buffer = io.BytesIO()
    prs.save(buffer)
    return finish_pptx(buffer.getvalue(), titles, prs)


# =========================================================================== the PPTX package


def _app_xml(titles: list[str], prs) -> str:
    words = paras = 0
    for sl in prs.slides:
        for shape in sl.shapes:
            frames = []
            if shape.has_text_frame:
                frames.append(shape.text_frame)
            if getattr(shape, "has_table", False) and shape.has_table:
                frames += [c.text_frame for r in shape.table.rows for c in r.cells]
            for frame in frames:
                for p in frame.paragraphs:
                    if p.text.strip():
                        paras += 1
                        words += len(p.text.split())
    parts = ["Segoe UI", "Kenari Corporate", *titles]
    lpstr = "".join(f"<vt:lpstr>{escape(t)}</vt:lpstr>" for t in parts)
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-'
        'properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        f"<TotalTime>1843</TotalTime><Words>{words}</Words>"
        "<Application>Microsoft Office PowerPoint</Application>"
        f"<PresentationFormat>Widescreen</PresentationFormat><Paragraphs>{paras}</Paragraphs>"
        f"<Slides>{len(titles)}</Slides><Notes>3</Notes><HiddenSlides>0</HiddenSlides>"
        "<MMClips>0</MMClips><ScaleCrop>false</ScaleCrop><HeadingPairs>"
        '<vt:vector size="6" baseType="variant">'
        "<vt:variant><vt:lpstr>Fonts Used</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4>"
        "</vt:variant><vt:variant><vt:lpstr>Theme</vt:lpstr></vt:variant><vt:variant><vt:i4>1"
        "</vt:i4></vt:variant><vt:variant><vt:lpstr>Slide Titles</vt:lpstr></vt:variant>"
        f"<vt:variant><vt:i4>{len(titles)}</vt:i4></vt:variant></vt:vector></HeadingPairs>"
        f'<TitlesOfParts><vt:vector size="{len(parts)}" baseType="lpstr">{lpstr}</vt:vector>'
        "</TitlesOfParts><Company>Kenari Semiconductor (M) Sdn Bhd</Company>"
        "<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>"
        "<HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0000</AppVersion>"
        "</Properties>"
    )


CORE_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-'
    'properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/'
    'terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/'
    'XMLSchema-instance"><dc:title>Bukit Embun 2030 – Built for Automotive</dc:title>'
    "<dc:creator>Kavitha Ramasamy</dc:creator><cp:lastModifiedBy>Noraini Hashim"
    "</cp:lastModifiedBy><cp:revision>57</cp:revision>"
    f'<dcterms:created xsi:type="dcterms:W3CDTF">{DECK_CREATED}</dcterms:created>'
    f'<dcterms:modified xsi:type="dcterms:W3CDTF">{DECK_MODIFIED}</dcterms:modified>'
    "</cp:coreProperties>"
)


def finish_pptx(data: bytes, titles: list[str], prs) -> bytes:
    """The package as PowerPoint for Microsoft 365 saves it: its own app.xml and core.xml, no
    Mac printer settings, fixed entry times."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            name = info.filename
            if name.startswith("ppt/printerSettings/"):
                continue
            body = src.read(name)
            if name == "docProps/app.xml":
                body = _app_xml(titles, prs).encode("utf-8")
            elif name == "docProps/core.xml":
                body = CORE_XML.encode("utf-8")
            elif name == "ppt/_rels/presentation.xml.rels":
                body = re.sub(rb"<Relationship [^>]*printerSettings[^>]*/>", b"", body)
            elif name == "[Content_Types].xml":
                body = body.replace(
                    b'<Default Extension="bin" ContentType="application/vnd.openxmlformats-'
                    b'officedocument.presentationml.printerSettings"/>',
                    b"",
                )
            fixed = zipfile.ZipInfo(name, date_time=DECK_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, body)
    return out.getvalue()


# =========================================================================== the memo (roster)

MEMO_HEAD = [
    ("Kenari Semiconductor (M) Sdn Bhd", True),
    ("Bukit Embun Plant, Bukit Embun Hi-Tech Park, Kedah", False),
    ("MEMO", True),
    ("To: Heads of department and section managers, Bukit Embun", False),
    ("From: Noraini binti Hashim, Plant Director", False),
    ("Date: 14 September 2028", False),
    ("Ref: BE/PD/2028/041", False),
    ("Subject: BE2030 appointments and responsibilities", True),
]

MEMO_INTRO = [
    "Subject to the Board's approval of Bukit Embun 2030 (BE2030) on 27 September 2028, I confirm "
    "the appointments below from 1 October 2028. Each paragraph names the post, the person who "
    "holds it and what the post will be responsible for under BE2030. Where a remit is longer "
    "than a line it is set out in full in section D. These responsibilities sit alongside each "
    "post's normal duties.",
]

CORE_ROLES = [
    (
        "Plant Director",
        "Noraini binti Hashim",
        "will be responsible for BE2030 as its sponsor: chairing the BE2030 Steering Committee, "
        "taking the go/no-go decisions at Gates 1 to 3 under the Board's delegation, and "
        "releasing each phase's budget within the capex the Board approves.",
    ),
    (
        "BE2030 Programme Manager",
        "Kavitha a/p Ramasamy",
        "will be responsible for the programme office: the integrated plan, the weekly action "
        "review, the programme risk log, the gate packs and the monthly report to the Steering "
        "Committee.",
    ),
    (
        "Assembly Operations Manager",
        "Tan Wei Ming",
        "will be responsible for running the wire-bond lines WB-1 to WB-4 and the flip-chip line "
        "FC-1 on all four crews, bonder output, and the crews' take-up of new assembly methods "
        "and of the electronic traveller in assembly.",
    ),
    (
        "Test Operations Manager",
        "Mohd Faizal bin Ismail",
        "will be responsible for running the Cengal, Meranti and Merbau final-test floors on all "
        "four crews, the flow of lots through test and the final test cycle time, and for the "
        "pilot on the floor as set out in section D.",
    ),
    (
        "Test Engineering Manager",
        "Ong Siew Ling",
        "will be responsible for test programs and their release to production, test time and "
        "multi-site test, part average testing and statistical bin limits, load board design, "
        "and the analysis of final test yield.",
    ),
    (
        "Test Equipment Engineering Manager",
        "Rajesh a/l Subramaniam",
        "will be responsible for the remit set out for this post in section D.",
    ),
    (
        "Assembly Process Engineering Manager",
        "Chong Kah Hoe",
        "will be responsible for the wire-bond and flip-chip processes and their yield: bond "
        "parameters, inspection after bond, underfill and designed experiments.",
    ),
    (
        "Assembly Equipment Engineering Manager",
        "Nurul Izzah binti Zakaria",
        "will be responsible for the remit set out for this post in section D.",
    ),
    (
        "Plant Quality Director",
        "Dr Gan Mei Fong",
        "will be responsible for outgoing quality: the defect rate at customers (DPPM), shipping "
        "holds and recalls, and the plant's quality policy.",
    ),
    (
        "Quality Systems Manager",
        "Siti Aminah binti Yusof",
        "will be responsible for the quality management system and IATF 16949 certification: "
        "PPAP files, control plans and PFMEAs, layered process audits, measurement system "
        "analysis, internal audits and the Pelita eQMS.",
    ),
    (
        "Customer Quality Manager",
        "Daniel Lee Chun Kit",
        "will be responsible for the duties that procedure QP-08 gives this post.",
    ),
    (
        "Manufacturing Systems Manager",
        "Arvind a/l Gopal Nair",
        "will be responsible for the Orcastra MES and every module of it, the lot traveller and "
        "its replacement by the electronic traveller, recipe management and the MES shop-floor "
        "terminals.",
    ),
    (
        "IT Infrastructure Manager",
        "Khairul Anuar bin Osman",
        "will be responsible for the plant network, servers and storage (the test data server "
        "included), shop-floor wireless, backups and cyber security.",
    ),
    (
        "Smart Factory Lead",
        "Teoh Jia Hui",
        "will be responsible for the work in the Smart Factory charter (Annex B of the "
        "Steering Committee's terms of reference).",
    ),
    (
        "Production Planning and Control Manager",
        "Lau Kok Wai",
        "will be responsible for the production plan, lot dispatch and routing between floors, "
        "WIP levels and customer commit dates.",
    ),
    (
        "Training and Certification Manager",
        "Priya a/p Krishnan",
        "will be responsible for the Kenari Skills Academy, operator and technician "
        "certification, the skills matrix in SkillGrid and every BE2030 training course.",
    ),
    (
        "Human Resources Manager",
        "Zulkifli bin Abdullah",
        "will be responsible for shift patterns, manning agreements, recruitment and the plant's "
        "consultation with the Works Committee.",
    ),
    (
        "Finance Controller",
        "Yap Shu Min",
        "will be responsible for the BE2030 budget, every capex paper to the group capex "
        "committee and the tracking of benefits against the business case.",
    ),
]

EXTENDED_ROLES = [
    (
        "Procurement Manager",
        "Ahmad Rizal bin Kamaruddin",
        "will be responsible for buying equipment, load boards and spares against approved "
        "requisitions, and for supplier contracts.",
    ),
    (
        "Facilities Manager",
        "Goh Chee Seng",
        "will be responsible for the buildings, the cleanroom and the utilities (power, "
        "compressed air and process cooling water) that the floors draw on.",
    ),
]

CONSULT_ROLES = [
    (
        "Works Committee Chairperson",
        "Roslan bin Mat Isa",
        "will be consulted, with the Works Committee, before any change to shift patterns, "
        "manning or rest breaks, and briefed at each gate.",
    ),
    (
        "Customer Quality Representative",
        "resident engineers of Valtrenne and Hollin",
        "will be consulted before each PPAP submission, each process change notification and any "
        "pilot that runs their company's devices, and kept informed of 8D progress.",
    ),
]

MEMO_REMITS = [
    (
        "Test Operations Manager",
        "Pilot lead on the Meranti floor: runs the pilot lots and the HX-12 manning trial on the "
        "floor, and chairs the pilot's daily review.",
    ),
    (
        "Test Equipment Engineering Manager",
        "Testers, tri-temp and gravity handlers, their thermal units and chillers, and change "
        "kits on all three test floors: uptime, jams, kit-change time, preventive maintenance in "
        "MaintaNet, and the OEE of test equipment.",
    ),
    (
        "Assembly Equipment Engineering Manager",
        "Wire bonders, die attach, mould and singulation equipment on WB-1 to WB-4 and FC-1: "
        "uptime, preventive maintenance in MaintaNet, and the OEE of assembly equipment.",
    ),
    (
        "Production Planning and Control Manager",
        "Routing of lots between Cengal, Meranti and Merbau during the pilot, cold-test lots "
        "included.",
    ),
    (
        "Human Resources Manager",
        "The consultation with the Works Committee on the HX-12 manning trial and any later "
        "manning change, and the multi-machine allowance.",
    ),
    (
        "Finance Controller",
        "The capex papers for the quad-site load boards, the replacement chiller and AOI, and "
        "monthly benefit tracking against the BE2030 business case.",
    ),
]


def _role_para(doc, role: str, name: str, remit: str) -> None:
    p = doc.add_paragraph()
    run = p.add_run(role)
    run.bold = True
    p.add_run(f" ({name}) — {remit}")


def build_memo() -> bytes:
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)
    for text, bold in MEMO_HEAD:
        p = doc.add_paragraph()
        run = p.add_run(text)
        run.bold = bold
    for text in MEMO_INTRO:
        doc.add_paragraph(text)
    doc.add_heading("A. Core programme team", level=2)
    doc.add_paragraph(
        "The core team owns the programme's actions. Each action in the BE2030 plan has one "
        "owner from this list."
    )
    for role, name, remit in CORE_ROLES:
        _role_para(doc, role, name, remit)
    doc.add_heading("B. Extended team", level=2)
    doc.add_paragraph(
        "Extended team members support the core team in their areas and are kept informed; "
        "programme actions are owned by the core team."
    )
    for role, name, remit in EXTENDED_ROLES:
        _role_para(doc, role, name, remit)
    doc.add_heading("C. Consulted, without programme actions", level=2)
    doc.add_paragraph(
        "The two below must be consulted as set out here; they are not given programme actions."
    )
    for role, name, remit in CONSULT_ROLES:
        _role_para(doc, role, name, remit)
    doc.add_heading("D. Remits set out in full", level=2)
    tbl = doc.add_table(rows=1, cols=2)
    tbl.style = "Table Grid"
    head = tbl.rows[0].cells
    head[0].text, head[1].text = "Post", "Remit under BE2030"
    for role, remit in MEMO_REMITS:
        cells = tbl.add_row().cells
        cells[0].text, cells[1].text = role, remit
    doc.add_paragraph(
        "Please raise any question about these appointments with the BE2030 Programme Manager."
    )
    doc.add_paragraph("Noraini binti Hashim")
    doc.add_paragraph("Plant Director, Bukit Embun")
    doc.add_paragraph("Copy: Group Chief Operating Officer; Works Committee; HR file")
    return ooxml_bytes(
        doc,
        DOCX_STAMP,
        title="BE2030 appointments and responsibilities",
        author="Noraini binti Hashim",
        last_modified_by="Noraini binti Hashim",
        revision=4,
    )


# =========================================================================== the RACI workbook

RACI_HEAD = [
    "Process",
    "PD",
    "PQD",
    "QSM",
    "CQM",
    "TOM",
    "TEM",
    "TEEM",
    "AOM",
    "APEM",
    "AEEM",
    "MSM",
    "SFL",
    "PPC",
    "TCM",
    "HRM",
    "FC",
    "Notes",
]

RACI_ROWS = [
    [
        "Customer complaint: containment and 8D",
        "I",
        "C",
        "",
        "A/R",
        "C",
        "R",
        "",
        "",
        "R",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "Per QP-08; engineering managers give the D4 owner",
    ],
    [
        "Shipping hold and recall of shipped parts",
        "I",
        "A/R",
        "",
        "R",
        "C",
        "C",
        "",
        "C",
        "",
        "",
        "",
        "",
        "C",
        "",
        "",
        "",
        "",
    ],
    [
        "PPAP file preparation and submission",
        "",
        "C",
        "A/R",
        "C",
        "",
        "R",
        "",
        "",
        "R",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "Customer resident engineer consulted before submission",
    ],
    [
        "Control plans and PFMEA",
        "",
        "",
        "A",
        "",
        "C",
        "R",
        "",
        "C",
        "R",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
    ],
    [
        "Test program release to production",
        "",
        "",
        "C",
        "",
        "I",
        "A/R",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
    ],
    [
        "Final test yield excursion response",
        "",
        "I",
        "",
        "C",
        "R",
        "A/R",
        "C",
        "",
        "",
        "",
        "",
        "C",
        "",
        "",
        "",
        "",
        "",
    ],
    [
        "Handler kit change and set-up",
        "",
        "",
        "",
        "",
        "R",
        "C",
        "A",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "Technicians on each crew do the change",
    ],
    [
        "Tester and handler preventive maintenance",
        "",
        "",
        "",
        "",
        "C",
        "",
        "A/R",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "Scheduled in MaintaNet",
    ],
    [
        "Bonder preventive maintenance",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "C",
        "",
        "A/R",
        "",
        "",
        "",
        "",
        "",
        "",
        "Scheduled in MaintaNet",
    ],
    [
        "Wire-bond process change",
        "",
        "C",
        "C",
        "C",
        "",
        "",
        "",
        "C",
        "A/R",
        "C",
        "",
        "",
        "",
        "",
        "",
        "",
        "Customer notified through a process change notification",
    ],
    [
        "Lot traveller: issue, fill in, file",
        "",
        "",
        "C",
        "",
        "R",
        "",
        "",
        "R",
        "",
        "",
        "A",
        "",
        "",
        "",
        "",
        "",
        "Form owner: Manufacturing Systems",
    ],
    [
        "Lot routing between test floors",
        "",
        "",
        "",
        "",
        "C",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "A/R",
        "",
        "",
        "",
        "",
    ],
    [
        "KPI reporting and dashboards",
        "I",
        "C",
        "",
        "",
        "C",
        "C",
        "",
        "",
        "",
        "",
        "",
        "A/R",
        "",
        "",
        "",
        "",
        "Lumbung and Power BI",
    ],
    [
        "Operator and technician certification",
        "",
        "",
        "",
        "",
        "C",
        "",
        "C",
        "C",
        "",
        "",
        "",
        "",
        "",
        "A/R",
        "",
        "",
        "Records in SkillGrid",
    ],
    [
        "Shift pattern and manning changes",
        "C",
        "",
        "",
        "",
        "C",
        "",
        "",
        "C",
        "",
        "",
        "",
        "",
        "",
        "",
        "A/R",
        "",
        "Works Committee consulted first",
    ],
    [
        "Capex papers to the group capex committee",
        "A",
        "",
        "",
        "",
        "",
        "R",
        "R",
        "",
        "",
        "R",
        "",
        "",
        "",
        "",
        "",
        "R",
        "Requesting manager writes the case; Finance prepares the paper",
    ],
]

RACI_KEY = [
    ("PD", "Plant Director"),
    ("PQD", "Plant Quality Director"),
    ("QSM", "Quality Systems Manager"),
    ("CQM", "Customer Quality Manager"),
    ("TOM", "Test Operations Manager"),
    ("TEM", "Test Engineering Manager"),
    ("TEEM", "Test Equipment Engineering Manager"),
    ("AOM", "Assembly Operations Manager"),
    ("APEM", "Assembly Process Engineering Manager"),
    ("AEEM", "Assembly Equipment Engineering Manager"),
    ("MSM", "Manufacturing Systems Manager"),
    ("SFL", "Smart Factory Lead"),
    ("PPC", "Production Planning and Control Manager"),
    ("TCM", "Training and Certification Manager"),
    ("HRM", "Human Resources Manager"),
    ("FC", "Finance Controller"),
]


def build_raci() -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = "RACI current"
    ws["A1"] = "Bukit Embun: who does what today (RACI), as at August 2028"
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([])
    ws.append(RACI_HEAD)
    for cell in ws[3]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="center", wrap_text=True)
    for row in RACI_ROWS:
        ws.append([value or None for value in row])
    ws.column_dimensions["A"].width = 44
    ws.column_dimensions["R"].width = 52
    ws.freeze_panes = "B4"
    key = wb.create_sheet("Key")
    key.append(["Code", "Post"])
    for code, post in RACI_KEY:
        key.append([code, post])
    key.append([])
    key.append(["R", "Responsible: does the work"])
    key.append(["A", "Accountable: answers for the result; one per process"])
    key.append(["C", "Consulted before the work is done"])
    key.append(["I", "Informed after the work is done"])
    key.column_dimensions["B"].width = 48
    return ooxml_bytes(
        wb,
        XLSX_STAMP,
        title="Current RACI",
        creator="Kavitha Ramasamy",
        lastModifiedBy="Kavitha Ramasamy",
    )


# =========================================================================== text files

TERMS_OF_REFERENCE = """
# BE2030 Steering Committee: terms of reference

Approved by the Plant Director on 14 September 2028, to be confirmed by the Board with the plan on
27 September 2028.

## 1. Purpose

To direct Bukit Embun 2030 (BE2030), the plant's plan for FY29 and FY30, to take the decisions at
its gates and to hold the budget the Board approves.

## 2. Sponsor and chair

The Plant Director is the sponsor of BE2030 and chairs the committee. The Kenari Group Chief
Operating Officer is kept informed through the Plant Director's monthly report.

## 3. Members

Plant Director (chair); BE2030 Programme Manager (secretary); Test Operations Manager; Assembly
Operations Manager; Plant Quality Director; Quality Systems Manager; Manufacturing Systems
Manager; Finance Controller; Human Resources Manager. Other managers attend for their items.

## 4. Decisions

- Go/no-go at Gates 1, 2 and 3, under the Board's delegation. Gate 4 is taken by the Board.
- Release of each phase's budget within the capex the Board approves.
- Changes to scope, pilot and milestones that leave the capex total unchanged.

## 5. Consulted, not members

- The Works Committee: before any change to shift patterns, manning or rest breaks, and at each
  gate.
- Customer quality representatives (the resident engineers of Valtrenne and Hollin): before each
  PPAP submission, each process change notification and any pilot that runs their devices.

Neither is given programme actions.

## 6. Meetings

Monthly, on the second Thursday, and at each gate (31 December 2028, 30 June 2029, 31 March 2030
and 30 September 2030). Quorum: the chair and four members. Papers go out three working days
before the meeting.

## Annex B: Smart Factory charter

The Smart Factory Lead owns:

- equipment connectivity: the SECS/GEM links from testers, handlers and bonders, and the StateLog
  service that records SEMI E10 equipment states;
- the OEE calculation rules used in every OEE report;
- the Lumbung data warehouse, its nightly loads and its Power BI dashboards;
- the archive of raw test data for automotive lots;
- data requests from engineers for yield analysis.

The Smart Factory team builds on the Orcastra MES but does not configure it (that is
Manufacturing Systems), and runs on the plant network and servers looked after by IT
Infrastructure.
"""

SYSTEMS = """
# Systems and data inventory, Bukit Embun plant

Kept by the Manufacturing Systems Manager and reviewed every quarter with IT Infrastructure and
the Smart Factory team. Last review: 1 September 2028.

| System | What it does here | Business owner | Status | Notes |
|---|---|---|---|---|
| Orcastra MES (core) | Lot dispatch to assembly equipment, recipe download to bonders, SPC on bond pull and ball shear | Manufacturing Systems Manager | Live on WB-1 to WB-4 and FC-1 | Version 11.2. Bonder events feed the assembly OEE figures. |
| Orcastra MES WIP-tracking module | Electronic lot traveller, lot genealogy, step sign-off at shop-floor terminals | Manufacturing Systems Manager | Licensed, not configured | For timing see the email of 22 August 2028. |
| Paper lot travellers | Route card, quantities in and out, operator stamps and rework record for each lot | Manufacturing Systems Manager (form owner) | In use on every line and floor | We still write every lot traveller by hand at each step. Completed travellers are boxed by month in the document room. |
| HX tri-temp handler controllers | Handler recipes, bin counts, jam log | Test Equipment Engineering Manager | Live on HX-01 to HX-16 | Orcastra MES cannot exchange data with the HX handler controllers, so unit counts from HX lines are typed in at the end of each shift. |
| StateLog | SEMI E10 equipment states from testers, read over SECS/GEM | Smart Factory Lead | Live (part) | StateLog only covers the 46 testers on the Cengal floor. |
| Test data server | Raw STDF files from every tester | IT Infrastructure Manager | Live | Raw STDF files are not retained beyond 90 days. Lot summaries are copied to Lumbung every night and kept. |
| Lumbung data warehouse | Plant data store: yield, output, DPPM, OEE and lot summaries since 2021 | Smart Factory Lead | Live | Power BI dashboards for yield, output, DPPM and OEE refresh every night at 02:00. The FY28 baselines are taken from Lumbung. |
| Pelita eQMS | Document control, CAPA, internal audits, calibration records | Quality Systems Manager | Live | The licence includes a complaints module. |
| CQ complaint log | Customer complaints and CAR status | Customer Quality Manager | Live | Described in procedure QP-08. |
| MaintaNet CMMS | Preventive maintenance schedules, work orders and spares for all equipment | Test Equipment Engineering Manager and Assembly Equipment Engineering Manager | Live | |
| SkillGrid | Skills matrix and certification records for operators and technicians | Training and Certification Manager | Live | Certificates are renewed every two years at the Kenari Skills Academy. |
| KenariOne ERP | Orders, shipping, inventory and costing | Finance Controller | Live; upgrade cutover under way | Cutover sign-off planned for January 2029. |
"""

METRICS = """
# Bukit Embun metric dictionary (BE2030 edition, September 2028)

Every plant KPI has one owner, who answers for its value at the monthly plant management meeting
and at the BE2030 Steering Committee. Figures come from Lumbung unless the entry says otherwise.
FY28 runs from October 2027 to September 2028; the baselines below are October 2027 to August
2028.

## FT-Y1 Final test yield, automotive

- Definition: good units out of final test divided by units in, for automotive part numbers, all
  test insertions together, a retested unit counted once.
- Unit and cadence: percent, monthly and quarterly.
- Source: Lumbung lot summaries.
- Owner: Test Engineering Manager.
- FY28 baseline: 97.2%.

## AS-Y1 Wire-bond assembly yield

- Definition: good units out of the wire-bond lines (after visual inspection) divided by units
  in, all packages.
- Unit and cadence: percent to two decimals, monthly.
- Source: Orcastra MES lot records, loaded into Lumbung.
- Owner: Assembly Process Engineering Manager.
- FY28 baseline: 99.10%.

## CQ-D1 Customer DPPM, automotive

- Definition: parts rejected by automotive customers and confirmed as our defect, per million
  automotive parts shipped, rolling three months.
- Unit and cadence: DPPM, monthly.
- Source: CQ complaint log and KenariOne shipments.
- Owner: Plant Quality Director.
- FY28 baseline: 38.

## FT-T1 Final test cycle time

- Definition: median time from a lot's arrival at a test floor to its release to pack, in days.
- Unit and cadence: days to one decimal, weekly.
- Source: Lumbung lot summaries.
- Owner: Test Operations Manager.
- FY28 baseline: 4.6 days.

## EQ-O1 OEE, testers and handlers

- Definition: availability x performance x quality for each tester and its handler, SEMI E10
  states, averaged over the three test floors.
- Unit and cadence: percent, weekly.
- Source: StateLog on Cengal; shift logs entered by crew leaders on Meranti and Merbau.
- Owner: Test Equipment Engineering Manager.
- FY28 baseline: 61%.

## EQ-O2 OEE, wire bonders

- Definition: availability x performance x quality for each wire bonder, from bonder events in
  Orcastra MES.
- Unit and cadence: percent, weekly.
- Owner: Assembly Equipment Engineering Manager.
- FY28 baseline: 68%.

## MS-E1 Lots on electronic traveller

- Definition: lots started in the month whose every step is signed off in the Orcastra
  WIP-tracking module, as a share of all lots started.
- Unit and cadence: percent, monthly.
- Owner: Manufacturing Systems Manager.
- FY28 baseline: 0%.

## QS-P1 Automotive part numbers with an approved PPAP

- Definition: automotive part numbers in production whose current PPAP submission the customer
  has approved (Part Submission Warrant signed by the customer).
- Unit and cadence: count of 38, monthly.
- Source: Pelita eQMS.
- Owner: Quality Systems Manager.
- FY28 baseline: 9 of 38.

## CQ-C1 CARs closed within 30 days

- Definition: corrective action requests closed in the month whose 8D was accepted by the
  customer within 30 days of the complaint, as a share of all CARs closed in the month.
- Unit and cadence: percent, monthly.
- Source: CQ complaint log.
- Owner: Customer Quality Manager.
- FY28 baseline: 46%.

## CQ-S1 Valtrenne supplier scorecard rating

- Definition: the score and grade in Valtrenne's quarterly supplier scorecard (A: 90 and over,
  B: 75 to 89, C: under 75).
- Source: Valtrenne supplier portal.
- Owner: Customer Quality Manager.
- FY28 baseline: 78 (B), Q2 2028.

## Other plant measures (not BE2030 KPIs)

- Wire-bond units per hour (UPH): owner Assembly Operations Manager; FY28 baseline 10,850 UPH per
  bonder-hour, QFN 5x5.
- On-time delivery to customer commit date: owner Production Planning and Control Manager; FY28
  baseline 91%.
- Technicians certified at handler set-up level 2: owner Training and Certification Manager; FY28
  baseline 64.
"""

IATF_REVIEW = """
# IATF 16949 readiness review, Bukit Embun plant: findings

Carried out by Sentinel Assurance Sdn Bhd from 11 to 13 July 2028 against IATF 16949:2016 and the
customer-specific requirements of Valtrenne and Hollin. This is a readiness review, not a
certification audit. The owner for every item is the Quality Systems Manager.

## Summary

The plant's ISO 9001:2015 system is mature and well kept in Pelita eQMS. Document control,
calibration, internal audit planning and CAPA records were sampled and found in order. Two
findings would be major nonconformities at a certification audit; three observations are offered
as improvements.

## Findings

| No | Clause | Finding | Grade at certification |
|---|---|---|---|
| F1 | 9.2.2.3 and customer-specific requirements | Layered process audits lapsed in 2027, when the LPA coordinator left and the post was left empty; the last LPA record is dated 14 March 2027. | Major |
| F2 | 7.1.5.1.1 | Gauge R&R on the handler vision systems has not been repeated since March 2025; nobody currently holds the MSA schedule for test floor measuring equipment. | Major |

## Observations

| No | Clause | Observation |
|---|---|---|
| O1 | 8.3.3.3 | One PFMEA template for each wire-bond package family would speed up the PPAP work. |
| O2 | 7.2.1 | The skills matrix in SkillGrid is complete and current; add the customer-specific requirements course to it. |
| O3 | 10.2.3 | The 8D format in QP-08 meets Valtrenne's requirements. |

## Strengths noted

- Training and certification records in SkillGrid, renewed on time.
- Calibration records in Pelita eQMS.
- Daily yield reporting from Lumbung, used at every shift meeting.
"""

QP08 = """
KENARI SEMICONDUCTOR (M) SDN BHD - BUKIT EMBUN PLANT
QP-08  CUSTOMER COMPLAINT HANDLING AND 8D
Revision F, effective 1 March 2028. Procedure owner: Customer Quality Manager. Approved by: Plant Quality Director.

1 PURPOSE
To receive, contain, investigate and close every customer complaint with the 8D method, and to keep the customer informed until closure.

2 SCOPE
All complaints from customers about parts assembled or tested at Bukit Embun, field returns and line rejects at customer sites included.

3 RESPONSIBILITIES
3.1 The Customer Quality Manager owns this procedure and is the single point of contact for customers on complaints. The Customer Quality Manager opens a corrective action request (CAR) for each complaint, leads containment and the 8D team, sends the 8D report to the customer, keeps the customer scorecards, and reports CAR closure times and scorecard ratings to the plant management meeting every month.
3.2 The Plant Quality Director decides on shipping holds and on recalls of parts already shipped.
3.3 Engineering managers name the D4 root-cause owner and carry out the D5 to D7 actions in their area.
3.4 Customer resident engineers are kept informed at each D-step and are consulted before an 8D is closed.

4 RECORDS
4.1 Complaints and CAR status are logged on a spreadsheet kept by the customer quality administrator (CQ Complaint Log 2028.xlsx on the quality shared drive).
4.2 8D reports are filed as PDF in each customer's folder on the same drive.

5 TIME LIMITS
5.1 Containment (D3): within 24 hours of receiving the complaint.
5.2 Closure (D8): within 30 days of receiving the complaint, unless the customer agrees a longer time in writing.
"""

MINUTES = """
# Plant operations review: minutes

Date: Tuesday 15 August 2028, 14:00 to 16:10, main conference room, Bukit Embun
Chair: Plant Director
Present: Test Operations Manager, Test Engineering Manager, Test Equipment Engineering Manager,
Assembly Operations Manager, Plant Quality Director, Customer Quality Manager, Manufacturing
Systems Manager, Finance Controller, Kavitha Ramasamy (BE2030 Programme Manager designate)
Minutes: Plant Director's office

## 1. FY28 to date

July output was 212 million units. The FY28 figures will be taken from Lumbung at the end of
September and frozen as the BE2030 baselines.

## 2. Cold test on Meranti

The tri-temp chiller serving HX-11 and HX-12 failed in May 2028 and was never replaced; since then
both handlers have run room and hot tests only, and Valtrenne cold-test lots have gone to Cengal.
The Test Equipment Engineering Manager will bring a quotation for a new chiller to the September
review.

## 3. Quad-site load boards

The request for 24 quad-site load boards (RM 8.4 million) is in the FY29 capex plan but is
awaiting funding; the group capex committee decides at its sitting on 21 November 2028. The
Finance Controller will submit the paper by 7 November.

## 4. Orcastra WIP-tracking module

The Manufacturing Systems Manager reported on timing; he will set it out by email this week.

## 5. Customer quality

Valtrenne's Q2 scorecard came in at 78 (B). Its two comments were late 8D reports and paper
traceability. The Customer Quality Manager will take both to the BE2030 plan.

## 6. BE2030 pilot

The Meranti crews have asked to go first. The Test Operations Manager proposes Meranti and HX-12
for the pilot; agreed, for the Board paper.

## Actions

| No | Action | Owner | Due |
|---|---|---|---|
| 1 | Quotation for a new tri-temp chiller for HX-11 and HX-12 | Test Equipment Engineering Manager | 12 September 2028 |
| 2 | Capex paper for the quad-site load boards | Finance Controller | 7 November 2028 |
| 3 | Email on the WIP-tracking module's timing | Manufacturing Systems Manager | 22 August 2028 |
| 4 | Pilot section of the Board paper | BE2030 Programme Manager | 5 September 2028 |
"""

EMAIL = """
From: Arvind Nair <arvind.nair@kenari-semi.com.my>
To: Noraini Hashim <noraini.hashim@kenari-semi.com.my>
Cc: Kavitha Ramasamy <kavitha.ramasamy@kenari-semi.com.my>
Date: Tue, 22 Aug 2028 17:46:12 +0800
Subject: Orcastra WIP-tracking module - what we can do before January

Puan Noraini,

As promised at last week's ops review, here is where the WIP-tracking module stands.

Licence: group procurement signed it in June. It covers all three test floors, all assembly lines and 120 shop-floor terminals.

Freeze: Group IT has put every Orcastra configuration change on hold while the KenariOne ERP upgrade is cut over, so the WIP-tracking module is frozen until the KenariOne ERP cutover is signed off, planned for 19 January 2029. We cannot configure anything on the live MES before then.

What we can do now: write the traveller requirements floor by floor, starting with Meranti, and build and test the set-up on the Orcastra test server, which sits outside the freeze.

Vendor: Orcastra's two consultants are booked for us for twelve weeks from 5 February 2029.

If Meranti is chosen for the BE2030 pilot, the earliest go-live for electronic travellers there is early March 2029, with paper travellers running alongside for four weeks.

Regards,
Arvind

Arvind Nair
Manufacturing Systems Manager, Bukit Embun
Kenari Semiconductor (M) Sdn Bhd
"""

RISKS = """
# Plant risk register: extract for BE2030 (as at 5 September 2028)

The register is kept by the Plant Quality Director and reviewed monthly at the plant management
meeting. Rating = likelihood x impact, each from 1 to 5.

| ID | Risk | Cause and current state | Risk owner | Rating | Treatment |
|---|---|---|---|---|---|
| PR-04 | An outlier part on an automotive device reaches a customer | Fixed test limits let parts through that sit far from their lot's average | Test Engineering Manager | 4 x 5 = 20 | Part average testing (BE2030 Pillar 1) |
| PR-07 | Release of new or changed test programs stops | Release of test programs for Valtrenne devices depends on one person: the senior test engineer who wrote the release checks is the one signed off to approve them. | Test Engineering Manager | 3 x 5 = 15 | Cross-train a second release engineer (BE2030) |
| PR-09 | Valtrenne's scorecard stays below its preferred-supplier bar | Late 8D reports and paper traceability are the two comments on the Q2 2028 scorecard | Customer Quality Manager | 3 x 4 = 12 | BE2030 Pillars 3 and 4 |
| PR-12 | Currency moves raise the cost of imported load boards and kits | About 70% of test capex is priced in US dollars | Finance Controller | 3 x 3 = 9 | Group treasury hedges approved capex at order |
| PR-15 | A tri-temp handler line is lost in a peak month | HX handlers are nine years old on average; the vendor supports them to 2032 | Test Equipment Engineering Manager | 2 x 4 = 8 | Spares held and tracked in MaintaNet |
"""

FAQ = """
# BE2030: your questions answered

Prepared by Human Resources with the Works Committee, September 2028. Posted on the notice board
of every floor in English and Bahasa Malaysia.

**What is BE2030?**
Bukit Embun 2030 is the plant's plan for the next two financial years: better yield, faster test,
automotive certification, electronic travellers in place of paper, and quicker answers to customer
complaints.

**Will my shift change?**
The plan keeps the four-crew, 12-hour pattern. Any change to shift patterns, to the number of
machines one person tends, or to rest breaks must be consulted on with the Works Committee before
it is made, with at least 30 days' notice to the crews affected.

**What is the HX-12 trial?**
One crew on the Meranti floor will try one technician looking after two HX handlers instead of
one, for eight weeks, once the Works Committee has been consulted. Technicians who take part are
paid the multi-machine allowance.

**Will there be training?**
Yes. The Kenari Skills Academy (level 2, admin block) runs every BE2030 course: handler set-up
level 2, 8D problem solving, layered process audits and the electronic traveller. The Training
and Certification Manager plans the courses and records every certificate in SkillGrid.

**Who can I ask?**
Your crew leader, the BE2030 office (Kavitha Ramasamy, extension 4410) or your Works Committee
representative.
"""

PROFILE = """
# Bukit Embun plant: site profile (September 2028)

Kenari Semiconductor (M) Sdn Bhd runs its Bukit Embun plant in the Bukit Embun Hi-Tech Park,
Kedah. It is one of two Kenari sites in Malaysia; the other, in Penang, does wafer bumping and
probe.

## People and shifts

- 2,410 staff in September 2028: 1,905 operators and technicians, 312 engineers and 193 support
  and management staff.
- Four crews (A, B, C and D) on 12-hour shifts, two days on and two days off, so the lines run 24
  hours a day, seven days a week.
- Crews hand over at 07:30 and 19:30 in the shift room on each floor.

## Assembly

- Four wire-bond lines, WB-1 to WB-4, with 184 wire bonders: QFN, SOIC and TSSOP packages.
- One flip-chip line, FC-1, for FCBGA packages: mass reflow die attach, underfill and lid attach.
- Moulding, marking, singulation and visual inspection after each line.

## Final test

| Floor | Testers | Handlers | Main work |
|---|---|---|---|
| Cengal | 46 | HX-01 to HX-08 (tri-temp) and 22 gravity handlers | Valtrenne and Hollin automotive devices |
| Meranti | 38 | HX-09 to HX-16 (tri-temp) and 14 gravity handlers | Valtrenne automotive devices and Hollin industrial devices |
| Merbau | 52 | 40 gravity handlers | Ostmark and other industrial devices |

Tri-temp handlers test at cold (-40 °C), room temperature and hot (125 or 150 °C).

## Customers (share of FY28 revenue)

- Valtrenne Automotive Semiconductors: 34%, automotive devices to AEC-Q100 grade 1.
- Hollin Power Devices: 22%, automotive and industrial.
- Ostmark Industrial Controls: 18%, industrial.
- Eleven smaller customers: 26%, industrial and consumer.

Automotive devices made up 41% of FY28 revenue, from 38 automotive part numbers in production.
Valtrenne and Hollin each keep a resident quality engineer at the plant.
"""

TEXT_FILES = {
    "org/governance/be2030-steering-committee-terms-of-reference.md": TERMS_OF_REFERENCE,
    "org/governance/plant-risk-register-extract.md": RISKS,
    "org/systems/systems-and-data-inventory.md": SYSTEMS,
    "org/measures/metric-dictionary.md": METRICS,
    "org/quality/iatf-16949-readiness-review-2028-07.md": IATF_REVIEW,
    "org/quality/qp-08-customer-complaint-handling.txt": QP08,
    "org/context/ops-review-minutes-2028-08-15.md": MINUTES,
    "org/context/email-2028-08-22-orcastra-wip-module.txt": EMAIL,
    "org/context/be2030-staff-faq.md": FAQ,
    "org/context/site-profile.md": PROFILE,
}


def build(root: Path) -> None:
    case = root / CASE
    files: dict[str, str | bytes] = {
        DECK: build_deck(),
        "org/people/appointments-memo.docx": build_memo(),
        "org/governance/raci-current.xlsx": build_raci(),
        **TEXT_FILES,
    }
    write_files(case, files)


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
