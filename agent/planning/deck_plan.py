"""Read the deck's own plan: what it commits to, in its words, with its slide.

Most real strategy decks already hold a plan: pillars and their initiatives, phases with
time spans and exit gates, a first-90-days list, acceptance criteria, KPI tables and
tiles, risks with mitigations, governance bodies and cadences, and a named pilot. A
practitioner turns those into owned tasks before adding anything; this module finds them.

Pure functions over ``schemas.deck.Deck``; the structure comes from slide titles, labels
and block order, and the words from ``agent/knowledge/lexicon.yaml`` (general vocabulary,
never one deck's sentences). Both engines read the result.
"""

from __future__ import annotations

import bisect
import copy
import functools
import itertools
import re
import threading
from collections import Counter
from typing import Any, Literal

from pydantic import BaseModel, Field, field_validator

from agent.knowledge import remit, timeline
from agent.knowledge.appendix import cited_appendices, cited_title
from agent.knowledge.kpis import (
    LETTER_LABEL,
    MONEY_CODES,
    TILE_VALUE,
    UNSET_WHEN,
    KpiRow,
    Tile,
    chart_kpi,
    column_kpi_rows,
    flat_kpi_rows,
    header_line,
    is_target_tile,
    kpi_rows,
    stated_kpi,
    tiles,
)
from agent.knowledge.lexicon import (
    job_title_words,
    layer_scores,
    lexicon,
    pattern,
    pilot_units,
    section,
)
from agent.knowledge.text import (
    NUMBER_WORDS,
    STOPWORDS,
    content_stems,
    sentences,
    shorten,
    stem,
    title_cased,
    words,
)
from agent.knowledge.verbs import (
    NOUN_VERBS,
    WORK_VERBS,
    imperative_item,
    opens_like_work,
    opens_with_work,
    split_work_run,
    we_will_work,
)
from agent.planning import _drawn, _phases
from schemas.deck import Block, BlockKind, Deck, Unit
from schemas.plan import Measure, Source

CommitmentKind = Literal[
    "milestone", "phase_item", "gate", "initiative", "risk", "governance", "pilot", "ask", "stage"
]


class DeckPhase(BaseModel):
    name: str
    start_week: float
    end_week: float
    source: Source
    gate: str | None = None
    summary: str = ""


class Commitment(BaseModel):
    """One thing the deck commits to doing."""

    kind: CommitmentKind
    title: str
    pilot: bool = Field(default=False, description="the deck's named pilot")
    text: str = Field(description="the deck's words")
    source: Source
    section: str = Field(
        default="", description="a tile's pillar and slide title, on a pillar's slide"
    )
    start_week: float | None = None
    end_week: float | None = None
    phase: str | None = None
    pillar: str | None = None
    window: str | None = Field(default=None, description="the deck's own time label, e.g. W5-6")
    lead: str | None = Field(default=None, description="who the deck names to lead it")
    lead_shared: bool = Field(
        default=False, description="the lead is named once for a list of work: its pillar's lead"
    )
    criteria: str | None = Field(default=None, description="the deck's own 'done when'")
    own_date: bool = Field(
        default=False, description="dated by the month its own words give, not by a timeline"
    )
    raw_when: str | None = Field(default=None, exclude=True)
    # (kept in a checkpoint: a resumed run quotes and judges the same line)
    line: str | None = Field(
        default=None, description="a body's own line, without the remit read with it"
    )

    @field_validator("title", "text")
    @classmethod
    def _unnumbered(cls, said: str) -> str:
        """The work without the number or letter its list gave it ("5. Train ...", "e. Ask
        the Board ..."): a task list numbers its own."""
        return _LIST_MARK.sub("", said, count=1)


# "5. ", "e) ": an item's place in the deck's list, before a capital
_LIST_MARK = re.compile(r"^\s*(?:\d{1,2}|[a-hA-H])[.)]\s+(?=[A-Z])")


class Kpi(Measure):
    """A KPI row or tile as the deck plan reads it: the contract's measure, and how it was
    read (a tile or a row, the lead its table names, the goal it words)."""

    tile: bool = False
    lead: str | None = Field(default=None, description="who the deck's KPI table names to own it")
    statement: str = Field(default="", description="the KPI worded as a goal, for vision finding")
    section: str = Field(
        default="", description="a tile's pillar and slide title, on a pillar's slide"
    )
    also: list[Source] = Field(
        default_factory=list, description="other slides that state it (a plan on a page)"
    )


class Pilot(BaseModel):
    name: str = Field(description="the site, region or unit the deck names")
    unit: str = Field(description="plant, store, region, ...")
    text: str
    source: Source
    places: list[str] = Field(
        default_factory=list, description="the places it lists one a line, when it counts them"
    )

    @property
    def where(self) -> str:
        """Its name, with the places it lists: "Capitol Region (Millbrook, Harlan Falls and
        Sorrel Creek)"."""
        if not self.places:
            return self.name
        return f"{self.name} ({', '.join(self.places[:-1])} and {self.places[-1]})"


class DeckPlan(BaseModel):
    title: str | None = None
    organization: str | None = None
    start_year: int | None = None
    horizon_weeks: int | None = None
    phases: list[DeckPhase] = Field(default_factory=list)
    commitments: list[Commitment] = Field(default_factory=list)
    kpis: list[Kpi] = Field(default_factory=list)
    pillars: list[str] = Field(default_factory=list)
    pillar_word: str | None = Field(
        default=None,
        description="the deck's own word for its pillars when it is not a usual one ('cornerstone')",
    )
    pilot: Pilot | None = None
    bodies: list[str] = Field(default_factory=list)
    governance: list[Commitment] = Field(
        default_factory=list,
        description="the deck's lines on how the plan is governed (sponsor, chair, members, "
        "cadence, decision rights, who is consulted): structure the RACI follows, not work",
    )
    decider: str | None = Field(
        default=None, description="who the deck says decides go/no-go (a body's chair)"
    )
    leads: list[str] = Field(
        default_factory=list, description="the people or roles the deck names to lead work"
    )
    lead_remits: dict[str, list[str]] = Field(
        default_factory=dict,
        description="lead -> what the deck says they lead or decide (a 'who leads what' row)",
    )
    pillar_details: dict[str, str] = Field(
        default_factory=dict, description="pillar -> the line the deck describes it with"
    )
    pillar_text: dict[str, str] = Field(
        default_factory=dict, description="pillar -> the text of the slides that detail it"
    )
    dated_year: int | None = Field(
        default=None, description="the year the title slide dates the deck ('July 2026')"
    )
    origin_week: float = Field(
        default=0.0, description="the plan's first week, counted from 1 January of start_year"
    )

    def window(self) -> tuple[float, float] | None:
        """The plan's first and last moment in years ("2028.25" is April 2028), when the deck
        sets both its start and its horizon."""
        if not self.start_year or not self.horizon_weeks:
            return None
        start = self.start_year + self.origin_week / timeline.WEEKS_PER_YEAR
        return start, start + self.horizon_weeks / timeline.WEEKS_PER_YEAR

    def clock(self) -> bool:
        """True when the deck sets its own phases or horizon (the roadmap then runs on it)."""
        return bool(self.phases) or bool(self.horizon_weeks)


# --------------------------------------------------------------------------- slide text

# "8 / 14", "Slide 8 of 14": a counter when it counts this slide or the deck's slides; "38 of
# 38" on a tile is a figure.
_PAGE_OF = re.compile(r"^(?:p\.?\s*|(?:page|slide)\s+)?(\d{1,3})\s*(?:/|of)\s*(\d{1,3})$", re.I)
_PAGE_COUNTER = re.compile(
    r"^0\d$|^[—–-]$|^p\.\s?\d{1,3}$"
    r"|^\d{1,2}\s*[·.|-]?\s*(?-i:[A-Z][A-Z &/-]+)$",  # "04 · ROADMAP", "05 NUMBERS": a section label
    re.I,
)


def _counter(line: str, number: int, slides: int) -> bool:
    m = _PAGE_OF.match(line)
    return m is not None and (int(m.group(1)) == number or int(m.group(2)) == slides)


_FILE_NAME = re.compile(r"^[\w.-]+\.(?:png|jpe?g|gif|svg|emf|wmf|bmp|tiff?)$", re.I)
_WORDY = re.compile(r"[^\W\d_]{3,}")  # a word of three letters or more
_LABEL_ONLY = re.compile(r"^(?:[A-Z][A-Z &/·-]{2,40})$")  # "CLOSING", "EXECUTIVE SUMMARY"


def _source(deck: Deck, unit: Unit) -> Source:
    return Source(
        file=deck.name,
        slide=unit.number if unit.kind == "slide" else None,
        page=unit.number if unit.kind == "page" else None,
    )


def _clean(text: str) -> str:
    # (and the arrow or triangle a slide's list uses for its bullets: "▸ Choose one planner")
    return " ".join(text.replace("\u000b", " ").split()).strip(" •▪·–—-*▸►▹‣➤→")


def _cell(text: str) -> str:
    """A table cell: "-27%" in a KPI table is a cut, not a bullet, so its sign stays."""
    out = _clean(text)
    return f"-{out}" if re.match(r"^\s*[-–−]\d", text) and out[:1].isdigit() else out


def boilerplate(deck: Deck, *, share: float = 0.3, least: int = 3) -> set[str]:
    """Lines repeated on many slides (footers, confidentiality marks, running section names):
    on ``share`` of the slides and ``least`` slides at least."""
    counts: Counter[str] = Counter()
    paired: set[str] = set()  # a slide's "Now" and "Next" labels
    for unit in deck.units:
        lines = [
            _clean(line)
            for b in unit.blocks
            if b.kind is not BlockKind.notes
            for line in b.text.splitlines()
        ]
        # "Lead:" over a role, under every item of a deck: the work's lead, however often
        # the label and the role repeat, is no footer.
        named = {k for i, line in enumerate(lines) if _LEAD_LABEL.match(line) for k in (i, i + 1)}
        counts.update({s for i, s in enumerate(lines) if s and i not in named})
        before = {s for s in lines if pattern("before_state").match(s)}
        after = {s for s in lines if pattern("after_state").match(s)}
        if before and after:
            paired |= before | after
    limit = max(least, int(share * len(deck.units)))
    # "Now" over today's lines and "Next" over the change, on every pillar's slide, order
    # each slide: they are no footer, however often they repeat.
    return {line for line, n in counts.items() if n >= limit} - paired


# "5.7 We will add ...": a board paper's paragraph number (not "2.5 MVA", not "4.5 million").
PARAGRAPH_NO = re.compile(r"^\d{1,2}\.\d{1,2}\s+(?=[A-Z][a-z]|[A-Z]\s)")
# "(a) hold the first ...;", "(iv) agree ...": a lettered item of a paper's numbered paragraph
_LETTERED = re.compile(r"^\(?(?:[a-z]|[ivx]{1,4})\)\s+(?=[a-z])")
LEAD_WORD = r"(?:leads?|owners?|led\s+by|responsible|accountable|DRI)"
_LEAD_ONLY = re.compile(rf"^{LEAD_WORD}\s*[:：]\s*[A-Z][^:]{{2,70}}$", re.I)
_LEAD_OPEN = re.compile(rf"\b{LEAD_WORD}\s*[:：]$", re.I)
_LEAD_LABEL = re.compile(rf"^{LEAD_WORD}\s*[:：]$", re.I)  # the label alone: "Lead:"
# "... and list it or close it. Lead: Case Progression Manager."
_LEAD_TAIL = re.compile(
    rf"^(?P<body>.{{12,}}?[.;]?)\s+{LEAD_WORD}\s*[:：]\s*(?P<lead>[A-Z][^:.;]{{2,70}}?)\.?$",
    re.I,
)


# "... booked while the tenant is on the line. The Head of IT and Data will lead this."
_LEAD_SENTENCE = re.compile(
    r"^(?P<body>.{12,}?[.;])\s+(?:[Tt]he\s+)?(?P<lead>[A-Z][\w&,'’ -]{2,70}?)\s+"
    r"(?:will\s+(?:lead|own)|leads|owns|is\s+leading)\s+(?:this|it|the\s+work|this\s+work)\.?$"
)


def without_lead(line: str) -> str:
    """A line of work without the lead named after it ("Fit in-cab technology by March 2029 —
    Lead: Head of Digital" -> "Fit in-cab technology by March 2029"), as the deck's plan
    titles the work; any other line as it is."""
    m = _LEAD_TAIL.match(line)
    return m.group("body").rstrip(_AFTER_WORK) if m else line


_AFTER_WORK = " ;,—–-"  # what separates a line of work from the lead named after it


def _lead_named(line: str) -> str:
    """The role a lead line names: "Accountable: Head of Leakage." is the Head of Leakage."""
    return line.split(":", 1)[1].strip().rstrip(".")


def lead_clause(title: str) -> str:
    """What a title is about: all of a short one; an action title's first clause ("Six
    measures will tell us whether we are on track; two are red today" is about the measures,
    not about today)."""
    if len(words(title)) < 8:
        return title
    return re.split(r"\s*(?:[;:—–]|,\s+(?:and|but|so)\b)\s*", title, maxsplit=1)[0]


# The head of a roadmap's column: "Now · 2028-29", "Phase 2", "Year 3", "2029/30".
_BOARD_HEAD = re.compile(r"^(?:now|next|later|then)\b|\b20\d\d\b", re.I)


def _column_reading(blocks: list[Block]) -> list[Block]:
    """A board of columns (a roadmap's "Now · 2028-29 | Next · 2029-30 | Later · 2030-32", each
    head over its boxes, a gate card at each column's foot) read a column at a time: its head,
    then the boxes set under it, top to bottom; the boxes across the board after. A slide's
    shapes are stored in the order they were drawn, which may put every column's foot last.
    Blocks are returned as given unless three heads at least stand on one row."""
    placed = [b for b in blocks if b.kind is BlockKind.body and b.box is not None]
    heads = [
        b
        for b in placed
        if len(words(b.text)) <= 6
        and (_BOARD_HEAD.search(b.text) or _phases.PHASE_KEY.search(b.text))
    ]
    rows: dict[int, list[Block]] = {}
    for b in heads:
        rows.setdefault(b.box[1], []).append(b)  # type: ignore[index]
    row = max(rows.values(), key=len, default=[])
    lefts = sorted({b.box[0] for b in row})  # type: ignore[index]
    if len(row) < 3 or len(lefts) < len(row):
        return blocks
    first = min(blocks.index(b) for b in row)
    if any(b.kind is BlockKind.body and b.box is None for b in blocks[first:]):
        return blocks  # lines without a place (a group's bullets): their order is all there is
    top = row[0].box[1]  # type: ignore[index]
    width = min(b.box[2] for b in row)  # type: ignore[index]
    columns: dict[int, list[Block]] = {x: [] for x in lefts}
    for b in placed:
        x, y, w, _h = b.box  # type: ignore[misc]
        left = min(lefts, key=lambda c: abs(c - x))
        if y >= top and abs(left - x) <= width * 0.05 and w <= width * 1.1:
            columns[left].append(b)
    if sum(len(c) > 1 for c in columns.values()) < 3:
        return blocks
    ordered = [b for x in lefts for b in sorted(columns[x], key=lambda b: b.box[1])]  # type: ignore[index]
    taken = {id(b) for b in ordered}
    before = [b for b in blocks if id(b) not in taken and (b.box is None or b.box[1] < top)]
    after = [b for b in blocks if id(b) not in taken and not (b.box is None or b.box[1] < top)]
    return before + ordered + after


# A title that names what its slide holds, whatever section it stands in ("01 WHY NOW" over
# "Executive Summary"): the summary, not today.
_OWN_SUBJECT = re.compile(
    r"\b(?:summary|at\s+a\s+glance|ambition|north\s+star|vision|goals|targets)\b", re.I
)


def _in_scope(lines: list[tuple[str, Block]]) -> list[tuple[str, Block]]:
    """A slide's lines without what it says the plan leaves out: a "Not in scope" label (a
    short line, no bullet) and the lines under it ("On-street parking, which the districts
    run for us") up to the slide's next such label ("Our limits"), and a line that says so
    itself ("Not in this plan: ...")."""
    kept: list[tuple[str, Block]] = []
    outside = False
    for text, block in lines:
        heading = not block.bullet and len(words(text)) <= 5 and not text.endswith(".")
        label, colon, _rest = text.partition(":")
        if heading and section("non_goals").search(text):
            outside = True
            continue
        if colon and len(words(label)) <= 5 and section("non_goals").search(label):
            continue  # "Not in this plan: marketing and the loyalty scheme"
        if outside and not heading:
            continue
        outside = False  # the next label ends the list
        kept.append((text, block))
    return kept


class _Slide:
    """One unit's meaningful lines in reading order, without footers, counters and its title."""

    def __init__(
        self, deck: Deck, unit: Unit, noise: set[str], cited: frozenset[str] = frozenset()
    ) -> None:
        self.unit = unit
        self.source = _source(deck, unit)
        # ("Appendix A. Measures" the body points to: read as what it names, "Measures")
        self.title = cited_title(_clean(unit.title or ""), cited)
        self.lines: list[tuple[str, Block]] = []
        self.tables: list[list[list[str]]] = []
        self.notes: list[tuple[str, Block]] = []  # the speaker notes, read only where they say
        self.charts: list[tuple[str, list[list[str]]]] = []  # a chart's title and its data
        drawn = _drawn.drawn_table(unit)  # a scorecard drawn with text boxes
        if drawn is not None:
            self.tables.append(drawn[0])
        placed = drawn[1] if drawn is not None else set()
        work_after: int | None = None  # lines read before a repeated work label
        for block in _column_reading(unit.blocks):
            if id(block) in placed:
                continue
            if block.kind is BlockKind.table and block.rows:
                self.tables.append([[_cell(c) for c in row] for row in block.rows])
                continue
            if block.kind is BlockKind.notes:
                self.notes += [
                    (line, block) for raw in block.text.splitlines() if (line := _clean(raw))
                ]
                continue
            if block.kind is BlockKind.chart and block.rows:
                self.charts.append((block.text.split("\n", 1)[0], block.rows))
            if block.kind in (BlockKind.chart, BlockKind.image_alt):
                continue
            for raw in block.text.splitlines():
                line = _clean(raw)
                if line in noise and _COMMIT_LABEL.match(line) and work_after is None:
                    # "What we will do" on every pillar's slide is no footer: the slide's
                    # work starts under it, and what it says above is why.
                    work_after = len(self.lines)
                if (
                    not line
                    or line in noise
                    or _PAGE_COUNTER.match(line)
                    or _counter(line, unit.number, len(deck.units))
                    or _FILE_NAME.match(line)
                    or line == str(unit.number)  # the slide's own page number
                ):
                    continue
                if line == self.title or (
                    self.title and self.title.endswith(line) and len(line) > 12
                ):
                    continue
                self.lines.append((line, block))
        above_label = {t for t, _ in self.lines[: work_after or 0]}
        self.leads: dict[str, str] = {}  # a line's text -> the lead the deck names for it
        self.shared: set[str] = set()  # lines whose lead is named once for a list of them
        self._paragraphs()
        # A section label repeated above the title ("03", "EXECUTION ROADMAP") is no content,
        # but it says what part of the deck this is ("1 · THE CASE FOR CHANGE").
        # Three or more in a row ("PRE-SEASON", "FIRST HALF", "SECOND HALF") name columns.
        capitals = [bool(_LABEL_ONLY.match(t)) and len(words(t)) <= 3 for t, _ in self.lines]
        in_row = {
            k for i in range(len(capitals) - 2) if all(capitals[i : i + 3]) for k in range(i, i + 3)
        }
        labels = [
            i
            for i, (t, _) in enumerate(self.lines)
            if i < 3
            and i not in in_row
            and _LABEL_ONLY.match(t)
            and len(words(t)) <= 3
            and not pattern("before_state").match(t)
            and not pattern("after_state").match(t)
        ]
        # Section labels, numbered or not ("1 · THE CASE FOR CHANGE"), in capitals.
        self.labels = [
            bare
            for b in unit.blocks[:4]
            if b.kind is BlockKind.body
            and len(b.text) <= 60
            and (bare := re.sub(r"^\s*\d{1,2}\s*[·.|:]?\s+", "", b.text.strip())).isupper()
            and len(words(bare)) <= 6
        ]
        self.lines = [line for i, line in enumerate(self.lines) if i not in labels]
        self.lines = _in_scope(self.lines)
        # A question for a title ("How do we get cleaner kerbside recycling?") asks what the
        # line under it answers ("Move 1 · Cleaner kerbside", "Project Magpie: 12 rounds in
        # Dunmere ..."): that line names the slide, and the question still says what it is.
        self.question = ""
        if self.title.endswith("?") and self.lines and _answers(self.lines):
            self.question, self.title = self.title, self.lines[0][0]
            self.lines = self.lines[1:]
        # On a from/to slide, the lines under an "Old positioning" / "Today" label describe
        # what is being left behind: never work to do. An "after" label ends the run.
        self.left_behind: set[int] = set()
        self.target_state: set[int] = set()  # the lines under a "New positioning" label
        # A slide about today (its title or its section label says so): no work, no targets.
        # A "Today" label over the state a pillar leaves behind, with "What we will do" under
        # it, heads one part of a pillar's slide, not the slide.
        working = any(section("work_list").match(t) for t, _ in self.lines)
        labels_of_slide = [
            lb for lb in self.labels if not (working and pattern("before_state").match(lb))
        ]
        parts = [lead_clause(self.title), *labels_of_slide, self.question]
        # (and one of what the plan leaves out on purpose: "Non-goals", "What we will not do";
        # "01 · WHY NOW" over a title says so as much as a title that opens "Why now")
        self.about_today = bool(
            section("not_plan").search(" ".join(parts))
            or not _OWN_SUBJECT.search(self.title)
            and any(section("not_plan").search(p) for p in parts[1:])
            or any(section("non_goals").search(h) for h in [self.title, *self.labels])
        )
        # Drawn Gantt bars dated by their place under the time axis (set by the reader).
        self.placed: dict[str, timeline.Span] = {}
        # The first line under a repeated "What we will do" label: the lines above it (the
        # outcome, its facts, its lead) say why, and are no work. Lines merged since keep
        # their place: the count stops at the first line not read above the label.
        self.work_from = 0
        while self.work_from < len(self.lines) and self.lines[self.work_from][0] in above_label:
            self.work_from += 1
        behind = ahead = False
        for i, (t, _) in enumerate(self.lines):
            if len(t) <= 40 and pattern("before_state").match(t):
                behind, ahead = True, False
            elif len(t) <= 40 and pattern("after_state").match(t):
                behind, ahead = False, True
            elif behind and (
                section("work_list").match(t) or _LABEL_ONLY.match(t) and len(words(t)) <= 3
            ):
                behind = False  # "GOAL", "WHAT WE WILL DO": the next part of the slide
            elif behind:
                self.left_behind.add(i)
            elif ahead:
                self.target_state.add(i)

    def _paragraphs(self) -> None:
        """A board paper's numbered paragraphs, read as what they say: the paragraph number
        ("5.7 We will add ...") goes where three or more lines carry one, and so does the
        letter of a listed item ("(b) agree the baselines ...;"); the lead named under an item
        of work ("... Lead: Head of Listing.", on its line or the next) is taken off its text
        and kept in ``leads``. A card's "Owner: ..." under a pillar's description stays."""
        numbered = sum(bool(PARAGRAPH_NO.match(t)) for t, _ in self.lines) >= 3
        lettered = sum(bool(_LETTERED.match(t)) for t, _ in self.lines) >= 3
        joined: list[tuple[str, Block]] = []
        for line, block in self.lines:
            if numbered:
                line = PARAGRAPH_NO.sub("", line)
            if lettered and _LETTERED.match(line):
                line = _LETTERED.sub("", line)
                line = re.sub(r"\s*;(?:\s+(?:and|or))?$", "", line)
                line = line[:1].upper() + line[1:]
            # "DRI:" over "Head of Scheduling": a label and its value drawn as two runs
            if joined and _LEAD_OPEN.search(joined[-1][0]) and len(words(line)) <= 8:
                joined[-1] = (f"{joined[-1][0]} {line}", joined[-1][1])
                continue
            joined.append((line, block))
        boxed = self._column_owners(joined)
        merged: list[tuple[str, Block]] = []
        for line, block in joined:
            if merged and _LEAD_ONLY.match(line) and line not in boxed:
                # The items a lead line heads: the work right above it, back to a heading or
                # to an item with a lead of its own ("DRI:" under each initiative, or one
                # "Accountable:" at the foot of a card of them). A numbered paragraph's
                # lead is its own.
                group: list[str] = []
                if not numbered:
                    for prev, _ in reversed(merged):
                        if prev in self.leads or _LEAD_ONLY.match(prev):
                            break
                        if group and not (opens_with_work(prev) or we_will_work(prev)):
                            break
                        if not group and len(words(prev)) < 4:
                            break
                        group.append(prev)
                if group:
                    # "Owner: Director of Patient Access; SMS reminders from Q2": the name;
                    # "Leads: Head of Digital; Head of Logistics": each of the names
                    plural = re.match(r"\W*(?:leads|owners)\s*[:：]", line, re.I)
                    lead = _lead_named(line if plural else line.split(";")[0])
                    if plural and not re.search(_ROLE_TITLE, lead):
                        # "Leads: Trade counter referrals; Web enquiries": sales leads
                        merged.append((line, block))
                        continue
                    self.leads.update((item, lead) for item in group)
                    if len(group) >= 3:
                        self.shared |= set(group)  # "Lead: Director of X" under a pillar's list
                    continue
                if numbered or we_will_work(merged[-1][0]):
                    merged[-1] = (f"{merged[-1][0]} {line}", merged[-1][1])
                    continue
            merged.append((line, block))
        self.lines = []
        for line, block in merged:
            bracket = _LEAD_BRACKET.match(line)
            m = _LEAD_TAIL.match(line) or _LEAD_SENTENCE.match(line) or bracket
            # (a role in brackets after the line names its lead, whatever verb opens it)
            if m is not None and (m is bracket or we_will_work(line) or opens_with_work(line)):
                line = m.group("body").rstrip(_AFTER_WORK)
                self.leads[line] = m.group("lead").strip()
            self.lines.append((line, block))

    def _column_owners(self, lines: list[tuple[str, Block]]) -> set[str]:
        """Cards set side by side, each with its owner in a box of its own under it ("Owner:
        SHEQ Director" under the column of that priority's work): the owner leads the work
        listed in the card above, the one its box lines up with. Returns the owner lines
        placed so."""
        owners: list[tuple[tuple[int, int, int, int], str]] = []
        boxed: set[str] = set()
        cards: dict[tuple[int, int, int, int], list[str]] = {}
        for line, block in lines:
            if block.frame is None:
                continue
            if _LEAD_ONLY.match(line):
                owners.append((block.frame, line))
            else:
                cards.setdefault(block.frame, []).append(line)
        for (x, y, w, _h), owner in owners:
            # every shape of the column above it: its heading bar and its box of work
            for box, listed in cards.items():
                overlap = min(x + w, box[0] + box[2]) - max(x, box[0])
                if box[1] < y and overlap > 0.5 * min(w, box[2]):
                    boxed.add(owner)
                    for line in listed:
                        self.leads.setdefault(line, _lead_named(owner))
                    work = [ln for ln in listed if opens_with_work(ln) or we_will_work(ln)]
                    if len(work) >= 3:
                        self.shared |= set(work)  # one lead under a card of the pillar's work
        return boxed

    @property
    def named(self) -> str:
        """The title with the eyebrow labels over it ("09 · RISKS", "GOVERNANCE"): what the
        slide says it is."""
        return " ".join([self.title, *self.labels, self.question]).strip()

    @property
    def subtitles(self) -> list[str]:
        """The short lines right under the title that say what the slide is about."""
        return [t for t, _ in self.lines[:2] if len(words(t)) <= 25]

    @property
    def heading(self) -> str:
        """Title plus subtitle: where the slide says what it is about."""
        return " ".join([self.title, *self.subtitles, self.question]).strip()

    def texts(self) -> list[str]:
        return [t for t, _ in self.lines]

    def take_notes(self, kind: str) -> None:
        """The speaker notes of a first-days, risk or pilot slide hold what did not fit on it:
        "One more for the first 90 days: enrol the first 8 apprentices ...", "A fifth risk:
        the price of cans." over "Mitigation: fix the price ...", "Our success criteria:"
        over the criteria. Those lines join the slide's own; the rest of a script does not."""
        taken: list[tuple[str, Block]] = []
        for line, block in self.notes:
            if _SCRIPT.search(line):
                if taken and kind == "pilot":
                    break  # the criteria end where the presenter talks again
                continue
            label, _, rest = line.partition(":")
            rest = rest.strip()
            labelled = bool(rest) and 1 <= len(words(label)) <= 14
            if kind == "first_days":
                # after a label any imperative, or the work a pledge names ("And one not on the
                # slide: we will write to all 640 tutors ..."); a bare line of script only with
                # a verb of work ("Thank the board" opens a speech, not a piece of work)
                item = rest[:1].upper() + rest[1:] if labelled else line
                pledge = off_slide(line) if labelled else None
                if pledge is not None:
                    taken.append((pledge, block))
                elif imperative_item(item) if labelled else opens_with_work(item):
                    taken.append((item.rstrip("."), block))
            elif kind == "risk":
                if _MITIGATION.match(line) or _RISK_LINE.match(line):
                    taken.append((line, block))
                elif labelled and re.search(r"\brisks?\b|^R\d{1,2}\b", label, re.I):
                    taken.append((rest[:1].upper() + rest[1:].rstrip("."), block))
                elif (pledged := we_will_work(line)) is not None:
                    # "We will turn on two-factor sign-in ...": what the deck does about the
                    # risk the note before it names ("R6, not on the slide: a cyber attack")
                    said = taken[-1][0] if taken and not _RISK_ARROW.match(taken[-1][0]) else ""
                    if said:
                        taken[-1] = (f"{said} → {pledged.rstrip('.')}", block)
                    else:
                        taken.append((f"Mitigation: {pledged.rstrip('.')}", block))
            elif re.search(r"\b(?:success|acceptance|exit)\s+criteria\b", label, re.I) and not rest:
                taken.append(("Success criteria:", block))
            elif taken:
                taken.append((line.rstrip("."), block))  # the criteria under their label
        self.lines += taken


# A note that says what follows is missing from its slide: "Not on the slide:", "And one
# that is not on the slide:", "One more:".
_OFF_SLIDE = re.compile(
    r"^(?:and\s+)?(?:one\s+more|(?:one|another)\s+(?:that|thing)\s+(?:is|was)\s+not\s+on\s+the\s+slide|"
    r"not\s+on\s+the\s+slides?|(?:also\s+)?off\s+the\s+slide)\b[^:]{0,40}:\s*(?P<rest>\S.*)$",
    re.I,
)


def off_slide(line: str) -> str | None:
    """The work a note adds to its slide ("Not on the slide: from February 2030 we will open
    a drop-in ..." is "Open a drop-in ... (from February 2030)"), else None."""
    m = _OFF_SLIDE.match(line.strip())
    if m is None:
        return None
    return pledge_after_lead(m.group("rest"), keep_lead=True)


# A clause before a pledge that says when, where or what for ("When a parcel misses its
# trunk,", "To take orders until 23:00", "On the road,"): kept beside the work it dates.
_LEAD_CLAUSE = re.compile(
    r"^(?:when|whenever|once|if|to|on|in|at|from|by|after|before|during|for|over|across|until|"
    r"within|between|each|every)\b",
    re.I,
)


def pledge_after_lead(text: str, *, keep_lead: bool = False) -> str | None:
    """The work a sentence pledges after a clause that leads it ("When a parcel misses its
    trunk, we will tell the customer the same evening" is "Tell the customer the same evening
    (when a parcel misses its trunk)"; "Atlas can only share ... from version 12, so we will
    upgrade Atlas WMS ..." is "Upgrade Atlas WMS ..."), else None. ``keep_lead``: bracket
    whatever leads it."""
    at = re.search(r"(?:^|[\s,;:])(we\s+(?:will|'ll)\b)", text, re.I)
    if at is None:
        return None
    pledge = we_will_work(text[at.start(1) :])
    if pledge is None:
        return None
    lead = text[: at.start(1)].strip(" ,;:")
    lead = re.sub(r"\s*(?:,\s*)?\b(?:so|and|then|now|therefore)$", "", lead, flags=re.I).strip(" ,")
    if lead and (keep_lead or _LEAD_CLAUSE.match(lead) and len(words(lead)) <= 12):
        return f"{pledge.rstrip('.')} ({lead[:1].lower() + lead[1:] if not keep_lead else lead})"
    return pledge.rstrip(".")


# A presenter's script in the notes: cues, questions, hand-overs, reminders to self.
_SCRIPT = re.compile(
    r"^(?:key\s+point|note|timing|transition|presenter|speaker|remember|reminder|pause|click|"
    r"next\s+slide)\b|\?\s*$|^(?:that's|this\s+is|so,|ok|okay|thank|i\b|i'll|i'm|we'll\s+now)\b|"
    r"\b(?:will\s+take\s+you\s+through|hand\s+over\s+to|next,\s+\w+\s+will)\b",
    re.I,
)
_LEAD_QUESTION = re.compile(r"^(?:what|how|where|who|why|when|which)\b", re.I)


def _answers(lines: list[tuple[str, Block]]) -> bool:
    """Whether the first line under a question title names the slide: short, a label or a
    clause rather than a sentence or a figure, and not the first of a list of like items
    ("Move 1 ...", "Move 2 ..." on an overview)."""
    first = lines[0][0]
    toks = words(first)
    if not 2 <= len(toks) <= 14 or first.endswith(("?", ".")) or not first[:1].isalpha():
        return False
    if _LEAD_QUESTION.match(first):  # "What we will do", "How it works": a sub-heading
        return False
    if re.fullmatch(rf"[^:]{{2,40}},\s*{timeline.MONTH}\s+(?:19|20)\d\d", first, re.I):
        return False  # "Kick-off review, September 2027": a dated marker, not the slide's name
    listed = [imperative_item(_ITEM_CODE.sub("", t)) for t, _ in lines[:6]]
    if (
        listed[0] and sum(listed[1:]) >= 2
    ):  # "Appoint ...", "Agree ...", "Order ...": a list of work
        return False
    head = re.match(r"^(\w+)\s+(?:\d+|[ivx]+|[A-H])\b", first, re.I)
    if head:  # "Move 1 ..." followed by "Move 2 ...": a list of moves, not a name
        again = re.compile(rf"^{re.escape(head.group(1))}\s+(?:\d+|[ivx]+|[A-H])\b", re.I)
        if sum(bool(again.match(t)) for t, _ in lines) >= 2:
            return False
    return True


# --------------------------------------------------------------------------- reader


# The plan itself runs over a window ("The programme runs from 1 July 2027 to ...", "The plan
# covers both winters and the summer between: July 2028 to June 2030"), not a contract, a
# lease or a licence it mentions
_PLAN_RUNS = re.compile(
    r"(?:^|[.;:]\s+)\W*(?:the|this|our)\s+(?:plan|programme|program|strategy)\s+"
    r"(?:runs?|will\s+run|covers?|spans?)\b",
    re.I,
)
# ... and one that says when a part of it or another programme runs: "The training programme
# will run from July 2028 to June 2029", "Phase 1 of the plan runs ...", "The first year of the
# plan covers ..."
# what a plan's money or a contract runs for, not the plan: "This plan covers the 2028/29
# budget: April 2028 to March 2029"
_MONEY_TERM = re.compile(r"\b(?:budget|funding|grant|contract|lease|licen[cs]e|savings?)\b", re.I)
_PART_RUNS = re.compile(
    r"\b(?!(?:the|this|our|a|an|its|whole)\b)[a-z][\w-]*\s+(?:plan|programme|program|strategy)\s+"
    r"(?:runs?|will\s+run|covers?|spans?)\b"
    r"|\b(?:phase|stage|wave|step|year|part|half)\b[^.;:]{0,20}\bof\s+the\s+(?:plan|programme|program)\b"
    r"|\b(?:plan|programme|program)['’]s\s+(?:[\w-]+\s+)?(?:phase|stage|wave|step|year|part|half)\b",
    re.I,
)
# A sentence that says when the whole plan runs, not a stage's label ("Run: Oct 2028 to ...")
_RUNS = re.compile(
    r"\b(?:plan|programme|program|strategy)\b|\bruns?\s+(?:from|between)\b|"
    r"\b(?:phases|stages|moves|waves|steps)\s+over\b",  # "Four moves over 30 months, from ..."
    re.I,
)


# The rules engine reads the deck's plan in three steps of one run (visions, the plan's own
# node, scenarios) and the eval runner again for parity; the last few readings are kept by
# the deck's whole content (two plan-sized reads per eval case cost 0.25 s each).
_READ: dict[str, DeckPlan] = {}
_KEEP = 4
_READ_LOCK = threading.Lock()  # a library caller may plan on several threads


def read_deck_plan(deck: Deck) -> DeckPlan:
    """The deck's own plan; a copy, so a caller may change it."""
    key = deck.model_dump_json()
    with _READ_LOCK:
        kept = _READ.get(key)
    if kept is None:
        kept = _read_deck_plan(deck)
        with _READ_LOCK:
            while len(_READ) >= _KEEP:
                del _READ[next(iter(_READ))]
            _READ[key] = kept
    return kept.model_copy(deep=True)


def _read_deck_plan(deck: Deck) -> DeckPlan:
    # A financial year the deck defines ("FY29 runs March 2028 to February 2029") dates its
    # "FY29" and "H1 FY30" labels; a deck that does not say keeps FY29 as the year 2029.
    said = [*deck.clock, *(b.text for u in deck.units if not u.hidden for b in u.blocks)]
    # ... and its numeric dates are read in its own order ("12/31/2028": month first).
    # ... and the periods it defines by their months ("harvest = August to October").
    # ... and the day it counts from ("Launch Day: 3 May 2030" and "L-18", "L+12"), and its
    # numbered periods ("Cycle 5 starts on 6 March 2028", "every cycle runs eight weeks").
    with (
        timeline.fiscal(timeline.fiscal_year(said)),
        timeline.date_order(timeline.day_first(said)),
        timeline.periods(timeline.defined_periods(said)),
        timeline.anchors(timeline.defined_anchors(said)),
        timeline.numbered(timeline.defined_numbered(said)),
    ):
        return _read_plan(deck)


# A roadmap's line that explains the chart or freezes a period, not work the plan does
_READS_THE_CHART = re.compile(
    r"^(?:why\b|how\s+to\s+read\b|(?:a\s+|the\s+)?change\s+freeze\b"
    r"|no\s+(?:[\w-]+\s+){0,2}?(?:changes?|releases?|deployments?|go-lives?)"
    r"\s+(?:to\s+[\w\s]{1,30}?\s+)?(?:in|during|between|from)\b)",
    re.I,
)
# A last phase that runs on to the plan's end: "LY4 onwards", "2033 and after", "to the end of
# the programme"
_OPEN_ENDED = re.compile(
    r"(?:\b(?-i:[A-Z]{1,3})\s?\d{1,3}|\b20\d\d(?:/\d\d)?|\byear\s+\d{1,2})"
    r"(?:\s*[:·,]?\s+onwards?(?=\s*(?:[,.;:)–-]|$|to\b|until\b|through\b))"
    r"|\s+and\s+(?:after|beyond)\b)"
    r"|\bto\s+the\s+end\s+of\s+the\s+(?:plan|programme|program|strategy|price\s+control)\b"
    r"|^\W*onwards\b",  # "Onwards, to the close" (not "Onward rail links")
    re.I,
)


# A memo's numbered section heading: "8. What could go wrong", "Appendix D. Definitions".
_SECTION_HEAD = re.compile(r"^(?:(\d{1,2})\.|appendix\s+([A-Z])[.:])\s+(?=[A-Z])", re.I)


def _section_key(text: str) -> tuple[int, int] | None:
    """Where a numbered heading stands in the memo's order: numbered sections first, then
    lettered appendices."""
    m = _SECTION_HEAD.match(text)
    if m is None or len(words(text)) > 9 or text.rstrip().endswith((".", ";", ",")):
        return None
    return (0, int(m.group(1))) if m.group(1) else (1, ord(m.group(2).upper()) - ord("A"))


def _memo_sections(deck: Deck) -> list[Unit]:
    """A document's pages, each cut at the numbered section headings inside it ("7. Plan and
    timing" titles the page; "8. What could go wrong" starts halfway down): every section is
    read as what its own heading names, on the page it stands on. Only headings that go on
    from the page's own number count, so a numbered list under a heading is never cut."""
    if deck.kind != "pdf":
        return list(deck.units)
    out: list[Unit] = []
    for unit in deck.units:
        key = _section_key(unit.title or "")
        if key is None:
            out.append(unit)
            continue
        title, blocks = unit.title, [b for b in unit.blocks if b.kind is not BlockKind.title]
        title_blocks = [b for b in unit.blocks if b.kind is BlockKind.title]
        start = 0
        for i, block in enumerate(blocks):
            here = _section_key(block.text) if block.kind is BlockKind.body else None
            if here is None or block.bullet or here <= key:
                continue
            out.append(
                unit.model_copy(update={"title": title, "blocks": title_blocks + blocks[start:i]})
            )
            head = block.model_copy(update={"kind": BlockKind.title, "bullet": None})
            title, title_blocks, key, start = block.text, [head], here, i + 1
        out.append(
            unit.model_copy(update={"title": title, "blocks": title_blocks + blocks[start:]})
        )
    return out


# A slide that says it holds the next plan's work: "Beyond this plan: ..." ("After 2028:
# every site" may still be this plan's)
_NEXT_PLANS = re.compile(
    r"\b(?:beyond|after|outside|past)\s+(?:this|the|our)\s+(?:plan|programme|program|strategy)\b",
    re.I,
)
# ... or one about what comes after the plan at all: its title's years are not the plan's
_AFTER_THE_PLAN = re.compile(
    rf"{_NEXT_PLANS.pattern}|^\W*(?:beyond|later|after\s+20\d\d)\b",
    re.I,
)


def _past_the_plan(label: str) -> bool:
    """A lane's or a column's head past the plan's end ("Later (2030+)", "Beyond FY29", "2031
    onwards"): a short label with a period, a "+" or "onwards", or the bare word; not work
    that starts "Later opening hours ..." or "Future-proof the fleet"."""
    bare = label.lower().strip(" .:()")
    return bool(
        bare in _PAST_WORDS
        or _phases._BEYOND.search(label)
        and len(words(label)) <= 4
        and re.search(r"(?:19|20)\d\d|\bfy\s?\d\d|\+|\bonwards?\b", label, re.I)
    )


_PAST_WORDS = frozenset(
    {
        "later",
        "beyond",
        "future",
        "afterwards",
        "thereafter",
        "deferred",
        "parked",
        "not now",
        "on hold",
        "next plan",
        "after the plan",
        "beyond this plan",
        "not in this plan",
    }
)


def _read_plan(deck: Deck) -> DeckPlan:
    noise = boilerplate(deck)
    cited = cited_appendices(deck)
    slides = [_Slide(deck, u, noise, cited) for u in _memo_sections(deck) if not u.hidden]
    plan = DeckPlan()
    plan.title, plan.organization = _title_and_org(deck, slides, noise)
    all_text = [s.title for s in slides] + [t for s in slides for t in s.texts()]
    range_start, horizon, origin = timeline.plan_window(
        # ("Beyond this plan: the next review period (2031-36)" dates the plan after this one)
        [plan.title or "", *(s.title for s in slides if not _AFTER_THE_PLAN.search(s.title))]
    )
    own = timeline.plan_window([plan.title]) if plan.title else (None, None, 0.0)
    if own[0] and range_start and range_start < own[0]:
        # The deck's title says when the plan runs ("... Plan 2028-2032"); an earlier range in
        # another title is the year it starts from ("Kestrel in 2026-27"), not the plan's.
        range_start, horizon, origin = own
    # The cover's subtitle often carries the plan's period in months ("April 2027 to March
    # 2030") where the titles say "FY28 to FY30": those months are the plan's clock.
    cover = [t for t in (slides[0].texts()[:4] if slides else []) if timeline.month_range(t)]
    # ... or a line of the cover or the summary says when the plan runs ("A four-year plan,
    # April 2028 to March 2032", "It runs from February 2028 to July 2029 in three stages")
    cover = (
        cover
        or [
            t
            for i, s in enumerate(slides[:3])
            for t in s.texts()
            if timeline.month_range(t)
            and (i == 0 or _RUNS.search(t) and len(words(t)) >= 6 and not _PART_RUNS.search(t))
        ][:1]
        # ... or, where no title gives the plan's years, a line on any slide that says what
        # the plan covers ("This plan covers FY28 and FY29: February 2028 to January 2030")
        or [
            t
            for s in (slides if range_start is None else [])
            for t in s.texts()
            if _PLAN_RUNS.search(t)
            and timeline.month_range(t)
            and not _PART_RUNS.search(t)
            and not _MONEY_TERM.search(t)
        ][:1]
    )
    if cover and not (range_start and origin):
        range_start, horizon, origin = timeline.plan_window(cover)
    elif range_start and not origin and horizon:
        # "The programme runs from 1 July 2027 to 31 December 2029" on any slide, inside the
        # years the title names ("2027-2030"): the months say which part of them
        said = next(
            (
                t
                for s in slides
                for t in s.texts()
                if _PLAN_RUNS.search(t) and timeline.month_range(t)
            ),
            None,
        )
        window = timeline.plan_window([said]) if said else (None, None, 0.0)
        if (
            window[0] == range_start
            and window[1]
            and window[2] + window[1] <= horizon + 1
            # (the whole plan, not one year of it: at least half the years the title names)
            and window[1] >= 0.5 * horizon
        ):
            range_start, horizon, origin = window
    # "Month 1 is April 2028" (anywhere: a roadmap on month numbers says it by its axis), or
    # "It runs for two years from January 2028" in the summary: the clock's first month
    anchored = (
        None
        if range_start and origin
        else timeline.plan_anchor(
            [t for s in slides for t in s.texts()],
            # (the cover and the summary, and a line on any slide that says what the plan
            # covers: "This strategy covers 2027 to 2030: three plan years from 1 April 2027")
            [t for s in slides[:3] for t in s.texts()]
            + [
                t
                for s in slides[3:]
                for t in s.texts()
                if _PLAN_RUNS.search(t) and not _PART_RUNS.search(t)
            ],
        )
    )
    if anchored is not None:
        # ("2027 to 2030: three plan years from 1 April 2027": the years it counts, not every
        # year the range touches)
        said_length = (
            anchored[2]
            if anchored[2] and anchored[2] <= (horizon or anchored[2]) <= anchored[2] + 56
            else None
        )
        range_start, origin, horizon = (
            anchored[0],
            anchored[1],
            said_length or horizon or anchored[2],
        )
    # "Month 0 = May 2028 · 14 months": a line that sets both ends says it best
    if (clock := timeline.stated_clock([t for s in slides for t in s.texts()])) is not None:
        range_start, origin, horizon = clock
    # "The road to May 2030" over the roadmap: the plan runs until the month it names
    road = next((m.group("when") for s in slides if (m := _ROAD_TO.match(s.title))), None)
    spans = timeline.calendar_spans(road, range_start) if road and range_start else []
    if len(spans) == 1 and spans[0].absolute and spans[0].end - spans[0].start <= 6 and horizon:
        until = spans[0].end - (origin or 0.0)
        if 0.4 * horizon <= until < horizon:
            horizon = int(round(until))
    # "Over the next three years we ..." in the summary, under a title's "2028 to 2031":
    # the length says how much of the years the range touches the plan runs
    next_years = next(
        (m for s in slides[:3] for t in s.texts() if (m := _NEXT_YEARS.search(t))), None
    )
    if next_years is not None and horizon:
        unit = (
            52.0 if next_years.group("unit").lower().startswith("y") else timeline.WEEKS_PER_MONTH
        )
        length = _count(next_years.group("n")) * unit
        if horizon - 56 <= length < horizon:
            horizon = int(round(length))
    roadmap_text = [
        t
        for s in slides
        if section("roadmap").search(s.title) or section("phase").search(s.title)
        for t in [s.title, *s.texts()]
    ]
    plan.start_year = (
        range_start or timeline.first_year(roadmap_text) or timeline.first_year(all_text[:40])
    )
    plan.horizon_weeks = horizon
    plan.dated_year = _dated_year(slides[0]) if slides else None

    plan.pillars, plan.pillar_word = _pillars_listed(slides)
    named_on: dict[str, Source] = {}  # pillars named with their work on one line, and where
    readings: list[_phases.Reading] = []
    pilot_at = _pilot(slides)  # where the deck stages its pilot, whatever it calls it
    # (what it was read from: the pilot is read again only if notes joined a slide's lines)
    read_from = [s.texts() for s in slides]
    for index, slide in enumerate(slides):
        title = slide.title
        heading = slide.heading
        if section("first_days").search(heading):
            slide.take_notes("first_days")
            plan.commitments += _asks_below(slide)
            plan.commitments += _checklist(slide, plan.start_year, kind="milestone")
            for table in slide.tables:
                rows = _plan_table(slide, table, plan.start_year, kind="milestone")
                rows = rows or _window_columns(slide, table, plan.start_year)
                _sequential_windows(rows, weeks=13.0)
                plan.commitments += rows
                plan.leads += [c.lead for c in rows if c.lead and c.lead not in plan.leads]
            continue
        # work the presenter adds that the slide leaves out, on any slide but a first-days list
        # (whose notes it reads with its items)
        plan.commitments += [
            Commitment(
                kind="initiative",
                title=shorten(pledge, 80),
                text=pledge,
                source=slide.source,
                section=slide.title,
            )
            for note, _ in slide.notes
            if (pledge := off_slide(note)) is not None
        ]
        # The title, or the eyebrow over it ("09 · RISKS", "GOVERNANCE"), says what a slide is.
        if section("risk").search(slide.named) and not section("not_plan").search(title):
            slide.take_notes("risk")
            plan.commitments += _risks(slide)
        if section("governance").search(slide.named):
            plan.commitments += _governance(slide)
            _governance_tables(slide, plan)
        # "We ask Council to:" as the title, or as a line over the asks
        if section("asks").search(slide.named) or any(
            _ASK_INTRO.match(t) for t in [slide.title, *slide.texts()]
        ):
            plan.commitments += _asks(slide)
        else:  # "Next Step (Decision Sought): ..." on a closing slide is the deck's ask too
            plan.commitments += _asks(slide, labelled=True)
        if section("roadmap").search(slide.named):
            _swimlanes(slide)
        shapes = _placed_lines(slide)
        slide.placed = (
            _phases.placed_spans(shapes, plan.start_year, slide.unit.bars)
            if len(shapes) >= 4
            else {}
        )
        carded = _cards_under_heads(slide)
        chart_texts, chart_levels = _chart_lines(slide, carded)
        texts, levels = _by_column(
            chart_texts,
            chart_levels,
            plan.start_year,
            row=_row_of_names(slide, plan.start_year)
            if section("roadmap").search(slide.named)
            else 0,
        )
        texts, levels = _boundary_stages(texts, levels)
        reading = (
            _phases.Reading()
            if _measures_only(slide)
            else _phases.read_slide(
                title,
                texts,
                slide.tables,
                slide.source,
                plan.start_year,
                index,
                slide.placed,
                levels,
                eyebrow=" ".join(slide.labels),
                cards=frozenset(t for t, b in slide.lines if id(b) in carded),
            )
        )
        if reading.consumed and _money_only(slide):
            # what the plan costs, year by year: its years may date the plan, but its amounts
            # ("$3.4m for Year 1 is in the Long-Term Plan") are no work (its asks are read);
            # a line that opens with work ("Report every measure to the Board ...") still is
            for record in reading.records:
                record.items = [i for i in record.items if opens_with_work(i[0])]
            reading.work = [w for w in reading.work if opens_with_work(w[0])]
        if reading.consumed:
            readings.append(reading)
            continue
        if reading.gates:
            readings.append(reading)  # a gate its slide names, whose lines are read on below
        if re.search(r"\bpilot\b", title, re.I) or _staged_pilot(slide, slides):
            slide.take_notes("pilot")
            piloted = _pilot_slide(slide, plan.start_year, origin)
            if piloted:
                plan.commitments += piloted
                continue
        if section("stages").search(heading) or section("roadmap").search(title):
            staged = _checklist(slide, plan.start_year, kind="stage")
            if len(staged) >= 2:
                plan.commitments += staged
                continue
        tabled = [c for table in slide.tables for c in _plan_table(slide, table, plan.start_year)]
        plan.commitments += tabled
        named = []
        if (
            (not plan.pillars or _MORE_PARTS.search(title))
            and section("pillars").search(title)
            and not _PILLAR_DETAIL.match(title)
            and not section("not_plan").search(title)
        ):
            # ("Priorities 1 and 2", then "Priorities 3 and 4": the second slide goes on)
            named = [n for n in _pillar_names(slide) if n not in plan.pillars]
            plan.pillars += named
            texts = slide.texts()
            for t in texts:
                head = _NAMED_INLINE.match(t.strip())
                if head and head.group("name") in named:
                    plan.pillar_details[head.group("name")] = head.group("rest").strip()
                    named_on[head.group("name")] = slide.source
            plain = [NAME_NUMBER.sub("", uncircle(t)) for t in texts]  # "1 Healthier fish"
            heads = sorted((plain.index(n), n) for n in named if n in plain)
            head_rows = [row for row, _ in heads]
            # Heads side by side ("1. Right linen", "2. Lean plants", "3. Safe people", each
            # a column with its line under it) read as one row of heads, then one row of
            # lines: each head's line is its column's, not the next head.
            across = (
                len(head_rows) >= 2
                and head_rows == list(range(head_rows[0], head_rows[0] + len(head_rows)))
                and head_rows[-1] + len(head_rows) < len(texts)
            )
            for k, (row, name) in enumerate(heads):
                if across:
                    below = head_rows[-1] + 1 + k
                    if below < len(texts):
                        plan.pillar_details[name] = texts[below]
                    continue
                if row < len(texts) - 1:
                    plan.pillar_details[name] = texts[row + 1]
                    # the work listed under each head on a slide of the whole plan
                    stop = heads[k + 1][0] if k + 1 < len(heads) else len(texts)
                    work = [t for t in texts[row + 1 : stop] if opens_with_work(t)]
                    if len(work) >= 2:
                        plan.pillar_text.setdefault(name, " ".join([name, *work]))
        pillar = _pillar_of(slide, plan.pillars, plan.pillar_word)
        if pillar is not None:
            for c in tabled:  # a table of initiatives on the pillar's own slide
                c.pillar = c.pillar or pillar
            bullets = _one_model(slide, pillar, _pillar_bullets(slide, pillar))
            _by_pillar_heads(slide, bullets, plan.pillars)
            plan.commitments += bullets
            seen = plan.pillar_text.get(pillar) or plan.pillar_details.get(pillar, "")
            plan.pillar_text[pillar] = " ".join([seen, slide.title, *slide.texts()]).strip()
        elif _enabler_slide(slide):
            plan.commitments += _pillar_bullets(slide, None)
        listed = _initiatives(slide, pillar) + _tier_table(slide, pillar)
        _by_pillar_heads(slide, listed, plan.pillars)
        plan.commitments += listed
        if named:
            # The slide that names the pillars describes each; its descriptions are no work
            # ("Priority 4" over "Pay, claim and ask online. Let people settle fines ...").
            plan.commitments = [
                c
                for c in plan.commitments
                if c.source != slide.source or not any(_describes(c, n) for n in named)
            ]
        on_pilot = pilot_at is not None and slide.source == pilot_at.source
        counted = [
            t[m.end() - 1 :].strip().lower()[:30]
            for t in (slide.texts() if on_pilot else [])
            if (m := _STEP_COUNT.match(t)) is not None
        ]
        if len(counted) >= 3:
            # the pilot's steps, each counted on the deck's clock from its start ("GL - 8
            # weeks: connect the repair partners", "Week 3: ..."): the pilot's work, in order
            steps = [
                c.model_copy(update={"pilot": True})
                for c in _checklist(slide, plan.start_year, kind="milestone")
                if c.text.strip().lower()[:30] in counted  # (no other line of the slide)
            ]
            if len(steps) >= 3:
                plan.commitments += [
                    c for c in steps if not any(_same(c, d) for d in plan.commitments)
                ]
        if (
            pilot_at is not None
            and slide.source == pilot_at.source
            and not any(c.source == slide.source for c in plan.commitments)
        ):
            # the slide that stages the pilot in other words ("Cables go in first at the
            # Halvorsen elevator", "Closed beta: ... first with 1,800 season-ticket holders"),
            # read as nothing else, lists how it runs: its steps are the pilot's work, its
            # reasons are not
            plan.commitments += _pilot_slide(slide, plan.start_year, origin, staged=pilot_at.text)
        if on_pilot and not any(
            c.source == slide.source and c.kind in ("phase_item", "milestone")
            for c in plan.commitments
        ):
            # "STEPS" over "1. Train every lifeguard ...", "2. Compare ...": the pilot's steps,
            # in order, on the pilot's own slide however its title is worded
            plan.commitments += _numbered_steps(slide)

    if not origin:
        # No window in the titles: the plan starts when its first dated phase does ("Crawl:
        # Oct 2027 to Jan 2028"), not on 1 January of that year.
        starts = [r.span.start for rd in readings for r in rd.records if r.span and r.span.absolute]
        origin = min(starts) if starts and min(starts) > 0 else origin
    plan.origin_week = origin
    loose: list[tuple[str, Source, timeline.Span | None]] = []
    for rec in _phases.merge(readings, origin, loose):
        if rec.span is None:
            continue
        phase = DeckPhase(
            name=rec.name,
            start_week=max(rec.span.start, 0.0),
            end_week=max(rec.span.end, rec.span.start + 1),
            source=rec.source,
            gate=rec.gate,
            summary=rec.summary,
        )
        plan.phases.append(phase)
        plan.commitments += _phase_items(rec, phase, origin)
        if rec.gate:
            plan.commitments.append(
                Commitment(
                    kind="gate",
                    title=shorten(rec.gate_name, 80)
                    if rec.gate_name
                    else None
                    # a marker named in its chart's legend: "G2 Calder Wharf go/no-go"
                    or (
                        rec.gate.split(";")[0]
                        if re.match(r"[A-Z]{1,2}\d{1,2} \S", rec.gate)
                        else None
                    )
                    # the deck's own gate line: "Gate 1 at the end of FY28/29: RFID go/no-go"
                    or (
                        shorten(rec.gate.split(";")[0], 80)
                        if re.match(r"gate\s+\w{1,3}\b.{0,40}:\s*\S", rec.gate, re.I)
                        else None
                    )
                    or f"{_phases.short_name(phase.name)} gate: go/no-go sign-off",
                    text=rec.gate,
                    source=rec.source,
                    section=phase.name,
                    start_week=_decided_as_it_closes(phase),
                    end_week=phase.end_week,
                    phase=phase.name,
                )
            )
        for name, said in rec.mid_gates:
            # a gate held inside the phase ("Gate 2: peak-ready" on Phase 2's card, which
            # Gate 3 closes): decided within it, by the week its criteria name ("by the end of
            # Wk 30") where they name one
            weeks = [int(w) for w in _WEEK_NUMBER.findall(said)]
            due = next((float(w) for w in reversed(weeks) if w > 0), None) if weeks else None
            inside = due is not None and phase.start_week < due <= phase.end_week
            plan.commitments.append(
                Commitment(
                    kind="gate",
                    title=shorten(name, 80),
                    text=said,
                    source=rec.source,
                    section=phase.name,
                    phase=phase.name,
                    start_week=max(phase.start_week, due - 2) if inside and due else None,
                    end_week=due if inside else None,
                )
            )
    for text, source, span in loose:
        if _READS_THE_CHART.match(text) or timeline.period_only(text):
            # "Why phases 1 and 2 meet: ...", "No releases in weeks 20-24", a marker drawn
            # apart from its work ("Autumn 2"): no work
            continue
        start = (
            (span.start - origin)
            if span is not None and span.absolute
            else (span.start if span else None)
        )
        end = (
            (span.end - origin)
            if span is not None and span.absolute
            else (span.end if span else None)
        )
        plan.commitments.append(
            Commitment(
                kind="phase_item",
                title=text if len(words(text)) <= 12 else shorten(text, 90),
                text=text,
                source=source,
                start_week=max(start, 0.0) if start is not None else None,
                end_week=max(end, 0.0) if end is not None else None,
            )
        )
    _shift_absolute(plan, origin)
    _end_at_gates(plan, origin)
    if not plan.phases:
        # no roadmap slide the reader could date: the summary may name the phases with their
        # dates ("three phases: Fix the basics (January to September 2028), Roll out ...")
        plan.phases = _phases_in_prose(slides, plan.start_year, origin)
    if not plan.phases:
        # the slide that sets out the deck's clock defines them, a sentence each: "Now (prove
        # it in one region) is FY2028/29 Q1 and Q2: February to July 2028."
        plan.phases = _phases_defined(slides, plan.start_year, origin)
    if not plan.phases:
        # a roadmap of dated paragraphs: "From April 2028 to March 2029 — Foundations. ..."
        plan.phases = _dated_paragraphs(slides, plan.start_year, origin)
    if not plan.phases:
        plan.phases = _stages_as_phases(plan)

    for pillar, source in named_on.items():
        if any(c.pillar == pillar for c in plan.commitments):
            continue
        # The deck says what a pillar does only where it names it ("Full halls: dynamic
        # pricing and a subscription for under-30s"): that line is the pillar's work.
        detail = plan.pillar_details[pillar]
        pillar_work = detail[:1].upper() + detail[1:]
        plan.commitments.append(
            Commitment(
                kind="initiative",
                title=shorten(pillar_work, 90),
                text=pillar_work,
                source=source,
                section=pillar,
                pillar=pillar,
            )
        )
    plan.commitments += _legend_gates(slides, plan, origin)
    plan.commitments += _plan_cards(slides, plan)
    # a lane or column past the plan's end ("Later (2030+)") is no work of this plan
    plan.commitments = [
        c
        for c in plan.commitments
        if not (
            c.kind == "phase_item"
            and (_past_the_plan(c.title.strip()) or _past_the_plan(c.text.strip()))
        )
    ]
    plan.phases = _phases_in_order(plan.phases, slides)
    for prev, nxt in itertools.pairwise(plan.phases):
        if prev.end_week < nxt.start_week <= prev.end_week + _PHASE_GAP:
            # a season's months ("Summer 2029: fit out", June to August) before the next
            # stage's ("Winter 2028/29", from December): a stage runs until the next begins
            prev.end_week = nxt.start_week
    if plan.phases and origin and 0 < plan.phases[0].start_week <= _PHASE_GAP:
        # the plan opens before its first phase does ("This plan runs from 1 March 2028"
        # over "Summer 2028: Groundwork"): the first phase takes the plan's first weeks, so
        # none of them belongs to no phase
        plan.phases[0].start_week = 0.0
    if plan.phases:
        end = max(p.end_week for p in plan.phases)
        stated: float = plan.horizon_weeks or 0
        last = max(plan.phases, key=lambda p: p.end_week)
        if stated > end and _OPEN_ENDED.search(f"{last.name} {last.summary}"):
            # "Phase 3 · Renew: LY4 onwards": the last phase runs to the plan's stated end
            last.end_week = end = stated
        if (
            origin
            and stated
            and stated < end <= stated + 9
            and last.start_week < stated
            and timeline.season_year(all_text)
        ):
            # "September 2027 to July 2030" beside a last step "2029/30": the season's year
            # runs to August, the plan to its stated month
            for phase in plan.phases:
                phase.end_week = min(phase.end_week, stated)
            end = stated
        if origin and min(p.start_week for p in plan.phases) <= 1 and abs(stated - end - 52) <= 4:
            # "2029-2032" counted year by year is four years; a plan that opens in July 2029
            # and whose phases close in June 2032 runs three: its phases say which
            stated = end
        plan.horizon_weeks = int(round(max(end, stated)))
    # (a year past the deck's own period at most: "close-out and the CRMP 2032-2036" at the
    # last gate names the next plan's years, not this one's)
    if plan.horizon_weeks:
        for c in plan.commitments:
            if c.end_week is not None and c.end_week > plan.horizon_weeks + 52:
                c.start_week = c.end_week = None  # dated by another plan's years: undated here
    ends = [c.end_week for c in plan.commitments if c.end_week is not None]
    if ends and plan.horizon_weeks:
        plan.horizon_weeks = int(round(max(plan.horizon_weeks, max(ends))))
    _date_by_year_label(plan)
    _date_by_season(plan, all_text)
    _date_by_own_words(plan)
    _phase_of_work_slides(plan, slides)
    _assign_phases(plan)
    # An ask is the board's decision, not work the slide's other readers take again ("Agree
    # the York spoke as the pilot" opens with a verb of work).
    # So is a risk's response: the register pairs it with the risk it answers.
    asked = {
        (c.source.slide, c.source.page, " ".join(words(c.text)))
        for c in plan.commitments
        if c.kind in ("ask", "risk")
    }
    plan.commitments = [
        c
        for c in plan.commitments
        if not (
            c.kind == "initiative"
            and (c.source.slide, c.source.page, " ".join(words(c.text))) in asked
        )
    ]
    plan.pilot = pilot_at if [s.texts() for s in slides] == read_from else _pilot(slides)
    if plan.pilot is not None:
        _mark_pilot(plan, plan.pilot)
    plan.bodies = _bodies(slides)
    # A step number or a bare figure ("1", "Q3 · 2") is a diagram's label, not a commitment;
    # nor is a line that describes the design rather than the work (see _no_work).
    by_source = {(s.source.slide, s.source.page): s for s in slides}
    phase_names = {_bare_phase(p.name) for p in plan.phases}
    plan.commitments = _dedupe(
        [
            c
            for c in plan.commitments
            if _WORDY.search(c.title)
            and not _no_work(c, by_source.get((c.source.slide, c.source.page)))
            and not _names_a_phase(c, phase_names)
        ]
    )
    structure = [_states_governance(c) for c in plan.commitments]
    plan.governance = [c for c, said in zip(plan.commitments, structure, strict=True) if said]
    plan.commitments = [c for c, said in zip(plan.commitments, structure, strict=True) if not said]
    _named_leads(plan, slides)
    _trailing_leads(plan)
    _subject_leads(plan)
    plan.kpis = _kpis(slides, plan)
    return plan


# A date beside a phase's name on a roadmap's column head: "2027 Wave 1", "Phase 2 · H1 2028".
_WHEN = re.compile(
    r"\b(?:FY\s?)?\d{2,4}(?:[/–-]\d{2,4})?\b|\b[HQ][1-4]\b|\b(?:"
    + "|".join(timeline.MONTHS)
    + r")\b|[()·:,–—-]",
    re.I,
)


def _measures_only(slide: _Slide) -> bool:
    """A slide of the plan's measures ("How we will know", under "MEASURES"), and not of its
    phases: a measure that opens with a school year ("Year 7 reading ... from 58% · by Summer
    2") names no phase of the plan. (A handout's page that prints the roadmap slide under the
    measures slide says "ROADMAP" too.)"""
    return bool(
        section("kpi").search(slide.named)
        and not section("roadmap").search(slide.named)
        and not section("phase").search(slide.title)
        and not any(section("roadmap").search(t) for t in slide.texts())
    )


# A slide about what the plan costs: "Funding", "Te Pūtea · Funding", "What it costs".
_MONEY_SLIDE = re.compile(
    r"\b(?:funding|budgets?|costs?|financ(?:e|es|ials|ing)|money|spend(?:ing)?)\b", re.I
)
_AMOUNT = re.compile(rf"(?:[$£€¥]|\b(?:{MONEY_CODES})\s?)\d", re.I)


def _money_only(slide: _Slide) -> bool:
    """A slide of what the plan costs, year by year ("$3.4m" over "Year 1 · 2029/30"): its
    years are the budget's columns, not the plan's phases, and its amounts are no work."""
    lines = slide.texts()
    heading = " ".join([slide.named, *lines[:2]])  # (its eyebrow may be its first line)
    return bool(
        _MONEY_SLIDE.search(heading)
        and not section("roadmap").search(heading)
        # (a slide of the board's decisions prices them too: its other lines are still read)
        and not section("asks").search(heading)
        and not any(_ASK_INTRO.match(t) for t in lines)
        and sum(bool(_AMOUNT.search(t)) for t in lines) >= max(3, len(lines) // 3)
    )


def _bare_phase(name: str) -> str:
    """A phase's name, or a line, without its dates and punctuation, lower-cased."""
    return " ".join(_WHEN.sub(" ", name).lower().split())


def _names_a_phase(c: Commitment, phase_names: set[str]) -> bool:
    """A roadmap's column head that only names a phase and its year ("2027 Wave 1" over the
    wave's work) is the phase's label, not work of its own (``phase_names``: the phases'
    names as ``_bare_phase`` gives them)."""
    if c.kind not in ("phase_item", "stage", "milestone", "initiative"):
        return False
    bare = _bare_phase(c.text)
    return bool(bare) and bare in phase_names


# A diagram's flow ("Knowledge Sources -> Vector Store -> LLM", "feedback flows back ->
# refines ..."): how the built thing works, not work of its own.
_ARROW = re.compile(r"\s*(?:->|→|⟶|=>)\s*")
_FLOWS_BACK = re.compile(r"\b(?:flows?|feeds?|loops?|cascades?)\s+back\b", re.I)
# A slide that draws a design: its boxes ("Route history + traffic data") are no work, even
# when their first word can be a verb.
_DESIGN_TITLE = re.compile(
    r"\b(?:architecture|diagram|blueprint|flow|loop|how\s+(?:it|this|the\s+\w+)\s+works)\b|->|→",
    re.I,
)
# A slide that draws the organization: "Organisation and people", "Team structure",
# "Our operating model", "Org chart".
_STRUCTURE_TITLE = re.compile(
    r"\b(?:organi[sz]ation(?:al)?|org(?:\.|anogram)?\s+chart|team\s+structure|"
    r"operating\s+model|structure)\b",
    re.I,
)


def _unit_box(text: str, slide: _Slide | None) -> bool:
    """A box of an org chart: a unit's name over what it looks after, a list of nouns ("Guest
    Services: concierge / housekeeping / spa bookings / room service"), on a slide that draws
    the organization. A unit the deck grows ("Data team 12 -> 28") or a box that says what to
    do is work."""
    if slide is None or not _STRUCTURE_TITLE.search(slide.title) or re.search(r"\d", text):
        return False
    head, sep, body = text.partition(": ")
    parts = [p.strip() for p in body.split(" / ")] if sep else []
    # (a noun that is also a verb, "Design reviews", does not make a list of nouns work)
    acting = sum(opens_with_work(p[:1].upper() + p[1:]) for p in parts)
    return (
        len(parts) >= 3
        and all(0 < len(words(p)) <= 4 for p in parts)
        and not opens_with_work(head)
        and acting <= len(parts) // 3
    )


# A diagram's caption saying what the design does: "A two-layer design closing the loop
# from order to delivery", "An open platform linking every site's sensors".
_DESIGN_DOES = re.compile(
    r"^(?:an?|the|our)\s+(?:[\w-]+\s+){0,3}(?:architecture|design|framework|blueprint|"
    r"structure|platform|loop)\s+(?!being\b)\w+ing\b",
    re.I,
)
# A comparison with others ("Versus the industry: ...", "Compared with rule-based vision ...").
_COMPARES = re.compile(
    r"^(?:versus|vs\.?|compared\s+(?:to|with)|relative\s+to|unlike)\b[^.:;]{0,30}?\b(?:the\s+)?"
    r"(?:industry|peers?|competitors?|rivals?|traditional|mainstream|market|benchmarks?|"
    r"conventional)\b",
    re.I,
)
# The terms of a deal: a fee, a royalty, a share of revenue ("8%-12% of property revenue").
_DEAL_TERMS = re.compile(
    r"\b(?:fees?|royalt(?:y|ies)|revenue\s+share|net\s+operating\s+income)\b"
    r"(?![\s-]+earn)|"  # (a law firm's "fee earners" are its lawyers)
    r"%\s+of\s+(?:[\w-]+\s+){0,2}(?:revenue|sales|spend|proceeds|income|turnover|profits?)\b",
    re.I,
)
# A slide of the rules the work must follow ("Five Design Principles", "rules that govern").
_RULES = re.compile(r"\b(?:principles?|rules|tenets)\b", re.I)
_RULES_LEAD = re.compile(r"^(?:[\w-]+\s+){0,2}(?:principles?|rules|tenets)\b", re.I)
_ENFORCES = re.compile(r"\b(?:must|shall|will)\b", re.I)


def _rules_slide(slide: _Slide) -> bool:
    """The slide lays down rules: its title names them ("Five Design Principles") or its
    subtitle opens with them ("Design principles - local materials / ..."); not a slide that
    mentions rules in passing ("agree the rules with the works council")."""
    return bool(_RULES.search(slide.title)) or any(_RULES_LEAD.match(t) for t in slide.subtitles)


# A chart's legend: its symbol, then what the symbol means ("◆ = gate", "◆ marks a gate",
# "◆ A gate sits at the end of each column; the Board takes it").
_MARKER_LEGEND = re.compile(
    r"^[◆◇♦⬥●○▲△★☆■□]\s*(?:=|:|marks?\b|shows?\b|(?:an?|the|each)\s+(?:gate|milestone|"
    r"decision|review|checkpoint)s?\s+(?:sits?|is|are|falls?|comes?)\b)",
    re.I,
)


# A line about the deck itself or a fact of the world, no work: "their bars are on the next
# page", "That is the vendor's schedule, not the plan's", "Step 0 is numbered 0 because
# ...", "The Harbour contract ends on 30 June 2029"
_DECK_NOTE = re.compile(
    r"\b(?:on|see)\s+the\s+(?:next|previous|following|last)\s+(?:page|slide)\b"
    r"|^(?:that|this)\s+is\s+(?:the|a|an)\b[^.]{0,60}\bnot\s+(?:the|this|our)\s+plan['’]?s?\b"
    r"|^[\w'’ -]{1,30}\s+is\s+numbered\s+\w+\s+because\b"
    r"|^[\w'’&. -]{2,40}?\s+(?:contract|lease|licen[cs]e|agreement)\s+(?:ends|expires|runs\s+out)\b",
    re.I,
)
# "Lead on the board: the Director of Operations": who leads, where ("Lead" is no
# verb of work here)
_LEAD_WHERE = re.compile(
    r"^(?:lead|owner|sponsor)\s+(?:on|for)\s+(?:the\s+)?[\w&'’ -]{2,30}?:\s+(?:the\s+)?[A-Z]",
    re.I,
)


def _no_work(c: Commitment, slide: _Slide | None) -> bool:
    """A line the deck writes about its design, not its work: a diagram's flow or box label,
    a comparison with peers, a deal's fee terms, one of the rules a principles slide lays down
    or the principle under a "Key design principle:" label. A line that opens with a verb of
    work, or pledges it, stays work whatever else it says."""
    if c.kind not in ("initiative", "phase_item"):
        return False
    if _MARKER_LEGEND.match(c.text):
        return True  # "◆ A gate sits at the end of each column": what a chart's symbol means
    if slide is not None and _NEXT_PLANS.search(slide.title):
        return True  # "Beyond this plan: the next review period": the next plan's work
    if _LEAD_WHERE.match(c.text):
        return True
    if timeline.sets_clock(c.text):
        return True  # "Launch Day: Friday 3 May 2030: every date counts from it"
    if _unit_box(c.text, slide):
        return True  # an org chart's box: a unit and what it looks after
    text = re.sub(r"^[^:]{1,40}:\s+", "", c.text)  # "Canning line: Install and commission"
    if slide is not None and _a_partys_part(c.text, slide):
        return True
    boxes = [p.strip() for p in text.split(" + ") if p.strip()]
    if (
        slide is not None
        and _DESIGN_TITLE.search(slide.title)
        and len(boxes) >= 2
        and all(len(words(p)) <= 3 for p in boxes)
        and not all(opens_with_work(p[:1].upper() + p[1:]) for p in boxes)
    ):
        return True  # "Route history + traffic data": a box of a diagram ("Hire + train" is work)
    if opens_with_work(c.text) or opens_with_work(text) or we_will_work(c.text):
        return False
    if _DECK_NOTE.search(c.text):
        return True  # "... its bars are on the page after": how to read the deck
    steps = [p for p in _ARROW.split(text) if p.strip()]
    # (figures either side are a change of a measure or a cadence: "74 -> 45 minutes",
    # "Wave 1: 3 properties -> Wave 2: 7", not a flow)
    if (
        len(steps) >= 2
        and not any(opens_with_work(p) for p in steps)
        and not re.search(r"\d", re.sub(r"\([^)]*\)", "", text))
    ):
        return True
    if _FLOWS_BACK.search(text) or _COMPARES.match(c.text) or _DEAL_TERMS.search(c.text):
        return True
    if _DESIGN_DOES.match(text):
        return True
    if slide is None:
        return False
    if _rules_slide(slide) and not _ENFORCES.search(c.text):
        return True
    texts = slide.texts()
    return any(
        pattern("note_label").match(prev) and (c.text.startswith(nxt) or nxt.startswith(c.text))
        for prev, nxt in zip(texts, texts[1:], strict=False)
    )


def _a_partys_part(line: str, slide: _Slide) -> bool:
    """A line under a party's name on a slide that lays out who does what in a model:
    "Landlord / Funder" over "Provides the site and the fit-out money", "Operating Co." over
    "Runs the kitchens, staff and bookings ...", then "Diners & Members" over "Pay yearly dues
    and table spend". Two of the parts are said of their party, so the third, whose verb
    agrees with a plural party, is a part too, not the deck's work."""
    texts = slide.texts()
    labelled = {
        prev: nxt
        for prev, nxt in zip(texts, texts[1:], strict=False)
        if 1 <= len(words(prev)) <= 5 and not opens_with_work(prev) and not _says_what_it_does(prev)
    }
    if sum(1 for t in labelled.values() if _says_what_it_does(t)) < 2:
        return False
    # (a card reader may have joined the party's name to its part: "Members & Guests: Pay ...";
    # the part of "Our Operations Team" is the deck's own work)
    return len(words(line)) <= 16 and any(
        line in (nxt, f"{prev}: {nxt}") and not _OURS.match(prev) for prev, nxt in labelled.items()
    )


_OURS = re.compile(r"^(?:our|we|us)\b", re.I)


def _describes(c: Commitment, name: str) -> bool:
    """The commitment is a pillar's name and its description, read as a line of work."""
    head = re.sub(rf"^{_PILLAR_WORD}\s*{_PILLAR_NO}\s*[·:|–—-]?\s*", "", c.text, flags=re.I)
    return head.lower().startswith(name.lower())


_STAGE_NAME = re.compile(r"^[A-Za-z][A-Za-z&' -]{1,30}$")
_BOUNDARY = re.compile(rf"^({timeline.MONTH})\.?\s+((?:19|20)\d\d)$", re.I)
_MONTH_ABBR = {n: name.title() for name, n in timeline.MONTHS.items() if len(name) == 3}


def _boundary_stages(texts: list[str], levels: list[int]) -> tuple[list[str], list[int]]:
    """A timeline whose stages are named in a row ("PROPAGATE", "GROW ON", "HARDEN OFF") and
    dated by the ticks at their boundaries, one more tick than stages ("Jan 2028", "Sep 2028",
    "Sep 2029", "Jun 2030"): each stage runs from its tick to the month before the next, the
    last to the final tick. Read as one line a stage ("GROW ON: Sep 2028 to Aug 2029")."""
    for i in range(len(texts)):
        k = 0
        while (
            i + k < len(texts) and _STAGE_NAME.match(texts[i + k]) and len(words(texts[i + k])) <= 3
        ):
            k += 1
        if k < 2 or i + 2 * k + 1 > len(texts):
            continue
        ticks = [_BOUNDARY.match(t.strip()) for t in texts[i + k : i + 2 * k + 1]]
        if not all(ticks):
            continue
        months = [
            (int(m.group(2)), timeline.month_number(m.group(1))) for m in ticks if m is not None
        ]
        if any(b <= a for a, b in itertools.pairwise(months)):
            continue
        stages = []
        for n in range(k):
            (y0, m0), (y1, m1) = months[n], months[n + 1]
            if n < k - 1:  # up to the month before the next stage's tick
                y1, m1 = (y1, m1 - 1) if m1 > 1 else (y1 - 1, 12)
            stages.append(f"{texts[i + n]}: {_MONTH_ABBR[m0]} {y0} to {_MONTH_ABBR[m1]} {y1}")
        return (
            texts[:i] + stages + texts[i + 2 * k + 1 :],
            levels[:i] + levels[i : i + k] + levels[i + 2 * k + 1 :],
        )
    return texts, levels


_ROLE_NOUN = job_title_words("accountable", "posts", "occupations", capital=True)
# "... connect it to Roadbook orders [Head of IT and Data]": a role in brackets closing the line.
_LEAD_BRACKET = re.compile(
    rf"^(?P<body>.{{12,}}?)\s*\[(?P<lead>(?:[A-Z][\w&,'’ -]{{0,50}}\s)?{_ROLE_NOUN}\b[\w&,'’ -]{{0,40}})\]\.?$"
)
_ROLE_TITLE = (
    rf"(?:(?:Chief\s+[A-Z][\w-]*\s+Officer)|(?:Head|Director|Chief)\s+of\s+[A-Z][\w&'-]*"
    rf"(?:\s+(?:and|&|the)?\s*[A-Z][\w&'-]*)*|(?:(?:[A-Z][\w&'-]*|and|&)\s+){{0,5}}{_ROLE_NOUN})"
)
# "... on the INSET day (Trust Reading Lead)": the lead in brackets after the item; "... by
# June 2028: the Head of Learning and the Head of Participation", two posts that share it
# after a colon (the first leads)
_BRACKET_LEAD = re.compile(
    # (or a chief officer by initials: "(COO)", "(CFO)")
    rf"\s*\((?P<lead>{_ROLE_TITLE}|C[A-Z]{{1,3}}O)\)\.?$"
    rf"|:\s+the\s+(?P<first>{_ROLE_TITLE})\s+(?:and|&)\s+the\s+{_ROLE_TITLE}\.?$"
)
# "... funding bid Finance Director", "... six key results Head of Data and Systems Wk 3": a
# first-days row whose owner (and week) a PDF ran on after the action
_TAIL_LEAD = re.compile(
    rf"(?P<prev>\S+)\s+(?P<lead>{_ROLE_TITLE})"
    rf"(?:\s+(?:Wk|Week|Day)\s*\d{{1,3}}(?:\s*[-–]\s*\d{{1,3}})?)?\.?$"
)
_NOT_BEFORE_LEAD = frozenset(
    [
        "a",
        "an",
        "the",
        "new",
        "our",
        "their",
        "its",
        "with",
        "to",
        "for",
        "by",
        "of",
        "and",
        "as",
        "interim",
        "acting",
        "deputy",
        "senior",
        "named",
        "dedicated",
        "permanent",
        "one",
        "two",
        "each",
        "every",
    ]
)


# "The Head of NHS Contracts opens talks with ...", "The Clinical Director will put ...": a
# paper's item led by the role that is its subject.
_ROLE_SUBJECT = rf"[Tt]he\s+(?P<lead>{_ROLE_TITLE})"
_SUBJECT_LEAD = re.compile(rf"^{_ROLE_SUBJECT}\s+(?:will\s+)?[a-z]+\b")


def _subject_leads(plan: DeckPlan) -> None:
    """The role a first-days or plan item names as its subject leads it."""
    for c in plan.commitments:
        if c.lead or c.kind not in ("milestone", "initiative", "phase_item"):
            continue
        m = _SUBJECT_LEAD.match(c.text)
        if m is not None:
            c.lead = m.group("lead").strip()
            if c.lead not in plan.leads:
                plan.leads.append(c.lead)


def _trailing_leads(plan: DeckPlan) -> None:
    """The lead a list writes after its item: in brackets ("(Head of People)"), or run on as a
    first-days row's owner column ("... Finance Director Wk 6"). Taken off the title."""
    for c in plan.commitments:
        if c.lead or c.kind not in ("milestone", "initiative", "phase_item"):
            continue
        m = _BRACKET_LEAD.search(c.text)
        tail = _TAIL_LEAD.search(c.text) if m is None and c.kind == "milestone" else None
        if tail is not None and (
            # ("... the Traffic Commissioner Head of Scheduling": a name "of" its function
            # starts where its "Head" does; any other after a capital is not told apart)
            not tail.group("prev")[:1].islower()
            and not tail.group("prev")[:1].isdigit()
            and not re.match(r"(?:Head|Chief|Director)\b", tail.group("lead"))
            or tail.group("prev").lower() in _NOT_BEFORE_LEAD
            or len(words(c.text[: tail.start("lead")])) < 4
            or words(c.text)[:1] in (["appoint"], ["recruit"], ["hire"], ["name"], ["nominate"])
        ):
            tail = None
        found = m or tail
        if found is None:
            continue
        if found.groupdict().get("first") and re.match(
            r"(?:recruit|hire|appoint|merge|create|fill|advertise|name|nominate)\b", c.text, re.I
        ):
            continue  # "Recruit two roles: the Data Manager and the Data Analyst": whom, not who
        c.lead = (found.group("lead") or found.groupdict().get("first") or "").strip()
        said = c.text[: found.start("lead") if tail is not None else found.start()].rstrip(" ,;:")
        if c.title.startswith(said[:30]):
            c.title = shorten(said, 80)
        c.text = said
        if c.lead not in plan.leads:
            plan.leads.append(c.lead)


def _named_leads(plan: DeckPlan, slides: list[_Slide]) -> None:
    """The lead a board paper names under an item ("Lead: Head of Listing.") leads the
    commitment read from that item."""
    for slide in slides:
        if not slide.leads:
            continue
        for c in plan.commitments:
            if c.lead or c.source != slide.source or not c.text:
                continue
            said = c.text.rstrip(".")
            key = said if said in slide.leads else next((k for k in slide.leads if said in k), None)
            lead = slide.leads[key] if key is not None else None
            if lead:
                c.lead = lead
                c.lead_shared = key in slide.shared
                if lead not in plan.leads:
                    plan.leads.append(lead)


# --------------------------------------------------------------------------- title, org

_STRATEGY_WORDS = re.compile(
    r"\b(strategy|strategic|roadmap|plan|blueprint|transformation|launch|growth|vision|programme|program|agenda|review)\b",
    re.I,
)
# A proper name of two to six words: capitalised words, joined by "and", "of", "&", "the".
_NAME = (
    r"(?-i:[A-ZÀ-ÖØ-Þ])[\w'.-]*(?:\s+(?:(?:and|of|the|for|&)\s+)?(?-i:[A-ZÀ-ÖØ-Þ])[\w'.-]*){1,5}"
)
_NAME_FIRST = re.compile(rf"^({_NAME})(?:,[^:]{{1,40}})?:\s+\S")
_NAME_LINE = re.compile(_NAME)
# Cover lines that name a meeting, a body of the organization or a document, not the org.
_NOT_ORG = re.compile(
    r"\b(?:board|committee|team|meeting|offsite|session|paper|review|item|agenda|summary|"
    r"confidential|confidence|private|discussion|draft|official|version|contents|directors?|"
    r"office|officer|executive|chief|region|day|priorities|project|programme|program|phase|"
    r"wave|stage|first|together|happen)\b|\d",
    re.I,
)
_ORG_SUFFIX = re.compile(
    r"\b(?:inc|ltd|llc|plc|group|holdings|industries|company|co|corporation|corp|hospitality|health|"
    r"bank|university|council|agency|department|ministry|authority|city|county|trust|foundation|"
    r"systems|partners|foods|motors|logistics|airlines|energy|utilities)\b\.?",
    re.I,
)


def _title_and_org(
    deck: Deck, slides: list[_Slide], noise: set[str]
) -> tuple[str | None, str | None]:
    first = slides[0] if slides else None
    candidates: list[str] = []
    if first is not None:
        candidates = [first.title, *first.texts()[:8]]
        if first.unit.title:
            candidates.insert(0, _clean(first.unit.title))
    # (a kicker in capitals over the cover's title, "BOARD STRATEGY SESSION · 27 JANUARY
    # 2028", labels the meeting: it names the deck only when nothing else on the cover does)
    shown = [" ".join(b.text.split()) for b in first.unit.blocks[:8]] if first is not None else []
    cover = " ".join((first.unit.title or "").split()) if first is not None else ""
    named_at = shown.index(cover) if cover in shown else 0
    kickers = {t for t in shown[:named_at] if t.isupper()}
    ranked = sorted(candidates, key=lambda c: c in kickers)  # (stable: the deck's order kept)
    title = next(
        (c for c in ranked if c and _STRATEGY_WORDS.search(c) and len(words(c)) <= 14), None
    )
    if title is None:
        title = next((c for c in candidates if c and 2 <= len(words(c)) <= 12), None)
    org = None
    # Footers name the organization first: "Yunshu Heavy Industries · AI Roadmap · Confidential".
    for line in sorted(noise, key=len, reverse=True):
        for part in re.split(r"\s+[·|•—–]\s+|\s+-\s+", line):
            part = part.strip()
            if (
                _ORG_SUFFIX.search(part)
                and 1 <= len(words(part)) <= 6
                and not _STRATEGY_WORDS.search(part)
                # "Fire Authority, 22 June 2027": an addressee; "Group Operational Excellence
                # Office": a team of the organization
                and not _NOT_ORG.search(part)
            ):
                org = part
                break
        if org:
            break
    if org is None and first is not None:
        for line in first.texts()[:10]:
            clean = re.sub(r"^(?:prepared (?:for|by)|presented to)\s*:\s*", "", line, flags=re.I)
            head = re.split(r"\s+[·|•—–]\s+", clean)[0]
            m = re.match(r"^([A-Z][\w&'.-]*(?:\s+[A-Z][\w&'.-]*){0,4})", head)
            if (
                m
                and _ORG_SUFFIX.search(m.group(1))
                and not _STRATEGY_WORDS.search(m.group(1))
                and not _NOT_ORG.search(m.group(1))
            ):
                org = m.group(1)
                break
    # A name read from its shape alone must be one the deck says again, on another slide (a
    # footer, a quote, a slide's text): a slogan or a presenter's name on the cover is not.
    elsewhere = " ".join(u.text() for u in deck.units[1:])  # footers included

    def said_again(name: str) -> bool:
        return not _NOT_ORG.search(name) and bool(
            re.search(rf"\b{re.escape(name.split()[0])}\b", elsewhere)
        )

    if org is None and title:
        # "Ashworth Kell LLP: client service plan ...", "Kelderby Pharma, Hartside site: ...":
        # the title names its organization first.
        m = _NAME_FIRST.match(title)
        if m and not _STRATEGY_WORDS.search(m.group(1)) and said_again(m.group(1)):
            org = m.group(1)
    if org is None and first is not None:
        # A line that is only a name ("Kestrel Parcels", "Corvane Therapeutics · Global ...").
        for line in first.texts()[:8]:
            head = re.split(r"\s+[·|•—–]\s+", line.strip())[0]
            if (
                head != title
                and not head.isupper()  # a line in capitals is read below
                and _NAME_LINE.fullmatch(head)
                and said_again(head)
            ):
                org = head
                break
    if org is None and first is not None:
        caps = [
            t
            # a name in capitals over the title is kept as the cover's label, not a line
            for t in [*first.labels, *first.texts()[:6]]
            if t.isupper()
            and 1 <= len(words(t)) <= 4
            and not _STRATEGY_WORDS.search(t)
            and not _NOT_ORG.search(t)  # "CONFIDENTIAL · BOARD DECISION PAPER"
        ]
        if caps:
            org = caps[0].title()
    if org and org.isupper():
        org = org.title()
    if title and org and title.lower().startswith(org.lower()) and len(title) > len(org) + 3:
        title = title[len(org) :].strip(" :·-–—,")
    return title, org


# --------------------------------------------------------------------------- lists


def _axis_line(text: str, start_year: int | None) -> bool:
    """A row of time labels ("M1 M2 M3 M4 M5 M6", "Q1 Q2 Q3 Q4") is a chart axis, not work."""
    parts = text.split()
    return len(parts) >= 3 and all(timeline.parse_label(p, start_year=start_year) for p in parts)


def _axis_cells(slide: _Slide, start_year: int | None) -> set[int]:
    """The blocks of a drawn chart's time axis, one label a cell: a row of three or more
    period labels on one baseline ("Q1", "Q2", ...) with the short heads beside them
    ("Later"), and each row stacked under it ("FY29", "FY29", ..., "FY32+")."""
    rows: dict[int, list[Block]] = {}
    for _text, block in slide.lines:
        if block.place is not None and len(words(block.text)) <= 3:
            rows.setdefault(round(block.place[1] / _AXIS_ROW), []).append(block)
    axis: set[int] = set()
    for row in rows.values():
        periods = [b for b in row if timeline.parse_label(b.text, start_year=start_year)]
        if len(periods) >= 3 and 2 * len(periods) >= len(row):
            axis |= {id(b) for b in row}
    return axis


_AXIS_ROW = 4 * 12700  # EMU: labels within four points of one baseline are one row


def _is_heading_line(text: str) -> bool:
    toks = words(text)
    return 1 <= len(toks) <= 7 and not text.endswith(".") and not re.search(r"[,;]", text)


_COMMA_DUE = re.compile(
    r"^(?P<label>(?:by\s+|on\s+)?(?:day|week|month)\s+\d{1,3})\s*,\s+(?P<rest>\S.*)$", re.I
)


def _checklist(slide: _Slide, start_year: int | None, *, kind: CommitmentKind) -> list[Commitment]:
    """Items each introduced by a time label: "W5-6 / Vendor Selection / Bid and select ...",
    or a heading just before its label: "Awareness / 0-3 months / Build consensus ..."."""
    lines: list[str] = []
    elapsed = 0  # months taken by the stages read so far, each given only its length
    inline = False
    axis = _axis_cells(slide, start_year)
    for t, block in slide.lines:
        if _axis_line(t, start_year) or id(block) in axis:
            continue
        # "By 15 January: name the four programme leads": the label and its item on one line
        # ("By day 20, the Programme Manager agrees ...": a day's label set off by a comma).
        m = re.match(r"^(?P<label>[^:–—]{2,32}?)\s*[:–—]\s+(?P<rest>\S.*)$", t) or _COMMA_DUE.match(
            t
        )
        # "Now (2027): fix the basics", "Crawl (2027)": a stage's name with its time in brackets
        named = m and re.fullmatch(
            r"[^()]{2,20}\((?P<when>[^()]{2,24})\)", m.group("label").strip()
        )
        if m and named and _due(m.group("label"), start_year) is None:
            when = named.group("when")
            took = timeline.length(when)
            if took is not None and took[1] in ("month", "year"):
                # "Stage 2 (12 months): delivery": a length, after the stage before it
                months = took[0] * (12 if took[1] == "year" else 1)
                when = f"Months {elapsed + 1}-{elapsed + months}"
                elapsed += months
            if _due(when, start_year) is not None:
                rest = m.group("rest").strip()
                name = m.group("label").strip()[: m.group("label").strip().index("(")].strip()
                lines += [when.strip(), f"{name}: {rest}"]  # "Crawl: two stores"
                inline = True
                continue
        if m and _due(m.group("label"), start_year) is not None:
            rest = m.group("rest").strip()
            lines += [m.group("label").strip(), rest[:1].upper() + rest[1:]]
            inline = True
        else:
            lines.append(t)
    spans = _due_dates(lines, start_year)
    labels = [i for i, span in enumerate(spans) if span is not None]
    if not labels:
        if kind != "milestone":
            return []
        # "MOBILISE, JULY TO SEPTEMBER 2027" over the list: its months date every item.
        head = next(
            (
                t
                for t in lines[:2]
                if len(words(t)) <= 7
                and not re.match(r"^\d{1,2}[.)\s]", t)
                and timeline.calendar_range(t, start_year)
            ),
            None,
        )
        dated = timeline.calendar_range(head, start_year) if head else None
        return _undated_list(slide, kind, window=dated) or _undated_list(slide, kind)
    if (
        kind == "milestone"
        and len(labels) == 1
        and (
            (labels[0] <= 1 and len(lines) - labels[0] > 2)
            or (labels[0] == len(lines) - 1 and labels[0] > 2)
        )
    ):
        # "Q3 2027" over a numbered list, or "From 3 January 2028" under it: one window dates
        # the list, each item is in it.
        window = spans[labels[0]]
        assert window is not None
        listed = _undated_list(slide, kind, window=window)
        if listed:
            return listed

    # Layout, read once per slide: "Awareness / 0-3 months / ..." puts each item's heading before
    # its label; "W1-2 / Launch & Mandate / ..." puts it after.
    # A subtitle just above the first label is no heading: the layout is read from most labels.
    def heads(i: int) -> bool:
        return 0 <= i < len(lines) and i not in labels and _is_heading_line(lines[i])

    def said(i: int) -> bool:
        return 0 <= i < len(lines) and i not in labels and not _is_heading_line(lines[i])

    after = sum(heads(i + 1) and said(i + 2) for i in labels)
    ahead = sum(heads(i - 1) and said(i + 1) for i in labels)
    before = (
        not inline
        and labels[0] > 0
        and _is_heading_line(lines[labels[0] - 1])
        and len(words(lines[labels[0] - 1])) <= 5
        and not after > ahead
        # (most labels have a heading over them: a capitals eyebrow over the first alone,
        # "FIRST 100 DAYS" over "August", heads the slide, not each month's items)
        and ahead * 2 > len(labels)
    )
    groups: list[dict[str, object]] = []
    for i, line in enumerate(lines):
        span = spans[i]
        if span is not None:
            title = lines[i - 1] if before and i > 0 and (i - 1) not in labels else None
            groups.append({"span": span, "lines": [], "title": title})
            continue
        if before and i + 1 < len(lines) and (i + 1) in labels:
            continue  # the next item's heading
        if groups:
            body = groups[-1]["lines"]
            assert isinstance(body, list)
            body.append(line)
    _spread_columns(groups)
    items: list[Commitment] = []
    for group in groups:
        found = group["span"]
        assert isinstance(found, timeline.Span)
        span = found
        rest = list(group["lines"])  # type: ignore[call-overload]
        heading = group["title"]
        title = heading if isinstance(heading, str) else None
        group_lines = [str(piece) for piece in rest]
        if title is None and len(rest) > 1 and _is_heading_line(rest[0]):
            title, rest = rest[0], rest[1:]
        if title is None and not rest:
            continue
        doing = sum(opens_with_work(piece) for piece in group_lines)
        # (a name over its detail, "Go to market for sorters" over "Tender issued ...", is one)
        several = (
            doing == len(group_lines) or len(group_lines) >= 3 and doing * 2 > len(group_lines)
        )
        if len(group_lines) >= 2 and several and all(len(words(ln)) >= 3 for ln in group_lines):
            # "Weeks 5–8" over three items, most opening with a verb of work: three items in
            # those weeks, not one item titled by the first
            items += [
                Commitment(
                    kind=kind,
                    title=shorten(piece, 80),
                    text=piece.rstrip(";."),
                    source=slide.source,
                    section=slide.title,
                    start_week=span.start,
                    end_week=span.end,
                    window=span.label,
                )
                for piece in group_lines
            ]
            continue
        text = " ".join(rest) if rest else str(title)
        items.append(
            Commitment(
                kind=kind,
                title=str(title) if title else shorten(text, 70),
                text=text,
                source=slide.source,
                section=slide.title,
                start_week=span.start,
                end_week=span.end,
                window=span.label,
            )
        )
    return sorted(items, key=lambda c: (c.start_week or 0.0, c.end_week or 0.0))


def _due(label: str, start_year: int | None) -> timeline.Span | None:
    """A time label: a window ("W5-6", "Days 31-60") or a due date ("By 15 January")."""
    return timeline.parse_label(label, start_year=start_year) or timeline.deadline(
        label, start_year=start_year
    )


def _due_dates(lines: list[str], start_year: int | None) -> list[timeline.Span | None]:
    """Each line's time label, if it is one. Due dates on the calendar ("By 15 January") count
    from the start of the month the list's first one falls in: a first-90-days list starts
    when the plan does."""
    windows = [timeline.parse_label(t, start_year=start_year) for t in lines]
    spans = [
        w or timeline.deadline(t, start_year=start_year)
        for t, w in zip(lines, windows, strict=True)
    ]
    due = [
        s for w, s in zip(windows, spans, strict=True) if w is None and s is not None and s.absolute
    ]
    if not due:
        return spans
    month = timeline.WEEKS_PER_MONTH
    base = (min(s.end for s in due) // month) * month
    return [
        timeline.Span(s.start - base, s.end - base, s.label, absolute=False) if s in due else s
        for s in spans
    ]


_DRAWN_NUMBER = re.compile(r"^\d{1,2}(?=\s+[A-Z][a-z])")


def _undated_list(
    slide: _Slide, kind: CommitmentKind, *, window: timeline.Span | None = None
) -> list[Commitment]:
    """A first-N-days list with no dates ("1. Appoint the workstream leads ..."): each item is
    a milestone, in the order listed, spread over the N days (or over ``window``, the dates the
    slide gives the whole list, on the calendar like any dated item)."""
    m = re.search(r"\b(\d{2,3})\s*[- ]?days?\b", slide.heading)
    start, weeks = (
        (window.start, window.end) if window else (0.0, int(m.group(1)) / 7 if m else 13.0)
    )
    weeks -= start
    items = []
    # Numbers drawn in squares ("1 Appoint ...", "2 Agree ...") count the items 1, 2, 3 ...;
    # a figure that opens one line ("12 New depot managers trained") is the item's own.
    leading = [int(m.group(0)) for ln, _ in slide.lines if (m := _DRAWN_NUMBER.match(ln))]
    # (two columns of them, "01" to "05" beside "06" to "10", a PDF may read row by row:
    # the numbers still count the items, and give their order)
    counted = len(leading) >= 2 and sorted(leading) == list(range(1, len(leading) + 1))
    lines = list(slide.lines)
    if counted:
        # each numbered item with the lines wrapped under it, in the order of its number
        groups: list[tuple[int, list[tuple[str, Block]]]] = []
        for item in lines:
            number = _DRAWN_NUMBER.match(item[0])
            if number or not groups:
                groups.append((int(number.group(0)) if number else 0, [item]))
            elif (
                len(groups[-1][1]) == 1
                and not groups[-1][1][0][0].rstrip().endswith((".", ":", ";"))
                and len(words(item[0])) <= 6
                and not opens_with_work(item[0])
            ):
                # "07 Open talks on the Schools Swimming" over "Agreement with the council":
                # the item's text wrapped in its box
                head, block = groups[-1][1][0]
                groups[-1] = (groups[-1][0], [(f"{head} {item[0]}", block)])
            else:
                groups[-1][1].append(item)
        lines = [item for _, group in sorted(groups, key=lambda g: g[0]) for item in group]
    # A first-N-days list, or one most of whose lines open with a verb of work, is a list of
    # work: its other verbs count too ("Order the turnstiles", "Book the first 40 stewards").
    plain = [NAME_NUMBER.sub("", ln) for ln, _ in slide.lines]
    working = kind == "milestone" or sum(opens_with_work(t) for t in plain) * 2 >= len(plain) >= 3
    for line, block in lines:
        # "1. Appoint ...", "2) Agree ...", and a number drawn in a square: "3 Sign ..."
        text = re.sub(r"^\d{1,2}[.)]\s+", "", line)
        drawn = _DRAWN_NUMBER.match(text)
        if drawn and counted:
            text = text[drawn.end() :].lstrip()  # a number drawn in a square: "3 Sign ..."
        # A bullet, a number, or (in a text box without bullet marks) a line that opens with
        # a verb of work: "Recruit the six surveyors."
        listed = (
            block.bullet is True
            or text != line
            or opens_with_work(text)
            or bool(we_will_work(text))
            or (working and imperative_item(text))
        )
        if (
            not listed
            or len(words(text)) < 4
            # "Quick wins" heads the items; "Appoint the main-house contractor" is one
            or _is_heading_line(text)
            and len(words(text)) < 6
            and not opens_with_work(text)
        ):
            continue
        # (two items a PDF read side by side as one line are two)
        items += [
            Commitment(
                kind=kind,
                title=shorten(we_will_work(piece) or piece, 80),
                text=piece.rstrip(";."),
                source=slide.source,
                section=slide.title,
            )
            for piece in split_work_run(text)
        ]
    if len(items) < 2:
        return []
    width = weeks / len(items)
    for k, c in enumerate(items):
        c.start_week = start + k * width
        c.end_week = start + min(weeks, k * width + max(width, 2.0))
        c.window = window.label if window else c.window
    return items


_PHASE_HEAD = re.compile(
    r"^(?:phase|wave|stage|step|horizon|tranche|release)\s*(?:\d+|(?-i:[A-H])|one|two|three|four|"
    r"five|i{1,3}|iv|v)\b",
    re.I,
)


def _by_column(
    texts: list[str], levels: list[int], start_year: int | None, *, row: int = 0
) -> tuple[list[str], list[int]]:
    """A roadmap whose phase names sit in one row of boxes and whose dates and items sit in
    the columns below: extraction reads the n names first, then each date with its items.
    Each name is put back above its own date. ``row``: how many leading lines sit side by side
    in one row of shapes (chevrons named "Prepare", "Pilot", "Scale" carry no phase word)."""
    heads = 0
    while (
        heads < len(texts)
        and _PHASE_HEAD.match(texts[heads])
        and (timeline.parse_label(texts[heads], start_year=start_year) is None)
    ):
        heads += 1
    if heads < 2 and row >= 2:
        heads = row
    dated = [
        i
        for i in range(heads, len(texts))
        if timeline.parse_label(texts[i], start_year=start_year) is not None
    ]
    if (
        heads < 2
        or len(dated) != heads
        or dated[0] != heads
        or any(b - a < 2 for a, b in zip(dated, dated[1:], strict=False))
    ):
        return texts, levels  # not names over dated columns of work
    order: list[int] = []
    for j, at in enumerate(dated):
        end = dated[j + 1] if j + 1 < len(dated) else len(texts)
        order += [j, *range(at, end)]
    return [texts[i] for i in order], [levels[i] for i in order]


def _row_of_names(slide: _Slide, start_year: int | None) -> int:
    """How many leading lines are short names in one row of shapes, left to right."""
    count, top, left = 0, None, -1
    for text, block in slide.lines:
        box = block.box
        if box is None or len(words(text)) > 6 or timeline.parse_label(text, start_year=start_year):
            break
        if top is not None and (abs(box[1] - top) > max(box[3], 1) // 4 or box[0] <= left):
            break
        top, left, count = box[1] if top is None else top, box[0], count + 1
    return count


def _spread_columns(groups: list[dict[str, object]]) -> None:
    """A column of labels read before a column of items ("W1-2 ... W13", then six actions):
    the items are shared out one per label, in order."""
    empty = [g for g in groups if not g["lines"] and not g["title"]]
    if not empty:
        return
    pool = [line for g in groups for line in g["lines"]]  # type: ignore[attr-defined]
    if len(pool) != len(groups):
        return
    for group, line in zip(groups, pool, strict=True):
        group["lines"] = [line]


# --------------------------------------------------------------------------- phases

_PHASE_NAME = re.compile(
    r"\b((?:phase|wave|stage|horizon|step|tranche|release)\s*(?:\d+|one|two|three|four|i{1,3}|iv))\b",
    re.I,
)


def _phase_of_slide(slide: _Slide, start_year: int | None) -> DeckPhase | None:
    """A slide that sets out one phase: "Phase 1 (Months 0-4)", "Year 1: ...", "Wave 2 (2028)"."""
    title = slide.title
    if not (section("phase").search(title) or section("roadmap").search(title)):
        return None
    span = timeline.find_span(title, start_year=start_year)
    named = _PHASE_NAME.search(title)
    if span is None and named is None:
        return None
    if span is None:
        # "Phase 2" without a span in the title: the subtitle or an axis may carry it.
        for text in slide.texts()[:3]:
            span = timeline.find_span(text, start_year=start_year)
            if span:
                break
    if span is None:
        axis = [timeline.parse_label(t, start_year=start_year) for t in slide.texts()]
        found = [a for a in axis if a is not None]
        if len(found) >= 3:
            span = timeline.Span(min(a.start for a in found), max(a.end for a in found), "axis")
    if span is None:
        return None
    subtitle = slide.texts()[0] if slide.texts() and not _is_gate_label(slide.texts()[0]) else ""
    name = _phase_title(title, named.group(1) if named else None, span)
    return DeckPhase(
        name=name,
        start_week=span.start,
        end_week=span.end,
        source=slide.source,
        summary=subtitle if len(words(subtitle)) <= 25 else shorten(subtitle, 160),
    )


def _phase_title(title: str, named: str | None, span: timeline.Span) -> str:
    parts = re.split(r"\s*[·|:]\s*", title)
    # "Delivery Plan · Phase 1 (Months 0-4)" -> "Phase 1 (Months 0-4)"
    best = next((p for p in parts if named and named.lower() in p.lower()), None)
    if best is None:
        best = next((p for p in parts if span.label.lower() in p.lower()), title)
    return best.strip() or title


def _short_phase(name: str) -> str:
    m = _PHASE_NAME.search(name)
    return m.group(1).title() if m else re.sub(r"\s*\(.*?\)\s*", " ", name).strip()


def _is_gate_label(text: str) -> bool:
    return bool(pattern("gate_labels").search(text))


def _chart_lines(slide: _Slide, carded: dict[int, int]) -> tuple[list[str], list[int]]:
    """The slide's lines and levels as its phases are read: a line a PDF joined from pieces
    drawn apart on one baseline of a chart ("Phase" left of it, "Phase 1" in its first band;
    "Gates" left of its markers, "G1 Mar 2029: ready to try", "G2 ..."; two phases or more,
    each in its bar) is its pieces again,
    each placed where it is; a row's label joined to a marker on its bar is the label."""
    texts: list[str] = []
    levels: list[int] = []
    for text, block in slide.lines:
        if id(block) in carded:
            # a phase's card under its bar ("Phase 2 · Prove it" over "Wk 14-43", what it
            # delivers, "Gate 3 by Wk 43: go/no-go"): the phase's own dates, work and gates
            texts.append(text)
            levels.append(carded[id(block)])
            continue
        pieces = [t for t, _ in block.parts or []]
        if (
            len(pieces) > 1
            and text not in slide.placed
            and (
                any(slide.placed.get(t, _UNPLACED).label == "band" for t in pieces)
                or all(_GATE_MARKER.match(t) for t in pieces[1:])
                # phases each in its own bar on one row ("Step 1: Steady", "Step 2: ...") after
                # the row's label at most; a lane's own steps ("First site", "Wave 2: north",
                # "Every site") are one line of the lane's work
                or sum(t in slide.placed and _phases.phase_key(t) is not None for t in pieces) >= 2
                and [i for i, t in enumerate(pieces) if _phases.phase_key(t) is None] in ([], [0])
            )
        ):
            texts += pieces
            levels += [block.level] * len(pieces)
        elif (
            len(pieces) > 1
            and text not in slide.placed
            and pieces[0] in slide.placed
            and all(p.strip().lower() in _phases.STAGE_WORDS for p in pieces[1:])
        ):
            # a row's label on the baseline of the marker on its bar ("Pilot run" ... "Sign-off"):
            # the row, dated by its bar
            texts.append(pieces[0])
            levels.append(block.level)
        else:
            texts.append(text)
            levels.append(block.level)
    return texts, levels


# "Wk 30", "week 30": a week of the plan's own count
_WEEK_NUMBER = re.compile(r"\b(?:wk|week)\s*(\d{1,3})\b", re.I)


_NEXT_YEARS = re.compile(
    rf"\b(?:over|in|across|during|within)\s+the\s+next\s+(?P<n>\d{{1,2}}|{'|'.join(NUMBER_WORDS[2:13])})"
    r"\s+(?P<unit>years|months)\b",
    re.I,
)


def _count(word: str) -> int:
    return int(word) if word.isdigit() else NUMBER_WORDS.index(word.lower())


_ROAD_TO = re.compile(
    r"^(?:the\s+|our\s+)?(?:road|roadmap|route|path|journey)\s+to\s+(?P<when>.{3,30})$", re.I
)


def _cards_under_heads(slide: _Slide) -> dict[int, int]:
    """The lines of a text box set right under a phase's bar on a drawn roadmap, by block id,
    with the level that nests them under it: a box of three lines or more whose left edge is
    the bar's, its top within a bar's height under the bar's foot, and no phase of its own.
    A bar holds the phase's name alone. Read so only where two phases or more have a card: a
    column of rows that line up is a Gantt chart's, not cards. A PPTX knows each paragraph's
    box."""
    frames: dict[tuple[int, int, int, int], list[str]] = {}
    for text, block in slide.lines:
        if block.frame is not None:
            frames.setdefault(block.frame, []).append(text)
    heads = [
        (block.frame, block.level)
        for text, block in slide.lines
        if block.frame is not None
        and frames[block.frame] == [text]
        and _phases.PHASE_KEY.match(text)
        and len(words(text)) <= 8
    ]
    out: dict[int, int] = {}
    carded = 0
    for (left, top, width, height), level in heads:
        under = [
            frame
            for frame, texts in frames.items()
            if len(texts) >= 3  # (a period's label over its first day is the axis, no card)
            and abs(frame[0] - left) <= width // 20
            and top + height <= frame[1] <= top + 2 * height
            and not any(_phases.PHASE_KEY.match(t) for t in texts)
        ]
        carded += bool(under)
        for _text, block in slide.lines:
            if block.frame in under:
                out[id(block)] = level + 1
    return out if carded >= 2 else {}


_UNPLACED = timeline.Span(0.0, 0.0, "")
_GATE_MARKER = re.compile(r"(?:gate\s*\d+|g\d+)\b", re.I)


def _swimlanes(slide: _Slide) -> None:
    """A drawn Gantt of lanes: a column of lane names down the left ("Blue Badge applications",
    "School transport applications"), each lane's bars to its right named by their stage
    ("Discovery", "Alpha", "Public beta"). Read box by box, a stage's name says neither whose
    stage it is nor, said again in every lane, which bar it is. Each bar's line is renamed for
    its lane ("Blue Badge applications: Public beta") and the lane names go: the bars hold
    their work. Only stage names said again in two lanes or more make such a chart."""
    boxed = [
        (i, text, block.box)
        for i, (text, block) in enumerate(slide.lines)
        if block.box is not None and 1 <= len(words(text)) <= 6
    ]
    # lane names share a left edge and a width, to a two-hundredth of the drawing's width
    unit = max((box[0] + box[2] for _, _, box in boxed), default=0) / 200 or 1
    columns: dict[tuple[int, int], list[tuple[int, str, tuple[int, int, int, int]]]] = {}
    for i, text, box in boxed:
        columns.setdefault((round(box[0] / unit), round(box[2] / unit)), []).append((i, text, box))
    lanes = max(columns.values(), key=len, default=[])
    if len(lanes) < 3:
        return
    edge = max(box[0] + box[2] for _, _, box in lanes)
    taken = {i for i, _, _ in lanes}
    renamed: dict[int, str] = {}
    stages: dict[str, set[int]] = {}  # a bar's name -> the lanes it is drawn in
    for k, (_, lane, box) in enumerate(lanes):
        for i, text, bar in boxed:
            if i in taken or bar[0] < edge - box[2] // 20:
                continue
            if box[1] <= bar[1] + bar[3] / 2 <= box[1] + box[3]:
                renamed[i] = f"{lane}: {text}"
                stages.setdefault(text.casefold(), set()).add(k)
    if not any(len(held) >= 2 for held in stages.values()):
        return
    slide.lines = [
        (renamed.get(i, text), block)
        for i, (text, block) in enumerate(slide.lines)
        if i not in taken
    ]


def _placed_lines(slide: _Slide) -> list[tuple[str, tuple[int, int, int, int]]]:
    """The slide's one-line shapes with their places: a PPTX shape's box; on a PDF page that
    draws bars, a line's place and each piece of a line drawn apart on one baseline (a time
    axis's labels). A PDF page of text alone (cards side by side, each dated in its own
    words) is read by its words, not by where they sit."""
    out: list[tuple[str, tuple[int, int, int, int]]] = []
    drawn = bool(slide.unit.bars)
    # each shape's lines and the longest of them, counted once for the slide
    shared: Counter[tuple[int, int, int, int]] = Counter()
    longest: dict[tuple[int, int, int, int], int] = {}
    for text, block in slide.lines:
        if block.frame is not None:
            shared[block.frame] += 1
            longest[block.frame] = max(longest.get(block.frame, 0), len(words(text)))
    for text, block in slide.lines:
        if block.box is not None:
            out.append((text, block.box))
        elif block.frame is not None and shared[block.frame] <= 2 and longest[block.frame] <= 8:
            # a chevron or a bar holding two short lines ("STAGE 2" over "Try it out"): each
            # line sits where the shape does
            out.append((text, block.frame))
        elif drawn and block.parts:
            out += block.parts
        elif drawn and block.place is not None:
            out.append((text, block.place))
    return out


# weeks at most between the plan's stated start and its first phase, or between two phases
_PHASE_GAP = 26.0


def _phases_in_order(phases: list[DeckPhase], slides: list[_Slide]) -> list[DeckPhase]:
    """In time order, without duplicates; overlapping windows are trimmed to abut, unless the
    deck says the next phase runs beside the last ("The beta runs alongside sprint 3, the last
    build sprint": Build 4 May to 1 August, Beta 3 July to 25 August)."""
    unique: dict[tuple[float, float], DeckPhase] = {}
    for phase in phases:
        unique.setdefault((round(phase.start_week), round(phase.end_week)), phase)
    ordered = sorted(unique.values(), key=lambda p: (p.start_week, p.end_week))
    for prev, nxt in zip(ordered, ordered[1:], strict=False):
        if nxt.start_week < prev.end_week and not _side_by_side(prev, nxt, slides):
            nxt.start_week = prev.end_week
            if nxt.end_week <= nxt.start_week:
                nxt.end_week = nxt.start_week + 1
    return ordered


_BESIDE = re.compile(
    r"\b(?:alongside|in\s+parallel|overlap\w*|at\s+the\s+same\s+time\s+as|side\s+by\s+side)\b",
    re.I,
)


def _side_by_side(prev: DeckPhase, nxt: DeckPhase, slides: list[_Slide]) -> bool:
    """The deck starts ``nxt`` before ``prev`` ends, and says so on a line that names either
    phase: the overlap is the plan, not a misreading of the dates (it still opens later and
    ends later)."""
    if not (prev.start_week < nxt.start_week < prev.end_week < nxt.end_week):
        return False
    named = {
        w
        for phase in (prev, nxt)
        for w in words(_phases.PHASE_KEY.sub(" ", phase.name))
        if len(w) > 3 and w not in STOPWORDS
    }
    return any(
        _BESIDE.search(text) and named & set(words(text))
        for slide in slides
        for text in (slide.title, *slide.texts())
    )


YEAR_LABEL = re.compile(r"^\s*(20\d\d)(?:\s*[–—-]\s*(20\d\d))?\s*[·:|–—-]\s*\S")


_MONTH_YEAR = re.compile(rf"\b{timeline.MONTH}\.?\s+(20\d\d)\b", re.I)


def _dated_year(slide: _Slide) -> int | None:
    """The year the title slide dates the deck ("Prepared: July 2026", "Board meeting, 21
    January 2027"): the first line that names one month and year; a line naming a span
    ("February 2027 to January 2029") is the plan's window, not its date."""
    for text in [slide.title, *slide.texts()]:
        found = _MONTH_YEAR.findall(text)
        if len(found) == 1 and len(re.findall(r"\b20\d\d\b", text)) == 1:
            return int(found[0])
    return None


def stale_clock(plan: DeckPlan) -> str | None:
    """A warning when the deck's own clock starts before the date on its title slide: its first
    year ("Year 1 (2025)" in a deck dated July 2026) is already past."""
    if not (plan.clock() and plan.start_year and plan.dated_year):
        return None
    if plan.start_year >= plan.dated_year:
        return None
    return (
        f"the deck's timeline starts in {plan.start_year}, before the deck's own date "
        f"({plan.dated_year}): its first year is already past; ask the strategist to re-baseline "
        "the timeline before anyone works to it"
    )


def _date_by_year_label(plan: DeckPlan) -> None:
    """Work the deck labels with its year ("2026 · Accelerated Expansion: franchise share rises
    to 55%") happens in that year of the deck's clock, not in its first weeks."""
    if not plan.start_year or not plan.horizon_weeks:
        return
    for c in plan.commitments:
        m = YEAR_LABEL.match(c.title)
        if c.start_week is not None or c.phase or not m or c.kind != "initiative":
            continue  # a risk or a KPI labelled with a year is not work done in it
        start = (int(m.group(1)) - plan.start_year) * 52.0
        last = int(m.group(2) or m.group(1))  # "2026-2028: ..." runs to the end of 2028
        end = (last - plan.start_year + 1) * 52.0
        if 0 <= start < plan.horizon_weeks and end > start:
            c.start_week, c.end_week = start, min(end, float(plan.horizon_weeks))


# Work the deck labels with a season and no year: "Autumn · Osmanthus: osmanthus and oolong-led
# flavours", one of a year's four launches.
SEASON_LABEL = re.compile(r"^\s*(spring|summer|autumn|fall|winter)\s*[·:|–—-]\s*\S", re.I)


def _date_by_season(plan: DeckPlan, texts: list[str]) -> None:
    """Work the deck labels with a season alone happens in that season's three months, the
    first time the season comes round on the deck's clock, not in its first weeks. (A season
    the deck defines for itself, "harvest = August to October", is read where it is said.)"""
    if not plan.start_year or not plan.horizon_weeks:
        return
    for c in plan.commitments:
        m = SEASON_LABEL.match(c.title)
        if c.start_week is not None or c.phase or not m or c.kind != "initiative":
            continue
        first = timeline.season_start(m.group(1), texts)
        start = (first - 1) * timeline.WEEKS_PER_MONTH - plan.origin_week
        start %= timeline.WEEKS_PER_YEAR  # (the next time it comes round)
        if start < plan.horizon_weeks:
            c.start_week = start
            c.end_week = min(start + 3 * timeline.WEEKS_PER_MONTH, float(plan.horizon_weeks))


# Work that names its month: "Report to the Programme Board in March 2028 on ...", "Link the
# applications to the account from January 2028", "Close the line by September 2029".
_MONTH_SAID = re.compile(rf"\b(?:{timeline.MONTH})\.?\s+(?:19|20)\d\d\b", re.I)


def _date_by_own_words(plan: DeckPlan, commitments: list[Commitment] | None = None) -> None:
    """Undated work whose own words give its month happens then, not in the plan's first
    weeks; work due by a month runs the six weeks before it. (``commitments``: only these,
    the plan's others already read.)"""
    if not plan.start_year or not plan.horizon_weeks:
        return
    for c in plan.commitments if commitments is None else commitments:
        if c.start_week is not None or c.phase or c.kind not in ("initiative", "gate", "pilot"):
            continue
        spans = timeline.calendar_spans(c.text, plan.start_year)
        if not spans or not all(_MONTH_SAID.search(s.label) for s in spans):
            continue  # (a year alone, "by 2029/30", is the goal's date, not the work's)
        # "by September 2028" is due then, and the work runs the weeks before it; what
        # follows the last such date ("..., for delivery from July 2029") is not the work
        due = [sp.end for sp in spans if sp.end - sp.start < 1]
        last = max(due) if due else max(sp.end for sp in spans)
        start = min(
            sp.start if sp.end - sp.start >= 1 else sp.end - 6.0 for sp in spans if sp.start <= last
        )
        start, end = start - plan.origin_week, last - plan.origin_week
        if end <= 0 or start >= plan.horizon_weeks:
            continue  # a date before the plan opens is history, one after it another plan's
        c.start_week, c.end_week = max(start, 0.0), min(end, float(plan.horizon_weeks))
        c.own_date = True


def _phase_of_work_slides(plan: DeckPlan, slides: list[_Slide]) -> None:
    """The work a slide lists for one phase belongs to it, undated: the slide's label names
    the phase ("STAGE 2 · THE WORK") or its title is the phase's own name ("Build it
    right" for "Stage 2: Build it right")."""
    if len(plan.phases) < 2:
        return
    keyed = {_phases.phase_key(p.name): p for p in plan.phases if _phases.phase_key(p.name)}
    named = {
        " ".join(words(_PHASE_LEAD.sub("", p.name))): p
        for p in plan.phases
        if _PHASE_LEAD.search(p.name)
    }
    for slide in slides:
        keys = {_phases.phase_key(label) for label in slide.labels} - {None}
        phase = (
            keyed.get(next(iter(keys)))
            if len(keys) == 1
            else named.get(" ".join(words(slide.title)))
        )
        if phase is None:
            continue
        for c in plan.commitments:
            if (
                c.source == slide.source
                and c.kind == "initiative"
                and c.phase is None
                and c.start_week is None
            ):
                c.phase = phase.name


# "Wave 2: ", "Phase B · ": a phase's key before its own name
_PHASE_LEAD = re.compile(r"^\s*[A-Za-z]+\s+(?:\d{1,2}|[A-H]|[IVX]{1,4})\s*[:·–—-]\s*(?=\S)")


def _assign_phases(plan: DeckPlan) -> None:
    """Each dated commitment belongs to the phase its start falls in; a gate its own words
    date does not (a pilot's go/no-go in March 2028 is no gate of the phase it falls in)."""
    if not plan.phases:
        return
    for c in plan.commitments:
        if c.phase or c.start_week is None or (c.own_date and c.kind == "gate"):
            continue
        for phase in plan.phases:
            if phase.start_week <= c.start_week < phase.end_week:
                c.phase = phase.name
                break
        else:
            c.phase = (
                plan.phases[-1].name
                if c.start_week >= plan.phases[-1].end_week
                else plan.phases[0].name
            )


# --------------------------------------------------------------------------- tables

# "How we will manage it": a risk table's answer column, said as the deck's own question
_HOW_WE_ANSWER = (
    r"|\bhow we(?: will| would|'ll)? (?:manage|handle|reduce|respond|mitigate|address|deal with)\b"
)
_TASK_COL = re.compile(
    r"\b(key tasks?|tasks?|actions?|activities|initiatives?|deliverables?|workstreams?|what|scope|mitigation(?: plan)?|countermeasures?|response)\b"
    + _HOW_WE_ANSWER,
    re.I,
)
_WHEN_COL = re.compile(
    r"\b(timeline|timing|when|window|months?|quarters?|dates?|schedule|duration|by)\b", re.I
)
_CRIT_COL = re.compile(r"\b(acceptance|criteria|success|exit|done|target|kpi|measure)\b", re.I)
_LEAD_COL = re.compile(r"\b(lead|owner|responsible|who)\b", re.I)
_RESPONSE_COL = re.compile(
    r"\b(mitigations?|countermeasures?|responses?|controls?)\b" + _HOW_WE_ANSWER,
    re.I,
)
_NAME_COL = re.compile(
    r"\b(layer|area|category|workstream|pillar|capability|item|risk|phase|stage|name)\b", re.I
)


def _plan_table(
    slide: _Slide,
    rows: list[list[str]],
    start_year: int | None,
    *,
    kind: CommitmentKind = "initiative",
) -> list[Commitment]:
    """A table of work: a task column, maybe timing and acceptance criteria; or risks with mitigations."""
    if len(rows) < 2:
        return []
    header = rows[0]
    task = next((i for i, h in enumerate(header) if _TASK_COL.search(h)), None)
    if task is None:
        return []
    when = next((i for i, h in enumerate(header) if i != task and _WHEN_COL.search(h)), None)
    crit = next(
        (i for i, h in enumerate(header) if i not in (task, when) and _CRIT_COL.search(h)), None
    )
    name = next(
        (i for i, h in enumerate(header) if i not in (task, when, crit) and _NAME_COL.search(h)),
        None,
    )
    lead = next((i for i, h in enumerate(header) if _LEAD_COL.search(h)), None)
    unit = (
        re.search(r"\b(days?|weeks?|months?)\b", header[when], re.I) if when is not None else None
    )
    is_risk = bool(re.search(r"\brisk", " ".join(header), re.I)) or section("risk").search(
        slide.title
    )
    if is_risk:
        # A risk's work is its mitigation, wherever that column stands: not the "What could
        # happen" before it, which the task words read first
        answer = next(
            (
                i
                for i, h in enumerate(header)
                if _RESPONSE_COL.search(h) and not _LEAD_COL.search(h)
            ),
            None,
        )
        task = task if answer is None else answer
    out: list[Commitment] = []
    pillars = _pillar_column(rows, name)
    pillar: str | None = None
    for row, named_pillar in zip(rows[1:], pillars, strict=True):
        cells = row + [""] * (len(header) - len(row))
        filled = name is not None and not cells[name].strip()  # a cell merged down
        pillar = named_pillar or (pillar if filled else None)
        work = cells[task].strip()
        if not work or work in ("-", "–"):
            continue
        label = cells[name].strip() if name is not None else ""
        label = named_pillar or label
        span = timeline.find_span(cells[when], start_year=start_year) if when is not None else None
        if span is None and when is not None:
            span = timeline.parse_label(cells[when], start_year=start_year)
        if span is None and when is not None and unit is not None:
            span = _unit_span(cells[when], unit.group(1))
        if span is None and when is not None:
            span = timeline.calendar_range(cells[when], start_year)
        criteria = cells[crit].strip() if crit is not None else ""
        if is_risk:
            # A risk told as a sentence ("Magistrates cannot cover the extra sitting days.")
            # keeps its capitals and loses its full stop.
            if label.endswith(".") or len(label.split()) > 8:
                title = f"Mitigate the risk: {shorten(label.rstrip('.'), 80)}"
            else:
                title = f"Mitigate {label.lower()}" if label else shorten(work, 60)
            out.append(
                Commitment(
                    kind="risk", title=title, text=work, source=slide.source, section=slide.title
                )
            )
            continue
        # A cell of several pieces of work read as one run: one commitment each.
        for piece in split_work_run(work):
            text = piece + (f" (acceptance: {criteria})" if criteria else "")
            named = re.sub(r"^\d{1,2}\.\d{1,2}\s+(?=[A-Z])", "", piece)  # "4.1 The family app"
            out.append(
                Commitment(
                    kind=kind,
                    title=f"{label}: {shorten(named, 70)}" if label else shorten(named, 80),
                    text=text,
                    source=slide.source,
                    section=slide.title,
                    start_week=span.start if span else None,
                    end_week=span.end if span else None,
                    window=span.label if span else None,
                    lead=cells[lead].strip() if lead is not None and cells[lead].strip() else None,
                    criteria=criteria or None,
                    raw_when=cells[when].strip() if when is not None else None,
                    pillar=pillar,
                )
            )
    return out


_NUMBERED_CELL = re.compile(r"^\s*\d{1,2}\s*[;.:)·|–-]?\s+(?=[^\W\d])")  # not "10 000 players"


def _pillar_column(rows: list[list[str]], name: int | None) -> list[str | None]:
    """Each row's pillar when the table's name column is its pillars ("Pillar" over "1; WIN THE
    TRADE", the cell merged down over its objectives): numbered names are the pillars, and
    an unnumbered one beside them ("HOW WE WILL DELIVER") is no pillar."""
    none: list[str | None] = [None] * (len(rows) - 1)
    header = re.sub(r"ies$", "y", rows[0][name].strip()) if name is not None else ""
    if name is None or not re.fullmatch(rf"{_PILLAR_WORD}s?", header, re.I):  # "Priorities" too
        return none
    cells = [row[name].strip() if name < len(row) else "" for row in rows[1:]]
    numbered = any(_NUMBERED_CELL.match(c) for c in cells)
    out = list(none)
    for i, cell in enumerate(cells):
        if not cell or (numbered and not _NUMBERED_CELL.match(cell)):
            continue
        bare = _NUMBERED_CELL.sub("", cell)
        out[i] = bare[:1] + bare[1:].lower() if bare.isupper() else bare
    return out


def _sequential_windows(items: list[Commitment], *, weeks: float) -> None:
    """Undated rows of a first-90-days table share the window in the order the deck lists them
    (a "When" column of bare months: October, November, December)."""
    undated = [c for c in items if c.start_week is None]
    if not undated:
        return
    groups: dict[str, list[Commitment]] = {}
    for c in undated:
        groups.setdefault(c.raw_when or "", []).append(c)
    labels = list(groups)
    width = weeks / max(len(labels), 1)
    for k, label in enumerate(labels):
        for c in groups[label]:
            c.start_week, c.end_week = k * width, (k + 1) * width
            c.window = c.window or label or None


def _window_columns(
    slide: _Slide, rows: list[list[str]], start_year: int | None
) -> list[Commitment]:
    """A first-days table whose columns are its windows ("Weeks 1-4 | Weeks 5-8 | Weeks 9-13")
    and whose cells hold the work done in each: one milestone per piece of work, in its
    column's window. A header cell that names no window leaves the table to other readers."""
    if len(rows) < 2:
        return []
    spans = [
        timeline.find_span(h, start_year=start_year)
        or timeline.parse_label(h, start_year=start_year)
        for h in rows[0]
    ]
    if len(spans) < 2 or any(span is None for span in spans):
        return []
    out: list[Commitment] = []
    for column, span in enumerate(spans):
        assert span is not None
        for row in rows[1:]:
            cell = row[column].strip() if column < len(row) else ""
            for piece in split_work_run(cell) if cell else []:
                out.append(
                    Commitment(
                        kind="milestone",
                        title=shorten(piece, 80),
                        text=piece,
                        source=slide.source,
                        section=slide.title,
                        start_week=span.start,
                        end_week=span.end,
                        window=span.label,
                        raw_when=rows[0][column].strip(),
                    )
                )
    return out


def _unit_span(cell: str, unit: str) -> timeline.Span | None:
    """A bare "0-15" or "100" in a column headed Days, Weeks or Months."""
    m = re.fullmatch(r"\s*(\d{1,3})\s*(?:[-–~]\s*(\d{1,3}))?\s*", cell)
    if not m:
        return None
    a = int(m.group(1))
    b = int(m.group(2) or a)
    per = {"day": 1 / 7, "week": 1.0, "month": timeline.WEEKS_PER_MONTH}[unit.lower().rstrip("s")]
    first = a - 1 if unit.lower().startswith("week") and a > 0 else a
    return timeline.Span(max(first, 0) * per, max(b * per, (first + 1) * per), cell.strip())


# --------------------------------------------------------------------------- risks, governance, asks

_MITIGATION = re.compile(
    r"^(?:mitigation|mitigations|countermeasures?|response|action|how we respond)\s*[:：]\s*(.+)",
    re.I,
)
_RISK_LINE = re.compile(r"^(?:risk|threat)\s*[:：]\s*(.+)", re.I)
# A risk's rating on a line of its own: "Likelihood medium - impact high", "Rating: Amber",
# "High / Medium"
_LEVEL = r"(?:very\s+)?(?:high|medium|med|low|critical|severe|major|minor|moderate|red|amber|green)"
_RATING_LINE = re.compile(
    rf"^(?:(?:(?:likelihood|probability|impact|severity|consequence|(?:risk\s+)?rating|score|rag)"
    rf"\s*[:：]?\s*)?{_LEVEL}\s*(?:[-–—/|·,;]\s*|and\s+)?){{1,3}}$",
    re.I,
)
# "R1 The app cannot book ...": the risk log's number is not the risk
_RISK_CODE = re.compile(r"^(?:R|risk\s*)\d{1,2}[.:)]?\s+(?=\S)", re.I)


def _risk_columns(slide: _Slide) -> list[tuple[str, str]]:
    """(risk, response) pairs of a two-column slide whose text boxes extraction reads column by
    column: a "Risk" box of n lines, then a "Response" box of n lines (the headers may sit in
    boxes of their own)."""
    runs: list[list[str]] = []
    last: Block | None = None
    for text, block in slide.lines:
        if block is not last:
            runs.append([])
            last = block
        runs[-1].append(text)
    if any(_MITIGATION.match(t) for t, _ in slide.lines):
        return []  # "Mitigation: ..." lines say which risk they answer themselves
    for first, second in zip(runs, runs[1:], strict=False):
        # Two boxes under their own headers ("Risk" over n lines, "Response" over n lines).
        if first and _COLUMN_HEAD.match(first[0]) and second and _COLUMN_HEAD.match(second[0]):
            first, second = first[1:], second[1:]
            if len(first) >= 2 and len(first) == len(second):
                return list(zip(first, second, strict=True))
    # One box per cell: the two headers, then the n risks, then the n responses, unless the
    # cells alternate risk, response (the responses are the lines that say what to do).
    lines = slide.texts()
    for k in range(len(lines) - 1):
        if _COLUMN_HEAD.match(lines[k]) and _COLUMN_HEAD.match(lines[k + 1]):
            rest = lines[k + 2 :]
            half = len(rest) // 2
            if half < 2 or len(rest) != 2 * half:
                return []
            by_column = list(zip(rest[:half], rest[half:], strict=True))
            by_row = list(zip(rest[0::2], rest[1::2], strict=True))
            return by_row if _acting(by_row) > _acting(by_column) else by_column
    return _rated_columns(lines)


# A column between a register's risks and its responses: "Rating", "Likelihood", "Owner".
_BETWEEN_HEAD = re.compile(
    r"^(?:ratings?|likelihood|impact|severity|score|level|rag|probability|owners?|lead)\s*[:：]?$",
    re.I,
)
# A risk cell wrapped onto a second line: the first ends on a word that cannot end it.
_RUNS_ON = re.compile(r"\b(?:at|of|to|in|on|for|and|or|the|a|an|by|with|from|into|than)$", re.I)


def _rated_columns(lines: list[str]) -> list[tuple[str, str]]:
    """(risk, response) pairs of a register read column by column with a column between them
    ("Risk", n risks, "Rating", n ratings, "Mitigation", n responses). A risk wrapped onto two
    lines ("No reliable baseline at" over "Stennington") is one risk."""
    risk = next(
        (k for k, t in enumerate(lines) if re.match(r"^(?:risks?|threats?)\s*[:：]?$", t, re.I)),
        None,
    )
    if risk is None:
        return []
    between = next((k for k in range(risk + 1, len(lines)) if _BETWEEN_HEAD.match(lines[k])), None)
    answer = next(
        (
            k
            for k in range((between or risk) + 1, len(lines))
            if _COLUMN_HEAD.match(lines[k])
            and not re.match(r"^(?:risks?|threats?)\b", lines[k], re.I)
        ),
        None,
    )
    if between is None or answer is None:
        return []
    risks: list[str] = []
    for line in lines[risk + 1 : between]:
        if risks and _RUNS_ON.search(risks[-1]):
            risks[-1] = f"{risks[-1]} {line}"
        else:
            risks.append(line)
    responses = lines[answer + 1 : answer + 1 + len(risks)]
    if len(risks) < 2 or len(responses) != len(risks):
        return []
    pairs = list(zip(risks, responses, strict=True))
    return pairs if _acting(pairs) > 0 else []


def _acting(pairs: list[tuple[str, str]]) -> int:
    """How much more the second of each pair reads as an action than the first."""
    return sum(opens_with_work(b) - opens_with_work(a) for a, b in pairs)


_COLUMN_HEAD = re.compile(
    r"^(?:risks?|threats?|what could (?:go wrong|stop us)|issue|response|responses|mitigations?|"
    r"what we will do|our response|action|how we reduce it)\s*[:：]?$",
    re.I,
)


# One line, two sentences: a numbered risk and the response to it.
_RISK_COLON = re.compile(r"^(?P<risk>[A-Z][^:.]{3,70}):\s+(?P<response>[a-z][^:]{8,200})$")
# "R1 Subcontract operatives won't use Site Hub → Write Site Hub use into every order": the
# risk, an arrow, the response
_RISK_ARROW = re.compile(
    r"^(?:R?\d{1,2}[.):]?\s+)?(?P<risk>[^→⇒]{3,140}?)\s*(?:→|⇒|->|=>)\s*(?P<response>\S.{6,240})$"
)
# "Donor fatigue – we will phase the endowment appeal": the risk, a dash, what we will do
_RISK_WE_WILL = re.compile(
    r"^(?P<risk>[A-Z][^–—:]{3,100}?)\s+[–—-]\s+(?:we\s+will|we'll)\s+(?P<response>[a-z].{6,200})$"
)
_RISK_THEN_RESPONSE = re.compile(
    r"^(?:\d{1,2}[.)]?\s+)?(?P<risk>[A-Z][^.]{8,140}?)\.\s+(?P<response>[A-Z][^.]{8,160}\.?)$"
)


def _mitigation(slide: _Slide, title: str, response: str) -> Commitment:
    return Commitment(
        kind="risk",
        title=title,
        text=response.strip().rstrip("."),
        source=slide.source,
        section=slide.title,
    )


# Verbs a risk's answer opens with that name a thing elsewhere ("Book concerts in autumn",
# "Phase the endowment appeal"): after a risk and its colon or arrow, they are the work.
_ANSWER_VERBS = NOUN_VERBS | {"phase", "stagger", "spread", "cap", "pace", "defer", "split"}


def _answers_risk(response: str) -> bool:
    """What follows a risk's colon or arrow is work that answers it."""
    first = words(response)[:2]
    return opens_with_work(response) or (
        bool(first)
        and first[0].lower() in _ANSWER_VERBS
        and not (len(first) > 1 and first[1][:1].isdigit())  # "Phase 2 ...", a name
    )


def _risks(slide: _Slide) -> list[Commitment]:
    out: list[Commitment] = []
    for rows in slide.tables:
        out += _plan_table(slide, rows, None)
    for risk, response in _risk_columns(slide):
        out.append(
            Commitment(
                kind="risk",
                title=f"Mitigate: {shorten(risk, 70)}",
                text=response,
                source=slide.source,
                section=slide.title,
            )
        )
    lines = slide.texts()
    for i, line in enumerate(lines):
        m = _MITIGATION.match(line)
        paired = _RISK_THEN_RESPONSE.match(line)
        named = _RISK_COLON.match(line)
        arrow = _RISK_ARROW.match(line) or _RISK_WE_WILL.match(line)
        answer = arrow.group("response") if arrow else ""
        if not m and arrow and _answers_risk(answer[:1].upper() + answer[1:]):
            risk = shorten(arrow.group("risk").strip(), 70)
            out.append(_mitigation(slide, f"Mitigate: {risk}", arrow.group("response")))
            continue
        if not m and named and _answers_risk(named.group("response").capitalize()):
            # "Winter storm damage: check moorings after every gale": the risk, then the work
            # that answers it
            risk = named.group("risk").strip().lower()
            out.append(_mitigation(slide, f"Mitigate {risk}", named.group("response")))
            continue
        if not m and paired:
            # "1 Turnstiles fail on a big matchday. Keep two paper-ticket lanes at each end.":
            # the risk, then what the deck will do about it
            risk = shorten(paired.group("risk"), 70)
            out.append(_mitigation(slide, f"Mitigate: {risk}", paired.group("response")))
            continue
        if not m:
            continue
        risk = ""
        for back in range(i - 1, max(i - 4, -1), -1):
            r = _RISK_LINE.match(lines[back])
            if r or _RATING_LINE.match(lines[back]):
                continue
            # The risk is the line the mitigation answers, the nearest above it that is neither
            # a rating nor another risk's mitigation.
            if not _MITIGATION.match(lines[back]) and len(words(lines[back])) <= 20:
                risk = _RISK_CODE.sub("", lines[back])
            break
        title = f"Mitigate {risk.lower()}" if risk else f"Mitigation: {shorten(m.group(1), 60)}"
        out.append(
            Commitment(
                kind="risk",
                title=title,
                text=m.group(1).strip(),
                source=slide.source,
                section=slide.title,
            )
        )
    return out


def _states_governance(c: Commitment) -> bool:
    """A governance line that says who sponsors, chairs, sits, meets, decides, is consulted or
    hears the reports: how the plan is governed, not work. A rhythm named as an event ("Monthly
    regional review: ...") is work: someone holds it."""
    line = c.line or c.title
    return (
        c.kind == "governance"
        and bool(pattern("governance_structure").search(line))
        and not pattern("governance_rhythm").match(line)
        and not _decides_work(line)
    )


# "signs off the hazard log before each go-live", "takes the go/no-go decision for each public
# beta": a decision and what it is over; "closing any contact centre line is a key decision"
_DECISION_OVER = re.compile(
    r"\b(?:signs?\s+off|approves?|decides?|decision\s+(?:on|for|over))\s+(?P<what>[^.;:,]+)", re.I
)
_DECISION_OF = re.compile(r"(?P<what>[^.;:,]+?)\s+(?:is|are)\s+an?\s+(?:key\s+)?decision\b", re.I)


def _decides_work(text: str) -> bool:
    """The line gives a body a decision over work of the plan, not just its gates, budget or
    reports (lexicon ``governance_objects``)."""
    for m in [*_DECISION_OVER.finditer(text), *_DECISION_OF.finditer(text)]:
        rest = pattern("bodies").sub(" ", m.group("what").replace("'s", " "))
        rest = pattern("governance_objects").sub(" ", rest)
        rest = re.sub(r"\d+|\b(?:gate|g)\s?\d+\b", " ", rest, flags=re.I)
        if len(words(rest)) >= 2:
            return True
    return False


# How a body's line says who chairs it: "chaired by the Clinical Director", "Chair: the COO"
CHAIRED_BY = r"\b(?:chaired\s+by\b|chair:)"
_CHAIRED = re.compile(CHAIRED_BY, re.I)
_NEXT_BODY = re.compile(rf"^[^:·|]{{3,50}}[:·|]\s*{CHAIRED_BY}", re.I)


def _governance(slide: _Slide) -> list[Commitment]:
    """Governance bodies with their cadence and remit: one commitment per body or rhythm."""
    out: list[Commitment] = []
    lines = slide.texts()
    for i, line in enumerate(lines):
        if _ASK_INTRO.match(line):
            continue  # "We ask the Partnership Board to": the asks follow, no body's rhythm
        body = pattern("bodies").search(line)
        cadence = pattern("cadences").search(line)
        # "Depot readiness call · weekly": a meeting named by its rhythm is a body too.
        named = re.match(r"^[^·|:]{3,50}?\s*[·|:]\s*(.+)$", line)
        # ("Mitigation: ... quarterly audits" is a risk's answer, which _risks reads)
        labelled = _MITIGATION.match(line) or _RISK_LINE.match(line)
        if not body and named and cadence and cadence.start() >= named.start(1) and not labelled:
            body = named
        if not body and named and not labelled and _CHAIRED.match(named.group(1)):
            body = named  # "Clinical Safety Group: chaired by the Clinical Director; ..."
        if not body or len(words(line)) > 30:
            continue
        context = " ".join(lines[i : i + 3])
        cadence = cadence or pattern("cadences").search(context)
        remit = next(
            (
                t
                for t in lines[i + 1 : i + 3]
                if len(words(t)) >= 4
                and not pattern("bodies").search(t)
                # ("Clinical Safety Group: chaired by ..." is the next body, not this one's
                # remit; "Chair: the COO. Decides ..." under a body's name is its remit)
                and not _NEXT_BODY.match(t)
            ),
            "",
        )
        # A sentence says all it means ("The Programme Board takes ... on the panel's report."
        # over "Cabinet receives a quarterly report"), and so does a line that gives its remit
        # after its name ("Clinical Safety Group: chaired by ...; signs off ..." over "Pillar
        # leads: ..."): the next line is a statement of its own, not this one's remit.
        whole = line.rstrip().endswith(".") or bool(named and len(words(named.group(1))) >= 4)
        if whole:
            remit = ""
        if not cadence and not remit and not whole:
            continue
        title = line if len(words(line)) <= 8 else shorten(line, 70)
        text = f"{line}: {remit}" if remit and remit not in line else line
        if cadence and cadence.group(0).lower() not in text.lower():
            text += f" ({cadence.group(0).lower()})"
        out.append(
            Commitment(
                kind="governance",
                title=title,
                text=text,
                source=slide.source,
                section=slide.title,
                line=line,
            )
        )
    return _dedupe(out)[:6]


# The bodies a deck puts its decisions to ("Cabinet", "the Executive Board", "Trustees").
_BODY = r"(?:board|cabinet|council|committee|trustees|governors|executive|exco|panel|authority|assembly)"
# A line that opens the asks on a slide about something else: "We ask the Partnership Board to",
# "Members are asked to".
_ASK_INTRO = re.compile(
    r"^(?:we\s+(?:ask|request|recommend)\s+(?:that\s+)?(?:the|our)?\s*[\w' ]{2,40}?\s+to|"
    rf"(?:members|trustees|governors|partners|directors|(?:the\s+)?(?:[\w' ]{{0,30}}\s)?{_BODY})"
    r"\s+(?:are|is)\s+asked\s+to|"
    # "Decisions asked of the Board, 24 January 2030" over the numbered asks
    rf"decisions?\s+(?:asked\s+of|for|sought\s+from)\s+(?:the\s+)?(?:[\w' ]{{0,30}}\s)?{_BODY}"
    r"(?:\s*[,(–-]\s*[\w ]{3,30}\)?)?|"
    r"what\s+we\s+(?:ask|are\s+asking|request)\b[\w' ]{0,40}|"
    # "We ask the Executive Committee for four decisions today"
    r"we\s+(?:ask|request|seek)\s+(?:the|our)?\s*[\w' ]{2,40}?\s+for\s+(?:\w+\s+)?"
    r"(?:decisions?|approvals?)(?:\s+(?:today|now|at\s+this\s+meeting))?)\s*[:：]?"
    # (a PDF may join the first item's number to the line: "We ask the Executive Board to 1")
    r"(?:\s+\d{1,2}[.)]?)?$",
    re.I,
)
_ASK_LABEL = re.compile(r"^(?:next steps?|call to action)\b[^:]{0,30}:", re.I)


def _asks_below(slide: _Slide) -> list[Commitment]:
    """The asks under a slide's other work ("Decisions asked of the Board" under the first 90
    days): read as asks, and taken off the slide, so the work above does not take them."""
    at = next((i for i, (t, _) in enumerate(slide.lines) if _ASK_INTRO.match(t)), None)
    if at is None:
        return []
    below = copy.copy(slide)
    below.lines, below.tables, slide.lines = slide.lines[at:], [], slide.lines[:at]
    return _asks(below)


def _asks(slide: _Slide, *, labelled: bool = False) -> list[Commitment]:
    """What the deck asks its readers to do; with ``labelled``, only the lines that say so
    ("Next Step (Decision Sought): ...")."""
    out = []
    under = False  # below "We ask the Board to:"
    for line in slide.texts():
        if labelled and not _ASK_LABEL.match(line) or _ASK_INTRO.match(line):
            under = under or not labelled
            continue  # "We ask the Board to" opens the asks; it is none of them
        for sent in sentences(line):
            # "let Kelham Bridge go first": a line below the lead-in that goes on from it in
            # lower case finishes its sentence, whatever its verb
            goes_on = under and sent[:1].islower() and len(words(sent)) >= 3
            # "1 Approve the plan.": the item's number, which a PDF keeps on its line, is not
            # part of the ask
            listed = re.match(r"\d{1,2}[.)]?\s+(?=[A-Z])", sent)
            if listed and pattern("ask_verbs").match(sent[listed.end() :]):
                sent = sent[listed.end() :]
            # On the asks slide itself a short line that opens with the verb is an ask
            # ("Approve the plan."); elsewhere it takes a sentence to say one.
            short = not labelled and len(words(sent)) >= 3 and pattern("ask_verbs").match(sent)
            if goes_on or (len(words(sent)) >= 6 or short) and pattern("ask_verbs").search(sent):
                text = re.sub(r"^(?:next steps?|call to action)[^:]*:\s*", "", sent, flags=re.I)
                if labelled and not pattern("ask_verbs").match(text):
                    continue  # "Next steps (done): we piloted the app ..." reports, asks nothing
                # an item of the list under "We ask the Board to": "approve the plan;"
                text = text.rstrip(" ;,")
                out.append(
                    Commitment(
                        kind="ask",
                        title=shorten(text[:1].upper() + text[1:], 80),
                        text=text,
                        source=slide.source,
                        section=slide.title,
                    )
                )
    return out


# --------------------------------------------------------------------------- pillars, initiatives

# "Pillar 2 · ...", "Workstream B · ...", "Programme 1: ...", "Workstreams C and D · ...".
_PILLAR_NO = r"(?:\d+|one|two|three|four|five|[ivx]+|(?-i:[A-H]))"
_PILLAR_WORD = (
    r"(?:pillar|priority|theme|work\s?stream|stream|programme|program|objective|initiative|"
    r"lever|track|outcome|mission|goal|ambition|move|shift|bet)"
)
_PILLAR_DETAIL = re.compile(
    rf"^{_PILLAR_WORD}s?\s*{_PILLAR_NO}(?:\s*(?:,|&|and)\s*{_PILLAR_NO})*\b\s*[·:|–—-]?\s*(.*)$",
    re.I,
)


# A pillar named and described on one line: "1. Full halls: dynamic pricing and a subscription".
_NAMED_INLINE = re.compile(
    r"^(?:\d{1,2}[.)]?\s+)?(?P<name>[A-Z][^:.;]{1,40}?)\s*:\s+(?P<rest>\S.{10,})$"
)


def _pillar_names(slide: _Slide) -> list[str]:
    """Pillar names on an overview slide: short headings, each followed by its description."""
    names = []
    lines = [uncircle(t) for t in slide.texts()]
    # Headings counted 1, 2, 3 ("1 Clinical hub", "2 Faster response") are the pillars
    # whatever their descriptions' length (a PDF wraps one over two short lines).
    # "Priority 1 - Clear the backlog", or "Priority 1" over "Clear the backlog. Bring ...":
    # the deck's own word and number head each one.
    worded = []
    for i, line in enumerate(lines):
        m = _PILLAR_DETAIL.match(line)
        if m is None or len(words(line)) > 10:
            continue
        name = m.group(1).strip(" ·:–—-")
        if not name and i + 1 < len(lines):
            name = re.split(r"(?<=[a-z])[.:]\s", lines[i + 1], maxsplit=1)[0]
        if 1 <= len(words(name)) <= 6 and not name.endswith((".", ";")):
            worded.append(name)
    if len(worded) >= 2:
        return worded[:7]
    inline = [m.group("name") for ln in lines if (m := _NAMED_INLINE.match(ln.strip()))]
    if 2 <= len(inline) <= 7 and len(inline) >= len(lines) - 1:
        return inline  # "1. Full halls: dynamic pricing and a subscription for under-30s"
    counted = [m for ln in lines if (m := _COUNTED_HEAD.match(ln))]
    numbers = [int(m.group(1)) for m in counted]
    # ... from 1, or going on from an earlier slide's ("Priorities 3 and 4": 3, 4)
    first = 1 if not _MORE_PARTS.search(slide.title) else (numbers[:1] or [1])[0]
    if len(counted) >= 2 and numbers == list(range(first, first + len(counted))):
        heads = [m.group(2).strip() for m in counted]
        # (numbered, a head may run longer: "2. One shop, in the centre and online")
        if all(1 <= len(words(h)) <= 8 and not h.endswith((".", ";")) for h in heads):
            return heads[:7]
    # A number drawn in a shape of its own over each heading ("1" over "Find and fix faster")
    over = [
        (int(ln), nxt)
        for ln, nxt in zip(lines, lines[1:], strict=False)
        if re.fullmatch(r"[1-9]", ln)
    ]
    if len(over) >= 2 and [n for n, _ in over] == list(range(1, len(over) + 1)):
        heads = [h for _, h in over]
        if all(1 <= len(words(h)) <= 6 and not h.endswith((".", ";", ":")) for h in heads):
            return heads[:7]
    for i, line in enumerate(lines):
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if i == 0 and line.strip().lower() == slide.title.strip().lower():
            continue  # the title read again as the first line
        if (
            _is_heading_line(line)
            and 2 <= len(words(line)) <= 6
            and not re.search(r"[%\d:]", line)
            and len(words(nxt)) >= 6
        ):
            names.append(line)
    return names[:7]


def _by_pillar_heads(slide: _Slide, items: list[Commitment], pillars: list[str]) -> None:
    """A slide given to two pillars ("Priorities 1 and 2") heads each one's work with its name
    ("1 Clinical hub" ... "2 Faster response" ...): each item is the pillar's whose heading
    stands nearest above it, not the first pillar's."""
    if len(pillars) < 2 or not items:
        return
    lines = slide.texts()
    named = {p.lower(): p for p in pillars}

    def pillar_headed(line: str) -> str | None:
        """The pillar a heading names, counted ("2 Faster response") or not."""
        line = uncircle(line)
        m = _COUNTED_HEAD.match(line)
        worded = _PILLAR_DETAIL.match(line) if m is None else None  # "Priority 2 - One file"
        head = m.group(2) if m else worded.group(1) if worded and worded.group(1) else line
        return named.get(head.strip(" ·:–—-").lower())

    heads = [(i, p) for i, line in enumerate(lines) if (p := pillar_headed(line))]
    if len({p for _, p in heads}) < 2:
        return
    for c in items:
        lead, _, rest = c.text.partition(": ")
        if rest and (headed := pillar_headed(lead)):
            # "2 Faster response: Put 30 cars ...": the pillar's work, said without its name
            c.pillar = headed
            c.text = rest
            c.title = shorten(rest, 80) if c.title.startswith(lead) else c.title
            continue
        at = next(
            (i for i, ln in enumerate(lines) if ln == c.text or ln.startswith(c.text[:40])), None
        )
        if at is None:
            continue
        above = [p for i, p in heads if i < at]
        if above:
            c.pillar = above[-1]


# ("1 Clinical hub", "2. Faster response", "3 · Learn and improve"; "① Brand" once uncircled)
_COUNTED_HEAD = re.compile(r"^0?([1-9])(?:[.)]|\s*[·•])?\s+([A-Z][^%:\d]{2,60})$")
# Circled numbers a deck counts its parts by: ① to ⑳, ❶ to ❿, ➀ to ➉, ➊ to ➓.
_CIRCLED = {0x2460: 20, 0x2776: 10, 0x2780: 10, 0x278A: 10}


def uncircle(text: str) -> str:
    """ "① Brand Rejuvenation" -> "1 Brand Rejuvenation": a circled number as a plain one."""
    if text:
        code = ord(text[0])
        for first, count in _CIRCLED.items():
            if first <= code < first + count:
                return f"{code - first + 1}{text[1:] if text[1:2].isspace() else ' ' + text[1:]}"
    return text


_ORDINALS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "i": 1, "ii": 2, "iii": 3}
_ORDINALS |= {"iv": 4, "v": 5}


def _ordinal(title: str) -> int | None:
    m = re.match(r"^\w+\s*(\d+|one|two|three|four|five|iv|v|i{1,3}|(?-i:[A-H]))\b", title, re.I)
    if not m:
        return None
    token = m.group(1)
    if token.isdigit():
        return int(token)
    if len(token) == 1 and token.isupper() and token not in "IV":
        return ord(token) - ord("A") + 1  # "Workstream B" is the second
    return _ORDINALS.get(token.lower())


def _own_numbered(title: str, pillars: list[str], word: str | None) -> str | None:
    """ "Set piece 2: how do we feed ...?", "Cornerstones 1 and 2: ...": the deck's own word for
    its pillars (the word their overview lists them by) and the first number."""
    m = remit.PART_CODE.match(title)
    if m is None or not pillars:
        return None
    said = m.group("word").lower().rstrip("s")
    if word is None or said != word.rstrip("s"):
        return None
    coded = [p for p in pillars if p.lower().startswith(said)]
    if coded:  # "Set piece 2 · Fed at half-time"
        return next(
            (p for p in coded if re.match(rf"^{re.escape(said)}s?\s+{m.group('no')}\b", p, re.I)),
            None,
        )
    if m.group("no").isdigit():  # the overview listed them as "Four cornerstones: ..."
        n = int(m.group("no"))
        return pillars[n - 1] if 0 < n <= len(pillars) else None
    return None


def _pillar_of(slide: _Slide, pillars: list[str], word: str | None = None) -> str | None:
    """The pillar a slide details: its title names one, or says "Pillar N" (or the deck's own
    word and a number: "Cornerstones 1 and 2: ...")."""
    numbered = _own_numbered(slide.title, pillars, word)
    if numbered is not None:
        return numbered
    m = _PILLAR_DETAIL.match(slide.title)
    if m:
        named = m.group(1).strip(" ·:")
        # "Pillar 2 Expected Impact" details the second pillar the overview named.
        number = _ordinal(slide.title)
        by_number = pillars[number - 1] if number and 0 < number <= len(pillars) else None
        if named and any(named.lower() == p.lower().strip(" ,") for p in pillars):
            return next(p for p in pillars if named.lower() == p.lower().strip(" ,"))
        return by_number or named or slide.title
    # (what the eyebrow names outranks a title that shares a pillar's words: "A tutor who
    # knows when they need help" under "PILLAR 1 · KNOWN FROM DAY ONE")
    eyebrow = _eyebrow_pillar(slide, pillars)
    if eyebrow is not None:
        return eyebrow
    title = slide.title.lower()
    for pillar in pillars:
        # "① Brand Rejuvenation" is detailed on "Brand Rejuvenation: ...": not its number.
        name = re.sub(r"^[^a-z]+", "", pillar.lower()).strip(" ,")
        if name and (name in title or title in name) and len(title) >= 4:
            return pillar
    if not (
        slide.about_today
        or any(
            section(name).search(slide.named)
            for name in ("kpi", "risk", "governance", "asks", "not_plan")
        )
    ):
        # "Ports, faster" details "faster ports": most of the pillar's own words.
        said = content_stems(_POSSESSIVE.sub("", slide.title))
        head = content_stems(" ".join(words(slide.title)[:1]))
        for pillar in pillars:
            own = content_stems(_POSSESSIVE.sub("", pillar))
            if len(own) == 1:
                # One word is a coincidence unless it heads the title ("Safety: ...").
                if own <= head and re.match(r"^[^:–—-]{1,40}[:–—-]", slide.title):
                    return pillar
                continue
            if own and len(own & said) >= max(2, -(-len(own) // 2)):
                return pillar
    raw = " ".join(b.text for b in slide.unit.blocks[:3] if b.kind is BlockKind.body)
    if re.search(r"\bpillar\s+(?:\d+|[ivx]+)\b", raw, re.I) or _detail_eyebrow(slide):
        return slide.title
    return None


def _eyebrow_pillar(slide: _Slide, pillars: list[str]) -> str | None:
    """ "PILLAR 1 · SPEED AND ARRIVAL" over the title "Slow is the new fast": the pillar the
    slide's eyebrow names, by its name, else by its number; not on a page of all the pillars,
    and not by number from a list of pillars the deck only half named. (A PDF may read the
    eyebrow after the slide's body: the one "Pillar N" of the page is it, wherever it is.)"""
    said = [
        m
        for b in slide.unit.blocks
        if b.kind is BlockKind.body and (m := _PILLAR_EYEBROW.search(b.text.strip()))
    ]
    if len({m.group("n").lower() for m in said}) != 1:
        return None
    m = said[0]
    named = m.group("name").strip(" ·:|–—-").lower()
    for pillar in pillars:
        if named and named == pillar.lower().strip(" ,"):
            return pillar
    number = _ordinal(f"pillar {m.group('n')}")
    counted = int(m.group("of")) if m.group("of") else len(pillars)
    if number and 0 < number <= len(pillars) == counted and not named:
        return pillars[number - 1]
    return None


_PILLAR_EYEBROW = re.compile(
    r"\bpillar\s+(?P<n>\d+|[ivx]+)\b(?:\s+of\s+(?P<of>\d+))?\s*(?P<name>(?:[·:|–—-]\s*)?[^·:|]{0,60})$",
    re.I,
)


CHANGE_LEAD = re.compile(r"^(fewer|less|lower|shorter|faster|higher|more)\s+", re.I)
_POSSESSIVE = re.compile(r"['’]s\b")

# "Three priorities: quicker answers, safer sites, and know every asset's condition.": the
# pillars named in one sentence, when no slide lists them.
_PILLAR_LIST = re.compile(
    r"^(?:our\s+|the\s+)?(?:two|three|four|five|six|seven|[2-7])\s+(?:priorities|pillars|themes|"
    r"shifts|moves|bets|workstreams|programmes|programs|goals|objectives|missions|outcomes|"
    r"ambitions|commitments)(?:\s+(?:carry|carries|drive|drives|hold|holds|frame|frames|shape|"
    # "Four priorities carry it: ...", "Three themes shape the plan: ..."
    r"shapes|underpin|underpins|support|supports)\s+(?:it|this|them|(?:the|our)\s+\w+))?"
    r"\s*[:：—–-]\s*(?P<list>.+?)\.?$",
    re.I,
)
# The sentence before the list in a paragraph: "It has four priorities: ...", "The plan rests
# on three pillars: ...".
_LIST_LEAD = re.compile(
    r"^(?:it|this|(?:the|our|this)\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:has|have|rests\s+on|"
    r"is\s+built\s+on|sets\s+out|comprises|covers)\s+(?=(?:two|three|four|five|six|seven|[2-7])\s)",
    re.I,
)
_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
# ... under the deck's own word for them ("Four cornerstones: Safer medicines, Fewer falls, A
# settled workforce, Families in the loop."): the count must match the names listed.
_OWN_WORD_LIST = re.compile(
    r"^(?:our\s+|the\s+)?(?:two|three|four|five|six|seven|[2-7])\s+(?P<word>[a-z][a-z-]{2,20}"
    r"(?:\s+[a-z][a-z-]{2,20})?)\s*[:：—–]\s*(?P<list>.+?)\.?$",
    re.I,
)
# An overview's coded lines, "Set piece 1 · In on time", "Set piece 2 · Fed at half-time":
# the deck's word, the number, the name.
_CODED_PILLAR = re.compile(
    r"^(?P<word>[A-Z][a-z]+(?:\s+[a-z]+)?)\s+(?P<no>\d|[A-H])\s*[·:|–—]\s*(?P<name>[A-Z][^.:;]{2,50})$"
)


def _titled_word(slides: list[_Slide], word: str) -> bool:
    """Whether slide titles count or number the deck's own word ("Four cornerstones carry the
    plan", "Cornerstones 1 and 2: ..."): then it names the pillars."""
    w = re.escape(word)
    counted = re.compile(
        rf"\b(?:{w}s?\s+(?:\d|[A-H])\b|(?:two|three|four|five|six|seven|[2-7])\s+{w}s?\b)", re.I
    )
    return sum(bool(counted.search(s.title)) for s in slides) >= 2


def _coded_pillars(slides: list[_Slide]) -> tuple[list[str], str | None]:
    """Pillars an overview lists by the deck's word and a number ("Set piece 1 · In on time"
    ... "Set piece 4 · Safe every week"): named "Set piece 1 · In on time", in number order,
    and the word ("set piece")."""
    for slide in slides:
        found = [
            m
            for t in slide.texts()
            if (m := _CODED_PILLAR.match(t.strip()))
            # "Stage 1: Stabilise", "Gate 2 · ...": the clock's parts, not the plan's pillars
            and not _phases.PHASE_KEY.match(t.strip())
            and not re.match(r"(?i)gate|milestone|step|sprint|year|quarter|month|week", t.strip())
        ]
        by_word: dict[str, list[re.Match[str]]] = {}
        for m in found:
            by_word.setdefault(m.group("word").lower(), []).append(m)
        for items in by_word.values():
            numbers = [m.group("no") for m in items]
            word = items[0].group("word").lower()
            # ... and slides titled by the same word and number detail them ("Set piece 2: ...")
            if (
                2 <= len(items) <= 7
                and len(set(numbers)) == len(numbers)
                and _titled_word(slides, word)
            ):
                items.sort(key=lambda m: m.group("no"))
                return [m.group(0) for m in items], word
    return [], None


def _pillars_listed(slides: list[_Slide]) -> tuple[list[str], str | None]:
    """The pillars a deck lists in one line or by code, and its own word for them."""
    coded, word = _coded_pillars(slides)
    if coded:
        return coded, word
    for slide in slides:
        for text in slide.texts():
            # the line, or a sentence of a paragraph that names them after its subject
            said = [
                _LIST_LEAD.sub("", part)
                for part in re.split(r"(?<=[.;!?])\s+", text)
                if _LIST_LEAD.match(part)
            ]
            line, m, usual = text, None, None
            for line in [text, *said]:
                usual = _PILLAR_LIST.match(line)
                m = usual or (_OWN_WORD_LIST.match(line) if line == text else None)
                if m:
                    break
            if not m:
                continue
            count = re.sub(r"^(?:our|the)\s+", "", line.strip(), flags=re.I).split()[0].lower()
            want = _NUMBERS.get(count) or (int(count) if count.isdigit() else None)
            # Commas part the names ("sales and service" is one); a last "X and Y" is two.
            names = [n.strip() for n in re.split(r",\s*(?:and\s+)?|;\s*", m.group("list"))]
            names = [n for n in names if n]
            if want and len(names) == want - 1 and " and " in names[-1]:
                names[-1:] = names[-1].rsplit(" and ", 1)
            if want and len(names) == want and all(1 <= len(words(n)) <= 8 for n in names):
                word = None if usual else m.group("word").lower().rstrip("s")
                if word is not None and not _titled_word(slides, word):
                    continue  # "Two customers: Skyrova and Baltair" names no pillars
                return [n[:1].upper() + n[1:] for n in names], word
    return [], None


# An eyebrow over the title that says which programme the slide details: "PROGRAMME 1",
# "Pillar 2", "WORKSTREAM B", "PILLAR: FRESH".
_DETAIL_EYEBROW = re.compile(
    # ("PRIORITY 1 OF 4"; "4 PRIORITY 1" with the page's section number before it; "PRIORITY
    # 3 · REPEATS MADE EASY" with the pillar's name after it)
    rf"^\s*(?:\d{{1,2}}\s+)?(?:{_PILLAR_WORD}\s*{_PILLAR_NO}(?:\s+of\s+{_PILLAR_NO})?"
    rf"(?:\s*[·|–—]\s*[\w&' ,-]{{2,40}})?|"
    rf"(?:pillar|work\s?stream|programme|program)\s*[:·|–-]"
    rf"\s*[\w&' -]{{2,30}})\s*$",
    re.I,
)


def _detail_eyebrow(slide: _Slide) -> str | None:
    heads = [b.text.strip() for b in slide.unit.blocks[:4] if b.kind is BlockKind.body]
    return next((h for h in heads if _DETAIL_EYEBROW.match(h)), None)


def _enabler_slide(slide: _Slide) -> bool:
    """A slide of what the plan needs ("ENABLERS", "Systems and data", "How we will track
    progress"): its listed lines are commitments, whatever their grammar."""
    return bool(section("enablers").search(slide.named)) and not slide.about_today


def _is_detail(slide: _Slide) -> bool:
    """The slide details one pillar or programme: its title or its eyebrow says so."""
    return bool(_PILLAR_DETAIL.match(slide.title)) or _detail_eyebrow(slide) is not None


# "<Something> will be <done> ...": a commitment in the passive. Not a state the deck
# expects ("will be known", "will be needed") and not the first person ("we will be ...").
_WILL_BE_DONE = re.compile(
    r"^(?!we\b)[A-Z][^;:]{2,80}?\s+will\s+(?:also\s+|then\s+|now\s+)?be\s+"
    r"(?P<done>[a-z]+ed|sold|run|set|held|kept|made|built|put|cut|bought|brought|taught|paid|"
    r"met)\b",
    re.I,
)
_IRREGULAR = {
    "sold": "sell",
    "held": "hold",
    "kept": "keep",
    "made": "make",
    "built": "build",
    "bought": "buy",
    "brought": "bring",
    "taught": "teach",
    "paid": "pay",
    "met": "meet",
}
# Work done to things a service runs, beside the verbs of work: "booked online or scanned at
# the door", "Gift Aid will be claimed", "Rights will be cleared".
_SERVICE_WORK = frozenset(
    [
        "book",
        "scan",
        "sell",
        "claim",
        "clear",
        "fit",
        "issue",
        "process",
        "record",
        "collect",
        "check",
        "photograph",
        "digitise",
        "digitize",
        "license",
        "licence",
        "map",
        "survey",
    ]
)


def _passive_work(sentence: str) -> bool:
    """ "Membership will be sold at every front desk": work in the passive, its participle a
    verb of work; not a state or an outcome ("will be delighted", "will be disrupted",
    "will be measured by ...")."""
    m = _WILL_BE_DONE.match(sentence.strip())
    if m is None:
        return False
    done = m.group("done").lower()
    stems = {_IRREGULAR.get(done, done)}
    if done.endswith("ed"):
        stems |= {done[:-2], done[:-1], done[:-3] + "y", done[:-3]}  # moved, carried, fitted
    return any(v in WORK_VERBS or v in _SERVICE_WORK for v in stems) and "measure" not in stems


_FIGURE_LINE = re.compile(r"^\W*[\d.,%–-]+\W")  # "8%–12% of revenue", "1 butler : 1 party"
_TARGET_LINE = re.compile(
    r"^(?:targets?|kpis?|goals?|measures?|commitments?|measured\s+by|success\s+measures?|"
    r"how\s+we(?:'|’|\s+wi)ll\s+know)\s*[:：]",
    re.I,
)
# A pillar slide's statement of the problem, not work: "We cannot fill the chairs we free up".
_PROBLEM_LEAD = re.compile(
    r"^we\s+(?:cannot|can['’]t|can\s+not|do\s+not|don['’]t|have\s+not|haven['’]t|lack)\b", re.I
)
# "Key results", "KR3.1 Driver turnover": what follows is a result to reach, not work
_RESULTS_LABEL = re.compile(
    r"^(?:key\s+results?|KRs|(?:our\s+)?(?:kpis|targets|measures\s+of\s+success))\s*[:：]?$"
    r"|^KR\s*\d{1,2}(?:\.\d{1,2})?\b",
    re.I,
)


_COMMIT_LABEL = re.compile(
    r"^\s*(?:our\s+|key\s+)?(?:commitments?|we (?:will|commit to)|what we will do)\s*[:：]?\s*$",
    re.I,
)


# A clause that says what will be so, not what to do: "Stores become ...", "CRM drives ...".
_STATE_CLAIM = re.compile(
    r"\b(?:becomes?|drives?|is|are|won|wins|feels?|turns?\s+into|grows?|rises?|falls?|"
    r"means?)\b",
    re.I,
)


# A heading over a pillar's measures, not its work: "Signals we watch", "How we'll know".
_MEASURES_HEAD = re.compile(
    r"^(?:signals?\s+we\s+(?:watch|track|follow)|(?:leading\s+|lead\s+)?indicators|"
    r"(?:our\s+)?measures(?:\s+of\s+success)?|kpis|how\s+we(?:'|’|\s+wi)ll\s+know|"
    r"measured\s+by|success\s+(?:measures|looks\s+like))\s*[:：]?$",
    re.I,
)


def _noted(slide: _Slide) -> set[str]:
    """The lines under a slide's "Why it matters" or "Signals we watch" (the heading itself is
    read as no line): the reasons for the work or its measures, not work, until a "What we
    will do" opens a list again."""
    out: set[str] = set()
    under = False
    for text in (
        t.strip()
        for b in slide.unit.blocks
        if b.kind is BlockKind.body
        for t in b.text.splitlines()
    ):
        if pattern("note_label").match(text) or _MEASURES_HEAD.match(text):
            under = True
        elif _COMMIT_LABEL.match(text) or section("work_list").match(text):
            under = False
        elif under:
            out.add(text)
    return out


_GOALS_LABEL = re.compile(r"^(?:our\s+|the\s+)?(?:goals|outcomes|aims)\s*[:：]?$", re.I)
# One pillar's "GOAL" or "AIM" in capitals over the line it aims at, beside its "WHAT WE WILL DO"
_AIM_LABEL = re.compile(r"^(?-i:GOALS?|AIMS?|OUTCOMES?|AMBITION)\s*[:：]?$")


def _under_results(slide: _Slide) -> set[int]:
    """The bulleted lines right under a pillar's "GOALS" or "Key results" label: its targets,
    no work, up to the first line that is no bullet (the next card's name). Only the run of
    bullets: a label of work under them may be repeated on every slide, read as noise."""
    under: set[int] = set()
    inside = False
    for i, (line, block) in enumerate(slide.lines):
        label = line.strip()
        if block.bullet is not True and (
            _RESULTS_LABEL.match(label) or _MEASURES_HEAD.match(label) or _GOALS_LABEL.match(label)
        ):
            inside = True
        elif inside and block.bullet is True:
            under.add(i)
        else:
            inside = False
    return under


def _pillar_bullets(slide: _Slide, pillar: str | None) -> list[Commitment]:
    """A pillar slide's bullets are the pillar's initiatives, whatever their grammar
    ("Twelve local partners per hotel signed before opening", "Host council meets monthly")."""
    out: list[Commitment] = []
    # A detail slide ("Workstream B · Start sites faster") whose body is a column of items in
    # a plain text box: a list all the same, though no bullet is drawn. Only when every line
    # (the subtitle aside) is such an item: cards (a name over its sentence) are read as
    # cards, and a big figure over its caption is no item.
    cards = _named_tactics(slide, pillar)
    body = [ln for i, (ln, _) in enumerate(slide.lines) if i not in slide.left_behind]
    short = {ln for ln in body if len(words(ln)) <= 4}
    # Sub-headings over groups of items ("Deviations", "CAPA") and an eyebrow are no items,
    # and no lines the items must outnumber either (a big figure is: it heads a caption; so
    # is a label: "Defect Triage:" heads its card).
    body = [
        ln
        for ln in body
        if len(words(ln)) > 4 or _FIGURE_LINE.match(ln) or ln.rstrip().endswith(":")
    ]
    items = [ln for ln in body if 5 <= len(words(ln)) <= 45 and not _FIGURE_LINE.match(ln)]
    # A slide titled after a pillar the deck listed details it as surely as "Pillar 2" does.
    named = pillar is not None and pillar != slide.title
    column = (
        (_is_detail(slide) or _enabler_slide(slide) or named)
        and len(items) >= (1 if named else 3)
        and len(items) >= len(body) - 1
        # cards are a heading over its one sentence each: not two headings over six lines
        and (not cards or 2 * len(cards) < len(items))
        # A slide that draws its bullets lists what is bulleted, not its subtitle.
        and not any(block.bullet is True for _, block in slide.lines)
    )
    texts = slide.texts()
    # The lines under a "Commitments" / "We will" label are what the slide commits to.
    committed = {
        i + 1
        for i, t in enumerate(texts[:-1])
        if _COMMIT_LABEL.match(t) or section("work_list").match(t)
    }
    noted = _noted(slide)
    measured = _under_results(slide)
    for i, (coded, block) in enumerate(slide.lines):
        if (
            i in slide.left_behind
            or i < slide.work_from
            or i in measured
            or coded.strip() in noted
            or column
            and committed
            and i < min(committed)
        ):
            continue  # (what a column says above its "Initiatives" label is no item of it)
        line = _ITEM_CODE.sub("", coded)  # "Initiative 1.1 — ...": the work, not its code
        toks = words(line)
        listed = (
            block.bullet is True
            or block.text.lstrip().startswith(("•", "▪", "–", "- ", "* "))
            or column
            or i in committed
        )
        if not listed or len(toks) < 4 or len(toks) > 45 or column and line in short:
            continue  # (in a column, a short line heads a group of items)
        if _LEAD_ONLY.match(line):
            continue  # "Lead: Head of Last Mile, with ...": who leads the items, read as leads
        if _WILL_NOT.match(line):
            continue  # "We will not close any front counter": a limit the plan keeps
        if _FIGURE_ONLY_LABEL.match(line):
            continue  # "Too hard to pause: 31%": a survey's answer, a figure, no work
        if _says_what_it_does(line) or _SLOGAN.match(line) or _PROBLEM_LEAD.match(line):
            # "Provides the site and the fit-out money": a part's role; "“Operator brand +
            # landlord partnership” — trading equity for speed": the slide's motto. No work.
            continue
        labelled = _LABEL_LEAD.match(line) is not None
        if _TARGET_LINE.match(line) or toks[0] in WORK_VERBS and not labelled:
            # Targets are KPIs; imperative bullets are read as initiatives already, but for
            # one led by a label ("Cut promotional depth: fewer, bigger promotions ..."), which
            # the initiative reader takes for a heading.
            continue
        if i in slide.target_state and (
            _STATE_CLAIM.search(line)
            or not (re.search(r"\d", line) or any(layer_scores(line).values()))
        ):
            # the state aimed at, naming no work ("Calm, belonging and quiet pride") or
            # saying what will be so ("Branches become neighbourhood meeting places"); a service it
            # names is work ("Online booking for every routine request")
            continue
        out.append(_line_initiative(line, slide, pillar))
    return out or cards


# A label and a figure alone: "Too hard to pause: 31%", "Same recipes again: 24%"
# (a share, not a year or a count: "Open the York hub: 2028", "Hire drivers: 40" are work)
_FIGURE_ONLY_LABEL = re.compile(r"^[^:]{2,60}:\s*[<>~≈]?\s*\d[\d.,]*\s*%\.?$")
_PROCESS_STEP = re.compile(r"^(?:days?|weeks?|months?|steps?)\s*\d", re.I)
# A share of a whole, named: "Guest Rooms 28%", "Core business: 70%"
_SHARE = re.compile(r"^(?P<name>[^\W\d][^%\d]{0,40}?)\s*[:：-]?\s*(?P<share>\d{1,2}(?:\.\d)?)\s?%$")


def _one_model(slide: _Slide, pillar: str | None, bullets: list[Commitment]) -> list[Commitment]:
    """A pillar slide that lays out one model (a whole split into named shares, a process or
    a day in timed steps) commits to that model: one commitment, not one per line. The
    slide's lines of work (a verb first) stay theirs; its descriptions of the model's parts
    are the model, no work of their own."""
    model = _allocation(slide, pillar) or _process_steps(slide, pillar) or _tiers(slide, pillar)
    if not model:
        return bullets
    parts = {p.rstrip(" .") for p in _model_lines(slide)}  # (a bullet's text drops its stop)
    return model + [
        b for b in bullets if opens_with_work(b.text) or not any(part in b.text for part in parts)
    ]


_TIER = re.compile(r"^(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})\s+Tier$")


def _tiers(slide: _Slide, pillar: str | None) -> list[Commitment]:
    """A slide that lays out a service in tiers ("Standard Tier", "Signature Tier", "Bespoke
    Tier", each over what it adds): the tiered service is the commitment, named as the slide
    names it ("Three-Tier Butler Service"); each tier's description is part of it."""
    tiers = [m.group("name") for t in slide.texts() if (m := _TIER.match(t.strip()))]
    if len(tiers) < 2 or len(set(tiers)) != len(tiers):
        return []
    name = _model_name(slide)
    return [_model_commitment(slide, pillar, name, f"{name}: {' / '.join(tiers)}")]


_TIER_HEAD = re.compile(r"^(?:[\w-]+\s+)?(?:tier|tiers|level|levels|membership\s+tier)$", re.I)


def _tier_table(slide: _Slide, pillar: str | None) -> list[Commitment]:
    """A table of a programme's tiers (a first column headed "Tier" over "Wanderer",
    "Recluse", "Confidant", with what each qualifies by and gets): the tiered programme is one
    commitment, named by the slide. A slide about today describes what is, not what to do."""
    if slide.about_today:
        return []
    for table in slide.tables:
        if len(table) < 3 or not table[0] or not _TIER_HEAD.match(table[0][0].strip()):
            continue
        tiers = [row[0].strip() for row in table[1:] if row and row[0].strip()]
        if len(tiers) < 2 or any(len(words(t)) > 4 for t in tiers):
            continue
        name = _model_name(slide)
        return [
            _model_commitment(
                slide, pillar, name, f"{name}: {len(tiers)} tiers, {' / '.join(tiers)}"
            )
        ]
    return []


def _model_lines(slide: _Slide) -> set[str]:
    """The lines that name or describe a model's parts: all but the title and the lines that
    open with a verb of work."""
    return {
        t
        for t in slide.texts()
        if t != slide.title and len(words(t)) >= 2 and not opens_with_work(t)
    }


def _model_commitment(slide: _Slide, pillar: str | None, name: str, text: str) -> Commitment:
    """The one commitment a slide's model makes (a split, a day, a tiered service or
    programme), titled by the model's name and cited to the slide."""
    return Commitment(
        kind="initiative",
        title=shorten(name, 80),
        text=text,
        source=slide.source,
        section=slide.title,
        pillar=pillar,
    )


def _allocation(slide: _Slide, pillar: str | None) -> list[Commitment]:
    """A slide that splits a whole into named shares adding up to it ("Warehouse Floor 55%",
    "Offices / Canteen 15%", "Yard & Loading Bays 30%"): the split is the commitment,
    named as the slide names it ("Site Use Plan")."""
    shares: dict[str, str] = {}
    for line in slide.texts():
        m = _SHARE.match(line.strip())
        if m and len(words(m.group("name"))) <= 5:
            shares.setdefault(m.group("name").strip(" :-"), m.group("share"))
    if len(shares) < 2 or not 95 <= sum(float(v) for v in shares.values()) <= 105:
        return []
    name = _model_name(slide)
    split = ", ".join(f"{k} {v}%" for k, v in shares.items())
    return [_model_commitment(slide, pillar, name, f"{name}: {split}")]


# A quoted motto and the dash that glosses it
_SLOGAN = re.compile(r"^\W{0,2}[“\"‘'][^”\"’]{3,60}[”\"’]\s*[—–-]\s")

_SUBJECT_FOLLOWS = frozenset(
    [
        "are",
        "were",
        "have",
        "had",
        "will",
        "can",
        "could",
        "must",
        "should",
        "may",
        "and",
        "or",
        "of",
        "&",
        "for",
        "to",
        "in",
        "on",
        "at",
        "by",
        "from",
        "with",
        "that",
        "who",
        "which",
    ]
)


def _says_what_it_does(line: str) -> bool:
    """A line that opens with a verb said of someone ("Provides the site and the fit-out
    money", "Runs the kitchens ...", "Cuts response time by half"): what a party of a model
    does, or what a thing achieves, not the deck's work (which it writes as an imperative, a
    pledge or a noun phrase). "Routes are reviewed ..." opens with a noun."""
    toks = words(line)
    if len(toks) < 3 or not line[:1].isupper() or toks[1] in _SUBJECT_FOLLOWS:
        return False
    first = toks[0]
    if len(first) < 4 or not first.endswith("s") or first.endswith("ss"):
        return False
    bases = {first[:-1]}
    if first.endswith("es"):
        bases.add(first[:-2])
    if first.endswith("ies"):
        bases.add(first[:-3] + "y")
    return bool(bases & WORK_VERBS)


def _model_name(slide: _Slide) -> str:
    """The model's own name in the title: "Space Allocation Model" in "Pillar One Tactics:
    Space Allocation Model", "A Day in the Slow Zone" in "Pillar Two: A Day in the Slow Zone"."""
    m = _PILLAR_DETAIL.match(slide.title)
    rest = m.group(1).strip() if m else ""
    if not rest:
        return slide.title
    head, colon, tail = rest.partition(":")
    return tail.strip() if colon and tail.strip() and len(words(head)) <= 2 else rest


def _step_order(label: str) -> tuple[str, float] | None:
    """A step label's unit and place: ("day", 1) for "Days 1-15", ("clock", 390) for "6:30 AM"."""
    if timeline.CLOCK_TIME.match(label.strip()):
        minutes = timeline.clock_minutes(label)
        return None if minutes is None else ("clock", float(minutes))
    if _PROCESS_STEP.match(label) and len(words(label)) <= 4:
        first = re.search(r"\d+", label)
        unit = re.match(r"[a-z]+", label.lower())
        return (unit.group().rstrip("s") if unit else ""), float(first.group()) if first else 0.0
    return None


def _process_steps(slide: _Slide, pillar: str | None) -> list[Commitment]:
    """A slide that lays out a standard process as timed steps ("Days 1-10" / "Route
    Review" / "Map-based route scoring + ride-along check", ...) commits to putting that
    process in place: one commitment in the slide's words, its steps in their order. A day's
    programme in times of day ("7:00 AM" / "Morning Swim" / "The pool opens ...") is one too,
    whatever its title."""
    lines = slide.texts()
    steps: list[tuple[float, str, str, str]] = []
    units: set[str] = set()
    for i, label in enumerate(lines[:-2]):
        name, detail = lines[i + 1], lines[i + 2]
        if (order := _step_order(label)) is None:
            continue
        if _STEP_LABEL.match(name) or _STEP_LABEL.match(detail) or not words(detail):
            continue
        if _step_order(name) is not None or _step_order(detail) is not None:
            continue
        units.add(order[0])
        steps.append((order[1], label, name, detail))
    if len(steps) < 3 or len(units) > 1:
        return []  # steps in one unit only: "Month 2" does not sort among "Days 1-15"
    if units != {"clock"} and not pattern("process_names").search(slide.heading):
        return []
    steps.sort(key=lambda s: s[0])
    listed = "; ".join(
        f"{name} ({label}): {detail.rstrip('.;')}" for _, label, name, detail in steps
    )
    # The line that says what the process achieves; not the eyebrow ("Pillar 2 · Tactic B").
    lead = next(
        (t for t in lines if t != slide.title and len(words(t)) >= 6 and not re.search(r"·|\|", t)),
        "",
    )
    text = " ".join(filter(None, [f"{lead.rstrip('.')}." if lead else "", f"Steps: {listed}."]))
    return [_model_commitment(slide, pillar, _model_name(slide), text)]


_STEP_LABEL = re.compile(r"^(?:days?|weeks?|months?|w|m|q)\s*\d", re.I)


# A figure that sizes a change: "12->28", "6 → 18", "40 to 120".
_CHANGE_FIGURE = re.compile(r"^\s*[\d.,]+\s*[%kKmM]?\s*(?:->|→|⟶|to)\s*[\d.,]+\s*[%kKmM+]?\s*$")


def _line_initiative(line: str, slide: _Slide, pillar: str | None) -> Commitment:
    """One line of the slide, in the deck's words, as one of its initiatives."""
    return Commitment(
        kind="initiative",
        title=shorten(line, 80),
        text=line.rstrip(";."),
        source=slide.source,
        section=slide.title,
        pillar=pillar,
    )


def _named_tactics(slide: _Slide, pillar: str | None) -> list[Commitment]:
    """A pillar slide laid out as cards, each a short name over the sentence that explains it
    ("Creator Livestreams" / "Store-visit and new-launch livestreams run in parallel ..."):
    each card is one of the pillar's initiatives, named as the deck names it."""
    lines = slide.texts()
    out: list[Commitment] = []
    sized: set[int] = set()  # figure lines read as part of the card above them

    def card(label: str, line: str) -> Commitment:
        return Commitment(
            kind="initiative",
            title=shorten(f"{label}: {line}", 80),
            text=f"{label}: {line.rstrip(';.')}",
            source=slide.source,
            section=slide.title,
            pillar=pillar,
        )

    for i, (name, nxt) in enumerate(zip(lines, lines[1:], strict=False)):
        if i in slide.left_behind or i == 0 or i in sized:
            continue  # the first line is the slide's subtitle
        if _flat_header(name):
            # "Initiative Scope Owner By" over one line a row: a plan table a PDF flattened.
            # Each row is an initiative in the deck's words; its cells cannot be told apart.
            for k in range(i + 1, len(lines)):
                row = lines[k]
                if _flat_header(row) or (_is_heading_line(row) and len(words(row)) <= 6):
                    break
                sized.add(k)
                if 4 <= len(words(row)) <= 60:
                    out.append(_line_initiative(row, slide, pillar))
            continue
        if (
            not (_is_heading_line(name) and 2 <= len(words(name)) <= 6)
            or _TRIAL_LINE.match(name)
            or _RESULTS_LABEL.match(name)
            or section("work_list").match(name)
        ):
            # "Go to the whole firm if" heads a trial's criteria, "KR3.1 Driver turnover" a
            # result and "Initiatives" a list of work: none names a card
            continue
        after = lines[i + 2] if i + 2 < len(lines) else ""
        if (
            _CHANGE_FIGURE.match(nxt)
            and not _CHANGE_FIGURE.match(name)
            and 2 <= len(words(after)) <= 45
            and not _CHANGE_FIGURE.match(after)
        ):
            # "Field Data Team" / "6->15" / "Sensor upkeep, data cleaning, dashboard
            # building": one card, a team or a capacity sized from one figure to another.
            sized.add(i + 1)
            out.append(card(f"{name.rstrip(' :：')} {nxt}", after))
            continue
        # "91%" / "Answer accuracy" / "Internal test set": a figure's caption, not a card. A
        # target is a KPI; any other figure stays with the name it sizes.
        prev = lines[i - 1]
        figure = TILE_VALUE.match(prev) is not None and not re.fullmatch(r"[1-9]", prev)
        if figure and is_target_tile(Tile(value=prev, label=name, detail=nxt), slide.heading):
            continue
        if (
            _STEP_LABEL.match(name)
            or _is_heading_line(nxt)
            or not 4 <= len(words(nxt)) <= 45
            or re.search(r"\d\s*%", name)
            or TILE_VALUE.match(name)  # "150 g" over its measure's label: a tile, not a card
            or pattern("before_state").match(name)
            or pattern("after_state").match(name)
            or pattern("note_label").match(name)
            or _MEASURES_HEAD.match(name)  # "Signals we watch" heads measures, not a card
            or _says_what_it_does(nxt)  # "County Council" / "Provides the land ...": a part
        ):
            continue
        label = re.sub(r"^(?:layer|tactic|step|stage)\s*\w+\s*[·:|–-]\s*", "", name, flags=re.I)
        label = label.rstrip(" :：")  # "Name:" over its sentence reads "Name: sentence"
        out.append(card(f"{label} {prev}" if figure else label, nxt))
    return out


# The column names of a plan table ("Initiative | Scope | Owner | By").
_COLUMN_WORDS = frozenset(
    [
        "initiative",
        "initiatives",
        "action",
        "actions",
        "workstream",
        "project",
        "scope",
        "description",
        "detail",
        "details",
        "owner",
        "owners",
        "lead",
        "leads",
        "by",
        "when",
        "due",
        "date",
        "dates",
        "timing",
        "timeline",
        "milestone",
        "milestones",
        "deliverable",
        "deliverables",
        "status",
        "what",
        "who",
        "cost",
        "budget",
    ]
)


def _flat_header(line: str) -> bool:
    """A table's header row flattened into one line of column names: "Initiative Scope Owner By"."""
    toks = words(line)
    return line[:1].isupper() and 3 <= len(toks) <= 6 and all(t in _COLUMN_WORDS for t in toks)


def _plan_cards(slides: list[_Slide], plan: DeckPlan) -> list[Commitment]:
    """Once the deck's plan has begun (its pillars set out, or a pillar detailed), a slide laid
    out as cards, each a short name over the sentence that explains it ("Host Training &
    Accreditation" / "New hosts complete a six-week programme ..."), commits to each card,
    though no pillar claims it: the content plan, the talent plan, the data platform. A card
    that names a meeting by its rhythm ("Monthly Regional Review") on a governance slide is
    governance. Only slides that gave nothing else; never the deck's diagnosis or appendix."""
    start = next(
        (
            i
            for i, s in enumerate(slides)
            if plan.pillars
            and s.title
            and section("pillars").search(s.title)
            or _pillar_of(s, plan.pillars, plan.pillar_word) is not None
        ),
        None,
    )
    if start is None:
        return []
    given = {c.source.slide or c.source.page for c in plan.commitments}
    out: list[Commitment] = []
    for slide in slides[start + 1 :]:
        unit = slide.source.slide or slide.source.page
        if unit in given or slide.about_today or section("not_plan").search(slide.named):
            continue
        governs = bool(section("governance").search(slide.named))
        # "Gates and what each one decides": each card is a decision at a gate.
        gates = bool(re.search(r"\bgates?\b|\bgo\s*/\s*no[- ]?go\b", slide.named, re.I))
        if gates and (cards := _gate_cards(slide)):
            out += cards
            continue
        for card in _named_tactics(slide, None):
            name, said = card.text.split(":", 1)
            if (
                re.search(r"\d|\(", name)
                or re.search(r"\s(?-i:When|Who|What)\b", name)
                or re.match(r"(?:what|how|why|where|who|when|compared|versus|vs)\b", name, re.I)
            ):
                # "Cost Breakdown (EUR k)", "Gate When Decision", "What changes",
                # "Compared with": labels of a card's parts, not cards
                continue
            if len(words(said)) < 7:
                continue  # "Small business: checking, under $5M revenue": a caption
            if re.match(r"^\s*(?:[A-Z][\w&/+-]*\s+){3}[A-Z]", said):
                continue  # "Tier Qualification Core Benefits ...": a table's header run
            if governs:
                if not pattern("cadences").match(name):
                    continue  # "Chief Executive: owns the plan": who leads, not work
                card.kind = "governance"
            elif gates or re.search(r"\bgo\s*/\s*no[- ]?go\b", name, re.I):
                card.kind = "gate"
            out.append(card)
    return out


# How a deck numbers a gate: "Gate 2", "Gate2", "G1" (the number is the group)
GATE_NUMBER = r"(?:gate\s?|g)(\d{1,2})"
# "Gate 1", "G3" alone on its line: the head of one gate's card on a slide of gates (a head
# that says more, "Gate 1 · end of March 2027" over "Release pilot capital", is a card the card
# reader names by its decision)
_GATE_HEAD = re.compile(rf"^{GATE_NUMBER}$", re.I)


def _gate_cards(slide: _Slide) -> list[Commitment]:
    """A slide of gates laid out as cards: "Gate 1" over when it falls or what it decides ("At
    the October break", "(after MW11)"), then its pass marks as bullets. Each card is one gate
    in the deck's words, its bullets its criteria (a bullet's wrapped line goes on from it).
    Two cards or more; a card without a bullet names itself in its first line only."""
    lines = slide.lines
    heads = [i for i, (t, _) in enumerate(lines) if _GATE_HEAD.match(t)]
    if len(heads) < 2:
        return []
    out: list[Commitment] = []
    for k, at in enumerate(heads):
        card = lines[at + 1 : heads[k + 1] if k + 1 < len(heads) else len(lines)]
        bulleted = any(block.bullet for _, block in card)
        said: list[str] = []
        marks: list[str] = []
        for text, block in card:
            if (
                not marks
                and not block.bullet
                and len(words(text)) <= 10
                and len(said) < (2 if bulleted else 1)
            ):
                said.append(text)
                continue
            if marks and bulleted and not block.bullet:
                marks[-1] = f"{marks[-1]} {text}"  # "Plan seen by the Safety" / "Group ..."
                continue
            marks.append(text)
        name = lines[at][0] + (f": {' '.join(said)}" if said else "")
        out.append(
            Commitment(
                kind="gate",
                title=shorten(name, 80),
                text=f"{name}. Pass marks: {'; '.join(marks)}" if marks else name,
                criteria="; ".join(marks) or None,
                source=slide.source,
                section=slide.title,
            )
        )
    return out


# "Priorities 3 and 4": a slide that goes on with the pillars of an earlier one
_MORE_PARTS = re.compile(r"\b(?:[2-9]|1\d)\s*(?:(?:,|and|&|to|-|–)\s*(?:[2-9]|1\d)\b)+")
# "1 Healthier fish", "2. Secure pens": a numbered name or item
NAME_NUMBER = re.compile(r"^\d{1,2}(?:[.)]|\s*[·•])?\s+")  # "1 ", "2. ", "3 · "


def _initiatives(slide: _Slide, pillar: str | None = None) -> list[Commitment]:
    """Imperative bullets on a pillar or plan slide: "Install vibration sensors on 137 key assets"."""
    title = slide.title
    if slide.about_today and not section("pillars").search(title):
        return []
    m = _PILLAR_DETAIL.match(title)
    pillar = pillar or (m.group(1).strip(" ·:") if m else None)
    out: list[Commitment] = []
    gate: Commitment | None = None
    criteria_of = -1  # the line whose criteria are listed under it
    listing = False  # under "What we will do" / "Our commitments": every line is work
    judging = False  # under a pilot's pass marks or a gate's criteria: tests, not work
    # A slide that pledges work in the first person pledges it in the passive too: "Membership
    # will be sold at every front desk", beside "We will replace the ticketing ...".
    pledging = any(we_will_work(s) for ln, _ in slide.lines for s in sentences(ln))
    # Three or more lines open with a verb of work: a list of work, whose other imperatives
    # count too ("Call every family 6 weeks after the funeral").
    working = sum(opens_with_work(_ITEM_CODE.sub("", ln)) for ln, _ in slide.lines) >= 3
    results = False  # under "Key results" until a list of work: targets, read as KPIs
    aiming = False  # under a "GOAL" or "AIM" label, up to the next label: what it aims at
    for i, (coded, _block) in enumerate(slide.lines):
        if i in slide.left_behind or i < slide.work_from:
            continue
        if _AIM_LABEL.match(coded.strip()):
            aiming = True
            continue
        if aiming and not (_LABEL_ONLY.match(coded.strip()) or section("work_list").match(coded)):
            continue
        aiming = False
        if _RESULTS_LABEL.match(coded) or _MEASURES_HEAD.match(coded.strip()):
            results = True  # ("How we will know" over "Reuse and recycling: from 71% to 85%")
            continue
        if results and not section("work_list").match(coded.strip()):
            continue
        results = False
        line = _ITEM_CODE.sub("", coded)  # "Initiative 1.1 — Tickets on phones": the work
        if len(words(line)) <= 10 and _CRITERIA_HEAD.match(line.strip()):
            # "Pass marks for Gate 2 (Sept. 30, 2029)": the trial's tests follow, no work
            listing, judging = False, True
            continue
        if judging:
            toks = words(line)
            if not (
                section("work_list").match(line.strip())
                or _is_heading_line(line)
                and toks[:1]
                and toks[0] not in WORK_VERBS
                and not opens_with_work(line)
            ):
                continue  # "Visit satisfaction of 4.0 or better": a test, whatever its verb
            judging = False
        if gate is not None and criteria_of >= 0:
            # "... only if, by June 2028, at the Mill:" then one criterion a line, however short
            if _RULE_OVER_TESTS.search(gate.title.rstrip("…")):
                # "Go/no-go: Open countywide only if" says its first test in its title
                gate.title = shorten(f"{gate.title} {line.strip().rstrip(';.')}", 80)
            gate.text = f"{gate.text} {line.strip().rstrip(';.')};"
            if line.rstrip().endswith(".") or i - criteria_of >= _CRITERIA_CAP:
                gate.text, criteria_of = gate.text.rstrip(";"), -1
            continue
        if _is_heading_line(line) and not (
            words(line)[:1]
            and words(line)[0] in WORK_VERBS
            or opens_with_work(line)
            or we_will_work(line)
            or _RULE_OVER_TESTS.search(line)
        ):
            # "What we will do" opens a list of work, "What it delivers" closes it; a short
            # line that opens with a verb of work ("Install sensors on Line 3") is work itself,
            # and so is an unpunctuated item of the list ("Electric vans for two depots")
            if section("work_list").match(line.strip()):
                listing = True
                continue
            if not listing or _LIST_END.search(line):
                listing = False
                continue
        if listing and not we_will_work(line) and _listed_work(line):
            # "Roll-out of ...", "Twin-lift spreaders on the four newest cranes.": the deck's
            # work in a noun phrase, said so by the heading over the list
            out.append(_line_initiative(line.strip(), slide, pillar))
            continue
        # (two boxes a PDF read side by side as one line: "Count sea lice ... Treat lice ...")
        runs = sentences(line) if len(line) > 160 else [line]
        for sent in (piece for run in runs for piece in split_work_run(run)):
            toks = words(sent)
            # "We will replace the ticketing ...": the deck's commitment in the first person
            pledged = (
                we_will_work(sent)
                or (sent.strip() if pledging and _passive_work(sent) else None)
                # "On the road, we will require every carrier to ...", "..., so we will
                # upgrade Atlas WMS ...": a pledge inside a sentence of prose
                or (pledge_after_lead(sent) if pledging and len(sent) > 40 else None)
            )
            # "The Head of Patient Services will set up a patient contact team ...": the
            # commitment of the role (or the system) it names, in the third person
            named_lead = None
            if pledged is None and (third := _will_work(sent)) is not None:
                pledged, named_lead = third
            # "We will take the plan to every venue only if ...", "The steering group will
            # decide go or no-go in June 2028": the deck's decision rule, a gate
            decides = bool(_DECISION_RULE.search(sent))
            # A short imperative is work too on a slide of a pillar's work ("Recruit 40 nurses",
            # "Open the staff academy"): a verb of work and its object, not a label.
            brief = (
                pillar is not None
                and 3 <= len(toks) < 5
                and toks[0] in WORK_VERBS
                and sent[:1].isupper()
                and not title_cased(sent, skip=1, least=1)  # "Scale Across Sites"
            )
            if (len(toks) < 5 and not brief) or len(toks) > 45:
                continue
            if (
                toks[0] not in WORK_VERBS
                and not opens_with_work(sent)
                and not pledged
                and not decides
                and not (working and imperative_item(sent))
            ):
                continue
            if sent[:1].islower():
                continue  # "open to all, old route kept": a caption under a heading, not work
            if _LABEL_LEAD.match(sent) or re.search(r"\s[·/|]\s", sent):
                continue  # "Design principles — ...", "Hit game IP · ...": a label, not work
            if decides and gate is not None:
                gate.text = f"{gate.text}. {sent.rstrip(';.:')}"  # one gate a slide
                continue
            said = pledged or sent
            if decides:
                said = pledged or re.sub(r"^we\s+(?:will\s+)?", "", sent, flags=re.I)
                said = f"Go/no-go: {said[:1].upper()}{said[1:]}".rstrip(":")
            item = Commitment(
                kind="gate" if decides else "initiative",
                title=shorten(said, 80),
                text=sent.rstrip(";."),
                source=slide.source,
                section=title,
                pillar=pillar,
            )
            if decides:
                gate = item
                if sent.rstrip().endswith(":") or _RULE_OVER_TESTS.search(sent):
                    criteria_of = i
            if named_lead and not decides:
                item.lead = named_lead
            out.append(item)
    if gate is not None and criteria_of >= 0:
        gate.text = gate.text.rstrip(";")  # its tests ran to the slide's end
    return out


# "The Head of Patient Services will set up ...", "From the day each practice goes live,
# ClearChart will send ...": a role, or a system by its name, as the subject of "will".
_WILL_WORK = re.compile(
    rf"^(?:[A-Z][^,;:]{{3,60}},\s+)?(?:{_ROLE_SUBJECT}|(?P<thing>(?-i:[A-Z][a-z]+[A-Z]\w*)))"
    r"\s+will\s+(?P<rest>[a-z][\w-]*\b.*)$"
)


_STATE_VERBS = frozenset({"be", "have", "need", "remain", "stay", "become", "seem", "look"})


def _will_work(sent: str) -> tuple[str, str | None] | None:
    """(the work, its lead) of a sentence whose subject, a role or a named system, "will" do
    work of the deck; None for any other sentence."""
    m = _WILL_WORK.match(sent.strip())
    verb = words(m.group("rest"))[:1] if m else []
    if m is None or not verb:
        return None
    # a role's verb is one of work; a system's may be any that does something ("send", "hold")
    if verb[0] not in WORK_VERBS and (m.group("lead") or verb[0] in _STATE_VERBS):
        return None
    rest = m.group("rest").rstrip(" .;")
    return rest[:1].upper() + rest[1:], (m.group("lead") or "").strip() or None


# The code an item is listed under: "Initiative 1.1 —", "Action 3:", "2.4 ·", "B1 |" (not a
# quarter or a half: "Q3 —" dates the line).
_ITEM_CODE = re.compile(
    r"^(?:(?:initiative|action|move|project|workstream|lever|objective|commitment|step)\s+"
    r"[A-Z]?\d{1,2}(?:\.\d{1,2})?[a-z]?|\d{1,2}\.\d{1,2}|(?!(?:FY|CY|[QHYMWP])\d)[A-Z]{1,2}\d{1,2}(?:\.\d{1,2})?)"
    r"\s*[—–:·|]\s+(?=[A-Za-z])",
    re.I,
)
# "Design principles — ...", "Pilot scope: ...": a line that opens with a label names, it does no work.
_LABEL_LEAD = re.compile(r"^\S+(?:\s+\S+){0,3}\s*[:：—–]")
# The head of a pilot's tests or a gate's criteria: the lines under it are no work.
_CRITERIA_HEAD = re.compile(
    r"^(?:pass\s+marks?|(?:success|exit|acceptance|pilot|trial)\s+criteria|go\s*/\s*no[- ]go\s+"
    r"(?:tests?|criteria)|what\s+success\s+looks\s+like|how\s+we\s+will\s+(?:judge|know))\b",
    re.I,
)
# A heading that closes a list of work: what it delivers, needs or costs.
_LIST_END = re.compile(
    r"^(?:what|how|where|who|why|when)\b|\b(?:outcomes?|benefits?|results?|delivers?|needs?|"
    r"impact|measures?|kpis?|risks?|costs?|success|targets?|signals?|indicators?)\b",
    re.I,
)


def _listed_work(line: str) -> bool:
    """A line of a work list that is a piece of work: a statement, not a figure, a label or a
    promise of what will not be done ("We will not close any front counter during this plan",
    a limit the plan keeps)."""
    toks = words(line)
    return (
        4 <= len(toks) <= 45
        and not line[:1].islower()
        and not _FIGURE_LINE.match(line)
        and not _LABEL_LEAD.match(line)
        and not _WILL_NOT.match(line)
    )


# "We will not ...", "We won't ...", "We shall not ...": what the plan promises not to do
_WILL_NOT = re.compile(r"^\W*we\s+(?:will\s+not|won[’']t|shall\s+not|do\s+not\s+plan\s+to)\b", re.I)


_DECISION_RULE = re.compile(
    r"\bonly\s+if\b|\bwill\s+(?:decide|take|make|call)\b[^.;]{0,40}?\bgo\s*(?:/|or)\s*no[- ]?go\b"
    r"|\bwill\s+decide\s+whether\b",
    re.I,
)
_CRITERIA_CAP = 8
# A decision rule that ends where its tests begin: "We open countywide only if", then one
# test a line.
_RULE_OVER_TESTS = re.compile(r"\bonly\s+if\s*:?\s*$", re.I)


# --------------------------------------------------------------------------- pilot


# ("Rio de Janeiro", "Isle of Wight", "Xuzhou HQ"; not "de" of a "depot" after the name)
_PROPER = r"[A-Z][\w'-]+(?:\s+(?:[A-Z][\w'-]+|HQ\b|(?:de|of)\s+[A-Z][\w'-]+))*"
_MONTH = (
    # (a month's name, not a place that opens with one: "Marrow Creek", "Mayfield")
    rf"(?=[A-Z])(?i:{timeline.MONTH})\b|Q[1-4]\b|FY|(?:Spring|Summer|Autumn|Winter"
    r"|Monday|Tuesday|Wednesday|Thursday|Friday)\b"
)
# A name said outright may run through small words to more capitals ("Fluent by Seven at
# Hollins Lane", "Block D at Saltfleet"), not into a date ("Westgate by March").
_NAMED_RUN = rf"{_PROPER}(?:\s+(?:by|at|in|on|for|and|&)\s+(?!{_MONTH}){_PROPER})*"


def _unit_of(name: str) -> str | None:
    """The pilot unit a name ends with ("Riverside Corridor" -> corridor, "EU region" -> region)."""
    last = name.lower().split()[-1] if name.split() else ""
    return next((u for u in pilot_units() if last in (u, f"{u}s")), None)


def _cued_pilot(title: str) -> tuple[str, str] | None:
    """(name, unit) of a pilot a slide title stages without the word: "The Riverside Corridor:
    proving it first", "Prove the EU region first", "Start on two wards: Cedar and Rowan",
    "Where we start: the Ashby Road fleet". The part of the title that is not the cue names
    it, else what the cue proves first."""
    cue = pattern("pilot_cue")
    parts = [p.strip() for p in re.split(r"\s*[:·|–—]\s+|\s+[–—-]\s+", title) if p.strip()]
    if not any(cue.search(p) for p in parts):
        return None
    names = [p for p in parts if not cue.search(p)]
    if not names:
        # "Prove the EU region first": the object of the cue.
        m = re.search(r"^\w+\s+(?:on\s+|with\s+|in\s+|at\s+)?(.+?)\s+first\b", parts[0], re.I)
        names = [m.group(1)] if m else []
    for name in names:
        name = re.sub(r"^(?:the|our|a|an)\s+", "", name, flags=re.I).strip(" ,")
        proper = re.search(_PROPER, name)
        if not proper or not 1 <= len(words(name)) <= 6 or re.search(r"\d{3}", name):
            continue
        if name[:1].islower() and proper.start() > 0:
            continue
        if re.match(r"(?:start|begin|prov|test|learn|go|get|mov|think)(?:s|ing|e)?\b", name, re.I):
            continue  # "Starting small: one district first": a headline, no place's name
        return name, _unit_of(name) or "site"
    return None


# A unit named by its number: "Route 12", "Ward 7B", "Line 2"
_NUMBERED_UNIT = re.compile(r"\b(?P<name>(?P<unit>[A-Z][a-z]+)\s+\d{1,3}[A-Z]?)\b")


# A slide that stages a trial without the word "pilot": "What we will try" over its scope, or
# the rule that takes it further ("Go to the whole firm if", "We go county-wide if, by ...").
_TRY = r"what\s+we\s+will\s+(?:try|test|trial|prove)\b"
_TRY_LINE = re.compile(rf"^{_TRY}", re.I)
_TRIAL_LINE = re.compile(
    rf"^(?:{_TRY}|(?:we\s+)?(?:go|roll\s+(?:it\s+)?out|"
    r"scale)\s+(?:it\s+)?(?:to\s+)?(?:the\s+)?(?:whole|all|every|county|country|nation|network|"
    r"firm|group|company|trust|estate|region)[\w\s-]{0,30}?\bif\b)",
    re.I,
)
# Its name in the title: "Project Lantern: six key clients", "Riverside Corridor: ...".
_TRIAL_NAME = re.compile(
    r"^(?:(?:Project|Programme|Operation)\s+[A-Z][\w'-]+|[A-Z][\w'-]+(?:\s+[A-Z][\w'-]*)+"
    r"(?:\s+(?:at|in|on)\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)*)?)$"
)


_TRIAL_TERMS = re.compile(
    r"^(?:scope|success criteria|go\s*/\s*no-?go|what we will (?:try|test))\b", re.I
)


_TITLED_TRIAL = re.compile(
    rf"^(?:the\s+)?(?P<name>{_PROPER})\s+(?:trial|pilot|test|proving\s+ground)$", re.I
)


# "Calder Wharf goes first": a place of two or more words, or one with its unit, taken first.
_GOES_FIRST = re.compile(
    rf"^(?:the\s+)?(?P<name>{_PROPER})\s+(?:goes|comes|opens|moves|switches)\s+first$"
)


def _goes_first(title: str, slides: list[_Slide]) -> tuple[str, str] | None:
    """(name, unit) of a place that "goes first": one the deck also puts work at ("two
    electric excavators at Calder Wharf"), so that "Customer Experience goes first" is none
    ("in" would not tell: "we invest in Customer Experience")."""
    m = _GOES_FIRST.match(title.strip())
    if m is None:
        return None
    name = m.group("name")
    unit = _unit_of(name)
    if unit is None and len(words(name)) < 2 or _STRATEGY_WORDS.search(name):
        return None
    if not _placed(name, slides):
        return None
    return name, unit or "site"


# "Pier C first", "Hall 2 first": a place first, with no verb, on a slide about its pilot
_FIRST_TITLE = re.compile(rf"^(?:the\s+)?(?P<name>{_PROPER}(?:\s+[A-Z0-9])?)\s+first$")
_PILOT_WORD = re.compile(r"\b(?:pilot|trial)s?\b", re.I)


def _first_on_pilot_slide(slide: _Slide, slides: list[_Slide]) -> tuple[str, str] | None:
    """(name, unit) of the place a slide's title puts first ("Pier C first") when the slide
    speaks of its pilot or trial: "Patients first" names no place (one word, no unit, no work
    put at it), and a title with no pilot beside it decides nothing."""
    m = _FIRST_TITLE.match(slide.title.strip())
    if m is None or _STRATEGY_WORDS.search(m.group("name")):
        return None
    if not any(_PILOT_WORD.search(t) for t in slide.texts()):
        return None
    name = m.group("name")
    unit = _unit_of(name)
    if unit is None and len(words(name)) < 2 and not _placed(name, slides):
        return None
    return name, unit or "site"


def _titled_trial(title: str) -> tuple[str, str] | None:
    """(name, unit) of the trial a slide's whole title names: "The Lochan trial", "Kelder
    pilot". A slide given to it names the pilot outright."""
    m = _TITLED_TRIAL.match(title.strip())
    if m is None or not m.group("name")[:1].isupper():
        return None
    name = m.group("name")
    return name, _unit_of(name) or "site"


def _trial_name(slide: _Slide) -> tuple[str, str] | None:
    """(name, unit) of a trial a slide stages without the word, named by its title."""
    # an action title led by the trial's codename over its scope and success criteria:
    # "Project Halyard proves the 8-day offer with three broker firms before we scale"
    coded = re.match(r"^(?:Project|Operation)\s+[A-Z][\w-]+", slide.title)
    if coded and any(_TRIAL_TERMS.search(t) for t in slide.texts()):
        return coded.group(0), _unit_of(coded.group(0)) or "site"
    if not any(_TRIAL_LINE.match(t) for t in slide.texts()):
        return None
    tried = any(_TRY_LINE.match(t) for t in slide.texts())
    for part in re.split(r"\s*[:·|–—]\s+", slide.title):
        name = re.sub(r"^(?:the|our)\s+", "", part.strip(" ,"), flags=re.I)
        # "Project Lantern" names a trial; two capitalised words ("Fleet Renewal") only on a
        # slide that says what it will try
        named = re.match(r"(?:Project|Programme|Operation)\s", name) or tried
        if named and _TRIAL_NAME.match(name) and len(words(name)) <= 4:
            return name, _unit_of(name) or "site"
    return None


def _staged_pilot(slide: _Slide, slides: list[_Slide]) -> tuple[str, str] | None:
    """(name, unit) of a pilot a slide stages without the word "pilot" in a form the pilot
    readers below know (a cue, a place that goes first, a titled trial, a trial's name)."""
    return (
        _cued_pilot(slide.title)
        or _goes_first(slide.title, slides)
        or _first_on_pilot_slide(slide, slides)
        or _titled_trial(slide.title)
        or _trial_name(slide)
    )


def _pilot_name_in(run: str) -> tuple[str, str | None]:
    """A pilot named by a run of its scope ("acute medicine, Main Hospital, Oak and Elm wards
    (56 beds), 12 weeks"): the unit it names ("Oak and Elm", ward), else the run up to its
    first comma."""
    units = "|".join(re.escape(u) for u in pilot_units())
    # The last, narrowest unit named: a ward inside its hospital.
    found = list(
        re.finditer(
            rf"(?P<name>{_PROPER}(?:\s+(?:and|&)\s+{_PROPER})?)\s+(?P<unit>{units})s?\b", run
        )
    )
    if found:
        m = found[-1]
        return m.group("name"), m.group("unit").lower()
    if "," in run:
        head = run.split(",")[0].strip()
        if 1 <= len(words(head)) <= 6:
            return head, None
    return run, None


# A word that opens a noun phrase without naming anything: "Every pilot decision", "Each
# pilot site", "This pilot" (not a place called "Every")
_DETERMINER = (
    r"(?:The|A|An|Our|Every|Each|All|Any|No|This|That|These|Those|Its|Their|Your|Both|Either|"
    r"Neither|Some|Another|Further|Later|Next)"
)


def _pilot(slides: list[_Slide]) -> Pilot | None:
    """The named pilot: "Xuzhou pilot plant", "pilot plant (Xuzhou)", "Pilot South China",
    "first 10 pilot stores". The name the deck repeats most wins."""
    units = "|".join(re.escape(u) for u in pilot_units())
    proper = _PROPER
    forms = [
        re.compile(rf"^[Pp]ilot(?:\s+(?P<unit>{units}))?\s*[:·–-]\s*(?P<name>[^.;]{{3,80}})"),
        re.compile(rf"\b[Pp]ilot(?:\s+(?P<unit>{units}))?\s*:\s*(?P<name>{_NAMED_RUN})"),
        re.compile(rf"\b[Pp]ilot\s+(?P<unit>{units})s?\s*\((?P<name>{proper})\)"),
        re.compile(rf"(?P<name>{proper})\s+(?:HQ\s+)?pilot\s+(?P<unit>{units})\b"),
        re.compile(
            rf"\b[Pp]ilot(?:ing)?\s+(?:in|at|with)\s+(?:the\s+)?(?P<name>{proper})(?:\s+(?P<unit>{units}))?"
        ),
        re.compile(
            rf"(?<![\w'])(?P<name>(?!{_DETERMINER}\b|Single\b|Phase\b){proper})\s+[Pp]ilot\b"
            rf"(?!\s+(?:{units}))"
        ),
        re.compile(rf"\bPilot\s+(?P<name>{proper})\b"),
        re.compile(
            rf"\b(?P<name>(?:\d+|one|two|three|a single|single)\s+pilot\s+(?P<unit>{units})s?)\b",
            re.I,
        ),
    ]
    found: Counter[tuple[str, str]] = Counter()
    first: dict[tuple[str, str], tuple[str, Source]] = {}
    best_weight: dict[tuple[str, str], int] = {}
    for slide in slides:
        # (a title that stages one unit first is a plan slide, whatever else it says: "One
        # market first: ...")
        cued = (
            None
            if section("not_plan").search(slide.title)
            and not pattern("pilot_cue").search(slide.title)
            else _staged_pilot(slide, slides)
        )
        if cued is not None or any(_PILOT_WORD.search(t) for t in [slide.title, *slide.labels]):
            # ... and its "Where:" line names the place ("Where: the loading bays at Culverton
            # depot, bays 1 to 8"), by the narrowest unit it names
            where = next((m for t in slide.texts() if (m := _WHERE_LINE.match(t))), None)
            if where is not None:
                name, unit = _pilot_name_in(where.group(1))
                if unit is not None:
                    cued = (name, unit)
            # ... or, under a pilot's label, its first line names a unit by its number ("The
            # Line 4 packing hall, all three shifts")
            opening = next((t for t in slide.texts() if t not in slide.labels), "")
            numbered = _NUMBERED_UNIT.search(opening)
            if cued is None and numbered and numbered.group("unit").lower() in pilot_units():
                cued = (numbered.group("name"), numbered.group("unit").lower())
        if cued is not None:
            # A slide given to proving one unit first names the pilot outright.
            found[cued] += 3
            if best_weight.get(cued, -1) < 3:
                first[cued] = (slide.title, slide.source)
                best_weight[cued] = 3
        for said in [slide.title, *slide.texts()]:
            # "Pathfinder: Kelder depot", "the Dunmere trailblazer": the pilot by another name
            text = said if "pilot" in said.lower() else _PILOT_KIN.sub(_as_pilot, said)
            if not pattern("pilot_word").search(text):
                continue  # (a ship's pilot, an airline's pilots)
            for form in forms:
                for m in form.finditer(text):
                    name = m.group("name").strip()
                    if (
                        name.lower() in ("run", "validation", "plant", "phase", "the", "a", "pilot")
                        or name.lower() in pilot_units()
                    ):
                        continue
                    if _STRATEGY_WORDS.search(name) and len(words(name)) > 2:
                        continue
                    if m.start("name") == 0 and opens_with_work(name):
                        continue  # "Share pilot boarding times ...": a verb, no place
                    unit = (m.groupdict().get("unit") or "").lower()
                    after = re.match(rf"\s+({units})s?\b", text[m.end("name") :], re.I)
                    if not unit and after:  # "Pilot: Northfield depot, Jan-Jun 2028"
                        unit = after.group(1).lower()
                    if len(words(name)) > 6:
                        name, inner = _pilot_name_in(name)
                        unit = unit or inner or ""
                    key = (name, unit or _unit_of(name) or "site")
                    # A pilot named outright ("Pilot: Wakefield Westgate") outweighs a mention.
                    found[key] += (
                        3
                        if form.pattern.startswith(("^[Pp]ilot", "\\b[Pp]ilot(?:\\s+(?P<unit>"))
                        and ":" in m.group(0)
                        else 1
                    )
                    # Where the pilot is named best: outright, on a plan slide, not the agenda.
                    weight = (":" in m.group(0)) * 2 + (not section("not_plan").search(slide.title))
                    if key not in first or weight > best_weight.get(key, -1):
                        first[key] = (said, slide.source)
                        best_weight[key] = weight
    if not found:
        return _stated_pilot(slides) or _our_pilot(slides) or _first_wave(slides)
    # One name read with its unit ("Oak and Elm wards") and without it is one pilot.
    for name, unit in [k for k in found if k[1] == "site"]:
        fuller = next((k for k in found if k[0] == name and k[1] != "site"), None)
        if fuller is not None:
            found[fuller] += found.pop((name, unit))
            if best_weight.get((name, unit), -1) > best_weight.get(fuller, -1):
                first[fuller] = first[(name, unit)]

    # A proper name beats a count ("Xuzhou" over "a single pilot plant").
    def clean(name: str) -> str:
        return re.sub(r"\s*\((?:pilot)\)\s*$", "", name, flags=re.I).strip(" ,")

    (name, unit), _ = max(
        found.items(),
        key=lambda kv: (
            not kv[0][0][0].isdigit()
            and not kv[0][0].lower().startswith(("a ", "single", "one", "two", "three")),
            kv[1],
        ),
    )
    text, source = first[(name, unit)]
    # "Pilot: three Capitol Region offices" over "Millbrook: ...", "Harlan Falls: ...",
    # "Sorrel Creek: ...": the pilot runs at those three, in the region it names
    listed = _pilot_units_listed(text, source, slides)
    return Pilot(name=name, unit=unit, text=text, source=source, places=listed)


# "Our pilot: the 9 branches of the Teesmoor region, from May": the run names it
_OUR_PILOT = re.compile(r"^(?:our|the)\s+pilot\s*:\s*(?P<run>[^.;]{3,160})", re.I)


def _our_pilot(slides: list[_Slide]) -> Pilot | None:
    """The pilot a line puts as "Our pilot: <its scope>", by the narrowest unit the scope
    names with its place ("the Teesmoor region"); None when no such line names one."""
    for slide in slides:
        for text in slide.texts():
            m = _OUR_PILOT.match(text.strip())
            if m is None:
                continue
            name, unit = _pilot_name_in(m.group("run"))
            if unit is not None:
                return Pilot(name=name, unit=unit, text=text, source=slide.source)
    return None


_WHERE_LINE = re.compile(r"^\W*where\s*:\s*(.{3,160})$", re.I)
_NAMED_LINE = re.compile(r"^(?P<name>(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,3})\s*:\s+\S")


@functools.cache
def _field_words() -> frozenset[str]:
    """Labels a slide gives its fields ("Scope: ...", "Lead: ..."): no place's name."""
    return frozenset(lexicon()["field_labels"])


@functools.cache
def _counted_units() -> re.Pattern[str]:
    """ "three Capitol Region offices": a count of places (lexicon counted_places)."""
    places = "|".join(re.escape(p) for p in lexicon()["counted_places"])
    return re.compile(
        rf"\b(?P<n>two|three|four|five|six|seven|eight|[2-8])\s+(?:[\w'’-]+\s+){{0,3}}?"
        rf"(?:{places})\b",
        re.I,
    )


def _pilot_units_listed(text: str, source: Source, slides: list[_Slide]) -> list[str]:
    """The places a pilot counted ("three ... offices") lists one a line on its own slide,
    each named before a colon ("Millbrook: urban, 410 customers a day"), when the count and
    the lines agree; else nothing."""
    counted = _counted_units().search(text)
    if counted is None:
        return []
    n = counted.group("n").lower()
    want = int(n) if n.isdigit() else NUMBER_WORDS.index(n)
    slide = next((s for s in slides if s.source == source), None)
    if slide is None:
        return []
    runs: list[list[str]] = [[]]
    for line in slide.texts():
        m = _NAMED_LINE.match(line.strip())
        name = m.group("name") if m else ""
        if m and not (set(words(name)) & _field_words()):
            runs[-1].append(name)
        elif runs[-1]:
            runs.append([])
    return next((r for r in runs if len(r) == want), [])


# Other names the public and private sectors give a pilot (general vocabulary): read as "pilot"
# by the pilot's forms, and quoted as the deck says them.
_PILOT_KIN = re.compile(
    r"\b(?:pathfinders?|trailblazers?|early\s+adopters?|proofs?\s+of\s+concept|test\s+sites?|"
    r"test[- ]?beds?|pioneer\s+sites?)\b",
    re.I,
)


def _as_pilot(m: re.Match[str]) -> str:
    word = m.group(0)
    plural = word.lower().endswith("s") and not word.lower().startswith("proof")
    site = re.search(r"\b(?:sites?|beds?)$", word, re.I)
    pilot = "Pilot" if word[:1].isupper() else "pilot"
    return f"{pilot} site{'s' if plural else ''}" if site else f"{pilot}{'s' if plural else ''}"


# A place named after a trial's word, up to four capitalised words and its unit ("Zone C",
# "Harrowgate depot", "Corby DC").
_PLACE = r"(?P<name>(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z0-9])[\w'’-]*){0,3})"
# How decks stage a trial without a pilot's form above: a trial of something at a place
# ("We will trial the new rota at Harrowgate depot", "a test-and-learn at the Kirkby store",
# "Proof of concept on Line 4", "The app will be trialled with 500 members in Bristol").
_TRIED_AT = (
    r"\b(?:pilot(?:s|ed|ing)?|trial(?:s|led|ed|ling|ing)?|test[- ]and[- ]learn|"
    r"prototyp(?:e|es|ed|ing)|proofs?\s+of\s+concept|demonstrator|(?:public\s+)?beta|"
    r"soft[- ]launch(?:es|ed)?)\b"
)
# Testing or proving something at a place counts only with the word that it comes first.
_TESTED_FIRST = r"\b(?:test(?:s|ed|ing)?|prov(?:e|es|ed|ing))\b"
_FIRST_OR_BEFORE = re.compile(r"\b(?:first|before)\b", re.I)
# A place the deck calls its trial ("Dunmore is our lighthouse site", "Scotland is our test
# market", "Kelder depot is the pathfinder") or that goes first ("Kirkby store goes first",
# "Go-live at Corby DC first").
_CALLED_TRIAL = (
    r"\s+(?:is|are|will\s+be)\s+(?:our|the)\s+(?:first\s+)?(?:pilot|lighthouse|pathfinder|"
    r"trailblazer|test|trial|pioneer|demonstrator|early[- ]adopter|proving\s+ground)\b"
)
_FIRST_VERB = r"\s+(?:goes|go|opens?|starts?|comes|moves|switches|launches|goes\s+live)\s+first\b"
_STARTS_AT = r"\b(?:go[- ]live|launch|start|begin|open|switch[- ]on)\s+(?:at|in|with)\s+(?:the\s+)?"
# "trial" and "study" in a court's or a trial sponsor's sense ("effective trials at Quay
# Court", "a phase II trial at 40 sites") are no pilot.
_NOT_A_TRIAL = re.compile(
    r"\b(?:clinical|jury|juries|court|crown|magistrates'?|criminal|defendants?|witness\w*|"
    r"listed|hearings?|phase\s+(?:i|ii|iii|iv|1|2|3|4)\b|enrol\w*|randomi[sz]ed)\b",
    re.I,
)


def _placed(name: str, slides: list[_Slide]) -> bool:
    """The deck puts work at the place ("two electric cranes at Harrow Quay"); "in" would not
    tell ("we invest in Customer Experience")."""
    at = re.compile(rf"\bat\s+(?:the\s+)?{re.escape(name)}\b")
    # ... or names its premises or its area by it ("the 9 shops of the Harwick area", "the
    # depots of Kirkby"): a place, as "We invest in Safety" is none
    named = all(w[:1].isupper() for w in name.split()) and not _STRATEGY_WORDS.search(name)
    it = rf"(?-i:{re.escape(name)})"
    inside = re.compile(
        rf"\b(?:shops?|stores?|sites?|branch(?:es)?|depots?|wards?|schools?|stations?|offices?|"
        rf"clinics?|cent(?:re|er)s?)\s+(?:of|at)\s+(?:the\s+)?{it}\b"
        rf"(?!\s+(?:division|department|directorate|function|team|business|services?)\b)"
        rf"|\b(?:in|of)\s+the\s+{it}\s+(?:area|region|district)\b",
        re.I,
    )
    return any(
        at.search(t) or (named and inside.search(t))
        for slide in slides
        for t in (slide.title, *slide.texts())
    )


def _stated_pilot(slides: list[_Slide]) -> Pilot | None:
    """A pilot a deck stages in words other than the forms ``_pilot`` reads: trialled,
    tested first, proved, soft-launched or gone live first at a named place, or a place the
    deck calls its lighthouse, pathfinder or test market. The first such place said on a plan
    slide, with its unit."""
    units = "|".join(re.escape(u) for u in sorted(pilot_units(), key=len, reverse=True))
    place = rf"(?:the\s+)?{_PLACE}(?:\s+(?P<unit>{units})s?\b)?"
    forms: list[tuple[re.Pattern[str], bool | None]] = [
        (re.compile(rf"{_TRIED_AT}[^.;:]{{0,60}}?\b(?:at|in|on|with)\s+{place}", re.I), False),
        (re.compile(rf"{_TESTED_FIRST}[^.;:]{{0,60}}?\b(?:at|in|on|with)\s+{place}", re.I), True),
        (re.compile(rf"{_PLACE}(?:\s+(?P<unit>{units})s?\b)?{_CALLED_TRIAL}", re.I), False),
        (
            re.compile(rf"^(?:the\s+)?{_PLACE}(?:\s+(?P<unit>{units})s?\b)?{_FIRST_VERB}", re.I),
            None,
        ),
        (re.compile(rf"{_STARTS_AT}{_PLACE}(?:\s+(?P<unit>{units})s?\b)?\s+first\b", re.I), False),
        # "We start on kiln line 2 at Ostby": where the work starts is the pilot
        (
            re.compile(
                rf"^(?:we|it)\s+(?:start|begin)s?\s+(?:on|with|in)\b[^.;:]{{0,50}}?\b(?:at|in)\s+{place}",
                re.I,
            ),
            False,
        ),
        # "Cables go in first at the Halvorsen elevator", "First with 1,800 season-ticket
        # holders in Fort Renwick", "First: the night shift at Corby depot": what is done first
        # somewhere (not "the first in Europe", not "First Friday lates at the Corrick Gallery")
        (
            re.compile(
                rf"(?:^(?-i:First)\b:?|(?<!the\s)\b(?-i:first)\b)[^.;:]{{0,60}}?"
                # ("opens first to residents of Haverlow district": the people of a place)
                rf"\b(?:at|in|on|(?:residents|households|customers|patients|members|tenants|"
                rf"pupils|students|users)\s+(?:of|in))\s+{place}",
                re.I,
            ),
            False,
        ),
        (re.compile(r"\((?:pilot|trial)\)\s*[:·–-]\s*(?P<name>[^.;,()]{3,60})", re.I), False),
        # "The first tills go live at Bow Street", "Our first kiosks open at Dock Road":
        # where the first of the new things go is the pilot
        (
            re.compile(
                rf"^(?:the|our)\s+first\s+(?:[\w-]+\s+){{1,3}}?(?:go|goes|open|opens|start|"
                rf"starts)(?:\s+live)?\s+(?:on|at|in)\s+{place}",
                re.I,
            ),
            False,
        ),
        # "Our first paperless ward is Elm Ward's day unit": the first unit of its kind is the
        # pilot (not "Our first priority is Patient Safety")
        (
            re.compile(
                rf"^(?:our|the)\s+first\s+(?:[\w-]+\s+){{0,2}}?(?:{units}|stand|stands|shop|"
                rf"shops|team|teams|area|areas)\s+(?:is|will\s+be)\s+{place}",
                re.I,
            ),
            False,
        ),
        # "We prove automatic approval first on small repair orders from
        # ...": proved first on a kind of case, not at a place
        (
            re.compile(
                rf"{_TESTED_FIRST}[^.;:]{{0,60}}?\bfirst\s+(?:on|with|for)\s+"
                r"(?P<name>(?-i:[a-z])[\w'’-]*(?:\s+(?:and\s+)?[\w'’-]+){0,6}?)"
                r"\s+(?:from|at|in|of|for)\s",
                re.I,
            ),
            True,
        ),
    ]
    # On a slide headed as the pilot ("PILOT" over "Try it on one ward first"), where the
    # work starts is the pilot: "The new rota starts on Corby Hospital's night shift".
    starts = re.compile(
        rf"\b(?:starts?|begins?|goes\s+live|runs?\s+first)\s+(?:on|at|in|with)\s+{place}", re.I
    )
    for slide in slides:
        if section("not_plan").search(slide.title):
            continue
        heads = [slide.title, *(b.text for b in slide.unit.blocks[:3] if b.kind is BlockKind.body)]
        if any(re.fullmatch(r"(?:the\s+)?pilot", h.strip(), re.I) for h in heads):
            for said in slide.texts()[:6]:
                found = starts.search(said)
                if found is not None and not _STRATEGY_WORDS.search(found.group("name")):
                    name = _place_not_part(
                        found.group("name").strip(" ,"), said[found.end("name") :]
                    )
                    unit = (found.group("unit") or "").lower() or _unit_of(name) or "site"
                    return Pilot(name=name, unit=unit, text=said, source=slide.source)
        for said in [slide.title, *slide.texts()]:
            if _NOT_A_TRIAL.search(said):
                continue
            if re.search(r"\bpilot", said, re.I) and not pattern("pilot_word").search(said):
                said = re.sub(r"\bpilot\w*", "", said, flags=re.I)  # a ship's or a plane's
            for form, needs_first in forms:
                if needs_first and not _FIRST_OR_BEFORE.search(said):
                    continue
                m = form.search(said)
                if m is None:
                    continue
                name = _place_not_part(m.group("name").strip(" ,"), said[m.end("name") :])
                first_word = name.split()[0] if name.split() else ""
                if (
                    # (a day or a month, "Thursday 13 January", not a place named with one,
                    # "the Thursday Lunchtime Series")
                    re.match(rf"(?:{_MONTH})$", first_word)
                    and (
                        len(name.split()) == 1
                        or name.split()[1][:1].isdigit()
                        or re.fullmatch(
                            r"(?:mornings?|afternoons?|evenings?|nights?|lunchtimes?)",
                            name.split()[-1],
                            re.I,
                        )
                    )
                    # a time, not a place: "The first modules go live in Term 2", "... in FY29"
                    or _A_PERIOD.match(name)
                    or first_word.lower() in ("the", "our", "a", "phase", "wave", "stage", "year")
                    or name.lower() in pilot_units()
                    or _STRATEGY_WORDS.search(name)
                ):
                    continue
                unit = (m.groupdict().get("unit") or "").lower() or _unit_of(name)
                if unit is None and name[:1].islower():
                    unit = "segment"  # a kind of case, not a place
                if needs_first is None and unit is None and not _placed(name, slides):
                    continue  # "Safety goes first": first in importance, at no place
                unit = unit or "site"
                if unit not in pilot_units() and unit[:-1] in pilot_units():
                    unit = unit[:-1]  # "two test depots"
                return Pilot(name=name, unit=unit, text=said, source=slide.source)
    return None


_A_PERIOD = re.compile(
    r"(?:term|semester|trimester|quarter|q[1-4]|h[12]|fy\s?\d{2,4}|year|week|month|sprint|"
    r"release|season|wave|phase|stage|spring|summer|autumn|winter)\b"
    # ... or a function of the organization, not a place: "go live in Finance and HR"
    r"|(?:finance|hr|human\s+resources|it|ict|procurement|marketing|sales|operations|legal|payroll|"
    r"digital|estates|facilities|commercial|retail)$",
    re.I,
)


def _place_not_part(name: str, rest: str) -> str:
    """ "Elm Ward's day unit": the place, not its part; "St Mary's" stays whole."""
    if re.match(
        r"\s+(?!(?:first|and|or|in|on|at|from|to|for|with|by|is|are|was|will|then)\b)[a-z]",
        rest,
    ):
        return re.sub(r"['’]s$", "", name)
    return name


_FIRST_WAVE = re.compile(r"\b(?:wave|phase|stage|tranche|cohort)\s*(?:1|one|i)\b", re.I)
_PROVES = re.compile(r"\b(?:validat\w*|prove[ns]?|proof|test(?:s|ed|ing)?|trial\w*)\b", re.I)


def _first_wave(slides: list[_Slide]) -> Pilot | None:
    """A deck that never says "pilot" may still stage one: "Wave 1: 3 properties ... validate
    in stages, then accelerate". The first wave that is there to prove the model is the pilot."""
    for slide in slides:
        if section("not_plan").search(slide.title):
            continue
        texts = slide.texts()
        for i, text in enumerate(texts):
            m = _FIRST_WAVE.search(text)
            if m and _PROVES.search(" ".join(texts[i : i + 4])):
                name = m.group(0).strip()
                return Pilot(
                    name=name[:1].upper() + name[1:], unit="wave", text=text, source=slide.source
                )
    return None


_PREPARES_PILOT = re.compile(
    r"\bpilot\s+(?:plan|design|scope|charter|selection|proposal|business\s+case|brief)\b", re.I
)


def _mark_pilot(plan: DeckPlan, pilot: Pilot) -> None:
    """The commitment that runs the pilot is marked (the stage or bar that says so); if the
    deck only names the pilot, it becomes a commitment of its own."""
    kinds = ("stage", "phase_item", "milestone", "initiative")
    wave = pilot.unit == "wave"

    def own_words(c: Commitment) -> str:
        # a bar's own words: the phase it sits in ("Oven line 2" in "Phase 1: Prove (the kiosk
        # pilot)") runs no pilot for it
        both = f"{c.title} {c.text}"
        return both.replace(c.phase, " ") if c.kind == "phase_item" and c.phase else both

    mentions = [
        c
        for c in plan.commitments
        if c.kind in kinds
        and (
            pattern("pilot_word").search(own_words(c))
            or (wave and pilot.name.lower() in own_words(c).lower())
        )
    ]
    running = [
        c
        for c in mentions
        if re.search(
            # "operate", not "operator-led": the verb runs the pilot, the noun does not.
            r"\b(?:run|validat|test|trial|prove|launch|go[- ]live|operat(?:e|es|ed|ing)\b|open(?:s|ed)?\b(?!\s+to\b))",
            own_words(c),
            re.I,
        )
    ]
    # The work that names the pilot site itself ("Wave 1: Baltimore Harbor (pilot)") is it.
    # "Ostrand" names "Ostrand Lines" too; "Wave 1" is named only in full (not "Wave 2").
    # A name that opens with an article ("the new returns flow for women's denim in Austria")
    # is named in full: its first word names nothing.
    bare = re.sub(r"^(?:the|a|an|our)\s+", "", pilot.name, flags=re.I)
    if wave:
        site = pilot.name.lower()
    elif bare != pilot.name:
        site = bare.lower()
    else:
        site = pilot.name.split()[0].lower()
    # "Sign the pilot plan with the site team" prepares the pilot; it does not run it.
    mentions = [c for c in mentions if c in running or not _PREPARES_PILOT.search(c.text)]
    named = [c for c in mentions if site in f"{c.title} {c.text}".lower()]
    # The slide that names the pilot outright ("Pilot: Terminal 2 ..."): its first line of work
    # is the pilot.
    own = [
        c
        for c in plan.commitments
        if c.kind in kinds
        and c.source == pilot.source
        and (re.match(r"^pilot\b", c.section or "", re.I) or _cued_pilot(c.section or ""))
        and pilot.name.lower() in f"{c.section} {c.title}".lower()
    ]
    if own:
        named = [own[0], *named]
    if named or running:
        best = min(
            named + running,
            key=lambda c: (
                not (c in running and c in named),  # runs the pilot and names its site
                c not in named,  # names it, else runs some pilot
                c not in running,
                c.source != pilot.source,  # (a PDF's page, as a slide)
                c.kind != "stage",
                c.start_week or 0.0,
            ),
        )
        best.pilot = True
        pilot.text = best.text
        pilot.source = best.source
        return
    # The line that stages it in other words ("Run the trial at Depot A") is the pilot's work.
    said = next(
        (
            c
            for c in plan.commitments
            if c.kind in kinds and c.source == pilot.source and c.text == pilot.text
        ),
        None,
    )
    if said is not None:
        said.pilot = True
        return
    trial = Commitment(
        kind="pilot",
        title=f"Pilot at {pilot.where}",
        text=pilot.text,
        source=pilot.source,
        pilot=True,
    )
    plan.commitments.append(trial)
    _date_by_own_words(plan, [trial])  # ("opens first in Haverlow, October 2027 to March 2028")
    if trial.own_date and trial.start_week is not None and trial.end_week is not None:
        # "How the pilot runs": the steps its slide lists without a date of their own start
        # when it does, not in the plan's first weeks (each its usual six weeks: a step
        # drawn over the whole pilot would hold its owner for all of it)
        for c in plan.commitments:
            if c.kind == "initiative" and c.source == trial.source and c.start_week is None:
                c.start_week = trial.start_week
                c.end_week = min(trial.start_week + 6.0, trial.end_week)
    _assign_phases(plan)


def _bodies(slides: list[_Slide]) -> list[str]:
    seen: list[str] = []
    for slide in slides:
        if not section("governance").search(slide.title):
            continue
        for text in slide.texts():
            for m in pattern("bodies").finditer(text):
                name = m.group(0).strip()
                if name.lower() not in (s.lower() for s in seen):
                    seen.append(name)
    return seen


_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")


def _numbers(text: str) -> frozenset[str]:
    return frozenset(_NUMBER.findall(text))


def _same(a: Commitment, b: Commitment) -> bool:
    ta, tb = f"{a.title} {a.text}", f"{b.title} {b.text}"
    if _numbers(ta) != _numbers(tb):
        return False  # "Wave 2 ... (7 sites)" and "Wave 3 ... (15 sites)" are two pieces of work
    if a.kind == b.kind == "gate" and a.phase and b.phase and a.phase != b.phase:
        return False  # each phase's own gate, however alike their wording
    if (
        a.kind == b.kind == "phase_item"
        and a.text != b.text
        and a.start_week is not None
        and a.end_week is not None
        and b.start_week is not None
        and b.end_week is not None
        and (a.end_week <= b.start_week or b.end_week <= a.start_week)
    ):
        # Two bars of a roadmap in different periods are two pieces of work: "Pilot inline
        # inspection" in Q3 and "Roll inline inspection to all mills" a year later.
        return False
    if _other_stages(a.title, b.title):
        return False
    sa, sb = content_stems(ta), content_stems(tb)
    return len(sa & sb) >= max(2, int(0.8 * min(len(sa), len(sb))))


def _other_stages(a: str, b: str) -> bool:
    """Two stages of one lane ("Blue Badge applications: Private beta", "...: Public beta"),
    two events of one ("Contact centre lines: Highways line closes", "...: Blue Badge line
    closes"): one name, then a short label each that neither holds the other."""
    ha, _, sa = a.partition(": ")
    hb, _, sb = b.partition(": ")
    if not (sa and sb) or ha.casefold() != hb.casefold():
        return False
    sa, sb = sa.casefold().strip(), sb.casefold().strip()
    short = len(words(sa)) <= 4 and len(words(sb)) <= 4
    return short and sa not in sb and sb not in sa


# A piece of work the deck's list of first steps and its pillar's slide both state: "Sign the
# data sharing agreement with the County" (first 100 days) and "Sign a data sharing agreement
# with the County for attendance data" (the pillar).
_RESTATED_KINDS = ("initiative", "milestone")


def _restated(a: Commitment, b: Commitment) -> bool:
    """One of two pieces of work says the other again: the same first word, and every word of
    the shorter (three at least) in the longer. "Order new rams for the linkspan" is not
    "Replace the rams of the linkspan": a first step differs from the work by its verb."""
    wa, wb = words(a.title), words(b.title)
    if not wa or not wb or wa[0].casefold() != wb[0].casefold():
        return False
    sa, sb = content_stems(a.title), content_stems(b.title)
    short, full = (sa, b) if len(sa) <= len(sb) else (sb, a)
    return len(short) >= 3 and short <= content_stems(f"{full.title} {full.text}")


def _fill_from(kept: Commitment, twin: Commitment) -> None:
    """The commitment kept takes what it lacks from its twin of the other kind: when, whose,
    which pillar, and its 'done when' (its fuller words and pilot mark as any twin's)."""
    if kept.start_week is None and twin.start_week is not None:
        kept.start_week, kept.end_week = twin.start_week, twin.end_week
        kept.phase = kept.phase or twin.phase
        kept.window = kept.window or twin.window
        kept.own_date = twin.own_date
    kept.pillar = kept.pillar or twin.pillar
    kept.criteria = kept.criteria or twin.criteria
    if kept.lead is None and twin.lead is not None:
        kept.lead, kept.lead_shared = twin.lead, twin.lead_shared


def _dedupe(items: list[Commitment]) -> list[Commitment]:
    """The same commitment stated twice (a gantt bar and a 90-day item) is kept once, richer."""
    out: list[Commitment] = []
    # Twins share a kind and their numbers: only those are compared (a long deck has
    # thousands of commitments). Each bucket holds positions in ``out``, in order.
    buckets: dict[tuple[str, frozenset[str]], list[int]] = {}

    def key(c: Commitment) -> tuple[str, frozenset[str]]:
        return c.kind, _numbers(f"{c.title} {c.text}")

    for item in items:
        bucket = buckets.setdefault(key(item), [])
        at = next((i for i in bucket if _same(out[i], item)), None)
        if at is None and item.kind in _RESTATED_KINDS:
            other = next(k for k in _RESTATED_KINDS if k != item.kind)
            at = next(
                (i for i in buckets.get((other, key(item)[1]), []) if _restated(out[i], item)),
                None,
            )
            if at is not None:
                _fill_from(out[at], item)
        if at is None:
            bucket.append(len(out))
            out.append(item)
            continue
        twin = out[at]
        twin.pilot = twin.pilot or item.pilot
        if len(item.text) > len(twin.text):
            buckets[key(twin)].remove(at)
            twin.text = item.text
            bisect.insort(buckets.setdefault(key(twin), []), at)  # its numbers may have changed
    return out


# --------------------------------------------------------------------------- KPIs


_LABEL_DATE = re.compile(
    r"\s+by\s+((?:(?:end of|q[1-4]|h[12]|fy|(?:semester|term|trimester|period)\s*\d|[a-z]{3,9})\s*)?"
    r"(?:fy\s?)?(?:19|20)\d\d(?:/\d\d)?)\s*$",
    re.I,
)


# A day a tile's detail dates its target by, or from ("baseline 3.1% · from L-0 (1 September
# 2028)"): when the target holds, whatever year the slide's heading names for its baselines.
_DETAIL_DATE = re.compile(
    rf"\b(?:by|from|until|before)\b[^·;]*?\b(\d{{1,2}}\s+{timeline.MONTH}\.?\s+(?:19|20)\d\d"
    rf"|{timeline.MONTH}\.?\s+\d{{1,2}},?\s+(?:19|20)\d\d)\b",
    re.I,
)


_BY_LABEL = re.compile(r"\bby\s+(?P<when>[^·;()]{2,30}?)\s*(?:$|[·;(])", re.I)


# The year a heading gives the measures' baselines: "each with its 2026 baseline", "baselines
# as of January 2027", "Baseline 2026/27".
_BASELINE_YEAR = re.compile(
    r"\b(?:19|20)\d\d(?:/\d\d)?\s+baselines?\b|\bbaselines?\b(?:\s+[\w,]+){0,3}?\s+(?:19|20)\d\d\b",
    re.I,
)


def _dates(label: str, start_year: int | None) -> bool:
    """A tile's date line names a date on the deck's clock, its seasons' years short or not."""
    with timeline.short_years():
        return timeline.parse_label(label, start_year=start_year) is not None


def _tile_goal(goal: str, baseline: str | None, target: str | None, year: str | None) -> str:
    if baseline and target:
        goal = f"{goal} (from {baseline} to {target})"
    elif baseline:
        goal = f"{goal} (from {baseline})"
    if year and year not in goal:
        goal += f" by {year}"
    return goal


def _twin_names(stems: frozenset[str], other: frozenset[str]) -> bool:
    """Most of one measure's name in the other's, or a name of two words or more inside this
    one ("unplanned downtime" is "Unplanned downtime, % of planned production time")."""
    need = 1 if len(stems) == 1 else max(2, -(-4 * len(stems) // 5))
    inside = len(other) >= 2 and len(stems & other) >= max(2, -(-4 * len(other) // 5))
    return len(stems & other) >= need or inside


def _named_alike(kpi: Kpi, other: Kpi, stems: frozenset[str]) -> bool:
    """``_twin_names``, but for two table rows, one measure named in one word and the other in
    three or more that hold it: "Total sales" and "Share of sales ordered online" are two
    measures (a tile's short label may still restate a row)."""
    others = _measure_stems(other.metric)
    rows = not (kpi.tile or other.tile)
    # (two tiles too, when their targets differ: "RevPAR" $147 and "RevPAR index vs
    # competitive set" 115)
    one_word_apart = (rows and len(stems) == 1 and len(others) > 2) or (
        not rows
        and _figure(kpi.target) != _figure(other.target)
        and min(len(stems), len(others)) == 1
        and max(len(stems), len(others)) > 2
    )
    # Two rows of one slide's table named differently are two measures: "Registered players,
    # all ages" is not "Players aged 16 to 19 who register again next season".
    same_table = rows and kpi.source == other.source and stems != others
    # "Category 1 mean response time" and "Category 2 ...": a number in both tells them apart
    numbered = {tuple(_NAME_NUMBER.findall(kpi.metric)), tuple(_NAME_NUMBER.findall(other.metric))}
    apart = len(numbered) == 2 and all(numbered)
    return _twin_names(stems, others) and not one_word_apart and not same_table and not apart


# ... or a letter: "Tier S" and "Tier A", "Zone B" (a capital alone after a word, not "U.S.")
_NAME_NUMBER = re.compile(rf"(?<![\d.,:])\b\d+\b(?![\d.,:%])|{LETTER_LABEL.pattern}")


_YEAR_ALONE = re.compile(r"^\s*((?:19|20)\d\d)\s*$")


# A line under a year alone: its slide's source, its stems, its figures, the years.
_DatedLine = tuple[Source, frozenset[str], frozenset[str], set[str]]


def _dated_lines(slides: list[_Slide]) -> list[_DatedLine]:
    """Each line of the deck with a year alone in the three lines above it: (its slide's
    source, its stems, its figures, those years). Read once for all the undated tiles."""
    out = []
    for slide in slides:
        lines = slide.texts()
        for i, line in enumerate(lines):
            years = {m.group(1) for t in lines[max(0, i - 3) : i] if (m := _YEAR_ALONE.match(t))}
            if years:
                figures = frozenset(_figure(f) for f in _FIGURE.findall(line))
                out.append((slide.source, content_stems(line), figures, years))
    return out


def _dated_elsewhere(kpi: Kpi, dated: list[_DatedLine]) -> str | None:
    """The year another slide's dated series gives a tile's figure: "RMB 2,584" over "RevPAR"
    on a dashboard, and "2027" over "RevPAR RMB 2,584" on the projections slide, make it the
    2027 figure. One year only; the measure's words and the figure on one line. ``dated``:
    ``_dated_lines``."""
    figure, stems = _figure(kpi.target), _measure_stems(kpi.metric)
    if len(figure.replace(".", "")) < 2 or not stems:
        return None
    years: set[str] = set()
    for source, line_stems, figures, above in dated:
        if source != kpi.source and figure in figures and stems <= line_stems:
            years |= above
    return years.pop() if len(years) == 1 else None


def _figure(value: str | None) -> str:
    return re.sub(r"[^\d.]", "", value or "")


def _same_figures(kpi: Kpi, other: Kpi, stems: frozenset[str]) -> bool:
    """The same measure said twice in other words ("24 t" over "sorted each hour the MRF runs,
    from 18 t" and the table's "Tonnes sorted per MRF operating hour", 18 t to 24 t): the same
    baseline and target figures, and a word of the name in common ("MWh of gas a year" and
    "Gas burned in the building")."""
    return (
        bool(_figure(kpi.target) and _figure(kpi.baseline))
        and (_figure(kpi.target), _figure(kpi.baseline))
        == (_figure(other.target), _figure(other.baseline))
        and len(stems & _measure_stems(other.metric)) >= 1
    )


def _tile_restates(kpi: Kpi, other: Kpi, stems: frozenset[str]) -> bool:
    """A tile on another slide that shows a row's end point ("85%" over "of jobs fixed on the
    first visit", the row "Repairs fixed at the first visit, 68% to 85%"): the same target
    figure and half the shorter name's words, two at least. Only a tile and a row on different
    slides: two rows of one table with the same target are two measures."""
    if kpi.tile == other.tile or kpi.source == other.source:
        return False
    target = _figure(kpi.target)
    shared = len(stems & (names := _measure_stems(other.metric)))
    return (
        bool(target)
        and target == _figure(other.target)
        and shared >= max(2, -(-min(len(stems), len(names)) // 2))
    )


# Words that say which way or how a measure is counted, not what it measures.
_MEASURE_WORDS = frozenset(
    stem(w)
    for w in [
        "reduction",
        "increase",
        "improvement",
        "growth",
        "rate",
        "annual",
        "target",
        "unit",
        "level",
        "total",
        "average",
        # Which way a tile says it moves: "35% faster issue resolution" is the table's
        # "Issue resolution efficiency: +35%".
        "faster",
        "quicker",
        "shorter",
        "fewer",
        "lower",
        "higher",
        "better",
        "efficiency",
    ]
)


_AIM_WORD = re.compile(r"\b(?:targets?|goals?|aims?|ambitions?)\b", re.I)


def _measure_stems(metric: str) -> frozenset[str]:
    return content_stems(metric) - _MEASURE_WORDS


# A tile's label that says only when or which figure it is ("2027 target share", "Target",
# "Starting level"), not what it measures.
_NO_MEASURE_WORDS = _MEASURE_WORDS | frozenset(
    stem(w)
    for w in (
        "share", "start", "starting", "baseline", "current", "today", "now", "goal", "aim",
        "figure", "value", "year", "end", "expected", "planned", "by",
    )
)  # fmt: skip
_FIGURE = re.compile(r"[-+$€£]?\d[\d.,]*")
# "Zero-sugar mix growing from 9% to 35%": the subject of a title that states a change
_TITLE_CHANGE = re.compile(
    r"\s+(?:(?:growing|rising|falling|moving|climbing|going|up|down)\s+)?from\s+"
    r"(?P<a>[-+$€£]?\d[\d.,]*\s?%?)\s+to\s+(?P<b>[-+$€£]?\d[\d.,]*\s?%?)",
    re.I,
)


def _slide_names_tile(slide: _Slide, tile: Tile) -> tuple[str, str | None] | None:
    """(measure, baseline) for a tile whose label names no measure, from what the slide says the
    figure measures: a title that states the change to it ("Zero-sugar mix growing from 9% to
    35%" over "35%" / "2027 target share"), in the deck's headline words; else a chart's series
    that ends at the figure ("Zero-sugar share of sales (%)": 9, 20, 35)."""
    if any(not w.isdigit() for w in content_stems(tile.measure) - _NO_MEASURE_WORDS):
        return None
    value = _FIGURE.search(tile.value)
    if value is None:
        return None
    figure = value.group(0).replace(",", "")
    unit = "%" if "%" in tile.value else ""
    said = _TITLE_CHANGE.search(slide.title)
    if said is not None and said.group("b").replace(",", "").rstrip("% ") == figure:
        subject = slide.title[: said.start()].strip(" :·-–")
        if content_stems(subject) - _NO_MEASURE_WORDS:
            return subject, said.group("a").strip()
    for _title, rows in slide.charts:
        if len(rows) < 3 or len(rows[0]) != 2 or not rows[0][1].strip():
            continue
        values = [r[1].strip().replace(",", "") for r in rows[1:] if len(r) == 2]
        if values and values[-1] == figure:
            series = re.sub(r"\s*\((?:%|[^()]{1,12})\)\s*$", "", rows[0][1]).strip()
            return series, f"{values[0]}{unit}" if values[0] != figure else None
    return None


def _table_kpis(slide: _Slide, table: list[list[str]], start_year: int | None) -> list[KpiRow]:
    """A table's KPI rows; when it gives none, those it gives under the header a PDF export
    set as a line of its own above rows that are all figures ("Measure 2026/27 March 2029
    September 2030 Owner")."""
    rows = kpi_rows(table, start_year)
    if rows or not table:
        return rows
    width = len(table[0])
    head = next((h for line in slide.texts() if (h := header_line(line, width)) is not None), None)
    return kpi_rows([head, *table], start_year) if head is not None else []


_PAST_PERIOD = re.compile(
    r"\b(?:in|during|for|over)\s+(?:the\s+)?((?:19|20)\d\d)(?:[/-]\d\d)?\b", re.I
)


def _counted_before(caption: str, start_year: int | None) -> bool:
    """A tile's caption that counts a period before the plan starts, and sets nothing by a
    date: "tests reported in 2025/26"."""
    m = _PAST_PERIOD.search(caption)
    return (
        m is not None
        and start_year is not None
        and int(m.group(1)) < start_year
        and not re.search(r"\bby\b|\bfrom\b|\bbaselines?\b|→|->", caption, re.I)
    )


def _kpis(slides: list[_Slide], plan: DeckPlan) -> list[Kpi]:
    """KPI table rows (real or flattened by a PDF export) and target tiles, each once."""
    found: list[Kpi] = []
    homed: set[int] = set()  # rows of a table on a slide of KPIs: where the deck defines them
    end_year = (
        str(plan.start_year + max(1, round((plan.horizon_weeks or 52) / 52)) - 1)
        if plan.start_year
        else None
    )
    for slide in slides:
        # Figures about today (a portfolio, a diagnosis, the market) are not targets.
        about_today = slide.about_today
        rows = (
            []
            if about_today
            else [r for table in slide.tables for r in _table_kpis(slide, table, plan.start_year)]
        )
        # A PDF export may put the header and the rows on separate lines: read them as one run.
        if not about_today:
            rows += flat_kpi_rows("\n".join(slide.texts()))
            # ... or its columns one after another
            rows += [] if rows else column_kpi_rows(slide.texts(), plan.start_year)
            # a chart per measure, from where it stands to its target bar
            rows += [row for title, data in slide.charts if (row := chart_kpi(title, data))]
            if not rows and section("kpi").search(slide.heading):
                # a slide of measures said one per line ("NPS from +12 to +40 by 2028")
                rows += [row for t in slide.texts() if (row := stated_kpi(t))]
        own = [
            Kpi(
                metric=row.measure,
                baseline=row.baseline,
                target=row.target,
                by=row.by,
                source=slide.source,
                statement=row.goal(),
                lead=row.lead,
            )
            for row in rows
        ]
        if section("kpi").search(slide.heading):
            homed |= {id(k) for k in own}
        found += own
        heading = slide.heading
        if section("not_plan").search(lead_clause(slide.title)):
            continue
        # A slide labelled as today ("WHERE WE STAND" over "Brightwater at the end of 2027")
        # shows where things are, however a tile words its change ("41% more than in 2024"),
        # unless it says its figures are targets ("Four numbers that define our target").
        aims = not about_today or bool(_AIM_WORD.search(" ".join(slide.texts()[:3])))
        pillar = _pillar_of(slide, plan.pillars, plan.pillar_word)
        for tile in tiles(_drawn.tile_lines(slide.unit) or slide.texts(), heading):
            if not is_target_tile(tile, heading):
                continue
            if not (aims or _AIM_WORD.search(f"{tile.label} {tile.detail}")):
                continue
            if _counted_before(tile.label, plan.start_year):
                continue  # "14.2m / tests reported in 2025/26" beside the goals: today's count
            # The target's year: the latest one its detail or the slide's heading names.
            # (not the baseline's year: "from 61% in 2026/27 · no target yet" sets no date)
            # (nor the year a heading gives the baselines: "each with its 2026 baseline")
            years = re.findall(r"\b20\d\d\b", f"{tile.ahead} {_BASELINE_YEAR.sub(' ', heading)}")
            year = max(years) if years else None
            # ... or the date a "from -> to" tile sets under its figures ("by Q4 2030", "by 30
            # June 2029", "from L-0 (1 September 2028)")
            dated = _LABEL_DATE.search(f" {tile.detail}") or next(
                reversed(list(_DETAIL_DATE.finditer(tile.detail))), None
            )
            # ... or on the deck's own clock ("by end of Season 22", "by C+12")
            counted = _BY_LABEL.search(tile.detail) if dated is None else None
            if dated is not None:
                year = dated.group(1)
            elif counted is not None and _dates(
                # "the end of Harvest 29": the period it ends
                re.sub(r"^(?:the\s+)?end\s+of\s+", "", counted.group("when").strip(), flags=re.I),
                plan.start_year,
            ):
                year = counted.group("when").strip()
            elif UNSET_WHEN.search(tile.detail):
                year = None
            # A level held from a period of the deck's clock on ("Baseline 35% (2026) · from
            # Harvest 29"): when it applies, said as the deck says it.
            since = next(
                (
                    part.strip()
                    for part in (tile.detail.split("·") if year is None else [])
                    if re.match(r"\s*from\s+(?!\d|[-+$€£])", part, re.I)
                    and _dates(
                        re.sub(r"^\s*from\s+", "", part, flags=re.I).strip(), plan.start_year
                    )
                ),
                None,
            )
            # "Group OEE by Q4 2029": the date is when, not part of the measure's name.
            named = _LABEL_DATE.search(tile.measure)
            metric = tile.measure[: named.start()].strip(" ,") if named else tile.measure
            baseline = tile.baseline
            goal = tile.goal()
            if (elsewhere := _slide_names_tile(slide, tile)) is not None:
                # "35%" over "2027 target share": what it measures is said by the slide's
                # chart or title; the label's year says by when.
                metric, baseline = elsewhere[0], baseline or elsewhere[1]
                goal = f"{metric}: {tile.value}"
                year = year or next(iter(re.findall(r"\b20\d\d\b", tile.label)), None)
            if re.match(r"of\s", metric, re.I):  # "95%" over "of passengers through ...": a share
                # ... and "300 MWh" over "of gas a year" a quantity in its unit
                unit = re.search(r"(?<![a-z])[a-z]{1,5}$", tile.value.strip(), re.I)
                lead = "Share" if "%" in tile.value else unit.group(0) if unit else "Number"
                metric = f"{lead} {metric}"
            # "-50%" over "2.4% -> 1.2%": the big figure is the change, 1.2% the target.
            target = tile.target_state or tile.value
            change = CHANGE_LEAD.match(metric)
            if change and not tile.target_state and metric[change.end() :].strip():
                # "61%" over "fewer emergency repairs": the measure is the repairs, the target
                # a change of 61%, not a level of 61%.
                metric = metric[change.end() :].strip()
                target = f"{tile.value} {change.group(1).lower()}"
            found.append(
                Kpi(
                    metric=metric or tile.label,
                    baseline=baseline,
                    target=target,
                    by=named.group(1) if named else year,
                    source=slide.source,
                    tile=True,
                    statement=_tile_goal(goal, baseline, tile.target_state, year)
                    + (f" {since}" if since else ""),
                    # A pillar's slide says whose work it measures ("Pillar 1 Expected
                    # Impact"); a dashboard's or a summary's says nothing of that.
                    section=" ".join(dict.fromkeys([pillar, slide.title])) if pillar else "",
                )
            )
    undated = [kpi for kpi in found if kpi.tile and kpi.by is None]
    lines = _dated_lines(slides) if undated else []
    for kpi in undated:
        if (year := _dated_elsewhere(kpi, lines)) is not None:
            kpi.by = year
            kpi.statement = f"{kpi.statement} by {year}"
    kept: list[Kpi] = []
    for kpi in found:
        stems = _measure_stems(kpi.metric)
        if not stems:
            continue
        # A tile ("18% reduction in repair cost") restating a row ("Unit repair
        # cost") is one measure: neither's direction or unit words tell them apart.
        twin = next(
            (
                k
                for k in kept
                if _named_alike(kpi, k, stems)
                or _same_figures(kpi, k, stems)
                or _tile_restates(kpi, k, stems)
            ),
            None,
        )
        if twin is None:
            kept.append(kpi)
        elif twin.tile and not kpi.tile or id(kpi) in homed and id(twin) not in homed:
            # A table row is the fuller statement of the same KPI, and the slide of KPIs is
            # where the deck defines it (a plan on a page before it only repeats it).
            kept[kept.index(twin)] = kpi
            kpi.lead = kpi.lead or twin.lead
            if not twin.tile:  # its work sits on that slide still
                kpi.also = [*kpi.also, twin.source, *twin.also]
        else:
            twin.lead = twin.lead or kpi.lead  # the owner one restatement names
    del end_year
    return kept


# --------------------------------------------------------------------------- phase items, pilot slides


_CHART_NAME = re.compile(r"\b(?:gantt|chart|roadmap|timeline)\b", re.I)


def bare_bar(text: str, context: str) -> bool:
    """A roadmap bar of two words that names itself ("Supplier Benchmarking") in a phase
    ("Phase 3 (Months 12-30)"): no stage of it, and titled without it."""
    return (
        len(words(text)) == 2
        and bool(section("phase").search(context))
        and not _CHART_NAME.search(context)
        and context.lower() not in text.lower()
    )


def _item_title(text: str, context: str) -> str:
    """A work item's title in the deck's words; a bare stage name ("Discovery", "Alpha") says
    what it is the stage of."""
    if _CHART_NAME.search(context) or bare_bar(text, context):
        # a lane of "Regional Launch Gantt Chart" is not a stage of it, and "Supplier
        # Benchmarking" names itself: its phase is said beside it ("Discovery" alone is
        # Phase 1's)
        context = ""
    if len(words(text)) <= 2 and context and context.lower() not in text.lower():
        return shorten(f"{text}: {context}", 90)
    return text if len(words(text)) <= 12 else shorten(text, 90)


# the end of a sentence in a run of them: not a decimal ("1.5 MVA") nor an initial ("St. Mary")
_SENTENCE_END = re.compile(r"(?<=[a-z0-9)%])\.\s+(?=[A-Z][a-z])")


def _deliverables(text: str) -> list[str]:
    pieces = [p.strip() for p in _SENTENCE_END.split(text) if p.strip()] if len(text) > 50 else []
    if len(pieces) < 2 or any(not 2 <= len(words(p)) <= 16 or _GATE_TALK.search(p) for p in pieces):
        return [text]
    return pieces


_GATE_TALK = re.compile(r"\bonly\s+(?:when|if)\b|\bgo\s*/\s*no[- ]?go\b|\bgates?\b|\bopens\b", re.I)


def _phase_items(
    rec: _phases.PhaseRecord, phase: DeckPhase, origin: float = 0.0
) -> list[Commitment]:
    """A phase's work: each bar or bullet, dated by its own label (or its bar's place on a drawn
    chart) or spread over the phase."""
    # A step number ("1", "2") or a bare figure is a marker on the chart, not work.
    items = [
        (t, src, span)
        for t, src, span in rec.items
        if re.search(r"[^\W\d_]{2}", t) and not _READS_THE_CHART.match(t)
    ]
    # A phase's cell that lists its deliverables as sentences ("Tessera in every list by
    # December 2029. Video in courtroom 3. Witness waiting room open."): one item each.
    # (short statements each; a gate's criteria, "... starts only when ...", stay whole)
    items = [(piece, src, span) for text, src, span in items for piece in _deliverables(text)]
    out: list[Commitment] = []
    width = (phase.end_week - phase.start_week) / max(len(items), 1)
    for k, (text, source, span) in enumerate(items):
        if span is not None:
            shift = origin if span.absolute else 0.0
            start, end = max(span.start - shift, 0.0), max(span.end - shift, 0.0)
        else:
            start = phase.start_week + k * width * 0.5
            end = min(phase.end_week, start + max(width * 1.5, 2.0))
        title = _item_title(text, phase.name)
        out.append(
            Commitment(
                kind="phase_item",
                title=title,
                text=text,
                source=source,
                section=phase.name,
                start_week=start,
                end_week=end,
                phase=phase.name,
            )
        )
    return out


_WORK_HEADING = re.compile(
    r"^(?:what|how|where|who)\s+(?:we|it|they|you|the(?:\s+\w+){1,2})\s+(?:will\s+|would\s+)?"
    # ("What we try at Lusk": the heading may say where)
    r"(?:try|do|test|change|deliver|build|work|run|measure|start)s?"
    r"(?:\s+(?:at|in|on)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?\s*[:：]?$"
    r"|^what\s+(?:will\s+)?changes?\s*[:：]?$",
    re.I,
)
# A pilot's particulars, each under its label ("When: six months inside FY2028/29", "Pilot lead:
# Plant Manager, Ashby", "Compared with: St Aelred's, untagged"): what the pilot is, not work.
_PILOT_FACT = re.compile(
    r"^(?:when|where|who|timing|duration|period|dates?|(?:pilot|trial)\s+(?:lead|owner|sponsor)|"
    r"lead|owner|sponsor|compared\s+(?:with|to|against)|control(?:\s+(?:group|site|wards?))?|"
    r"comparator)\s*[:：]"
    # "Why Lusk: two aircraft night-stop there": why this place, not work
    r"|^why\s+(?:here|this\s+\w+|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s*[:：]",
    re.I,
)


_STEP_NUMBER = re.compile(r"^\s*(?:\d{1,2}[.)]|step\s+\d{1,2}\s*[:.)-]?)\s*", re.I)
_PILOT_ASIDE = re.compile(
    r"\b(?:decides?|takes?\s+the)\b[^.;]{0,40}\bgo(?:/|\s+or\s+)no-go\b"
    r"|^(?:about|around|some|roughly|up\s+to|over)\s+[\d,]+\s+\w+(?:\s+\w+)?\s+(?:over|in|across|a)\b"
    r"[^,;:]*$",
    re.I,
)


# A step of a pilot counted from its start: "GL - 8 weeks: ...", "L+30: ...", "Week 3: ...".
_STEP_COUNT = re.compile(
    r"^\s*(?:(?-i:[A-Z]{1,3})\s?[-+\u2212\u2013]\s?\d{1,3}(?:\s*(?:days?|weeks?|months?))?"
    r"|(?:day|week|month)s?\s+\d{1,3}(?:\s*[-\u2013]\s*\d{1,3})?)\s*:\s+\S",
    re.I,
)


_STEPS_LABEL = re.compile(
    r"^(?:the\s+)?(?:steps|how\s+it\s+(?:will\s+)?runs?|how\s+we\s+will\s+run\s+it|"
    r"what\s+happens(?:\s+when)?)\s*[:：]?$",
    re.I,
)


def _numbered_steps(slide: _Slide) -> list[Commitment]:
    """The pilot's numbered steps under a "STEPS" label, or a run of three or more numbered
    lines each opening with its work: the pilot's work, its number off the title. Pass marks
    numbered under their own label are none."""
    steps: list[str] = []
    under = False
    for t in slide.texts():
        if _STEPS_LABEL.match(t.strip()):
            under = True
            continue
        if _STEP_NUMBER.match(t) and re.match(r"\s*\d", t):
            rest = _STEP_NUMBER.sub("", t).strip()
            if under and opens_like_work(rest) or imperative_item(rest):
                steps.append(t.strip())
            continue
        if len(steps) >= 3 or steps and under:
            break  # (the run of steps ends at its first other line)
        if _LABEL_ONLY.match(t.strip()):
            under = False
        if not under:
            steps = []  # (fewer than three numbered lines, and no label over them: no steps)
    if len(steps) < 3:
        return []
    return [_step_item(step, slide, pilot=True) for step in steps]


def _step_item(item: str, slide: _Slide, **more: Any) -> Commitment:
    """A pilot's line of work in the deck's words, its number ("1.") off the title."""
    return Commitment(
        kind="phase_item",
        title=_item_title(_STEP_NUMBER.sub("", item), slide.title),
        text=item,
        source=slide.source,
        section=slide.title,
        **more,
    )


def _same_line(a: str, b: str) -> bool:
    return a.strip(" :").lower() == b.strip(" :").lower()


def _line_under_title(slide: _Slide) -> str | None:
    """The sentence right under a slide's title (past one short label such as "Where and
    when"), or None when the slide opens on why it chose the place ("Why Normanton"), on a
    list's lead-in ("We pass Checkpoint 1 if") or on short lines."""
    below = [t for t in slide.texts() if not _same_line(t, slide.title)]
    for t in below[:2]:
        if re.match(r"why\b", t.strip(), re.I) or re.search(r"(?::|\bif)\s*$", t):
            return None
        if len(words(t)) >= 5 and not _phases.is_gate_label(t):
            return t
    return None


def _pilot_slide(
    slide: _Slide, start_year: int | None, origin: float, *, staged: str | None = None
) -> list[Commitment]:
    """A slide given to the pilot: its work (gantt bars or bullets) and its success criteria.
    ``staged``: the line of a slide that stages the pilot without naming it so ("Cables go in
    first at ..."); there it says what the pilot is, and only the lines that open with their
    work ("Hang the cables ...", "2. Stream the rookie camp") are work."""
    # "What we will try" over the work: a heading, not work; nor the lines under a "WHY THE
    # NORTH WEST" label, up to the next label: why this place, not work.
    lines = []
    why = False
    for t in slide.texts():
        label = bool(_LABEL_ONLY.match(t)) and len(words(t)) <= 5
        if label or section("work_list").match(t) or _WORK_HEADING.match(t):
            why = label and t.split()[0].lower() == "why"
            if not _phases.is_gate_label(t):
                continue  # ("STEPS": a label; "WHAT GOOD LOOKS LIKE" heads the pass marks)
        if not why:
            lines.append(t)
    axis, axis_lines = _phases._axis(lines, start_year)
    gate, gate_span, items = _phases._phase_body(lines, axis_lines, start_year)
    if staged is not None:
        items = [i for i in items if imperative_item(_STEP_NUMBER.sub("", i))]
        if len(items) < 2:
            return []
    elif not gate and axis is None:
        return []
    out: list[Commitment] = []
    summary = (
        staged
        if staged is not None
        else lines[0]
        if lines and not _phases.is_gate_label(lines[0])
        else ""
    )
    if summary and _same_line(summary, slide.title):
        # The title stages it ("Pier C first") or is said again as the first line: the line
        # under it says what the pilot is ("We run the whole plan on Pier C ..."), unless the
        # slide goes straight to why here, or to its lists
        summary = _line_under_title(slide) or summary
    # Its dates: a chart's axis, the title, or the line under it ("April to October 2027 · ...").
    span = (
        axis
        or timeline.calendar_range(slide.title, start_year)
        or (timeline.calendar_range(summary, start_year) if summary else None)
        # ... or a line of dates alone ("July to December 2028")
        or next(
            (
                timeline.calendar_range(t, start_year)
                for t in lines
                if _phases._dates_only(t, start_year)
            ),
            None,
        )
    )
    start = (
        (span.start - origin)
        if span is not None and span.absolute
        else (span.start if span else None)
    )
    end = (
        (span.end - origin) if span is not None and span.absolute else (span.end if span else None)
    )
    # No window in the titles yet: the plan's first week is known only after every slide is
    # read (its first dated phase). Calendar dates keep their label and are counted from it then.
    later = span.label if span is not None and span.absolute and not origin else None
    # "The Board decides go or no-go at G2 in December 2028" says who takes the gate, and
    # "About 900 families over nine months" how big the pilot is: neither is work.
    work = [
        i for i in items if i != summary and not _PILOT_ASIDE.search(i) and not _PILOT_FACT.match(i)
    ]
    if summary:
        # The line under the title says what the pilot is, where and when: the pilot itself.
        out.append(
            Commitment(
                kind="phase_item",
                title=shorten(
                    slide.title.rstrip(" :")
                    if _same_line(summary, slide.title)
                    else f"{slide.title.rstrip(' :')} · {summary}",
                    110,
                ),
                text=summary,
                source=slide.source,
                section=slide.title,
                start_week=start,
                end_week=end,
                window=later,
            )
        )
    s0: float | None
    e0: float | None
    for k, item in enumerate(work):
        window = None
        if (bar := slide.placed.get(item)) is not None:
            shift = origin if bar.absolute else 0.0
            s0, e0 = bar.start - shift, bar.end - shift
        elif start is not None and end is not None:
            width = (end - start) / max(len(work), 1)
            s0, e0 = start + k * width, start + (k + 1) * width
            window = later
        else:
            s0 = e0 = None
        out.append(_step_item(item, slide, start_week=s0, end_week=e0, window=window))
    if gate:
        out.append(
            Commitment(
                kind="gate",
                title="Pilot go/no-go",
                text=gate,
                source=slide.source,
                section=slide.title,
                start_week=end - 2 if end is not None else None,
                end_week=end,
                window=later,
            )
        )
    return out


# "Fix the basics (January to September 2028)", "Pilot (Q4 FY27/28 to Q2 FY28/29)": a phase
# named in a sentence with its dates in brackets, after a colon, a comma or "and".
_PROSE_PHASE = re.compile(
    r"(?:^|[:;,]\s*|\band\s+)(?P<name>[A-Z][\w&'’-]*(?:\s+[\w&'’-]+){0,3}?)\s+"
    r"\((?P<span>[^()]{4,60})\)"
)
_PHASE_WORDS = re.compile(r"\b(?:phases?|stages?|moves?|steps?|waves?|horizons?)\b", re.I)


def _stages_as_phases(plan: DeckPlan) -> list[DeckPhase]:
    """A slide of dated stages one after another ("2027: Foundations", "2028: Grow",
    "2029-2030: Sustain"), where no phase was read anywhere else, is the deck's clock: each
    stage a phase over its dates. A stage that only names itself (four words or fewer) is its
    phase, not a task as well."""
    by_slide: dict[tuple[str, int | None, int | None], list[Commitment]] = {}
    for c in plan.commitments:
        if c.kind == "stage" and c.start_week is not None and c.end_week is not None:
            key = (c.source.file, c.source.slide, c.source.page)
            by_slide.setdefault(key, []).append(c)
    for stages in by_slide.values():
        stages.sort(key=lambda c: (c.start_week or 0.0, c.end_week or 0.0))
        if len(stages) < 2 or any(
            (b.start_week or 0.0) < (a.end_week or 0.0) - 1 for a, b in itertools.pairwise(stages)
        ):
            continue  # overlapping bars are work on a chart, not the plan's phases
        named = {id(c) for c in stages if len(words(c.text)) <= 4}
        plan.commitments = [c for c in plan.commitments if id(c) not in named]
        return [
            DeckPhase(
                name=c.title,
                start_week=c.start_week or 0.0,
                end_week=c.end_week or 0.0,
                source=c.source,
                summary=c.text,
            )
            for c in stages
        ]
    return []


# A paragraph that opens with its phase's dates and then its name: "From April 2028 to March
# 2029 — Foundations. Every practice moves ...", "January to June 2029: Grow. ...".
_DATED_PARAGRAPH = re.compile(
    rf"^(?:from\s+)?(?P<span>(?:{timeline.MONTH}\s+)?(?:19|20)\d\d\s+(?:to|until|[-–])\s+"
    rf"(?:{timeline.MONTH}\s+)?(?:19|20)\d\d|{timeline.MONTH}\s+(?:to|until|[-–])\s+"
    rf"{timeline.MONTH}\s+(?:19|20)\d\d)\s*[—–:-]\s*(?P<name>[A-Z][\w&'’/-]*(?:\s+[\w&'’/-]+){{0,3}})"
    r"\s*[.:;](?:\s|$)",
    re.I,
)


def _dated_phase(
    name: str, span: timeline.Span, origin: float, source: Source, summary: str
) -> DeckPhase:
    """A phase over a span read from the deck's words: a calendar span counted from the plan's
    first week (``origin``), at least a week long."""
    shift = origin if span.absolute else 0.0
    return DeckPhase(
        name=name,
        start_week=max(span.start - shift, 0.0),
        end_week=max(span.end - shift, span.start - shift + 1, 1.0),
        source=source,
        summary=summary,
    )


# "First (fix the bays) is FY2028/29 Q1 and Q2: March to August 2028.", "Build
# runs from August 2027 to July 2028.": a phase defined by a sentence of its own
_DEFINED_PHASE = re.compile(
    r"^(?P<name>[A-Z][\w'-]*(?:\s+[\w'-]+){0,3}?)(?:\s*\((?P<gloss>[^()]{3,60})\))?\s+"
    r"(?:is|runs|covers|spans|lasts)\s+(?:from\s+)?(?P<when>[^.;]{6,90}?)\.?$"
)
# ... not the clock's own terms ("Our financial year runs from 1 March", "This plan covers
# 18 months"), nor a contract's or a pilot's term
_NO_PHASE_NAME = re.compile(
    r"^(?:our|this|the|each|every|its|their|a|an)\b|\b(?:plan|programme|program|strategy|year|"
    r"quarter|month|contract|licen[cs]e|lease|budget|pilot|trial)s?\b",
    re.I,
)


def _phases_defined(slides: list[_Slide], start_year: int | None, origin: float) -> list[DeckPhase]:
    """Two or more phases, each defined by its own sentence on one slide as running over a
    range of months, one after the other: the deck's phases, named with the gloss in brackets
    the sentence gives them."""
    for slide in slides:
        found: list[tuple[str, timeline.Span]] = []
        for text in slide.texts():
            m = _DEFINED_PHASE.match(text.strip())
            if m is None or _NO_PHASE_NAME.search(m.group("name")):
                continue
            # (the months after a fiscal period's name spell it out: "FY2028/29 Q1 and Q2:
            # March to August 2028"; "whatever comes after August 2029" is no range)
            said = m.group("when").rpartition(": ")[2]
            if not re.search(r"\s(?:to|until|through|-|–|—)\s", said):
                continue
            span = timeline.calendar_range(said, start_year)
            if span is None or not span.absolute or _phases._dated(m.group("name"), start_year):
                continue
            gloss = m.group("gloss")
            found.append((f"{m.group('name')}: {gloss}" if gloss else m.group("name"), span))
        if len(found) >= 2 and all(
            a.start < b.start and a.end <= b.start + 1.0
            for (_, a), (_, b) in itertools.pairwise(found)
        ):
            return [_dated_phase(name, span, origin, slide.source, name) for name, span in found]
    return []


def _dated_paragraphs(
    slides: list[_Slide], start_year: int | None, origin: float
) -> list[DeckPhase]:
    """Two or more paragraphs on one slide, each opening with its phase's dates and its
    name, that follow each other in time: the deck's phases."""
    for slide in slides:
        found: list[DeckPhase] = []
        for text in slide.texts():
            m = _DATED_PARAGRAPH.match(text.strip())
            span = timeline.calendar_range(m.group("span"), start_year) if m else None
            if m is None or span is None:
                continue
            found.append(_dated_phase(m.group("name").strip(), span, origin, slide.source, text))
        if len(found) >= 2 and all(
            a.end_week <= b.start_week + 1 for a, b in itertools.pairwise(found)
        ):
            return found
    return []


def _phases_in_prose(
    slides: list[_Slide], start_year: int | None, origin: float
) -> list[DeckPhase]:
    """The phases a summary sentence names with their dates, in its order: two or more, in a
    sentence that speaks of phases (or stages, moves, waves). Nothing when none does."""
    for slide in slides[:4]:
        for text in slide.texts():
            if not _PHASE_WORDS.search(text):
                continue
            found: list[tuple[str, timeline.Span]] = []
            for m in _PROSE_PHASE.finditer(text):
                # "(January to June 2028)", "(Q1 FY28/29)", or on month numbers "(Month 1–6)"
                span = timeline.calendar_range(m.group("span"), start_year) or timeline.parse_label(
                    m.group("span"), start_year=start_year
                )
                if span is not None:
                    found.append((m.group("name").strip(), span))
            if len(found) >= 2:
                return [
                    _dated_phase(name, span, origin, slide.source, text) for name, span in found
                ]
    return []


# "CP1 October 2028: Route 7 pilot go/no-go", "DG2 September 2028: Hatherley go/no-go": a
# marker's legend, its code, its date and what is decided there
_LEGEND_GATE = re.compile(
    r"^(?P<code>[A-Z]{1,3}\d{1,2})\s+(?P<when>(?:end\s+(?:of\s+)?)?(?:[A-Z][A-Za-z]{2,8}\.?\s+"
    r"(?:19|20)\d\d|[QH][1-4]\s+(?:FY\s?)?\d{2,4}(?:/\d{2})?))\s*[:–—-]\s*(?P<what>\S.{3,120})$"
    # "M6: base camp review" on a chart of month numbers: the marker's code is its month
    r"|^(?P<mcode>M\d{1,2})\s*[:–—-]\s*(?P<mwhat>\S.{3,120})$"
)


def _legend_gates(slides: list[_Slide], plan: DeckPlan, origin: float) -> list[Commitment]:
    """A roadmap's markers explained in a legend line ("CP1 October 2028: Route 7 pilot
    go/no-go · CP2 June 2029: ..."): each is a gate on its date, when no phase already
    carries it. Two or more on one line, so a lone "A1 ..." code is not read as one."""
    have = {c.title.split()[0] for c in plan.commitments if c.kind == "gate" and c.title}
    out: list[Commitment] = []
    for slide in slides:
        for line in slide.texts():
            parts = [p.strip() for p in re.split(r"\s+[·|•]\s+", line)]
            found = [m for p in parts if (m := _LEGEND_GATE.match(p))]
            if len(found) < 2 or len(found) != len(parts):
                continue
            for m in found:
                code = m.group("code") or m.group("mcode")
                span = (
                    timeline.parse_label(code)  # "M6": the sixth month
                    if m.group("mcode")
                    else timeline.calendar_range(
                        m.group("when").removeprefix("end "), plan.start_year
                    )
                )
                if span is None or code in have:
                    continue
                have.add(code)
                shift = origin if span.absolute else 0.0
                # a gate is taken as its period closes ("G2 end H2 2028"), not all through it
                span = timeline.Span(
                    max(span.start, span.end - 2.0), span.end, span.label, span.absolute
                )
                out.append(
                    Commitment(
                        kind="gate",
                        title=shorten(m.group(0), 80),
                        text=m.group(0),
                        source=slide.source,
                        section=slide.title,
                        start_week=max(span.start - shift, 0.0),
                        end_week=max(span.end - shift, 1.0),
                        window=m.group("when") or code,
                    )
                )
    return out


_GATE_AT_MONTH_END = re.compile(
    rf"\bend(?:\s+of)?\s+(?:{timeline.MONTH})\.?\s+(?:19|20)\d\d\b", re.I
)


def _end_at_gates(plan: DeckPlan, origin: float) -> None:
    """Phases whose gates carry their dates ("Gate 2 · end Jan 2030 go/no-go") end on them,
    and the phase after each starts there: a bar's drawn length is a sketch, the gate's date
    is what the deck commits to. Only when two gates or more are dated, in order, inside the
    plan; the phases' gate decisions move with them."""
    if plan.start_year is None or len(plan.phases) < 2:
        return
    ends: list[float | None] = []
    for phase in plan.phases:
        # (a gate at the end of a named month; "Magpie go/no-go (January 2029)" may fall
        # inside its phase, and "end of FY29 P6" counts the deck's own periods)
        at_end = _GATE_AT_MONTH_END.search(phase.gate or "")
        spans = timeline.calendar_spans(at_end.group(0), plan.start_year) if at_end else []
        ends.append(spans[0].end - origin if len(spans) == 1 and spans[0].absolute else None)
    dated = [e for e in ends if e is not None]
    if (
        len(dated) < 2
        or dated[0] <= 0
        or any(b <= a for a, b in zip(dated, dated[1:], strict=False))
    ):
        return
    windows = [[p.start_week, p.end_week] for p in plan.phases]
    for i, end in enumerate(ends):
        if end is None:
            continue
        if i + 1 < len(windows) and abs(windows[i + 1][0] - windows[i][1]) <= 1:
            windows[i + 1][0] = end  # (the next phase follows on)
        windows[i][1] = end
    if any(stop <= begin for begin, stop in windows):
        return
    for phase, (begin, stop) in zip(plan.phases, windows, strict=True):
        phase.start_week, phase.end_week = begin, stop
    for c in plan.commitments:
        phase_of = next((p for p in plan.phases if p.name == c.phase), None)
        if c.kind == "gate" and phase_of is not None and phase_of.gate:
            c.start_week, c.end_week = _decided_as_it_closes(phase_of), phase_of.end_week


def _decided_as_it_closes(phase: DeckPhase) -> float:
    """When a phase's gate decision starts: in its last two weeks."""
    return max(phase.start_week, phase.end_week - 2)


def _shift_absolute(plan: DeckPlan, origin: float) -> None:
    """Calendar-dated commitments (from tables) count from the plan's first week."""
    if not origin:
        return
    for c in plan.commitments:
        if c.window and timeline.calendar_spans(c.window, plan.start_year):
            if c.start_week is not None:
                c.start_week = max(0.0, c.start_week - origin)
            if c.end_week is not None:
                c.end_week = max(0.0, c.end_week - origin)


def _governance_tables(slide: _Slide, plan: DeckPlan) -> None:
    """Body | Chair | Cadence | Decides: who chairs the body that decides go/no-go."""
    for rows in slide.tables:
        header = [h.lower() for h in rows[0]] if rows else []
        body = next(
            (
                i
                for i, h in enumerate(header)
                if re.search(r"body|forum|committee|board|meeting|move|area|workstream|pillar", h)
            ),
            None,
        )
        chair = next((i for i, h in enumerate(header) if re.search(r"chair|lead|owner", h)), None)
        decides = next(
            (i for i, h in enumerate(header) if re.search(r"decid|decision|remit|purpose", h)), None
        )
        if body is None or chair is None:
            continue
        for row in rows[1:]:
            cells = row + [""] * (len(header) - len(row))
            lead = cells[chair].strip()
            if lead and lead not in plan.leads and len(words(lead)) <= 6:
                plan.leads.append(lead)
            if lead and len(words(lead)) <= 6:
                # What the row gives them: the body, move or workstream, and what they decide.
                said = [cells[body].strip(), cells[decides].strip() if decides is not None else ""]
                plan.lead_remits.setdefault(lead, []).extend(t for t in said if t)
        cadence = next(
            (i for i, h in enumerate(header) if re.search(r"cadence|frequency|meets", h)), None
        )
        for row in rows[1:]:
            cells = row + [""] * (len(header) - len(row))
            what = cells[decides] if decides is not None else ""
            if cells[body].strip() and what:
                lead = cells[chair].strip()
                when = (
                    f", {cells[cadence].strip().lower()}"
                    if cadence is not None and cells[cadence].strip()
                    else ""
                )
                plan.commitments.append(
                    Commitment(
                        kind="governance",
                        title=f"{cells[body].strip()}: {shorten(what, 60)}",
                        text=f"{cells[body].strip()} ({lead}{when}) decides: {what}",
                        source=slide.source,
                        section=slide.title,
                        lead=lead or None,
                    )
                )
        for row in rows[1:]:
            cells = row + [""] * (len(header) - len(row))
            what = cells[decides] if decides is not None else ""
            if re.search(
                r"go\s*/\s*no[- ]?go|go-no-go|\bgates?\b|\bphase\b|\bwave\b|sign-?off|scale|roll-?out",
                what,
                re.I,
            ):
                plan.decider = cells[chair].strip() or plan.decider
                break
