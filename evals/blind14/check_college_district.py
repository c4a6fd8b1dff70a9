"""Consistency checks of the blind14 case ``college-district`` against its deck and org folder.

Run from the repository root with the venv the builder needs (reportlab is not in the project's
lock; see ``build_college_district.py``), since the rebuild check runs the builder with the
interpreter that runs this file:

    /tmp/rl/bin/python evals/blind14/check_college_district.py
    (``--dump`` prints the deck lines the gold was read from, slide by slide, and the roster;
    ``--org`` prints the org sentences and the roster rows; both together print everything)

The checks are those of ``evals/dev15/_checks.py`` (adapted from ``evals/dev13/check_gold.py``),
imported, not copied, and pointed at this folder (``evals/blind14``, split "blind14") with
``build_college_district.py`` as the builder: the rebuild gives the deck and every org file
byte for byte; every vision, KPI, deck action, not-vision, not-action, phase and pilot label
lies on a deck line of the slide it names; every gap alternative inside one org sentence, no
false-gap term inside a sentence that states a gap, no forbidden term in the deck or the org
folder; the roster equal to the export; owners core, consult-only roles consulted only. Deck
lines are dev13's: pypdf's text of each PDF page, one line per line, normalised; a gold
"slide" is the PDF page. The gold's fields are dev13's and ``gap_blocks`` (see
``evals/cases/README.md``, "Deck-grounded gold"), which dev13's field list predates: this
checker adds that one field to the shared list and checks it itself.

What is this case's own:

- the roster, read with openpyxl from ``org/people/positions-export.xlsx`` (the HR system's
  export: Position number, Position title, Department code, Reports to, FTE, Status); the
  export has no tier, so a position is "consult" when the participatory-governance handbook's
  section "Bodies the district consults" names it, and "core" otherwise;
- org sentences: ``_checks.org_sentences`` with two more readers, one for the XLSX export (each
  row's cells joined by spaces) and one for the CSV risk register (the same);
- checks of the roster's form: one sheet, exactly the six export columns and no remit column,
  18 to 22 positions with unique numbers, every "Reports to" an existing position but one
  blank (the Chancellor, who reports to the Board), FTE in (0, 1], Status Filled or Vacant with
  at least one Vacant; the position descriptions (DOCX) with one level-2 heading per position
  in the export's order, each followed by its number line, an "Essential duties" line and at
  least two "List Bullet" duties; the handbook's table of councils and its two consulted
  bodies; three near-namesake pairs of titles on the roster, each pair's two posts owning
  different work in ``remit_owners``;
- checks of the deck's form, as Google Slides exports a 16:9 deck to PDF: 14 to 22 pages of
  720 x 405 pt; version 1.4, Producer "Skia/PDF m1xx Google Docs Renderer", a Title and no
  Creator; no "ReportLab" left in the file; font subsets named ArialMT, Arial-BoldMT,
  Arial-ItalicMT or Lato-Bold; a title run of 21 pt or more at the top of every page; the
  footer (the district's name) and the page number on every page, the cover included; list
  bullets "●" as their own runs with their line's text on the same baseline; a "Where we stand"
  section of exactly three pages (pages 2 to 4, "1 of 3" to "3 of 3") and an appendix of
  benchmark data on the last two pages; the KPI table (Measure / Baseline AY 2026-27 / Target /
  By) holding every KPI, each dated by a term or an academic year but the vague one; the
  roadmap's three academic years over six terms, its gates at June board meetings and the
  gold's phases;
- checks of the gold beyond ``_checks``: ``gap_blocks`` (each gap key inside an org sentence
  that states a gold gap; each task alternative on a deck line); 8 to 12 gaps, stated in at
  least three org files; at least three false-gap groups; 5 to 10 forbidden terms; at least
  twelve goal-like figures among the not-visions, more of them than there are visions; at
  least two vague visions and more executable ones; ``remit_owners`` covering every KPI and at
  least ten deck actions; the consult-only roles exactly the handbook's consulted positions.

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
from pathlib import Path
from typing import Any

import openpyxl
from docx import Document
from pypdf import PdfReader

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import evals.dev15._checks as _checks  # noqa: E402
from evals.dev13.check_gold import FIELDS, deck_lines, normalize  # noqa: E402
from evals.dev15._checks import Case  # noqa: E402

HERE = Path(__file__).resolve().parent
NAME = "college-district"
ROSTER = Path("people") / "positions-export.xlsx"
DESCRIPTIONS = Path("people") / "position-descriptions.docx"
HANDBOOK = Path("governance") / "participatory-governance-handbook.md"
HEAD = ["Position number", "Position title", "Department code", "Reports to", "FTE", "Status"]
DECK_FONTS = {"ArialMT", "Arial-BoldMT", "Arial-ItalicMT", "Lato-Bold"}
FOOTER = "Kestrel Valley Community College District · Finish Line 2031"
WIDTH, HEIGHT = 720.0, 405.0
TERMS = ["Fall 2028", "Spring 2029", "Fall 2029", "Spring 2030", "Fall 2030", "Spring 2031"]
YEARS = ["AY 2028-29", "AY 2029-30", "AY 2030-31"]
WHEN = re.compile(r"^(fall|spring) 20\d\d$|^ay 20\d\d-\d\d$")
KPI_HEAD = ["Measure", "Baseline AY 2026-27", "Target", "By"]
# near-namesake posts whose remits differ: both on the roster, owners of different work
PAIRS = [
    ("Director of Institutional Research", "Director of Institutional Effectiveness"),
    (
        "Dean of Student Success, Arden Falls College",
        "Dean of Student Services, Quarry Hill College",
    ),
    ("Dean of Career Education", "Director of Career Services"),
    ("Director of Enterprise Systems", "Director of Educational Technology"),
]

# gap_blocks is a field of the deck-grounded gold that dev13's list predates
_checks.FIELDS = FIELDS | {"gap_blocks"}


# =========================================================================== the roster


def export_rows(org: Path) -> list[list[Any]]:
    book = openpyxl.load_workbook(org / ROSTER, read_only=True)
    rows = [list(r) for r in book.worksheets[0].iter_rows(values_only=True)]
    book.close()
    return rows


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.2f}"
    return str(value)


def consulted(org: Path) -> list[str]:
    """Titles of the export that the handbook's "Bodies the district consults" names."""
    text = (org / HANDBOOK).read_text(encoding="utf-8")
    part = text.split("## Bodies the district consults", 1)[-1].split("\n## ", 1)[0]
    titles = [str(r[1]) for r in export_rows(org)[1:]]
    return [t for t in titles if t in part]


def roster(org: Path) -> list[tuple[str, str]]:
    rows = export_rows(org)
    if not rows or [_cell(c) for c in rows[0]] != HEAD:
        return []
    consult = set(consulted(org))
    return [
        (str(r[1]).strip(), "consult" if str(r[1]).strip() in consult else "core")
        for r in rows[1:]
        if r and r[1]
    ]


def _xlsx_parts(path: Path) -> list[str]:
    book = openpyxl.load_workbook(path, read_only=True)
    parts = [
        " ".join(_cell(c) for c in row if c is not None)
        for sheet in book.worksheets
        for row in sheet.iter_rows(values_only=True)
    ]
    book.close()
    return parts


def _csv_parts(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    return [" ".join(row) for row in csv.reader(io.StringIO(text, newline=""))]


READERS = {".xlsx": _xlsx_parts, ".csv": _csv_parts}


def sentences(org: Path) -> list[str]:
    return _checks.org_sentences(org, READERS)


def sentences_by_file(org: Path) -> dict[str, list[str]]:
    """Each org file's sentences, read alone, as ``sentences`` reads them all."""
    out: dict[str, list[str]] = {}
    for path in sorted(p for p in org.rglob("*") if p.is_file()):
        with tempfile.TemporaryDirectory() as tmp:
            shutil.copy(path, Path(tmp) / path.name)
            out[str(path.relative_to(org))] = sentences(Path(tmp))
    return out


def roster_form(org: Path) -> list[str]:
    errors: list[str] = []
    book = openpyxl.load_workbook(org / ROSTER, read_only=True)
    if len(book.worksheets) != 1:
        errors.append(f"export: {len(book.worksheets)} sheets")
    book.close()
    rows = export_rows(org)
    head = [_cell(c) for c in rows[0]]
    if head != HEAD:
        errors.append(f"export: header {head}")
    if any(re.search(r"remit|dut|responsib|scope|tier", h, re.I) for h in head):
        errors.append("export: a remit-like column")
    body = [r for r in rows[1:] if any(c is not None for c in r)]
    if not 18 <= len(body) <= 22:
        errors.append(f"export: {len(body)} positions (18 to 22)")
    numbers = [str(r[0]) for r in body]
    if len(set(numbers)) != len(numbers):
        errors.append("export: a position number appears twice")
    blanks = [r for r in body if r[3] in (None, "")]
    if len(blanks) != 1 or blanks[0][1] != "Chancellor":
        errors.append("export: the one blank 'Reports to' is not the Chancellor's")
    for r in body:
        if r[3] not in (None, "") and str(r[3]) not in numbers:
            errors.append(f"export: {r[1]} reports to unknown position {r[3]}")
        if not isinstance(r[4], (int, float)) or not 0 < float(r[4]) <= 1:
            errors.append(f"export: FTE of {r[1]} is {r[4]!r}")
        if r[5] not in {"Filled", "Vacant"}:
            errors.append(f"export: status of {r[1]} is {r[5]!r}")
    if not any(r[5] == "Vacant" for r in body):
        errors.append("export: no vacant position")
    titles = [str(r[1]) for r in body]

    # the position descriptions: one level-2 heading a position, in the export's order
    paras = Document(str(org / DESCRIPTIONS)).paragraphs
    heads = [
        (k, p.text)
        for k, p in enumerate(paras)
        if p.style is not None and p.style.name == "Heading 2"
    ]
    if [t for _, t in heads] != titles:
        errors.append("descriptions: the level-2 headings are not the export's titles in order")
    for n, (k, title) in enumerate(heads):
        end = heads[n + 1][0] if n + 1 < len(heads) else len(paras)
        block = paras[k + 1 : end]
        number = numbers[titles.index(title)] if title in titles else "?"
        if not block or not block[0].text.startswith(f"Position {number} · "):
            errors.append(f"descriptions: {title} without its number line")
        if len(block) < 2 or block[1].text != "Essential duties":
            errors.append(f"descriptions: {title} without 'Essential duties'")
        duties = [p for p in block[2:] if p.style is not None and p.style.name == "List Bullet"]
        if len(duties) < 2 or len(duties) != len(block) - 2:
            errors.append(f"descriptions: {title} has {len(duties)} duty bullets")

    # the handbook: its councils and the two bodies it consults
    text = (org / HANDBOOK).read_text(encoding="utf-8")
    councils = [line for line in text.splitlines() if line.startswith("| District ")]
    if len(councils) < 3:
        errors.append(f"handbook: {len(councils)} district councils in its table")
    if len(consulted(org)) != 2:
        errors.append(f"handbook: consulted positions {consulted(org)}")
    for a, b in PAIRS:
        if a not in titles or b not in titles:
            errors.append(f"near-namesakes not on the roster: {a!r} / {b!r}")
    return errors


# =========================================================================== the deck's form


class Run:
    """A text run as pypdf's visitor sees it: text, position, font and size."""

    def __init__(self, text: str, x: float, y: float, font: str, size: float) -> None:
        self.text, self.x, self.y, self.font, self.size = text, x, y, font, size


def runs(page: Any) -> list[Run]:
    out: list[Run] = []

    def visit(text: str, cm: list[float], tm: list[float], font: Any, size: float) -> None:
        if text.strip():
            name = str(font.get("/BaseFont", "")) if font else ""
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            out.append(Run(text.strip("\n"), x, y, name.split("+")[-1], float(size)))

    page.extract_text(visitor_text=visit)
    return out


def deck_form(case: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    deck = case / gold["deck"]
    raw = deck.read_bytes()
    if not raw.startswith(b"%PDF-1.4\n"):
        errors.append("deck: not a version 1.4 header")
    if b"ReportLab" in raw:
        errors.append("deck: 'ReportLab' left in the file")
    reader = PdfReader(str(deck))
    info: Any = reader.metadata or {}
    if not re.fullmatch(r"Skia/PDF m1\d\d Google Docs Renderer", str(info.get("/Producer", ""))):
        errors.append(f"deck: Producer {info.get('/Producer')!r}")
    if "/Creator" in info or "/Title" not in info:
        errors.append("deck: a Creator, or no Title, in the document information")
    pages = deck_lines(deck)
    n = len(reader.pages)
    if not 14 <= n <= 22:
        errors.append(f"deck: {n} pages (14 to 22)")
    fonts: set[str] = set()
    bullets = 0
    kickers: dict[int, str] = {}
    for k, page in enumerate(reader.pages, start=1):
        box = page.mediabox
        if (round(float(box.width)), round(float(box.height))) != (720, 405):
            errors.append(f"page {k}: not 720 x 405 pt")
        resources: Any = page["/Resources"]
        res: Any = resources["/Font"]
        for f in res.values():
            base = str(f.get_object()["/BaseFont"])
            if not re.fullmatch(r"/[A-Z]{6}\+.+", base):
                errors.append(f"page {k}: font {base} is not a subset")
            fonts.add(base.split("+")[-1])
        rs = runs(page)
        if not any(r.size >= 21 and r.font == "Lato-Bold" and r.y > HEIGHT - 150 for r in rs):
            errors.append(f"page {k}: no title run of 21 pt or more at the top")
        if not any(r.text == FOOTER and r.y < 20 for r in rs):
            errors.append(f"page {k}: no footer")
        if not any(r.text == str(k) and r.y < 20 and r.x > WIDTH / 2 for r in rs):
            errors.append(f"page {k}: no page number in the footer")
        for r in rs:
            if r.text == "●":
                bullets += 1
                if not any(o.x > r.x and abs(o.y - r.y) < 1.5 and o.text != "●" for o in rs):
                    errors.append(f"page {k}: a bullet without its line")
        tops = [r for r in rs if r.y > HEIGHT - 40 and r.size < 10]
        if tops:
            kickers[k] = tops[0].text
    if fonts != DECK_FONTS:
        errors.append(f"deck: fonts {sorted(fonts)}")
    if bullets < 20:
        errors.append(f"deck: {bullets} bullet runs")

    stand = [k for k, t in kickers.items() if t.startswith("WHERE WE STAND")]
    if stand != [2, 3, 4] or [kickers[k][-6:] for k in stand] != ["1 OF 3", "2 OF 3", "3 OF 3"]:
        errors.append(f"deck: 'Where we stand' on pages {stand}")
    appendix = [k for k, t in kickers.items() if t.startswith("APPENDIX")]
    if appendix != [n - 1, n] or not all("BENCHMARK" in kickers[k] for k in appendix):
        errors.append(f"deck: appendix on pages {appendix}")

    # the KPI table: every KPI a row, dated by a term or an academic year but the vague one
    kpi_visions = [v for v in gold["visions"] if any(m in v["match"] for m in gold["kpis"])]
    kslides = {v["slide"] for v in kpi_visions}
    if len(kslides) != 1:
        errors.append(f"KPI visions on pages {sorted(kslides)}")
    else:
        kn = kslides.pop()
        lines = pages[kn]
        if normalize(" ".join(KPI_HEAD)) not in lines:
            errors.append("KPI table: no header Measure / Baseline AY 2026-27 / Target / By")
        undated = []
        for v in kpi_visions:
            row = [x for x in lines if x.startswith(v["match"])]
            if len(row) != 1:
                errors.append(f"KPI {v['match']!r} is not one row of the table")
                continue
            tail = row[0][len(v["match"]) :]
            dated = any(WHEN.match(tail[i:].strip()) for i in range(len(tail)))
            if not dated:
                undated.append(v["match"])
        if undated != [v["match"] for v in kpi_visions if v["vague"]]:
            errors.append(f"KPI rows without a term or year {undated}")

    # the roadmap
    road = [k for k, lines in pages.items() if normalize(" ".join(TERMS)) in lines]
    if len(road) != 1:
        errors.append(f"roadmap term row on pages {road}")
    else:
        lines = pages[road[0]]
        if normalize(" ".join(YEARS)) not in lines:
            errors.append("roadmap: no academic-year row")
        gates = [x for x in lines if x.startswith("gate ")]
        if gates != ["gate 1 · june 2029", "gate 2 · june 2030", "gate 3 · june 2031"]:
            errors.append(f"roadmap: gates {gates}")
        if not any("month 0 = july 1, 2028" in x for x in lines):
            errors.append("roadmap: no month 0")
        for ph in gold["phases"]:
            if not all(any(m in x for x in lines) for m in ph["match"]):
                errors.append(f"phase not on the roadmap: {ph['match']}")
    return errors


# =========================================================================== the gold's own


def gold_checks(case: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    org = case / "org"
    pages = deck_lines(case / gold["deck"])
    every = [x for lines in pages.values() for x in lines]
    by_file = sentences_by_file(org)
    all_sentences = [s for ss in by_file.values() for s in ss]

    gaps = gold["gaps"]
    if not 8 <= len(gaps) <= 12:
        errors.append(f"{len(gaps)} gaps (8 to 12)")
    files = {f for f, ss in by_file.items() for gap in gaps for alt in gap for s in ss if alt in s}
    if len(files) < 3:
        errors.append(f"gaps stated in {sorted(files)} only")
    gap_sentences = {s for gap in gaps for alt in gap for s in all_sentences if alt in s}
    if len(gold["false_gaps"]) < 3:
        errors.append(f"{len(gold['false_gaps'])} false-gap groups")
    if not 5 <= len(gold["forbidden_terms"]) <= 10:
        errors.append(f"{len(gold['forbidden_terms'])} forbidden terms (5 to 10)")

    for entry in gold["gap_blocks"]:
        for key in entry["gap"]:
            if not any(key in s for s in gap_sentences):
                errors.append(f"gap_blocks: {key!r} is in no sentence that states a gap")
        items = entry.get("blocks", []) + entry.get("not_blocks", [])
        if not entry.get("blocks") or not entry.get("not_blocks"):
            errors.append(f"gap_blocks: {entry['gap'][0]!r} without blocks or not_blocks")
        for alts in items:
            for alt in alts:
                if not any(alt in x for x in every):
                    errors.append(f"gap_blocks: task {alt!r} on no deck line")

    figures = [t for t in gold["not_visions"] if re.search(r"\d", t)]
    if len(figures) < 12 or len(figures) <= len(gold["visions"]):
        errors.append(f"{len(figures)} goal-like figures among the not-visions")
    vague = sum(v["vague"] for v in gold["visions"])
    if vague < 2 or vague * 2 >= len(gold["visions"]):
        errors.append(f"{vague} vague visions of {len(gold['visions'])}")

    keys = [k for e in gold["remit_owners"] for k in e["task"]]
    for kpi in gold["kpis"]:
        if not any(k in kpi for k in keys):
            errors.append(f"remit_owners: no entry for KPI {kpi!r}")
    covered = [a for a in gold["deck_actions"] if any(k in m for k in keys for m in a["match"])]
    if len(covered) < 10:
        errors.append(f"remit_owners cover {len(covered)} deck actions")
    for a, b in PAIRS:
        owned_a = {i for i, e in enumerate(gold["remit_owners"]) if a in e["owners"]}
        owned_b = {i for i, e in enumerate(gold["remit_owners"]) if b in e["owners"]}
        if not owned_a or not owned_b or owned_a == owned_b:
            errors.append(f"near-namesakes own the same work: {a!r} / {b!r}")
    if sorted(gold["consult_only_roles"]) != sorted(consulted(org)):
        errors.append("consult-only roles are not the handbook's consulted positions")
    return errors


def extra(case: Path) -> list[str]:
    gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
    return roster_form(case / "org") + deck_form(case, gold) + gold_checks(case, gold)


CASE = Case(
    name=NAME,
    builder="build_college_district.py",
    roster=roster,
    org_sentences=sentences,
    extra=extra,
    folder=HERE,
    split="blind14",
)


def show_org() -> None:
    org = HERE / NAME / "org"
    print("--- roster rows (positions-export.xlsx)")
    for row in export_rows(org):
        print("  " + " | ".join(_cell(c) for c in row))
    print(f"--- roster (role, tier): {roster(org)}")
    for name, ss in sentences_by_file(org).items():
        print(f"--- {name}")
        for s in ss:
            print(f"  | {s}")


def main() -> int:
    if "--dump" in sys.argv:
        case = HERE / NAME
        deck = next(p for p in case.iterdir() if p.suffix == ".pdf")
        print(f"##### {NAME}: {deck.name}")
        for n, lines in deck_lines(deck).items():
            print(f"=== {n}")
            for line in lines:
                print(f"  {line}")
        print(f"--- roster: {roster(case / 'org')}")
    if "--org" in sys.argv:
        show_org()
    if "--dump" in sys.argv or "--org" in sys.argv:
        return 0
    return _checks.main(CASE)


if __name__ == "__main__":
    sys.exit(main())
