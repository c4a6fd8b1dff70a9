"""Build the dev24 case ``ashdown-police``: its deck and its org folder, deterministically.

Run from the repository root with a Python that has reportlab, pypdf, python-docx and
python-pptx (``evals/dev16/_build.py`` imports python-pptx). reportlab is not in the project's
lock, so use the separate venv the dev23 PDF case uses:

    /tmp/rl/bin/python evals/dev24/build_ashdown_police.py [out-folder]

Writes, under ``evals/dev24/ashdown-police/`` (or ``<out-folder>/ashdown-police/``), every file
of the case but ``gold.json``:

- ``contact-and-response-2028-31-feb-14-march-2028.pdf``: a county police force's three-year
  contact and response plan for its Force Executive Board, drawn the way Google Slides exports
  a 4:3 deck to PDF (pages of 720 x 540 pt; Producer "Skia/PDF m124 Google Docs Renderer", a
  Title and the two dates and nothing else in the document information, so no Creator at all),
  imitated with reportlab's canvas. Every line of every text box is its own text object, drawn
  one after another; list bullets "●" (first level) and "○" (second level) are their own glyph
  runs left of their line; tables are ruled cells (the KPI table Measure / 2027/28 / Target /
  By, the risk table), the roadmap is a table of police financial quarters (2028/29 Q1 to
  2030/31 Q4) whose filled cells carry the phases and the workstreams; a slide of three KPI
  "big number" tiles; links in blue, underlined, with a URI annotation; a small grey footer
  with the force's name and the page number from page 2. Google does not export speaker notes,
  so there are none. The fonts are subsets named ArialMT, Arial-BoldMT, Roboto-Regular and
  Roboto-Bold: Liberation Sans (metric-compatible with Arial) and DejaVu Sans from
  ``/usr/share/fonts/truetype/`` embedded under those names, since neither Arial nor Roboto is
  installed here. reportlab's header comment is blanked (same length) and the version line
  set to 1.4, as Skia writes it.
- ``org/``: the roster as an org chart exported to PDF (``people/programme-structure.pdf``, as
  draw.io exports one: landscape A3, Producer "draw.io"): page 1 holds boxes in four tiers
  joined by elbow connectors, each box with its role title in bold (wrapped over two lines
  where it is long), a one-line remit in small type and an involvement tag ("Core",
  "Extended", "Consult only"), the two consult-only bodies in dashed boxes, and a legend box;
  the boxes are drawn tier by tier and right to left along each tier, so their text is not in
  reading order in the content stream; page 2, "Remits in full", is a two-column ruled table
  Role / Remit. Beside it: the programme board's terms of reference, the staff associations'
  consultation protocol (DOCX), the systems and data inventory, the measures handbook, the
  response hubs' profile, the Victim Care Unit's note, the workforce and training note, the
  summary of the 2027 inspection and the Commissioner's office's letter.

Re-running it rewrites every file byte for byte: reportlab's invariant mode (fixed dates and
document ID) for the two PDFs, fixed core properties and ZIP times for the DOCX (through
``evals/dev16/_build.py``), and the text files as literal strings. It never touches
``gold.json``.

This is a DEVELOPMENT case (split "dev24").
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from docx import Document
from docx.shared import Pt
from reportlab.lib.pagesizes import A3, landscape
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals.dev16._build import Stamp, ooxml_bytes, write_files  # noqa: E402

HERE = Path(__file__).resolve().parent
CASE = "ashdown-police"
DECK = "contact-and-response-2028-31-feb-14-march-2028.pdf"
ROSTER = "org/people/programme-structure.pdf"

LIB = Path("/usr/share/fonts/truetype/liberation")
DEJ = Path("/usr/share/fonts/truetype/dejavu")
ARIAL, ARIAL_B, ROBOTO, ROBOTO_B = "ArialMT", "Arial-BoldMT", "Roboto-Regular", "Roboto-Bold"
FONTS = {
    ARIAL: LIB / "LiberationSans-Regular.ttf",
    ARIAL_B: LIB / "LiberationSans-Bold.ttf",
    ROBOTO: DEJ / "DejaVuSans.ttf",
    ROBOTO_B: DEJ / "DejaVuSans-Bold.ttf",
}

W, H = 720.0, 540.0  # Google Slides "Standard 4:3", 10 x 7.5 in
LEFT, RIGHT = 36.0, 684.0

Color = tuple[float, float, float]
INK: Color = (0.13, 0.13, 0.13)
NAVY: Color = (0.11, 0.2, 0.37)
BLUE: Color = (0.1, 0.35, 0.72)
LINK: Color = (0.07, 0.33, 0.8)
SKY: Color = (0.87, 0.91, 0.97)
GOLD: Color = (0.93, 0.7, 0.13)
GREY: Color = (0.55, 0.55, 0.55)
RULE: Color = (0.62, 0.62, 0.62)
WHITE: Color = (1.0, 1.0, 1.0)
FILLS: list[Color] = [
    (0.75, 0.82, 0.93),
    (0.36, 0.52, 0.78),
    (0.2, 0.38, 0.63),
    (0.52, 0.62, 0.48),
]

STAMP = Stamp((2028, 3, 7, 9, 0, 0), "2028-03-07T09:00:00Z")
PAGES = 18
OVERFLOW: list[str] = []  # lines wider than their box: the builder refuses to save them


def _fonts() -> None:
    for name, file in FONTS.items():
        if name not in pdfmetrics.getRegisteredFontNames():
            font = TTFont(name, str(file))
            font.face.name = name.encode("ascii")  # the subset is named as Google names it
            pdfmetrics.registerFont(font)


class _Info(pdfdoc.PDFInfo):
    """Document information with only the given keys, in order, and a fixed date written as
    the exporting application writes it (reportlab's invariant mode would say 2000)."""

    def __init__(self, fields: dict[str, str], date: str) -> None:
        super().__init__()
        self.fields = fields
        self.date = date

    def format(self, document):
        d = {k: pdfdoc.PDFString(v) for k, v in self.fields.items()}
        d["CreationDate"] = d["ModDate"] = pdfdoc.PDFString(self.date)
        return pdfdoc.PDFDictionary(d).format(document)


def _skia_bytes(path: Path) -> None:
    """reportlab's header as Skia's: version 1.4, its comments blanked at the same length
    (the header's binary comment and the trailer's), so that no offset moves."""
    data = path.read_bytes()
    head, rest = data.split(b"\n", 1)
    comment, rest = rest.split(b"\n", 1)
    assert head == b"%PDF-1.3" and b"ReportLab" in comment, (head, comment)
    blank = b"%\xe2\xe3\xcf\xd3" + b" " * (len(comment) - 5)
    trailer = b"% ReportLab generated PDF document -- digest (opensource)"
    assert rest.count(trailer) == 1
    rest = rest.replace(trailer, b"%" + b" " * (len(trailer) - 1))
    path.write_bytes(b"%PDF-1.4\n" + blank + b"\n" + rest)


def wrap(s: str, font: str, size: float, width: float) -> list[str]:
    """Words of ``s`` in lines no wider than ``width`` (a single long word stays whole)."""
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


# =========================================================================== the deck's canvas


class Slides:
    """A reportlab canvas with the few ways Google Slides' PDF export writes text."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.c = rl_canvas.Canvas(
            str(path),
            pagesize=(W, H),
            invariant=1,
            pageCompression=1,
            initialFontName=ARIAL,
            initialFontSize=12,
        )
        self.c._doc.info = _Info(
            {
                "Title": "Contact and Response 2028–31 – Force Executive Board",
                "Producer": "Skia/PDF m124 Google Docs Renderer",
            },
            "D:20280307091512+00'00'",
        )
        self.page = 0

    # ---------------------------------------------------------------- text
    def text(
        self,
        x: float,
        y: float,
        s: str,
        size: float = 12,
        font: str = ARIAL,
        color: Color = INK,
        limit: float | None = None,
    ) -> float:
        """One line as its own text object; returns its width."""
        width = stringWidth(s, font, size)
        if limit is not None and width > limit + 0.01:
            OVERFLOW.append(f"page {self.page}: line too wide ({width:.0f} > {limit:.0f}): {s}")
        t = self.c.beginText(x, y)
        t.setFont(font, size)
        t.setFillColorRGB(*color)
        t.textOut(s)
        self.c.drawText(t)
        return width

    def right(self, x: float, y: float, s: str, size: float, font: str, color: Color) -> None:
        self.text(x - stringWidth(s, font, size), y, s, size, font, color)

    def centred(self, cx: float, y: float, s: str, size: float, font: str, color: Color) -> None:
        self.text(cx - stringWidth(s, font, size) / 2, y, s, size, font, color)

    def lines(
        self,
        x: float,
        y: float,
        s: str,
        width: float,
        size: float = 12,
        font: str = ARIAL,
        color: Color = INK,
        leading: float | None = None,
    ) -> float:
        """A text box's paragraph: its wrapped lines one after another. Returns the next y."""
        lead = leading if leading is not None else size * 1.25
        for line in wrap(s, font, size, width):
            self.text(x, y, line, size, font, color, limit=width)
            y -= lead
        return y

    def bullet(
        self,
        x: float,
        y: float,
        s: str,
        width: float,
        size: float = 12,
        level: int = 1,
        color: Color = INK,
        gap: float = 5,
    ) -> float:
        """A list item: the bullet glyph as its own run, then the item's wrapped lines at the
        indent. Returns the y of the next item."""
        indent = 18 if level == 1 else 36
        glyph = "●" if level == 1 else "○"
        self.text(x + indent - 13, y, glyph, size * 0.75, ARIAL, NAVY if level == 1 else GREY)
        y = self.lines(x + indent, y, s, width - indent, size, ARIAL, color)
        return y - gap

    def link(self, x: float, y: float, s: str, url: str, size: float = 10) -> None:
        """Link text: blue, underlined, with a URI annotation over it."""
        w = self.text(x, y, s, size, ARIAL, LINK)
        self.hline(x, x + w, y - 1.5, LINK, 0.6)
        self.c.linkURL(url, (x, y - 3, x + w, y + size), relative=0, thickness=0)

    # ---------------------------------------------------------------- shapes
    def rect(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        fill: Color | None,
        stroke: Color | None = None,
        width: float = 0.75,
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
        self, x1: float, x2: float, y: float, color: Color = RULE, width: float = 0.75
    ) -> None:
        self.c.setStrokeColorRGB(*color)
        self.c.setLineWidth(width)
        self.c.line(x1, y, x2, y)

    def vline(
        self, x: float, y1: float, y2: float, color: Color = RULE, width: float = 0.75
    ) -> None:
        self.c.setStrokeColorRGB(*color)
        self.c.setLineWidth(width)
        self.c.line(x, y1, x, y2)

    def diamond(self, cx: float, cy: float, r: float, fill: Color) -> None:
        self.c.setFillColorRGB(*fill)
        p = self.c.beginPath()
        p.moveTo(cx, cy + r)
        p.lineTo(cx + r, cy)
        p.lineTo(cx, cy - r)
        p.lineTo(cx - r, cy)
        p.close()
        self.c.drawPath(p, fill=1, stroke=0)

    # ---------------------------------------------------------------- page furniture
    def start(self, title: str, subtitle: str | None = None) -> float:
        """A new content slide: the accent bar, the title and an optional subtitle. Returns
        the y where the body starts."""
        self.page += 1
        self.rect(0, H - 8, W, 8, NAVY)
        self.text(LEFT, H - 52, title, 22, ROBOTO_B, NAVY, limit=RIGHT - LEFT)
        if subtitle is None:
            return H - 88
        self.text(LEFT, H - 74, subtitle, 12, ROBOTO, GREY, limit=RIGHT - LEFT)
        return H - 106

    def finish(self) -> None:
        """The small grey footer and the page number, then the next page."""
        if self.page > 1:
            self.text(
                LEFT,
                14,
                "Ashdown Constabulary · Contact and Response 2028–31 · OFFICIAL",
                7,
                ARIAL,
                GREY,
            )
            self.right(RIGHT, 14, str(self.page), 7, ARIAL, GREY)
        self.c.showPage()

    def save(self) -> None:
        self.c.save()
        _skia_bytes(self.path)

    # ---------------------------------------------------------------- tables
    def table(
        self,
        x: float,
        y: float,
        widths: list[float],
        rows: list[list[str]],
        size: float = 10,
        head_fill: Color = NAVY,
        pad: float = 5,
        leading: float | None = None,
        bold_first: bool = False,
    ) -> float:
        """A ruled table: the first row a filled header in white bold, each cell's wrapped
        lines drawn one after another, left to right along a row. Returns its bottom y."""
        lead = leading if leading is not None else size * 1.22
        top = y
        cells_by_row: list[list[list[str]]] = []
        heights: list[float] = []
        for r, row in enumerate(rows):
            cells = []
            for c, (cell, w) in enumerate(zip(row, widths, strict=True)):
                font = ARIAL_B if r == 0 or (bold_first and c == 0) else ARIAL
                cells.append(wrap(cell, font, size, w - 2 * pad))
            cells_by_row.append(cells)
            heights.append(max(len(c) for c in cells) * lead + 2 * pad)
        total = sum(heights)
        self.rect(x, top - heights[0], sum(widths), heights[0], head_fill)
        cy = top
        for r, (cells, h) in enumerate(zip(cells_by_row, heights, strict=True)):
            cx = x
            for c, (lines, w) in enumerate(zip(cells, widths, strict=True)):
                font = ARIAL_B if r == 0 or (bold_first and c == 0) else ARIAL
                color = WHITE if r == 0 else INK
                ly = cy - pad - size * 0.9
                for line in lines:
                    self.text(cx + pad, ly, line, size, font, color, limit=w - 2 * pad)
                    ly -= lead
                cx += w
            cy -= h
        # the rules: every row's bottom, every column's side
        yy = top
        self.hline(x, x + sum(widths), yy, RULE)
        for h in heights:
            yy -= h
            self.hline(x, x + sum(widths), yy, RULE)
        xx = x
        for w in [0.0, *widths]:
            xx += w
            self.vline(xx, top, top - total, RULE)
        return top - total


# =========================================================================== the slides


def cover(d: Slides) -> None:
    d.page += 1
    d.rect(0, 0, W, H, NAVY)
    d.rect(0, 150, W, 4, GOLD)
    d.text(LEFT, H - 48, "OFFICIAL", 9, ARIAL_B, GOLD)
    d.text(LEFT, H - 80, "ASHDOWN CONSTABULARY", 12, ROBOTO_B, SKY)
    d.text(LEFT, 300, "Answer, Attend, Update", 38, ROBOTO_B, WHITE, limit=RIGHT - LEFT)
    d.text(LEFT, 262, "Contact and Response Programme 2028–2031", 20, ROBOTO, WHITE)
    d.text(
        LEFT, 228, "Our three-year plan for 999, 101, attendance and victim updates", 13, ARIAL, SKY
    )
    d.text(
        LEFT,
        118,
        "Force Executive Board · 14 March 2028 · Paper FEB/28/017 · For decision",
        11,
        ARIAL,
        WHITE,
    )
    d.text(
        LEFT,
        100,
        "Sponsor: Deputy Chief Constable · Presented by the Programme Director",
        11,
        ARIAL,
        SKY,
    )
    d.finish()


def why_now(d: Slides) -> None:
    y = d.start(
        "Why now: 2027/28 in figures",
        "Demand has grown faster than our capacity to answer and attend",
    )
    figures = [
        (
            "412,600",
            "contacts reached the force control room: 131,900 on 999, 256,300 on 101 "
            "and 24,400 through online forms",
        ),
        (
            "1 in 4",
            "people who rang 101 hung up before anyone spoke to them; on Monday "
            "mornings it was 1 in 3",
        ),
        (
            "+11%",
            "more emergency (Grade 1) incidents than in 2024/25, with the same number of "
            "response officers",
        ),
        (
            "3 h 05",
            "average wait for a Grade 2 attendance in the Sedgecombe rural section, "
            "against 52 minutes in Tolland",
        ),
        (
            "38%",
            "of a response officer's shift is spent on paperwork and systems, by our "
            "own activity survey of October 2027",
        ),
        (
            "RI",
            "“Requires improvement”: HMICFRS's grade for how we respond to the public in "
            "its 2027 PEEL inspection",
        ),
    ]
    tw, th, gap = 204.0, 128.0, 18.0
    for k, (big, words) in enumerate(figures):
        col, row = k % 3, k // 3
        x = LEFT + col * (tw + gap)
        top = y - row * (th + gap)
        d.rect(x, top - th, tw, th, SKY)
        d.text(x + 12, top - 38, big, 26, ROBOTO_B, NAVY, limit=tw - 24)
        d.lines(x + 12, top - 60, words, tw - 24, 11, ARIAL, INK, 14)
    d.text(
        LEFT,
        70,
        "Sources: Relay telephony, Vigil command and control, Fathom records; "
        "1 April 2027 to 31 March 2028.",
        9,
        ARIAL,
        GREY,
    )
    d.link(
        LEFT,
        54,
        "HMICFRS PEEL 2027: Ashdown Constabulary (inspection report)",
        "https://intranet.ashdown.police.uk/peel-2027",
    )
    d.finish()


def lessons(d: Slides) -> None:
    y = d.start("What the last plan taught us", "Contact Plan 2021–24 and what we carry forward")
    y = d.lines(LEFT, y, "Where we have been", LEFT + 200, 14, ROBOTO_B, NAVY)
    for item in [
        "In 2021 we promised to answer 101 within five minutes; we did it for one quarter, "
        "2022/23 Q1.",
        "We added 30 call handlers in 2023 without changing the rota; 19 of them had left "
        "within a year.",
        "Automatic vehicle location in Tolland and Harnford cut Grade 1 travel times there by "
        "about two minutes.",
    ]:
        y = d.bullet(LEFT, y, item, RIGHT - LEFT, 12)
    y -= 8
    y = d.lines(LEFT, y, "How others compare", 300, 14, ROBOTO_B, NAVY)
    y = d.bullet(
        LEFT,
        y,
        "Our most similar forces answered 88% of 999 calls within 10 seconds in 2027/28.",
        RIGHT - LEFT,
        12,
    )
    y = d.bullet(
        LEFT,
        y,
        "Their control rooms roster call handlers to hourly demand; ours still runs the 2019 rota.",
        RIGHT - LEFT,
        12,
    )
    y -= 8
    y = d.lines(LEFT, y, "What we must work within", 300, 14, ROBOTO_B, NAVY)
    y = d.bullet(
        LEFT,
        y,
        "Officer establishment stays at 1,940 FTE for the life of this plan "
        "(2028/29 budget settlement).",
        RIGHT - LEFT,
        12,
    )
    d.bullet(
        LEFT,
        y,
        "Changes to rotas and shift patterns are consulted on with UNISON and "
        "the Police Federation first.",
        RIGHT - LEFT,
        12,
    )
    d.finish()


def ambition(d: Slides) -> None:
    y = d.start("Our ambition for 2031")
    d.rect(LEFT, y - 78, RIGHT - LEFT, 84, NAVY)
    d.text(
        LEFT + 18,
        y - 24,
        "Every call answered, every emergency reached,",
        22,
        ROBOTO_B,
        WHITE,
        limit=RIGHT - LEFT - 36,
    )
    d.text(LEFT + 18, y - 52, "every victim kept informed.", 22, ROBOTO_B, WHITE)
    y -= 112
    y = d.lines(
        LEFT, y, "Five commitments to the people of Ashdown:", RIGHT - LEFT, 14, ROBOTO_B, NAVY
    )
    y -= 4
    for item in [
        "Answer 92% of 999 calls within 10 seconds by 2029/30 Q4",
        "Bring 101 calls abandoned below 10% by 2029/30 Q2",
        "Reach 90% of urban Grade 1 emergencies within 15 minutes by 2030/31 Q2",
        "Update 90% of victims within Victims’ Code timescales by 2029/30 Q4",
        "Take 30% of non-emergency crime reports online by 2030/31 Q4",
    ]:
        y = d.bullet(LEFT, y, item, RIGHT - LEFT, 13, gap=8)
    y -= 6
    d.lines(
        LEFT,
        y,
        "All five are measured as the measures handbook defines them (slide 11) and "
        "reported to the Commissioner every quarter.",
        RIGHT - LEFT,
        11,
        ARIAL,
        GREY,
    )
    d.finish()


PILLARS = [
    ("1", "Answer", "999 and 101", "Pick up 999 at once and stop 101 callers giving up."),
    ("2", "Attend", "by grade", "Send the right officer in time, in town and country."),
    ("3", "Update", "victims", "Tell victims what is happening before they have to ask."),
    (
        "4",
        "Report online,",
        "record once",
        "Let people report online and officers record things once.",
    ),
]


def pillars(d: Slides) -> None:
    y = d.start("Four pillars", "What we will change, and what holds it up")
    cw, gap = 150.0, 16.0
    for k, (num, name, sub, purpose) in enumerate(PILLARS):
        x = LEFT + k * (cw + gap)
        d.rect(x, y - 230, cw, 230, SKY)
        d.rect(x, y - 8, cw, 8, FILLS[k])
        d.text(x + 12, y - 44, num, 28, ROBOTO_B, NAVY)
        d.text(x + 12, y - 72, name, 15, ROBOTO_B, NAVY, limit=cw - 24)
        d.text(x + 12, y - 90, sub, 15, ROBOTO_B, NAVY, limit=cw - 24)
        d.lines(x + 12, y - 118, purpose, cw - 24, 11, ARIAL, INK, 14)
    y -= 262
    d.rect(LEFT, y - 54, RIGHT - LEFT, 54, None, NAVY, 1)
    d.text(LEFT + 12, y - 20, "Enablers", 12, ROBOTO_B, NAVY)
    d.text(
        LEFT + 12,
        y - 40,
        "People and rotas · Vigil, Fathom, Relay and Argus · Measures on "
        "Lodestar · Consulting staff associations and the Independent Advisory Group",
        9.5,
        ARIAL,
        INK,
        limit=RIGHT - LEFT - 24,
    )
    d.finish()


def pillar_page(
    d: Slides, title: str, subtitle: str, goal: str, items: list[tuple[int, str]], notes: list[str]
) -> None:
    y = d.start(title, subtitle)
    d.rect(LEFT, y - 34, RIGHT - LEFT, 40, SKY)
    d.text(LEFT + 10, y - 18, goal, 11, ARIAL_B, NAVY, limit=RIGHT - LEFT - 20)
    y -= 58
    y = d.lines(LEFT, y, "What we will do", 200, 13, ROBOTO_B, NAVY)
    y -= 2
    for level, item in items:
        y = d.bullet(LEFT, y, item, RIGHT - LEFT, 12 if level == 1 else 11, level)
    y -= 6
    for note in notes:
        y = d.lines(LEFT, y, note, RIGHT - LEFT, 10, ARIAL, GREY)


def pillar_one(d: Slides) -> None:
    pillar_page(
        d,
        "Pillar 1 · Answer: 999 and 101",
        "Most of the 101 problem is a rota problem: we staff the control room for 2019's demand",
        "Goal: 92% of 999 calls answered within 10 seconds by 2029/30 Q4; 101 abandonment "
        "under 10% by 2029/30 Q2",
        [
            (1, "Run four call-handler intakes of 12 a year from July 2028"),
            (1, "Move the control room to a demand-led rota of five shifts"),
            (2, "consultation with UNISON opens in May 2028; new rota live 2029/30 Q1"),
            (1, "Offer 101 callers a call-back instead of a queue, from 2028/29 Q3"),
            (1, "Route 101 calls by need at the first menu: report, update, enquiry"),
            (1, "Pass calls asking for a case update to the Victim Care Unit"),
        ],
        ["Call handlers are police staff; every rota change is consulted on with UNISON."],
    )
    d.finish()


def pillar_two(d: Slides) -> None:
    pillar_page(
        d,
        "Pillar 2 · Attend: the right response, by grade",
        "Send the nearest available officer, not the home hub's",
        "Goal: close the gap between town and country response times",
        [
            (
                1,
                "Fit automatic vehicle location to every response car at Sedgecombe and "
                "Pelham Moor",
            ),
            (1, "Deploy the nearest available unit from the Vigil map (dynamic deployment)"),
            (1, "Rebalance response shifts to the hours of highest demand"),
            (2, "Friday and Saturday evenings carry 29% of Grade 1 incidents"),
            (1, "Book Grade 3 incidents as appointments within 48 hours"),
            (1, "Review the THRIVE grading of any Grade 2 incident still open after 45 minutes"),
        ],
        ["Shift changes for officers are consulted on with the Police Federation."],
    )
    d.finish()


def pillar_three(d: Slides) -> None:
    pillar_page(
        d,
        "Pillar 3 · Update: keep victims informed",
        "Victims tell us the silence after reporting is worse than the wait for an officer",
        "Goal: 90% of victims updated within Victims’ Code timescales by 2029/30 Q4",
        [
            (1, "The Victim Care Unit takes over updates for all volume crime from 2029/30 Q1"),
            (1, "Complete a victim needs assessment at first contact"),
            (1, "Send text message updates at each key decision in an investigation"),
            (2, "crime recorded, officer assigned, suspect charged, case closed"),
            (1, "Replace the VCU spreadsheet with a victim contact record in Fathom"),
            (1, "Refer victims to the Commissioner’s support services within 2 working days"),
        ],
        [],
    )
    d.link(
        LEFT,
        70,
        "Code of Practice for Victims of Crime in England and Wales (gov.uk)",
        "https://www.gov.uk/government/publications/the-code-of-practice-for-victims-of-crime",
    )
    d.finish()


def pillar_four(d: Slides) -> None:
    pillar_page(
        d,
        "Pillar 4 · Report online, record once",
        "Every minute an officer spends re-typing is a minute not on patrol",
        "Goal: make online the easiest way to report a non-urgent crime",
        [
            (1, "Link Single Online Home to Vigil and Fathom so online reports are not re-keyed"),
            (1, "Give every frontline officer Fathom Mobile, ending paper pocket notebooks"),
            (2, "last paper notebooks withdrawn in the Sedgecombe rural section, 2029/30 Q3"),
            (1, "Link Argus body-worn video to Fathom crime records automatically"),
            (1, "Repeat the officer activity survey every six months at all four hubs"),
            (1, "Publicise online reporting for non-urgent crime from 2029/30 Q2"),
        ],
        ["We will not close any front counter during this plan."],
    )
    d.finish()


TILES = [
    ("92%", ["of 999 calls answered", "within 10 seconds"], "2027/28: 81% · by 2029/30 Q4"),
    ("<10%", ["of 101 calls abandoned", "before answer"], "2027/28: 27% · by 2029/30 Q2"),
    (
        "90%",
        ["of victims updated on time", "under the Victims’ Code"],
        "2027/28: 49% · by 2029/30 Q4",
    ),
]


def tiles(d: Slides) -> None:
    y = d.start(
        "Three numbers for the public",
        "The measures the Commissioner reports each quarter under the police and crime plan",
    )
    tw, gap = 200.0, 24.0
    for k, (big, label, small) in enumerate(TILES):
        x = LEFT + k * (tw + gap)
        d.rect(x, y - 250, tw, 250, SKY)
        d.rect(x, y - 250, tw, 6, NAVY)
        d.centred(x + tw / 2, y - 92, big, 54, ROBOTO_B, NAVY)
        ly = y - 140
        for line in label:
            d.centred(x + tw / 2, ly, line, 13, ARIAL_B, INK)
            ly -= 17
        d.centred(x + tw / 2, ly - 14, small, 10, ARIAL, GREY)
    d.text(
        LEFT,
        y - 286,
        "Definitions and baselines: Contact and Response measures handbook "
        "v1.3, published on Lodestar.",
        10,
        ARIAL,
        GREY,
    )
    d.finish()


KPI_ROWS = [
    ["Measure", "2027/28", "Target", "By"],
    ["999 calls answered within 10 seconds", "81%", "92%", "2029/30 Q4"],
    ["101 calls abandoned before answer", "27%", "under 10%", "2029/30 Q2"],
    ["Grade 1 attended within 15 minutes, urban", "78%", "90%", "2030/31 Q2"],
    ["Grade 1 attended within 20 minutes, rural", "69%", "85%", "2030/31 Q4"],
    ["Grade 2 attended within 60 minutes", "54%", "80%", "2030/31 Q4"],
    ["Victims updated within Victims’ Code timescales", "49%", "90%", "2029/30 Q4"],
    ["Non-emergency crime reports made online", "14%", "30%", "2030/31 Q4"],
    ["Response officer shift time on admin", "38%", "28%", "2030/31 Q4"],
    ["Victims satisfied with being kept informed", "61%", "Higher", "To be agreed with the PCC"],
]


def kpi_table(d: Slides) -> None:
    y = d.start(
        "How we will measure it", "Nine measures; baselines are 2027/28 (April 2027 to March 2028)"
    )
    bottom = d.table(LEFT, y, [318, 84, 90, 156], KPI_ROWS, size=11, pad=6)
    d.text(
        LEFT,
        bottom - 18,
        "Owners, definitions and sources: Contact and Response measures "
        "handbook v1.3 (Head of Performance and Analysis).",
        9,
        ARIAL,
        GREY,
    )
    d.text(
        LEFT,
        bottom - 31,
        "Attendance is measured from the incident's creation in Vigil to the first unit at scene.",
        9,
        ARIAL,
        GREY,
    )
    d.finish()


QUARTERS = [f"Q{q}" for q in (1, 2, 3, 4)] * 3
YEARS = ["2028/29", "2029/30", "2030/31"]
# (row label, [(first quarter, last quarter, words)]); quarter 0 = 2028/29 Q1
ROAD_ROWS: list[tuple[str, list[tuple[int, int, list[str]]]]] = [
    (
        "Phase",
        [
            (0, 1, ["Phase 1", "Stabilise"]),
            (2, 4, ["Phase 2", "Prove at Harnford"]),
            (5, 8, ["Phase 3", "Roll out to all hubs"]),
            (9, 11, ["Phase 4", "Embed and hand over"]),
        ],
    ),
    (
        "Answer",
        [
            (0, 1, ["Consult on rota"]),
            (2, 3, ["101 call-back;", "new 101 menu"]),
            (4, 7, ["Five-shift rota live"]),
            (8, 11, ["Review rota against demand"]),
        ],
    ),
    (
        "Attend",
        [
            (0, 1, ["AVL ordered"]),
            (2, 4, ["Dynamic deployment", "at Harnford"]),
            (5, 8, ["AVL and dynamic", "deployment at all hubs"]),
            (9, 11, ["Grade 3 appointments"]),
        ],
    ),
    (
        "Update",
        [
            (1, 1, ["DPIA"]),
            (2, 3, ["Texts at Harnford"]),
            (4, 11, ["VCU updates all volume crime"]),
        ],
    ),
    (
        "Report online, record once",
        [
            (0, 3, ["Single Online Home link"]),
            (4, 6, ["Fathom Mobile", "in Sedgecombe"]),
            (7, 10, ["Argus–Fathom link"]),
        ],
    ),
]
GATES = [(1, "G1"), (4, "G2"), (8, "G3"), (11, "Close")]


def roadmap(d: Slides) -> None:
    y = d.start(
        "Roadmap: 2028/29 to 2030/31", "Police financial years, by quarter; gates at quarter ends"
    )
    lw, qw = 108.0, 45.0
    x0 = LEFT
    widths = [lw] + [qw] * 12
    total = sum(widths)
    top = y + 6
    # header rows: the years over four quarter cells each, then the quarters
    d.rect(x0, top - 36, total, 36, NAVY)
    d.text(x0 + 6, top - 24, "Workstream", 9, ARIAL_B, WHITE)
    for k, year in enumerate(YEARS):
        d.centred(x0 + lw + (4 * k + 2) * qw, top - 13, year, 9, ARIAL_B, WHITE)
    for k, q in enumerate(QUARTERS):
        d.centred(x0 + lw + (k + 0.5) * qw, top - 31, q, 8, ARIAL, WHITE)
    heights = [40.0, 34.0, 34.0, 34.0, 34.0, 26.0]
    # every boundary a row's merged cells do not cover gets a rule, as a table draws it
    d.hline(x0, x0 + total, top, RULE)
    d.hline(x0, x0 + total, top - 36, RULE)
    d.vline(x0, top, top - 36, RULE)
    d.vline(x0 + lw, top, top - 36, RULE)
    for k in range(1, 13):
        d.vline(x0 + lw + k * qw, top - 18 if k % 4 else top, top - 36, WHITE, 0.5)
    ry = top - 36
    for r, (label, spans) in enumerate(ROAD_ROWS):
        h = heights[r]
        for line_no, part in enumerate(wrap(label, ARIAL_B, 9, lw - 12)):
            d.text(x0 + 6, ry - 13 - 11 * line_no, part, 9, ARIAL_B, INK, limit=lw - 12)
        for n, (first, last, words) in enumerate(spans):
            fx = x0 + lw + first * qw
            fw = (last - first + 1) * qw
            fill = FILLS[n] if r == 0 else FILLS[0]
            d.rect(fx + 0.4, ry - h + 0.4, fw - 0.8, h - 0.8, fill)
            color = WHITE if r == 0 and n > 0 else INK
            ty = ry - 14
            for part in words:
                d.text(fx + 5, ty, part, 7.5, ARIAL_B if r == 0 else ARIAL, color, limit=fw - 8)
                ty -= 9.5
        # boundary k is the left edge of quarter k - 1 (k = 0 the table's left edge)
        inside = {q + 1 for first, last, _ in spans for q in range(first + 1, last + 1)}
        for k in range(0, 14):
            if k not in inside:
                xx = x0 if k == 0 else x0 + lw + (k - 1) * qw
                d.vline(xx, ry, ry - h, RULE)
        d.hline(x0, x0 + total, ry - h, RULE)
        ry -= h
    # the gates row: a diamond and the gate's name in the quarter it closes
    h = heights[-1]
    for k in range(0, 14):
        xx = x0 if k == 0 else x0 + lw + (k - 1) * qw
        d.vline(xx, ry, ry - h, RULE)
    d.hline(x0, x0 + total, ry - h, RULE)
    d.text(x0 + 6, ry - 16, "Gates", 9, ARIAL_B, INK)
    for last, name in GATES:
        cx = x0 + lw + (last + 1) * qw - 10
        d.diamond(cx, ry - h / 2, 7, GOLD)
        d.right(cx - 10, ry - 16, name, 8, ARIAL_B, NAVY)
    ry -= h
    gy = ry - 20
    for line in [
        "Gate 1 · end of 2028/29 Q2 (30 September 2028): ready to pilot at Harnford",
        "Gate 2 · end of 2029/30 Q1 (30 June 2029): go/no-go for roll-out to all hubs",
        "Gate 3 · end of 2030/31 Q1 (30 June 2030): roll-out complete, benefits on track",
        "Close · end of 2030/31 Q4 (31 March 2031): hand over to business as usual",
    ]:
        d.text(LEFT, gy, line, 10, ARIAL, INK, limit=RIGHT - LEFT)
        gy -= 14
    d.text(
        LEFT,
        gy - 4,
        "Q1 = April to June, Q2 = July to September, Q3 = October to December, "
        "Q4 = January to March.",
        8.5,
        ARIAL,
        GREY,
    )
    d.finish()


def pilot(d: Slides) -> None:
    y = d.start(
        "Pilot: Harnford response hub", "2028/29 Q3 to 2029/30 Q1 (October 2028 to June 2029)"
    )
    col = (RIGHT - LEFT - 24) / 2
    x2 = LEFT + col + 24
    ly = d.lines(LEFT, y, "Why Harnford", col, 13, ROBOTO_B, NAVY)
    for item in [
        "Our busiest hub after Tolland: 31% of Grade 1 incidents",
        "AVL already fitted to all 38 response cars",
        "Town centre and villages on one patch",
        "Four response teams and a neighbourhood team that asked to go first",
    ]:
        ly = d.bullet(LEFT, ly, item, col, 11)
    ly -= 8
    ly = d.lines(LEFT, ly, "Pilot lead", col, 13, ROBOTO_B, NAVY)
    d.lines(
        LEFT,
        ly,
        "The Harnford Hub Inspector, reporting to the programme board every month.",
        col,
        11,
    )
    ry = d.lines(x2, y, "What we test at Harnford", col, 13, ROBOTO_B, NAVY)
    for item in [
        "Dynamic deployment from the Vigil map",
        "Grade 3 appointments booked by the control room",
        "Fathom Mobile for every officer on the hub",
        "Text message updates to Harnford victims",
    ]:
        ry = d.bullet(x2, ry, item, col, 11)
    ry -= 8
    ry = d.lines(x2, ry, "Exit criteria for Gate 2", col, 13, ROBOTO_B, NAVY)
    for item in [
        "Urban Grade 1 attendance within 15 minutes at 88% or better for three months",
        "Harnford officers' time on admin down 5 points on the October 2027 survey",
        "No rise in complaints about attendance",
    ]:
        ry = d.bullet(x2, ry, item, col, 11)
    d.finish()


RISK_ROWS = [
    ["Risk", "Likelihood", "Impact", "Mitigation"],
    [
        "Call handlers leave faster than we recruit them (24% left in 2027/28)",
        "High",
        "High",
        "Open a second call-handling classroom at Tolland by 2028/29 Q3",
    ],
    [
        "Consultation on the new rota and shifts takes longer than planned",
        "Medium",
        "High",
        "Open formal consultation with UNISON and the Police Federation in May 2028",
    ],
    [
        "Vigil version 8 support ends in March 2030, in the middle of roll-out",
        "Medium",
        "High",
        "Agree the Vigil 9 upgrade date with the supplier before Gate 1",
    ],
    [
        "Online reports are recorded wrongly or twice",
        "Medium",
        "Medium",
        "Check 100 online reports a month against the Counting Rules, advised by the Force "
        "Crime Registrar",
    ],
    [
        "A text message about a crime reaches the wrong person",
        "Low",
        "High",
        "No text sent before the DPIA is signed off and the number confirmed",
    ],
]


def risks(d: Slides) -> None:
    y = d.start(
        "Risks and mitigations",
        "The five we watch most closely; the full log is kept by the programme office",
    )
    d.table(LEFT, y, [230, 72, 62, 284], RISK_ROWS, size=10, pad=6)
    d.finish()


def first_100_days(d: Slides) -> None:
    y = d.start("First 100 days", "1 April to 10 July 2028")
    for item in [
        "By 30 April: appoint the Harnford pilot lead and hold the first programme board",
        "By 31 May: open consultation with UNISON on the control room rota",
        "By 31 May: open consultation with the Police Federation on response shifts",
        "By 15 June: run the officer activity survey at all four hubs and in neighbourhood teams",
        "By 30 June: publish definitions and baselines of all nine measures on Lodestar",
        "By 30 June: order AVL units for the Sedgecombe and Pelham Moor response fleets",
        "By 10 July: start the first extra call-handler intake of 12",
        "By 10 July: complete the DPIA for text message updates to victims",
    ]:
        y = d.bullet(LEFT, y, item, RIGHT - LEFT, 12.5, gap=10)
    d.finish()


GOV_ROWS = [
    ["Forum", "Chair", "Meets", "Decides or does"],
    [
        "Contact and Response Programme Board",
        "Deputy Chief Constable (SRO)",
        "Monthly",
        "Gate decisions, scope, pilot site, phase budgets",
    ],
    [
        "Design authority",
        "Director of Digital and Data",
        "Fortnightly",
        "Approves changes to Vigil, Fathom, Relay, Argus and online forms",
    ],
    [
        "Force Executive Board",
        "Chief Constable",
        "Quarterly",
        "Receives the programme report; changes over £250,000",
    ],
    [
        "Commissioner’s accountability meeting",
        "Police and Crime Commissioner",
        "Quarterly",
        "Holds the Chief Constable to account for the three public numbers",
    ],
    [
        "Staff associations",
        "–",
        "At each gate",
        "UNISON and the Police Federation give views on every gate paper",
    ],
]


def governance(d: Slides) -> None:
    y = d.start("Governance", "One sponsor, one board, decisions at the gates")
    bottom = d.table(LEFT, y, [170, 150, 72, 256], GOV_ROWS, size=10, pad=6, bold_first=True)
    d.text(
        LEFT,
        bottom - 20,
        "The Independent Advisory Group reviews every change to how the "
        "public contacts us before it goes live.",
        10,
        ARIAL,
        INK,
    )
    d.finish()


def asks(d: Slides) -> None:
    y = d.start("What we ask of the Force Executive Board")
    for k, item in enumerate(
        [
            "Approve the Contact and Response Programme and its £6.8m three-year budget "
            "(£2.3m capital)",
            "Release £1.4m for Phase 1 now; later phases are released at the gates",
            "Approve 24 additional call-handler posts from July 2028 (£0.9m a year)",
            "Confirm the Deputy Chief Constable as senior responsible owner",
            "Agree Harnford as the pilot hub",
        ],
        start=1,
    ):
        d.text(LEFT, y, f"{k}.", 14, ROBOTO_B, NAVY)
        y = d.lines(LEFT + 26, y, item, RIGHT - LEFT - 26, 14, ARIAL, INK) - 12
    d.finish()


def appendix(d: Slides) -> None:
    y = d.start("Appendix: definitions and sources")
    for item in [
        "Grade 1 (emergency): a risk to life, serious injury or crime in progress.",
        "Grade 2 (priority): genuine need, but no immediate risk.",
        "Grade 3 (scheduled): can be dealt with by appointment.",
        "Volume crime: burglary, vehicle crime, theft, criminal damage and common assault.",
        "THRIVE: threat, harm, risk, investigation, vulnerability, engagement.",
    ]:
        y = d.bullet(LEFT, y, item, RIGHT - LEFT, 11.5)
    y -= 10
    d.link(
        LEFT,
        y,
        "Contact and Response measures handbook v1.3 (Lodestar)",
        "https://lodestar.ashdown.police.uk/handbooks/contact-response-1-3",
    )
    d.link(
        LEFT,
        y - 18,
        "Police and crime plan 2025–2029 (Office of the Police and Crime Commissioner)",
        "https://www.ashdown-pcc.gov.uk/police-and-crime-plan",
    )
    d.finish()


SLIDES: list[Callable[[Slides], None]] = [
    cover,
    why_now,
    lessons,
    ambition,
    pillars,
    pillar_one,
    pillar_two,
    pillar_three,
    pillar_four,
    tiles,
    kpi_table,
    roadmap,
    pilot,
    risks,
    first_100_days,
    governance,
    asks,
    appendix,
]


def build_deck(path: Path) -> None:
    _fonts()
    d = Slides(path)
    for slide in SLIDES:
        slide(d)
    assert d.page == PAGES, d.page
    if OVERFLOW:
        raise ValueError("\n".join(OVERFLOW))
    d.save()


# =========================================================================== the org chart

A3W, A3H = landscape(A3)  # 1190.55 x 841.89 pt

# (role, tier 1-4, tag, one-line remit on the box, remit in full, the role it hangs from)
ROLES: list[tuple[str, int, str, str, str, str | None]] = [
    (
        "Chief Finance Officer",
        1,
        "Core",
        "Budget, business case, fund release",
        "Owns the programme budget and the business case. Releases each phase's funds once the "
        "programme board has passed its gate, and advises on the medium-term financial plan.",
        None,
    ),
    (
        "Deputy Chief Constable",
        1,
        "Core",
        "Senior responsible owner; chairs the board",
        "Senior responsible owner (SRO) of the Contact and Response Programme. Chairs the "
        "programme board, makes every gate decision and answers for the programme to the "
        "Force Executive Board and at the Commissioner's accountability meeting.",
        None,
    ),
    (
        "OPCC Chief Executive",
        1,
        "Extended",
        "Commissioner's office; informed each quarter",
        "Runs the Office of the Police and Crime Commissioner. Receives the programme's "
        "quarterly report for the Commissioner's accountability meeting and commissions the "
        "victim support services the Victim Care Unit refers to. Informed; takes on no "
        "programme tasks.",
        None,
    ),
    (
        "Assistant Chief Constable (Local Policing)",
        2,
        "Core",
        "Chief officer for response, neighbourhoods, contact",
        "Chief officer lead for the force control room, response policing and neighbourhood "
        "policing. Owns the deployment model and attendance times by grade, and deputises for "
        "the SRO.",
        "Deputy Chief Constable",
    ),
    (
        "Programme Director",
        2,
        "Core",
        "Programme office, plan, RAID log, benefits",
        "Runs the programme office: the integrated plan, the RAID log, benefits tracking, gate "
        "papers, supplier contracts and change requests. Reports to the SRO.",
        "Deputy Chief Constable",
    ),
    (
        "Director of Digital and Data",
        2,
        "Core",
        "Vigil, Fathom, Relay, Argus, Lodestar",
        "Owns the force's systems and their integrations: Vigil command and control with its "
        "AVL module, Fathom records and Fathom Mobile, Relay telephony, Argus body-worn video, "
        "the Lodestar data warehouse and the force's devices. Chairs the design authority.",
        "Deputy Chief Constable",
    ),
    (
        "Head of People Services",
        2,
        "Core",
        "Workforce plan, recruitment, retention",
        "Owns workforce planning, recruitment and retention for officers and police staff, "
        "call-handler intakes and posts included, and runs formal consultation with the staff "
        "associations on the force's behalf.",
        "Deputy Chief Constable",
    ),
    (
        "Head of Force Contact",
        3,
        "Core",
        "999, 101, triage, online reports",
        "Chief superintendent in charge of the force control room: 999 and 101 call "
        "handling, the 101 menu and call-back, THRIVE triage and grading, and the handling of "
        "online reports once they arrive. Owns the 999 answer and 101 abandonment measures.",
        "Assistant Chief Constable (Local Policing)",
    ),
    (
        "Response Superintendent",
        3,
        "Core",
        "Four response hubs, shifts, attendance",
        "Commands the four response hubs (Tolland, Harnford, Sedgecombe and Pelham Moor): "
        "response shift patterns, deployment, attendance by grade and response officers' "
        "workload. Owns the attendance measures.",
        "Assistant Chief Constable (Local Policing)",
    ),
    (
        "Neighbourhood Superintendent",
        3,
        "Core",
        "Neighbourhood teams and PCSOs",
        "Commands the neighbourhood policing teams and PCSOs, the Sedgecombe rural section "
        "included: local problem solving, Grade 3 appointments handed to neighbourhood "
        "officers, and their working practices.",
        "Assistant Chief Constable (Local Policing)",
    ),
    (
        "Victim Care Unit Manager",
        3,
        "Core",
        "Victim updates, needs, referrals",
        "Runs the Victim Care Unit: victim needs assessments, updates to victims at each key "
        "decision under the Victims' Code, and referrals to the services the Commissioner "
        "commissions. Owns the victim update and victim satisfaction measures.",
        "Assistant Chief Constable (Local Policing)",
    ),
    (
        "Head of Performance and Analysis",
        3,
        "Core",
        "Measures, baselines, Lodestar dashboards",
        "Owns the definitions, baselines and reporting of every force performance measure, "
        "the Power BI dashboards on Lodestar, the officer activity survey, the victim "
        "satisfaction survey, and the force's returns to the Home Office and HMICFRS.",
        "Programme Director",
    ),
    (
        "Learning and Development Manager",
        3,
        "Core",
        "Training school, courses, tutors",
        "Runs the force training school: the call-handler foundation course, officer and "
        "staff training for new systems and procedures, and the tutor scheme.",
        "Head of People Services",
    ),
    (
        "Force Crime Registrar",
        3,
        "Extended",
        "Independent audit of crime recording",
        "Independent of the programme: audits crime recording against the Home Office Counting "
        "Rules and the National Crime Recording Standard, reports made online included. "
        "Advises; does not deliver.",
        "Deputy Chief Constable",
    ),
    (
        "Data Protection Officer",
        3,
        "Extended",
        "DPIAs and retention advice",
        "Advises on data protection impact assessments (DPIAs), retention and information "
        "sharing, and signs off each DPIA before new processing of personal data starts.",
        "Director of Digital and Data",
    ),
    (
        "Control Room Operations Manager",
        4,
        "Core",
        "Rotas, queues, call-back list, dispatch",
        "Runs the control room day to day: rotas of call handlers and dispatchers, queue "
        "management, the 101 call-back list and dispatch to response units.",
        "Head of Force Contact",
    ),
    (
        "Online Services Product Owner",
        4,
        "Core",
        "Online reporting forms and webchat",
        "Owns the force's online reporting forms and webchat on the Single Online Home "
        "platform, their wording and accessibility, and how online reports are routed into "
        "the control room.",
        "Head of Force Contact",
    ),
    (
        "Harnford Hub Inspector",
        4,
        "Core",
        "Harnford hub; pilot lead",
        "Leads the Harnford response hub and its four response teams, and is the programme's "
        "pilot lead at Harnford.",
        "Response Superintendent",
    ),
    (
        "Corporate Communications Manager",
        4,
        "Extended",
        "Public campaigns, force website",
        "Runs public campaigns and the force website; tells the public about 101 call-back "
        "and online reporting once each is ready.",
        None,
    ),
    (
        "Police Federation (Ashdown Branch)",
        4,
        "Consult only",
        "Officers' staff association",
        "Staff association for police officers up to chief inspector. Consulted on changes to "
        "officers' shift patterns, rest days and working practices. Consulted only; owns no "
        "work.",
        None,
    ),
    (
        "UNISON (Ashdown Police Branch)",
        4,
        "Consult only",
        "Recognised union for police staff",
        "Recognised trade union for police staff, call handlers and dispatchers included. "
        "Consulted on changes to police staff rotas, roles and grading. Consulted only; owns "
        "no work.",
        None,
    ),
]

TIER_TOPS = {1: 712.0, 2: 578.0, 3: 444.0, 4: 310.0}
BOX_H = 66.0
TIER_BOX = {1: (190.0, 90.0), 2: (200.0, 56.0), 3: (134.0, 10.0), 4: (158.0, 26.0)}
TAG_FILL: dict[str, Color] = {
    "Core": (0.85, 0.9, 0.98),
    "Extended": (0.93, 0.93, 0.93),
    "Consult only": (1.0, 1.0, 1.0),
}
TITLE_SIZE, REMIT_SIZE, TAG_SIZE = 8.5, 6.2, 6.2
PAD = 7.0


def _layout() -> dict[str, tuple[float, float, float]]:
    """Each role's box: (left x, top y, width), tiers centred on the page."""
    boxes: dict[str, tuple[float, float, float]] = {}
    for tier in (1, 2, 3, 4):
        names = [r[0] for r in ROLES if r[1] == tier]
        w, gap = TIER_BOX[tier]
        span = len(names) * w + (len(names) - 1) * gap
        x = (A3W - span) / 2
        for name in names:
            boxes[name] = (x, TIER_TOPS[tier], w)
            x += w + gap
    return boxes


class Chart:
    """A reportlab canvas as draw.io writes a PDF export: shapes, then their labels."""

    def __init__(self, path: Path) -> None:
        self.c = rl_canvas.Canvas(
            str(path),
            pagesize=(A3W, A3H),
            invariant=1,
            pageCompression=1,
            initialFontName=ARIAL,
            initialFontSize=10,
        )
        self.c._doc.info = _Info(
            {
                "Title": "programme-structure",
                "Creator": "draw.io",
                "Producer": "draw.io 24.7.17",
            },
            "D:20280301102204+00'00'",
        )

    def text(self, x: float, y: float, s: str, size: float, font: str, color: Color) -> None:
        t = self.c.beginText(x, y)
        t.setFont(font, size)
        t.setFillColorRGB(*color)
        t.textOut(s)
        self.c.drawText(t)

    def box(self, name: str, x: float, top: float, w: float, tag: str, remit: str) -> None:
        c = self.c
        c.setFillColorRGB(*TAG_FILL[tag])
        c.setStrokeColorRGB(*NAVY if tag == "Core" else GREY)
        c.setLineWidth(1.2 if tag == "Core" else 0.8)
        if tag == "Consult only":
            c.setDash(4, 3)
        c.roundRect(x, top - BOX_H, w, BOX_H, 5, fill=1, stroke=1)
        c.setDash()
        y = top - 13
        for line in wrap(name, ARIAL_B, TITLE_SIZE, w - 2 * PAD):
            if stringWidth(line, ARIAL_B, TITLE_SIZE) > w - 2 * PAD:
                OVERFLOW.append(f"chart: title too wide: {line}")
            self.text(x + PAD, y, line, TITLE_SIZE, ARIAL_B, NAVY)
            y -= 10
        if stringWidth(remit, ARIAL, REMIT_SIZE) > w - 2 * PAD:
            OVERFLOW.append(f"chart: remit on two lines: {remit}")
        self.text(x + PAD, top - 43, remit, REMIT_SIZE, ARIAL, INK)
        tw = stringWidth(tag, ARIAL_B, TAG_SIZE) + 8
        c.setFillColorRGB(*(NAVY if tag == "Core" else GREY))
        c.roundRect(x + PAD - 3, top - BOX_H + 5, tw, 10, 3, fill=1, stroke=0)
        self.text(x + PAD, top - BOX_H + 8, tag, TAG_SIZE, ARIAL_B, WHITE)

    def elbow(
        self, parent: tuple[float, float, float], child: tuple[float, float, float], lane: int
    ) -> None:
        """A connector from the parent's bottom to the child's top: down, across, down; the
        across run in the parent's own lane, so that two parents' runs do not merge."""
        px = parent[0] + parent[2] / 2
        py = parent[1] - BOX_H
        cx = child[0] + child[2] / 2
        cy = child[1]
        mid = cy + 12 + 11 * lane
        c = self.c
        c.setStrokeColorRGB(*GREY)
        c.setLineWidth(1)
        p = c.beginPath()
        p.moveTo(px, py)
        p.lineTo(px, mid)
        p.lineTo(cx, mid)
        p.lineTo(cx, cy)
        c.drawPath(p, stroke=1, fill=0)


def structure_pdf(path: Path) -> None:
    _fonts()
    ch = Chart(path)
    c = ch.c
    boxes = _layout()
    # page 1: the chart
    ch.text(28, A3H - 40, "Contact and Response Programme: programme structure", 18, ARIAL_B, NAVY)
    ch.text(
        28, A3H - 58, "Version 2.1 · 1 March 2028 · Programme Office · OFFICIAL", 9, ARIAL, GREY
    )
    lanes: dict[tuple[int, str], int] = {}
    for name, tier, _tag, _short, _full, parent in ROLES:
        if parent is not None:
            lane = lanes.setdefault((tier, parent), sum(t == tier for t, _ in lanes))
            ch.elbow(boxes[parent], boxes[name], lane)
    for tier in (1, 2, 3, 4):
        for name, t, tag, short, _full, _parent in reversed(ROLES):
            if t == tier:
                x, top, w = boxes[name]
                ch.box(name, x, top, w, tag, short)
    # the legend, bottom left
    lx, ly, lw, lh = 28.0, 160.0, 250.0, 128.0
    c.setFillColorRGB(1, 1, 1)
    c.setStrokeColorRGB(*GREY)
    c.setLineWidth(0.8)
    c.rect(lx, ly - lh, lw, lh, fill=1, stroke=1)
    ch.text(lx + 10, ly - 18, "Legend", 10, ARIAL_B, NAVY)
    for k, (tag, words) in enumerate(
        [
            ("Core", "Core: programme team, may own tasks"),
            ("Extended", "Extended: informed or advises, owns no tasks"),
            ("Consult only", "Consult only: consulted before decisions"),
        ]
    ):
        sy = ly - 42 - k * 24
        c.setFillColorRGB(*TAG_FILL[tag])
        c.setStrokeColorRGB(*(NAVY if tag == "Core" else GREY))
        if tag == "Consult only":
            c.setDash(4, 3)
        c.roundRect(lx + 10, sy - 4, 34, 16, 3, fill=1, stroke=1)
        c.setDash()
        ch.text(lx + 54, sy, words, 8, ARIAL, INK)
    c.setStrokeColorRGB(*GREY)
    c.line(lx + 10, ly - lh + 18, lx + 44, ly - lh + 18)
    ch.text(lx + 54, ly - lh + 15, "Reporting line", 8, ARIAL, INK)
    ch.text(A3W - 90, 24, "Page 1 of 2", 8, ARIAL, GREY)
    c.showPage()
    # page 2: remits in full
    ch.text(28, A3H - 40, "Remits in full", 18, ARIAL_B, NAVY)
    ch.text(
        28,
        A3H - 58,
        "Every role on the programme structure, in the order of the chart",
        9,
        ARIAL,
        GREY,
    )
    x0, rw, mw = 28.0, 250.0, A3W - 56 - 250.0
    top = A3H - 76
    size, lead, pad = 8.5, 11.0, 5.0
    c.setFillColorRGB(*NAVY)
    c.rect(x0, top - 20, rw + mw, 20, fill=1, stroke=0)
    ch.text(x0 + pad, top - 14, "Role", 9, ARIAL_B, WHITE)
    ch.text(x0 + rw + pad, top - 14, "Remit", 9, ARIAL_B, WHITE)
    rules = [top, top - 20]
    y = top - 20
    for name, _tier, _tag, _short, full, _parent in ROLES:
        lines = wrap(full, ARIAL, size, mw - 2 * pad)
        h = len(lines) * lead + 2 * pad
        ch.text(x0 + pad, y - pad - 7, name, size, ARIAL_B, INK)
        ly2 = y - pad - 7
        for line in lines:
            ch.text(x0 + rw + pad, ly2, line, size, ARIAL, INK)
            ly2 -= lead
        y -= h
        rules.append(y)
    c.setStrokeColorRGB(*RULE)
    c.setLineWidth(0.6)
    for ry in rules:
        c.line(x0, ry, x0 + rw + mw, ry)
    for rx in (x0, x0 + rw, x0 + rw + mw):
        c.line(rx, top, rx, y)
    ch.text(A3W - 90, 24, "Page 2 of 2", 8, ARIAL, GREY)
    c.showPage()
    if OVERFLOW:
        raise ValueError("\n".join(OVERFLOW))
    c.save()


# =========================================================================== the org folder's text

ORG_TEXT: dict[str, str] = {}

ORG_TEXT["governance/programme-board-terms-of-reference.md"] = """
# Contact and Response Programme Board: terms of reference

Version 1.2, agreed by the Force Executive Board on 8 February 2028. OFFICIAL.

## Purpose

The board directs the Contact and Response Programme (2028/29 to 2030/31) on behalf of the
Chief Constable. It makes the gate decisions, holds the programme budget once the Force
Executive Board has approved it, and settles issues that cross commands and departments.

## Chair and sponsor

The Deputy Chief Constable is the senior responsible owner (SRO) and chairs the board. The
Assistant Chief Constable (Local Policing) deputises. The SRO answers for the programme to the
Force Executive Board and, through the Chief Constable, at the Police and Crime Commissioner's
quarterly accountability meeting.

## Members

- Deputy Chief Constable (chair, SRO)
- Assistant Chief Constable (Local Policing)
- Chief Finance Officer
- Director of Digital and Data
- Head of People Services
- Head of Force Contact
- Response Superintendent
- Neighbourhood Superintendent
- Victim Care Unit Manager
- Head of Performance and Analysis
- Programme Director (secretary)

In attendance when their business is taken: the Learning and Development Manager, the
Harnford Hub Inspector, the Online Services Product Owner, the Control Room Operations
Manager, the Force Crime Registrar and the Data Protection Officer. The OPCC Chief Executive
receives the papers and may attend as an observer.

## Decisions reserved to the board

- The gate decision (go/no-go) at the end of each phase, on a gate paper from the Programme
  Director that reports every measure against its baseline.
- Changes to scope, milestones or the pilot hub.
- Release of each phase's budget: the Chief Finance Officer releases the funds once the board
  has passed the gate. A change of more than £250,000 goes to the Force Executive Board.

## Consultation

The staff associations are consulted; they are not members. The Police Federation (Ashdown
Branch) and UNISON (Ashdown Police Branch) receive every gate paper ten working days before the
meeting, and their written views are attached to it. Neither association owns programme work.

The Independent Advisory Group must be consulted before any change to how the public contacts
the force, the 101 menu and the online forms included, and its advice is reported to the board.

## Design authority

A design authority chaired by the Director of Digital and Data meets fortnightly. It approves
every change to Vigil, Fathom, Relay, Argus and the force's Single Online Home forms before it
is built, and keeps the integration register.

## Cadence and quorum

The board meets monthly, on the second Tuesday. It is quorate with the chair or deputy, the
Chief Finance Officer and two heads of service. Minutes are issued within five working days.
"""

ORG_TEXT["systems/systems-and-data.md"] = """
# Systems and data used in contact and response

Kept by the Director of Digital and Data. Last reviewed January 2028. OFFICIAL.

| System | What it does | Used by | Notes |
|---|---|---|---|
| Relay | Telephony and automatic call distribution for 999, 101 and the switchboard | Force control room | Queue statistics load into Lodestar every night |
| Vigil (version 8) | Command and control: incident log, THRIVE grading, dispatch, unit status, AVL module | Control room, response hubs | Supplier support for version 8 ends on 31 March 2030 |
| Fathom | Records management: crime, intelligence, custody, case files, victim contact notes | Whole force | Crime records feed Lodestar nightly |
| Fathom Mobile | App on officers' force smartphones: crime reports, statements, pocket notebook, searches | 1,410 officers and PCSOs | Issued at Tolland, Harnford and Pelham Moor |
| Argus | Body-worn video cameras (1,320 issued) and the evidence store | Response and neighbourhood officers | Footage kept 31 days unless marked as evidence |
| Single Online Home | National platform for the force's online forms: crime, road traffic collisions, lost property, anti-social behaviour | The public; control room | 24,400 online reports in 2027/28 |
| Lodestar | The force data warehouse, loaded nightly from Relay, Vigil, Fathom and the activity survey | Performance and Analysis | Power BI dashboards for every performance measure |

## What the systems cannot do today

Relay call records are not retained beyond 13 months, under the present supplier contract.

Vigil cannot accept a report from Single Online Home; call handlers re-key every online report
into Vigil and then into Fathom, about nine minutes a report.

Automatic vehicle location runs only at Tolland and Harnford. At Sedgecombe and Pelham Moor the
at-scene time is the moment the officer presses the status button, often late.

Argus footage is not yet linked to Fathom records: officers type the Argus reference into the
crime report by hand.

The force has no SMS gateway, so victims are updated by telephone, letter or email.

## Changes

Every change to Vigil, Fathom, Relay, Argus or the online forms goes to the design authority
first. The Vigil 9 upgrade has been quoted by the supplier but not yet scheduled.
"""

ORG_TEXT["measures/contact-and-response-measures.md"] = """
# Contact and Response measures handbook

Version 1.3, March 2028. Kept by the Head of Performance and Analysis. Every measure is
published on the Lodestar Power BI dashboard "Contact and Response", refreshed each night.

| Measure | Definition | Source | Owner | 2027/28 baseline |
|---|---|---|---|---|
| 999 calls answered within 10 seconds | Share of 999 calls presented by the BT operator that a call handler answered within 10 seconds | Relay | Head of Force Contact | 81% |
| 101 calls abandoned before answer | Share of 101 calls that passed the menu and were ended by the caller before a call handler answered | Relay | Head of Force Contact | 27% |
| Grade 1 attended within 15 minutes, urban | Share of urban Grade 1 incidents where the first unit was at scene within 15 minutes of the incident's creation in Vigil | Vigil | Response Superintendent | 78% |
| Grade 1 attended within 20 minutes, rural | As above for rural beats, within 20 minutes | Vigil | Response Superintendent | 69% |
| Grade 2 attended within 60 minutes | Share of Grade 2 incidents with a unit at scene within 60 minutes | Vigil | Response Superintendent | 54% |
| Victims updated within Victims' Code timescales | Share of key decisions after which the victim was told within the Code's timescale | VCU tracker | Victim Care Unit Manager | 49% |
| Non-emergency crime reports made online | Share of non-emergency crime reports that arrived through Single Online Home | Fathom, Single Online Home | Online Services Product Owner | 14% |
| Response officer shift time on admin | Share of a response officer's shift spent on paperwork and systems, from the activity survey | Activity survey | Head of Performance and Analysis | 38% |
| Victims satisfied with being kept informed | Share of surveyed victims satisfied with how they were kept informed (600 victims a quarter) | Victim satisfaction survey | Victim Care Unit Manager | 61% |

## Notes on the measures

The officer activity survey only covers response officers at the four hubs; neighbourhood
officers and PCSOs have never been sampled.

The victim update measure is counted from the VCU tracker, since Fathom holds no field for the
date a victim was told.

Attendance at Sedgecombe and Pelham Moor uses the status button, not vehicle location: see the
systems inventory.

No target has been agreed with the Commissioner for victim satisfaction with being kept
informed.

Relay keeps 13 months of call records, so figures for 2026/27 and earlier can no longer be
recalculated; the 2027/28 baselines were frozen in April 2028 for that reason.
"""

ORG_TEXT["context/response-hubs.txt"] = """
ASHDOWN CONSTABULARY - RESPONSE HUBS AND THEIR AREAS
Prepared by the Response Superintendent's office, February 2028. OFFICIAL.

The county is policed from four response hubs. Figures are for 2027/28.

TOLLAND (force headquarters site)
  Six response teams, 142 officers. Tolland town and the ring road estates. 34% of the
  force's Grade 1 incidents. Vehicle location fitted to all cars in 2025.

HARNFORD
  Four response teams, 118 officers, 38 response cars. Harnford town centre and eleven
  villages. 31% of Grade 1 incidents. Vehicle location fitted in 2026.

SEDGECOMBE
  Three response teams, 74 officers. The largest and most rural area, including the
  Sedgecombe rural section (a neighbourhood team of 2 sergeants, 11 officers and 9 PCSOs).
  Pocket notebook entries in the Sedgecombe rural section are kept on paper and typed up at
  the station at the end of each shift, because Fathom Mobile was never issued there.

PELHAM MOOR
  Three response teams, 81 officers. Coast and moorland, with a summer population twice the
  winter one.

SHIFTS
  Response teams work a pattern of four 10-hour shifts on and four off, agreed in 2019.
  Demand peaks on Friday and Saturday evenings, 18:00 to 02:00, when 29% of Grade 1 incidents
  happen.

FRONT COUNTERS
  Tolland and Harnford stations have front counters open 08:00 to 20:00; Sedgecombe and Pelham
  Moor open 10:00 to 16:00 on weekdays.
"""

ORG_TEXT["context/victim-care-unit.md"] = """
# Victim Care Unit: how it works now

Note by the Victim Care Unit Manager for the programme board, January 2028.

## The unit

- 23 staff at Tolland: 19 victim care officers, 3 supervisors and the manager.
- Today the unit updates victims of burglary, hate crime and domestic abuse. Victims of other
  volume crime are updated by the officer in charge of the investigation.
- Victim needs assessments are done at first contact for the crimes the unit covers, and by
  the officer in charge for the rest, often late.

## How updates are recorded

The unit relies on a spreadsheet, the VCU tracker, to log every contact with a victim and the
date of each key decision. Officers in charge send their updates to the unit by email for the
tracker. About 4,100 victims are on the tracker at any time.

## Referrals

Victims who want support are referred to the Ashdown Victim Support Hub, which the
Commissioner commissions and funds (£1.2m a year). The Victims' Code asks for a referral
within two working days of the victim agreeing to one.

## What victims say

In the 2027/28 victim satisfaction survey, 61% of victims were satisfied with being kept
informed, against 79% satisfied with how easy it was to contact us.
"""

ORG_TEXT["context/workforce-and-training.md"] = """
# Workforce and training: contact and response

Prepared by the Head of People Services with the Learning and Development Manager,
February 2028.

## Control room

- 214 FTE police staff: 148 call handlers, 52 dispatchers and 14 supervisors.
- 24% of call handlers left in 2027/28, most within their first 18 months.
- The control room works an 8-hour, four-shift rota designed in 2019.

## Recruitment and training

Call handlers are recruited by People Services. The Learning and Development Manager runs the
force training school, where every new call handler takes the nine-week call-handling
foundation course before going live with a tutor.

Call-handler intakes are capped at 12 a quarter because the contact classroom at Tolland
seats 12.

New system skills for officers and staff (Fathom Mobile, changes to Vigil, Argus) are taught
by the training school's digital skills team, which builds a course for every change the
design authority approves.

## Officers

The officer establishment is 1,940 FTE and is held at that figure for 2028/29 to 2030/31
under the budget settlement. 415 officers work on the four response hubs.
"""

ORG_TEXT["context/peel-2027-summary.md"] = """
# HMICFRS PEEL 2027: what the inspectorate said about contact and response

Summary by the Head of Performance and Analysis for the Force Executive Board, November 2027.

## Grades

| Question | 2027 grade |
|---|---|
| Responding to the public | Requires improvement |
| Investigating crime | Adequate |
| Protecting vulnerable people | Adequate |

## Areas for improvement

1. The force should answer 101 calls promptly and reduce the number of callers who hang up.
2. The force should make sure that victims are updated in line with the Victims' Code and
   that it can show this from its records.
3. The force should understand the demand on its neighbourhood teams and how their time is
   spent.
4. The force should make sure that the first unit it sends to an emergency is the nearest one
   available.

## What happens next

The inspectorate will look again at responding to the public in its 2029 inspection. The
programme's gate papers will report progress against each area for improvement.
"""

ORG_TEXT["context/commissioner-letter-2028-02.txt"] = """
Office of the Police and Crime Commissioner for Ashdown
19 February 2028

To: the Chief Constable, Ashdown Constabulary
Subject: Contact and Response Programme

Dear Chief Constable,

The Commissioner has read the outline of the Contact and Response Programme and supports it.
It answers the first priority of the police and crime plan 2025-2029, "a police service that
answers and turns up".

The plan asks the force to report three numbers to the Commissioner every quarter: 999 calls
answered within 10 seconds, 101 calls abandoned, and victims updated within the Victims' Code
timescales. The Commissioner will agree a target for victim satisfaction with being kept
informed once the 2028/29 survey results are known, and not before.

The Commissioner's grant for victim services will stay at £1.2m a year for 2028/29 and
2029/30; it funds the Ashdown Victim Support Hub, to which the Victim Care Unit refers.

The Commissioner will hold you to account for the programme at the quarterly accountability
meeting. As in all operational matters, the office will not take on programme tasks; I will
receive the board papers and may observe.

Yours sincerely,

Chief Executive
Office of the Police and Crime Commissioner for Ashdown
"""


def consultation_docx() -> bytes:
    """The staff associations' consultation protocol, as the force keeps it in Word."""
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(11)
    doc.add_heading("Consultation with staff associations on working patterns", level=1)
    doc.add_paragraph(
        "Ashdown Constabulary protocol, agreed at the Joint Negotiating and Consultative "
        "Committee on 12 October 2026. OFFICIAL."
    )
    doc.add_heading("Scope", level=2)
    doc.add_paragraph(
        "This protocol applies to any change to shift patterns, rotas, rest days, roles or "
        "grading that affects police officers or police staff, whether force-wide or at one "
        "site."
    )
    doc.add_paragraph(
        "Police officers are represented by the Police Federation (Ashdown Branch). Police "
        "staff, call handlers and dispatchers included, are represented by UNISON (Ashdown "
        "Police Branch)."
    )
    doc.add_heading("Timescales", level=2)
    doc.add_paragraph(
        "UNISON must be consulted before any change to police staff rotas in the force "
        "control room, and 45 days are allowed for that consultation."
    )
    doc.add_paragraph(
        "No change to response officers' shift patterns may be made without 60 days' "
        "consultation with the Police Federation (Ashdown Branch)."
    )
    doc.add_paragraph(
        "A trial of a new pattern at one site counts as a change and follows the same timescales."
    )
    table = doc.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, ["Change", "Association", "Period"], strict=True):
        cell.text = text
    for row in [
        ["Control room rota", "UNISON (Ashdown Police Branch)", "45 days"],
        ["Response shift pattern", "Police Federation (Ashdown Branch)", "60 days"],
        ["New role or regrading", "UNISON (Ashdown Police Branch)", "30 days"],
    ]:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    doc.add_heading("Roles", level=2)
    doc.add_paragraph(
        "The associations give their views in writing; decisions stay with the force. Neither "
        "association is asked to lead or deliver change work. The Head of People Services "
        "runs each consultation on the force's behalf."
    )
    return ooxml_bytes(
        doc,
        STAMP,
        author="People Services",
        title="Consultation with staff associations on working patterns",
        revision=3,
    )


def build(root: Path) -> None:
    case = root / CASE
    case.mkdir(parents=True, exist_ok=True)
    build_deck(case / DECK)
    (case / ROSTER).parent.mkdir(parents=True, exist_ok=True)
    structure_pdf(case / ROSTER)
    files: dict[str, str | bytes] = {f"org/{k}": v for k, v in ORG_TEXT.items()}
    files["org/governance/staff-associations-consultation-protocol.docx"] = consultation_docx()
    write_files(case, files)


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
