"""Build the blind14 case ``wildfire-agency``: its deck and its org folder, deterministically.

Run from the repository root with the project's venv (python-pptx, openpyxl and lxml):

    .venv/bin/python evals/blind14/build_wildfire_agency.py [out]

Writes, under ``evals/blind14/wildfire-agency/`` (or ``<out>/wildfire-agency/``):

- ``ready-before-the-smoke-board-2029-02-26.pptx``: a provincial wildfire and emergency
  management agency's four-year operational plan (April 2029 to March 2033), a 16:9 deck
  saved by PowerPoint for Mac: ``docProps/app.xml`` names "Microsoft Macintosh PowerPoint",
  every slide title is a title placeholder (the cover a centred title and a subtitle
  placeholder, the rest on the "Title Only" or "Title and Content" layouts), some titles are
  bilingual English / French on one line, bodies are text boxes, native tables and filled
  rectangles, bullets are ``a:buChar`` on text boxes and the layout's own on body placeholders;
  speaker notes on three slides. The master and the layouts are the python-pptx default
  (itself a PowerPoint for Mac template), widened from 4:3 to 16:9.
- ``org/``: the agency's own files: the org chart tool's CSV export
  (``people/orgchart-export.csv``: UTF-8 with a byte-order mark, CRLF, Name / Title /
  Branch / Manager / Email, titles holding a comma quoted), a saved intranet page of branch
  mandates (``branch-mandates.html``), the current-programs RACI matrix
  (``governance/raci-current.xlsx``), the plan steering committee's terms of reference, the
  systems and data inventory, the metric dictionary, the 2028 after-action findings assigned
  to the plan, the fire centre managers' January minutes and an email on the airtanker tender.

Re-running it rewrites every file byte for byte: the OOXML packages with their entries in a
fixed order ([Content_Types].xml first, the rest sorted), fixed entry times and fixed document
dates; the text files as literal strings. It never touches ``gold.json``. This is a BLIND
case (split "blind14").
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import sys
import zipfile
from collections.abc import Sequence
from pathlib import Path
from xml.sax.saxutils import escape

from lxml import etree
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.util import Emu, Inches, Pt

HERE = Path(__file__).resolve().parent
CASE = "wildfire-agency"
DECK = "ready-before-the-smoke-board-2029-02-26.pptx"
ZIP_TIME = (2029, 2, 19, 16, 48, 2)
CREATED = dt.datetime(2029, 1, 8, 14, 2, 0)
MODIFIED = dt.datetime(2029, 2, 19, 16, 48, 0)
XLSX_TIME = (2028, 9, 12, 10, 15, 40)
XLSX_W3C = "2028-09-12T10:15:40Z"

NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
EMBER = RGBColor(0xB8, 0x3A, 0x14)
FOREST = RGBColor(0x1F, 0x3D, 0x2B)
SLATE = RGBColor(0x4A, 0x55, 0x5C)
SAND = RGBColor(0xF4, 0xEE, 0xE4)
WHITE = RGBColor(0xFF, 0xFF, 0xFF)

APP_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"'
    ' xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    "<TotalTime>1873</TotalTime><Words>{words}</Words>"
    "<Application>Microsoft Macintosh PowerPoint</Application>"
    "<PresentationFormat>Widescreen</PresentationFormat><Paragraphs>{paras}</Paragraphs>"
    "<Slides>{slides}</Slides><Notes>{notes}</Notes><HiddenSlides>0</HiddenSlides>"
    "<MMClips>0</MMClips><ScaleCrop>false</ScaleCrop><HeadingPairs>"
    '<vt:vector size="6" baseType="variant"><vt:variant><vt:lpstr>Fonts Used</vt:lpstr>'
    "</vt:variant><vt:variant><vt:i4>2</vt:i4></vt:variant><vt:variant><vt:lpstr>Theme"
    "</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant><vt:variant>"
    "<vt:lpstr>Slide Titles</vt:lpstr></vt:variant><vt:variant><vt:i4>{slides}</vt:i4>"
    "</vt:variant></vt:vector></HeadingPairs><TitlesOfParts>"
    '<vt:vector size="{parts}" baseType="lpstr"><vt:lpstr>Arial</vt:lpstr>'
    "<vt:lpstr>Calibri</vt:lpstr><vt:lpstr>Office Theme</vt:lpstr>{titles}</vt:vector>"
    "</TitlesOfParts><Company>Tamarack Wildfire and Emergency Management Agency</Company>"
    "<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>"
    "<HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0000</AppVersion></Properties>"
)


# =========================================================================== packages


_DOC_DATES = re.compile(
    rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:(?:created|modified)>)"
)


def _entry_order(name: str) -> tuple[int, str]:
    return (0 if name == "[Content_Types].xml" else 1, name)


def package(data: bytes, zip_time: tuple[int, int, int, int, int, int], **replace: bytes) -> bytes:
    """Rewrite an OOXML package: entries in a fixed order at a fixed time, some replaced."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in sorted(src.namelist(), key=_entry_order):
            body = replace.get(name, src.read(name))
            info = zipfile.ZipInfo(name, date_time=zip_time)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, body)
    return out.getvalue()


def fixed_dates(core: bytes, created: str, modified: str) -> bytes:
    def sub(m: re.Match[bytes]) -> bytes:
        value = created if m.group(2) == b"created" else modified
        return m.group(1) + value.encode() + m.group(3)

    return _DOC_DATES.sub(sub, core)


# =========================================================================== deck helpers


Para = tuple[str, int, bool, RGBColor]


def _style(paragraph, size: int, bold: bool, color: RGBColor) -> None:
    for r in paragraph.runs:
        rpr = r._r.get_or_add_rPr()
        rpr.set("lang", "en-CA")
        rpr.set("dirty", "0")
        r.font.size = Pt(size)
        r.font.bold = bold
        r.font.color.rgb = color


def _bullet(paragraph, char: str = "\u2022") -> None:
    ppr = paragraph._p.get_or_add_pPr()
    ppr.set("marL", "228600")
    ppr.set("indent", "-228600")
    etree.SubElement(ppr, f"{{{NS_A}}}buFont", typeface="Arial")
    etree.SubElement(ppr, f"{{{NS_A}}}buChar", char=char)


def title(slide, text: str, *, size: int = 28) -> None:
    t = slide.shapes.title
    t.left, t.top, t.width, t.height = Inches(0.6), Inches(0.3), Inches(12.1), Inches(0.9)
    t.text_frame.text = text
    t.text_frame.word_wrap = True
    t.text_frame.vertical_anchor = MSO_ANCHOR.MIDDLE
    p = t.text_frame.paragraphs[0]
    p.alignment = PP_ALIGN.LEFT
    _style(p, size, True, FOREST)


def box(
    slide,
    x: float,
    y: float,
    w: float,
    h: float,
    lines: Sequence[str],
    *,
    size: int = 16,
    bold: bool = False,
    color: RGBColor = SLATE,
    bullets: bool = False,
    gap: int = 6,
) -> None:
    """A text box of one paragraph per line; ``bullets`` gives each an ``a:buChar``."""
    tb = slide.shapes.add_textbox(Inches(x), Inches(y), Inches(w), Inches(h))
    tf = tb.text_frame
    tf.word_wrap = True
    for i, line in enumerate(lines):
        p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
        p.text = line
        if i:
            p.space_before = Pt(gap)
        _style(p, size, bold, color)
        if bullets:
            _bullet(p)


def panel(
    slide,
    x: float,
    y: float,
    w: float,
    h: float,
    lines: Sequence[str],
    *,
    size: int = 18,
    fill: RGBColor = FOREST,
    color: RGBColor = WHITE,
) -> None:
    """A filled rectangle holding one bold paragraph per line."""
    shp = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, Inches(x), Inches(y), Inches(w), Inches(h))
    shp.fill.solid()
    shp.fill.fore_color.rgb = fill
    shp.line.fill.background()
    tf = shp.text_frame
    tf.word_wrap = True
    tf.vertical_anchor = MSO_ANCHOR.MIDDLE
    tf.margin_left = tf.margin_right = Inches(0.2)
    for i, line in enumerate(lines):
        p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
        p.text = line
        p.alignment = PP_ALIGN.LEFT
        if i:
            p.space_before = Pt(6)
        _style(p, size, True, color)


def body(slide, lines: Sequence[str], *, top: float, height: float, size: int = 18) -> None:
    """Fill the layout's content placeholder (its own bullets) with one paragraph per line."""
    ph = next(s for s in slide.placeholders if s.placeholder_format.idx == 1)
    ph.left, ph.top, ph.width, ph.height = Inches(0.6), Inches(top), Inches(12.1), Inches(height)
    tf = ph.text_frame
    for i, line in enumerate(lines):
        p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
        p.text = line
        _style(p, size, False, SLATE)


def table(
    slide,
    x: float,
    y: float,
    widths: Sequence[float],
    rows: Sequence[Sequence[str]],
    *,
    size: int = 13,
    row_h: float = 0.45,
) -> None:
    shape = slide.shapes.add_table(
        len(rows), len(widths), Inches(x), Inches(y), Inches(sum(widths)), Inches(row_h * len(rows))
    )
    tab = shape.table
    for j, w in enumerate(widths):
        tab.columns[j].width = Inches(w)
    for i, row in enumerate(rows):
        tab.rows[i].height = Inches(row_h)
        for j, text in enumerate(row):
            cell = tab.cell(i, j)
            cell.text = text
            cell.margin_top = cell.margin_bottom = Inches(0.04)
            for p in cell.text_frame.paragraphs:
                _style(p, size, i == 0, WHITE if i == 0 else SLATE)


def notes(slide, text: str) -> None:
    slide.notes_slide.notes_text_frame.text = text


def source(slide, text: str, y: float = 6.95) -> None:
    box(slide, 0.6, y, 12.1, 0.35, [text], size=10)


# =========================================================================== the slides


def s01(prs) -> None:
    s = prs.slides.add_slide(prs.slide_layouts[0])
    t = s.shapes.title
    t.left, t.top, t.width, t.height = Inches(0.9), Inches(1.7), Inches(11.5), Inches(1.6)
    t.text_frame.text = "Ready Before the Smoke / Pr\u00eats avant la fum\u00e9e"
    _style(t.text_frame.paragraphs[0], 44, True, FOREST)
    sub = next(p for p in s.placeholders if p.placeholder_format.idx == 1)
    sub.left, sub.top, sub.width, sub.height = Inches(0.9), Inches(3.6), Inches(11.5), Inches(2.2)
    lines = [
        "Four-Year Operational Plan, FY2029\u201330 to FY2032\u201333",
        "Tamarack Wildfire and Emergency Management Agency",
        "Board of Directors \u00b7 26 February 2029 \u00b7 Item 5, for decision",
    ]
    tf = sub.text_frame
    for i, line in enumerate(lines):
        p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
        p.text = line
        _style(p, 22 if i == 0 else 16, i == 0, EMBER if i == 0 else SLATE)


def s02(prs) -> None:
    s = prs.slides.add_slide(prs.slide_layouts[5])
    title(s, "Our mandate / Notre mandat")
    box(
        s,
        0.6,
        1.45,
        5.6,
        3.6,
        [
            "We prevent, detect and fight wildfires on provincial Crown land, and we "
            "coordinate the provincial response when an emergency is bigger than a "
            "community can handle alone.",
            "Formed in 2019, when the Tamarack Forest Fire Service and the Emergency "
            "Measures Office merged.",
        ],
        size=18,
        gap=14,
    )
    box(
        s,
        6.7,
        1.45,
        6.0,
        0.5,
        ["The Agency at a glance / L\u2019Agence en bref"],
        size=18,
        bold=True,
        color=EMBER,
    )
    box(
        s,
        6.7,
        2.05,
        6.0,
        4.6,
        [
            "5 regional fire centres: Hollis Lake, Copperbank, Red Willow, Tamsin Narrows "
            "and Greyhawk Hills",
            "1,140 seasonal firefighters on initial attack, unit and rappel crews",
            "11 airtankers and 34 helicopters on contract each season",
            "The Provincial Emergency Coordination Centre (PECC) in Port Haldane, "
            "activated on 96 days in 2028",
            "FY2028\u201329 budget: $212 million, of which $71 million was fire suppression",
        ],
        size=15,
        bullets=True,
        gap=8,
    )


def s03(prs) -> None:
    s = prs.slides.add_slide(prs.slide_layouts[5])
    title(s, "Why now / Pourquoi maintenant")
    box(
        s,
        0.6,
        1.2,
        12.1,
        0.45,
        ["2028 was the hardest season in the Agency\u2019s records"],
        size=18,
        bold=True,
        color=EMBER,
    )
    box(
        s,
        0.6,
        1.75,
        6.2,
        5.0,
        [
            "1.41 million hectares burned in Tamarack in 2028",
            "That is 3.2 times our ten-year average of 440,000 ha",
            "Canada\u2019s ten-year average: 3.9 million ha a year, all provinces and "
            "territories together",
            "1,960 wildfires; 58% of them started by people",
            "$1.3 billion in insured losses, the costliest year on record for Tamarack",
        ],
        size=15,
        bullets=True,
        gap=10,
    )
    box(
        s,
        7.0,
        1.75,
        5.7,
        5.0,
        [
            "27,400 residents evacuated from 41 communities; 9 communities evacuated twice",
            "$1,840 spent per hectare burned, up from $960 in 2019",
            "Ardoise, to our west: 0.6 million ha burned and 96.1% of fires held at initial attack",
            "Projections show 20 to 30% more high fire-danger days a year by the 2040s",
        ],
        size=15,
        bullets=True,
        gap=10,
    )
    source(
        s,
        "Sources: Agency fire statistics 2028; Canadian Interagency Forest Fire Centre; "
        "insurers\u2019 estimates; Tamarack climate projections (2027).",
    )
    notes(
        s,
        "These are last season\u2019s figures and the outlook, not targets.\n"
        "We will not put a number on hectares burned: weather drives area burned far more "
        "than anything we do.\n"
        "Ardoise\u2019s 96.1% is measured at 10:00 on the second day after detection, a day "
        "later than we measure ours.",
    )


def s04(prs) -> None:
    s = prs.slides.add_slide(prs.slide_layouts[5])
    title(s, "What the 2028 season taught us")
    box(
        s,
        0.6,
        1.35,
        7.4,
        5.3,
        [
            "Initial attack held 91.2% of fires, up 3 points since 2024, yet only 84% at "
            "Copperbank",
            "Evacuation alerts took a median 2 h 40 min from a fire centre\u2019s "
            "recommendation to the public",
            "French versions of alerts followed the English by 25 minutes on average",
            "Only 61% of the 2027 crews came back for the 2028 season",
            "Crew and aircraft status lived on whiteboards, radios and a shared spreadsheet",
            "The after-action review made 46 findings; 12 were about knowing where our "
            "people and aircraft were",
        ],
        size=16,
        bullets=True,
        gap=12,
    )
    panel(
        s,
        8.3,
        1.6,
        4.4,
        3.6,
        [
            "\u201cSeven of us from a crew of twenty left for steady work. A longer season "
            "would have kept most of us.\u201d",
        ],
        size=17,
        fill=SAND,
        color=FOREST,
    )
    box(
        s,
        8.3,
        5.3,
        4.4,
        1.2,
        [
            "\u2014 Crew leader, 2028 exit survey; 7 in 10 leavers named season length as their reason"
        ],
        size=12,
    )


def s05(prs) -> None:
    s = prs.slides.add_slide(prs.slide_layouts[5])
    title(s, "Our ambition / Notre ambition")
    box(s, 0.6, 1.3, 12.1, 0.4, ["North star / Notre cap"], size=14, bold=True, color=EMBER)
    panel(
        s,
        0.6,
        1.75,
        12.1,
        1.0,
        ["Every community in Tamarack ready before the smoke arrives"],
        size=26,
    )
    box(
        s,
        0.6,
        3.0,
        12.1,
        0.45,
        ["Five commitments to the Board, to March 2033:"],
        size=17,
        bold=True,
        color=FOREST,
    )
    box(
        s,
        0.6,
        3.5,
        12.1,
        3.3,
        [
            "Hold 95% of wildfires at initial attack by the 2031 fire season",
            "Issue evacuation alerts within 60 minutes of a fire centre\u2019s "
            "recommendation by the 2030 fire season",
            "Bring 90 of our 112 high-risk communities under a current FireSmart plan by "
            "March 2033",
            "Bring back 75% of seasonal crew members each spring by the 2031 fire season",
            "Track every crew and aircraft live at all five fire centres by the 2032 fire season",
        ],
        size=17,
        bullets=True,
        gap=8,
    )


def pillar(prs, heading: str, goals: Sequence[str], initiatives: Sequence[str]) -> None:
    s = prs.slides.add_slide(prs.slide_layouts[1])
    title(s, heading, size=26)
    panel(s, 0.6, 1.3, 12.1, 0.5 + 0.45 * len(goals), list(goals), size=17)
    top = 1.3 + 0.5 + 0.45 * len(goals) + 0.35
    box(s, 0.6, top, 12.1, 0.4, ["What we will do"], size=15, bold=True, color=EMBER)
    body(s, initiatives, top=top + 0.45, height=6.9 - top - 0.45, size=17)


def s06(prs) -> None:
    pillar(
        prs,
        "Pillar 1 \u00b7 Stop fires while they are small / Arr\u00eater les feux t\u00f4t",
        ["Goal: hold 95% of wildfires at initial attack by the 2031 fire season (2028: 91.2%)"],
        [
            "Stand up eight more three-person initial attack crews at Copperbank and "
            "Greyhawk Hills for the 2030 fire season",
            "Pre-position crews and helicopters each morning on high and extreme fire-danger days",
            "Re-tender the airtanker contracts as a five-year standing offer, standby from "
            "April 1 to October 15",
            "Base two airtankers at Copperbank from May to August",
            "Certify 40 new initial attack crew leaders a year at the Red Willow training centre",
        ],
    )


def s07(prs) -> None:
    pillar(
        prs,
        "Pillar 2 \u00b7 Warn people sooner / Alerter plus t\u00f4t",
        [
            "Goal: evacuation alerts out within 60 minutes of the recommendation by the 2030 "
            "fire season (2028: 2 h 40 min)",
            "Goal: every evacuation alert in English and French at the same time, from the "
            "2030 fire season",
        ],
        [
            "Pre-write bilingual alert templates for all 112 high-risk communities",
            "Let fire centre duty officers send a recommendation to PECC in one step, with "
            "the map attached",
            "Hold a spring evacuation exercise with each fire centre and its local "
            "authorities before May 1",
            "Put a second French-language alert writer on every PECC shift in the fire season",
        ],
    )


def s08(prs) -> None:
    pillar(
        prs,
        "Pillar 3 \u00b7 Reduce the risk before the fire / R\u00e9duire le risque",
        [
            "Goal: 90 of 112 high-risk communities with a current FireSmart plan by March "
            "2033 (2028: 38)",
            "Goal: 6,000 ha of fuel treated a year near high-risk communities by "
            "FY2031\u201332 (2028: 2,100 ha)",
        ],
        [
            "Fund FireSmart assessments and plans in 52 more communities, about 13 a year",
            "Hire six FireSmart coordinators, one in each fire centre and one in Port Haldane",
            "Co-design a cultural and prescribed burning program with First Nations, through INWAC",
            "Publish fire bans and restrictions on a live map by fire centre zone",
            "Run a spring campaign on people-caused starts in the 14 zones with the most "
            "starts in 2028",
        ],
    )


def s09(prs) -> None:
    pillar(
        prs,
        "Pillar 4 \u00b7 Keep our crews / Garder nos \u00e9quipes",
        [
            "Become the employer of choice for wildland firefighters in Canada",
            "Goal: 75% of seasonal crew members return the next season, by the 2031 fire "
            "season (2028: 61%)",
        ],
        [
            "Offer two-season contracts to returning crew leaders",
            "Open a winter fuel crew stream of 60 year-round positions",
            "Call every crew member who does not come back within 30 days of the season\u2019s end",
            "Start peer support and critical-incident debriefs at all five fire centres",
        ],
    )


def s10(prs) -> None:
    pillar(
        prs,
        "Pillar 5 \u00b7 Know where every crew and aircraft is",
        [
            "Goal: all five fire centres tracking crews and aircraft live in Waypoint by the "
            "2032 fire season",
        ],
        [
            "Sign the Waypoint contract and name a product owner",
            "Pilot Waypoint at Copperbank Fire Centre through the 2030 fire season",
            "Fit satellite trackers to 240 crew trucks and issue 600 crew-leader handsets",
            "Feed Waypoint into the Situation Data Store for the daily resource report",
            "Retire FRMS after the 2031 fire season",
        ],
    )


def s11(prs) -> None:
    s = prs.slides.add_slide(prs.slide_layouts[5])
    title(s, "What we will not do / Ce que nous ne ferons pas")
    box(
        s,
        0.6,
        1.5,
        12.1,
        5.0,
        [
            "We will not set a target for hectares burned",
            "We will not buy airtankers: all 11 stay on contract",
            "We will not open a sixth fire centre",
            "We will not replace FireLog, our fire occurrence system, before FY2033\u201334",
            "We will not take evacuation orders away from local authorities, who keep that "
            "power under the Emergency Management Act",
        ],
        size=20,
        bullets=True,
        gap=16,
        color=FOREST,
    )


def s12(prs) -> None:
    s = prs.slides.add_slide(prs.slide_layouts[5])
    title(s, "How we will measure / Nos indicateurs")
    table(
        s,
        0.6,
        1.35,
        [6.1, 2.0, 2.0, 2.0],
        [
            ["Metric", "2028 baseline", "Target", "By when"],
            [
                "Wildfires held by initial attack (under 4 ha by 10:00 the next day)",
                "91.2%",
                "95%",
                "2031 fire season",
            ],
            [
                "Median time from evacuation recommendation to public alert",
                "2 h 40 min",
                "60 min or less",
                "2030 fire season",
            ],
            [
                "High-risk communities with a current FireSmart plan",
                "38 of 112",
                "90 of 112",
                "March 2033",
            ],
            [
                "Hectares of fuel treated near high-risk communities, per year",
                "2,100 ha",
                "6,000 ha",
                "FY2031\u201332",
            ],
            [
                "Seasonal crew members who return the next season",
                "61%",
                "75%",
                "2031 fire season",
            ],
            [
                "Fire centres tracking crews and aircraft live in Waypoint",
                "0 of 5",
                "5 of 5",
                "2032 fire season",
            ],
            ["Residents who trust our wildfire updates", "64%", "Higher", "Not yet set"],
        ],
        size=14,
        row_h=0.6,
    )
    source(
        s,
        "Fire seasons run April 1 to October 31; fiscal years run April to March.",
        y=6.3,
    )
    notes(
        s,
        "Every baseline is from 2028 and comes from the Situation Data Store, except crew "
        "return (HR records) and trust (the October 2028 public survey).\n"
        "The trust measure has no target yet; we will bring one back after the 2029 survey.",
    )


def s13(prs) -> None:
    s = prs.slides.add_slide(prs.slide_layouts[5])
    title(s, "Four years, four fire seasons / Quatre ans, quatre saisons")
    table(
        s,
        0.6,
        1.3,
        [1.9, 2.55, 2.55, 2.55, 2.55],
        [
            ["", "FY2029\u201330", "FY2030\u201331", "FY2031\u201332", "FY2032\u201333"],
            [
                "Phase",
                "Phase 1 \u00b7 Stabilize",
                "Phase 2 \u00b7 Prove at Copperbank",
                "Phase 3 \u00b7 Scale province-wide",
                "Phase 4 \u00b7 Embed and hand over",
            ],
            [
                "Fire season",
                "2029 fire season",
                "2030 fire season",
                "2031 fire season",
                "2032 fire season",
            ],
            [
                "Wildfire",
                "Hire and train 8 new crews",
                "Standing offer in force",
                "Crew leaders at 40 a year",
                "Review crew bases",
            ],
            [
                "Alerts",
                "Templates for 112 communities",
                "60-minute alerts",
                "One-step requests everywhere",
                "Alerts reviewed after every event",
            ],
            [
                "Risk reduction",
                "Six coordinators hired",
                "13 plans a year",
                "6,000 ha a year",
                "90 of 112 plans",
            ],
            [
                "Crews",
                "Two-season contracts bargained",
                "Winter fuel crews start",
                "Return rate at 75%",
                "Hold the rate",
            ],
            [
                "Waypoint",
                "Contract; set-up at Copperbank",
                "Pilot live at Copperbank",
                "Four more centres; FRMS retired",
                "Waypoint only",
            ],
            [
                "Readiness gate (end of March)",
                "Gate 1 \u00b7 31 March 2030",
                "Gate 2 \u00b7 31 March 2031 \u00b7 Waypoint go/no-go",
                "Gate 3 \u00b7 31 March 2032",
                "Close-out review \u00b7 31 March 2033",
            ],
        ],
        size=11,
        row_h=0.56,
    )
    source(
        s,
        "Month 0 is April 2029. Each readiness gate sits at the end of March, before the "
        "fire season opens on April 1.",
        y=6.5,
    )


def s14(prs) -> None:
    s = prs.slides.add_slide(prs.slide_layouts[5])
    title(s, "Pilot: Waypoint at Copperbank Fire Centre")
    box(
        s,
        0.6,
        1.35,
        12.1,
        5.4,
        [
            "Why Copperbank: the lowest initial attack success in 2028 (84%), two airtanker "
            "bases, and the most crews lent to other centres",
            "When: set-up and training October 2029 to March 2030; live for the whole 2030 "
            "fire season",
            "Scope: 31 crews, 9 helicopters and 2 airtankers dispatched from Copperbank",
            "Gate 2 pass mark: every crew and aircraft visible within 5 minutes of a status "
            "change on 95% of fire-season days",
            "Gate 2 pass mark: the daily resource report built from Waypoint, not the "
            "spreadsheet, from July 2030",
            "Fallback: whiteboards and the spreadsheet run in parallel until Gate 2",
        ],
        size=17,
        bullets=True,
        gap=12,
    )


def s15(prs) -> None:
    s = prs.slides.add_slide(prs.slide_layouts[5])
    title(s, "Risks and mitigations")
    table(
        s,
        0.6,
        1.35,
        [4.3, 1.3, 1.3, 5.2],
        [
            ["Risk", "Likelihood", "Impact", "Mitigation"],
            [
                "A severe 2029 season pulls staff off the plan",
                "High",
                "High",
                "Keep the Plan Office team off fire assignments; let work slip, never a gate",
            ],
            [
                "Two-season contracts are not agreed with TGEU Local 412 in time",
                "Medium",
                "High",
                "Open talks in the first 100 days and cost the options before bargaining",
            ],
            [
                "Too few operators bid on the airtanker tender",
                "Medium",
                "High",
                "Sound out operators in summer 2029; keep one-year extensions as the fallback",
            ],
            [
                "Satellite handsets drop out in the northern zones",
                "Medium",
                "Medium",
                "Test handsets at Copperbank over winter 2029\u201330; keep radio check-ins",
            ],
            [
                "Crew location data draws privacy complaints",
                "Low",
                "Medium",
                "Finish a privacy impact assessment before the pilot goes live",
            ],
        ],
        size=13,
        row_h=0.8,
    )


def s16(prs) -> None:
    s = prs.slides.add_slide(prs.slide_layouts[5])
    title(s, "First 100 days / Nos 100 premiers jours")
    box(s, 0.6, 1.2, 12.1, 0.4, ["April 1 to July 9, 2029"], size=16, bold=True, color=EMBER)
    box(
        s,
        0.6,
        1.7,
        12.1,
        5.0,
        [
            "1. Sign the Waypoint contract and name its product owner by May 31",
            "2. Baseline every KPI in the Situation Data Store and publish the first monthly "
            "scorecard",
            "3. Open talks with TGEU Local 412 on two-season contracts",
            "4. Present the plan to INWAC at its spring meeting",
            "5. Issue the airtanker market-sounding notice",
            "6. Start the privacy impact assessment for crew location data",
            "7. Hire the first two FireSmart coordinators",
        ],
        size=17,
        gap=10,
    )


def s17(prs) -> None:
    s = prs.slides.add_slide(prs.slide_layouts[5])
    title(s, "Governance / Gouvernance")
    box(
        s,
        0.6,
        1.4,
        12.1,
        5.3,
        [
            "Executive sponsor: the President and CEO, who chairs the Plan Steering Committee",
            "Members: the executive directors of Wildfire Operations, Emergency Management "
            "and Corporate Services, and the Director of People and Culture",
            "The Committee meets monthly, and every two weeks during the fire season",
            "At each readiness gate the Committee recommends and the President and CEO decides",
            "INWAC and TGEU Local 412 are heard before every gate",
            "The Plan Office keeps the risk log and reports to the Board every quarter",
        ],
        size=17,
        bullets=True,
        gap=12,
    )


def s18(prs) -> None:
    s = prs.slides.add_slide(prs.slide_layouts[5])
    title(s, "Investment")
    panel(
        s,
        0.6,
        1.35,
        5.4,
        1.3,
        ["$148.6 million over four years, on top of the base budget"],
        size=20,
    )
    box(
        s,
        0.6,
        2.9,
        5.4,
        3.6,
        [
            "Federal wildfire resilience funding: $38.5 million over four years, confirmed "
            "in January 2029",
            "FY2029\u201330 share: $31.2 million",
        ],
        size=16,
        bullets=True,
        gap=14,
    )
    table(
        s,
        6.5,
        1.35,
        [4.2, 2.0],
        [
            ["Area", "Four-year cost"],
            ["Crews and retention", "$52.4M"],
            ["Airtanker standing offer (uplift)", "$41.0M"],
            ["FireSmart and fuel treatment", "$29.8M"],
            ["Waypoint, trackers and handsets", "$17.6M"],
            ["Alerts and PECC", "$4.1M"],
            ["Plan Office", "$3.7M"],
        ],
        size=14,
        row_h=0.55,
    )


def s19(prs) -> None:
    s = prs.slides.add_slide(prs.slide_layouts[5])
    title(s, "Asks of the Board / Demandes au conseil")
    box(
        s,
        0.6,
        1.45,
        12.1,
        5.2,
        [
            "1. Approve Ready Before the Smoke as the Agency\u2019s plan for FY2029\u201330 to "
            "FY2032\u201333",
            "2. Release $31.2 million for FY2029\u201330",
            "3. Endorse Copperbank Fire Centre as the Waypoint pilot site",
            "4. Authorize a five-year airtanker standing-offer tender",
            "5. Delegate readiness gate decisions to the President and CEO, with a report to "
            "the Board after each gate",
        ],
        size=19,
        gap=14,
        color=FOREST,
    )


def s20(prs) -> None:
    s = prs.slides.add_slide(prs.slide_layouts[5])
    title(s, "Appendix: benchmarks / Annexe : points de comparaison")
    table(
        s,
        0.6,
        1.35,
        [4.6, 2.5, 2.5, 2.5],
        [
            ["Measure", "Tamarack 2028", "Ardoise 2028", "Median of provincial agencies"],
            ["Fires held at initial attack", "91.2%", "96.1%", "93.5%"],
            ["Median evacuation alert time", "2 h 40 min", "45 min", "1 h 20 min"],
            ["Seasonal crew return rate", "61%", "72%", "68%"],
            ["Cost per hectare burned", "$1,840", "$2,950", "$1,400"],
            ["High-risk communities with a FireSmart plan", "34%", "58%", "41%"],
        ],
        size=14,
        row_h=0.6,
    )
    source(
        s,
        "Sources: agency annual reports 2028; peer survey by the Plan Office, December 2028.",
        y=5.4,
    )
    notes(
        s,
        "For context only.\n"
        "Ardoise measures initial attack at 10:00 on the second day, and its alert time counts "
        "from the local authority\u2019s request, not from the fire centre\u2019s "
        "recommendation.",
    )


SLIDES = [s01, s02, s03, s04, s05, s06, s07, s08, s09, s10]
SLIDES += [s11, s12, s13, s14, s15, s16, s17, s18, s19, s20]


def _widen(prs) -> None:
    """Widen the 4:3 master and layouts to 16:9, as PowerPoint does when the size changes."""
    for shapes in [prs.slide_master.shapes, *(layout.shapes for layout in prs.slide_layouts)]:
        for shp in shapes:
            xfrm = shp._element.find(f".//{{{NS_A}}}xfrm")
            if xfrm is None:
                continue
            off, ext = xfrm.find(f"{{{NS_A}}}off"), xfrm.find(f"{{{NS_A}}}ext")
            off.set("x", str(int(off.get("x")) * 4 // 3))
            ext.set("cx", str(int(ext.get("cx")) * 4 // 3))


def _app_xml(prs) -> bytes:
    words = paras = n_notes = 0
    titles = []
    for s in prs.slides:
        titles.append(escape(s.shapes.title.text_frame.text))
        for shp in s.shapes:
            frames = []
            if shp.has_text_frame:
                frames.append(shp.text_frame)
            if getattr(shp, "has_table", False) and shp.has_table:
                frames.extend(c.text_frame for r in shp.table.rows for c in r.cells)
            for tf in frames:
                for p in tf.paragraphs:
                    if p.text.strip():
                        paras += 1
                        words += len(p.text.split())
        n_notes += s.has_notes_slide
    n = len(titles)
    return APP_XML.format(
        words=words,
        paras=paras,
        slides=n,
        notes=n_notes,
        parts=n + 3,
        titles="".join(f"<vt:lpstr>{t}</vt:lpstr>" for t in titles),
    ).encode("utf-8")


def deck_bytes() -> bytes:
    prs = Presentation()
    prs.slide_width, prs.slide_height = Emu(12192000), Emu(6858000)
    _widen(prs)
    for make in SLIDES:
        make(prs)
    core = prs.core_properties
    core.title = "Ready Before the Smoke"
    core.subject = "Four-Year Operational Plan, FY2029-30 to FY2032-33"
    core.author = "Gordon Achterberg"
    core.last_modified_by = "Claire Beaudoin-Marsh"
    core.comments = ""
    core.keywords = "Board; four-year plan; readiness gates"
    core.category = "Board paper"
    core.revision = 23
    core.created = CREATED
    core.modified = MODIFIED
    buf = io.BytesIO()
    prs.save(buf)
    data = buf.getvalue()
    src = zipfile.ZipFile(io.BytesIO(data))
    core_xml = fixed_dates(
        src.read("docProps/core.xml"), "2029-01-08T14:02:00Z", "2029-02-19T16:48:00Z"
    )
    return package(
        data, ZIP_TIME, **{"docProps/app.xml": _app_xml(prs), "docProps/core.xml": core_xml}
    )


# =========================================================================== org: roster


PEOPLE = [
    ("Claire Beaudoin-Marsh", "President & CEO", "Executive Office", ""),
    ("Gordon Achterberg", "Dir, Plan Office", "Executive Office", "Claire Beaudoin-Marsh"),
    (
        "Marie-\u00c8ve Paquette",
        "Dir, Indigenous Relations",
        "Executive Office",
        "Claire Beaudoin-Marsh",
    ),
    ("Daniel Okafor", "Exec Dir, Wildfire Ops", "Wildfire Operations", "Claire Beaudoin-Marsh"),
    ("Priya Raman", "Mgr, Initial Attack", "Wildfire Operations", "Daniel Okafor"),
    ("Tom Lindqvist", "Mgr, Air Ops", "Wildfire Operations", "Daniel Okafor"),
    ("Shauna MacLeod", "Fire Centre Mgr, Copperbank", "Wildfire Operations", "Daniel Okafor"),
    ("Jean-Luc Ferland", "Mgr, Crew Training & Standards", "Wildfire Operations", "Daniel Okafor"),
    (
        "Hannah Kowalczyk",
        "Mgr, Community Risk Reduction",
        "Prevention & Risk Reduction",
        "Daniel Okafor",
    ),
    (
        "Victor Nakamura",
        "Mgr, Prevention & Compliance",
        "Prevention & Risk Reduction",
        "Daniel Okafor",
    ),
    (
        "Sandra Oyelaran",
        "Exec Dir, Emergency Mgmt",
        "Emergency Management",
        "Claire Beaudoin-Marsh",
    ),
    ("Luc Thibodeau", "Mgr, PECC", "Emergency Management", "Sandra Oyelaran"),
    ("Fiona Gallant", "Mgr, Emergency Planning", "Emergency Management", "Sandra Oyelaran"),
    ("Ravi Dhillon", "Dir, People & Culture", "People & Culture", "Claire Beaudoin-Marsh"),
    ("Kelsey Brandt", "Mgr, Crew Recruitment & Retention", "People & Culture", "Ravi Dhillon"),
    ("Martin Kovac", "Exec Dir, Corporate Services", "Corporate Services", "Claire Beaudoin-Marsh"),
    ("Aisha Rahimi", "Mgr, Aviation Contracts", "Corporate Services", "Martin Kovac"),
    ("Owen Pritchard", "Head, Digital Services", "Corporate Services", "Martin Kovac"),
    ("Mei-Ling Tran", "Head, Data & Analytics", "Corporate Services", "Martin Kovac"),
    ("Nadia Bellerose", "Privacy & Records Lead", "Corporate Services", "Martin Kovac"),
    ("Wilfred Sinclair", "Co-Chair, INWAC", "External (advisory)", ""),
    ("Brenda Hollister", "President, TGEU Local 412", "External (union)", ""),
]
EXTERNAL_MAIL = {
    "Wilfred Sinclair": "w.sinclair@inwac-council.ca",
    "Brenda Hollister": "president@tgeu412.ca",
}


def _mail(name: str) -> str:
    if name in EXTERNAL_MAIL:
        return EXTERNAL_MAIL[name]
    plain = name.replace("\u00c8", "E").replace("\u00e8", "e").lower()
    first, _, last = plain.partition(" ")
    return f"{first}.{last.replace(' ', '')}@twema.tamarack.ca"


def roster_csv() -> bytes:
    out = io.StringIO(newline="")
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(["Name", "Title", "Branch", "Manager", "Email"])
    for name, role, branch, manager in PEOPLE:
        w.writerow([name, role, branch, manager, _mail(name)])
    return b"\xef\xbb\xbf" + out.getvalue().encode("utf-8")


# =========================================================================== org: RACI matrix


RACI_ROWS: list[tuple[str, dict[str, str]]] = [
    (
        "Initial attack crews, bases and dispatch standards",
        {
            "Exec Dir, Wildfire Ops": "A",
            "Mgr, Initial Attack": "R",
            "Fire Centre Mgr, Copperbank": "R",
            "Mgr, Air Ops": "C",
            "Mgr, Crew Training & Standards": "C",
            "President, TGEU Local 412": "C",
            "Head, Data & Analytics": "I",
        },
    ),
    (
        "Daily airtanker and helicopter tasking; airtanker bases",
        {
            "Mgr, Air Ops": "A/R",
            "Fire Centre Mgr, Copperbank": "C",
            "Mgr, Initial Attack": "C",
            "Exec Dir, Wildfire Ops": "I",
        },
    ),
    (
        "Airtanker and helicopter contracts, standby dates and rates",
        {
            "Exec Dir, Corporate Services": "A",
            "Mgr, Aviation Contracts": "R",
            "Mgr, Air Ops": "C",
            "Dir, Plan Office": "I",
        },
    ),
    (
        "Recruit boot camp and crew leader certification (Red Willow)",
        {
            "Exec Dir, Wildfire Ops": "A",
            "Mgr, Crew Training & Standards": "R",
            "Dir, People & Culture": "C",
            "President, TGEU Local 412": "C",
            "Mgr, Crew Recruitment & Retention": "I",
        },
    ),
    (
        "Seasonal hiring, rehire of returning crew and exit survey",
        {
            "Dir, People & Culture": "A",
            "Mgr, Crew Recruitment & Retention": "R",
            "Fire Centre Mgr, Copperbank": "C",
            "President, TGEU Local 412": "C",
            "Head, Data & Analytics": "I",
        },
    ),
    (
        "Crew terms, pay, labour relations and staff wellness",
        {
            "Dir, People & Culture": "A/R",
            "Exec Dir, Corporate Services": "C",
            "President, TGEU Local 412": "C",
            "President & CEO": "I",
        },
    ),
    (
        "Evacuation alerts to the public (PECC)",
        {
            "Exec Dir, Emergency Mgmt": "A",
            "Mgr, PECC": "R",
            "Fire Centre Mgr, Copperbank": "C",
            "Mgr, Emergency Planning": "C",
        },
    ),
    (
        "Local authority emergency plans and evacuation exercises",
        {
            "Exec Dir, Emergency Mgmt": "A",
            "Mgr, Emergency Planning": "R",
            "Mgr, PECC": "C",
            "Fire Centre Mgr, Copperbank": "C",
            "Co-Chair, INWAC": "C",
        },
    ),
    (
        "FireSmart assessments, plans and grants",
        {
            "Exec Dir, Wildfire Ops": "A",
            "Mgr, Community Risk Reduction": "R",
            "Mgr, Emergency Planning": "C",
            "Dir, Indigenous Relations": "C",
            "Co-Chair, INWAC": "C",
        },
    ),
    (
        "Fuel treatment near communities",
        {
            "Exec Dir, Wildfire Ops": "A",
            "Mgr, Community Risk Reduction": "R",
            "Dir, Indigenous Relations": "C",
            "Co-Chair, INWAC": "C",
        },
    ),
    (
        "Fire bans, burning permits and prevention campaigns",
        {
            "Exec Dir, Wildfire Ops": "A",
            "Mgr, Prevention & Compliance": "R",
            "Exec Dir, Emergency Mgmt": "I",
        },
    ),
    (
        "Cultural and prescribed burning with First Nations",
        {
            "Exec Dir, Wildfire Ops": "A",
            "Dir, Indigenous Relations": "R",
            "Mgr, Community Risk Reduction": "C",
            "Co-Chair, INWAC": "C",
        },
    ),
    (
        "FireLog, FRMS, CrewCert and the permit desk",
        {
            "Exec Dir, Corporate Services": "A",
            "Head, Digital Services": "R",
            "Head, Data & Analytics": "C",
            "Privacy & Records Lead": "C",
        },
    ),
    (
        "Situation Data Store and Power BI reporting",
        {
            "Exec Dir, Corporate Services": "A",
            "Head, Data & Analytics": "R",
            "Head, Digital Services": "C",
            "Dir, Plan Office": "I",
        },
    ),
    (
        "Privacy impact assessments and records retention",
        {
            "Exec Dir, Corporate Services": "A",
            "Privacy & Records Lead": "R",
            "Head, Digital Services": "C",
        },
    ),
    (
        "Agency business plan and quarterly Board reporting",
        {
            "President & CEO": "A",
            "Dir, Plan Office": "R",
            "Exec Dir, Wildfire Ops": "C",
            "Exec Dir, Emergency Mgmt": "C",
            "Exec Dir, Corporate Services": "C",
        },
    ),
]


def raci_xlsx() -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = "RACI 2028-29"
    roles = [p[1] for p in PEOPLE]
    ws.cell(
        1,
        1,
        "Current programs \u2013 RACI (approved by the Executive Committee, 12 September 2028)",
    )
    ws.cell(1, 1).font = Font(bold=True, size=13)
    ws.cell(3, 1, "Activity / program")
    for j, role in enumerate(roles, start=2):
        ws.cell(3, j, role)
    head = PatternFill("solid", fgColor="1F3D2B")
    for j in range(1, len(roles) + 2):
        c = ws.cell(3, j)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = head
        c.alignment = Alignment(wrap_text=True, vertical="top")
    for i, (activity, cells) in enumerate(RACI_ROWS, start=4):
        ws.cell(i, 1, activity)
        for j, role in enumerate(roles, start=2):
            if role in cells:
                ws.cell(i, j, cells[role]).alignment = Alignment(horizontal="center")
    ws.column_dimensions["A"].width = 52
    ws.row_dimensions[3].height = 64
    ws.freeze_panes = "B4"
    key = wb.create_sheet("Key")
    for i, line in enumerate(
        [
            "R = Responsible (does the work); A = Accountable (answers for it, one per row); "
            "C = Consulted; I = Informed.",
            "A/R: the same post is accountable and does the work.",
            "INWAC and TGEU Local 412 are consulted on the rows marked C; by agreement they "
            "hold neither R nor A.",
            "Waypoint and the four-year plan are not in this matrix; their leads are named in "
            "the branch mandates and the metric dictionary.",
            "Kept by the Plan Office. Next review: September 2029.",
        ],
        start=1,
    ):
        key.cell(i, 1, line)
    key.column_dimensions["A"].width = 110
    wb.properties.creator = "Gordon Achterberg"
    wb.properties.lastModifiedBy = "Gordon Achterberg"
    wb.properties.title = "Current programs RACI 2028-29"
    wb.properties.created = dt.datetime(2028, 8, 30, 9, 0, 0)
    wb.properties.modified = dt.datetime(2028, 9, 12, 10, 15, 40)
    buf = io.BytesIO()
    wb.save(buf)
    data = buf.getvalue()
    core = fixed_dates(
        zipfile.ZipFile(io.BytesIO(data)).read("docProps/core.xml"),
        "2028-08-30T09:00:00Z",
        XLSX_W3C,
    )
    return package(data, XLSX_TIME, **{"docProps/core.xml": core})


# =========================================================================== org: text files


MANDATES_HTML = """<!DOCTYPE html>
<!-- saved from url=(0079)https://inside.twema.tamarack.ca/sites/corporate/SitePages/branch-mandates.aspx -->
<html lang="en-CA"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>Branch mandates - Inside TWEMA</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="./branch-mandates_files/inside.css">
<style>
body { font-family: "Segoe UI", Arial, sans-serif; color: #1f2a30; margin: 0; }
.site-header { background: #1f3d2b; color: #fff; padding: 10px 24px; }
main { max-width: 920px; margin: 24px auto; }
section { border-top: 3px solid #b83a14; margin-top: 28px; padding-top: 8px; }
.lead { font-weight: 600; }
.meta { color: #5b6770; font-size: 13px; }
</style>
</head>
<body>
<header class="site-header"><span class="brand">Inside TWEMA</span>
<nav><a href="https://inside.twema.tamarack.ca/">Home</a> | <a href="https://inside.twema.tamarack.ca/sites/corporate">Corporate</a> | <a href="https://inside.twema.tamarack.ca/sites/corporate/SitePages/branch-mandates.aspx">Branch mandates</a></nav>
</header>
<main>
<h1>Branch mandates / Mandats des directions</h1>
<p class="meta">Page owner: Plan Office. Last updated 14 January 2029.</p>
<p>This page sets out what each branch is responsible for and who leads it. Posts are named as on the org chart; where two teams share a piece of work, the lead team is named first.</p>

<section id="executive-office">
<h2>Executive Office</h2>
<p class="lead">President and Chief Executive Officer: Claire Beaudoin-Marsh</p>
<p>The President and CEO answers to the Board of Directors for the Agency's performance and budget, and is the executive sponsor of the four-year plan. She chairs the Plan Steering Committee and takes the readiness gate decisions the Board delegates to her.</p>
<ul>
<li><strong>Plan Office</strong> (Director: Gordon Achterberg). Runs the four-year plan from day to day: the schedule, the risk log, gate reports, benefits tracking and the quarterly report to the Board. The Plan Office is the Steering Committee's secretariat.</li>
<li><strong>Indigenous Relations</strong> (Director: Marie-&Egrave;ve Paquette). Leads the Agency's relationships with First Nations and M&eacute;tis communities, including fire response agreements for reserve lands and any joint work on cultural and prescribed burning. Indigenous Relations is the secretariat of INWAC.</li>
</ul>
</section>

<section id="wildfire-operations">
<h2>Wildfire Operations Branch</h2>
<p class="lead">Executive Director: Daniel Okafor</p>
<p>Wildfire Operations detects and fights wildfires through the five regional fire centres and sets the province's daily preparedness level.</p>
<ul>
<li><strong>Initial Attack</strong> (Manager: Priya Raman). Crew numbers and bases, daily pre-positioning of crews from the fire-weather forecast, dispatch standards, and initial attack success, which this team reports every season.</li>
<li><strong>Air Operations</strong> (Manager: Tom Lindqvist). Daily tasking of the contracted airtankers and helicopters, the airtanker bases and the air operations desk, including automated flight following. The air contracts themselves sit with Aviation Contracts in Corporate Services.</li>
<li><strong>Fire centres</strong>. Each of the five fire centres (Hollis Lake, Copperbank, Red Willow, Tamsin Narrows and Greyhawk Hills) is led by a fire centre manager who runs its dispatch, its crews and its duty officers. Copperbank Fire Centre: Shauna MacLeod.</li>
<li><strong>Crew Training and Standards</strong> (Manager: Jean-Luc Ferland). Runs the Wildfire Training Centre at Red Willow: recruit boot camp, crew leader certification, fitness testing, and the certification records in CrewCert. All crew training belongs to this team.</li>
</ul>
<h3>Prevention and Risk Reduction</h3>
<p>The two prevention teams report to the Executive Director, Wildfire Operations.</p>
<ul>
<li><strong>Community Risk Reduction</strong> (Manager: Hannah Kowalczyk). The FireSmart program: community wildfire risk assessments and plans, FireSmart grants to local authorities, and fuel treatment near communities.</li>
<li><strong>Prevention and Compliance</strong> (Manager: Victor Nakamura). Fire bans and restrictions, burning permits, prevention campaigns on people-caused fires, and enforcement with conservation officers.</li>
</ul>
</section>

<section id="emergency-management">
<h2>Emergency Management Branch</h2>
<p class="lead">Executive Director: Sandra Oyelaran</p>
<p>Emergency Management coordinates the provincial response to any emergency, including wildfire evacuations, and leads public information during an emergency.</p>
<ul>
<li><strong>Provincial Emergency Coordination Centre</strong> (Manager: Luc Thibodeau). Runs the PECC and issues evacuation alerts to the public through Alert Ready and the TamarackAlerts app, in English and French, at the request of a fire centre or a local authority. The PECC room in Port Haldane is shared with the Ministry of Transportation's road operations centre, and the two book its 14 seats between them.</li>
<li><strong>Emergency Planning</strong> (Manager: Fiona Gallant). Helps local authorities write and test their emergency plans, runs evacuation exercises with the fire centres and local authorities, and keeps the list of reception centres.</li>
</ul>
</section>

<section id="people-and-culture">
<h2>People and Culture Branch</h2>
<p class="lead">Director: Ravi Dhillon</p>
<p>People and Culture leads labour relations, pay and classification, health and safety, and staff wellness, including peer support and critical-incident debriefs.</p>
<ul>
<li><strong>Crew Recruitment and Retention</strong> (Manager: Kelsey Brandt). Hires seasonal crews and runs the rehire of returning crew members, the exit survey and the crew return rate. Crew training sits with Crew Training and Standards in Wildfire Operations.</li>
</ul>
<p>Crew terms of employment are set by the collective agreement with TGEU Local 412. Any change to the length of the season, to contract terms or to pay for crew members has to be bargained with TGEU Local 412 under Article 14 before it takes effect.</p>
</section>

<section id="corporate-services">
<h2>Corporate Services Branch</h2>
<p class="lead">Executive Director: Martin Kovac, who is also the Agency's Chief Financial Officer</p>
<ul>
<li><strong>Aviation Contracts</strong> (Manager: Aisha Rahimi). Tenders, awards and manages the contracts for airtankers and helicopters, including standby dates and rates.</li>
<li><strong>Digital Services</strong> (Head: Owen Pritchard). Runs the Agency's systems (FireLog, FRMS, CrewCert, the permit desk and the radio network links) and leads the Waypoint project from contract to go-live.</li>
<li><strong>Data and Analytics</strong> (Head: Mei-Ling Tran). Owns the Situation Data Store, our data warehouse, and the Power BI reports built on it, including the daily situation report and the KPI scorecard. Data and Analytics produces the plan's measures; each measure's owner is named in the metric dictionary.</li>
<li><strong>Privacy and Records</strong> (Lead: Nadia Bellerose). Privacy impact assessments, access-to-information requests and the records retention schedule.</li>
</ul>
</section>

<section id="advisory">
<h2>Advisory bodies and partners</h2>
<p>Two bodies advise the Agency. They are consulted; they do not hold Agency work.</p>
<ul>
<li><strong>Indigenous Nations Wildfire Advisory Council (INWAC)</strong>, chaired by representatives of the Nations (Co-Chair: Wilfred Sinclair). INWAC must be consulted before the Agency changes its cultural or prescribed burning practice or starts fuel work on reserve lands.</li>
<li><strong>TGEU Local 412</strong> (President: Brenda Hollister) represents seasonal and year-round crew members.</li>
</ul>
</section>
</main>
<footer class="meta"><p>Inside TWEMA is for Agency staff. Questions about this page go to the Plan Office.</p></footer>
</body></html>
"""

TOR_MD = """
# Plan Steering Committee: Terms of Reference

Tamarack Wildfire and Emergency Management Agency. Approved by the President and CEO on
19 December 2028. Version 1.0.

## Purpose

The Plan Steering Committee steers the Agency's four-year operational plan, Ready Before the
Smoke, from its approval by the Board to its close-out in March 2033.

## Sponsor and chair

The President and CEO is the plan's executive sponsor and chairs the Committee.

## Members

- Executive Director, Wildfire Operations
- Executive Director, Emergency Management
- Executive Director, Corporate Services
- Director, People and Culture
- Director, Plan Office (secretary, non-voting)

## Decisions

- At each readiness gate, held in the last two weeks of March, the Committee recommends and
  the President and CEO decides.
- Each initiative has one lead, named in the plan register that the Plan Office keeps.
- The Committee sets the order of work between initiatives within the approved budget.

## Meetings

Monthly from October to March, and every second Tuesday from April to September.

## Consultation

Before each readiness gate, the Committee hears INWAC and TGEU Local 412 and records their
advice in the gate report.

## Reporting

The Plan Office reports to the Board every quarter, using the measures in the metric
dictionary as the Situation Data Store reports them.
"""

SYSTEMS_MD = """
# Systems and data inventory

Kept by Digital Services and Data and Analytics. Reviewed 9 January 2029.

| System | What it does | Business owner | Status | Notes |
|---|---|---|---|---|
| FireLog | Fire occurrence system: every wildfire from first report to declared out, with cause, size and the initial attack result | Exec Dir, Wildfire Ops | In service since 2014 | The source of initial attack success. FireLog cannot exchange data with FRMS, and the FireLog-Waypoint interface, which Waypoint needs to show which fire each crew is on, is awaiting funding. |
| FRMS (Fire Resource Management System) | Crew and aircraft bookings, time sheets and standby costs | Head, Digital Services | Due to be switched off | FRMS is due to be switched off on 31 March 2031, when the vendor's support ends. |
| Status boards | Crew and aircraft availability at each fire centre and for the province | Fire centre managers | In use | Crew and aircraft status is kept on whiteboards at each fire centre and, for the province, on a spreadsheet kept by the provincial duty officer. |
| Waypoint | Resource tracking: live location and status of crews, vehicles and aircraft | Head, Digital Services | Selected, December 2028 | Chosen in the December 2028 competition; contract signature planned for April 2029. |
| Automated flight following (AFF) | The position of every contracted aircraft every two minutes, on the air operations desk map | Mgr, Air Ops | In service | A condition of every air contract. |
| Situation Data Store (SDS) | The Agency's data warehouse (Azure SQL), loaded nightly from FireLog, FRMS, CrewCert, PeopleConnect and the weather network | Head, Data & Analytics | In service since 2021 | Power BI reports on the SDS: the daily situation report, the season dashboard and the KPI scorecard. |
| Alert Ready and TamarackAlerts | Public alerting: broadcast-intrusive alerts through Alert Ready, and the TamarackAlerts app (212,000 subscribers) | Mgr, PECC | In service | Alerts are written in English and French from PECC templates. |
| CrewCert | Training and certification records for every crew member | Mgr, Crew Training & Standards | In service | Loaded into the SDS nightly. |
| PeopleConnect | HR and payroll: hiring, rehire, pay and leave | Dir, People & Culture | In service | Exit survey results are loaded each November. |
| Fire weather network | 92 automatic weather stations and the daily fire-danger ratings | Exec Dir, Wildfire Ops | In service | Loaded into the SDS hourly. |
| Permit desk | Burning permits by phone and web form | Mgr, Prevention & Compliance | In service | Permits are mapped in FireLog. |
"""

METRICS_MD = """
# Metric dictionary: four-year plan measures

Kept by Data and Analytics (Mei-Ling Tran). Each measure has one owner, who answers for the
result; Data and Analytics produces the figures from the Situation Data Store.

## M1 Initial attack success

- Definition: share of wildfires held under 4 ha by 10:00 the day after detection.
- Source: FireLog, through the Situation Data Store.
- Owner: Priya Raman, Initial Attack.
- 2028 baseline: 91.2% (1,788 of 1,960 fires).
- Reported weekly in the fire season; season total in November.

## M2 Evacuation alert time

- Definition: median minutes from a fire centre's evacuation recommendation to the alert's
  publication in both languages.
- Source: PECC alert log, entered into the Situation Data Store after each alert.
- Owner: Luc Thibodeau, PECC.
- 2028 baseline: 160 minutes (2 h 40 min) over 63 alerts.

## M3 FireSmart plan coverage

- Definition: high-risk communities (112 on the 2027 list) with a FireSmart plan less than
  five years old.
- Owner: Hannah Kowalczyk, Community Risk Reduction.
- 2028 baseline: 38 of 112.

## M4 Fuel treated near communities

- Definition: hectares of fuel treatment finished within 2 km of a high-risk community in
  the fiscal year.
- Owner: Hannah Kowalczyk, Community Risk Reduction.
- Baseline: 2,100 ha in FY2027-28, the 2028 figure used in the plan.

## M5 Crew return rate

- Definition: seasonal crew members employed in one season who are employed again the next,
  as a share of those eligible to return.
- Source: PeopleConnect.
- Owner: Kelsey Brandt, Crew Recruitment and Retention.
- 2028 baseline: 61%.

## M6 Waypoint coverage

- Definition: fire centres where every crew and aircraft shows live in Waypoint on 95% of
  fire-season days.
- Owner: Owen Pritchard, Digital Services.
- 2028 baseline: 0 of 5.

## M7 Public trust in wildfire updates

- Definition: residents answering 4 or 5 out of 5 to "I trust the Agency's wildfire
  updates" in the October public survey.
- Owner: Sandra Oyelaran, Emergency Management.
- 2028 baseline: 64%.

## Reported for context

Area burned and cost per hectare burned are reported every season for context, with the
national and neighbouring-province figures beside them.
"""

FINDINGS_MD = """
# 2028 Fire Season After-Action Review: findings assigned to the four-year plan

Extract. The full review (46 findings) was accepted by the Executive Committee on
28 November 2028. Leads are named as on the org chart.

| # | Finding | Lead | Response |
|---|---|---|---|
| F-03 | Initial attack success was 91.2% province-wide and 84.0% at Copperbank, whose crews were lent to other centres on 41 days. | Mgr, Initial Attack | Accepted: more initial attack crews at Copperbank and Greyhawk Hills. |
| F-09 | The median time from recommendation to alert was 2 h 40 min; the longest was 6 h 05 min, for Lac Br\u00fbl\u00e9 on 3 August. | Mgr, PECC | Accepted: alert templates and a one-step request. |
| F-11 | The joint evacuation plans of the Tamsin Narrows and Greyhawk Hills fire centres have not been tested since 2024. | Mgr, Emergency Planning | Accepted: a spring exercise at every fire centre. |
| F-17 | Nobody currently calls crew members who do not come back; most departures come to light in April, when people fail to report for boot camp. | Mgr, Crew Recruitment & Retention | Accepted. |
| F-22 | Twelve findings concern knowing where crews and aircraft were; they are grouped here under Waypoint. | Head, Digital Services | Accepted: Waypoint. |
| F-30 | Seven in ten crew members who left named the length of the season as their reason in the 2028 exit survey. | Mgr, Crew Recruitment & Retention | Accepted: two-season contracts and a winter fuel crew stream. |
| F-38 | French versions of alerts followed the English by 25 minutes on average. | Mgr, PECC | Accepted: templates written in both languages in advance. |
"""

MINUTES_TXT = """
TAMARACK WILDFIRE AND EMERGENCY MANAGEMENT AGENCY
Fire Centre Managers' Meeting - Minutes

Date: 22 January 2029, 09:30 to 12:00, Red Willow Fire Centre and Teams
Chair: Daniel Okafor, Executive Director, Wildfire Operations
Present: Priya Raman, Tom Lindqvist, Shauna MacLeod (Copperbank), the four other fire centre
managers, Jean-Luc Ferland; Luc Thibodeau for item 3; Owen Pritchard for item 2
Minutes: Plan Office

1. Waypoint pilot site

Copperbank is proposed as the pilot site for the 2030 fire season. Shauna MacLeod confirmed
that her duty officers will take part in set-up from October 2029.

2. Trackers and handsets

Owen Pritchard reported that satellite trackers have been issued at only two of the five fire
centres, Copperbank and Hollis Lake, from the 2027 trial. Waypoint handsets come with the
contract.

3. Evacuation alerts

Luc Thibodeau took the meeting through the August alerts. We still phone every evacuation
recommendation through to the PECC, where it is re-typed by hand into the alert template.
The French version depends on one person: the PECC's one French-language alert writer on the
night shift.

4. Training intake

Jean-Luc Ferland said the Wildfire Training Centre at Red Willow will certify 26 crew leaders
this spring; places for 40 a year from 2030 are in the plan.

5. Airtanker bases

Tom Lindqvist said Copperbank's two airtanker pads can take two aircraft from May to August.
Contract questions go to Aisha Rahimi in Aviation Contracts.

Actions
- Owen Pritchard: a tracker plan for all five fire centres, for the February meeting.
- Luc Thibodeau and Fiona Gallant: alert templates for the 20 highest-risk communities by
  31 March.
- Shauna MacLeod: name two duty officers for Waypoint set-up.

Next meeting: 19 February 2029.
"""

EMAIL_TXT = """
From: Aisha Rahimi <aisha.rahimi@twema.tamarack.ca>
Sent: Tuesday, February 6, 2029 4:12 PM
To: Martin Kovac <martin.kovac@twema.tamarack.ca>
Cc: Tom Lindqvist <tom.lindqvist@twema.tamarack.ca>; Gordon Achterberg <gordon.achterberg@twema.tamarack.ca>
Subject: Airtanker standing offer - where we are

Martin,

The short version for Thursday's Steering Committee prep.

The five-year airtanker standing offer lapsed in 2027, and since then we have bought
airtanker standby on one-year contracts, renewed each March. The new multi-year tender is
frozen until Treasury Board approves the FY2029-30 budget, so the earliest we can post it is
late April.

Tom's team sets the standby dates and tasks the aircraft each day; the contracts, the rates
and the tender are ours. For the 2029 season the one-year contracts cover 11 airtankers from
May 1 to September 15, as in 2028.

If the Board authorizes the tender on February 26, I will issue a market-sounding notice in
April and we can award by December.

Aisha

Aisha Rahimi | Manager, Aviation Contracts | Corporate Services
Tamarack Wildfire and Emergency Management Agency
"""

TEXT_FILES = {
    "org/branch-mandates.html": MANDATES_HTML,
    "org/governance/plan-steering-committee-terms-of-reference.md": TOR_MD,
    "org/systems/systems-and-data-inventory.md": SYSTEMS_MD,
    "org/measures/metric-dictionary.md": METRICS_MD,
    "org/context/2028-after-action-findings-for-the-plan.md": FINDINGS_MD,
    "org/context/minutes-2029-01-22-fire-centre-managers.txt": MINUTES_TXT,
    "org/context/email-2029-02-06-airtanker-standing-offer.txt": EMAIL_TXT,
}


def build(out: Path) -> None:
    root = out / CASE
    files: dict[str, bytes] = {
        DECK: deck_bytes(),
        "org/people/orgchart-export.csv": roster_csv(),
        "org/governance/raci-current.xlsx": raci_xlsx(),
    }
    for rel, text in TEXT_FILES.items():
        files[rel] = text.lstrip("\n").encode("utf-8")
    for rel, data in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
