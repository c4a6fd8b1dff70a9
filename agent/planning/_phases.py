"""The deck's phases and gates, however a deck lays them out.

Decks set out their clock in a few shapes, often several at once:

- a slide per phase: "Phase 2 · Pilot at Ostrand (Q2-Q4 2027)", "Phase 1 (Months 0-4)",
  "Delivery Plan Year 2-3", with the phase's work as bullets or gantt bars and its gate
  ("Phase 1 success criteria:", "Gate G1 · pilot go (end of Q1 2027)");
- an overview roadmap: a time axis (quarters, halves, months) with one line per phase
  ("Phase 0: Mobilise", "Wave 1: Baltimore Harbor (pilot)", "Prove: Charlotte pilot" under a
  title "... Prove, Scale, Expand"), gate markers, and gate dates in a line or a table.

Records from every slide are merged by phase key; spans come from the phase's own slide, else
its gate's date, else an even share of the overview's axis.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import takewhile

from agent.knowledge import timeline
from agent.knowledge.lexicon import pattern, section
from agent.knowledge.text import shorten, words
from agent.knowledge.verbs import opens_with_work
from schemas.plan import Source

# A one-word gantt bar that names a stage of any phase, not work of its own.
STAGE_WORDS = frozenset({"rollout", "review", "sign-off", "lock-in", "go-live", "launch"})


# "Phase 2", "Phases 1-2", "Wave two", "Stage III", and lettered ones ("Phase A"): a capital.
_NUM = r"\d+(?:\s*[-–&]\s*\d+)?|one|two|three|four|five|i{1,3}|iv|v|(?-i:[A-H])"
PHASE_KEY = re.compile(
    rf"\b(phase|wave|stage|step|horizon|tranche|release|chapter|year)s?\s*({_NUM})\b"
    # "Year 6 pupils", "year 11 students": a school year, not a year of the plan
    r"(?!\s+(?:pupils?|students?|children|classes|class|groups?|olds?|learners?|cohorts?)\b)",
    re.I,
)
# Where a run of text opens a new sentence on a phase or a gate.
_SENTENCE_PER_PHASE = re.compile(
    rf"(?<=[.;])\s+(?=(?:{PHASE_KEY.pattern}|gate\s*\w*\s*[(:]))"
    # ... or where a PDF read two boxes side by side as one line: "... areas Gate 1: Skerry"
    r"|(?<=[a-z])\s+(?=(?-i:Gate)\s+\d\s*:)",
    re.I,
)


_SLIDE_NOTE = re.compile(r"^\W*(?:source|sources|note|notes|nb)\s*:", re.I)


# A chart's row of stages each dated in brackets, read as one line from a PDF ("Phase
# Stabilise (M1-M6 29/30) Build (M7 29/30 - M6 30/31) Sustain (M7 30/31 - M3 31/32)").
_BRACKETED_RUN = re.compile(r"(?-i:[A-Z])[\w'-]*(?:\s+(?-i:[a-z])[\w'-]*){0,2}\s*\([^()]{2,34}\)")


def _per_phase(line: str) -> list[str]:
    run = list(_BRACKETED_RUN.finditer(line))
    if len(run) >= 2 and not line[run[-1].end() :].strip(" ."):
        head = line[: run[0].start()].strip()
        if not head or re.fullmatch(r"(?:phases?|stages?)\s*:?", head, re.I):
            return [m.group(0).strip() for m in run]
    cuts = [0, *(m.end() for m in _SENTENCE_PER_PHASE.finditer(line)), len(line)]
    return [line[a:b].strip() for a, b in zip(cuts, cuts[1:], strict=False) if line[a:b].strip()]


# A line that names a phase starts with it, maybe after its year ("2027 Wave 1").
# A timeline's row opens with its dates ("Jan 2028 – Dec 2028 Horizon 1 — Fix the foundations").
_WHEN = rf"(?:(?:{timeline.MONTH}\.?|q[1-4]|h[12])\s+)?(?:fy\s?)?20\d\d(?:/\d\d)?"
_DATE_LEAD = re.compile(rf"^{_WHEN}\s*(?:[-–—~]|to)\s*{_WHEN}\s+(?:[|·:–—-]\s+)?", re.I)
_MONTHS_LEAD = re.compile(r"^months?\s+\d{1,2}\s*(?:[-–—~]|to)\s*\d{1,2}\s+[|·:–—-]\s+", re.I)
# ... or with one period of its own ("H1 2028 · Warm-up", "FY2029/30 · Automate")
_PERIOD_LEAD = re.compile(
    r"^(?:(?:q[1-4]|h[12])\s+)?(?:fy\s?)?20\d\d(?:/\d\d)?(?:\s+[|·:–—]|:)\s+", re.I
)
_YEAR_NAME = re.compile(
    r"(?:fy\s?)?20\d\d(?:/\d\d)?(?:\s*[-–—]\s*(?:fy\s?)?(?:20)?\d\d(?:/\d\d)?)?\s*[|·:–—]?", re.I
)
_LEADS_WITH_KEY = re.compile(
    rf"^(?:(?:fy\s?)?20\d\d\s+|{_DATE_LEAD.pattern[1:]})?{PHASE_KEY.pattern}", re.I
)
# "Phase 1 gate: ...", "Wave 2 exit criteria: ...": a phase's gate named by its phase.
_KEY_GATE = re.compile(
    rf"^{PHASE_KEY.pattern}\s+(?:gate|exit|go/no-go|decision(?: point)?|checkpoint)\b"
    r"(?:\s+criteria)?\s*[:：·–-]?\s*(?P<rest>.*)$",
    re.I,
)
_GATE_LINE = re.compile(
    r"^(?:gate|g)\s*(?P<id>[a-z]?\d*|[a-z])\b\s*(?P<rest>.*)$|^gate\s*[:·-]\s*(?P<rest2>.+)$", re.I
)
# What a phase's line says in brackets: its length alone is "Stage 1 (6 months)".
_BRACKETED = re.compile(r"\(([^()]{3,20})\)")
_WORD_NUMS = {
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "i": "1",
    "ii": "2",
    "iii": "3",
    "iv": "4",
    "v": "5",
}


# What follows a phase's key on a line that heads it: a separator, or what the phase does or
# when it runs ("Phase 2 runs from April ...", "Year 1 proves the model").
_AFTER_KEY = re.compile(
    r"\s*(?:[:：·•(|,–—]|-\s|$)"
    r"|\s+(?:is|will|would|runs?|starts?|begins?|ends?|lasts?|spans?|covers?|takes?|goes|"
    r"opens?|closes?|proves?|tests?|trials?|scales?|extends?|delivers?|builds?|brings?|moves?|"
    r"rolls?|focuses|completes?|finishes|continues|follows|sees|adds?|embeds?|hands?)\b"
    r"|\s+(?:from|in|between|until|to|through|over|during|by)\b"
)


def _heads_a_phase(line: str) -> bool:
    """A line that names a phase: "Phase 3 · Scale-Out (Q1 2028 - Q2 2029)", "Year 1
    (2027/28) proves the model, ...", "Phase two runs from April 2029 to March 2030 across every
    depot and the hub". A long bullet that opens with the verb ("Stage three league games at the
    ground in 2028/29, then every home game in 2029/30") does not."""
    m = PHASE_KEY.match(line.strip())
    return m is not None and (
        bool(_AFTER_KEY.match(line.strip()[m.end() :])) or len(words(line)) <= 10
    )


def phase_key(text: str) -> str | None:
    m = PHASE_KEY.search(text)
    if not m:
        return None
    num = re.sub(r"\s+", "", m.group(2).lower())
    num = _WORD_NUMS.get(num, num)
    return f"{m.group(1).lower()} {num}"


def _led_by_key(line: str) -> str | None:
    """The phase a line names when it starts with it ("Stage 1: Stabilise"), else None."""
    return phase_key(line) if _LEADS_WITH_KEY.match(line.strip()) else None


def _key_order(key: str) -> float:
    m = re.search(r"(\d+)", key)
    if m:
        return float(m.group(1))
    letter = re.search(r" ([a-h])$", key)  # "phase b" comes second
    return float(ord(letter.group(1)) - ord("a") + 1) if letter else 99.0


@dataclass
class PhaseRecord:
    key: str
    name: str
    source: Source
    span: timeline.Span | None = None
    gate: str | None = None
    gate_end: timeline.Span | None = None
    gate_name: str | None = None  # the deck's own name for it: "Gate G2 · scale go/no-go"
    summary: str = ""
    items: list[tuple[str, Source, timeline.Span | None]] = field(default_factory=list)
    order: float = 99.0
    first_seen: int = 0
    # The gates the phase's own card names, in order ("Gate 2: peak-ready", "Gate 3 by Wk 43:
    # roll-out go/no-go"), by id and the card's line ("" when it only dates the gate): the
    # last closes the phase, any before it is held inside it (``mid_gates``: its name and
    # what it takes).
    card_gates: list[tuple[str, str]] = field(default_factory=list)
    mid_gates: list[tuple[str, str]] = field(default_factory=list)
    # The deck's own table puts it past the plan ("Wave 4 | ... | Beyond M18 | Not in this
    # plan"): no record of its key is a phase of this plan, whatever another slide draws.
    beyond: bool = False


@dataclass
class Reading:
    """What the phase reader found on one slide."""

    records: list[PhaseRecord] = field(default_factory=list)
    axis: timeline.Span | None = None
    gates: list[tuple[str, timeline.Span | None, str]] = field(
        default_factory=list
    )  # (id, when, text)
    consumed: bool = False  # the slide was a roadmap slide: its lines are not initiatives
    # Work dated by a table's period column and tied to no phase ("Q2 2028" over "Fit the
    # sensors" in the "Maintenance" row): the caller places it in whatever phases the deck has.
    work: list[tuple[str, Source, timeline.Span | None]] = field(default_factory=list)


_LABEL_ONLY = re.compile(
    r"(?:cadence discipline|gate criteria|stage gates?|go/no-go criteria|exit criteria|"
    r"acceptance criteria|success criteria)\s*:?",
    re.I,
)


def is_gate_label(text: str) -> bool:
    return (
        bool(pattern("gate_labels").search(text))
        or bool(
            re.match(
                r"^(?:(?:pilot|wave|phase)\s+)?(?:acceptance|success|exit)\s+criteria\b", text, re.I
            )
        )
        or bool(_LABEL_ONLY.fullmatch(text.strip()))
    )


def _axis(lines: list[str], start_year: int | None) -> tuple[timeline.Span | None, set[int]]:
    spans = []
    used: set[int] = set()
    for i, line in enumerate(lines):
        span = timeline.parse_label(line, start_year=start_year)
        if span is None and len(line.split()) >= 3:
            parts = [timeline.parse_label(p, start_year=start_year) for p in line.split()]
            if all(parts):
                span = timeline.Span(
                    min(p.start for p in parts if p),
                    max(p.end for p in parts if p),
                    line,
                    parts[0].absolute if parts[0] else False,
                )
        if span is not None:
            spans.append(span)
            used.add(i)
    if len(spans) < 3:
        return None, used
    return (
        timeline.Span(
            min(s.start for s in spans), max(s.end for s in spans), "axis", spans[0].absolute
        ),
        used,
    )


def _same_period(quarters: str, months: str, start_year: int | None) -> bool:
    """Two date lines that may name one period, the second in months ("Q1 to Q3 FY28" over
    "April to December 2027"): a year apart at most, as a financial year shifts a calendar one.
    A milestone's month under the next phase's quarters ("Q3 2030 - Q4 2030" over "Oct 2028")
    is another line's date."""
    a = timeline.calendar_range(quarters, start_year)
    b = timeline.calendar_range(months, start_year)
    return a is None or b is None or abs(a.start - b.start) <= timeline.WEEKS_PER_YEAR


def _phase_length(line: str) -> tuple[float, str] | None:
    """(weeks, as written) of a length in months or years a phase's line gives in brackets."""
    for m in _BRACKETED.finditer(line):
        took = timeline.length(m.group(1))
        if took is not None and took[1] in ("month", "year"):
            return took[0] * timeline.UNIT_WEEKS[took[1]], m.group(0)
    return None


def _span_in(text: str, start_year: int | None) -> timeline.Span | None:
    rel = timeline.find_span(text, start_year=None)
    if rel is not None:
        return rel
    return timeline.calendar_range(text, start_year)


_MONTH_ONLY = re.compile(rf"{timeline.MONTH}\.?", re.I)  # a month-by-month chart's column
_QUARTER_ONLY = re.compile(r"[QH][1-4]", re.I)  # a quarter's or a half's column, no year
# a year drawn over its months or quarters: "2028", "2028/29", "FY29", "FY2028/29"
_YEAR_HEAD = re.compile(r"(?:FY\s?)?(?:19|20)\d\d(?:/\d\d)?|FY\s?\d\d", re.I)


def _stripe(
    bar: tuple[int, int, int, int], bars: list[tuple[int, int, int, int]], axis_width: float
) -> bool:
    """A shaded band behind a row of the chart (every other row, the axis's whole width) with
    the row's own bar drawn on it: the background, not work that runs all phase long."""
    x, y, w, h = bar
    return w >= 0.95 * axis_width and any(
        b is not bar and b[2] < w and y <= b[1] + b[3] / 2 <= y + h for b in bars
    )


def placed_spans(
    boxes: list[tuple[str, tuple[int, int, int, int]]],
    start_year: int | None,
    bars: list[tuple[int, int, int, int]] | None = None,
) -> dict[str, timeline.Span]:
    """A drawn Gantt chart: bars dated by where they sit under a row of period labels.

    ``boxes`` are a slide's one-line shapes with their (left, top, width, height). Three or more
    time labels in one row ("Q1 2027", "Q2 2027", ...) make the axis; a shape below it and
    inside its width runs from the time under its left edge to the time under its right edge.
    A row label left of the chart takes the span of the text-less ``bars`` in its row.
    """
    # Month labels under year labels ("2028" over Jan ... Dec, "2029" over the next twelve):
    # each month takes the year drawn over it.
    # Quarters under financial years ("2028/29" over Q1 ... Q4): each quarter takes the year
    # whose label sits over its group, the nearest label above it from the left.
    years = [(box, text.strip()) for text, box in boxes if _YEAR_HEAD.fullmatch(text.strip())]
    quarter_years = _quarter_years(boxes, years)
    # ... or a two-line head, the quarter over its year in one column ("Q1" over "FY28"): the
    # year under it is the quarter's, and no column of its own
    below = _years_below(boxes, years)
    quarter_years = {**below, **quarter_years}
    subscripts = {y for box in below for y in [_year_under(box, years)] if y is not None}

    def dated(text: str, box: tuple[int, int, int, int]) -> str:
        said = text.strip()
        if (plan_year := timeline.PLAN_YEAR_DATED.fullmatch(said)) is not None:
            return plan_year.group("when")  # "Year 1 2027/28": the column is 2027/28
        middle = box[0] + box[2] / 2
        if _MONTH_ONLY.fullmatch(said):
            over = next(
                (
                    y
                    for b, y in years
                    if b[1] < box[1] and b[0] <= middle <= b[0] + b[2] and y.isdigit()
                ),
                None,
            )
            return f"{said} {over}" if over else text
        if _QUARTER_ONLY.fullmatch(said):
            group = quarter_years.get(box)
            return f"{said} {group}" if group else text
        return text

    labels = [
        (box, span)
        for text, box in boxes
        if box not in subscripts
        and (span := timeline.parse_label(dated(text, box), start_year=start_year)) is not None
    ]
    rows: dict[int, list[tuple[tuple[int, int, int, int], timeline.Span]]] = {}
    for box, span in labels:
        row = next((r for r in rows if abs(r - box[1]) <= max(box[3] // 2, 1)), box[1])
        rows.setdefault(row, []).append((box, span))
    axis = max(rows.values(), key=len, default=[])
    if len(axis) < 3:
        return {}
    axis.sort(key=lambda item: item[0][0])
    if any(b[1].start < a[1].start for a, b in zip(axis, axis[1:], strict=False)):
        return {}  # labels not in time order left to right: not a time axis
    top = max(box[1] + box[3] for box, _ in axis)
    # Cell i covers [left_i, left_{i+1}); the last one its own width. A label centred in its
    # column (a PDF keeps only the words' own width) marks the column's middle instead: the
    # bars' ends say which, falling on the column boundaries of the one the chart is drawn on.
    heads = [box for box, _ in axis]
    bounds = _header_cells(heads, bars or []) or _column_bounds(
        heads, [b for b in bars or [] if b[1] >= top]
    )
    edges = [(x, span.start) for x, (_, span) in zip(bounds, axis, strict=False)]
    edges.append((bounds[-1], axis[-1][1].end))
    absolute = axis[0][1].absolute

    def when(x: float) -> float:
        if x <= edges[0][0]:
            return edges[0][1]
        for (x0, w0), (x1, w1) in zip(edges, edges[1:], strict=False):
            if x <= x1:
                return w0 + (w1 - w0) * (x - x0) / max(x1 - x0, 1)
        return edges[-1][1]

    out: dict[str, timeline.Span] = {}
    held: dict[str, tuple[int, int, int, int]] = {}  # each label's bar, or its own shape
    slack = (edges[-1][0] - edges[0][0]) * 0.02
    inside = [b for b in bars or [] if b[1] >= top and edges[0][0] - slack <= b[0] <= edges[-1][0]]
    inside = [b for b in inside if not _stripe(b, inside, edges[-1][0] - edges[0][0])]
    for text, (left, y, width, height) in boxes:
        if y < top or text in out or timeline.parse_label(text, start_year=start_year):
            continue
        if left + width <= edges[0][0] + slack:
            # A row label: the bars whose middle falls in its row.
            beside = [b for b in inside if y <= b[1] + b[3] / 2 <= y + height]
            if beside:
                start = when(min(b[0] for b in beside))
                end = when(max(b[0] + b[2] for b in beside))
                out[text] = timeline.Span(round(start, 1), round(end, 1), "placed", absolute)
            continue
        # A label drawn inside a bar (a PDF draws the bar, then its text): the bar's extent.
        shape = (left, y, width, height)
        holder = next(
            (
                b
                for b in inside
                if b[0] - slack <= left <= b[0] + b[2] and b[1] <= y + height / 2 <= b[1] + b[3]
            ),
            None,
        )
        if holder is None:
            # A name written just over its bar, from where the bar starts ("Phase 1 · Fix the
            # foundations" over the bar): the bar's extent, not the width of the name's words.
            under = [
                b
                for b in inside
                if abs(b[0] - left) <= slack and 0 <= b[1] - (y + height) <= height
            ]
            holder = min(under, key=lambda b: b[1], default=None)  # the bar right under it
        if holder is not None:
            left, width = holder[0], holder[2]
        if left < edges[0][0] - slack or left + width > edges[-1][0] + slack:
            continue  # outside the chart: a caption, a legend, the footer
        start, end = when(left), when(left + width)
        if end - start >= 1.0:
            out[text] = timeline.Span(round(start, 1), round(end, 1), "placed", absolute)
            held[text] = holder or shape
    # Banners drawn over the period labels name the phases; failing them, the chart's first
    # row of bars may (only over a chart of bars: boxes of work each dated by its own label
    # have no banners).
    banners: dict[str, timeline.Span] = {}
    if len(out) >= 2:
        _bands_above(banners, boxes, [box for box, _ in axis], when, edges, slack, absolute)
    if banners:
        out.update(banners)
    else:
        _mark_bands(out, boxes, top, edges, slack)
    # the other line a band's own bar or shape holds ("Phase 2" over "Try it out") names it
    bands = {held[t] for t, span in out.items() if span.label == "band" and t in held}
    for text, span in list(out.items()):
        if span.label == "placed" and held.get(text) in bands:
            out[text] = timeline.Span(span.start, span.end, "name", span.absolute)
    return out


def _header_cells(
    heads: list[tuple[int, int, int, int]], bars: list[tuple[int, int, int, int]]
) -> list[float] | None:
    """The columns of a time axis whose labels are each drawn in a filled cell of its own (a
    year's coloured header over its months): the cells' left edges and the last one's right.
    The cell, not the label's words, spans the column."""
    cells = []
    for head in heads:
        x, y = head[0] + head[2] / 2, head[1] + head[3] / 2
        holding = [b for b in bars if b[0] <= x <= b[0] + b[2] and b[1] <= y <= b[1] + b[3]]
        cell = min(holding, key=lambda b: b[2], default=None)
        if cell is None or sum(cell[0] <= h[0] + h[2] / 2 <= cell[0] + cell[2] for h in heads) > 1:
            return None  # a label outside any cell, or a band behind several labels
        cells.append(cell)
    return [float(c[0]) for c in cells] + [float(cells[-1][0] + cells[-1][2])]


def _column_bounds(
    heads: list[tuple[int, int, int, int]], bars: list[tuple[int, int, int, int]]
) -> list[float]:
    """The left edge of each column of a time axis and the right edge of the last, from its
    labels' boxes: their left edges, or boundaries halfway between their middles when the
    bars under the axis start and end there."""
    starts = [float(b[0]) for b in heads]
    steps = sorted(b - a for a, b in zip(starts, starts[1:], strict=False))
    step = steps[len(steps) // 2] if steps else 0.0
    # (the last column is as wide as the others, however few words its label has)
    lefts = [*starts, max(float(heads[-1][0] + heads[-1][2]), starts[-1] + step)]
    mids = [b[0] + b[2] / 2 for b in heads]
    halves = [(b - a) / 2 for a, b in zip(mids, mids[1:], strict=False)]
    centred = (
        [mids[0] - halves[0]]
        + [m + h for m, h in zip(mids, halves, strict=False)]
        + [mids[-1] + halves[-1]]
    )

    def misfit(edges: list[float]) -> float:
        step = (edges[-1] - edges[0]) / max(len(edges) - 1, 1)
        ends = [x for b in bars for x in (b[0], b[0] + b[2]) if edges[0] - step <= x]
        return sum(min(abs(x - e) for e in edges) for x in ends) / max(step, 1.0)

    if bars and misfit(centred) < 0.5 * misfit(lefts):
        return centred
    return lefts


def _year_under(
    box: tuple[int, int, int, int], years: list[tuple[tuple[int, int, int, int], str]]
) -> tuple[int, int, int, int] | None:
    """The year label drawn right under a quarter's label in its column, if any."""
    middle = box[0] + box[2] / 2
    return next(
        (
            b
            for b, _ in years
            if 0 <= b[1] - (box[1] + box[3]) <= max(box[3], 1)
            and b[0] - box[3] <= middle <= b[0] + b[2] + box[3]
        ),
        None,
    )


def _years_below(
    boxes: list[tuple[str, tuple[int, int, int, int]]],
    years: list[tuple[tuple[int, int, int, int], str]],
) -> dict[tuple[int, int, int, int], str]:
    """Each quarter's year where the chart heads its columns in two lines, the quarter over
    its year ("Q1" over "FY28", three columns at least)."""
    said = dict(years)
    out = {
        box: said[under]
        for text, box in boxes
        if _QUARTER_ONLY.fullmatch(text.strip()) and (under := _year_under(box, years)) is not None
    }
    return out if len(out) >= 3 else {}


def _quarter_years(
    boxes: list[tuple[str, tuple[int, int, int, int]]],
    years: list[tuple[tuple[int, int, int, int], str]],
) -> dict[tuple[int, int, int, int], str]:
    """The year over each quarter's column of a chart ("2028" over Q3 Q4, "2029" over Q1 to
    Q4, ...): the quarters of one row, left to right, run in groups that start again at a
    lower number; the groups take the year labels of the row nearest above them in turn, the
    first group the label nearest over it."""
    quarters = sorted(
        ((box, text.strip()) for text, box in boxes if _QUARTER_ONLY.fullmatch(text.strip())),
        key=lambda item: (item[0][1], item[0][0]),
    )
    out: dict[tuple[int, int, int, int], str] = {}
    while quarters:
        y0 = quarters[0][0][1]
        row = sorted(
            (q for q in quarters if abs(q[0][1] - y0) <= max(q[0][3] // 2, 1)),
            key=lambda item: item[0][0],
        )
        quarters = [q for q in quarters if q not in row]
        above = [(b, y) for b, y in years if b[1] + b[3] <= y0]
        if len(row) < 3 or not above:
            continue
        top = max(b[1] for b, _ in above)
        heads = sorted(
            ((b, y) for b, y in above if abs(b[1] - top) <= max(b[3] // 2, 1)),
            key=lambda item: item[0][0],
        )
        groups: list[list[tuple[int, int, int, int]]] = []
        last = 99
        for box, text in row:
            number = int(text[1])
            if number <= last:
                groups.append([])
            groups[-1].append(box)
            last = number
        middle = sum(b[0] + b[2] / 2 for b in groups[0]) / len(groups[0])
        first = min(
            range(len(heads)), key=lambda k: abs(heads[k][0][0] + heads[k][0][2] / 2 - middle)
        )
        for k, group in enumerate(groups):
            if first + k < len(heads):
                out.update((box, heads[first + k][1]) for box in group)
    return out


def _bands_above(
    out: dict[str, timeline.Span],
    boxes: list[tuple[str, tuple[int, int, int, int]]],
    axis: list[tuple[int, int, int, int]],
    when: Callable[[float], float],
    edges: list[tuple[float, float]],
    slack: float,
    absolute: bool,
) -> None:
    """Banners over the period labels ("Now" over two quarters, "Next" over four, "Later"
    over the rest): the row just above the axis, when its shapes follow one another inside
    the chart and cover most of it, names the plan's phases."""
    axis_top = min(box[1] for box in axis)
    above = [
        (text, box)
        for text, box in boxes
        if box[1] + box[3] <= axis_top + min(slack, box[3] / 2)
        and box not in axis  # (the period labels themselves)
        and box[0] >= edges[0][0] - slack
        and box[0] + box[2] <= edges[-1][0] + slack
        and len(words(text)) <= 4
        # (the years over the months are the axis too)
        and not re.fullmatch(r"(?:FY\s*)?(?:19|20)\d\d(?:/\d\d)?", text.strip(), re.I)
        and timeline.parse_label(text, start_year=2000) is None
    ]
    if len(above) < 2:
        return
    y0 = max(box[1] for _, box in above)
    row = sorted(
        ((text, box) for text, box in above if abs(box[1] - y0) <= box[3] // 2),
        key=lambda item: item[1][0],
    )
    spans = [
        timeline.Span(round(when(b[0]), 1), round(when(b[0] + b[2]), 1), "band", absolute)
        for _, b in row
    ]
    first, last = edges[0][1], edges[-1][1]
    tolerance = max((last - first) * 0.03, 1.0)
    follows = all(abs(b.start - a.end) <= tolerance for a, b in zip(spans, spans[1:], strict=False))
    if len(row) >= 2 and follows and spans[-1].end - spans[0].start >= 0.8 * (last - first):
        out.update((text, span) for (text, _), span in zip(row, spans, strict=True))


def _mark_bands(
    out: dict[str, timeline.Span],
    boxes: list[tuple[str, tuple[int, int, int, int]]],
    top: int,
    edges: list[tuple[float, float]],
    slack: float,
) -> None:
    """The chart's first row under its axis, when two or more bars there follow one another
    and together cover most of it ("Foundation", "Build", "Embed" as coloured bands over the
    months), names the plan's phases: their spans are labelled "band"."""
    first, last = edges[0][1], edges[-1][1]
    # (a row's label left of the chart, "Phases", is no band)
    placed = [
        (box, text)
        for text, box in boxes
        if text in out and box[1] >= top and box[0] + box[2] > edges[0][0] + slack
    ]
    if not placed:
        return
    y0 = min(box[1] for box, _ in placed)
    row = sorted(
        ((box, text) for box, text in placed if abs(box[1] - y0) <= box[3] // 2),
        key=lambda item: item[0][0],
    )
    # (two lines of one shape, "STAGE 2" over "Try it out", are one band)
    ones = list({box: text for box, text in reversed(row)}.items())[::-1]
    if len(ones) < 2:
        return
    spans = [out[text] for _, text in sorted(ones, key=lambda item: item[0][0])]
    tolerance = max((last - first) * 0.03, 1.0)
    follows = all(abs(b.start - a.end) <= tolerance for a, b in zip(spans, spans[1:], strict=False))
    if follows and (spans[-1].end - spans[0].start) >= 0.8 * (last - first):
        for _, text in row:
            span = out[text]
            out[text] = timeline.Span(span.start, span.end, "band", span.absolute)


def read_slide(
    title: str,
    lines: list[str],
    tables: list[list[list[str]]],
    source: Source,
    start_year: int | None,
    index: int,
    placed: dict[str, timeline.Span] | None = None,
    levels: list[int] | None = None,
    eyebrow: str = "",
    cards: frozenset[str] = frozenset(),
) -> Reading:
    """What one slide says of the phases. ``placed``: spans of drawn Gantt bars
    (``placed_spans``), used where a line names no dates of its own. ``levels``: each line's
    outline level, so that the lines nested under a phase on an overview are its work and gate.
    ``eyebrow``: the section label over the title ("08 · GATES"), which says what it is too.
    ``cards``: lines of the text boxes set under the phases' bars, each read with its phase."""
    placed = placed or {}
    levels = levels if levels is not None and len(levels) == len(lines) else [0] * len(lines)
    # A footnote that dates two phases in one run of text ("Phase 1: Foundations runs July
    # 2027 to March 2028. Phase 2: Kittiwake pilot runs ..."): one line each.
    split = [
        (part, level)
        for line, level in zip(lines, levels, strict=True)
        for part in _per_phase(line)
    ]
    lines, levels = [ln for ln, _ in split], [lv for _, lv in split]
    lines, levels, columned = _headers_over_columns(lines, levels, start_year)
    reading = Reading()
    key = phase_key(title)
    if (key is None or not _span_in(title, start_year)) and not _lists_phases(lines):
        # Some slides put the phase in the line under a generic title (not an overview).
        for line in lines[:3]:
            # (a line that names the plan's phases in turn, "Year 1 (2027/28) proves the
            # model, Year 2 (2028/29) scales it", sums the plan up: the slide is none of them)
            if len({phase_key(m.group(0)) for m in PHASE_KEY.finditer(line)}) >= 2:
                continue
            if _heads_a_phase(line) and _span_in(line, start_year):
                title, key = line, phase_key(line)
                kept = [(ln, lv) for ln, lv in zip(lines, levels, strict=True) if ln != line]
                lines, levels = [ln for ln, _ in kept], [lv for _, lv in kept]
                break
    heading = " ".join([title, *lines[:2]])
    # A slide listing two or more phases is a roadmap, however its title is worded.
    # "Three stages from January 2028 to December 2030": the heading dates the plan's stages
    staged_heading = bool(_STAGED.search(heading) and _CALENDAR_YEAR.search(heading))
    # a timeline's stages named over their spans ("Prepare" over "October 2027 to March 2028")
    # "Crawl: Oct 2027 to Jan 2028", "Walk: Feb to Sep 2028": stages dated on their own line
    inline = _inline_stages(lines, start_year)
    spanned = inline or (
        _spanned_stages(lines, start_year)
        if columned
        or staged_heading
        or _OVER_HORIZON.search(heading)
        or section("roadmap").search(title)
        else []
    )
    roadmapish = bool(
        section("roadmap").search(heading)
        or section("phase").search(title)
        or _lists_phases(lines)
        # "When will it happen?" over such a heading and each stage named over its dates: a
        # timeline, whatever the title asks
        or (staged_heading and len(spanned) >= 2)
        or len(inline) >= 2
    )
    axis, axis_lines = _axis(lines, start_year)

    # A table of phases: Wave | When | Scope | Decision at the end.
    for rows in tables:
        records = (
            _phase_table(rows, source, start_year, index)
            # (years over their quarters or terms: the finer row dates the phases)
            or _phase_row_table(_gantt_header(rows), source, start_year, index)
            or _phase_row_table(rows, source, start_year, index)
            or _phase_columns(rows, source, start_year, index)
        )
        for record in records:
            if not any(r.key == record.key for r in reading.records):
                reading.records.append(record)
                reading.consumed = True
    # A gate a table marks with a symbol only ("◆"): the legend line of its number says what
    # is decided there ("◆ Gate 1, end of Q3 2027/28: Open Pantry go/no-go"), else nothing does.
    marked = [r for r in reading.records if r.gate and not words(r.gate)]
    for n, record in enumerate(marked, start=1):
        legend = next((ln for ln in lines if re.match(rf"^\W*gate\s+{n}\b", ln, re.I)), None)
        record.gate = legend.strip(" ◆◇♦•") if legend else None
    for rows in tables if not reading.records else []:
        work = _dated_columns(rows, source, start_year)
        if work:
            reading.work += work
            reading.consumed = True
    # Gate dates from a table: Gate | When | Decision.
    for rows in tables:
        header = [h.lower() for h in rows[0]] if rows else []
        if header and any("gate" in h for h in header):
            gi = next(i for i, h in enumerate(header) if "gate" in h)
            wi = next((i for i, h in enumerate(header) if re.search(r"when|date|timing", h)), None)
            di = next((i for i, h in enumerate(header) if i not in (gi, wi)), None)
            for row in rows[1:]:
                cells = row + [""] * (len(header) - len(row))
                when = timeline.calendar_range(cells[wi], start_year) if wi is not None else None
                text = cells[di] if di is not None else ""
                reading.gates.append((cells[gi].strip(), when, text))
            reading.consumed = True

    # A slide given to one phase.
    if key is not None and not _lists_phases(lines):
        span = _span_in(title, start_year)
        name = _phase_name(title, key)
        record = PhaseRecord(key=key, name=name, source=source, span=span, first_seen=index)
        record.order = _key_order(key)
        gate, gate_span, items = _phase_body(lines, axis_lines, start_year)
        record.gate, record.gate_end = gate, gate_span
        record.gate_name = gate_name(lines)
        record.summary = next(
            (ln for ln in lines[:1] if not is_gate_label(ln) and len(words(ln)) <= 25), ""
        )
        record.items = [
            # (a bar drawn beside its label on the phase's own chart dates it)
            (item, source, placed.get(item) or _span_in(item, start_year))
            for item in items
            if item != record.summary
        ]
        if span is None and axis is not None:
            record.span = axis
        reading.records.append(record)
        reading.axis = axis
        reading.consumed = True
        return reading

    if not roadmapish:
        if re.search(
            r"\b(?:stage\s+|toll)?gates?\b|\b(?:decision|review|check)\s?points?\b|"
            r"\bgo\s*/\s*no[- ]go\b|\bhow\s+we\s+(?:will\s+)?decide\b",
            f"{title} {eyebrow}",
            re.I,
        ):
            # ("Gate 1: ready to open the second site" as the title heads its criteria)
            headed = [title] if _GATE_HEAD.match(title.strip()) else []
            reading.gates += _gate_blocks([*headed, *lines], start_year)
            reading.consumed = bool(reading.gates)
            one = None if reading.gates else _ONE_GATE.match(title.strip())
            criteria = (
                [ln.strip().rstrip(";.") for ln in lines if len(words(ln)) >= 4] if one else []
            )
            if one is not None and criteria:
                # "The roll-out gate" over when it is taken and what it must see: one gate,
                # unnumbered, the first phase's (what it proves decides what follows); its
                # lines are still read as the slide's own (what it must see is work)
                when = next(
                    (s for ln in criteria if (s := timeline.calendar_range(ln, start_year))), None
                )
                name = one.group("name").strip()
                reading.gates.append((f"{_BY_NAME_ONLY}{name}", when, "; ".join(criteria)))
        return reading

    # An overview: one line per phase (or per stage named in the title, or named over its span).
    # ... or a timeline's named stages ("Prepare" over "October 2027 to March 2028")
    # a drawn chart's bands over or under its periods ("Foundation", "Build", "Embed")
    banners = [name.lower() for name, span in placed.items() if span.label == "band"]
    stages = _title_stages(title) or spanned or banners
    counts: dict[str, int] = {}
    for i, line in enumerate(lines):
        k = _led_by_key(line)
        if k is not None and i not in axis_lines and not _KEY_GATE.match(line.strip()):
            counts[k] = counts.get(k, 0) + 1
    nested: dict[str, list[str]] = {}  # phase key -> the lines nested under its line
    under: tuple[str, int] | None = None
    # A stage named over its dates ("Prepare" over "October 2027 to March 2028") owns the
    # lines under it, up to the next stage: its box's work and gate.
    staged = False
    taken: set[int] = set()
    # Text boxes without outline levels ("Stage 1: Stabilise / April to August 2027 / Programme
    # lead appointed / ..."): the lines after a phase's line, up to the next, are its own.
    # Not a drawn chart: its bars are placed by where they sit under the time axis.
    # (A phase's own date line right under its name is no time axis.)
    # (Two date lines under a name, "Q1 to Q3 FY28" over "April to December 2027", are its own.)
    own_dates = all(
        i > 0
        and (
            _led_by_key(lines[i - 1])
            or (i > 1 and _led_by_key(lines[i - 2]) and _dates_only(lines[i - 1], start_year))
        )
        for i in axis_lines
    )
    # ... and only where at least two phases are dated by the line under their name.
    dated_heads = sum(
        bool(_led_by_key(ln)) and _dates_only(nxt, start_year)
        for ln, nxt in zip(lines, lines[1:], strict=False)
    )
    # ... or by dates on their own line ("Phase 1: Foundations (April 2027 to March 2028)").
    inline_heads = sum(
        bool(_led_by_key(ln))
        and not _KEY_GATE.match(ln.strip())
        and timeline.calendar_range(ln, start_year) is not None
        for ln in lines
    )
    flat = (
        not placed and own_dates and len(set(levels)) <= 1 and max(dated_heads, inline_heads) >= 2
    )
    # Stages named and dated inline, each over a list of its own, are boxes of work; stages
    # listed one under the other head a chart's time axis, the rows under them its bars, and
    # one line under each describes the stage ("2026 · Accelerated Expansion" over "Franchise
    # share rises to 55% ...").
    heads = [i for i, line in enumerate(lines) if inline and _stage_of(line, start_year)]
    boxes = (
        len(heads) >= 2
        and all(b - a > 2 for a, b in itertools.pairwise(heads))
        and len(lines) - heads[-1] > 2
    )
    boxed_heads = set(heads) if boxes else set()
    named_under: set[int] = set()  # a band's name under its number, read with it
    for i, line in enumerate(lines):
        if i in axis_lines or i in named_under:
            continue
        k = _led_by_key(line)
        gated = _KEY_GATE.match(line.strip())
        if k is not None and gated and any(r.key == k for r in reading.records):
            # "Phase 1 gate: the Cabinet decides ...": that phase's gate, not a phase again.
            nested.setdefault(k, []).append(f"Gate: {gated.group('rest')}".rstrip(": "))
            taken.add(i)
            under = None
            continue
        named_stage = False
        named_after: str | None = None  # a stage named after its periods, "...: grow"
        lead = _DATE_LEAD.match(line) or _MONTHS_LEAD.match(line)
        lead = lead or (_PERIOD_LEAD.match(line) if stages else None)
        if k is None and stages:
            # "Months 0–6 · Stabilise": the stage named after its dates
            rest = line[lead.end() :] if lead else line
            head = re.split(r"\s*[:·–]\s*|\s+-\s+", rest, maxsplit=1)[0].strip().lower()
            # ("Winter 27/28: Prepare · October 2027 ...": under the deck's name for its period)
            labelled = re.split(r"\s+[·|–—]\s+", rest, maxsplit=1)[0].strip().lower()
            dotted = ": ".join(re.split(r"\s+[·|]\s+", rest)[:2]).strip().lower()
            bracketed = re.sub(r"\s*\([^()]*\)\s*$", "", rest).strip().lower()
            # ("2029/30 and Festival 2030: grow": the name after the periods)
            said_when, _, after = rest.rpartition(": ")
            after = after.strip() if said_when and _dates_only(said_when, start_year) else ""
            head = next(
                (h for h in (head, labelled, dotted, bracketed, after.lower()) if h in stages),
                head,
            )
            if head in stages:
                k, named_stage = head, True
                named_after = after if head == after.lower() else None
        if k is None:
            boxed = flat or staged
            if under is not None and boxed and _dates_only(line, start_year):
                taken.add(i)  # the phase's own dates, read with its line
            elif (
                under is not None
                and boxed
                and (_RUN_LABEL.match(line) or _numbered_gate(line) or _SLIDE_NOTE.match(line))
            ):
                # "Decision points:", "Checkpoint A (...)", "Source: ...": the overview's own
                under = None
            elif under is not None and flat and re.fullmatch(r"[a-z][\w-]*", line.strip()):
                taken.add(i)  # "properties" under a big "3": a figure's caption, no work
            elif under is not None and (levels[i] > under[1] or boxed):
                nested.setdefault(under[0], []).append(line)
                taken.add(i)
            else:
                under = None
            continue
        under = (k, levels[i])
        # (its dates on the next line; a chart's banner over the period labels has none)
        # ... and so does one named and dated on its own line, its work listed under it
        # ("Now · April 2028 to March 2029" over "Choose the booking platform ...")
        staged = (
            named_stage
            and not (i + 1 in axis_lines and k in banners)
            and (
                _dates_only(lines[i + 1] if i + 1 < len(lines) else "", start_year)
                or k in inline
                and i in boxed_heads
            )
        )
        existing = next((r for r in reading.records if r.key == k), None)
        if existing is None:
            repeated = counts.get(k, 0) > 1
            span = timeline.calendar_range(line, start_year)
            if span is None and line.strip() in placed:
                # a bar's place under the axis is where it is drawn; the dates written under
                # its name ("Phase 1 Foundations" over "Aug 2029 - Jan 2030") say when it is
                said = lines[i + 1] if i + 1 < len(lines) else ""
                # (a range, "Aug 2029 - Jan 2030": a lone "Q3 2028" is the axis's next label)
                if _dates_only(said, start_year) and re.search(r"\s(?:-|–|—|to)\s", said):
                    span = timeline.calendar_range(said, start_year) or timeline.find_span(said)
                span = span or placed.get(line.strip())
            if span is None and lead is not None:
                stamp = lead.group(0).strip(" |·:–—-")
                span = timeline.find_span(stamp) or timeline.calendar_range(stamp, start_year)
            if span is None:
                # "Year 1: build the platform", "Horizon 2 (12-24 months): grow": a span counted
                # from the start, in the phase's own line
                span = timeline.find_span(line)
            lasts = _phase_length(line) if span is None else None
            if lasts is not None:
                # "Stage 2 (12 months): delivery": its length, after the phase before it
                before = [r.span.end for r in reading.records if r.span is not None]
                start = before[-1] if before else 0.0
                span = timeline.Span(start, start + lasts[0], lasts[1])
            nxt = lines[i + 1] if i + 1 < len(lines) else ""
            after = lines[i + 2] if i + 2 < len(lines) else ""
            if (
                span is None
                and _dates_only(nxt, start_year)
                and not _NAMES_MONTH.search(nxt)
                and _dates_only(after, start_year)
                and _NAMES_MONTH.search(after)
                and _same_period(nxt, after, start_year)
            ):
                # "Q1 to Q3 FY28" over "April to December 2027": the months say which fiscal
                # year the deck counts in; its quarters alone do not.
                nxt = after
            if (
                span is None
                and nxt
                and not PHASE_KEY.match(nxt.strip())
                and len(words(nxt)) <= 12
                # (not the chart's first period label under the last phase's name)
                and not _axis_run(i + 1, axis_lines, lines, start_year)
            ):
                # "Stage 1: Stabilise" over "April to September 2027 (months 1-6)".
                span = timeline.calendar_range(nxt, start_year) or timeline.find_span(nxt)
            # "2027: Build", "2029/30 and Festival 2030: grow": the deck names the stage by its
            # year too, and so does the plan
            by_year = named_stage and (
                named_after is not None
                or (lead is not None and _YEAR_NAME.fullmatch(lead.group(0).strip()) is not None)
            )
            record = PhaseRecord(
                key=k,
                name=k.title()
                if repeated
                else line.strip()
                if by_year
                else line.strip()[lead.end() :]
                if named_stage and lead is not None
                else named_after or _DATE_LEAD.sub("", line.strip(), count=1),
                source=source,
                first_seen=index * 100 + i,
                span=span,
            )
            if repeated:
                record.items.append((line.strip(), source, None))
            below = lines[i + 1].strip() if i + 1 < len(lines) else ""
            band = placed.get(line.strip())
            if (
                band is not None
                and band.label == "band"
                and (below_span := placed.get(below)) is not None
                and below_span.label in ("band", "name")  # (held by the band's own shape)
                and (below_span.start, below_span.end) == (band.start, band.end)
                and not PHASE_KEY.match(below)
                and 1 <= len(words(below)) <= 8
            ):
                # "Phase 2" over "Try it out" in one band of a drawn chart: the phase's name
                record.name = f"{record.name}: {below}"
                taken.add(i + 1)
                named_under.add(i + 1)
            order = _key_order(k)
            record.order = order if order < 99 else 50 + stages.index(k) if k in stages else 99
            reading.records.append(record)
        else:
            existing.items.append((line.strip(), source, placed.get(line.strip())))
            more = timeline.calendar_range(line, start_year) or placed.get(line.strip())
            if existing.span is None:
                existing.span = more
            elif more is not None and more.absolute == existing.span.absolute:
                # A phase over several rows ("Wave 1: pilot", "Wave 1: two more") spans them all.
                existing.span = timeline.cover(existing.span, more)
    if flat:
        _by_row(reading.records, nested)
    for record in reading.records:
        if record.key not in nested:
            continue
        # "Phase A · Prepare: January to March 2027" over its work and "Gate: Readiness
        # Review 1, end of March 2027": the phase's own items and gate.
        gate, gate_span, items = _phase_body(nested[record.key], set(), start_year)
        card = [
            (m.group("id").upper(), m.group("said"), _SLIDE_REF.sub("", line.strip()))
            for line in nested[record.key]
            if (m := _CARD_GATE.match(line.strip()))
        ]
        if card and all(line in cards for line in nested[record.key]):
            # "Gate 2: peak-ready" and "Gate 3 by Wk 43: roll-out go/no-go" on the card under
            # Phase 2's bar: Gate 3 closes it, Gate 2 is held inside it. ("Gate B: March 2029"
            # dates the gate; what it decides is said elsewhere on the card, or not at all.)
            # Each is said in the card's words ("Gate 1, December 2027: Lantern ready"); one
            # the card only dates is said where its decision is.
            record.card_gates = [
                (g, "" if _dates_only(_SLIDE_REF.sub("", w).strip(), start_year) else ln)
                for g, w, ln in card
            ]
            named = [ln for _g, _w, ln in card]
            said = record.card_gates[-1][1]
            if said:
                record.gate = said
            else:
                record.gate = f"{record.gate} {gate}".strip() if record.gate else gate
            record.gate_name = named[-1]
            record.mid_gates = [
                (name, w) for name, (_g, w) in zip(named, record.card_gates[:-1], strict=False)
            ]
            record.gate_end = record.gate_end or gate_span
        elif gate:
            record.gate = f"{record.gate} {gate}".strip() if record.gate else gate
            record.gate_end = record.gate_end or gate_span
        record.items += [
            (item, source, placed.get(item) or _span_in(item, start_year)) for item in items
        ]
    if banners or _drawn_phases(reading.records, placed):
        # A drawn chart's bars belong to the band over the time they sit in (or, under phases
        # that date themselves, to the phase they overlap most).
        held = {item for r in reading.records for item, _, _ in r.items}
        own = {r.name for r in reading.records}
        for i, line in enumerate(lines):
            bar = placed.get(line.strip())
            if (
                bar is None
                or bar.label != "placed"
                or line.strip() in own
                or _led_by_key(line)
                or i in taken
                or i in axis_lines
                or line.strip() in held
                or _GATE_LINE.match(line.strip())
                or _gate_mark(line)
                or _NOT_A_BAR.search(line)
                or len(words(line)) < 2  # a legend's key: "Milestone", "Risk"
                or (i and _gate_caption(lines, i - 1, start_year))
                # (a chart's "Phases" or "Gates" row label is no work)
                or _PHASE_ROW.match(line.strip())
                or _GATE_ROW.match(line.strip())
            ):
                continue
            # the band it overlaps most (a bar drawn across two bands starts in the first)
            overlap = {
                id(r): min(bar.end, r.span.end) - max(bar.start, r.span.start)
                for r in reading.records
                if r.span is not None
            }
            home = max(reading.records, key=lambda r: overlap.get(id(r), 0.0), default=None)
            # (max keeps the first of equals: a tie goes to the earlier band)
            if home is not None and overlap.get(id(home), 0.0) > 0:
                home.items.append((line.strip(), source, bar))
                taken.add(i)
    gate_texts = _gate_lines([ln for i, ln in enumerate(lines) if i not in taken], start_year)
    if banners:
        # A drawn chart: a gate is a marker placed on it ("G1 Design sign-off" under the
        # months), dated by where it sits; a row label with the word "gate" in it is none.
        # A gate that dates itself ("G1, Jan 2028: ...") counts wherever it sits.
        gate_texts = [
            (name, when or _marker_end(placed[text.strip()]), _legend(text, lines))
            for name, when, text in gate_texts
            if text.strip() in placed or when is not None
        ]
    reading.gates += gate_texts
    if reading.records:
        reading.axis = axis
        reading.consumed = True
    return reading


def _axis_run(i: int, axis_lines: set[int], lines: list[str], start_year: int | None) -> bool:
    """Line ``i`` opens a run of the chart's period labels ("Cycle 5", "from 6 Mar 2028",
    "Season 15", ...) with nothing but dates between them: the chart's axis, not the dates of
    the phase above it."""
    if i not in axis_lines:
        return False
    run = 0
    for t in range(i, len(lines)):
        if t in axis_lines:
            run += 1
        elif not _dates_only(lines[t], start_year):
            break
    # (two date lines under a name are its own; as many as the phases above, each one's dates)
    return run >= 3 and run != sum(bool(_led_by_key(line)) for line in lines[:i])


def _legend(code: str, lines: list[str]) -> str:
    """A marker drawn with its code alone ("G2") is named in the chart's legend ("G1 Mobilised:
    Site Hub signed · G2 Calder Wharf go/no-go · G3 Close-out"): the code with its name."""
    if not re.fullmatch(r"[A-Z]{1,2}\d{1,2}", code.strip()):
        return code
    for line in lines:
        m = re.search(
            rf"(?:^|[·|;]\s*){re.escape(code.strip())}\s+([^·|;]{{3,80}}?)\s*(?:[·|;]|$)", line
        )
        if m and line.strip() != code.strip():
            return f"{code.strip()} {m.group(1).strip()}"
    return code


def _marker_end(span: timeline.Span) -> timeline.Span:
    """A gate marker's label is centred on the diamond: the gate falls at its middle."""
    middle = round((span.start + span.end) / 2, 1)
    return timeline.Span(middle, middle, "placed", span.absolute)


def _by_row(records: list[PhaseRecord], nested: dict[str, list[str]]) -> None:
    """Flat text boxes read row by row: the phases' names and dates first, then one line of
    work per phase, in the phases' order. Each line goes back to its phase; and a line that
    lists several pieces of work ("crews recruited; depots re-zoned") is one item
    per piece."""
    keys = [r.key for r in records]
    filled = [k for k in keys if nested.get(k)]
    last = nested.get(keys[-1], []) if keys else []
    if (
        len(keys) >= 2
        and filled == keys[-1:]
        and len(last) == len(keys)
        # a row of summaries, each listing its phase's work, not the last phase's own items
        and all(";" in ln or len(words(ln)) >= 8 for ln in last)
    ):
        for key, line in zip(keys, nested.pop(keys[-1]), strict=True):
            nested[key] = [line]
    for key, lines in nested.items():
        nested[key] = [
            p.strip(" ;")
            for ln in lines
            for p in (ln.split(";") if ln.count(";") >= 2 else [ln])
            if p.strip(" ;")
        ]


_NAMES_MONTH = re.compile(rf"\b{timeline.MONTH}\b", re.I)
# A label that opens another list on the overview ("Decision points:", "Board checkpoints:").
_RUN_LABEL = re.compile(r"^[\w /&'-]{2,40}:\s*$")
_DATE_WORDS = re.compile(
    rf"\b(?:{timeline.MONTH}\.?|(?:19|20)\d\d|fy\s?\d{{2,4}}|q[1-4]|h[12]|months?|weeks?|"
    r"years?|academic|financial|fiscal|spring|summer|autumn|fall|winter|to|until|through|from|"
    r"and|end|start|of|by|onwards?|\d+)\b|"
    r"[-–—~·|()/,.:]",
    re.I,
)


# A countdown to a launch or a go-live ("L-120 to L-31", "L-0 to L+30", "T-90 days"): only
# dates, counted from a day the deck names elsewhere.
_COUNTDOWN = re.compile(
    r"^[LTDGH]\s?[-+–]\s?\d{1,3}(?:\s*(?:days?|weeks?))?"
    r"(?:\s*(?:to|until|through|[-–])\s*[LTDGH]\s?[-+–]\s?\d{1,3}(?:\s*(?:days?|weeks?))?)?$",
    re.I,
)


def _dates_only(line: str, start_year: int | None) -> bool:
    """A line that only dates ("April to September 2027 (months 1-6)", "Months 0-3 · Apr-Jun
    2027", "L-120 to L-31"): the phase's span, not its work."""
    if timeline.parse_label(line, start_year=start_year) is not None:
        return True
    if _COUNTDOWN.match(line.strip()):
        return True
    if re.search(r"\d,\d{3}\b", line):
        return False  # "Weekly journeys: 391,000 to 450,000 by Q4 2029": a count, no date
    return (
        bool(timeline.find_span(line, start_year=start_year))
        # "Q1 to Q3 FY28": quarters of a fiscal year no parser reads are still only dates
        or bool(re.search(r"\b(?:q[1-4]|h[12]|fy\s?\d{2,4}|(?:19|20)\d\d)\b", line, re.I))
    ) and not _without_own_periods(_DATE_WORDS.sub("", line)).strip()


def _without_own_periods(text: str) -> str:
    """``text`` without the names of the deck's own periods ("Festival" of "Festival 2030")."""
    for name in timeline.period_names():
        text = re.sub(rf"\b{re.escape(name)}\b", "", text, flags=re.I)
    return text


def _numbered_gate(line: str) -> bool:
    return bool(
        re.match(rf"^(?:board\s+)?{_GATE_WORD}s?\s*(?:[a-z]?\d+|[a-z])\b", line.strip(), re.I)
    )


_WHEN_HEADER = re.compile(
    r"\b(?:when|dates?|timing|timeline|period|months?|quarters?|window)\b", re.I
)
_FROM_HEADER = re.compile(r"^\W*(?:from|starts?|begins?|start\s+date)\W*$", re.I)
_TO_HEADER = re.compile(r"^\W*(?:to|until|till|through|ends?|finish(?:es)?|end\s+date)\W*$", re.I)
_GATE_HEADER = re.compile(r"\b(?:decision|gate|exit|go/no-go|criteria|checkpoint)\b", re.I)


_WORK_HEADER = re.compile(
    r"^\W*(?:initiatives?|actions?|projects?|deliverables?|workstreams?|commitments?|what)\b", re.I
)


def _phase_table(
    rows: list[list[str]], source: Source, start_year: int | None, index: int
) -> list[PhaseRecord]:
    """Phases from a table whose first cells name them ("Wave 0 · Foundations") beside a
    column of dates: the row's other cells are its work, and a decision or gate column its
    gate."""
    if len(rows) < 3:
        return []
    header, body = rows[0], [_keyed_codes(rows[0], r) for r in rows[1:]]
    width = len(header)

    def cell(row: list[str], i: int | None) -> str:
        return row[i].strip() if i is not None and i < len(row) else ""

    key_col = next(
        (
            i
            for i in range(width)
            if sum(bool(_LEADS_WITH_KEY.match(cell(r, i))) for r in body) >= max(2, len(body) - 1)
        ),
        None,
    )
    named = False
    if key_col is None:
        # "Stage | When | What we will do | Gate" over "Mobilise | Jan to Jun 2028 | ...": a
        # column headed as the phases names them in its own words, dated beside them
        key_col = next(
            (
                i
                for i, h in enumerate(header)
                if _PHASE_ROW.match(h.strip())
                # names in words ("Mobilise", "Roll out"), not codes of a wave's rows ("3a")
                and all(
                    1 <= len(words(cell(r, i))) <= 5 and re.search(r"[^\W\d_]{3}", cell(r, i))
                    for r in body
                )
            ),
            None,
        )
        named = key_col is not None
    if key_col is None:
        return []
    if key_col > 0 and _WORK_HEADER.search(header[0]):
        # "Initiative | Lead | Wave": initiatives placed in phases, not the phases themselves
        return []
    # A gantt: periods as columns ("H1 2028 | H2 2028 ..."), a phase a row, its cells marked
    # ("●", or its work) over the periods it runs.
    periods = _period_columns(header, start_year)
    periods.pop(key_col, None)
    when_col = next(
        (
            i
            for i, h in enumerate(header)
            if i != key_col and i not in periods and _WHEN_HEADER.search(h)
        ),
        None,
    )
    # (a row past the plan, "Wave 4 | Upper Dales | Beyond M18 | Not in this plan", needs no
    # date of its own)
    past = [r for r in body if any(len(words(c)) <= 5 and _BEYOND.search(c.strip()) for c in r)]
    dated = [r for r in body if r not in past]
    if when_col is None:
        when_col = next(
            (
                i
                for i in range(width)
                if i != key_col
                and i not in periods
                and sum(timeline.calendar_range(cell(r, i), start_year) is not None for r in body)
                >= len(body) - 1
            ),
            None,
        )
    if when_col is None and len(dated) >= 2:
        # ... or the plan's own months ("M3-M8") beside each phase that falls inside it
        when_col = next(
            (
                i
                for i in range(width)
                if i != key_col
                and i not in periods
                and sum(_span_in(cell(r, i), start_year) is not None for r in dated)
                >= max(2, len(dated) - 1)
            ),
            None,
        )
    gate_col = next(
        (
            i
            for i, h in enumerate(header)
            if i not in (key_col, when_col) and _GATE_HEADER.search(h)
        ),
        None,
    )
    # "Phase | From | To | Closes with": the span runs from the first column's period to the
    # end of the next one's ("H1 FY27" to "H2 FY28"), not the first period alone.
    to_col = (
        when_col + 1
        if when_col is not None
        and when_col + 1 < width
        and when_col + 1 not in (key_col, gate_col)
        and (_FROM_HEADER.search(header[when_col]) or _TO_HEADER.search(header[when_col + 1]))
        and sum(
            timeline.calendar_range(cell(r, when_col + 1), start_year) is not None for r in body
        )
        >= len(body) - 1
        else None
    )
    if when_col is not None:
        periods = {}
    if periods and not any(
        cell(r, i) for r in body if _GATE_ROW.match(cell(r, key_col)) is None for i in periods
    ):
        periods = {}
    if (
        named
        and not periods
        and (
            when_col is None
            or sum(timeline.calendar_range(cell(r, when_col), start_year) is not None for r in body)
            < len(body) - 1
        )
    ):
        return []  # named stages need their dates beside them
    out: list[PhaseRecord] = []
    gate_rows = [r for r in body if periods and _GATE_ROW.match(cell(r, key_col))]
    for n, row in enumerate(body):
        name = cell(row, key_col)
        key = phase_key(name) if _LEADS_WITH_KEY.match(name) else None
        if row in past:
            if key is not None:  # ("Beyond M18", "Not in this plan"): no phase of this plan
                out.append(PhaseRecord(key=key, name=name, source=source, beyond=True))
            continue
        if key is None and named and name and row not in gate_rows:
            key = name.lower()
        if key is None:
            continue
        when = cell(row, when_col)
        span = _span_in(when, start_year) or timeline.find_span(when) if when else None
        until = timeline.calendar_range(cell(row, to_col), start_year) if to_col else None
        if span is not None and until is not None and span.absolute and until.end > span.start:
            span = timeline.Span(span.start, until.end, f"{when} to {cell(row, to_col)}", True)
        marked = [i for i in periods if cell(row, i)]
        if marked:
            a, b = periods[marked[0]], periods[marked[-1]]
            span = timeline.Span(a.start, b.end, f"{a.label} to {b.label}", a.absolute)
        record = PhaseRecord(
            key=key, name=name, source=source, span=span, first_seen=index * 100 + n
        )
        record.order = float(n + 1) if named else _key_order(key)
        for i in range(width):
            if i in (key_col, when_col, gate_col, to_col):
                continue
            text = cell(row, i)
            if 1 <= len(words(text)) <= 40:
                record.items.append((text, source, periods.get(i)))
        gate = cell(row, gate_col)
        if gate:
            record.gate = gate
            record.gate_end = timeline.calendar_range(gate, start_year)
        out.append(record)
    for row in gate_rows:  # "Gate | | G1 pilot go/no-go | ...": the phase ending there
        for i, period in periods.items():
            decision = cell(row, i)
            owner = next(
                (r for r in out if r.span and r.span.start <= period.start < r.span.end), None
            )
            if decision and owner is not None:
                owner.gate = f"{owner.gate}; {decision}" if owner.gate else decision
                owner.gate_end = period
    return out


# A column past the plan's end: "Later (2030-31 on)", "Beyond FY31", "FY31 onwards", "2031+",
# or one its phase row marks "outside this plan". Its work is for a later plan, not this one.
_BEYOND = re.compile(
    r"^(?:later|beyond|afterwards|thereafter|future|next\s+plan|after\s+(?:the\s+)?plan)\b"
    # "Parked for after RT6", "Deferred", "Not now", "After Season 22": work set aside past
    # the plan's last period
    r"|^(?:parked|deferred|on\s+hold|not\s+now)\b|\bafter\s+(?:the\s+)?(?:last|end|[a-z]{1,12}\s?\d{1,3})\b"
    r"|\b(?:on(?:wards)?|and\s+after|\+)\s*\)?\s*$"
    r"|\b(?:outside|not\s+(?:in|part\s+of))\s+(?:this|the)\s+(?:plan|programme|program|roadmap)\b",
    re.I,
)


def _keyed_codes(header: list[str], row: list[str]) -> list[str]:
    """A row under a column headed "Phase" (or "Wave", "Stage") that holds the phase's code
    alone ("A", "2"): the code is the phase's key ("Phase A"), as its own slide names it."""
    out = list(row)
    for i, head in enumerate(header):
        word = _CODED_HEAD.match(head.strip())
        if word and i < len(out) and re.fullmatch(r"[A-H]|\d{1,2}", out[i].strip()):
            out[i] = f"{word.group(1).title()} {out[i].strip()}"
    return out


_CODED_HEAD = re.compile(r"^(phase|wave|stage|step|release|horizon|tranche)s?$", re.I)


def _period_columns(header: list[str], start_year: int | None) -> dict[int, timeline.Span]:
    """A header's columns that are periods ("H1 2028", "FY2029/30", "Month 7-12"), when three
    or more are; a column past the plan's end is none."""
    start_year = start_year or timeline.first_year(header)
    spans = {
        i: timeline.calendar_range(h, start_year) or timeline.parse_label(h, start_year=start_year)
        for i, h in enumerate(header)
        if h.strip() and not _BEYOND.search(h.strip())
    }
    dated = {i: sp for i, sp in spans.items() if sp is not None}
    return dated if len(dated) >= 3 else {}


_PHASE_ROW = re.compile(
    r"^(?:chapters?|phases?|stages?|waves?|steps?|horizons?|periods?)\s*:?$", re.I
)
_GATE_ROW = re.compile(
    r"^(?:decisions?|decision points?|gates?|go/no-go|checkpoints?|board decisions?)\s*:?$", re.I
)


_PART_OF_YEAR = re.compile(r"^(?:q[1-4]|h[12])$", re.I)
_YEAR_CELL = re.compile(r"^(?:fy\s?)?(?:19|20)\d\d(?:/\d\d)?$", re.I)


def _narrows(cell: str, head: str, year: str, first: int | None) -> bool:
    """ "Autumn" under "2028/29" is a part of that year: read with it, it spans less than the
    year alone ("Set up" under "2028" reads as the whole year: no part of it)."""
    whole = timeline.calendar_range(year, first)
    part = timeline.calendar_range(head, first)
    return (
        bool(cell)
        and not _YEAR_CELL.match(cell)
        and part is not None
        and whole is not None
        and part.end - part.start < 0.8 * (whole.end - whole.start)
    )


def _gantt_header(rows: list[list[str]]) -> list[list[str]]:
    """A Gantt table dates its columns in two rows: a row of years, each merged over its
    quarters ("2027/28", "", "", ""), over a row of quarters ("Q1", "Q2", ...) or of the
    deck's terms or seasons ("Autumn", "Spring", ...). The rows with one header of whole
    periods ("Q1 2027/28", "Q2 2027/28", ...) in their place, first; the rows unchanged when
    they are no such table."""
    for q, row in enumerate(rows):
        if q == 0:
            continue
        years = rows[q - 1]
        if not any(_YEAR_CELL.match(c.strip()) for c in years[1:]):
            continue
        header, year, over = [row[0]], "", []
        for i, cell in enumerate(row[1:], start=1):
            year = years[i].strip() if i < len(years) and years[i].strip() else year
            over.append(year)
            header.append(f"{cell.strip()} {year}".strip() if cell.strip() else "")
        parts = [c.strip() for c in row[1:]]
        first = timeline.first_year(years)

        if sum(bool(_PART_OF_YEAR.match(c)) for c in parts) < 3 and (
            sum(_narrows(c, h, y, first) for c, h, y in zip(parts, header[1:], over, strict=True))
            < 3
        ):
            return rows
        return [header, *(r for k, r in enumerate(rows) if k not in (q - 1, q))]
    return rows


# "Q1-Q2: Horizon 2 goes on. Q3-Q4: Horizon 3: Foresee": a column's cell that names what
# leads in each part of its period
_PART = r"(?:Q[1-4](?:\s*[-–]\s*Q[1-4])?|H[12])"
_PART_CELL = re.compile(
    rf"(?:^|(?<=[.;]\s))(?P<when>{_PART})\s*:\s*(?P<what>.+?)(?=[.;]?\s*{_PART}\s*:|[.;]?$)"
)


def _split_period_cells(
    rows: list[list[str]], spans: list[timeline.Span | None]
) -> tuple[list[list[str]], list[timeline.Span | None]]:
    """A table's columns with each cell that splits its period into parts ("Q1-Q2: ...
    Q3-Q4: ...") in a row of phases made columns of their own, one per part, dated by the
    quarters or halves of the column's own year; the other rows' cells stay in the first."""
    named = next((r for r in rows[1:] if r and _PHASE_ROW.match(r[0].strip())), None)
    if named is None:
        return rows, spans
    cuts: dict[int, list[tuple[timeline.Span, str]]] = {}
    for i, cell in enumerate(named):
        span = spans[i] if i < len(spans) else None
        parts = list(_PART_CELL.finditer(cell.strip()))
        if span is None or len(parts) < 2:
            continue
        length = span.end - span.start
        out = []
        for m in parts:
            quarters = [int(q) for q in re.findall(r"Q([1-4])", m.group("when"))]
            halves = [int(h) for h in re.findall(r"H([12])", m.group("when"))]
            first, last = (
                (min(quarters) - 1, max(quarters))
                if quarters
                else (2 * halves[0] - 2, 2 * halves[0])
            )
            out.append(
                (
                    timeline.Span(
                        span.start + length * first / 4,
                        span.start + length * last / 4,
                        f"{m.group('when')} {span.label}",
                        span.absolute,
                    ),
                    m.group("what").strip(" ."),
                )
            )
        cuts[i] = out
    if not cuts:
        return rows, spans
    new_rows: list[list[str]] = [[] for _ in rows]
    new_spans: list[timeline.Span | None] = []
    for i in range(max(len(r) for r in rows)):
        pieces: list[tuple[timeline.Span | None, str]] = list(
            cuts.get(i, [(spans[i] if i < len(spans) else None, "")])
        )
        for k, (part_span, what) in enumerate(pieces):
            new_spans.append(part_span)
            for r, row in enumerate(rows):
                cell = row[i] if i < len(row) else ""
                if row is named and i in cuts:
                    # (what only goes on from the part before names no new phase)
                    before = next((c for c in reversed(named[:i]) if c.strip()), "")
                    same = phase_key(what) is not None and phase_key(what) == phase_key(before)
                    cell = "" if k == 0 and same else what
                elif k > 0:
                    cell = ""
                new_rows[r].append(cell)
    return new_rows, new_spans


def _phase_row_table(
    rows: list[list[str]], source: Source, start_year: int | None, index: int
) -> list[PhaseRecord]:
    """Phases named in one row of a table whose columns are periods ("Q2 2027", "Q3 2027"
    ...): each name runs from its column to the next name; the other rows' cells are the
    work of the phase over their column, and a "Decisions" row holds the gates."""
    if len(rows) < 3:
        return []
    header = rows[0]
    start_year = start_year or timeline.first_year(header)  # the columns name their own years
    spans = [
        timeline.calendar_range(h, start_year) if h.strip() and not _BEYOND.search(h) else None
        for h in header
    ]
    dated = [i for i, sp in enumerate(spans) if sp is not None]
    if len(dated) < 3:
        return []
    rows, spans = _split_period_cells(rows, spans)
    header = rows[0]
    dated = [i for i, sp in enumerate(spans) if sp is not None]
    named = next(
        (
            r
            for r in rows[1:]
            if r
            and (
                _PHASE_ROW.match(r[0].strip())
                or sum(bool(_LEADS_WITH_KEY.match(c.strip())) for c in r[1:] if c.strip()) >= 2
            )
        ),
        None,
    )
    if named is None:
        return []
    dated = [i for i in dated if i >= len(named) or not _BEYOND.search(named[i].strip())]
    starts = [i for i in dated if i < len(named) and named[i].strip()]
    if len(starts) < 2:
        return []
    out: list[PhaseRecord] = []
    bounds = [*starts[1:], dated[-1] + 1]
    # A stage in each season's column ("Fit out" under "Summer 2029", "First winter" under
    # "Winter 2029/30"): each is named with its season (not stages over months or years)
    seasonal = all(
        max(i for i in dated if i < stop) == first
        for first, stop in zip(starts, bounds, strict=True)
    ) and all(_SEASON_HEAD.search(header[first]) for first in starts)
    for n, (first, stop) in enumerate(zip(starts, bounds, strict=True)):
        name = named[first].strip()
        last = max(i for i in dated if i < stop)
        a, b = spans[first], spans[last]
        assert a is not None and b is not None
        # each name runs to the next: a summer column and the winter after it leave no gap
        after = spans[stop] if stop < len(spans) and stop in starts else None
        end = after.start if after is not None and after.start > b.end else b.end
        key = phase_key(name)
        if seasonal and key is None and not _dated(name, start_year):
            name = f"{header[first].strip()}: {name}"
        record = PhaseRecord(
            key=key or name.lower(),
            name=name,
            source=source,
            span=timeline.Span(a.start, end, f"{a.label} to {b.label}", a.absolute),
            first_seen=index * 100 + n,
        )
        record.order = float(n + 1)
        for row in rows[1:]:
            if row is named or not row:
                continue
            label = row[0].strip()
            for i in range(first, min(stop, len(row))):
                text = row[i].strip()
                if not text or i not in dated:
                    continue
                if _GATE_ROW.match(label):
                    record.gate = f"{record.gate}; {text}" if record.gate else text
                    record.gate_end = spans[i]
                elif 1 <= len(words(text)) <= 40:
                    # "Live at the Mill" under "Ticketing and CRM": the row says what is live
                    item = (
                        f"{label}: {text}" if label and label.lower() not in text.lower() else text
                    )
                    record.items.append((item, source, spans[i]))
        out.append(record)
    return out


_SEASON_HEAD = re.compile(
    r"\b(?:spring|summer|autumn|fall|winter|term|semester|trimester|season)\b.*\b(?:19|20)\d\d",
    re.I,
)
_FIGURE_CELL = re.compile(r"^[\W\d]*\d[\d\W]*(?:[a-z%]{0,3}\b.*)?$", re.I)


_BARE_YEAR = re.compile(r"(?:fy\s?)?(?:19|20)?\d\d(?:/\d\d)?", re.I)
_NOT_WORK_HEADER = re.compile(
    r"\b(?:measures?|metrics?|kpis?|indicators?|targets?|budgets?|costs?|funding|spend|sources?|"
    r"income|capital|revenue|risks?)\b|[£$€]",
    re.I,
)


def _dated_columns(
    rows: list[list[str]], source: Source, start_year: int | None
) -> list[tuple[str, Source, timeline.Span | None]]:
    """A roadmap table without phases: periods as columns ("Q1 2028", "Q2 2028" ...), a
    workstream per row, its work in the cells. Each piece of work is dated by its column, and
    one written across merged cells (the same text in neighbouring columns) by all of them.
    Figures under year columns (a KPI or a budget table) are not work."""
    if len(rows) < 2:
        return []
    header = rows[0]
    spans = _period_columns(header, start_year)
    dated = list(spans)
    if not dated or len(dated) < len(header) - 2:
        return []
    # Years across ("2026 | 2027 | 2028") head a KPI or a budget table as often as a roadmap;
    # quarters, halves and months head a roadmap. A measure or money in the first header
    # says which.
    if all(_BARE_YEAR.fullmatch(header[i].strip()) for i in dated) or (
        dated[0] > 0 and _NOT_WORK_HEADER.search(header[0])
    ):
        return []
    out: list[tuple[str, Source, timeline.Span | None]] = []
    cells = 0
    for row in rows[1:]:
        label = row[0].strip() if row and 0 not in spans else ""
        i = 0
        while i < len(row):
            text = row[i].strip()
            if i not in spans or not text:
                i += 1
                continue
            last = i
            while last + 1 < len(row) and last + 1 in spans and row[last + 1].strip() == text:
                last += 1
            cells += 1
            if len(words(text)) >= 2 and not _FIGURE_CELL.match(text):
                a, b = spans[i], spans[last]
                item = f"{label}: {text}" if label and label.lower() not in text.lower() else text
                when = a.label if i == last else f"{a.label} to {b.label}"
                out.append((item, source, timeline.Span(a.start, b.end, when, a.absolute)))
            i = last + 1
    return out if out and len(out) * 2 >= cells else []


def _phase_columns(
    rows: list[list[str]], source: Source, start_year: int | None, index: int
) -> list[PhaseRecord]:
    """Phases side by side, one a column ("Horizon 1 · Foundations | Horizon 2 · Prove" over
    their dates, their work and their gates, as a PDF export draws cards in columns): each
    column's first dated cell is its span, a gate line its gate, the rest its work."""
    if len(rows) < 3:
        return []
    header = [h.strip() for h in rows[0]]
    keyed = [j for j, h in enumerate(header) if PHASE_KEY.match(h)]
    if len(keyed) < 2 or len(keyed) < len(header) - 1:
        return _named_columns(rows, source, start_year, index)
    out: list[PhaseRecord] = []
    for n, j in enumerate(keyed):
        cells = [r[j].strip() for r in rows[1:] if j < len(r) and r[j].strip()]
        span = timeline.calendar_range(header[j], start_year)
        record = PhaseRecord(
            key=phase_key(header[j]) or header[j].lower(),
            name=header[j],
            source=source,
            first_seen=index * 100 + n,
        )
        record.order = _key_order(record.key)
        for cell in cells:
            when = timeline.calendar_range(cell, start_year)
            if span is None and when is not None and _dates_only(cell, start_year):
                span = when
            elif is_gate_label(cell) or _KEY_GATE.match(cell) or re.match(r"^gate\b", cell, re.I):
                record.gate = f"{record.gate}; {cell}" if record.gate else cell
                record.gate_end = when or record.gate_end
            else:
                record.items.append((cell, source, when))
        record.span = span
        out.append(record)
    dated = sum(r.span is not None for r in out)
    # ("Year 1: Connect | Year 2: Consolidate" over their work, dated on another slide: the
    # columns name the phases and hold their work; the dates come from that slide)
    named = all(PHASE_KEY.sub("", header[j], count=1).strip(" :·|-–—") for j in keyed)
    return out if dated >= 2 or (dated == 0 and named and len(keyed) == len(header) - 1) else []


_WHEN_ROW = re.compile(r"^(?:when|dates?|timing|timeline|period|months?)\s*:?$", re.I)


def _named_columns(
    rows: list[list[str]], source: Source, start_year: int | None, index: int
) -> list[PhaseRecord]:
    """Stages side by side in the deck's own words ("| Mobilise | Prove | Roll out"), a row
    labelled "When" dating each, a "Gate" row their gates, the other rows their work."""
    header = [h.strip() for h in rows[0]]
    named = [j for j, h in enumerate(header) if j > 0 and 1 <= len(words(h)) <= 5]
    when = next((r for r in rows[1:] if r and _WHEN_ROW.match(r[0].strip())), None)
    if len(named) < 2 or when is None or header[0] and not _PHASE_ROW.match(header[0]):
        return []
    spans = {j: timeline.calendar_range(when[j], start_year) for j in named if j < len(when)}
    if any(sp is None for sp in spans.values()) or len(spans) < len(named):
        return []
    out: list[PhaseRecord] = []
    for n, j in enumerate(named):
        record = PhaseRecord(
            key=phase_key(header[j]) or header[j].lower(),
            name=header[j],
            source=source,
            span=spans.get(j),
            first_seen=index * 100 + n,
        )
        record.order = float(n + 1)
        for row in rows[1:]:
            if row is when or j >= len(row) or not row[j].strip():
                continue
            text = row[j].strip()
            if _GATE_ROW.match(row[0].strip()):
                record.gate = f"{record.gate}; {text}" if record.gate else text
            elif 1 <= len(words(text)) <= 40:
                record.items.append((text, source, None))
        out.append(record)
    return out


def _lists_phases(lines: list[str]) -> bool:
    """Several lines naming different phases: an overview, even if its title names one."""
    keys = {phase_key(ln) for ln in lines if PHASE_KEY.match(ln.strip())}
    keys.discard(None)
    return len(keys) >= 2


# "Three stages over 24 months": the slide lays the whole plan out in named stages.
_OVER_HORIZON = re.compile(
    r"\b(?:over|across|in)\s+(?:the\s+next\s+)?\d+\s+(?:months|years|quarters)\b", re.I
)


# A heading that announces the plan's stages ("Three stages from January 2028 to December 2030").
# It must date them on the calendar: "Four stages: Awareness -> Pilot" over "0-3 months" is a
# change-management sequence inside the plan, not the plan's own clock.
_STAGED = re.compile(r"\b(?:stages|phases|waves|horizons)\b", re.I)
_CALENDAR_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _headers_over_columns(
    lines: list[str], levels: list[int], start_year: int | None
) -> tuple[list[str], list[int], bool]:
    """Columns whose names stand in a row over them ("PRE-SEASON", "FIRST HALF", "SECOND HALF",
    then "July to September 2027" and its work, "October 2027 to June 2028" and its work ...):
    each name is moved over the calendar dates that open its column, so that the stage is
    named over its span as on any timeline. True when the slide is laid out so: as many
    names as columns, each column dated on the calendar, the columns in order of time."""
    # The names stand right over the first dated line, and no line above them is dated (a
    # stage already dated under its name is named over its own dates). Each line is read once.
    opens = [i for i, ln in enumerate(lines) if _dates_only(ln, start_year)]
    if not opens:
        return lines, levels, False
    start = opens[0]
    while start > 0 and _column_name(lines[start - 1], start_year):
        start -= 1
    run = opens[0] - start
    spans = [timeline.calendar_range(lines[i], start_year) for i in opens]
    if any(sp is None for sp in spans) or any(
        a.start > b.start  # type: ignore[union-attr]
        for a, b in itertools.pairwise(spans)
    ):
        return lines, levels, False
    # A PDF reads names set side by side as one line ("Stabilise Extend Sustain"): one
    # capitalised word a column, as many as the dated columns under them.
    side = lines[opens[0] - 1].split() if run >= 1 else []
    if 2 <= run <= 6 and len(opens) == run:
        named = [(lines[i], levels[i]) for i in range(start, start + run)]
    elif (
        2 <= len(opens) <= 6
        and len(side) == len(opens)
        and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in side)
        and not PHASE_KEY.match(lines[opens[0] - 1].strip())
        # "Quick Wins" over its dates and "Scale Up" over the next: each column is named
        # over its own dates, so the first line is one name, not two
        and not any(_column_name(lines[o - 1], start_year) for o in opens[1:])
    ):
        named = [(w, levels[opens[0] - 1]) for w in side]
        start = opens[0] - 1
    else:
        return lines, levels, False
    out = [(lines[i], levels[i]) for i in range(start)]
    for k, at in enumerate(opens):
        out.append(named[k])
        out += [
            (lines[i], levels[i])
            for i in range(at, opens[k + 1] if k + 1 < len(opens) else len(lines))
        ]
    return [ln for ln, _ in out], [lv for _, lv in out], True


def _column_name(line: str, start_year: int | None) -> bool:
    """A short heading line that names a column: no dates, no full stop, capitalised."""
    text = line.strip()
    return (
        1 <= len(words(text)) <= 4
        and text[:1].isupper()
        and not text.endswith((".", ":", "?"))
        and timeline.find_span(text) is None
        and timeline.calendar_range(text, start_year) is None
        and not re.search(r"\d", text)
    )


_INLINE_STAGE = re.compile(r"^(?P<name>[A-Z][\w'-]*(?:\s+[\w'-]+){0,2})\s*[:–—·]\s+(?P<when>.+)$")
# ... or dated first: "H1 2028 · Warm-up", "Month 1–6 · Base camp"
_STAGE_AFTER = re.compile(
    # ("2027/28: Get ready", the colon set against the period)
    r"^(?P<when>.{2,34}?)(?:\s+[:–—·|]\s+(?P<name>[A-Z][\w'-]*(?:\s+[\w'-]+){0,2})"
    r"|:\s+(?P<named>[A-Za-z][\w'-]*(?:\s+[\w'-]+){0,4}))$"
)


# ... or under the deck's own name for its period: "Winter 27/28: Prepare · October 2027 to
# March 2028", "Harvest 29: Prove it at Ostby · July to October 2029"
_LABELLED_STAGE = re.compile(
    r"^(?P<label>[A-Z][\w'-]*\s+\d[\d/'\u2013-]*)\s*(?P<sep>[:·|])\s+"
    r"(?P<stage>[A-Za-z][\w'-]*(?:\s+[\w'-]+){0,5})\s+[·|\u2013\u2014]\s+(?P<when>.+)$"
)


# ... or dated in brackets after its name: "Steady (M1-M4 28/29)", "Scale (Q3 2028 - Q2 2029)"
_BRACKETED_STAGE = re.compile(
    r"^(?P<name>[A-Z][\w'-]*(?:\s+[\w'-]+){0,2})\s*\((?P<when>[^()]{2,34})\)$"
)


# A period the colon of "2027/28: Get ready" may be set against: a year, a financial year, or
# a season, term or academic year of one ("Spring 2028: Groundwork", "Academic year 2028/29:
# Build out"); "Week 3: ..." or "May 2028: ..." date a step, not a stage.
_NAMED_YEAR = re.compile(
    r"(?:(?:spring|summer|autumn|fall|winter|(?:academic|school|financial|fiscal)\s+year|"
    r"(?:michaelmas|lent|easter|trinity)\s+term)\s+)?(?:fy\s?\d\d|(?:19|20)\d\d)(?:/\d\d)?\b",
    re.I,
)


def _stage_of(line: str, start_year: int | None) -> tuple[str, timeline.Span] | None:
    """(name, span) of a line that names one stage and only dates it, either way round."""
    text = line.strip()
    if PHASE_KEY.match(text) or is_gate_label(line):
        return None
    for form in (_LABELLED_STAGE, _INLINE_STAGE, _STAGE_AFTER, _BRACKETED_STAGE):
        m = form.match(text)
        # ("Trains 1-2 · Groundwork · 6 March to 23 July 2028": the same, dotted)
        name = f"{m.group('label')}: {m.group('stage')}" if m and form is _LABELLED_STAGE else None
        name = name or (m.group("name") or m.groupdict().get("named") or "" if m else "")
        if m is not None and m.groupdict().get("named") and not _NAMED_YEAR.match(m.group("when")):
            continue  # (the colon set against a year only, or a season or academic year of it)
        if m is None or _GATE_NAME.search(name) or _dated(name, start_year):
            continue
        when = m.group("when")
        span = timeline.calendar_range(when, start_year) or timeline.parse_label(
            when, start_year=start_year
        )
        if span is not None and _dates_only(when, start_year):
            # ("Summer 2029: fit out" is named by its season too, as a table of seasons names it)
            seasonal = m.groupdict().get("named") and _SEASON_HEAD.search(when)
            return (text if seasonal else name), span
    return None


def _dated(text: str, start_year: int | None) -> bool:
    """A name that is a period itself ("H1 FY27"), no stage's."""
    return bool(
        re.search(r"\b(?:q[1-4]|h[12]|fy\s?\d{2,4}|(?:19|20)\d\d)\b", text, re.I)
    ) or _dates_only(text, start_year)


def _inline_stages(lines: list[str], start_year: int | None) -> list[str]:
    """Stages each named and dated on one line ("Crawl: Oct 2027 to Jan 2028", "Walk: Feb to
    Sep 2028", "Run: Oct 2028 to Sep 2029"; "H1 2028 · Warm-up"): two to six of them, in order
    of time, make the slide's phases, whatever the title says. A stage written under each of
    its periods ("H2 2028 · Main feature", "H1 2029 · Main feature") is one stage."""
    found: list[tuple[str, timeline.Span]] = []
    for line in lines:
        stage = _stage_of(line, start_year)
        if stage is None:
            continue
        name, span = stage[0].lower(), stage[1]
        if found and found[-1][0] == name and span.start >= found[-1][1].start:
            before = found[-1][1]
            found[-1] = (name, timeline.cover(before, span, f"{before.label} to {span.label}"))
        else:
            found.append((name, span))
    names = [n for n, _ in found]
    # (in order, one after the other to within a month: bars that overlap, "2027-2028: New
    # booking system" over "2028: Train every team", are work on a chart)
    ordered = all(
        a.start < b.start
        and a.end - b.start <= max(5.0, 0.5 * min(a.end - a.start, b.end - b.start))
        for (_, a), (_, b) in itertools.pairwise(found)
    )
    return names if 2 <= len(found) <= 6 and ordered and len(set(names)) == len(names) else []


_GATE_NAME = re.compile(r"\b(?:gate|review|decision|go/no-go|milestone|g\d)\b", re.I)


def _spanned_stages(lines: list[str], start_year: int | None) -> list[str]:
    """Stages named by a short heading over the line that dates them ("Harden" over "H1 FY27 ·
    months 0-6", "Scale" over "months 6-18"): two or more make the slide's phases."""
    names = [
        line.strip().lower()
        for line, nxt in zip(lines, lines[1:], strict=False)
        if 1 <= len(words(line)) <= 4
        and line.strip()[:1].isupper()
        and not PHASE_KEY.match(line.strip())
        # ("Beyond" over "FY29": a column past the plan; "Workstream Q1" over "FY28": the
        # chart's corner and its first column's two-line head)
        and not _BEYOND.search(line.strip())
        and not re.search(r"\b[QH][1-4]\b", line)
        # ("After March 2030" over "to May 2030": a column's dates, named by a date)
        and not re.search(r"\b(?:19|20)\d\d\b", line)
        and timeline.find_span(line) is None
        and timeline.parse_label(line, start_year=start_year) is None  # "Q3 2028" over "Q4 2028"
        and (timeline.find_span(nxt) or timeline.calendar_range(nxt, start_year)) is not None
        # its dates alone: "Gate: ready to pilot, March 2028" under a line of work dates no stage
        and _dates_only(nxt, start_year)
    ]
    return names if 2 <= len(names) <= 6 else []


def _title_stages(title: str) -> list[str]:
    """ "Roadmap FY2027-FY2029: Prove, Scale, Expand" -> ["prove", "scale", "expand"]."""
    tail = title.split(":", 1)[1] if ":" in title else ""
    names = [n.strip().lower() for n in re.split(r",|\band\b|→|->", tail) if n.strip()]
    if (
        2 <= len(names) <= 6
        and all(1 <= len(n.split()) <= 3 for n in names)
        # "Roadmap: 18 months, three stages" counts the plan, it names no stage
        and not any(_COUNTED_PART.match(n) for n in names)
    ):
        return names
    return []


_COUNTED_PART = re.compile(
    r"^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen|twenty\w*)\s+"
    r"(?:\w+\s+)?(?:days?|weeks?|months?|quarters?|years?|stages?|phases?|waves?|steps?|gates?|"
    r"horizons?|priorities|pillars?)$",
    re.I,
)


def _phase_name(title: str, key: str) -> str:
    parts = [p.strip() for p in re.split(r"\s+[·|]\s+|:\s+(?=[A-Z])", title) if p.strip()]
    named = [p for p in parts if phase_key(p) == key]
    if named:
        idx = parts.index(named[0])
        rest = parts[idx + 1 :]
        base = named[0]
        return (
            f"{base}: {rest[0]}"
            if rest and phase_key(rest[0]) is None and len(base.split()) <= 4
            else base
        )
    return title


_NAMED_GATE = re.compile(
    r"^(?P<name>gate\s+[A-Z]?\d+\s*[·:|–-]\s*[^()]{2,60}?)\s*(?:\([^)]*\))?\s*$", re.I
)


def gate_name(lines: list[str]) -> str | None:
    """The deck's own name for a phase's gate ("Gate G2 · scale go/no-go (end of Q4 2027)"
    is "Gate G2 · scale go/no-go"): the last such line (a slide may name the gate it starts
    from first); None when lines only label or list criteria ("gate 2 - 3 sites open")."""
    names = []
    for line in lines:
        m = _NAMED_GATE.match(line.strip())
        if m and not re.search(r"[\d%,]", m.group("name").split(None, 2)[-1]):
            names.append(" ".join(m.group("name").split()))
    return names[-1] if names else None


# After a list of criteria, the slide's particulars: who leads it, who sponsors it.
_NOT_CRITERION = re.compile(
    r"^(?:(?:pilot|trial|project|programme)\s+)?(?:lead|owner|sponsor|budget|cost)\s*[:：]", re.I
)


# A gate named on a phase's card, what it decides after the colon: "Gate 3 by Wk 43:
# roll-out go/no-go", "G2: peak-ready"
_CARD_GATE = re.compile(r"^(?:gate|g)\s*(?P<id>\d{1,2}|[A-Z])\b[^:]{0,30}:\s*(?P<said>\S.*)$", re.I)
_SLIDE_REF = re.compile(r"\s*\([^()]*\b(?:slides?|pages?|p\.)\s*\d+[^()]*\)", re.I)


def _phase_body(
    lines: list[str], axis_lines: set[int], start_year: int | None
) -> tuple[str | None, timeline.Span | None, list[str]]:
    """(gate text, gate date, work items) of a slide given to one phase."""
    gate: str | None = None
    gate_span: timeline.Span | None = None
    items: list[str] = []
    skip = 0
    for i, line in enumerate(lines):
        if skip:
            skip -= 1
            continue
        if i in axis_lines:
            continue
        dated = _DATED_GATE.match(line.strip())
        if dated and _dates_only(dated.group("when"), start_year):
            # "Readiness gate, December 2027", "Go/no-go, June 2028": the phase's gate and its date
            gate = f"{gate} {dated.group('name')}".strip() if gate else dated.group("name")
            gate_span = timeline.calendar_range(dated.group("when"), start_year) or gate_span
            continue
        if _GATE_MARKER.match(line.strip()):
            # "G1 Curlew go/no-go" at the end of a chevron: the gate, by its name alone
            gate = f"{gate}; {line.strip()}" if gate else line.strip()
            continue
        if is_gate_label(line) or _GATE_LINE.match(line) and re.search(r"\bgate\b", line, re.I):
            after = re.split(r"[:：]", line, maxsplit=1)
            rest = after[1].strip() if len(after) > 1 else ""
            when = timeline.calendar_range(line, start_year)
            if when is not None:
                gate_span = when
            if not rest and i + 1 < len(lines):
                # A criteria label over its list ("Acceptance criteria", "The pilot is
                # accepted when"): every line after it is a criterion, up to the next label.
                criteria = list(
                    takewhile(
                        lambda ln: (
                            not is_gate_label(ln)
                            and not _GATE_LINE.match(ln)
                            and not _NOT_CRITERION.match(ln.strip())
                        ),
                        lines[i + 1 :],
                    )
                )
                rest = "; ".join(c.rstrip(";.") for c in criteria[: max(1, _LIST_CAP)])
                skip = len(criteria)
            gate = f"{gate} {rest}".strip() if gate else rest
            continue
        toks = words(line)
        if len(toks) == 1 and line.lower() in STAGE_WORDS:
            continue
        if re.fullmatch(r"g\d+|gate\s*\w?", line.strip(), re.I):
            continue
        if 1 <= len(toks) <= 40:
            items.append(line.strip().lstrip("•▪- ").strip())
    return gate, gate_span, items


_GATE_WORD = r"(?:gate|tollgate|decision point|check ?point|review point)"
# A gate without a number, its date and what it decides after it: "Decision point: the Board
# approves scale-up in June 2027", "Checkpoint (June 2027): pilot results reviewed", "Go/no-go
# at the end of June 2027: the Board decides on Phase 2".
_UNNUMBERED_GATE = re.compile(
    # ("Gate: Wave 2 go" says which phase it opens: read below)
    r"^(?:tollgate|decision point|check ?point|review point|go\s*/\s*no[- ]go|go-no-go)\s*"
    r"(?:\((?P<when>[^)]{3,30})\)|"
    r"(?:at|in|on|by)\s+(?:the\s+end\s+of\s+)?(?P<at>[^:]{3,30}))?\s*:\s*(?P<text>\S.{8,})$",
    re.I,
)
# A gate marker named by its number and what it decides ("G2 Hub extension review").
_GATE_MARKER = re.compile(
    r"^(?:g|gate\s*)\d{1,2}\b\s*[·:–-]?\s*(?:[\w'/-]+\s+){0,5}?"
    r"(?:go/no-go|go-no-go|review|decision|sign-off|gate|checkpoint)$",
    re.I,
)
_DATED_GATE = re.compile(
    r"^(?P<name>(?:[\w-]+\s+){0,3}?(?:gate|go/no-go|go-no-go|checkpoint|decision point))"
    r"\s*[,:–-]\s*(?P<when>.+)$",
    re.I,
)
# Criteria listed under one label, at most: a longer list is the slide's work after all.
_LIST_CAP = 8


def _gate_lines(
    lines: list[str], start_year: int | None
) -> list[tuple[str, timeline.Span | None, str]]:
    """Gate markers and gate paragraphs on an overview: "Gate 1 (end of FY2027): ...",
    "Gate: Wave 2 go" (closes the phase before Wave 2), "G2 scale go/no-go", and a criteria
    paragraph under a label ("Cadence discipline") that applies to gates without their own."""
    out: list[tuple[str, timeline.Span | None, str]] = []
    shared: str | None = None
    for i, line in enumerate(lines):
        found = False
        for m in re.finditer(
            # "Gate 1", and the same marker by other names: "Decision point 1", "Checkpoint A".
            rf"\b{_GATE_WORD}\s*(?P<id>[a-z]?\d+|[a-z])\b\s*(?:\((?P<when>[^)]*)\))?\s*[:·-]\s*"
            rf"(?P<text>.+?)(?=\s+{_GATE_WORD}\s*(?:[a-z]?\d+|[a-z])\b\s*(?:\([^)]*\))?\s*[:·-]|$)",
            line,
            re.I,
        ):
            when = timeline.calendar_range(m.group("when") or "", start_year)
            text = m.group("text").strip()
            head, *after = re.split(r"(?::|\s·|\s[-–])\s+", text, maxsplit=1)
            rest = after[0].strip() if after else ""
            head_when = timeline.calendar_range(head, start_year) if when is None else None
            if head_when is not None and _gate_caption(lines, i, start_year):
                # "Gate 2 · end of June 2030" over "Open to all?": its date, then its question
                when, text = head_when, lines[i + 1].strip()
            elif head_when is not None and _dates_only(head, start_year):
                # "Gate 1 · end of Q3 (31 December 2028): ready to try", "Gate 2 · Mar 2031 ·
                # go/no-go", "Gate 1 · May 2029 - go/no-go", "Gate 1 · Dec 2029": dated before
                # what it decides, if it says
                when, text = head_when, rest or text
            elif (
                when is None
                and (dated := re.search(r"\(([^()]*\b20\d\d[^()]*)\)\s*$", text))
                and _dates_only(dated.group(1), start_year)
            ):
                # "Gate 3 · the mid-year review (November 2030)": dated in its brackets (not
                # "(baseline 2027)" nor "(as in the Estates Plan 2030)")
                when = timeline.calendar_range(dated.group(1), start_year)
            out.append((m.group("id").upper(), when, text))
            found = True
        if found:
            continue
        coded = re.match(
            rf"^(?:{_GATE_WORD}\s*(?P<n>\d+)|(?P<id>g\d+))\s*[,·]?\s*(?P<when>[^:]{{3,30}}):\s*\S",
            line.strip(),
            re.I,
        )
        when = (
            timeline.calendar_range(coded.group("when"), start_year)
            if coded and _dates_only(coded.group("when"), start_year)
            else None
        )
        if coded and when:
            # "G2, Sep 2028: go/no-go for every line", "Gate 1, March 2029: ...": the gate's
            # number and date
            out.append(((coded.group("id") or f"G{coded.group('n')}").upper(), when, line.strip()))
            continue
        plain = _UNNUMBERED_GATE.match(line.strip())
        if plain:
            said = plain.group("when") or plain.group("at") or ""
            out.append(("", timeline.calendar_range(said, start_year), plain.group("text").strip()))
            continue
        if _gate_mark(line):
            out.append(("", None, line.strip()))  # "Roll-out gate", "G2 scale go/no-go": in order
            continue
        marker = re.match(r"^gate\s*[:·-]\s*(?P<rest>.+)$", line.strip(), re.I)
        if marker:
            entering = phase_key(marker.group("rest"))
            out.append((f">{entering}" if entering else "", None, ""))
            continue
        if is_gate_label(line):
            inline = line.split(":", 1)[1].strip() if ":" in line else ""
            if len(words(inline)) >= 6:
                shared = inline
            elif i + 1 < len(lines) and len(words(lines[i + 1])) >= 6:
                shared = lines[i + 1]
    if shared:
        out = [(gid, when, text or shared) for gid, when, text in out] or [("", None, shared)]
    return out


# A gate's marker or its short label: "G2 scale go/no-go", "Gate 1", "Roll-out gate"
_GATE_MARK = re.compile(r"(?:g\d+\b.*|gate\s+\d+|[\w/&-]+(?:\s+[\w/&-]+){0,3}\s+gate)", re.I)


# What a chart says about itself, not work drawn on it: its source, a note, its legend ("Dark
# bars are funded"), and a bar's owner on the line under its name ("Owner: Head of People").
_NOT_A_BAR = re.compile(
    r"^\W*(?:sources?|notes?|key|legend)\s*[:·]|^\W*(?:owners?|leads?|led\s+by|who|accountable|"
    r"responsible)\s*[:·–-]|\b(?:bars?|diamonds?|shading|shaded|colou?rs?)\b[^.]{0,40}\b(?:are|is|"
    r"show|shows|mark|marks|mean|means)\b",
    re.I,
)


def _drawn_phases(records: list[PhaseRecord], placed: dict[str, timeline.Span]) -> bool:
    """The phases that date themselves are drawn on the chart too: two or more of their names
    sit over the time their own words give (not a page of text whose lines only seem placed)."""
    drawn = 0
    for record in records:
        at = placed.get(record.name)
        if at is None or record.span is None or at.absolute != record.span.absolute:
            continue
        both = min(at.end, record.span.end) - max(at.start, record.span.start)
        drawn += both >= 0.5 * min(at.end - at.start, record.span.end - record.span.start)
    return drawn >= 2


def _gate_mark(line: str) -> bool:
    """A gate's marker or short label ("G2 scale go/no-go", "Gate 1", "Roll-out gate"), not a
    piece of work that names a gate ("Replace the flood gate")."""
    return bool(_GATE_MARK.fullmatch(line.strip())) and not opens_with_work(line.strip())


def _gate_caption(lines: list[str], i: int, start_year: int | None) -> bool:
    """Line ``i`` is a gate named and dated alone ("Gate 1 · end of May 2029") and the line
    under it says what the gate decides ("Open to all?"): one short line, not another gate."""
    m = re.match(
        rf"\s*{_GATE_WORD}\s*(?:[a-z]?\d+|[a-z])\b\s*[:·-]\s*(?P<when>.+)$", lines[i], re.I
    )
    if m is None or not _dates_only(m.group("when"), start_year) or i + 1 >= len(lines):
        return False
    below = lines[i + 1].strip()
    # (a question, a decision or the state it checks, "Every depot on the new rota"; not the
    # next piece of work, "Recruit 40 more drivers", nor the next phase or a heading)
    decides = below.endswith("?") or (
        not opens_with_work(below)
        and not PHASE_KEY.match(below)
        and (_DECIDES.search(below) is not None or len(words(below)) >= 3)
    )
    return (
        decides
        and 1 <= len(words(below)) <= 8
        and not re.match(rf"{_GATE_WORD}\b", below, re.I)
        and not _dates_only(below, start_year)
    )


_DECIDES = re.compile(
    r"\b(?:go|no-go|ready|decid\w*|decision|approv\w*|sign[- ]?off|signed|release\w*|"
    r"proceed|continue|stop|hand\s*over|close\w*|review\w*)\b",
    re.I,
)


# The verbs of a line that only dates a phase ("Year 1 runs April 2027 to March 2028").
_DATING = re.compile(
    r"\b(?:runs?|covers?|spans?|lasts?|is|are|starts?|begins?|ends?|closes?|opens?)\b", re.I
)


def _name_rank(name: str) -> tuple[bool, bool, bool, bool, int]:
    """How well a line names its phase: not a gate's heading; one that names no other phase
    and is no sentence ("Year 1: prove", not "Year 1 (2027/28) proves the model, Year 2 ...
    scales it" nor "Year 3: switch off the old is done when"); one that says more than its
    key and dates; one that does not date it in a sentence; then the fuller."""
    named = len(PHASE_KEY.findall(name)) == 1 and len(words(name)) <= 10
    # ("Phase 1 · 2028" names only its key and its dates: the least)
    # ("Year 1 runs April 2027 to March 2028" only dates it too)
    said = bool(_DATING.sub("", _DATE_WORDS.sub("", PHASE_KEY.sub("", name))).strip(" ·:|-–—()"))
    # ("Step 2 exit gate: what we need to see" heads the gate's slide: the phase's gate, not it)
    # ("Wave 0: Get ready runs from T0 to T+2." dates the phase in a sentence: "Wave 0:
    # Get ready" names it)
    told = bool(_TELLS_WHEN.search(name))
    # (after ``said``: "Phase 2: Scale runs from May" still names it better than "Phase 2")
    return not _GATE_HEADING.search(name), named, said, not told, len(name)


_TELLS_WHEN = re.compile(
    r"\b(?:runs?|lasts?|starts?|ends?|begins?|closes?|opens?)\s+(?:from|in|on|at|to|until|for|when)\b|\.$",
    re.I,
)


_GATE_HEADING = re.compile(r"\b(?:gates?|exit criteria|go\s*/\s*no[\s-]go|checkpoint)\b", re.I)


# "... is done when", "... exit criteria": a line that heads a phase's criteria, not its name
_CRITERIA_TAIL = re.compile(r"\s+(?:is|are)\s+(?:done|complete|finished|over)\s+when\W*$", re.I)


# A line that opens on a figure or says what its figures cover: context, not work
_FIGURE_LINE = re.compile(r"^\W*[£$€]?\d")
_FIGURES_NOTE = re.compile(r"^\W*all\s+(?:the\s+)?figures\b", re.I)


def merge(
    readings: list[Reading],
    origin: float,
    loose: list[tuple[str, Source, timeline.Span | None]] | None = None,
) -> list[PhaseRecord]:
    """One record per phase key, in order, each with a span (weeks from the plan's start).
    Work of a phase family the deck uses less (a "Year 1" slide beside "Wave 1..3") lands in
    ``loose``, dated, for the caller to place."""
    loose = loose if loose is not None else []
    dated = [r for reading in readings for r in reading.records if r.span is not None]
    for rec, span in zip(
        dated, timeline.zero_based([r.span for r in dated if r.span]), strict=True
    ):
        rec.span = span
    merged: dict[str, PhaseRecord] = {}
    axis: timeline.Span | None = None
    gates: list[tuple[str, timeline.Span | None, str]] = []
    for reading in readings:
        wider = reading.axis is not None and (
            axis is None or reading.axis.end - reading.axis.start > axis.end - axis.start
        )
        if wider and len(reading.records) >= 2:
            axis = reading.axis
        gates += reading.gates
        loose.extend(reading.work)
        for rec in reading.records:
            # "Year 1: prove is done when" heads the phase's criteria: its name is "Year 1: prove"
            rec.name = _CRITERIA_TAIL.sub("", rec.name).strip(" :") or rec.name
            # a phase named by its key alone ("Year 1" over "2027/28"), its name on a line of
            # its own under it ("Year 1: prove"): that line names it, and is no work
            named = next(
                (
                    item
                    for item in rec.items
                    if (
                        said := re.match(
                            rf"\s*{re.escape(rec.name)}\s*[:·–—-]\s*(\w.*)$", item[0], re.I
                        )
                    )
                    and phase_key(item[0]) == rec.key
                    # a name, not work: "Year 1: prove", not "Year 1: hire 20 nurses"
                    and len(words(said.group(1))) <= 5
                    and not re.search(r"\d", said.group(1))
                ),
                None,
            )
            if named is not None and phase_key(rec.name) == rec.key == rec.name.lower():
                rec.name = named[0].strip()
                # (its head, "Year 1 2027/28", only dated it: no work either)
                rec.items = [
                    item
                    for item in rec.items
                    if item is not named
                    and not (
                        phase_key(item[0]) == rec.key
                        and _dates_only(PHASE_KEY.sub("", item[0], count=1), None)
                    )
                ]
            have = merged.get(rec.key)
            if have is None:
                merged[rec.key] = rec
                continue
            # The phase's own slide knows it best: its name, span, gate and work.
            if rec.span is not None and (have.span is None or have.span.label == "axis"):
                have.span = rec.span
            if phase_key(rec.name) == rec.key and _name_rank(rec.name) > _name_rank(have.name):
                have.name = rec.name
            have.gate = have.gate or rec.gate
            have.gate_name = have.gate_name or rec.gate_name
            have.gate_end = have.gate_end or rec.gate_end
            have.summary = have.summary or rec.summary
            have.items += rec.items
            have.source = rec.source if rec.items else have.source
    past = {rec.key for reading in readings for rec in reading.records if rec.beyond}
    records = sorted(
        (r for r in merged.values() if r.key not in past), key=lambda r: (r.order, r.first_seen)
    )
    if not records:
        return []
    # One family of phases: a deck that says "Year 1" on one slide and "Wave 1..3" on another
    # runs on the family it names most.
    families: dict[str, list[PhaseRecord]] = {}
    for rec in records:
        families.setdefault(rec.key.split()[0] if rec.key[-1].isdigit() else "stage", []).append(
            rec
        )
    if len(families) > 1:
        # (as many either way: the numbered phases the deck names, "Phase 1 · Build", over
        # stages read off a chart's columns, "Build", "Build + Beta")
        # (a family the deck dates nowhere, "Chapter 1: Later opening" for a pillar, is none;
        # where a time axis or the gates may date it below, it is still in the running)
        undatable = axis is None and not gates
        kept = max(
            families.values(),
            key=lambda rs: (
                not undatable or any(r.span is not None for r in rs),
                len(rs),
                rs[0].key[-1].isdigit(),
                -min(r.first_seen for r in rs),
            ),
        )
        # The other family's work stays, dated by its own record, to sit in the kept phases.
        # (and so does the work of a family dated nowhere: "Chapter 2: Reading for all"
        # over its work is a pillar of the plan, its lines work all the same)
        for rec in records:
            if rec not in kept:
                loose.extend(
                    (item, src, span or rec.span)
                    for item, src, span in rec.items
                    # (undated, not a figure of how things are: "1,200 members in our clubs",
                    # "£4.2m to run our halls" under "Our year in figures")
                    if not _FIGURES_NOTE.match(item)
                    and (
                        rec.span is not None
                        or span is not None
                        or opens_with_work(item)
                        or not _FIGURE_LINE.match(item)
                    )
                )
        # ... but a mobilisation numbered 0 before them ("Sprint 0", then "Wave 1" to "Wave 3")
        # is the plan's first phase, up to where the first kept one starts
        zero = _mobilisation(records, kept, origin)
        records = [zero, *kept] if zero is not None else kept
    # Gate k closes phase k: its date ends the phase, its text is the phase's gate. A gate a
    # phase's own card names belongs to that phase, whatever its number.
    for k, (gid, when, text) in enumerate(gates):
        ident = gid.strip().upper().removeprefix("GATE").strip().removeprefix("G")
        carded = next((r for r in records if any(g == ident for g, _ in r.card_gates)), None)
        if carded is not None:
            _card_gate(carded, ident, when, text)
            continue
        target = _gate_target(gid, k, records)
        if target is None:
            continue
        if when is not None and target.gate_end is None:
            target.gate_end = when
        if (
            ";" in text
            and target.gate
            and not _label_only_gate(target.gate)
            and len(words(target.gate)) <= 5
        ):
            # a roadmap's "Gate 1 · December 2027 Council" named it; the gates' own slide
            # lists what it takes
            target.gate = f"{target.gate}: {text}"
        elif text and (
            not target.gate or _label_only_gate(target.gate) and len(text) > len(target.gate)
        ):
            target.gate = text  # what the gate decides, over a chart's "G3 · Dec 28"
            if re.fullmatch(r"\d{1,2}|[A-Z]", gid) and not target.gate_name:
                target.gate_name = f"Gate {gid}: {text.split(';')[0]}"  # "Gate 3: Year 3 review"
            elif gid.startswith(_BY_NAME_ONLY) and not target.gate_name:
                name = gid.removeprefix(_BY_NAME_ONLY)
                target.gate_name = f"{name[:1].upper()}{name[1:]}: go/no-go"  # "Roll-out gate"
    _fill_spans(records, axis)
    for rec in records:
        # "2028 Wave 2" over its caption: the year says when, the phase is "Wave 2"
        rec.name = _YEAR_BEFORE_KEY.sub("", rec.name) or rec.name
        if rec.span is not None and rec.span.absolute:
            rec.span = timeline.Span(
                rec.span.start - origin, rec.span.end - origin, rec.span.label, False
            )
        if rec.gate_end is not None and rec.gate_end.absolute:
            rec.gate_end = timeline.Span(
                rec.gate_end.start - origin, rec.gate_end.end - origin, rec.gate_end.label, False
            )
    return records


_YEAR_BEFORE_KEY = re.compile(rf"^(?:fy\s?)?20\d\d(?:/\d\d)?\s+(?={PHASE_KEY.pattern})", re.I)


_GATE_HEAD = re.compile(
    r"^(?:(?:gate|decision point|check ?point)\s*(?P<id>[a-z]?\d{1,2}|[a-z])|(?:g|dp)(?P<short>\d{1,2}))"
    r"\b\s*[·:|–-]?\s*(?P<when>.*)$",
    re.I,
)


# "We will pass gate B once:", "Gate 2 is passed if:": a gate's criteria follow
_CRITERIA_INTRO = re.compile(
    r"^(?:we\s+(?:will\s+)?pass\s+(?:the\s+)?gate\s*\w{0,3}|(?:the\s+)?gate\s*\w{0,3}\s+is\s+"
    r"passed)\s+(?:when|if|once)\s*:?$",
    re.I,
)
_WHO_DECIDES = re.compile(r"^who\s+(?:decides|signs(?:\s+off)?|takes\s+the\s+call)\W*$", re.I)
_GATE_NAMED = re.compile(r"\bgate\s*([a-z]?\d{1,2}|[a-z])\b", re.I)
_GATE_ADDS = re.compile(
    r"^gate\s*(?P<id>[a-z]?\d{1,2}|[a-z])\s+(?:adds|also\s+needs|needs|requires)\s*:\s*(?P<rest>\S.*)$",
    re.I,
)
# A gate's criterion numbered under it: "G2.1 Digital keys issued ...", "Gate 1.2: ..."
_GATE_ITEM = re.compile(
    r"^(?:g|gate\s*)(?P<id>\d{1,2})\.\d{1,2}\b\s*[·:|–-]?\s*(?P<rest>\S.*)$", re.I
)
# ... the same code at the end of a line, where a PDF's margin column puts it
_CODE_AT_END = re.compile(r"^(?P<line>.*?)\s*\b(?P<code>(?:g|gate\s*)\d{1,2}\.\d{1,2})$", re.I)


def _codes_first(lines: list[str]) -> list[str]:
    """Lines with each item's code before its text: a PDF may read the code in its margin at
    the end of the line above ("... must be true G2.1", "Digital keys issued ... G2.2")."""
    out: list[str] = []
    code = ""
    for line in lines:
        line = f"{code} {line}".strip() if code else line
        m = _CODE_AT_END.match(line.strip())
        code = m.group("code") if m else ""
        if m and m.group("line"):
            out.append(m.group("line"))
        elif not m:
            out.append(line)
    return out


def _gate_blocks(
    lines: list[str], start_year: int | None
) -> list[tuple[str, timeline.Span | None, str]]:
    """A slide given to the gates: "Gate 3 · December 2028" over what it decides ("Go / no-go
    for Wave B") and its criteria. A line about every gate ("The Programme Board takes every
    gate decision") belongs to none."""
    out: list[tuple[str, timeline.Span | None, str]] = []
    body: list[str] = []
    head: tuple[str, str] | None = None  # the gate's id and what its head line says of it

    def close() -> None:
        if head is not None:
            when = timeline.calendar_range(head[1], start_year)
            # ("Gate 1: ready to open the second site" over its criteria: its name first)
            named = (
                [head[1].strip(" ·:|–-")]
                if when is None and len(words(head[1])) >= 2 and not re.search(r"\d", head[1])
                else []
            )
            if body:
                out.append((head[0], when, "; ".join(b.rstrip(";.") for b in [*named, *body])))

    for line in _codes_first(lines):
        m = _GATE_HEAD.match(line.strip())
        item = _GATE_ITEM.match(line.strip())
        adds = _GATE_ADDS.match(line.strip())
        if _CRITERIA_INTRO.match(line.strip()):
            continue  # "We will pass gate B once:" over the criteria
        if _WHO_DECIDES.match(line.strip()) or len(set(_GATE_NAMED.findall(line))) >= 2:
            # "Who decides", "The Chief Executive takes Gates 2 and 3": every gate's, and
            # the gate's criteria end above it
            close()
            head, body = None, []
            continue
        if adds:
            # "Gate 2 adds: the second site fitted, ...": the next gate, said whole
            close()
            head, body = (adds.group("id").upper(), ""), [adds.group("rest")]
            continue
        if item:
            # "G2.3 DPIA for hirers' location data signed off": gate 2's third criterion
            if head is None or head[0] != item.group("id"):
                close()
                head, body = (item.group("id"), ""), []
            body.append(item.group("rest"))
        elif m and len(words(line)) <= 8:
            close()
            head, body = ((m.group("id") or m.group("short")).upper(), m.group("when")), []
        elif (whole := _gate_lines([line], start_year)) and all(g[2] for g in whole):
            # a gate said whole on its line: "Gate 1 (June 2027): the Board decides on Phase 2"
            close()
            head, body = None, []
            out += whole
        elif head is not None and not re.search(r"\b(?:every|all|each)\s+gates?\b", line, re.I):
            body.append(line.strip())
    close()
    return [g for g in out if g[2]]


def _card_gate(rec: PhaseRecord, ident: str, when: timeline.Span | None, text: str) -> None:
    """What the gates' own slide says a gate takes, added to the gate the phase's card names."""
    if not text:
        return
    last, said = rec.card_gates[-1]
    if last == ident:
        head = said or rec.gate
        rec.gate = f"{head}: {text}" if head else text
        rec.gate_end = rec.gate_end or when
        return
    rec.mid_gates = [
        (name, (f"{said}: {text}" if said else text) if gid == ident else held)
        for (gid, said), (name, held) in zip(rec.card_gates[:-1], rec.mid_gates, strict=True)
    ]


def _label_only_gate(text: str) -> bool:
    """A gate known only by its marker and date ("G3 · Dec 28")."""
    return bool(_GATE_HEAD.match(text.strip())) and len(words(text)) <= 5


# A slide given to one gate it names without a number: "The roll-out gate", "Our go/no-go"
# (not a name with "gate" in it: "Gate to Gate", "From kerb to gate")
_ONE_GATE = re.compile(
    r"^(?:the|our)\s+(?P<name>(?:(?!to\b|from\b|at\b|by\b)[\w-]+\s+){0,3}"
    r"(?:gate|go\s*/\s*no[- ]go)(?:\s+decision)?)\s*$",
    re.I,
)
_BY_NAME_ONLY = "named:"  # the id of a gate known by its name alone


def _gate_target(gid: str, k: int, records: list[PhaseRecord]) -> PhaseRecord | None:
    if gid.startswith(">"):  # the gate that opens a phase closes the one before it
        keys = [r.key for r in records]
        entering = gid[1:]
        idx = keys.index(entering) - 1 if entering in keys else -1
        return records[idx] if idx >= 0 else None
    num = re.search(r"\d+", gid)
    if num:
        n = int(num.group(0))
        keyed = [r for r in records if r.key.endswith(f" {n}")]
        if keyed:
            return keyed[0]
        # "G1" closes the first phase when phases are numbered from 1; "Gate 1" after "Phase 0".
        first = _key_order(records[0].key)
        idx = n - 1 if first >= 1 else n
        return records[idx] if 0 <= idx < len(records) else None
    if gid and gid.isalpha():
        idx = ord(gid[0].upper()) - ord("A")
        return records[idx] if 0 <= idx < len(records) else None
    return records[k] if k < len(records) else None


def _mobilisation(
    records: list[PhaseRecord], kept: list[PhaseRecord], origin: float
) -> PhaseRecord | None:
    """A record numbered 0 outside the kept family, when the kept family has no phase 0 and
    its first phase starts after the plan does: it runs from the start to that phase."""
    if any(r.key.endswith(" 0") for r in kept) or not kept or kept[0].span is None:
        return None
    first = kept[0].span
    start = origin if first.absolute else 0.0
    zero = next((r for r in records if r not in kept and r.key.endswith(" 0")), None)
    if zero is None or first.start - start < 2:
        return None
    if zero.span is None or zero.span.absolute != first.absolute:
        zero.span = timeline.Span(start, first.start, "before", first.absolute)
    return zero


def _fill_spans(records: list[PhaseRecord], axis: timeline.Span | None) -> None:
    """Phases without a span of their own: from their gate's date (end) and the previous phase's
    end (start); else an even share of the overview's axis."""
    for i, rec in enumerate(records):
        if rec.span is not None and rec.span.label != "axis":
            continue
        if rec.gate_end is not None:
            previous = records[i - 1].span if i > 0 else None
            start = previous.end if previous is not None else (axis.start if axis else 0.0)
            end = rec.gate_end.end
            if end > start:
                rec.span = timeline.Span(start, end, "gate", rec.gate_end.absolute)
    # A phase dated by its first month alone ("Phase 2 · Sea trials: from October 2027") runs
    # until the next phase opens ("Phase 3: July 2028 to September 2029"), or its gate's date:
    # phases follow one another without a gap, and no phase lasts one month.
    for rec, after in zip(records, records[1:], strict=False):
        span, later = rec.span, after.span
        if (
            span is None
            or later is None
            or span.label in ("axis", "gate", "estimated")
            or span.end - span.start > 1.1 * timeline.WEEKS_PER_MONTH
            or span.absolute != later.absolute
        ):
            continue
        end = later.start
        gate = rec.gate_end
        if gate is not None and gate.absolute == span.absolute and gate.end > span.end:
            end = min(end, gate.end)
        if end > span.end + 2:
            rec.span = timeline.Span(span.start, end, span.label, span.absolute)
    missing = [r for r in records if r.span is None or r.span.label == "axis"]
    if not missing or axis is None:
        return
    # Spread the axis left over between known phases evenly over the unknown ones, in order.
    known_end = max(
        (r.span.end for r in records if r.span is not None and r.span.label != "axis"),
        default=axis.start,
    )
    start = (
        axis.start
        if all(r in missing for r in records[: records.index(missing[0]) + 1])
        else known_end
    )
    width = max(axis.end - start, 1.0) / len(missing)
    for n, rec in enumerate(missing):
        rec.span = timeline.Span(
            start + n * width, start + (n + 1) * width, "estimated", axis.absolute
        )


def short_name(name: str) -> str:
    m = PHASE_KEY.search(name)
    if m:
        return m.group(0).title()
    return shorten(name, 40)
