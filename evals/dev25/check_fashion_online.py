"""Consistency checks of the dev25 case ``fashion-online`` against its deck and org folder.

Run from the repository root with the project's venv (python-pptx, pypdf, python-docx, lxml):

    .venv/bin/python evals/dev25/check_fashion_online.py

``--dump`` prints the deck lines the gold was read from, slide by slide, and the roster (with
``--org`` also the org sentences); ``--org`` alone prints the roster rows and the org
sentences. It exits non-zero on any failure.

The checks are those of ``evals/dev15/_checks.py`` (adapted from ``evals/dev13/check_gold.py``),
imported, not copied, and pointed at this folder (``evals/dev25``, split "dev25") with
``build_fashion_online.py`` as the builder: the gold's fields, every label on its slide or in
an org sentence, the roster, owners on it and core, consult-only roles owning nothing, forbidden
terms in neither deck nor org, and the rebuild byte for byte. The gold also carries
``gap_blocks`` (a field of ``evals/cases/README.md``'s deck-grounded gold that dev13's field
list predates), so the field list the shared checks compare with is that list plus
``gap_blocks``. The deck is read with dev13's ``deck_lines`` (one line per paragraph of every
shape in XML order, then the speaker notes; a soft line break inside a paragraph reads as a
space). Org sentences are ``_checks.org_sentences`` (every string value of the JSON roster
among them). What is this case's own:

- the roster, read from ``org/people/hris-export.json``, the HR system's export: a JSON array
  of employee records; a role is a record's ``jobTitle``, its tier the record's
  ``customFields.fitForKeepsTier`` (Core / Extended / Consult only);
- checks of the roster's form: a top-level array of 18 to 22 records with the export's keys in
  its order, ``responsibilities`` a non-empty array of strings, every ``manager`` null or an
  object naming another record's ``employeeId`` and display name, exactly one record without
  a manager (the CEO), the file pure ASCII with ``\\u`` escapes for the umlauts, job titles
  unique, two of them Consult only (the works council chair and the data protection officer);
- remits outside the roster: every KPI row of ``org/measures/kpi-dictionary.md`` names an
  owner who is a core role and is among the gold's ``remit_owners`` for that KPI; at least
  three roster records whose responsibilities name no work (team size, cost centre, a pointer
  to the charter) own work in the gold, their remit written only in the charter or the KPI
  dictionary; three near-namesake pairs are on the roster;
- checks of the deck's form, as Keynote exports a 1920 x 1080 pt deck to PowerPoint:
  ``docProps/app.xml`` naming Keynote and its version; 24384000 x 13716000 EMU; 14 to 22
  slides; one or two slide layouts; no placeholder and no ``txBox`` on any slide; every
  ``p:sp`` named "Text N" or "Shape N", every ``p:cxnSp`` "Line N"; every ``a:bodyPr`` with its
  four insets, every paragraph with an ``a:pPr``, every run with its size; ``a:buChar``
  bullets on three slides or more and typed bullets on three or more; soft breaks (``a:br``)
  in the tile labels; speaker notes on three to five slides; on every slide the first large
  text box (40 pt or more) at the top and above every other large box; the KPI slide's tiles
  (each KPI vision's match the label of a tile under its big number, the label's soft-broken
  second line its baseline and a half-year by-when; the one tile without a half-year is the
  one vague KPI); the roadmap's four half-years of the fiscal year, its four diamonds and gates
  at the ends of July and January, every gold phase on it; the "What we will not do" slide;
  and at least twelve goal-like lines (a share, an amount in euros, a count in thousands, a
  weight, days or points on a line the gold lists as not a vision or not an action), more
  than the visions;
- ``gap_blocks``: every gap key inside an org sentence that states a gold gap, every task item
  with an alternative in the deck; 8 to 12 gaps spread over at least five org files;
- gold labels of 3 to 8 words (a KPI's own name may be shorter), none a whole deck line or
  a whole org sentence;
- forbidden terms (5 to 10) in no raw byte of the deck's XML or of any org file.

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
from evals.dev15._checks import Case, run  # noqa: E402

HERE = Path(__file__).resolve().parent
NAME = "fashion-online"
ROSTER = Path("people") / "hris-export.json"
KEYS = [
    "employeeId",
    "firstName",
    "lastName",
    "jobTitle",
    "department",
    "location",
    "employmentType",
    "hireDate",
    "manager",
    "responsibilities",
    "customFields",
]
TIERS = {"Core", "Extended", "Consult only"}
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
P = "http://schemas.openxmlformats.org/presentationml/2006/main"
NS = {"a": A, "p": P}
PT = 12700
HALVES = ["h1 fy29", "h2 fy29", "h1 fy30", "h2 fy30"]
BY_WHEN = re.compile(r"\bby h[12] fy\d\d\b")
# a figure that could pass for a target: a share, money, a count in thousands, a weight, a rate
FIGURE = re.compile(r"\d+(\.\d+)?%|eur \d|\d{1,3},\d{3}|\d+(\.\d+)? (g|days)\b|\d+ points")

# The gold carries gap_blocks, which dev13's field list predates.
_checks.FIELDS = FIELDS | {"gap_blocks"}  # type: ignore[attr-defined]


# =========================================================================== the roster


def records(org: Path) -> list[dict[str, Any]]:
    data = json.loads((org / ROSTER).read_text(encoding="ascii"))
    return data if isinstance(data, list) else []


def roster(org: Path) -> list[tuple[str, str]]:
    return [
        (r["jobTitle"].strip(), r["customFields"]["fitForKeepsTier"].strip().lower())
        for r in records(org)
    ]


def sentences(org: Path) -> list[str]:
    return _checks.org_sentences(org)


def roster_form(org: Path, gold: dict) -> list[str]:
    errors: list[str] = []
    raw = (org / ROSTER).read_bytes()
    try:
        raw.decode("ascii")
    except UnicodeDecodeError:
        errors.append("roster: the export is not pure ASCII")
    if b"\\u00fc" not in raw:
        errors.append("roster: no \\u escape for an umlaut")
    if not raw.startswith(b'[\n  {\n    "employeeId": '):
        errors.append("roster: not a two-space indented top-level array of records")
    data = json.loads(raw)
    if not isinstance(data, list):
        return errors + ["roster: the top level is not an array"]
    if not 18 <= len(data) <= 22:
        errors.append(f"roster: {len(data)} records (18 to 22)")
    ids = {r.get("employeeId"): r for r in data}
    bosses = 0
    for r in data:
        if list(r) != KEYS:
            errors.append(f"roster: keys of {r.get('employeeId')}: {list(r)}")
            continue
        duties = r["responsibilities"]
        if not duties or not all(isinstance(d, str) and d.strip() for d in duties):
            errors.append(f"roster: responsibilities of {r['jobTitle']!r}")
        boss = r["manager"]
        if boss is None:
            bosses += 1
            if r["jobTitle"] != "Chief Executive Officer":
                errors.append(f"roster: {r['jobTitle']!r} has no manager")
        elif set(boss) != {"employeeId", "displayName"} or boss["employeeId"] not in ids:
            errors.append(f"roster: manager of {r['jobTitle']!r} is no employee")
        else:
            b = ids[boss["employeeId"]]
            if boss["displayName"] != f"{b['firstName']} {b['lastName']}" or b is r:
                errors.append(f"roster: manager name of {r['jobTitle']!r}")
        if r["customFields"].get("fitForKeepsTier") not in TIERS:
            errors.append(f"roster: tier of {r['jobTitle']!r}")
    if bosses != 1:
        errors.append(f"roster: {bosses} records without a manager")
    titles = [r["jobTitle"] for r in data]
    if len(set(titles)) != len(titles):
        errors.append("roster: a job title appears twice")
    consult = {
        r["jobTitle"] for r in data if r["customFields"]["fitForKeepsTier"] == "Consult only"
    }
    if consult != set(gold["consult_only_roles"]) or len(consult) != 2:
        errors.append(f"roster: consult-only roles {sorted(consult)}")
    return errors


# =========================================================================== remits


THIN = re.compile(
    r"(leads a team of \d+.*|cost centre \d+|reports to the \w+|new post since .*"
    r"|role profile: see .*|member of the .*|fixed-term post .*|monthly management reporting.*)"
)
NAMESAKES = [
    ("Head of Returns Centre", "Head of Returns Prevention"),
    ("Head of Marketing", "Head of Marketplaces"),
    ("Head of Data & Analytics", "Data Protection Officer"),
    ("Head of Fulfilment", "Head of Last-Mile Delivery"),
]


def _table(text: str, first: str) -> list[list[str]]:
    """The rows of the Markdown table whose header's first cell is ``first``."""
    rows: list[list[str]] = []
    inside = False
    for ln in text.splitlines():
        if ln.startswith("|"):
            cells = [c.strip() for c in ln.strip().strip("|").split("|")]
            if cells[0] == first:
                inside = True
            elif inside and not set(cells[0]) <= {"-"}:
                rows.append(cells)
        else:
            inside = False
    return rows


def remits(case: Path, gold: dict) -> list[str]:
    errors: list[str] = []
    org = case / "org"
    tiers = dict(roster(org))
    owners_of = [(e["task"], set(e["owners"])) for e in gold["remit_owners"]]
    kpi_rows = _table((org / "measures" / "kpi-dictionary.md").read_text("utf-8"), "KPI")
    if len(kpi_rows) != len(gold["kpis"]):
        errors.append(f"KPI dictionary: {len(kpi_rows)} rows, {len(gold['kpis'])} gold KPIs")
    for row in kpi_rows:
        name, owner = normalize(row[0]), row[2]
        if tiers.get(owner) != "core":
            errors.append(f"KPI dictionary: owner {owner!r} is not a core role")
        if not any(k in name for k in gold["kpis"]):
            errors.append(f"KPI dictionary: {name!r} is no gold KPI")
        entries = [o for task, o in owners_of if any(t in name for t in task)]
        if not entries or not any(owner in o for o in entries):
            errors.append(f"KPI dictionary: {owner!r} owns {name!r}, the gold does not say so")
    for kpi in gold["kpis"]:
        if not any(any(t in kpi for t in task) for task, _ in owners_of):
            errors.append(f"remit_owners: no entry covers the KPI {kpi!r}")
    charter = normalize((org / "governance" / "fit-for-keeps-programme-charter.md").read_text())
    dictionary = normalize((org / "measures" / "kpi-dictionary.md").read_text("utf-8"))
    owners = {o for _, os in owners_of for o in os}
    thin = [
        r["jobTitle"]
        for r in records(org)
        if all(THIN.fullmatch(normalize(d)) for d in r["responsibilities"])
    ]
    if len(thin) < 3:
        errors.append(f"roster: {len(thin)} records whose remit lives elsewhere: {thin}")
    for title in thin:
        if title not in owners:
            errors.append(f"remit elsewhere: {title!r} owns no work in the gold")
        if normalize(title) not in charter and normalize(title) not in dictionary:
            errors.append(f"remit elsewhere: {title!r} in neither the charter nor the dictionary")
    for one, two in NAMESAKES:
        if one not in tiers or two not in tiers:
            errors.append(f"near-namesakes not on the roster: {one!r} / {two!r}")
        elif {one, two} <= owners and all(
            {one, two} <= os for _, os in owners_of if one in os or two in os
        ):
            errors.append(f"near-namesakes with the same remit: {one!r} / {two!r}")
    covered = sum(
        any(any(t in alt for t in task for alt in act["match"]) for task, _ in owners_of)
        for act in gold["deck_actions"]
    )
    if covered < 10:
        errors.append(f"remit_owners cover {covered} deck actions (10 or more)")
    return errors


# =========================================================================== the deck's form


def _text(node: Any) -> str:
    return "".join(t.text or "" for t in node.iter(f"{{{A}}}t"))


def _para_lines(p: Any) -> list[str]:
    """A paragraph's text split at its soft breaks (``a:br``)."""
    parts = [""]
    for child in p:
        if child.tag == f"{{{A}}}br":
            parts.append("")
        elif child.tag == f"{{{A}}}r":
            parts[-1] += _text(child)
    return [normalize(x) for x in parts]


def _size(sp: Any) -> int:
    return max((int(r.get("sz", "0")) for r in sp.iter(f"{{{A}}}rPr")), default=0)


def _y(sp: Any) -> int:
    return int(sp.find("p:spPr/a:xfrm/a:off", NS).get("y"))


def _x(sp: Any) -> int:
    return int(sp.find("p:spPr/a:xfrm/a:off", NS).get("x"))


def _large(roots: dict[int, Any]) -> dict[int, list[Any]]:
    """Per slide, its large text boxes (a run of 40 pt or more), in XML order."""
    return {
        k: [sp for sp in r.iter(f"{{{P}}}sp") if _text(sp).strip() and _size(sp) >= 4000]
        for k, r in roots.items()
    }


def deck_form(case: Path, gold: dict) -> list[str]:
    errors: list[str] = []
    z = zipfile.ZipFile(case / gold["deck"])
    names = z.namelist()
    if names[0] != "[Content_Types].xml" or names[1:] != sorted(names[1:]):
        errors.append("deck: ZIP entries not in sorted order after [Content_Types].xml")
    app = z.read("docProps/app.xml").decode("utf-8")
    if "<Application>Keynote</Application>" not in app or "<AppVersion>" not in app:
        errors.append("deck: app.xml does not name Keynote and its version")
    size = etree.fromstring(z.read("ppt/presentation.xml")).find("p:sldSz", NS)
    if (size.get("cx"), size.get("cy")) != (str(1920 * PT), str(1080 * PT)):
        errors.append("deck: slide size is not Keynote's 1920 x 1080 pt")
    slides = sorted(
        (n for n in names if re.fullmatch(r"ppt/slides/slide\d+\.xml", n)),
        key=lambda n: int(re.findall(r"\d+", n)[0]),
    )
    if not 14 <= len(slides) <= 22:
        errors.append(f"deck: {len(slides)} slides (14 to 22)")
    layouts = [n for n in names if re.fullmatch(r"ppt/slideLayouts/slideLayout\d+\.xml", n)]
    if not 1 <= len(layouts) <= 2:
        errors.append(f"deck: {len(layouts)} slide layouts (one or two)")
    pages = deck_lines(case / gold["deck"])
    roots: dict[int, Any] = {}
    buchar: set[int] = set()
    typed: set[int] = set()
    notes = 0
    for k, name in enumerate(slides, start=1):
        body = z.read(name)
        root = etree.fromstring(body)
        roots[k] = root
        if root.findall(".//p:ph", NS) or b"txBox" in body:
            errors.append(f"slide {k}: a placeholder or a txBox")
        for sp in root.iter(f"{{{P}}}sp"):
            if not re.fullmatch(r"(Shape|Text) \d+", sp.find("p:nvSpPr/p:cNvPr", NS).get("name")):
                errors.append(f"slide {k}: a shape not named Text N or Shape N")
        for cx in root.iter(f"{{{P}}}cxnSp"):
            if not re.fullmatch(r"Line \d+", cx.find("p:nvCxnSpPr/p:cNvPr", NS).get("name")):
                errors.append(f"slide {k}: a line not named Line N")
        insets = ("lIns", "tIns", "rIns", "bIns")
        if any(bp.get(i) is None for bp in root.iter(f"{{{A}}}bodyPr") for i in insets):
            errors.append(f"slide {k}: a bodyPr without explicit insets")
        for p in root.iter(f"{{{A}}}p"):
            if p.find("a:pPr", NS) is None:
                errors.append(f"slide {k}: a paragraph without a:pPr")
                break
            if p.find("a:pPr/a:buChar", NS) is not None:
                buchar.add(k)
            if re.match(r"(\u2013|\u25b8|\d\.) ", _text(p)):
                typed.add(k)
        if any(r.get("sz") is None for r in root.iter(f"{{{A}}}rPr")):
            errors.append(f"slide {k}: a run without a size")
        large = _large({k: root})[k]
        if not large:
            errors.append(f"slide {k}: no large text box")
        elif k > 1 and (_y(large[0]) > 220 * PT or any(_y(o) <= _y(large[0]) for o in large[1:])):
            errors.append(f"slide {k}: the first large text box is not the title at the top")
        elif k == 1 and normalize(_text(large[0])) != normalize(gold["deck_title"]):
            errors.append("slide 1: the first large text box is not the deck title")
        rels = z.read(name.replace("slides/", "slides/_rels/") + ".rels").decode("utf-8")
        notes += "notesSlide" in rels
    if len(buchar) < 3 or len(typed) < 3:
        errors.append(f"deck: buChar bullets on {sorted(buchar)}, typed on {sorted(typed)}")
    if not 3 <= notes <= 5:
        errors.append(f"deck: speaker notes on {notes} slides (3 to 5)")
    titles = {k: normalize(_text(large[0])) for k, large in _large(roots).items() if large}
    errors += _kpi_tiles(roots, gold)
    errors += _roadmap(roots, pages, gold)

    # what we will not do; goal-like lines that are not goals
    nots = [k for k, t in titles.items() if t == "what we will not do"]
    if len(nots) != 1:
        errors.append(f"deck: 'What we will not do' slides {nots}")
    else:
        lines = [x for x in pages[nots[0]] if x.startswith("we will not")]
        if len(lines) < 4 or any(not any(n in x for n in gold["not_actions"]) for x in lines):
            errors.append("deck: the 'will not' lines are not all not_actions")
    looks = [x for x in gold["not_visions"] + gold["not_actions"] if FIGURE.search(x)]
    if len(looks) < 12 or len(looks) <= len(gold["visions"]):
        errors.append(f"deck: {len(looks)} goal-like lines with a figure listed as no goal")
    matches = [m for v in gold["visions"] for m in [v["match"], *v.get("alternatives", [])]]
    for k, t in titles.items():
        if t in {"fy28 in numbers", "the market around us", "benchmarks"}:
            for m in matches:
                if any(m in x for x in pages[k]):
                    errors.append(f"slide {k} ({t}): a goal's words {m!r} on a figures slide")
    return errors


def _kpi_tiles(roots: dict[int, Any], gold: dict) -> list[str]:
    errors: list[str] = []
    kpi_visions = [v for v in gold["visions"] if any(k in v["match"] for k in gold["kpis"])]
    kslides = {v["slide"] for v in kpi_visions}
    if len(kslides) != 1:
        return [f"KPI visions on slides {sorted(kslides)}"]
    sps = list(roots[kslides.pop()].iter(f"{{{P}}}sp"))
    undated = []
    for v in kpi_visions:
        at = [
            i
            for i, sp in enumerate(sps)
            if len(sp.findall(".//a:p", NS)) == 1
            and len(_para_lines(sp.find(".//a:p", NS))) == 2
            and _para_lines(sp.find(".//a:p", NS))[0].startswith(v["match"])
        ]
        if len(at) != 1 or at[0] == 0 or _size(sps[at[0] - 1]) < 3600:
            errors.append(f"KPI {v['match']!r} is not a tile label under a big number")
            continue
        second = _para_lines(sps[at[0]].find(".//a:p", NS))[1]
        if not second.startswith("baseline"):
            errors.append(f"KPI {v['match']!r}: the soft-broken line holds no baseline")
        if not BY_WHEN.search(second):
            undated.append(v["match"])
    vague = [v["match"] for v in kpi_visions if v["vague"]]
    if len(undated) != 1 or undated != vague:
        errors.append(f"KPI tiles without a half-year {undated}; vague KPIs {vague}")
    return errors


def _roadmap(roots: dict[int, Any], pages: dict[int, list[str]], gold: dict) -> list[str]:
    errors: list[str] = []
    road = [n for n, lines in pages.items() if all(h in lines for h in HALVES)]
    if len(road) != 1:
        return [f"roadmap half-year grid on slides {road}"]
    root, lines = roots[road[0]], pages[road[0]]
    if not any("financial year starts on 1 february" in x for x in lines):
        errors.append("roadmap: the fiscal year's start is not stated")
    if not any("month 0 is february 2029" in x for x in lines):
        errors.append("roadmap: month 0 is not stated")
    heads = {
        normalize(_text(sp)): _x(sp)
        for sp in root.iter(f"{{{P}}}sp")
        if normalize(_text(sp)) in HALVES
    }
    col = heads[HALVES[1]] - heads[HALVES[0]]
    diamonds = root.findall(".//a:prstGeom[@prst='diamond']", NS)
    gates = [x for x in lines if re.match(r"gate \d", x)]
    if len(diamonds) != 4 or len(gates) != 4:
        errors.append(f"roadmap: {len(diamonds)} diamonds, gates {gates}")
    if any(not re.search(r"\b3[01] (july|january) 20\d\d\b", g) for g in gates):
        errors.append("roadmap: a gate not at the end of July or January")
    bars = [
        sp
        for sp in root.iter(f"{{{P}}}sp")
        if sp.find("p:spPr/a:prstGeom", NS).get("prst") == "roundRect"
        and normalize(_text(sp)).startswith("phase")
    ]
    for ph in gold["phases"]:
        hit = [sp for sp in bars if any(m in normalize(_text(sp)) for m in ph["match"])]
        if len(hit) != 1:
            errors.append(f"roadmap: phase {ph['match']} on {len(hit)} bars")
            continue
        start = round((_x(hit[0]) - heads[HALVES[0]]) / col) * 6
        width = int(hit[0].find("p:spPr/a:xfrm/a:ext", NS).get("cx"))
        span = round(width / col) * 6
        if (start, start + span) != (ph["start_month"], ph["end_month"]):
            errors.append(
                f"roadmap: phase {ph['match'][0]} drawn over months {start}-{start + span}"
            )
    return errors


# =========================================================================== gaps and terms

PHRASINGS = [
    "still runs",
    "by hand",
    "only two of the five",
    "due to be switched off",
    "cannot exchange data with",
    "is frozen from",
    "was never replaced",
    "on a spreadsheet kept by",
    "nobody currently",
    "depends on one person",
    "lapsed in",
    "not retained beyond",
    "unless the works council has agreed",
]


def gaps(case: Path, gold: dict) -> list[str]:
    errors: list[str] = []
    said = sentences(case / "org")
    pages = deck_lines(case / gold["deck"])
    if not 8 <= len(gold["gaps"]) <= 12:
        errors.append(f"gold: {len(gold['gaps'])} gaps (8 to 12)")
    gap_said = [s for s in said if any(alt in s for g in gold["gaps"] for alt in g)]
    for phrase in PHRASINGS:
        if not any(phrase in s for s in gap_said):
            errors.append(f"gaps: no gap sentence says {phrase!r}")
    files: set[str] = set()
    for g in gold["gaps"]:
        for path in sorted(p for p in (case / "org").rglob("*") if p.is_file()):
            text = normalize(path.read_text(encoding="utf-8"))
            if g[0] in text:
                files.add(path.name)
    if len(files) < 5:
        errors.append(f"gaps: stated in {len(files)} org files (5 or more)")
    if len(gold["false_gaps"]) < 3:
        errors.append(f"gold: {len(gold['false_gaps'])} false-gap groups (3 or more)")
    if not gold["gap_blocks"]:
        errors.append("gold: no gap_blocks")
    for entry in gold["gap_blocks"]:
        if set(entry) != {"gap", "blocks", "not_blocks"}:
            errors.append(f"gap_blocks: keys {sorted(entry)}")
            continue
        for key in entry["gap"]:
            if not any(key in s for s in gap_said):
                errors.append(f"gap_blocks: gap key in no gap sentence: {key!r}")
        for field in ("blocks", "not_blocks"):
            if not entry[field]:
                errors.append(f"gap_blocks: {entry['gap'][0]!r} has no {field}")
            for item in entry[field]:
                if not any(_checks._anywhere(alt, pages) for alt in item):
                    errors.append(f"gap_blocks: {field} item in no deck line: {item}")
    return errors


def labels(case: Path, gold: dict) -> list[str]:
    """Gold labels are short: 3 to 8 words (a KPI's own name may be shorter), never a whole
    deck line or a whole org sentence."""
    errors: list[str] = []
    lines = {x for page in deck_lines(case / gold["deck"]).values() for x in page}
    said = {s.rstrip(".") for s in sentences(case / "org")}
    found = [v["match"] for v in gold["visions"]]
    found += [x for v in gold["visions"] for x in v.get("alternatives", [])]
    found += gold["optional_visions"] + gold["not_visions"] + gold["not_actions"]
    found += [x for act in gold["deck_actions"] for x in act["match"]]
    found += [x for g in gold["gaps"] for x in g] + gold["pilot"]["match"]
    for label in found:
        words = len(label.split())
        if words > 8 or (words < 3 and label not in gold["kpis"]):
            errors.append(f"label of {words} words: {label!r}")
        if label in lines or label.rstrip(".") in said:
            errors.append(f"label is a whole line or sentence: {label!r}")
    return errors


def forbidden_raw(case: Path, gold: dict) -> list[str]:
    errors: list[str] = []
    if not 5 <= len(gold["forbidden_terms"]) <= 10:
        errors.append(f"gold: {len(gold['forbidden_terms'])} forbidden terms (5 to 10)")
    texts = [
        p.read_text(encoding="utf-8").lower() for p in (case / "org").rglob("*") if p.is_file()
    ]
    with zipfile.ZipFile(case / gold["deck"]) as z:
        texts += [z.read(n).decode("utf-8").lower() for n in z.namelist() if n.endswith(".xml")]
    for term in gold["forbidden_terms"]:
        if any(term in t for t in texts):
            errors.append(f"forbidden term in a raw deck or org file: {term!r}")
    return errors


def extra(case: Path) -> list[str]:
    gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
    return (
        roster_form(case / "org", gold)
        + remits(case, gold)
        + deck_form(case, gold)
        + gaps(case, gold)
        + labels(case, gold)
        + forbidden_raw(case, gold)
    )


def dump_org() -> None:
    org = HERE / NAME / "org"
    for r in records(org):
        tier = r["customFields"]["fitForKeepsTier"]
        print(f"  [{tier}] {r['jobTitle']} ({r['department']}): {'; '.join(r['responsibilities'])}")
    for s in sentences(org):
        print(f"  | {s}")


CASE = Case(
    name=NAME,
    builder="build_fashion_online.py",
    roster=roster,
    org_sentences=sentences,
    extra=extra,
    folder=HERE,
    split="dev25",
)

if __name__ == "__main__":
    if "--org" in sys.argv and "--dump" not in sys.argv:
        dump_org()
        sys.exit(0)
    sys.exit(run(CASE))
