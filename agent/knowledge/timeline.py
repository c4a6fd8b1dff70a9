"""Time spans as decks write them, on one clock: weeks from the start of the plan.

"W1-2", "Weeks 3-4", "Days 76-90", "0-3 months", "Months 6-18", "M4", "Q3", "2028 H1",
"Year 2-3", "2027", "FY28 Q2". A span is ``(start_week, end_week)``; calendar spans need
the plan's first year (``start_year``), which the deck's own title or roadmap gives.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

WEEKS_PER_MONTH = 52 / 12

_NUM_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "i": 1,
    "ii": 2,
    "iii": 3,
}

_WEEK = re.compile(
    r"^(?:w|wk|wks|week|weeks)\s?(\d{1,2})(?:\s*[-–~to]+\s*(?:w|wk|week)?\s?(\d{1,2}))?$", re.I
)
_DAY = re.compile(r"^(?:days?\s+)?(\d{1,3})\s*[-–~]\s*(\d{1,3})(?:\s+days?)?$", re.I)
_MONTH_RANGE = re.compile(
    r"(?:\bmonths?\s+(\d{1,2})\s*[-–~]\s*(\d{1,2})\b|\b(\d{1,2})\s*[-–~]\s*(\d{1,2})\s*(?:months?|mos?)\b)",
    re.I,
)
_M_LABEL = re.compile(r"^m(\d{1,2})$", re.I)
_QUARTER = re.compile(
    r"^(?:(?:fy\s?)?(20\d\d|'?\d\d)\s+)?q([1-4])(?:\s+(?:fy\s?)?(20\d\d|'?\d\d))?$", re.I
)
_HALF = re.compile(r"^(?:(20\d\d)\s+)?h([12])(?:\s+(20\d\d))?$", re.I)
_YEAR_N = re.compile(
    r"\byears?\s+(\d|one|two|three|four|five)(?:\s*(?:[-–~&]|and|to)\s*(\d|one|two|three|four|five))?\b",
    re.I,
)
_CAL_YEAR = re.compile(r"^(?:fy\s?)?(20\d\d)$", re.I)
_YEAR_RANGE = re.compile(r"\b(20\d\d)\s*[-–~/]\s*(20\d\d|\d\d)\b")
_DURATION = re.compile(
    r"\b(\d{1,2}|one|two|three|four|five|six)[- ](year|month|week)s?\b(?!\s+(?:old|ago))", re.I
)
_SLASH_MONTHS = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{1,2})\s+months\b", re.I)


def _int(text: str | None) -> int | None:
    if text is None:
        return None
    text = text.strip("' ").lower()
    if text in _NUM_WORDS:
        return _NUM_WORDS[text]
    if not text.isdigit():
        return None
    value = int(text)
    return value + 2000 if len(text) == 2 and value < 100 and value >= 20 else value


@dataclass(frozen=True)
class Span:
    start: float  # weeks from the plan's start
    end: float
    label: str

    @property
    def weeks(self) -> tuple[int, int]:
        return int(round(self.start)), max(int(round(self.end)), int(round(self.start)) + 1)


def parse_label(label: str, *, start_year: int | None = None) -> Span | None:
    """A block that is only a time label ("W5-6", "Q3", "2028 H1", "M4", "0-3 months")."""
    text = " ".join(label.replace("—", "-").split()).strip(" :·|")
    if not text or len(text) > 24:
        return None
    if m := _WEEK.match(text):
        a = int(m.group(1))
        b = int(m.group(2) or a)
        return Span(a - 1, b, text)
    if m := _M_LABEL.match(text):
        n = int(m.group(1))
        return Span((n - 1) * WEEKS_PER_MONTH, n * WEEKS_PER_MONTH, text)
    if (m := _MONTH_RANGE.fullmatch(text)) is not None:
        a, b = (int(x) for x in (m.group(1) or m.group(3), m.group(2) or m.group(4)))
        return Span(a * WEEKS_PER_MONTH, b * WEEKS_PER_MONTH, text)
    if re.fullmatch(
        r"(?:days?\s+)?\d{1,3}\s*[-–~]\s*\d{1,3}\s+days?|days?\s+\d{1,3}\s*[-–~]\s*\d{1,3}",
        text,
        re.I,
    ):
        m2 = _DAY.match(text)
        if m2:
            a, b = int(m2.group(1)), int(m2.group(2))
            return Span(max(a - 1, 0) / 7, b / 7, text)
    if m := _QUARTER.match(text):
        q = int(m.group(2))
        year = _int(m.group(1) or m.group(3))
        offset = _year_offset(year, start_year)
        if offset is None:
            return None if year is not None else Span((q - 1) * 13, q * 13, text)
        return Span(offset + (q - 1) * 13, offset + q * 13, text)
    if m := _HALF.match(text):
        h = int(m.group(2))
        year = _int(m.group(1) or m.group(3))
        offset = _year_offset(year, start_year)
        if offset is None:
            return None if year is not None else Span((h - 1) * 26, h * 26, text)
        return Span(offset + (h - 1) * 26, offset + h * 26, text)
    if (m := _YEAR_N.fullmatch(text)) is not None:
        a = _int(m.group(1)) or 1
        b = _int(m.group(2)) or a
        return Span((a - 1) * 52, b * 52, text)
    if (m := _CAL_YEAR.match(text)) is not None and start_year is not None:
        offset = _year_offset(int(m.group(1)), start_year)
        return Span(offset, offset + 52, text) if offset is not None else None
    return None


def _year_offset(year: int | None, start_year: int | None) -> float | None:
    if year is None or start_year is None or not 0 <= year - start_year <= 10:
        return None
    return (year - start_year) * 52.0


def find_span(text: str, *, start_year: int | None = None) -> Span | None:
    """The first time span written inside a longer text: "Phase 2 (Months 6-18)", "Year 2-3: ...",
    "Wave 2 ... 2028", "(0-9 months)"."""
    if m := _MONTH_RANGE.search(text):
        a, b = (int(x) for x in (m.group(1) or m.group(3), m.group(2) or m.group(4)))
        if a < b:
            return Span(a * WEEKS_PER_MONTH, b * WEEKS_PER_MONTH, m.group(0))
    if m := re.search(
        r"\b(?:days?\s+)?(\d{1,3})\s*[-–~]\s*(\d{1,3})\s+days\b|\bdays\s+(\d{1,3})\s*[-–~]\s*(\d{1,3})\b",
        text,
        re.I,
    ):
        a, b = (int(x) for x in (m.group(1) or m.group(3), m.group(2) or m.group(4)))
        if a < b:
            return Span(max(a - 1, 0) / 7, b / 7, m.group(0))
    if m := re.search(
        r"\b(?:weeks?|wks?|w)\s?(\d{1,2})\s*[-–~]\s*(?:w|wk|week)?\s?(\d{1,2})\b", text, re.I
    ):
        a, b = int(m.group(1)), int(m.group(2))
        if a <= b:
            return Span(a - 1, b, m.group(0))
    if m := _YEAR_N.search(text):
        a = _int(m.group(1)) or 1
        b = _int(m.group(2)) or a
        if a <= b:
            return Span((a - 1) * 52, b * 52, m.group(0))
    if start_year is not None:
        if m := re.search(r"\b(20\d\d)\s*h([12])\b|\bh([12])\s*(20\d\d)\b", text, re.I):
            year = int(m.group(1) or m.group(4))
            half = int(m.group(2) or m.group(3))
            offset = _year_offset(year, start_year)
            if offset is not None:
                return Span(offset + (half - 1) * 26, offset + half * 26, m.group(0))
        if m := re.search(r"\bq([1-4])\s*(?:fy\s?)?(20\d\d)\b|\b(20\d\d)\s*q([1-4])\b", text, re.I):
            q = int(m.group(1) or m.group(4))
            year = int(m.group(2) or m.group(3))
            offset = _year_offset(year, start_year)
            if offset is not None:
                return Span(offset + (q - 1) * 13, offset + q * 13, m.group(0))
    return None


def horizon_weeks(texts: list[str]) -> tuple[int | None, int | None]:
    """(start year, horizon in weeks) the deck states: "2027-2029", "three-year", "6/18/36 months"."""
    start_year: int | None = None
    best = 0.0
    for text in texts:
        for m in _YEAR_RANGE.finditer(text):
            a = int(m.group(1))
            b_raw = m.group(2)
            b = int(b_raw) if len(b_raw) == 4 else 2000 + int(b_raw)
            if 0 < b - a <= 10:
                start_year = a if start_year is None else min(start_year, a)
                best = max(best, (b - a + 1) * 52.0)
        for m in _DURATION.finditer(text):
            n = _int(m.group(1)) or 0
            unit = m.group(2).lower()
            weeks = n * {"year": 52.0, "month": WEEKS_PER_MONTH, "week": 1.0}[unit]
            if unit == "year" and n <= 10:
                best = max(best, weeks)
        for m in _SLASH_MONTHS.finditer(text):
            best = max(best, int(m.group(3)) * WEEKS_PER_MONTH)
    return start_year, (int(round(best)) if best else None)


def first_year(texts: list[str]) -> int | None:
    """The earliest plausible plan year named in roadmap text ("2027 Wave 1", "2028 H1")."""
    years = [int(y) for t in texts for y in re.findall(r"\b(20[2-4]\d)\b", t)]
    return min(years) if years else None
