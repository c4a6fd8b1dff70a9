"""Consistency checks of the dev17 case ``glaslyn-waste`` against its deck and org folder.

Run from the repository root:  .venv/bin/python evals/dev17/check_glaslyn_waste.py
(``--dump`` prints the deck lines the gold was read from; ``--org`` adds the org sentences)

The checks are those of ``evals/dev15/_checks.py`` (adapted from ``evals/dev13/check_gold.py``),
pointed at this folder (``evals/dev17``, split "dev17") with ``build_glaslyn_waste.py`` as the
builder. What is this case's own:

- a reader for the bilingual staff-structure CSV (``org/people/staff-structure.csv``: columns
  "Job title (English)", "Teitl swydd (Cymraeg)", "Service area", "Reports to", "Programme
  involvement", "Remit"); the roster is every row's English job title in file order, the tier
  its "Programme involvement" (Core / Extended / Consult only);
- org sentences: ``_checks.org_sentences`` plus the CSV, each row's cells joined by spaces;
- checks that the roster file keeps that form, and that the deck keeps the bilingual forms the
  case is about: 18 slides, no placeholder and no group; titles either "Welsh / English" on one
  line or a Welsh paragraph over an italic English one; two-column slides (2, 4, 8, 10) with a
  left (Welsh, upright) and a right (English, italic) text box of as many paragraphs each; the
  KPI table (slide 11) with a bilingual one-line header ("Mesur / Measure", "Targed 2031 / 2031
  target") and row labels of two paragraphs, Welsh then English; the roadmap (slide 12) a
  native table of four phases whose cells are two paragraphs; speaker notes in English only on
  slides 3, 11, 13 and 14;
- that every gold vision, KPI and deck action points at an English line (italic on the slide,
  or in the English column, or in the notes) and every Welsh not-vision at an upright one.

It never runs the planner.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from pptx import Presentation  # noqa: E402
from pptx.enum.shapes import MSO_SHAPE_TYPE  # noqa: E402

from evals.dev13.check_gold import normalize  # noqa: E402
from evals.dev15._checks import Case, org_sentences, run  # noqa: E402

ROSTER = Path("people") / "staff-structure.csv"
HEAD = [
    "Job title (English)",
    "Teitl swydd (Cymraeg)",
    "Service area",
    "Reports to",
    "Programme involvement",
    "Remit",
]
TIERS = {"Core", "Extended", "Consult only"}
TWO_COLUMN = (2, 4, 8, 10)
NOTES = [3, 11, 13, 14]


def _rows(path: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"), newline="")))


def roster(org: Path) -> list[tuple[str, str]]:
    """(English job title, programme involvement) of every row of the staff structure."""
    rows = _rows(org / ROSTER)
    title, tier = rows[0].index(HEAD[0]), rows[0].index(HEAD[4])
    return [(r[title].strip(), r[tier].strip().lower()) for r in rows[1:] if r]


def _csv_parts(path: Path) -> list[str]:
    return [" ".join(row) for row in _rows(path)]


def sentences(org: Path) -> list[str]:
    return org_sentences(org, {".csv": _csv_parts})


def roster_form(org: Path) -> list[str]:
    errors: list[str] = []
    raw = (org / ROSTER).read_bytes()
    if raw.startswith(b"\xef\xbb\xbf") or b"\r\n" not in raw:
        errors.append("staff structure: a BOM, or no CRLF line ends")
    rows = _rows(org / ROSTER)
    if rows[0] != HEAD:
        errors.append(f"staff structure columns differ: {rows[0]}")
    body = rows[1:]
    if any(len(r) != len(HEAD) or not all(c.strip() for c in r) for r in body):
        errors.append("staff structure: a row with a missing or empty cell")
    if {r[4] for r in body} != TIERS:
        errors.append(f"programme involvement values differ: {sorted({r[4] for r in body})}")
    if not 15 <= len(body) <= 22:
        errors.append(f"{len(body)} roles (15 to 22)")
    titles = [r[0] for r in body]
    if len(set(titles)) != len(titles):
        errors.append("an English job title appears twice")
    welsh = [r[1] for r in body]
    if len(set(welsh)) != len(welsh) or set(welsh) & set(titles):
        errors.append("Welsh titles repeat, or one equals an English title")
    reports = {r[3] for r in body}
    if not reports & set(titles):
        errors.append("no 'Reports to' names a role on the roster")
    return errors


# ------------------------------------------------------------------ the deck's bilingual forms


def _paras(shape) -> list[tuple[str, bool]]:
    """(normalised text, italic) of each non-empty paragraph of a text frame."""
    out = []
    for p in shape.text_frame.paragraphs:
        text = normalize(p.text)
        if text:
            out.append((text, any(r.font.italic for r in p.runs)))
    return out


def _language_lines(slides) -> tuple[list[set[str]], list[set[str]]]:
    """Per slide, the English lines (italic paragraphs, italic cell paragraphs, the notes) and
    the Welsh lines (upright paragraphs of frames and cells that hold both languages)."""
    english: list[set[str]] = []
    welsh: list[set[str]] = []
    for slide in slides:
        eng: set[str] = set()
        cym: set[str] = set()
        for shape in slide.shapes:
            frames = []
            if shape.has_text_frame:
                frames.append(shape)
            if getattr(shape, "has_table", False) and shape.has_table:
                frames.extend(c for row in shape.table.rows for c in row.cells)
            for fr in frames:
                for text, italic in _paras(fr):
                    (eng if italic else cym).add(text)
        if slide.has_notes_slide:
            eng.update(
                normalize(p.text)
                for p in slide.notes_slide.notes_text_frame.paragraphs
                if p.text.strip()
            )
        english.append(eng)
        welsh.append(cym)
    return english, welsh


def deck_form(case: Path) -> list[str]:
    errors: list[str] = []
    gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
    slides = list(Presentation(str(case / gold["deck"])).slides)
    if len(slides) != 18:
        errors.append(f"{len(slides)} slides, 18 expected")
    for n, slide in enumerate(slides, start=1):
        for shape in slide.shapes:
            if shape.shape_type in (MSO_SHAPE_TYPE.GROUP, MSO_SHAPE_TYPE.PLACEHOLDER):
                errors.append(f"slide {n} holds a group or a placeholder")
        texts = [s for s in slide.shapes if s.has_text_frame and s.text_frame.text.strip()]
        first = _paras(texts[0]) if texts else []
        one_line = len(first) == 1 and " / " in first[0][0]
        two_paras = len(first) == 2 and not first[0][1] and first[1][1]
        if n > 1 and not (one_line or two_paras):
            errors.append(f"slide {n}: title neither 'Welsh / English' nor Welsh over English")

    for n in TWO_COLUMN:
        boxes = [
            s
            for s in slides[n - 1].shapes
            if s.shape_type == MSO_SHAPE_TYPE.TEXT_BOX and len(_paras(s)) >= 4
        ]
        left = [b for b in boxes if b.left < 914400 * 3]
        right = [b for b in boxes if b.left > 914400 * 6.5]
        if len(left) != 1 or len(right) != 1:
            errors.append(f"slide {n}: not one Welsh and one English column")
            continue
        lp, rp = _paras(left[0]), _paras(right[0])
        if len(lp) != len(rp) or any(i for _, i in lp) or not all(i for _, i in rp):
            errors.append(f"slide {n}: the columns are not Welsh upright / English italic, 1:1")

    kpi = [s for s in slides[10].shapes if getattr(s, "has_table", False) and s.has_table]
    if len(kpi) != 1:
        errors.append("slide 11: not one native table")
    else:
        tbl = kpi[0].table
        head = [normalize(c.text) for c in tbl.rows[0].cells]
        if head[0] != "mesur / measure" or head[-1] != "targed 2031 / 2031 target":
            errors.append(f"slide 11: header differs: {head}")
        for r in range(1, len(tbl.rows)):
            label = _paras(tbl.cell(r, 0))
            if len(label) != 2 or label[0][1] or not label[1][1]:
                errors.append(f"slide 11: row {r} label is not Welsh then English")

    road = [s for s in slides[11].shapes if getattr(s, "has_table", False) and s.has_table]
    if len(road) != 1 or len(road[0].table.rows) != 5:
        errors.append("slide 12: the roadmap is not one native table of four phases")
    else:
        for r in range(1, 5):
            for cell in road[0].table.rows[r].cells:
                if [i for _, i in _paras(cell)] != [False, True]:
                    errors.append(f"slide 12: row {r} has a cell not Welsh then English")

    with_notes = [
        n
        for n, s in enumerate(slides, start=1)
        if s.has_notes_slide and s.notes_slide.notes_text_frame.text.strip()
    ]
    if with_notes != NOTES:
        errors.append(f"speaker notes on slides {with_notes}")

    # the gold's visions, KPIs and actions point at English lines; its Welsh not-visions at
    # Welsh ones
    english, welsh = _language_lines(slides)

    def on(lines: set[str], needle: str) -> bool:
        return any(needle in line for line in lines)

    for v in gold["visions"]:
        if not on(english[v["slide"] - 1], v["match"]):
            errors.append(f"vision not on an English line of slide {v['slide']}: {v['match']!r}")
    for a in gold["deck_actions"]:
        for alt in a["match"]:
            if not on(english[a["slide"] - 1], alt):
                errors.append(f"deck action not on an English line: {alt!r}")
    all_english = set().union(*english)
    all_welsh = set().union(*welsh)
    for kpi_match in gold["kpis"]:
        if not on(all_english, kpi_match):
            errors.append(f"kpi not on an English line: {kpi_match!r}")
    welsh_not = [t for t in gold["not_visions"] if on(all_welsh, t)]
    if len(welsh_not) < 6:
        errors.append(f"only {len(welsh_not)} not-visions are Welsh lines (6 or more expected)")
    for t in welsh_not:
        if on(all_english, t):
            errors.append(f"a Welsh not-vision is also on an English line: {t!r}")
    return errors


CASE = Case(
    name="glaslyn-waste",
    builder="build_glaslyn_waste.py",
    roster=roster,
    org_sentences=sentences,
    extra=lambda case: roster_form(case / "org") + deck_form(case),
    folder=Path(__file__).resolve().parent,
    split="dev17",
)

if __name__ == "__main__":
    sys.exit(run(CASE))
