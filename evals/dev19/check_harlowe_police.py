"""Consistency checks of the dev19 case ``harlowe-police`` against its deck and org folder.

Run from the repository root with the project's venv (the builder needs only python-pptx,
python-docx and lxml):

    .venv/bin/python evals/dev19/check_harlowe_police.py

(``--dump`` prints the deck lines the gold was read from and the roster; ``--org`` adds the org
sentences.)

The checks are those of ``evals/dev15/_checks.py`` (adapted from ``evals/dev13/check_gold.py``),
imported, not copied, and pointed at this folder (``evals/dev19``, split "dev19") with
``build_harlowe_police.py`` as the builder. What is this case's own:

- deck lines that read SMARTART: dev13's reader sees a SmartArt ``graphicFrame`` as a shape
  with no text, so this checker's ``deck_lines`` reads each slide's shapes in order with dev13's
  ``_shape_lines``, except that a graphic frame whose ``a:graphicData`` has the diagram URI is
  read from its data part (``dgm:relIds/@r:dm``): the diagram's node points (no ``type``, or
  ``node``/``asst``) in reading order, that is depth first from the ``doc`` point along the
  ``parOf`` connections (a ``dgm:cxn`` with no ``type`` or ``parOf``), siblings by ``srcOrd``;
  one line per node, its ``dgm:t`` paragraphs joined by a space; presentation and transition
  points have no text and are skipped. Then the speaker notes, then dev13's ``normalize``.
  ``_checks`` reads deck lines through its module-level ``deck_lines``, so this checker points
  that name at its own reader before it runs. A gold match on a SmartArt slide is therefore a
  lower-case substring of one node's text;
- the roster, read from the terms of reference (``org/governance/
  contact-programme-board-terms-of-reference.docx``, the only roster in the org folder): the
  paragraphs between the "4. Membership" heading and the next heading; a clause "4.n<TAB>The
  <title> – <remit>" or "4.n<TAB>The <title>. <remit>" is a member (tier "core"); a clause
  ending in a colon opens a list ("In attendance, without a vote:" -> tier "in attendance";
  "The following are consulted but are not members:" -> tier "consult only") whose lettered
  sub-items "(a)<TAB>The <title> – ..." carry that tier; a clause that does not start with
  "The " (a deputy rule) is no role. The title is the text after "The " up to the first " – "
  (en dash) or ". ";
- org sentences: ``_checks.org_sentences`` (Markdown, text and DOCX paragraphs and table rows);
- checks of the deck's form: 16:9 at 12192000 x 6858000 EMU, 15 to 18 slides; five SmartArt
  diagrams, on slides 6, 7, 9, 12 and 13, with the layouts Horizontal Bullet List (hList1),
  Basic Cycle (cycle2), Basic Chevron Process (chevron1), Vertical Bullet List (vList2) and
  Hierarchy (hierarchy1); each frame's four relationship ids resolve to parts of the diagram
  content types; the data part's ``dsp:dataModelExt/@relId`` is a relationship of the slide to
  the drawing part; the drawing's ``dsp:sp`` paragraphs hold exactly the node texts and each
  ``dsp:sp`` draws a presentation point of the data (its ``modelId``); three of
  the frames sit in the slide's content placeholder (``p:ph idx="1"``); the parOf connections
  of some diagram are stored out of reading order (so a reader must sort by ``srcOrd``);
  the list, process and 90-day diagrams have child nodes, the hierarchy three or more levels;
  one KPI table with the header Measure / Baseline / Target / By when and a risks table with a
  Mitigation column; a slide of six big-number tiles;
- that the gold leans on the SmartArt: every phase's name (its last match) and at least 20 deck
  actions are found only through the diagrams (not by dev13's reader), and the roadmap's four
  phase nodes carry their date spans;
- checks of the roster's form: 16 to 20 roles in the three tiers, numbered clauses 4.1 onwards,
  an in-attendance list and a consulted list of lettered sub-items, a deputy clause that is no
  role, no ``org/people`` folder and no other file in the org folder naming the roster.

It never runs the planner.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from docx import Document
from lxml import etree
from pptx import Presentation

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import evals.dev15._checks as _checks  # noqa: E402
from evals.dev13.check_gold import _shape_lines, normalize  # noqa: E402
from evals.dev13.check_gold import deck_lines as plain_deck_lines  # noqa: E402
from evals.dev15._checks import Case, run  # noqa: E402

HERE = Path(__file__).resolve().parent
NAME = "harlowe-police"
ROSTER = Path("governance") / "contact-programme-board-terms-of-reference.docx"
MEMBERSHIP = "4. Membership"
TIERS = {"core", "in attendance", "consult only"}

A = "http://schemas.openxmlformats.org/drawingml/2006/main"
P = "http://schemas.openxmlformats.org/presentationml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
DGM = "http://schemas.openxmlformats.org/drawingml/2006/diagram"
DSP = "http://schemas.microsoft.com/office/drawing/2008/diagram"
RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
CT = "application/vnd.openxmlformats-officedocument.drawingml."
RELS = {
    "dm": (RT + "diagramData", CT + "diagramData+xml"),
    "lo": (RT + "diagramLayout", CT + "diagramLayout+xml"),
    "qs": (RT + "diagramQuickStyle", CT + "diagramStyle+xml"),
    "cs": (RT + "diagramColors", CT + "diagramColors+xml"),
}
RT_DRAWING = "http://schemas.microsoft.com/office/2007/relationships/diagramDrawing"
CT_DRAWING = "application/vnd.ms-office.drawingml.diagramDrawing+xml"
LAYOUTS = {6: "hList1", 7: "cycle2", 9: "chevron1", 12: "vList2", 13: "hierarchy1"}
IN_PLACEHOLDER = {6, 9, 12}
NODE_TYPES = {None, "node", "asst"}

# =========================================================================== SmartArt


def _is_diagram(el) -> bool:
    gd = el.find(f".//{{{A}}}graphicData")
    return gd is not None and gd.get("uri") == DGM


def _rel_ids(el) -> dict[str, str]:
    ids = el.find(f".//{{{DGM}}}relIds")
    return {k: ids.get(f"{{{R}}}{k}") for k in RELS}


def _point_text(pt) -> str:
    t = pt.find(f"{{{DGM}}}t")
    if t is None:
        return ""
    paras = []
    for p in t.findall(f"{{{A}}}p"):
        bits = []
        for el in p.iter(f"{{{A}}}t", f"{{{A}}}br"):
            bits.append(el.text or "" if el.tag == f"{{{A}}}t" else " ")
        paras.append("".join(bits))
    return " ".join(x for x in paras if x.strip())


def diagram_model(blob: bytes) -> tuple[list[tuple[str, str, int]], bool]:
    """The node points of a diagram data part in reading order, as (model id, text, depth), and
    whether the parOf connections are stored in that order."""
    root = etree.fromstring(blob)
    points = {pt.get("modelId"): pt for pt in root.iter(f"{{{DGM}}}pt")}
    doc = next(m for m, pt in points.items() if pt.get("type") == "doc")
    children: dict[str, list[tuple[int, str]]] = {}
    stored: list[str] = []
    for cxn in root.iter(f"{{{DGM}}}cxn"):
        if cxn.get("type") not in (None, "parOf"):
            continue
        children.setdefault(cxn.get("srcId"), []).append(
            (int(cxn.get("srcOrd", "0")), cxn.get("destId"))
        )
        stored.append(cxn.get("destId"))
    out: list[tuple[str, str, int]] = []

    def walk(mid: str, depth: int) -> None:
        for _, dest in sorted(children.get(mid, [])):
            pt = points.get(dest)
            if pt is not None and pt.get("type") in NODE_TYPES:
                out.append((dest, _point_text(pt), depth))
                walk(dest, depth + 1)

    walk(doc, 0)
    return out, stored == [m for m, _, _ in out]


def _diagram_blob(slide, el, key: str = "dm") -> bytes:
    return slide.part.related_part(_rel_ids(el)[key]).blob


def deck_lines(path: Path) -> dict[int, list[str]]:
    """Each slide's lines: shapes in order (SmartArt read from its data part), then the notes."""
    if path.suffix.lower() != ".pptx":
        raise ValueError(f"not this case's deck: {path}")
    pages: dict[int, list[str]] = {}
    for n, slide in enumerate(Presentation(str(path)).slides, start=1):
        raw: list[str] = []
        for shape in slide.shapes:
            el = shape._element
            if el.tag == f"{{{P}}}graphicFrame" and _is_diagram(el):
                nodes, _ = diagram_model(_diagram_blob(slide, el))
                raw.extend(text for _, text, _ in nodes)
            else:
                raw.extend(_shape_lines(shape))
        if slide.has_notes_slide:
            raw.extend(p.text for p in slide.notes_slide.notes_text_frame.paragraphs)
        pages[n] = [x for x in (normalize(t) for t in raw) if x]
    return pages


# _checks.check_case and _checks.dump read the deck through this module-level name
_checks.deck_lines = deck_lines

# =========================================================================== the roster

CLAUSE = re.compile(r"^(4\.\d+|\([a-z]\))\s+(.*)$")


def _membership(org: Path) -> list[tuple[str, str]]:
    """(number, text) of every paragraph of the Membership section."""
    out, inside = [], False
    for para in Document(str(org / ROSTER)).paragraphs:
        style = para.style.name if para.style is not None else ""
        if style.startswith("Heading"):
            inside = para.text.strip() == MEMBERSHIP
            continue
        if inside and para.text.strip():
            m = CLAUSE.match(para.text.strip())
            out.append((m.group(1), m.group(2)) if m else ("", para.text.strip()))
    return out


def _title(text: str) -> str:
    rest = text[len("The ") :]
    cut = [i for i in (rest.find(" \u2013 "), rest.find(". ")) if i >= 0]
    return rest[: min(cut)].strip() if cut else rest.strip()


def roster(org: Path) -> list[tuple[str, str]]:
    """(title, tier) of every role in the terms of reference's Membership clauses."""
    found: list[tuple[str, str]] = []
    tier = "core"
    for number, text in _membership(org):
        if number.startswith("4."):
            if text.endswith(":"):
                low = text.lower()
                tier = (
                    "in attendance"
                    if "attendance" in low
                    else "consult only"
                    if "consulted" in low
                    else "?"
                )
                continue
            tier = "core"
        if text.startswith("The ") and not text.endswith(":"):
            found.append((_title(text), tier))
    return found


def roster_form(org: Path) -> list[str]:
    errors: list[str] = []
    clauses = _membership(org)
    if not clauses or clauses[0][0] != "4.1":
        errors.append("terms of reference: Membership does not start at clause 4.1")
    numbers = [int(n.split(".")[1]) for n, _ in clauses if n.startswith("4.")]
    if numbers != list(range(1, len(numbers) + 1)):
        errors.append(f"terms of reference: clauses out of sequence {numbers}")
    leads = [t for n, t in clauses if n.startswith("4.") and t.endswith(":")]
    if len(leads) != 2:
        errors.append(f"terms of reference: {len(leads)} list clauses (in attendance, consulted)")
    if not any(
        n.startswith("4.") and not t.startswith("The ") and not t.endswith(":") for n, t in clauses
    ):
        errors.append("terms of reference: no clause that is not a role (the deputy rule)")
    found = roster(org)
    if not 16 <= len(found) <= 20:
        errors.append(f"roster: {len(found)} roles (16 to 20)")
    if {t for _, t in found} != TIERS:
        errors.append(f"roster: tiers {sorted({t for _, t in found})}")
    titles = [r for r, _ in found]
    if len(set(titles)) != len(titles):
        errors.append("roster: a title twice")
    if any(" \u2013 " in r or len(r) > 80 for r in titles):
        errors.append(f"roster: a remit read as a title: {titles}")
    if (org / "people").exists():
        errors.append("org/people exists: the terms of reference must be the only roster")
    return errors


# =========================================================================== the deck's form


def deck_form(case: Path) -> list[str]:
    errors: list[str] = []
    gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
    prs = Presentation(str(case / gold["deck"]))
    if (prs.slide_width, prs.slide_height) != (12192000, 6858000):
        errors.append(f"slide size {prs.slide_width} x {prs.slide_height}")
    slides = list(prs.slides)
    if not 15 <= len(slides) <= 18:
        errors.append(f"{len(slides)} slides (15 to 18)")
    seen: dict[int, str] = {}
    out_of_order = 0
    for n, slide in enumerate(slides, start=1):
        for shape in slide.shapes:
            el = shape._element
            if el.tag != f"{{{P}}}graphicFrame" or not _is_diagram(el):
                continue
            ids = _rel_ids(el)
            rels = slide.part.rels
            for key, (reltype, ctype) in RELS.items():
                rel = rels.get(ids[key])
                if rel is None or rel.reltype != reltype or rel.target_part.content_type != ctype:
                    errors.append(f"slide {n}: r:{key} does not point at a {ctype} part")
            data = etree.fromstring(_diagram_blob(slide, el))
            lo = etree.fromstring(_diagram_blob(slide, el, "lo"))
            layout = (lo.get("uniqueId") or "").rsplit("/", 1)[-1]
            seen[n] = layout
            doc_pt = next(pt for pt in data.iter(f"{{{DGM}}}pt") if pt.get("type") == "doc")
            if not (doc_pt.find(f"{{{DGM}}}prSet").get("loTypeId") or "").endswith("/" + layout):
                errors.append(f"slide {n}: the doc point's loTypeId is not the layout part's")
            ext = data.find(f".//{{{DSP}}}dataModelExt")
            rel = rels.get(ext.get("relId")) if ext is not None else None
            if (
                rel is None
                or rel.reltype != RT_DRAWING
                or rel.target_part.content_type != CT_DRAWING
            ):
                errors.append(
                    f"slide {n}: dataModelExt relId is no drawing relationship of the slide"
                )
                continue
            drawing = etree.fromstring(rel.target_part.blob)
            drawn = sorted(
                "".join(t.text or "" for t in p.iter(f"{{{A}}}t"))
                for sp in drawing.iter(f"{{{DSP}}}sp")
                for p in sp.iter(f"{{{A}}}p")
                if "".join(t.text or "" for t in p.iter(f"{{{A}}}t")).strip()
            )
            pres = {
                pt.get("modelId") for pt in data.iter(f"{{{DGM}}}pt") if pt.get("type") == "pres"
            }
            if any(sp.get("modelId") not in pres for sp in drawing.iter(f"{{{DSP}}}sp")):
                errors.append(f"slide {n}: a drawn shape is no presentation point of the data")
            nodes, in_order = diagram_model(etree.tostring(data))
            if sorted(t for _, t, _ in nodes) != drawn:
                errors.append(f"slide {n}: the drawing's texts are not the diagram's node texts")
            out_of_order += not in_order
            depth = max(d for _, _, d in nodes)
            if layout in {"hList1", "chevron1", "vList2"} and depth < 1:
                errors.append(f"slide {n}: {layout} without child nodes")
            if layout == "hierarchy1" and depth < 2:
                errors.append(f"slide {n}: a hierarchy of fewer than three levels")
            ph = el.find(f".//{{{P}}}nvPr/{{{P}}}ph")
            if (ph is not None and ph.get("idx") == "1") != (n in IN_PLACEHOLDER):
                errors.append(
                    f"slide {n}: the diagram is {'not ' if ph is None else ''}in the content placeholder"
                )
    if seen != LAYOUTS:
        errors.append(f"diagrams {seen}, expected {LAYOUTS}")
    if not out_of_order:
        errors.append("every diagram stores its parOf connections in reading order")

    tables = [
        (n, [[c.text for c in row.cells] for row in shape.table.rows])
        for n, slide in enumerate(slides, start=1)
        for shape in slide.shapes
        if shape.has_table
    ]
    heads = [rows[0] for _, rows in tables]
    if ["Measure", "Baseline 2026/27", "Target", "By when"] not in heads:
        errors.append("no KPI table with Measure / Baseline / Target / By when")
    if not any("Mitigation" in h for h in heads):
        errors.append("no risks table with a Mitigation column")
    tiles = [s for s in slides[2].shapes if s.name.startswith("Tile")]
    if len(tiles) != 6:
        errors.append(f"slide 3: {len(tiles)} tiles (6)")

    # the gold leans on the diagrams: what dev13's reader cannot see
    plain = plain_deck_lines(case / gold["deck"])

    def plainly(text: str, n: int | None = None) -> bool:
        pages = [plain.get(n, [])] if n else plain.values()
        return any(text in line for lines in pages for line in lines)

    for ph in gold["phases"]:
        if plainly(ph["match"][-1]):
            errors.append(f"phase {ph['match'][-1]!r} is readable without the diagrams")
    hidden = [
        a for a in gold["deck_actions"] if not any(plainly(m, a["slide"]) for m in a["match"])
    ]
    if len(hidden) < 20:
        errors.append(f"only {len(hidden)} deck actions need the diagrams")
    pages = deck_lines(case / gold["deck"])
    spans = [line for line in pages[9] if line.startswith("phase ")]
    if len(spans) != 4 or not all(re.search(r"20\d\d", line) for line in spans):
        errors.append(f"roadmap phase nodes without their date spans: {spans}")
    return errors


CASE = Case(
    name=NAME,
    builder="build_harlowe_police.py",
    roster=roster,
    consult=frozenset({"consult only"}),
    extra=lambda case: roster_form(case / "org") + deck_form(case),
    folder=HERE,
    split="dev19",
)

if __name__ == "__main__":
    sys.exit(run(CASE))
