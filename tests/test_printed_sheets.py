"""A plan on a page kept in a spreadsheet and printed to PDF with its gridlines (issue 11: any
strategy deck): every cell outlined, a pillar merged down its rows, several actions in one
cell, a Gantt of months whose running months are filled cells with no text. Read by its
grid, the sheet's rows come back as a table, the Gantt's filled months as marks, and a phase
merged across the month columns says which months it runs. Made-up wording."""

from __future__ import annotations

from pathlib import Path

from fpdf import FPDF

from extractors import extract

MONTHS = ["Feb-30", "Mar-30", "Apr-30", "May-30", "Jun-30", "Jul-30", "Aug-30", "Sep-30"]


def _sheet(path: Path) -> Path:
    pdf = FPDF(orientation="L", unit="pt", format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("Helvetica", size=8)
    pdf.set_draw_color(180, 180, 180)
    widths = [70, 150, 230, 110, 50, 50, 100]
    heads = ["Pillar", "Objective", "Key actions", "KPI", "Baseline", "Target", "Owner"]
    x0, y, h = 30.0, 40.0, 14.0
    pdf.rect(x0, y, sum(widths), h)
    pdf.text(x0 + 3, y + 10, "NORTH STAR: the yard every builder trusts")
    y += h
    x = x0
    for w, t in zip(widths, heads, strict=True):
        pdf.rect(x, y, w, h)
        pdf.text(x + 3, y + 10, t)
        x += w
    y += h
    rows = [
        [
            "Open accounts faster",
            "Open a trade account in a day",
            "Active accounts",
            "9,000",
            "12,000",
            "Sales Director",
        ],
        [
            "Keep what we win",
            "Call every lapsed account",
            "Retention",
            "80%",
            "88%",
            "Sales Director",
        ],
        [
            "Deliver on time",
            "Two-hour delivery slots",
            "On time in full",
            "85%",
            "96%",
            "Head of Logistics",
        ],
        [
            "Stock we can count on",
            "Scanners in every yard",
            "Stock accuracy",
            "92%",
            "98%",
            "Head of Supply",
        ],
        ["Sell online", "Account prices online", "Online share", "6%", "18%", "Head of Digital"],
        ["Grow heating", "Six showrooms", "Heating sales", "£90m", "£140m", "Category Director"],
    ]
    # each pillar merged down its two rows
    for n, pillar in enumerate(["WIN THE TRADE", "DELIVER AND STOCK", "ORDER YOUR WAY"]):
        pdf.rect(x0, y + 2 * n * 2 * h, widths[0], 2 * 2 * h)
        pdf.text(x0 + 3, y + 2 * n * 2 * h + 10, pillar)
    for cells in rows:
        x = x0 + widths[0]
        for w, t in zip(widths[1:], cells, strict=True):
            pdf.rect(x, y, w, 2 * h)
            pdf.text(x + 3, y + 10, t)
            if w == widths[2]:
                pdf.text(x + 3, y + 10 + 9, "Second action in the same cell")
            if w in (widths[1], widths[6]):  # wrapped onto a second line, as Excel wraps
                pdf.text(x + 3, y + 10 + 9, "(wrapped)")
            x += w
        y += 2 * h
    # the Gantt, the next sheet: a month per column, running months filled
    pdf.add_page()
    y = 40.0
    gantt = [100] + [60] * len(MONTHS)
    pdf.rect(x0, y, sum(gantt[:1]), h)
    pdf.text(x0 + 3, y + 10, "Phase")
    pdf.rect(x0 + gantt[0], y, 60 * 4, h)
    pdf.text(x0 + gantt[0] + 3, y + 10, "Phase 1 · Fix the basics")
    pdf.rect(x0 + gantt[0] + 240, y, 60 * 4, h)
    pdf.text(x0 + gantt[0] + 243, y + 10, "Phase 2 · Prove it")
    y += h
    x = x0
    for w, t in zip(gantt, ["Workstream", *MONTHS], strict=True):
        pdf.rect(x, y, w, h)
        pdf.text(x + 3, y + 10, t)
        x += w
    y += h
    pdf.set_fill_color(60, 120, 200)
    runs = [
        ("Mobilise the programme", 0, 3),
        ("Pilot in two yards", 4, 8),
        ("Hire the field team", 1, 6),
        ("Scanners in every yard", 2, 8),
    ]
    for name, first, last in runs:
        x = x0
        pdf.rect(x, y, gantt[0], h)
        pdf.text(x + 3, y + 10, name)
        x += gantt[0]
        for k in range(len(MONTHS)):
            pdf.rect(x, y, 60, h, style="DF" if first <= k < last else "D")
            x += 60
        y += h
    out = path / "plan-on-a-page.pdf"
    pdf.output(str(out))
    return out


def _grid(path: Path, number: int) -> list:  # type: ignore[type-arg]
    from pypdf import PdfReader

    from extractors import pdf

    page = PdfReader(str(path)).pages[number]
    bars: list = []  # type: ignore[type-arg]
    frames: list = []  # type: ignore[type-arg]
    fills: list = []  # type: ignore[type-arg]
    lines = pdf._drawn_lines(page, bars, frames, fills)
    ruled = pdf.ruled_grid(lines, frames, fills)
    assert ruled is not None
    return ruled


def test_a_printed_sheet_reads_as_its_table_with_its_gantt_months(tmp_path: Path) -> None:
    sheet = _sheet(tmp_path)
    lines = _grid(sheet, 0)
    tables = [ln.rows for ln in lines if ln.rows]
    assert len(tables) == 1, [ln.text for ln in lines]
    plan = tables[0]
    assert plan[0] == ["Pillar", "Objective", "Key actions", "KPI", "Baseline", "Target", "Owner"]
    assert plan[1] == [
        "WIN THE TRADE",
        "Open accounts faster (wrapped)",
        "Open a trade account in a day; Second action in the same cell",
        "Active accounts",
        "9,000",
        "12,000",
        "Sales Director (wrapped)",
    ], plan[1]
    assert plan[2][0] == ""  # the pillar's merged cell is read once, in its first row
    lines = _grid(sheet, 1)
    texts = [ln.text for ln in lines if not ln.rows]
    assert "Phase 1 · Fix the basics (Feb 2030 – May 2030)" in texts, texts
    gantt = next(ln.rows for ln in lines if ln.rows)
    assert gantt[0] == ["Workstream", *MONTHS]
    assert gantt[1][:4] == ["Mobilise the programme", "■", "■", "■"], gantt[1]
    assert gantt[2][1:5] == [""] * 4 and gantt[2][5:9] == ["■"] * 4, gantt[2]


def test_a_phase_merged_over_dated_columns_says_its_months(tmp_path: Path) -> None:
    """Rows over a Gantt's month heads: a phase merged across four months is said with them."""
    from extractors import pdf

    grid = [
        ["Phase", "Phase 1 · Fix the basics", "", "", "Phase 2 · Prove it", "", ""],
        ["Workstream", "Feb-30", "Mar-30", "Apr-30", "May-30", "Jun-30", "Jul-30"],
        ["Mobilise", "■", "■", "", "", "", ""],
    ]
    spans = {(0, 0): 0, (0, 1): 3, (0, 4): 6}
    lines = pdf._grid_lines(grid, spans, [], (0.0, 0.0, 500.0, 100.0), [90, 80, 70])
    texts = [ln.text for ln in lines if not ln.rows]
    assert texts == [
        "Phase",
        "Phase 1 · Fix the basics (Feb 2030 – Apr 2030)",
        "Phase 2 · Prove it (May 2030 – Jul 2030)",
    ], texts


def test_the_excel_printed_plan_on_a_page_is_read_by_its_grid() -> None:
    """The dev17 plan on a page (an Excel print): its plan, read line by line, finds no table;
    read by its gridlines, the plan's header and its pillar rows come back."""
    deck = extract(
        Path(__file__).resolve().parents[1]
        / "evals/dev17/brackenmoor-builders/trade-first-plan-on-a-page-fy30-fy32-v7.pdf"
    )
    tables = [b.rows for b in deck.units[0].blocks if b.rows]
    assert tables and tables[0][0][:4] == ["Pillar", "Objective", "Key actions", "KPI"], tables


def test_a_line_in_no_cell_of_the_grid_is_kept() -> None:
    """A note set in an empty corner of a printed sheet, inside the grid's outline but in no
    cell, is read as a line of its own, not lost."""
    from extractors import pdf

    frames = [(20.0 + 60 * c, 700.0 - 14 * r, 60.0, 14.0) for r in range(8) for c in range(6)]
    frames = [f for f in frames if not (f[0] >= 260 and f[1] >= 672)]  # a corner left empty
    lines = [
        pdf.Line(f"Cell {r} {c}", 23.0 + 60 * c, 703.0 - 14 * r, 8.0)
        for r in range(8)
        for c in range(6)
        if not (c >= 4 and r <= 2)
    ]
    lines.append(pdf.Line("Note: figures are unaudited", 265.0, 690.0, 8.0))
    ruled = pdf.ruled_grid(lines, frames, [])
    assert ruled is not None
    texts = [ln.text for ln in ruled] + [
        c for ln in ruled if ln.rows for row in ln.rows for c in row
    ]
    assert "Note: figures are unaudited" in texts, texts


def test_one_cell_rows_under_a_printed_table_are_a_section_of_their_own() -> None:
    """A sheet's first 90 days, then "Decisions asked of the Board" merged across the sheet
    with its numbered asks under it: the asks are lines under the table, not rows of it."""
    from extractors import pdf

    grid = [
        ["#", "Action", "Owner", "Date"],
        ["1", "Appoint the programme office", "Programme Director", "14-Feb-30"],
        ["", "Phase 2 · Prove it", "", ""],  # a band row inside the table stays in it
        ["2", "Order six crane lorries", "Fleet Manager", "31-Mar-30"],
        ["Decisions asked of the Board", "", "", ""],
        ["1. Approve the plan", "", "", ""],
        ["2. Release £7.4m of capital", "", "", ""],
    ]
    spans = {(i, 0): 3 for i in range(4, 7)}
    tops = [90 - 10 * i for i in range(len(grid))]
    lines = pdf._grid_lines(grid, spans, [], (0.0, 0.0, 500.0, 100.0), tops)
    table = next(ln.rows for ln in lines if ln.rows)
    assert len(table) == 4 and table[2][1] == "Phase 2 · Prove it", table
    texts = [ln.text for ln in lines if not ln.rows]
    assert texts == [
        "Decisions asked of the Board",
        "1. Approve the plan",
        "2. Release £7.4m of capital",
    ], texts
    # one note of a sentence merged across the foot is a line too; a short one-cell row stays,
    # and so does a last measure with no figures yet, its cell not merged across the sheet
    for last, table_rows in (("Baseline = FY29 actual, all branches and online", 2), ("Total", 3)):
        lines = pdf._grid_lines(
            grid[:2] + [[last, "", "", ""]], {(2, 0): 3}, [], (0, 0, 500, 100), tops
        )
        assert len(next(ln.rows for ln in lines if ln.rows)) == table_rows, last
    unmerged = grid[:4] + [["Stock days", "", "", ""], ["Trade NPS", "", "", ""]]
    lines = pdf._grid_lines(unmerged, {}, [], (0, 0, 500, 100), tops)
    assert len(next(ln.rows for ln in lines if ln.rows)) == 6


def test_years_head_their_columns_and_a_banner_over_them_heads_nothing() -> None:
    """ "Baseline (FY29) | FY30 | FY32 target" are column heads; a row that only merges the
    financial years over a Gantt's months ("Financial year | FY30 | | FY31") is no header,
    and a row of figures is none either."""
    from extractors import pdf

    assert pdf._heads(["Measure", "Definition", "Baseline (FY29)", "FY30", "FY32 target", "Owner"])
    assert not pdf._heads(["Financial year", "FY30", "", "", "", "", "FY31", "", "", "", "", ""])
    assert not pdf._heads(["Total sales", "£418m", "£445m", "£540m", "Finance Director"])
