"""Build the dev18 case ``marrick-hospice``: its deck and its org folder, deterministically.

Run from the repository root with a Python that has reportlab, pypdf, python-docx and
python-pptx. reportlab is not in the project's lock, so use (or make) a separate venv:

    python3 -m venv /tmp/rl
    /tmp/rl/bin/pip install reportlab pypdf==7.1.1 openpyxl==3.1.5 python-docx==1.2.0 python-pptx==1.0.2
    /tmp/rl/bin/python evals/dev18/build_marrick_hospice.py [out-folder]

The deck's fonts are DejaVu Sans and DejaVu Sans Bold, embedded from
``/usr/share/fonts/truetype/dejavu/`` (Debian's ``fonts-dejavu-core``).

Writes, under ``evals/dev18/marrick-hospice/`` (or ``<out-folder>/marrick-hospice/``), every
file of the case but ``gold.json``:

- ``every-day-counts-strategy-2029-2032.pdf``: an independent adult hospice's three-year
  strategy as a PDF exported from Canva, imitated with reportlab's canvas: 17 pages of
  1440 x 810 pt (Canva's 1920 x 1080 px presentation), no slide numbers, the embedded TrueType
  fonts subset as Canva subsets its own. The text is written the way Canva's export writes it:
  headings in capitals with wide letter-spacing, drawn one glyph at a time at explicit x
  positions inside one text object (the space between words drawn as a glyph too), so a reader
  gets "O U R  A M B I T I O N"; small eyebrow labels with narrow spacing, drawn the same way;
  body text one text object per visual line, in which "fi" and "fl" are the ligature glyphs
  U+FB01 and U+FB02 ("ﬁrst", "ﬂexible", "ofﬁce"), apostrophes and quotes curly, and a few
  spaces non-breaking (U+00A0). Decorative shapes: blobs drawn as Bezier paths, circles, a grey
  photo placeholder rectangle; a big-number slide (three circles, each a figure over a
  caption); the ambition slide with a side label rotated 90 degrees; a quote over a full-bleed
  rectangle; the logo text "Marrick Vale Hospice" in a corner of most pages; the KPI table
  drawn as rules and text; the roadmap drawn as financial-year bands, quarter ticks, four
  phase bars, milestone dots and gate diamonds. The Creator and Producer are Canva's.
- ``org/``: the roster as an email saved as ``people/programme-team.eml`` (multipart/
  alternative: a quoted-printable text/plain part listing each role as "- Role (Core team):
  remit", and a text/html part with the same roster as a table Role | Team | Involvement |
  Remit; a signature and a quoted earlier message), the Programme Board's terms of reference,
  a systems and records note, measure definitions, a summary of the ICB contract (DOCX), the
  Staff Forum agreement, a CQC registration note, a volunteer policy extract, a review of night
  calls in Haverstone, a note on the Linden Centre's lease and an email from the community
  pharmacy lead.

Re-running it rewrites every file byte for byte: reportlab's invariant mode (fixed dates and
document ID) for the PDF, a fixed boundary, date and Message-ID for the email, fixed core
properties and ZIP times for the DOCX (through ``evals/dev16/_build.py``), and the text files
as literal strings. It never touches ``gold.json``.

This is a DEVELOPMENT case (split "dev18").
"""

from __future__ import annotations

import io
import re
import sys
from datetime import datetime
from email import policy
from email.message import EmailMessage
from pathlib import Path

from docx import Document
from docx.shared import Pt
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals.dev16._build import Stamp, ooxml_bytes, write_files  # noqa: E402

HERE = Path(__file__).resolve().parent
CASE = "marrick-hospice"
DECK = "every-day-counts-strategy-2029-2032.pdf"

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
SANS = "DejaVuSans"
BOLD = "DejaVuSans-Bold"

W, H = 1440.0, 810.0
LEFT = 80.0
RIGHT = W - 80.0


def _rgb(r: int, g: int, b: int) -> colors.Color:
    return colors.Color(r / 255, g / 255, b / 255)


CREAM = _rgb(251, 247, 240)
TEAL = _rgb(20, 84, 92)
DEEP = _rgb(12, 52, 58)
CORAL = _rgb(232, 122, 93)
SAND = _rgb(240, 226, 205)
SAGE = _rgb(178, 203, 188)
LILAC = _rgb(214, 204, 230)
INK = _rgb(33, 37, 41)
MUTED = _rgb(104, 110, 116)
PHOTO = _rgb(203, 205, 207)
RULE = _rgb(200, 192, 180)
WHITE = colors.white

# =========================================================================== fonts

NBSP = "\u00a0"
_STAND_IN = 0x2591  # a glyph the deck never draws, whose slot U+00A0 takes over


class CanvaFont(TTFont):
    """An embedded TrueType subset that keeps U+00A0 as itself, as Canva's export does.

    reportlab maps a non-breaking space to the space's code, so the text a reader extracts
    has a plain space there. Here a non-breaking space gets a code of its own in the subset
    (the slot reportlab assigns to a stand-in character, handed over to U+00A0), so the
    subset's ToUnicode map reads it back as U+00A0; its glyph is the space's.
    """

    def splitString(self, text, doc, encoding="utf-8"):  # noqa: N802 (reportlab's name)
        if NBSP not in text:
            return super().splitString(text, doc, encoding)
        out: list[tuple[int, bytes]] = []
        for piece in re.split(f"({NBSP})", text):
            if piece == NBSP:
                n = self._nbsp_code(doc)
                out.append((n >> 8, bytes([n & 0xFF])))
            elif piece:
                out.extend(super().splitString(piece, doc, encoding))
        return out

    def _nbsp_code(self, doc) -> int:
        super().splitString("", doc)  # make sure the document's subset state exists
        state = self.state[doc]
        if 0xA0 not in state.assignments:
            super().splitString(chr(_STAND_IN), doc)
            n = state.assignments.pop(_STAND_IN)
            subset = state.subsets[n >> 8]
            subset[subset.index(_STAND_IN)] = 0xA0
            state.assignments[0xA0] = n
        return state.assignments[0xA0]


# =========================================================================== drawing kit


def lig(text: str) -> str:
    """Body text as Canva's font sets it: "fi" and "fl" as their ligature glyphs."""
    return text.replace("fi", "\ufb01").replace("fl", "\ufb02")


def width(text: str, font: str, size: float) -> float:
    return stringWidth(text, font, size)


def wrap(text: str, font: str, size: float, limit: float) -> list[str]:
    """Greedy word wrap by the font's own widths (ligatures already in ``text``)."""
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


class Page:
    """One Canva page: body text one text object per visual line, headings one glyph at a time."""

    def __init__(self, c: rl_canvas.Canvas, background: colors.Color = CREAM) -> None:
        self.c = c
        c.setFillColor(background)
        c.rect(0, 0, W, H, fill=1, stroke=0)

    # ------------------------------------------------------------------ text
    def text(
        self,
        x: float,
        y: float,
        s: str,
        font: str = SANS,
        size: float = 22,
        color: colors.Color = INK,
        align: str = "left",
        ligatures: bool = True,
    ) -> None:
        """One visual line as one text object."""
        if ligatures:
            s = lig(s)
        w = width(s, font, size)
        if align == "center":
            x -= w / 2
        elif align == "right":
            x -= w
        self.c.setFillColor(color)
        self.c.setFont(font, size)
        self.c.drawString(x, y, s)

    def lines(
        self,
        x: float,
        y: float,
        text: str,
        limit: float,
        font: str = SANS,
        size: float = 22,
        color: colors.Color = INK,
        leading: float = 1.3,
        align: str = "left",
    ) -> float:
        """A wrapped paragraph from baseline ``y`` down; returns the next baseline."""
        for line in wrap(lig(text), font, size, limit):
            self.text(x, y, line, font, size, color, align, ligatures=False)
            y -= size * leading
        return y

    def bullets(
        self,
        x: float,
        y: float,
        items: list[str],
        limit: float,
        size: float = 21,
        color: colors.Color = INK,
        gap: float = 10.0,
        indent: float = 26.0,
    ) -> float:
        """Bullets as Canva writes a list: the "•" glyph, a tab's width, the text, in one line
        object; wrapped text continues at the text's indent."""
        for item in items:
            first, *rest = wrap(lig(item), SANS, size, limit - indent)
            self.c.setFillColor(color)
            self.c.setFont(SANS, size)
            t = self.c.beginText()
            t.setTextOrigin(x, y)
            t.textOut("\u2022")
            t.setTextOrigin(x + indent, y)
            t.textOut(first)
            self.c.drawText(t)
            y -= size * 1.3
            for line in rest:
                self.text(x + indent, y, line, SANS, size, color, ligatures=False)
                y -= size * 1.3
            y -= gap
        return y

    def spaced(
        self,
        x: float,
        y: float,
        s: str,
        size: float = 34,
        track: float = 0.3,
        color: colors.Color = INK,
        font: str = BOLD,
        align: str = "left",
    ) -> float:
        """A letter-spaced capitals heading, one glyph at a time at explicit x positions in
        one text object, the spaces drawn as glyphs too; ``track`` is in ems. Returns the
        width."""
        s = s.upper()
        extra = size * track
        total = sum(width(ch, font, size) + extra for ch in s) - extra
        if align == "center":
            x -= total / 2
        elif align == "right":
            x -= total
        self.c.setFillColor(color)
        t = self.c.beginText()
        t.setFont(font, size)
        for ch in s:
            t.setTextOrigin(x, y)
            t.textOut(ch)
            x += width(ch, font, size) + extra
        self.c.drawText(t)
        return total

    def heading(self, s: str, y: float = 700, color: colors.Color = TEAL, size: float = 34) -> None:
        self.spaced(LEFT, y, s, size, 0.32, color)

    def eyebrow(self, s: str, y: float = 758, color: colors.Color = CORAL) -> None:
        self.spaced(LEFT, y, s, 13, 0.12, color)

    def logo(self, corner: str = "br", color: colors.Color = TEAL) -> None:
        """The logo: a small mark and "Marrick Vale Hospice" in a corner."""
        y = 34 if corner[0] == "b" else H - 46
        x = RIGHT - width("Marrick Vale Hospice", BOLD, 15) if corner[1] == "r" else LEFT + 26
        self.c.setFillColor(CORAL)
        self.c.circle(x - 14, y + 5, 7, fill=1, stroke=0)
        self.text(x, y, "Marrick Vale Hospice", BOLD, 15, color, ligatures=False)

    def side_label(self, x: float, y: float, s: str, size: float = 15, color=MUTED) -> None:
        """A side label rotated 90 degrees, reading upwards."""
        self.c.saveState()
        self.c.translate(x, y)
        self.c.rotate(90)
        self.c.setFillColor(color)
        self.c.setFont(BOLD, size)
        self.c.drawString(0, 0, s)
        self.c.restoreState()

    # ------------------------------------------------------------------ shapes
    def rect(self, x, y, w, h, fill=None, stroke=None, line=1.5, radius=0.0) -> None:
        c = self.c
        if fill is not None:
            c.setFillColor(fill)
        if stroke is not None:
            c.setStrokeColor(stroke)
            c.setLineWidth(line)
        if radius:
            c.roundRect(
                x, y, w, h, radius, fill=int(fill is not None), stroke=int(stroke is not None)
            )
        else:
            c.rect(x, y, w, h, fill=int(fill is not None), stroke=int(stroke is not None))

    def rule(self, x1, y1, x2, y2, color=RULE, line=1.5) -> None:
        self.c.setStrokeColor(color)
        self.c.setLineWidth(line)
        self.c.line(x1, y1, x2, y2)

    def circle(self, x, y, r, fill=SAGE, stroke=None, line=3.0) -> None:
        self.c.setFillColor(fill)
        if stroke is not None:
            self.c.setStrokeColor(stroke)
            self.c.setLineWidth(line)
        self.c.circle(x, y, r, fill=1, stroke=int(stroke is not None))

    def blob(self, x, y, r, fill=SAGE) -> None:
        """An organic blob: four Bezier arcs with uneven handles around (x, y)."""
        p = self.c.beginPath()
        p.moveTo(x, y + r)
        p.curveTo(x + r * 0.75, y + r * 1.05, x + r * 1.15, y + r * 0.35, x + r * 0.95, y)
        p.curveTo(x + r * 0.8, y - r * 0.6, x + r * 0.3, y - r * 1.1, x - r * 0.2, y - r * 0.9)
        p.curveTo(x - r * 0.85, y - r * 0.7, x - r * 1.1, y - r * 0.1, x - r * 0.9, y + r * 0.35)
        p.curveTo(x - r * 0.7, y + r * 0.85, x - r * 0.35, y + r * 0.95, x, y + r)
        p.close()
        self.c.setFillColor(fill)
        self.c.drawPath(p, fill=1, stroke=0)

    def photo(self, x, y, w, h) -> None:
        """A photo placeholder: a grey rectangle with a faint frame (the image was removed)."""
        self.rect(x, y, w, h, fill=PHOTO)
        self.rule(x, y, x + w, y + h, _rgb(188, 190, 192), 1.0)
        self.rule(x, y + h, x + w, y, _rgb(188, 190, 192), 1.0)

    def diamond(self, x, y, r, fill=CORAL) -> None:
        p = self.c.beginPath()
        p.moveTo(x, y + r)
        p.lineTo(x + r, y)
        p.lineTo(x, y - r)
        p.lineTo(x - r, y)
        p.close()
        self.c.setFillColor(fill)
        self.c.drawPath(p, fill=1, stroke=0)


# =========================================================================== pages


def page_cover(s: Page) -> None:
    s.rect(0, 0, W, H, fill=TEAL)
    s.blob(1180, 640, 230, SAGE)
    s.blob(1330, 170, 150, CORAL)
    s.photo(1010, 190, 330, 360)
    s.circle(1000, 580, 34, SAND)
    s.logo("tl", WHITE)
    s.spaced(LEFT, 470, "EVERY DAY COUNTS", 56, 0.26, WHITE)
    s.text(LEFT, 400, "Our strategy for April 2029 to March 2032", SANS, 32, WHITE)
    s.text(LEFT, 352, "Caring for Colderdale and Haverstone", SANS, 24, SAND)
    s.text(
        LEFT, 130, "Board of Trustees \u00b7 26 February 2029 \u00b7 For decision", SANS, 18, SAND
    )


def page_numbers(s: Page) -> None:
    s.blob(1330, 730, 110, SAND)
    s.eyebrow("WHERE WE ARE")
    s.heading("A YEAR IN OUR CARE")
    figures = [
        ("2,150", "people cared for", "in the last year"),
        ("\u00a311.6m", "to run our care, 29%", "of it paid by the NHS"),
        ("900", "volunteers in our wards,", "shops and offices"),
    ]
    centres = [LEFT + 200, W / 2, RIGHT - 200]
    fills = [SAGE, SAND, LILAC]
    for cx, fill in zip(centres, fills, strict=True):
        s.circle(cx, 395, 175, fill)
    for (big, cap1, cap2), cx in zip(figures, centres, strict=True):
        s.text(cx, 425, big, BOLD, 64, TEAL, "center")
        s.text(cx, 362, cap1, SANS, 21, INK, "center")
        s.text(cx, 334, cap2, SANS, 21, INK, "center")
    s.text(
        LEFT,
        140,
        "16\u00a0beds \u00b7 a day hospice and wellbeing centre \u00b7 hospice at home in two "
        "districts \u00b7 a 24-hour advice line \u00b7 14\u00a0shops",
        SANS,
        19,
        MUTED,
    )
    s.text(LEFT, 104, "All figures are for the 12 months to 31 December 2028.", SANS, 16, MUTED)
    s.logo("br")


def page_learned(s: Page) -> None:
    s.photo(900, 90, 460, 560)
    s.circle(900, 650, 60, CORAL)
    s.eyebrow("WHERE WE ARE")
    s.heading("WHAT WE HAVE LEARNED")
    s.bullets(
        LEFT,
        600,
        [
            "Three in four of the people referred to us have cancer, yet cancer causes about one "
            "death in four in our area",
            "Our hospice at home nurses visit from 8am to 10pm; after that, families can only "
            "phone the advice line",
            "Two thirds of our night calls come from Haverstone, where 999 calls at night are "
            "highest",
            "Families wait 11 weeks for a first bereavement counselling appointment",
            "Our shops made a profit of \u00a31.2m last year, less in real terms than in 2019",
            "Nine of our 62 registered nurse posts are vacant",
        ],
        760,
        size=21,
        gap=12,
    )
    s.logo("br")


def page_quote(s: Page) -> None:
    s.rect(0, 0, W, H, fill=DEEP)
    s.blob(120, 700, 90, TEAL)
    s.text(LEFT + 40, 560, "\u201c", BOLD, 140, CORAL, ligatures=False)
    y = s.lines(
        LEFT + 60,
        470,
        "At two in the morning Dad was frightened and in pain. The advice line was kind, "
        "but nobody could come until eight.\u201d",
        1120,
        SANS,
        44,
        WHITE,
        leading=1.25,
    )
    s.text(
        LEFT + 60,
        y - 30,
        "Daughter of a man cared for at home in Haverstone, 2028",
        SANS,
        22,
        SAND,
    )
    s.logo("br", WHITE)


def page_ambition(s: Page) -> None:
    s.blob(1250, 130, 170, SAGE)
    s.circle(1300, 660, 70, LILAC)
    s.side_label(56, 250, "EVERY DAY COUNTS \u00b7 STRATEGY 2029\u20132032")
    s.eyebrow("WHERE WE ARE GOING")
    s.heading("OUR AMBITION")
    s.text(LEFT, 600, "Good care at the end of life for everyone in", BOLD, 40, INK)
    s.text(LEFT, 550, "Colderdale and Haverstone, day and night", BOLD, 40, INK)
    s.rect(LEFT, 300, 1000, 190, fill=SAND, radius=18)
    s.text(LEFT + 30, 445, "By March\u00a02032:", BOLD, 24, TEAL)
    s.text(
        LEFT + 30, 400, "3,000 people a year in our care, and 85% of those who die", SANS, 26, INK
    )
    s.text(LEFT + 30, 362, "with us dying in the place they chose", SANS, 26, INK)
    s.lines(
        LEFT,
        220,
        "Our purpose: to help people live well until they die, and to stand beside the people "
        "who love them.",
        1000,
        SANS,
        22,
        MUTED,
    )
    s.logo("br")


PRIORITIES = [
    ("1", "Care at home, day and night", "A nurse who can come, at any hour", SAGE),
    (
        "2",
        "Reach everyone who needs us",
        "Not only people with cancer, not only those who ask",
        SAND,
    ),
    (
        "3",
        "Families, before and after",
        "Support for carers and the bereaved, without the wait",
        LILAC,
    ),
    (
        "4",
        "A hospice that pays its way",
        "More from our shops, our lottery and the NHS",
        _rgb(246, 196, 180),
    ),
]


def page_priorities(s: Page) -> None:
    s.eyebrow("OUR PRIORITIES")
    s.heading("FOUR PRIORITIES")
    col = (RIGHT - LEFT) / 4
    for i, (n, _name, _line, fill) in enumerate(PRIORITIES):
        cx = LEFT + col * i + col / 2
        s.blob(cx, 500, 120, fill)
        s.text(cx, 470, n, BOLD, 80, TEAL, "center")
    for i, (_n, name, line, _fill) in enumerate(PRIORITIES):
        x = LEFT + col * i + 10
        s.lines(x, 330, name, col - 40, BOLD, 23, INK)
        s.lines(x, 250, line, col - 40, SANS, 19, MUTED)
    s.rect(LEFT, 70, RIGHT - LEFT, 60, fill=TEAL, radius=30)
    s.text(
        W / 2,
        93,
        "Underpinned by: our people \u00b7 our volunteers \u00b7 one record of care",
        SANS,
        20,
        WHITE,
        "center",
    )


def _priority(
    s: Page,
    n: str,
    title: str,
    goal: list[str],
    do: list[str],
    know: list[str],
    lead: str,
    fill: colors.Color,
) -> None:
    s.blob(1340, 760, 90, fill)
    s.eyebrow(f"PRIORITY {n}")
    s.heading(title)
    y = 640
    for i, line in enumerate(goal):
        s.text(LEFT, y, line, BOLD if i == 0 else SANS, 22, TEAL)
        y -= 30
    s.text(LEFT, y - 26, "What we will do", BOLD, 22, INK)
    s.bullets(LEFT, y - 64, do, 760, size=19, gap=8)
    x = 930
    s.rect(x - 30, 110, RIGHT - x + 30, y - 110, fill=fill, radius=16)
    s.text(x, y - 26, "How we will know", BOLD, 22, INK)
    s.bullets(x, y - 64, know, RIGHT - x - 20, size=19, gap=10)
    s.text(LEFT, 60, f"Lead: {lead}", SANS, 17, MUTED)
    s.logo("br")


def page_p1(s: Page) -> None:
    _priority(
        s,
        "1",
        "CARE AT HOME, DAY AND NIGHT",
        [
            "Goal: by March 2032, 85% of the people who die in our care die in the place",
            "they chose (71% today), with a nurse able to come at any hour",
        ],
        [
            "Start a night response team in Haverstone: two nurses and a healthcare assistant, "
            "8pm\u00a0to\u00a08am",
            "Take every advice line call into Meridian, day and night, and end the paper call "
            "sheets",
            "Train 24 nurses to verify expected deaths at home",
            "Agree a night supply of end-of-life medicines with the ICB and Haverstone\u2019s "
            "pharmacies",
            "Extend night response to Colderdale from January 2031, if Gate 2 says go",
        ],
        [
            "Deaths in the place the person chose: 71% \u2192 85%",
            "Urgent night visits with a nurse at the door within 2 hours: 90%",
            "Advice line calls answered within 60 seconds: 78% \u2192 95%",
        ],
        "Head of Hospice at Home",
        SAGE,
    )


def page_p2(s: Page) -> None:
    _priority(
        s,
        "2",
        "REACH EVERYONE WHO NEEDS US",
        [
            "Goal: by March 2032, 40% of our new referrals are for people who do not have",
            "cancer (24% today), and 3,000 people a year are in our care",
        ],
        [
            "Give each of the 41 care homes in our area a named link nurse",
            "Run a monthly joint clinic with the heart failure and respiratory teams at "
            "Haverstone General",
            "Review each GP practice\u2019s palliative care register with them twice a year",
            "Record ethnicity and postcode for every new referral",
            "Open a weekly drop-in at the Eastfield Community Hub in Haverstone",
        ],
        [
            "New referrals without cancer: 24% \u2192 40%",
            "People cared for each year: 2,150 \u2192 3,000",
            "Care homes with a named link nurse: 9 \u2192 41",
            "Referrals from our most deprived neighbourhoods: 14% \u2192 22%",
        ],
        "Community Partnerships Lead",
        SAND,
    )


def page_p3(s: Page) -> None:
    _priority(
        s,
        "3",
        "FAMILIES, BEFORE AND AFTER",
        [
            "Goal: by March 2031, no bereaved family waits more than 4 weeks for counselling",
            "(11 weeks today), and we support 1,000 carers a year by 2031/32",
        ],
        [
            "Phone every bereaved next of kin within 14 days of the death",
            "Train 20 more volunteer bereavement counsellors",
            "Move bereavement referrals from a spreadsheet into Meridian",
            "Open the Linden Centre on Saturdays for carers, from January 2030",
            "Run a six-week carers\u2019 course four times a year, with flexible evening sessions",
        ],
        [
            "Wait for a first counselling appointment: 11 \u2192 4 weeks",
            "Carers supported each year: 640 \u2192 1,000",
            "Families who find our bereavement support helpful: target set at Gate 1",
        ],
        "Head of Wellbeing & Family Support",
        LILAC,
    )


def page_p4(s: Page) -> None:
    _priority(
        s,
        "4",
        "A HOSPICE THAT PAYS ITS WAY",
        [
            "Goal: a balanced budget from 2031/32, with no draw on our reserves to pay",
            "for the care we give",
        ],
        [
            "Put TillWise tills in the five shops still on cash registers",
            "Open two new shops in Haverstone by March 2031",
            "Sell donated books and collectables online from a single fulfilment hub",
            "Claim Gift Aid on donated goods in every shop",
            "Ask the ICB to fund night visits in the new contract from April 2030",
        ],
        [
            "Shop profit: \u00a31.2m \u2192 \u00a31.8m a year",
            "Weekly lottery players: 6,200 \u2192 9,000",
            "NHS share of the cost of our care: 29% \u2192 35%",
        ],
        "Director of Income Generation",
        _rgb(246, 196, 180),
    )


def page_people(s: Page) -> None:
    s.photo(940, 300, 420, 360)
    s.blob(960, 250, 80, CORAL)
    s.eyebrow("WHAT IT TAKES")
    s.heading("OUR PEOPLE AND FOUNDATIONS")
    s.bullets(
        LEFT,
        600,
        [
            "Fill our nine registered nurse vacancies, and recruit a night team of 12",
            "Bring clinical volunteers\u2019 training records into VolunteerHub",
            "Give every hospice at home nurse a phone that works on two networks",
            "One record of care: Meridian in the Linden Centre by March 2030",
            "A first-line managers\u2019 programme for our 38 team leaders",
        ],
        780,
        size=21,
        gap=12,
    )
    s.rect(LEFT, 120, 780, 120, fill=SAND, radius=14)
    s.text(
        LEFT + 24,
        200,
        "Registered nurse vacancies: 14.5% \u2192 under 6% by March 2031",
        SANS,
        21,
        INK,
    )
    s.text(LEFT + 24, 160, "Active volunteers: 900 \u2192 1,100 by March 2032", SANS, 21, INK)
    s.logo("br")


KPI_ROWS = [
    ("Deaths in the place the person chose", "71%", "85%", "Mar\u00a02032"),
    ("People cared for each year", "2,150", "3,000", "2031/32"),
    ("New referrals for people without cancer", "24%", "40%", "Mar 2032"),
    ("Referrals from our most deprived neighbourhoods", "14%", "22%", "Mar 2032"),
    ("Urgent night visits within 2 hours", "\u2013", "90%", "Sep 2030"),
    ("Advice line calls answered within 60 seconds", "78%", "95%", "Mar 2031"),
    ("Care homes with a named link nurse", "9 of 41", "41 of 41", "Mar 2031"),
    ("Wait for a first bereavement counselling appointment", "11 weeks", "4 weeks", "Mar 2031"),
    ("Carers supported each year", "640", "1,000", "2031/32"),
    ("Shop profit a year", "\u00a31.2m", "\u00a31.8m", "2031/32"),
    ("Weekly lottery players", "6,200", "9,000", "Mar 2032"),
    ("NHS share of the cost of our care", "29%", "35%", "2031/32"),
    ("Registered nurse vacancy rate", "14.5%", "under 6%", "Mar 2031"),
    ("Families who find bereavement support helpful", "survey in 2029", "set at Gate 1", "\u2013"),
]


def page_kpis(s: Page) -> None:
    s.eyebrow("HOW WE WILL KNOW")
    s.heading("MEASURES AND TARGETS")
    cols = [LEFT, 780, 960, 1160]
    y = 628
    for x, head in zip(cols, ["Measure", "Today", "Target", "By"], strict=True):
        s.text(x, y, head, BOLD, 18, TEAL)
    s.rule(LEFT, y - 12, RIGHT, y - 12, TEAL, 2.0)
    y -= 40
    for i, row in enumerate(KPI_ROWS):
        if i % 2 == 0:
            s.rect(LEFT - 10, y - 11, RIGHT - LEFT + 20, 34, fill=_rgb(244, 237, 226))
        for x, cell in zip(cols, row, strict=True):
            s.text(x, y, cell, SANS, 18, INK)
        y -= 36
    s.text(
        LEFT,
        60,
        "Today = the 12 months to December 2028. 2031/32 = our financial year, April 2031 to "
        "March 2032.",
        SANS,
        15,
        MUTED,
    )
    s.logo("br")


def page_roadmap(s: Page) -> None:
    s.eyebrow("ROADMAP")
    s.heading("THE ROAD TO 2032")
    x0, x1 = LEFT + 40, RIGHT - 20
    month = (x1 - x0) / 36

    def mx(m: float) -> float:
        return x0 + m * month

    years = [("2029/30", "Apr 2029 \u2013 Mar 2030"), ("2030/31", "Apr 2030 \u2013 Mar 2031"),
             ("2031/32", "Apr 2031 \u2013 Mar 2032")]  # fmt: skip
    for i, (fy, span) in enumerate(years):
        s.rect(mx(12 * i) + 2, 596, 12 * month - 4, 50, fill=SAND if i % 2 == 0 else SAGE)
        s.text(mx(12 * i) + 16, 616, f"{fy} \u00b7 {span}", BOLD, 17, TEAL)
    for q in range(12):
        s.text(mx(3 * q) + 3 * month / 2, 572, f"Q{q % 4 + 1}", SANS, 13, MUTED, "center")
        s.rule(mx(3 * q), 586, mx(3 * q), 195, _rgb(226, 218, 206), 1.0)
    phases = [
        (0, 6, "Phase 1 \u00b7 Lay the groundwork", "Apr \u2013 Sep 2029", 510),
        (6, 18, "Phase 2 \u00b7 Prove it in Haverstone", "Oct 2029 \u2013 Sep 2030", 440),
        (18, 33, "Phase 3 \u00b7 Both districts, every service", "Oct 2030 \u2013 Dec 2031", 370),
        (33, 36, "Phase 4 \u00b7 Make it how we work", "Jan \u2013 Mar 2032", 300),
    ]
    for start, end, name, span, y in phases:
        s.rect(mx(start), y - 14, (end - start) * month, 34, fill=TEAL, radius=17)
        if end < 30:
            s.text(mx(start) + 14, y - 4, span, SANS, 15, WHITE)
            s.text(mx(start), y + 28, name, BOLD, 17, INK)
        elif end - start > 4:  # no room above: the name to the left of the bar
            s.text(mx(start) + 14, y - 4, span, SANS, 15, WHITE)
            s.text(mx(start) - 12, y - 4, name, BOLD, 17, INK, "right")
        else:  # the last bar is too short for its span: name to its left, span under it
            s.text(mx(start) - 12, y - 4, name, BOLD, 17, INK, "right")
            s.text(mx(end), y - 40, span, SANS, 15, INK, "right")
    gates = [
        (6, "G1 \u00b7 Sep 2029 \u00b7 Ready to start the pilot?"),
        (18, "G2 \u00b7 Sep 2030 \u00b7 Night response go/no-go for Colderdale"),
        (33, "G3 \u00b7 Dec 2031 \u00b7 Are the 2032 targets in reach?"),
    ]
    for m, _label in gates:
        s.diamond(mx(m), 232, 14)
    for i, (m, label) in enumerate(gates):
        align = "right" if m > 30 else "left"
        s.text(
            mx(m) + (-20 if align == "right" else 20),
            226 - 26 * (i % 2),
            label,
            SANS,
            15,
            INK,
            align,
        )
    miles = [
        (7, "First night shift, Haverstone \u00b7 Nov 2029"),
        (9, "Linden Centre open on Saturdays \u00b7 Jan 2030"),
        (12, "New ICB contract \u00b7 Apr 2030"),
        (21, "Night response in Colderdale \u00b7 Jan 2031"),
    ]
    for i, (m, _label) in enumerate(miles):
        s.circle(mx(m), 165 - 24 * i, 7, CORAL)
    for i, (m, label) in enumerate(miles):
        s.text(mx(m) + 14, 160 - 24 * i, label, SANS, 14, INK)
    s.text(
        LEFT,
        52,
        "Month 0 = April 2029. Quarters follow our financial year: Q1 = April to June.",
        SANS,
        14,
        MUTED,
    )
    s.logo("tr")


def page_pilot(s: Page) -> None:
    s.blob(1320, 720, 100, SAGE)
    s.eyebrow("OUR PILOT")
    s.heading("HAVERSTONE NIGHT RESPONSE")
    s.text(
        LEFT,
        640,
        "Our pilot, November\u00a02029 to September\u00a02030, decided at Gate\u00a02",
        SANS,
        24,
        TEAL,
    )
    s.text(LEFT, 580, "What we will test", BOLD, 22, INK)
    s.bullets(
        LEFT,
        540,
        [
            "Two nurses and a healthcare assistant on the road in Haverstone, 8pm to 8am, "
            "seven nights a week",
            "Advice line triage, with a nurse at the door within 2 hours when a visit is needed",
            "End-of-life medicines carried in a locked kit, under a protocol the Clinical "
            "Governance Committee approves",
            "Every night call and visit recorded in Meridian as it happens",
        ],
        760,
        size=19,
        gap=10,
    )
    x = 930
    s.rect(x - 30, 150, RIGHT - x + 30, 450, fill=SAND, radius=16)
    s.text(x, 560, "Pass marks at Gate 2", BOLD, 22, INK)
    s.bullets(
        x,
        520,
        [
            "90% of urgent visits within 2 hours",
            "Haverstone deaths in the place chosen: 68% \u2192 80%",
            "Night shifts fully staffed on 95% of nights",
            "Night 999 calls for people on our caseload down by a third",
            "A signed ICB contract variation that funds nights",
        ],
        RIGHT - x - 20,
        size=19,
        gap=10,
    )
    s.text(
        LEFT,
        100,
        "Why Haverstone: two thirds of our night calls, and the highest use of 999 at night",
        SANS,
        18,
        MUTED,
    )
    s.logo("br")


RISKS = [
    ("We cannot recruit night nurses", "Advertise six night posts in April 2029, with rotation between the ward and the night team"),
    ("Staff do not want to work nights", "Consult the Staff Forum on night rotas before any change is made"),
    ("The ICB will not pay for nights after the pilot", "Share pilot data with the ICB each month and submit a contract variation by June 2029"),
    ("No pharmacy open at night in Haverstone", "Agree a locked night medicines kit and its protocol before the first night shift"),
    ("Shop income falls as costs rise", "Close or move any shop that loses money two years running"),
    ("New bereavement volunteers leave after training", "Pair each new counsellor with a supervisor for their first six months"),
]  # fmt: skip


def page_risks(s: Page) -> None:
    s.eyebrow("RISKS")
    s.heading("WHAT COULD GO WRONG")
    y = 620.0
    s.text(LEFT, y, "Risk", BOLD, 18, TEAL)
    s.text(560, y, "What we will do", BOLD, 18, TEAL)
    s.rule(LEFT, y - 12, RIGHT, y - 12, TEAL, 2.0)
    y -= 56
    for risk, answer in RISKS:
        s.circle(LEFT - 22, y + 7, 6, CORAL)
        s.lines(LEFT, y, risk, 440, SANS, 19, INK)
        y = min(y, s.lines(560, y, answer, RIGHT - 560, SANS, 19, INK)) - 28
    s.logo("br")


FIRST_100 = [
    ("By 30\u00a0April", "Appoint the Every Day Counts Programme Manager"),
    ("By 30 April", "Advertise six night nurse posts and six healthcare assistant posts"),
    ("By 15 May", "Open consultation with the Staff Forum on night rotas"),
    ("By 31 May", "Start recording ethnicity and postcode for every new referral"),
    ("By 30 June", "Submit the night service contract variation to the ICB"),
    ("By 30 June", "Put the night response protocol to the Clinical Governance Committee"),
    ("By 9\u00a0July", "TillWise live in the first two shops still on cash registers"),
]


def page_first100(s: Page) -> None:
    s.blob(1300, 150, 140, LILAC)
    s.eyebrow("GETTING STARTED")
    s.heading("OUR FIRST 100 DAYS")
    s.text(LEFT, 640, "1 April to 9 July 2029", SANS, 24, TEAL)
    y = 570
    for when, what in FIRST_100:
        s.rect(LEFT, y - 12, 150, 38, fill=TEAL, radius=19)
        s.text(LEFT + 75, y, when, BOLD, 16, WHITE, "center")
        s.text(LEFT + 180, y, what, SANS, 21, INK)
        y -= 62
    s.logo("br")


def page_ask(s: Page) -> None:
    s.rect(0, 0, 420, H, fill=TEAL)
    s.blob(210, 200, 120, SAGE)
    s.spaced(60, 640, "OUR ASK", 34, 0.32, WHITE)
    s.text(60, 580, "Of the Board of Trustees", SANS, 22, SAND)
    asks = [
        "Approve Every Day Counts as our strategy for April 2029 to March 2032",
        "Release \u00a32.3m from the designated development fund for phases 1 and 2",
        "Agree the Haverstone Night Response pilot and its pass marks for Gate 2",
        "Agree that the Chief Executive sponsors the programme and decides each gate",
    ]
    y = 640.0
    for i, ask in enumerate(asks, start=1):
        s.circle(500, y + 8, 22, CORAL)
        s.text(500, y, str(i), BOLD, 22, WHITE, "center")
        y = s.lines(550, y, ask, RIGHT - 550, SANS, 24, INK) - 40
    s.text(
        550, 120, "Board of Trustees \u00b7 26 February 2029 \u00b7 For decision", SANS, 18, MUTED
    )
    s.logo("br")


PAGES = [
    page_cover,
    page_numbers,
    page_learned,
    page_quote,
    page_ambition,
    page_priorities,
    page_p1,
    page_p2,
    page_p3,
    page_p4,
    page_people,
    page_kpis,
    page_roadmap,
    page_pilot,
    page_risks,
    page_first100,
    page_ask,
]


def deck_bytes() -> bytes:
    for name in (SANS, BOLD):
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(CanvaFont(name, str(FONT_DIR / f"{name}.ttf")))
    buf = io.BytesIO()
    c = rl_canvas.Canvas(buf, pagesize=(W, H), invariant=1, pageCompression=1, initialFontName=SANS)
    c.setTitle("Every Day Counts - Board of Trustees - February 2029")
    c.setAuthor("Marrick Vale Hospice")
    c.setCreator("Canva")
    c.setProducer("Canva")
    c.setKeywords("DAGe4Lq7RzM, BAFb2LmT0xE")
    for draw in PAGES:
        draw(Page(c))
        c.showPage()
    c.save()
    return buf.getvalue()


# =========================================================================== org folder

STAMP = Stamp(zip_time=(2029, 1, 22, 9, 30, 0), w3c="2029-01-22T09:30:00Z")

# (role, team, involvement, remit): the roster as the programme email lists it
ROSTER = [
    ("Chief Executive", "Executive", "Core team",
     "Sponsor of Every Day Counts; chairs the Programme Board; decides at each gate whether the "
     "programme moves on and releases each phase\u2019s budget within the sum the trustees "
     "approve; holds the relationship with the ICB\u2019s chief executive."),
    ("Director of Care", "Care", "Core team",
     "Clinical lead for Every Day Counts and the CQC registered manager; deputy chair of the "
     "Programme Board; signs off every clinical protocol before it goes to the Clinical "
     "Governance Committee; the hospice at home, inpatient, advice line and medical teams "
     "report to her."),
    ("Every Day Counts Programme Manager", "Executive", "Core team",
     "Runs the programme plan, the risk log and the monthly highlight report; prepares the gate "
     "reviews; keeps the benefits tracker. Post being recruited: until it is filled the Director "
     "of Care\u2019s office keeps the plan."),
    ("Head of Hospice at Home", "Care", "Core team",
     "The hospice at home teams in Colderdale and Haverstone; leads priority 1 and the Haverstone "
     "Night Response pilot; night rotas and shifts; training nurses to verify expected deaths; "
     "the night medicines kit and its protocol, with the Medical Director\u2019s advice."),
    ("Advice Line Lead", "Care", "Core team",
     "The 24-hour advice line: call handling, triage, answer times and CallPoint; moving night "
     "call records from paper into Meridian."),
    ("Head of Wellbeing & Family Support", "Family Support", "Core team",
     "Leads priority 3: the Linden Centre (day hospice and wellbeing centre), support for "
     "carers, Saturday opening and the carers\u2019 course; manages the bereavement service."),
    ("Bereavement Services Coordinator", "Family Support", "Core team",
     "Bereavement referrals and the waiting list; the call to every bereaved next of kin; "
     "allocating and supervising volunteer bereavement counsellors; the bereavement feedback "
     "survey."),
    ("Community Partnerships Lead", "Care", "Core team",
     "Leads priority 2: referrals from GP practices and hospitals, palliative care register "
     "reviews, link nurses for care homes, joint clinics with the heart failure and respiratory "
     "teams, the Eastfield drop-in, and fair access (who is referred, by ethnicity and "
     "neighbourhood)."),
    ("Head of Quality & Clinical Governance", "Care", "Core team",
     "Incidents, audit, clinical policies and CQC readiness; secretary to the Clinical "
     "Governance Committee; owns the clinical measures and their data quality, including "
     "preferred place of death."),
    ("Director of Income Generation", "Income", "Core team",
     "Leads priority 4: fundraising, legacies, the lottery and retail; owns the income targets "
     "and the lottery contract with Pennine Weekly Lotteries."),
    ("Retail Operations Manager", "Income", "Core team",
     "The 14 shops and the Skellgate warehouse: TillWise in every shop, new shops, online "
     "sales, Gift Aid on donated goods and shop performance."),
    ("Head of People", "People", "Core team",
     "HR, recruitment and retention, including the nurse vacancies and the night team; terms "
     "and conditions; training and education; consultation with the Staff Forum."),
    ("Volunteer Services Manager", "People", "Core team",
     "Recruiting, inducting and keeping our 900 volunteers; VolunteerHub; volunteer role "
     "descriptions, DBS checks and training records; recruiting volunteer bereavement "
     "counsellors."),
    ("Information & Systems Manager", "Finance & Resources", "Core team",
     "Meridian, CallPoint, TillWise, VolunteerHub and Beacon; the Care & Income Dashboard; "
     "phones, laptops and connectivity for community staff; Data Protection Officer."),
    ("Director of Finance & Resources", "Finance & Resources", "Core team",
     "Budget, reserves and the designated development fund; the ICB contract and its "
     "variations; estates, including the Linden Centre lease."),
    ("Medical Director", "Care", "Extended",
     "Consultant in palliative medicine; medical cover and out-of-hours medical advice; "
     "consulted on prescribing and on the night medicines protocol."),
    ("Inpatient Unit Manager", "Care", "Extended",
     "The 16-bed inpatient unit; kept informed of advice line changes, since the unit\u2019s "
     "nurses answer night calls until the night team starts."),
    ("Staff Forum Chair", "Staff Forum", "Consult only",
     "Elected chair of the Staff Forum, the body the hospice consults; consulted on rotas, night "
     "working and any change to terms."),
    ("ICB Commissioning Manager, End of Life Care", "Ridings and Fells ICB", "Consult only",
     "Commissions our contract for the ICB; consulted on any change to the hours or scope of a "
     "funded service. Not a hospice employee."),
    ("Patient & Family Voice Group Chair", "Patient & Family Voice Group", "Consult only",
     "Chairs the group of people with experience of our care; consulted on any change to how "
     "people reach and use our services."),
]  # fmt: skip

EMAIL_INTRO = """\
Dear all,

Now that the Board of Trustees has approved Every Day Counts, here is the list of who does what \
in the programme, as agreed at Monday\u2019s meeting. \u201cCore team\u201d roles lead work and \
are named as owners in the plan; \u201cExtended\u201d roles are kept informed and asked for \
advice; \u201cConsult only\u201d roles are people we must consult before we decide, and they \
own no tasks.

Ruth, you asked on 3 March for one list: this is it, and the post you mention no longer exists. \
The Linden Centre work sits with the Head of Wellbeing & Family Support.

Who does what:

"""

EMAIL_OUTRO = """
The Programme Board meets on the second Tuesday of each month. The Chief Executive chairs it and \
decides each gate. Please tell me by Friday if anything here is wrong.

Kind regards,

Helen Tranter
PA to the Director of Care
Marrick Vale Hospice \u00b7 Lowther Lane \u00b7 Marrick Bridge
01632 960 418 \u00b7 care.office@marrickvalehospice.org.uk
Registered charity no. 1098765

> On 3 March 2029, at 08:12, Ruth Kellett <r.kellett@marrickvalehospice.org.uk> wrote:
>
> Helen, could we have one list of who leads what before the first Programme Board? I still
> have the Day Services Manager down for the Linden Centre changes and the carers\u2019 course.
> Thanks, Ruth
"""


def _html_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _email_plain() -> str:
    lines = [f"- {role} ({inv}): {remit}" for role, _team, inv, remit in ROSTER]
    return EMAIL_INTRO + "\n".join(lines) + "\n" + EMAIL_OUTRO


def _email_html() -> str:
    rows = "\n".join(
        "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>".format(
            *(_html_escape(x) for x in (role, team, inv, remit))
        )
        for role, team, inv, remit in ROSTER
    )
    intro = "".join(f"<p>{_html_escape(p)}</p>\n" for p in EMAIL_INTRO.strip().split("\n\n") if p)
    outro, quote = EMAIL_OUTRO.split("\n> ", 1)
    signature = outro.strip().split("\n\n")
    quoted = [q.lstrip("> ").rstrip() for q in ("> " + quote).splitlines()]
    body = "\n".join(
        [
            "<html>",
            "<head>",
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
            "<style>",
            "table.roster { border-collapse: collapse; font-family: Calibri, Arial, sans-serif; "
            "font-size: 11pt; }",
            "table.roster th, table.roster td { border: 1px solid #bfbfbf; padding: 4px 8px; "
            "vertical-align: top; text-align: left; }",
            "table.roster th { background: #14545c; color: #ffffff; }",
            "</style>",
            "</head>",
            '<body lang="EN-GB">',
            intro.rstrip("\n"),
            '<table class="roster">',
            "<thead><tr><th>Role</th><th>Team</th><th>Involvement</th><th>Remit</th></tr></thead>",
            "<tbody>",
            rows,
            "</tbody>",
            "</table>",
            *(f"<p>{_html_escape(p).replace(chr(10), '<br>')}</p>" for p in signature),
            '<div class="quoted">',
            f"<p>{_html_escape(quoted[0])}</p>",
            "<blockquote>",
            f"<p>{_html_escape(' '.join(q for q in quoted[1:] if q))}</p>",
            "</blockquote>",
            "</div>",
            "</body>",
            "</html>",
            "",
        ]
    )
    return body


def programme_email() -> bytes:
    msg = EmailMessage(policy=policy.default)
    msg["From"] = "Office of the Director of Care <care.office@marrickvalehospice.org.uk>"
    msg["To"] = "Every Day Counts Programme Board <edc.board@marrickvalehospice.org.uk>"
    msg["Cc"] = "Ruth Kellett <r.kellett@marrickvalehospice.org.uk>"
    msg["Subject"] = "Every Day Counts programme: who does what"
    msg["Date"] = "Tue, 13 Mar 2029 10:05:00 +0000"
    msg["Message-ID"] = "<20290313100500.4417@mail.marrickvalehospice.org.uk>"
    msg["In-Reply-To"] = "<20290303081200.2203@mail.marrickvalehospice.org.uk>"
    msg["References"] = "<20290303081200.2203@mail.marrickvalehospice.org.uk>"
    msg["Thread-Topic"] = "Every Day Counts programme: who does what"
    msg["Content-Language"] = "en-GB"
    msg.set_content(_email_plain(), subtype="plain", charset="utf-8", cte="quoted-printable")
    msg.add_alternative(_email_html(), subtype="html", charset="utf-8", cte="quoted-printable")
    msg.set_boundary("_000_EDC20290313100500marrickvale_")
    return msg.as_bytes(policy=policy.default)


BOARD_TOR = """
# Every Day Counts Programme Board: terms of reference

Agreed by the Board of Trustees on 26 February 2029. Review: March 2030.

## Purpose

The Programme Board steers Every Day Counts, our strategy for April 2029 to March 2032, on \
behalf of the Board of Trustees. It tracks progress against the plan and the measures, holds \
the risk log, and advises the Chief Executive at each gate.

## Sponsor and chair

The Chief Executive is the sponsor of Every Day Counts and chairs the Programme Board. The \
Director of Care is deputy chair and the programme's clinical lead.

The Chief Executive decides at each gate (G1 in September 2029, G2 in September 2030, G3 in \
December 2031) whether the programme moves to its next phase, on the Programme Board's advice, \
and releases each phase's budget within the sum the trustees have approved from the designated \
development fund.

Spending above a released phase budget goes back to the Board of Trustees, which meets six \
times a year.

## Members

- Chief Executive (chair)
- Director of Care (deputy chair)
- Director of Finance & Resources
- Director of Income Generation
- Head of People
- Head of Quality & Clinical Governance
- Every Day Counts Programme Manager (secretary)

Priority leads attend for their items. The Staff Forum Chair, the ICB Commissioning Manager, \
End of Life Care, and the Patient & Family Voice Group Chair are invited to the quarterly \
review; they advise and are consulted, and they do not vote.

## Clinical governance

The Clinical Governance Committee is a committee of the trustees, chaired by a trustee who is \
a retired consultant nurse. A new clinical service or a change to a clinical pathway cannot \
start until the Clinical Governance Committee has approved its protocol; the committee meets \
every other month (January, March, May, July, September, November).

## Reporting

The Programme Manager sends a highlight report to members five working days before each \
meeting. The Care & Income Dashboard goes to every meeting. Each gate review is a paper with \
the measures, the pass marks, the risks and a recommendation.

## Quorum

Four members, including the chair or deputy chair and one director.
"""

SYSTEMS = """
# Systems and records: what we use and where the gaps are

Prepared by the Information & Systems Manager for the Every Day Counts Programme Board, \
January 2029. It says what each system does today and what it does not.

## Meridian (electronic patient record)

Meridian is our electronic patient record. The inpatient unit, both hospice at home teams, the \
medical team and the advice line (in the day) record care in Meridian, and it holds every \
referral we have received since 2019.

At the Linden Centre, attendance and care notes are still kept on paper registers and filed in \
the centre's office.

Hospice at home nurses carry laptops with Meridian's mobile client. There is no mobile signal \
across much of upper Colderdale, so nurses there write visit notes on paper and key them in \
back at base.

Every nurse's phone is on one network, chosen in 2022 for its coverage in Haverstone.

## The advice line and CallPoint

The advice line runs 24 hours a day, every day of the year. From 8am to 8pm it is answered by \
the advice line team in the clinical hub.

Between 8pm and 8am the line is diverted to the inpatient unit's ward phone, and calls are \
written on paper call sheets that are typed into Meridian the next morning.

CallPoint records answer times only for calls taken between 8am and 8pm, so we have no figure \
for night calls.

## Shared care record

We can view the Ridings Care Record for people registered with Colderdale practices; \
Haverstone's eleven practices have not joined it.

## Rotas

Hospice at home rotas are kept in a spreadsheet by each team leader; RotaMaster is used on the \
inpatient unit alone.

## Bereavement service

Bereavement referrals and the waiting list live in an Excel workbook on the shared drive, \
outside Meridian.

Bereavement feedback forms are kept for twelve months and then shredded.

## Shops

TillWise runs in nine of our 14 shops; the other five use stand-alone cash registers and paper \
takings sheets.

Gift Aid on donated goods can be claimed only in shops that run TillWise, because the donor's \
Gift Aid declaration is scanned at the till.

## Fundraising and the lottery

Beacon is our fundraising database: donors, legacies, in-memory funds and events are held \
there, with Gift Aid declarations for cash gifts.

The lottery is run for us by Pennine Weekly Lotteries Ltd, and we receive a monthly summary \
with no player names or addresses.

## Volunteers

VolunteerHub holds the records of all 900 volunteers: their roles, DBS checks, shifts and hours.

Training records for clinical volunteers are held on paper in each team's folder, not in \
VolunteerHub.

## Reporting and data protection

The Care & Income Dashboard, built in Power BI, goes to the Programme Board and the trustees \
every month; it takes its figures from Meridian, Beacon, TillWise and the finance system.

The Information & Systems Manager is our Data Protection Officer.
"""

MEASURES = """
# Every Day Counts: measure definitions

Owner: Head of Quality & Clinical Governance (clinical measures) and Director of Finance & \
Resources (income measures). Baselines are for the 12 months to December 2028 unless stated.

| Measure | Definition | Owner | Source | Baseline |
|---|---|---|---|---|
| Deaths in the place the person chose | Of people in our care who died and had a recorded preferred place of death, the share who died there | Head of Quality & Clinical Governance | Meridian | 71% |
| People cared for each year | Distinct people who received any of our clinical or wellbeing services | Director of Care | Meridian, Linden Centre registers | 2,150 |
| New referrals for people without cancer | Share of accepted new referrals whose main diagnosis is not cancer | Community Partnerships Lead | Meridian | 24% |
| Referrals from our most deprived neighbourhoods | Share of new referrals living in the 20% most deprived neighbourhoods of our area, by postcode | Community Partnerships Lead | Meridian | 14% |
| Urgent night visits within 2 hours | Share of urgent visits between 8pm and 8am where a nurse arrives within 2 hours of the call | Head of Hospice at Home | Meridian (from the pilot) | none yet |
| Advice line calls answered within 60 seconds | Share of calls answered by a person within 60 seconds | Advice Line Lead | CallPoint | 78% (8am to 8pm) |
| Care homes with a named link nurse | Care homes in our area with a named hospice link nurse and a visit at least monthly | Community Partnerships Lead | Link nurse log | 9 of 41 |
| Wait for a first bereavement counselling appointment | Median weeks from referral to first counselling session | Bereavement Services Coordinator | Bereavement workbook | 11 weeks |
| Carers supported each year | Distinct carers who used a carers' service | Head of Wellbeing & Family Support | Linden Centre registers | 640 |
| Shop profit a year | Retail income less retail costs, after shop overheads | Retail Operations Manager | Finance system | £1.2m |
| Weekly lottery players | Players in the weekly draw at the year end | Director of Income Generation | Pennine monthly summary | 6,200 |
| NHS share of the cost of our care | ICB contract income as a share of the cost of charitable care | Director of Finance & Resources | Finance system | 29% |
| Registered nurse vacancy rate | Vacant registered nurse posts as a share of funded posts | Head of People | HR system | 14.5% |
| Families who find bereavement support helpful | Share of feedback forms rating the support helpful or very helpful | Bereavement Services Coordinator | Feedback forms | no baseline |

## What limits these measures

Preferred place of death is recorded for 58% of the people who died in our care last year.

Ethnicity is recorded for 41% of the people referred to us in 2028.

Enquiries that do not become a referral are not logged anywhere, so we cannot say who asked \
for help and did not get it.

Night-time 999 calls and admissions for people on our caseload are not reported to us by the \
ambulance service; we learn of them only from families.

The bereavement measure has no target yet: the first full survey runs in 2029/30 and the \
target is set at Gate 1.
"""

STAFF_FORUM = """
MARRICK VALE HOSPICE
Staff Forum agreement (extract)
Version 3, agreed 12 October 2027

1. The Staff Forum

Marrick Vale Hospice does not recognise a trade union for collective bargaining; the Staff \
Forum is the body we consult. It has twelve elected members and an elected chair, who sits on \
the Joint Consultative Committee with the Chief Executive and the Head of People.

2. Consultation

Any change to working patterns, including new night rotas, must be consulted on with the Staff \
Forum for at least 30 days before it is introduced.

Staff employed on day contracts before 1 April 2029 cannot be required to work nights; night \
working for them is by agreement only.

A change to pay enhancements for nights, weekends or bank holidays needs the agreement of the \
Joint Consultative Committee.

3. Training

Time for mandatory training is paid, and the Head of People publishes the training calendar \
each quarter.
"""

CQC_NOTE = """
# CQC registration: a note for the Programme Board

From the Head of Quality & Clinical Governance, January 2029.

We are registered with the Care Quality Commission (CQC) at one location, Lowther Lane, \
Marrick Bridge, for the treatment of disease, disorder or injury and for diagnostic and \
screening procedures. Hospice at home is provided under the same registration. The \
registered manager is the Director of Care.

Our last inspection, in June 2027, rated us Good in all five areas.

We must notify the CQC before we start providing nursing care at night in people's homes, and \
our statement of purpose has to be updated first.

A second location (for example a registered base in Haverstone) would need a new registration \
application, which has taken other hospices in the region twelve to sixteen weeks.

The Clinical Governance Committee receives our CQC readiness report twice a year.
"""

VOLUNTEER_POLICY = """
# Volunteer policy (extract)

Approved by the Board of Trustees, November 2026. Owner: Volunteer Services Manager.

## What volunteers do

Our 900 volunteers work in the shops and the Skellgate warehouse, at the Linden Centre, on the \
inpatient unit's hospitality team, in fundraising and in the bereavement service.

## What volunteers may not do

Volunteers may not give personal care, handle medicines or lone-work in people's homes at \
night.

Volunteers must not be used to fill a vacant paid post.

## Checks and training

Every volunteer who works with patients or families needs an enhanced DBS check, which is \
taking three to five weeks this year.

Volunteer bereavement counsellors must hold a level 3 counselling qualification and complete \
our 40-hour induction before they see a client, and each has a paid supervisor.
"""

NIGHT_CALLS = """
# Night calls in Haverstone: a review of 2028

By the Advice Line Lead and the Head of Hospice at Home, January 2029. Prepared for the \
Haverstone Night Response pilot.

## The district

Haverstone has a population of about 96,000, eleven GP practices and Haverstone General \
Hospital. Eastfield and Mill Bank are among the most deprived 10% of neighbourhoods in \
England. Colderdale, to the north, is rural, with 38,000 people spread along the dale.

## What the night calls show

In 2028 the advice line took 4,870 calls between 8pm and 8am; 3,240 of them came from \
Haverstone.

Most night calls were about pain, breathlessness, agitation or a death expected at home. In \
about one call in five the nurse on the ward phone judged that a visit was needed.

Because nobody from the hospice can visit after 10pm, those families were advised to call the \
GP out-of-hours service or 999.

## What a night team would need

Two registered nurses and a healthcare assistant on each night, a car, and a supply of \
end-of-life medicines they can carry.

Haverstone's practices prescribe anticipatory medicines, but the ICB's just-in-case medicines \
scheme covers Colderdale practices only.
"""

LEASE_NOTE = """
THE LINDEN CENTRE, MILL STREET, HAVERSTONE
Note on the lease and the building
From: Director of Finance & Resources
Date: 29 January 2029

The Linden Centre is our day hospice and wellbeing centre. We lease it from Mill Street \
Properties Ltd.

The lease on the Linden Centre ends on 30 June 2031, and the landlord has not said whether it \
will be renewed.

The lease limits our use of the building to Monday to Friday, 8am to 6pm, unless the landlord \
agrees otherwise in writing.

The centre has a broadband line but no connection to the hospice network, so Meridian cannot \
be reached there until a secure link is installed.

The building has step-free access, a garden room and two treatment rooms.
"""

PHARMACY_EMAIL = """
From: Sanjay Mistry <s.mistry@haverstonepharmacy.example.co.uk>
To: Head of Hospice at Home <hah.lead@marrickvalehospice.org.uk>
Date: Wed, 17 Jan 2029 14:22:00 +0000
Subject: RE: Night supply of end-of-life medicines in Haverstone

Dear colleague,

Thank you for your note about the night pilot.

I have asked round the Local Pharmaceutical Committee. No community pharmacy in Haverstone is \
open after 10pm, and the nearest 24-hour pharmacy is 26 miles away in Thornbury.

A locked medicines kit carried by your night nurses would need a protocol signed off by your \
Medical Director and your Clinical Governance Committee, and the ICB's medicines optimisation \
team would want to see it.

We would be glad to supply the kits from our Eastfield branch in the day.

Best wishes,
Sanjay Mistry
Superintendent Pharmacist, Haverstone Pharmacy Group
"""

RETAIL_SUMMARY = """
# Retail estate summary, January 2029

By the Retail Operations Manager.

We run 14 charity shops and the Skellgate warehouse in Colderdale, where donations are sorted \
and furniture is stored. Shop profit was £1.2m in the 12 months to December 2028.

| Shop | Town | Tills | Lease ends |
|---|---|---|---|
| Bridge Street | Marrick Bridge | TillWise | 2033 |
| Market Place | Colderdale | TillWise | 2031 |
| Dale Road | Colderdale | cash register | 2030 |
| Kirkby End | Colderdale | TillWise | 2032 |
| Fell View | Upper Colderdale | cash register | 2030 |
| Station Parade | Thornbury | TillWise | 2034 |
| Castle Street | Thornbury | TillWise | 2031 |
| High Street | Askwith | TillWise | 2032 |
| Church Lane | Askwith | cash register | 2030 |
| Northgate | Ellerby | TillWise | 2033 |
| Mill Lane | Ellerby | cash register | 2031 |
| The Green | Hawes Cross | TillWise | 2032 |
| Skellgate Furniture | Colderdale | TillWise | 2035 |
| Bank Top | Hawes Cross | cash register | 2030 |

Our last Haverstone shop, on Market Street, closed in 2026 when its lease ended.

We have no online shop: an online trial in 2024 stopped when the volunteer who ran it left.

Four of the five cash-register shops are in buildings where the landlord must consent to new \
wiring.
"""


def icb_contract_docx() -> bytes:
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)
    doc.add_heading("ICB contract for specialist palliative care: summary", level=1)
    doc.add_paragraph(
        "Prepared by the Director of Finance & Resources for the Every Day Counts Programme "
        "Board, February 2029."
    )
    doc.add_heading("The contract", level=2)
    for text in [
        "Ridings and Fells Integrated Care Board (the ICB) funds 29% of the cost of our care "
        "through a single contract for specialist palliative care.",
        "The contract runs to 31 March 2030 and its price is fixed until then.",
        "The contract funds hospice at home visits between 8am and 8pm; visits between 8pm and "
        "10pm are paid for from our charitable funds.",
        "Any change to the hours or scope of a funded service needs a contract variation "
        "agreed with the ICB, with three months' notice.",
        "The ICB's Commissioning Manager for End of Life Care must be consulted before we "
        "change how people are referred to us or when a funded service is open.",
    ]:
        doc.add_paragraph(text)
    doc.add_heading("What the contract pays for", level=2)
    table = doc.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    for cell, text in zip(
        table.rows[0].cells, ["Service", "Funded hours", "Share funded"], strict=True
    ):
        cell.text = text
    for row in [
        ("Inpatient unit (16 beds)", "24 hours", "34%"),
        ("Hospice at home", "8am to 8pm", "41%"),
        ("Advice line", "24 hours", "50%"),
        ("Day hospice (Linden Centre)", "Monday to Friday", "12%"),
        ("Bereavement support", "not funded", "0%"),
    ]:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    doc.add_heading("The next contract", level=2)
    doc.add_paragraph(
        "Talks on the contract from 1 April 2030 open in October 2029. The ICB has said it will "
        "look at evidence from the night pilot before it decides whether to fund nights."
    )
    return ooxml_bytes(
        doc,
        STAMP,
        author="Director of Finance & Resources",
        title="ICB contract summary",
        created=datetime(2029, 2, 5, 9, 0, 0),
        modified=datetime(2029, 2, 5, 9, 0, 0),
        last_modified_by="Director of Finance & Resources",
        revision=1,
    )


def org_files() -> dict[str, str | bytes]:
    return {
        "org/people/programme-team.eml": programme_email(),
        "org/governance/every-day-counts-programme-board-terms-of-reference.md": BOARD_TOR,
        "org/systems/systems-and-records.md": SYSTEMS,
        "org/measures/every-day-counts-measures.md": MEASURES,
        "org/context/staff-forum-agreement-extract.txt": STAFF_FORUM,
        "org/context/cqc-registration-note.md": CQC_NOTE,
        "org/context/volunteer-policy-extract.md": VOLUNTEER_POLICY,
        "org/context/haverstone-night-calls-review-2028.md": NIGHT_CALLS,
        "org/context/linden-centre-lease-note.txt": LEASE_NOTE,
        "org/context/email-2029-01-17-haverstone-pharmacy.txt": PHARMACY_EMAIL,
        "org/context/retail-estate-summary.md": RETAIL_SUMMARY,
        "org/context/icb-contract-summary.docx": icb_contract_docx(),
    }


def main(root: Path = HERE) -> None:
    case = root / CASE
    write_files(case, {DECK: deck_bytes(), **org_files()})


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
