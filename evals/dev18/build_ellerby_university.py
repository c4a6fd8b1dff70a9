"""Build the dev18 case ``ellerby-university``: its deck and its org folder, deterministically.

Run from the repository root with a Python that has reportlab, pypdf, openpyxl, python-docx and
python-pptx. reportlab is not in the project's lock, so use the separate venv:

    python3 -m venv /tmp/rl
    /tmp/rl/bin/pip install reportlab pypdf==7.1.1 openpyxl==3.1.5 python-docx==1.2.0 python-pptx==1.0.2
    /tmp/rl/bin/python evals/dev18/build_ellerby_university.py [out-folder]

Writes, under ``evals/dev18/ellerby-university/`` (or ``<out-folder>/ellerby-university/``),
every file of the case but ``gold.json``:

- ``every-student-connected-ueb-2029-06-notes-pages.pdf``: a university's student experience and
  digital campus plan as PowerPoint prints it with "Print > Notes Pages" to PDF, imitated with
  reportlab's canvas in core Helvetica: 17 A4 portrait pages (595 x 842 pt), ONE SLIDE PER
  PAGE. The upper half of each page holds the slide as a notes page draws it: a thin frame of
  460 x 259 pt (16:9) with the slide's own text inside at small size (titles about 13 pt, body
  6-9 pt), an eyebrow over the title, bullets drawn as small circles (picture bullets), KPI
  tiles (a big figure over a caption, side by side, so the figures share a baseline), two-column
  slides, a KPI table and a risk table drawn as rules and text (no table object), a roadmap
  drawn as bars on a grid of academic years and semesters with gate diamonds, and a small slide
  number in the slide's bottom-right corner. Each drawn string is its own text object, so a
  reader gets a table row's cells, a tile's figure and its caption, one line each. The lower half holds the speaker notes in 11.5 pt Helvetica,
  wrapped paragraphs: presenter chatter ("Pause for questions here", "Hand over to Priya"),
  notes that repeat the slide, and on pages 6, 12 and 16 a concrete commitment that is NOT on
  the slide. Every page carries the notes master's header ("Ellerby University | Every Student
  Connected | Notes pages | OFFICIAL" and the meeting date) and footer (the paper reference and
  the page number, outside the slide frame). The Creator and Producer are PowerPoint's.
- ``org/people/programme-structure-chart.pdf``: the roster as an org chart exported from Visio
  to PDF: one A3 landscape page, a title and a legend at the top, four tiers of rectangular
  boxes joined by elbow connector lines (solid for the line of the programme, dashed for the
  consult-only boxes), each box holding the role title in bold (wrapping onto two lines where
  it must), an involvement tag line ("Core team" / "Extended team" / "Consult only") and a one-
  or two-line remit in 6 pt type, and a "Last revised" footer. The text of a tier is written
  slot by slot across the tier (every box's first title line, then every box's second, then the
  tags, then the remits), as the boxes share baselines, so a naive extraction reads ACROSS the
  boxes of a tier; only grouping the text by the drawn rectangles (``chart_boxes()``) gives the
  roles back.
- ``org/``: the Programme Board's terms of reference, a note on Senate business, an extract of
  the workload agreement with the UCU branch (DOCX), a systems and data inventory, measure
  definitions, an extract of the Students' Union partnership agreement, an extract of the
  access and participation plan, a regulatory compliance note, a Saltcote campus profile, an
  NSS and continuation summary and an email from the Head of Wellbeing and Counselling.

Re-running it rewrites every file byte for byte: reportlab's invariant mode (fixed dates and
document ID) for the two PDFs, ``evals/dev16/_build.py``'s fixed ZIP times and core dates for
the DOCX, and the text files as literal strings. It never touches ``gold.json``.

This is a DEVELOPMENT case (split "dev18").
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from docx import Document
from docx.shared import Pt as DocxPt
from reportlab.lib import colors
from reportlab.lib.pagesizes import A3, A4, landscape
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas as rl_canvas

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals.dev16._build import Stamp, ooxml_bytes, write_files  # noqa: E402

HERE = Path(__file__).resolve().parent
CASE = "ellerby-university"
DECK = "every-student-connected-ueb-2029-06-notes-pages.pdf"
CHART = "people/programme-structure-chart.pdf"
STAMP = Stamp((2029, 5, 14, 10, 0, 0), "2029-05-14T10:00:00Z")

SANS = "Helvetica"
BOLD = "Helvetica-Bold"
OBLIQUE = "Helvetica-Oblique"


def rgb(r: int, g: int, b: int) -> colors.Color:
    return colors.Color(r / 255, g / 255, b / 255)


INK = rgb(33, 37, 41)
NAVY = rgb(22, 48, 92)
TEAL = rgb(0, 122, 128)
CORAL = rgb(214, 90, 64)
MUTED = rgb(104, 112, 122)
PALE = rgb(232, 240, 246)
SAND = rgb(246, 241, 232)
RULE = rgb(178, 188, 198)
FRAME = rgb(120, 120, 120)
WHITE = colors.white


def width(text: str, font: str, size: float) -> float:
    return stringWidth(text, font, size)


def wrap(text: str, font: str, size: float, limit: float) -> list[str]:
    """Greedy word wrap by the font's own widths."""
    lines: list[str] = []
    line = ""
    for word in text.split(" "):
        trial = word if not line else f"{line} {word}"
        if width(trial, font, size) <= limit or not line:
            line = trial
        else:
            lines.append(line)
            line = word
    lines.append(line)
    return lines


# =========================================================================== the notes page

PAGE_W, PAGE_H = A4  # 595.28 x 841.89, portrait
FX = 67.5  # the slide frame's left edge
FW, FH = 460.0, 258.75  # 16:9
FTOP = PAGE_H - 66.0  # the slide frame's top edge
NOTES_TOP = FTOP - FH - 44.0  # first notes baseline
NOTES_SIZE = 11.5
NOTES_LEAD = 15.0
HEADER = "Ellerby University | Every Student Connected | Notes pages | OFFICIAL"
MEETING = "UEB, 11 June 2029"
PAPER = "Paper UEB/29/061"
PAGES = 17


class Slide:
    """One notes page: the slide inside its frame (slide coordinates: x from the frame's left
    edge, y down from its top edge) and the speaker notes under it."""

    def __init__(self, c: rl_canvas.Canvas, number: int) -> None:
        self.c = c
        self.number = number
        # the notes master: header and date
        c.setFillColor(MUTED)
        c.setFont(SANS, 8)
        c.drawString(FX - 22, PAGE_H - 34, HEADER)
        c.drawRightString(FX + FW + 22, PAGE_H - 34, MEETING)
        # the slide image's frame
        c.setFillColor(WHITE)
        c.setStrokeColor(FRAME)
        c.setLineWidth(0.5)
        c.rect(FX, FTOP - FH, FW, FH, fill=1, stroke=1)

    # ------------------------------------------------------------------ coordinates
    @staticmethod
    def X(x: float) -> float:
        return FX + x

    @staticmethod
    def Y(y: float) -> float:
        return FTOP - y

    # ------------------------------------------------------------------ slide text
    def text(self, x, y, s, font=SANS, size=8.0, color=INK, align="left") -> None:
        c = self.c
        c.setFont(font, size)
        c.setFillColor(color)
        if align == "center":
            c.drawCentredString(self.X(x), self.Y(y), s)
        elif align == "right":
            c.drawRightString(self.X(x), self.Y(y), s)
        else:
            c.drawString(self.X(x), self.Y(y), s)

    def lines(self, x, y, text, limit, font=SANS, size=8.0, color=INK, lead=1.25) -> float:
        """A wrapped paragraph from baseline ``y`` down; returns the next baseline."""
        for line in wrap(text, font, size, limit):
            self.text(x, y, line, font, size, color)
            y += size * lead
        return y

    def bullets(self, x, y, items, limit, size=7.5, gap=2.5, color=INK, mark=TEAL) -> float:
        """Bullets as small circles left of the text; wrapped text keeps the indent."""
        for item in items:
            self.dot(x + 1.6, y - size * 0.3, size * 0.16, mark)
            y = self.lines(x + 8, y, item, limit - 8, SANS, size, color)
            y += gap
        return y

    def dot(self, x, y, r, fill=TEAL) -> None:
        """A bullet, drawn as a filled circle (PowerPoint exports picture bullets as shapes)."""
        self.c.setFillColor(fill)
        self.c.circle(self.X(x), self.Y(y), r, fill=1, stroke=0)

    def eyebrow(self, label: str) -> None:
        self.text(18, 20, label, BOLD, 6, TEAL)

    def title(self, text: str, size: float = 13.0) -> float:
        y = self.lines(18, 36, text, FW - 36, BOLD, size, NAVY, lead=1.15)
        return y

    def rect(self, x, y, w, h, fill=None, stroke=None, line=0.5, dash=None) -> None:
        c = self.c
        if fill is not None:
            c.setFillColor(fill)
        if stroke is not None:
            c.setStrokeColor(stroke)
            c.setLineWidth(line)
        if dash:
            c.setDash(dash)
        c.rect(
            self.X(x),
            self.Y(y + h),
            w,
            h,
            fill=int(fill is not None),
            stroke=int(stroke is not None),
        )
        if dash:
            c.setDash()

    def rule(self, x1, y1, x2, y2, color=RULE, line=0.5) -> None:
        self.c.setStrokeColor(color)
        self.c.setLineWidth(line)
        self.c.line(self.X(x1), self.Y(y1), self.X(x2), self.Y(y2))

    def diamond(self, x, y, r, fill=CORAL) -> None:
        p = self.c.beginPath()
        p.moveTo(self.X(x), self.Y(y - r))
        p.lineTo(self.X(x + r), self.Y(y))
        p.lineTo(self.X(x), self.Y(y + r))
        p.lineTo(self.X(x - r), self.Y(y))
        p.close()
        self.c.setFillColor(fill)
        self.c.drawPath(p, fill=1, stroke=0)

    def number_corner(self) -> None:
        self.text(FW - 10, FH - 8, str(self.number), SANS, 6, MUTED, "right")

    # ------------------------------------------------------------------ the notes
    def notes(self, paragraphs: list[str]) -> None:
        c = self.c
        c.setFillColor(INK)
        y = NOTES_TOP
        for para in paragraphs:
            for line in wrap(para, SANS, NOTES_SIZE, FW):
                c.setFont(SANS, NOTES_SIZE)
                c.drawString(FX, y, line)
                y -= NOTES_LEAD
            y -= 7
        assert y > 70, f"page {self.number}: the notes run into the footer"

    def footer(self) -> None:
        c = self.c
        c.setFillColor(MUTED)
        c.setFont(SANS, 8)
        c.drawString(FX - 22, 30, PAPER)
        c.setFont(SANS, 9)
        c.drawRightString(FX + FW + 22, 30, str(self.number))


# =========================================================================== the slides


def s01_cover(s: Slide) -> list[str]:
    s.rect(0, 0, 10, FH, fill=NAVY)
    s.text(30, 52, "ELLERBY UNIVERSITY", BOLD, 7, TEAL)
    s.text(30, 92, "Every Student Connected", BOLD, 24, NAVY)
    s.text(30, 116, "Student Experience and Digital Campus Plan, 2029/30 to 2031/32", SANS, 10, INK)
    s.rule(30, 136, 300, 136, TEAL, 1.0)
    s.text(30, 156, "University Executive Board  |  11 June 2029  |  For decision", SANS, 8, MUTED)
    s.text(30, 170, "Millgate campus  \u00b7  Saltcote campus", SANS, 8, MUTED)
    s.text(30, 226, "Sponsor: Deputy Vice-Chancellor (Education and Students)", SANS, 6.5, MUTED)
    return [
        "Cover. Thank you for making time for this item. The two-page summary went out with "
        "the papers on 4 June; this is the full plan behind it.",
        "I will take the first half, up to the measures, and then hand over to Priya Nandra, "
        "who will run the programme, for the roadmap, the Saltcote pilot and the first 100 days.",
        "If the Board agrees today, the plan and its budget go to Council on 2 July.",
    ]


def s02_where(s: Slide) -> list[str]:
    s.eyebrow("WHERE WE ARE")
    s.title("Where we are: 21,150 students, two campuses, five logins")
    tiles = [
        ("21,150", "students in 2028/29: 17,900 at Millgate and 3,250 at Saltcote"),
        ("84.1%", "of full-time first-years continued into year two (2027/28 entrants)"),
        ("64%", "positive for organisation and management in the NSS 2028"),
        ("19 pts", "awarding gap in good honours between Black and white students"),
        ("5", "separate logins a new student needs in welcome week"),
    ]
    col = (FW - 36) / 5
    for i, (big, caption) in enumerate(tiles):
        x = 18 + i * col
        s.rect(x, 62, col - 8, 112, fill=PALE)
        s.text(x + 7, 96, big, BOLD, 18, TEAL)
        s.lines(x + 7, 116, caption, col - 22, SANS, 7, INK)
    s.rule(18, 192, FW - 18, 192)
    s.text(
        18,
        208,
        "Continuation fell from 87.3% to 84.1% in three years; at Saltcote it is 80.2%.",
        SANS,
        7.5,
        INK,
    )
    s.text(
        18,
        236,
        "Source: ERIS, NSS 2028, Ellerby Insight. Continuation is the OfS measure.",
        SANS,
        6,
        MUTED,
    )
    return [
        "These are the figures for 2028/29 unless the slide says otherwise. Continuation is the "
        "regulator\u2019s measure for the 2027/28 entrants: it is above the threshold, but it has "
        "fallen three years running, and at Saltcote it is four points lower again.",
        "The five logins are ERIS, TimeGrid, Learn@Ellerby, the library and email. Students told "
        "us about them before we asked.",
    ]


def s03_tell(s: Slide) -> list[str]:
    s.eyebrow("WHERE WE ARE")
    s.title("What students tell us")
    mid = FW / 2 + 4
    s.text(18, 66, "What works", BOLD, 9, TEAL)
    s.bullets(
        18,
        82,
        [
            "Teaching on my course: 82% positive in the NSS 2028",
            "Small-group teaching at Saltcote is valued in every survey",
            "Millgate library is open 24/7 in term",
            "77% of students find Learn@Ellerby easy to use",
        ],
        mid - 36,
        size=7.5,
    )
    s.rect(mid - 6, 54, FW - mid - 12, 178, fill=SAND)
    s.text(mid, 66, "What gets in the way", BOLD, 9, CORAL)
    s.bullets(
        mid,
        82,
        [
            "One in three first-years could not name their personal tutor by reading week",
            "62% of programmes publish timetables less than two weeks before teaching",
            "Saltcote students wait 11 working days for a first wellbeing appointment",
            "Only 41% of modules meet our own minimum standard on Learn@Ellerby",
            "Lecture capture in 140 of Millgate\u2019s 310 teaching rooms, and none at Saltcote",
        ],
        FW - mid - 24,
        size=7.5,
        mark=CORAL,
    )
    return [
        "Pause for questions here if the Board wants to test any of these.",
        "The left-hand column matters: teaching is not the problem, and students rate their "
        "lecturers well. What lets them down is everything around the teaching: who to ask, when "
        "the timetable arrives, how long the wait is at Saltcote.",
        "At the Student Forum in March one first-year put it plainly: \u2018I didn\u2019t know who "
        "my tutor was until November.\u2019",
    ]


def s04_ambition(s: Slide) -> list[str]:
    s.eyebrow("OUR AMBITION")
    s.text(18, 44, "Every Ellerby student known, supported and connected,", BOLD, 15, NAVY)
    s.text(18, 63, "on both campuses.", BOLD, 15, NAVY)
    s.rule(18, 80, FW - 18, 80, TEAL, 1.0)
    s.text(18, 100, "By July 2032:", BOLD, 9, INK)
    rows = [
        ("89%", "of full-time first-years continue into their second year (84.1% today)"),
        ("Top 25%", "of English universities in the NSS for \u2018Academic support\u2019 and"),
        ("", "\u2018Organisation and management\u2019, by the 2032 survey"),
        ("9 pts", "awarding gap between Black and white students, down from 19"),
    ]
    y = 124
    for big, line in rows:
        if big:
            s.text(18, y, big, BOLD, 13, TEAL)
        s.text(90, y, line, SANS, 8.5, INK)
        y += 16 if not big or line.endswith("and") else 26
    s.text(
        18,
        236,
        "Our promise to students, agreed with Ellerby Students\u2019 Union, May 2029",
        OBLIQUE,
        7,
        MUTED,
    )
    return [
        "The north star is deliberately plain. The Board will not see it on a dashboard; it will "
        "see the three numbers under it, every term.",
        "We chose the two NSS themes where we are furthest from the sector and where the plan\u2019s "
        "work lands most directly.",
    ]


def s05_priorities(s: Slide) -> list[str]:
    s.eyebrow("OUR PRIORITIES")
    s.title("Four priorities, one foundation")
    pillars = [
        ("1", "Known and supported", "A tutor who knows you, and help when you need it"),
        ("2", "A digital campus that works", "One login, one app, a timetable you can plan around"),
        (
            "3",
            "Learning without barriers",
            "Every module, recording and reading list, on both campuses",
        ),
        ("4", "Voice and belonging", "Students shape the plan, and the awarding gap closes"),
    ]
    col = (FW - 36) / 4
    for i, (num, name, line) in enumerate(pillars):
        x = 18 + i * col
        s.rect(x, 56, col - 8, 124, fill=PALE)
        s.text(x + 8, 80, num, BOLD, 16, TEAL)
        y = s.lines(x + 8, 100, name, col - 24, BOLD, 9, NAVY, lead=1.2)
        s.lines(x + 8, y + 6, line, col - 24, SANS, 7.5, INK)
    s.rect(18, 192, FW - 44, 34, fill=NAVY)
    s.text(28, 213, "Foundation: one set of student data, used lawfully and well", BOLD, 8.5, WHITE)
    return [
        "Each priority has a lead on the University Executive Board and a workstream lead in the "
        "programme team. The foundation is not a fifth project: it is the rule that everything we "
        "build uses one set of student data, lawfully.",
        "The next four slides take the priorities one at a time.",
    ]


def priority(
    s: Slide,
    eyebrow: str,
    title: str,
    goal: list[str],
    actions: list[str],
    know: list[str],
    lead: str,
) -> None:
    s.eyebrow(eyebrow)
    y = s.title(title)
    for line in goal:
        s.text(18, y + 2, line, BOLD, 8.5, TEAL)
        y += 11
    top = y + 8
    split = 292
    s.text(18, top + 8, "What we will do", BOLD, 8, NAVY)
    s.bullets(18, top + 22, actions, split - 30, size=7)
    s.rect(split, top, FW - split - 18, FH - top - 30, fill=SAND)
    s.text(split + 8, top + 12, "How we will know", BOLD, 8, CORAL)
    ky = top + 26
    for item in know:
        ky = s.lines(split + 8, ky, item, FW - split - 34, SANS, 7, INK) + 4
    s.text(18, FH - 12, lead, OBLIQUE, 6.5, MUTED)


def s06_p1(s: Slide) -> list[str]:
    priority(
        s,
        "PRIORITY 1",
        "Known and supported",
        [
            "Goal: every new student has a named personal academic tutor in ERIS",
            "before they enrol, from September 2030",
        ],
        [
            "Give every personal academic tutor a dashboard of their tutees\u2019 attendance and Learn@Ellerby activity",
            "Record every tutor meeting in ERIS, so a tutee\u2019s history moves with them",
            "Bring the Saltcote wellbeing team onto Compass, the case system Millgate already uses",
            "Triage every wellbeing referral within two working days, on both campuses",
            "Train all 640 personal academic tutors in the new tutoring framework by September 2030",
        ],
        [
            "First-years meeting their tutor in weeks 1-4: from 52% to 95%",
            "Wellbeing referrals seen within 5 working days: from 58% to 90%",
        ],
        "Lead: Director of Student Services, with the Academic Lead for Personal Tutoring",
    )
    return [
        "Priority 1 is the heart of the plan. A tutor who can see that a tutee has not logged in "
        "for three weeks can do something about it; today they cannot see it.",
        "The two numbers in the box are rows on the measures slide.",
        "Not on the slide: from February 2030 we will open a wellbeing drop-in in the Saltcote "
        "library three afternoons a week, staffed by two of the four new wellbeing practitioners, "
        "so that students there can be seen without an appointment.",
    ]


def s07_p2(s: Slide) -> list[str]:
    priority(
        s,
        "PRIORITY 2",
        "A digital campus that works",
        [
            "Goal: one login and one app for timetable, Learn@Ellerby, library and email",
            "by September 2030",
        ],
        [
            "Put ERIS, TimeGrid, Learn@Ellerby, Folio and email behind one single sign-on",
            "Launch the Ellerby app for iOS and Android, built on the MyEllerby portal",
            "Replace Saltcote\u2019s paper room-booking diaries with TimeGrid by July 2030",
            "Confirm module choices in ERIS by 30 June each year, so timetables can be built in July",
            "Upgrade the wifi in all five Saltcote teaching buildings",
        ],
        [
            "Programmes with timetables published 6 weeks before teaching: from 38% to 100%",
            "Logins a new student needs in welcome week: from 5 to 1",
        ],
        "Lead: Director of Digital Services, with the Academic Registrar for timetabling",
    )
    return [
        "This is the slide students will notice first. The app is a buy, not a build: we will "
        "procure it and configure it, and the tender goes out in the first 100 days.",
        "Moving module choices to 30 June is the change that makes early timetables possible. It "
        "needs Senate to change the regulation on module registration.",
        "Any questions on the technology side, Marcus is here and can take them.",
    ]


def s08_p3(s: Slide) -> list[str]:
    priority(
        s,
        "PRIORITY 3",
        "Learning without barriers",
        [
            "Goal: every module meets the Learn@Ellerby minimum standard by July 2032",
        ],
        [
            "Fit lecture capture to the 22 Saltcote teaching rooms and 60 more Millgate rooms",
            "Publish every recorded lecture on Learn@Ellerby within 48 hours",
            "Move every reading list into ListBuilder, with key texts as e-books where publishers allow",
            "Open Saltcote library until 22:00 in both assessment periods",
            "Show each student\u2019s reasonable adjustments to their module leaders in Learn@Ellerby",
        ],
        [
            "Modules meeting the minimum standard: from 41% to 100%",
            "Teaching rooms with lecture capture: from 140 to 222",
        ],
        "Lead: Head of Digital Learning, with the University Librarian",
    )
    return [
        "Lecture capture matters most to students who commute, students who care for someone and "
        "disabled students; the Students\u2019 Union\u2019s own survey put it first.",
        "Twenty-two rooms at Saltcote means every teaching room there.",
    ]


def s09_p4(s: Slide) -> list[str]:
    priority(
        s,
        "PRIORITY 4",
        "Voice and belonging",
        [
            "Goal: close the awarding gap between Black and white students",
            "from 19 to 9 points by 2031/32",
        ],
        [
            "Agree a partnership statement with Ellerby Students\u2019 Union and review it every year",
            "Pay 60 student digital champions to help first-years through welcome week",
            "Run the Ellerby Pulse survey every term from semester 2 of 2029/30",
            "Fund 12 course-level projects on the awarding gap each year, chosen with students",
            "Hold a Student Forum on each campus every semester, with UEB members present",
        ],
        [
            "Awarding gap: from 19 to 9 points",
            "Sense of belonging: baseline in 2029/30, target set at Gate B",
        ],
        "Lead: Head of Inclusive Education; designed with Ellerby Students\u2019 Union",
    )
    return [
        "The Union\u2019s President has read this slide and asked us to write \u2018designed with "
        "the Students\u2019 Union\u2019 rather than \u2018consulted\u2019. We agreed.",
        "The awarding-gap target goes one point further than the 10 points in our access and "
        "participation plan.",
    ]


KPI_ROWS = [
    ("Full-time first-year continuation", "84.1%", "86.5%", "89.0%"),
    ("NSS Academic support positivity", "74%", "78%", "84%"),
    ("NSS Organisation and management positivity", "64%", "70%", "76%"),
    ("First-years meeting their personal tutor in weeks 1-4", "52%", "80%", "95%"),
    ("Wellbeing referrals seen within 5 working days", "58%", "80%", "90%"),
    ("Programmes with timetables published 6 weeks before teaching", "38%", "75%", "100%"),
    ("Modules meeting the Learn@Ellerby minimum standard", "41%", "75%", "100%"),
    ("Awarding gap, Black and white students (good honours)", "19 pts", "14 pts", "9 pts"),
    ("Sense of belonging (Ellerby Pulse survey)", "No baseline", "Baseline set", "Set at Gate B"),
]


def s10_kpis(s: Slide) -> list[str]:
    s.eyebrow("MEASURES")
    s.title("How we will measure success")
    s.text(
        18,
        50,
        "Nine measures, reported to the Programme Board monthly and to UEB each term",
        SANS,
        7.5,
        MUTED,
    )
    cols = [18, 236, 306, 376]
    right = FW - 18
    head = ["Measure", "Baseline 2028/29", "2030/31", "Target 2031/32"]
    s.rect(18, 58, right - 18, 15, fill=NAVY)
    for x, h in zip(cols, head, strict=True):
        s.text(x + 4, 68.5, h, BOLD, 7, WHITE)
    y = 73
    for label, base, mid, target in KPI_ROWS:
        s.rule(18, y + 16, right, y + 16)
        s.text(cols[0] + 4, y + 11, label, SANS, 7, INK)
        s.text(cols[1] + 4, y + 11, base, SANS, 7, INK)
        s.text(cols[2] + 4, y + 11, mid, SANS, 7, INK)
        s.text(cols[3] + 4, y + 11, target, BOLD, 7, TEAL)
        y += 16
    for x in cols[1:]:
        s.rule(x, 58, x, y)
    s.text(
        18,
        y + 14,
        "2031/32: the academic year to 31 July 2032. NSS: the survey published in July of that year.",
        SANS,
        6,
        MUTED,
    )
    s.text(
        18,
        y + 23,
        "Continuation: the OfS definition, full-time first-degree entrants.",
        SANS,
        6,
        MUTED,
    )
    return [
        "Nine measures. The Programme Board sees all nine monthly; UEB sees them each term and "
        "Council once a year.",
        "The belonging row has no target yet. We will not invent one before the Pulse survey has "
        "run twice; the Board sets it at Gate B.",
        "Hand over to Priya.",
    ]


def s11_roadmap(s: Slide) -> list[str]:
    s.eyebrow("ROADMAP")
    s.title("Roadmap: 36 months from August 2029")
    x0, x1 = 18.0, FW - 18
    per = (x1 - x0) / 36
    # academic years and semesters (month 0 = August 2029)
    for i, year in enumerate(["2029/30", "2030/31", "2031/32"]):
        xa = x0 + i * 12 * per
        s.rect(xa, 50, 12 * per - 1, 13, fill=NAVY)
        s.text(xa + 6 * per, 59.5, year, BOLD, 7, WHITE, "center")
        for label, start, length in (
            ("Su", 0, 1),
            ("Semester 1", 1, 5),
            ("Semester 2", 6, 5),
            ("Su", 11, 1),
        ):
            xs = xa + start * per
            s.rect(xs, 64, length * per - 1, 10, fill=PALE)
            s.text(xs + length * per / 2, 71, label, SANS, 5.5, MUTED, "center")
    phases = [
        ("Phase 1  Foundations", "Aug 2029 - Jan 2030", 0, 6, TEAL),
        ("Phase 2  Pilot at Saltcote", "Feb 2030 - Jan 2031", 6, 18, CORAL),
        ("Phase 3  Roll out at Millgate", "Feb 2031 - Jan 2032", 18, 30, NAVY),
        ("Phase 4  Embed and hand over", "Feb - Jul 2032", 30, 36, MUTED),
    ]
    y = 82
    for name, span, a, b, colour in phases:
        bar = (b - a) * per - 1
        s.rect(x0 + a * per, y, bar, 20, fill=colour)
        if width(name, BOLD, 6.5) + 8 <= bar:  # the label inside the bar
            s.text(x0 + a * per + 4, y + 8.5, name, BOLD, 6.5, WHITE)
            s.text(x0 + a * per + 4, y + 16.5, span, SANS, 6, WHITE)
        elif a == 0:  # beside it, to the right
            s.text(x0 + b * per + 4, y + 8.5, name, BOLD, 6.5, INK)
            s.text(x0 + b * per + 4, y + 16.5, span, SANS, 6, MUTED)
        else:  # beside it, to the left
            s.text(x0 + a * per - 4, y + 8.5, name, BOLD, 6.5, INK, "right")
            s.text(x0 + a * per - 4, y + 16.5, span, SANS, 6, MUTED, "right")
        y += 24
    gates = [
        (6, "Gate A  Jan 2030: ready to pilot?"),
        (18, "Gate B  Jan 2031: go/no-go for roll-out"),
        (30, "Gate C  Jan 2032: roll-out complete"),
        (36, "Gate D  Jul 2032: close and hand over"),
    ]
    for month, _ in gates:
        s.diamond(x0 + month * per - 0.5, 186, 4)
    s.text(18, 204, gates[0][1], SANS, 6.5, INK)
    s.text(130, 204, gates[1][1], SANS, 6.5, INK)
    s.text(18, 214, gates[2][1], SANS, 6.5, INK)
    s.text(130, 214, gates[3][1], SANS, 6.5, INK)
    s.text(262, 204, "Senate approves the tutoring policy: Nov 2029", SANS, 6.5, INK)
    s.text(262, 214, "Ellerby app live for all students: Sep 2030", SANS, 6.5, INK)
    s.text(262, 224, "Timetables six weeks ahead everywhere: Sep 2031", SANS, 6.5, INK)
    s.text(
        18,
        240,
        "Month 0 = 1 August 2029. Each gate is decided by the sponsor on the Programme Board\u2019s advice.",
        SANS,
        6,
        MUTED,
    )
    return [
        "Thank you. The clock starts on 1 August 2029 and runs 36 months, to the end of July 2032: "
        "three academic years.",
        "Phase 2 is a full academic cycle at Saltcote on purpose: semester 2, the summer and a "
        "September intake, so that the Gate B decision rests on a real welcome week.",
        "Each gate is a decision by the sponsor on the Programme Board\u2019s advice, under the "
        "delegation we ask for on the last slide.",
    ]


def s12_pilot(s: Slide) -> list[str]:
    s.eyebrow("PILOT")
    s.title("Pilot: Saltcote campus, February 2030 to January 2031")
    mid = 200
    s.text(18, 66, "Why Saltcote", BOLD, 8.5, TEAL)
    s.bullets(
        18,
        80,
        [
            "3,250 students in three schools: Marine and Coastal Sciences, Nursing and Health, Art and Design",
            "One library, one wellbeing team of four, five teaching buildings",
            "The longest wellbeing waits (11 working days) and the lowest NSS organisation score (58%)",
        ],
        mid - 30,
        size=7,
    )
    s.text(mid, 66, "What the pilot does", BOLD, 8.5, NAVY)
    s.bullets(
        mid,
        80,
        [
            "Switch on the tutor dashboard for all 96 Saltcote tutors in February 2030",
            "Run Saltcote\u2019s semester 1 2030/31 timetables from TimeGrid, published by 1 August 2030",
            "Give every Saltcote student the Ellerby app in September 2030",
        ],
        FW - mid - 18,
        size=7,
    )
    s.text(18, 186, "Pilot lead: Dean of Saltcote Campus", BOLD, 7, NAVY)
    s.text(18, 197, "Progress reported to the Programme Board monthly", SANS, 7, INK)
    s.rect(mid - 6, 160, FW - mid - 12, 74, fill=SAND)
    s.text(mid, 173, "Pass marks for Gate B", BOLD, 8, CORAL)
    s.bullets(
        mid,
        186,
        [
            "80% of Saltcote first-years meet their tutor in weeks 1-4 of semester 1 2030/31",
            "80% of Saltcote wellbeing referrals seen within 5 working days",
            "No fall in NSS organisation and management at Saltcote",
        ],
        FW - mid - 24,
        size=6.5,
        gap=1.5,
        mark=CORAL,
    )
    return [
        "Saltcote is small enough to change in one go and has the most to gain.",
        "Not on the slide: we will run two open sessions with Saltcote course reps and the "
        "Students\u2019 Union in January 2030, before the pilot starts, one in the Harbour "
        "Building and one online.",
        "The pass marks are the ones the Board will see at Gate B.",
    ]


RISKS = [
    (
        "R1",
        "Senate does not approve the revised tutoring policy in time for September 2030",
        "High",
        "Take the revised Personal Academic Tutoring Policy to Senate in November 2029; February 2030 as fallback",
        "Academic Registrar",
    ),
    (
        "R2",
        "Tutors see the new framework as extra unfunded work",
        "High",
        "Agree a tutoring allowance in the workload model with UCU through the Joint Negotiating Committee before Gate A",
        "Academic Lead for Personal Tutoring",
    ),
    (
        "R3",
        "The tutor dashboard uses student data in new ways",
        "Medium",
        "Complete a data protection impact assessment with the DPO before the dashboard goes live",
        "Head of Planning and Student Insight",
    ),
    (
        "R4",
        "The app tender takes longer than planned",
        "Medium",
        "Issue the tender in September 2029; keep MyEllerby\u2019s mobile pages as the fallback",
        "Director of Digital Services",
    ),
    (
        "R5",
        "Saltcote paper case files do not migrate cleanly to Compass",
        "Medium",
        "Migrate open cases only; archive closed files under the retention schedule",
        "Head of Wellbeing and Counselling",
    ),
]


def s13_risks(s: Slide) -> list[str]:
    s.eyebrow("RISKS")
    s.title("Risks and how we will manage them")
    cols = [18, 36, 160, 196, 362]
    right = FW - 18
    head = ["", "Risk", "Rating", "Mitigation", "Owner"]
    s.rect(18, 48, right - 18, 13, fill=NAVY)
    for x, h in zip(cols, head, strict=True):
        s.text(x + 3, 57, h, BOLD, 6.5, WHITE)
    y = 61
    for rid, risk, rating, mitigation, owner in RISKS:
        cells = [
            wrap(rid, BOLD, 6.5, 14),
            wrap(risk, SANS, 6.5, cols[2] - cols[1] - 6),
            [rating],
            wrap(mitigation, SANS, 6.5, cols[4] - cols[3] - 6),
            wrap(owner, SANS, 6, right - cols[4] - 6),
        ]
        rows = max(len(c) for c in cells)
        for j, (x, lines) in enumerate(zip(cols, cells, strict=True)):
            for k, line in enumerate(lines):
                font = BOLD if j == 0 else SANS
                size = 6 if j == 4 else 6.5
                colour = CORAL if j == 2 and rating == "High" else INK
                s.text(x + 3, y + 9 + k * 8, line, font, size, colour)
        y += rows * 8 + 6
        s.rule(18, y, right, y)
    return [
        "The first two risks are the ones that could stop us: Senate and workload. Both have "
        "owners and dates.",
        "The rating is likelihood and impact combined.",
    ]


INVEST = [
    ("Tutor dashboard and engagement data", "0.30", "0.20", "0.10", "0.60"),
    ("Ellerby app and single sign-on", "0.50", "0.40", "0.20", "1.10"),
    ("Lecture capture (82 rooms)", "0.20", "0.50", "0.40", "1.10"),
    ("Four wellbeing practitioners", "0.20", "0.35", "0.35", "0.90"),
    ("Saltcote wifi, library hours and TimeGrid", "0.40", "0.30", "0.10", "0.80"),
    ("Awarding gap projects and digital champions", "0.15", "0.30", "0.30", "0.75"),
    ("Programme team", "0.35", "0.35", "0.30", "1.00"),
    ("Contingency", "0.15", "0.20", "0.20", "0.55"),
    ("Total", "2.25", "2.60", "1.95", "6.80"),
]


def s14_investment(s: Slide) -> list[str]:
    s.eyebrow("INVESTMENT")
    s.title("Investment: \u00a36.8m over three years")
    cols = [18, 230, 290, 350, 410]
    right = FW - 18
    head = ["\u00a3m", "2029/30", "2030/31", "2031/32", "Total"]
    s.rect(18, 48, right - 18, 13, fill=NAVY)
    for x, h in zip(cols, head, strict=True):
        s.text(x + 3, 57, h, BOLD, 6.5, WHITE)
    y = 61
    for row in INVEST:
        total = row[0] == "Total"
        for x, v in zip(cols, row, strict=True):
            s.text(x + 3, y + 10, v, BOLD if total else SANS, 6.5, INK)
        y += 14
        s.rule(18, y, right, y, NAVY if total else RULE)
    s.text(
        18,
        y + 16,
        "Funded from the strategic investment fund (\u00a35.1m) and the access and participation budget (\u00a31.7m)",
        SANS,
        7,
        INK,
    )
    s.text(
        18,
        y + 28,
        "Capital \u00a32.3m; revenue \u00a34.5m. Figures at 2029/30 prices.",
        SANS,
        6,
        MUTED,
    )
    return [
        "Of the \u00a36.8m, \u00a32.3m is capital: lecture capture, wifi and the app\u2019s set-up. The "
        "rest is revenue, most of it people.",
        "The four wellbeing practitioners continue after the plan ends; from 2032/33 they are in "
        "the Student Services base budget.",
    ]


def s15_governance(s: Slide) -> list[str]:
    s.eyebrow("GOVERNANCE")
    s.title("How we will run it")
    s.bullets(
        18,
        62,
        [
            "Sponsor: Deputy Vice-Chancellor (Education and Students), who chairs the Programme Board every month",
            "Programme Director: runs the plan, the RAID log and the gate reports",
            "Workstream leads: one for each priority, and one for the Saltcote campus",
            "Senate approves every change to academic regulations and to the tutoring policy",
            "The Students\u2019 Union President and the UCU branch are consulted at every Board",
            "UEB receives a report each term; Council an annual report each November",
        ],
        300,
        size=7.5,
        gap=4,
    )
    s.rect(330, 62, FW - 348, 90, fill=PALE)
    s.lines(
        338,
        78,
        "Gate decisions: delegated by UEB to the sponsor, on the Board\u2019s advice",
        100,
        BOLD,
        7.5,
        NAVY,
    )
    s.lines(338, 120, "Budget released phase by phase at each gate", 100, SANS, 7, INK)
    return [
        "Governance is deliberately light: one board, monthly, and the gates.",
        "Senate keeps every decision it has today. Nothing in this plan changes a regulation "
        "without it.",
    ]


def s16_first100(s: Slide) -> list[str]:
    s.eyebrow("FIRST 100 DAYS")
    s.title("Our first 100 days: August to November 2029")
    months = [
        (
            "August",
            [
                "Appoint the programme team and hold the first Programme Board",
                "Start the Compass set-up for the Saltcote wellbeing team",
            ],
        ),
        (
            "September",
            [
                "Issue the tender for the Ellerby app by 30 September",
                "Start the data protection impact assessment for the tutor dashboard",
            ],
        ),
        (
            "October",
            [
                "Submit the revised Personal Academic Tutoring Policy for Senate\u2019s November meeting",
                "Sign the partnership statement with Ellerby Students\u2019 Union",
            ],
        ),
        (
            "November",
            [
                "Audit every module against the Learn@Ellerby minimum standard by 30 November 2029",
                "Agree the Saltcote pilot baselines with the Programme Board",
            ],
        ),
    ]
    col = (FW - 36) / 2
    for i, (month, items) in enumerate(months):
        x = 18 + (i % 2) * col
        y = 62 + (i // 2) * 90
        s.rect(x, y, col - 10, 80, fill=PALE if i % 3 == 0 else SAND)
        s.text(x + 8, y + 14, month, BOLD, 8.5, NAVY)
        s.bullets(x + 8, y + 28, items, col - 28, size=7)
    return [
        "These are the first 100 days from 1 August.",
        "And one that is not on the slide: we will write to all 640 personal academic tutors in "
        "September 2029 to tell them what changes for them and when.",
        "Back to Helen for the ask.",
    ]


def s17_ask(s: Slide) -> list[str]:
    s.eyebrow("DECISIONS")
    s.title("What we ask of the University Executive Board")
    asks = [
        "Approve Every Student Connected and its budget of \u00a36.8m over three years, and recommend it to Council on 2 July 2029",
        "Agree the Saltcote campus pilot, February 2030 to January 2031",
        "Delegate each gate decision to the Deputy Vice-Chancellor (Education and Students) as sponsor",
        "Note that Senate must approve the revised Personal Academic Tutoring Policy before September 2030",
    ]
    y = 70.0
    for i, ask in enumerate(asks, start=1):
        s.text(18, y, str(i), BOLD, 13, TEAL)
        y = s.lines(40, y - 2, ask, FW - 70, SANS, 8.5, INK) + 12
    return [
        "Four decisions, two of them for recommendation to Council.",
        "Thank you. We are happy to take questions.",
    ]


SLIDES = [
    s01_cover,
    s02_where,
    s03_tell,
    s04_ambition,
    s05_priorities,
    s06_p1,
    s07_p2,
    s08_p3,
    s09_p4,
    s10_kpis,
    s11_roadmap,
    s12_pilot,
    s13_risks,
    s14_investment,
    s15_governance,
    s16_first100,
    s17_ask,
]


def deck_bytes() -> bytes:
    buf = io.BytesIO()
    c = rl_canvas.Canvas(buf, pagesize=A4, invariant=1, pageCompression=0)
    c.setTitle("Every Student Connected")
    c.setAuthor("Priya Nandra")
    c.setSubject("Student Experience and Digital Campus Plan, 2029/30 to 2031/32")
    c.setCreator("Microsoft\u00ae PowerPoint\u00ae for Microsoft 365")
    c._doc.info.producer = "Microsoft\u00ae PowerPoint\u00ae for Microsoft 365"
    assert len(SLIDES) == PAGES
    for n, draw in enumerate(SLIDES, start=1):
        s = Slide(c, n)
        notes = draw(s)
        s.number_corner()
        s.notes(notes)
        s.footer()
        c.showPage()
    c.save()
    return buf.getvalue()


# =========================================================================== the org chart

CHART_W, CHART_H = landscape(A3)  # 1190.55 x 841.89
BOX_W, BOX_H = 150.0, 66.0
GAP = 12.0
TAGS = ("Core team", "Extended team", "Consult only")
TITLE_SIZE, TAG_SIZE, REMIT_SIZE = 8.0, 6.5, 6.0
# baselines inside a box, down from its top edge: title lines 1 and 2, the tag, remit lines 1-2
SLOTS = (13.0, 23.0, 35.0, 46.0, 54.5)

# (role, tag, remit) by tier, left to right; the chart's reading order
TIERS: list[list[tuple[str, str, str]]] = [
    [
        (
            "Deputy Vice-Chancellor (Education and Students)",
            "Core team",
            "Sponsor. Chairs the Programme Board, takes each gate decision and releases the budget by phase.",
        ),
    ],
    [
        (
            "Students' Union President",
            "Consult only",
            "Speaks for students. Consulted on every change that affects them; owns no programme work.",
        ),
        (
            "UCU Branch Secretary",
            "Consult only",
            "Consulted through the JNC on tutoring workload and any change to staff duties.",
        ),
        (
            "Programme Director, Every Student Connected",
            "Core team",
            "Runs the plan, the RAID log, budget tracking and gate reports; secretary to the Board.",
        ),
        (
            "Data Protection Officer",
            "Consult only",
            "Consulted before student data is used in a new way; signs off each DPIA.",
        ),
        (
            "Regulatory Compliance Manager",
            "Consult only",
            "Consulted on OfS conditions and consumer protection before changes reach students.",
        ),
    ],
    [
        (
            "Academic Registrar",
            "Core team",
            "Student records (ERIS), academic regulations, Senate business and module registration.",
        ),
        (
            "Director of Student Services",
            "Core team",
            "Wellbeing, disability and advice services; Compass; partnership with the Students' Union.",
        ),
        (
            "Director of Digital Services",
            "Core team",
            "IT infrastructure, wifi, single sign-on, the MyEllerby portal and the Ellerby app.",
        ),
        (
            "University Librarian",
            "Core team",
            "Libraries on both campuses, opening hours, Folio and the ListBuilder reading lists.",
        ),
        (
            "Dean of Saltcote Campus",
            "Core team",
            "Saltcote's three schools and campus services; leads the Saltcote pilot.",
        ),
        (
            "Head of Planning and Student Insight",
            "Core team",
            "Ellerby Insight, NSS and continuation data, the Pulse survey, measures and dashboards.",
        ),
        (
            "Head of Inclusive Education",
            "Core team",
            "The awarding gap, the access and participation plan and inclusive curriculum projects.",
        ),
    ],
    [
        (
            "Timetabling Manager",
            "Core team",
            "TimeGrid, room booking and personal timetables on both campuses.",
        ),
        (
            "Academic Lead for Personal Tutoring",
            "Core team",
            "The tutoring policy and framework, tutor training and the tutoring workload allowance.",
        ),
        (
            "Head of Wellbeing and Counselling",
            "Core team",
            "Wellbeing and counselling teams on both campuses; referrals and triage.",
        ),
        (
            "Head of Digital Learning",
            "Core team",
            "Learn@Ellerby, lecture capture, the module minimum standard and the digital champions.",
        ),
        (
            "Head of Student Communications",
            "Extended team",
            "Messages to students, the app's content and welcome week communications.",
        ),
        (
            "Finance Business Partner (Education)",
            "Extended team",
            "The programme budget, forecasts and business cases.",
        ),
        (
            "HR Business Partner (Academic Schools)",
            "Extended team",
            "Recruitment, job descriptions and HR support in JNC negotiations.",
        ),
    ],
]
# programme lines: (tier, index) of each box's parent; consult-only boxes hang off the sponsor
PARENTS: dict[tuple[int, int], tuple[int, int]] = {
    (1, 0): (0, 0),
    (1, 1): (0, 0),
    (1, 2): (0, 0),
    (1, 3): (0, 0),
    (1, 4): (0, 0),
    (2, 0): (1, 2),
    (2, 1): (1, 2),
    (2, 2): (1, 2),
    (2, 3): (1, 2),
    (2, 4): (1, 2),
    (2, 5): (1, 2),
    (2, 6): (1, 2),
    (3, 0): (2, 0),
    (3, 1): (2, 1),
    (3, 2): (2, 1),
    (3, 3): (2, 2),
    (3, 4): (1, 2),
    (3, 5): (1, 2),
    (3, 6): (1, 2),
}
TIER_TOPS = (150.0, 290.0, 430.0, 570.0)  # each tier's top edge, down from the page's top


def _tier_x(n: int) -> list[float]:
    total = n * BOX_W + (n - 1) * GAP
    x = (CHART_W - total) / 2
    return [x + i * (BOX_W + GAP) for i in range(n)]


def chart_boxes() -> list[tuple[str, float, float, float, float]]:
    """(role, x, y, w, h) of every box in PDF coordinates (y the bottom edge), in reading order:
    the layout the checker groups the chart's text by."""
    out = []
    for t, tier in enumerate(TIERS):
        top = CHART_H - TIER_TOPS[t]
        for (role, _, _), x in zip(tier, _tier_x(len(tier)), strict=True):
            out.append((role, x, top - BOX_H, BOX_W, BOX_H))
    return out


def _box_lines(role: str, tag: str, remit: str) -> list[tuple[str, str, float, colors.Color]]:
    title = wrap(role, BOLD, TITLE_SIZE, BOX_W - 12)
    body = wrap(remit, SANS, REMIT_SIZE, BOX_W - 12)
    assert len(title) <= 2 and len(body) <= 2, role
    slots = [
        (title[0], BOLD, TITLE_SIZE, NAVY),
        (title[1] if len(title) > 1 else "", BOLD, TITLE_SIZE, NAVY),
        (tag, OBLIQUE, TAG_SIZE, TEAL if tag == "Core team" else MUTED),
        (body[0], SANS, REMIT_SIZE, INK),
        (body[1] if len(body) > 1 else "", SANS, REMIT_SIZE, INK),
    ]
    return slots


def chart_bytes() -> bytes:
    buf = io.BytesIO()
    c = rl_canvas.Canvas(buf, pagesize=(CHART_W, CHART_H), invariant=1, pageCompression=0)
    c.setTitle("Every Student Connected: programme structure")
    c.setAuthor("Programme Office")
    c.setCreator("Microsoft\u00ae Visio\u00ae for Microsoft 365")
    c._doc.info.producer = "Microsoft\u00ae Visio\u00ae for Microsoft 365"

    # title and legend
    c.setFillColor(NAVY)
    c.setFont(BOLD, 18)
    c.drawString(40, CHART_H - 48, "Every Student Connected: programme structure")
    c.setFillColor(MUTED)
    c.setFont(SANS, 9)
    c.drawString(
        40,
        CHART_H - 64,
        "Ellerby University  |  Education and Students  |  for the Programme Board",
    )
    legend = [
        ("Core team", PALE, None, "leads a workstream or owns delivery"),
        ("Extended team", SAND, None, "contributes to work that others lead"),
        ("Consult only", WHITE, (3, 2), "must be consulted; owns no programme work"),
    ]
    lx = 720.0
    for i, (label, fill, dash, words) in enumerate(legend):
        ly = CHART_H - 44 - i * 14
        c.setFillColor(fill)
        c.setStrokeColor(NAVY)
        c.setLineWidth(0.6)
        if dash:
            c.setDash(dash)
        c.rect(lx, ly - 2, 16, 9, fill=1, stroke=1)
        c.setDash()
        c.setFillColor(INK)
        c.setFont(BOLD, 7.5)
        c.drawString(lx + 22, ly, label)
        c.setFont(SANS, 7.5)
        c.drawString(lx + 90, ly, words)

    boxes = chart_boxes()
    where: dict[tuple[int, int], tuple[float, float, float, float]] = {}
    k = 0
    for t, tier in enumerate(TIERS):
        for i in range(len(tier)):
            _, x, y, w, h = boxes[k]
            where[(t, i)] = (x, y, w, h)
            k += 1

    # connectors first (Visio draws connectors under the shapes): from the parent's bottom edge
    # down to a bus line just above its children, along it, and down to each child's top edge;
    # dashed to a box that is not core team
    groups: dict[tuple[tuple[int, int], int], list[tuple[int, int]]] = {}
    for child, parent in PARENTS.items():
        groups.setdefault((parent, child[0]), []).append(child)
    c.setStrokeColor(RULE)
    c.setLineWidth(0.8)
    for g, ((parent, _), children) in enumerate(groups.items()):
        px, py, pw, _ = where[parent]
        top = max(where[ch][1] + where[ch][3] for ch in children)
        bus = top + 12.0 + 6.0 * (g % 3)
        c.line(px + pw / 2, py, px + pw / 2, bus)
        for child in children:
            cx, cy, cw, ch = where[child]
            if TIERS[child[0]][child[1]][1] != "Core team":
                c.setDash((3, 2))
            c.line(px + pw / 2, bus, cx + cw / 2, bus)
            c.line(cx + cw / 2, bus, cx + cw / 2, cy + ch)
            c.setDash()

    # boxes
    for (t, i), (x, y, w, h) in where.items():
        tag = TIERS[t][i][1]
        fill = {"Core team": PALE, "Extended team": SAND, "Consult only": WHITE}[tag]
        c.setFillColor(fill)
        c.setStrokeColor(NAVY)
        c.setLineWidth(0.8)
        if tag == "Consult only":
            c.setDash((3, 2))
        c.rect(x, y, w, h, fill=1, stroke=1)
        c.setDash()

    # text: slot by slot across each tier, as the boxes share baselines
    for t, tier in enumerate(TIERS):
        lines = [_box_lines(*box) for box in tier]
        for slot, offset in enumerate(SLOTS):
            for i, box in enumerate(lines):
                text, font, size, colour = box[slot]
                if not text:
                    continue
                x, y, w, h = where[(t, i)]
                c.setFont(font, size)
                c.setFillColor(colour)
                c.drawString(x + 6, y + h - offset, text)

    # footer
    c.setFillColor(MUTED)
    c.setFont(SANS, 7.5)
    c.drawString(
        40,
        28,
        "Last revised: 14 May 2029  |  Owner: Every Student Connected Programme Office  |  "
        "Programme lines, not line management  |  OFFICIAL",
    )
    c.drawRightString(CHART_W - 40, 28, "Page 1 of 1")
    c.showPage()
    c.save()
    return buf.getvalue()


# =========================================================================== the UCU agreement (DOCX)

UCU_PARAS = [
    ("h0", "Workload Allocation Model: agreement with the Ellerby branch of UCU (extract)"),
    (
        "p",
        "Extract for the Every Student Connected programme, prepared by the HR Business Partner "
        "(Academic Schools), May 2029. The full agreement of 1 August 2027 is held by Human Resources.",
    ),
    ("h1", "Section 4: Personal academic tutoring"),
    (
        "p",
        "4.1 Personal academic tutoring is allocated 2 hours per tutee per academic year in the "
        "current Workload Allocation Model.",
    ),
    (
        "p",
        "4.2 Any change to the hours allocated for personal tutoring, or to the number of tutees a "
        "member of staff is given, must be negotiated with the UCU branch through the Joint "
        "Negotiating Committee (JNC) before it takes effect.",
    ),
    (
        "p",
        "4.3 The JNC meets every six weeks during term; an item for negotiation needs 20 working "
        "days' written notice.",
    ),
    (
        "p",
        "4.4 Tutors at Saltcote carry up to 40 tutees each, against a University norm of 25; the "
        "parties have agreed to review this by July 2030.",
    ),
    ("h1", "Section 7: Use of data about staff"),
    (
        "p",
        "7.2 Attendance and engagement data about students may be used to support students; it "
        "shall not be used for monitoring individual performance of academic staff.",
    ),
    (
        "p",
        "7.3 Training that the University requires of academic staff is counted in the workload "
        "model; the Academic Practice Unit's tutoring course counts as 7 hours.",
    ),
]


def ucu_docx() -> bytes:
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = DocxPt(10.5)
    for kind, text in UCU_PARAS:
        if kind == "h0":
            doc.add_heading(text, level=0)
        elif kind == "h1":
            doc.add_heading(text, level=1)
        else:
            doc.add_paragraph(text)
    return ooxml_bytes(
        doc,
        STAMP,
        author="HR Business Partner (Academic Schools)",
        last_modified_by="HR Business Partner (Academic Schools)",
        title="Workload Allocation Model: agreement with UCU (extract)",
        revision=3,
    )


# =========================================================================== the org folder (text)

TERMS_OF_REFERENCE = """
# Every Student Connected Programme Board: terms of reference

Draft 0.4, May 2029, for approval by the University Executive Board with the plan. Kept by the
Programme Director, Every Student Connected.

## Purpose

The Programme Board steers Every Student Connected, the University's student experience and
digital campus plan for 2029/30 to 2031/32, on behalf of the University Executive Board (UEB).

## Chair and sponsor

The Deputy Vice-Chancellor (Education and Students) is the programme's sponsor and chairs the
Board. Under UEB's delegation the sponsor takes each gate decision on the Board's advice and
releases the next phase's budget when a gate is passed.

The Programme Director, Every Student Connected, is the Board's secretary: the plan, the RAID
log, budget tracking, the monthly highlight report and the gate reports.

## Members and workstreams

| Workstream | Lead | Covers |
|---|---|---|
| Known and supported | Director of Student Services | wellbeing and counselling, Compass, triage, with the Academic Lead for Personal Tutoring for the tutoring framework, tutor training and the tutor dashboard's requirements |
| A digital campus that works | Director of Digital Services | single sign-on, the Ellerby app, wifi, with the Academic Registrar and the Timetabling Manager for TimeGrid, room booking and module registration |
| Learning without barriers | Head of Digital Learning | Learn@Ellerby, the minimum standard and its audit, lecture capture, the digital champions, with the University Librarian for ListBuilder and library opening |
| Voice and belonging | Head of Inclusive Education | the awarding gap projects and the access and participation plan, with the Director of Student Services for the partnership with the Students' Union |
| Saltcote campus | Dean of Saltcote Campus | the Saltcote pilot: the schools, the campus office, the course reps and the Harbour Building |
| Measures and data | Head of Planning and Student Insight | Ellerby Insight, the nine measures, the Pulse survey and the tutor dashboard's data |

The Head of Wellbeing and Counselling runs the wellbeing and counselling teams on both campuses,
including referrals, triage and any drop-in service.

The Academic Practice Unit runs the University's staff development, including the half-day course
for new personal academic tutors; the Academic Lead for Personal Tutoring sets its content.

The Finance Business Partner (Education), the Head of Student Communications and the HR Business
Partner (Academic Schools) attend when their area is on the agenda and own no workstream.

## Consulted, not members

The Students' Union President attends every meeting and is consulted on every item that affects
students; the President does not vote and owns no programme work.

The UCU Branch Secretary is invited to every item on tutoring or staff workload. Formal
negotiation on workload happens in the Joint Negotiating Committee, not at the Board.

The Data Protection Officer is consulted on every item that uses personal data and signs off
each data protection impact assessment.

The Regulatory Compliance Manager is consulted before any change reaches students or applicants.

## What the Board does not decide

The Board does not approve academic regulations or policies: those go to Senate.

Spending beyond the approved budget, or a change of scope, goes to UEB; Council approves the
budget on UEB's recommendation.

## Meetings

Monthly, on the second Tuesday. Quorum: the chair or the Programme Director, and three
workstream leads.
"""

SENATE_NOTE = """
# Senate business: what the programme needs to know

A note from the Academic Registrar's office for the Every Student Connected team, April 2029.

Senate is the University's academic authority under the Articles of Government.

Any change to the Academic Regulations, the Personal Academic Tutoring Policy or the Attendance
and Engagement Policy must be approved by Senate before it takes effect.

Senate meets five times in 2029/30: 15 October 2029, 26 November 2029, 18 February 2030, 13 May
2030 and 24 June 2030.

Papers close four weeks before each meeting, after the Education Committee has reviewed them.

The regulation on module registration (Regulation C7) sets the deadline for module choices; moving
it is a change to the Academic Regulations and needs Senate's approval.

A change that affects students already on a course applies from the next academic year at the
earliest, once students have been told of it.

Senate has asked that any use of attendance data to contact students be set out in the
Attendance and Engagement Policy first.
"""

SYSTEMS = """
# Student systems and data inventory

Kept by the Director of Digital Services. Reviewed in March 2029 with the Academic Registrar,
the Director of Student Services and the University Librarian.

## ERIS (student records)

ERIS is the student records system: applications, enrolment, module registration, marks,
awards and the statutory returns to HESA and the OfS.

A student's personal academic tutor is held in ERIS in a free-text field, which is blank for
31% of current students.

ERIS does not hold tutor meetings: tutors note meetings, if at all, in their own files.

Module choices for the following year are not confirmed in ERIS until mid-August, after the
resit board.

Ethnicity is not recorded for 7% of students, most of them enrolled before 2021.

## Single sign-on

EllerbyID is the University's single sign-on: email, Learn@Ellerby, Folio and MyEllerby use it.

ERIS and TimeGrid sit outside the University's single sign-on, so students keep separate
passwords for them.

## Learn@Ellerby (virtual learning environment)

Learn@Ellerby is our virtual learning environment, built on Moodle and hosted by the
University.

Activity logs in Learn@Ellerby are kept for 90 days and then deleted, under the current
retention schedule.

The minimum standard for a module site was agreed by the Education Committee in 2027; the
Digital Learning team checks compliance by hand each summer, one module at a time.

## Lecture capture

ReCap lecture capture is installed in 140 of the 310 teaching rooms at Millgate.

None of the 22 teaching rooms at Saltcote has lecture capture equipment.

## Timetabling and rooms

TimeGrid builds the timetable and books the rooms at Millgate.

TimeGrid covers Millgate only: Saltcote's rooms are booked in paper diaries kept by the
campus office.

Saltcote timetables are typed into spreadsheets and emailed to students as PDFs.

## MyEllerby (student portal)

MyEllerby is the student web portal: it shows a student's Millgate timetable, marks, fees and
library loans, and it works in a phone's browser.

We have no mobile app and no in-house mobile developers.

## Compass (case management)

Compass is the case management system of Student Services at Millgate: wellbeing, disability
and funding advice cases.

The Saltcote wellbeing team keeps its case notes on paper forms in a locked cabinet and
reports its numbers to Millgate by email each month.

Reasonable adjustments agreed by the Disability Service are held in Compass, and module
leaders are sent a PDF summary by email; nothing shows in Learn@Ellerby.

## Attendance

We have no attendance monitoring system.

Some schools take paper registers; the Saltcote School of Art and Design takes none.

## Networks

Eduroam covers every building at Millgate.

In the Harbour Building at Saltcote the wifi reaches the ground floor only.

The other four Saltcote buildings run on access points installed in 2016 that are out of vendor
support.

## Library

Folio is the library management system on both campuses.

ListBuilder, our online reading list service, holds the lists for 58% of modules; the rest are
PDFs or paper handouts.

Millgate library opens 24/7 in term.

Saltcote library closes at 19:00 on weekdays and is shut on Sundays, because the campus security
contract covers the building until 19:00.

## Data and reporting

Ellerby Insight is the University's data warehouse, with Power BI dashboards on applications,
continuation, NSS results and awarding gaps.

NSS results arrive once a year, in July.

Continuation for a year's entrants is known about 15 months after they start.

SurveyDesk, the University's survey platform, runs module evaluations twice a year.

Before student data is used in a new way, such as an engagement dashboard, a data protection
impact assessment must be completed and signed off by the Data Protection Officer.

## Buying systems

Purchases above the public procurement threshold go through a formal tender, which takes five to
six months from specification to contract.
"""

MEASURES = """
# Every Student Connected: measure definitions

Kept by the Head of Planning and Student Insight. Baselines are for 2028/29 unless stated.

| Measure | Definition | Source | Owner | Baseline |
|---|---|---|---|---|
| Full-time first-year continuation | Share of full-time first-degree entrants still studying, or qualified, one year and 14 days after they start (the OfS definition) | ERIS, HESA return | Head of Planning and Student Insight | 84.1% (2027/28 entrants) |
| NSS Academic support | Positivity for the theme, all eligible final-year students | NSS 2028 | Head of Planning and Student Insight | 74% |
| NSS Organisation and management | Positivity for the theme, all eligible final-year students | NSS 2028 | Head of Planning and Student Insight | 64% (Saltcote 58%) |
| First-years meeting their personal tutor in weeks 1-4 | Share of first-years with a recorded meeting in the first four weeks of semester 1 | 2028 sample survey of 1,200 first-years | Academic Lead for Personal Tutoring | 52% |
| Wellbeing referrals seen within 5 working days | Share of referrals with a first appointment within five working days | Compass (Millgate) and the Saltcote paper log | Head of Wellbeing and Counselling | 58% |
| Programmes with timetables published 6 weeks before teaching | Share of programmes whose personal timetables are published at least six weeks before semester 1 | TimeGrid and the Saltcote spreadsheets | Timetabling Manager | 38% |
| Modules meeting the Learn@Ellerby minimum standard | Share of module sites passing all eight points of the 2027 standard | Digital Learning audit, summer 2028 | Head of Digital Learning | 41% |
| Awarding gap, Black and white students | Difference in the share awarded a first or upper second, UK-domiciled first-degree qualifiers | Ellerby Insight | Head of Inclusive Education | 19 points |
| Sense of belonging | To be defined from the Ellerby Pulse survey | Pulse survey (SurveyDesk) | Head of Planning and Student Insight | none yet |

The first-years' tutor measure rests on a sample survey because ERIS holds no record of tutor
meetings; from September 2030 it will be counted from ERIS.

The belonging question will be tested in the first Pulse survey in semester 2 of 2029/30.
"""

SU_AGREEMENT = """
# Partnership agreement between Ellerby University and Ellerby Students' Union (extract)

Signed by the Vice-Chancellor and the Students' Union President, September 2028. Reviewed
each year.

## 3. Consultation

3.1 The University will consult the Students' Union before any change to academic regulations,
the tutoring policy or a service that affects students, and give at least 20 working days for a
response.

3.2 The Students' Union President sits on Senate, on the Education Committee and on every
programme board that changes students' experience.

## 4. Representation

4.1 The Students' Union runs the course representative system and trains course reps on both
campuses.

4.2 The Students' Union elects its own officers; the University does not appoint or pay them.

## 5. Joint work

5.1 The University and the Students' Union hold a Student Forum on each campus at least once a
year.

5.2 Student-facing texts about a change to students' services are drafted with the Students'
Union.
"""

APP_EXTRACT = """
# Access and participation plan 2025/26 to 2028/29: extract

From the plan approved by the Office for Students. Kept by the Head of Inclusive Education.

Target PTS_3: reduce the gap in good honours between Black and white UK-domiciled students from
21 points (2022/23) to 10 points by 2031/32.

Investment in access and participation is reported to the OfS every year; spending from the
access and participation budget must be on activity the plan describes.

A variation to the plan's targets must be submitted to the OfS and approved before it applies.

The awarding gap stood at 19 points for 2027/28 qualifiers.
"""

COMPLIANCE_NOTE = """
# Regulatory note: changes that reach students

From the Regulatory Compliance Manager, May 2029.

The University is registered with the Office for Students and must meet its conditions of
registration, including condition B3 on student outcomes (continuation, completion and
progression) and condition C on consumer protection.

Any change to what we told applicants about a course, including contact hours, lecture
recordings or personal tutoring, must be checked by the Regulatory Compliance Manager against
consumer protection law before it is published.

Students must be told of a material change to their course at least one semester before it
applies.

Continuation at Saltcote (80.2%) is within four points of the OfS threshold for full-time
first-degree students.
"""

SALTCOTE = """
Saltcote campus profile
Prepared by the Dean of Saltcote Campus for the Every Student Connected team, May 2029.

Saltcote is 24 miles from Millgate on the coast; the bus to Millgate takes 70 minutes.

3,250 students in 2028/29 in three schools: the School of Marine and Coastal Sciences (1,180),
the School of Nursing and Health (1,340) and the Saltcote School of Art and Design (730).

Five teaching buildings with 22 teaching rooms, one library, a campus office and a wellbeing
team of four.

96 personal academic tutors, most of them with more than 30 tutees.

The Harbour Building is Grade II listed, so new cabling or equipment on its walls needs listed
building consent from Ellerby City Council, which takes about eight weeks.

Nursing students spend up to half of each year on placement away from the campus.

Course reps: 84 elected for 2028/29, supported by one Students' Union staff member two days a
week.

Continuation at Saltcote was 80.2% for 2027/28 entrants; NSS 2028 Organisation and management
was 58%.
"""

NSS_SUMMARY = """
# NSS 2028 and continuation: summary for the plan

From the Head of Planning and Student Insight, March 2029.

## NSS 2028 (positivity by theme, Ellerby and sector upper quartile)

| Theme | Ellerby | Upper quartile, English universities |
|---|---|---|
| Teaching on my course | 82% | 87% |
| Learning opportunities | 76% | 82% |
| Assessment and feedback | 71% | 78% |
| Academic support | 74% | 84% |
| Organisation and management | 64% | 76% |
| Learning resources | 80% | 87% |
| Student voice | 69% | 75% |

## Continuation

Full-time first-year continuation was 87.3% for 2024/25 entrants, 85.9% for 2025/26, 84.6% for
2026/27 and 84.1% for 2027/28.

Students who did not continue most often told us in exit interviews that they had not known whom
to ask for help.
"""

WELLBEING_EMAIL = """
From: Head of Wellbeing and Counselling
To: Director of Student Services
Cc: Dean of Saltcote Campus
Date: Tue, 22 Apr 2029 16:12
Subject: Saltcote waits and the plan

Hi both,

The Saltcote average wait for a first wellbeing appointment was 11 working days this semester,
against 4 at Millgate.

The Saltcote team is four people and every case note is on paper, so I cannot see their caseload
from here and they cannot see a student's Millgate history.

There is no counsellor on site at Saltcote on Fridays; we offer video appointments from
Millgate, but many students have nowhere private to take them.

Happy to help with the Compass move as long as we migrate open cases only; the closed files
can stay in the archive under the retention schedule.

Thanks,
Head of Wellbeing and Counselling
"""

ORG_FILES: dict[str, str] = {
    "governance/programme-board-terms-of-reference.md": TERMS_OF_REFERENCE,
    "governance/senate-business-note.md": SENATE_NOTE,
    "systems/student-systems-and-data-inventory.md": SYSTEMS,
    "measures/every-student-connected-measures.md": MEASURES,
    "context/students-union-partnership-agreement-extract.md": SU_AGREEMENT,
    "context/access-and-participation-plan-extract.md": APP_EXTRACT,
    "context/regulatory-note-changes-that-reach-students.md": COMPLIANCE_NOTE,
    "context/saltcote-campus-profile.txt": SALTCOTE,
    "context/nss-2028-and-continuation-summary.md": NSS_SUMMARY,
    "context/email-2029-04-22-saltcote-wellbeing.txt": WELLBEING_EMAIL,
}


def main(root: Path = HERE) -> None:
    case = root / CASE
    write_files(case, {DECK: deck_bytes()})
    write_files(
        case / "org",
        {
            CHART: chart_bytes(),
            "governance/ucu-workload-agreement-extract.docx": ucu_docx(),
            **ORG_FILES,
        },
    )


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
