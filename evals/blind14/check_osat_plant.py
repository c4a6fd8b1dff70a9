"""Consistency checks of the blind14 case ``osat-plant`` against its deck and org folder.

Run from the repository root with the project's venv (python-pptx, python-docx, openpyxl, lxml):

    .venv/bin/python evals/blind14/check_osat_plant.py

``--dump`` prints the deck lines the gold was read from, slide by slide, and the roster (with
``--org`` also the org sentences); ``--org`` alone prints the roster rows and the org sentences.

The checks are those of ``evals/dev15/_checks.py`` (adapted from ``evals/dev13/check_gold.py``),
imported, not copied, and pointed at this folder (``evals/blind14``, split "blind14") with
``build_osat_plant.py`` as the builder: the gold's fields, every label on its slide or in an org
sentence, the roster, owners on it and core, consult-only roles owning nothing, forbidden terms
in neither deck nor org, and the rebuild byte for byte. The gold also carries ``gap_blocks`` (a
field of ``evals/cases/README.md``'s deck-grounded gold that dev13's field list predates), so the
field list the shared checks compare with is that list plus ``gap_blocks``. The deck is read with
dev13's ``deck_lines`` (one line per paragraph of every shape in XML order, a table one line per
paragraph of each cell, row by row, then the speaker notes). What is this case's own:

- the roster, read from ``org/people/appointments-memo.docx``, the Plant Director's
  "Appointments and responsibilities" memo: every paragraph whose first run is bold and which
  goes on "(Name) — will ..." is a role (the bold run); its tier is that of the level-2 heading
  above it ("A. Core programme team" core, "B. Extended team" extended, "C. Consulted, without
  programme actions" consult only);
- org sentences: dev15's reader (Markdown, text, DOCX paragraphs and table rows) plus an XLSX
  reader (every non-empty row of every sheet, its cells joined by spaces);
- checks of the roster's form: the memo's heading lines (To, From, Date, Ref, Subject), the four
  level-2 sections in order, 18 to 22 roles, exactly two consult only, no role twice, every role
  paragraph "Role (Name) — will be responsible for ..." (the consult-only "— will be consulted"),
  a two-column table "Post / Remit under BE2030" whose posts are all core roles, at least two
  role paragraphs that point to section D and one that points to another document; the RACI
  workbook with a "RACI current" sheet whose header row starts "Process" and ends "Notes" and
  whose codes (expanded on the "Key" sheet) are all core roles;
- checks of the deck's form, as PowerPoint for Microsoft 365 saves a deck made from a corporate
  template: ``docProps/app.xml`` naming "Microsoft Office PowerPoint" 16.0000, "Widescreen", the
  theme and every slide title; 16:9 at 12192000 x 6858000 EMU; 14 to 22 slides; the theme named
  "Kenari Corporate"; no printer settings; every slide on a layout of the template with a title
  placeholder, every slide after the cover with the footer placeholder and a slide-number field;
  at least ten slides holding native tables (``a:tbl``), among them the KPI table (KPI / FY28
  baseline / Target / By when, every KPI vision a row, the one vague KPI the row without a
  quarter), the 90-day table with an Owner column, the risk table with Mitigation and Owner
  columns, and the roadmap table (FY29 and FY30 header cells merged over their quarters, eight
  quarters Q1 FY29 to Q4 FY30 in order, the fiscal year defined as starting in October, month 0
  October 2028, every gold phase and the pilot on it, four gates each at a quarter's last day);
  two market-context slides whose tables carry figures, and none of whose lines is a vision;
  speaker notes on three slides;
- ``gap_blocks``: every gap key inside an org sentence that states a gold gap, every task item
  with an alternative on a deck line;
- the gold's counts: 10 to 25 deck actions, 8 to 12 gaps spread over at least three org files,
  three false-gap groups or more, 5 to 10 forbidden terms found in no raw deck or org part, at
  least two vague visions, ``remit_owners`` covering every KPI and at least ten deck actions, and
  at least twelve not-visions that carry a figure (numbers that look like goals but are not).

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

from docx import Document
from lxml import etree
from openpyxl import load_workbook

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import evals.dev15._checks as _checks  # noqa: E402
from evals.dev13.check_gold import FIELDS, deck_lines, normalize  # noqa: E402
from evals.dev15._checks import Case, run  # noqa: E402

HERE = Path(__file__).resolve().parent
NAME = "osat-plant"
MEMO = Path("people") / "appointments-memo.docx"
RACI = Path("governance") / "raci-current.xlsx"
SECTIONS = {
    "A. Core programme team": "core",
    "B. Extended team": "extended",
    "C. Consulted, without programme actions": "consult only",
    "D. Remits set out in full": "",
}
ROLE = re.compile(r"^(?P<role>[^()]+?) \((?P<name>[^()]+)\) — will (?P<verb>be \w+)")
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
P = "http://schemas.openxmlformats.org/presentationml/2006/main"
NS = {"a": A, "p": P}
QUARTERS = [f"q{q} fy{y}" for y in (29, 30) for q in (1, 2, 3, 4)]
QUARTER_END = {"31 dec", "31 mar", "30 jun", "30 sep"}

# The gold carries gap_blocks, which dev13's field list predates.
_checks.FIELDS = FIELDS | {"gap_blocks"}  # type: ignore[attr-defined]


# =========================================================================== the org folder


def memo_roles(org: Path) -> list[tuple[str, str, str]]:
    """(role, tier, the paragraph's text) for every role paragraph of the memo."""
    found: list[tuple[str, str, str]] = []
    tier = ""
    for para in Document(str(org / MEMO)).paragraphs:
        style = para.style.name if para.style is not None else ""
        if style == "Heading 2":
            tier = SECTIONS.get(para.text.strip(), "?")
            continue
        runs = para.runs
        if not runs or not runs[0].bold:
            continue
        m = ROLE.match(para.text)
        if m and m.group("role") == runs[0].text.strip():
            found.append((m.group("role"), tier, para.text))
    return found


def roster(org: Path) -> list[tuple[str, str]]:
    return [(role, tier) for role, tier, _ in memo_roles(org)]


def xlsx_parts(path: Path) -> list[str]:
    wb = load_workbook(str(path), read_only=True)
    parts: list[str] = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            cells = [str(v) for v in row if v is not None and str(v).strip()]
            if cells:
                parts.append(" ".join(cells))
    wb.close()
    return parts


def sentences(org: Path) -> list[str]:
    return _checks.org_sentences(org, {".xlsx": xlsx_parts})


def sentences_by_file(org: Path) -> dict[str, list[str]]:
    """Each org file's sentences, read alone (from a temporary folder holding only that file)."""
    out: dict[str, list[str]] = {}
    for path in sorted(p for p in org.rglob("*") if p.is_file()):
        rel = path.relative_to(org)
        with tempfile.TemporaryDirectory() as tmp:
            target = Path(tmp) / rel
            target.parent.mkdir(parents=True)
            shutil.copy(path, target)
            out[str(rel)] = sentences(Path(tmp))
    return out


def roster_form(org: Path) -> list[str]:
    errors: list[str] = []
    doc = Document(str(org / MEMO))
    texts = [p.text for p in doc.paragraphs]
    for lead in ("To: ", "From: ", "Date: ", "Ref: ", "Subject: "):
        if not any(t.startswith(lead) for t in texts[:10]):
            errors.append(f"memo: no {lead.strip()!r} line at the top")
    heads = [p.text for p in doc.paragraphs if p.style is not None and p.style.name == "Heading 2"]
    if heads != list(SECTIONS):
        errors.append(f"memo: level-2 headings {heads}")
    found = memo_roles(org)
    if not 18 <= len(found) <= 22:
        errors.append(f"memo: {len(found)} roles (18 to 22)")
    tiers = [t for _, t, _ in found]
    if tiers.count("consult only") != 2 or "?" in tiers or "" in tiers:
        errors.append(f"memo: tiers {tiers}")
    roles = [r for r, _, _ in found]
    if len(set(roles)) != len(roles):
        errors.append("memo: a role appears twice")
    for role, tier, text in found:
        verb = ROLE.match(text)
        assert verb is not None
        want = "be consulted" if tier == "consult only" else "be responsible"
        if verb.group("verb") != want:
            errors.append(f"memo: {role!r} says 'will {verb.group('verb')}'")
    bold_paras = [p for p in doc.paragraphs if p.runs and p.runs[0].bold and "—" in p.text]
    if len(bold_paras) != len(found):
        errors.append("memo: a bold-led paragraph with a dash is not read as a role")
    to_d = sum("set out for this post in section d" in t.lower() for _, _, t in found)
    elsewhere = sum(("procedure qp-08" in t.lower() or "charter" in t.lower()) for _, _, t in found)
    if to_d < 2 or elsewhere < 2:
        errors.append(f"memo: {to_d} remits in section D, {elsewhere} in other documents")
    if len(doc.tables) != 1:
        errors.append(f"memo: {len(doc.tables)} tables (one)")
    else:
        rows = [[c.text for c in row.cells] for row in doc.tables[0].rows]
        if rows[0] != ["Post", "Remit under BE2030"]:
            errors.append(f"memo: remit table header {rows[0]}")
        core_roles = {r for r, t, _ in found if t == "core"}
        for row in rows[1:]:
            if row[0] not in core_roles:
                errors.append(f"memo: remit table post {row[0]!r} is no core role")
    # today's RACI
    wb = load_workbook(str(org / RACI), read_only=True)
    if wb.sheetnames != ["RACI current", "Key"]:
        errors.append(f"raci: sheets {wb.sheetnames}")
    else:
        grid = [list(r) for r in wb["RACI current"].iter_rows(values_only=True)]
        head: list[Any] = grid[2]
        if head[0] != "Process" or head[-1] != "Notes":
            errors.append(f"raci: header {head}")
        key = {
            str(r[0]): str(r[1])
            for r in wb["Key"].iter_rows(min_row=2, values_only=True)
            if r[0] and r[1]
        }
        for code in head[1:-1]:
            if key.get(str(code)) not in {r for r, t, _ in found if t == "core"}:
                errors.append(f"raci: column {code!r} is no core role")
        if len(grid) < 15:
            errors.append(f"raci: {len(grid) - 3} process rows")
    wb.close()
    return errors


# =========================================================================== the deck's form


def _slides(z: zipfile.ZipFile) -> list[str]:
    return sorted(
        (n for n in z.namelist() if re.fullmatch(r"ppt/slides/slide\d+\.xml", n)),
        key=lambda n: int(re.findall(r"\d+", n)[0]),
    )


def _cell_text(tc: Any) -> str:
    return normalize(
        " ".join("".join(t.text or "" for t in p.iter(f"{{{A}}}t")) for p in tc.iter(f"{{{A}}}p"))
    )


def _tables(root: Any) -> list[list[list[Any]]]:
    """Every table of a slide as rows of ``a:tc`` elements."""
    return [
        [list(tr.findall("a:tc", NS)) for tr in tbl.findall("a:tr", NS)]
        for tbl in root.iter(f"{{{A}}}tbl")
    ]


def _header(tbl: list[list[Any]]) -> list[str]:
    return [_cell_text(tc) for tc in tbl[0]]


def deck_form(case: Path, gold: dict) -> list[str]:
    errors: list[str] = []
    deck = case / gold["deck"]
    z = zipfile.ZipFile(deck)
    names = z.namelist()
    app = z.read("docProps/app.xml").decode("utf-8")
    for needle in (
        "<Application>Microsoft Office PowerPoint</Application>",
        "<AppVersion>16.0000</AppVersion>",
        "<PresentationFormat>Widescreen</PresentationFormat>",
        "<vt:lpstr>Kenari Corporate</vt:lpstr>",
    ):
        if needle not in app:
            errors.append(f"app.xml without {needle}")
    if any("printerSettings" in n for n in names):
        errors.append("deck: Mac printer settings in the package")
    theme = z.read("ppt/theme/theme1.xml").decode("utf-8")
    if 'name="Kenari Corporate"' not in theme:
        errors.append("deck: the theme is not the corporate template's")
    pres = etree.fromstring(z.read("ppt/presentation.xml"))
    size = pres.find("p:sldSz", NS)
    if size is None or (size.get("cx"), size.get("cy")) != ("12192000", "6858000"):
        errors.append("deck: not 16:9 at 12192000 x 6858000")
    slides = _slides(z)
    if not 14 <= len(slides) <= 22:
        errors.append(f"deck: {len(slides)} slides (14 to 22)")
    pages = deck_lines(deck)
    roots: dict[int, Any] = {}
    table_slides: list[int] = []
    notes = 0
    for k, name in enumerate(slides, start=1):
        root = etree.fromstring(z.read(name))
        roots[k] = root
        types = [ph.get("type") for ph in root.iter(f"{{{P}}}ph")]
        if not ({"title", "ctrTitle"} & set(types)):
            errors.append(f"slide {k}: no title placeholder")
        title = normalize(
            "".join(
                t.text or ""
                for sp in root.iter(f"{{{P}}}sp")
                if sp.find(".//p:ph", NS) is not None
                and sp.find(".//p:ph", NS).get("type") in {"title", "ctrTitle"}
                for t in sp.iter(f"{{{A}}}t")
            )
        )
        if f"<vt:lpstr>{title}" not in normalize(app):
            errors.append(f"slide {k}: title {title!r} not in app.xml")
        if k > 1:
            if "ftr" not in types or "sldNum" not in types:
                errors.append(f"slide {k}: no footer or slide-number placeholder")
            fld = root.find(".//a:fld[@type='slidenum']", NS)
            if fld is None or fld.findtext("a:t", namespaces=NS) != str(k):
                errors.append(f"slide {k}: no slide-number field reading {k}")
        if root.find(f".//{{{A}}}tbl") is not None:
            table_slides.append(k)
        rels = z.read(name.replace("slides/", "slides/_rels/") + ".rels").decode("utf-8")
        notes += "notesSlide" in rels
    if len(table_slides) < 10:
        errors.append(f"deck: tables on {table_slides} (ten slides or more)")
    if notes != 3:
        errors.append(f"deck: speaker notes on {notes} slides (three)")

    # the KPI table
    kpi_visions = [v for v in gold["visions"] if any(x in v["match"] for x in gold["kpis"])]
    kslides = {v["slide"] for v in kpi_visions}
    if len(kslides) != 1:
        errors.append(f"deck: KPI visions on slides {sorted(kslides)}")
    else:
        kn = kslides.pop()
        tables = [t for t in _tables(roots[kn]) if _header(t)[:1] == ["kpi"]]
        if len(tables) != 1 or _header(tables[0]) != ["kpi", "fy28 baseline", "target", "by when"]:
            errors.append("deck: no KPI table KPI / FY28 baseline / Target / By when")
        else:
            rows = [[_cell_text(tc) for tc in tr] for tr in tables[0][1:]]
            undated = []
            for v in kpi_visions:
                at = [r for r in rows if r[0] == v["match"]]
                if len(at) != 1:
                    errors.append(f"deck: KPI {v['match']!r} is not one row of the KPI table")
                    continue
                if not re.fullmatch(r"q[1-4] fy(29|30)", at[0][3]):
                    undated.append(v["match"])
            vague = [v["match"] for v in kpi_visions if v["vague"]]
            if len(undated) != 1 or undated != vague:
                errors.append(f"deck: KPI rows without a quarter {undated}; vague KPIs {vague}")

    # the 90-day and risk tables
    heads = {k: [_header(t) for t in _tables(r)] for k, r in roots.items()}
    ninety = [k for k, hs in heads.items() if ["#", "action", "owner", "due"] in hs]
    if len(ninety) != 1 or "90 days" not in pages[ninety[0]][0]:
        errors.append(f"deck: the 90-day table with an Owner column on slides {ninety}")
    risk = [
        k
        for k, hs in heads.items()
        if any("risk" in h and "mitigation" in h and h[-1] == "owner" for h in hs)
    ]
    if len(risk) != 1:
        errors.append(f"deck: the risk table with Mitigation and Owner columns on slides {risk}")

    # the roadmap table
    road = [k for k, lines in pages.items() if all(q in lines for q in QUARTERS)]
    if len(road) != 1:
        errors.append(f"deck: the fiscal-quarter roadmap on slides {road}")
    else:
        rn = road[0]
        lines = pages[rn]
        if [x for x in lines if x in QUARTERS] != QUARTERS:
            errors.append("deck: roadmap quarters not in order")
        text = " ".join(lines)
        for needle in (
            "fiscal year starts on 1 october",
            "q1 fy29 = october-december 2028",
            "month 0 = october 2028",
            "24 months",
        ):
            if needle not in text:
                errors.append(f"deck: roadmap without {needle!r}")
        tbl = _tables(roots[rn])[0]
        spans = [tc.get("gridSpan") for tc in tbl[0]]
        if spans.count("4") != 2:
            errors.append("deck: FY29 and FY30 not merged over their quarters")
        gates = [x for x in lines if re.match(r"g\d · ", x)]
        if len(gates) != 4:
            errors.append(f"deck: roadmap gates {gates}")
        for gate in gates:
            if not any(day in gate for day in QUARTER_END):
                errors.append(f"deck: a gate not at a quarter's end: {gate!r}")
        for ph in gold["phases"]:
            if not any(m in x for m in ph["match"] for x in lines):
                errors.append(f"deck: phase not on the roadmap: {ph['match']}")
        if not any(m in x for m in gold["pilot"]["match"] for x in lines):
            errors.append("deck: the pilot is not on the roadmap")

    # the two market-context slides
    market = [k for k, lines in pages.items() if lines[0].startswith("market context")]
    if len(market) != 2:
        errors.append(f"deck: market-context slides {market}")
    for k in market:
        if not _tables(roots[k]):
            errors.append(f"deck: market-context slide {k} without a table")
        if any(v["slide"] == k or k in v.get("also_slides", []) for v in gold["visions"]):
            errors.append(f"deck: a vision on market-context slide {k}")
        if sum(bool(re.search(r"\d", x)) for x in pages[k]) < 6:
            errors.append(f"deck: market-context slide {k} carries few figures")
    return errors


# =========================================================================== the gold's own counts


def gold_counts(case: Path, gold: dict) -> list[str]:
    errors: list[str] = []
    org = case / "org"
    if len(gold["gaps"]) < 8 or len(gold["gaps"]) > 12:
        errors.append(f"gold: {len(gold['gaps'])} gaps (8 to 12)")
    per_file = sentences_by_file(org)
    files = {
        f
        for gap in gold["gaps"]
        for alt in gap
        for f, said in per_file.items()
        if any(alt in s for s in said)
    }
    kinds = {f.split("/")[0] + "/" + f.rsplit(".", 1)[-1] for f in files}
    if len(files) < 3 or len(kinds) < 3:
        errors.append(f"gold: gaps stated in {sorted(files)}")
    if len(gold["false_gaps"]) < 3:
        errors.append(f"gold: {len(gold['false_gaps'])} false-gap groups (three or more)")
    if sum(v["vague"] for v in gold["visions"]) < 2:
        errors.append("gold: fewer than two vague visions")
    tasks = [t for e in gold["remit_owners"] for t in e["task"]]
    for kpi in gold["kpis"]:
        vision = next(v for v in gold["visions"] if kpi in v["match"])
        texts = [vision["match"], *vision.get("alternatives", [])]
        if not any(t in x for t in tasks for x in texts):
            errors.append(f"gold: no remit owner for KPI {kpi!r}")
    covered = sum(any(t in alt for t in tasks for alt in a["match"]) for a in gold["deck_actions"])
    if covered < 10:
        errors.append(f"gold: remit owners cover {covered} deck actions (ten or more)")
    figures = [x for x in gold["not_visions"] if re.search(r"\d", x)]
    if len(figures) < 12:
        errors.append(f"gold: {len(figures)} not-visions with a figure (twelve or more)")
    if len(figures) <= len(gold["visions"]):
        errors.append("gold: fewer goal-like figures than goals")
    return errors


def gap_blocks(case: Path, gold: dict) -> list[str]:
    errors: list[str] = []
    said = sentences(case / "org")
    stated = {s for gap in gold["gaps"] for alt in gap for s in said if alt in s}
    pages = deck_lines(case / gold["deck"])
    if not gold.get("gap_blocks"):
        return ["gold: no gap_blocks"]
    for entry in gold["gap_blocks"]:
        if set(entry) != {"gap", "blocks", "not_blocks"}:
            errors.append(f"gap_blocks: keys {sorted(entry)}")
        for key in entry["gap"]:
            if not any(key in s for s in stated):
                errors.append(f"gap_blocks: gap key in no sentence stating a gap: {key!r}")
        for field in ("blocks", "not_blocks"):
            if not entry[field]:
                errors.append(f"gap_blocks: {entry['gap'][0]!r} has no {field}")
            for item in entry[field]:
                if not any(_checks._anywhere(alt, pages) for alt in item):
                    errors.append(f"gap_blocks: {field} item in no deck line: {item}")
    return errors


def forbidden_raw(case: Path, gold: dict) -> list[str]:
    errors: list[str] = []
    texts: list[str] = []
    for path in sorted((case / "org").rglob("*")):
        if not path.is_file():
            continue
        if path.suffix in {".docx", ".xlsx"}:
            with zipfile.ZipFile(path) as z:
                texts += [
                    z.read(n).decode("utf-8").lower() for n in z.namelist() if n.endswith(".xml")
                ]
        else:
            texts.append(path.read_text(encoding="utf-8").lower())
    with zipfile.ZipFile(case / gold["deck"]) as z:
        texts += [z.read(n).decode("utf-8").lower() for n in z.namelist() if n.endswith(".xml")]
    if not 5 <= len(gold["forbidden_terms"]) <= 10:
        errors.append(f"gold: {len(gold['forbidden_terms'])} forbidden terms (5 to 10)")
    for term in gold["forbidden_terms"]:
        if any(term in t for t in texts):
            errors.append(f"forbidden term in a raw deck or org part: {term!r}")
    return errors


def extra(case: Path) -> list[str]:
    gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
    return (
        roster_form(case / "org")
        + deck_form(case, gold)
        + gold_counts(case, gold)
        + gap_blocks(case, gold)
        + forbidden_raw(case, gold)
    )


CASE = Case(
    name=NAME,
    builder="build_osat_plant.py",
    roster=roster,
    org_sentences=sentences,
    extra=extra,
    folder=HERE,
    split="blind14",
)


def org_dump() -> None:
    org = HERE / NAME / "org"
    for role, tier, text in memo_roles(org):
        print(f"  # {role} | {tier} | {text}")
    for s in sentences(org):
        print(f"  | {s}")


if __name__ == "__main__":
    if "--org" in sys.argv and "--dump" not in sys.argv:
        org_dump()
        sys.exit(0)
    sys.exit(run(CASE))
