"""raci.xlsx: the RACI matrix as a workbook (sheets Tasks, Layers, Legend).

Header row bold and frozen with the item/title/layer columns, widths set, letters
centred and coloured by conditional formatting (A dark, R medium, C light,
I lighter) so edits recolour. Deck text is always written as a string cell, never
as a formula.
"""

from __future__ import annotations

from copy import copy
from pathlib import Path

from openpyxl import Workbook
from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from schemas.plan import Plan

from ._index import PlanIndex
from ._raci import RaciMatrix, raci_matrix
from ._text import RACI_LABELS, RACI_ORDER

# letter -> (fill, font colour)
LETTER_STYLES = {
    "A": ("1F3864", "FFFFFF"),
    "R": ("2E75B6", "FFFFFF"),
    "C": ("9DC3E6", "000000"),
    "I": ("DEEBF7", "000000"),
}
LETTER_RULES = {
    "R": "does the work; at least one per row",
    "A": "owns the outcome and signs off; exactly one per row",
    "C": "asked before decisions (two-way)",
    "I": "kept up to date (one-way)",
}
_HEADER_FILL = PatternFill("solid", fgColor="F2F2F2")
_THIN = Side(style="thin", color="BFBFBF")
_FIXED_WIDTHS = (10, 60, 24)


def write_raci_xlsx(plan: Plan, path: str | Path, index: PlanIndex | None = None) -> None:
    """Write the RACI workbook to ``path``."""
    matrix = raci_matrix(plan, index)
    wb = Workbook()
    tasks = wb.active
    assert tasks is not None
    tasks.title = "Tasks"
    _matrix_sheet(tasks, matrix, matrix.task_rows)
    _matrix_sheet(wb.create_sheet("Layers"), matrix, matrix.layer_rows)
    _legend_sheet(wb.create_sheet("Legend"))
    wb.properties.creator = "groundwork"
    wb.save(str(path))


def _set(ws: Worksheet, row: int, col: int, value: str) -> None:
    c = ws.cell(row=row, column=col)
    c.value = value
    c.data_type = "s"  # a title starting with '=' stays text


def _matrix_sheet(ws: Worksheet, matrix: RaciMatrix, rows: list[list[str]]) -> None:
    header = matrix.header
    for col, name in enumerate(header, start=1):
        _set(ws, 1, col, name)
        c = ws.cell(row=1, column=col)
        c.font = Font(bold=True)
        c.fill = _HEADER_FILL
        c.border = Border(bottom=_THIN)
        c.alignment = Alignment(
            wrap_text=True, vertical="bottom", horizontal="center" if col > 3 else "left"
        )
    ws.row_dimensions[1].height = 45
    # A body cell's style is its column's: set once per column and copied to the rest.
    # Setting it on each cell hashes the style against the workbook's for every cell (a
    # third of the workbook's time), for the same file.
    styled: dict[int, StyleArray] = {}
    for r, values in enumerate(rows, start=2):
        for col, value in enumerate(values, start=1):
            _set(ws, r, col, value)
            c = ws.cell(row=r, column=col)
            kind = min(col, len(_FIXED_WIDTHS) + 1)
            if kind in styled:
                c._style = copy(styled[kind])
                continue
            if col > len(_FIXED_WIDTHS):
                c.alignment = Alignment(horizontal="center", vertical="top")
            else:
                c.alignment = Alignment(wrap_text=col == 2, vertical="top")
            styled[kind] = c._style
    for col, width in enumerate(_FIXED_WIDTHS, start=1):
        ws.column_dimensions[get_column_letter(col)].width = width
    for col in range(len(_FIXED_WIDTHS) + 1, len(header) + 1):
        role = header[col - 1]
        ws.column_dimensions[get_column_letter(col)].width = max(9, min(18, len(role) // 2 + 4))
    ws.freeze_panes = "D2"
    last_col = get_column_letter(max(len(header), 1))
    last_row = max(len(rows) + 1, 2)
    ws.auto_filter.ref = f"A1:{last_col}{last_row}"
    if len(header) > len(_FIXED_WIDTHS):
        area = f"D2:{last_col}{last_row}"
        for letter, (fill, font) in LETTER_STYLES.items():
            ws.conditional_formatting.add(
                area,
                CellIsRule(
                    operator="equal",
                    formula=[f'"{letter}"'],
                    fill=PatternFill("solid", fgColor=fill, bgColor=fill),
                    font=Font(color=font, bold=letter == "A"),
                ),
            )


def _legend_sheet(ws: Worksheet) -> None:
    for col, name in enumerate(("Letter", "Meaning", "Rule"), start=1):
        _set(ws, 1, col, name)
        ws.cell(row=1, column=col).font = Font(bold=True)
    for r, letter in enumerate(RACI_ORDER, start=2):
        fill, font = LETTER_STYLES[letter]
        _set(ws, r, 1, letter)
        _set(ws, r, 2, RACI_LABELS[letter])
        _set(ws, r, 3, LETTER_RULES[letter])
        c = ws.cell(row=r, column=1)
        c.fill = PatternFill("solid", fgColor=fill)
        c.font = Font(color=font, bold=True)
        c.alignment = Alignment(horizontal="center")
    note = len(RACI_ORDER) + 3
    _set(
        ws,
        note,
        1,
        "Rows are tasks (sheet Tasks) and the four layers (sheet Layers). Extended-team roles start as C and move to I as the work firms up.",
    )
    ws.column_dimensions["A"].width = 8
    ws.column_dimensions["B"].width = 14
    ws.column_dimensions["C"].width = 50
    ws.freeze_panes = "A2"
