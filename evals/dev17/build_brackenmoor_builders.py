"""Build the dev17 case ``brackenmoor-builders``: its deck and its org folder, deterministically.

Run from the repository root with a Python that has reportlab (and openpyxl, pypdf,
python-docx and python-pptx, which the shared checks import). reportlab is not in the
project's lock, so use the separate venv the dev16 PDF case uses:

    python3 -m venv /tmp/rl
    /tmp/rl/bin/pip install reportlab pypdf==7.1.1 openpyxl==3.1.5 python-docx==1.2.0 python-pptx==1.0.2
    /tmp/rl/bin/python evals/dev17/build_brackenmoor_builders.py [out-folder]

Writes, under ``evals/dev17/brackenmoor-builders/`` (or ``<out-folder>/brackenmoor-builders/``),
every file of the case but ``gold.json``:

- ``trade-first-plan-on-a-page-fy30-fy32-v7.pdf``: a builders' merchant's strategy kept as an
  Excel workbook ("Trade First plan on a page FY30-FY32 v7.xlsx") and printed to PDF, imitated
  with reportlab's canvas in core Helvetica (the milestone diamond "\u25c6" in DejaVu Sans, as
  Excel falls back to a symbol font for it, embedded as a subset from
  /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf, Debian's fonts-dejavu-core). Six pages, each sheet printed the way Excel
  prints it: thin grey gridlines round every cell, 6.5-9 pt text wrapped or clipped inside
  its cell (a clipped cell keeps its whole string in the PDF, as Excel's export does), merged
  cells for group labels, a header with the file name, the sheet name and a confidentiality
  mark, and a footer with the print time and "Page n of m" counted per sheet. Every cell's
  text is written cell by cell, row by row, left to right, each wrapped line a string of its
  own. Sheets:

  * "Plan on a page" (A3 landscape, 2 pages): title rows, a "where we are" block of FY29
    figures, the north star in a merged banner, a note cell on the financial year (February
    to January), then the table Pillar | Objective | Key actions | KPI | Baseline | Target |
    Owner | Due with each pillar's cell merged down its objectives and several key actions in
    one cell (line breaks or "; "); the header row is the print title row, repeated at the top
    of page 2.
  * "Roadmap" (A3 landscape, 1 page): an Excel Gantt, a workstream column then 36 month
    columns "Feb-30" ... "Jan-33", financial years and phases in merged cells above the month
    headers, workstream cells filled with colour (no text in them), milestone rows with a
    diamond in the month's cell and the label in the next cell, overflowing to the right; the
    pilot block (the Ravensdale cluster) and a key under the grid.
  * "KPIs" (A4 landscape): Measure | Definition | Baseline (FY29) | FY30 | FY31 | FY32 target |
    Owner.
  * "Risks" (A4 landscape): Risk | Likelihood | Impact | Mitigation | Owner.
  * "First 90 days" (A4 landscape): a numbered checklist with Owner and Date, and the
    decisions asked of the Board.

- ``org/``: role profiles, one Markdown file per role (``people/roles/<slug>.md``: "# <Role
  title>", "Department:", "Reports to:", "Programme involvement: Core / Extended / Consult
  only", "## Purpose", "## Accountabilities") and ``people/README.md``; the steering group's
  terms of reference and the trading calendar's change rules; the systems and data inventory;
  KPI definitions; a fleet and drivers summary, the Ravensdale cluster's profile and an email
  from the Unite convenor.

Re-running it rewrites every file byte for byte: reportlab's invariant mode (fixed dates and
document ID) for the PDF and literal strings for the text files (``evals/dev16/_build.py``'s
``write_files``). It never touches ``gold.json``.

This is a DEVELOPMENT case (split "dev17").
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A3, A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals.dev16._build import write_files  # noqa: E402

HERE = Path(__file__).resolve().parent
CASE = "brackenmoor-builders"
DECK = "trade-first-plan-on-a-page-fy30-fy32-v7.pdf"
WORKBOOK = "Trade First plan on a page FY30-FY32 v7.xlsx"
PRINTED = "Printed 24/01/2030 07:42"
COMPANY = "Brackenmoor Builders' Merchants Ltd"

SYMBOL_FONT = "DejaVuSans"
SYMBOL_TTF = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DIAMOND = "\u25c6"

MARGIN_X = 18.0  # Excel "Narrow" margins: 0.25 in left and right
MARGIN_TOP = 50.0
MARGIN_BOTTOM = 46.0
PAD = 2.5


def rgb(r: int, g: int, b: int) -> colors.Color:
    return colors.Color(r / 255, g / 255, b / 255)


INK = rgb(20, 20, 20)
GREY_TEXT = rgb(89, 89, 89)
GRID = rgb(191, 191, 191)
WHITE = colors.white
HEAD = rgb(31, 56, 100)
BANNER = rgb(0, 84, 60)
BANNER_2 = rgb(198, 224, 180)
NOTE = rgb(242, 242, 242)
FIGURE = rgb(237, 242, 249)

# pillar fills (light) and Gantt bars (dark)
P1, B1 = rgb(226, 239, 218), rgb(112, 173, 71)
P2, B2 = rgb(221, 235, 247), rgb(68, 114, 196)
P3, B3 = rgb(255, 242, 204), rgb(230, 170, 0)
P4, B4 = rgb(252, 228, 214), rgb(237, 125, 49)
P5, B5 = rgb(234, 222, 244), rgb(142, 96, 190)
PE, BE = rgb(237, 237, 237), rgb(140, 140, 140)
PD, BD = rgb(214, 220, 229), rgb(68, 84, 106)


# =========================================================================== the sheet model


@dataclass
class Cell:
    text: str = ""
    size: float = 8.0
    bold: bool = False
    italic: bool = False
    align: str = "left"  # left, center, right
    valign: str = "top"  # top, center
    wrap: bool = True
    fill: colors.Color | None = None
    color: colors.Color = INK
    rows: int = 1  # merged down
    cols: int = 1  # merged across
    symbol: bool = False  # the text is in the symbol font
    bar: bool = False  # a Gantt cell: filled, drawn over the gridlines

    @property
    def font(self) -> str:
        if self.symbol:
            return SYMBOL_FONT
        if self.bold and self.italic:
            return "Helvetica-BoldOblique"
        if self.bold:
            return "Helvetica-Bold"
        if self.italic:
            return "Helvetica-Oblique"
        return "Helvetica"


@dataclass
class Row:
    cells: dict[int, Cell]
    height: float | None = None  # None: fitted to its text, as Excel's AutoFit


@dataclass
class Sheet:
    name: str
    pagesize: tuple[float, float]
    widths: list[float]
    rows: list[Row]
    pages: list[list[int]]  # the row indices printed on each page (manual page breaks)
    title_rows: list[int] = field(default_factory=list)  # print titles, repeated at each page's top


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Excel's wrap: explicit line breaks, then words by the font's widths."""
    lines: list[str] = []
    for para in text.split("\n"):
        line = ""
        for word in para.split(" "):
            trial = word if not line else f"{line} {word}"
            if stringWidth(trial, font, size) <= width or not line:
                line = trial
            else:
                lines.append(line)
                line = word
        lines.append(line)
    return lines


def leading(size: float) -> float:
    return round(size * 1.22, 2)


class Printer:
    """Prints sheets to one PDF the way Excel does."""

    def __init__(self, path: Path) -> None:
        pdfmetrics.registerFont(TTFont(SYMBOL_FONT, SYMBOL_TTF))
        self.c = rl_canvas.Canvas(str(path), pagesize=landscape(A3), invariant=1)
        self.c.setTitle(WORKBOOK)
        self.c.setAuthor("Trade First Programme Office")
        self.c.setCreator("Microsoft Excel")

    # ------------------------------------------------------------------ geometry
    @staticmethod
    def _lines(cell: Cell, width: float) -> list[str]:
        if not cell.text:
            return []
        if cell.wrap:
            return wrap(cell.text, cell.font, cell.size, width - 2 * PAD)
        return [cell.text]

    def _heights(self, sheet: Sheet) -> list[float]:
        heights: list[float] = []
        for row in sheet.rows:
            if row.height is not None:
                heights.append(row.height)
                continue
            need = 12.0
            for col, cell in row.cells.items():
                if cell.rows != 1 or not cell.text:
                    continue
                width = sum(sheet.widths[col : col + cell.cols])
                n = len(self._lines(cell, width))
                need = max(need, n * leading(cell.size) + 2 * PAD + 1)
            heights.append(round(need, 2))
        # a cell merged down gets the room its text needs in its last row
        for r, row in enumerate(sheet.rows):
            for col, cell in row.cells.items():
                if cell.rows > 1 and cell.text:
                    width = sum(sheet.widths[col : col + cell.cols])
                    need = len(self._lines(cell, width)) * leading(cell.size) + 2 * PAD
                    have = sum(heights[r : r + cell.rows])
                    if need > have:
                        heights[r + cell.rows - 1] += round(need - have, 2)
        return heights

    # ------------------------------------------------------------------ printing
    def sheet(self, sheet: Sheet) -> None:
        heights = self._heights(sheet)
        for n, page_rows in enumerate(sheet.pages, start=1):
            rows = list(page_rows)
            if n > 1:
                rows = [r for r in sheet.title_rows if r not in rows] + rows
            self._page(sheet, rows, heights, n, len(sheet.pages))

    def _page(
        self, sheet: Sheet, rows: list[int], heights: list[float], n: int, total: int
    ) -> None:
        c = self.c
        w, h = sheet.pagesize
        c.setPageSize((w, h))
        xs = [MARGIN_X]
        for width in sheet.widths:
            xs.append(xs[-1] + width)
        tops: dict[int, float] = {}
        y = h - MARGIN_TOP
        for r in rows:
            tops[r] = y
            y -= heights[r]
        bottom_of = {r: tops[r] - heights[r] for r in rows}

        covered: set[tuple[int, int]] = set()
        boxes: list[tuple[int, int, Cell | None, float, float, float, float]] = []
        for r in rows:
            row = sheet.rows[r]
            for col in range(len(sheet.widths)):
                if (r, col) in covered:
                    continue
                cell = row.cells.get(col)
                span_r = cell.rows if cell else 1
                span_c = cell.cols if cell else 1
                for dr in range(span_r):
                    for dc in range(span_c):
                        covered.add((rows[rows.index(r) + dr], col + dc))
                last = rows[rows.index(r) + span_r - 1]
                x0, x1 = xs[col], xs[col + span_c]
                boxes.append(
                    (r, col, cell, x0, bottom_of[last], x1 - x0, tops[r] - bottom_of[last])
                )

        self._header_footer(sheet, w, h, n, total)
        # fills under the gridlines
        for _, _, cell, x, yb, bw, bh in boxes:
            if cell is not None and cell.fill is not None and not cell.bar:
                c.setFillColor(cell.fill)
                c.rect(x, yb, bw, bh, stroke=0, fill=1)
        # print gridlines round every cell of the print area
        c.setStrokeColor(GRID)
        c.setLineWidth(0.3)
        for _, _, _, x, yb, bw, bh in boxes:
            c.rect(x, yb, bw, bh, stroke=1, fill=0)
        # Gantt cells: the fill hides the gridlines
        for _, _, cell, x, yb, bw, bh in boxes:
            if cell is not None and cell.bar:
                c.setFillColor(cell.fill)
                c.rect(x, yb, bw, bh, stroke=0, fill=1)
        # text, cell by cell, row by row
        filled = {(r, col) for r, col, cell, *_ in boxes if cell is not None and cell.text}
        for r, col, cell, x, yb, bw, bh in boxes:
            if cell is None or not cell.text:
                continue
            self._text(sheet, r, col, cell, x, yb, bw, bh, filled)
        c.showPage()

    def _text(self, sheet, r, col, cell, x, yb, bw, bh, filled) -> None:
        c = self.c
        lines = self._lines(cell, bw)
        lead = leading(cell.size)
        block = len(lines) * lead
        if cell.valign == "center":
            first = yb + bh / 2 + block / 2 - cell.size * 0.98
        else:
            first = yb + bh - PAD - cell.size * 0.98
        c.setFillColor(cell.color)
        c.setFont(cell.font, cell.size)
        for i, line in enumerate(lines):
            base = round(first - i * lead, 2)
            tw = stringWidth(line, cell.font, cell.size)
            if cell.align == "center":
                tx = x + (bw - tw) / 2
            elif cell.align == "right":
                tx = x + bw - PAD - tw
            else:
                tx = x + PAD
            room = bw - 2 * PAD
            if not cell.wrap and tw > room:
                # text overflows into empty cells on its right, else Excel clips it
                end = col + cell.cols
                while end < len(sheet.widths) and (r, end) not in filled and tw > room:
                    room += sheet.widths[end]
                    end += 1
                if tw > room:
                    c.saveState()
                    p = c.beginPath()
                    p.rect(x, yb, room + PAD, bh)
                    c.clipPath(p, stroke=0, fill=0)
                    c.drawString(round(tx, 2), base, line)
                    c.restoreState()
                    c.setFillColor(cell.color)
                    c.setFont(cell.font, cell.size)
                    continue
            c.drawString(round(tx, 2), base, line)

    def _header_footer(self, sheet: Sheet, w: float, h: float, n: int, total: int) -> None:
        c = self.c
        c.setFillColor(GREY_TEXT)
        c.setFont("Helvetica", 8)
        top = h - 24
        c.drawString(MARGIN_X, top, WORKBOOK)
        c.drawCentredString(w / 2, top, sheet.name)
        c.drawRightString(w - MARGIN_X, top, "Commercial in confidence")
        bottom = 20
        c.drawString(MARGIN_X, bottom, PRINTED)
        c.drawCentredString(w / 2, bottom, f"Page {n} of {total}")
        c.drawRightString(w - MARGIN_X, bottom, COMPANY)

    def save(self) -> None:
        self.c.save()


# =========================================================================== sheet 1: plan on a page

PLAN_W: list[float] = [80, 140, 372, 170, 60, 60, 184, 60]

HEADER_ROW = ["Pillar", "Objective", "Key actions", "KPI", "Baseline", "Target", "Owner", "Due"]

# (pillar label, light fill, [(objective, key actions, KPI, baseline, target, owner, due)])
PILLARS: list[tuple[str, colors.Color, list[tuple[str, ...]]]] = [
    (
        "1\nWIN THE TRADE",
        P1,
        [
            (
                "More trade accounts, opened faster",
                "Open a trade account in one working day, at the counter or in the app\n"
                "Put 12 new field account managers on the road by Dec-30\n"
                "Credit limits up to \u00a35,000 decided in the branch",
                "Active trade accounts",
                "17,600",
                "24,000",
                "Trade Sales Director",
                "Jan-33",
            ),
            (
                "Keep the accounts we win",
                "Call every account that has not bought for 60 days; a quarterly review with "
                "each of our top 400 accounts; one named contact for every account",
                "Trade account retention (12 months)",
                "81%",
                "88%",
                "Trade Sales Director",
                "Q4 FY31",
            ),
            (
                "Make Trade Club worth joining",
                "Move Trade Club from the paper stamp card to the app\n"
                "Rebate tiers at \u00a310k, \u00a325k and \u00a350k of annual spend\n"
                "Member prices on click-and-collect orders",
                "Trade Club members buying monthly",
                "5,100",
                "11,000",
                "Head of Marketing & Trade Club",
                "Jan-32",
            ),
        ],
    ),
    (
        "2\nDELIVER ON TIME, IN FULL",
        P2,
        [
            (
                "Deliver when we said we would",
                "Two-hour delivery slots booked in RouteWise in all three regions\n"
                "Text the customer the driver's ETA on the morning of delivery\n"
                "Photo proof of delivery on every drop",
                "Deliveries on time in full (OTIF)",
                "86%",
                "96%",
                "Head of Logistics",
                "Jan-32",
            ),
            (
                "Get more from every crane lorry",
                "One crane-lorry planning desk at Drayholme for all 34 branches; six new rigid "
                "crane lorries in service by Mar-31",
                "Crane lorry utilisation",
                "58%",
                "75%",
                "Fleet & Transport Manager",
                "Q4 FY31",
            ),
            (
                "Fewer failed drops",
                "Site check call the day before every crane drop\n"
                "Driver academy at Drayholme, two intakes a year",
                "Failed or returned deliveries",
                "4.8%",
                "2.0%",
                "Head of Logistics",
                "Jan-33",
            ),
        ],
    ),
    (
        "3\nSTOCK YOU CAN COUNT ON",
        P3,
        [
            (
                "Have the core range on the shelf",
                "Daily replenishment from Drayholme to every branch\n"
                "2,000 core lines ranged centrally, with min/max set for each branch",
                "Core range availability",
                "91.5%",
                "97%",
                "Head of Supply Chain",
                "Q3 FY31",
            ),
            (
                "Know what is in the yard",
                "Handheld scanners in every branch and yard; rolling cycle counts replace the "
                "annual count for the 2,000 core lines; timber and sheet materials counted by "
                "bay in BranchStock",
                "Stock record accuracy",
                "93.1%",
                "98.5%",
                "Head of Supply Chain",
                "Jan-32",
            ),
            (
                "Free up cash from stock",
                "Clear stock that has not sold in 12 months\nCentral buying for plumbing & heating",
                "Stock days",
                "74",
                "58",
                "Finance Director",
                "Jan-33",
            ),
        ],
    ),
    (
        "4\nORDER YOUR WAY",
        P4,
        [
            (
                "Make online the easy way to buy",
                "Account prices on the web shop for every trade account holder\n"
                "Launch the Brackenmoor Trade app (iOS and Android) in Q2 FY31\n"
                "Reorder from past invoices in two taps",
                "Share of sales ordered online",
                "6.2%",
                "18%",
                "Head of Digital Trading",
                "Jan-33",
            ),
            (
                "Ready to collect in an hour",
                "Pick confirmed on the branch tablet; a text when the order is ready; a "
                "collect bay at the 12 busiest branches",
                "Click-and-collect ready within 1 hour",
                "64%",
                "95%",
                "Head of Digital Trading",
                "Q4 FY31",
            ),
            (
                "Quotes back the same day",
                "A quote desk in each region\n"
                "Quotes over \u00a35,000 back within four working hours",
                "Quotes returned the same working day",
                "48%",
                "90%",
                "Trade Sales Director",
                "Oct-31",
            ),
        ],
    ),
    (
        "5\nGROW PLUMBING & HEATING",
        P5,
        [
            (
                "Win the heating installers",
                "Six plumbing & heating showrooms inside branches by Jan-33\n"
                "Heat-pump design service with two accredited designers from Q1 FY31\n"
                "Installer evenings in every region twice a year",
                "Plumbing & heating sales",
                "\u00a396m",
                "\u00a3140m",
                "Plumbing & Heating Category Director",
                "Jan-33",
            ),
        ],
    ),
    (
        "PEOPLE, SAFETY & SYSTEMS",
        PE,
        [
            (
                "Safe yards, every shift",
                "Banksman and lorry-loader refresher for every yard colleague by Jan-31; "
                "near-miss reporting in the app",
                "Lost time injury frequency rate (LTIFR)",
                "2.4",
                "1.2",
                "Health, Safety & Environment Manager",
                "Jan-33",
            ),
            (
                "Systems the branches can trust",
                "Keystone ERP onto the vendor's cloud release by Nov-31\n"
                "One account record across Keystone, the web shop and the app",
                "Branch systems availability (trading hours)",
                "98.7%",
                "99.8%",
                "Head of IT",
                "Q4 FY31",
            ),
            (
                "Listen to the trade",
                "Trade Customer Panel every quarter\n"
                "A text survey after every delivery from Q3 FY30",
                "Trade NPS",
                "+31",
                "+50",
                "Head of Marketing & Trade Club",
                "tbc",
            ),
        ],
    ),
    (
        "HOW WE WILL DELIVER",
        PD,
        [
            (
                "Prove it in Ravensdale first",
                "Pilot in the Ravensdale cluster: 5 Pennine branches, Aug-30 to Jan-31\n"
                "Go/no-go at G2 (Jan-31) against four pass marks\n"
                "Then roll out in three waves: rest of Pennine, Humber, Trent",
                "Pilot pass marks met",
                "-",
                "4 of 4",
                "Trade First Programme Director",
                "Jan-31",
            ),
            (
                "Run it as one programme",
                "Trade First Steering Group every month, chaired by the Managing Director; "
                "benefits tracked against the FY29 baselines",
                "-",
                "-",
                "-",
                "Trade First Programme Director",
                "Monthly",
            ),
        ],
    ),
]


def _span(text: str, ncols: int = 8, **kw) -> dict[int, Cell]:
    return {0: Cell(text, cols=ncols, **kw)}


def plan_sheet() -> Sheet:
    rows: list[Row] = []
    rows.append(
        Row(
            _span(
                "Brackenmoor Builders' Merchants \u00b7 Trade First FY30\u2013FY32 \u00b7 Plan on a page",
                size=13,
                bold=True,
                valign="center",
                wrap=False,
            ),
            22,
        )
    )
    rows.append(
        Row(
            _span(
                "Board strategy day, 24 January 2030 \u00b7 Version 7 \u00b7 Prepared by the "
                "Trade First Programme Director for the Managing Director",
                size=8,
                italic=True,
                color=GREY_TEXT,
                wrap=False,
            ),
            13,
        )
    )
    rows.append(Row({}, 8))
    label = dict(size=7, italic=True, color=GREY_TEXT, fill=FIGURE, wrap=False)
    value = dict(size=10, bold=True, fill=FIGURE, wrap=False)
    rows.append(
        Row(
            {
                0: Cell(
                    "WHERE WE ARE\nFY29 (Feb-29 to Jan-30)", size=7, bold=True, rows=2, fill=FIGURE
                ),
                1: Cell("Branches", **label),
                2: Cell("Sales", **label),
                3: Cell("Active trade accounts", **label),
                4: Cell("OTIF", **label),
                5: Cell("Stock accuracy", **label),
                6: Cell("Sales ordered online", **label),
                7: Cell("Crane lorries", **label),
            },
            12,
        )
    )
    rows.append(
        Row(
            {
                1: Cell("34 in 3 regions + Drayholme DC", **{**value, "size": 8.5}),
                2: Cell("\u00a3418m (timber & heavy side 58%, plumbing & heating 23%)", **value),
                3: Cell("17,600 (9,400 in Trade Club)", **value),
                4: Cell("86%", **value),
                5: Cell("93.1%", **value),
                6: Cell("6.2% (click-and-collect 4.1%)", **value),
                7: Cell("27 of 62 vehicles", **{**value, "size": 8}),
            },
            18,
        )
    )
    rows.append(Row({}, 8))
    rows.append(
        Row(
            _span(
                "NORTH STAR: The merchant the local trade rings first",
                size=12,
                bold=True,
                color=WHITE,
                fill=BANNER,
                align="center",
                valign="center",
            ),
            22,
        )
    )
    rows.append(
        Row(
            _span(
                "By the end of FY32 (Jan-33): \u00a3540m of sales, 24,000 active trade accounts and "
                "96% of deliveries on time in full",
                size=9,
                bold=True,
                fill=BANNER_2,
                align="center",
                valign="center",
            ),
            16,
        )
    )
    rows.append(
        Row(
            _span(
                "Note: our financial year runs February to January (FY30 = Feb-30 to Jan-31). "
                "Q1 = Feb-Apr, Q2 = May-Jul, Q3 = Aug-Oct, Q4 = Nov-Jan. Baselines are FY29 "
                "actuals. Due = when the target is met.",
                size=7,
                italic=True,
                fill=NOTE,
            ),
            None,
        )
    )
    header_index = len(rows)
    rows.append(
        Row(
            {
                i: Cell(t, size=8, bold=True, color=WHITE, fill=HEAD, valign="center")
                for i, t in enumerate(HEADER_ROW)
            },
            16,
        )
    )
    page_break_after = None
    for p, (label_text, fill, objectives) in enumerate(PILLARS):
        for k, obj in enumerate(objectives):
            cells: dict[int, Cell] = {}
            if k == 0:
                cells[0] = Cell(
                    label_text,
                    size=8,
                    bold=True,
                    fill=fill,
                    rows=len(objectives),
                    align="center",
                    valign="center",
                )
            objective, actions, kpi, base, target, owner, due = obj
            cells[1] = Cell(objective, size=8, bold=True, fill=fill)
            cells[2] = Cell(actions, size=8)
            cells[3] = Cell(kpi, size=8)
            cells[4] = Cell(base, size=8, align="right")
            cells[5] = Cell(target, size=8, align="right", bold=True)
            cells[6] = Cell(owner, size=8)
            cells[7] = Cell(due, size=8, align="center")
            rows.append(Row(cells))
        if p == 2:
            page_break_after = len(rows)
    rows.append(Row({}, 8))
    rows.append(
        Row(
            _span(
                "Owner = accountable for the objective and its KPI. The Trade First Steering Group "
                "(chair: Managing Director) reviews every KPI monthly and decides each gate. "
                "Trade NPS: ambition +50, date to be set at G2 once the delivery survey has six "
                "months of results.",
                size=7,
                italic=True,
                fill=NOTE,
            )
        )
    )
    assert page_break_after is not None
    pages = [list(range(0, page_break_after)), list(range(page_break_after, len(rows)))]
    return Sheet("Plan on a page", landscape(A3), PLAN_W, rows, pages, [header_index])


# =========================================================================== sheet 2: roadmap

MONTHS = [
    f"{m}-{y}"
    for y in (30, 31, 32, 33)
    for m in ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
][1:37]
assert MONTHS[0] == "Feb-30" and MONTHS[-1] == "Jan-33" and len(MONTHS) == 36

ROAD_W = [222.0] + [25.0] * 36

PHASES = [
    ("Phase 1 \u00b7 Fix the basics", 0, 6, rgb(189, 215, 238)),
    ("Phase 2 \u00b7 Prove it in Ravensdale", 6, 12, rgb(198, 224, 180)),
    ("Phase 3 \u00b7 Roll out region by region", 12, 30, rgb(255, 230, 153)),
    ("Phase 4 \u00b7 Make it how we trade", 30, 36, rgb(248, 203, 173)),
]

# (group label, bar colour, [(workstream, first month, last month)])
GANTT: list[tuple[str, colors.Color, list[tuple[str, int, int]]]] = [
    (
        "PROGRAMME",
        BD,
        [
            ("Mobilise: programme office and FY29 baselines", 0, 2),
            ("Ravensdale pilot (5 branches)", 6, 11),
            ("Wave 1 \u00b7 rest of Pennine (7 branches)", 12, 14),
            ("Wave 2 \u00b7 Humber (11 branches)", 18, 20),
            ("Wave 3 \u00b7 Trent (11 branches)", 24, 26),
            ("Embed, measure and close out", 30, 35),
        ],
    ),
    (
        "1 WIN THE TRADE",
        B1,
        [
            ("One-day trade account opening", 1, 5),
            ("Recruit and train 12 field account managers", 2, 10),
            ("Trade Club on the app, rebate tiers", 4, 23),
            ("Lapsed-account calls and top-400 reviews", 6, 35),
        ],
    ),
    (
        "2 DELIVER ON TIME, IN FULL",
        B2,
        [
            ("RouteWise slots and ETA texts, Humber and Trent", 12, 26),
            ("Photo proof of delivery on drivers' handhelds", 6, 26),
            ("Crane-lorry planning desk at Drayholme", 6, 17),
            ("Six new crane lorries into service", 11, 13),
            ("Driver academy (two intakes a year)", 7, 35),
        ],
    ),
    (
        "3 STOCK YOU CAN COUNT ON",
        B3,
        [
            ("Handheld scanners and yard cycle counts", 3, 26),
            ("Daily replenishment from Drayholme", 6, 29),
            ("Aged stock clearance", 6, 11),
        ],
    ),
    (
        "4 ORDER YOUR WAY",
        B4,
        [
            ("Account prices on the web shop", 2, 8),
            ("Brackenmoor Trade app", 6, 17),
            ("One-hour click-and-collect", 6, 23),
            ("Regional quote desks", 12, 20),
        ],
    ),
    (
        "5 GROW PLUMBING & HEATING",
        B5,
        [
            ("Heat-pump design service", 12, 23),
            ("Six P&H showrooms in branches", 18, 35),
        ],
    ),
    (
        "PEOPLE, SAFETY & SYSTEMS",
        BE,
        [
            ("Banksman and lorry-loader refresher", 1, 11),
            ("Keystone ERP cloud upgrade", 12, 21),
            ("Text survey after every delivery", 6, 35),
        ],
    ),
]

# (kind, month, label)
MILESTONES = [
    ("Milestone", 2, "FY29 baselines signed off"),
    ("Gate", 5, "G1 \u00b7 basics in place"),
    ("Milestone", 6, "Ravensdale pilot live"),
    ("Gate", 11, "G2 \u00b7 Ravensdale go/no-go"),
    ("Milestone", 16, "Trade app launched"),
    ("Milestone", 21, "Keystone cloud release live"),
    ("Milestone", 26, "All 34 branches live"),
    ("Gate", 29, "G3 \u00b7 roll-out complete"),
    ("Gate", 33, "G4 \u00b7 close-out review"),
]

PILOT_LINES = [
    (
        "PILOT \u00b7 Ravensdale cluster (Pennine region): Ravensdale, Holmby Bridge, Sowerthwaite, "
        "Kettlesing and Addle Moor \u00b7 Aug-30 to Jan-31",
        True,
    ),
    (
        "In the pilot: one-day account opening, Trade Club on the app, RouteWise slots with ETA "
        "texts, photo proof of delivery, handheld scanners and yard cycle counts, daily "
        "replenishment from Drayholme, one-hour click-and-collect.",
        False,
    ),
    (
        "Pass marks for G2 (Jan-31): OTIF 93% or better \u00b7 stock record accuracy 97% or better "
        "\u00b7 click-and-collect ready within 1 hour 90% or better \u00b7 no lost-time injury "
        "linked to the new kit",
        False,
    ),
    (
        "If a pass mark is missed, the Steering Group decides at G2 whether to extend the pilot by "
        "one quarter or to roll out only the parts that passed.",
        False,
    ),
    (
        "Branch go-lives only in Feb-Apr and Aug-Oct: nothing goes live in a branch in the May-Jul "
        "peak or during the January stock count.",
        False,
    ),
]


def roadmap_sheet() -> Sheet:
    n = len(ROAD_W)
    rows: list[Row] = []
    rows.append(
        Row(
            {
                0: Cell(
                    "Trade First roadmap FY30\u2013FY32 (Feb-30 to Jan-33)",
                    size=13,
                    bold=True,
                    valign="center",
                    wrap=False,
                    cols=n,
                )
            },
            22,
        )
    )
    rows.append(
        Row(
            {
                0: Cell(
                    "One column per month. A filled cell means the workstream is running that month.",
                    size=7.5,
                    italic=True,
                    color=GREY_TEXT,
                    wrap=False,
                    cols=n,
                )
            },
            12,
        )
    )
    fy: dict[int, Cell] = {0: Cell("Financial year", size=7, bold=True, fill=NOTE)}
    for k, name in enumerate(("FY30", "FY31", "FY32")):
        fy[1 + 12 * k] = Cell(name, size=7.5, bold=True, cols=12, align="center", fill=NOTE)
    rows.append(Row(fy, 12))
    ph: dict[int, Cell] = {0: Cell("Phase", size=7, bold=True, fill=NOTE)}
    for name, start, end, colour in PHASES:
        ph[1 + start] = Cell(
            name, size=7, bold=True, cols=end - start, align="center", fill=colour, wrap=False
        )
    rows.append(Row(ph, 13))
    head: dict[int, Cell] = {0: Cell("Workstream", size=7.5, bold=True, color=WHITE, fill=HEAD)}
    for k, m in enumerate(MONTHS):
        head[1 + k] = Cell(m, size=6, bold=True, color=WHITE, fill=HEAD, align="center", wrap=False)
    rows.append(Row(head, 12))
    title_row = len(rows) - 1
    for group, colour, streams in GANTT:
        rows.append(Row({0: Cell(group, size=7, bold=True, fill=NOTE, cols=n, wrap=False)}, 11))
        for name, start, end in streams:
            cells = {0: Cell(name, size=7, wrap=False)}
            for k in range(start, end + 1):
                cells[1 + k] = Cell("", fill=colour, bar=True)
            rows.append(Row(cells, 11))
    rows.append(
        Row({0: Cell("MILESTONES AND GATES", size=7, bold=True, fill=NOTE, cols=n, wrap=False)}, 11)
    )
    for kind, month, text in MILESTONES:
        cells = {
            0: Cell(kind, size=7, wrap=False),
            1 + month: Cell(DIAMOND, size=7, symbol=True, align="center", wrap=False, color=HEAD),
            2 + month: Cell(text, size=7, bold=kind == "Gate", wrap=False),
        }
        rows.append(Row(cells, 11))
    rows.append(Row({}, 8))
    for text, bold in PILOT_LINES:
        rows.append(
            Row({0: Cell(text, size=7.5, bold=bold, cols=n, fill=P1 if bold else None)}, None)
        )
    rows.append(Row({}, 8))
    rows.append(
        Row(
            {
                0: Cell("Key", size=7, bold=True),
                1: Cell("", fill=BD, bar=True),
                2: Cell("workstream running", size=7, wrap=False),
                8: Cell(DIAMOND, size=7, symbol=True, align="center", wrap=False, color=HEAD),
                9: Cell("milestone or gate (gates in bold)", size=7, wrap=False),
            },
            11,
        )
    )
    pages = [list(range(len(rows)))]
    return Sheet("Roadmap", landscape(A3), ROAD_W, rows, pages, [title_row])


# =========================================================================== sheet 3: KPIs

KPI_W = [168.0, 262.0, 60.0, 44.0, 44.0, 54.0, 170.0]

KPI_ROWS = [
    (
        "Total sales",
        "Invoiced sales, net of VAT and rebates, all branches and online",
        "\u00a3418m",
        "\u00a3445m",
        "\u00a3490m",
        "\u00a3540m",
        "Finance Director",
    ),
    (
        "Active trade accounts",
        "Trade accounts with at least one invoice in the last 12 months",
        "17,600",
        "19,400",
        "21,800",
        "24,000",
        "Trade Sales Director",
    ),
    (
        "Trade account retention (12 months)",
        "Accounts active 12 months ago that are still active",
        "81%",
        "84%",
        "88%",
        "88%",
        "Trade Sales Director",
    ),
    (
        "Trade Club members buying monthly",
        "Members with at least one purchase in the month (12-month average)",
        "5,100",
        "7,200",
        "11,000",
        "12,500",
        "Head of Marketing & Trade Club",
    ),
    (
        "Deliveries on time in full (OTIF)",
        "Deliveries made in the booked slot with every line on the order, from proof of delivery",
        "86%",
        "91%",
        "96%",
        "96%",
        "Head of Logistics",
    ),
    (
        "Crane lorry utilisation",
        "Loaded hours as a share of available hours, crane lorries only",
        "58%",
        "66%",
        "75%",
        "75%",
        "Fleet & Transport Manager",
    ),
    (
        "Failed or returned deliveries",
        "Drops refused, impossible on arrival or brought back, as a share of all drops",
        "4.8%",
        "3.8%",
        "2.8%",
        "2.0%",
        "Head of Logistics",
    ),
    (
        "Core range availability",
        "Core lines in stock at the branch at 7am, as a share of the 2,000 core lines",
        "91.5%",
        "94.0%",
        "97.0%",
        "97.0%",
        "Head of Supply Chain",
    ),
    (
        "Stock record accuracy",
        "Lines where the count equals the system figure at cycle count",
        "93.1%",
        "95.5%",
        "98.5%",
        "98.5%",
        "Head of Supply Chain",
    ),
    (
        "Stock days",
        "Stock at cost divided by cost of sales, times 365",
        "74",
        "70",
        "64",
        "58",
        "Finance Director",
    ),
    (
        "Share of sales ordered online",
        "Web shop, app and click-and-collect orders as a share of sales",
        "6.2%",
        "8.5%",
        "13.0%",
        "18.0%",
        "Head of Digital Trading",
    ),
    (
        "Click-and-collect ready within 1 hour",
        "Orders ready to collect within 60 minutes of being placed, in trading hours",
        "64%",
        "85%",
        "95%",
        "95%",
        "Head of Digital Trading",
    ),
    (
        "Quotes returned the same working day",
        "Quote requests answered with a priced quote on the day they arrive",
        "48%",
        "70%",
        "90%",
        "90%",
        "Trade Sales Director",
    ),
    (
        "Plumbing & heating sales",
        "Sales of plumbing, heating and renewables lines, all channels",
        "\u00a396m",
        "\u00a3104m",
        "\u00a3120m",
        "\u00a3140m",
        "Plumbing & Heating Category Director",
    ),
    (
        "Lost time injury frequency rate (LTIFR)",
        "Lost-time injuries per 100,000 hours worked, all sites",
        "2.4",
        "2.0",
        "1.6",
        "1.2",
        "Health, Safety & Environment Manager",
    ),
    (
        "Branch systems availability (trading hours)",
        "Minutes the tills, BranchStock and Keystone are all up, as a share of trading minutes",
        "98.7%",
        "99.3%",
        "99.8%",
        "99.8%",
        "Head of IT",
    ),
    (
        "Trade NPS",
        "Net promoter score of trade customers; from Q3 FY30 from the text survey after each delivery",
        "+31",
        "tbc",
        "tbc",
        "tbc",
        "Head of Marketing & Trade Club",
    ),
]


def kpi_sheet() -> Sheet:
    n = len(KPI_W)
    rows: list[Row] = [
        Row(
            {
                0: Cell(
                    "Trade First KPIs: baselines and targets",
                    size=12,
                    bold=True,
                    valign="center",
                    wrap=False,
                    cols=n,
                )
            },
            20,
        ),
        Row(
            {
                0: Cell(
                    "Targets are for the financial year ending 31 January: FY30 = year to Jan-31, FY31 = year to Jan-32, FY32 target = year to Jan-33.",
                    size=7,
                    italic=True,
                    color=GREY_TEXT,
                    wrap=False,
                    cols=n,
                )
            },
            11,
        ),
    ]
    heads = ["Measure", "Definition", "Baseline (FY29)", "FY30", "FY31", "FY32 target", "Owner"]
    rows.append(
        Row(
            {
                i: Cell(
                    t,
                    size=7.5,
                    bold=True,
                    color=WHITE,
                    fill=HEAD,
                    valign="center",
                    align="left" if i in (0, 1, 6) else "center",
                )
                for i, t in enumerate(heads)
            },
            22,
        )
    )
    title_row = len(rows) - 1
    for measure, definition, base, y1, y2, y3, owner in KPI_ROWS:
        rows.append(
            Row(
                {
                    0: Cell(measure, size=7.5, bold=True),
                    1: Cell(definition, size=7, wrap=False),
                    2: Cell(base, size=7.5, align="right"),
                    3: Cell(y1, size=7.5, align="right"),
                    4: Cell(y2, size=7.5, align="right"),
                    5: Cell(y3, size=7.5, align="right", bold=True),
                    6: Cell(owner, size=7.5),
                },
                None,
            )
        )
    rows.append(Row({}, 8))
    rows.append(
        Row(
            {
                0: Cell(
                    "Baseline = FY29 actual (Feb-29 to Jan-30); OTIF and stock record accuracy are "
                    "measured where our systems allow (see the KPI definitions). Trade NPS: ambition "
                    "+50; the year targets are set at G2 (Jan-31) once the delivery survey has six "
                    "months of results. Owners report monthly to the Trade First Steering Group.",
                    size=7,
                    italic=True,
                    fill=NOTE,
                    cols=n,
                )
            },
            None,
        )
    )
    return Sheet("KPIs", landscape(A4), KPI_W, rows, [list(range(len(rows)))], [title_row])


# =========================================================================== sheet 4: risks

RISK_W = [250.0, 56.0, 48.0, 290.0, 150.0]

RISKS = [
    (
        "R1 We cannot recruit enough drivers with a lorry-loader ticket, so the six new crane lorries stand idle",
        "High",
        "High",
        "Driver academy at Drayholme with two intakes a year from Sep-30; lorry-loader tickets paid for our current drivers",
        "Fleet & Transport Manager",
    ),
    (
        "R2 Drivers see ETA texts and delivery photos as tracking, and consultation runs past the pilot start",
        "Medium",
        "High",
        "Open consultation with the Unite convenor in Mar-30; agree in writing how delivery photos and location data may be used before any texts go out",
        "Head of People",
    ),
    (
        "R3 A branch go-live slips into the May-Jul peak or the January stock count",
        "Medium",
        "High",
        "Waves go live in Feb-Apr and Aug-Oct only; a wave that slips waits for the next window",
        "Trade First Programme Director",
    ),
    (
        "R4 The Keystone cloud upgrade runs past the end of support for our current release",
        "Medium",
        "High",
        "Fixed-price upgrade contract signed by Jan-31; upgrade tested in the Ravensdale branches first",
        "Head of IT",
    ),
    (
        "R5 Trade Club rebates cost more margin than the extra spend brings in",
        "Medium",
        "Medium",
        "Rebates paid quarterly on spend above each tier; rebate margin reviewed at every steering group",
        "Finance Director",
    ),
    (
        "R6 Timber and steel price swings hide or flatter sales growth",
        "High",
        "Medium",
        "Report sales at FY29 prices alongside actual sales in the monthly KPI pack",
        "Finance Director",
    ),
    (
        "R7 Yard accidents rise while new scanners and lorries bed in",
        "Low",
        "High",
        "No colleague uses a scanner in the yard or drives a new lorry before the banksman refresher",
        "Health, Safety & Environment Manager",
    ),
    (
        "R8 Branch teams see cycle counts as extra work on top of serving the counter",
        "Medium",
        "Medium",
        "Count 06:30-07:30 before the counter opens; a stock champion in every pilot branch",
        "Regional Operations Director (Pennine)",
    ),
]


def risk_sheet() -> Sheet:
    n = len(RISK_W)
    rows: list[Row] = [
        Row(
            {
                0: Cell(
                    "Trade First risks and mitigations",
                    size=12,
                    bold=True,
                    valign="center",
                    wrap=False,
                    cols=n,
                )
            },
            20,
        ),
        Row(
            {
                0: Cell(
                    "Scored by the programme office, January 2030. Reviewed at every steering group.",
                    size=7,
                    italic=True,
                    color=GREY_TEXT,
                    wrap=False,
                    cols=n,
                )
            },
            11,
        ),
    ]
    heads = ["Risk", "Likelihood", "Impact", "Mitigation", "Owner"]
    rows.append(
        Row(
            {
                i: Cell(t, size=7.5, bold=True, color=WHITE, fill=HEAD, valign="center")
                for i, t in enumerate(heads)
            },
            16,
        )
    )
    title_row = len(rows) - 1
    rating = {"High": rgb(255, 199, 206), "Medium": rgb(255, 235, 156), "Low": rgb(198, 239, 206)}
    for risk, like, impact, mitigation, owner in RISKS:
        rows.append(
            Row(
                {
                    0: Cell(risk, size=7.5),
                    1: Cell(like, size=7.5, align="center", fill=rating[like]),
                    2: Cell(impact, size=7.5, align="center", fill=rating[impact]),
                    3: Cell(mitigation, size=7.5),
                    4: Cell(owner, size=7.5),
                },
                None,
            )
        )
    return Sheet("Risks", landscape(A4), RISK_W, rows, [list(range(len(rows)))], [title_row])


# =========================================================================== sheet 5: first 90 days

DAYS_W = [22.0, 470.0, 190.0, 70.0]

FIRST_90 = [
    (
        "Appoint the three-person programme office and publish the Trade First plan",
        "Trade First Programme Director",
        "14-Feb-30",
    ),
    ("Sign off FY29 baselines for all 17 KPIs", "Finance Director", "28-Feb-30"),
    (
        "Open consultation with the Unite convenor on ETA texts, delivery photos and vehicle tracking",
        "Head of People",
        "03-Mar-30",
    ),
    ("Advertise the 12 field account manager roles", "Trade Sales Director", "15-Mar-30"),
    ("Order six rigid crane lorries", "Fleet & Transport Manager", "31-Mar-30"),
    (
        "Extend the RouteWise contract to the Humber and Trent regions",
        "Head of Logistics",
        "31-Mar-30",
    ),
    (
        "Choose the handheld scanner and trial a yard count at Ravensdale",
        "Head of Supply Chain",
        "17-Apr-30",
    ),
    (
        "Get a fixed quote from the Keystone vendor for account prices on the web shop",
        "Head of Digital Trading",
        "17-Apr-30",
    ),
    (
        "Agree the Ravensdale pilot plan and pass marks with the five branch managers",
        "Regional Operations Director (Pennine)",
        "24-Apr-30",
    ),
    (
        "Publish the Trade Club rebate tiers and take them to the Trade Customer Panel",
        "Head of Marketing & Trade Club",
        "30-Apr-30",
    ),
]

ASKS = [
    "1. Approve Trade First as Brackenmoor's plan for FY30 to FY32",
    "2. Release \u00a37.4m of capital for FY30 and FY31: crane lorries \u00a32.6m, scanners and handhelds \u00a30.9m, web shop and app \u00a31.6m, showrooms \u00a31.1m, Keystone upgrade \u00a31.2m",
    "3. Agree the Ravensdale cluster as the pilot, with G2 in Jan-31 as its go/no-go",
    "4. Confirm the Managing Director as sponsor and chair of the Trade First Steering Group",
]


def days_sheet() -> Sheet:
    n = len(DAYS_W)
    rows: list[Row] = [
        Row(
            {
                0: Cell(
                    "Trade First: the first 90 days (1 Feb to 30 Apr 2030)",
                    size=12,
                    bold=True,
                    valign="center",
                    wrap=False,
                    cols=n,
                )
            },
            20,
        ),
        Row(
            {
                0: Cell(
                    "Tick when done. Reviewed weekly by the programme office and monthly by the steering group.",
                    size=7,
                    italic=True,
                    color=GREY_TEXT,
                    wrap=False,
                    cols=n,
                )
            },
            11,
        ),
    ]
    heads = ["#", "Action", "Owner", "Date"]
    rows.append(
        Row(
            {
                i: Cell(t, size=7.5, bold=True, color=WHITE, fill=HEAD, valign="center")
                for i, t in enumerate(heads)
            },
            16,
        )
    )
    title_row = len(rows) - 1
    for k, (action, owner, date) in enumerate(FIRST_90, start=1):
        rows.append(
            Row(
                {
                    0: Cell(str(k), size=7.5, align="center"),
                    1: Cell(action, size=7.5),
                    2: Cell(owner, size=7.5),
                    3: Cell(date, size=7.5, align="center"),
                },
                None,
            )
        )
    rows.append(Row({}, 10))
    rows.append(
        Row(
            {
                0: Cell(
                    "Decisions asked of the Board, 24 January 2030",
                    size=9,
                    bold=True,
                    color=WHITE,
                    fill=BANNER,
                    cols=n,
                    valign="center",
                )
            },
            16,
        )
    )
    for ask in ASKS:
        rows.append(Row({0: Cell(ask, size=8, cols=n, fill=BANNER_2)}, None))
    return Sheet(
        "First 90 days", landscape(A4), DAYS_W, rows, [list(range(len(rows)))], [title_row]
    )


def build_deck(path: Path) -> None:
    printer = Printer(path)
    for sheet in (plan_sheet(), roadmap_sheet(), kpi_sheet(), risk_sheet(), days_sheet()):
        printer.sheet(sheet)
    printer.save()


# =========================================================================== the org folder

ORG_FILES: dict[str, str] = {}  # relative path -> text


def role(
    slug: str,
    title: str,
    department: str,
    reports_to: str,
    involvement: str,
    purpose: str,
    accountabilities: list[str],
) -> None:
    """One role profile, ``people/roles/<slug>.md``, in the People team's template."""
    bullets = "\n".join(f"- {a}" for a in accountabilities)
    ORG_FILES[f"people/roles/{slug}.md"] = (
        f"# {title}\n\n"
        f"Department: {department}\n"
        f"Reports to: {reports_to}\n"
        f"Programme involvement: {involvement}\n\n"
        f"## Purpose\n\n{purpose}\n\n"
        f"## Accountabilities\n\n{bullets}\n"
    )


ORG_FILES["people/README.md"] = """
# Trade First role profiles

This folder holds one profile for each role that takes part in Trade First, in `roles/`, one
Markdown file per role. The People team keeps them; they were last reviewed in December 2029,
when the Trade First business case went to the Board.

Each profile gives the role's department, whom it reports to, its programme involvement, the
purpose of the role and its accountabilities. Programme involvement means:

- Core: owns Trade First work and answers for it at the steering group.
- Extended: contributes to the work and is kept informed; does not own programme work.
- Consult only: must be consulted before the work it covers goes ahead; never owns or approves
  programme work.

Post holders' names are not kept here; PeopleDesk holds who is in each post. A role that is
vacant keeps its profile.
"""

role(
    "managing-director",
    "Managing Director",
    "Executive",
    "Board of Brackenmoor Group plc",
    "Core",
    "Leads Brackenmoor Builders' Merchants and its 34 branches, and is the executive sponsor of "
    "Trade First.",
    [
        "Sponsors Trade First and chairs the Trade First Steering Group every month",
        "Decides each programme gate, G1 to G4, including the Ravensdale go/no-go, on the "
        "steering group's recommendation",
        "Releases each phase's budget within the capital the Board has approved",
        "Recommends capital commitments above £500,000 to the Board of Brackenmoor Group plc",
    ],
)
role(
    "finance-director",
    "Finance Director",
    "Finance",
    "Managing Director",
    "Core",
    "Owns the company's numbers, its capital plan and its working capital.",
    [
        "Owns total sales and stock days, and signs off the FY29 baseline of every Trade First KPI",
        "Owns the Trade First benefits case and tracks benefits against the baselines each month",
        "Sets trade credit policy and approves any credit limit above £5,000",
        "Accounts for Trade Club rebates and reviews rebate margin with the Head of Marketing & "
        "Trade Club",
        "Runs vehicle finance and leases with the Fleet & Transport Manager",
    ],
)
role(
    "trade-first-programme-director",
    "Trade First Programme Director",
    "Strategy & Transformation",
    "Managing Director",
    "Core",
    "Runs the Trade First programme: its plan, its programme office and its gates.",
    [
        "Runs the programme office, the integrated plan and the risk and issue log",
        "Prepares each gate and recommends go or no-go to the steering group",
        "Leads the Ravensdale pilot plan with the Regional Operations Director (Pennine) and "
        "proposes its pass marks",
        "Plans the roll-out waves around the trading calendar",
        "Reports milestones and benefits to the steering group every month",
    ],
)
role(
    "trade-sales-director",
    "Trade Sales Director",
    "Sales",
    "Managing Director",
    "Core",
    "Grows and keeps Brackenmoor's trade accounts.",
    [
        "Owns active trade accounts and trade account retention",
        "Leads the field account managers and the Trade Accounts team at Drayholme, which opens "
        "trade accounts and sets credit limits up to £5,000 within the Finance Director's policy",
        "Owns the estimating team and quote turnaround, including the regional quote desks",
        "Owns the calls to lapsed accounts and the reviews with the top 400 accounts",
        "Meets the Trade Customer Panel Chair before every panel meeting",
    ],
)
role(
    "head-of-marketing-and-trade-club",
    "Head of Marketing & Trade Club",
    "Marketing",
    "Trade Sales Director",
    "Core",
    "Runs Brackenmoor's brand, its promotions and Trade Club, the scheme for tradespeople.",
    [
        "Owns Trade Club: membership, rebate tiers, member prices and member communications",
        "Owns the Trade NPS survey and the members buying monthly measure",
        "Sets the agenda of the quarterly Trade Customer Panel with the panel's chair",
        "Runs the installer evenings with the Plumbing & Heating Category Director",
    ],
)
role(
    "regional-operations-director-pennine",
    "Regional Operations Director (Pennine)",
    "Branch Operations",
    "Managing Director",
    "Core",
    "Runs the 12 branches of the Pennine region, the five of the Ravensdale cluster among them.",
    [
        "Accountable for counter service, yard operations and branch standards in the Pennine "
        "branches",
        "Owns the Ravensdale pilot's branch readiness and names a stock champion in each pilot "
        "branch",
        "Owns click-and-collect picking and the collect bays in the Pennine branches",
        "Releases branch colleagues for training and counts",
    ],
)
role(
    "regional-operations-director-humber-trent",
    "Regional Operations Director (Humber & Trent)",
    "Branch Operations",
    "Managing Director",
    "Core",
    "Runs the 22 branches of the Humber and Trent regions, the four former Holt & Daughters "
    "branches in Trent among them.",
    [
        "Accountable for counter service, yard operations and branch standards in the Humber and "
        "Trent branches",
        "Owns branch readiness for roll-out waves 2 and 3",
        "Owns click-and-collect picking and the collect bays in the Humber and Trent branches",
        "Runs the Carrbridge office, where the estimating team sits",
    ],
)
role(
    "head-of-logistics",
    "Head of Logistics",
    "Supply Chain & Logistics",
    "Managing Director",
    "Core",
    "Runs the Drayholme distribution centre and the delivery operation of all 34 branches.",
    [
        "Owns deliveries on time in full and failed or returned deliveries",
        "Owns delivery planning, delivery slots and RouteWise, and the driver's ETA text to "
        "customers",
        "Owns proof of delivery",
        "Will run the central crane-lorry planning desk at Drayholme",
        "Runs the Drayholme trunking fleet that carries stock to the branches",
    ],
)
role(
    "fleet-and-transport-manager",
    "Fleet & Transport Manager",
    "Supply Chain & Logistics",
    "Head of Logistics",
    "Core",
    "Keeps the delivery fleet legal, safe and on the road, and holds the operator's licence as "
    "nominated transport manager.",
    [
        "Buys, leases, maintains and replaces the 62 delivery vehicles, crane lorries included",
        "Owns crane lorry utilisation and Trakline telematics",
        "Recruits drivers with the Head of People and runs the driver academy, driver CPC and "
        "lorry-loader tickets",
        "Applies to the Traffic Commissioner for any change to the operator's licence",
    ],
)
role(
    "head-of-supply-chain",
    "Head of Supply Chain",
    "Supply Chain & Logistics",
    "Managing Director",
    "Core",
    "Makes sure every branch has the right stock and knows what it has.",
    [
        "Owns core range availability, the 2,000 core lines and each branch's min/max levels",
        "Owns replenishment from Drayholme to the branches and supplier service",
        "Owns stock record accuracy, cycle counts and the annual stock take, and how BranchStock "
        "is used in the branches",
        "Leads aged stock clearance with the category teams",
    ],
)
role(
    "head-of-digital-trading",
    "Head of Digital Trading",
    "Digital",
    "Managing Director",
    "Core",
    "Runs the web shop and click-and-collect, and will run the Brackenmoor Trade app.",
    [
        "Owns the web shop and the share of sales ordered online",
        "Owns click-and-collect ready within 1 hour, from order to the text that it is ready",
        "Owns account prices online and the app, with the Head of IT for the links to Keystone",
    ],
)
role(
    "plumbing-and-heating-category-director",
    "Plumbing & Heating Category Director",
    "Commercial",
    "Managing Director",
    "Core",
    "Grows plumbing, heating and renewables, Brackenmoor's second-largest category.",
    [
        "Owns plumbing & heating sales, range and buying",
        "Owns the plumbing & heating showrooms and the heat-pump design service",
        "Runs the installer evenings with the Head of Marketing & Trade Club",
    ],
)
role(
    "head-of-it",
    "Head of IT",
    "IT",
    "Finance Director",
    "Core",
    "Runs Brackenmoor's systems and the branch network.",
    [
        "Owns Keystone ERP, BranchStock, CounterPoint EPOS, RouteWise and the links between them "
        "and the web shop",
        "Owns the Keystone cloud upgrade and the IT vendor contracts",
        "Owns branch systems availability, handheld devices and the branch network",
        "Owns the Quarry data warehouse platform; the Data & Insight Manager owns the reports",
    ],
)
role(
    "head-of-people",
    "Head of People",
    "People",
    "Managing Director",
    "Core",
    "Looks after recruitment, training, pay and employee relations for 1,140 colleagues.",
    [
        "Runs recruitment, the field account manager and driver campaigns among it",
        "Runs the Brackenmoor Academy and keeps every colleague's training record in PeopleDesk",
        "Leads consultation with the Unite convenor under the recognition agreement",
        "Owns the change communications to branch colleagues",
    ],
)
role(
    "health-safety-environment-manager",
    "Health, Safety & Environment Manager",
    "Health, Safety & Environment",
    "Managing Director",
    "Core",
    "Keeps yards, counters, the distribution centre and the fleet safe.",
    [
        "Owns the lost time injury frequency rate (LTIFR), accident records and RIDDOR reports",
        "Sets the banksman and lorry-loader standards and signs off the refresher course",
        "Runs near-miss reporting",
        "Signs off the risk assessment for new kit in the yards: scanners, lorries, racking",
    ],
)
role(
    "data-and-insight-manager",
    "Data & Insight Manager",
    "Finance",
    "Finance Director",
    "Extended",
    "Turns the company's data into the numbers the business runs on.",
    [
        "Publishes the monthly KPI pack from Quarry in Power BI",
        "Builds the baseline reports for Trade First and keeps the KPI definitions",
        "Supports the programme office with data; does not own programme work",
    ],
)
role(
    "ravensdale-cluster-manager",
    "Ravensdale Cluster Manager",
    "Branch Operations",
    "Regional Operations Director (Pennine)",
    "Extended",
    "Manages the Ravensdale branch and co-ordinates the five branches of the Ravensdale cluster.",
    [
        "Day-to-day contact in the branches during the Ravensdale pilot",
        "Reports pilot issues to the programme office every week",
        "Keeps the five branch managers of the cluster informed",
    ],
)
role(
    "unite-convenor",
    "Unite Convenor (Drivers & Yard)",
    "Employee representative (Unite the Union)",
    "Elected by Unite members; outside the management line",
    "Consult only",
    "Represents drivers, yard and warehouse colleagues under the recognition agreement.",
    [
        "Must be consulted for 45 days before any change to how drivers work, to how vehicle "
        "tracking data is used or to how yard crews are staffed",
        "Raises members' concerns at the quarterly joint committee",
        "Is consulted; does not own or approve programme work",
    ],
)
role(
    "trade-customer-panel-chair",
    "Trade Customer Panel Chair",
    "External: a trade customer who chairs the panel of 14 account holders",
    "Meets the Trade Sales Director; outside the management line",
    "Consult only",
    "Brings the trade's view to Brackenmoor through the quarterly Trade Customer Panel.",
    [
        "Chairs the Trade Customer Panel every quarter",
        "Gives the panel's view on every customer-facing change before it launches: Trade Club, "
        "delivery slots, the app",
        "Advises; does not decide",
    ],
)
role(
    "data-protection-officer",
    "Data Protection Officer",
    "Legal & Compliance",
    "Finance Director, with a direct line to the Board on data protection",
    "Consult only",
    "Advises Brackenmoor on data protection law and checks that it is followed.",
    [
        "Must be consulted before drivers' location data, delivery photographs or customers' "
        "mobile numbers are used for a new purpose",
        "Advises on how long telematics data, photographs and call recordings are kept",
        "Is consulted; does not own programme work",
    ],
)

ORG_FILES["governance/trade-first-steering-group-terms-of-reference.md"] = """
# Trade First Steering Group: terms of reference

Agreed by the Executive, 9 December 2029.

## Purpose

The steering group directs Trade First, Brackenmoor's plan for FY30 to FY32, and decides its
gates.

## Chair and members

- Chair: Managing Director, the sponsor of Trade First
- Secretary: Trade First Programme Director
- Members: Finance Director, Trade Sales Director, Regional Operations Director (Pennine),
  Regional Operations Director (Humber & Trent), Head of Logistics, Head of Supply Chain, Head
  of Digital Trading, Plumbing & Heating Category Director, Head of IT, Head of People
- In attendance: Data & Insight Manager (the KPI pack); the Health, Safety & Environment Manager
  for safety items

## Meetings

The group meets on the second Tuesday of every month, and again for each gate.

## Decisions

- The chair decides each gate (G1 to G4) on the group's recommendation, including the go/no-go
  for roll-out after the Ravensdale pilot.
- The chair releases each phase's budget within the capital the Board has approved.
- A change to a KPI target needs the chair and the Finance Director.
- The Board of Brackenmoor Group plc must approve any capital commitment above £500,000 and any
  vehicle lease longer than five years.

## Consultation

- The Unite convenor is consulted for 45 days before any change to drivers' working patterns,
  to how vehicle tracking data is used, or to yard staffing; the Head of People leads it.
- The Data Protection Officer must be consulted, and a data protection impact assessment signed
  off, before drivers' location data or customers' mobile numbers are used for a new purpose.
- The Trade Customer Panel sees every customer-facing change before launch; it meets once a
  quarter.
"""

ORG_FILES["governance/trading-calendar-and-change-rules.md"] = """
# Trading calendar and change rules

Issued by the Operations Board, October 2029. These rules apply to every branch change,
Trade First's included.

## The trading year

Our financial year runs from 1 February to 31 January. The peak building season runs from May
to July, when branches take a third of the year's sales.

## When branch changes may go live

- No till, stock-system or ERP change goes live in a branch between 1 May and 31 July.
- Nothing goes live in a branch during the stock take in the last two weeks of January.
- Branch changes go live on a Monday and in at most four branches in the same week.
- Each branch gets three weeks' notice of a change and a named contact at head office.

## Who signs a go-live off

The regional operations director for the branch signs off its readiness; the Head of IT signs
off any system change.
"""

ORG_FILES["systems/systems-and-data-inventory.md"] = """
# Systems and data inventory

Owner: Head of IT. Reviewed in December 2029 for the Trade First business case. For each
system: what it does, where it runs and what it cannot do today.

## Keystone ERP

Keystone (release 11) is our ERP and the record of every trade account, credit limit, account
price, sales order, invoice and purchase order. It runs on our own servers at Drayholme, with a
standby copy at the Carrbridge office.

The vendor supports release 11 on our own servers until 31 January 2032; from February 2032 it
supports its cloud release alone.

Keystone's CRM module holds every account's contacts, and the field account managers log their
visits and calls in it.

A new trade account starts as a paper application form that the branch posts to the Trade
Accounts team at Drayholme, and opening it takes five to eight working days.

Keystone holds a mobile number for 46% of trade accounts and none for cash customers.

Account prices stay in Keystone: the web shop shows list prices only.

## BranchStock

BranchStock is the branch stock system: stock on hand, transfers between branches, min/max
levels and cycle counts. It runs in 29 of our 34 branches.

The five branches that joined from Holt & Daughters in 2028 (Addle Moor, Gunthorpe Mill,
Eakring Cross, Norwell Staithe and Carlby) still run Holt's Merchant Pro, which sends Keystone a
stock file once a week.

Timber, sheet materials and the heavy side are held in BranchStock as one total per product
for the whole branch, and yard stock is counted on paper yard sheets that the branch keys in on
Fridays.

Nobody in the branches or yards scans anything today: counts are written on count sheets and
keyed in afterwards.

## Drayholme distribution centre

Drayholme runs the Stackwise warehouse management system, with RF scanning for receipt,
put-away and picking.

Drayholme's trunking fleet of nine articulated lorries can reach each branch three times a week
at most.

## Delivery planning, fleet and proof of delivery

RouteWise plans the deliveries of Drayholme and the 12 Pennine branches and books customers
into two-hour slots there.

The Humber and Trent branches plan their deliveries on a whiteboard and an Excel sheet per
branch, so their delivery times are held nowhere we can report from.

Each branch books its crane lorries in its own diary, and no one can see the whole crane
fleet's bookings in one place.

Proof of delivery is the customer's signature on a paper delivery note.

Delivery notes are scanned into Keystone at 12 branches; at the other 22 they are filed in the
branch and kept for a year.

Trakline telematics is fitted to 40 of our 62 delivery vehicles, 19 of them crane lorries.

Trakline keeps location history for 90 days and then deletes it.

## Web shop and click-and-collect

Our web shop, brackenmoor.co.uk on the Shopwell platform, takes click-and-collect and delivery
orders from account holders and cash customers and passes them to Keystone every 15 minutes.

Click-and-collect orders print on the branch's counter printer; pick completion is confirmed
in no system and the time an order is ready goes unrecorded.

There is no Brackenmoor app.

## Trade Club

Trade Club, our scheme for tradespeople, has 9,400 members.

Membership is a paper stamp card with a member number, and head office keeps the member list in
a spreadsheet.

A purchase counts towards Trade Club only when the counter colleague keys the member number
into CounterPoint.

## Counter tills

CounterPoint EPOS runs at every counter in all 34 branches and sends sales to Keystone
overnight.

## Quotes and estimating

Quotes up to £5,000 are keyed into Keystone at the counter.

Larger quotes go to the four-person estimating team at Carrbridge, who price them in Excel.

The time from a quote request to the quote going back is not captured anywhere.

## Data and reporting

Quarry, our data warehouse on Azure SQL, loads Keystone, CounterPoint, BranchStock, RouteWise
and Stackwise every night.

The Data & Insight Manager publishes the monthly KPI pack from Quarry in Power BI.

Merchant Pro is not loaded into Quarry, so the five former Holt branches are missing from stock
accuracy and availability reports.

## Health and safety

SafeYard records every accident, RIDDOR report and lost-time injury, and the HSE team works out
the LTIFR from it each month.

Near misses are written on paper forms in the branch and the HSE team types them into SafeYard
at month end.

## Customer feedback

The Trade NPS survey goes by email to account holders twice a year; the October 2029 survey had
612 replies.

We do not ask customers about a delivery after it arrives.
"""

ORG_FILES["measures/kpi-definitions.md"] = """
# Trade First KPI definitions

Kept by the Data & Insight Manager. Baselines are FY29 actuals (1 February 2029 to 31 January
2030) unless a line says otherwise. The owner answers for the KPI at the steering group.

## Total sales
- Definition: invoiced sales net of VAT and rebates, all branches and online
- Owner: Finance Director
- Source: Keystone through Quarry
- FY29 baseline: £418m

## Active trade accounts
- Definition: trade accounts with at least one invoice in the last 12 months
- Owner: Trade Sales Director
- Source: Keystone
- FY29 baseline: 17,600

## Trade account retention (12 months)
- Definition: accounts active 12 months ago that are still active
- Owner: Trade Sales Director
- FY29 baseline: 81%

## Trade Club members buying monthly
- Definition: members with at least one purchase in the month, averaged over 12 months
- Owner: Head of Marketing & Trade Club
- Source: CounterPoint sales with a member number keyed
- FY29 baseline: 5,100 of 9,400 members

## Deliveries on time in full (OTIF)
- Definition: deliveries made in the booked slot with every line on the order
- Owner: Head of Logistics
- Source: RouteWise slots and scanned delivery notes
- FY29 baseline: 86%
- The FY29 baseline covers Drayholme and the 12 Pennine branches; the Humber and Trent branches cannot measure OTIF today.

## Crane lorry utilisation
- Definition: loaded hours as a share of available hours, crane lorries only
- Owner: Fleet & Transport Manager
- FY29 baseline: 58%, from Trakline on the 19 tracked crane lorries alone.

## Failed or returned deliveries
- Definition: drops refused, impossible on arrival or brought back, as a share of all drops
- Owner: Head of Logistics
- FY29 baseline: 4.8%

## Core range availability
- Definition: core lines in stock at the branch at 7am, as a share of the 2,000 core lines
- Owner: Head of Supply Chain
- FY29 baseline: 91.5% in the 29 BranchStock branches

## Stock record accuracy
- Definition: lines where the count equals the system figure at cycle count
- Owner: Head of Supply Chain
- FY29 baseline: 93.1%
- The baseline excludes yard stock and the five Merchant Pro branches.

## Stock days
- Definition: stock at cost divided by cost of sales, times 365
- Owner: Finance Director
- FY29 baseline: 74

## Share of sales ordered online
- Definition: web shop, app and click-and-collect orders as a share of sales
- Owner: Head of Digital Trading
- FY29 baseline: 6.2%

## Click-and-collect ready within 1 hour
- Definition: orders ready to collect within 60 minutes of being placed, in trading hours
- Owner: Head of Digital Trading
- FY29 baseline: 64%, from a four-week timing study with stopwatches in eight branches in October 2029.

## Quotes returned the same working day
- Definition: quote requests answered with a priced quote on the day they arrive
- Owner: Trade Sales Director
- FY29 baseline: 48%, from a sample of 200 quotes checked by hand in November 2029.

## Plumbing & heating sales
- Definition: sales of plumbing, heating and renewables lines, all channels
- Owner: Plumbing & Heating Category Director
- FY29 baseline: £96m

## Lost time injury frequency rate (LTIFR)
- Definition: lost-time injuries per 100,000 hours worked, all sites
- Owner: Health, Safety & Environment Manager
- Source: SafeYard
- FY29 baseline: 2.4

## Branch systems availability (trading hours)
- Definition: minutes the tills, BranchStock and Keystone are all up, as a share of trading minutes
- Owner: Head of IT
- FY29 baseline: 98.7%

## Trade NPS
- Definition: net promoter score of trade customers
- Owner: Head of Marketing & Trade Club
- FY29 baseline: +31, from the October 2029 email survey
"""

ORG_FILES["context/fleet-and-drivers-at-a-glance.md"] = """
# Fleet and drivers at a glance

Prepared by the Fleet & Transport Manager for the Trade First business case, December 2029.

## The fleet

- 62 delivery vehicles: 27 rigid crane lorries with lorry-loaders, 21 flatbeds and 14 vans.
- Average age 6.8 years; six of the crane lorries are more than ten years old.
- Nine articulated lorries trunk stock from Drayholme to the branches.
- Our operator's licence authorises 66 vehicles across Drayholme and the branches' operating centres, and adding vehicles beyond 66 needs a variation from the Traffic Commissioner, which takes about nine weeks.
- New crane lorries take nine to twelve months from order to delivery, because the body builder fits the crane after the chassis arrives.

## Drivers

- We employ 45 drivers against 52 posts: seven driver posts were vacant in December 2029.
- Only 31 of our 45 drivers hold a lorry-loader ticket, so some crane lorries go out with a second person.
- The Brackenmoor Academy trains lorry-loader operators at Drayholme, four at a time, and records every ticket in PeopleDesk.
- Driver CPC training is booked and recorded by the Fleet & Transport Manager.
"""

ORG_FILES["context/ravensdale-cluster-profile.md"] = """
# Ravensdale cluster: pilot profile

Prepared by the Ravensdale Cluster Manager, November 2029.

The Ravensdale cluster is five branches in the north of the Pennine region, no more than 35
minutes' drive apart, managed together by the Ravensdale Cluster Manager. In FY29 the cluster
sold £58m and had 2,300 active trade accounts.

## The branches

- Ravensdale: the flagship branch, with a timber machining shop and three crane lorries.
- Holmby Bridge: a heavy-side and landscaping branch with one crane lorry.
- Sowerthwaite: a general branch with a large timber yard and one crane lorry. The Sowerthwaite yard has no mobile signal; the branch office has Wi-Fi.
- Kettlesing: a plumbing & heating branch with a small trade counter and no crane lorry.
- Addle Moor: joined from Holt & Daughters in 2028, with one crane lorry; Addle Moor still runs Merchant Pro.

## What the cluster already has

- All five branches are in RouteWise and book two-hour delivery slots.
- Ravensdale, Holmby Bridge and Sowerthwaite scan their delivery notes into Keystone.
- The cluster has run a weekly stock meeting since 2027.
"""

ORG_FILES["context/email-2029-12-11-unite-convenor.txt"] = """
From: Unite Convenor (Drivers & Yard)
To: Head of People
Date: 11 December 2029
Subject: Trade First - drivers and yard

Thanks for sending the draft Trade First plan.

Under the recognition agreement we expect the full 45 days' consultation before anything
changes in how drivers work, how the lorries are tracked or how yard crews are staffed. Please
start it in good time: our members will not accept being told about ETA texts the week they
start.

Our members will not accept delivery photos or Trakline data being used to judge an individual
driver's performance. Any text to a customer should give the driver's first name only.

We are happy to meet in January, and to help choose the two pilot drivers at Ravensdale.
"""


def build(root: Path) -> Path:
    case = root / CASE
    case.mkdir(parents=True, exist_ok=True)
    build_deck(case / DECK)
    write_files(case / "org", ORG_FILES)
    return case


if __name__ == "__main__":
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
    print(build(out))
