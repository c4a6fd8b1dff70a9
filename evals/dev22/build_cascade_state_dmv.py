"""Build the dev22 case ``cascade-state-dmv``: its deck and its org folder, deterministically.

Run from the repository root with a Python that has reportlab and pypdf (reportlab is not in
the project's lock; ``/tmp/rl`` is such a venv):

    python3 -m venv /tmp/rl
    /tmp/rl/bin/pip install reportlab pypdf==7.1.1 openpyxl python-docx python-pptx pillow
    /tmp/rl/bin/python evals/dev22/build_cascade_state_dmv.py [out-folder]

Writes, under ``evals/dev22/cascade-state-dmv/`` (or ``<out-folder>/cascade-state-dmv/``),
every file of the case but ``gold.json``:

- ``open-road-2031-commissioner-briefing-06-12-2028.pdf``: a US state Department of Motor
  Vehicles' three-year modernization strategy as PowerPoint for Mac's "Save as PDF" writes a
  16:9 deck: 18 pages of 960 x 540 pt (13.333 x 7.5 in), Creator "Microsoft PowerPoint",
  Producer macOS's Quartz PDFContext, TrueType fonts embedded as subsets (DejaVu Sans stands
  in for the theme's fonts, from ``/usr/share/fonts/truetype/dejavu/``), every line of text
  its own text object in drawing order, tables drawn as filled cells with their text, a
  footer and slide number on every content slide. The clock is the state fiscal year (July 1
  to June 30, named by the year it ends: FY2029 = 07/01/2028 to 06/30/2029); dates are written
  MM/DD/YYYY and once as "Sept. 30, 2029"; money as "$6.8M".
- ``org/``: the roster as an HRIS API response (``people/positions-api-export.json``: meta,
  then data.positions with positionId, title, department, programRole {tier, remit},
  reportsTo and incumbent, null for a vacancy), the Executive Steering Committee charter, a
  collective bargaining agreement excerpt, the Disability Advisory Council's charter, the
  systems inventory, the measure definitions, the State CIO's oversight summary, the
  Legislative Affairs budget and statute notes, the pilot offices' profile, an email from the
  TitleReg vendor, the partner programs note and the workforce summary.

Re-running it rewrites every file byte for byte: reportlab's invariant mode (fixed dates and
document ID), the text files as literal strings, the JSON with fixed key order. It never
touches ``gold.json``.

This is a DEVELOPMENT case (split "dev22").
"""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

HERE = Path(__file__).resolve().parent
CASE = "cascade-state-dmv"
DECK = "open-road-2031-commissioner-briefing-06-12-2028.pdf"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

W, H = 960.0, 540.0
LEFT = 48.0
RIGHT = W - 48.0

SANS = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITAL = "DejaVuSans-Oblique"


def _rgb(hex_: str) -> colors.Color:
    return colors.Color(*(int(hex_[k : k + 2], 16) / 255 for k in (0, 2, 4)))


NAVY = _rgb("12355B")
TEAL = _rgb("1C7C7D")
GOLD = _rgb("E0A526")
INK = _rgb("1F2933")
MUTED = _rgb("5F6B7A")
PANEL = _rgb("EEF2F6")
RULE = _rgb("C9D2DC")
PALE = _rgb("DCEBEB")
WHITE = colors.white


def _fonts() -> None:
    for name, file in (
        (SANS, "DejaVuSans.ttf"),
        (BOLD, "DejaVuSans-Bold.ttf"),
        (ITAL, "DejaVuSans-Oblique.ttf"),
    ):
        pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / file)))


def width(text: str, font: str, size: float) -> float:
    return stringWidth(text, font, size)


def wrap(text: str, font: str, size: float, limit: float) -> list[str]:
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


# =========================================================================== drawing kit


class Slide:
    """One PowerPoint slide printed to PDF."""

    def __init__(self, c: rl_canvas.Canvas, number: int | None, eyebrow: str = "") -> None:
        self.c = c
        c.setFillColor(WHITE)
        c.rect(0, 0, W, H, fill=1, stroke=0)
        if number is not None:
            self.rect(0, H - 6, W, 6, NAVY)
            if eyebrow:
                self.text(LEFT, H - 34, eyebrow, BOLD, 9.5, TEAL)
            self.rect(LEFT, 34, RIGHT - LEFT, 0.6, RULE)
            self.text(
                LEFT,
                20,
                "Cascade DMV  |  Open Road 2031  |  Commissioner briefing, June 12, 2028",
                SANS,
                8,
                MUTED,
            )
            self.text(RIGHT, 20, str(number), BOLD, 9, NAVY, "right")

    def text(self, x, y, s, font=SANS, size=14.0, color=INK, align="left") -> None:
        w = width(s, font, size)
        if align == "center":
            x -= w / 2
        elif align == "right":
            x -= w
        if x + w > W - 20 or x < 10:
            raise ValueError(f"text leaves the slide: {s!r}")
        self.c.setFont(font, size)
        self.c.setFillColor(color)
        self.c.drawString(x, y, s)

    def fit(self, x, y, s, limit, font=SANS, size=14.0, color=INK, align="left") -> None:
        """One line that must fit in ``limit`` points."""
        if width(s, font, size) > limit:
            raise ValueError(f"line wider than {limit}: {s!r}")
        self.text(x, y, s, font, size, color, align)

    def lines(self, x, y, s, limit, font=SANS, size=14.0, color=INK, leading=1.25) -> float:
        for line in wrap(s, font, size, limit):
            self.text(x, y, line, font, size, color)
            y -= size * leading
        return y

    def rect(self, x, y, w, h, fill=None, stroke=None, line=0.8, radius=0.0) -> None:
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

    def title(self, s: str, size: float = 26) -> None:
        while width(s, BOLD, size) > RIGHT - LEFT and size > 20:
            size -= 1
        self.fit(LEFT, H - 70, s, RIGHT - LEFT, BOLD, size, NAVY)

    def subtitle(self, s: str) -> None:
        self.fit(LEFT, H - 94, s, RIGHT - LEFT, SANS, 13, MUTED)

    def bullets(self, x, y, items, limit, size=14.0, gap=9.0, color=INK, dot=TEAL) -> float:
        """Bullets drawn as small squares left of one-line items."""
        for _k, item in enumerate(items):
            if item.startswith("+"):  # the wrapped rest of the bullet above
                y += gap * 0.75
                self.fit(x + 18, y, item[1:], limit - 18, SANS, size, color)
            else:
                self.rect(x, y + size * 0.28, size * 0.36, size * 0.36, dot)
                self.fit(x + 18, y, item, limit - 18, SANS, size, color)
            y -= size * 1.25 + gap
        return y

    def diamond(self, x, y, r, fill) -> None:
        p = self.c.beginPath()
        p.moveTo(x, y + r)
        p.lineTo(x + r, y)
        p.lineTo(x, y - r)
        p.lineTo(x - r, y)
        p.close()
        self.c.setFillColor(fill)
        self.c.drawPath(p, fill=1, stroke=0)


# =========================================================================== the pages


def page_cover(c) -> None:
    s = Slide(c, None)
    s.rect(0, 0, W, H, NAVY)
    s.rect(0, 150, W, 4, GOLD)
    s.text(LEFT + 12, 440, "CASCADE DEPARTMENT OF MOTOR VEHICLES", BOLD, 12, GOLD)
    s.text(LEFT + 12, 360, "Open Road 2031", BOLD, 54, WHITE)
    s.text(
        LEFT + 12,
        318,
        "Modernizing how Cascadians get licensed, registered and back on the road",
        SANS,
        18,
        WHITE,
    )
    s.text(LEFT + 12, 286, "Strategy and operating plan, FY2029\u2013FY2031", SANS, 15, PALE)
    s.text(
        LEFT + 12,
        110,
        "Briefing for Commissioner Dana Whitfield and the Joint Transportation Committee",
        SANS,
        13,
        WHITE,
    )
    s.text(LEFT + 12, 88, "June 12, 2028  |  Draft for decision", SANS, 13, PALE)


def page_today(c) -> None:
    s = Slide(c, 2, "CONTEXT")
    s.title("Where we are today: FY2028 in numbers")
    tiles = [
        ("2,400", "employees"),
        ("58", "field offices in 39 counties"),
        ("4.9M", "licensed drivers"),
        ("6.2M", "registered vehicles"),
        ("52 min", "average wait in a field office lobby"),
        ("34%", "of transactions done online"),
        ("22%", "of calls reached an agent in under 5 min"),
        ("1987", "year the VRS mainframe went live"),
    ]
    tw, th, gx, gy = 198.0, 150.0, 14.0, 18.0
    for k, (big, label) in enumerate(tiles):
        col, row = k % 4, k // 4
        x = LEFT + col * (tw + gx)
        y = 290 - row * (th + gy)
        s.rect(x, y, tw, th, PANEL)
        s.rect(x, y + th - 4, tw, 4, TEAL if row == 0 else GOLD)
        s.text(x + 14, y + 78, big, BOLD, 34, NAVY)
        ly = y + 46
        for line in wrap(label, SANS, 10.5, tw - 24):
            s.fit(x + 14, ly, line, tw - 24, SANS, 10.5, INK)
            ly -= 14
    s.text(
        LEFT,
        52,
        "Source: DMV Insight, LineWise and ACD reports. FY2028 = 07/01/2027 to 04/30/2028 (10 months).",
        ITAL,
        9,
        MUTED,
    )


def page_voices(c) -> None:
    s = Slide(c, 3, "CONTEXT")
    s.title("What Cascadians and our staff tell us")
    s.subtitle("From 18,400 survey responses, 2,100 complaints and 14 staff listening sessions")
    items = [
        "Lobbies fill before doors open: 41 of 58 offices have a line outside at 8:00 a.m.",
        "Only 12 offices take appointments, and each books its own calendar",
        "Callers wait 23 minutes on average; 27% hang up before they reach an agent",
        "Registrations still run on a 1987 COBOL mainframe that two people can change",
        "Dealers and auto club branches still send 38% of title work on paper",
        "Turnover among field office clerks reached 19% in FY2028",
    ]
    s.bullets(LEFT, 392, items, 600, size=14, gap=12)
    s.rect(690, 150, 222, 250, PALE)
    s.text(706, 360, "\u201cI took a day off", BOLD, 17, NAVY)
    s.text(706, 336, "work to renew my", BOLD, 17, NAVY)
    s.text(706, 312, "tabs.\u201d", BOLD, 17, NAVY)
    s.text(706, 270, "Customer survey,", SANS, 11, MUTED)
    s.text(706, 254, "Harlan Falls, March 2028", SANS, 11, MUTED)


def page_ambition(c) -> None:
    s = Slide(c, 4, "AMBITION")
    s.title("Our ambition for June 30, 2031")
    s.rect(LEFT, 378, RIGHT - LEFT, 64, NAVY)
    s.text(LEFT + 18, 418, "NORTH STAR", BOLD, 10, GOLD)
    s.text(LEFT + 18, 392, "A DMV that gives Cascadians their time back", BOLD, 22, WHITE)
    goals = [
        "Serve 80% of field office customers within 20 minutes of check-in by 06/30/2031",
        "Complete 60% of all transactions online or at a kiosk by 06/30/2031",
        "Answer 80% of calls to the contact center within 5 minutes by 06/30/2030",
        "Offer appointments and online check-in at all 58 field offices by 06/30/2030",
        "Retire the VRS mainframe, with every registration on TitleReg, by 12/31/2030",
    ]
    y = 344
    for k, goal in enumerate(goals, start=1):
        s.rect(LEFT, y - 6, 24, 24, TEAL, radius=3)
        s.text(LEFT + 12, y, str(k), BOLD, 13, WHITE, "center")
        s.fit(LEFT + 36, y, goal, 640, SANS, 14, INK)
        y -= 40
    s.rect(730, 140, 182, 222, PANEL)
    s.text(744, 340, "What we will not do", BOLD, 12, NAVY)
    nots = [
        "Close field offices to",
        "pay for this",
        "",
        "Make online the only",
        "way to renew",
        "",
        "Raise fees before",
        "FY2031",
    ]
    y = 316
    for line in nots:
        if line:
            s.text(744, y, line, SANS, 11, INK)
        y -= 16


def page_pillars(c) -> None:
    s = Slide(c, 5, "PROGRAM")
    s.title("Four pillars, one program")
    pillars = [
        ("1", "Online first", ["Most errands done from", "home, at any hour"]),
        ("2", "Better visits", ["Shorter, planned visits", "in every field office"]),
        ("3", "One call, answered", ["A contact center that", "picks up or calls back"]),
        ("4", "A modern core", ["Vehicle records off the", "mainframe, onto TitleReg"]),
    ]
    pw, gx = 206.0, 12.0
    for k, (num, name, desc) in enumerate(pillars):
        x = LEFT + k * (pw + gx)
        s.rect(x, 170, pw, 250, PANEL)
        s.rect(x, 360, pw, 60, NAVY)
        s.text(x + 14, 384, f"PILLAR {num}", BOLD, 10, GOLD)
        s.fit(x + 14, 368, name, pw - 20, BOLD, 15, WHITE)
        y = 320
        for line in desc:
            s.fit(x + 14, y, line, pw - 24, SANS, 12.5, INK)
            y -= 18
    s.rect(LEFT, 110, RIGHT - LEFT, 44, TEAL)
    s.text(
        LEFT + 18,
        126,
        "Foundations: our people, our partners, accessible by design",
        BOLD,
        14,
        WHITE,
    )


def _pillar(c, number, eyebrow, title, goal, items, lead) -> None:
    s = Slide(c, number, eyebrow)
    s.title(title)
    s.rect(LEFT, 398, RIGHT - LEFT, 34, PALE)
    s.fit(LEFT + 14, 410, goal, RIGHT - LEFT - 28, BOLD, 13, NAVY)
    s.text(LEFT, 366, "What we will do", BOLD, 12, TEAL)
    s.bullets(LEFT, 336, items, RIGHT - LEFT, size=13.5, gap=14)
    s.text(LEFT, 60, lead, ITAL, 11, MUTED)


def page_online(c) -> None:
    _pillar(
        c,
        6,
        "PILLAR 1  \u00b7  ONLINE FIRST",
        "Online first: most errands done from home",
        "Goal: 60% of transactions online or at a kiosk by 06/30/2031 (FY2028: 34%)",
        [
            "Add 14 transactions to MyDMV, starting with duplicate licenses and address changes",
            "Let drivers aged 70 and older renew online every other cycle (needs a change to CRC 46.20.120)",
            "Put self-service kiosks in the 20 busiest field offices for registration renewals and tabs",
            "Bring all 1,100 licensed dealers onto Dealer Direct for electronic title and registration",
            "Sign new agent agreements with the Cascade Automobile Association's 35 branches",
        ],
        "Lead: Digital Services Manager, with the Director, Vehicle Services Division",
    )


def page_visits(c) -> None:
    _pillar(
        c,
        7,
        "PILLAR 2  \u00b7  BETTER VISITS",
        "Better visits: shorter and planned, in every office",
        "Goal: 80% served within 20 minutes of check-in by 06/30/2031 (FY2028: 31%)",
        [
            "Roll out LineWise appointments and text-message check-in to all 58 field offices",
            "Cross-train 420 customer service representatives in both licensing and registration work",
            "Open the 12 busiest offices on Saturdays, 8:00 a.m. to 1:00 p.m.",
            "Send two mobile service units to the 9 rural counties without a full-service office",
            "Publish live lobby wait times for every office on the DMV website",
        ],
        "Lead: Director, Field Services Division",
    )


def page_calls(c) -> None:
    _pillar(
        c,
        8,
        "PILLAR 3  \u00b7  ONE CALL, ANSWERED",
        "One call, answered: a contact center that picks up",
        "Goal: 80% of calls answered within 5 minutes by 06/30/2030 (FY2028: 22%)",
        [
            "Replace the on-premises ACD with a cloud contact center that offers a callback",
            "Hire and train 45 more contact center agents by 03/31/2029",
            "Build one knowledge base shared by agents, field offices and the website",
            "Answer the top 10 call reasons with a virtual assistant in English and Spanish",
            "Add a dedicated line for dealers and auto club agents",
        ],
        "Lead: Contact Center Manager, with the Chief Information Officer",
    )


def page_core(c) -> None:
    _pillar(
        c,
        9,
        "PILLAR 4  \u00b7  A MODERN CORE",
        "A modern core: vehicle records off the mainframe",
        "Goal: no registration processed on the VRS mainframe after 12/31/2030",
        [
            "Move vehicle registration and titles from the VRS mainframe to TitleReg, county by county",
            "Cleanse and migrate 6.2 million vehicle records and 41 years of title history",
            "Link TitleReg to the Driver Licensing System through one shared customer number",
            "Keep two COBOL contractors on retainer until the mainframe is switched off",
            "Decommission the mainframe and archive its data by 03/31/2031",
        ],
        "Lead: VRS Replacement Project Manager, reporting to the Chief Information Officer",
    )


def _table(s, x, y, widths, rows, size=11.0, row_h=26.0, head_fill=NAVY, band=PANEL) -> float:
    """A table drawn as PowerPoint prints one: filled cells, then each cell's text."""
    for r, row in enumerate(rows):
        cx = x
        fill = head_fill if r == 0 else (band if r % 2 == 0 else WHITE)
        for w, cell in zip(widths, row, strict=False):
            s.rect(cx, y - row_h, w, row_h, fill, RULE, 0.5)
            font = BOLD if r == 0 else SANS
            color = WHITE if r == 0 else INK
            s.fit(cx + 8, y - row_h / 2 - size * 0.35, cell, w - 14, font, size, color)
            cx += w
        y -= row_h
    return y


def page_kpis(c) -> None:
    s = Slide(c, 10, "MEASURES")
    s.title("How we will measure Open Road 2031")
    s.subtitle(
        "Ten measures, reported to the Executive Steering Committee monthly and the Legislature quarterly"
    )
    rows = [
        ["Measure", "FY2028 baseline", "Target", "By when"],
        ["Field office customers served within 20 minutes of check-in", "31%", "80%", "06/30/2031"],
        ["Transactions completed online or at a kiosk", "34%", "60%", "06/30/2031"],
        ["Calls answered within 5 minutes", "22%", "80%", "06/30/2030"],
        ["Calls abandoned before reaching an agent", "27%", "Under 8%", "06/30/2030"],
        [
            "Mailed registration renewals processed within 5 business days",
            "61%",
            "95%",
            "12/31/2029",
        ],
        ["Dealer title applications filed electronically", "58%", "95%", "06/30/2030"],
        ["Registrations processed on the VRS mainframe", "100%", "0%", "12/31/2030"],
        ["Customer satisfaction after a field office visit (1 to 5)", "3.6", "4.3", "06/30/2031"],
        ["Public trust in the DMV", "Not measured", "Improve", "FY2031"],
        ["Field office staff turnover", "19%", "Reduce", "Ongoing"],
    ]
    _table(s, LEFT, 420, [470, 150, 130, 114], rows, size=11, row_h=32)


def page_roadmap(c) -> None:
    s = Slide(c, 11, "ROADMAP")
    s.title("Roadmap: three state fiscal years, FY2029 to FY2031")
    s.subtitle("The state fiscal year runs July 1 to June 30: FY2029 = 07/01/2028 to 06/30/2029")
    x0, gw = 190.0, 60.0  # 12 quarters of 60 pt
    years = ["FY2029", "FY2030", "FY2031"]
    for k, fy in enumerate(years):
        s.rect(x0 + k * 4 * gw, 400, 4 * gw, 22, NAVY, WHITE, 1)
        s.text(x0 + k * 4 * gw + 2 * gw, 407, fy, BOLD, 11, WHITE, "center")
    for q in range(12):
        label = f"FY{29 + q // 4} Q{q % 4 + 1}"
        s.rect(x0 + q * gw, 380, gw, 20, PANEL, WHITE, 1)
        s.text(x0 + q * gw + gw / 2, 386, label, SANS, 8.5, INK, "center")
    phases = [
        ("Phase 1 \u00b7 Stabilize and prepare", 0, 6, "07/01/2028 \u2013 12/31/2028"),
        ("Phase 2 \u00b7 Pilot in the Capitol Region", 6, 15, "01/01/2029 \u2013 09/30/2029"),
        ("Phase 3 \u00b7 Statewide rollout", 15, 30, "10/01/2029 \u2013 12/31/2030"),
        ("Phase 4 \u00b7 Retire the mainframe and sustain", 30, 36, "01/01/2031 \u2013 06/30/2031"),
    ]
    y = 340
    for name, a, b, dates in phases:
        bx, bw = x0 + a / 3 * gw, (b - a) / 3 * gw
        s.fit(LEFT, y + 4, name.split(" \u00b7 ")[0], 130, BOLD, 11, NAVY)
        s.rect(bx, y - 4, bw, 22, TEAL, radius=4)
        label = name.split(" \u00b7 ")[1]
        if width(label, BOLD, 10) < bw - 12:
            s.text(bx + 6, y + 3, label, BOLD, 10, WHITE)
            s.text(bx + 6, y - 18, dates, SANS, 9, MUTED)
        elif a < 18:
            s.text(bx + bw + 6, y + 3, label, BOLD, 10, NAVY)
            s.text(bx + bw + 6, y - 10, dates, SANS, 9, MUTED)
        else:
            s.text(bx - 6, y + 3, label, BOLD, 10, NAVY, "right")
            s.text(bx - 6, y - 10, dates, SANS, 9, MUTED, "right")
        y -= 52
    gates = [
        (6, "Gate 1 \u00b7 Ready to pilot \u00b7 12/31/2028"),
        (15, "Gate 2 \u00b7 Go/no-go for statewide rollout \u00b7 Sept. 30, 2029"),
        (30, "Gate 3 \u00b7 Mainframe cutover complete \u00b7 12/31/2030"),
    ]
    s.text(LEFT, 112, "Gates", BOLD, 11, NAVY)
    for _k, (m, _label) in enumerate(gates):
        gx = x0 + m / 3 * gw
        s.rect(gx - 0.4, 136, 0.8, 238, GOLD)
        s.diamond(gx, 128, 7, GOLD)
    s.fit(LEFT, 92, gates[0][1], 400, SANS, 10.5, INK)
    s.fit(LEFT + 300, 92, gates[1][1], 420, SANS, 10.5, INK)
    s.fit(LEFT, 74, gates[2][1], 400, SANS, 10.5, INK)
    s.fit(
        LEFT + 300,
        74,
        "Each gate is decided by the Executive Steering Committee, with the State CIO's review",
        560,
        ITAL,
        10,
        MUTED,
    )


def page_pilot(c) -> None:
    s = Slide(c, 12, "PILOT")
    s.title("Pilot: three Capitol Region offices, January to September 2029")
    s.text(LEFT, 420, "The offices", BOLD, 12, TEAL)
    offices = [
        ("Millbrook", "urban, 410 customers a day, already on LineWise"),
        ("Harlan Falls", "260 customers a day, 44% of them served in Spanish"),
        ("Sorrel Creek", "rural, 90 customers a day, open four days a week"),
    ]
    y = 392
    for name, desc in offices:
        s.rect(LEFT, y - 8, 410, 30, PANEL)
        s.fit(LEFT + 10, y + 2, f"{name}: {desc}", 396, SANS, 11.5, INK)
        y -= 38
    s.text(LEFT, 262, "What we will test", BOLD, 12, TEAL)
    tests = [
        "Appointments and text check-in in all three offices from 01/15/2029",
        "Kiosks in Millbrook and Harlan Falls from 03/01/2029",
        "Cross-trained representatives in every pilot office",
        "Callback from the new contact center for Capitol Region callers",
        "TitleReg live for Sorrel County registrations from 06/01/2029",
    ]
    s.bullets(LEFT, 238, tests, 420, size=11.5, gap=8)
    s.rect(500, 110, 412, 326, PALE)
    s.text(516, 410, "Pass marks for Gate 2 (Sept. 30, 2029)", BOLD, 12.5, NAVY)
    marks = [
        "70% of pilot customers served within 20 minutes",
        "Visit satisfaction of 4.0 or better",
        "No rise in accessibility complaints",
        "TitleReg matches VRS on 99.9% of migrated records",
    ]
    s.bullets(516, 380, marks, 390, size=11.5, gap=10, dot=NAVY)
    s.text(516, 130, "Lead: Regional Manager, Capitol Region", ITAL, 11, MUTED)


def page_risks(c) -> None:
    s = Slide(c, 13, "RISKS")
    s.title("Risks and how we will manage them")
    rows = [
        ["Risk", "Likelihood", "Impact", "Mitigation"],
        [
            "R1 COBOL knowledge leaves before cutover",
            "High",
            "High",
            "Record every VRS batch job by 03/31/2029",
        ],
        [
            "R2 Legislature funds only Phase 1",
            "Medium",
            "High",
            "Tie three decision packages to the three gates",
        ],
        [
            "R3 CPEA objects to Saturday hours",
            "Medium",
            "Medium",
            "Staff Saturdays with volunteers first, at premium pay",
        ],
        [
            "R4 Kiosks shut out customers with disabilities",
            "Medium",
            "High",
            "Test every design with the Disability Advisory Council",
        ],
        [
            "R5 Errors in migrated vehicle records",
            "Medium",
            "High",
            "Run VRS and TitleReg in parallel for 60 days a wave",
        ],
        [
            "R6 Cloud vendor fails the state security review",
            "Low",
            "High",
            "Shortlist only vendors on the approved cloud list",
        ],
    ]
    _table(s, LEFT, 430, [330, 86, 80, 368], rows, size=10.5, row_h=40)


def page_first100(c) -> None:
    s = Slide(c, 14, "FIRST 100 DAYS")
    s.title("The first 100 days: 07/01/2028 to 10/08/2028")
    items = [
        ("07/01/2028", "Open the program office; Program Director in post"),
        ("07/15/2028", "Issue the RFP for a cloud contact center"),
        ("07/29/2028", "Give CPEA formal notice of Saturday hours and cross-training"),
        ("08/12/2028", "File the major project plan with the Office of the State CIO"),
        ("08/26/2028", "Review kiosk and MyDMV designs with the Disability Advisory Council"),
        ("09/01/2028", "Launch duplicate licenses and address changes on MyDMV"),
        ("09/15/2028", "Install LineWise in Harlan Falls and Sorrel Creek"),
        ("09/22/2028", "Start cleansing VRS records for Sorrel County"),
        ("09/29/2028", "Submit the FY2030\u2013FY2031 decision packages to the budget office"),
        ("10/08/2028", "Report on day 100 to the Joint Transportation Committee"),
    ]
    y = 420
    for date, what in items:
        s.rect(LEFT, y - 8, 96, 24, NAVY if date < "08" else TEAL, radius=3)
        s.text(LEFT + 48, y - 1, date, BOLD, 10.5, WHITE, "center")
        s.fit(LEFT + 112, y - 1, what, 740, SANS, 12.5, INK)
        y -= 33


def page_governance(c) -> None:
    s = Slide(c, 15, "GOVERNANCE")
    s.title("How we will run Open Road 2031")
    items = [
        "Sponsor: Commissioner Dana Whitfield, who chairs the Executive Steering Committee",
        "The Executive Steering Committee meets monthly, decides each gate and releases each phase's funds",
        "The Program Director runs the program office, the plan, the risk log and the gate reports",
        "The Office of the State CIO reviews the program at each gate; IV&V reports every quarter",
        "The Joint Transportation Committee receives a written progress report every quarter",
        "The Disability Advisory Council and CPEA are consulted before each phase begins",
    ]
    s.bullets(LEFT, 410, items, RIGHT - LEFT, size=13.5, gap=16)


def page_money(c) -> None:
    s = Slide(c, 16, "INVESTMENT")
    s.title("Investment: $38.3M over three fiscal years")
    rows = [
        ["$M", "FY2029", "FY2030", "FY2031", "Total"],
        ["TitleReg and data migration", "2.1", "9.6", "7.7", "19.4"],
        ["Cloud contact center", "1.6", "2.9", "1.6", "6.1"],
        ["LineWise and kiosks", "1.2", "2.6", "1.4", "5.2"],
        ["MyDMV new transactions", "0.8", "1.2", "1.0", "3.0"],
        ["Training and backfill", "0.5", "1.1", "1.1", "2.7"],
        ["Program office and IV&V", "0.6", "0.5", "0.8", "1.9"],
        ["Total", "6.8", "17.9", "13.6", "38.3"],
    ]
    _table(s, LEFT, 430, [330, 110, 110, 110, 110], rows, size=11.5, row_h=30)
    s.text(
        LEFT,
        170,
        "Funded from the Motor Vehicle Account. FY2029's $6.8M is in the enacted budget.",
        SANS,
        12,
        INK,
    )
    s.text(
        LEFT,
        150,
        "FY2030 and FY2031 ($31.5M) need an appropriation in the 2029 legislative session.",
        SANS,
        12,
        INK,
    )
    s.text(
        LEFT,
        130,
        "Retiring the mainframe saves $4.1M a year from FY2032.",
        SANS,
        12,
        INK,
    )


def page_ask(c) -> None:
    s = Slide(c, 17, "DECISIONS")
    s.title("What we ask today")
    s.rect(LEFT, 160, 418, 270, PANEL)
    s.text(LEFT + 16, 404, "We ask the Commissioner to", BOLD, 14, NAVY)
    s.bullets(
        LEFT + 16,
        370,
        [
            "Approve Open Road 2031 and its four phases",
            "Release $6.8M of FY2029 funds for Phase 1",
            "Confirm Millbrook, Harlan Falls and Sorrel Creek",
            "+as the pilot offices",
        ],
        390,
        size=12.5,
        gap=12,
    )
    s.rect(494, 160, 418, 270, PALE)
    s.text(510, 404, "We ask the Joint Transportation Committee to", BOLD, 14, NAVY)
    s.bullets(
        510,
        370,
        [
            "Support $31.5M for FY2030\u2013FY2031 from the",
            "+Motor Vehicle Account in the 2029 session",
            "Sponsor a bill letting drivers aged 70 and older",
            "+renew online every other cycle",
        ],
        390,
        size=12.5,
        gap=12,
    )


def page_appendix(c) -> None:
    s = Slide(c, 18, "APPENDIX")
    s.title("Appendix: definitions and options set aside")
    s.text(LEFT, 420, "Definitions", BOLD, 12, TEAL)
    s.bullets(
        LEFT,
        394,
        [
            "Check-in: the moment a customer takes a ticket or checks in by text",
            "Transactions: licensing, ID, registration, title and permit work in every channel",
            "Served: called to a counter, not the end of the transaction",
        ],
        RIGHT - LEFT,
        size=12,
        gap=8,
    )
    s.text(LEFT, 270, "Options set aside", BOLD, 12, TEAL)
    s.bullets(
        LEFT,
        244,
        [
            "Contract all field offices out to a private operator (rejected in April 2028)",
            "Close 11 low-volume offices to fund the program (not pursued)",
            "Same-day plate printing in field offices (parked until TitleReg is live)",
        ],
        RIGHT - LEFT,
        size=12,
        gap=8,
    )


PAGES = [
    page_cover,
    page_today,
    page_voices,
    page_ambition,
    page_pillars,
    page_online,
    page_visits,
    page_calls,
    page_core,
    page_kpis,
    page_roadmap,
    page_pilot,
    page_risks,
    page_first100,
    page_governance,
    page_money,
    page_ask,
    page_appendix,
]


def deck_bytes() -> bytes:
    _fonts()
    buf = io.BytesIO()
    c = rl_canvas.Canvas(buf, pagesize=(W, H), invariant=1, pageCompression=1, initialFontName=SANS)
    c.setTitle("Open Road 2031 - Commissioner briefing")
    c.setAuthor("Cascade DMV Program Management Office")
    c.setCreator("Microsoft PowerPoint")
    c.setProducer("macOS Version 15.5 (Build 24F74) Quartz PDFContext")
    for draw in PAGES:
        draw(c)
        c.showPage()
    c.save()
    return buf.getvalue()


# =========================================================================== the roster


def _position(pid, title, dept, code, tier, remit, reports, name, since=None):
    return {
        "positionId": pid,
        "title": title,
        "department": {"name": dept, "code": code},
        "programRole": {"tier": tier, "remit": remit},
        "reportsTo": {"positionId": reports} if reports else None,
        "incumbent": {"displayName": name, "startDate": since} if name else None,
        "status": "Filled" if name else "Vacant",
    }


POSITIONS = [
    _position(
        "P-100100",
        "Commissioner of Motor Vehicles",
        "Office of the Commissioner",
        "OOC",
        "Core",
        "Executive sponsor of Open Road 2031. Chairs the Executive Steering Committee, decides each "
        "gate and releases each phase's funds, and presents the DMV's budget requests and bills to "
        "the Governor and the Legislature.",
        None,
        "Dana Whitfield",
        "2025-02-03",
    ),
    _position(
        "P-100140",
        "Program Director, Open Road 2031",
        "Program Management Office",
        "PMO",
        "Core",
        "Runs the program office: the integrated plan and schedule, the risk log, gate reports, the "
        "monthly report to the Executive Steering Committee and the quarterly progress report to "
        "the Joint Transportation Committee. Coordinates IV&V and the State CIO's oversight.",
        "P-100100",
        "Marcus Oyelaran",
        "2028-06-01",
    ),
    _position(
        "P-200100",
        "Director, Field Services Division",
        "Field Services Division",
        "FSD",
        "Core",
        "Runs the 58 field offices: opening hours, staffing, lobby operations, LineWise queuing and "
        "appointments, kiosks in offices and the mobile service units. Owns the wait-time and "
        "visit-satisfaction measures.",
        "P-100100",
        "Rosa Delgado-Finch",
        "2019-09-16",
    ),
    _position(
        "P-200210",
        "Regional Manager, Capitol Region",
        "Field Services Division",
        "FSD",
        "Core",
        "Manages the nine Capitol Region field offices, among them Millbrook, Harlan Falls and "
        "Sorrel Creek, and leads the Open Road 2031 pilot in those three offices.",
        "P-200100",
        "Terrence Huang",
        "2022-04-11",
    ),
    _position(
        "P-300100",
        "Director, Driver Services Division",
        "Driver Services Division",
        "DSD",
        "Core",
        "Licensing policy and the business rules of the Driver Licensing System: license and ID "
        "issuance and renewal, knowledge and drive tests, the driver record, and the in-person "
        "renewal rule for drivers aged 70 and older.",
        "P-100100",
        "Janelle Brooks",
        "2020-01-06",
    ),
    _position(
        "P-400100",
        "Director, Vehicle Services Division",
        "Vehicle Services Division",
        "VSD",
        "Core",
        "Registration and title policy; business owner of VRS and of TitleReg. Runs the mail "
        "processing unit (registration renewals by mail), titles, plates and tabs.",
        "P-100100",
        "Gregory Pastor",
        "2017-07-10",
    ),
    _position(
        "P-500100",
        "Chief Information Officer",
        "Information Technology Division",
        "ITD",
        "Core",
        "Runs the Information Technology Division: DLS, VRS and the mainframe, networks, MyDMV "
        "hosting, the ACD and DMV Insight. The DMV's contact with the Office of the State CIO.",
        "P-100100",
        "Priya Raghavan",
        "2023-03-20",
    ),
    _position(
        "P-500230",
        "VRS Replacement Project Manager",
        "Information Technology Division",
        "ITD",
        "Core",
        "Delivers TitleReg: configuration, cleansing and migration of VRS records, the "
        "county-by-county cutover and the mainframe's decommissioning. Manages the TitleReg vendor "
        "and the COBOL contractors.",
        "P-500100",
        "Ben Adeyemi",
        "2027-10-02",
    ),
    _position(
        "P-500310",
        "Digital Services Manager",
        "Information Technology Division",
        "ITD",
        "Core",
        "MyDMV and the DMV website: new online transactions, online forms, the virtual assistant's "
        "content, web accessibility fixes, the Spanish pages and the live wait-time page.",
        "P-500100",
        "Sofia Lindqvist",
        "2024-08-05",
    ),
    _position(
        "P-600100",
        "Contact Center Manager",
        "Customer Contact Center",
        "CCC",
        "Core",
        "Runs the contact center in Olmstead: 160 agents, the ACD and its replacement, call "
        "scripts, the knowledge base, callback, agent hiring plans and any line for partners.",
        "P-100100",
        "Darnell Whitaker",
        "2021-05-17",
    ),
    _position(
        "P-400320",
        "Business Partner Programs Manager",
        "Vehicle Services Division",
        "VSD",
        "Core",
        "Agreements with and support for third-party partners: licensed dealers and Dealer Direct, "
        "the Cascade Automobile Association and other agents, agent fees and audits.",
        "P-400100",
        "Mei-Ling Cho",
        "2018-11-26",
    ),
    _position(
        "P-700210",
        "Training and Development Manager",
        "Human Resources",
        "HRD",
        "Core",
        "Runs the Training Academy: new-hire courses, cross-training curricula for customer "
        "service representatives, contact center agent training and training on new systems.",
        "P-700100",
        "Alan Fairweather",
        "2016-02-29",
    ),
    _position(
        "P-700100",
        "Human Resources Director",
        "Human Resources",
        "HRD",
        "Core",
        "Recruitment, job classes and classification reviews, labor relations with the CPEA, "
        "bargaining over schedules and Saturday work, and retention.",
        "P-100100",
        "Keisha Mandeville",
        "2020-10-19",
    ),
    _position(
        "P-100160",
        "Performance and Data Analytics Manager",
        "Program Management Office",
        "PMO",
        "Core",
        "Measures and reporting: the monthly performance report from DMV Insight, measure "
        "definitions and baselines, the post-visit text survey and any public survey.",
        "P-100140",
        None,
    ),
    _position(
        "P-100120",
        "Legislative Affairs Director",
        "Office of the Commissioner",
        "OOC",
        "Core",
        "Relations with the Legislature and its Joint Transportation Committee: bills and "
        "testimony, statutory changes, and the budget decision packages with the Chief Financial "
        "Officer.",
        "P-100100",
        "Howard Ng",
        "2021-01-11",
    ),
    _position(
        "P-800100",
        "Chief Financial Officer",
        "Administrative Services",
        "ADM",
        "Core",
        "Budget and forecasts of the Motor Vehicle Account, decision packages, spending controls "
        "and each phase's budget release paper.",
        "P-100100",
        "Lorraine Castellanos",
        "2018-06-04",
    ),
    _position(
        "P-500120",
        "Information Security Officer",
        "Information Technology Division",
        "ITD",
        "Extended",
        "Security reviews of new systems and cloud services; consulted before any system holds "
        "DMV data.",
        "P-500100",
        "Victor Szabo",
        "2022-09-12",
    ),
    _position(
        "P-800230",
        "Contracts and Procurement Manager",
        "Administrative Services",
        "ADM",
        "Extended",
        "Runs competitive bids and contracts with the Department of Enterprise Services; consulted "
        "on every RFP and contract.",
        "P-800100",
        "Elena Marchetti",
        "2019-03-04",
    ),
    _position(
        "X-900010",
        "Chapter President, CPEA DMV Chapter",
        "Cascade Public Employees Association",
        "CPEA",
        "Consult only",
        "Represents the DMV's bargaining-unit employees; is given notice of and consulted on changes "
        "to schedules, duties and technology. Owns no program work.",
        None,
        "Ruth Okonkwo",
        "2024-01-15",
    ),
    _position(
        "X-900020",
        "Chair, Disability Advisory Council",
        "Disability Advisory Council",
        "DAC",
        "Consult only",
        "Chairs the Council of 11 volunteer members, which reviews new public-facing services, "
        "kiosks and forms before launch. Owns no program work.",
        None,
        "Samuel Ortiz-Berg",
        "2026-07-01",
    ),
]


def roster_json() -> str:
    body = {
        "meta": {
            "page": 1,
            "pageSize": 50,
            "total": len(POSITIONS),
            "generated": "2028-06-05T14:32:07Z",
            "source": "CascadeHR Workforce API v3 /positions?program=OPENROAD2031",
            "nextPage": None,
        },
        "data": {"positions": POSITIONS},
    }
    return json.dumps(body, indent=2, ensure_ascii=False) + "\n"


# =========================================================================== org text files

ESC_CHARTER = """
# Open Road 2031 Executive Steering Committee: charter

Adopted by the Commissioner on May 28, 2028. Kept by the Program Management Office.

## Purpose

The Executive Steering Committee (ESC) directs Open Road 2031, the DMV's modernization program
for FY2029 to FY2031.

## Sponsor and chair

The Commissioner of Motor Vehicles is the program's executive sponsor and chairs the ESC.

## Members

- Commissioner of Motor Vehicles (chair)
- Director, Field Services Division
- Director, Driver Services Division
- Director, Vehicle Services Division
- Chief Information Officer
- Chief Financial Officer
- Human Resources Director
- Program Director, Open Road 2031 (secretary, non-voting)

## What the ESC decides

- Each gate: Gate 1 (ready to pilot), Gate 2 (go/no-go for statewide rollout) and Gate 3 (mainframe cutover complete).
- The release of each phase's funds, on a paper from the Chief Financial Officer.
- Changes to the program's scope, measures or pilot offices.

No phase may start until its gate decision is recorded in the ESC minutes.

## Cadence

The ESC meets monthly, on the second Tuesday. The Program Director circulates the monthly report
five working days before each meeting.

## Rules the program works within

Any contract above $500,000 must be competitively bid through the Department of Enterprise
Services, which takes at least 120 days from RFP to signature.

The Disability Advisory Council and the CPEA DMV Chapter must be consulted before each phase
starts, and their views are minuted.

The Office of the State CIO attends each gate meeting as an observer and gives its own written
review.
"""

CPEA_EXCERPT = """
# Collective bargaining agreement, Cascade Public Employees Association and the State of Cascade (DMV bargaining unit), 07/01/2027 to 06/30/2029: excerpts

Extract prepared by Human Resources for the Open Road 2031 program team, May 2028. The full agreement governs.

## Article 12: Hours of work

12.3 The Employer shall give the Union 60 days' written notice of any change to regular work
schedules, including Saturday hours, and shall bargain the impacts on request.

12.5 Saturday work is offered first to volunteers by seniority and paid at time and one half.

## Article 19: Classification

19.2 A change to the duties of a job class requires a classification review by the State Human
Resources Division before it takes effect.

## Article 22: Technology

22.1 The Employer may not use customer-facing technology to monitor the productivity of an
individual employee.

22.4 The Employer shall meet the Union at least 30 days before new technology changes the way
bargaining-unit work is done.

## Term

The agreement ends on 06/30/2029, and bargaining for its successor opens in October 2028.
"""

DAC_CHARTER = """
# Disability Advisory Council: charter (extract)

The Disability Advisory Council advises the Commissioner on the accessibility of DMV services.
It has 11 volunteer members appointed by the Commissioner for two-year terms.

## Role

The Council must review any new public-facing service, kiosk or form before it is launched.

The Council may ask for a design to be tested with its members, and the DMV pays for that
testing.

## Meetings

The Council meets quarterly; its next meetings are on 08/26/2028, 11/18/2028 and 02/24/2029.

## Support

The DMV has no in-house accessibility tester; audits are bought from an outside firm under a
statewide contract.
"""

SYSTEMS = """
# DMV systems and data inventory

Kept by the Chief Information Officer. Last reviewed April 2028.

## Driver licensing

The Driver Licensing System (DLS) went live in 2019 and handles licenses, IDs, permits, testing
and the driver record in all 58 field offices and on MyDMV.

DLS has no interface to VRS, so an address change made in DLS is keyed again into VRS by a clerk.

Drivers aged 70 and older must renew in person under CRC 46.20.120, which is why MyDMV does not
offer them a renewal.

## Vehicle registration and titles

The Vehicle Registration System (VRS) runs on the IBM z/OS mainframe in the state data center.
It is written in COBOL on an IMS database and went live in 1987.

Only two state employees can change VRS code, and both are eligible to retire before the end of
2029.

VRS holds the last 7 years of title history online; earlier title records are on microfiche at the
Records Center in Olmstead.

About 11% of VRS vehicle records carry an owner address that fails USPS address validation.

The DMV's share of the state data center's mainframe contract runs to 06/30/2031 and cannot be
ended early without a $1.2M termination charge.

TitleReg, the new registration and title platform, was bought in 2027; only its test environment
has been built.

## Online services

MyDMV is our online service portal: registration renewal, license renewal for drivers aged 21 to
69, driving record orders, and appointment booking at the offices that take appointments.

MyDMV is in English only, apart from a Spanish home page and a Spanish FAQ.

MyDMV failed 14 of 50 checks in the 2027 WCAG 2.1 AA audit, and the fixes are unfunded.

## Field offices

LineWise, our queuing and appointment system, runs at only 19 of the 58 field offices; the other
39 hand out paper numbers from a ticket dispenser.

Of the 19 LineWise offices, 12 take appointments, and each keeps its own calendar with its own
rules.

Wait times are recorded only where LineWise runs; at the other 39 offices supervisors sample the
lobby by hand twice a month.

We have no self-service kiosks in any field office.

Nine rural offices are on a 50 Mbps line or slower, which is too slow for kiosks or video
interpreting.

Licensing and registration are separate job classes, so a clerk trained in one cannot serve
customers in the other.

## Contact center

The contact center in Olmstead runs on a Telvox ACD on premises, whose vendor support ends on
06/30/2029.

The ACD cannot offer a callback: callers either hold or hang up.

Agents look answers up in a shared drive of 1,300 PDF procedures, and there is no knowledge base.

Call recordings are kept for 90 days and then deleted.

## Partners

Dealer Direct, our electronic title and registration portal for dealers, is used by 640 of the
1,100 licensed dealers.

Auto club branches enter registration renewals in their own system and send them to VRS in a
nightly batch file, and a record that VRS rejects comes back on paper the following week.

## Data and reporting

DMV Insight is our data warehouse on Oracle, loaded nightly from DLS, VRS, LineWise and the ACD;
it feeds the monthly performance report.

We do not measure public trust, and there is no survey of Cascadians who do not visit us.

The post-visit text survey runs only at the 19 LineWise offices.

## Security and hosting

A cloud service must be on the state's approved cloud services list before it holds DMV data, and
no cloud contact center product is on that list today.
"""

MEASURES = """
# Open Road 2031 measure definitions

Draft for the Executive Steering Committee, June 2028. Owner of this document: Performance and
Data Analytics Manager (post vacant; kept meanwhile by the Program Director).

| Measure | Definition | Source | Owner | FY2028 baseline |
|---|---|---|---|---|
| Field office customers served within 20 minutes of check-in | Share of LineWise tickets called to a counter within 20 minutes of check-in | LineWise via DMV Insight | Director, Field Services Division | 31% (19 offices) |
| Transactions completed online or at a kiosk | Online and kiosk transactions over all transactions, every channel | DMV Insight | Digital Services Manager | 34% |
| Calls answered within 5 minutes | Calls answered by an agent within 300 seconds of entering the queue | ACD via DMV Insight | Contact Center Manager | 22% |
| Calls abandoned before reaching an agent | Calls ended by the caller in the queue | ACD via DMV Insight | Contact Center Manager | 27% |
| Mailed registration renewals processed within 5 business days | Mailed renewals completed in VRS within 5 business days of the mail being opened | Mail unit log | Director, Vehicle Services Division | 61% |
| Dealer title applications filed electronically | Dealer title applications received through Dealer Direct | VRS | Business Partner Programs Manager | 58% |
| Registrations processed on the VRS mainframe | Registration transactions completed in VRS over all registration transactions | VRS and TitleReg | VRS Replacement Project Manager | 100% |
| Customer satisfaction after a field office visit | Mean answer (1 to 5) to the post-visit text survey | Survey vendor | Director, Field Services Division | 3.6 |
| Public trust in the DMV | To be defined | None yet | Performance and Data Analytics Manager | Not measured |
| Field office staff turnover | Separations over average headcount, field office job classes | HR system | Human Resources Director | 19% |

## Notes

Until LineWise runs in every office, the statewide wait figure leaves out 39 offices.

Mailed renewals are counted from the day the mail is opened, because the date a renewal arrives is
not recorded.

Exit interviews are not held for field office clerks, so we cannot say why they leave.

The Performance and Data Analytics Manager post has been vacant since March 2028, and until it is
filled the monthly performance report is compiled by hand in the Field Services Division.
"""

OCIO = """
# Office of the State CIO: major IT project oversight (summary for DMV program staff)

Prepared by the DMV's Chief Information Officer from State IT Policy 121, May 2028.

Any IT project of $5 million or more is a major IT project and needs the State CIO's approval at
each gate before the next phase may spend money.

A major IT project must have independent verification and validation (IV&V) from its start, paid
from its own budget.

The State CIO's office publishes each major project's status on the public IT dashboard each
quarter.

The state data center's mainframe is shared by nine agencies, and changes to its batch schedule
are made only in the monthly change window.

Open Road 2031 was designated a major IT project on 04/18/2028.
"""

LEGISLATIVE = """
OPEN ROAD 2031: BUDGET AND STATUTE NOTES
Legislative Affairs, 06/02/2028

Budget

The enacted FY2029 budget gives the DMV $6.8M for Open Road 2031 from the Motor Vehicle Account, and it funds Phase 1 only.

Money for FY2030 and FY2031 can be appropriated only in the 2029 legislative session, which runs from 01/08/2029 to 04/23/2029.

The Committee's staff expect decision packages in the budget office by 09/30/2028.

Statute

CRC 46.20.120 requires drivers aged 70 and older to renew in person, and changing it takes a bill passed by both chambers.

CRC 46.12.650 requires an original ink signature on a title transfer, so a title transfer cannot be completed fully online today.

Agents' service fee of $4.50 a transaction is set in CRC 46.01.140, and the DMV cannot change it.

The Joint Transportation Committee

The Committee has asked for a written progress report each quarter.

The Committee expects notice 30 days before any field office changes its hours.
"""

PILOT_OFFICES = """
CAPITOL REGION PILOT OFFICES: PROFILE
Regional Manager, Capitol Region, May 2028

Millbrook (urban)
410 customers a day, 22 counters, on LineWise since 2024, takes appointments.
Parking is limited to 40 spaces, and the lot is full by 9:30 on most weekdays.

Harlan Falls (suburban)
260 customers a day, 11 counters.
Harlan Falls serves 44% of its customers in Spanish, but only 4 of its 11 representatives speak Spanish.
Harlan Falls has no LineWise and hands out paper numbers.

Sorrel Creek (rural)
90 customers a day, 4 counters, in Sorrel County.
Sorrel Creek is open Tuesday to Friday only, with 5 staff.
Sorrel Creek is in a leased building, and the landlord must approve any new wiring or fixed equipment.
"""

VENDOR_EMAIL = """
From: Kira Vance <kira.vance@titlereg-solutions.com>
To: Ben Adeyemi <ben.adeyemi@dmv.cascade.gov>
Date: Mon, 22 May 2028 10:14:52 -0700
Subject: RE: TitleReg migration start and first county

Ben,

Thanks for the call on Friday. Three points to confirm in writing.

1. We cannot load production data before 01/15/2029, because our migration team is committed to another state's cutover until then.
2. Sorrel County works well as the first county: 38,000 vehicles and a single field office.
3. TitleReg does not print plates or tabs itself; the interface to your plate vendor has to be built as a separate work order.

We can start mapping VRS record layouts with your two COBOL staff in August if they have the time.

Kira Vance
Delivery Director, TitleReg Solutions
"""

PARTNERS = """
# Third-party partners: dealers and agents

Business Partner Programs, Vehicle Services Division. April 2028.

## Licensed dealers

1,100 licensed dealers file title and registration work for the vehicles they sell.

Of these, 460 dealers, most of them small used-car lots, still file their title work on paper and
mail it to Olmstead.

Dealers have no dedicated phone line and call the public contact center number.

## Agents

The Cascade Automobile Association (CAA) renews registrations at 35 branches as a DMV agent.

The CAA's agent agreement runs until 06/30/2029 and needs 180 days' notice to change its terms.

Twelve county auditors' offices also renew registrations as agents, on the same nightly batch as
the CAA.
"""

WORKFORCE = """
# Workforce summary, FY2028

Human Resources, May 2028.

The DMV employs about 2,400 people: 1,310 in the 58 field offices, 160 in the contact center,
210 in the Vehicle Services Division's mail processing unit and the rest in headquarters and
regional roles.

The Training Academy in Olmstead has 8 trainers and runs the six-week new-hire course for
customer service representatives and the four-week course for contact center agents.

Cross-training a representative takes four weeks away from the counter, and we have no backfill
pool to cover them.

A new contact center agent takes 14 weeks from the job posting to taking calls alone.

Field office clerk turnover was 19% in FY2028, against 11% across state agencies.
"""


def org_files() -> dict[str, str]:
    return {
        "people/positions-api-export.json": roster_json(),
        "governance/open-road-2031-executive-steering-committee-charter.md": ESC_CHARTER,
        "governance/cpea-collective-bargaining-agreement-excerpts.md": CPEA_EXCERPT,
        "governance/disability-advisory-council-charter.md": DAC_CHARTER,
        "systems/dmv-systems-and-data-inventory.md": SYSTEMS,
        "measures/open-road-2031-measure-definitions.md": MEASURES,
        "context/ocio-major-project-oversight-summary.md": OCIO,
        "context/legislative-affairs-budget-and-statute-notes.txt": LEGISLATIVE,
        "context/capitol-region-pilot-offices.txt": PILOT_OFFICES,
        "context/email-2028-05-22-titlereg-migration-start.txt": VENDOR_EMAIL,
        "context/dealers-and-agents.md": PARTNERS,
        "context/workforce-summary-fy2028.md": WORKFORCE,
    }


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
    root = out / CASE
    root.mkdir(parents=True, exist_ok=True)
    (root / DECK).write_bytes(deck_bytes())
    for rel, body in org_files().items():
        path = root / "org" / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(body.lstrip("\n"), encoding="utf-8")


if __name__ == "__main__":
    main()
