"""Build the dev34 case ``university-student-services``: its deck and its org folder, deterministically.

Run from the repository root with a Python that has reportlab, python-docx and pypdf (the
project's venv has no reportlab; the writer used ``/tmp/rl34b/bin/python``):

    /tmp/rl34b/bin/python evals/dev34/build_university_student_services.py [out]

Writes, under ``evals/dev34/university-student-services/`` (or ``<out>/university-student-services/``):

- ``One Desk, Any Hour - University Executive Board 19 January 2027.pdf``: Pellworth
  University's student services and digital plan for February 2027 to July 2029, a 16:9
  deck made in APPLE KEYNOTE and exported as PDF, drawn here with reportlab the way Keynote's
  export lays it out: pages of 1920 x 1080 points, every line of text its own positioned
  run (no text flow, no tagged structure), bold lead-ins drawn apart from the rest of their
  line, shapes drawn before their labels, document information of Title, Creator "Keynote",
  Producer "macOS Version 14 Quartz PDFContext" and one fixed creation date. 18 pages.
- ``org/``: an HR system's export of the programme's post holders as CSV (a report line
  above the header), the programme board's terms of reference (DOCX), an extract of the
  academic regulations, the Students' Union partnership agreement extract, the student
  systems inventory, the measure definitions (JSON), a wellbeing service note, the 2025/26
  extensions audit and an email from a card printer supplier (Markdown and text).

Re-running it rewrites every file byte for byte: reportlab runs in invariant mode with a
fixed date, the DOCX is rewritten with sorted ZIP entries at one fixed time and fixed core
properties, the text files are literal strings. It never touches ``gold.json``. This is a
DEVELOPMENT case (split "dev34").
"""

from __future__ import annotations

import datetime as dt
import io
import sys
import zipfile
from pathlib import Path

from docx import Document
from reportlab.lib.colors import HexColor
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
CASE = "university-student-services"
DECK = "One Desk, Any Hour - University Executive Board 19 January 2027.pdf"
ZIP_TIME = (1980, 1, 1, 0, 0, 0)

W, H = 1920, 1080
REG, BOLD = "Helvetica", "Helvetica-Bold"
INK = HexColor("#1D2433")
NAVY = HexColor("#23305E")
TEAL = HexColor("#0E7C7B")
GOLD = HexColor("#C8912B")
GREY = HexColor("#6A7280")
PALE = HexColor("#EEF1F6")
LINE = HexColor("#C9CFDA")
WHITE = HexColor("#FFFFFF")
FOOTER = "Pellworth University \u00b7 One Desk, Any Hour \u00b7 University Executive Board, 19 January 2027"


# =========================================================================== drawing helpers


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    words, lines, cur = text.split(" "), [], ""
    for w in words:
        trial = (cur + " " + w).strip()
        if stringWidth(trial, font, size) <= width or not cur:
            cur = trial
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


class Page:
    def __init__(self, c: canvas.Canvas, n: int, eyebrow: str, title: str) -> None:
        self.c = c
        self.n = n
        c.setFillColor(WHITE)
        c.rect(0, 0, W, H, stroke=0, fill=1)
        if eyebrow:
            self.text(120, 980, eyebrow.upper(), 22, BOLD, TEAL)
        if title:
            self.text(120, 905, title, 54, BOLD, NAVY)

    def text(self, x, y, s, size=28, font=REG, color=INK) -> None:
        self.c.setFillColor(color)
        self.c.setFont(font, size)
        self.c.drawString(x, y, s)

    def para(self, x, y, s, width, size=28, font=REG, color=INK, lead=1.3) -> float:
        for line in wrap(s, font, size, width):
            self.text(x, y, line, size, font, color)
            y -= size * lead
        return y

    def bullets(self, x, y, items, width, size=28, gap=14, glyph="\u2022") -> float:
        for item in items:
            self.text(x, y, glyph, size, REG, TEAL)
            y = self.para(x + 34, y, item, width - 34, size) - gap
        return y

    def numbered(self, x, y, items, width, size=28, gap=14) -> float:
        for k, item in enumerate(items, start=1):
            self.text(x, y, f"{k}.", size, BOLD, TEAL)
            y = self.para(x + 46, y, item, width - 46, size) - gap
        return y

    def box(self, x, y, w, h, fill=PALE, stroke=None, radius=0) -> None:
        self.c.setFillColor(fill)
        if stroke is not None:
            self.c.setStrokeColor(stroke)
            self.c.setLineWidth(2)
        if radius:
            self.c.roundRect(x, y, w, h, radius, stroke=1 if stroke else 0, fill=1)
        else:
            self.c.rect(x, y, w, h, stroke=1 if stroke else 0, fill=1)

    def rule(self, x1, y1, x2, y2, color=LINE, width=2) -> None:
        self.c.setStrokeColor(color)
        self.c.setLineWidth(width)
        self.c.line(x1, y1, x2, y2)

    def diamond(self, x, y, r=16, color=GOLD) -> None:
        p = self.c.beginPath()
        p.moveTo(x, y + r)
        p.lineTo(x + r, y)
        p.lineTo(x, y - r)
        p.lineTo(x - r, y)
        p.close()
        self.c.setFillColor(color)
        self.c.drawPath(p, stroke=0, fill=1)

    def finish(self, footer: bool = True) -> None:
        if footer:
            self.text(120, 48, FOOTER, 18, REG, GREY)
            self.text(1760, 48, f"{self.n:02d}", 18, BOLD, GREY)
        self.c.showPage()


# =========================================================================== the slides


def s01(c):
    p = Page(c, 1, "", "")
    p.box(0, 0, W, H, NAVY)
    p.text(120, 760, "PELLWORTH UNIVERSITY", 26, BOLD, GOLD)
    p.text(120, 640, "One Desk, Any Hour", 96, BOLD, WHITE)
    p.text(
        120, 560, "Student services and digital plan, February 2027 to July 2029", 40, REG, WHITE
    )
    p.text(120, 380, "University Executive Board, 19 January 2027", 28, REG, WHITE)
    p.text(
        120,
        336,
        "Paper UEB/27/04 \u00b7 Presented by the Pro Vice-Chancellor (Student Experience)",
        24,
        REG,
        WHITE,
    )
    p.finish(footer=False)


def s02(c):
    p = Page(c, 2, "Why now", "Students ask once, then ask again")
    tiles = [
        ("24,310", "students on two campuses: 17,900 at Saddlers Quay", "and 6,410 at Wyvern Park"),
        ("Almost half", "of students who ask us something", "have to ask a second time"),
        ("3,940", "extension requests in 2025/26,", "on five different faculty forms"),
        ("6 days", "the average wait to hear back", "about an extension request"),
        ("2 h 40 min", "the longest enrolment queue at Wyvern Park", "in September 2026"),
        (
            "Two in five",
            "students who rang the out-of-hours line",
            "last year heard nothing from us afterwards",
        ),
    ]
    for k, (big, a, b) in enumerate(tiles):
        x = 120 + (k % 3) * 560
        y = 560 if k < 3 else 270
        p.box(x, y, 520, 250, PALE, radius=14)
        p.text(x + 30, y + 170, big, 58, BOLD, TEAL)
        p.text(x + 30, y + 105, a, 22)
        p.text(x + 30, y + 72, b, 22)
    p.box(120, 110, 1680, 130, WHITE, stroke=LINE, radius=10)
    p.text(150, 200, "For context, not targets", 22, BOLD, GOLD)
    p.text(
        150,
        160,
        "Our 2021 Student Charter promised a reply to every enquiry within two working days.",
        22,
    )
    p.text(
        150,
        126,
        "Harnley University settles 85% of student enquiries at the first contact.  Student Services' budget stays flat in cash terms until July 2029.",
        22,
    )
    p.finish()


def s03(c):
    p = Page(c, 3, "Where we want to be", "One desk, whatever the hour")
    p.text(120, 800, "Our north star", 26, BOLD, GOLD)
    p.text(
        120,
        740,
        "One desk for every student, whatever their campus, their faculty or the hour.",
        40,
        BOLD,
        NAVY,
    )
    p.text(120, 640, "By the end of academic year 2028/29 we will:", 30, BOLD, INK)
    y = p.bullets(
        150,
        580,
        [
            "settle 80% of student enquiries the first time a student asks",
            "run student enquiries in all five faculties and both Student Hubs through Parley",
            "decide every extension request within two working days, and take almost all of them online",
            "follow up every out-of-hours call by the next working day",
            "enrol nine in ten new students online before they arrive",
        ],
        1600,
        30,
    )
    p.text(
        120,
        y - 30,
        "And we want every student to feel that Pellworth is on their side.",
        30,
        REG,
        TEAL,
    )
    p.finish()


def s04(c):
    p = Page(c, 4, "Who we are designing for first", "Three moments that test the whole service")
    cards = [
        (
            "Enrolment week",
            [
                "A first-year arriving at Wyvern Park",
                "who has not finished enrolling online",
                "and needs an ID card before Monday.",
            ],
        ),
        (
            "Asking for more time",
            [
                "A second-year who needs an extension",
                "on coursework after a week of illness,",
                "and does not know which form to use.",
            ],
        ),
        (
            "Out of hours",
            [
                "A student in a wellbeing crisis at",
                "2 a.m. on a Saturday, who rings the",
                "out-of-hours line from their room.",
            ],
        ),
    ]
    for k, (head, lines) in enumerate(cards):
        x = 120 + k * 560
        p.box(x, 420, 520, 380, PALE, radius=14)
        p.text(x + 30, 730, head, 32, BOLD, NAVY)
        y = 670
        for line in lines:
            p.text(x + 30, y, line, 24)
            y -= 36
    p.text(120, 350, "Not in this plan", 24, BOLD, GOLD)
    p.bullets(
        120,
        305,
        [
            "Postgraduate research students (the Doctoral College has its own plan)",
            "Degree apprentices and their employers; applicants and admissions enquiries",
            "Accommodation and residential life; alumni and careers",
        ],
        1680,
        24,
        6,
    )
    p.finish()


def s05(c):
    p = Page(c, 5, "The plan on a page", "Four pillars, three stages")
    pillars = [
        ("1  Ready for day one", "enrolment, ID cards, timetables"),
        ("2  One front desk", "every enquiry logged once, in Parley"),
        ("3  More time, decided fast", "one extensions rule, one online form"),
        ("4  Help after hours", "out-of-hours support and follow-up"),
    ]
    for k, (a, b) in enumerate(pillars):
        x = 120 + k * 420
        p.box(x, 600, 390, 190, NAVY, radius=12)
        p.text(x + 24, 730, a, 26, BOLD, WHITE)
        p.text(x + 24, 680, b, 21, REG, WHITE)
    stages = [
        (
            "Summer 2027: Foundations",
            [
                "one extensions rule agreed",
                "pilot faculty chosen and ready",
                "baselines and contracts in place",
            ],
        ),
        (
            "Academic year 2027/28: Build",
            [
                "the pilot runs for the whole year",
                "forms, records and Parley built",
                "out-of-hours service re-let",
            ],
        ),
        (
            "Academic year 2028/29: Embed",
            [
                "all five faculties and both campuses",
                "paper and spreadsheets retired",
                "services handed to their owners",
            ],
        ),
    ]
    for k, (head, lines) in enumerate(stages):
        x = 120 + k * 560
        p.box(x, 170, 520, 360, PALE, radius=12)
        p.text(x + 28, 470, head, 28, BOLD, TEAL)
        y = 410
        for line in lines:
            p.text(x + 28, y, "\u2013  " + line, 24)
            y -= 44
    p.finish()


def pillar(c, n, num, title, aim, items, lead):
    p = Page(c, n, f"Pillar {num}", title)
    p.text(120, 820, "What we are aiming for", 24, BOLD, GOLD)
    p.para(120, 770, aim, 1680, 32, BOLD, NAVY)
    p.text(120, 660, "What we will do", 24, BOLD, GOLD)
    p.bullets(120, 610, items, 1680, 28, 18)
    p.text(120, 130, lead, 24, REG, GREY)
    p.finish()


def s06(c):
    pillar(
        c,
        6,
        1,
        "Ready for day one",
        "Every new student enrols online before they arrive and leaves Welcome Week with an ID card and a timetable.",
        [
            "Open online enrolment in Stellis six weeks before Welcome Week, with a photo upload for the ID card",
            "Print ID cards at Wyvern Park as well as Saddlers Quay, so nobody crosses the city for a card",
            "Publish every first-year's timetable in MyPellworth before they enrol",
            "Send timetable changes to students' phones within an hour of a change being made",
        ],
        "Lead: Head of Student Records and Enrolment",
    )


def s07(c):
    pillar(
        c,
        7,
        2,
        "One front desk",
        "A student asks once, at a Hub desk, online or in their faculty office, and gets an answer or a named person.",
        [
            "Put the three remaining faculties' student offices and both Student Hubs on Parley",
            "Agree one set of enquiry categories and a two-working-day reply standard for every office",
            "Train 120 Hub and faculty staff to use Parley before their office goes live",
            "Show students the progress of their enquiry in MyPellworth",
        ],
        "Lead: Head of Student Hub",
    )


def s08(c):
    pillar(
        c,
        8,
        3,
        "More time, decided fast",
        "One extensions rule for the whole University, one online form, and a decision within two working days.",
        [
            "Take a single extensions regulation to Academic Board, replacing the five faculty rules",
            "Build one online extension request form in MyPellworth",
            "Record every extension decision in Stellis, so that marks for late work are right first time",
            "Add a link to the extension form on every module page in Lectern",
        ],
        "Lead: Academic Registrar",
    )


def s09(c):
    pillar(
        c,
        9,
        4,
        "Help after hours",
        "Nobody who reaches out at night or at the weekend is left without a follow-up.",
        [
            "Re-tender the out-of-hours support line, with a next-morning handover of every call",
            "Ring back every out-of-hours caller by the next working day, on both campuses",
            "Agree a protocol with Campus Security for a student in crisis on campus at night",
            "Tell every student in Welcome Week how to reach help after 5 p.m.",
        ],
        "Lead: Head of Wellbeing and Counselling",
    )


def s10(c):
    p = Page(c, 10, "How we will know", "Nine measures, one table")
    cols = [120, 960, 1210, 1420]
    heads = ["Measure", "Baseline 2025/26", "Target", "By when"]
    y = 800
    for x, h in zip(cols, heads, strict=True):
        p.text(x, y, h, 24, BOLD, TEAL)
    p.rule(120, y - 18, 1800, y - 18, NAVY, 3)
    rows = [
        ("Student enquiries settled at first contact", "54%", "80%", "July 2029"),
        (
            "Faculties whose student enquiries are logged in Parley",
            "2 of 5",
            "5 of 5",
            "Semester 1 2028/29",
        ),
        ("Working days to decide an extension request", "6.1", "2", "2028/29"),
        ("Extension requests made online", "0%", "95%", "2028/29"),
        ("New students enrolled online before they arrive", "61%", "90%", "Welcome Week 2028"),
        (
            "Longest enrolment queue at either campus",
            "2 h 40 min",
            "Under 20 min",
            "Welcome Week 2028",
        ),
        ("Out-of-hours calls followed up by the next working day", "58%", "100%", "End of 2027/28"),
        (
            "Timetable changes on students' phones within one hour",
            "Not possible",
            "95%",
            "Semester 2 2028/29",
        ),
        (
            "Students satisfied with the help they get from us",
            "Not measured",
            "Higher",
            "To be set after the first pulse survey",
        ),
    ]
    y -= 66
    for row in rows:
        for x, cell in zip(cols, row, strict=True):
            p.text(x, y, cell, 24)
        p.rule(120, y - 20, 1800, y - 20)
        y -= 66
    p.text(
        120,
        110,
        "Baselines are for academic year 2025/26 and come from Quernhouse, the faculty offices and NightHarbour.",
        20,
        REG,
        GREY,
    )
    p.finish()


def s11(c):
    p = Page(c, 11, "Our calendar", "How the plan runs on the academic year")
    p.bullets(
        120,
        800,
        [
            "Our academic year runs from 1 August to 31 July.",
            "This plan runs from 1 February 2027 to 31 July 2029: the rest of 2026/27 and two full academic years.",
            "We call the rest of 2026/27 Summer 2027: teaching ends in May, and most foundation work happens once it has.",
            "Semester 1 runs from late September to January; Semester 2 from February to early June.",
            "Welcome Week falls on 20 to 24 September 2027 and 18 to 22 September 2028.",
            "Each gate is taken at a meeting of Academic Board; the meetings are on the governance page.",
            "The Parley licence we are signing runs for five years, to January 2032; that is the contract's term, not this plan's.",
        ],
        1680,
        28,
        22,
    )
    p.finish()


def s12(c):
    p = Page(c, 12, "Roadmap", "Five workstreams, three gates")
    x0, lane_w = 470, 330
    heads = ["Summer 2027", "2027/28", "2028/29", "Beyond 2029"]
    xs = [x0 + k * (lane_w + 10) for k in range(4)]
    for k, (x, h) in enumerate(zip(xs, heads, strict=True)):
        p.box(x, 780, lane_w, 56, NAVY if k < 3 else GREY, radius=8)
        p.text(x + 20, 798, h, 24, BOLD, WHITE)
    lanes = [
        (
            "Enrolment and ID cards",
            [(0.2, 1.0, "Card printer ordered"), (1.0, 3.0, "Online enrolment, both campuses")],
        ),
        (
            "Front desk and Parley",
            [
                (0.5, 2.0, "Parley for the pilot faculty"),
                (1.6, 3.0, "Parley, three more faculties"),
            ],
        ),
        (
            "Extensions",
            [
                (0.0, 1.0, "One regulation"),
                (0.8, 2.0, "Online form and Stellis record"),
                (2.0, 3.0, "All faculties"),
            ],
        ),
        (
            "Out of hours",
            [
                (0.3, 1.6, "Re-let the out-of-hours line"),
                (1.4, 3.0, "Next-day call-backs, both campuses"),
            ],
        ),
        ("Timetables", [(1.2, 2.2, "New timetabling contract"), (2.0, 3.0, "Changes to phones")]),
    ]
    y = 690
    for name, bars in lanes:
        p.text(120, y + 14, name, 24, BOLD, INK)
        for k, (a, b, label) in enumerate(bars):
            bx = x0 + a * (lane_w + 10)
            bw = (b - a) * (lane_w + 10) - 10
            by = y + (10 if k % 2 == 0 else -26)
            p.box(bx, by - 6, bw, 40, TEAL if k % 2 == 0 else GOLD, radius=8)
            p.text(bx + 12, by + 6, label, 19, BOLD, WHITE)
        y -= 110
    later = ["Chat in MyPellworth", "Taught postgraduates on Parley", "Stellis moves to the cloud"]
    yy = 690
    for item in later:
        p.box(xs[3] + 10, yy - 6, lane_w - 20, 40, PALE, radius=8)
        p.text(xs[3] + 22, yy + 6, item, 19, REG, GREY)
        yy -= 110
    for gx, label in [
        (x0 + 0.62 * (lane_w + 10), "Gate 1"),
        (x0 + 1.62 * (lane_w + 10), "Gate 2"),
        (x0 + 2.85 * (lane_w + 10), "Gate 3"),
    ]:
        p.diamond(gx, 176)
        p.text(gx - 36, 132, label, 20, BOLD, GOLD)
    p.text(120, 176, "Gate: a go/no-go taken at an Academic Board meeting", 20, REG, GREY)
    p.finish()


def s13(c):
    p = Page(c, 13, "Pilot", "Starting with one faculty")
    p.para(
        120,
        800,
        "From Welcome Week 2027, first-year students in the Faculty of Health and Social Care are the first to use the new front desk, the online extension form and the next-morning call-back.",
        1680,
        32,
        BOLD,
        NAVY,
    )
    p.text(
        120,
        640,
        "About 1,400 students, all taught at Wyvern Park, for the whole of 2027/28.",
        28,
        REG,
        INK,
    )
    p.text(120, 570, "What we will do", 24, BOLD, GOLD)
    p.numbered(
        120,
        520,
        [
            "Invite all 1,400 first-years to enrol online by 6 September 2027",
            "Log every Health and Social Care student enquiry in Parley from Welcome Week",
            "Run a fortnightly pulse survey of 200 pilot students",
            "Hold a review with the faculty's course representatives at the end of Semester 1",
        ],
        1680,
        28,
        16,
    )
    p.text(
        120,
        170,
        "Why Health and Social Care: the largest first year at Wyvern Park, and the faculty with the most extension requests.",
        22,
        REG,
        GREY,
    )
    p.finish()


def s14(c):
    p = Page(c, 14, "What good looks like", "What must be true at each gate")
    cols = [
        (
            "Gate 1: go for the pilot",
            [
                "Academic Board has approved the single extensions regulation",
                "Parley is live in the Health and Social Care student office, with 12 advisers trained",
                "A card printer is installed at Wyvern Park",
            ],
        ),
        (
            "Gate 2: go to every faculty",
            [
                "Health and Social Care settles 70% of enquiries at first contact over Semester 1",
                "Every pilot extension decision is recorded in Stellis",
                "The new timetabling contract is signed, with an interface to MyPellworth",
            ],
        ),
        (
            "Gate 3: hand over",
            [
                "Every faculty's extension spreadsheet is closed and archived",
                "A service owner is named for the front desk, extensions and call-backs",
                "The out-of-hours contract has run for one full term with every call handed over",
            ],
        ),
    ]
    y = 800
    for head, items in cols:
        p.box(120, y - 200, 1680, 230, PALE, radius=12)
        p.text(150, y - 10, head, 28, BOLD, NAVY)
        p.bullets(180, y - 60, items, 1560, 24, 8)
        y -= 250
    p.finish()


def s15(c):
    p = Page(c, 15, "Risks", "What could stop us, and what we will do")
    cols = [120, 900, 1140]
    for x, h in zip(cols, ["Risk", "Likelihood", "What we will do"], strict=True):
        p.text(x, 800, h, 24, BOLD, TEAL)
    p.rule(120, 782, 1800, 782, NAVY, 3)
    rows = [
        (
            ["The Wyvern Park card printer arrives", "after Welcome Week 2027"],
            "High",
            ["Order the second card printer in February 2027,", "before Gate 1"],
        ),
        (
            ["The Students' Union opposes one", "extensions rule for all faculties"],
            "Medium",
            [
                "Share the draft regulation with the Students' Union",
                "in April 2027, before Academic Board sees it",
            ],
        ),
        (
            ["Students without a laptop or phone", "cannot use the online form"],
            "Low",
            ["Keep a paper extension form at both Student Hubs", ""],
        ),
        (
            ["Call notes are lost before a", "wellbeing adviser reads them"],
            "Medium",
            ["Write a next-morning handover into the new", "out-of-hours contract"],
        ),
    ]
    y = 720
    for risk, like, todo in rows:
        p.text(cols[0], y, risk[0], 24)
        p.text(cols[1], y, like, 24)
        p.text(cols[2], y, todo[0], 24)
        p.text(cols[0], y - 34, risk[1], 24)
        if todo[1]:
            p.text(cols[2], y - 34, todo[1], 24)
        p.rule(120, y - 60, 1800, y - 60)
        y -= 130
    p.finish()


def s16(c):
    p = Page(c, 16, "The first 90 days", "February to April 2027")
    p.numbered(
        120,
        800,
        [
            "Map the five faculties' extension rules side by side (Registrar)",
            "Baseline first-contact resolution and extension decision times in Quernhouse (Planning and BI)",
            "Complete a data protection impact assessment for sharing out-of-hours call notes (DPO)",
            "Start recruiting the Mental Health Adviser for Wyvern Park (Head of Wellbeing)",
            "Set up the Health and Social Care pilot group with the faculty's student office (Programme Manager)",
            "Ask Cardwell Systems for a date to install the Wyvern Park printer (Records)",
        ],
        1680,
        30,
        26,
    )
    p.finish()


def s17(c):
    p = Page(c, 17, "Governance", "Who decides, and when")
    p.bullets(
        120,
        800,
        [
            "The Pro Vice-Chancellor (Student Experience) is our executive sponsor, chairs the One Desk Programme Board each month and takes the go/no-go at each gate.",
            "Academic Board approves any change to the academic regulations; the Vice-Chancellor chairs it.",
            "The Students' Union President and Vice-President (Education) sit on the Programme Board and are consulted before every gate.",
            "University Executive Board receives a report each term.",
        ],
        1680,
        26,
        16,
    )
    p.text(120, 470, "Gates at Academic Board", 26, BOLD, GOLD)
    gates = [
        (
            "Gate 1",
            "16 June 2027",
            "approve the extensions regulation; go for the pilot from September",
        ),
        (
            "Gate 2",
            "15 March 2028",
            "go to all five faculties from September 2028, on Health and Social Care's Semester 1 evidence",
        ),
        ("Gate 3", "13 June 2029", "close the programme and hand each service to its owner"),
    ]
    y = 410
    for g, d, what in gates:
        p.text(120, y, g, 26, BOLD, NAVY)
        p.text(300, y, d, 26, BOLD, INK)
        p.text(560, y, what, 26)
        y -= 70
    p.finish()


def s18(c):
    p = Page(c, 18, "Costs and asks", "What we ask of University Executive Board")
    cost = [
        ("Summer 2027", "\u00a30.3m"),
        ("2027/28", "\u00a31.4m"),
        ("2028/29", "\u00a30.9m"),
        ("Total", "\u00a32.6m"),
    ]
    for k, (a, b) in enumerate(cost):
        x = 120 + k * 420
        p.box(x, 600, 390, 200, PALE, radius=12)
        p.text(x + 26, 720, b, 54, BOLD, TEAL)
        p.text(x + 26, 650, a, 24)
    p.text(120, 520, "We ask the Board to", 26, BOLD, GOLD)
    p.numbered(
        120,
        460,
        [
            "approve One Desk, Any Hour and its budget of \u00a32.6m over the plan",
            "delegate the go/no-go at each gate to the Pro Vice-Chancellor (Student Experience)",
            "note that Academic Board, not this Board, approves the extensions regulation",
        ],
        1680,
        28,
        16,
    )
    p.finish()


SLIDES = [s01, s02, s03, s04, s05, s06, s07, s08, s09, s10, s11, s12, s13, s14, s15, s16, s17, s18]


def build_deck() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(W, H), invariant=1, pageCompression=1)
    c.setTitle("One Desk, Any Hour - University Executive Board 19 January 2027")
    c.setAuthor("")
    c.setSubject("")
    c.setCreator("Keynote")
    c.setProducer("macOS Version 14 Quartz PDFContext")
    c.setDateFormatter(lambda *a: "D:20270112161408Z00'00'")
    for slide in SLIDES:
        slide(c)
    c.save()
    return buf.getvalue()


# =========================================================================== the org folder

ROSTER_HEAD = (
    "Position Title,Post Holder,Department,Campus,Reports To,Programme Role,Responsibilities"
)
ROSTER_ROWS = [
    (
        "Vice-Chancellor",
        "Prof. Miriam Oduya",
        "Vice-Chancellor's Office",
        "Saddlers Quay",
        "Board of Governors",
        "Core team",
        "Chief executive of the University; chairs Academic Board and University Executive Board.",
    ),
    (
        "Pro Vice-Chancellor (Student Experience)",
        "Prof. Daniel Reyland",
        "Vice-Chancellor's Office",
        "Saddlers Quay",
        "Vice-Chancellor",
        "Core team",
        "Executive sponsor of One Desk, Any Hour; chairs the One Desk Programme Board; takes the go/no-go at each gate; holds the programme budget.",
    ),
    (
        "Director of Student Services",
        "Helen Marchbank",
        "Student Services",
        "Both",
        "Pro Vice-Chancellor (Student Experience)",
        "Core team",
        "Leads the Student Hub, Wellbeing and Counselling and Disability Support; Student Services budget; service standards for students.",
    ),
    (
        "One Desk Programme Manager",
        "Tomasz Wierzbicki",
        "Student Services",
        "Saddlers Quay",
        "Director of Student Services",
        "Core team",
        "Programme plan, risks and issues log, pilot coordination with the pilot faculty, reports to the Programme Board.",
    ),
    (
        "Academic Registrar",
        "Dr Sunita Bhamra",
        "Academic Registry",
        "Saddlers Quay",
        "Pro Vice-Chancellor (Student Experience)",
        "Core team",
        "Academic regulations, including section 7 (extensions and mitigating circumstances); secretary to Academic Board; assessment boards and examinations.",
    ),
    (
        "Head of Student Records and Enrolment",
        "Gareth Pollitt",
        "Academic Registry",
        "Both",
        "Academic Registrar",
        "Core team",
        "Enrolment, online and in Welcome Week; accuracy of student records in Stellis; student ID cards and their printing; changes of student status.",
    ),
    (
        "Timetabling Manager",
        "Aisha Kendrick",
        "Academic Registry",
        "Saddlers Quay",
        "Academic Registrar",
        "Core team",
        "Timeweave; building and publishing the timetable; room allocation for teaching; short-notice timetable changes.",
    ),
    (
        "Head of Student Hub",
        "Rachel Ommaney",
        "Student Services",
        "Both",
        "Director of Student Services",
        "Core team",
        "The Student Hub desks on both campuses; standards for handling student enquiries; how advisers use Parley, including teaching them to use it; first-contact resolution.",
    ),
    (
        "Head of Wellbeing and Counselling",
        "Dr Kwame Asante",
        "Student Services",
        "Both",
        "Director of Student Services",
        "Core team",
        "Wellbeing, counselling and mental health advice; risk protocols for students in crisis; the out-of-hours support line and its contract with NightHarbour; Hearthnote records.",
    ),
    (
        "Campus Security Manager",
        "Lee Fairbrother",
        "Estates",
        "Both",
        "Director of Estates",
        "Core team",
        "24-hour control rooms on both campuses; night patrols; first response to incidents on campus; door access control.",
    ),
    (
        "Director of Digital and IT",
        "Priya Venkatesan",
        "Digital and IT",
        "Saddlers Quay",
        "Chief Operating Officer",
        "Core team",
        "IT strategy and budget; contracts with suppliers of IT systems, including Parley and the timetabling system; infrastructure; sign-in and accounts.",
    ),
    (
        "Student Systems Manager",
        "Owen Thackeray",
        "Digital and IT",
        "Saddlers Quay",
        "Director of Digital and IT",
        "Core team",
        "Configuration and integration of Stellis, Parley and Timeweave; new fields and workflows in Stellis; interfaces to MyPellworth.",
    ),
    (
        "Head of Digital Experience",
        "Chloe Arkwright",
        "Digital and IT",
        "Saddlers Quay",
        "Director of Digital and IT",
        "Core team",
        "The MyPellworth app and student portal; the website; online forms for students; accessibility of student-facing services.",
    ),
    (
        "Head of Digital Learning",
        "Martin Shah",
        "Learning and Teaching",
        "Wyvern Park",
        "Pro Vice-Chancellor (Education)",
        "Core team",
        "Lectern, the virtual learning environment; module page templates; lecture capture; digital teaching skills for academic staff.",
    ),
    (
        "Head of Planning and Business Intelligence",
        "Fiona Gallacher",
        "Planning",
        "Saddlers Quay",
        "Chief Operating Officer",
        "Core team",
        "Quernhouse and its Power BI dashboards; measure definitions and baselines; student surveys, including pulse surveys and the NSS.",
    ),
    (
        "Data Protection Officer",
        "Nadia Rahman",
        "Governance and Legal",
        "Saddlers Quay",
        "University Secretary",
        "Core team",
        "Data protection impact assessments; data sharing agreements; the records retention schedule.",
    ),
    (
        "Head of Organisational Development",
        "Simon Elcock",
        "Human Resources",
        "Saddlers Quay",
        "Director of Human Resources",
        "Core team",
        "The staff development programme for professional services staff: induction, customer service and leadership courses.",
    ),
    (
        "Staff Wellbeing Adviser",
        "Joanne Pike",
        "Human Resources",
        "Both",
        "Head of Organisational Development",
        "Core team",
        "Wellbeing of staff: the employee assistance programme, stress risk assessments and referrals to occupational health.",
    ),
    (
        "Faculty Student Experience Manager (Health and Social Care)",
        "Bethan Lloyd",
        "Faculty of Health and Social Care",
        "Wyvern Park",
        "Dean of Health and Social Care",
        "Core team",
        "The faculty's student office; extension requests in the faculty today; personal tutoring; first-year induction in the faculty.",
    ),
    (
        "Students' Union President",
        "Kai Mensah",
        "Pellworth Students' Union",
        "Both",
        "Not a University post",
        "Consult only",
        "Elected officer of the Students' Union; represents students on the Programme Board and Academic Board.",
    ),
    (
        "Students' Union Vice-President (Education)",
        "Grace Adeyemi",
        "Pellworth Students' Union",
        "Both",
        "Not a University post",
        "Consult only",
        "Elected officer of the Students' Union; represents students on academic regulations and course representation.",
    ),
]


def _csv_cell(s: str) -> str:
    return f'"{s}"' if ("," in s or '"' in s) else s


def build_roster() -> str:
    lines = [
        "Cedarline HR - Report POS-114 Position holders by programme (One Desk) - run 14/12/2026 09:12 by hrsystems",
        ROSTER_HEAD,
    ]
    for row in ROSTER_ROWS:
        lines.append(",".join(_csv_cell(x) for x in row))
    lines.append("")
    lines.append(f"End of report - {len(ROSTER_ROWS)} rows")
    return "\r\n".join(lines) + "\r\n"


def build_terms_docx() -> bytes:
    doc = Document()
    doc.core_properties.author = "Academic Registry"
    doc.core_properties.last_modified_by = "Academic Registry"
    doc.core_properties.title = "One Desk Programme Board - terms of reference"
    doc.core_properties.created = dt.datetime(2026, 12, 3, 10, 0, 0)
    doc.core_properties.modified = dt.datetime(2026, 12, 9, 15, 30, 0)
    doc.core_properties.revision = 3
    doc.add_heading("One Desk Programme Board: terms of reference", level=1)
    doc.add_paragraph("Approved by University Executive Board, December 2026.")
    doc.add_heading("Purpose", level=2)
    doc.add_paragraph(
        "The Board directs One Desk, Any Hour, the University's student services and digital "
        "plan, and takes the go/no-go decision at each of its gates."
    )
    doc.add_heading("Chair and sponsor", level=2)
    doc.add_paragraph(
        "The Pro Vice-Chancellor (Student Experience) is the programme's executive sponsor and "
        "chairs the Board. The chair holds the programme budget and takes the go/no-go decision "
        "at each gate, after hearing the members."
    )
    doc.add_heading("Members", level=2)
    table = doc.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "Member"
    table.rows[0].cells[1].text = "Role on the Board"
    for a, b in [
        ("Pro Vice-Chancellor (Student Experience)", "Chair; decides"),
        ("Director of Student Services", "Member"),
        ("Academic Registrar", "Member; secretary to Academic Board"),
        ("Director of Digital and IT", "Member"),
        ("Head of Planning and Business Intelligence", "Member; reports the measures"),
        ("One Desk Programme Manager", "Secretary to the Board"),
        ("Students' Union President", "Consulted; does not lead programme work"),
        ("Students' Union Vice-President (Education)", "Consulted; does not lead programme work"),
    ]:
        cells = table.add_row().cells
        cells[0].text = a
        cells[1].text = b
    doc.add_heading("Meetings", level=2)
    doc.add_paragraph(
        "The Board meets monthly. Each gate is taken at the Board meeting held before the "
        "Academic Board meeting at which the gate falls, and reported to Academic Board."
    )
    doc.add_paragraph(
        "Training for staff on new systems is given by each system's service owner; the Head "
        "of Organisational Development provides the wider staff development programme."
    )
    raw = io.BytesIO()
    doc.save(raw)
    src = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in sorted(src.namelist()):
            info = zipfile.ZipInfo(name, ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, src.read(name))
    return out.getvalue()


REGULATIONS = """
# Academic Regulations 2026/27: extract

Issued by the Academic Registrar. Section 7 and the rules on changing the regulations.

## 1.4 Changing the regulations

Any change to the academic regulations, including section 7 on extensions and mitigating
circumstances, must be approved by Academic Board.

Academic Board meets three times a year, in November, March and June. A change approved in
June takes effect from the start of the next academic year, on 1 August.

## 7. Extensions and mitigating circumstances

7.1 A student who cannot submit coursework on time for a good reason may ask for an extension
of up to ten working days.

7.2 Each faculty sets its own form and its own evidence rules for extension requests (Annex
7A lists the five faculty rules).

7.3 Work submitted late without an extension is capped at the pass mark.

7.4 Mitigating circumstances for examinations are decided by a faculty panel and are not
part of this plan's changes.
"""

SU_AGREEMENT = """
PELLWORTH UNIVERSITY AND PELLWORTH STUDENTS' UNION
PARTNERSHIP AGREEMENT 2025-2028 (EXTRACT)

Clause 4. Consultation

4.1 The University must consult the Students' Union at least 20 working days before any
change to a student-facing process or to the academic regulations is put to Academic Board.

4.2 The Union's written view is attached to the paper that goes to Academic Board.

4.3 The Union's officers sit on University boards and programme boards as consulted members.
They advise and are heard; they do not lead or carry out University work.

Clause 5. Course representatives

5.1 The Union recruits and trains course representatives; the University gives them
time with staff at least once a semester.
"""

SYSTEMS = """
# Student systems inventory

Kept by the Student Systems Manager. Last reviewed December 2026.

## Stellis (student record system)

Stellis holds every student's record: programme, modules, enrolment, marks and status. It is
used on both campuses and by all five faculties. Online enrolment has run in Stellis since
2023, with a photo upload since 2025.

Stellis has no field for an extension or its new deadline, so marks for late work are
adjusted by hand in each faculty.

## Parley (enquiries)

Parley, from Halden Software, logs and routes student enquiries. Parley is live in two
faculties only: Pellworth Business School and the Faculty of Engineering and Computing. The
other three faculties' offices and both Student Hub desks answer enquiries from shared
mailboxes. A five-year Parley licence for every office is ready to sign in February 2027.

## Timeweave (timetabling)

Timeweave builds the teaching timetable and publishes it to MyPellworth. Timeweave 9 has no
interface for sending changes to other systems: it publishes a calendar file once a night.

The Timeweave contract runs until 31 August 2028 and cannot be ended early without paying the
full term.

## MyPellworth (app and portal)

MyPellworth is the student app and portal, built and run by the Head of Digital Experience's
team. Students sign in to MyPellworth, Lectern and Stellis with one University account
through single sign-on.

## Lectern (virtual learning environment)

Lectern holds every module's page, reading lists and coursework submission.

## Hearthnote (wellbeing records)

Hearthnote holds wellbeing and counselling case records. It is looked after by the Wellbeing
and Counselling team and is open only to its practitioners.

## Quernhouse (data warehouse)

Quernhouse is the University's data warehouse, loaded each night from Stellis, Parley and
Timeweave, with Power BI dashboards on top. It is run by Planning and Business Intelligence.

## ID cards

Student ID cards can be printed only at the Saddlers Quay Student Hub; Wyvern Park has no card
printer.
"""

WELLBEING = """
# Wellbeing and Counselling: the out-of-hours service

Note for the One Desk Programme Board, prepared by the Head of Wellbeing and Counselling,
November 2026.

Outside office hours (5 p.m. to 9 a.m. on weekdays, and all weekend) students can ring the
out-of-hours support line, run for us by NightHarbour under a contract that ends on 31 October
2027.

In 2025/26 the line took 1,206 calls from 841 students.

NightHarbour keeps its call notes for 30 days and then deletes them.

Call notes reach us as PDF files emailed to the wellbeing inbox at 7 a.m., and are typed into
Hearthnote by hand.

In 2025/26, 58% of callers heard from a wellbeing adviser by the next working day.

The Mental Health Adviser post at Wyvern Park has been vacant since November 2026, and
recruitment to these posts takes about five months.

On campus at night, Campus Security's control room is the first response, and it calls
emergency services when a student is at risk.
"""

AUDIT = """
EXTENSIONS AUDIT 2025/26
Academic Registry, October 2026

What we counted
- 3,940 extension requests across the five faculties in 2025/26.
- Health and Social Care received 1,260 of them, the most of any faculty.
- Average time from request to decision: 6.1 working days (range 2 to 14 by faculty).

How requests are handled today
- Students use one of five faculty forms, as Word documents sent by email or handed in on paper.
- Each faculty office keeps its own spreadsheet of extension requests, with different columns and no common reference number.
- Decisions are sent to students by email from the faculty office.

What students told us
- In the audit focus groups, students from every faculty said they did not know which form to use.
"""

EMAIL = """
From: Account Manager, Cardwell Systems
To: Head of Student Records and Enrolment
Date: 2 December 2026
Subject: Second card printer for Wyvern Park

Dear Gareth,

Thank you for asking about a second card printer for the Wyvern Park Student Hub.

Cardwell Systems needs 16 weeks from order to installation for a new card printer, because the
printers are built to order and the encoder must be set up for your door access system.

If you would like the printer working for Welcome Week in September 2027, we would need your
order by the end of February 2027.

Kind regards,
Account Manager, Cardwell Systems
"""

MEASURES = """
{
  "title": "One Desk, Any Hour: measure definitions",
  "kept_by": "Head of Planning and Business Intelligence",
  "baseline_year": "2025/26",
  "measures": [
    {
      "name": "Student enquiries settled at first contact",
      "definition": "Share of enquiries closed without the student contacting us again about the same matter within ten working days.",
      "source": "Parley for the two faculties on it; a sample of shared mailboxes for the rest.",
      "owner": "Head of Student Hub",
      "baseline": "54%"
    },
    {
      "name": "Working days to decide an extension request",
      "definition": "Average working days from a request to the decision sent to the student.",
      "source": "The faculty offices' records, collected by Academic Registry.",
      "owner": "Academic Registrar",
      "baseline": "6.1"
    },
    {
      "name": "New students enrolled online before they arrive",
      "definition": "Share of new undergraduates whose enrolment in Stellis is complete before Welcome Week begins.",
      "source": "Stellis",
      "owner": "Head of Student Records and Enrolment",
      "baseline": "61%"
    },
    {
      "name": "Out-of-hours calls followed up by the next working day",
      "definition": "Share of calls to the out-of-hours line after which a wellbeing adviser contacted the student by the end of the next working day.",
      "source": "Hearthnote",
      "owner": "Head of Wellbeing and Counselling",
      "baseline": "58%"
    },
    {
      "name": "Timetable changes on students' phones within one hour",
      "definition": "Share of timetable changes shown in MyPellworth within one hour of being made in Timeweave.",
      "source": "Timeweave and MyPellworth logs",
      "owner": "Timetabling Manager",
      "baseline": "Not measured"
    }
  ]
}
"""

ORG_TEXT = {
    "org/governance/academic-regulations-2026-27-extract.md": REGULATIONS,
    "org/governance/students-union-partnership-agreement-extract.txt": SU_AGREEMENT,
    "org/systems/student-systems-inventory.md": SYSTEMS,
    "org/measures/one-desk-measures.json": MEASURES,
    "org/context/wellbeing-out-of-hours-note-2026-11.md": WELLBEING,
    "org/context/extensions-audit-2025-26.txt": AUDIT,
    "org/context/email-2026-12-02-cardwell-card-printer.txt": EMAIL,
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
        "org/people/one-desk-position-holders.csv": build_roster().encode("utf-8"),
        "org/governance/one-desk-programme-board-terms-of-reference.docx": build_terms_docx(),
    }
    files.update(ORG_TEXT)
    for rel, body in files.items():
        write(root / rel, body)


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
