"""Consistency checks of the blind15 case ``mine-electrification`` against its deck and org folder.

Run from the repository root with the project's venv (python-pptx and lxml are all the builder
and this checker need):

    .venv/bin/python evals/blind15/check_mine_electrification.py
    .venv/bin/python evals/blind15/check_mine_electrification.py --dump   (deck lines by slide)
    .venv/bin/python evals/blind15/check_mine_electrification.py --org    (roster rows, sentences)

(``--dump --org`` prints the deck lines, then the org sentences.) It exits non-zero on any
failure.

The checks are those of ``evals/dev15/_checks.py`` (adapted from ``evals/dev13/check_gold.py``),
imported, not copied, and pointed at this folder (``evals/blind15``, split "blind15") with
``build_mine_electrification.py`` as the builder (the rebuild writes the deck and every org file
into a temporary folder and compares bytes), "core" the core tier and "consult" the consult
tier. Deck lines are dev13's (python-pptx: one line per paragraph of every shape, group shapes
and table cells included, then the speaker notes). The gold's fields are dev13's and
``gap_blocks`` (``evals/cases/README.md``, "Deck-grounded gold"), which dev13's field list
predates: this checker adds that one field to the shared list and checks it itself.

What is this case's own:

- the roster, read with the standard library's ``csv`` module from ``org/people/roster.csv``
  (decoded as UTF-8 with its byte-order mark): every row under the header Position / Site /
  Reports to / Key accountabilities is a role; the export has no tier column, so a row whose
  "Reports to" begins "Not applicable" (an elected or agreement body) is consult tier and every
  other row core;
- org sentences: ``_checks.org_sentences`` with a reader for ``.csv`` (each row's cells joined
  by spaces, as ``_checks`` reads a TSV);
- checks of the roster's form (an HR system's export): a UTF-8 byte-order mark, the file equal
  to its rows written back with every cell quoted and CRLF between records, bare LF line breaks
  inside at least ten cells and nowhere outside a quoted cell, 18 to 22 positions, no position
  twice, the consult rows the gold's consult-only roles, the three site General Managers'
  accountabilities pointing to ``site-leadership.md`` and that file holding a heading for each;
- checks of the deck's form (a PPTX saved by PowerPoint for the web): ``docProps/app.xml`` with
  Application "Microsoft Office PowerPoint", PresentationFormat "Widescreen", AppVersion 16 and
  the slide count; no thumbnail part or relationship, no printer settings, nothing naming
  python-pptx; ZIP entries sorted after ``[Content_Types].xml``, all at one time; 16:9 at
  12192000 x 6858000 EMU; 14 to 22 slides; exactly three slides without a title placeholder,
  each with its title in a text box at the top in 28 pt or more, and every other slide's title
  in a title placeholder; the KPI tiles: one slide with at least six group shapes, each a big
  number (a digit, 32 pt or more) over a label, every label holding a gold KPI vision's match
  and that vision citing the slide; the KPI table (Measure / FY26 baseline / Target / By when),
  every non-vague KPI row dated by a financial year or half-year and the vague one by a dash;
  the roadmap as a native table of workstreams by the eight half-years H1 FY28 to H2 FY31 plus
  "Beyond FY31", its horizon row merged over 3, 3 and 2 half-years: the gold's phases and
  ``horizon_months`` must follow from the merged cells (six months a column, month 0 = H1 FY28)
  and the Beyond column must lie in no horizon; the gate diamonds at the phases' ends; the clock
  stated again on the title slide (FY28-FY31), the roadmap (month 0) and the closing slide (48
  months, 30 June 2031); the pilot named with its place and unit on its slide only (the word
  "pilot" nowhere on it) and by the mine or "the first site" on every also-slide; a "not in this
  plan" list;
- checks of the gold beyond ``_checks``: 6 to 10 gaps stated in at least three org files of
  three kinds; at least two false-gap groups; 5 to 10 forbidden terms; at least two vague
  visions; 15 to 25 deck actions from at least five forms (pillar initiatives, pilot steps,
  acceptance criteria, risk mitigations, first 90 days, Monday list) and at least three on
  slides whose titles are headlines; at least three 90-day lines naming a roster role in
  brackets; 2 to 4 scenario segments on deck lines; ``remit_owners`` covering every KPI and at
  least ten deck actions, and telling apart four pairs of near-namesake posts; at least three
  goal-like lines with a figure among the not-visions; ``gap_blocks`` (each gap key inside an org
  sentence that states a gold gap, each task on a deck line, no task both blocked and not).

It never runs the planner.
"""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import sys
import tempfile
import zipfile
from pathlib import Path
from typing import Any

from lxml import etree
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE, PP_PLACEHOLDER

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import evals.dev15._checks as _checks  # noqa: E402
from evals.dev13.check_gold import FIELDS, deck_lines, normalize  # noqa: E402
from evals.dev15._checks import Case, run  # noqa: E402

HERE = Path(__file__).resolve().parent
NAME = "mine-electrification"
ROSTER = Path("people") / "roster.csv"
HEAD = ["Position", "Site", "Reports to", "Key accountabilities"]
SITE_GMS = [
    "General Manager Yindarra",
    "General Manager Mount Cowan",
    "General Manager Gidgee Creek",
]
HALVES = ["h1 fy28", "h2 fy28", "h1 fy29", "h2 fy29", "h1 fy30", "h2 fy30", "h1 fy31", "h2 fy31"]
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
P = "http://schemas.openxmlformats.org/presentationml/2006/main"
NS = {"a": A, "p": P}
EMU_IN = 914400
NAMESAKES = [
    ("Energy Manager", "Energy and Emissions Reporting Lead"),
    ("Electrical Engineering Manager", "Electrical Maintenance Superintendent"),
    ("Mobile Equipment Fleet Manager", "Light Vehicle Fleet Coordinator"),
    ("General Manager Yindarra", "General Manager Mount Cowan"),
]
# the forms of the deck's own actions, by the slide they sit on
FORMS = {
    5: "pillar initiative",
    6: "pillar initiative",
    7: "pillar initiative",
    8: "pillar initiative",
    9: "pillar initiative",
    11: "pilot step",
    13: "acceptance criterion",
    15: "risk mitigation",
    16: "first 90 days",
    17: "Monday list",
}
PLAIN_TITLES = re.compile(r"\b(roadmap|actions?|pillar|plan|risks?|kpis?|governance)\b")

# gap_blocks is a field of the deck-grounded gold that dev13's list predates
_checks.FIELDS = FIELDS | {"gap_blocks"}  # type: ignore[attr-defined]


# =========================================================================== the roster


def roster_rows(org: Path) -> list[list[str]]:
    text = (org / ROSTER).read_bytes().decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text, newline="")))


def roster(org: Path) -> list[tuple[str, str]]:
    """(position, tier): consult for a row reporting to "Not applicable ...", else core."""
    if not (org / ROSTER).is_file():
        return []
    rows = roster_rows(org)
    if not rows or rows[0] != HEAD:
        return []
    return [
        (r[0].strip(), "consult" if r[2].startswith("Not applicable") else "core")
        for r in rows[1:]
        if r and r[0].strip()
    ]


def _csv_parts(path: Path) -> list[str]:
    text = path.read_bytes().decode("utf-8-sig")
    return [" ".join(row) for row in csv.reader(io.StringIO(text, newline="")) if row]


def sentences(org: Path) -> list[str]:
    return _checks.org_sentences(org, {".csv": _csv_parts})


def roster_form(org: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    raw = (org / ROSTER).read_bytes()
    if not raw.startswith(b"\xef\xbb\xbf"):
        errors.append("roster: no UTF-8 byte-order mark")
    text = raw.decode("utf-8-sig")
    rows = roster_rows(org)
    if rows[0] != HEAD:
        errors.append(f"roster: header {rows[0]}")
    again = io.StringIO(newline="")
    csv.writer(again, quoting=csv.QUOTE_ALL, lineterminator="\r\n").writerows(rows)
    if again.getvalue() != text:
        errors.append("roster: not every cell quoted with CRLF between records")
    if any(len(r) != 4 for r in rows):
        errors.append("roster: a row without four cells")
    multi = sum("\n" in c for r in rows for c in r)
    if multi < 10:
        errors.append(f"roster: only {multi} cells hold a line break")
    if any("\r" in c for r in rows for c in r):
        errors.append("roster: a CR inside a cell")
    found = roster(org)
    if not 18 <= len(found) <= 22:
        errors.append(f"roster: {len(found)} positions (18 to 22)")
    if len({r for r, _ in found}) != len(found):
        errors.append("roster: a position appears twice")
    consult = sorted(r for r, t in found if t == "consult")
    if consult != sorted(gold["consult_only_roles"]):
        errors.append(f"roster: consult rows {consult} are not the gold's consult-only roles")
    leadership = (org / "people" / "site-leadership.md").read_text(encoding="utf-8")
    for gm in SITE_GMS:
        row = next((r for r in rows if r[0] == gm), None)
        if row is None or "site-leadership.md" not in row[3]:
            errors.append(f"roster: {gm} does not point to site-leadership.md")
        if f"\n## {gm}\n" not in leadership:
            errors.append(f"site-leadership.md: no heading for {gm}")
    return errors


# =========================================================================== the deck's form


def _text(shape) -> list[str]:
    if not shape.has_text_frame:
        return []
    return [normalize(p.text) for p in shape.text_frame.paragraphs if p.text.strip()]


def _sizes(shape) -> list[int]:
    return [int(r.get("sz")) for r in shape._element.iter(f"{{{A}}}rPr") if r.get("sz")]


def _package(deck: Path, n_slides: int) -> list[str]:
    errors: list[str] = []
    z = zipfile.ZipFile(deck)
    names = z.namelist()
    if names[0] != "[Content_Types].xml" or names[1:] != sorted(names[1:]):
        errors.append("deck: ZIP entries not sorted after [Content_Types].xml")
    if len({i.date_time for i in z.infolist()}) != 1:
        errors.append("deck: ZIP entries at more than one time")
    if any("thumbnail" in n or "printerSettings" in n for n in names):
        errors.append("deck: a thumbnail or printer settings part")
    if b"thumbnail" in z.read("_rels/.rels"):
        errors.append("deck: a thumbnail relationship")
    app = z.read("docProps/app.xml").decode("utf-8")
    wanted = [
        "<Application>Microsoft Office PowerPoint</Application>",
        "<PresentationFormat>Widescreen</PresentationFormat>",
        "<AppVersion>16.0000</AppVersion>",
        f"<Slides>{n_slides}</Slides>",
    ]
    errors += [f"deck: app.xml lacks {w}" for w in wanted if w not in app]
    if any(b"python-pptx" in z.read(n) for n in names if n.startswith("docProps/")):
        errors.append("deck: document properties name python-pptx")
    pres = etree.fromstring(z.read("ppt/presentation.xml"))
    size = pres.find("p:sldSz", NS)
    if size is None or (size.get("cx"), size.get("cy")) != ("12192000", "6858000"):
        errors.append("deck: slide size is not 16:9 at 12192000 x 6858000")
    return errors


def _tiles(slides: list[Any], gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    tiled = [
        k
        for k, s in enumerate(slides, start=1)
        if sum(sh.shape_type == MSO_SHAPE_TYPE.GROUP for sh in s.shapes) >= 6
    ]
    if len(tiled) != 1:
        return [f"deck: KPI tiles (six or more group shapes) on slides {tiled}"]
    k = tiled[0]
    kpi_visions = [v for v in gold["visions"] if any(kpi in v["match"] for kpi in gold["kpis"])]
    for group in (sh for sh in slides[k - 1].shapes if sh.shape_type == MSO_SHAPE_TYPE.GROUP):
        parts = [sub for sub in group.shapes if _text(sub)]
        if len(parts) != 2:
            errors.append(f"deck: a tile on slide {k} holds {len(parts)} text shapes")
            continue
        number, label = _text(parts[0]), _text(parts[1])
        if len(number) != 1 or not re.search(r"\d", number[0]) or min(_sizes(parts[0])) < 3200:
            errors.append(f"deck: tile {number} is not a big number")
        owners = [v for v in kpi_visions if v["match"] in label[0]]
        if len(owners) != 1:
            errors.append(f"deck: tile label {label[0]!r} holds no single KPI vision")
        elif k not in owners[0].get("also_slides", []) and owners[0]["slide"] != k:
            errors.append(f"deck: KPI {owners[0]['match']!r} does not cite the tiles' slide")
    return errors


def _kpi_table(slides: list[Any], gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    head = ["measure", "fy26 baseline", "target", "by when"]
    found = []
    for k, s in enumerate(slides, start=1):
        for sh in s.shapes:
            if sh.has_table and [normalize(c.text) for c in sh.table.rows[0].cells] == head:
                found.append((k, [[normalize(c.text) for c in r.cells] for r in sh.table.rows]))
    if len(found) != 1:
        return [f"deck: KPI tables on slides {[k for k, _ in found]}"]
    k, rows = found[0]
    for v in gold["visions"]:
        if v["slide"] != k:
            continue
        row = [r for r in rows[1:] if r[0].startswith(v["match"])]
        if len(row) != 1:
            errors.append(f"deck: KPI {v['match']!r} is not one row of the KPI table")
            continue
        target, by = row[0][2], row[0][3]
        if v["vague"]:
            if by != "-" or re.search(r"\d", target):
                errors.append(f"deck: vague KPI {v['match']!r} has target {target!r}, by {by!r}")
        elif not re.fullmatch(r"(h[12] )?fy\d\d", by):
            errors.append(f"deck: KPI {v['match']!r}: by-when {by!r} is no financial period")
    if len([v for v in gold["visions"] if v["slide"] == k]) != len(gold["kpis"]):
        errors.append("deck: the KPI table's visions are not the gold's KPIs")
    return errors


def _roadmap(slides: list[Any], gold: dict[str, Any], pages: dict[int, list[str]]) -> list[str]:
    errors: list[str] = []
    head = ["workstream", *HALVES, "beyond fy31"]
    tables = [
        (k, sh.table)
        for k, s in enumerate(slides, start=1)
        for sh in s.shapes
        if sh.has_table and [normalize(c.text) for c in sh.table.rows[0].cells] == head
    ]
    if len(tables) != 1:
        return [f"deck: roadmap tables on slides {[k for k, _ in tables]}"]
    k, tab = tables[0]
    rows = {normalize(r.cells[0].text): r for r in tab.rows}
    if "horizon" not in rows or "gates" not in rows:
        return ["deck: the roadmap has no Horizon or Gates row"]
    spans: list[tuple[str, int, int]] = []
    col = 1
    tcs = rows["horizon"]._tr.findall("a:tc", NS)
    while col < len(tcs):
        span = int(tcs[col].get("gridSpan", "1"))
        text = normalize("".join(t.text or "" for t in tcs[col].iter(f"{{{A}}}t")))
        spans.append((text, col, col + span - 1))
        col += span
    horizons = [(t, a, b) for t, a, b in spans if t.startswith("horizon ")]
    if [b - a + 1 for _, a, b in horizons] != [3, 3, 2]:
        errors.append(f"deck: roadmap horizons span {[(t, a, b) for t, a, b in horizons]}")
    beyond = len(HALVES) + 1
    if any(a <= beyond <= b for _, a, b in horizons):
        errors.append("deck: the Beyond FY31 column lies inside a horizon")
    months = {t: (6 * (a - 1), 6 * b) for t, a, b in horizons}
    if 6 * max((b for _, _, b in horizons), default=0) != gold["horizon_months"]:
        errors.append("deck: the horizons' half-years do not give horizon_months")
    for ph in gold["phases"]:
        hit = [m for t, m in months.items() if any(x in t for x in ph["match"])]
        if hit != [(ph["start_month"], ph["end_month"])]:
            errors.append(f"deck: phase {ph['match']} is {hit} on the roadmap")
    gates = [
        c for c, cell in enumerate(rows["gates"].cells) if "gate" in normalize(cell.text) and c
    ]
    if [6 * c for c in gates] != [ph["end_month"] for ph in gold["phases"]]:
        errors.append(f"deck: gate columns {gates} are not at the phases' ends")
    clock = [
        (1, "fy28-fy31"),
        (k, "month 0 = 1 july 2027"),
        (len(pages), "the plan runs 48 months, from 1 july 2027 to 30 june 2031"),
    ]
    for n, words in clock:
        if not any(words in x for x in pages.get(n, [])):
            errors.append(f"deck: slide {n} does not state {words!r}")
    return errors


def deck_form(case: Path, gold: dict[str, Any]) -> list[str]:
    deck = case / gold["deck"]
    prs = Presentation(str(deck))
    slides = list(prs.slides)
    pages = deck_lines(deck)
    errors = _package(deck, len(slides))
    if not 14 <= len(slides) <= 22:
        errors.append(f"deck: {len(slides)} slides (14 to 22)")
    boxed = []
    for k, s in enumerate(slides, start=1):
        kinds = [
            sh.placeholder_format.type
            for sh in s.placeholders
            if sh.placeholder_format.type in (PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.CENTER_TITLE)
        ]
        if kinds:
            if not s.shapes.title.text_frame.text.strip():
                errors.append(f"deck: slide {k}: an empty title placeholder")
            continue
        boxed.append(k)
        top = [
            sh
            for sh in s.shapes
            if sh.shape_type == MSO_SHAPE_TYPE.TEXT_BOX
            and sh.top < EMU_IN
            and _sizes(sh)
            and min(_sizes(sh)) >= 2800
        ]
        if len(top) != 1 or _text(top[0])[0] != pages[k][0]:
            errors.append(f"deck: slide {k}: no single title text box at the top")
    if len(boxed) != 3:
        errors.append(f"deck: titles in text boxes on slides {boxed} (three)")
    errors += _tiles(slides, gold)
    errors += _kpi_table(slides, gold)
    errors += _roadmap(slides, gold, pages)

    pilot = gold["pilot"]
    place = pilot["match"][0]
    named = [n for n, lines in pages.items() if any(place in x for x in lines)]
    if named != [pilot["slide"]]:
        errors.append(f"deck: {place!r} on slides {named}, not on the pilot slide alone")
    if not any(place in x and pilot["match"][1] in x for x in pages[pilot["slide"]]):
        errors.append("deck: the pilot slide does not name the unit and the mine on one line")
    if any("pilot" in x for x in pages[pilot["slide"]]):
        errors.append("deck: the pilot slide says 'pilot'")
    for n in pilot["also_slides"]:
        if not any(m in x for m in pilot["match"][1:] for x in pages[n]):
            errors.append(f"deck: also-slide {n} does not name the pilot's mine or first site")
    scope = [n for n, lines in pages.items() if "not in this plan" in lines]
    if len(scope) != 1:
        errors.append(f"deck: a 'not in this plan' list on slides {scope}")
    else:
        lines = pages[scope[0]]
        if len(lines) - lines.index("not in this plan") < 6:
            errors.append("deck: the 'not in this plan' list has fewer than four items")
    return errors


# =========================================================================== the gold's own rules


def _file_sentences(org: Path) -> dict[str, list[str]]:
    """Each org file's sentences, read by the same readers, one file at a time."""
    out: dict[str, list[str]] = {}
    for path in sorted(p for p in org.rglob("*") if p.is_file()):
        with tempfile.TemporaryDirectory() as tmp:
            shutil.copy(path, Path(tmp) / path.name)
            out[str(path.relative_to(org))] = sentences(Path(tmp))
    return out


def gold_form(case: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    org = case / "org"
    pages = deck_lines(case / gold["deck"])
    deck_text = [x for lines in pages.values() for x in lines]

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
    if len(files) < 3 or len({Path(f).suffix for f in files}) < 3:
        errors.append(f"gold: gaps stated in {sorted(files)} (three files of three kinds)")
    if len(gold["false_gaps"]) < 2:
        errors.append("gold: fewer than two false-gap groups")
    if not 5 <= len(gold["forbidden_terms"]) <= 10:
        errors.append(f"gold: {len(gold['forbidden_terms'])} forbidden terms (5 to 10)")
    vague = sum(v["vague"] for v in gold["visions"])
    if vague < 2 or vague * 2 > len(gold["visions"]):
        errors.append(f"gold: {vague} vague visions of {len(gold['visions'])}")

    actions = gold["deck_actions"]
    if not 15 <= len(actions) <= 25:
        errors.append(f"gold: {len(actions)} deck actions (15 to 25)")
    forms = {FORMS.get(a["slide"], "other") for a in actions}
    if len(forms - {"other"}) < 5:
        errors.append(f"gold: deck actions in the forms {sorted(forms)} (five or more)")
    headlines = [a for a in actions if not PLAIN_TITLES.search(pages[a["slide"]][0])]
    if len(headlines) < 3:
        errors.append("gold: fewer than three deck actions on slides with headline titles")
    roles = {r.lower() for r, _ in roster(org)}
    first_days = [n for n, lines in pages.items() if "first 90 days" in lines[0]]
    bracketed = [
        x
        for n in first_days
        for x in pages[n]
        if (m := re.search(r"\(([^()]+)\)$", x)) is not None and m.group(1) in roles
    ]
    if len(bracketed) < 3:
        errors.append("gold: fewer than three 90-day lines name a roster role in brackets")
    if not 2 <= len(gold["scenario_segments"]) <= 4:
        errors.append(f"gold: {len(gold['scenario_segments'])} scenario segments (2 to 4)")
    for seg in gold["scenario_segments"]:
        for alt in seg:
            if not any(alt in x for x in deck_text):
                errors.append(f"gold: scenario term {alt!r} not in the deck")

    # goal-like lines that are not goals: a figure, on no vision's line
    vision_lines = {
        x
        for v in gold["visions"]
        for n in [v["slide"], *v.get("also_slides", [])]
        for x in pages.get(n, [])
        if v["match"] in x or any(a in x for a in v.get("alternatives", []))
    }
    lookalikes = [
        t
        for t in gold["not_visions"]
        if re.search(r"\d", t) and not any(t in x for x in vision_lines)
    ]
    if len(lookalikes) < 3:
        errors.append(f"gold: only {len(lookalikes)} goal-like not-visions with a figure")

    # owners by remit
    keys = [k for e in gold["remit_owners"] for k in e["task"]]
    for kpi in gold["kpis"]:
        if not any(k in kpi for k in keys):
            errors.append(f"gold: KPI {kpi!r} is covered by no remit_owners entry")
    covered = [a for a in actions if any(k in m for m in a["match"] for k in keys)]
    if len(covered) < 10:
        errors.append(f"gold: remit_owners cover {len(covered)} deck actions (at least 10)")
    names = {r for r, _ in roster(org)}
    for a, b in NAMESAKES:
        if a not in names or b not in names:
            errors.append(f"gold: near-namesakes {a!r} / {b!r} not both on the roster")
        told = any(
            (a in e["owners"]) != (b in e["owners"])
            for e in gold["remit_owners"]
            if a in e["owners"] or b in e["owners"]
        )
        if not told:
            errors.append(f"gold: remit_owners never tell {a!r} from {b!r}")

    # gap_blocks
    org_all = sentences(org)
    stated = {s for s in org_all for gap in gold["gaps"] for alt in gap if alt in s}
    if not gold.get("gap_blocks"):
        errors.append("gold: no gap_blocks")
    for entry in gold.get("gap_blocks", []):
        if set(entry) != {"gap", "blocks", "not_blocks"}:
            errors.append(f"gap_blocks: keys {sorted(entry)}")
            continue
        for alt in entry["gap"]:
            if not any(alt in s for s in stated):
                errors.append(f"gap_blocks: {alt!r} is in no sentence stating a gold gap")
        if not entry["blocks"] or not entry["not_blocks"]:
            errors.append(f"gap_blocks: {entry['gap'][0]!r} without blocks and not_blocks")
        for key in ("blocks", "not_blocks"):
            for item in entry[key]:
                for alt in item:
                    if not any(alt in x for x in deck_text):
                        errors.append(f"gap_blocks {key}: {alt!r} not in the deck")
        blocked = {a for item in entry["blocks"] for a in item}
        if any(a in blocked for item in entry["not_blocks"] for a in item):
            errors.append(f"gap_blocks: {entry['gap'][0]!r} blocks and not-blocks one task")
    return errors


def extra(case: Path) -> list[str]:
    gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
    return roster_form(case / "org", gold) + deck_form(case, gold) + gold_form(case, gold)


CASE = Case(
    name=NAME,
    builder="build_mine_electrification.py",
    roster=roster,
    org_sentences=sentences,
    core=frozenset({"core"}),
    consult=frozenset({"consult"}),
    extra=extra,
    folder=HERE,
    split="blind15",
)


def dump_org() -> None:
    """The roster's rows, cell by cell, then the org sentences the gold was read from."""
    org = HERE / NAME / "org"
    print(f"--- roster rows ({ROSTER}):")
    for row in roster_rows(org):
        print("  " + " | ".join(c.replace("\n", " / ") for c in row))
    print("--- org sentences:")
    for s in sentences(org):
        print(f"  | {s}")


if __name__ == "__main__":
    if "--org" in sys.argv and "--dump" not in sys.argv:
        dump_org()
        sys.exit(0)
    sys.exit(run(CASE))
