"""Build the dev36 case ``transit-fares``: its deck and its org folder, deterministically.

Run from the repository root with a Python that has reportlab, openpyxl and python-docx
(``/tmp/rl35b/bin/python`` on the development machine; the project's venv has no reportlab):

    /tmp/rl35b/bin/python evals/dev36/build_transit_fares.py [out]

Writes, under ``evals/dev36/transit-fares/`` (or ``<out>/transit-fares/``):

- ``Fare Forward - Board work session May 2027.pdf``: Tessaly Transit's fare payment
  modernization plan for FY2028 to FY2030 (the agency's fiscal year runs July to June), drawn
  with reportlab the way LibreOffice Impress 7.6 exports a 4:3 deck: 18 pages of 28 x 21 cm,
  ``%PDF-1.6``, document information with Creator "Impress" and Producer "LibreOffice 7.6"
  and one fixed CreationDate, Liberation Sans subsets, every line its own text object, bullet
  glyphs and table cells apart from their text, page numbers bottom right. The roadmap is
  drawn as bars on a fiscal-quarter grid with a "Future" column outside the plan.
- ``org/``: the position list exported from the HR system as XLSX
  (``people/fare-forward-positions.xlsx``), the steering committee charter, the fare policy and
  Title VI extract, the Rider Advisory Committee bylaws extract, the fare systems inventory,
  the measures file (JSON), the reduced fare procedure (DOCX), an email on the vendor's lead
  time and an agency profile.

Re-running it rewrites every file byte for byte: the PDF is made with reportlab's
``invariant`` mode and a fixed date; the XLSX and DOCX are rewritten with sorted ZIP entries
at one fixed time and fixed document properties; the text files are literal strings. It never
touches ``gold.json``. This is a DEVELOPMENT case (split "dev36").
"""

from __future__ import annotations

import io
import json
import sys
import zipfile
from pathlib import Path

from docx import Document
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from reportlab.lib.colors import HexColor
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
CASE = "transit-fares"
DECK = "Fare Forward - Board work session May 2027.pdf"
ZIP_TIME = (1980, 1, 1, 0, 0, 0)
FONT_DIR = Path("/usr/share/fonts/truetype/liberation")
W, H = 28 * cm, 21 * cm
M = 1.6 * cm
INK = HexColor("#1d2733")
NAVY = HexColor("#123f6b")
TEAL = HexColor("#0f7c80")
GREY = HexColor("#6b7480")
PALE = HexColor("#eaf1f5")
AMBER = HexColor("#c26a12")
LIGHT = HexColor("#c9d3db")
FOOT = "Tessaly Transit \u00b7 Fare Forward \u00b7 Board of Directors work session, May 2027"
TOTAL = 18

pdfmetrics.registerFont(TTFont("LiberationSans", str(FONT_DIR / "LiberationSans-Regular.ttf")))
pdfmetrics.registerFont(TTFont("LiberationSans-Bold", str(FONT_DIR / "LiberationSans-Bold.ttf")))
REG, BOLD = "LiberationSans", "LiberationSans-Bold"


class Deck:
    def __init__(self) -> None:
        self.buf = io.BytesIO()
        c = canvas.Canvas(self.buf, pagesize=(W, H), invariant=1, pdfVersion=(1, 6))
        c.setTitle("Fare Forward")
        c.setAuthor("Office of the Chief Financial Officer")
        c.setCreator("Impress")
        c.setProducer("LibreOffice 7.6")
        c.setDateFormatter(lambda *a: "D:20270511163205-07'00'")
        self.c = c
        self.n = 0

    # ---------------------------------------------------------------- primitives
    def text(
        self,
        x: float,
        y: float,
        s: str,
        size: float = 14,
        *,
        bold: bool = False,
        color=INK,
        right: bool = False,
        width: float | None = None,
    ) -> None:
        font = BOLD if bold else REG
        limit = width if width is not None else (W - M - x if not right else x - M)
        if pdfmetrics.stringWidth(s, font, size) > limit + 0.5:
            raise ValueError(f"page {self.n}: line too wide: {s!r}")
        self.c.setFillColor(color)
        self.c.setFont(font, size)
        if right:
            self.c.drawRightString(x, y, s)
        else:
            self.c.drawString(x, y, s)

    def bullets(
        self,
        x: float,
        y: float,
        lines: list[str],
        size: float = 14,
        gap: float = 0.85 * cm,
        glyph: str = "\u2022",
        width: float | None = None,
    ) -> float:
        for line in lines:
            if line.startswith("  "):
                self.text(
                    x + 0.6 * cm,
                    y,
                    line.strip(),
                    size - 2,
                    color=GREY,
                    width=None if width is None else width - 0.6 * cm,
                )
                y -= gap * 0.85
                continue
            if glyph:
                self.text(x, y, glyph, size, color=TEAL)
            self.text(
                x + 0.55 * cm, y, line, size, width=None if width is None else width - 0.55 * cm
            )
            y -= gap
        return y

    def numbered(
        self,
        x: float,
        y: float,
        lines: list[str],
        size: float = 14,
        gap: float = 0.95 * cm,
        marks: list[str] | None = None,
    ) -> float:
        for k, line in enumerate(lines):
            mark = marks[k] if marks else f"{k + 1}."
            self.text(x, y, mark, size, bold=True, color=TEAL)
            self.text(x + 0.8 * cm, y, line, size)
            y -= gap
        return y

    def rect(self, x: float, y: float, w: float, h: float, fill=PALE, stroke=None) -> None:
        self.c.setFillColor(fill)
        if stroke is not None:
            self.c.setStrokeColor(stroke)
            self.c.setLineWidth(0.8)
        self.c.rect(x, y, w, h, fill=1, stroke=1 if stroke is not None else 0)

    def rule(self, x1: float, y: float, x2: float, color=LIGHT, width: float = 0.7) -> None:
        self.c.setStrokeColor(color)
        self.c.setLineWidth(width)
        self.c.line(x1, y, x2, y)

    def diamond(self, x: float, y: float, r: float = 0.28 * cm, fill=AMBER) -> None:
        p = self.c.beginPath()
        p.moveTo(x, y + r)
        p.lineTo(x + r, y)
        p.lineTo(x, y - r)
        p.lineTo(x - r, y)
        p.close()
        self.c.setFillColor(fill)
        self.c.drawPath(p, fill=1, stroke=0)

    def table(
        self,
        x: float,
        y: float,
        widths: list[float],
        rows: list[list[str]],
        size: float = 12,
        row_h: float = 0.95 * cm,
    ) -> float:
        for k, row in enumerate(rows):
            head = k == 0
            if head:
                self.rect(x, y - 0.3 * cm, sum(widths), row_h, fill=NAVY)
            cx = x + 0.2 * cm
            for cell, w in zip(row, widths, strict=True):
                self.text(
                    cx,
                    y,
                    cell,
                    size,
                    bold=head,
                    color=HexColor("#ffffff") if head else INK,
                    width=w - 0.3 * cm,
                )
                cx += w
            if not head:
                self.rule(x, y - 0.35 * cm, x + sum(widths))
            y -= row_h
        return y

    # ---------------------------------------------------------------- page furniture
    def page(self, eyebrow: str, title: str, subtitle: str | None = None) -> None:
        if self.n:
            self.c.showPage()
        self.n += 1
        self.rect(0, H - 0.35 * cm, W, 0.35 * cm, fill=NAVY)
        if eyebrow:
            self.text(M, H - 1.45 * cm, eyebrow.upper(), 10, bold=True, color=TEAL)
        if title:
            self.text(M, H - 2.55 * cm, title, 26, bold=True, color=NAVY)
        if subtitle:
            self.text(M, H - 3.45 * cm, subtitle, 15, color=GREY)
        self.text(M, 0.8 * cm, FOOT, 8, color=GREY)
        self.text(W - M, 0.8 * cm, f"{self.n}", 9, color=GREY, right=True)

    def save(self) -> bytes:
        self.c.showPage()
        self.c.save()
        return self.buf.getvalue()


TOP = H - 4.6 * cm


def s01(d: Deck) -> None:
    d.n += 1
    d.rect(0, 0, W, H, fill=NAVY)
    d.text(M, H - 3.0 * cm, "TESSALY TRANSIT", 13, bold=True, color=HexColor("#9fd3d6"))
    d.text(M, H - 8.0 * cm, "Fare Forward", 54, bold=True, color=HexColor("#ffffff"))
    d.text(
        M,
        H - 9.6 * cm,
        "Fare payment modernization plan, FY2028\u2013FY2030",
        22,
        color=HexColor("#ffffff"),
    )
    d.text(
        M,
        H - 12.6 * cm,
        "Board of Directors work session \u00b7 May 18, 2027",
        15,
        color=HexColor("#d6e4ee"),
    )
    d.text(
        M,
        H - 13.5 * cm,
        "Presented by the Chief Financial Officer and the Fare Modernization Program Manager",
        12,
        color=HexColor("#d6e4ee"),
    )
    d.text(
        M,
        1.5 * cm,
        "For discussion. Not for release before the Board packet is published.",
        10,
        color=HexColor("#9fb4c6"),
    )


def s02(d: Deck) -> None:
    d.page("01 \u00b7 Context", "Where we start", "How riders pay us today, FY2026")
    tiles = [
        ("310,000", "weekday boardings, FY2026 average"),
        ("410", "buses on 48 routes"),
        ("57%", "of fares paid in cash at the farebox"),
        ("2008", "fareboxes went into service"),
        ("11,800", "riders hold a reduced-fare card"),
        ("21 days", "wait for a reduced-fare decision"),
    ]
    tw, th = 7.6 * cm, 3.4 * cm
    for k, (big, label) in enumerate(tiles):
        x = M + (k % 3) * (tw + 0.6 * cm)
        y = TOP - 3.2 * cm - (k // 3) * (th + 0.5 * cm)
        d.rect(x, y, tw, th)
        d.text(x + 0.4 * cm, y + 1.7 * cm, big, 30, bold=True, color=NAVY)
        d.text(x + 0.4 * cm, y + 0.7 * cm, label, 11, color=INK, width=tw - 0.6 * cm)
    y = 5.2 * cm
    d.text(M, y, "For context, not targets", 13, bold=True, color=AMBER)
    d.bullets(
        M,
        y - 0.8 * cm,
        [
            "Collecting cash cost us 14 cents for every dollar of fare in FY2026.",
            "Brandt County Transit moved to open payment in 2024 and now takes 51% of its fares by tap.",
            "Our busiest year was FY2019, at 352,000 weekday boardings.",
        ],
        size=12,
        gap=0.7 * cm,
    )


def s03(d: Deck) -> None:
    d.page("02 \u00b7 North star and goals", "Where we are going")
    d.rect(M, TOP - 1.9 * cm, W - 2 * M, 2.3 * cm, fill=PALE)
    d.text(M + 0.5 * cm, TOP - 0.4 * cm, "Our north star", 11, bold=True, color=TEAL)
    d.text(
        M + 0.5 * cm,
        TOP - 1.3 * cm,
        "Paying for a ride in Tessaly takes one tap, and no "
        "rider pays more than the price of a pass.",
        15,
        bold=True,
        color=NAVY,
    )
    y = TOP - 3.2 * cm
    d.text(M, y, "Five goals", 16, bold=True, color=NAVY)
    d.text(17.4 * cm, y, "Today", 13, bold=True, color=GREY)
    goals = [
        "Tap to ride on all 410 buses and all 16 Juniper Line stations",
        "Daily and monthly fare caps for every rider who taps, reduced",
        "Make the reduced fare easier to get and to keep",
        "Cut what it costs to collect a dollar of fare from 14 cents to 9",
        "Earn riders' trust in how they pay",
    ]
    tails = [
        "  by the end of FY2029.",
        "  fare riders included, by June 2029.",
        "",
        "  cents by FY2030.",
        "",
    ]
    today = [
        "No bus takes a bank card",
        "Transfers are paper slips",
        "Paper forms, one office",
        "14 cents per dollar",
        "",
    ]
    y -= 1.0 * cm
    for k, goal in enumerate(goals):
        d.text(M, y, f"{k + 1}", 15, bold=True, color=TEAL)
        d.text(M + 0.7 * cm, y, goal, 13, width=15 * cm)
        if today[k]:
            d.text(17.4 * cm, y, today[k], 12, color=GREY)
        y -= 0.65 * cm
        if tails[k]:
            d.text(M + 0.7 * cm, y, tails[k].strip(), 13, width=15 * cm)
            y -= 0.65 * cm
        y -= 0.35 * cm


def s04(d: Deck) -> None:
    d.page(
        "03 \u00b7 Riders",
        "Who we are designing for first",
        "Three moments where paying a fare goes wrong today",
    )
    y = TOP - 0.6 * cm
    cards = [
        (
            "A first-time visitor paying a fare",
            [
                "Lands at Tessaly International and boards the Juniper Line with no",
                "Sparrow card and no exact change.",
            ],
        ),
        (
            "A reduced-fare rider",
            [
                "A senior, or a rider with a disability, who applies and renews in person",
                "every two years and cannot use a bank card at the reduced price.",
            ],
        ),
        (
            "A transfer between bus and light rail",
            [
                "A commuter who rides a crosstown bus to a Juniper Line station and pays",
                "twice when the paper transfer slip is lost.",
            ],
        ),
    ]
    for k, (head, body) in enumerate(cards):
        d.rect(M, y - 2.0 * cm, 16.0 * cm, 2.7 * cm)
        d.text(M + 0.4 * cm, y, f"{k + 1}  {head}", 14, bold=True, color=NAVY)
        d.text(M + 0.4 * cm, y - 0.75 * cm, body[0], 11)
        d.text(M + 0.4 * cm, y - 1.35 * cm, body[1], 11)
        y -= 3.2 * cm
    x = 19.0 * cm
    d.text(x, TOP - 0.6 * cm, "Later, not in this plan", 13, bold=True, color=AMBER)
    d.bullets(
        x,
        TOP - 1.5 * cm,
        [
            "Paratransit riders",
            "  Access Ride trips are booked and",
            "  paid in RideLink; a later plan",
            "  will bring them in.",
            "Regional passes with Brandt",
            "  County Transit and Ridgeline",
            "  commuter rail",
            "Parking at our 9 park-and-ride lots",
        ],
        size=11,
        gap=0.7 * cm,
        width=W - M - x,
    )


def s05(d: Deck) -> None:
    d.page(
        "04 \u00b7 How we deliver",
        "Four releases, one program",
        "Each release is usable by riders on its own",
    )
    rel = [
        (
            "Release 0: Groundwork",
            [
                "Contracts signed, back office stood up, pilot",
                "buses fitted, fare equity work begun.",
            ],
        ),
        (
            "Release 1: Tap to ride",
            [
                "Bank cards and phones accepted on every bus",
                "and at every station, at today's fares.",
            ],
        ),
        (
            "Release 2: Fare capping",
            [
                "Daily and monthly caps for taps and the",
                "Tessaly Card, once the Board adopts them.",
            ],
        ),
        (
            "Release 3: Accounts and passes",
            [
                "Rider accounts, reduced fare on a registered",
                "card, Sparrow magnetic card retired.",
            ],
        ),
    ]
    y = TOP - 0.4 * cm
    rw = 19.6 * cm
    for head, body in rel:
        d.rect(M, y - 1.55 * cm, rw, 2.2 * cm)
        d.rect(M, y - 1.55 * cm, 0.25 * cm, 2.2 * cm, fill=TEAL)
        d.text(M + 0.6 * cm, y - 0.55 * cm, head, 15, bold=True, color=NAVY, width=8.6 * cm)
        d.text(M + 9.4 * cm, y - 0.25 * cm, body[0], 11.5, width=10 * cm)
        d.text(M + 9.4 * cm, y - 0.9 * cm, body[1], 11.5, width=10 * cm)
        y -= 2.55 * cm
    x = M + rw + 0.4 * cm
    d.rect(x, y + 0.9 * cm, W - M - x, 10.2 * cm, fill=HexColor("#f3f3f3"), stroke=LIGHT)
    fy = TOP - 0.8 * cm
    for j, line in enumerate(["Future:", "regional fare", "integration"]):
        d.text(x + 0.3 * cm, fy - j * 0.6 * cm, line, 13, bold=True, color=GREY)
    for j, line in enumerate(
        [
            "One tap across",
            "Brandt County",
            "Transit and",
            "Ridgeline",
            "commuter rail.",
            "Outside this plan;",
            "needs a regional",
            "agreement first.",
        ]
    ):
        d.text(x + 0.3 * cm, fy - 2.3 * cm - j * 0.55 * cm, line, 10.5, color=GREY)
    d.text(
        M, 2.2 * cm, "When each release starts and ends: see the release calendar.", 12, color=GREY
    )


def pillar(d: Deck, eyebrow: str, title: str, sub: str, items: list[str], note: str) -> None:
    d.page(eyebrow, title, sub)
    y = d.numbered(M, TOP - 0.7 * cm, items, size=14, gap=1.25 * cm)
    d.rule(M, y + 0.3 * cm, W - M)
    d.text(M, y - 0.5 * cm, note, 12, color=GREY)


def s06(d: Deck) -> None:
    pillar(
        d,
        "05 \u00b7 Pillar 1",
        "Devices and back office",
        "What riders tap, and what counts it",
        [
            "Install contactless validators on all 410 buses and at the 16 Juniper Line stations.",
            "Stand up the TapWise back office and connect it to our card payment processor.",
            "Load today's fare table into TapWise, so a tap costs the same as cash.",
            "Replace the 38 station ticket vending machines with machines that sell Tessaly Cards.",
            "Keep the fareboxes taking coins and bills for the life of this plan.",
        ],
        "Quaytap supplies the validators and TapWise under the contract signed in March 2027.",
    )


def s07(d: Deck) -> None:
    pillar(
        d,
        "06 \u00b7 Pillar 2",
        "Riders and retail",
        "Making the new way to pay easy to start",
        [
            "Sell and reload the Tessaly Card at 120 retail stores, for riders who pay cash.",
            "Put the reduced-fare application online, with document upload.",
            "Issue every approved reduced-fare rider a registered Tessaly Card.",
            "Run a tap-to-ride campaign on buses, at stations and online, in three languages.",
            "Train 1,150 bus operators and 90 station agents before each release goes live.",
        ],
        "Riders can keep paying cash on every bus; the Tessaly Card is the cash rider's card.",
    )


def s08(d: Deck) -> None:
    d.page(
        "07 \u00b7 Pillar 3", "Fair fares", "Release 1 changes how riders pay, not what they pay"
    )
    d.text(
        M,
        TOP - 0.5 * cm,
        "Any change to fares or fare media goes through the same steps, in this order:",
        13,
        color=INK,
    )
    d.numbered(
        M,
        TOP - 1.6 * cm,
        [
            "Model fare caps on 24 months of farebox and tap trips.",
            "Complete a fare equity analysis for fare capping and for retiring the Sparrow card.",
            "Consult the Rider Advisory Committee on the fare capping proposal.",
            "Hold three public hearings, one in each service district.",
            "Ask the Board to adopt daily and monthly fare caps.",
        ],
        size=14,
        gap=1.2 * cm,
        marks=["a.", "b.", "c.", "d.", "e."],
    )
    d.rect(M, 2.0 * cm, W - 2 * M, 2.6 * cm, fill=PALE)
    d.text(
        M + 0.4 * cm, 3.8 * cm, "Proposed caps for the Board to consider", 12, bold=True, color=TEAL
    )
    d.text(
        M + 0.4 * cm,
        3.0 * cm,
        "Daily cap $5.00 (two full fares) \u00b7 monthly cap $72.00 "
        "\u00b7 reduced fare: half of each",
        12,
    )


def s09(d: Deck) -> None:
    d.page(
        "08 \u00b7 Measures",
        "How we will know",
        "Every measure has a baseline, a target and a by-when",
    )
    rows = [
        ["Measure", "FY2026 baseline", "Target", "By when"],
        ["Fares paid by contactless card or phone", "0%", "45%", "FY30 Q4"],
        ["Buses and stations accepting contactless", "0 of 426", "426 of 426", "FY29 Q1"],
        ["Cost to collect $1 of fare", "14\u00a2", "9\u00a2", "FY2030"],
        ["Riders enrolled in the reduced fare", "11,800", "20,000", "FY30 Q4"],
        ["Days to decide a reduced-fare application", "21", "3", "FY29 Q4"],
        ["Taps declined at the validator", "n/a", "under 1%", "from Release 1"],
        ["Riders satisfied with paying their fare", "68%", "Higher", "\u2013"],
    ]
    d.table(
        M, TOP - 0.6 * cm, [11.8 * cm, 4.4 * cm, 3.8 * cm, 4.8 * cm], rows, size=12, row_h=1.05 * cm
    )
    d.text(
        M,
        2.0 * cm,
        "Baselines are FY2026 (July 2025 to June 2026). Satisfaction comes from the "
        "annual onboard survey.",
        10,
        color=GREY,
    )


def s10(d: Deck) -> None:
    d.page("09 \u00b7 Calendar", "Reading our dates")
    d.bullets(
        M,
        TOP - 0.5 * cm,
        [
            "Tessaly Transit's fiscal year runs July 1 to June 30.",
            "FY2028 is July 1, 2027 to June 30, 2028; FY28 Q1 is July to September 2027.",
            "This plan covers three fiscal years: FY2028, FY2029 and FY2030.",
            "Quarters on the following pages are fiscal quarters (FY28 Q3 is January to March 2028).",
        ],
        size=14,
        gap=1.0 * cm,
    )
    y = TOP - 5.4 * cm
    d.rect(M, y - 3.3 * cm, W - 2 * M, 3.9 * cm, fill=PALE)
    d.text(M + 0.4 * cm, y, "Two clocks that are not the plan's", 13, bold=True, color=TEAL)
    d.bullets(
        M + 0.4 * cm,
        y - 0.9 * cm,
        [
            "The Quaytap contract runs seven years from notice to proceed (April 3, 2027), with three "
            "one-year options.",
            "The pilot corridor runs for 12 weeks, inside Release 1.",
        ],
        size=12,
        gap=0.8 * cm,
    )
    d.text(
        M,
        y - 4.4 * cm,
        "Regional fare integration would begin no earlier than FY2031.",
        12,
        color=GREY,
    )


def s11(d: Deck) -> None:
    d.page("10 \u00b7 Calendar", "Release calendar", "Fiscal quarters, July-to-June years")
    rows = [
        ["Release", "Fiscal quarters", "Ends with"],
        ["Release 0", "FY28 Q1\u2013Q2", "Gate A: go/no-go to open the pilot"],
        ["Release 1", "FY28 Q3 \u2013 FY29 Q1", "Tap to ride on the whole network"],
        ["Release 2", "FY29 Q2\u2013Q4", "Fare caps live for every rider who taps"],
        ["Release 3", "FY30 Q1\u2013Q4", "Accounts open; Sparrow card retired"],
        ["Future", "FY31 and beyond", "Outside this plan"],
    ]
    d.table(M, TOP - 0.6 * cm, [5.0 * cm, 6.6 * cm, 13.2 * cm], rows, size=13, row_h=1.2 * cm)
    d.text(
        M,
        3.2 * cm,
        "Gate B has no quarter: it is passed when its criteria are met.",
        12,
        color=GREY,
    )


def s12(d: Deck) -> None:
    d.page(
        "11 \u00b7 Roadmap", "Roadmap by workstream", "Four workstreams across three fiscal years"
    )
    x0, x1 = M + 3.4 * cm, W - M - 2.6 * cm
    qw = (x1 - x0) / 12
    top = TOP - 0.2 * cm
    for k in range(12):
        fy = 28 + k // 4
        d.text(x0 + k * qw + 0.15 * cm, top, f"Q{k % 4 + 1}", 10, bold=True, color=NAVY)
        d.text(x0 + k * qw + 0.15 * cm, top - 0.45 * cm, f"FY{fy}", 9, color=GREY)
        d.c.setStrokeColor(LIGHT)
        d.c.line(x0 + k * qw, top + 0.5 * cm, x0 + k * qw, 2.6 * cm)
    d.c.line(x1, top + 0.5 * cm, x1, 2.6 * cm)
    d.rect(
        x1 + 0.1 * cm,
        2.6 * cm,
        W - M - x1 - 0.1 * cm,
        top + 0.5 * cm - 2.6 * cm,
        fill=HexColor("#f3f3f3"),
    )
    d.text(x1 + 0.3 * cm, top, "Future", 10, bold=True, color=GREY)
    d.text(x1 + 0.3 * cm, top - 0.45 * cm, "FY31+", 9, color=GREY)
    bars = [
        ("Devices", 1, 7, "Pilot buses, then fleet and stations"),
        ("Back office", 0, 9, "TapWise, processor, fare tables"),
        ("Customer", 2, 12, "Retail network, campaign, online reduced fare"),
        ("Equity", 0, 10, "Analyses, hearings, Board votes"),
    ]
    y = top - 1.8 * cm
    for name, a, b, label in bars:
        d.text(M, y + 0.25 * cm, name, 12, bold=True, color=NAVY)
        d.rect(x0 + a * qw, y, (b - a) * qw, 0.9 * cm, fill=TEAL)
        d.text(
            x0 + a * qw + 0.2 * cm,
            y + 0.3 * cm,
            label,
            10,
            color=HexColor("#ffffff"),
            width=(b - a) * qw - 0.3 * cm,
        )
        y -= 1.6 * cm
    d.text(x1 + 0.3 * cm, top - 3.0 * cm, "Regional", 9, color=GREY)
    d.text(x1 + 0.3 * cm, top - 3.45 * cm, "fare", 9, color=GREY)
    d.text(x1 + 0.3 * cm, top - 3.9 * cm, "integration", 9, color=GREY)
    gy = y - 0.2 * cm
    d.text(M, gy, "Gates", 12, bold=True, color=NAVY)
    for label, q in (("A", 2), ("C", 5)):
        d.diamond(x0 + q * qw, gy + 0.15 * cm)
        d.text(x0 + q * qw + 0.4 * cm, gy, label, 11, bold=True, color=AMBER)
    d.text(
        M,
        1.6 * cm,
        "Bars are workstreams. Gate B is not on the grid: see its criteria.",
        10,
        color=GREY,
    )


def s13(d: Deck) -> None:
    d.page(
        "12 \u00b7 Pilot",
        "Where we start",
        "The Route 31 Eastgate\u2013Civic Center corridor, for all fares and all riders",
    )
    d.bullets(
        M,
        TOP - 0.3 * cm,
        [
            "11.4 miles, 24 buses from Eastgate garage, 14,200 weekday boardings.",
            "Meets the Juniper Line at Civic Center station, so transfers are tested from week 0.",
            "The highest cash share on the network (71%), and a router on every Eastgate bus.",
        ],
        size=13,
        gap=0.8 * cm,
    )
    rows = [
        ["When", "Step"],
        ["Week \u22128", "Fit validators on the 24 buses based at Eastgate garage"],
        ["Week \u22124", "Train the corridor's 96 operators on taps, declines and cash"],
        ["Week 0", "Open tap to ride on Route 31; cash and Sparrow cards still accepted"],
        ["Week 6", "Survey 600 riders on board about paying by tap"],
        ["Week 12", "Report declines, boarding times and complaints to the steering committee"],
    ]
    d.table(M, TOP - 3.2 * cm, [3.2 * cm, 21.6 * cm], rows, size=12, row_h=1.0 * cm)
    d.text(
        M,
        2.4 * cm,
        "Week 0 is the first Sunday of FY28 Q3. The pilot runs 12 weeks.",
        11,
        color=GREY,
    )


def s14(d: Deck) -> None:
    d.page("13 \u00b7 Gates", "Gates: what must be true")
    blocks = [
        (
            "Gate A: go/no-go to open the pilot (end of FY28 Q2)",
            [
                "TapWise settles test taps from all five card brands and both phone wallets.",
                "The 24 pilot buses pass 10 days of test taps with under 1% declined.",
            ],
        ),
        (
            "Gate B: go/no-go to stop selling Sparrow magnetic cards",
            [
                "95% of buses accept contactless for 30 straight days.",
                "Tessaly Cards are on sale at 100 or more retail stores.",
                "The Board has approved the fare equity analysis for retiring the Sparrow card.",
            ],
        ),
        (
            "Gate C: go/no-go to switch on fare capping (FY29 Q2)",
            [
                "The Board has adopted daily and monthly fare caps.",
                "Capped fares on Route 31 reconcile to the cent for four straight weeks.",
            ],
        ),
    ]
    y = TOP - 0.4 * cm
    for head, crit in blocks:
        d.diamond(M + 0.25 * cm, y + 0.17 * cm)
        d.text(M + 0.8 * cm, y, head, 14, bold=True, color=NAVY)
        y = d.bullets(M + 0.8 * cm, y - 0.8 * cm, crit, size=12, gap=0.65 * cm, glyph="\u2013")
        y -= 0.45 * cm
    d.text(
        M,
        1.8 * cm,
        "The Chief Financial Officer decides each gate as chair of the steering committee.",
        11,
        color=GREY,
    )


def s15(d: Deck) -> None:
    d.page("14 \u00b7 Risks", "Risks and what we will do about them")
    rows = [
        ["Risk", "Likelihood", "Mitigation"],
        [
            "Validators arrive late",
            "High",
            "Order validators for the whole fleet in the first purchase order",
        ],
        [
            "Cash riders are left behind",
            "Medium",
            "Keep cash on every bus and sell Tessaly Cards for cash",
        ],
        [
            "Too little trip history to model caps",
            "Medium",
            "Copy FareWorks transactions into Tributary every month",
        ],
        [
            "Boarding times rise on Route 31",
            "Low",
            "Add two street supervisors at Civic Center in the pilot",
        ],
        [
            "The fare policy post stays empty",
            "High",
            "Budget Director leads fare policy until it is filled",
        ],
    ]
    d.table(M, TOP - 0.6 * cm, [7.4 * cm, 2.8 * cm, 14.6 * cm], rows, size=11, row_h=1.3 * cm)


def s16(d: Deck) -> None:
    d.page(
        "15 \u00b7 First 90 days",
        "First 90 days: July to September 2027",
        "FY28 Q1, lead in brackets",
    )
    d.numbered(
        M,
        TOP - 0.5 * cm,
        [
            "Sign the card payment processor agreement and start PCI scoping (IT Director)",
            "Issue the first validator purchase order, 434 units (Procurement)",
            "Baseline every measure on the measures page from Tributary (Analytics)",
            "Map the paper reduced-fare process at the Union Street center (Fare Programs)",
            "Post the Fare Policy Manager vacancy (CFO)",
            "Start the fare equity analysis work plan (Civil Rights)",
            "Brief the Rider Advisory Committee on the four releases (Customer Experience)",
            "Choose the Route 31 pilot buses and their install dates (Fleet Maintenance)",
        ],
        size=13,
        gap=1.05 * cm,
    )


def s17(d: Deck) -> None:
    d.page("16 \u00b7 Governance", "Who decides")
    d.bullets(
        M,
        TOP - 0.5 * cm,
        [
            "Executive sponsor: the Chief Financial Officer, who chairs the steering committee.",
            "The Fare Modernization Steering Committee meets monthly and decides Gates A, B and C.",
            "The Board of Directors approves fare policy, every fare change and contracts over $1 million.",
            "The Rider Advisory Committee is consulted on every fare change; it advises, it does not decide.",
            "The Program Manager reports progress and risks to the steering committee each month.",
            "The Board receives a quarterly progress report at its work session.",
        ],
        size=13,
        gap=1.1 * cm,
    )


def s18(d: Deck) -> None:
    d.page("17 \u00b7 Decisions", "What we ask of the Board today")
    d.numbered(
        M,
        TOP - 0.5 * cm,
        [
            "Note the four releases, the gates and the measures.",
            "Approve a capital budget of $38.6 million for FY2028\u2013FY2030.",
            "Ask staff to bring the fare capping proposal, with its equity analysis, in FY29 Q1.",
        ],
        size=14,
        gap=1.2 * cm,
    )
    d.rect(M, 3.0 * cm, W - 2 * M, 2.2 * cm, fill=PALE)
    d.text(
        M + 0.4 * cm,
        4.3 * cm,
        "If the Board agrees: tap to ride on all 410 buses by the end of FY2029,",
        14,
        bold=True,
        color=NAVY,
    )
    d.text(
        M + 0.4 * cm,
        3.5 * cm,
        "with cash still welcome on every one of them.",
        14,
        bold=True,
        color=NAVY,
    )
    d.text(
        M,
        1.8 * cm,
        "Budget: devices $21.4M \u00b7 back office and integration $9.8M \u00b7 "
        "retail and campaign $4.1M \u00b7 program office $3.3M",
        10,
        color=GREY,
    )


SLIDES = [s01, s02, s03, s04, s05, s06, s07, s08, s09, s10, s11, s12, s13, s14, s15, s16, s17, s18]


def build_deck() -> bytes:
    d = Deck()
    for s in SLIDES:
        s(d)
    assert d.n == TOTAL, d.n
    return d.save()


# =========================================================================== org: binary files


def _rezip(data: bytes, replace: dict[str, bytes]) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    parts = {i.filename: src.read(i.filename) for i in src.infolist()}
    parts.update(replace)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        first = ["[Content_Types].xml"]
        for name in first + sorted(n for n in parts if n not in first):
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            z.writestr(info, parts[name])
    return out.getvalue()


CORE_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
    'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/'
    'dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/'
    'XMLSchema-instance"><dc:title>{title}</dc:title><dc:creator>{creator}</dc:creator>'
    '<dcterms:created xsi:type="dcterms:W3CDTF">{when}</dcterms:created>'
    '<dcterms:modified xsi:type="dcterms:W3CDTF">{when}</dcterms:modified></cp:coreProperties>'
)

POSITIONS = [
    (
        "P-0001",
        "General Manager and CEO",
        "Executive Office",
        "Board of Directors",
        "Filled",
        "Core",
        "Leads the agency. Recommends fare changes, the annual budget and major contracts "
        "to the Board of Directors.",
    ),
    (
        "B-0001",
        "Chair, Board of Directors",
        "Board of Directors",
        "",
        "Filled",
        "Core",
        "Presides over the nine-member Board of Directors, which approves fare policy, every fare "
        "change, the capital budget and contracts over $1 million.",
    ),
    (
        "P-0110",
        "Chief Financial Officer",
        "Finance",
        "General Manager and CEO",
        "Filled",
        "Core",
        "Executive sponsor of Fare Forward. Chairs the Fare Modernization Steering Committee and "
        "decides go/no-go at each program gate. Owns the fare revenue forecast and the capital "
        "program.",
    ),
    (
        "P-0114",
        "Budget Director",
        "Finance",
        "Chief Financial Officer",
        "Filled",
        "Core",
        "Operating and capital budgets; fare revenue forecasting and fare modeling. Acting lead for "
        "fare policy (fare structure, fare caps and fare table proposals to the Board).",
    ),
    (
        "P-0117",
        "Fare Policy Manager",
        "Finance",
        "Budget Director",
        "Vacant",
        "Core",
        "Fare policy and fare structure proposals; fare capping rules; the fare tables; Board "
        "reports on fares.",
    ),
    (
        "P-0121",
        "Revenue Operations Manager",
        "Finance",
        "Chief Financial Officer",
        "Filled",
        "Core",
        "Farebox vault pulls, cash counting and bank deposits; Sparrow card stock and sales; "
        "ticket vending machine cash and servicing; daily revenue reconciliation.",
    ),
    (
        "P-0130",
        "Fare Modernization Program Manager",
        "Program Management Office",
        "Chief Financial Officer",
        "Filled",
        "Core",
        "Runs the Fare Forward program plan, schedule and risk log; manages the Quaytap delivery "
        "schedule; reports to the steering committee each month.",
    ),
    (
        "P-0208",
        "Chief Information Officer",
        "Information Technology",
        "General Manager and CEO",
        "Filled",
        "Core",
        "IT infrastructure and networks, onboard routers, system integrations, "
        "cybersecurity, PCI DSS compliance and the payment processor connection.",
    ),
    (
        "P-0205",
        "Fare Systems Manager",
        "Information Technology",
        "Chief Information Officer",
        "Filled",
        "Core",
        "Fare collection systems: Fareline farebox software, FareWorks, the "
        "TapWise back office, validator configuration, fare tables loaded to devices, Tessaly Card "
        "set-up.",
    ),
    (
        "P-0212",
        "Data and Analytics Manager",
        "Information Technology",
        "Chief Information Officer",
        "Filled",
        "Core",
        "The Tributary data warehouse; ridership and "
        "fare reporting; National Transit Database reporting; program measures and baselines.",
    ),
    (
        "P-0301",
        "Director of Customer Experience",
        "Customer Experience",
        "General Manager and CEO",
        "Filled",
        "Core",
        "The Union Street Customer Service Center, the "
        "call center and customer complaints. Staff liaison to the Rider Advisory Committee.",
    ),
    (
        "P-0310",
        "Fare Programs Manager",
        "Customer Experience",
        "Director of Customer Experience",
        "Filled",
        "Core",
        "Reduced Fare Program eligibility and enrollment; employer and university "
        "pass programs; the retail sales network for fare cards.",
    ),
    (
        "P-0320",
        "Marketing and Communications Manager",
        "Customer Experience",
        "Director of Customer Experience",
        "Filled",
        "Core",
        "Rider information, campaigns, signs "
        "at stops and stations, website and app content; translation into Spanish and Vietnamese.",
    ),
    (
        "P-0402",
        "Civil Rights Officer",
        "Office of Civil Rights",
        "General Manager and CEO",
        "Filled",
        "Core",
        "The Title VI program; service and fare equity analyses; public hearings "
        "on fare and service changes; the language assistance plan.",
    ),
    (
        "P-0505",
        "Director of Bus Operations",
        "Operations",
        "General Manager and CEO",
        "Filled",
        "Core",
        "Bus service on 48 routes from three garages (Eastgate, Millrace, North Yard); bus "
        "operators and street supervisors.",
    ),
    (
        "P-0510",
        "Director of Rail Operations",
        "Operations",
        "General Manager and CEO",
        "Filled",
        "Core",
        "The Juniper Line: 16 stations, train operators and station agents.",
    ),
    (
        "P-0520",
        "Fleet and Facilities Maintenance Director",
        "Maintenance",
        "General Manager and CEO",
        "Filled",
        "Core",
        "Bus and light-rail vehicle maintenance; "
        "installation of onboard equipment; station facilities and power.",
    ),
    (
        "P-0605",
        "Training and Development Manager",
        "Human Resources",
        "General Manager and CEO",
        "Filled",
        "Core",
        "Operator and station agent training; new-hire and refresher courses; training records.",
    ),
    (
        "P-0701",
        "Procurement and Contracts Manager",
        "Procurement",
        "Chief Financial Officer",
        "Filled",
        "Core",
        "Purchasing; contract administration for Quaytap and Fareline; change "
        "orders; supplier delivery schedules.",
    ),
    (
        "P-0801",
        "General Counsel",
        "Legal",
        "General Manager and CEO",
        "Filled",
        "Core",
        "Contracts, the fare ordinance and tariff, privacy notices.",
    ),
    (
        "RAC-01",
        "Chair, Rider Advisory Committee",
        "Rider Advisory Committee",
        "Not an agency position",
        "Appointed",
        "Consult only",
        "Leads the 15-member Rider Advisory Committee, appointed by the Board.",
    ),
]
HEAD = [
    "Position No.",
    "Position title",
    "Department",
    "Reports to",
    "Status",
    "Program role",
    "Duties",
]


def build_positions() -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = "Positions"
    ws.append(HEAD)
    for row in POSITIONS:
        ws.append(list(row))
    bold = Font(name="Calibri", bold=True, color="FFFFFF")
    fill = PatternFill("solid", fgColor="123F6B")
    for cell in ws[1]:
        cell.font = bold
        cell.fill = fill
    for row in ws.iter_rows(min_row=2):
        row[6].alignment = Alignment(wrap_text=True, vertical="top")
    for col, width in zip("ABCDEFG", (12, 38, 26, 28, 10, 13, 90), strict=True):
        ws.column_dimensions[col].width = width
    ws.freeze_panes = "A2"
    notes = wb.create_sheet("Export notes")
    notes.append(["Exported from PeopleWorks HR, position control report PC-07, April 28, 2027."])
    notes.append(["Program role is set by the Fare Modernization Program Manager."])
    notes.append(["Consult only: advises the program; owns no program work."])
    buf = io.BytesIO()
    wb.save(buf)
    core = CORE_XML.format(
        title="Fare Forward positions", creator="PeopleWorks HR", when="2027-04-28T15:12:00Z"
    )
    return _rezip(buf.getvalue(), {"docProps/core.xml": core.encode("utf-8")})


def build_reduced_fare_docx() -> bytes:
    doc = Document()
    doc.add_heading("Reduced Fare Program: eligibility procedure", level=1)
    doc.add_paragraph("Procedure CX-12, revised October 2025. Owner: Fare Programs Manager.")
    doc.add_heading("Who qualifies", level=2)
    doc.add_paragraph(
        "Riders aged 65 and over, riders with a disability, Medicare card holders "
        "and members of households receiving SNAP benefits pay half the full fare."
    )
    doc.add_heading("How eligibility is checked today", level=2)
    doc.add_paragraph(
        "Applicants fill in paper form RF-1 and bring it, with proof of "
        "eligibility, to the Union Street Customer Service Center."
    )
    doc.add_paragraph(
        "Reduced-fare eligibility is checked on paper forms, in person, at the "
        "Union Street Customer Service Center only."
    )
    doc.add_paragraph(
        "Approved riders are logged in a shared Excel spreadsheet and are issued a "
        "Sparrow reduced-fare card with their photo."
    )
    doc.add_paragraph("The average time from application to decision was 21 days in FY2026.")
    doc.add_paragraph("Eligibility lasts two years; renewals follow the same steps.")
    doc.add_paragraph(
        "Counter staff learn this procedure in a half-day course run by the "
        "Training and Development Manager."
    )
    doc.add_heading("Steps", level=2)
    table = doc.add_table(rows=1, cols=3)
    for cell, text in zip(table.rows[0].cells, ["Step", "Who", "Typical time"], strict=True):
        cell.text = text
    for step in [
        ("Form RF-1 received at the counter", "Customer service representative", "Same day"),
        ("Proof of eligibility checked", "Reduced fare clerk", "5 to 10 working days"),
        ("Decision letter mailed", "Fare Programs Manager", "3 to 5 working days"),
        ("Photo card printed and mailed or collected", "Reduced fare clerk", "5 working days"),
    ]:
        cells = table.add_row().cells
        for cell, text in zip(cells, step, strict=True):
            cell.text = text
    buf = io.BytesIO()
    doc.save(buf)
    core = CORE_XML.format(
        title="Reduced Fare Program procedure", creator="Fare Programs", when="2025-10-14T17:40:00Z"
    )
    return _rezip(buf.getvalue(), {"docProps/core.xml": core.encode("utf-8")})


# =========================================================================== org: text files

CHARTER = """
# Fare Modernization Steering Committee: charter

Adopted by the General Manager and CEO on March 22, 2027.

## Purpose

The steering committee directs Fare Forward, the fare payment modernization program, from
contract award to the end of FY2030.

## Chair and members

- Chair and executive sponsor: Chief Financial Officer.
- Members: Budget Director, Fare Modernization Program Manager, Chief Information Officer,
  Fare Systems Manager, Director of Customer Experience, Civil Rights Officer, Director of Bus
  Operations, Director of Rail Operations, Fleet and Facilities Maintenance Director.
- The Chair, Rider Advisory Committee attends as a guest when a fare change is discussed.

## Decisions

- The committee decides go/no-go at each program gate. The chair decides when members disagree.
- Fare changes and fare policy are recommended to the Board of Directors through the General
  Manager and CEO; the committee cannot change a fare.

## Staffing

The Fare Policy Manager post has been vacant since February 2027, and recruitment has not yet
opened. The Budget Director acts as lead for fare policy in the meantime.

## Cadence

Monthly, on the first Thursday. A quarterly progress report goes to the Board work session.
"""

FARE_POLICY = """
# Fare policy and Title VI fare equity procedure (extract)

From Board Resolution 2019-14 (fare policy) and the agency's Title VI Program, 2025 update.

## Who decides

The Board of Directors approves fare policy and every change to fares or fare media.

## Before any fare change

A fare equity analysis must be completed by the Office of Civil Rights and approved by the
Board before any fare change, including a change of fare media such as retiring a fare card,
as FTA Circular 4702.1B requires.

A public hearing is held for every fare change, with notice in English, Spanish and
Vietnamese at least 30 days before.

A fare equity analysis has taken five to six months from data request to Board approval in
the last three cases (2019, 2021, 2024).

## Fare media today

Cash at the farebox, the Sparrow magnetic card (stored value, day pass, 31-day pass), paper
transfers valid for 90 minutes, and the reduced-fare Sparrow photo card.
"""

BYLAWS = """
RIDER ADVISORY COMMITTEE - BYLAWS (EXTRACT)
Adopted by the Board of Directors, June 2016; amended September 2023.

Article II. Membership
Fifteen members appointed by the Board for two-year terms, at least three of whom ride the
Juniper Line and at least three of whom use the reduced fare.

Article IV. Consultation
The Committee must be consulted at least 45 days before the Board of Directors acts on any fare
change. Staff present the proposal and its fare equity analysis to the Committee at a regular
meeting.

The Committee advises the Board and staff. It does not approve or decide.

Article V. Meetings
The Committee meets on the second Tuesday of each month at the Union Street offices.
"""

SYSTEMS = """
# Fare and ridership systems inventory

Kept by the Fare Systems Manager. Reviewed April 2027.

## Fareline fareboxes

Fareline GTX fareboxes are installed on all 410 buses (2008, refurbished 2017). They take
coins, bills and Sparrow magnetic cards, and print paper transfers.

The Fareline support agreement cannot be ended before June 30, 2029 without paying the
remaining fees.

## Sparrow magnetic cards

Sparrow cards are sold at the Union Street Customer Service Center, from 38 ticket vending
machines at Juniper Line stations and at 64 stores.

## FareWorks

FareWorks collects farebox and vending data when buses are probed at the garage each night.

FareWorks keeps transaction records for 13 months and then purges them; after that only
monthly totals remain.

## Tributary

Tributary is our data warehouse (2022). It is fed nightly with FareWorks totals, automatic
passenger counter data and the scheduling system, and holds ridership summaries back to
FY2015.

## Onboard network

Cellular routers are fitted on only 250 of our 410 buses, the ones delivered since 2019.

The 160 older buses, based at Millrace and North Yard garages, have no onboard data connection.

## TapWise (Quaytap)

Quaytap's TapWise back office and its validators were contracted in March 2027, with notice to
proceed on April 3, 2027.

A TapWise validator must refresh its deny list over a cellular connection at least every 15
minutes to accept bank cards.

## Paratransit

Access Ride paratransit trips are booked and paid in RideLink, which is outside Fare Forward.
"""

EMAIL = """
From: Procurement and Contracts Manager
To: Fare Modernization Program Manager
Cc: Fare Systems Manager
Date: April 21, 2027
Subject: Quaytap validators - lead time and term

Hi,

Following Monday's call with Quaytap:

Quaytap has confirmed a lead time of 26 weeks from purchase order to delivery for bus and
platform validators.

They can ship 40 units for a pilot in 10 weeks if we order those separately.

For the record, the contract term is seven years from notice to proceed, to April 2, 2034,
with three one-year options after that.

Thanks,
Procurement and Contracts Manager
"""

PROFILE = """
# Tessaly Transit at a glance (FY2026)

- Weekday boardings: about 310,000 (bus 262,000; Juniper Line 48,000).
- Fleet: 410 buses on 48 routes, from three garages: Eastgate, Millrace and North Yard.
- Juniper Line: light rail, 16 stations from Tessaly International to Northgate, through
  Union Station and Civic Center.
- Three service districts: North, Central and Eastside.
- Riders who speak a language other than English at home: 31% (Spanish 22%, Vietnamese 5%).
- Fiscal year: July 1 to June 30.
"""

MEASURES = {
    "source": "Fare Forward measures register, version 3, April 2027",
    "measures": [
        {
            "name": "Share of fare payments by contactless card or phone",
            "owner": "Data and Analytics Manager",
            "baseline": "0% (FY2026)",
            "definition": "Taps on validators divided by all paid boardings, per fiscal quarter.",
        },
        {
            "name": "Cost to collect a dollar of fare",
            "owner": "Budget Director",
            "baseline": "$0.14 (FY2026)",
            "definition": "Cash handling, card stock, vending, farebox support and processing "
            "fees divided by fare revenue.",
        },
        {
            "name": "Days to decide a reduced-fare application",
            "owner": "Fare Programs Manager",
            "baseline": "21 days (FY2026)",
            "definition": "Calendar days from form received to decision letter mailed.",
        },
        {
            "name": "Riders enrolled in the reduced fare",
            "owner": "Fare Programs Manager",
            "baseline": "11,800 (June 30, 2026)",
            "definition": "Riders with a valid reduced-fare card on the last day of the quarter.",
        },
        {
            "name": "Rider satisfaction with paying the fare",
            "owner": "Director of Customer Experience",
            "baseline": "68% (FY2026 onboard survey)",
            "definition": "Share rating paying the fare 4 or 5 out of 5. Target to be agreed "
            "after the FY2028 survey.",
        },
        {
            "name": "Declined taps",
            "owner": "Fare Systems Manager",
            "baseline": "None until TapWise is live",
            "definition": "Declined taps divided by all taps, per week.",
        },
    ],
}

ORG_TEXT = {
    "org/governance/fare-modernization-steering-committee-charter.md": CHARTER,
    "org/governance/rider-advisory-committee-bylaws-extract.txt": BYLAWS,
    "org/policies/fare-policy-and-title-vi-extract.md": FARE_POLICY,
    "org/systems/fare-and-ridership-systems-inventory.md": SYSTEMS,
    "org/context/email-2027-04-21-quaytap-lead-time.txt": EMAIL,
    "org/context/tessaly-transit-at-a-glance.md": PROFILE,
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
        "org/people/fare-forward-positions.xlsx": build_positions(),
        "org/context/reduced-fare-program-procedure.docx": build_reduced_fare_docx(),
        "org/measures/fare-forward-measures.json": json.dumps(MEASURES, indent=2) + "\n",
    }
    files.update(ORG_TEXT)
    for rel, body in files.items():
        write(root / rel, body)


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
