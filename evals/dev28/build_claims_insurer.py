"""Build the dev28 case ``claims-insurer``: its deck and its org folder, deterministically.

Run from the repository root with the project's venv (python-pptx, python-docx and lxml):

    .venv/bin/python evals/dev28/build_claims_insurer.py [out]

Writes, under ``evals/dev28/claims-insurer/`` (or ``<out>/claims-insurer/``):

- ``Clear Claims 2028-2029 - Executive Board 2027-12-14.pptx``: the home and motor claims
  strategy of a fictional Benelux and German property and casualty insurer (Noordkamp Insurance
  Group), a 16:9 deck as LibreOffice Impress 7.6 saves a PPTX: ``docProps/app.xml`` naming
  "LibreOffice/7.6...", Impress's own 16:9 page of 28 x 15.75 cm (10080000 x 5670000 EMU),
  LibreOffice's layout names, shapes named "PlaceHolder N", "TextShape N" and "Table N",
  bullets in OpenSymbol, titles in title placeholders on every slide; the KPIs as a native
  table on one slide and as three tiles (a big-number box above a label box) on another; the
  roadmap a native table of release trains RT1 to RT9 with a "Parked for after RT9" column;
  risks in a native table; speaker notes on two slides.
- ``org/``: the insurer's own files: the HR system's export of units and positions
  (``people/org-units.json``), the claims governance charter (Markdown), the systems and data
  inventory (Markdown), the claims KPI definitions (a CSV export of the Claims Cockpit), a
  claims facts sheet and a supplier networks note (Markdown), a note on the Betriebsrat
  (plain text) and a memo of the Data Protection Office (DOCX).

Re-running it rewrites every file byte for byte: the OOXML packages through
``evals/dev16/_build.py`` (fixed ZIP entry times and document dates; the deck's entries sorted,
``[Content_Types].xml`` first), the text files as literal strings. It never touches
``gold.json``. This is a DEVELOPMENT case (split "dev28").
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
import zipfile
from pathlib import Path

from docx import Document
from docx.shared import Pt
from lxml import etree
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.util import Emu

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals.dev16._build import Stamp, normalize_zip, ooxml_bytes, write_files  # noqa: E402

HERE = Path(__file__).resolve().parent
CASE = "claims-insurer"
DECK = "Clear Claims 2028-2029 - Executive Board 2027-12-14.pptx"
STAMP = Stamp((2027, 12, 8, 17, 42, 6), "2027-12-08T17:42:06Z")

FONT = "Liberation Sans"
INK = RGBColor(0x1C, 0x2B, 0x39)
PLUM = RGBColor(0x6B, 0x2D, 0x5C)
SLATE = RGBColor(0x5F, 0x6B, 0x76)
WHITE = RGBColor(0xFF, 0xFF, 0xFF)
MIST = RGBColor(0xF1, 0xEC, 0xF0)
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
APPLICATION = (
    "LibreOffice/7.6.4.1$Linux_X86_64 LibreOffice_project/e19e193f88cd6c0525a17fb7a176ed8e6a3e2aa1"
)
APP_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"'
    ' xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    "<Template></Template><TotalTime>2214</TotalTime>"
    "<Application>{application}</Application><AppVersion>15.0000</AppVersion>"
    "<PresentationFormat>Custom</PresentationFormat><Paragraphs>{paragraphs}</Paragraphs>"
    "<Slides>{slides}</Slides><Notes>{notes}</Notes><HiddenSlides>0</HiddenSlides>"
    "<MMClips>0</MMClips></Properties>"
)
# python-pptx's default layouts, renamed as LibreOffice Impress names its own on export
LAYOUT_NAMES = [
    "Title Slide",
    "Title, Content",
    "Centered Text",
    "Title, 2 Content",
    "Title, 2 Content and Content",
    "Title Only",
    "Blank Slide",
    "Title, Content and 2 Content",
    "Title, 2 Content over Content",
    "Title, Content over Content",
    "Title, 4 Content",
]
FOOTER = (
    "Noordkamp Insurance Group \u00b7 Clear Claims 2028\u20132029 \u00b7 Executive Board, "
    "14 December 2027 \u00b7 Confidential"
)


def cm(x: float) -> Emu:
    return Emu(int(round(x * 360000)))


# =========================================================================== deck helpers

Line = str | tuple[str, float, bool, RGBColor, bool]


def _style(run, size: float, bold: bool, color: RGBColor) -> None:
    run.font.size = Emu(int(size * 12700))
    run.font.bold = bold
    run.font.name = FONT
    run.font.color.rgb = color


def _bullet(paragraph) -> None:
    """A bullet as LibreOffice writes one: OpenSymbol's black circle."""
    ppr = paragraph._p.get_or_add_pPr()
    ppr.set("marL", "288000")
    ppr.set("indent", "-216000")
    font = etree.SubElement(ppr, f"{{{A}}}buFont")
    font.set("typeface", "OpenSymbol")
    char = etree.SubElement(ppr, f"{{{A}}}buChar")
    char.set("char", "\u25cf")


def fill(tf, lines: list[Line], size: float, color: RGBColor = INK, bullets: bool = False) -> None:
    """Write ``lines`` into a text frame, one paragraph each; a line is a string or a tuple
    (text, size, bold, color, bullet)."""
    tf.word_wrap = True
    for i, line in enumerate(lines):
        p = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
        if isinstance(line, tuple):
            text, sz, bold, col, bul = line
        else:
            text, sz, bold, col, bul = line, size, False, color, bullets
        run = p.add_run()
        run.text = text
        _style(run, sz, bold, col)
        if bul:
            _bullet(p)
        if i:
            p.space_before = Emu(int(5 * 12700))


def box(slide, x, y, w, h, lines: list[Line], size: float = 14, color=INK, bullets=False, bg=None):
    shape = slide.shapes.add_textbox(cm(x), cm(y), cm(w), cm(h))
    if bg is not None:
        shape.fill.solid()
        shape.fill.fore_color.rgb = bg
    fill(shape.text_frame, lines, size, color, bullets)
    return shape


def head(text: str, size: float = 13, color: RGBColor = PLUM) -> Line:
    return (text, size, True, color, False)


def quiet(text: str, size: float = 11) -> Line:
    return (text, size, False, SLATE, False)


def title(slide, text: str, eyebrow: str) -> None:
    """The slide's title in its title placeholder, and an eyebrow above it."""
    ph = slide.shapes.title
    ph.left, ph.top, ph.width, ph.height = cm(1.2), cm(0.85), cm(25.6), cm(1.55)
    ph.text_frame.text = ""
    fill(ph.text_frame, [(text, 26, True, INK, False)], 26)
    ph.text_frame.paragraphs[0].alignment = PP_ALIGN.LEFT
    ph.text_frame.vertical_anchor = MSO_ANCHOR.TOP
    box(slide, 1.2, 0.3, 18.0, 0.6, [(eyebrow, 10, True, PLUM, False)])


def footer(slide, n: int) -> None:
    box(slide, 1.2, 14.9, 22.0, 0.6, [quiet(FOOTER, 8)])
    b = box(slide, 24.8, 14.9, 2.0, 0.6, [(str(n), 9, True, SLATE, False)])
    b.text_frame.paragraphs[0].alignment = PP_ALIGN.RIGHT


def table(slide, x, y, w, rows: list[list[str]], widths: list[float], size=11.0, row_h=0.9):
    shape = slide.shapes.add_table(
        len(rows), len(rows[0]), cm(x), cm(y), cm(w), cm(row_h * len(rows))
    )
    tbl = shape.table
    for j, cw in enumerate(widths):
        tbl.columns[j].width = cm(cw)
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            cell = tbl.cell(i, j)
            cell.text_frame.text = ""
            strong = i == 0 or j == 0
            fill(cell.text_frame, [(text, size, strong, WHITE if i == 0 else INK, False)], size)
            cell.fill.solid()
            cell.fill.fore_color.rgb = PLUM if i == 0 else (MIST if j == 0 else WHITE)
    return shape


def notes(slide, lines: list[str]) -> None:
    tf = slide.notes_slide.notes_text_frame
    tf.text = lines[0]
    for line in lines[1:]:
        tf.add_paragraph().text = line


def name_shapes(slide) -> None:
    """Shape names as LibreOffice writes them on export."""
    for k, shape in enumerate(slide.shapes, start=1):
        if shape.is_placeholder:
            shape.name = f"PlaceHolder {k}"
        elif getattr(shape, "has_table", False) and shape.has_table:
            shape.name = f"Table {k}"
        else:
            shape.name = f"TextShape {k}"


# =========================================================================== the deck

TILES_WHY = [
    ("412,600", "home and motor claims in 2026, 9% more than in 2025"),
    ("17.8 days", "on average before a simple claim was paid"),
    ("4 in 100", "claims closed without a handler touching them"),
    ("62%", "of claims still start with a phone call"),
    ("41%", "of a handler's day goes on re-typing and chasing"),
    ("3", "claims systems in three countries, the oldest from 1994"),
]
TILES_STAR = [
    ("35%", "of simple claims settled straight through"),
    ("5 days", "from first notice to payment for a simple claim"),
    ("60%", "of claims reported online or in the app"),
]
PILLARS = [
    (
        "PILLAR 1 \u00b7 TELL US ONCE",
        "Tell us once, in the channel you choose",
        ["Goal: 60% of claims reported online or in the app by the end of RT9 (2026: 38%)"],
        [
            "Open claim reporting in the MyNoordkamp app for home and motor, in Dutch, French "
            "and German",
            "Write one first-notice question set per claim type, used by the app, the web and "
            "the phone alike",
            "Let contact centre agents register phone claims straight into Nexa, with no call sheet",
            "Send claimants a status message at each step, by app or text message",
        ],
        [],
        "Lead: Head of Digital Channels, with the Head of Customer Contact, Claims",
    ),
    (
        "PILLAR 2 \u00b7 STRAIGHT THROUGH, SAFELY",
        "Simple claims should settle themselves",
        [
            "Goal: 35% of simple claims settled straight through by the end of RT9 (2026: 4%)",
            "Goal: 35% of fraud referrals confirmed by the SIU by the end of RT9 (2026: 18%)",
        ],
        [
            "Write straight-through rules for claims with clear cover and a value under \u20ac2,500",
            "Score every claim for fraud at first notice with Sentinel, before any payment",
            "Pay approved claims by instant SEPA transfer within one working day",
            "Route flagged claims to the SIU within four hours, with the reasons shown",
        ],
        ["Our internal control rules cap any payment without a second approver at \u20ac2,500."],
        "Lead: Head of Claims Technical Standards, with the Fraud Analytics Lead",
    ),
    (
        "PILLAR 3 \u00b7 REPAIR FIRST",
        "Repair first, pay out second",
        ["Goal: 65% of motor repairs through partner repairers by the end of RT8 (2026: 41%)"],
        [
            "Connect our partner garages to Nexa through PartnerLink, with photo estimates",
            "Cleanse the repairer master data before it moves: bank details, labour rates, brands",
            "Build a contractor panel for water damage in Germany and Belgium",
            "Move partner invoices to e-invoicing in all three countries",
        ],
        [],
        "Lead: Supplier Network Manager, Motor, with the Supplier Network Manager, Property",
    ),
    (
        "PILLAR 4 \u00b7 A BETTER WORKING DAY",
        "One platform, and a working day without re-typing",
        [
            "Goal: every new home and motor claim in all three units registered in Nexa by the "
            "end of RT7",
            "Goal: handler time spent re-keying under 15% of the day by the end of RT9 (2026: 41%)",
            "And a working day our handlers would recommend to a friend",
        ],
        [
            "Move open claims from ClaimBase and SCHADEN/400 to Nexa, one country unit at a time",
            "Certify every handler on the Technical Claims Certificate before they work in Nexa",
            "Train 641 handlers on Nexa in their own teams, one train before their unit moves",
            "Give every team a shared daily work queue in Nexa instead of personal in-trays",
        ],
        [],
        "Lead: Group Claims Director, with the Head of Claims Systems",
    ),
]
KPI_ROWS = [
    ["Measure", "2026 baseline", "Target", "By when"],
    ["Simple claims settled straight through", "4%", "35%", "End of RT9"],
    ["Cycle time, simple claims (first notice to payment)", "17.8 days", "5 days", "End of RT9"],
    ["Claims reported online or in the app", "38%", "60%", "End of RT9"],
    ["Glass claims paid within 24 hours of first notice", "9%", "80%", "End of RT4"],
    ["Motor repairs through partner repairers", "41%", "65%", "End of RT8"],
    ["Fraud referrals confirmed by the SIU", "18%", "35%", "End of RT9"],
    ["Handler time spent re-keying (team time study)", "41% of the day", "Under 15%", "End of RT9"],
    [
        "Customer effort after a claim (1 easy, 7 hard)",
        "3.4 (Netherlands only)",
        "Lower",
        "To be set",
    ],
]
TRAINS = [f"RT{k}" for k in range(1, 10)]
ROADMAP = [
    ["Workstream", *TRAINS, "Parked for after RT9"],
    ["Phase", "Foundations", "", "Prove it", "", "Scale", "", "", "Hand over", "", ""],
    [
        "Nexa platform",
        "tenant",
        "\u25cf",
        "NL motor",
        "\u25cf",
        "\u25c6 DE history",
        "BE, DE",
        "all units",
        "\u25cf",
        "switch-off",
        "Commercial and fleet lines on Nexa",
    ],
    [
        "Tell us once",
        "",
        "question sets",
        "app (NL)",
        "\u25cf",
        "app (BE, DE)",
        "\u25cf",
        "\u25cf",
        "\u25cf",
        "\u25cf",
        "Voice reporting by phone bot",
    ],
    [
        "Straight through and fraud",
        "DPIA",
        "rule book",
        "shadow scoring",
        "glass lane live",
        "home, NL",
        "motor, BE",
        "DE",
        "\u25cf",
        "\u25cf",
        "Total-loss salvage auctions",
    ],
    [
        "Repair first",
        "data cleanse",
        "\u25cf",
        "glass partners",
        "garages NL",
        "garages BE",
        "contractor panel",
        "e-invoices",
        "\u25cf",
        "\u25cf",
        "Our own body shops",
    ],
    [
        "Handlers' day",
        "time study",
        "certificate",
        "training NL",
        "\u25cf",
        "training BE",
        "training DE",
        "\u25cf",
        "queues, all units",
        "hand over",
        "Self-rostering for handlers",
    ],
    ["Gates", "", "Gate A", "", "Gate B", "", "", "Gate C", "", "Close-out", ""],
]
RISKS = [
    ["Risk", "Likelihood", "Impact", "What we will do"],
    [
        "R1 Sentinel stops too many honest claims and straight-through stays low",
        "Medium",
        "High",
        "Tune score thresholds every week for the first eight weeks of each new claim type",
    ],
    [
        "R2 SCHADEN/400 history does not come out cleanly",
        "High",
        "High",
        "Contract SCHADEN/400's original developer for three trains to write and test the extract",
    ],
    [
        "R3 The Betriebsrat has not agreed the works agreement by the German go-live",
        "Medium",
        "High",
        "Show the Betriebsrat every Nexa report before it is switched on in Germany",
    ],
    [
        "R4 A storm night floods the new app and the phone lines at once",
        "Medium",
        "High",
        "Keep a storm mode: a short app form and overflow calls to the M\u00f6nchrath night team",
    ],
    [
        "R5 Belgian garages will not sign the new partner terms",
        "Medium",
        "Medium",
        "Pay Belgian partner garages within five days of a correct e-invoice",
    ],
]


def build_deck() -> bytes:
    prs = Presentation()
    prs.slide_width = Emu(10080000)
    prs.slide_height = Emu(5670000)
    for layout, name in zip(prs.slide_layouts, LAYOUT_NAMES, strict=True):
        layout._element.cSld.set("name", name)
    cover, title_only = prs.slide_layouts[0], prs.slide_layouts[5]
    n = 0

    def new(eyebrow: str, text: str):
        nonlocal n
        n += 1
        s = prs.slides.add_slide(title_only)
        title(s, text, eyebrow)
        footer(s, n)
        return s

    # 1 cover
    n += 1
    s = prs.slides.add_slide(cover)
    ph = s.shapes.title
    ph.left, ph.top, ph.width, ph.height = cm(1.8), cm(4.2), cm(24.4), cm(2.4)
    fill(ph.text_frame, [("Clear Claims 2028\u20132029", 44, True, INK, False)], 44)
    ph.text_frame.paragraphs[0].alignment = PP_ALIGN.LEFT
    sub = s.placeholders[1]
    sub.left, sub.top, sub.width, sub.height = cm(1.8), cm(6.8), cm(24.4), cm(4.0)
    fill(
        sub.text_frame,
        [
            (
                "Home and motor claims, rebuilt: one platform, three countries, nine release trains",
                20,
                False,
                PLUM,
                False,
            ),
            quiet(
                "Noordkamp Insurance Group \u00b7 Executive Board, 14 December 2027 \u00b7 Agenda "
                "item 4",
                14,
            ),
            quiet("Presented by the Chief Operating Officer and the Group Claims Director", 14),
        ],
        20,
    )
    for p in sub.text_frame.paragraphs:
        p.alignment = PP_ALIGN.LEFT
    name_shapes(s)

    # 2 why now
    s = new("CONTEXT \u00b7 2026", "Why now: claims take too long and cost too much")
    for k, (big, label) in enumerate(TILES_WHY):
        x = 1.2 + (k % 3) * 8.7
        y = 2.9 + (k // 3) * 3.6
        box(s, x, y, 8.2, 1.4, [(big, 30, True, PLUM, False)])
        box(s, x, y + 1.4, 8.2, 1.5, [(label, 13, False, INK, False)])
    box(
        s,
        1.2,
        10.4,
        25.6,
        3.6,
        [
            head("Worth knowing", 12, SLATE),
            quiet("In 2019 we paid 96% of the Whitsun hailstorm claims within 30 days.", 12),
            quiet(
                "A German direct insurer advertises payment of simple home claims within 48 hours.",
                12,
            ),
            quiet(
                "All figures are calendar 2026, from the Lumen warehouse, and from a time study in "
                "Amersveld for handlers' time.",
                12,
            ),
        ],
    )
    name_shapes(s)

    # 3 north star, three tiles, the phases without dates
    s = new("NORTH STAR", "Where we are going")
    box(
        s,
        1.2,
        2.6,
        25.6,
        2.1,
        [
            (
                "Claims that put things right quickly, fairly and without fuss.",
                24,
                True,
                INK,
                False,
            )
        ],
    )
    box(
        s,
        1.2,
        4.8,
        25.6,
        2.3,
        [
            "For customers: tell us once, and see the claim settled or repaired without chasing.",
            "For handlers: a day spent on judgement, not on re-typing.",
            "For the group: lower handling cost and less leakage, with fraud caught before we pay.",
        ],
        14,
        bullets=True,
    )
    box(s, 1.2, 7.1, 25.6, 0.7, [head("Three numbers for 30 September 2029, the last day of RT9")])
    for k, (big, label) in enumerate(TILES_STAR):
        x = 1.2 + k * 8.7
        box(s, x, 7.9, 8.2, 1.5, [(big, 34, True, PLUM, False)], bg=MIST)
        box(s, x, 9.4, 8.2, 1.3, [(label, 13, False, INK, False)], bg=MIST)
    box(
        s,
        1.2,
        11.1,
        25.6,
        1.9,
        [
            head("Four steps to get there"),
            (
                "Foundations \u2192 Prove it \u2192 Scale \u2192 Hand over",
                16,
                True,
                INK,
                False,
            ),
        ],
    )
    name_shapes(s)

    # 4 the clock
    s = new("HOW WE KEEP TIME", "Nine release trains, ten weeks each")
    box(
        s,
        1.2,
        2.8,
        25.6,
        8.4,
        [
            "Release train 1 starts Monday 10 January 2028; every train runs ten weeks.",
            "Nine trains, RT1 to RT9: 90 weeks, ending Sunday 30 September 2029.",
            "In every train: eight weeks of building, one week of hardening, and one week to "
            "plan the next train.",
            "Each train ends with a system demo; its release goes live on the Monday after, "
            "country by country.",
            "Gates fall at the end of RT2, RT4 and RT7; the close-out review at the end of RT9.",
            "Where this deck says \u2018end of RTn\u2019, it means the Sunday on which that "
            "train ends.",
        ],
        16,
        bullets=True,
    )
    box(
        s,
        1.2,
        11.6,
        25.6,
        1.2,
        [quiet("No go-live between 16 December and 9 January, while the books are closed.", 13)],
    )
    notes(
        s,
        [
            "The trains run back to back; there is no gap between one train and the next.",
            "The year-end closing stops go-lives, not the trains: building goes on.",
        ],
    )
    name_shapes(s)

    # 5 the pillars on a page
    s = new("STRATEGY ON A PAGE", "Four pillars on one new platform")
    cards = [
        (
            "1 Tell us once",
            "Claims reported in the app, on the web or by phone, with the same questions "
            "everywhere.",
        ),
        (
            "2 Straight through, safely",
            "Simple claims settle without a handler; every claim is screened for fraud first.",
        ),
        (
            "3 Repair first",
            "Partner garages and contractors fix the damage; we pay them, not the customer.",
        ),
        (
            "4 A better working day",
            "One platform for all three countries, and no more re-typing.",
        ),
    ]
    for k, (name, line) in enumerate(cards):
        box(
            s,
            1.2 + k * 6.45,
            2.9,
            6.1,
            6.6,
            [head(name, 16), (line, 13, False, INK, False)],
            bg=MIST,
        )
    box(
        s,
        1.2,
        10.2,
        25.6,
        1.4,
        [
            (
                "Underneath all four: Nexa, our new claims platform, replacing ClaimBase in the "
                "Netherlands and Belgium and SCHADEN/400 in Germany.",
                14,
                True,
                INK,
                False,
            )
        ],
    )
    name_shapes(s)

    # 6-9 the pillars
    for eyebrow, headline, goals, initiatives, extra, lead in PILLARS:
        s = new(eyebrow, headline)
        box(
            s,
            1.2,
            2.6,
            25.6,
            3.1,
            [head("What we aim for"), *[(g, 14, True, INK, False) for g in goals]],
        )
        box(
            s,
            1.2,
            5.9,
            25.6,
            6.0,
            [head("What we will do"), *[(i, 14, False, INK, True) for i in initiatives]],
        )
        tail: list[Line] = [quiet(x, 12) for x in extra] + [(lead, 12, True, SLATE, False)]
        box(s, 1.2, 12.2, 25.6, 1.8, tail)
        name_shapes(s)

    # 10 the first claim type
    s = new("PROVING IT FIRST", "One claim type, one country, one summer")
    box(
        s,
        1.2,
        2.7,
        12.6,
        8.6,
        [
            (
                "We prove straight-through settlement first on windscreen and car-window glass "
                "claims from Noordkamp Nederland's motor customers, settled by the Amersveld "
                "claims centre.",
                15,
                True,
                INK,
                False,
            ),
            (
                "Why glass: 38,900 claims a year, clear cover, four national repair partners, and a "
                "team in Amersveld that asked to go first.",
                13,
                False,
                INK,
                False,
            ),
            head("What we must see at Gate B"),
            ("80% of glass claims paid within 24 hours by the end of RT4", 13, False, INK, True),
            ("No confirmed fraud among straight-through payments", 13, False, INK, True),
            ("Most handlers on the glass desk vote to keep the lane", 13, False, INK, True),
        ],
    )
    box(
        s,
        14.4,
        2.7,
        12.4,
        8.6,
        [
            head("Steps, counted from go-live (GL)"),
            quiet("GL is Monday 7 August 2028, the first day of RT4.", 12),
            (
                "GL \u2212 8 weeks: connect the four national glass repair partners to Nexa",
                13,
                False,
                INK,
                True,
            ),
            (
                "GL \u2212 4 weeks: run Sentinel scores in shadow on every glass claim",
                13,
                False,
                INK,
                True,
            ),
            (
                "GL: glass claims reported in the app settle without a handler, up to \u20ac1,200",
                13,
                False,
                INK,
                True,
            ),
            (
                "GL + 4 weeks: the SIU reviews every straight-through payment of the first four "
                "weeks",
                13,
                False,
                INK,
                True,
            ),
            (
                "GL + 9 weeks: results to the Claims Programme Board for Gate B",
                13,
                False,
                INK,
                True,
            ),
        ],
        bg=MIST,
    )
    name_shapes(s)

    # 11 scenarios and what is not in scope
    s = new("SCENARIOS", "Four claims this plan is about")
    scenes = [
        (
            "A cracked windscreen, reported in the app on a Sunday evening",
            "Paid, or booked in for repair, before Monday, with no handler involved.",
        ),
        (
            "A burst pipe (escape of water) in a German family home, reported by phone at night",
            "The night team sends a drying firm from the contractor panel within four hours.",
        ),
        (
            "A rear-end collision in Belgium, repaired at a partner garage",
            "Photo estimate in PartnerLink, repair approved in a day, the garage paid in five.",
        ),
        (
            "A storm night: 5,000 home claims in 48 hours",
            "Storm mode in the app and on the phones; Sentinel and the SIU keep up.",
        ),
    ]
    for k, (name, line) in enumerate(scenes):
        box(
            s,
            1.2 + (k % 2) * 9.2,
            2.7 + (k // 2) * 4.6,
            8.8,
            4.2,
            [head(name, 14, INK), (line, 12, False, SLATE, False)],
            bg=MIST,
        )
    box(
        s,
        19.8,
        2.7,
        7.0,
        8.8,
        [
            head("Not in scope"),
            ("Bodily injury and liability claims", 12, False, INK, True),
            ("Commercial, fleet and agricultural policies", 12, False, INK, True),
            ("Legal expenses and travel insurance", 12, False, INK, True),
            ("Claims handled by brokers under delegated authority", 12, False, INK, True),
            ("Recovery from other insurers (subrogation)", 12, False, INK, True),
        ],
    )
    name_shapes(s)

    # 12 the KPI table
    s = new("MEASURES", "How we will know: eight measures")
    box(
        s,
        1.2,
        2.5,
        25.6,
        0.7,
        [
            quiet(
                "Baselines are calendar 2026; for the end of each train, see the clock on slide 4.",
                12,
            )
        ],
    )
    table(s, 1.2, 3.3, 25.6, KPI_ROWS, [12.4, 5.0, 3.6, 4.6], 12, 1.1)
    name_shapes(s)

    # 13 the roadmap
    s = new("ROADMAP", "The roadmap: RT1 to RT9")
    shape = table(s, 1.2, 2.6, 25.6, ROADMAP, [3.7, *[1.95] * 9, 4.35], 9, 1.3)
    tbl = shape.table
    for first, last in [(1, 2), (3, 4), (5, 7), (8, 9)]:
        tbl.cell(1, first).merge(tbl.cell(1, last))
    box(
        s,
        1.2,
        13.3,
        25.6,
        1.0,
        [
            quiet(
                "\u25cf work continues \u00b7 \u25c6 milestone \u00b7 NL, BE, DE: the three country units",
                10,
            )
        ],
    )
    notes(
        s,
        [
            "The last column is where work goes that we chose not to do now.",
            "Parked work is not part of this plan, its 90 weeks or its budget.",
        ],
    )
    name_shapes(s)

    # 14 phases dated, gates and their criteria
    s = new("PHASES AND GATES", "What good looks like at each gate")
    box(
        s,
        1.2,
        2.7,
        10.4,
        11.4,
        [
            head("Four phases"),
            (
                "Trains 1\u20132 \u00b7 Foundations \u00b7 10 January to 28 May 2028",
                13,
                True,
                INK,
                False,
            ),
            (
                "Trains 3\u20134 \u00b7 Prove it on glass \u00b7 29 May to 15 October 2028",
                13,
                True,
                INK,
                False,
            ),
            (
                "Trains 5\u20137 \u00b7 Scale to all three units \u00b7 16 October 2028 to 13 May 2029",
                13,
                True,
                INK,
                False,
            ),
            (
                "Trains 8\u20139 \u00b7 Hand over to the claims line \u00b7 14 May to 30 September 2029",
                13,
                True,
                INK,
                False,
            ),
            head("One date to watch"),
            (
                "Milestone, end of RT5: German claim history from SCHADEN/400 loaded into Nexa",
                13,
                False,
                INK,
                False,
            ),
        ],
    )
    box(
        s,
        12.2,
        2.7,
        14.6,
        11.4,
        [
            head("Gate A, end of RT2: ready to prove", 12),
            "\u2013 Nexa entered in the DORA register of information, with an exit plan signed off",
            "\u2013 The straight-through rule book approved for the first claim type",
            head("Gate B: go or no-go for Scale", 12),
            "\u2013 80% of glass claims paid within 24 hours for six weeks running",
            "\u2013 The SIU has reviewed every straight-through payment since GL",
            "\u2013 The Nexa works agreement signed with the Betriebsrat",
            "\u2013 All three shown to the Claims Programme Board by Friday 13 October 2028",
            head("Gate C, end of RT7: ready to hand over", 12),
            "\u2013 ClaimBase closed to new claims in the Netherlands and Belgium",
            "\u2013 Every handler certified and trained before their unit moved",
            head("Close-out review, end of RT9: benefits handed to the Group Claims Director", 12),
        ],
        11,
    )
    name_shapes(s)

    # 15 risks
    s = new("RISKS", "What could knock a train off the rails")
    table(s, 1.2, 2.7, 25.6, RISKS, [9.4, 2.6, 2.2, 11.4], 11, 1.8)
    name_shapes(s)

    # 16 the first 90 days
    s = new("THE FIRST 90 DAYS", "Clear the tracks: our first 90 days")
    box(
        s,
        1.2,
        2.5,
        25.6,
        0.7,
        [quiet("10 January to 8 April 2028: RT1 and the first three weeks of RT2", 12)],
    )
    box(
        s,
        1.2,
        3.4,
        25.6,
        10.6,
        [
            "1. Appoint the Product Owner and the Release Train Engineer (Chief Operating Officer)",
            "2. Sign the Nexa subscription after the DORA pre-assessment (Head of Claims Systems)",
            "3. Start the DPIA for fraud screening with the Data Protection Officer (Fraud Lead)",
            "4. Export a full year of repairer invoices and labour rates for cleansing "
            "(Network Manager, Motor)",
            "5. Table the Nexa works agreement with the Betriebsrat (HR Business Partner)",
            "6. Run a two-week handler time study in M\u00f6nchrath, with the Betriebsrat's "
            "consent (Head of Claims, Germany)",
            "7. Publish the first Clear Claims scorecard from Lumen (Head of Claims Finance and MI)",
        ],
        14,
    )
    name_shapes(s)

    # 17 what changes on Monday
    s = new("FOR EVERY CLAIMS TEAM", "What changes on Monday morning")
    box(
        s,
        1.2,
        2.5,
        25.6,
        0.7,
        [quiet("From Monday 10 January 2028, in Amersveld, Hasselbrugge and M\u00f6nchrath", 12)],
    )
    box(
        s,
        1.2,
        3.4,
        25.6,
        9.0,
        [
            "Each team starts the day with a 15-minute stand-up at its work queue",
            "Handlers note any claim that could have settled itself on the team board",
            "Every phone claim follows the new first-notice questions, read from the screen",
            "No change to ClaimBase or SCHADEN/400 except legal and security fixes",
            "Every train's system demo is open to any handler who wants to come",
        ],
        16,
        bullets=True,
    )
    name_shapes(s)

    # 18 governance
    s = new("GOVERNANCE", "Who decides")
    box(
        s,
        1.2,
        2.7,
        25.6,
        11.0,
        [
            "Sponsor: the Chief Operating Officer, who chairs the Claims Programme Board",
            "The board meets every second Tuesday while a train runs, and at each gate",
            "Members: the Group Claims Director, the Programme Director, the three Heads of "
            "Claims Operations, the Head of Claims Systems and the Head of Claims Finance and MI",
            "Consulted before each gate: the Betriebsrat in M\u00f6nchrath and the Data "
            "Protection Officer",
            "The Release Train Engineer runs the train calendar; the Product Owner decides what "
            "each train builds",
            "BaFin, the AFM and the NBB are informed under our outsourcing and DORA duties",
            "Monthly scorecard from the Lumen warehouse, in the Claims Cockpit",
        ],
        15,
        bullets=True,
    )
    name_shapes(s)

    # 19 money
    s = new("INVESTMENT", "What it costs: \u20ac41.7m over nine trains")
    table(
        s,
        1.2,
        2.7,
        15.0,
        [
            ["Item", "\u20acm"],
            ["Nexa subscription and implementation partner", "17.9"],
            ["Data migration and switch-off of the old systems", "6.2"],
            ["App and web claim reporting", "4.1"],
            ["Fraud screening (Sentinel extension)", "2.3"],
            ["Repairer and contractor networks", "3.4"],
            ["Training, certification and backfill", "5.6"],
            ["Programme team", "2.2"],
        ],
        [12.0, 3.0],
        12,
        1.0,
    )
    box(
        s,
        17.0,
        2.7,
        9.8,
        8.0,
        [
            head("Phasing"),
            (
                "\u20ac14.6m in Trains 1\u20134, \u20ac27.1m in Trains 5\u20139",
                14,
                False,
                INK,
                False,
            ),
            head("What it returns"),
            (
                "Expected run-rate saving of \u20ac19.5m a year from 2030, mostly handling "
                "expense and leakage",
                14,
                False,
                INK,
                False,
            ),
        ],
    )
    name_shapes(s)

    # 20 asks
    s = new("DECISIONS", "What we ask of the Executive Board today")
    box(
        s,
        1.2,
        2.7,
        25.6,
        7.6,
        [
            "Approve Clear Claims 2028\u20132029: nine release trains, 10 January 2028 to 30 "
            "September 2029",
            "Release \u20ac14.6m for Trains 1 to 4",
            "Delegate Gates A, B and C to the Chief Operating Officer as sponsor",
            "Agree glass claims as the first claim type to settle straight through",
        ],
        16,
        bullets=True,
    )
    box(
        s,
        1.2,
        10.8,
        25.6,
        2.0,
        [
            (
                "By the end of RT9, 30 September 2029, a simple claim is paid in five days and one "
                "in three settles itself.",
                16,
                True,
                PLUM,
                False,
            )
        ],
    )
    name_shapes(s)

    buf = io.BytesIO()
    core = prs.core_properties
    core.title = "Clear Claims 2028\u20132029"
    core.author = "Programme Office, Clear Claims"
    core.last_modified_by = "Programme Office, Clear Claims"
    core.revision = 23
    core.subject = ""
    core.keywords = ""
    core.comments = ""
    prs.save(buf)
    return normalize_zip(_as_libreoffice(buf.getvalue(), n), STAMP)


def _as_libreoffice(data: bytes, slides: int) -> bytes:
    """Rewrite python-pptx's package as LibreOffice Impress saves a PPTX: its own app.xml, the
    entries sorted ([Content_Types].xml first)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    parts = {name: src.read(name) for name in src.namelist()}
    notes = sum(1 for p in parts if re.fullmatch(r"ppt/notesSlides/notesSlide\d+\.xml", p))
    paragraphs = sum(
        len(re.findall(rb"<a:p>|<a:p ", body))
        for name, body in parts.items()
        if re.fullmatch(r"ppt/slides/slide\d+\.xml", name)
    )
    parts["docProps/app.xml"] = APP_XML.format(
        application=APPLICATION, paragraphs=paragraphs, slides=slides, notes=notes
    ).encode("utf-8")
    names = ["[Content_Types].xml"] + sorted(p for p in parts if p != "[Content_Types].xml")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in names:
            dst.writestr(zipfile.ZipInfo(name, date_time=STAMP.zip_time), parts[name])
    return out.getvalue()


# =========================================================================== the roster (JSON)


def _pos(pid: str, title_: str, boss: str | None, remit: str, role: str, cc: str) -> dict:
    return {
        "positionId": pid,
        "title": title_,
        "reportsTo": boss,
        "remit": remit,
        "costCentre": cc,
        "programmeRole": role,
    }


CHARTER_REF = "See the Claims Governance Charter, section {}."

UNITS = {
    "unitId": "ORG-100",
    "name": "Executive Board",
    "legalEntity": "Noordkamp Insurance Group N.V.",
    "location": "Amersveld",
    "positions": [
        _pos(
            "P-0001",
            "Chief Executive Officer",
            None,
            "Chairs the Executive Board of Noordkamp Insurance Group and the boards of the three "
            "country companies; approves the group plan and budget with the Executive Board.",
            "Extended",
            "1000",
        ),
        _pos(
            "P-0100",
            "Chief Operating Officer",
            "P-0001",
            "Executive Board member for claims, operations, IT and HR in the Netherlands, Belgium "
            "and Germany. Sponsor of Clear Claims and chair of the Claims Programme Board; takes "
            "the programme's gate decisions under the Executive Board's delegation and releases "
            "its budget phase by phase.",
            "Core",
            "1000",
        ),
    ],
    "units": [
        {
            "unitId": "ORG-200",
            "name": "Group Claims",
            "legalEntity": "Noordkamp Insurance Group N.V.",
            "location": "Amersveld",
            "positions": [
                _pos(
                    "P-0200",
                    "Group Claims Director",
                    "P-0100",
                    "Runs home and motor claims in the three countries through the three Heads of "
                    "Claims Operations. Owns claims cycle time, customer effort after a claim and "
                    "the handlers' working day across the group, and receives Clear Claims from "
                    "the programme at close-out.",
                    "Core",
                    "2000",
                ),
                _pos(
                    "P-0210",
                    "Programme Director, Clear Claims",
                    "P-0100",
                    "Runs the Clear Claims plan, its risk log, the 90-day plans and the gate "
                    "papers, and keeps the four pillars in step. Owns no claims team, system or "
                    "budget line.",
                    "Core",
                    "2090",
                ),
                _pos(
                    "P-0211",
                    "Release Train Engineer, Claims",
                    "P-0210",
                    CHARTER_REF.format(5),
                    "Core",
                    "2090",
                ),
                _pos(
                    "P-0212",
                    "Product Owner, Claims Platform",
                    "P-0200",
                    CHARTER_REF.format(4),
                    "Core",
                    "2090",
                ),
            ],
            "units": [
                {
                    "unitId": "ORG-210",
                    "name": "Claims Netherlands",
                    "legalEntity": "Noordkamp Verzekeringen N.V.",
                    "location": "Amersveld",
                    "positions": [
                        _pos(
                            "P-0300",
                            "Head of Claims Operations, Netherlands",
                            "P-0200",
                            "Runs the Amersveld claims centre (212 handlers) for Noordkamp "
                            "Verzekeringen's home and motor books, including the Dutch glass desk "
                            "and the motor desk, the centre's team rotas and Dutch go-live dates.",
                            "Core",
                            "2100",
                        )
                    ],
                    "units": [],
                },
                {
                    "unitId": "ORG-220",
                    "name": "Claims Belgium",
                    "legalEntity": "Noordkamp Verzekeringen / Assurances NV",
                    "location": "Hasselbrugge",
                    "positions": [
                        _pos(
                            "P-0310",
                            "Head of Claims Operations, Belgium",
                            "P-0200",
                            "Runs the Hasselbrugge claims centre (128 handlers, Dutch and French "
                            "speaking) for the Belgian home and motor books, its scanning room and "
                            "Belgian go-live dates.",
                            "Core",
                            "2200",
                        )
                    ],
                    "units": [],
                },
                {
                    "unitId": "ORG-230",
                    "name": "Schaden Deutschland",
                    "legalEntity": "Noordkamp Versicherung AG",
                    "location": "M\u00f6nchrath",
                    "positions": [
                        _pos(
                            "P-0320",
                            "Head of Claims Operations, Germany",
                            "P-0200",
                            "Runs the M\u00f6nchrath claims centre (301 handlers) for Noordkamp "
                            "Versicherung's home and motor books, the German night team for home "
                            "emergencies, handler time studies in Germany and German go-live "
                            "dates.",
                            "Core",
                            "2300",
                        ),
                        _pos(
                            "P-1100",
                            "Chair, Betriebsrat M\u00f6nchrath",
                            None,
                            "Elected chair of the works council (Betriebsrat) of Noordkamp "
                            "Versicherung AG. Not in line management; consulted on Clear Claims, "
                            "never given programme work.",
                            "Consult only",
                            "2399",
                        ),
                    ],
                    "units": [],
                },
                {
                    "unitId": "ORG-240",
                    "name": "Claims Technical Standards",
                    "legalEntity": "Noordkamp Insurance Group N.V.",
                    "location": "Amersveld",
                    "positions": [
                        _pos(
                            "P-0400",
                            "Head of Claims Technical Standards",
                            "P-0200",
                            "Owns the cover and settlement rules for home and motor claims, the "
                            "first-notice questions asked for each claim type, the "
                            "straight-through rule book and handlers' settlement authority "
                            "levels. Awards and renews the Technical Claims Certificate that every "
                            "handler must hold before settling claims.",
                            "Core",
                            "2400",
                        )
                    ],
                    "units": [],
                },
                {
                    "unitId": "ORG-250",
                    "name": "Fraud and Investigations",
                    "legalEntity": "Noordkamp Insurance Group N.V.",
                    "location": "Amersveld",
                    "positions": [
                        _pos(
                            "P-0500",
                            "Head of Special Investigations",
                            "P-0200",
                            "Leads the Special Investigations Unit (SIU, 23 investigators in the "
                            "three countries): investigates referred claims, decides refusals for "
                            "fraud, and reports to the police and to the industry registers (CIS, "
                            "Datassur, HIS). Owns the SIU case log and the confirmed-referral "
                            "rate.",
                            "Core",
                            "2500",
                        ),
                        _pos(
                            "P-0510",
                            "Fraud Analytics Lead",
                            "P-0500",
                            CHARTER_REF.format(6),
                            "Core",
                            "2500",
                        ),
                    ],
                    "units": [],
                },
                {
                    "unitId": "ORG-260",
                    "name": "Supplier Networks",
                    "legalEntity": "Noordkamp Insurance Group N.V.",
                    "location": "Amersveld",
                    "positions": [
                        _pos(
                            "P-0600",
                            "Supplier Network Manager, Motor",
                            "P-0200",
                            "Manages the partner garages, glass repairers and towing firms in the "
                            "three countries: contracts, labour rates, the repairer master data in "
                            "PartnerLink and each repairer's performance.",
                            "Core",
                            "2600",
                        ),
                        _pos(
                            "P-0610",
                            "Supplier Network Manager, Property",
                            "P-0200",
                            "Manages the home repair contractors (plumbers, drying and restoration "
                            "firms, roofers, glaziers) in the three countries: contracts, rates, "
                            "the approved contractor list and contractor performance.",
                            "Core",
                            "2600",
                        ),
                    ],
                    "units": [],
                },
                {
                    "unitId": "ORG-270",
                    "name": "Customer Contact, Claims",
                    "legalEntity": "Noordkamp Insurance Group N.V.",
                    "location": "Amersveld",
                    "positions": [
                        _pos(
                            "P-0700",
                            "Head of Customer Contact, Claims",
                            "P-0200",
                            "Runs the claims phone lines and the 24/7 home emergency line in "
                            "Dutch, French and German, claimant letters and status messages, and "
                            "the storm plan for the contact centres.",
                            "Core",
                            "2700",
                        )
                    ],
                    "units": [],
                },
                {
                    "unitId": "ORG-280",
                    "name": "Claims Finance and MI",
                    "legalEntity": "Noordkamp Insurance Group N.V.",
                    "location": "Amersveld",
                    "positions": [
                        _pos(
                            "P-0800",
                            "Head of Claims Finance and MI",
                            "P-0200",
                            "Owns claim payments and payment runs, partner invoices and their "
                            "approval, and the rule that a payment above EUR 2,500 needs a second "
                            "approver. Runs the claims MI team, which keeps the claims data mart "
                            "in the Lumen warehouse and the Claims Cockpit dashboards and "
                            "publishes the monthly claims scorecard.",
                            "Core",
                            "2800",
                        )
                    ],
                    "units": [],
                },
            ],
        },
        {
            "unitId": "ORG-300",
            "name": "Digital and IT",
            "legalEntity": "Noordkamp Insurance Group N.V.",
            "location": "Amersveld",
            "positions": [
                _pos(
                    "P-0900",
                    "Head of Claims Systems",
                    "P-0100",
                    "Owns Nexa as a service (tenant, integrations, environments, and the contract "
                    "with its vendor with its DORA register entry and exit plan), the data "
                    "migration from ClaimBase and SCHADEN/400, and the switch-off of both.",
                    "Core",
                    "3000",
                ),
                _pos(
                    "P-0910",
                    "Head of Digital Channels",
                    "P-0100",
                    "Owns the MyNoordkamp app and noordkamp.eu: screens, log-in, app releases and "
                    "the look and flow of online forms. The questions a claim form asks belong to "
                    "the Head of Claims Technical Standards.",
                    "Core",
                    "3100",
                ),
            ],
            "units": [],
        },
        {
            "unitId": "ORG-400",
            "name": "People",
            "legalEntity": "Noordkamp Insurance Group N.V.",
            "location": "Amersveld",
            "positions": [
                _pos(
                    "P-1000",
                    "HR Business Partner, Claims",
                    "P-0100",
                    "HR for the three claims centres: works agreements and consultation with the "
                    "Betriebsrat in M\u00f6nchrath and the works councils in Amersveld and "
                    "Hasselbrugge, job profiles, handler recruitment and the terms of rotas.",
                    "Core",
                    "4000",
                ),
                _pos(
                    "P-1010",
                    "Claims Academy Lead",
                    "P-1000",
                    "Runs the Claims Academy: induction, system training for claims staff in "
                    "three languages, the training calendar and the LearnHub platform. Does not "
                    "award or renew the Technical Claims Certificate.",
                    "Core",
                    "4100",
                ),
            ],
            "units": [],
        },
        {
            "unitId": "ORG-500",
            "name": "Data Protection Office",
            "legalEntity": "Noordkamp Insurance Group N.V.",
            "location": "Amersveld",
            "positions": [
                _pos(
                    "P-1200",
                    "Data Protection Officer",
                    "P-0001",
                    "Heads the Data Protection Office for the group. Independent under Article 38 "
                    "GDPR: advises, monitors compliance and is consulted on every data protection "
                    "impact assessment; owns no processing and leads no programme work.",
                    "Consult only",
                    "5000",
                )
            ],
            "units": [],
        },
    ],
}

EXPORT = {
    "exportInfo": {
        "system": "PeopleHub",
        "report": "ORG_UNITS_POSITIONS_V3",
        "generatedAt": "2027-11-29T06:15:00+01:00",
        "generatedBy": "svc-peoplehub-export",
        "company": "Noordkamp Insurance Group",
        "filter": "Perimeter: Clear Claims programme",
        "note": "programmeRole is kept by the Clear Claims programme office: Core, Extended or "
        "Consult only.",
    },
    "units": [UNITS],
}


def roster_json() -> str:
    return json.dumps(EXPORT, indent=2, ensure_ascii=False) + "\n"


# =========================================================================== org texts

CHARTER = """
# Claims Governance Charter

Noordkamp Insurance Group, Group Claims. Version 2.1, approved by the Executive Board on
9 November 2027. Owner: Group Claims Director.

## 1. Purpose

This charter says who decides what in home and motor claims while Clear Claims runs, and who
does which work on the programme. It applies to Noordkamp Verzekeringen N.V., Noordkamp
Verzekeringen / Assurances NV and Noordkamp Versicherung AG.

## 2. The Claims Programme Board

- Chair: the Chief Operating Officer, sponsor of Clear Claims.
- Members: the Group Claims Director, the Programme Director, Clear Claims, the three Heads of
  Claims Operations, the Head of Claims Systems and the Head of Claims Finance and MI.
- The board meets every second Tuesday while a release train runs, and at each gate.
- The chair takes the gate decisions after hearing the members, under the Executive Board's
  delegation, and releases the budget phase by phase.

## 3. Decision rights in claims

- Cover and settlement rules, the first-notice questions and the straight-through rule book:
  the Head of Claims Technical Standards.
- Fraud score thresholds: the Fraud Analytics Lead, with the Head of Special Investigations
  informed of every change.
- Refusing a claim for fraud: the Head of Special Investigations.
- Go-live dates in a country: that country's Head of Claims Operations, inside the release
  calendar.
- Payment runs and partner invoices: the Head of Claims Finance and MI.

## 4. Product Owner, Claims Platform

The Product Owner, Claims Platform owns the Nexa backlog and the order of its items, accepts or
rejects each release's work at the train's system demo, and owns the workflow, queue and screen
configuration of Nexa. The Product Owner writes no cover or settlement rules (section 3) and
owns no data migration.

## 5. Release Train Engineer, Claims

The Release Train Engineer, Claims runs the train: the two planning days at the start of each
train, the release calendar, the system demo in each train's last week and the year-end
go-live stop. The Release Train Engineer keeps the train's risk and dependency board and owns no
backlog item, system or team.

## 6. Fraud Analytics Lead

The Fraud Analytics Lead owns the Sentinel fraud screening models, the data they use, their
scores and thresholds, the monitoring of false alerts, and the data protection impact
assessment for automated screening, on which the Data Protection Officer is consulted. The Fraud
Analytics Lead refers claims to the SIU and decides no refusal.

## 7. Who is consulted

The Betriebsrat in Mönchrath and the Data Protection Officer are consulted before each gate.
They give their views and, where the law gives them one, their agreement; they are never given
programme work to lead.

## 8. Supervisors

BaFin, the AFM and the NBB are informed of the move to Nexa under our outsourcing duties and
the Digital Operational Resilience Act (DORA). The Head of Claims Systems keeps Nexa's entry in
the register of information and its exit plan up to date.
"""

SYSTEMS = """
# Claims systems and data inventory

Kept by the Head of Claims Systems. State at 1 December 2027.

## Nexa (new claims platform)

Cloud claims platform from Corvant Software, chosen in September 2027 after a tender across the
three countries. One tenant for the group, with Dutch, French and German screens. The
subscription is signed in January 2028, after the DORA pre-assessment.

## ClaimBase (Netherlands and Belgium)

Claims system of Noordkamp Verzekeringen and the Belgian company since 2006, on our own
servers. Loads into the Lumen warehouse every night. Closes to new claims at Gate C of Clear
Claims.

## SCHADEN/400 (Germany)

Claims system of Noordkamp Versicherung since 1994, on an IBM i (AS/400) machine in Mönchrath.
SCHADEN/400 cannot export claim history except as fixed-width monthly files without photos or
handlers' notes. It loads into the Lumen warehouse once a week.

## Sentinel (fraud scoring)

Fraud scoring tool bought in 2026 for the SIU. Sentinel only covers claims above €10,000, which
it scores once a week in a batch for the SIU.

## PartnerLink (repairer portal)

Portal for partner garages and glass repairers in the three countries: repair authorisations,
photo estimates and the repairer master data, kept by the motor network team.

## MyNoordkamp app and noordkamp.eu

The MyNoordkamp app is not yet able to take a claim: it shows policies, green cards and the
emergency number. Claims reported on noordkamp.eu arrive in ClaimBase or SCHADEN/400 as e-mails,
which handlers type in.

## PayLine (payment engine)

PayLine only pays Dutch accounts on the same day; Belgian and German claim payments go out in a
batch on Tuesdays and Fridays.

## Lumen and the Claims Cockpit

Lumen is the group data warehouse. The claims MI team keeps the claims data mart in Lumen and
the Claims Cockpit, our Power BI dashboards for claims, and publishes the monthly claims
scorecard from it.

## LearnHub

The Claims Academy's learning platform: courses, attendance and the training calendar for all
claims staff.
"""

FACTS = """
# Claims in numbers, 2027 edition

Prepared by the Group Claims Director's office for the Clear Claims business case.

## Volumes (calendar 2026)

- Home and motor claims reported: 412,600 (Netherlands 171,300; Belgium 84,900; Germany
  156,400), 9% more than in 2025.
- Glass claims in the Dutch motor book: 38,900, handled by the glass desk in Amersveld.
- First reported by phone: 62%; on noordkamp.eu: 38%.
- Storm nights: on 11 and 12 February 2026 a winter storm brought 5,300 home claims in 48
  hours, most of them in Germany.

## People

- Claims handlers: 641 (Amersveld 212, Hasselbrugge 128, Mönchrath 301).
- The Special Investigations Unit has 23 investigators in the three countries.
- The Claims Academy has nine trainers and runs a six-week induction for every new handler.
- The 24/7 home emergency line is answered in Amersveld by day and by the German night team
  in Mönchrath between 22:00 and 07:00 for all three countries.

## Time

- A team time study in Amersveld in March 2026 found that handlers spend 41% of their day
  re-typing data and chasing documents.
- Mean time from first notice to payment for a simple claim: 17.8 days.

## History

- In 2019 we paid 96% of the Whitsun hailstorm claims within 30 days, our best storm result.
"""

NETWORKS = """
# Supplier networks: where we stand

Note by the Supplier Network Manager, Motor and the Supplier Network Manager, Property for the
Claims Programme Board, 20 November 2027.

## Motor

- 412 partner garages (Netherlands 188, Belgium 97, Germany 127), all on PartnerLink for repair
  authorisations and photo estimates.
- Four national glass repair partners in the Netherlands, on contracts that run to 2029.
- 41% of repairable motor own-damage claims were repaired at a partner garage in 2026.
- The repairer master data (bank details, labour rates, brands) is kept in PartnerLink by the
  motor network team; a check in 2027 found 14% of the records out of date.
- In Belgium, repairer invoices are kept on paper: garages post them to Hasselbrugge, where they
  are scanned on average nine days after the repair.

## Property

- About 260 home repair contractors: plumbers, drying and restoration firms, roofers and
  glaziers.
- The approved home contractor list relies on a spreadsheet kept by the property network team.
- Contracts with contractors are renewed every two years; the next round is in 2028.
"""

BETRIEBSRAT = """\
NOTE FOR THE CLAIMS PROGRAMME BOARD
Subject: Clear Claims and the Betriebsrat in Mönchrath
From: HR Business Partner, Claims
Date: 22 November 2027

1. The Betriebsrat must be consulted before any system that can measure an individual handler's output is switched on in Mönchrath, and its agreement is needed under section 87(1) point 6 of the Works Constitution Act (BetrVG).

2. The Betriebsrat has asked for a works agreement on Nexa covering team work queues, reports and time studies. It meets on the first Wednesday of each month; a works agreement usually takes two meetings.

3. Time studies in Mönchrath are reported per team, never per handler.

4. In the Netherlands the works council in Amersveld gave its consent to Nexa on 12 October 2027. The Belgian works council in Hasselbrugge was informed on 7 November 2027.

5. Contact for the Betriebsrat: its chair, through the HR Business Partner, Claims.
"""

KPI_ROWS_CSV = [
    ["KPI", "Definition", "Owner", "Baseline 2026", "Source", "Notes"],
    [
        "Straight-through rate, simple claims",
        "Share of simple home and motor claims closed and paid with no handler action between "
        "first notice and payment",
        "Head of Claims Technical Standards",
        "4%",
        "Lumen claims mart",
        "Simple: one cover decision, value under EUR 2,500, nobody injured",
    ],
    [
        "Cycle time, simple claims",
        "Mean calendar days from first notice to payment",
        "Group Claims Director",
        "17.8 days",
        "Lumen claims mart",
        "Mean of the three units, weighted by claim count",
    ],
    [
        "Digital first notice share",
        "Share of claims first reported on noordkamp.eu or in the MyNoordkamp app",
        "Head of Digital Channels",
        "38%",
        "Lumen claims mart",
        "Web forms only in 2026",
    ],
    [
        "Glass claims paid within 24 hours",
        "Share of glass claims paid, or booked in for repair, within 24 hours of first notice",
        "Head of Claims Operations, Netherlands",
        "9%",
        "ClaimBase, glass desk",
        "Dutch motor book",
    ],
    [
        "Partner repair share, motor",
        "Share of repairable motor own-damage claims repaired at a partner garage",
        "Supplier Network Manager, Motor",
        "41%",
        "PartnerLink and the claims systems",
        "",
    ],
    [
        "SIU confirmed-referral rate",
        "Share of claims referred to the SIU that it confirms as fraud or misrepresentation",
        "Head of Special Investigations",
        "18%",
        "SIU case log",
        "",
    ],
    [
        "Handler re-keying time",
        "Share of handler time spent re-typing data or chasing documents, from a team time study",
        "Group Claims Director",
        "41%",
        "Time study, Amersveld, March 2026",
        "Reported per team",
    ],
    [
        "Customer effort score after a claim",
        "Mean answer from 1 (very easy) to 7 (very hard) to: How easy was it to get your claim "
        "sorted?",
        "Group Claims Director",
        "3.4",
        "Survey tool, Netherlands",
        "Measured only in the Netherlands; Belgium and Germany run no survey after a claim.",
    ],
]


def kpi_csv() -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(KPI_ROWS_CSV)
    return out.getvalue()


DPO_MEMO = [
    ("h", "Memo: automated fraud screening of claims (Sentinel)"),
    (
        "p",
        "From: Data Protection Office. To: Fraud Analytics Lead; Head of Special Investigations. "
        "Copy: Programme Director, Clear Claims. Date: 30 November 2027.",
    ),
    (
        "p",
        "You asked whether Sentinel may score every home and motor claim at first notice, before "
        "any payment, as Clear Claims proposes.",
    ),
    ("h2", "Our view"),
    (
        "p",
        "A data protection impact assessment must be completed before automated screening goes "
        "live, and the Data Protection Officer must be consulted on it.",
    ),
    (
        "p",
        "Under Article 22 GDPR no claim may be refused or held back on a Sentinel score alone: a "
        "person must look at every flagged claim.",
    ),
    (
        "p",
        "First-notice call recordings are not retained beyond 90 days, so they cannot be used to "
        "train or test the models.",
    ),
    (
        "p",
        "Checks against the industry registers (CIS, HIS and Datassur) stay with the SIU and are "
        "covered by the existing assessment.",
    ),
    ("h2", "What we need from you"),
]


def dpo_docx() -> bytes:
    doc = Document()
    for kind, text in DPO_MEMO:
        if kind == "h":
            doc.add_heading(text, level=1)
        elif kind == "h2":
            doc.add_heading(text, level=2)
        else:
            run = doc.add_paragraph().add_run(text)
            run.font.size = Pt(11)
    rows = [
        ["Item", "Who", "When"],
        ["Draft impact assessment", "Fraud Analytics Lead", "Before the first shadow scoring"],
        [
            "Data Protection Office review",
            "Data Protection Officer",
            "Within four weeks of the draft",
        ],
        ["Human review of flagged claims", "Head of Special Investigations", "From the first day"],
    ]
    tab = doc.add_table(rows=0, cols=3)
    for row in rows:
        for cell, text in zip(tab.add_row().cells, row, strict=True):
            cell.text = text
    return ooxml_bytes(
        doc,
        STAMP,
        title="Automated fraud screening of claims",
        author="Data Protection Office",
        last_modified_by="Data Protection Office",
        revision=3,
    )


def build(root: Path) -> None:
    case = root / CASE
    write_files(
        case,
        {
            DECK: build_deck(),
            "org/people/org-units.json": roster_json(),
            "org/governance/claims-governance-charter.md": CHARTER,
            "org/systems/systems-and-data-inventory.md": SYSTEMS,
            "org/measures/claims-kpi-definitions.csv": kpi_csv(),
            "org/context/claims-facts-2027.md": FACTS,
            "org/context/supplier-networks-note.md": NETWORKS,
            "org/context/betriebsrat-moenchrath-note.txt": BETRIEBSRAT,
            "org/context/dpo-memo-fraud-screening.docx": dpo_docx(),
        },
    )


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
