"""Consistency checks of the dev25 case ``biosecurity-council`` against its deck and org folder.

Run from the repository root with the venv the builder needs (reportlab is not in the project's
lock; see ``build_biosecurity_council.py``), since the rebuild check runs the builder with the
interpreter that runs this file:

    /tmp/rl/bin/python evals/dev25/check_biosecurity_council.py

``--dump`` prints the deck lines the gold was read from, page by page, and the roster (with
``--org`` also the org sentences); ``--org`` alone prints the roster rows and the org sentences.
Both also run under ``.venv/bin/python``; the checks' rebuild does not.

The checks are those of ``evals/dev15/_checks.py`` (adapted from ``evals/dev13/check_gold.py``),
imported, not copied, and pointed at this folder (``evals/dev25``, split "dev25") with
``build_biosecurity_council.py`` as the builder: the gold's fields, every label on its page or in
an org sentence, the roster, owners on it and core, consult-only roles owning nothing, forbidden
terms in neither deck nor org, and the rebuild byte for byte. The gold also carries
``gap_blocks`` (a field of ``evals/cases/README.md``'s deck-grounded gold that dev13's field
list predates), so the field list the shared checks compare with is that list plus
``gap_blocks``. Deck lines are dev13's: pypdf's text of each PDF page, one line per line,
normalised; gold "slide" is the PDF page. What is this case's own:

- the roster, read with openpyxl from ``org/people/biosecurity-team.xlsx``: the sheet "Team",
  the header row found by its cells (Role / Team / Reports to / Key accountabilities, row 4
  under a title block), every row under it with a Role; a row whose Team is "Advisory bodies
  (consult only)" is consult tier, every other row core;
- org sentences: dev15's reader plus an XLSX reader (every row of every visible sheet, its
  non-empty cells joined by spaces; the hidden "Lists" sheet is no prose) and a CSV reader
  (UTF-8 with its byte-order mark, every row's cells joined by spaces);
- checks of the roster's form: two sheets, "Team" visible and "Lists" hidden, a title in A1,
  the header in row 4 and nowhere above, 18 to 22 roles, none twice, two consult-only rows,
  Team drop-downs fed from the Lists sheet, frozen panes and a filter on the header, long
  prose remits, four or more remits that point to another document (the role profiles, the
  programme board's terms) and each of those posts described there, half or more of the "Reports to"
  cells naming a role on the roster, and at least three pairs of near-namesake posts (sharing a word
  of their title that is no grade word) that the gold's ``remit_owners`` tell apart;
- checks of the deck's form, as PowerPoint for Microsoft 365 saves a 16:9 deck as PDF: 14 to
  22 pages of 960 x 540 pt, Creator and Producer "Microsoft® PowerPoint® for Microsoft 365",
  a PDF 1.7 header, no ReportLab mark left in the file, ``/Lang (en-NZ)``, every font an
  embedded subset named Aptos, Aptos-Bold, Aptos-Display or ArialMT; a table of contents on
  page 2 whose entries (te reo name · English name, page) link to their pages, and every later
  page's eyebrow the te reo and English names of the section it falls in; the page number at
  the end of each page's last line from page 2; the measures table (every KPI a row with a
  baseline, a target and a by-when in financial years or months, exactly one row without a
  number and a date: the one vague KPI); the roadmap (three financial years 2029/30 to
  2031/32 as LTP Years 1-3, twelve quarter labels, the clock line with month 0 = July 2029,
  three gates at June Council meetings, every gold phase and the pilot on it);
- the gold's own shape for this case: 12 or more goal-like lines with figures among the
  not-visions and not-actions, vague visions at least two, remit owners covering every KPI and
  at least ten deck actions, 8 to 12 gaps stated in at least three org files of different
  kinds, at least three false-gap groups, 5 to 10 forbidden terms in no raw org file, and
  ``gap_blocks`` (every gap key inside an org sentence that states a gold gap, every task item
  with an alternative on a deck line).

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

from openpyxl import load_workbook
from pypdf import PdfReader
from pypdf.generic import DictionaryObject

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import evals.dev15._checks as _checks  # noqa: E402
from evals.dev13.check_gold import FIELDS, deck_lines  # noqa: E402
from evals.dev15._checks import Case, run, sentences_by_file  # noqa: E402

HERE = Path(__file__).resolve().parent
NAME = "biosecurity-council"
ROSTER = Path("people") / "biosecurity-team.xlsx"
HEAD = ["Role", "Team", "Reports to", "Key accountabilities"]
CONSULT_TEAM = "Advisory bodies (consult only)"
PROFILES = Path("people") / "biosecurity-role-profiles.docx"
TERMS = Path("governance") / "holding-the-line-programme-board-terms-of-reference.md"
CREATOR = "Microsoft® PowerPoint® for Microsoft 365"
FONTS = {"Aptos", "Aptos-Bold", "Aptos-Display", "ArialMT"}
TOC_PAGE = 2
MEASURES_PAGE = 11
ROADMAP_PAGE = 12
GRADE_WORDS = {
    "manager",
    "lead",
    "leader",
    "advisor",
    "coordinator",
    "biosecurity",
    "team",
    "and",
    "of",
    "group",
    "partner",
}
BY_WHEN = re.compile(r"\b(20\d\d/\d\d|(january|june|july|december) 20\d\d)$")

# The gold carries gap_blocks, which dev13's field list predates.
_checks.FIELDS = FIELDS | {"gap_blocks"}  # type: ignore[attr-defined]


# =========================================================================== the roster


def _sheet_rows(path: Path, sheet: str) -> list[list[str]]:
    wb = load_workbook(path, read_only=False)
    ws = wb[sheet]
    return [["" if v is None else str(v) for v in row] for row in ws.iter_rows(values_only=True)]


def _header_at(rows: list[list[str]]) -> int:
    for i, row in enumerate(rows):
        if [c.strip() for c in row[: len(HEAD)]] == HEAD:
            return i
    return -1


def roster_rows(org: Path) -> list[list[str]]:
    """The rows under the header of the sheet "Team" (Role, Team, Reports to, Remit)."""
    path = org / ROSTER
    if not path.is_file():
        return []
    rows = _sheet_rows(path, "Team")
    at = _header_at(rows)
    if at < 0:
        return []
    return [r[: len(HEAD)] for r in rows[at + 1 :] if r and r[0].strip()]


def roster(org: Path) -> list[tuple[str, str]]:
    return [
        (r[0].strip(), "consult" if r[1].strip() == CONSULT_TEAM else "core")
        for r in roster_rows(org)
    ]


def _xlsx_parts(path: Path) -> list[str]:
    wb = load_workbook(path)
    parts = []
    for ws in wb.worksheets:
        if ws.sheet_state != "visible":
            continue
        for row in ws.iter_rows(values_only=True):
            cells = [str(v).strip() for v in row if v is not None and str(v).strip()]
            if cells:
                parts.append(" ".join(cells))
    return parts


def _csv_parts(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8-sig")
    return [" ".join(row) for row in csv.reader(io.StringIO(text, newline="")) if row]


READERS = {".xlsx": _xlsx_parts, ".csv": _csv_parts}


def sentences(org: Path) -> list[str]:
    return _checks.org_sentences(org, READERS)


def _file_sentences(org: Path) -> dict[str, list[str]]:
    """Each org file's sentences, read alone."""
    return sentences_by_file(org, sentences, keep_folders=False)


def roster_form(org: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    path = org / ROSTER
    wb = load_workbook(path)
    if wb.sheetnames != ["Team", "Lists"]:
        errors.append(f"roster: sheets {wb.sheetnames}")
        return errors
    team, lists = wb["Team"], wb["Lists"]
    if team.sheet_state != "visible" or lists.sheet_state != "hidden":
        errors.append("roster: Team is not visible or Lists is not hidden")
    rows = _sheet_rows(path, "Team")
    if not rows or not rows[0][0].startswith("Rangiwhero Regional Council"):
        errors.append("roster: no title in A1")
    if _header_at(rows) != 3:
        errors.append(f"roster: the header is in row {_header_at(rows) + 1}, not row 4")
    found = roster(org)
    names = [r for r, _ in found]
    if not 18 <= len(names) <= 22:
        errors.append(f"roster: {len(names)} roles (18 to 22)")
    if len(set(names)) != len(names):
        errors.append("roster: a role appears twice")
    consult = [r for r, t in found if t == "consult"]
    if sorted(consult) != sorted(gold["consult_only_roles"]):
        errors.append(f"roster: consult-only rows {consult}")
    if team.freeze_panes != "B5" or team.auto_filter.ref != f"A4:D{4 + len(names)}":
        errors.append(f"roster: panes {team.freeze_panes}, filter {team.auto_filter.ref}")
    dvs = team.data_validations.dataValidation
    if (
        len(dvs) != 1
        or not str(dvs[0].formula1).startswith("=Lists!")
        or "B5" not in str(dvs[0].sqref)
    ):
        errors.append("roster: the Team column has no drop-down from the Lists sheet")
    listed = {str(c.value) for c in lists["A"][1:] if c.value}
    if listed != {r[1] for r in roster_rows(org)}:
        errors.append("roster: the Lists sheet's teams are not the roster's")
    remits = {r[0]: r[3] for r in roster_rows(org)}
    words = sorted(len(t.split()) for t in remits.values())
    if words[len(words) // 2] < 30:
        errors.append(f"roster: median remit of {words[len(words) // 2]} words (30 or more)")
    elsewhere = [
        r for r, t in remits.items() if "role profiles" in t or "terms of reference" in t.lower()
    ]
    if len(elsewhere) < 4:
        errors.append(f"roster: only {len(elsewhere)} remits point to another document")
    said = "\n".join(_file_sentences(org)[str(PROFILES)] + _file_sentences(org)[str(TERMS)])
    for role in elsewhere:
        if role.lower() not in said:
            errors.append(f"roster: {role} is described neither in the profiles nor the terms")
    reports = [r[2] for r in roster_rows(org)]
    if 2 * sum(x in names for x in reports) < len(reports):
        errors.append("roster: fewer than half the rows report to a role on the roster")
    owners = {o for e in gold["remit_owners"] for o in e["owners"]}
    told_apart = []
    for i, a in enumerate(names):
        for b in names[i + 1 :]:
            wa = set(re.findall(r"[a-zā-ū]+", a.lower())) - GRADE_WORDS
            wb_ = set(re.findall(r"[a-zā-ū]+", b.lower())) - GRADE_WORDS
            if not wa & wb_:
                continue
            for e in gold["remit_owners"]:
                if (a in e["owners"]) != (b in e["owners"]) and (a in owners and b in owners):
                    told_apart.append((a, b))
                    break
    if len(told_apart) < 3:
        errors.append(f"roster: near-namesake pairs told apart by remit_owners: {told_apart}")
    return errors


# =========================================================================== the deck's form


def _fonts(reader: PdfReader) -> set[str]:
    names: set[str] = set()
    for page in reader.pages:
        res: Any = page.get("/Resources")
        fonts: Any = res.get_object().get("/Font") if res is not None else None
        for ref in (fonts.get_object() if fonts is not None else {}).values():
            names.add(str(ref.get_object()["/BaseFont"]).lstrip("/"))
    return names


def deck_form(case: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    deck = case / gold["deck"]
    raw = deck.read_bytes()
    reader = PdfReader(str(deck))
    n = len(reader.pages)
    if not 14 <= n <= 22:
        errors.append(f"{n} pages (14 to 22)")
    for k, page in enumerate(reader.pages, start=1):
        w, h = float(page.mediabox.width), float(page.mediabox.height)
        if (round(w, 2), round(h, 2)) != (960.0, 540.0):
            errors.append(f"page {k} is {w} x {h}, not 960 x 540")
    meta: dict[str, Any] = dict(reader.metadata or {})
    if meta.get("/Creator") != CREATOR or meta.get("/Producer") != CREATOR:
        errors.append(f"creator/producer {meta.get('/Creator')!r}/{meta.get('/Producer')!r}")
    if not str(meta.get("/CreationDate", "")).startswith("D:2029"):
        errors.append("no 2029 creation date")
    if not raw.startswith(b"%PDF-1.7\n") or b"ReportLab" in raw:
        errors.append("the file is not headed PDF 1.7 or still carries a ReportLab mark")
    root: Any = reader.trailer["/Root"].get_object()
    if str(root.get("/Lang")) != "en-NZ":
        errors.append(f"catalogue /Lang is {root.get('/Lang')!r}")
    for name in sorted(_fonts(reader)):
        subset, _, base = name.partition("+")
        if not re.fullmatch(r"[A-Z]{6}", subset) or base not in FONTS:
            errors.append(f"font {name!r} is no Aptos or ArialMT subset")
    pages = deck_lines(deck)

    # the table of contents and the eyebrows
    toc = []
    for line in pages[TOC_PAGE]:
        m = re.fullmatch(r"(\d\d) (.+?) · (.+) (\d+)", line)
        if m:
            toc.append((m.group(2), m.group(3), int(m.group(4))))
    if len(toc) < 8 or [p for _, _, p in toc] != sorted(p for _, _, p in toc):
        errors.append(f"table of contents: {toc}")
    dests = _toc_links(reader)
    if sorted(dests) != sorted(p for _, _, p in toc):
        errors.append(f"table of contents links to pages {sorted(dests)}")
    for k in range(3, n + 1):
        mi, en = next((a, b) for a, b, p in reversed(toc) if p <= k)
        if not pages[k] or pages[k][0] != f"{mi} · {en}":
            errors.append(f"page {k}: eyebrow {pages[k][:1]} is not {mi} · {en}")
    if sum(bool(re.search(r"[āēīōū]", mi)) for mi, _, _ in toc) < 6:
        errors.append("fewer than six te reo section names with macrons")
    for k in range(2, n + 1):
        if not pages[k] or not pages[k][-1].endswith(f" {k}"):
            errors.append(f"page {k}: the page number does not end its last line")

    # the measures table
    rows = pages[MEASURES_PAGE]
    kpi_visions = [v for v in gold["visions"] if any(k in v["match"] for k in gold["kpis"])]
    undated = []
    for v in kpi_visions:
        if v["slide"] != MEASURES_PAGE:
            errors.append(f"KPI {v['match']!r} is not cited on the measures page")
            continue
        line = next((x for x in rows if x.startswith(v["match"])), "")
        rest = line[len(v["match"]) :].split()
        if len(rest) < 3:
            errors.append(f"KPI {v['match']!r}: no baseline, target and by-when on its row")
            continue
        dated = bool(BY_WHEN.search(line))
        if not dated and not re.search(r"\d", " ".join(rest[1:2])):
            undated.append(v["match"])
        elif not dated:
            errors.append(f"KPI {v['match']!r}: no by-when")
    vague = [v["match"] for v in kpi_visions if v["vague"]]
    if len(undated) != 1 or undated != vague:
        errors.append(f"KPI rows without a target and date {undated}; vague KPIs {vague}")

    # the roadmap
    road = pages[ROADMAP_PAGE]
    years = [x for x in road if re.fullmatch(r"20\d\d/\d\d · ltp year [123]", x)]
    if years != ["2029/30 · ltp year 1", "2030/31 · ltp year 2", "2031/32 · ltp year 3"]:
        errors.append(f"roadmap years {years}")
    quarters = [q for x in road for q in re.findall(r"\bq[1-4]\b", x) if x == "q1 q2 q3 q4"]
    if len(quarters) != 12:
        errors.append(f"roadmap: {len(quarters)} quarter labels")
    if not any("month 0 = july 2029" in x and "q1 = july-september" in x for x in road):
        errors.append("roadmap: no clock line (month 0 = July 2029, Q1 = July-September)")
    gates = [x for x in road if re.fullmatch(r"gate [123] · council, \d\d june 20(30|31|32)", x)]
    if [g[-4:] for g in gates] != ["2030", "2031", "2032"]:
        errors.append(f"roadmap gates {gates}")
    for ph in gold["phases"]:
        if not all(any(m in x for x in road) for m in ph["match"]):
            errors.append(f"roadmap: phase {ph['match']} not on the roadmap")
    if not any(m in x for m in gold["pilot"]["match"] for x in road):
        errors.append("roadmap: the pilot is not on it")
    return errors


def _toc_links(reader: PdfReader) -> list[int]:
    """The pages the table of contents' link annotations go to (1-based)."""
    page = reader.pages[TOC_PAGE - 1]
    ids: dict[int, int] = {}
    for k, p in enumerate(reader.pages, start=1):
        if p.indirect_reference is not None:
            ids[p.indirect_reference.idnum] = k
    out = []
    for annot in page.get("/Annots") or []:
        a = annot.get_object()
        if a.get("/Subtype") != "/Link":
            continue
        dest = a.get("/Dest")
        if dest is None and isinstance(a.get("/A"), DictionaryObject):
            dest = a["/A"].get("/D")
        if dest is None:
            continue
        dest = dest.get_object() if hasattr(dest, "get_object") else dest
        if isinstance(dest, str | bytes) or not hasattr(dest, "__getitem__"):
            named = reader.named_destinations.get(str(dest))
            target = named.page if named is not None else None
        else:
            target = dest[0]
        if target is not None:
            out.append(ids.get(target.idnum, 0))
    return out


# =========================================================================== the gold's shape


def gold_shape(case: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    org = case / "org"
    pages = deck_lines(case / gold["deck"])
    figured = [x for x in gold["not_visions"] + gold["not_actions"] if re.search(r"\d", x)]
    if len(set(figured)) < 12:
        errors.append(f"only {len(set(figured))} goal-like lines with figures are labelled")
    if sum(v["vague"] for v in gold["visions"]) < 2:
        errors.append("fewer than two vague visions")
    tasks = [t for e in gold["remit_owners"] for t in e["task"]]
    for kpi in gold["kpis"]:
        if not any(t in kpi or kpi in t for t in tasks):
            errors.append(f"remit_owners: no entry for the KPI {kpi!r}")
    covered = [a for a in gold["deck_actions"] if any(t in m for t in tasks for m in a["match"])]
    if len(covered) < 10:
        errors.append(f"remit_owners cover {len(covered)} deck actions (10 or more)")
    if not 8 <= len(gold["gaps"]) <= 12:
        errors.append(f"{len(gold['gaps'])} gaps (8 to 12)")
    per_file = _file_sentences(org)
    holders: set[str] = set()
    for gap in gold["gaps"]:
        where = {f for f, said in per_file.items() if any(gap[0] in s for s in said)}
        if not where:
            errors.append(f"gap {gap[0]!r} is in no org file")
        holders |= where
    kinds = {Path(f).suffix for f in holders} | {Path(f).parts[0] for f in holders}
    if len(holders) < 3 or len({Path(f).suffix for f in holders}) < 3:
        errors.append(f"gaps stated in {sorted(holders)} (three files of different kinds)")
    if len(kinds) < 5:
        errors.append(f"gaps stated in too few kinds of file: {sorted(kinds)}")
    if len(gold["false_gaps"]) < 3:
        errors.append("fewer than three false-gap groups")
    if not 5 <= len(gold["forbidden_terms"]) <= 10:
        errors.append(f"{len(gold['forbidden_terms'])} forbidden terms (5 to 10)")
    raw = [p.read_bytes() for p in org.rglob("*") if p.is_file()]
    texts = [b.decode("utf-8", "ignore").lower() for b in raw]
    for b in raw:
        if b.startswith(b"PK"):
            z = zipfile.ZipFile(io.BytesIO(b))
            texts += [z.read(x).decode("utf-8").lower() for x in z.namelist() if x.endswith("xml")]
    for term in gold["forbidden_terms"]:
        if any(term in t for t in texts):
            errors.append(f"forbidden term in a raw org file: {term!r}")
    said = sentences(org)
    gap_said = [s for s in said if any(alt in s for g in gold["gaps"] for alt in g)]
    for entry in gold["gap_blocks"]:
        if set(entry) != {"gap", "blocks", "not_blocks"}:
            errors.append(f"gap_blocks: keys {sorted(entry)}")
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


def extra(case: Path) -> list[str]:
    gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
    return roster_form(case / "org", gold) + deck_form(case, gold) + gold_shape(case, gold)


CASE = Case(
    name=NAME,
    builder="build_biosecurity_council.py",
    roster=roster,
    org_sentences=sentences,
    core=frozenset({"core"}),
    consult=frozenset({"consult"}),
    extra=extra,
    folder=HERE,
    split="dev25",
)


def org_dump() -> None:
    org = HERE / NAME / "org"
    print(f"--- roster rows ({ROSTER}):")
    for row in roster_rows(org):
        print("  " + " | ".join(row))
    print("--- org sentences:")
    for s in sentences(org):
        print(f"  | {s}")


if __name__ == "__main__":
    if "--org" in sys.argv and "--dump" not in sys.argv:
        org_dump()
        sys.exit(0)
    sys.exit(run(CASE))
