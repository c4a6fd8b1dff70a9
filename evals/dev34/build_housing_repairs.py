"""Build the dev34 case ``housing-repairs``: its deck and its org folder, deterministically.

Run from the repository root with a Python that has reportlab, python-docx and pypdf (the
project's venv lacks reportlab; the writer used ``/tmp/rl34a/bin/python``, a venv made with
``python3 -m venv /tmp/rl34a && /tmp/rl34a/bin/pip install reportlab pypdf python-docx
python-pptx``):

    /tmp/rl34a/bin/python evals/dev34/build_housing_repairs.py [out]

Writes, under ``evals/dev34/housing-repairs/`` (or ``<out>/housing-repairs/``):

- ``Fixed and Fair - Board strategy day 18 March 2027.pdf``: Marlcroft Housing's repairs and
  tenant services plan for the financial years 2027/28 to 2029/30, drawn with reportlab the way
  PowerPoint for Windows saves a 16:9 deck as PDF ("Save as PDF"): 960 x 540 pt pages, real
  space characters in the text, every line its own text object, an embedded TrueType subset,
  a catalog marked as tagged (``/MarkInfo << /Marked true >>``, ``/Lang (en-GB)``, a
  ``/StructTreeRoot``), document information with Title, Author, Creator and Producer
  "Microsoft\u00ae PowerPoint\u00ae for Microsoft 365" and one fixed creation date. The
  roadmap is a Gantt chart: bars under 36 month columns (three financial years of April to
  March) and a "Beyond 2030" column; the stage names appear undated on an earlier slide.
- ``org/``: a Markdown staff directory (the roster), the programme board's terms (DOCX), the
  Tenants' Scrutiny Panel protocol (Markdown), the systems and data inventory (Markdown), the
  measure definitions (TSV), a contracts and suppliers register (JSON), the damp and mould
  policy (DOCX), the Wexley district profile (Markdown) and an email from the Unite convenor
  (plain text).

Re-running it rewrites every file byte for byte: reportlab runs with ``invariant=1`` and a
fixed date; the DOCX files are rewritten with their ZIP entries sorted at one fixed time;
text files are literal strings. It never touches ``gold.json``. DEVELOPMENT case (split
"dev34").
"""

from __future__ import annotations

import io
import json
import sys
import zipfile
from collections.abc import Sequence
from pathlib import Path

from docx import Document
from docx.shared import Pt
from reportlab.lib.colors import HexColor
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary, PDFName, PDFString, PDFtrue
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

HERE = Path(__file__).resolve().parent
CASE = "housing-repairs"
DECK = "Fixed and Fair - Board strategy day 18 March 2027.pdf"
ZIP_TIME = (1980, 1, 1, 0, 0, 0)
PRODUCER = "Microsoft\u00ae PowerPoint\u00ae for Microsoft 365"
CREATED = "D:20270311164212+00'00'"

W, H = 960.0, 540.0
FONT_DIR = Path("/usr/share/fonts/truetype/liberation")
F, FB = "Calibri", "Calibri-Bold"
INK = HexColor("#1E2B3A")
TEAL = HexColor("#0F6E6A")
PALE = HexColor("#E8F1F0")
GREY = HexColor("#6B7280")
AMBER = HexColor("#B45309")
LINE = HexColor("#C9D3D8")
WHITE = HexColor("#FFFFFF")
FOOTER = "Marlcroft Housing \u00b7 Fixed and Fair \u00b7 Board strategy day, 18 March 2027"

# The roadmap's bars: (label, first month column, last month column + 1), month 0 = April 2027.
# The three programme stages, then workstream bars that overlap them and are not stages.
STAGES = [
    ("Stage 1: Stabilise", 0, 9),
    ("Stage 2: Improve", 9, 24),
    ("Stage 3: Transform", 24, 36),
]
WORKSTREAMS = [
    ("Wexley voids pilot", 2, 8),
    ("Damp and mould cases onto Lintel", 3, 12),
    ("Fixplan for Gable & Rowe", 6, 18),
    ("Voids approach: Harnham Cross and Tollerby", 9, 21),
    ("MyMarlcroft: report, book and track", 12, 33),
    ("Humidity sensors in 400 homes", 21, 33),
]
MONTH_LETTERS = "AMJJASONDJFM"


# =========================================================================== drawing helpers


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    words = text.split(" ")
    lines: list[str] = []
    cur = ""
    for w in words:
        trial = f"{cur} {w}" if cur else w
        if pdfmetrics.stringWidth(trial, font, size) <= width or not cur:
            cur = trial
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


class Deck:
    def __init__(self, path: Path) -> None:
        self.c = Canvas(str(path), pagesize=(W, H), invariant=1, pageCompression=1)
        doc = self.c._doc
        doc.info.producer = PRODUCER
        doc.info.creator = PRODUCER
        doc.info.title = "Fixed and Fair"
        doc.info.author = "Rachel Oyelaran"
        doc.info.subject = ""
        doc.info.keywords = ""
        doc.info._dateFormatter = lambda *a: CREATED
        cat = doc.Catalog
        cat.MarkInfo = PDFDictionary({"Marked": PDFtrue})
        cat.StructTreeRoot = PDFDictionary({"Type": PDFName("StructTreeRoot"), "K": PDFArray([])})
        cat.Lang = PDFString("en-GB")
        self.n = 0

    def text(
        self, x: float, y: float, s: str, size: float = 14, bold: bool = False, color=INK
    ) -> None:
        self.c.setFillColor(color)
        self.c.setFont(FB if bold else F, size)
        self.c.drawString(x, y, s)

    def para(
        self,
        x: float,
        y: float,
        s: str,
        width: float,
        size: float = 14,
        bold: bool = False,
        color=INK,
        lead: float = 1.22,
    ) -> float:
        """Wrapped text from baseline y down; returns the y below the last line."""
        for line in wrap(s, FB if bold else F, size, width):
            self.text(x, y, line, size, bold, color)
            y -= size * lead
        return y

    def bullets(
        self,
        x: float,
        y: float,
        items: list[str],
        width: float,
        size: float = 14,
        gap: float = 8,
        mark: str = "\u2022",
    ) -> float:
        for k, item in enumerate(items, start=1):
            label = f"{k}." if mark == "1" else mark
            self.text(x, y, label, size, color=TEAL, bold=True)
            y = self.para(x + 22, y, item, width - 22, size) - gap
        return y

    def rect(self, x: float, y: float, w: float, h: float, fill=PALE, stroke=None) -> None:
        self.c.setFillColor(fill)
        if stroke is not None:
            self.c.setStrokeColor(stroke)
            self.c.setLineWidth(0.75)
        self.c.rect(x, y, w, h, fill=1, stroke=1 if stroke is not None else 0)

    def hline(self, x1: float, x2: float, y: float, color=LINE, width: float = 0.75) -> None:
        self.c.setStrokeColor(color)
        self.c.setLineWidth(width)
        self.c.line(x1, y, x2, y)

    def page(self, title: str, eyebrow: str = "") -> None:
        if self.n:
            self.c.showPage()
        self.n += 1
        self.rect(0, H - 6, W, 6, fill=TEAL)
        if eyebrow:
            self.text(48, 500, eyebrow.upper(), 10, bold=True, color=TEAL)
        self.text(48, 466, title, 26, bold=True)
        self.text(48, 20, FOOTER, 9, color=GREY)
        self.text(W - 60, 20, str(self.n), 9, color=GREY)

    def save(self) -> None:
        self.c.showPage()
        self.c.save()


# =========================================================================== the deck


def build_deck(path: Path) -> None:  # noqa: C901 - one slide after another
    pdfmetrics.registerFont(TTFont(F, str(FONT_DIR / "LiberationSans-Regular.ttf")))
    pdfmetrics.registerFont(TTFont(FB, str(FONT_DIR / "LiberationSans-Bold.ttf")))
    d = Deck(path)

    # 1 cover
    d.n = 1
    d.rect(0, 0, W, H, fill=TEAL)
    d.text(64, 430, "Marlcroft Housing", 16, bold=True, color=WHITE)
    d.text(64, 330, "Fixed and Fair", 54, bold=True, color=WHITE)
    d.text(64, 290, "Repairs and tenant services plan 2027 to 2030", 24, color=WHITE)
    d.text(64, 200, "Board strategy day \u00b7 18 March 2027 \u00b7 Paper B3", 14, color=WHITE)
    d.text(64, 178, "For decision", 14, bold=True, color=WHITE)
    d.text(64, 60, "Executive Director of Homes and Neighbourhoods", 12, color=WHITE)

    # 2 where we start from
    d.page("Where we start from", "Context")
    tiles = [
        (
            "21,140",
            "homes for rent and shared ownership in three districts: Harnham Cross "
            "(9,310), Tollerby (6,020) and Wexley (5,810)",
        ),
        (
            "61,800",
            "repairs raised in 2026/27; 68% done by our in-house team, Marlcroft "
            "Repairs, the rest by two contractors",
        ),
        ("1,214", "damp and mould cases opened in 2026/27, up from 690 two years earlier"),
        ("612", "homes became empty in 2026/27 and took 61 days on average to re-let"),
    ]
    for k, (big, label) in enumerate(tiles):
        x = 48 + k * 216
        d.rect(x, 250, 200, 180)
        d.text(x + 14, 385, big, 34, bold=True, color=TEAL)
        d.para(x + 14, 355, label, 172, 12.5)
    d.para(
        48,
        222,
        "Routine repairs took 38 calendar days on average, and 64% of tenants were "
        "satisfied with their last repair (TP02, 2026/27 survey).",
        560,
        14,
    )
    d.rect(640, 70, 272, 160, fill=WHITE, stroke=LINE)
    d.text(654, 208, "For context, not targets", 12, bold=True, color=AMBER)
    y = (
        d.para(
            654,
            188,
            "Our 2019 repairs promise said every routine repair would be done within 28 days.",
            244,
            11.5,
        )
        - 6
    )
    y = (
        d.para(
            654, y, "Kestrel Homes, our nearest peer, reports re-let times of 24 days.", 244, 11.5
        )
        - 6
    )
    d.para(654, y, "Rent rises are capped at CPI + 1% until March 2030.", 244, 11.5)

    # 3 north star and goals
    d.page("Our north star and five goals", "Ambition")
    d.rect(48, 356, 864, 90, fill=PALE)
    d.text(64, 424, "North star", 11, bold=True, color=TEAL)
    d.para(
        64,
        400,
        "Every Marlcroft tenant lives in a safe, warm and well-kept home, and "
        "trusts us to put things right.",
        830,
        20,
        bold=True,
    )
    goals = [
        "Fix 85% of responsive repairs right first time by March 2030, up from 71% today.",
        "Make damp and mould hazards safe within 24 hours, and investigate every damp and "
        "mould report within 10 working days, from April 2028.",
        "Re-let empty homes in 28 days on average, key to key, by March 2029.",
        "Make reporting and tracking a repair easy for tenants, online or by phone.",
        "Be a landlord our tenants would recommend to friends and family.",
    ]
    d.bullets(64, 322, goals, 820, 16, gap=14, mark="1")

    # 4 who the plan is for
    d.page("Who this plan is for first", "Focus")
    d.para(48, 432, "Three tenant situations we will design the service around:", 600, 15)
    cards = [
        (
            "Reporting a repair",
            "A tenant reporting a repair: a dripping tap, a boiler that "
            "will not fire or a door that will not lock, by phone, online or to an operative on "
            "site.",
        ),
        (
            "A damp and mould case",
            "A household with a damp and mould case: from the first "
            "report through the survey and the treatment to the check six weeks later.",
        ),
        (
            "Moving into a re-let home",
            "A new tenant moving into a re-let home: from the day "
            "the keys come back to the day the new household moves in.",
        ),
    ]
    for k, (head, body) in enumerate(cards):
        x = 48 + k * 206
        d.rect(x, 150, 194, 250)
        d.text(x + 12, 378, head, 13, bold=True, color=TEAL)
        d.para(x + 12, 354, body, 170, 12.5)
    d.rect(688, 150, 224, 250, fill=WHITE, stroke=LINE)
    d.text(700, 378, "Not in this plan", 13, bold=True, color=AMBER)
    d.bullets(
        700,
        354,
        [
            "Planned kitchen, bathroom and roof replacements (the asset plan)",
            "Service charges for shared owners and leaseholders",
            "Anti-social behaviour and tenancy enforcement",
            "Defects on new homes under the developer's warranty",
            "Garages and commercial units",
        ],
        200,
        11.5,
        gap=5,
    )

    # 5 stages
    d.page("Three stages over three financial years", "How the plan is built")
    d.para(
        48,
        432,
        "The plan covers the financial years 2027/28, 2028/29 and 2029/30. "
        "It moves in three stages; each ends only when its exit criteria are met.",
        860,
        15,
    )
    stages = [
        (
            "Stage 1: Stabilise",
            "Clear the oldest repairs, bring every damp and mould case "
            "under one record and prove a faster way to re-let homes in one district.",
        ),
        (
            "Stage 2: Improve",
            "Put every repair, whoever does it, into one schedule, and take "
            "the new voids approach to all three districts.",
        ),
        (
            "Stage 3: Transform",
            "Tenants report, book and track repairs themselves, and we "
            "find damp and disrepair before tenants have to tell us.",
        ),
    ]
    for k, (head, body) in enumerate(stages):
        x = 48 + k * 292
        d.rect(x, 170, 276, 200)
        d.text(x + 14, 340, head, 18, bold=True, color=TEAL)
        d.para(x + 14, 310, body, 248, 13.5)
    d.para(
        48,
        130,
        "Stage dates are on the roadmap; the gate at the end of Stage 1 is on its own slide.",
        860,
        12,
        color=GREY,
    )

    # 6 - 9 pillars
    pillars = [
        (
            "Pillar 1: Right first time",
            [
                "Give operatives van stock lists built from the 200 most-used parts, restocked "
                "overnight at the Harnham Cross stores",
                "Diagnose at first contact: a repairs triage script for Customer Hub advisers, "
                "with photos from the tenant where they can send them",
                "Extend Fixplan scheduling to Gable & Rowe's operatives, so every responsive "
                "repair is booked into one diary",
                "Book every routine repair into a morning or afternoon slot agreed with the "
                "tenant at the first call",
            ],
            "Lead on the Executive Team: Director of Property Services",
        ),
        (
            "Pillar 2: Damp and mould: find it, fix it, come back",
            [
                "Move damp and mould cases from the tracker spreadsheet onto Lintel, with one "
                "case record per home",
                "Survey every reported home within 10 working days and write to the household "
                "with the findings within 3 working days of the survey",
                "Revisit every treated home six weeks after the works to check the mould has "
                "not returned",
                "Fit humidity sensors in 400 homes with a history of repeat cases",
                "Train all 142 operatives and every Customer Hub adviser to spot and record damp "
                "and mould",
            ],
            "Lead on the Executive Team: Director of Property Services",
        ),
        (
            "Pillar 3: Homes ready to let",
            [
                "Agree one lettable standard for all three districts with the Tenants' Scrutiny "
                "Panel",
                "Inspect each home on the day the keys come back, on a tablet form in place of "
                "paper void sheets",
                "Run gas, electrical and asbestos checks alongside the void works, not after them",
                "Start accompanied viewings while the final works are still under way",
            ],
            "Lead on the Executive Team: Executive Director of Homes and Neighbourhoods",
        ),
        (
            "Pillar 4: Report it, book it, track it",
            [
                "Let tenants report a repair on MyMarlcroft with photos and choose their own "
                "appointment slot",
                "Send a text the day before the appointment and when the operative is on the way",
                "Show the progress of each repair, contractor jobs included, on MyMarlcroft",
                "Keep phone reporting and face-to-face help at our three district offices for "
                "tenants who need them",
            ],
            "Lead on the Executive Team: Executive Director of Homes and Neighbourhoods",
        ),
    ]
    for k, (title, items, lead) in enumerate(pillars, start=1):
        d.page(title, f"Pillar {k} of 4")
        d.text(48, 430, "What we will do", 13, bold=True, color=TEAL)
        d.bullets(48, 404, items, 860, 15, gap=12)
        d.text(48, 60, lead, 12, color=GREY)

    # 10 KPIs
    d.page("How we will know", "Measures")
    cols = [48, 470, 620, 740]
    heads = ["Measure", "Baseline 2026/27", "Target", "By when"]
    for x, h in zip(cols, heads, strict=False):
        d.text(x, 430, h, 12.5, bold=True, color=TEAL)
    d.hline(48, 912, 422, color=TEAL, width=1.2)
    rows = [
        ("Repairs completed right first time", "71%", "85%", "March 2030"),
        ("Average days to complete a routine repair", "38 days", "20 days", "March 2029"),
        ("Emergency repairs attended within 4 hours", "89%", "98%", "Q4 2027/28"),
        ("Damp and mould reports investigated within 10 working days", "52%", "100%", "Q1 2028/29"),
        ("Average re-let time, key to key", "61 days", "28 days", "March 2029"),
        ("Repairs reported online", "9%", "40%", "2029/30"),
        ("Tenants satisfied with repairs (TP02)", "64%", "80%", "2029/30"),
        ("MyMarlcroft logins each month", "3,100", "10,000", "March 2029"),
        ("Tenants who say we listen to their views (TP06)", "48%", "Higher", "Each year"),
    ]
    y = 402
    for row in rows:
        for x, cell in zip(cols, row, strict=False):
            d.text(x, y, cell, 13)
        d.hline(48, 912, y - 9)
        y -= 33
    d.text(
        48,
        70,
        "TP codes are the Regulator of Social Housing's tenant satisfaction measures.",
        11,
        color=GREY,
    )

    # 11 pilot
    d.page("Our pilot: empty homes in the Wexley district", "Pilot")
    d.para(
        48,
        432,
        "The Wexley district voids pilot runs for 26 weeks from Monday 7 June "
        "2027 and takes every home that becomes empty in Wexley (about 85 homes).",
        860,
        15,
    )
    d.text(48, 380, "Pilot steps", 13, bold=True, color=TEAL)
    steps = [
        (
            "Week 0",
            "Keys-back inspection on a tablet form at every void, on the day the keys come back",
        ),
        ("Weeks 0-2", "Stannard starts the works within 2 working days of the inspection"),
        ("Weeks 0-8", "Gas, electrical and asbestos checks booked alongside the works"),
        ("Weeks 4-26", "Accompanied viewings while the final works finish"),
        (
            "Week 26",
            "Review against 28 days key to key and recommend whether to take the "
            "approach to the other two districts",
        ),
    ]
    y = 354
    for wk, body in steps:
        d.text(48, y, wk, 13.5, bold=True)
        y = d.para(160, y, body, 520, 13.5) - 10
    d.rect(712, 110, 200, 260, fill=PALE)
    d.text(724, 348, "Why Wexley", 13, bold=True, color=TEAL)
    d.para(
        724,
        324,
        "Why Wexley: the longest re-let times of our three districts (74 days "
        "in 2026/27) and the smallest voids team.",
        176,
        12.5,
    )

    # 12 roadmap (Gantt)
    d.page("Roadmap 2027/28 to 2029/30", "Roadmap")
    x0, colw = 196, 17.0
    top = 432
    years = ["2027/28", "2028/29", "2029/30"]
    for k, yr in enumerate(years):
        xs = x0 + k * 12 * colw
        d.rect(xs, top - 4, 12 * colw - 2, 22, fill=TEAL)
        d.text(xs + 6 * colw - 20, top + 3, yr, 11, bold=True, color=WHITE)
    beyond_x = x0 + 36 * colw + 8
    d.rect(beyond_x, top - 4, 900 - beyond_x + 12, 22, fill=GREY)
    d.text(beyond_x + 8, top + 3, "Beyond 2030", 11, bold=True, color=WHITE)
    for m in range(36):
        d.text(x0 + m * colw + 5, top - 20, MONTH_LETTERS[m % 12], 9, color=GREY)
    for m in range(0, 37, 3):
        d.hline(x0 + m * colw - 1, x0 + m * colw - 1, top - 26)
        d.c.setStrokeColor(LINE)
        d.c.line(x0 + m * colw - 1, top - 26, x0 + m * colw - 1, 70)
    y = top - 52
    d.text(48, y + 5, "Programme stages", 11.5, bold=True)
    for label, a, b in STAGES:
        d.rect(x0 + a * colw, y, (b - a) * colw - 2, 20, fill=TEAL)
        d.text(x0 + a * colw + 5, y + 6, label, 10, bold=True, color=WHITE)
    gx = x0 + STAGES[0][2] * colw - 1
    d.c.setFillColor(AMBER)
    p = d.c.beginPath()
    p.moveTo(gx, y + 32)
    p.lineTo(gx + 7, y + 25)
    p.lineTo(gx, y + 18)
    p.lineTo(gx - 7, y + 25)
    p.close()
    d.c.drawPath(p, fill=1, stroke=0)
    d.text(gx + 10, y + 24, "Gate", 9, bold=True, color=AMBER)
    y -= 40
    d.text(48, y + 5, "Workstreams", 11.5, bold=True)
    y -= 4
    for label, a, b in WORKSTREAMS:
        d.rect(x0 + a * colw, y, (b - a) * colw - 2, 18, fill=PALE, stroke=TEAL)
        d.text(x0 + a * colw + 4, y + 5, label, 9.5)
        y -= 28
    d.para(
        beyond_x + 6,
        380,
        "Re-procure responsive repairs: Gable & Rowe's contract ends 31 March 2031",
        900 - beyond_x + 6,
        9.5,
    )
    d.para(beyond_x + 6, 300, "Stock condition survey cycle 2030-2035", 900 - beyond_x + 6, 9.5)
    d.text(
        48,
        50,
        "Bars show months from April 2027. Workstream bars overlap the stages.",
        10,
        color=GREY,
    )

    # 13 milestones
    d.page("Milestones by quarter", "Roadmap")
    cols = [48, 190, 740]
    for x, h in zip(cols, ["Quarter", "Milestone", "Lead"], strict=False):
        d.text(x, 430, h, 12.5, bold=True, color=TEAL)
    d.hline(48, 912, 422, color=TEAL, width=1.2)
    ms = [
        ("Q1 2027/28", "Programme Board in place; Wexley pilot started", "Programme Manager"),
        (
            "Q2 2027/28",
            "Notice of the Fixplan variation served on Gable & Rowe",
            "Repairs Contracts",
        ),
        (
            "Q3 2027/28",
            "Lettable standard agreed with the Tenants' Scrutiny Panel",
            "Voids and Lettings",
        ),
        (
            "Q4 2027/28",
            "Damp and mould cases on Lintel; the tracker spreadsheet closed",
            "Damp and Mould Lead",
        ),
        ("Q4 2027/28", "Emergency repairs attended within 4 hours at 98%", "Repairs Delivery"),
        ("Q2 2028/29", "Gable & Rowe operatives booked through Fixplan", "Repairs Contracts"),
        ("Q4 2028/29", "Re-lets in 28 days and routine repairs in 20 days", "Property Services"),
        ("Q3 2029/30", "Repairs booked and tracked on MyMarlcroft", "Digital Services"),
        (
            "Q4 2029/30",
            "85% right first time; 80% of tenants satisfied with repairs",
            "Property Services",
        ),
    ]
    y = 400
    for mrow in ms:
        for x, cell in zip(cols, mrow, strict=False):
            d.text(x, y, cell, 13)
        d.hline(48, 912, y - 9)
        y -= 34
    d.text(
        48,
        70,
        "Quarters are Marlcroft's financial quarters: Q1 runs April to June.",
        11,
        color=GREY,
    )

    # 14 gate
    d.page("Stage 1 exit gate: what must be true", "Gate")
    d.text(48, 432, "By 31 December 2027:", 16, bold=True, color=TEAL)
    d.bullets(
        48,
        404,
        [
            "No open responsive repair is older than 90 days (1,130 of 4,900 open jobs were in "
            "March 2027)",
            "Every open damp and mould case has a named case officer and a survey date",
            "Wexley re-lets average 35 days or fewer over the last eight weeks of the pilot",
            "The lettable standard is agreed with the Tenants' Scrutiny Panel",
        ],
        860,
        15,
        gap=12,
    )
    d.rect(48, 80, 864, 96, fill=PALE)
    d.para(
        64,
        150,
        "Decision: go or no-go on Stage 2 by the Programme Board in January 2028, "
        "chaired by the Executive Director of Homes and Neighbourhoods. The Tenants' "
        "Scrutiny Panel gives its view before the decision is taken.",
        830,
        14,
    )

    # 15 risks
    d.page("Risks and how we will manage them", "Risks")
    cols = [48, 352, 420, 488]
    for x, h in zip(cols, ["Risk", "Likelihood", "Impact", "Mitigation"], strict=False):
        d.text(x, 430, h, 12, bold=True, color=TEAL)
    d.hline(48, 912, 422, color=TEAL, width=1.2)
    risks = [
        (
            "Gable & Rowe's contract cannot take Fixplan bookings in time",
            "Medium",
            "High",
            "Serve notice of the variation by 30 June 2027, ahead of the contract anniversary",
        ),
        (
            "Humidity sensors arrive late",
            "Medium",
            "Medium",
            "Order the sensors 16 weeks before the first installs",
        ),
        (
            "Operatives resist the new appointment slots",
            "Medium",
            "High",
            "Consult Unite before any change to working patterns and run a 12-week trial",
        ),
        (
            "Cases are lost in the move off the tracker",
            "Low",
            "High",
            "Reconcile every case between the tracker and Lintel before it is closed",
        ),
        (
            "Wexley inspections slip while the surveyor post is empty",
            "High",
            "Medium",
            "Cover inspections with Stannard's surveyors for the pilot",
        ),
    ]
    y = 398
    for risk, lik, imp, mit in risks:
        y1 = d.para(cols[0], y, risk, 290, 12.5)
        d.text(cols[1], y, lik, 12.5)
        d.text(cols[2], y, imp, 12.5)
        y2 = d.para(cols[3], y, mit, 420, 12.5)
        y = min(y1, y2) - 4
        d.hline(48, 912, y + 8)
        y -= 12

    # 16 first 90 days
    d.page("Our first 90 days", "Getting started")
    d.bullets(
        48,
        432,
        [
            "Set up the Programme Board and publish the backlog baseline (Programme Manager)",
            "Serve notice on Gable & Rowe of the Fixplan contract variation by 30 June 2027 "
            "(Repairs Contracts Manager)",
            "Start the Wexley pilot on 7 June 2027 (Head of Voids)",
            "Build the van stock lists from last year's parts data (Head of Repairs Delivery)",
            "Assign a case officer to every open damp and mould case (Damp and Mould Lead)",
            "Take the draft lettable standard to the Tenants' Scrutiny Panel (Head of Tenant "
            "Engagement)",
            "Write the repairs triage script for Customer Hub advisers (Head of Customer Services)",
            "Run the first damp and mould awareness sessions for operatives (L&D)",
            "Refresh our self-assessment against the consumer standards for repairs and damp "
            "and mould (Compliance)",
        ],
        860,
        14.5,
        gap=8,
        mark="1",
    )

    # 17 governance
    d.page("How the plan is governed", "Governance")
    d.bullets(
        48,
        432,
        [
            "Sponsor: the Executive Director of Homes and Neighbourhoods, who chairs the Fixed "
            "and Fair Programme Board and takes the go or no-go decision at each stage gate",
            "The Programme Board meets monthly: Director of Property Services, Head of Customer "
            "Services, Head of Voids and Lettings, Repairs Contracts Manager, Data and Insight "
            "Manager and the Programme Manager",
            "The Tenants' Scrutiny Panel is consulted on service standards, the lettable standard "
            "and each stage gate; it does not sign off the plan",
            "The Board receives a quarterly report against the measures; the Audit and Risk "
            "Committee reviews the damp and mould data every six months",
            "Unite is consulted before any change to operatives' working patterns",
        ],
        860,
        14.5,
        gap=11,
    )

    # 18 investment and asks
    d.page("Investment and what we ask of the Board", "Decision")
    d.para(
        48,
        432,
        "\u00a34.2m over three years: \u00a31.6m in 2027/28, \u00a31.5m in "
        "2028/29 and \u00a31.1m in 2029/30, within the approved business plan.",
        860,
        15,
    )
    d.text(48, 370, "The Board is asked to:", 14, bold=True, color=TEAL)
    d.bullets(
        48,
        344,
        [
            "Approve the plan and its three stages",
            "Approve the 2027/28 budget of \u00a31.6m",
            "Note the Stage 1 exit gate and its criteria",
            "Note that the Tenants' Scrutiny Panel will report its view to the Board in February "
            "2028",
        ],
        860,
        14.5,
        gap=9,
    )

    # 19 beyond
    d.page("Beyond this plan", "Outside the horizon")
    d.bullets(
        48,
        432,
        [
            "Gable & Rowe's contract ends on 31 March 2031; the options for re-procurement come "
            "to the Board in 2030/31.",
            "The stock condition survey cycle of 2030 to 2035 will follow this plan.",
            "The asset strategy's commitment to EPC band C by 2035 sits outside this plan.",
        ],
        860,
        15,
        gap=12,
    )
    d.save()


# =========================================================================== org: DOCX


def _fixed_zip(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in sorted(src.namelist()):
            info = zipfile.ZipInfo(name, ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            z.writestr(info, src.read(name))
    return out.getvalue()


def _docx(path: Path, blocks: Sequence[tuple[str, object]], title: str, author: str) -> None:
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.revision = 3
    from datetime import datetime

    cp.created = datetime(2027, 2, 1, 9, 0, 0)
    cp.modified = datetime(2027, 3, 2, 15, 30, 0)
    for kind, value in blocks:
        if kind in {"h1", "h2"}:
            doc.add_heading(str(value), level=1 if kind == "h1" else 2)
        elif kind == "p":
            doc.add_paragraph(str(value))
        elif kind == "li":
            doc.add_paragraph(str(value), style="List Bullet")
        elif kind == "table":
            rows = value
            assert isinstance(rows, list)
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, cell in enumerate(row):
                    t.cell(r, c).text = cell
    buf = io.BytesIO()
    doc.save(buf)
    path.write_bytes(_fixed_zip(buf.getvalue()))


BOARD_TERMS = [
    ("h1", "Fixed and Fair Programme Board: terms of reference"),
    ("p", "Approved by the Executive Team on 2 March 2027. Review date: March 2028."),
    ("h2", "1. Purpose"),
    (
        "p",
        "The Programme Board directs the repairs and tenant services plan, Fixed and Fair, "
        "for the financial years 2027/28 to 2029/30. It holds the plan's budget, its risks and "
        "its measures, and it takes the go or no-go decision at the end of each stage.",
    ),
    ("h2", "2. Chair and sponsor"),
    (
        "p",
        "The Executive Director of Homes and Neighbourhoods is the programme's executive "
        "sponsor and chairs the Board. The chair is accountable to the Executive Team and to "
        "the Board of Marlcroft Housing for the plan's delivery and its spend.",
    ),
    ("h2", "3. Members"),
    (
        "table",
        [
            ["Member", "Why they sit on the Board"],
            ["Director of Property Services", "In-house repairs, contractors and voids works"],
            ["Head of Customer Services", "Customer Hub and district offices"],
            ["Head of Voids and Lettings", "Empty homes and lettings"],
            ["Repairs Contracts Manager", "The two repairs contracts"],
            ["Data and Insight Manager", "Measures and reporting"],
            ["Programme Manager", "Secretary to the Board; plan, risk log and reports"],
        ],
    ),
    ("h2", "4. Decisions"),
    (
        "li",
        "Go or no-go at each stage gate, on the exit criteria the Board approved, taken by "
        "the chair after hearing the members.",
    ),
    ("li", "Changes to scope, budget lines over \u00a350,000 and the order of workstreams."),
    ("li", "Closing a workstream that does not show results at two quarterly reviews."),
    ("h2", "5. Tenants' Scrutiny Panel"),
    (
        "p",
        "The Tenants' Scrutiny Panel is not a member of the Board. Under the panel protocol "
        "it must be consulted before any change to repair service standards, the lettable "
        "standard or appointment arrangements, and before each stage gate. The Board records "
        "the panel's view with each decision.",
    ),
    ("h2", "6. Cadence"),
    (
        "p",
        "The Board meets monthly and reports to the Executive Team after each meeting and "
        "to the Board of Marlcroft Housing quarterly. A meeting is quorate when the chair or "
        "the Director of Property Services and three other members attend.",
    ),
]

DAMP_POLICY = [
    ("h1", "Damp and mould policy"),
    (
        "p",
        "Version 2.1, approved by the Executive Team on 16 January 2027. Owner: Damp and "
        "Mould Lead.",
    ),
    ("h2", "1. What this policy is for"),
    (
        "p",
        "Damp and mould can harm the health of the people who live in our homes. This "
        "policy sets out how we respond when a tenant, a member of staff or a contractor "
        "reports damp or mould, and how we meet the Regulator of Social Housing's consumer "
        "standards and the legal timescales for hazards in social housing.",
    ),
    ("h2", "2. Our timescales"),
    (
        "table",
        [
            ["Step", "Timescale"],
            ["Make an emergency hazard safe", "Within 24 hours of the report"],
            ["Investigate a report (survey)", "Within 10 working days of the report"],
            ["Send the household the written findings", "Within 3 working days of the survey"],
            ["Start the remedial works", "Within 5 working days of the findings"],
            ["Check the home after the works", "Six weeks after completion"],
        ],
    ),
    ("h2", "3. Who does what"),
    (
        "li",
        "The Damp and Mould Lead manages every case, names a case officer and reports "
        "monthly to the Director of Property Services.",
    ),
    (
        "li",
        "Damp and mould surveys are carried out by our two damp and mould surveyors; "
        "remedial works are done by Stannard Property Care under the voids and remedial works "
        "contract, and mould washes by Marlcroft Repairs.",
    ),
    (
        "li",
        "The Learning and Development Manager runs the damp and mould awareness course "
        "for operatives and Customer Hub advisers and keeps the training record.",
    ),
    ("h2", "4. Records"),
    (
        "p",
        "Damp and mould cases are kept in an Excel workbook, the D&M tracker, that the Damp "
        "and Mould Lead's team updates by hand; Lintel holds the repair orders but not the case, "
        "its surveys or its letters. Moving cases onto Lintel is an action in Fixed and Fair.",
    ),
    ("h2", "5. Review"),
    (
        "p",
        "This policy is reviewed every year, and after any change in the law or in the "
        "regulator's standards.",
    ),
]


# =========================================================================== org: text files

STAFF_DIRECTORY = """# Staff directory: Homes and Neighbourhoods, Property Services and support teams

Marlcroft Housing \u00b7 intranet export, 1 March 2027 \u00b7 posts that take part in Fixed and Fair

"Programme role" says how a post takes part in the plan: **Core** posts can own work;
**Consulted** bodies give their view before decisions and own no work.

| Post | Team | Reports to | Programme role | Responsible for |
|---|---|---|---|---|
| Chief Executive | Executive Team | Board of Marlcroft Housing | Core | Leads the Executive Team; accountable to the Board for the business plan |
| Executive Director of Homes and Neighbourhoods | Executive Team | Chief Executive | Core | Housing management, lettings, customer services and tenant engagement; executive sponsor of Fixed and Fair and chair of its Programme Board |
| Director of Property Services | Property Services | Executive Director of Homes and Neighbourhoods | Core | The in-house repairs team (Marlcroft Repairs), the two repairs contracts, voids works, damp and mould, building safety; the repairs budget |
| Head of Repairs Delivery | Property Services | Director of Property Services | Core | Marlcroft Repairs: 142 operatives, supervisors, vans and stores; Fixplan schedules and appointments for in-house jobs; van stock |
| Repairs Contracts Manager | Property Services | Director of Property Services | Core | The Gable & Rowe and Stannard contracts: orders, variations, contractor performance and payments |
| Damp and Mould Lead | Property Services | Director of Property Services | Core | Every damp and mould case from report to follow-up check; the two damp and mould surveyors; the D&M tracker; humidity monitoring |
| Building Safety Compliance Manager | Property Services | Director of Property Services | Core | Gas, electrical, fire, water and asbestos safety checks, including the checks on empty homes before they are let |
| Voids Surveyor (Wexley) | Property Services | Head of Voids and Lettings | Core | Inspections and works specifications for empty homes in Wexley. The post has been vacant since 14 November 2026 |
| Head of Voids and Lettings | Homes and Neighbourhoods | Executive Director of Homes and Neighbourhoods | Core | Empty homes from keys back to tenancy start: void inspections, the lettable standard, re-let times, viewings and sign-ups |
| Head of Customer Services | Homes and Neighbourhoods | Executive Director of Homes and Neighbourhoods | Core | The Customer Hub (phone, email and web chat) and the three district offices; repairs reporting and triage by phone |
| Digital Services Manager | Homes and Neighbourhoods | Head of Customer Services | Core | The MyMarlcroft tenant portal and the text message service: online repair reporting, appointment booking and progress updates |
| Head of Tenant Engagement | Homes and Neighbourhoods | Executive Director of Homes and Neighbourhoods | Core | Supports the Tenants' Scrutiny Panel and resident groups; arranges consultation with tenants on service changes |
| Head of IT | Resources | Director of Finance and Resources | Core | Lintel, Fixplan and the other business systems: hosting, licences, integrations and user accounts |
| Data and Insight Manager | Resources | Director of Finance and Resources | Core | The Quoin data warehouse and Power BI reports; the tenant satisfaction measures survey and its results; performance reporting to the Board |
| Regulatory Compliance Manager | Governance | Company Secretary | Core | Self-assessment against the Regulator of Social Housing's consumer standards; the annual tenant satisfaction measures return; regulatory correspondence |
| Learning and Development Manager | Resources | Director of Finance and Resources | Core | Training for all staff and operatives: course design, delivery, training records |
| Director of Finance and Resources | Executive Team | Chief Executive | Core | Finance, IT, data, people; the business plan and the programme's budget lines |
| Programme Manager (Fixed and Fair) | Homes and Neighbourhoods | Executive Director of Homes and Neighbourhoods | Core | The plan, the risk log, the milestones and the Programme Board's papers |
| Chair, Tenants' Scrutiny Panel | Tenants' Scrutiny Panel | Not a staff post | Consulted | Leads the panel of tenants that reviews services and must be consulted before service standards change |
| Unite Branch Convenor (Marlcroft Repairs) | Unite the Union | Not a staff post | Consulted | Represents the in-house operatives; consulted before any change to working patterns |

Two consulted bodies lead no work in the plan. Posts in other teams (rents, income,
development, neighbourhood housing officers) are not listed.
"""

PANEL_PROTOCOL = """# Tenants' Scrutiny Panel: consultation protocol

Agreed between Marlcroft Housing and the Tenants' Scrutiny Panel, October 2025.

## 1. The panel

The Tenants' Scrutiny Panel is twelve tenants drawn from the three districts. It reviews
how our services perform and recommends changes to the Executive Team. Its chair attends
the Board's Customer Committee.

## 2. When the panel must be consulted

The panel must be consulted before any change to repair service standards, including
repair priorities and their timescales, appointment arrangements, the lettable standard
for empty homes and the recharge policy.

The panel has 28 days to respond to a consultation, and meets every six weeks. A change
may not be put in place until the panel's response has been received and reported to the
decision-maker with the paper.

## 3. What the panel does not do

The panel does not manage staff or contractors, approve budgets or own actions in our
plans. Its role is to be consulted and to scrutinise.
"""

SYSTEMS = """# Systems and data inventory: repairs and tenant services

Owner: Head of IT. Last reviewed February 2027.

## Lintel (housing management system)

Lintel holds every tenancy, rent account and property record, and every repair order,
whoever carries it out. Customer Hub advisers raise repair orders in Lintel. Lintel does
not hold damp and mould cases, surveys or letters.

## Fixplan (repairs scheduling)

Fixplan is used by the in-house team only: Marlcroft Repairs' 142 operatives and their
supervisors. Gable & Rowe and Stannard receive their job orders as emailed PDFs and return
completions on a weekly spreadsheet, which the Repairs Contracts Manager's team keys into
Lintel by hand. Our Fixplan licence covers 160 named users; adding contractor users needs
the next licence tier, which the supplier says takes 12 weeks to provision.

The Fixplan mobile app is live in Harnham Cross and Tollerby only; Wexley operatives still
collect printed job sheets at the depot each morning.

## MyMarlcroft (tenant portal)

About 6,400 tenants have a MyMarlcroft account. It shows rent balances and lets a tenant
report a repair as a free-text message that an adviser re-types into Lintel. It cannot
take photos, book appointments or show the progress of contractor jobs.

## Text messages

Appointment reminders are sent by text for in-house jobs only, from Fixplan.

## Customer Hub telephony

Calls to the Customer Hub are recorded; call recordings are kept for 30 days and then
deleted.

## Quoin data warehouse and Power BI

Quoin is our data warehouse. It loads Lintel, Fixplan and the rent system every night and
feeds the Power BI reports the Board and the Executive Team use. The Data and Insight
Manager owns it.

## Empty homes

Void inspections are recorded on paper void sheets in Wexley and Tollerby; Harnham Cross
uses a tablet form in Lintel's mobile module.
"""

WEXLEY = """# Wexley district profile

Prepared by the Head of Voids and Lettings for the Fixed and Fair pilot, February 2027.

## Homes

Wexley has 5,810 of our homes: 3,940 houses, 1,620 flats in low-rise blocks and 250
bungalows. Most were built between 1948 and 1975.

## Empty homes in 2026/27

- 171 homes became empty; the average re-let time was 74 days key to key.
- 38 needed asbestos removal before works could start.
- The Voids Surveyor post in Wexley has been vacant since 14 November 2026; agency surveyors
  cover two days a week.
- Stannard's nearest depot is at Tollerby, 22 miles away.

## Repairs

Wexley operatives work from the Wexley depot and still take printed job sheets each morning.
The district office is open four days a week.
"""

UNITE_EMAIL = """From: Dean Halloway, Unite Branch Convenor (Marlcroft Repairs)
To: Director of Property Services
Cc: Head of Repairs Delivery
Date: Mon, 22 Feb 2027 08:47
Subject: Appointment slots and the new schedule

Morning,

Thanks for the early sight of the repairs plan. As you know, under our recognition
agreement any change to operatives' working patterns, including fixed morning and
afternoon slots or new start times, needs 30 days' consultation with Unite before it
starts.

We are not against slots, but the members will want a trial and a review before anything
is fixed. Can we put a date in for the first meeting in April?

Dean
"""

MEASURES_TSV = (
    "Measure\tDefinition\tSource\tOwner\tBaseline 2026/27\n"
    "Repairs completed right first time\tResponsive repairs completed at the first visit "
    "with no follow-on order within 30 days, as a share of responsive repairs completed\t"
    "Lintel via Quoin\tHead of Repairs Delivery\t71%\n"
    "Average days to complete a routine repair\tCalendar days from the order to completion, "
    "routine priority only\tLintel via Quoin\tHead of Repairs Delivery\t38 days\n"
    "Emergency repairs attended within 4 hours\tEmergency orders attended within 4 hours of "
    "the order, as a share of emergency orders\tLintel via Quoin\tHead of Repairs Delivery\t"
    "89%\n"
    "Damp and mould reports investigated within 10 working days\tReports surveyed within 10 "
    "working days, as a share of reports received\tThe D&M tracker (Excel workbook)\t"
    "Damp and Mould Lead\t52%\n"
    "Average re-let time, key to key\tCalendar days from the keys coming back to the new "
    "tenancy start, general needs homes\tLintel via Quoin\tHead of Voids and Lettings\t61 "
    "days\n"
    "Repairs reported online\tRepair requests made on MyMarlcroft, as a share of all repair "
    "requests\tMyMarlcroft and Lintel\tDigital Services Manager\t9%\n"
    "Tenants satisfied with repairs (TP02)\tShare of tenants who had a repair in the last 12 "
    "months satisfied with the service, from the annual perception survey\tTSM survey\t"
    "Data and Insight Manager\t64%\n"
    "Tenants who say we listen to their views (TP06)\tShare of tenants who agree that we "
    "listen to their views and act on them\tTSM survey\tData and Insight Manager\t48%\n"
)

CONTRACTS = {
    "register": "Repairs contracts and suppliers",
    "owner": "Repairs Contracts Manager",
    "updated": "2027-02-26",
    "contracts": [
        {
            "name": "Responsive repairs (overflow and out of hours)",
            "supplier": "Gable & Rowe Ltd",
            "scope": "Responsive repairs in all three districts beyond the in-house team's "
            "capacity, and every out-of-hours emergency.",
            "term": "1 April 2021 to 31 March 2031",
            "value": "\u00a32.9m a year",
            "notes": "The contract can only be varied on its anniversary, 1 October each year, "
            "with three months' written notice; the next chances are 1 October 2027 and "
            "1 October 2028.",
        },
        {
            "name": "Voids and remedial works",
            "supplier": "Stannard Property Care",
            "scope": "Works to empty homes and damp and mould remedial works.",
            "term": "1 April 2024 to 31 March 2029, with an option to extend for two years",
            "value": "\u00a31.7m a year",
            "notes": "Stannard's surveyors may be called off for inspections at the day "
            "rate in the schedule.",
        },
    ],
    "suppliers": [
        {
            "name": "Humidity sensors",
            "supplier": "Brightwell Sensing",
            "notes": "Sensors are made to order with a lead time of 14 weeks from the "
            "purchase order.",
        },
        {
            "name": "Fixplan",
            "supplier": "Fixplan Systems",
            "notes": "Named-user licence for 160 users to 31 March 2028.",
        },
    ],
}


def build_org(org: Path) -> None:
    files = {
        "people/staff-directory.md": STAFF_DIRECTORY,
        "governance/tenants-scrutiny-panel-protocol.md": PANEL_PROTOCOL,
        "systems/systems-and-data-inventory.md": SYSTEMS,
        "measures/repairs-and-voids-measures.tsv": MEASURES_TSV,
        "context/wexley-district-profile.md": WEXLEY,
        "context/email-2027-02-22-unite-appointment-slots.txt": UNITE_EMAIL,
        "context/contracts-and-suppliers.json": json.dumps(CONTRACTS, indent=2, ensure_ascii=False)
        + "\n",
    }
    for rel, text in files.items():
        p = org / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(text.encode("utf-8"))
    (org / "governance").mkdir(parents=True, exist_ok=True)
    (org / "policies").mkdir(parents=True, exist_ok=True)
    _docx(
        org / "governance" / "fixed-and-fair-programme-board-terms.docx",
        BOARD_TERMS,
        "Fixed and Fair Programme Board: terms of reference",
        "Programme Manager",
    )
    _docx(
        org / "policies" / "damp-and-mould-policy.docx",
        DAMP_POLICY,
        "Damp and mould policy",
        "Damp and Mould Lead",
    )


def main(argv: list[str]) -> int:
    root = Path(argv[1]) if len(argv) > 1 else HERE
    case = root / CASE
    (case / "org").mkdir(parents=True, exist_ok=True)
    build_deck(case / DECK)
    build_org(case / "org")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
