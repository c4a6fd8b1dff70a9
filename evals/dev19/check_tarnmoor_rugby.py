"""Consistency checks of the dev19 case ``tarnmoor-rugby`` against its deck and org folder.

Run from the repository root with the venv the builder needs (odfpy is not in the project's
lock; see ``build_tarnmoor_rugby.py``), on a machine with Chromium at ``/usr/bin/chromium``:

    /tmp/rl/bin/python evals/dev19/check_tarnmoor_rugby.py
    (``--dump`` prints the deck lines the gold was read from and the roster; ``--org`` adds
    the org sentences)

The checks are those of ``evals/dev15/_checks.py`` (adapted from ``evals/dev13/check_gold.py``),
imported, not copied, and pointed at this folder (``evals/dev19``) and split "dev19", with
``build_tarnmoor_rugby.py`` as the builder. What is this case's own:

- deck lines as a reader sees them in a PDF printed by Chromium: pypdf's lines of each page,
  each put through Unicode NFKC (Chromium draws DejaVu Sans with its common ligatures, so
  pypdf gives "oﬃcer", "ﬁxture", "oﬀ" with the glyphs U+FB03, U+FB01, U+FB00; NFKC reads
  "officer", "fixture", "off") and then dev13's ``normalize``. ``_checks`` reads deck lines
  through its module-level ``deck_lines``, so this checker points that name at its own reader;
- the roster, read with the standard library (``zipfile`` and ``xml.etree``) from the
  OpenDocument text ``org/people/community-game-programme-team.odt``: the rows of its one table
  under the repeated header row (``table:table-header-rows``: Role | Department | Involvement |
  Responsibilities), in order, a covered cell taking the text of the cell that spans it, with
  the Involvement cell as the tier;
- org sentences also take every ``.odt`` file: its headings and paragraphs outside tables, and
  each table row with its cells' paragraphs (list items included) joined by spaces;
- checks of the roster's form (``mimetype`` first and stored, one fixed time on every entry, a
  LibreOffice generator, a heading and an introduction before the table, the header row inside
  ``table:table-header-rows``, one Department cell spanning two rows over a
  ``table:covered-table-cell``, a cell of two paragraphs, a cell holding a bulleted
  ``text:list``, 16 to 20 roles, unique, in the three tiers Core team / Extended team / Consult
  only);
- checks of the deck's form: the HTML source (``src/``) has one ``<section>`` per page, 15 to 18
  of them, ``@page`` sized 1280 x 720 px, flexbox and grid layouts, a ``<table>``, inline SVG,
  DejaVu Sans as the font, nothing fetched from outside (no URL, ``@import`` or
  ``@font-face``); the PDF has that many pages, each 960 x 540 pt, each ending with its footer
  "n / N"; its Creator is HeadlessChrome and its Producer Skia/PDF, its dates are the builder's
  fixed ones; its fonts are DejaVu subsets; ligature glyphs occur in pypdf's raw text, and some
  gold matches are found only once they are read (so a reader without NFKC misses them);
- the rebuild: byte for byte, the PDF included, when the installed Chromium is the one the
  builder records (``CHROMIUM_VERSION``); with another Chromium (or none) the PDF's bytes are
  not compared (the checker says so) and every other file still is, built with
  ``--skip-pdf``.

It never runs the planner.
"""

from __future__ import annotations

import importlib.util
import json
import re
import subprocess
import sys
import tempfile
import unicodedata
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path
from typing import Any

from pypdf import PdfReader

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals.dev13.check_gold import normalize  # noqa: E402
from evals.dev15 import _checks  # noqa: E402
from evals.dev15._checks import Case, check_case, org_sentences  # noqa: E402

HERE = Path(__file__).resolve().parent
BUILDER = "build_tarnmoor_rugby.py"
ROSTER = Path("people") / "community-game-programme-team.odt"
HEAD = ["Role", "Department", "Involvement", "Responsibilities"]
TIERS = {"core team", "extended team", "consult only"}

OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
T = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
X = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
M = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"


def _resources(page: Any) -> Any:
    """A page's resource dictionary (pypdf types it loosely)."""
    return page["/Resources"].get_object()


def _builder() -> Any:
    """The builder as a module (its constants and its Chromium probe); importing runs nothing."""
    spec = importlib.util.spec_from_file_location("build_tarnmoor_rugby", HERE / BUILDER)
    if spec is None or spec.loader is None:
        raise ImportError(BUILDER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# =========================================================================== deck lines


def deck_lines(path: Path) -> dict[int, list[str]]:
    """Each page's lines as a reader sees them: pypdf's text, NFKC, normalised."""
    pages: dict[int, list[str]] = {}
    for n, page in enumerate(PdfReader(str(path)).pages, start=1):
        raw = (page.extract_text() or "").splitlines()
        lines = [normalize(unicodedata.normalize("NFKC", x)) for x in raw]
        pages[n] = [x for x in lines if x]
    return pages


# _checks.check_case and _checks.dump read the deck through this module-level name
_checks.deck_lines = deck_lines


# =========================================================================== the ODT reader


def _inline(el: ET.Element) -> str:
    """A paragraph's text, with ODF's space, tab and line-break elements as characters."""
    out = [el.text or ""]
    for child in el:
        if child.tag == f"{{{X}}}s":
            out.append(" " * int(child.get(f"{{{X}}}c", "1")))
        elif child.tag == f"{{{X}}}tab":
            out.append("\t")
        elif child.tag == f"{{{X}}}line-break":
            out.append("\n")
        else:
            out.append(_inline(child))
        out.append(child.tail or "")
    return "".join(out)


def _paragraphs(el: ET.Element) -> list[str]:
    """Every paragraph and heading inside ``el`` (lists included), in order."""
    return [_inline(p) for p in el.iter() if p.tag in (f"{{{X}}}p", f"{{{X}}}h")]


def _content(path: Path) -> ET.Element:
    return ET.fromstring(zipfile.ZipFile(path).read("content.xml"))


def _body(root: ET.Element) -> ET.Element:
    found = root.find(f"{{{OFFICE}}}body/{{{OFFICE}}}text")
    if found is None:
        raise ValueError("content.xml has no office:body/office:text")
    return found


def _rows(table: ET.Element) -> tuple[list[list[str]], list[list[str]]]:
    """(header rows, body rows) of a table, each row its cells' texts; a covered cell takes the
    text of the cell above it that spans it."""

    def cells(row: ET.Element, above: list[str] | None) -> list[str]:
        out: list[str] = []
        for cell in row:
            if cell.tag == f"{{{T}}}table-cell":
                out.append(" ".join(_paragraphs(cell)).strip())
            elif cell.tag == f"{{{T}}}covered-table-cell":
                k = len(out)
                out.append(above[k] if above and k < len(above) else "")
        return out

    head: list[list[str]] = []
    body: list[list[str]] = []
    above: list[str] | None = None
    for child in table:
        if child.tag == f"{{{T}}}table-header-rows":
            for row in child.findall(f"{{{T}}}table-row"):
                above = cells(row, above)
                head.append(above)
        elif child.tag == f"{{{T}}}table-row":
            above = cells(child, above)
            body.append(above)
    return head, body


def _odt_parts(path: Path) -> list[str]:
    """The document's headings and paragraphs outside tables, and each table row, its cells
    joined by spaces."""
    parts: list[str] = []
    for el in _body(_content(path)):
        if el.tag == f"{{{T}}}table":
            head, body = _rows(el)
            parts.extend(" ".join(c for c in row if c) for row in head + body)
        else:
            parts.extend(_paragraphs(el))
    return parts


def sentences(org: Path) -> list[str]:
    return org_sentences(org, {".odt": _odt_parts})


def _team_table(path: Path) -> ET.Element:
    return next(_body(_content(path)).iter(f"{{{T}}}table"))


def roster(org: Path) -> list[tuple[str, str]]:
    """(role, involvement) of every row of the programme team table."""
    head, body = _rows(_team_table(org / ROSTER))
    names = head[0]
    role, tier = names.index("Role"), names.index("Involvement")
    return [(r[role].strip(), r[tier].strip().lower()) for r in body if r and r[role].strip()]


# =========================================================================== the roster's form


def roster_form(org: Path, zip_time: tuple[int, ...]) -> list[str]:
    errors: list[str] = []
    path = org / ROSTER
    z = zipfile.ZipFile(path)
    infos = z.infolist()
    if infos[0].filename != "mimetype" or infos[0].compress_type != zipfile.ZIP_STORED:
        errors.append("odt: mimetype is not the first entry, stored")
    if z.read("mimetype") != b"application/vnd.oasis.opendocument.text":
        errors.append("odt: wrong mimetype")
    if any(i.date_time != zip_time for i in infos):
        errors.append("odt: an entry's time is not the fixed time")
    gen = ET.fromstring(z.read("meta.xml")).find(f".//{{{M}}}generator")
    if gen is None or not (gen.text or "").startswith("LibreOffice/"):
        errors.append("odt: the generator is not LibreOffice")

    text = _body(_content(path))
    kinds = [
        el.tag.split("}")[1]
        for el in text
        if el.tag.startswith(f"{{{X}}}") or el.tag.startswith(f"{{{T}}}")
    ]
    if kinds[:3] != ["h", "p", "table"]:
        errors.append(f"odt: not a heading, an introduction and the table: {kinds[:3]}")
    tables = list(text.iter(f"{{{T}}}table"))
    if len(tables) != 1:
        errors.append(f"odt: {len(tables)} tables (1 expected)")
    table = tables[0]
    header = table.find(f"{{{T}}}table-header-rows")
    if header is None:
        errors.append("odt: no repeated header row (table:table-header-rows)")
    head, body = _rows(table)
    if not head or head[0] != HEAD:
        errors.append(f"odt: header differs: {head[:1]}")

    rows = table.findall(f"{{{T}}}table-row")
    spans = [
        (i, k)
        for i, row in enumerate(rows)
        for k, cell in enumerate(row)
        if cell.get(f"{{{T}}}number-rows-spanned") == "2"
    ]
    if len(spans) != 1:
        errors.append(f"odt: {len(spans)} cells spanning two rows (1 expected)")
    else:
        i, k = spans[0]
        below = list(rows[i + 1]) if i + 1 < len(rows) else []
        if (
            k != HEAD.index("Department")
            or len(below) <= k
            or below[k].tag != (f"{{{T}}}covered-table-cell")
        ):
            errors.append("odt: the spanning cell is not a Department cell over a covered cell")
    cells = [c for row in rows for c in row if c.tag == f"{{{T}}}table-cell"]
    if not any(len(c.findall(f"{{{X}}}p")) >= 2 for c in cells):
        errors.append("odt: no cell of two paragraphs")
    if not any(c.find(f"{{{X}}}list") is not None for c in cells):
        errors.append("odt: no cell holding a bulleted list")

    found = roster(org)
    if not 16 <= len(found) <= 20:
        errors.append(f"odt: {len(found)} roles (16 to 20)")
    if {t for _, t in found} != TIERS:
        errors.append(f"odt: involvement values differ: {sorted({t for _, t in found})}")
    names = [r for r, _ in found]
    if len(set(names)) != len(names):
        errors.append("odt: a role appears twice")
    return errors


# =========================================================================== the deck's form


def deck_form(case: Path, builder) -> list[str]:
    errors: list[str] = []
    gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
    html = (case / "src" / "open-field.html").read_text(encoding="utf-8")
    css = (case / "src" / "open-field.css").read_text(encoding="utf-8")
    source = html + css
    n_sections = html.count("<section")
    if not 15 <= n_sections <= 18:
        errors.append(f"html: {n_sections} sections (15 to 18)")
    if not re.search(r"@page\s*\{\s*size:\s*1280px 720px;", css):
        errors.append("css: @page is not sized 1280px 720px")
    for needle in ("display: flex", "display: grid", "<table", "<svg", '"DejaVu Sans"'):
        if needle not in source:
            errors.append(f"html/css: no {needle!r}")
    if re.search(r"https?://|@import|@font-face|url\(", source):
        errors.append("html/css: something is fetched from outside")
    if html.count("<footer>") != n_sections:
        errors.append("html: not a footer on every section")

    reader = PdfReader(str(case / gold["deck"]))
    pages = reader.pages
    if len(pages) != n_sections:
        errors.append(f"pdf: {len(pages)} pages for {n_sections} sections")
    lines = deck_lines(case / gold["deck"])
    for n, page in enumerate(pages, start=1):
        box = page.mediabox
        if (round(float(box.width)), round(float(box.height))) != (960, 540):
            errors.append(f"pdf page {n}: {box.width} x {box.height} pt")
        if not lines[n] or not lines[n][-1].endswith(f"{n} / {len(pages)}"):
            errors.append(f"pdf page {n}: the footer does not end with {n} / {len(pages)}")
    meta: dict[str, object] = dict(reader.metadata or {})
    if "HeadlessChrome" not in str(meta.get("/Creator", "")):
        errors.append("pdf: the Creator is not HeadlessChrome")
    if not str(meta.get("/Producer", "")).startswith("Skia/PDF"):
        errors.append("pdf: the Producer is not Skia/PDF")
    for key in ("/CreationDate", "/ModDate"):
        if meta.get(key) != builder.PDF_DATE:
            errors.append(f"pdf: {key} is not the builder's fixed date")
    fonts = {
        str(f.get_object().get("/BaseFont"))
        for page in pages
        for f in (_resources(page).get("/Font") or {}).values()
    }
    if not fonts or any("DejaVu" not in f for f in fonts):
        errors.append(f"pdf: fonts {sorted(fonts)}")

    raw = "\n".join(p.extract_text() or "" for p in pages)
    if not any(ch in raw for ch in "\ufb00\ufb01\ufb03"):
        errors.append("pdf: no ligature glyphs in the raw text")
    raw_lines = {
        n: [normalize(x) for x in (p.extract_text() or "").splitlines()]
        for n, p in enumerate(pages, start=1)
    }
    needs_nfkc = [
        v["match"]
        for v in gold["visions"]
        if not any(v["match"] in x for x in raw_lines[v["slide"]])
    ]
    if not needs_nfkc:
        errors.append("no gold vision depends on reading the ligatures (NFKC)")
    return errors


# =========================================================================== the rebuild


def rebuild_without_pdf(spec: Case, deck: str) -> list[str]:
    """Every file but the PDF, built with ``--skip-pdf`` into a temporary folder and compared."""
    errors: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [sys.executable, str(spec.folder / spec.builder), tmp, "--skip-pdf"], check=True
        )
        out = Path(tmp) / spec.name
        built = _checks._case_files(out)
        ours = _checks._case_files(spec.folder / spec.name) - {Path(deck)}
        if built != ours:
            errors.append(f"rebuild files differ: {sorted(map(str, built ^ ours))}")
        for rel in sorted(built & ours):
            if (out / rel).read_bytes() != (spec.folder / spec.name / rel).read_bytes():
                errors.append(f"rebuild differs: {rel}")
    return errors


BUILD = _builder()

CASE = Case(
    name="tarnmoor-rugby",
    builder=BUILDER,
    roster=roster,
    org_sentences=sentences,
    extra=lambda case: roster_form(case / "org", BUILD.ODT_TIME) + deck_form(case, BUILD),
    folder=HERE,
    split="dev19",
)


def main() -> int:
    if "--dump" in sys.argv:
        _checks.dump(CASE)
        return 0
    version = BUILD.chromium_version()
    if version == BUILD.CHROMIUM_VERSION:
        return _checks.main(CASE)
    # another Chromium (or none): every check but the PDF's bytes
    case = CASE.folder / CASE.name
    errors, free, n = check_case(case, CASE)
    if CASE.extra is not None:
        errors += CASE.extra(case)
    if errors:
        print(f"{CASE.name}: {len(errors)} problem(s)")
        for e in errors:
            print(f"  - {e}")
    else:
        print(f"{CASE.name}: ok ({free} of {n} gap sentences free of absence words)")
    gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
    rebuild = rebuild_without_pdf(CASE, gold["deck"])
    for e in rebuild:
        print(f"  - {e}")
    print("rebuild: " + ("differs" if rebuild else "ok") + " (every file but the PDF)")
    print(
        f"skipped: the PDF's byte identity (Chromium {version or 'not found'}; the builder "
        f"records {BUILD.CHROMIUM_VERSION})"
    )
    return 1 if errors or rebuild else 0


if __name__ == "__main__":
    sys.exit(main())
