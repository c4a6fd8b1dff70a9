"""A worksheet embedded in a slide (Paste Special > Microsoft Excel Worksheet Object): the slide
shows a picture of it, the workbook sits in the package. What the slide shows is the active
sheet, within the range Excel stored for the object (``oleSize``) when it stored one; its cells
are read as Excel displays them ("95.2%", "7,900"), not as the numbers stored (0.952, 7900).
The workbook passes the same ZIP guard as any Office file before openpyxl inflates it."""

from __future__ import annotations

import datetime as dt
import io
import re
from decimal import ROUND_HALF_UP, Decimal

from extractors.detect import open_zip

MAX_EMBEDDED_BYTES = 20_000_000  # inflated: a slide's table, not a data warehouse
MAX_ROWS = 200
MAX_COLUMNS = 40

_OLE_SIZE = re.compile(
    rb'<(?:\w+:)?oleSize\s+ref="([A-Z]{1,3})(\d{1,7})(?::([A-Z]{1,3})(\d{1,7}))?"'
)


def _column(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n


# a format's pieces: a quoted literal, an escaped character, a bracketed code ("[Red]",
# "[$€-2]"), a space as wide as a character ("_)"), a fill ("*-"), or one character
_PIECE = re.compile(r'"([^"]*)"|\\(.)|(\[[^\]]*\])|_.|\*.|(.)')


def shown_number(value: float, number_format: str) -> str:
    """``value`` as a cell with ``number_format`` shows it, for the formats slides use: General,
    fixed decimals, thousands separators and scaling ("#,##0.0,,"m""), percentages, a currency
    sign before or after, a section for negatives ("#,##0;(#,##0)"), scientific; rounded half
    away from zero, as Excel rounds."""
    sections = (number_format or "General").split(";")
    section = sections[0]
    if value < 0 and len(sections) > 1 and re.search(r"[0#?]", sections[1]):
        section, value = sections[1], -value  # the negative section shows its own sign
    if section.lower() == "general" or not re.search(r"[0#?]", section):
        return str(int(value)) if value == int(value) else f"{value:.10g}"
    if re.search(r"E[+-]", section, re.I):
        places = re.search(r"\.(0+)E", section, re.I)
        return f"{value:.{len(places.group(1)) if places else 0}E}"
    # (literal text, or None for a format character) in order
    pieces: list[tuple[str | None, str]] = []
    for m in _PIECE.finditer(section):
        quoted, escaped, code, char = m.groups()
        if code:
            sign = re.match(r"\[\$([^\]-]+)", code)
            pieces.append((sign.group(1) if sign else "", ""))
        elif char is not None:
            pieces.append((None, char) if char in "0#?.,%" else (char, ""))
        else:
            pieces.append((quoted if quoted is not None else escaped or "", ""))
    marks = [i for i, (lit, _) in enumerate(pieces) if lit is None]
    digits = "".join(c for lit, c in pieces if lit is None and c != "%")
    prefix = "".join(lit or "" for lit, _ in pieces[: marks[0]]).strip()
    suffix = "".join(lit or "" for lit, _ in pieces[marks[-1] + 1 :]).strip()
    percent = any(lit is None and c == "%" for lit, c in pieces)
    if percent:
        value *= 100
    # commas after the last digit each divide by a thousand: "#,##0.0,," shows millions
    scaled = len(digits) - len(digits.rstrip(","))
    digits = digits.rstrip(",")
    value /= 1000**scaled
    decimals = len(digits.split(".", 1)[1].replace(",", "")) if "." in digits else 0
    rounded = Decimal(repr(value)).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    text = f"{rounded:{',' if ',' in digits.split('.')[0] else ''}.{decimals}f}"
    return f"{prefix}{text}{'%' if percent else ''}{suffix}"


def _shown(value: object, number_format: str) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, dt.datetime | dt.date):
        day = "d" in (number_format or "").lower().replace("[", "")
        return f"{value:%d %B %Y}" if day else f"{value:%B %Y}"
    if isinstance(value, int | float):
        return shown_number(float(value), number_format)
    return " ".join(str(value).split())


def embedded_sheet(blob: bytes, name: str) -> list[list[str]]:
    """The rows the embedded workbook shows (empty rows and columns at its edges dropped)."""
    from openpyxl import load_workbook

    with open_zip(name, blob, MAX_EMBEDDED_BYTES) as archive:
        try:
            book_xml = archive.read("xl/workbook.xml")
        except KeyError:
            book_xml = b""
    shown = _OLE_SIZE.search(book_xml)
    workbook = load_workbook(io.BytesIO(blob), read_only=True, data_only=True)
    try:
        sheet = workbook.active
        if (
            sheet is None
            or not hasattr(sheet, "iter_rows")  # a chart sheet: the data is on another
            or getattr(sheet, "sheet_state", "visible") != "visible"
        ):
            sheet = next(s for s in workbook.worksheets if s.sheet_state == "visible")
        low_col, low_row, high_col, high_row = 1, 1, MAX_COLUMNS, MAX_ROWS
        if shown:
            low_col, low_row = _column(shown.group(1).decode()), int(shown.group(2))
            if shown.group(3):
                high_col, high_row = _column(shown.group(3).decode()), int(shown.group(4))
            high_col = min(high_col, low_col + MAX_COLUMNS - 1)
            high_row = min(high_row, low_row + MAX_ROWS - 1)
        rows = [
            [_shown(cell.value, getattr(cell, "number_format", "General")) for cell in row]
            for row in sheet.iter_rows(
                min_row=low_row, max_row=high_row, min_col=low_col, max_col=high_col
            )
        ]
    finally:
        workbook.close()
    rows = [r for r in rows if any(r)]
    used = [
        i
        for i in range(max((len(r) for r in rows), default=0))
        if any(i < len(r) and r[i] for r in rows)
    ]
    if not used:
        return []
    return [[r[i] if i < len(r) else "" for i in range(used[0], used[-1] + 1)] for r in rows]
