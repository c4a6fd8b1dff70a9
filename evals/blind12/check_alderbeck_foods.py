"""Consistency checks of the blind12 case ``alderbeck-foods`` against its deck and org folder.

Run from the repository root with the venv the builder needs (reportlab is not in the
project's lock), since the rebuild check runs the builder with the interpreter that runs
this file:

    /tmp/rl/bin/python evals/blind12/check_alderbeck_foods.py
    (``--dump`` prints the deck lines the gold was read from and the roster; ``--org`` adds
    the org sentences)

The checks are those of ``evals/dev15/_checks.py`` (adapted from ``evals/dev13/check_gold.py``),
imported, not copied, and pointed at this folder (``evals/blind12``, split "blind12") with
``build_alderbeck_foods.py`` as the builder, "core" the core tier and "consult only" the
consult tier. Deck lines are dev13's: pypdf's text of each PDF page, one line per line,
normalised.

What is this case's own:

- the roster, read with the standard library from the OpenDocument spreadsheet
  ``org/people/factory-roles.ods``: ``content.xml`` parsed, the sheet "Roles" read row by
  row (``table:number-columns-repeated`` and ``table:number-rows-repeated`` expanded, empty
  repeats cut short), the header row found by its first cell "Role", and every following row
  with a role taken as (Role, Programme tier); the sheet "Lists" (drop-down values) is no
  roster;
- org sentences: ``_checks.org_sentences`` plus every non-empty row of every sheet of the
  ODS file, its cells joined by spaces;
- checks of the ODS's form: ``mimetype`` the first entry, stored and uncompressed, with the
  spreadsheet media type; the manifest; two sheets named "Roles" and "Lists"; a title row, a
  blank row, then the header Role | Site or function | Programme tier | Remit; trailing empty
  cells as ``number-columns-repeated`` and trailing empty rows as ``number-rows-repeated``;
  every filled cell a string cell; 17 to 20 roles, three tiers, exactly two consult only; no
  value of the Lists sheet is a role; fixed ZIP times;
- checks of the deck's form: 16 pages of 1920 x 1080 pt, Creator and Producer "Figma",
  DejaVu fonts embedded, each text object (BT ... ET) drawing one line, a few layers drawn
  with character spacing (``Tc``), and no gold string on a letter-spaced layer (their text
  is read with a pypdf visitor that follows ``Tc``).

It never runs the planner.
"""

from __future__ import annotations

import json
import re
import sys
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

from pypdf import PdfReader

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals.dev13.check_gold import normalize  # noqa: E402
from evals.dev15._checks import Case, org_sentences, run  # noqa: E402

HERE = Path(__file__).resolve().parent
NAME = "alderbeck-foods"
DECK = "right-first-time-board-28mar2028.pdf"
ROSTER = Path("people") / "factory-roles.ods"
TIERS = {"core", "extended", "consult only"}
PAGES = 16
SIZE = (1920.0, 1080.0)
HEAD = ["Role", "Site or function", "Programme tier", "Remit"]

OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"


def _t(name: str) -> str:
    return f"{{{TABLE}}}{name}"


# =========================================================================== the ODS reader


def _cell_text(cell: ET.Element) -> str:
    paras = []
    for p in cell.iter(f"{{{TEXT}}}p"):
        parts = [p.text or ""]
        for child in p:
            if child.tag == f"{{{TEXT}}}s":
                parts.append(" " * int(child.get(f"{{{TEXT}}}c", "1")))
            else:
                parts.append("".join(child.itertext()))
            parts.append(child.tail or "")
        paras.append("".join(parts))
    return "\n".join(paras)


def sheets(path: Path) -> dict[str, list[list[str]]]:
    """Every sheet as rows of cell texts, repeats expanded (empty trailing repeats dropped)."""
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("content.xml"))
    out: dict[str, list[list[str]]] = {}
    for table in root.iter(_t("table")):
        rows: list[list[str]] = []
        for row in table.iter(_t("table-row")):
            cells: list[str] = []
            for cell in row:
                if cell.tag not in (_t("table-cell"), _t("covered-table-cell")):
                    continue
                value = _cell_text(cell)
                repeat = int(cell.get(_t("number-columns-repeated"), "1"))
                cells.extend([value] * (repeat if value else min(repeat, 1)))
            while cells and not cells[-1]:
                cells.pop()
            repeat = int(row.get(_t("number-rows-repeated"), "1"))
            rows.extend([cells] * (repeat if cells else min(repeat, 1)))
        while rows and not rows[-1]:
            rows.pop()
        out[table.get(_t("name"), "")] = rows
    return out


def roster(org: Path) -> list[tuple[str, str]]:
    """(Role, Programme tier) of every row under the header of the sheet "Roles"."""
    path = org / ROSTER
    if not path.is_file():
        return []
    rows = sheets(path).get("Roles", [])
    found: list[tuple[str, str]] = []
    head: list[str] | None = None
    for row in rows:
        if head is None:
            if row and row[0].strip() == "Role":
                head = row
            continue
        if not row or not row[0].strip():
            continue
        cells = row + [""] * (len(head) - len(row))
        found.append(
            (cells[0].strip(), cells[head.index("Programme tier")].strip().lower()),
        )
    return found


def _ods_parts(path: Path) -> list[str]:
    parts = []
    for rows in sheets(path).values():
        parts.extend(" ".join(c for c in row if c) for row in rows if any(row))
    return parts


def sentences(org: Path) -> list[str]:
    return org_sentences(org, {".ods": _ods_parts})


def roster_form(org: Path) -> list[str]:
    errors: list[str] = []
    path = org / ROSTER
    with zipfile.ZipFile(path) as z:
        infos = z.infolist()
        first = infos[0]
        if first.filename != "mimetype" or first.compress_type != zipfile.ZIP_STORED:
            errors.append("ods: mimetype is not the first, stored entry")
        if z.read("mimetype") != b"application/vnd.oasis.opendocument.spreadsheet":
            errors.append("ods: wrong mimetype")
        if first.extra:
            errors.append("ods: the mimetype entry has an extra field")
        names = {i.filename for i in infos}
        for need in ("content.xml", "styles.xml", "meta.xml", "META-INF/manifest.xml"):
            if need not in names:
                errors.append(f"ods: {need} missing")
        if len({i.date_time for i in infos}) != 1:
            errors.append("ods: entries have different times")
        content = z.read("content.xml").decode("utf-8")
        root = ET.fromstring(content)
    tables = [t.get(_t("name")) for t in root.iter(_t("table"))]
    if tables != ["Roles", "Lists"]:
        errors.append(f"ods: sheets are {tables}")
    for table in root.iter(_t("table")):
        rows = list(table.iter(_t("table-row")))
        if not rows[-1].get(_t("number-rows-repeated")):
            errors.append(f"ods: {table.get(_t('name'))} has no repeated trailing empty rows")
        for row in rows:
            last = list(row)[-1]
            if _cell_text(last) or not last.get(_t("number-columns-repeated")):
                errors.append(f"ods: a row of {table.get(_t('name'))} lacks repeated empty cells")
                break
        for cell in table.iter(_t("table-cell")):
            if _cell_text(cell) and cell.get(f"{{{OFFICE}}}value-type") != "string":
                errors.append("ods: a filled cell is not a string cell")
                break
    data = sheets(org / ROSTER)
    rows = data.get("Roles", [])
    if len(rows) < 3 or len(rows[0]) != 1 or rows[1] != [] or rows[2] != HEAD:
        errors.append("ods: Roles does not open with a title row, a blank row and the header")
    found = roster(org)
    names = [r for r, _ in found]
    if not 17 <= len(names) <= 20:
        errors.append(f"ods: {len(names)} roles (17 to 20)")
    if len(set(names)) != len(names):
        errors.append("ods: a role appears twice")
    if {t for _, t in found} != TIERS:
        errors.append(f"ods: tiers are {sorted({t for _, t in found})}")
    if sum(1 for _, t in found if t == "consult only") != 2:
        errors.append("ods: not exactly two consult-only roles")
    lists = {c for row in data.get("Lists", []) for c in row if c}
    if lists & set(names):
        errors.append(f"ods: Lists values that are roles: {sorted(lists & set(names))}")
    if not {"Core", "Extended", "Consult only", "Kirkholme", "Marwood", "Ellerby"} <= lists:
        errors.append("ods: the Lists sheet lacks tier or site values")
    return errors


# =========================================================================== the deck's form


def spaced_layers(deck: Path) -> dict[int, list[str]]:
    """The text of every layer drawn with character spacing, page by page, normalised."""
    out: dict[int, list[str]] = {}
    for n, page in enumerate(PdfReader(str(deck)).pages, start=1):
        state = {"tc": 0.0}
        found: list[str] = []

        def before(op, args, cm, tm, state=state):
            if op == b"Tc":
                state["tc"] = float(args[0])
            elif op == b"BT":
                state["tc"] = 0.0

        def text(t, cm, tm, font, size, state=state, found=found):
            if state["tc"] and t.strip():
                found.append(normalize(t))

        page.extract_text(visitor_operand_before=before, visitor_text=text)
        out[n] = found
    return out


def deck_form(case: Path) -> list[str]:
    errors: list[str] = []
    deck = case / DECK
    reader = PdfReader(str(deck))
    if len(reader.pages) != PAGES:
        errors.append(f"{len(reader.pages)} pages, {PAGES} expected")
    meta: dict[str, object] = dict(reader.metadata or {})
    if meta.get("/Creator") != "Figma" or meta.get("/Producer") != "Figma":
        errors.append(f"creator/producer are {meta.get('/Creator')!r}/{meta.get('/Producer')!r}")
    fonts: set[str] = set()
    tc_pages = 0
    for n, page in enumerate(reader.pages, start=1):
        w, h = float(page.mediabox.width), float(page.mediabox.height)
        if (w, h) != SIZE:
            errors.append(f"page {n} is {w} x {h}")
        res = page.get("/Resources") or {}
        for font in (res.get("/Font") or {}).values():
            fonts.add(str(font.get_object().get("/BaseFont")))
        stream = page.get_contents().get_data()
        for block in re.findall(rb"BT(.*?)ET", stream, re.S):
            if len(re.findall(rb"\bT[Jj]\b", block)) > 1:
                errors.append(f"page {n}: a text object draws more than one line")
                break
        if re.search(rb"[1-9][0-9.]* Tc", stream):
            tc_pages += 1
    if tc_pages < 12:
        errors.append(f"only {tc_pages} pages with letter-spaced layers")
    for want in ("DejaVuSans", "DejaVuSans-Bold"):
        if not any(f.endswith(want) for f in fonts):
            errors.append(f"font {want} not embedded: {sorted(fonts)}")
    return errors


def gold_strings(gold: dict) -> list[str]:
    out = [v["match"] for v in gold["visions"]]
    out += [a for v in gold["visions"] for a in v.get("alternatives", [])]
    out += [m for a in gold["deck_actions"] for m in a["match"]]
    out += gold["pilot"]["match"] + [m for p in gold["phases"] for m in p["match"]]
    out += gold["optional_visions"] + gold["not_visions"] + gold["not_actions"] + gold["kpis"]
    return out


def gold_layers(case: Path) -> list[str]:
    errors: list[str] = []
    gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
    spaced = spaced_layers(case / DECK)
    if sum(len(v) for v in spaced.values()) < 15:
        errors.append("fewer than 15 letter-spaced layers")
    for s in gold_strings(gold):
        for n, layers in spaced.items():
            if any(s in layer or s in layer.replace(" ", "") for layer in layers):
                errors.append(f"gold string {s!r} is on a letter-spaced layer of page {n}")
    return errors


CASE = Case(
    name=NAME,
    builder="build_alderbeck_foods.py",
    roster=roster,
    org_sentences=sentences,
    core=frozenset({"core"}),
    consult=frozenset({"consult only"}),
    extra=lambda case: roster_form(case / "org") + deck_form(case) + gold_layers(case),
    folder=HERE,
    split="blind12",
)

if __name__ == "__main__":
    sys.exit(run(CASE))
