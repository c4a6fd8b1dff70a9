"""Consistency checks of the dev26 case ``grain-coop`` against its deck and org folder.

Run from the repository root with the project's venv (python-pptx, pypdf, python-docx, lxml);
the rebuild check runs the builder with the interpreter that runs this file:

    .venv/bin/python evals/dev26/check_grain_coop.py
    .venv/bin/python evals/dev26/check_grain_coop.py --dump   (deck lines by slide, roster)
    .venv/bin/python evals/dev26/check_grain_coop.py --org    (roster rows, org sentences)

The checks are those of ``evals/dev15/_checks.py`` (adapted from ``evals/dev13/check_gold.py``),
imported, not copied, and pointed at this folder (``evals/dev26``, split "dev26") with
``build_grain_coop.py`` as the builder, "core" the core tier and "consult" the consult tier.
Deck lines are dev13's (python-pptx: every shape's paragraphs, a table one line per cell
paragraph, row by row). The gold's fields are dev13's and ``gap_blocks`` (``evals/cases/
README.md``, "Deck-grounded gold"), which dev13's field list predates: this checker adds that
one field to the shared list and checks it itself.

What is this case's own:

- the roster, read from ``org/people/staff.ods`` (a LibreOffice Calc spreadsheet): the rows of
  its one sheet from ``content.xml`` with lxml (``table:number-columns-repeated`` and
  ``table:number-rows-repeated`` expanded for empty cells, a cell's ``text:p`` paragraphs
  joined by a space, ``text:s`` as spaces); every row under the header Role / Location /
  Reports to / Duties is a role; there is no tier column, so a row whose "Reports to" is "Not
  in line management (consulted only)" is consult tier and every other row core;
- org sentences: ``_checks.org_sentences`` with a reader for ``.ods`` (each non-empty row's
  cells joined by spaces, as ``_checks`` reads a TSV);
- checks of the roster's form: ``mimetype`` the first entry, stored, naming an ODF
  spreadsheet; a manifest; one sheet "Staff" with a title row above the header; 18 to 22 roles
  of four cells, none twice; at least one Duties cell of two paragraphs; at least two owners'
  Duties pointing to another document ("See ..."), one of them to a file in ``org/``; the two
  consulted-only rows are the gold's consult-only roles;
- checks of the deck's form, as PowerPoint 2016 saves a 16:9 deck: ``docProps/app.xml`` naming
  "Microsoft Office PowerPoint" 16.0000 and "Widescreen"; ``p:sldSz`` 12192000 x 6858000 with
  no ``type``; 14 to 22 slides; a ``p14:sectionLst`` holding every slide once, in order, with
  five sections named "Pillar N - ..." of one slide each whose title names that pillar; exactly
  two slides whose title placeholder holds no text and is filled with a picture (``a:blipFill``
  to an image part), the real title in a text box of 28 pt or more; one "Not in this plan"
  slide, and no scenario keyword on it;
- the clock: the roadmap is a native table whose header holds the eight seasons of crop years
  2028-29 and 2029-30 and a "Later" column; each gold phase is read off the merged cells of its
  "Phase" row (column spans to months, month 0 = August 2028, Harvest = August to October,
  Winter = November to March, Spring = April and May, Pre-harvest = June and July); the
  "Later" column is outside the horizon; the gates row puts each gate at a phase end; Gate 2's
  heading has no date and its date (31 October 2029 = month 15) is only in its criteria; the
  horizon agrees with the title's "2028-2030", the roadmap's last season and the closing "31
  July 2030";
- the KPI table: every KPI vision a row of Measure / 2027-28 baseline / Target / By when, the
  by-when a season or crop year except for vague KPIs;
- the pilot: named with its unit ("east annex") on its own slide only and by the place or as
  "the first elevator" on its also-slides; the word "pilot" is in no slide;
- checks of the gold beyond ``_checks``: 15 to 25 deck actions in at least five forms (pillar
  initiatives, pilot steps, gate criteria, risk mitigations, first 90 days, the Monday list,
  asks), at least three on slides with headline titles; 6 to 10 gaps stated in at least three
  org files of three kinds; at least two false-gap groups; 5 to 10 forbidden terms; at least
  two vague visions; 2 to 4 scenario segments on deck lines; four pairs of near-namesake roles
  that ``remit_owners`` tells apart; ``gap_blocks`` (each gap key inside an org sentence that
  states a gold gap, each task on a deck line, no task both blocked and not blocked).

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
from pptx import Presentation

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import evals.dev15._checks as _checks  # noqa: E402
from evals.dev13.check_gold import FIELDS, deck_lines, normalize  # noqa: E402
from evals.dev15._checks import Case, gap_block_errors, run, sentences_by_file  # noqa: E402

HERE = Path(__file__).resolve().parent
NAME = "grain-coop"
ROSTER = Path("people") / "staff.ods"
HEAD = ["Role", "Location", "Reports to", "Duties"]
CONSULTED = "Not in line management (consulted only)"
T = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
TX = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
P = "http://schemas.openxmlformats.org/presentationml/2006/main"
P14 = "http://schemas.microsoft.com/office/powerpoint/2010/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS = {"a": A, "p": P, "p14": P14}

# the seasons of the roadmap and their months from August 2028 (start, end)
SEASON_MONTHS = {
    "harvest 2028": (0, 3),
    "winter 2028-29": (3, 8),
    "spring 2029": (8, 10),
    "pre-harvest 2029": (10, 12),
    "harvest 2029": (12, 15),
    "winter 2029-30": (15, 20),
    "spring 2030": (20, 22),
    "pre-harvest 2030": (22, 24),
}
BY_WHEN = re.compile(
    r"^((harvest|spring|pre-harvest) 20\d\d|winter 20\d\d-\d\d|crop year 20\d\d-\d\d)$"
)
# deck-action forms by slide, and the slides whose titles are headlines, not "Roadmap"/"Actions"
FORMS = {
    6: "pillar initiative",
    7: "pillar initiative",
    8: "pillar initiative",
    9: "pillar initiative",
    10: "pillar initiative",
    12: "pilot step",
    14: "gate criterion",
    15: "risk mitigation",
    16: "first 90 days",
    17: "what changes on Monday",
    19: "ask of the board",
}
HEADLINE_SLIDES = {12, 15, 16, 17}
NAMESAKES = [
    ("Rail Logistics Manager", "Rail Operations Supervisor"),
    ("Grower Services Manager", "Member Relations Manager"),
    ("Grain Quality Manager", "Grain Accounting Manager"),
    ("North District Area Manager", "South District Area Manager"),
]

# gap_blocks is a field of the deck-grounded gold that dev13's list predates
_checks.FIELDS = FIELDS | {"gap_blocks"}  # type: ignore[attr-defined]


# =========================================================================== the roster (ODS)


def _cell_text(cell: Any) -> str:
    parts = []
    for p in cell.iter(f"{{{TX}}}p"):
        bits = []
        for node in p.iter():
            if node is not p and node.tag == f"{{{TX}}}s":
                bits.append(" " * int(node.get(f"{{{TX}}}c", "1")))
            if node.text and node.tag != f"{{{TX}}}s":
                bits.append(node.text)
            if node is not p and node.tail:
                bits.append(node.tail)
        parts.append("".join(bits))
    return " ".join(parts)


def ods_rows(path: Path) -> list[list[str]]:
    """The rows of the spreadsheet's first sheet, trailing empty cells and rows dropped."""
    with zipfile.ZipFile(path) as z:
        root = etree.fromstring(z.read("content.xml"))
    sheet = root.find(f".//{{{T}}}table")
    rows: list[list[str]] = []
    if sheet is None:
        return rows
    for row in sheet.iter(f"{{{T}}}table-row"):
        cells: list[str] = []
        for cell in row.findall(f"{{{T}}}table-cell"):
            text = _cell_text(cell)
            repeat = int(cell.get(f"{{{T}}}number-columns-repeated", "1"))
            cells.extend([text] * (repeat if text else min(repeat, 64)))
        while cells and not cells[-1]:
            cells.pop()
        repeat = int(row.get(f"{{{T}}}number-rows-repeated", "1"))
        rows.extend([cells] * (repeat if cells else min(repeat, 1)))
    while rows and not rows[-1]:
        rows.pop()
    return rows


def roster_rows(org: Path) -> list[list[str]]:
    return ods_rows(org / ROSTER)


def roster(org: Path) -> list[tuple[str, str]]:
    """(role, tier) of every row under the header: consult for the consulted-only rows."""
    if not (org / ROSTER).is_file():
        return []
    rows = roster_rows(org)
    at = [i for i, r in enumerate(rows) if r == HEAD]
    if len(at) != 1:
        return []
    out = []
    for r in rows[at[0] + 1 :]:
        if not r or not r[0].strip():
            break
        out.append((r[0].strip(), "consult" if r[2].strip() == CONSULTED else "core"))
    return out


def _ods_parts(path: Path) -> list[str]:
    return [" ".join(c for c in row if c) for row in ods_rows(path) if row]


def sentences(org: Path) -> list[str]:
    return _checks.org_sentences(org, {".ods": _ods_parts})


def roster_form(org: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    path = org / ROSTER
    with zipfile.ZipFile(path) as z:
        infos = z.infolist()
        if infos[0].filename != "mimetype" or infos[0].compress_type != zipfile.ZIP_STORED:
            errors.append("roster: mimetype is not the first entry, stored")
        if z.read("mimetype") != b"application/vnd.oasis.opendocument.spreadsheet":
            errors.append("roster: mimetype is not an ODF spreadsheet")
        if "META-INF/manifest.xml" not in z.namelist():
            errors.append("roster: no manifest")
        content = etree.fromstring(z.read("content.xml"))
    sheets = content.findall(f".//{{{T}}}table")
    if [s.get(f"{{{T}}}name") for s in sheets] != ["Staff"]:
        errors.append("roster: not one sheet named Staff")
    rows = roster_rows(org)
    at = [i for i, r in enumerate(rows) if r == HEAD]
    if len(at) != 1 or at[0] < 1 or not rows[0]:
        errors.append("roster: no title row above one header Role / Location / Reports to / Duties")
        return errors
    found = roster(org)
    if not 18 <= len(found) <= 22:
        errors.append(f"roster: {len(found)} roles (18 to 22)")
    if len({r for r, _ in found}) != len(found):
        errors.append("roster: a role appears twice")
    body = rows[at[0] + 1 : at[0] + 1 + len(found)]
    if any(len(r) != 4 for r in body):
        errors.append("roster: a role row without four cells")
    two = [c for c in sheets[0].iter(f"{{{T}}}table-cell") if len(c.findall(f"{{{TX}}}p")) == 2]
    if not two:
        errors.append("roster: no Duties cell of two paragraphs")
    owners = {o for e in gold["remit_owners"] for o in e["owners"]}
    pointing = [r for r in body if r[3].startswith("See ") or " See " in r[3]]
    if len([r for r in pointing if r[0] in owners]) < 2:
        errors.append("roster: fewer than two owners' duties point to another document")
    files = {p.name for p in org.rglob("*")}
    named = [m[1] for r in pointing if (m := re.search(r"\(([\w.-]+\.md)\)", r[3]))]
    if not any(name in files for name in named):
        errors.append("roster: no duties cell names a file that is in org/")
    consult = sorted(r for r, t in found if t == "consult")
    if consult != sorted(gold["consult_only_roles"]):
        errors.append(f"roster: consulted rows {consult} are not the gold's consult-only roles")
    return errors


# =========================================================================== the deck's form


def _title_of(slide: Any) -> str:
    """The slide's title: the title placeholder's text, else the first text box of 28 pt or
    more (the real title over a picture-filled placeholder)."""
    ph = slide.shapes.title
    if ph is not None and ph.text_frame.text.strip():
        return normalize(ph.text_frame.text)
    for shape in slide.shapes:
        if shape.has_text_frame and any(
            r.font.size is not None and r.font.size.pt >= 28
            for p in shape.text_frame.paragraphs
            for r in p.runs
        ):
            return normalize(shape.text_frame.text)
    return ""


def deck_form(case: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    deck = case / gold["deck"]
    pages = deck_lines(deck)
    with zipfile.ZipFile(deck) as z:
        app = z.read("docProps/app.xml").decode("utf-8")
        pres = etree.fromstring(z.read("ppt/presentation.xml"))
        names = set(z.namelist())
        rels = {n: z.read(n).decode("utf-8") for n in names if n.startswith("ppt/slides/_rels/")}
    for want in (
        "<Application>Microsoft Office PowerPoint</Application>",
        "<AppVersion>16.0000</AppVersion>",
        "<PresentationFormat>Widescreen</PresentationFormat>",
    ):
        if want not in app:
            errors.append(f"deck: app.xml lacks {want}")
    size = pres.find("p:sldSz", NS)
    if size is None or (size.get("cx"), size.get("cy"), size.get("type")) != (
        "12192000",
        "6858000",
        None,
    ):
        errors.append("deck: slide size is not 16:9 at 12192000 x 6858000 without a type")
    prs = Presentation(str(deck))
    slides = list(prs.slides)
    if not 14 <= len(slides) <= 22:
        errors.append(f"deck: {len(slides)} slides (14 to 22)")
    titles = {n: _title_of(s) for n, s in enumerate(slides, start=1)}

    # sections
    ids = [s.get("id") for s in pres.find("p:sldIdLst", NS)]
    sections = pres.findall(".//p14:sectionLst/p14:section", NS)
    listed = [i.get("id") for sec in sections for i in sec.findall("p14:sldIdLst/p14:sldId", NS)]
    if listed != ids:
        errors.append("deck: the sections do not hold every slide once, in order")
    pillars = [sec for sec in sections if re.match(r"Pillar \d - ", sec.get("name", ""))]
    if len(pillars) != 5:
        errors.append(f"deck: {len(pillars)} pillar sections (five)")
    for sec in pillars:
        held = [ids.index(i.get("id")) + 1 for i in sec.findall("p14:sldIdLst/p14:sldId", NS)]
        want = normalize(sec.get("name", "").split(" - ", 1)[1])
        if len(held) != 1 or want not in titles[held[0]]:
            errors.append(f"deck: section {sec.get('name')!r} does not hold its pillar's slide")

    # picture titles
    pictured = []
    for n, slide in enumerate(slides, start=1):
        ph = slide.shapes.title
        if ph is None or ph.text_frame.text.strip():
            continue
        blip = ph._element.find("p:spPr/a:blipFill/a:blip", NS)
        rel = f"ppt/slides/_rels/slide{n}.xml.rels"
        if blip is None or f'Id="{blip.get(f"{{{R}}}embed")}"' not in rels.get(rel, ""):
            errors.append(f"deck: slide {n}: an empty title placeholder without a picture")
            continue
        if not titles[n]:
            errors.append(f"deck: slide {n}: no title text box over the picture")
        pictured.append(n)
    if len(pictured) != 2:
        errors.append(f"deck: picture-filled empty titles on slides {pictured} (two)")

    # not in scope
    scope = [n for n, t in titles.items() if t == "not in this plan"]
    if len(scope) != 1:
        errors.append(f"deck: 'Not in this plan' slides {scope} (one)")
    else:
        for seg in gold["scenario_segments"]:
            for alt in seg:
                if any(alt in x for x in pages[scope[0]]):
                    errors.append(f"deck: scenario keyword {alt!r} on the not-in-scope slide")

    # the pilot
    unit = "east annex"
    on = [n for n, lines in pages.items() if any(unit in x for x in lines)]
    if on != [gold["pilot"]["slide"]]:
        errors.append(f"deck: the pilot's unit {unit!r} on slides {on}, not its own slide only")
    if any(re.search(r"\bpilot", x) for lines in pages.values() for x in lines):
        errors.append("deck: the word 'pilot' is on a slide")
    if len(gold["pilot"]["also_slides"]) < 2:
        errors.append("gold: the pilot has fewer than two also-slides")

    errors += _roadmap(slides, pages, gold)
    errors += _kpi_table(slides, gold)
    return errors


def _tables(slide: Any) -> list[Any]:
    return [s.table for s in slide.shapes if s.has_table]


def _roadmap(slides: list[Any], pages: dict[int, list[str]], gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    found = [
        (n, t)
        for n, s in enumerate(slides, start=1)
        for t in _tables(s)
        if [normalize(c.text) for c in t.rows[0].cells][1:9] == list(SEASON_MONTHS)
    ]
    if len(found) != 1:
        return [f"deck: {len(found)} roadmap tables with the eight seasons (one)"]
    n, tab = found[0]
    head = [normalize(c.text) for c in tab.rows[0].cells]
    if len(head) != 10 or not head[9].startswith("later"):
        errors.append("roadmap: no 'Later' column after the eight seasons")
    if not any("month 0 = august 2028" in x for x in pages[n]):
        errors.append("roadmap: the clock line does not say month 0 = August 2028")
    rows = {normalize(r.cells[0].text): r for r in tab.rows}
    seasons = list(SEASON_MONTHS.values())
    derived = []
    phase_row = rows.get("phase")
    if phase_row is None:
        return errors + ["roadmap: no Phase row"]
    cells = list(phase_row.cells)
    for j in range(1, 9):
        c = cells[j]
        if c.is_spanned or not normalize(c.text):
            continue
        last = j + c.span_width - 1
        if last > 8:
            errors.append("roadmap: a phase runs into the Later column")
        derived.append((normalize(c.text), seasons[j - 1][0], seasons[min(last, 8) - 1][1]))
    if "outside" not in normalize(cells[9].text):
        errors.append("roadmap: the Later column's phase cell does not say it is outside")
    gp = gold["phases"]
    if len(derived) != len(gp):
        errors.append(f"roadmap: {len(derived)} phases in the table, {len(gp)} in the gold")
    for (text, start, end), ph in zip(derived, gp, strict=False):
        if not all(m in text for m in ph["match"]):
            errors.append(f"roadmap: phase cell {text!r} does not hold {ph['match']}")
        if (start, end) != (ph["start_month"], ph["end_month"]):
            errors.append(f"roadmap: {text!r} is months {start}-{end}, gold {ph}")
    if seasons[-1][1] != gold["horizon_months"]:
        errors.append("roadmap: the last season does not end at the horizon")
    gate_row = rows.get("gates")
    ends = [ph["end_month"] for ph in gp]
    if gate_row is None:
        errors.append("roadmap: no Gates row")
    else:
        at = [
            seasons[j - 1][1]
            for j, c in enumerate(gate_row.cells)
            if 1 <= j <= 8 and normalize(c.text).startswith("gate")
        ]
        if at != ends:
            errors.append(f"roadmap: gates at months {at}, phases end at {ends}")
    # Gate 2: no date in its heading, its date in its criteria only
    gate_pages = [k for k, lines in pages.items() if any(x.startswith("gate 2 ") for x in lines)]
    if len(gate_pages) != 1:
        errors.append(f"deck: Gate 2 headings on slides {gate_pages} (one)")
    else:
        lines = pages[gate_pages[0]]
        heading = next(x for x in lines if x.startswith("gate 2 "))
        months = (
            "january|february|march|april|may|june|july|august|september|october|november|december"
        )
        if re.search(rf"({months}|harvest|winter|spring) ?\d*", heading):
            errors.append(f"deck: Gate 2's heading carries a date: {heading!r}")
        if not any("31 october 2029" in x for x in lines if not x.startswith("gate")):
            errors.append("deck: Gate 2's criteria do not carry 31 October 2029")
        if SEASON_MONTHS["harvest 2029"][1] != ends[1]:
            errors.append("deck: 31 October 2029 is not the end of phase 2")
    # the horizon said three ways
    title = normalize(gold["deck_title"])
    if not title.endswith("2028-2030"):
        errors.append("deck: the title does not carry 2028-2030")
    if not any("31 july 2030" in x for x in pages[len(pages)]):
        errors.append("deck: the closing slide does not say 31 July 2030")
    first, last = (2028, 8), (2030, 7)  # month 0 and the month the plan closes in
    if gold["horizon_months"] != (last[0] - first[0]) * 12 + last[1] - first[1] + 1:
        errors.append("gold: August 2028 to 31 July 2030 is not the horizon")
    return errors


def _kpi_table(slides: list[Any], gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    head = ["measure", "2027-28 baseline", "target", "by when"]
    found = [
        (n, t)
        for n, s in enumerate(slides, start=1)
        for t in _tables(s)
        if [normalize(c.text) for c in t.rows[0].cells] == head
    ]
    if len(found) != 1:
        return [f"deck: {len(found)} KPI tables (one)"]
    n, tab = found[0]
    rows = [[normalize(c.text) for c in r.cells] for r in list(tab.rows)[1:]]
    kpi_visions = [v for v in gold["visions"] if any(k in v["match"] for k in gold["kpis"])]
    if len(kpi_visions) != len(rows) or len(gold["kpis"]) != len(rows):
        errors.append(f"deck: {len(rows)} KPI rows, {len(kpi_visions)} KPI visions")
    for v in kpi_visions:
        row = [r for r in rows if r[0] == v["match"]]
        if v["slide"] != n or len(row) != 1:
            errors.append(f"deck: KPI {v['match']!r} is not one row of the KPI table")
            continue
        dated = bool(BY_WHEN.match(row[0][3]))
        if dated == v["vague"]:
            errors.append(f"deck: KPI {v['match']!r}: by-when {row[0][3]!r}, vague {v['vague']}")
    return errors


# =========================================================================== the gold's own rules


def _file_sentences(org: Path) -> dict[str, list[str]]:
    """Each org file's sentences, read by the same readers, one file at a time."""
    return sentences_by_file(org, sentences, keep_folders=False)


def gold_form(case: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    org = case / "org"
    pages = deck_lines(case / gold["deck"])
    deck_text = [x for lines in pages.values() for x in lines]

    actions = gold["deck_actions"]
    if not 15 <= len(actions) <= 25:
        errors.append(f"gold: {len(actions)} deck actions (15 to 25)")
    forms = {FORMS.get(a["slide"], "other") for a in actions}
    if len(forms - {"other"}) < 5:
        errors.append(f"gold: deck actions in {sorted(forms)} (five forms)")
    if sum(a["slide"] in HEADLINE_SLIDES for a in actions) < 3:
        errors.append("gold: fewer than three deck actions on headline-titled slides")
    for n in HEADLINE_SLIDES:
        title = pages[n][0]
        if "roadmap" in title or "action" in title:
            errors.append(f"gold: slide {n}'s title {title!r} is not a headline")

    if not 6 <= len(gold["gaps"]) <= 10:
        errors.append(f"gold: {len(gold['gaps'])} gaps (6 to 10)")
    per_file = _file_sentences(org)
    files = {
        name
        for name, ss in per_file.items()
        for gap in gold["gaps"]
        for alt in gap
        if any(alt in s for s in ss)
    }
    kinds = {Path(f).suffix for f in files}
    if len(files) < 3 or len(kinds) < 3:
        errors.append(f"gold: gaps stated in {sorted(files)} (three files of three kinds)")
    if len(gold["false_gaps"]) < 2:
        errors.append("gold: fewer than two false-gap groups")
    if not 5 <= len(gold["forbidden_terms"]) <= 10:
        errors.append(f"gold: {len(gold['forbidden_terms'])} forbidden terms (5 to 10)")
    if sum(v["vague"] for v in gold["visions"]) < 2:
        errors.append("gold: fewer than two vague visions")
    segs = gold["scenario_segments"]
    if not 2 <= len(segs) <= 4:
        errors.append(f"gold: {len(segs)} scenario segments (2 to 4)")
    for seg in segs:
        for alt in seg:
            if not any(alt in x for x in deck_text):
                errors.append(f"gold: scenario keyword {alt!r} is on no deck line")

    # owners by remit
    roles = {r for r, _ in roster(org)}
    for a, b in NAMESAKES:
        if a not in roles or b not in roles:
            errors.append(f"gold: near-namesakes {a!r} / {b!r} not both on the roster")
        told = any(
            (a in e["owners"]) != (b in e["owners"])
            for e in gold["remit_owners"]
            if a in e["owners"] or b in e["owners"]
        )
        if not told:
            errors.append(f"gold: remit_owners never tell {a!r} from {b!r}")
    keys = [k for e in gold["remit_owners"] for k in e["task"]]
    for kpi in gold["kpis"]:
        if not any(k in kpi for k in keys):
            errors.append(f"gold: KPI {kpi!r} is covered by no remit_owners entry")

    return errors + gap_block_errors(gold, sentences(org), deck_text)


def extra(case: Path) -> list[str]:
    gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
    return roster_form(case / "org", gold) + deck_form(case, gold) + gold_form(case, gold)


CASE = Case(
    name=NAME,
    builder="build_grain_coop.py",
    roster=roster,
    org_sentences=sentences,
    core=frozenset({"core"}),
    consult=frozenset({"consult"}),
    extra=extra,
    folder=HERE,
    split="dev26",
)


def dump_org() -> None:
    """The roster's rows, cell by cell, then the org sentences the gold was read from."""
    org = HERE / NAME / "org"
    print(f"--- roster rows ({ROSTER}):")
    for row in roster_rows(org):
        print("  " + " | ".join(row))
    print(f"--- roster: {roster(org)}")
    print("--- org sentences:")
    for s in sentences(org):
        print(f"  | {s}")


if __name__ == "__main__":
    if "--org" in sys.argv and "--dump" not in sys.argv:
        dump_org()
        sys.exit(0)
    sys.exit(run(CASE))
