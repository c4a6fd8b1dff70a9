"""KPIs as decks state them: table rows (metric, baseline, target, by when), the same rows
flattened into one run of text by a PDF export, and tiles (a big number with its label).

``kpi_rows`` returns structured rows; ``kpi_goals`` words them as goal statements
("Advisor caseload from 1:410 to 1:300 by Fall 2027") for vision finding.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from agent.knowledge.text import words
from schemas.context import Metric


@dataclass(frozen=True)
class KpiRow:
    metric: str
    target: str
    baseline: str | None = None
    by: str | None = None
    header: str = ""  # the target column's header, when the row names a group
    named: bool = True  # the metric column is labelled as one
    lead: str | None = None  # who the table names to own the measure ("DRI", "Owner")

    @property
    def measure(self) -> str:
        """What the row measures: its metric, or, for a row that names a group under a column
        that names the measure ("Tier S" under "3-Yr Store Target"), both."""
        if self.named or self.baseline:
            return self.metric
        said = _KPI_WHEN.sub(" ", _HEADER_NOT_MEASURE.sub(" ", self.header))
        return f"{self.metric}, {self.header}" if words(said) else self.metric

    def goal(self) -> str:
        if self.baseline:
            text = f"{self.metric} from {self.baseline} to {self.target}"
        elif self.named:
            text = f"{self.metric}: {self.target}"
        else:  # the row names a group, the header names the measure
            text = f"{self.metric}, {self.header}: {self.target}"
        if self.by and self.by.lower() not in self.target.lower():
            by = self.by.lower()
            if re.match(r"(?:by|after|before|once|when|until|at|in|within)\s", by):
                text += f" {self.by}"  # "after the Unite consultation" says its own when
            elif _RECURRING.match(by):
                text += f", {by}"  # "Every year" is how often the target holds, not by when
            else:
                text += f" by {self.by}"
        return text


# A target column's words that say which figure or when, not what is measured.
_HEADER_NOT_MEASURE = re.compile(
    r"\b(?:targets?|goals?|by|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\b", re.I
)
_RECURRING = re.compile(
    r"(?:every|each|per)\s+(?:year|quarter|month|week|term|half-term|season)|"
    r"(?:annually|quarterly|monthly|weekly|ongoing|always|throughout)\b"
)


_CHART_UNIT = re.compile(r"\s*\((%|[^()]{1,12})\)\s*$")
_CHART_TARGET = re.compile(r"\b(?:target|goal|aim|ambition|plan(?:ned)?)\b", re.I)
_CHART_START = re.compile(r"\b(?:(?:19|20)\d\d|baseline|actual|today|now|current|season)\b", re.I)


def chart_kpi(title: str, rows: list[list[str]]) -> KpiRow | None:
    """A chart drawn for one measure: its title names the measure ("Lines grown in peat-free
    media (%)"), its first bar is where it stands ("2027 season": 18) and its last the target
    ("June 2030 target": 100). Charts of several series, or with no target bar, are data."""
    body = [r for r in rows[1:] if len(r) >= 2 and r[0].strip()]
    if not title.strip() or len(rows[0]) != 2 or not 2 <= len(body) <= 6:
        return None
    first, last = body[0], body[-1]
    if not _CHART_TARGET.search(last[0]) or not _CHART_START.search(first[0]):
        return None
    if not all(re.fullmatch(r"-?[\d.,]+", r[1].strip()) for r in (first, last)):
        return None
    m = _CHART_UNIT.search(title)  # "(%)", "(kWh)": the values' unit, off the measure's name
    unit = "" if m is None else m.group(1) if m.group(1) == "%" else f" {m.group(1)}"
    metric = _CHART_UNIT.sub("", title).strip()
    by = _CHART_TARGET.sub("", last[0]).strip(" :-–") or None
    return KpiRow(
        metric=metric,
        baseline=f"{first[1].strip()}{unit}",
        target=f"{last[1].strip()}{unit}",
        by=by,
    )


# A KPI table: one column names the measure, one the target (a year or "target"), maybe a baseline.
# ("End of Year 3": a plan counted in its own years dates its targets by them)
_KPI_TARGET = re.compile(
    r"target|goal|to-be|future|\bby\b|(?:19|20)\d\d|\bfy ?\d\d|\bq[1-4]\b|\byear \d\b", re.I
)
_KPI_BASELINE = re.compile(
    r"baseline|today|current|as-is|\bnow\b|actual|starting|last year|^from$", re.I
)
# The column that names the measure itself, before an objective or goal it serves.
_KPI_MEASURE = re.compile(r"key results?|metric|measure|kpi|indicator", re.I)
_KPI_METRIC = re.compile(r"metric|measure|kpi|indicator|objective|goal|outcome", re.I)
_KPI_WHEN = re.compile(
    r"(?:(?:spring|summer|fall|autumn|winter|end of|end|q[1-4]|h[12])\s+)?(?:fy\s?)?(?:19|20)\d\d"
    r"(?:/\d\d)?|\bfy\s?\d\d"
    # a plan on month numbers dates its targets by them: "By M24", "Month 24"
    r"|\bm\d{1,2}\b|\bmonth\s+\d{1,2}\b"
    # ... and a plan counted in its own years by them: "End of Year 3"
    r"|\b(?:end of\s+)?year\s+\d\b|\bpq\s?\d{1,2}\b",
    re.I,
)
_KPI_GROUPING = re.compile(r"\b(?:type|category|area|group|pillar|theme|tier)\b", re.I)
_NO_VALUE = {"", "-", "–", "n/a", "na", "tbd", "baseline", "none"}
# The column that names who owns each measure: "Owner", "DRI", "Lead", "Accountable".
_KPI_OWNER = re.compile(
    r"(?:kpi\s+|metric\s+|measure\s+)?(?:owners?|dri|leads?|accountable|responsible|who)", re.I
)


# A header cell said in a line of its own: the measure's column, a date, a baseline or target,
# the owner's column.
_HEAD_CELL = re.compile(
    r"(?:key\s+results?|metrics?|measures?|kpis?|indicators?)\b"
    r"|(?:(?:by|end(?:\s+of)?)\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+"
    r"|(?:q[1-4]|h[12])\s+)?(?:fy\s?)?(?:19|20)\d\d(?:[/-]\d\d)?\b"
    r"|(?:baseline|today|current|target|by\s+when|owners?|leads?|accountable|dri)\b",
    re.I,
)


def header_line(line: str, width: int) -> list[str] | None:
    """A table's header a PDF export set as a line of its own above the rows ("Measure
    2026/27 March 2029 September 2030 Owner"), cut into the table's ``width`` cells; None
    when the line is no such header (it must open with the measure's column and be nothing
    but header cells)."""
    cells = [m.group(0) for m in _HEAD_CELL.finditer(line)]
    rest = _HEAD_CELL.sub(" ", line).strip(" |·,")
    if len(cells) != width or rest or not _KPI_MEASURE.match(cells[0]):
        return None
    return cells


def kpi_rows(rows: list[list[str]], start_year: int | None = None) -> list[KpiRow]:
    """Rows of a KPI table: one column names the measure, one the target, maybe a baseline.
    ``start_year``: the plan's first year; a year column from it on is a milestone on the way,
    not where the measure stands."""
    if len(rows) < 2 or len(rows[0]) < 2:
        return []
    header = [h.strip() for h in rows[0]]
    joined = " ".join(header)
    if re.search(
        r"\b(?:peers?|median|benchmark|industry|competitors?|average|gap)\b", joined, re.I
    ) and not re.search(r"\b(?:target|goal)\b", joined, re.I):
        return []  # a comparison with peers describes today, it sets no target
    # A column of words ("Target" over "Bus on-time performance ...") names the measures,
    # whatever its header says; figures ("71%", "38 of 38", "below 1%") are values.
    valued = {i for i in range(len(header)) if _figures(rows[1:], i)}
    base = next((i for i, h in enumerate(header) if _KPI_BASELINE.search(h) and i in valued), None)
    deadline = next(
        (
            i
            for i, h in enumerate(header)
            if re.fullmatch(
                r"by|by when|when|deadline|date|due|target date|timing|timeframe", h, re.I
            )
        ),
        None,
    )
    explicit_all = [
        i
        for i, h in enumerate(header)
        if (re.search(r"target|goal", h, re.I) or re.fullmatch(r"to", h, re.I))
        and i != deadline
        and i in valued
    ]
    if base is None and len(explicit_all) == 1:
        # "Measure | 2025 | Target | By": the year column before the target is the baseline.
        years = [
            i
            for i, h in enumerate(header)
            if i < explicit_all[0]
            and re.fullmatch(r"(?:fy\s?)?(?:19|20)\d\d(?:[/-]\d\d)?", h, re.I)
        ]
        # ("Measure | 2027 | 2028 | 2029 | 2030 target" in a plan from 2028: 2027 is where it
        # stands, 2028 and 2029 the milestones)
        before = [i for i in years if start_year is None or _year_of(header[i]) < start_year]
        base = (before or years)[-1] if years else None
    timed = [
        i
        for i, h in enumerate(header)
        if i not in (base, deadline)
        and i in valued
        and (_KPI_TARGET.search(h) or re.fullmatch(r"to", h, re.I))
    ]
    explicit = [i for i in timed if re.search(r"target|goal", header[i], re.I)]
    explicit = explicit or [i for i in timed if re.fullmatch(r"to", header[i], re.I)]
    if len(explicit) == 1:
        target = explicit[0]
    elif len(timed) == 1:
        target = timed[0]
    elif _dated_figures(header, rows, timed):
        # "Measure | 2025/26 | March 2028 | March 2029": figures under dates, the first date
        # where the measure stands, the last where it must be.
        if base is None:
            base = timed[0]
        target = timed[-1]
    else:
        return []  # several dated columns: a plan by quarter, not a table of targets
    named = [
        i
        for i, h in enumerate(header)
        if i not in (base, target, deadline)
        and _KPI_METRIC.search(h)
        and not _KPI_GROUPING.search(h)
    ]
    # "Objective | Key result | From | To": the key result is the measure.
    measured = [
        i
        for i, h in enumerate(header)
        if i not in (base, target, deadline)
        and _KPI_MEASURE.search(h)
        and not _KPI_GROUPING.search(h)
    ]
    named = measured or named
    others = [i for i in range(len(header)) if i not in (base, target, deadline)]
    if not named and not others:
        return []
    metric = named[0] if named else others[0]
    if not named and not _KPI_METRIC.search(" ".join(header)) and not explicit and base is None:
        return []  # nothing says this table holds targets
    when = _KPI_WHEN.search(header[target])
    owner = next(
        (
            i
            for i, h in enumerate(header)
            if i not in (base, target, deadline, metric) and _KPI_OWNER.fullmatch(h)
        ),
        None,
    )
    out: list[KpiRow] = []
    for row in rows[1:]:
        cells = [c.strip() for c in row] + [""] * (len(header) - len(row))
        name, goal = cells[metric], cells[target]
        if not name or goal.lower() in _NO_VALUE or len(words(name)) < 2 and not named:
            continue
        start = cells[base] if base is not None else ""
        out.append(
            KpiRow(
                metric=name,
                target=goal,
                baseline=start
                if start.lower() not in _NO_VALUE and not UNSET_VALUE.match(start)
                else None,
                by=(cells[deadline] if deadline is not None and cells[deadline] else None)
                or (when.group(0) if when else None),
                header=header[target],
                named=bool(named),
                lead=cells[owner] or None if owner is not None else None,
            )
        )
    return out


# What a value cell adds after its figure: when it is due and a milestone on the way
# ("88% by 2031-32 (80% by 2029-30)", "6,000 a year by 2029-30").
_BY_WHEN_TAIL = re.compile(r"\s*\([^)]*\)|\s+by\s+\S+(?:\s+\S+)?\s*$", re.I)


# A baseline still to be measured: "to be set in 2028-29", "TBC"; said of a date under a
# tile too ("date to be set at G2", UNSET_WHEN below).
_UNSET = r"(?:to\s+be\s+(?:set|measured|confirmed|agreed|established)|tbc|no\s+target(?:\s+(?:yet|set))?)\b"
UNSET_VALUE = re.compile(rf"^{_UNSET}", re.I)


def _figures(rows: list[list[str]], i: int) -> bool:
    """Whether column i holds values: most of its filled cells are short and hold a figure, or
    are a word or two ("Zero", "Halve", "n/a")."""
    cells = [_BY_WHEN_TAIL.sub("", r[i]).strip() for r in rows if i < len(r) and r[i].strip()]
    if not cells:
        return True  # an empty column may still be the one the deck fills in
    if all(_PERIOD_ONLY.fullmatch(c) for c in cells):
        return False  # "From | To" over "Q3 FY28 | Q2 FY30": when a stream of work runs
    # a figure, or a value said in a word or two ("Zero", "Halve", "n/a"); a column of
    # longer phrases without figures names things
    short = [c for c in cells if re.search(r"\d", c) and len(words(c)) <= 5 or len(words(c)) <= 2]
    return len(short) * 2 > len(cells)


# A cell that is only a period: "Q3 FY28", "H1 2029", "FY30", "March 2029", "M14"
_PERIOD_ONLY = re.compile(
    r"(?:(?:q[1-4]|h[12])\s*(?:fy\s?)?(?:19|20)?\d\d(?:/\d\d)?"
    r"|fy\s?(?:19|20)?\d\d(?:/\d\d)?"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:19|20)\d\d"
    r"|m\d{1,2})",
    re.I,
)


def _dated_figures(header: list[str], rows: list[list[str]], timed: list[int]) -> bool:
    """A measure column and two or more dated columns holding figures in most rows."""
    if len(timed) < 2 or not any(_KPI_MEASURE.search(h) for h in header):
        return False
    body = [r for r in rows[1:] if any(c.strip() for c in r)]
    first, last = timed[0], timed[-1]
    with_figures = [
        r
        for r in body
        if len(r) > last and re.search(r"\d", r[first]) and re.search(r"\d", r[last])
    ]
    return bool(body) and len(with_figures) >= 0.6 * len(body)


def kpi_goals(rows: list[list[str]]) -> list[str]:
    """Rows of a KPI table as goal statements: 'Advisor caseload from 1:410 to 1:300 by Fall 2027'."""
    return [row.goal() for row in kpi_rows(rows)]


# --------------------------------------------------------------------------- flattened tables

# The currency codes a figure is written with ("RMB 1.8B", "3,800 RMB", "EUR 6.10").
MONEY_CODES = "RMB|USD|CNY|EUR|GBP"
_VALUE = (
    # "below 1%", "at least 90%", "31 of 38": a bound or a count out of a total is one value.
    r"(?:(?i:below|under|above|over|at least|at most)\s)?"
    rf"(?:[<>≥≤]=?|>=|<=|\+|-|−|~)?(?:{MONEY_CODES}|US\$|\$|€|£|¥)?\s?"
    r"(?!\d[\d,.]*[-–][A-Za-z])\d[\d,.]*(?:/\d+|\sof\s\d[\d,]*)?"  # not "30-minute"
    r"(?:\s?(?:%|pts?|x|×|bn|[KMB])(?![A-Za-z]))?"
    r"(?:\s?(?:days?|months?|weeks?|hours?|hrs?|h|mins?|minutes?|years?|yrs?|/yr|/5(?:\.0)?"
    r"|[kMG]?Wh|[kMG]W|k?VA|MVA|kg|g|tCO2e?|tonnes?|[kM]?t|km|ms|litres?|liters?|m3|m³|★)(?![A-Za-z]))?"
    r"(?:\s?\((?:FY\s?)?20\d\d\))?"
)
_TOKEN = re.compile(
    rf"(?P<value>{_VALUE}|(?<![A-Za-z])(?:Baseline|TBD|n/a|N/A)(?![A-Za-z])|(?<=\s)[-–](?=\s|$))|(?P<word>\S+)"
)
_FLAT_HEADER = re.compile(
    r"(?P<pre>(?:[A-Z][\w/&-]*\s+){0,2}?)(?P<metric>Metric|KPI|Measure|Indicator|Service|Outcome|Target)s?\s+(?P<h1>(?:(?:FY\s?\d\d|(?:FY\s?)?20\d\d)(?:/\d\d)?\s+)?"
    # "Online today", "Share today": one word may say what the baseline counts.
    r"(?:[A-Z][a-z]+\s+(?=(?i:today|now)\b))?"
    # "Target | FY2025 | Target value | By": a year alone heads the baseline column.
    r"(?:(?i:Baseline|Current|Today|Actual)(?:\s+(?:\((?:FY\s?)?20\d\d(?:/\d\d)?\)|(?:FY\s?)?20\d\d/\d\d))?|(?<=\s)(?:FY\s?)?20\d\d(?:/\d\d)?(?=\s+(?i:target))))"
    r"\s+(?P<h2>(?:(?:FY\s?)?20\d\d\s+)?(?i:Target)(?:\s+(?i:value))?(?:\s+\((?:FY\s?)?20\d\d\)|\s+(?:[A-Z][a-z]+\s+)?(?:FY\s?)?20\d\d)?)"
    r"(?P<by>\s+(?i:By when|By|Deadline|Date|When)\b)?"
)
# A row's own deadline in a "By" column: "March 2030", "FY2029", "Q4 2028", "every release".
# A row's date: "March 2030", "FY2029", "Q4 2028".
_BY_DATE = (
    r"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+|"
    r"(?:spring|summer|autumn|fall|winter)\s+)?(?:fy\s?)?20\d\d(?:/\d\d)?"
    r"|q[1-4]\s+(?:fy\s?)?20\d\d"
)
_ROW_BY = re.compile(rf"\s*({_BY_DATE}|every\s+\w+)\b", re.I)


# What a figure in a row may carry after it: a period ("3,100 a year") or a unit the value
# table does not know ("1.9m parcels"); never the month or season of the by-date after it.
_PER = (
    r"(?:\s+(?:a|per)\s+(?:year|month|week|day)"
    r"|\s+(?!(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|spring|summer|autumn|fall|winter"
    r"|fy|by|q[1-4])[a-z]*\b)(?!(?:under|over|below|above|at|less|more|fewer|no|not|up|each|every)\b)"
    r"[a-z]{2,12}(?=\s|$))?"
)
# A target bounded rather than exact ("under 1.5%", "at least 90%", "fewer than 300")
_BOUND = (
    r"(?:(?:under|over|below|above|at\s+least|at\s+most|(?:no\s+)?(?:less|more|fewer)\s+than"
    r"|up\s+to)\s+)"
)
# A target said as a direction only ("71% higher", "reduce"): the row sets no figure yet.
_DIRECTION = r"(?:higher|lower|up|down|rising|falling|increase|reduce|improve)"
_LINE_ROW = re.compile(
    rf"^(?P<metric>.*?[A-Za-z].*?)\s+(?P<base>{_VALUE}{_PER})\s+"
    rf"(?P<target>{_BOUND}?{_VALUE}{_PER}|{_DIRECTION})"
    rf"(?P<by>\s+(?:{_BY_DATE}|(?:each|every)\s+(?:year|quarter|month|season)))?(?:\s+[-–])?\s*$",
    re.I,
)


def _line_rows(lines: list[str]) -> list[KpiRow] | None:
    """Rows a PDF kept one per line ("Deviations closed within 30 days 62% 90% March 2029"):
    the two values and the date at a line's end are its own, whatever figures its name holds.
    None unless every line reads so, up to a last line that is a footnote (a row wrapped over
    lines is left to the run reader)."""
    rows: list[KpiRow] = []
    for line in lines:
        m = _LINE_ROW.match(line.strip())
        if m is None:
            if len(rows) >= 2 and not _LINE_ROW.match(lines[-1].strip()):
                break  # a footnote under the rows ("Baselines are 2026/27 actuals.") ends them
            return None
        by = (m.group("by") or "").strip() or None
        rows.append(_flat_row(m.group("metric").split(), [m.group("base"), m.group("target")], by))
    return rows if len(rows) >= 2 else None


# A column's header in a KPI table a PDF read column by column: the measures, then their
# baselines, targets and dates, each header over its cells ("Measure", ten names, "Baseline
# 2028/29", ten figures, "Target", ten figures, "By when", ten dates).
_COLUMN_HEAD = re.compile(
    r"^(?:(?P<m>measures?|metrics?|kpis?|indicators?)|(?P<b>(?:baseline|today|current|now)\b.{0,20})"
    r"|(?P<t>targets?\b.{0,20})|(?P<w>by when|when|deadline|due|date|by))\s*$",
    re.I,
)


def column_kpi_rows(lines: list[str], start_year: int | None = None) -> list[KpiRow]:
    """KPI rows of a table whose columns a PDF export wrote one after another: a measure
    column and at least one more, each as long as the measure column (three rows or more)."""
    columns: list[tuple[str, list[str]]] = []
    for line in lines:
        text = line.strip()
        head = _COLUMN_HEAD.match(text)
        if head is not None and (head.group("m") is not None or columns):
            columns.append((text, []))
        elif columns and text:
            columns[-1][1].append(text)
    if not columns:  # (the first column opened is always the measures')
        return []
    names = columns[0][1]
    n = len(names)
    # Every column as long as the measures' (the last may run on into a footnote under the
    # table: its first n cells are its own); a column of another length means lines were
    # joined or split, and no cell can be paired with its row.
    rest = columns[1:]
    if n < 3 or not rest or any(len(c) != n for _, c in rest[:-1]) or len(rest[-1][1]) < n:
        return []
    kept = [(h, cells[:n]) for h, cells in rest]
    header = [columns[0][0], *(h for h, _ in kept)]
    rows = [[names[i], *(cells[i] for _, cells in kept)] for i in range(n)]
    return kpi_rows([header, *rows], start_year)


def _year_of(label: str) -> int:
    digits = re.search(r"(?:19|20)\d\d", label)
    return int(digits.group(0)) if digits else 0


def flat_kpi_rows(text: str) -> list[KpiRow]:
    """A KPI table a PDF export flattened into one run of text:
    "Category Metric 2026 Baseline 2029 Target Process Key equipment connectivity 31% >=65% ...".
    Lines (``\n``) that each hold one row are read row by row."""
    m = _FLAT_HEADER.search(text)
    if not m:
        return []
    after = [ln for ln in text[m.end() :].splitlines() if ln.strip()]
    if m.group("by") and (by_line := _line_rows(after)) is not None:
        return [r for r in by_line if len(words(r.metric)) >= 2]
    text = " ".join(text.split())
    m = _FLAT_HEADER.search(text)
    if not m:
        return []
    when = _KPI_WHEN.search(m.group("h2"))
    grouped = bool(m.group("pre").strip())
    rest = text[m.end() :]
    rows: list[KpiRow] = []
    label: list[str] = []
    values: list[str] = []
    pos = 0
    default_by = when.group(0) if when else None
    while pos < len(rest):
        tok = _TOKEN.match(rest, pos) or _TOKEN.search(rest, pos)
        if tok is None:
            break
        pos = tok.end()
        if tok.group("value"):
            if not label and not values:
                continue
            values.append(tok.group("value").strip())
            if len(values) == 2:
                by = default_by
                if m.group("by"):
                    own = _ROW_BY.match(rest, pos)
                    if own:
                        by, pos = own.group(1), own.end()
                rows.append(_flat_row(label, values, by))
                label, values = [], []
        else:
            if values:  # a label word after one value: the row had a single value
                rows.append(_flat_row(label, [*values, values[0]][:2], default_by))
                label, values = [], []
            label.append(tok.group("word"))
    if label and values:
        rows.append(_flat_row(label, [values[0], values[0]], default_by))
    if grouped and rows:
        first = [r.metric.split()[0] for r in rows if r.metric.split()]
        common = {w for w in first if first.count(w) >= 2}
        rows = [
            KpiRow(
                metric=" ".join(r.metric.split()[1:])
                if r.metric.split()[0] in common
                else r.metric,
                target=r.target,
                baseline=r.baseline,
                by=r.by,
            )
            for r in rows
        ]
    return [r for r in rows if len(words(r.metric)) >= 2 and r.target.lower() not in _NO_VALUE]


def _flat_row(label: list[str], values: list[str], by: str | None) -> KpiRow:
    baseline, target = values[0], values[1]
    return KpiRow(
        metric=" ".join(label).strip(" :|"),
        target=target,
        baseline=baseline if baseline.lower() not in _NO_VALUE and baseline != target else None,
        by=by,
    )


# --------------------------------------------------------------------------- tiles

# A duration on a clock face ("7:00" min:s, "1:30:00") is a figure a tile may state.
_CLOCK = r"\d{1,3}:[0-5]\d(?::[0-5]\d)?"
TILE_VALUE = re.compile(
    rf"^(?!.*(?:->|→))(?:{_VALUE}(?:\s?[-–/]\s?{_VALUE})?|{_VALUE}\s?(?:{MONEY_CODES})|{_CLOCK}|Top\s+\d+|No\.\s?\d+|#\d+|zero|0|higher|lower"
    # a target set against another ("Above Kestrel", "Ahead of the sector average")
    rf"|(?:above|below|ahead\s+of|level\s+with)\s+(?:(?-i:[A-Z])[\w&'’-]+(?:\s+(?-i:[A-Z])[\w&'’-]+){{0,2}}"
    rf"|the\s+(?:sector|national|industry|peer|regional)\s+(?:average|median)))$",
    re.I,
)
_CHANGE = re.compile(
    r"\b(?:reduction|reduce|cut|increase|growth|grow|improvement|improve|faster|shorter|fewer|lower|higher|"
    r"more|less|uplift|lift|gain|saving|savings|payback|target|goal|to reach|reach)\b|->|→"
    r"|\bby\s+(?:the\s+end\s+of\s+)?(?:fy\s?)?(?:20\d\d|'?\d\d)\b|\bfrom\s+[-+$€£]?\d",
    re.I,
)
_PRESENT = re.compile(
    r"\b(?:today|currently|current|in 20\d\d,|last year|above (?:the )?(?:industry )?average|below (?:the )?(?:industry )?average|"
    r"of (?:respondents|consumers|guests|customers|patients|users)|survey|market size|cagr|share of|of total|"
    r"(?:19|20)\d\d (?:revenue|sales|actual|baseline|figure)|starting)\b",
    re.I,
)
_ARROW = re.compile(
    r"(?P<a>[^\s()]+(?:\s(?:days?|months?|weeks?|min|hours?))?)\s*(?:->|→|\bto\b)\s*(?P<b>[^\s()]+(?:\s(?:days?|months?|weeks?|min|hours?))?)"
)


def _arrow(detail: str) -> re.Match[str] | None:
    """ "9 months -> 4 months", "35 min to 20 min": a change from one figure to another. Words
    either side of a "to" ("Moved to complaint follow-up") are a caption, no change."""
    for m in _ARROW.finditer(detail):
        figures = [bool(re.search(r"\d", m.group(k))) for k in ("a", "b")]
        said = m.group(0)
        if all(figures) or ("->" in said or "→" in said) and any(figures):
            return m
    return None


@dataclass(frozen=True)
class Tile:
    value: str
    label: str
    detail: str = ""

    def goal(self) -> str:
        label = self.label.strip(" :")
        if re.match(
            r"^(?:reduction|increase|improvement|growth|cut|uplift|fewer|shorter|faster|of)\b",
            label,
            re.I,
        ):
            return f"{self.value} {label}"
        return f"{label}: {self.value}"

    @property
    def baseline(self) -> str | None:
        m = _arrow(self.detail)
        if m:
            return m.group("a")
        m = re.search(
            r"\(([^()]+?)\s+today\)|\bfrom\s+(?!(?:19|20)\d\d\b)([-+$€£]?[\d.,]+%?)"
            # "Baseline 71% · by H2 2028/29", "baseline: 8:41"
            # (not a year that dates where it comes from: "Baseline: 2028 staff survey")
            rf"|\bbaseline:?\s+(?:of\s+)?(?!(?:19|20)\d\d\s+[a-z])"
            rf"((?:{_CLOCK}|[-+$€£]?\d[\d.,]*)(?:\s?%|\s(?:min|mins|days?|hours?|weeks?)\b)?)",
            self.detail,
            re.I,
        )
        if m:
            return m.group(1) or m.group(2) or m.group(3)
        named = _LABEL_FROM.search(self.label)  # "sorted each hour the MRF runs, from 18 t"
        return named.group(1) if named else None

    @property
    def ahead(self) -> str:
        """The small line without its baseline clause, up to the next "·" ("from 61% in
        2026/27 · no target yet" -> "· no target yet"): what it says of the target."""
        return _BASELINE_PART.sub("", self.detail)

    @property
    def measure(self) -> str:
        """The label without the baseline it names ("..., from 18 t")."""
        return _LABEL_FROM.sub("", self.label).strip(" ,")

    @property
    def target_state(self) -> str | None:
        m = _arrow(self.detail)
        return m.group("b") if m else None


# "..., from 18 t", "..., from 1,420 MWh", "..., from 39 min": the baseline and its unit
_LABEL_FROM = re.compile(r"(?:,\s*|\s+)from\s+([-+$€£]?\d[\d.,]*\s?(?:%|[a-z]{1,5}\b)?)\s*$", re.I)


def _tile_label(line: str) -> bool:
    return (
        1 <= len(words(line)) <= 10
        and not TILE_VALUE.match(line)
        and bool(re.search(r"[A-Za-z]{2}", line))
    )


# A figure with a word or two after it, under its label: "65% of residents", "under 25% a
# year", "90% (2025: 74%)". A year opening a heading ("2030 targets") is no figure.
_FIGURE_LED = re.compile(rf"^(?!(?:19|20)\d\d\b(?!\s*%)){_VALUE}(?=\s|$)", re.I)


_SPAN = re.compile(r"^\d+\s?[-–]\s?\d+\s+(?:months?|weeks?|days?|years?|yrs?)$", re.I)


def tile_figure(line: str) -> bool:
    if TILE_VALUE.match(line):
        return True
    led = _FIGURE_LED.match(line)
    # what follows the figure qualifies it in small words; "02 · NORTH STAR" numbers a section
    return bool(led and len(words(line)) <= 5 and re.match(r"\s*(?:[a-z(]|$)", line[led.end() :]))


def _labels_above(lines: list[str]) -> list[Tile] | None:
    """Tiles drawn label first ("Active members" over "24,000"), as many designers draw them:
    every figure sits under a label, and the last figure ends the run (nothing short under it
    that could be its label, read the other way)."""
    values = [i for i, line in enumerate(lines) if tile_figure(line.strip())]
    if not values or values[0] == 0:
        return None
    if any(not _tile_label(lines[i - 1].strip()) or i - 1 in values for i in values):
        return None
    if any(b - a != 2 for a, b in zip(values, values[1:], strict=False)):
        return None  # text between one tile and the next label: a timeline's stages, cards
    if any(_SPAN.match(lines[i].strip()) for i in values):
        return None  # "Pilot" over "3-9 months": a stage and its span, not a target
    after = lines[values[-1] + 1].strip() if values[-1] + 1 < len(lines) else ""
    if after and _tile_label(after):
        return None  # "24,000" / "active members": the usual way round
    return [Tile(value=lines[i].strip(), label=lines[i - 1].strip()) for i in values]


# The date under a "from -> to" tile: "by Q4 2030", "by December 2029", "date to be set at G2".
UNSET_WHEN = re.compile(rf"\b{_UNSET}", re.I)
_TILE_WHEN = re.compile(
    r"^(?:by|before|in|until|due|end\s+of)\b.*(?:\b(?:19|20)\d\d\b|\b[QH][1-4]\b|\bFY\s?\d\d|'\d\d)"
    rf"|{UNSET_WHEN.pattern}",
    re.I,
)


def tile_when(line: str) -> bool:
    """A tile's date line: "by Q4 2030", "date to be set at G2"."""
    return len(words(line)) <= 8 and _TILE_WHEN.search(line) is not None


_ARROW_ALONE = re.compile(r"^(?:->|→|⟶|➜|➔|to)$", re.I)
_YEAR_ALONE = re.compile(r"^(?:19|20)\d\d$")
_NUMBERING = re.compile(r"^0\d$")  # "02": a section's or a step's number


def _from_to(lines: list[str]) -> list[Tile] | None:
    """Tiles that give a measure's move, each a label over where it stands, where it will be
    and, under them, by when ("Monthly churn" / "1.4%" / "0.9%" / "by Q4 2030"), the arrow
    between the two figures a shape with no text. The date tells such a tile from a label
    over two figures of any other kind. Two such tiles or more, or None."""
    found: list[Tile] = []
    i = 0
    while i < len(lines):
        label = lines[i].strip()
        figures: list[str] = []
        j = i + 1
        while j < len(lines) and len(figures) < 2:
            line = lines[j].strip()
            if _ARROW_ALONE.match(line) and figures:
                j += 1
                continue
            if not TILE_VALUE.match(line) or _YEAR_ALONE.match(line) or _NUMBERING.match(line):
                break
            figures.append(line)
            j += 1
        if len(figures) < 2 or not _tile_label(label) or _TILE_WHEN.search(label):
            i += 1
            continue
        when = lines[j].strip() if j < len(lines) else ""
        if not tile_when(when):
            i += 1  # two figures under a label and no date: a stage's numbers, a comparison
            continue
        baseline, target = figures
        found.append(Tile(value=target, label=label, detail=f"{baseline} → {target} {when}"))
        i = j + 1
    return found if len(found) >= 2 else None


# A tile's label and its small line read as one ("First-year continuation from 85.2% in
# 2026/27 · by 2030/31"): where the baseline or the date starts, the label ends.
_LABEL_THEN_DETAIL = re.compile(
    r"^(?P<label>\S.*?)\s+(?P<detail>(?:from\s+[-+$€£]?\d|new measure\b|baseline\b)[^·]*·\s*\S.*)$",
    re.I,
)
# ... or where its date starts: "RevPAR index vs competitive set by 2029 (91 today)" (a label
# that gives its baseline after the date, "by 2029/30, from 640", reads whole)
_LABEL_THEN_DATE = re.compile(
    r"^(?P<label>\S.*?)\s+(?P<detail>by\s+(?:the\s+end\s+of\s+)?(?:(?:Q[1-4]|H[12]|FY)\s?)?"
    r"(?:19|20)\d\d\b(?!.*\bfrom\s+[-+$€£]?\d).*)$",
    re.I,
)


def _tile_parts(lines: list[str]) -> list[str]:
    """The lines with each big number's run-together label and small line apart. A label run
    into its date is cut there only where no small line of its own follows ("Line uptime by
    Q4 2029" over "from 61% in 2026" is a label and its small line already)."""
    out: list[str] = []
    for i, line in enumerate(lines):
        after = lines[i + 1].strip() if i + 1 < len(lines) else ""
        joined = _LABEL_THEN_DETAIL.match(line.strip()) or (
            _LABEL_THEN_DATE.match(line.strip())
            if not after or TILE_VALUE.match(after) or _FIGURE_LED.match(after)
            else None
        )
        if joined and out and TILE_VALUE.match(out[-1].strip()) and _tile_label(joined["label"]):
            out += [joined["label"], joined["detail"]]
        else:
            out.append(line)
    return out


# A figure's unit set on a line of its own under it ("3,800" / "RMB" / "Average ADR").
_UNIT_ONLY = re.compile(rf"^(?:{MONEY_CODES}|JPY|HKD|yuan|pts?|hrs?|hours|days|mins?|%)$", re.I)
_CURRENCY = re.compile(rf"^(?:{MONEY_CODES}|JPY|HKD)$", re.I)
_PLAIN_NUMBER = re.compile(r"^\d[\d,]*(?:\.\d+)?$")


def _figure_and_label(line: str) -> tuple[str, str] | None:
    """(share, label) of a short line that opens with a share and names what it measures in
    small words after it ("25% fewer late deliveries"), or None."""
    led = _FIGURE_LED.match(line)
    # (a share: "3." numbers a list item, "45 minutes" or "12 pharmacies" count things)
    if led is None or len(words(line)) > 9 or not led.group(0).strip().endswith("%"):
        return None
    label = line[led.end() :].strip()
    if not re.match(r"[a-z]", label) or not 2 <= len(words(label)) <= 8:
        return None
    # it says the change it targets ("reduction in downtime", "fewer repairs", "by FY30"); a
    # share of today's whole does not ("lost or missing purchases", "of sales thrown away")
    return (led.group(0).strip(), label) if _CHANGE.search(label) else None


def _small_print(line: str) -> bool:
    """The line under a tile's label can be its small print: not a figure, not the next tile
    run together ("45% direct booking share from 28%"), not a paragraph."""
    return not (
        TILE_VALUE.match(line) or _figure_and_label(line) is not None or len(words(line)) > 16
    )


def _axis_lines(lines: list[str]) -> set[int]:
    """The lines of a chart's axis: three plain numbers or more in a row, evenly spaced ("0",
    "1000", "2000", ... "6000"). None of them is a tile's figure."""
    out: set[int] = set()
    i = 0
    while i < len(lines):
        j = i
        values: list[float] = []
        while j < len(lines) and _PLAIN_NUMBER.match(lines[j].strip()):
            values.append(float(lines[j].strip().replace(",", "")))
            j += 1
        steps = {round(b - a, 6) for a, b in zip(values, values[1:], strict=False)}
        if len(values) >= 3 and len(steps) == 1 and next(iter(steps)) != 0:
            out.update(range(i, j))
        i = max(j, i + 1)
    return out


def tiles(lines: list[str], heading: str = "") -> list[Tile]:
    """Big numbers with their labels, in slide order: "35%" / "reduction in missed deliveries",
    the label above the figure, or a label over a move from one figure to another. Under a
    heading that announces targets ("Expected benefits"), shares run together with their
    labels on one line are tiles too ("40% fewer breakdown call-outs", as a PDF export sets
    them)."""
    lines = _tile_parts(lines)
    moves = _from_to(lines)
    if moves is not None:
        return moves
    above = _labels_above(lines)
    if above is not None:
        return above
    out: list[Tile] = []
    axis = _axis_lines(lines)
    # A figure and its label on one line, as a PDF export runs them together ("40% fewer
    # breakdown call-outs"): tiles where the slide sets two such lines or more.
    runs = {i: f for i, line in enumerate(lines) if (f := _figure_and_label(line.strip()))}
    if len(runs) < 2 or not _TARGET_HEADING.search(heading):
        runs = {}
    i = 0
    while i < len(lines):
        line = lines[i].strip()
        if i in runs:
            value, label = runs[i]
            detail = lines[i + 1].strip() if i + 1 < len(lines) else ""
            if not _small_print(detail):
                detail = ""
            out.append(Tile(value=value, label=label, detail=detail))
            i += 2 if detail else 1
            continue
        # ("04" over "OUR NORTH STAR": a section's number over its label, no figure)
        if (
            TILE_VALUE.match(line)
            and not _NUMBERING.match(line)
            and i not in axis
            and i + 1 < len(lines)
        ):
            label = lines[i + 1].strip()
            if _UNIT_ONLY.match(label) and i + 2 < len(lines):
                # "3,800" / "RMB" / "Average ADR": the unit set under the figure, then its label
                line, i = f"{label} {line}" if _CURRENCY.match(label) else f"{line} {label}", i + 1
                label = lines[i + 1].strip()
            bare = re.fullmatch(r"[1-9]", line) is not None  # "2" above a pillar name numbers it
            # ("10" over "ROADMAP": a handout's slide number over the next slide's eyebrow)
            numbered = (
                re.fullmatch(r"[1-9]\d?", line) is not None
                and label.isupper()
                # (a lone number: no tile beside it, as a row of big numbers has)
                and not any(
                    TILE_VALUE.match(lines[k].strip())
                    for k in (i - 2, i + 2)
                    if 0 <= k < len(lines)
                )
            )
            if _tile_label(label) and not (bare and label[:1].isupper()) and not numbered:
                detail = lines[i + 2].strip() if i + 2 < len(lines) else ""
                after = lines[i + 3].strip() if i + 3 < len(lines) else ""
                if not _small_print(detail) or TILE_VALUE.match(after) and len(words(detail)) <= 2:
                    detail = ""  # a short line before the next number is that tile's category
                out.append(Tile(value=line, label=label, detail=detail))
                i += 3 if detail else 2
                continue
        i += 1
    return out


_DATED_DETAIL = re.compile(r"\bby\s+\S+", re.I)
# A tile's baseline clause, up to the next "·": "Baseline 8:41", or "from 61% in 2026/27" too
_BASELINE_CLAUSE = re.compile(r"\bbaseline\b[^·;|]*", re.I)
_BASELINE_PART = re.compile(r"\b(?:from|baseline)\b[^·;|]*", re.I)


def is_target_tile(tile: Tile, heading: str) -> bool:
    """A tile states a target (not a fact about today) by its label, its detail or its slide."""
    text = f"{tile.label} {tile.detail}"
    # "Baseline 58% in the 2026 staff survey": where the measure starts, not a fact of today
    moves = tile.baseline is not None and _DATED_DETAIL.search(tile.detail) is not None
    # ("Students satisfied with support (Student Support Survey)" from 68% by 2030/31: a goal)
    if (
        not moves
        and _PRESENT.search(_BASELINE_CLAUSE.sub("", text))
        or PLAN_COST.search(tile.label)
    ):
        return False
    if (
        _MONEY_VALUE.search(tile.value)
        and PLAN_COST_HEADING.search(heading)
        and not _TARGET_HEADING.search(heading)
    ):
        return False  # "£13.8m / cash released by 27 fewer lock-up days": the case for the money
    return bool(_CHANGE.search(text) or _arrow(tile.detail) or _TARGET_HEADING.search(heading))


# The investment case's figures: what the plan costs and returns to its funders ("capital over
# 30 months: £46m", "NPV at 8%", "annual run-rate saving by FY30"), not a goal to plan work for.
PLAN_COST = re.compile(
    r"\b(?:capital|capex|opex|investment|funding|budget|npv|irr|roi|payback|"
    r"(?:run-rate|net|recurrent|recurring|cumulative)\s+(?:cost\s+)?savings?|run-rate)\b",
    re.I,
)
_MONEY_VALUE = re.compile(rf"^[£$€¥]|\b(?:{MONEY_CODES})$", re.I)
# A slide that makes the case for the plan's money: its sums are costs and returns, not goals.
PLAN_COST_HEADING = re.compile(
    r"\b(?:investment|business case|the case|costs?|funding|payback|budget|returns?)\b",
    re.I,
)
_TARGET_HEADING = re.compile(
    r"\b(?:kpis?|dashboard|scorecard|targets?|goals?|north star|ambition|what success looks like|"
    r"how we will (?:know|measure)|expected (?:benefits|outcomes|impact)|commitments?|promise|key results|okrs?)\b",
    re.I,
)


# Words every measure's name may carry: they do not tell two measures apart.
_MEASURE_WORDS = frozenset(
    {
        "rate",
        "level",
        "time",
        "cost",
        "total",
        "average",
        "avg",
        "annual",
        "monthly",
        "number",
        "share",
        "index",
        "ratio",
        "score",
        "reduction",
        "increase",
        "improvement",
        "growth",
    }
)


def measure_subject(goal: str) -> str:
    """A measured goal without its measure: "Mis-sorts from 40 to 12 by 2028" -> "Mis-sorts",
    "Target annual occupancy: 68%" -> "Target annual occupancy"."""
    return re.split(r"\s+(?:from|to|by)\s+[^a-z]|:", goal, maxsplit=1)[0]


_RATE_OF = re.compile(
    r"\s+per\s+(?:\d[\d,.]*\s+|one\s+|a\s+|hundred\s+|thousand\s+|million\s+)*\w", re.I
)


def _numerator(name: str) -> str | None:
    """What a rate counts ("Assaults on operators" of "Assaults on operators per million
    boardings"), or None when the name is no rate."""
    m = _RATE_OF.search(name)
    if m is None or not name[: m.start()].strip():
        return None
    return name[: m.start()]


# A letter that labels one of a set: "Tier S", "Zone B", "Band A" (not "U.S.", not "R&D").
LETTER_LABEL = re.compile(r"(?<=[A-Za-z] )\b[A-Z]\b(?![.'’&-])")


def same_measure(a: str, b: str) -> bool:
    """Do two names denote the same measure? ("Manual weld defect rate" / "Weld defect rate": yes;
    "Data/forecasting team staffing rate" / "Manual weld defect rate": no.)"""
    from agent.knowledge.text import content_stems, stem

    generic = {stem(w) for w in _MEASURE_WORDS}
    # A rate measures what is counted, not what it is counted against: "Assaults on operators
    # per million boardings" is not "Annual boardings". Two rates still compare whole.
    ra, rb = _numerator(a), _numerator(b)
    if (ra is None) != (rb is None):
        a, b = ra or a, rb or b
    sa, sb = content_stems(a) - generic, content_stems(b) - generic
    if not sa or not sb:
        return False
    la, lb = set(LETTER_LABEL.findall(a)), set(LETTER_LABEL.findall(b))
    if la and lb and la != lb:
        return False  # "Tier S, 3-Yr store target" is not "Tier A, 3-Yr store target"
    shared = len(sa & sb)
    small = min(len(sa), len(sb))
    return shared >= (1 if small == 1 else max(2, -(-3 * small // 5)))


def closest_measure(metric: str, measures: Iterable[Metric]) -> Metric | None:
    """Of the org's measures that ``same_measure`` pairs with ``metric``, the one sharing most
    of its words (the first among equals): "Pre-booked assistance passengers met within 10
    minutes" is the assistance measure, not "Departing passengers through security in under 10
    minutes", which shares "passengers" and "10 minutes" with it too."""
    from agent.knowledge.text import content_stems

    own = content_stems(metric)
    found = [m for m in measures if same_measure(metric, m.name)]
    return max(found, key=lambda m: len(own & content_stems(m.name)), default=None)


# A measure said as a sentence on a slide of measures: "NPS from +12 to +40 by 2028", "Staff
# turnover: 32% → 20% by 2029", "On-time delivery 92% (2025) → 98% (2028)".
_STATED_KPI = re.compile(
    rf"^(?P<metric>[A-Za-z][^:→>]*?[A-Za-z)])\s*(?::\s*|\s+)(?:(?i:from)\s+)?"
    rf"(?P<base>{_VALUE})\s*(?:→|->|(?i:to)\s)\s*(?P<target>{_VALUE})"
    rf"(?:\s*,?\s*(?i:by|in)\s+(?P<by>{_BY_DATE}))?\s*\.?$",
    re.I,
)
_IN_BRACKETS = re.compile(r"\s*\(((?:FY\s?)?20\d\d(?:/\d\d)?)\)\s*$", re.I)


# A change by a share: "Reduce food waste by 30% by 2027", "Grow repeat visits by 15% by 2028".
_CHANGED_BY = re.compile(
    r"^(?P<verb>reduce|cut|lower|increase|raise|grow|improve)\s+(?P<metric>[a-z][^%:]{2,60}?)"
    rf"\s+by\s+(?P<change>\d{{1,3}}(?:\.\d)?\s?%)\s*,?\s*(?:by|in)\s+(?P<by>{_BY_DATE})\s*\.?$",
    re.I,
)
_DOWN = ("reduce", "cut", "lower")


def stated_kpi(line: str) -> KpiRow | None:
    """A measure with its figure today and its target, or the share it changes by, written as
    one line (see above)."""
    changed = _CHANGED_BY.match(line.strip())
    if changed is not None:
        sign = "-" if changed.group("verb").lower() in _DOWN else "+"
        change = changed.group("change").replace(" ", "")
        metric = changed.group("metric")
        return KpiRow(
            metric=metric[:1].upper() + metric[1:], target=f"{sign}{change}", by=changed.group("by")
        )
    m = _STATED_KPI.match(line.strip())
    if m is None:
        return None
    metric = re.sub(r"\s+(?i:from)$", "", m.group("metric").strip(" ,"))
    if len(metric.split()) > 8:
        return None  # a sentence that happens to hold two figures, not a measure's name
    base, target = m.group("base").strip(), m.group("target").strip()
    if any(re.fullmatch(r"(?:FY\s?)?(?:19|20)\d\d", v, re.I) for v in (base, target)):
        return None  # "runs from 2027 to 2028": dates, not a measure's figures
    by = m.group("by")
    year = _IN_BRACKETS.search(target)
    if year is not None:  # "98% (2028)": the bracketed year is when
        target, by = target[: year.start()].strip(), by or year.group(1)
    base = _IN_BRACKETS.sub("", base).strip()
    return KpiRow(metric=metric, target=target, baseline=base, by=by)
