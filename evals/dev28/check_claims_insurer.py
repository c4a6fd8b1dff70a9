"""Consistency checks of the dev28 case ``claims-insurer`` against its deck and org folder.

Run from the repository root with the project's venv (python-pptx, python-docx):

    .venv/bin/python evals/dev28/check_claims_insurer.py

``--dump`` prints the deck lines the gold was read from, slide by slide, and the roster (with
``--org`` also the org sentences); ``--org`` alone prints the roster rows and the org sentences.

The checks are those of ``evals/dev15/_checks.py`` (adapted from ``evals/dev13/check_gold.py``),
imported, not copied, and pointed at this folder (``evals/dev28``, split "dev28") with
``build_claims_insurer.py`` as the builder: the gold's fields, every label on its slide or in an
org sentence, the roster, owners on it and core, consult-only roles owning nothing, forbidden
terms in neither deck nor org, and the rebuild byte for byte. The gold also carries
``gap_blocks`` (a field of ``evals/cases/README.md``'s deck-grounded gold that dev13's field list
predates), so the field list the shared checks compare with is that list plus ``gap_blocks``,
checked with ``_checks.gap_block_errors``. The deck is read with dev13's ``deck_lines`` (one
line per paragraph of every shape in XML order, table cells row by row, then the notes). What
is this case's own:

- the roster, read from ``org/people/org-units.json``, an HR system's export (PeopleHub) of
  nested organisation units, each with its positions (``positionId``, ``title``, ``reportsTo``
  as a position id or null, ``remit``, ``costCentre``, ``programmeRole``) and its child units;
  the roster is every position in document order (a unit's positions before its child units),
  the tier its ``programmeRole`` ("Core", "Extended", "Consult only");
- org sentences: dev15's reader (Markdown, text, DOCX, every string of a JSON file) plus a CSV
  reader for the KPI definitions (each row's cells joined by spaces);
- checks of the roster's form: 18 to 22 positions in units nested three deep or more, ids and
  titles unique, every ``reportsTo`` an id of the export or null, two consult-only positions
  that are the gold's consult-only roles, the works council's chair outside line management;
  two near-namesake pairs whose members own different work in ``remit_owners``; two or more
  remits kept in the claims governance charter ("See the Claims Governance Charter, section
  N."), each section present in the charter (Markdown) and naming the post, and at least two of
  those posts owners in the gold;
- checks of the org folder: 5 to 12 files, 6 to 10 gaps stated in at least three kinds of
  file, two or more false-gap groups, 5 to 10 forbidden terms in no org file's text;
- checks of the deck's form, as LibreOffice Impress 7.6 saves a PPTX: ``docProps/app.xml``
  naming "LibreOffice/7.6..." with an AppVersion; ``[Content_Types].xml`` first and the other
  entries sorted; Impress's 16:9 page (28 x 15.75 cm, 10080000 x 5670000 EMU); 14 to 22 slides;
  every layout named as Impress names its layouts; every slide's title in a title placeholder;
  shapes named "PlaceHolder N", "TextShape N" or "Table N"; bullets in OpenSymbol on three or
  more slides; the KPIs as a native table (Measure / 2026 baseline / Target / By when), each KPI
  vision a row, its by-when "End of RTn" save the one vague KPI's "To be set"; three KPI tiles on
  another slide (a label box whose first line holds a KPI or its alternative, just after a
  one-line big-number box at the same left edge above it), on a slide that dates them;
- the clock: "Release train 1 starts Monday 10 January 2028; every train runs ten weeks" said
  once, and 10 January 2028 a Monday; RT9 ending Sunday 30 September 2029; months counted from
  January 2028 as weeks / 4.345, rounded, so the horizon is round(90 / 4.345) = 21; the horizon
  said three ways that agree (the cover's 2028-2029, the clock's 90 weeks to 30 September 2029,
  the asks' 10 January 2028 to 30 September 2029); the roadmap a native table of RT1 to RT9 and
  "Parked for after RT9", its phase row in merged cells over the right trains and without dates,
  its gates at the ends of RT2, RT4, RT7 and the close-out at RT9, every parked cell a
  not-action; the phases named without dates on the north-star slide and dated on the gates
  slide (each "Trains a-b" line's dates the trains' first and last days, its months the gold's);
  Gate B's heading without a date, its date only in a criterion (13 October 2028, in RT4's last
  week); the milestone "end of RT5" dated nowhere else; the pilot's steps relative to go-live
  GL, GL the first day of RT4;
- the pilot named once with its claim type, country unit and centre (slide 10), no glass or
  windscreen on any earlier slide, the later slides naming the claim type without the country
  or the centre, and the word "pilot" nowhere;
- the gold's extras: labels of 3 to 8 words and never a whole deck line (KPI labels apart); 15
  to 25 deck actions in five forms or more, three or more on slides titled with a headline; the
  first-90-days brackets, every one the words of a roster title, one or more not its exact
  spelling; the keyword traps (the owner the remit names, not the keyword's); 2 to 4 scenario
  segments on the deck and none in the "Not in scope" list; 15 or more remit owners, every KPI
  among them; two or more vague visions; forbidden terms in no byte of the deck's slides.

It never runs the planner.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import shutil
import sys
import tempfile
import zipfile
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

from docx import Document

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import evals.dev15._checks as _checks  # noqa: E402
from evals.dev13.check_gold import FIELDS, deck_lines, normalize  # noqa: E402
from evals.dev15._checks import Case, run  # noqa: E402

HERE = Path(__file__).resolve().parent
NAME = "claims-insurer"
ROSTER = Path("people") / "org-units.json"
CHARTER = Path("governance") / "claims-governance-charter.md"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
P = "http://schemas.openxmlformats.org/presentationml/2006/main"
NS = {"a": A, "p": P}
TIERS = {"Core": "core", "Extended": "extended", "Consult only": "consult only"}
POSITION_KEYS = {"positionId", "title", "reportsTo", "remit", "costCentre", "programmeRole"}
LO_APP = re.compile(r"LibreOffice/7\.6\.[\d.]+\$\w+ LibreOffice_project/[0-9a-f]{40}")
LO_LAYOUTS = {
    "Blank Slide",
    "Title Slide",
    "Title, Content",
    "Title, 2 Content",
    "Title Only",
    "Centered Text",
    "Title, 2 Content and Content",
    "Title, Content and 2 Content",
    "Title, 2 Content over Content",
    "Title, Content over Content",
    "Title, 4 Content",
    "Title, 6 Content",
}
SHAPE_NAME = re.compile(r"(PlaceHolder|TextShape|Table|CustomShape) \d+")
KPI_HEAD = ["measure", "2026 baseline", "target", "by when"]
TRAIN_1 = dt.date(2028, 1, 10)
TRAIN_WEEKS = 10
TRAINS = 9
WEEKS_PER_MONTH = 4.345
MONTHS = "january february march april may june july august september october november december"
MONTH_NAMES = MONTHS.split()
MONTH = re.compile(r"\b(" + "|".join(MONTH_NAMES) + r")\b")
PHASE_LINE = re.compile(
    r"^trains (\d)-(\d) · (.+) · (\d{1,2} \w+(?: \d{4})?) to (\d{1,2} \w+ \d{4})$"
)
NEAR_NAMESAKES = [
    ("Head of Claims Operations, Netherlands", "Head of Claims Operations, Germany"),
    ("Supplier Network Manager, Motor", "Supplier Network Manager, Property"),
]
# a task's keyword owner that is wrong, and the owner its remit names
TRAPS = [
    ("first-notice question set", "Head of Claims Technical Standards", "Head of Digital Channels"),
    ("score every claim for fraud", "Fraud Analytics Lead", "Head of Special Investigations"),
    ("dpia", "Fraud Analytics Lead", "Data Protection Officer"),
    ("repairer master data", "Supplier Network Manager, Motor", "Head of Claims Systems"),
    ("technical claims certificate", "Head of Claims Technical Standards", "Claims Academy Lead"),
    ("works agreement", "HR Business Partner, Claims", "Chair, Betriebsrat Mönchrath"),
    (
        "time study in mönchrath",
        "Head of Claims Operations, Germany",
        "Head of Claims Operations, Netherlands",
    ),
]
# the form of the deck's own actions, by the title of the slide they sit on
FORMS = {
    "tell us once, in the channel you choose": "pillar initiative",
    "simple claims should settle themselves": "pillar initiative",
    "repair first, pay out second": "pillar initiative",
    "one platform, and a working day without re-typing": "pillar initiative",
    "one claim type, one country, one summer": "pilot steps",
    "what good looks like at each gate": "acceptance criteria and milestone",
    "what could knock a train off the rails": "risk mitigations",
    "clear the tracks: our first 90 days": "first 90 days",
    "what changes on monday morning": "what changes on monday",
}
HEADLINES = set(FORMS) - {"what changes on monday morning"}
NINETY = "clear the tracks: our first 90 days"
PILOT_WORDS = ("glass", "windscreen")
PILOT_PLACE = ("noordkamp nederland", "netherlands", "amersveld")

# gap_blocks is a field of the deck-grounded gold that dev13's list predates
_checks.FIELDS = FIELDS | {"gap_blocks"}  # type: ignore[attr-defined]


# =========================================================================== the org folder


def _units(node: dict[str, Any], depth: int = 1) -> list[tuple[int, dict[str, Any]]]:
    """(depth, unit) for a unit and its child units, in document order."""
    out = [(depth, node)]
    for child in node.get("units", []):
        out.extend(_units(child, depth + 1))
    return out


def positions(org: Path) -> list[dict[str, Any]]:
    """Every position of the export, in document order, with its unit's name and depth."""
    data = json.loads((org / ROSTER).read_text(encoding="utf-8"))
    rows = []
    for top in data.get("units", []):
        for depth, unit in _units(top):
            for pos in unit.get("positions", []):
                rows.append({**pos, "unit": unit.get("name", ""), "depth": depth})
    return rows


def roster(org: Path) -> list[tuple[str, str]]:
    return [
        (str(r["title"]), TIERS.get(str(r["programmeRole"]), str(r["programmeRole"]).lower()))
        for r in positions(org)
    ]


def _csv_parts(path: Path) -> list[str]:
    rows = csv.reader(io.StringIO(path.read_text(encoding="utf-8"), newline=""))
    return [" ".join(row) for row in rows]


def sentences(org: Path) -> list[str]:
    return _checks.org_sentences(org, {".csv": _csv_parts})


def _file_sentences(path: Path, org: Path) -> list[str]:
    """The org sentences of one file, read as ``sentences`` reads the folder."""
    with tempfile.TemporaryDirectory() as tmp:
        rel = path.relative_to(org)
        (Path(tmp) / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(path, Path(tmp) / rel)
        return sentences(Path(tmp))


def _raw_text(path: Path) -> str:
    if path.suffix == ".docx":
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        parts += [c.text for t in doc.tables for row in t.rows for c in row.cells]
        return "\n".join(parts).lower()
    return path.read_text(encoding="utf-8").lower()


def _owners_of(gold: dict[str, Any]) -> dict[str, set[int]]:
    owners: dict[str, set[int]] = {}
    for k, entry in enumerate(gold["remit_owners"]):
        for o in entry["owners"]:
            owners.setdefault(o, set()).add(k)
    return owners


def roster_form(org: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    data = json.loads((org / ROSTER).read_text(encoding="utf-8"))
    if set(data) != {"exportInfo", "units"} or data["exportInfo"].get("system") != "PeopleHub":
        errors.append("roster: not a PeopleHub export of exportInfo and units")
    rows = positions(org)
    if not 18 <= len(rows) <= 22:
        errors.append(f"roster: {len(rows)} positions (18 to 22)")
    if max((r["depth"] for r in rows), default=0) < 3:
        errors.append("roster: units nested fewer than three deep")
    ids = [r["positionId"] for r in rows]
    titles = [r["title"] for r in rows]
    if len(set(ids)) != len(ids) or len(set(titles)) != len(titles):
        errors.append("roster: an id or a title appears twice")
    for r in rows:
        if set(r) - {"unit", "depth"} != POSITION_KEYS:
            errors.append(f"roster: {r['title']!r} has keys {sorted(set(r))}")
        if r["reportsTo"] is not None and r["reportsTo"] not in ids:
            errors.append(f"roster: {r['title']!r} reports to an unknown id {r['reportsTo']}")
        if not r["remit"] or r["programmeRole"] not in TIERS:
            errors.append(f"roster: {r['title']!r} without a remit or a known programme role")
    consult = [r for r in rows if r["programmeRole"] == "Consult only"]
    if sorted(r["title"] for r in consult) != sorted(gold["consult_only_roles"]):
        errors.append(f"roster: consult-only positions {[r['title'] for r in consult]}")
    if len(consult) != 2 or not any(r["reportsTo"] is None for r in consult):
        errors.append("roster: not two consult-only positions, one outside line management")
    owners_of = _owners_of(gold)
    for a, b in NEAR_NAMESAKES:
        if a not in titles or b not in titles:
            errors.append(f"roster: near-namesakes missing: {a!r} / {b!r}")
        elif not owners_of.get(a) or not owners_of.get(b) or owners_of[a] == owners_of[b]:
            errors.append(f"near-namesakes do not own different work: {a!r} / {b!r}")
    charter = (org / CHARTER).read_text(encoding="utf-8")
    outside = []
    for r in rows:
        m = re.fullmatch(r"See the Claims Governance Charter, section (\d)\.", r["remit"])
        if not m:
            continue
        outside.append(r["title"])
        section = re.search(
            rf"^## {m.group(1)}\. [^\n]+\n\n(.+?)(?=\n## |\Z)", charter, re.M | re.S
        )
        if section is None or r["title"] not in section.group(1).replace("\n", " "):
            errors.append(f"charter: section {m.group(1)} does not tell {r['title']!r}'s remit")
    if len(outside) < 2 or sum(t in owners_of for t in outside) < 2:
        errors.append(f"roster: remits kept in the charter {outside}")
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
    per_file = {path: _file_sentences(path, org) for path in files}
    for gap in gold["gaps"]:
        for path, said in per_file.items():
            if any(alt in s for alt in gap for s in said):
                kinds.add(path.suffix)
                where.add(path)
    if len(kinds) < 3 or len(where) < 4:
        errors.append(f"gaps in {len(where)} files of kinds {sorted(kinds)}")
    if len(gold["false_gaps"]) < 2:
        errors.append("fewer than two false-gap groups")
    if not 5 <= len(gold["forbidden_terms"]) <= 10:
        errors.append(f"{len(gold['forbidden_terms'])} forbidden terms (5 to 10)")
    for path in files:
        raw = _raw_text(path)
        for term in gold["forbidden_terms"]:
            if term in raw:
                errors.append(f"forbidden term {term!r} in {path.name}")
    return errors


# =========================================================================== the deck's form


def _text(el: ET.Element) -> str:
    return normalize("".join(t.text or "" for t in el.iter(f"{{{A}}}t")))


def _paras(el: ET.Element) -> list[str]:
    return [_text(p) for p in el.iter(f"{{{A}}}p")]


def _off(sp: ET.Element) -> tuple[int, int]:
    off = sp.find("p:spPr/a:xfrm/a:off", NS)
    if off is None:
        return (-1, -1)
    return int(off.get("x", "0")), int(off.get("y", "0"))


def _title(root: ET.Element) -> str:
    for sp in root.iter(f"{{{P}}}sp"):
        ph = sp.find("p:nvSpPr/p:nvPr/p:ph", NS)
        if ph is not None and ph.get("type") in {"title", "ctrTitle"}:
            return " ".join(_paras(sp)).strip()
    return ""


def _tables(root: ET.Element) -> list[list[list[str]]]:
    return [
        [[_text(tc) for tc in tr.findall("a:tc", NS)] for tr in tbl.findall("a:tr", NS)]
        for tbl in root.iter(f"{{{A}}}tbl")
    ]


def deck_form(case: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    z = zipfile.ZipFile(case / gold["deck"])
    names = z.namelist()
    if names[0] != "[Content_Types].xml" or names[1:] != sorted(names[1:]):
        errors.append("ZIP entries not [Content_Types].xml first, then sorted")
    app = z.read("docProps/app.xml").decode("utf-8")
    found = re.findall(r"<Application>([^<]*)</Application>", app)
    if len(found) != 1 or not LO_APP.fullmatch(found[0]) or "<AppVersion>" not in app:
        errors.append(f"app.xml does not name LibreOffice 7.6: {found}")
    pres = ET.fromstring(z.read("ppt/presentation.xml"))
    size = pres.find("p:sldSz", NS)
    if size is None or (size.get("cx"), size.get("cy")) != ("10080000", "5670000"):
        errors.append("slide size is not Impress's 16:9 (28 x 15.75 cm)")
    slides = sorted(
        (n for n in names if re.fullmatch(r"ppt/slides/slide\d+\.xml", n)),
        key=lambda n: int(re.findall(r"\d+", n)[0]),
    )
    if not 14 <= len(slides) <= 22:
        errors.append(f"{len(slides)} slides (14 to 22)")
    for name in names:
        if re.fullmatch(r"ppt/slideLayouts/slideLayout\d+\.xml", name):
            csld = ET.fromstring(z.read(name)).find("p:cSld", NS)
            layout = csld.get("name", "") if csld is not None else ""
            if layout not in LO_LAYOUTS:
                errors.append(f"layout named {layout!r}, not as Impress names it")
    roots: dict[int, ET.Element] = {}
    bulleted: set[int] = set()
    for k, name in enumerate(slides, start=1):
        root = ET.fromstring(z.read(name))
        roots[k] = root
        if not _title(root):
            errors.append(f"slide {k}: no title in a title placeholder")
        for nv in root.iter(f"{{{P}}}cNvPr"):
            if nv.get("id") != "1" and not SHAPE_NAME.fullmatch(nv.get("name", "")):
                errors.append(f"slide {k}: shape named {nv.get('name')!r}")
        for bu in root.iter(f"{{{A}}}buFont"):
            if bu.get("typeface") == "OpenSymbol":
                bulleted.add(k)
    if len(bulleted) < 3:
        errors.append(f"OpenSymbol bullets on slides {sorted(bulleted)}")
    pages = deck_lines(case / gold["deck"])
    titles = {k: _title(r) for k, r in roots.items()}
    errors += _kpi_table(gold, roots)
    errors += _tiles(gold, roots, pages)
    errors += _roadmap(gold, roots, pages)
    errors += _clock(gold, pages)
    errors += _pilot(gold, pages)
    errors += _actions(gold, pages, titles)
    return errors


def _kpi_visions(gold: dict[str, Any]) -> list[dict[str, Any]]:
    return [v for v in gold["visions"] if any(k in v["match"] for k in gold["kpis"])]


def _kpi_table(gold: dict[str, Any], roots: dict[int, ET.Element]) -> list[str]:
    errors: list[str] = []
    found = [(k, t) for k, r in roots.items() for t in _tables(r) if t and t[0] == KPI_HEAD]
    if len(found) != 1:
        return [f"KPI tables on slides {[k for k, _ in found]}"]
    k, rows = found[0]
    visions = _kpi_visions(gold)
    if len(visions) != len(gold["kpis"]) or any(v["slide"] != k for v in visions):
        errors.append(f"KPI visions not all on the KPI table's slide {k}")
    for v in visions:
        row = [r for r in rows[1:] if r[0].startswith(v["match"])]
        if len(row) != 1:
            errors.append(f"KPI {v['match']!r} is not one row of the table")
            continue
        target, when = row[0][2], row[0][3]
        dated = re.fullmatch(r"end of rt[1-9]", when) is not None
        if v["vague"] != (not dated and not re.search(r"\d", target)):
            errors.append(f"KPI {v['match']!r}: vague {v['vague']} but target {target!r}, {when!r}")
        if not dated and when != "to be set":
            errors.append(f"KPI {v['match']!r}: by-when {when!r}")
    if sum(v["vague"] for v in visions) != 1:
        errors.append("not exactly one vague KPI")
    return errors


def _tiles(
    gold: dict[str, Any], roots: dict[int, ET.Element], pages: dict[int, list[str]]
) -> list[str]:
    errors: list[str] = []
    visions = _kpi_visions(gold)
    table_slide = visions[0]["slide"] if visions else 0
    tiles: dict[int, list[str]] = {}
    for k, root in roots.items():
        if k == table_slide:
            continue
        sps = list(root.iter(f"{{{P}}}sp"))
        for i, sp in enumerate(sps[1:], start=1):
            lines = _paras(sp)
            if not lines:
                continue
            hit = [
                v["match"]
                for v in visions
                if any(m in lines[0] for m in [v["match"], *v.get("alternatives", [])])
            ]
            if not hit:
                continue
            big = sps[i - 1]
            (bx, by), (lx, ly) = _off(big), _off(sp)
            bigl = _paras(big)
            if len(bigl) == 1 and re.search(r"\d", bigl[0]) and bx == lx and by < ly:
                tiles.setdefault(k, []).extend(hit)
    if len(tiles) != 1 or len(next(iter(tiles.values()))) != 3:
        return [f"KPI tiles (big number above label) on slides {tiles}"]
    k, matches = next(iter(tiles.items()))
    for v in visions:
        if v["match"] in matches and k not in v.get("also_slides", []):
            errors.append(f"KPI {v['match']!r}: tile slide {k} not in also_slides")
    if not any("30 september 2029" in x for x in pages[k]):
        errors.append(f"the tiles' slide {k} does not date them")
    return errors


def _train(n: int) -> tuple[dt.date, dt.date]:
    start = TRAIN_1 + dt.timedelta(weeks=TRAIN_WEEKS * (n - 1))
    return start, start + dt.timedelta(weeks=TRAIN_WEEKS, days=-1)


def _month(weeks: float) -> int:
    return round(weeks / WEEKS_PER_MONTH)


def _date(text: str, year: int | None = None) -> dt.date:
    parts = text.split()
    return dt.date(
        int(parts[2]) if len(parts) > 2 else int(year or 0),
        MONTH_NAMES.index(parts[1]) + 1,
        int(parts[0]),
    )


def _roadmap(
    gold: dict[str, Any], roots: dict[int, ET.Element], pages: dict[int, list[str]]
) -> list[str]:
    errors: list[str] = []
    head = ["workstream", *[f"rt{n}" for n in range(1, TRAINS + 1)], "parked for after rt9"]
    found = [(k, r) for k, r in roots.items() for t in _tables(r) if t and t[0] == head]
    if len(found) != 1:
        return [f"roadmap tables (RT1 to RT9 and parked) on slides {[k for k, _ in found]}"]
    k, root = found[0]
    tbl = next(t for t in root.iter(f"{{{A}}}tbl") if _tables_of(t)[:1] == [head])
    trs = tbl.findall("a:tr", NS)
    rows = _tables_of(tbl)
    phase = [i for i, r in enumerate(rows) if r[0] == "phase"]
    if len(phase) != 1:
        return ["roadmap: no phase row"]
    cells = trs[phase[0]].findall("a:tc", NS)
    spans = []
    col = 1
    while col <= TRAINS:
        span = int(cells[col].get("gridSpan", "1"))
        spans.append((_text(cells[col]), col, col + span - 1))
        col += span
    want = gold["phases"]
    if len(spans) != len(want):
        errors.append(f"roadmap phases {spans}")
    for (text, first, last), ph in zip(spans, want, strict=False):
        if not any(m in text for m in ph["match"]) or MONTH.search(text) or re.search(r"\d", text):
            errors.append(f"roadmap phase cell {text!r} for {ph['match']}")
        months = (_month(TRAIN_WEEKS * (first - 1)), _month(TRAIN_WEEKS * last))
        if months != (ph["start_month"], ph["end_month"]):
            errors.append(f"roadmap phase {text!r} spans trains {first}-{last} = months {months}")
    gates = [r for r in rows if r[0] == "gates"]
    got = [(i, c) for i, c in enumerate(gates[0][1 : TRAINS + 1], start=1) if c] if gates else []
    if got != [(2, "gate a"), (4, "gate b"), (7, "gate c"), (9, "close-out")]:
        errors.append(f"roadmap gates {got}")
    for r in rows[1:]:
        if r[-1] and not any(r[-1] in x for x in gold["not_actions"]):
            errors.append(f"parked cell not a not-action: {r[-1]!r}")
    return errors


def _tables_of(tbl: ET.Element) -> list[list[str]]:
    return [[_text(tc) for tc in tr.findall("a:tc", NS)] for tr in tbl.findall("a:tr", NS)]


def _clock(gold: dict[str, Any], pages: dict[int, list[str]]) -> list[str]:
    errors: list[str] = []
    allx = [(n, x) for n, lines in pages.items() for x in lines]
    rule = "release train 1 starts monday 10 january 2028; every train runs ten weeks."
    if sum(x == rule for _, x in allx) != 1 or TRAIN_1.weekday() != 0:
        errors.append("the clock's rule is not said once, or 10 January 2028 is no Monday")
    end9 = _train(TRAINS)[1]
    if end9 != dt.date(2029, 9, 30) or end9.weekday() != 6:
        errors.append(f"RT9 ends {end9}")
    if not any("ending sunday 30 september 2029" in x and "90 weeks" in x for _, x in allx):
        errors.append("the clock slide does not give 90 weeks to 30 September 2029")
    horizon = _month(TRAIN_WEEKS * TRAINS)
    if gold["horizon_months"] != horizon:
        errors.append(f"horizon {gold['horizon_months']}, the trains give {horizon}")
    if not any("2028-2029" in x for x in pages[1]):
        errors.append("the cover's year range is missing")
    last = max(pages)
    if not any("10 january 2028 to 30 september 2029" in x for x in pages[last]):
        errors.append("the asks do not state the plan's span")
    star = [n for n, x in allx if x == "foundations → prove it → scale → hand over"]
    if len(star) != 1:
        errors.append("the phases are not named without dates on one slide")
    dated = [(n, m) for n, x in allx if (m := PHASE_LINE.match(x)) is not None]
    if len(dated) != len(gold["phases"]) or len({n for n, _ in dated}) != 1 or dated[0][0] in star:
        errors.append(f"phases dated on slides {[n for n, _ in dated]}")
    for (_, m), ph in zip(dated, gold["phases"], strict=False):
        a, b = int(m.group(1)), int(m.group(2))
        end = _date(m.group(5))
        start = _date(m.group(4), end.year if len(m.group(4).split()) == 2 else None)
        if (start, end) != (_train(a)[0], _train(b)[1]):
            errors.append(f"phase trains {a}-{b} dated {start} to {end}")
        months = (_month(TRAIN_WEEKS * (a - 1)), _month(TRAIN_WEEKS * b))
        if months != (ph["start_month"], ph["end_month"]) or not any(
            mm in m.group(3) for mm in ph["match"]
        ):
            errors.append(f"phase {m.group(3)!r}: months {months}, gold {ph}")
    gate_b = [x for _, x in allx if x.startswith("gate b:")]
    if len(gate_b) != 1 or MONTH.search(gate_b[0]) or re.search(r"\brt\d", gate_b[0]):
        errors.append(f"gate b's heading carries a date: {gate_b}")
    crit = [x for _, x in allx if "by friday 13 october 2028" in x]
    rt4 = _train(4)
    day = dt.date(2028, 10, 13)
    if len(crit) != 1 or not rt4[1] - dt.timedelta(days=6) <= day <= rt4[1] or day.weekday() != 4:
        errors.append("gate b's date is not in one criterion in RT4's last week")
    for gate, n in (("gate a", 2), ("gate c", 7)):
        if not any(x.startswith(f"{gate}, end of rt{n}") for _, x in allx):
            errors.append(f"{gate} is not at the end of RT{n}")
    rt5 = [x for _, x in allx if "rt5" in x]
    if len([x for x in rt5 if "end of rt5" in x]) != 1 or any(MONTH.search(x) for x in rt5):
        errors.append(f"the end-of-RT5 milestone: {rt5}")
    gl = "gl is monday 7 august 2028, the first day of rt4."
    if sum(x == gl for _, x in allx) != 1 or _train(4)[0] != dt.date(2028, 8, 7):
        errors.append("go-live GL is not the first day of RT4")
    if not any(x.startswith("gl - ") for _, x in allx) or not any(
        x.startswith("gl + ") for _, x in allx
    ):
        errors.append("no steps relative to go-live GL")
    if sum(x == "not in scope" for _, x in allx) != 1:
        errors.append("no 'not in scope' list")
    return errors


def _pilot(gold: dict[str, Any], pages: dict[int, list[str]]) -> list[str]:
    errors: list[str] = []
    pilot = gold["pilot"]
    k = pilot["slide"]

    def named(x: str) -> bool:
        return any(w in x for w in PILOT_WORDS)

    full = [
        n
        for n, lines in pages.items()
        for x in lines
        if named(x) and all(p in x for p in ("noordkamp nederland", "amersveld"))
    ]
    if full != [k]:
        errors.append(f"pilot named with its country unit and centre on slides {full}")
    early = [n for n, lines in pages.items() if n < k and any(named(x) for x in lines)]
    if early:
        errors.append(f"the claim type named before the pilot slide, on {early}")
    for n, lines in pages.items():
        if n != k and any(named(x) and any(p in x for p in PILOT_PLACE) for x in lines):
            errors.append(f"slide {n}: the claim type with its country or centre")
        if any("pilot" in x for x in lines):
            errors.append(f"slide {n}: the word 'pilot'")
    for n in pilot["also_slides"]:
        if n <= k or not any(named(x) for x in pages[n]):
            errors.append(f"pilot not on later also-slide {n}")
    return errors


def _actions(
    gold: dict[str, Any], pages: dict[int, list[str]], titles: dict[int, str]
) -> list[str]:
    errors: list[str] = []
    actions = gold["deck_actions"]
    if not 15 <= len(actions) <= 25:
        errors.append(f"{len(actions)} deck actions (15 to 25)")
    forms = {FORMS.get(titles.get(a["slide"], ""), "") for a in actions}
    if "" in forms or len(forms) < 5:
        errors.append(f"deck actions in forms {sorted(forms)} (five or more, all known)")
    headline = [a for a in actions if titles.get(a["slide"]) in HEADLINES]
    if len(headline) < 3:
        errors.append(f"{len(headline)} deck actions on headline-titled slides (3 or more)")
    ninety = [n for n, t in titles.items() if t == NINETY]
    brackets = [
        m.group(1) for n in ninety for x in pages[n] for m in re.finditer(r"\(([^)]+)\)$", x)
    ]
    if len(brackets) < 5:
        errors.append(f"first 90 days: {len(brackets)} bracketed owners")
    words = {t: set(re.findall(r"[a-zö]+", t.lower())) for t in gold["roster"]}
    loose = []
    for b in brackets:
        fits = [t for t, w in words.items() if set(re.findall(r"[a-zö]+", b)) <= w]
        if not fits:
            errors.append(f"first 90 days: bracket {b!r} in no roster title")
        elif b not in {t.lower() for t in words}:
            loose.append((b, fits))
    owners = _owners_of(gold)
    if not loose or not all(any(t in owners for t in fits) for _, fits in loose):
        errors.append(f"first 90 days: brackets spelt otherwise {loose}")
    return errors


# =========================================================================== gold extras


def gold_extra(case: Path, gold: dict[str, Any]) -> list[str]:
    pages = deck_lines(case / gold["deck"])
    lines = [x for ls in pages.values() for x in ls]
    errors = _checks.gap_block_errors(gold, sentences(case / "org"), lines)
    kpi_labels = {v["match"] for v in _kpi_visions(gold)}
    labels = [v["match"] for v in gold["visions"]]
    labels += [a for v in gold["visions"] for a in v.get("alternatives", [])]
    labels += [a for d in gold["deck_actions"] for a in d["match"]]
    for label in labels:
        if not 3 <= len(label.split()) <= 8:
            errors.append(f"label of {len(label.split())} words: {label!r}")
        if label in lines and label not in kpi_labels:
            errors.append(f"label is a whole deck line: {label!r}")
    segments = gold["scenario_segments"]
    if not 2 <= len(segments) <= 4:
        errors.append(f"{len(segments)} scenario segments (2 to 4)")
    scope = next((ls for ls in pages.values() if "not in scope" in ls), [])
    excluded = scope[scope.index("not in scope") + 1 :] if scope else []
    for seg in segments:
        for alt in seg:
            if not any(alt in x for x in lines):
                errors.append(f"scenario segment not in the deck: {alt!r}")
            if any(alt in x for x in excluded):
                errors.append(f"scenario segment in the 'not in scope' list: {alt!r}")
    if len(gold["remit_owners"]) < 15:
        errors.append(f"{len(gold['remit_owners'])} remit owners (15 or more)")
    tasks = [t for e in gold["remit_owners"] for t in e["task"]]
    for kpi in gold["kpis"]:
        if not any(t in kpi or kpi in t for t in tasks):
            errors.append(f"KPI without a remit owner: {kpi!r}")
    for task, right, wrong in TRAPS:
        entries = [e for e in gold["remit_owners"] if task in e["task"]]
        if len(entries) != 1 or right not in entries[0]["owners"] or wrong in entries[0]["owners"]:
            errors.append(f"keyword trap {task!r}: owners {[e['owners'] for e in entries]}")
        if not any(task in x for x in lines):
            errors.append(f"keyword trap {task!r} not in the deck")
    if sum(v["vague"] for v in gold["visions"]) < 2:
        errors.append("fewer than two vague visions")
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
    builder="build_claims_insurer.py",
    roster=roster,
    org_sentences=sentences,
    extra=extra,
    folder=HERE,
    split="dev28",
)


def show_org() -> None:
    org = HERE / NAME / "org"
    for r in positions(org):
        print(
            f"  {r['positionId']} | {r['title']} | {r['unit']} | {r['reportsTo']} | "
            f"{r['programmeRole']} | {r['remit']}"
        )
    for s in sentences(org):
        print(f"  | {s}")


if __name__ == "__main__":
    if "--org" in sys.argv and "--dump" not in sys.argv:
        show_org()
        sys.exit(0)
    sys.exit(run(CASE))
