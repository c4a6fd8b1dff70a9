"""Consistency checks of the dev35 case ``warehouse-automation`` against its deck and org folder.

Run from the repository root with the project's venv (python-pptx, python-docx, lxml):

    .venv/bin/python evals/dev35/check_warehouse_automation.py

(``--dump`` prints the deck lines the gold was read from, slide by slide, and the roster;
``--org`` prints the roster rows and the org sentences; ``--dump --org`` both.)

The checks are those of ``evals/dev15/_checks.py`` (adapted from ``evals/dev13/check_gold.py``),
imported, not copied, and pointed at this folder (``evals/dev35``, split "dev35") with
``build_warehouse_automation.py`` as the builder, which the shared checks run into a temporary
folder and compare byte for byte. The deck is read with dev13's ``deck_lines``. What is this
case's own:

- the roster, read from ``org/people/establishment-report-2028-03-06.csv``, an HR system's
  CSV export with a report line ("Report: Establishment; Run: ...") above the header: every
  row under the header is a post; the tier is "consult" for the posts of the department
  "Employee Representation" and "core" for every other (the export has no tiers);
- org sentences: ``_checks.org_sentences`` with a CSV reader added (the report line, then
  each row's cells joined by spaces);
- checks of the export's form (the report line first, the header second, a Reports To
  column, one vacant post, the two elected representatives, reports-to naming posts);
- checks of the deck's form as Keynote exports it (app.xml naming Keynote, the 1920 x 1080 pt
  canvas, Keynote's layout names, no placeholder on any slide, shapes named "Text N", "Shape N",
  "Group N", "Table N", "Line N", free text boxes with ``txBox="1"``, sorted ZIP entries at one
  fixed time, presenter notes on two to four slides);
- checks of its clock: T0's date said once, on the clock slide; the waves named without dates
  on one slide and dated in T+ months on another; the roadmap's T0..T+18 axis, the waves in a
  group, overlapping workstream bars, undated gate diamonds and a "Later (not funded)" lane
  right of T+18; calendar quarters in a separate table that fall inside the horizon when
  counted from T0; Gate 1's date only on the gates slide;
- checks of its pilot (the full name once, the site alone later), scenarios, deck actions'
  forms and the gold's own spread (near-namesakes, the bracketed owner the roster spells
  otherwise, gaps across files and forms, false gaps, consult-only roles, vague goals).

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

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import evals.dev15._checks as _checks  # noqa: E402
from evals.dev13.check_gold import FIELDS, deck_lines  # noqa: E402
from evals.dev15._checks import Case, namesakes_told_apart, sentences_by_file  # noqa: E402

# gap_blocks is a field of the deck-grounded gold that dev13's field list predates
_checks.FIELDS = FIELDS | {"gap_blocks"}

HERE = Path(__file__).resolve().parent
NAME = "warehouse-automation"
ROSTER = Path("people") / "establishment-report-2028-03-06.csv"
HEAD = [
    "Position No",
    "Position Title",
    "Department",
    "Location",
    "Reports To",
    "Post Status",
    "Responsibilities",
]
CONSULT_DEPT = "Employee Representation"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
P = "http://schemas.openxmlformats.org/presentationml/2006/main"
NS = {"a": A, "p": P}
KEYNOTE_LAYOUTS = {
    "Title & Subtitle",
    "Title & Bullets",
    "Title, Bullets & Photo",
    "Bullets",
    "Section",
    "Title Only",
    "Agenda",
    "Statement",
    "Big Fact",
    "Quote",
    "Photo",
    "Blank",
}
SHAPE_NAME = re.compile(r"(Text|Shape|Group|Table|Line) \d+")
TICKS = ["t0", "t+3", "t+6", "t+9", "t+12", "t+15", "t+18"]
WAVES = ["wave 0: mobilise", "wave 1: pick", "wave 2: pack and ship"]
LATER = "later (not funded)"
SIGNED = "3 april 2028"
T0 = (2028, 4)  # month 0: the month of signature
MONTH = re.compile(
    r"\b(january|february|march|april|may|june|july|august|september|october|november|"
    r"december)\b"
)
PILOT_FULL = "goods-in dock at daneholt distribution centre"
ACTION_FORMS = {
    6: "pillar",
    7: "pillar",
    8: "pillar",
    9: "pillar",
    14: "milestones",
    15: "pilot steps",
    16: "gate criteria",
    17: "risk mitigations",
    18: "first 90 days",
}
GRADE = {"head", "of", "and", "manager", "general", "chief", "officer", "director", "lead"}


# =========================================================================== the CSV export


def _csv_rows(path: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"), newline="")))


def csv_parts(path: Path) -> list[str]:
    return [" ".join(c for c in row if c) for row in _csv_rows(path) if row]


def roster_rows(org: Path) -> list[list[str]]:
    path = org / ROSTER
    if not path.is_file():
        return []
    rows = _csv_rows(path)
    return [r for r in rows[2:] if r]


def roster(org: Path) -> list[tuple[str, str]]:
    return [(r[1], "consult" if r[2] == CONSULT_DEPT else "core") for r in roster_rows(org)]


def sentences(org: Path) -> list[str]:
    return _checks.org_sentences(org, {".csv": csv_parts})


def roster_form(org: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    raw = (org / ROSTER).read_bytes()
    rows = _csv_rows(org / ROSTER)
    if not rows or not re.fullmatch(r"Report: Establishment; Run: [\d/]+ [\d:]+; .+", rows[0][0]):
        errors.append("roster: no report line above the header")
    if len(rows) < 2 or rows[1] != HEAD:
        errors.append(f"roster: header {rows[1] if len(rows) > 1 else None}")
    if b"\r\n" not in raw:
        errors.append("roster: not CRLF as the HR system exports")
    body = roster_rows(org)
    if not 18 <= len(body) <= 26 or any(len(r) != len(HEAD) or not all(r) for r in body):
        errors.append(f"roster: {len(body)} rows, or a row without every cell")
    posts = [r[1] for r in body]
    if len(set(posts)) != len(posts):
        errors.append("roster: a post appears twice")
    for r in body:
        if r[2] != CONSULT_DEPT and r[4] not in posts and r[4] != "Board of Directors":
            errors.append(f"roster: {r[1]} reports to {r[4]!r}, no post")
    vacant = [r[1] for r in body if r[5] == "Vacant"]
    if len(vacant) != 1:
        errors.append(f"roster: vacant posts {vacant}")
    owners = {o for e in gold["remit_owners"] for o in e["owners"]}
    if set(vacant) & owners:
        errors.append("roster: a vacant post owns work")
    consult = [p for p, t in roster(org) if t == "consult"]
    if sorted(consult) != sorted(gold["consult_only_roles"]):
        errors.append(f"roster: consulted rows {consult}")
    return errors


# =========================================================================== the deck's form


def _paras(el: Any) -> list[str]:
    out = []
    for p in el.iter(f"{{{A}}}p"):
        t = "".join(x.text or "" for x in p.iter(f"{{{A}}}t"))
        t = re.sub(r"\s+", " ", t.replace("\u2019", "'")).strip().lower()
        if t:
            out.append(t)
    return out


def _xy(sp: Any) -> tuple[int, int, int, int]:
    xfrm = sp.find("p:spPr/a:xfrm", NS)
    off, ext = xfrm.find("a:off", NS), xfrm.find("a:ext", NS)
    x, y = int(off.get("x")), int(off.get("y"))
    return x, y, x + int(ext.get("cx")), y + int(ext.get("cy"))


def deck_form(case: Path, gold: dict[str, Any]) -> list[str]:  # noqa: C901
    errors: list[str] = []
    z = zipfile.ZipFile(case / gold["deck"])
    infos = z.infolist()
    names = [i.filename for i in infos]
    if names != sorted(names) or {i.date_time for i in infos} != {(1980, 1, 1, 0, 0, 0)}:
        errors.append("package: entries not sorted or not at one fixed time")
    if b"<Application>Keynote</Application>" not in z.read("docProps/app.xml"):
        errors.append("package: app.xml does not name Keynote")
    if any(n.startswith("ppt/printerSettings/") for n in names):
        errors.append("package: printer settings (Keynote writes none)")
    pres = etree.fromstring(z.read("ppt/presentation.xml"))
    size = pres.find("p:sldSz", NS)
    if (size.get("cx"), size.get("cy")) != ("24384000", "13716000"):
        errors.append("slide size is not Keynote's 1920 x 1080 pt")
    layout_names = {}
    for n in names:
        if re.fullmatch(r"ppt/slideLayouts/slideLayout\d+\.xml", n):
            layout_names[n.rsplit("/", 1)[1]] = (
                etree.fromstring(z.read(n)).find("p:cSld", NS).get("name")
            )
    if not set(layout_names.values()) <= KEYNOTE_LAYOUTS:
        errors.append(f"layouts not named as Keynote names them: {sorted(layout_names.values())}")
    slides = sorted(
        (n for n in names if re.fullmatch(r"ppt/slides/slide\d+\.xml", n)),
        key=lambda n: int(re.findall(r"\d+", n)[0]),
    )
    if not 16 <= len(slides) <= 20:
        errors.append(f"{len(slides)} slides (16 to 20)")
    roots = {k: etree.fromstring(z.read(n)) for k, n in enumerate(slides, start=1)}
    used = set()
    with_notes = 0
    for k, name in enumerate(slides, start=1):
        root = roots[k]
        rels = z.read(name.replace("slides/", "slides/_rels/") + ".rels").decode("utf-8")
        layout = re.search(r'Target="\.\./slideLayouts/(slideLayout\d+\.xml)"', rels)
        used.add(layout_names.get(layout.group(1), "") if layout else "")
        if root.find(".//p:nvPr/p:ph", NS) is not None:
            errors.append(f"slide {k}: a placeholder (Keynote's export has text boxes)")
        for el in root.iterfind(".//p:spTree//p:cNvPr", NS):
            if el.getparent().getparent().tag == f"{{{P}}}spTree" and el.getparent().tag == (
                f"{{{P}}}nvGrpSpPr"
            ):
                continue  # the slide's own shape tree
            if not SHAPE_NAME.fullmatch(el.get("name", "")):
                errors.append(f"slide {k}: shape named {el.get('name')!r}")
        for sp in root.iter(f"{{{P}}}sp"):
            text_box = sp.find("p:nvSpPr/p:cNvSpPr", NS).get("txBox") == "1"
            named = sp.find("p:nvSpPr/p:cNvPr", NS).get("name", "")
            if text_box != named.startswith("Text "):
                errors.append(f"slide {k}: {named} and its txBox flag disagree")
        if any(r.get("sz") is None for r in root.iter(f"{{{A}}}rPr")):
            errors.append(f"slide {k}: a run without its size")
        note = re.search(r'Target="\.\./notesSlides/(notesSlide\d+\.xml)"', rels)
        if note:
            with_notes += 1
    if not {"Title & Subtitle", "Title & Bullets", "Blank"} <= used:
        errors.append(f"layouts used {sorted(used)}")
    if not 2 <= with_notes <= 4:
        errors.append(f"presenter notes on {with_notes} slides (2 to 4)")
    pages = deck_lines(case / gold["deck"])
    errors += clock_form(pages, roots, gold)
    errors += gold_form(case, pages, gold)
    return errors


def _month_of_quarter(label: str) -> tuple[int, int]:
    found = re.fullmatch(r"q(\d) (\d{4})", label)
    assert found is not None, label
    q, year = found.groups()
    start = (int(year) - T0[0]) * 12 + (int(q) - 1) * 3 + 1 - T0[1]
    return start, start + 3


def clock_form(  # noqa: C901
    pages: dict[int, list[str]], roots: dict[int, Any], gold: dict[str, Any]
) -> list[str]:
    errors: list[str] = []
    signed = [n for n, lines in pages.items() for x in lines if SIGNED in x]
    clock = [n for n, lines in pages.items() if "months count from the day we sign" in lines]
    if len(signed) != 1 or signed != clock:
        errors.append(f"clock: T0's date on slides {signed}, clock slide {clock}")
    if any("april 2028" in x for lines in pages.values() for x in lines if SIGNED not in x):
        errors.append("clock: the month of T0 is said again elsewhere")
    got = [(ph["match"][0], ph["start_month"], ph["end_month"]) for ph in gold["phases"]]
    if got != [(WAVES[0], 0, 3), (WAVES[1], 3, 9), (WAVES[2], 9, 18)]:
        errors.append(f"clock: phases {got}")
    if gold["horizon_months"] != 18:
        errors.append("clock: the horizon is T+18")
    named = [n for n, lines in pages.items() if all(w in lines for w in WAVES)]
    dated = [
        n
        for n, lines in pages.items()
        if all(any(x.startswith(w + " runs from t") for x in lines) for w in WAVES)
    ]
    if len(dated) != 1 or dated[0] not in clock or not any(n not in dated for n in named):
        errors.append(f"clock: waves named on {named}, dated on {dated}")
    road = [n for n, lines in pages.items() if all(t in lines for t in TICKS)]
    if len(road) != 1:
        return errors + [f"clock: T axis on slides {road}"]
    root = roots[road[0]]
    shapes = [(sp, _paras(sp)) for sp in root.iter(f"{{{P}}}sp")]
    ticks = {t[0]: _xy(sp) for sp, t in shapes if t and t[0] in TICKS}
    end = (ticks["t+18"][0] + ticks["t+18"][2]) // 2
    start = (ticks["t0"][0] + ticks["t0"][2]) // 2
    later = [sp for sp, t in shapes if t == [LATER]]
    if len(later) != 1 or _xy(later[0])[0] <= end:
        errors.append("roadmap: no Later (not funded) lane right of T+18")
    groups = [g for g in root.iter(f"{{{P}}}grpSp") if sorted(_paras(g)) == sorted(WAVES)]
    if len(groups) != 1:
        errors.append("roadmap: the three waves are not one group")
    bars = [
        _xy(sp)
        for sp, t in shapes
        if sp.find("p:spPr/a:prstGeom", NS).get("prst") == "roundRect"
        and sp.getparent().tag != f"{{{P}}}grpSp"
        and start - 10 <= _xy(sp)[0] < end
    ]
    spans = [(b[0], b[2]) for b in bars]
    overlapping = sum(
        1 for i, a in enumerate(spans) for b in spans[i + 1 :] if a[0] < b[1] and b[0] < a[1]
    )
    if len(bars) != 4 or overlapping < 4:
        errors.append(f"roadmap: {len(bars)} workstream bars, {overlapping} overlapping pairs")
    diamonds = [sp for sp, t in shapes if sp.find("p:spPr/a:prstGeom", NS).get("prst") == "diamond"]
    if len(diamonds) != 2 or any(MONTH.search(x) for lines in [pages[road[0]]] for x in lines):
        errors.append("roadmap: two undated gate diamonds")
    quarters = [
        n
        for n, lines in pages.items()
        if sum(bool(re.fullmatch(r"q\d 20\d\d", x)) for x in lines) >= 3
    ]
    if len(quarters) != 1 or quarters[0] == road[0]:
        return errors + [f"clock: quarter milestones on slides {quarters}"]
    for x in pages[quarters[0]]:
        if re.fullmatch(r"q\d 20\d\d", x):
            a, b = _month_of_quarter(x)
            if not (a >= 0 and b <= gold["horizon_months"]):
                errors.append(f"clock: {x} is months {a}-{b}, outside the horizon")
    gate1 = [n for n, lines in pages.items() for x in lines if "gate 1" in x and MONTH.search(x)]
    gate1 += [
        n
        for n, lines in pages.items()
        for i, x in enumerate(lines)
        if x.startswith("gate 1:") and i + 1 < len(lines) and MONTH.search(lines[i + 1])
    ]
    gates = [n for n, lines in pages.items() if "what has to be true at each gate" in lines]
    if set(gate1) != set(gates) or len(gates) != 1:
        errors.append(f"clock: Gate 1 dated on slides {sorted(set(gate1))}, gates slide {gates}")
    return errors


def gold_form(case: Path, pages: dict[int, list[str]], gold: dict[str, Any]) -> list[str]:  # noqa: C901
    errors: list[str] = []
    pilot = gold["pilot"]
    full = [n for n, lines in pages.items() if any(PILOT_FULL in x for x in lines)]
    if full != [pilot["slide"]]:
        errors.append(f"pilot: named in full on slides {full}")
    if len(pilot["also_slides"]) < 2 or any(
        n <= pilot["slide"] or any("distribution centre" in x for x in pages[n])
        for n in pilot["also_slides"]
    ):
        errors.append("pilot: later slides should name the site alone")
    moments = [
        n for n, lines in pages.items() if "three moments that test the whole operation" in lines
    ]
    scope = [n for n, lines in pages.items() if "not in this plan" in lines]
    segments = gold["scenario_segments"]
    if len(moments) != 1 or len(scope) != 1 or len(segments) != 3:
        errors.append(f"scenarios: moments slide {moments}, scope slide {scope}")
    else:
        out = pages[scope[0]][pages[scope[0]].index("not in this plan") + 1 :]
        for seg in segments:
            if not any(alt in x for alt in seg for x in pages[moments[0]]):
                errors.append(f"scenarios: {seg} not on slide {moments[0]}")
            if any(alt in x for alt in seg for x in out):
                errors.append(f"scenarios: {seg} is out of scope")
    actions = gold["deck_actions"]
    if not 15 <= len(actions) <= 25:
        errors.append(f"{len(actions)} deck actions (15 to 25)")
    forms = {ACTION_FORMS.get(a["slide"], "other") for a in actions} - {"other"}
    if len(forms) < 6:
        errors.append(f"deck actions in {len(forms)} forms: {sorted(forms)}")
    posts = gold["roster"]
    owners = gold["remit_owners"]
    if len(owners) < 15:
        errors.append(f"{len(owners)} remit owners (15 or more)")
    pairs = namesakes_told_apart(posts, gold, GRADE)
    if len(pairs) < 2:
        errors.append(f"near-namesakes told apart by remit: {pairs}")
    bracket = [x for lines in pages.values() for x in lines if "(head of hs&e)" in x]
    hse = "Head of Health, Safety & Environment"
    if len(bracket) != 1 or "Head of HS&E" in posts or hse not in posts:
        errors.append("no bracketed owner the roster spells otherwise ((Head of HS&E))")
    elif not any(any(t in bracket[0] for t in e["task"]) and hse in e["owners"] for e in owners):
        errors.append("the (Head of HS&E) line has no remit entry owned by the Head of HS&E")
    gaps = gold["gaps"]
    if not 8 <= len(gaps) <= 14:
        errors.append(f"{len(gaps)} gaps (8 to 14)")
    per_file = sentences_by_file(case / "org", sentences)
    files = {f for f, ss in per_file.items() for gap in gaps for alt in gap for s in ss if alt in s}
    if len(files) < 5 or len({Path(f).suffix for f in files}) < 3:
        errors.append(f"gaps stated in {sorted(files)} (five files or more, three forms)")
    if len(gold["false_gaps"]) < 3:
        errors.append("fewer than three false-gap groups")
    if sorted(gold["consult_only_roles"]) != [
        "Employee Safety Representative",
        "Works Council Chair",
    ]:
        errors.append(f"consult-only roles {gold['consult_only_roles']}")
    vague = [v for v in gold["visions"] if v["vague"]]
    if len(vague) < 3 or len(vague) * 2 >= len(gold["visions"]):
        errors.append(f"{len(vague)} vague of {len(gold['visions'])} visions")
    if not 5 <= len(gold["forbidden_terms"]) <= 10:
        errors.append(f"{len(gold['forbidden_terms'])} forbidden terms (5 to 10)")
    return errors


def extra(case: Path) -> list[str]:
    gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
    deck_text = [x for lines in deck_lines(case / gold["deck"]).values() for x in lines]
    blocks = _checks.gap_block_errors(gold, sentences(case / "org"), deck_text)
    return roster_form(case / "org", gold) + deck_form(case, gold) + blocks


CASE = Case(
    name=NAME,
    builder="build_warehouse_automation.py",
    roster=roster,
    org_sentences=sentences,
    core=frozenset({"core"}),
    consult=frozenset({"consult"}),
    extra=extra,
    folder=HERE,
    split="dev35",
)


def print_org() -> None:
    org = HERE / NAME / "org"
    print(f"##### {NAME}: roster rows ({ROSTER})")
    for r in roster_rows(org):
        print("  " + " | ".join(r))
    print("##### org sentences")
    for s in sentences(org):
        print(f"  | {s}")


if __name__ == "__main__":
    if "--org" in sys.argv and "--dump" not in sys.argv:
        print_org()
        sys.exit(0)
    sys.exit(_checks.run(CASE))
