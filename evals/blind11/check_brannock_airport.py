"""Consistency checks of the blind11 case ``brannock-airport`` against its deck and org folder.

Run from the repository root with the project's venv:

    .venv/bin/python evals/blind11/check_brannock_airport.py

(``--dump`` prints the deck lines the gold was read from and the roster; ``--org`` adds the org
sentences.)

The checks are those of ``evals/dev15/_checks.py`` (adapted from ``evals/dev13/check_gold.py``),
imported, not copied, and pointed at this folder (``evals/blind11``, split "blind11") with
``build_brannock_airport.py`` as the builder. Deck lines are dev13's (every shape in slide
order, a text frame one line per paragraph, a native table one line per paragraph of each
cell, row by row). What is this case's own:

- the roster, read from ``org/people/airport-roles.odt`` (an ODF text document) with zipfile
  and lxml: the document's one ``table:table``, its rows (``table:table-row``, the header row
  inside ``table:table-header-rows`` included) in document order, each cell's ``text:p``
  paragraphs joined by a space; the first row must be the header Role / Directorate /
  Programme tier / Remit; each later row is (Role, Programme tier);
- org sentences: ``_checks.org_sentences`` plus a reader for ``.odt`` files: every heading and
  paragraph of the body in order, and every table row, its cells joined by spaces;
- checks of the roster's form: a ZIP whose first entry is ``mimetype``, stored (not deflated),
  holding the ODF text media type; ``content.xml``, ``styles.xml``, ``meta.xml`` and
  ``META-INF/manifest.xml`` present, every entry at the fixed time; one table; 16 to 20 roles,
  each once; tiers Core / Extended / Consult only, two of them Consult only;
- checks of the deck's form: A4 portrait (6858000 x 9906000 EMU), 14 to 16 slides; on every
  slide a title placeholder with text, a "Key message" text box under it of one paragraph of
  at most 75 characters, two or three content regions (text boxes and native tables) between
  the key message and the source line, a "Source" text box at the foot, and no footer text on
  the slide itself; the "Title Only" layout carrying the footer (the document reference and a
  ``slidenum`` field); the KPI slide (the slide of the KPI visions) a native table headed
  Measure / Baseline 2026/27 / Target / By when holding every KPI; the roadmap a native table
  whose first header row names the financial years 2028/29, 2029/30 and 2030/31 (each merged
  over two columns) and whose second names the six seasons S28 ... W30/31, every phase's
  name on it; a native risks table with a Mitigation column.

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
from evals.dev13.check_gold import deck_lines, normalize  # noqa: E402
from evals.dev15._checks import Case, run  # noqa: E402

HERE = Path(__file__).resolve().parent
NAME = "brannock-airport"
ROSTER = Path("people") / "airport-roles.odt"
HEAD = ["Role", "Directorate", "Programme tier", "Remit"]
TIERS = {"core", "extended", "consult only"}
ODT_MIME = b"application/vnd.oasis.opendocument.text"
ODT_TIME = (2028, 2, 21, 10, 5, 0)
REF = "BAL/BB/28/04"
YEARS = ["2028/29", "2029/30", "2030/31"]
SEASONS = ["S28", "W28/29", "S29", "W29/30", "S30", "W30/31"]

NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
}
A = "http://schemas.openxmlformats.org/drawingml/2006/main"


def _q(tag: str) -> str:
    prefix, local = tag.split(":")
    return f"{{{NS[prefix]}}}{local}"


# =========================================================================== ODT readers


def _content(path: Path):
    with zipfile.ZipFile(path) as z:
        return etree.fromstring(z.read("content.xml"))


def _text(el) -> str:
    return " ".join("".join(p.itertext()).strip() for p in el.iter(_q("text:p"), _q("text:h")))


def _rows(table) -> list[list[str]]:
    return [
        [_text(cell) for cell in row.findall(_q("table:table-cell"))]
        for row in table.iter(_q("table:table-row"))
    ]


def _odt_parts(path: Path) -> list[str]:
    """Every heading and paragraph of the body in order; a table row by row, cells joined."""
    body = _content(path).find(f"{_q('office:body')}/{_q('office:text')}")
    parts: list[str] = []
    for el in body:
        if el.tag == _q("table:table"):
            parts.extend(" ".join(r) for r in _rows(el))
        elif el.tag in (_q("text:p"), _q("text:h")):
            parts.append("".join(el.itertext()))
    return parts


def roster(org: Path) -> list[tuple[str, str]]:
    path = org / ROSTER
    if not path.is_file():
        return []
    tables = list(_content(path).iter(_q("table:table")))
    if len(tables) != 1:
        return []
    rows = _rows(tables[0])
    if not rows or rows[0] != HEAD:
        return []
    role, tier = HEAD.index("Role"), HEAD.index("Programme tier")
    return [(r[role].strip(), r[tier].strip().lower()) for r in rows[1:] if r and r[role].strip()]


def sentences(org: Path) -> list[str]:
    return _checks.org_sentences(org, {".odt": _odt_parts})


# =========================================================================== the roster's form


def roster_form(org: Path) -> list[str]:
    errors: list[str] = []
    odts = sorted(org.rglob("*.odt"))
    for path in odts:
        with zipfile.ZipFile(path) as z:
            infos = z.infolist()
            first = infos[0]
            if first.filename != "mimetype" or first.compress_type != zipfile.ZIP_STORED:
                errors.append(f"{path.name}: the first entry is not a stored mimetype")
            elif z.read("mimetype") != ODT_MIME:
                errors.append(f"{path.name}: mimetype {z.read('mimetype')!r}")
            names = {i.filename for i in infos}
            for need in ("content.xml", "styles.xml", "meta.xml", "META-INF/manifest.xml"):
                if need not in names:
                    errors.append(f"{path.name}: no {need}")
            if any(i.date_time != ODT_TIME for i in infos):
                errors.append(f"{path.name}: an entry's time is not the fixed time")
            for i in infos:
                if i.filename.endswith(".xml"):
                    etree.fromstring(z.read(i.filename))  # well formed, or raise
    path = org / ROSTER
    if path not in odts:
        return errors + [f"no roster at {ROSTER}"]
    tables = list(_content(path).iter(_q("table:table")))
    if len(tables) != 1:
        errors.append(f"roster: {len(tables)} tables (1 expected)")
        return errors
    rows = _rows(tables[0])
    if rows[0] != HEAD:
        errors.append(f"roster: header {rows[0]}")
    if any(len(r) != 4 or not all(c.strip() for c in r) for r in rows):
        errors.append("roster: a row without four filled cells")
    found = roster(org)
    if not 16 <= len(found) <= 20:
        errors.append(f"roster: {len(found)} roles (16 to 20)")
    if {t for _, t in found} != TIERS:
        errors.append(f"roster: tiers {sorted({t for _, t in found})}")
    if sum(1 for _, t in found if t == "consult only") != 2:
        errors.append("roster: not two consult-only roles")
    if len({r for r, _ in found}) != len(found):
        errors.append("roster: a role appears twice")
    return errors


# =========================================================================== the deck's form


def _is_title(shape) -> bool:
    return shape.is_placeholder and shape.placeholder_format.type in (1, 3)  # TITLE, CTR_TITLE


def _cells(table) -> list[list[str]]:
    return [[c.text for c in row.cells] for row in table.rows]


def deck_form(case: Path, gold: dict) -> list[str]:
    errors: list[str] = []
    deck = case / gold["deck"]
    prs = Presentation(str(deck))
    if (prs.slide_width, prs.slide_height) != (6858000, 9906000):
        errors.append(f"slide size {prs.slide_width} x {prs.slide_height} (A4 portrait)")
    slides = list(prs.slides)
    if not 14 <= len(slides) <= 16:
        errors.append(f"{len(slides)} slides (14 to 16)")
    pages = deck_lines(deck)

    # the footer on the layout, none on the slides
    layout = next(lay for lay in prs.slide_layouts if lay.name == "Title Only")
    lay_xml = etree.tostring(layout._element).decode("utf-8")
    if REF not in lay_xml or 'type="slidenum"' not in lay_xml:
        errors.append("the Title Only layout has no footer reference and slide number field")
    for k, s in enumerate(slides, start=1):
        if s.slide_layout is not layout:
            errors.append(f"slide {k}: not on the Title Only layout")
        if any(
            REF.lower() in line and "flightpath 2031 · board brief" in line for line in pages[k]
        ):
            errors.append(f"slide {k}: the footer is on the slide")
        titles = [sh for sh in s.shapes if _is_title(sh) and sh.text_frame.text.strip()]
        keys = [sh for sh in s.shapes if sh.name == "Key message"]
        sources = [sh for sh in s.shapes if sh.name == "Source"]
        if len(titles) != 1:
            errors.append(f"slide {k}: {len(titles)} title placeholders with text")
            continue
        if len(keys) != 1 or len(sources) != 1:
            errors.append(f"slide {k}: {len(keys)} key messages, {len(sources)} source lines")
            continue
        key, source, title = keys[0], sources[0], titles[0]
        if len(key.text_frame.paragraphs) != 1 or len(key.text_frame.text) > 75:
            errors.append(f"slide {k}: the key message is not one short line")
        if not title.top + title.height <= key.top + 10:
            errors.append(f"slide {k}: the key message is not under the title")
        regions = [
            sh
            for sh in s.shapes
            if sh not in (key, source, title) and (sh.has_text_frame or sh.has_table)
        ]
        if not 2 <= len(regions) <= 3:
            errors.append(f"slide {k}: {len(regions)} content regions (2 or 3)")
        for sh in regions:
            if not key.top + key.height <= sh.top and sh.top + sh.height <= source.top:
                errors.append(f"slide {k}: region {sh.name!r} is not between key and source")
        ordered = sorted(regions, key=lambda sh: sh.top)
        for a, b in zip(ordered, ordered[1:], strict=False):
            if a.top + a.height > b.top:
                errors.append(f"slide {k}: regions {a.name!r} and {b.name!r} overlap")

    # the KPI table
    kpi_slides = {v["slide"] for v in gold["visions"] if any(k in v["match"] for k in gold["kpis"])}
    if len(kpi_slides) != 1:
        errors.append(f"KPI visions on slides {sorted(kpi_slides)} (one expected)")
    else:
        kn = kpi_slides.pop()
        tables = [sh.table for sh in slides[kn - 1].shapes if sh.has_table]
        if len(tables) != 1:
            errors.append(f"KPI slide {kn}: {len(tables)} tables")
        else:
            rows = _cells(tables[0])
            if rows[0] != ["Measure", "Baseline 2026/27", "Target", "By when"]:
                errors.append(f"KPI table header {rows[0]}")
            measures = [normalize(r[0]) for r in rows[1:]]
            for kpi in gold["kpis"]:
                if not any(kpi in m for m in measures):
                    errors.append(f"KPI not a measure of the KPI table: {kpi!r}")

    # the roadmap table: financial years over seasons
    road = []
    for k, s in enumerate(slides, start=1):
        for sh in s.shapes:
            if sh.has_table and [c.text for c in sh.table.rows[1].cells][1:] == SEASONS:
                road.append((k, sh.table))
    if len(road) != 1:
        errors.append(f"roadmap tables with the season row: {len(road)} (1 expected)")
    else:
        k, table = road[0]
        top = table.rows[0].cells
        for j, year in zip((1, 3, 5), YEARS, strict=True):
            if top[j].text != year or not top[j].is_merge_origin or top[j].span_width != 2:
                errors.append(f"roadmap: {year} is not a header merged over two seasons")
        text = [normalize(c.text) for row in table.rows for c in row.cells]
        for ph in gold["phases"]:
            if not any(any(m in t for t in text) for m in ph["match"]):
                errors.append(f"phase not on the roadmap table: {ph['match']}")
        if gold["pilot"]["slide"] == k or k not in gold["pilot"].get("also_slides", []):
            errors.append("the roadmap slide is not among the pilot's also-slides")

    # risks
    risks = [
        sh.table
        for s in slides
        for sh in s.shapes
        if sh.has_table and sh.table.cell(0, 0).text == "Risk"
    ]
    if len(risks) != 1 or risks[0].cell(0, len(risks[0].columns) - 1).text != "Mitigation":
        errors.append("no native risks table ending in a Mitigation column")

    # fixed core properties
    core = prs.core_properties
    if core.created is None or core.created.isoformat() != "2028-03-06T16:20:00":
        errors.append(f"core created {core.created}")
    return errors


def extra(case: Path) -> list[str]:
    gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
    return roster_form(case / "org") + deck_form(case, gold)


CASE = Case(
    name=NAME,
    builder="build_brannock_airport.py",
    roster=roster,
    org_sentences=sentences,
    extra=extra,
    folder=HERE,
    split="blind11",
)

if __name__ == "__main__":
    sys.exit(run(CASE))
