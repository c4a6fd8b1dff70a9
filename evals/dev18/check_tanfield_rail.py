"""Consistency checks of the dev18 case ``tanfield-rail`` against its deck and org folder.

Run from the repository root with the venv that has odfpy (the builder needs it, and the
rebuild check runs the builder with the interpreter that runs this file):

    /tmp/rl/bin/python evals/dev18/check_tanfield_rail.py

(``--dump`` prints the deck lines the gold was read from and the roster; ``--org`` adds the org
sentences.)

The checks are those of ``evals/dev15/_checks.py`` (adapted from ``evals/dev13/check_gold.py``),
pointed at this folder (``evals/dev18``, split "dev18") with ``build_tanfield_rail.py`` as the
builder. What is this case's own:

- a reader for the OpenDocument spreadsheet roster (``org/people/establishment.ods``), with the
  standard library only (``zipfile`` and ``xml.etree`` on ``content.xml``): cells repeated by
  ``table:number-columns-repeated`` (and rows by ``table:number-rows-repeated``) are expanded, a
  cell's text is its ``text:p`` paragraphs joined by a newline (``text:s``, ``text:tab`` and
  ``text:line-break`` honoured). The roster is the "Programme team" sheet: the rows under the
  header row ("Directorate", "Job title", ...) that have a job title, in sheet order; the tier
  is the "Programme involvement" cell. The "Vacancies" sheet is not roster: its post is vacant;
- org sentences: ``_checks.org_sentences`` plus every row of every sheet of the ODS, its
  non-empty cells joined by spaces (a two-line cell's lines too);
- checks that the ODS keeps the form LibreOffice Calc saves: ``mimetype`` first and stored,
  every entry at the same fixed time, a LibreOffice generator in ``meta.xml``, the sheets
  "Programme team" and "Vacancies", a title row and a blank row above the header, the
  directorate only on the first row of each block, a cell of two paragraphs, repeated empty
  cells, 16 to 20 roles of three tiers, one vacant post;
- checks that the deck keeps the Google Slides export form: 9144000 x 5143500 EMU, 17 to 22
  slides, every shape on the slides and notes pages named "Google Shape;<n>;p<k>" (":notes" on
  notes pages) with ``<n>`` its id and unique across the deck, a notes page on every slide (at
  least four with text, most empty), titles in a TITLE placeholder on some slides and in a
  plain text box on others, ``a:buChar`` bullets with ``marL`` and ``indent`` in text boxes, only
  Proxima Nova and Arial, native tables with no table style, layouts named as Google's, an
  "Appendix" SECTION_HEADER slide followed by 3 or 4 slides titled "Backup ...";
- that no vision, KPI, deck action or pilot points at a slide after the appendix divider, and
  that the appendix holds some of the not-visions and not-actions (old targets, rejected
  options, definitions).

It never runs the planner.
"""

from __future__ import annotations

import json
import re
import sys
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from pptx import Presentation  # noqa: E402
from pptx.oxml.ns import qn  # noqa: E402

from evals.dev13.check_gold import deck_lines  # noqa: E402
from evals.dev15._checks import Case, org_sentences, run  # noqa: E402

ROSTER = Path("people") / "establishment.ods"
TEAM_SHEET = "Programme team"
VACANCY_SHEET = "Vacancies"
HEAD = [
    "Directorate",
    "Job title",
    "Reports to",
    "Programme involvement (Core / Extended / Consult only)",
    "What the post is accountable for",
]
TIERS = {"core", "extended", "consult only"}
ZIP_TIME = (2029, 3, 1, 10, 14, 22)

T = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
X = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
M = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"


# ------------------------------------------------------------------ the ODS reader


def _inline(el: ET.Element) -> str:
    """The text of a ``text:p`` (or a span inside it), with ODF's space, tab and line-break
    elements turned into characters."""
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


def _cell_text(cell: ET.Element) -> str:
    return "\n".join(_inline(p) for p in cell.findall(f"{{{X}}}p"))


def _rows_of(table: ET.Element):
    """The table's rows in order, wherever they sit (header rows, row groups)."""
    for el in table.iter():
        if el.tag == f"{{{T}}}table-row":
            yield el


def ods_sheets(path: Path) -> dict[str, list[list[str]]]:
    """Every sheet of the spreadsheet as rows of cell texts, repeats expanded (a run of
    repeated rows or trailing repeated empty cells is kept to a bounded length)."""
    root = ET.fromstring(zipfile.ZipFile(path).read("content.xml"))
    sheets: dict[str, list[list[str]]] = {}
    for table in root.iter(f"{{{T}}}table"):
        rows: list[list[str]] = []
        for row in _rows_of(table):
            cells: list[str] = []
            for cell in row:
                if cell.tag not in (f"{{{T}}}table-cell", f"{{{T}}}covered-table-cell"):
                    continue
                n = int(cell.get(f"{{{T}}}number-columns-repeated", "1"))
                cells.extend([_cell_text(cell)] * min(n, 64))
            while cells and not cells[-1].strip():
                cells.pop()
            reps = int(row.get(f"{{{T}}}number-rows-repeated", "1"))
            rows.extend([list(cells) for _ in range(min(reps, 4))])
        sheets[table.get(f"{{{T}}}name") or ""] = rows
    return sheets


def _header_index(rows: list[list[str]], first: str) -> int:
    return next(i for i, r in enumerate(rows) if r and r[0].strip() == first)


def roster(org: Path) -> list[tuple[str, str]]:
    """(job title, programme involvement) of every post on the "Programme team" sheet."""
    rows = ods_sheets(org / ROSTER)[TEAM_SHEET]
    h = _header_index(rows, HEAD[0])
    title, tier = rows[h].index(HEAD[1]), rows[h].index(HEAD[3])
    out = []
    for r in rows[h + 1 :]:
        if len(r) > title and r[title].strip():
            out.append((r[title].strip(), r[tier].strip().lower()))
    return out


def _ods_parts(path: Path) -> list[str]:
    parts = []
    for rows in ods_sheets(path).values():
        for r in rows:
            text = " ".join(c.replace("\n", " ").strip() for c in r if c.strip())
            if text:
                parts.append(text)
    return parts


def sentences(org: Path) -> list[str]:
    return org_sentences(org, {".ods": _ods_parts})


# ------------------------------------------------------------------ the roster's form


def roster_form(org: Path) -> list[str]:
    errors: list[str] = []
    path = org / ROSTER
    z = zipfile.ZipFile(path)
    infos = z.infolist()
    if infos[0].filename != "mimetype" or infos[0].compress_type != zipfile.ZIP_STORED:
        errors.append("ods: mimetype is not the first entry, stored")
    if z.read("mimetype") != b"application/vnd.oasis.opendocument.spreadsheet":
        errors.append("ods: wrong mimetype")
    if any(i.date_time != ZIP_TIME for i in infos):
        errors.append("ods: an entry's time is not the fixed time")
    meta = ET.fromstring(z.read("meta.xml"))
    gen = meta.find(f".//{{{M}}}generator")
    if gen is None or not (gen.text or "").startswith("LibreOffice/"):
        errors.append("ods: the generator is not LibreOffice")
    content = z.read("content.xml").decode("utf-8")
    if "number-columns-repeated" not in content:
        errors.append("ods: no repeated empty cells")

    sheets = ods_sheets(path)
    if list(sheets) != [TEAM_SHEET, VACANCY_SHEET]:
        errors.append(f"ods: sheets are {list(sheets)}")
        return errors
    rows = sheets[TEAM_SHEET]
    h = _header_index(rows, HEAD[0])
    if rows[h] != HEAD:
        errors.append(f"ods: header differs: {rows[h]}")
    if h != 2 or not rows[0] or rows[1]:
        errors.append("ods: not a title row and a blank row above the header")
    body = [r for r in rows[h + 1 :] if len(r) > 1 and r[1].strip()]
    blanks = sum(1 for r in body if not r[0].strip())
    if not body or not body[0][0].strip() or blanks < len(body) // 2:
        errors.append("ods: the directorate is not written only on each block's first row")
    two_lines = sum(1 for r in body for c in r if "\n" in c)
    if two_lines < 1:
        errors.append("ods: no cell holds two lines")
    if not 16 <= len(body) <= 20:
        errors.append(f"ods: {len(body)} roles (16 to 20)")
    tiers = {r[3].strip().lower() for r in body}
    if tiers != TIERS:
        errors.append(f"ods: programme involvement values differ: {sorted(tiers)}")
    titles = [r[1].strip() for r in body]
    if len(set(titles)) != len(titles):
        errors.append("ods: a job title appears twice")
    vac = sheets[VACANCY_SHEET]
    vh = _header_index(vac, "Post")
    posts = [r for r in vac[vh + 1 :] if r and r[0].strip()]
    if len(posts) != 1:
        errors.append(f"ods: {len(posts)} vacant posts (1 expected)")
    elif posts[0][0].strip() in titles:
        errors.append("ods: the vacant post is also on the programme team")
    return errors


# ------------------------------------------------------------------ the deck's form

NAME = re.compile(r"^Google Shape;(\d+);p(\d+)(:notes)?$")
GOOGLE_LAYOUTS = {"TITLE", "TITLE_ONLY", "SECTION_HEADER", "BLANK"}


def _title_kind(slide) -> str:
    """'placeholder' when the slide's title is in a TITLE placeholder, else 'box'."""
    for shape in slide.placeholders:
        if shape.placeholder_format.type in (1, 3) and shape.text_frame.text.strip():
            return "placeholder"
    return "box"


def deck_form(case: Path) -> list[str]:
    errors: list[str] = []
    gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
    prs = Presentation(str(case / gold["deck"]))
    if (prs.slide_width, prs.slide_height) != (9144000, 5143500):
        errors.append(f"slide size {prs.slide_width} x {prs.slide_height}")
    slides = list(prs.slides)
    if not 17 <= len(slides) <= 22:
        errors.append(f"{len(slides)} slides (17 to 22)")
    ids: set[int] = set()
    kinds: list[str] = []
    bullets = 0
    with_notes = 0
    fonts: set[str] = set()
    for k, slide in enumerate(slides, start=1):
        if slide.slide_layout.name not in GOOGLE_LAYOUTS:
            errors.append(f"slide {k}: layout {slide.slide_layout.name!r}")
        if not slide.has_notes_slide:
            errors.append(f"slide {k}: no notes page")
            continue
        parts = [(slide.shapes, False), (slide.notes_slide.shapes, True)]
        for shapes, is_notes in parts:
            for shape in shapes:
                m = NAME.match(shape.name)
                if not m or int(m.group(2)) != k or bool(m.group(3)) != is_notes:
                    errors.append(f"slide {k}: shape name {shape.name!r}")
                    continue
                if int(m.group(1)) != shape.shape_id or shape.shape_id in ids:
                    errors.append(f"slide {k}: shape id {shape.shape_id} repeats or differs")
                ids.add(shape.shape_id)
        if slide.notes_slide.notes_text_frame.text.strip():
            with_notes += 1
        kinds.append(_title_kind(slide))
        for shape in slide.shapes:
            el = shape._element
            for ppr in el.iter(qn("a:pPr")):
                if ppr.find(qn("a:buChar")) is not None:
                    if ppr.get("marL") is None or ppr.get("indent") is None:
                        errors.append(f"slide {k}: a bullet without marL/indent")
                    bullets += 1
            for latin in el.iter(qn("a:latin")):
                fonts.add(latin.get("typeface"))
            if shape.has_table:
                tblpr = el.find(".//" + qn("a:tblPr"))
                if tblpr is not None and (
                    tblpr.find(qn("a:tableStyleId")) is not None or tblpr.attrib
                ):
                    errors.append(f"slide {k}: a table with a table style")
    if bullets < 40:
        errors.append(f"only {bullets} buChar bullets")
    if fonts - {"Proxima Nova", "Arial"}:
        errors.append(f"fonts {sorted(fonts)}")
    if with_notes < 4 or with_notes > len(slides) // 2:
        errors.append(f"speaker notes on {with_notes} slides (some, not most)")
    if kinds.count("placeholder") < 3 or kinds.count("box") < 3:
        errors.append(f"titles: {kinds}")

    # the appendix: a SECTION_HEADER slide titled "Appendix", then 3-4 "Backup" slides
    pages = deck_lines(case / gold["deck"])
    divider = next(
        (
            k
            for k, s in enumerate(slides, start=1)
            if s.slide_layout.name == "SECTION_HEADER"
            and s.shapes.title is not None
            and s.shapes.title.text_frame.text.strip() == "Appendix"
        ),
        None,
    )
    if divider is None:
        errors.append("no Appendix section header")
        return errors
    backups = list(range(divider + 1, len(slides) + 1))
    if not 3 <= len(backups) <= 4 or any(not pages[n][0].startswith("backup") for n in backups):
        errors.append(f"after the Appendix divider: {[pages[n][0] for n in backups]}")
    main = set(range(1, divider))
    for v in gold["visions"]:
        if v["slide"] not in main or set(v.get("also_slides", [])) - main:
            errors.append(f"vision points into the appendix: {v['match']!r}")
    for a in gold["deck_actions"]:
        if a["slide"] not in main:
            errors.append(f"deck action points into the appendix: {a['match']}")
    pilot = gold["pilot"]
    if {pilot["slide"], *pilot.get("also_slides", [])} - main:
        errors.append("the pilot points into the appendix")
    backup_lines = [line for n in backups for line in pages[n]]
    in_backup = [
        t
        for t in gold["not_visions"] + gold["not_actions"]
        if any(t in line for line in backup_lines)
    ]
    if len(in_backup) < 6:
        errors.append(f"only {len(in_backup)} not-visions/not-actions from the appendix")
    for text in gold["optional_visions"]:
        if any(text in line for line in backup_lines):
            errors.append(f"optional vision from the appendix: {text!r}")
    return errors


CASE = Case(
    name="tanfield-rail",
    builder="build_tanfield_rail.py",
    roster=roster,
    org_sentences=sentences,
    extra=lambda case: roster_form(case / "org") + deck_form(case),
    folder=Path(__file__).resolve().parent,
    split="dev18",
)

if __name__ == "__main__":
    sys.exit(run(CASE))
