"""Consistency checks of the blind20 case ``mental-health-community`` against its deck and org folder.

Run from the repository root with the project's venv (python-pptx, lxml, python-docx, pypdf):

    .venv/bin/python evals/blind20/check_mental_health_community.py
    .venv/bin/python evals/blind20/check_mental_health_community.py --dump   (deck lines by slide, roster)
    .venv/bin/python evals/blind20/check_mental_health_community.py --org    (roster rows, org sentences)

The checks are those of ``evals/dev15/_checks.py`` (adapted from ``evals/dev13/check_gold.py``),
imported, not copied, and pointed at this folder (``evals/blind20``, split "blind20") with
``build_mental_health_community.py`` as the builder, "core" the core tier and "consult" the
consult tier. Deck lines are dev13's (one line per paragraph of every shape and table cell, in
the slide's shape order). The gold carries ``gap_blocks`` (a field of the deck-grounded gold
that dev13's field list predates), so the field list the shared checks compare with is that
list plus ``gap_blocks``, checked with ``_checks.gap_block_errors``.

What is this case's own:

- the roster, read with the standard library's ``csv`` from ``org/people/esr-establishment.csv``
  (an ESR establishment export: Post Title / Staff Group / Band / Reports To / Main Duties); a
  row whose "Reports To" is "Consulted only" is consult tier, every other row core;
- org sentences: ``_checks.org_sentences`` with a reader for ``.csv`` (each row's cells joined by
  spaces, as ``_checks`` reads a TSV);
- checks of the roster's form: the header, CRLF line ends only, cells holding a comma quoted,
  18 to 22 rows, no post twice, bands as ESR writes them, every "Reports To" a post, the Chief
  Executive or "Consulted only"; the two consulted rows are the gold's consult-only roles and
  sit in the "Non-ESR (consultative body)" staff group; the near-namesake posts are there;
- checks of the deck's form, as PowerPoint saves a 16:9 deck: ZIP entries sorted by name, one
  fixed time; ``app.xml`` names Microsoft Office PowerPoint 16 and "Widescreen"; fixed created
  and modified dates; ``sldSz`` 12192000 x 6858000 without a 4:3 ``type``; the master's and
  layouts' placeholders widened to the 16:9 width; every slide on its expected standard layout
  with a title placeholder; footer and slide-number placeholders on every slide but the cover;
- the goal pages: the pillar slides' two columns ("What we see today" beside "What we commit
  to": every vision of the slide in the commit column, no vision text in the today column, a
  figure of today beside a goal); the goal list whose items carry asides (each item one vision,
  no vision match holding its aside, the aside with a date on the vague one); the KPI table (a
  table inserted into the content placeholder, its header, every KPI a row, two rows with the
  same target and by-when for different services, the vague row "Higher" with no date); the
  big-number tiles (one tile a figure of today, a not-vision; three targets restating visions);
  the one-page summary after the slides that said its goals first;
- the clock: the length said with the cost on the money slide only, the horizon three years
  from April 2027; phases named without dates on one slide and dated in the roadmap's header on
  another, the gold phases counted from those dates (month 0 = April 2027); the contract's
  "runs to 2035" and the video pilot's "runs 10 weeks" on the roadmap slide only; no budget
  line a vision;
- the pilot: its place and unit named on its own slide only, later slides naming the place
  alone, every one of them in ``also_slides``;
- checks of the gold beyond ``_checks``: 15 to 25 deck actions in at least five forms, at least
  three on slides whose titles are headlines; at least two vague visions; 2 to 4 scenario
  segments on deck lines, none in the "Not in scope" list; 6 to 10 gaps stated in at least
  three org files of three folders and two kinds; at least two false-gap groups; 5 to 10
  forbidden terms; 15 or more ``remit_owners`` entries, every key in the deck or the org folder,
  every KPI covered; the near-namesake posts told apart; the keyword traps kept; the
  first-90-days leads in brackets mapped to the roster's posts, most of them by another title;
  the accountable role the senior responsible owner; ``gap_blocks``.

It never runs the planner.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
import zipfile
from pathlib import Path
from typing import Any

from lxml import etree
from pptx import Presentation

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
NAME = "mental-health-community"
ROSTER = Path("people") / "esr-establishment.csv"
HEAD = ["Post Title", "Staff Group", "Band", "Reports To", "Main Duties"]
CONSULTED = "Consulted only"
CONSULT_GROUP = "Non-ESR (consultative body)"
OUTSIDE = {"Chief Executive", CONSULTED}
BAND = re.compile(r"^(VSM|Consultant|Band [5-9][a-d]?|n/a)$")

A = "http://schemas.openxmlformats.org/drawingml/2006/main"
P = "http://schemas.openxmlformats.org/presentationml/2006/main"
NS = {"a": A, "p": P}
ZIP_TIME = (2027, 1, 21, 16, 40, 12)
CREATED = "2026-11-30T09:12:00Z"
MODIFIED = "2027-01-21T16:40:00Z"
WIDE, HIGH, OLD_WIDE = 12192000, 6858000, 9144000
SLIDES = 21

TILES, SCOPE, ASIDES, KPI, PHASES, PILOT, ROADMAP = 4, 5, 10, 11, 12, 13, 14
RISKS, FIRST_90, MONEY, SUMMARY, CONTEXT = 15, 16, 17, 19, 2
PILLARS = [6, 7, 8, 9]
LAYOUTS = {1: "Title Slide", 4: "Title Only", 5: "Two Content", 10: "Two Content"}
LAYOUTS |= {n: "Comparison" for n in PILLARS}
LAYOUTS |= {14: "Title Only", 15: "Title Only"}
CONTENT_LAYOUT = "Title and Content"

MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
DATE = re.compile(r"\b(" + "|".join(MONTHS) + r") 20\d\d\b")
START = (2027, 4)  # month 0
LENGTH_AND_COST = "a three-year, \u00a37.2m programme from april 2027"
UNIT = "the ashgill north community team and its 11 gp practices"
PLACE = "ashgill north"

# deck-action forms by slide, and the slides whose titles are headlines, not "Roadmap"/"Actions"
FORMS = {
    6: "pillar initiative",
    7: "pillar initiative",
    8: "pillar initiative",
    9: "pillar initiative",
    10: "pillar initiative",
    12: "phase acceptance criterion",
    13: "pilot step",
    15: "risk mitigation",
    16: "first 90 days",
}
HEADLINE_SLIDES = {12, 13, 15, 16}
NAMESAKES = [
    ("Crisis Services Manager", "Crisis Line Manager"),
    ("Head of Performance and Information", "Head of Information Governance"),
]
GRADE_WORDS = {"chief", "head", "of", "manager", "director", "officer", "lead", "and", "the"}
# (a task key of remit_owners, the post a keyword list would pick, wrongly)
KEYWORD_TRAPS = [
    ("train 420 staff", "Head of Learning and Development"),
    ("information sharing agreement", "Head of Performance and Information"),
    ("clinical safety case", "Director of Nursing and Quality"),
    ("band the peer support worker role", "Peer Support Lead"),
    ("calls answered within 60 seconds", "Crisis Services Manager"),
    ("text reminders", "Head of Digital Services"),
    ("screens and cameras", "Head of Community Mental Health Teams"),
]
# the first-90-days leads in brackets whose title the roster spells otherwise
BRACKET_TITLES = {
    "epr programme lead": "EPR Programme Manager",
    "head of ig": "Head of Information Governance",
    "head of performance & information": "Head of Performance and Information",
    "ccio": "Chief Clinical Information Officer",
    "head of l&d": "Head of Learning and Development",
    "spa manager": "Single Point of Access Manager",
}
ACCOUNTABLE = {"Chief Operating Officer"}
NOT_GOALS = [
    "in 2022 we set out to see everyone",
    "norland valley, our neighbouring trust, answers 92%",
    "agency spend stays within the \u00a31.9m cap",
]

# gap_blocks is a field of the deck-grounded gold that dev13's list predates
_checks.FIELDS = FIELDS | {"gap_blocks"}  # type: ignore[attr-defined]


# =========================================================================== the roster (CSV)


def csv_rows(path: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8"), newline="")))


def post_rows(org: Path) -> list[list[str]]:
    path = org / ROSTER
    if not path.is_file():
        return []
    rows = csv_rows(path)
    if not rows or rows[0] != HEAD:
        return []
    return [[c.strip() for c in r] for r in rows[1:] if r and r[0].strip()]


def roster(org: Path) -> list[tuple[str, str]]:
    """(post, tier) of every row: consult for the bodies consulted only, else core."""
    return [(r[0], "consult" if r[3] == CONSULTED else "core") for r in post_rows(org)]


def _csv_parts(path: Path) -> list[str]:
    return [" ".join(c for c in row if c) for row in csv_rows(path) if any(row)]


def sentences(org: Path) -> list[str]:
    return _checks.org_sentences(org, {".csv": _csv_parts})


def roster_form(org: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    raw = (org / ROSTER).read_bytes()
    text = raw.decode("utf-8")
    if raw.startswith(b"\xef\xbb\xbf"):
        errors.append("roster: a byte-order mark")
    if text.count("\n") != text.count("\r\n") or not text.endswith("\r\n"):
        errors.append("roster: line ends are not all CRLF")
    lines = text.split("\r\n")[:-1]
    rows = csv_rows(org / ROSTER)
    if rows[0] != HEAD:
        errors.append(f"roster: header {rows[0]}")
    if len(lines) != len(rows):
        errors.append("roster: a cell spans lines")
    for line, row in zip(lines, rows, strict=False):
        if len(row) != 5:
            errors.append(f"roster: {len(row)} cells in {row[:1]}")
        for cell in row:
            if "," in cell and f'"{cell}"' not in line:
                errors.append(f"roster: a cell with a comma not quoted: {cell[:40]!r}")
    posts = post_rows(org)
    names = [r[0] for r in posts]
    if not 18 <= len(names) <= 22:
        errors.append(f"roster: {len(names)} rows (18 to 22)")
    if len(set(names)) != len(names):
        errors.append("roster: a post appears twice")
    if sum("," in n for n in names) < 1:
        errors.append("roster: no post title with a comma")
    for r in posts:
        if not BAND.match(r[2]):
            errors.append(f"roster: band {r[2]!r} of {r[0]!r}")
        if r[3] not in names and r[3] not in OUTSIDE:
            errors.append(f"roster: {r[0]!r} reports to {r[3]!r}, no post")
        if not r[4]:
            errors.append(f"roster: {r[0]!r} has no main duties")
    consult = [r[0] for r in posts if r[3] == CONSULTED]
    if sorted(consult) != sorted(gold["consult_only_roles"]) or len(consult) != 2:
        errors.append(f"roster: consulted rows {consult} are not the gold's")
    if any(r[1] != CONSULT_GROUP or r[2] != "n/a" for r in posts if r[3] == CONSULTED):
        errors.append("roster: a consulted row outside the consultative bodies")
    if any(r[1] == CONSULT_GROUP for r in posts if r[3] != CONSULTED):
        errors.append("roster: a post in the consultative bodies' group")
    for a, b in NAMESAKES:
        if a not in names or b not in names:
            errors.append(f"roster: near-namesakes {a!r} / {b!r} not both posts")
    return errors


# =========================================================================== the deck's form


def _ph_types(shape: Any) -> str | None:
    ph = shape.element.find(".//p:nvPr/p:ph", NS)
    if ph is None:
        return None
    return ph.get("type", "obj")


def _para_texts(shape: Any) -> list[str]:
    if not shape.has_text_frame:
        return []
    return [_norm(p.text) for p in shape.text_frame.paragraphs if p.text.strip()]


def _norm(text: str) -> str:
    return normalize(text)


def _vision_texts(gold: dict[str, Any]) -> list[str]:
    return [t for v in gold["visions"] for t in [v["match"], *v.get("alternatives", [])]]


def _months(word: str, year: str) -> int:
    return (int(year) - START[0]) * 12 + MONTHS.index(word) + 1 - START[1]


def package_form(deck: Path) -> list[str]:
    errors: list[str] = []
    with zipfile.ZipFile(deck) as z:
        infos = z.infolist()
        names = [i.filename for i in infos]
        if names != sorted(names) or names[0] != "[Content_Types].xml":
            errors.append("package: entries not sorted by name")
        if any(i.date_time != ZIP_TIME for i in infos):
            errors.append("package: an entry not at the fixed time")
        app = z.read("docProps/app.xml").decode("utf-8")
        core = z.read("docProps/core.xml").decode("utf-8")
        pres = etree.fromstring(z.read("ppt/presentation.xml"))
        master = etree.fromstring(z.read("ppt/slideMasters/slideMaster1.xml"))
        layouts = [
            etree.fromstring(z.read(n))
            for n in names
            if re.fullmatch(r"ppt/slideLayouts/slideLayout\d+\.xml", n)
        ]
    for want in (
        "<Application>Microsoft Office PowerPoint</Application>",
        "<AppVersion>16.0000</AppVersion>",
        "<PresentationFormat>Widescreen</PresentationFormat>",
        f"<Slides>{SLIDES}</Slides>",
    ):
        if want not in app:
            errors.append(f"app.xml: no {want}")
    for tag, when in (("created", CREATED), ("modified", MODIFIED)):
        if not re.search(rf"<dcterms:{tag}[^>]*>{when}</dcterms:{tag}>", core):
            errors.append(f"core.xml: {tag} is not {when}")
    size = pres.find("p:sldSz", NS)
    if size is None or (size.get("cx"), size.get("cy")) != (str(WIDE), str(HIGH)):
        errors.append("presentation: the slide size is not 16:9 at 12192000 x 6858000")
    elif size.get("type") is not None:
        errors.append(f"presentation: sldSz keeps the type {size.get('type')!r}")
    for root in [master, *layouts]:
        rights = [
            int(off.get("x")) + int(ext.get("cx"))
            for xfrm in root.iter(f"{{{A}}}xfrm")
            for off, ext in [(xfrm.find("a:off", NS), xfrm.find("a:ext", NS))]
            if off is not None and ext is not None and int(ext.get("cx")) > 0
        ]
        if rights and (max(rights) > WIDE or max(rights) <= OLD_WIDE):
            errors.append("package: a master or layout not widened to 16:9")
            break
    return errors


def slide_form(deck: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    prs = Presentation(str(deck))
    slides = list(prs.slides)
    if len(slides) != SLIDES or not 14 <= len(slides) <= 22:
        errors.append(f"{len(slides)} slides")
        return errors
    for n, slide in enumerate(slides, start=1):
        want = LAYOUTS.get(n, CONTENT_LAYOUT)
        if slide.slide_layout.name != want:
            errors.append(f"slide {n}: layout {slide.slide_layout.name!r}, not {want!r}")
        kinds = [_ph_types(sh) for sh in slide.shapes]
        if "title" not in kinds and "ctrTitle" not in kinds:
            errors.append(f"slide {n}: no title placeholder")
        elif not slide.shapes.title.text_frame.text.strip():
            errors.append(f"slide {n}: an empty title")
        feet = ("ftr" in kinds, "sldNum" in kinds)
        if feet != ((False, False) if n == 1 else (True, True)):
            errors.append(f"slide {n}: footer placeholders {feet}")
        if n > 1:
            num = [sh for sh in slide.shapes if _ph_types(sh) == "sldNum"]
            fld = num[0].element.find(".//a:fld", NS) if num else None
            if fld is None or fld.get("type") != "slidenum" or _norm(num[0].text) != str(n):
                errors.append(f"slide {n}: the slide number is not a slidenum field")
    visions = _vision_texts(gold)

    # the pillar slides: today beside commit
    for n in PILLARS:
        shapes = {sh.placeholder_format.idx: sh for sh in slides[n - 1].placeholders}
        heads = (_para_texts(shapes[1]), _para_texts(shapes[3]))
        if heads != (["what we see today"], ["what we commit to"]):
            errors.append(f"slide {n}: column heads {heads}")
            continue
        today, commit = _para_texts(shapes[2]), _para_texts(shapes[4])
        mine = [
            v["match"] for v in gold["visions"] if v["slide"] == n or n in v.get("also_slides", [])
        ]
        if not mine:
            errors.append(f"slide {n}: no vision in the commit column")
        for v in gold["visions"]:
            if v["slide"] == n and not any(v["match"] in x for x in commit):
                errors.append(f"slide {n}: vision {v['match']!r} outside the commit column")
        if any(t in x for t in visions for x in today):
            errors.append(f"slide {n}: vision text in the today column")
        if not any(re.search(r"\d", x) for x in today):
            errors.append(f"slide {n}: no figure of today beside the goals")
        boxes = [
            sh
            for sh in slides[n - 1].shapes
            if sh.element.find(".//p:cNvSpPr[@txBox='1']", NS) is not None
        ]
        if len(boxes) != 1 or _para_texts(boxes[0])[0] != "how we will get there":
            errors.append(f"slide {n}: no 'How we will get there' text box")
    if not any(
        re.search(r"\d+%", x)
        for n in (8, 9)
        for x in _para_texts(
            {sh.placeholder_format.idx: sh for sh in slides[n - 1].placeholders}[2]
        )
    ):
        errors.append("pillars: no percentage of today beside a percentage goal")

    # the goal list with asides
    left = {sh.placeholder_format.idx: sh for sh in slides[ASIDES - 1].placeholders}[1]
    items = _para_texts(left)
    if items[0] != "our goals":
        errors.append(f"slide {ASIDES}: goals headed {items[0]!r}")
    aside = re.compile(r" (\([^)]+\)|- .+)$")
    for item in items[1:]:
        m = aside.search(item)
        hits = [v for v in gold["visions"] if v["slide"] == ASIDES and v["match"] in item]
        if m is None or len(hits) != 1:
            errors.append(f"slide {ASIDES}: {item!r}: aside {bool(m)}, visions {len(hits)}")
            continue
        if m.group(1) in hits[0]["match"] or any(
            m.group(1) in a for a in hits[0].get("alternatives", [])
        ):
            errors.append(f"slide {ASIDES}: the aside is in the label of {item!r}")
        if DATE.search(m.group(1)) and not hits[0]["vague"]:
            errors.append(f"slide {ASIDES}: {item!r}'s dated aside is no by-when; vague")
    if len(items) != 5:
        errors.append(f"slide {ASIDES}: {len(items) - 1} goals with asides (four)")

    errors += _kpi_table(slides[KPI - 1], gold)
    errors += _tiles(slides[TILES - 1], gold)
    return errors


def _kpi_table(slide: Any, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    frames = [sh for sh in slide.shapes if sh.has_table]
    if len(frames) != 1 or _ph_types(frames[0]) != "obj":
        return [f"slide {KPI}: the KPI table is not one table in the content placeholder"]
    rows = [[_norm(c.text) for c in r.cells] for r in frames[0].table.rows]
    if rows[0] != [h.lower() for h in ("Measure", "Baseline 2025/26", "Target", "By when")]:
        errors.append(f"slide {KPI}: KPI header {rows[0]}")
    kpi_visions = [v for v in gold["visions"] if v["slide"] == KPI]
    if len(kpi_visions) != len(rows) - 1 or len(gold["kpis"]) != len(rows) - 1:
        errors.append(f"slide {KPI}: {len(rows) - 1} rows, {len(kpi_visions)} KPI visions")
    by_target: dict[tuple[str, str], list[str]] = {}
    for v in kpi_visions:
        row = [r for r in rows[1:] if v["match"] in r[0]]
        if len(row) != 1:
            errors.append(f"slide {KPI}: {v['match']!r} is not one row")
            continue
        _, _, target, when = row[0]
        dated = re.fullmatch(r"(" + "|".join(MONTHS) + r") 20\d\d", when) is not None
        if v["vague"] != (target == "higher" and not dated) or (not v["vague"] and not dated):
            errors.append(f"slide {KPI}: {v['match']!r} target {target!r}, by when {when!r}")
        by_target.setdefault((target, when), []).append(v["match"])
    same = [ms for ms in by_target.values() if len(ms) == 2]
    if len(same) != 1 or any(m not in gold["kpis"] for m in same[0]):
        errors.append(f"slide {KPI}: KPI rows sharing a target and by-when {same}")
    elif "crisis line" not in same[0][0] or "gp" not in same[0][1]:
        errors.append(f"slide {KPI}: the shared target is not the crisis line's and the GPs'")
    return errors


def _tiles(slide: Any, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    tiles = [
        sh
        for sh in slide.shapes
        if sh.element.find(".//a:prstGeom[@prst='roundRect']", NS) is not None
    ]
    if len(tiles) != 4:
        return [f"slide {TILES}: {len(tiles)} tiles"]
    today = []
    for t in tiles:
        paras = _para_texts(t)
        if len(paras) != 2 or not re.fullmatch(r"[\d,%]+", paras[0]):
            errors.append(f"slide {TILES}: tile {paras}")
            continue
        label = paras[1]
        if " by " in label:
            hits = [
                v
                for v in gold["visions"]
                if TILES in v.get("also_slides", [])
                and any(t in label for t in [v["match"], *v.get("alternatives", [])])
            ]
            if len(hits) != 1:
                errors.append(f"slide {TILES}: target tile {label!r} restates {len(hits)}")
        if " by " not in label:
            today.append(label)
    if len(today) != 1 or not any(today[0] in x or x in today[0] for x in gold["not_visions"]):
        errors.append(f"slide {TILES}: tiles of today {today} (one, a not-vision)")
    return errors


def clock_and_pilot(pages: dict[int, list[str]], gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    where = [n for n, lines in pages.items() if any(LENGTH_AND_COST in x for x in lines)]
    if where != [MONEY]:
        errors.append(f"clock: the length and cost said on slides {where}")
    if gold["horizon_months"] != 36:
        errors.append("clock: a three-year programme from April 2027 is 36 months")
    for x in pages[MONEY]:
        if any(t in x for t in _vision_texts(gold)):
            errors.append(f"clock: a budget line holds a vision: {x!r}")
    named = [x for x in pages[PHASES] if not x.startswith("open door 2030 \u00b7")]
    for k, word in enumerate(["stabilise", "connect", "extend"], start=1):
        if f"year {k}: {word}" not in named:
            errors.append(f"phases: 'Year {k}: {word}' not named on slide {PHASES}")
    if any(DATE.search(x) for x in named):
        errors.append(f"phases: a date on slide {PHASES}, which names the phases")
    dated: dict[str, tuple[int, int]] = {}
    for x in pages[ROADMAP]:
        m = re.fullmatch(r"year (\d) \u00b7 (\w+) (20\d\d) to (\w+) (20\d\d)", x)
        if m:
            dated[f"year {m[1]}"] = (_months(m[2], m[3]), _months(m[4], m[5]) + 1)
    if len(dated) != 3:
        errors.append(f"clock: roadmap years {dated}")
    for ph in gold["phases"]:
        hit = [dated[m] for m in ph["match"] if m in dated]
        if hit != [(ph["start_month"], ph["end_month"])]:
            errors.append(f"clock: phase {ph['match']} dated {hit} on slide {ROADMAP}")
        if not any(m in x for m in ph["match"] for x in named):
            errors.append(f"clock: phase {ph['match']} not named on slide {PHASES}")
    if max((e for _, e in dated.values()), default=0) != gold["horizon_months"]:
        errors.append("clock: the roadmap's last year does not end at the horizon")
    for words in ("runs to 2035", "runs 10 weeks"):
        at = [n for n, lines in pages.items() if any(words in x for x in lines)]
        if at != [ROADMAP]:
            errors.append(f"clock: {words!r} on slides {at}")
    if [n for n, lines in pages.items() if any("2035" in x for x in lines)] != [ROADMAP]:
        errors.append("clock: 2035 outside the roadmap slide")

    pilot = gold["pilot"]
    unit = [n for n, lines in pages.items() if any(UNIT in x for x in lines)]
    if unit != [PILOT] or pilot["slide"] != PILOT or pilot["match"] != [PLACE]:
        errors.append(f"pilot: named with its unit on slides {unit}")
    later = [n for n, lines in pages.items() if n != PILOT and any(PLACE in x for x in lines)]
    if later != sorted(pilot["also_slides"]) or min(later, default=0) <= PILOT:
        errors.append(f"pilot: place named on {later}, also_slides {pilot['also_slides']}")

    for line in NOT_GOALS:
        if not any(line in x for x in gold["not_visions"]):
            errors.append(f"not-goals: {line!r} is no not-vision")
        if not any(line in x for lines in pages.values() for x in lines):
            errors.append(f"not-goals: {line!r} is not in the deck")
    summary = [v for v in gold["visions"] if SUMMARY in v.get("also_slides", [])]
    if len(summary) < 4 or any(v["slide"] >= SUMMARY for v in summary):
        errors.append(f"summary: {len(summary)} goals restated, each said first before it")
    for x in pages[CONTEXT][1:]:
        if any(t in x for t in _vision_texts(gold)):
            errors.append(f"context: a vision's words on the why-now slide: {x!r}")
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
        if pages[n][0] in {"roadmap", "actions", "next steps", "risks", "first 90 days"}:
            errors.append(f"gold: slide {n}'s title {pages[n][0]!r} is no headline")
    if sum(v["vague"] for v in gold["visions"]) < 2:
        errors.append("gold: fewer than two vague visions")

    segs = gold["scenario_segments"]
    if not 2 <= len(segs) <= 4:
        errors.append(f"gold: {len(segs)} scenario segments (2 to 4)")
    scope = pages[SCOPE]
    out_of_scope = scope[scope.index("not in scope") + 1 :]
    for seg in segs:
        for alt in seg:
            if not any(alt in x for x in deck_text):
                errors.append(f"gold: scenario keyword {alt!r} is on no deck line")
            if any(alt in x for x in out_of_scope):
                errors.append(f"gold: scenario keyword {alt!r} is in the not-in-scope list")

    gaps = gold["gaps"]
    if not 6 <= len(gaps) <= 10:
        errors.append(f"gold: {len(gaps)} gaps (6 to 10)")
    per_file = sentences_by_file(org, sentences)
    files = {f for f, ss in per_file.items() for gap in gaps for a in gap for s in ss if a in s}
    folders = {Path(f).parts[0] for f in files}
    suffixes = {Path(f).suffix for f in files}
    if len(files) < 3 or len(folders) < 3 or len(suffixes) < 2:
        errors.append(f"gold: gaps stated in {sorted(files)} (three files of three kinds)")
    if len(gold["false_gaps"]) < 2:
        errors.append("gold: fewer than two false-gap groups")
    for terms in gold["false_gaps"]:
        if not any(t in s for t in terms for s in said):
            errors.append(f"gold: false gap {terms} is in no org sentence")
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
    for a, b in NAMESAKES:
        if (a, b) not in told and (b, a) not in told:
            errors.append(f"gold: remit_owners never tell {a!r} from {b!r}")
    for key, wrong in KEYWORD_TRAPS:
        hits = [e for e in entries if key in e["task"]]
        if len(hits) != 1 or wrong in hits[0]["owners"] or wrong not in roles:
            errors.append(f"gold: keyword trap {key!r} / {wrong!r} not kept")
        elif not any(key in x for x in deck_text):
            errors.append(f"gold: keyword trap {key!r} is on no deck line")
    keys = [k for e in entries for k in e["task"]]
    for kpi in gold["kpis"]:
        if not any(k in kpi for k in keys):
            errors.append(f"gold: KPI {kpi!r} is covered by no remit_owners entry")
    for a in actions:
        if not any(k in alt for alt in a["match"] for k in keys):
            errors.append(f"gold: deck action {a['match'][0]!r} has no remit owner")

    # the first 90 days: leads in brackets, most by a title the roster spells otherwise
    found = [re.match(r"(.+) \(([^)]+)\)$", x) for x in pages[FIRST_90][1:]]
    items = [m for m in found if m is not None]
    lower = {r.lower(): r for r in roles}
    mapped = 0
    for m in items:
        item, lead = m[1], m[2]
        post = lower.get(lead) or BRACKET_TITLES.get(lead)
        if post is None or post not in roles:
            errors.append(f"gold: bracketed lead {lead!r} maps to no post")
            continue
        owners = [e["owners"] for e in entries if any(k in item for k in e["task"])]
        if not owners or not any(post in o for o in owners):
            errors.append(f"gold: {item!r} ({lead}) is not owned by {post!r}")
        mapped += lead not in lower
    if len(items) < 6 or mapped < 4:
        errors.append(f"gold: {len(items)} bracketed 90-day items, {mapped} retitled")

    for e in gold["accountable"]:
        for r in e["roles"]:
            if r not in ACCOUNTABLE:
                errors.append(f"gold: accountable {r!r} is not the senior responsible owner")
        if not any(k in x for k in e["task"] for x in deck_text):
            errors.append(f"gold: accountable {e['task']} is on no deck line")
    # labels: short lower-case substrings (3 to 8 words; the asides of not_visions from 2)
    labels = [(t, 3) for v in gold["visions"] for t in [v["match"], *v.get("alternatives", [])]]
    labels += [(t, 3) for t in gold["kpis"] + gold["optional_visions"] + gold["not_actions"]]
    labels += [(t, 3) for a in actions for t in a["match"]]
    labels += [(t, 2) for t in gold["not_visions"]]
    for text, least in labels:
        if not least <= len(text.split()) <= 8 or text != text.lower():
            errors.append(f"gold: label {text!r} is not {least} to 8 lower-case words")
    if gold["domain"] != "healthcare" or gold["mismatch"] or gold["needs_sponsor_gap"]:
        errors.append("gold: domain, mismatch or sponsor gap")
    return errors + gap_block_errors(gold, said, deck_text)


def extra(case: Path) -> list[str]:
    gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
    deck = case / gold["deck"]
    pages = deck_lines(deck)
    return (
        roster_form(case / "org", gold)
        + package_form(deck)
        + slide_form(deck, gold)
        + clock_and_pilot(pages, gold)
        + gold_form(case, gold)
    )


CASE = Case(
    name=NAME,
    builder="build_mental_health_community.py",
    roster=roster,
    org_sentences=sentences,
    core=frozenset({"core"}),
    consult=frozenset({"consult"}),
    extra=extra,
    folder=HERE,
    split="blind20",
)


def dump_org() -> None:
    """The roster's rows, then the org sentences the gold was read from."""
    org = HERE / NAME / "org"
    print(f"--- {ROSTER}:")
    for row in csv_rows(org / ROSTER):
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
