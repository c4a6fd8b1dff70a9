"""Consistency checks of the dev20 case ``brambleway-grocer`` against its deck and org folder.

Run from the repository root with the venv that has reportlab (the builder needs it, and the
rebuild check runs the builder with the interpreter that runs this file):

    /tmp/rl/bin/python evals/dev20/check_brambleway_grocer.py

(``--dump`` prints the deck lines the gold was read from and the roster; ``--org`` adds the org
sentences; ``--read`` prints each slide's text boxes in reading order, by position, which is
how the gold was read: the XML order of this deck is not the reading order.)

The checks are those of ``evals/dev15/_checks.py`` (adapted from ``evals/dev13/check_gold.py``),
pointed at this folder (``evals/dev20``, split "dev20") with ``build_brambleway_grocer.py`` as
the builder. Deck lines are dev13's: every text box is one line here, so a gold match is a
substring of one text box, whatever order a reader puts the boxes in. What is this case's own:

- a reader for the JOB DESCRIPTIONS PACK roster (``org/people/programme-job-descriptions.pdf``)
  with pypdf: every text fragment the page draws, with its position (pypdf's visitor), grouped
  into lines by height and ordered by x. A job description page is one whose first line under
  the running header is "Job description"; its role is the value beside "Job title:" and its
  tier the value beside the "Role in the Fresh Path" label (the label wraps onto a second line,
  "programme:", under the value). The cover's contents list and the last page, "Vacancies not
  yet described", are not roster: the two posts there have no job description and no holder;
- org sentences: ``_checks.org_sentences`` plus the PDF's text, page by page, its running
  header and footer dropped, lines joined into blocks where they sit one line's leading apart
  (a paragraph, a numbered accountability, a row of the fields box);
- checks that the PDF keeps the form of a job descriptions pack: A4 portrait pages, a cover
  ("Job descriptions for the programme team", "issued by People Services") with contents, one
  job description a page with the fields in order, "Purpose of the job", 5 to 8 numbered "Key
  accountabilities" and the footer "HR-JD-0xx v2 | Page n of N"; 16 to 19 roles of the tiers
  Core, Extended and Consulted; a last page naming two vacant posts that are not roles;
- checks that the deck keeps the form of a web tool's PPTX export: 16:9 (12192000 x 6858000
  EMU), 16 to 19 slides, no placeholder on any slide, layout or master, one "Blank" layout,
  no notes, no tables, charts, groups or pictures; every text shape a text box of ONE
  paragraph and one run, ``wrap="none"``; no bullet characters, but drawn markers (ellipses
  and rounded squares) each with a text box just to its right at its height; kickers stored
  in lower case with ``cap="all"`` and letter-spacing; positions off the px grid; the XML
  order differing from the reading order on most slides; a two-column slide with lines at the
  same heights; the KPI table as text boxes over line shapes; the roadmap's phase names,
  bars and dates; the app.xml of the web tool.

It never runs the planner.
"""

from __future__ import annotations

import json
import re
import sys
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from pptx import Presentation  # noqa: E402
from pptx.oxml.ns import qn  # noqa: E402
from pypdf import PdfReader  # noqa: E402

from evals.dev13.check_gold import normalize  # noqa: E402
from evals.dev15._checks import Case, org_sentences, run  # noqa: E402

ROSTER = Path("people") / "programme-job-descriptions.pdf"
FIELDS = ["Job title:", "Directorate:", "Reports to:", "Grade:", "Location:"]
ROLE_LABEL = "Role in the Fresh Path"
TIERS = {"core", "extended", "consulted"}
HEADER = "Brambleway · People Services"
FOOTER = re.compile(r"^HR-JD-(\d{3}) v2 \| Page (\d+) of (\d+)$")
A4 = (595.2756, 841.8898)


# ------------------------------------------------------------------ the PDF reader


def pdf_pages(path: Path) -> list[list[tuple[float, list[tuple[float, str]]]]]:
    """Each page as lines, top to bottom: (height, [(x, text), ...] left to right)."""
    pages = []
    for page in PdfReader(str(path)).pages:
        frags: list[tuple[float, float, str]] = []

        def visit(text, cm, tm, _font, _size, frags=frags):
            if not text.strip():
                return
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            frags.append((round(y, 1), x, text.strip()))

        page.extract_text(visitor_text=visit)
        lines: dict[float, list[tuple[float, str]]] = {}
        for y, x, text in frags:
            key = next((k for k in lines if abs(k - y) < 1.5), y)
            lines.setdefault(key, []).append((x, text))
        pages.append([(y, sorted(lines[y])) for y in sorted(lines, reverse=True)])
    return pages


def _line_text(frags: list[tuple[float, str]]) -> str:
    return " ".join(t for _, t in frags)


def _body(page) -> list[tuple[float, list[tuple[float, str]]]]:
    """A page's lines without the running header and footer."""
    return [(y, f) for y, f in page if _line_text(f) != HEADER and not FOOTER.match(_line_text(f))]


def _split(frags: list[tuple[float, str]]) -> tuple[str, str]:
    """A fields-box line as (label column, value column): the value starts well right of the
    line's first fragment."""
    x0 = frags[0][0]
    label = " ".join(t for x, t in frags if x < x0 + 60)
    value = " ".join(t for x, t in frags if x >= x0 + 60)
    return label, value


def job_fields(page) -> dict[str, str] | None:
    """The fields of a job description page (None for any other page)."""
    body = _body(page)
    if not body or _line_text(body[0][1]) != "Job description":
        return None
    fields: dict[str, str] = {}
    for _, frags in body[1:]:
        label, value = _split(frags)
        if label in FIELDS:
            fields[label] = value
        elif label.startswith(ROLE_LABEL):
            fields["Role"] = value
    return fields


def roster(org: Path) -> list[tuple[str, str]]:
    """(job title, role in the programme) of every job description page, in page order."""
    out = []
    for page in pdf_pages(org / ROSTER):
        fields = job_fields(page)
        if fields is not None:
            out.append((fields.get("Job title:", ""), fields.get("Role", "").lower()))
    return out


def _pdf_parts(path: Path) -> list[str]:
    parts: list[str] = []
    for page in pdf_pages(path):
        block: list[str] = []
        last = None
        for y, frags in _body(page):
            if last is not None and last - y > 16 and block:
                parts.append(" ".join(block))
                block = []
            block.append(_line_text(frags))
            last = y
        if block:
            parts.append(" ".join(block))
    return parts


def sentences(org: Path) -> list[str]:
    return org_sentences(org, {".pdf": _pdf_parts})


# ------------------------------------------------------------------ the roster's form


def roster_form(org: Path) -> list[str]:
    errors: list[str] = []
    path = org / ROSTER
    reader = PdfReader(str(path))
    total = len(reader.pages)
    for n, page in enumerate(reader.pages, start=1):
        w, h = float(page.mediabox.width), float(page.mediabox.height)
        if abs(w - A4[0]) > 1 or abs(h - A4[1]) > 1:
            errors.append(f"pdf: page {n} is {w:.0f} x {h:.0f}, not A4 portrait")
    pages = pdf_pages(path)
    roles = roster(org)
    if total != len(roles) + 2:
        errors.append(f"pdf: {total} pages for {len(roles)} roles (a cover and a vacancies page)")
    if not 16 <= len(roles) <= 19:
        errors.append(f"pdf: {len(roles)} roles (16 to 19)")
    titles = [r for r, _ in roles]
    if len(set(titles)) != len(titles) or not all(titles):
        errors.append("pdf: a job title is missing or repeated")
    if {t for _, t in roles} != TIERS:
        errors.append(f"pdf: roles in the programme are {sorted({t for _, t in roles})}")
    cover = "\n".join(_line_text(f) for _, f in pages[0])
    if (
        "Job descriptions for the programme team" not in cover
        or "issued by People Services" not in cover
        or "Contents" not in cover
    ):
        errors.append("pdf: the cover is not the pack's cover with contents")
    for n, drawn in enumerate(pages, start=1):
        lines = [_line_text(f) for _, f in drawn]
        foot = [m for m in (FOOTER.match(x) for x in lines) if m]
        if len(foot) != 1 or int(foot[0].group(2)) != n or int(foot[0].group(3)) != total:
            errors.append(f"pdf: page {n} has no footer 'HR-JD-0xx v2 | Page {n} of {total}'")
            continue
        if 1 < n < total:
            fields = job_fields(drawn)
            if fields is None:
                errors.append(f"pdf: page {n} is not a job description")
                continue
            labels = [_split(f)[0] for _, f in _body(drawn)[1:]]
            order = [x for x in labels if x in FIELDS or x.startswith(ROLE_LABEL)]
            if order != [*FIELDS, ROLE_LABEL]:
                errors.append(f"pdf: page {n}: fields are {order}")
            if "programme:" not in labels:
                errors.append(f"pdf: page {n}: the role label does not wrap onto 'programme:'")
            if int(foot[0].group(1)) != n - 1:
                errors.append(f"pdf: page {n}: footer code HR-JD-{foot[0].group(1)}")
            for head in ("Purpose of the job", "Key accountabilities"):
                if head not in lines:
                    errors.append(f"pdf: page {n}: no {head!r}")
            if "Key accountabilities" in lines:
                after = lines[lines.index("Key accountabilities") + 1 :]
                numbers = [int(m.group(1)) for m in (re.match(r"^(\d)\. ", x) for x in after) if m]
                if numbers != list(range(1, len(numbers) + 1)) or not 5 <= len(numbers) <= 8:
                    errors.append(f"pdf: page {n}: accountabilities numbered {numbers}")
    last = [_line_text(f) for _, f in _body(pages[-1])]
    if not last or last[0] != "Vacancies not yet described":
        errors.append("pdf: the last page is not 'Vacancies not yet described'")
    else:
        posts = [x for x in last if re.match(r"^[A-Z][\w ]+ \([\w ]+\)$", x)]
        if len(posts) != 2:
            errors.append(f"pdf: vacant posts {posts} (2 expected)")
        for post in posts:
            if post.split(" (")[0] in titles:
                errors.append(f"pdf: vacant post is also a role: {post}")
    info: dict[str, object] = dict(reader.metadata or {})
    if "Word" not in str(info.get("/Producer", "")):
        errors.append("pdf: the producer is not Word")
    return errors


# ------------------------------------------------------------------ the deck's form

PX = 6350


def _boxes(slide) -> list[dict]:
    out = []
    for k, shape in enumerate(slide.shapes):
        el = shape._element
        tx = el.find(qn("p:txBody"))
        out.append(
            {
                "k": k,
                "el": el,
                "tag": el.tag.split("}")[1],
                "name": shape.name,
                "x": shape.left / PX,
                "y": shape.top / PX,
                "w": shape.width / PX,
                "h": shape.height / PX,
                "text": shape.text_frame.text if tx is not None else None,
            }
        )
    return out


def reading_order(slide) -> list[dict]:
    """Text boxes as a reader orders them: by line height (8 px bands), then left to right."""
    texts = [b for b in _boxes(slide) if b["text"]]
    return sorted(texts, key=lambda b: (round(b["y"] / 8), b["x"]))


def deck_form(case: Path) -> list[str]:
    errors: list[str] = []
    gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
    path = case / gold["deck"]
    prs = Presentation(str(path))
    if (prs.slide_width, prs.slide_height) != (12192000, 6858000):
        errors.append(f"slide size {prs.slide_width} x {prs.slide_height}")
    slides = list(prs.slides)
    if not 16 <= len(slides) <= 19:
        errors.append(f"{len(slides)} slides (16 to 19)")
    layouts = [lay.name for lay in prs.slide_masters[0].slide_layouts]
    if layouts != ["Blank"]:
        errors.append(f"layouts {layouts}")
    for holder in [prs.slide_masters[0], *prs.slide_masters[0].slide_layouts, *slides]:
        if holder.shapes._spTree.find(".//" + qn("p:ph")) is not None:
            errors.append(f"a placeholder in {holder.name or 'a slide'}")
    z = zipfile.ZipFile(path)
    if any(n.startswith("ppt/notesSlides/") for n in z.namelist()):
        errors.append("the deck has notes pages")
    if b"<Application>Pitch</Application>" not in z.read("docProps/app.xml"):
        errors.append("app.xml is not the web tool's")
    markers = kickers = neg = off_grid = unordered = 0
    for n, slide in enumerate(slides, start=1):
        boxes = _boxes(slide)
        for b in boxes:
            el = b["el"]
            if b["tag"] not in ("sp", "cxnSp"):
                errors.append(f"slide {n}: a {b['tag']} shape ({b['name']})")
                continue
            if (
                el.find(".//" + qn("a:buChar")) is not None
                or el.find(".//" + qn("a:buAutoNum")) is not None
            ):
                errors.append(f"slide {n}: a bullet character in {b['name']}")
            if b["text"] is None:
                continue
            nv = el.find(qn("p:nvSpPr")).find(qn("p:cNvSpPr"))
            paras = el.findall(".//" + qn("a:p"))
            runs = el.findall(".//" + qn("a:r"))
            if nv.get("txBox") != "1" or len(paras) != 1 or len(runs) != 1 or not b["text"]:
                errors.append(f"slide {n}: {b['name']} is not a one-line text box")
            if el.find(".//" + qn("a:bodyPr")).get("wrap") != "none":
                errors.append(f"slide {n}: {b['name']} wraps")
            rpr = runs[0].find(qn("a:rPr")) if runs else None
            if rpr is not None and rpr.get("cap") == "all":
                kickers += 1
                if b["text"] != b["text"].lower() or not rpr.get("spc"):
                    errors.append(f"slide {n}: kicker {b['text']!r} not lower case with spc")
            if rpr is not None and rpr.get("spc", "0").startswith("-"):
                neg += 1
            if int(el.find(".//" + qn("a:off")).get("y")) % PX:
                off_grid += 1
        texts = [b for b in boxes if b["text"]]
        for b in boxes:
            is_marker = (
                b["text"] is None
                and b["tag"] == "sp"
                and b["w"] < 15
                and b["h"] < 15
                and (b["name"].startswith("Ellipse") or b["name"].startswith("Rectangle"))
            )
            if not is_marker:
                continue
            cy = b["y"] + b["h"] / 2
            beside = [
                t for t in texts if 10 < t["x"] - b["x"] < 45 and t["y"] - 2 < cy < t["y"] + t["h"]
            ]
            if beside:
                markers += 1
            else:
                errors.append(f"slide {n}: marker {b['name']} has no text box beside it")
        if [b["k"] for b in texts] != [b["k"] for b in reading_order(slide)]:
            unordered += 1
    if markers < 60:
        errors.append(f"only {markers} drawn bullet markers")
    if kickers < len(slides):
        errors.append(f"only {kickers} cap=all kickers")
    if neg < len(slides):
        errors.append(f"only {neg} headings with negative letter-spacing")
    if off_grid < 200:
        errors.append(f"only {off_grid} text boxes off the px grid")
    if unordered < len(slides) - 1:
        errors.append(f"XML order is the reading order on {len(slides) - unordered} slides")

    # the two-column slide (3): both columns' lines at the same heights
    two = [b for b in _boxes(slides[2]) if b["text"]]
    pairs = sum(
        1 for a in two for b in two if a["x"] < 900 < b["x"] and abs(a["y"] - b["y"]) < 0.01
    )
    if pairs < 8:
        errors.append(f"slide 3: {pairs} line pairs at the same height")
    # the KPI table (11): rows of boxes over line shapes, no table
    kpi = slides[10]
    lines = [b for b in _boxes(kpi) if b["tag"] == "cxnSp"]
    rows: dict[int, int] = {}
    for b in _boxes(kpi):
        if b["text"] and 300 < b["y"] < 950:
            rows[round(b["y"])] = rows.get(round(b["y"]), 0) + 1
    if len(lines) < 10 or sum(1 for v in rows.values() if v == 4) < 10:
        errors.append(f"slide 11: {len(lines)} lines, rows {sorted(rows.values())}")
    # the roadmap (12): each phase name above a bar, its dates below
    road = _boxes(slides[11])
    bars = [b for b in road if b["text"] is None and b["tag"] == "sp" and 25 < b["h"] < 40]
    for b in road:
        if b["text"] and re.match(r"^Phase \d · ", b["text"]):
            below = [r for r in bars if 20 < r["y"] - b["y"] < 50]
            if not below:
                errors.append(f"slide 12: no bar under {b['text']!r}")
                continue
            bar = below[0]
            dates = [
                t
                for t in road
                if t["text"]
                and 0 < t["y"] - (bar["y"] + bar["h"]) < 20
                and re.search(r"\d{4}$", t["text"])
            ]
            if not dates:
                errors.append(f"slide 12: no dates under the bar of {b['text']!r}")
    if sum(1 for b in road if b["name"].startswith("Diamond")) != 3:
        errors.append("slide 12: not three gate diamonds")
    # a title that wraps is two boxes: at least two slides with a two-line title
    wrapped = 0
    for slide in slides:
        heads = [b for b in reading_order(slide) if b["h"] > 70 and b["y"] < 260]
        if len(heads) >= 2:
            wrapped += 1
    if wrapped < 3:
        errors.append(f"only {wrapped} slides with a title in two boxes")
    return errors


def read(case: Path) -> None:
    deck = next(p for p in case.iterdir() if p.suffix == ".pptx")
    for n, slide in enumerate(Presentation(str(deck)).slides, start=1):
        print(f"=== {n}")
        for b in reading_order(slide):
            print(f"  {b['y']:7.1f} {b['x']:7.1f}  {normalize(b['text'])}")


CASE = Case(
    name="brambleway-grocer",
    builder="build_brambleway_grocer.py",
    roster=roster,
    org_sentences=sentences,
    core=frozenset({"core"}),
    consult=frozenset({"consulted"}),
    extra=lambda case: roster_form(case / "org") + deck_form(case),
    folder=Path(__file__).resolve().parent,
    split="dev20",
)

if __name__ == "__main__":
    if "--read" in sys.argv:
        read(CASE.folder / CASE.name)
        sys.exit(0)
    sys.exit(run(CASE))
