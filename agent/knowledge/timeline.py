"""Time spans as decks write them, on one clock: weeks from the start of the plan.

"W1-2", "Weeks 3-4", "Days 76-90", "0-3 months", "Months 6-18", "M4", "Q3", "2028 H1",
"Year 2-3", "2027", "FY28 Q2". A span is ``(start_week, end_week)``; calendar spans need
the plan's first year (``start_year``), which the deck's own title or roadmap gives.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache
from typing import TypeVar

from agent.knowledge import lexicon

T = TypeVar("T")

WEEKS_PER_MONTH = 52 / 12
WEEKS_PER_YEAR = 52.0


def months_of(start_week: float, end_week: float) -> tuple[int, int]:
    """The months (1-based) a ``[start, end)`` span of weeks falls in. Half a week of slack at
    each end absorbs the rounding to whole weeks: a bar that ends with month 2 (week 8.67) and
    is written as week 9 ends in month 2, as its done-when says, not in month 3."""
    first = int((start_week + 0.5) / WEEKS_PER_MONTH) + 1
    return first, max(math.ceil((end_week - 0.5) / WEEKS_PER_MONTH), first)


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
    r"^(?:w|wk|wks|week|weeks)\s?(\d{1,3})(?:\s*[-–~to]+\s*(?:w|wk|week)?\s?(\d{1,3}))?$", re.I
)
_DAY = re.compile(r"^(?:days?\s+)?(\d{1,3})\s*[-–~]\s*(\d{1,3})(?:\s+days?)?$", re.I)
_MONTH_RANGE = re.compile(
    r"(?:\bmonths?\s+(\d{1,2})\s*[-–~]\s*(\d{1,2})\b|\b(\d{1,2})\s*[-–~]\s*(\d{1,2})\s*(?:months?|mos?)\b)",
    re.I,
)
_M_LABEL = re.compile(r"^(?:m|month)\s?(\d{1,2})$", re.I)
# A range of the plan's numbered months, M1 its first: "M3-M8", "M4 to M9" (not a split
# financial year's "M1-M6 29/30", nor a motorway: both ends carry the M)
_M_RANGE = re.compile(
    r"(?<![\w-])m(\d{1,2})\s*(?:[-–~]|to)\s*m(\d{1,2})\b(?!\s*(?:20)?\d\d/\d\d)", re.I
)


def _plan_months(m: re.Match[str] | None) -> Span | None:
    """The span an ``_M_RANGE`` match names: from the start of its first month to the end of
    its last, M1 the plan's first month; a range from "M0" counts from zero ("M0-M5": six
    months, and its deck's "M6-M17" follows on, see ``zero_based``)."""
    if m is None or not 0 <= int(m.group(1)) < int(m.group(2)):
        return None
    first, last = int(m.group(1)), int(m.group(2))
    if first == 0:
        return Span(0.0, (last + 1) * WEEKS_PER_MONTH, m.group(0))
    return Span((first - 1) * WEEKS_PER_MONTH, last * WEEKS_PER_MONTH, m.group(0))


def zero_based(spans: list[Span]) -> list[Span]:
    """Spans of the plan's numbered months on one deck whose count starts at "M0": each
    later range moves on a month ("M6-M17" after "M0-M5" is months 6 to 17 counted from
    zero, not the tenth to the twenty-third)."""
    ranges = [(_M_RANGE.fullmatch(s.label.strip()), s) for s in spans]
    if not any(m is not None and int(m.group(1)) == 0 for m, _ in ranges):
        return spans
    return [
        Span(s.start + WEEKS_PER_MONTH, s.end + WEEKS_PER_MONTH, s.label, s.absolute)
        if m is not None and int(m.group(1)) > 0
        else s
        for m, s in ranges
    ]


# Months counted from a day zero ("T0" the contract's signature): "T0 to T+3", "T+3-T+9"
_T_RANGE = re.compile(
    r"(?<![\w+-])T\s?(?:\+\s?(\d{1,2})|0)\s*(?:[-–~]|to)\s*T\s?\+\s?(\d{1,2})\b", re.I
)


def _t_months(m: re.Match[str] | None) -> Span | None:
    """The span a ``_T_RANGE`` match names: T+a to T+b, months after day zero."""
    if m is None or not int(m.group(1) or 0) < int(m.group(2)):
        return None
    a, b = int(m.group(1) or 0), int(m.group(2))
    return Span(a * WEEKS_PER_MONTH, b * WEEKS_PER_MONTH, m.group(0))


# A plan counted in its own quarters: "PQ3", "PQ3-PQ6", "Plan quarters 7-10"
_PLAN_QUARTERS = re.compile(
    r"\b(?:pq\s?|plan\s+quarters?\s+)(\d{1,2})(?:\s*(?:[-–~]|to)\s*(?:pq\s?)?(\d{1,2}))?\b", re.I
)
_QUARTER = re.compile(
    r"^(?:(?:fy\s?)?(20\d\d|'?\d\d)\s+)?q([1-4])(?:\s+(?:fy\s?)?(20\d\d|'?\d\d))?$", re.I
)
_HALF = re.compile(r"^(?:(20\d\d)\s+)?h([12])(?:\s+(20\d\d))?$", re.I)
_YEAR_N = re.compile(
    r"\byears?\s+(\d|one|two|three|four|five)(?:\s*(?:[-–~&]|and|to)\s*(\d|one|two|three|four|five))?\b",
    re.I,
)
# "Year 1 2027/28", "Year 2 (2028/29)", "Year 3 · 2029": a plan year with its calendar year.
# Over a drawn Gantt's columns it is dated by the calendar; elsewhere it may name a phase.
PLAN_YEAR_DATED = re.compile(
    r"years?\s+(?:\d|one|two|three|four|five)\s*[(·,:|–-]?\s*(?P<when>(?:FY\s?)?\d{4}(?:\s*[/–-]\s*\d{2,4})?)\)?",
    re.I,
)
_YEARS_FROM_NOW = re.compile(r"\b(\d{1,2})\s*[-–~]\s*(\d{1,2})\s+years?\b", re.I)
_CAL_YEAR = re.compile(r"^(?:fy\s?)?(20\d\d)$", re.I)
# (not a date's year and the next date's day: "01/09/2028 to 31/08/2030", "2028 to 30 June")
_YEAR_RANGE = re.compile(
    r"(?<![/\d])\b(?:fy\s?)?(20\d\d)\s*(?:[-–~/]|to)\s*(?:fy\s?)?(20\d\d|\d\d)\b"
    r"(?!/|\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)",
    re.I,
)
_DURATION = re.compile(
    # ("three plan years", "two financial years": the deck's own years, counted)
    r"\b(\d{1,2}|one|two|three|four|five|six)[- ](?:(?:plan|financial|fiscal|school|academic)\s+)?"
    r"(year|month|week)s?\b(?!\s+(?:old|ago))",
    re.I,
)
# A time of day on its own, over a step of a day's programme ("6:30 AM", "19:30")
CLOCK_TIME = re.compile(r"^(\d{1,2})[:.](\d{2})\s*([ap])?\.?m?\.?$", re.I)
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


# Weeks in one of each unit a deck counts in (a step of a count from a day, a unit the deck
# numbers, a length it states)
UNIT_WEEKS = {
    "day": 1 / 7,
    "week": 1.0,
    "wk": 1.0,
    "fortnight": 2.0,
    "month": WEEKS_PER_MONTH,
    "quarter": 13.0,
    "year": 52.0,
}


def _length(m: re.Match[str]) -> tuple[int, str]:
    """A ``_DURATION`` match's count and unit: "six months" -> (6, "month")."""
    count = m.group(1).lower()
    return (int(count) if count.isdigit() else _NUM_WORDS.get(count, 0)), m.group(2).lower()


def length(text: str) -> tuple[int, str] | None:
    """A bare length and nothing else ("6 months", "two years"): its count and unit (year,
    month or week)."""
    m = _DURATION.fullmatch(text.strip())
    return _length(m) if m else None


@dataclass(frozen=True)
class Span:
    start: float  # weeks from the plan's start (absolute spans: from 1 January of start_year)
    end: float
    label: str
    absolute: bool = False  # a calendar date ("Q2 2027"), not a plan-relative one ("month 3")

    @property
    def weeks(self) -> tuple[int, int]:
        return int(round(self.start)), max(int(round(self.end)), int(round(self.start)) + 1)


def cover(a: Span, b: Span, label: str | None = None) -> Span:
    """The span from the earlier start to the later end, on ``a``'s clock."""
    return Span(
        min(a.start, b.start), max(a.end, b.end), a.label if label is None else label, a.absolute
    )


def clock_minutes(label: str) -> int | None:
    """A time of day on its own ("6:30 AM", "19:30") as minutes after midnight; else None."""
    c = CLOCK_TIME.match(label.strip())
    if c is None:
        return None
    hour, minute, half = int(c.group(1)), int(c.group(2)), (c.group(3) or "").lower()
    if hour > 23 or minute > 59 or half and not 1 <= hour <= 12:
        return None
    return (hour % 12 + (12 if half == "p" else 0) if half else hour) * 60 + minute


def parse_label(label: str, *, start_year: int | None = None) -> Span | None:
    """A block that is only a time label ("W5-6", "Q3", "2028 H1", "M4", "0-3 months")."""
    return _parse_label(
        label,
        start_year,
        _FISCAL.get(),
        _PERIODS.get(),
        _SHORT_YEARS.get(),
        _ANCHORS.get(),
        _NUMBERED.get(),
    )


@lru_cache(maxsize=16384)  # a Span is frozen; a deck's labels are parsed again and again
def _parse_label(
    label: str,
    start_year: int | None,
    fiscal: tuple[int, int] | None,
    periods: tuple[tuple[str, int, int], ...] = (),
    # (every setting of the deck's clock it is read by is part of the cache's key: one deck's
    # "Season 18" or "C+12" is not another's)
    short: bool = False,
    anchors: tuple[tuple[str, int, float, float], ...] = (),
    numbered: tuple[tuple[str, int, int, float, float], ...] = (),
) -> Span | None:
    text = " ".join(label.replace("—", "-").split()).strip(" :·|")
    # "September 2027 to December 2028" is the longest label a deck writes in full.
    if not text or len(text) > 34:
        return None
    if m := _WEEK.match(text):
        a = int(m.group(1))
        b = int(m.group(2) or a)
        return Span(a - 1, b, text)
    if m := _M_LABEL.match(text):
        n = int(m.group(1))
        return Span((n - 1) * WEEKS_PER_MONTH, n * WEEKS_PER_MONTH, text)
    if (span := _plan_months(_M_RANGE.fullmatch(text))) is not None:
        return span
    if (m := _PLAN_QUARTERS.fullmatch(text)) is not None:
        return _plan_quarters(m)
    if (m := _MONTH_RANGE.fullmatch(text)) is not None:
        a, b = (int(x) for x in (m.group(1) or m.group(3), m.group(2) or m.group(4)))
        return Span(_first_month(a, text) * WEEKS_PER_MONTH, b * WEEKS_PER_MONTH, text)
    if re.fullmatch(
        r"(?:days?\s+)?\d{1,3}\s*[-–~]\s*\d{1,3}\s+days?|days?\s+\d{1,3}\s*[-–~]\s*\d{1,3}",
        text,
        re.I,
    ):
        m2 = _DAY.match(text)
        if m2:
            a, b = int(m2.group(1)), int(m2.group(2))
            return Span(max(a - 1, 0) / 7, b / 7, text)
    if (m := _YEARS_FROM_NOW.fullmatch(text)) is not None and int(m.group(1)) < int(m.group(2)):
        return Span(int(m.group(1)) * 52, int(m.group(2)) * 52, text)  # "1-3 years"
    calendar = calendar_spans(text, start_year)
    if len(calendar) == 1 and len(calendar[0].label) >= len(text) - 2:
        return calendar[0]
    if (
        len(calendar) == 2
        and calendar[1].end > calendar[0].start
        and re.fullmatch(
            rf"{re.escape(calendar[0].label)}\s*(?:to|until|through|-|–)\s*{re.escape(calendar[1].label)}",
            text,
            re.I,
        )
    ):
        # "September 2027 to August 2028": a range across years, each end dated in full.
        return Span(calendar[0].start, calendar[1].end, text, absolute=True)
    if start_year is not None and (m := re.fullmatch(rf"({MONTH})\.?", text, re.I)):
        # A column of a month-by-month chart ("Jan", "Feb"): the plan's first year.
        n = month_number(m.group(1))
        return Span((n - 1) * WEEKS_PER_MONTH, n * WEEKS_PER_MONTH, text, absolute=True)
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


def _plan_quarters(m: re.Match[str]) -> Span | None:
    a = int(m.group(1))
    b = int(m.group(2) or a)
    return Span((a - 1) * 13, b * 13, m.group(0)) if 1 <= a <= b <= 40 else None


def _year_offset(year: int | None, start_year: int | None) -> float | None:
    if year is None or start_year is None or not 0 <= year - start_year <= 10:
        return None
    return (year - start_year) * 52.0


def _first_month(a: int, label: str = "") -> int:
    """The months elapsed when a range of months opens. Counted from 0 ("months 0-6", "6-18")
    it is its first number; counted from 1 ("months 1-6", "7-18", "19-36": a quarter's first
    month) it is one less. "Month 5–12" names months one by one, from "Month 1": one less."""
    if re.match(r"month\s", label, re.I):
        return max(a - 1, 0)
    return a - 1 if a >= 1 and (a - 1) % 3 == 0 else a


def find_span(text: str, *, start_year: int | None = None) -> Span | None:
    """The first time span written inside a longer text: "Phase 2 (Months 4-12)", "Year 2-3: ...",
    "Wave 2 ... 2028", "(0-9 months)"."""
    if m := _MONTH_RANGE.search(text):
        a, b = (int(x) for x in (m.group(1) or m.group(3), m.group(2) or m.group(4)))
        if a < b:
            return Span(
                _first_month(a, m.group(0)) * WEEKS_PER_MONTH, b * WEEKS_PER_MONTH, m.group(0)
            )
    if (span := _plan_months(_M_RANGE.search(text))) is not None:
        return span
    if (span := _t_months(_T_RANGE.search(text))) is not None:
        return span
    if m := re.search(
        r"\b(?:days?\s+)?(\d{1,3})\s*[-–~]\s*(\d{1,3})\s+days\b|\bdays\s+(\d{1,3})\s*[-–~]\s*(\d{1,3})\b",
        text,
        re.I,
    ):
        a, b = (int(x) for x in (m.group(1) or m.group(3), m.group(2) or m.group(4)))
        if a < b:
            return Span(max(a - 1, 0) / 7, b / 7, m.group(0))
    if m := re.search(
        r"\b(?:weeks?|wks?|w)\s?(\d{1,3})\s*(?:[-–~]\s*(?:w|wk|week)?\s?(\d{1,3})\b|to\s+(?:w|wk|week)?\s?"
        r"(\d{1,3})\b(?!\s*%)(?!\s+(?!weeks?\b|wks?\b)[a-z]))",
        text,
        re.I,
    ):
        a, b = int(m.group(1)), int(m.group(2) or m.group(3))
        if a <= b:
            return Span(a - 1, b, m.group(0))
    if m := _YEAR_N.search(text):
        a = _int(m.group(1)) or 1
        b = _int(m.group(2)) or a
        if a <= b:
            return Span((a - 1) * 52, b * 52, m.group(0))
    if (m := _PLAN_QUARTERS.search(text)) is not None and (span := _plan_quarters(m)):
        return span
    if m := _YEARS_FROM_NOW.search(text):
        # "Short term (0-1 year)", "Medium term (1-3 years)": years from the start
        a, b = int(m.group(1)), int(m.group(2))
        if a < b:
            return Span(a * 52, b * 52, m.group(0))
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
    """(start year, horizon in weeks) the deck states: "2027-2029", "FY2027-FY2029", "April
    2027 to March 2030", "three-year", "6/18/36 months"."""
    start, horizon, _origin = plan_window(texts)
    return start, horizon


def month_range(text: str) -> re.Match[str] | None:
    """ "April 2027 to March 2030", "Q3 2028 to Q4 2030": a period from one month (or quarter)
    and year to another."""
    return re.search(
        # (a day may lead each month: "1 July 2031 to 30 June 2036")
        rf"(?:\b\d{{1,2}}(?:st|nd|rd|th)?\s+)?\b({MONTH}|Q[1-4])\.?\s+(20\d\d)\s*(?:[-–~]|to)\s*"
        rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?({MONTH}|Q[1-4])\.?\s+(20\d\d)\b",
        text,
        re.I,
    )


def plan_window(texts: list[str]) -> tuple[int | None, int | None, float]:
    """(start year, horizon in weeks, the plan's first week counted from 1 January of the start
    year). A month range ("April 2027 to March 2030") starts the plan in April."""
    start_year: int | None = None
    best = 0.0
    origin = 0.0
    monthly: tuple[int, float, float] | None = None  # (start year, weeks, origin) of a month range
    for text in texts:
        months = month_range(text)
        if months and months.group(0)[:1].isdigit() and _NOT_THE_PLANS.search(text):
            months = None  # "The waste contract runs 1 April 2030 to 31 March 2040": its term
        if months:
            y0, y1 = int(months.group(2)), int(months.group(4))
            spans = calendar_spans(months.group(0), y0)
            if len(spans) >= 2 and 0 < y1 - y0 <= 10:
                weeks = max(s.end for s in spans) - min(s.start for s in spans)
                if monthly is None or weeks > monthly[1]:
                    monthly = (y0, weeks, min(s.start for s in spans))
                continue
        for m in _YEAR_RANGE.finditer(text):
            a = int(m.group(1))
            b_raw = m.group(2)
            b = int(b_raw) if len(b_raw) == 4 else 2000 + int(b_raw)
            if 0 < b - a <= 10:
                best = max(best, (b - a + 1) * 52.0)
                # "FY2029 to FY2031" where the deck's FY2029 runs from July 2028: the plan
                # opens in July 2028
                # (a split year, "FY2029/30", names its first year: no shift)
                first, shift = _fy_shift(m.group(0), a)
                if first is not None and (start_year is None or first < start_year):
                    start_year, origin = first, shift
        for m in _DURATION.finditer(text):
            n, unit = _length(m)
            weeks = n * UNIT_WEEKS[unit]
            if unit == "year" and n <= 10:
                best = max(best, weeks)
        for m in _SLASH_MONTHS.finditer(text):
            best = max(best, int(m.group(3)) * WEEKS_PER_MONTH)
        # "Cycle 5 to Cycle 12": the deck's numbered periods, from the first's first day
        # (once per year the deck's periods count from: an alias is the same period again)
        for year in dict.fromkeys(d[2] for d in _NUMBERED.get()):
            for span in _numbered_spans(text, year)[0]:
                weeks = span.end - span.start
                if re.search(r"\d\D+\d", span.label) and (monthly is None or weeks > monthly[1]):
                    monthly = (year, weeks, span.start)
    if (
        monthly is not None
        and monthly[1] >= best * 0.75
        # ... unless it is a stretch of the past before the plan's years ("Our track record:
        # January 2023 to December 2025" beside "Strategy 2026-2028")
        and (start_year is None or monthly[0] >= start_year - 1)
    ):
        # "April 2027 to March 2029" says when the plan runs; a year range elsewhere ("2025/26
        # in numbers", a baseline year) does not move its start.
        start_year, best, origin = monthly
    return start_year, (int(round(best)) if best else None), origin


def first_year(texts: list[str]) -> int | None:
    """The earliest plausible plan year named in roadmap text ("2027 Wave 1", "2028 H1")."""
    years = [int(y) for t in texts for y in re.findall(r"\b(20[2-4]\d)\b", t)]
    return min(years) if years else None


# --------------------------------------------------------------------------- calendar dates

MONTHS = {
    m: i
    for i, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for m in names
}
MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
_WEEKDAY_NAMES = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_YEAR = r"(?:fy\s?)?(?:20\d\d(?:/\d\d)?|'?\d\d(?:/\d\d)?)"
_CAL = re.compile(
    rf"(?P<end>end of\s+|by\s+)?"
    rf"(?:(?<![\d/])(?P<n1>\d{{1,2}})/(?P<n2>\d{{1,2}})/(?P<ny>20\d\d)(?![\d/])"
    rf"|(?P<q1>q[1-4])(?:\s*(?:[-–~&]|and|to)\s*(?P<q2>q[1-4]))?\s*(?P<qy>{_YEAR})"
    # ("FY28 Q1-Q2": the year first, then its quarters)
    rf"|(?P<qy0>{_YEAR})\s*(?P<q3>q[1-4])(?:\s*(?:[-–~&]|and|to)\s*(?P<q4>q[1-4])(?!\s*{_YEAR}))?"
    rf"|(?P<h1>h[12])(?:\s*[-–~]\s*(?P<h2>h[12]))?\s*(?P<hy>{_YEAR})"
    rf"|(?P<hy0>20\d\d|fy\s?(?:20\d\d|\d\d))\s*(?P<h3>h[12])"
    # "4 May to 1 August 2028", "May 4 to August 1, 2028": a range of days, one year for both
    rf"|(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<dm1>{MONTH})|(?P<dm1u>{MONTH})\.?\s+(?P<d1u>\d{{1,2}})(?:st|nd|rd|th)?)"
    rf"\s*(?:[-–~]|to|until|through)\s*"
    rf"(?:(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<dm2>{MONTH})|(?P<dm2u>{MONTH})\.?\s+(?P<d2u>\d{{1,2}})(?:st|nd|rd|th)?)"
    rf"\.?,?\s+(?P<dmy>20\d\d)"
    # ("Sept. 30, 2029": a day between the month and its year)
    rf"|(?P<m1>{MONTH})(?:\s*(?:[-–~]|to)\s*(?P<m2>{MONTH}))?\.?\s*"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?=20\d\d))?(?P<my>20\d\d|'?\d\d\b)"
    # a month of a split financial year: "M4 2029/30", "M1-M6 29/30", "by M12 30/31"
    rf"|(?<![\w-])m(?P<fm1>\d{{1,2}})(?:\s*[-–]\s*m?(?P<fm2>\d{{1,2}}))?\s+"
    rf"(?P<fmy>(?:20)?\d\d)/\d\d(?![\d/])"
    # a school's half-terms in its academic year: "Autumn 1 to Spring 2 2027/28", "Summer 2 2029/30"
    rf"|(?P<ht1>autumn|spring|summer)\s+(?P<hn1>[12])(?:\s*(?:[-–~]|to|until|through)\s*"
    rf"(?P<ht2>autumn|spring|summer)\s+(?P<hn2>[12]))?\s+(?:of\s+)?(?P<hty>20\d\d)/\d\d(?![\d/])"
    rf"|(?P<te>aut|spr|sum)\.?\s+(?P<tey>20\d\d)\b"
    rf"|(?P<tt>autumn|spring|summer)\s+term\s+(?:of\s+)?(?P<tty>20\d\d)\b"
    # ("Winter–Spring 2027", "Summer to Autumn 2027": the first season to the last)
    rf"|(?:(?P<se0>spring|summer|autumn|fall|winter)\s*(?:[–—-]|to)\s*)?"
    rf"(?P<se>spring|summer|autumn|fall|winter)\s+(?:of\s+)?(?P<sey>20\d\d)(?:/\d\d)?\b"
    rf"|(?P<pa>early|mid|late)[\s-]+(?P<pay>20\d\d)\b"
    rf"|(?P<sy>(?<![\d/])20\d\d)\s*[/–-]\s*(?P<sy2>\d\d)(?![\d/])"
    rf"|(?P<fy>fy\s?(?:20\d\d|\d\d))(?:\s*/\s*(?P<fy2>\d\d)(?![\d/]))?"
    rf"|(?<![\d/])(?P<year>20\d\d)(?![\d/])"
    rf")",
    re.I,
)


_SEASON_START = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}


def season_start(season: str, texts: list[str]) -> int:
    """The first month of a season named without its year ("Autumn"): September, or March
    where the deck's places are south of the equator (lexicon ``southern_places``)."""
    first = _SEASON_START[season.lower()]
    south = lexicon.pattern("southern_places")
    return (first + 5) % 12 + 1 if any(south.search(t) for t in texts) else first


_TERM_MONTHS = {"aut": (9, 12), "spr": (1, 3), "sum": (4, 7)}  # first and last month
# An English school year's six half-terms, in months from the January before the year starts
# (first, end): Autumn 1 September-October ... Spring 2 March to Easter, Summer 1 Easter to
# May half-term, Summer 2 June to the end of the summer holidays.
_HALF_TERMS = {
    ("autumn", "1"): (8, 10),
    ("autumn", "2"): (10, 12),
    ("spring", "1"): (12, 14),
    ("spring", "2"): (14, 15),
    ("summer", "1"): (15, 17),
    ("summer", "2"): (17, 20),
}


def month_number(name: str) -> int:
    """1-12 for a month name or its abbreviation ("Sept" included)."""
    return MONTHS[name.lower()[:3]]


def _fy_year(text: str) -> int | None:
    """'2027', '27', "'27", 'FY27', 'FY2027', '27/28' (a financial year named by its first year)."""
    t = text.lower().replace("fy", "").strip(" '")
    t = t.split("/")[0]
    if not t.isdigit():
        return None
    value = int(t)
    return value if value > 1900 else 2000 + value


# The deck's own financial year, while its plan is read: (first month, years its label runs
# ahead of the calendar year it starts in). "FY29 runs March 2028 to February 2029" is (3, 1).
_FISCAL: ContextVar[tuple[int, int] | None] = ContextVar("fiscal", default=None)
_ONE_DATE = rf"(?:\d{{1,2}}\s+)?{MONTH}\.?\s+(?:\d{{1,2}},?\s+)?20\d\d|\d{{1,2}}/\d{{1,2}}/20\d\d"
_FY_DEFINED = re.compile(
    rf"\bfy\s?'?(?P<label>20\d\d|\d\d)(?P<split>/\d\d)?"
    # ("FY28 and FY29: February 2028 to January 2030": the first label's year opens the range)
    rf"(?:\s*(?:and|to|[-–])\s*fy\s?'?(?:20\d\d|\d\d)(?:/\d\d)?)?"
    rf"\s*(?:(?:runs?|is|covers|means|spans)\s+|[=:]\s*)"
    rf"(?:from\s+)?"
    # "1 April 2028", "July 1, 2028", "07/01/2028"
    rf"(?:(?:1\s+)?(?P<month>{MONTH})\.?\s+(?:1(?:st)?,?\s+)?(?P<year>20\d\d)"
    rf"|(?P<n1>\d{{1,2}})/(?P<n2>\d{{1,2}})/(?P<nyear>20\d\d))"
    rf"\s*(?:[-–]|to|until|through)\s*(?:{_ONE_DATE})\b",
    re.I,
)


# "FY28 starts on Sunday 30 January 2028": a year that opens on a week's first day, which
# may fall a few days before the month it is the year of
_FY_STARTS = re.compile(
    rf"\bfy\s?'?(?P<label>20\d\d|\d\d)\s+(?:starts|begins|opens)\s+(?:on\s+)?"
    rf"(?:{_WEEKDAY_NAMES},?\s+)?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month>{MONTH})\.?,?"
    rf"\s+(?P<year>20\d\d)\b",
    re.I,
)
# "Our financial year starts on the Sunday nearest 1 February", "Our financial year runs April
# to March": the month alone, no label's year
_FY_MONTH = re.compile(
    rf"\b(?:our|the|its)\s+(?:financial|fiscal)\s+year\s+(?:starts|begins|opens|runs)\s+"
    rf"(?:on\s+the\s+(?:{_WEEKDAY_NAMES}|day)\s+(?:nearest|closest)\s+(?:to\s+)?\d{{1,2}}\s+"
    rf"|(?:on|from)\s+(?:1\s+|the\s+first\s+of\s+)?|in\s+)?(?P<month>{MONTH})\b",
    re.I,
)


# "Our concert season runs from September to June", "The school year runs September to July":
# the deck's own year, by the month it opens in (a split year, "2027/28", opens then too)
_YEAR_FROM = re.compile(
    rf"\b(?:our|the)\s+(?:(?:concert|school|academic|playing|racing|sporting|theatre)\s+)?"
    rf"(?:year|season)\s+runs\s+(?:from\s+)?(?P<month>{MONTH})\s+(?:to|until|through|[-–])\s+"
    rf"(?P<last>{MONTH})\b",
    re.I,
)


def _season_start(text: str) -> int | None:
    """The first month of a season a line says runs across the new year ("Our concert season
    runs from September to June": 9), or None."""
    runs = _YEAR_FROM.search(text)
    if runs is None or month_number(runs.group("month")) <= month_number(runs.group("last")):
        return None
    return month_number(runs.group("month"))


def season_year(texts: list[str]) -> bool:
    """The deck states a season that runs across the new year ("Our concert season runs from
    September to June"): its split years ("2029/30") end with the season, not the calendar."""
    return any(_season_start(text) is not None for text in texts)


def fiscal_year(texts: list[str]) -> tuple[int, int] | None:
    """The financial year a deck defines ("FY29 runs March 2028 to February 2029", "FY28
    starts on Sunday 30 January 2028"): its first month and how many years its label runs
    ahead of the year it starts in; None when the deck does not say (an "FY29" is then the
    calendar year 2029). A year the deck gives by its month alone ("Our financial year starts
    in April") is labelled by the year it ends in, as most are ("FY29" is April 2028 to
    March 2029)."""
    month_only: int | None = None
    season: int | None = None  # a season's year that runs across the new year
    for text in texts:
        m = _FY_STARTS.search(text)
        if m:
            month, year = month_number(m.group("month")), int(m.group("year"))
            if int(m.group("day")) >= 22:  # (a week-based year that opens in the month's last days)
                month, year = month % 12 + 1, year + (month == 12)
            ahead = int(m.group("label")) % 100 - year % 100
            if 0 <= ahead <= 1:
                return month, ahead
        if month_only is None and (said := _FY_MONTH.search(text)):
            month_only = month_number(said.group("month"))
        season = season or _season_start(text)
        m = _FY_DEFINED.search(text)
        if m:
            label = int(m.group("label")) % 100
            if m.group("month"):
                month, year = month_number(m.group("month")), int(m.group("year"))
            else:  # "FY2029 = 07/01/2028 to 06/30/2029": a year starts on a month's first
                a, b = int(m.group("n1")), int(m.group("n2"))
                month, year = (b if a == 1 and b != 1 else a), int(m.group("nyear"))
            # "FY2029/30 = February 2029 to January 2030": the year a short label ("FY30")
            # names is the split label's second (a split label itself names its first)
            ahead = 1 if m.group("split") else label - year % 100
            if 0 <= ahead <= 1 and 1 <= month <= 12:
                return month, ahead
    month_only = month_only or season
    if month_only is not None and month_only != 1:
        return month_only, 1
    return None


# Whether the deck writes its numeric dates day first ("31/12/2028") or month first
# ("12/31/2028"); a date whose parts could be either ("07/01/2028") is read the deck's way.
_DAY_FIRST: ContextVar[bool] = ContextVar("day_first", default=True)
_NUMERIC_DATE = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(?:20\d\d)(?![\d/])")


def day_first(texts: list[str]) -> bool:
    """True unless the deck's own dates show month first ("06/30/2029") more often than day
    first ("30/06/2029")."""
    days = months = 0
    for text in texts:
        for a, b in _NUMERIC_DATE.findall(text):
            days += int(a) > 12 >= int(b)
            months += int(b) > 12 >= int(a)
    return days >= months


@contextmanager
def _reading(var: ContextVar[T], value: T) -> Iterator[None]:
    """``var`` set to ``value`` while one deck is read (its clock's settings)."""
    token = var.set(value)
    try:
        yield
    finally:
        var.reset(token)


def date_order(day_first_: bool) -> AbstractContextManager[None]:
    """Read "07/01/2028" day first or month first, as the deck writes its dates."""
    return _reading(_DAY_FIRST, day_first_)


def own_year() -> tuple[int, int] | None:
    """The deck's own year while its plan is read (first month, label's lead), or None."""
    return _FISCAL.get()


def fiscal(definition: tuple[int, int] | None) -> AbstractContextManager[None]:
    """Read "FY", "H1 FY29" and "Q3 FY29" labels in the deck's own financial year."""
    return _reading(_FISCAL, definition)


def _year_start() -> int:
    """The month a split financial year ("2029/30", "FY2029/30") starts: the deck's own, else
    April."""
    definition = _FISCAL.get()
    return definition[0] if definition else 4


def _fy_shift(token: str, year: int | None) -> tuple[int | None, float]:
    """(calendar year, weeks into it) where a financial year labelled ``token`` starts."""
    definition = _FISCAL.get()
    if definition is None or year is None or "fy" not in token.lower() or "/" in token:
        return year, 0.0
    month, ahead = definition
    return year - ahead, (month - 1) * WEEKS_PER_MONTH


# The periods a deck names and defines for itself ("harvest = August to October", "winter =
# November to March", "T1 = January to April"), while its plan is read: (name, first month,
# last month). "Harvest 2028" is then August-October 2028, not the year 2028.
_PERIODS: ContextVar[tuple[tuple[str, int, int], ...]] = ContextVar("periods", default=())
_PERIOD_DEFINED = re.compile(
    rf"(?<![\w-])(?P<name>[a-z][a-z0-9-]{{1,14}}(?:\s[a-z][a-z-]{{2,14}})?)\s*(?:=|:\s|means\s)\s*"
    rf"(?:from\s+)?(?:\d{{1,2}}\s+)?(?P<a>{MONTH})\.?(?:\s+\d{{1,2}})?"
    rf"\s*(?:to|and|through|until|[-–])\s*(?:\d{{1,2}}\s+)?(?P<b>{MONTH})\b(?!\s*\d{{4}})"
    # "A campaign season runs from April to September", "Each winter programme runs October
    # to March": the season's own name, without the word for a season
    rf"|(?<![\w-])(?:an?|each|every|the)\s+(?P<name2>[a-z][a-z-]{{2,14}})"
    rf"(?:\s+(?:season|programme|program|period|window|block))?\s+(?:runs|lasts|is)\s+"
    rf"(?:from\s+)?(?P<a2>{MONTH})\s+(?:to|until|through|[-–])\s+(?P<b2>{MONTH})\b(?!\s*\d{{4}})"
    # "The summer festival runs in July": a period of one month
    rf"|(?<![\w-])(?:our|the|each|every)\s+(?:[a-z]+\s+)?(?P<name3>[a-z][a-z-]{{2,14}})\s+"
    rf"(?:runs|is\s+held|takes\s+place)\s+(?:each\s+year\s+)?in\s+(?P<a3>{MONTH})\b(?!,?\s*\d{{4}})",
    re.I,
)
# what is no period's name: a month, a plan's own units, a financial or calendar year
_NOT_A_PERIOD = re.compile(
    rf"^(?:{MONTH}|fy\w*|month|week|day|year|quarter|q[1-4]|h[12]|review|pilot|launch|"
    rf"meeting|consultation|survey|audit|board|conference|count|census|inspection|appeal)$",
    re.I,
)


# A season's or a term's own name, which a chart's column may say alone ("Autumn" for "Autumn
# term"); not "Close season" or "First half", whose first words are common ones
_SEASON_WORD = re.compile(
    r"spring|summer|autumn|fall|winter|michaelmas|lent|trinity|hilary|easter|advent", re.I
)


# A period named without its year: a chart's marker over the work under it ("Autumn 2",
# "Spring term", "March"), no work of its own.
_PERIOD_ONLY = re.compile(
    rf"(?:{_SEASON_WORD.pattern})(?:\s+(?:term|half[- ]term|[12]))?|{MONTH}\.?|[QH][1-4]", re.I
)


def period_only(text: str) -> bool:
    return bool(_PERIOD_ONLY.fullmatch(text.strip()))


def defined_periods(texts: list[str]) -> tuple[tuple[str, int, int], ...]:
    """The periods the deck defines by their months ("spring = April and May"); the first
    definition of a name holds."""
    out: dict[str, tuple[int, int]] = {}
    for text in texts:
        for m in _PERIOD_DEFINED.finditer(text):
            name = " ".join(
                (m.group("name") or m.group("name2") or m.group("name3")).lower().split()
            )
            if _NOT_A_PERIOD.match(name) or name.split()[-1] in ("is", "are", "from"):
                continue
            if m.group("name3") and name == "season":
                continue  # "Our Christmas season runs in December": no name of its own
            first = m.group("a") or m.group("a2") or m.group("a3")
            last = m.group("b") or m.group("b2") or m.group("a3")
            out.setdefault(name, (month_number(first), month_number(last)))
            short = re.sub(r"\s+(?:term|season)$", "", name)
            if short != name and _SEASON_WORD.fullmatch(short):
                # "Autumn term = September to December": a chart's column says "Autumn"
                out.setdefault(short, (month_number(first), month_number(last)))
    return tuple((name, a, b) for name, (a, b) in out.items())


def period_names() -> list[str]:
    """The names of the periods the deck being read defines ("festival", "harvest")."""
    return [name for name, _a, _b in _PERIODS.get()]


def periods(defined: tuple[tuple[str, int, int], ...]) -> AbstractContextManager[None]:
    """Read the deck's own period labels ("harvest 2028", "winter 2028-29") by its months."""
    return _reading(_PERIODS, defined)


# Whether a season's year may be written short ("Harvest 29", "Winter 29/30"): only where
# a date is expected after "by" or "from" (a tile's date line), not in any cell of a chart.
_SHORT_YEARS: ContextVar[bool] = ContextVar("short_years", default=False)


def short_years() -> AbstractContextManager[None]:
    """Read the deck's seasons named by a two-digit year ("by the end of Harvest 29")."""
    return _reading(_SHORT_YEARS, True)


@lru_cache(maxsize=64)  # one pattern per deck's definitions, not one per date read
def _period_labels(defined: tuple[tuple[str, int, int], ...], short: bool) -> re.Pattern[str]:
    """A defined period's name and its year ("Winter 2028-29"; "Winter 29/30", "Harvest 29"
    where short years are read)."""
    names = "|".join(re.escape(n) for n in sorted((d[0] for d in defined), key=len, reverse=True))
    year = r"(?:20)?\d\d" if short else r"20\d\d"
    return re.compile(
        rf"(?<![\w-])(?P<name>{names})\s+(?P<year>{year})(?P<split>\s*[-/–]\s*\d\d)?(?![\d/%.,])",
        re.I,
    )


def _defined_spans(text: str, start_year: int) -> tuple[list[Span], list[tuple[int, int]]]:
    """Spans of the deck's own periods in a text ("winter 2028-29": November 2028 to March
    2029), and where they stand in it."""
    defined = _PERIODS.get()
    if not defined:
        return [], []
    months = {name: (a, b) for name, a, b in defined}
    spans: list[Span] = []
    places: list[tuple[int, int]] = []
    for m in _period_labels(defined, _SHORT_YEARS.get()).finditer(text):
        year = _fy_year(m.group("year")) or 0  # "Harvest 29": the deck names its seasons by year
        if not -1 <= year - start_year <= 10:
            continue
        a, b = months[" ".join(m.group("name").lower().split())]
        last = b if b >= a else b + 12  # "winter = November to March" runs into the next year
        offset = (year - start_year) * 52.0
        split = m.group("split") or ""
        if split and not split[0].isspace() and a <= 6 and b >= a:
            # "Spring 2028/29" of a split year (an academic or a financial one): a period in
            # the first half of the calendar falls in its second year (not "Winter 2028/29",
            # which runs across the new year from its first, nor "Spring 2029 – 12 schools")
            offset += 52.0
        spans.append(
            Span(
                offset + (a - 1) * WEEKS_PER_MONTH,
                offset + last * WEEKS_PER_MONTH,
                m.group(0).strip(),
                absolute=True,
            )
        )
        places.append(m.span())
    return spans, places


# A count from a day the deck names ("Launch Day: Friday 3 May 2030" and "L-18", "L+12";
# "L-0 (1 September 2028)" and "L-120"), while its plan is read: (letter, year, weeks into it,
# weeks one step of the count is).
_ANCHORS: ContextVar[tuple[tuple[str, int, float, float], ...]] = ContextVar("anchors", default=())
_DAY_DATE = (
    rf"(?:{_WEEKDAY_NAMES},?\s+)?(?:(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m>{MONTH})|"
    rf"(?P<m2>{MONTH})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?)\.?\s+(?P<y>20\d\d)\b"
)
_ANCHOR_DAY = re.compile(
    rf"(?<![\w-])(?P<name>[a-z][a-z-]+)\s+day\s*(?:[:=(]|is\s|falls\s+on\s|on\s)\s*{_DAY_DATE}",
    re.I,
)
_ANCHOR_ZERO = re.compile(
    rf"(?<![\w-])(?P<letter>[a-z])\s?(?:[-\u2013\u2212]\s?)?0\s*(?:[:=(]|is\s)\s*{_DAY_DATE}", re.I
)
# ... or a code in capitals the deck sets to a day ("GL is Monday 4 September 2028", "GL - 8
# weeks", "GL + 9 weeks": a go-live)
_ANCHOR_CODE = re.compile(
    rf"(?<![\w-])(?P<code>(?-i:[A-Z]{{2,3}}))\s+(?:is|=|:)\s+(?:on\s+)?{_DAY_DATE}", re.I
)
_COUNT = re.compile(
    r"(?<![\w-])(?P<letter>[a-z]{1,3})\s?(?:(?P<sign>[-+\u2212\u2013])\s?(?P<n>\d{1,3})|(?P<zero>0))"
    r"(?![\w]|[.,/]\d)(?:\s*(?P<unit>days?|weeks?|wks?|months?)\b)?",
    re.I,
)
# "C-18 is eighteen months before it", "C+1 means one month after census day"
_COUNT_UNIT = re.compile(
    r"(?<![\w-])(?P<letter>[a-z])\s?[-+\u2212\u2013]\s?\d{1,3}\s+(?:is|=|means)\s+(?:[\w-]+\s+){0,2}?"
    r"(?P<unit>day|week|month)s?\s+(?:before|after|from)\b",
    re.I,
)


def _unit(word: str) -> str:
    return word.lower().rstrip("s")


def _day_of(m: re.Match[str]) -> tuple[int, int, float]:
    """(day, year, weeks into that year) of a day a pattern with ``_DAY_DATE`` read."""
    day = int(m.group("d") or m.group("d2"))
    month = month_number(m.group("m") or m.group("m2"))
    return day, int(m.group("y")), (month - 1 + (day - 1) / 31) * WEEKS_PER_MONTH


def defined_anchors(texts: list[str]) -> tuple[tuple[str, int, float, float], ...]:
    """The days the deck counts from, each with the letter its counts use and the length of
    one step: "Launch Day: Friday 3 May 2030" read with "L-18" and "L+12" (months, as "L-18
    is eighteen months before it" says, or as counts up to 36 are), "L-0 (1 September 2028)"
    with "L-120" (days). A day no count uses twice is none."""
    days: dict[str, tuple[int, float]] = {}
    for text in texts:
        for m in [
            *_ANCHOR_DAY.finditer(text),
            *_ANCHOR_ZERO.finditer(text),
            *_ANCHOR_CODE.finditer(text),
        ]:
            groups = m.groupdict()
            letter = groups.get("code") or (groups.get("letter") or m.group("name"))[0]
            day, year, weeks = _day_of(m)
            if 1 <= day <= 31:
                days.setdefault(letter.lower(), (year, weeks))
    if not days:
        return ()
    uses: dict[str, int] = dict.fromkeys(days, 0)
    largest: dict[str, int] = dict.fromkeys(days, 0)
    units: dict[str, dict[str, int]] = {k: {} for k in days}
    for text in texts:
        for m in _COUNT.finditer(text):
            letter = m.group("letter").lower()
            if letter not in days:
                continue
            uses[letter] += 1
            largest[letter] = max(largest[letter], int(m.group("n") or 0))
            if m.group("unit"):
                unit = _unit(m.group("unit"))
                units[letter][unit] = units[letter].get(unit, 0) + 1
        for m in _COUNT_UNIT.finditer(text):
            letter, unit = m.group("letter").lower(), _unit(m.group("unit"))
            if letter in units:
                units[letter][unit] = units[letter].get(unit, 0) + 3
    out = []
    for letter, (year, weeks) in days.items():
        if uses[letter] < 2:
            continue
        said = units[letter]
        unit = (
            max(said, key=lambda u: said[u]) if said else "day" if largest[letter] > 36 else "month"
        )
        out.append((letter, year, weeks, UNIT_WEEKS[unit]))
    return tuple(out)


def anchors(defined: tuple[tuple[str, int, float, float], ...]) -> AbstractContextManager[None]:
    """Read counts from the deck's own day ("C-18", "L+30") as the dates they are."""
    return _reading(_ANCHORS, defined)


def _anchored_spans(text: str, start_year: int) -> tuple[list[Span], list[tuple[int, int]]]:
    """Spans of counts from the deck's own day in a text: "C-6 to C+3" from one to the other,
    "C+12" the step it names (a month, a week)."""
    defined = _ANCHORS.get()
    if not defined:
        return [], []
    by_letter = {d[0]: d for d in defined}
    found = [m for m in _COUNT.finditer(text) if m.group("letter").lower() in by_letter]

    def point(m: re.Match[str]) -> tuple[float, float]:
        _letter, year, weeks, step = by_letter[m.group("letter").lower()]
        step = UNIT_WEEKS[_unit(m.group("unit"))] if m.group("unit") else step
        n = int(m.group("n") or 0) * (1 if (m.group("sign") or "+") == "+" else -1)
        return (year - start_year) * 52.0 + weeks + n * step, step

    spans: list[Span] = []
    places: list[tuple[int, int]] = []
    i = 0
    while i < len(found):
        m = found[i]
        at, step = point(m)
        nxt = found[i + 1] if i + 1 < len(found) else None
        if (
            nxt is not None
            and nxt.group("letter").lower() == m.group("letter").lower()
            and re.fullmatch(
                r"\s*(?:to|until|through|[-\u2013\u2014~])\s*", text[m.end() : nxt.start()]
            )
            and point(nxt)[0] > at
        ):
            end, place, i = point(nxt)[0], (m.start(), nxt.end()), i + 2
        else:
            end, place, i = at + max(step, 1.0), (m.start(), m.end()), i + 1
        if -52 <= at <= 11 * 52:
            spans.append(Span(at, end, text[place[0] : place[1]].strip(), absolute=True))
            places.append(place)
    return spans, places


# Numbered periods of a fixed length from a day the deck names ("Cycle 5 starts on Monday 6
# March 2028; every cycle runs eight weeks"), while its plan is read: (name, its number on that
# day, year, weeks into it, weeks each lasts).
_NUMBERED: ContextVar[tuple[tuple[str, int, int, float, float], ...]] = ContextVar(
    "numbered", default=()
)
_NUMBERED_START = re.compile(
    rf"(?<![\w-])(?:(?P<pre>[a-z]{{3,12}})\s+)?(?P<name>[a-z]{{3,12}})\s+(?P<n>\d{{1,3}})\s+"
    rf"(?:starts|begins|opens|runs\s+from)"
    rf"\s+(?:on\s+)?{_DAY_DATE}",
    re.I,
)
_NUMBERED_LENGTH = (
    r"(?:(?:every|each)\s+{name}\s+(?:runs|lasts|is)|{name}s\s+(?:run|last|are))\s+(?:for\s+)?"
    r"(?P<len>\d{{1,2}}|one|two|three|four|five|six|seven|eight|nine|ten|twelve)[\s-]weeks?\b"
    r"|\b(?P<len2>\d{{1,2}}|one|two|three|four|five|six|seven|eight|nine|ten|twelve)-week\s+{name}s?\b"
    r"|\b{name}s\s+of\s+(?P<len3>\d{{1,2}}|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+weeks\b"
)
_MORE_NUMS = {"seven": 7, "eight": 8, "nine": 9, "ten": 10, "twelve": 12}
# A unit the deck numbers whose length its own name says ("Licence Year 1 (LY1) is
# 2031/32", "Roundweek 1 is the weekend of 7 September 2030", "Sales week 1 is the week
# commencing 6 January 2031"): one dated instance, each next one a unit later.
_UNIT_NAMED = r"(?:[a-z]{3,12}(?:week|month|year)|week|fortnight|month|quarter|year)"
_NUMBERED_IS = re.compile(
    rf"(?<![\w-])(?:(?P<pre>[a-z]{{3,12}})\s+)?(?P<name>{_UNIT_NAMED})\s+(?P<n>\d{{1,3}})\s*"
    rf"(?:\((?P<init>[a-z]{{1,4}})\s?(?P=n)\)\s*)?,?\s*(?:is|=|:|starts|begins)\s+(?:on\s+|in\s+)?"
    rf"(?:(?:the\s+)?(?:weekend|week)\s+(?:of|commencing|beginning|starting)\s+|w/c\s+)?"
    rf"(?:{_DAY_DATE}|(?P<fy>20\d\d/\d\d))",
    re.I,
)


# words before a bare unit that make it no unit of the deck's own ("by Year 3", "our week 1")
_NOT_QUALIFIERS = frozenset({"", "the", "our", "each", "every", "and", "from", "in", "by", "of"})


def _unit_weeks(name: str) -> float | None:
    """Weeks in the unit a name ends in ("matchweek": 1); None when it ends in none."""
    last = next((u for u in UNIT_WEEKS if name.lower().endswith(u)), None)
    return UNIT_WEEKS[last] if last else None


def _own_unit(m: re.Match[str]) -> bool:
    """A unit ``_NUMBERED_IS`` read is the deck's own, not the plan's bare "Year 3" or "Week 5":
    its name is its own ("matchweek") or a qualifier stands before it ("licence year")."""
    pre, name = (m.group("pre") or "").lower(), m.group("name").lower()
    return name not in UNIT_WEEKS or pre not in _NOT_QUALIFIERS


def _runs_from(name: str, joined: str) -> int:
    """The month a named year starts in ("a licence year runs July to June"), else the
    deck's financial year's, else January."""
    said = re.search(
        rf"\b{re.escape(name)}s?\s+(?:runs|run|is|are)\s+(?:from\s+)?(?P<m>{MONTH})\s+"
        rf"(?:to|until|through|[-\u2013])\s+{MONTH}\b",
        joined,
        re.I,
    )
    if said:
        return month_number(said.group("m"))
    fy = _FISCAL.get()
    return fy[0] if fy else 1


def _numbered_units(joined: str, out: dict[str, tuple[int, int, float, float]]) -> None:
    """``defined_numbered``'s units whose own name says their length (see _NUMBERED_IS)."""
    for m in _NUMBERED_IS.finditer(joined):
        pre, name = (m.group("pre") or "").lower(), m.group("name").lower()
        weeks = _unit_weeks(name)
        if weeks is None:
            continue
        if not _own_unit(m):
            continue  # a bare "Year 3" or "Week 5" counts from the plan's start
        if name in UNIT_WEEKS:
            name = f"{pre} {name}"  # "licence year", "sales week"
        if name in out:
            continue
        if m.group("fy"):
            year = int(m.group("fy")[:4])
            at = (_runs_from(name, joined) - 1) * WEEKS_PER_MONTH
        else:
            _day, year, at = _day_of(m)
        out[name] = (int(m.group("n")), year, at, weeks)
        init = (m.group("init") or "").lower()
        if init and init not in out:
            out[init] = out[name]  # "Licence Year 1 (LY1)": the deck then writes "LY3"
        # ... or the deck spells its shorthand out elsewhere: "RW = roundweek"
        for said in re.finditer(
            rf"(?<![\w-])(?P<a>(?-i:[A-Z]{{1,4}}))\s*(?:=|:|means|stands\s+for)\s*(?:an?\s+|the\s+)?"
            rf"{re.escape(name)}\b",
            joined,
            re.I,
        ):
            if said.group("a")[0].lower() == name[0]:  # "MW = matchweek", not "Note: ..."
                out.setdefault(said.group("a").lower(), out[name])


def defined_numbered(texts: list[str]) -> tuple[tuple[str, int, int, float, float], ...]:
    """Periods the deck numbers and dates by their first and their length: "Cycle 5 starts
    on Monday 6 March 2028" with "every cycle runs eight weeks" makes "Cycle 7" the eight
    weeks from 3 July 2028; "Release train 1 starts ..." makes "RT5" a train, where the deck
    writes its initials so. A numbered period with no length said is none."""
    out: dict[str, tuple[int, int, float, float]] = {}
    joined = "\n".join(texts)
    for m in _NUMBERED_START.finditer(joined):
        name = m.group("name").lower()
        if name in out or _NOT_A_PERIOD.match(name) or name in ("phase", "stage", "wave", "gate"):
            continue
        length = re.search(_NUMBERED_LENGTH.format(name=re.escape(name)), joined, re.I)
        if length is None:
            continue
        said = (length.group("len") or length.group("len2") or length.group("len3")).lower()
        weeks = int(said) if said.isdigit() else _NUM_WORDS.get(said) or _MORE_NUMS[said]
        _day, year, at = _day_of(m)
        out[name] = (int(m.group("n")), year, at, float(weeks))
        # "Release train 1 ..." and then "RT3", "RT1 to RT6": the initials the deck uses for it
        pre = m.group("pre")
        alias = f"{pre[0]}{name[0]}".lower() if pre else ""
        if alias and re.search(rf"(?<![\w-]){alias}\s?\d", joined, re.I) and alias not in out:
            out[alias] = out[name]
    _numbered_units(joined, out)
    return tuple((name, *v) for name, v in out.items())


def numbered(
    defined: tuple[tuple[str, int, int, float, float], ...],
) -> AbstractContextManager[None]:
    """Read the deck's numbered periods ("Season 18", "Seasons 16-18") by their dates."""
    return _reading(_NUMBERED, defined)


@lru_cache(maxsize=64)  # one pattern per period's name, not one per text read
def _numbered_label(name: str) -> re.Pattern[str]:
    """A numbered period or a run of them: "Season 18", "Seasons 16-18", "end of Season 15"."""
    said = re.escape(name)
    gap = r"\s?" if len(name) <= 2 else r"\s+"  # initials run into the number: "RT5"
    return re.compile(
        rf"(?P<end>end\s+of\s+|last\s+day\s+of\s+)?(?<![\w-]){said}s?{gap}(?P<a>\d{{1,3}})"
        rf"(?:\s*(?:[-\u2013]|to|and|&|through)\s*(?:{said}{gap})?(?P<b>\d{{1,3}}))?(?![\d/]|[.,]\d)",
        re.I,
    )


# a season's split year beside a unit counted afresh in each ("RW12, 2031/32", "2031/32 RW1");
# a plain "2032" is the calendar year a date falls in, not a season
_YEAR_BEFORE = re.compile(r"(?<![\d/])(20\d\d)/\d\d\s*$")
_OF_YEAR = re.compile(r"\s*(?:,|of|in)?\s*(20\d\d)/\d\d(?![\d/])", re.I)


def _numbered_spans(text: str, start_year: int) -> tuple[list[Span], list[tuple[int, int]]]:
    """Spans of the deck's numbered periods in a text: "Cycles 6-8", "Cycle 5 to Cycle
    12", "the end of Cycle 7" (its last day)."""
    defined = _NUMBERED.get()
    spans: list[Span] = []
    places: list[tuple[int, int]] = []
    for name, first, year, at, weeks in defined:
        origin = (year - start_year) * 52.0 + at
        for m in _numbered_label(name).finditer(text):
            a, b = int(m.group("a")), int(m.group("b") or m.group("a"))
            # a unit counted afresh each year the deck labels: "RW12, 2031/32", "Wk 6 of 2032"
            cycle = (
                (_OF_YEAR.match(text, m.end()) or _YEAR_BEFORE.search(text[: m.start()]))
                if weeks < 52
                else None
            )
            here = origin + ((int(cycle.group(1)) - year) * 52.0 if cycle else 0.0)
            if b < a or not -1 <= (here + (a - first) * weeks) / 52 <= 11:
                continue
            begin, end = here + (a - first) * weeks, here + (b - first + 1) * weeks
            if m.group("end"):
                begin = end
            spans.append(Span(begin, end, m.group(0).strip(), absolute=True))
            places.append(m.span())
    return spans, places


def calendar_spans(text: str, start_year: int | None) -> list[Span]:
    """Calendar dates written in a text, as absolute spans in weeks from 1 January of
    ``start_year``: "Q2-Q4 2027", "2028 H1", "April 2028", "Jul 27", "FY2028", "end of Q1 2027"."""
    if start_year is None:
        return []
    out, places = _defined_spans(text, start_year)
    for more, more_places in (_anchored_spans(text, start_year), _numbered_spans(text, start_year)):
        out, places = out + more, places + more_places
    for m in _CAL.finditer(text):
        if any(a <= m.start() < b or a < m.end() <= b for a, b in places):
            continue  # the year of a period the deck defines
        g = m.groupdict()
        if g["n1"]:
            # "12/31/2028", "31/12/2028": the month is the part that can be one, else the one
            # the deck's own dates put first
            a, b = int(g["n1"]), int(g["n2"])
            month = b if a > 12 else a if b > 12 else (b if _DAY_FIRST.get() else a)
            if not 1 <= month <= 12:
                continue
            year: int | None = int(g["ny"])
            first, last = (month - 1) * WEEKS_PER_MONTH, month * WEEKS_PER_MONTH
        elif g["q1"] or g["q3"]:
            year = _fy_year(g["qy"] or g["qy0"] or "")
            a = int((g["q1"] or g["q3"])[1])
            b = int((g["q2"] or g["q4"])[1]) if g["q2"] or g["q4"] else a
            # A financial year written "27/28" starts in April: its Q1 is April-June.
            shift = 13 if "/" in (g["qy"] or g["qy0"] or "") else 0
            year, fy = _fy_shift(g["qy"] or g["qy0"] or "", year)
            first, last = float((a - 1) * 13 + shift) + fy, float(b * 13 + shift) + fy
            if b < a:  # "FY28 Q4-Q1": into the next year's first quarter
                last += 52
        elif g["h1"] or g["h3"]:
            year = _fy_year(g["hy"] or g["hy0"] or "")
            a = int((g["h1"] or g["h3"])[1])
            b = int(g["h2"][1]) if g["h2"] else a
            year, fy = _fy_shift(g["hy"] or g["hy0"] or "", year)
            first, last = float((a - 1) * 26) + fy, float(b * 26) + fy
        elif g["dmy"]:
            # "3 July to 25 August 2028": from the first day to the last, to the day; a range
            # that crosses a year end ("1 November to 31 March 2029") opens the year before
            year = int(g["dmy"])
            a = month_number(g["dm1"] or g["dm1u"])
            b = month_number(g["dm2"] or g["dm2u"])
            day1, day2 = int(g["d1"] or g["d1u"]), int(g["d2"] or g["d2u"])
            first = (a - 1 - (12 if a > b else 0) + (day1 - 1) / 31) * WEEKS_PER_MONTH
            last = (b - 1 + day2 / 31) * WEEKS_PER_MONTH
        elif g["m1"]:
            year = _fy_year(g["my"] or "")
            a = month_number(g["m1"])
            b = month_number(g["m2"]) if g["m2"] else a
            first, last = (a - 1) * WEEKS_PER_MONTH, b * WEEKS_PER_MONTH
        elif g["fm1"]:
            # M1 is the financial year's first month (the deck's own, else April)
            year = _fy_year(g["fmy"])
            a, b = int(g["fm1"]), int(g["fm2"] or g["fm1"])
            if not 1 <= a <= b <= 12:
                continue
            first = (_year_start() - 1 + a - 1) * WEEKS_PER_MONTH
            last = (_year_start() - 1 + b) * WEEKS_PER_MONTH
        elif g["ht1"]:
            year = int(g["hty"])
            first = _HALF_TERMS[(g["ht1"].lower(), g["hn1"])][0] * WEEKS_PER_MONTH
            last = _HALF_TERMS[((g["ht2"] or g["ht1"]).lower(), g["hn2"] or g["hn1"])][1]
            last *= WEEKS_PER_MONTH
        elif g["te"] or g["tt"]:
            # A school term ("Aut 2028", "summer term 2029"): autumn September-December,
            # spring January to Easter, summer Easter to late July.
            year = int(g["tey"] or g["tty"])
            a, b = _TERM_MONTHS[(g["te"] or g["tt"]).lower()[:3]]
            first, last = (a - 1) * WEEKS_PER_MONTH, b * WEEKS_PER_MONTH
        elif g["se"]:
            # Northern seasons: spring March-May ... winter December-February.
            year = int(g["sey"])
            a = _SEASON_START[g["se"].lower()]
            first, last = (a - 1) * WEEKS_PER_MONTH, (a + 2) * WEEKS_PER_MONTH
            if g["se0"]:
                # (a winter before the spring of a year is the one it opens: December before)
                a0 = _SEASON_START[g["se0"].lower()]
                first = (a0 - 1 - (12 if a0 > a else 0)) * WEEKS_PER_MONTH
        elif g["pa"]:
            year = int(g["pay"])
            a = {"early": 1, "mid": 5, "late": 9}[g["pa"].lower()]
            first, last = (a - 1) * WEEKS_PER_MONTH, (a + 3) * WEEKS_PER_MONTH
        elif g["sy"] and int(g["sy2"]) == (int(g["sy"]) + 1) % 100:
            # A split year, "2027/28": a financial year from April, a season from August, an
            # academic year from September (what the words around it say).
            year = int(g["sy"])
            around = text[max(0, m.start() - 20) : m.end() + 12].lower()
            a = 9 if "academic" in around else 8 if "season" in around else _year_start()
            first, last = (a - 1) * WEEKS_PER_MONTH, (a + 11) * WEEKS_PER_MONTH
        elif g["sy"] and 2 <= int(g["sy2"]) - int(g["sy"]) % 100 <= 4:
            # "2030-32": the financial years from April 2030 to March 2032, as a roadmap's
            # column beside "2028-29" and "2029-30" means them
            year = int(g["sy"])
            n = int(g["sy2"]) - year % 100
            first, last = 3 * WEEKS_PER_MONTH, (3 + 12 * n) * WEEKS_PER_MONTH
        elif g["sy"]:
            continue  # "2027-35": no year and its successor
        else:
            year = _fy_year(g["fy"] or g["year"] or "")
            # "FY2027/28" names a financial year from April, as "2027/28" does
            start_month = _year_start()
            first, last = (
                ((start_month - 1) * WEEKS_PER_MONTH, (start_month + 11) * WEEKS_PER_MONTH)
                if g["fy2"]
                else (0.0, 52.0)
            )
            if not g["fy2"]:
                year, fy = _fy_shift(g["fy"] or "", year)
                first, last = first + fy, last + fy
        if year is None or not -1 <= year - start_year <= 10:
            continue
        offset = (year - start_year) * 52.0
        start, end = offset + first, offset + last
        if g["end"]:
            start = end
        out.append(Span(start, end, m.group(0).strip(), absolute=True))
    return out


# "Month 1 is April 2028.", "Week 1 = 5 June 2028", "Day 1 is Monday 4 October 2027": the
# calendar month a plan on relative months (weeks, days) opens in
# ("PQ1 = April-June 2029": a plan quarter, its months named)
_FIRST_UNIT = re.compile(
    rf"\b(?:(?:month|(?:match|game)?week|day|plan\s+quarter)\s+|pq\s?)(?:1|one|0|zero)\s+"
    rf"(?:is|=|starts?|begins?|falls\s+in)\s+"
    # ("Month 0 = C-18 (September 2029)": a count from the deck's own day, and its month;
    # "Matchweek 1 is the weekend of 5 August 2028": a season's count, from its first week)
    rf"(?:on\s+|in\s+|the\s+week(?:end)?\s+(?:of|commencing)\s+)?"
    rf"(?:[a-z]\s?[-+\u2212\u2013]\s?\d{{1,3}}\s*\(\s*)?"
    rf"(?:{_WEEKDAY_NAMES},?\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?(?P<month>{MONTH})\.?"
    rf"(?:\s*[-–]\s*{MONTH}\.?)?,?\s+(?P<year>20\d\d)\b",
    re.I,
)
# "It runs for two years from January 2028", "over 30 months from October 2027": a duration
# and the month it is counted from, in one sentence
_FROM_MONTH = re.compile(
    rf"\b(?:from|starting(?:\s+in)?|beginning(?:\s+in)?)\s+(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?"
    rf"(?P<month>{MONTH})\.?\s+(?P<year>20\d\d)\b"
    rf"(?!\s*(?:[-–~]|to|until|through)\s*(?:{MONTH}|20\d\d))",
    re.I,
)


# ... in a sentence about the plan's run, not a pilot's or a contract's
_THE_PLAN_RUNS = re.compile(
    r"^(?:it|we|(?:the|this|our)\s+(?:plan|programme|program|strategy))\b"
    r"|\b(?:runs?|lasts?|spans?|covers?)\b",
    re.I,
)


def plan_anchor(texts: list[str], summary: list[str]) -> tuple[int, float, int | None] | None:
    """(start year, first week counted from 1 January of it, horizon in weeks or None) when a
    line anchors the plan's clock: "Month 1 is April 2028", or a duration counted from a month
    ("It runs for two years from January 2028") in the ``summary`` lines (a cover and a
    summary: later slides count pilots and contracts so). None when no line does."""
    for text in texts:
        m = _FIRST_UNIT.search(text) or _DAY_ZERO.search(text)
        if m is None:
            continue
        year = int(m.group("year"))
        return year, (month_number(m.group("month")) - 1) * WEEKS_PER_MONTH, None
    for text in summary:
        for part in re.split(r"(?<=[.;!?])\s+", text):
            m = _FROM_MONTH.search(part)
            durations = list(_DURATION.finditer(part))
            if m is None or len(durations) != 1 or not _THE_PLAN_RUNS.search(part):
                continue
            if _NOT_THE_PLANS.search(part) or _SPENDING.search(part):
                continue  # "a six-month pilot from 1 May 2028", "save £2m over two years from ..."

            n, unit = _length(durations[0])
            weeks = n * UNIT_WEEKS[unit]
            if weeks >= 13:
                year = int(m.group("year"))
                return (
                    year,
                    (month_number(m.group("month")) - 1) * WEEKS_PER_MONTH,
                    int(round(weeks)),
                )
    return None


# A day zero the plan counts from, and the day it falls on: "Every date counts months from
# award: T0. We award it on Tuesday 6 March 2029."
_DAY_ZERO = re.compile(
    rf"\b(?:T|D|day)\s?0\b[^\n]{{0,160}}?\b(?:sign|start|begin|award|launch)\w*"
    rf"(?:(?:\s+[\w-]+){{0,3}}?\s+(?:on|in)\s+|\s+)"
    rf"(?:{_WEEKDAY_NAMES},?\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?"
    rf"(?P<month>{MONTH})\.?,?\s+(?P<year>20\d\d)\b",
    re.I,
)


# a sum saved or spent over a time ("save £2m over two years"), not the plan's own length
_SPENDING = re.compile(r"\b(?:save|saves|saving|savings|spend|spends|spending)\b", re.I)
_NOT_THE_PLANS = re.compile(r"\b(?:pilot|trial|beta|contract|lease|warranty|licen[cs]e)\b", re.I)


def stated_clock(texts: list[str]) -> tuple[int, float, int] | None:
    """(start year, first week counted from 1 January of it, horizon in weeks) when one line
    both anchors the plan's months and gives its length ("Month 0 = May 2028 · 14 months, to
    the last playoff game in June 2029"): the deck's own statement of its clock, over a title's
    year range ("Launch and Season 1, 2028-29"). None when no line does both."""
    for text in texts:
        m = _FIRST_UNIT.search(text)
        if m is None or _NOT_THE_PLANS.search(text):
            continue
        # (what follows the month that sets month 0, not a later sentence's "one month")
        said = text[m.start() : m.end() + 60]
        durations = list(_DURATION.finditer(said))
        if len(durations) != 1:
            continue
        n, unit = _length(durations[0])
        weeks = n * UNIT_WEEKS[unit]
        if weeks >= 26:
            month = (month_number(m.group("month")) - 1) * WEEKS_PER_MONTH
            return int(m.group("year")), month, int(round(weeks))
    return None


def _defines_unit(text: str) -> bool:
    """A line that opens by dating the first of the deck's own units ("Licence Year 1 (LY1) is
    2031/32", "Roundweek 1 is the weekend of ..."), not one whose goal ends on a bare "Year 3"."""
    m = _NUMBERED_IS.match(text, len(text) - len(text.lstrip(" \t•·-*–—"))) if text else None
    if m is None:
        return False
    return bool(m.group("init")) or _own_unit(m)


def sets_clock(text: str) -> bool:
    """A line that sets the deck's clock, no work: the day it counts from ("Launch Day: Friday
    3 May 2030", "L-0 (1 September 2028)"), the first of its numbered periods ("Cycle 5
    starts on Monday 6 March 2028") or its month 0 ("Month 0 = May 2028")."""
    return _defines_unit(text) or any(
        p.search(text)
        for p in (
            _ANCHOR_DAY,
            _ANCHOR_ZERO,
            _NUMBERED_START,
            _FIRST_UNIT,
            _YEAR_RUNS,
            _M1_IS,
            _DATES_ARE,
        )
    )


# "Our year runs July to June", "The school year runs in three terms": how the deck's
# year is cut; "M1 = April": which month its months count from.
_YEAR_RUNS = re.compile(
    rf"^\W*(?:our|the)\s+(?:(?:financial|school|academic|planning)\s+)?year\s+runs\s+"
    rf"(?:from\s+)?(?:{MONTH}\s+(?:to|until|through)\s+{MONTH}|in\s+\w+\s+(?:half-?terms|terms|"
    rf"periods|quarters|seasons))\b",
    re.I,
)
_M1_IS = re.compile(rf"\bm1\s*(?:=|is)\s*{MONTH}\b", re.I)
# "The financial year begins with week 1 (...)", "Every date below is a sales week": what the
# deck's dates mean, no goal
_DATES_ARE = re.compile(
    r"^\W*(?:our|the)\s+(?:[\w-]+\s+)?year\s+(?:starts|begins)\s+(?:in|with|on)\s+(?:week|month|day)\s+1\b"
    r"|^\W*every\s+date\s+(?:from\s+here\s+on|below|in\s+this\s+\w+|that\s+follows)\s+is\b",
    re.I,
)


def calendar_range(text: str, start_year: int | None) -> Span | None:
    """The whole span a text's calendar dates cover ("April 2028 - March 2029": both ends)."""
    # a spreadsheet's month heads, "Jan-28", "Sep-29": the month and its year
    text = _MONTH_YY.sub(r"\1 \2", text)
    spans = calendar_spans(text, start_year)
    # "H1 FY29 Jul-Dec 2028": the months named say which half of which year a financial
    # half or quarter means (not the calendar's); "Q1 2028 - March 2029" keeps both ends
    named = [s for s in spans if re.match(rf"(?:{MONTH})\b", s.label, re.I)]
    if named and len(named) < len(spans) and re.search(r"\b[HQ][1-4]\s*FY", text, re.I):
        spans = named
    elif named and len(named) < len(spans):
        # "Feb - Jun 2029 (FY2029/30)": the months say when; the financial year in brackets
        # says which year they fall in, not that the span runs all of it
        bracketed = " ".join(re.findall(r"\(([^()]*)\)", text)).lower()
        spans = [
            s
            for s in spans
            if s in named
            or not (re.search(r"fy|/\d\d", s.label, re.I) and s.label.lower() in bracketed)
        ]
    if not spans:
        return None
    return Span(min(s.start for s in spans), max(s.end for s in spans), text.strip(), absolute=True)


_MONTH_YY = re.compile(rf"^\s*({MONTH})-(\d\d)\s*$", re.I)
_BY = re.compile(r"^(?:by|before|no later than|until|due)\s+(?:the\s+)?(?:end\s+of\s+)?", re.I)
_DAY_MONTH = re.compile(
    rf"^(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m1>{MONTH})|(?P<m2>{MONTH})\s+(?P<d2>\d{{1,2}})"
    rf"(?:st|nd|rd|th)?)\.?(?:,?\s+(?P<y>20\d\d))?$",
    re.I,
)
_RELATIVE_POINT = re.compile(r"^(?P<unit>day|week|month)\s+(?P<n>\d{1,3})$", re.I)


def deadline(label: str, *, start_year: int | None = None) -> Span | None:
    """A time label that is a due date: "By 15 January", "31 March", "By end of March",
    "By day 30", "Week 6", "Month 2". The span is the two weeks before it (a first-90-days
    list dates each item by when it is due); calendar dates need ``start_year``."""
    text = " ".join(label.replace("—", "-").split()).strip(" :·|")
    if not text or len(text) > 32:
        return None
    body = _BY.sub("", text)
    end: float | None = None
    absolute = False
    if m := _DAY_MONTH.match(body):
        if start_year is None:
            return None
        month = month_number(m.group("m1") or m.group("m2"))
        day = int(m.group("d1") or m.group("d2"))
        year = int(m.group("y")) if m.group("y") else start_year
        end = (year - start_year) * 52.0 + (month - 1) * WEEKS_PER_MONTH + day / 7
        absolute = True
    elif m := _RELATIVE_POINT.match(body):
        n = int(m.group("n"))
        end = {"day": n / 7, "week": float(n), "month": n * WEEKS_PER_MONTH}[
            m.group("unit").lower()
        ]
    elif body != text and (
        month_only := re.fullmatch(rf"({MONTH})\.?(?:\s+(20\d\d))?", body, re.I)
    ):
        if start_year is None:
            return None
        year = int(month_only.group(2)) if month_only.group(2) else start_year
        end = (year - start_year) * 52.0 + month_number(month_only.group(1)) * WEEKS_PER_MONTH
        absolute = True
    if end is None or end < 0:
        return None
    return Span(max(end - 2.0, 0.0), end, text, absolute=absolute)
