"""Consistency checks of the blind18 case ``grocery-fresh`` against its deck and org folder.

Run from the repository root with the project's venv (python-pptx and lxml); the rebuild runs
the builder with the interpreter that runs this file:

    .venv/bin/python evals/blind18/check_grocery_fresh.py
    .venv/bin/python evals/blind18/check_grocery_fresh.py --dump   (deck lines by slide, roster)
    .venv/bin/python evals/blind18/check_grocery_fresh.py --org    (roster rows, org sentences)

The checks are those of ``evals/dev15/_checks.py`` (adapted from ``evals/dev13/check_gold.py``),
imported, not copied, and pointed at this folder (``evals/blind18``, split "blind18") with
``build_grocery_fresh.py`` as the builder, "core" the core tier and "consult" the consult tier:
the gold's fields, every label on its slide or in an org sentence, the roster, owners on it and
core, consult-only roles owning nothing, forbidden terms in neither deck nor org, and the
rebuild byte for byte. Two departures, both narrow:

- the gold carries ``gap_blocks`` (a field of ``evals/cases/README.md``'s deck-grounded gold
  that dev13's field list predates), so the field list the shared checks compare with is that
  list plus ``gap_blocks``, checked with ``_checks.gap_block_errors``;
- the deck lines: dev13's python-pptx reading (one line per paragraph of every shape, groups
  opened, a table one line per cell paragraph row by row, then the notes) sees nothing of a
  SmartArt graphic, a ``p:graphicFrame`` whose text lives in another part. This checker's
  reading is dev13's, plus, at the graphic frame's place among the slide's shapes, the
  diagram's text read from its data model (``ppt/diagrams/dataN.xml``, the part the frame's
  ``r:dm`` names): the nodes in the order of their ``parOf`` connections (depth first, by
  ``srcOrd``), one line per paragraph of each node's ``dgm:t``. The shared checks are given
  this reading (``_checks.deck_lines`` is replaced by it), so a label on a SmartArt slide must
  be in the diagram's data.

What is this case's own:

- the roster, read from ``org/people/headcount.csv`` (an HR export, one row per person:
  Employee number / Name / Post title / Department / Line manager's post / Remit): the posts
  in the order they first appear, each once; the tier of each post from the Fresh Board's terms
  of reference (``governance/fresh-board-terms-of-reference.md``), whose "Core team",
  "Extended team" and "Consulted only" sections list the posts as the CSV spells them;
- org sentences: dev15's reader (Markdown, text) plus a CSV reader (each row's cells joined by
  spaces);
- checks of the roster's form: CRLF line ends, six cells a row, the header; employee numbers
  unique, one row with the name "VACANT" and no number; exactly two posts held by two people,
  with one remit between them; 18 to 22 posts; every line manager's post a post of the file,
  save the Chief Executive's and the two consulted posts'; every post in exactly one tier list,
  the consulted ones the gold's consult-only roles; the RACI memo in Markdown, with a RACI
  table, and two or more remits that point to it told there ("the <post> is responsible for");
  two or more pairs of near-namesake posts that the gold's ``remit_owners`` tell apart;
- checks of the deck's form, as PowerPoint for Microsoft 365 saves it: ``docProps/app.xml``
  with Application "Microsoft Office PowerPoint", AppVersion 16.0000 and the Widescreen format;
  12192000 x 6858000 EMU; 14 to 22 slides; ZIP entries in name order; Aptos theme fonts; a
  title placeholder with text on every slide; an ``a16:creationId`` on every shape and a
  ``p14:creationId`` on every slide; exactly two slides with SmartArt, the pillars as a
  Horizontal Bullet List (hList1) and the first 100 days as a Vertical Bullet List (vList2),
  each frame's four ``dgm:relIds`` and the drawing named by ``dsp:dataModelExt`` resolving to
  parts of the right content type under ``ppt/diagrams/``, the cached drawing's paragraphs the
  data model's, and none of the diagram's text visible to dev13's reading; the KPI slide's one
  native table Measure / Baseline / Target / By, each KPI vision the first cell of a row, its
  by-when a financial period, quarter or year, save the one vague KPI's "To be agreed"; the
  risks a native table whose Mitigation column holds the slide's deck actions;
- the clock: "FY29 starts 1 March 2029; Q1 is periods 1-3" stated once, on the roadmap; the
  roadmap a native table with the header Workstream, FY29 Q1 ... FY30 Q4, Future years, its
  phase row three merged cells whose spans give each gold phase's months (a quarter is three
  months, month 0 = March 2029) and a "Not in this plan" cell under Future years, none of that
  column's items a deck action, all of them not-actions; the phases named without dates on the
  north-star slide and dated ("FY29 H1", "FY29 H2 - FY30 Q2", "FY30 Q3 onwards") on the roadmap
  only, and the dates giving the same months; Gate 2's heading without a date, its date only in
  its criteria ("by the end of P6"); the milestone "before Christmas trading 2029" on the
  roadmap; the horizon said three ways that agree (the cover's "2029-31" and "FY29 and FY30",
  the roadmap's last quarter FY30 Q4, the asks' "to the close of FY30 (end of February 2031)")
  and equal to ``horizon_months``; the pilot's steps dated from go-live ("GL - 6 weeks");
- the pilot named with its place and unit ("first in the eight wansdale stores") on its own
  slide only, the place on no earlier slide, and on each later slide of ``also_slides`` by the
  place or as "the first cluster"; scenario segments on deck lines and none inside the "Not in
  scope" list;
- the gold's own shape: 15 to 25 deck actions from at least five forms (pillar initiatives,
  pilot steps, a roadmap milestone, acceptance criteria, risk mitigations, the first 100 days,
  what changes on Monday), three or more on slides titled with a headline, some of them on the
  SmartArt slides; first-100-days items with a title in brackets, at least one spelt unlike the
  roster, and each such item's remit entry naming the org's post; labels 3 to 8 words and
  lower-case; at least two vague visions; 15 or more remit entries, one for every KPI; at least
  three notes on keyword traps, and five traps (a deck action, the post whose remit names its
  work as its owner, the post a keyword list would pick not among its owners); 6 to 10 gaps
  stated in at least three org files of three kinds; at least two false-gap groups; 5 to 10
  forbidden terms in no raw org file and no deck line; 5 to 12 org files.

It never runs the planner.
"""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import sys
import tempfile
import zipfile
from collections import defaultdict
from pathlib import Path
from typing import Any

from lxml import etree
from pptx import Presentation

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import evals.dev13.check_gold as _dev13  # noqa: E402
import evals.dev15._checks as _checks  # noqa: E402
from evals.dev13.check_gold import FIELDS, normalize  # noqa: E402
from evals.dev15._checks import Case, gap_block_errors, run  # noqa: E402

HERE = Path(__file__).resolve().parent
NAME = "grocery-fresh"
ROSTER = Path("people") / "headcount.csv"
TOR = Path("governance") / "fresh-board-terms-of-reference.md"
MEMO = Path("governance") / "commercial-directorate-raci-memo.md"
HEAD = ["Employee number", "Name", "Post title", "Department", "Line manager's post", "Remit"]
TOP_MANAGERS = {"Chair of the Board", "Not managed in this role"}
TIERS = {"core team": "core", "extended team": "extended", "consulted only": "consult"}

A = "http://schemas.openxmlformats.org/drawingml/2006/main"
P = "http://schemas.openxmlformats.org/presentationml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
DGM = "http://schemas.openxmlformats.org/drawingml/2006/diagram"
DSP = "http://schemas.microsoft.com/office/drawing/2008/diagram"
NS = {"a": A, "p": P, "r": R, "dgm": DGM, "dsp": DSP}
A16 = "{http://schemas.microsoft.com/office/drawing/2014/main}creationId"
P14 = "{http://schemas.microsoft.com/office/powerpoint/2010/main}creationId"
URI_DIAGRAM = "http://schemas.openxmlformats.org/drawingml/2006/diagram"
URN = "urn:microsoft.com/office/officeart/2005/8/"
CT = "application/vnd.openxmlformats-officedocument.drawingml."
REL_PARTS = {
    "dm": ("diagramData", "data", CT + "diagramData+xml"),
    "lo": ("diagramLayout", "layout", CT + "diagramLayout+xml"),
    "qs": ("diagramQuickStyle", "quickStyle", CT + "diagramStyle+xml"),
    "cs": ("diagramColors", "colors", CT + "diagramColors+xml"),
}
CT_DRAWING = "application/vnd.ms-office.drawingml.diagramDrawing+xml"
APP = "<Application>Microsoft Office PowerPoint</Application>"

KPI_HEAD = ["Measure", "Baseline", "Target", "By"]
BY_WHEN = re.compile(r"(close of fy\d\d|fy\d\d( (q[1-4]|p\d{1,2}))?)")
RISK_HEAD = ["Risk", "Likelihood", "Mitigation"]
QUARTERS = [f"FY{y} Q{q}" for y in (29, 30) for q in (1, 2, 3, 4)]
ROAD_HEAD = ["Workstream", *QUARTERS, "Future years"]
CLOCK = "fy29 starts 1 march 2029; q1 is periods 1-3."
NOT_IN_PLAN = "not in this plan"
NOT_IN_SCOPE = "not in scope"
PILOT_NAMED = "first in the eight wansdale stores"
PILOT_PLACE = ("wansdale", "the first cluster")
MILESTONE = "before christmas trading 2029"
FOOTER = "greavesby's \u00b7 fresh first"
GRADE_WORDS = {"head", "of", "manager", "director", "lead", "chief", "officer", "the", "and"}
# the form of the deck's own actions, by the title of the slide they sit on
FORMS = {
    "five ways fresh stops going to waste": "pillar initiative",
    "start small, start north": "pilot steps",
    "the road to the close of fy30": "roadmap milestone",
    "how we'll know it's safe to go further": "acceptance criteria",
    "what could spoil it": "risk mitigations",
    "clearing the decks: our first 100 days": "first 100 days",
    "what changes on monday": "what changes on monday",
}
HEADLINES = {
    "five ways fresh stops going to waste",
    "start small, start north",
    "how we'll know it's safe to go further",
    "what could spoil it",
    "clearing the decks: our first 100 days",
}
SMARTART_TITLES = {
    "five ways fresh stops going to waste": "hList1",
    "clearing the decks: our first 100 days": "vList2",
}
# keyword traps: a deck action's words, the post whose remit covers it, the post a keyword
# list would pick, and the words of the right post's remit (roster or memo) that decide it
TRAPS = [
    (
        "correct shelf-life data",
        "Technical and Food Safety Manager",
        "Data and Insight Manager",
        "shelf-life",
    ),
    (
        "put the markdown rules into clearline",
        "Head of Pricing and Promotions",
        "Head of IT",
        "markdown",
    ),
    (
        "bake plans by the hour from till data",
        "Bakery Operations Manager",
        "Data and Insight Manager",
        "bake plans",
    ),
    (
        "level 2 food hygiene",
        "Technical and Food Safety Manager",
        "Learning and Development Manager",
        "level 2",
    ),
    ("send dc surplus", "Fresh Supply Chain Manager", "Sustainability Manager", "dc surplus"),
]

# gap_blocks is a field of the deck-grounded gold that dev13's list predates
_checks.FIELDS = FIELDS | {"gap_blocks"}  # type: ignore[attr-defined]


# =========================================================================== the deck's lines


def _text(p: Any) -> str:
    return "".join(t.text or "" for t in p.iter(f"{{{A}}}t"))


def _is_diagram(shape: Any) -> bool:
    data = shape._element.find(".//a:graphicData", NS)
    return data is not None and data.get("uri") == URI_DIAGRAM


def _rel_ids(shape: Any) -> dict[str, str]:
    ids = shape._element.find(".//dgm:relIds", NS)
    return {k: ids.get(f"{{{R}}}{k}") for k in REL_PARTS}


def diagram_paragraphs(data_xml: bytes) -> list[str]:
    """A SmartArt data model's text: its nodes depth first in ``parOf`` order, one entry per
    paragraph of each node's ``dgm:t``."""
    root = etree.fromstring(data_xml)
    pts = {pt.get("modelId"): pt for pt in root.iterfind("dgm:ptLst/dgm:pt", NS)}
    kids: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for c in root.iterfind("dgm:cxnLst/dgm:cxn", NS):
        if c.get("type", "parOf") == "parOf":
            kids[c.get("srcId", "")].append((int(c.get("srcOrd", "0")), c.get("destId", "")))
    docs = [k for k, pt in pts.items() if pt.get("type") == "doc"]
    out: list[str] = []

    def walk(node: str) -> None:
        for _, child in sorted(kids[node]):
            pt = pts[child]
            if pt.get("type", "node") == "node":
                out.extend(_text(p) for p in pt.iterfind("dgm:t/a:p", NS))
            walk(child)

    for doc in docs:
        walk(doc)
    return out


def deck_lines(path: Path) -> dict[int, list[str]]:
    """dev13's deck lines, with each SmartArt graphic's text at its frame's place."""
    if path.suffix.lower() != ".pptx":
        return _dev13.deck_lines(path)
    pages: dict[int, list[str]] = {}
    for n, slide in enumerate(Presentation(str(path)).slides, start=1):
        raw: list[str] = []
        for shape in slide.shapes:
            if _is_diagram(shape):
                data = slide.part.related_part(_rel_ids(shape)["dm"]).blob
                raw.extend(diagram_paragraphs(data))
            else:
                raw.extend(_dev13._shape_lines(shape))
        if slide.has_notes_slide:
            raw.extend(p.text for p in slide.notes_slide.notes_text_frame.paragraphs)
        pages[n] = [x for x in (normalize(t) for t in raw) if x]
    return pages


_checks.deck_lines = deck_lines  # type: ignore[assignment]


# =========================================================================== the roster


def roster_rows(org: Path) -> list[list[str]]:
    text = (org / ROSTER).read_bytes().decode("utf-8")
    return list(csv.reader(io.StringIO(text, newline="")))


def tiers(org: Path) -> dict[str, str]:
    """Each post the terms of reference list, with the tier of the section listing it."""
    found: dict[str, str] = {}
    tier = ""
    for line in (org / TOR).read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            tier = TIERS.get(line[3:].strip().lower(), "")
        elif tier and line.startswith("- "):
            found[line[2:].strip()] = tier
    return found


def roster(org: Path) -> list[tuple[str, str]]:
    rows = roster_rows(org)
    if not rows or rows[0] != HEAD:
        return []
    posts: list[str] = []
    for r in rows[1:]:
        if r and r[2].strip() and r[2].strip() not in posts:
            posts.append(r[2].strip())
    tier = tiers(org)
    return [(p, tier.get(p, "")) for p in posts]


def _csv_parts(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    return [" ".join(row) for row in csv.reader(io.StringIO(text, newline="")) if row]


def sentences(org: Path) -> list[str]:
    return _checks.org_sentences(org, {".csv": _csv_parts})


def _file_sentences(org: Path) -> dict[str, list[str]]:
    """Each org file's sentences, read alone."""
    out: dict[str, list[str]] = {}
    for path in sorted(p for p in org.rglob("*") if p.is_file()):
        rel = path.relative_to(org)
        with tempfile.TemporaryDirectory() as tmp:
            copy = Path(tmp) / rel
            copy.parent.mkdir(parents=True)
            shutil.copy(path, copy)
            out[str(rel)] = sentences(Path(tmp))
    return out


def remits(org: Path) -> dict[str, str]:
    """Each post's remit: its roster cell, then every org sentence that begins with it."""
    rows = roster_rows(org)[1:]
    said = sentences(org)
    out: dict[str, str] = {}
    for r in rows:
        post = r[2]
        told = [s for s in said if s.removeprefix("- ").startswith(f"the {post.lower()} ")]
        out[post] = " ".join([r[5].lower(), *told])
    return out


def roster_form(org: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    raw = (org / ROSTER).read_bytes()
    if raw.count(b"\n") != raw.count(b"\r\n") or not raw.endswith(b"\r\n"):
        errors.append("headcount: line ends are not all CRLF")
    if raw.startswith(b"\xef\xbb\xbf"):
        errors.append("headcount: a byte-order mark")
    rows = roster_rows(org)
    if rows[0] != HEAD:
        errors.append(f"headcount: header {rows[0]}")
    people = rows[1:]
    if any(len(r) != 6 for r in people):
        errors.append("headcount: a row without six cells")
        return errors
    numbers = [r[0] for r in people if r[0]]
    if len(set(numbers)) != len(numbers) or not all(re.fullmatch(r"G\d{5}", x) for x in numbers):
        errors.append("headcount: employee numbers repeated or malformed")
    vacant = [r for r in people if r[1] == "VACANT"]
    if len(vacant) != 1 or vacant[0][0] or len(numbers) != len(people) - 1:
        errors.append("headcount: not exactly one VACANT row without a number")
    by_post: dict[str, list[list[str]]] = defaultdict(list)
    for r in people:
        by_post[r[2]].append(r)
    shared = {p: rs for p, rs in by_post.items() if len(rs) > 1}
    if len(shared) != 2 or any(len(rs) != 2 for rs in shared.values()):
        errors.append(f"headcount: posts held by more than one person {sorted(shared)}")
    for p, rs in shared.items():
        if len({r[5] for r in rs}) != 1 or len({r[1] for r in rs}) != 2:
            errors.append(f"headcount: the shared post {p} has two remits or one holder")
    posts = [p for p, _ in roster(org)]
    if not 18 <= len(posts) <= 22:
        errors.append(f"headcount: {len(posts)} posts (18 to 22)")
    for r in people:
        if r[4] not in posts and r[4] not in TOP_MANAGERS:
            errors.append(f"headcount: {r[2]}'s line manager {r[4]!r} is no post of the file")
    top = [r[2] for r in people if r[4] in TOP_MANAGERS]
    if sorted(top) != sorted(["Chief Executive", *gold["consult_only_roles"]]):
        errors.append(f"headcount: posts managed outside the file {top}")
    tier = tiers(org)
    if sorted(tier) != sorted(posts):
        errors.append(f"terms of reference: tiers listed for {sorted(set(tier) ^ set(posts))}")
    consult = sorted(p for p, t in tier.items() if t == "consult")
    if consult != sorted(gold["consult_only_roles"]) or len(consult) != 2:
        errors.append(f"terms of reference: consulted only {consult}")
    if {t for t in tier.values()} != {"core", "extended", "consult"}:
        errors.append("terms of reference: not three tiers")
    memo = (org / MEMO).read_text(encoding="utf-8")
    if not memo.startswith("# ") or "| Activity | Responsible | Accountable |" not in memo:
        errors.append("memo: not Markdown with a RACI table")
    said = "\n".join(sentences(org))
    pointers = [r[2] for r in people if "see the commercial directorate raci memo" in r[5].lower()]
    pointers = sorted(set(pointers))
    if len(pointers) < 3:
        errors.append(f"headcount: only {pointers} point to the RACI memo")
    for p in pointers:
        if p == "Commercial Director":
            continue
        if f"the {p.lower()} is responsible for" not in said:
            errors.append(f"memo: {p}'s remit is told nowhere")
    told_apart = _checks.namesakes_told_apart(posts, gold, GRADE_WORDS)
    if len(told_apart) < 2:
        errors.append(f"near-namesake pairs told apart by remit_owners: {told_apart}")
    return errors


# =========================================================================== the deck's form


def _titles(deck: Path) -> dict[int, str]:
    prs = Presentation(str(deck))
    out = {}
    for k, slide in enumerate(prs.slides, start=1):
        shape = slide.shapes.title
        out[k] = normalize(shape.text_frame.text) if shape is not None else ""
    return out


def _slide(titles: dict[int, str], text: str) -> int:
    found = [k for k, t in titles.items() if t == text]
    return found[0] if len(found) == 1 else 0


def _part_name(base: str, target: str) -> str:
    """A relationship's target as a ZIP entry name, from the source part's folder."""
    parts = base.rsplit("/", 1)[0].split("/")
    for step in target.split("/"):
        if step == "..":
            parts.pop()
        elif step != ".":
            parts.append(step)
    return "/".join(parts)


def _rels(z: zipfile.ZipFile, name: str) -> dict[str, tuple[str, str]]:
    rels_name = name.replace("slides/", "slides/_rels/") + ".rels"
    root = etree.fromstring(z.read(rels_name))
    return {
        r.get("Id"): (r.get("Type"), _part_name(name, r.get("Target")))
        for r in root
        if r.get("TargetMode") != "External"
    }


def _content_types(z: zipfile.ZipFile) -> dict[str, str]:
    root = etree.fromstring(z.read("[Content_Types].xml"))
    return {
        o.get("PartName").lstrip("/"): o.get("ContentType")
        for o in root
        if o.get("PartName") is not None
    }


def smartart_form(z: zipfile.ZipFile, deck: Path, titles: dict[int, str]) -> list[str]:
    errors: list[str] = []
    types = _content_types(z)
    prs = Presentation(str(deck))
    plain = _dev13.deck_lines(deck)
    found: dict[int, str] = {}
    for k, slide in enumerate(prs.slides, start=1):
        frames = [s for s in slide.shapes if _is_diagram(s)]
        if not frames:
            continue
        name = f"ppt/slides/slide{k}.xml"
        rels = _rels(z, name)
        for frame in frames:
            ids = _rel_ids(frame)
            parts: dict[str, str] = {}
            for key, (rtype, stem, ctype) in REL_PARTS.items():
                rel = rels.get(ids[key] or "")
                if rel is None or not rel[0].endswith("/" + rtype):
                    errors.append(f"slide {k}: r:{key} names no {rtype} relationship")
                    continue
                part = rel[1]
                parts[key] = part
                if not re.fullmatch(rf"ppt/diagrams/{stem}\d+\.xml", part):
                    errors.append(f"slide {k}: {rtype} part {part}")
                if types.get(part) != ctype:
                    errors.append(f"slide {k}: {part} has content type {types.get(part)}")
            if len(parts) != 4:
                continue
            data = etree.fromstring(z.read(parts["dm"]))
            ext = data.find(".//dsp:dataModelExt", NS)
            rel = rels.get(ext.get("relId", "") if ext is not None else "")
            if rel is None or not rel[0].endswith("/diagramDrawing"):
                errors.append(f"slide {k}: the data model names no drawing relationship")
                continue
            if types.get(rel[1]) != CT_DRAWING or not rel[1].startswith("ppt/diagrams/drawing"):
                errors.append(f"slide {k}: drawing part {rel[1]}")
            doc = data.find("dgm:ptLst/dgm:pt[@type='doc']/dgm:prSet", NS)
            layout = (doc.get("loTypeId", "") if doc is not None else "").removeprefix(
                URN + "layout/"
            )
            lo = etree.fromstring(z.read(parts["lo"]))
            if lo.get("uniqueId") != URN + "layout/" + layout:
                errors.append(f"slide {k}: layout part {lo.get('uniqueId')} for {layout}")
            found[k] = layout
            said = diagram_paragraphs(z.read(parts["dm"]))
            drawn = [
                _text(p)
                for sp in etree.fromstring(z.read(rel[1])).iterfind(".//dsp:sp", NS)
                for p in sp.iterfind("dsp:txBody/a:p", NS)
            ]
            if said != drawn:
                errors.append(f"slide {k}: the cached drawing's text is not the data model's")
            if not said or any(normalize(x) in plain.get(k, []) for x in said):
                errors.append(f"slide {k}: diagram text visible to dev13's reading")
    want = {_slide(titles, t): lay for t, lay in SMARTART_TITLES.items()}
    if found != want:
        errors.append(f"SmartArt on slides {found}, expected {want}")
    return errors


def deck_form(case: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    deck = case / gold["deck"]
    z = zipfile.ZipFile(deck)
    names = z.namelist()
    if names != sorted(names):
        errors.append("the PPTX's ZIP entries are not in name order")
    app = z.read("docProps/app.xml").decode("utf-8")
    if APP not in app or "<AppVersion>16.0000<" not in app or ">Widescreen<" not in app:
        errors.append("app.xml does not name PowerPoint for Microsoft 365 and Widescreen")
    theme = z.read("ppt/theme/theme1.xml").decode("utf-8")
    if 'typeface="Aptos Display"' not in theme or "Calibri" in theme:
        errors.append("theme fonts are not Aptos")
    pres = etree.fromstring(z.read("ppt/presentation.xml"))
    size = pres.find("p:sldSz", NS)
    if size is None or (size.get("cx"), size.get("cy")) != ("12192000", "6858000"):
        errors.append("slide size is not 16:9 at 12192000 x 6858000")
    slides = sorted(
        (n for n in names if re.fullmatch(r"ppt/slides/slide\d+\.xml", n)),
        key=lambda n: int(re.findall(r"\d+", n)[0]),
    )
    if not 14 <= len(slides) <= 22:
        errors.append(f"{len(slides)} slides (14 to 22)")
    for k, name in enumerate(slides, start=1):
        root = etree.fromstring(z.read(name))
        shapes = list(root.iter(f"{{{P}}}cNvPr"))
        if any(c.find(f"a:extLst/a:ext/{A16}", NS) is None for c in shapes):
            errors.append(f"slide {k}: a shape without an a16:creationId")
        if root.find(f"p:extLst/p:ext/{P14}", NS) is None:
            errors.append(f"slide {k}: no p14:creationId")
    titles = _titles(deck)
    for k, t in titles.items():
        if not t:
            errors.append(f"slide {k}: no text in a title placeholder")
    errors += smartart_form(z, deck, titles)

    prs = Presentation(str(deck))

    def tables(k: int) -> list[list[list[str]]]:
        return [
            [[c.text for c in r.cells] for r in s.table.rows]
            for s in prs.slides[k - 1].shapes
            if s.has_table
        ]

    # the KPI table
    kpi_visions = [v for v in gold["visions"] if any(k in v["match"] for k in gold["kpis"])]
    kslides = {v["slide"] for v in kpi_visions}
    if len(kslides) != 1:
        errors.append(f"KPI visions on slides {sorted(kslides)}")
    else:
        kn = kslides.pop()
        tabs = tables(kn)
        if len(tabs) != 1 or tabs[0][0] != KPI_HEAD:
            errors.append(f"KPI slide {kn}: not one native table {KPI_HEAD}")
        else:
            for v in kpi_visions:
                row = [r for r in tabs[0][1:] if normalize(r[0]).startswith(v["match"])]
                if len(row) != 1:
                    errors.append(f"KPI {v['match']!r} is not the first cell of one row")
                    continue
                by = normalize(row[0][3])
                dated = BY_WHEN.fullmatch(by) is not None
                if v["vague"] == dated or (v["vague"] and by != "to be agreed"):
                    errors.append(f"KPI {v['match']!r}: by-when {by!r} and vague flag disagree")
    # the risks
    rn = _slide(titles, "what could spoil it")
    tabs = tables(rn) if rn else []
    if len(tabs) != 1 or tabs[0][0] != RISK_HEAD:
        errors.append("risks: not one native table Risk / Likelihood / Mitigation")
    else:
        column = [normalize(r[2]) for r in tabs[0][1:]]
        for a in gold["deck_actions"]:
            if a["slide"] == rn and not any(m in x for m in a["match"] for x in column):
                errors.append(f"risks: {a['match']} is not in the Mitigation column")
    return errors + clock_form(gold, deck, titles, prs)


def _quarter(label: str) -> int:
    """A financial quarter's index from month 0: FY29 Q1 is 0, FY30 Q4 is 7."""
    m = re.fullmatch(r"fy(\d\d) q([1-4])", label)
    return (int(m.group(1)) - 29) * 4 + int(m.group(2)) - 1 if m else -1


def _span(label: str, horizon: int) -> tuple[int, int]:
    """A dated phase's months: "fy29 h1", "fy29 h2 - fy30 q2", "fy30 q3 onwards"."""
    half = re.fullmatch(r"fy(\d\d) h([12])", label)
    if half:
        start = (int(half.group(1)) - 29) * 12 + (int(half.group(2)) - 1) * 6
        return start, start + 6
    rng = re.fullmatch(r"fy(\d\d) h([12]) - (fy\d\d q[1-4])", label)
    if rng:
        start = (int(rng.group(1)) - 29) * 12 + (int(rng.group(2)) - 1) * 6
        return start, (_quarter(rng.group(3)) + 1) * 3
    onward = re.fullmatch(r"(fy\d\d q[1-4]) onwards", label)
    if onward:
        return _quarter(onward.group(1)) * 3, horizon
    return -1, -1


def clock_form(gold: dict[str, Any], deck: Path, titles: dict[int, str], prs: Any) -> list[str]:
    errors: list[str] = []
    pages = deck_lines(deck)
    horizon = gold["horizon_months"]
    road = _slide(titles, "the road to the close of fy30")
    said = [(k, x) for k, lines in pages.items() for x in lines if x.startswith(CLOCK)]
    if [k for k, _ in said] != [road] or not road:
        errors.append(f"the clock is stated on slides {[k for k, _ in said]}")
    tabs = [s.table for s in prs.slides[road - 1].shapes if s.has_table] if road else []
    if len(tabs) != 1:
        errors.append("roadmap: not one native table")
        return errors
    tab = tabs[0]
    head = [c.text for c in tab.rows[0].cells]
    if head != ROAD_HEAD:
        errors.append(f"roadmap: header {head}")
    phase_row = [tab.cell(1, j) for j in range(len(head))]
    spans: dict[str, tuple[int, int]] = {}
    j = 1
    while j < len(head) - 1:
        cell = phase_row[j]
        width = cell.span_width if cell.is_merge_origin else 1
        text = normalize(cell.text)
        if text:
            spans[text] = (j - 1) * 3, (j - 1 + width) * 3
        j += width
    phases = gold["phases"]
    for ph in phases:
        hit = [s for t, s in spans.items() if any(m in t for m in ph["match"])]
        if hit != [(ph["start_month"], ph["end_month"])]:
            errors.append(f"roadmap grid: phase {ph['match']} spans {hit}")
    if len(spans) != len(phases):
        errors.append(f"roadmap grid: phase cells {sorted(spans)}")
    future = [normalize(tab.cell(i, len(head) - 1).text) for i in range(1, len(tab.rows))]
    future = [x for x in future if x]
    if not future or future[0] != NOT_IN_PLAN:
        errors.append("roadmap: the Future years column does not say it is not in this plan")
    for x in future:
        if x not in gold["not_actions"]:
            errors.append(f"roadmap: future item {x!r} is not a not-action")
        for a in gold["deck_actions"]:
            if any(m in x for m in a["match"]):
                errors.append(f"roadmap: a deck action in the Future years column: {a['match']}")
    # the phases dated on the roadmap only, undated on the north star
    dated = {
        k: [x for x in lines if re.match(r"phase [1-3] \u00b7 fy", x)] for k, lines in pages.items()
    }
    dated = {k: v for k, v in dated.items() if v}
    if list(dated) != [road] or len(dated.get(road, [])) != len(phases):
        errors.append(f"phases dated on slides {sorted(dated)}")
    for x in dated.get(road, []):
        m = re.fullmatch(r"phase ([1-3]) \u00b7 (.+?) \u00b7 .+", x)
        if m is None:
            errors.append(f"roadmap: the dated phase {x!r} is not 'Phase n · when · name'")
            continue
        ph = phases[int(m.group(1)) - 1]
        if _span(m.group(2), horizon) != (ph["start_month"], ph["end_month"]):
            errors.append(f"roadmap: the dated phase {x!r} disagrees with the gold")
        if not any(t in x for t in ph["match"]):
            errors.append(f"roadmap: the dated phase {x!r} is not named as the gold names it")
    star = _slide(titles, "our north star")
    named = [x for x in pages.get(star, []) if x.startswith("how we get there:")]
    if len(named) != 1 or "fy" in named[0] or re.search(r"\d", named[0]):
        errors.append(f"north star: phases not named without dates: {named}")
    elif not all(any(m in named[0] for m in ph["match"]) for ph in phases):
        errors.append("north star: a phase is not named")
    # Gate 2 dated in its criteria only
    gates = _slide(titles, "how we'll know it's safe to go further")
    gl = pages.get(gates, [])
    g2 = [x for x in gl if x.startswith("gate 2 ")]
    if len(g2) != 1 or re.search(r"\b(p\d|q\d|end|fy)", g2[0]):
        errors.append(f"gates: Gate 2's heading is dated: {g2}")
    elif not any(x.endswith("by the end of p6") for x in gl[gl.index(g2[0]) :]):
        errors.append("gates: Gate 2's criteria do not date it")
    if any(x.startswith("g2") for x in pages.get(road, [])):
        errors.append("roadmap: Gate 2 is on the roadmap")
    # the milestone, and the horizon three ways
    if not any(MILESTONE in x for x in pages.get(road, [])):
        errors.append("roadmap: no milestone before Christmas trading 2029")
    asks = _slide(titles, "what we ask of the board today")
    ways = {
        "cover": any("2029-31" in x for x in pages[1])
        and any("fy29 and fy30" in x for x in pages[1]),
        "axis": head[-2] == "FY30 Q4",
        "asks": any(
            "to the close of fy30 (end of february 2031)" in x for x in pages.get(asks, [])
        ),
    }
    if not all(ways.values()) or horizon != (2031 - 2029) * 12 + 2 - 2:
        errors.append(f"the horizon's statements {ways} and {horizon} months do not agree")
    if horizon != (_quarter("fy30 q4") + 1) * 3:
        errors.append("the horizon is not the eight quarters of FY29 and FY30")
    # the pilot's steps from go-live
    pilot = gold["pilot"]["slide"]
    steps = [x for x in pages.get(pilot, []) if re.match(r"gl( [-+] \d+ weeks)?:", x)]
    if len(steps) < 5 or not any(x.startswith("gl - ") for x in steps):
        errors.append(f"pilot: steps dated from go-live {steps}")
    return errors


# =========================================================================== the gold's shape


def gold_shape(case: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    org = case / "org"
    deck = case / gold["deck"]
    pages = deck_lines(deck)
    titles = _titles(deck)
    on = _checks._anywhere  # type: ignore[attr-defined]

    # the pilot
    pilot = gold["pilot"]
    named = [k for k, lines in pages.items() if any(PILOT_NAMED in x for x in lines)]
    if named != [pilot["slide"]]:
        errors.append(f"pilot named with place and unit on slides {named}")
    place = [k for k, lines in pages.items() if any(p in x for p in PILOT_PLACE for x in lines)]
    if [k for k in place if k < pilot["slide"]]:
        errors.append(f"the pilot is mentioned before its slide, on {place}")
    later = [k for k in place if k > pilot["slide"]]
    if later != sorted(pilot["also_slides"]):
        errors.append(f"the place on slides {later}; also {pilot['also_slides']}")
    if sorted(pilot["match"]) != sorted(PILOT_PLACE):
        errors.append(f"pilot match {pilot['match']}")
    if any("pilot" in x for lines in pages.values() for x in lines):
        errors.append("the deck says 'pilot'")

    # scenarios and what is not in scope
    segs = gold["scenario_segments"]
    if not 2 <= len(segs) <= 4:
        errors.append(f"{len(segs)} scenario segments (2 to 4)")
    for seg in segs:
        if not all(on(a, pages) for a in seg):
            errors.append(f"scenario segment not on deck lines: {seg}")
    for lines in pages.values():
        if NOT_IN_SCOPE in lines:
            out = [
                x
                for x in lines[lines.index(NOT_IN_SCOPE) + 1 :]
                if not x.startswith(FOOTER) and not x.isdigit()
            ]
            if len(out) < 3:
                errors.append("the 'Not in scope' list has fewer than three items")
            for seg in segs:
                for a in seg:
                    if any(a in x for x in out):
                        errors.append(f"scenario term {a!r} in the not-in-scope list")
            for x in out:
                if x not in gold["not_actions"] and not any(n in x for n in gold["not_actions"]):
                    errors.append(f"not-in-scope item {x!r} is not a not-action")
            break
    else:
        errors.append("no 'Not in scope' list")

    # the deck's own actions
    actions = gold["deck_actions"]
    if not 15 <= len(actions) <= 25:
        errors.append(f"{len(actions)} deck actions (15 to 25)")
    forms = {FORMS.get(titles.get(a["slide"], ""), "") for a in actions} - {""}
    if len(forms) < 5:
        errors.append(f"deck actions from {len(forms)} forms: {sorted(forms)}")
    headline = [a for a in actions if titles.get(a["slide"]) in HEADLINES]
    if len(headline) < 3:
        errors.append(f"only {len(headline)} deck actions on slides titled with a headline")
    art = {_slide(titles, t) for t in SMARTART_TITLES}
    if {a["slide"] for a in actions} & art != art:
        errors.append("deck actions on neither or one of the SmartArt slides")
    roles = {r.lower(): r for r, _ in roster(org)}
    days = _slide(titles, "clearing the decks: our first 100 days")
    items = [x for x in pages.get(days, []) if re.search(r"\([^)]+\)$", x)]
    leads = [m.group(1) for x in items if (m := re.search(r"\(([^)]+)\)$", x))]
    off = [lead for lead in leads if lead not in roles]
    if len(leads) < 6 or not off:
        errors.append(f"first 100 days: leads {leads}, none spelt unlike the roster")
    for lead in off:
        line = next(x for x in items if x.endswith(f"({lead})"))
        entry = [e for e in gold["remit_owners"] if any(t in line for t in e["task"])]
        owners = {o for e in entry for o in e["owners"]}
        if not owners or any(o.lower() == lead for o in owners):
            errors.append(f"first 100 days: ({lead}) has no remit entry naming the org's post")

    # labels short and robust: 3 to 8 words
    labels = [v["match"] for v in gold["visions"]]
    labels += [a for v in gold["visions"] for a in v.get("alternatives", [])]
    labels += gold["optional_visions"] + gold["not_visions"] + gold["not_actions"]
    labels += [a for e in actions for a in e["match"]] + [a for g in gold["gaps"] for a in g]
    labels += gold["kpis"]
    for label in labels:
        words = [w for w in label.split() if re.search(r"\w", w)]
        if not 3 <= len(words) <= 8:
            errors.append(f"label of {len(words)} words (3 to 8): {label!r}")
        if label != label.lower():
            errors.append(f"label not lower-case: {label!r}")

    # visions and owners
    if sum(v["vague"] for v in gold["visions"]) < 2:
        errors.append("fewer than two vague visions")
    if len(gold["remit_owners"]) < 15:
        errors.append(f"{len(gold['remit_owners'])} remit_owners entries (15 or more)")
    tasks = [t for e in gold["remit_owners"] for t in e["task"]]
    for kpi in gold["kpis"]:
        if not any(t in kpi or kpi in t for t in tasks):
            errors.append(f"remit_owners: no entry for the KPI {kpi!r}")
    traps = [n for n in gold["notes"] if n.startswith("Keyword trap:")]
    if len(traps) < 3:
        errors.append(f"{len(traps)} keyword-trap notes (three or more)")
    remit = remits(org)
    deck_text = [x for lines in pages.values() for x in lines]
    for trap, right, wrong, decider in TRAPS:
        if not any(trap in m for a in actions for m in a["match"]):
            errors.append(f"keyword trap {trap!r} is no deck action")
        action_line = next((x for x in deck_text if trap in x), "")
        hit = [e for e in gold["remit_owners"] if any(t in action_line for t in e["task"])]
        owners = {o for e in hit for o in e["owners"]}
        if right not in owners or wrong in owners:
            errors.append(f"keyword trap {trap!r}: owners {sorted(owners)}")
        if decider not in remit.get(right, "") or decider in remit.get(wrong, ""):
            errors.append(f"keyword trap {trap!r}: the remits do not decide it by {decider!r}")

    # gaps, false gaps, forbidden terms
    if not 6 <= len(gold["gaps"]) <= 10:
        errors.append(f"{len(gold['gaps'])} gaps (6 to 10)")
    per_file = _file_sentences(org)
    holders: set[str] = set()
    for gap in gold["gaps"]:
        where = {f for f, said in per_file.items() if any(gap[0] in s for s in said)}
        if len(where) != 1:
            errors.append(f"gap {gap[0]!r} is in files {sorted(where)}")
        holders |= where
    if len(holders) < 3 or len({Path(f).suffix for f in holders}) < 3:
        errors.append(f"gaps stated in {sorted(holders)} (three files of different kinds)")
    if len(gold["false_gaps"]) < 2:
        errors.append("fewer than two false-gap groups")
    if not 5 <= len(gold["forbidden_terms"]) <= 10:
        errors.append(f"{len(gold['forbidden_terms'])} forbidden terms (5 to 10)")
    texts = [p.read_bytes().decode("utf-8").lower() for p in org.rglob("*") if p.is_file()]
    for term in gold["forbidden_terms"]:
        if any(term in t for t in texts) or any(term in x for x in deck_text):
            errors.append(f"forbidden term in a raw org file or the deck: {term!r}")
    n_org = len([p for p in org.rglob("*") if p.is_file()])
    if not 5 <= n_org <= 12:
        errors.append(f"{n_org} org files (5 to 12)")

    return errors + gap_block_errors(gold, sentences(org), deck_text)


def extra(case: Path) -> list[str]:
    gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
    return roster_form(case / "org", gold) + deck_form(case, gold) + gold_shape(case, gold)


CASE = Case(
    name=NAME,
    builder="build_grocery_fresh.py",
    roster=roster,
    org_sentences=sentences,
    core=frozenset({"core"}),
    consult=frozenset({"consult"}),
    extra=extra,
    folder=HERE,
    split="blind18",
)


def org_dump() -> None:
    org = HERE / NAME / "org"
    print(f"--- roster rows ({ROSTER}: number | name | post | department | manager | remit):")
    for row in roster_rows(org)[1:]:
        print("  " + " | ".join(row))
    print(f"--- posts and tiers ({TOR}): {roster(org)}")
    print("--- org sentences:")
    for s in sentences(org):
        print(f"  | {s}")


if __name__ == "__main__":
    if "--org" in sys.argv and "--dump" not in sys.argv:
        org_dump()
        sys.exit(0)
    sys.exit(run(CASE))
