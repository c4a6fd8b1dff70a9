"""Build the blind18 case ``fire-rescue``: its deck and its org folder, deterministically.

Run from the repository root with a Python that has reportlab (it is not in the project's
lock; the ``/tmp/rl`` venv of the other PDF cases has it):

    /tmp/rl/bin/python evals/blind18/build_fire_rescue.py [out-folder]

Writes, under ``evals/blind18/fire-rescue/`` (or ``<out-folder>/fire-rescue/``), every file of
the case but ``gold.json``:

- ``crmp-2028-32-fire-authority-item-7-22-feb-2028.pdf``: a county fire and rescue service's
  Community Risk Management Plan delivery deck for its Fire Authority, drawn the way a LaTeX
  Beamer deck compiled with pdfTeX looks (no TeX is installed here, so reportlab's canvas
  imitates it): 16:9 frames of 160 x 90 mm (453.5 x 255.1 pt), a coloured head bar holding
  each frame title, an infolines-style footer of three boxes (author, short title, date and a
  "3 / 21" frame counter), itemize bullets drawn as small triangles (paths, not text) on two
  levels, enumerate numbers as text, titled blocks, booktabs-style ``tabular`` tables (the KPI
  table, the roadmap, the risks) and a title frame with title, subtitle, author, institute and
  date. The file says what pdfTeX says: version 1.5, pdfTeX's binary comment, Producer
  "pdfTeX-1.40.25", Creator "LaTeX with Beamer class", a fixed CreationDate and ModDate,
  Trapped and PTEX.Fullbanner; reportlab's comments are blanked at their own length so no
  offset moves. The glyphs are DejaVu Sans Condensed (Debian's ``fonts-dejavu-core`` and
  ``-extra``), their subsets named CMSS10 and CMSSBX10 as Beamer's default sans fonts are.
- ``org/``: the organisation structure as YAML kept in an org-chart-as-code repository
  (``people/structure.yaml``: directorates, teams, posts with title, grade, reports_to and a
  ``|`` remit; consulted bodies in their own section), the Fire Authority's scheme of
  delegation, the CRMP Delivery Board's terms of reference, the Project Kestrel brief, the
  systems and data register, the CRMP measures, the FBU local agreement extract and a
  stations and crewing note.

Re-running it rewrites every file byte for byte: reportlab's invariant mode plus a fixed
information dictionary for the PDF, and the org files as literal strings. It never touches
``gold.json``.

This is a BLIND case (split "blind18").
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

HERE = Path(__file__).resolve().parent
CASE = "fire-rescue"
DECK = "crmp-2028-32-fire-authority-item-7-22-feb-2028.pdf"

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
SANS = "CMSS10"
BOLD = "CMSSBX10"
FONT_FILES = {SANS: "DejaVuSansCondensed.ttf", BOLD: "DejaVuSansCondensed-Bold.ttf"}

MM = 72 / 25.4
W, H = 160 * MM, 90 * MM  # Beamer's aspectratio=169 page, 453.5 x 255.1 pt
MARGIN = 10 * MM  # Beamer's text margins (1 cm)
BAR = 24.0  # the frame title's head bar
FOOT = 9.0  # the footline's height


Color = tuple[float, float, float]
INK: Color = (0.0, 0.0, 0.0)
RED: Color = (0.6, 0.09, 0.11)  # structure colour ("marlred")
DARK: Color = (0.38, 0.05, 0.07)
MID: Color = (0.6, 0.09, 0.11)
PALE: Color = (0.82, 0.58, 0.58)
TINT: Color = (0.96, 0.91, 0.91)
GREY: Color = (0.35, 0.35, 0.35)
WHITE: Color = (1.0, 1.0, 1.0)

FRAMES = 21
AUTHOR = "H. Varley (Marlshire FRS)"
SHORT_TITLE = "Safer Marlshire: CRMP 2028\u20132032"
SHORT_DATE = "22 February 2028"
PDF_DATE = "D:20280215103000Z"
BANNER = (
    "This is pdfTeX, Version 3.141592653-2.6-1.40.25 (TeX Live 2023/Debian) kpathsea version 6.3.5"
)
OVERFLOW: list[str] = []  # lines or frames that do not fit: the builder refuses to save them


def _fonts() -> None:
    for name, file in FONT_FILES.items():
        if name not in pdfmetrics.getRegisteredFontNames():
            font = TTFont(name, str(FONT_DIR / file))
            font.face.name = name.encode("ascii")  # subsets named as pdfTeX names Beamer's fonts
            pdfmetrics.registerFont(font)


class _Info(pdfdoc.PDFInfo):
    """The information dictionary hyperref and pdfTeX write for a Beamer deck, in their order,
    at a fixed date (reportlab's invariant mode would say 2000)."""

    def format(self, document):  # type: ignore[no-untyped-def]
        d = {
            "Author": pdfdoc.PDFString("Helen Varley, Chief Fire Officer"),
            "Title": pdfdoc.PDFString("Safer Marlshire: Community Risk Management Plan 2028-2032"),
            "Subject": pdfdoc.PDFString("Fire Authority, 22 February 2028, item 7"),
            "Keywords": pdfdoc.PDFString("CRMP, delivery plan"),
            "Creator": pdfdoc.PDFString("LaTeX with Beamer class"),
            "Producer": pdfdoc.PDFString("pdfTeX-1.40.25"),
            "CreationDate": pdfdoc.PDFString(PDF_DATE),
            "ModDate": pdfdoc.PDFString(PDF_DATE),
            "Trapped": pdfdoc.PDFName("False"),
            "PTEX.Fullbanner": pdfdoc.PDFString(BANNER),
        }
        return pdfdoc.PDFDictionary(d).format(document)


def _pdftex_bytes(path: Path) -> None:
    """reportlab's header as pdfTeX's: version 1.5 and pdfTeX's binary comment, reportlab's
    comments blanked at their own length, so that no offset moves."""
    data = path.read_bytes()
    head, rest = data.split(b"\n", 1)
    comment, rest = rest.split(b"\n", 1)
    assert head == b"%PDF-1.3" and b"ReportLab" in comment, (head, comment)
    blank = b"%\xd0\xd4\xc5\xd8" + b" " * (len(comment) - 5)
    trailer = b"% ReportLab generated PDF document -- digest (opensource)"
    assert rest.count(trailer) == 1
    rest = rest.replace(trailer, b"%" + b" " * (len(trailer) - 1))
    path.write_bytes(b"%PDF-1.5\n" + blank + b"\n" + rest)


def wrap(s: str, font: str, size: float, width: float) -> list[str]:
    """Words of ``s`` in lines no wider than ``width``, as TeX's ragged right would set them."""
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


# =========================================================================== the Beamer canvas

Body = Callable[["Deck"], None]


class Deck:
    """A reportlab canvas that sets frames the way Beamer's default layout does: a frame's
    body is set once without drawing to measure it, then drawn centred between the head bar
    and the footline."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.c = rl_canvas.Canvas(
            str(path),
            pagesize=(W, H),
            invariant=1,
            pageCompression=1,
            initialFontName=SANS,
            initialFontSize=9,
        )
        self.c._doc.info = _Info()
        self.n = 0
        self.y = 0.0
        self.dry = False

    # ---------------------------------------------------------------- text and shapes
    def text(
        self, x: float, y: float, s: str, size: float, font: str = SANS, color: Color = INK
    ) -> float:
        if not self.dry:
            t = self.c.beginText(x, y)
            t.setFont(font, size)
            t.setFillColorRGB(*color)
            t.textOut(s)
            self.c.drawText(t)
        return stringWidth(s, font, size)

    def runs(self, x: float, y: float, parts: list[tuple[str, str, Color]], size: float) -> None:
        """One line of runs (font, text, colour) in one text object, as TeX sets a line."""
        if self.dry:
            return
        t = self.c.beginText(x, y)
        for font, s, color in parts:
            t.setFont(font, size)
            t.setFillColorRGB(*color)
            t.textOut(s)
        self.c.drawText(t)

    def centred(self, y: float, s: str, size: float, font: str = SANS, color: Color = INK) -> None:
        self.text((W - stringWidth(s, font, size)) / 2, y, s, size, font, color)

    def rect(self, x: float, y: float, w: float, h: float, fill: Color) -> None:
        if not self.dry:
            self.c.setFillColorRGB(*fill)
            self.c.rect(x, y, w, h, fill=1, stroke=0)

    def round_rect(self, x: float, y: float, w: float, h: float, fill: Color) -> None:
        if not self.dry:
            self.c.setFillColorRGB(*fill)
            self.c.roundRect(x, y, w, h, 3, fill=1, stroke=0)

    def rule(self, x1: float, x2: float, y: float, width: float) -> None:
        if not self.dry:
            self.c.setStrokeColorRGB(*INK)
            self.c.setLineWidth(width)
            self.c.line(x1, y, x2, y)

    def triangle(self, x: float, y: float, size: float) -> None:
        """Beamer's itemize triangle, a filled path in the structure colour."""
        if self.dry:
            return
        p = self.c.beginPath()
        p.moveTo(x, y)
        p.lineTo(x + size * 0.9, y + size / 2)
        p.lineTo(x, y + size)
        p.close()
        self.c.setFillColorRGB(*RED)
        self.c.drawPath(p, fill=1, stroke=0)

    # ---------------------------------------------------------------- frames
    def frame(self, title: str, body: Body) -> None:
        """A frame: the head bar with its title, the body centred, the footline."""
        self.n += 1
        self.rect(0, H - BAR, W, BAR, DARK)
        self.text(MARGIN * 0.6, H - BAR + 8.5, title, 12, SANS, WHITE)
        if stringWidth(title, SANS, 12) > W - MARGIN * 1.2:
            OVERFLOW.append(f"frame {self.n}: title too wide: {title}")
        self.dry, self.y = True, 0.0
        body(self)
        height = -self.y
        room_top, room_bottom = H - BAR - 6, FOOT + 4
        self.dry = False
        self.y = (room_top + room_bottom) / 2 + height / 2 - 7
        body(self)
        if self.y + 2 < room_bottom or height > room_top - room_bottom + 4:
            OVERFLOW.append(f"frame {self.n}: body too tall ({height:.0f} pt)")
        self.footline()
        self.c.showPage()

    def title_frame(self, draw: Body) -> None:
        self.n += 1
        draw(self)
        self.footline()
        self.c.showPage()

    def footline(self) -> None:
        third = W / 3
        for k, fill in enumerate((DARK, MID, PALE)):
            self.rect(k * third, 0, third, FOOT, fill)
        self.text((third - stringWidth(AUTHOR, SANS, 5.5)) / 2, 3, AUTHOR, 5.5, SANS, WHITE)
        mid = third + (third - stringWidth(SHORT_TITLE, SANS, 5.5)) / 2
        self.text(mid, 3, SHORT_TITLE, 5.5, SANS, WHITE)
        count = f"{self.n} / {FRAMES}"
        self.text(2 * third + 18, 3, SHORT_DATE, 5.5, SANS, INK)
        self.text(W - 8 - stringWidth(count, SANS, 5.5), 3, count, 5.5, SANS, INK)

    def finish(self) -> None:
        if self.n != FRAMES:
            OVERFLOW.append(f"{self.n} frames, FRAMES says {FRAMES}")
        if OVERFLOW:
            raise SystemExit("refusing to save:\n" + "\n".join(OVERFLOW))
        self.c.save()
        _pdftex_bytes(self.path)

    # ---------------------------------------------------------------- body
    def gap(self, points: float) -> None:
        self.y -= points

    def para(
        self,
        s: str,
        size: float = 10,
        font: str = SANS,
        color: Color = INK,
        x: float = MARGIN,
        width: float | None = None,
        leading: float | None = None,
    ) -> None:
        lead = leading or size * 1.25
        for line in wrap(s, font, size, width or (W - MARGIN - x)):
            self.text(x, self.y, line, size, font, color)
            self.y -= lead

    def lead_para(self, lead: str, rest: str, size: float = 10, x: float = MARGIN) -> None:
        """A paragraph opening with a bold lead-in in the structure colour (one text object
        with the rest of its first line)."""
        width = W - MARGIN - x
        first = wrap(rest, SANS, size, width - stringWidth(lead + " ", BOLD, size))[0]
        self.runs(x, self.y, [(BOLD, lead + " ", RED), (SANS, first, INK)], size)
        self.y -= size * 1.25
        remainder = rest[len(first) :].strip()
        if remainder:
            self.para(remainder, size, x=x, width=width)

    def items(
        self,
        entries: list[tuple[int, str]],
        size: float = 10,
        x: float = MARGIN,
        width: float | None = None,
        space: float = 3,
    ) -> None:
        """An itemize list: level 1 and level 2 items, each a triangle and its text wrapped
        with a hanging indent; level 2 one size smaller."""
        right = x + (width if width is not None else W - MARGIN - x)
        for level, s in entries:
            fsize = size if level == 1 else size - 1
            indent = x + (2 if level == 1 else 16)
            body = indent + fsize * 1.1
            self.triangle(indent, self.y + fsize * 0.08, fsize * (0.5 if level == 1 else 0.42))
            for line in wrap(s, SANS, fsize, right - body):
                self.text(body, self.y, line, fsize)
                self.y -= fsize * 1.22
            self.y -= space if level == 1 else space - 1

    def numbered(self, entries: list[str], size: float = 10, space: float = 3) -> None:
        """An enumerate list: each number is text in the structure colour, in one text object
        with the first line of its item."""
        x = MARGIN + 2
        for k, s in enumerate(entries, start=1):
            number = f"{k}."
            lines = wrap(s, SANS, size, W - MARGIN - x - size * 1.4)
            pad = " " * 1
            self.runs(x, self.y, [(SANS, number + pad, RED), (SANS, lines[0], INK)], size)
            self.y -= size * 1.22
            for line in lines[1:]:
                self.text(x + stringWidth(number + pad, SANS, size), self.y, line, size)
                self.y -= size * 1.22
            self.y -= space

    def block(
        self,
        title: str,
        body: list[str],
        x: float = MARGIN,
        width: float | None = None,
        size: float = 9,
    ) -> None:
        """A Beamer block: a title bar in the structure colour over a tinted body of items."""
        w = width if width is not None else W - 2 * MARGIN
        lines: list[tuple[bool, str]] = []
        for s in body:
            for k, line in enumerate(wrap(s, SANS, size, w - 8 - size * 1.1)):
                lines.append((k == 0, line))
        lead = size * 1.22
        head = size + 6
        height = head + len(lines) * lead + 5
        top = self.y + size
        self.round_rect(x, top - height, w, height, TINT)
        self.round_rect(x, top - head, w, head, RED)
        self.rect(x, top - head, w, 3, RED)
        self.text(x + 4, top - head + 4, title, size, BOLD, WHITE)
        y = top - head - size - 2
        for first, line in lines:
            if first:
                self.triangle(x + 4, y + size * 0.08, size * 0.45)
            self.text(x + 4 + size * 1.1, y, line, size)
            y -= lead
        self.y = top - height - size - 4

    def table(
        self,
        widths: list[float],
        header: list[str],
        rows: list[list[str]],
        size: float = 8,
        bold_first: bool = False,
    ) -> None:
        """A booktabs tabular: top, mid and bottom rules, cells set left and wrapped in their
        column (p{} columns), each row shipped cell by cell as TeX ships it."""
        x = MARGIN
        total = sum(widths)
        lead = size * 1.2
        pad = 3.0
        self.rule(x, x + total, self.y + size + 2, 0.8)  # \toprule
        cx = x
        for w, s in zip(widths, header, strict=True):
            if stringWidth(s, BOLD, size) > w - pad:
                OVERFLOW.append(f"frame {self.n}: header cell too wide: {s}")
            self.text(cx + pad, self.y, s, size, BOLD, INK)
            cx += w
        self.rule(x, x + total, self.y - 3, 0.5)  # \midrule
        self.y -= size + 5
        for row in rows:
            cx = x
            deepest = 1
            for k, (w, s) in enumerate(zip(widths, row, strict=True)):
                font = BOLD if bold_first and k == 0 else SANS
                lines = wrap(s, font, size, w - 2 * pad) if s else []
                for j, line in enumerate(lines):
                    self.text(cx + pad, self.y - j * lead, line, size, font, INK)
                deepest = max(deepest, len(lines))
                cx += w
            self.y -= deepest * lead + 1
        self.rule(x, x + total, self.y + size - 1, 0.8)  # \bottomrule
        self.y -= 9


# =========================================================================== the deck


def _title(d: Deck) -> None:
    d.round_rect(MARGIN * 1.5, H - 112, W - 3 * MARGIN, 52, RED)
    d.centred(H - 80, "Safer Marlshire", 17, SANS, WHITE)
    d.centred(H - 100, "Community Risk Management Plan 2028\u20132032: how we will deliver it",
              8.5, SANS, WHITE)  # fmt: skip
    d.centred(H - 136, "Helen Varley, Chief Fire Officer", 9)
    d.centred(H - 148, "Marcus Oyelaran, Deputy Chief Fire Officer", 9)
    d.centred(H - 170, "Marlshire Fire and Rescue Service", 8, SANS, GREY)
    d.centred(H - 190, "Fire Authority, 22 February 2028 \u00b7 Agenda item 7 \u00b7 For decision",
              8, SANS, GREY)  # fmt: skip


def _where(d: Deck) -> None:
    d.items(
        [
            (1, "13,900 home fire safety visits in 2026/27; 5,280 of them at homes we rate high risk"),
            (1, "On-call engines stood down for lack of crew on 4,120 shifts in 2026/27"),
            (1, "MOBIS 6, our mobilising system since 2013, loses its supplier support in September 2030"),
            (1, "HMICFRS (2027): protection \u2018requires improvement\u2019"),
            (2, "we audited 198 of our 412 high-risk premises on time last year"),
            (1, "Incident reports take 23 days on average to reach the Home Office"),
            (1, "Station performance is reported for eight stations out of 24"),
        ],
        size=9,
        space=2,
    )  # fmt: skip
    d.gap(4)
    d.block(
        "For context, not targets",
        [
            "Accidental dwelling fires fell by 18% over CRMP 2024\u20132028.",
            "Dunmere FRS reaches 84% of dwelling fires within 10 minutes.",
            "Our precept may rise by no more than 2.99% in 2028/29.",
        ],
        size=8.5,
    )


def _ambition(d: Deck) -> None:
    d.para(
        "A Marlshire where fewer people are hurt by fire, and help arrives fast wherever "
        "they live.",
        size=12,
        font=BOLD,
        color=RED,
        leading=15,
    )
    d.gap(6)
    d.para("By 31 March 2032 we will:", 10)
    d.items(
        [
            (1, "cut accidental dwelling fires to 7 per 10,000 homes"),
            (1, "reach eight in ten dwelling fires within 10 minutes"),
        ]
    )
    d.gap(4)
    d.lead_para(
        "Four pillars:",
        "Prevention, Response, Mobilising and Protection, all reported from one set of numbers.",
        9.5,
    )
    d.gap(2)
    d.lead_para(
        "Four phases:",
        "we get there through Discovery, then Alpha, then Beta, then Live, with a gate "
        "between each.",
        9.5,
    )
    d.gap(2)
    d.lead_para(
        "One proving ground:",
        "the on-call availability app goes first to one on-call station group, the one "
        "with the thinnest cover in the county.",
        9.5,
    )


def _clock(d: Deck) -> None:
    d.items(
        [
            (1, "CRMP 2028\u20132032 runs for four plan years from 1 April 2028; Plan Year 1 is 2028/29."),
            (1, "A plan year runs from 1 April to 31 March, so the plan ends on 31 March 2032."),
            (1, "We run the programme on the phases of Project Kestrel, our new mobilising system, "
                "because the switch-over is our critical path:"),
            (2, "Discovery: Apr \u2013 Sep 2028"),
            (2, "Alpha: Oct 2028 \u2013 Mar 2029"),
            (2, "Beta: Apr 2029 \u2013 Mar 2030, with live running from January 2030"),
            (2, "Live: from go-live to the end of Plan Year 4"),
            (1, "Prevention, on-call and protection work is timed in plan years (PY1 to PY4) and "
                "meets the phases at each gate."),
            (1, "A target falls due at the end of its plan year unless its line says otherwise."),
        ],
        size=9.5,
        space=2,
    )  # fmt: skip


def _scope(d: Deck) -> None:
    d.numbered(
        [
            "A high-risk household referred to us by adult social care",
            "A night-time house fire in a village served by an on-call engine",
            "A 999 call taken in Marlshire Fire Control on the new mobilising system",
            "An audit of a high-risk residential building with its responsible person",
        ]
    )
    d.gap(6)
    d.block(
        "Not in this plan",
        [
            "Wildfire and moorland fires",
            "Water and flood rescue",
            "Co-responding to medical calls",
            "Fleet and estates",
            "Commercial training income",
        ],
        width=W / 2,
    )


def _prevention(d: Deck) -> None:
    d.lead_para("Goal:", "70% of our home fire safety visits at high-risk homes by March 2030.")
    d.gap(6)
    d.items(
        [
            (1, "Rank all 318,000 Marlshire homes by fire risk in the Prevention Risk Model"),
            (2, "built from our incident history, housing data and adult social care referrals"),
            (1, "Take adult social care referrals straight into Hearth, without re-keying"),
            (1, "Give each watch a monthly list of high-risk homes near its station"),
            (1, "Train all wholetime watches to deliver the revised home fire safety visit"),
            (2, "to the Fire Standards Board\u2019s Prevention standard"),
        ]
    )  # fmt: skip


def _on_call(d: Deck) -> None:
    d.lead_para("Goal:", "on-call engines available 90% of the time by the end of Plan Year 3.")
    d.lead_para(
        "Goal:", "all 16 on-call stations on the availability app by the end of Plan Year 3."
    )
    d.gap(6)
    d.items(
        [
            (1, "Replace station availability spreadsheets with an on-call availability app"),
            (2, "crews set their own availability; Fire Control sees it as it changes"),
            (1, "Offer on-call firefighters a banded contract of 60, 90 or 120 hours"),
            (1, "Recruit 60 on-call firefighters where cover is thinnest"),
            (1, "Share day-crew cover between neighbouring on-call stations"),
        ]
    )  # fmt: skip


def _mobilising(d: Deck) -> None:
    d.lead_para("Goal:", "switch Fire Control to the new mobilising system by 1 April 2030.")
    d.lead_para("Goal:", "answer 95% of 999 calls within 7 seconds within a year of go-live.")
    d.gap(6)
    d.items(
        [
            (1, "Replace MOBIS 6 through Project Kestrel, bought on a national framework"),
            (1, "Cleanse the gazetteer\u2019s address data for 4,100 rural properties"),
            (1, "Train all 34 control operators on the new system before live running"),
            (1, "Rewrite the fallback-to-paper procedure with Dunmere\u2019s control room"),
            (2, "Dunmere takes our 999 calls if both systems are down"),
        ]
    )  # fmt: skip


def _protection(d: Deck) -> None:
    d.lead_para("Goal:", "audit 95% of high-risk premises on time by the end of Plan Year 3.")
    d.gap(6)
    d.items(
        [
            (1, "Audit the 412 high-risk premises on a risk-based inspection programme"),
            (1, "Certify 12 more inspecting officers to the Level 4 Diploma in Fire Safety"),
            (1, "Move pre-2024 audit files from paper into Sentry"),
            (1, "Answer every building control consultation within 15 working days"),
            (1, "Brief the responsible person of every high-rise residential building each year"),
        ]
    )  # fmt: skip


def _numbers(d: Deck) -> None:
    d.lead_para("Ambition:", "make our station performance reporting the best in the sector.")
    d.lead_para(
        "Goal:", "95% of incident reports checked within 10 days by the end of Plan Year 2."
    )
    d.gap(6)
    d.items(
        [
            (1, "Publish a monthly performance report for every station, on-call included"),
            (1, "Check every incident report within 10 days of the incident"),
            (1, "Feed app availability and Kestrel call times into Keel"),
            (1, "Keep engine location data long enough to study response times"),
        ]
    )  # fmt: skip


def _kpis(d: Deck) -> None:
    d.table(
        [190, 62, 62, 83],
        ["Measure", "2026/27", "Target", "By"],
        [
            ["Home fire safety visits at high-risk homes", "38%", "70%", "End of PY2"],
            ["Accidental dwelling fires per 10,000 homes", "8.4", "7.0", "End of PY4"],
            ["Dwelling fires reached within 10 minutes", "69%", "80%", "End of PY4"],
            ["On-call engine availability", "71%", "90%", "End of PY3"],
            ["999 calls answered within 7 seconds", "86%", "95%", "Live + 12 months"],
            ["Call to first engine mobilised (median)", "104 s", "80 s", "Live + 12 months"],
            ["High-risk premises audited on time", "48%", "95%", "End of PY3"],
            ["Incident reports quality-checked in 10 days", "58%", "95%", "End of PY2"],
            ["Residents who trust us to keep them safe", "81%", "Higher", "\u2013"],
        ],
        size=8,
    )
    d.para(
        "PY = plan year (PY1 = 2028/29). \u2018Live + 12 months\u2019 counts from go-live of "
        "the new mobilising system.",
        7,
        color=GREY,
    )


def _roadmap(d: Deck) -> None:
    d.table(
        [58, 65, 65, 65, 66, 78],
        ["Workstream", "PY1 2028/29", "PY2 2029/30", "PY3 2030/31", "PY4 2031/32",
         "Next CRMP (2032+)"],
        [
            ["Phase", "Discovery, Alpha", "Beta", "Live", "Live", "Not in this plan"],
            ["Mobilising", "Supplier chosen", "Build, live run", "Go-live; MOBIS off",
             "Improve", "Re-tender support"],
            ["Prevention", "Risk model", "Targeted visits", "Refresh model", "Refresh model",
             "Next model"],
            ["On-call", "App chosen", "Pilot group", "All 16 stations", "Banded contracts",
             "Duty system review"],
            ["Protection", "Audit plan", "Certify officers", "95% on time", "Sustain",
             "Re-rank premises"],
            ["Data", "Keel feeds", "Station reports", "Monthly reports", "Sustain",
             "Next platform"],
            ["Gates", "A (Sep), B (Mar)", "C: go-live", "", "Close (Mar 2032)", ""],
        ],
        size=7,
        bold_first=True,
    )  # fmt: skip
    d.para(
        "Cells under Next CRMP (2032+) are not part of this plan; they show the Authority "
        "what follows it.",
        7,
        color=GREY,
    )


def _gates(d: Deck) -> None:
    d.block(
        "Gate A \u00b7 end of Discovery (September 2028)",
        [
            "Outline business case for Kestrel approved by the Delivery Board",
            "Control room processes mapped with operators on every watch",
        ],
        size=8,
    )
    d.block(
        "Gate B \u00b7 end of Alpha (March 2029)",
        [
            "Full business case approved and the contract awarded by the Authority",
            "On-call availability feed proven in Kestrel\u2019s test system",
        ],
        size=8,
    )
    d.block(
        "Gate C \u00b7 go-live",
        [
            "Live once the Beta has run 12 weeks without a fallback to paper",
            "All 34 control operators signed off on the new system",
            "Dunmere\u2019s control room able to take our calls on the new system",
            "All three met by the end of Plan Year 2",
        ],
        size=8,
    )
    d.lead_para("After Gate C:", "MOBIS 6 switched off at go-live + 6 months.", 8.5)


def _pilot(d: Deck) -> None:
    d.para(
        "First at the three on-call stations of the Brackdale group: Brackdale, Tolsey "
        "Bridge and Scarrow.",
        10,
        BOLD,
        RED,
    )
    d.para("From September 2029, for 26 weeks, during Kestrel\u2019s Beta.", 9)
    d.gap(4)
    d.numbered(
        [
            "Agree the pilot\u2019s rules with the FBU Brigade Committee before day one",
            "Issue the app to all 41 firefighters of the three stations",
            "Run the spreadsheet and the app side by side for the first eight weeks",
            "Feed app availability to Fire Control through the Beta system",
            "Report availability and crews\u2019 feedback to the Delivery Board each month",
        ],
        size=9,
        space=2,
    )
    d.gap(2)
    d.lead_para(
        "Pass mark:", "availability at the three stations up from 64% to 80% by week 26.", 9
    )


def _risks(d: Deck) -> None:
    d.table(
        [158, 50, 189],
        ["Risk", "Likelihood", "Mitigation"],
        [
            ["Kestrel not live before MOBIS 6 support ends", "Medium",
             "Keep six months between planned go-live and the end of support"],
            ["On-call crews do not use the app", "Medium",
             "Design the app\u2019s screens with Brackdale crews"],
            ["Control operators leave during the Beta", "High",
             "Recruit four control operators ahead of the Beta"],
            ["Adult social care referrals stay on email", "Medium",
             "Key referrals centrally until the Hearth link works"],
            ["Certified inspectors leave for private practice", "High",
             "Tie Level 4 funding to three years\u2019 service"],
        ],
        size=8,
    )  # fmt: skip


def _first_100(d: Deck) -> None:
    d.para("3 April to 11 July 2028", 8.5, color=GREY)
    d.gap(3)
    d.items(
        [
            (1, "Appoint the Kestrel project team and its technical lead (DCFO)"),
            (1, "Open consultation on the availability app with the FBU (Head of People)"),
            (1, "Sign the data-sharing agreement with adult social care (Prevention Manager)"),
            (1, "Start the gazetteer clean-up in the northern villages (Control Systems Lead)"),
            (1, "Set up station feeds from Keel to Power BI (Head of Performance & Data)"),
            (1, "Publish the 2028/29 audit programme for high-risk premises (Head of Protection)"),
            (1, "Fix the Brackdale stations\u2019 start date with their crews (On-Call Manager)"),
        ],
        size=9,
        space=2,
    )  # fmt: skip


def _monday(d: Deck) -> None:
    d.items(
        [
            (1, "Crews book home visits from the Hearth risk list, not street by street"),
            (1, "Fire Control logs every fallback to paper, with its cause"),
            (1, "Station managers review their on-call gaps every Monday morning"),
            (1, "The Delivery Board meets monthly, chaired by the DCFO"),
        ],
        space=5,
    )  # fmt: skip


def _who(d: Deck) -> None:
    d.items(
        [
            (1, "Sponsor: Helen Varley, Chief Fire Officer, answerable to the Fire Authority"),
            (1, "Senior responsible owner: Marcus Oyelaran, Deputy Chief Fire Officer, chair of "
                "the CRMP Delivery Board"),
            (1, "The Board takes the gate decisions the Authority delegates; the Authority "
                "awards the Kestrel contract"),
            (1, "The Scrutiny Panel reviews progress in April and October"),
            (1, "The FBU Brigade Committee is consulted on every change to duty systems and "
                "availability recording"),
            (1, "Quarterly report to the Authority on the nine measures"),
        ],
        size=9.5,
    )  # fmt: skip


def _costs(d: Deck) -> None:
    d.items(
        [
            (1, "\u00a36.8m over the four plan years; \u00a32.1m of it in 2028/29, inside the "
                "budget the Authority set on 8 February 2028"),
            (1, "Kestrel: \u00a33.9m capital, with the contract award at Gate B"),
            (1, "On-call app and banded contracts: \u00a31.4m over four years"),
            (1, "Savings of \u00a30.4m a year from 2031/32, once MOBIS 6 support is no longer paid"),
        ],
        space=5,
    )  # fmt: skip


def _beyond(d: Deck) -> None:
    d.para("Shown so the Authority sees what follows; none of it is in CRMP 2028\u20132032.", 10)
    d.gap(4)
    d.items(
        [
            (1, "A joint control room with Dunmere FRS"),
            (1, "A new duty system for the two day-crewed stations"),
            (1, "Re-tendering Kestrel\u2019s support in 2034"),
        ]
    )  # fmt: skip


def _asks(d: Deck) -> None:
    d.numbered(
        [
            "Approve Safer Marlshire, CRMP 2028\u20132032, for delivery by the end of Plan Year 4",
            "Release \u00a32.1m for Plan Year 1",
            "Agree the Brackdale group as the first group for the availability app",
            "Delegate Gates A and C to the CRMP Delivery Board, chaired by the DCFO",
            "Note that the Kestrel contract award at Gate B comes back to the Authority",
        ],
        space=5,
    )  # fmt: skip


FRAME_BODIES: list[tuple[str, Body]] = [
    ("Where we start", _where),
    ("Our ambition for 2032", _ambition),
    ("The clock we plan on", _clock),
    ("Four moments this plan is built around", _scope),
    ("Knocking on the right doors", _prevention),
    ("Engines with crews on them", _on_call),
    ("One call, no paper", _mobilising),
    ("Buildings that keep people safe", _protection),
    ("One set of numbers", _numbers),
    ("Nine measures the Authority will see each quarter", _kpis),
    ("Four plan years on one page", _roadmap),
    ("What good looks like at each gate", _gates),
    ("Proving it where cover is thinnest", _pilot),
    ("What could knock us off course", _risks),
    ("Clearing the ground: our first 100 days", _first_100),
    ("What changes on Monday 3 April 2028", _monday),
    ("Who decides", _who),
    ("What it costs", _costs),
    ("Next CRMP (2032+): beyond this plan", _beyond),
    ("What we ask of the Authority today", _asks),
]


def build_deck(path: Path) -> None:
    _fonts()
    d = Deck(path)
    d.title_frame(_title)
    for title, body in FRAME_BODIES:
        d.frame(title, body)
    d.finish()


# =========================================================================== the org folder

STRUCTURE = """\
# org-chart/structure.yaml
# Marlshire Fire and Rescue Service: the organisation, post by post.
#
# This file is the source of the intranet org chart and of the establishment report
# (`make chart`, `make establishment`). Change it by merge request; People Services
# approve every merge. Posts are keyed by post id. `reports_to` is a post id, or
# `fire-authority` for the Chief Fire Officer, who answers to the Authority itself.
# A remit says what the post owns. Where a remit is held in a governance document,
# the remit points to it and that document is the one to change.

version: 14
as_at: 2028-01-31
service: Marlshire Fire and Rescue Service

grades:
  brigade: &brigade Brigade Manager
  group: &group Group Manager
  station: &station Station Manager
  sg9: &sg9 Support Grade 9
  sg8: &sg8 Support Grade 8

directorates:
  office-of-the-chief:
    name: Office of the Chief Fire Officer
    teams:
      executive:
        name: Executive team
        posts:
          cfo:
            title: Chief Fire Officer
            grade: *brigade
            reports_to: fire-authority
            remit: |
              Head of paid service. Executive sponsor of Safer Marlshire, the
              Community Risk Management Plan 2028-2032, and the officer who brings
              the plan, each annual action plan and each quarterly performance
              report to the Fire Authority. Exercises the powers part 3 of the
              scheme of delegation gives the Chief Fire Officer.
          dcfo:
            title: Deputy Chief Fire Officer
            grade: *brigade
            reports_to: cfo
            remit: |
              Senior responsible owner for delivering the CRMP and for Project
              Kestrel. Chairs the CRMP Delivery Board and takes the gate decisions
              the Authority delegates to it. Line manages the Assistant Chief Fire
              Officer, Service Delivery.
          crmp-programme-manager:
            title: CRMP Programme Manager
            grade: *sg9
            reports_to: dcfo
            remit: |
              Remit: see the CRMP Delivery Board terms of reference, section 5.
          communications:
            title: Communications and Engagement Manager
            grade: *sg8
            reports_to: cfo
            remit: |
              Public consultation on the CRMP and its annual action plans, safety
              campaigns, media, and the annual Marlshire residents' survey,
              including its question on trust in the Service.

  service-delivery:
    name: Service Delivery
    teams:
      directorate-office:
        name: Directorate office
        posts:
          acfo-service-delivery:
            title: Assistant Chief Fire Officer, Service Delivery
            grade: *brigade
            reports_to: dcfo
            remit: |
              Directs prevention, protection, response and Fire Control. Answers to
              the Authority for accidental dwelling fires and for the response
              standard, and sets the yearly objectives of the heads of function.
      prevention:
        name: Prevention
        posts:
          head-of-prevention:
            title: Head of Prevention
            grade: *group
            reports_to: acfo-service-delivery
            remit: |
              Home fire safety visits and the 46 prevention advocates. Owns the
              Prevention Risk Model, our ranking of every Marlshire home by fire
              risk, and decides which homes are visited first. Manages referrals
              from partners, adult social care among them, and the data-sharing
              agreements behind them. System owner of Hearth.
      protection:
        name: Protection
        posts:
          head-of-protection:
            title: Head of Protection
            grade: *group
            reports_to: acfo-service-delivery
            remit: |
              The risk-based inspection programme for the 412 high-risk premises,
              fire safety audits and enforcement, and the Service's answers to
              building control and Building Safety Regulator consultations. System
              owner of Sentry. Protection has no qualified fire engineer; complex
              building designs are sent to an external consultancy.
          protection-competence:
            title: Protection Competence and Assurance Manager
            grade: *station
            reports_to: head-of-protection
            remit: |
              The competence of inspecting officers against the NFCC competency
              framework for business fire safety regulators, including their
              certification to the Level 4 Diploma in Fire Safety, and the quality
              assurance of completed audits.
      response:
        name: Response and On-Call
        posts:
          head-of-response:
            title: Head of Response and On-Call
            grade: *group
            reports_to: acfo-service-delivery
            remit: |
              Crewing of the 24 stations and their engines, the wholetime duty
              system, the response standard (the first engine at a dwelling fire
              within 10 minutes), incident command and the station managers.
              Decides how day-crew cover is shared between stations.
          on-call-support:
            title: On-Call Support Manager
            grade: *station
            reports_to: head-of-response
            remit: |
              Support to the 16 on-call stations: on-call recruitment and
              attraction, the station availability records, and the on-call
              availability app once it is chosen. Reports on-call engine
              availability to the Head of Response and On-Call every week.
          brackdale-group:
            title: Station Manager, Brackdale Group
            grade: *station
            reports_to: head-of-response
            remit: |
              The three on-call stations of the Brackdale group (Brackdale, Tolsey
              Bridge and Scarrow): their crews, availability, local recruitment
              and station routines.
      control:
        name: Fire Control
        posts:
          head-of-control:
            title: Head of Control
            grade: *group
            reports_to: acfo-service-delivery
            remit: |
              Marlshire Fire Control and its 34 control operators on four watches:
              call handling, mobilising, the fallback-to-paper procedure and the
              buddy arrangement with Dunmere Fire Control. Owns control operators'
              competence, including their training on the mobilising system.
              Business lead of Project Kestrel.
          control-systems:
            title: Control Systems Manager
            grade: *sg9
            reports_to: head-of-control
            remit: |
              Remit: see the Project Kestrel brief, section 4.

  corporate-services:
    name: Finance and Corporate Services
    teams:
      directorate-office:
        name: Directorate office
        posts:
          director-fcs:
            title: Director of Finance and Corporate Services
            grade: Corporate Director
            reports_to: cfo
            remit: |
              Treasurer to the Fire Authority: the budget, the medium-term
              financial plan, procurement and contracts, and the release of
              programme funds the Authority has approved. Line manages ICT,
              performance and data, people, and learning and development.
      ict:
        name: ICT
        posts:
          head-of-ict:
            title: Head of ICT
            grade: *sg9
            reports_to: director-fcs
            remit: |
              Networks, servers and end-user devices, the mobile data terminals on
              every engine and their location feed, the integration platform
              between systems, and cyber security.
      performance-and-data:
        name: Performance and Data
        posts:
          head-of-performance:
            title: Head of Performance and Data
            grade: *sg9
            reports_to: director-fcs
            remit: |
              The Keel data warehouse and its Power BI reports, station performance
              reporting, the quality checking of incident reports and their
              submission to the Home Office Incident Recording System, and
              statutory returns.
      people:
        name: People Services
        posts:
          head-of-people:
            title: Head of People
            grade: *sg9
            reports_to: director-fcs
            remit: |
              Recruitment of wholetime firefighters, control and support staff;
              conditions of service and employment contracts for every staff
              group, on-call contracts included; and the Service's side of
              consultation and negotiation with the FBU Brigade Committee.
          head-of-learning:
            title: Head of Learning and Development
            grade: *group
            reports_to: director-fcs
            remit: |
              The Sallowby training centre, firefighter development and maintenance
              of competence for operational crews, the qualifications and
              certification of operational staff, prevention training for watches,
              and the Pathway training records system.

consulted:
  # Bodies the Service must consult. They are not posts of the Service and never lead
  # or own work; see part 6 of the scheme of delegation.
  fbu-brigade-committee:
    title: FBU Brigade Committee
    grade: n/a
    reports_to: n/a
    remit: |
      The Fire Brigades Union's Marlshire brigade committee, consulted under the
      local agreement on consultation about duty systems, crewing, contracts and
      the recording of availability. Never leads or owns work.
  scrutiny-panel:
    title: Fire Authority Scrutiny Panel
    grade: n/a
    reports_to: n/a
    remit: |
      Five members of the Fire Authority who review the delivery of the CRMP
      twice a year and report to the Authority. Never leads or owns work.
"""

SCHEME = """
# Marlshire Fire Authority: Scheme of Delegation to Officers

Approved by the Fire Authority on 14 June 2027 (minute FA/31/27) as part 3 of the
Authority's constitution. Reviewed each June.

## 1. How to read this scheme

The Authority keeps the decisions listed in part 2. Everything else is delegated to the
officers named in parts 3 to 5, who may pass a delegation down in writing to a post in
the organisation structure (org-chart/structure.yaml). A delegation passed down stays the
named officer's responsibility.

## 2. Matters reserved to the Authority

- Approving the Community Risk Management Plan and each annual action plan.
- Setting the budget, the precept and the medium-term financial plan.
- Opening or closing a fire station, or changing the number of engines.
- Approving a business case whose whole-life cost is above £1 million.

## 3. The Chief Fire Officer

- Head of paid service and executive sponsor of the Community Risk Management Plan.
- Approves spending within the approved budget and may move up to £250,000 between
  budget heads in a year.
- The Chief Fire Officer cannot award a contract worth more than £1 million; such awards
  are reserved to the Authority.
- Reports performance against the CRMP to the Authority every quarter.

## 4. The Deputy Chief Fire Officer

- Senior responsible owner of CRMP delivery and chair of the CRMP Delivery Board.
- Takes the gate decisions of any programme whose gates the Authority has delegated, on
  the Board's recommendation, and reports each one to the next Authority meeting.

## 5. The Treasurer (Director of Finance and Corporate Services)

- Releases programme funds the Authority has approved, jointly with the Chief Fire
  Officer.
- Runs procurements under the Procurement Act 2023 and the Authority's contract standing
  orders.

## 6. Bodies the Service consults

- The FBU Brigade Committee is consulted under the local agreement on consultation
  (2025). It gives its views; the decision and the work stay with the Service.
- The Scrutiny Panel reviews CRMP delivery twice a year, in April and October, and
  reports its findings to the Authority. It gives its views; the decision and the work
  stay with the Service.
"""

BOARD = """
# CRMP Delivery Board: terms of reference

Version 2.0, agreed by the Executive team on 10 January 2028.

## 1. Purpose

The Board steers the delivery of Safer Marlshire, the Community Risk Management Plan
2028-2032, and of Project Kestrel within it.

## 2. Sponsor and chair

The executive sponsor is the Chief Fire Officer. The Deputy Chief Fire Officer is the
senior responsible owner and chairs the Board.

## 3. Members

The Assistant Chief Fire Officer, Service Delivery; the Director of Finance and Corporate
Services; the Heads of Prevention, Protection, Response and On-Call, Control, Performance
and Data, and People; the CRMP Programme Manager as secretary. The chair of the FBU
Brigade Committee and the chair of the Scrutiny Panel receive the papers and may attend
as observers.

## 4. Decisions

- Gate decisions the Authority delegates, taken by the chair on the Board's
  recommendation.
- Changes to the order of work within the approved budget.
- The start date of a pilot the Authority has agreed.

## 5. Remits held in these terms

- CRMP Programme Manager: runs the programme office; keeps the integrated plan, the risk
  and issue log and the benefits register; writes the gate reports and the quarterly
  performance report to the Authority; drafts each annual action plan.

## 6. Cadence

The Board meets monthly, on the second Tuesday. Papers go out five working days before
each meeting.
"""

KESTREL = """
# Project Kestrel: project brief

Replacing the mobilising system of Marlshire Fire Control. Version 1.3, January 2028.
Senior responsible owner: the Deputy Chief Fire Officer. Business lead: the Head of
Control.

## 1. Why

MOBIS 6, from Brindle Data, has mobilised every Marlshire engine since 2013. Brindle
Data's support contract for MOBIS 6 ends on 30 September 2030, with no option to extend.

## 2. What Kestrel will deliver

- A new mobilising system, bought through a national framework and hosted in two data
  centres.
- A gazetteer that places every Marlshire address, village and farm.
- A live feed of on-call availability from the availability app.
- Call and mobilising times written to Keel for reporting.

## 3. Phases

Discovery (April to September 2028), Alpha (October 2028 to March 2029), Beta (April 2029
to March 2030, with live running from January 2030), then Live.

## 4. Roles

- Control Systems Manager: technical lead of Kestrel. Administers MOBIS 6 until it is
  switched off, and the gazetteer and its address data; leads the data migration and the
  integrations with the availability app, the mobile data terminals and Keel, the last
  two with the Head of ICT.
- Head of Control: business lead; the readiness of Fire Control and its operators for
  go-live.
- Head of ICT: hosting, networks and the integration platform.

## 5. Fallback

While a mobilising system is down, operators mobilise from paper, and Dunmere Fire
Control takes Marlshire's 999 calls under the buddy arrangement signed in 2024.
"""

REGISTER = """
# Systems and data register

Kept by the Head of Performance and Data. Last reviewed 31 January 2028. One section per
system: what it does, who owns it, and what data it holds.

## MOBIS 6 (mobilising)

- Supplier: Brindle Data. System owner: the Head of Control; administered by the Control
  Systems Manager.
- Holds every 999 call, incident and mobilisation since 2013, with call, mobilise and
  arrival times.
- MOBIS 6 runs only at the Marlbridge control room, on servers in the same building.
- To be replaced by Project Kestrel (see the project brief).

## Station availability spreadsheets

- On-call availability relies on a spreadsheet kept by each of the 16 on-call stations and
  emailed to Fire Control every evening.
- Owner: the On-Call Support Manager, who keeps five years of the spreadsheets on the
  shared drive.

## Hearth (prevention)

- Records every home fire safety visit, the risks found and the equipment fitted, and
  holds the list of homes due a visit.
- System owner: the Head of Prevention.
- Hearth is not yet linked to adult social care: referrals arrive by email and the
  prevention admin team types each one in.

## Sentry (protection)

- Premises records, audit history since 2024, enforcement notices and the inspection
  programme for the 412 high-risk premises.
- System owner: the Head of Protection.
- Audit files for premises last audited before 2024 are kept on paper in the Marlbridge
  registry.

## Keel data warehouse and Power BI

- Keel is our data warehouse (Azure SQL), loaded nightly from MOBIS 6, Hearth, Sentry
  and Pathway. Power BI reports are published from it to every manager.
- Owner: the Head of Performance and Data.
- Incident reports are checked in Keel before they are submitted to the Home Office
  Incident Recording System.

## Mobile data terminals and engine location

- Each of the 38 engines carries a mobile data terminal with risk information and a
  location feed.
- Owner: the Head of ICT.
- Engine location data from the mobile data terminals is not retained beyond 30 days.

## Pathway (training records)

- Training and competence records for every operational and control member of staff,
  with their qualifications and renewal dates.
- Owner: the Head of Learning and Development.
"""

MEASURES = """
# CRMP measures: definitions, owners and baselines

The measures the Authority sees each quarter. Baselines are for 2026/27 (1 April 2026 to
31 March 2027). Each measure has one owner, who answers for it at the Delivery Board.

| Measure | Definition | Owner | Baseline 2026/27 | Source |
|---|---|---|---|---|
| Home fire safety visits at high-risk homes | Visits made at homes ranked high or very high risk, as a share of all visits | Head of Prevention | 38% | Hearth |
| Accidental dwelling fires per 10,000 homes | Accidental fires in homes, three-year rolling rate | Head of Prevention | 8.4 | Incident reports in Keel |
| Dwelling fires reached within 10 minutes | Share of dwelling fires where the first engine arrived within 10 minutes of the call being answered | Head of Response and On-Call | 69% | MOBIS 6 |
| On-call engine availability | Hours on-call engines were crewed and ready, as a share of all hours | On-Call Support Manager | 71% | Station spreadsheets |
| 999 calls answered within 7 seconds | Emergency calls answered by an operator within 7 seconds of reaching Fire Control | Head of Control | 86% | Control telephony |
| Call to first engine mobilised | Median seconds from answering a call to mobilising the first engine | Head of Control | 104 seconds | MOBIS 6 |
| High-risk premises audited on time | High-risk premises audited by their due date, as a share of those due | Head of Protection | 48% (198 of 412) | Sentry |
| Incident reports quality-checked in 10 days | Incident reports checked and submitted within 10 days of the incident | Head of Performance and Data | 58% | Keel |
| Residents who trust us to keep them safe | Share of residents' survey answers agreeing or strongly agreeing | Communications and Engagement Manager | 81% | Residents' survey (October) |

## Notes

- Station performance reports only cover the eight wholetime and day-crewed stations; the
  16 on-call stations are reported as one county figure.
- The Authority sets the target for residents' trust each year when the survey results are
  published.
"""

FBU = """
MARLSHIRE FIRE AND RESCUE SERVICE
LOCAL AGREEMENT ON CONSULTATION WITH THE FBU BRIGADE COMMITTEE (2025)
Extract: clauses 4 to 7

4 Scope
This agreement covers duty systems, crewing levels, contracts of employment, rostering,
and the recording and monitoring of availability.

5 Consultation on availability
The Brigade Committee must be consulted before any change to how on-call availability is
recorded or monitored, at least 28 days before the change.

6 Who consults
The Head of People leads consultation for the Service. A manager who proposes a change
briefs the Head of People, who meets the Brigade Committee.

7 Outcome
Consultation informs the Service's decision. The decision, and the work that follows it,
stay with the Service.
"""

STATIONS = """
STATIONS AND CREWING, JANUARY 2028
Prepared for the CRMP by the Head of Response and On-Call.

Marlshire has 24 fire stations and 38 engines, serving 318,000 homes.

Wholetime stations (crewed around the clock): Marlbridge Central, Marlbridge East,
Kettlewick, Oxholme, Frayford and Sallowby.
Day-crewed stations: Harrowby and Wendle Cross.
On-call stations (16), in five groups, each led by a station manager:
- Brackdale group: Brackdale, Tolsey Bridge and Scarrow.
- Fellside group: Ferrisham, Coldwick and Lintshaw.
- Vale group: Hobcastle, Greyholme and Ulverby.
- Coast group: Maddon Cross, Pellow Green and Thrushby.
- Moor group: Gorsley, Kinder End, Wrayburn and Eddisham.

The Brackdale group has 41 on-call firefighters. Its engines were available 64% of the
time in 2026/27, the lowest figure of the five groups.

Marlshire Fire Control sits at Marlbridge headquarters, with 34 control operators on four
watches. Dunmere Fire Control, 40 miles north, is our buddy control room.

Home fire safety visits are made by the 46 prevention advocates and by wholetime watches;
on-call crews make visits on drill nights.
"""


def org_files() -> dict[str, str]:
    return {
        "people/structure.yaml": STRUCTURE,
        "governance/scheme-of-delegation.md": SCHEME,
        "governance/crmp-delivery-board-terms-of-reference.md": BOARD,
        "governance/project-kestrel-brief.md": KESTREL,
        "governance/fbu-local-agreement-extract.txt": FBU,
        "systems/systems-and-data-register.md": REGISTER,
        "measures/crmp-measures.md": MEASURES,
        "context/stations-and-crewing.txt": STATIONS,
    }


def main(argv: list[str]) -> int:
    root = Path(argv[1]) if len(argv) > 1 else HERE
    case = root / CASE
    org = case / "org"
    for rel, body in org_files().items():
        path = org / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(body.lstrip("\n"), encoding="utf-8")
    case.mkdir(parents=True, exist_ok=True)
    build_deck(case / DECK)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
