"""Consistency checks of the dev35 case ``vet-group`` against its deck and org folder.

Run from the repository root with a Python that has reportlab (the builder needs it, and the
checker rebuilds the case with its own interpreter), python-docx, python-pptx and pypdf:

    /tmp/rl35b/bin/python evals/dev35/check_vet_group.py

(``--dump`` prints the deck lines the gold was read from, page by page, and the roster;
``--dump --org`` adds the org sentences.)

The checks are those of ``evals/dev15/_checks.py`` (adapted from ``evals/dev13/check_gold.py``),
imported, not copied, and pointed at this folder (``evals/dev35``, split "dev35") with
``build_vet_group.py`` as the builder, which the shared checks run into a temporary folder and
compare byte for byte. The deck is read with dev13's ``deck_lines`` (pypdf's text, one line per
line). What is this case's own:

- the roster, read from ``org/people/posts-and-remits.docx``: the one Word table whose header
  is Post / Reports to / Remit / Plan role; the tier is the Plan role cell ("core" or
  "consult only");
- the deck's form as Google Slides exports a PDF (Producer "Skia/PDF m120", Creator "Google
  Slides", 16 to 20 pages of 720 x 405 pt, every text object holding one line);
- the clock (chapters named without dates on one page and dated in seasons without names on
  another, the calendar-year horizon, the six-month contract, the gate dated only by the
  Committee's meeting, the quarter roadmap with a "Beyond 2028" column and workstream bars
  that are no phases), the pilot, the scenarios, the deck actions' forms;
- the gold's own spread: remit owners, near-namesakes told apart, the bracketed owner the
  roster spells otherwise, gaps across org files of several forms, false gaps, forbidden
  terms, consult-only roles, the share of vague goals.

It never runs the planner.
"""

from __future__ import annotations

import json
import re
import sys
import zlib
from pathlib import Path
from typing import Any

from docx import Document
from pypdf import PdfReader

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import contextlib

import evals.dev15._checks as _checks  # noqa: E402
from evals.dev13.check_gold import FIELDS, deck_lines  # noqa: E402
from evals.dev15._checks import Case, namesakes_told_apart, sentences_by_file  # noqa: E402

# gap_blocks is a field of the deck-grounded gold that dev13's field list predates
_checks.FIELDS = FIELDS | {"gap_blocks"}

HERE = Path(__file__).resolve().parent
NAME = "vet-group"
ROSTER = Path("people") / "posts-and-remits.docx"
HEAD = ["Post", "Reports to", "Remit", "Plan role"]
SEASON = re.compile(r"\b(winter|spring|summer|autumn)\b")
DATE = re.compile(
    r"\b(january|february|march|april|may|june|july|august|september|october|november|"
    r"december|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)\b|\b20\d\d\b"
)
CHAPTERS = ["chapter 1: common ground", "chapter 2: raise the bar", "chapter 3: lead"]
QUARTERS = [f"q{q} {y}" for y in (2027, 2028) for q in (1, 2, 3, 4)]
LANES = ["clinical", "client", "people", "systems"]
ACTION_FORMS = {
    7: "pillar",
    8: "pillar",
    9: "pillar",
    10: "pillar",
    12: "pilot steps",
    15: "gate criteria",
    16: "risk mitigations",
    17: "first 90 days",
}
GRADE = {"head", "of", "and", "the", "manager", "director", "lead", "chair", "chief"}
GRADE |= {"secretary", "executive", "officer"}
VAGUE = {
    "every pet gets care we can show is good",
    "make booking and paying simple for clients",
    "be the group clients trust most at the end of a pet's life",
    "client rating after an end-of-life appointment",
}
# keyword traps: work a title shares a word with, and the post that must not own it
TRAPS = [
    ("core protocols", "Clinical Services Director"),
    ("triage script", "Clinical Director"),
    ("practice standards scheme", "Practice Systems Manager"),
    ("still on vetsuite 7", "Practice Standards Manager"),
    ("switch on petbook", "Head of Client Contact"),
    ("call recordings", "Data and Insight Manager"),
    ("consult the client panel", "Chair, Client Panel"),
]
CONSULT_ONLY = ["Chair, Client Panel", "Secretary, Colleague Forum"]


# =========================================================================== the roster


def _roster_rows(org: Path) -> list[list[str]]:
    path = org / ROSTER
    if not path.is_file():
        return []
    for table in Document(str(path)).tables:
        rows = [[c.text.strip() for c in row.cells] for row in table.rows]
        if rows and rows[0] == HEAD:
            return rows[1:]
    return []


def roster(org: Path) -> list[tuple[str, str]]:
    return [(r[0], r[3].lower()) for r in _roster_rows(org)]


def roster_form(org: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    rows = _roster_rows(org)
    if not 18 <= len(rows) <= 22:
        errors.append(f"roster: {len(rows)} posts (18 to 22)")
    if any(len(r) != 4 or not all(r) for r in rows):
        errors.append("roster: a row without four filled cells")
    tiers = {r[3] for r in rows}
    if tiers != {"Core", "Consult only"}:
        errors.append(f"roster: plan roles {sorted(tiers)}")
    consult = [r[0] for r in rows if r[3] == "Consult only"]
    if consult != CONSULT_ONLY or gold["consult_only_roles"] != CONSULT_ONLY:
        errors.append(f"roster: consult-only rows {consult}")
    vacant = [r[0] for r in rows if "vacant since" in r[2].lower()]
    if vacant != ["Compassionate Care Lead"]:
        errors.append(f"roster: vacant posts {vacant}")
    files = [p for p in org.rglob("*") if p.is_file()]
    if not 8 <= len(files) <= 10:
        errors.append(f"org: {len(files)} files (8 to 10)")
    if len({p.suffix for p in files}) < 5:
        errors.append("org: fewer than five file forms")
    return errors


# =========================================================================== the deck


def deck_form(deck: Path) -> list[str]:
    errors: list[str] = []
    reader = PdfReader(str(deck))
    meta: Any = reader.metadata or {}
    if meta.get("/Producer") != "Skia/PDF m120" or meta.get("/Creator") != "Google Slides":
        errors.append(f"pdf: producer/creator {meta.get('/Producer')!r} {meta.get('/Creator')!r}")
    if not 16 <= len(reader.pages) <= 20:
        errors.append(f"pdf: {len(reader.pages)} pages (16 to 20)")
    for n, page in enumerate(reader.pages, start=1):
        box = [float(x) for x in page.mediabox]
        if box != [0.0, 0.0, 720.0, 405.0]:
            errors.append(f"page {n}: media box {box}")
        contents = page.get_contents()
        data = contents.get_data() if contents is not None else b""
        with contextlib.suppress(zlib.error):
            data = zlib.decompress(data)
        blocks = re.findall(rb"BT(.*?)ET", data, re.S)
        texts = [b for b in blocks if b"Tj" in b]
        if not texts or any(len(re.findall(rb"\)\s*Tj", b)) != 1 for b in texts):
            errors.append(f"page {n}: a text object not holding exactly one line")
    return errors


def _pages_with(pages: dict[int, list[str]], needle: str) -> list[int]:
    return [n for n, lines in pages.items() if any(needle in x for x in lines)]


def clock_form(pages: dict[int, list[str]], gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    if gold["horizon_months"] != 24:
        errors.append("clock: January 2027 to December 2028 is 24 months")
    got = [(ph["match"][0], ph["start_month"], ph["end_month"]) for ph in gold["phases"]]
    if got != [(CHAPTERS[0], 0, 5), (CHAPTERS[1], 5, 12), (CHAPTERS[2], 12, 24)]:
        errors.append(f"clock: phases {got}")
    named = {n for c in CHAPTERS for n in _pages_with(pages, c)}
    if len(named) != 1:
        return errors + [f"clock: chapters named on pages {sorted(named)}"]
    nn = named.pop()
    if any(SEASON.search(x) or DATE.search(x) for x in pages[nn]):
        errors.append(f"clock: the page naming the chapters (page {nn}) dates them")
    seasons = [
        n
        for n, lines in pages.items()
        if any(SEASON.search(x) and "winter meeting" not in x for x in lines)
    ]
    if len(seasons) != 1 or seasons[0] == nn:
        return errors + [f"clock: seasons on pages {seasons}"]
    sn = seasons[0]
    lines = pages[sn]
    if any(c.split(": ")[1] in x for c in CHAPTERS for x in lines if x != "chapter 3"):
        errors.append("clock: the page dating the chapters also names them")
    for ch, when in [
        ("chapter 1", "winter-spring 2027"),
        ("chapter 2", "summer-autumn 2027, ending at the gate"),
        ("chapter 3", "2028"),
    ]:
        if ch not in lines or when not in lines or lines.index(when) != lines.index(ch) + 1:
            errors.append(f"clock: {ch} not dated {when!r} on page {sn}")
    if not any("january 2027 to december 2028" in x for x in lines):
        errors.append("clock: the calendar-year horizon is not stated with the seasons")
    if not any("runs six months" in x for x in lines):
        errors.append("clock: the six-month contract is not beside the chapters")
    gate = [x for lines in pages.values() for x in lines if x.startswith("gate: go/no-go")]
    if len(gate) != 2 or any(
        DATE.search(x) or SEASON.search(x) and "winter meeting" not in x for x in gate
    ):
        errors.append(f"clock: gate lines {gate}")
    if not any("committee's winter meeting" in x for x in gate):
        errors.append("clock: the gate is not dated by the Committee's meeting alone")
    road = [n for n, ls in pages.items() if all(q in ls for q in QUARTERS)]
    if len(road) != 1:
        return errors + [f"clock: quarter roadmap on pages {road}"]
    rl = pages[road[0]]
    if "beyond 2028" not in rl or not all(lane in rl for lane in LANES):
        errors.append("clock: the roadmap lacks its Beyond 2028 column or a workstream lane")
    if any("chapter" in x for x in rl):
        errors.append("clock: the roadmap names chapters (its bars are workstreams)")
    return errors


def gold_form(case: Path, pages: dict[int, list[str]], gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    pilot = gold["pilot"]
    full = _pages_with(pages, "fenmoor region")
    if full != [pilot["slide"]]:
        errors.append(f"pilot: named in full on pages {full}")
    early = [n for n in _pages_with(pages, "fenmoor") if n < pilot["slide"]]
    if early:
        errors.append(f"pilot: Fenmoor named before the pilot page, on {early}")
    if len(pilot["also_slides"]) < 3 or set(pilot["also_slides"]) != set(
        _pages_with(pages, "fenmoor")
    ) - {pilot["slide"]}:
        errors.append("pilot: also_slides are not every later page naming the region")
    moments = _pages_with(pages, "three moments we will design around")
    if len(moments) != 1 or "not in this plan" not in pages[moments[0]]:
        errors.append("scenarios: no page of moments with a 'not in this plan' list")
    else:
        for seg in gold["scenario_segments"]:
            if not any(alt in x for alt in seg for x in pages[moments[0]]):
                errors.append(f"scenarios: {seg} not on page {moments[0]}")
    actions = gold["deck_actions"]
    if not 15 <= len(actions) <= 25:
        errors.append(f"{len(actions)} deck actions (15 to 25)")
    forms = {ACTION_FORMS.get(a["slide"], "other") for a in actions} - {"other"}
    if len(forms) < 5:
        errors.append(f"deck actions in {len(forms)} forms: {sorted(forms)}")
    owners = gold["remit_owners"]
    if len(owners) < 15:
        errors.append(f"{len(owners)} remit owners (15 or more)")
    pairs = namesakes_told_apart(gold["roster"], gold, GRADE)
    for want in [
        ("Clinical Director", "Clinical Services Director"),
        ("Practice Standards Manager", "Practice Systems Manager"),
    ]:
        if want not in pairs:
            errors.append(f"near-namesakes not told apart by remit: {want}")
    bracket = [x for lines in pages.values() for x in lines if "(l&d lead)" in x]
    if len(bracket) != 1 or "Learning and Development Lead" not in gold["roster"]:
        errors.append("no bracketed owner the roster spells otherwise ((L&D Lead))")
    elif not any(
        any(t in bracket[0] for t in e["task"]) and e["owners"] == ["Learning and Development Lead"]
        for e in owners
    ):
        errors.append(
            "the (L&D Lead) line has no remit entry owned by the Learning and Development Lead"
        )
    gaps = gold["gaps"]
    if not 8 <= len(gaps) <= 13:
        errors.append(f"{len(gaps)} gaps (8 to 13)")
    per_file = sentences_by_file(case / "org", sentences)
    files = {f for f, ss in per_file.items() for gap in gaps for alt in gap for s in ss if alt in s}
    if len(files) < 5 or len({Path(f).suffix for f in files}) < 3:
        errors.append(f"gaps stated in {sorted(files)} (five files or more, three forms)")
    if len(gold["false_gaps"]) < 3:
        errors.append("fewer than three false-gap groups")
    if not 5 <= len(gold["forbidden_terms"]) <= 10:
        errors.append(f"{len(gold['forbidden_terms'])} forbidden terms (5 to 10)")
    blocked = {alt for e in gold["gap_blocks"] for alt in e["gap"]}
    if len(gold["gap_blocks"]) < 6 or not blocked:
        errors.append(f"{len(gold['gap_blocks'])} gap_blocks entries (6 or more)")
    for task, wrong in TRAPS:
        hit = [e for e in owners if any(task in t for t in e["task"])]
        if not hit or any(wrong in e["owners"] for e in hit):
            errors.append(f"keyword trap: {task!r} without an entry or owned by {wrong}")
    if len(gold["scenario_segments"]) != 3:
        errors.append(f"{len(gold['scenario_segments'])} scenario segments (3)")
    if moments:
        lines = pages[moments[0]]
        out = lines[lines.index("not in this plan") :] if "not in this plan" in lines else []
        for seg in gold["scenario_segments"]:
            if any(alt in x for alt in seg for x in out):
                errors.append(f"scenarios: {seg} names a group the plan leaves out")
    if {v["match"] for v in gold["visions"] if v["vague"]} != VAGUE:
        errors.append("vague flags differ from the labelling rule's calls")
    vague = [v for v in gold["visions"] if v["vague"]]
    if len(vague) < 3 or len(vague) * 2 >= len(gold["visions"]):
        errors.append(f"{len(vague)} vague of {len(gold['visions'])} visions")
    acc = {r for e in gold["accountable"] for r in e["roles"]}
    if not acc <= {"Chief Executive", "Clinical Director"}:
        errors.append(f"accountable roles {sorted(acc)}")
    return errors


def sentences(org: Path) -> list[str]:
    return _checks.org_sentences(org)


def extra(case: Path) -> list[str]:
    gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
    deck = case / gold["deck"]
    pages = deck_lines(deck)
    deck_text = [x for lines in pages.values() for x in lines]
    blocks = _checks.gap_block_errors(gold, sentences(case / "org"), deck_text)
    return (
        roster_form(case / "org", gold)
        + deck_form(deck)
        + clock_form(pages, gold)
        + gold_form(case, pages, gold)
        + blocks
    )


CASE = Case(
    name=NAME,
    builder="build_vet_group.py",
    roster=roster,
    org_sentences=sentences,
    core=frozenset({"core"}),
    consult=frozenset({"consult only"}),
    extra=extra,
    folder=HERE,
    split="dev35",
)


if __name__ == "__main__":
    sys.exit(_checks.run(CASE))
