"""Build the dev35 case ``vet-group``: its deck and its org folder, deterministically.

Run from the repository root with a Python that has reportlab, python-docx and pypdf (the
project's venv lacks reportlab; the writer used ``/tmp/rl35b/bin/python``):

    /tmp/rl35b/bin/python evals/dev35/build_vet_group.py [out]

Writes, under ``evals/dev35/vet-group/`` (or ``<out>/vet-group/``):

- ``Care We Can Show - Group Board February 2027.pdf``: Oakhollow Veterinary Partners'
  clinical quality and client care plan for the calendar years 2027 and 2028, a deck made in
  GOOGLE SLIDES and downloaded as PDF: 19 pages of 720 x 405 pt (Google's 16:9), document
  information of Title, Creator "Google Slides" and Producer "Skia/PDF m120", every line of
  text drawn as its own text object (one run per line, as Skia writes them), tiles, a KPI
  table, a roadmap of workstream bars on a quarter grid with a "Beyond 2028" column, a risk
  table, a numbered first-90-days list with owners in brackets.
- ``org/``: the posts-and-remits table (DOCX), the Clinical Governance Committee's terms
  (Markdown), the Client Panel's terms (text), the systems inventory (Markdown), the
  practice estate by region (TSV), the measure definitions (JSON), the end-of-life care
  policy (Markdown), a note on out-of-hours cover (Markdown) and an email from the Practice
  Systems Manager (text).

Re-running it rewrites every file byte for byte: reportlab runs with ``invariant=1`` (fixed
dates and document id), the DOCX is rewritten with its ZIP entries sorted at one fixed time
and fixed core properties, the text files are literal strings. It never touches
``gold.json``. This is a DEVELOPMENT case (split "dev35").
"""

from __future__ import annotations

import io
import json
import sys
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.shared import Pt
from reportlab.lib.colors import HexColor
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
CASE = "vet-group"
DECK = "Care We Can Show - Group Board February 2027.pdf"
ZIP_TIME = (1980, 1, 1, 0, 0, 0)
W, H = 720.0, 405.0
INK = HexColor("#1E2B2F")
TEAL = HexColor("#0F6B5C")
GREY = HexColor("#6B7280")
PALE = HexColor("#E8F1EE")
SAND = HexColor("#F4EBDD")
WHITE = HexColor("#FFFFFF")
AMBER = HexColor("#B45309")
REG, BOLD = "Helvetica", "Helvetica-Bold"
FOOTER = "Oakhollow Veterinary Partners \u00b7 Care We Can Show \u00b7 Board paper GB/27/04"


# =========================================================================== the deck


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    words, lines, cur = text.split(), [], ""
    for w in words:
        trial = f"{cur} {w}".strip()
        if stringWidth(trial, font, size) <= width or not cur:
            cur = trial
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


class Deck:
    def __init__(self, path: Path) -> None:
        self.c = canvas.Canvas(str(path), pagesize=(W, H), invariant=1, pageCompression=1)
        self.c.setTitle(DECK[:-4])
        self.c.setCreator("Google Slides")
        self.c.setProducer("Skia/PDF m120")
        self.c.setAuthor("")
        self.n = 0

    def line(
        self, x: float, y: float, text: str, size: float = 12, font: str = REG, color=INK
    ) -> None:
        self.c.setFillColor(color)
        self.c.setFont(font, size)
        self.c.drawString(x, y, text)

    def para(
        self,
        x: float,
        y: float,
        text: str,
        width: float,
        size: float = 12,
        font: str = REG,
        color=INK,
        lead: float = 1.3,
    ) -> float:
        for ln in wrap(text, font, size, width):
            self.line(x, y, ln, size, font, color)
            y -= size * lead
        return y

    def rect(self, x: float, y: float, w: float, h: float, fill=PALE, stroke=None) -> None:
        self.c.setFillColor(fill)
        if stroke is not None:
            self.c.setStrokeColor(stroke)
        self.c.rect(x, y, w, h, fill=1, stroke=1 if stroke is not None else 0)

    def page(self, eyebrow: str, title: str) -> None:
        if self.n:
            self.c.showPage()
        self.n += 1
        self.rect(0, H - 6, W, 6, fill=TEAL)
        if eyebrow:
            self.line(36, H - 34, eyebrow.upper(), 9, BOLD, TEAL)
        if title:
            self.line(36, H - 62, title, 22, BOLD, INK)

    def footer(self) -> None:
        self.line(36, 14, FOOTER, 7, REG, GREY)
        self.line(W - 46, 14, str(self.n), 7, REG, GREY)

    def bullets(
        self,
        x: float,
        y: float,
        items: list[str],
        width: float,
        size: float = 12,
        gap: float = 6,
        mark: str = "\u2022",
    ) -> float:
        for k, item in enumerate(items, start=1):
            m = f"{k}." if mark == "1." else mark
            self.line(x, y, m, size, BOLD if mark == "1." else REG, TEAL)
            y = self.para(x + 18, y, item, width - 18, size) - gap
        return y

    def save(self) -> None:
        self.c.showPage()
        self.c.save()


def s_cover(d: Deck) -> None:
    d.page("", "")
    d.rect(0, 0, W, H - 6, fill=PALE)
    d.line(48, 300, "OAKHOLLOW VETERINARY PARTNERS", 11, BOLD, TEAL)
    d.line(48, 250, "Care We Can Show", 40, BOLD, INK)
    d.line(48, 218, "Clinical quality and client care plan, 2027\u20132028", 18, REG, INK)
    d.line(48, 150, "Group Board \u00b7 9 February 2027 \u00b7 Paper GB/27/04", 11, REG, GREY)
    d.line(
        48,
        133,
        "Presented by the Clinical Director and the Client Experience Director",
        11,
        REG,
        GREY,
    )
    d.footer()


def s_context(d: Deck) -> None:
    d.page("Where we start", "Oakhollow today")
    tiles = [
        ("60", "first-opinion practices", "in four regions"),
        ("2", "referral hospitals,", "Ashcombe and Kingsmere"),
        ("412,000", "pets registered and seen", "in the last 18 months"),
        ("61%", "of pets boosted within 30 days", "of their due date in 2026"),
        ("38,600", "out-of-hours emergency", "calls in 2026"),
        ("1,140", "complaints in 2026, 103 of", "them about end-of-life care"),
    ]
    for k, (big, a, b) in enumerate(tiles):
        x = 36 + (k % 3) * 220
        y = 250 - (k // 3) * 110
        d.rect(x, y - 44, 204, 92, fill=PALE)
        d.line(x + 12, y + 18, big, 28, BOLD, TEAL)
        d.line(x + 12, y - 6, a, 11)
        d.line(x + 12, y - 20, b, 11)
    d.line(36, 46, "Figures for the 2026 calendar year, from the Burrow reports.", 9, REG, GREY)
    d.footer()


def s_why(d: Deck) -> None:
    d.page("Why now", "The same care, recorded four ways")
    d.bullets(
        36,
        300,
        [
            "Two versions of VetSuite mean two ways of booking, recording and reporting the "
            "same care.",
            "Audit returns arrive from 35 of 60 practices in a typical month, each in its own "
            "format.",
            "One caller in seven rings the out-of-hours line again about the same pet within "
            "48 hours.",
            "Clients tell us the end of a pet's life is where we most often fall short.",
        ],
        380,
        12,
        10,
    )
    d.rect(450, 110, 234, 200, fill=SAND)
    d.line(464, 290, "For the record, not targets", 11, BOLD, AMBER)
    y: float = 268
    for t in [
        "Our 2023 promise of a same-day appointment for every sick pet was met in two "
        "regions of four.",
        "Calloway Vets, our nearest rival, reports 52% of bookings made online.",
        "The Kingsmere hospital lease runs to 2034.",
    ]:
        y = d.para(464, y, t, 206, 10) - 8
    d.footer()


def s_goals(d: Deck) -> None:
    d.page("Where we are going", "Our north star and four goals")
    d.line(36, 306, "North star", 11, BOLD, TEAL)
    d.line(
        36,
        286,
        "Every pet gets care we can show is good, and every client knows what happens next.",
        14,
        BOLD,
    )
    d.line(36, 250, "By the end of 2028 we will:", 12, BOLD)
    d.bullets(
        36,
        228,
        [
            "Work to one set of core clinical protocols at all 60 practices and both referral "
            "hospitals, each approved by the Clinical Governance Committee.",
            "Halve repeat out-of-hours calls about the same pet within 48 hours.",
            "Make booking and paying simple for clients, whichever practice they use.",
            "Be the group clients trust most at the end of a pet's life.",
        ],
        640,
        12,
        8,
        "1.",
    )
    d.footer()


def s_plan(d: Deck) -> None:
    d.page("The plan on a page", "Three chapters, four workstreams")
    chapters = [
        ("Chapter 1: Common ground", "One VetSuite, one audit, the first core protocols agreed."),
        (
            "Chapter 2: Raise the bar",
            "One region works the new way, end to end, and we measure what changes.",
        ),
        ("Chapter 3: Lead", "Every region follows, and we publish our clinical results."),
    ]
    for k, (name, text) in enumerate(chapters):
        x = 36 + k * 220
        d.rect(x, 180, 204, 130, fill=PALE)
        d.line(x + 12, 288, name, 12, BOLD, TEAL)
        d.para(x + 12, 264, text, 180, 11)
    d.line(36, 150, "Four workstreams run through all three chapters:", 12, BOLD)
    d.line(36, 130, "Clinical \u00b7 Client \u00b7 People \u00b7 Systems", 12)
    d.footer()


def s_moments(d: Deck) -> None:
    d.page("Who this plan is for", "Three moments we will design around")
    cards = [
        (
            "Booking a vaccination online",
            "A new puppy owner books first vaccinations on a "
            "phone at 10pm, at the practice of their choice.",
        ),
        (
            "An out-of-hours emergency",
            "A dog has eaten chocolate on a Saturday night; the "
            "owner rings the practice and is put through to an out-of-hours hub.",
        ),
        (
            "A pet's end-of-life care",
            "An elderly cat, a family deciding when, a quiet "
            "appointment and the aftercare they chose.",
        ),
    ]
    for k, (head, text) in enumerate(cards):
        x = 36 + k * 220
        d.rect(x, 150, 204, 160, fill=PALE)
        d.line(x + 12, 290, head, 12, BOLD, TEAL)
        d.para(x + 12, 266, text, 180, 11)
    d.line(36, 122, "Not in this plan", 11, BOLD, AMBER)
    d.bullets(
        36,
        104,
        [
            "Farm and equine work at our three mixed practices",
            "Health plan pricing and pet insurance",
        ],
        300,
        10,
        2,
        "\u2013",
    )
    d.bullets(
        360,
        104,
        [
            "The online pharmacy and shop",
            "Exotic species referrals",
        ],
        300,
        10,
        2,
        "\u2013",
    )
    d.footer()


def pillar(d: Deck, k: int, name: str, items: list[str], lead: str) -> None:
    d.page(f"Workstream {k} of 4", name)
    d.line(36, 310, "What we will do", 11, BOLD, TEAL)
    d.bullets(36, 288, items, 600, 12, 8)
    d.line(36, 60, f"Workstream lead: {lead}", 10, BOLD, GREY)
    d.footer()


def s_kpis(d: Deck) -> None:
    d.page("How we will know", "Eight measures, one baseline")
    cols = [36, 396, 490, 584]
    d.rect(30, 300, 660, 22, fill=TEAL)
    for x, h in zip(cols, ["Measure", "2026 baseline", "Target", "By when"], strict=False):
        d.line(x, 307, h, 10, BOLD, WHITE)
    rows = [
        ("Pets vaccinated within 30 days of due date", "61%", "75%", "Dec 2028"),
        ("Vaccination appointments booked online", "18%", "40%", "Dec 2028"),
        ("Repeat out-of-hours calls about the same pet", "14%", "7%", "Dec 2028"),
        ("Out-of-hours calls answered within 60 seconds", "71%", "90%", "Dec 2027"),
        (
            "Practices returning a complete monthly clinical audit",
            "35 of 60",
            "60 of 60",
            "Sep 2027",
        ),
        ("Antibiotic prescriptions with a recorded reason", "64%", "95%", "Jun 2028"),
        ("Client rating after an end-of-life appointment", "4.1 of 5", "Higher", "\u2013"),
        ("Complaints about end-of-life care", "103", "Halve", "Dec 2028"),
    ]
    y = 282
    for k, row in enumerate(rows):
        if k % 2:
            d.rect(30, y - 7, 660, 24, fill=PALE)
        for x, cell in zip(cols, row, strict=False):
            d.line(x, y, cell, 11)
        y -= 24
    d.line(
        36,
        70,
        "Online bookings: share at the 23 practices that use PetBook. Repeat calls: "
        "a second call within 48 hours.",
        9,
        REG,
        GREY,
    )
    d.footer()


def s_pilot(d: Deck) -> None:
    d.page("Where we start", "One region first")
    d.line(
        36,
        310,
        "Our pilot: the 14 practices of the Fenmoor region, with the Ellingham "
        "out-of-hours hub that covers them.",
        12,
        BOLD,
    )
    d.para(
        36,
        288,
        "Why there: the lowest audit return rate of our four regions, 11 practices "
        "still on VetSuite 7, and a regional team that asked to go first.",
        640,
        11,
    )
    d.line(36, 248, "Pilot steps", 11, BOLD, TEAL)
    d.bullets(
        36,
        228,
        [
            "Adopt the first six approved protocols at all 14 practices",
            "Move the 11 VetSuite 7 practices in the first migration wave",
            "Switch on PetBook at every practice in the region",
            "Start the new triage script at the Ellingham hub",
            "Review the hub's triage calls each quarter against the script",
            "Offer end-of-life planning conversations at all 14 practices",
        ],
        640,
        11,
        5,
        "1.",
    )
    d.footer()


def s_clock(d: Deck) -> None:
    d.page("When", "Two calendar years, three chapters")
    d.line(36, 306, "The plan runs on the calendar year: January 2027 to December 2028.", 13, BOLD)
    for k, (ch, when) in enumerate(
        [
            ("Chapter 1", "Winter\u2013Spring 2027"),
            ("Chapter 2", "Summer\u2013Autumn 2027, ending at the gate"),
            ("Chapter 3", "2028"),
        ]
    ):
        y = 266 - k * 34
        d.rect(36, y - 10, 640, 28, fill=PALE)
        d.line(48, y, ch, 12, BOLD, TEAL)
        d.line(160, y, when, 12)
    d.bullets(
        36,
        150,
        [
            "Fenmoor works the new way from the summer; the other three regions follow in 2028, "
            "in an order set at the gate.",
            "Pawprint Systems' migration contract runs six months from March 2027. That is the "
            "supplier's timetable, not the plan's.",
            "The four workstreams cross the chapters; their bars are on the next page.",
        ],
        640,
        11,
        6,
    )
    d.footer()


def s_roadmap(d: Deck) -> None:
    d.page("Roadmap", "Workstreams by quarter")
    x0, qw = 110, 60
    quarters = [
        "Q1 2027",
        "Q2 2027",
        "Q3 2027",
        "Q4 2027",
        "Q1 2028",
        "Q2 2028",
        "Q3 2028",
        "Q4 2028",
    ]
    for k, q in enumerate(quarters):
        d.line(x0 + k * qw + 8, 312, q, 9, BOLD, GREY)
    d.rect(x0 + 8 * qw + 4, 60, 102, 266, fill=SAND)
    d.line(x0 + 8 * qw + 14, 312, "Beyond 2028", 9, BOLD, AMBER)
    lanes = [
        (
            "Clinical",
            [
                ("Core protocols 1\u20136", 0, 2, 0),
                ("Audit into Burrow", 1, 4, 1),
                ("Protocols 7\u201312", 3, 6, 0),
                ("Publish clinical results", 6, 8, 1),
            ],
        ),
        (
            "Client",
            [
                ("Reminder sequence", 1, 3, 0),
                ("PetBook: Fenmoor", 2, 4, 1),
                ("PetBook: all practices", 4, 8, 0),
                ("End-of-life planning", 2, 6, 1),
            ],
        ),
        (
            "People",
            [
                ("Recruit end-of-life lead", 0, 2, 0),
                ("Protocol training", 1, 7, 1),
                ("Triage training", 1, 3, 0),
            ],
        ),
        (
            "Systems",
            [
                ("VetSuite 9 migration", 0, 3, 0),
                ("Call recording retention", 2, 4, 1),
                ("Burrow audit reports", 3, 5, 0),
            ],
        ),
    ]
    for k, (lane, bars) in enumerate(lanes):
        top = 292 - k * 58
        d.line(36, top - 20, lane, 11, BOLD, TEAL)
        for label, a, b, row in bars:
            y = top - 22 - row * 24
            d.rect(x0 + a * qw + 2, y, (b - a) * qw - 4, 20, fill=PALE)
            d.line(x0 + a * qw + 8, y + 7, label, 8)
    beyond = ["Referral hospitals", "onto VetSuite 9", "", "Exotics protocols"]
    for k, t in enumerate(beyond):
        if t:
            d.line(x0 + 8 * qw + 14, 280 - k * 14, t, 9)
    gx = x0 + 4 * qw
    d.c.setFillColor(AMBER)
    p = d.c.beginPath()
    p.moveTo(gx, 62)
    p.lineTo(gx + 8, 54)
    p.lineTo(gx, 46)
    p.lineTo(gx - 8, 54)
    p.close()
    d.c.drawPath(p, fill=1, stroke=0)
    d.line(gx + 14, 50, "Gate: go/no-go for the other three regions", 9, BOLD, AMBER)
    d.footer()


def s_gate(d: Deck) -> None:
    d.page("Before we go wider", "What good looks like at the gate")
    d.para(
        36,
        310,
        "Gate: go/no-go for the other three regions. Taken at the Clinical "
        "Governance Committee's winter meeting; the Clinical Director and the Chief "
        "Executive decide.",
        640,
        12,
        BOLD,
    )
    d.line(36, 256, "We go wider when, in Fenmoor:", 11, BOLD, TEAL)
    d.bullets(
        36,
        236,
        [
            "All 14 practices return a complete monthly audit for three months running",
            "At least 30% of vaccination bookings are made through PetBook",
            "Repeat out-of-hours calls to the Ellingham hub are down from 14% to 10%",
            "The first six protocols are in use, checked by audit at every practice",
            "Complaints about end-of-life care have not risen",
        ],
        640,
        11,
        5,
    )
    d.footer()


def s_risks(d: Deck) -> None:
    d.page("Risks", "What could hold us back")
    cols = [36, 250, 318, 560]
    d.rect(30, 300, 660, 22, fill=TEAL)
    for x, h in zip(cols, ["Risk", "Likelihood", "What we will do", "Owner"], strict=False):
        d.line(x, 307, h, 10, BOLD, WHITE)
    rows = [
        (
            ["Pawprint cannot give us migration", "slots when we need them"],
            "Medium",
            ["Book each wave with Pawprint ten weeks", "ahead"],
            ["Practice Systems", "Manager"],
        ),
        (
            ["Records unreadable after a practice", "changes version"],
            "Low",
            ["Keep each VetSuite 7 server read-only", "for 12 months after its move"],
            ["Head of IT"],
        ),
        (
            ["Audit figures in Burrow do not match", "the practice returns"],
            "Medium",
            ["Run the old returns and Burrow side by", "side for one quarter"],
            ["Clinical Quality and", "Audit Manager"],
        ),
        (
            ["No one leads end-of-life care while", "the post is empty"],
            "High",
            ["Head of Nursing holds the end-of-life", "remit until the post is filled"],
            ["People Director"],
        ),
    ]
    y = 282
    for k, (risk, lik, mit, own) in enumerate(rows):
        if k % 2:
            d.rect(30, y - 24, 660, 40, fill=PALE)
        for x, cell in zip(cols, [risk, [lik], mit, own], strict=False):
            for j, t in enumerate(cell):
                d.line(x, y - j * 13, t, 10)
        y -= 48
    d.footer()


def s_ninety(d: Deck) -> None:
    d.page("The first 90 days", "What happens by the end of April")
    d.bullets(
        36,
        310,
        [
            "Book the first migration wave, the Fenmoor practices, with Pawprint Systems "
            "(Practice Systems Manager)",
            "Put the first six core protocols to the March Committee (Clinical Director)",
            "Advertise the Compassionate Care Lead post (People Director)",
            "Consult the Client Panel on the reminder sequence (Client Experience Director)",
            "Build the monthly audit return in Burrow (Data and Insight Manager)",
            "Set the 2026 baseline of every measure (Data and Insight Manager)",
            "Write the out-of-hours triage script with the Ellingham hub (Clinical Services "
            "Director)",
            "Launch the protocols e-learning module (L&D Lead)",
        ],
        640,
        11,
        5,
        "1.",
    )
    d.footer()


def s_governance(d: Deck) -> None:
    d.page("Governance", "How we will run it")
    d.bullets(
        36,
        310,
        [
            "Sponsor: the Chief Executive, who chairs the Plan Board each month.",
            "The Clinical Governance Committee, chaired by the Clinical Director, approves every "
            "change to a clinical protocol. It meets quarterly.",
            "The Client Panel is consulted before any change clients will notice. It advises; it "
            "does not decide.",
            "Regional Operations Directors report progress to the Plan Board monthly.",
            "The Group Board receives a progress report each quarter.",
        ],
        640,
        12,
        8,
    )
    d.footer()


def s_asks(d: Deck) -> None:
    d.page("Decisions", "What we ask of the Board")
    d.bullets(
        36,
        310,
        [
            "Approve Care We Can Show and its two-year budget of \u00a32.6m.",
            "Note the Pawprint Systems contract: six months, \u00a3480,000, signed in January.",
            "Agree that the Clinical Director and the Chief Executive take the go/no-go for "
            "wider roll-out.",
        ],
        640,
        13,
        10,
        "1.",
    )
    d.footer()


def build_deck(path: Path) -> None:
    d = Deck(path)
    s_cover(d)
    s_context(d)
    s_why(d)
    s_goals(d)
    s_plan(d)
    s_moments(d)
    pillar(
        d,
        1,
        "Clinical: one standard of care",
        [
            "Agree 12 core protocols, starting with vaccination, anaesthetic monitoring and "
            "antibiotic use",
            "Move the monthly clinical audit out of practice spreadsheets and into Burrow",
            "Audit antibiotic prescribing every month at every practice",
            "Review every significant event within 14 days and share what we learn",
            "Prepare each practice for its next Practice Standards Scheme assessment",
        ],
        "Clinical Director",
    )
    pillar(
        d,
        2,
        "Client: easy to book, clear at hard moments",
        [
            "Open PetBook online booking at every practice once it runs VetSuite 9",
            "One vaccination reminder sequence: a text, then an email, then a call from the "
            "practice",
            "Offer every client facing a pet's end of life a planning conversation before the day",
            "Set aside a quiet room or a last appointment of the day for every euthanasia",
            "Offer individual cremation with ashes returned within 7 days",
        ],
        "Client Experience Director",
    )
    pillar(
        d,
        3,
        "People: the skills and the posts",
        [
            "Train every vet, nurse and call handler on the core protocols that affect them",
            "Recruit a Compassionate Care Lead to lead end-of-life care",
            "Give out-of-hours call handlers a triage script and the training to use it",
        ],
        "People Director",
    )
    pillar(
        d,
        4,
        "Systems: one VetSuite",
        [
            "Move the 19 practices still on VetSuite 7 to VetSuite 9 (Pawprint Systems)",
            "Connect PetBook to the VetSuite 9 appointment book, so online bookings land in the "
            "diary",
            "Keep out-of-hours call recordings for 12 months for triage audit",
        ],
        "Practice Systems Manager",
    )
    s_kpis(d)
    s_pilot(d)
    s_clock(d)
    s_roadmap(d)
    s_gate(d)
    s_risks(d)
    s_ninety(d)
    s_governance(d)
    s_asks(d)
    d.save()


# =========================================================================== the org folder

ROSTER_INTRO = (
    "Posts named in Care We Can Show and what each is responsible for. Plan role: a Core "
    "post may own work in the plan; a Consult only body is asked before decisions and owns "
    "no work. Kept by the People team; last reviewed January 2027."
)
ROSTER = [
    (
        "Chief Executive",
        "Group Board",
        "Runs the group. Executive sponsor of Care We Can Show; chairs the monthly Plan Board, "
        "signs off the plan budget and, with the Clinical Director, takes the go/no-go for "
        "roll-out beyond the first region.",
        "Core",
    ),
    (
        "Clinical Director",
        "Chief Executive",
        "The group's senior veterinary surgeon. Chairs the Clinical Governance Committee. Owns "
        "the group's clinical protocols and their approval, antimicrobial stewardship and the "
        "standard of care every practice works to.",
        "Core",
    ),
    (
        "Clinical Services Director",
        "Chief Executive",
        "Runs the out-of-hours emergency service (six hubs) and the two referral hospitals: "
        "vet rotas, out-of-hours triage, emergency transfers and referral pathways. Does not "
        "set clinical protocols.",
        "Core",
    ),
    (
        "Chief Operating Officer",
        "Chief Executive",
        "Runs the 60 first-opinion practices through four Regional Operations Directors: "
        "opening hours, staffing levels, practice budgets and premises.",
        "Core",
    ),
    (
        "Regional Operations Director, Fenmoor",
        "Chief Operating Officer",
        "Runs the 14 practices of the Fenmoor region day to day and leads the pilot there on "
        "the ground.",
        "Core",
    ),
    (
        "Head of Nursing",
        "Clinical Director",
        "Nursing standards, nurse clinics (vaccination, weight, dental checks) and the recall "
        "of pets due a vaccination in practice. Holds end-of-life care standards until a "
        "Compassionate Care Lead is appointed.",
        "Core",
    ),
    (
        "Compassionate Care Lead",
        "Head of Nursing",
        "End-of-life care across the group: euthanasia appointments and aftercare, bereavement "
        "support for clients, the cremation partner day to day. Vacant since November 2026; "
        "the Head of Nursing covers end-of-life standards meanwhile.",
        "Core",
    ),
    (
        "Clinical Quality and Audit Manager",
        "Clinical Director",
        "Runs the clinical audit programme: monthly practice returns, the antibiotic "
        "prescribing audit, significant event reviews. Checks audit figures and reports them to "
        "the Clinical Governance Committee.",
        "Core",
    ),
    (
        "Practice Standards Manager",
        "Clinical Director",
        "Prepares practices for their Practice Standards Scheme assessments and keeps each "
        "practice's accreditation up to date. Has no part in practice software.",
        "Core",
    ),
    (
        "Practice Systems Manager",
        "Chief Operating Officer",
        "Owns VetSuite in both its versions: set-up, upgrades, user accounts, the Pawprint "
        "Systems contract and the migration plan.",
        "Core",
    ),
    (
        "Head of IT",
        "Finance Director",
        "Networks, computers, practice servers, telephony (CallWell) and cyber security.",
        "Core",
    ),
    (
        "Data and Insight Manager",
        "Finance Director",
        "Owns Burrow, the group's data warehouse, and the Power BI reports built on it; "
        "measure definitions and baselines.",
        "Core",
    ),
    (
        "Client Experience Director",
        "Chief Executive",
        "Client care standards, complaints, client surveys and every message the group sends "
        "clients (reminders, letters, texts, emails). Runs the Client Panel's meetings.",
        "Core",
    ),
    (
        "Digital Channels Manager",
        "Client Experience Director",
        "The website, the PetBook online booking tool and its roll-out to practices, online "
        "payments.",
        "Core",
    ),
    (
        "Head of Client Contact",
        "Client Experience Director",
        "The Client Contact Centre: overflow calls for all practices by day and call answering "
        "for the six out-of-hours hubs at night; call handlers' scripts and call standards.",
        "Core",
    ),
    (
        "Learning and Development Lead",
        "People Director",
        "All training and CPD: e-learning on the Paddock learning platform, induction, "
        "clinical skills days and triage training for call handlers.",
        "Core",
    ),
    (
        "People Director",
        "Chief Executive",
        "Recruitment and vacancies, contracts, rotas policy, and consultation with the "
        "Colleague Forum.",
        "Core",
    ),
    (
        "Head of Procurement",
        "Finance Director",
        "Supplier contracts and tenders, including cremation, laboratory and software contracts.",
        "Core",
    ),
    (
        "Finance Director",
        "Chief Executive",
        "Budgets, business cases and the plan's spend.",
        "Core",
    ),
    (
        "Chair, Client Panel",
        "Not an Oakhollow post",
        "A client volunteer who chairs the panel of 24 clients from the four regions. The panel "
        "is consulted and owns no work.",
        "Consult only",
    ),
    (
        "Secretary, Colleague Forum",
        "Not an Oakhollow post",
        "Elected by colleagues; speaks for them when rotas, hours or roles change. Consulted, "
        "owns no work.",
        "Consult only",
    ),
]

CGC_TERMS = """# Clinical Governance Committee: terms of reference

Approved by the Group Board, September 2025.

## Purpose

The Committee sets and guards the standard of clinical care across Oakhollow's 60
first-opinion practices and two referral hospitals.

## Membership

- Clinical Director (chair)
- Clinical Services Director
- Head of Nursing
- Clinical Quality and Audit Manager
- Practice Standards Manager
- Two practice principals and one referral clinician, in turn

## What it decides

No change to a clinical protocol may be used in any practice until the Committee has approved it.
It approves the clinical audit programme each year and receives the audit results each
quarter. It reports to the Group Board after every meeting.

## Meetings

The Committee meets four times a year, on the first Thursday of March, June, September and
December. Papers close three weeks before each meeting. There are no extra meetings: an
urgent safety change may be made by the chair alone and is reported at the next meeting.
"""

CLIENT_PANEL = """Oakhollow Client Panel - terms of reference (2026)

The Client Panel is 24 clients, six from each region, who volunteer for two years. Its chair
is elected by the members. The Client Experience Director runs its meetings and keeps its
notes.

What the Panel does
The Panel must be consulted before any change to how clients book, are reminded or are
charged is launched. It sees new letters, texts and forms in draft. It meets every other
month, so a change needs to reach it at least six weeks before launch.

What the Panel does not do
It does not approve clinical matters, which belong to the Clinical Governance Committee, and
it owns no work. Its advice is recorded and answered in writing.
"""

SYSTEMS = """# Systems inventory

Kept by the Practice Systems Manager and the Head of IT. January 2027.

## VetSuite (practice management system, Pawprint Systems)

VetSuite holds every pet's clinical record, the appointment book, charging and stock at each
practice. The group runs two versions. Forty-one practices use VetSuite 9, hosted by Pawprint.
Nineteen of our 60 practices, 11 of them in Fenmoor, still run VetSuite 7 on a server in the
practice, and so do both referral hospitals.

A contract with Pawprint Systems, signed in January 2027, moves the 19 practices to VetSuite 9
over six months from March 2027. The referral hospitals are not in it.

## PetBook (online booking)

PetBook is live at 23 of our 60 practices, all of them on VetSuite 9. It cannot write into a
VetSuite 7 appointment book. Clients at other practices book by phone.

## Burrow and Power BI

Burrow is the group's data warehouse, loaded nightly from VetSuite 9, PetBook and the finance
system. The Data and Insight Manager publishes Power BI reports from it. VetSuite 7 practices
send a monthly extract.

## Clinical audit

Clinical audit returns are kept in Excel workbooks, one per practice, and emailed to the
Clinical Quality and Audit Manager each month. Sixteen practices use an older version of the
workbook.

## CallWell (telephony)

CallWell answers and records calls for all practices, the Client Contact Centre and the
out-of-hours hubs. CallWell keeps call recordings for 30 days and then deletes them.

## Paddock (learning platform)

Paddock holds e-learning and CPD records for every colleague. The Learning and Development
Lead owns it.
"""

ESTATE = [
    [
        "Region",
        "Practices",
        "On VetSuite 9",
        "On VetSuite 7",
        "PetBook live",
        "Out-of-hours hub",
        "Regional Operations Director",
    ],
    ["Fenmoor", "14", "3", "11", "0", "Ellingham", "In post"],
    ["Brackenridge", "17", "13", "4", "9", "Brackenridge Road, Harlow Cross", "In post"],
    ["Corriedale", "15", "12", "3", "8", "Corrie Bridge; Westholm", "In post"],
    ["Hartsdown", "14", "13", "1", "6", "Hartsdown Park; Selby Mead", "In post"],
    ["Total", "60", "41", "19", "23", "six hubs", ""],
]

MEASURES = {
    "title": "Measure definitions for Care We Can Show",
    "kept_by": "Data and Insight Manager",
    "measures": [
        {
            "name": "Pets vaccinated within 30 days of due date",
            "definition": "Pets whose booster fell due in the period and were vaccinated no "
            "later than 30 days after it, as a share of all pets due.",
            "source": "Burrow (VetSuite 9) and the VetSuite 7 monthly extracts",
            "owner": "Head of Nursing",
            "baseline_2026": "61%",
        },
        {
            "name": "Vaccination appointments booked online",
            "definition": "Vaccination appointments booked through PetBook as a share of all "
            "vaccination appointments, at the practices where PetBook is live.",
            "source": "PetBook and Burrow",
            "owner": "Digital Channels Manager",
            "baseline_2026": "18%",
        },
        {
            "name": "Repeat out-of-hours calls about the same pet",
            "definition": "Out-of-hours calls about a pet that had an out-of-hours call in the "
            "48 hours before, as a share of all out-of-hours calls.",
            "source": "CallWell call logs matched to VetSuite",
            "owner": "Clinical Services Director",
            "baseline_2026": "14%",
        },
        {
            "name": "Out-of-hours calls answered within 60 seconds",
            "definition": "Calls to the out-of-hours line answered by a person within 60 seconds.",
            "source": "CallWell",
            "owner": "Head of Client Contact",
            "baseline_2026": "71%",
        },
        {
            "name": "Practices returning a complete monthly clinical audit",
            "definition": "Practices whose audit return for the month has every section "
            "filled, received by the 10th of the next month.",
            "source": "Audit workbooks",
            "owner": "Clinical Quality and Audit Manager",
            "baseline_2026": "35 of 60",
        },
        {
            "name": "Antibiotic prescriptions with a recorded reason",
            "definition": "Antibiotic prescriptions whose clinical record gives the reason and, "
            "for critically important antibiotics, the test result.",
            "source": "Audit workbooks",
            "owner": "Clinical Quality and Audit Manager",
            "baseline_2026": "64%",
        },
        {
            "name": "Client rating after an end-of-life appointment",
            "definition": "Mean rating out of 5 from the survey sent four weeks after a "
            "euthanasia appointment.",
            "source": "Client survey",
            "owner": "Client Experience Director",
            "baseline_2026": "4.1",
        },
        {
            "name": "Complaints about end-of-life care",
            "definition": "Complaints logged in the year whose main subject is euthanasia, "
            "aftercare or bereavement.",
            "source": "Complaints log",
            "owner": "Client Experience Director",
            "baseline_2026": "103",
        },
    ],
}

END_OF_LIFE = """# End-of-life care policy

Owner: Compassionate Care Lead (post vacant; held by the Head of Nursing). Version 3, 2025.

## The appointment

Every euthanasia is booked as a double appointment. Practices offer a time at the end of the
day where they can, and a home visit where a vet is free to go.

## Consent and records

Euthanasia consent forms are signed on paper and scanned into VetSuite when someone has
time; at 9 practices they are filed in a cabinet and not scanned at all.

## Aftercare

Clients choose communal cremation, individual cremation with ashes returned, or to take
their pet home. Our cremation contract with Stillwater Pet Cremation runs to 31 March 2028
and cannot be ended or re-tendered before then. Stillwater returns ashes within 15 working
days.

## Bereavement support

Every client is sent a card from the practice. The Client Contact Centre can pass a client
to a bereavement support line run by a charity.
"""

OOH = """# Out-of-hours cover: how it works today

Prepared for the Plan Board by the Clinical Services Director, January 2027.

Six hubs cover our 60 practices from 7pm to 8am and at weekends; the two referral hospitals
take cases the hubs transfer. A client who rings their own practice after hours is put
through to the Client Contact Centre, whose call handlers take details and pass the call to
the vet on duty at the hub.

The out-of-hours hubs cannot see the notes of a VetSuite 7 practice; the vet on duty works from
what the owner tells them. Call handlers have no written triage script; each hub briefs its own.

Changes to out-of-hours rotas need 30 days' consultation with the Colleague Forum.

The Ellingham hub covers all 14 Fenmoor practices and took 7,900 calls in 2026.
"""

EMAIL = """From: Practice Systems Manager
To: Clinical Director; Client Experience Director; Chief Operating Officer
Date: 19 January 2027
Subject: Pawprint migration - what the contract does and does not give us

Hello all,

The contract is signed: six months from 1 March 2027, for the 19 VetSuite 7 practices. Two
points for the plan.

First, timing. Pawprint need ten weeks' notice to book a migration wave, and they move at most
four practices a week. If we want Fenmoor done first, the wave has to be booked by mid-April.

Second, scope. The referral hospitals are not in this contract; their move is a separate
piece of work that Finance has pencilled in after 2028.

PetBook can be switched on at a practice about two weeks after its move.

Thanks,
Practice Systems Manager
"""


def _fixed_zip(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in sorted(src.namelist()):
            info = zipfile.ZipInfo(name, ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, src.read(name))
    return out.getvalue()


def build_roster(path: Path) -> None:
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("Care We Can Show: posts and remits", level=1)
    doc.add_paragraph(ROSTER_INTRO)
    table = doc.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    for cell, head in zip(
        table.rows[0].cells, ["Post", "Reports to", "Remit", "Plan role"], strict=False
    ):
        cell.text = head
    for row in ROSTER:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=False):
            cell.text = text
    cp = doc.core_properties
    fixed = datetime(2027, 1, 12, 9, 0, 0)
    cp.author = "People team"
    cp.last_modified_by = "People team"
    cp.created = fixed
    cp.modified = fixed
    cp.revision = 4
    cp.title = "Posts and remits"
    buf = io.BytesIO()
    doc.save(buf)
    path.write_bytes(_fixed_zip(buf.getvalue()))


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode("utf-8"))


def build(root: Path) -> None:
    case = root / CASE
    org = case / "org"
    case.mkdir(parents=True, exist_ok=True)
    build_deck(case / DECK)
    (org / "people").mkdir(parents=True, exist_ok=True)
    build_roster(org / "people" / "posts-and-remits.docx")
    write(org / "governance" / "clinical-governance-committee-terms.md", CGC_TERMS)
    write(org / "governance" / "client-panel-terms.txt", CLIENT_PANEL)
    write(org / "systems" / "systems-inventory.md", SYSTEMS)
    write(org / "systems" / "practice-estate.tsv", "".join("\t".join(r) + "\n" for r in ESTATE))
    write(
        org / "measures" / "measure-definitions.json",
        json.dumps(MEASURES, indent=2, ensure_ascii=False) + "\n",
    )
    write(org / "policies" / "end-of-life-care-policy.md", END_OF_LIFE)
    write(org / "context" / "out-of-hours-cover.md", OOH)
    write(org / "context" / "email-pawprint-migration.txt", EMAIL)


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
