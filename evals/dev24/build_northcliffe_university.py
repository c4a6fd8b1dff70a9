"""Build the dev24 case ``northcliffe-university``: its deck and its org folder, deterministically.

Run from the repository root with a Python that has reportlab, pypdf, python-docx and
python-pptx (reportlab is not in the project's lock; ``/tmp/rl`` is such a venv):

    /tmp/rl/bin/python evals/dev24/build_northcliffe_university.py [out-folder]

The deck's fonts are Liberation Sans and Liberation Sans Bold, embedded as subsets from
``/usr/share/fonts/truetype/liberation/`` (Debian's ``fonts-liberation``); they stand in for the
agency's typeface.

Writes, under ``evals/dev24/northcliffe-university/`` (or ``<out-folder>/northcliffe-university/``),
every file of the case but ``gold.json``:

- ``known-and-supported-student-success-plan-board-of-governors-july-2028.pdf``: a university's
  three-year student-success plan for its Board of Governors, drawn the way Figma exports a deck
  of frames to PDF: each frame a page of 1920 x 1080 points (its pixel size), Producer and
  Creator "Figma", no tagging, the fonts embedded as subsets. Every text layer is its own text
  object (``q BT ... ET Q``) drawn in LAYER ORDER, which is not reading order: on several pages
  the title layer is drawn after the body text, and captions are drawn before the cards they
  label. Eyebrow labels are capitals with wide letter-spacing written as character spacing
  (``Tc``). Paragraph text is wrapped by the tool into lines, each line positioned on its own
  (one ``Tm`` per line inside its layer's text object); a bold lead-in shares its first line's
  text object. Cards are rounded rectangles with fills and the text on them; the KPI page is nine
  cards (a big number, a label, a "from X in 2026/27" line); the roadmap is coloured bars on an
  academic-year axis in semesters (Semester 1 = September-January, Semester 2 = February-June,
  Summer = July-August, defined in a footnote), month 0 = September 2028.
- ``org/``: the roster as a LibreOffice Calc spreadsheet written by hand
  (``people/student-success-roles.ods``: a "Roles" sheet with a merged title cell, a header row
  Role / Directorate / Involvement / Remit, repeated empty cells and rows, a remit with a line
  break and a role with a styled span; a "Notes" sheet of prose), the programme board's terms of
  reference, a note on Academic Board and the JNCC, an extract of the student partnership
  agreement (DOCX), the systems and data inventory, the measures, a campus profile, a wellbeing
  service note and the 2027 personal tutoring review.

Re-running it rewrites every file byte for byte: reportlab's invariant mode (fixed document ID)
with a fixed date, fixed ZIP entry times and a fixed ``meta.xml`` date for the ODS, fixed core
properties and ZIP times for the DOCX (through ``evals/dev16/_build.py``), and the text files as
literal strings. It never touches ``gold.json``.

This is a DEVELOPMENT case (split "dev24").
"""

from __future__ import annotations

import io
import re
import sys
import zipfile
from datetime import datetime
from pathlib import Path
from xml.sax.saxutils import escape

from docx import Document
from docx.shared import Pt
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals.dev16._build import Stamp, ooxml_bytes, write_files  # noqa: E402

HERE = Path(__file__).resolve().parent
CASE = "northcliffe-university"
DECK = "known-and-supported-student-success-plan-board-of-governors-july-2028.pdf"

FONT_DIR = Path("/usr/share/fonts/truetype/liberation")
SANS = "LiberationSans"
BOLD = "LiberationSans-Bold"

W, H = 1920.0, 1080.0  # a Figma frame of 1920 x 1080 px, exported at 1 pt per px
LEFT = 120.0
RIGHT = W - 120.0
PAGES = 18
PDF_DATE = "D:20280703141200+01'00'"

Color = tuple[float, float, float]
NAVY: Color = (0.08, 0.13, 0.24)
CORAL: Color = (0.91, 0.33, 0.29)
SAND: Color = (0.96, 0.91, 0.85)
PAPER: Color = (0.985, 0.975, 0.955)
TEAL: Color = (0.11, 0.55, 0.52)
TEAL_LIGHT: Color = (0.86, 0.94, 0.92)
MUSTARD: Color = (0.91, 0.74, 0.33)
MUSTARD_LIGHT: Color = (0.99, 0.94, 0.82)
PLUM: Color = (0.45, 0.33, 0.55)
GREY: Color = (0.42, 0.45, 0.5)
RULE: Color = (0.82, 0.8, 0.76)
WHITE: Color = (1.0, 1.0, 1.0)

STAMP = Stamp((2028, 6, 20, 9, 30, 0), "2028-06-20T09:30:00Z")
OVERFLOW: list[str] = []  # lines wider than their box: the builder refuses to save them

Run = tuple[str, str]  # (font, text)


def _fonts() -> None:
    for name, file in ((SANS, "LiberationSans-Regular.ttf"), (BOLD, "LiberationSans-Bold.ttf")):
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / file)))


def _width(s: str, font: str, size: float, tc: float = 0.0) -> float:
    return stringWidth(s, font, size) + tc * len(s)


def wrap(runs: list[Run], size: float, width: float) -> list[list[Run]]:
    """Figma's auto-layout wrap: words filled greedily into lines of ``width``; a run's font is
    kept word by word, and consecutive words in one font are joined again into one run."""
    tokens = [(font, tok) for font, s in runs for tok in re.findall(r"\S+\s*", s)]
    lines: list[list[Run]] = []
    line: list[Run] = []
    used = 0.0
    for font, tok in tokens:
        need = stringWidth(tok.rstrip(), font, size)
        if line and used + need > width:
            lines.append(line)
            line, used = [], 0.0
        line.append((font, tok))
        used += stringWidth(tok, font, size)
    if line:
        lines.append(line)
    out: list[list[Run]] = []
    for words in lines:
        merged: list[Run] = []
        for font, tok in words:
            if merged and merged[-1][0] == font:
                merged[-1] = (font, merged[-1][1] + tok)
            else:
                merged.append((font, tok))
        merged[-1] = (merged[-1][0], merged[-1][1].rstrip())
        out.append(merged)
    return out


# =========================================================================== drawing


class Deck:
    """A reportlab canvas that writes text layers the way Figma's PDF export does."""

    def __init__(self, path: Path) -> None:
        _fonts()
        self.c = rl_canvas.Canvas(
            str(path),
            pagesize=(W, H),
            invariant=1,
            pageCompression=1,
            initialFontName=SANS,
            initialFontSize=12,
        )
        self.c.setDateFormatter(lambda *_: PDF_DATE)
        self.c.setCreator("Figma")
        self.c.setProducer("Figma")
        self.c.setTitle("NU Student Success Plan - Board of Governors - July 2028")
        self.c.setAuthor("")
        self.c.setSubject("")
        self.page = 0

    # ---------------------------------------------------------------- frames
    def frame(self, fill: Color = PAPER) -> None:
        """A new page: the frame's own fill, drawn first."""
        self.page += 1
        self.rect(0, 0, W, H, fill, radius=0)

    def done(self) -> None:
        self.c.showPage()

    # ---------------------------------------------------------------- text layers
    def layer(
        self,
        x: float,
        top: float,
        lines: list[list[Run]],
        size: float,
        color: Color = NAVY,
        leading: float | None = None,
        tc: float = 0.0,
        align: str = "left",
        width: float | None = None,
    ) -> float:
        """One text layer: one text object, each line placed by its own ``Tm``. ``top`` is the
        first baseline, measured from the top of the frame. Returns the baseline after the last
        line."""
        lead = leading if leading is not None else size * 1.25
        self.c.saveState()
        t = self.c.beginText()
        t.setFillColorRGB(*color)
        if tc:
            t.setCharSpace(tc)
        y = top
        for line in lines:
            total = sum(_width(s, f, size, tc) for f, s in line)
            if width is not None and total > width + 0.01:
                text = "".join(s for _, s in line)
                OVERFLOW.append(f"page {self.page}: {total:.0f} > {width:.0f}: {text}")
            lx = x
            if align == "center" and width is not None:
                lx = x + (width - total) / 2
            elif align == "right" and width is not None:
                lx = x + width - total
            t.setTextOrigin(lx, H - y)
            for font, s in line:
                t.setFont(font, size)
                t.textOut(s)
            y += lead
        self.c.drawText(t)
        self.c.restoreState()
        return y

    def text(
        self,
        x: float,
        top: float,
        s: str,
        size: float,
        font: str = SANS,
        color: Color = NAVY,
        width: float | None = None,
        align: str = "left",
        tc: float = 0.0,
    ) -> float:
        """A one-line text layer."""
        return self.layer(x, top, [[(font, s)]], size, color, None, tc, align, width)

    def para(
        self,
        x: float,
        top: float,
        runs: list[Run] | str,
        size: float,
        width: float,
        color: Color = NAVY,
        leading: float | None = None,
        font: str = SANS,
    ) -> float:
        """A paragraph layer wrapped by the tool into lines of ``width``."""
        parts = [(font, runs)] if isinstance(runs, str) else runs
        return self.layer(x, top, wrap(parts, size, width), size, color, leading, width=width)

    def eyebrow(self, x: float, top: float, s: str, color: Color = CORAL, size: float = 20) -> None:
        """Capitals with wide letter-spacing, set as character spacing (``Tc``)."""
        self.text(x, top, s.upper(), size, BOLD, color, tc=size * 0.28)

    def title(
        self, s: str, top: float = 205, size: float = 56, width: float = RIGHT - LEFT
    ) -> float:
        return self.para(LEFT, top, [(BOLD, s)], size, width, NAVY, size * 1.12)

    def footer(self, color: Color = GREY) -> None:
        self.text(
            LEFT,
            1040,
            "Northcliffe University · Known and Supported · Board of Governors, 10 July 2028",
            17,
            SANS,
            color,
        )
        self.text(RIGHT - 100, 1040, f"{self.page:02d}", 17, BOLD, color, 100, "right")

    def bullets(
        self,
        x: float,
        top: float,
        items: list[tuple[str, str]],
        size: float,
        width: float,
        gap: float = 18,
        leading: float | None = None,
        color: Color = NAVY,
        dot: Color | None = CORAL,
    ) -> float:
        """A list: each item a dot (its own small layer) and a layer with a bold lead-in and the
        rest of the item, wrapped. Returns the baseline after the list."""
        lead = leading if leading is not None else size * 1.3
        for lead_in, rest in items:
            if dot is not None:
                self.rect(x, top - size * 0.42, size * 0.32, size * 0.32, dot, radius=size * 0.16)
            runs: list[Run] = [(BOLD, lead_in + " ")] if lead_in else []
            runs.append((SANS, rest))
            top = self.para(x + size * 0.9, top, runs, size, width - size * 0.9, color, lead)
            top += gap
        return top

    # ---------------------------------------------------------------- shapes
    def rect(
        self,
        x: float,
        top: float,
        w: float,
        h: float,
        fill: Color,
        radius: float = 24,
        stroke: Color | None = None,
    ) -> None:
        """A rectangle (rounded unless ``radius`` is 0) whose top-left corner is at (x, top)."""
        self.c.setFillColorRGB(*fill)
        if stroke is not None:
            self.c.setStrokeColorRGB(*stroke)
            self.c.setLineWidth(2)
        y = H - top - h
        if radius:
            self.c.roundRect(x, y, w, h, radius, fill=1, stroke=1 if stroke else 0)
        else:
            self.c.rect(x, y, w, h, fill=1, stroke=1 if stroke else 0)

    def card(self, x: float, top: float, w: float, h: float, fill: Color = WHITE) -> None:
        self.rect(x, top, w, h, fill, radius=28)

    def hline(
        self, x1: float, x2: float, top: float, color: Color = RULE, width: float = 2
    ) -> None:
        self.c.setStrokeColorRGB(*color)
        self.c.setLineWidth(width)
        self.c.line(x1, H - top, x2, H - top)

    def vline(self, x: float, top: float, bottom: float, color: Color = RULE) -> None:
        self.c.setStrokeColorRGB(*color)
        self.c.setLineWidth(1.5)
        self.c.setDash(6, 6)
        self.c.line(x, H - top, x, H - bottom)
        self.c.setDash()

    def diamond(self, cx: float, cy: float, r: float, fill: Color) -> None:
        self.c.setFillColorRGB(*fill)
        p = self.c.beginPath()
        y = H - cy
        p.moveTo(cx, y + r)
        p.lineTo(cx + r, y)
        p.lineTo(cx, y - r)
        p.lineTo(cx - r, y)
        p.close()
        self.c.drawPath(p, fill=1, stroke=0)

    def save(self) -> None:
        if OVERFLOW:
            raise SystemExit("text wider than its box:\n" + "\n".join(OVERFLOW))
        if self.page != PAGES:
            raise SystemExit(f"{self.page} pages drawn, {PAGES} expected")
        self.c.save()


# =========================================================================== the deck's frames
# Each function draws one frame's layers in LAYER ORDER (bottom of Figma's layer list first).
# On several frames the title is drawn after the body and the captions before their cards.

LIGHT: Color = (0.72, 0.77, 0.86)
PANEL: Color = (0.11, 0.18, 0.31)
CORAL_LIGHT: Color = (0.99, 0.9, 0.88)
PLUM_LIGHT: Color = (0.93, 0.9, 0.96)


def p01_cover(d: Deck) -> None:
    d.frame(NAVY)
    d.rect(1400, 0, 520, H, PANEL, radius=0)
    d.rect(1520, 150, 320, 320, TEAL, radius=160)
    d.rect(1600, 620, 220, 220, CORAL, radius=40)
    d.text(
        LEFT,
        1000,
        "Design: Haar Studio for Northcliffe University · exported 3 July 2028",
        17,
        SANS,
        LIGHT,
    )
    d.para(
        LEFT,
        760,
        "Presented by Professor Aileen Marr, Pro Vice-Chancellor (Education and Student "
        "Experience)",
        26,
        1200,
        WHITE,
    )
    d.text(
        LEFT, 610, "Northcliffe University Student Success Plan 2028–2031", 44, SANS, WHITE, 1260
    )
    d.text(LEFT, 520, "Known and Supported", 120, BOLD, WHITE, 1380)
    d.text(LEFT, 860, "Confidential until approved", 20, BOLD, CORAL)
    d.eyebrow(
        LEFT, 330, "Board of Governors · 10 July 2028 · Paper BG/28/37 · For decision", MUSTARD
    )
    d.done()


def p02_glance(d: Deck) -> None:
    d.frame()
    d.footer()
    d.eyebrow(LEFT, 120, "01 · At a glance")
    d.title("Three years so that no student slips through unseen")
    d.para(
        LEFT,
        320,
        "Known and Supported is our plan to help more students stay, succeed and finish. It has "
        "four pillars, starts with a pilot in the Faculty of Business and Law in September 2029, "
        "and costs £7.4m over three years.",
        30,
        1560,
        NAVY,
        40,
    )
    d.eyebrow(LEFT, 500, "The ambition for 2030/31", TEAL)
    cards = [
        ("90%", "first-year continuation by 2030/31, up from 85.2% in 2026/27", TEAL_LIGHT),
        (
            "5 days",
            "median wait for a first wellbeing appointment by Semester 2 2029/30",
            MUSTARD_LIGHT,
        ),
        ("80%", "of students satisfied with support by Semester 2 2030/31", CORAL_LIGHT),
    ]
    for i, (big, words, fill) in enumerate(cards):
        x = LEFT + i * 575
        d.card(x, 530, 530, 320, fill)
        d.text(x + 40, 670, big, 110, BOLD, NAVY, 450)
        d.para(x + 40, 735, words, 28, 450, NAVY, 36)
    d.text(
        LEFT,
        940,
        "We ask the Board to approve the plan and release £2.3m for 2028/29 (page 18).",
        28,
        BOLD,
        CORAL,
    )
    d.done()


def p03_why(d: Deck) -> None:
    d.frame()
    d.footer()
    stats = [
        ("1 in 7", "full-time first-years who began in 2026/27 did not return for a second year"),
        ("4,310", "referrals to the wellbeing service in 2026/27, 61% more than in 2022/23"),
        ("23", "working days: the median time a referred student waited to be seen in 2026/27"),
        ("11", "separate logins and websites a new student meets in Welcome Week"),
        (
            "81.9%",
            "continuation in the Faculty of Business and Law, 1.9 points above the OfS "
            "threshold of 80%",
        ),
    ]
    for i, (big, words) in enumerate(stats):
        x = LEFT + i * 342
        d.card(x, 320, 312, 400, WHITE)
        d.text(x + 30, 440, big, 84, BOLD, CORAL, 260)
        d.para(x + 30, 505, words, 24, 260, NAVY, 31)
    d.para(
        LEFT,
        800,
        "A student who leaves in the first year loses a year and takes on debt, and each point of "
        "continuation is worth about £1.1m a year in fee income to us. The Office for Students "
        "now publishes continuation for every subject we teach.",
        28,
        1680,
        NAVY,
        38,
    )
    d.text(
        LEFT,
        965,
        "Sources: Unitas, Mindline and Compass, 2026/27; OfS B3 dashboard, February 2028.",
        18,
        SANS,
        GREY,
    )
    d.title("Why now: more students are leaving, and more are waiting")
    d.eyebrow(LEFT, 120, "02 · Why now")
    d.done()


def p04_heard(d: Deck) -> None:
    d.frame()
    d.footer()
    d.bullets(
        LEFT,
        360,
        [
            (
                "",
                "41% of first-years met their personal tutor three or more times in Semester 1 "
                "of 2026/27 (Personal Tutoring Review, 2027).",
            ),
            (
                "",
                "Students who withdrew in their first year had, on average, not opened Waypoint "
                "for 19 days before they told us.",
            ),
            (
                "",
                "Fenby students rated support 9 points lower than Moorgate students in the 2027 "
                "Student Support Survey.",
            ),
            (
                "",
                "Two in five of our students live at home and commute, and they use support "
                "services half as often as students who live in Northcliffe.",
            ),
        ],
        27,
        960,
        16,
    )
    d.eyebrow(1180, 345, "Focus group, March 2028", TEAL)
    d.card(1180, 370, 620, 360, CORAL_LIGHT)
    d.para(
        1220,
        450,
        "“I was told to email three different addresses before anyone could tell "
        "me who my tutor was.”",
        32,
        540,
        NAVY,
        42,
    )
    d.text(1220, 690, "First-year student, Business and Law", 20, BOLD, CORAL, 540)
    d.card(LEFT, 790, 1680, 180, SAND)
    d.eyebrow(LEFT + 40, 835, "For comparison", GREY, 18)
    d.text(
        LEFT + 40,
        885,
        "In 2019/20 we saw 92% of wellbeing referrals within 10 working days, "
        "before demand doubled.",
        24,
        SANS,
        NAVY,
        1600,
    )
    d.text(
        LEFT + 40,
        930,
        "Hallbrook University, our nearest neighbour, reports first-year "
        "continuation of 92.4% for 2026/27.",
        24,
        SANS,
        NAVY,
        1600,
    )
    d.title("Students do not know where to go, and tutors do not know who is struggling")
    d.eyebrow(LEFT, 120, "03 · What we heard")
    d.done()


def p05_ambition(d: Deck) -> None:
    d.frame()
    d.footer()
    d.eyebrow(LEFT, 120, "04 · Our ambition")
    d.text(LEFT, 530, "By 2030/31 we will:", 30, BOLD, CORAL)
    top = d.bullets(
        LEFT,
        600,
        [
            (
                "1.",
                "Raise first-year continuation from 85.2% to 90%, and narrow the POLAR4 "
                "continuation gap from 7.8 to 3 points.",
            ),
            (
                "2.",
                "See students for a first wellbeing appointment within a median 5 working "
                "days, from Semester 2 2029/30.",
            ),
            ("3.", "Lift satisfaction with support from 68% to 80% in the Student Support Survey."),
            (
                "4.",
                "Give every first-year three or more personal tutor meetings in their first "
                "semester.",
            ),
        ],
        30,
        1560,
        20,
        dot=None,
    )
    d.text(
        LEFT,
        top + 30,
        "And we will make support at Fenby feel as close to hand as it is at Moorgate.",
        30,
        SANS,
        TEAL,
        1680,
    )
    d.para(
        LEFT,
        300,
        [(BOLD, "Every Northcliffe student known, supported and able to finish what they start.")],
        64,
        1500,
        NAVY,
        76,
    )
    d.done()


PILLARS = [
    (
        "Pillar 1",
        "Known from day one",
        "Personal tutoring and early alerts, so someone notices when a student starts to drift.",
        "Lead: Academic Lead for Personal Tutoring",
        TEAL_LIGHT,
    ),
    (
        "Pillar 2",
        "Help when it is needed",
        "Wellbeing, disability and money advice that sees students sooner, at both campuses.",
        "Lead: Director of Student Services",
        MUSTARD_LIGHT,
    ),
    (
        "Pillar 3",
        "One front door",
        "The Northcliffe Student Hub: one app and one website for timetable, tutor and support.",
        "Lead: Director of Digital Services",
        CORAL_LIGHT,
    ),
    (
        "Pillar 4",
        "Insight that acts",
        "Data, evaluation and student voice, so we keep what works and stop what does not.",
        "Lead: Director of Planning and Insight",
        PLUM_LIGHT,
    ),
]


def p06_pillars(d: Deck) -> None:
    d.frame()
    d.footer()
    d.eyebrow(LEFT, 120, "05 · Four pillars")
    d.title("Four pillars, one plan")
    width = (RIGHT - LEFT - 3 * 30) / 4
    for i, (cap, _, _, _, _) in enumerate(PILLARS):
        d.eyebrow(LEFT + i * (width + 30), 330, cap, GREY, 18)
    for i, (_, name, words, lead, fill) in enumerate(PILLARS):
        x = LEFT + i * (width + 30)
        d.card(x, 355, width, 520, fill)
        d.para(x + 32, 430, [(BOLD, name)], 36, width - 64, NAVY, 42)
        d.para(x + 32, 560, words, 25, width - 64, NAVY, 34)
        d.para(x + 32, 800, lead, 20, width - 64, GREY, 26)
    d.text(
        LEFT,
        950,
        "Underpinned by a programme office, one set of measures and the Students' "
        "Union as our partner.",
        28,
        SANS,
        NAVY,
        1680,
    )
    d.done()


def _goal_card(d: Deck, lines: list[str], top: float = 330, h: float = 470) -> None:
    x, w = 1290.0, 510.0
    d.card(x, top, w, h, TEAL)
    d.eyebrow(x + 40, top + 60, "The goal", WHITE, 18)
    y = top + 120
    for s in lines:
        y = d.para(x + 40, y, [(BOLD, s)], 30, w - 80, WHITE, 38) + 24


def p07_pillar1(d: Deck) -> None:
    d.frame()
    d.footer()
    d.bullets(
        LEFT,
        350,
        [
            (
                "Policy:",
                "rewrite the Personal Tutoring Policy, with a named tutor for every student "
                "and three meetings in Semester 1 for every first-year.",
            ),
            (
                "Records:",
                "record every tutor meeting in Unitas, in place of the school offices' "
                "spreadsheets.",
            ),
            (
                "Workload:",
                "agree a personal tutoring allowance with UCU through the JNCC, in place "
                "from September 2029.",
            ),
            ("Training:", "train all 640 personal tutors in the new model before they take it on."),
            (
                "Dashboard:",
                "give each tutor a dashboard of their tutees' attendance, Waypoint "
                "activity and submissions.",
            ),
            (
                "Alerts:",
                "build an engagement alert that flags a student after 10 days with no "
                "attendance or Waypoint activity.",
            ),
            (
                "Follow-up:",
                "appoint 8 student success advisers, two per faculty, to contact every "
                "alerted student within 3 working days.",
            ),
        ],
        26,
        1110,
        14,
    )
    _goal_card(
        d,
        [
            "90% of first-years have three or more tutor meetings in Semester 1, by 2030/31.",
            "95% of alerted students contacted within 3 working days, by Semester 2 2029/30.",
        ],
    )
    d.title("A tutor who knows every student, and knows when they need help")
    d.eyebrow(LEFT, 120, "Pillar 1 · Known from day one")
    d.done()


def p08_pillar2(d: Deck) -> None:
    d.frame()
    d.footer()
    d.eyebrow(LEFT, 120, "Pillar 2 · Help when it is needed")
    d.title("See students sooner, and see those who need it most first")
    d.bullets(
        LEFT,
        350,
        [
            (
                "Triage:",
                "speak to every student who asks for wellbeing support within 2 working "
                "days, by phone or video.",
            ),
            (
                "Capacity:",
                "recruit 6 more wellbeing practitioners in 2028/29, taking the team from 14 to 20.",
            ),
            (
                "Overflow:",
                "buy up to 1,500 sessions a year from an external counselling provider "
                "when waits pass 10 working days.",
            ),
            ("Booking:", "let students book wellbeing appointments in the Student Hub."),
            ("Fenby:", "open a wellbeing drop-in at Fenby campus four days a week."),
            (
                "Out of hours:",
                "contract an out-of-hours support line for evenings and weekends "
                "from Semester 2 2029/30.",
            ),
            (
                "One front door:",
                "bring wellbeing, disability and money advice behind Ask "
                "Northcliffe, with one enquiry log.",
            ),
        ],
        26,
        1110,
        14,
    )
    _goal_card(
        d,
        [
            "A median wait of 5 working days for a first wellbeing appointment by Semester 2 "
            "2029/30.",
            "85% of support enquiries resolved within 5 working days by Semester 2 2029/30.",
        ],
    )
    d.done()


def p09_pillar3(d: Deck) -> None:
    d.frame()
    d.footer()
    d.bullets(
        LEFT,
        350,
        [
            (
                "Build:",
                "build the Northcliffe Student Hub on the Quadrant platform: timetable, "
                "tutor, wellbeing booking, enquiries and library.",
            ),
            ("Connect:", "connect the Hub to Unitas, Waypoint, Mindline and the library system."),
            (
                "Sign-on:",
                "put Mindline and library room booking behind single sign-on before the pilot.",
            ),
            (
                "Co-design:",
                "test every release with 40 students recruited with the Students' Union.",
            ),
            ("Launch:", "open the Student Hub to all students by February 2030, after the pilot."),
            ("Retire:", "switch off four old student portals by the end of Semester 2 2029/30."),
        ],
        26,
        1110,
        16,
    )
    x, top = 1290.0, 330.0
    d.card(x, top, 510, 500, CORAL_LIGHT)
    d.eyebrow(x + 40, top + 60, "In the Hub, a student can", CORAL, 16)
    y = top + 120
    for s in [
        "see today's timetable and rooms",
        "book a meeting with their tutor",
        "book a wellbeing appointment",
        "ask a question and track the answer",
        "book a library study room",
    ]:
        y = d.para(x + 40, y, s, 28, 430, NAVY, 36) + 30
    d.title("One app and one website for everything a student needs")
    d.eyebrow(LEFT, 120, "Pillar 3 · One front door")
    d.done()


def p10_pillar4(d: Deck) -> None:
    d.frame()
    d.footer()
    d.eyebrow(LEFT, 120, "Pillar 4 · Insight that acts")
    d.title("Measure what matters, test what works, act on what we learn")
    d.bullets(
        LEFT,
        350,
        [
            (
                "Data:",
                "load attendance, Waypoint activity and Mindline waiting times into Compass.",
            ),
            (
                "Fenby:",
                "install attendance card readers in every teaching room at Fenby by "
                "September 2030.",
            ),
            ("History:", "keep Waypoint activity logs for two academic years."),
            (
                "Dashboards:",
                "publish a continuation dashboard for each faculty and course, refreshed weekly.",
            ),
            (
                "Evaluation:",
                "compare pilot courses with a matched group of courses outside the "
                "pilot, to the OfS standards of evidence.",
            ),
            (
                "Survey:",
                "run the Student Support Survey each March and report it by campus and faculty.",
            ),
            (
                "Student voice:",
                "publish “you said, we did” each semester with the Students' Union.",
            ),
        ],
        26,
        1110,
        14,
    )
    _goal_card(
        d,
        [
            "First-year continuation of 90% by 2030/31.",
            "A POLAR4 continuation gap of 3 points or less by 2030/31.",
        ],
    )
    d.done()


KPIS = [
    (
        "90%",
        "First-year continuation (full-time undergraduates)",
        "from 85.2% in 2026/27 · by 2030/31",
    ),
    (
        "3 pts",
        "Continuation gap, POLAR4 quintile 1 vs quintile 5",
        "from 7.8 pts in 2026/27 · by 2030/31",
    ),
    (
        "5 days",
        "Median wait for a first wellbeing appointment (working days)",
        "from 23 days in 2026/27 · by Semester 2 2029/30",
    ),
    (
        "80%",
        "Students satisfied with support (Student Support Survey)",
        "from 68% in 2026/27 · by Semester 2 2030/31",
    ),
    (
        "90%",
        "First-years with 3+ personal tutor meetings in Semester 1",
        "from 41% in 2026/27 · by Semester 1 2030/31",
    ),
    (
        "85%",
        "Support enquiries resolved within 5 working days",
        "from 57% in 2026/27 · by Semester 2 2029/30",
    ),
    (
        "95%",
        "Alerted students contacted within 3 working days",
        "new measure from 2029/30 · by Semester 2 2029/30",
    ),
    ("12,000", "Student Hub app downloads", "from 0 in 2026/27 · by Semester 1 2029/30"),
    (
        "Higher",
        "Students who feel they belong at Northcliffe",
        "from 61% in 2026/27 · no target yet",
    ),
]


def p11_kpis(d: Deck) -> None:
    d.frame()
    d.footer()
    d.text(
        LEFT,
        262,
        "Baselines for 2026/27 · targets by academic year or by semester "
        "(semesters as defined on the roadmap, page 12)",
        22,
        SANS,
        GREY,
        1680,
    )
    w = (RIGHT - LEFT - 60) / 3
    for i, (big, label, line) in enumerate(KPIS):
        x = LEFT + (i % 3) * (w + 30)
        top = 300 + (i // 3) * 232
        d.card(x, top, w, 212, WHITE)
        d.text(x + 28, top + 80, big, 68, BOLD, CORAL, w - 56)
        d.para(x + 28, top + 122, [(BOLD, label)], 23, w - 56, NAVY, 28)
        d.text(x + 28, top + 190, line, 18, SANS, GREY, w - 56)
    d.text(
        LEFT,
        1000,
        "Continuation and the POLAR4 gap follow the OfS definitions for full-time "
        "first-degree entrants.",
        17,
        SANS,
        GREY,
    )
    d.title("How we will know it is working")
    d.eyebrow(LEFT, 120, "06 · Measures")
    d.done()


# the roadmap: 36 months from September 2028, 40 pt a month
X0 = 360.0
MONTH = (RIGHT - X0) / 36
SEMESTERS = [("Semester 1", 5), ("Semester 2", 5), ("Summer", 2)]
ROWS = ["Phases", "Tutoring", "Wellbeing", "Student Hub", "Data"]
BARS: list[tuple[int, int, int, str, str, Color]] = [
    # row, start month, end month, line 1, line 2, fill
    (0, 0, 5, "Phase 1", "Prepare", NAVY),
    (0, 5, 17, "Phase 2", "Build and pilot in Business and Law", TEAL),
    (0, 17, 29, "Phase 3", "Roll out to all four faculties", PLUM),
    (0, 29, 36, "Phase 4", "Embed and hand over", CORAL),
    (1, 0, 5, "New tutoring policy", "Academic Board, Dec", TEAL),
    (1, 12, 17, "Pilot: 3 meetings", "Business and Law", TEAL),
    (1, 24, 36, "Every first-year", "three meetings, all faculties", TEAL),
    (2, 0, 10, "Recruit 6 practitioners", "triage in 2 working days", MUSTARD),
    (2, 12, 17, "Hub booking", "in the pilot", MUSTARD),
    (2, 17, 36, "Out-of-hours line", "from February 2030", MUSTARD),
    (3, 0, 5, "Sign Quadrant", "design with students", CORAL),
    (3, 5, 12, "Build the Hub", "Unitas done by July", CORAL),
    (3, 12, 17, "Hub beta", "pilot first-years", CORAL),
    (3, 17, 36, "Student Hub for all students", "from February 2030", CORAL),
    (4, 0, 12, "DPIA and baselines", "Compass feeds", PLUM),
    (4, 12, 17, "Alerts live", "in the pilot", PLUM),
    (4, 17, 24, "Fenby card readers", "by September 2030", PLUM),
    (4, 24, 36, "Evaluation", "final report June 2031", PLUM),
]
GATES = [
    (5, "Gate 1 · end Jan 2029", "pilot ready"),
    (17, "Gate 2 · end Jan 2030", "go/no-go for roll-out"),
    (29, "Gate 3 · end Jan 2031", "roll-out complete"),
    (34, "Gate 4 · end Jun 2031", "close and hand over"),
]


def p12_roadmap(d: Deck) -> None:
    d.frame()
    d.footer()
    d.eyebrow(LEFT, 120, "07 · Roadmap")
    d.title("Four phases over three academic years")
    d.text(LEFT, 262, "Academic years in semesters · month 0 = September 2028", 22, SANS, GREY)
    for y, year in enumerate(["2028/29", "2029/30", "2030/31"]):
        x = X0 + y * 12 * MONTH
        d.rect(x + 2, 290, 12 * MONTH - 4, 44, NAVY if y % 2 == 0 else PANEL, radius=8)
        d.text(x, 320, year, 20, BOLD, WHITE, 12 * MONTH, "center")
        m = y * 12
        for name, months in SEMESTERS:
            sx = X0 + m * MONTH
            d.rect(sx + 2, 340, months * MONTH - 4, 40, SAND, radius=6)
            d.text(sx, 366, name, 16 if months == 2 else 18, SANS, NAVY, months * MONTH, "center")
            m += months
    for m in range(0, 37):
        if m % 12 in (0, 5, 10):
            d.vline(X0 + m * MONTH, 386, 880)
    for r, name in enumerate(ROWS):
        d.text(LEFT, 440 + r * 92, name, 22, BOLD, NAVY, X0 - LEFT - 10)
    for row, start, end, one, two, fill in BARS:
        x = X0 + start * MONTH + 3
        w = (end - start) * MONTH - 6
        top = 396 + row * 92
        d.rect(x, top, w, 76, fill, radius=14)
        d.text(x + 14, top + 30, one, 17, BOLD, WHITE, w - 20)
        d.text(x + 14, top + 58, two, 16, SANS, WHITE, w - 20)
    for k, (m, one, two) in enumerate(GATES):
        cx = X0 + m * MONTH
        d.diamond(cx, 880, 14, CORAL)
        if k < 3:
            shift = -30 if k == 2 else 0
            d.text(cx - 110 + shift, 922, one, 17, BOLD, NAVY, 220, "center")
            d.text(cx - 110 + shift, 946, two, 16, SANS, NAVY, 220, "center")
        else:
            d.text(RIGHT - 200, 922, one, 17, BOLD, NAVY, 200, "right")
            d.text(RIGHT - 200, 946, two, 16, SANS, NAVY, 200, "right")
    d.text(
        LEFT,
        1000,
        "Semester 1 = September to January · Semester 2 = February to June · "
        "Summer = July and August. Gates fall at the end of a semester.",
        16,
        SANS,
        GREY,
    )
    d.done()


def p13_pilot(d: Deck) -> None:
    d.frame()
    d.footer()
    w = (RIGHT - LEFT - 60) / 3
    caps = ["Why Business and Law", "What we will test", "Gate 2 pass marks"]
    for i, cap in enumerate(caps):
        d.eyebrow(LEFT + i * (w + 30), 378, cap, GREY, 18)
    cols = [
        (
            SAND,
            [
                "Our largest first-year intake: 1,180 students in 2027/28.",
                "Continuation of 81.9%, the lowest of our four faculties.",
                "All teaching at Moorgate, where card readers already record attendance.",
                "A Dean and course leaders who asked to go first.",
            ],
        ),
        (
            TEAL_LIGHT,
            [
                "Three tutor meetings for every first-year, recorded in Unitas.",
                "Engagement alerts from week 3, followed up by two student success advisers.",
                "The Student Hub for all 1,180 first-years from Welcome Week 2029.",
                "Wellbeing booking in the Hub, with triage within 2 working days.",
            ],
        ),
        (
            MUSTARD_LIGHT,
            [
                "Judged at Gate 2, end of January 2030:",
                "80% of pilot first-years have had three tutor meetings.",
                "90% of alerted students contacted within 3 working days.",
                "70% of pilot students rate the Hub useful.",
            ],
        ),
    ]
    for i, (fill, lines) in enumerate(cols):
        x = LEFT + i * (w + 30)
        d.card(x, 400, w, 560, fill)
        y = 470.0
        for s in lines:
            y = d.para(x + 36, y, s, 25, w - 72, NAVY, 33) + 22
    d.text(LEFT, 300, "1,180 first-years · Semester 1 2029/30 · Moorgate campus", 28, SANS, TEAL)
    d.title("Pilot: the Faculty of Business and Law, Semester 1 2029/30")
    d.eyebrow(LEFT, 120, "08 · Pilot")
    d.done()


RISKS = [
    (
        "UCU does not agree the tutoring allowance before September 2029.",
        "High",
        "Open JNCC consultation in October 2028; if there is no agreement, run the pilot on "
        "today's allowance with two extra student success advisers.",
    ),
    (
        "Wellbeing demand rises faster than we can recruit.",
        "High",
        "Triage within 2 working days and buy overflow sessions when waits pass 10 working days.",
    ),
    (
        "Unitas changes for the pilot miss the enrolment freeze.",
        "Medium",
        "Finish every Unitas change for the pilot by 31 July 2029.",
    ),
    (
        "Students distrust engagement alerts.",
        "Medium",
        "Write the DPIA with the Students' Union and publish a plain-English note of the data the "
        "alerts use.",
    ),
    (
        "The Hub slips past Welcome Week 2029.",
        "Medium",
        "Tie Quadrant's payments to the Gate 2 pass marks; keep the old portals until the Hub is "
        "live.",
    ),
]


def p14_risks(d: Deck) -> None:
    d.frame()
    d.footer()
    for i, (risk, level, answer) in enumerate(RISKS):
        top = 330 + i * 134
        d.card(LEFT, top, RIGHT - LEFT, 120, WHITE)
        d.para(LEFT + 30, top + 48, [(BOLD, risk)], 24, 560, NAVY, 30)
        d.text(780, top + 48, level, 24, BOLD, CORAL if level == "High" else MUSTARD, 180)
        d.para(990, top + 48, answer, 23, 780, NAVY, 29)
    d.eyebrow(LEFT + 30, 310, "Risk", GREY, 16)
    d.eyebrow(780, 310, "Likelihood", GREY, 16)
    d.eyebrow(990, 310, "What we will do", GREY, 16)
    d.title("Five risks we are managing from day one")
    d.eyebrow(LEFT, 120, "09 · Risks")
    d.done()


def p15_first100(d: Deck) -> None:
    d.frame()
    d.footer()
    d.eyebrow(LEFT, 120, "10 · The first 100 days")
    d.title("The first 100 days: September to December 2028")
    d.bullets(
        LEFT,
        340,
        [
            (
                "By 30 September:",
                "open the programme office, the risk log and the benefits register.",
            ),
            ("By 30 September:", "sign the Quadrant contract for the Student Hub."),
            (
                "By 18 October:",
                "open JNCC consultation with UCU on the personal tutoring allowance.",
            ),
            ("By 31 October:", "advertise the 6 wellbeing practitioner posts."),
            (
                "By 15 November:",
                "start the DPIA for engagement alerts with the Data Protection Officer.",
            ),
            (
                "By 15 November:",
                "map every route into support at both campuses with the Students' Union.",
            ),
            ("By 6 December:", "take the new Personal Tutoring Policy to Academic Board."),
            ("By 19 December:", "fix the 2026/27 baseline for every measure in Compass."),
        ],
        27,
        1680,
        24,
        dot=TEAL,
    )
    d.done()


def p16_governance(d: Deck) -> None:
    d.frame()
    d.footer()
    d.eyebrow(LEFT, 120, "11 · Governance")
    d.title("Who decides, and how often")
    boxes = [
        (
            330,
            "Board of Governors",
            "approves the plan and the budget; hears progress each term",
            SAND,
        ),
        (
            520,
            "University Executive Board",
            "a monthly report; settles what the programme board escalates",
            TEAL_LIGHT,
        ),
        (
            710,
            "Student Success Programme Board",
            "chaired by the sponsor; meets monthly; takes the gate decisions",
            MUSTARD_LIGHT,
        ),
    ]
    for top, name, words, fill in boxes:
        d.card(LEFT, top, 640, 160, fill)
        d.text(LEFT + 32, top + 56, name, 28, BOLD, NAVY, 580)
        d.para(LEFT + 32, top + 98, words, 22, 580, NAVY, 28)
    for top in (490, 680):
        d.rect(LEFT + 316, top, 8, 30, GREY, radius=0)
    d.bullets(
        860,
        350,
        [
            (
                "Sponsor:",
                "Professor Aileen Marr, Pro Vice-Chancellor (Education and Student Experience).",
            ),
            (
                "Pillar leads:",
                "Academic Lead for Personal Tutoring (1), Director of Student "
                "Services (2), Director of Digital Services (3), Director of "
                "Planning and Insight (4).",
            ),
            (
                "Consulted at every board:",
                "the Students' Union President and the UCU Branch "
                "Secretary. They advise; they own no actions.",
            ),
            ("Academic Board:", "approves any change to the Personal Tutoring Policy."),
            (
                "Programme office:",
                "Hannah Oduya, Student Success Programme Manager: plan, risk "
                "log, benefits and gate reports.",
            ),
        ],
        25,
        940,
        18,
    )
    d.done()


def p17_investment(d: Deck) -> None:
    d.frame()
    d.footer()
    d.eyebrow(LEFT, 120, "12 · Investment")
    d.title("£7.4m over three years, most of it in people")
    d.text(LEFT, 440, "£7.4m", 150, BOLD, CORAL, 700)
    d.text(LEFT, 500, "over three years, 2028/29 to 2030/31", 30, SANS, NAVY, 700)
    for i, (year, sum_) in enumerate(
        [("2028/29", "£2.3m"), ("2029/30", "£2.9m"), ("2030/31", "£2.2m")]
    ):
        x = 900 + i * 310
        d.card(x, 310, 280, 200, SAND)
        d.text(x + 30, 370, year, 24, BOLD, GREY, 220)
        d.text(x + 30, 460, sum_, 64, BOLD, NAVY, 220)
    d.bullets(
        LEFT,
        600,
        [
            (
                "People and services:",
                "£4.1m for 6 wellbeing practitioners, 8 student success "
                "advisers, overflow counselling and the out-of-hours line.",
            ),
            ("Student Hub:", "£1.9m for the Quadrant platform and its integrations."),
            ("Data and card readers:", "£0.8m, including card readers at Fenby."),
            ("Training and evaluation:", "£0.6m."),
            (
                "Running costs:",
                "about £1.6m a year from 2031/32, met from the Student Services budget.",
            ),
        ],
        25,
        1680,
        10,
    )
    d.text(
        LEFT,
        985,
        "Total spend must stay within the £7.4m the Finance Committee has allowed for.",
        22,
        BOLD,
        GREY,
        1680,
    )
    d.done()


def p18_asks(d: Deck) -> None:
    d.frame()
    d.footer()
    d.eyebrow(LEFT, 120, "13 · Decisions")
    d.bullets(
        LEFT,
        360,
        [
            ("1.", "Approve Known and Supported, the Student Success Plan 2028–2031."),
            ("2.", "Release £2.3m for 2028/29."),
            (
                "3.",
                "Agree the Faculty of Business and Law as the pilot, with the Gate 2 pass marks "
                "on page 13.",
            ),
            (
                "4.",
                "Note that the £5.1m for 2029/30 and 2030/31 comes to each year's budget round.",
            ),
            ("5.", "Delegate the gate decisions to the Student Success Programme Board."),
        ],
        32,
        1680,
        26,
        dot=None,
    )
    d.text(LEFT, 960, "Contact: Hannah Oduya, Student Success Programme Manager", 22, SANS, GREY)
    d.title("What we ask of the Board of Governors")
    d.done()


FRAMES = [
    p01_cover,
    p02_glance,
    p03_why,
    p04_heard,
    p05_ambition,
    p06_pillars,
    p07_pillar1,
    p08_pillar2,
    p09_pillar3,
    p10_pillar4,
    p11_kpis,
    p12_roadmap,
    p13_pilot,
    p14_risks,
    p15_first100,
    p16_governance,
    p17_investment,
    p18_asks,
]


def build_deck(path: Path) -> None:
    OVERFLOW.clear()
    d = Deck(path)
    for frame in FRAMES:
        frame(d)
    d.save()


# =========================================================================== the org folder

ORG_TEXT: dict[str, str] = {}

ORG_TEXT["context/university-and-campuses.txt"] = """
NORTHCLIFFE UNIVERSITY: CAMPUSES, FACULTIES AND STUDENTS (JUNE 2028)

Northcliffe University has 16,140 students in 2027/28: 13,050 undergraduates and 3,090
postgraduates. About 5,200 students start a first degree with us each September.

We teach on two campuses. Moorgate campus, in Northcliffe city centre, is home to three
faculties: Arts, Humanities and Social Sciences; Business and Law; and Science and
Engineering. Fenby campus, 18 miles up the coast in the town of Fenby, is home to the Faculty
of Health and Life Sciences (nursing, midwifery, paramedic science, physiotherapy and sport),
with 3,640 students, many of them on placement for half of each year.

Two in five of our undergraduates live at home and travel in. 38% of our first-years come
from POLAR4 quintiles 1 and 2.

The Faculty of Business and Law had 1,180 first-years in 2027/28, the largest intake of our
four faculties. First-year continuation for its 2026/27 entrants was 81.9%.

Our academic year has two semesters: Semester 1 runs from September to January and Semester 2
from February to June. Welcome Week is the week before Semester 1 teaching begins.

Our financial year runs from 1 August to 31 July, and the budget for each year is set in the
budget round each March.
"""

ORG_TEXT["context/wellbeing-service-note.md"] = """
# Wellbeing and counselling: service note for Known and Supported

Head of Wellbeing and Counselling, May 2028.

## Demand

- Referrals rose from 2,680 in 2022/23 to 4,310 in 2026/27.
- The median wait from referral to a first appointment was 23 working days in 2026/27; at the peak, in November 2026, it was 41.
- About one referral in five is urgent, and the duty practitioner sees it the same day.

## The team

- 14 practitioners: 9 mental health advisers and 5 counsellors, one of them the duty practitioner each day.
- The team works from 9am to 5pm, Monday to Friday. It is based at Moorgate and runs clinics at Fenby on Tuesdays and Thursdays, with video appointments for Fenby students on the other days.
- The University has no out-of-hours wellbeing service: in the evening and at weekends, students are directed to NHS 111 and to Samaritans.

## Records and standards

- Every referral, case note and appointment is held in Mindline (see the systems and data inventory).
- We joined the University Mental Health Charter Programme in 2026.
"""

ORG_TEXT["context/personal-tutoring-review-2027.md"] = """
# Personal Tutoring Review 2027: summary of findings

Academic Lead for Personal Tutoring, November 2027. Reported to Academic Board in December 2027.

- Every student is allocated a personal tutor in Unitas when they enrol; about 640 academic staff are personal tutors.
- 41% of first-years met their personal tutor three or more times in Semester 1 of 2026/27, counted from a sample of school office records.
- The Personal Tutoring Policy (2019) asks for at least one meeting each semester.
- Personal tutoring counts for 1 hour per tutee per year in the workload allocation model.
- Most tutors said the first sign of trouble they see is a missed meeting or a missed deadline.
- Personal tutor training has been run by Organisational Development since 2024: a two-hour online module, which 58% of tutors have taken.
- Recommendation: a named tutor for every student, three meetings in the first semester, a record of each meeting and a view of each tutee's engagement.
"""

ORG_TEXT["systems/systems-and-data-inventory.md"] = """
# Systems and data inventory: student-facing systems

Owner: Director of Digital Services. Reviewed in June 2028 for Known and Supported.

## Unitas (student records)

Unitas is our student record system, owned by the Academic Registrar. It holds every student's record, programme, modules, marks and personal tutor allocation, and it publishes each student's timetable.

- No change to Unitas may go live between 1 August and 31 October, the enrolment freeze.

## TapIn (attendance)

TapIn card readers in teaching rooms record attendance when students tap their student card, and TapIn keeps each student's attendance record.

- Card-reader attendance runs only at the Moorgate campus.
- At Fenby, attendance is kept on paper registers, which the faculty office types into TapIn each Friday.

## Waypoint (virtual learning environment)

Waypoint holds every module's materials, submissions and feedback, and logs each student's activity.

- Waypoint activity logs are not retained beyond 90 days.

## Personal tutor meetings

- Tutor meetings are not recorded in Unitas: each school office relies on a spreadsheet of who has met their tutor.

## Mindline (wellbeing case records)

Mindline holds wellbeing referrals, case notes and appointments; the Head of Wellbeing and Counselling owns it.

- Mindline cannot take bookings online: students ask for an appointment by email or phone and the team books it for them.
- Mindline and Shelfmark's room booking are not yet on the University's single sign-on, so students use a separate password for each.

## Ask Northcliffe (enquiries)

Enquiries to the Ask Northcliffe desks, phone line and email are logged in Cirrus, the service desk tool we share with IT, which times each enquiry from logging to closure.

## Compass (data warehouse)

Compass is the University's data warehouse, run by Planning and Insight, with Power BI dashboards for each faculty and for the University Executive Board.

- Compass only covers data from Unitas and the finance system; TapIn attendance, Waypoint activity and Mindline are outside it.

## Single sign-on and the library

Our single sign-on covers Unitas, Waypoint, email, Cirrus and the library catalogue. The library catalogue and study-room booking run on Shelfmark.

## Student Hub platform

Quadrant, from Quadrant Apps Ltd, was chosen for the Student Hub in May 2028 after a tender. Its contract is ready to sign once the Board of Governors approves the budget.

## Student data

- Before any engagement alert uses attendance or Waypoint data, the Data Protection Officer must approve a data protection impact assessment.
"""

ORG_TEXT["measures/student-success-measures.md"] = """
# Student success measures: definitions, owners and baselines

Maintained by Planning and Insight. Baselines are for the academic year 2026/27 unless stated.

| Measure | Definition | Owner | Baseline 2026/27 | Source |
|---|---|---|---|---|
| First-year continuation | Full-time first-degree entrants still studying with us, or qualified, one year and 14 days after they started (OfS definition) | Pro Vice-Chancellor (Education and Student Experience) | 85.2% | Unitas, Compass |
| POLAR4 continuation gap | First-year continuation of POLAR4 quintile 5 entrants minus that of quintile 1 entrants, in percentage points | Director of Planning and Insight | 7.8 points | Unitas, Compass |
| Wellbeing wait | Median working days from referral to a first appointment with a practitioner | Head of Wellbeing and Counselling | 23 working days | Mindline |
| Satisfaction with support | Students answering satisfied or very satisfied to "Overall, how satisfied are you with the support you get?" in the Student Support Survey | Director of Student Services | 68% | Student Support Survey |
| Tutor meetings | First-years with three or more personal tutor meetings in Semester 1 | Academic Lead for Personal Tutoring | 41% | School office records (sample) |
| Enquiries resolved on time | Ask Northcliffe enquiries closed within 5 working days of being logged | Head of Student Enquiries | 57% | Cirrus |
| Alert follow-up | Students flagged by an engagement alert who are contacted within 3 working days | Director of Student Services | new measure from 2029/30 | Unitas |
| Hub downloads | Downloads of the Student Hub app | Head of Student Communications | 0 | App stores |
| Belonging | Students agreeing with "I feel I belong at Northcliffe" in the Student Support Survey | Director of Planning and Insight | 61% | Student Support Survey |

Notes:

- The Student Support Survey is our own survey, run by Planning and Insight each March; 4,870 students answered it in March 2027.
- Planning and Insight analyses the National Student Survey (NSS) results for final-year students each July.
- The target for belonging will be set with the Students' Union after the March 2029 survey.
"""

ORG_TEXT["governance/programme-board-terms-of-reference.md"] = """
# Student Success Programme Board: terms of reference

Approved by the University Executive Board on 12 June 2028.

## Purpose

The Programme Board directs Known and Supported, the Student Success Plan 2028-2031, on behalf of the University Executive Board.

## Chair and sponsor

The Pro Vice-Chancellor (Education and Student Experience) is the executive sponsor of the plan and chairs the Board. The sponsor answers to the University Executive Board and the Board of Governors for the plan's results and spending.

## Members

- Pro Vice-Chancellor (Education and Student Experience), chair
- Academic Lead for Personal Tutoring, pillar 1 lead
- Director of Student Services, pillar 2 lead
- Director of Digital Services, pillar 3 lead
- Director of Planning and Insight, pillar 4 lead
- Dean of the Faculty of Business and Law
- Academic Registrar
- Director of People
- Chief Financial Officer
- Student Success Programme Manager, secretary

In attendance, to be consulted: the Students' Union President and the UCU Branch Secretary. They advise the Board and own no programme actions.

## Decisions

- Once the Board of Governors delegates them, the Board takes the gate decisions (Gates 1 to 4), including the go/no-go for roll-out at Gate 2.
- It releases each year's programme budget within the sum the Board of Governors approves.
- It agrees changes to the plan's measures and targets.

## Meetings and reporting

- The Board meets monthly, on the second Tuesday.
- The Programme Manager sends the University Executive Board a monthly highlight report, and the sponsor reports to the Board of Governors each term.
- Quorum: the chair or a deputy the chair names, and three pillar leads.
"""

ORG_TEXT["governance/academic-board-and-jncc.md"] = """
# Approvals and consultation for Known and Supported

Prepared by the Academic Registrar and the Director of People, June 2028.

## Academic Board

Academic Board, our senate, is responsible for academic standards, the Academic Regulations and academic policies, the Personal Tutoring Policy among them.

- Any change to the Personal Tutoring Policy must be approved by Academic Board before it takes effect.
- Academic Board meets five times in 2028/29: 18 October 2028, 6 December 2028, 14 March 2029, 16 May 2029 and 20 June 2029.
- Papers must reach the Academic Registrar 15 working days before a meeting.

## The JNCC and UCU

The Joint Negotiating and Consultative Committee (JNCC) is where the University consults and negotiates with the recognised trade unions; the UCU branch represents academic staff.

- UCU must be consulted through the JNCC before any change to personal tutors' workload allowance.
- A change to the workload allocation model takes effect only from 1 September, at the start of an academic year.
- The JNCC meets monthly in term time.
"""

PARTNERSHIP = [
    ("Title", "Student Partnership Agreement 2028/29: extract"),
    (
        "Normal",
        "Agreed by Northcliffe University and Northcliffe Students' Union on 14 June 2028. Extract "
        "prepared by the Student Success Programme Manager for Known and Supported.",
    ),
    ("Heading 2", "Student voice"),
    (
        "Normal",
        "The Students' Union President sits on the Student Success Programme Board and on "
        "Academic Board.",
    ),
    (
        "Normal",
        "The Students' Union runs the course representative system, with 1,120 course reps in "
        "2027/28.",
    ),
    (
        "Normal",
        "The Student Partnership Forum, co-chaired by the Students' Union President and the Pro "
        "Vice-Chancellor (Education and Student Experience), meets once each semester.",
    ),
    ("Heading 2", "Working together"),
    (
        "Normal",
        "The University and the Students' Union publish a joint \u201cyou said, we did\u201d "
        "report each semester.",
    ),
    (
        "Normal",
        "The Students' Union Advice Centre gives students independent advice on academic "
        "appeals, housing and money.",
    ),
    (
        "Normal",
        "The Students' Union helps recruit students to test new services, and the University "
        "pays them for their time at the Real Living Wage.",
    ),
]


def partnership_docx() -> bytes:
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(11)
    for kind, text in PARTNERSHIP:
        if kind == "Title":
            doc.add_heading(text, level=0)
        elif kind == "Heading 2":
            doc.add_heading(text, level=2)
        else:
            doc.add_paragraph(text)
    return ooxml_bytes(
        doc,
        STAMP,
        author="Student Success Programme Manager",
        last_modified_by="Student Success Programme Manager",
        title="Student Partnership Agreement 2028/29: extract",
        created=datetime(2028, 6, 14, 10, 0, 0),
        modified=datetime(2028, 6, 20, 9, 30, 0),
        revision=2,
    )


# =========================================================================== the ODS roster

ODS_TIME = (2028, 6, 20, 16, 45, 10)
ODS_WHEN = "2028-06-20T16:45:10"
NS_ODF = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "svg": "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0",
    "meta": "urn:oasis:names:tc:opendocument:xmlns:meta:1.0",
    "dc": "http://purl.org/dc/elements/1.1/",
    "calcext": "urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0",
    "manifest": "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0",
}
ODF_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n'
ODS_MIME = "application/vnd.oasis.opendocument.spreadsheet"

ROSTER_TITLE = "Known and Supported: student success roles and remits (v3, June 2028)"
ROSTER_HEAD = ["Role", "Directorate", "Involvement", "Remit"]
# (role, directorate, involvement, remit); a "|" in a remit is a line break in its cell; the
# first role's first words are a styled span
ROLES: list[tuple[str, str, str, str]] = [
    (
        "Pro Vice-Chancellor (Education and Student Experience)",
        "Vice-Chancellor's Office",
        "Core",
        "Executive sponsor of Known and Supported. Chairs the Student Success Programme Board and "
        "takes its gate decisions; answers for the plan to the University Executive Board and the "
        "Board of Governors.",
    ),
    (
        "Student Success Programme Manager",
        "Vice-Chancellor's Office",
        "Core",
        "Runs the programme office: the plan, the risk log, the benefits register and the gate "
        "reports. Coordinates the pilot with the Dean of the Faculty of Business and Law.",
    ),
    (
        "Academic Lead for Personal Tutoring",
        "Education and Student Experience",
        "Core",
        "Owns the Personal Tutoring Policy and takes changes to it to Academic Board; sets the "
        "standard for tutor meetings and how they are recorded; writes the content of tutor "
        "training. Leads pillar 1.",
    ),
    (
        "Dean of the Faculty of Business and Law",
        "Faculty of Business and Law",
        "Core",
        "Leads the pilot faculty: its course leaders, the allocation of its personal tutors, and "
        "its student success advisers once they are appointed.",
    ),
    (
        "Dean of the Faculty of Health and Life Sciences",
        "Faculty of Health and Life Sciences",
        "Extended",
        "Leads the faculty at Fenby campus. Consulted on the pilot and on the roll-out at Fenby.",
    ),
    (
        "Director of Student Services",
        "Student Services",
        "Core",
        "Leads wellbeing and counselling, disability, money advice, careers and Ask Northcliffe; "
        "holds the Student Services budget; line-manages the student success advisers. Leads "
        "pillar 2.",
    ),
    (
        "Head of Wellbeing and Counselling",
        "Student Services",
        "Core",
        "Runs the wellbeing and counselling team of 14 practitioners.|Owns referrals, triage, "
        "appointments and waiting times, Mindline, the Fenby clinics, and any external "
        "counselling or out-of-hours support contract.",
    ),
    (
        "Head of Student Enquiries",
        "Student Services",
        "Core",
        "Runs Ask Northcliffe: the enquiry desks at Moorgate and Fenby, the phone line, the "
        "enquiry email and the enquiry log in Cirrus. Owns the time taken to resolve enquiries.",
    ),
    (
        "Head of Disability and Inclusion",
        "Student Services",
        "Extended",
        "Runs disability support, reasonable adjustments and Disabled Students' Allowance "
        "advice. Consulted on triage and on the accessibility of the Student Hub.",
    ),
    (
        "Director of Library and Learning Services",
        "Library and Learning Services",
        "Core",
        "Runs the libraries at both campuses, the academic skills tutors and Shelfmark, the "
        "library catalogue and study-room booking system.",
    ),
    (
        "Director of Digital Services",
        "Digital Services",
        "Core",
        "Runs IT: the network, single sign-on, Waypoint, the TapIn card readers and every "
        "integration between systems. Owns the Student Hub platform and the Quadrant contract. "
        "Leads pillar 3.",
    ),
    (
        "Academic Registrar",
        "Academic Registry",
        "Core",
        "Owns Unitas and the student record, enrolment, the attendance rules and the statutory "
        "data returns. Secretary to Academic Board.",
    ),
    (
        "Director of Planning and Insight",
        "Planning and Insight",
        "Core",
        "Owns Compass and its Power BI dashboards, the continuation measures, the Student Support "
        "Survey and the NSS analysis. Leads pillar 4.",
    ),
    (
        "Learning Analytics Lead",
        "Planning and Insight",
        "Core",
        "Builds and tests the engagement alert; designs evaluations, comparison groups included; "
        "writes the data protection impact assessments for new uses of student data.",
    ),
    (
        "Head of Student Communications",
        "Marketing and Communications",
        "Core",
        "Runs communication with students: Welcome Week, the student newsletter and the launch "
        "of the Student Hub.",
    ),
    (
        "Director of People",
        "People Services",
        "Core",
        "Owns recruitment, job descriptions and the workload allocation model, and leads the "
        "University's side at the JNCC.",
    ),
    (
        "Head of Organisational Development",
        "People Services",
        "Core",
        "Runs staff training and development, personal tutor training and the induction of new "
        "student success advisers among them.",
    ),
    (
        "Chief Financial Officer",
        "Finance",
        "Core",
        "Owns the budget round, procurement and supplier contracts; releases programme funds "
        "within the sums the Board of Governors approves.",
    ),
    (
        "Data Protection Officer",
        "Governance and Legal Services",
        "Extended",
        "Advises on data protection and approves data protection impact assessments.",
    ),
    (
        "Students' Union President",
        "Northcliffe Students' Union",
        "Consult only",
        "Elected by students; speaks for them at the Programme Board and co-chairs the Student "
        "Partnership Forum. Consulted; owns no programme work.",
    ),
    (
        "UCU Branch Secretary",
        "UCU Northcliffe branch",
        "Consult only",
        "Represents academic staff in UCU; consulted through the JNCC on personal tutors' "
        "workload and on any change to staff duties. Owns no programme work.",
    ),
]
SPAN_ROLE = ("Pro Vice-Chancellor", " (Education and Student Experience)")
NOTES = [
    "Notes on the Roles sheet",
    "",
    "Involvement: Core roles own programme work and may be Responsible or Accountable for it. "
    "Extended roles are consulted while work is designed and informed once it runs.",
    "Consult only: the Students' Union President and the UCU Branch Secretary are consulted on "
    "the work and never own it.",
    "",
    "Every student is allocated a personal tutor in Unitas at enrolment.",
    "Staff training, personal tutor training included, is run by the Head of Organisational "
    "Development.",
    "The Student Success Programme Manager post was filled on 1 May 2028 (Hannah Oduya).",
    "",
    "Kept by the Student Success Programme Manager; last updated 20 June 2028.",
]


def _decl(*names: str) -> str:
    return " ".join(f'xmlns:{n}="{NS_ODF[n]}"' for n in names)


def _cell(inner: str, style: str) -> str:
    return (
        f'<table:table-cell table:style-name="{style}" office:value-type="string" '
        f'calcext:value-type="string">{inner}</table:table-cell>'
    )


def _p(text: str) -> str:
    return f"<text:p>{escape(text)}</text:p>"


def _role_row(role: str, directorate: str, involvement: str, remit: str) -> str:
    if role == "".join(SPAN_ROLE):
        first = (
            f'<text:p><text:span text:style-name="T1">{escape(SPAN_ROLE[0])}</text:span>'
            f"{escape(SPAN_ROLE[1])}</text:p>"
        )
    else:
        first = _p(role)
    remit_xml = "<text:p>" + "<text:line-break/>".join(escape(x) for x in remit.split("|"))
    remit_xml += "</text:p>"
    cells = [
        _cell(first, "ce3"),
        _cell(_p(directorate), "ce3"),
        _cell(_p(involvement), "ce3"),
        _cell(remit_xml, "ce4"),
    ]
    return '<table:table-row table:style-name="ro3">' + "".join(cells) + "</table:table-row>"


def _empty_rows(n: int, style: str = "ro1") -> str:
    repeat = f' table:number-rows-repeated="{n}"' if n > 1 else ""
    return (
        f'<table:table-row table:style-name="{style}"{repeat}>'
        '<table:table-cell table:number-columns-repeated="4"/></table:table-row>'
    )


def ods_content() -> str:
    styles = (
        '<style:style style:name="co1" style:family="table-column"><style:table-column-properties '
        'fo:break-before="auto" style:column-width="2.9in"/></style:style>'
        '<style:style style:name="co2" style:family="table-column"><style:table-column-properties '
        'fo:break-before="auto" style:column-width="2in"/></style:style>'
        '<style:style style:name="co3" style:family="table-column"><style:table-column-properties '
        'fo:break-before="auto" style:column-width="1.1in"/></style:style>'
        '<style:style style:name="co4" style:family="table-column"><style:table-column-properties '
        'fo:break-before="auto" style:column-width="5.6in"/></style:style>'
        '<style:style style:name="co5" style:family="table-column"><style:table-column-properties '
        'fo:break-before="auto" style:column-width="0.889in"/></style:style>'
        '<style:style style:name="ro1" style:family="table-row"><style:table-row-properties '
        'style:row-height="0.178in" fo:break-before="auto" style:use-optimal-row-height="true"/>'
        "</style:style>"
        '<style:style style:name="ro2" style:family="table-row"><style:table-row-properties '
        'style:row-height="0.3in" fo:break-before="auto" style:use-optimal-row-height="false"/>'
        "</style:style>"
        '<style:style style:name="ro3" style:family="table-row"><style:table-row-properties '
        'style:row-height="0.5in" fo:break-before="auto" style:use-optimal-row-height="true"/>'
        "</style:style>"
        '<style:style style:name="ta1" style:family="table" style:master-page-name="Default">'
        '<style:table-properties table:display="true" style:writing-mode="lr-tb"/></style:style>'
        '<style:style style:name="ce1" style:family="table-cell" style:parent-style-name="Default">'
        '<style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>'
        '<style:style style:name="ce2" style:family="table-cell" style:parent-style-name="Default">'
        '<style:table-cell-properties fo:background-color="#dbe5f1" fo:border-bottom="0.74pt '
        'solid #000000"/><style:text-properties fo:font-weight="bold"/></style:style>'
        '<style:style style:name="ce3" style:family="table-cell" style:parent-style-name="Default">'
        '<style:table-cell-properties style:vertical-align="top"/></style:style>'
        '<style:style style:name="ce4" style:family="table-cell" style:parent-style-name="Default">'
        '<style:table-cell-properties fo:wrap-option="wrap" style:vertical-align="top"/>'
        "</style:style>"
        '<style:style style:name="T1" style:family="text"><style:text-properties '
        'fo:font-weight="bold"/></style:style>'
    )
    title = (
        '<table:table-row table:style-name="ro2">'
        '<table:table-cell table:style-name="ce1" office:value-type="string" '
        'calcext:value-type="string" table:number-columns-spanned="4" '
        f'table:number-rows-spanned="1">{_p(ROSTER_TITLE)}</table:table-cell>'
        '<table:covered-table-cell table:number-columns-repeated="3"/></table:table-row>'
    )
    head = (
        '<table:table-row table:style-name="ro1">'
        + "".join(_cell(_p(h), "ce2") for h in ROSTER_HEAD)
        + "</table:table-row>"
    )
    staff = [r for r in ROLES if r[2] != "Consult only"]
    consult = [r for r in ROLES if r[2] == "Consult only"]
    roles_sheet = (
        '<table:table table:name="Roles" table:style-name="ta1">'
        '<table:table-column table:style-name="co1" table:default-cell-style-name="Default"/>'
        '<table:table-column table:style-name="co2" table:default-cell-style-name="Default"/>'
        '<table:table-column table:style-name="co3" table:default-cell-style-name="Default"/>'
        '<table:table-column table:style-name="co4" table:default-cell-style-name="Default"/>'
        + title
        + _empty_rows(1)
        + head
        + "".join(_role_row(*r) for r in staff)
        + _empty_rows(2)
        + "".join(_role_row(*r) for r in consult)
        + _empty_rows(3)
        + "</table:table>"
    )
    note_rows = "".join(
        (
            '<table:table-row table:style-name="ro1">'
            + _cell(_p(line), "ce1" if k == 0 else "Default")
            + "</table:table-row>"
        )
        if line
        else ('<table:table-row table:style-name="ro1"><table:table-cell/></table:table-row>')
        for k, line in enumerate(NOTES)
    )
    notes_sheet = (
        '<table:table table:name="Notes" table:style-name="ta1">'
        '<table:table-column table:style-name="co4" table:default-cell-style-name="Default"/>'
        '<table:table-column table:style-name="co5" table:number-columns-repeated="3" '
        'table:default-cell-style-name="Default"/>' + note_rows + "</table:table>"
    )
    return (
        ODF_HEAD
        + "<office:document-content "
        + _decl("office", "style", "text", "table", "fo", "svg", "calcext")
        + ' office:version="1.3">'
        "<office:scripts/>"
        '<office:font-face-decls><style:font-face style:name="Liberation Sans" '
        'svg:font-family="\'Liberation Sans\'" style:font-family-generic="swiss" '
        'style:font-pitch="variable"/></office:font-face-decls>'
        f"<office:automatic-styles>{styles}</office:automatic-styles>"
        "<office:body><office:spreadsheet>"
        '<table:calculation-settings table:automatic-find-labels="false"/>'
        + roles_sheet
        + notes_sheet
        + "<table:named-expressions/>"
        "</office:spreadsheet></office:body></office:document-content>"
    )


ODS_STYLES = (
    ODF_HEAD + f"<office:document-styles {_decl('office', 'style', 'text', 'table', 'fo', 'svg')} "
    'office:version="1.3">'
    '<office:font-face-decls><style:font-face style:name="Liberation Sans" '
    'svg:font-family="\'Liberation Sans\'" style:font-family-generic="swiss" '
    'style:font-pitch="variable"/></office:font-face-decls>'
    "<office:styles>"
    '<style:default-style style:family="table-cell"><style:paragraph-properties '
    'style:tab-stop-distance="0.5in"/><style:text-properties style:font-name="Liberation Sans" '
    'fo:font-size="10pt" fo:language="en" fo:country="GB"/></style:default-style>'
    '<style:style style:name="Default" style:family="table-cell"/>'
    '<style:style style:name="Heading" style:family="table-cell" style:parent-style-name='
    '"Default"><style:text-properties fo:font-size="24pt" fo:font-weight="bold"/></style:style>'
    "</office:styles>"
    "<office:automatic-styles>"
    '<style:page-layout style:name="Mpm1"><style:page-layout-properties '
    'style:writing-mode="lr-tb"/></style:page-layout>'
    "</office:automatic-styles>"
    '<office:master-styles><style:master-page style:name="Default" '
    'style:page-layout-name="Mpm1"/></office:master-styles>'
    "</office:document-styles>"
)

ODS_META = (
    ODF_HEAD + f'<office:document-meta {_decl("office", "meta", "dc")} office:version="1.3">'
    "<office:meta>"
    "<meta:initial-creator>Student Success Programme Manager</meta:initial-creator>"
    "<meta:creation-date>2028-05-02T11:20:00</meta:creation-date>"
    f"<dc:date>{ODS_WHEN}</dc:date>"
    "<dc:creator>Student Success Programme Manager</dc:creator>"
    f"<dc:title>{escape(ROSTER_TITLE)}</dc:title>"
    "<meta:editing-cycles>7</meta:editing-cycles>"
    "<meta:generator>LibreOffice/7.6.7.2$Linux_X86_64 LibreOffice_project/"
    "60$Build-2</meta:generator>"
    "</office:meta></office:document-meta>"
)

ODS_MANIFEST = (
    ODF_HEAD + f'<manifest:manifest {_decl("manifest")} manifest:version="1.3">'
    f'<manifest:file-entry manifest:full-path="/" manifest:version="1.3" '
    f'manifest:media-type="{ODS_MIME}"/>'
    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
    '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
    '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
    "</manifest:manifest>"
)


def ods_bytes() -> bytes:
    """The roster spreadsheet: ``mimetype`` first and stored, the other parts deflated in sorted
    order, every entry at one fixed time."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        parts = [
            ("mimetype", ODS_MIME, zipfile.ZIP_STORED),
            ("META-INF/manifest.xml", ODS_MANIFEST, zipfile.ZIP_DEFLATED),
            ("content.xml", ods_content(), zipfile.ZIP_DEFLATED),
            ("meta.xml", ODS_META, zipfile.ZIP_DEFLATED),
            ("styles.xml", ODS_STYLES, zipfile.ZIP_DEFLATED),
        ]
        for name, body, method in parts:
            info = zipfile.ZipInfo(name, date_time=ODS_TIME)
            info.compress_type = method
            info.external_attr = 0o644 << 16
            z.writestr(info, body.encode("utf-8"))
    return out.getvalue()


def build(root: Path) -> None:
    case = root / CASE
    case.mkdir(parents=True, exist_ok=True)
    build_deck(case / DECK)
    files: dict[str, str | bytes] = {f"org/{k}": v for k, v in ORG_TEXT.items()}
    files["org/people/student-success-roles.ods"] = ods_bytes()
    files["org/governance/student-partnership-agreement-extract.docx"] = partnership_docx()
    write_files(case, files)


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
