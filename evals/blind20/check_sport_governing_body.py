"""Consistency checks of the blind20 case ``sport-governing-body`` against its deck and org folder.

Run from the repository root with the project's venv (python-pptx, python-docx and lxml), which
also runs the builder for the rebuild check:

    .venv/bin/python evals/blind20/check_sport_governing_body.py
    .venv/bin/python evals/blind20/check_sport_governing_body.py --dump         (deck lines, roster)
    .venv/bin/python evals/blind20/check_sport_governing_body.py --dump --org   (and org sentences)
    .venv/bin/python evals/blind20/check_sport_governing_body.py --org          (roster rows, org)

The checks are those of ``evals/dev15/_checks.py`` (adapted from ``evals/dev13/check_gold.py``),
imported, not copied, and pointed at this folder (``evals/blind20``, split "blind20") with
``build_sport_governing_body.py`` as the builder, "core" the core tier and "consult" the consult
tier: the gold's fields, every label on its slide or in an org sentence, the roster, owners on it
and core, consult-only roles owning nothing, forbidden terms in neither deck nor org, and the
rebuild byte for byte. Deck lines are dev13's (one line per paragraph of every shape, groups
opened). Org sentences are ``_checks.org_sentences``' (Markdown and text unwrapped, the
retention schedule's DOCX paragraphs and table rows). The gold carries ``gap_blocks`` (a field of
``evals/cases/README.md``'s deck-grounded gold that dev13's field list predates), so the field
list the shared checks compare with is that list plus ``gap_blocks``, checked with
``_checks.gap_block_errors``.

What is this case's own:

- the roster, read from the staff handbook page ``org/people/staff-structure.md``: every list
  item of the form ``- **Title**: remit`` at any depth; under "## Org chart" a post (core tier),
  under "## Bodies we consult" a consulted body (consult tier). A list item without bold is a
  grouping line (the Board, a directorate, the Office of the Chief Executive), never a role;
- checks of the roster's form: both sections there; the chart a tree of nested lists indented
  two spaces a level, four levels deep or more; 18 to 22 posts, none twice, each remit a
  sentence ending in a full stop; every post below the Chief Executive under a directorate
  line; two consulted bodies, the gold's consult-only roles; the near-namesakes "Head of
  Competitions" and "Head of Competitions Operations", told apart by ``remit_owners`` with at
  least one other pair; the Board committees' terms of reference and the retention schedule
  (a DOCX with one table Record / Where it is held / Retention / Owner / Notes) in the folder;
- checks of the deck's form, as Canva downloads a presentation as PPTX: ``docProps/app.xml``
  naming Canva, ``docProps/core.xml`` with a Canva design id in its keywords and one fixed date;
  ``[Content_Types].xml`` first and every other entry in name order, all at one time; 1920 x
  1080 px (18288000 x 10287000 EMU) and every position a whole pixel; 14 to 22 slides; one
  layout; no placeholder and no table anywhere; every shape with text a ``txBox`` named
  "TextBox N" with zero insets, every other shape a custom-geometry "Freeform N", groups "Group
  N"; Canva's fonts on every run; a background on every slide; six text boxes or more on every
  content slide; no speaker notes;
- the goal forms the case stresses: a goal list whose items carry asides (stretch, "up from",
  definitions, board approval), each vision's match on its item and clear of the aside; two KPI
  rows with the same 15% target for women's and youth teams, two KPIs; the big-number tiles (a
  group of a card, a number box above a label box), one tile a figure of today beside targets;
  a one-page summary after the goals slide, an also-slide of each goal there; a context line
  beside a goal on a pillar slide; the plan's length said with its cost and the budget lines in
  ``not_visions``; the pilot's own length ("half a season") in ``not_actions``;
- the clock: month 0 is August 2027 and a year runs 1 August to 31 July (said on the plan
  slide, not on the roadmap); the roadmap's three heads "YYYY/YY: Name" give each phase twelve
  months from August of its first year, the last ending at month 36, which are the gold's
  phases and horizon; the roadmap's gate is undated, its date "at the March 2028 board" only in
  the acceptance criteria on another slide (month 7, inside Build); the pilot's half season
  (January to May 2028, months 5 to 10) inside Build; "Beyond 2030" on the roadmap, its items
  in ``not_actions``;
- the pilot: "the Weaverdale County Saturday leagues" named whole on the pilot slide only,
  "weaverdale" on no earlier slide and on exactly the also-slides after it; the "Not in this
  plan" list holding no scenario keyword;
- the gold's own shape: 15 to 25 deck actions from five forms or more, three or more on slides
  titled with a headline; the first-100-days items with a title in brackets, some spelt unlike
  the roster and mapped to the roster's post by ``remit_owners``; the keyword traps kept (the
  post a keyword points to is not an owner of that work); labels 3 to 8 words; two vague visions
  or more; 15 or more ``remit_owners`` entries, every KPI covered; 6 to 10 gaps, each in one org
  file, in three files of three kinds or more; two false-gap groups or more; 5 to 10 forbidden
  terms in no raw org file; ``gap_blocks``.

It never runs the planner.
"""

from __future__ import annotations

import io
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
NAME = "sport-governing-body"
ROSTER = Path("people") / "staff-structure.md"
TOR = Path("governance") / "board-committees-terms-of-reference.md"
RETENTION = Path("governance") / "data-retention-schedule.docx"
RETENTION_HEAD = ["Record", "Where it is held", "Retention", "Owner", "Notes"]
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
P = "http://schemas.openxmlformats.org/presentationml/2006/main"
NS = {"a": A, "p": P}
PX = 9525
FONTS = {"Montserrat Bold", "Canva Sans", "Canva Sans Bold"}
POST = re.compile(r"^(?P<indent> *)- \*\*(?P<title>[^*]+)\*\*: (?P<remit>.+)$")
ITEM = re.compile(r"^(?P<indent> *)- (?P<text>.+)$")
GRADE_WORDS = {"head", "of", "manager", "director", "officer", "lead", "chief", "the", "and"}

PLAN_LINE = "our 2027-2030 plan: three seasons, £5.1m from reserves and sport england"
YEAR_LINE = "our year runs from 1 august to 31 july"
HALF_SEASON = "the pilot runs for half a season, from january to may 2028"
PILOT_NAMED = "weaverdale county saturday leagues"
GATE_DATE = "at the march 2028 board"
ROAD_HEADS = ["2027/28: build", "2028/29: switch over", "2029/30: grow"]
ASIDES = ["(stretch:", " - up from ", "(definitions in appendix)", "(board-approved"]
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
# the form of the deck's own actions, by the title of the slide they sit on
FORMS = {
    "join in minutes, not weeks": "pillar initiative",
    "a referee for every saturday": "pillar initiative",
    "every concern heard, every case on record": "pillar initiative",
    "know the score": "pillar initiative",
    "weaverdale blows the first whistle": "pilot steps",
    "what must be true before we move on": "acceptance criteria",
    "what could knock us off course": "risk mitigations",
    "the first 100 days": "first 100 days",
}
HEADLINES = set(FORMS) - {"the first 100 days"}
# work whose obvious keyword points at a post that does not own it by remit
TRAPS = [
    ("collect club affiliation fees by direct debit", "Head of Club Services"),
    ("train the 190 weaverdale referees", "Head of Coach Education"),
    ("train all 1,100 club welfare officers", "Head of Coach Education"),
    ("move every open safeguarding case from paper", "Head of Safeguarding"),
    ("extend scoreline to league levels 5 to 12", "Head of Competitions"),
    ("change the league regulations so home clubs", "Head of Competitions Operations"),
    ("club satisfaction with aru services", "Head of Club Services"),
]

# gap_blocks is a field of the deck-grounded gold that dev13's list predates
_checks.FIELDS = FIELDS | {"gap_blocks"}  # type: ignore[attr-defined]


# =========================================================================== the roster


def roster_rows(org: Path) -> list[tuple[str, str, str, int]]:
    """(title, remit, tier, depth) of every bold list item of the staff handbook page."""
    rows: list[tuple[str, str, str, int]] = []
    tier = ""
    for line in (org / ROSTER).read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            head = line[3:].strip().lower()
            tier = {"org chart": "core", "bodies we consult": "consult"}.get(head, "")
            continue
        m = POST.match(line)
        if m and tier:
            depth = len(m.group("indent")) // 2
            rows.append((m.group("title").strip(), m.group("remit").strip(), tier, depth))
    return rows


def roster(org: Path) -> list[tuple[str, str]]:
    return [(title, tier) for title, _, tier, _ in roster_rows(org)]


def sentences(org: Path) -> list[str]:
    return _checks.org_sentences(org)


def _file_sentences(org: Path) -> dict[str, list[str]]:
    return sentences_by_file(org, _checks.org_sentences)


def roster_form(org: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    path = org / ROSTER
    if not path.is_file():
        return [f"roster: {ROSTER} is missing"]
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    for head in ("## Org chart", "## Bodies we consult"):
        if head not in lines:
            errors.append(f"roster: no {head!r} section")
    rows = roster_rows(org)
    posts = [r for r in rows if r[2] == "core"]
    bodies = [r for r in rows if r[2] == "consult"]
    if not 18 <= len(posts) <= 22:
        errors.append(f"roster: {len(posts)} posts (18 to 22)")
    titles = [r[0] for r in rows]
    if len(set(titles)) != len(titles):
        errors.append("roster: a title appears twice")
    for title, remit, _, _ in rows:
        if not remit.endswith(".") or not remit[0].isupper():
            errors.append(f"roster: remit of {title!r} is not a sentence")
    if sorted(r[0] for r in bodies) != sorted(gold["consult_only_roles"]):
        errors.append(f"roster: consulted bodies {[r[0] for r in bodies]}")

    # the org chart is a tree of nested lists, two spaces a level
    start = lines.index("## Org chart") + 1 if "## Org chart" in lines else 0
    end = lines.index("## Bodies we consult") if "## Bodies we consult" in lines else len(lines)
    chart = [x for x in lines[start:end] if ITEM.match(x)]
    stack: list[tuple[int, str, bool]] = []  # (depth, text, is a post)
    depth_max = 0
    for x in chart:
        m = ITEM.match(x)
        assert m is not None
        indent = len(m.group("indent"))
        if indent % 2:
            errors.append(f"roster: odd indent {x!r}")
            continue
        depth = indent // 2
        if depth > (stack[-1][0] + 1 if stack else 0):
            errors.append(f"roster: a list item skips a level: {x!r}")
        while stack and stack[-1][0] >= depth:
            stack.pop()
        post = POST.match(x)
        if post and post.group("title") != "Chief Executive":
            groups = [t for _, t, is_post in stack if not is_post]
            if not any(
                g.endswith("directorate") or g == "Office of the Chief Executive" for g in groups
            ):
                errors.append(f"roster: {post.group('title')!r} is under no directorate")
        stack.append((depth, m.group("text"), bool(post)))
        depth_max = max(depth_max, depth)
    if depth_max < 4:
        errors.append(f"roster: the chart is {depth_max + 1} levels deep (five or more)")
    groups = [x for x in chart if not POST.match(x)]
    if sum(g.strip().endswith("directorate") for g in groups) < 4:
        errors.append(f"roster: grouping lines {groups}")

    # near-namesakes told apart by remit
    names = [r[0] for r in posts]
    for pair in (("Head of Competitions", "Head of Competitions Operations"),):
        if not all(p in names for p in pair):
            errors.append(f"roster: near-namesakes {pair} not both there")
    told = namesakes_told_apart(names, gold, GRADE_WORDS)
    if ("Head of Competitions", "Head of Competitions Operations") not in told or len(told) < 2:
        errors.append(f"roster: near-namesakes told apart {told}")

    # the other governance files
    if not (org / TOR).is_file():
        errors.append(f"no {TOR}")
    if not (org / RETENTION).is_file():
        errors.append(f"no {RETENTION}")
    else:
        doc = Document(str(org / RETENTION))
        if len(doc.tables) != 1:
            errors.append("retention schedule: not one table")
        elif [c.text for c in doc.tables[0].rows[0].cells] != RETENTION_HEAD:
            errors.append("retention schedule: table header differs")
    return errors


# =========================================================================== the deck's form


def _name(el: Any, path: str) -> str:
    found = el.find(path, NS)
    return "" if found is None else str(found.get("name", ""))


def _top_y(sp: Any) -> int:
    off = sp.find("p:spPr/a:xfrm/a:off", NS)
    return int(off.get("y")) if off is not None else 0


def _paras(sp: Any) -> list[str]:
    return [
        normalize("".join(t.text or "" for t in p.iter(f"{{{A}}}t"))) for p in sp.iter(f"{{{A}}}p")
    ]


def _title(lines: list[str]) -> str:
    """A content slide's title: the line after the eyebrow (dev13 reads the eyebrow first)."""
    return lines[1] if len(lines) > 1 else ""


def _slide(pages: dict[int, list[str]], title: str) -> int:
    return next((k for k, lines in pages.items() if _title(lines) == title), 0)


def package_form(deck: Path) -> list[str]:
    errors: list[str] = []
    z = zipfile.ZipFile(deck)
    names = z.namelist()
    if names[0] != "[Content_Types].xml" or names[1:] != sorted(names[1:]):
        errors.append("package: entries not [Content_Types].xml first, then in name order")
    if len({i.date_time for i in z.infolist()}) != 1:
        errors.append("package: entries written at more than one time")
    app = z.read("docProps/app.xml").decode("utf-8")
    if "<Application>Canva</Application>" not in app:
        errors.append("app.xml does not name Canva")
    core = z.read("docProps/core.xml").decode("utf-8")
    dates = re.findall(r"<dcterms:(?:created|modified)[^>]*>([^<]+)<", core)
    if len(dates) != 2 or len(set(dates)) != 1:
        errors.append(f"core.xml dates {dates}")
    if not re.search(r"<cp:keywords>DA[A-Za-z0-9_-]{9},BA[A-Za-z0-9_-]{9}</cp:keywords>", core):
        errors.append("core.xml keywords carry no Canva design id")
    if "thumbnail" in " ".join(names) or any("notesSlide" in n for n in names):
        errors.append("package: a thumbnail or notes slides")
    layouts = [n for n in names if re.fullmatch(r"ppt/slideLayouts/slideLayout\d+\.xml", n)]
    if layouts != ["ppt/slideLayouts/slideLayout1.xml"]:
        errors.append(f"package: layouts {layouts}")
    elif b"<p:ph" in z.read(layouts[0]):
        errors.append("the layout holds a placeholder")
    pres = etree.fromstring(z.read("ppt/presentation.xml"))
    size = pres.find("p:sldSz", NS)
    if size is None or (size.get("cx"), size.get("cy")) != ("18288000", "10287000"):
        errors.append("slide size is not Canva's 1920 x 1080 px")
    return errors


def slide_form(deck: Path) -> tuple[list[str], dict[int, Any]]:
    errors: list[str] = []
    z = zipfile.ZipFile(deck)
    slides = sorted(
        (n for n in z.namelist() if re.fullmatch(r"ppt/slides/slide\d+\.xml", n)),
        key=lambda n: int(re.findall(r"\d+", n)[0]),
    )
    if not 14 <= len(slides) <= 22:
        errors.append(f"{len(slides)} slides (14 to 22)")
    roots: dict[int, Any] = {}
    for k, name in enumerate(slides, start=1):
        raw = z.read(name)
        root = etree.fromstring(raw)
        roots[k] = root
        if root.findall(".//p:ph", NS) or root.findall(".//p:graphicFrame", NS):
            errors.append(f"slide {k}: a placeholder or a table")
        if root.find("p:cSld/p:bg", NS) is None:
            errors.append(f"slide {k}: no background")
        for v in re.findall(rb' (?:x|y|cx|cy)="(\d+)"', raw):
            if int(v) % PX:
                errors.append(f"slide {k}: a position or size off the pixel grid")
                break
        boxes = 0
        for sp in root.iter(f"{{{P}}}sp"):
            nm = _name(sp, "p:nvSpPr/p:cNvPr")
            has_text = sp.find("p:txBody", NS) is not None
            if has_text:
                boxes += 1
                c = sp.find("p:nvSpPr/p:cNvSpPr", NS)
                if c is None or c.get("txBox") != "1" or not re.fullmatch(r"TextBox \d+", nm):
                    errors.append(f"slide {k}: text in a shape that is not a text box ({nm})")
                bp = sp.find("p:txBody/a:bodyPr", NS)
                if bp is None or any(bp.get(i) != "0" for i in ("lIns", "tIns", "rIns", "bIns")):
                    errors.append(f"slide {k}: a text box without zero insets")
            elif not re.fullmatch(r"Freeform \d+", nm) or sp.find(".//a:custGeom", NS) is None:
                errors.append(f"slide {k}: a drawn shape not a custom-geometry Freeform ({nm})")
        for g in root.iter(f"{{{P}}}grpSp"):
            if not re.fullmatch(r"Group \d+", _name(g, "p:nvGrpSpPr/p:cNvPr")):
                errors.append(f"slide {k}: a group not named 'Group N'")
        for r in root.iter(f"{{{A}}}rPr"):
            latin = r.find("a:latin", NS)
            if latin is None or latin.get("typeface") not in FONTS:
                errors.append(f"slide {k}: a run without a Canva font")
                break
        if k > 1 and boxes < 6:
            errors.append(f"slide {k}: {boxes} text boxes (six or more)")
    return errors, roots


def goal_forms(case: Path, gold: dict[str, Any], roots: dict[int, Any]) -> list[str]:
    errors: list[str] = []
    pages = deck_lines(case / gold["deck"])
    visions = gold["visions"]
    kpis = gold["kpis"]

    # the goal list with asides: each item one goal, the label clear of the aside
    goals = _slide(pages, "where we will be by may 2030")
    items = [x for x in pages.get(goals, []) if any(a in x for a in ASIDES)]
    if len(items) < 4 or not all(any(a in " ".join(items) for a in [b]) for b in ASIDES):
        errors.append(f"goals slide: items with asides {items}")
    first = [v for v in visions if v["slide"] == goals]
    for item in items:
        hits = [v for v in first if v["match"] in item]
        if len(hits) != 1:
            errors.append(f"goals slide: {len(hits)} visions on {item!r}")
            continue
        aside = min((item.index(a) for a in ASIDES if a in item), default=len(item))
        if item.index(hits[0]["match"]) + len(hits[0]["match"]) > aside:
            errors.append(f"goals slide: label runs into the aside: {hits[0]['match']!r}")

    # the one-page summary after it restates every goal first said there
    summary = _slide(pages, "open play 2030 on a page")
    if summary <= goals:
        errors.append("no one-page summary after the goals slide")
    for v in first:
        if summary not in v.get("also_slides", []):
            errors.append(f"goal {v['match']!r} without the summary among its also-slides")

    # two KPI rows with the same target for two groups: two KPIs
    kslide = _slide(pages, "how we will know")
    klines = pages.get(kslide, [])
    for group in ("women's team growth", "youth team growth"):
        if group not in klines or klines[klines.index(group) + 2] != "15%":
            errors.append(f"KPI table: {group!r} is not a row with the target 15%")
        if group not in kpis:
            errors.append(f"KPI {group!r} missing")

    # big-number tiles: a group of a card, a number box above a label box; one of today
    tiles_slide = _slide(pages, "2030 in four numbers")
    tiles = []
    for g in roots[tiles_slide].iter(f"{{{P}}}grpSp"):
        sps = list(g.iter(f"{{{P}}}sp"))
        texts = [sp for sp in sps if sp.find("p:txBody", NS) is not None]
        if len(sps) != 3 or len(texts) != 2 or _top_y(texts[0]) >= _top_y(texts[1]):
            errors.append("tile: not a card, a number box and a label box under it")
            continue
        tiles.append((_paras(texts[0])[0], _paras(texts[1])[0]))
    today = [t for t in tiles if "today" in t[1]]
    targets = [t for t in tiles if re.search(r"by may 20\d\d", t[1])]
    if len(tiles) != 4 or len(today) != 1 or len(targets) != 3:
        errors.append(f"tiles: {tiles}")
    if today and not any(today[0][1].startswith(n) for n in gold["not_visions"]):
        errors.append("tile of today not in not_visions")

    # a context line beside a goal on a pillar slide
    join = _slide(pages, "join in minutes, not weeks")
    ctx = [n for n in gold["not_visions"] if any(n in x for x in pages.get(join, []))]
    if not ctx or not any(v["slide"] == join for v in visions):
        errors.append("pillar 1: no context line beside a goal")

    # the plan's length with its cost; budget lines that set no goal
    plan = [k for k, lines in pages.items() if PLAN_LINE in lines]
    if len(plan) != 1 or not any(n in PLAN_LINE for n in gold["not_visions"]):
        errors.append("the plan's length and cost line")
    budget = [x for x in pages.get(plan[0] if plan else 0, []) if re.match(r"(build|run): £", x)]
    for line in budget:
        if not any(n in line for n in gold["not_visions"]):
            errors.append(f"budget line not in not_visions: {line!r}")
        if any(v["match"] in line or line in v["match"] for v in visions):
            errors.append(f"budget line taken as a goal: {line!r}")
    if len(budget) != 2:
        errors.append(f"budget lines {budget}")

    # the pilot's own length
    if not any(HALF_SEASON.startswith(n) for n in gold["not_actions"]):
        errors.append("the pilot's half season is not a not-action")
    return errors


def clock(case: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    pages = deck_lines(case / gold["deck"])
    road = [k for k, lines in pages.items() if all(h in lines for h in ROAD_HEADS)]
    if len(road) != 1:
        return [f"roadmap heads on slides {road}"]
    rn = road[0]
    lines = pages[rn]
    if "beyond 2030" not in lines:
        errors.append("roadmap: no 'Beyond 2030' list")
    else:
        after = lines[lines.index("close: handover to business as usual") + 1 :]
        for item in after:
            if item not in gold["not_actions"] and not any(n in item for n in gold["not_actions"]):
                errors.append(f"beyond 2030 item not in not_actions: {item!r}")
    year = [k for k, ls in pages.items() if any(YEAR_LINE in x for x in ls)]
    if len(year) != 1 or year[0] == rn:
        errors.append(f"the year's months said on slides {year} (not the roadmap)")
    gate = [x for x in lines if x.startswith("gate:")]
    if len(gate) != 1 or any(m in gate[0] for m in MONTHS) or re.search(r"20\d\d", gate[0]):
        errors.append(f"roadmap gate {gate}: none, several or dated")
    dated = [k for k, ls in pages.items() if any(GATE_DATE in x for x in ls)]
    if len(dated) != 1 or dated[0] == rn:
        errors.append(f"'{GATE_DATE}' on slides {dated}")
    elif _title(pages[dated[0]]) != "what must be true before we move on":
        errors.append("the gate's date is not in the acceptance criteria")

    # the phases and horizon from the roadmap's heads: month 0 = August 2027
    want = []
    for head in ROAD_HEADS:
        first = int(head[:4])
        start = (first - 2027) * 12
        want.append((head, start, start + 12))
    got = [(ph["match"][0], ph["start_month"], ph["end_month"]) for ph in gold["phases"]]
    if got != want:
        errors.append(f"phases {got}, the roadmap gives {want}")
    if gold["horizon_months"] != want[-1][2] or want[-1][2] != 36:
        errors.append(f"horizon {gold['horizon_months']}, the roadmap gives {want[-1][2]}")
    gate_month = (2028 - 2027) * 12 + MONTHS.index("march") - MONTHS.index("august")
    if not want[0][1] <= gate_month < want[0][2]:
        errors.append(f"the March 2028 gate (month {gate_month}) is outside Build")
    pilot = (
        (2028 - 2027) * 12 + MONTHS.index("january") - MONTHS.index("august"),
        (2028 - 2027) * 12 + MONTHS.index("may") - MONTHS.index("august") + 1,
    )
    if pilot != (5, 10) or not want[0][1] <= pilot[0] < pilot[1] <= want[0][2]:
        errors.append(f"the half-season pilot {pilot} is outside Build")
    return errors


def pilot_and_scope(case: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    pages = deck_lines(case / gold["deck"])
    pilot = gold["pilot"]
    named = [k for k, ls in pages.items() if any(PILOT_NAMED in x for x in ls)]
    if named != [pilot["slide"]]:
        errors.append(f"pilot named with place and unit on slides {named}")
    place = [k for k, ls in pages.items() if any("weaverdale" in x for x in ls)]
    if [k for k in place if k < pilot["slide"]]:
        errors.append(f"the pilot's place before its slide: {place}")
    if [k for k in place if k > pilot["slide"]] != sorted(pilot["also_slides"]):
        errors.append(f"the place on slides {place}; also {pilot['also_slides']}")
    segs = gold["scenario_segments"]
    if not 2 <= len(segs) <= 4:
        errors.append(f"{len(segs)} scenario segments (2 to 4)")
    for lines in pages.values():
        if "not in this plan" in lines:
            out = lines[lines.index("not in this plan") + 1 :]
            if len(out) < 4:
                errors.append("'Not in this plan' holds fewer than four items")
            for seg in segs:
                for term in seg:
                    if any(term in x for x in out):
                        errors.append(f"scenario term {term!r} in the not-in-scope list")
            break
    else:
        errors.append("no 'Not in this plan' list")
    return errors


# =========================================================================== the gold's shape


def gold_shape(case: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    org = case / "org"
    pages = deck_lines(case / gold["deck"])
    titles = {k: _title(lines) for k, lines in pages.items()}

    actions = gold["deck_actions"]
    if not 15 <= len(actions) <= 25:
        errors.append(f"{len(actions)} deck actions (15 to 25)")
    forms = {FORMS.get(titles.get(a["slide"], ""), "") for a in actions} - {""}
    if len(forms) < 5:
        errors.append(f"deck actions from {len(forms)} forms: {sorted(forms)}")
    if sum(titles.get(a["slide"]) in HEADLINES for a in actions) < 3:
        errors.append("fewer than three deck actions on slides titled with a headline")

    # first 100 days: owners in brackets, some spelt unlike the roster
    roles = {r for r, _ in roster(org)}
    days = _slide(pages, "the first 100 days")
    items = [x for x in pages.get(days, []) if re.match(r"\d\. ", x)]
    leads = [m.group(1) for x in items if (m := re.search(r"\(([^)]+)\)$", x))]
    lower = {r.lower(): r for r in roles}
    off = [lead for lead in leads if lead not in lower]
    if len(leads) < 5 or not off:
        errors.append(f"first 100 days: leads {leads}, none spelt unlike the roster")
    for lead in off:
        line = next(x for x in items if x.endswith(f"({lead})"))
        entry = [e for e in gold["remit_owners"] if any(t in line for t in e["task"])]
        near = [r for r in roles if r.lower().startswith(lead)]
        if not entry or not near or not any(n in e["owners"] for e in entry for n in near):
            errors.append(f"first 100 days: ({lead}) not mapped to the roster's post {near}")

    # keyword traps
    for task, wrong in TRAPS:
        if wrong not in roles:
            errors.append(f"trap: {wrong!r} not on the roster")
        entry = [e for e in gold["remit_owners"] if any(t in task for t in e["task"])]
        if not entry or any(wrong in e["owners"] for e in entry):
            errors.append(f"trap: {task!r} has no entry or gives it to {wrong!r}")
        if not any(task in x for ls in pages.values() for x in ls):
            errors.append(f"trap: {task!r} not in the deck")

    # labels short and robust
    labels = [v["match"] for v in gold["visions"]]
    labels += [a for v in gold["visions"] for a in v.get("alternatives", [])]
    labels += gold["optional_visions"] + gold["not_visions"] + gold["not_actions"]
    labels += [a for e in actions for a in e["match"]] + [a for g in gold["gaps"] for a in g]
    labels += gold["kpis"]
    for label in labels:
        words = [w for w in label.split() if re.search(r"\w", w)]
        if not 3 <= len(words) <= 8:
            errors.append(f"label of {len(words)} words (3 to 8): {label!r}")
        if label != label.lower():
            errors.append(f"label not lower case: {label!r}")

    if sum(v["vague"] for v in gold["visions"]) < 2:
        errors.append("fewer than two vague visions")
    if len(gold["remit_owners"]) < 15:
        errors.append(f"{len(gold['remit_owners'])} remit_owners entries (15 or more)")
    tasks = [t for e in gold["remit_owners"] for t in e["task"]]
    for kpi in gold["kpis"]:
        if not any(t in kpi or kpi in t for t in tasks):
            errors.append(f"remit_owners: no entry for the KPI {kpi!r}")

    # gaps, false gaps, forbidden terms
    if not 6 <= len(gold["gaps"]) <= 10:
        errors.append(f"{len(gold['gaps'])} gaps (6 to 10)")
    per_file = _file_sentences(org)
    holders: set[str] = set()
    for gap in gold["gaps"]:
        where = {f for f, said in per_file.items() if any(gap[0] in s for s in said)}
        if len(where) != 1:
            errors.append(f"gap {gap[0]!r} is in files {sorted(where)}")
        holders |= where
    if len(holders) < 3 or len({Path(f).suffix for f in holders}) < 3:
        errors.append(f"gaps stated in {sorted(holders)} (three files of different kinds)")
    if len(gold["false_gaps"]) < 2:
        errors.append("fewer than two false-gap groups")
    if not 5 <= len(gold["forbidden_terms"]) <= 10:
        errors.append(f"{len(gold['forbidden_terms'])} forbidden terms (5 to 10)")
    texts = []
    for p in org.rglob("*"):
        if p.is_file():
            b = p.read_bytes()
            texts.append(b.decode("utf-8", "ignore").lower())
            if b.startswith(b"PK"):
                z = zipfile.ZipFile(io.BytesIO(b))
                texts += [
                    z.read(x).decode("utf-8").lower() for x in z.namelist() if x.endswith("xml")
                ]
    for term in gold["forbidden_terms"]:
        if any(term in t for t in texts):
            errors.append(f"forbidden term in a raw org file: {term!r}")
    deck_text = [x for lines in pages.values() for x in lines]
    return errors + gap_block_errors(gold, sentences(org), deck_text)


def extra(case: Path) -> list[str]:
    gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
    deck = case / gold["deck"]
    form, roots = slide_form(deck)
    return (
        roster_form(case / "org", gold)
        + package_form(deck)
        + form
        + goal_forms(case, gold, roots)
        + clock(case, gold)
        + pilot_and_scope(case, gold)
        + gold_shape(case, gold)
    )


CASE = Case(
    name=NAME,
    builder="build_sport_governing_body.py",
    roster=roster,
    org_sentences=sentences,
    core=frozenset({"core"}),
    consult=frozenset({"consult"}),
    extra=extra,
    folder=HERE,
    split="blind20",
)


def org_dump() -> None:
    org = HERE / NAME / "org"
    print(f"--- roster rows ({ROSTER}):")
    for title, remit, tier, depth in roster_rows(org):
        print(f"  {tier:7} {depth} {title} | {remit}")
    print("--- org sentences:")
    for s in sentences(org):
        print(f"  | {s}")


if __name__ == "__main__":
    if "--org" in sys.argv and "--dump" not in sys.argv:
        org_dump()
        sys.exit(0)
    sys.exit(run(CASE))
