"""Build the blind21 case ``port-authority``: its deck and its org folder, deterministically.

Run from the repository root with the project's venv (python-pptx, python-docx and lxml):

    .venv/bin/python evals/blind21/build_port_authority.py [out]

Writes, under ``evals/blind21/port-authority/`` (or ``<out>/port-authority/``):

- ``Open Harbour 2030 - Board 7 Dec 2027 - Item 6.pptx``: a trust port's three-year plan to
  modernise how it runs two harbours, a marina and a ferry berth, a 16:9 deck as PowerPoint for
  Windows saves it: ``docProps/app.xml`` naming Microsoft Office PowerPoint 16.0000 with the
  slide titles in its parts list, fixed created and modified dates in ``docProps/core.xml``, a
  master and layouts widened to 16:9, every title in the layout's title placeholder (the cover
  in its centred title and subtitle placeholders, two slides with a body placeholder), and
  text boxes for eyebrows, labels, captions, footers and page numbers; tiles, circles, diamonds
  and rounded labels as autoshapes; the KPI and risk tables as native tables; speaker notes on
  two slides. Its pages are drawn in labelled parts: pillar pages (eyebrow, TODAY, GOAL, AIM,
  WHAT WE WILL DO, "Lead: <post>"), a pilot page titled without the word, a roadmap on
  calendar years with named stages and gates by Board meeting, a gates page of "Gate N ·
  <month year> · <name>" heads, a first-90-days page of numbered circles in two columns with
  a lead in brackets after each item, a context page and an executive summary under one
  eyebrow, a page of moments with "Today:" and "With Open Harbour:" lines, and an appendix of
  definitions.
- ``org/``: the trust's own files: the staff handbook's organisation page (Markdown, the chart
  a nested bullet list of bold posts under plain-type directorates and offices), the Board's
  terms of reference and the programme board's terms (Markdown), the systems register (a CSV
  as a SharePoint list exports it: UTF-8 with a byte-order mark, CRLF), the performance
  measures (a Word document with a table), the harbour users' committee constitution and the
  works licensing procedure (Markdown), the Gullhope harbour manager's notes and an email about
  the North Quay grid connection (plain text).

Re-running it rewrites every file byte for byte: the PPTX and the DOCX are saved, their ZIP
entries sorted and stamped with one fixed time and their document dates fixed; the text files
are literal strings. It never touches ``gold.json``. This is a BLIND case (split "blind21").
"""

from __future__ import annotations

import csv
import io
import re
import sys
import zipfile
from collections.abc import Sequence
from pathlib import Path
from xml.sax.saxutils import escape

from docx import Document
from docx.shared import Pt as DocxPt
from lxml import etree
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_CONNECTOR, MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.util import Emu, Inches, Pt

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals.dev16._build import Stamp, write_files  # noqa: E402

HERE = Path(__file__).resolve().parent
CASE = "port-authority"
DECK = "Open Harbour 2030 - Board 7 Dec 2027 - Item 6.pptx"
DECK_STAMP = Stamp((2027, 11, 30, 16, 48, 22), "2027-11-30T16:48:22Z")
DOCX_STAMP = Stamp((2027, 10, 14, 9, 12, 40), "2027-10-14T09:12:40Z")

WIDE = 12192000
HIGH = 6858000
OLD_WIDE = 9144000
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
P = "http://schemas.openxmlformats.org/presentationml/2006/main"

NAVY = RGBColor(0x0B, 0x25, 0x45)
TEAL = RGBColor(0x0E, 0x7C, 0x7B)
GREY = RGBColor(0x5B, 0x67, 0x70)
PALE = RGBColor(0xE8, 0xF1, 0xF2)
SAND = RGBColor(0xF4, 0xEF, 0xE6)
WHITE = RGBColor(0xFF, 0xFF, 0xFF)
AMBER = RGBColor(0xC7, 0x7D, 0x12)

FOOTER = "Wrayhaven Port Trust · Open Harbour 2030 · Board, 7 December 2027 · Item 6"


# =========================================================================== drawing helpers


def _bullet(paragraph, char: str = "\u2022") -> None:
    """Give a text-box paragraph a PowerPoint bullet (``a:buChar``) with a hanging indent."""
    ppr = paragraph._p.get_or_add_pPr()
    ppr.set("marL", "228600")
    ppr.set("indent", "-228600")
    for tag in ("buFont", "buChar"):
        el = etree.SubElement(ppr, f"{{{A}}}{tag}")
        if tag == "buFont":
            el.set("typeface", "Arial")
        else:
            el.set("char", char)


def _no_bullet(paragraph) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    ppr.set("marL", "0")
    ppr.set("indent", "0")
    etree.SubElement(ppr, f"{{{A}}}buNone")


Para = str | tuple[str, dict]


def _fill(
    frame,
    paras: Sequence[Para],
    size: float,
    *,
    bold: bool = False,
    color=NAVY,
    align=None,
    bullets: bool = False,
    space: float = 0,
) -> None:
    """Write paragraphs into a text frame: each a string, or (string, options) where options
    may set ``size``, ``bold``, ``italic``, ``color``, ``lead`` (a bold lead-in run)."""
    frame.word_wrap = True
    for i, item in enumerate(paras):
        text, opts = (item, {}) if isinstance(item, str) else item
        p = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
        if align is not None:
            p.alignment = align
        if space and i:
            p.space_before = Pt(space)
        if bullets:
            _bullet(p)
        lead = opts.get("lead")
        if lead:
            r = p.add_run()
            r.text = lead
            r.font.bold = True
            r.font.size = Pt(opts.get("size", size))
            r.font.color.rgb = opts.get("color", color)
        r = p.add_run()
        r.text = text
        r.font.size = Pt(opts.get("size", size))
        r.font.bold = opts.get("bold", bold)
        if opts.get("italic"):
            r.font.italic = True
        r.font.color.rgb = opts.get("color", color)


def tb(slide, x: float, y: float, w: float, h: float, paras: Sequence[Para], size: float, **kw):
    box = slide.shapes.add_textbox(Inches(x), Inches(y), Inches(w), Inches(h))
    _fill(box.text_frame, paras, size, **kw)
    return box


def shape(
    slide,
    kind,
    x: float,
    y: float,
    w: float,
    h: float,
    fill,
    text: str = "",
    size: float = 12,
    *,
    bold: bool = True,
    color=WHITE,
    line=None,
):
    sp = slide.shapes.add_shape(kind, Inches(x), Inches(y), Inches(w), Inches(h))
    sp.fill.solid()
    sp.fill.fore_color.rgb = fill
    if line is None:
        sp.line.fill.background()
    else:
        sp.line.color.rgb = line
    sp.shadow.inherit = False
    frame = sp.text_frame
    frame.vertical_anchor = MSO_ANCHOR.MIDDLE
    if text:
        _fill(frame, [text], size, bold=bold, color=color, align=PP_ALIGN.CENTER)
    return sp


def title(slide, text: str, *, size: float = 28, y: float = 0.62, h: float = 0.85) -> None:
    t = slide.shapes.title
    t.left, t.top, t.width, t.height = Inches(0.6), Inches(y), Inches(12.1), Inches(h)
    frame = t.text_frame
    frame.text = ""
    r = frame.paragraphs[0].add_run()
    r.text = text
    r.font.size = Pt(size)
    r.font.bold = True
    r.font.color.rgb = NAVY
    frame.paragraphs[0].alignment = PP_ALIGN.LEFT
    frame.vertical_anchor = MSO_ANCHOR.TOP


def eyebrow(slide, text: str) -> None:
    tb(slide, 0.6, 0.3, 8.0, 0.32, [text], 11, bold=True, color=TEAL)


def frame_bits(slide, page: int) -> None:
    """The footer line and the page number in a box in the top right corner."""
    tb(slide, 0.6, 7.02, 10.0, 0.3, [FOOTER], 9, color=GREY)
    shape(slide, MSO_SHAPE.RECTANGLE, 12.28, 0.3, 0.45, 0.34, NAVY, str(page), 11)


def label(slide, x: float, y: float, w: float, text: str, color=TEAL) -> None:
    tb(slide, x, y, w, 0.3, [text], 10.5, bold=True, color=color)


def notes(slide, paras: Sequence[str]) -> None:
    frame = slide.notes_slide.notes_text_frame
    frame.text = paras[0]
    for text in paras[1:]:
        frame.add_paragraph().text = text


def table(
    slide,
    x: float,
    y: float,
    widths: Sequence[float],
    rows: Sequence[Sequence[str]],
    size: float,
    row_h: float = 0.4,
) -> None:
    frame = slide.shapes.add_table(
        len(rows),
        len(widths),
        Inches(x),
        Inches(y),
        Inches(sum(widths)),
        Inches(row_h * len(rows)),
    )
    tab = frame.table
    for j, w in enumerate(widths):
        tab.columns[j].width = Inches(w)
    for i, row in enumerate(rows):
        tab.rows[i].height = Inches(row_h)
        for j, text in enumerate(row):
            cell = tab.cell(i, j)
            cell.text = ""
            _fill(cell.text_frame, [text], size, bold=(i == 0), color=WHITE if i == 0 else NAVY)
            cell.margin_top = cell.margin_bottom = Inches(0.04)


# =========================================================================== the slides


def s_cover(prs) -> None:
    slide = prs.slides.add_slide(prs.slide_layouts[0])
    t = slide.shapes.title
    t.left, t.top, t.width, t.height = Inches(0.9), Inches(2.2), Inches(11.5), Inches(1.3)
    t.text = "Open Harbour 2030"
    r = t.text_frame.paragraphs[0].runs[0]
    r.font.size, r.font.bold, r.font.color.rgb = Pt(54), True, NAVY
    t.text_frame.paragraphs[0].alignment = PP_ALIGN.LEFT
    sub = slide.placeholders[1]
    sub.left, sub.top, sub.width, sub.height = Inches(0.9), Inches(3.55), Inches(11.0), Inches(1.1)
    sub.text = (
        "Modernising how we run our harbours, marina and ferry berth, January 2028 to December 2030"
    )
    r = sub.text_frame.paragraphs[0].runs[0]
    r.font.size, r.font.color.rgb = Pt(22), GREY
    sub.text_frame.paragraphs[0].alignment = PP_ALIGN.LEFT
    tb(
        slide,
        0.9,
        1.5,
        11.0,
        0.4,
        ["WRAYHAVEN PORT TRUST · BOARD · 7 DECEMBER 2027 · ITEM 6 · FOR DECISION"],
        12,
        bold=True,
        color=TEAL,
    )
    tb(
        slide,
        0.9,
        5.2,
        11.0,
        0.4,
        ["Presented by the Chief Executive and the Harbour Master"],
        14,
        color=NAVY,
    )
    tb(slide, 0.9, 6.7, 11.0, 0.3, ["Confidential until the Board has decided"], 10, color=GREY)


def s_summary(prs, page: int) -> None:
    slide = prs.slides.add_slide(prs.slide_layouts[5])
    title(slide, "Executive summary")
    eyebrow(slide, "01 · WHY NOW")
    tb(
        slide,
        0.6,
        1.55,
        12.1,
        0.9,
        [
            "Open Harbour 2030 moves our berths, dues, pilotage and works licences into one port "
            "system over three years, lets customers book and pay online, and puts the ferry on "
            "shore power. We start with Gullhope Harbour and its fishing fleet in July 2028."
        ],
        15,
    )
    tiles = [
        ("100%", "of berths and dues recorded in one port system by December 2028"),
        ("80%", "of berth bookings made and paid online by December 2030"),
        ("95%", "of acts of pilotage with live traffic on the pilot\u2019s tablet by June 2029"),
        ("90%", "of works licences decided within 30 working days by December 2029"),
        (
            "90%",
            "of the ferry\u2019s overnight hours at North Quay on shore power by September 2030",
        ),
    ]
    for i, (big, cap) in enumerate(tiles):
        x = 0.6 + i * 2.45
        shape(slide, MSO_SHAPE.RECTANGLE, x, 2.75, 2.25, 1.05, TEAL, big, 32)
        tb(slide, x, 3.88, 2.25, 1.4, [cap], 12.5)
    tb(
        slide,
        0.6,
        5.75,
        12.1,
        0.5,
        [
            (
                "Today we ask the Board to approve the plan and release \u00a31.6m for 2028: Build "
                "(slide 17).",
                {"bold": True},
            )
        ],
        14,
    )
    frame_bits(slide, page)
    notes(
        slide,
        [
            "Five tiles, five of the nine measures on slide 10. The other four are there in full.",
        ],
    )


def s_context(prs, page: int) -> None:
    slide = prs.slides.add_slide(prs.slide_layouts[5])
    title(
        slide,
        "A \u00a314m port still runs on berth books, phone calls and one spreadsheet",
        size=26,
    )
    eyebrow(slide, "01 · WHY NOW")
    tiles = [
        ("4", "paper berth books in daily use in November 2027"),
        ("61%", "of invoices raised in 2026 paid by their due date"),
        ("47", "working days on average to decide a works licence in 2026"),
        ("2,920", "hours the ferry ran its generators at North Quay in 2026"),
        ("1 in 4", "pilot boardings in 2026 held while traffic was checked by radio"),
    ]
    for i, (big, cap) in enumerate(tiles):
        x = 0.6 + i * 2.45
        shape(slide, MSO_SHAPE.RECTANGLE, x, 1.7, 2.25, 1.05, NAVY, big, 32)
        tb(slide, x, 2.83, 2.25, 1.3, [cap], 12.5)
    tb(
        slide,
        0.6,
        4.45,
        12.1,
        1.2,
        [
            "Since 1998 we have grown the marina from 120 to 310 berths without changing how we "
            "book them.",
            "Kelmouth Marina, our nearest rival, took 85% of its 2027 bookings online.",
        ],
        14,
        bullets=True,
        space=6,
    )
    tb(
        slide,
        0.6,
        6.1,
        12.1,
        0.5,
        [
            "Sources: harbour offices, DuesCalc, works register, the ferry operator\u2019s engine "
            "logs and the pilotage ledger; calendar 2026 unless dated."
        ],
        10,
        color=GREY,
    )
    frame_bits(slide, page)


def s_ambition(prs, page: int) -> None:
    slide = prs.slides.add_slide(prs.slide_layouts[5])
    title(slide, "One harbour desk, open day and night")
    eyebrow(slide, "02 · AMBITION")
    label(slide, 0.6, 1.55, 4.0, "OUR NORTH STAR")
    tb(
        slide,
        0.6,
        1.85,
        12.1,
        0.9,
        [
            "Every berth, due, pilot act and permit handled once, in one system, by the people "
            "who need it."
        ],
        22,
        bold=True,
    )
    tb(
        slide,
        0.6,
        2.8,
        12.1,
        0.5,
        ["By December 2030, no berth, due or permit recorded on paper."],
        16,
        color=TEAL,
        bold=True,
    )
    pillars = [
        ("1", "One port system", "Berths, dues, pilotage and permits in one place"),
        ("2", "Book and pay online", "Marina and fishing berths booked and paid from a phone"),
        ("3", "Safe and open waters", "Pilots see the traffic; contractors apply online"),
        ("4", "Shore power at North Quay", "The Scarrow ferry off diesel while alongside"),
    ]
    for i, (n, name, line) in enumerate(pillars):
        x = 0.6 + i * 3.06
        shape(slide, MSO_SHAPE.ROUNDED_RECTANGLE, x, 3.75, 2.86, 0.55, TEAL, f"{n}  {name}", 14)
        tb(slide, x, 4.4, 2.86, 1.1, [line], 13)
    tb(
        slide,
        0.6,
        5.8,
        12.1,
        0.5,
        ["Four pillars, each with one goal we measure and one lead on the executive team."],
        12,
        color=GREY,
    )
    frame_bits(slide, page)


PILLARS = [
    {
        "n": "PILLAR 1",
        "title": "One port system",
        "today": "Four paper berth books, the DuesCalc spreadsheet and a pilotage ledger, none "
        "of which talk to each other.",
        "goal": "100% of berths and harbour dues recorded in the port system by December 2028",
        "aim": "One true record of every vessel in our waters",
        "do": [
            "Buy one port management system for berths, dues, pilotage and permits",
            "Enter the four berth books into the port system and check every entry",
            "Bill harbour dues and berth fees from the port system, not DuesCalc",
            "Report port performance monthly from Harbour Insight",
            "Train every harbour office and quay team before go-live",
        ],
        "lead": "Director of Finance and Resources",
    },
    {
        "n": "PILLAR 2",
        "title": "Book and pay online",
        "today": "Berths are booked by phone, email or at the office window and paid by "
        "cheque, bank transfer or card at the counter.",
        "goal": "80% of marina and fishing berth bookings made and paid online by December 2030",
        "aim": "A berth as easy to book as a train seat",
        "do": [
            "Open online booking and card payment for marina berths",
            "Let fishing skippers book landing berths and pay dues by app, Gullhope first",
            "Answer booking questions from one harbour office phone line and inbox",
            "Book ferry and cargo berths at Wrayhaven in the same system from 2030",
        ],
        "lead": "Commercial Director",
    },
    {
        "n": "PILLAR 3",
        "title": "Safe and open waters",
        "today": "Pilots ask Port Control for traffic by VHF; works licence applications "
        "arrive on a six-page paper form.",
        "goal": "95% of acts of pilotage with live traffic on the pilot\u2019s tablet by June 2029",
        "aim": "No surprises in the approach channel",
        "do": [
            "Give each of our nine pilots a tablet loaded with the passage plan",
            "Stream Port Control\u2019s AIS and radar picture to the pilots\u2019 tablets",
            "Add an AIS base station on Gullhope Head",
            "Take works licence applications through an online form",
            "Publish every licence and its conditions on a public register",
        ],
        "lead": "Harbour Master",
    },
    {
        "n": "PILLAR 4",
        "title": "Shore power at North Quay",
        "today": "The Scarrow ferry runs two diesel generators all night at the North Quay "
        "berth, 200 metres from the nearest homes.",
        "goal": "90% of the ferry\u2019s overnight hours at North Quay on shore power by "
        "September 2030",
        "aim": "A quieter, cleaner waterfront for the people of North Quay",
        "do": [
            "Agree a grid connection with the distribution network operator",
            "Build the shore power substation and cable route on North Quay",
            "Commission the connection with the ferry operator\u2019s crew",
        ],
        "lead": "Head of Engineering and Estates",
    },
]


def s_pillar(prs, page: int, p: dict) -> None:
    slide = prs.slides.add_slide(prs.slide_layouts[5])
    title(slide, p["title"])
    eyebrow(slide, p["n"])
    shape(slide, MSO_SHAPE.RECTANGLE, 0.6, 1.6, 5.7, 4.55, SAND)
    label(slide, 0.8, 1.72, 5.3, "TODAY", GREY)
    tb(slide, 0.8, 2.0, 5.3, 0.95, [p["today"]], 13, color=GREY)
    label(slide, 0.8, 3.05, 5.3, "GOAL")
    tb(slide, 0.8, 3.33, 5.3, 0.95, [p["goal"]], 16, bold=True)
    label(slide, 0.8, 4.45, 5.3, "AIM")
    tb(slide, 0.8, 4.73, 5.3, 0.8, [(p["aim"], {"italic": True})], 15)
    label(slide, 6.8, 1.72, 5.9, "WHAT WE WILL DO")
    tb(slide, 6.8, 2.0, 5.9, 4.1, p["do"], 14, bullets=True, space=9)
    tb(slide, 0.6, 6.35, 9.0, 0.4, [(p["lead"], {"lead": "Lead: "})], 13)
    frame_bits(slide, page)


def s_moments(prs, page: int) -> None:
    slide = prs.slides.add_slide(prs.slide_layouts[5])
    title(slide, "Three moments we plan around")
    eyebrow(slide, "03 · MOMENTS")
    moments = [
        (
            "A Gullhope trawler landing before dawn",
            "the skipper rings the harbour manager\u2019s mobile; dues go into the landing "
            "book and are invoiced a month later.",
            "the skipper books the landing berth on the app before leaving the grounds, and "
            "the dues are charged as the catch comes ashore.",
        ),
        (
            "A visiting yacht looking for a marina berth on an August Saturday",
            "the crew call the marina office, which closes at 17:00, and pay at the window "
            "the next morning.",
            "the crew see free berths on the website and book and pay by card before they "
            "reach the breakwater.",
        ),
        (
            "A pilot boarding an inbound ship in fog",
            "the pilot asks Port Control by radio what else is moving and carries a paper "
            "passage plan.",
            "the pilot\u2019s tablet shows every AIS target and the agreed passage plan from "
            "the ladder to the berth.",
        ),
    ]
    for i, (moment, today, after) in enumerate(moments):
        x = 0.6 + i * 4.1
        shape(slide, MSO_SHAPE.RECTANGLE, x, 1.65, 3.85, 0.95, NAVY, moment, 14)
        tb(
            slide,
            x,
            2.75,
            3.85,
            3.6,
            [
                (today, {"lead": "Today: ", "color": GREY}),
                (after, {"lead": "With Open Harbour: "}),
            ],
            13,
            space=12,
        )
    frame_bits(slide, page)


KPI_ROWS = [
    ("Measure", "Baseline", "Target", "By when"),
    (
        "Berths and dues recorded in the port system",
        "0% (paper and DuesCalc)",
        "100%",
        "December 2028",
    ),
    ("Invoices paid within 30 days", "61%", "85%", "December 2029"),
    ("Berth bookings made and paid online", "0%", "80%", "December 2030"),
    ("Gullhope landings booked before arrival", "0%", "70%", "December 2029"),
    ("Acts of pilotage with live traffic on the pilot\u2019s tablet", "0%", "95%", "June 2029"),
    ("Works licences decided within 30 working days", "22% (2027)", "90%", "December 2029"),
    ("Ferry\u2019s overnight hours at North Quay on shore power", "0%", "90%", "September 2030"),
    ("Ferry CO2e at North Quay, tonnes a year", "1,080", "Under 150", "Calendar 2030"),
    (
        "Berth holders rating the harbour office good or very good",
        "Not yet surveyed",
        "Set after the first survey",
        "\u2013",
    ),
]


def s_kpis(prs, page: int) -> None:
    slide = prs.slides.add_slide(prs.slide_layouts[5])
    title(slide, "How we will know it is working")
    eyebrow(slide, "04 · MEASURES")
    tb(
        slide,
        0.6,
        1.42,
        12.1,
        0.35,
        [
            "Baselines are for calendar 2026 unless dated; each target is for the month or year "
            "shown. Definitions on slide 18."
        ],
        12,
        color=GREY,
    )
    table(slide, 0.6, 1.9, [5.6, 2.4, 2.3, 1.8], KPI_ROWS, 12, row_h=0.46)
    frame_bits(slide, page)


def s_roadmap(prs, page: int) -> None:
    slide = prs.slides.add_slide(prs.slide_layouts[5])
    title(slide, "Three years, three stages")
    eyebrow(slide, "05 · ROADMAP")
    tb(
        slide,
        0.6,
        1.42,
        12.1,
        0.35,
        [
            "The plan runs from 1 January 2028 to 31 December 2030. Each gate is a decision of "
            "the Board at a named meeting."
        ],
        12,
        color=GREY,
    )
    years = [
        (
            "2028: Build",
            [
                "Port system bought and set up",
                "Online booking at Gullhope, July to October",
                "Grid offer and shore power design",
                "Tablets trialled by three pilots",
            ],
        ),
        (
            "2029: Connect",
            [
                "Online booking at the marina and Wrayhaven Harbour",
                "Live traffic on every pilot\u2019s tablet",
                "Works licences online",
            ],
        ),
        (
            "2030: Extend",
            [
                "Ferry and cargo berths in the port system",
                "Shore power in service at North Quay",
                "Berth books and DuesCalc archived",
            ],
        ),
    ]
    for i, (head, items) in enumerate(years):
        x = 0.6 + i * 4.1
        shape(slide, MSO_SHAPE.RECTANGLE, x, 1.95, 3.95, 0.55, TEAL, head, 16)
        tb(slide, x, 2.6, 3.95, 2.2, items, 13, bullets=True, space=6)
    gates = [
        (0.6 + 4.1 * 0.2, "Gate 1 · March 2028 board"),
        (0.6 + 4.1 * 0.97, "Gate 2 · December 2028 board"),
        (0.6 + 4.1 * 1.97, "Gate 3 · December 2029 board"),
    ]
    line = slide.shapes.add_connector(
        MSO_CONNECTOR.STRAIGHT, Inches(0.6), Inches(5.3), Inches(12.8), Inches(5.3)
    )
    line.line.color.rgb = GREY
    for x, text in gates:
        shape(slide, MSO_SHAPE.DIAMOND, x - 0.15, 5.15, 0.3, 0.3, AMBER)
        tb(
            slide,
            x - 1.0,
            5.5,
            2.4,
            0.5,
            [text],
            11.5,
            bold=True,
            color=AMBER,
            align=PP_ALIGN.CENTER,
        )
    frame_bits(slide, page)
    notes(
        slide,
        [
            "Month 0 of the plan is January 2028; each stage is a calendar year.",
            "The Board meets in March, June, September and December.",
        ],
    )


GATES = [
    (
        "Gate 1 · March 2028 · Ready to build",
        [
            "Port system supplier chosen within the \u00a31.1m budget",
            "An owner named for every berth, dues, pilotage and permit record",
            "Booking rules discussed with the harbour users\u2019 committee",
        ],
    ),
    (
        "Gate 2 · December 2028 · Ready to connect",
        [
            "Gullhope pilot meets its pass marks",
            "All four berth books entered in the port system and checked",
            "Grid connection offer for North Quay accepted",
        ],
    ),
    (
        "Gate 3 · December 2029 · Ready to extend",
        [
            "Marina booking live through a full summer season",
            "Works licence decisions published online for six months",
            "Shore power contractor appointed and the ferry operator\u2019s works agreed",
        ],
    ),
]


def s_gates(prs, page: int) -> None:
    slide = prs.slides.add_slide(prs.slide_layouts[5])
    title(slide, "What \u2018ready\u2019 means")
    eyebrow(slide, "GATES")
    for i, (head, items) in enumerate(GATES):
        x = 0.6 + i * 4.1
        shape(slide, MSO_SHAPE.ROUNDED_RECTANGLE, x, 1.7, 3.95, 0.75, NAVY, head, 13.5)
        tb(slide, x, 2.6, 3.95, 3.3, items, 13.5, bullets=True, space=9)
    tb(
        slide,
        0.6,
        6.2,
        12.1,
        0.4,
        ["A gate is passed only when every line under it is true; the Board decides."],
        12,
        color=GREY,
    )
    frame_bits(slide, page)


def s_pilot(prs, page: int) -> None:
    slide = prs.slides.add_slide(prs.slide_layouts[5])
    title(slide, "One harbour first")
    eyebrow(slide, "06 · PILOT")
    tb(
        slide,
        0.6,
        1.5,
        12.1,
        0.75,
        [
            "We will run the new berth booking at Gullhope Harbour and its fishing fleet from July "
            "to October 2028, before any other harbour."
        ],
        17,
        bold=True,
    )
    cols = [
        (
            "WHY GULLHOPE",
            [
                "64 boats land here, and most skippers already pay for fuel by app",
                "One harbour office and one landing book: the smallest change we can test",
                "The Gullhope Fishermen\u2019s Association asked to go first",
            ],
            True,
        ),
        (
            "STEPS",
            [
                "1. Train the harbour manager and the 40 skippers who land most often, in June 2028",
                "2. Run the app and the landing book side by side for four weeks",
                "3. Compare dues charged through the app with the landing book every week",
                "4. Report to the board at Gate 2",
            ],
            False,
        ),
        (
            "WHAT GOOD LOOKS LIKE",
            [
                "Six in ten landings booked on the app in October 2028",
                "Not one landing missing from the dues",
                "Skippers\u2019 complaints no higher than in October 2027",
            ],
            True,
        ),
    ]
    for i, (head, items, bullets) in enumerate(cols):
        x = 0.6 + i * 4.1
        label(slide, x, 2.55, 3.9, head)
        tb(slide, x, 2.88, 3.9, 3.6, items, 13.5, bullets=bullets, space=9)
    frame_bits(slide, page)


RISKS = [
    ("Risk", "Likelihood", "What we will do"),
    (
        "Skippers keep ringing instead of using the app",
        "Medium",
        "Keep the Gullhope phone line open through 2029 and take bookings by text message",
    ),
    (
        "Berth book entries are wrong or missing",
        "High",
        "Check every berth book entry against 2027 invoices before go-live",
    ),
    (
        "The grid connection costs more or comes later than planned",
        "Medium",
        "Apply in January 2028 and hold \u00a3250,000 of contingency for reinforcement",
    ),
    (
        "Traffic data sent to tablets opens a way into Port Control",
        "Low",
        "Keep VTS on its own network and send the tablets a one-way copy",
    ),
    (
        "The port system supplier fails",
        "Low",
        "Take a full data export every month and hold the software in escrow",
    ),
    (
        "Works licence decisions wait on consultees",
        "Medium",
        "Agree reply times with each statutory consultee before the online form opens",
    ),
]


def s_risks(prs, page: int) -> None:
    slide = prs.slides.add_slide(prs.slide_layouts[5])
    title(slide, "What could stop us, and what we will do about it")
    eyebrow(slide, "07 · RISKS")
    table(slide, 0.6, 1.6, [4.4, 1.5, 6.2], RISKS, 12.5, row_h=0.62)
    frame_bits(slide, page)


NINETY = [
    ("01", "Appoint the programme manager and open the programme office (Chief Executive)"),
    ("02", "Publish the port system tender and shortlist three suppliers (Head of IT)"),
    (
        "03",
        "Apply to the distribution network operator for the North Quay connection "
        "(Electrical Engineer)",
    ),
    (
        "04",
        "Agree the Gullhope booking rules with the harbour users\u2019 committee "
        "(Commercial Director)",
    ),
    ("05", "Order three trial tablets and the AIS data licence (Pilotage Manager)"),
    ("06", "Map today\u2019s works licence process from form to decision (Licensing Officer)"),
    ("07", "Set the 2026 baseline for every measure in Harbour Insight (Data Analyst)"),
    ("08", "Plan system training for the harbour offices and quay teams (HR and Training)"),
]


def s_ninety(prs, page: int) -> None:
    slide = prs.slides.add_slide(prs.slide_layouts[5])
    title(slide, "Eight things done by the March 2028 Board")
    eyebrow(slide, "08 · FIRST 90 DAYS")
    for i, (n, text) in enumerate(NINETY):
        col, row = divmod(i, 4)
        x = 0.6 + col * 6.2
        y = 1.75 + row * 1.15
        shape(slide, MSO_SHAPE.OVAL, x, y, 0.62, 0.62, TEAL, n, 14)
        tb(slide, x + 0.8, y - 0.02, 5.1, 0.95, [text], 14)
    frame_bits(slide, page)


def s_governance(prs, page: int) -> None:
    slide = prs.slides.add_slide(prs.slide_layouts[5])
    title(slide, "How we will run it, and what it costs")
    eyebrow(slide, "09 · GOVERNANCE AND MONEY")
    label(slide, 0.6, 1.6, 5.8, "GOVERNANCE")
    tb(
        slide,
        0.6,
        1.92,
        5.8,
        4.2,
        [
            "Sponsor: the Chief Executive, who chairs the Open Harbour programme board",
            "The programme board meets monthly; the programme manager keeps the plan, the risk "
            "log and the gate papers",
            "The Board takes each gate decision: March 2028, December 2028 and December 2029",
            "The harbour users\u2019 committee is heard before each gate, and Natural England "
            "before any works in the Wray Estuary",
        ],
        13.5,
        bullets=True,
        space=8,
    )
    label(slide, 6.9, 1.6, 5.8, "MONEY")
    tb(slide, 6.9, 1.92, 5.8, 0.5, ["\u00a34.9m over three years"], 20, bold=True)
    tb(
        slide,
        6.9,
        2.5,
        5.8,
        2.6,
        [
            "Port system and data: \u00a31.1m",
            "Online booking and payments: \u00a30.5m",
            "Pilot tablets, AIS and traffic data: \u00a30.4m",
            "Shore power at North Quay: \u00a32.5m, half of it from grants we have applied for",
            "Programme office and training: \u00a30.4m",
        ],
        13,
        bullets=True,
        space=4,
    )
    tb(slide, 6.9, 5.15, 5.8, 0.4, ["2028: Build needs \u00a31.6m"], 14, bold=True)
    tb(
        slide,
        6.9,
        5.6,
        5.8,
        0.6,
        ["Our harbour revision order limits the Trust\u2019s borrowing to \u00a36m at any time."],
        12,
        color=GREY,
    )
    frame_bits(slide, page)


def s_asks(prs, page: int) -> None:
    slide = prs.slides.add_slide(prs.slide_layouts[1])
    title(slide, "What we ask of the Board today")
    body = slide.placeholders[1]
    body.left, body.top, body.width, body.height = (
        Inches(0.6),
        Inches(1.7),
        Inches(12.1),
        Inches(4.0),
    )
    frame = body.text_frame
    asks = [
        "1. Approve Open Harbour 2030 and its three stages",
        "2. Release \u00a31.6m for 2028: Build",
        "3. Agree Gullhope as the first harbour for online booking",
        "4. Set the gates at the March 2028, December 2028 and December 2029 Board meetings",
    ]
    for i, text in enumerate(asks):
        p = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
        _no_bullet(p)
        p.space_before = Pt(14)
        r = p.add_run()
        r.text = text
        r.font.size = Pt(20)
        r.font.color.rgb = NAVY
    eyebrow(slide, "10 · DECISIONS")
    frame_bits(slide, page)


def s_appendix(prs, page: int) -> None:
    slide = prs.slides.add_slide(prs.slide_layouts[1])
    title(slide, "How we measure")
    body = slide.placeholders[1]
    body.left, body.top, body.width, body.height = (
        Inches(0.6),
        Inches(1.6),
        Inches(12.1),
        Inches(5.1),
    )
    lines = [
        (
            "Recorded in the port system: ",
            "berths allocated and dues invoices raised in the port system, as a share of all",
        ),
        (
            "Paid within 30 days: ",
            "the share of invoice value paid no later than 30 days after issue",
        ),
        (
            "Booked online: ",
            "berth bookings made and paid on the website or app, as a share of all berth bookings",
        ),
        (
            "Booked before arrival: ",
            "Gullhope landings booked before the boat reaches the harbour entrance",
        ),
        (
            "Live traffic: ",
            "acts of pilotage where the pilot\u2019s tablet showed the VTS "
            "picture from boarding to berth",
        ),
        (
            "Decided in time: ",
            "works licence applications decided within 30 working days of being complete",
        ),
        (
            "Shore power hours: ",
            "hours alongside North Quay between 20:00 and 06:00 with the "
            "ferry\u2019s generators off",
        ),
        (
            "Ferry CO2e: ",
            "from the operator\u2019s fuel returns for North Quay, with the "
            "government\u2019s conversion factors",
        ),
    ]
    frame = body.text_frame
    for i, (lead, text) in enumerate(lines):
        p = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
        for j, part in enumerate((lead, text)):
            r = p.add_run()
            r.text = part
            r.font.size = Pt(14)
            r.font.bold = j == 0
            r.font.color.rgb = NAVY
    eyebrow(slide, "APPENDIX")
    frame_bits(slide, page)


# =========================================================================== the package


def _widen(element) -> None:
    """Stretch a 4:3 master's or layout's placeholders to 16:9, as PowerPoint does when a
    deck's size is changed with "Ensure Fit"."""
    for off in element.iter(f"{{{A}}}off"):
        off.set("x", str(round(int(off.get("x")) * WIDE / OLD_WIDE)))
    for ext in element.iter(f"{{{A}}}ext"):
        if ext.get("cx") is not None:
            ext.set("cx", str(round(int(ext.get("cx")) * WIDE / OLD_WIDE)))


def _app_xml(titles: list[str], words: int, paras: int, notes_n: int) -> bytes:
    fonts = ["Arial", "Calibri", "Calibri Light"]
    parts = [*fonts, "Office Theme", *titles]
    lp = "".join(f"<vt:lpstr>{escape(t)}</vt:lpstr>" for t in parts)
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
        'extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/'
        'docPropsVTypes"><TotalTime>1874</TotalTime>'
        f"<Words>{words}</Words><Application>Microsoft Office PowerPoint</Application>"
        f"<PresentationFormat>Widescreen</PresentationFormat><Paragraphs>{paras}</Paragraphs>"
        f"<Slides>{len(titles)}</Slides><Notes>{notes_n}</Notes><HiddenSlides>0</HiddenSlides>"
        "<MMClips>0</MMClips><ScaleCrop>false</ScaleCrop><HeadingPairs>"
        '<vt:vector size="6" baseType="variant">'
        "<vt:variant><vt:lpstr>Fonts Used</vt:lpstr></vt:variant>"
        f"<vt:variant><vt:i4>{len(fonts)}</vt:i4></vt:variant>"
        "<vt:variant><vt:lpstr>Theme</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4>"
        "</vt:variant><vt:variant><vt:lpstr>Slide Titles</vt:lpstr></vt:variant>"
        f"<vt:variant><vt:i4>{len(titles)}</vt:i4></vt:variant></vt:vector></HeadingPairs>"
        f'<TitlesOfParts><vt:vector size="{len(parts)}" baseType="lpstr">{lp}</vt:vector>'
        "</TitlesOfParts><Company>Wrayhaven Port Trust</Company><LinksUpToDate>false"
        "</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false"
        "</HyperlinksChanged><AppVersion>16.0000</AppVersion></Properties>"
    ).encode()


def _core_xml(stamp: Stamp) -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
        'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        "<dc:title>Open Harbour 2030</dc:title><dc:creator>Morag Inglis</dc:creator>"
        "<cp:lastModifiedBy>Tom Arkwright</cp:lastModifiedBy><cp:revision>41</cp:revision>"
        '<dcterms:created xsi:type="dcterms:W3CDTF">2027-10-04T08:31:05Z</dcterms:created>'
        f'<dcterms:modified xsi:type="dcterms:W3CDTF">{stamp.w3c}</dcterms:modified>'
        "</cp:coreProperties>"
    ).encode()


def sorted_zip(data: bytes, stamp: Stamp, replace: dict[str, bytes] | None = None) -> bytes:
    """Rewrite an OOXML package with its entries in name order ("[Content_Types].xml" sorts
    first), every entry at ``stamp``'s time, and some parts replaced."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in sorted(src.namelist()):
            body = (replace or {}).get(name, src.read(name))
            info = zipfile.ZipInfo(name, date_time=stamp.zip_time)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, body)
    return out.getvalue()


def build_deck() -> bytes:
    prs = Presentation()
    prs.slide_width, prs.slide_height = Emu(WIDE), Emu(HIGH)
    size = prs.part._element.find(f"{{{P}}}sldSz")
    del size.attrib["type"]  # a widescreen deck's size carries no 4:3 type
    _widen(prs.slide_master.element)
    for layout in prs.slide_layouts:
        _widen(layout.element)
    s_cover(prs)
    s_summary(prs, 2)
    s_context(prs, 3)
    s_ambition(prs, 4)
    for i, p in enumerate(PILLARS):
        s_pillar(prs, 5 + i, p)
    s_moments(prs, 9)
    s_kpis(prs, 10)
    s_roadmap(prs, 11)
    s_gates(prs, 12)
    s_pilot(prs, 13)
    s_risks(prs, 14)
    s_ninety(prs, 15)
    s_governance(prs, 16)
    s_asks(prs, 17)
    s_appendix(prs, 18)
    titles, words, paras, notes_n = [], 0, 0, 0
    for slide in prs.slides:
        titles.append(slide.shapes.title.text_frame.text)
        for sh in slide.shapes:
            frames = []
            if sh.has_text_frame:
                frames.append(sh.text_frame)
            if getattr(sh, "has_table", False) and sh.has_table:
                frames.extend(c.text_frame for r in sh.table.rows for c in r.cells)
            for f in frames:
                for p in f.paragraphs:
                    if p.text.strip():
                        paras += 1
                        words += len(p.text.split())
        notes_n += slide.has_notes_slide
    buf = io.BytesIO()
    prs.save(buf)
    return sorted_zip(
        buf.getvalue(),
        DECK_STAMP,
        {
            "docProps/app.xml": _app_xml(titles, words, paras, notes_n),
            "docProps/core.xml": _core_xml(DECK_STAMP),
        },
    )


# =========================================================================== the org folder

HANDBOOK = """
# Staff handbook, section 2: how the Trust is organised

Last reviewed by the HR and Training Manager in October 2027. This page replaces the chart of
March 2026.

Wrayhaven Port Trust is a trust port: an independent statutory body with no shareholders, run
by a Board under the Wrayhaven Harbour Acts 1871 to 2019. About 118 of us work at Wrayhaven
Harbour, Gullhope Harbour, Wrayhaven Marina and the North Quay ferry berth.

The chart shows every post that leads a team or holds a budget. Each post is indented under the
post it reports to. Directorates and offices are in plain type; posts are in bold, followed by
what the post is responsible for.

## Organisation chart

- **Chief Executive**: leads the Trust and answers to the Board for its performance; sponsor of Open Harbour 2030 and chair of its programme board.
  - Chief Executive's office
    - **Programme Manager, Open Harbour 2030**: runs the programme office: the plan, the risk log, the register of data owners and the gate papers for the Board; secretary to the programme board.
  - Marine Directorate
    - **Harbour Master**: statutory harbour master for Wrayhaven Harbour, Gullhope Harbour and the marina; leads the Marine Directorate and is the Trust's designated person for marine safety under the Port Marine Safety Code.
      - **Deputy Harbour Master**: runs marine operations day to day: moorings, buoys and lights, the marine safety management system and the harbour launches.
        - Port Control
          - **VTS Manager**: runs Port Control and the vessel traffic service around the clock: the radar, the AIS base stations, VHF and the daily plan of ship movements.
        - Pilot station
          - **Pilotage Manager**: leads our nine pilots; rosters acts of pilotage, keeps the passage plans and the pilotage ledger, and looks after the pilot boats and the pilots' equipment, including their portable pilot units and tablets.
      - **Marine Licensing Officer**: handles harbour works licences, dredging consents and mooring licences from application to decision, runs consultation with statutory consultees and keeps the works register.
  - Commercial Directorate
    - **Commercial Director**: leads the Commercial Directorate; proposes tariffs and sets berthing and booking rules with the Board's approval; owns our relationship with every group of harbour users.
      - **Marina Manager**: runs Wrayhaven Marina: its 310 annual and visitor berths, berth holders' agreements, bookings and payments at the marina office, and the marina staff.
      - **Gullhope Harbour Manager**: runs Gullhope fishing harbour and its office; allocates landing berths, keeps the landing book, acts as berthing master and is our contact with the Gullhope Fishermen's Association.
      - **Ferry and Cargo Manager**: manages the ferry operator's berth agreement at North Quay and cargo ship calls at Wrayhaven Harbour, including their berth schedules.
      - **Customer Services Supervisor**: runs the harbour office front desk at Wrayhaven, the booking phone line, the customer inbox and the customer pages of our website.
  - Finance and Resources Directorate
    - **Director of Finance and Resources**: leads finance, IT, income and people; secretary to the Board's audit committee.
      - IT and data
        - **Head of IT and Systems**: buys, runs and secures the Trust's business systems and office network, and leads every move of records from paper or an old system into a new one.
          - **Data and Reporting Analyst**: runs Harbour Insight, our Power BI reports on the PortData warehouse; keeps the baseline of every performance measure and produces the monthly performance report.
      - **Income and Accounts Manager**: bills harbour dues, berth fees and ferry charges, chases debt, runs direct debits and our contract with the card payment provider, and keeps DuesCalc.
      - **HR and Training Manager**: recruitment, pay and people policies; plans, books and records all staff training, including training on new systems, in LearnLog.
  - Engineering and Estates Directorate
    - **Head of Engineering and Estates**: leads engineering and estates; owns the Trust's assets and its capital works programme.
      - **Electrical and Plant Engineer**: designs and maintains our electrical supply, substations, shore power equipment, cranes and plant, and deals with the distribution network operator.
      - **Estates and Works Manager**: runs capital works on our quays, slipways and buildings: hires and supervises contractors and carries the Trust's duties as client under the CDM Regulations.

## Bodies we consult

These are not Trust posts and nobody here reports to them. We consult them; they advise, and
they do not run or own any Trust work.

- **Chair, Harbour Users' Committee**: speaks for berth holders, fishing skippers, the ferry operator and cargo agents on dues, berthing rules and services.
- **Natural England Adviser, Wray Estuary**: statutory consultee on works licences and any works below mean high water in the Wray Estuary Special Protection Area.

Questions about this page go to the HR and Training Manager.
"""

BOARD_TOR = """
# The Board of Wrayhaven Port Trust: terms of reference

Approved by the Board on 9 March 2026. Reviewed every two years.

## Membership

The Board has a Chair and seven other non-executive members appointed under the Harbour Acts,
and two executive members: the Chief Executive and the Director of Finance and Resources. The
Harbour Master attends every meeting. The Board is not a post in the staff structure.

## Meetings

The Board meets four times a year, in March, June, September and December, and holds a
strategy day in July. Papers reach members ten working days before each meeting.

## Matters reserved to the Board

1. The Trust's strategy, its annual budget and its five-year capital plan.
2. Harbour dues and tariffs, after the harbour users' committee has been consulted.
3. Capital spending above £250,000 on any one scheme.
4. Starting a programme of work, releasing each stage's budget and deciding each gate of a
   programme it has approved. Gate decisions are taken at scheduled meetings.
5. The appointment of the Chief Executive and the Harbour Master.

## Delegation

The Chief Executive is accountable to the Board for every programme it approves, presents each
gate paper and may release up to £250,000 within an approved stage budget. The Director of
Finance and Resources reports spending against each released budget at every meeting.
"""

PROGRAMME_BOARD = """
# Open Harbour 2030 programme board: terms of reference

Draft for the Board of 7 December 2027, to take effect when the Board approves the programme.

- Sponsor and chair: the Chief Executive.
- Members: the Harbour Master, the Commercial Director, the Director of Finance and Resources
  and the Head of Engineering and Estates.
- Secretary: the Programme Manager, Open Harbour 2030, who keeps the plan, the risk log, the
  register of data owners and the gate papers.
- Attending when needed: the Head of IT and Systems, the HR and Training Manager and the Data
  and Reporting Analyst.

The programme board meets monthly. It runs the programme within the stage the Board has
released, agrees changes within the stage budget, and prepares each gate paper for the Chief
Executive to put to the Board. It reports to the Board at every scheduled meeting.

The harbour users' committee is heard before each gate paper is written. Training for every
team that uses a new system is planned with the HR and Training Manager and recorded in
LearnLog.
"""

HUC = """
# Wrayhaven Harbour Users' Committee: constitution (extract)

Adopted 2011, last amended 2024.

## Purpose

The Committee gives harbour users a voice with the Trust. It has twelve members: three marina
berth holders, three Gullhope skippers nominated by the Gullhope Fishermen's Association, one
each for the ferry operator, the cargo agents, the sailing club and the Wrayhaven rowing club,
and two co-opted members. It elects its Chair every two years.

## What the Committee does

The Committee advises the Trust. It does not manage or direct Trust staff, and its members do
not take on Trust work.

The Trust must consult the Committee before changing berthing rules, harbour dues or the way
berths are booked, and give it at least 28 days to reply.

The Committee meets every quarter, in the month before each Board meeting. Its minutes go to
the Board.
"""

WORKS = """
# Harbour works licensing: how it works today

Owner: Marine Licensing Officer. Version 4, June 2027.

1. The applicant fills in the six-page works licence form (WL1) and posts or hands it in at the
   Harbour Master's office.
2. The Marine Licensing Officer checks the form is complete, logs it in the works register and
   writes to the applicant with the date it was found complete.
3. The Marine Licensing Officer sends copies to the Harbour Master, the Deputy Harbour Master
   and, where the works are in the water, to Port Control, so that works dates can be checked
   against planned ship movements.
4. Natural England must be consulted before we license any works below mean high water in the
   Wray Estuary Special Protection Area, and it has 28 days to reply.
5. The Harbour Master decides the application and signs the licence and its conditions.

In 2027, 61 applications were decided, 22% of them within 30 working days of being complete.
Most of the others waited at step 4 or for the applicant's drawings.
"""

GULLHOPE = """
GULLHOPE HARBOUR - NOTES FOR THE OPEN HARBOUR TEAM
From the Gullhope Harbour Manager, 3 November 2027

64 boats are registered to land at Gullhope. 41 of them land at least once a week, mostly
between 03:00 and 07:00. The harbour office is staffed from 07:00 to 15:00 on weekdays and
07:00 to 11:00 on Saturdays.

Skippers ring my mobile before they come in. I write each landing in the landing book, with the
boat, the berth and the weight landed, and the book goes to the Income and Accounts team at the
end of each month so that dues can be invoiced.

Most skippers already pay for fuel through the fuel supplier's app, and the Gullhope
Fishermen's Association has asked to be the first to try online booking.

The Gullhope harbour office is not yet connected to the Trust's network: it runs on a 4G
router, and the landing book is the only record kept there.
"""

GRID_EMAIL = """
From: Electrical and Plant Engineer
To: Head of Engineering and Estates
Cc: Programme Manager, Open Harbour 2030
Date: 2 November 2027
Subject: North Quay shore power - grid connection

Hello,

I have had the distribution network operator's budget estimate back for North Quay.

The existing North Quay substation cannot supply more than 400 kVA without reinforcement, and
the ferry will need about 1.6 MVA when she is plugged in overnight. The operator's earliest
connection date is not yet known: they quote 18 to 30 months from the day we accept a formal
offer, and a formal offer takes up to 65 working days from a full application.

The substation building itself is ours and in good order, and the cable route along the quay
is clear of other services apart from the water main.

I suggest we apply in January so that we have an offer for the December 2028 Board.

Regards,
Electrical and Plant Engineer
Wrayhaven Port Trust
"""

SYSTEMS = [
    ["System", "Used for", "Business owner", "Where it runs", "Known limits"],
    [
        "Berth books",
        "Allocating marina annual berths, marina visitor berths, Wrayhaven Harbour "
        "berths and Gullhope landings",
        "Marina Manager; Gullhope Harbour Manager; Ferry and Cargo Manager",
        "Harbour offices",
        "Berth allocations are kept on paper in four bound berth books.",
    ],
    [
        "DuesCalc",
        "Working out harbour dues and berth fees and listing invoices to raise",
        "Income and Accounts Manager",
        "Finance shared drive",
        "Dues billing relies on a spreadsheet of 14 linked tabs that one person maintains.",
    ],
    [
        "Tidewell Finance",
        "General ledger, sales invoices, debt and direct debits",
        "Director of Finance and Resources",
        "Supplier's cloud",
        "",
    ],
    [
        "PayQuay card terminals",
        "Card payments at the Wrayhaven harbour office and the marina office",
        "Income and Accounts Manager",
        "Two harbour offices",
        "Our contract only covers card-present payments, so we cannot take payments online or "
        "by phone.",
    ],
    [
        "Port Control VTS",
        "Radar, AIS and VHF recording for the vessel traffic service",
        "VTS Manager",
        "Port Control",
        "The radar and AIS picture runs only on the VTS network at Port Control.",
    ],
    [
        "Pilotage ledger",
        "Acts of pilotage, pilot hours and pilotage charges",
        "Pilotage Manager",
        "Pilot station",
        "Passage plans are written on paper and are not retained beyond 12 months.",
    ],
    [
        "Works register",
        "Works licences, dredging consents, mooring licences and their conditions",
        "Marine Licensing Officer",
        "Harbour Master's office",
        "",
    ],
    [
        "Harbour Insight",
        "Power BI reports on the PortData warehouse: the monthly performance "
        "report and the Board's dashboard",
        "Data and Reporting Analyst",
        "Trust cloud tenancy",
        "",
    ],
    [
        "LearnLog",
        "Staff training plans, bookings and records",
        "HR and Training Manager",
        "Supplier's cloud",
        "",
    ],
    [
        "Trust website",
        "Tariffs, notices to mariners, opening hours and contact details",
        "Customer Services Supervisor",
        "Hosted",
        "",
    ],
]


def build_systems() -> bytes:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(SYSTEMS)
    return "\ufeff".encode() + buf.getvalue().encode("utf-8")


MEASURES = [
    ("Measure", "What it counts", "Owner", "Baseline", "Source"),
    (
        "Berths and dues recorded in the port system",
        "Berths allocated and dues invoices raised in the port system, as a share of all",
        "Head of IT and Systems",
        "0% (December 2027)",
        "Port system, once live",
    ),
    (
        "Invoices paid within 30 days",
        "Invoices paid within 30 days of issue, by value",
        "Income and Accounts Manager",
        "61% (2026)",
        "Tidewell Finance",
    ),
    (
        "Berth bookings made and paid online",
        "Berth bookings made and paid on the website or app, as a share of all berth bookings",
        "Commercial Director",
        "0% (2026)",
        "Port system, once live",
    ),
    (
        "Gullhope landings booked before arrival",
        "Landings booked before the boat reaches the harbour entrance",
        "Gullhope Harbour Manager",
        "0% (2026)",
        "Landing book; port system",
    ),
    (
        "Acts of pilotage with live traffic on the pilot's tablet",
        "Acts of pilotage where the tablet showed the VTS picture from boarding to berth",
        "Pilotage Manager",
        "0% (2026)",
        "Pilotage ledger; tablet logs",
    ),
    (
        "Works licences decided within 30 working days",
        "Applications decided within 30 working days of being complete",
        "Marine Licensing Officer",
        "22% (2027)",
        "Works register",
    ),
    (
        "Ferry's overnight hours at North Quay on shore power",
        "Hours alongside between 20:00 and 06:00 with the generators off",
        "Electrical and Plant Engineer",
        "0% (2026)",
        "Shore power meter, once installed",
    ),
    (
        "Ferry CO2e at North Quay",
        "Tonnes a year from the operator's fuel returns",
        "Head of Engineering and Estates",
        "1,080 t (2026)",
        "Ferry operator's returns",
    ),
    (
        "Berth holders rating the harbour office good or very good",
        "Share of berth holders answering good or very good",
        "Customer Services Supervisor",
        "None",
        "Survey, from 2028",
    ),
]


def build_measures() -> bytes:
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = DocxPt(10.5)
    doc.add_heading("Performance measures for Open Harbour 2030", level=1)
    doc.add_paragraph(
        "Owned by the Data and Reporting Analyst, who keeps each baseline in Harbour Insight "
        "and reports every measure to the programme board monthly. Each measure has one owner, "
        "who answers for its figure."
    )
    tab = doc.add_table(rows=len(MEASURES), cols=len(MEASURES[0]))
    tab.style = "Table Grid"
    for i, row in enumerate(MEASURES):
        for j, text in enumerate(row):
            cell = tab.cell(i, j)
            cell.text = text
            if i == 0:
                for r in cell.paragraphs[0].runs:
                    r.bold = True
    doc.add_heading("Notes", level=2)
    doc.add_paragraph(
        "Invoices paid within 30 days covers harbour dues, berth fees and ferry charges "
        "raised through Tidewell Finance."
    )
    doc.add_paragraph(
        "The Trust has no survey of berth holders or visiting crews, so the rating of the "
        "harbour office has no baseline yet."
    )
    doc.add_paragraph(
        "Ferry CO2e uses the government's greenhouse gas conversion factors for marine gas oil."
    )
    core = doc.core_properties
    core.author = "Data and Reporting Analyst"
    core.last_modified_by = "Data and Reporting Analyst"
    core.title = "Performance measures for Open Harbour 2030"
    core.revision = 6
    core.comments = ""
    buf = io.BytesIO()
    doc.save(buf)
    data = buf.getvalue()
    src = zipfile.ZipFile(io.BytesIO(data))
    core_xml = src.read("docProps/core.xml")
    core_xml = re.sub(
        rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:(?:created|modified)>)",
        rb"\g<1>" + DOCX_STAMP.w3c.encode() + rb"\g<2>",
        core_xml,
    )
    return sorted_zip(data, DOCX_STAMP, {"docProps/core.xml": core_xml})


ORG_TEXT: dict[str, str] = {
    "org/people/staff-handbook-how-we-are-organised.md": HANDBOOK,
    "org/governance/board-terms-of-reference.md": BOARD_TOR,
    "org/governance/open-harbour-programme-board.md": PROGRAMME_BOARD,
    "org/context/harbour-users-committee-constitution.md": HUC,
    "org/context/works-licensing-procedure.md": WORKS,
    "org/context/gullhope-harbour-notes.txt": GULLHOPE,
    "org/context/email-2027-11-02-north-quay-grid.txt": GRID_EMAIL,
}


def build(out: Path) -> None:
    root = out / CASE
    files: dict[str, str | bytes] = {
        DECK: build_deck(),
        "org/systems/systems-register.csv": build_systems(),
        "org/measures/performance-measures-2028.docx": build_measures(),
    }
    files.update(ORG_TEXT)
    write_files(root, files)


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
