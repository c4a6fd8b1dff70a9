"""Consistency checks of the blind21 case ``port-authority`` against its deck and org folder.

Run from the repository root with the project's venv (python-pptx, python-docx, lxml):

    .venv/bin/python evals/blind21/check_port_authority.py
    .venv/bin/python evals/blind21/check_port_authority.py --dump   (deck lines by slide, roster)
    .venv/bin/python evals/blind21/check_port_authority.py --org    (roster rows, org sentences)

The checks are those of ``evals/dev15/_checks.py`` (adapted from ``evals/dev13/check_gold.py``),
imported, not copied, and pointed at this folder (``evals/blind21``, split "blind21") with
``build_port_authority.py`` as the builder, "core" the core tier and "consult" the consult tier.
Deck lines are dev13's: every shape of a slide in order, a text frame one line per paragraph, a
table one line per cell paragraph, row by row, then the speaker notes. The gold carries
``gap_blocks`` (a field of ``evals/cases/README.md``'s deck-grounded gold that dev13's field list
predates), so the field list the shared checks compare with is that list plus ``gap_blocks``,
checked with ``_checks.gap_block_errors``.

What is this case's own:

- the roster, read from the staff handbook page ``org/people/staff-handbook-how-we-are-
  organised.md``: under "## Organisation chart" a nested bullet list, two spaces a level, each
  post a bullet "- **Post**: remit" (core tier), each directorate or office a plain bullet (a
  group, not a post); under "## Bodies we consult" the consult-only bodies in the same bold form
  (consult tier). A post reports to the nearest post above it that is less indented;
- org sentences: ``_checks.org_sentences`` (Markdown, text and DOCX) with a reader for ``.csv``
  (UTF-8 with a byte-order mark; each row, its cells joined by spaces);
- checks of the roster's form: one Markdown page in ``org/people``, only bullet lines in the
  chart, every bullet indented by a multiple of two spaces and one level at most deeper than the
  line above it, 18 to 22 posts on three or four levels of posts, four groups or more, none of
  them a post and each with a post under it, every post but the first reporting to a post, no
  post twice, two consult bodies and they are the gold's consult-only roles;
- checks of the deck's form, as PowerPoint for Windows saves a 16:9 deck: ``app.xml`` naming
  Microsoft Office PowerPoint 16.0000, "Widescreen", the slide count and every slide title in
  its parts list; ``core.xml`` with fixed created and modified dates; no trace of the library
  that wrote it; ZIP entries in name order at one time; 12192000 x 6858000 EMU; 16 to 20 slides;
  every slide's title in its title placeholder (the cover a centred title and a subtitle), two
  slides with a body placeholder; an eyebrow text box above the title on every slide after the
  cover, in capitals; the page number in a box in the top right corner of every slide after the
  cover;
- the page forms: four pillar pages (eyebrow "PILLAR n"; labels TODAY, GOAL, AIM and WHAT WE
  WILL DO each in a text box of its own; one "Lead: <post>" line naming a roster post; the GOAL
  an executable vision, the AIM a vague one, the TODAY line neither a vision nor work; three to
  five bulleted lines of work whose owners in the gold sit under the lead); the pilot page
  (eyebrow "... PILOT", no "pilot" in the title, a "We will" line naming the pilot unit and its
  months, the labels WHY GULLHOPE, STEPS and WHAT GOOD LOOKS LIKE, numbered steps ending with the
  report at Gate 2, reasons and pass marks not work); the pilot named in full at its first
  mention in the deck and on the pilot page only, by its place alone on every other also-slide;
  the roadmap (the three "year: stage" heads, three gates "Gate n · <month year> board" on
  diamonds, the plan's dates), the phases computed here from the stage years and compared with
  the gold, and the gates page (eyebrow GATES, heads "Gate n · <month year> · <name>" matching
  the roadmap's gates); the first-90-days page (eight circles 01 to 08 in two columns, each
  item's lead in brackets mapped to a roster post and owning it in the gold); the context page
  (eyebrow "01 · WHY NOW", a headline title, big-number tiles whose captions name a past year and
  are no goal) and the executive summary under the same eyebrow (every tile caption a goal);
  the moments page ("Today:" and "With Open Harbour:" after each moment, the scenario segments
  among the moments); the KPI table (each KPI vision a row with baseline, target and by-when;
  the rows without a number target and a year are the vague KPIs); the definitions page
  ("Measure: what it counts" lines, none a vision);
- checks of the gold beyond ``_checks``: 15 to 25 deck actions in five forms or more, two or
  more vague visions and more executable ones; 2 to 4 scenario segments; 6 to 10 gaps stated in
  three org files or more of three kinds or more; two or more false-gap groups; 5 to 10 forbidden
  terms; 15 or more ``remit_owners`` entries, every KPI covered; the keyword traps kept; the
  near-namesakes told apart; ``accountable`` only the sponsor and the finance director; the
  horizon and the phases from the deck's text; ``gap_blocks``.

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

from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE, PP_PLACEHOLDER

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
NAME = "port-authority"
DECK = "Open Harbour 2030 - Board 7 Dec 2027 - Item 6.pptx"
ROSTER = Path("people") / "staff-handbook-how-we-are-organised.md"
CHART = "## Organisation chart"
CONSULT_HEAD = "## Bodies we consult"
POST = re.compile(r"( *)- \*\*([^*]+)\*\*: (.+)")
GROUP = re.compile(r"( *)- ([^*].*)")

EMU = 914400
WIDE, HIGH = 12192000, 6858000
ZIP_TIME = (2027, 11, 30, 16, 48, 22)
CREATED = "2027-10-04T08:31:05Z"
MODIFIED = "2027-11-30T16:48:22Z"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"

SUMMARY_SLIDE, CONTEXT_SLIDE, AMBITION_SLIDE = 2, 3, 4
PILLAR_SLIDES = (5, 6, 7, 8)
MOMENTS_SLIDE, KPI_SLIDE, ROADMAP_SLIDE, GATES_SLIDE = 9, 10, 11, 12
PILOT_SLIDE, RISK_SLIDE, FIRST_90_SLIDE, ASKS_SLIDE, DEFS_SLIDE = 13, 14, 15, 17, 18
FORMS = {
    5: "pillar line",
    6: "pillar line",
    7: "pillar line",
    8: "pillar line",
    12: "gate criterion",
    13: "pilot step",
    14: "risk mitigation",
    15: "first 90 days",
}
PILOT_UNIT = "gullhope harbour and its fishing fleet"
PILOT_PLACE = "gullhope"
PLAN_NAME = "open harbour"
START_YEAR = 2028
MONTHS = [
    "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december",
]  # fmt: skip
# the first-90-days leads in brackets whose title the roster spells otherwise
BRACKET_TITLES = {
    "head of it": "Head of IT and Systems",
    "electrical engineer": "Electrical and Plant Engineer",
    "licensing officer": "Marine Licensing Officer",
    "data analyst": "Data and Reporting Analyst",
    "hr and training": "HR and Training Manager",
}
# (a task key of remit_owners, the post a keyword list would pick, wrongly)
KEYWORD_TRAPS = [
    ("ais base station", "Head of IT and Systems"),
    ("tablet loaded with the passage plan", "Head of IT and Systems"),
    ("works licence applications through an online form", "Customer Services Supervisor"),
    ("enter the four berth books", "Marina Manager"),
    ("open online booking and card payment for marina berths", "Income and Accounts Manager"),
    ("harbour insight", "Head of IT and Systems"),
]
NAMESAKES = [
    ("Harbour Master", "Gullhope Harbour Manager"),
    ("Head of Engineering and Estates", "Estates and Works Manager"),
]
GRADE_WORDS = {"head", "of", "and", "manager", "director", "chief", "officer", "the"}
ACCOUNTABLE = {"Chief Executive", "Director of Finance and Resources"}

# gap_blocks is a field of the deck-grounded gold that dev13's list predates
_checks.FIELDS = FIELDS | {"gap_blocks"}  # type: ignore[attr-defined]


# =========================================================================== the roster


def _section(text: str, head: str) -> list[str]:
    lines = text.splitlines()
    start = lines.index(head) + 1
    out = []
    for line in lines[start:]:
        if line.startswith("## "):
            break
        out.append(line)
    return out


def chart(org: Path) -> list[tuple[int, str, str | None]]:
    """The chart's bullets in order: (level, text, remit), remit None for a group."""
    text = (org / ROSTER).read_text(encoding="utf-8")
    out: list[tuple[int, str, str | None]] = []
    for line in _section(text, CHART):
        if m := POST.fullmatch(line):
            out.append((len(m.group(1)) // 2, m.group(2), m.group(3)))
        elif m := GROUP.fullmatch(line):
            out.append((len(m.group(1)) // 2, m.group(2), None))
    return out


def consult_bodies(org: Path) -> list[str]:
    text = (org / ROSTER).read_text(encoding="utf-8")
    return [m.group(2) for line in _section(text, CONSULT_HEAD) if (m := POST.fullmatch(line))]


def roster(org: Path) -> list[tuple[str, str]]:
    posts = [(name, "core") for _, name, remit in chart(org) if remit is not None]
    return posts + [(name, "consult") for name in consult_bodies(org)]


def managers(org: Path) -> dict[str, str | None]:
    """Each post's manager: the nearest post above it that is less indented."""
    out: dict[str, str | None] = {}
    stack: list[tuple[int, str]] = []
    for level, name, remit in chart(org):
        if remit is None:
            continue
        while stack and stack[-1][0] >= level:
            stack.pop()
        out[name] = stack[-1][1] if stack else None
        stack.append((level, name))
    return out


def under(org: Path, lead: str) -> set[str]:
    """The posts that report to ``lead``, directly or through others."""
    boss = managers(org)
    found = set()
    for post in boss:
        up = boss[post]
        while up is not None:
            if up == lead:
                found.add(post)
                break
            up = boss[up]
    return found


def _csv_parts(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8-sig")
    return [" ".join(row) for row in csv.reader(io.StringIO(text))]


def sentences(org: Path) -> list[str]:
    return _checks.org_sentences(org, {".csv": _csv_parts})


def roster_form(org: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    pages = sorted(p.name for p in (org / "people").iterdir())
    if pages != [ROSTER.name]:
        errors.append(f"roster: org/people holds {pages}")
    text = (org / ROSTER).read_text(encoding="utf-8")
    body = [x for x in _section(text, CHART) if x.strip()]
    last = -1
    for line in body:
        if not (POST.fullmatch(line) or GROUP.fullmatch(line)):
            errors.append(f"roster: a chart line that is no bullet: {line!r}")
            continue
        indent = len(line) - len(line.lstrip(" "))
        if indent % 2 or indent // 2 > last + 1:
            errors.append(f"roster: bad indentation: {line!r}")
        last = indent // 2
    items = chart(org)
    posts = [n for _, n, r in items if r is not None]
    groups = [n for _, n, r in items if r is None]
    if not 18 <= len(posts) <= 22:
        errors.append(f"roster: {len(posts)} posts in the chart (18 to 22)")
    if len(set(posts)) != len(posts):
        errors.append("roster: a post appears twice")
    if len(groups) < 4:
        errors.append(f"roster: {len(groups)} groups (four or more)")
    for g in groups:
        if g in gold["roster"]:
            errors.append(f"roster: the group {g!r} is in the gold roster")
    for i, (level, name, remit) in enumerate(items):
        if remit is None:
            nxt = items[i + 1] if i + 1 < len(items) else None
            if nxt is None or nxt[0] <= level:
                errors.append(f"roster: group {name!r} has nothing under it")
    boss = managers(org)
    tops = [p for p, b in boss.items() if b is None]
    if tops != [posts[0]]:
        errors.append(f"roster: posts reporting to no post: {tops}")
    depth = {}
    for p in boss:
        d, up = 1, boss[p]
        while up is not None:
            d, up = d + 1, boss[up]
        depth[p] = d
    if max(depth.values()) not in (3, 4):
        errors.append(f"roster: {max(depth.values())} levels of posts (three or four)")
    bodies = consult_bodies(org)
    if bodies != gold["consult_only_roles"]:
        errors.append(f"roster: consult bodies {bodies}")
    return errors


# =========================================================================== the deck's form


def _emu(value: Any) -> float:
    return int(value) / EMU


def _text(sh: Any) -> list[str]:
    if not sh.has_text_frame:
        return []
    return [normalize(p.text) for p in sh.text_frame.paragraphs if p.text.strip()]


def _is_txbox(sh: Any) -> bool:
    return sh.shape_type == MSO_SHAPE_TYPE.TEXT_BOX


def _is_auto(sh: Any) -> bool:
    return sh.shape_type == MSO_SHAPE_TYPE.AUTO_SHAPE


def _auto_kind(sh: Any) -> str:
    geom = sh._element.find(f".//{{{A}}}prstGeom")
    return "" if geom is None else str(geom.get("prst"))


def _titles(prs: Any) -> list[str]:
    return [
        s.shapes.title.text_frame.text if s.shapes.title is not None else "" for s in prs.slides
    ]


def package_form(deck: Path) -> list[str]:
    errors: list[str] = []
    z = zipfile.ZipFile(deck)
    names = z.namelist()
    if names != sorted(names):
        errors.append("package: ZIP entries not in name order")
    if any(i.date_time != ZIP_TIME for i in z.infolist()):
        errors.append("package: ZIP entries not all at one fixed time")
    for n in names:
        if re.search(rb"python-pptx|steve canny", z.read(n), re.I):
            errors.append(f"package: a trace of the library in {n}")
    app = z.read("docProps/app.xml").decode("utf-8")
    core = z.read("docProps/core.xml").decode("utf-8")
    prs = Presentation(str(deck))
    for want in (
        "<Application>Microsoft Office PowerPoint</Application>",
        "<AppVersion>16.0000</AppVersion>",
        "<PresentationFormat>Widescreen</PresentationFormat>",
        f"<Slides>{len(prs.slides)}</Slides>",
    ):
        if want not in app:
            errors.append(f"app.xml: no {want}")
    for t in _titles(prs):
        if f"<vt:lpstr>{t.replace('&', '&amp;')}</vt:lpstr>" not in app:
            errors.append(f"app.xml: slide title {t!r} not in its parts list")
    if f">{CREATED}</dcterms:created>" not in core or f">{MODIFIED}</dcterms:modified>" not in core:
        errors.append("core.xml: created or modified date not the fixed one")
    pres = z.read("ppt/presentation.xml").decode("utf-8")
    if (prs.slide_width, prs.slide_height) != (WIDE, HIGH) or (
        f'<p:sldSz cx="{WIDE}" cy="{HIGH}"/>' not in pres
    ):
        errors.append("deck: not 16:9 at 12192000 x 6858000, or a 4:3 type left on its size")
    if not 16 <= len(prs.slides) <= 20:
        errors.append(f"deck: {len(prs.slides)} slides (16 to 20)")
    bodies = 0
    for k, slide in enumerate(prs.slides, start=1):
        kinds = [ph.placeholder_format.type for ph in slide.placeholders]
        kind = PP_PLACEHOLDER.CENTER_TITLE if k == 1 else PP_PLACEHOLDER.TITLE
        if kinds.count(kind) != 1 or not slide.shapes.title.text_frame.text.strip():
            errors.append(f"slide {k}: no title in a title placeholder")
        if k == 1 and PP_PLACEHOLDER.SUBTITLE not in kinds:
            errors.append("slide 1: no subtitle placeholder")
        bodies += PP_PLACEHOLDER.BODY in kinds or PP_PLACEHOLDER.OBJECT in kinds
        if k == 1:
            continue
        ttop = _emu(slide.shapes.title.top)
        brows = [
            sh
            for sh in slide.shapes
            if _is_txbox(sh) and _emu(sh.top) < ttop and len(_text(sh)) == 1
        ]
        raw = [sh.text_frame.text for sh in brows]
        if len(brows) != 1 or raw[0] != raw[0].upper():
            errors.append(f"slide {k}: eyebrow text boxes above the title: {raw}")
        corner = [
            sh
            for sh in slide.shapes
            if _is_auto(sh) and _emu(sh.left) > 11.5 and _emu(sh.top) < 0.8
        ]
        if len(corner) != 1 or _text(corner[0]) != [str(k)]:
            errors.append(f"slide {k}: no page number {k} in a corner box")
    if bodies != 2:
        errors.append(f"deck: {bodies} slides with a body placeholder (two)")
    return errors


def _eyebrow(slide: Any) -> str:
    ttop = _emu(slide.shapes.title.top)
    for sh in slide.shapes:
        if _is_txbox(sh) and _emu(sh.top) < ttop:
            return normalize(sh.text_frame.text)
    return ""


def _vision_texts(gold: dict[str, Any], *, vague: bool | None = None) -> list[str]:
    return [
        t
        for v in gold["visions"]
        if vague is None or v["vague"] == vague
        for t in [v["match"], *v.get("alternatives", [])]
    ]


def _owners_of(gold: dict[str, Any], line: str) -> list[str]:
    return [
        o for e in gold["remit_owners"] if any(k in line for k in e["task"]) for o in e["owners"]
    ]


def pillar_form(prs: Any, gold: dict[str, Any], org: Path) -> list[str]:
    errors: list[str] = []
    posts = {r for r, _ in roster(org)}
    actions = gold["deck_actions"]
    for k in PILLAR_SLIDES:
        slide = prs.slides[k - 1]
        if not re.fullmatch(r"pillar \d", _eyebrow(slide)):
            errors.append(f"slide {k}: eyebrow {_eyebrow(slide)!r} is no 'PILLAR n'")
        boxes = [sh for sh in slide.shapes if _is_txbox(sh)]
        texts = [sh.text_frame.text for sh in boxes]
        labels = ["TODAY", "GOAL", "AIM", "WHAT WE WILL DO"]
        at = {}
        for lab in labels:
            if texts.count(lab) != 1:
                errors.append(f"slide {k}: label {lab!r} not in one text box of its own")
                continue
            at[lab] = texts.index(lab)
        if len(at) != 4:
            continue
        today = _text(boxes[at["TODAY"] + 1])[0]
        goal = _text(boxes[at["GOAL"] + 1])[0]
        aim = _text(boxes[at["AIM"] + 1])[0]
        work_box = boxes[at["WHAT WE WILL DO"] + 1]
        work = _text(work_box)
        if not any(t in goal for t in _vision_texts(gold, vague=False)):
            errors.append(f"slide {k}: the GOAL {goal!r} is no executable vision")
        if not any(t in aim for t in _vision_texts(gold, vague=True)):
            errors.append(f"slide {k}: the AIM {aim!r} is no vague vision")
        if not any(t in today for t in gold["not_visions"]) or not any(
            t in today for t in gold["not_actions"]
        ):
            errors.append(f"slide {k}: the TODAY line is not among not_visions and not_actions")
        if not 3 <= len(work) <= 5:
            errors.append(f"slide {k}: {len(work)} lines of work (3 to 5)")
        bullets = work_box._element.findall(f".//{{{A}}}buChar")
        if len(bullets) != len(work):
            errors.append(f"slide {k}: lines of work without a bullet")
        leads = [x for sh in boxes for x in _text(sh) if x.startswith("lead: ")]
        if len(leads) != 1:
            errors.append(f"slide {k}: {len(leads)} 'Lead:' lines")
            continue
        lead = next((p for p in posts if p.lower() == leads[0][6:]), None)
        if lead is None:
            errors.append(f"slide {k}: the lead {leads[0]!r} is no roster post")
            continue
        below = under(org, lead)
        on_page = [a for a in actions if a["slide"] == k]
        if len(on_page) < 2:
            errors.append(f"slide {k}: {len(on_page)} deck actions from the page")
        for line in work:
            owners = _owners_of(gold, line)
            if not owners:
                errors.append(f"slide {k}: no remit_owners entry for {line!r}")
            elif not set(owners) <= below:
                errors.append(f"slide {k}: {line!r} owned outside {lead!r}'s reports: {owners}")
    return errors


def pilot_form(pages: dict[int, list[str]], prs: Any, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    lines = pages[PILOT_SLIDE]
    slide = prs.slides[PILOT_SLIDE - 1]
    if not _eyebrow(slide).endswith("· pilot"):
        errors.append(f"pilot: eyebrow {_eyebrow(slide)!r}")
    if "pilot" in normalize(slide.shapes.title.text_frame.text):
        errors.append("pilot: the title says 'pilot'")
    will = [x for x in lines if x.startswith("we will ")]
    if len(will) != 1 or PILOT_UNIT not in will[0] or not re.search(r"20\d\d", will[0]):
        errors.append(f"pilot: 'We will' line {will}")
    for lab in ("why gullhope", "steps", "what good looks like"):
        if lines.count(lab) != 1:
            errors.append(f"pilot: label {lab!r}")
    if any(x not in lines for x in ("why gullhope", "steps", "what good looks like")):
        return errors
    i, j, m = lines.index("why gullhope"), lines.index("steps"), lines.index("what good looks like")
    why, steps, marks = lines[i + 1 : j], lines[j + 1 : m], lines[m + 1 : m + 4]
    if [s[:3] for s in steps] != [f"{n}. " for n in range(1, len(steps) + 1)]:
        errors.append(f"pilot: steps not numbered 1. to {len(steps)}.: {steps}")
    if not steps or not steps[-1].endswith("at gate 2"):
        errors.append("pilot: the last step is not the report at Gate 2")
    for x in why + marks:
        if not any(n in x for n in gold["not_actions"]):
            errors.append(f"pilot: {x!r} is not a not-action")
    for x in marks:
        if not any(o in x for o in gold["optional_visions"]):
            errors.append(f"pilot: pass mark {x!r} is not an optional vision")
    pilot = gold["pilot"]
    if pilot["slide"] != PILOT_SLIDE or pilot["match"] != [PILOT_UNIT, PILOT_PLACE]:
        errors.append(f"pilot: gold pilot {pilot}")
    first = next(x for n in sorted(pages) for x in pages[n] if PILOT_PLACE in x)
    if PILOT_UNIT not in first:
        errors.append(f"pilot: first mention {first!r} is not the full unit")
    unit_slides = sorted(n for n, ls in pages.items() if any(PILOT_UNIT in x for x in ls))
    if unit_slides != sorted({PILOT_SLIDE, SUMMARY_SLIDE}):
        errors.append(f"pilot: the full unit on slides {unit_slides}")
    for n in pilot["also_slides"]:
        if n != SUMMARY_SLIDE and not any(PILOT_PLACE in x for x in pages[n]):
            errors.append(f"pilot: also-slide {n} does not name {PILOT_PLACE!r}")
    return errors


def _month(name: str, year: str) -> int:
    return (int(year) - START_YEAR) * 12 + MONTHS.index(name)


def clock_form(pages: dict[int, list[str]], prs: Any, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    lines = pages[ROADMAP_SLIDE]
    clock = [x for x in lines if x.startswith("the plan runs from ")]
    m = re.search(r"from 1 (\w+) (\d{4}) to 31 (\w+) (\d{4})", clock[0]) if clock else None
    if m is None:
        return ["roadmap: no 'The plan runs from ... to ...' line"]
    start, end = _month(m.group(1), m.group(2)), _month(m.group(3), m.group(4)) + 1
    if start != 0 or gold["horizon_months"] != end:
        errors.append(f"clock: months {start} to {end}, gold horizon {gold['horizon_months']}")
    heads = [x for x in lines if re.fullmatch(r"20\d\d: [a-z]+", x)]
    if heads != ["2028: build", "2029: connect", "2030: extend"]:
        errors.append(f"roadmap: stage heads {heads}")
    phases = [(int(h[:4]) - START_YEAR) * 12 for h in heads]
    got = [(p["match"][0], p["start_month"], p["end_month"]) for p in gold["phases"]]
    want = [(h, s, s + 12) for h, s in zip(heads, phases, strict=True)]
    if got != want:
        errors.append(f"phases: gold {got}, computed {want}")
    gates = [g for x in lines if (g := re.fullmatch(r"gate (\d) · (\w+) (\d{4}) board", x))]
    diamonds = [sh for sh in prs.slides[ROADMAP_SLIDE - 1].shapes if _auto_kind(sh) == "diamond"]
    if len(gates) != 3 or len(diamonds) != 3:
        errors.append(f"roadmap: {len(gates)} gates, {len(diamonds)} diamonds")
    gate_slide = prs.slides[GATES_SLIDE - 1]
    if _eyebrow(gate_slide) != "gates" or "ready" not in normalize(
        gate_slide.shapes.title.text_frame.text
    ):
        errors.append("gates page: eyebrow or title")
    heads2 = [
        g
        for x in pages[GATES_SLIDE]
        if (g := re.fullmatch(r"gate (\d) · (\w+) (\d{4}) · ready to (\w+)", x))
    ]
    if [g.groups()[:3] for g in heads2] != [g.groups() for g in gates]:
        errors.append("gates page: heads do not match the roadmap's gates")
    if [g.group(4) for g in heads2] != [h.split(": ")[1] for h in heads]:
        errors.append("gates page: gate names do not match the stages")
    for g in gates:
        month = _month(g.group(2), g.group(3))
        if not 0 <= month < gold["horizon_months"]:
            errors.append(f"roadmap: gate {g.group(1)} outside the plan")
    return errors


def ninety_form(
    pages: dict[int, list[str]], prs: Any, gold: dict[str, Any], org: Path
) -> list[str]:
    errors: list[str] = []
    slide = prs.slides[FIRST_90_SLIDE - 1]
    circles = [sh for sh in slide.shapes if _auto_kind(sh) == "ellipse"]
    numbers = [_text(sh)[0] if _text(sh) else "" for sh in circles]
    if numbers != [f"{n:02d}" for n in range(1, 9)]:
        errors.append(f"first 90 days: circles {numbers}")
    if len({sh.left for sh in circles}) != 2:
        errors.append("first 90 days: the circles are not in two columns")
    lines = pages[FIRST_90_SLIDE]
    items = [m for x in lines if (m := re.fullmatch(r"(.+) \(([^)]+)\)", x))]
    if len(items) != 8:
        errors.append(f"first 90 days: {len(items)} items with a lead in brackets")
    roles = [r for r, _ in roster(org)]
    lower = {r.lower(): r for r in roles}
    retitled = 0
    for m in items:
        item, who = m.group(1), m.group(2)
        post = lower.get(who) or BRACKET_TITLES.get(who, "")
        if post not in roles:
            errors.append(f"first 90 days: lead {who!r} maps to no post")
            continue
        retitled += who not in lower
        owners = _owners_of(gold, item)
        if owners and post not in owners:
            errors.append(f"first 90 days: {item!r} ({who}) is not owned by {post!r}")
        is_action = any(any(a in item for a in d["match"]) for d in gold["deck_actions"])
        if is_action and not owners:
            errors.append(f"first 90 days: deck action {item!r} has no remit owner")
    if retitled < 3:
        errors.append(f"first 90 days: {retitled} leads retitled (three or more)")
    return errors


def _tiles(slide: Any) -> list[tuple[str, str]]:
    """(big number, caption): each filled rectangle followed by a text box."""
    shapes = list(slide.shapes)
    out = []
    for i, sh in enumerate(shapes[:-1]):
        nxt = shapes[i + 1]
        if _is_auto(sh) and _auto_kind(sh) == "rect" and _is_txbox(nxt) and _text(nxt):
            big = _text(sh)
            if big and re.search(r"\d", big[0]) and abs(sh.left - nxt.left) < EMU * 0.05:
                out.append((big[0], _text(nxt)[0]))
    return out


def tiles_form(pages: dict[int, list[str]], prs: Any, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    ctx, summ = prs.slides[CONTEXT_SLIDE - 1], prs.slides[SUMMARY_SLIDE - 1]
    if _eyebrow(ctx) != "01 · why now" or _eyebrow(summ) != "01 · why now":
        errors.append("context and summary pages: eyebrows not both '01 · WHY NOW'")
    t = normalize(ctx.shapes.title.text_frame.text)
    if "context" in t or "why now" in t or len(t.split()) < 6:
        errors.append(f"context page: title {t!r} is no headline")
    if normalize(summ.shapes.title.text_frame.text) != "executive summary":
        errors.append("summary page: title is not 'Executive summary'")
    visions = _vision_texts(gold)
    ctx_tiles, summ_tiles = _tiles(ctx), _tiles(summ)
    if len(ctx_tiles) < 4 or len(summ_tiles) < 4:
        errors.append(f"tiles: {len(ctx_tiles)} context, {len(summ_tiles)} summary")
    for _, cap in ctx_tiles:
        years = [int(y) for y in re.findall(r"\b(20\d\d)\b", cap)]
        if not years or max(years) >= START_YEAR:
            errors.append(f"context tile {cap!r} names no past year")
        if any(v in cap or cap in v for v in visions):
            errors.append(f"context tile {cap!r} is a vision")
        if cap not in gold["not_visions"]:
            errors.append(f"context tile {cap!r} not among the not-visions")
    for _, cap in summ_tiles:
        if not any(v in cap for v in _vision_texts(gold, vague=False)):
            errors.append(f"summary tile {cap!r} restates no executable vision")
    for v in gold["visions"]:
        texts = [v["match"], *v.get("alternatives", [])]
        on_summary = any(a in cap for a in texts for _, cap in summ_tiles)
        if on_summary and SUMMARY_SLIDE not in v.get("also_slides", []):
            errors.append(f"vision {v['match']!r}: the summary is not an also-slide")
    return errors


def moments_form(pages: dict[int, list[str]], gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    lines = pages[MOMENTS_SLIDE]
    starts = [i for i, x in enumerate(lines) if x.startswith("today: ")]
    moments = [lines[i - 1] for i in starts]
    for i in starts:
        if i + 1 >= len(lines) or not lines[i + 1].startswith(f"with {PLAN_NAME}: "):
            errors.append(f"moments: no 'With Open Harbour:' after {lines[i]!r}")
    if len(moments) != 3 or any(m.startswith(("today", "with")) for m in moments):
        errors.append(f"moments: {moments}")
    segs = gold["scenario_segments"]
    for seg in segs:
        if not any(alt in m for alt in seg for m in moments):
            errors.append(f"moments: scenario {seg[0]!r} is no moment")
    return errors


def kpi_form(pages: dict[int, list[str]], prs: Any, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    slide = prs.slides[KPI_SLIDE - 1]
    tables = [sh.table for sh in slide.shapes if getattr(sh, "has_table", False) and sh.has_table]
    if len(tables) != 1:
        return [f"kpi: {len(tables)} tables"]
    rows = [[normalize(c.text) for c in r.cells] for r in tables[0].rows]
    if rows[0] != ["measure", "baseline", "target", "by when"]:
        errors.append(f"kpi: header {rows[0]}")
    kpi_visions = [v for v in gold["visions"] if any(k in v["match"] for k in gold["kpis"])]
    undated = []
    for v in kpi_visions:
        found = [r for r in rows[1:] if v["match"] in r[0]]
        if v["slide"] != KPI_SLIDE or len(found) != 1:
            errors.append(f"kpi: {v['match']!r} is not one row of the table")
            continue
        _, base, target, when = found[0]
        if not base:
            errors.append(f"kpi: {v['match']!r} has no baseline")
        if not (re.search(r"\d", target) and re.search(r"20\d\d", when)):
            undated.append(v["match"])
    vague = [v["match"] for v in kpi_visions if v["vague"]]
    if undated != vague or len(vague) != 1:
        errors.append(f"kpi: rows without a number and a year {undated}; vague KPIs {vague}")
    if len(kpi_visions) != len(rows) - 1:
        errors.append(f"kpi: {len(rows) - 1} rows, {len(kpi_visions)} KPI visions")
    # the definitions page
    dslide = prs.slides[DEFS_SLIDE - 1]
    if normalize(dslide.shapes.title.text_frame.text) != "how we measure":
        errors.append("definitions: title")
    if _eyebrow(dslide) != "appendix":
        errors.append("definitions: eyebrow")
    body = [normalize(p.text) for p in dslide.placeholders[1].text_frame.paragraphs]
    for x in body:
        if not re.fullmatch(r"[a-z0-9 ]+: .+", x):
            errors.append(f"definitions: {x!r} is no 'Measure: what it counts' line")
        if any(v in x for v in _vision_texts(gold)):
            errors.append(f"definitions: {x!r} holds a vision")
        if not any(n in x for n in gold["not_visions"]):
            errors.append(f"definitions: {x!r} is not a not-vision")
    return errors


def deck_form(case: Path, gold: dict[str, Any]) -> list[str]:
    deck = case / gold["deck"]
    prs = Presentation(str(deck))
    pages = deck_lines(deck)
    org = case / "org"
    return (
        package_form(deck)
        + pillar_form(prs, gold, org)
        + pilot_form(pages, prs, gold)
        + clock_form(pages, prs, gold)
        + ninety_form(pages, prs, gold, org)
        + tiles_form(pages, prs, gold)
        + moments_form(pages, gold)
        + kpi_form(pages, prs, gold)
    )


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
    if len({a["slide"] for a in actions if a["slide"] in PILLAR_SLIDES}) < 2:
        errors.append("gold: pillar lines from fewer than two pillar pages")
    vague = sum(v["vague"] for v in gold["visions"])
    if vague < 2 or vague * 2 >= len(gold["visions"]):
        errors.append(f"gold: {vague} vague of {len(gold['visions'])} visions")

    segs = gold["scenario_segments"]
    if not 2 <= len(segs) <= 4:
        errors.append(f"gold: {len(segs)} scenario segments (2 to 4)")

    gaps = gold["gaps"]
    if not 6 <= len(gaps) <= 10:
        errors.append(f"gold: {len(gaps)} gaps (6 to 10)")
    per_file = sentences_by_file(org, sentences)
    files = {f for f, ss in per_file.items() for gap in gaps for a in gap for s in ss if a in s}
    if len(files) < 3 or len({Path(f).suffix for f in files}) < 3:
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
    for key, wrong in KEYWORD_TRAPS:
        hits = [e for e in entries if key in e["task"]]
        if len(hits) != 1 or wrong in hits[0]["owners"] or wrong not in roles:
            errors.append(f"gold: keyword trap {key!r} / {wrong!r} not kept")
    told = namesakes_told_apart(roles, gold, GRADE_WORDS)
    for pair in NAMESAKES:
        if pair not in told:
            errors.append(f"gold: remit_owners never tell {pair[0]!r} from {pair[1]!r}")
    keys = [k for e in entries for k in e["task"]]
    for kpi in gold["kpis"]:
        if not any(k in kpi for k in keys):
            errors.append(f"gold: KPI {kpi!r} is covered by no remit_owners entry")
    for a in actions:
        if not any(_owners_of(gold, alt) for alt in a["match"]):
            errors.append(f"gold: deck action {a['match'][0]!r} has no remit owner")
    for e in gold["accountable"]:
        for r in e["roles"]:
            if r not in ACCOUNTABLE:
                errors.append(f"gold: accountable {r!r} is neither sponsor nor finance director")
    for x in pages[ASKS_SLIDE][1:5]:
        if not any(k in x for e in gold["accountable"] for k in e["task"]):
            errors.append(f"gold: the ask {x!r} has no accountable entry")
    if gold["split"] != "blind21" or gold["domain"] != "operations" or gold["mismatch"]:
        errors.append("gold: split, domain or mismatch")
    return errors + gap_block_errors(gold, said, deck_text)


def extra(case: Path) -> list[str]:
    gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
    return roster_form(case / "org", gold) + deck_form(case, gold) + gold_form(case, gold)


CASE = Case(
    name=NAME,
    builder="build_port_authority.py",
    roster=roster,
    org_sentences=sentences,
    core=frozenset({"core"}),
    consult=frozenset({"consult"}),
    extra=extra,
    folder=HERE,
    split="blind21",
)


def dump_org() -> None:
    """The roster's rows (with each post's manager), then the org sentences."""
    org = HERE / NAME / "org"
    boss = managers(org)
    print(f"--- {ROSTER}:")
    for level, name, remit in chart(org):
        kind = "post" if remit is not None else "group"
        up = f" (reports to {boss[name]})" if remit is not None and boss[name] else ""
        print(f"  {'  ' * level}{kind}: {name}{up}")
    print(f"--- roster: {roster(org)}")
    print("--- org sentences:")
    for s in sentences(org):
        print(f"  | {s}")


if __name__ == "__main__":
    if "--org" in sys.argv and "--dump" not in sys.argv:
        dump_org()
        sys.exit(0)
    sys.exit(run(CASE))
