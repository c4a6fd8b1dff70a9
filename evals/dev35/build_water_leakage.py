"""Build the dev35 case ``water-leakage``: its deck and its org folder, deterministically.

Run from the repository root with the project's venv (python-pptx, python-docx, openpyxl):

    .venv/bin/python evals/dev35/build_water_leakage.py [out]

Writes, under ``evals/dev35/water-leakage/`` (or ``<out>/water-leakage/``):

- ``Every Drop Counted - Board 24 February 2027.pptx``: Kestrel Vale Water's leakage and
  customer contact plan for the regulatory years 2027/28 to 2029/30, a deck as POWERPOINT FOR
  WINDOWS saves it from the normal "Office Theme": ``docProps/app.xml`` naming "Microsoft
  Office PowerPoint" 16.0000 with the slide titles, widescreen 16:9 (12192000 x 6858000 EMU)
  with the master and layouts widened to it, titles and bodies in placeholders ("Title 1",
  "Content Placeholder 2"), native tables (graphic frames) for the KPIs, the roadmap and the
  risks, speaker notes on three slides. The roadmap is ONE table whose columns are regulatory
  years plus a "Next price review (2030-35)" column.
- ``org/``: the roster as an XLSX export of posts (``people/programme-posts-export.xlsx``), the
  programme board's terms (DOCX), the Customer Challenge Group's terms and the Unite local
  agreement extract, the systems inventory, the measure definitions (CSV), the Priority
  Services Register procedure, the Clearcall contract summary, a supplier's email and the
  supply areas' profile (Markdown and plain text).

Re-running it rewrites every file byte for byte: every Office file is saved, then rewritten
with its ZIP entries in sorted order at one fixed time and with fixed document properties;
the text files are literal strings. It never touches ``gold.json``. Split "dev35".
"""

from __future__ import annotations

import io
import re
import sys
import zipfile
from pathlib import Path
from typing import Any

from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.util import Emu, Inches
from pptx.util import Pt as PPt

HERE = Path(__file__).resolve().parent
CASE = "water-leakage"
DECK = "Every Drop Counted - Board 24 February 2027.pptx"
ZIP_TIME = (2027, 2, 17, 16, 42, 8)
WIDE = 12192000
HIGH = 6858000
NAVY = RGBColor(0x0B, 0x3C, 0x5D)
TEAL = RGBColor(0x00, 0x7C, 0x89)
GREY = RGBColor(0x59, 0x59, 0x59)

# =========================================================================== deck helpers


def _widen(prs: Any) -> None:
    """Stretch the 4:3 master and layouts of the default template to widescreen, as the
    normal theme is laid out in PowerPoint for Windows."""
    factor = WIDE / prs.slide_width
    for part in [prs.slide_master, *prs.slide_layouts]:
        for shape in part.shapes:
            shape.left = int(round(shape.left * factor))
            shape.width = int(round(shape.width * factor))
    prs.slide_width = Emu(WIDE)
    prs.slide_height = Emu(HIGH)
    size = prs.part._element.find(
        "{http://schemas.openxmlformats.org/presentationml/2006/main}sldSz"
    )
    if "type" in size.attrib:
        del size.attrib["type"]


def _title(slide, text: str) -> None:
    slide.shapes.title.text = text
    for p in slide.shapes.title.text_frame.paragraphs:
        for r in p.runs:
            r.font.size = PPt(30)
            r.font.color.rgb = NAVY


def _fill(frame, lines, size: int = 16) -> None:
    """Paragraphs into a text frame; a line is text or (text, level) or (text, level, bold)."""
    frame.clear()
    first = True
    for item in lines:
        if isinstance(item, str):
            item = (item, 0)
        text, level = item[0], item[1]
        bold = len(item) > 2 and item[2]
        p = frame.paragraphs[0] if first else frame.add_paragraph()
        first = False
        p.level = level
        r = p.add_run()
        r.text = text
        r.font.size = PPt(size - 2 * level)
        if bold:
            r.font.bold = True


def _place(shape, x: float, y: float, w: float, h: float) -> None:
    shape.left, shape.top = Inches(x), Inches(y)
    shape.width, shape.height = Inches(w), Inches(h)


def content(prs, title: str, lines, size: int = 16, notes: str | None = None):
    slide = prs.slides.add_slide(prs.slide_layouts[1])
    _title(slide, title)
    body = slide.placeholders[1]
    _place(body, 0.8, 1.55, 11.7, 5.3)
    _fill(body.text_frame, lines, size)
    if notes:
        slide.notes_slide.notes_text_frame.text = notes
    return slide


def two(prs, title: str, left, right, size: int = 15, notes: str | None = None):
    slide = prs.slides.add_slide(prs.slide_layouts[3])
    _title(slide, title)
    a, b = slide.placeholders[1], slide.placeholders[2]
    _place(a, 0.8, 1.55, 5.75, 5.3)
    _place(b, 6.8, 1.55, 5.75, 5.3)
    _fill(a.text_frame, left, size)
    _fill(b.text_frame, right, size)
    if notes:
        slide.notes_slide.notes_text_frame.text = notes
    return slide


def title_only(prs, title: str):
    slide = prs.slides.add_slide(prs.slide_layouts[5])
    _title(slide, title)
    return slide


def table(slide, rows, x, y, w, h, widths, size: int = 12) -> None:
    frame = slide.shapes.add_table(
        len(rows), len(rows[0]), Inches(x), Inches(y), Inches(w), Inches(h)
    )
    tab = frame.table
    for j, cw in enumerate(widths):
        tab.columns[j].width = Inches(cw)
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            cell = tab.cell(i, j)
            cell.text = text
            for p in cell.text_frame.paragraphs:
                for r in p.runs:
                    r.font.size = PPt(size)
                    if i == 0:
                        r.font.bold = True


def note_box(slide, text: str, x, y, w, h, size: int = 12) -> None:
    tb = slide.shapes.add_textbox(Inches(x), Inches(y), Inches(w), Inches(h))
    tb.text_frame.word_wrap = True
    _fill(tb.text_frame, [text], size)
    for r in tb.text_frame.paragraphs[0].runs:
        r.font.color.rgb = GREY
        r.font.italic = True


# =========================================================================== the slides


def s01(prs) -> None:
    slide = prs.slides.add_slide(prs.slide_layouts[0])
    slide.shapes.title.text = "Every Drop Counted"
    _fill(
        slide.placeholders[1].text_frame,
        [
            "Leakage and customer contact plan, 2027/28 to 2029/30",
            "Kestrel Vale Water \u00b7 Board meeting, 24 February 2027 \u00b7 Paper B/27/04",
        ],
        20,
    )


def s02(prs) -> None:
    content(
        prs,
        "Where we start",
        [
            "We lose 142.6 Ml/d through leaks: roughly one litre in every five we put into supply (2025/26)",
            "Visible leaks reported to us take 9.4 days on average to repair, and 14.2 days in Fellside",
            "4,310 customers told us about low pressure in 2025/26, most of them at the morning peak",
            "Only 38% of Priority Services Register households were called within an hour of losing supply",
            "One leak report in five reaches us online; the rest come by phone through our contact centre partner",
            ("For the record", 0, True),
            ("Our 2020-25 leakage commitment of 131 Ml/d was missed by 6.2 Ml/d", 1),
            (
                "Wealdmere Water, our neighbour to the south, loses 11% less per property than we do",
                1,
            ),
        ],
        17,
    )


def s03(prs) -> None:
    content(
        prs,
        "What we are aiming for",
        [
            ("Our north star", 0, True),
            (
                "By 2030, a network that loses less water every year, and customers who always know what we are doing about their leak",
                1,
            ),
            ("Three commitments to customers and the regulator", 0, True),
            ("Cut leakage from 142.6 Ml/d to 118 Ml/d by March 2030", 1),
            ("Fix every visible leak within five days of a customer telling us, by March 2029", 1),
            (
                "Call every Priority Services Register household within an hour of an unplanned interruption, from November 2028",
                1,
            ),
        ],
        20,
    )


def s04(prs) -> None:
    content(
        prs,
        "Three horizons",
        [
            ("Horizon 1: Find and fix", 0, True),
            (
                "Find leaks sooner and fix them faster: acoustic loggers, a repair standard, every DMA measured",
                1,
            ),
            ("Horizon 2: Prevent", 0, True),
            ("Stop leaks starting: pressure management and mains renewal where bursts cluster", 1),
            ("Horizon 3: Predict", 0, True),
            ("Know where the next leak will be: a model that ranks our DMAs every week", 1),
            "Each horizon builds on the one before; customer contact improves alongside all three.",
        ],
        19,
        notes="The horizons overlap in practice. The roadmap shows when each one leads, year by year; the gate criteria decide when we move on.",
    )


def s05(prs) -> None:
    two(
        prs,
        "Who this plan is for first",
        [
            ("Three customer moments", 0, True),
            (
                "A passer-by reporting a leak in the street, then wanting to know it has been fixed",
                1,
            ),
            ("A household making a low-pressure complaint about the morning peak", 1),
            (
                "A customer on our Priority Services Register during an unplanned supply interruption",
                1,
            ),
        ],
        [
            ("Not in this plan", 0, True),
            ("Sewer flooding and sewer blockages", 1),
            ("Bills, payment plans and debt", 1),
            ("New connections and developer services", 1),
            ("Non-household customers, who are served by their retailers", 1),
        ],
        17,
    )


def s06(prs) -> None:
    content(
        prs,
        "Pillar 1: Find and fix",
        [
            "Refresh the 6,800 acoustic loggers in the Vale supply area by March 2028",
            "Extend the logger fleet into the Fellside supply area, starting with the pilot cluster",
            "Repair or replace the 57 faulty district meters so every DMA reports a valid night flow",
            "Set up night detection teams in Fellside",
            "Train 40 detection technicians through the Leakage Academy",
            "Introduce a five-day repair standard for visible leaks, tracked in TaskLine",
            ("Lead on the executive: the Director of Water Services", 0, True),
        ],
        18,
    )


def s07(prs) -> None:
    content(
        prs,
        "Pillar 2: Prevent",
        [
            "Install pressure reducing valves in the 40 DMAs with the highest night pressure",
            "Target mains renewal on the 120 km of main with the most bursts since 2020",
            "Investigate every low-pressure complaint with a pressure logger visit within 48 hours",
            ("Lead on the executive: the Director of Water Services", 0, True),
        ],
        18,
    )


def s08(prs) -> None:
    content(
        prs,
        "Pillar 3: Predict",
        [
            "Keep 15-minute flow and pressure data for three years in Wellspring",
            "Build a leakage model that ranks every DMA by its risk of a new leak each week",
            "Trial the model's weekly list against the detection teams' own choice in ten DMAs",
            ("Lead on the executive: the Director of Water Services", 0, True),
        ],
        18,
    )


def s09(prs) -> None:
    two(
        prs,
        "Pillar 4: Customer contact",
        [
            ("Our aim", 0, True),
            ("Make it easy to tell us about a leak, and to follow it until it is fixed", 1),
            ("What we will do", 0, True),
            ("Publish a leak map on our website showing every reported leak and its status", 1),
            ("Add a 'report a leak' option to the phone menu in the April 2028 change window", 1),
            ("Text the customer who reported a leak when the repair is done", 1),
            ("Brief Clearcall advisers on the leak map and the five-day repair standard", 1),
        ],
        [
            ("Priority Services Register", 0, True),
            (
                "Give the network control room a daily feed of Priority Services Register households",
                1,
            ),
            ("Our contact centre partner", 0, True),
            ("Clearcall's contract ends on 31 October 2028", 1),
            ("Re-tender the contact centre contract, for a new contract from 1 November 2028", 1),
            ("Lead on the executive: the Director of Customer Services", 0, True),
        ],
        15,
    )


def s10(prs) -> None:
    slide = title_only(prs, "How we will measure it")
    rows = [
        ["Measure", "Baseline 2025/26", "Target", "By when"],
        ["Leakage, three-year average (Ml/d)", "142.6", "118.0", "2029/30"],
        ["Average days to repair a visible leak", "9.4", "5.0", "March 2029"],
        ["Low-pressure complaints per 10,000 properties", "3.9", "2.5", "2028/29"],
        ["Supply interruptions over three hours (minutes per property)", "11.7", "5.0", "2029/30"],
        [
            "Priority Services Register households called within one hour of an unplanned interruption",
            "38%",
            "95%",
            "From 1 November 2028",
        ],
        ["Leak reports made online", "18%", "50%", "Q4 2028/29"],
        [
            "Customer satisfaction with how we handled their leak report",
            "6.1 out of 10",
            "Higher",
            "To be set after the first survey",
        ],
    ]
    table(slide, rows, 0.8, 1.5, 11.7, 4.6, [5.4, 2.0, 1.7, 2.6], 14)
    note_box(
        slide,
        "Leakage and supply interruptions are performance commitments set by the regulator; the other measures are our own.",
        0.8,
        6.25,
        11.7,
        0.5,
    )


def s11(prs) -> None:
    slide = title_only(prs, "Roadmap")
    rows = [
        ["", "2027/28", "2028/29", "2029/30", "Next price review (2030-35)"],
        [
            "Horizon",
            "Horizon 1: Find and fix",
            "Horizon 2: Prevent",
            "Q1-Q2: Horizon 2 continues. Q3-Q4: Horizon 3: Predict",
            "Predict at scale, if funded",
        ],
        [
            "Acoustic loggers",
            "Vale fleet refreshed; pilot cluster Q2-Q4",
            "Loggers into the rest of Fellside",
            "Fellside fleet complete",
            "",
        ],
        ["Repairs", "Five-day standard in Vale", "Five-day standard in Fellside", "", ""],
        [
            "Pressure and mains",
            "Design 40 pressure schemes",
            "PRVs in 40 DMAs; mains renewal starts",
            "Mains renewal, 120 km complete",
            "Pressure calming network-wide",
        ],
        [
            "Data and model",
            "Keep 15-minute data",
            "Build the leakage model",
            "Weekly DMA ranking live",
            "Network-wide model",
        ],
        [
            "Customer contact",
            "Leak map online; PSR feed to the control room",
            "Phone menu option (April 2028); new contact centre contract from 1 November 2028",
            "Repair texts to customers",
            "Smart meters for every home",
        ],
    ]
    table(slide, rows, 0.5, 1.4, 12.3, 4.9, [1.8, 2.5, 2.9, 2.8, 2.3], 12)
    note_box(
        slide,
        "Regulatory years run 1 April to 31 March; Q1 is April to June. The last column is not part of this plan.",
        0.5,
        6.4,
        12.3,
        0.4,
    )
    slide.notes_slide.notes_text_frame.text = (
        "The workstream rows overlap the horizons on purpose: loggers keep going into Fellside while "
        "Prevent leads. Only the Horizon row says which horizon leads."
    )


def s12(prs) -> None:
    content(
        prs,
        "Starting small: the Hallowford DMA cluster",
        [
            "19 district metered areas serving the town of Hallowford, 21,400 properties, in the Fellside supply area",
            "A 36-week trial, July 2027 to March 2028 (Q2 to Q4 2027/28)",
            ("Steps", 0, True),
            ("Install 1,900 acoustic loggers across the cluster in July and August 2027", 1),
            ("Run night detection in all 19 DMAs from September 2027", 1),
            ("Repair every leak found within five days", 1),
            ("Pass mark: night flow down 20% on its 2026/27 level", 0, True),
            (
                "Why Hallowford: the highest night flow per property in Fellside, and no loggers today",
                0,
            ),
        ],
        17,
    )


def s13(prs) -> None:
    two(
        prs,
        "Gates",
        [
            ("Gate 1: Find and fix to Prevent", 0, True),
            ("Taken at the Programme Board in March 2028", 1),
            ("Hallowford night flow 20% below its 2026/27 level", 1),
            ("Every Vale DMA reports a valid night flow", 1),
            ("Average repair time below 7 days in both supply areas", 1),
        ],
        [
            ("Gate 2: Prevent to Predict", 0, True),
            ("Taken when reported leakage is below 126 Ml/d for two consecutive quarters", 1),
            ("The Leakage Modelling Lead is in post", 1),
            ("18 months of 15-minute flow data held in Wellspring", 1),
            (
                "The Director of Water Services takes the go/no-go at each gate, as chair of the Programme Board",
                0,
                True,
            ),
        ],
        16,
    )


def s14(prs) -> None:
    slide = content(
        prs,
        "The first 90 days: April to June 2027",
        [
            "1. Order 1,900 acoustic loggers for Hallowford (Smart Network Manager)",
            "2. Start consultation with Unite on night detection rotas (Head of Leakage)",
            "3. Baseline repair times from TaskLine for both supply areas (Data and Analytics Manager)",
            "4. Agree the PSR feed to the control room (Priority Services Manager, with the Head of IT)",
            "5. Take the five-day repair promise to the Customer Challenge Group (Director of Customer Services)",
            "6. Advertise the Leakage Modelling Lead post (Head of Leakage)",
            "7. Set up the leak map's data feed from TaskLine (Digital Channels Manager)",
        ],
        17,
    )
    del slide


def s15(prs) -> None:
    slide = title_only(prs, "Risks")
    rows = [
        ["Risk", "Likelihood", "Impact", "What we will do"],
        [
            "Loggers arrive late",
            "High",
            "High",
            "Order the Hallowford loggers in April 2027; hold 200 spares from the Vale refresh",
        ],
        [
            "Phone menu changes cost extra before the partner contract ends",
            "Medium",
            "Medium",
            "Put leak reporting on the web first; add the phone option in the April 2028 change window",
        ],
        [
            "Night working not agreed",
            "Medium",
            "High",
            "Consult Unite before rotas change; pay the night allowance in the local agreement",
        ],
        [
            "The control room works from an old PSR list",
            "High",
            "High",
            "Replace the emailed spreadsheet with a daily feed from Harbour CRM",
        ],
        [
            "Fellside repairs recorded late",
            "High",
            "Medium",
            "Give Fellside repair gangs TaskLine on handhelds",
        ],
    ]
    table(slide, rows, 0.8, 1.5, 11.7, 4.8, [3.6, 1.4, 1.3, 5.4], 14)


def s16(prs) -> None:
    content(
        prs,
        "How we will run it",
        [
            "The Director of Water Services is senior responsible owner and executive sponsor, chairs the Leakage and Customer Programme Board and takes the go/no-go at each gate",
            "The Programme Board meets monthly; the Board receives a quarterly report",
            "The Kestrel Vale Customer Challenge Group is consulted before we change any promise to customers; it challenges, it does not run work",
            "Unite is consulted on any change to rotas, standby or night working",
            "Each pillar has a lead on the executive and a delivery lead named in the programme plan",
        ],
        17,
    )


def s17(prs) -> None:
    content(
        prs,
        "What it costs and what we ask",
        [
            "\u00a338.4m over three years: \u00a321.0m find and fix, \u00a311.2m prevent, \u00a32.9m predict, \u00a33.3m customer contact",
            "All of it is inside the 2025-30 final determination; no new money is sought",
            ("The Board is asked to", 0, True),
            ("Approve the plan", 1),
            ("Release \u00a314.6m for 2027/28", 1),
            ("Delegate the gate decisions to the Director of Water Services", 1),
        ],
        18,
        notes="Finance has checked the phasing against the final determination's allowances for 2027/28 to 2029/30.",
    )


def s18(prs) -> None:
    content(
        prs,
        "Beyond this plan: the next price review (2030-35)",
        [
            "Smart meters for every home",
            "A network-wide leakage model fed by customer meters",
            "Pressure calming across both supply areas",
            "Not funded in this plan: these go into our 2030-35 business plan",
        ],
        18,
    )


SLIDES = [s01, s02, s03, s04, s05, s06, s07, s08, s09, s10, s11, s12, s13, s14, s15, s16, s17, s18]

CORE_XML = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>{title}</dc:title><dc:creator>{creator}</dc:creator><cp:lastModifiedBy>{creator}</cp:lastModifiedBy><cp:revision>{rev}</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">{created}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">{modified}</dcterms:modified></cp:coreProperties>"""


def _app_xml(titles: list[str]) -> str:
    n = len(titles)
    parts = "".join(f"<vt:lpstr>{t.replace('&', '&amp;')}</vt:lpstr>" for t in titles)
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        f"<TotalTime>412</TotalTime><Words>2184</Words><Application>Microsoft Office PowerPoint</Application>"
        f"<PresentationFormat>Widescreen</PresentationFormat><Paragraphs>196</Paragraphs><Slides>{n}</Slides>"
        "<Notes>3</Notes><HiddenSlides>0</HiddenSlides><MMClips>0</MMClips><ScaleCrop>false</ScaleCrop>"
        '<HeadingPairs><vt:vector size="6" baseType="variant"><vt:variant><vt:lpstr>Fonts used</vt:lpstr>'
        "</vt:variant><vt:variant><vt:i4>2</vt:i4></vt:variant><vt:variant><vt:lpstr>Theme</vt:lpstr>"
        "</vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant><vt:variant><vt:lpstr>Slide Titles</vt:lpstr>"
        f"</vt:variant><vt:variant><vt:i4>{n}</vt:i4></vt:variant></vt:vector></HeadingPairs>"
        f'<TitlesOfParts><vt:vector size="{n + 3}" baseType="lpstr"><vt:lpstr>Arial</vt:lpstr>'
        f"<vt:lpstr>Calibri</vt:lpstr><vt:lpstr>Office Theme</vt:lpstr>{parts}</vt:vector></TitlesOfParts>"
        "<Company>Kestrel Vale Water</Company><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>"
        "<HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0000</AppVersion></Properties>"
    )


def _rezip(
    data: bytes, replace: dict[str, bytes], drop: frozenset[str] | set[str] = frozenset()
) -> bytes:
    parts: dict[str, bytes] = {}
    with zipfile.ZipFile(io.BytesIO(data)) as src:
        for name in src.namelist():
            if name not in drop:
                parts[name] = src.read(name)
    parts.update(replace)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in sorted(parts):
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, parts[name])
    return out.getvalue()


def build_deck() -> bytes:
    prs = Presentation()
    _widen(prs)
    for make in SLIDES:
        make(prs)
    titles = [s.shapes.title.text for s in prs.slides]
    buf = io.BytesIO()
    prs.save(buf)
    data = buf.getvalue()
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        ctypes = z.read("[Content_Types].xml").decode("utf-8")
        rels = z.read("ppt/_rels/presentation.xml.rels").decode("utf-8")
    ctypes = re.sub(r'<Default Extension="bin"[^>]*/>', "", ctypes)
    ctypes = re.sub(r'<Override PartName="/ppt/printerSettings/[^>]*/>', "", ctypes)
    rels = re.sub(r"<Relationship [^>]*printerSettings[^>]*/>", "", rels)
    core = CORE_XML.format(
        title="Every Drop Counted",
        creator="Hannah Okafor",
        rev="37",
        created="2027-01-11T09:02:31Z",
        modified="2027-02-17T16:42:08Z",
    )
    return _rezip(
        data,
        {
            "docProps/app.xml": _app_xml(titles).encode("utf-8"),
            "docProps/core.xml": core.encode("utf-8"),
            "[Content_Types].xml": ctypes.encode("utf-8"),
            "ppt/_rels/presentation.xml.rels": rels.encode("utf-8"),
        },
        {"ppt/printerSettings/printerSettings1.bin"},
    )


# =========================================================================== the roster (XLSX)

POSTS_HEAD = [
    "Post ref",
    "Post title",
    "Directorate",
    "Reports to",
    "Programme involvement",
    "Status",
    "Responsibilities",
]

POSTS = [
    (
        "WS-001",
        "Director of Water Services",
        "Water Services",
        "Chief Executive",
        "Core",
        "Filled",
        "Executive sponsor and senior responsible owner of Every Drop Counted. Chairs the Leakage and Customer Programme Board and takes the go/no-go at each programme gate. Answers to the Board for the leakage and supply interruption performance commitments.",
    ),
    (
        "CS-001",
        "Director of Customer Services",
        "Customer Services",
        "Chief Executive",
        "Core",
        "Filled",
        "Customer service, complaints and the company's service promises to customers. Owns the contact centre contract with Clearcall Services and the Priority Services Register. Presents changes to customer promises to the Customer Challenge Group.",
    ),
    (
        "WS-110",
        "Head of Leakage",
        "Water Services",
        "Director of Water Services",
        "Core",
        "Filled",
        "Leakage strategy and the annual leakage plan for both supply areas. The find-and-fix programme and its budget. Delivery of the leakage performance commitment. Leads consultation with Unite on rotas for leakage staff, with HR.",
    ),
    (
        "WS-111",
        "Leakage Detection Manager",
        "Water Services",
        "Head of Leakage",
        "Core",
        "Filled",
        "The 68 leak detection technicians in both supply areas: daily detection plans, night detection, step tests and pinpointing logger alerts on site.",
    ),
    (
        "WS-112",
        "Leakage Modelling Lead",
        "Water Services",
        "Head of Leakage",
        "Core",
        "Vacant",
        "DMA water balances, night-flow analysis, natural rate of rise and the ranking of DMAs for detection. Vacant since September 2026; until it is filled the Head of Leakage holds this remit.",
    ),
    (
        "WS-120",
        "Smart Network Manager",
        "Water Services",
        "Director of Water Services",
        "Core",
        "Filled",
        "The acoustic logger fleet and the SoundTrace platform. District meters, DMA boundaries and FlowWatch flow and pressure telemetry. Buying loggers and managing the logger supplier.",
    ),
    (
        "WS-130",
        "Network Repair Manager",
        "Water Services",
        "Director of Water Services",
        "Core",
        "Filled",
        "Repair gangs and repair contractors for mains and service pipes; excavation and reinstatement; repair times and the repair standard; completing repair jobs in TaskLine.",
    ),
    (
        "WS-140",
        "Network Control Manager",
        "Water Services",
        "Director of Water Services",
        "Core",
        "Filled",
        "The 24-hour network control room: bursts, unplanned supply interruptions, valve operations and requests for alternative supplies. Owns the supply interruptions performance commitment day to day.",
    ),
    (
        "WS-150",
        "Pressure Management Engineer",
        "Water Services",
        "Head of Leakage",
        "Core",
        "Filled",
        "Pressure management schemes and pressure reducing valves (PRVs). Investigates low-pressure complaints and keeps the low-pressure register. Pressure logging.",
    ),
    (
        "AM-210",
        "Asset Planning Manager",
        "Asset Management",
        "Director of Water Services",
        "Core",
        "Filled",
        "The mains renewal and rehabilitation programme, burst history analysis and capital plans for the distribution network.",
    ),
    (
        "CS-220",
        "Metering Manager",
        "Customer Services",
        "Director of Customer Services",
        "Core",
        "Filled",
        "Customer meters: installing household and business meters, meter reading, replacing stopped customer meters and the business case for smart customer meters.",
    ),
    (
        "DT-300",
        "Data and Analytics Manager",
        "Digital and Technology",
        "Head of IT",
        "Core",
        "Filled",
        "The Wellspring data warehouse, its feeds and retention rules; operational reporting and dashboards; the baselines for company measures.",
    ),
    (
        "DT-301",
        "Head of IT",
        "Digital and Technology",
        "Chief Financial Officer",
        "Core",
        "Filled",
        "IT systems and the interfaces between them (Harbour CRM, TaskLine, FlowWatch, Wellspring); IT suppliers; handheld devices.",
    ),
    (
        "DT-310",
        "Work Management Systems Lead",
        "Digital and Technology",
        "Head of IT",
        "Core",
        "Filled",
        "TaskLine configuration, job types, mobile forms and the handhelds used by field teams.",
    ),
    (
        "CS-230",
        "Contact Centre Contract Manager",
        "Customer Services",
        "Director of Customer Services",
        "Core",
        "Filled",
        "Manages the Clearcall Services contract day to day: call handling, the phone menu, call scripts, briefings for Clearcall advisers, change requests under the contract and its re-tender.",
    ),
    (
        "CS-240",
        "Priority Services Manager",
        "Customer Services",
        "Director of Customer Services",
        "Core",
        "Filled",
        "The Priority Services Register: sign-ups, data quality, data sharing with the energy networks, contacting register households during interruptions and arranging bottled water deliveries to them.",
    ),
    (
        "WS-160",
        "Incident and Resilience Manager",
        "Water Services",
        "Network Control Manager",
        "Core",
        "Filled",
        "Incident plans, bottled water stations and bowsers, and emergency planning with the local resilience forums.",
    ),
    (
        "CS-250",
        "Digital Channels Manager",
        "Customer Services",
        "Director of Customer Services",
        "Core",
        "Filled",
        "The website, the online Report it forms, the customer app and texts and emails to customers.",
    ),
    (
        "HR-400",
        "Operational Training Manager",
        "People",
        "Director of People",
        "Core",
        "Filled",
        "Training and competence of field staff: the Leakage Academy, street works cards and confined space training; training records for network technicians.",
    ),
    (
        "FI-500",
        "Regulatory Reporting Manager",
        "Finance and Regulation",
        "Chief Financial Officer",
        "Core",
        "Filled",
        "The Annual Performance Report: reported figures for the performance commitments, their assurance and the method for reported leakage.",
    ),
    (
        "EXT-01",
        "Chair, Kestrel Vale Customer Challenge Group",
        "Independent",
        "Not an employee",
        "Consult",
        "Filled",
        "Independent chair of the group that challenges our plans and promises on behalf of customers. Consulted before any change to a promise to customers; leads no company work.",
    ),
    (
        "EXT-02",
        "Unite Convenor, Network Field Operations",
        "Trade union",
        "Not an employee",
        "Consult",
        "Filled",
        "Represents network technicians and repair staff. Consulted on rotas, standby and night working; leads no company work.",
    ),
]


def build_roster() -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = "Posts"
    ws.append(
        [
            "PeopleHub export: programme posts, Every Drop Counted. Run 03/02/2027 09:14 by HR Systems."
        ]
    )
    ws.append(POSTS_HEAD)
    for row in POSTS:
        ws.append(list(row))
    for cell in ws[2]:
        cell.font = Font(bold=True)
    for col, width in zip("ABCDEFG", [9, 44, 22, 30, 22, 9, 90], strict=False):
        ws.column_dimensions[col].width = width
    for row in ws.iter_rows(min_row=3):
        row[6].alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = "A3"
    buf = io.BytesIO()
    wb.save(buf)
    core = CORE_XML.format(
        title="Programme posts",
        creator="HR Systems",
        rev="1",
        created="2027-02-03T09:14:00Z",
        modified="2027-02-03T09:14:00Z",
    )
    return _rezip(buf.getvalue(), {"docProps/core.xml": core.encode("utf-8")})


# =========================================================================== board terms (DOCX)

TERMS_PARAS = [
    ("Leakage and Customer Programme Board: terms of reference", "Heading 1"),
    ("Approved by the Executive Committee, 19 January 2027. Review date: January 2028.", None),
    ("1. Purpose", "Heading 2"),
    (
        "The Programme Board directs Every Drop Counted, the leakage and customer contact programme for the regulatory years 2027/28 to 2029/30.",
        None,
    ),
    ("2. Chair and sponsor", "Heading 2"),
    (
        "The Director of Water Services is the programme's executive sponsor and senior responsible owner and chairs the Board. The chair takes the go/no-go decision at each programme gate, after hearing the members.",
        None,
    ),
    ("3. Members", "Heading 2"),
    (
        "Director of Customer Services; Head of Leakage; Smart Network Manager; Network Repair Manager; Head of IT; Contact Centre Contract Manager; Priority Services Manager; Regulatory Reporting Manager.",
        None,
    ),
    ("4. In attendance", "Heading 2"),
    (
        "The chair of the Kestrel Vale Customer Challenge Group is invited to the gate meetings as an observer and may give the group's view; the group does not vote and owns no programme work.",
        None,
    ),
    ("5. Cadence", "Heading 2"),
    ("The Board meets monthly. It reports to the company Board each quarter.", None),
    ("6. Decisions reserved to the chair", "Heading 2"),
    (
        "Gate decisions; release of each year's budget within the amount the company Board approves; changes to the programme's scope.",
        None,
    ),
]


def build_terms() -> bytes:
    doc = Document()
    for text, style in TERMS_PARAS:
        p = doc.add_paragraph(text, style=style) if style else doc.add_paragraph(text)
        if style is None:
            for r in p.runs:
                r.font.size = Pt(11)
    cp = doc.core_properties
    cp.author = "Programme Office"
    cp.title = "Programme Board terms of reference"
    buf = io.BytesIO()
    doc.save(buf)
    core = CORE_XML.format(
        title="Programme Board terms of reference",
        creator="Programme Office",
        rev="4",
        created="2027-01-05T10:20:00Z",
        modified="2027-01-19T15:05:00Z",
    )
    return _rezip(buf.getvalue(), {"docProps/core.xml": core.encode("utf-8")})


# =========================================================================== text files

CCG = """
# Kestrel Vale Customer Challenge Group: terms of reference (extract)

Agreed with the company, April 2025.

## Role

The Group is independent of the company. Its members are customers, a consumer
representative and people from local community organisations, with an independent chair.
It challenges the company's plans, its promises to customers and how it reports its
performance.

## What the company must do

The company must consult the Group before it changes or publishes any service promise to
customers, and must allow the Group 28 days to respond.

The company shares with the Group each quarter its figures for the performance commitments.

## What the Group does not do

The Group does not approve company spending and does not manage or carry out company work.
"""

UNITE = """UNITE / KESTREL VALE WATER - LOCAL AGREEMENT, NETWORK FIELD OPERATIONS (EXTRACT)
Signed 2 May 2024

Clause 7 - Working patterns

7.1 Any change to rotas, standby or night working for network technicians requires 30 days'
consultation with Unite before it takes effect.

7.2 Night working is paid at the night allowance in Schedule 2.

7.3 Volunteers are sought first for any new night rota.
"""

SYSTEMS = """
# Operational systems inventory

Owner: Head of IT. Updated January 2027.

## Network

- **FlowWatch** (telemetry): flow and pressure at the inlet of each of our 486 district
  metered areas (301 in Vale, 185 in Fellside), sent every 15 minutes. FlowWatch keeps
  15-minute flow and pressure readings for 90 days; after that only daily totals are kept.
- **SoundTrace** (acoustic loggers): 6,800 loggers on fittings, reporting leak noise
  overnight to the supplier's portal. SoundTrace acoustic loggers are installed only in the
  Vale supply area; the Fellside supply area has no fixed loggers and relies on technicians
  with listening sticks and ground microphones.
- **NetMap** (GIS): the mains, valves, hydrants and DMA boundaries for both supply areas.

## Work

- **TaskLine** (work management): detection jobs, repair jobs, contractors' jobs and
  reinstatement. Vale repair gangs complete jobs on handhelds. In Fellside, repair gangs
  record completed repairs on paper job sheets, which depot clerks key into TaskLine up to
  five working days later.

## Customers

- **Harbour CRM**: customer accounts, contacts and the Priority Services Register. Used by
  our own customer teams and by Clearcall's advisers.
- There is no interface between Harbour CRM and TaskLine: leak reports taken by Clearcall
  advisers are typed into TaskLine by hand.
- **Report it** (website forms): online leak reports go straight into TaskLine.

## Data

- **Wellspring** is our data warehouse. It takes nightly loads from TaskLine, Harbour CRM
  and FlowWatch daily totals, and feeds the operational dashboards.
"""

MEASURES = (
    "measure,owner,definition,baseline 2025/26,source\n"
    'Leakage (Ml/d),Head of Leakage,"Three-year average of total leakage, calculated by the '
    "method in the regulator's reporting guidance\",142.6,Wellspring and the Annual Performance Report\n"
    'Average days to repair a visible leak,Network Repair Manager,"Calendar days from the first '
    "customer report to the repair job's completion in TaskLine\",9.4,TaskLine\n"
    'Low-pressure complaints per 10000 properties,Pressure Management Engineer,"Complaints about '
    'low pressure logged in Harbour CRM, per 10,000 properties served",3.9,Harbour CRM\n'
    'Supply interruptions over three hours,Network Control Manager,"Average minutes lost per '
    'property from interruptions of three hours or more",11.7,FlowWatch and TaskLine\n'
    'PSR households called within one hour,Priority Services Manager,"Share of Priority Services '
    'Register households in an unplanned interruption called within one hour of its start",38%,'
    "Control room log\n"
    'Leak reports made online,Digital Channels Manager,"Share of leak reports received through '
    'Report it",18%,TaskLine\n'
    'Customer satisfaction with leak handling,Director of Customer Services,"Mean score out of 10 '
    'in the post-repair survey; first full survey in 2027/28",6.1,Survey supplier\n'
)

PSR = """
# Priority Services Register: procedure during unplanned interruptions

Owner: Priority Services Manager. Version 3, October 2026.

## Who is on the register

About 61,000 households: customers who rely on water for medical reasons, customers with
young babies, older customers living alone and others who have asked for extra help.

## During an unplanned interruption

1. The network control room defines the affected streets in NetMap.
2. The control room has no access to Harbour CRM; during an interruption it works from a
   spreadsheet extract of the register that Customer Services emails each Monday.
3. Control room staff match the affected streets against the spreadsheet by hand and pass
   the list to the Priority Services team, who call each household.
4. Bottled water is delivered to register households that ask for it, through the Incident
   and Resilience Manager's suppliers.

## Training

Every new control room operator completes the register module of the control room
induction, run by the Operational Training Manager.
"""

CLEARCALL = """CLEARCALL SERVICES - CONTACT CENTRE CONTRACT: SUMMARY FOR MANAGERS
Prepared by the Contact Centre Contract Manager, December 2026

Scope: all customer phone calls, webchat and email for both supply areas, 24 hours a day
for leaks and interruptions, 8am to 8pm for everything else. Clearcall's advisers use our
Harbour CRM.

Term: the contract runs to 31 October 2028 and cannot be ended early without a termination
payment.

Changes: changes to the phone menu and call scripts are made once a year, in the April
change window; any other change is a paid variation priced by Clearcall.

Adviser briefing: Clearcall trains its own advisers; we supply the content of briefings on
new processes.

Re-tender: the procurement for the next contract must start by 1 May 2028 for a contract
start on 1 November 2028.
"""

EMAIL = """From: Key Accounts, Acorda Acoustics Ltd
To: Smart Network Manager, Kestrel Vale Water
Date: 21 January 2027
Subject: Logger prices and lead times 2027

Hello,

Thank you for your enquiry about a further order of acoustic loggers for 2027.

Our current lead time on acoustic loggers is 22 weeks from a confirmed order. Prices for
orders over 1,000 units are held until 30 June 2027.

Installation support can be booked once delivery dates are confirmed.

Kind regards,
Key Accounts
Acorda Acoustics Ltd
"""

PROFILE = """
# Our supply areas

Kestrel Vale Water supplies about 1.1 million customers in two supply areas.

| Supply area | Customers | District metered areas | Mains (km) |
|---|---|---|---|
| Vale | 690,000 | 301 | 7,940 |
| Fellside | 410,000 | 185 | 5,210 |

Vale is the lowland area around the city and its towns, with most of our newer mains.
Fellside is upland and rural, with long rural mains, high pressures in the valleys and the
depots at Hallowford and Scarth.

## Hallowford

Hallowford is Fellside's largest town: 21,400 properties in 19 district metered areas. Its
night flow per property is the highest in Fellside.
"""

ORG_TEXT = {
    "org/governance/customer-challenge-group-terms.md": CCG,
    "org/governance/unite-local-agreement-extract.txt": UNITE,
    "org/systems/operational-systems-inventory.md": SYSTEMS,
    "org/measures/measure-definitions.csv": MEASURES,
    "org/policies/priority-services-register-procedure.md": PSR,
    "org/context/clearcall-contract-summary.txt": CLEARCALL,
    "org/context/email-2027-01-21-logger-lead-time.txt": EMAIL,
    "org/context/supply-areas.md": PROFILE,
}


def write(path: Path, body: str | bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(body, str):
        path.write_text(body.lstrip("\n"), encoding="utf-8", newline="\n")
    else:
        path.write_bytes(body)


def build(out: Path) -> None:
    root = out / CASE
    files: dict[str, str | bytes] = {
        DECK: build_deck(),
        "org/people/programme-posts-export.xlsx": build_roster(),
        "org/governance/programme-board-terms-of-reference.docx": build_terms(),
    }
    files.update(ORG_TEXT)
    for rel, body in files.items():
        write(root / rel, body)


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
