"""Build the blind11 case ``kestle-credit-union``: its deck and its org folder, deterministically.

Run from the repository root with a Python that has reportlab (not in the project's lock; the
``/tmp/rl`` venv of ``evals/dev20/build_ardley_met.py`` has it, with pypdf, python-docx and
python-pptx):

    /tmp/rl/bin/python evals/blind11/build_kestle_credit_union.py [out-folder]

Writes, under ``evals/blind11/kestle-credit-union/`` (or ``<out-folder>/kestle-credit-union/``),
every file of the case but ``gold.json``:

- the deck, a 16-page PDF drawn with reportlab's canvas the way LibreOffice Impress exports a
  16:9 presentation (28 x 15.75 cm pages): every text line its own text object, a bold lead-in
  and the rest of its line as two runs on one baseline, bullets as separate glyphs drawn before
  their line, tables as drawn rectangles with each cell's text placed on its own, a title at
  the top of every page, the slide number at the bottom right, the document title in the PDF
  metadata (Creator "Impress", Producer LibreOffice's). The roadmap is a row of chevrons on a
  quarter grid, quarter labels above, milestones below.
- ``org/``: the roster as a Markdown file holding a mermaid org chart, and the rest of the
  folder as Markdown and plain text.

Fonts: DejaVu Sans and Sans Bold from ``/usr/share/fonts/truetype/dejavu/``. Re-running it
rewrites every file byte for byte (reportlab's invariant mode; text files as literal strings).

This is a BLIND case (split "blind11").
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals.dev16._build import write_files  # noqa: E402

HERE = Path(__file__).resolve().parent
CASE = "kestle-credit-union"
DECK = "closer-to-members-board-2028-06.pdf"

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
SANS = "DejaVuSans"
BOLD = "DejaVuSans-Bold"

CM = 72 / 2.54
W, H = 28 * CM, 15.75 * CM  # 793.70 x 446.46 pt, Impress's 16:9

Color = tuple[float, float, float]
TEAL: Color = (0.0, 0.36, 0.42)
TEAL_LIGHT: Color = (0.85, 0.93, 0.94)
AMBER: Color = (0.91, 0.55, 0.13)
AMBER_LIGHT: Color = (0.99, 0.93, 0.84)
INK: Color = (0.13, 0.13, 0.13)
GREY: Color = (0.42, 0.42, 0.42)
RULE: Color = (0.75, 0.75, 0.75)
WHITE: Color = (1.0, 1.0, 1.0)
ROW_ALT: Color = (0.95, 0.96, 0.96)

FOOTER = "Kestle Credit Union \u00b7 Closer to Members \u00b7 Board of Directors, 26 June 2028"
LEFT = 42.0


def register_fonts() -> None:
    for name, file in [(SANS, "DejaVuSans.ttf"), (BOLD, "DejaVuSans-Bold.ttf")]:
        pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / file)))


# =========================================================================== drawing primitives


class Page:
    """One slide: every call writes its own text object, as Impress does."""

    def __init__(self, c: rl_canvas.Canvas, number: int) -> None:
        self.c = c
        self.number = number

    def run(self, x: float, y: float, text: str, size: float, bold: bool = False,
            color: Color = INK) -> float:  # fmt: skip
        """One run of text at its baseline; returns its width."""
        font = BOLD if bold else SANS
        self.c.setFillColorRGB(*color)
        self.c.setFont(font, size)
        self.c.drawString(x, y, text)
        return stringWidth(text, font, size)

    def right(self, x: float, y: float, text: str, size: float, bold: bool = False,
              color: Color = INK) -> None:  # fmt: skip
        w = stringWidth(text, BOLD if bold else SANS, size)
        self.run(x - w, y, text, size, bold, color)

    def center(self, x: float, y: float, text: str, size: float, bold: bool = False,
               color: Color = INK) -> None:  # fmt: skip
        w = stringWidth(text, BOLD if bold else SANS, size)
        self.run(x - w / 2, y, text, size, bold, color)

    def lead(self, x: float, y: float, lead: str, rest: str, size: float,
             color: Color = INK, lead_color: Color = TEAL) -> None:  # fmt: skip
        """A bold lead-in and the rest of the line: two runs on one baseline."""
        w = self.run(x, y, lead, size, True, lead_color)
        self.run(x + w, y, rest, size, False, color)

    def wrapped(self, x: float, y: float, text: str, size: float, width: float,
                bold: bool = False, color: Color = INK, leading: float = 1.25) -> float:  # fmt: skip
        """A paragraph wrapped to ``width``, one text object a line; returns the y below it."""
        for line in simpleSplit(text, BOLD if bold else SANS, size, width):
            self.run(x, y, line, size, bold, color)
            y -= size * leading
        return y

    def bullets(self, x: float, y: float, items: list[str], size: float, width: float,
                gap: float = 6.0, glyph: str = "\u25cf", color: Color = INK) -> float:  # fmt: skip
        """Bulleted paragraphs: the glyph drawn on its own before the first line."""
        for item in items:
            self.run(x, y + size * 0.1, glyph, size * 0.62, False, TEAL)
            y = self.wrapped(x + size * 1.3, y, item, size, width - size * 1.3, color=color)
            y -= gap
        return y

    def rect(self, x: float, y: float, w: float, h: float, fill: Color | None,
             stroke: Color | None = None) -> None:  # fmt: skip
        if fill is not None:
            self.c.setFillColorRGB(*fill)
        if stroke is not None:
            self.c.setStrokeColorRGB(*stroke)
            self.c.setLineWidth(0.75)
        self.c.rect(x, y, w, h, stroke=1 if stroke else 0, fill=1 if fill else 0)

    def chevron(self, x: float, y: float, w: float, h: float, fill: Color,
                first: bool = False) -> None:  # fmt: skip
        tip = h * 0.35
        p = self.c.beginPath()
        p.moveTo(x, y)
        p.lineTo(x + w - tip, y)
        p.lineTo(x + w, y + h / 2)
        p.lineTo(x + w - tip, y + h)
        p.lineTo(x, y + h)
        if not first:
            p.lineTo(x + tip, y + h / 2)
        p.close()
        self.c.setFillColorRGB(*fill)
        self.c.drawPath(p, stroke=0, fill=1)

    def diamond(self, x: float, y: float, r: float, fill: Color) -> None:
        p = self.c.beginPath()
        p.moveTo(x, y - r)
        p.lineTo(x + r, y)
        p.lineTo(x, y + r)
        p.lineTo(x - r, y)
        p.close()
        self.c.setFillColorRGB(*fill)
        self.c.drawPath(p, stroke=0, fill=1)

    def frame(self, title: str, subtitle: str | None = None) -> float:
        """Title at the top, the footer and the slide number; returns the body's top."""
        self.rect(0, H - 6, W, 6, TEAL)
        self.run(LEFT, H - 50, title, 23, True, TEAL)
        top = H - 72
        if subtitle:
            self.run(LEFT, H - 74, subtitle, 13, False, GREY)
            top = H - 98
        self.c.setStrokeColorRGB(*RULE)
        self.c.setLineWidth(0.5)
        self.c.line(LEFT, 34, W - LEFT, 34)
        self.run(LEFT, 20, FOOTER, 8, False, GREY)
        self.right(W - LEFT, 20, str(self.number), 10, True, TEAL)
        return top

    def table(self, x: float, top: float, widths: list[float], rows: list[list[str]],
              size: float = 10.0, head_size: float = 10.0, pad: float = 5.0,
              leading: float = 1.2, stripes: bool = True) -> float:  # fmt: skip
        """Rectangles for the cells, each cell's lines placed on their own; returns the bottom."""
        y = top
        for r, row in enumerate(rows):
            head = r == 0
            fs = head_size if head else size
            font = BOLD if head else SANS
            cells = [
                simpleSplit(text, font, fs, w - 2 * pad)
                for text, w in zip(row, widths, strict=True)
            ]
            h = max(len(c) for c in cells) * fs * leading + 2 * pad
            fill = TEAL if head else (ROW_ALT if stripes and r % 2 == 0 else WHITE)
            cx = x
            for w, lines in zip(widths, cells, strict=True):
                self.rect(cx, y - h, w, h, fill, RULE)
                ty = y - pad - fs * 0.95
                for line in lines:
                    self.run(cx + pad, ty, line, fs, head, WHITE if head else INK)
                    ty -= fs * leading
                cx += w
            y -= h
        return y


# =========================================================================== the slides


def slide_cover(p: Page) -> None:
    p.rect(0, 0, W, H, TEAL)
    p.rect(0, 118, W, 4, AMBER)
    p.run(LEFT + 8, H - 72, "KESTLE CREDIT UNION", 13, True, AMBER_LIGHT)
    p.run(LEFT + 8, H - 150, "Closer to Members", 48, True, WHITE)
    p.run(LEFT + 8, H - 186, "Our strategy and delivery plan, July 2028 to June 2031", 18,
          False, WHITE)  # fmt: skip
    p.run(LEFT + 8, 88, "Board of Directors \u00b7 26 June 2028 \u00b7 Paper KCU/BD/28/07", 12,
          False, WHITE)  # fmt: skip
    p.run(LEFT + 8, 68, "Presented by the Chief Executive", 12, False, WHITE)
    p.right(W - LEFT, 20, "1", 10, True, WHITE)


def slide_today(p: Page) -> None:
    top = p.frame("Where we are today", "Year to 30 September 2027, unless stated")
    tiles = [
        ("60,400", ["members in Truvale,", "Porthcarrow and Lanvorrow"]),
        ("\u00a3214m", ["saved with us by members"]),
        ("\u00a397m", ["lent to 11,800 members"]),
        ("11 days", ["median wait from", "application to money in", "the account"]),
        ("19%", ["of loan applications", "started on our website", "(PDF form)"]),
        ("38", ["employers in the Payroll", "Partner scheme; 14,900", "payroll savers"]),
        ("68%", ["of calls picked up", "inside a minute"]),
        ("41%", ["of members used the", "Kestle app in the last", "90 days"]),
    ]
    tw, th, gx, gy = 168.0, 104.0, 10.0, 12.0
    for k, (big, label) in enumerate(tiles):
        col, row = k % 4, k // 4
        x = LEFT + col * (tw + gx)
        y = top - 8 - (row + 1) * th - row * gy
        p.rect(x, y, tw, th, TEAL_LIGHT)
        p.run(x + 12, y + th - 42, big, 28, True, TEAL)
        ly = y + th - 62
        for line in label:
            assert stringWidth(line, SANS, 10) <= tw - 20, line
            p.run(x + 12, ly, line, 10)
            ly -= 13
    p.run(LEFT, 46, "Source: Harbourline and KestleMI. Loan waiting times from a sample of 400 "
          "loan files taken in April 2028.", 8.5, False, GREY)  # fmt: skip


def slide_problems(p: Page) -> None:
    top = p.frame("Why we must change", "What members, colleagues and the numbers tell us")
    items = [
        "Members wait too long for a loan: 11 days is long enough to send them to a high-cost "
        "lender",
        "Joining means a branch visit with photo ID and proof of address; one enquiry in three "
        "never becomes a member",
        "Payroll schedules arrive in 38 different layouts and are keyed by hand each month",
        "Calls peak on Monday mornings and after payday, and a third wait more than a minute",
        "Our membership is ageing: the median member is 54, and 18% of last year's joiners were "
        "under 30",
        "Our core banking contract with Merrow Systems renews in September 2030",
    ]
    p.bullets(LEFT + 4, top - 20, items, 14, W - 2 * LEFT - 8, gap=12)


def slide_ambition(p: Page) -> None:
    top = p.frame("Our ambition for 2031")
    p.rect(LEFT, top - 62, W - 2 * LEFT, 52, TEAL)
    p.lead(LEFT + 16, top - 42, "North star: ",
           "a fair loan and a safe place to save for everyone in our common bond", 16,
           WHITE, AMBER_LIGHT)  # fmt: skip
    promises = ["A loan answer the same day", "Join from your phone", "A person when you need one"]
    cw = (W - 2 * LEFT - 20) / 3
    for k, text in enumerate(promises):
        x = LEFT + k * (cw + 10)
        p.chevron(x, top - 112, cw, 36, AMBER_LIGHT, first=k == 0)
        p.center(x + cw / 2, top - 98, text, 13, True, TEAL)
    p.run(LEFT, top - 146, "The numbers behind the promises", 14, True, INK)
    items = [
        "Serve 75,000 members by June 2031, one in four new joiners under 30",
        "Decide 80% of personal loan applications within one working day by June 2030",
        "Let 60% of new members join online by December 2030",
        "Grow the Payroll Partner scheme to 60 employers by June 2031",
    ]
    p.bullets(LEFT + 4, top - 172, items, 13, W - 2 * LEFT - 8, gap=8)


def slide_pillars(p: Page) -> None:
    top = p.frame("Four pillars", "What we will change, and what holds it up")
    pillars = [
        ("1", "Faster, fairer lending", "A decision the same working day for most personal "
         "loans, and a loan for members refused elsewhere"),
        ("2", "Join and bank from anywhere", "Join online, apply for a loan in the app, and "
         "keep a counter for everyone who wants one"),
        ("3", "Payroll partners", "One schedule, one upload page, and 22 more employers in "
         "the scheme"),
        ("4", "Branches and a contact centre that know you", "Five branches kept open, "
         "call-backs, and one screen for every adviser"),
    ]  # fmt: skip
    cw = (W - 2 * LEFT - 30) / 4
    for k, (num, name, line) in enumerate(pillars):
        x = LEFT + k * (cw + 10)
        p.rect(x, top - 220, cw, 210, TEAL_LIGHT)
        p.run(x + 12, top - 44, num, 26, True, AMBER)
        y = p.wrapped(x + 12, top - 72, name, 14, cw - 24, bold=True, color=TEAL)
        p.wrapped(x + 12, y - 8, line, 11, cw - 24)
    p.rect(LEFT, top - 262, W - 2 * LEFT, 32, AMBER_LIGHT)
    p.lead(LEFT + 12, top - 251, "Foundations: ",
           "measures from one source, a connected Harbourline, and colleagues ready for the "
           "change", 12)  # fmt: skip


def pillar(p: Page, title: str, goals: list[str], actions: list[str], lead: str) -> None:
    top = p.frame(title)
    y = top - 12
    for g in goals:
        p.lead(LEFT, y, "Goal: ", g, 14)
        y -= 22
    p.run(LEFT, y - 8, "What we will do", 13, True, INK)
    y = p.bullets(LEFT + 4, y - 32, actions, 13, W - 2 * LEFT - 8, gap=8)
    p.lead(LEFT, 52, "Lead: ", lead, 12)


def slide_pillar1(p: Page) -> None:
    pillar(
        p,
        "Pillar 1 \u00b7 Faster, fairer lending",
        ["80% of personal loan applications decided within one working day by June 2030"],
        [
            "Buy a loan origination system that takes applications from the app, the website, "
            "the branches and the phone",
            "Use open banking to read an applicant's bank transactions, with their permission, "
            "in place of payslips and statements",
            "Set automated decision rules for loans up to \u00a33,000, with a lender reviewing "
            "every decline",
            "Extend credit bureau searches from the Truvale lending team to every branch",
            "Launch the Kestle Bridge loan, \u00a3200 to \u00a31,000 over 6 to 12 months, for "
            "members refused elsewhere",
        ],
        "Head of Lending, with the IT and Core Systems Manager",
    )


def slide_pillar2(p: Page) -> None:
    pillar(
        p,
        "Pillar 2 \u00b7 Join and bank from anywhere",
        ["60% of new members joining online by December 2030"],
        [
            "Add electronic identity and address checks so people can join without a branch visit",
            "Check the common bond at joining from the applicant's postcode or employer",
            "Let members apply for a loan and open a savings pot in the Kestle app",
            "Send app notifications for payments, loan decisions and messages",
            "Keep a counter route for everyone: any member can still join in a branch",
        ],
        "Head of Digital, with the Financial Crime Lead",
    )


def slide_pillar3(p: Page) -> None:
    pillar(
        p,
        "Pillar 3 \u00b7 Payroll partners",
        ["60 employers in the Payroll Partner scheme by June 2031"],
        [
            "Give employers one schedule template and an upload page, in place of emailed "
            "spreadsheets",
            "Load payroll schedules into Harbourline automatically and flag only the exceptions",
            "Sign 22 new employers, starting with the care homes and schools in our common bond",
            "Hold a payroll-saver drop-in at each partner's workplace twice a year",
        ],
        "Payroll Partnerships Manager, with the Payments Team Leader",
    )


def slide_pillar4(p: Page) -> None:
    pillar(
        p,
        "Pillar 4 \u00b7 Branches and a contact centre that know you",
        [
            "Keep all five branches open to June 2031",
            "85% of calls answered within 60 seconds by March 2030",
        ],
        [
            "Give contact centre advisers one screen showing a member's accounts, app messages "
            "and recent calls",
            "Offer call-backs at a time the member chooses, in place of queueing",
            "Open the contact centre until 8pm on weekdays, from 6pm today",
            "Build a private interview room at Lanvorrow for loan and money conversations",
            "Record members' support needs in a structured register, not in free-text notes",
        ],
        "Chief Operating Officer, with the Branch Network Manager and the Contact Centre Manager",
    )


def slide_kpis(p: Page) -> None:
    top = p.frame("How we will measure it", "Nine measures, reported to the Board every quarter")
    rows = [
        ["Measure", "Baseline 2026-27", "Target", "By when"],
        ["Total members", "60,400", "75,000", "June 2031"],
        ["New members under 30 (share of joiners)", "18%", "25%", "June 2031"],
        ["Personal loan applications decided within one working day", "9%", "80%", "June 2030"],
        ["Median days from loan application to money paid", "11 days", "2 days", "June 2030"],
        ["New members who joined online", "0%", "60%", "December 2030"],
        ["Employers in the Payroll Partner scheme", "38", "60", "June 2031"],
        ["Payroll schedule lines corrected by hand", "2.5%", "Under 0.5%", "March 2030"],
        ["Calls answered within 60 seconds", "68%", "85%", "March 2030"],
        ["Members who would recommend us (annual survey)", "+41", "Improve",
         "After the 2029 survey"],
    ]  # fmt: skip
    p.table(LEFT, top - 6, [360, 120, 110, 120], rows, size=10.5, head_size=10.5, pad=4.2)
    p.run(LEFT, 44, "Loan decision times are not held in Harbourline today: the 2026-27 "
          "baselines come from the April 2028 file sample.", 8.5, False, GREY)  # fmt: skip


def slide_roadmap(p: Page) -> None:
    top = p.frame("Roadmap: July 2028 to June 2031",
                  "Month 0 is July 2028 \u00b7 calendar quarters")  # fmt: skip
    x0, x1 = LEFT, W - LEFT
    per = (x1 - x0) / 36
    quarters = ["Q3 2028", "Q4 2028", "Q1 2029", "Q2 2029", "Q3 2029", "Q4 2029",
                "Q1 2030", "Q2 2030", "Q3 2030", "Q4 2030", "Q1 2031", "Q2 2031"]  # fmt: skip
    qy = top - 14
    for k, q in enumerate(quarters):
        p.center(x0 + (k * 3 + 1.5) * per, qy, q, 9, True, GREY)
        p.c.setStrokeColorRGB(*RULE)
        p.c.setLineWidth(0.5)
        p.c.line(x0 + k * 3 * per, qy - 6, x0 + k * 3 * per, qy - 150)
    p.c.line(x1, qy - 6, x1, qy - 150)
    phases = [
        (0, 6, "Phase 1", "Foundations", TEAL),
        (6, 15, "Phase 2", "Pilot at Porthcarrow", AMBER),
        (15, 30, "Phase 3", "Roll out to every branch and partner", TEAL),
        (30, 36, "Phase 4", "Embed and review", AMBER),
    ]
    cy = qy - 62
    for k, (a, b, name, what, color) in enumerate(phases):
        p.chevron(x0 + a * per, cy, (b - a) * per, 44, color, first=k == 0)
        p.run(x0 + a * per + 20, cy + 26, name, 10, True, WHITE)
        lines = simpleSplit(what, SANS, 9.5, (b - a) * per - 34)
        ly = cy + 12
        for line in lines:
            p.run(x0 + a * per + 20, ly, line, 9.5, False, WHITE)
            ly -= 11
    gates = [(6, "Gate 1"), (15, "Gate 2"), (30, "Gate 3")]
    for m, name in gates:
        p.diamond(x0 + m * per, cy - 14, 7, INK)
        p.center(x0 + m * per, cy - 32, name, 9, True, INK)
    milestones = [
        (2, 0, ["Sep 2028:", "suppliers chosen for", "loans and ID checks"]),
        (6, 1, ["Jan 2029:", "Porthcarrow pilot starts"]),
        (15, 0, ["Sep 2029:", "go/no-go for roll-out"]),
        (21, 1, ["Mar 2030:", "decide whether to", "renew Harbourline"]),
        (24, 0, ["Jun 2030:", "same-day loan decisions", "at every branch"]),
        (30, 1, ["Dec 2030:", "online joining across", "the common bond"]),
        (36, 0, ["Jun 2031:", "programme closes,", "measures reviewed"]),
    ]
    for m, tier, lines in milestones:
        x = x0 + m * per
        ty = cy - 56 - tier * 46
        p.c.setFillColorRGB(*AMBER)
        p.c.circle(x, ty + 12, 2.5, stroke=0, fill=1)
        anchor = min(max(x, x0 + 52), x1 - 52)
        for k, line in enumerate(lines):
            p.center(anchor, ty - k * 11, line, 8.5, k == 0, INK)
    p.run(LEFT, 44, "Gates: the Change Board decides at the end of Phases 1, 2 and 3. Our "
          "financial year ends on 30 September; dates here are calendar quarters.", 8.5, False,
          GREY)  # fmt: skip


def slide_pilot(p: Page) -> None:
    top = p.frame("Pilot: Porthcarrow, January to September 2029")
    p.lead(LEFT, top - 10, "Why Porthcarrow: ",
           "our second-busiest branch, 9,200 members, and 7 payroll partners within two miles",
           12)  # fmt: skip
    p.run(LEFT, top - 38, "What the pilot does", 13, True, INK)
    steps = [
        "Take every Porthcarrow loan application through the new loan system from January 2029",
        "Open online joining to people who live or work in Porthcarrow postcodes",
        "Move the 7 Porthcarrow payroll partners onto the upload page",
        "Run the call-back service for Porthcarrow members",
        "Release the Porthcarrow branch manager two days a week as pilot lead",
    ]
    y = top - 62
    for k, step in enumerate(steps, start=1):
        p.run(LEFT + 4, y, f"{k}.", 12, True, AMBER)
        p.run(LEFT + 24, y, step, 12)
        y -= 20
    box_top = y - 8
    p.rect(LEFT, box_top - 84, W - 2 * LEFT, 84, TEAL_LIGHT)
    p.run(LEFT + 12, box_top - 20, "Pass marks for Gate 2 (September 2029)", 12, True, TEAL)
    marks = [
        "60% of pilot loan applications decided within one working day",
        "At least 300 members joined online, with no rise in fraud losses",
        "Schedule lines corrected by hand under 1% for the 7 partners",
    ]
    p.bullets(LEFT + 16, box_top - 40, marks, 11, W - 2 * LEFT - 32, gap=3, glyph="\u2013")


def slide_risks(p: Page) -> None:
    top = p.frame("Risks and how we will handle them")
    rows = [
        ["Risk", "Likelihood", "Mitigation", "Owner"],
        ["R1 Merrow cannot connect Harbourline to a new loan system in time", "High",
         "Buy Merrow's API module in Phase 1 and test the link before Gate 1",
         "IT and Core Systems Manager"],
        ["R2 Fraud rises when people join without a branch visit", "Medium",
         "Cap a new online member's first loan at \u00a31,000 for three months",
         "Financial Crime Lead"],
        ["R3 Automated decisions treat some members unfairly", "Medium",
         "A lender reviews every automated decline within one working day",
         "Head of Lending"],
        ["R4 Older members feel left behind", "Medium",
         "Run app help sessions in all five branches every month",
         "Branch Network Manager"],
        ["R5 Advisers do not want later shifts", "Medium",
         "Consult the Staff Forum for 30 days and fill the evening rota with volunteers first",
         "Head of People"],
        ["R6 The Hensbury lease is not renewed", "Low",
         "Open lease talks with the landlord by March 2029", "Chief Operating Officer"],
    ]  # fmt: skip
    p.table(LEFT, top - 6, [250, 70, 280, 110], rows, size=9.5, head_size=10, pad=4)


def slide_governance(p: Page) -> None:
    top = p.frame("Governance and investment")
    lines = [
        ("Sponsor: ", "the Chief Executive, who chairs the Closer to Members Change Board"),
        ("Change Board: ", "meets monthly; the COO, Finance Director, Head of Lending,"),
        ("", "Head of Digital and Head of Risk and Compliance"),
        ("Gates: ", "the Change Board decides Gates 1 to 3 under the Board's delegation"),
        ("Money: ", "spending above \u00a3250,000 outside a phase budget returns to the Board"),
        ("Voices: ", "the Members' Council and the Staff Forum are heard before each gate"),
    ]
    y = top - 12
    for lead, rest in lines:
        if lead:
            p.lead(LEFT, y, lead, rest, 11)
        else:
            p.run(LEFT + stringWidth("Change Board: ", BOLD, 11), y, rest, 11)
        y -= 19
    rows = [
        ["Investment (\u00a3k)", "Total"],
        ["Loan origination system and open banking", "1,090"],
        ["Identity checks and app changes", "420"],
        ["Payroll upload page", "260"],
        ["Contact centre screen, call-backs and evening rota", "390"],
        ["Lanvorrow interview room", "45"],
        ["Programme team and Porthcarrow pilot", "520"],
        ["Contingency", "235"],
        ["Total, July 2028 to June 2031", "2,960"],
    ]
    p.table(LEFT, y - 4, [330, 70], rows, size=9, head_size=9.5, pad=3.2)
    p.run(LEFT + 430, y - 30, "Funded from reserves; our capital ratio", 10.5, False, GREY)
    p.run(LEFT + 430, y - 45, "stays above 11% throughout, against a", 10.5, False, GREY)
    p.run(LEFT + 430, y - 60, "risk appetite floor of 10%.", 10.5, False, GREY)


def slide_first90(p: Page) -> None:
    top = p.frame("The first 90 days", "July to September 2028")
    items = [
        ("Weeks 1-2: ", "set up the Change Board and the programme office"),
        ("By end of July: ", "issue the tender for a loan origination system"),
        ("By end of July: ", "ask Merrow Systems to price the API module"),
        ("August: ", "open the Staff Forum consultation on evening contact-centre hours"),
        ("August: ", "present the plan to the Members' Council"),
        ("August: ", "notify the PRA of the planned outsourcing of loan decisions"),
        ("By mid-September: ", "choose the identity-check supplier"),
        ("September: ", "sign the first four new payroll partners"),
        ("September: ", "agree the pilot pass marks with the Change Board"),
    ]
    y = top - 14
    for lead, rest in items:
        p.run(LEFT + 4, y + 1.4, "\u25cf", 8, False, TEAL)
        p.lead(LEFT + 20, y, lead, rest, 12.5, INK, TEAL)
        y -= 25


def slide_asks(p: Page) -> None:
    top = p.frame("What we ask the Board today")
    asks = [
        "Approve Closer to Members, its four pillars and its nine measures",
        "Release \u00a3640,000 for Phase 1 (July to December 2028)",
        "Agree Porthcarrow as the pilot branch, with the Gate 2 pass marks",
        "Delegate Gates 1 and 2 to the Change Board, chaired by the Chief Executive",
    ]
    y = top - 20
    for k, ask in enumerate(asks, start=1):
        p.rect(LEFT, y - 10, 26, 26, AMBER)
        p.center(LEFT + 13, y - 1, str(k), 14, True, WHITE)
        p.run(LEFT + 40, y, ask, 15)
        y -= 44
    p.run(LEFT, y - 6, "For noting: the Members' Council and the Staff Forum will be consulted "
          "before Gate 1.", 11, False, GREY)  # fmt: skip


SLIDES = [
    slide_cover,
    slide_today,
    slide_problems,
    slide_ambition,
    slide_pillars,
    slide_pillar1,
    slide_pillar2,
    slide_pillar3,
    slide_pillar4,
    slide_kpis,
    slide_roadmap,
    slide_pilot,
    slide_risks,
    slide_governance,
    slide_first90,
    slide_asks,
]


def build_deck() -> bytes:
    register_fonts()
    buffer = io.BytesIO()
    c = rl_canvas.Canvas(
        buffer, pagesize=(W, H), invariant=1, pageCompression=1, initialFontName=SANS
    )
    c.setTitle("Closer to Members")
    c.setAuthor("Kestle Credit Union")
    c.setSubject("Strategy and delivery plan, July 2028 to June 2031")
    c.setCreator("Impress")
    c.setProducer("LibreOffice 7.6")
    for n, draw in enumerate(SLIDES, start=1):
        draw(Page(c, n))
        c.showPage()
    c.save()
    return buffer.getvalue()


# =========================================================================== the org folder

ORG_TEXT: dict[str, str] = {
    "org/people/who-does-what.md": """
# Who does what: Closer to Members

Kept by the Change Programme Manager for the Closer to Members programme. Last updated 12 June
2028.

Kestle Credit Union is owned by its members. The Board of Directors (eleven volunteers elected
at the annual general meeting) sets strategy, appoints the Chief Executive and delegates the
running of the credit union to the executive team. The chart starts below the Board. Arrows
are reporting lines; boxes are grouped by team. Each box gives the post and its remit in this
programme. The two grey boxes are people we consult: they own no programme work.

```mermaid
flowchart TD
    classDef consult fill:#eeeeee,stroke:#888888,stroke-dasharray: 4 3
    subgraph EXEC["Executive team"]
        CEO["Chief Executive<br/>Remit: sponsor of Closer to Members and chair of the Change Board. Takes the gate decisions the Board delegates, recommends each phase budget to the Board and leads the relationship with the Members' Council."]
        COO["Chief Operating Officer<br/>Remit: runs the branches, the contact centre, payments and member operations. Owns service levels, opening hours, premises and the operating model changes of Pillar 4."]
        FD["Finance Director<br/>Remit: budgets, capital and liquidity, the investment case and its tracking. Runs procurement for contracts over 50,000 pounds and countersigns Payroll Partner agreements."]
        CPM["Change Programme Manager<br/>Remit: runs the programme office: the plan, the risk and issue log, gate papers, the pilot timetable and benefits tracking. Reports to the Chief Executive."]
    end
    subgraph LEND["Lending"]
        HOL["Head of Lending<br/>Remit: lending policy and credit risk appetite, underwriting and decision rules, loan products, the lending team at Truvale and the credit bureau contract. Chooses and sets up the loan origination system with IT."]
        CMS["Collections and Member Support Manager<br/>Remit: arrears, payment plans and hardship. Looks after members in financial difficulty and keeps the record of members' support needs."]
    end
    subgraph MS["Member services"]
        BNM["Branch Network Manager<br/>Remit: the five branches and their managers, counter services, joining in branch, app help in branches and branch fit-outs such as interview rooms."]
        PBM["Porthcarrow Branch Manager<br/>Remit: runs the Porthcarrow branch. Pilot lead for the Porthcarrow pilot from January to September 2029, two days a week."]
        CCM["Contact Centre Manager<br/>Remit: the contact centre at Truvale: call handling, advisers' rotas, the telephony set-up, call-backs and call service levels."]
        PTL["Payments Team Leader<br/>Remit: processes payroll schedules, standing orders and member payments in Harbourline, and corrects schedule lines that fail."]
        PPM["Payroll Partnerships Manager<br/>Remit: the Payroll Partner scheme: recruits employers, signs and keeps employer agreements, the schedule template and workplace visits."]
    end
    subgraph DT["Digital, technology and data"]
        HOD["Head of Digital<br/>Remit: the Kestle app and the website's member services, online joining, app notifications and the app supplier Appforge Studio."]
        ITM["IT and Core Systems Manager<br/>Remit: Harbourline and the technical side of the Merrow Systems contract, integrations and interfaces, infrastructure at all sites and IT security."]
        DML["Data and MI Lead<br/>Remit: measure definitions, baselines, the monthly board pack and the branch dashboards."]
    end
    subgraph RISK["Risk, people and communications"]
        HRC["Head of Risk and Compliance<br/>Remit: the regulatory relationship with the PRA and the FCA, Consumer Duty, outsourcing notifications, the risk register and data protection."]
        FCL["Financial Crime Lead<br/>Remit: money laundering reporting officer. Identity and address checks, fraud prevention and sanctions screening, and the choice of the identity-check supplier with the Head of Digital."]
        HOP["Head of People<br/>Remit: recruitment, contracts and rotas policy, learning and development, and consultation with the Staff Forum."]
        MCM["Marketing and Communications Manager<br/>Remit: member communications, the website's content, launch campaigns, membership growth and outreach to younger members, and the annual member survey."]
    end
    subgraph VOICES["Voices we consult"]
        MCC["Chair, Members' Council<br/>Remit: speaks for the Members' Council, which must be consulted on changes to branches and services."]
        SFR["Staff Forum Representative<br/>Remit: elected by colleagues and speaks for the Staff Forum in consultation on working hours and rotas."]
    end
    CEO --> COO
    CEO --> FD
    CEO --> CPM
    CEO --> HOL
    CEO --> HRC
    CEO --> HOD
    COO --> BNM
    COO --> CCM
    COO --> PTL
    COO --> PPM
    BNM --> PBM
    HOL --> CMS
    HOD --> ITM
    HOD --> DML
    FD --> HOP
    HRC --> FCL
    COO --> MCM
    MCC -.- CEO
    SFR -.- HOP
    class MCC,SFR consult
```

Consult only (no programme tasks; consulted before each gate):

- Chair, Members' Council
- Staff Forum Representative
""",
    "org/systems/systems-and-data.md": """
# Systems and data at Kestle Credit Union

Kept by the IT and Core Systems Manager. Reviewed May 2028.

## Harbourline (core banking)

Harbourline is our core banking system, supplied and hosted by Merrow Systems Ltd. It holds
every member record, savings account, loan account and transaction, and produces the FSCS
single customer view file every month. Product and rate changes go through Merrow's change
request process and are released only in Merrow's quarterly release windows (February, May,
August and November). Harbourline has no open interface for other systems: the API module is
sold separately and we have not licensed it. Harbourline records the date a loan is paid out
but not the date the application was received. Members' support needs are kept as free-text
notes on the member record, so they cannot be counted or reported.

## Loan applications

There is no loan origination system. Members apply on a paper form in a branch, by phone with a
lender filling in the form, or on a PDF form downloaded from the website and emailed to the
lending mailbox. Every application is keyed into Harbourline by the lending team. Affordability
is worked out in a spreadsheet (the Affordability Calculator, version 7) from payslips and three
months of bank statements that the member brings in or emails. Searches with Northcote Credit
Bureau can be run only from the four licensed seats in the lending team at Truvale. We do not
use open banking in any form today. Emailed application forms and their attachments are deleted
from the lending mailbox after 60 days. Every loan is decided by a lender; none is decided by
rules alone.

## Joining

New members must join in a branch, showing photo identification and a proof of address. Staff
photocopy the documents and file them in the branch; the copies are not scanned. We have no
electronic identity verification. Whether someone works in the common bond area is checked by
eye from a payslip or a letter from the employer.

## Kestle app and website

The Kestle app (iOS and Android) was built and is maintained by Appforge Studio under a support
contract. It shows balances and transactions, and moves money between a member's own accounts
and to a nominated bank account. The app cannot take a loan application or open a new account.
The app sends no notifications of any kind. Appforge makes changes in two releases a year
unless we pay for an extra release. In March 2028, 41% of members had used the app in the
previous 90 days. The website runs on a hosted content system managed by the Marketing and
Communications Manager.

## Contact centre

The contact centre at Truvale takes about 21,000 calls a month on the CallPoint telephony
system. CallPoint has no call-back function, so members wait in the queue or ring again. Call
recordings are deleted after 90 days. Advisers work in Harbourline and CallPoint side by side,
and cannot see a member's app activity or earlier calls in one place. There is no webchat.
Contact centre hours are 9am to 6pm on weekdays and 9am to 1pm on Saturdays.

## Branches

Queue tickets and waiting times are recorded only at Truvale and Porthcarrow, where the queue
management system is installed. Polgrean branch has no broadband line of its own and works over
a 4G router, and Harbourline is slow there at busy times.

## Payroll deductions

Each Payroll Partner employer sends its monthly deduction schedule by email, as a spreadsheet
in its own layout. The Payments Team keys or pastes every schedule into Harbourline by hand;
only 6 of the 38 employers use our template. There is no upload page or employer portal.

## Reporting, complaints and learning

KestleMI is our reporting database, refreshed every night from Harbourline. The monthly board
pack and the branch dashboards are built on it by the Data and MI Lead. Complaints are logged
and tracked in CaseTrack, which reports every month to the Board's Risk Committee. Training
records and e-learning modules sit in KestleLearn, our learning platform, run by the Head of
People.
""",
    "org/measures/measure-definitions.md": """
# Measure definitions

Kept by the Data and MI Lead. Baselines are for the financial year to 30 September 2027 unless
stated.

| Measure | Definition | Owner | Baseline | Source |
|---|---|---|---|---|
| Total members | Members with at least one open account at the month end | Data and MI Lead | 60,400 | Harbourline |
| New members under 30 | Joiners aged under 30 on the day they join, as a share of all joiners in the year | Marketing and Communications Manager | 18% | Harbourline |
| Loan applications decided within one working day | Personal loan applications with a decision by the end of the next working day | Head of Lending | 9% | Sample of 400 files, April 2028 |
| Median days from application to money paid | Calendar days from the application's receipt to the payment of the loan | Head of Lending | 11 days | Sample of 400 files, April 2028 |
| New members who joined online | Joiners who completed joining without a branch visit, as a share of all joiners | Head of Digital | 0% | Harbourline |
| Employers in the Payroll Partner scheme | Employers with a signed agreement and at least one deduction in the last three months | Payroll Partnerships Manager | 38 | Payments Team list |
| Payroll schedule lines corrected by hand | Schedule lines changed after loading, as a share of all lines loaded | Payments Team Leader | 2.5% | Corrections log |
| Calls answered within 60 seconds | Calls answered by an adviser within 60 seconds of joining the queue | Contact Centre Manager | 68% | CallPoint |
| Members who would recommend us | Net score from the annual member survey question on recommending us | Marketing and Communications Manager | +41 | Annual survey, October 2027 |

## Notes on the measures

Loan decision times are not measured today. The two loan measures come from a hand count of 400
loan files in April 2028, because Harbourline does not hold the date an application arrives.

The corrections log is a spreadsheet kept by the Payments Team; nobody checks it against
Harbourline.

The member survey runs once a year, in October, so the recommendation measure moves once a
year. We ask for no feedback after a call, a branch visit or a loan.

Age at joining is held only for members who joined after 2015; older records carry no date
of birth check.

Waiting times in branches are not part of the board measures, and three branches could not
report them.
""",
    "org/governance/change-board-terms-of-reference.md": """
# Closer to Members Change Board: terms of reference

Approved by the Board of Directors, 22 May 2028.

## Purpose

The Change Board directs the Closer to Members programme between the Board's decisions. It
agrees the plan, tracks the measures and the budget, and takes the gate decisions the Board
delegates to it.

## Membership

- Chair: the Chief Executive, who is the programme's sponsor.
- Members: the Chief Operating Officer, the Finance Director, the Head of Lending, the Head of
  Digital and the Head of Risk and Compliance.
- In attendance: the Change Programme Manager (secretary), and others as the chair invites.

## Decisions

- Gate decisions (Gates 1, 2 and 3) are taken by the chair on the Change Board's advice, under
  delegation from the Board of Directors.
- Any spending above 250,000 pounds outside an approved phase budget must go back to the Board
  of Directors.
- Any change to lending policy, including automated decision rules, must be approved by the
  Board's Lending Committee before it is used.
- The Members' Council must be consulted before any change to branch opening hours or the
  removal of any counter service.
- The Staff Forum must be consulted for at least 30 days before any change to working hours or
  rotas takes effect.

## Meetings

The Change Board meets monthly, on the second Tuesday. Gate papers go to members five working
days before the meeting. The Board's Risk Committee reviews the programme risk register every
quarter.
""",
    "org/governance/regulatory-obligations.md": """
# Regulatory obligations that bear on Closer to Members

Kept by the Head of Risk and Compliance. May 2028.

Kestle Credit Union is authorised by the Prudential Regulation Authority (PRA) and regulated by
the Financial Conduct Authority (FCA) and the PRA. Members' savings are protected by the
Financial Services Compensation Scheme (FSCS) up to the scheme limit.

## Outsourcing

Our outsourcing policy requires us to notify the PRA at least eight weeks before we sign a
material outsourcing contract. A new loan origination system or an identity-check service would
be material outsourcing.

## Fair treatment and Consumer Duty

Automated lending decisions must be reviewed for fair outcomes every quarter by the Board's Risk
Committee. A member who is declined by an automated rule must be able to ask for a person to
review the decision.

## Common bond

We can take as members only people who live or work in our common bond area (the districts of
Truvale, Porthcarrow and Lanvorrow). The common bond must be checked and evidenced for every new
member. We hold no list of which members work for which employer, except for members who save
through payroll.

## Data protection

The Head of Risk and Compliance is our data protection officer. A data protection impact
assessment must be completed and signed off before any new system processes member data.

## Open banking

We are not registered with the FCA as an account information service provider. Open banking data
can be used only through a registered provider acting for us, under its own terms with the
member.

## Deposit protection

The FSCS single customer view file must be ready within 24 hours whenever asked for. Any change
to Harbourline must be tested against the file before it goes live.

## Lending limits

Our rules cap the interest on any loan at 42.6% APR. Loans over 7,500 pounds need a second
signature from a senior lender.
""",
    "org/context/branch-network.md": """
# Branch network

Kept by the Branch Network Manager. June 2028.

| Branch | Members using it most | Staff (FTE) | Opening hours |
|---|---|---|---|
| Truvale (head office) | 17,800 | 14 | Monday to Friday 9am to 5pm, Saturday 9am to 12pm |
| Porthcarrow | 9,200 | 9 | Monday to Friday 9am to 5pm, Saturday 9am to 12pm |
| Lanvorrow | 7,100 | 6 | Monday to Friday 9am to 4.30pm |
| Hensbury | 5,400 | 5 | Monday to Friday 9.30am to 4pm |
| Polgrean | 2,900 | 2.5 | Tuesday, Thursday and Saturday, 9am to 12.30pm |

The rest of our members use no branch in a typical year.

The lending team and the contact centre work from the first floor at Truvale.

Lanvorrow branch has no private interview room, so loan and money conversations happen at the
counter.

The Hensbury branch lease ends on 31 March 2030 and the landlord has not yet offered a renewal.

Polgrean is staffed from Hensbury and closes when Hensbury is short of staff.

Porthcarrow has the newest fit-out (2024) and two interview rooms.

A quarter of the members who use Polgrean and Hensbury are over 70, and many do not use a
smartphone.
""",
    "org/context/payroll-partner-scheme.md": """
# The Payroll Partner scheme

Kept by the Payroll Partnerships Manager. June 2028.

Members who work for a Payroll Partner save, and repay loans, straight from their pay. 14,900
members save through payroll with 38 employers. The largest are Truvale District Council
(3,100 members), Penmarrow Hospitals NHS Trust (2,600), Tremayne Care Group (1,150), Porthcarrow
Harbour Board (420) and the Lanvorrow Schools Trust (610).

Each employer signs a Payroll Partner agreement, which the Finance Director countersigns. The
employer sends a deduction schedule after each payroll run, and the money follows by bank
transfer.

Penmarrow Hospitals NHS Trust's payroll is run by an outside bureau, and any change to its
deduction file needs three months' notice and a change fee.

Truvale District Council sends its schedule from its own payroll system and will not send a new
layout until its payroll upgrade in April 2029.

Care homes pay weekly or four-weekly, so their schedules do not line up with our monthly
processing.

Employers cannot be asked to send personal data beyond name, payroll number, member number and
amount, under the current agreement.

There is no list of employers in the common bond area that are not yet partners; the Payroll
Partnerships Manager keeps prospects in a personal spreadsheet.

Seven partners sit within two miles of the Porthcarrow branch.
""",
    "org/context/merrow-contract-summary.md": """
# Merrow Systems contract: summary

Prepared by the IT and Core Systems Manager and the Finance Director, April 2028.

- The Harbourline contract runs to 30 September 2030. Notice to end it or to renegotiate must be
  given by 31 March 2030.
- Change requests are priced at 950 pounds a day and released only in the quarterly release
  windows.
- The API module is priced on application; Merrow has quoted 14 weeks to switch it on once
  ordered.
- Merrow will not connect any third-party system to Harbourline without its integration
  assurance review, which takes up to 12 weeks.
- Harbourline's test environment is shared with other Merrow clients and must be booked a month
  ahead.
- Merrow hosts Harbourline in its own data centres and provides the FSCS file and month-end
  reports as part of the service.
""",
    "org/context/members-council-letter-may-2028.txt": """
Kestle Credit Union Members' Council
c/o Truvale branch, 4 Fore Street, Truvale

To: the Chief Executive
From: Eleri Pascoe, Chair, Members' Council
Date: 28 May 2028

Dear Chief Executive,

Thank you for sharing the outline of Closer to Members at our April meeting.

Council members welcome faster loan decisions. Many of us have heard from neighbours who went
to a doorstep lender because they could not wait a fortnight.

We ask for three things.

First, the Council must be consulted before any change to branch opening hours, and before any
service now offered at a counter is moved online only.

Second, our 2027 survey found that one member in four over the age of 65 has no smartphone. Any
plan that relies on the app must keep a way to do the same thing in a branch or by phone.

Third, Polgrean members tell us the branch closes at short notice when staff are off. We would
like a date by which this stops.

We meet next on 14 August 2028 and would welcome the full plan then.

Yours sincerely,
Eleri Pascoe
""",
    "org/context/staff-forum-minutes-2028-05-17.txt": """
STAFF FORUM: MINUTES
17 May 2028, Truvale first floor and online
Present: Staff Forum Representative (chair), 9 elected colleagues, Head of People (for item 2)

1. Closer to Members: first look
Colleagues welcome call-backs and one screen for advisers.
Contact centre advisers' contracts set their hours between 8am and 6pm on weekdays, so a later
finish needs each adviser's written agreement or a contract change.
The Forum asked that no rota change start in December, the busiest month for calls.
Advisers cannot take loan applications today: only the lending team is authorised to lend.
Branch colleagues asked who will help members with the app when the counter is busy.

2. Consultation
The Head of People confirmed that the Staff Forum will be consulted for at least 30 days before
any change to hours or rotas, as the terms of reference require.

3. Vacancies
Two adviser posts and one lender post at Truvale are vacant; the lender post has been open
since February.

Next meeting: 19 July 2028.
""",
    "org/context/lending-policy-extract.md": """
# Lending policy: extract

Approved by the Board's Lending Committee, November 2027. Owner: Head of Lending.

- Every personal loan needs an affordability assessment of income and committed spending.
- We lend only to members aged 18 or over who have held a savings account with us for at least
  one month.
- Loans over 7,500 pounds need a second signature from a senior lender.
- We lend up to 3,000 pounds to members with a poor credit history if the repayments are
  affordable and are taken from pay or benefits.
- Any change to this policy, including decision rules run by a system, needs the Lending
  Committee's approval.
- A member in arrears is referred to the Collections and Member Support Manager within five
  working days of a missed payment.
""",
}


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
    write_files(out / CASE, {DECK: build_deck(), **ORG_TEXT})


if __name__ == "__main__":
    main()
