"""Consistency checks of the blind12 case ``penhallow-resort`` against its deck and org folder.

Run from the repository root with the project's venv (python-pptx, python-docx, Pillow, lxml):

    .venv/bin/python evals/blind12/check_penhallow_resort.py

(``--dump`` prints the deck lines the gold was read from and the roster; ``--org`` adds the org
sentences.)

The checks are those of ``evals/dev15/_checks.py`` (adapted from ``evals/dev13/check_gold.py``),
imported, not copied, and pointed at this folder (``evals/blind12``, split "blind12") with
``build_penhallow_resort.py`` as the builder. The deck is read with dev13's ``deck_lines``
(every text box, grouped shapes recursively, the native table cell by cell: one line per
paragraph). What is this case's own:

- the roster, read from ``org/people/who-is-who.html``, a saved intranet page: one role per
  ``div.person-card`` (its ``h3``, entities decoded), the tier from its ``span.tier``; the
  navigation bar, the breadcrumb, the page heading, the help box and the footer are no roles;
- org sentences: ``_checks.org_sentences`` plus an HTML reader (the text of every heading,
  paragraph, list item and tier label of the page, entities decoded);
- checks of the deck's form (a Canva export): 1920 x 1080 px (18288000 x 10287000 EMU), 16 to
  18 slides, one slide layout in the package, every slide on it, no placeholder on any slide,
  layout or master; ``docProps/app.xml`` names Canva; every text element a text box or a
  rectangle (no title shapes), most text boxes with autofit off (``a:noAutofit``); card groups
  of a rectangle and two text boxes on several slides; pictures (PNG) placed before text boxes
  on several slides; the KPI visions on a slide with a native table whose header is
  Measure / Baseline / Target / By when; the same KPIs' tile labels on a slide of big-number
  tiles (a number's text box followed by its label's); the roadmap slide's six season-half
  column labels and the phase bars as rectangles with text;
- checks of the roster's form: the raw HTML holds ``&amp;``, ``&rsquo;`` and ``&nbsp;``; 17 to
  20 cards, one of them vacant ("Vacant" in place of a name), two consult only, tiers Core /
  Extended / Consult only; no text of the nav bar, breadcrumb or footer is a role.

It never runs the planner.
"""

from __future__ import annotations

import json
import re
import sys
import zipfile
from pathlib import Path

import lxml.html
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import evals.dev15._checks as _checks  # noqa: E402
from evals.dev13.check_gold import deck_lines, normalize  # noqa: E402
from evals.dev15._checks import Case, run  # noqa: E402

HERE = Path(__file__).resolve().parent
NAME = "penhallow-resort"
ROSTER = Path("people") / "who-is-who.html"
TIERS = {"core", "extended", "consult only"}
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
P = "http://schemas.openxmlformats.org/presentationml/2006/main"


# =========================================================================== the roster (HTML)


def _text(el) -> str:
    return re.sub(r"\s+", " ", el.text_content().replace("\u00a0", " ")).strip()


def _page(path: Path):
    return lxml.html.fromstring(path.read_bytes())


def cards(org: Path) -> list[dict[str, str]]:
    out = []
    for card in _page(org / ROSTER).find_class("person-card"):
        fields = {"role": _text(card.find(".//h3"))}
        for cls in ("name", "team", "remit", "tier"):
            found = card.find_class(cls)
            fields[cls] = _text(found[0]) if found else ""
        out.append(fields)
    return out


def roster(org: Path) -> list[tuple[str, str]]:
    """(role, tier) of every person card, in page order."""
    return [(c["role"], c["tier"].lower()) for c in cards(org)]


def _html_parts(path: Path) -> list[str]:
    doc = _page(path)
    return [
        _text(el)
        for el in doc.iter("h1", "h2", "h3", "p", "li", "span", "title")
        if el.tag != "span" or "tier" in (el.get("class") or "")
    ]


def sentences(org: Path) -> list[str]:
    return _checks.org_sentences(org, {".html": _html_parts})


def roster_form(org: Path) -> list[str]:
    errors: list[str] = []
    raw = (org / ROSTER).read_text(encoding="utf-8")
    for entity in ("&amp;", "&rsquo;", "&nbsp;"):
        if entity not in raw:
            errors.append(f"html: no {entity} in the page")
    found = cards(org)
    if not 17 <= len(found) <= 20:
        errors.append(f"html: {len(found)} person cards (17 to 20)")
    if {c["tier"].lower() for c in found} != TIERS:
        errors.append(f"html: tiers {sorted({c['tier'] for c in found})}")
    if sum(c["tier"].lower() == "consult only" for c in found) != 2:
        errors.append("html: not exactly two consult-only cards")
    if [c["name"] for c in found].count("Vacant") != 1:
        errors.append("html: not exactly one vacant card")
    if any(not c["remit"].startswith("Remit: ") or not c["team"] for c in found):
        errors.append("html: a card without its team or remit")
    if len({c["role"] for c in found}) != len(found):
        errors.append("html: a role appears twice")
    doc = _page(org / ROSTER)
    chrome = [
        _text(el)
        for sel in ("site-nav", "breadcrumb", "site-footer", "help")
        for box in doc.find_class(sel)
        for el in box.iter("a", "li", "p")
    ]
    if len(chrome) < 10:
        errors.append("html: the nav bar, breadcrumb, help box or footer is missing")
    roles = {c["role"] for c in found}
    if any(t in roles for t in chrome):
        errors.append("html: page furniture read as a role")
    return errors


# =========================================================================== the deck's form


def _walk(shapes):
    for sh in shapes:
        yield sh
        if sh.shape_type == MSO_SHAPE_TYPE.GROUP:
            yield from _walk(sh.shapes)


def deck_form(case: Path) -> list[str]:
    errors: list[str] = []
    gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
    deck = case / gold["deck"]
    prs = Presentation(str(deck))
    if (prs.slide_width, prs.slide_height) != (18288000, 10287000):
        errors.append(f"slide size {prs.slide_width} x {prs.slide_height} (Canva 1920 x 1080 px)")
    slides = list(prs.slides)
    if not 16 <= len(slides) <= 18:
        errors.append(f"{len(slides)} slides (16 to 18)")
    z = zipfile.ZipFile(deck)
    layouts = [n for n in z.namelist() if re.fullmatch(r"ppt/slideLayouts/slideLayout\d+\.xml", n)]
    if len(layouts) != 1 or len({s.slide_layout.name for s in slides}) != 1:
        errors.append(f"layouts {layouts}: not one blank layout for every slide")
    if "<Application>Canva</Application>" not in z.read("docProps/app.xml").decode("utf-8"):
        errors.append("app.xml does not name Canva")
    for name in z.namelist():
        if name.startswith("ppt/slide") and name.endswith(".xml") and b"<p:ph" in z.read(name):
            errors.append(f"a placeholder in {name}")

    no_fit = fit = 0
    group_slides, picture_slides = set(), set()
    for k, s in enumerate(slides, start=1):
        order = []
        for sh in _walk(s.shapes):
            if sh.is_placeholder:
                errors.append(f"slide {k}: placeholder {sh.name}")
            if sh.shape_type == MSO_SHAPE_TYPE.TEXT_BOX:
                body = sh._element.find(f".//{{{A}}}bodyPr")
                if body.find(f"{{{A}}}noAutofit") is not None:
                    no_fit += 1
                else:
                    fit += 1
            order.append(sh.shape_type)
        for g in (sh for sh in s.shapes if sh.shape_type == MSO_SHAPE_TYPE.GROUP):
            kinds = sorted(str(x.shape_type) for x in g.shapes)
            if kinds == sorted(
                [str(MSO_SHAPE_TYPE.AUTO_SHAPE)] + [str(MSO_SHAPE_TYPE.TEXT_BOX)] * 2
            ):
                group_slides.add(k)
        top = [sh.shape_type for sh in s.shapes]
        if MSO_SHAPE_TYPE.PICTURE in top:
            first_pic = top.index(MSO_SHAPE_TYPE.PICTURE)
            if MSO_SHAPE_TYPE.TEXT_BOX in top[first_pic:]:
                picture_slides.add(k)
        for rel in s.part.rels.values():
            if rel.reltype.endswith("/image") and rel.target_part.content_type != "image/png":
                errors.append(f"slide {k}: a picture that is not a PNG")
    if no_fit < 3 * fit:
        errors.append(f"text boxes: {no_fit} with autofit off, {fit} without (most should be off)")
    if len(group_slides) < 4:
        errors.append(f"card groups (rectangle + two text boxes) only on slides {group_slides}")
    if len(picture_slides) < 5:
        errors.append(f"pictures behind text only on slides {picture_slides}")

    pages = deck_lines(deck)
    kpi_slides = {v["slide"] for v in gold["visions"] if any(k in v["match"] for k in gold["kpis"])}
    if len(kpi_slides) != 1:
        errors.append(f"KPI visions on slides {sorted(kpi_slides)} (one KPI slide expected)")
    else:
        kn = kpi_slides.pop()
        tables = [sh for sh in slides[kn - 1].shapes if sh.has_table]
        if len(tables) != 1:
            errors.append(f"KPI slide {kn}: {len(tables)} native tables")
        else:
            head = [normalize(c.text) for c in tables[0].table.rows[0].cells]
            if [h.split(" (")[0] for h in head] != ["measure", "baseline", "target", "by when"]:
                errors.append(f"KPI table header {head}")
            first_col = [normalize(r.cells[0].text) for r in list(tables[0].table.rows)[1:]]
            for kpi in gold["kpis"]:
                if not any(kpi in c for c in first_col):
                    errors.append(f"KPI {kpi!r} is not a row of the native table")
    # the tiles slide: every KPI vision with an also-slide there has a number line before it
    tile_slides = [
        n
        for n, lines in pages.items()
        if not any(sh.has_table for sh in slides[n - 1].shapes)
        and sum(bool(re.fullmatch(r"[+\-£]?[\d.,]+[%m]?", x)) for x in lines) >= 6
    ]
    if not any(n in tile_slides for v in gold["visions"] for n in v.get("also_slides", [])):
        errors.append("no KPI restated on a slide of big-number tiles")
    number = re.compile(r"[+\-£]?[\d.,]+[%m]?( years)?")
    for n in tile_slides:
        lines = pages[n]
        for i, line in enumerate(lines):
            if number.fullmatch(line) and (i + 1 >= len(lines) or number.fullmatch(lines[i + 1])):
                errors.append(f"tile slide {n}: number {line!r} not followed by its label")
    road = {p["match"][0] for p in gold["phases"]}
    road_slides = [n for n, lines in pages.items() if all(any(m in x for x in lines) for m in road)]
    halves = ["winter 28/29", "summer 29", "winter 29/30", "summer 30", "winter 30/31", "summer 31"]
    if len(road_slides) != 1 or not all(h in pages[road_slides[0]] for h in halves):
        errors.append(f"roadmap: slides {road_slides} do not carry all phases and season halves")
    else:
        rs = slides[road_slides[0] - 1]
        bars = [
            normalize(sh.text_frame.text)
            for sh in rs.shapes
            if sh.shape_type == MSO_SHAPE_TYPE.AUTO_SHAPE and sh.text_frame.text.strip()
        ]
        for m in road:
            if not any(m in b for b in bars):
                errors.append(f"roadmap: {m!r} is not a bar (rectangle with text)")
    return errors


def extra(case: Path) -> list[str]:
    return deck_form(case) + roster_form(case / "org")


SPEC = Case(
    name=NAME,
    builder="build_penhallow_resort.py",
    roster=roster,
    org_sentences=sentences,
    extra=extra,
    folder=HERE,
    split="blind12",
)


if __name__ == "__main__":
    sys.exit(run(SPEC))
