"""Build the dev28 case ``theatre-productivity``: its deck and its org folder, deterministically.

Run from the repository root with a Python that has reportlab, pypdf, openpyxl and
python-docx. reportlab is not in the project's lock, so use the separate venv:

    /tmp/rl/bin/python evals/dev28/build_theatre_productivity.py [out-folder]

The deck's fonts are DejaVu Sans and DejaVu Sans Bold, embedded from
``/usr/share/fonts/truetype/dejavu/`` (Debian's ``fonts-dejavu-core``).

Writes, under ``evals/dev28/theatre-productivity/`` (or ``<out-folder>/theatre-productivity/``),
every file of the case but ``gold.json``:

- ``theatres-first-trust-board-29-march-2029.pdf``: an English acute trust's theatre
  productivity and elective recovery plan for its Trust Board, drawn the way Keynote exports a
  16:9 deck to PDF (pages of 1920 x 1080 pt, Keynote's "Wide" slide size; Creator "Keynote",
  Producer "macOS Version 14.6.1 (Build 23G93) Quartz PDFContext", one fixed creation date),
  imitated with reportlab's canvas in invariant mode. Every text box is one text object whose
  lines follow one another; the KPI table is four text boxes side by side (measure, baseline,
  target, by when), so the columns are read one after the other, not row by row; the waterfall
  chart on page 3 is bars with every value and every label a loose text object of its own; the
  roadmap on page 13 is a ruled table (rows = workstreams, columns = financial quarters) with
  a separate "2031/32 onwards" box beside it.
- ``org/``: the establishment as an XLSX workbook with two sheets (``people/establishment.xlsx``:
  "Posts" and "Remits"), the theatre users' group's terms of reference, the Elective Recovery
  Board's terms of reference, the patient panel's terms, an extract of the partnership
  agreement with staff side (DOCX), the systems and data inventory, the theatre metric
  definitions, a sites and theatres note and a workforce and training note.

Re-running it rewrites every file byte for byte: reportlab's invariant mode (fixed document ID)
with a fixed date formatter for the PDF, fixed core properties and ZIP times for the XLSX and
DOCX (through ``evals/dev16/_build.py``), and the text files as literal strings. It never
touches ``gold.json``. It refuses to save a deck whose lines overflow their boxes.

This is a DEVELOPMENT case (split "dev28").
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals.dev16._build import Stamp, ooxml_bytes, write_files  # noqa: E402

HERE = Path(__file__).resolve().parent
CASE = "theatre-productivity"
DECK = "theatres-first-trust-board-29-march-2029.pdf"

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
SANS = "DejaVuSans"
BOLD = "DejaVuSans-Bold"

W, H = 1920.0, 1080.0  # Keynote's "Wide" slide, exported at 1 pt a point
LEFT = 110.0
RIGHT = W - 110.0

Color = tuple[float, float, float]
INK: Color = (0.1, 0.12, 0.18)
BLUE: Color = (0.0, 0.37, 0.72)
DARK: Color = (0.0, 0.19, 0.53)
PALE: Color = (0.88, 0.93, 0.98)
WARM: Color = (1.0, 0.72, 0.0)
GREY: Color = (0.42, 0.45, 0.5)
RULE: Color = (0.72, 0.75, 0.8)
WHITE: Color = (1.0, 1.0, 1.0)
RED: Color = (0.85, 0.22, 0.2)
GREEN: Color = (0.0, 0.55, 0.35)
PHASE: list[Color] = [(0.25, 0.55, 0.85), (0.0, 0.37, 0.72), (0.0, 0.19, 0.53)]

STAMP = Stamp((2029, 3, 19, 9, 30, 0), "2029-03-19T09:30:00Z")
PDF_DATE = "D:20290326094512Z00'00'"
PAGES = 20
FOOTER = "Wyvern Vale Hospitals NHS Trust · Theatres First · Trust Board, 29 March 2029"
OVERFLOW: list[str] = []  # lines wider than their box: the builder refuses to save them


def _fonts() -> None:
    for name, file in ((SANS, "DejaVuSans.ttf"), (BOLD, "DejaVuSans-Bold.ttf")):
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / file)))


# =========================================================================== drawing helpers


class Deck:
    """A reportlab canvas with the few ways Keynote writes text into its PDF export."""

    def __init__(self, path: Path) -> None:
        self.c = rl_canvas.Canvas(str(path), pagesize=(W, H), invariant=1, pageCompression=1)
        self.c.setCreator("Keynote")
        self.c.setProducer("macOS Version 14.6.1 (Build 23G93) Quartz PDFContext")
        self.c.setTitle("Theatres First - Trust Board 29 March 2029")
        self.c.setAuthor("Imogen Raikes")
        self.c.setSubject("")
        info = self.c._doc.info
        info._dateFormatter = lambda *_: PDF_DATE
        self.page = 0

    # ---------------------------------------------------------------- text
    def box(
        self,
        x: float,
        y: float,
        lines: list[str],
        size: float = 28,
        font: str = SANS,
        color: Color = INK,
        leading: float | None = None,
        limit: float | None = None,
    ) -> float:
        """A text box: its lines as ONE text object, the first baseline at ``y``. ``limit`` is
        the width every line must fit in. Returns the baseline below the last line."""
        lead = leading if leading is not None else size * 1.25
        width = limit if limit is not None else RIGHT - x
        for s in lines:
            w = stringWidth(s, font, size)
            if w > width + 0.01:
                OVERFLOW.append(f"page {self.page}: line too wide ({w:.0f} > {width:.0f}): {s}")
        t = self.c.beginText(x, y)
        t.setFont(font, size, lead)
        t.setFillColorRGB(*color)
        for s in lines:
            t.textLine(s)
        self.c.drawText(t)
        return y - lead * len(lines)

    def loose(self, x: float, y: float, s: str, size: float, font: str, color: Color) -> None:
        """One loose label (a chart's value or category), centred on ``x``."""
        self.box(x - stringWidth(s, font, size) / 2, y, [s], size, font, color, limit=W)

    def bullets(
        self,
        x: float,
        y: float,
        items: list[list[str]],
        size: float = 28,
        gap: float = 14,
        limit: float | None = None,
        glyph: str = "•",
    ) -> float:
        """Bulleted items: each item one text box, the glyph typed at the start of its first
        line and the further lines indented with spaces. Returns the y of the next item."""
        width = limit if limit is not None else RIGHT - x
        for item in items:
            lines = [f"{glyph}  {item[0]}"] + [f"    {s}" for s in item[1:]]
            y = self.box(x, y, lines, size, limit=width) - gap
        return y

    # ---------------------------------------------------------------- shapes
    def rect(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        fill: Color | None,
        stroke: Color | None = None,
        width: float = 1.5,
    ) -> None:
        if fill is not None:
            self.c.setFillColorRGB(*fill)
        if stroke is not None:
            self.c.setStrokeColorRGB(*stroke)
            self.c.setLineWidth(width)
        self.c.rect(
            x, y, w, h, fill=1 if fill is not None else 0, stroke=1 if stroke is not None else 0
        )

    def hline(
        self, x1: float, x2: float, y: float, color: Color = RULE, width: float = 1.5
    ) -> None:
        self.c.setStrokeColorRGB(*color)
        self.c.setLineWidth(width)
        self.c.line(x1, y, x2, y)

    def vline(
        self, x: float, y1: float, y2: float, color: Color = RULE, width: float = 1.5
    ) -> None:
        self.c.setStrokeColorRGB(*color)
        self.c.setLineWidth(width)
        self.c.line(x, y1, x, y2)

    # ---------------------------------------------------------------- page furniture
    def start(self, eyebrow: str, title: str, headline: str | None = None) -> None:
        """A new slide: a blue rule, the eyebrow, the title and an optional headline line."""
        self.page += 1
        self.rect(0, H - 14, W, 14, BLUE)
        self.box(LEFT, H - 92, [eyebrow], 22, BOLD, BLUE)
        self.box(LEFT, H - 162, [title], 54, BOLD, DARK)
        if headline:
            self.box(LEFT, H - 218, [headline], 28, SANS, GREY)

    def finish(self) -> None:
        """The footer text and the slide number, bottom right, then the next page."""
        if self.page > 1:
            self.hline(LEFT, RIGHT, 78, RULE, 1)
            self.box(LEFT, 44, [FOOTER], 16, SANS, GREY)
            number = str(self.page)
            self.box(RIGHT - stringWidth(number, SANS, 18), 44, [number], 18, SANS, GREY)
        self.c.showPage()

    def save(self) -> None:
        self.c.save()


# =========================================================================== the slides


def s01_cover(d: Deck) -> None:
    d.page += 1
    d.rect(0, 0, W, H, DARK)
    d.rect(0, 0, 28, H, WARM)
    d.box(150, 900, ["WYVERN VALE HOSPITALS NHS TRUST"], 30, BOLD, WARM)
    d.box(150, 700, ["Theatres First"], 120, BOLD, WHITE)
    d.box(
        150,
        590,
        ["Productive theatres and shorter waits, April 2029 to June 2031"],
        44,
        SANS,
        WHITE,
    )
    d.box(
        150,
        300,
        [
            "Trust Board · 29 March 2029 · Paper TB/29/031 · For approval",
            "Dr Imogen Raikes, Chief Operating Officer",
            "Mr Tobias Ferrand, Clinical Director of Surgery",
        ],
        28,
        SANS,
        PALE,
        leading=42,
    )
    d.box(150, 120, ["Aldercombe Royal Infirmary · Stennington Hospital"], 24, SANS, PALE)
    d.finish()


def s02_why_now(d: Deck) -> None:
    d.start("CONTEXT", "Why now: busy theatres, long waits")
    tiles = [
        ("61,420", ["people on our waiting list for planned care", "(RTT, end of February 2029)"]),
        ("2,310", ["of them waiting longer than a year", "1,180 of those for orthopaedics"]),
        (
            "170 of 240",
            ["minutes of an average four-hour list with", "a patient in theatre, 2028/29"],
        ),
        ("1 in 3", ["lists started more than 15 minutes late", "in January 2029"]),
        ("412", ["operations cancelled on the day for", "non-clinical reasons in 2028/29"]),
        ("14%", ["of registered theatre posts vacant", "on 31 January 2029"]),
    ]
    tw, th, gx, gy = 540.0, 230.0, 40.0, 36.0
    for k, (big, label) in enumerate(tiles):
        col, row = k % 3, k // 3
        x = LEFT + col * (tw + gx)
        y = H - 290 - th - row * (th + gy)
        d.rect(x, y, tw, th, PALE)
        d.rect(x, y + th - 8, tw, 8, BLUE)
        d.box(x + 28, y + th - 90, [big], 62, BOLD, BLUE, limit=tw - 56)
        d.box(x + 28, y + th - 145, label, 22, SANS, INK, leading=32, limit=tw - 56)
    d.box(
        LEFT,
        245,
        [
            "The CQC rated surgery at Aldercombe 'requires improvement' in November 2028,",
            "citing late starts and lists cancelled at short notice.",
        ],
        26,
        SANS,
        INK,
        leading=34,
    )
    d.box(
        LEFT,
        160,
        ["In 2019/20 we ran 1,310 elective lists a month; in 2028/29 we ran 1,140."],
        26,
        BOLD,
        DARK,
    )
    d.finish()


def s03_waterfall(d: Deck) -> None:
    d.start(
        "CONTEXT",
        "Where a four-hour list goes",
        "Average elective list, both hospitals, April 2028 to February 2029 (minutes)",
    )
    # the waterfall: bars, then each value and each label as a loose text object
    base, scale = 230.0, 2.05  # y of zero, points a minute
    bars = [
        ("240", ["planned"], 0.0, 240.0, BLUE),
        ("−22", ["late start"], 218.0, 240.0, RED),
        ("−26", ["gaps between", "patients"], 192.0, 218.0, RED),
        ("−14", ["early finish"], 178.0, 192.0, RED),
        ("−8", ["cancelled on", "the day"], 170.0, 178.0, RED),
        ("170", ["with a patient", "in theatre"], 0.0, 170.0, GREEN),
    ]
    bw, step, x0 = 130.0, 190.0, LEFT + 40
    for k, (value, label, lo, hi, colour) in enumerate(bars):
        x = x0 + k * step
        d.rect(x, base + lo * scale, bw, (hi - lo) * scale, colour)
        d.loose(x + bw / 2, base + hi * scale + 16, value, 30, BOLD, INK)
        for j, part in enumerate(label):
            d.loose(x + bw / 2, base - 40 - j * 28, part, 22, SANS, GREY)
    d.hline(x0 - 20, x0 + 5 * step + bw + 20, base, INK, 2)
    # the reading, on the right
    rx = x0 + 6 * step + 10
    d.rect(rx - 30, 200, RIGHT - rx + 30, 600, PALE)
    d.box(rx, 750, ["What the bars say"], 30, BOLD, DARK, limit=RIGHT - rx - 20)
    d.box(
        rx,
        690,
        [
            "Half of the lost time is before",
            "the first patient and between",
            "patients: it is scheduling and",
            "flow, not the speed of surgery.",
            "",
            "GIRFT's benchmark for capped",
            "utilisation is 85%.",
            "",
            "Fellmouth Hospitals' surgical",
            "hub, our nearest neighbour,",
            "reported 87% in 2028.",
        ],
        26,
        SANS,
        INK,
        leading=36,
        limit=RIGHT - rx - 20,
    )
    d.box(
        LEFT,
        120,
        ["The national standard is unchanged: 92% of patients should wait under 18 weeks."],
        24,
        SANS,
        GREY,
    )
    d.finish()


def s04_ambition(d: Deck) -> None:
    d.start("OUR AMBITION", "What good looks like in June 2031")
    d.rect(LEFT, 740, RIGHT - LEFT, 140, DARK)
    d.box(LEFT + 40, 830, ["North star"], 24, BOLD, WARM)
    d.box(
        LEFT + 40,
        780,
        ["Theatres our patients can rely on and our staff are proud to work in."],
        40,
        BOLD,
        WHITE,
        limit=RIGHT - LEFT - 80,
    )
    d.box(
        LEFT,
        680,
        ["Over 27 months, from M1 2029/30 to M3 2031/32, we will:"],
        30,
        BOLD,
        INK,
    )
    y = d.bullets(
        LEFT + 20,
        620,
        [
            ["No patient waiting over 52 weeks for surgery by M12 30/31"],
            ["Reach 85% capped utilisation on elective lists by M12 30/31"],
            ["Treat 85% of BADS procedures as day cases by Q4 30/31"],
            ["Have 72% of patients on the list waiting under 18 weeks by M3 31/32"],
            ["Open the Orchard Surgical Hub and have it accredited by GIRFT within six months"],
        ],
        30,
        gap=16,
    )
    d.box(
        LEFT,
        y - 20,
        ["And we will give patients more certainty about the date of their operation."],
        30,
        SANS,
        BLUE,
    )
    d.box(LEFT, 110, ["Our year runs April to March; M1 = April."], 22, SANS, GREY)
    d.finish()


def s05_plan_on_a_page(d: Deck) -> None:
    d.start("THE PLAN ON A PAGE", "Five pillars, three phases")
    pillars = [
        ("1", "Every minute", "on the list", ["Scheduling and", "the theatre day"]),
        ("2", "Ready for", "surgery", ["Pre-operative", "assessment"]),
        ("3", "Day case", "by default", ["Day surgery and the", "Orchard Surgical Hub"]),
        ("4", "People in", "theatres", ["Theatre staffing", "and training"]),
        ("5", "One version", "of the truth", ["Theatre data"]),
    ]
    pw, gap = 316.0, 30.0
    for k, (num, a, b, sub) in enumerate(pillars):
        x = LEFT + k * (pw + gap)
        d.rect(x, 520, pw, 330, PALE)
        d.rect(x, 842, pw, 8, BLUE)
        d.box(x + 24, 780, [num], 44, BOLD, BLUE, limit=pw - 48)
        d.box(x + 24, 720, [a, b], 32, BOLD, DARK, leading=40, limit=pw - 48)
        d.box(x + 24, 620, sub, 24, SANS, INK, leading=32, limit=pw - 48)
    phases = [
        ("Stabilise", "fix the basics where the pain is worst"),
        ("Build", "spread to both hospitals and open the hub"),
        ("Sustain", "hold the gains, hand over to the divisions"),
    ]
    fw = (RIGHT - LEFT - 2 * gap) / 3
    for k, (name, what) in enumerate(phases):
        x = LEFT + k * (fw + gap)
        d.rect(x, 380, fw, 100, PHASE[k])
        d.box(x + 24, 440, [name], 30, BOLD, WHITE, limit=fw - 48)
        d.box(x + 24, 400, [what], 22, SANS, WHITE, limit=fw - 48)
    d.box(
        LEFT,
        310,
        [
            "In scope: planned (elective) surgery for adults in the main theatres and",
            "day units at Aldercombe and Stennington.",
            "Not in scope: emergency (CEPOD) lists, obstetric theatres, children's surgery,",
            "endoscopy, outpatient minor operations and private patients.",
        ],
        26,
        SANS,
        INK,
        leading=36,
    )
    d.finish()


def pillar_slide(
    d: Deck, eyebrow: str, title: str, headline: str, items: list[list[str]], aside: list[str]
) -> None:
    d.start(eyebrow, title, headline)
    d.bullets(LEFT, 760, items, 28, gap=22, limit=1230)
    ax = LEFT + 1290
    d.rect(ax, 200, RIGHT - ax, 600, PALE)
    d.box(ax + 30, 750, ["What it fixes"], 28, BOLD, DARK, limit=RIGHT - ax - 60)
    d.box(ax + 30, 695, aside, 24, SANS, INK, leading=34, limit=RIGHT - ax - 60)
    d.finish()


def s06_pillar1(d: Deck) -> None:
    pillar_slide(
        d,
        "PILLAR 1 · SCHEDULING AND THE THEATRE DAY",
        "Every minute on the list",
        "Lists planned six weeks out, started on time and full to the end",
        [
            [
                "Six-four-two scheduling on every elective list: drafted",
                "six weeks out, gaps filled at four, locked at two",
            ],
            ["Book each list to 85% of its time, using each surgeon's", "median case times"],
            ["Team brief at 08:00 and first patient sent for by 08:15"],
            [
                "A 13:00 look-ahead huddle each weekday to fill",
                "tomorrow's gaps from a standby list",
            ],
            [
                "Record into-theatre, knife-to-skin and out-of-theatre",
                "times live in CaseLine at both hospitals",
            ],
            ["Replace Stennington's paper theatre register with CaseLine"],
        ],
        [
            "Late starts: 22 minutes",
            "a list on average",
            "",
            "Gaps between patients:",
            "26 minutes a list",
            "",
            "Lists finished early",
            "because nobody was",
            "ready to come in",
        ],
    )


def s07_pillar2(d: Deck) -> None:
    pillar_slide(
        d,
        "PILLAR 2 · PRE-OPERATIVE ASSESSMENT",
        "Ready for surgery",
        "Every patient fit, informed and ready before a date is offered",
        [
            [
                "One-stop pre-operative assessment on the day a patient",
                "is listed, orthopaedics and general surgery first",
            ],
            [
                "Send a digital health questionnaire within two working",
                "days of listing; paper for anyone who asks",
            ],
            ["Triage the answers to nurse-led, telephone or", "high-risk anaesthetic review"],
            ["An anaemia and diabetes optimisation clinic, so", "patients are fit when called"],
            [
                "Scan the paper pre-operative assessment records of",
                "everyone on the admitted list into Halcyon",
            ],
            ["Validate every patient waiting over 26 weeks", "at least every 12 weeks"],
        ],
        [
            "31% of listed patients",
            "are assessed within",
            "14 days of listing",
            "",
            "Patients found unfit",
            "on the day leave gaps",
            "nobody can fill",
        ],
    )


def s08_pillar3(d: Deck) -> None:
    pillar_slide(
        d,
        "PILLAR 3 · DAY SURGERY AND THE HUB",
        "Day case by default, and a hub nobody borrows",
        "Planned surgery protected from emergency pressure",
        [
            [
                "Open the Orchard Surgical Hub at Aldercombe: four",
                "theatres and 20 ring-fenced beds, go-live M10 29/30",
            ],
            [
                "Make day case the default for 14 BADS procedures,",
                "laparoscopic cholecystectomy and ACL repair first",
            ],
            ["Nurse-led discharge from the day unit against", "agreed criteria"],
            ["Apply for GIRFT surgical hub accreditation", "at go-live + 6 months"],
            ["Keep Stennington's day unit open to 20:00 on weekdays", "from M1 2030/31"],
        ],
        [
            "Day-case rate for",
            "BADS procedures: 74%",
            "",
            "Elective beds lost to",
            "emergency admissions",
            "on 96 days in 2028/29",
        ],
    )


def s09_pillar4(d: Deck) -> None:
    pillar_slide(
        d,
        "PILLAR 4 · THEATRE STAFFING AND TRAINING",
        "People in theatres",
        "Enough skilled people on every list, without agency as the plan",
        [
            [
                "Recruit 38 registered theatre practitioners, 20 of them",
                "through international recruitment",
            ],
            ["Train 12 band 5 theatre nurses in anaesthetic", "competencies by M12 29/30"],
            ["Start 8 ODP degree apprentices in September 2029", "and 8 more in September 2030"],
            ["Roster theatre staff in RotaWise from M7 29/30"],
            ["One protected half-day a month for each theatre", "team's simulation and training"],
        ],
        [
            "14% of registered",
            "theatre posts vacant",
            "",
            "£3.1m spent on agency",
            "theatre staff in 2028/29",
        ],
    )


def s10_pillar5(d: Deck) -> None:
    pillar_slide(
        d,
        "PILLAR 5 · THEATRE DATA",
        "One version of the truth",
        "The same figures in the theatre office, the division and the Board",
        [
            [
                "One theatre dashboard in Compass, fed nightly from",
                "the Atlas warehouse, for every list at both hospitals",
            ],
            ["Interface Halcyon to CaseLine so a listed patient", "is keyed once, not twice"],
            ["Correct CaseLine's 2028/29 case timings so that", "baselines stand up"],
            ["Send each surgeon their own median case times", "every month"],
            ["Record every cancellation on the day against one", "list of 12 reason codes"],
        ],
        [
            "Three sets of figures",
            "for one list: CaseLine,",
            "the paper register and",
            "the division's returns",
        ],
    )


def s11_measures(d: Deck) -> None:
    d.start("MEASURES", "How we will know", "Ten measures, reported monthly to the Board")
    cols = [
        (
            "Measure",
            LEFT,
            700.0,
            [
                "Capped theatre utilisation, elective lists",
                "Lists starting within 15 minutes of time",
                "On-the-day cancellations, non-clinical",
                "Day-case rate, BADS procedures",
                "Patients waiting over 52 weeks",
                "Patients waiting under 18 weeks (RTT)",
                "Listed patients pre-assessed within 14 days",
                "Registered theatre practitioner vacancies",
                "Theatre staff who would recommend theatres",
                "Orchard Surgical Hub GIRFT accreditation",
            ],
        ),
        (
            "Baseline 2028/29",
            LEFT + 740,
            330.0,
            [
                "71%",
                "66%",
                "1.9% of operations",
                "74%",
                "2,310",
                "58%",
                "31%",
                "14%",
                "49% (staff survey 2028)",
                "hub not yet open",
            ],
        ),
        (
            "Target",
            LEFT + 1100,
            200.0,
            ["85%", "90%", "under 0.8%", "85%", "0", "72%", "80%", "6%", "higher", "accredited"],
        ),
        (
            "By when",
            LEFT + 1330,
            370.0,
            [
                "M12 30/31",
                "M6 30/31",
                "M12 29/30",
                "Q4 30/31",
                "M12 30/31",
                "M3 31/32",
                "by M9",
                "Q4 30/31",
                "to be agreed with staff side",
                "go-live + 6 months",
            ],
        ),
    ]
    top, lead = 770.0, 52.0
    for k in range(11):
        if k % 2 == 1:
            d.rect(LEFT - 10, top - 22 - k * lead - 14, RIGHT - LEFT + 20, lead, PALE)
    d.hline(LEFT - 10, RIGHT + 10, top - 24, BLUE, 2)
    for head, x, width, lines in cols:
        d.box(x, top, [head], 26, BOLD, BLUE, limit=width)
        d.box(x, top - lead, lines, 24, SANS, INK, leading=lead, limit=width)
    d.box(
        LEFT,
        130,
        [
            "Baselines are April 2028 to February 2029 unless stated. Targets hold at both hospitals."
        ],
        22,
        SANS,
        GREY,
    )
    d.finish()


def s12_pilot(d: Deck) -> None:
    d.start("PILOT", "Prove it on one set of lists", "One specialty, one hospital, one team")
    d.box(
        LEFT,
        790,
        ["The new six-four-two scheduling starts on Stennington Hospital's orthopaedic lists:"],
        32,
        BOLD,
        DARK,
    )
    d.box(
        LEFT,
        740,
        ["22 elective lists a week in four theatres: hips, knees, feet and ankles, and hands."],
        28,
        SANS,
        INK,
    )
    d.box(LEFT, 660, ["Why there"], 28, BOLD, BLUE)
    d.bullets(
        LEFT,
        610,
        [
            ["Orthopaedics has the longest waits: 1,180", "of the 2,310 over 52 weeks"],
            ["One specialty and one surgical team, so", "the rules can settle quickly"],
            ["Paper registers today: the most to gain", "when CaseLine replaces them"],
        ],
        26,
        gap=18,
        limit=760,
    )
    sx = LEFT + 860
    d.box(sx, 660, ["Steps"], 28, BOLD, BLUE)
    d.box(
        sx,
        610,
        [
            "M1  Key eight weeks of the paper register into",
            "      CaseLine to give a baseline",
            "M2  First weekly six-four-two meeting, Tuesdays 10:00",
            "M3  One-stop pre-op for every orthopaedic listing",
            "M4 2029/30  CaseLine live in all four theatres;",
            "      the paper register stops",
            "M6  Gate 1 review; if passed, spread to Aldercombe's",
            "      general surgery and urology lists in Build",
        ],
        26,
        SANS,
        INK,
        leading=40,
        limit=RIGHT - sx,
    )
    d.rect(LEFT, 170, RIGHT - LEFT, 110, PALE)
    d.box(
        LEFT + 30,
        235,
        [
            "Pass marks at Gate 1: 90% of lists locked two weeks out; on-the-day cancellations",
            "under 1%; 85% of lists starting within 15 minutes.",
        ],
        24,
        SANS,
        INK,
        leading=34,
        limit=RIGHT - LEFT - 60,
    )
    d.finish()


def s13_roadmap(d: Deck) -> None:
    d.start(
        "ROADMAP",
        "27 months, three phases",
        "Financial quarters, Q1 29/30 to Q1 31/32; gates in the row at the foot",
    )
    quarters = [f"Q{q} {y}" for y in ("29/30", "30/31") for q in range(1, 5)] + ["Q1 31/32"]
    first, qw = 300.0, 128.0
    x0 = LEFT
    xq = [x0 + first + k * qw for k in range(len(quarters) + 1)]
    right = xq[-1]
    top = 800.0
    rh = 58.0

    def row_y(r: int) -> float:
        return top - r * rh

    # years, then quarters (the header rows)
    d.rect(x0, row_y(2), right - x0, 2 * rh, PALE)
    for label, a, b in (("2029/30", 0, 4), ("2030/31", 4, 8), ("2031/32", 8, 9)):
        mid = (xq[a] + xq[b]) / 2
        d.loose(mid, row_y(1) + 20, label, 22, BOLD, DARK)
    d.box(x0 + 12, row_y(2) + 20, ["Workstream"], 20, BOLD, DARK, limit=first - 24)
    for k, q in enumerate(quarters):
        d.loose((xq[k] + xq[k + 1]) / 2, row_y(2) + 20, q, 18, SANS, DARK)
    # the phase row: three merged cells
    spans = [
        ("Stabilise (M1-M6 29/30)", 0, 2),
        ("Build (M7 29/30 - M6 30/31)", 2, 6),
        ("Sustain (M7 30/31 - M3 31/32)", 6, 9),
    ]
    d.box(x0 + 12, row_y(3) + 20, ["Phase"], 20, BOLD, DARK, limit=first - 24)
    for k, (label, a, b) in enumerate(spans):
        d.rect(xq[a] + 3, row_y(3) + 4, xq[b] - xq[a] - 6, rh - 8, PHASE[k])
        d.loose((xq[a] + xq[b]) / 2, row_y(3) + 21, label, 16, BOLD, WHITE)
    # the workstreams: a cell marked with a word, "■" or nothing
    rows = [
        (
            "1 Scheduling",
            ["Stennington", "Stennington", "Aldercombe", "all lists", "■", "■", "■", "■", "■"],
        ),
        ("2 Pre-op", ["design", "one-stop", "questionnaire", "■", "■", "■", "■", "■", "■"]),
        (
            "3 Day case, hub",
            ["build", "build", "build", "go-live M10", "■", "GIRFT visit", "■", "■", "■"],
        ),
        ("4 People", ["recruit", "ODP intake", "RotaWise", "■", "■", "ODP intake", "■", "■", ""]),
        ("5 Data", ["baseline", "CaseLine", "interface", "dashboard", "■", "■", "■", "■", "■"]),
    ]
    for r, (name, cells) in enumerate(rows, start=4):
        d.box(x0 + 12, row_y(r) + 20, [name], 20, BOLD, INK, limit=first - 24)
        for k, cell in enumerate(cells):
            if cell:
                size = 16 if cell != "■" else 18
                d.loose((xq[k] + xq[k + 1]) / 2, row_y(r) + 21, cell, size, SANS, INK)
    gates_row = 4 + len(rows)
    d.box(x0 + 12, row_y(gates_row) + 20, ["Gates"], 20, BOLD, DARK, limit=first - 24)
    gates = [
        ("Gate 1 · M6 29/30", 0, 2),
        ("Gate 2 · closes Build when its criteria are met", 2, 6),
        ("Gate 3 · M3 31/32", 6, 9),
    ]
    for label, a, b in gates:
        d.loose((xq[a] + xq[b]) / 2, row_y(gates_row) + 20, label, 16, BOLD, RED)
    # the ruling of the native table: merged cells have no rule inside them
    for r in range(0, gates_row + 1):
        d.hline(x0, right, row_y(r), RULE, 1.2)
    bounds = {
        1: [0, 4, 8, 9],  # the years
        3: [0, 2, 6, 9],  # the phases
        gates_row: [0, 2, 6, 9],
    }
    for r in range(1, gates_row + 1):
        for k in bounds.get(r, range(len(xq))):
            d.vline(xq[k], row_y(r), row_y(r - 1), RULE, 1.2)
        d.vline(x0, row_y(r), row_y(r - 1), RULE, 1.2)
    # outside the horizon
    bx = right + 24
    d.rect(bx, row_y(gates_row), RIGHT - bx, row_y(0) - row_y(gates_row), None, GREY, 2)
    d.box(
        bx + 16,
        row_y(0) - 40,
        ["2031/32 onwards", "after this plan:"],
        20,
        BOLD,
        GREY,
        leading=28,
        limit=RIGHT - bx - 30,
    )
    d.box(
        bx + 16,
        row_y(0) - 130,
        [
            "a fifth hub",
            "theatre",
            "",
            "robot-assisted",
            "joint surgery at",
            "Stennington",
            "",
            "weekend",
            "day-case lists",
        ],
        18,
        SANS,
        GREY,
        leading=26,
        limit=RIGHT - bx - 30,
    )
    d.box(
        LEFT,
        150,
        ["Phases follow one another without overlap. Gate criteria: page 14."],
        22,
        SANS,
        GREY,
    )
    d.finish()


def s14_gates(d: Deck) -> None:
    d.start("GATES", "What each phase must prove", "No phase starts until its gate is passed")
    cw, gap = 540.0, 40.0
    cols = [
        (
            "Gate 1 · end of M6 29/30",
            "Stabilise is done when:",
            [
                [
                    "six-four-two runs on every",
                    "Stennington orthopaedic list,",
                    "eight weeks running",
                ],
                ["CaseLine is live in all four", "Stennington theatres"],
                ["team brief at 08:00 in every", "theatre at both hospitals"],
                ["each specialty keeps a named", "standby list of pre-assessed", "patients"],
            ],
        ),
        (
            "Gate 2 · Build complete",
            "Passed when, at the end of M6 30/31:",
            [
                ["six-four-two runs on every", "elective list at both hospitals"],
                [
                    "the Orchard hub has been open",
                    "six months without losing a",
                    "bed to emergency care",
                ],
                ["capped utilisation has been", "80% or more for three months", "running"],
                ["the Halcyon-to-CaseLine", "interface is live"],
            ],
        ),
        (
            "Gate 3 · M3 31/32",
            "Sustain closes when:",
            [
                [
                    "every KPI target is met, or a",
                    "recovery plan is agreed by the",
                    "Elective Recovery Board",
                ],
                ["the work is handed over to the", "divisions as business as usual"],
                ["a lessons-learned report has", "gone to the Trust Board"],
            ],
        ),
    ]
    for k, (gate, lead, items) in enumerate(cols):
        x = LEFT + k * (cw + gap)
        d.rect(x, 180, cw, 640, PALE)
        d.rect(x, 812, cw, 8, PHASE[k])
        d.box(x + 28, 760, [gate], 28, BOLD, DARK, limit=cw - 56)
        d.box(x + 28, 710, [lead], 22, BOLD, BLUE, limit=cw - 56)
        d.bullets(x + 28, 655, items, 22, gap=14, limit=cw - 56)
    d.finish()


def s15_risks(d: Deck) -> None:
    d.start("RISKS", "What could stop us", "The five risks the Elective Recovery Board will watch")
    heads = [
        ("Risk", LEFT, 520.0),
        ("Rating", LEFT + 560, 150.0),
        ("Mitigation", LEFT + 740, 960.0),
    ]
    rows = [
        (
            ["Emergency pressure takes", "the hub's beds"],
            "High",
            [
                "Ring-fence the hub in the bed policy; only the Chief Operating",
                "Officer can open hub beds to emergency patients",
            ],
        ),
        (
            ["We cannot fill theatre posts"],
            "High",
            [
                "Recruit 20 practitioners from abroad with a 12-week",
                "supported induction",
            ],
        ),
        (
            ["Surgeons do not book to", "median times"],
            "Medium",
            [
                "Share each surgeon's own CaseLine times monthly; list",
                "templates signed off by the clinical director",
            ],
        ),
        (
            ["No reliable baseline at", "Stennington"],
            "Medium",
            ["Double-run paper and CaseLine for four weeks before", "the paper register stops"],
        ),
        (
            ["Staff side objects to the", "longer day at Stennington"],
            "Medium",
            [
                "Consult the Joint Partnership Forum from M1 29/30; no change",
                "to shift patterns until the consultation closes",
            ],
        ),
    ]
    top, rh = 780.0, 108.0
    for head, x, width in heads:
        d.box(x, top, [head], 26, BOLD, BLUE, limit=width)
    d.hline(LEFT - 10, RIGHT + 10, top - 24, BLUE, 2)
    for r, (risk, rating, mitigation) in enumerate(rows):
        y = top - 70 - r * rh
        d.box(heads[0][1], y, risk, 24, SANS, INK, leading=34, limit=heads[0][2])
        d.box(heads[1][1], y, [rating], 24, BOLD, RED if rating == "High" else INK, limit=150)
        d.box(heads[2][1], y, mitigation, 24, SANS, INK, leading=34, limit=heads[2][2])
        d.hline(LEFT - 10, RIGHT + 10, y - 58, RULE, 1)
    d.finish()


def s16_first_90(d: Deck) -> None:
    d.start(
        "FIRST 90 DAYS",
        "Clearing the runway: M1 to M3 2029/30",
        "Eight things done by the end of June 2029, each with one owner",
    )
    d.box(
        LEFT,
        770,
        [
            "1.  Appoint the programme manager and open the risk log (Chief Operating Officer)",
            "2.  Start the weekly six-four-two meeting at Stennington (Theatre Scheduling Lead)",
            "3.  Install CaseLine in Stennington's four theatres (Head of Digital)",
            "4.  Open formal consultation on the longer day at Stennington (Director of People)",
            "5.  Write the hub ring-fence into the bed policy (DDO Surgery)",
            "6.  Validate all 2,310 patients waiting over 52 weeks (Head of Patient Access)",
            "7.  Advertise 18 theatre practitioner posts (Head of Theatres)",
            "8.  Agree 12 cancellation reason codes at the Theatre Users' Group (CD Anaesthesia)",
        ],
        28,
        SANS,
        INK,
        leading=66,
    )
    d.finish()


def s17_monday(d: Deck) -> None:
    d.start(
        "FOR EVERY THEATRE TEAM",
        "What changes on Monday 9 April 2029",
        "Six habits, both hospitals, from the first week of M1",
    )
    d.bullets(
        LEFT,
        760,
        [
            ["Team brief at 08:00 in every theatre"],
            ["The first patient is sent for by 08:15"],
            ["Lists for the week after next lock at noon on Friday"],
            ["No patient is cancelled on the day without the duty theatre manager's agreement"],
            ["Coordinators enter into-theatre and out-of-theatre times in CaseLine as they happen"],
            ["Gaps on tomorrow's lists go to the 13:00 huddle, not to the next morning"],
        ],
        30,
        gap=34,
    )
    d.finish()


def s18_governance(d: Deck) -> None:
    d.start(
        "GOVERNANCE", "Who decides", "One senior responsible owner, one board, one users' group"
    )
    d.bullets(
        LEFT,
        770,
        [
            ["Senior responsible owner: Dr Imogen Raikes, Chief Operating Officer"],
            [
                "Elective Recovery Board, chaired by the Chief Operating Officer, monthly:",
                "owns the plan, the risk log and Gates 1 and 3",
            ],
            [
                "Theatre Users' Group, chaired by the Clinical Director of Anaesthesia and",
                "Theatres, monthly: list rules, start times, reason codes",
            ],
            [
                "Finance and Performance Committee: a quarterly report; the Trust Board decides Gate 2"
            ],
            [
                "We consult the Joint Partnership Forum (staff side) and the Elective Care",
                "Patient Panel before changes that affect them",
            ],
            ["Programme office: the Theatres First Programme Manager, a weekly highlight report"],
        ],
        28,
        gap=24,
    )
    d.finish()


def s19_investment(d: Deck) -> None:
    d.start(
        "INVESTMENT", "What it costs and what it returns", "£9.6m over the 27 months of the plan"
    )
    d.box(LEFT, 770, ["Cost"], 30, BOLD, BLUE)
    d.bullets(
        LEFT,
        710,
        [
            ["£6.2m capital: two new theatres and Ward 14's", "refit for the Orchard Surgical Hub"],
            [
                "£3.4m revenue: theatre posts until agency savings",
                "fund them, CaseLine at Stennington,",
                "the Halcyon interface",
            ],
            ["By year: 2029/30 £6.9m · 2030/31 £2.4m ·", "Q1 2031/32 £0.3m"],
        ],
        26,
        gap=20,
        limit=820,
    )
    rx = LEFT + 900
    d.box(rx, 770, ["Return"], 30, BOLD, GREEN)
    d.bullets(
        rx,
        710,
        [
            ["About 4,300 more operations a year once", "the hub and both hospitals run to plan"],
            ["Agency spend down by about £1.6m a year", "from 2030/31"],
            ["Elective recovery income the ICB pays", "for activity above plan"],
        ],
        26,
        gap=20,
        limit=RIGHT - rx,
    )
    d.finish()


def s20_asks(d: Deck) -> None:
    d.start("DECISIONS", "What we ask of the Board today")
    d.box(
        LEFT,
        800,
        [
            "1.  Approve Theatres First, April 2029 to June 2031",
            "2.  Approve £6.2m from the 2029/30 capital programme for the Orchard Surgical Hub",
            "3.  Release £1.1m of revenue for Stabilise (M1-M6 29/30)",
            "4.  Delegate Gates 1 and 3 to the Elective Recovery Board; keep Gate 2 for the Board",
            "5.  Note the consultation with staff side on the longer day at Stennington",
        ],
        30,
        SANS,
        INK,
        leading=72,
    )
    d.rect(LEFT, 200, RIGHT - LEFT, 110, PALE)
    d.box(
        LEFT + 30,
        240,
        [
            "Next report to the Board: Gate 1, October 2029. The plan closes at the end of Q1 2031/32."
        ],
        26,
        BOLD,
        DARK,
        limit=RIGHT - LEFT - 60,
    )
    d.finish()


SLIDES = [
    s01_cover,
    s02_why_now,
    s03_waterfall,
    s04_ambition,
    s05_plan_on_a_page,
    s06_pillar1,
    s07_pillar2,
    s08_pillar3,
    s09_pillar4,
    s10_pillar5,
    s11_measures,
    s12_pilot,
    s13_roadmap,
    s14_gates,
    s15_risks,
    s16_first_90,
    s17_monday,
    s18_governance,
    s19_investment,
    s20_asks,
]


def build_deck(path: Path) -> None:
    _fonts()
    OVERFLOW.clear()
    d = Deck(path)
    for slide in SLIDES:
        slide(d)
    if OVERFLOW or d.page != PAGES:
        raise SystemExit("deck not saved:\n" + "\n".join(OVERFLOW or [f"{d.page} pages"]))
    d.save()


# =========================================================================== the org folder

POSTS_HEAD = ["Post title", "Division", "Reports to", "Band"]
REMITS_HEAD = ["Post title", "Remit"]
TACC = "Theatres, Anaesthesia and Critical Care"
CONSULTED = "Consulted only"

# (post title, division, reports to, band, remit)
POSTS: list[tuple[str, str, str, str, str]] = [
    (
        "Chief Executive",
        "Corporate",
        "Trust Board",
        "VSM",
        "Accountable officer for the trust. Presents the Trust Board's papers and holds the "
        "Chief Operating Officer to account for elective performance.",
    ),
    (
        "Chief Operating Officer",
        "Corporate",
        "Chief Executive",
        "VSM",
        "Operational performance across both hospitals, including the RTT and cancer standards. "
        "Senior responsible owner for Theatres First; chairs the Elective Recovery Board. The "
        "only post that can open ring-fenced elective beds to emergency patients.",
    ),
    (
        "Medical Director",
        "Corporate",
        "Chief Executive",
        "VSM",
        "Medical workforce, consultant job planning policy and clinical governance. Line manages "
        "the clinical directors. Responsible officer for revalidation.",
    ),
    (
        "Director of Finance",
        "Corporate",
        "Chief Executive",
        "VSM",
        "Financial plan, capital programme, business cases and elective recovery income. "
        "Releases programme budgets the Board has approved. Executive lead for Digital Services "
        "and for Performance and Information.",
    ),
    (
        "Director of People",
        "Corporate",
        "Chief Executive",
        "VSM",
        "Recruitment, international recruitment, retention and workforce policy. Holds the "
        "partnership agreement with staff side and leads formal consultation with the Joint "
        "Partnership Forum.",
    ),
    (
        "Divisional Director of Operations, Surgery",
        "Surgery",
        "Chief Operating Officer",
        "8d",
        "Operational delivery of planned care in the surgical specialties: the RTT waiting list "
        "and long waits, session allocation through the master theatre timetable, the surgical "
        "bed base and the elective bed ring-fence in the trust bed policy.",
    ),
    (
        "Clinical Director of Surgery",
        "Surgery",
        "Medical Director",
        "Consultant",
        "Clinical leadership of the surgical specialties: surgeons' job plans and list "
        "templates, clinical prioritisation and clinical review of long waiters, day-case "
        "pathways and the BADS day-case rate.",
    ),
    (
        "Clinical Director of Anaesthesia and Theatres",
        TACC,
        "Medical Director",
        "Consultant",
        "Clinical leadership of anaesthesia and theatres: anaesthetic rotas, theatre clinical "
        "governance, the WHO checklist and local safety standards. Chairs the Theatre Users' "
        "Group.",
    ),
    (
        "Head of Theatres",
        TACC,
        "Chief Operating Officer",
        "8c",
        "Runs theatres, recovery and the day units at both hospitals day to day: theatre "
        "nursing and ODP staffing, rosters, recruitment to theatre posts, start times and the "
        "team brief, turnaround between patients and cancellations on the day. Line manages the "
        "duty theatre managers. Owns capped theatre utilisation.",
    ),
    (
        "Theatre Scheduling Manager",
        TACC,
        "Head of Theatres",
        "7",
        "Leads the theatre scheduling team: books patients to lists, runs the six-four-two "
        "meetings, keeps the standby list and fills gaps on lists.",
    ),
    (
        "Pre-operative Assessment Lead Nurse",
        TACC,
        "Head of Theatres",
        "8a",
        "Runs the pre-operative assessment service at both hospitals: nurse-led and telephone "
        "clinics, the pre-operative health questionnaire in every form, paper or digital, the "
        "triage of its answers and the booking of patients into assessment.",
    ),
    (
        "Pre-operative Assessment Clinical Lead",
        TACC,
        "Clinical Director of Anaesthesia and Theatres",
        "Consultant",
        "Consultant anaesthetist. Sets the fitness criteria used in pre-operative assessment, "
        "runs the high-risk anaesthetic clinic and owns the anaemia and diabetes optimisation "
        "pathways.",
    ),
    (
        "Theatre Practice Educator",
        TACC,
        "Head of Theatres",
        "7",
        "Competency training for theatre staff: scrub, anaesthetic and recovery competencies, "
        "preceptorship of new registrants, the induction of internationally recruited "
        "practitioners and the theatre simulation programme.",
    ),
    (
        "Head of Patient Access",
        "Surgery",
        "Divisional Director of Operations, Surgery",
        "8b",
        "Waiting list management for planned care: RTT rules, administrative validation of the "
        "waiting list, the admissions team who give patients their dates, and patient letters "
        "about waiting and booking.",
    ),
    (
        "Health Records Manager",
        "Corporate Operations",
        "Chief Operating Officer",
        "8a",
        "Paper casenotes at both hospitals, their tracking and retention, and the scanning bureau.",
    ),
    (
        "Head of Performance and Information",
        "Finance",
        "Director of Finance",
        "8c",
        "The Information team: the Atlas data warehouse, Compass dashboards, national returns "
        "and the definitions of the trust's performance measures.",
    ),
    (
        "Head of Digital Services",
        "Finance",
        "Director of Finance",
        "8c",
        "Builds, configures and supports the trust's systems (Halcyon, CaseLine, MyWyvern, "
        "RotaWise) and their interfaces, and rolls them out to new wards, units and sites. The "
        "data that services enter, and the forms and processes that use the systems, belong to "
        "those services.",
    ),
    (
        "Clinical Education Manager",
        "People",
        "Director of People",
        "8a",
        "Trust-wide education: apprenticeships and the apprenticeship levy, mandatory training "
        "and placement agreements with universities.",
    ),
    (
        "Surgical Hub Programme Manager",
        "Surgery",
        "Divisional Director of Operations, Surgery",
        "8b",
        "Delivers the Orchard Surgical Hub: the building works with Estates, commissioning of "
        "the hub theatres and ward, the opening plan and the GIRFT surgical hub accreditation.",
    ),
    (
        "Theatres First Programme Manager",
        "Programme Management Office",
        "Chief Operating Officer",
        "8b",
        "Runs the Theatres First programme office: the plan, the risk log, highlight reports, "
        "gate papers for the Elective Recovery Board and the benefits tracker.",
    ),
    (
        "Staff Side Chair, Joint Partnership Forum",
        CONSULTED,
        "-",
        "n/a",
        "Elected by the recognised trade unions. Consulted through the Joint Partnership Forum "
        "on changes to staff terms, shift patterns and rotas; programme work is owned by trust "
        "managers.",
    ),
    (
        "Chair, Elective Care Patient Panel",
        CONSULTED,
        "-",
        "n/a",
        "A volunteer who chairs the Elective Care Patient Panel, which is consulted on patient "
        "letters, leaflets and questionnaires; programme work is owned by trust managers.",
    ),
]


def establishment_xlsx() -> bytes:
    wb = Workbook()
    posts = wb.active
    posts.title = "Posts"
    posts.append(POSTS_HEAD)
    for title, division, reports, band, _ in POSTS:
        posts.append([title, division, reports, band])
    remits = wb.create_sheet("Remits")
    remits.append(REMITS_HEAD)
    for title, *_, remit in POSTS:
        remits.append([title, remit])
    for ws in (posts, remits):
        for cell in ws[1]:
            cell.font = Font(bold=True)
        ws.freeze_panes = "A2"
    for col, width in zip("ABCD", (46, 40, 46, 12), strict=True):
        posts.column_dimensions[col].width = width
    remits.column_dimensions["A"].width = 46
    remits.column_dimensions["B"].width = 110
    for row in remits.iter_rows(min_row=2, min_col=2, max_col=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    return ooxml_bytes(
        wb,
        STAMP,
        creator="Workforce Information, Wyvern Vale Hospitals NHS Trust",
        lastModifiedBy="Workforce Information",
        title="Theatres First establishment, March 2029",
        created=datetime(2029, 3, 12, 9, 0, 0),
        modified=datetime(2029, 3, 19, 9, 30, 0),
    )


def partnership_docx() -> bytes:
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(11)
    doc.add_heading("Partnership Agreement with Staff Side: extract", level=1)
    doc.add_paragraph(
        "Wyvern Vale Hospitals NHS Trust and the recognised trade unions. Agreed at the Joint "
        "Partnership Forum on 14 June 2027; reviewed each June. Sections 4 and 7 only."
    )
    doc.add_heading("4. Consultation on change", level=2)
    doc.add_paragraph(
        "4.1 The Joint Partnership Forum must be consulted before any change to shift patterns, "
        "rotas or the length of the working day, and the consultation runs for at least 30 "
        "days."
    )
    doc.add_paragraph(
        "4.2 The Director of People leads formal consultation for the trust. The manager "
        "proposing the change presents it and answers the Forum's questions in writing."
    )
    doc.add_paragraph(
        "4.3 Staff affected by a change are told in writing when the consultation closes and "
        "what was decided."
    )
    doc.add_heading("7. Roles", level=2)
    doc.add_paragraph(
        "7.1 The Staff Side Chair is elected by the recognised trade unions for two years and "
        "co-chairs the Forum with the Director of People."
    )
    doc.add_paragraph(
        "7.2 Staff side representatives are consulted and give their views; decisions and the "
        "delivery of change stay with trust managers."
    )
    table = doc.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "Forum"
    table.rows[0].cells[1].text = "Meets"
    for forum, meets in (
        ("Joint Partnership Forum", "Monthly, second Wednesday"),
        ("Theatres local partnership meeting", "Every six weeks, at Aldercombe"),
    ):
        row = table.add_row().cells
        row[0].text = forum
        row[1].text = meets
    return ooxml_bytes(
        doc,
        STAMP,
        author="People Directorate",
        title="Partnership Agreement extract",
        created=datetime(2027, 6, 20, 10, 0, 0),
        modified=datetime(2029, 3, 5, 16, 0, 0),
    )


TUG_TOR = """
# Theatre Users' Group: terms of reference

Wyvern Vale Hospitals NHS Trust · approved by the Elective Recovery Board, February 2029

## Purpose

The Theatre Users' Group (TUG) agrees how the theatres at Aldercombe Royal Infirmary and
Stennington Hospital are planned and run. It sets the rules every specialty books and works to.

## Chair and members

- Chair: Clinical Director of Anaesthesia and Theatres
- Deputy chair: Head of Theatres
- Clinical leads of each surgical specialty, or a consultant they name
- Theatre Scheduling Manager
- Pre-operative Assessment Lead Nurse
- Divisional Director of Operations, Surgery
- A duty theatre manager from each hospital

The group is quorate with a surgeon, an anaesthetist and a theatre manager present.

## What the group decides

- List-planning rules, including the six-four-two process and when a list is locked.
- Session start and finish times, and the time of the team brief.
- The list of reasons recorded when an operation is cancelled on the day.
- Changes to the master theatre timetable, which take effect only at the quarterly review, in
  M1, M4, M7 and M10 of each financial year.

## What it does not decide

Money, posts and the bed policy go to the Elective Recovery Board. Rotas and shift patterns are
agreed through the Director of People with staff side.

## Meetings

Monthly, on the first Thursday, alternating between the two hospitals. The Theatre Scheduling
Manager brings each month's list-by-list figures from CaseLine and the paper register.
"""

ERB_TOR = """
# Elective Recovery Board: terms of reference

Wyvern Vale Hospitals NHS Trust · for the Theatres First programme, April 2029 to June 2031

## Role

The Elective Recovery Board directs Theatres First and the trust's wider planned care
recovery. It reports to the Finance and Performance Committee every quarter.

## Chair

The Chief Operating Officer chairs the Board and is the senior responsible owner for Theatres
First. In her absence the Divisional Director of Operations, Surgery chairs.

## Members

Medical Director; Director of Finance; Director of People; Divisional Director of Operations,
Surgery; Clinical Director of Surgery; Clinical Director of Anaesthesia and Theatres; Head of
Theatres; Head of Patient Access; Head of Performance and Information; Surgical Hub Programme
Manager. The Theatres First Programme Manager is its secretary.

## Decisions

1. Gates 1 and 3 of Theatres First, and any change to a phase's scope.
2. Recommending Gate 2 to the Trust Board; the Chief Executive presents the recommendation.
3. Releasing budget within the amounts the Trust Board has approved.
4. The risk log and the benefits tracker, each month.

## Meetings

Monthly, on the third Tuesday, at Aldercombe Royal Infirmary. Papers five working days before.
"""

PANEL_TERMS = """
# Elective Care Patient Panel: how we work with the trust

The Elective Care Patient Panel is twelve volunteers who have had, or are waiting for, planned
surgery at Aldercombe or Stennington. The panel is chaired by a volunteer and supported by the
Head of Patient Access's team.

## What we are asked about

- Letters that tell patients about their wait, their date or a cancellation.
- Leaflets about day surgery and going home on the day.
- Questionnaires patients are asked to fill in before an operation.

The panel must review any new patient letter or questionnaire before it is sent to patients,
and needs three weeks to do so.

## How we work

We meet every other month and review papers by email in between. We give our views; the trust's
managers decide and do the work.
"""

SYSTEMS = """
# Systems and data inventory: theatres and planned care

Wyvern Vale Hospitals NHS Trust · Digital Services and Performance and Information · March 2029

## Halcyon (electronic patient record)

Halcyon holds the patient administration system, the RTT waiting list, orders, results and
clinical notes at both hospitals. Patients are listed for surgery in Halcyon. Halcyon has no
interface to CaseLine, so the scheduling team keys every listed patient into both systems.

## CaseLine (theatre management system)

CaseLine holds theatre sessions, lists, cases and the time-stamps of each case (into the
anaesthetic room, into theatre, knife to skin, out of theatre, into recovery). CaseLine runs
only at Aldercombe: Stennington's four theatres and its day unit record every list in a paper
theatre register. CaseLine's audit log, which shows who changed a time-stamp and when, is not
retained beyond 90 days.

The data entered in CaseLine belongs to the service that enters it: for theatres, the Theatre
Scheduling Manager answers for the completeness and accuracy of every time-stamp and case
record, whoever keys it.

## Atlas (data warehouse) and Compass (dashboards)

Atlas is the trust's data warehouse. It loads Halcyon and CaseLine every night and feeds the
national returns. Compass is the trust's reporting tool: dashboards built by the Information
team on Atlas, open to any member of staff with a trust login. Both are run by the Head of
Performance and Information.

## MyWyvern (patient portal)

MyWyvern sends appointment letters and reminders to patients who have signed up (41% of adult
patients in February 2029) and can send forms for patients to fill in.

## RotaWise (e-rostering)

RotaWise rosters ward nursing staff and the medical workforce. See the workforce note for
theatres.

## Paper records and scanning

Pre-operative assessment records are kept on paper in the patient's casenotes and are not
scanned into Halcyon. The Health Records Manager runs the scanning bureau, which scans paper
records into Halcyon on request.
"""

METRICS = """
# Theatre and planned care measures: definitions

Owned by the Head of Performance and Information; each measure has one named owner who answers
for it at the Elective Recovery Board. Baselines are April 2028 to February 2029.

| Measure | Definition | Source | Owner | Baseline |
|---|---|---|---|---|
| Capped theatre utilisation | Minutes with a patient in theatre within a planned elective session, divided by the session's planned minutes; time outside the session is not counted | CaseLine | Head of Theatres | 71% |
| Lists starting on time | Share of elective lists whose first patient is in the anaesthetic room within 15 minutes of the session start | CaseLine | Head of Theatres | 66% |
| On-the-day cancellations | Elective operations cancelled on the day for non-clinical reasons, as a share of operations booked | Halcyon | Head of Theatres | 1.9% |
| Day-case rate | Share of BADS procedures done as day cases | Halcyon and CaseLine | Clinical Director of Surgery | 74% |
| Patients waiting over 52 weeks | Incomplete RTT pathways over 52 weeks, surgical specialties | Halcyon (RTT return) | Divisional Director of Operations, Surgery | 2,310 |
| Patients waiting under 18 weeks | Share of incomplete RTT pathways under 18 weeks, surgical specialties | Halcyon (RTT return) | Divisional Director of Operations, Surgery | 58% |
| Pre-assessed within 14 days | Share of patients listed for surgery whose pre-operative assessment is complete within 14 days of listing | Pre-operative assessment clinic lists in Halcyon | Pre-operative Assessment Lead Nurse | 31% |
| Theatre practitioner vacancies | Vacant registered theatre practitioner posts as a share of the funded establishment | ESR | Head of Theatres | 14% |
| Theatre staff who would recommend | Theatre staff answering yes to recommending the trust as a place to work | NHS Staff Survey | Director of People | 49% (2028) |
| Hub accreditation | GIRFT surgical hub accreditation of the Orchard Surgical Hub | GIRFT | Surgical Hub Programme Manager | hub not open |

The BADS day-case rate only covers Aldercombe, because Stennington's day unit logs its
procedures in a paper book that Atlas cannot read.

Each measure is shown in Compass, refreshed from Atlas each night or when its source changes.
"""

SITES = """
SITES AND THEATRES
Wyvern Vale Hospitals NHS Trust, March 2029

ALDERCOMBE ROYAL INFIRMARY
The main acute hospital: emergency department, trauma, critical care (16 beds) and the
maternity unit. Main theatres: 10, of which 8 run elective lists and 2 are kept for emergency
(CEPOD) surgery. Day surgery unit: 3 theatres. The obstetric theatre is run by maternity and is
outside the theatre directorate.
The Orchard Surgical Hub will take Ward 14 (20 beds, now the frailty unit) and four theatres:
two new ones built beside the day surgery unit and two of its three existing day theatres.

STENNINGTON HOSPITAL
Twelve miles north of Aldercombe. Main theatres: 4, used mostly for orthopaedics (hips,
knees, feet and ankles, hands), with some general surgery and urology. Day unit: 2 theatres,
open 07:30 to 18:00 on weekdays.
Stennington has no critical care unit and no anaesthetist on site overnight, so patients graded
ASA 3 or above cannot be operated on there.

SESSIONS
A session is four hours: 08:00 to 12:00 or 13:00 to 17:00 (all-day lists 08:00 to 17:00). In
2028/29 the trust ran about 1,140 elective lists a month across both hospitals.
"""

WORKFORCE = """
# Theatres workforce and training note

For the Elective Recovery Board, March 2029. Prepared by the Head of Theatres with the People
directorate.

## Establishment

Theatres and recovery at both hospitals have 262 funded whole-time-equivalent registered
practitioner posts (scrub, anaesthetic and recovery; nurses and ODPs). On 31 January 2029, 37
of them (14%) were vacant. Agency staff cost £3.1m in 2028/29.

Theatre rosters rely on a spreadsheet kept by each hospital's theatre coordinator; RotaWise, the
trust's e-rostering system, is not yet used in theatres.

## Training

The Theatre Practice Educator, in post since 2027, runs competency training for scrub,
anaesthetic and recovery practice at both hospitals, the preceptorship of newly registered
staff and the supported induction of practitioners recruited from abroad. Theatre staff sign
off each competency with her.

The Clinical Education Manager runs the trust's apprenticeships. The ODP degree apprenticeship
is run with the University of Lowmoor: the trust can place up to 8 apprentices in each
September intake, paid from the apprenticeship levy.

## Recruitment

The People directorate recruits from abroad through a framework agency; the Director of People
holds that contract. The Head of Theatres shortlists and interviews for every theatre post.

## Staff survey

In the 2028 NHS Staff Survey, 49% of theatre staff would recommend the trust as a place to
work, against 58% across the trust.
"""


def org_files() -> dict[str, str | bytes]:
    return {
        "org/people/establishment.xlsx": establishment_xlsx(),
        "org/governance/theatre-users-group-terms-of-reference.md": TUG_TOR,
        "org/governance/elective-recovery-board-terms-of-reference.md": ERB_TOR,
        "org/governance/elective-care-patient-panel.md": PANEL_TERMS,
        "org/governance/partnership-agreement-extract.docx": partnership_docx(),
        "org/systems/systems-and-data-inventory.md": SYSTEMS,
        "org/measures/theatre-measures.md": METRICS,
        "org/context/sites-and-theatres.txt": SITES,
        "org/context/theatres-workforce-and-training.md": WORKFORCE,
    }


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
    root = out / CASE
    root.mkdir(parents=True, exist_ok=True)
    build_deck(root / DECK)
    write_files(root, org_files())


if __name__ == "__main__":
    main()
