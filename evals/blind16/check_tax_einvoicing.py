"""Consistency checks of the blind16 case ``tax-einvoicing`` against its deck and org folder.

Run from the repository root with the project's venv (python-pptx, python-docx, pypdf, lxml):

    .venv/bin/python evals/blind16/check_tax_einvoicing.py

``--dump`` prints the deck lines the gold was read from, slide by slide, and the roster (with
``--org`` also the org sentences); ``--org`` alone prints the roster rows and the org sentences.

The checks are those of ``evals/dev15/_checks.py`` (adapted from ``evals/dev13/check_gold.py``),
imported, not copied, and pointed at this folder (``evals/blind16``, split "blind16") with
``build_tax_einvoicing.py`` as the builder: the gold's fields, every label on its slide or in an
org sentence, the roster, owners on it and core, consult-only roles owning nothing, forbidden
terms in neither deck nor org, and the rebuild byte for byte. The gold also carries
``gap_blocks`` (a field of ``evals/cases/README.md``'s deck-grounded gold that dev13's field list
predates), so the field list the shared checks compare with is that list plus ``gap_blocks``.
The deck is read with dev13's ``deck_lines`` (one line per paragraph of every shape in XML
order, groups opened, table cells row by row, then the notes). What is this case's own:

- the roster, read from ``org/people/organisation.pdf``, an organisation chart of boxes exported
  as text: pypdf's lines of its one page; a line in capitals is a lane (a directorate); the
  first line after a lane or after a box's last line is a post's title, the lines after it its
  remit, and the box ends with "Invoice Once role: core | extended | consult only";
- org sentences: dev15's reader plus that PDF (its lines joined with spaces, then split after
  full stops by ``_checks``);
- checks of the roster's form: a PDF 1.4 of one A3 landscape page from an org-charting tool,
  four or more lanes, 18 to 22 posts, the three roles, two consult-only posts that are the gold's,
  three near-namesake pairs whose members own different work in ``remit_owners``, and two or
  more remits kept outside the chart ("see the Programme Board terms of reference, section 5")
  for posts the gold makes owners, each found in section 5 of the terms of reference (DOCX);
- checks of the deck's form, as PowerPoint for Mac saves it: ``docProps/app.xml`` with
  Application "Microsoft Macintosh PowerPoint", an AppVersion, "On-screen Show (4:3)", the slide
  count and every slide title in ``TitlesOfParts``; ``[Content_Types].xml`` first and the other
  ZIP entries sorted; 9144000 x 6858000 EMU (4:3); 14 to 22 slides, every one with its title in
  a title placeholder; the KPI tiles (groups of a big number and a label box whose second line
  holds the baseline and the by-when; exactly one tile without a number and a by-when, the one
  vague KPI); the roadmap as a native table (rows = workstreams, columns = the legal phases on
  the fiscal-year clock, a "Later" column with the 2030 evaluation outside the horizon; the
  stage row's cells giving the gold's months; a gate in every column); the clock's traps
  (stages named without dates on the roadmap and dated on another slide, Gate 2 dated only in
  its criteria, dates relative to M-day, the title's 2027-2029 closing on 31 December 2029);
  the pilot named once with its association and later as the pilot group or the Association;
  a "not in scope" list;
- gap_blocks (each gap key inside an org sentence that states a gold gap, each task on a deck
  line, no task both blocked and not blocked); gaps spread over org files of three or more
  kinds; deck labels of 3 to 8 words; deck actions on three or more headline-titled slides; a
  first-100-days lead in brackets whose title is not the roster's; forbidden terms in no raw
  byte of the deck's slides or of any org text file.

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

from docx import Document
from pypdf import PdfReader

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import evals.dev15._checks as _checks  # noqa: E402
from evals.dev13.check_gold import FIELDS, deck_lines, normalize  # noqa: E402
from evals.dev15._checks import Case, run  # noqa: E402

HERE = Path(__file__).resolve().parent
NAME = "tax-einvoicing"
CHART = Path("people") / "organisation.pdf"
TERMS = Path("governance") / "programme-board-terms-of-reference.docx"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
P = "http://schemas.openxmlformats.org/presentationml/2006/main"
NS = {"a": A, "p": P}
ROLE = re.compile(r"^Invoice Once role: (core|extended|consult only)$")
MONTHS = "january february march april may june july august september october november december"
MONTH = re.compile(r"\b(" + "|".join(MONTHS.split()) + r")\b")
NEAR_NAMESAKES = [
    ("Head of Digital Platforms", "Head of Digital Services"),
    ("Head of Compliance Analytics", "Head of Analytics and Statistics"),
    ("Deputy Director General, Taxpayer Services", "Deputy Director General, Compliance"),
]
OUTSIDE = "see the Programme Board terms of reference, section 5"

# gap_blocks is a field of the deck-grounded gold that dev13's list predates
_checks.FIELDS = FIELDS | {"gap_blocks"}  # type: ignore[attr-defined]


# =========================================================================== the org folder


def _chart_lines(org: Path) -> list[str]:
    page = PdfReader(str(org / CHART)).pages[0]
    return [x.strip() for x in (page.extract_text() or "").splitlines() if x.strip()]


def roster_rows(org: Path) -> list[tuple[str, str, str, str]]:
    """(lane, title, remit, role) of every box of the organisation chart."""
    rows: list[tuple[str, str, str, str]] = []
    lane = ""
    box: list[str] = []
    for line in _chart_lines(org):
        if line.isupper():
            lane, box = line, []
            continue
        if not lane:
            continue  # the chart's heading
        m = ROLE.match(line)
        if m:
            if box:
                rows.append((lane, box[0], " ".join(box[1:]), m.group(1)))
            box = []
        else:
            box.append(line)
    return rows


def roster(org: Path) -> list[tuple[str, str]]:
    return [(title, role) for _, title, _, role in roster_rows(org)]


def pdf_parts(path: Path) -> list[str]:
    text = " ".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    return [" ".join(text.split())]


def sentences(org: Path) -> list[str]:
    return _checks.org_sentences(org, {".pdf": pdf_parts})


def _owned(gold: dict[str, Any]) -> dict[str, set[int]]:
    owners_of: dict[str, set[int]] = {}
    for k, entry in enumerate(gold["remit_owners"]):
        for o in entry["owners"]:
            owners_of.setdefault(o, set()).add(k)
    return owners_of


def roster_form(org: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    raw = (org / CHART).read_bytes()
    reader = PdfReader(str(org / CHART))
    meta = reader.metadata
    producer = str(meta.get("/Producer", "")) if meta is not None else ""
    if not raw.startswith(b"%PDF-1.4") or "OrgPlan" not in producer:
        errors.append("org chart: not a PDF 1.4 exported by the org-charting tool")
    if len(reader.pages) != 1:
        errors.append(f"org chart: {len(reader.pages)} pages (one)")
    else:
        box = reader.pages[0].mediabox
        if not (float(box.width) > 1180 and 835 < float(box.height) < 845):
            errors.append("org chart: the page is not A3 landscape")
    rows = roster_rows(org)
    lanes = {lane for lane, *_ in rows}
    if len(lanes) < 4:
        errors.append(f"org chart: {len(lanes)} lanes (4 or more)")
    if not 18 <= len(rows) <= 22:
        errors.append(f"org chart: {len(rows)} posts (18 to 22)")
    titles = [t for _, t, _, _ in rows]
    if len(set(titles)) != len(titles):
        errors.append("org chart: a title appears twice")
    if {r for *_, r in rows} != {"core", "extended", "consult only"}:
        errors.append("org chart: roles other than core, extended and consult only")
    consult = [t for _, t, _, r in rows if r == "consult only"]
    if sorted(consult) != sorted(gold["consult_only_roles"]) or len(consult) != 2:
        errors.append(f"org chart: consult-only posts {consult}")
    owners_of = _owned(gold)
    for a, b in NEAR_NAMESAKES:
        if a not in titles or b not in titles:
            errors.append(f"org chart: near-namesakes missing: {a!r} / {b!r}")
        elif not (owners_of.get(a, set()) ^ owners_of.get(b, set())):
            errors.append(f"near-namesakes own the same work: {a!r} / {b!r}")
    outside = [t for _, t, r, _ in rows if OUTSIDE in r]
    if len(outside) < 2 or any(t not in owners_of for t in outside):
        errors.append(f"org chart: remits kept in the terms of reference {outside}")
    doc = Document(str(org / TERMS))
    paras = [p.text for p in doc.paragraphs]
    if not paras or "terms of reference" not in paras[0]:
        errors.append("terms of reference: no title")
    try:
        sec5 = paras[paras.index("5. Programme roles") + 1 :]
    except ValueError:
        sec5 = []
        errors.append("terms of reference: no section 5")
    for t in outside:
        if not any(p.startswith(t + ":") for p in sec5):
            errors.append(f"terms of reference: no remit in section 5 for {t!r}")
    return errors


def _file_sentences(path: Path) -> list[str]:
    """The org sentences of one file, read as ``sentences`` reads the folder."""
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copy(path, Path(tmp) / path.name)
        return sentences(Path(tmp))


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
            if any(alt in s for alt in gap for s in _file_sentences(path)):
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


# =========================================================================== the deck's form


def _text(el: ET.Element) -> str:
    return normalize("".join(t.text or "" for t in el.iter(f"{{{A}}}t")))


def _paras(el: ET.Element) -> list[str]:
    return [_text(p) for p in el.iter(f"{{{A}}}p")]


def _slide_titles(roots: dict[int, ET.Element]) -> dict[int, str]:
    titles: dict[int, str] = {}
    for k, root in roots.items():
        for sp in root.iter(f"{{{P}}}sp"):
            ph = sp.find("p:nvSpPr/p:nvPr/p:ph", NS)
            if ph is not None and ph.get("type") in {"title", "ctrTitle"}:
                titles[k] = _text(sp)
    return titles


def deck_form(case: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    deck = case / gold["deck"]
    z = zipfile.ZipFile(deck)
    names = z.namelist()
    if names[0] != "[Content_Types].xml" or names[1:] != sorted(names[1:]):
        errors.append("ZIP entries: [Content_Types].xml not first or the rest not sorted")
    app = z.read("docProps/app.xml").decode("utf-8")
    if "<Application>Microsoft Macintosh PowerPoint</Application>" not in app:
        errors.append("app.xml does not name Microsoft Macintosh PowerPoint")
    if not re.search(r"<AppVersion>\d+\.\d{4}</AppVersion>", app):
        errors.append("app.xml has no AppVersion")
    if "<PresentationFormat>On-screen Show (4:3)</PresentationFormat>" not in app:
        errors.append("app.xml's presentation format is not On-screen Show (4:3)")
    pres = ET.fromstring(z.read("ppt/presentation.xml"))
    size = pres.find("p:sldSz", NS)
    if size is None or (size.get("cx"), size.get("cy")) != ("9144000", "6858000"):
        errors.append("slide size is not 4:3 (9144000 x 6858000)")
    slides = sorted(
        (n for n in names if re.fullmatch(r"ppt/slides/slide\d+\.xml", n)),
        key=lambda n: int(re.findall(r"\d+", n)[0]),
    )
    if not 14 <= len(slides) <= 22:
        errors.append(f"{len(slides)} slides (14 to 22)")
    if f"<Slides>{len(slides)}</Slides>" not in app:
        errors.append("app.xml's slide count differs")
    roots = {k: ET.fromstring(z.read(n)) for k, n in enumerate(slides, start=1)}
    titles = _slide_titles(roots)
    for k in roots:
        if not titles.get(k):
            errors.append(f"slide {k}: no title in a title placeholder")
    parts = [normalize(x) for x in re.findall(r"<vt:lpstr>([^<]*)</vt:lpstr>", app)]
    if parts[-len(slides) :] != [titles.get(k, "") for k in roots]:
        errors.append("app.xml's TitlesOfParts do not end with the slide titles")
    pages = deck_lines(deck)
    errors += _tiles(gold, roots)
    errors += _roadmap(gold, roots, titles)
    errors += _clock(gold, pages, titles)
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
        at = [tl for tl in tiles if tl[1] == v["match"]]
        if len(at) != 1:
            errors.append(f"KPI {v['match']!r} is not one tile's label")
            continue
        big, _, base = at[0]
        if not base.startswith("baseline"):
            errors.append(f"KPI {v['match']!r}: no baseline on the tile")
        dated = "\u00b7 by " in base
        if not re.search(r"\d", big) and not dated:
            no_target.append(v["match"])
        elif not dated:
            errors.append(f"KPI {v['match']!r}: no by-when")
    vague = [v["match"] for v in kpi_visions if v["vague"]]
    if len(no_target) != 1 or no_target != vague:
        errors.append(f"tiles without a number and a by-when {no_target}; vague KPIs {vague}")
    return errors


def _column_months(head: str) -> tuple[int, int] | None:
    """Months (from January 2027 = 0) a roadmap column covers, from its header's clock."""
    half = re.search(r"\bh([12]) fy(\d{4})\b", head)
    if half:
        start = (int(half.group(2)) - 2027) * 12 + (int(half.group(1)) - 1) * 6
        return start, start + 6
    year = re.search(r"\bfy(\d{4})\b", head)
    if year:
        start = (int(year.group(1)) - 2027) * 12
        return start, start + 12
    return None


def _roadmap(
    gold: dict[str, Any], roots: dict[int, ET.Element], titles: dict[int, str]
) -> list[str]:
    errors: list[str] = []
    found = []
    for k, root in roots.items():
        for tbl in root.iter(f"{{{A}}}tbl"):
            rows = tbl.findall("a:tr", NS)
            if rows and _text(rows[0].findall("a:tc", NS)[0]) == "workstream":
                found.append((k, rows))
    if len(found) != 1:
        return [f"roadmap tables on slides {[f[0] for f in found]}"]
    k, rows = found[0]
    if "roadmap" in titles.get(k, ""):
        errors.append("the roadmap slide is titled 'roadmap'")
    head = [_text(tc) for tc in rows[0].findall("a:tc", NS)]
    legal = ["fy2027", "m-6 to m-day", "mandate phase 1", "mandate phase 2"]
    if len(head) != 6 or not all(m in h for m, h in zip(legal, head[1:5], strict=True)):
        errors.append(f"roadmap header {head}")
        return errors
    if not head[5].startswith("later") or "2030" not in head[5]:
        errors.append(f"roadmap: last column {head[5]!r} is not a Later column with 2030")
    spans = [_column_months(h) for h in head[1:5]]
    if None in spans or _column_months(head[5]) is not None:
        errors.append(f"roadmap: columns' months {spans}")
        return errors
    ends = [s[1] for s in spans if s is not None]
    if ends[-1] != gold["horizon_months"]:
        errors.append(f"roadmap ends at month {ends[-1]}, horizon {gold['horizon_months']}")
    labels = {_text(r.findall("a:tc", NS)[0]): r for r in rows}
    stage = [_text(tc) for tc in labels["stage"].findall("a:tc", NS)][1:5]
    got = [(t, s[0], s[1]) for t, s in zip(stage, spans, strict=True) if s is not None]
    want = [(ph["start_month"], ph["end_month"]) for ph in gold["phases"]]
    if [g[1:] for g in got] != want or not all(
        any(m in g[0] for m in ph["match"]) for g, ph in zip(got, gold["phases"], strict=True)
    ):
        errors.append(f"roadmap stages {got}, gold {want}")
    if any(MONTH.search(t) for t in stage):
        errors.append("a stage on the roadmap carries a month")
    gates = [_text(tc) for tc in labels["gates"].findall("a:tc", NS)][1:5]
    if not all(g.startswith("gate ") for g in gates):
        errors.append(f"roadmap gates {gates}")
    merged = [tc for r in rows for tc in r.findall("a:tc", NS) if tc.get("gridSpan")]
    if not merged:
        errors.append("roadmap: no merged cell")
    return errors


def _clock(gold: dict[str, Any], pages: dict[int, list[str]], titles: dict[int, str]) -> list[str]:
    errors: list[str] = []
    allx = [(n, x) for n, lines in pages.items() for x in lines]
    for i in range(1, len(gold["phases"]) + 1):
        dated = [(n, x) for n, x in allx if x.startswith(f"stage {i} \u00b7 ") and MONTH.search(x)]
        if len(dated) != 1:
            errors.append(f"stage {i} not dated on one slide: {dated}")
    gate2 = [(n, x) for n, x in allx if x.startswith("gate 2 \u00b7 ")]
    if not gate2 or any(MONTH.search(x) or re.search(r"\d{4}", x) for _, x in gate2):
        errors.append(f"gate 2's lines carry a date: {gate2}")
    elif not any(
        x.startswith("criteria") and "by 31 may 2028" in x for n, _ in gate2 for x in pages[n]
    ):
        errors.append("gate 2's date is not in its acceptance criteria")
    for rel in ("m-9", "m-6", "m-3", "m+1", "m+3", "m+6", "m-day"):
        if not any(re.search(rf"(?<![\w-]){re.escape(rel)}\b", x) for _, x in allx):
            errors.append(f"no date relative to M-day: {rel}")
    if "2027-2029" not in titles.get(1, ""):
        errors.append("the title slide's title has no 2027-2029")
    if not any("36-month plan" in x and "31 december 2029" in x for _, x in allx):
        errors.append("the closing date of the 36-month plan is not stated")
    if not any("end of fy2029" in t for t in titles.values()):
        errors.append("no slide title closes the plan at the end of FY2029")
    if not any("post-mandate evaluation (2030)" in x for _, x in allx):
        errors.append("no post-mandate evaluation (2030) outside the horizon")
    if sum(x == "not in scope" for _, x in allx) != 1:
        errors.append("no 'not in scope' list")
    return errors


def _pilot(gold: dict[str, Any], pages: dict[int, list[str]]) -> list[str]:
    errors: list[str] = []
    pilot = gold["pilot"]
    named = [n for n, lines in pages.items() for x in lines if "food and grocery suppliers" in x]
    if named != [pilot["slide"]]:
        errors.append(f"the association named on slides {named}")
    for n in pilot["also_slides"]:
        if not any("the pilot group" in x or "the association" in x for x in pages[n]):
            errors.append(f"pilot not referred to on also-slide {n}")
    if any("pilot" in x for x in pages[pilot["slide"]][:3]):
        errors.append("the pilot slide's title or kicker says 'pilot'")
    return errors


# =========================================================================== gold extras


def gold_extra(case: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    pages = deck_lines(case / gold["deck"])
    lines = [x for ls in pages.values() for x in ls]
    sents = sentences(case / "org")
    gap_sents = {s for gap in gold["gaps"] for alt in gap for s in sents if alt in s}
    for entry in gold["gap_blocks"]:
        if set(entry) != {"gap", "blocks", "not_blocks"}:
            errors.append(f"gap_blocks: keys {sorted(entry)}")
            continue
        for key in entry["gap"]:
            if not any(key in s for s in gap_sents):
                errors.append(f"gap_blocks key in no gap sentence: {key!r}")
        seen: list[str] = []
        for field in ("blocks", "not_blocks"):
            if not entry[field]:
                errors.append(f"gap_blocks {entry['gap'][0]!r}: no {field}")
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
    if len(gold["remit_owners"]) < 15:
        errors.append(f"{len(gold['remit_owners'])} remit owners (15 or more)")
    z = zipfile.ZipFile(case / gold["deck"])
    slide_names = [n for n in z.namelist() if re.fullmatch(r"ppt/slides/slide\d+\.xml", n)]
    roots = {int(re.findall(r"\d+", n)[0]): ET.fromstring(z.read(n)) for n in slide_names}
    titles = _slide_titles(roots)
    plain = ("roadmap", "action", "pillar", "first 100 days", "governance", "stages")
    headline = {n for n, t in titles.items() if not any(w in t for w in plain)}
    on_headline = [d for d in gold["deck_actions"] if d["slide"] in headline]
    if len(on_headline) < 3:
        errors.append(f"{len(on_headline)} deck actions on headline-titled slides (3 or more)")
    roster_titles = {r for r, _ in roster(case / "org")}
    bracketed = [
        m.group(1)
        for x in lines
        for m in re.finditer(r"\(([^()]+)\)$", x)
        if m.group(1).startswith(("head of", "director", "programme"))
    ]
    renamed = [b for b in bracketed if b not in {r.lower() for r in roster_titles}]
    if len(bracketed) < 4 or not renamed:
        errors.append(f"leads in brackets {bracketed}; none renamed")
    raw = b"".join(z.read(n) for n in slide_names).lower()
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
    builder="build_tax_einvoicing.py",
    roster=roster,
    org_sentences=sentences,
    extra=extra,
    folder=HERE,
    split="blind16",
)


def show_org() -> None:
    org = HERE / NAME / "org"
    for lane, title, remit, role in roster_rows(org):
        print(f"  {lane} | {title} | {role} | {remit}")
    for s in sentences(org):
        print(f"  | {s}")


if __name__ == "__main__":
    if "--org" in sys.argv and "--dump" not in sys.argv:
        show_org()
        sys.exit(0)
    sys.exit(run(CASE))
