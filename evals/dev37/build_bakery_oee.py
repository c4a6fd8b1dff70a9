"""Build the dev37 case ``bakery-oee``: its deck and its org folder, deterministically.

Run from the repository root with a Python that has reportlab, openpyxl and python-docx (the
writer used ``/tmp/rl35b/bin/python``, a venv with reportlab 5.1, openpyxl, python-docx,
python-pptx, pypdf and lxml; the project's venv has no reportlab):

    /tmp/rl35b/bin/python evals/dev37/build_bakery_oee.py [out]

Writes, under ``evals/dev37/bakery-oee/`` (or ``<out>/bakery-oee/``):

- ``Right First Time - Operations Excellence Board 14 December 2027.pdf``: Fairholt Bakeries'
  bakery operations plan (line efficiency and food safety at three bakeries, January 2028 to
  June 2029) as POWERPOINT FOR WINDOWS exports a 16:9 deck to PDF: 18 pages of 960 x 540 pt
  drawn with reportlab at coordinates, Producer and Creator "Microsoft® PowerPoint® for
  Microsoft 365", one fixed CreationDate, every line of text its own text run, bullet glyphs
  apart from their text, tables drawn as filled rectangles with a run per cell line, a footer
  and a page number on every page but the cover. The roadmap (page 12) is a table whose
  columns are month labels "Jan-28" ... "Jun-29" under quarter heads, with filled cells for the
  three phases and four overlapping workstream rows, and a "Later" column after the last month.
- ``org/``: the positions export (``people/operations-positions-export.xlsx``), the
  Operations Excellence Board's terms (DOCX), the Joint Health and Safety Committee's
  constitution, the systems and data inventory, the measure definitions (CSV), an extract of
  the retailer's supplier technical standard, the allergen management policy, the bakery site
  notes and an email from the Procurement Manager (Markdown and plain text, UTF-8).

Re-running it rewrites every file byte for byte: reportlab runs in invariant mode with a fixed
date string; the XLSX and DOCX are saved and then rewritten with their ZIP entries sorted, at
one fixed time, and their core-property dates pinned. It never touches ``gold.json``. This is
a DEVELOPMENT case (split "dev37").
"""

from __future__ import annotations

import io
import re
import sys
import zipfile
from pathlib import Path

from docx import Document
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from reportlab.lib.colors import HexColor
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

HERE = Path(__file__).resolve().parent
CASE = "bakery-oee"
DECK = "Right First Time - Operations Excellence Board 14 December 2027.pdf"
ZIP_TIME = (1980, 1, 1, 0, 0, 0)
PPT = "Microsoft\u00ae PowerPoint\u00ae for Microsoft 365"
W, H = 960.0, 540.0
FONT, BOLD = "Helvetica", "Helvetica-Bold"
INK = HexColor("#262626")
BROWN = HexColor("#7A4A1E")
WHEAT = HexColor("#E9C46A")
CRUST = HexColor("#C8803A")
PALE = HexColor("#F6EFE3")
GREY = HexColor("#6B6B6B")
LINE = HexColor("#BFB5A5")
WHITE = HexColor("#FFFFFF")
GREEN = HexColor("#5E7D4B")
BLUE = HexColor("#3F6E8C")
FOOTER = "Fairholt Bakeries  |  Right First Time  |  Commercial in confidence"


# =========================================================================== drawing


class Deck:
    def __init__(self) -> None:
        self.buf = io.BytesIO()
        c = Canvas(self.buf, pagesize=(W, H), invariant=1, pageCompression=1)
        c.setProducer(PPT)
        c.setCreator(PPT)
        c.setTitle("Right First Time")
        c.setAuthor("Fairholt Bakeries")
        c.setSubject("")
        c.setDateFormatter(lambda *a: "D:20271210164205+00'00'")
        self.c = c
        self.n = 0

    def text(
        self,
        x: float,
        y: float,
        s: str,
        size: float = 12,
        *,
        bold: bool = False,
        color=INK,
        right: bool = False,
        centre: bool = False,
    ) -> None:
        c = self.c
        c.setFillColor(color)
        c.setFont(BOLD if bold else FONT, size)
        if right:
            c.drawRightString(x, y, s)
        elif centre:
            c.drawCentredString(x, y, s)
        else:
            c.drawString(x, y, s)

    def para(
        self,
        x: float,
        y: float,
        s: str,
        width: float,
        size: float = 12,
        *,
        bold: bool = False,
        color=INK,
        lead: float = 1.3,
    ) -> float:
        """Draw ``s`` wrapped to ``width``, one run per line; return the y under it."""
        for line in simpleSplit(s, BOLD if bold else FONT, size, width):
            self.text(x, y, line, size, bold=bold, color=color)
            y -= size * lead
        return y

    def bullets(
        self,
        x: float,
        y: float,
        items: list[str],
        width: float,
        size: float = 12,
        *,
        glyph: str = "\u2022",
        gap: float = 6,
    ) -> float:
        for item in items:
            self.text(x, y, glyph, size, color=CRUST)
            y = self.para(x + 16, y, item, width - 16, size) - gap
        return y

    def numbered(
        self, x: float, y: float, items: list[str], width: float, size: float = 12
    ) -> float:
        for k, item in enumerate(items, start=1):
            self.text(x, y, f"{k}.", size, bold=True, color=BROWN)
            y = self.para(x + 20, y, item, width - 20, size) - 6
        return y

    def rect(self, x: float, y: float, w: float, h: float, fill=PALE, stroke=None) -> None:
        c = self.c
        c.setFillColor(fill)
        if stroke is not None:
            c.setStrokeColor(stroke)
            c.setLineWidth(0.5)
        c.rect(x, y, w, h, stroke=1 if stroke is not None else 0, fill=1)

    def page(self, eyebrow: str, title: str) -> None:
        if self.n:
            self.c.showPage()
        self.n += 1
        self.rect(0, H - 6, W, 6, fill=CRUST)
        self.text(40, H - 40, eyebrow, 10, bold=True, color=CRUST)
        self.text(40, H - 72, title, 26, bold=True, color=BROWN)
        self.c.setStrokeColor(LINE)
        self.c.setLineWidth(0.75)
        self.c.line(40, 30, W - 40, 30)
        self.text(40, 16, FOOTER, 8, color=GREY)
        self.text(W - 40, 16, str(self.n), 8, color=GREY, right=True)

    def table(
        self,
        x: float,
        y: float,
        widths: list[float],
        rows: list[list[str]],
        *,
        size: float = 10.5,
        row_h: float = 24,
        head_fill=BROWN,
    ) -> float:
        for r, row in enumerate(rows):
            cx = x
            for w, cell in zip(widths, row, strict=True):
                fill = head_fill if r == 0 else (PALE if r % 2 else WHITE)
                self.rect(cx, y - row_h, w, row_h, fill=fill, stroke=LINE)
                if cell:
                    self.text(
                        cx + 6,
                        y - row_h + (row_h - size) / 2 + 2,
                        cell,
                        size,
                        bold=r == 0,
                        color=WHITE if r == 0 else INK,
                    )
                cx += w
            y -= row_h
        return y

    def finish(self) -> bytes:
        self.c.showPage()
        self.c.save()
        data = self.buf.getvalue()
        # PowerPoint writes PDF 1.7; reportlab's header says 1.4 (same length, same offsets)
        return data.replace(b"%PDF-1.4", b"%PDF-1.7", 1)


# =========================================================================== the slides


def s01(d: Deck) -> None:
    d.rect(0, 0, W, H, fill=PALE)
    d.rect(0, H - 6, W, 6, fill=CRUST)
    d.rect(60, 150, 8, 240, fill=CRUST)
    d.text(90, 370, "FAIRHOLT BAKERIES", 13, bold=True, color=CRUST)
    d.text(90, 310, "Right First Time", 48, bold=True, color=BROWN)
    d.text(90, 270, "Bakery operations plan: line efficiency and food safety", 20)
    d.text(90, 240, "January 2028 to June 2029", 20, bold=True)
    d.text(90, 175, "Operations Excellence Board  |  14 December 2027", 13, color=GREY)
    d.text(90, 155, "Paper 4 of 6  |  For decision", 13, color=GREY)
    d.n = 1


def s02(d: Deck) -> None:
    d.page("CONTEXT", "Where we stand today")
    tiles = [
        ("58%", "OEE across our six bread and roll lines, 2026/27"),
        ("95 min", "average allergen changeover on a Cottesby bread line, 2026/27"),
        ("41", "short-dated delivery complaints from Bramwells in 2027"),
        ("\u00a32.3m", "of product written off as waste in 2026/27"),
        ("3", "allergen near-misses reported in 2027, none reaching a customer"),
    ]
    y = 420
    for big, label in tiles:
        d.rect(40, y - 22, 520, 56, fill=PALE)
        d.text(56, y, big, 26, bold=True, color=BROWN)
        d.text(170, y + 4, label, 12)
        y -= 68
    d.rect(590, 98, 330, 358, fill=WHITE, stroke=LINE)
    d.text(606, 430, "For context, not targets", 13, bold=True, color=BROWN)
    d.bullets(
        606,
        400,
        [
            "1,310 colleagues at three bakeries and our Hadley head office.",
            "Bramwells takes 62% of our volume under its own label.",
            "Brindmoor has run Linetrack since March 2025.",
            "Our newest line was installed at Brindmoor in 2019.",
            "Wetherden's oven rebuild is already funded and under way.",
        ],
        300,
        11,
    )


def s03(d: Deck) -> None:
    d.page("NORTH STAR AND GOALS", "Where we are going")
    d.text(40, 410, "Our north star", 13, bold=True, color=CRUST)
    d.text(40, 380, "Every loaf right first time, on every line and every shift.", 22, bold=True)
    d.text(40, 320, "Four goals", 13, bold=True, color=CRUST)
    goals = [
        "Raise OEE on our bread and roll lines from 58% to 70% by June 2029.",
        "Make allergen changeovers safer, faster and signed on the line.",
        "Halve short-dated deliveries to Bramwells by March 2029.",
        "Make our bakeries a safer place to work.",
    ]
    y = 290
    for k, goal in enumerate(goals, start=1):
        d.rect(40, y - 14, 880, 38, fill=PALE)
        d.text(56, y, str(k), 16, bold=True, color=BROWN)
        d.text(86, y, goal, 15)
        y -= 50


def s04(d: Deck) -> None:
    d.page("STRATEGY", "How we will get there: three phases")
    bands = [
        (
            "Stabilise",
            "Get one line under control: measure every loss, fix the worst, sign every changeover.",
        ),
        (
            "Standardise",
            "Write down what works and make it the way every Cottesby and Brindmoor line runs.",
        ),
        (
            "Scale",
            "Take the standard to Wetherden and to every line, and hand the method to the sites.",
        ),
    ]
    y = 400
    for name, text in bands:
        d.rect(40, y - 30, 880, 70, fill=PALE)
        d.rect(40, y - 30, 170, 70, fill=CRUST)
        d.text(56, y, name, 20, bold=True, color=WHITE)
        d.text(226, y, text, 13)
        y -= 90
    d.text(
        40,
        120,
        "Four workstreams run across the phases: People, Equipment, Data and Food safety.",
        13,
    )
    d.text(40, 98, "Dates for each phase are on the roadmap (page 12).", 13, color=GREY)


def s05(d: Deck) -> None:
    d.page("SCOPE", "Who and where first")
    d.text(40, 420, "Three moments we will design around", 14, bold=True, color=CRUST)
    moments = [
        "A bread line changeover between allergen recipes: a sesame-topped bloomer followed",
        "by a plain white loaf at Cottesby.",
        "A night shift handover at Brindmoor at 06:00, when the day shift inherits the night's",
        "stoppages.",
        "A Bramwells complaint about a short-dated delivery of rolls to its Elmsworth depot.",
    ]
    y = 390
    for k, pair in enumerate([moments[0:2], moments[2:4], moments[4:5]], start=1):
        d.text(40, y, str(k), 14, bold=True, color=BROWN)
        for line in pair:
            d.text(62, y, line, 13)
            y -= 18
        y -= 12
    d.rect(40, 80, 880, 150, fill=PALE)
    d.text(56, 205, "Not in this plan", 14, bold=True, color=BROWN)
    d.bullets(
        56,
        180,
        [
            "Wetherden bakery is not in Stabilise: it joins once its oven rebuild ends in July 2028.",
            "Foodservice and export customers.",
            "The Hadley distribution depot and our transport fleet.",
            "New product development.",
        ],
        840,
        12,
        gap=3,
    )


def s06(d: Deck) -> None:
    d.page("THE PILOT", "Start small: one line first")
    d.text(40, 420, "Our pilot is Line 3, the bread line at Cottesby bakery.", 18, bold=True)
    d.text(
        40,
        394,
        "Two shifts, 800g and 400g loaves, 19 recipes, four of them topped with sesame.",
        13,
    )
    d.text(
        40,
        374,
        "Why this line: it has the most allergen changeovers in the group and the lowest OEE (54%).",
        13,
        color=GREY,
    )
    d.text(40, 334, "Pilot steps", 14, bold=True, color=CRUST)
    d.numbered(
        40,
        306,
        [
            "Put a loss tree and a daily 15-minute line review in place from week 1.",
            "Time every changeover for four weeks before changing anything.",
            "Run SMED workshops on the sesame-to-plain changeover with both shifts.",
            "Trial the new changeover method from week 10.",
            "Fit new slicer blades and a spare prover chain in the Easter shutdown.",
        ],
        860,
        13,
    )


def pillar(d: Deck, number: int, eyebrow: str, title: str, intro: str, items: list[str]) -> None:
    d.page(f"PILLAR {number}: {eyebrow}", title)
    d.text(40, 420, intro, 14, color=GREY)
    d.text(40, 384, "What we will do", 14, bold=True, color=CRUST)
    d.bullets(40, 356, items, 880, 13, glyph="\u25a0", gap=10)


def s07(d: Deck) -> None:
    pillar(
        d,
        1,
        "EQUIPMENT",
        "Lines that run when they should",
        "Most of our lost time is short stops and slow running, not breakdowns.",
        [
            "Build a downtime loss tree for every bread and roll line from twelve months of downtime history.",
            "Agree one planned-maintenance window a week for each line in Fixwell.",
            "Move Lines 2 and 3 onto one film width to cut film changeovers.",
            "Replace the Brindmoor Line 5 divider in the summer shutdown.",
        ],
    )


def s08(d: Deck) -> None:
    pillar(
        d,
        2,
        "FOOD SAFETY",
        "Safe food, signed on the line",
        "Line 3 runs the most allergen changeovers in the group, so it goes first.",
        [
            "Replace paper allergen changeover checklists with a tablet sign-off in Linetrack.",
            "Validate every allergen clean with a swab test before the first bake.",
            "Send Bramwells a change request for each new changeover method.",
            "Put allergen changeover skills into every operator's skills matrix.",
        ],
    )


def s09(d: Deck) -> None:
    pillar(
        d,
        3,
        "DATA",
        "One version of the line",
        "A stop on Line 3 should be seen the same way on the line, in the office and at the Board.",
        [
            "Take Linetrack to Cottesby in 2028 under a 12-week rollout contract.",
            "Copy PLC downtime codes into Millhouse every night.",
            "Publish one OEE report for all lines from Millhouse each Monday.",
            "Log every short-dated complaint with its bake date and despatch time.",
            "Show code life at despatch for every Bramwells load.",
        ],
    )


def s10(d: Deck) -> None:
    pillar(
        d,
        4,
        "PEOPLE",
        "People who own their line",
        "The people on Line 3 know where the time goes; the method has to be theirs.",
        [
            "Recruit a Continuous Improvement Manager by April 2028.",
            "Train 120 line operators and shift leaders in standard work.",
            "Rewrite the night shift handover at Brindmoor as a ten-minute line-side brief.",
        ],
    )


def s11(d: Deck) -> None:
    d.page("MEASURES", "How we will know it is working")
    rows = [
        ["Measure", "2026/27 baseline", "Target", "By when"],
        ["OEE, Line 3", "54%", "75%", "Dec 2028"],
        ["OEE, bread and roll lines (Cottesby and Brindmoor)", "58%", "70%", "Jun 2029"],
        ["Allergen changeover time, Line 3", "95 min", "45 min", "Sep 2028"],
        ["Allergen changeovers signed on a tablet", "0%", "100%", "Mar 2029"],
        ["Short-dated deliveries to Bramwells", "41 a year", "20 a year", "Mar 2029"],
        ["Unplanned downtime, Line 3", "11%", "6%", "Dec 2028"],
        ["Bake and pack waste", "4.8%", "3.5%", "Jun 2029"],
        ["Lost-time injuries, three bakeries", "9", "Fewer", "To be agreed"],
    ]
    y = d.table(40, 430, [420, 160, 150, 150], rows, size=11.5, row_h=30)
    d.text(40, y - 22, "Baselines are for the year to 30 September 2027.", 10, color=GREY)


MONTHS = [
    f"{m}-{yy}"
    for yy in ("28", "29")
    for m in ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
][:18]


def s12(d: Deck) -> None:
    d.page("ROADMAP", "When it happens")
    x0, lab, col, later = 24.0, 84.0, 43.0, 62.0
    top = 440.0
    # quarter heads
    d.rect(x0, top - 20, lab, 20, fill=WHITE)
    qx = x0 + lab
    for q in ["Q1 2028", "Q2 2028", "Q3 2028", "Q4 2028", "Q1 2029", "Q2 2029"]:
        d.rect(qx, top - 20, 3 * col, 20, fill=BROWN, stroke=WHITE)
        d.text(qx + 1.5 * col, top - 14, q, 9, bold=True, color=WHITE, centre=True)
        qx += 3 * col
    d.rect(qx, top - 20, later, 20, fill=GREY, stroke=WHITE)
    # month row
    y = top - 20
    d.rect(x0, y - 18, lab, 18, fill=WHITE)
    for k, m in enumerate(MONTHS):
        d.rect(x0 + lab + k * col, y - 18, col, 18, fill=PALE, stroke=LINE)
        d.text(x0 + lab + k * col + col / 2, y - 12, m, 8, centre=True)
    d.rect(x0 + lab + 18 * col, y - 18, later, 18, fill=PALE, stroke=LINE)
    d.text(x0 + lab + 18 * col + later / 2, y - 12, "Later", 8, bold=True, centre=True)
    y -= 18

    def row(
        label: str, bars: list[tuple[int, int, str, object]], later_text: str = "", h: float = 44
    ) -> None:
        nonlocal y
        d.rect(x0, y - h, lab, h, fill=WHITE, stroke=LINE)
        for k in range(18):
            d.rect(x0 + lab + k * col, y - h, col, h, fill=WHITE, stroke=LINE)
        d.rect(x0 + lab + 18 * col, y - h, later, h, fill=WHITE, stroke=LINE)
        d.text(x0 + 6, y - h / 2 - 3, label, 10, bold=True)
        for start, end, text, fill in bars:
            bx = x0 + lab + start * col + 2
            d.rect(bx, y - h + 8, (end - start) * col - 4, h - 16, fill=fill)
            d.text(
                bx + 5,
                y - h / 2 - 3,
                text,
                8,
                bold=fill is CRUST,
                color=WHITE if fill is not WHEAT else INK,
            )
        if later_text:
            d.text(x0 + lab + 18 * col + 4, y - h / 2 - 3, later_text, 7.5, color=GREY)
        y -= h

    row(
        "Phase",
        [(0, 4, "Stabilise", CRUST), (4, 12, "Standardise", CRUST), (12, 18, "Scale", CRUST)],
    )
    row("People", [(1, 18, "Standard work training, 120 operators and shift leaders", BLUE)])
    row(
        "Equipment",
        [(1, 4, "Line 3 slicer, prover", GREEN), (6, 8, "Line 5 divider", GREEN)],
        "Line 7 oven",
    )
    row(
        "Data",
        [(2, 5, "Linetrack to Cottesby", BLUE), (5, 12, "OEE report from Millhouse", BLUE)],
        "Wetherden MES",
    )
    row(
        "Food safety",
        [
            (3, 7, "Tablet sign-off, Line 3", WHEAT),
            (7, 15, "All Cottesby and Brindmoor lines", WHEAT),
        ],
    )
    d.text(
        24,
        y - 24,
        "Gate 1 reviews the end of Stabilise. Gate 2 opens Scale: see its criteria on page 14.",
        11,
    )
    d.text(
        24,
        y - 42,
        "Workstream bars overlap the phases; the phase row is the programme's clock.",
        11,
        color=GREY,
    )


def s13(d: Deck) -> None:
    d.page("PILLAR 3 IN DETAIL", "Linetrack comes to Cottesby")
    d.text(
        40,
        420,
        "A 12-week fixed-price rollout contract with Maltby Automation, starting 6 March 2028.",
        15,
    )
    rows = [
        ["Weeks", "What happens"],
        ["1-3", "Fit line terminals on Lines 1 to 4 at Cottesby"],
        ["4-6", "Connect the line PLCs and load the Cottesby downtime codes"],
        ["7-10", "Run Linetrack alongside paper line sheets for four weeks"],
        ["11-12", "Stop paper line sheets on Lines 1 to 4 once the two records agree"],
    ]
    y = d.table(40, 390, [90, 790], rows, size=12, row_h=32)
    d.text(
        40,
        y - 28,
        "The contract ends on 28 May 2028; support then runs under our existing licence.",
        12,
    )
    d.text(40, y - 48, "Wetherden stays on paper line sheets until a later plan.", 12, color=GREY)


def s14(d: Deck) -> None:
    d.page("GATES", "What good looks like")
    d.rect(40, 300, 880, 134, fill=PALE)
    d.text(56, 410, "Gate 1: end of Stabilise, review on 26 April 2028", 14, bold=True, color=BROWN)
    d.bullets(
        56,
        384,
        [
            "Line 3's losses measured every shift for eight weeks.",
            "Sesame-to-plain changeover on Line 3 under 60 minutes, four weeks running.",
            "Every Line 3 allergen changeover signed and swab-tested.",
        ],
        850,
        12.5,
        gap=4,
    )
    d.rect(40, 170, 880, 110, fill=PALE)
    d.text(56, 256, "Gate 2: go/no-go for Scale", 14, bold=True, color=BROWN)
    d.bullets(
        56,
        230,
        [
            "Gate 2 opens when Line 3 holds 75% OEE for eight weeks,",
            "and when the Cottesby standard has run on Brindmoor Line 5 for four weeks.",
        ],
        850,
        12.5,
        gap=4,
    )
    d.text(
        40,
        130,
        "The Operations Excellence Board decides both gates; its chair signs each go/no-go.",
        13,
    )
    d.text(
        40,
        110,
        "If a gate is missed, the phase before it continues and the Board sets a new review.",
        12,
        color=GREY,
    )


def s15(d: Deck) -> None:
    d.page("RISKS", "What could stop us, and what we will do")
    rows = [
        ["Risk", "Likelihood", "Impact", "Mitigation"],
        [
            "Bramwells does not approve the new changeover in time",
            "Medium",
            "High",
            "Send the change request eight weeks before the trial",
        ],
        [
            "Printed film for one film width arrives late",
            "High",
            "Medium",
            "Order film at artwork sign-off, 16 weeks ahead",
        ],
        [
            "Downtime history is lost before Millhouse copies it",
            "High",
            "Medium",
            "Export the last 60 days of PLC codes in week 1",
        ],
        [
            "No improvement lead while the post is vacant",
            "High",
            "High",
            "The Cottesby bakery manager leads the pilot meanwhile",
        ],
        [
            "Short-dated loads continue while we fix the line",
            "Medium",
            "High",
            "Agree a later order cut-off with the Bramwells buyer",
        ],
        [
            "A new changeover alters a safe system of work",
            "Medium",
            "Medium",
            "Risk-assess each method and consult the committee first",
        ],
    ]
    d.table(24, 430, [318, 70, 62, 462], rows, size=10, row_h=34)


def s16(d: Deck) -> None:
    d.page("JANUARY TO MARCH 2028", "Our first 90 days")
    items = [
        ("Weeks 1-2", "Name the Line 3 pilot team and its daily review (Site Manager, Cottesby)"),
        ("Weeks 1-4", "Baseline OEE on Line 3 from four weeks of line sheets (Ops Data Analyst)"),
        ("Week 1", "Export PLC downtime codes to Millhouse every night (Technical Services)"),
        ("Weeks 2-4", "Send Bramwells the change request for the new changeover (Group Technical)"),
        ("Weeks 2-6", "Agree one film width for Lines 2 and 3 with Larchmont (Procurement)"),
        ("Week 3", "Advertise the Continuous Improvement Manager post (People)"),
        ("Weeks 4-8", "Risk-assess the new changeover method with the shift leaders (H&S)"),
        ("Week 9", "Sign the Maltby Automation contract (Head of IT)"),
    ]
    y = 420
    for when, what in items:
        d.text(40, y, when, 12, bold=True, color=CRUST)
        d.text(140, y, what, 12.5)
        y -= 36


def s17(d: Deck) -> None:
    d.page("GOVERNANCE", "How we will run it")
    d.bullets(
        40,
        420,
        [
            "The Operations Director is sponsor and chairs the Operations Excellence Board.",
            "The Board meets monthly; it decides each gate and releases each phase's budget.",
            "Members: the three bakery managers, the Group Technical Manager, the Engineering Manager,",
        ],
        880,
        13,
    )
    d.text(56, 332, "the Head of IT, the Head of People and the Finance Business Partner.", 13)
    d.bullets(
        40,
        300,
        [
            "The Joint Health and Safety Committee is consulted before any change to a safe system of work.",
            "The BFAWU senior representative is consulted on training time and handover changes.",
            "Bramwells' technologist is told of each change request and its trial dates.",
            "Each pillar lead reports progress to the Board on one page.",
            "The Chief Executive receives a quarterly summary.",
        ],
        880,
        13,
    )


def s18(d: Deck) -> None:
    d.page("DECISIONS", "What we ask of the Board today")
    d.numbered(
        40,
        420,
        [
            "Approve Right First Time and its three phases.",
            "Release \u00a3640k for Stabilise: the Linetrack rollout, line terminals and the Line 3 overhaul.",
            "Note that the Standardise and Scale budgets (\u00a31.1m) come back at Gate 1 and Gate 2.",
            "Agree that Wetherden joins after its oven rebuild.",
        ],
        880,
        14,
    )
    d.rect(40, 120, 880, 60, fill=PALE)
    d.text(
        56,
        150,
        "Beyond June 2029: Linetrack at Wetherden and a new Line 7 oven are for the next plan.",
        13,
    )


SLIDES = [s01, s02, s03, s04, s05, s06, s07, s08, s09, s10, s11, s12, s13, s14, s15, s16, s17, s18]


def build_deck() -> bytes:
    d = Deck()
    for slide in SLIDES:
        slide(d)
    return d.finish()


# =========================================================================== zip helpers


def _rezip(data: bytes, fix) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in sorted(src.namelist()):
            body = fix(name, src.read(name))
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            dst.writestr(info, body)
    return out.getvalue()


def _pin_core(name: str, body: bytes) -> bytes:
    if name == "docProps/core.xml":
        text = body.decode("utf-8")
        text = re.sub(
            r"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)",
            r"\g<1>2027-11-30T09:15:00Z\3",
            text,
        )
        return text.encode("utf-8")
    return body


# =========================================================================== the roster

POSITIONS = [
    # Position, Department, Site, Reports to, Responsibilities, Programme role
    (
        "Chief Executive",
        "Executive",
        "Hadley head office",
        "Board of directors",
        "Leads the company. Approves capital above \u00a3500k and receives the quarterly programme summary.",
        "Informed",
    ),
    (
        "Operations Director",
        "Operations",
        "Hadley head office",
        "Chief Executive",
        "Executive sponsor of Right First Time. Chairs the Operations Excellence Board, holds the operations "
        "budget and decides each gate review and go/no-go between phases.",
        "Core",
    ),
    (
        "Bakery Manager, Cottesby",
        "Operations",
        "Cottesby",
        "Operations Director",
        "Runs Cottesby bakery (Lines 1 to 4): output, cost, people and housekeeping. Leads the Line 3 pilot "
        "team, its daily line review and its changeover workshops. Covers continuous improvement at "
        "Cottesby while that post is unfilled.",
        "Core",
    ),
    (
        "Bakery Manager, Brindmoor",
        "Operations",
        "Brindmoor",
        "Operations Director",
        "Runs Brindmoor bakery (Lines 5 and 6): output, cost and people. Owns the Brindmoor shift rotas and "
        "the standard for handovers between shifts.",
        "Core",
    ),
    (
        "Night Shift Manager, Brindmoor",
        "Operations",
        "Brindmoor",
        "Bakery Manager, Brindmoor",
        "Runs Lines 5 and 6 on nights (22:00 to 06:00) and the night hygiene crew. Holds the 06:00 "
        "handover to the day shift and its stoppage log.",
        "Core",
    ),
    (
        "Bakery Manager, Wetherden",
        "Operations",
        "Wetherden",
        "Operations Director",
        "Runs Wetherden bakery (Lines 7 to 9, cakes and morning goods) and its oven rebuild project.",
        "Core",
    ),
    (
        "Continuous Improvement Manager",
        "Operations",
        "Group",
        "Operations Director",
        "Vacant since October 2027. The OEE method, loss trees, SMED, standard work and daily line "
        "reviews across the three bakeries.",
        "Core",
    ),
    (
        "Engineering Manager",
        "Engineering",
        "Group",
        "Operations Director",
        "Maintenance of every line: planned maintenance in Fixwell, breakdowns, spares, overhauls, "
        "shutdown work and equipment projects.",
        "Core",
    ),
    (
        "Technical Services Manager",
        "Engineering",
        "Group",
        "Engineering Manager",
        "Line PLCs, sensors, the plant network and line terminals. Keeps the PLC downtime code lists and "
        "connects line controls to Linetrack. Works in Engineering, not in the Technical department.",
        "Core",
    ),
    (
        "Group Technical Manager",
        "Technical",
        "Group",
        "Operations Director",
        "Food safety and quality system (HACCP), allergen management and the validation of allergen "
        "cleans and changeovers. Owns the Bramwells technical standard and sends every change request "
        "to a customer. Investigates complaints about product faults.",
        "Core",
    ),
    (
        "Supply Chain Planning Manager",
        "Supply chain",
        "Hadley head office",
        "Operations Director",
        "Production plans and bake schedules for the three bakeries, and code life at despatch on every "
        "load.",
        "Core",
    ),
    (
        "Customer Service Manager",
        "Supply chain",
        "Hadley head office",
        "Supply Chain Planning Manager",
        "The order desk. Logs every customer complaint and credit claim and answers the customer; passes "
        "product faults to Technical and code-life faults to Planning.",
        "Core",
    ),
    (
        "Customer Account Manager, Bramwells",
        "Commercial",
        "Hadley head office",
        "Chief Executive",
        "The commercial relationship with Bramwells: prices, promotions, range reviews, order cut-offs "
        "and volumes. Does not handle complaints or technical change requests.",
        "Core",
    ),
    (
        "Head of People",
        "People",
        "Hadley head office",
        "Chief Executive",
        "Recruitment, employment policy, employee relations and the relationship with BFAWU.",
        "Core",
    ),
    (
        "Training and Skills Lead",
        "People",
        "Group",
        "Head of People",
        "Operator training at all three bakeries: induction, skills matrices, standard work and food "
        "hygiene certificates.",
        "Core",
    ),
    (
        "Health and Safety Manager",
        "Operations",
        "Group",
        "Operations Director",
        "Risk assessments and safe systems of work, accident investigation. Secretary to the Joint Health "
        "and Safety Committee.",
        "Core",
    ),
    (
        "Head of IT",
        "IT",
        "Hadley head office",
        "Finance Director",
        "Business systems (the Orderline ERP, the Linetrack licence, the Millhouse warehouse and Power BI) "
        "and their suppliers; the IT service desk.",
        "Core",
    ),
    (
        "Operations Data Analyst",
        "IT",
        "Hadley head office",
        "Head of IT",
        "Builds OEE, waste and downtime reports in Millhouse and Power BI; keeps the measure definitions.",
        "Core",
    ),
    (
        "Procurement Manager",
        "Finance",
        "Hadley head office",
        "Finance Director",
        "Packaging, ingredient and services contracts, supplier lead times and the Maltby Automation "
        "contract.",
        "Core",
    ),
    (
        "Finance Business Partner, Operations",
        "Finance",
        "Hadley head office",
        "Finance Director",
        "Capital and budget tracking for operations and the programme's benefits.",
        "Core",
    ),
    (
        "Joint Health and Safety Committee",
        "Consultative body",
        "All sites",
        "Not a post",
        "Elected employee safety representatives and managers from the three bakeries. Consulted; leads "
        "no programme work.",
        "Consulted",
    ),
    (
        "BFAWU Senior Representative",
        "Consultative body",
        "All sites",
        "Not a post",
        "Senior representative of the recognised union. Consulted on changes to working practices; leads "
        "no programme work.",
        "Consulted",
    ),
]
ROSTER_HEAD = ["Position", "Department", "Site", "Reports to", "Responsibilities", "Programme role"]


def build_roster() -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = "Positions"
    ws.append(ROSTER_HEAD)
    for row in POSITIONS:
        ws.append(list(row))
    for cell in ws[1]:
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="7A4A1E")
    for r in ws.iter_rows(min_row=2):
        r[4].alignment = Alignment(wrap_text=True, vertical="top")
    for col, width in zip("ABCDEF", [34, 16, 18, 28, 80, 16], strict=True):
        ws.column_dimensions[col].width = width
    ws.freeze_panes = "A2"
    note = wb.create_sheet("About")
    note.append(
        ["Export of operations and support positions, run 30 November 2027 from the HR system."]
    )
    note.append(
        [
            "Programme role: Core (may own programme work), Informed, Consulted (consultative bodies)."
        ]
    )
    wb.properties.creator = "HR system export"
    buf = io.BytesIO()
    wb.save(buf)
    return _rezip(buf.getvalue(), _pin_core)


# =========================================================================== the board terms (DOCX)


def build_terms() -> bytes:
    doc = Document()
    cp = doc.core_properties
    cp.author = "Operations Director"
    cp.title = "Operations Excellence Board: terms of reference"
    cp.revision = 3
    doc.add_heading("Operations Excellence Board: terms of reference", level=1)
    doc.add_paragraph("Agreed by the Executive on 8 November 2027. Review: November 2028.")
    doc.add_heading("Purpose", level=2)
    doc.add_paragraph(
        "The Board steers Right First Time and any later operations improvement programme. It "
        "decides each gate and the go/no-go between phases, and releases each phase's budget."
    )
    doc.add_heading("Chair and sponsor", level=2)
    doc.add_paragraph(
        "The Operations Director chairs the Board and is the programme's executive sponsor. The chair "
        "signs each gate decision; no phase starts without it."
    )
    doc.add_heading("Members", level=2)
    table = doc.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "Member"
    table.rows[0].cells[1].text = "Role on the Board"
    for member, role in [
        ("Operations Director", "Chair and sponsor"),
        ("Bakery Managers (Cottesby, Brindmoor, Wetherden)", "Members"),
        ("Group Technical Manager", "Member; food safety and customer standards"),
        ("Engineering Manager", "Member"),
        ("Head of IT", "Member"),
        ("Head of People", "Member"),
        ("Finance Business Partner, Operations", "Member; budget and benefits"),
        ("Health and Safety Manager", "Attends; reports the committee's views"),
    ]:
        cells = table.add_row().cells
        cells[0].text = member
        cells[1].text = role
    doc.add_heading("Cadence", level=2)
    doc.add_paragraph(
        "Monthly, on the second Tuesday. A quorum is the chair and four members. Papers go out five "
        "working days before."
    )
    doc.add_heading("Who is consulted", level=2)
    doc.add_paragraph(
        "The Joint Health and Safety Committee and the BFAWU senior representative are consulted as "
        "their own terms require; they are not members and lead no programme work."
    )
    buf = io.BytesIO()
    doc.save(buf)
    return _rezip(buf.getvalue(), _pin_core)


# =========================================================================== text files

JHSC = """
# Joint Health and Safety Committee: constitution (extract)

Fairholt Bakeries Ltd. Revised June 2026.

## Membership

Six elected employee safety representatives (two from each bakery) and four managers. The
chair alternates each year between an employee representative and a manager. The Health and
Safety Manager is secretary.

## Consultation

Management must consult the Committee before any change to a safe system of work, to a line's
guarding, or to a shift pattern or handover time is introduced. The Committee gives its view
within 21 days of receiving the proposal.

The Committee does not manage work and is never given actions to deliver; its members give
their views and may inspect any line.

## Meetings

Quarterly, and within seven days of a reportable accident.
"""

SYSTEMS = """
# Operations systems and data: inventory

Owner: Head of IT. Last reviewed 20 November 2027.

## On the lines

- **Linetrack** (manufacturing execution, from Maltby Automation). Linetrack runs at Brindmoor
  only, where it records every stop, speed loss and reject on Lines 5 and 6 through line
  terminals. Our licence allows a second and third site at no extra licence cost.
- **Line sheets.** At Cottesby and Wetherden line performance is written on paper line sheets
  each shift and typed into a spreadsheet by the shift clerk on Monday.
- **Line PLCs.** Each line's controller records a downtime code for every stop. The line PLCs
  keep downtime codes for 60 days and then overwrite them, so stops older than two months
  cannot be analysed.
- **Fixwell** is the maintenance system at all three bakeries: work orders, planned
  maintenance, spares and asset history.

## In the office

- **Orderline** is our ERP: orders, despatch, stock and invoicing, including the best-before
  date printed on each load.
- **Millhouse** is our data warehouse, built in 2024, with Power BI reports on top. Orderline
  and Fixwell load into it every night; Linetrack loads from Brindmoor.
- **HR system** holds positions, training records and skills matrices.
"""

MEASURES = """\
Measure,Definition,Owner,Source,Baseline 2026/27
OEE,Availability x performance x quality for a line over its planned production time,Operations Data Analyst,Linetrack at Brindmoor; line sheets elsewhere,58% across the six bread and roll lines
Allergen changeover time,Minutes from last good product of one allergen recipe to first good product of the next,Group Technical Manager,Line sheets and changeover checklists,95 minutes on Cottesby bread lines
Short-dated delivery,A Bramwells load arriving with fewer than four days of code life,Supply Chain Planning Manager,Orderline despatch records and Bramwells complaints,41 in calendar 2027
Unplanned downtime,Stops not in the plan as a share of planned production time,Engineering Manager,Line PLCs and Fixwell,11% on Cottesby Line 3
Bake and pack waste,Product scrapped between oven and despatch as a share of output by weight,Bakery Managers,Orderline,4.8%
Lost-time injuries,Injuries keeping a colleague off work for a shift or more,Health and Safety Manager,Accident book,9 in 2026/27; no target set yet
"""

BRAMWELLS = """
# Bramwells Supplier Technical Standard, edition 9: extract

Kept by the Group Technical Manager. Sections relevant to bakery operations.

## 4. Allergen control

Suppliers must validate every allergen clean and keep a signed record of each changeover for the
life of the product plus one year.

## 7. Changes to products and processes

Under section 7 of the standard, no recipe or process change may be made on a Bramwells product
until Bramwells' technologist has approved a change request. Requests need at least six weeks
and must name the line, the products and the trial dates. A new changeover method counts as a
process change.

## 11. Code life

Every load must reach a Bramwells depot with at least four days of code life.
"""

ALLERGEN = """
# Allergen management policy (summary)

Owner: Group Technical Manager. Version 5, March 2027.

1. Allergen recipes are run in the order set by the allergen matrix: plain first, sesame last.
2. Every allergen changeover is signed off on a paper checklist by the line leader and a
   technical auditor.
3. The checklists are filed in each line office for 12 months, then archived off site.
4. Every allergen clean is validated by a swab test before the first bake of the next recipe.
5. The Training and Skills Lead keeps allergen awareness in every operator's induction.
"""

SITES = """
FAIRHOLT BAKERIES: OUR SITES (for programme papers, November 2027)

Cottesby bakery. Lines 1 to 4: bread (800g and 400g loaves) and rolls. 560 colleagues on two
shifts. Line 3 is the bread line with the most allergen recipes.

Brindmoor bakery. Lines 5 and 6: rolls and crumpets. 410 colleagues on three shifts; the night
shift runs 22:00 to 06:00.

Wetherden bakery. Lines 7 to 9: cakes and morning goods. 240 colleagues. Its main oven is being
rebuilt; the rebuild runs to the end of July 2028 and the lines run at reduced hours until then.

Hadley. Head office and the distribution depot, 100 colleagues.

Our largest customer is Bramwells, whose own-label bread and rolls are 62% of our volume.
"""

EMAIL = """
From: Procurement Manager
To: Operations Director; Bakery Manager, Cottesby
Date: Thu, 25 Nov 2027 11:02
Subject: Film for Lines 2 and 3

Hi both,

Before anyone promises a single film width on Lines 2 and 3: Larchmont need 16 weeks from
artwork sign-off to deliver printed film, and they will not split a print run.

We hold about nine weeks of the current films, so the switch has to be planned around that
stock.

Thanks,
Procurement Manager
"""

ORG_TEXT = {
    "org/governance/joint-health-and-safety-committee-constitution.md": JHSC,
    "org/systems/operations-systems-and-data.md": SYSTEMS,
    "org/measures/measure-definitions.csv": MEASURES,
    "org/context/bramwells-technical-standard-extract.md": BRAMWELLS,
    "org/policies/allergen-management-policy.md": ALLERGEN,
    "org/context/bakery-sites.txt": SITES,
    "org/context/email-2027-11-25-film-lead-time.txt": EMAIL,
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
        "org/people/operations-positions-export.xlsx": build_roster(),
        "org/governance/operations-excellence-board-terms.docx": build_terms(),
    }
    files.update(ORG_TEXT)
    for rel, body in files.items():
        write(root / rel, body)


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
