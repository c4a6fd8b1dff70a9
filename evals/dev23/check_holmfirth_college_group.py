"""Consistency checks of the dev23 case ``holmfirth-college-group`` against its deck and org folder.

Run from the repository root with the project's venv:

    .venv/bin/python evals/dev23/check_holmfirth_college_group.py          # checks and rebuild
    .venv/bin/python evals/dev23/check_holmfirth_college_group.py --dump   # deck lines, roster
    .venv/bin/python evals/dev23/check_holmfirth_college_group.py --dump --org   # and org text

The checks are those of ``evals/dev15/_checks.py`` (with ``evals/dev13/check_gold.py``'s deck
reader), imported, not copied, pointed at ``evals/dev23`` (split "dev23") with
``build_holmfirth_college_group.py`` as the builder. What is this case's own:

- the roster, read from ``org/people/college-roles.odt`` with ``zipfile`` and ``lxml``: the one
  ``table:table`` of ``content.xml``, its rows (``table:table-row``, header rows included) in
  document order, each cell repeated ``table:number-columns-repeated`` times, a cell's text its
  ``text:p`` paragraphs with ``text:s`` read as spaces (``text:c`` of them), ``text:tab`` as a
  tab and ``text:line-break`` as a new line, spans opened. The header row is Role | Directorate
  | Programme tier | Remit; every later row whose Role cell is not empty is a role, its tier the
  "Programme tier" cell;
- org sentences: ``_checks.org_sentences`` with an ``.odt`` reader added: every heading
  (``text:h``) and paragraph (``text:p``) outside a table, and every table row, its cells joined
  by spaces;
- checks of the deck's form: A4 portrait (6858000 x 9906000 EMU), 15 to 17 slides, one slide
  layout in the package ("Title Only") used by every slide; the layout carries the footer as
  non-placeholder text boxes (the paper's reference and a ``slidenum`` field) and no slide has
  a footer, date or slide-number placeholder or the footer's text; every slide has its title in
  the title placeholder, then a one-line "Key message" text box, then two or more content
  regions and a "Source" line; typed bullets ("• ", "– ") on some slides and paragraph bullets
  (``a:buChar``) on others; goal boxes with a bold head on the pillar slides; the roadmap a
  native table whose first row holds the academic years 2028/29, 2029/30, 2030/31 each merged
  over three columns, whose second row holds Autumn / Spring / Summer three times, and whose
  phases sit in merged body cells; a context table before the KPI table whose rows share no
  KPI's wording; the KPI table with Measure / 2027/28 baseline / Target / By when; the risks
  table with Risk / Likelihood / Mitigation where only the Mitigation column holds deck actions;
- checks of the ODF packages: ``mimetype`` first and stored, the five parts, fixed dates; the
  roster with 17 to 20 roles, tiers Core / Extended / Consult only, two consult-only roles,
  ``text:s`` and a repeated empty cell present; the campus profiles with headings and
  paragraphs and no table.

It never runs the planner.
"""

from __future__ import annotations

import json
import sys
import zipfile
from pathlib import Path

from lxml import etree
from pptx import Presentation

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import evals.dev15._checks as _checks  # noqa: E402
from evals.dev13.check_gold import _shape_lines, deck_lines, normalize  # noqa: E402
from evals.dev15._checks import Case, run  # noqa: E402

HERE = Path(__file__).resolve().parent
NAME = "holmfirth-college-group"
ROSTER = Path("people") / "college-roles.odt"
HEAD = ["Role", "Directorate", "Programme tier", "Remit"]
TIERS = {"core", "extended", "consult only"}

OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"


def _t(tag: str) -> str:
    return f"{{{TEXT}}}{tag}"


def _tb(tag: str) -> str:
    return f"{{{TABLE}}}{tag}"


# =========================================================================== ODF text


def odf_text(el) -> str:
    """The text of a paragraph or heading: spans opened, ``text:s`` as spaces."""
    out: list[str] = [el.text or ""]
    for child in el:
        if child.tag == _t("s"):
            out.append(" " * int(child.get(_t("c"), "1")))
        elif child.tag == _t("tab"):
            out.append("\t")
        elif child.tag == _t("line-break"):
            out.append("\n")
        elif child.tag in (_t("span"), _t("a")):
            out.append(odf_text(child))
        out.append(child.tail or "")
    return "".join(out)


def _body(path: Path):
    with zipfile.ZipFile(path) as z:
        root = etree.fromstring(z.read("content.xml"))
    return root.find(f"{{{OFFICE}}}body/{{{OFFICE}}}text")


def table_rows(path: Path) -> list[list[str]]:
    """Every row of every table, cells expanded by ``table:number-columns-repeated``."""
    rows: list[list[str]] = []
    for tr in _body(path).iter(_tb("table-row")):
        cells: list[str] = []
        for tc in tr:
            if tc.tag not in (_tb("table-cell"), _tb("covered-table-cell")):
                continue
            text = "\n".join(odf_text(p) for p in tc.iter(_t("p"), _t("h")))
            cells.extend([text] * int(tc.get(_tb("number-columns-repeated"), "1")))
        rows.append(cells)
    return rows


def _odt_parts(path: Path) -> list[str]:
    parts: list[str] = []
    for el in _body(path).iter(_t("h"), _t("p")):
        if any(a.tag == _tb("table") for a in el.iterancestors()):
            continue
        parts.append(odf_text(el))
    parts.extend(" ".join(c for c in row if c) for row in table_rows(path))
    return parts


def roster(org: Path) -> list[tuple[str, str]]:
    rows = table_rows(org / ROSTER)
    head = [c.strip() for c in rows[0]]
    role, tier = head.index("Role"), head.index("Programme tier")
    return [
        (" ".join(r[role].split()), r[tier].strip().lower()) for r in rows[1:] if r[role].strip()
    ]


def sentences(org: Path) -> list[str]:
    return _checks.org_sentences(org, {".odt": _odt_parts})


# =========================================================================== forms


def odt_form(org: Path, gold: dict) -> list[str]:
    errors: list[str] = []
    for rel in (ROSTER, Path("context") / "campus-profiles.odt"):
        path = org / rel
        with zipfile.ZipFile(path) as z:
            infos = z.infolist()
            names = [i.filename for i in infos]
            if names[0] != "mimetype" or infos[0].compress_type != zipfile.ZIP_STORED:
                errors.append(f"{rel}: mimetype not first and stored")
            if z.read("mimetype") != b"application/vnd.oasis.opendocument.text":
                errors.append(f"{rel}: wrong mimetype")
            want = {"mimetype", "content.xml", "styles.xml", "meta.xml", "META-INF/manifest.xml"}
            if set(names) != want:
                errors.append(f"{rel}: parts {names}")
            if len({i.date_time for i in infos}) != 1:
                errors.append(f"{rel}: zip dates not one fixed date")
            content = z.read("content.xml")
        if rel == ROSTER:
            rows = table_rows(path)
            if [c.strip() for c in rows[0]] != HEAD:
                errors.append(f"roster header {rows[0]}")
            found = roster(org)
            if not 17 <= len(found) <= 20:
                errors.append(f"{len(found)} roles (17 to 20)")
            if {t for _, t in found} != TIERS:
                errors.append(f"tiers {sorted({t for _, t in found})}")
            consult = [r for r, t in found if t == "consult only"]
            if len(consult) != 2 or sorted(consult) != sorted(gold["consult_only_roles"]):
                errors.append(f"consult-only roles {consult}")
            if b"<text:s/>" not in content or b"number-columns-repeated" not in content:
                errors.append("roster: no text:s or no repeated cells")
            if content.count(b"<table:table ") != 1:
                errors.append("roster: not exactly one table")
            if not any(len(r) == 4 and not any(c.strip() for c in r) for r in rows):
                errors.append("roster: no empty repeated row")
        else:
            body = _body(path)
            if list(body.iter(_tb("table"))):
                errors.append("campus profiles: a table")
            if len(list(body.iter(_t("h")))) < 3 or len(list(body.iter(_t("p")))) < 8:
                errors.append("campus profiles: too few headings or paragraphs")
    return errors


def _cell_text(cell) -> str:
    return normalize(" ".join(p.text for p in cell.text_frame.paragraphs))


def deck_form(case: Path, gold: dict) -> list[str]:
    errors: list[str] = []
    deck = case / gold["deck"]
    prs = Presentation(str(deck))
    if (prs.slide_width, prs.slide_height) != (6858000, 9906000):
        errors.append(f"slide size {prs.slide_width} x {prs.slide_height}")
    slides = list(prs.slides)
    if not 15 <= len(slides) <= 17:
        errors.append(f"{len(slides)} slides")
    layouts = [lay.name for lay in prs.slide_master.slide_layouts]
    if layouts != ["Title Only"]:
        errors.append(f"layouts {layouts}")
    layout = prs.slide_master.slide_layouts[0]
    lay_xml = etree.tostring(layout._element)
    if b'type="slidenum"' not in lay_xml or b"Paper CB/28/41" not in lay_xml:
        errors.append("the layout carries no footer text and slide-number field")
    if any(sh.is_placeholder and sh.placeholder_format.type != 1 for sh in layout.shapes):
        errors.append("the layout keeps placeholders other than its title")
    pages = deck_lines(deck)
    typed = paragraph_bullets = goal_boxes = 0
    for k, s in enumerate(slides, start=1):
        if s.slide_layout.name != "Title Only":
            errors.append(f"slide {k}: layout {s.slide_layout.name}")
        shapes = list(s.shapes)
        if not (shapes[0].is_placeholder and shapes[0].placeholder_format.type == 1):
            errors.append(f"slide {k}: the title placeholder is not first")
        elif not shapes[0].text_frame.text.strip():
            errors.append(f"slide {k}: empty title")
        if shapes[1].name != "Key message" or len(shapes[1].text_frame.paragraphs) != 1:
            errors.append(f"slide {k}: no one-line key message under the title")
        if shapes[-1].name != "Source":
            errors.append(f"slide {k}: no source line last")
        if len(shapes) - 3 < 2:
            errors.append(f"slide {k}: fewer than two content regions")
        if any(sh.is_placeholder and sh.placeholder_format.type in (13, 15, 16) for sh in shapes):
            errors.append(f"slide {k}: a footer, date or number placeholder on the slide")
        if any("paper cb/28/41 · corporation board" in line for line in pages[k]):
            errors.append(f"slide {k}: the footer text is on the slide")
        for line in pages[k]:
            if line.startswith(("• ", "– ", "- ")):
                typed += 1
        if list(s._element.iter(f"{{{A}}}buChar")):
            paragraph_bullets += 1
        for sh in shapes:
            if sh.name == "Goal box":
                runs = sh.text_frame.paragraphs[0].runs
                if runs and runs[0].font.bold:
                    goal_boxes += 1
    if typed < 8:
        errors.append(f"only {typed} typed bullets")
    if paragraph_bullets < 6:
        errors.append(f"paragraph bullets on {paragraph_bullets} slides only")
    if goal_boxes < 4:
        errors.append(f"{goal_boxes} bold-headed goal boxes")

    tables = {
        k: [sh.table for sh in s.shapes if sh.has_table] for k, s in enumerate(slides, start=1)
    }
    # the roadmap
    road = [
        (k, t)
        for k, ts in tables.items()
        for t in ts
        if [_cell_text(c) for c in t.rows[0].cells][1::3] == ["2028/29", "2029/30", "2030/31"]
    ]
    if len(road) != 1:
        errors.append("no roadmap table with the academic years in its first row")
    else:
        k, t = road[0]
        top = list(t.rows[0].cells)
        for c in (1, 4, 7):
            if top[c].span_width != 3 or not top[c].is_merge_origin:
                errors.append(f"roadmap: year cell {c} is not merged over three terms")
        terms = [_cell_text(c) for c in t.rows[1].cells][1:]
        if terms != ["autumn", "spring", "summer"] * 3:
            errors.append(f"roadmap terms {terms}")
        merged_phases = 0
        for row in list(t.rows)[2:]:
            for cell in row.cells:
                phase = any(m in _cell_text(cell) for ph in gold["phases"] for m in ph["match"])
                if cell.is_merge_origin and cell.span_width > 1 and phase:
                    merged_phases += 1
        if merged_phases < 3:
            errors.append(f"roadmap: {merged_phases} phases in merged body cells")
        if any(
            ph["match"] and not any(m in " ".join(pages[k]) for m in ph["match"])
            for ph in gold["phases"]
        ):
            errors.append("roadmap: a phase is not on the roadmap slide")
    # the KPI table, the context table before it, the risks table
    kpi_tables = [
        (k, t)
        for k, ts in tables.items()
        for t in ts
        if [c.text for c in t.rows[0].cells] == ["Measure", "2027/28 baseline", "Target", "By when"]
    ]
    if len(kpi_tables) != 1:
        errors.append("no KPI table Measure / 2027/28 baseline / Target / By when")
    else:
        kk, kt = kpi_tables[0]
        kpi_rows = [_cell_text(r.cells[0]) for r in list(kt.rows)[1:]]
        for kpi in gold["kpis"]:
            if not any(kpi in r for r in kpi_rows):
                errors.append(f"kpi {kpi!r} not a row of the KPI table")
        context = [(k, t) for k, ts in tables.items() if k < kk for t in ts if len(t.rows) >= 6]
        if not context:
            errors.append("no context-figures table before the KPI table")
        for _, t in context:
            for r in list(t.rows)[1:]:
                text = _cell_text(r.cells[0])
                if any(kpi in text for kpi in gold["kpis"]):
                    errors.append(f"context row worded like a KPI: {text!r}")
    risks = [
        (k, t)
        for k, ts in tables.items()
        for t in ts
        if [c.text for c in t.rows[0].cells] == ["Risk", "Likelihood", "Mitigation"]
    ]
    if len(risks) != 1:
        errors.append("no risks table Risk / Likelihood / Mitigation")
    else:
        k, t = risks[0]
        mitigations = [_cell_text(r.cells[2]) for r in list(t.rows)[1:]]
        others = [_cell_text(c) for r in list(t.rows)[1:] for c in list(r.cells)[:2]]
        on_slide = [a for a in gold["deck_actions"] if a["slide"] == k]
        if not on_slide:
            errors.append("no deck action in the risks table")
        for a in on_slide:
            if not any(m in x for m in a["match"] for x in mitigations):
                errors.append(f"risk-slide action not in the Mitigation column: {a['match']}")
            if any(m in x for m in a["match"] for x in others):
                errors.append(f"risk-slide action in the Risk or Likelihood column: {a['match']}")
    # text a slide shows only through the shapes it holds (titles read from the slide)
    for k, s in enumerate(slides, start=1):
        shown = [normalize(x) for sh in s.shapes for x in _shape_lines(sh)]
        if [x for x in shown if x] != pages[k]:
            errors.append(f"slide {k}: notes or hidden text beyond its shapes")
    return errors


def extra(case: Path) -> list[str]:
    gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
    errors = odt_form(case / "org", gold) + deck_form(case, gold)
    slides = len(deck_lines(case / gold["deck"]))
    for v in gold["visions"]:
        if not 1 <= v["slide"] <= slides:
            errors.append(f"vision on no slide: {v}")
    return errors


CASE = Case(
    name=NAME,
    builder="build_holmfirth_college_group.py",
    roster=roster,
    org_sentences=sentences,
    extra=extra,
    folder=HERE,
    split="dev23",
)

if __name__ == "__main__":
    sys.exit(run(CASE))
