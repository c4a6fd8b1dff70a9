"""Consistency checks of the dev32 case ``surveyors-institute`` against its deck and org folder.

Run from the repository root with the project's venv (python-pptx, python-docx and lxml), which
also runs the builder for the rebuild check:

    .venv/bin/python evals/dev32/check_surveyors_institute.py
    .venv/bin/python evals/dev32/check_surveyors_institute.py --dump         (deck lines, roster)
    .venv/bin/python evals/dev32/check_surveyors_institute.py --dump --org   (and org sentences)
    .venv/bin/python evals/dev32/check_surveyors_institute.py --org          (roster rows, org sentences)

The checks are those of ``evals/dev15/_checks.py`` (adapted from ``evals/dev13/check_gold.py``),
imported, not copied, and pointed at this folder (``evals/dev32``, split "dev32") with
``build_surveyors_institute.py`` as the builder, "core" the core tier and "consult" the consult
tier: the rebuild into a temporary folder compared byte for byte, every gold label on a line of
the slide it names, every gap inside one org sentence, no false-gap term in a gap sentence, the
forbidden terms in neither deck nor org, the roster and its tiers. Deck lines are dev13's (one
line per paragraph of every shape in XML order; this deck has no notes). Org sentences are
``_checks.org_sentences``' (Markdown and text as dev13 splits them, the retention schedule's
paragraphs and table rows through its DOCX reader). The gold carries ``gap_blocks`` (a field of
``evals/cases/README.md``'s deck-grounded gold that dev13's field list predates), so the field
list the shared checks compare with is that list plus ``gap_blocks``, checked with
``_checks.gap_block_errors``.

What is this case's own:

- the roster, read from ``org/people/staff-handbook-structure.md``, a staff handbook page whose
  organisation chart is nested Markdown lists: every list item "**Title**: remit" is a post, a
  list item without bold is a directorate heading, nothing else is; items under the heading
  "Bodies we consult" are consult tier, every other post core;
- checks of the roster's form: a handbook page (title, intro, "Organisation chart", "Bodies we
  consult"); indents in steps of two spaces, five levels deep, no item deeper than one step below
  the one before; 18 to 22 posts, none twice, each remit a sentence of eight words or more; the
  four units of the chart; the consulted bodies the gold's consult-only roles; the near-namesake
  posts present; the old titles the deck uses in brackets are no posts;
- checks of the deck's form, as Canva downloads a design as PowerPoint: ``docProps/app.xml``
  naming Canva; the page 1920 x 1080 px (18288000 x 10287000 EMU); 14 to 22 slides; one slide
  master and one layout, "Blank", used by every slide; ZIP entries in sorted name order at one
  fixed time and the document dates fixed; no placeholder, no notes, no table, no picture, no
  group; every shape with text a ``txBox`` with zero insets and every shape without ``txBox``
  without text; six or more text boxes on every content slide, an eyebrow in ``cap="all"``;
- the goal pages: the goals slide's five items each carry an aside (in brackets or after a
  dash) that no vision match reaches into; the KPI slide's tiles (a number text box over a label
  text box on a card; each KPI the first paragraph of one label; one tile of today's figure in
  the row of targets; two tiles with the same target for two channels; exactly one tile without
  a number, the one vague KPI); the summary slide after the goals slide, which every goal of the
  goals slide names again;
- the clock: month 0 is January 2027 ("from 1 January 2027 to 31 December 2029"), so the named
  years on the roadmap give the gold's phases and horizon; the months of a year are said on the
  clock slide, not on the roadmap; the plan's length and cost on the cover; the trial's length
  and the contracts' ends on the clock slide, outside the phases' arithmetic; Gate 1 dated in its
  heading, Gate 2's heading undated and its date ("the June 2028 Council") in its criteria only,
  inside "2028: Move"; the "Beyond 2029" column with no phase in it;
- the pilot: its place and unit named whole on the pilot slide only, the place alone on exactly
  the gold's also-slides; the "Not in this strategy" list of four or more items, none holding a
  scenario keyword;
- checks of the gold beyond ``_checks``: 15 to 25 deck actions in at least five forms, three or
  more on slides titled with headlines; at least two vague visions; 2 to 4 scenario segments; 6
  to 10 gaps stated in at least three org files of three kinds in three folders; at least two
  false-gap groups; 5 to 10 forbidden terms; 15 or more ``remit_owners`` entries, every KPI
  covered; the near-namesakes told apart; the keyword traps kept; the first-90-days owners whose
  bracketed title the roster spells otherwise mapped to the roster's post; the accountable
  roles the sponsor or the budget holder; ``gap_blocks``.

It never runs the planner.
"""

from __future__ import annotations

import json
import re
import sys
import zipfile
from pathlib import Path
from typing import Any

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
NAME = "surveyors-institute"
ROSTER = Path("people") / "staff-handbook-structure.md"
CONSULT_HEADING = "## Bodies we consult"
UNITS = [
    "Office of the Chief Executive",
    "Membership directorate",
    "Standards and Qualifications directorate",
    "Resources directorate",
]
ITEM = re.compile(r"(?P<indent> *)- (?P<text>.+)")
POST = re.compile(r"\*\*(?P<title>[^*]+)\*\*: (?P<remit>.+)")

A = "http://schemas.openxmlformats.org/drawingml/2006/main"
P = "http://schemas.openxmlformats.org/presentationml/2006/main"
NS = {"a": A, "p": P}
SLIDES = (14, 22)
COVER, GOALS_SLIDE, SCOPE_SLIDE, TILES_SLIDE, PILOT_SLIDE = 1, 3, 4, 9, 10
CLOCK_SLIDE, ROADMAP_SLIDE, GATE_SLIDE, SUMMARY_SLIDE = 11, 12, 13, 18
FIRST_90_SLIDE = 15

# The clock: month 0 is January 2027, the first month of the plan; a named year "YYYY: Name"
# runs from January to December of YYYY; a date inside a month counts as that month's number.
START = (2027, 1)
YEARS = {"2027: build": 2027, "2028: move": 2028, "2029: grow": 2029}
PILOT_UNIT = "candidates in the north west branch sitting the spring 2028 professional review"
PILOT_PLACE = "north west"

# deck-action forms by slide, and the slides whose titles are headlines, not "Roadmap"/"Actions"
FORMS = {
    5: "pillar initiative",
    6: "pillar initiative",
    7: "pillar initiative",
    8: "pillar initiative",
    10: "pilot step",
    13: "acceptance criterion",
    14: "risk mitigation",
    15: "first 90 days",
    19: "ask of Council",
}
HEADLINE_SLIDES = {10, 13, 14, 15}
NAMESAKES = [
    ("Head of Membership", "Head of Membership Services"),
    ("Head of Professional Development", "Head of Professional Conduct"),
]
GRADE_WORDS = {"head", "of", "and", "manager", "director", "chief", "the"}
# (a task key of remit_owners, the post a keyword list would pick, wrongly)
KEYWORD_TRAPS = [
    ("recruit and train 60 assessors", "Learning and Development Manager"),
    ("recruit and train 60 assessors", "Head of People"),
    ("change assessment regulation 14", "Head of Assessment"),
    ("scan the 140 open paper case files", "Head of IT"),
    ("scan the 140 open paper case files", "Head of Governance"),
    ("move case study submission", "Head of IT"),
    ("start cleaning merit's member records", "Head of Data and Insight"),
    ("bacs service user number", "Head of Membership Services"),
    ("put renewal online", "Head of Membership"),
    ("let applicants join online", "Head of Membership Services"),
]
# the first-90-days owners in brackets whose title the roster spells otherwise
BRACKET_TITLES = {
    "finance controller": "Financial Controller",
    "head of member services": "Head of Membership Services",
    "data lead": "Head of Data and Insight",
}
ACCOUNTABLE = {"Chief Executive", "Director of Finance and Resources"}
MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"

# gap_blocks is a field of the deck-grounded gold that dev13's list predates
_checks.FIELDS = FIELDS | {"gap_blocks"}  # type: ignore[attr-defined]


# =========================================================================== the roster (Markdown)


def roster_items(org: Path) -> list[tuple[int, str, str, str]]:
    """Every list item of the handbook page: (indent, title or directorate, remit, section);
    a directorate's remit is empty."""
    items: list[tuple[int, str, str, str]] = []
    section = ""
    for line in (org / ROSTER).read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            section = line
            continue
        m = ITEM.fullmatch(line)
        if m is None:
            continue
        post = POST.fullmatch(m.group("text"))
        if post is None:
            items.append((len(m.group("indent")), m.group("text"), "", section))
        else:
            items.append((len(m.group("indent")), post["title"], post["remit"], section))
    return items


def roster(org: Path) -> list[tuple[str, str]]:
    return [
        (title, "consult" if section.startswith(CONSULT_HEADING) else "core")
        for _, title, remit, section in roster_items(org)
        if remit
    ]


def sentences(org: Path) -> list[str]:
    return _checks.org_sentences(org)


def roster_form(org: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    text = (org / ROSTER).read_text(encoding="utf-8")
    lines = text.splitlines()
    if not lines or not lines[0].startswith("# Staff handbook"):
        errors.append("roster: not a staff handbook page")
    heads = [x for x in lines if x.startswith("## ")]
    if heads != ["## Organisation chart", heads[-1]] or not heads[-1].startswith(CONSULT_HEADING):
        errors.append(f"roster: headings {heads}")
    items = roster_items(org)
    if not items:
        return errors + ["roster: no list items"]
    previous = 0
    for indent, title, _, _ in items:
        if indent % 2 or indent > previous + 2:
            errors.append(f"roster: {title!r} is indented {indent}")
        previous = indent
    if max(i for i, *_ in items) != 8:
        errors.append("roster: the chart is not five levels deep")
    units = [t for _, t, remit, _ in items if not remit]
    if units != UNITS:
        errors.append(f"roster: units {units}")
    if any(i != 2 for i, t, remit, _ in items if not remit):
        errors.append("roster: a unit not directly under the Chief Executive")
    posts = [(t, tier) for t, tier in roster(org)]
    core = [t for t, tier in posts if tier == "core"]
    consult = [t for t, tier in posts if tier == "consult"]
    if not 18 <= len(core) <= 22:
        errors.append(f"roster: {len(core)} posts (18 to 22)")
    if len({t for t, _ in posts}) != len(posts):
        errors.append("roster: a post appears twice")
    if consult != gold["consult_only_roles"]:
        errors.append(f"roster: consulted bodies {consult}")
    for _, title, remit, _ in items:
        if remit and (len(remit.split()) < 8 or not remit.endswith(".")):
            errors.append(f"roster: {title!r} has no remit sentence")
    for a, b in NAMESAKES:
        if a not in core or b not in core:
            errors.append(f"roster: near-namesakes {a!r} / {b!r} not both posts")
    lower = {t.lower() for t, _ in posts}
    for old in BRACKET_TITLES:
        if old in lower:
            errors.append(f"roster: the deck's bracketed title {old!r} is a post")
    # every line is a heading, prose, a blank or a list item of the chart
    for line in lines:
        if line.lstrip().startswith("-") and ITEM.fullmatch(line) is None:
            errors.append(f"roster: a stray list line {line!r}")
    return errors


# =========================================================================== the deck's form


def month_index(year: int, month: int) -> int:
    return (year - START[0]) * 12 + month - START[1]


def _texts(el: Any) -> list[str]:
    return [
        normalize("".join(t.text or "" for t in p.iter(f"{{{A}}}t"))) for p in el.iter(f"{{{A}}}p")
    ]


def _sizes(el: Any) -> list[int]:
    return [int(r.get("sz", "0")) for r in el.iter(f"{{{A}}}rPr")]


def _pos(el: Any) -> tuple[int, int]:
    off = el.find("p:spPr/a:xfrm/a:off", NS)
    return int(off.get("x")), int(off.get("y"))


def _is_txbox(sp: Any) -> bool:
    c = sp.find("p:nvSpPr/p:cNvSpPr", NS)
    return c is not None and c.get("txBox") == "1"


def _slide_names(z: zipfile.ZipFile) -> list[str]:
    return sorted(
        (n for n in z.namelist() if re.fullmatch(r"ppt/slides/slide\d+\.xml", n)),
        key=lambda n: int(re.findall(r"\d+", n)[0]),
    )


def package_form(z: zipfile.ZipFile) -> list[str]:
    errors: list[str] = []
    names = z.namelist()
    if names != sorted(names):
        errors.append("package: ZIP entries not in sorted name order")
    if len({i.date_time for i in z.infolist()}) != 1:
        errors.append("package: ZIP entries at more than one time")
    app = z.read("docProps/app.xml").decode("utf-8")
    if "<Application>Canva</Application>" not in app:
        errors.append("package: app.xml does not name Canva")
    core = z.read("docProps/core.xml").decode("utf-8")
    dates = re.findall(r"<dcterms:(created|modified)[^>]*>([^<]+)<", core)
    if len(dates) != 2 or any(
        not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", d) for _, d in dates
    ):
        errors.append("package: core.xml without fixed created and modified dates")
    pres = z.read("ppt/presentation.xml").decode("utf-8")
    if '<p:sldSz cx="18288000" cy="10287000"/>' not in pres:
        errors.append("package: the page is not 1920 x 1080 px (18288000 x 10287000 EMU)")
    masters = [n for n in names if re.fullmatch(r"ppt/slideMasters/slideMaster\d+\.xml", n)]
    layouts = [n for n in names if re.fullmatch(r"ppt/slideLayouts/slideLayout\d+\.xml", n)]
    if len(masters) != 1 or len(layouts) != 1:
        errors.append(f"package: {len(masters)} masters, {len(layouts)} layouts (one each)")
    elif 'name="Blank"' not in z.read(layouts[0]).decode("utf-8"):
        errors.append("package: the one layout is not named Blank")
    if any("notesSlide" in n or "/media/" in n for n in names):
        errors.append("package: notes or media parts")
    slides = _slide_names(z)
    if not SLIDES[0] <= len(slides) <= SLIDES[1]:
        errors.append(f"package: {len(slides)} slides ({SLIDES[0]} to {SLIDES[1]})")
    for k, name in enumerate(slides, start=1):
        rels = z.read(name.replace("slides/", "slides/_rels/") + ".rels").decode("utf-8")
        if rels.count("Relationship ") != 1 or "slideLayout1.xml" not in rels:
            errors.append(f"slide {k}: not on the one layout, or other relationships")
    return errors


def slide_form(z: zipfile.ZipFile) -> tuple[list[str], list[Any]]:
    errors: list[str] = []
    roots = [etree.fromstring(z.read(n)) for n in _slide_names(z)]
    for k, root in enumerate(roots, start=1):
        if root.findall(".//p:ph", NS):
            errors.append(f"slide {k}: a placeholder")
        for tag in ("graphicFrame", "pic", "grpSp"):
            if root.findall(f".//p:{tag}", NS):
                errors.append(f"slide {k}: a {tag}")
        boxes = 0
        for sp in root.iter(f"{{{P}}}sp"):
            has_text = sp.find("p:txBody", NS) is not None
            if has_text != _is_txbox(sp):
                errors.append(f"slide {k}: a shape with text that is no text box, or the reverse")
            if not has_text:
                continue
            boxes += 1
            bp = sp.find("p:txBody/a:bodyPr", NS)
            if any(bp.get(i) != "0" for i in ("lIns", "tIns", "rIns", "bIns")):
                errors.append(f"slide {k}: a text box with insets")
            if any(r.get("sz") is None for r in sp.iter(f"{{{A}}}rPr")):
                errors.append(f"slide {k}: a run without a size")
        if k > 1:
            if boxes < 6:
                errors.append(f"slide {k}: {boxes} text boxes (six or more)")
            first = next(sp for sp in root.iter(f"{{{P}}}sp") if _is_txbox(sp))
            if not all(r.get("cap") == "all" for r in first.iter(f"{{{A}}}rPr")):
                errors.append(f"slide {k}: the eyebrow is not in cap='all'")
    return errors, roots


def tiles_form(root: Any, gold: dict[str, Any]) -> list[str]:
    """The KPI slide: each tile a card, a number text box and a label text box under it."""
    errors: list[str] = []
    sps = list(root.find("p:cSld/p:spTree", NS).findall("p:sp", NS))
    tiles: list[tuple[str, list[str], int]] = []
    for i, sp in enumerate(sps):
        if i < 2 or not _is_txbox(sp) or not _is_txbox(sps[i - 1]) or _is_txbox(sps[i - 2]):
            continue
        big, lbl = _texts(sps[i - 1]), _texts(sp)
        if len(big) != 1 or min(_sizes(sps[i - 1])) < 4000:
            continue
        if _pos(sp)[1] <= _pos(sps[i - 1])[1] or _pos(sp)[0] != _pos(sps[i - 1])[0]:
            errors.append(f"tiles: {lbl[0]!r} is not under its number")
        tiles.append((big[0], lbl, _pos(sp)[1]))
    labels = [lbl[0] for _, lbl, _ in tiles]
    kpis = gold["kpis"]
    blank = []
    for kpi in kpis:
        hits = [t for t in tiles if t[1][0].startswith(kpi) and not t[1][0].endswith("today")]
        if len(hits) != 1:
            errors.append(f"tiles: KPI {kpi!r} heads {len(hits)} tile labels")
            continue
        number, lbl, _ = hits[0]
        if not re.search(r"\d", number):
            blank.append(kpi)
        elif not re.search(r"20\d\d", lbl[0]):
            errors.append(f"tiles: {kpi!r} has a target but no year")
    vague = [k for k in kpis if any(k in v["match"] and v["vague"] for v in gold["visions"])]
    if len(blank) != 1 or blank != vague:
        errors.append(f"tiles: tiles without a number {blank}; vague KPIs {vague}")
    today = [t for t in tiles if t[1][0].endswith("today")]
    if len(today) != 1:
        errors.append(f"tiles: {len(today)} tiles of today's figure")
    else:
        row = [t for t in tiles if t[2] == today[0][2]]
        if len(row) < 4 or not any(k in today[0][1][0] for k in kpis):
            errors.append("tiles: today's figure is not in a row of target tiles of its measure")
        if not any(n in today[0][1][0] for n in gold["not_visions"]):
            errors.append("tiles: today's tile is not a not-vision")
    same: dict[str, list[str]] = {}
    for number, lbl, _ in tiles:
        same.setdefault(number, []).append(lbl[0])
    pairs = [v for v in same.values() if len(v) == 2 and all(any(k in x for k in kpis) for x in v)]
    if not pairs:
        errors.append("tiles: no two KPI tiles with the same target for two channels")
    if len(labels) != len(kpis) + 1:
        errors.append(f"tiles: {len(labels)} tiles, {len(kpis)} KPIs and one of today")
    return errors


def goals_form(pages: dict[int, list[str]], gold: dict[str, Any]) -> list[str]:
    """The goals slide: five goal items, each with an aside no label reaches into; restated on
    the summary slide after it."""
    errors: list[str] = []
    lines = pages[GOALS_SLIDE]
    start = lines.index("five goals") + 1
    goals = [x for x in lines[start:] if not x.isdigit()]
    if len(goals) != 5:
        errors.append(f"goals: {len(goals)} items on slide {GOALS_SLIDE}")
    visions = [v for v in gold["visions"] if v["slide"] == GOALS_SLIDE]
    for goal in goals:
        m = re.search(r" \(.+\)$| - .+$", goal)
        if m is None:
            errors.append(f"goals: {goal!r} has no aside")
            continue
        aside = m.group(0)
        own = [v for v in visions if v["match"] in goal]
        if len(own) != 1:
            errors.append(f"goals: {goal!r} is {len(own)} gold visions, not one")
            continue
        if (
            goal.index(own[0]["match"]) + len(own[0]["match"]) > m.start()
            or own[0]["match"] in aside
        ):
            errors.append(f"goals: the label {own[0]['match']!r} reaches into the aside")
        for key in ("not_visions", "optional_visions"):
            if any(n in goal for n in gold[key]):
                errors.append(f"goals: a {key} entry inside the goal line {goal!r}")
    for v in visions:
        if SUMMARY_SLIDE not in v.get("also_slides", []):
            errors.append(f"goals: {v['match']!r} not restated on the summary slide")
    if SUMMARY_SLIDE <= GOALS_SLIDE:
        errors.append("goals: the summary comes before the goals")
    return errors


def clock_form(pages: dict[int, list[str]], gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    text = [x for lines in pages.values() for x in lines]
    if "our 2027-2029 strategy: three years, £3.6m from reserves" not in pages[COVER]:
        errors.append("clock: the cover does not give the plan's length and cost")
    clock = pages[CLOCK_SLIDE]
    span = "setting out runs for three calendar years, from 1 january 2027 to 31 december 2029."
    if span not in clock or sum(span in x for x in text) != 1:
        errors.append("clock: the plan's dates are not on the clock slide once")
    if not any(x.startswith("2027 is january to december 2027") for x in clock):
        errors.append("clock: the months of a year are not said on the clock slide")
    if any("january to december" in x for x in pages[ROADMAP_SLIDE]):
        errors.append("clock: the roadmap says the months of its years")
    for needle in ("runs for one renewal cycle", "contract runs to september 2033"):
        hits = [x for x in clock if needle in x]
        if len(hits) != 1 or any(m in hits[0] for ph in gold["phases"] for m in ph["match"]):
            errors.append(f"clock: {needle!r} not on the clock slide alone")
    horizon = month_index(2029, 12) + 1
    if gold["horizon_months"] != horizon:
        errors.append(f"clock: horizon {gold['horizon_months']}, the dates say {horizon}")
    road = pages[ROADMAP_SLIDE]
    heads = [x for x in road if x in YEARS or x == "beyond 2029"]
    if heads != [*YEARS, "beyond 2029"]:
        errors.append(f"clock: roadmap column heads {heads}")
    if [ph["match"][0] for ph in gold["phases"]] != list(YEARS):
        errors.append("clock: the gold's phases are not the roadmap's named years")
    for ph in gold["phases"]:
        year = YEARS.get(ph["match"][0])
        if year is None:
            continue
        want = (month_index(year, 1), month_index(year, 12) + 1)
        if (ph["start_month"], ph["end_month"]) != want:
            errors.append(f"clock: {ph['match'][0]!r} is months {want[0]}-{want[1]}")
    beyond = road[road.index("beyond 2029") + 1 :]
    if any(m in x for x in beyond for ph in gold["phases"] for m in ph["match"]):
        errors.append("clock: a phase in the Beyond 2029 column")
    if month_index(2030, 1) < horizon:
        errors.append("clock: Beyond 2029 inside the horizon")

    gate = pages[GATE_SLIDE]
    g1 = [x for x in gate if x.startswith("gate 1")]
    g2 = [x for x in gate if x.startswith("gate 2 ")]
    if g1 != ["gate 1 · december 2027 council · built and tested"]:
        errors.append(f"gate 1: heading {g1}")
    if len(g2) != 1 or re.search(MONTHS + r"|20\d\d", g2[0]):
        errors.append(f"gate 2: heading {g2} (no date)")
    june = [(n, x) for n, lines in pages.items() for x in lines if "june 2028" in x]
    if len(june) != 1 or june[0][0] != GATE_SLIDE:
        errors.append(f"gate 2: 'June 2028' on {[n for n, _ in june]}, not once on the gates slide")
    elif g2 and gate.index(june[0][1]) < gate.index(g2[0]):
        errors.append("gate 2: its date is not among its criteria")
    elif "the june 2028 council" not in june[0][1]:
        errors.append("gate 2: its date is not 'the June 2028 Council'")
    move = next(ph for ph in gold["phases"] if ph["match"][0] == "2028: move")
    if not move["start_month"] <= month_index(2028, 6) < move["end_month"]:
        errors.append("gate 2: June 2028 is not inside 2028: Move")
    build = next(ph for ph in gold["phases"] if ph["match"][0] == "2027: build")
    if not build["start_month"] <= month_index(2027, 12) < build["end_month"]:
        errors.append("gate 1: December 2027 is not inside 2027: Build")
    return errors


def pilot_form(pages: dict[int, list[str]], gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    pilot = gold["pilot"]
    named = [n for n, lines in pages.items() if any(PILOT_UNIT in x for x in lines)]
    if named != [PILOT_SLIDE] or pilot["slide"] != PILOT_SLIDE:
        errors.append(f"pilot: named whole on slides {named}, gold says {pilot['slide']}")
    alone = sorted(
        n for n, lines in pages.items() if n != PILOT_SLIDE and any(PILOT_PLACE in x for x in lines)
    )
    if alone != sorted(pilot["also_slides"]) or any(n < PILOT_SLIDE for n in alone):
        errors.append(f"pilot: named by place alone on {alone}, gold says {pilot['also_slides']}")
    for n in alone:
        if any(PILOT_PLACE in x and "candidates" in x for x in pages[n]):
            errors.append(f"pilot: slide {n} names the unit again")
    scope = pages[SCOPE_SLIDE]
    items = scope[scope.index("not in this strategy") + 1 :]
    if len(items) < 4:
        errors.append(f"scope: {len(items)} items not in scope (four or more)")
    for seg in gold["scenario_segments"]:
        for alt in seg:
            if any(alt in x for x in items):
                errors.append(f"scope: scenario keyword {alt!r} is in the not-in-scope list")
    return errors


def deck_form(case: Path, gold: dict[str, Any]) -> list[str]:
    z = zipfile.ZipFile(case / gold["deck"])
    errors = package_form(z)
    slide_errors, roots = slide_form(z)
    errors += slide_errors
    pages = deck_lines(case / gold["deck"])
    errors += tiles_form(roots[TILES_SLIDE - 1], gold)
    errors += goals_form(pages, gold)
    errors += clock_form(pages, gold)
    errors += pilot_form(pages, gold)
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
        title = pages[n][2]
        if title in {"roadmap", "actions", "next steps", "risks", "pilot", "gates"}:
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
        if not any(k in kpi or kpi in k for k in keys):
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
        if not owners or not all(post in o for o in owners):
            errors.append(f"gold: {item!r} ({title}) is not owned by {post!r}")
        mapped += 1
    if len(items) < 6 or mapped < 3:
        errors.append(f"gold: {len(items)} bracketed 90-day items, {mapped} retitled")

    for e in gold["accountable"]:
        for r in e["roles"]:
            if r not in ACCOUNTABLE:
                errors.append(f"gold: accountable {r!r} is neither sponsor nor budget holder")
    if gold["needs_sponsor_gap"]:
        errors.append("gold: the org names its sponsor, so no sponsor gap is needed")
    return errors + gap_block_errors(gold, said, deck_text)


def extra(case: Path) -> list[str]:
    gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
    return roster_form(case / "org", gold) + deck_form(case, gold) + gold_form(case, gold)


CASE = Case(
    name=NAME,
    builder="build_surveyors_institute.py",
    roster=roster,
    org_sentences=sentences,
    core=frozenset({"core"}),
    consult=frozenset({"consult"}),
    extra=extra,
    folder=HERE,
    split="dev32",
)


def dump_org() -> None:
    """The handbook's list items (the roster rows), then the org sentences."""
    org = HERE / NAME / "org"
    print(f"--- {ROSTER}:")
    for indent, title, remit, section in roster_items(org):
        tier = "consult" if section.startswith(CONSULT_HEADING) else "core"
        print(f"  {' ' * indent}{title}" + (f" [{tier}] | {remit}" if remit else ""))
    print(f"--- roster: {roster(org)}")
    print("--- org sentences:")
    for s in sentences(org):
        print(f"  | {s}")


if __name__ == "__main__":
    if "--org" in sys.argv and "--dump" not in sys.argv:
        dump_org()
        sys.exit(0)
    sys.exit(run(CASE))
