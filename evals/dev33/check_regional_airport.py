"""Consistency checks of the dev33 case ``regional-airport`` against its deck and org folder.

Run from the repository root with the project's venv (python-pptx, python-docx, openpyxl, lxml):

    .venv/bin/python evals/dev33/check_regional_airport.py

(``--dump`` prints the deck lines the gold was read from, slide by slide, and the roster;
``--org`` prints the roster rows and the org sentences; ``--dump --org`` both; ``--smartart``
prints the text of the SmartArt roadmap as its data part and its cached drawing hold it.)

The checks are those of ``evals/dev15/_checks.py`` (adapted from ``evals/dev13/check_gold.py``),
imported, not copied, and pointed at this folder (``evals/dev33``, split "dev33") with
``build_regional_airport.py`` as the builder, which the shared checks run into a temporary
folder and compare byte for byte. The deck is read with dev13's ``deck_lines`` (one line per
paragraph of every shape in XML order, table cells row by row, then the speaker notes); that
reader does NOT open the SmartArt roadmap, so the horizon names are checked in its parts
here, and the gold's phase matches are found on the timing slide. What is this case's own:

- the roster, read from ``org/people/esterham-organisation-chart-august-2027.docx``, a Word
  table (Post / Post holder / Department / Reports to / Responsibilities / Gate to Gate role):
  every row a post, the tier "core" for "Core team", "extended" for "Extended team" and
  "consult" for "Consulted";
- org sentences: ``_checks.org_sentences`` with two readers added, an XLSX reader (each row of
  each sheet, its cells joined by spaces) and a CSV reader (each row, cells joined by spaces;
  the file starts with a byte-order mark as Excel saves it);
- checks of the deck's form as PowerPoint for Mac saves it from a corporate template (app
  properties, widescreen size, the template's layout and theme names, title placeholders,
  PowerPoint's shape names with creation ids, sorted entries at one fixed time), of the
  SmartArt roadmap (the graphic frame's four relationship ids and the drawing part named in the
  data model, the five content types, the horizon texts in both the data model and the cached
  drawing, in order, no date in the diagram, a "Beyond" chevron), of the clock (the financial
  year defined once, the horizons dated only in quarters on the timing slide, the workstream
  table that overlaps them, the pilot's season, Gate 2 dated only in its criteria), of the
  pilot, the scope list, the deck actions' forms and the roster's form;
- checks of the gold's own spread: remit owners, near-namesakes told apart, the bracketed
  title the roster spells otherwise, the vacant post owning nothing, gaps across org files of
  several forms, false gaps, forbidden terms, scenarios, vague goals.

It never runs the planner.
"""

from __future__ import annotations

import csv
import html
import io
import json
import re
import sys
import zipfile
from pathlib import Path
from typing import Any

from docx import Document
from lxml import etree
from openpyxl import load_workbook

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import evals.dev15._checks as _checks  # noqa: E402
from evals.dev13.check_gold import FIELDS, deck_lines, normalize  # noqa: E402
from evals.dev15._checks import Case, namesakes_told_apart, sentences_by_file  # noqa: E402

# gap_blocks is a field of the deck-grounded gold that dev13's field list predates
_checks.FIELDS = FIELDS | {"gap_blocks"}

HERE = Path(__file__).resolve().parent
NAME = "regional-airport"
ROSTER = Path("people") / "esterham-organisation-chart-august-2027.docx"
HEAD = ["Post", "Post holder", "Department", "Reports to", "Responsibilities", "Gate to Gate role"]
TIERS = {"Core team": "core", "Extended team": "extended", "Consulted": "consult"}
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
P = "http://schemas.openxmlformats.org/presentationml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
DGM = "http://schemas.openxmlformats.org/drawingml/2006/diagram"
DSP = "http://schemas.microsoft.com/office/drawing/2008/diagram"
A16 = "http://schemas.microsoft.com/office/drawing/2014/main"
NS = {"a": A, "p": P, "dgm": DGM, "dsp": DSP}
CHEVRONS = [
    ["horizon 1", "fix the basics"],
    ["horizon 2", "prove it on pier c"],
    ["horizon 3", "roll out across the terminal"],
    ["beyond", "pier d and the terminal extension"],
]
LAYOUT_NAMES = {"EA Cover", "EA Title and Content", "EA Divider", "EA Title Only", "EA Blank"}
SHAPE_NAME = re.compile(
    r"(Title|Subtitle|Content Placeholder|Text Placeholder|TextBox|Rectangle|Rounded Rectangle"
    r"|Table|Diagram) (\d+)"
)
MONTH = re.compile(
    r"\b(january|february|march|april|may|june|july|august|september|october|november|"
    r"december)\b|\b20\d\d\b|\bq[1-4]\b|\bfy\d\d\b"
)
QUARTER = re.compile(r"\bq[1-4]( and q[1-4]| to q[1-4])? fy\d\d\b|\bfy\d\d onwards\b")
ACTION_FORMS = {
    7: "pillar",
    8: "pillar",
    9: "pillar",
    10: "pillar",
    11: "pillar",
    12: "pilot steps",
    16: "gate criteria",
    17: "risk mitigations",
    18: "first 90 days",
}
GRADE = {"head", "of", "and", "the", "manager", "chief", "officer", "chair", "senior"}
GRADE |= {"representative", "programme", "engineer", "gate", "to"}


# =========================================================================== org readers


def docx_rows(path: Path) -> list[list[str]]:
    doc = Document(str(path))
    rows: list[list[str]] = []
    for tab in doc.tables:
        for row in tab.rows:
            rows.append([c.text.strip() for c in row.cells])
    return rows


def xlsx_parts(path: Path) -> list[str]:
    wb = load_workbook(str(path), read_only=True)
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            cells = [str(c) for c in row if c is not None]
            if cells:
                out.append(" ".join(cells))
    wb.close()
    return out


def csv_parts(path: Path) -> list[str]:
    rows = csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig")))
    return [" ".join(r) for r in rows if r]


def sentences(org: Path) -> list[str]:
    return _checks.org_sentences(org, {".xlsx": xlsx_parts, ".csv": csv_parts})


def roster_rows(org: Path) -> list[list[str]]:
    path = org / ROSTER
    if not path.is_file():
        return []
    return [r for r in docx_rows(path) if r != HEAD]


def roster(org: Path) -> list[tuple[str, str]]:
    return [(r[0], TIERS.get(r[5], r[5].lower())) for r in roster_rows(org)]


def roster_form(org: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    path = org / ROSTER
    doc = Document(str(path))
    if len(doc.tables) != 1:
        errors.append(f"roster: {len(doc.tables)} tables (one)")
    rows = docx_rows(path)
    if not rows or rows[0] != HEAD:
        errors.append(f"roster: header {rows[:1]}")
    posts = roster_rows(org)
    if not 20 <= len(posts) <= 26:
        errors.append(f"roster: {len(posts)} posts (20 to 26)")
    if any(len(r) != 6 or not all(r) for r in posts):
        errors.append("roster: a row without six filled cells")
    if any(r[5] not in TIERS for r in posts):
        errors.append("roster: a tier the programme does not use")
    names = [r[0] for r in posts]
    if len(set(names)) != len(names):
        errors.append("roster: a post appears twice")
    consult = [r[0] for r in posts if r[5] == "Consulted"]
    if sorted(consult) != sorted(gold["consult_only_roles"]) or len(consult) != 3:
        errors.append(f"roster: consulted rows {consult}")
    for r in posts:
        if (r[5] == "Consulted") != (r[3] == "Not an airport post"):
            errors.append(f"roster: {r[0]} reports to {r[3]!r}")
    vacant = [r[0] for r in posts if r[1] == "Vacant"]
    if vacant != ["Baggage Systems Engineer"]:
        errors.append(f"roster: vacant posts {vacant}")
    owners = {o for e in gold["remit_owners"] for o in e["owners"]}
    owners |= {o for e in gold["accountable"] for o in e["roles"]}
    owners |= {o for lay in gold["expected_layers"].values() for v in lay.values() for o in v}
    if set(vacant) & owners:
        errors.append("gold: the vacant post owns work")
    joined = [r[0] for r in posts if r[5] == "Core team" and " and " in r[0]]
    if len(joined) < 2:
        errors.append(f"roster: fewer than two posts whose title joins two remits: {joined}")
    return errors


# =========================================================================== the deck's form


def _text(el: Any) -> str:
    return normalize(
        " ".join("".join(t.text or "" for t in p.iter(f"{{{A}}}t")) for p in el.iter(f"{{{A}}}p"))
    )


def _paras(el: Any) -> list[str]:
    out = [
        normalize("".join(t.text or "" for t in p.iter(f"{{{A}}}t"))) for p in el.iter(f"{{{A}}}p")
    ]
    return [x for x in out if x]


def smartart(z: zipfile.ZipFile) -> tuple[list[list[str]], list[list[str]]]:
    """The chevrons' texts as the data model holds them (node points in connection order) and
    as the cached drawing holds them (shapes in order)."""
    data = etree.fromstring(z.read("ppt/diagrams/data1.xml"))
    pts = {pt.get("modelId"): pt for pt in data.iterfind("dgm:ptLst/dgm:pt", NS)}
    doc = [m for m, pt in pts.items() if pt.get("type") == "doc"]
    cxns = sorted(
        (
            c
            for c in data.iterfind("dgm:cxnLst/dgm:cxn", NS)
            if c.get("type") in (None, "parOf") and doc and c.get("srcId") == doc[0]
        ),
        key=lambda c: int(c.get("srcOrd")),
    )
    nodes = [_paras(pts[c.get("destId")].find("dgm:t", NS)) for c in cxns]
    drawing = etree.fromstring(z.read("ppt/diagrams/drawing1.xml"))
    cached = [_paras(sp.find("dsp:txBody", NS)) for sp in drawing.iterfind(".//dsp:sp", NS)]
    return nodes, cached


def smartart_form(z: zipfile.ZipFile, slide_no: int, slide_root: Any) -> list[str]:
    errors: list[str] = []
    names = set(z.namelist())
    parts = ["data1.xml", "layout1.xml", "quickStyle1.xml", "colors1.xml", "drawing1.xml"]
    for part in parts:
        if f"ppt/diagrams/{part}" not in names:
            errors.append(f"smartart: ppt/diagrams/{part} missing")
    if errors:
        return errors
    types = z.read("[Content_Types].xml").decode("utf-8")
    for part, ctype in zip(
        parts,
        ["diagramData", "diagramLayout", "diagramStyle", "diagramColors", "diagramDrawing"],
        strict=True,
    ):
        if not re.search(
            rf'PartName="/ppt/diagrams/{part}" ContentType="[^"]*{ctype}\+xml"', types
        ):
            errors.append(f"smartart: no content type for {part}")
    frames = [
        gf
        for gf in slide_root.iter(f"{{{P}}}graphicFrame")
        if gf.find("a:graphic/a:graphicData", NS).get("uri") == DGM
    ]
    if len(frames) != 1:
        return errors + [f"smartart: {len(frames)} diagram frames on slide {slide_no}"]
    gf = frames[0]
    if not re.fullmatch(r"Diagram \d+", gf.find("p:nvGraphicFramePr/p:cNvPr", NS).get("name")):
        errors.append("smartart: the frame is not named as PowerPoint names a diagram")
    rel_ids = gf.find("a:graphic/a:graphicData/dgm:relIds", NS)
    rels = etree.fromstring(z.read(f"ppt/slides/_rels/slide{slide_no}.xml.rels"))
    targets = {r.get("Id"): (r.get("Type"), r.get("Target")) for r in rels}
    for attr, part in zip(["dm", "lo", "qs", "cs"], parts[:4], strict=True):
        rid = rel_ids.get(f"{{{R}}}{attr}") if rel_ids is not None else None
        if rid not in targets or targets[rid][1] != f"../diagrams/{part}":
            errors.append(f"smartart: r:{attr} does not point at {part}")
    data = etree.fromstring(z.read("ppt/diagrams/data1.xml"))
    ext = data.find(".//dsp:dataModelExt", NS)
    if ext is None or targets.get(ext.get("relId"), ("", ""))[1] != "../diagrams/drawing1.xml":
        errors.append("smartart: the data model does not name the cached drawing")
    elif "diagramDrawing" not in targets[ext.get("relId")][0]:
        errors.append("smartart: the drawing relationship has the wrong type")
    nodes, cached = smartart(z)
    if nodes != CHEVRONS:
        errors.append(f"smartart: data model texts {nodes}")
    if cached != CHEVRONS:
        errors.append(f"smartart: cached drawing texts {cached}")
    if any(MONTH.search(x) for chevron in nodes + cached for x in chevron):
        errors.append("smartart: a date in the diagram (the dates belong on the timing slide)")
    return errors


def deck_form(case: Path, gold: dict[str, Any]) -> list[str]:  # noqa: C901
    errors: list[str] = []
    deck = case / gold["deck"]
    z = zipfile.ZipFile(deck)
    infos = z.infolist()
    names = [i.filename for i in infos]
    if names != sorted(names) or {i.date_time for i in infos} != {(1980, 1, 1, 0, 0, 0)}:
        errors.append("package: entries not sorted or not at one fixed time")
    app = z.read("docProps/app.xml").decode("utf-8")
    if "<Application>Microsoft Macintosh PowerPoint</Application>" not in app or (
        "<AppVersion>16.0000</AppVersion>" not in app
    ):
        errors.append("package: app.xml is not PowerPoint for Mac's")
    core = z.read("docProps/core.xml").decode("utf-8")
    if "python-pptx" in core or "2027-09-14" not in core:
        errors.append("package: core properties not fixed")
    pres = etree.fromstring(z.read("ppt/presentation.xml"))
    size = pres.find("p:sldSz", NS)
    if size is None or (size.get("cx"), size.get("cy")) != ("12192000", "6858000"):
        errors.append("slide size is not PowerPoint's widescreen 12192000 x 6858000")
    if b'name="Esterham Airport 2026"' not in z.read("ppt/theme/theme1.xml"):
        errors.append("theme is not the corporate template's")
    layout_names = {}
    for n in names:
        if re.fullmatch(r"ppt/slideLayouts/slideLayout\d+\.xml", n):
            layout_names[n.rsplit("/", 1)[1]] = (
                etree.fromstring(z.read(n)).find("p:cSld", NS).get("name")
            )
    if not set(layout_names.values()) >= LAYOUT_NAMES:
        errors.append(f"template layout names missing: {sorted(layout_names.values())}")
    slides = sorted(
        (n for n in names if re.fullmatch(r"ppt/slides/slide\d+\.xml", n)),
        key=lambda n: int(re.findall(r"\d+", n)[0]),
    )
    if not 18 <= len(slides) <= 24:
        errors.append(f"{len(slides)} slides (18 to 24)")
    parts_of = re.search(r"<TitlesOfParts>(.*)</TitlesOfParts>", app)
    titles_in_app = [
        html.unescape(t)
        for t in re.findall(r"<vt:lpstr>([^<]*)</vt:lpstr>", parts_of.group(1) if parts_of else "")
    ][3:]
    pages = deck_lines(deck)
    titles: dict[int, str] = {}
    with_notes = 0
    diagram_slides = []
    for k, name in enumerate(slides, start=1):
        root = etree.fromstring(z.read(name))
        rels = z.read(name.replace("slides/", "slides/_rels/") + ".rels").decode("utf-8")
        layout = re.search(r'Target="\.\./slideLayouts/(slideLayout\d+\.xml)"', rels)
        if not layout or layout_names.get(layout.group(1)) not in LAYOUT_NAMES:
            errors.append(f"slide {k}: not on a template layout")
        title = [
            sp
            for sp in root.iter(f"{{{P}}}sp")
            if (ph := sp.find("p:nvSpPr/p:nvPr/p:ph", NS)) is not None
            and ph.get("type") in {"title", "ctrTitle"}
        ]
        if len(title) != 1:
            errors.append(f"slide {k}: {len(title)} title placeholders")
            continue
        titles[k] = _text(title[0])
        for cnv in root.iterfind(".//p:spTree/*/*/p:cNvPr", NS):
            m = SHAPE_NAME.fullmatch(cnv.get("name", ""))
            if not m or int(m.group(2)) != int(cnv.get("id")) - 1:
                errors.append(f"slide {k}: shape named {cnv.get('name')!r} id {cnv.get('id')}")
            if cnv.find(f"a:extLst/a:ext/{{{A16}}}creationId", NS) is None:
                errors.append(f"slide {k}: a shape without a creation id")
        if root.find(".//p:graphicFrame/a:graphic/a:graphicData/dgm:relIds", NS) is not None:
            diagram_slides.append(k)
            errors += smartart_form(z, k, root)
        if "notesSlide" in rels:
            with_notes += 1
    if [normalize(t) for t in titles_in_app] != [titles[k] for k in sorted(titles)]:
        errors.append("package: app.xml's slide titles differ from the slides'")
    if len(diagram_slides) != 1:
        errors.append(f"smartart on slides {diagram_slides}")
    if not 4 <= with_notes <= 6:
        errors.append(f"speaker notes on {with_notes} slides (4 to 6)")
    errors += clock_form(pages, titles, gold, diagram_slides)
    errors += gold_form(case, pages, titles, gold)
    return errors


def clock_form(
    pages: dict[int, list[str]], titles: dict[int, str], gold: dict[str, Any], road: list[int]
) -> list[str]:
    errors: list[str] = []
    every = [x for lines in pages.values() for x in lines]
    for said in [
        "operations and passenger plan, fy28 to fy30",
        "fy28 is april 2027 to march 2028",
        "this plan runs for 30 months, from 1 october 2027 to 31 march 2030.",
        "approve gate to gate and its 30-month plan.",
    ]:
        if not any(said in x for x in every):
            errors.append(f"clock: the horizon is not also stated as {said!r}")
    if gold["horizon_months"] != 30:
        errors.append("clock: October 2027 to March 2030 is 30 months")
    expected = [("horizon 1", 0, 6), ("horizon 2", 6, 18), ("horizon 3", 18, 30)]
    got = [(ph["match"][0], ph["start_month"], ph["end_month"]) for ph in gold["phases"]]
    if got != expected:
        errors.append(f"clock: phases {got}")
    timing = [n for n, t in titles.items() if t == "when each horizon runs"]
    if len(timing) != 1 or road != [timing[0] - 1]:
        return errors + [f"clock: timing slide {timing} does not follow the roadmap {road}"]
    tn = timing[0]
    lines = pages[tn]
    for k in (1, 2, 3):
        at = [i for i, x in enumerate(lines) if x == f"horizon {k}"]
        if len(at) != 1 or not QUARTER.fullmatch(lines[at[0] + 1]):
            errors.append(f"clock: horizon {k} not dated in quarters on slide {tn}")
    named = [n for n, ls in pages.items() if any("fix the basics" in x for x in ls)]
    if named:
        errors.append(f"clock: the horizon names appear outside the SmartArt, on {named}")
    dated = [n for n, ls in pages.items() if any(re.fullmatch(r"horizon \d", x) for x in ls)]
    if dated != [tn]:
        errors.append(f"clock: horizons dated on slides {dated}")
    if not any(x == "beyond" for x in lines) or "fy31 onwards" not in lines:
        errors.append("clock: no Beyond row outside the horizon")
    if (
        "workstreams run across the horizons" not in lines
        or sum(1 for x in lines if QUARTER.fullmatch(x)) < 12
    ):
        errors.append("clock: no workstream table overlapping the horizons")
    pilot = [
        n
        for n, ls in pages.items()
        if any("26 march to 28 october 2028, 31 weeks" in x for x in ls)
    ]
    if pilot != [gold["pilot"]["slide"]]:
        errors.append(f"clock: the pilot's own length is stated on {pilot}")
    gates = [n for n, t in titles.items() if t == "three gates"]
    if len(gates) != 1:
        return errors + ["clock: no gates slide"]
    g = pages[gates[0]]
    head2 = [x for x in g if x.startswith("gate 2")]
    if len(head2) != 1 or MONTH.search(head2[0]):
        errors.append(f"clock: Gate 2's heading {head2} should carry no date")
    dated2 = [n for n, ls in pages.items() if any("9 november 2028" in x for x in ls)]
    if dated2 != gates:
        errors.append(f"clock: Gate 2's date is on slides {dated2}, not only in its criteria")
    return errors


def gold_form(
    case: Path, pages: dict[int, list[str]], titles: dict[int, str], gold: dict[str, Any]
) -> list[str]:  # noqa: C901
    errors: list[str] = []
    pilot = gold["pilot"]
    full = [n for n, ls in pages.items() if any("the eight-gate south pier" in x for x in ls)]
    if full != [pilot["slide"]]:
        errors.append(f"pilot: named in full on slides {full}")
    early = [n for n, ls in pages.items() if n < pilot["slide"] and any("pier c" in x for x in ls)]
    if early:
        errors.append(f"pilot: Pier C named before the pilot slide, on {early}")
    if len(pilot["also_slides"]) < 3 or any(
        any("south pier" in x for x in pages[n]) for n in pilot["also_slides"]
    ):
        errors.append("pilot: later slides should name the pier alone")
    scope = [n for n, ls in pages.items() if "not in this plan" in ls]
    if len(scope) != 1 or len([x for x in pages[scope[0]] if "which" in x and "runs" in x]) < 2:
        errors.append("scope: no 'not in this plan' list of distractors")
    segments = gold["scenario_segments"]
    who = [n for n, t in titles.items() if t == "who this plan is for"]
    if not 3 <= len(segments) <= 4 or who != scope:
        errors.append(f"scenarios: {len(segments)} segments, focus slide {who}")
    else:
        for seg in segments:
            if not any(seg[0] in x for x in pages[who[0]]):
                errors.append(f"scenarios: {seg} not on slide {who[0]}")
    actions = gold["deck_actions"]
    if not 15 <= len(actions) <= 25:
        errors.append(f"{len(actions)} deck actions (15 to 25)")
    forms = {ACTION_FORMS.get(a["slide"], "other") for a in actions} - {"other"}
    if len(forms) < 5:
        errors.append(f"deck actions in {len(forms)} forms: {sorted(forms)}")
    posts = gold["roster"]
    owners = gold["remit_owners"]
    if len(owners) < 15:
        errors.append(f"{len(owners)} remit owners (15 or more)")
    pairs = namesakes_told_apart(posts, gold, GRADE)
    if len(pairs) < 3:
        errors.append(f"near-namesakes told apart by remit: {pairs}")
    bracket = [x for ls in pages.values() for x in ls if "(head of it)" in x]
    if len(bracket) != 1 or "Head of IT" in posts or "Head of Airport Systems" not in posts:
        errors.append("no bracketed owner the roster spells otherwise ((Head of IT))")
    elif not any(
        any(t in bracket[0] for t in e["task"]) and e["owners"] == ["Head of Airport Systems"]
        for e in owners
    ):
        errors.append(
            "the (Head of IT) line has no remit entry owned by the Head of Airport Systems"
        )
    trap = [e for e in owners if any("certify 120 security officers" in t for t in e["task"])]
    if len(trap) != 1 or trap[0]["owners"] != ["Training and Compliance Manager"]:
        errors.append("the CT certification line is not the Training and Compliance Manager's")
    gaps = gold["gaps"]
    if not 8 <= len(gaps) <= 14:
        errors.append(f"{len(gaps)} gaps (8 to 14)")
    per_file = sentences_by_file(case / "org", sentences)
    files = {f for f, ss in per_file.items() for gap in gaps for alt in gap for s in ss if alt in s}
    if len(files) < 6 or len({Path(f).suffix for f in files}) < 4:
        errors.append(f"gaps stated in {sorted(files)} (six files or more, four forms)")
    if len(gold["false_gaps"]) < 3:
        errors.append("fewer than three false-gap groups")
    if not 5 <= len(gold["forbidden_terms"]) <= 10:
        errors.append(f"{len(gold['forbidden_terms'])} forbidden terms (5 to 10)")
    vague = [v for v in gold["visions"] if v["vague"]]
    if len(vague) < 3 or len(vague) * 2 >= len(gold["visions"]):
        errors.append(f"{len(vague)} vague of {len(gold['visions'])} visions")
    blocked = {g["gap"][0] for g in gold["gap_blocks"]}
    if len(blocked) < 8:
        errors.append(f"{len(blocked)} gap_blocks entries (8 or more)")
    return errors


def extra(case: Path) -> list[str]:
    gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
    deck_text = [x for lines in deck_lines(case / gold["deck"]).values() for x in lines]
    blocks = _checks.gap_block_errors(gold, sentences(case / "org"), deck_text)
    return roster_form(case / "org", gold) + deck_form(case, gold) + blocks


CASE = Case(
    name=NAME,
    builder="build_regional_airport.py",
    roster=roster,
    org_sentences=sentences,
    core=frozenset({"core"}),
    consult=frozenset({"consult"}),
    extra=extra,
    folder=HERE,
    split="dev33",
)


def print_org() -> None:
    org = HERE / NAME / "org"
    print(f"##### {NAME}: roster rows ({ROSTER})")
    for r in roster_rows(org):
        print("  " + " | ".join(r))
    print("##### org sentences")
    for s in sentences(org):
        print(f"  | {s}")


def print_smartart() -> None:
    deck = next((HERE / NAME).glob("*.pptx"))
    nodes, cached = smartart(zipfile.ZipFile(deck))
    print("data model:", nodes)
    print("cached drawing:", cached)


if __name__ == "__main__":
    if "--smartart" in sys.argv:
        print_smartart()
        sys.exit(0)
    if "--org" in sys.argv and "--dump" not in sys.argv:
        print_org()
        sys.exit(0)
    sys.exit(_checks.run(CASE))
