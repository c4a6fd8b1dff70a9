"""Consistency checks of the dev27 case ``offshore-wind`` against its deck and org folder.

Run from the repository root with the project's venv (python-pptx, python-docx, lxml):

    .venv/bin/python evals/dev27/check_offshore_wind.py

``--dump`` prints the deck lines the gold was read from, slide by slide, and the roster (with
``--org`` also the org sentences); ``--org`` alone prints the roster rows and the org sentences.

The checks are those of ``evals/dev15/_checks.py`` (adapted from ``evals/dev13/check_gold.py``),
imported, not copied, and pointed at this folder (``evals/dev27``, split "dev27") with
``build_offshore_wind.py`` as the builder: the gold's fields, every label on its slide or in an
org sentence, the roster, owners on it and core, consult-only roles owning nothing, forbidden
terms in neither deck nor org, and the rebuild byte for byte. The gold also carries
``gap_blocks`` (a field of ``evals/cases/README.md``'s deck-grounded gold that dev13's field list
predates), so the field list the shared checks compare with is that list plus ``gap_blocks``,
and ``_checks.gap_block_errors`` checks it. The deck is read with dev13's ``deck_lines`` (one
line per paragraph of every shape in XML order, table cells row by row, then the notes). What
is this case's own:

- the roster, read from ``org/people/positions.xml``, an HR system's position export: every
  ``<position>`` element in the export's namespace, its ``<title>``, its ``<unit>``, its
  ``<reportsTo>`` and its ``<remit>``, the tier the ``<customField name="ConditionFirstRole">``
  ("Core", "Extended", "Consult only");
- org sentences: dev15's reader plus an XML reader for the export (each position read as
  "title, unit, reports to X: remit", then split after full stops by ``_checks``);
- checks of the roster's form: 18 to 22 positions with unique ids and titles, every
  ``reportsTo ref`` an id of the export, two consult-only positions that are the gold's
  consult-only roles, three near-namesake pairs whose members own different work in
  ``remit_owners``, three or more remits kept in the marine coordination charter ("See the
  Marine Coordination Charter, section N.") whose section exists there, at least two of them
  owners in the gold; the charter in Markdown;
- checks of the org folder: 5 to 12 files, 6 to 10 gaps found in files of at least three kinds,
  two or more false-gap groups, 5 to 10 forbidden terms in no org text;
- checks of the deck's form, as WPS Presentation saves a PPTX: ``docProps/app.xml`` naming
  "WPS Presentation", ``docProps/custom.xml`` with ``KSOProductBuildVer``, ``[Content_Types].xml``
  first and the other entries sorted; 12192000 x 6858000 EMU; 14 to 22 slides; a title
  placeholder on every slide but two, and on those two a text box of 28 pt or more at the top
  and no title placeholder; no group shape anywhere; the KPI tiles (each KPI's label the first
  line of a box whose preceding shape is a one-line big-number box just above it, not grouped;
  exactly one tile without a number and without a season, the one vague KPI); the roadmap a
  native table whose header is the five seasons and "2030 and beyond", whose phase row names
  the phases without a month and gives the gold's months (six per season), and whose gate row
  puts the gates at the ends of the two campaigns; the clock (campaign and winter defined on
  one slide only, month 0 October 2027, the title's 2027-2030 closing on 31 March 2030, every
  phase dated on a slide other than the roadmap, Gate 2's date only in its acceptance criteria,
  steps relative to the go-live G); the pilot named once with its string and its farm, by the
  farm alone or as "the first string" elsewhere, and the word "pilot" nowhere; a "Not in
  scope" list; bracketed owners on the first-90-days slide, one of them a title the roster
  spells otherwise;
- the gold's extras: labels of 3 to 8 words and never a whole deck line (KPI labels apart),
  15 to 25 deck actions on at least five kinds of slide, three or more of them on slides whose
  titles are headlines, 2 to 4 scenario segments on the deck, 15 or more remit owners,
  forbidden terms in no raw byte of the deck's slides.

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

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import evals.dev15._checks as _checks  # noqa: E402
from evals.dev13.check_gold import FIELDS, deck_lines, normalize  # noqa: E402
from evals.dev15._checks import Case, run  # noqa: E402

HERE = Path(__file__).resolve().parent
NAME = "offshore-wind"
ROSTER = Path("people") / "positions.xml"
CHARTER = Path("governance") / "marine-coordination-charter.md"
HR = "{urn:hrflow:export:positions:2}"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
P = "http://schemas.openxmlformats.org/presentationml/2006/main"
NS = {"a": A, "p": P}
TIERS = {"Core": "core", "Extended": "extended", "Consult only": "consult only"}
SEASONS = ["winter 27/28", "campaign 28", "winter 28/29", "campaign 29", "winter 29/30"]
SEASON = re.compile(r"\b(campaign \d\d|winter \d\d/\d\d)\b")
MONTHS = "january february march april may june july august september october november december"
MONTH = re.compile(r"\b(" + "|".join(MONTHS.split()) + r")\b")
NEAR_NAMESAKES = [
    ("Head of Asset Performance", "Head of Asset Management"),
    ("Marine Logistics Manager", "Materials Logistics Manager"),
    ("Site Manager, Dutch Farms", "Site Manager, Danish Farms"),
]
HEADLINE_SLIDES = {
    "casting off: our first 90 days",
    "what changes on monday morning",
    "what good looks like at each gate",
    "eleven turbines, one string, one summer",
}

# gap_blocks is a field of the deck-grounded gold that dev13's list predates
_checks.FIELDS = FIELDS | {"gap_blocks"}  # type: ignore[attr-defined]


# =========================================================================== the org folder


def positions(org: Path) -> list[dict[str, str]]:
    """Every <position> of the export: id, ref, title, unit, boss, remit, tier."""
    root = ET.parse(org / ROSTER).getroot()
    rows = []
    for pos in root.findall(f"{HR}position"):
        boss = pos.find(f"{HR}reportsTo")
        tier = pos.find(f"{HR}customField[@name='ConditionFirstRole']")
        rows.append(
            {
                "id": pos.get("id", ""),
                "ref": boss.get("ref", "") if boss is not None else "",
                "title": (pos.findtext(f"{HR}title") or "").strip(),
                "unit": (pos.findtext(f"{HR}unit") or "").strip(),
                "boss": (boss.text or "").strip() if boss is not None else "",
                "remit": (pos.findtext(f"{HR}remit") or "").strip(),
                "tier": (tier.text or "").strip() if tier is not None else "",
            }
        )
    return rows


def roster(org: Path) -> list[tuple[str, str]]:
    return [(r["title"], TIERS.get(r["tier"], r["tier"].lower())) for r in positions(org)]


def xml_parts(path: Path) -> list[str]:
    if path.name != ROSTER.name:
        return []
    out = []
    for r in positions(path.parent.parent):
        boss = f", reports to {r['boss']}" if r["boss"] else ""
        out.append(f"{r['title']}, {r['unit']}{boss}: {r['remit']}")
    return out


def sentences(org: Path) -> list[str]:
    return _checks.org_sentences(org, {".xml": xml_parts})


def _file_sentences(path: Path, org: Path) -> list[str]:
    """The org sentences of one file, read as ``sentences`` reads the folder."""
    with tempfile.TemporaryDirectory() as tmp:
        rel = path.relative_to(org)
        (Path(tmp) / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(path, Path(tmp) / rel)
        return sentences(Path(tmp))


def roster_form(org: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    raw = (org / ROSTER).read_text(encoding="utf-8")
    if not raw.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<positionExport '):
        errors.append("roster: not an HRflow position export")
    rows = positions(org)
    if len(re.findall(r"<position ", raw)) != len(rows):
        errors.append("roster: a <position> outside the export's namespace")
    if not 18 <= len(rows) <= 22:
        errors.append(f"roster: {len(rows)} positions (18 to 22)")
    ids = [r["id"] for r in rows]
    titles = [r["title"] for r in rows]
    if len(set(ids)) != len(ids) or len(set(titles)) != len(titles):
        errors.append("roster: an id or a title appears twice")
    for r in rows:
        if r["ref"] and r["ref"] not in ids:
            errors.append(f"roster: {r['title']!r} reports to an unknown id {r['ref']}")
        if r["ref"] and titles[ids.index(r["ref"])] != r["boss"]:
            errors.append(f"roster: {r['title']!r} reportsTo text and ref disagree")
        if not r["unit"] or not r["remit"] or r["tier"] not in TIERS:
            errors.append(f"roster: {r['title']!r} without a unit, a remit or a known tier")
    consult = [r["title"] for r in rows if r["tier"] == "Consult only"]
    if sorted(consult) != sorted(gold["consult_only_roles"]) or len(consult) != 2:
        errors.append(f"roster: consult-only positions {consult}")
    owners_of: dict[str, set[int]] = {}
    for k, entry in enumerate(gold["remit_owners"]):
        for o in entry["owners"]:
            owners_of.setdefault(o, set()).add(k)
    for a, b in NEAR_NAMESAKES:
        if a not in titles or b not in titles:
            errors.append(f"roster: near-namesakes missing: {a!r} / {b!r}")
        elif not owners_of.get(a) or not owners_of.get(b) or owners_of[a] == owners_of[b]:
            errors.append(f"near-namesakes do not own different work: {a!r} / {b!r}")
    charter = (org / CHARTER).read_text(encoding="utf-8")
    outside = []
    for r in rows:
        m = re.fullmatch(r"See the Marine Coordination Charter, section (\d)\.", r["remit"])
        if m:
            outside.append(r["title"])
            if not re.search(rf"^## {m.group(1)}\. ", charter, re.M):
                errors.append(f"charter: no section {m.group(1)} for {r['title']!r}")
    if len(outside) < 3 or sum(t in owners_of for t in outside) < 2:
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
    for gap in gold["gaps"]:
        for path in files:
            if any(alt in s for alt in gap for s in _file_sentences(path, org)):
                kinds.add(path.suffix)
                where.add(path)
    if len(kinds) < 3 or len(where) < 5:
        errors.append(f"gaps in {len(where)} files of kinds {sorted(kinds)}")
    if len(gold["false_gaps"]) < 2:
        errors.append("fewer than two false-gap groups")
    if not 5 <= len(gold["forbidden_terms"]) <= 10:
        errors.append(f"{len(gold['forbidden_terms'])} forbidden terms (5 to 10)")
    for path in files:
        if path.suffix in {".md", ".txt", ".tsv", ".xml"}:
            raw = path.read_text(encoding="utf-8").lower()
            for term in gold["forbidden_terms"]:
                if term in raw:
                    errors.append(f"forbidden term {term!r} in {path.name}")
    return errors


# =========================================================================== the deck's form


def _text(el: ET.Element) -> str:
    return normalize("".join(t.text or "" for t in el.iter(f"{{{A}}}t")))


def _paras(el: ET.Element) -> list[str]:
    return [_text(p) for p in el.iter(f"{{{A}}}p")]


def _top(sp: ET.Element) -> tuple[int, int]:
    off = sp.find("p:spPr/a:xfrm/a:off", NS)
    if off is None:
        return (-1, -1)
    return int(off.get("x", "0")), int(off.get("y", "0"))


def _slide_title(root: ET.Element) -> str:
    for sp in root.iter(f"{{{P}}}sp"):
        ph = sp.find("p:nvSpPr/p:nvPr/p:ph", NS)
        if ph is not None and ph.get("type") in {"title", "ctrTitle"}:
            return " ".join(_paras(sp)).strip()
    for sp in root.iter(f"{{{P}}}sp"):
        if any(int(r.get("sz", "0")) >= 2800 for r in sp.iter(f"{{{A}}}rPr")):
            return " ".join(_paras(sp)).strip()
    return ""


def deck_form(case: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    deck = case / gold["deck"]
    z = zipfile.ZipFile(deck)
    names = z.namelist()
    if names[0] != "[Content_Types].xml" or names[1:] != sorted(names[1:]):
        errors.append("ZIP entries not [Content_Types].xml first, then sorted")
    app = z.read("docProps/app.xml").decode("utf-8")
    if re.findall(r"<Application>([^<]*)</Application>", app) != ["WPS Presentation"]:
        errors.append("app.xml does not name WPS Presentation")
    if "docProps/custom.xml" not in names or b"KSOProductBuildVer" not in z.read(
        "docProps/custom.xml"
    ):
        errors.append("no docProps/custom.xml with KSOProductBuildVer")
    pres = ET.fromstring(z.read("ppt/presentation.xml"))
    size = pres.find("p:sldSz", NS)
    if size is None or (size.get("cx"), size.get("cy")) != ("12192000", "6858000"):
        errors.append("slide size is not 16:9 at 12192000 x 6858000")
    slides = sorted(
        (n for n in names if re.fullmatch(r"ppt/slides/slide\d+\.xml", n)),
        key=lambda n: int(re.findall(r"\d+", n)[0]),
    )
    if not 14 <= len(slides) <= 22:
        errors.append(f"{len(slides)} slides (14 to 22)")
    roots: dict[int, ET.Element] = {}
    boxed = []
    for k, name in enumerate(slides, start=1):
        root = ET.fromstring(z.read(name))
        roots[k] = root
        if root.find(".//p:grpSp", NS) is not None:
            errors.append(f"slide {k}: a group shape")
        types = {ph.get("type") for ph in root.iter(f"{{{P}}}ph")}
        if not types & {"title", "ctrTitle"}:
            tops = [
                sp
                for sp in root.iter(f"{{{P}}}sp")
                if sp.find("p:nvSpPr/p:cNvSpPr", NS) is not None
                and sp.find("p:nvSpPr/p:cNvSpPr", NS).get("txBox") == "1"  # type: ignore[union-attr]
                and _top(sp)[1] < 914400 * 1.0
                and any(int(r.get("sz", "0")) >= 2800 for r in sp.iter(f"{{{A}}}rPr"))
            ]
            if len(tops) != 1:
                errors.append(f"slide {k}: no title placeholder and {len(tops)} title boxes")
            boxed.append(k)
    if len(boxed) != 2:
        errors.append(f"title as a text box on slides {boxed} (exactly two)")
    pages = deck_lines(deck)
    titles = {k: _slide_title(r) for k, r in roots.items()}
    errors += _tiles(gold, roots)
    errors += _roadmap(gold, roots, pages)
    errors += _clock(gold, pages)
    errors += _pilot(gold, pages)
    errors += _actions(gold, pages, titles)
    return errors


def _tiles(gold: dict[str, Any], roots: dict[int, ET.Element]) -> list[str]:
    errors: list[str] = []
    kpi_visions = [v for v in gold["visions"] if any(k in v["match"] for k in gold["kpis"])]
    kslides = {v["slide"] for v in kpi_visions}
    if len(kslides) != 1 or len(kpi_visions) != len(gold["kpis"]):
        return [f"KPI visions on slides {sorted(kslides)}"]
    sps = list(roots[kslides.pop()].iter(f"{{{P}}}sp"))
    no_target = []
    for v in kpi_visions:
        at = [i for i, sp in enumerate(sps) if _paras(sp)[0] == v["match"]]
        if len(at) != 1 or at[0] == 0:
            errors.append(f"KPI {v['match']!r} is not one box's first line")
            continue
        label, big = sps[at[0]], sps[at[0] - 1]
        lines, bigl = _paras(label), _paras(big)
        (bx, by), (lx, ly) = _top(big), _top(label)
        if len(lines) != 2 or len(bigl) != 1 or bx != lx or not by < ly:
            errors.append(f"KPI {v['match']!r} is not a label box under a big-number box")
            continue
        if "baseline" not in lines[1]:
            errors.append(f"KPI {v['match']!r}: no baseline on the label's second line")
        dated = bool(SEASON.search(lines[1]))
        if not re.search(r"\d", bigl[0]) and not dated:
            no_target.append(v["match"])
        elif not dated:
            errors.append(f"KPI {v['match']!r}: no season by-when")
    vague = [v["match"] for v in kpi_visions if v["vague"]]
    if len(no_target) != 1 or no_target != vague:
        errors.append(f"tiles without a number and a season {no_target}; vague KPIs {vague}")
    return errors


def _roadmap(gold: dict[str, Any], roots: dict[int, ET.Element], pages: dict) -> list[str]:
    errors: list[str] = []
    found = []
    for k, root in roots.items():
        for tbl in root.iter(f"{{{A}}}tbl"):
            rows = [[_text(tc) for tc in tr.findall("a:tc", NS)] for tr in tbl.findall("a:tr", NS)]
            if rows and "campaign 28" in rows[0]:
                found.append((k, rows))
    if len(found) != 1:
        return [f"roadmap tables on slides {[f[0] for f in found]}"]
    k, rows = found[0]
    if rows[0] != ["workstream", *SEASONS, "2030 and beyond"]:
        errors.append(f"roadmap header {rows[0]}")
    if len(rows) < 6:
        errors.append("roadmap: fewer than four workstream rows")
    by_label = {r[0]: r for r in rows}
    phase_row = by_label.get("phase", [])
    gate_row = by_label.get("gates", [])
    got = [(t, 6 * i, 6 * (i + 1)) for i, t in enumerate(phase_row[1:6])]
    want = gold["phases"]
    if len(got) != len(want) or any(
        (s, e) != (ph["start_month"], ph["end_month"]) or not any(m in t for m in ph["match"])
        for (t, s, e), ph in zip(got, want, strict=False)
    ):
        errors.append(f"roadmap phases {got}")
    if gold["horizon_months"] != 6 * len(SEASONS):
        errors.append("horizon is not the five seasons before '2030 and beyond'")
    if any(MONTH.search(t) for t in phase_row):
        errors.append("a phase on the roadmap carries a month")
    gates = [6 * (i + 1) for i, g in enumerate(gate_row[1:6]) if g.startswith("gate")]
    if gates != [12, 24]:
        errors.append(f"roadmap gates end at months {gates} (12 and 24)")
    later = [r[6] for r in rows[1:] if r[6]]
    for text in later:
        if not any(text in x for x in gold["not_actions"]):
            errors.append(f"'2030 and beyond' cell not a not-action: {text!r}")
    return errors


def _clock(gold: dict[str, Any], pages: dict) -> list[str]:
    errors: list[str] = []
    allx = [(n, x) for n, lines in pages.items() for x in lines]
    defs = {n for n, x in allx if x.startswith(("a campaign season runs", "a winter programme"))}
    if len(defs) != 1:
        errors.append(f"campaign and winter defined on slides {sorted(defs)}")
    if not any("month 0 is october 2027" in x for _, x in allx):
        errors.append("month 0 is not said to be October 2027")
    if not any("2027-2030" in x for x in pages[1]) or not any(
        "31 march 2030" in x for n, x in allx if n != 1
    ):
        errors.append("the title's range and the closing date do not both appear")
    road = [n for n, x in allx if x == "2030 and beyond"]
    for ph in gold["phases"]:
        full = ph["match"][0]
        dated = [(n, x) for n, x in allx if x.startswith(full) and MONTH.search(x)]
        if len(dated) != 1 or dated[0][0] in road:
            errors.append(f"phase {full!r} not dated on one slide other than the roadmap")
    gate2 = [(n, x) for n, x in allx if x.startswith("gate 2")]
    if any(MONTH.search(x) or re.search(r"20\d\d", x) for _, x in gate2):
        errors.append(f"gate 2's own line carries a date: {gate2}")
    if not any("to 30 september 2029" in x for _, x in allx):
        errors.append("gate 2's date is not in its acceptance criteria")
    if not any(x.startswith("g + ") for _, x in allx) or not any(
        x.startswith("g - ") for _, x in allx
    ):
        errors.append("no steps relative to the go-live G")
    if sum(x == "not in scope" for _, x in allx) != 1:
        errors.append("no 'not in scope' list")
    return errors


def _pilot(gold: dict[str, Any], pages: dict) -> list[str]:
    errors: list[str] = []
    pilot = gold["pilot"]
    named = [n for n, lines in pages.items() for x in lines if "string c4" in x]
    if named != [pilot["slide"]] or not any(
        "string c4 at brakkebank" in x for x in pages[pilot["slide"]]
    ):
        errors.append(f"pilot named with its string on slides {named}")
    for n in pilot["also_slides"]:
        if not any("brakkebank" in x or "the first string" in x for x in pages[n]):
            errors.append(f"pilot's farm not on also-slide {n}")
    for n, lines in pages.items():
        if any("pilot" in x for x in lines):
            errors.append(f"slide {n}: the word 'pilot'")
    return errors


def _actions(gold: dict[str, Any], pages: dict, titles: dict[int, str]) -> list[str]:
    errors: list[str] = []
    actions = gold["deck_actions"]
    if not 15 <= len(actions) <= 25:
        errors.append(f"{len(actions)} deck actions (15 to 25)")
    on = {a["slide"] for a in actions}
    if len(on) < 5:
        errors.append(f"deck actions on slides {sorted(on)} (five kinds or more)")
    headline = [a for a in actions if titles.get(a["slide"]) in HEADLINE_SLIDES]
    if len(headline) < 3:
        errors.append(f"{len(headline)} deck actions on headline-titled slides (3 or more)")
    ninety = [n for n, t in titles.items() if t == "casting off: our first 90 days"]
    roster_titles = set(gold["roster"])
    brackets = [
        m.group(1) for n in ninety for x in pages[n] for m in re.finditer(r"\(([^)]+)\)$", x)
    ]
    if len(brackets) < 5:
        errors.append(f"first 90 days: {len(brackets)} bracketed owners")
    lower = {t.lower() for t in roster_titles}
    words = [set(re.findall(r"[a-z]+", t)) for t in lower]
    if any(not any(set(re.findall(r"[a-z]+", b)) <= w for w in words) for b in brackets):
        errors.append(f"first 90 days: a bracketed owner in no roster title {brackets}")
    if all(b in lower for b in brackets):
        errors.append("first 90 days: no bracketed title the roster spells otherwise")
    return errors


# =========================================================================== gold extras


def gold_extra(case: Path, gold: dict[str, Any]) -> list[str]:
    pages = deck_lines(case / gold["deck"])
    lines = [x for ls in pages.values() for x in ls]
    sents = sentences(case / "org")
    errors = _checks.gap_block_errors(gold, sents, lines)
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
    if len(gold["remit_owners"]) < 15:
        errors.append(f"{len(gold['remit_owners'])} remit owners (15 or more)")
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
    builder="build_offshore_wind.py",
    roster=roster,
    org_sentences=sentences,
    extra=extra,
    folder=HERE,
    split="dev27",
)


def show_org() -> None:
    org = HERE / NAME / "org"
    for r in positions(org):
        print(
            f"  {r['id']} | {r['title']} | {r['unit']} | {r['boss']} | {r['tier']} | {r['remit']}"
        )
    for s in sentences(org):
        print(f"  | {s}")


if __name__ == "__main__":
    if "--org" in sys.argv and "--dump" not in sys.argv:
        show_org()
        sys.exit(0)
    sys.exit(run(CASE))
