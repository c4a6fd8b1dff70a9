"""Consistency checks of the dev30 case ``research-charity`` against its deck and org folder.

Run from the repository root with the venv the builder needs (reportlab is not in the project's
lock; see ``build_research_charity.py``), since the rebuild check runs the builder with the
interpreter that runs this file:

    /tmp/rl/bin/python evals/dev30/check_research_charity.py
    /tmp/rl/bin/python evals/dev30/check_research_charity.py --dump   (deck lines by page, roster)
    /tmp/rl/bin/python evals/dev30/check_research_charity.py --org    (roster rows, org sentences)

The checks are those of ``evals/dev15/_checks.py`` (adapted from ``evals/dev13/check_gold.py``),
imported, not copied, and pointed at this folder (``evals/dev30``, split "dev30") with
``build_research_charity.py`` as the builder, "core" the core tier and "consult" the consult
tier. Deck lines are dev13's: pypdf's text of each PDF page, one line per line, normalised; gold
"slide" is the PDF page (the deck has no page numbers). The gold carries ``gap_blocks`` (a field
of ``evals/cases/README.md``'s deck-grounded gold that dev13's field list predates), so the field
list the shared checks compare with is that list plus ``gap_blocks``, checked with
``_checks.gap_block_errors``.

What is this case's own:

- the roster, read with the standard library from ``org/people/roles.json``, an HR system's
  export: a JSON list of posts, each an object with post_id, title, directorate, manager_title,
  grade, fte and accountabilities (a list of strings); a post in the directorate "Consultative
  bodies (not staff)" is consult tier, every other post core. Org sentences are the shared ones
  (every string of a JSON file, so titles, directorates and each accountability);
- checks of the roster's form: a top-level list of 18 to 22 objects with exactly those keys in
  that order, unique post ids and titles, accountabilities a non-empty list of strings, every
  manager_title a post on the list or the Chair of Trustees, the two consulted posts with no
  manager, no grade of staff and fte 0, and they are the gold's consult-only roles; the file is
  ASCII (the export escapes "£" and every other non-ASCII character), indented by two spaces;
  some remits point to the Fundraising Governance Policy, which is in ``org/``;
- checks of the deck's form, as Google Slides downloads a presentation as PDF: 20 pages of
  720 x 405 pt; version 1.4 with a binary comment line and no "ReportLab" in the file; the
  document information holds only a Title, which is the file's name without ".pdf", and a
  Producer "Skia/PDF m<NNN> Google Docs Renderer"; no page numbers (every content page ends with
  the charity's name); the KPI table (page 11): Measure / 2027/28 baseline / Target / By when,
  every KPI vision one row whose by-when is written on the financial-year clock ("Year 2
  (2029/30)", "End of Year 3 (March 2031)", "Before the Christmas appeal 2029") and "-" for the
  one vague KPI;
- the roadmap (page 13): a Gantt drawn with fills only, no stroked path and no line on the page
  (no grid); column heads of two lines, "Year 1" over "2028/29" to "Year 3" over "2030/31", each
  pair sharing an x, and a "Later" / "not in this plan" column right of them; each phase read
  off its bar (the filled rectangle under its "Phase n" label), its start and end in months from
  April 2028 at 12 months a year column, equal to the gold's; no phase bar reaching into the
  "Later" column; four filled diamonds (three gates and the milestone); Gate 1 undated on the
  roadmap, dated only in its criteria on page 14 (28 September 2028); Gate 2 "at the Year 2
  half-year review (October 2029)"; the milestone "before the Christmas appeal 2029"; the clock
  sentence once, on the roadmap; the horizon said three ways that agree (the cover's
  "2028-2031", the roadmap's "the plan ends on 31 March 2031", the asks' "by the end of Year 3:
  31 March 2031") and the lease line ("runs to 2035") present but not the horizon; page 4 names
  the four phases with no date;
- the pilot: named with its unit ("the 14 shops of the Fenmarch area") on its own page only,
  "Fenmarch" on no earlier page, by the place alone on its also-slides, and the word "pilot"
  nowhere in the deck;
- checks of the gold beyond ``_checks``: 15 to 25 deck actions in at least five forms (pillar
  initiatives, pilot steps, gate criteria, risk mitigations, the first 90 days, the Monday list),
  at least three on pages whose titles are headlines; two or more vague visions; 2 to 4 scenario
  segments on deck lines, none in the "Not in this strategy" list; 6 to 12 gaps stated in at
  least three org files of three kinds; two or more false-gap groups; 5 to 10 forbidden terms;
  15 or more ``remit_owners`` entries, every KPI covered by one; near-namesake posts told apart;
  the keyword traps (a task whose obvious keyword owner is not the owner by remit) kept; the
  first-90-days owners in brackets that the roster calls by another title mapped to the
  roster's post; the accountable roles the sponsor or the finance director; ``gap_blocks``.

It never runs the planner.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

from pypdf import PdfReader

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import evals.dev15._checks as _checks  # noqa: E402
from evals.dev13.check_gold import FIELDS, deck_lines, normalize  # noqa: E402
from evals.dev15._checks import Case, gap_block_errors, run, sentences_by_file  # noqa: E402

HERE = Path(__file__).resolve().parent
NAME = "research-charity"
ROSTER = Path("people") / "roles.json"
KEYS = ["post_id", "title", "directorate", "manager_title", "grade", "fte", "accountabilities"]
CONSULTED = "Consultative bodies (not staff)"
OUTSIDE = {"Chair of Trustees (not an employee)"}
POLICY = Path("governance") / "fundraising-governance-policy.md"

PAGES = 20
SIZE = (720.0, 405.0)
PRODUCER = re.compile(r"^Skia/PDF m\d{2,3} Google Docs Renderer$")
MARK = "marram lung research"
PHASES_PAGE, KPI_PAGE, PILOT_PAGE, ROADMAP_PAGE, GATES_PAGE = 4, 11, 12, 13, 14
SCOPE_PAGE, FIRST_90_PAGE, ASKS_PAGE = 5, 16, 20
HEADS = [("year 1", "2028/29"), ("year 2", "2029/30"), ("year 3", "2030/31")]
BY_WHEN = re.compile(
    r"^(end of year [1-3] \(march 20\d\d\)|year [1-3] \(20\d\d/\d\d\)"
    r"|before the christmas appeal 20\d\d)$"
)
DATE = re.compile(
    r"\b(20\d\d|january|february|march|april|may|june|july|august|september|october"
    r"|november|december|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)\b"
)

# deck-action forms by page, and the pages whose titles are headlines, not "Roadmap"/"Actions"
FORMS = {
    6: "pillar initiative",
    7: "pillar initiative",
    8: "pillar initiative",
    9: "pillar initiative",
    10: "pillar initiative",
    12: "pilot step",
    14: "gate criterion",
    15: "risk mitigation",
    16: "first 90 days",
    17: "what changes on Monday",
}
HEADLINE_PAGES = {12, 14, 15, 16, 17}
GRADE_WORDS = {"head", "of", "manager", "director", "chief", "the", "and", "chair"}
NAMESAKES = [
    ("Volunteer Engagement Manager", "Volunteer Services Manager"),
    ("Head of Legacy Giving", "Legacy Administration Manager"),
    ("Head of Digital and Data", "Supporter Data Manager"),
    ("Head of Supporter Care", "Supporter Data Manager"),
]
# (a task key of remit_owners, the post a keyword list would pick, wrongly)
KEYWORD_TRAPS = [
    ("retail gift aid refresher", "People and Learning Manager"),
    ("sign-in sheets", "Head of Digital and Data"),
    ("legacy notification", "Head of Digital and Data"),
    ("legacy notification", "Head of Legacy Giving"),
    ("in data protection each year", "Information Governance Manager"),
    ("permission source", "Information Governance Manager"),
    ("first collection", "Head of Digital and Data"),
]
# the first-90-days owners in brackets whose title the roster spells otherwise
BRACKET_TITLES = {
    "dpo": "Information Governance Manager",
    "programme lead": "Transformation Programme Manager",
    "head of shops": "Head of Retail Operations",
}
ACCOUNTABLE = {"Chief Executive", "Director of Finance and Resources"}

# gap_blocks is a field of the deck-grounded gold that dev13's list predates
_checks.FIELDS = FIELDS | {"gap_blocks"}  # type: ignore[attr-defined]


# =========================================================================== the roster (JSON)


def posts(org: Path) -> list[dict[str, Any]]:
    """The HR export's posts, in file order ([] when the file is missing or not a list)."""
    path = org / ROSTER
    if not path.is_file():
        return []
    data = json.loads(path.read_text(encoding="utf-8"))
    return [p for p in data if isinstance(p, dict)] if isinstance(data, list) else []


def roster(org: Path) -> list[tuple[str, str]]:
    """(title, tier) of every post: consult for the consultative bodies, else core."""
    return [
        (str(p["title"]), "consult" if p.get("directorate") == CONSULTED else "core")
        for p in posts(org)
    ]


def sentences(org: Path) -> list[str]:
    return _checks.org_sentences(org)


def roster_form(org: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    path = org / ROSTER
    raw = path.read_bytes()
    try:
        raw.decode("ascii")
    except UnicodeDecodeError:
        errors.append("roster: the export is not ASCII (it escapes non-ASCII characters)")
    if b"\\u00a3" not in raw:
        errors.append("roster: no escaped pound sign")
    text = raw.decode("utf-8")
    if not text.startswith('[\n  {\n    "post_id": '):
        errors.append("roster: not a list of objects indented by two spaces")
    found = posts(org)
    if not 18 <= len(found) <= 22:
        errors.append(f"roster: {len(found)} posts (18 to 22)")
    titles = [str(p.get("title")) for p in found]
    if len(set(titles)) != len(titles):
        errors.append("roster: a title appears twice")
    if len({p.get("post_id") for p in found}) != len(found):
        errors.append("roster: a post id appears twice")
    for p in found:
        if list(p) != KEYS:
            errors.append(f"roster: {p.get('title')!r} has keys {list(p)}")
            continue
        acc = p["accountabilities"]
        if not acc or not all(isinstance(a, str) and a for a in acc):
            errors.append(f"roster: {p['title']!r} has no list of accountabilities")
        manager = p["manager_title"]
        if p["directorate"] == CONSULTED:
            if manager is not None or p["fte"] != 0.0 or p["grade"] != "Volunteer office holder":
                errors.append(f"roster: consulted post {p['title']!r} looks like staff")
        elif manager not in titles and manager not in OUTSIDE:
            errors.append(f"roster: {p['title']!r} reports to {manager!r}, no post")
    consult = [t for t, tier in roster(org) if tier == "consult"]
    if sorted(consult) != sorted(gold["consult_only_roles"]) or len(consult) != 2:
        errors.append(f"roster: consulted posts {consult} are not the gold's")
    pointers = [
        a for p in found for a in p.get("accountabilities", []) if "Fundraising Governance" in a
    ]
    if len(pointers) < 2 or not (org / POLICY).is_file():
        errors.append("roster: no remits sent to the Fundraising Governance Policy in org/")
    return errors


# =========================================================================== the deck's runs


Run = tuple[str, float, float, float]  # text, x, y, size
Box = tuple[float, float, float, float]  # x, y, w, h


def page_runs(page: Any) -> list[Run]:
    """Every text run of a page: its text, where it starts and its size, in stream order."""
    runs: list[Run] = []

    def visit(text: str, cm: list[float], tm: list[float], font: Any, size: float) -> None:
        if not text.strip():
            return
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        runs.append((normalize(text), round(x, 2), round(y, 2), round(size * abs(tm[0]), 2)))

    page.extract_text(visitor_text=visit)
    return runs


def _stream(page: Any) -> bytes:
    contents = page.get_contents()
    return contents.get_data() if contents is not None else b""


RECT = re.compile(rb"n ([-\d.]+) ([-\d.]+) ([-\d.]+) ([-\d.]+) re f\*?")
DIAMOND = re.compile(rb"n [-\d.]+ [-\d.]+ m(?: [-\d.]+ [-\d.]+ l){3} h\s+f\*?")
STROKE = re.compile(rb"(^|\s)(S|s|B\*?|b\*?)(\s|$)")


def _boxes(stream: bytes) -> list[Box]:
    return [(float(a), float(b), float(c), float(d)) for a, b, c, d in RECT.findall(stream)]


def deck_form(case: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    path = case / gold["deck"]
    data = path.read_bytes()
    if not data.startswith(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3") or b"ReportLab" in data:
        errors.append("deck: not version 1.4 with a binary comment, or ReportLab in the file")
    reader = PdfReader(str(path))
    meta: dict[str, Any] = dict(reader.metadata or {})
    if set(meta) != {"/Title", "/Producer"}:
        errors.append(f"deck: document information keys {sorted(meta)} (Title and Producer)")
    if not PRODUCER.match(str(meta.get("/Producer", ""))):
        errors.append(f"deck: producer {meta.get('/Producer')!r} is not Google's Skia renderer")
    if meta.get("/Title") != path.stem:
        errors.append(f"deck: title {meta.get('/Title')!r} is not the file's name")
    if len(reader.pages) != PAGES:
        errors.append(f"deck: {len(reader.pages)} pages, {PAGES} expected")
    if "/Outlines" in reader.root_object:
        errors.append("deck: an outline (Google's download has none)")
    pages = deck_lines(path)
    for n, page in enumerate(reader.pages, start=1):
        w, h = float(page.mediabox.width), float(page.mediabox.height)
        if (w, h) != SIZE:
            errors.append(f"deck: page {n} is {w} x {h}")
        if n > 1 and pages[n][-1] != MARK:
            errors.append(f"deck: page {n} does not end with the charity's name")
        if any(re.fullmatch(r"\d{1,2}", x) for x in pages[n][-2:]):
            errors.append(f"deck: page {n} carries a page number")
    errors += _kpi_table(pages, gold)
    errors += _roadmap(reader.pages[ROADMAP_PAGE - 1], pages, gold)
    errors += _clock(pages, gold)
    errors += _pilot(pages, gold)
    return errors


def _kpi_table(pages: dict[int, list[str]], gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    lines = pages[KPI_PAGE]
    if "measure 2027/28 baseline target by when" not in lines:
        errors.append("kpi table: no header Measure / 2027/28 baseline / Target / By when")
    kpis = [v for v in gold["visions"] if v["slide"] == KPI_PAGE]
    cells = re.compile(
        r"^ (?P<base>[\d,]+%?(?: days)?|not recorded|not measured)"
        r" (?P<target>[\d,]+%?(?: days)?|higher) (?P<when>.+)$"
    )
    for v in kpis:
        row = [x for x in lines if x.startswith(v["match"])]
        m = cells.match(row[0][len(v["match"]) :]) if len(row) == 1 else None
        if m is None:
            errors.append(f"kpi table: {v['match']!r} is not one row of four cells")
            continue
        when = m.group("when")
        if v["vague"] != (when == "-") or (not v["vague"] and not BY_WHEN.match(when)):
            errors.append(f"kpi table: {v['match']!r} by {when!r} (vague {v['vague']})")
    rows = [x for x in lines if any(x.startswith(v["match"]) for v in kpis)]
    if len(rows) != len(kpis) or len(kpis) != len(gold["kpis"]):
        errors.append(f"kpi table: {len(rows)} rows, {len(kpis)} KPI visions, {len(gold['kpis'])}")
    return errors


def _roadmap(page: Any, pages: dict[int, list[str]], gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    stream = _stream(page)
    if STROKE.search(stream):
        errors.append("roadmap: a stroked path (the Gantt has no grid lines)")
    runs = page_runs(page)
    # the column heads: "Year n" over its financial year, at one x
    xs = []
    for name, years in HEADS:
        top = [r for r in runs if r[0] == name]
        under = [r for r in runs if r[0] == years]
        if len(top) != 1 or len(under) != 1 or top[0][1] != under[0][1] or under[0][2] >= top[0][2]:
            errors.append(f"roadmap: no two-line head {name!r} over {years!r}")
            return errors
        xs.append(top[0][1])
    later = [r for r in runs if r[0] == "later"]
    not_in = [r for r in runs if r[0] == "not in this plan"]
    if len(later) != 1 or len(not_in) != 1 or later[0][1] != not_in[0][1]:
        errors.append("roadmap: no two-line 'Later / not in this plan' head")
        return errors
    year_w = xs[1] - xs[0]
    if abs(xs[2] - xs[1] - year_w) > 0.01:
        errors.append("roadmap: the year columns are not evenly spaced")
    inset = 4.0  # each head sits 4 pt inside its column
    x0 = xs[0] - inset
    plan_end = xs[2] - inset + year_w
    if later[0][1] - inset < plan_end:
        errors.append("roadmap: the Later column starts inside Year 3")

    def month(x: float) -> int:
        return round((x - x0) / year_w * 12)

    boxes = _boxes(stream)
    found = {}
    for label in [r for r in runs if re.fullmatch(r"phase [1-4]", r[0])]:
        bars = [
            b
            for b in boxes
            if b[0] <= label[1] <= b[0] + b[2] and b[1] <= label[2] <= b[1] + b[3] and b[2] < 300
        ]
        if len(bars) != 1:
            errors.append(f"roadmap: {label[0]!r} sits on {len(bars)} bars")
            continue
        bx, _, bw, _ = bars[0]
        if bx + bw > plan_end + 1:
            errors.append(f"roadmap: {label[0]!r} runs into the Later column")
        found[label[0]] = (month(bx), month(bx + bw))
    if len(found) != len(gold["phases"]):
        errors.append(f"roadmap: {len(found)} phase bars, {len(gold['phases'])} gold phases")
    for ph in gold["phases"]:
        hit = [found[m] for m in ph["match"] if m in found]
        if hit != [(ph["start_month"], ph["end_month"])]:
            errors.append(f"roadmap: phase {ph['match']} is {hit} on the bars")
    months = [end for _, end in found.values()]
    if months and (max(months) != gold["horizon_months"] or month(plan_end) != max(months)):
        errors.append(f"roadmap: the bars end at {max(months)}, gold {gold['horizon_months']}")
    # gates and the milestone: filled diamonds; Gate 1 with no date on the roadmap
    if len(DIAMOND.findall(stream)) != 4:
        errors.append(f"roadmap: {len(DIAMOND.findall(stream))} diamonds (3 gates, 1 milestone)")
    road = pages[ROADMAP_PAGE]
    gate1 = [r[0] for r in runs if r[0].startswith("gate 1")]
    if gate1 != ["gate 1"]:
        errors.append(f"roadmap: Gate 1 reads {gate1} (undated, once)")
    if not any("gate 2 · year 2 half-year review (october 2029)" in x for x in road):
        errors.append("roadmap: Gate 2 is not at the Year 2 half-year review (October 2029)")
    if not any("close · march 2031" in x for x in road):
        errors.append("roadmap: no close in March 2031")
    if not any("live before the christmas appeal 2029" in x for x in road):
        errors.append("roadmap: no milestone before the Christmas appeal 2029")
    return errors


def _clock(pages: dict[int, list[str]], gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    clock = "years run april to march: year 1 is 1 april 2028 to 31 march 2029"
    where = [n for n, lines in pages.items() for x in lines if clock in x]
    if where != [ROADMAP_PAGE]:
        errors.append(f"clock: defined on pages {where}, not once on the roadmap")
    said = {
        1: "fundraising and volunteering strategy 2028-2031",
        ROADMAP_PAGE: "the plan ends on 31 march 2031",
        ASKS_PAGE: "done by the end of year 3: 31 march 2031",
    }
    for n, words in said.items():
        if not any(words in x for x in pages[n]):
            errors.append(f"horizon: {words!r} not on page {n}")
    if gold["horizon_months"] != 36:
        errors.append("horizon: April 2028 to March 2031 is 36 months")
    lease = [n for n, lines in pages.items() for x in lines if "lease runs to 2035" in x]
    if len(lease) != 1:
        errors.append(f"clock: the lease line on pages {lease}, once expected")
    # the phases named without dates (page 4), Gate 1 dated only in its criteria (page 14)
    named = pages[PHASES_PAGE]
    at = named.index("how we get there, in four phases:") if named else -1
    strip = named[at + 1 : -1] if at >= 0 else []
    for ph in gold["phases"]:
        if not any(m in x for m in ph["match"] for x in strip):
            errors.append(f"phases page: {ph['match']} not named")
    if not strip or any(DATE.search(x) for x in strip):
        errors.append("phases page: a date among the phases, or no phases")
    gates = pages[GATES_PAGE]
    g1 = gates.index("gate 1 · ready to build") if "gate 1 · ready to build" in gates else -1
    g2 = gates.index("gate 2 · go for every shop") if "gate 2 · go for every shop" in gates else -1
    if g1 < 0 or g2 < g1 or DATE.search(gates[g1]):
        errors.append("gates: Gate 1's heading is missing or dated")
    elif not any("28 september 2028" in x for x in gates[g1 + 1 : g2]):
        errors.append("gates: Gate 1's date is not in its criteria")
    elif gates[g2 + 1] != "year 2 half-year review (october 2029)":
        errors.append("gates: Gate 2 is not dated at the Year 2 half-year review")
    return errors


def _pilot(pages: dict[int, list[str]], gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    unit = "14 shops of the fenmarch area"
    named = [n for n, lines in pages.items() if any(unit in x for x in lines)]
    pilot = gold["pilot"]
    if named != [pilot["slide"]] or pilot["slide"] != PILOT_PAGE:
        errors.append(f"pilot: named with its unit on pages {named}, gold says {pilot['slide']}")
    early = [
        n for n, lines in pages.items() if n < PILOT_PAGE and any("fenmarch" in x for x in lines)
    ]
    if early:
        errors.append(f"pilot: Fenmarch named before its page, on {early}")
    for n in pilot["also_slides"]:
        text = " ".join(pages[n])
        if "fenmarch" not in text or unit in text:
            errors.append(f"pilot: page {n} does not name Fenmarch alone")
    if any("pilot" in x for lines in pages.values() for x in lines):
        errors.append("pilot: the deck says 'pilot'")
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
    if sum(a["slide"] in HEADLINE_PAGES for a in actions) < 3:
        errors.append("gold: fewer than three deck actions on headline-titled pages")
    for n in HEADLINE_PAGES:
        title = pages[n][1]
        if title in {"roadmap", "actions", "next steps", "first 90 days"}:
            errors.append(f"gold: page {n}'s title {title!r} is no headline")
    if sum(v["vague"] for v in gold["visions"]) < 2:
        errors.append("gold: fewer than two vague visions")

    segs = gold["scenario_segments"]
    if not 2 <= len(segs) <= 4:
        errors.append(f"gold: {len(segs)} scenario segments (2 to 4)")
    scope = pages[SCOPE_PAGE]
    out_of_scope = scope[scope.index("not in this strategy") + 1 : -1]
    if len(out_of_scope) != 4:
        errors.append(f"gold: the not-in-scope list reads {out_of_scope}")
    for seg in segs:
        for alt in seg:
            if not any(alt in x for x in deck_text):
                errors.append(f"gold: scenario keyword {alt!r} is on no deck line")
            if any(alt in x for x in out_of_scope):
                errors.append(f"gold: scenario keyword {alt!r} is in the not-in-scope list")

    gaps = gold["gaps"]
    if not 6 <= len(gaps) <= 12:
        errors.append(f"gold: {len(gaps)} gaps (6 to 12)")
    per_file = _file_sentences(org)
    files = {f for f, ss in per_file.items() for gap in gaps for a in gap for s in ss if a in s}
    kinds = {Path(f).suffix for f in files} | {Path(f).parts[0] for f in files}
    if len(files) < 3 or len({Path(f).parts[0] for f in files}) < 3 or len(kinds) < 5:
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
    titles = [r for r, _ in roster(org)]
    roles = set(titles)
    told = set(_checks.namesakes_told_apart(titles, gold, GRADE_WORDS))
    for a, b in NAMESAKES:
        if a not in roles or b not in roles:
            errors.append(f"gold: near-namesakes {a!r} / {b!r} not both on the roster")
        if (a, b) not in told and (b, a) not in told:
            errors.append(f"gold: remit_owners never tell {a!r} from {b!r}")
    for key, wrong in KEYWORD_TRAPS:
        hits = [e for e in entries if key in e["task"]]
        if len(hits) != 1 or wrong in hits[0]["owners"] or wrong not in roles:
            errors.append(f"gold: keyword trap {key!r} / {wrong!r} not kept")
    keys = [k for e in entries for k in e["task"]]
    for kpi in gold["kpis"]:
        if not any(k in kpi for k in keys):
            errors.append(f"gold: KPI {kpi!r} is covered by no remit_owners entry")

    # the first 90 days: owners in brackets, some by a title the roster spells otherwise
    items = [re.match(r"■ (.+) \(([^)]+)\)$", x) for x in pages[FIRST_90_PAGE]]
    pairs = [(m.group(1), m.group(2)) for m in items if m]
    mapped = 0
    for item, title in pairs:
        if title in {r.lower() for r in roles}:
            continue
        post = BRACKET_TITLES.get(title)
        if post is None or post not in roles:
            errors.append(f"gold: bracketed owner {title!r} maps to no post")
            continue
        owners = [e["owners"] for e in entries if any(k in item for k in e["task"])]
        if not owners or not all(post in o for o in owners):
            errors.append(f"gold: {item!r} ({title}) is not owned by {post!r}")
        mapped += 1
    if len(pairs) != 8 or mapped != len(BRACKET_TITLES):
        errors.append(f"gold: {len(pairs)} bracketed 90-day items, {mapped} retitled")

    for e in gold["accountable"]:
        for r in e["roles"]:
            if r not in ACCOUNTABLE:
                errors.append(
                    f"gold: accountable {r!r} is neither the sponsor nor the finance director"
                )
    return errors + gap_block_errors(gold, said, deck_text)


def extra(case: Path) -> list[str]:
    gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
    return roster_form(case / "org", gold) + deck_form(case, gold) + gold_form(case, gold)


CASE = Case(
    name=NAME,
    builder="build_research_charity.py",
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
    for p in posts(org):
        print(f"  {p['post_id']} | {p['title']} | {p['directorate']} | {p['manager_title']}")
        for a in p["accountabilities"]:
            print(f"      - {a}")
    print(f"--- roster: {roster(org)}")
    print("--- org sentences:")
    for s in sentences(org):
        print(f"  | {s}")


if __name__ == "__main__":
    if "--org" in sys.argv and "--dump" not in sys.argv:
        dump_org()
        sys.exit(0)
    sys.exit(run(CASE))
