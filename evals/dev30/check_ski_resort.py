"""Consistency checks of the dev30 case ``ski-resort`` against its deck and org folder.

Run from the repository root with the project's venv (python-pptx, python-docx and lxml), which
also runs the builder for the rebuild check:

    .venv/bin/python evals/dev30/check_ski_resort.py
    .venv/bin/python evals/dev30/check_ski_resort.py --dump   (deck lines by slide, roster)
    .venv/bin/python evals/dev30/check_ski_resort.py --org    (roster rows, org sentences)

The checks are those of ``evals/dev15/_checks.py`` (adapted from ``evals/dev13/check_gold.py``),
imported, not copied, and pointed at this folder (``evals/dev30``, split "dev30") with
``build_ski_resort.py`` as the builder, "core" the core tier and "consult" the consult tier.
Deck lines are dev13's (one line per paragraph of every shape, table cells row by row, then the
speaker notes). The gold carries ``gap_blocks`` (a field of ``evals/cases/README.md``'s
deck-grounded gold that dev13's field list predates), so the field list the shared checks
compare with is that list plus ``gap_blocks``, checked with ``_checks.gap_block_errors``.

What is this case's own:

- the roster, read with the standard library's ``csv`` from ``org/people/posts.csv`` (header
  post, team, reports_to, remit); a post in the team "Consulted bodies" is consult tier, every
  other core;
- org sentences: ``_checks.org_sentences`` with a reader for ``.csv`` (each row, its cells joined
  by spaces, as ``_checks`` reads a TSV);
- checks of the roster's form: UTF-8 without a byte-order mark, LF line ends, the header, four
  cells a row, quoted exactly where a cell holds a comma (the file equals its own minimal-quoting
  rewrite), 18 to 22 posts, none twice; every reports_to a post, the Board of Directors or the
  consulted marker; the two consulted rows are the gold's consult-only roles; a remit sends the
  reader to the charter, and the health and safety (lift operations) charter is a Markdown file
  under ``org/governance``;
- checks of the deck's form, as PowerPoint 2016 on Windows saves it: ``docProps/app.xml`` with
  Application "Microsoft Office PowerPoint", AppVersion 16.0000, "Widescreen" and the slide
  titles in TitlesOfParts in order; no printer-settings part; 12192000 x 6858000 without a
  ``type``; 14 to 22 slides, each with a title placeholder holding its title, on the "Title
  Slide", "Title and Content" or "Title Only" layouts; shapes named as PowerPoint names them;
  every run in en-GB; speaker notes on two slides; the KPI tiles (every KPI vision a label's first
  paragraph under a big number of 32 pt or more on a rectangle, its second paragraph a baseline
  "from ..." and a by-when; the one vague KPI a tile with neither a number nor a date);
- the clock: the roadmap is the one native table whose head cells hold two paragraphs (season
  over year), the five columns in order, the last "Beyond this plan" and holding no gold phase;
  each gold phase is read off the table's "Stage" row and the months of its column counted from
  June 2028 (month 0): a summer runs from June, or from Easter Monday, to the first lift in
  December; a winter from December to Easter Monday (computed here for 2029: 2 April, month 10),
  the last to the plan's close at the end of May 2030 (month 24); the deck's Easter Monday
  sentence agrees with the computed dates; "June 2028 to May 2030" is in the deck once, the title
  says 2028-2030, the closing says "end of May 2030"; Gate 1's heading has no day and its date is
  in its criteria only (a Monday after the half-term week it names, inside Winter 2028/29);
- the pilot: "the Coire Fionn chairlift" named with its unit on the pilot slide only, "Coire
  Fionn" alone on every also-slide, and the word "pilot" nowhere in the deck;
- the "Not in this plan" list: four or more items, none holding a scenario keyword;
- checks of the gold beyond ``_checks``: 15 to 25 deck actions in at least five forms, three or
  more on slides whose titles are headlines; at least two vague visions; 2 to 4 scenario
  segments; 6 to 10 gaps stated in at least three org files of three kinds; at least two
  false-gap groups; 5 to 10 forbidden terms; 15 or more ``remit_owners`` entries, every KPI
  covered; the near-namesake posts told apart; the keyword traps kept; the first-90-days owners
  in brackets that the roster calls by another title mapped to the roster's post;
  ``gap_blocks``.

It never runs the planner.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import sys
import zipfile
from pathlib import Path
from typing import Any

from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE
from pptx.util import Pt

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import evals.dev15._checks as _checks  # noqa: E402
from evals.dev13.check_gold import FIELDS, deck_lines, normalize  # noqa: E402
from evals.dev15._checks import Case, gap_block_errors, namesakes_told_apart, run, sentences_by_file  # noqa: E402

HERE = Path(__file__).resolve().parent
NAME = "ski-resort"
ROSTER = Path("people") / "posts.csv"
HEAD = ["post", "team", "reports_to", "remit"]
CONSULT_TEAM = "Consulted bodies"
CONSULTED = "Not line-managed (consulted only)"
OUTSIDE = {"Board of Directors", CONSULTED}
CHARTER = Path("governance") / "health-and-safety-lift-operations-charter.md"

SLIDES = (14, 22)
LAYOUTS = {"Title Slide", "Title and Content", "Title Only"}
SHAPE_NAME = re.compile(
    r"(Title|Subtitle|Content Placeholder|TextBox|Rectangle|Rounded Rectangle|Table) \d+"
)
TILES_SLIDE, CLOCK_SLIDE, ROADMAP_SLIDE, PILOT_SLIDE, GATE_SLIDE = 9, 10, 11, 12, 13
FIRST_90_SLIDE, SCOPE_SLIDE = 15, 19

# The clock. Month 0 is June 2028, the first month of the plan ("June 2028 to May 2030"); a date
# inside a month counts as that month's number; an end is the month the next period starts in.
START = (2028, 6)
HEADS = [
    ("summer", "2028"),
    ("winter", "2028/29"),
    ("summer", "2029"),
    ("winter", "2029/30"),
    ("beyond this plan", "summer 2030 on"),
]
STAGE_CELLS = ["build", "first season", "learn and fix", "onwards"]
BY_WHEN = re.compile(
    r"by (january|february|march|april|may|june|july|august|september|october|november"
    r"|december|easter) 20\d\d|20\d\d/\d\d season|by \d{1,2} [a-z]+ 20\d\d"
)

# deck-action forms by slide, and the slides whose titles are headlines, not "Roadmap"/"Actions"
FORMS = {
    5: "pillar initiative",
    6: "pillar initiative",
    7: "pillar initiative",
    8: "pillar initiative",
    12: "pilot step",
    13: "gate criterion",
    14: "risk mitigation",
    15: "first 90 days",
    16: "what changes on Monday",
}
HEADLINE_SLIDES = {12, 13, 14, 15, 16}
NAMESAKES = [
    ("Lift Operations Manager", "Lift Engineering Manager"),
    ("Mountain Operations Director", "Lift Operations Manager"),
    ("Head of Digital and IT", "Digital Marketing Manager"),
]
GRADE_WORDS = {"head", "of", "and", "manager", "director", "chief", "chair"}
# (a task key of remit_owners, the post a keyword list would pick, wrongly)
KEYWORD_TRAPS = [
    ("train all 46 lift attendants", "People and Training Manager"),
    ("fit rfid gates", "Head of Digital and IT"),
    ("reconcile gate reads", "Head of Digital and IT"),
    ("sub-meters", "Snowmaking and Grooming Manager"),
    ("snowmaking energy per cubic metre", "Energy and Estates Manager"),
    ("ardle pass app", "Digital Marketing Manager"),
    ("monthly direct debit", "Finance Director"),
]
# the first-90-days owners in brackets whose title the roster spells otherwise
BRACKET_TITLES = {
    "lift engineer": "Lift Engineering Manager",
    "it manager": "Head of Digital and IT",
    "head of pricing": "Head of Revenue and Pricing",
    "estates manager": "Energy and Estates Manager",
    "lift ops manager": "Lift Operations Manager",
    "head of digital": "Head of Digital and IT",
}

# gap_blocks is a field of the deck-grounded gold that dev13's list predates
_checks.FIELDS = FIELDS | {"gap_blocks"}  # type: ignore[attr-defined]


# =========================================================================== the roster (CSV)


def roster_rows(org: Path) -> list[list[str]]:
    text = (org / ROSTER).read_text(encoding="utf-8")
    return list(csv.reader(io.StringIO(text, newline="")))


def roster(org: Path) -> list[tuple[str, str]]:
    rows = roster_rows(org)
    if not rows or rows[0] != HEAD:
        return []
    return [
        (r[0].strip(), "consult" if r[1].strip() == CONSULT_TEAM else "core")
        for r in rows[1:]
        if r and r[0].strip()
    ]


def _csv_parts(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    return [" ".join(row) for row in csv.reader(io.StringIO(text, newline=""))]


def sentences(org: Path) -> list[str]:
    return _checks.org_sentences(org, {".csv": _csv_parts})


def roster_form(org: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    raw = (org / ROSTER).read_bytes()
    if raw.startswith(b"\xef\xbb\xbf"):
        errors.append("roster: a UTF-8 byte-order mark")
    if b"\r" in raw or not raw.endswith(b"\n"):
        errors.append("roster: line ends are not all LF")
    rows = roster_rows(org)
    if not rows or rows[0] != HEAD:
        errors.append(f"roster: header {rows[:1]}")
        return errors
    if any(len(r) != 4 for r in rows):
        errors.append("roster: a row without four cells")
    again = io.StringIO()
    csv.writer(again, lineterminator="\n").writerows(rows)
    if again.getvalue() != raw.decode("utf-8"):
        errors.append("roster: not quoted exactly where a cell holds a comma")
    if sum(any("," in c for c in r) for r in rows) < 10:
        errors.append("roster: fewer than ten rows with a quoted cell")
    posts = [r[0] for r in rows[1:]]
    if not 18 <= len(posts) <= 22:
        errors.append(f"roster: {len(posts)} posts (18 to 22)")
    if len(set(posts)) != len(posts):
        errors.append("roster: a post appears twice")
    for r in rows[1:]:
        if r[2] not in posts and r[2] not in OUTSIDE:
            errors.append(f"roster: {r[0]!r} reports to {r[2]!r}, neither a post nor outside")
    consulted = [r[0] for r in rows[1:] if r[1] == CONSULT_TEAM]
    if consulted != gold["consult_only_roles"] or any(
        r[2] != CONSULTED for r in rows[1:] if r[1] == CONSULT_TEAM
    ):
        errors.append(f"roster: consulted rows {consulted}")
    if not any("see the charter" in r[3] for r in rows[1:]):
        errors.append("roster: no remit sends the reader to the charter")
    charter = org / CHARTER
    if not charter.is_file() or not charter.read_text(encoding="utf-8").startswith(
        "# Health and Safety (Lift Operations) Charter\n"
    ):
        errors.append("roster: the lift operations charter is missing")
    return errors


# =========================================================================== the deck's form


def _easter(year: int) -> dt.date:
    """Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    m = (32 + 2 * e + 2 * i - h - k) % 7
    n = (a + 11 * h + 22 * m) // 451
    month, day = divmod(h + m - 7 * n + 114, 31)
    return dt.date(year, month, day + 1)


def month_index(year: int, month: int) -> int:
    return (year - START[0]) * 12 + month - START[1]


def period_months() -> list[tuple[int, int] | None]:
    """The roadmap's columns in months from June 2028: summer 2028 to the first lift of
    December 2028, winter 2028/29 to Easter Monday 2029, summer 2029 to December 2029, winter
    2029/30 to the plan's close at the end of May 2030; the last column is no period of the
    plan."""
    easter_monday = _easter(2029) + dt.timedelta(days=1)
    dec28, dec29 = month_index(2028, 12), month_index(2029, 12)
    after_easter = month_index(easter_monday.year, easter_monday.month)
    close = month_index(2030, 5) + 1
    return [(0, dec28), (dec28, after_easter), (after_easter, dec29), (dec29, close), None]


def _para_texts(shape: Any) -> list[str]:
    return [normalize(p.text) for p in shape.text_frame.paragraphs]


def _max_size(shape: Any) -> float:
    sizes = [r.font.size for p in shape.text_frame.paragraphs for r in p.runs if r.font.size]
    return max(sizes) / Pt(1) if sizes else 0.0


def deck_form(case: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    deck = case / gold["deck"]
    z = zipfile.ZipFile(deck)
    names = z.namelist()
    app = z.read("docProps/app.xml").decode("utf-8")
    for tag in (
        "<Application>Microsoft Office PowerPoint</Application>",
        "<AppVersion>16.0000</AppVersion>",
        "<PresentationFormat>Widescreen</PresentationFormat>",
    ):
        if tag not in app:
            errors.append(f"app.xml: no {tag}")
    if any("printerSettings" in n for n in names):
        errors.append("a printer-settings part (PowerPoint for Mac), not Windows")
    pres_xml = z.read("ppt/presentation.xml").decode("utf-8")
    if '<p:sldSz cx="12192000" cy="6858000"/>' not in pres_xml:
        errors.append("slide size is not 16:9 at 12192000 x 6858000 without a type")
    prs = Presentation(str(deck))
    slides = list(prs.slides)
    if not SLIDES[0] <= len(slides) <= SLIDES[1]:
        errors.append(f"{len(slides)} slides ({SLIDES[0]} to {SLIDES[1]})")
    titles = []
    notes = 0
    for k, slide in enumerate(slides, start=1):
        title = slide.shapes.title
        if title is None or not title.text_frame.text.strip():
            errors.append(f"slide {k}: no title placeholder with text")
            continue
        titles.append(title.text_frame.text)
        if slide.slide_layout.name not in LAYOUTS:
            errors.append(f"slide {k}: layout {slide.slide_layout.name!r}")
        for shape in slide.shapes:
            if not SHAPE_NAME.fullmatch(shape.name):
                errors.append(f"slide {k}: shape named {shape.name!r}")
        xml = z.read(slide.part.partname.lstrip("/")).decode("utf-8")
        if xml.count("<a:rPr") != xml.count('<a:rPr lang="en-GB"'):
            errors.append(f"slide {k}: a run not in en-GB")
        notes += slide.has_notes_slide
    if slides and slides[0].slide_layout.name != "Title Slide":
        errors.append("slide 1 is not on the Title Slide layout")
    parts = re.findall(r"<vt:lpstr>([^<]*)</vt:lpstr>", app)
    if parts[-len(titles) :] != [t.replace("&", "&amp;") for t in titles]:
        errors.append("app.xml: TitlesOfParts does not end with the slide titles in order")
    if notes != 2:
        errors.append(f"speaker notes on {notes} slides (two)")
    errors += _tiles(slides[TILES_SLIDE - 1], gold)
    errors += _clock(slides, gold)
    errors += _pilot(deck_lines(deck), gold)
    errors += _scope(deck_lines(deck), gold)
    return errors


def _tiles(slide: Any, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    shapes = list(slide.shapes)
    kpi_visions = [v for v in gold["visions"] if any(k in v["match"] for k in gold["kpis"])]
    if {v["slide"] for v in kpi_visions} != {TILES_SLIDE}:
        errors.append(f"KPI visions not all on the tiles slide {TILES_SLIDE}")
    blank = []
    for v in kpi_visions:
        at = [
            i
            for i, s in enumerate(shapes)
            if s.has_text_frame and len(_para_texts(s)) == 2 and _para_texts(s)[0] == v["match"]
        ]
        if len(at) != 1 or at[0] < 2:
            errors.append(f"tile {v['match']!r}: not one label box")
            continue
        i = at[0]
        big, back = shapes[i - 1], shapes[i - 2]
        if len(_para_texts(big)) != 1 or _max_size(big) < 32:
            errors.append(f"tile {v['match']!r}: no big number over the label")
        if back.shape_type != MSO_SHAPE_TYPE.AUTO_SHAPE or back.has_text_frame and back.text:
            errors.append(f"tile {v['match']!r}: not on a rectangle")
        number, line = _para_texts(big)[0], _para_texts(shapes[i])[1]
        if not line.startswith("from "):
            errors.append(f"tile {v['match']!r}: no baseline on the label's second line")
        dated = BY_WHEN.search(line) is not None
        if not re.search(r"\d", number) and not dated:
            blank.append(v["match"])
        elif not dated or not re.search(r"\d", number):
            errors.append(f"tile {v['match']!r}: a number without a date or the reverse")
    vague = [v["match"] for v in kpi_visions if v["vague"]]
    if len(blank) != 1 or blank != vague:
        errors.append(f"tiles without number and date {blank}; vague KPIs {vague}")
    return errors


def _cell_paras(cell: Any) -> list[str]:
    return [normalize(p.text) for p in cell.text_frame.paragraphs]


def _clock(slides: list[Any], gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    tables = [
        (k, s.table)
        for k, slide in enumerate(slides, start=1)
        for s in slide.shapes
        if s.has_table and len(_cell_paras(s.table.cell(0, 1))) == 2
    ]
    if len(tables) != 1 or tables[0][0] != ROADMAP_SLIDE:
        errors.append(f"roadmap: tables with two-line heads on slides {[k for k, _ in tables]}")
        return errors
    tab = tables[0][1]
    heads = [tuple(_cell_paras(tab.cell(0, j))) for j in range(1, len(tab.columns))]
    if heads != HEADS:
        errors.append(f"roadmap: heads {heads}")
        return errors
    rows = {_cell_paras(tab.cell(i, 0))[0]: i for i in range(1, len(tab.rows))}
    if len(rows) < 6 or "stage" not in rows or "gates" not in rows:
        errors.append(f"roadmap: workstream rows {sorted(rows)}")
        return errors
    stage = [" ".join(_cell_paras(tab.cell(rows["stage"], j))) for j in range(1, 6)]
    months = period_months()
    phases = gold["phases"]
    if len(phases) != len(STAGE_CELLS):
        errors.append(f"roadmap: {len(phases)} gold phases, {len(STAGE_CELLS)} stages")
    for j, (ph, cell, name) in enumerate(zip(phases, stage, STAGE_CELLS, strict=False)):
        season, year = HEADS[j]
        if not cell.startswith(name) or not ph["match"][0].startswith(f"{season} {year}"):
            errors.append(f"roadmap: stage {cell!r} / gold phase {ph['match']}")
        if months[j] != (ph["start_month"], ph["end_month"]):
            errors.append(f"roadmap: {ph['match'][0]!r} is months {months[j]} by the clock")
    beyond = " ".join(" ".join(_cell_paras(tab.cell(i, 5))) for i in range(len(tab.rows)))
    if any(m in beyond for ph in phases for m in ph["match"]):
        errors.append("roadmap: a gold phase in the Beyond column")
    last = months[3]
    if last is None or gold["horizon_months"] != last[1]:
        errors.append(f"horizon {gold['horizon_months']} is not the plan's close {last}")

    # the horizon said four ways, and the Easter Mondays the winters end on
    pages = {
        k: [
            normalize(p.text)
            for s in sl.shapes
            if s.has_text_frame
            for p in s.text_frame.paragraphs
        ]
        for k, sl in enumerate(slides, start=1)
    }
    text = "\n".join(x for lines in pages.values() for x in lines)
    if text.count("june 2028 to may 2030") != 1:
        errors.append("clock: 'June 2028 to May 2030' is not in the deck exactly once")
    if "our season runs from the first lift in december to easter monday" not in text:
        errors.append("clock: the season sentence is missing")
    if "2028-2030" not in pages[1][1] or "end of may 2030" not in text:
        errors.append("clock: the title's 2028-2030 or the closing 'end of May 2030' is missing")
    easter = [_easter(y) + dt.timedelta(days=1) for y in (2029, 2030)]
    said = f"easter monday falls on {easter[0].day} april in 2029 and on {easter[1].day} april"
    if said not in " ".join(pages[CLOCK_SLIDE]) or any(d.month != 4 for d in easter):
        errors.append(f"clock: the deck's Easter Mondays disagree with {easter}")
    for ph in phases:
        if not any(ph["match"][0] == x for x in pages[CLOCK_SLIDE]):
            errors.append(f"clock: phase {ph['match'][0]!r} is not a line of slide {CLOCK_SLIDE}")

    # Gate 1: its heading names a week, its date is in its criteria only
    gate = pages[GATE_SLIDE]
    head = [x for x in gate if x.startswith("gate 1:")]
    if head != ["gate 1: after the february half-term week of 2029"]:
        errors.append(f"gate 1: heading {head}")
    found = [
        re.search(
            r"(\w+day) (\d{1,2}) february 2029, on the figures for (\w+day) (\d{1,2}) to "
            r"(\w+day) (\d{1,2}) february 2029",
            x,
        )
        for x in gate
    ]
    hits = [m for m in found if m]
    if len(hits) != 1:
        errors.append("gate 1: no criteria line with its date and the half-term week")
    else:
        m = hits[0]
        read, first, last_day = (dt.date(2029, 2, int(m.group(i))) for i in (2, 4, 6))
        names = [d.strftime("%A").lower() for d in (read, first, last_day)]
        if names != [m.group(1), m.group(3), m.group(5)] or not first < last_day < read:
            errors.append("gate 1: its criteria's days and dates disagree")
        gm = month_index(2029, 2)
        winter = months[1]
        if winter is None or not winter[0] <= gm < winter[1]:
            errors.append("gate 1 does not fall inside Winter 2028/29")
    if any(
        re.search(r"\d{1,2} february", x)
        for lines in pages.values()
        for x in lines
        if x.startswith("gate 1") or x.startswith("\u25c6 gate 1")
    ):
        errors.append("gate 1: a day in its heading")
    return errors


def _pilot(pages: dict[int, list[str]], gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    unit = "coire fionn chairlift"
    named = [n for n, lines in pages.items() if any(unit in x for x in lines)]
    pilot = gold["pilot"]
    if named != [pilot["slide"]] or pilot["slide"] != PILOT_SLIDE:
        errors.append(f"pilot: named with its unit on slides {named}, gold says {pilot['slide']}")
    for n in pilot["also_slides"]:
        text = " ".join(pages[n])
        if "coire fionn" not in text or unit in text:
            errors.append(f"pilot: slide {n} does not name Coire Fionn alone")
    alone = sorted(
        n for n, lines in pages.items() if n != PILOT_SLIDE and "coire fionn" in " ".join(lines)
    )
    if alone != sorted(pilot["also_slides"]):
        errors.append(f"pilot: Coire Fionn alone on {alone}, gold says {pilot['also_slides']}")
    if any("pilot" in x for lines in pages.values() for x in lines):
        errors.append("pilot: the deck says 'pilot'")
    return errors


def _scope(pages: dict[int, list[str]], gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    scope = pages[SCOPE_SLIDE]
    if scope[0] != "not in this plan":
        errors.append(f"scope: slide {SCOPE_SLIDE} is {scope[0]!r}")
    items = [x for x in scope[1:] if not x.startswith("ardle mountain company") and not x.isdigit()]
    if len(items) < 4:
        errors.append(f"scope: {len(items)} items (four or more)")
    for seg in gold["scenario_segments"]:
        for alt in seg:
            if any(alt in x for x in items):
                errors.append(f"scope: scenario keyword {alt!r} is in the not-in-scope list")
    return errors


# =========================================================================== the gold's own checks


def _file_sentences(org: Path) -> dict[str, list[str]]:
    """Each org file's sentences, read as the shared checks read the whole folder."""
    return sentences_by_file(org, sentences)


def gold_form(case: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    pages = deck_lines(case / gold["deck"])
    deck_text = [x for lines in pages.values() for x in lines]
    org = case / "org"
    said = sentences(org)

    actions = gold["deck_actions"]
    if not 15 <= len(actions) <= 25:
        errors.append(f"gold: {len(actions)} deck actions (15 to 25)")
    forms = {FORMS.get(a["slide"], "other") for a in actions}
    if len(forms - {"other"}) < 5:
        errors.append(f"gold: deck actions in {sorted(forms)} (five forms or more)")
    if sum(a["slide"] in HEADLINE_SLIDES for a in actions) < 3:
        errors.append("gold: fewer than three deck actions on headline-titled slides")
    for n in HEADLINE_SLIDES:
        if pages[n][0] in {"roadmap", "actions", "next steps"}:
            errors.append(f"gold: slide {n}'s title {pages[n][0]!r} is no headline")
    if sum(v["vague"] for v in gold["visions"]) < 2:
        errors.append("gold: fewer than two vague visions")

    segs = gold["scenario_segments"]
    if not 2 <= len(segs) <= 4:
        errors.append(f"gold: {len(segs)} scenario segments (2 to 4)")
    for seg in segs:
        for alt in seg:
            if not any(alt in x for x in deck_text):
                errors.append(f"gold: scenario keyword {alt!r} is on no deck line")

    gaps = gold["gaps"]
    if not 6 <= len(gaps) <= 10:
        errors.append(f"gold: {len(gaps)} gaps (6 to 10)")
    per_file = _file_sentences(org)
    files = {f for f, ss in per_file.items() for gap in gaps for a in gap for s in ss if a in s}
    folders = {Path(f).parts[0] for f in files}
    suffixes = {Path(f).suffix for f in files}
    if len(files) < 3 or len(folders) < 3 or len(suffixes) < 3:
        errors.append(f"gold: gaps stated in {sorted(files)} (three files of three kinds)")
    if len(gold["false_gaps"]) < 2:
        errors.append("gold: fewer than two false-gap groups")
    if not 5 <= len(gold["forbidden_terms"]) <= 10:
        errors.append(f"gold: {len(gold['forbidden_terms'])} forbidden terms (5 to 10)")

    entries = gold["remit_owners"]
    if len(entries) < 15:
        errors.append(f"gold: {len(entries)} remit_owners entries (15 or more)")
    grounded = deck_text + said
    for e in entries:
        for key in e["task"]:
            if not any(key in x for x in grounded):
                errors.append(f"gold: remit_owners key {key!r} is in neither deck nor org")
    roles = [r for r, _ in roster(org)]
    told = namesakes_told_apart(roles, gold, GRADE_WORDS)
    for pair in NAMESAKES:
        if pair not in told:
            errors.append(f"gold: remit_owners never tell {pair[0]!r} from {pair[1]!r}")
    for key, wrong in KEYWORD_TRAPS:
        hits = [e for e in entries if key in e["task"]]
        if len(hits) != 1 or wrong in hits[0]["owners"] or wrong not in roles:
            errors.append(f"gold: keyword trap {key!r} / {wrong!r} not kept")
    keys = [k for e in entries for k in e["task"]]
    for kpi in gold["kpis"]:
        if not any(k in kpi for k in keys):
            errors.append(f"gold: KPI {kpi!r} is covered by no remit_owners entry")

    # the first 90 days: owners in brackets, some by a title the roster spells otherwise
    items = [m for x in pages[FIRST_90_SLIDE] if (m := re.fullmatch(r"(.+) \(([^)]+)\)", x))]
    lower = {r.lower() for r in roles}
    mapped = 0
    for m in items:
        item, title = m.group(1), m.group(2)
        if title in lower:
            continue
        post = BRACKET_TITLES.get(title)
        if post is None or post not in roles:
            errors.append(f"gold: bracketed owner {title!r} maps to no post")
            continue
        owners = [e["owners"] for e in entries if any(k in item for k in e["task"])]
        if not any(post in o for o in owners):
            errors.append(f"gold: {item!r} ({title}) is not owned by {post!r}")
        mapped += 1
    if len(items) < 8 or mapped < 3:
        errors.append(f"gold: {len(items)} bracketed 90-day items, {mapped} retitled")

    for e in gold["accountable"]:
        for r in e["roles"]:
            if r not in {"Chief Executive", "Finance Director"}:
                errors.append(f"gold: accountable {r!r} is neither sponsor, chair nor budget")
    return errors + gap_block_errors(gold, said, deck_text)


def extra(case: Path) -> list[str]:
    gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
    return roster_form(case / "org", gold) + deck_form(case, gold) + gold_form(case, gold)


CASE = Case(
    name=NAME,
    builder="build_ski_resort.py",
    roster=roster,
    org_sentences=sentences,
    core=frozenset({"core"}),
    consult=frozenset({"consult"}),
    extra=extra,
    folder=HERE,
    split="dev30",
)


def dump_org() -> None:
    """The roster's rows, then the org sentences the gold was read from."""
    org = HERE / NAME / "org"
    print(f"--- {ROSTER}:")
    for row in roster_rows(org):
        print("  " + " | ".join(row))
    print(f"--- roster: {roster(org)}")
    print("--- org sentences:")
    for s in sentences(org):
        print(f"  | {s}")


if __name__ == "__main__":
    if "--org" in sys.argv and "--dump" not in sys.argv:
        dump_org()
        sys.exit(0)
    sys.exit(run(CASE))
