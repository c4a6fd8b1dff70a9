"""Consistency checks of the dev37 case ``emergency-flow`` against its deck and org folder.

Run from the repository root with the project's venv (python-pptx, python-docx and lxml):

    .venv/bin/python evals/dev37/check_emergency_flow.py

(``--dump`` prints the deck lines the gold was read from, slide by slide, and the roster;
``--org`` prints the roster rows and the org sentences; ``--dump --org`` both.)

The checks are those of ``evals/dev15/_checks.py`` (adapted from ``evals/dev13/check_gold.py``),
imported, not copied, and pointed at this folder (``evals/dev37``, split "dev37") with
``build_emergency_flow.py`` as the builder, which the shared checks run into a temporary
folder and compare byte for byte. The deck is read with dev13's ``deck_lines`` (one line per
paragraph of every shape in XML order, table cells row by row, then the speaker notes).
What is this case's own:

- the roster, read from ``org/people/staffnet-directory-urgent-care.md``, an intranet
  directory exported as Markdown: one table (Post / Name / Base / Reports to / Portfolio)
  under each ``##`` heading; every post is a row; the tier is "consult" under "Bodies we
  consult" and "core" elsewhere (the directory has no tiers);
- checks of the directory's form (four sections, one table each, a vacant post, the two
  near-namesake nursing posts, two consulted rows that lead no work);
- checks of the deck's form as LibreOffice Impress saves a PPTX (``docProps/app.xml`` naming
  LibreOffice, 10080625 x 5670550 EMU, Impress layout names, the only placeholder on each
  slide its title, shapes named "PlaceHolder N" / "CustomShape N" / "TextBox N" / "Table N",
  sorted ZIP entries at one fixed time);
- checks of its clock (phases named as letters on one slide without dates and dated on
  another only in financial-year quarters; a "Winter 2027/28" band and an "After March 2030"
  column on the roadmap; Gate 2 with no date; the Corvia contract's own dates past the
  horizon), its pilot (named in full once, then "SDEC" alone), its scope and its actions;
- checks of the gold's own spread (remit owners, near-namesakes told apart, bracketed titles
  the roster spells otherwise, gaps across files of several forms, vague visions) and its
  ``gap_blocks`` through ``_checks.gap_block_errors``.

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
from evals.dev15._checks import Case, namesakes_told_apart, sentences_by_file  # noqa: E402

# gap_blocks is a field of the deck-grounded gold that dev13's field list predates
_checks.FIELDS = FIELDS | {"gap_blocks"}

HERE = Path(__file__).resolve().parent
NAME = "emergency-flow"
DIRECTORY = Path("people") / "staffnet-directory-urgent-care.md"
HEAD = ["Post", "Name", "Base", "Reports to", "Portfolio"]
CONSULTED = "Bodies we consult"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
P = "http://schemas.openxmlformats.org/presentationml/2006/main"
NS = {"a": A, "p": P}
LO_LAYOUTS = {
    "Title Slide",
    "Title, Content",
    "Title, 2 Content",
    "Centered Text",
    "Title, 2 Content and Content",
    "Title Only",
    "Blank Slide",
    "Title, Content and 2 Content",
    "Title, 2 Content over Content",
    "Title, Content over Content",
    "Title, 4 Content",
}
SHAPE_NAME = re.compile(r"(PlaceHolder|CustomShape|TextBox|Table) (\d+)")
PHASES = [("phase a: stabilise", 0, 6), ("phase b: redesign", 6, 24), ("phase c: sustain", 24, 30)]
FY_QUARTER = re.compile(r"^q[1-4] 20\d\d/\d\d$")
MONTHS = re.compile(
    r"\b(january|february|march|april|may|june|july|august|september|october|november|"
    r"december)\b|\bq[1-4]\b|\b20\d\d\b"
)
GRADE = {"head", "of", "and", "the", "manager", "director", "lead", "chair", "chief", "team"}
GRADE |= {"divisional", "deputy", "clinical", "unit", "programme", "for"}
ACTION_FORMS = {
    6: "pillar",
    7: "pillar",
    8: "pillar",
    9: "pilot steps",
    13: "gate criteria",
    14: "first 90 days",
    15: "risk mitigations",
}


# =========================================================================== the directory


def roster_rows(org: Path) -> list[tuple[str, list[str]]]:
    """(section, cells) of every table row under a ``##`` heading, header rows left out."""
    path = org / DIRECTORY
    if not path.is_file():
        return []
    rows: list[tuple[str, list[str]]] = []
    section = ""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            section = line[3:].strip()
        elif line.startswith("|") and not re.fullmatch(r"\|(\s*-+\s*\|)+", line):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if cells != HEAD:
                rows.append((section, cells))
    return rows


def roster(org: Path) -> list[tuple[str, str]]:
    return [(c[0], "consult" if sec == CONSULTED else "core") for sec, c in roster_rows(org)]


def sentences(org: Path) -> list[str]:
    return _checks.org_sentences(org)


def roster_form(org: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    raw = (org / DIRECTORY).read_text(encoding="utf-8")
    sections = re.findall(r"^## (.+)$", raw, re.M)
    heads = raw.count("| " + " | ".join(HEAD) + " |")
    if len(sections) != 4 or heads != len(sections):
        errors.append(f"directory: sections {sections}, {heads} table headers")
    rows = roster_rows(org)
    if not 18 <= len(rows) <= 24 or any(len(c) != 5 or not all(c) for _, c in rows):
        errors.append(f"directory: {len(rows)} rows, or a row without five filled cells")
    posts = [c[0] for _, c in rows]
    if len(set(posts)) != len(posts):
        errors.append("directory: a post appears twice")
    vacant = [c[0] for _, c in rows if c[1] == "Vacant"]
    if vacant != ["Deputy Director of Nursing"]:
        errors.append(f"directory: vacant posts {vacant}")
    for pair in [
        ("Deputy Director of Nursing", "Divisional Director of Nursing, Urgent and Emergency Care"),
        ("Head of Performance and Information", "Head of Information Governance"),
        ("Head of Patient Flow", "Flow First Programme Manager"),
    ]:
        if not set(pair) <= set(posts):
            errors.append(f"directory: near-namesakes missing {pair}")
    consult = [p for p, t in roster(org) if t == "consult"]
    if sorted(consult) != sorted(gold["consult_only_roles"]) or len(consult) != 2:
        errors.append(f"directory: consulted rows {consult}")
    for sec, c in rows:
        if (sec == CONSULTED) != (c[3] == "Not a trust post"):
            errors.append(f"directory: {c[0]} reports to {c[3]!r}")
        if sec == CONSULTED and "leads no trust work" not in c[4]:
            errors.append(f"directory: {c[0]} is not said to lead no work")
    if gold["roster"] != posts:
        errors.append("directory: the gold roster is not the directory's posts in order")
    if "Deputy Director of Nursing" in {o for e in gold["remit_owners"] for o in e["owners"]}:
        errors.append("gold: the vacant post owns work")
    return errors


# =========================================================================== the deck's form


def _text(el: Any) -> str:
    return normalize(
        " ".join("".join(t.text or "" for t in p.iter(f"{{{A}}}t")) for p in el.iter(f"{{{A}}}p"))
    )


def deck_form(case: Path, gold: dict[str, Any]) -> list[str]:  # noqa: C901
    errors: list[str] = []
    deck = case / gold["deck"]
    z = zipfile.ZipFile(deck)
    infos = z.infolist()
    names = [i.filename for i in infos]
    if names != sorted(names) or {i.date_time for i in infos} != {(1980, 1, 1, 0, 0, 0)}:
        errors.append("package: entries not sorted or not at one fixed time")
    app = z.read("docProps/app.xml").decode("utf-8")
    if "<Application>LibreOffice/" not in app or "thumbnail" in " ".join(names):
        errors.append("package: app.xml does not name LibreOffice, or a thumbnail is present")
    pres = etree.fromstring(z.read("ppt/presentation.xml"))
    size = pres.find("p:sldSz", NS)
    if size is None or (size.get("cx"), size.get("cy")) != ("10080625", "5670550"):
        errors.append("slide size is not Impress's 16:9 (10080625 x 5670550)")
    layout_names = {}
    for n in names:
        if re.fullmatch(r"ppt/slideLayouts/slideLayout\d+\.xml", n):
            layout_names[n] = etree.fromstring(z.read(n)).find("p:cSld", NS).get("name")
    if set(layout_names.values()) != LO_LAYOUTS:
        errors.append(f"layouts not named as Impress names them: {sorted(layout_names.values())}")
    slides = sorted(
        (n for n in names if re.fullmatch(r"ppt/slides/slide\d+\.xml", n)),
        key=lambda n: int(re.findall(r"\d+", n)[0]),
    )
    if not 16 <= len(slides) <= 20:
        errors.append(f"{len(slides)} slides (16 to 20)")
    titles: dict[int, str] = {}
    kinds: dict[str, int] = {}
    for k, name in enumerate(slides, start=1):
        root = etree.fromstring(z.read(name))
        phs = root.findall(".//p:nvPr/p:ph", NS)
        if [ph.get("type") for ph in phs] != ["title"]:
            errors.append(f"slide {k}: placeholders {[ph.get('type') for ph in phs]}")
        first = root.find(".//p:spTree/p:sp", NS)
        titles[k] = _text(first) if first is not None else ""
        ids = []
        for el in root.iterfind(".//p:spTree/*/*/p:cNvPr", NS):
            m = SHAPE_NAME.fullmatch(el.get("name", ""))
            if not m or m.group(2) != el.get("id"):
                errors.append(f"slide {k}: shape named {el.get('name')!r}")
                continue
            kinds[m.group(1)] = kinds.get(m.group(1), 0) + 1
            ids.append(int(m.group(2)))
        if ids != list(range(1, len(ids) + 1)):
            errors.append(f"slide {k}: shape ids not numbered from 1")
    if kinds.get("TextBox", 0) < 40 or kinds.get("CustomShape", 0) < 40 or kinds.get("Table") != 3:
        errors.append(f"shapes by kind {kinds}")
    pages = deck_lines(deck)
    errors += clock_form(pages, titles, gold)
    errors += gold_form(case, pages, titles, gold)
    return errors


def clock_form(
    pages: dict[int, list[str]], titles: dict[int, str], gold: dict[str, Any]
) -> list[str]:
    errors: list[str] = []
    got = [(ph["match"][0], ph["start_month"], ph["end_month"]) for ph in gold["phases"]]
    if got != PHASES or gold["horizon_months"] != 30:
        errors.append(f"clock: phases {got}, horizon {gold['horizon_months']}")
    named = [n for n, lines in pages.items() if any(x == PHASES[0][0] for x in lines)]
    if named != [5]:
        return errors + [f"clock: phases named on slides {named}"]
    dated = [x for x in pages[5] if MONTHS.search(x) and "\u00b7 trust board \u00b7" not in x]
    if dated:
        errors.append(f"clock: a date on the slide that names the phases: {dated}")
    cal = [n for n, t in titles.items() if t == "the plan's calendar"]
    if cal != [11]:
        return errors + [f"clock: calendar slide {cal}"]
    lines = pages[11]
    if not any("starts on 1 october 2027 and ends on 31 march 2030" in x for x in lines):
        errors.append("clock: the start and end are not stated on the calendar slide")
    for letter, start, end in [
        ("a", "q3 2027/28", "q4 2027/28"),
        ("b", "q1 2028/29", "q2 2029/30"),
        ("c", "q3 2029/30", "q4 2029/30"),
    ]:
        k = lines.index(letter) if letter in lines else -1
        if k < 0 or lines[k + 1 : k + 3] != [start, end]:
            errors.append(f"clock: phase {letter} not dated {start} to {end} on slide 11")
    if any("stabilise" in x or "redesign" in x for x in lines):
        errors.append("clock: the calendar slide names the phases")
    everywhere = [x for n, ls in pages.items() for x in ls if n != 11]
    if any(FY_QUARTER.match(x) for x in everywhere):
        errors.append("clock: full financial-year quarters outside the calendar slide")
    road = [n for n, t in titles.items() if t == "roadmap"]
    if road != [12]:
        return errors + [f"clock: roadmap {road}"]
    rl = pages[12]
    for needed in [
        "winter 2027/28",
        "after march 2030",
        "gate 1",
        "gate 2",
        "q3 27/28",
        "q4 29/30",
    ]:
        if needed not in rl:
            errors.append(f"clock: {needed!r} not on the roadmap")
    if any(x.startswith("phase") for x in rl[:-2]):
        errors.append("clock: the roadmap names a phase")
    gate2 = [x for x in pages[13] if x.startswith("gate 2")]
    if len(gate2) != 1 or MONTHS.search(gate2[0]):
        errors.append(f"clock: gate 2's heading {gate2}")
    if not any("78% for three consecutive months" in x for x in pages[13]):
        errors.append("clock: gate 2 is not dated by its criteria")
    if not any("june 2028 to may 2030" in x for x in pages[8]):
        errors.append("clock: the Corvia contract's own dates are not on the information pillar")
    return errors


def gold_form(
    case: Path, pages: dict[int, list[str]], titles: dict[int, str], gold: dict[str, Any]
) -> list[str]:  # noqa: C901
    errors: list[str] = []
    pilot = gold["pilot"]
    full = [
        n
        for n, lines in pages.items()
        if any("same day emergency care unit at thrushby" in x for x in lines)
    ]
    if full != [pilot["slide"]]:
        errors.append(f"pilot: named in full on slides {full}")
    early = [n for n, ls in pages.items() if n < pilot["slide"] and any("sdec" in x for x in ls)]
    if early:
        errors.append(f"pilot: SDEC named before the pilot slide, on {early}")
    if len(pilot["also_slides"]) < 3 or any(n <= pilot["slide"] for n in pilot["also_slides"]):
        errors.append("pilot: fewer than three later slides naming it shortly")
    scope = [n for n, ls in pages.items() if "not in this plan" in ls]
    if scope != [4] or not any(x.startswith("maternity") for x in pages[4]):
        errors.append("scope: no 'not in this plan' list with maternity on slide 4")
    for seg in gold["scenario_segments"]:
        if not any(alt in x for alt in seg for x in pages[4]):
            errors.append(f"scenarios: {seg} not on slide 4")
        if any("maternity" in alt for alt in seg):
            errors.append("scenarios: maternity is out of scope")
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
    if len(pairs) < 2:
        errors.append(f"near-namesakes told apart by remit: {pairs}")
    posts = set(gold["roster"])
    for bracket, post in [
        ("(head of ig)", "Head of Information Governance"),
        ("(head of performance)", "Head of Performance and Information"),
        ("(director of nursing)", "Director of Nursing and Midwifery"),
    ]:
        line = [x for x in pages[14] if bracket in x]
        if len(line) != 1 or post not in posts:
            errors.append(f"no bracketed owner {bracket} for {post}")
        elif not any(any(t in line[0] for t in e["task"]) and post in e["owners"] for e in owners):
            errors.append(f"the {bracket} line has no remit entry owned by {post}")
    gaps = gold["gaps"]
    if not 8 <= len(gaps) <= 14:
        errors.append(f"{len(gaps)} gaps (8 to 14)")
    per_file = sentences_by_file(case / "org", sentences)
    files = {f for f, ss in per_file.items() for gap in gaps for alt in gap for s in ss if alt in s}
    if len(files) < 5 or len({Path(f).suffix for f in files}) < 2:
        errors.append(f"gaps stated in {sorted(files)} (five files or more, two forms)")
    if len(gold["false_gaps"]) < 3:
        errors.append("fewer than three false-gap groups")
    if not 5 <= len(gold["forbidden_terms"]) <= 10:
        errors.append(f"{len(gold['forbidden_terms'])} forbidden terms (5 to 10)")
    vague = [v for v in gold["visions"] if v["vague"]]
    if len(vague) < 3 or len(vague) * 2 >= len(gold["visions"]):
        errors.append(f"{len(vague)} vague of {len(gold['visions'])} visions")
    acc = {r for e in gold["accountable"] for r in e["roles"]}
    if acc != {"Chief Operating Officer"}:
        errors.append(f"accountable roles {acc}")
    return errors


def extra(case: Path) -> list[str]:
    gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
    deck_text = [x for lines in deck_lines(case / gold["deck"]).values() for x in lines]
    blocks = _checks.gap_block_errors(gold, sentences(case / "org"), deck_text)
    return roster_form(case / "org", gold) + deck_form(case, gold) + blocks


CASE = Case(
    name=NAME,
    builder="build_emergency_flow.py",
    roster=roster,
    org_sentences=sentences,
    core=frozenset({"core"}),
    consult=frozenset({"consult"}),
    extra=extra,
    folder=HERE,
    split="dev37",
)


def print_org() -> None:
    org = HERE / NAME / "org"
    print(f"##### {NAME}: roster rows ({DIRECTORY})")
    for sec, cells in roster_rows(org):
        print(f"  [{sec}] " + " | ".join(cells))
    print("##### org sentences")
    for s in sentences(org):
        print(f"  | {s}")


if __name__ == "__main__":
    if "--org" in sys.argv and "--dump" not in sys.argv:
        print_org()
        sys.exit(0)
    sys.exit(_checks.run(CASE))
