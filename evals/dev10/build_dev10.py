# mypy: disable-error-code="attr-defined,union-attr,index,arg-type"
"""Build the dev10 eval set's decks and org folders, deterministically.

Run from the repository root:  .venv/bin/python evals/dev10/build_dev10.py

Writes, under ``evals/dev10/<name>/``, each case's deck and its ``org/`` folder:

- ``fjordvik-salmon``: PDF drawn with fpdf2 at 4:3 (254 x 190.5 mm) in a Keynote-like style
  (left-aligned titles over a thin rule, a page number and no footer text): KPI tiles with
  the label above the number and the target under it, a KPI table with year columns, a
  vertical timeline roadmap ("Horizon 1 — Fix the foundations"), a first-100-days checklist
  with owners in brackets and a 2x2 risk grid; roster as a DOCX table;
- ``kingsmead-theatre``: PPTX whose content sits in group shapes nested two levels deep,
  with section-header slides, a native KPI table with a target per year, a Gantt roadmap
  drawn with shapes (quarter labels, bars with text, "Now" / "Next" / "Later" banners,
  diamond gates with labels beside them) and presenter script in a few speaker notes;
  roster as an XLSX with a title block and merged team cells;
- ``ferrowatt-datacentres``: PPTX built on layout placeholders (Title and Content, Two
  Content, Section Header), relative timing ("Months 0–6", "by the end of Year 2") with the
  calendar start stated once, bullets at levels 0 and 1; roster as YAML nested by team.

Every ``gold.json`` is written by hand and is never touched here. Re-running this script
rewrites decks and org files byte for byte: fixed ZIP entry times and document dates in the
PPTX, DOCX and XLSX files, a fixed creation date in the PDF, org text held as literal strings.

This is a DEVELOPMENT set (split "dev10"): the engine may be tuned on it. See
evals/dev10/README.md.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import sys
import textwrap
import zipfile
from collections.abc import Sequence
from pathlib import Path

import docx
import openpyxl
from docx.shared import Pt as DocxPt
from fpdf import FPDF
from openpyxl.styles import Alignment, Font
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE
from pptx.presentation import Presentation as PresentationType
from pptx.slide import Slide
from pptx.util import Emu, Inches, Pt

HERE = Path(__file__).resolve().parent
FIXED_ZIP_TIME = (2027, 6, 7, 9, 0, 0)
FIXED_W3C = "2027-06-07T09:00:00Z"
FIXED_DT = dt.datetime(2027, 6, 7, 9, 0, 0)
FIXED_PDF_DATE = dt.datetime(2027, 12, 3, 10, 0, 0, tzinfo=dt.UTC)
_DOC_DATES = re.compile(
    rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:(?:created|modified)>)"
)


def normalize_zip(data: bytes) -> bytes:
    """Rewrite an OOXML package with fixed entry times and document dates."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename.endswith("core.xml"):
                body = _DOC_DATES.sub(rb"\g<1>" + FIXED_W3C.encode() + rb"\g<2>", body)
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, body)
    return out.getvalue()


def doc(text: str) -> str:
    return textwrap.dedent(text).lstrip("\n")


# =========================================================================== PDF kit
# Fjordvik's deck imitates a Keynote export at 4:3 (254 x 190.5 mm): core Helvetica,
# left-aligned titles over a thin rule, a page number and no footer text. Tiles, the
# timeline and the risk grid are drawn one visual line at a time across the page.

PAGE_W, PAGE_H = 254.0, 190.5
SEA = (10, 60, 90)
KELP = (40, 120, 100)
FOAM = (232, 241, 243)
GREY = (110, 118, 124)
AMBER = (220, 150, 40)


class KeynotePDF(FPDF):
    def __init__(self) -> None:
        super().__init__(orientation="L", unit="mm", format=(PAGE_H, PAGE_W))
        self.core_fonts_encoding = "windows-1252"
        self.set_auto_page_break(False)
        self.set_margins(14, 10, 14)
        self.set_creation_date(FIXED_PDF_DATE)
        self.set_producer("macOS Version 14.6 (Build 23G80) Quartz PDFContext")
        self.set_creator("Keynote")
        self.set_author("Fjordvik Salmon, Strategy Office")

    def put(self, x: float, y: float, w: float, text: str, size: float, style: str = "") -> None:
        self.set_font("helvetica", style, size)
        if self.get_string_width(text) > w:
            raise ValueError(f"line too wide for {w} mm: {text!r}")
        self.set_xy(x, y)
        self.cell(w, size * 0.45, text)

    def slide(self, title: str) -> None:
        self.add_page()
        self.set_text_color(*SEA)
        self.put(14, 12, 226, title, 20, "B")
        self.set_draw_color(*SEA)
        self.set_line_width(0.3)
        self.line(14, 24, PAGE_W - 14, 24)
        self.set_text_color(0, 0, 0)

    def footer(self) -> None:
        if self.page_no() == 1:
            return
        self.set_text_color(*GREY)
        self.put(PAGE_W - 20, PAGE_H - 10, 8, str(self.page_no()), 9)
        self.set_text_color(0, 0, 0)

    def lines(
        self, lines: Sequence[str], top: float = 32, size: float = 12, x: float = 14
    ) -> float:
        y = top
        for line in lines:
            self.put(x, y, PAGE_W - x - 14, line, size)
            y += size * 0.6
        return y

    def bullets(self, items: Sequence[str], top: float, size: float = 11.5, x: float = 18) -> float:
        """Bulleted items; an item's later lines (split on newlines) are indented."""
        y = top
        for item in items:
            for k, part in enumerate(item.split("\n")):
                if k == 0:
                    self.set_fill_color(*KELP)
                    self.rect(x, y + size * 0.16, 1.6, 1.6, style="F")
                self.put(x + 5, y, PAGE_W - x - 19, part, size)
                y += size * 0.55
            y += 1.5
        return y

    def kpi_tiles(self, tiles: Sequence[tuple[str, str, str, str]], top: float = 32) -> None:
        """Tiles two to a row: a label above the number, the number as 'from' and 'to' with
        a drawn arrow between them, the target date under it. Each visual row runs across
        the page."""
        width, height, gap = 110.0, 58.0, 6.0
        for start in range(0, len(tiles), 2):
            row = tiles[start : start + 2]
            y0 = top + (start // 2) * (height + gap)
            xs = [14 + i * (width + gap) for i in range(len(row))]
            self.set_fill_color(*FOAM)
            for x in xs:
                self.rect(x, y0, width, height, style="F")
            self.set_text_color(*GREY)
            labels = [t[0].split("\n") for t in row]
            for r in range(max(len(v) for v in labels)):
                for x, parts in zip(xs, labels, strict=True):
                    if r < len(parts):
                        self.put(x + 5, y0 + 5 + r * 5.5, width - 10, parts[r], 10.5, "B")
            self.set_text_color(*SEA)
            for x, (_, old, new, _) in zip(xs, row, strict=True):
                self.put(x + 5, y0 + 20, 40, old, 26, "B")
                self.set_font("helvetica", "B", 26)
                ax = x + 7 + self.get_string_width(old)
                self.set_draw_color(*KELP)
                self.set_line_width(0.8)
                self.line(ax, y0 + 26, ax + 12, y0 + 26)
                self.line(ax + 12, y0 + 26, ax + 9, y0 + 23.5)
                self.line(ax + 12, y0 + 26, ax + 9, y0 + 28.5)
                self.put(ax + 15, y0 + 20, 45, new, 26, "B")
            self.set_text_color(*KELP)
            for x, (_, _, _, target) in zip(xs, row, strict=True):
                self.put(x + 5, y0 + 41, width - 10, target, 11)
            self.set_text_color(0, 0, 0)
        self.set_line_width(0.3)

    def grid(
        self,
        rows: Sequence[Sequence[str]],
        widths: Sequence[float],
        top: float = 32,
        size: float = 10.5,
    ) -> float:
        """A table drawn cell by cell along each row; every cell holds one line."""
        y = top
        for n, row in enumerate(rows):
            x = 14.0
            if n == 0:
                self.set_text_color(*SEA)
            for value, w in zip(row, widths, strict=True):
                self.put(x + 1.5, y, w - 3, value, size, "B" if n == 0 else "")
                x += w
            self.set_text_color(0, 0, 0)
            y += 8.5
            self.set_draw_color(190, 200, 205)
            self.line(14, y - 2.5, 14 + sum(widths), y - 2.5)
        return y

    def timeline(
        self, rows: Sequence[tuple[str, str, Sequence[str], str]], top: float = 34
    ) -> None:
        """A vertical timeline: one row per phase, the date range in the left column, the
        phase name, its work and its gate in the right column; a dot on a vertical line."""
        y = top
        line_x = 66.0
        self.set_draw_color(*KELP)
        self.set_line_width(0.6)
        self.line(line_x, top, line_x, PAGE_H - 18)
        self.set_line_width(0.3)
        for dates, name, items, gate in rows:
            self.set_fill_color(*KELP)
            self.ellipse(line_x - 2, y + 1, 4, 4, style="F")
            self.set_text_color(*GREY)
            self.put(14, y, 48, dates, 10.5, "B")
            self.set_text_color(*SEA)
            self.put(72, y, 168, name, 13, "B")
            self.set_text_color(0, 0, 0)
            y += 7.5
            for item in items:
                self.put(76, y, 164, item, 10.5)
                y += 5.3
            self.set_text_color(*AMBER)
            self.put(76, y, 164, gate, 10.5, "B")
            self.set_text_color(0, 0, 0)
            y += 10

    def checklist(self, items: Sequence[str], top: float = 32, size: float = 11) -> None:
        y = top
        self.set_draw_color(*SEA)
        for item in items:
            self.rect(16, y + 0.6, 3.4, 3.4, style="D")
            self.put(23, y, 217, item, size)
            y += size * 0.62
        self.set_draw_color(0, 0, 0)

    def risk_grid(self, quadrants: dict[str, Sequence[str]], top: float = 32) -> float:
        """A 2x2 grid (likelihood up, impact across) with risk names inside each quadrant;
        each visual row runs across both quadrants of a half."""
        left, qw, qh = 40.0, 100.0, 36.0
        self.set_text_color(*GREY)
        self.put(14, top + qh - 4, 24, "Likelihood", 9, "B")
        self.put(14, top + qh + 1, 24, "(higher", 9)
        self.put(14, top + qh + 5, 24, "above)", 9)
        order = [("higher", "lower"), ("higher", "higher"), ("lower", "lower"), ("lower", "higher")]
        fills = [(246, 228, 190), (240, 196, 180), (225, 238, 232), (246, 228, 190)]
        for k in range(len(order)):
            x = left + (k % 2) * qw
            y = top + (k // 2) * qh
            self.set_fill_color(*fills[k])
            self.rect(x, y, qw - 1, qh - 1, style="F")
        for half in range(2):
            y0 = top + half * qh
            heads = []
            bodies = []
            for col in range(2):
                likely, impact = order[half * 2 + col]
                heads.append(f"{likely.capitalize()} likelihood, {impact} impact")
                bodies.append(list(quadrants[f"{likely}/{impact}"]))
            self.set_text_color(*GREY)
            for col in range(2):
                self.put(left + col * qw + 3, y0 + 2, qw - 6, heads[col], 8.5, "B")
            self.set_text_color(0, 0, 0)
            for r in range(max(len(b) for b in bodies)):
                for col in range(2):
                    if r < len(bodies[col]):
                        self.put(left + col * qw + 3, y0 + 9 + r * 5.5, qw - 6, bodies[col][r], 10)
        self.set_text_color(*GREY)
        self.put(left, top + 2 * qh + 1, 2 * qw, "Impact (higher to the right)", 9, "B")
        self.set_text_color(0, 0, 0)
        return top + 2 * qh + 8


def save_pdf(pdf: FPDF, path: Path, title: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.set_title(title)
    path.write_bytes(bytes(pdf.output()))


# =========================================================================== Fjordvik


def build_fjordvik() -> KeynotePDF:
    pdf = KeynotePDF()

    # 1 cover
    pdf.add_page()
    pdf.set_fill_color(*SEA)
    pdf.rect(0, 0, PAGE_W, PAGE_H, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.put(20, 50, 214, "FJORDVIK SALMON", 13, "B")
    pdf.put(20, 62, 214, "Healthy Fish, Open Books", 34, "B")
    pdf.put(20, 82, 214, "Our fish-health and farming plan for 2028 to 2030", 15)
    pdf.put(20, 150, 214, "Board of Directors  ·  9 December 2027  ·  Paper BD-27-41", 11)
    pdf.set_text_color(0, 0, 0)

    # 2 executive summary: four KPI tiles, label above the number, target under it
    pdf.slide("Executive summary")
    pdf.kpi_tiles(
        [
            ("Site-months above the lice limit", "14", "4", "by December 2030"),
            ("Smolts put to sea that reach harvest", "82%", "92%", "by December 2030"),
            ("Fish lost through escapes", "3,100", "0", "every year from 2029"),
            ("Harvest batches traced egg to box", "35%", "100%", "by June 2029"),
        ]
    )
    pdf.lines(
        [
            "Four priorities over three years, a pilot of camera lice counting at the three",
            "Lindholm sites (Project Skerry), and NOK 412m of investment for the Board.",
        ],
        top=160,
        size=11,
    )

    # 3 where we are
    pdf.slide("Where we stand at the end of 2027")
    pdf.bullets(
        [
            "14 sea sites in three farming areas, a hatchery at Storvik and a processing plant at Hamnes",
            "38,400 tonnes of salmon harvested in 2027",
            "82 of every 100 smolts put to sea in 2025 lived to harvest",
            "Lice counts went over the trigger level in 14 site-months of 2027",
            "3,100 fish got out of a torn net at Kvalsund in February 2027",
            "Feed barges burned 1.9 million litres of diesel",
            "Buyers can trace 35% of our harvest batches back to the egg",
        ],
        top=34,
        size=12.5,
    )

    # 4 voices
    pdf.slide("What we heard")
    pdf.bullets(
        [
            "\u201cBy the time the lice counts reach the office, the treatment boat is booked\n"
            "for somebody else.\u201d  Fish-health biologist, Storvik",
            "\u201cWe counted lice on a pitching deck in the dark every week of last winter.\u201d\n"
            "Site manager, Lindholm",
            "\u201cWhen your fish got out at Kvalsund we heard it from the river, and\n"
            "from you a week later.\u201d  Chair, Kvalsund angling association",
            "\u201cOur shoppers ask which fjord a fillet came from. Today I cannot say.\u201d\n"
            "Fresh fish buyer, a UK retailer",
        ],
        top=36,
        size=12,
    )

    # 5 north star
    pdf.slide("Our north star")
    pdf.set_text_color(*KELP)
    pdf.put(14, 36, 200, "Ambition", 10, "B")
    pdf.set_text_color(*SEA)
    pdf.put(14, 44, 226, "Salmon that are healthy, welcome in every fjord", 22, "B")
    pdf.put(14, 55, 226, "and trusted on every plate.", 22, "B")
    pdf.set_text_color(*KELP)
    pdf.put(14, 82, 200, "Commitment", 10, "B")
    pdf.set_text_color(0, 0, 0)
    pdf.lines(
        [
            "By December 2030, 92 of every 100 smolts we put to sea will live to harvest.",
            "We will let no farmed salmon escape from our pens.",
        ],
        top=90,
        size=13,
    )

    # 6-7 priorities over two pages, numbered headings
    pdf.slide("Priorities 1 and 2")
    y = 32.0
    for head, aim, items in [
        (
            "1  Healthier fish",
            "Fewer lice, fewer treatments, more fish alive at harvest.",
            [
                "Count sea lice with underwater cameras at every sea site",
                "Treat lice with fresh water before any medicine",
                "Stock larger smolts from a new recirculation unit at Storvik",
            ],
        ),
        (
            "2  Secure pens",
            "Every net and mooring fit for the worst winter storm.",
            [
                "Replace every net older than five years",
                "Fit mooring load sensors at the six exposed sites",
                "Run an escape drill at every sea site twice a year",
            ],
        ),
    ]:
        pdf.set_text_color(*SEA)
        pdf.put(14, y, 226, head, 15, "B")
        pdf.set_text_color(*GREY)
        pdf.put(14, y + 8, 226, aim, 11)
        pdf.set_text_color(0, 0, 0)
        y = pdf.bullets(items, top=y + 16, size=11.5) + 6
    pdf.slide("Priorities 3 and 4")
    y = 32.0
    for head, aim, items in [
        (
            "3  Better feed, less diesel",
            "More salmon from every tonne of feed, and quiet barges.",
            [
                "Put feed cameras and BargeLink feeding control on every barge",
                "Move every site to a diet with 25% marine ingredients",
                "Connect eight feed barges to shore power",
            ],
        ),
        (
            "4  Open books",
            "Anyone can see how our fish are doing, site by site.",
            [
                "Trace every harvest batch from egg to box",
                "Publish lice and mortality counts for every site each week",
                "Invite an independent welfare auditor to every site once a year",
            ],
        ),
    ]:
        pdf.set_text_color(*SEA)
        pdf.put(14, y, 226, head, 15, "B")
        pdf.set_text_color(*GREY)
        pdf.put(14, y + 8, 226, aim, 11)
        pdf.set_text_color(0, 0, 0)
        y = pdf.bullets(items, top=y + 16, size=11.5) + 6

    # 8 KPIs: a table with year columns
    pdf.slide("How we will measure it")
    pdf.grid(
        [
            ["Measure", "2027", "2028", "2029", "2030 target"],
            ["Site-months with lice over the trigger level", "14", "10", "7", "4"],
            ["Survival from sea transfer to harvest", "82%", "84%", "88%", "92%"],
            ["Farmed fish escaped", "3,100", "0", "0", "0"],
            ["Economic feed conversion ratio", "1.31", "1.28", "1.24", "1.20"],
            ["Batches traceable from egg to box", "35%", "70%", "100%", "100%"],
            ["Diesel burned on feed barges (million litres)", "1.9", "1.6", "1.0", "0.5"],
        ],
        [102, 30, 30, 30, 34],
        top=34,
    )
    pdf.lines(
        ["2027 is the year's outcome; 2028 and 2029 are the milestones on the way."],
        top=102,
        size=10,
    )

    # 9 roadmap: a vertical timeline
    pdf.slide("Roadmap")
    pdf.timeline(
        [
            (
                "Jan 2028 \u2013 Dec 2028",
                "Horizon 1 \u2014 Fix the foundations",
                [
                    "Project Skerry at the three Lindholm sites",
                    "Recirculation unit ordered for Storvik",
                    "Nets over five years old replaced in the Lindholm and Kvalsund areas",
                ],
                "Gate 1: Skerry go/no-go, December 2028",
            ),
            (
                "Jan 2029 \u2013 Jun 2030",
                "Horizon 2 \u2014 Prove it at every site",
                [
                    "Lice cameras at all 14 sea sites",
                    "Shore power at the first five barges",
                    "Weekly site figures on our website",
                ],
                "Gate 2: Roll-out review, June 2030",
            ),
            (
                "Jul 2030 \u2013 Dec 2030",
                "Horizon 3 \u2014 Make it the way we farm",
                [
                    "Larger smolts stocked from Storvik",
                    "Hand over to the farming areas",
                ],
                "Gate 3: Close and benefits review, December 2030",
            ),
        ]
    )

    # 10 pilot
    pdf.slide("Pilot: Project Skerry")
    pdf.lines(
        [
            "Camera lice counts and fresh-water treatment at the three Lindholm sea sites,",
            "April to November 2028, led by the Area Manager, Lindholm.",
        ],
        top=32,
        size=12,
    )
    pdf.set_text_color(*SEA)
    pdf.put(14, 50, 200, "Success criteria", 13, "B")
    pdf.set_text_color(0, 0, 0)
    pdf.bullets(
        [
            "Camera counts within 10% of the weekly hand count for 12 weeks running",
            "Zero medicinal lice treatments at Lindholm during the pilot",
            "Survival to the end of November of 95% or more",
        ],
        top=59,
        size=11.5,
    )
    pdf.set_text_color(*SEA)
    pdf.put(14, 94, 200, "Go/no-go", 13, "B")
    pdf.set_text_color(0, 0, 0)
    pdf.lines(
        [
            "The Board decides at Gate 1 in December 2028, on the Programme Board's",
            "recommendation: roll cameras out to every site, extend the pilot, or stop.",
        ],
        top=103,
        size=11.5,
    )

    # 11 first 100 days: a checklist with owners in brackets
    pdf.slide("The first 100 days")
    pdf.checklist(
        [
            "Appoint a fish-health data lead (Head of Fish Health)",
            "Hold the first Programme Board (Chief Executive)",
            "Fix the 2027 baselines for all six measures (Programme Lead, Healthy Fish)",
            "Order lice cameras for the 24 Lindholm pens (Area Manager, Lindholm)",
            "Book a fresh-water treatment vessel for the Lindholm pilot (Head of Fish Health)",
            "Survey the nets at the six exposed sites (Production Director, Sea)",
            "Tender for the Storvik recirculation unit (Hatchery Manager, Storvik)",
            "Ask the grid company for shore-power connection dates (Technical and Engineering Manager)",
            "Agree the weekly site report format with the Coastal Neighbours Forum (Environment and Licensing Manager)",
            "Start lice-camera training for Lindholm crews (Fjordvik Academy Manager)",
        ],
        top=33,
        size=10.5,
    )

    # 12 investment
    pdf.slide("Investment")
    pdf.grid(
        [
            ["Item", "2028", "2029", "2030", "Total"],
            ["Lice cameras and treatment", "NOK 38m", "NOK 44m", "NOK 10m", "NOK 92m"],
            ["Nets, moorings and sensors", "NOK 46m", "NOK 40m", "NOK 18m", "NOK 104m"],
            ["Storvik recirculation unit", "NOK 30m", "NOK 96m", "NOK 14m", "NOK 140m"],
            ["Shore power and feed cameras", "NOK 12m", "NOK 30m", "NOK 16m", "NOK 58m"],
            ["Traceability and reporting", "NOK 8m", "NOK 6m", "NOK 4m", "NOK 18m"],
            ["Total", "NOK 134m", "NOK 216m", "NOK 62m", "NOK 412m"],
        ],
        [84, 36, 36, 36, 34],
        top=34,
    )

    # 13 risks: a 2x2 grid and mitigations below
    pdf.slide("Risks")
    y = pdf.risk_grid(
        {
            "higher/lower": ["Feed price rise", "Camera counts disputed"],
            "higher/higher": ["Lice tolerate fresh water", "Winter storm damage"],
            "lower/lower": ["Shore-power delay"],
            "lower/higher": ["Algal bloom", "Recirculation unit late"],
        },
        top=30,
    )
    pdf.bullets(
        [
            "Lice tolerate fresh water: rotate fresh-water and warm-water treatments",
            "Winter storm damage: check moorings after every gale over 20 m/s",
            "Algal bloom: fit plankton and oxygen sensors at the ten most exposed sites",
            "Recirculation unit late: keep buying smolts from Nordhav until Storvik delivers",
        ],
        top=y + 1,
        size=10,
    )

    # 14 governance and asks
    pdf.slide("Governance and asks")
    pdf.set_text_color(*SEA)
    pdf.put(14, 32, 200, "Governance", 13, "B")
    pdf.set_text_color(0, 0, 0)
    pdf.bullets(
        [
            "A Programme Board chaired by the Chief Executive meets monthly",
            "The Board of Directors decides each gate",
            "The Fish Welfare Committee reviews welfare figures every quarter",
        ],
        top=41,
        size=11.5,
    )
    pdf.set_text_color(*SEA)
    pdf.put(14, 76, 200, "We ask the Board to", 13, "B")
    pdf.set_text_color(0, 0, 0)
    pdf.bullets(
        [
            "Approve Healthy Fish, Open Books and its four priorities",
            "Approve NOK 412m over 2028 to 2030",
            "Approve Project Skerry from April 2028",
        ],
        top=85,
        size=11.5,
    )
    return pdf


# =========================================================================== PPTX kit


def new_deck(wide: bool = True) -> PresentationType:
    prs = Presentation()
    if wide:
        prs.slide_width = Inches(13.333)
        prs.slide_height = Inches(7.5)
    return prs


def rgb(color: tuple[int, int, int]) -> RGBColor:
    return RGBColor(*color)


def write_lines(
    frame,
    lines: Sequence[str],
    size: float | None = None,
    bold: bool = False,
    color: tuple[int, int, int] | None = None,
) -> None:
    frame.word_wrap = True
    for i, line in enumerate(lines):
        para = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
        para.text = line
        for run in para.runs:
            if size is not None:
                run.font.size = Pt(size)
            run.font.bold = bold
            if color is not None:
                run.font.color.rgb = rgb(color)


def text_box(
    shapes,
    left: float,
    top: float,
    width: float,
    height: float,
    lines: Sequence[str],
    size: float = 14,
    bold: bool = False,
    color: tuple[int, int, int] | None = None,
):
    box = shapes.add_textbox(Inches(left), Inches(top), Inches(width), Inches(height))
    write_lines(box.text_frame, lines, size, bold, color)
    return box


def filled(
    shapes,
    kind,
    left: float,
    top: float,
    width: float,
    height: float,
    color: tuple[int, int, int],
    lines: Sequence[str] = (),
    size: float = 12,
    bold: bool = False,
    text_color: tuple[int, int, int] = (255, 255, 255),
):
    shape = shapes.add_shape(kind, Inches(left), Inches(top), Inches(width), Inches(height))
    shape.fill.solid()
    shape.fill.fore_color.rgb = rgb(color)
    shape.line.fill.background()
    if lines:
        write_lines(shape.text_frame, lines, size, bold, text_color)
    else:
        shape.text_frame.text = ""
    return shape


def table(
    shapes,
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    top: float = 1.6,
    size: float = 12,
    left: float = 0.6,
    row_h: float = 0.42,
):
    """A native table; a cell's text may hold several paragraphs (split on newlines)."""
    shape = shapes.add_table(
        len(rows),
        len(rows[0]),
        Inches(left),
        Inches(top),
        Inches(sum(widths)),
        Emu(Inches(row_h) * len(rows)),
    )
    for c, w in enumerate(widths):
        shape.table.columns[c].width = Inches(w)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            cell = shape.table.cell(r, c)
            cell.text = value
            for para in cell.text_frame.paragraphs:
                for run in para.runs:
                    run.font.size = Pt(size)
                    run.font.bold = r == 0
    return shape


def notes(slide: Slide, lines: Sequence[str]) -> None:
    write_lines(slide.notes_slide.notes_text_frame, lines)


def save(prs: PresentationType, path: Path, author: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    buffer = io.BytesIO()
    prs.core_properties.author = author
    prs.core_properties.last_modified_by = author
    prs.core_properties.revision = 1
    prs.save(buffer)
    path.write_bytes(normalize_zip(buffer.getvalue()))


# =========================================================================== Kingsmead
# Content sits in cards built as a group of a group: the outer group holds an inner group
# (a coloured header block and its title) and the card's body text box.

PLUM = (74, 28, 70)
GOLD = (214, 170, 60)
CREAM = (248, 242, 230)
INK = (40, 30, 40)
BLANK = 6


def km_page(prs: PresentationType, title: str) -> Slide:
    slide = prs.slides.add_slide(prs.slide_layouts[BLANK])
    filled(slide.shapes, MSO_SHAPE.RECTANGLE, 0, 0, 13.333, 0.12, GOLD)
    text_box(slide.shapes, 0.6, 0.35, 12.1, 0.8, [title], 28, True, PLUM)
    return slide


def km_section(prs: PresentationType, part: str, name: str) -> Slide:
    slide = prs.slides.add_slide(prs.slide_layouts[BLANK])
    filled(slide.shapes, MSO_SHAPE.RECTANGLE, 0, 0, 13.333, 7.5, PLUM)
    text_box(slide.shapes, 1.0, 2.6, 11.0, 0.6, [part], 18, False, GOLD)
    text_box(slide.shapes, 1.0, 3.2, 11.0, 1.2, [name], 44, True, (255, 255, 255))
    return slide


def km_card(
    shapes,
    left: float,
    top: float,
    width: float,
    height: float,
    head: str,
    body: Sequence[str],
    size: float = 13,
    head_size: float = 16,
):
    """A card as a group of a group: the outer group holds an inner group (the header
    block and its title) and the body text box."""
    outer = shapes.add_group_shape()
    inner = outer.shapes.add_group_shape()
    filled(inner.shapes, MSO_SHAPE.RECTANGLE, left, top, width, height, CREAM)
    filled(inner.shapes, MSO_SHAPE.RECTANGLE, left, top, width, 0.6, PLUM)
    text_box(
        inner.shapes,
        left + 0.15,
        top + 0.08,
        width - 0.3,
        0.45,
        [head],
        head_size,
        True,
        (255, 255, 255),
    )
    if body:
        text_box(
            outer.shapes, left + 0.15, top + 0.75, width - 0.3, height - 0.9, body, size, False, INK
        )
    return outer


def km_tile(shapes, left: float, top: float, big: str, label: str):
    outer = shapes.add_group_shape()
    inner = outer.shapes.add_group_shape()
    filled(inner.shapes, MSO_SHAPE.ROUNDED_RECTANGLE, left, top, 2.9, 2.3, CREAM)
    text_box(inner.shapes, left + 0.2, top + 0.15, 2.5, 0.9, [big], 36, True, PLUM)
    text_box(outer.shapes, left + 0.2, top + 1.15, 2.5, 1.0, [label], 13, False, INK)
    return outer


def build_kingsmead() -> PresentationType:
    prs = new_deck()

    # 1 cover
    s = prs.slides.add_slide(prs.slide_layouts[BLANK])
    filled(s.shapes, MSO_SHAPE.RECTANGLE, 0, 0, 13.333, 7.5, PLUM)
    text_box(s.shapes, 0.9, 1.7, 11.5, 0.5, ["KINGSMEAD THEATRE AND ARTS CENTRE"], 16, True, GOLD)
    text_box(s.shapes, 0.9, 2.3, 11.5, 1.2, ["Open House 2030"], 54, True, (255, 255, 255))
    text_box(
        s.shapes,
        0.9,
        3.6,
        11.5,
        0.6,
        ["Our artistic and business plan for July 2028 to June 2030"],
        20,
        False,
        CREAM,
    )
    text_box(
        s.shapes, 0.9, 6.0, 11.0, 0.5, ["Board of Trustees  ·  14 October 2027"], 14, False, CREAM
    )

    # 2 executive summary: four tiles
    s = km_page(prs, "Open House 2030 at a glance")
    for i, (big, label) in enumerate(
        [
            ("75%", "main-house occupancy in 2029/30, from 61%"),
            ("1,200", "young people in weekly groups by 2029/30, from 640"),
            ("4,500", "paid-up Friends by 2029/30, from 3,100"),
            ("300 MWh", "of gas a year by 2029/30, from 1,420 MWh"),
        ]
    ):
        km_tile(s.shapes, 0.6 + i * 3.1, 1.5, big, label)
    text_box(
        s.shapes,
        0.6,
        4.3,
        12.0,
        2.2,
        [
            "Four priorities, a 16-week closure of the main house in 2029 and a pilot season "
            "in the Studio: the Spark Season.",
            "The Board of Trustees is asked to approve £6.8m from July 2028 to June 2030.",
        ],
        16,
        False,
        INK,
    )
    notes(
        s,
        [
            "Thank the trustees for reading the papers in advance.",
            "Say that the staff team built this plan over the summer, and that the four "
            "numbers on this slide are the ones we will report at every meeting.",
        ],
    )

    # 3 section
    km_section(prs, "Part one", "Where we are")

    # 4 current state
    s = km_page(prs, "2026/27 in four cards")
    for i, (head, body) in enumerate(
        [
            ("Stages", ["The main house sold 61% of its seats", "The Studio sold 48%"]),
            (
                "Learning",
                ["640 young people came to a weekly group", "Youth theatre met in Kingsmead alone"],
            ),
            ("Audiences", ["3,100 Friends renewed", "44% of bookings were made on the website"]),
            (
                "Building",
                [
                    "Opened in 1968; the gas boilers date from 1994",
                    "The building burned 1,420 MWh of gas",
                ],
            ),
        ]
    ):
        km_card(s.shapes, 0.6 + i * 3.1, 1.5, 2.9, 3.6, head, body)

    # 5 voices
    s = km_page(prs, "What we heard")
    for i, (head, body) in enumerate(
        [
            (
                "An audience member",
                [
                    "\u201cI love the place, but I book on the phone because the website loses my seats.\u201d"
                ],
            ),
            (
                "A youth theatre member",
                [
                    "\u201cThe bus from Fenby stops at six, so I can only come in the holidays.\u201d"
                ],
            ),
            (
                "A visiting producer",
                [
                    "\u201cYour Studio is the best small stage in the county, and it sits dark in October.\u201d"
                ],
            ),
            (
                "A stage technician",
                ["\u201cThe boiler room floods in February and we all carry buckets.\u201d"],
            ),
        ]
    ):
        km_card(s.shapes, 0.6 + (i % 2) * 6.15, 1.4 + (i // 2) * 2.7, 5.95, 2.5, head, body, 15)

    # 6 section
    km_section(prs, "Part two", "Where we are going")

    # 7 north star
    s = km_page(prs, "Our north star")
    km_card(
        s.shapes,
        0.6,
        1.5,
        12.1,
        1.9,
        "Our ambition",
        ["A theatre that belongs to everyone in the Kingsmead valley."],
        24,
    )
    km_card(
        s.shapes,
        0.6,
        3.8,
        12.1,
        1.9,
        "Our promise",
        ["By June 2030, one in four of our bookers will be under 26 or new to Kingsmead."],
        20,
    )

    # 8 priorities: four cards
    s = km_page(prs, "Four priorities")
    for i, (head, body) in enumerate(
        [
            (
                "1  Full stages",
                [
                    "Produce four main-house shows a year, two of them co-productions",
                    "Tour two Studio productions a year to the valley's village halls",
                    "Open a Studio season of new plays by local writers",
                ],
            ),
            (
                "2  Every young person",
                [
                    "Run a youth theatre in each of the four market towns",
                    "Give every Year 7 pupil in the district a free theatre visit",
                    "Take on six backstage apprentices a year",
                ],
            ),
            (
                "3  One box office",
                [
                    "Move box office and Friends membership onto one ticketing system",
                    "Sell £5 tickets to under-26s for every performance",
                    "Offer Friends membership by monthly direct debit",
                ],
            ),
            (
                "4  A building for fifty years",
                [
                    "Refurbish the main house in a 16-week closure in 2029",
                    "Replace the gas boilers with air-source heat pumps",
                    "Make the Studio step-free and fit a hearing loop",
                ],
            ),
        ]
    ):
        km_card(s.shapes, 0.6 + i * 3.1, 1.4, 2.9, 5.3, head, body, 13, 15)

    # 9 KPIs: a native table with a target per year
    s = km_page(prs, "How we will measure it")
    table(
        s.shapes,
        [
            ["Measure", "2026/27 actual", "2028/29 target", "2029/30 target"],
            ["Main-house occupancy", "61%", "66%", "75%"],
            ["Studio occupancy", "48%", "60%", "70%"],
            ["Young people in weekly groups", "640", "900", "1,200"],
            ["Paid-up Friends", "3,100", "3,700", "4,500"],
            ["Tickets booked online", "44%", "60%", "75%"],
            ["Gas burned in the building (MWh)", "1,420", "1,100", "300"],
        ],
        [5.2, 2.3, 2.3, 2.3],
        top=1.5,
        size=15,
        row_h=0.6,
    )

    # 10 section
    km_section(prs, "Part three", "How we will get there")

    # 11 roadmap: a Gantt drawn with shapes
    s = km_page(prs, "Roadmap")
    quarters = [
        "Q3 2028",
        "Q4 2028",
        "Q1 2029",
        "Q2 2029",
        "Q3 2029",
        "Q4 2029",
        "Q1 2030",
        "Q2 2030",
    ]
    x0, qw = 2.3, 1.32
    for i, (name, start, span) in enumerate([("Now", 0, 2), ("Next", 2, 4), ("Later", 6, 2)]):
        filled(
            s.shapes,
            MSO_SHAPE.DOUBLE_BRACKET if i % 2 else MSO_SHAPE.HORIZONTAL_SCROLL,
            x0 + start * qw + 0.05,
            1.15,
            span * qw - 0.1,
            0.5,
            GOLD,
            [name],
            14,
            True,
            PLUM,
        )
    for i, q in enumerate(quarters):
        text_box(s.shapes, x0 + i * qw, 1.75, qw, 0.35, [q], 11, True, PLUM)
    lanes = [
        (
            "Stages",
            [
                ("Spark Season in the Studio", 0, 2),
                ("Main-house co-production", 4, 2),
                ("Studio tour of village halls", 6, 2),
            ],
        ),
        (
            "Learning",
            [
                ("Youth theatres in Ashcombe and Fenby", 0, 4),
                ("Youth theatres in Marlow Cross and Stanway", 4, 4),
            ],
        ),
        (
            "Box office",
            [
                ("Choose the ticketing system", 0, 2),
                ("New system live, Friends moved across", 2, 2),
                ("£5 tickets for under-26s", 4, 4),
            ],
        ),
        (
            "Building",
            [
                ("Consents and contractor", 0, 2),
                ("Main house closed for works", 2, 2),
                ("Heat pumps installed", 4, 2),
                ("Studio step-free", 6, 2),
            ],
        ),
        ("People", [("First backstage apprentices", 1, 3), ("Free Year 7 visits begin", 5, 3)]),
    ]
    for r, (lane, bars) in enumerate(lanes):
        y = 2.2 + r * 0.8
        text_box(s.shapes, 0.4, y + 0.1, 1.8, 0.5, [lane], 13, True, PLUM)
        for label, start, span in bars:
            filled(
                s.shapes,
                MSO_SHAPE.RECTANGLE,
                x0 + start * qw + 0.04,
                y,
                span * qw - 0.08,
                0.62,
                PLUM if r % 2 == 0 else (120, 60, 110),
                [label],
                10,
            )
    for label, pos, lx in [
        ("Gate 1 · Spark Season go/no-go, December 2028", 2, 0),
        ("Gate 2 · reopening review, May 2029", 3.7, 0),
        ("Gate 3 · plan review", 8, -4.2),
    ]:
        gx = x0 + pos * qw - 0.18
        filled(s.shapes, MSO_SHAPE.DIAMOND, gx, 6.3, 0.36, 0.36, GOLD)
        text_box(
            s.shapes,
            gx + 0.42 + lx,
            6.32 + (0.4 if pos == 3.7 else 0),
            3.6,
            0.35,
            [label],
            10,
            True,
            INK,
        )

    # 12 pilot
    s = km_page(prs, "Pilot: the Spark Season in the Studio")
    km_card(
        s.shapes,
        0.6,
        1.4,
        3.9,
        5.2,
        "The season",
        [
            "Six new plays by writers from the valley, September to December 2028",
            "£5 tickets for under-26s at every performance",
            "Pay-what-you-can Tuesdays",
        ],
        14,
    )
    km_card(
        s.shapes,
        4.7,
        1.4,
        3.9,
        5.2,
        "Success criteria",
        [
            "Studio occupancy of 65% across the season",
            "30% of bookers new to Kingsmead",
            "1,000 tickets sold to under-26s",
        ],
        14,
    )
    km_card(
        s.shapes,
        8.8,
        1.4,
        3.9,
        5.2,
        "Go/no-go",
        [
            "The Board of Trustees decides at Gate 1 in December 2028 whether the Studio "
            "runs a season of new plays every autumn."
        ],
        14,
    )
    notes(
        s,
        [
            "Walk the trustees through the three cards from left to right.",
            "Mention that two of the six writers came through our own writers' group.",
        ],
    )

    # 13 first 90 days
    s = km_page(prs, "Our first 90 days, from July 2028")
    km_card(
        s.shapes,
        0.6,
        1.4,
        12.1,
        5.4,
        "By the end of September 2028 we will",
        [
            "Appoint the Open House Programme Manager",
            "Hold the first Open House board",
            "Confirm the 2026/27 baselines for the six measures",
            "Announce the Spark Season's six plays",
            "Choose the ticketing system supplier",
            "Apply for listed building consent for the main-house works",
            "Appoint the main-house contractor",
            "Recruit youth theatre leaders for Ashcombe and Fenby",
            "Brief BECTU on the rotas during the closure",
        ],
        15,
    )

    # 14 investment
    s = km_page(prs, "Investment: £6.8m over two years")
    km_card(
        s.shapes,
        0.6,
        1.4,
        6.0,
        4.8,
        "Capital",
        [
            "Main-house refurbishment  £3.9m",
            "Air-source heat pumps  £1.4m",
            "Studio access and hearing loop  £0.5m",
        ],
        16,
    )
    km_card(
        s.shapes,
        6.8,
        1.4,
        5.9,
        4.8,
        "Revenue",
        ["Ticketing system  £0.3m", "Youth theatres and Year 7 visits  £0.7m", "Total  £6.8m"],
        16,
    )

    # 15 risks
    s = km_page(prs, "Risks and what we will do about them")
    for i, (head, body) in enumerate(
        [
            ("Consent comes late", ["Hold a reserve Studio programme for spring 2029"]),
            ("Works overrun", ["Agree a fixed price and a completion bonus with the contractor"]),
            ("Ticketing switch fails", ["Run the old and new systems side by side for six weeks"]),
            (
                "Heat pumps cannot heat the fly tower",
                ["Keep one gas boiler serviceable until a full winter has passed"],
            ),
        ]
    ):
        km_card(s.shapes, 0.6 + (i % 2) * 6.15, 1.4 + (i // 2) * 2.7, 5.95, 2.5, head, body, 15)

    # 16 governance and asks
    s = km_page(prs, "Governance and asks")
    km_card(
        s.shapes,
        0.6,
        1.4,
        6.0,
        5.0,
        "Governance",
        [
            "The Open House board, chaired by the Executive Director and CEO, meets monthly",
            "The Board of Trustees decides each gate",
            "The Audience Forum and BECTU are consulted before changes that affect them",
        ],
        15,
    )
    km_card(
        s.shapes,
        6.8,
        1.4,
        5.9,
        5.0,
        "We ask the Board of Trustees to",
        [
            "Approve Open House 2030 and its four priorities",
            "Approve £6.8m from July 2028 to June 2030",
            "Approve the Spark Season from September 2028",
        ],
        15,
    )
    notes(s, ["Pause for questions before the vote.", "Thank the staff team by name."])
    return prs


# =========================================================================== Ferrowatt
# Built on the default template's layout placeholders (4:3): Title Slide, Title and Content,
# Section Header, Two Content, Title Only. Bullets are paragraphs at levels 0 and 1.

TITLE_SLIDE, TITLE_CONTENT, SECTION, TWO_CONTENT, TITLE_ONLY = 0, 1, 2, 3, 5
STEEL = (30, 50, 70)
VOLT = (0, 150, 200)
PALE = (228, 238, 244)


def fill_body(
    placeholder, items: Sequence[tuple[int, str] | tuple[int, str, bool]], size: float = 16
) -> None:
    """Paragraphs at the given levels; a third item True makes the paragraph's run bold."""
    frame = placeholder.text_frame
    for i, item in enumerate(items):
        level, text = item[0], item[1]
        bold = len(item) > 2 and item[2]
        para = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
        para.text = text
        para.level = level
        for run in para.runs:
            run.font.size = Pt(size if level == 0 else size - 2)
            if bold:
                run.font.bold = True


def fw_slide(prs: PresentationType, layout: int, title: str) -> Slide:
    slide = prs.slides.add_slide(prs.slide_layouts[layout])
    slide.shapes.title.text = title
    return slide


def fw_section(prs: PresentationType, name: str, part: str) -> Slide:
    slide = fw_slide(prs, SECTION, name)
    slide.placeholders[1].text = part
    return slide


def fw_table(
    slide: Slide, rows: Sequence[Sequence[str]], widths: Sequence[float], size: float = 13
) -> None:
    """A table where the content placeholder stood (the placeholder is taken out, as
    PowerPoint does when a table is inserted into an empty content placeholder)."""
    ph = slide.placeholders[1]
    left, top, width = ph.left, ph.top, ph.width
    ph._element.getparent().remove(ph._element)
    frame = slide.shapes.add_table(
        len(rows), len(rows[0]), left, top, width, Emu(Inches(0.45) * len(rows))
    )
    for c, w in enumerate(widths):
        frame.table.columns[c].width = Inches(w)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            cell = frame.table.cell(r, c)
            cell.text = value
            for para in cell.text_frame.paragraphs:
                for run in para.runs:
                    run.font.size = Pt(size)
                    run.font.bold = r == 0


def build_ferrowatt() -> PresentationType:
    prs = new_deck(wide=False)

    # 1 title slide
    s = fw_slide(prs, TITLE_SLIDE, "Steady Power, Cooler Halls")
    s.placeholders[1].text = (
        "Ferrowatt Data Centres  ·  our operating plan for the next three years  ·  "
        "Board of Directors, 16 November 2027"
    )

    # 2 executive summary: four tiles on Title Only
    s = fw_slide(prs, TITLE_ONLY, "Executive summary")
    for i, (big, label) in enumerate(
        [
            ("1.35", "annualised PUE by the end of Year 2, from 1.52"),
            ("10 days", "from signed order to live rack by the end of Year 2, from 41"),
            ("95%", "of remote-hands tickets answered within 30 minutes by the end of Year 1"),
            ("18 GWh", "of heat exported a year by the end of Year 3"),
        ]
    ):
        x = 0.5 + (i % 2) * 4.6
        y = 1.7 + (i // 2) * 2.2
        filled(s.shapes, MSO_SHAPE.RECTANGLE, x, y, 4.4, 2.0, PALE)
        text_box(s.shapes, x + 0.15, y + 0.1, 4.1, 0.8, [big], 30, True, STEEL)
        text_box(s.shapes, x + 0.15, y + 0.95, 4.1, 0.95, [label], 13, False, STEEL)
    text_box(
        s.shapes,
        0.5,
        6.2,
        9.0,
        0.9,
        [
            "Three phases over 36 months, a pilot at Dunmere (Project Kestrel) and £48m of investment."
        ],
        14,
    )

    # 3 section
    fw_section(prs, "Where we stand", "Part 1")

    # 4 today
    s = fw_slide(prs, TITLE_CONTENT, "Today")
    fill_body(
        s.placeholders[1],
        [
            (
                0,
                "Four sites: Ashby Park (AP1), Carrick Road (CR2), Dunmere (DM3) and Eastholm (EH4)",
            ),
            (0, "61 MW of contracted IT load in 22 data halls"),
            (0, "The four sites ran at an annualised PUE of 1.52 in 2026/27"),
            (0, "A new customer waited 41 working days on average for a live rack"),
            (0, "71% of remote-hands tickets were picked up inside 30 minutes"),
            (0, "The heat from every hall is blown into the air"),
            (0, "The NOC filled 84% of its shifts from its own rota"),
        ],
        17,
    )

    # 5 voices
    s = fw_slide(prs, TITLE_CONTENT, "What customers and colleagues told us")
    fill_body(
        s.placeholders[1],
        [
            (0, "\u201cWe signed in March and racked our kit in May.\u201d"),
            (1, "Infrastructure lead, a fintech customer at Ashby Park"),
            (0, "\u201cAt 3am a remote-hands ticket waits for whoever is free.\u201d"),
            (1, "NOC engineer, night shift"),
            (0, "\u201cThe halls are colder than our servers need.\u201d"),
            (1, "Hosting manager, a university customer at Dunmere"),
            (0, "\u201cThe town would take your heat tomorrow if you piped it.\u201d"),
            (1, "Energy officer, Ashby Borough Council"),
        ],
        17,
    )

    # 6 section
    fw_section(prs, "Where we are going", "Part 2")

    # 7 north star
    s = fw_slide(prs, TITLE_CONTENT, "Our north star")
    fill_body(
        s.placeholders[1],
        [
            (0, "Ambition", True),
            (1, "The data centre operator customers never have to think about."),
            (0, "Commitment", True),
            (
                1,
                "By the end of Year 3, every hall will run at a PUE of 1.30 or better while "
                "holding every customer's temperature SLA.",
            ),
        ],
        20,
    )

    # 8 priorities: names at level 0, initiatives at level 1
    s = fw_slide(prs, TITLE_CONTENT, "Four priorities")
    fill_body(
        s.placeholders[1],
        [
            (0, "Efficient power and cooling"),
            (1, "Fit hot-aisle containment in all 22 data halls"),
            (1, "Raise supply air to 24°C in every contained hall"),
            (1, "Replace the Carrick Road chillers with free-cooling chillers"),
            (0, "Fast onboarding and remote hands"),
            (1, "Cut onboarding to 10 working days with one order-to-live workflow"),
            (1, "Open a customer portal for access requests and remote-hands tickets"),
            (1, "Answer every remote-hands ticket within 30 minutes, day and night"),
            (0, "Grid and heat"),
            (1, "Secure a 40 MVA grid connection for Eastholm"),
            (1, "Export waste heat from Ashby Park to the town's heat network"),
            (1, "Sign a ten-year solar power purchase agreement"),
            (0, "People and the NOC"),
            (1, "Staff the NOC with five full shift teams"),
            (1, "Take on 12 data-centre technician apprentices a year"),
            (1, "Certify all four sites to ISO 50001"),
        ],
        14,
    )

    # 9-10 two content: what we will do / what you will see
    for title, left, right in [
        (
            "Customers: what changes",
            [
                "Give each new customer one onboarding manager",
                "Keep a stock of pre-built racks at every site",
                "Publish remote-hands response times every month",
            ],
            [
                "A live rack 10 working days after you sign",
                "One portal for access, tickets and invoices",
                "A technician at your cabinet within 30 minutes",
            ],
        ),
        (
            "Energy and heat: what changes",
            [
                "Meter power at every rack in all four sites",
                "Bring chiller plant readings into the BMS",
                "Lay a heat pipe from Ashby Park to the Ashby district network",
            ],
            [
                "A PUE report for your hall every month",
                "Heat from your servers warming 3,000 homes in Ashby",
                "70% of your power matched by solar generation",
            ],
        ),
    ]:
        s = fw_slide(prs, TWO_CONTENT, title)
        fill_body(s.placeholders[1], [(0, "What we will do", True), *[(1, t) for t in left]], 18)
        fill_body(s.placeholders[2], [(0, "What you will see", True), *[(1, t) for t in right]], 18)

    # 11 KPIs: a table in the content placeholder
    s = fw_slide(prs, TITLE_CONTENT, "How we will measure it")
    fw_table(
        s,
        [
            ["Measure", "Today", "Target", "By"],
            ["Annualised PUE across the four sites", "1.52", "1.35", "End of Year 2"],
            ["Working days from signed order to live rack", "41", "10", "End of Year 2"],
            ["Remote-hands tickets answered within 30 minutes", "71%", "95%", "End of Year 1"],
            ["Heat exported to the Ashby network (GWh a year)", "0", "18", "End of Year 3"],
            ["Unplanned power interruptions to customers", "3", "0", "Every year"],
            ["NOC shifts covered by the core rota", "84%", "100%", "End of Year 1"],
        ],
        [4.4, 1.1, 1.1, 2.4],
    )

    # 12 section
    fw_section(prs, "How we will get there", "Part 3")

    # 13 roadmap: relative months; the calendar start stated once, in the subtitle
    s = fw_slide(prs, TITLE_CONTENT, "Roadmap: Stabilise, Standardise, Scale")
    text_box(
        s.shapes, 0.5, 1.25, 9.0, 0.4, ["The programme starts on 1 April 2028"], 14, False, VOLT
    )
    fill_body(
        s.placeholders[1],
        [
            (0, "Months 0–6 · Stabilise"),
            (1, "Project Kestrel at Dunmere"),
            (1, "Fill the fifth NOC shift team"),
            (1, "Order the Carrick Road chillers"),
            (1, "Gate 1: Kestrel go/no-go, Month 6"),
            (0, "Months 7–18 · Standardise"),
            (1, "Containment in all 22 halls"),
            (1, "Customer portal live at all four sites"),
            (1, "Planning consent for the heat pipe"),
            (1, "Gate 2: Standardise review, Month 18"),
            (0, "Months 19–36 · Scale"),
            (1, "Heat export from Ashby Park"),
            (1, "Eastholm grid connection works"),
            (1, "ISO 50001 at all four sites"),
            (1, "Gate 3: Year 3 review"),
        ],
        14,
    )

    # 14 pilot: two content
    s = fw_slide(prs, TWO_CONTENT, "Pilot: Project Kestrel at Dunmere (DM3)")
    fill_body(
        s.placeholders[1],
        [
            (0, "Scope", True),
            (1, "Halls 1 and 2 at Dunmere, Months 1 to 6"),
            (1, "Containment and 24°C supply air"),
            (1, "The order-to-live workflow for every new Dunmere customer"),
        ],
        17,
    )
    fill_body(
        s.placeholders[2],
        [
            (0, "Success criteria", True),
            (1, "Dunmere PUE under 1.40 for three months running"),
            (1, "Five new customers live within 15 working days"),
            (1, "Zero temperature SLA breaches"),
            (0, "Go/no-go", True),
            (1, "The Chief Operating Officer decides at Gate 1 in Month 6"),
        ],
        17,
    )

    # 15 first 90 days: week ranges as bold level-0 headings
    s = fw_slide(prs, TITLE_CONTENT, "The first 90 days")
    fill_body(
        s.placeholders[1],
        [
            (0, "Weeks 1–4", True),
            (1, "Appoint the programme director"),
            (1, "Hold the first programme board"),
            (1, "Baseline PUE, onboarding and ticket times at all four sites"),
            (0, "Weeks 5–8", True),
            (1, "Install containment in Dunmere halls 1 and 2"),
            (1, "Map the order-to-live workflow with sales, operations and billing"),
            (1, "Advertise for the fifth NOC shift team"),
            (0, "Weeks 9–13", True),
            (1, "Submit the heat pipe planning application to Ashby Borough Council"),
            (1, "Brief the GMB on the five-team NOC rota"),
            (1, "Start the first apprentice intake with Ashby College"),
        ],
        15,
    )

    # 16 investment
    s = fw_slide(prs, TITLE_CONTENT, "Investment: £48m over three years")
    fw_table(
        s,
        [
            ["Item", "Year 1", "Year 2", "Year 3", "Total"],
            ["Containment and cooling retrofits", "£6.0m", "£8.0m", "£2.0m", "£16.0m"],
            ["Carrick Road chillers", "£3.0m", "£7.0m", "£0.0m", "£10.0m"],
            ["Heat export", "£1.0m", "£4.0m", "£7.0m", "£12.0m"],
            ["Portal and workflow", "£1.5m", "£1.0m", "£0.5m", "£3.0m"],
            ["People and the NOC", "£2.0m", "£2.5m", "£2.5m", "£7.0m"],
            ["Total", "£13.5m", "£22.5m", "£12.0m", "£48.0m"],
        ],
        [3.4, 1.3, 1.3, 1.3, 1.3],
    )

    # 17 risks: risk at level 0, mitigation at level 1
    s = fw_slide(prs, TITLE_CONTENT, "Risks")
    fill_body(
        s.placeholders[1],
        [
            (0, "The Eastholm connection slips past Year 3"),
            (
                1,
                "Mitigation: agree a flexible connection for the first 10 MVA with the network operator",
            ),
            (0, "Warmer halls breach a customer's SLA"),
            (
                1,
                "Mitigation: raise temperatures hall by hall with each customer's written agreement",
            ),
            (0, "The heat network is built late"),
            (1, "Mitigation: write a take-or-pay clause into the heat supply agreement"),
            (0, "Engineers leave for hyperscale builds"),
            (1, "Mitigation: pay a retention bonus to HV-authorised engineers"),
        ],
        16,
    )

    # 18 governance and asks
    s = fw_slide(prs, TWO_CONTENT, "Governance and asks")
    fill_body(
        s.placeholders[1],
        [
            (0, "Governance", True),
            (1, "A programme board chaired by the Chief Operating Officer meets monthly"),
            (1, "The Chief Operating Officer, as executive sponsor, decides each gate"),
            (1, "The Customer Advisory Forum is consulted before changes customers will see"),
        ],
        16,
    )
    fill_body(
        s.placeholders[2],
        [
            (0, "We ask the Board to", True),
            (1, "Approve the plan and its four priorities"),
            (1, "Approve £48m over three years"),
            (1, "Approve Project Kestrel at Dunmere"),
        ],
        16,
    )
    return prs


# =========================================================================== org kit


def write_org(case_dir: Path, files: dict[str, str | bytes]) -> None:
    for rel, body in sorted(files.items()):
        path = case_dir / "org" / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(body.encode("utf-8") if isinstance(body, str) else body)


def _docx_bytes(document, author: str) -> bytes:
    props = document.core_properties
    props.author = author
    props.last_modified_by = author
    props.revision = 1
    props.created = FIXED_DT
    props.modified = FIXED_DT
    props.last_printed = FIXED_DT
    buffer = io.BytesIO()
    document.save(buffer)
    return normalize_zip(buffer.getvalue())


def roster_docx(heading: str, intro: str, rows: Sequence[Sequence[str]], author: str) -> bytes:
    """A Word document: a heading, a sentence of introduction and a table of roles."""
    document = docx.Document()
    document.add_heading(heading, level=1)
    document.add_paragraph(intro)
    grid = document.add_table(rows=len(rows), cols=len(rows[0]))
    grid.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            cell = grid.cell(r, c)
            cell.text = value
            for run in cell.paragraphs[0].runs:
                run.font.size = DocxPt(9)
                run.font.bold = r == 0
    return _docx_bytes(document, author)


def prose_docx(heading: str, paragraphs: Sequence[str], author: str) -> bytes:
    document = docx.Document()
    document.add_heading(heading, level=1)
    for text in paragraphs:
        document.add_paragraph(text)
    return _docx_bytes(document, author)


def _xlsx_bytes(book, author: str) -> bytes:
    book.properties.creator = author
    book.properties.lastModifiedBy = author
    book.properties.created = FIXED_DT
    book.properties.modified = FIXED_DT
    buffer = io.BytesIO()
    book.save(buffer)
    return normalize_zip(buffer.getvalue())


# =========================================================================== Fjordvik org

FJORDVIK_ROLES = [
    ["Role", "Team", "Tier", "Responsibilities", "Based at"],
    [
        "Chief Executive",
        "Executive",
        "core",
        "Executive sponsor of Healthy Fish, Open Books; chairs the Programme Board; takes gate papers to the Board of Directors",
        "Head office, Brekke",
    ],
    [
        "Programme Lead, Healthy Fish",
        "Programme Office",
        "core",
        "Runs the programme plan, the RAID log and the gate papers; secretary to the Programme Board; owns the programme baselines and the monthly measures pack",
        "Head office, Brekke",
    ],
    [
        "Head of Fish Health",
        "Fish Health",
        "core",
        "Sea lice strategy and treatment plans, fresh-water treatment, fish welfare, mortality investigations, the lice camera programme",
        "Storvik",
    ],
    [
        "Senior Fish Health Biologist",
        "Fish Health",
        "extended",
        "Prescribes medicinal treatments; runs the Storvik fish-health laboratory",
        "Storvik",
    ],
    [
        "Production Director, Sea",
        "Sea Farming",
        "core",
        "The 14 sea sites: stocking, survival, nets and moorings, escape prevention and escape drills",
        "Head office, Brekke",
    ],
    [
        "Area Manager, Lindholm",
        "Sea Farming",
        "core",
        "The three Lindholm sea sites and their crews; leads Project Skerry on site",
        "Lindholm",
    ],
    [
        "Site Manager, Kvalsund",
        "Sea Farming",
        "extended",
        "Daily running of the Kvalsund site: feeding, lice counts, net checks",
        "Kvalsund",
    ],
    [
        "Hatchery Manager, Storvik",
        "Freshwater",
        "core",
        "Broodstock, eggs and smolt production; the recirculation unit build; smolt quality",
        "Storvik",
    ],
    [
        "Processing Plant Manager, Hamnes",
        "Processing",
        "core",
        "Harvest, slaughter and packing at Hamnes; batch labels and traceability from pen to box",
        "Hamnes",
    ],
    [
        "Head of Feed and Nutrition",
        "Feed",
        "core",
        "Feed contracts and diets, feed conversion, feed cameras and BargeLink feeding control",
        "Head office, Brekke",
    ],
    [
        "Technical and Engineering Manager",
        "Engineering",
        "core",
        "Feed barges, shore power, mooring load sensors, vessels and diesel use",
        "Brekke base",
    ],
    [
        "Environment and Licensing Manager",
        "Compliance",
        "core",
        "Site licences, reports to the Directorate of Fisheries, escape reporting, the weekly public site figures",
        "Head office, Brekke",
    ],
    [
        "Head of Sales and Quality",
        "Commercial",
        "extended",
        "Retail buyers, ASC certification, quality claims and buyer audits",
        "Hamnes",
    ],
    [
        "Head of Digital and Data",
        "IT and Data",
        "core",
        "FishTrack, BargeLink and PlantTrace; the Tidewater warehouse and dashboards; networks at sea",
        "Head office, Brekke",
    ],
    [
        "Fjordvik Academy Manager",
        "People",
        "core",
        "Training: the Fjordvik Academy's lice-counting, fish-welfare, net and vessel courses and our aquaculture apprentices",
        "Brekke base",
    ],
    [
        "Chief Financial Officer",
        "Finance",
        "core",
        "Budgets, capital approvals, investment cases, feed cost and the investment tracking",
        "Head office, Brekke",
    ],
    [
        "Chief Union Representative",
        "Employee representatives",
        "consultative",
        "Consulted on rotas, staffing and working practices at sea and ashore; owns no delivery work",
        "Hamnes",
    ],
    [
        "Chair, Coastal Neighbours Forum",
        "Community",
        "consultative",
        "Consulted on site changes, escapes and what we publish; owns no delivery work",
        "Kvalsund",
    ],
]

FJORDVIK = {
    "governance/programme-board-charter.md": doc(
        """
        # Healthy Fish, Open Books: Programme Board charter

        Agreed by the Board of Directors on 9 December 2027.

        ## Purpose

        The Programme Board steers Healthy Fish, Open Books from January 2028 to December 2030.

        ## Members

        Chair: the Chief Executive, executive sponsor of the programme. Members: Production
        Director, Sea; Head of Fish Health; Hatchery Manager, Storvik; Processing Plant Manager,
        Hamnes; Head of Digital and Data; Chief Financial Officer. The Programme Lead, Healthy
        Fish is secretary. The Chief Union Representative and the Chair of the Coastal
        Neighbours Forum are invited, to be consulted, when an item changes rotas at sea or
        what we tell the public.

        ## Decision rights

        | Decision | Who decides |
        |---|---|
        | Gates 1 to 3, including the Skerry go/no-go | The Board of Directors, on a paper from the Chief Executive |
        | Release of budget within the approved NOK 412m | Programme Board |
        | Treatment plans | Head of Fish Health |
        | Capital purchases | A single purchase above NOK 20m goes to the Board of Directors, which meets six times a year. |
        | Rotas at sea | Changes to rotas at sea sites go to the union for six weeks of consultation before they start. |

        ## Cadence

        Monthly, in the first week. The Fish Welfare Committee reviews welfare figures every
        quarter.
        """
    ),
    "governance/risk-and-constraints-register.md": doc(
        """
        # Risk and constraints register (Programme Office, November 2027)

        | Ref | Risk or constraint | Owner | Status |
        |---|---|---|---|
        | C1 | A rise in a site's licensed biomass must be approved by the Directorate of Fisheries, which takes six to nine months. | Environment and Licensing Manager | Standing |
        | C2 | Recirculation units of the size Storvik needs are quoted at 14 months from order to first water. | Hatchery Manager, Storvik | Standing |
        | C3 | Our feed supply contract with Havfor runs to March 2029. | Head of Feed and Nutrition | Open |
        | C4 | The grid company has offered shore-power connections at 3 of our 8 barge sites before 2030. | Technical and Engineering Manager | Open |
        | C5 | Hamnes plant systems are frozen for changes from September to November, the harvest peak. | Processing Plant Manager, Hamnes | Standing |
        | R1 | Lice tolerate fresh-water treatment after repeated use. | Head of Fish Health | Open |
        | R2 | A winter storm tears a net at an exposed site. | Production Director, Sea | Open |
        | R3 | An algal bloom kills fish at several sites at once. | Head of Fish Health | Open |
        """
    ),
    "measures/metric-definitions.md": doc(
        """
        # Metric definitions

        | Metric | Definition | Owner | 2027 |
        |---|---|---|---|
        | Lice over the trigger level | Site-months in which the average count of adult female lice per fish went over 0.5 | Head of Fish Health | 14 |
        | Survival from sea transfer | Fish harvested from a year class / smolts put to sea in that year class | Production Director, Sea | 82% |
        | Escapes | Farmed fish reported to the Directorate of Fisheries as escaped | Environment and Licensing Manager | 3,100 |
        | Economic feed conversion ratio | Feed used / live weight gained, by site and year | Head of Feed and Nutrition | 1.31 |
        | Traceable batches | Harvest batches linked to pen, smolt group and egg batch / all harvest batches | Processing Plant Manager, Hamnes | 35% |
        | Barge diesel | Litres of diesel burned by feed barges in the year | Technical and Engineering Manager | 1.9 million |

        The Programme Lead, Healthy Fish publishes these each month from the Tidewater warehouse.

        Site crews count lice on 20 fish per pen each week and write the counts on paper sheets, which the area office types into FishTrack on Fridays.
        """
    ),
    "context/operating-context.md": doc(
        """
        # Operating context for Healthy Fish, Open Books

        ## Fish health

        Prescribing rights for medicinal treatments rest with one person, the Senior Fish Health Biologist at Storvik.
        Fresh-water treatment is done from chartered well boats.

        ## Sites

        Our 14 sea sites sit in three farming areas: Lindholm (three sites), Kvalsund (five)
        and Vestvag (six). Six sites face the open sea.

        ## People

        The Fjordvik Academy, run by the Fjordvik Academy Manager, trains site crews in lice
        counting, fish welfare, net handling and vessel work all year, and runs our
        aquaculture apprenticeships with the county's fisheries college.
        """
    ),
}


def fjordvik_systems_xlsx() -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Systems"
    rows = [
        ["System", "Used for", "Owner", "Notes"],
        [
            "FishTrack",
            "Production records: stocking, biomass, lice counts, mortality, treatments",
            "Head of Digital and Data",
            "Its supplier ends support for FishTrack 4 in June 2029.",
        ],
        [
            "BargeLink",
            "Feeding control on the feed barges",
            "Head of Feed and Nutrition",
            "Feed cameras are fitted on 6 of our 14 barges.",
        ],
        [
            "Tidewater",
            "Reporting warehouse and Power BI dashboards, loaded nightly from FishTrack, BargeLink, PlantTrace and Ledgerline",
            "Head of Digital and Data",
            "",
        ],
        [
            "PlantTrace",
            "Batch labels, grading and packing at Hamnes",
            "Processing Plant Manager, Hamnes",
            "The links from each harvest batch back to its pen and smolt group are kept in a spreadsheet at Hamnes.",
        ],
        [
            "LabBook",
            "Fish-health laboratory results at Storvik",
            "Senior Fish Health Biologist",
            "",
        ],
        ["Ledgerline", "Finance, purchasing and payroll", "Chief Financial Officer", ""],
        [
            "Mooring loggers",
            "Load cells on the moorings at the six exposed sites",
            "Technical and Engineering Manager",
            "Each logger stores its readings for 30 days and then writes over them.",
        ],
    ]
    for row in rows:
        sheet.append(row)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for col, width in zip("ABCD", [18, 60, 34, 70], strict=True):
        sheet.column_dimensions[col].width = width
    links = book.create_sheet("Site links")
    for row in [
        ["Farming area", "Sea sites", "Data link"],
        ["Lindholm", "3", "4G mobile data"],
        ["Kvalsund", "5", "4G mobile data at three sites, satellite at two"],
        ["Vestvag", "6", "4G mobile data at three sites, satellite at three"],
        [
            "Note",
            "",
            "Mobile data reaches 9 of our 14 sea sites; the other five send their data by satellite twice a day.",
        ],
    ]:
        links.append(row)
    for cell in links[1]:
        cell.font = Font(bold=True)
    return _xlsx_bytes(book, "Fjordvik Salmon, Digital and Data")


# =========================================================================== Kingsmead org

KINGSMEAD_ESTABLISHMENT = [
    (
        "Executive",
        [
            (
                "Executive Director and CEO",
                "core",
                "Executive sponsor of Open House 2030; chairs the Open House board; takes gate papers to the Board of Trustees; budget holder",
                "Board of Trustees",
            ),
            (
                "Artistic Director",
                "core",
                "The programme of both stages; producing; the Studio's new writing and the Spark Season",
                "Board of Trustees",
            ),
        ],
    ),
    (
        "Programme Office",
        [
            (
                "Open House Programme Manager",
                "core",
                "Runs the Open House plan, risks and gate papers; secretary to the Open House board; the baselines and the monthly dashboard",
                "Executive Director and CEO",
            ),
        ],
    ),
    (
        "Producing",
        [
            (
                "Head of Producing and Touring",
                "core",
                "Co-productions, touring to village halls, contracts with visiting companies",
                "Artistic Director",
            ),
            (
                "Studio Producer",
                "core",
                "The Studio's season, writers and casting; produces the Spark Season",
                "Artistic Director",
            ),
        ],
    ),
    (
        "Learning and Participation",
        [
            (
                "Head of Learning and Participation",
                "core",
                "Youth theatres in the four market towns, work with schools, the free Year 7 visits",
                "Executive Director and CEO",
            ),
            (
                "Learning and Skills Manager",
                "core",
                "Training: Kingsmead Skills for staff, volunteers and crew; the backstage apprenticeships",
                "Head of Learning and Participation",
            ),
        ],
    ),
    (
        "Audiences",
        [
            (
                "Head of Audiences and Membership",
                "core",
                "Box office, ticket pricing, the £5 under-26 tickets, Friends membership and direct debit, the ticketing system change",
                "Executive Director and CEO",
            ),
            (
                "Box Office Manager",
                "extended",
                "Box office staff rotas, phone and counter sales, Friends renewals",
                "Head of Audiences and Membership",
            ),
        ],
    ),
    (
        "Production and Building",
        [
            (
                "Head of Production and Technical",
                "core",
                "Stage management, lighting, sound, flying and get-ins on both stages",
                "Executive Director and CEO",
            ),
            (
                "Head of Stage",
                "extended",
                "Stage crew, the flying system, get-ins and get-outs",
                "Head of Production and Technical",
            ),
            (
                "Buildings and Facilities Manager",
                "core",
                "The main-house refurbishment, the heat pumps, energy meters, Studio access works, contractors on site",
                "Executive Director and CEO",
            ),
        ],
    ),
    (
        "Finance and Data",
        [
            (
                "Finance Director",
                "core",
                "Budgets, capital, grants and cash flow; the investment tracking",
                "Executive Director and CEO",
            ),
            (
                "Digital and Data Manager",
                "core",
                "SeatPlan, the Footlights reporting database and dashboards, the website and networks",
                "Finance Director",
            ),
        ],
    ),
    (
        "Development",
        [
            (
                "Head of Development",
                "extended",
                "Fundraising, trusts and foundations, the Arts Council relationship",
                "Executive Director and CEO",
            ),
        ],
    ),
    (
        "Consultative",
        [
            (
                "BECTU Branch Representative",
                "consultative",
                "Consulted on rotas, hours and working practices; owns no delivery work",
                "BECTU branch",
            ),
            (
                "Chair, Audience Forum",
                "consultative",
                "Consulted on pricing, access and changes audiences will see; owns no delivery work",
                "Audience Forum",
            ),
        ],
    ),
]


def kingsmead_roster_xlsx() -> bytes:
    """Rows 1-3 a title block, the header on row 4, the team written once per block in
    cells merged down the team column; a second sheet of notes."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Establishment"
    sheet["A1"] = "Kingsmead Theatre and Arts Centre"
    sheet["A1"].font = Font(bold=True, size=14)
    sheet["A2"] = "Establishment 2027"
    sheet.append([])
    sheet.append(["Team", "Role", "Tier", "Responsibilities", "Reports to"])
    for cell in sheet[4]:
        cell.font = Font(bold=True)
    row = 5
    for team, roles in KINGSMEAD_ESTABLISHMENT:
        first = row
        for role, tier, duties, reports in roles:
            sheet.cell(row=row, column=2, value=role)
            sheet.cell(row=row, column=3, value=tier)
            sheet.cell(row=row, column=4, value=duties)
            sheet.cell(row=row, column=5, value=reports)
            row += 1
        sheet.cell(row=first, column=1, value=team)
        sheet.cell(row=first, column=1).alignment = Alignment(vertical="top")
        if row - 1 > first:
            sheet.merge_cells(start_row=first, start_column=1, end_row=row - 1, end_column=1)
    for col, width in zip("ABCDE", [26, 36, 14, 90, 34], strict=True):
        sheet.column_dimensions[col].width = width
    notes_sheet = book.create_sheet("Notes")
    for line in [
        ["Tiers"],
        ["core: takes the programme's decisions and does its work."],
        ["extended: consulted early and kept informed as the work firms up."],
        [
            "consultative: consulted before changes that affect staff or audiences; owns no delivery work."
        ],
        ["Updated by the Finance Director in June 2027."],
    ]:
        notes_sheet.append(line)
    notes_sheet.column_dimensions["A"].width = 100
    return _xlsx_bytes(book, "Kingsmead Theatre, Finance")


def kingsmead_charter_docx() -> bytes:
    return prose_docx(
        "Open House board: charter",
        [
            "Approved by the Board of Trustees on 14 October 2027.",
            "1. Purpose. The Open House board steers Open House 2030 from July 2028 to June 2030.",
            "2. Chair. The Executive Director and CEO chairs the board and is the programme's executive sponsor.",
            "3. Members. The Artistic Director, the Head of Audiences and Membership, the Head of "
            "Learning and Participation, the Head of Production and Technical, the Buildings and "
            "Facilities Manager and the Finance Director. The Open House Programme Manager is "
            "secretary.",
            "4. Consultation. The BECTU Branch Representative and the Chair of the Audience Forum "
            "attend, to be consulted, when an item affects staff rotas or audiences.",
            "5. Gates. The Board of Trustees decides each gate, including the Spark Season "
            "go/no-go, on a paper from the Executive Director and CEO.",
            "6. Budget. The board releases budget within the approved £6.8m. Spending of more "
            "than £250,000 on a single building contract goes to the Board of Trustees, which "
            "meets four times a year.",
            "7. Artistic decisions. The Artistic Director decides the programme of both stages.",
            "8. Staff. Changes to get-in and show-call rotas go to the BECTU branch for 30 days "
            "of consultation before they start.",
            "9. Cadence. The board meets monthly; the Finance Director reports spend against "
            "the £6.8m at every meeting.",
        ],
        "Kingsmead Theatre, Executive Office",
    )


KINGSMEAD = {
    "systems/systems-inventory.md": doc(
        """
        # Systems inventory (Digital and Data, September 2027)

        | System | Use | Notes |
        |---|---|---|
        | SeatPlan 6 | Ticketing, box office and online sales for both stages | Its supplier ends support for SeatPlan 6 in August 2029. Licensed for 12 box office users at a time. |
        | Friends renewals | Membership renewals and Gift Aid claims | Renewals are tracked in a spreadsheet kept by the Box Office Manager. |
        | Footlights | Reporting database and Power BI dashboards, loaded nightly from SeatPlan, DonorBook and Sage 200 | |
        | DonorBook | Donors, trusts and foundations, legacies | |
        | Sage 200 | Finance ledger, purchasing and payroll | |
        | Callboard | Production schedules, rehearsal rooms, crew calls | |
        | Energy meters | Gas and electricity use | The gas and electricity meters are read by the Buildings and Facilities Manager each Monday morning. |

        Booking histories in SeatPlan are kept for 24 months and then archived off the live system.

        The rehearsal rooms in the Mill building reach the network through a 4G router.
        """
    ),
    "measures/metric-definitions.md": doc(
        """
        # Metric definitions

        | Metric | Definition | Owner | 2026/27 |
        |---|---|---|---|
        | Main-house occupancy | Tickets issued / seats on sale in the main house (512 seats) | Head of Audiences and Membership | 61% |
        | Studio occupancy | Tickets issued / seats on sale in the Studio (140 seats) | Studio Producer | 48% |
        | Young people in weekly groups | Young people aged 8 to 25 on a weekly group's register in the last week of term | Head of Learning and Participation | 640 |
        | Paid-up Friends | Friends memberships paid up on 31 March | Head of Audiences and Membership | 3,100 |
        | Tickets booked online | Tickets booked on the website / all tickets | Digital and Data Manager | 44% |
        | Gas burned | MWh of gas from the meter readings | Buildings and Facilities Manager | 1,420 |

        The Open House Programme Manager publishes these each month from Footlights.

        Youth theatre leaders take registers on paper at each session and post them to the learning office at the end of each term.
        """
    ),
    "context/operating-context.md": doc(
        """
        # Operating context for Open House 2030

        ## Building

        Kingsmead opened in 1968 and is listed at grade II.
        Listed building consent for the main-house works is awaited from Kingsmead District Council.
        The substation upgrade the heat pumps need is quoted by the network operator at 38 weeks.

        ## Stages

        The flying system in the main house is run by one person, the Head of Stage, who holds the rigging certificate.
        Visiting companies hold 22 weeks of the Studio's 2028 calendar under contract.

        ## Funding

        Our Arts Council funding agreement is confirmed to March 2030.

        ## People

        Kingsmead Skills, run by the Learning and Skills Manager, trains staff, volunteers,
        ushers and technical crew all year and runs our backstage apprenticeships with
        Kingsmead College.
        """
    ),
}


# =========================================================================== Ferrowatt org

FERROWATT_ROSTER = doc(
    """
    # Steady Power: people, by team (People team, October 2027)
    teams:
      - name: Executive
        roles:
          - role: Chief Operating Officer
            tier: core
            responsibilities:
              - Executive sponsor of Steady Power, Cooler Halls
              - Chairs the programme board and decides each gate
              - Holds the programme budget
            reports_to: Chief Executive
      - name: Programme Office
        roles:
          - role: Programme Director, Steady Power
            tier: core
            responsibilities:
              - Runs the programme plan, risks and gate papers
              - Secretary to the programme board
              - Owns the baselines and the monthly measures pack
            reports_to: Chief Operating Officer
      - name: Critical Operations
        roles:
          - role: Head of Critical Operations
            tier: core
            responsibilities:
              - Operations at all four sites, maintenance and change control
              - Cooling operations and hall temperatures against customer SLAs
            reports_to: Chief Operating Officer
          - role: Site Manager, Dunmere
            tier: core
            responsibilities:
              - Runs Dunmere (DM3)
              - Leads Project Kestrel on site
            reports_to: Head of Critical Operations
          - role: Site Manager, Ashby Park
            tier: extended
            responsibilities:
              - Runs Ashby Park (AP1)
            reports_to: Head of Critical Operations
          - role: NOC Manager
            tier: core
            responsibilities:
              - The 24/7 network operations centre, its shift teams and rota
              - Remote-hands dispatch and ticket response times
            reports_to: Head of Critical Operations
          - role: Remote Hands Team Leader
            tier: extended
            responsibilities:
              - Remote-hands technicians on each shift
            reports_to: NOC Manager
      - name: Engineering and Energy
        roles:
          - role: Head of Engineering and Energy
            tier: core
            responsibilities:
              - PUE, containment and cooling retrofits, chiller replacement
              - Grid connections, heat export and the power purchase agreement
            reports_to: Chief Operating Officer
          - role: Electrical Engineering Manager
            tier: extended
            responsibilities:
              - High-voltage switching, UPS and generators
            reports_to: Head of Engineering and Energy
      - name: Customer Operations
        roles:
          - role: Head of Customer Operations
            tier: core
            responsibilities:
              - Customer onboarding from signed order to live rack
              - Access requests, the customer portal and SLA reporting
            reports_to: Chief Operating Officer
          - role: Account Director
            tier: extended
            responsibilities:
              - Commercial relationship with the largest customers
            reports_to: Chief Executive
      - name: Technology
        roles:
          - role: Head of IT and Data
            tier: core
            responsibilities:
              - RackSight, Vantage BMS, WorkLine and ServicePoint
              - The Lumen reporting warehouse and dashboards
            reports_to: Chief Financial Officer
      - name: People
        roles:
          - role: Technical Academy Manager
            tier: core
            responsibilities:
              - Training through the Ferrowatt Technical Academy
              - Technician apprenticeships with Ashby College
            reports_to: Chief Operating Officer
          - role: HR Business Partner
            tier: extended
            responsibilities:
              - Recruitment, shift allowances and employee relations
            reports_to: Chief Operating Officer
      - name: Finance
        roles:
          - role: Chief Financial Officer
            tier: core
            responsibilities:
              - Budgets, capital approvals and investment cases
              - Energy purchasing and the investment tracking
            reports_to: Chief Executive
      - name: Sustainability
        roles:
          - role: Sustainability Manager
            tier: core
            responsibilities:
              - Carbon and energy reporting, ISO 50001, heat reuse reporting
            reports_to: Head of Engineering and Energy
      - name: Consultative
        roles:
          - role: GMB Workplace Representative
            tier: consultative
            responsibilities:
              - Consulted on shift patterns, rotas and working practices; owns no delivery work
            reports_to: GMB
          - role: Chair, Customer Advisory Forum
            tier: consultative
            responsibilities:
              - Consulted on changes customers will see; owns no delivery work
            reports_to: Customer Advisory Forum
    """
)

FERROWATT = {
    "governance/programme-board-terms-of-reference.md": doc(
        """
        # Steady Power programme board: terms of reference

        Agreed by the Executive Committee on 2 November 2027.

        ## Membership

        Chair: the Chief Operating Officer, executive sponsor. Members: Head of Critical
        Operations, Head of Engineering and Energy, Head of Customer Operations, Head of IT
        and Data, Chief Financial Officer and NOC Manager. The Programme Director, Steady Power
        is secretary. The GMB Workplace Representative and the Chair of the Customer Advisory
        Forum attend, to be consulted, when an item changes rotas or what customers see.

        ## Decision rights

        | Decision | Who decides |
        |---|---|
        | Gates 1 to 3, including the Kestrel go/no-go | The Chief Operating Officer, on the programme board's recommendation |
        | Budget within the approved £48m | Programme board |
        | Capital | A single commitment above £2m goes to the Board of Directors, which meets every other month. |
        | Shift patterns | A change to NOC or site shift patterns goes through 60 days of consultation with the GMB before it starts. |

        ## Cadence

        Monthly. The Audit Committee reviews programme spend twice a year.
        """
    ),
    "systems/systems-inventory.md": doc(
        """
        # Systems inventory (IT and Data, October 2027)

        | System | Use | Notes |
        |---|---|---|
        | RackSight | DCIM: assets, racks, power chain, capacity | The RackSight licence is capped at 4,000 monitored devices, and the four sites hold 5,200. |
        | Vantage BMS | Cooling plant, air handling, leak and temperature alarms | Trend data is kept for 90 days. |
        | WorkLine | Maintenance work orders and planned maintenance | |
        | ServicePoint | Customer tickets, remote hands and incidents | Customers send access requests by email to each site's mailbox, and the site team copies them into ServicePoint. |
        | Lumen | Reporting warehouse and Power BI, loaded nightly from RackSight, Vantage, ServicePoint and Finbridge | |
        | Finbridge | Finance, billing and purchasing | |

        Onboarding is tracked in a shared spreadsheet passed between sales, site operations and billing.

        Rack-level power meters are fitted at two of our four sites, Ashby Park and Dunmere.

        Chiller plant readings at Carrick Road are taken by hand on the weekly plant round.
        """
    ),
    "measures/metric-definitions.md": doc(
        """
        # Metric definitions

        | Metric | Definition | Owner | 2026/27 |
        |---|---|---|---|
        | PUE | Total site energy / IT energy, over 12 months, across the four sites | Head of Engineering and Energy | 1.52 |
        | Order to live | Working days from a signed order to a powered, cabled rack | Head of Customer Operations | 41 |
        | Remote-hands response | Tickets picked up by a technician within 30 minutes / all remote-hands tickets | NOC Manager | 71% |
        | Heat exported | GWh of heat delivered to the Ashby district network in the year | Sustainability Manager | 0 |
        | Power interruptions | Unplanned interruptions to a customer's power feed | Head of Critical Operations | 3 |
        | NOC cover | NOC shifts filled from the core rota / all NOC shifts | NOC Manager | 84% |

        The Programme Director publishes these each month from Lumen.
        """
    ),
    "context/operating-context.md": doc(
        """
        # Operating context for Steady Power, Cooler Halls

        ## Power and grid

        The distribution network operator has quoted October 2031 for energising the 40 MVA connection at Eastholm.
        Our generator fuel contract ends in March 2029.
        Two people hold the high-voltage authorised person certificate, and both work at Ashby Park.

        ## Cooling

        The maker of the Carrick Road chillers ends spare-parts support in December 2029.

        ## Heat

        Planning consent for the heat pipe route is awaited from Ashby Borough Council.

        ## Customers

        A customer change freeze runs from 1 December to 10 January each year.

        ## People

        The Ferrowatt Technical Academy, run by the Technical Academy Manager, trains NOC,
        remote-hands and site engineers all year and runs our technician apprenticeships with
        Ashby College.
        """
    ),
}


def main(root: Path = HERE) -> None:
    """Write the three decks and org folders under ``root`` (the dev10 folder by default)."""
    save_pdf(
        build_fjordvik(),
        root / "fjordvik-salmon" / "healthy-fish-open-books-board.pdf",
        "Healthy Fish, Open Books",
    )
    save(
        build_kingsmead(),
        root / "kingsmead-theatre" / "open-house-2030-trustees.pptx",
        "Kingsmead Theatre and Arts Centre, Executive Office",
    )
    save(
        build_ferrowatt(),
        root / "ferrowatt-datacentres" / "steady-power-cooler-halls-board.pptx",
        "Ferrowatt Data Centres, Programme Office",
    )
    roster = roster_docx(
        "Healthy Fish, Open Books: roles",
        "The roles below take part in the programme; the tier says how each one takes part.",
        FJORDVIK_ROLES,
        "Fjordvik Salmon, People",
    )
    write_org(
        root / "fjordvik-salmon",
        {
            **FJORDVIK,
            "people/healthy-fish-roles.docx": roster,
            "systems/systems-inventory.xlsx": fjordvik_systems_xlsx(),
        },
    )
    write_org(
        root / "kingsmead-theatre",
        {
            **KINGSMEAD,
            "people/establishment-2027.xlsx": kingsmead_roster_xlsx(),
            "governance/open-house-board-charter.docx": kingsmead_charter_docx(),
        },
    )
    write_org(
        root / "ferrowatt-datacentres",
        {**FERROWATT, "people/roster.yaml": FERROWATT_ROSTER},
    )


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
