"""Consistency checks of the blind19 case ``ballet-company`` against its deck and org folder.

Run from the repository root with the project's venv (python-pptx, python-docx and lxml), which
also runs the builder for the rebuild check:

    .venv/bin/python evals/blind19/check_ballet_company.py
    .venv/bin/python evals/blind19/check_ballet_company.py --dump         (deck lines by slide)
    .venv/bin/python evals/blind19/check_ballet_company.py --dump --org   (and org sentences)
    .venv/bin/python evals/blind19/check_ballet_company.py --org          (roster rows, sentences)

The checks are those of ``evals/dev15/_checks.py`` (adapted from ``evals/dev13/check_gold.py``),
imported, not copied, and pointed at this folder (``evals/blind19``, split "blind19") with
``build_ballet_company.py`` as the builder, "core" the core tier and "consult" the consult tier.
Deck lines are dev13's (python-pptx: one line per paragraph of every shape, groups opened,
table cells row by row, then the speaker notes); org sentences are ``_checks.org_sentences``'
(its DOCX reader takes the company structure's paragraphs and table rows). The gold carries
``gap_blocks``, a field of the deck-grounded gold (``evals/cases/README.md``) that dev13's field
list predates, so the list the shared checks compare with is widened by it and the field is
checked with ``_checks.gap_block_errors``.

What is this case's own:

- the roster, read with python-docx from ``org/people/company-structure.docx``: the table whose
  header row is Post / Department / Line manager / Key responsibilities; a row of the department
  "Consultative bodies" is consult tier, every other row core;
- the roster's form: the document body is a Heading 1, one paragraph, the table and the sponsor
  paragraph ("Sponsor: the Executive Director is the sponsor ..."), nothing else; 18 to 22
  posts besides the two consultative rows, none twice; every line manager a post, the Board of
  Trustees or the consulted marker; the consultative rows are the gold's consult-only roles; at
  least two posts whose one title joins two remits with "and" ("Director of Artistic Planning
  and Touring" among them), neither half a post; the near-namesake posts; the dancers'
  agreement a Markdown file under ``org/people``;
- the deck's form, as Apple Keynote exports a PPTX: ``docProps/app.xml`` naming Keynote and
  its version; 12192000 x 6858000 without a ``type``; 14 to 22 slides; one or two layouts; no
  placeholder and no ``txBox``; shapes named "Text N", "Shape N", "Group N" or "Table N";
  explicit insets, an ``a:pPr`` on every paragraph, a size on every run; one title text box of
  28 pt or more at the top of every content slide, outside any group; ``a:buChar`` bullets on
  some slides, typed bullets on others; speaker notes on three to five slides; the KPI tiles
  (each KPI vision the first paragraph of a label in a group of a rounded card, a big number of
  32 pt or more and the label, whose second paragraph starts "from" and names a by-when;
  exactly one tile with neither a number nor a by-when, the one vague KPI); the roadmap drawn
  as groups of rounded rectangles, text boxes and diamonds, no table; the risks a native table;
- the clock: month 0 is October 2028 (the opening of the 2028/29 season); each phase runs
  from 1 October of its season to the next phase's 1 October, the last to the end of July 2031
  (the last night of Tour 2031, Saturday 26 July), which gives the gold's phases and horizon;
  "October 2028 to July 2031" is said once, the cover says 2028-2031, the asks close on the
  last night of Tour 2031; the steps are undated on the ambition slide and dated on the clock
  slide; the roadmap's columns are the three seasons and three tours in order with "Later"
  last and no phase band in it; Gate 1 "before membership renewals open in March 2029", Gate
  2's heading without a date (its date in its criteria only, weekdays right), the milestone by
  the opening night of 2029/30; the ticketing steps counted from G (Monday 15 January 2029)
  inside the first phase and before renewals open; the 70th anniversary season 2032/33
  outside the horizon; the first 100 days are 100 days;
- the first city: "the Kinetta cinemas in Callowmere" named whole on its slide only, "Kinetta"
  or "Callowmere" alone on exactly the gold's also-slides, the word "pilot" nowhere;
- the "Not in this plan" list: four or more items, none holding a scenario keyword;
- the gold beyond ``_checks``: 15 to 25 deck actions in at least five forms, three or more on
  slides whose titles are headlines; at least two vague visions; 2 to 4 scenario segments; 6 to
  10 gaps stated in at least three org files of three kinds in three folders; at least two
  false-gap groups; 5 to 10 forbidden terms; 15 or more ``remit_owners`` entries whose keys are
  in the deck or the org folder, every KPI covered; the near-namesakes told apart; the keyword
  traps kept; the deck line that gives work to "the Head of Learning and the Head of Outreach"
  owned by both; the bracketed first-100-days leads that the roster calls by another title
  owned by the roster's post; the accountable roles the sponsor or the finance director;
  ``gap_blocks``.

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
NAME = "ballet-company"
ROSTER = Path("people") / "company-structure.docx"
AGREEMENT = Path("people") / "dancers-agreement.md"
HEAD = ["Post", "Department", "Line manager", "Key responsibilities"]
CONSULT_DEPT = "Consultative bodies"
OUTSIDE = {"Board of Trustees", "Not line-managed (consulted)"}
SPONSOR_START = "Sponsor: the Executive Director is the sponsor"

A = "http://schemas.openxmlformats.org/drawingml/2006/main"
P = "http://schemas.openxmlformats.org/presentationml/2006/main"
NS = {"a": A, "p": P}
SLIDES = (14, 22)
SHAPE_NAME = re.compile(r"(Text|Shape|Group|Table) \d+")
AMBITION_SLIDE, SCOPE_SLIDE, TILES_SLIDE, CLOCK_SLIDE, ROADMAP_SLIDE = 4, 5, 10, 11, 12
CITY_SLIDE, GATE_SLIDE, RISK_SLIDE, FIRST_100_SLIDE = 13, 14, 15, 16
ANNIVERSARY_SLIDE, ASKS_SLIDE, TICKETING_SLIDE, JOINT_SLIDE = 20, 21, 6, 7

# The clock: month 0 is October 2028, the month the 2028/29 season opens; a date counts as its
# month's number; a phase ends in the month the next one starts, the last after July 2031.
START = (2028, 10)
PHASES = [
    "2028/29: lay the ground",
    "2029/30: open up",
    "2030/31 and tour 2031: make it last",
]
STEPS = ["lay the ground", "open up", "make it last"]
COLUMN_HEADS = [
    ("2028/29 season", "oct-may"),
    ("tour 2029", "jun-jul"),
    ("2029/30 season", "oct-may"),
    ("tour 2030", "jun-jul"),
    ("2030/31 season", "oct-may"),
    ("tour 2031", "jun-jul"),
    ("later", "after july 2031"),
]
MONTHS = r"january|february|march|april|may|june|july|august|september|october|november|december"
BY_WHEN = re.compile(
    r"by the 20\d\d/\d\d season|in the 20\d\d/\d\d season|in the 20\d\d/\d\d school year"
    r"|by the (" + MONTHS + r") 20\d\d renewals|by tour 20\d\d"
)
CITY_WHOLE = "the kinetta cinemas in callowmere"
CITY_ALONE = ("kinetta", "callowmere")

# deck-action forms by slide, and the slides whose titles are headlines, not "Roadmap"/"Actions"
FORMS = {
    6: "pillar initiative",
    7: "pillar initiative",
    8: "pillar initiative",
    9: "pillar initiative",
    13: "first-city step",
    14: "gate criterion",
    15: "risk mitigation",
    16: "first 100 days",
    17: "what changes on Monday",
    21: "ask of the board",
}
HEADLINE_SLIDES = {13, 14, 15, 16, 17}
PLAIN_TITLES = {"roadmap", "actions", "next steps", "risks", "pilot", "gates", "first 100 days"}
NAMESAKES = [
    ("Director of Artistic Planning and Touring", "Touring and Transport Manager"),
    ("Head of Dancer Health", "Dancer Welfare Officer"),
    ("Head of Wardrobe", "Wardrobe Stock Coordinator"),
]
JOINED = "Director of Artistic Planning and Touring"
GRADE_WORDS = {"head", "of", "and", "manager", "director", "officer", "coordinator", "chief"}
# (a task key of remit_owners, the post a keyword list would pick, wrongly)
KEYWORD_TRAPS = [
    ("log every injury", "IT Manager"),
    ("friends' records", "Audience Insight Manager"),
    ("direct debit", "Director of Finance and Resources"),
    ("train two teachers", "Head of People"),
    ("certify eight stage crew", "Head of People"),
    ("filming rights", "Head of Digital"),
    ("scenery register", "Touring and Transport Manager"),
]
# the first-100-days leads in brackets whose title the roster spells otherwise
BRACKET_TITLES = {
    "box office manager": "Ticketing and Membership Manager",
    "it lead": "IT Manager",
    "head physio": "Head of Dancer Health",
    "transport manager": "Touring and Transport Manager",
}
JOINT_LINE = "the head of learning and the head of outreach"
JOINT_POSTS = ("Head of Learning", "Head of Outreach")
ACCOUNTABLE = {"Executive Director", "Director of Finance and Resources"}

# gap_blocks is a field of the deck-grounded gold that dev13's list predates
_checks.FIELDS = FIELDS | {"gap_blocks"}  # type: ignore[attr-defined]


# =========================================================================== the roster (DOCX)


def roster_rows(org: Path) -> list[list[str]]:
    """The rows of the company structure's table whose header is ``HEAD`` (header included)."""
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
    if kinds != ["p", "p", "tbl", "p", "sectPr"]:
        errors.append(f"roster: body is {kinds}, not heading, paragraph, table, paragraph")
    paras = doc.paragraphs
    if len(paras) != 3 or paras[0].style is None or paras[0].style.name != "Heading 1":
        errors.append("roster: no Heading 1, one paragraph above the table and one under it")
    elif not paras[2].text.startswith(SPONSOR_START):
        errors.append("roster: the paragraph under the table is not the sponsor paragraph")
    if len(doc.tables) != 1:
        errors.append(f"roster: {len(doc.tables)} tables")
    rows = roster_rows(org)
    if not rows:
        errors.append("roster: no table with the header Post / Department / Line manager / ...")
        return errors
    if any(len(r) != 4 or not all(r) for r in rows):
        errors.append("roster: a row without four filled cells")
    names = [r[0] for r in rows[1:]]
    consulted = [r[0] for r in rows[1:] if r[1] == CONSULT_DEPT]
    posts = [n for n in names if n not in consulted]
    if not 18 <= len(posts) <= 22 or len(names) > 22:
        errors.append(f"roster: {len(posts)} posts and {len(consulted)} bodies (18 to 22 rows)")
    if len(set(names)) != len(names):
        errors.append("roster: a row appears twice")
    for r in rows[1:]:
        if r[2] not in names and r[2] not in OUTSIDE:
            errors.append(f"roster: {r[0]!r} reports to {r[2]!r}, neither a post nor outside")
        if (r[1] == CONSULT_DEPT) != (r[2] == "Not line-managed (consulted)"):
            errors.append(f"roster: {r[0]!r} consultative but line-managed, or the reverse")
    if consulted != gold["consult_only_roles"]:
        errors.append(f"roster: consultative rows {consulted}")
    joined = [p for p in posts if " and " in p]
    for post in joined:
        for half in post.split(" and "):
            if half in names:
                errors.append(f"roster: {half!r} is a post and half of {post!r}")
    if len(joined) < 2 or JOINED not in joined:
        errors.append(f"roster: posts joining two remits with 'and': {joined}")
    for a, b in NAMESAKES:
        if a not in posts or b not in posts:
            errors.append(f"roster: near-namesakes {a!r} / {b!r} not both posts")
    agreement = org / AGREEMENT
    if not agreement.is_file() or not agreement.read_text(encoding="utf-8").startswith(
        "# Dancers' agreement"
    ):
        errors.append("roster: the dancers' agreement is missing")
    return errors


# =========================================================================== the deck's form


def month_index(year: int, month: int) -> int:
    return (year - START[0]) * 12 + month - START[1]


def phase_months() -> list[tuple[int, int]]:
    """Each phase from 1 October of its season to the next phase's 1 October; the last to the
    end of July 2031, when Tour 2031 closes the plan."""
    close = month_index(2031, 7) + 1
    return [
        (month_index(2028, 10), month_index(2029, 10)),
        (month_index(2029, 10), month_index(2030, 10)),
        (month_index(2030, 10), close),
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


def _off(el: Any) -> tuple[int, int]:
    off = el.find("p:spPr/a:xfrm/a:off", NS)
    if off is None:
        return 10**9, 10**9
    return int(off.get("x")), int(off.get("y"))


def _slide_roots(z: zipfile.ZipFile) -> list[Any]:
    names = sorted(
        (n for n in z.namelist() if re.fullmatch(r"ppt/slides/slide\d+\.xml", n)),
        key=lambda n: int(re.findall(r"\d+", n)[0]),
    )
    return [etree.fromstring(z.read(n)) for n in names]


def _weekday(day: dt.date) -> str:
    return day.strftime("%A").lower()


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
        if root.findall(".//p:ph", NS):
            errors.append(f"slide {k}: a placeholder")
        if b"txBox" in etree.tostring(root):
            errors.append(f"slide {k}: a txBox attribute")
        for c in root.iter(f"{{{P}}}cNvPr"):
            if c.getparent().getparent().getparent().tag == f"{{{P}}}cSld":
                continue  # the shape tree's own properties
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
                if _off(sp)[1] < 914400 * 1.2 and any(s >= 2800 for s in _sizes(sp))
            ]
            if len(tops) != 1:
                errors.append(f"slide {k}: {len(tops)} title text boxes at the top")
        rels = z.read(f"ppt/slides/_rels/slide{k}.xml.rels").decode("utf-8")
        notes += "notesSlide" in rels
    if len(buchar) < 3 or len(typed) < 3:
        errors.append(f"buChar bullets on {sorted(buchar)}, typed on {sorted(typed)}")
    if not 3 <= notes <= 5:
        errors.append(f"speaker notes on {notes} slides (3 to 5)")
    if not roots[RISK_SLIDE - 1].findall(".//a:tbl", NS):
        errors.append("risks: not a native table")
    pages = deck_lines(deck)
    errors += _tiles(roots[TILES_SLIDE - 1], gold)
    errors += _roadmap(roots[ROADMAP_SLIDE - 1], gold)
    errors += _clock(roots, pages, gold)
    errors += _city(pages, gold)
    errors += _scope(pages, gold)
    return errors


def _tiles(root: Any, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    kpi_visions = [v for v in gold["visions"] if any(k in v["match"] for k in gold["kpis"])]
    if {v["slide"] for v in kpi_visions} != {TILES_SLIDE}:
        errors.append(f"KPI visions not all on the tiles slide {TILES_SLIDE}")
    tiles = {}
    for g in root.findall("p:cSld/p:spTree/p:grpSp", NS):
        kids = g.findall("p:sp", NS)
        if len(kids) != 3:
            errors.append("tiles: a group that is not three shapes")
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
        if not line.startswith("from "):
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
        errors.append("roadmap: a native table (this Keynote roadmap is drawn with shapes)")
    groups = root.findall("p:cSld/p:spTree/p:grpSp", NS)
    if len(groups) < 8:
        errors.append(f"roadmap: {len(groups)} groups")
        return errors
    heads = [tuple(_texts(sp)) for sp in groups[0].findall("p:sp", NS)]
    if heads != COLUMN_HEADS:
        errors.append(f"roadmap: column heads {heads}")
    later_x = _off(groups[0].findall("p:sp", NS)[-1])[0]
    bands = groups[1].findall("p:sp", NS)
    band_text = [" ".join(_texts(sp)) for sp in bands]
    if any(_geom(sp) != "roundRect" for sp in bands) or band_text[:3] != PHASES:
        errors.append(f"roadmap: phase bands {band_text}")
    for sp, text in zip(bands, band_text, strict=True):
        later = _off(sp)[0] >= later_x
        if later and any(m in text for ph in gold["phases"] for m in ph["match"]):
            errors.append(f"roadmap: a phase band {text!r} in the Later column")
        if not later and text not in PHASES:
            errors.append(f"roadmap: band {text!r} inside the plan is no phase")
        if later and "2032/33" not in text:
            errors.append(f"roadmap: the Later column holds {text!r}")
    rows = [g for g in groups[2:] if any(_geom(sp) == "roundRect" for sp in g.findall("p:sp", NS))]
    if len(rows) < 5:
        errors.append(f"roadmap: {len(rows)} workstream rows of rounded bars")
    diamonds = root.findall(".//a:prstGeom[@prst='diamond']", NS)
    if len(diamonds) != 3:
        errors.append(f"roadmap: {len(diamonds)} diamonds (two gates and the milestone)")
    return errors


def _clock(roots: list[Any], pages: dict[int, list[str]], gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    text = "\n".join(x for lines in pages.values() for x in lines)
    if text.count("october 2028 to july 2031") != 1:
        errors.append("clock: 'October 2028 to July 2031' is not in the deck exactly once")
    if not any("2028-2031" in x for x in pages[1]):
        errors.append("clock: the cover does not say 2028-2031")
    if not any("to the last night of tour 2031" in x for x in pages[ASKS_SLIDE]):
        errors.append("clock: the asks do not run to the last night of Tour 2031")
    clock = pages[CLOCK_SLIDE]
    for line in (
        "our season runs from october to may; the company tours in june and july.",
        "this plan covers the 2028/29, 2029/30 and 2030/31 seasons and the tours after them: "
        "october 2028 to july 2031.",
    ):
        if line not in clock:
            errors.append(f"clock: missing {line!r}")
    if not any("each phase hands over to the next on 1 october" in x for x in clock):
        errors.append("clock: no line saying when a phase hands over")
    last_night = dt.date(2031, 7, 26)
    if not any("saturday 26 july 2031" in x for x in clock) or _weekday(last_night) != "saturday":
        errors.append("clock: the last night's day and date disagree or are missing")

    months = phase_months()
    phases = gold["phases"]
    if len(phases) != len(PHASES):
        errors.append(f"clock: {len(phases)} gold phases, {len(PHASES)} in the deck")
    for ph, name, (start, end) in zip(phases, PHASES, months, strict=False):
        if ph["match"][0] != name or name not in clock:
            errors.append(f"clock: gold phase {ph['match']} is not the phase {name!r}")
        if (ph["start_month"], ph["end_month"]) != (start, end):
            errors.append(f"clock: {name!r} is months {start}-{end} by the clock")
    if gold["horizon_months"] != months[-1][1]:
        errors.append(f"clock: horizon {gold['horizon_months']}, the clock says {months[-1][1]}")

    # the steps undated on the ambition slide
    steps = [
        _texts(sp)
        for sp in roots[AMBITION_SLIDE - 1].iter(f"{{{P}}}sp")
        if _geom(sp) == "homePlate"
    ]
    if [s[0] for s in steps] != STEPS or any(re.search(r"\d", " ".join(s)) for s in steps):
        errors.append(f"clock: the ambition slide's steps are not undated: {steps}")

    # gates and the milestone
    gate = pages[GATE_SLIDE]
    if "gate 1 · before membership renewals open in march 2029" not in gate:
        errors.append("gate 1: heading")
    if not months[0][0] <= month_index(2029, 3) < months[0][1]:
        errors.append("gate 1 does not fall in the first phase")
    g2 = [x for x in gate if x.startswith("gate 2")]
    if g2 != ["gate 2 · ready to open up"] or re.search(MONTHS + r"|20\d\d", g2[0]):
        errors.append(f"gate 2: heading {g2} (no date)")
    crit = [
        m
        for x in gate
        if (
            m := re.search(
                r"all met by (\w+day) (\d+) july 2029, .* on (\w+day) (\d+) september", x
            )
        )
    ]
    if len(crit) != 1:
        errors.append("gate 2: no criteria line with its dates")
    else:
        m = crit[0]
        due, board = dt.date(2029, 7, int(m.group(2))), dt.date(2029, 9, int(m.group(4)))
        if [_weekday(due), _weekday(board)] != [m.group(1), m.group(3)]:
            errors.append("gate 2: its criteria's days and dates disagree")
        if not months[0][0] <= month_index(2029, 9) < months[0][1]:
            errors.append("gate 2 does not fall in the first phase")
    if "milestone · by the opening night of the 2029/30 season" not in gate:
        errors.append("milestone: not 'by the opening night of the 2029/30 season'")
    if month_index(2029, 10) != months[1][0]:
        errors.append("milestone: the 2029/30 opening night is not the second phase's start")

    # the ticketing steps, counted from G
    tick = pages[TICKETING_SLIDE]
    go_live = dt.date(2029, 1, 15)
    if not any("g = monday 15 january 2029" in x for x in tick) or _weekday(go_live) != "monday":
        errors.append("ticketing: G is not defined as Monday 15 January 2029")
    relative = [m for x in tick if (m := re.match(r"▸ g(?: ([-+]) (\d+) (weeks|months))?: ", x))]
    if len(relative) < 4:
        errors.append(f"ticketing: {len(relative)} steps counted from G")
    renewals = dt.date(2029, 3, 1)
    for m in relative:
        if m.group(3) == "weeks":
            sign = -1 if m.group(1) == "-" else 1
            day = go_live + dt.timedelta(weeks=sign * int(m.group(2)))
            if day > renewals:
                errors.append(f"ticketing: {m.group(0)!r} falls after renewals open")
    if not months[0][0] <= month_index(2029, 1) < months[0][1]:
        errors.append("ticketing: G is not inside the first phase")

    # the first 100 days are 100 days
    head = pages[FIRST_100_SLIDE][0]
    m100 = re.search(r"(\w+day) (\d+) october 2028 to (\w+day) (\d+) january 2029", head)
    if not m100:
        errors.append("first 100 days: no dates in the eyebrow")
    else:
        first, last = dt.date(2028, 10, int(m100.group(2))), dt.date(2029, 1, int(m100.group(4)))
        if (last - first).days + 1 != 100 or [_weekday(first), _weekday(last)] != [
            m100.group(1),
            m100.group(3),
        ]:
            errors.append("first 100 days: the dates are not 100 days or their days are wrong")
        if last >= go_live:
            errors.append("first 100 days: they do not end before go-live")

    # the 70th anniversary season lies beyond the horizon
    ann = pages[ANNIVERSARY_SLIDE]
    if "the 70th anniversary season 2032/33" not in ann or not any(
        "is not part of it" in x for x in ann
    ):
        errors.append("anniversary: slide")
    if month_index(2032, 10) < gold["horizon_months"]:
        errors.append("anniversary: inside the horizon")
    return errors


def _city(pages: dict[int, list[str]], gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    pilot = gold["pilot"]
    whole = [n for n, lines in pages.items() if any(CITY_WHOLE in x for x in lines)]
    if whole != [pilot["slide"]] or pilot["slide"] != CITY_SLIDE:
        errors.append(f"first city: named whole on slides {whole}, gold says {pilot['slide']}")
    alone = sorted(
        n
        for n, lines in pages.items()
        if n != CITY_SLIDE and any(p in x for p in CITY_ALONE for x in lines)
    )
    if alone != sorted(pilot["also_slides"]):
        errors.append(f"first city: by name alone on {alone}, gold says {pilot['also_slides']}")
    if any("pilot" in x for lines in pages.values() for x in lines):
        errors.append("first city: the deck says 'pilot'")
    return errors


def _scope(pages: dict[int, list[str]], gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    scope = pages[SCOPE_SLIDE]
    if "not in this plan" not in scope:
        errors.append("scope: no 'Not in this plan' list")
        return errors
    items = [x for x in scope[scope.index("not in this plan") + 1 :] if x.startswith("- ")]
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
        if pages[n][1] in PLAIN_TITLES:
            errors.append(f"gold: slide {n}'s title {pages[n][1]!r} is no headline")
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
    joint = [x for x in pages[JOINT_SLIDE] if JOINT_LINE in x]
    owned = [e["owners"] for e in entries if joint and any(k in joint[0] for k in e["task"])]
    if len(joint) != 1 or not owned or not all(set(JOINT_POSTS) <= set(o) for o in owned):
        errors.append("gold: the line for the Head of Learning and the Head of Outreach")

    # the first 100 days: leads in brackets, some by a title the roster spells otherwise
    items = [m for x in pages[FIRST_100_SLIDE] if (m := re.fullmatch(r"(.+) \(([^)]+)\)", x))]
    lower = {r.lower(): r for r in roles}
    retitled = 0
    for m in items:
        item, title = m.group(1), m.group(2)
        post = lower.get(title) or BRACKET_TITLES.get(title)
        if post is None or post not in roles:
            errors.append(f"gold: bracketed lead {title!r} maps to no post")
            continue
        owners = [e["owners"] for e in entries if any(k in item for k in e["task"])]
        if not owners or not all(post in o for o in owners):
            errors.append(f"gold: {item!r} ({title}) is not owned by {post!r}")
        retitled += title not in lower
    if len(items) < 8 or retitled < 3:
        errors.append(f"gold: {len(items)} bracketed 100-day items, {retitled} retitled")

    for e in gold["accountable"]:
        for r in e["roles"]:
            if r not in ACCOUNTABLE:
                errors.append(f"gold: accountable {r!r} is neither sponsor nor finance director")
    return errors + gap_block_errors(gold, said, deck_text)


def extra(case: Path) -> list[str]:
    gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
    return roster_form(case / "org", gold) + deck_form(case, gold) + gold_form(case, gold)


CASE = Case(
    name=NAME,
    builder="build_ballet_company.py",
    roster=roster,
    org_sentences=sentences,
    core=frozenset({"core"}),
    consult=frozenset({"consult"}),
    extra=extra,
    folder=HERE,
    split="blind19",
)


def dump_org() -> None:
    """The company structure's rows, then the org sentences the gold was read from."""
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
