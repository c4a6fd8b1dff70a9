"""Consistency checks of the dev22 case ``skerry-lifeboats`` against its deck and org folder.

Run from the repository root with the project's venv:

    .venv/bin/python evals/dev22/check_skerry_lifeboats.py          # the checks and the rebuild
    .venv/bin/python evals/dev22/check_skerry_lifeboats.py --dump   # deck lines and roster
    .venv/bin/python evals/dev22/check_skerry_lifeboats.py --dump --org   # and org sentences

The checks are those of ``evals/dev15/_checks.py`` (with ``evals/dev13/check_gold.py``'s readers),
imported, not copied, pointed at ``evals/dev22`` (split "dev22") with
``build_skerry_lifeboats.py`` as the builder. What is this case's own:

- deck lines as a reader sees them on a deck LibreOffice saved: dev13's ``_shape_lines`` gives a
  paragraph's text with each soft line break (``a:br``) as a vertical tab, and dev13's
  ``normalize`` would fold it into a space, joining two lines the slide shows apart. This
  checker splits every paragraph (of a shape, a table cell, or the notes) at its soft breaks
  first, so each shown line is its own line and every gold match must lie inside one of them.
  ``_checks`` reads deck lines through its module-level ``deck_lines``, so the checker points
  that name at its own reader before it runs;
- the roster, read from ``org/people/crew-and-shore-structure.vsdx``: the page whose NameU is
  "Page-1" (found through ``visio/pages/pages.xml`` and its relationships), every shape whose
  master (``visio/masters/masters.xml``) is a post master, Executive, Manager, Position or
  Consultant, in the page's order; the role is its shape data row "Title", the tier its row
  "Tier". Vacancy shapes, connectors, the title and the legend are no roles; the "Draft 2027"
  page is not read;
- org sentences: ``_checks.org_sentences`` with a ``.vsdx`` reader added (each post's text and
  its "Remit" row, page 1 only);
- checks of the deck's form (LibreOffice's "PowerPoint 2007-365" export): ``docProps/app.xml``
  names LibreOffice/7.x; 28 x 15.75 cm; 16 to 18 slides; the master's layouts carry
  LibreOffice's names; every slide's title in a title placeholder named "PlaceHolder 1"; body
  text in placeholders named "PlaceHolder 2" with ``a:buChar char="●"``; an explicit ``sz`` on
  every run; soft breaks on many slides and inside some gold matches' paragraphs; tables as
  graphic frames with explicit ``a:tcPr`` on every cell (the KPI table with Measure, Baseline,
  Target, By when; the risks table with a Mitigation column); the roadmap slide made of
  ``a:custGeom`` shapes holding every phase; notes slides on three to six slides; and one
  deck action said only in the notes;
- checks of the roster's form: the parts of a Visio package, the six masters, a title and a
  legend shape with no master, one connector (Dynamic connector master) per reporting line, each
  with a Begin and an End ``Connect`` to posts of page 1, every post's first text line equal to
  its Title row, Vacancy posts not on the roster, two consult-only roles on the Consultant
  master, and a second page named "Draft 2027" whose titles are on no roster.

It never runs the planner.
"""

from __future__ import annotations

import json
import re
import sys
import zipfile
from pathlib import Path, PurePosixPath

from lxml import etree
from pptx import Presentation

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import evals.dev15._checks as _checks  # noqa: E402
from evals.dev13.check_gold import _shape_lines, normalize  # noqa: E402
from evals.dev15._checks import Case, run  # noqa: E402

HERE = Path(__file__).resolve().parent
NAME = "skerry-lifeboats"
ROSTER = Path("people") / "crew-and-shore-structure.vsdx"
POST_MASTERS = {"Executive", "Manager", "Position", "Consultant"}

A = "http://schemas.openxmlformats.org/drawingml/2006/main"
P = "http://schemas.openxmlformats.org/presentationml/2006/main"
V = "http://schemas.microsoft.com/office/visio/2012/main"
PR = "http://schemas.openxmlformats.org/package/2006/relationships"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


# =========================================================================== the deck


def _shown(texts: list[str]) -> list[str]:
    """Paragraph texts split at their soft line breaks (python-pptx gives ``a:br`` as \\v)."""
    return [piece for t in texts for piece in t.split("\v")]


def deck_lines(path: Path) -> dict[int, list[str]]:
    if path.suffix.lower() != ".pptx":
        raise ValueError(f"not this case's deck: {path}")
    pages: dict[int, list[str]] = {}
    for n, slide in enumerate(Presentation(str(path)).slides, start=1):
        raw = _shown([line for shape in slide.shapes for line in _shape_lines(shape)])
        if slide.has_notes_slide:
            raw += _shown([p.text for p in slide.notes_slide.notes_text_frame.paragraphs])
        pages[n] = [x for x in (normalize(t) for t in raw) if x]
    return pages


_checks.deck_lines = deck_lines


# =========================================================================== the roster (VSDX)


def _rel_targets(z: zipfile.ZipFile, part: str) -> dict[str, str]:
    p = PurePosixPath(part)
    rels = p.parent / "_rels" / (p.name + ".rels")
    root = etree.fromstring(z.read(str(rels)))
    out = {}
    for rel in root.iter(f"{{{PR}}}Relationship"):
        target = PurePosixPath(p.parent, rel.get("Target"))
        parts: list[str] = []
        for bit in target.parts:
            if bit == "..":
                parts.pop()
            else:
                parts.append(bit)
        out[rel.get("Id")] = "/".join(parts)
    return out


def _pages(z: zipfile.ZipFile) -> dict[str, str]:
    """NameU of each page -> its part name."""
    targets = _rel_targets(z, "visio/pages/pages.xml")
    root = etree.fromstring(z.read("visio/pages/pages.xml"))
    return {
        page.get("NameU"): targets[page.find(f"{{{V}}}Rel").get(f"{{{R}}}id")]
        for page in root.findall(f"{{{V}}}Page")
    }


def _masters(z: zipfile.ZipFile) -> dict[str, str]:
    root = etree.fromstring(z.read("visio/masters/masters.xml"))
    return {m.get("ID"): m.get("NameU") for m in root.findall(f"{{{V}}}Master")}


def _props(shape) -> dict[str, str]:
    out = {}
    for sec in shape.findall(f"{{{V}}}Section"):
        if sec.get("N") != "Property":
            continue
        for row in sec.findall(f"{{{V}}}Row"):
            for cell in row.findall(f"{{{V}}}Cell"):
                if cell.get("N") == "Value":
                    out[row.get("N")] = cell.get("V") or ""
    return out


def _text(shape) -> str:
    t = shape.find(f"{{{V}}}Text")
    return "".join(t.itertext()) if t is not None else ""


def page_shapes(path: Path, page: str) -> list[tuple[str | None, dict[str, str], str]]:
    """(master NameU, shape data, text) of every top-level shape on the page, in order."""
    z = zipfile.ZipFile(path)
    masters = _masters(z)
    root = etree.fromstring(z.read(_pages(z)[page]))
    shapes = root.find(f"{{{V}}}Shapes")
    return [
        (masters.get(s.get("Master")), _props(s), _text(s)) for s in shapes.findall(f"{{{V}}}Shape")
    ]


def roster(org: Path) -> list[tuple[str, str]]:
    return [
        (props["Title"].strip(), props.get("Tier", "").strip().lower())
        for master, props, _ in page_shapes(org / ROSTER, "Page-1")
        if master in POST_MASTERS
    ]


def _vsdx_parts(path: Path) -> list[str]:
    out = []
    for master, props, text in page_shapes(path, "Page-1"):
        if master in POST_MASTERS:
            out.extend(text.split("\n"))
            out.append(props.get("Remit", ""))
    return out


def sentences(org: Path) -> list[str]:
    return _checks.org_sentences(org, {".vsdx": _vsdx_parts})


# =========================================================================== forms


def roster_form(org: Path, gold: dict) -> list[str]:
    errors: list[str] = []
    path = org / ROSTER
    z = zipfile.ZipFile(path)
    names = set(z.namelist())
    for part in (
        "[Content_Types].xml",
        "_rels/.rels",
        "visio/document.xml",
        "visio/pages/pages.xml",
        "visio/pages/page1.xml",
        "visio/pages/page2.xml",
        "visio/masters/masters.xml",
        "docProps/app.xml",
    ):
        if part not in names:
            errors.append(f"vsdx: no {part}")
    if any(i.date_time != (2028, 10, 30, 10, 12, 8) for i in z.infolist()):
        errors.append("vsdx: zip dates not fixed")
    if b"visio/document.xml" not in z.read("_rels/.rels"):
        errors.append("vsdx: the package does not point at visio/document.xml")
    masters = set(_masters(z).values())
    want = {"Executive", "Manager", "Position", "Consultant", "Vacancy", "Dynamic connector"}
    if masters != want:
        errors.append(f"vsdx: masters {sorted(masters)}")
    pages = _pages(z)
    if set(pages) != {"Page-1", "Draft 2027"}:
        errors.append(f"vsdx: pages {sorted(pages)}")
        return errors
    shapes = page_shapes(path, "Page-1")
    posts = [(m, p, t) for m, p, t in shapes if m in POST_MASTERS]
    vacancies = [p["Title"] for m, p, _ in shapes if m == "Vacancy"]
    plain = [t for m, _, t in shapes if m is None]
    connectors = [m for m, _, _ in shapes if m == "Dynamic connector"]
    if len(plain) != 2 or not any(t.startswith("Legend") for t in plain):
        errors.append(f"vsdx: title and legend shapes {plain}")
    if not vacancies or set(vacancies) & set(gold["roster"]):
        errors.append(f"vsdx: vacancies {vacancies} (some, none on the roster)")
    for _, props, text in posts:
        if text.split("\n")[0] != props["Title"]:
            errors.append(f"vsdx: text {text!r} does not open with its Title row")
        if not props.get("Remit"):
            errors.append(f"vsdx: {props['Title']} has no Remit")
    for m, props, _ in posts:
        if props["Tier"].lower() == "consult only" and m != "Consultant":
            errors.append(f"vsdx: consult-only {props['Title']} not on the Consultant master")
    if not 16 <= len(posts) <= 20:
        errors.append(f"vsdx: {len(posts)} posts (16 to 20)")
    consult = [p["Title"] for _, p, _ in posts if p["Tier"].lower() == "consult only"]
    if sorted(consult) != sorted(gold["consult_only_roles"]) or len(consult) != 2:
        errors.append(f"vsdx: consult-only posts {consult}")
    # connectors: one per reporting line, each glued at both ends to shapes of the page
    root = etree.fromstring(z.read(pages["Page-1"]))
    ids = {
        s.get("ID"): _masters(z).get(s.get("Master"))
        for s in root.find(f"{{{V}}}Shapes").findall(f"{{{V}}}Shape")
    }
    ends: dict[str, set[str]] = {}
    for c in root.iter(f"{{{V}}}Connect"):
        if ids.get(c.get("FromSheet")) != "Dynamic connector":
            errors.append("vsdx: a Connect from a shape that is no connector")
        if ids.get(c.get("ToSheet")) not in POST_MASTERS | {"Vacancy"}:
            errors.append("vsdx: a connector glued to no post")
        ends.setdefault(c.get("FromSheet"), set()).add(c.get("FromCell"))
    if len(ends) != len(connectors) or any(v != {"BeginX", "EndX"} for v in ends.values()):
        errors.append(f"vsdx: {len(connectors)} connectors, {len(ends)} glued at both ends")
    if len(connectors) < len(posts) - 4:
        errors.append(f"vsdx: only {len(connectors)} reporting lines")
    old = [p.get("Title", "") for m, p, _ in page_shapes(path, "Draft 2027") if m in POST_MASTERS]
    if len(old) < 5 or set(old) & set(gold["roster"]):
        errors.append(f"vsdx: the Draft 2027 page's posts {old} (5 or more, none on the roster)")
    if len(old) >= 5 and any(t in s for t in old for s in sentences(org)):
        errors.append("vsdx: a Draft 2027 post is read as org text")
    return errors


def deck_form(case: Path, gold: dict) -> list[str]:
    errors: list[str] = []
    deck = case / gold["deck"]
    z = zipfile.ZipFile(deck)
    app = z.read("docProps/app.xml").decode("utf-8")
    if not re.search(r"<Application>LibreOffice/7\.\d", app):
        errors.append("app.xml does not name LibreOffice/7.x")
    if any(i.date_time != (2028, 11, 12, 19, 44, 30) for i in z.infolist()):
        errors.append("pptx: zip dates not fixed")
    prs = Presentation(str(deck))
    if (prs.slide_width, prs.slide_height) != (10080625, 5670550):
        errors.append(f"slide size {prs.slide_width} x {prs.slide_height} (28 x 15.75 cm)")
    slides = list(prs.slides)
    if not 16 <= len(slides) <= 18:
        errors.append(f"{len(slides)} slides (16 to 18)")
    layouts = {lay.name for lay in prs.slide_master.slide_layouts}
    if (
        not {"Title Slide", "Title, Content", "Title, 2 Content", "Title Only", "Blank Slide"}
        <= layouts
    ):
        errors.append(f"layouts {sorted(layouts)}")
    breaks = 0
    for k, s in enumerate(slides, start=1):
        el = s._element
        titles = [
            sh for sh in s.shapes if sh.is_placeholder and sh.placeholder_format.type in (1, 3)
        ]
        if len(titles) != 1 or titles[0].name != "PlaceHolder 1" or not titles[0].text_frame.text:
            errors.append(f"slide {k}: no title placeholder 'PlaceHolder 1'")
        for r in el.iter(f"{{{A}}}r"):
            rpr = r.find(f"{{{A}}}rPr")
            if rpr is None or rpr.get("sz") is None:
                errors.append(f"slide {k}: a run without an explicit size")
                break
        if el.findall(f".//{{{A}}}br"):
            breaks += 1
        bodies = [sh for sh in s.shapes if sh.is_placeholder and sh.placeholder_format.type == 2]
        for sh in bodies:
            chars = {b.get("char") for b in sh._element.iter(f"{{{A}}}buChar")}
            if chars and chars != {"\u25cf"}:
                errors.append(f"slide {k}: bullets {chars}")
        if bodies and bodies[0].name != "PlaceHolder 2":
            errors.append(f"slide {k}: the body is named {bodies[0].name!r}")
    if breaks < 10:
        errors.append(f"soft line breaks on {breaks} slides only")
    bulleted = [
        k
        for k, s in enumerate(slides, start=1)
        if any(
            sh.name == "PlaceHolder 2" and list(sh._element.iter(f"{{{A}}}buChar"))
            for sh in s.shapes
        )
    ]
    if len(bulleted) < 10:
        errors.append(f"bulleted bodies on slides {bulleted}")
    # tables
    heads = []
    for s in slides:
        for sh in s.shapes:
            if not sh.has_table:
                continue
            heads.append([c.text for c in sh.table.rows[0].cells])
            for tc in sh._element.iter(f"{{{A}}}tc"):
                pr = tc.find(f"{{{A}}}tcPr")
                if pr is None or pr.find(f"{{{A}}}lnL") is None or pr.get("marL") is None:
                    errors.append("a table cell without explicit cell properties")
                    break
    if ["Measure", "Baseline 2027", "Target", "By when"] not in heads:
        errors.append("no KPI table Measure / Baseline 2027 / Target / By when")
    if not any(h and h[-1] == "Mitigation" for h in heads):
        errors.append("no risks table with a Mitigation column")
    kpi_slides = {v["slide"] for v in gold["visions"] if any(k in v["match"] for k in gold["kpis"])}
    if len(kpi_slides) != 1 or not any(sh.has_table for sh in slides[min(kpi_slides) - 1].shapes):
        errors.append(f"KPI visions on slides {sorted(kpi_slides)}, not one table slide")
    # the roadmap: every phase inside a custom-geometry shape of one slide
    road = []
    for k, s in enumerate(slides, start=1):
        custom = [
            sh
            for sh in s.shapes
            if sh._element.find(f".//{{{A}}}custGeom") is not None and sh.has_text_frame
        ]
        texts = [
            normalize(t)
            for sh in custom
            for t in _shown([p.text for p in sh.text_frame.paragraphs])
        ]
        if all(any(m in t for m in ph["match"] for t in texts) for ph in gold["phases"]):
            road.append(k)
    if len(road) != 1:
        errors.append(f"phases all in custom shapes on slides {road} (one roadmap slide)")
    # notes
    noted = [k for k, s in enumerate(slides, start=1) if s.has_notes_slide]
    if not 3 <= len(noted) <= 6:
        errors.append(f"notes on slides {noted}")
    pages = deck_lines(deck)
    notes_only = []
    for a in gold["deck_actions"]:
        s = slides[a["slide"] - 1]
        note = (
            [
                normalize(t)
                for t in _shown([p.text for p in s.notes_slide.notes_text_frame.paragraphs])
            ]
            if s.has_notes_slide
            else []
        )
        shown = [normalize(t) for t in _shown([x for sh in s.shapes for x in _shape_lines(sh)])]
        if any(m in t for m in a["match"] for t in note) and not any(
            m in t for m in a["match"] for t in shown
        ):
            notes_only.append(a["match"][0])
    if len(notes_only) != 1:
        errors.append(f"deck actions only in the notes: {notes_only} (1 expected)")
    # soft breaks matter: some gold matches sit in a paragraph of two shown lines, and the
    # next shown line is not part of the match
    joined = 0
    for v in gold["visions"] + [
        {"match": m, "slide": a["slide"]} for a in gold["deck_actions"] for m in a["match"]
    ]:
        s = slides[v["slide"] - 1]
        for sh in s.shapes:
            for t in [x for x in _shape_lines(sh) if "\v" in x]:
                if v["match"] in normalize(t.split("\v")[0]) or v["match"] in normalize(
                    t.split("\v")[-1]
                ):
                    joined += 1
    if joined < 5:
        errors.append(f"only {joined} gold matches inside paragraphs with soft breaks")
    del pages
    return errors


def extra(case: Path) -> list[str]:
    gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
    return roster_form(case / "org", gold) + deck_form(case, gold)


CASE = Case(
    name=NAME,
    builder="build_skerry_lifeboats.py",
    roster=roster,
    org_sentences=sentences,
    extra=extra,
    folder=HERE,
    split="dev22",
)

if __name__ == "__main__":
    sys.exit(run(CASE))
