"""Build the dev37 case ``kerbside-parking``: its deck and its org folder, deterministically.

Run from the repository root with a Python that has reportlab, python-docx and pypdf (the
project's venv lacks reportlab; on the development machine ``/tmp/rl35b/bin/python``):

    /tmp/rl35b/bin/python evals/dev37/build_kerbside_parking.py [out]

Writes, under ``evals/dev37/kerbside-parking/`` (or ``<out>/kerbside-parking/``):

- ``Kerb by Kerb - Cabinet Member briefing November 2027.pdf``: Corrisford City Council's
  kerbside and parking plan for 2028 to 2030, 18 pages as CANVA exports a 1920 x 1080 px
  presentation (1440 x 810 pt, 0.75 pt per px): document information Title (the deck's
  title), Author, Creator "Canva", Producer "Canva", Keywords of two design ids and one fixed
  CreationDate; every word placed on its own (its own text matrix) inside one text object per
  line, the way Canva writes a text box; tiles, bars and diamonds drawn as paths; tables as
  ruled lines with each cell its own text.
- ``org/``: the HR system's export of the programme's posts (``people/``, CSV with "Job title"
  and "Main duties"), the programme board's terms of reference (DOCX), the traffic orders
  procedure (Markdown), the parking and kerbside systems inventory (Markdown), the measure
  definitions (JSON), the permit policy (Markdown), the Disability Access Forum's terms (text),
  the pilot zone's profile (Markdown) and an email about the pay-by-phone contract (text).

Re-running it rewrites every file byte for byte: reportlab runs in invariant mode and the
header and dates are then set to fixed values of the same length; the DOCX is rewritten with
its ZIP entries sorted at one fixed time; the text files are literal strings. It never touches
``gold.json``. This is a DEVELOPMENT case (split "dev37").
"""

from __future__ import annotations

import csv
import datetime as _dt
import io
import json
import sys
import zipfile
from pathlib import Path

from docx import Document
from reportlab.lib.colors import HexColor
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
CASE = "kerbside-parking"
TITLE = "Kerb by Kerb"
DECK = "Kerb by Kerb - Cabinet Member briefing November 2027.pdf"
ZIP_TIME = (1980, 1, 1, 0, 0, 0)

W, H = 1920, 1080  # Canva's px
S = 0.75  # pt per px
REG = "Helvetica"
BOLD = "Helvetica-Bold"
INK = "#1B2631"
NAVY = "#16325C"
GREEN = "#1E7F5C"
AMBER = "#C7781A"
GREY = "#5F6B76"
PALE = "#EEF3F1"
LINE = "#B9C4CC"
WHITE = "#FFFFFF"
FOOT = "Corrisford City Council \u00b7 Kerb by Kerb \u00b7 Place and Environment"


class Deck:
    def __init__(self) -> None:
        self.buf = io.BytesIO()
        self.c = canvas.Canvas(self.buf, pagesize=(W * S, H * S), invariant=1, pageCompression=1)
        self.c.setTitle(TITLE)
        self.c.setAuthor("Place and Environment Comms")
        self.c.setCreator("Canva")
        self.c.setProducer("Canva")
        self.c.setSubject("")
        self.c.setKeywords("DAG4rXk2pQw,BAF7mTn0sLc")
        self.n = 0

    # ------------------------------------------------------------ drawing, in Canva's px

    def line(
        self, x: float, y: float, text: str, size: float, *, bold: bool = False, color: str = INK
    ) -> None:
        """One line of a text box: one text object, each word at its own position."""
        font = BOLD if bold else REG
        fs = size * S
        space = stringWidth(" ", font, fs)
        t = self.c.beginText()
        if t._code[1:] == ["1 0 0 1 0 0 Tm"]:  # no origin of its own: each word sets one
            del t._code[1]
        t.setFont(font, fs)
        t.setFillColor(HexColor(color))
        px = x * S
        base = (H - y - size * 0.8) * S
        for word in text.split(" "):
            t.setTextOrigin(round(px, 2), round(base, 2))
            t.textOut(word)
            px += stringWidth(word, font, fs) + space
        self.c.drawText(t)

    def wrap(self, text: str, width: float, size: float, bold: bool = False) -> list[str]:
        font = BOLD if bold else REG
        out: list[str] = []
        cur = ""
        for word in text.split(" "):
            trial = f"{cur} {word}".strip()
            if cur and stringWidth(trial, font, size * S) > width * S:
                out.append(cur)
                cur = word
            else:
                cur = trial
        if cur:
            out.append(cur)
        return out

    def text(
        self,
        x: float,
        y: float,
        width: float,
        body: str,
        size: float,
        *,
        bold: bool = False,
        color: str = INK,
        lead: float = 1.3,
    ) -> float:
        for ln in self.wrap(body, width, size, bold):
            self.line(x, y, ln, size, bold=bold, color=color)
            y += size * lead
        return y

    def rect(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        fill: str,
        *,
        radius: float = 0,
        stroke: str | None = None,
    ) -> None:
        c = self.c
        c.setFillColor(HexColor(fill))
        if stroke:
            c.setStrokeColor(HexColor(stroke))
        if radius:
            c.roundRect(
                x * S, (H - y - h) * S, w * S, h * S, radius * S, stroke=1 if stroke else 0, fill=1
            )
        else:
            c.rect(x * S, (H - y - h) * S, w * S, h * S, stroke=1 if stroke else 0, fill=1)

    def rule(self, x1: float, y1: float, x2: float, y2: float, color: str = LINE) -> None:
        self.c.setStrokeColor(HexColor(color))
        self.c.setLineWidth(1.5 * S)
        self.c.line(x1 * S, (H - y1) * S, x2 * S, (H - y2) * S)

    def diamond(self, cx: float, cy: float, r: float, fill: str = AMBER) -> None:
        p = self.c.beginPath()
        p.moveTo(cx * S, (H - cy + r) * S)
        p.lineTo((cx + r) * S, (H - cy) * S)
        p.lineTo(cx * S, (H - cy - r) * S)
        p.lineTo((cx - r) * S, (H - cy) * S)
        p.close()
        self.c.setFillColor(HexColor(fill))
        self.c.drawPath(p, stroke=0, fill=1)

    # ------------------------------------------------------------ page furniture

    def page(self, eyebrow: str, title: str, *, dark: bool = False) -> None:
        if self.n:
            self.c.showPage()
        self.n += 1
        self.rect(0, 0, W, H, NAVY if dark else WHITE)
        if eyebrow:
            self.line(110, 70, eyebrow.upper(), 22, bold=True, color=GREEN)
        if title:
            self.line(110, 112, title, 54, bold=True, color=WHITE if dark else NAVY)
        if self.n > 1:
            self.line(110, 1020, FOOT, 18, color=GREY)
            self.line(1790, 1020, str(self.n), 18, color=GREY)

    def bullets(
        self, x: float, y: float, width: float, items: list[str], size: float = 30, gap: float = 22
    ) -> float:
        for item in items:
            self.c.setFillColor(HexColor(GREEN))
            self.c.circle((x + 8) * S, (H - y - size * 0.45) * S, 6 * S, stroke=0, fill=1)
            y = self.text(x + 36, y, width - 36, item, size) + gap
        return y

    def table(
        self,
        x: float,
        y: float,
        widths: list[float],
        rows: list[list[str]],
        size: float = 24,
        head_size: float = 22,
    ) -> float:
        total = sum(widths)
        for r, row in enumerate(rows):
            head = r == 0
            sz = head_size if head else size
            heights = []
            cx = x
            for w, cell in zip(widths, row, strict=True):
                lines = self.wrap(cell, w - 30, sz, head)
                heights.append(len(lines))
                yy = y + 16
                for ln in lines:
                    self.line(cx + 12, yy, ln, sz, bold=head, color=GREEN if head else INK)
                    yy += sz * 1.25
                cx += w
            y += max(heights) * sz * 1.25 + 28
            self.rule(x, y - 6, x + total, y - 6, NAVY if head else LINE)
        return y

    def save(self) -> bytes:
        self.c.showPage()
        self.c.save()
        data = self.buf.getvalue()
        # Canva's header and a fixed export time; every replacement keeps its length
        data = data.replace(b"%PDF-1.3", b"%PDF-1.4", 1)
        for old in (b"ReportLab Generated PDF document", b"% ReportLab generated PDF document"):
            start = data.find(old)
            end = data.find(b"\n", start)
            data = data[:start] + b" " * (end - start) + data[end:]
        data = data.replace(b"D:20000101000000+00'00'", b"D:20271116101433+00'00'")
        return data


# =============================================================================== slides


def s01(d: Deck) -> None:
    d.page("", "", dark=True)
    d.rect(110, 180, 14, 420, GREEN)
    d.line(160, 190, "Place and Environment Directorate", 28, color="#A9C6E8")
    d.line(160, 260, TITLE, 120, bold=True, color=WHITE)
    d.line(160, 420, "Corrisford's kerbside and parking plan, 2028 to 2030", 44, color=WHITE)
    d.line(
        160, 500, "Briefing for the Cabinet Member for Transport and Climate", 30, color="#A9C6E8"
    )
    d.line(160, 545, "16 November 2027", 30, color="#A9C6E8")
    d.line(160, 960, "Corrisford City Council", 26, bold=True, color=WHITE)


def tile(d: Deck, x: float, y: float, big: str, label: str, w: float = 520) -> None:
    d.rect(x, y, w, 230, PALE, radius=18)
    d.line(x + 30, y + 28, big, 64, bold=True, color=NAVY)
    d.text(x + 30, y + 120, w - 60, label, 24, color=INK)


def s02(d: Deck) -> None:
    d.page("01 \u00b7 Where we are", "The kerb today")
    tile(d, 110, 230, "418,600", "residents in the city, and 38 controlled parking zones")
    tile(d, 670, 230, "61,200", "resident permits in force on 1 October 2027")
    tile(d, 1230, 230, "2 zones", "K and M still get their permits on paper, by post", w=580)
    tile(d, 110, 500, "9 of 24", "school streets have an enforcement camera today")
    tile(d, 670, 500, "4,310", "penalty charges last year for loading on our five high streets")
    tile(d, 1230, 500, "11 days", "is how long a new resident permit takes to arrive", w=580)
    d.rect(110, 770, 1700, 210, "#FFF6E8", radius=14)
    d.line(140, 790, "For context, not targets", 24, bold=True, color=AMBER)
    d.line(
        140, 835, "Our 2019 parking strategy promised virtual permits in every zone by 2022.", 24
    )
    d.line(140, 875, "Harlsdon Borough Council, next door, now issues every permit virtually.", 24)
    d.line(
        140,
        915,
        "Surplus parking income may only be spent on transport, under section 55 "
        "of the Road Traffic Regulation Act 1984.",
        24,
    )


def s03(d: Deck) -> None:
    d.page("02 \u00b7 North star and goals", "Where we are going")
    d.rect(110, 220, 1700, 170, NAVY, radius=18)
    d.line(150, 240, "Our north star", 24, bold=True, color="#A9C6E8")
    d.line(
        150,
        290,
        "A kerb that works for the people who need it most: residents, disabled "
        "people, deliveries and buses.",
        34,
        bold=True,
        color=WHITE,
    )
    d.line(110, 440, "Our goals", 30, bold=True, color=GREEN)
    d.bullets(
        110,
        500,
        1720,
        [
            "Make every resident permit virtual, and renewable online, by December 2028.",
            "Give Blue Badge holders a fairer chance of finding a bay near where they are going.",
            "Put an enforcement camera on every school street by September 2029.",
            "Cut penalty charges for loading on our five high streets by 40% by the end of 2030.",
            "Be a council that residents trust to manage the kerb fairly.",
        ],
        size=32,
        gap=30,
    )


def s04(d: Deck) -> None:
    d.page("03 \u00b7 How the plan runs", "Three years, three stages")
    d.line(110, 220, "This plan runs for three years from January 2028, in three stages.", 34)
    stages = [
        (
            "Year 1: Fix the basics",
            "Take the last two zones off paper, put the bay records right and try everything "
            "in one zone before the rest of the city.",
        ),
        (
            "Year 2: Make space",
            "Loading bays and disabled bays where they are needed, cameras on more school "
            "streets and a new pay-by-phone contract in place.",
        ),
        (
            "Year 3: Keep it moving",
            "A camera on every school street, bays kept right by the data, and the zones "
            "themselves reviewed.",
        ),
    ]
    x = 110
    for name, body in stages:
        d.rect(x, 320, 545, 520, PALE, radius=18)
        d.rect(x, 320, 545, 14, GREEN)
        d.line(x + 30, 370, name, 32, bold=True, color=NAVY)
        d.text(x + 30, 450, 485, body, 28)
        x += 577
    d.line(
        110,
        900,
        "Each stage closes with a stage review at the Kerbside Programme Board.",
        26,
        color=GREY,
    )


def s05(d: Deck) -> None:
    d.page("04 \u00b7 Designing for three moments", "Who this plan is for first")
    cards = [
        (
            "A resident renewing a permit",
            "in a zone that still posts paper permits, a week before the old one runs out",
        ),
        (
            "A Blue Badge holder finding a bay",
            "near the shops on a Saturday, when the nearest disabled bays are full",
        ),
        (
            "A delivery driver loading on a high street",
            "at seven in the morning, with nowhere legal to stop within 50 metres",
        ),
    ]
    x = 110
    for head, body in cards:
        d.rect(x, 220, 545, 400, PALE, radius=18)
        d.text(x + 30, 250, 485, head, 34, bold=True, color=NAVY)
        d.text(x + 30, 400, 485, body, 28)
        x += 577
    d.line(
        110,
        680,
        "Later, not in these three years: coach operators dropping off visitors "
        "near the cathedral.",
        28,
        bold=True,
        color=AMBER,
    )
    d.line(110, 760, "Not in this plan", 26, bold=True, color=GREEN)
    d.bullets(
        110,
        810,
        1700,
        [
            "Prices in our off-street car parks, which the car parks review sets.",
            "Bus lane enforcement and the Park and Ride.",
        ],
        size=28,
        gap=16,
    )


def pillar(d: Deck, eyebrow: str, title: str, lead: str, aim: str, items: list[str]) -> None:
    d.page(eyebrow, title)
    d.line(110, 200, lead, 26, bold=True, color=GREEN)
    d.rect(110, 260, 1700, 110, PALE, radius=14)
    d.line(140, 292, aim, 34, bold=True, color=NAVY)
    d.line(110, 420, "What we will do", 28, bold=True, color=GREEN)
    d.bullets(110, 480, 1720, items, size=30, gap=26)


def s06(d: Deck) -> None:
    pillar(
        d,
        "05 \u00b7 Pillar 1",
        "Permits",
        "Lead: Parking Services Manager",
        "Aim: every permit virtual, and renewed online in one visit.",
        [
            "Load the Zone K and Zone M boundaries into PermitWise and stop posting paper permits.",
            "Rebuild the permit renewal pages so a resident can renew in one visit.",
            "Check proof of residency against council tax records instead of asking for "
            "paper bills.",
            "Keep a phone route for residents who cannot renew online.",
        ],
    )


def s07(d: Deck) -> None:
    pillar(
        d,
        "06 \u00b7 Pillar 2",
        "Enforcement",
        "Lead: Parking Enforcement Manager",
        "Aim: fair, visible enforcement where it keeps people safe.",
        [
            "Extend camera enforcement from 9 to all 24 school streets, in three batches.",
            "Give civil enforcement officers handhelds that check virtual permits live.",
            "Train every civil enforcement officer on the new handhelds before they go live.",
            "Publish where and why we enforce, zone by zone, every quarter.",
        ],
    )


def s08(d: Deck) -> None:
    pillar(
        d,
        "07 \u00b7 Pillar 3",
        "Kerb space",
        "Lead: Transport Planning Manager",
        "Aim: the right bay in the right place, backed by a valid order.",
        [
            "Audit all 1,240 disabled bays and put every one on a traffic order.",
            "Create timed loading bays on the five high streets, 6am to 11am.",
            "Make the traffic orders for new parking bays in batches, not street by street.",
            "Add 60 on-street charging bays where residents have no driveway.",
        ],
    )


def s09(d: Deck) -> None:
    pillar(
        d,
        "08 \u00b7 Pillar 4",
        "Data",
        "Lead: Business Intelligence Lead",
        "Aim: one true picture of the kerb, kept up to date.",
        [
            "Build one map of every bay, restriction and traffic order in the city.",
            "Bring pay-by-phone sessions into the City Data Store every night.",
            "Report how full each zone is to the Programme Board every month.",
        ],
    )


KPI = [
    ["Measure", "Baseline 2026/27", "Target", "By when"],
    ["Resident permits issued as virtual permits", "71%", "100%", "December 2028"],
    ["Permit renewals completed online", "64%", "90%", "December 2029"],
    ["Working days to issue a new resident permit", "11", "2", "December 2028"],
    ["School streets with camera enforcement", "9 of 24", "24 of 24", "September 2029"],
    ["Penalty charges for loading on the five high streets", "4,310", "2,590 (down 40%)", "2030"],
    ["Disabled bays backed by a traffic order", "62%", "100%", "December 2029"],
    ["Pay-by-phone share of on-street sessions", "58%", "75%", "December 2030"],
    [
        "Residents who say the kerb is managed fairly",
        "41%",
        "Higher",
        "To be set after the 2028 survey",
    ],
]


def s10(d: Deck) -> None:
    d.page("09 \u00b7 Measures", "How we will know")
    d.table(110, 210, [760, 300, 330, 330], KPI, size=26, head_size=24)


def s11(d: Deck) -> None:
    d.page("10 \u00b7 Where we start", "Pilot: Zone F around Chandos Street and the station")
    d.text(
        110,
        210,
        1700,
        "2,900 permit holders, the busiest loading street in the city and 46 disabled bays "
        "within 400 metres of Corrisford Central.",
        30,
    )
    d.line(
        110,
        320,
        "The pilot runs for six months, from April to September 2028.",
        30,
        bold=True,
        color=GREEN,
    )
    d.line(110, 400, "Steps", 28, bold=True, color=GREEN)
    steps = [
        ("April 2028", "Switch every Zone F permit to virtual."),
        ("April 2028", "Count and check the 46 disabled bays against the order."),
        ("May 2028", "Advertise one traffic order for all Zone F bay changes."),
        ("July 2028", "Mark new loading bays on Chandos Street, 6am to 11am."),
        ("August 2028", "Ask permit holders and traders how it went."),
    ]
    y = 460
    for when, what in steps:
        d.line(110, y, when, 28, bold=True, color=NAVY)
        d.line(420, y, what, 28)
        y += 62


def s12(d: Deck) -> None:
    d.page("11 \u00b7 Roadmap", "The three years at a glance")
    x0, col = 400, 360
    heads = ["2028", "2029", "2030", "Beyond 2030"]
    for k, h in enumerate(heads):
        d.rect(x0 + k * col + 4, 200, col - 8, 56, NAVY if k < 3 else "#8A96A3", radius=8)
        d.line(x0 + k * col + 24, 212, h, 28, bold=True, color=WHITE)
    for k, name in enumerate(["Fix the basics", "Make space", "Keep it moving"]):
        d.line(x0 + k * col + 24, 272, name, 24, bold=True, color=GREEN)
    month = col / 12

    def bar(lane: int, m0: float, m1: float, label: str, fill: str = GREEN) -> None:
        y = 330 + lane * 110
        d.rect(x0 + m0 * month, y, (m1 - m0) * month, 64, fill, radius=10)
        d.line(x0 + m0 * month + 16, y + 18, label, 22, bold=True, color=WHITE)

    lanes = ["Permits", "Enforcement", "Kerb space", "Data", "Pay-by-phone"]
    for k, name in enumerate(lanes):
        d.line(110, 348 + k * 110, name, 28, bold=True, color=NAVY)
    bar(0, 0, 18, "Zone K and M off paper; online renewal")
    bar(1, 6, 36, "Handhelds; cameras in three batches")
    bar(2, 3, 30, "Disabled bay audit; loading bays; orders in batches")
    bar(3, 0, 40, "One kerb map; nightly pay-by-phone data")
    bar(4, 2, 16, "Procure", fill="#2F6FA8")
    bar(4, 21, 48, "New five-year contract from October 2029", fill="#2F6FA8")
    d.diamond(x0 + 8.5 * month, 417, 16)
    d.line(x0 + 9.5 * month, 405, "Zone F go/no-go", 22, bold=True, color=AMBER)
    for m in (12, 24, 36):
        d.diamond(x0 + m * month, 300, 14, fill=GREEN)
    d.line(110, 900, "Green diamonds: stage reviews. Amber diamond: gate.", 22, color=GREY)
    d.line(x0 + 3 * col + 24, 880, "Coach drop-off bays", 22, color=INK)
    d.line(x0 + 3 * col + 24, 915, "Review of zone boundaries", 22, color=INK)


def s13(d: Deck) -> None:
    d.page("12 \u00b7 Gate", "Going citywide: the Zone F gate")
    d.text(
        110,
        210,
        1700,
        "The Kerbside Programme Board recommends, and the Cabinet Member decides, at the "
        "Cabinet Member decision meeting of 14 September 2028.",
        30,
    )
    d.line(110, 340, "What good looks like in Zone F", 30, bold=True, color=GREEN)
    d.bullets(
        110,
        400,
        1720,
        [
            "95% of Zone F permit holders on virtual permits, with no rise in complaints.",
            "Every disabled bay in Zone F checked and written into the order.",
            "Loading penalty charges on Chandos Street down by a quarter.",
            "The Disability Access Forum has seen the results before the decision.",
        ],
        size=30,
        gap=26,
    )
    d.line(
        110,
        800,
        "If the gate is not passed, Zone F carries on and the other zones wait.",
        26,
        color=GREY,
    )


RISKS = [
    ["Risk", "Likelihood", "What we will do"],
    [
        "The TapPark contract ends on 30 September 2029",
        "High",
        "Start the pay-by-phone procurement by March 2028; award a five-year contract by April 2029.",
    ],
    [
        "Objections hold up a traffic order",
        "Medium",
        "Bundle each zone's changes into one order; hold drop-in sessions in the consultation.",
    ],
    [
        "Sign plates arrive after the bays are ready",
        "Medium",
        "Order sign plates on the day an order is advertised.",
    ],
    [
        "Disabled residents lose a bay they rely on",
        "Medium",
        "Take every disabled bay change to the Disability Access Forum before it is advertised.",
    ],
    [
        "New cameras are challenged on privacy",
        "Low",
        "Complete a data protection impact assessment before each batch of cameras goes live.",
    ],
]


def s14(d: Deck) -> None:
    d.page("13 \u00b7 Risks", "What could stop us")
    d.table(110, 210, [560, 200, 960], RISKS, size=24, head_size=22)


def s15(d: Deck) -> None:
    d.page("14 \u00b7 First 90 days", "Clearing the kerb: our first 90 days")
    items = [
        "Advertise the vacant Kerbside Data Analyst post (Kerbside Programme Manager)",
        "Agree the date we stop posting paper permits in Zones K and M (Parking Services)",
        "Count every disabled and loading bay in Zone F (Traffic Engineering)",
        "Draft the pay-by-phone specification with a nightly data feed in it (Procurement)",
        "Baseline every measure in Ravelin (BI)",
        "Brief the Disability Access Forum on the whole plan (Programme Manager)",
    ]
    y = 220
    for k, item in enumerate(items, start=1):
        d.rect(110, y - 4, 56, 56, GREEN, radius=28)
        d.line(128, y + 6, str(k), 30, bold=True, color=WHITE)
        d.line(200, y + 6, item, 30)
        y += 100


def s16(d: Deck) -> None:
    d.page("15 \u00b7 Governance", "Who decides")
    d.bullets(
        110,
        220,
        1720,
        [
            "The Director of Place and Environment is senior responsible owner and chairs the "
            "Kerbside Programme Board.",
            "The Board meets monthly, holds the stage reviews and takes the go/no-go at the Zone F "
            "gate before it goes to the Cabinet Member.",
            "The Cabinet Member for Transport and Climate takes every key decision and every traffic "
            "order that draws objections.",
            "The Disability Access Forum is consulted before any change to disabled bays; it does "
            "not sit on the Board.",
            "Each pillar lead reports to the Kerbside Programme Manager every fortnight.",
        ],
        size=30,
        gap=30,
    )


def s17(d: Deck) -> None:
    d.page("16 \u00b7 Costs and asks", "What we are asking for")
    tile(d, 110, 220, "\u00a32.4m", "capital over three years, 2028 to 2030")
    tile(d, 670, 220, "\u00a31.1m", "for cameras at 15 more school streets")
    tile(d, 1230, 220, "\u00a30.6m", "for permits, handhelds and the kerb map", w=580)
    d.line(110, 520, "We ask the Cabinet Member to:", 30, bold=True, color=GREEN)
    d.bullets(
        110,
        580,
        1720,
        [
            "Approve Kerb by Kerb and the Zone F pilot.",
            "Agree the \u00a32.4m programme budget, released stage by stage.",
            "Agree that the pay-by-phone procurement starts in March 2028.",
        ],
        size=30,
        gap=24,
    )


def s18(d: Deck) -> None:
    d.page("", "", dark=True)
    d.line(110, 200, "By the end of 2030", 60, bold=True, color=WHITE)
    d.bullets(
        110,
        330,
        1700,
        [
            "Every permit virtual.",
            "A camera on every school street.",
            "Room to load on every high street.",
            "A kerb that works for the people who need it most.",
        ],
        size=40,
        gap=30,
    )
    d.line(
        110, 900, "Contact: Kerbside Programme Manager, Place and Environment", 24, color="#A9C6E8"
    )


SLIDES = [s01, s02, s03, s04, s05, s06, s07, s08, s09, s10, s11, s12, s13, s14, s15, s16, s17, s18]


def build_deck() -> bytes:
    d = Deck()
    for s in SLIDES:
        s(d)
    return d.save()


# =============================================================================== org folder

ROSTER_HEAD = [
    "Position ID",
    "Job title",
    "Post holder",
    "Directorate",
    "Service",
    "Grade",
    "Reports to (position)",
    "FTE",
    "Main duties",
    "Programme role",
    "Notes",
]
ROSTER = [
    [
        "PE0001",
        "Director of Place and Environment",
        "Helen Marchbank",
        "Place and Environment",
        "Directorate",
        "Director",
        "CX0001",
        "1.0",
        "Leads the Place and Environment Directorate. Executive sponsor and senior responsible "
        "owner of the kerbside and parking plan; chairs the Kerbside Programme Board and takes "
        "the go/no-go at each gate before recommendations go to the Cabinet Member.",
        "Core",
        "",
    ],
    [
        "PE0102",
        "Assistant Director, Highways and Transport",
        "Rajesh Varma",
        "Place and Environment",
        "Highways and Transport",
        "AD",
        "PE0001",
        "1.0",
        "Runs the highway network and the council's network management duty; manages the "
        "traffic engineering, traffic orders and transport planning teams.",
        "Core",
        "",
    ],
    [
        "PE0140",
        "Kerbside Programme Manager",
        "Owen Tredgold",
        "Place and Environment",
        "Programme Office",
        "M2",
        "PE0001",
        "1.0",
        "Runs the kerbside programme day to day: plan, risks, board papers, benefits tracking "
        "and the programme timetable; brings the pillar leads together.",
        "Core",
        "",
    ],
    [
        "PE0210",
        "Parking Services Manager",
        "Sadia Kerrigan",
        "Place and Environment",
        "Parking Services",
        "M2",
        "PE0102",
        "1.0",
        "Runs resident, visitor and business permits and the PermitWise system as its business "
        "owner; penalty charge processing and appeals; manages the pay-by-phone contract with "
        "TapPark and the pay-and-display machines; off-street car parks. Does not make traffic "
        "orders.",
        "Core",
        "",
    ],
    [
        "PE0220",
        "Parking Enforcement Manager",
        "Gareth Lowrie",
        "Place and Environment",
        "Parking Services",
        "M2",
        "PE0102",
        "1.0",
        "Manages the 74 civil enforcement officers and their beats; the KerbSight cameras at "
        "school streets; the officers' handhelds; trains and accredits every civil enforcement "
        "officer.",
        "Core",
        "",
    ],
    [
        "PE0230",
        "Traffic Orders Team Leader",
        "Bronwen Ashby",
        "Place and Environment",
        "Highways and Transport",
        "M1",
        "PE0102",
        "1.0",
        "Drafts, advertises and makes traffic regulation orders, runs the statutory consultation "
        "on each, reports objections to the Cabinet Member and keeps the register of orders.",
        "Core",
        "",
    ],
    [
        "PE0240",
        "Senior Traffic Engineer (Kerbside Design)",
        "Tomasz Wielgus",
        "Place and Environment",
        "Highways and Transport",
        "M1",
        "PE0102",
        "1.0",
        "Designs bays, loading bays, charging bays and school street layouts; audits bays on "
        "street; orders signs and lines from the sign supplier.",
        "Core",
        "",
    ],
    [
        "PE0250",
        "Transport Planning Manager",
        "Imogen Fairlie",
        "Place and Environment",
        "Highways and Transport",
        "M2",
        "PE0102",
        "1.0",
        "Sets kerbside and parking policy; works with traders and freight operators on loading; "
        "runs the school streets programme with schools; coach policy.",
        "Core",
        "",
    ],
    [
        "PE0260",
        "Kerbside Data Analyst",
        "VACANT",
        "Place and Environment",
        "Programme Office",
        "P4",
        "PE0140",
        "1.0",
        "Builds and keeps the kerbside map of bays, restrictions and orders; analyses occupancy "
        "and pay-by-phone data.",
        "Core",
        "Vacant since June 2027; the post has not been advertised.",
    ],
    [
        "RS0310",
        "Head of Digital and ICT",
        "Marcus Oyelaran",
        "Resources",
        "Digital and ICT",
        "Head of Service",
        "RS0001",
        "1.0",
        "Runs the council's systems, devices and integrations, including PermitWise hosting, the "
        "link to council tax records, the enforcement handhelds and the council website.",
        "Core",
        "",
    ],
    [
        "RS0320",
        "Business Intelligence Lead",
        "Priya Castellane",
        "Resources",
        "Digital and ICT",
        "M1",
        "RS0310",
        "1.0",
        "Runs the City Data Store and the Ravelin dashboards; sets baselines and reports every "
        "corporate measure.",
        "Core",
        "",
    ],
    [
        "RS0330",
        "Procurement and Contracts Manager",
        "Duncan Abernethy",
        "Resources",
        "Procurement",
        "M2",
        "RS0001",
        "1.0",
        "Runs procurements for the council: specifications, tenders, evaluation and award.",
        "Core",
        "",
    ],
    [
        "RS0340",
        "Information Governance Manager",
        "Eleanor Pryce",
        "Resources",
        "Legal and Governance",
        "M1",
        "RS0001",
        "1.0",
        "Data protection officer: data protection impact assessments, retention schedules and "
        "information sharing agreements.",
        "Core",
        "",
    ],
    [
        "CS0410",
        "Head of Customer Services",
        "Yvonne Hallett",
        "Customer Services",
        "Contact Centre",
        "Head of Service",
        "CS0001",
        "1.0",
        "Runs the contact centre and the city centre customer service point: phone and "
        "face-to-face help for residents.",
        "Core",
        "",
    ],
    [
        "CS0420",
        "Communications Manager (Place)",
        "Liam Dervish",
        "Customer Services",
        "Communications",
        "M1",
        "CS0001",
        "1.0",
        "Letters and campaigns to residents, web content and press for Place services.",
        "Core",
        "",
    ],
    [
        "HR0510",
        "Learning and Development Business Partner",
        "Carys Penhallow",
        "Resources",
        "HR",
        "P5",
        "RS0001",
        "0.8",
        "Corporate training: induction, management courses and the learning platform for office "
        "staff.",
        "Core",
        "",
    ],
    [
        "PE0270",
        "Equalities and Access Officer",
        "Nadim Hossain",
        "Place and Environment",
        "Programme Office",
        "P4",
        "PE0140",
        "1.0",
        "Writes equality impact assessments for Place decisions and supports the Disability "
        "Access Forum's meetings.",
        "Core",
        "",
    ],
    [
        "EX0001",
        "Chair, Corrisford Disability Access Forum",
        "Margaret Ilsley",
        "External",
        "Co-opted (non-employee)",
        "",
        "",
        "",
        "Chairs the Disability Access Forum, which the council consults on changes to disabled "
        "bays, dropped kerbs and pay machines; leads no council work.",
        "Consulted",
        "",
    ],
]


def build_roster() -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(ROSTER_HEAD)
    for row in ROSTER:
        w.writerow(row)
    return buf.getvalue()


SYSTEMS = """
# Parking and kerbside systems inventory

Owner: Head of Digital and ICT, with the Parking Services Manager. Reviewed October 2027.

## PermitWise (resident, visitor and business permits)

PermitWise is our permit system. Residents in 36 of the 38 zones apply, pay and renew on the
council website, and their permits are virtual: the vehicle registration is the permit.

Permits for Zone K and Zone M are still printed on paper and posted to residents, because
those two zones were never loaded into PermitWise when it went live in 2021.

PermitWise checks proof of residency by an uploaded document; it has a tested link to council
tax records that has never been switched on.

## Enforcement

The 74 civil enforcement officers use handhelds running NoticeDesk, which also processes
penalty charges and appeals.

The enforcement handhelds sync with PermitWise every four hours, so a virtual permit bought in
the morning may not show on an officer's handheld until the afternoon.

KerbSight cameras are installed at 9 of our 24 school streets; the other 15 rely on officers on
foot at opening and closing times.

## Pay-by-phone

TapPark runs pay-by-phone on every street with pay-and-display. TapPark keeps session-level
data for 90 days and sends us nothing but monthly totals by zone.

## Bays, signs and lines

The disabled bay list is a spreadsheet kept by the kerbside design team and was last checked on
street in 2021.

Our sign supplier, Larchfield Signs, quotes a lead time of 12 weeks for new bay and zone plates.

## Data and reporting

The City Data Store is the council's data warehouse; it already takes PermitWise and
NoticeDesk data every night, and the Ravelin dashboards report from it.
"""

TRO = """
# Traffic regulation orders: how we make them

Owner: Traffic Orders Team Leader. Approved by the Assistant Director, Highways and Transport,
April 2026.

Every new bay, restriction or change to a zone needs a traffic regulation order under the Road
Traffic Regulation Act 1984.

1. The design is agreed with the Senior Traffic Engineer (Kerbside Design).
2. The draft order and plans are published in the local paper, on site and on the website.
3. No traffic order may be made until a statutory 21-day consultation has closed and every
   objection has been reported to the Cabinet Member.
4. Orders without objections are made by the Assistant Director under delegation.
5. The sealed order goes into the register, and signs and lines are ordered.

Several changes in one area can be published as one order, which needs one notice and one
consultation.

## Records

Orders made before 2012 are held only as paper map tiles in the Traffic Orders office, and the
register of later orders is a spreadsheet.
"""

PERMIT_POLICY = """
# Resident parking permit policy 2025

Approved by the Cabinet Member for Transport and Climate, March 2025.

- A household may hold up to two resident permits in its zone.
- Visitor permits are sold in books of 20 sessions, or as virtual sessions where the zone is
  on PermitWise.
- Blue Badge holders may park free and without time limit in any resident bay in their own
  zone.
- A permit holder who cannot apply online may apply by phone through the contact centre.
- Permits run for 12 months from the date of issue.
"""

FORUM = """
CORRISFORD DISABILITY ACCESS FORUM: TERMS OF REFERENCE (extract)

Adopted by the Forum, January 2024, and noted by the Cabinet Member.

1. The Forum brings together disabled residents, carers and the groups that represent them.

2. The Forum must be consulted before any change to disabled bays, dropped kerbs or pay
machines is advertised.

3. The council gives the Forum at least 28 days to reply.

4. The Forum advises; it does not sit on council boards and leads no council work.

5. Support for meetings comes from the Equalities and Access Officer.
"""

ZONE_F = """
# Zone F: profile for the pilot

Prepared by the Kerbside Programme Manager, October 2027.

Zone F covers Chandos Street, the streets between it and the railway, and the forecourt side of
Corrisford Central station.

2,900 resident permits are in force in Zone F, all of them virtual.

Chandos Street has 41 shops and cafes; most deliveries arrive between 6am and 11am.

There are 46 disabled bays within 400 metres of the station.

Zone F is enforced by officers on foot; it has no school street.
"""

EMAIL = """
From: Parking Services Manager
To: Kerbside Programme Manager
Cc: Procurement and Contracts Manager
Date: 4 October 2027
Subject: TapPark contract dates

Owen,

For the plan: the TapPark contract ends on 30 September 2029 and has no further extension
available. We used the last extension in 2026.

Procurement say a new contract needs about 12 months from the start of the tender to award,
and the new supplier needs three months after award to put codes on every sign.

I would like the new contract to run for five years, to 30 September 2034, so we are not doing
this again in 2031.

Our contract with TapPark gives us no right to a nightly data feed. We should put one in the
new specification.

Sadia
"""

MEASURES = {
    "source": "Ravelin measure register, export of 2 November 2027",
    "measures": [
        {
            "name": "Resident permits issued as virtual permits",
            "owner": "Parking Services Manager",
            "baseline_2026_27": "71%",
            "definition": "Resident permits in force that are virtual, "
            "as a share of all resident permits in force, from PermitWise.",
        },
        {
            "name": "Permit renewals completed online",
            "owner": "Parking Services Manager",
            "baseline_2026_27": "64%",
            "definition": "Renewals completed on the website without a call or a paper form.",
        },
        {
            "name": "Working days to issue a new resident permit",
            "owner": "Parking Services Manager",
            "baseline_2026_27": "11",
            "definition": "From a complete application to a valid permit, median.",
        },
        {
            "name": "School streets with camera enforcement",
            "owner": "Parking Enforcement Manager",
            "baseline_2026_27": "9 of 24",
            "definition": "School streets with a working KerbSight camera at the end of the month.",
        },
        {
            "name": "Penalty charges for loading on the five high streets",
            "owner": "Parking Enforcement Manager",
            "baseline_2026_27": "4,310",
            "definition": "Penalty charges "
            "issued for contraventions by vehicles loading or unloading, from NoticeDesk.",
        },
        {
            "name": "Disabled bays backed by a traffic order",
            "owner": "Traffic Orders Team Leader",
            "baseline_2026_27": "62%",
            "definition": "Disabled bays on the bay list that a sealed traffic order covers.",
        },
        {
            "name": "Pay-by-phone share of on-street sessions",
            "owner": "Parking Services Manager",
            "baseline_2026_27": "58%",
            "definition": "Pay-by-phone sessions as a share "
            "of all paid on-street sessions, from TapPark monthly totals and machine counts.",
        },
        {
            "name": "Residents who say the kerb is managed fairly",
            "owner": "Business Intelligence Lead",
            "baseline_2026_27": "41%",
            "definition": "Residents' survey "
            "question, asked every two years; the 2028 survey adds a question on loading.",
        },
    ],
}


def build_terms() -> bytes:
    doc = Document()
    cp = doc.core_properties
    cp.author = "Kerbside Programme Manager"
    cp.title = "Kerbside Programme Board: terms of reference"
    cp.last_modified_by = "Kerbside Programme Manager"
    cp.revision = 3

    fixed = _dt.datetime(2027, 10, 12, 9, 0, 0)
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    doc.add_heading("Kerbside Programme Board: terms of reference", level=1)
    for text in [
        "Version 1.2, October 2027. Agreed by the Director of Place and Environment.",
        "Purpose: to steer the kerbside and parking plan, take the go/no-go at each gate and "
        "hold the stage reviews at the end of each year of the plan.",
        "Chair: the Director of Place and Environment, who is executive sponsor and senior "
        "responsible owner.",
        "The Board meets monthly. It recommends key decisions to the Cabinet Member for "
        "Transport and Climate, who takes them at the Cabinet Member decision meetings.",
        "The Board releases the budget stage by stage; no stage's money is spent before the "
        "previous stage review.",
        "Training for council staff on new systems is arranged with the Learning and "
        "Development Business Partner, except enforcement officers' training, which the "
        "Parking Enforcement Manager runs.",
    ]:
        doc.add_paragraph(text)
    table = doc.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "Member"
    table.rows[0].cells[1].text = "Role on the Board"
    for a, b in [
        ("Director of Place and Environment", "Chair"),
        ("Assistant Director, Highways and Transport", "Member"),
        ("Kerbside Programme Manager", "Secretary"),
        ("Parking Services Manager", "Pillar lead, Permits"),
        ("Parking Enforcement Manager", "Pillar lead, Enforcement"),
        ("Transport Planning Manager", "Pillar lead, Kerb space"),
        ("Business Intelligence Lead", "Pillar lead, Data"),
        ("Head of Digital and ICT", "Member"),
    ]:
        cells = table.add_row().cells
        cells[0].text = a
        cells[1].text = b
    buf = io.BytesIO()
    doc.save(buf)
    return normalise_zip(buf.getvalue())


def normalise_zip(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in sorted(src.namelist()):
            info = zipfile.ZipInfo(name, ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            z.writestr(info, src.read(name))
    return out.getvalue()


ORG_TEXT = {
    "org/systems/parking-and-kerbside-systems-inventory.md": SYSTEMS,
    "org/governance/traffic-regulation-orders-procedure.md": TRO,
    "org/policies/resident-parking-permit-policy-2025.md": PERMIT_POLICY,
    "org/context/disability-access-forum-terms.txt": FORUM,
    "org/context/zone-f-pilot-profile.md": ZONE_F,
    "org/context/email-2027-10-04-tappark-contract.txt": EMAIL,
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
        "org/people/hr-export-kerbside-posts.csv": build_roster().encode("utf-8"),
        "org/governance/kerbside-programme-board-terms-of-reference.docx": build_terms(),
        "org/measures/kerbside-measures.json": json.dumps(MEASURES, indent=2) + "\n",
    }
    files.update(ORG_TEXT)
    for rel, body in files.items():
        write(root / rel, body)


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
