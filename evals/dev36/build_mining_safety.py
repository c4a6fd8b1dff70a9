"""Build the dev36 case ``mining-safety``: its deck and its org folder, deterministically.

Run from the repository root with a Python that has reportlab, python-docx and openpyxl (on
the development machine ``/tmp/rl35b/bin/python``; the project's venv has no reportlab):

    /tmp/rl35b/bin/python evals/dev36/build_mining_safety.py [out]

Writes, under ``evals/dev36/mining-safety/`` (or ``<out>/mining-safety/``):

- ``Haul Safe Run Reliable - Board paper 24 June 2027.pdf``: Corella Ridge Resources'
  haul-safety and maintenance-reliability plan for FY28 to FY30 (financial years July to
  June), 18 pages of 960 x 540 pt (13.333 x 7.5 in, PowerPoint's 16:9), drawn with reportlab
  as PowerPoint for Mac exports a deck through macOS's Quartz PDFContext: document
  information of only Title, Creator "Microsoft PowerPoint", Producer "macOS Version 14.5
  (Build 23F79) Quartz PDFContext" and one fixed creation and modification date; every WORD
  placed on its own by the layout (one text object per word, as Quartz sets text), bullet
  glyphs drawn apart from their text, two-column slides drawn column by column, a roadmap of
  overlapping workstream bars on a fiscal-quarter grid with a "Beyond FY30" column, a KPI
  table of ruled lines.
- ``org/``: the position register exported as CSV (``people/``), the steering committee's
  terms (DOCX) and the site safety committee constitution (Markdown) (``governance/``), the
  systems inventory (Markdown) (``systems/``), the Board measures workbook (XLSX)
  (``measures/``), the OEM's letter on collision-avoidance kits, the Marlee Downs site notes
  and a summary of the regulator's improvement notice (``context/``), and the vehicle
  interaction standard (``policies/``).

Re-running it rewrites every file byte for byte: reportlab runs with ``invariant=1`` and a
document-information object of our own with fixed dates; the DOCX and XLSX are saved and then
rewritten with their ZIP entries in sorted order at one fixed time; text files are literal
strings. It never touches ``gold.json``. This is a DEVELOPMENT case (split "dev36").
"""

from __future__ import annotations

import csv
import io
import re
import sys
import zipfile
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from reportlab.pdfbase.pdfdoc import PDFDictionary, PDFInfo, PDFString
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
CASE = "mining-safety"
DECK = "Haul Safe Run Reliable - Board paper 24 June 2027.pdf"
ZIP_TIME = (1980, 1, 1, 0, 0, 0)
W, H = 960.0, 540.0
F = "Helvetica"
FB = "Helvetica-Bold"
FI = "Helvetica-Oblique"
INK = (0.13, 0.15, 0.18)
OCHRE = (0.78, 0.42, 0.10)
SLATE = (0.29, 0.34, 0.40)
GREY = (0.45, 0.47, 0.50)
PALE = (0.95, 0.93, 0.90)
WHITE = (1, 1, 1)
GREEN = (0.18, 0.45, 0.35)
FOOTER = (
    "Corella Ridge Resources Limited \u00b7 Haul Safe, Run Reliable \u00b7 Commercial in confidence"
)


# =========================================================================== PDF drawing


class MacInfo(PDFInfo):
    """The document information PowerPoint for Mac leaves through Quartz: five keys only."""

    title = "Haul Safe Run Reliable - Board paper 24 June 2027"

    def format(self, document):  # type: ignore[override]
        d = {
            "Title": PDFString(self.title),
            "Producer": PDFString("macOS Version 14.5 (Build 23F79) Quartz PDFContext"),
            "Creator": PDFString("Microsoft PowerPoint"),
            "CreationDate": PDFString("D:20270612063418Z00'00'"),
            "ModDate": PDFString("D:20270612063418Z00'00'"),
        }
        return PDFDictionary(d).format(document)


class Pdf:
    def __init__(self) -> None:
        self.buf = io.BytesIO()
        self.c = canvas.Canvas(self.buf, pagesize=(W, H), invariant=1, pageCompression=1)
        self.c._doc.info = MacInfo()
        self.page = 0

    # --- text, word by word, as Quartz places it
    def words(
        self, x: float, y: float, text: str, size: float = 14, font: str = F, color=INK
    ) -> float:
        c = self.c
        c.setFillColorRGB(*color)
        for w in text.split(" "):
            if not w:
                x += stringWidth(" ", font, size)
                continue
            t = c.beginText(x, y)
            t.setFont(font, size)
            t.textOut(w)
            c.drawText(t)
            x += stringWidth(w + " ", font, size)
        return x

    @staticmethod
    def wrap(text: str, width: float, size: float, font: str = F) -> list[str]:
        lines: list[str] = []
        cur = ""
        for w in text.split(" "):
            trial = (cur + " " + w).strip()
            if cur and stringWidth(trial, font, size) > width:
                lines.append(cur)
                cur = w
            else:
                cur = trial
        if cur:
            lines.append(cur)
        return lines

    def block(
        self,
        x: float,
        y: float,
        width: float,
        text: str,
        size: float = 14,
        font: str = F,
        color=INK,
        lead: float = 1.28,
    ) -> float:
        for line in self.wrap(text, width, size, font):
            self.words(x, y, line, size, font, color)
            y -= size * lead
        return y

    def bullets(
        self,
        x: float,
        y: float,
        width: float,
        items: Sequence[str],
        size: float = 14,
        gap: float = 6,
        glyph: str = "\u2022",
        color=INK,
    ) -> float:
        for item in items:
            self.words(x, y, glyph, size, F, OCHRE)
            y = self.block(x + size * 1.1, y, width - size * 1.1, item, size, F, color) - gap
        return y

    def numbered(
        self, x: float, y: float, width: float, items: Sequence[str], size: float = 14
    ) -> float:
        for k, item in enumerate(items, start=1):
            self.words(x, y, f"{k}.", size, FB, OCHRE)
            y = self.block(x + size * 1.5, y, width - size * 1.5, item, size) - 6
        return y

    def rect(self, x: float, y: float, w: float, h: float, fill=PALE, stroke=None) -> None:
        c = self.c
        c.setFillColorRGB(*fill)
        if stroke:
            c.setStrokeColorRGB(*stroke)
            c.setLineWidth(0.75)
        c.rect(x, y, w, h, fill=1, stroke=1 if stroke else 0)

    def hline(self, x1: float, x2: float, y: float, color=GREY, width: float = 0.5) -> None:
        self.c.setStrokeColorRGB(*color)
        self.c.setLineWidth(width)
        self.c.line(x1, y, x2, y)

    # --- slide furniture
    def start(self, eyebrow: str, title: str, *, size: float = 28) -> None:
        self.page += 1
        self.rect(0, H - 8, W, 8, OCHRE)
        if eyebrow:
            self.words(48, H - 46, eyebrow.upper(), 10, FB, OCHRE)
        self.words(48, H - 80, title, size, FB, INK)

    def finish(self) -> None:
        self.hline(48, W - 48, 34, GREY, 0.4)
        self.words(48, 20, FOOTER, 8, F, GREY)
        self.words(W - 60, 20, str(self.page), 8, F, GREY)
        self.c.showPage()

    def save(self) -> bytes:
        self.c.save()
        return self.buf.getvalue()


# =========================================================================== the slides


def s01(d: Pdf) -> None:
    d.page += 1
    d.rect(0, 0, W, H, (0.16, 0.18, 0.21))
    d.rect(0, 0, 18, H, OCHRE)
    d.words(70, 420, "BOARD PAPER \u00b7 ITEM 6", 12, FB, OCHRE)
    d.words(70, 360, "Haul Safe, Run Reliable", 46, FB, WHITE)
    d.words(70, 318, "Haul safety and maintenance reliability plan, FY28 to FY30", 22, F, WHITE)
    d.words(70, 250, "Corella Ridge Resources Limited", 16, FB, WHITE)
    d.words(70, 228, "Kelbarra \u00b7 Tooloora \u00b7 Marlee Downs", 14, F, WHITE)
    d.words(70, 150, "Presented by the Chief Operating Officer", 12, F, (0.8, 0.8, 0.8))
    d.words(70, 132, "Board meeting of 24 June 2027", 12, F, (0.8, 0.8, 0.8))
    d.c.showPage()


def s02(d: Pdf) -> None:
    d.start("Context", "Where we stand at the end of FY27")
    tiles = [
        ("1,910", "people on our three sites, 640 of them contractors"),
        ("86", "haul trucks across three open pits, 22 of them a contractor's"),
        ("14", "high-potential incidents with a haul truck in FY27, nine at intersections"),
        ("84.1%", "of the time our own trucks were mechanically available in FY27"),
    ]
    x = 48.0
    for big, label in tiles:
        d.rect(x, 300, 200, 140, PALE)
        d.words(x + 16, 392, big, 34, FB, OCHRE)
        d.block(x + 16, 364, 170, label, 12, F, INK, 1.25)
        x += 216
    d.rect(48, 70, 864, 200, WHITE, GREY)
    d.words(66, 244, "For context, not targets", 13, FB, SLATE)
    d.bullets(
        66,
        218,
        820,
        [
            "Marlee Downs still writes its pre-start checks on cards; Kelbarra and Tooloora "
            "record them in PitTrack.",
            "A peer operator in the Pilbara reports haul truck availability of 91% for 2026.",
            "Three of the 14 incidents happened on the Tooloora ROM pad intersection, which "
            "is under a regulator's improvement notice.",
            "Our FY27 total recordable injury frequency rate was 6.8 per million hours worked.",
        ],
        12,
        gap=4,
    )
    d.finish()


def s03(d: Pdf) -> None:
    d.start("Why we are doing this", "Our north star")
    d.rect(48, 330, 864, 110, PALE)
    d.block(
        70,
        400,
        820,
        "Everyone goes home safe from every shift, and our plant runs when we say it will.",
        24,
        FB,
        INK,
    )
    d.words(48, 290, "What we commit to", 15, FB, SLATE)
    d.bullets(
        48,
        262,
        420,
        [
            "Halve high-potential incidents involving haul trucks by the end of FY30.",
            "Lift haul truck mechanical availability to 90% by FY30.",
        ],
        15,
        gap=10,
    )
    d.words(500, 290, "What we want to be known for", 15, FB, SLATE)
    d.bullets(
        500,
        262,
        410,
        [
            "Be the operator our people and the regulator trust on safety.",
            "Bring world-class maintenance discipline to every site.",
        ],
        15,
        gap=10,
    )
    d.finish()


WAVES = [
    (
        "Wave 1: Make it safe",
        "Take the haul truck out of our high-potential incidents: collision avoidance on "
        "the trucks, intersections built to standard, light vehicles kept apart, and one "
        "procedure for every interaction.",
    ),
    (
        "Wave 2: Make it reliable",
        "Plan the work before we do it: shutdowns scheduled in PlantWise, the worst "
        "components fixed for good, and digital pre-starts on every truck we run.",
    ),
    (
        "Wave 3: Make it smart",
        "Use the data we already collect: keep it, join it up and let it warn us before a "
        "component fails or a crew changes over blind.",
    ),
]


def s04(d: Pdf) -> None:
    d.start("The programme", "Three waves, one programme")
    x = 48.0
    for k, (name, text) in enumerate(WAVES):
        d.rect(x, 150, 276, 250, PALE if k != 0 else (0.98, 0.92, 0.84))
        d.words(x + 16, 370, name, 16, FB, OCHRE)
        d.block(x + 16, 340, 244, text, 13, F, INK, 1.3)
        x += 294
    d.block(
        48,
        118,
        864,
        "Each wave closes with a gate, and the Steering Committee decides go or no-go before "
        "the next wave starts.",
        13,
        FI,
        SLATE,
    )
    d.finish()


def s05(d: Pdf) -> None:
    d.start("Scope", "Where we work first, and what we leave out")
    d.words(48, 420, "In Wave 1", 16, FB, GREEN)
    d.bullets(
        48,
        392,
        430,
        [
            "Haul roads at Kelbarra: the North Pit and South Pit ramps and their four "
            "intersections.",
            "Haul roads at Tooloora: the main ramp and the ROM pad intersection.",
            "Fixed-plant shutdowns at the Kelbarra and Tooloora processing plants.",
            "Shift handover between day and night crews at Kelbarra and Tooloora.",
        ],
        13,
        gap=8,
    )
    d.words(520, 420, "Not in Wave 1", 16, FB, OCHRE)
    d.block(
        520,
        392,
        390,
        "Marlee Downs joins in Wave 2, once its pre-starts are digital and its contractor "
        "fleet can be fitted.",
        13,
    )
    d.words(520, 320, "Not in this plan", 16, FB, SLATE)
    d.bullets(
        520,
        292,
        390,
        [
            "Exploration drilling and the resource definition programme.",
            "The rail siding and the port, which the port operator runs.",
            "Village accommodation and FIFO flights.",
            "Light vehicles on public roads between sites.",
        ],
        13,
        gap=6,
    )
    d.finish()


def pillar(d: Pdf, eyebrow: str, title: str, lead: str, items: Sequence[str]) -> None:
    d.start(eyebrow, title)
    d.block(48, 420, 864, lead, 15, FI, SLATE)
    d.bullets(48, 370, 860, items, 15, gap=12)
    d.finish()


def s06(d: Pdf) -> None:
    pillar(
        d,
        "Wave 1 \u00b7 Initiatives",
        "Make it safe",
        "Every high-potential incident in FY27 had a haul truck in it. We start there.",
        [
            "Fit collision-avoidance kits to every haul truck we own, Kelbarra first, then "
            "Tooloora.",
            "Audit every haul road intersection at Kelbarra and Tooloora against the berm "
            "and sightline standard.",
            "Separate light vehicles from haul trucks on the main ramps with dedicated LV "
            "lanes and call-up points.",
            "Revise the Haul Road Interaction safe work procedure with the HSRs.",
            "Close out the Tooloora improvement notice on the ROM pad intersection.",
        ],
    )


def s07(d: Pdf) -> None:
    pillar(
        d,
        "Wave 2 \u00b7 Initiatives",
        "Make it reliable",
        "Our trucks and plant fail where we do not plan. Reliability is a safety issue too.",
        [
            "Rebuild the fixed-plant shutdown schedule in PlantWise for both processing plants.",
            "Run a bad-actor review of the ten worst haul truck components every quarter.",
            "Replace paper pre-start cards at Marlee Downs with digital pre-starts.",
            "Fit collision-avoidance kits to the Marlee Downs contractor fleet.",
            "Bring fixed-plant PM compliance to 90% and keep it there.",
        ],
    )


def s08(d: Pdf) -> None:
    pillar(
        d,
        "Wave 3 \u00b7 Initiatives",
        "Make it smart",
        "We collect more data than we use. In Wave 3 we keep it and put it to work.",
        [
            "Extend PitTrack to Marlee Downs, pit and ROM pad.",
            "Keep dispatch and proximity-alert data for three years in CoreLake.",
            "Predict haul truck component failures from oil-analysis and payload data.",
            "Move shift handover onto tablets with the PitTrack shift log.",
        ],
    )


KPIS = [
    ("High-potential incidents involving a haul truck, per year", "14", "7 or fewer", "FY30"),
    ("Total recordable injury frequency rate (per million hours)", "6.8", "4.0", "FY30"),
    ("Haul trucks fitted with collision avoidance", "0 of 86", "86 of 86", "June 2029"),
    ("Pre-start checks recorded digitally", "74%", "100%", "Q2 FY29"),
    ("Haul truck mechanical availability", "84.1%", "90%", "FY30"),
    ("Mean time between failures, haul trucks (hours)", "61", "95", "FY30"),
    ("Fixed-plant PM compliance", "71%", "90%", "H2 FY29"),
    ("Fixed-plant shutdowns finished on schedule", "5 of 11", "10 of 11", "FY29"),
    ("Shift handovers that meet the standard", "Not measured", "Higher", "To be set"),
]


def s09(d: Pdf) -> None:
    d.start("Measures", "What we will report to the Board")
    cols = [48, 520, 650, 790]
    y = 420
    for x, head in zip(cols, ["Measure", "FY27 baseline", "Target", "By when"], strict=True):
        d.words(x, y, head, 12, FB, SLATE)
    d.hline(48, 912, y - 8, INK, 1.0)
    y -= 30
    for row in KPIS:
        for x, cell in zip(cols, row, strict=True):
            d.words(x, y, cell, 13, F, INK)
        d.hline(48, 912, y - 10, GREY, 0.4)
        y -= 31
    d.block(
        48,
        y - 6,
        864,
        "Baselines are for FY27 (July 2026 to June 2027). The handover target is to be set "
        "after the Wave 1 audit of handovers at Kelbarra.",
        10,
        FI,
        GREY,
    )
    d.finish()


def s10(d: Pdf) -> None:
    d.start("Pilot", "Where we start: the Kelbarra North Pit haul fleet")
    d.block(
        48,
        420,
        400,
        "22 Varnaby V240 trucks on two crews, the steepest ramp we run and four of our "
        "busiest intersections. If collision avoidance works here, it works anywhere we "
        "operate.",
        15,
        F,
        INK,
    )
    d.rect(48, 90, 400, 170, PALE)
    d.words(64, 234, "Why here", 13, FB, SLATE)
    d.bullets(
        64,
        210,
        370,
        [
            "Five of the nine FY27 intersection incidents.",
            "PitTrack and LTE already cover the whole pit.",
            "Varnaby holds 24 kits in Perth for us.",
        ],
        12,
        gap=4,
    )
    d.words(490, 420, "Pilot steps", 15, FB, OCHRE)
    d.numbered(
        490,
        392,
        420,
        [
            "Record six months of proximity alerts on the North Pit ramps before kits go live.",
            "Train 140 operators and supervisors on the CAS display before go-live.",
            "Commission kits truck by truck, four a week.",
            "Run the new shift handover standard with both North Pit crews.",
            "Review every alert weekly with the crews for the first 12 weeks.",
        ],
        13,
    )
    d.finish()


def s11(d: Pdf) -> None:
    d.start("Programme clock", "When each wave runs")
    rows = [
        ("Wave 1", "M0\u2013M9", "Fleet kits at Kelbarra, intersections, the revised procedure"),
        ("Wave 2", "M10\u2013M23", "Tooloora fleet, PlantWise shutdowns, Marlee Downs pre-starts"),
        ("Wave 3", "M24\u2013M35", "Data kept and joined, failure prediction, handover tablets"),
    ]
    y = 400
    for name, months, what in rows:
        d.rect(48, y - 22, 864, 58, PALE)
        d.words(66, y, name, 20, FB, OCHRE)
        d.words(200, y, months, 20, FB, INK)
        d.words(380, y, what, 13, F, INK)
        y -= 80
    d.block(
        48,
        150,
        864,
        "Gates sit between the waves: Gate 1 when its criteria are met, Gate 2 at the M23 "
        "Steering Committee. A wave does not start before its gate is passed.",
        13,
        F,
        SLATE,
    )
    d.words(48, 52, "Month 0 is July 2027, the first month of FY28.", 8, F, GREY)
    d.finish()


QUARTERS = [f"Q{q}" for q in range(1, 5)]


def s12(d: Pdf) -> None:
    d.start("Roadmap", "Workstreams by quarter")
    x0, cw = 150.0, 54.0
    for k, fy in enumerate(["FY28", "FY29", "FY30"]):
        d.words(x0 + k * 4 * cw + 4, 412, fy, 12, FB, SLATE)
    d.words(x0 + 12 * cw + 8, 412, "Beyond FY30", 12, FB, GREY)
    for k in range(12):
        d.words(x0 + k * cw + 4, 394, QUARTERS[k % 4], 10, F, GREY)
    bars = {
        "Fleet": [
            (0, 4, "CAS kits, Kelbarra"),
            (3, 7, "CAS kits, Tooloora"),
            (8, 11, "CAS kits, Marlee Downs"),
        ],
        "Fixed plant": [(1, 6, "Shutdown schedule in PlantWise"), (5, 12, "Bad-actor reviews")],
        "People": [
            (0, 3, "Haul Road Interaction SWP"),
            (2, 8, "Shift handover standard"),
        ],
        "Data": [
            (0, 2, "FY27 baseline"),
            (6, 12, "CoreLake event store, PitTrack to Marlee Downs"),
        ],
    }
    y = 350
    for lane, items in bars.items():
        d.words(48, y + 8, lane, 13, FB, INK)
        for k, (a, b, label) in enumerate(items):
            by = y - (k % 2) * 26
            d.rect(x0 + a * cw, by, (b - a) * cw - 4, 22, (0.98, 0.90, 0.80))
            d.words(x0 + a * cw + 6, by + 7, label, 9, F, INK)
        d.hline(48, 912, y - 34, GREY, 0.3)
        y -= 76
    d.rect(x0 + 12 * cw + 4, 337, 100, 22, (0.90, 0.90, 0.90))
    d.words(x0 + 12 * cw + 8, 344, "Autonomous haulage", 9, F, GREY)
    d.block(
        48,
        72,
        864,
        "Quarters are financial-year quarters: Q1 is July to September. Bars show workstreams, "
        "which overlap the waves.",
        10,
        FI,
        GREY,
    )
    d.finish()


def s13(d: Pdf) -> None:
    d.start("Governance", "Gate 1: ready to take it to Tooloora")
    d.words(48, 420, "We pass Gate 1 when:", 15, FB, SLATE)
    d.bullets(
        48,
        392,
        520,
        [
            "All 22 North Pit trucks are fitted and commissioned.",
            "Kelbarra has run 90 days without a high-potential incident involving a haul truck.",
            "The HSRs and the Kelbarra site safety committee have been consulted on the revised "
            "procedure.",
            "Proximity alerts on the North Pit ramps are down 40% on the pre-kit record.",
        ],
        14,
        gap=10,
    )
    d.rect(610, 160, 302, 260, PALE)
    d.words(626, 392, "Who decides", 14, FB, OCHRE)
    d.block(
        626,
        366,
        270,
        "The Chief Operating Officer, as chair of the Steering Committee, makes the go/no-go "
        "call at Gate 1 and Gate 2.",
        13,
    )
    d.block(
        626,
        270,
        270,
        "Gate 2 adds: the Tooloora fleet fitted, the PlantWise shutdown schedule in use and "
        "Marlee Downs pre-starts digital.",
        13,
    )
    d.finish()


def s14(d: Pdf) -> None:
    d.start("Next 90 days", "The first 90 days")
    left = [
        "Place the order for 86 CAS kits with Varnaby (Supply Chain)",
        "Publish the FY27 baseline for every Board measure (Data & Analytics)",
        "Name the Kelbarra CAS commissioning crew (Maintenance)",
        "Draft the revised Haul Road Interaction procedure and table it at the Kelbarra site "
        "safety committee (HSE)",
    ]
    right = [
        "Move the FY28 shutdown schedules from spreadsheets into PlantWise (Maintenance Planning)",
        "Advertise the Tooloora reliability engineer post (People & Culture)",
        "Ask the PitTrack vendor to price keeping 36 months of event data (Fleet Systems)",
        "Survey LTE coverage in the Marlee Downs pit (Technology)",
    ]
    d.numbered(48, 420, 420, left, 14)
    y = 420.0
    for k, item in enumerate(right, start=5):
        d.words(500, y, f"{k}.", 14, FB, OCHRE)
        y = d.block(521, y, 390, item, 14) - 6
    d.finish()


RISKS = [
    (
        "CAS kits arrive late",
        "Order all 86 kits in the first 90 days and hold Varnaby to fortnightly delivery reports.",
    ),
    (
        "Operators switch alerts off",
        "Tune alert zones with the crews on the North Pit before any second site.",
    ),
    (
        "Tooloora has no reliability engineer",
        "Second a reliability engineer from Kelbarra to Tooloora until the post is filled.",
    ),
    (
        "Dispatch data overwritten",
        "Copy PitTrack events to CoreLake every night from the first month.",
    ),
    (
        "Shutdown slips into the wet season",
        "Lock the Tooloora major shutdown dates with the processing team by the end of Q1 FY28.",
    ),
]


def s15(d: Pdf) -> None:
    d.start("Risks", "What could stop us, and what we will do")
    d.words(48, 420, "Risk", 12, FB, SLATE)
    d.words(330, 420, "What we will do", 12, FB, SLATE)
    d.hline(48, 912, 412, INK, 1.0)
    y = 392.0
    for risk, act in RISKS:
        d.words(48, y, risk, 13, FB, INK)
        y2 = d.block(330, y, 580, act, 13)
        y = min(y2, y - 18) - 10
        d.hline(48, 912, y + 12, GREY, 0.4)
    d.finish()


def s16(d: Pdf) -> None:
    d.start("Governance", "How the programme is run")
    d.words(48, 420, "Safety and Reliability Steering Committee", 16, FB, OCHRE)
    d.bullets(
        48,
        392,
        420,
        [
            "Chaired by the Chief Operating Officer, the programme's executive sponsor.",
            "Meets monthly; the three general managers, the Head of HSE and the Fleet Asset "
            "Manager are members.",
            "The Haul Safe Programme Manager keeps the plan and reports to it.",
        ],
        13,
        gap=8,
    )
    d.words(500, 420, "Consulted, not owners", 16, FB, SLATE)
    d.bullets(
        500,
        392,
        410,
        [
            "Elected HSRs and each site safety committee are consulted before any safe work "
            "procedure changes.",
            "The regulator is kept informed of the Tooloora improvement notice close-out.",
            "The Board's Safety and Sustainability Committee receives a quarterly report.",
        ],
        13,
        gap=8,
    )
    d.finish()


def s17(d: Pdf) -> None:
    d.start("Partners", "Contracts the plan relies on")
    d.words(48, 420, "Varnaby Mining Equipment", 16, FB, OCHRE)
    d.block(
        48,
        394,
        420,
        "A five-year maintenance and support agreement for our own haul fleet, from 1 October "
        "2027 to 30 September 2032, covers parts, CAS kits and technicians on site.",
        13,
    )
    d.words(500, 420, "Quartzline Contracting", 16, FB, OCHRE)
    d.block(
        500,
        394,
        410,
        "Runs load and haul at Marlee Downs with its own 22 trucks under a contract that "
        "ends on 30 June 2029.",
        13,
    )
    d.words(48, 260, "The regulator", 16, FB, SLATE)
    d.block(
        48,
        234,
        864,
        "The State mining regulator issued an improvement notice on the Tooloora ROM pad "
        "intersection in March 2027. We report its close-out directly.",
        13,
    )
    d.finish()


def s18(d: Pdf) -> None:
    d.start("Decision", "Investment and what we ask of the Board")
    d.words(48, 420, "$38.4m over FY28 to FY30", 26, FB, OCHRE)
    d.bullets(
        48,
        380,
        420,
        [
            "$21.7m collision avoidance: kits, fitting and commissioning",
            "$6.2m haul road and intersection works",
            "$5.9m PlantWise, PitTrack and CoreLake",
            "$4.6m people: training, the programme team, backfill",
        ],
        13,
        gap=6,
    )
    d.words(500, 420, "The Board is asked to", 16, FB, SLATE)
    d.numbered(
        500,
        392,
        410,
        [
            "Approve the plan and a budget of $38.4m over FY28 to FY30.",
            "Release $14.2m for Wave 1 now; later waves are released at their gates.",
            "Note that autonomous haulage is beyond FY30 and not funded here.",
        ],
        13,
    )
    d.finish()


SLIDES = [s01, s02, s03, s04, s05, s06, s07, s08, s09, s10, s11, s12, s13, s14, s15, s16, s17, s18]


def build_deck() -> bytes:
    d = Pdf()
    for s in SLIDES:
        s(d)
    return d.save()


# =========================================================================== the org folder

ROSTER_HEAD = [
    "Position No",
    "Position title",
    "Site",
    "Reports to",
    "Incumbent status",
    "Programme role",
    "Accountabilities",
]
ROSTER = [
    (
        "CR-0001",
        "Chief Executive Officer",
        "Perth office",
        "Board",
        "Filled",
        "Extended",
        "Leads the company. Recommends the annual plan and budget to the Board.",
    ),
    (
        "CR-0002",
        "Chief Operating Officer",
        "Perth office",
        "Chief Executive Officer",
        "Filled",
        "Core",
        "Executive sponsor of the Haul Safe programme. Chairs the Safety and Reliability "
        "Steering Committee and makes the go/no-go decision at each programme gate. Releases "
        "programme budget within the Board's approval. Line manager of the three site general "
        "managers.",
    ),
    (
        "CR-0003",
        "Chief Financial Officer",
        "Perth office",
        "Chief Executive Officer",
        "Filled",
        "Extended",
        "Capital approvals, the budget process and Board financial reporting.",
    ),
    (
        "CR-0101",
        "General Manager Kelbarra",
        "Kelbarra",
        "Chief Operating Officer",
        "Filled",
        "Core",
        "Registered manager of the Kelbarra mine. Accountable for safety, production and cost "
        "at Kelbarra. Approves site safe work procedures after consultation.",
    ),
    (
        "CR-0201",
        "General Manager Tooloora",
        "Tooloora",
        "Chief Operating Officer",
        "Filled",
        "Core",
        "Registered manager of the Tooloora mine. Accountable for safety, production and cost "
        "at Tooloora, including the response to regulator notices at the site.",
    ),
    (
        "CR-0301",
        "General Manager Marlee Downs",
        "Marlee Downs",
        "Chief Operating Officer",
        "Filled",
        "Core",
        "Registered manager of the Marlee Downs mine. Manages the Quartzline load and haul "
        "contract and the site's pre-start and shift routines.",
    ),
    (
        "CR-0010",
        "Head of Health, Safety and Environment",
        "Perth office",
        "Chief Operating Officer",
        "Filled",
        "Core",
        "Owns the safety management system, the vehicle interaction principal hazard management "
        "plan, safe work procedures as documents, critical control verification, incident "
        "investigation and high-potential incident reporting. Owns Sentry. Speaks for the "
        "company with the regulator.",
    ),
    (
        "CR-0020",
        "Principal Mining Engineer",
        "Perth office",
        "Chief Operating Officer",
        "Filled",
        "Core",
        "Haul road design standard: berm heights, intersection layout, sightlines, ramp "
        "gradients and LV separation. Traffic management plans for each pit. Haul road audits "
        "and the close-out of engineering actions from regulator notices.",
    ),
    (
        "CR-0030",
        "Mining Production Superintendent",
        "Kelbarra and Tooloora",
        "General Manager Kelbarra",
        "Filled",
        "Core",
        "Runs pit operations and shift crews at Kelbarra and Tooloora: shift supervisors, "
        "shift handover and the dispatch room roster. Crew briefings on new procedures.",
    ),
    (
        "CR-0040",
        "Fleet Asset Manager",
        "All sites",
        "Chief Operating Officer",
        "Filled",
        "Core",
        "Life cycle of the company-owned haul trucks and ancillary fleet. Manages the Varnaby "
        "maintenance and support agreement. Owns the collision-avoidance fitment programme and "
        "the fleet configuration standard.",
    ),
    (
        "CR-0041",
        "Fleet Systems Superintendent",
        "All sites",
        "Head of Technology",
        "Filled",
        "Core",
        "Administers PitTrack and the dispatch system: proximity-alert zones, digital "
        "pre-start screens, event data settings and PitTrack roll-out to new areas. Does not "
        "manage the trucks themselves.",
    ),
    (
        "CR-0050",
        "Maintenance Superintendent",
        "All sites",
        "Fleet Asset Manager",
        "Filled",
        "Core",
        "Leads the mobile-fleet workshops at the three sites: maintenance execution, component "
        "change-outs, defect repair and the fitting and commissioning of kits on trucks with "
        "the OEM's technicians.",
    ),
    (
        "CR-0051",
        "Maintenance Planning Superintendent",
        "All sites",
        "Fleet Asset Manager",
        "Filled",
        "Core",
        "Planning and scheduling of all maintenance work in PlantWise: work order quality, "
        "backlog, preventive maintenance (PM) compliance reporting, and the fixed-plant "
        "shutdown plans and schedules for both processing plants.",
    ),
    (
        "CR-0060",
        "Fixed Plant Superintendent",
        "Kelbarra and Tooloora",
        "General Manager Tooloora",
        "Filled",
        "Core",
        "Operates the crushing, grinding and conveying circuits at Kelbarra and Tooloora and "
        "carries out fixed-plant shutdowns to the planned schedule. Plant isolations.",
    ),
    (
        "CR-0070",
        "Reliability Engineering Lead",
        "Perth office",
        "Fleet Asset Manager",
        "Filled",
        "Core",
        "Reliability strategy for fleet and fixed plant: bad-actor analysis, root cause "
        "analysis of failures, mean time between failures, condition monitoring and the oil "
        "analysis programme. Leads the site reliability engineers and recruits them.",
    ),
    (
        "CR-0071",
        "Reliability Engineer (Tooloora)",
        "Tooloora",
        "Reliability Engineering Lead",
        "Vacant since 6 February 2027",
        "Extended",
        "Site reliability engineering at Tooloora: failure analysis and condition monitoring.",
    ),
    (
        "CR-0080",
        "Training and Competency Superintendent",
        "All sites",
        "Head of Health, Safety and Environment",
        "Filled",
        "Core",
        "Operator training and verification of competency, site inductions and the training "
        "records in Skillsbase. Builds and delivers training for new equipment and new "
        "procedures.",
    ),
    (
        "CR-0090",
        "People and Culture Business Partner",
        "All sites",
        "Chief Executive Officer",
        "Filled",
        "Core",
        "Recruitment and advertising of vacant posts, rosters, workforce planning and "
        "industrial relations.",
    ),
    (
        "CR-0100",
        "Supply Chain Manager",
        "Perth office",
        "Chief Financial Officer",
        "Filled",
        "Core",
        "Purchasing, purchase orders for long-lead items and their expediting, supplier "
        "delivery reporting, warehouses and contract variations with suppliers.",
    ),
    (
        "CR-0110",
        "Operations Data and Analytics Lead",
        "Perth office",
        "Head of Technology",
        "Filled",
        "Core",
        "The CoreLake data warehouse, operational dashboards, measure definitions and "
        "baselines, and the loads from PitTrack, PlantWise and Sentry into CoreLake.",
    ),
    (
        "CR-0120",
        "Head of Technology",
        "Perth office",
        "Chief Financial Officer",
        "Filled",
        "Core",
        "IT and OT networks, site LTE and Wi-Fi, cyber security and the hosting of the "
        "enterprise systems.",
    ),
    (
        "CR-0130",
        "Haul Safe Programme Manager",
        "Perth office",
        "Chief Operating Officer",
        "Filled",
        "Core",
        "Runs the programme office: the integrated plan, the risk and issue log and the "
        "monthly report to the Steering Committee. Coordinates the waves; does not own site "
        "work.",
    ),
    (
        "CR-0900",
        "Elected Health and Safety Representatives",
        "All sites",
        "Not a company post",
        "Elected by work groups",
        "Consult",
        "Elected by their work groups at each site. Consulted on hazards and on any change to "
        "a safe work procedure; they lead no programme work.",
    ),
    (
        "CR-0901",
        "Site Safety Committee Chair",
        "Each site",
        "Not a company post",
        "Elected by the committee",
        "Consult",
        "Chairs the site safety committee, which is consulted before a safe work procedure "
        "changes; the committee leads no programme work.",
    ),
]


def build_roster() -> bytes:
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(ROSTER_HEAD)
    for row in ROSTER:
        w.writerow(row)
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def _rezip(data: bytes, modified: str = "") -> bytes:
    """The package again, its entries sorted at one fixed time; ``modified`` replaces the
    modification time openpyxl stamps into ``docProps/core.xml`` on every save."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in sorted(src.namelist()):
            info = zipfile.ZipInfo(name, ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            body = src.read(name)
            if modified and name == "docProps/core.xml":
                body = re.sub(
                    rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                    rb"\g<1>" + modified.encode() + rb"\g<2>",
                    body,
                )
            z.writestr(info, body)
    return out.getvalue()


STEERING = [
    ("Heading 1", "Safety and Reliability Steering Committee: terms of reference"),
    ("Normal", "Approved by the Chief Executive Officer on 2 June 2027. Version 1.0."),
    ("Heading 2", "1. Purpose"),
    (
        "Normal",
        "The Committee directs the Haul Safe, Run Reliable programme for FY28 to FY30 and "
        "decides whether each wave may start.",
    ),
    ("Heading 2", "2. Chair and members"),
    (
        "Normal",
        "The Chief Operating Officer chairs the Committee and is the programme's executive "
        "sponsor. Members: the General Managers of Kelbarra, Tooloora and Marlee Downs, the "
        "Head of Health, Safety and Environment, the Fleet Asset Manager and the Maintenance "
        "Planning Superintendent. The Haul Safe Programme Manager is secretary.",
    ),
    ("Heading 2", "3. Decisions"),
    (
        "Normal",
        "The chair makes the go/no-go decision at each gate after hearing the members. Budget "
        "for a wave is released by the chair at its gate, within the total the Board approves.",
    ),
    (
        "Normal",
        "Elected HSRs and the site safety committees are not members. Their views on any "
        "change to a safe work procedure are tabled with the gate papers.",
    ),
    ("Heading 2", "4. Cadence"),
    (
        "Normal",
        "Monthly, on the second Tuesday. A quarterly report goes to the Board's Safety and "
        "Sustainability Committee.",
    ),
]


def build_steering() -> bytes:
    doc = Document()
    doc.core_properties.author = "Office of the COO"
    doc.core_properties.title = "Steering Committee terms of reference"
    doc.core_properties.created = datetime(2027, 6, 2, 9, 0, 0)
    doc.core_properties.modified = datetime(2027, 6, 2, 9, 0, 0)
    doc.core_properties.last_modified_by = "Office of the COO"
    doc.core_properties.revision = 3
    for style, text in STEERING:
        p = doc.add_paragraph(text, style=style)
        if style == "Normal":
            for r in p.runs:
                r.font.size = Pt(11)
    buf = io.BytesIO()
    doc.save(buf)
    return _rezip(buf.getvalue())


MEASURES_HEAD = ["Measure", "Definition", "Source", "Owner", "FY27 baseline", "Notes"]
MEASURES = [
    (
        "High-potential incidents involving a haul truck",
        "Incidents rated HPI in Sentry where a haul truck is one of the parties, counted by "
        "financial year.",
        "Sentry",
        "Head of Health, Safety and Environment",
        "14",
        "Sentry is used at all three sites.",
    ),
    (
        "Total recordable injury frequency rate",
        "Recordable injuries per million hours worked, employees and contractors.",
        "Sentry and payroll hours",
        "Head of Health, Safety and Environment",
        "6.8",
        "",
    ),
    (
        "Haul trucks fitted with collision avoidance",
        "Trucks with a commissioned CAS kit over all haul trucks on our sites.",
        "Fleet register",
        "Fleet Asset Manager",
        "0 of 86",
        "Includes the 22 Quartzline trucks at Marlee Downs.",
    ),
    (
        "Pre-start checks recorded digitally",
        "Pre-starts recorded in PitTrack over all pre-starts due.",
        "PitTrack",
        "Fleet Systems Superintendent",
        "74%",
        "Marlee Downs pre-starts are counted from the paper cards each week by the site clerk.",
    ),
    (
        "Haul truck mechanical availability",
        "Hours available over calendar hours, company-owned haul trucks.",
        "PlantWise",
        "Maintenance Superintendent",
        "84.1%",
        "",
    ),
    (
        "Mean time between failures, haul trucks",
        "Operating hours over unplanned failures, company-owned haul trucks.",
        "PlantWise",
        "Reliability Engineering Lead",
        "61 hours",
        "",
    ),
    (
        "Fixed-plant PM compliance",
        "Preventive work orders done within their window over those due.",
        "PlantWise",
        "Maintenance Planning Superintendent",
        "71%",
        "",
    ),
    (
        "Fixed-plant shutdowns finished on schedule",
        "Shutdowns handed back to operations by the planned time.",
        "Shutdown schedules",
        "Maintenance Planning Superintendent",
        "5 of 11",
        "",
    ),
    (
        "Shift handovers that meet the standard",
        "Not yet defined.",
        "To be decided",
        "Mining Production Superintendent",
        "Not measured",
        "Target to be set after the Wave 1 audit.",
    ),
]


def build_measures() -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = "Board measures"
    ws.append(MEASURES_HEAD)
    for row in MEASURES:
        ws.append(list(row))
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for col, width in zip("ABCDEF", [44, 60, 22, 38, 14, 50], strict=True):
        ws.column_dimensions[col].width = width
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    info = wb.create_sheet("About")
    info.append(["Board measures for the Haul Safe, Run Reliable programme, FY28 to FY30."])
    info.append(["Kept by the Operations Data and Analytics Lead. Figures are for FY27."])
    wb.properties.creator = "Operations Data and Analytics"
    wb.properties.lastModifiedBy = "Operations Data and Analytics"
    wb.properties.created = datetime(2027, 5, 28, 10, 0, 0)
    wb.properties.modified = datetime(2027, 5, 28, 10, 0, 0)
    buf = io.BytesIO()
    wb.save(buf)
    return _rezip(buf.getvalue(), "2027-05-28T10:00:00Z")


SYSTEMS = """
# Operations systems inventory

Kept by the Head of Technology. Last reviewed May 2027.

## Fleet and dispatch

**PitTrack** is our fleet management system: dispatch, payload, truck positions, proximity
alerts and the operator's pre-start screen. PitTrack runs only at Kelbarra and Tooloora.
Marlee Downs has never had it, because the contractor's trucks carry no PitTrack units.

PitTrack keeps dispatch and proximity event data for 90 days and then overwrites it. Anything
older has to come from the monthly summary reports, which do not hold individual alerts.

The Fleet Systems Superintendent administers PitTrack. The vendor supports it from Brisbane.

## Maintenance

**PlantWise** is our computerised maintenance management system (CMMS) for the mobile fleet
and both processing plants: work orders, PM schedules, component histories and costs.

Fixed-plant shutdown schedules are built in a spreadsheet by each site's planner and never
loaded into PlantWise, so shutdown work orders are raised by hand after the plan is agreed.

Oil analysis results arrive from the laboratory as PDF reports by email.

## Safety

**Sentry** is the incident and hazard reporting system, used at all three sites by employees
and contractors. HPI classification is done in Sentry by the site safety advisers.

## People

**Skillsbase** holds training records, verification of competency and induction records
for everyone on site, contractors included.

## Data and reporting

**CoreLake** is our data warehouse (cloud hosted). It takes nightly loads from PlantWise and
Sentry and drives the operational dashboards. PitTrack is not yet loaded into it.

## Networks

Kelbarra and Tooloora have private LTE over the pits and plant. At Marlee Downs the LTE
network stops at the ROM pad; the pit itself has no coverage.
"""

SAFETY_COMMITTEE = """
# Site safety committee constitution (all sites)

Adopted at Kelbarra, Tooloora and Marlee Downs in March 2026 under the Work Health and
Safety Act 2020 (WA).

## Members

Each site safety committee has the site's elected health and safety representatives (HSRs),
at least half of its members, and management members named by the general manager. The
committee elects its own chair.

## What the committee is consulted on

- Any new or changed safe work procedure must go to the HSRs and the site safety committee
  for consultation before it is issued, with at least 14 days for comment.
- Changes to plant, equipment or the way work is done that affect health and safety,
  including new in-cab equipment.
- The results of incident investigations at the site.

## What the committee does not do

The committee advises; it does not approve procedures or budgets and it leads no project
work. Procedures are approved by the site's general manager after consultation.

## Meetings

Monthly at each site. Minutes go to the Head of Health, Safety and Environment.
"""

VARNABY_LETTER = """
Varnaby Mining Equipment Pty Ltd
Kewdale WA 6105

19 May 2027

Fleet Asset Manager
Corella Ridge Resources Limited

Re: Collision avoidance kits for your V240 haul fleet

Thank you for your enquiry of 5 May.

We hold 24 CAS kits in our Kewdale store that we can allocate to Corella Ridge. We can hold
them for you until 31 August 2027; after that date they are released to other customers
unless a purchase order has been placed.

Kits beyond those 24 have a lead time of 38 weeks from purchase order, because the radar
units come from one overseas maker.

Fitting needs two of our technicians for a day and a half per truck, working with your
workshop. Our five-year maintenance and support agreement with you starts on 1 October 2027
and covers the technicians' time.

Kits for trucks that are not Corella Ridge's own (for example a contractor's fleet) are
outside that agreement and need the owner's agreement to fit.

Yours sincerely,

Regional Account Manager, Western Australia
Varnaby Mining Equipment
"""

MARLEE = """
# Marlee Downs: site notes for the programme

Written by the General Manager Marlee Downs, May 2027.

- Load and haul at Marlee Downs is run by Quartzline Contracting with its own 22 trucks.
  The contract runs to 30 June 2029 and cannot be changed to require new in-cab equipment
  before then without a variation that Quartzline has to agree.
- Pre-start checks at Marlee Downs are done on paper cards in the crib room and filed in a
  box at the end of each shift. The site clerk counts them weekly for the Board measure.
- Shift handover is verbal at the go-line; there is no written record.
- The LTE network reaches the ROM pad and the workshop but not the pit.
- Marlee Downs has its own site safety committee and four elected HSRs.
"""

NOTICE = """
Improvement notice summary: Tooloora ROM pad intersection

Prepared by the Head of Health, Safety and Environment, 30 March 2027.

The State mining regulator issued an improvement notice at Tooloora on 21 March 2027 after
three high-potential incidents at the ROM pad intersection in FY27.

The notice requires the intersection to be rebuilt to our haul road design standard, with
sightlines and berms restored, by 30 September 2027. Until then, light vehicles must be
escorted through the intersection.

The General Manager Tooloora is responsible for the response. The Principal Mining
Engineer is preparing the design.
"""

STANDARD = """
# Vehicle interaction standard (CR-STD-014)

Version 4, approved by the Chief Operating Officer, January 2027.

## Purpose

This standard sets the critical controls that keep people in light vehicles and on foot
apart from haul trucks at every Corella Ridge site.

## Critical controls

1. Haul roads, ramps and intersections are built and kept to the haul road design standard.
2. Light vehicles enter the haul road only at call-up points and on radio call-up.
3. Every haul truck carries a working collision-avoidance system once one is fitted to the
   fleet at that site.
4. Operators complete a pre-start check before every shift.
5. Operators are trained and have a current verification of competency for the truck they
   drive. Training is delivered by the Training and Competency team and recorded in
   Skillsbase.

## Safe work procedures under this standard

- Haul Road Interaction (SWP-HR-03)
- Shift Handover (SWP-OP-07)
- Light Vehicle Access to Pits (SWP-HR-05)

## Review

The Head of Health, Safety and Environment reviews this standard each year.
"""

ORG_TEXT: dict[str, str] = {
    "org/systems/operations-systems-inventory.md": SYSTEMS,
    "org/governance/site-safety-committee-constitution.md": SAFETY_COMMITTEE,
    "org/context/varnaby-letter-2027-05-19.txt": VARNABY_LETTER,
    "org/context/marlee-downs-site-notes.md": MARLEE,
    "org/context/tooloora-improvement-notice-summary.txt": NOTICE,
    "org/policies/vehicle-interaction-standard.md": STANDARD,
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
        "org/people/position-register-export.csv": build_roster(),
        "org/governance/steering-committee-terms-of-reference.docx": build_steering(),
        "org/measures/board-measures-fy28-fy30.xlsx": build_measures(),
    }
    files.update(ORG_TEXT)
    for rel, body in files.items():
        write(root / rel, body)


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
