"""Consistency checks of the dev24 case ``ashdown-police`` against its deck and org folder.

Run from the repository root with the venv the builder needs (reportlab is not in the project's
lock; see ``build_ashdown_police.py``), since the rebuild check runs the builder with the
interpreter that runs this file:

    /tmp/rl/bin/python evals/dev24/check_ashdown_police.py
    (``--dump`` prints the deck lines the gold was read from and the roster; ``--org`` adds the
    org sentences, the roster's rows among them)

The checks are those of ``evals/dev15/_checks.py`` (adapted from ``evals/dev13/check_gold.py``),
imported, not copied, and pointed at this folder (``evals/dev24``, split "dev24") with
``build_ashdown_police.py`` as the builder. Deck lines are dev13's: pypdf's text of each PDF
page, one line per line, normalised; gold "slide" is the PDF page. The gold's fields are dev13's
and ``gap_blocks`` (``evals/cases/README.md``, "Deck-grounded gold"), which dev13's field list
predates: this checker adds it to the shared list and checks it itself (every ``gap`` word
inside an org sentence that states one of the gold's gaps; every ``blocks`` and ``not_blocks``
alternative somewhere in the deck).

What is this case's own:

- the roster, read with pypdf from the org chart ``org/people/programme-structure.pdf`` by the
  position of each text run (pypdf's visitor: the run's text, its text matrix, font and size):
  page 2's table Role / Remit gives the roles in order (a run left of the "Remit" header is a
  role; each remit line belongs to the nearest role at or above it; only the table's 8.5 pt
  runs are read, not the page number), page 1's boxes their tiers
  (the runs of a box share their left x: bold 8.5 pt lines are the title, joined, the 6.2 pt
  bold run "Core", "Extended" or "Consult only" is the tag). Page 1's content stream draws the
  boxes tier by tier and right to left along a tier, so reading its text in stream order
  gives no roster;
- org sentences: ``_checks.org_sentences`` with a reader for the PDF: one part per page-2 row,
  "Role - remit";
- checks of the roster's form: two landscape A3 pages, Producer and Creator draw.io; page 1 with
  18 to 22 boxes in four tiers, each box a title, one one-line remit and a tag; exactly two
  "Consult only" boxes and three dashed shapes (the two boxes and the legend's sample); a legend;
  elbow connectors (paths of a move and three lines); the boxes' titles in the content stream
  tier by tier, right to left along each tier; page 2 "Remits in full" with the same roles as
  page 1, each with a remit, and ruled rows;
- checks of the deck's form, as Google Slides exports a 4:3 deck: 14 to 22 pages of 720 x 540
  pt; Producer "Skia/PDF m1xx ..." and no Creator; version 1.4 and no "ReportLab" in the file;
  every font a subset named ArialMT, Arial-BoldMT, Roboto-Regular or Roboto-Bold, both families
  used; bullets "●" and "○" as their own runs, each followed by its line's text on the same
  baseline; a ruled KPI table with the header Measure / 2027/28 / Target / By whose rows hold
  every KPI vision, each dated by a "20xx/yy Qn" cell but the one vague KPI; a slide of exactly
  three big-number tiles whose numbers are KPI targets; a roadmap table of twelve financial
  quarters under three years with filled cells, the gates at quarter ends and the gold's phases
  on it; links as URI annotations over text; the small grey footer and page number on every page
  from 2.

It never runs the planner.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from pypdf.generic import ContentStream

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import evals.dev15._checks as _checks  # noqa: E402
from evals.dev13.check_gold import FIELDS, deck_lines  # noqa: E402
from evals.dev15._checks import Case, run  # noqa: E402

HERE = Path(__file__).resolve().parent
NAME = "ashdown-police"
ROSTER = Path("people") / "programme-structure.pdf"
TAGS = {"Core", "Extended", "Consult only"}
DECK_FONTS = {"ArialMT", "Arial-BoldMT", "Roboto-Regular", "Roboto-Bold"}
FOOTER = "Ashdown Constabulary · Contact and Response 2028–31 · OFFICIAL"
QUARTER = re.compile(r"20\d\d/\d\d q[1-4]")

# gap_blocks is a field of the deck-grounded gold that dev13's list predates
_checks.FIELDS = FIELDS | {"gap_blocks"}


# =========================================================================== PDF text runs


class Run:
    """One text run as pypdf's visitor sees it: text, position, font and size."""

    def __init__(self, text: str, x: float, y: float, font: str, size: float) -> None:
        self.text, self.x, self.y, self.font, self.size = text, x, y, font, size

    @property
    def bold(self) -> bool:
        return "Bold" in self.font

    def __repr__(self) -> str:
        return f"Run({self.text!r}, {self.x:.1f}, {self.y:.1f}, {self.font}, {self.size})"


def runs(page: Any) -> list[Run]:
    """The page's text runs in content-stream order (blank runs dropped)."""
    out: list[Run] = []

    def visit(text: str, cm: list[float], tm: list[float], font: Any, size: float) -> None:
        if text.strip():
            name = str(font.get("/BaseFont", "")) if font else ""
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            out.append(Run(text.strip("\n"), x, y, name.split("+")[-1], float(size)))

    page.extract_text(visitor_text=visit)
    return out


def operations(reader: PdfReader, page: Any) -> list[tuple[list[Any], bytes]]:
    return list(ContentStream(page.get_contents(), reader).operations)


# =========================================================================== the roster


def _boxes(page1: list[Run]) -> list[tuple[str, str, list[Run]]]:
    """(title, tag, the box's runs) of every box on page 1, in content-stream order."""
    groups: dict[float, list[list[Run]]] = {}
    for r in page1:
        if r.size > 9:  # the chart's title and version line
            continue
        columns = groups.setdefault(round(r.x, 1), [])
        for box in columns:
            if abs(box[-1].y - r.y) < 40 and abs(box[0].y - r.y) < 60:
                box.append(r)
                break
        else:
            columns.append([r])
    out = []
    for columns in groups.values():
        for box in columns:
            title = " ".join(r.text for r in box if r.bold and r.size > 8)
            tags = [r.text for r in box if r.bold and r.size < 7 and r.text in TAGS]
            if title and len(tags) == 1:
                out.append((title, tags[0], box))
    first = {id(r): k for k, r in enumerate(page1)}
    return sorted(out, key=lambda b: first[id(b[2][0])])


def _remit_rows(page2: list[Run]) -> list[tuple[str, str]]:
    """(role, remit) of every row of page 2's table Role / Remit, top to bottom."""
    head = [r for r in page2 if r.text == "Remit"]
    if len(head) != 1:
        return []
    split, top = head[0].x - 2, head[0].y
    body = sorted((r for r in page2 if r.y < top - 1 and 8.2 < r.size < 9), key=lambda r: -r.y)
    rows: list[tuple[str, list[str]]] = []
    for r in body:
        if r.x < split and r.bold:
            rows.append((r.text.strip(), []))
        elif r.x >= split and rows:
            rows[-1][1].append(r.text.strip())
    return [(role, " ".join(parts)) for role, parts in rows]


def _pages(org: Path) -> list[list[Run]]:
    return [runs(p) for p in PdfReader(str(org / ROSTER)).pages]


def roster(org: Path) -> list[tuple[str, str]]:
    pages = _pages(org)
    if len(pages) != 2:
        return []
    tiers = {title: tag.lower() for title, tag, _ in _boxes(pages[0])}
    return [(role, tiers.get(role, "")) for role, _ in _remit_rows(pages[1])]


def _roster_parts(path: Path) -> list[str]:
    reader = PdfReader(str(path))
    if len(reader.pages) != 2:
        return []
    return [f"{role} - {remit}" for role, remit in _remit_rows(runs(reader.pages[1]))]


def sentences(org: Path) -> list[str]:
    return _checks.org_sentences(org, {".pdf": _roster_parts})


def roster_form(org: Path) -> list[str]:
    errors: list[str] = []
    reader = PdfReader(str(org / ROSTER))
    meta: dict[str, Any] = dict(reader.metadata or {})
    if not str(meta.get("/Producer", "")).startswith("draw.io") or meta.get("/Creator") != (
        "draw.io"
    ):
        errors.append(
            f"roster: producer/creator {meta.get('/Producer')!r}/{meta.get('/Creator')!r}"
        )
    if len(reader.pages) != 2:
        return [*errors, f"roster: {len(reader.pages)} pages (2)"]
    for k, page in enumerate(reader.pages, start=1):
        w, h = float(page.mediabox.width), float(page.mediabox.height)
        if abs(w - 1190.55) > 0.5 or abs(h - 841.89) > 0.5:
            errors.append(f"roster page {k}: {w:.1f} x {h:.1f}, not landscape A3")
    page1, page2 = runs(reader.pages[0]), runs(reader.pages[1])
    boxes = _boxes(page1)
    if not 18 <= len(boxes) <= 22:
        errors.append(f"roster: {len(boxes)} boxes on page 1 (18 to 22)")
    for title, _tag, box in boxes:
        remits = [r for r in box if not r.bold]
        if len(remits) != 1:
            errors.append(f"roster: box {title!r} has {len(remits)} remit lines (one)")
    tops = sorted({round(max(r.y for r in box if r.bold and r.size > 8)) for _, _, box in boxes})
    if len(tops) != 4:
        errors.append(f"roster: box titles on {len(tops)} tiers (four): {tops}")
    consult = [t for t, tag, _ in boxes if tag == "Consult only"]
    if len(consult) != 2:
        errors.append(f"roster: {len(consult)} consult-only boxes (two)")
    ops = operations(reader, reader.pages[0])
    dashed = sum(1 for args, op in ops if op == b"d" and len(args[0]) > 0)
    if dashed != 3:
        errors.append(f"roster: {dashed} dashed shapes (the two consult boxes and the legend's)")
    names = [op for _, op in ops]
    elbows = sum(
        1 for k in range(len(names) - 4) if names[k : k + 5] == [b"m", b"l", b"l", b"l", b"S"]
    )
    if elbows < 12:
        errors.append(f"roster: {elbows} elbow connectors")
    texts = {r.text for r in page1}
    legend = {"Legend", "Core: programme team, may own tasks", "Reporting line"}
    if not legend <= texts:
        errors.append(f"roster: legend lines missing: {sorted(legend - texts)}")
    # stream order: tier by tier from the top, right to left along a tier
    order = [(round(max(r.y for r in box if r.bold and r.size > 8)), box[0].x) for *_, box in boxes]
    for k in range(1, len(order)):
        (y0, x0), (y1, x1) = order[k - 1], order[k]
        if y1 > y0 or (y1 == y0 and x1 >= x0):
            errors.append("roster: boxes not drawn tier by tier, right to left")
            break
    if sorted(order, key=lambda o: (-o[0], o[1])) == order:
        errors.append("roster: page 1's text is in reading order")
    # page 2
    if "Remits in full" not in {r.text for r in page2}:
        errors.append("roster: page 2 has no 'Remits in full' title")
    rows = _remit_rows(page2)
    if {r for r, _ in rows} != {t for t, _, _ in boxes} or len(rows) != len(boxes):
        errors.append("roster: page 2's roles differ from page 1's boxes")
    if any(not remit for _, remit in rows):
        errors.append("roster: a page-2 row without a remit")
    rules = sum(1 for _, op in operations(reader, reader.pages[1]) if op == b"l")
    if rules < len(rows) + 2:
        errors.append(f"roster: page 2 has {rules} rules for {len(rows)} rows")
    return errors


# =========================================================================== the deck's form


def deck_form(case: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    path = case / gold["deck"]
    data = path.read_bytes()
    if not data.startswith(b"%PDF-1.4\n") or b"ReportLab" in data:
        errors.append("deck: not a PDF 1.4 header, or reportlab's name left in the file")
    reader = PdfReader(str(path))
    meta: dict[str, Any] = dict(reader.metadata or {})
    if not re.match(r"Skia/PDF m1\d\d", str(meta.get("/Producer", ""))):
        errors.append(f"deck: producer {meta.get('/Producer')!r}")
    if "/Creator" in meta and "Google" not in str(meta["/Creator"]):
        errors.append(f"deck: creator {meta['/Creator']!r}")
    pages = reader.pages
    if not 14 <= len(pages) <= 22:
        errors.append(f"deck: {len(pages)} pages (14 to 22)")
    lines = deck_lines(path)
    all_runs = [runs(p) for p in pages]
    fonts: set[str] = set()
    bullets = {"●": 0, "○": 0}
    bullet_pages: set[int] = set()
    annotated: set[int] = set()
    for n, (page, rs) in enumerate(zip(pages, all_runs, strict=True), start=1):
        if (round(float(page.mediabox.width)), round(float(page.mediabox.height))) != (720, 540):
            errors.append(f"deck page {n}: not 720 x 540")
        resources: Any = page["/Resources"]
        for font in resources["/Font"].values():
            base = str(font.get_object()["/BaseFont"])
            m = re.fullmatch(r"/?[A-Z]{6}\+(.+)", base)
            if not m or m.group(1) not in DECK_FONTS:
                errors.append(f"deck page {n}: font {base}")
            else:
                fonts.add(m.group(1))
        for k, r in enumerate(rs):
            if r.text in bullets:
                bullets[r.text] += 1
                bullet_pages.add(n)
                nxt = rs[k + 1] if k + 1 < len(rs) else None
                if nxt is None or abs(nxt.y - r.y) > 0.01 or nxt.x <= r.x:
                    errors.append(f"deck page {n}: bullet without its line after it")
            if "\n" in r.text:
                errors.append(f"deck page {n}: a run of more than one line: {r.text!r}")
        for annot in page.get("/Annots") or []:
            a = annot.get_object()
            if a.get("/Subtype") == "/Link" and "/URI" in a.get("/A", {}):
                x1, y1 = float(a["/Rect"][0]), float(a["/Rect"][1])
                if not any(abs(r.x - x1) < 0.5 and abs(r.y - (y1 + 3)) < 0.5 for r in rs):
                    errors.append(f"deck page {n}: a link annotation over no text")
                annotated.add(n)
        if n > 1:
            foot = [r for r in rs if r.y < 20 and r.size <= 8]
            if [r.text for r in foot] != [FOOTER, str(n)]:
                errors.append(f"deck page {n}: footer {[r.text for r in foot]}")
    if {"ArialMT", "Roboto-Bold"} - fonts:
        errors.append(f"deck: fonts used {sorted(fonts)}")
    if bullets["●"] < 20 or bullets["○"] < 4 or len(bullet_pages) < 6:
        errors.append(f"deck: bullets {bullets} on pages {sorted(bullet_pages)}")
    if len(annotated) < 2:
        errors.append(f"deck: links on pages {sorted(annotated)}")

    # the KPI table
    kpi_visions = [v for v in gold["visions"] if any(k in v["match"] for k in gold["kpis"])]
    kslides = {v["slide"] for v in kpi_visions}
    if len(kslides) != 1:
        return [*errors, f"deck: KPI visions on slides {sorted(kslides)}"]
    kn = kslides.pop()
    krs = all_runs[kn - 1]
    head = [r.text for r in krs if r.text in {"Measure", "2027/28", "Target", "By"}]
    heads_y = {round(r.y) for r in krs if r.text in {"Measure", "2027/28", "Target", "By"}}
    if head != ["Measure", "2027/28", "Target", "By"] or len(heads_y) != 1:
        errors.append(f"deck: KPI table header {head}")
    rules = sum(1 for _, op in operations(reader, pages[kn - 1]) if op == b"l")
    if rules < len(kpi_visions) + 6:
        errors.append(f"deck: KPI table with {rules} rules")
    undated = []
    for v in kpi_visions:
        row = [line for line in lines[kn] if v["match"] in line]
        if len(row) != 1:
            errors.append(f"deck: KPI {v['match']!r} is on {len(row)} table lines")
            continue
        if not QUARTER.search(row[0]):
            undated.append(v["match"])
    vague = [v["match"] for v in kpi_visions if v["vague"]]
    if len(undated) != 1 or undated != vague:
        errors.append(f"deck: KPI rows without a quarter {undated}; vague KPIs {vague}")

    # the tiles
    tiles = [n for n, rs in enumerate(all_runs, start=1) if any(r.size >= 40 for r in rs)]
    if len(tiles) != 1:
        errors.append(f"deck: big-number tiles on pages {tiles}")
    else:
        big = [r.text for r in all_runs[tiles[0] - 1] if r.size >= 40]
        targets = {line for line in lines[kn]}
        if len(big) != 3 or not all(any(b.lower().lstrip("<") in t for t in targets) for b in big):
            errors.append(f"deck: tiles {big} are not three KPI targets")

    # the roadmap
    road = [
        n
        for n, rs in enumerate(all_runs, start=1)
        if sum(r.text in {"Q1", "Q2", "Q3", "Q4"} for r in rs) == 12
    ]
    if len(road) != 1:
        return [*errors, f"deck: quarter grid on pages {road}"]
    rn = road[0]
    rrs = all_runs[rn - 1]
    years = [r.text for r in rrs if re.fullmatch(r"20\d\d/\d\d", r.text)]
    if years != ["2028/29", "2029/30", "2030/31"]:
        errors.append(f"deck: roadmap years {years}")
    qy = {round(r.y) for r in rrs if r.text in {"Q1", "Q2", "Q3", "Q4"}}
    if len(qy) != 1:
        errors.append("deck: the quarters are not one header row")
    ops = operations(reader, pages[rn - 1])
    fills = sum(
        1 for k in range(len(ops) - 1) if ops[k][1] == b"re" and ops[k + 1][1] in {b"f", b"f*"}
    )
    if fills < 15:
        errors.append(f"deck: roadmap with {fills} filled cells")
    gates = [x for x in lines[rn] if re.match(r"(gate \d|close) · end of 20\d\d/\d\d q[1-4]", x)]
    if len(gates) != 4:
        errors.append(f"deck: roadmap gates {gates}")
    for ph in gold["phases"]:
        if not all(any(m in x for x in lines[rn]) for m in ph["match"]):
            errors.append(f"deck: phase not on the roadmap: {ph['match']}")
    return errors


# =========================================================================== gap_blocks


def gap_blocks(case: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    lines = deck_lines(case / gold["deck"])
    org = sentences(case / "org")
    stated = {s for s in org for gap in gold["gaps"] for alt in gap if alt in s}
    if not gold.get("gap_blocks"):
        return ["gap_blocks: none"]
    for entry in gold["gap_blocks"]:
        if set(entry) != {"gap", "blocks", "not_blocks"}:
            errors.append(f"gap_blocks: keys {sorted(entry)}")
        for alt in entry["gap"]:
            if not any(alt in s for s in stated):
                errors.append(f"gap_blocks: {alt!r} is in no sentence stating a gold gap")
        for key in ("blocks", "not_blocks"):
            for item in entry[key]:
                for alt in item:
                    if not any(alt in x for xs in lines.values() for x in xs):
                        errors.append(f"gap_blocks {key}: {alt!r} not in the deck")
    return errors


def extra(case: Path) -> list[str]:
    gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
    return roster_form(case / "org") + deck_form(case, gold) + gap_blocks(case, gold)


def dump_org(case: Path) -> None:
    pages = _pages(case / "org")
    print("--- roster boxes (page 1, in content-stream order): title | tag | remit")
    for title, tag, box in _boxes(pages[0]):
        remit = " ".join(r.text for r in box if not r.bold)
        print(f"  {title} | {tag} | {remit}")


CASE = Case(
    name=NAME,
    builder="build_ashdown_police.py",
    roster=roster,
    org_sentences=sentences,
    extra=extra,
    folder=HERE,
    split="dev24",
)


def main() -> int:
    code = run(CASE)
    if "--dump" in sys.argv and "--org" in sys.argv:
        dump_org(HERE / NAME)
    return code


if __name__ == "__main__":
    sys.exit(main())
