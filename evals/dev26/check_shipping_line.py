"""Consistency checks of the dev26 case ``shipping-line`` against its deck and org folder.

Run from the repository root with the project's venv (python-pptx, pypdf, python-docx):

    .venv/bin/python evals/dev26/check_shipping_line.py

``--dump`` prints the deck lines the gold was read from, slide by slide, and the roster (with
``--org`` also the org sentences); ``--org`` alone prints the roster rows and the org sentences.

The checks are those of ``evals/dev15/_checks.py`` (adapted from ``evals/dev13/check_gold.py``),
imported, not copied, and pointed at this folder (``evals/dev26``, split "dev26") with
``build_shipping_line.py`` as the builder: the gold's fields, every label on its slide or in an
org sentence, the roster, owners on it and core, consult-only roles owning nothing, forbidden
terms in neither deck nor org, and the rebuild byte for byte. The gold also carries
``gap_blocks`` (a field of ``evals/cases/README.md``'s deck-grounded gold that dev13's field list
predates), so the field list the shared checks compare with is that list plus ``gap_blocks``, as
dev24's and dev25's checkers do. The deck is read with dev13's ``deck_lines`` (one line per
paragraph of every shape in XML order, groups opened, table cells row by row, then the notes).
What is this case's own:

- the roster, read from ``org/people/org-chart.md``, a Markdown org chart of nested bullets: every
  line "- Title \u2014 remit (Lighter Wake: <part>)" under a division heading is a role, at any
  indent; the tier is the part in brackets ("core team" is core, "extended team" extended,
  "consulted only" consult only);
- org sentences: dev15's reader plus a PDF reader for the fleet operations charter (pypdf's text
  of every page, its lines joined with spaces, then split after full stops by ``_checks``);
- checks of the roster's form: 5 or more division headings, 18 to 22 roles, bullets nested two
  deep, an em dash between title and remit, the bracket on every line, titles with a comma, two
  consulted-only posts that are the gold's, three near-namesake pairs whose members own different
  work in ``remit_owners``, and four or more remits kept outside the roster ("see the Fleet
  Operations Charter") for posts the gold makes owners; the charter a PDF that pypdf reads, made
  by "Microsoft\u00ae Word";
- checks of the deck's form, as Google Slides downloads a deck as PowerPoint: no ``docProps``
  (or an ``app.xml`` naming no application but Google Slides), ``[Content_Types].xml`` first,
  a ``ppt/metadata`` part related with Google's relationship type, 9144000 x 5143500 EMU, 14 to
  22 slides, a notes slide for every slide, every shape named "Google Shape;<id>;<page>" with its
  own id, a title placeholder on every slide, Google's ``bodyPr`` attributes, the slide number as a
  field reading "\u2039#\u203a", ``buChar`` and ``buAutoNum`` lists, the five Google layout names;
  the KPI tiles (groups of a big number, the KPI's label and a baseline line with a fiscal-quarter
  by-when; exactly one tile without a number and a quarter, the one vague KPI); the roadmap as a
  native table (fiscal years merged over four quarter columns, a "Later" column outside the
  horizon, the phase row's spans giving the gold's months, the gates in the quarter each phase
  ends); the clock's traps (phases named without dates on the roadmap and dated on another slide,
  Gate 2 dated only in its acceptance criteria, dates relative to the first plug-in, the title's
  2027-2030 closing on 31 March 2030); the pilot named once with its place and ship class and by
  its place alone elsewhere, the word "pilot" used only in its maritime sense; a "not in scope"
  list;
- gap_blocks (each gap key inside an org sentence that states a gold gap, each task on a deck
  line, no task both blocked and not blocked); gaps spread over org files of three or more kinds;
  deck labels of 3 to 8 words; forbidden terms in no raw byte of the deck's slides or of any org
  text file.

It never runs the planner.
"""

from __future__ import annotations

import json
import re
import shutil
import sys
import tempfile
import zipfile
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

from pypdf import PdfReader

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import evals.dev15._checks as _checks  # noqa: E402
from evals.dev13.check_gold import FIELDS, deck_lines, normalize  # noqa: E402
from evals.dev15._checks import Case, run  # noqa: E402

HERE = Path(__file__).resolve().parent
NAME = "shipping-line"
CHART = Path("people") / "org-chart.md"
CHARTER = Path("governance") / "fleet-operations-charter.pdf"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
P = "http://schemas.openxmlformats.org/presentationml/2006/main"
NS = {"a": A, "p": P}
GOOGLE_META = "http://customschemas.google.com/relationships/presentationmetadata"
LAYOUT_NAMES = {"TITLE", "SECTION_HEADER", "TITLE_AND_BODY", "TITLE_ONLY", "BLANK"}
TIERS = {"core team": "core", "extended team": "extended", "consulted only": "consult only"}
ROLE_LINE = re.compile(r"^( *)- (.+?) \u2014 (.+) \(Lighter Wake: ([a-z ]+)\)$")
PAGE = re.compile(r"p1|g[0-9a-f]+_0_\d+")
QUARTER = re.compile(r"\bfy\d\d q[1-4]\b")
MONTHS = "january february march april may june july august september october november december"
MONTH = re.compile(r"\b(" + "|".join(MONTHS.split()) + r")\b")
NEAR_NAMESAKES = [
    ("Vessel Performance Manager", "Voyage Performance Manager"),
    ("Crew Operations Manager", "Crew Training Manager"),
    ("Marine Superintendent", "Technical Superintendent, Fjord and Osprey classes"),
]

# gap_blocks is a field of the deck-grounded gold that dev13's list predates
_checks.FIELDS = FIELDS | {"gap_blocks"}  # type: ignore[attr-defined]


# =========================================================================== the org folder


def roster_rows(org: Path) -> list[tuple[int, str, str, str]]:
    """(indent, title, remit, part) of every role line of the org chart."""
    rows = []
    for line in (org / CHART).read_text(encoding="utf-8").splitlines():
        m = ROLE_LINE.match(line)
        if m:
            rows.append((len(m.group(1)), m.group(2), m.group(3), m.group(4)))
    return rows


def roster(org: Path) -> list[tuple[str, str]]:
    return [(title, TIERS.get(part, part)) for _, title, _, part in roster_rows(org)]


def pdf_parts(path: Path) -> list[str]:
    text = " ".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    return [" ".join(text.split())]


def sentences(org: Path) -> list[str]:
    return _checks.org_sentences(org, {".pdf": pdf_parts})


def roster_form(org: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    text = (org / CHART).read_text(encoding="utf-8")
    heads = [x for x in text.splitlines() if x.startswith("## ")]
    if len(heads) < 5:
        errors.append(f"org chart: {len(heads)} division headings (5 or more)")
    bullets = [x for x in text.splitlines() if x.lstrip().startswith("- ")]
    rows = roster_rows(org)
    if len(bullets) != len(rows):
        errors.append("org chart: a bullet that is not 'Title \u2014 remit (Lighter Wake: ...)'")
    if not 18 <= len(rows) <= 22:
        errors.append(f"org chart: {len(rows)} roles (18 to 22)")
    if {i for i, *_ in rows} != {0, 2}:
        errors.append("org chart: bullets not nested two deep")
    if sum(i == 2 for i, *_ in rows) < 8:
        errors.append("org chart: fewer than eight nested posts")
    if any(p not in TIERS for *_, p in rows):
        errors.append("org chart: a part that is not core team, extended team or consulted only")
    titles = [t for _, t, _, _ in rows]
    if len(set(titles)) != len(titles):
        errors.append("org chart: a title appears twice")
    if sum("," in t for t in titles) < 3:
        errors.append("org chart: fewer than three titles with a comma")
    consult = [t for _, t, _, p in rows if p == "consulted only"]
    if sorted(consult) != sorted(gold["consult_only_roles"]) or len(consult) != 2:
        errors.append(f"org chart: consulted-only posts {consult}")
    owners_of: dict[str, set[int]] = {}
    for k, entry in enumerate(gold["remit_owners"]):
        for o in entry["owners"]:
            owners_of.setdefault(o, set()).add(k)
    for a, b in NEAR_NAMESAKES:
        if a not in titles or b not in titles:
            errors.append(f"org chart: near-namesakes missing: {a!r} / {b!r}")
        elif not (owners_of.get(a, set()) ^ owners_of.get(b, set())):
            errors.append(f"near-namesakes own the same work: {a!r} / {b!r}")
    outside = [t for _, t, r, _ in rows if r.startswith("see the Fleet Operations Charter")]
    if len(outside) < 4 or any(t not in owners_of for t in outside):
        errors.append(f"org chart: remits kept in the charter {outside}, not all owners")
    reader = PdfReader(str(org / CHARTER))
    meta = reader.metadata
    producer = str(meta.get("/Producer", "")) if meta is not None else ""
    if not (org / CHARTER).read_bytes().startswith(b"%PDF-1.7") or "Word" not in producer:
        errors.append("charter: not a PDF 1.7 made by Word")
    if "Fleet Operations Charter" not in (reader.pages[0].extract_text() or ""):
        errors.append("charter: its title is not read from the first page")
    return errors


def org_form(case: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    org = case / "org"
    files = sorted(p for p in org.rglob("*") if p.is_file())
    if not 5 <= len(files) <= 12:
        errors.append(f"{len(files)} org files (5 to 12)")
    if not 6 <= len(gold["gaps"]) <= 10:
        errors.append(f"{len(gold['gaps'])} gaps (6 to 10)")
    kinds: set[str] = set()
    where: set[Path] = set()
    for gap in gold["gaps"]:
        for path in files:
            parts = _file_sentences(path)
            if any(alt in s for alt in gap for s in parts):
                kinds.add(path.suffix)
                where.add(path)
    if len(kinds) < 3 or len(where) < 5:
        errors.append(f"gaps in {len(where)} files of kinds {sorted(kinds)}")
    if len(gold["false_gaps"]) < 2:
        errors.append("fewer than two false-gap groups")
    if not 5 <= len(gold["forbidden_terms"]) <= 10:
        errors.append(f"{len(gold['forbidden_terms'])} forbidden terms (5 to 10)")
    for path in files:
        if path.suffix in {".md", ".txt"}:
            raw = path.read_text(encoding="utf-8").lower()
            for term in gold["forbidden_terms"]:
                if term in raw:
                    errors.append(f"forbidden term {term!r} in {path.name}")
    return errors


def _file_sentences(path: Path) -> list[str]:
    """The org sentences of one file, read as ``sentences`` reads the folder."""
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copy(path, Path(tmp) / path.name)
        return sentences(Path(tmp))


# =========================================================================== the deck's form


def _text(el: ET.Element) -> str:
    return normalize("".join(t.text or "" for t in el.iter(f"{{{A}}}t")))


def _paras(el: ET.Element) -> list[str]:
    return [_text(p) for p in el.iter(f"{{{A}}}p")]


def deck_form(case: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    deck = case / gold["deck"]
    z = zipfile.ZipFile(deck)
    names = z.namelist()
    if names[0] != "[Content_Types].xml":
        errors.append("[Content_Types].xml is not the first ZIP entry")
    if any(n.startswith("docProps/") and n != "docProps/app.xml" for n in names):
        errors.append("a docProps part other than app.xml")
    if "docProps/app.xml" in names:
        app = z.read("docProps/app.xml").decode("utf-8")
        found = re.findall(r"<Application>([^<]*)</Application>", app)
        if found and found != ["Google Slides"]:
            errors.append(f"app.xml names the application {found}")
    pres_rels = z.read("ppt/_rels/presentation.xml.rels").decode("utf-8")
    if f'Type="{GOOGLE_META}" Target="metadata"' not in pres_rels or "ppt/metadata" not in names:
        errors.append("no ppt/metadata part related with Google's relationship type")
    pres = ET.fromstring(z.read("ppt/presentation.xml"))
    size = pres.find("p:sldSz", NS)
    if size is None or (size.get("cx"), size.get("cy")) != ("9144000", "5143500"):
        errors.append("slide size is not Google's 16:9 (9144000 x 5143500)")
    slides = sorted(
        (n for n in names if re.fullmatch(r"ppt/slides/slide\d+\.xml", n)),
        key=lambda n: int(re.findall(r"\d+", n)[0]),
    )
    notes = [n for n in names if re.fullmatch(r"ppt/notesSlides/notesSlide\d+\.xml", n)]
    if not 14 <= len(slides) <= 22:
        errors.append(f"{len(slides)} slides (14 to 22)")
    if len(notes) != len(slides):
        errors.append(f"{len(notes)} notes slides for {len(slides)} slides")
    layouts = {
        ET.fromstring(z.read(n)).find("p:cSld", NS).get("name")  # type: ignore[union-attr]
        for n in names
        if re.fullmatch(r"ppt/slideLayouts/slideLayout\d+\.xml", n)
    }
    if layouts != LAYOUT_NAMES:
        errors.append(f"layouts {sorted(map(str, layouts))}")
    buchar, autonum = set(), set()
    roots: dict[int, ET.Element] = {}
    for k, name in enumerate(slides, start=1):
        root = ET.fromstring(z.read(name))
        roots[k] = root
        for c in root.iter(f"{{{P}}}cNvPr"):
            if c.get("id") == "1":
                continue
            m = re.fullmatch(r"Google Shape;(\d+);(.+)", c.get("name", ""))
            if not m or m.group(1) != c.get("id") or not PAGE.fullmatch(m.group(2)):
                errors.append(f"slide {k}: shape named {c.get('name')!r}")
                break
        for bp in root.iter(f"{{{A}}}bodyPr"):
            google = bp.get("anchorCtr") is not None or bp.get("spcFirstLastPara") is not None
            if not google and bp.get("lIns") is not None:
                errors.append(f"slide {k}: a bodyPr without Google's attributes")
                break
        phs = {ph.get("type") for ph in root.iter(f"{{{P}}}ph")}
        if ("ctrTitle" if k == 1 else "title") not in phs:
            errors.append(f"slide {k}: no title placeholder")
        if k > 1:
            fld = [f for f in root.iter(f"{{{A}}}fld") if f.get("type") == "slidenum"]
            if len(fld) != 1 or _text(fld[0]) != "\u2039#\u203a":
                errors.append(f"slide {k}: no slide-number field reading \u2039#\u203a")
        if root.find(".//a:buChar", NS) is not None:
            buchar.add(k)
        if root.find(".//a:buAutoNum", NS) is not None:
            autonum.add(k)
    for name in notes:
        for c in ET.fromstring(z.read(name)).iter(f"{{{P}}}cNvPr"):
            if c.get("id") != "1" and not c.get("name", "").endswith(":notes"):
                errors.append(f"{name}: shape named {c.get('name')!r}")
    if len(buchar) < 3 or len(autonum) < 2:
        errors.append(f"buChar lists on {sorted(buchar)}, buAutoNum on {sorted(autonum)}")
    pages = deck_lines(deck)
    errors += _tiles(gold, roots)
    errors += _roadmap(gold, roots, pages)
    errors += _clock(gold, pages)
    errors += _pilot(gold, pages)
    return errors


def _tiles(gold: dict[str, Any], roots: dict[int, ET.Element]) -> list[str]:
    errors: list[str] = []
    kpi_visions = [v for v in gold["visions"] if any(k in v["match"] for k in gold["kpis"])]
    kslides = {v["slide"] for v in kpi_visions}
    if len(kslides) != 1 or len(kpi_visions) != len(gold["kpis"]):
        return [f"KPI visions on slides {sorted(kslides)}"]
    root = roots[kslides.pop()]
    tiles = []
    for g in root.iter(f"{{{P}}}grpSp"):
        boxes = [_paras(sp) for sp in g.findall("p:sp", NS)]
        texts = [b for b in boxes if any(b)]
        if len(texts) == 2 and len(texts[0]) == 1 and len(texts[1]) == 2:
            tiles.append((texts[0][0], texts[1][0], texts[1][1]))
    if len(tiles) != len(kpi_visions):
        errors.append(f"{len(tiles)} KPI tiles for {len(kpi_visions)} KPI visions")
    no_target = []
    for v in kpi_visions:
        at = [tl for tl in tiles if tl[1].startswith(v["match"])]
        if len(at) != 1:
            errors.append(f"KPI {v['match']!r} is not one tile's label")
            continue
        big, _, base = at[0]
        if "from" not in base and not v["vague"]:
            errors.append(f"KPI {v['match']!r}: no baseline on the tile")
        dated = bool(QUARTER.search(base))
        if not re.search(r"\d", big) and not dated:
            no_target.append(v["match"])
        elif not dated:
            errors.append(f"KPI {v['match']!r}: no fiscal-quarter by-when")
    vague = [v["match"] for v in kpi_visions if v["vague"]]
    if len(no_target) != 1 or no_target != vague:
        errors.append(f"tiles without a number and a quarter {no_target}; vague KPIs {vague}")
    return errors


def _roadmap(gold: dict[str, Any], roots: dict[int, ET.Element], pages: dict) -> list[str]:
    errors: list[str] = []
    found = []
    for k, root in roots.items():
        for tbl in root.iter(f"{{{A}}}tbl"):
            rows = tbl.findall("a:tr", NS)
            head = [(_text(tc), int(tc.get("gridSpan", "1"))) for tc in rows[0].findall("a:tc", NS)]
            if ("fy28", 4) in head:
                found.append((k, rows, head))
    if len(found) != 1:
        return [f"roadmap tables on slides {[f[0] for f in found]}"]
    k, rows, head = found[0]
    spans = [(x, s) for x, s in head if x]
    if spans != [("workstream", 1), ("fy28", 4), ("fy29", 4), ("fy30", 4), ("later", 1)]:
        errors.append(f"roadmap header {spans}")
    quarters = [_text(tc) for tc in rows[1].findall("a:tc", NS)]
    if quarters[1:13] != ["q1", "q2", "q3", "q4"] * 3 or "fy31" not in quarters[13]:
        errors.append(f"roadmap quarters {quarters}")
    if gold["horizon_months"] != 12 * 3:
        errors.append("horizon is not the twelve quarters before the Later column")
    labels = {_text(r.findall("a:tc", NS)[0]): r for r in rows}
    month = 0
    cells = [
        (_text(tc), int(tc.get("gridSpan", "1")))
        for tc in labels["phase"].findall("a:tc", NS)
        if tc.get("hMerge") is None
    ]
    phases = []
    for text, span in cells[1:]:
        if text:
            phases.append((text, month, month + 3 * span))
        month += 3 * span
    want = [(ph["match"][0], ph["start_month"], ph["end_month"]) for ph in gold["phases"]]
    got = [(t, s, e) for t, s, e in phases if month and e <= 36]
    if [g[1:] for g in got] != [w[1:] for w in want] or not all(
        any(m in g[0] for m in ph["match"]) for g, ph in zip(got, gold["phases"], strict=False)
    ):
        errors.append(f"roadmap phases {got}, gold {want}")
    gates = [_text(tc) for tc in labels["gates"].findall("a:tc", NS)][1:13]
    ends = [3 * (i + 1) for i, g in enumerate(gates) if g]
    if ends != [ph["end_month"] for ph in gold["phases"]]:
        errors.append(f"gates end at months {ends}")
    if any(MONTH.search(t) for t, _, _ in phases):
        errors.append("a phase on the roadmap carries a month")
    return errors


def _clock(gold: dict[str, Any], pages: dict) -> list[str]:
    errors: list[str] = []
    allx = [(n, x) for n, lines in pages.items() for x in lines]
    first = gold["phases"][0]["match"][0]
    dated = [
        (n, lines[i + 1])
        for n, lines in pages.items()
        for i, x in enumerate(lines[:-1])
        if x.endswith(first) and x.startswith("phase 1")
    ]
    if len(dated) != 1 or not MONTH.search(dated[0][1]):
        errors.append(f"phase 1 not dated on a slide of its own: {dated}")
    gate2 = [(n, x) for n, x in allx if x.startswith("gate 2 ")]
    if len(gate2) != 1 or MONTH.search(gate2[0][1]) or re.search(r"\d{4}", gate2[0][1]):
        errors.append(f"gate 2's line carries a date: {gate2}")
    elif not any("by 30 june 2028" in x for x in pages[gate2[0][0]]):
        errors.append("gate 2's date is not in its acceptance criteria")
    if not any(x.startswith("l-120 days") for _, x in allx) or not any(
        x.startswith("l+90 days") for _, x in allx
    ):
        errors.append("no dates relative to the first plug-in")
    if not any("2027-2030" in x for x in pages[1]) or not any(
        "31 march 2030" in x and "closes" in x for _, x in allx
    ):
        errors.append("the title's range and the closing date do not both say March 2030")
    scope = [
        (n, i)
        for n, lines in pages.items()
        for i, x in enumerate(lines)
        if x.startswith("not in scope")
    ]
    if len(scope) != 1:
        errors.append("no 'not in scope' list")
    return errors


def _pilot(gold: dict[str, Any], pages: dict) -> list[str]:
    errors: list[str] = []
    pilot = gold["pilot"]
    named = [
        (n, x)
        for n, lines in pages.items()
        for x in lines
        if "osprey-class" in x and "valdermaas" in x
    ]
    if [n for n, _ in named] != [pilot["slide"]]:
        errors.append(f"pilot named with its ship class on slides {[n for n, _ in named]}")
    for n in pilot["also_slides"]:
        if not any("valdermaas" in x for x in pages[n]):
            errors.append(f"pilot's place not on also-slide {n}")
    for n, lines in pages.items():
        for x in lines:
            for m in re.finditer(r"\bpilot\w*", x):
                if not x[m.start() :].startswith("pilot boarding"):
                    errors.append(f"slide {n}: 'pilot' used for the trial: {x!r}")
    return errors


# =========================================================================== gold extras


def gold_extra(case: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    pages = deck_lines(case / gold["deck"])
    lines = [x for ls in pages.values() for x in ls]
    sents = sentences(case / "org")
    gap_sents = {s for gap in gold["gaps"] for alt in gap for s in sents if alt in s}
    for entry in gold["gap_blocks"]:
        for key in entry["gap"]:
            if not any(key in s for s in gap_sents):
                errors.append(f"gap_blocks key in no gap sentence: {key!r}")
        seen: list[str] = []
        for field in ("blocks", "not_blocks"):
            for item in entry[field]:
                for alt in item:
                    if not any(alt in x for x in lines):
                        errors.append(f"gap_blocks task not in the deck: {alt!r}")
                    if alt in seen:
                        errors.append(f"gap_blocks task both blocked and not: {alt!r}")
                    seen.append(alt)
    kpi_labels = {v["match"] for v in gold["visions"] if any(k in v["match"] for k in gold["kpis"])}
    labels = [v["match"] for v in gold["visions"]]
    labels += [a for v in gold["visions"] for a in v.get("alternatives", [])]
    labels += [a for d in gold["deck_actions"] for a in d["match"]]
    for label in labels:
        if not 3 <= len(label.split()) <= 8:
            errors.append(f"label of {len(label.split())} words: {label!r}")
        if label in lines and label not in kpi_labels:
            errors.append(f"label is a whole deck line: {label!r}")
    if not 2 <= len(gold["scenario_segments"]) <= 4:
        errors.append(f"{len(gold['scenario_segments'])} scenario segments (2 to 4)")
    for seg in gold["scenario_segments"]:
        for alt in seg:
            if not any(alt in x for x in lines):
                errors.append(f"scenario segment not in the deck: {alt!r}")
    if not 15 <= len(gold["deck_actions"]) <= 25:
        errors.append(f"{len(gold['deck_actions'])} deck actions (15 to 25)")
    z = zipfile.ZipFile(case / gold["deck"])
    raw = b"".join(z.read(n) for n in z.namelist() if n.startswith("ppt/slides/slide")).lower()
    for term in gold["forbidden_terms"]:
        if term.encode("utf-8") in raw:
            errors.append(f"forbidden term in the deck's XML: {term!r}")
    return errors


def extra(case: Path) -> list[str]:
    gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
    return (
        roster_form(case / "org", gold)
        + org_form(case, gold)
        + deck_form(case, gold)
        + gold_extra(case, gold)
    )


CASE = Case(
    name=NAME,
    builder="build_shipping_line.py",
    roster=roster,
    org_sentences=sentences,
    extra=extra,
    folder=HERE,
    split="dev26",
)


def show_org() -> None:
    org = HERE / NAME / "org"
    for indent, title, remit, part in roster_rows(org):
        print(f"  {' ' * indent}{title} | {part} | {remit}")
    for s in sentences(org):
        print(f"  | {s}")


if __name__ == "__main__":
    if "--org" in sys.argv and "--dump" not in sys.argv:
        show_org()
        sys.exit(0)
    sys.exit(run(CASE))
