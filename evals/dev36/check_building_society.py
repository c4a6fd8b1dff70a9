"""Consistency checks of the dev36 case ``building-society`` against its deck and org folder.

Run from the repository root with the project's venv (python-pptx, python-docx and lxml):

    .venv/bin/python evals/dev36/check_building_society.py

(``--dump`` prints the deck lines the gold was read from, slide by slide, and the roster;
``--org`` prints the org sentences and the roster rows; ``--dump --org`` both.)

The checks are those of ``evals/dev15/_checks.py`` (adapted from ``evals/dev13/check_gold.py``),
imported, not copied, and pointed at this folder (``evals/dev36``, split "dev36") with
``build_building_society.py`` as the builder, which the shared checks run into a temporary
folder and compare byte for byte. The deck is read with dev13's ``deck_lines``. What is this
case's own:

- the roster, read from ``org/people/open-doors-posts.docx``: the one Word table whose header
  is Post / Reports to / Open Doors role / Remit; the tier is the "Open Doors role" cell
  lower-cased ("core" or "consulted only");
- org sentences: ``_checks.org_sentences`` with a CSV reader added (each row's cells joined
  by spaces);
- checks of the deck's form as Google Slides exports it (no ``docProps``, so no app
  properties naming the application; 9144000 x 5143500; Google's layout names; every shape
  "Google Shape;<id>;<page id>"; one title placeholder per slide and every other line in a
  free text box or a native table; explicit fonts on every run; a notes page for every
  slide, speaker notes on four that are not on the slide);
- checks of the clock: Now / Next / Later named with meanings and no dates on one slide,
  dated as half-years on a roadmap grid of free text boxes (lanes as rows), the plan's end
  said once, a Later column that runs into the next plan, a gate dated only by the Board
  meeting that takes it, a three-year core banking contract and a six-month pilot whose own
  dates are not the horizon; the gold's phases and horizon;
- checks of the pilot (named in full once, on its own slide, then by the town alone), the
  scenarios (three member moments, business members left out), the deck actions' forms,
  the near-namesakes told apart, the vacant post that owns nothing, the consulted bodies,
  the gaps across files of several forms, and gap_blocks.

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

from docx import Document
from lxml import etree
from pptx import Presentation

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import evals.dev15._checks as _checks  # noqa: E402
from evals.dev13.check_gold import FIELDS, deck_lines, normalize  # noqa: E402
from evals.dev15._checks import Case, namesakes_told_apart, sentences_by_file  # noqa: E402

# gap_blocks is a field of the deck-grounded gold that dev13's field list predates
_checks.FIELDS = FIELDS | {"gap_blocks"}

HERE = Path(__file__).resolve().parent
NAME = "building-society"
POSTS = Path("people") / "open-doors-posts.docx"
HEAD = ["Post", "Reports to", "Open Doors role", "Remit"]
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
P = "http://schemas.openxmlformats.org/presentationml/2006/main"
NS = {"a": A, "p": P}
GOOGLE_LAYOUTS = {
    "TITLE",
    "SECTION_HEADER",
    "TITLE_AND_BODY",
    "TITLE_AND_TWO_COLUMNS",
    "TITLE_ONLY",
    "BLANK",
}
SHAPE_NAME = re.compile(r"Google Shape;(\d+);(p\d+|g[0-9a-f]{12}_0_\d+)")
NOTES_NAME = re.compile(r"Google Shape;(\d+);(p\d+|g[0-9a-f]{12}_0_\d+):notes")
COLS = ["now: h2 2027", "next: 2028", "later: h1 2029 onwards"]
LANES = ["branches", "member moments", "mortgages", "systems and data", "colleagues"]
DATE = re.compile(
    r"\b(january|february|march|april|may|june|july|august|september|october|november|"
    r"december|h[12]|q[1-4])\b|\b20\d\d\b"
)
GRADE = {"head", "of", "and", "the", "manager", "director", "chief", "officer", "chair"}
# keyword traps: the work, and the post whose title shares a word with it but whose remit
# does not cover it
TRAPS = [
    ("one bereavement team", "Head of Member Experience"),
    ("bereavement promise with 12 bereaved families", "Head of Member Services"),
    ("fixed-rate-end calls against consumer duty", "Head of Member Experience"),
    ("refit the cornmarket branch", "Director of Branch Network"),
    ("six months before their fixed rate ends", "Head of Mortgage Operations"),
    ("six months before their fixed rate ends", "Head of Intermediary Distribution"),
    ("data standards for member contact details", "Head of Data"),
    ("extend slotwise", "Head of Digital"),
]
ACTION_FORMS = {
    8: "pillar",
    9: "pillar",
    10: "pillar",
    12: "pilot steps",
    13: "roadmap milestones",
    14: "gate criteria",
    15: "risk mitigations",
    16: "first 90 days",
}


# =========================================================================== the org folder


def _posts_table(path: Path) -> list[list[str]]:
    for tab in Document(str(path)).tables:
        rows = [[c.text.strip() for c in row.cells] for row in tab.rows]
        if rows and rows[0] == HEAD:
            return rows[1:]
    return []


def roster(org: Path) -> list[tuple[str, str]]:
    path = org / POSTS
    if not path.is_file():
        return []
    return [(r[0], r[2].lower()) for r in _posts_table(path)]


def csv_parts(path: Path) -> list[str]:
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))
    return [" ".join(r) for r in rows[1:] if r]


def sentences(org: Path) -> list[str]:
    return _checks.org_sentences(org, {".csv": csv_parts})


def roster_form(org: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    rows = _posts_table(org / POSTS)
    if not 18 <= len(rows) <= 22:
        errors.append(f"roster: {len(rows)} posts (18 to 22)")
    if any(len(r) != 4 or not all(r) for r in rows):
        errors.append("roster: a row without four filled cells")
    posts = [r[0] for r in rows]
    if len(set(posts)) != len(posts):
        errors.append("roster: a post appears twice")
    tiers = {r[2] for r in rows}
    if tiers != {"Core", "Consulted only"}:
        errors.append(f"roster: tiers {tiers}")
    consult = [r[0] for r in rows if r[2] == "Consulted only"]
    if sorted(consult) != sorted(gold["consult_only_roles"]):
        errors.append(f"roster: consulted rows {consult}")
    for pair in [
        ("Head of Member Experience", "Head of Member Services"),
        ("Head of Mortgages", "Head of Mortgage Operations"),
    ]:
        if not set(pair) <= set(posts):
            errors.append(f"roster: near-namesakes {pair} missing")
    vacant = [r[0] for r in rows if "vacant" in r[3].lower()]
    if vacant != ["Head of Data"]:
        errors.append(f"roster: vacant posts {vacant}")
    return errors


# =========================================================================== the deck's form


def _para_texts(el: Any) -> list[str]:
    out = [
        normalize("".join(t.text or "" for t in p.iter(f"{{{A}}}t"))) for p in el.iter(f"{{{A}}}p")
    ]
    return [x for x in out if x]


def deck_form(case: Path, gold: dict[str, Any]) -> list[str]:  # noqa: C901
    errors: list[str] = []
    deck = case / gold["deck"]
    z = zipfile.ZipFile(deck)
    infos = z.infolist()
    names = [i.filename for i in infos]
    if any(n.startswith(("docProps/", "ppt/printerSettings/")) for n in names):
        errors.append("package: docProps or printer settings present (Google writes neither)")
    if any(b"Google Slides" in z.read(n) for n in names if n.endswith((".xml", ".rels"))):
        errors.append("package: something names Google Slides")
    if names != sorted(names) or {i.date_time for i in infos} != {(1980, 1, 1, 0, 0, 0)}:
        errors.append("package: entries not sorted or not at one fixed time")
    pres = etree.fromstring(z.read("ppt/presentation.xml"))
    size = pres.find("p:sldSz", NS)
    if size is None or (size.get("cx"), size.get("cy")) != ("9144000", "5143500"):
        errors.append("slide size is not Google's 16:9 (9144000 x 5143500)")
    if b'name="Simple Light"' not in z.read("ppt/theme/theme1.xml"):
        errors.append("theme is not called Simple Light")
    layout_names = {}
    for n in names:
        if re.fullmatch(r"ppt/slideLayouts/slideLayout\d+\.xml", n):
            layout_names[n.rsplit("/", 1)[1]] = (
                etree.fromstring(z.read(n)).find("p:cSld", NS).get("name")
            )
    if not set(layout_names.values()) <= GOOGLE_LAYOUTS:
        errors.append(f"layouts not named as Google names them: {sorted(layout_names.values())}")
    slides = sorted(
        (n for n in names if re.fullmatch(r"ppt/slides/slide\d+\.xml", n)),
        key=lambda n: int(re.findall(r"\d+", n)[0]),
    )
    if not 16 <= len(slides) <= 20:
        errors.append(f"{len(slides)} slides (16 to 20)")
    pages = deck_lines(deck)
    with_notes = 0
    page_ids: list[str] = []
    for k, name in enumerate(slides, start=1):
        root = etree.fromstring(z.read(name))
        ids = set()
        for el in root.iterfind(".//p:spTree/*/*/p:cNvPr", NS):
            m = SHAPE_NAME.fullmatch(el.get("name", ""))
            if not m or m.group(1) != el.get("id"):
                errors.append(f"slide {k}: shape named {el.get('name')!r}")
                continue
            ids.add(m.group(2))
        if len(ids) != 1:
            errors.append(f"slide {k}: page ids {sorted(ids)}")
        page_ids.extend(ids)
        phs = []
        for sp in root.iter(f"{{{P}}}sp"):
            ph = sp.find("p:nvSpPr/p:nvPr/p:ph", NS)
            tx = sp.find("p:nvSpPr/p:cNvSpPr", NS).get("txBox")
            has_fill = sp.find("p:spPr/a:solidFill", NS) is not None
            if ph is not None:
                phs.append(ph.get("type"))
            elif _para_texts(sp) and tx != "1" and not has_fill:
                errors.append(f"slide {k}: text outside a free text box or a filled shape")
        if phs not in (["title"], ["ctrTitle"]):
            errors.append(f"slide {k}: placeholders {phs} (only the title)")
        for rpr in root.iter(f"{{{A}}}rPr"):
            latin = rpr.find("a:latin", NS)
            if latin is None or latin.get("typeface", "").startswith("+"):
                errors.append(f"slide {k}: a run without its own font")
                break
        rels = z.read(name.replace("slides/", "slides/_rels/") + ".rels").decode("utf-8")
        note = re.search(r'Target="\.\./notesSlides/(notesSlide\d+\.xml)"', rels)
        if not note:
            errors.append(f"slide {k}: no notes page")
            continue
        nroot = etree.fromstring(z.read("ppt/notesSlides/" + note.group(1)))
        body = [
            sp
            for sp in nroot.iter(f"{{{P}}}sp")
            if (ph := sp.find("p:nvSpPr/p:nvPr/p:ph", NS)) is not None and ph.get("type") == "body"
        ]
        said = [x for sp in body for x in _para_texts(sp)]
        if said:
            with_notes += 1
            on_slide = pages[k][: len(pages[k]) - len(said)]
            for s in said:
                if any(s in x or (len(x) > 24 and x in s) for x in on_slide):
                    errors.append(f"slide {k}: a note is also on the slide: {s!r}")
    if len(set(page_ids)) != len(page_ids):
        errors.append("page ids repeat across slides")
    if with_notes != 4:
        errors.append(f"speaker notes on {with_notes} slides (4)")
    errors += clock_form(case, pages, gold)
    errors += gold_form(case, pages, gold)
    return errors


def _slide_with(pages: dict[int, list[str]], text: str) -> list[int]:
    return [n for n, lines in pages.items() if any(text in x for x in lines)]


def clock_form(case: Path, pages: dict[int, list[str]], gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    every = [x for lines in pages.values() for x in lines]
    ends = [x for x in every if "end of june 2029" in x]
    if len(ends) != 1 or _slide_with(pages, "end of june 2029") != [2]:
        errors.append(f"clock: the plan's end is not said once, in the summary: {ends}")
    steps = _slide_with(pages, "three steps: now, next, later")
    if len(steps) != 1:
        errors.append("clock: no slide naming the three steps")
    else:
        step_lines = pages[steps[0]]
        for word in ("now", "next", "later"):
            if word not in step_lines:
                errors.append(f"clock: step {word!r} not named on its own line")
        dated = [x for x in step_lines if DATE.search(x) and x != str(steps[0])]
        if dated:
            errors.append(f"clock: dates on the steps slide: {dated}")
    road = [n for n, lines in pages.items() if all(c in lines for c in COLS)]
    if len(road) != 1:
        errors.append(f"clock: roadmap columns on slides {road}")
    else:
        rl = pages[road[0]]
        if not all(lane in rl for lane in LANES):
            errors.append("clock: roadmap lanes missing")
        if "and into the next plan" not in rl:
            errors.append("clock: the Later column does not run into the next plan")
        cells = [x for x in rl if x not in COLS and DATE.search(x)]
        if cells:
            errors.append(f"clock: dates inside the roadmap grid: {cells}")
        if not any("go/no-go" in x for x in rl) or not any("six months" in x for x in rl):
            errors.append("clock: no gate marker or pilot bar on the roadmap")
        if steps and road[0] < steps[0]:
            errors.append("clock: the roadmap comes before the steps slide")
    gate = [x for x in every if "board at its june 2028 meeting" in x]
    if len(gate) != 1:
        errors.append(f"clock: the gate is not dated by its Board meeting: {gate}")
    if not any("three-year contract, 1 april 2026 to 31 march 2029" in x for x in every):
        errors.append("clock: no three-year core banking contract")
    if not any("six-month pilot, october 2027 to march 2028" in x for x in every):
        errors.append("clock: no pilot length")
    if gold["horizon_months"] != 24:
        errors.append("clock: July 2027 to the end of June 2029 is 24 months")
    got = [(ph["match"][0], ph["start_month"], ph["end_month"]) for ph in gold["phases"]]
    if got != [(COLS[0], 0, 6), (COLS[1], 6, 18), (COLS[2], 18, 24)]:
        errors.append(f"clock: phases {got}")
    return errors


def gold_form(case: Path, pages: dict[int, list[str]], gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    pilot = gold["pilot"]
    full = _slide_with(pages, "kestlebury branch trio")
    if full != [pilot["slide"]] or len([x for x in pages[full[0]] if "branch trio" in x]) != 2:
        errors.append(f"pilot: named in full on slides {full} (once, in title and lead line)")
    early = [n for n in _slide_with(pages, "kestlebury") if n < pilot["slide"]]
    if early:
        errors.append(f"pilot: named before its slide, on {early}")
    if len(pilot["also_slides"]) < 3 or any(
        _slide_with(pages, "branch trio").count(n) for n in pilot["also_slides"]
    ):
        errors.append("pilot: later slides should name the town alone")
    moments = _slide_with(pages, "three member moments come first")
    segs = gold["scenario_segments"]
    if len(moments) != 1 or len(segs) != 3:
        errors.append("scenarios: three moments on one slide")
    else:
        for seg in segs:
            if not any(alt in x for alt in seg for x in pages[moments[0]]):
                errors.append(f"scenarios: {seg} not on slide {moments[0]}")
            if any("business" in alt for alt in seg):
                errors.append("scenarios: business members are left out of the plan")
        if "not in this plan yet" not in pages[moments[0]]:
            errors.append("scenarios: no list of groups left out")
    actions = gold["deck_actions"]
    if not 15 <= len(actions) <= 25:
        errors.append(f"{len(actions)} deck actions (15 to 25)")
    forms = {ACTION_FORMS.get(a["slide"], "other") for a in actions} - {"other"}
    if len(forms) < 6:
        errors.append(f"deck actions in {len(forms)} forms: {sorted(forms)}")
    bracketed = [a for a in actions if a["slide"] == 16]
    if len(bracketed) < 4:
        errors.append("fewer than four first-90-day actions with owners in brackets")
    owners = gold["remit_owners"]
    if len(owners) < 15:
        errors.append(f"{len(owners)} remit owners (15 or more)")
    pairs = namesakes_told_apart(gold["roster"], gold, GRADE)
    if ("Head of Member Services", "Head of Member Experience") not in pairs:
        errors.append(f"near-namesakes not told apart by remit: {pairs}")
    named = {r for e in owners for r in e["owners"]}
    named |= {r for e in gold["accountable"] for r in e["roles"]}
    if "Head of Data" in named:
        errors.append("the vacant Head of Data owns work")
    if not any("head of data" in t for e in owners for t in e["task"]):
        errors.append("no remit entry for the data work the vacant post would have held")
    for task, post in TRAPS:
        hits = [e for e in owners if task in e["task"]]
        if not hits or any(post in e["owners"] for e in hits):
            errors.append(f"keyword trap: {task!r} has no entry or is given to {post}")
    errors += kpi_vagueness(case, gold)
    gaps = gold["gaps"]
    if not 8 <= len(gaps) <= 12:
        errors.append(f"{len(gaps)} gaps (8 to 12)")
    per_file = sentences_by_file(case / "org", sentences)
    files = {f for f, ss in per_file.items() for gap in gaps for alt in gap for s in ss if alt in s}
    if len(files) < 5 or len({Path(f).suffix for f in files}) < 3:
        errors.append(f"gaps stated in {sorted(files)} (five files or more, three forms)")
    if len(gold["false_gaps"]) < 3:
        errors.append("fewer than three false-gap groups")
    if sorted(gold["consult_only_roles"]) != ["Chair, Colleague Forum", "Chair, Member Council"]:
        errors.append(f"consult-only roles {gold['consult_only_roles']}")
    vague = [v for v in gold["visions"] if v["vague"]]
    if len(vague) < 2 or len(vague) * 2 >= len(gold["visions"]):
        errors.append(f"{len(vague)} vague of {len(gold['visions'])} visions")
    if len(gold["gap_blocks"]) < 6:
        errors.append("fewer than six gap_blocks entries")
    return errors


def kpi_vagueness(case: Path, gold: dict[str, Any]) -> list[str]:
    """Each KPI row of the measures table is a vision; it is vague exactly when its target
    is no value ("Higher") or its by-when is no date ("To be set ...")."""
    errors: list[str] = []
    rows: list[list[str]] = []
    for slide in Presentation(str(case / gold["deck"])).slides:
        for shape in slide.shapes:
            if shape.has_table:
                cells = [[normalize(c.text) for c in r.cells] for r in shape.table.rows]
                if cells[0][:2] == ["measure", "today (2026)"]:
                    rows = cells[1:]
    if len(rows) != len(gold["kpis"]):
        errors.append(f"kpis: {len(rows)} table rows, {len(gold['kpis'])} kpis")
    by_match = {v["match"]: v for v in gold["visions"]}
    for measure, _today, target, when in rows:
        v = by_match.get(measure)
        if v is None or measure not in gold["kpis"]:
            errors.append(f"kpis: row {measure!r} is no vision or kpi")
            continue
        vague = target == "higher" or not DATE.search(when) and not re.search(r"20\d\d", when)
        if v["vague"] != vague:
            errors.append(f"kpis: {measure!r} vague should be {vague}")
    return errors


def extra(case: Path) -> list[str]:
    gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
    deck_text = [x for lines in deck_lines(case / gold["deck"]).values() for x in lines]
    blocks = _checks.gap_block_errors(gold, sentences(case / "org"), deck_text)
    return roster_form(case / "org", gold) + deck_form(case, gold) + blocks


CASE = Case(
    name=NAME,
    builder="build_building_society.py",
    roster=roster,
    org_sentences=sentences,
    core=frozenset({"core"}),
    consult=frozenset({"consulted only"}),
    extra=extra,
    folder=HERE,
    split="dev36",
)


def print_org() -> None:
    org = HERE / NAME / "org"
    print(f"##### {NAME}: roster rows ({POSTS})")
    for row in _posts_table(org / POSTS):
        print("  " + " | ".join(row))
    print("##### org sentences")
    for s in sentences(org):
        print(f"  | {s}")


if __name__ == "__main__":
    if "--org" in sys.argv and "--dump" not in sys.argv:
        print_org()
        sys.exit(0)
    sys.exit(_checks.run(CASE))
