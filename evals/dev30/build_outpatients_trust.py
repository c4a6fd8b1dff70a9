"""Build the dev30 case ``outpatients-trust``: its deck and its org folder, deterministically.

Run from the repository root with a Python that has reportlab, pypdf and openpyxl. reportlab is
not in the project's lock, so use the separate venv:

    /tmp/rl/bin/python evals/dev30/build_outpatients_trust.py [out-folder]

The deck's fonts are Liberation Sans and Liberation Sans Bold from
``/usr/share/fonts/truetype/liberation/`` (Debian's ``fonts-liberation``, metric-compatible with
Arial), embedded as subsets named the way PowerPoint names Arial's (ArialMT, Arial-BoldMT).

Writes, under ``evals/dev30/outpatients-trust/`` (or ``<out-folder>/outpatients-trust/``), every
file of the case but ``gold.json``:

- ``Time Well Spent - Outpatient Transformation 2027-2030 - Trust Board 14 Sep 2027.pdf``: an
  NHS teaching hospital trust's outpatient transformation programme for its Trust Board, drawn
  the way PowerPoint for Microsoft 365 on Windows exports a 16:9 deck to PDF (pages of 13.333 x
  7.5 in, 960 x 540 pt; PDF 1.7 with the ``%µµµµ`` binary comment; Info with Title, Author,
  Creator and Producer "Microsoft® PowerPoint® for Microsoft 365" and one fixed CreationDate and
  ModDate in British Summer Time; ``/Lang`` en-GB; Arial subsets with six-letter prefixes),
  imitated with reportlab's canvas in invariant mode. Master shapes first (the NHS lozenge),
  then the slide's shapes in z-order, then the footer and the slide number; every line of a text
  box its own text object; bullets drawn as their own glyph before the text; tables drawn cell
  by cell, row by row. The roadmap (page 13) is a Gantt drawn as shapes WITHOUT grid lines:
  a phase row of chevrons holding the phase names across the top, ten two-line column heads
  ("Oct-Dec" over "2027" ... "Jan-Mar" over "2030"), workstream names at the left and each bar a
  filled rectangle with its label inside, gate diamonds, and a "Beyond March 2030" note outside
  the columns. Nothing on that page is stroked.
- ``org/``: the outpatients structure as an XLSX workbook with one sheet and a frozen header row
  (``people/outpatients-structure.xlsx``: Post / Care group / Reports to / Responsible for), the
  Clinical Governance Committee's and the Outpatient Transformation Board's terms of reference
  (Markdown), the Local Negotiating Committee agreement extract (text), the systems and data
  inventory (Markdown), the measures register (Markdown), the sites and specialties notes
  (Markdown), the Patient Partnership Group's terms (text) and an email from the ICB (text).

Re-running it rewrites every file byte for byte: reportlab's invariant mode (fixed document ID)
with a fixed Info dictionary for the PDF, fixed core properties and ZIP times for the XLSX
(through ``evals/dev16/_build.py``), and the text files as literal strings. It never touches
``gold.json``.

The trust, its sites, people and systems are fictional. NHS England, its elective recovery
targets, the CQC, the NHS e-Referral Service, the NHS App, the Friends and Family Test, DCB0129
and DCB0160 are real and named only as context.

This is a DEVELOPMENT case (split "dev30").
"""

from __future__ import annotations

import re
import sys
from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals.dev16._build import Stamp, ooxml_bytes, write_files  # noqa: E402

HERE = Path(__file__).resolve().parent
CASE = "outpatients-trust"
DECK = "Time Well Spent - Outpatient Transformation 2027-2030 - Trust Board 14 Sep 2027.pdf"

LIB = Path("/usr/share/fonts/truetype/liberation")
REG = "ArialMT"
BOLD = "Arial-BoldMT"
FONTS = {REG: LIB / "LiberationSans-Regular.ttf", BOLD: LIB / "LiberationSans-Bold.ttf"}
SUBSET_PREFIX = {REG: b"EKQHWC", BOLD: b"EKQIWC"}
CREATOR = "Microsoft\u00ae PowerPoint\u00ae for Microsoft 365"
PDF_DATE = "D:20270907161842+01'00'"
STAMP = Stamp((2027, 9, 2, 11, 20, 6), "2027-09-02T10:20:06Z")

W, H = 960.0, 540.0  # PowerPoint's 16:9, 13.333 x 7.5 in
LEFT, RIGHT = 48.0, 912.0
PAGES = 20
FOOTER = "Time Well Spent \u00b7 Trust Board \u00b7 Paper TB/27/112"

Color = tuple[float, float, float]
INK: Color = (0.16, 0.2, 0.24)
GREY: Color = (0.26, 0.33, 0.39)  # NHS dark grey
BLUE: Color = (0.0, 0.369, 0.722)  # NHS blue
DARK: Color = (0.0, 0.188, 0.529)  # NHS dark blue
PALE: Color = (0.9, 0.94, 0.98)
MID: Color = (0.255, 0.714, 0.902)  # NHS light blue
AQUA: Color = (0.0, 0.643, 0.6)
AQUA_PALE: Color = (0.87, 0.95, 0.94)
YELLOW: Color = (1.0, 0.722, 0.11)
YELLOW_PALE: Color = (1.0, 0.96, 0.85)
STONE: Color = (0.93, 0.94, 0.95)
WHITE: Color = (1.0, 1.0, 1.0)

OVERFLOW: list[str] = []  # lines wider than their box: the builder refuses to save them


def _fonts() -> None:
    for name, file in FONTS.items():
        if name not in pdfmetrics.getRegisteredFontNames():
            font = TTFont(name, str(file))
            font.face.name = name.encode("ascii")  # the subset carries PowerPoint's font name
            pdfmetrics.registerFont(font)


class _Info(pdfdoc.PDFInfo):
    """The Info dictionary as PowerPoint's PDF export writes it: its keys, its own dates."""

    def format(self, document):  # noqa: A003 (reportlab's name)
        d = {
            "Title": pdfdoc.PDFString("Time Well Spent - Outpatient Transformation 2027-2030"),
            "Author": pdfdoc.PDFString("Joanna Pryce"),
            "Creator": pdfdoc.PDFString(CREATOR),
            "CreationDate": pdfdoc.PDFString(PDF_DATE),
            "ModDate": pdfdoc.PDFString(PDF_DATE),
            "Producer": pdfdoc.PDFString(CREATOR),
        }
        return pdfdoc.PDFDictionary(d).format(document)


def _powerpoint_bytes(path: Path) -> None:
    """reportlab's header, binary comment and trailer comment rewritten at their own length (no
    offset moves): PDF 1.7 and ``%µµµµ`` as PowerPoint writes them, and the font subsets get
    PowerPoint-like prefixes in place of reportlab's ``AAAAAA``."""
    data = path.read_bytes()
    head, rest = data.split(b"\n", 1)
    comment, rest = rest.split(b"\n", 1)
    assert head.startswith(b"%PDF-1.") and len(head) == 8 and b"ReportLab" in comment
    binary = b"%\xb5\xb5\xb5\xb5"
    comment = binary + b" " * (len(comment) - len(binary))
    trailer = b"% ReportLab generated PDF document -- digest (opensource)"
    assert rest.count(trailer) == 1
    rest = rest.replace(trailer, b"%" + b" " * (len(trailer) - 1))
    for name, prefix in SUBSET_PREFIX.items():
        pattern = re.compile(rb"/AAAAAA\+" + re.escape(name.encode()) + rb"(?![-\w])")
        rest, n = pattern.subn(b"/" + prefix + b"+" + name.encode(), rest)
        assert n >= 2, (name, n)
    assert b"ReportLab" not in rest and b"AAAAAA+" not in rest
    path.write_bytes(b"%PDF-1.7\n" + comment + b"\n" + rest)


def wrap(s: str, font: str, size: float, width: float) -> list[str]:
    """Greedy word wrap by the font's own widths (a single long word stays whole)."""
    lines: list[str] = []
    line = ""
    for word in s.split(" "):
        trial = f"{line} {word}" if line else word
        if line and stringWidth(trial, font, size) > width:
            lines.append(line)
            line = word
        else:
            line = trial
    if line:
        lines.append(line)
    return lines


# =========================================================================== the canvas


class Slides:
    """A reportlab canvas with the few ways PowerPoint's PDF export writes text and shapes."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.c = rl_canvas.Canvas(
            str(path),
            pagesize=(W, H),
            invariant=1,
            pageCompression=1,
            initialFontName=REG,
            initialFontSize=12,
        )
        self.c._doc.info = _Info()
        self.c.setCatalogEntry("Lang", pdfdoc.PDFString("en-GB"))
        self.page = 0

    # ---------------------------------------------------------------- text
    def text(
        self,
        x: float,
        y: float,
        s: str,
        size: float = 13,
        font: str = REG,
        color: Color = INK,
        limit: float | None = None,
        align: str = "left",
    ) -> float:
        """One line of a text box as its own text object; returns its width."""
        width = stringWidth(s, font, size)
        if limit is not None and width > limit + 0.01:
            OVERFLOW.append(f"page {self.page}: line too wide ({width:.0f} > {limit:.0f}): {s}")
        if align == "center":
            x -= width / 2
        elif align == "right":
            x -= width
        t = self.c.beginText(x, y)
        t.setFont(font, size)
        t.setFillColorRGB(*color)
        t.textOut(s)
        self.c.drawText(t)
        return width

    def para(
        self,
        x: float,
        y: float,
        s: str,
        width: float,
        size: float = 13,
        font: str = REG,
        color: Color = INK,
        leading: float = 1.25,
    ) -> float:
        """A wrapped paragraph from baseline ``y`` down; returns the baseline after it."""
        for line in wrap(s, font, size, width):
            self.text(x, y, line, size, font, color, limit=width)
            y -= size * leading
        return y

    def bullets(
        self,
        x: float,
        y: float,
        items: Sequence[str],
        width: float,
        size: float = 13,
        color: Color = INK,
        glyph: str = "\u2022",
        gap: float = 5.0,
        indent: float = 16.0,
        glyph_color: Color = BLUE,
    ) -> float:
        """A bulleted list as PowerPoint exports it: the glyph drawn on its own, then each line
        of the item's text as its own text object at the indent."""
        for item in items:
            self.text(x, y, glyph, size, REG, glyph_color)
            for line in wrap(item, REG, size, width - indent):
                self.text(x + indent, y, line, size, REG, color, limit=width - indent)
                y -= size * 1.25
            y -= gap
        return y

    # ---------------------------------------------------------------- shapes
    def rect(self, x: float, y: float, w: float, h: float, fill: Color) -> None:
        self.c.setFillColorRGB(*fill)
        self.c.rect(x, y, w, h, fill=1, stroke=0)

    def chevron(self, x: float, y: float, w: float, h: float, fill: Color, notch: bool) -> None:
        """PowerPoint's chevron (or, first in a row, its pentagon): a filled path, no outline."""
        p = self.c.beginPath()
        tip = h / 2
        p.moveTo(x, y)
        p.lineTo(x + w - tip, y)
        p.lineTo(x + w, y + h / 2)
        p.lineTo(x + w - tip, y + h)
        p.lineTo(x, y + h)
        if notch:
            p.lineTo(x + tip, y + h / 2)
        p.close()
        self.c.setFillColorRGB(*fill)
        self.c.drawPath(p, fill=1, stroke=0)

    def diamond(self, cx: float, cy: float, r: float, fill: Color) -> None:
        p = self.c.beginPath()
        p.moveTo(cx, cy + r)
        p.lineTo(cx + r, cy)
        p.lineTo(cx, cy - r)
        p.lineTo(cx - r, cy)
        p.close()
        self.c.setFillColorRGB(*fill)
        self.c.drawPath(p, fill=1, stroke=0)

    def table(
        self,
        x: float,
        top: float,
        widths: Sequence[float],
        rows: Sequence[Sequence[str]],
        size: float = 11,
        head_fill: Color = DARK,
        band: Color = STONE,
        pad: float = 6.0,
    ) -> float:
        """A native table as PowerPoint exports it: cell by cell, row by row, each cell's fill
        then its lines; the first row is the header. Returns the bottom of the table."""
        y = top
        for r, row in enumerate(rows):
            font = BOLD if r == 0 else REG
            cells = [
                wrap(cell, font, size, w - 2 * pad) for cell, w in zip(row, widths, strict=True)
            ]
            height = max(len(c) for c in cells) * size * 1.2 + 2 * pad - 2
            fill = head_fill if r == 0 else (band if r % 2 == 0 else WHITE)
            cx = x
            for lines, w in zip(cells, widths, strict=True):
                self.rect(cx, y - height, w, height, fill)
                ty = y - pad - size * 0.85
                for line in lines:
                    color = WHITE if r == 0 else INK
                    self.text(cx + pad, ty, line, size, font, color, limit=w - 2 * pad)
                    ty -= size * 1.2
                cx += w
            y -= height
        return y

    # ---------------------------------------------------------------- page furniture
    def start(self, eyebrow: str, title: str, size: float = 24) -> float:
        """A content slide: the master's NHS lozenge, the eyebrow and the title (wrapped);
        returns the baseline under the title."""
        self.page += 1
        self.rect(852, 504, 60, 24, BLUE)
        self.text(882, 510, "NHS", 16, BOLD, WHITE, align="center")
        self.text(LEFT, 500, eyebrow.upper(), 10, BOLD, BLUE)
        y = 472.0
        for line in wrap(title, BOLD, size, 780):
            self.text(LEFT, y, line, size, BOLD, DARK, limit=780)
            y -= size * 1.15
        return y - 10

    def finish(self) -> None:
        """The footer placeholder and the slide number, drawn last as PowerPoint does."""
        if self.page > 1:
            self.rect(LEFT, 34, RIGHT - LEFT, 1.2, STONE)
            self.text(LEFT, 18, FOOTER, 8, REG, GREY)
            self.text(RIGHT, 18, str(self.page), 9, BOLD, GREY, align="right")
        self.c.showPage()

    def save(self) -> None:
        if OVERFLOW:
            raise SystemExit("\n".join(OVERFLOW))
        self.c.save()
        _powerpoint_bytes(self.path)


# =========================================================================== the slides


def s01_cover(d: Slides) -> None:
    d.page += 1
    d.rect(0, 0, W, H, DARK)
    d.rect(0, 0, W, 150, BLUE)
    d.rect(852, 480, 60, 24, WHITE)
    d.text(882, 486, "NHS", 16, BOLD, BLUE, align="center")
    d.text(RIGHT, 462, "Hollinsbury University Hospitals", 12, BOLD, WHITE, align="right")
    d.text(RIGHT, 447, "NHS Foundation Trust", 12, REG, WHITE, align="right")
    d.text(LEFT, 330, "Time Well Spent", 46, BOLD, WHITE)
    d.text(LEFT, 290, "Outpatient Transformation Programme 2027\u20132030", 24, REG, WHITE)
    d.text(
        LEFT,
        250,
        "Trust Board (Part 1, in public) \u00b7 14 September 2027 \u00b7 Paper TB/27/112 "
        "\u00b7 For approval",
        13,
        REG,
        PALE,
    )
    d.text(
        LEFT,
        90,
        "Presented by Joanna Pryce, Chief Operating Officer and Senior Responsible Owner",
        13,
        BOLD,
        WHITE,
    )
    d.text(
        LEFT,
        70,
        "With Samir Haddad, Director of Outpatient Transformation, and Dr Ruth Okonjo, "
        "Clinical Director for Outpatients",
        11,
        REG,
        PALE,
    )
    d.finish()


def _tile(d: Slides, x: float, y: float, w: float, number: str, label: str) -> None:
    d.rect(x, y - 92, w, 100, PALE)
    d.rect(x, y + 4, w, 4, BLUE)
    d.text(x + 12, y - 30, number, 28, BOLD, DARK)
    d.para(x + 12, y - 52, label, w - 24, 11, REG, INK, 1.2)


def s02_why_now(d: Slides) -> None:
    y = d.start("Why now", "Outpatients take more of our patients' time than they need to")
    tiles = [
        ("612,400", "outpatient attendances in 2026/27; seven in ten were follow-ups"),
        ("31,200", "patients past the date their follow-up was due, at 31 March 2027"),
        ("16 days", "the average wait before a GP received our clinic letter"),
        ("1 in 11", "new patients did not attend and did not tell us in advance"),
    ]
    w = (RIGHT - LEFT - 3 * 16) / 4
    for k, (number, label) in enumerate(tiles):
        _tile(d, LEFT + k * (w + 16), y - 6, w, number, label)
    y -= 130
    d.text(LEFT, y, "What has changed", 14, BOLD, DARK)
    y -= 22
    y = d.bullets(
        LEFT,
        y,
        [
            "NHS England's elective recovery plan asks every trust to stop follow-ups that add "
            "little, to use patient-initiated follow-up and to give GPs specialist advice before "
            "they refer.",
            "The CQC rated our outpatient services Requires improvement in March 2026, naming "
            "late clinic letters and patients lost to follow-up.",
            "1,180 people waited more than a year for a first appointment at 31 March 2027, most "
            "of them in dermatology, ENT and rheumatology.",
            "Our booking module on CareLedger is out of support from 2029, and the contract for "
            "its replacement was signed in June 2027.",
        ],
        RIGHT - LEFT,
        12,
    )
    d.text(
        LEFT,
        50,
        "Source: Keelson data warehouse, 2026/27 (April 2026 to March 2027); CQC inspection "
        "report, March 2026.",
        9,
        REG,
        GREY,
    )
    d.finish()


def s03_context(d: Slides) -> None:
    y = d.start("For context, not targets", "Three numbers that are not our targets")
    d.para(
        LEFT,
        y,
        "These figures come up in every conversation about outpatients. They explain the "
        "ground we start from; none of them is a goal of this programme.",
        RIGHT - LEFT,
        13,
        REG,
        GREY,
    )
    y -= 52
    boxes = [
        (
            "History",
            "In 2019/20 we ran 664,000 outpatient attendances, our busiest year on record.",
            "We are not trying to get back to it: the measure that matters is follow-ups that "
            "help the patient.",
        ),
        (
            "A neighbour",
            "Kingsmere Hospitals reports that 8% of its attendances end on PIFU.",
            "Their case mix is not ours; our own PIFU target is on page 11.",
        ),
        (
            "A contract",
            "The Sextant booking system licence runs to 2034.",
            "That is the length of the contract with Cardell Systems, not the length of this "
            "programme.",
        ),
    ]
    w = (RIGHT - LEFT - 2 * 18) / 3
    for k, (head, fact, note) in enumerate(boxes):
        x = LEFT + k * (w + 18)
        d.rect(x, y - 200, w, 210, YELLOW_PALE)
        d.rect(x, y + 6, w, 4, YELLOW)
        d.text(x + 14, y - 16, head, 14, BOLD, DARK)
        yy = d.para(x + 14, y - 42, fact, w - 28, 14, BOLD, INK, 1.25)
        d.para(x + 14, yy - 8, note, w - 28, 12, REG, GREY, 1.25)
    d.text(
        LEFT,
        64,
        "NHS England's national ambition is 92% of patients waiting under 18 weeks by March "
        "2029; our share of it is agreed with the ICB, not set here.",
        11,
        REG,
        GREY,
    )
    d.finish()


def s04_north_star(d: Slides) -> None:
    y = d.start("Our ambition", "Every outpatient appointment worth the patient's time")
    d.para(
        LEFT,
        y,
        "Patients come to us when it helps them, hear from us in days, and can change what they "
        "need without ringing us. Clinicians spend clinic time on the patients who need them.",
        RIGHT - LEFT,
        14,
        REG,
        INK,
    )
    y -= 60
    d.text(LEFT, y, "Three phases", 14, BOLD, DARK)
    y -= 40
    phases = [
        ("Foundations", "Put the booking system and the data in place; start small."),
        ("Scale", "Take what works to every specialty and every site."),
        ("Embed", "Make it how outpatients run, and hand over to the care groups."),
    ]
    w = (RIGHT - LEFT) / 3
    for k, (name, what) in enumerate(phases):
        x = LEFT + k * w
        d.chevron(x, y, w - 4, 34, [PALE, MID, BLUE][k], k > 0)
        d.text(x + (28 if k else 14), y + 12, name, 14, BOLD, DARK if k < 2 else WHITE)
        d.para(x + 4, y - 22, what, w - 30, 12, REG, INK)
    y -= 96
    d.text(LEFT, y, "Four pillars", 14, BOLD, DARK)
    y -= 22
    pillars = [
        "Follow-up on the patient's terms",
        "A booking system that books",
        "Clinics without the car park",
        "Letters in days, not weeks",
    ]
    w = (RIGHT - LEFT - 3 * 12) / 4
    for k, name in enumerate(pillars):
        x = LEFT + k * (w + 12)
        d.rect(x, y - 30, w, 40, AQUA_PALE)
        d.text(x + 10, y - 14, f"{k + 1}. {name}", 11, BOLD, DARK, limit=w - 20)
    d.finish()


def s05_scope(d: Slides) -> None:
    y = d.start("Scope", "Four moments we are changing")
    moments = [
        (
            "A patient with a stable long-term condition",
            "No routine check-up: the patient holds a number and calls us when symptoms flare "
            "(patient-initiated follow-up).",
        ),
        (
            "A GP unsure whether to refer",
            "Advice and guidance from a named consultant within two working days, before any "
            "referral.",
        ),
        (
            "A follow-up that does not need a room",
            "A video or telephone clinic, booked as one from the start.",
        ),
        (
            "A patient who needs to change an appointment",
            "Rebook in the portal or by replying to a text, without ringing the booking centre.",
        ),
    ]
    col = 560.0
    for who, what in moments:
        d.rect(LEFT, y - 58, col, 64, PALE)
        d.text(LEFT + 12, y - 14, who, 13, BOLD, DARK, limit=col - 24)
        d.para(LEFT + 12, y - 32, what, col - 24, 11.5, REG, INK, 1.2)
        y -= 74
    x = LEFT + col + 28
    top = 420.0
    d.rect(x, top - 300, RIGHT - x, 310, STONE)
    d.text(x + 14, top - 18, "Not in this programme", 14, BOLD, DARK)
    d.bullets(
        x + 14,
        top - 44,
        [
            "Emergency department and same-day emergency care",
            "Inpatient and day-case theatre lists",
            "Maternity antenatal clinics",
            "Children's outpatients (the Children's Services Review covers them)",
            "Community dental services",
            "Private patients",
        ],
        RIGHT - x - 28,
        11.5,
        GREY,
        "\u2013",
        4.0,
        14.0,
        GREY,
    )
    d.finish()


def s06_pillars(d: Slides) -> None:
    y = d.start("The programme", "Four pillars, one programme")
    pillars = [
        (
            "1. Follow-up on the patient's terms",
            "5% of attendances ending on PIFU by March 2029",
            "Patient-initiated follow-up in every specialty where it is safe.",
        ),
        (
            "2. A booking system that books",
            "missed first appointments down to 6.5% by March 2030",
            "Sextant replaces CareLedger's booking module; two-way reminders for every "
            "appointment.",
        ),
        (
            "3. Clinics without the car park",
            "one consultation in four by video or telephone by September 2029",
            "Video and telephone clinics by default where suitable; advice and guidance for GPs.",
        ),
        (
            "4. Letters in days, not weeks",
            "90% of clinic letters with the GP within 7 days by June 2029",
            "Speech recognition for every secretary, letters to patients, a patient portal.",
        ),
    ]
    w = (RIGHT - LEFT - 3 * 14) / 4
    for k, (name, goal, what) in enumerate(pillars):
        x = LEFT + k * (w + 14)
        d.rect(x, y - 250, w, 256, PALE)
        d.rect(x, y + 2, w, 4, BLUE)
        yy = d.para(x + 12, y - 20, name, w - 24, 14, BOLD, DARK, 1.2)
        d.text(x + 12, yy - 10, "Headline goal", 10, BOLD, BLUE)
        yy = d.para(x + 12, yy - 28, goal, w - 24, 12.5, BOLD, INK, 1.2)
        d.para(x + 12, yy - 14, what, w - 24, 11.5, REG, GREY, 1.2)
    d.finish()


def _pillar(
    d: Slides, eyebrow: str, title: str, goal: list[str], items: list[str], note: str = ""
) -> None:
    y = d.start(eyebrow, title)
    box = 300.0
    d.rect(LEFT, y - 230, box, 236, AQUA_PALE)
    d.text(LEFT + 14, y - 16, "Goal", 12, BOLD, AQUA)
    yy = y - 38
    for g in goal:
        yy = d.para(LEFT + 14, yy, g, box - 28, 13, BOLD, DARK, 1.25) - 8
    if note:
        d.para(LEFT + 14, y - 198, note, box - 28, 11, REG, GREY, 1.2)
    x = LEFT + box + 28
    d.text(x, y - 16, "What we will do", 14, BOLD, DARK)
    d.bullets(x, y - 42, items, RIGHT - x, 12.5, INK, "\u2022", 7.0)
    d.finish()


def s07_pillar1(d: Slides) -> None:
    _pillar(
        d,
        "Pillar 1 \u00b7 Follow-up on the patient's terms",
        "Patients call us when they need us, not when the calendar says so",
        [
            "By March 2029, 5% of outpatient attendances end with the patient moved or "
            "discharged to PIFU.",
            "By March 2030, follow-ups without a procedure fall to 75% of their 2019/20 level.",
        ],
        [
            "Write a PIFU protocol for each of 18 specialties, saying which patients qualify and "
            "for how long.",
            "Record every PIFU pathway and its end date in Sextant, retiring the specialty "
            "spreadsheets.",
            "Review every PIFU patient at the end date: a clinician discharges or books, no "
            "one drops off the list.",
            "Take PIFU from the first specialty to the medicine specialties (wave 2), then the "
            "surgical specialties (wave 3).",
            "Give every PIFU patient a plain-English leaflet with the number to call and what to "
            "call about.",
        ],
    )


def s08_pillar2(d: Slides) -> None:
    _pillar(
        d,
        "Pillar 2 \u00b7 A booking system that books",
        "One booking system, and patients who choose their own slot",
        [
            "Sextant live for all 24 specialties from 6 November 2028.",
            "By March 2030, new patients who miss an appointment without notice fall from 8.9% "
            "to 6.5%.",
        ],
        [
            "Replace CareLedger's booking module with Sextant for all 24 specialties in one "
            "go-live.",
            "Migrate 410,000 future appointments and the whole waiting list into Sextant.",
            "Rebuild 1,900 clinic templates with slots for video, telephone and PIFU returns.",
            "Train and accredit 240 booking and reception staff on Sextant before go-live.",
            "Send two-way text reminders for every appointment, first and follow-up, at 7 days "
            "and at 2 days.",
            "Partial booking: patients choose their follow-up slot six weeks ahead, not a year "
            "ahead.",
        ],
    )


def s09_pillar3(d: Slides) -> None:
    _pillar(
        d,
        "Pillar 3 \u00b7 Clinics without the car park",
        "If it does not need a room, it does not need a car park",
        [
            "By September 2029, one consultation in four (25%) is held by video or telephone.",
            "By December 2028, 90% of advice and guidance requests are answered within two "
            "working days.",
        ],
        [
            "Fit 20 clinic rooms across our three sites with cameras and screens for video "
            "clinics.",
            "Add virtual clinic sessions to consultant job plans, agreed through the LNC.",
            "Switch on advice and guidance in e-RS for all 24 specialties, with a named "
            "consultant on each day's rota.",
            "Set a two-working-day response standard for advice and guidance, audited monthly.",
            "Book suitable follow-ups as video or telephone from the start, not converted on "
            "the day.",
        ],
        "Our ambition: the easiest trust in the county for a GP to get a specialist's view.",
    )


def s10_pillar4(d: Slides) -> None:
    _pillar(
        d,
        "Pillar 4 \u00b7 Letters in days, not weeks",
        "A letter with the GP within the week, and a portal that works",
        [
            "By June 2029, 90% of clinic letters reach the GP within 7 days of the appointment.",
            "By March 2030, 35% of appointment changes are made by patients in the portal.",
        ],
        [
            "Roll out DictaLink speech recognition to the secretaries at our two other sites.",
            "Send clinic letters to GPs electronically on the day they are signed.",
            "Copy every clinic letter to the patient, written to the patient, in the portal or "
            "by post.",
            "Launch the My Hollinsbury patient portal with appointments, letters and rebooking, "
            "linked to the NHS App.",
            "Track every letter from dictation to sending, by specialty, every week.",
        ],
        "And: make the portal the front door to outpatients for every patient who wants it.",
    )


KPI_ROWS = [
    ["Measure", "2026/27 baseline", "Target", "By when"],
    ["Outpatient attendances moved or discharged to PIFU", "1.2%", "5.0%", "31 Mar 2029"],
    ["Follow-up attendances without a procedure, % of 2019/20", "97%", "75%", "31 Mar 2030"],
    ["Consultations held by video or telephone", "14%", "25%", "30 Sep 2029"],
    ["Advice and guidance requests per 100 first referrals", "9", "16", "Mar 2029"],
    ["Advice and guidance answered within 2 working days", "61%", "90%", "31 Dec 2028"],
    ["Clinic letters with the GP within 7 days", "41%", "90%", "30 Jun 2029"],
    ["New patients who miss without notice (DNA rate)", "8.9%", "6.5%", "Mar 2030"],
    ["Appointment changes made by patients in the portal", "none", "35%", "31 Mar 2030"],
    ["Patients waiting over 52 weeks for a first appointment", "1,180", "0", "31 Mar 2029"],
    ["Patients rating outpatients good or very good (FFT)", "91%", "Higher", "\u2013"],
]


def s11_kpis(d: Slides) -> None:
    y = d.start("Measures", "How we will know")
    bottom = d.table(LEFT, y + 2, [470, 140, 110, 144], KPI_ROWS, 11.5)
    d.para(
        LEFT,
        bottom - 18,
        "Baselines are for 2026/27 (April 2026 to March 2027), from the Keelson data warehouse. "
        "Each measure's definition and owner is in the programme's measures register; the "
        "Board sees all ten every quarter.",
        RIGHT - LEFT,
        10,
        REG,
        GREY,
        1.25,
    )
    d.finish()


def s12_clock(d: Slides) -> None:
    y = d.start("Timeline", "Thirty months, three phases")
    d.rect(LEFT, y - 32, RIGHT - LEFT, 40, YELLOW_PALE)
    d.text(
        LEFT + 14,
        y - 17,
        "The programme runs from 1 October 2027 to 31 March 2030, the last day of the 2029/30 "
        "financial year.",
        14,
        BOLD,
        DARK,
        limit=RIGHT - LEFT - 28,
    )
    y -= 60
    phases = [
        (
            "Phase 1 \u00b7 Foundations (Oct 2027 \u2013 Jun 2028)",
            "Sextant built and tested; the first specialty live on PIFU; baselines signed off "
            "in Keelson.",
        ),
        (
            "Phase 2 \u00b7 Scale (Jul 2028 \u2013 Sep 2029)",
            "Sextant live in November 2028; PIFU, video and advice and guidance in every "
            "specialty; the portal launched.",
        ),
        (
            "Phase 3 \u00b7 Embed (from Oct 2029 onwards)",
            "Business as usual in every care group; the programme closes with the 2029/30 "
            "financial year.",
        ),
    ]
    for k, (head, what) in enumerate(phases):
        d.rect(LEFT, y - 50, 8, 56, [MID, BLUE, DARK][k])
        d.text(LEFT + 20, y - 12, head, 14, BOLD, DARK)
        d.para(LEFT + 20, y - 32, what, 520, 12, REG, INK)
        y -= 72
    x = LEFT + 580
    top = 360.0
    d.rect(x, top - 222, RIGHT - x, 232, STONE)
    d.text(x + 14, top - 16, "Gates", 14, BOLD, DARK)
    gates = [
        ("Gate 1 \u00b7 Ready to scale", "end of June 2028"),
        ("Gate 2 \u00b7 Halfway review", "see its criteria, page 15"),
        ("Gate 3 \u00b7 Ready to embed", "end of September 2029"),
        ("Programme close", "31 March 2030"),
    ]
    yy = top - 44
    for head, when in gates:
        d.diamond(x + 20, yy + 4, 6, BLUE)
        d.text(x + 34, yy, head, 12, BOLD, INK)
        d.text(x + 34, yy - 16, when, 11.5, REG, GREY)
        yy -= 44
    d.finish()


QUARTERS = [
    ("Oct-Dec", "2027"),
    ("Jan-Mar", "2028"),
    ("Apr-Jun", "2028"),
    ("Jul-Sep", "2028"),
    ("Oct-Dec", "2028"),
    ("Jan-Mar", "2029"),
    ("Apr-Jun", "2029"),
    ("Jul-Sep", "2029"),
    ("Oct-Dec", "2029"),
    ("Jan-Mar", "2030"),
]
GANTT_X0, GANTT_X1 = 196.0, 896.0
CHEVRONS = [("Foundations", 0, 2), ("Scale", 3, 7), ("Embed", 8, 9)]
BARS: list[tuple[str, list[tuple[str, int, int]]]] = [
    (
        "Patient-initiated follow-up",
        [
            ("First specialty", 1, 2),
            ("Wave 2: medicine", 3, 4),
            ("Wave 3: surgery", 5, 7),
            ("Every specialty, as usual", 8, 9),
        ],
    ),
    (
        "Booking system (Sextant)",
        [
            ("Design, build and migrate", 0, 3),
            ("Go-live 6 Nov", 4, 4),
            ("Stabilise; partial booking", 5, 7),
            ("Care groups run it", 8, 9),
        ],
    ),
    (
        "Virtual clinics",
        [
            ("Video kit in 20 rooms", 1, 3),
            ("Video and phone by default", 4, 7),
        ],
    ),
    (
        "Advice and guidance",
        [
            ("Six specialties", 0, 2),
            ("All 24 specialties", 3, 5),
            ("Two-day standard held", 6, 9),
        ],
    ),
    (
        "Clinic letters",
        [
            ("Letter tracker", 0, 1),
            ("Speech recognition, other sites", 2, 5),
            ("Letters to patients", 6, 9),
        ],
    ),
    (
        "Patient portal",
        [
            ("Procure and design", 1, 3),
            ("Appointments", 4, 5),
            ("Letters and rebooking", 6, 7),
            ("Take-up", 8, 9),
        ],
    ),
    (
        "People and job plans",
        [
            ("LNC consultation", 0, 1),
            ("Sextant training", 2, 4),
            ("Handover to care groups", 7, 9),
        ],
    ),
]
GATES = [("G1", 3), ("G2", 6), ("G3", 8), ("Close", 10)]


def s13_roadmap(d: Slides) -> None:
    d.start("Roadmap", "Thirty months on one page")
    colw = (GANTT_X1 - GANTT_X0) / len(QUARTERS)
    # the phase row: chevrons holding the phase names, across the top
    top = 424.0
    for k, (name, a, b) in enumerate(CHEVRONS):
        x = GANTT_X0 + a * colw
        w = (b - a + 1) * colw
        d.chevron(x, top, w - 2, 22, [MID, BLUE, DARK][k], k > 0)
        d.text(x + w / 2, top + 7, name, 11, BOLD, WHITE if k else DARK, align="center")
    # the column heads: one text box of two lines per quarter
    for k, (months, year) in enumerate(QUARTERS):
        cx = GANTT_X0 + (k + 0.5) * colw
        d.text(cx, 404, months, 9, BOLD, DARK, align="center")
        d.text(cx, 393, year, 9, REG, GREY, align="center")
    # the gates: diamonds on the quarter boundaries, labels beside
    for label, at in GATES:
        cx = GANTT_X0 + at * colw
        d.diamond(cx, 378, 5, YELLOW)
        d.text(
            cx + (-7 if at == len(QUARTERS) else 7),
            374.5,
            label,
            8,
            BOLD,
            INK,
            align="right" if at == len(QUARTERS) else "left",
        )
    # the rows: the workstream's name at the left, each bar a filled rectangle with its label
    y = 360.0
    row_h = 36.0
    for name, bars in BARS:
        d.text(LEFT, y - 21, name, 10, BOLD, DARK, limit=GANTT_X0 - LEFT - 8)
        for label, a, b in bars:
            x = GANTT_X0 + a * colw + 1.5
            w = (b - a + 1) * colw - 3
            d.rect(x, y - 28, w, 20, BLUE if "usual" not in label else AQUA)
            d.text(x + w / 2, y - 21, label, 8, BOLD, WHITE, limit=w - 6, align="center")
        y -= row_h
    # outside the columns: what comes after the programme
    d.rect(LEFT, 44, RIGHT - LEFT, 50, YELLOW_PALE)
    d.text(LEFT + 12, 78, "Beyond March 2030 (not in this programme)", 10, BOLD, DARK)
    d.text(
        LEFT + 12,
        63,
        "Portal phase 2 (test results and repeat prescriptions); a one-stop outpatient hub at "
        "Farrowgate; the Sextant licence runs on",
        9.5,
        REG,
        INK,
        limit=RIGHT - LEFT - 24,
    )
    d.text(
        LEFT + 12,
        51,
        "to 2034 under the Cardell contract. None of it is funded here.",
        9.5,
        REG,
        INK,
    )
    d.finish()


def s14_first_specialty(d: Slides) -> None:
    y = d.start("Where we start", "PIFU first in dermatology at St Aldhelm's Hospital")
    box = 360.0
    d.rect(LEFT, y - 200, box, 206, PALE)
    d.text(LEFT + 14, y - 16, "Why there", 13, BOLD, DARK)
    yy = d.bullets(
        LEFT + 14,
        y - 40,
        [
            "14,800 dermatology follow-ups a year, six in ten for stable psoriasis or eczema.",
            "The longest waits for a first appointment in the trust.",
            "A consultant team that asked to go first.",
        ],
        box - 28,
        12,
    )
    d.text(LEFT + 14, yy - 6, "Clinical lead", 13, BOLD, DARK)
    d.para(
        LEFT + 14,
        yy - 26,
        "Dr Eleanor Voss, Dermatology Clinical Lead, with the Clinical Director for Outpatients.",
        box - 28,
        12,
    )
    x = LEFT + box + 28
    d.text(x, y - 16, "Go-live (GL): Monday 6 March 2028", 14, BOLD, DARK)
    steps = [
        ("GL \u2212 60 days", "Clinicians agree which patients qualify and for how long."),
        (
            "GL \u2212 30 days",
            "1,400 eligible patients receive a letter and a leaflet with the PIFU number.",
        ),
        ("GL \u2212 14 days", "Clinic outcome forms gain a PIFU box; clerks trained to key it."),
        ("GL", "First patients moved to PIFU at the end of their clinic."),
        ("GL + 6 weeks", "Audit every call back: answered, and seen if needed, within 14 days."),
        ("GL + 16 weeks", "Results to Gate 1: keep, change or stop before wave 2."),
    ]
    yy = y - 44
    for when, what in steps:
        d.text(x, yy, when, 12, BOLD, BLUE)
        yy = d.para(x + 100, yy, what, RIGHT - x - 100, 12, REG, INK) - 6
    d.finish()


def s15_gates(d: Slides) -> None:
    y = d.start("Gates", "What good looks like at each gate")
    gates = [
        (
            "Gate 1 \u00b7 Ready to scale",
            "End of June 2028",
            [
                "600 patients on PIFU at St Aldhelm's, every call back answered within 2 "
                "working days.",
                "Sextant data migration rehearsed twice, with under 0.5% of records in error.",
                "Outpatient dashboard live in Keelson, with 2026/27 baselines signed off.",
                "LNC consultation on virtual sessions in job plans closed.",
            ],
        ),
        (
            "Gate 2 \u00b7 Halfway review",
            "Decided by the Trust Board",
            [
                "Sextant live in every specialty, booking backlog under two weeks.",
                "PIFU live in 12 specialties; advice and guidance in all 24.",
                "Speech recognition in use at all three sites.",
                "All met by 31 March 2029, or the Board decides whether to pause the later waves.",
            ],
        ),
        (
            "Gate 3 \u00b7 Ready to embed",
            "End of September 2029",
            [
                "Each care group has PIFU, video and advice and guidance in its 2030/31 plan.",
                "Clinic letters: 90% within 7 days for three months running.",
                "Rebooking in the portal live for every specialty.",
            ],
        ),
    ]
    w = (RIGHT - LEFT - 2 * 16) / 3
    for k, (head, when, criteria) in enumerate(gates):
        x = LEFT + k * (w + 16)
        d.rect(x, y - 240, w, 246, PALE)
        d.rect(x, y + 2, w, 4, [MID, BLUE, DARK][k])
        d.text(x + 12, y - 18, head, 13.5, BOLD, DARK, limit=w - 24)
        d.text(x + 12, y - 36, when, 11.5, REG, GREY, limit=w - 24)
        d.bullets(x + 12, y - 62, criteria, w - 24, 11.5, INK, "\u2013", 6.0, 15.0, AQUA)
    d.finish()


def s16_risks(d: Slides) -> None:
    y = d.start("Risks", "What could knock us off course")
    rows = [
        ["Risk", "Likelihood", "Impact", "Mitigation"],
        [
            "Sextant go-live slips past November 2028",
            "Medium",
            "High",
            "No go-live decision at L\u221290 days without two clean migration rehearsals; keep "
            "CareLedger read-only for six months after go-live.",
        ],
        [
            "Patients on PIFU are lost to follow-up",
            "Medium",
            "High",
            "Every PIFU pathway has an end date; a clinician reviews each patient not heard "
            "from by then.",
        ],
        [
            "Consultants turn down virtual sessions",
            "Medium",
            "Medium",
            "Agree job plan changes through the LNC before any clinic template changes.",
        ],
        [
            "Patients without the internet are left behind by the portal",
            "High",
            "Medium",
            "Keep a staffed rebooking line, 8am to 6pm, and letters by post for anyone who asks.",
        ],
        [
            "Secretaries fall behind while speech recognition beds in",
            "High",
            "Medium",
            "Bank secretaries for 12 weeks at each site during the roll-out.",
        ],
        [
            "Advice and guidance requests go unanswered",
            "Low",
            "High",
            "A named consultant on a daily advice and guidance rota in each specialty.",
        ],
    ]
    d.table(LEFT, y + 2, [250, 82, 72, 460], rows, 11)
    d.finish()


def s17_first_90(d: Slides) -> None:
    y = d.start("First 90 days", "Clearing the runway: our first 90 days")
    d.text(LEFT, y, "1 October to 29 December 2027. Leads in brackets.", 12, REG, GREY)
    items = [
        "Validate the 31,200 overdue follow-ups, oldest first (Head of Access)",
        "Sign the Sextant data migration plan with Cardell (CDIO)",
        "Open the clinical safety hazard log for Sextant and the portal (CCIO)",
        "Agree the dermatology PIFU protocol (Dermatology Lead)",
        "Open the LNC consultation on virtual sessions in job plans (Medical Staffing Manager)",
        "Measure clinic letter turnaround weekly by specialty (Secretarial Services Manager)",
        "Publish the outpatient baseline dashboard in Keelson (Head of BI)",
        "Take the PIFU leaflet and letters to the Patient Partnership Group (Head of Patient "
        "Experience)",
    ]
    d.bullets(LEFT, y - 30, items, RIGHT - LEFT, 13, INK, "\u25aa", 9.0)
    d.finish()


def s18_monday(d: Slides) -> None:
    y = d.start("From day one", "What changes on Monday 4 October 2027")
    items = [
        "Every consultant ending a follow-up asks: does this patient need a date, or a number to "
        "call?",
        "Booking clerks stop adding follow-ups more than 12 months ahead to the waiting list "
        "without a clinician's say-so.",
        "Secretaries log each letter's dictation and sending dates in the letter tracker.",
        "The Outpatient Transformation Board meets weekly for the first 12 weeks.",
    ]
    d.bullets(LEFT, y - 4, items, RIGHT - LEFT, 14, INK, "\u2022", 12.0)
    d.finish()


def s19_governance(d: Slides) -> None:
    y = d.start("Governance", "Who decides, and who we ask")
    left = [
        "Senior Responsible Owner: Joanna Pryce, Chief Operating Officer.",
        "Outpatient Transformation Board: chaired by the SRO; monthly, weekly for the first 12 "
        "weeks; decides Gates 1 and 3.",
        "Trust Board: decides Gate 2 and receives a progress report every quarter.",
        "Clinical Governance Committee: approves every PIFU protocol and each clinical safety "
        "case.",
        "Reporting: the outpatient dashboard in Keelson, monthly to the programme board.",
    ]
    w = 520.0
    d.bullets(LEFT, y - 4, left, w, 12.5, INK, "\u2022", 8.0)
    x = LEFT + w + 32
    d.rect(x, y - 250, RIGHT - x, 256, YELLOW_PALE)
    d.text(x + 14, y - 18, "We consult, they advise", 14, BOLD, DARK)
    d.bullets(
        x + 14,
        y - 44,
        [
            "Patient Partnership Group: every letter, text, leaflet and portal message before "
            "it goes live.",
            "Local Negotiating Committee: consultant job plans and clinic templates.",
            "Neither owns programme work; both can ask the SRO to pause a change.",
        ],
        RIGHT - x - 28,
        12,
        INK,
        "\u2013",
        7.0,
        14.0,
        GREY,
    )
    d.finish()


def s20_asks(d: Slides) -> None:
    y = d.start("Decisions", "What we ask of the Board")
    asks = [
        "Approve Time Well Spent for 1 October 2027 to 31 March 2030.",
        "Release \u00a33.6m for 2027/28 and 2028/29: Sextant implementation, video kit, speech "
        "recognition licences and the programme team.",
        "Note \u00a31.1m for 2029/30, to be confirmed in the 2029/30 plan.",
        "Delegate Gates 1 and 3 to the Outpatient Transformation Board; keep Gate 2 with the "
        "Board.",
    ]
    yy = y - 4
    for k, ask in enumerate(asks, start=1):
        d.text(LEFT, yy, f"{k}.", 15, BOLD, BLUE)
        yy = d.para(LEFT + 26, yy, ask, RIGHT - LEFT - 26, 15, REG, INK) - 12
    d.rect(LEFT, 70, RIGHT - LEFT, 44, PALE)
    d.text(
        LEFT + 14,
        87,
        "Everything in this programme is delivered, or handed to the care groups, by 31 March "
        "2030, the end of 2029/30.",
        13,
        BOLD,
        DARK,
        limit=RIGHT - LEFT - 28,
    )
    d.finish()


def build_deck(path: Path) -> None:
    _fonts()
    d = Slides(path)
    for slide in (
        s01_cover,
        s02_why_now,
        s03_context,
        s04_north_star,
        s05_scope,
        s06_pillars,
        s07_pillar1,
        s08_pillar2,
        s09_pillar3,
        s10_pillar4,
        s11_kpis,
        s12_clock,
        s13_roadmap,
        s14_first_specialty,
        s15_gates,
        s16_risks,
        s17_first_90,
        s18_monday,
        s19_governance,
        s20_asks,
    ):
        slide(d)
    assert d.page == PAGES, d.page
    d.save()


# =========================================================================== the roster (XLSX)

ROSTER_HEAD = ["Post", "Care group", "Reports to", "Responsible for"]
ROSTER = [
    [
        "Chief Executive",
        "Trust executive",
        "Trust Board",
        "Leads the trust and is its accountable officer; answers to the Trust Board for every "
        "programme the Board approves.",
    ],
    [
        "Chief Operating Officer",
        "Trust executive",
        "Chief Executive",
        "Operational performance of all care groups: elective waiting times, referral to "
        "treatment and the recovery trajectory agreed with the ICB. Senior Responsible Owner of "
        "the Outpatient Transformation Programme and chair of its board.",
    ],
    [
        "Chief Finance Officer",
        "Trust executive",
        "Chief Executive",
        "Financial plan and budgets, release of programme funding, contracts over \u00a3250,000 "
        "(the Cardell contract for Sextant included), outpatient income.",
    ],
    [
        "Chief Medical Officer",
        "Trust executive",
        "Chief Executive",
        "Medical leadership, revalidation and the consultant job planning policy; chairs the "
        "Clinical Governance Committee.",
    ],
    [
        "Chief Nurse",
        "Trust executive",
        "Chief Executive",
        "Nursing and midwifery standards, safeguarding, patient experience and complaints; "
        "executive lead for the Patient Partnership Group.",
    ],
    [
        "Chief People Officer",
        "Trust executive",
        "Chief Executive",
        "Workforce, recruitment, employment policy and the trust's partnership with staff side "
        "and the LNC.",
    ],
    [
        "Chief Digital Information Officer",
        "Digital and Information",
        "Chief Executive",
        "Digital strategy, IT infrastructure and the service desk; the CareLedger, Heron, "
        "Sextant, VisitLink and DictaLink contracts and their technical delivery; the "
        "integration engine; the My Hollinsbury portal platform and its NHS App link; cyber "
        "security.",
    ],
    [
        "Chief Clinical Information Officer",
        "Digital and Information",
        "Chief Medical Officer",
        "Clinical leadership of digital change and clinicians' use of Heron and Sextant. "
        "Clinical safety of digital systems: see the Clinical Governance Committee's terms of "
        "reference.",
    ],
    [
        "Head of Business Intelligence",
        "Digital and Information",
        "Chief Digital Information Officer",
        "The Keelson data warehouse and Keelson Reports dashboards; national data submissions; "
        "the outpatient dashboard and the programme's baselines.",
    ],
    [
        "Director of Outpatient Transformation",
        "Operations: Outpatients and Access",
        "Chief Operating Officer",
        "Runs the Outpatient Transformation Programme day to day: the plan, the programme "
        "office, the benefits register, the risk log and the gate papers; tracks follow-up "
        "reduction against 2019/20.",
    ],
    [
        "Outpatient Services Manager",
        "Operations: Outpatients and Access",
        "Chief Operating Officer",
        "Outpatient departments at all three sites: clinic rooms and their equipment (video "
        "consultation kit included), reception, outpatient health care assistants, clinic "
        "templates and session times, and the share of clinics held by video or telephone.",
    ],
    [
        "Head of Patient Access",
        "Operations: Outpatients and Access",
        "Chief Operating Officer",
        "The Patient Access Centre: booking for every specialty, referral management in e-RS "
        "(advice and guidance set-up included), the waiting list, its validation and the PIFU "
        "lists, reminders and the DNA policy, rebooking by phone and in the portal. Training of "
        "booking and reception staff: see the Outpatient Transformation Board's terms of "
        "reference.",
    ],
    [
        "Medical Secretariat Manager",
        "Operations: Outpatients and Access",
        "Outpatient Services Manager",
        "The 96 medical secretaries at all three sites: typing, checking and sending clinic "
        "letters to GPs and patients, digital dictation and speech recognition (DictaLink) and "
        "their roll-out, the letter tracker and letter turnaround.",
    ],
    [
        "Medical Workforce Manager",
        "Workforce",
        "Chief People Officer",
        "Consultant and specialty doctors' job plans and their annual review, rotas and leave, "
        "the six-week rule for cancelling clinics, locum spend; runs the trust's side of "
        "consultation with the LNC.",
    ],
    [
        "Head of Learning and Education",
        "Workforce",
        "Chief People Officer",
        "Statutory and mandatory training, induction, apprenticeships and the LearnZone "
        "learning system, where every course completion is recorded.",
    ],
    [
        "Clinical Director for Outpatients",
        "Operations: Outpatients and Access",
        "Chief Medical Officer",
        "Clinical lead for outpatients: PIFU protocols with each specialty's clinical lead, "
        "clinical standards for virtual clinics, and advice and guidance response standards and "
        "rotas.",
    ],
    [
        "Dermatology Clinical Lead",
        "Medicine",
        "Medicine Care Group Director",
        "Dermatology's consultants and specialist nurses at St Aldhelm's and the Royal "
        "Infirmary; the specialty's PIFU protocol and its first patients.",
    ],
    [
        "Medicine Care Group Director",
        "Medicine",
        "Chief Operating Officer",
        "The medicine specialties (dermatology, rheumatology, gastroenterology, cardiology, "
        "respiratory, neurology, endocrinology, renal, haematology): their clinics, capacity "
        "and business plans.",
    ],
    [
        "Surgery Care Group Director",
        "Surgery",
        "Chief Operating Officer",
        "The surgical specialties (ENT, urology, trauma and orthopaedics, general surgery, "
        "ophthalmology, vascular, plastics, oral surgery, breast): their clinics, capacity and "
        "business plans.",
    ],
    [
        "Head of Patient Experience",
        "Nursing and Patient Experience",
        "Chief Nurse",
        "The Friends and Family Test, PALS and complaints, patient information leaflets and "
        "their plain-English review, the Accessible Information Standard and interpreting.",
    ],
    [
        "Patient Partnership Group",
        "Consulted bodies (not posts)",
        "Consulted only",
        "Twelve patients and carers who review how the trust writes to, texts and talks to "
        "patients. Advises; does not own or deliver work.",
    ],
    [
        "Local Negotiating Committee",
        "Consulted bodies (not posts)",
        "Consulted only",
        "The BMA's local committee for consultants and specialty doctors. Consulted on job "
        "plans, clinic templates and sessions; does not own or deliver work.",
    ],
]


def roster_xlsx() -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = "Outpatients structure"
    ws.append(ROSTER_HEAD)
    for row in ROSTER:
        ws.append(row)
    head_font = Font(name="Arial", size=10, bold=True, color="FFFFFF")
    head_fill = PatternFill("solid", fgColor="005EB8")
    for cell in ws[1]:
        cell.font = head_font
        cell.fill = head_fill
        cell.alignment = Alignment(vertical="center")
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            cell.font = Font(name="Arial", size=10)
            cell.alignment = Alignment(vertical="top", wrap_text=True)
    for col, width in zip("ABCD", (36, 32, 32, 90), strict=True):
        ws.column_dimensions[col].width = width
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:D{len(ROSTER) + 1}"
    return ooxml_bytes(
        wb,
        STAMP,
        creator="Outpatient Programme Office",
        lastModifiedBy="Samir Haddad",
        title="Outpatients structure, September 2027",
    )


# =========================================================================== the org's text files

CLINICAL_GOVERNANCE = """
# Clinical Governance Committee: terms of reference

Hollinsbury University Hospitals NHS Foundation Trust. Approved by the Trust Board, April 2027.
Review due April 2029.

## Purpose

The Clinical Governance Committee assures the Board that care is safe and effective. For the
Outpatient Transformation Programme it approves the clinical parts of each change before the
change reaches patients.

## Chair and members

- Chair: Chief Medical Officer.
- Deputy chair: Chief Nurse.
- Members: Chief Clinical Information Officer; Clinical Director for Outpatients; the care group
  medical directors for Medicine and for Surgery; the Head of Patient Experience; the head of
  clinical audit.
- The committee is quorate with the chair or deputy chair and four members.

## What the committee decides for outpatients

1. **PIFU protocols.** The Clinical Director for Outpatients writes the PIFU protocol of each
   specialty with that specialty's clinical lead: which patients qualify, for how long, what
   they should call about and how fast they are seen. No specialty starts PIFU before the
   committee has approved its protocol.
2. **Clinical safety of digital systems.** The Chief Clinical Information Officer is the trust's
   Clinical Safety Officer under DCB0160. The Chief Clinical Information Officer keeps the hazard
   log of each outpatient system (Sextant, the My Hollinsbury portal, VisitLink, DictaLink) and
   signs its clinical safety case; the committee accepts the case before go-live.
3. **Virtual clinics.** The committee approves the clinical standards that say which
   consultations may be held by video or telephone, written by the Clinical Director for
   Outpatients.
4. **Advice and guidance.** The committee approves the response standard for advice and
   guidance and reviews the monthly audit of it.

## Patients and staff

Changes to what patients receive (letters, texts, leaflets, portal messages) go to the Patient
Partnership Group before the committee approves them. The committee does not decide job plans;
changes to consultants' sessions are for the Medical Workforce Manager and the Local Negotiating
Committee.

## Meetings and reporting

Monthly. Minutes go to the Quality Committee of the Board; exceptions go to the Outpatient
Transformation Board within five working days.
"""

TRANSFORMATION_BOARD = """
# Outpatient Transformation Board: terms of reference

Approved by the Executive Committee, 24 August 2027, for the life of the Outpatient
Transformation Programme ("Time Well Spent").

## Sponsor and chair

The Chief Operating Officer is the programme's Senior Responsible Owner (SRO) and chairs the
board. The Chief Executive is the executive sponsor at the Trust Board.

## Members

- Chief Operating Officer (chair)
- Director of Outpatient Transformation (runs the programme office; writes the gate papers)
- Chief Finance Officer, or the deputy
- Chief Digital Information Officer
- Chief Clinical Information Officer
- Clinical Director for Outpatients
- Medicine Care Group Director and Surgery Care Group Director
- Head of Patient Access, Outpatient Services Manager, Medical Secretariat Manager
- Head of Business Intelligence (for the dashboard)
- In attendance, without a vote: the chair of the Patient Partnership Group and the chair of the
  Local Negotiating Committee

## Decisions

- Gate 1 and Gate 3: the board decides, on the Director of Outpatient Transformation's paper.
- Gate 2 and any change to the programme's end date or budget: the board recommends; the Trust
  Board decides.
- Release of funds within the budget the Trust Board approves: the Chief Finance Officer, on the
  board's recommendation.

## Who does what (remits held here, not in the structure spreadsheet)

- **Sextant training.** The Head of Patient Access trains and accredits every booking and
  reception clerk on Sextant before they book a patient; the Patient Access Centre's two
  trainers run the sessions and LearnZone records each accreditation. The Head of Learning and
  Education owns LearnZone and statutory and mandatory training, not training on a service's
  own system.
- **Clinic templates.** The Outpatient Services Manager builds clinic templates and session
  times, in Sextant from go-live, after the care group has agreed them and the Local
  Negotiating Committee has been consulted.
- **Go-live.** The Chief Digital Information Officer runs the technical go-live of Sextant and
  the portal: data migration, interfaces with Heron and e-RS, cut-over. The go-live decision is
  the board's.
- **Benefits.** The Director of Outpatient Transformation keeps the benefits register; each
  measure's owner is named in the measures register.

## Cadence

Monthly; weekly for the first twelve weeks of the programme. Papers five working days before.
A highlight report goes to the Executive Committee monthly and to the Trust Board quarterly.
"""

LNC_EXTRACT = """
LOCAL NEGOTIATING COMMITTEE AGREEMENT: EXTRACT
Hollinsbury University Hospitals NHS Foundation Trust and the Hollinsbury LNC (BMA)
Agreement on job planning and service change, signed 12 January 2026. Sections 4 and 7.

4. Job plans and clinics

4.1 The trust must consult the LNC before any change to consultant job plans, clinic templates
or session times that affects more than one consultant. The LNC must be consulted before any
change to consultant job plans is put to the consultants concerned, with at least eight weeks
from the start of consultation to the change.

4.2 Consultation is run for the trust by the Medical Workforce Manager. The LNC gives its view
in writing; the decision stays with the trust.

4.3 A virtual clinic session counts as a direct clinical care session of the same length as a
face-to-face clinic.

4.4 No consultant can be required to hold virtual clinics from home.

7. Standing of the LNC

7.1 The LNC is consulted. It does not manage, own or deliver trust programmes, and its members
take part in programme boards in attendance only.
"""

SYSTEMS = """
# Outpatient systems and data: inventory

Kept by the Chief Digital Information Officer's office for the Outpatient Transformation
Programme. Last reviewed 20 August 2027.

| System | What it does for outpatients | Status | Business owner |
|---|---|---|---|
| CareLedger PAS | Patient administration: registrations, referrals, the waiting list and, until Sextant, outpatient booking | Live since 2011; the booking module is out of support from April 2029 | Head of Patient Access |
| Sextant (Cardell Systems) | Outpatient booking and scheduling, partial booking, PIFU pathways with end dates, two-way reminders | Contract signed June 2027, licence to 2034; go-live planned for 6 November 2028 | Head of Patient Access |
| Heron EPR | Clinical record: clinic outcome forms, results, clinical letters once signed | Live at the Royal Infirmary and Farrowgate | Chief Clinical Information Officer |
| NHS e-Referral Service (e-RS) | GP referrals and advice and guidance requests | National service | Head of Patient Access |
| DictaLink | Digital dictation and speech recognition for clinic letters | Live | Medical Secretariat Manager |
| VisitLink | Video consultations | Live in 31 clinic rooms | Outpatient Services Manager |
| TextAhead | Text message reminders | Live | Head of Patient Access |
| Keelson | The trust's data warehouse, loaded nightly from CareLedger, Heron and e-RS; Keelson Reports is the dashboard tool | Live | Head of Business Intelligence |
| LearnZone | Learning system: course records, accreditations, mandatory training | Live | Head of Learning and Education |
| My Hollinsbury | Patient portal: appointments, letters, rebooking, linked to the NHS App | Contracted; build starts January 2028 | Chief Digital Information Officer |

## Known limits

- CareLedger PAS cannot record a patient-initiated follow-up pathway or its end date.
- Until Sextant is live, PIFU tracking relies on a spreadsheet kept by each specialty's
  secretaries.
- DictaLink speech recognition runs only at Hollinsbury Royal Infirmary; secretaries at the
  other two sites type from recorded dictation.
- TextAhead reminders only cover first appointments, so follow-up patients get no reminder.

## Reporting

Outpatient activity, the waiting list, advice and guidance and letter dates are all in Keelson.
The Head of Business Intelligence publishes the outpatient dashboard in Keelson Reports; the
programme's baselines for 2026/27 were taken from it.
"""

MEASURES = """
# Time Well Spent: measures register

Owner of this register: Director of Outpatient Transformation. Baselines are for 2026/27 (April
2026 to March 2027) from Keelson unless said otherwise.

| Measure | Definition | Owner | Baseline 2026/27 |
|---|---|---|---|
| PIFU share | Outpatient attendances whose outcome is "moved or discharged to PIFU", as a share of all attendances, in the month | Clinical Director for Outpatients | 1.2% |
| Follow-ups against 2019/20 | Follow-up attendances without a procedure in the year, as a share of the same count for 2019/20 | Director of Outpatient Transformation | 97% |
| Virtual share | Consultations with a video or telephone outcome code, as a share of all consultations | Outpatient Services Manager | 14% |
| Advice and guidance rate | Advice and guidance requests in e-RS per 100 first referrals | Clinical Director for Outpatients | 9 |
| Advice and guidance response | Requests answered by a consultant within 2 working days | Clinical Director for Outpatients | 61% |
| Letter turnaround | Clinic letters sent to the GP within 7 calendar days of the appointment | Medical Secretariat Manager | 41% |
| DNA rate, new patients | First appointments missed without notice, as a share of first appointments booked | Head of Patient Access | 8.9% |
| Portal rebooking share | Appointment changes made by patients in My Hollinsbury, as a share of all changes patients ask for | Head of Patient Access | none (no portal yet) |
| 52-week waits | Patients waiting over 52 weeks for a first appointment at month end | Chief Operating Officer | 1,180 |
| Outpatient FFT | Friends and Family Test responses rating outpatients good or very good | Head of Patient Experience | 91% |

The Friends and Family Test is asked by text after every attendance; about 14% of patients
answer.
"""

SITES = """
# Our sites and specialties

Hollinsbury University Hospitals NHS Foundation Trust runs outpatients on three sites for about
640,000 people, with 62 GP practices referring to us.

## Hollinsbury Royal Infirmary

The main teaching hospital in the city centre: 19 specialties, 96 clinic rooms, the Patient
Access Centre and the medical secretaries' main office. Heron EPR, DictaLink and VisitLink are
all in use here.

## St Aldhelm's Hospital, Wenbury

Eleven miles from the city: dermatology, rheumatology, ophthalmology, ENT and pain clinics in
34 clinic rooms. St Aldhelm's has no clinic room fitted for video consultations. Clinic outcome
forms are kept on paper at St Aldhelm's and keyed into CareLedger by the clinic clerks the next
working day. Dermatology sees 14,800 follow-ups a year here.

## Farrowgate Community Hospital

Outreach clinics for eight specialties in 12 rooms, run with the community trust. Parking is
free; the bus runs hourly.

## Specialties

There are 24 outpatient specialties: nine in the Medicine care group, nine in the Surgery care
group and six in Women's, Children's and Clinical Support. Children's outpatients are reviewed
separately.
"""

PPG_TERMS = """
PATIENT PARTNERSHIP GROUP: TERMS
Hollinsbury University Hospitals NHS Foundation Trust
Agreed with the Chief Nurse, March 2027

Who we are
Twelve patients and carers who use the trust's outpatient services, with a chair elected by the
members for two years. The Head of Patient Experience supports the Group.

What we do
The Group must be consulted before any change to the letters, texts or portal messages patients
receive, and before new patient leaflets are printed. We read them, test them with other patients
and say what would help.

What we do not do
The Group advises. It does not decide, manage staff, own actions or deliver programme work.

Meetings
Every six weeks, with extra sessions when a programme asks. Papers ten working days before.
"""

ICB_EMAIL = """
From: Priya Natarajan, Elective Care Lead, Hollinsbury and Wenbury ICB
To: Joanna Pryce, Chief Operating Officer; Samir Haddad, Director of Outpatient Transformation
Date: 19 August 2027
Subject: Advice and guidance: funding and e-RS

Joanna, Samir,

Thanks for sharing the draft of Time Well Spent. On advice and guidance:

1. We support every specialty offering advice and guidance through e-RS. Please do not set up
   a separate email route; practices have asked us to keep one front door.

2. The payment for advice and guidance is agreed for this year only. Advice and guidance is
   not yet funded beyond 31 March 2028; the ICB will decide in its 2028/29 contract round,
   which closes in February.

3. We would like the response standard written into your clinical standards so we can
   publish it to practices.

Happy to talk at the elective board on 2 September.

Priya
"""


def org_files() -> dict[str, str | bytes]:
    return {
        "org/people/outpatients-structure.xlsx": roster_xlsx(),
        "org/governance/clinical-governance-terms-of-reference.md": CLINICAL_GOVERNANCE,
        "org/governance/outpatient-transformation-board-terms-of-reference.md": (
            TRANSFORMATION_BOARD
        ),
        "org/governance/lnc-agreement-extract.txt": LNC_EXTRACT,
        "org/systems/outpatient-systems-and-data.md": SYSTEMS,
        "org/measures/time-well-spent-measures-register.md": MEASURES,
        "org/context/sites-and-specialties.md": SITES,
        "org/context/patient-partnership-group-terms.txt": PPG_TERMS,
        "org/context/email-2027-08-19-icb-advice-and-guidance.txt": ICB_EMAIL,
    }


def main(out: Path) -> None:
    root = out / CASE
    root.mkdir(parents=True, exist_ok=True)
    build_deck(root / DECK)
    write_files(root, org_files())


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
