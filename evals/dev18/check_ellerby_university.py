"""Consistency checks of the dev18 case ``ellerby-university`` against its deck and org folder.

Run from the repository root with the venv the builder needs (reportlab is not in the project's
lock; see ``build_ellerby_university.py``):

    /tmp/rl/bin/python evals/dev18/check_ellerby_university.py
    (``--dump`` prints the deck lines the gold was read from; ``--org`` adds the org sentences)

The checks are those of ``evals/dev15/_checks.py`` (adapted from ``evals/dev13/check_gold.py``),
imported, not copied, and pointed at this folder (``evals/dev18``) and split "dev18", with
``build_ellerby_university.py`` as the builder. Deck lines are pypdf's lines of each page, as
dev13 reads a PDF: the deck imitates PowerPoint's "Notes Pages" print to PDF, so each page's
lines are the notes master's header, the slide's text (every drawn string its own line: a KPI
table row's cells, a tile's figure and its caption, a risk row's wrapped cells one by one), the
speaker notes (wrapped lines) and the footer with the page number.

What is this case's own:

- the roster, read from the org chart exported from Visio (``org/people/programme-structure-
  chart.pdf``) by position: the boxes are the page's drawn rectangles of box size (``re``
  operators read with pypdf's ``ContentStream``), the text is read with ``visitor_text`` (each
  string with its text matrix and font), and every string is put in the box that holds its
  origin. In a box, the strings in Helvetica-Bold, top to bottom, are the role title (joined by
  spaces: a title may wrap onto two lines), the line "Core team" / "Extended team" / "Consult
  only" is the tier, the rest is the remit. Boxes are read tier by tier (top to bottom), left to
  right. The rectangles must be the builder's layout (its ``chart_boxes()``);
- org sentences also take that chart: each box as "<role>. <tier>. <remit>" and every string
  outside the boxes (title, legend, footer);
- checks of the chart's form: one A3 landscape page, a title, a legend with the three tags, a
  "Last revised" footer; 16 to 20 unique roles in the three tiers; the strings of a tier written
  slot by slot across its boxes, so that pypdf's plain extraction does NOT give a box's text
  together (a wrapped title's second line comes after the other boxes' first lines);
- checks of the deck's form: 17 A4 portrait pages; on each, one slide frame of 460 x 258.75 pt
  in the upper half, the header "Ellerby University | Every Student Connected | Notes pages |
  OFFICIAL" above it and the page number at the bottom outside it; the slide's strings inside
  the frame at 24 pt or less (13 pt titles), the notes' strings below it in 11.5 pt Helvetica;
  the deck actions that the slide does not show (their text is only in the notes) are exactly
  those of pages 6, 12 and 16, and every other deck action, every vision and every KPI is on
  its slide, not only in the notes.

It never runs the planner.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

from pypdf import PdfReader
from pypdf.generic import ContentStream

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals.dev13.check_gold import normalize  # noqa: E402
from evals.dev15._checks import Case, org_sentences, run  # noqa: E402

HERE = Path(__file__).resolve().parent
BUILDER = "build_ellerby_university.py"
CHART = Path("people") / "programme-structure-chart.pdf"
TAGS = {"Core team", "Extended team", "Consult only"}
NOTES_ONLY_PAGES = [6, 12, 16]
HEADER = "Ellerby University | Every Student Connected | Notes pages | OFFICIAL"

Seg = tuple[float, float, str, str, float]  # x, y, text, font, size


def _builder():
    spec = importlib.util.spec_from_file_location("build_ellerby_university", HERE / BUILDER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _segments(page) -> list[Seg]:
    """Every non-empty string drawn on a page: its origin (text matrix times CTM), font, size."""
    segs: list[Seg] = []

    def visit(text, cm, tm, font_dict, font_size) -> None:
        text = text.strip()
        if not text:
            return
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        font = str(font_dict.get("/BaseFont", "")).lstrip("/") if font_dict else ""
        segs.append((x, y, text, font, float(font_size)))

    page.extract_text(visitor_text=visit)
    return segs


def _rects(reader: PdfReader, page) -> list[tuple[float, float, float, float]]:
    ops = ContentStream(page.get_contents(), reader).operations
    return [(float(o[0]), float(o[1]), float(o[2]), float(o[3])) for o, op in ops if op == b"re"]


# =========================================================================== the chart


def _chart(org: Path):
    """(boxes, outside): each box (x, y, w, h, its strings top to bottom); the other strings."""
    reader = PdfReader(str(org / CHART))
    page = reader.pages[0]
    boxes = [r for r in _rects(reader, page) if r[2] >= 100 and r[3] >= 40]
    segs = _segments(page)
    inside: dict[int, list[Seg]] = {i: [] for i in range(len(boxes))}
    outside: list[Seg] = []
    for seg in segs:
        x, y = seg[0], seg[1]
        hit = [
            i
            for i, (bx, by, bw, bh) in enumerate(boxes)
            if bx <= x <= bx + bw and by <= y <= by + bh
        ]
        if hit:
            inside[hit[0]].append(seg)
        else:
            outside.append(seg)
    # reading order: tier by tier (top edge, top first), then left to right
    order = sorted(
        range(len(boxes)), key=lambda i: (-round(boxes[i][1] + boxes[i][3]), boxes[i][0])
    )
    out = []
    for i in order:
        strings = sorted(inside[i], key=lambda s: (-s[1], s[0]))
        out.append((*boxes[i], strings))
    return out, outside


def _parse_box(strings: list[Seg]) -> tuple[str, str, str]:
    title = " ".join(s[2] for s in strings if s[3] == "Helvetica-Bold")
    tags = [s[2] for s in strings if s[2] in TAGS]
    remit = " ".join(s[2] for s in strings if s[3] != "Helvetica-Bold" and s[2] not in TAGS)
    return title, (tags[0] if len(tags) == 1 else ""), remit


def roster(org: Path) -> list[tuple[str, str]]:
    """(role, tier) of every box of the programme structure chart, in reading order."""
    boxes, _ = _chart(org)
    out = []
    for *_, strings in boxes:
        title, tag, _ = _parse_box(strings)
        out.append((title, tag.lower()))
    return out


def _chart_parts(path: Path) -> list[str]:
    boxes, outside = _chart(path.parents[1])
    parts = []
    for *_, strings in boxes:
        title, tag, remit = _parse_box(strings)
        parts.append(f"{title}. {tag}. {remit}")
    parts.extend(s[2] for s in sorted(outside, key=lambda s: (-s[1], s[0])))
    return parts


def sentences(org: Path) -> list[str]:
    return org_sentences(org, {".pdf": _chart_parts})


def chart_form(org: Path) -> list[str]:
    errors: list[str] = []
    reader = PdfReader(str(org / CHART))
    if len(reader.pages) != 1:
        errors.append(f"the chart has {len(reader.pages)} pages")
    page = reader.pages[0]
    w, h = float(page.mediabox.width), float(page.mediabox.height)
    if (round(w), round(h)) != (1191, 842):
        errors.append(f"the chart is not A3 landscape: {w} x {h}")
    boxes, outside = _chart(org)
    layout = _builder().chart_boxes()
    got = [(round(x, 2), round(y, 2), round(bw, 2), round(bh, 2)) for x, y, bw, bh, _ in boxes]
    want = [(round(x, 2), round(y, 2), round(bw, 2), round(bh, 2)) for _, x, y, bw, bh in layout]
    if got != want:
        errors.append("the chart's rectangles are not the builder's layout")
    parsed = [_parse_box(strings) for *_, strings in boxes]
    if [t for t, _, _ in parsed] != [role for role, *_ in layout]:
        errors.append("the roles read by position differ from the builder's boxes")
    if any(not tag or not remit for _, tag, remit in parsed):
        errors.append("a box without exactly one tag line or without a remit")
    if {tag for _, tag, _ in parsed} != TAGS:
        errors.append("the chart does not use the three tags")
    titles = [t for t, _, _ in parsed]
    if not 16 <= len(titles) <= 20 or len(set(titles)) != len(titles):
        errors.append(f"{len(titles)} roles, or a role twice (16 to 20 unique expected)")
    if not any(
        len(wrap) > 1 for wrap in ([s for s in st if s[3] == "Helvetica-Bold"] for *_, st in boxes)
    ):
        errors.append("no role title wraps onto two lines")
    loose = " ".join(s[2] for s in outside)
    for needed in (
        "programme structure",
        "Core team",
        "Extended team",
        "Consult only",
        "Last revised",
    ):
        if needed not in loose:
            errors.append(f"the chart's title, legend or footer lacks {needed!r}")
    # the trap: pypdf's plain text reads across the boxes of a tier
    plain = page.extract_text().splitlines()
    wrapped = [
        [s[2] for s in st if s[3] == "Helvetica-Bold"]
        for *_, st in boxes
        if len([s for s in st if s[3] == "Helvetica-Bold"]) == 2
    ]
    split = 0
    for first, second in wrapped:
        i, j = plain.index(first), plain.index(second)
        split += j - i > 1
    if split < 2:
        errors.append(
            "plain extraction keeps the wrapped titles together (not written across tiers)"
        )
    return errors


# =========================================================================== the deck


def _page_parts(reader: PdfReader, page):
    """The frame, and the page's strings split into header, slide, notes and footer."""
    frames = [r for r in _rects(reader, page) if abs(r[2] - 460) < 0.5 and abs(r[3] - 258.75) < 0.5]
    if len(frames) != 1:
        return None
    fx, fy, fw, fh = frames[0]
    parts: dict[str, list[Seg]] = {"header": [], "slide": [], "notes": [], "footer": []}
    for seg in _segments(page):
        x, y = seg[0], seg[1]
        if y > fy + fh:
            parts["header"].append(seg)
        elif y >= fy and fx <= x <= fx + fw:
            parts["slide"].append(seg)
        elif y > 60:
            parts["notes"].append(seg)
        else:
            parts["footer"].append(seg)
    return frames[0], parts


def _joined(segs: list[Seg]) -> list[str]:
    return [normalize(s[2]) for s in segs]


def deck_form(case: Path) -> list[str]:
    errors: list[str] = []
    gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
    reader = PdfReader(str(case / gold["deck"]))
    pages = reader.pages
    if len(pages) != 17:
        errors.append(f"{len(pages)} pages, 17 expected")
    if "PowerPoint" not in str(reader.metadata.get("/Creator", "") if reader.metadata else ""):
        errors.append("the deck's Creator is not PowerPoint")
    slide_lines: dict[int, list[str]] = {}
    notes_lines: dict[int, list[str]] = {}
    for n, page in enumerate(pages, start=1):
        w, h = float(page.mediabox.width), float(page.mediabox.height)
        if (round(w), round(h)) != (595, 842):
            errors.append(f"page {n} is not A4 portrait: {w} x {h}")
        found = _page_parts(reader, page)
        if found is None:
            errors.append(f"page {n}: not one slide frame of 460 x 258.75 pt")
            continue
        (fx, fy, fw, fh), parts = found
        if fy < h / 2:
            errors.append(f"page {n}: the slide frame is not in the upper half")
        if not any(s[2] == HEADER for s in parts["header"]):
            errors.append(f"page {n}: no notes-master header")
        if not any(s[2] == str(n) for s in parts["footer"]):
            errors.append(f"page {n}: no page number under the notes")
        if not any(s[2] == str(n) and s[4] <= 7 for s in parts["slide"]):
            errors.append(f"page {n}: no small slide number in the slide's corner")
        if any(s[4] > 24 for s in parts["slide"]):
            errors.append(f"page {n}: slide text above 24 pt")
        if n > 1 and not any(
            12.5 <= s[4] <= 15 and s[3] == "Helvetica-Bold" for s in parts["slide"]
        ):
            errors.append(f"page {n}: no 13-15 pt title on the slide")
        if not parts["notes"] or any(s[4] != 11.5 or s[3] != "Helvetica" for s in parts["notes"]):
            errors.append(f"page {n}: the notes are missing or not 11.5 pt Helvetica")
        slide_lines[n] = _joined(parts["slide"])
        notes_lines[n] = _joined(parts["notes"])

    def on(lines: list[str], needle: str) -> bool:
        return any(needle in line for line in lines)

    notes_only = sorted(
        {
            a["slide"]
            for a in gold["deck_actions"]
            if all(
                on(notes_lines.get(a["slide"], []), m)
                and not on(slide_lines.get(a["slide"], []), m)
                for m in a["match"]
            )
        }
    )
    if notes_only != NOTES_ONLY_PAGES:
        errors.append(f"deck actions found only in the notes are on pages {notes_only}")
    for a in gold["deck_actions"]:
        if a["slide"] in NOTES_ONLY_PAGES and on(notes_lines[a["slide"]], a["match"][0]):
            continue
        for m in a["match"]:
            if not on(slide_lines.get(a["slide"], []), m):
                errors.append(f"deck action not on the slide of page {a['slide']}: {m!r}")
    for v in gold["visions"]:
        if not on(slide_lines.get(v["slide"], []), v["match"]):
            errors.append(f"vision not on the slide of page {v['slide']}: {v['match']!r}")
    every_slide = [line for lines in slide_lines.values() for line in lines]
    for k in gold["kpis"]:
        if not on(every_slide, k):
            errors.append(f"kpi not on a slide: {k!r}")
    if not on(slide_lines.get(gold["pilot"]["slide"], []), gold["pilot"]["match"][0]):
        errors.append("the pilot is not on its slide")
    return errors


CASE = Case(
    name="ellerby-university",
    builder=BUILDER,
    roster=roster,
    org_sentences=sentences,
    extra=lambda case: chart_form(case / "org") + deck_form(case),
    folder=HERE,
    split="dev18",
)

if __name__ == "__main__":
    if "--parts" in sys.argv:
        # the deck's pages split into slide and notes strings, as deck_form reads them
        case = HERE / CASE.name
        deck = next(p for p in case.iterdir() if p.suffix == ".pdf")
        reader = PdfReader(str(deck))
        for n, page in enumerate(reader.pages, start=1):
            found = _page_parts(reader, page)
            print(f"=== {n}")
            if found:
                for key in ("slide", "notes"):
                    for line in _joined(found[1][key]):
                        print(f"  {key[0]} {line}")
        sys.exit(0)
    sys.exit(run(CASE))
