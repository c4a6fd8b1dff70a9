"""Consistency checks of the dev20 case ``kelda-ferries`` against its deck and org folder.

Run from the repository root with the project's venv (the builder needs python-pptx,
python-docx, openpyxl, Pillow and lxml, all in it):

    .venv/bin/python evals/dev20/check_kelda_ferries.py

(``--dump`` prints the deck lines the gold was read from and the roster; ``--org`` adds the org
sentences.)

The checks are those of ``evals/dev15/_checks.py`` (adapted from ``evals/dev13/check_gold.py``),
imported, not copied, and pointed at this folder (``evals/dev20``, split "dev20") with
``build_kelda_ferries.py`` as the builder. What is this case's own:

- deck lines that read what a REVISED PowerPoint file carries. dev13's reader sees an embedded
  OLE object as a shape with no text and never opens comments, so this checker's
  ``deck_lines`` reads each slide's shapes in order with dev13's ``_shape_lines``, except that
  a graphic frame holding a ``p:oleObj`` whose embedded part is an Excel workbook is read from
  that workbook: its first (active) sheet, the sheet the slide shows, row by row, one line per
  non-empty cell, the value shown as its number format shows it (``0.0%``, ``0%``, ``#,##0``,
  ``0.0``); other sheets of the workbook are not on the slide and are not read. Then the
  speaker notes, then the slide's legacy comments (``p:cm/p:text``, one line each, from the
  slide's comments part), then dev13's ``normalize``. Hidden slides (``show="0"``) are read and
  numbered like the others. ``_checks`` reads deck lines through its module-level
  ``deck_lines``, so this checker points that name at its own reader before it runs;
- the roster, read from ``org/people/programme-board-and-team.docx`` AS ACCEPTED (every tracked
  change accepted): a table row marked deleted (``w:trPr/w:del``) is no role; text inside
  ``w:del`` (``w:delText``) is dropped and text inside ``w:ins`` kept; comments are not roster.
  The roster is every row under the header row (Role, Directorate, Programme involvement,
  Remit), in table order; the tier is the "Programme involvement" cell;
- org sentences: ``_checks.org_sentences`` with its DOCX reader replaced by one that reads the
  accepted text (python-docx's ``paragraph.text`` skips runs inside ``w:ins``): every body
  paragraph and every table row not deleted, its cells joined by spaces;
- checks of the deck's form: 16:9 at 12192000 x 6858000 EMU, 16 to 19 slides; two or three
  hidden slides, no vision, KPI, deck action, phase or pilot pointing at one, each of them
  holding some not-visions or not-actions; two embedded worksheets (``progId`` Excel.Sheet.12,
  no ``showAsIcon``, the workbook under ``/ppt/embeddings/``, a PNG as the cached picture); the
  KPI slide (the slide of the KPI visions) carries a title placeholder, one sentence of lead-in
  text and the worksheet object, and no other text; its workbook has a title row, the header
  Measure / Baseline / Target / By when and 6 to 9 KPI rows on its first sheet and a second
  "Notes" sheet whose text is nowhere in the deck lines; every KPI is found on that slide only
  through the worksheet; legacy comments: a ``commentAuthors`` part related from the
  presentation, comment parts on three or more slides, every author id known, ``idx`` counting
  each author's comments and ``lastIdx`` their number; some not-visions and not-actions come
  from comments, and no vision or deck action does; speaker notes on some slides, one deck
  action said only in the notes; titles in title placeholders on every slide, bullets in body
  placeholders on several; a native risks table with a Mitigation column;
- checks of the roster's form: ``w:trackRevisions`` in the settings; exactly one row marked
  deleted, whose role is on no roster; one row marked inserted, whose role is on the roster;
  a remit paragraph holding both a ``w:del`` and a ``w:ins``; every revision mark by a named
  author at the fixed date; a comments part with two comments, each anchored in a table row by
  ``commentRangeStart``, ``commentRangeEnd`` and ``commentReference``, the part related from
  the document and given its content type; 16 to 20 roles in the three tiers; and that the
  plain python-docx reading (``_checks``' DOCX reader) misses the inserted role, so the form
  matters.

It never runs the planner.
"""

from __future__ import annotations

import io
import json
import re
import sys
import zipfile
from pathlib import Path

from docx import Document
from lxml import etree
from openpyxl import load_workbook
from pptx import Presentation
from pptx.opc.constants import RELATIONSHIP_TYPE as RT

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import evals.dev15._checks as _checks  # noqa: E402
from evals.dev13.check_gold import _shape_lines, normalize  # noqa: E402
from evals.dev13.check_gold import deck_lines as plain_deck_lines  # noqa: E402
from evals.dev15._checks import Case, run  # noqa: E402

HERE = Path(__file__).resolve().parent
NAME = "kelda-ferries"
ROSTER = Path("people") / "programme-board-and-team.docx"
HEAD = ["Role", "Directorate", "Programme involvement (Core / Extended / Consult only)", "Remit"]
TIERS = {"core", "extended", "consult only"}
REV_DATE = "2028-02-09T14:12:00Z"

P = "http://schemas.openxmlformats.org/presentationml/2006/main"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
WNS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
XLSX_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _w(tag: str) -> str:
    return f"{{{WNS}}}{tag}"


# =========================================================================== the deck


def _display(cell) -> str:
    """A worksheet cell's value as Excel shows it, for the formats these workbooks use."""
    value, fmt = cell.value, cell.number_format or "General"
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float)):
        if fmt.endswith("%"):
            places = len(fmt.split(".")[1]) - 1 if "." in fmt else 0
            return f"{value * 100:.{places}f}%"
        if fmt == "#,##0":
            return f"{value:,.0f}"
        if fmt == "0.0":
            return f"{value:.1f}"
    return str(value)


def _ole_workbook(slide, el):
    """The embedded workbook of a graphic frame holding an Excel OLE object, else None."""
    ole = el.find(f".//{{{P}}}oleObj")
    if ole is None:
        return None
    part = slide.part.related_part(ole.get(f"{{{R}}}id"))
    if part.content_type != XLSX_CT:
        return None
    return load_workbook(io.BytesIO(part.blob))


def worksheet_rows(wb) -> list[list[str]]:
    """The first sheet's rows as shown (cells as text), trailing empties dropped."""
    ws = wb.worksheets[0]
    rows = []
    for row in ws.iter_rows():
        cells = [_display(c) for c in row]
        while cells and not cells[-1].strip():
            cells.pop()
        rows.append(cells)
    return rows


def comment_lines(slide) -> list[str]:
    out: list[str] = []
    for rel in slide.part.rels.values():
        if rel.reltype == RT.COMMENTS:
            root = etree.fromstring(rel.target_part.blob)
            out.extend(t.text or "" for t in root.iter(f"{{{P}}}text"))
    return out


def deck_lines(path: Path) -> dict[int, list[str]]:
    """Each slide's lines: shapes in order (an embedded worksheet read from its workbook's
    first sheet, a line per cell), then the notes, then the comments."""
    if path.suffix.lower() != ".pptx":
        raise ValueError(f"not this case's deck: {path}")
    pages: dict[int, list[str]] = {}
    for n, slide in enumerate(Presentation(str(path)).slides, start=1):
        raw: list[str] = []
        for shape in slide.shapes:
            wb = _ole_workbook(slide, shape._element)
            if wb is not None:
                raw.extend(c for row in worksheet_rows(wb) for c in row if c.strip())
            else:
                raw.extend(_shape_lines(shape))
        if slide.has_notes_slide:
            raw.extend(p.text for p in slide.notes_slide.notes_text_frame.paragraphs)
        raw.extend(comment_lines(slide))
        pages[n] = [x for x in (normalize(t) for t in raw) if x]
    return pages


# _checks.check_case and _checks.dump read the deck through this module-level name
_checks.deck_lines = deck_lines


# =========================================================================== the roster (DOCX)


def _deleted(el) -> bool:
    """Inside a tracked deletion (a ``w:del`` ancestor, or a row marked deleted)."""
    for anc in el.iterancestors():
        if anc.tag == _w("del"):
            return True
        if anc.tag == _w("tr") and _row_deleted(anc):
            return True
    return False


def _row_deleted(tr) -> bool:
    trpr = tr.find(_w("trPr"))
    return trpr is not None and trpr.find(_w("del")) is not None


def _row_inserted(tr) -> bool:
    trpr = tr.find(_w("trPr"))
    return trpr is not None and trpr.find(_w("ins")) is not None


def accepted_text(el) -> str:
    """The text of a paragraph (or any element) with every tracked change accepted."""
    out = []
    for node in el.iter(_w("t"), _w("tab"), _w("br")):
        if _deleted(node):
            continue
        out.append(
            node.text or "" if node.tag == _w("t") else ("\t" if node.tag == _w("tab") else "\n")
        )
    return "".join(out)


def _cell_text(tc) -> str:
    return "\n".join(accepted_text(p) for p in tc.findall(_w("p")))


def accepted_tables(path: Path) -> list[list[list[str]]]:
    """Every table as rows of cell texts, rows marked deleted left out."""
    body = Document(str(path)).element.body
    tables = []
    for tbl in body.iter(_w("tbl")):
        rows = []
        for tr in tbl.findall(_w("tr")):
            if _row_deleted(tr):
                continue
            rows.append([_cell_text(tc) for tc in tr.findall(_w("tc"))])
        tables.append(rows)
    return tables


def roster(org: Path) -> list[tuple[str, str]]:
    """(role, programme involvement) of every row of the team table, as accepted."""
    for rows in accepted_tables(org / ROSTER):
        if rows and [c.strip() for c in rows[0]] == HEAD:
            return [(r[0].strip(), r[2].strip().lower()) for r in rows[1:] if r and r[0].strip()]
    return []


def _docx_parts(path: Path) -> list[str]:
    """A DOCX's accepted text: body paragraphs, then table rows (cells joined by spaces)."""
    body = Document(str(path)).element.body
    parts = [accepted_text(p) for p in body.findall(_w("p"))]
    for rows in accepted_tables(path):
        parts.extend(" ".join(row) for row in rows)
    return parts


def sentences(org: Path) -> list[str]:
    return _checks.org_sentences(org, {".docx": _docx_parts})


# =========================================================================== the roster's form


def roster_form(org: Path, gold: dict) -> list[str]:
    errors: list[str] = []
    path = org / ROSTER
    z = zipfile.ZipFile(path)
    settings = etree.fromstring(z.read("word/settings.xml"))
    if settings.find(_w("trackRevisions")) is None:
        errors.append("docx: track changes is not on (no w:trackRevisions)")
    doc = etree.fromstring(z.read("word/document.xml"))
    tables = list(doc.iter(_w("tbl")))
    if len(tables) != 1:
        errors.append(f"docx: {len(tables)} tables (1 expected)")
        return errors
    trs = tables[0].findall(_w("tr"))
    deleted = [tr for tr in trs if _row_deleted(tr)]
    inserted = [tr for tr in trs if _row_inserted(tr)]
    roles = [r for r, _ in roster(org)]
    if len(deleted) != 1:
        errors.append(f"docx: {len(deleted)} rows marked deleted (1 expected)")
    else:
        first = deleted[0].find(_w("tc"))
        gone = "".join(t.text or "" for t in first.iter(_w("delText"))).strip()
        if not gone or gone in roles or gone in gold["roster"]:
            errors.append(f"docx: the deleted role {gone!r} is read as a role")
        if any(t for t in deleted[0].iter(_w("t")) if not _deleted(t)):
            errors.append("docx: the deleted row keeps text outside its deletions")
    if len(inserted) != 1:
        errors.append(f"docx: {len(inserted)} rows marked inserted (1 expected)")
    else:
        added = accepted_text(inserted[0].find(_w("tc"))).strip()
        if added not in roles:
            errors.append(f"docx: the inserted role {added!r} is not on the roster")
        if any(r.getparent().tag != _w("ins") for r in inserted[0].iter(_w("r"))):
            errors.append("docx: a run of the inserted row is outside its insertions")
    swaps = [
        p
        for p in tables[0].iter(_w("p"))
        if p.find(_w("del")) is not None and p.find(_w("ins")) is not None
    ]
    if len(swaps) != 1:
        errors.append(f"docx: {len(swaps)} paragraphs with a phrase replaced (1 expected)")
    marks = [el for el in doc.iter(_w("ins"), _w("del"))]
    for el in marks:
        if not el.get(_w("author")) or el.get(_w("date")) != REV_DATE or el.get(_w("id")) is None:
            errors.append("docx: a revision mark without its author, id or fixed date")
            break
    ids = [el.get(_w("id")) for el in marks]
    if len(set(ids)) != len(ids):
        errors.append("docx: revision ids repeat")

    # comments: the part, its relationship and content type, and each anchor in a table row
    names = z.namelist()
    if "word/comments.xml" not in names:
        errors.append("docx: no comments part")
        return errors
    rels = z.read("word/_rels/document.xml.rels").decode("utf-8")
    types = z.read("[Content_Types].xml").decode("utf-8")
    if "relationships/comments" not in rels or "wordprocessingml.comments+xml" not in types:
        errors.append("docx: the comments part is not related or has no content type")
    comments = etree.fromstring(z.read("word/comments.xml")).findall(_w("comment"))
    if len(comments) != 2:
        errors.append(f"docx: {len(comments)} comments (2 expected)")
    for c in comments:
        cid = c.get(_w("id"))
        anchors = {
            tag: [el for el in doc.iter(_w(tag)) if el.get(_w("id")) == cid]
            for tag in ("commentRangeStart", "commentRangeEnd", "commentReference")
        }
        if any(len(v) != 1 for v in anchors.values()):
            errors.append(f"docx: comment {cid} is not anchored by start, end and reference")
            continue
        start = anchors["commentRangeStart"][0]
        if not any(a.tag == _w("tr") for a in start.iterancestors()):
            errors.append(f"docx: comment {cid} is not on a table row")
        if not c.get(_w("author")) or not (c.get(_w("date")) or "").startswith("2028-02-"):
            errors.append(f"docx: comment {cid} has no author or a date not fixed")

    found = roster(org)
    if not 16 <= len(found) <= 20:
        errors.append(f"docx: {len(found)} roles as accepted (16 to 20)")
    if {t for _, t in found} != TIERS:
        errors.append(f"docx: programme involvement values {sorted({t for _, t in found})}")
    if len({r for r, _ in found}) != len(found):
        errors.append("docx: a role appears twice")
    # the plain reader (python-docx's paragraph text) drops the inserted row's text
    plain = " ".join(_checks.ORG_READERS[".docx"](path))
    if len(inserted) == 1 and accepted_text(inserted[0].find(_w("tc"))).strip() in plain:
        errors.append("docx: the plain reader already reads the inserted role")
    return errors


# =========================================================================== the deck's form


def _is_title(shape) -> bool:
    return shape.is_placeholder and shape.placeholder_format.type in (1, 3)  # TITLE, CTR_TITLE


def deck_form(case: Path) -> list[str]:
    errors: list[str] = []
    gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
    deck = case / gold["deck"]
    prs = Presentation(str(deck))
    if (prs.slide_width, prs.slide_height) != (12192000, 6858000):
        errors.append(f"slide size {prs.slide_width} x {prs.slide_height}")
    slides = list(prs.slides)
    if not 16 <= len(slides) <= 19:
        errors.append(f"{len(slides)} slides (16 to 19)")
    pages = deck_lines(deck)
    plain = plain_deck_lines(deck)

    # hidden slides
    hidden = {k for k, s in enumerate(slides, start=1) if s._element.get("show") == "0"}
    if not 2 <= len(hidden) <= 3:
        errors.append(f"hidden slides {sorted(hidden)} (2 or 3 expected)")
    for v in gold["visions"]:
        if v["slide"] in hidden or set(v.get("also_slides", [])) & hidden:
            errors.append(f"vision points at a hidden slide: {v['match']!r}")
    for a in gold["deck_actions"]:
        if a["slide"] in hidden:
            errors.append(f"deck action on a hidden slide: {a['match']}")
    pilot = gold["pilot"]
    if {pilot["slide"], *pilot.get("also_slides", [])} & hidden:
        errors.append("the pilot points at a hidden slide")
    visible = {n: lines for n, lines in pages.items() if n not in hidden}
    for ph in gold["phases"]:
        if not any(
            any(m in line for line in lines) for m in ph["match"] for lines in visible.values()
        ):
            errors.append(f"phase only on hidden slides: {ph['match']}")
    non_work = gold["not_visions"] + gold["not_actions"]
    for n in sorted(hidden):
        held = [t for t in non_work if any(t in line for line in pages[n])]
        if len(held) < 2:
            errors.append(f"hidden slide {n}: only {held} among the not-visions/not-actions")
        for text in gold["optional_visions"]:
            if any(text in line for line in pages[n]):
                errors.append(f"optional vision from hidden slide {n}: {text!r}")

    # embedded worksheets
    objects = []
    for k, s in enumerate(slides, start=1):
        for shape in s.shapes:
            ole = shape._element.find(f".//{{{P}}}oleObj")
            if ole is None:
                continue
            objects.append(k)
            if ole.get("progId") != "Excel.Sheet.12" or ole.get("showAsIcon") is not None:
                errors.append(f"slide {k}: the object is not a worksheet shown as content")
            part = s.part.related_part(ole.get(f"{{{R}}}id"))
            if (
                not str(part.partname).startswith("/ppt/embeddings/")
                or part.content_type != XLSX_CT
            ):
                errors.append(f"slide {k}: the embedded part is {part.partname}")
            blip = ole.find(f".//{{{A}}}blip")
            if (
                blip is None
                or s.part.related_part(blip.get(f"{{{R}}}embed")).content_type != "image/png"
            ):
                errors.append(f"slide {k}: the object has no PNG picture")
    if len(objects) != 2:
        errors.append(f"embedded worksheets on slides {objects} (2 expected)")
    kpi_slides = {v["slide"] for v in gold["visions"] if any(k in v["match"] for k in gold["kpis"])}
    if len(kpi_slides) != 1:
        errors.append(f"KPI visions on slides {sorted(kpi_slides)} (one KPI slide expected)")
        return errors
    kn = kpi_slides.pop()
    if kn not in objects:
        errors.append(f"the KPI slide {kn} has no embedded worksheet")
        return errors
    ks = slides[kn - 1]
    texts = [
        sh
        for sh in ks.shapes
        if sh.has_text_frame
        and sh.text_frame.text.strip()
        and sh.name not in ("Footer", "Slide Number")
    ]
    titles = [sh for sh in texts if _is_title(sh)]
    others = [sh for sh in texts if not _is_title(sh)]
    if len(titles) != 1 or len(others) != 1:
        errors.append(f"KPI slide: {len(titles)} titles and {len(others)} other text shapes")
    elif len(re.findall(r"[.!?](\s|$)", others[0].text_frame.text.strip())) != 1:
        errors.append("KPI slide: the lead-in is not one sentence")
    frame = next(sh for sh in ks.shapes if sh._element.find(f".//{{{P}}}oleObj") is not None)
    wb = _ole_workbook(ks, frame._element)
    rows = worksheet_rows(wb)
    if len(wb.worksheets) != 2 or wb.worksheets[1].title != "Notes":
        errors.append(f"KPI workbook sheets {[w.title for w in wb.worksheets]}")
    else:
        # its Source column (the second) is in no deck line
        sources = [
            normalize(str(row[1].value))
            for row in wb.worksheets[1].iter_rows(min_row=3)
            if len(row) > 1 and row[1].value
        ]
        leaked = [
            t for t in sources if any(t in line for lines in pages.values() for line in lines)
        ]
        if len(sources) < 6:
            errors.append(f"the Notes sheet has {len(sources)} sources")
        if leaked:
            errors.append(f"the Notes sheet is read as deck text: {leaked[:5]}")
    if len(rows[0]) != 1 or rows[1] != ["Measure", "Baseline 2026-27", "Target", "By when"]:
        errors.append(f"KPI sheet: title row {rows[0]} / header {rows[1]}")
    body = [r for r in rows[2:] if r]
    if not 6 <= len(body) <= 9 or any(len(r) != 4 for r in body):
        errors.append(f"KPI sheet: {len(body)} rows of widths {[len(r) for r in body]}")
    for kpi in gold["kpis"]:
        if not any(kpi in line for line in pages[kn]):
            errors.append(f"KPI not on its slide: {kpi!r}")
        if any(kpi in line for line in plain[kn]):
            errors.append(f"KPI read on its slide without the worksheet: {kpi!r}")

    # legacy comments
    authors_part = next(
        (r.target_part for r in prs.part.rels.values() if r.reltype == RT.COMMENT_AUTHORS), None
    )
    if authors_part is None:
        errors.append("no commentAuthors part related from the presentation")
        return errors
    authors = {
        a.get("id"): int(a.get("lastIdx"))
        for a in etree.fromstring(authors_part.blob).iter(f"{{{P}}}cmAuthor")
    }
    seen: dict[str, list[int]] = {}
    commented = []
    for k, s in enumerate(slides, start=1):
        for rel in s.part.rels.values():
            if rel.reltype != RT.COMMENTS:
                continue
            commented.append(k)
            if not str(rel.target_part.partname).startswith("/ppt/comments/comment"):
                errors.append(f"slide {k}: comments part {rel.target_part.partname}")
            for cm in etree.fromstring(rel.target_part.blob).iter(f"{{{P}}}cm"):
                seen.setdefault(cm.get("authorId"), []).append(int(cm.get("idx")))
                if not (cm.get("dt") or "").startswith("2028-02-"):
                    errors.append(f"slide {k}: a comment's date is not fixed")
    if len(commented) < 3:
        errors.append(f"comments on slides {commented} (3 or more expected)")
    for aid, idxs in seen.items():
        if (
            aid not in authors
            or sorted(idxs) != list(range(1, len(idxs) + 1))
            or authors[aid] != len(idxs)
        ):
            errors.append(f"comment author {aid}: idx {idxs}, lastIdx {authors.get(aid)}")
    comment_text = [normalize(t) for s in slides for t in comment_lines(s)]
    from_comments = [t for t in non_work if any(t in c for c in comment_text)]
    if len(from_comments) < 4:
        errors.append(f"only {from_comments} of the not-visions/not-actions from comments")
    for v in gold["visions"]:
        for m in [v["match"], *v.get("alternatives", [])]:
            if any(m in c for c in comment_text):
                errors.append(f"vision read from a comment: {m!r}")
    for a in gold["deck_actions"]:
        for m in a["match"]:
            if any(m in c for c in comment_text):
                errors.append(f"deck action read from a comment: {m!r}")

    # notes, placeholders, the risks table
    with_notes = [
        k
        for k, s in enumerate(slides, start=1)
        if s.has_notes_slide and s.notes_slide.notes_text_frame.text.strip()
    ]
    if not 3 <= len(with_notes) <= 8:
        errors.append(f"speaker notes on slides {with_notes}")
    notes_only = []
    for a in gold["deck_actions"]:
        s = slides[a["slide"] - 1]
        note = normalize(s.notes_slide.notes_text_frame.text) if s.has_notes_slide else ""
        shapes_text = [normalize(t) for sh in s.shapes for t in _shape_lines(sh)]
        if all(m in note for m in a["match"]) and not any(
            m in t for m in a["match"] for t in shapes_text
        ):
            notes_only.append(a["match"][0])
    if len(notes_only) != 1:
        errors.append(f"deck actions said only in the notes: {notes_only} (1 expected)")
    for k, s in enumerate(slides, start=1):
        if not any(_is_title(sh) and sh.text_frame.text.strip() for sh in s.shapes):
            errors.append(f"slide {k}: no title placeholder with text")
    bodies = [
        k
        for k, s in enumerate(slides, start=1)
        if any(
            sh.is_placeholder
            and sh.placeholder_format.idx == 1
            and len(sh.text_frame.paragraphs) >= 3
            for sh in s.shapes
        )
    ]
    if len(bodies) < 6:
        errors.append(f"bullets in body placeholders on slides {bodies} only")
    tables = [sh.table for s in slides for sh in s.shapes if sh.has_table]
    if len(tables) != 1 or tables[0].cell(0, 3).text != "Mitigation":
        errors.append("no native risks table with a Mitigation column")
    return errors


def extra(case: Path) -> list[str]:
    gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
    return roster_form(case / "org", gold) + deck_form(case)


CASE = Case(
    name=NAME,
    builder="build_kelda_ferries.py",
    roster=roster,
    org_sentences=sentences,
    extra=extra,
    folder=HERE,
    split="dev20",
)

if __name__ == "__main__":
    sys.exit(run(CASE))
