"""Consistency checks of the dev31 case ``orchestra`` against its deck and org folder.

Run from the repository root with the project's venv (python-pptx, python-docx and lxml), which
also runs the builder for the rebuild check:

    .venv/bin/python evals/dev31/check_orchestra.py
    .venv/bin/python evals/dev31/check_orchestra.py --dump         (deck lines by slide, roster)
    .venv/bin/python evals/dev31/check_orchestra.py --dump --org   (and the org sentences)
    .venv/bin/python evals/dev31/check_orchestra.py --org          (roster rows, org sentences)

The checks are those of ``evals/dev15/_checks.py`` (adapted from ``evals/dev13/check_gold.py``),
imported, not copied, and pointed at this folder (``evals/dev31``, split "dev31") with
``build_orchestra.py`` as the builder, "core" the core tier and "consult" the consult tier. Deck
lines are dev13's (one line per paragraph of every shape, groups opened, table cells row by row,
then the speaker notes). Org sentences are ``_checks.org_sentences``' (its DOCX reader takes the
staff structure's heading, paragraph and table rows). The gold carries ``gap_blocks`` (a field of
``evals/cases/README.md``'s deck-grounded gold that dev13's field list predates), so the field
list the shared checks compare with is that list plus ``gap_blocks``, checked with
``_checks.gap_block_errors``.

What is this case's own:

- the roster, read with python-docx from ``org/people/staff-structure.docx``: the one table
  whose header row is Post / Department / Line manager / Key responsibilities; a row of the
  department "Consultative bodies" is consult tier, every other core;
- checks of the roster's form: the document body is a Heading 1, one paragraph and the table,
  nothing else; 18 to 22 posts, none twice; every line manager a post, the Board of Trustees or
  the consulted marker; the consultative rows are the gold's consult-only roles; at least two
  posts whose one title joins two remits with "and" (and neither half is a post); the players'
  committee agreement is a Markdown file under ``org/people``;
- checks of the deck's form, as Apple Keynote exports a PPTX: ``docProps/app.xml`` naming
  Keynote and its version; 12192000 x 6858000 without a ``type``; 14 to 22 slides; one or two
  layouts; no placeholder, no ``txBox``; shapes named "Text N", "Shape N", "Group N" or
  "Table N"; every ``a:bodyPr`` with its four insets, every paragraph with an ``a:pPr``, every
  run with a size; one title text box of 28 pt or more at the top of every content slide, outside
  any group; ``a:buChar`` bullets on some slides, typed bullets on others; speaker notes on three
  to five slides; the KPI tiles (each KPI vision the first paragraph of a label in a group of a
  rounded rectangle, a big number of 32 pt or more and the label, its second paragraph a
  baseline "from ..." and a by-when; exactly one tile without a number and a by-when, the one
  vague KPI); the roadmap drawn as groups of rounded rectangles, text boxes and diamonds, no
  table;
- the clock: month 0 is September 2027; a step runs from 1 September of its season to the
  next step's 1 September, the last to the end of July 2030 (the last night of Festival 2030,
  Saturday 27 July), which gives the gold's phases and horizon; "September 2027 to July 2030"
  is in the deck once, the cover says 2027-2030, the asks close with "the last night of Festival
  2030"; the steps are undated on the ambition slide and dated on the clock slide; the
  roadmap's column heads are the three seasons and three festivals in order with "Beyond this
  plan" last, and no phase band sits in that column; Gate 1's heading names February 2028,
  Gate 2's heading no date (its date is in its criteria only, with the weekdays right); the
  milestone is the opening night of 2028/29; the first stream's steps are counted from L
  (Thursday 13 January 2028) inside the first step; the Centenary season 2031/32 lies beyond
  the horizon;
- the pilot: "the Thursday Lunchtime Series at the Assembly Rooms" named whole on the pilot
  slide only, "the Lunchtime Series" or "the Assembly Rooms" alone on exactly the also-slides,
  and the word "pilot" nowhere in the deck;
- the "Not in this plan" list: four or more items, none holding a scenario keyword;
- checks of the gold beyond ``_checks``: 15 to 25 deck actions in at least five forms, three or
  more on slides whose titles are headlines; at least two vague visions; 2 to 4 scenario
  segments; 6 to 10 gaps stated in at least three org files of three kinds in three folders; at
  least two false-gap groups; 5 to 10 forbidden terms; 15 or more ``remit_owners`` entries,
  every KPI covered; the near-namesake posts told apart; the keyword traps kept; the deck line
  that gives work to "the Head of Learning and the Head of Participation" owned by both; the
  first-100-days owners in brackets that the roster calls by another title mapped to the
  roster's post; the accountable roles the sponsor or the Finance Director; ``gap_blocks``.

It never runs the planner.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
import zipfile
from pathlib import Path
from typing import Any

from docx import Document
from lxml import etree

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import evals.dev15._checks as _checks  # noqa: E402
from evals.dev13.check_gold import FIELDS, deck_lines, normalize  # noqa: E402
from evals.dev15._checks import (  # noqa: E402
    Case,
    gap_block_errors,
    namesakes_told_apart,
    run,
    sentences_by_file,
)

HERE = Path(__file__).resolve().parent
NAME = "orchestra"
ROSTER = Path("people") / "staff-structure.docx"
AGREEMENT = Path("people") / "players-committee-agreement.md"
HEAD = ["Post", "Department", "Line manager", "Key responsibilities"]
CONSULT_DEPT = "Consultative bodies"
OUTSIDE = {"Board of Trustees", "Not line-managed (consulted)"}

A = "http://schemas.openxmlformats.org/drawingml/2006/main"
P = "http://schemas.openxmlformats.org/presentationml/2006/main"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"a": A, "p": P}
SLIDES = (14, 22)
SHAPE_NAME = re.compile(r"(Text|Shape|Group|Table) \d+")
AMBITION_SLIDE, SCOPE_SLIDE, TILES_SLIDE, CLOCK_SLIDE, ROADMAP_SLIDE = 4, 5, 10, 11, 12
PILOT_SLIDE, GATE_SLIDE, FIRST_100_SLIDE, CENTENARY_SLIDE, ASKS_SLIDE = 13, 14, 16, 20, 21

# The clock. Month 0 is September 2027, the first month of the plan ("September 2027 to July
# 2030"); a date inside a month counts as that month's number; an end is the month the next
# period starts in.
START = (2027, 9)
STEPS = ["2027/28: get ready", "2028/29: launch", "2029/30 and festival 2030: grow"]
COLUMN_HEADS = [
    ("2027/28 season", "sep-jun"),
    ("festival 2028", "jul"),
    ("2028/29 season", "sep-jun"),
    ("festival 2029", "jul"),
    ("2029/30 season", "sep-jun"),
    ("festival 2030", "jul"),
    ("beyond this plan", "later"),
]
MONTHS = r"january|february|march|april|may|june|july|august|september|october|november|december"
BY_WHEN = re.compile(
    r"by the 20\d\d/\d\d season|by the (january|february|march|april|may|june|july|august"
    r"|september|october|november|december) 20\d\d renewals|by (july|june) 20\d\d"
    r"|in 20\d\d/\d\d|in the 20\d\d/\d\d school year|from (september|january) 20\d\d"
)
PILOT_UNIT = "thursday lunchtime series at the assembly rooms"
PILOT_PLACE = ("lunchtime series", "assembly rooms")

# deck-action forms by slide, and the slides whose titles are headlines, not "Roadmap"/"Actions"
FORMS = {
    6: "pillar initiative",
    7: "pillar initiative",
    8: "pillar initiative",
    9: "pillar initiative",
    13: "pilot step",
    14: "gate criterion",
    15: "risk mitigation",
    16: "first 100 days",
    17: "what changes on Monday",
    21: "ask of the board",
}
HEADLINE_SLIDES = {13, 14, 15, 16, 17}
NAMESAKES = [
    ("Orchestra Manager", "Orchestra Librarian"),
    ("Head of Digital", "Digital Content Producer"),
    ("Hall Manager", "Hall Technical Manager"),
]
GRADE_WORDS = {"head", "of", "and", "manager", "director", "chief", "chair"}
# (a task key of remit_owners, the post a keyword list would pick, wrongly)
KEYWORD_TRAPS = [
    ("clean and merge the 61,000 customer records", "Audience Insight Manager"),
    ("train 30 players as workshop leaders", "Head of People"),
    ("trained on proscenia", "Head of People"),
    ("install four remote cameras", "Head of Digital"),
    ("clear streaming rights", "Head of Digital"),
    ("publish each player's schedule", "Head of Digital"),
    ("renew dbs checks", "Head of Learning"),
    ("written get-in plan", "Touring and Engagements Manager"),
]
# the first-100-days owners in brackets whose title the roster spells otherwise
BRACKET_TITLES = {
    "head of box office": "Head of Ticketing and Customer Services",
    "digital producer": "Digital Content Producer",
    "librarian": "Orchestra Librarian",
    "head of technical": "Hall Technical Manager",
    "head of insight": "Audience Insight Manager",
    "touring manager": "Touring and Engagements Manager",
    "safeguarding lead": "Head of Participation",
}
JOINT_LINE = "the head of learning and the head of participation"
JOINT_POSTS = ("Head of Learning", "Head of Participation")
ACCOUNTABLE = {"Chief Executive", "Finance Director"}

# gap_blocks is a field of the deck-grounded gold that dev13's list predates
_checks.FIELDS = FIELDS | {"gap_blocks"}  # type: ignore[attr-defined]


# =========================================================================== the roster (DOCX)


def roster_rows(org: Path) -> list[list[str]]:
    """The rows of the staff structure's table whose header is ``HEAD`` (header included)."""
    doc = Document(str(org / ROSTER))
    for tab in doc.tables:
        rows = [[c.text.strip() for c in row.cells] for row in tab.rows]
        if rows and rows[0] == HEAD:
            return rows
    return []


def roster(org: Path) -> list[tuple[str, str]]:
    return [
        (r[0], "consult" if r[1] == CONSULT_DEPT else "core")
        for r in roster_rows(org)[1:]
        if r and r[0]
    ]


def sentences(org: Path) -> list[str]:
    return _checks.org_sentences(org)


def roster_form(org: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    doc = Document(str(org / ROSTER))
    kinds = [etree.QName(child).localname for child in doc.element.body]
    if kinds != ["p", "p", "tbl", "sectPr"]:
        errors.append(f"roster: body is {kinds}, not a heading, a paragraph and a table")
    paras = doc.paragraphs
    if len(paras) != 2 or paras[0].style is None or paras[0].style.name != "Heading 1":
        errors.append("roster: no Heading 1 followed by one paragraph above the table")
    if len(doc.tables) != 1:
        errors.append(f"roster: {len(doc.tables)} tables")
    rows = roster_rows(org)
    if not rows:
        errors.append("roster: no table with the header Post / Department / Line manager / ...")
        return errors
    if any(len(r) != 4 or not all(r) for r in rows):
        errors.append("roster: a row without four filled cells")
    posts = [r[0] for r in rows[1:]]
    if not 18 <= len(posts) <= 22:
        errors.append(f"roster: {len(posts)} posts (18 to 22)")
    if len(set(posts)) != len(posts):
        errors.append("roster: a post appears twice")
    for r in rows[1:]:
        if r[2] not in posts and r[2] not in OUTSIDE:
            errors.append(f"roster: {r[0]!r} reports to {r[2]!r}, neither a post nor outside")
    consulted = [r[0] for r in rows[1:] if r[1] == CONSULT_DEPT]
    if consulted != gold["consult_only_roles"]:
        errors.append(f"roster: consultative rows {consulted}")
    joined = [p for p in posts if " and " in p and p not in consulted]
    for post in joined:
        for half in re.split(r" and ", post):
            if half in posts:
                errors.append(f"roster: {half!r} is a post and half of {post!r}")
    if len(joined) < 2 or "Director of Concerts and Planning" not in joined:
        errors.append(f"roster: posts joining two remits with 'and': {joined}")
    for a, b in NAMESAKES:
        if a not in posts or b not in posts:
            errors.append(f"roster: near-namesakes {a!r} / {b!r} not both posts")
    agreement = org / AGREEMENT
    if not agreement.is_file() or not agreement.read_text(encoding="utf-8").startswith(
        "# Local agreement between Haverleigh Symphony Orchestra and its players"
    ):
        errors.append("roster: the players' committee agreement is missing")
    return errors


# =========================================================================== the deck's form


def month_index(year: int, month: int) -> int:
    return (year - START[0]) * 12 + month - START[1]


def step_months() -> list[tuple[int, int]]:
    """Each step from 1 September of its season to the next step's 1 September; the last to
    the end of July 2030, when Festival 2030 closes the plan."""
    close = month_index(2030, 7) + 1
    return [
        (month_index(2027, 9), month_index(2028, 9)),
        (month_index(2028, 9), month_index(2029, 9)),
        (month_index(2029, 9), close),
    ]


def _texts(el: Any) -> list[str]:
    return [
        normalize("".join(t.text or "" for t in p.iter(f"{{{A}}}t"))) for p in el.iter(f"{{{A}}}p")
    ]


def _sizes(el: Any) -> list[int]:
    return [int(r.get("sz", "0")) for r in el.iter(f"{{{A}}}rPr")]


def _geom(el: Any) -> str:
    g = el.find("p:spPr/a:prstGeom", NS)
    return "" if g is None else str(g.get("prst"))


def _top(el: Any) -> int:
    off = el.find("p:spPr/a:xfrm/a:off", NS)
    return int(off.get("y")) if off is not None else 10**9


def _slide_roots(z: zipfile.ZipFile) -> list[Any]:
    names = sorted(
        (n for n in z.namelist() if re.fullmatch(r"ppt/slides/slide\d+\.xml", n)),
        key=lambda n: int(re.findall(r"\d+", n)[0]),
    )
    return [etree.fromstring(z.read(n)) for n in names]


def deck_form(case: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    deck = case / gold["deck"]
    z = zipfile.ZipFile(deck)
    names = z.namelist()
    app = z.read("docProps/app.xml").decode("utf-8")
    if "<Application>Keynote</Application>" not in app or "<AppVersion>" not in app:
        errors.append("app.xml does not name Keynote and its version")
    pres = z.read("ppt/presentation.xml").decode("utf-8")
    if '<p:sldSz cx="12192000" cy="6858000"/>' not in pres:
        errors.append("slide size is not 12192000 x 6858000 without a type")
    roots = _slide_roots(z)
    if not SLIDES[0] <= len(roots) <= SLIDES[1]:
        errors.append(f"{len(roots)} slides ({SLIDES[0]} to {SLIDES[1]})")
    layouts = [n for n in names if re.fullmatch(r"ppt/slideLayouts/slideLayout\d+\.xml", n)]
    if not 1 <= len(layouts) <= 2:
        errors.append(f"{len(layouts)} slide layouts (one or two)")
    buchar: set[int] = set()
    typed: set[int] = set()
    notes = 0
    for k, root in enumerate(roots, start=1):
        raw = etree.tostring(root)
        if root.findall(".//p:ph", NS):
            errors.append(f"slide {k}: a placeholder")
        if b"txBox" in raw:
            errors.append(f"slide {k}: a txBox attribute")
        for c in root.iter(f"{{{P}}}cNvPr"):
            if c.getparent().getparent().getparent().tag == f"{{{P}}}cSld":
                continue  # the shape tree's own properties, unnamed
            if not SHAPE_NAME.fullmatch(c.get("name", "")):
                errors.append(f"slide {k}: shape named {c.get('name')!r}")
        for bp in root.iter(f"{{{A}}}bodyPr"):
            if bp.getparent().getparent().tag == f"{{{A}}}tc":
                continue
            if any(bp.get(i) is None for i in ("lIns", "tIns", "rIns", "bIns")):
                errors.append(f"slide {k}: a bodyPr without explicit insets")
                break
        for p in root.iter(f"{{{A}}}p"):
            if p.find("a:pPr", NS) is None:
                errors.append(f"slide {k}: a paragraph without a:pPr")
                break
            if p.find("a:pPr/a:buChar", NS) is not None:
                buchar.add(k)
            text = "".join(t.text or "" for t in p.iter(f"{{{A}}}t"))
            if re.match(r"(\u2013|\u25b8|\d\.) ", text):
                typed.add(k)
        if any(r.get("sz") is None for r in root.iter(f"{{{A}}}rPr")):
            errors.append(f"slide {k}: a run without a size")
        if k > 1:
            tree = root.find("p:cSld/p:spTree", NS)
            tops = [
                sp
                for sp in tree.findall("p:sp", NS)
                if _top(sp) < 914400 * 1.4 and any(s >= 2800 for s in _sizes(sp))
            ]
            if len(tops) != 1:
                errors.append(f"slide {k}: {len(tops)} title text boxes at the top")
        rels = z.read(f"ppt/slides/_rels/slide{k}.xml.rels").decode("utf-8")
        notes += "notesSlide" in rels
    if len(buchar) < 3 or len(typed) < 3:
        errors.append(f"buChar bullets on {sorted(buchar)}, typed on {sorted(typed)}")
    if not 3 <= notes <= 5:
        errors.append(f"speaker notes on {notes} slides (3 to 5)")
    pages = deck_lines(deck)
    errors += _tiles(roots[TILES_SLIDE - 1], gold)
    errors += _roadmap(roots[ROADMAP_SLIDE - 1], gold)
    errors += _clock(roots, pages, gold)
    errors += _pilot(pages, gold)
    errors += _scope(pages, gold)
    return errors


def _tiles(root: Any, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    kpi_visions = [v for v in gold["visions"] if any(k in v["match"] for k in gold["kpis"])]
    if {v["slide"] for v in kpi_visions} != {TILES_SLIDE}:
        errors.append(f"KPI visions not all on the tiles slide {TILES_SLIDE}")
    groups = root.findall("p:cSld/p:spTree/p:grpSp", NS)
    tiles = {}
    for g in groups:
        kids = g.findall("p:sp", NS)
        if len(kids) != 3:
            continue
        back, big, label = kids
        lines = _texts(label)
        if _geom(back) != "roundRect" or any(_texts(back)) or len(lines) != 2:
            errors.append("tiles: a group that is not a card, a number and a label")
            continue
        if len(_texts(big)) != 1 or min(_sizes(big)) < 3200:
            errors.append(f"tiles: {lines[0]!r} has no big number over its label")
        tiles[lines[0]] = (_texts(big)[0], lines[1])
    blank = []
    for v in kpi_visions:
        if v["match"] not in tiles:
            errors.append(f"tile {v['match']!r}: no grouped tile with that label")
            continue
        number, line = tiles[v["match"]]
        if not line.startswith("from ") and not line.startswith("baseline "):
            errors.append(f"tile {v['match']!r}: no baseline on the label's second line")
        dated = BY_WHEN.search(line) is not None
        if not re.search(r"\d", number) and not dated:
            blank.append(v["match"])
        elif not dated or not re.search(r"\d", number):
            errors.append(f"tile {v['match']!r}: a number without a by-when or the reverse")
    vague = [v["match"] for v in kpi_visions if v["vague"]]
    if len(blank) != 1 or blank != vague:
        errors.append(f"tiles without number and by-when {blank}; vague KPIs {vague}")
    if len(tiles) != len(kpi_visions):
        errors.append(f"{len(tiles)} tiles, {len(kpi_visions)} KPI visions")
    return errors


def _roadmap(root: Any, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    if root.findall(".//a:tbl", NS):
        errors.append("roadmap: a native table (Keynote's roadmap here is drawn with shapes)")
    groups = root.findall("p:cSld/p:spTree/p:grpSp", NS)
    if len(groups) < 6:
        errors.append(f"roadmap: {len(groups)} groups")
        return errors
    heads = [tuple(_texts(sp)) for sp in groups[0].findall("p:sp", NS)]
    if heads != COLUMN_HEADS:
        errors.append(f"roadmap: column heads {heads}")
    columns = [
        (int(sp.find("p:spPr/a:xfrm/a:off", NS).get("x")), _texts(sp)[0])
        for sp in groups[0].findall("p:sp", NS)
    ]
    beyond_x = columns[-1][0]
    bands = groups[1].findall("p:sp", NS)
    band_text = [" ".join(_texts(sp)) for sp in bands]
    if any(_geom(sp) != "roundRect" for sp in bands) or band_text[:3] != STEPS:
        errors.append(f"roadmap: phase bands {band_text}")
    for sp, text in zip(bands, band_text, strict=True):
        x = int(sp.find("p:spPr/a:xfrm/a:off", NS).get("x"))
        inside = x >= beyond_x
        if inside and any(m in text for ph in gold["phases"] for m in ph["match"]):
            errors.append(f"roadmap: a phase band {text!r} in the Beyond column")
        if not inside and text not in STEPS:
            errors.append(f"roadmap: band {text!r} is no step")
    rows = [g for g in groups[2:] if any(_geom(sp) == "roundRect" for sp in g.findall("p:sp", NS))]
    if len(rows) < 4:
        errors.append(f"roadmap: {len(rows)} workstream rows of rounded bars")
    diamonds = root.findall(".//a:prstGeom[@prst='diamond']", NS)
    if len(diamonds) != 2:
        errors.append(f"roadmap: {len(diamonds)} gate diamonds (two)")
    return errors


def _clock(roots: list[Any], pages: dict[int, list[str]], gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    text = "\n".join(x for lines in pages.values() for x in lines)
    if text.count("september 2027 to july 2030") != 1:
        errors.append("clock: 'September 2027 to July 2030' is not in the deck exactly once")
    if not any("2027-2030" in x for x in pages[1]):
        errors.append("clock: the cover does not say 2027-2030")
    if not any("the last night of festival 2030" in x for x in pages[ASKS_SLIDE]):
        errors.append("clock: the asks do not close with the last night of Festival 2030")
    clock = pages[CLOCK_SLIDE]
    for line in (
        "our concert season runs from september to june; the summer festival runs in july.",
        "this plan covers the 2027/28, 2028/29 and 2029/30 seasons: september 2027 to july 2030, "
        "festival 2030 included.",
    ):
        if line not in clock:
            errors.append(f"clock: missing {line!r}")
    if not any(x.startswith("each step hands over to the next on 1 september") for x in clock):
        errors.append("clock: no line saying when a step hands over")
    last = [x for x in clock if "to the last night on saturday 27 july 2030" in x]
    if not last or dt.date(2030, 7, 27).strftime("%A") != "Saturday":
        errors.append("clock: the last night's day and date disagree or are missing")

    months = step_months()
    phases = gold["phases"]
    if len(phases) != len(STEPS):
        errors.append(f"clock: {len(phases)} gold phases, {len(STEPS)} steps")
    for ph, step, (start, end) in zip(phases, STEPS, months, strict=False):
        if ph["match"][0] != step or step not in clock:
            errors.append(f"clock: gold phase {ph['match']} is not the step {step!r}")
        if (ph["start_month"], ph["end_month"]) != (start, end):
            errors.append(f"clock: {step!r} is months {start}-{end} by the clock")
    if gold["horizon_months"] != months[-1][1]:
        errors.append(f"clock: horizon {gold['horizon_months']}, the clock says {months[-1][1]}")

    # the steps undated on the ambition slide
    steps = [
        _texts(sp)
        for sp in roots[AMBITION_SLIDE - 1].iter(f"{{{P}}}sp")
        if _geom(sp) == "homePlate"
    ]
    if [s[0] for s in steps] != ["get ready", "launch", "grow"] or any(
        re.search(r"\d", " ".join(s)) for s in steps
    ):
        errors.append(f"clock: the ambition slide's steps are not undated: {steps}")

    # gates and the milestone
    gate = pages[GATE_SLIDE]
    if "gate 1 · before subscription renewals open in february 2028" not in gate:
        errors.append("gate 1: heading")
    g2 = [x for x in gate if x.startswith("gate 2")]
    if g2 != ["gate 2 · ready for the launch season"] or re.search(MONTHS + r"|20\d\d", g2[0]):
        errors.append(f"gate 2: heading {g2} (no date)")
    crit = [
        m
        for x in gate
        if (
            m := re.search(
                r"all met by (\w+day) (\d+) june 2028, .* on (\w+day) (\d+) july 2028", x
            )
        )
    ]
    if len(crit) != 1:
        errors.append("gate 2: no criteria line with its dates")
    else:
        m = crit[0]
        due, board = dt.date(2028, 6, int(m.group(2))), dt.date(2028, 7, int(m.group(4)))
        if [due.strftime("%A").lower(), board.strftime("%A").lower()] != [m.group(1), m.group(3)]:
            errors.append("gate 2: its criteria's days and dates disagree")
        if not months[0][0] <= month_index(2028, 6) < months[0][1]:
            errors.append("gate 2 does not fall in the first step")
    if month_index(2028, 2) >= months[0][1]:
        errors.append("gate 1 does not fall in the first step")
    if not any(
        x.startswith("milestone · by the opening night of the 2028/29 season") for x in gate
    ):
        errors.append("milestone: not 'by the opening night of the 2028/29 season'")
    if month_index(2028, 9) != months[1][0]:
        errors.append("milestone: opening night 2028/29 is not the start of the second step")

    # the first stream's steps, counted from L
    pilot = pages[PILOT_SLIDE]
    if not any("l = the first stream, thursday 13 january 2028" in x for x in pilot):
        errors.append("pilot: L is not defined")
    if dt.date(2028, 1, 13).strftime("%A") != "Thursday" or not (
        months[0][0] <= month_index(2028, 1) < months[0][1]
    ):
        errors.append("pilot: L is not a Thursday inside the first step")
    relative = [x for x in pilot if re.match(r"▸ l( [-+] \d+ weeks)?: ", x)]
    if len(relative) < 5:
        errors.append(f"pilot: {len(relative)} steps relative to L")

    # the Centenary season lies beyond the horizon
    cent = pages[CENTENARY_SLIDE]
    if "the centenary season 2031/32" not in cent or not any(
        x.startswith("it is not part of this plan") for x in cent
    ):
        errors.append("centenary: slide")
    if month_index(2031, 9) < gold["horizon_months"]:
        errors.append("centenary: inside the horizon")
    return errors


def _pilot(pages: dict[int, list[str]], gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    pilot = gold["pilot"]
    named = [n for n, lines in pages.items() if any(PILOT_UNIT in x for x in lines)]
    if named != [pilot["slide"]] or pilot["slide"] != PILOT_SLIDE:
        errors.append(f"pilot: named whole on slides {named}, gold says {pilot['slide']}")
    alone = sorted(
        n
        for n, lines in pages.items()
        if n != PILOT_SLIDE and any(p in x for p in PILOT_PLACE for x in lines)
    )
    if alone != sorted(pilot["also_slides"]):
        errors.append(f"pilot: named by place alone on {alone}, gold says {pilot['also_slides']}")
    if any("pilot" in x for lines in pages.values() for x in lines):
        errors.append("pilot: the deck says 'pilot'")
    return errors


def _scope(pages: dict[int, list[str]], gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    scope = pages[SCOPE_SLIDE]
    if "not in this plan" not in scope:
        errors.append("scope: no 'Not in this plan' list")
        return errors
    items = scope[scope.index("not in this plan") + 1 :]
    items = [
        x for x in items if not x.startswith("haverleigh symphony orchestra ·") and "/" not in x
    ]
    if len(items) < 4:
        errors.append(f"scope: {len(items)} items (four or more)")
    for seg in gold["scenario_segments"]:
        for alt in seg:
            if any(alt in x for x in items):
                errors.append(f"scope: scenario keyword {alt!r} is in the not-in-scope list")
    return errors


# =========================================================================== the gold's own checks


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
        title = pages[n][1]
        if title in {"roadmap", "actions", "next steps", "risks", "pilot"}:
            errors.append(f"gold: slide {n}'s title {title!r} is no headline")
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
    per_file = sentences_by_file(org, sentences)
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

    # one deck line gives work to two posts joined by "and": both own it
    joint = [x for x in pages[8] if JOINT_LINE in x]
    owned = [e["owners"] for e in entries if joint and any(k in joint[0] for k in e["task"])]
    if len(joint) != 1 or not any(set(JOINT_POSTS) <= set(o) for o in owned):
        errors.append("gold: the line for the Head of Learning and the Head of Participation")

    # the first 100 days: owners in brackets, some by a title the roster spells otherwise
    items = [m for x in pages[FIRST_100_SLIDE] if (m := re.fullmatch(r"(.+) \(([^)]+)\)", x))]
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
        if not owners or not all(post in o for o in owners):
            errors.append(f"gold: {item!r} ({title}) is not owned by {post!r}")
        mapped += 1
    if len(items) < 8 or mapped < 3:
        errors.append(f"gold: {len(items)} bracketed 100-day items, {mapped} retitled")

    for e in gold["accountable"]:
        for r in e["roles"]:
            if r not in ACCOUNTABLE:
                errors.append(f"gold: accountable {r!r} is neither sponsor nor budget holder")
    return errors + gap_block_errors(gold, said, deck_text)


def extra(case: Path) -> list[str]:
    gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
    return roster_form(case / "org", gold) + deck_form(case, gold) + gold_form(case, gold)


CASE = Case(
    name=NAME,
    builder="build_orchestra.py",
    roster=roster,
    org_sentences=sentences,
    core=frozenset({"core"}),
    consult=frozenset({"consult"}),
    extra=extra,
    folder=HERE,
    split="dev31",
)


def dump_org() -> None:
    """The staff structure's rows, then the org sentences the gold was read from."""
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
