"""Consistency checks of the blind13 case ``wyndham-community-health`` against its deck and org folder.

Run from the repository root with the project's venv (python-pptx and lxml):

    .venv/bin/python evals/blind13/check_wyndham_community_health.py

(``--dump`` prints the deck lines the gold was read from, slide by slide, and the roster;
``--org`` prints the org sentences and the roster rows; both together print everything.)

The checks are those of ``evals/dev15/_checks.py`` (adapted from ``evals/dev13/check_gold.py``),
imported, not copied, and pointed at this folder (``evals/blind13``, split "blind13") with
``build_wyndham_community_health.py`` as the builder. The deck is read with dev13's
``deck_lines`` (every shape in slide order, groups opened at every depth, a table one line per
paragraph of each cell, then the speaker notes). The gold has one field more than dev13's
list, ``gap_blocks`` (see ``evals/cases/README.md``), so the shared field check is given that
list plus ``gap_blocks``, and ``gap_blocks`` is checked here. What is this case's own:

- the roster, read with the standard library from ``org/people/positions-export.xml``, an HR
  platform's position export: every ``Position`` whose ``Status`` is not ``Closed`` (a vacant
  position is still a role), its ``PositionTitle`` with XML entities resolved and its
  ``ProgrammeRole`` as the tier, then every ``ConsultationBody`` (``BodyName``, tier from its
  ``ProgrammeRole``);
- org sentences also take that XML file: each position's title, department and
  ``Responsibilities/Item`` texts (CDATA read as text), and each body's name, description and
  items;
- checks of the roster's form: the XML declaration as the first line, a namespaced root with
  export metadata whose record counts match, 18 to 22 ``Position`` elements each with a title,
  department, programme role, at least one responsibility item and a status, exactly one
  ``Vacant`` (on the roster) and one ``Closed`` (not on it), an ``&amp;`` in a title, a CDATA
  item, two ``ConsultationBody`` elements in the tier "Consult only" that are the gold's
  consult-only roles;
- checks of the deck's form: 16:9 (12192000 x 6858000 EMU), 14 to 22 slides, PowerPoint in
  ``docProps/app.xml``; every pillar slide holds one top-level group of exactly three card
  groups, each card a rounded rectangle, a one-paragraph title text box and a text box of two
  or three paragraphs, nested two deep and no deeper; every group's ``chOff``/``chExt`` differ
  from its ``off``/``ext``; every child, mapped through its groups' transforms, lies on the
  slide and inside its card, the cards side by side without overlapping, and the raw child
  coordinates are not the slide positions (a reader that ignores the transforms misplaces
  them); the KPI slide's tiles are groups (rounded rectangle, big number, label, baseline
  line), one per KPI, each KPI vision the start of one label, every baseline line starting
  "baseline", and exactly one tile without a half-year, the one vague KPI; the roadmap is a
  table whose header holds the six half-years H1 2029 to H2 2031, with workstream cells merged
  down (``rowSpan`` over ``vMerge``) and year and phase cells merged across (``gridSpan`` over
  ``hMerge``), every phase match in a cell (the two-half-year phases in cells spanning two
  columns), month 0 stated on the slide and every gate at the end of June or December;
  placeholders with body text on three slides or more, a title placeholder on every slide;
  speaker notes on exactly three slides;
- ``gap_blocks``: every gap alternative inside an org sentence and one of them a gold gap's
  alternative; every ``blocks`` and ``not_blocks`` item a deck line's words; no item both;
- forbidden terms also absent from the raw text of every org file (the XML's markup
  included), and 5 to 10 of them;
- every label that points at deck or org text (visions and their alternatives, optional
  visions, not-visions, not-actions, deck actions, gap alternatives) 3 to 8 words long.

It never runs the planner.
"""

from __future__ import annotations

import json
import re
import sys
import zipfile
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

from lxml import etree

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import evals.dev15._checks as _checks  # noqa: E402
from evals.dev13.check_gold import FIELDS, deck_lines, normalize  # noqa: E402
from evals.dev15._checks import Case, run  # noqa: E402

HERE = Path(__file__).resolve().parent
NAME = "wyndham-community-health"
ROSTER = Path("people") / "positions-export.xml"
DECLARATION = b'<?xml version="1.0" encoding="UTF-8"?>\n'
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
P = "http://schemas.openxmlformats.org/presentationml/2006/main"
NS = {"a": A, "p": P}
HALVES = ["h1 2029", "h2 2029", "h1 2030", "h2 2030", "h1 2031", "h2 2031"]
SLIDE_W, SLIDE_H = 12192000, 6858000
SLACK = 2000  # EMU of rounding allowed when child boxes are mapped back to the slide
STATUSES = {"Active", "Vacant", "Closed"}

# the gold carries gap_blocks on top of dev13's field list
_checks.FIELDS = FIELDS | {"gap_blocks"}


# =========================================================================== the roster


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _child(el: ET.Element, name: str) -> ET.Element | None:
    for ch in el:
        if _local(ch.tag) == name:
            return ch
    return None


def _text(el: ET.Element, name: str) -> str:
    ch = _child(el, name)
    return (ch.text or "").strip() if ch is not None else ""


def _all(el: ET.Element, name: str) -> list[ET.Element]:
    return [x for x in el.iter() if _local(x.tag) == name]


def _items(el: ET.Element) -> list[str]:
    resp = _child(el, "Responsibilities")
    if resp is None:
        return []
    return [(i.text or "").strip() for i in resp if _local(i.tag) == "Item"]


def export_root(org: Path) -> ET.Element:
    return ET.parse(org / ROSTER).getroot()


def roster_rows(org: Path) -> list[dict[str, str]]:
    """Every position and consultation body, in file order, with its status."""
    root = export_root(org)
    rows = [
        {
            "role": _text(pos, "PositionTitle"),
            "department": _text(pos, "Department"),
            "tier": _text(pos, "ProgrammeRole"),
            "status": _text(pos, "Status"),
            "kind": "Position",
        }
        for pos in _all(root, "Position")
    ]
    rows += [
        {
            "role": _text(body, "BodyName"),
            "department": "",
            "tier": _text(body, "ProgrammeRole"),
            "status": "",
            "kind": "ConsultationBody",
        }
        for body in _all(root, "ConsultationBody")
    ]
    return rows


def roster(org: Path) -> list[tuple[str, str]]:
    return [(r["role"], r["tier"].lower()) for r in roster_rows(org) if r["status"] != "Closed"]


def xml_parts(path: Path) -> list[str]:
    root = ET.parse(path).getroot()
    parts: list[str] = []
    for pos in _all(root, "Position"):
        parts += [_text(pos, "PositionTitle"), _text(pos, "Department"), *_items(pos)]
    for body in _all(root, "ConsultationBody"):
        parts += [_text(body, "BodyName"), _text(body, "Description"), *_items(body)]
    return [p for p in parts if p]


def sentences(org: Path) -> list[str]:
    return _checks.org_sentences(org, {".xml": xml_parts})


def roster_form(org: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    raw = (org / ROSTER).read_bytes()
    if not raw.startswith(DECLARATION):
        errors.append("roster: the first line is not the UTF-8 XML declaration")
    root = export_root(org)
    if not root.tag.startswith("{") or _local(root.tag) != "PositionExport":
        errors.append(f"roster: root {root.tag!r} is not a namespaced PositionExport")
    meta = _child(root, "ExportMetadata")
    positions = _all(root, "Position")
    bodies = _all(root, "ConsultationBody")
    if meta is None or not _text(meta, "GeneratedAt") or not _text(meta, "SourceSystem"):
        errors.append("roster: no export metadata (GeneratedAt, SourceSystem)")
    else:
        counts = _child(meta, "RecordCounts")
        if counts is None or (counts.get("positions"), counts.get("consultationBodies")) != (
            str(len(positions)),
            str(len(bodies)),
        ):
            errors.append("roster: the metadata's record counts do not match the records")
    if not 18 <= len(positions) <= 22:
        errors.append(f"roster: {len(positions)} positions (18 to 22)")
    for pos in positions:
        title = _text(pos, "PositionTitle")
        missing = [
            n
            for n in ("PositionTitle", "Department", "ProgrammeRole", "Status")
            if not _text(pos, n)
        ]
        if missing or not _items(pos):
            errors.append(f"roster: position {title!r} lacks {missing or ['Responsibilities']}")
        if _text(pos, "Status") not in STATUSES:
            errors.append(f"roster: position {title!r} has status {_text(pos, 'Status')!r}")
    status = [_text(p, "Status") for p in positions]
    if status.count("Vacant") != 1 or status.count("Closed") != 1:
        errors.append(f"roster: {status.count('Vacant')} vacant, {status.count('Closed')} closed")
    names = [r for r, _ in roster(org)]
    for pos in positions:
        title, st = _text(pos, "PositionTitle"), _text(pos, "Status")
        if st == "Vacant" and title not in gold["roster"]:
            errors.append(f"roster: the vacant position {title!r} is not in the gold roster")
        if st == "Closed" and (title in gold["roster"] or title in names):
            errors.append(f"roster: the closed position {title!r} is read as a role")
    text = raw.decode("utf-8")
    if not re.search(r"<PositionTitle>[^<]*&amp;[^<]*</PositionTitle>", text):
        errors.append("roster: no position title written with &amp;")
    if not re.search(r"<Item><!\[CDATA\[[^\]]+\]\]></Item>", text):
        errors.append("roster: no responsibility item in CDATA")
    if len(bodies) != 2:
        errors.append(f"roster: {len(bodies)} consultation bodies (2)")
    body_names = {_text(b, "BodyName") for b in bodies}
    if body_names != set(gold["consult_only_roles"]):
        errors.append(f"roster: consultation bodies {sorted(body_names)} are not the consult-only")
    if any(_text(b, "ProgrammeRole") != "Consult only" for b in bodies):
        errors.append("roster: a consultation body outside the tier 'Consult only'")
    if any(_text(p, "ProgrammeRole") == "Consult only" for p in positions):
        errors.append("roster: a position in the tier 'Consult only'")
    if len(set(names)) != len(names):
        errors.append("roster: a role appears twice")
    return errors


# =========================================================================== the deck's form


def _xfrm(el: Any) -> tuple[int, int, int, int]:
    x = el.find("p:spPr/a:xfrm", NS)
    off, ext = x.find("a:off", NS), x.find("a:ext", NS)
    return int(off.get("x")), int(off.get("y")), int(ext.get("cx")), int(ext.get("cy"))


Mapper = Any  # a function from a child-space box to a slide-space box


def _group_map(grp: Any, parent: Mapper) -> tuple[Mapper, list[str]]:
    """The mapping of a group's child space to the slide, and the group's own problems."""
    x = grp.find("p:grpSpPr/a:xfrm", NS)
    off, ext = x.find("a:off", NS), x.find("a:ext", NS)
    ch_off, ch_ext = x.find("a:chOff", NS), x.find("a:chExt", NS)
    errors = []
    if ch_off is None or ch_ext is None:
        return parent, ["a group without chOff/chExt"]
    o = (int(off.get("x")), int(off.get("y")))
    e = (int(ext.get("cx")), int(ext.get("cy")))
    co = (int(ch_off.get("x")), int(ch_off.get("y")))
    ce = (int(ch_ext.get("cx")), int(ch_ext.get("cy")))
    if co == o or ce == e:
        errors.append(f"a group whose chOff/chExt equal its off/ext ({o}, {e})")

    def mapped(b: tuple[float, float, float, float]) -> tuple[float, float, float, float]:
        bx, by, bw, bh = b
        sx, sy = e[0] / ce[0], e[1] / ce[1]
        return parent((o[0] + (bx - co[0]) * sx, o[1] + (by - co[1]) * sy, bw * sx, bh * sy))

    return mapped, errors


def _identity(b: tuple[float, float, float, float]) -> tuple[float, float, float, float]:
    return b


def _inside(inner: tuple[float, ...], outer: tuple[float, ...]) -> bool:
    return (
        inner[0] >= outer[0] - SLACK
        and inner[1] >= outer[1] - SLACK
        and inner[0] + inner[2] <= outer[0] + outer[2] + SLACK
        and inner[1] + inner[3] <= outer[1] + outer[3] + SLACK
    )


def _paras(sp: Any) -> list[str]:
    out = [
        normalize("".join(t.text or "" for t in p.iter(f"{{{A}}}t"))) for p in sp.iter(f"{{{A}}}p")
    ]
    return [x for x in out if x]


def _is_round(sp: Any) -> bool:
    g = sp.find("p:spPr/a:prstGeom", NS)
    return g is not None and g.get("prst") == "roundRect" and not _paras(sp)


def _shapes(grp: Any) -> list[Any]:
    kinds = {"sp", "grpSp", "pic", "cxnSp", "graphicFrame"}
    return [ch for ch in grp if etree.QName(ch).localname in kinds]


def _text_sps(grp: Any) -> list[Any]:
    return [
        sp
        for sp in grp.findall("p:sp", NS)
        if sp.find("p:nvSpPr/p:cNvSpPr", NS).get("txBox") == "1" and _paras(sp)
    ]


def _check_cards(k: int, outer: Any) -> list[str]:
    errors: list[str] = []
    omap, errs = _group_map(outer, _identity)
    errors += [f"slide {k}: {e}" for e in errs]
    cards = outer.findall("p:grpSp", NS)
    if len(cards) != 3 or len(_shapes(outer)) != 3:
        return errors + [f"slide {k}: the pillar group does not hold exactly three card groups"]
    spans = []
    for n, card in enumerate(cards, start=1):
        cmap, errs = _group_map(card, omap)
        errors += [f"slide {k} card {n}: {e}" for e in errs]
        if card.findall(".//p:grpSp", NS):
            errors.append(f"slide {k} card {n}: nested deeper than two groups")
        rounds = [sp for sp in card.findall("p:sp", NS) if _is_round(sp)]
        texts = _text_sps(card)
        if len(rounds) != 1 or len(texts) != 2 or len(_shapes(card)) != 3:
            errors.append(f"slide {k} card {n}: not a rounded rectangle and two text boxes")
            continue
        if len(_paras(texts[0])) != 1 or not 2 <= len(_paras(texts[1])) <= 3:
            errors.append(f"slide {k} card {n}: title or lines have the wrong number of paragraphs")
        frame = cmap(_xfrm(rounds[0]))
        spans.append((frame[0], frame[0] + frame[2]))
        if not _inside(frame, (0, 0, SLIDE_W, SLIDE_H)):
            errors.append(f"slide {k} card {n}: off the slide once mapped")
        for sp in texts:
            raw = _xfrm(sp)
            placed = cmap(raw)
            if not _inside(placed, frame):
                errors.append(f"slide {k} card {n}: a text box outside its card once mapped")
            if abs(raw[0] - placed[0]) < 457200 and abs(raw[1] - placed[1]) < 457200:
                errors.append(f"slide {k} card {n}: raw child coordinates are the slide's")
    spans.sort()
    if any(a[1] > b[0] + SLACK for a, b in zip(spans, spans[1:], strict=False)):
        errors.append(f"slide {k}: cards overlap")
    return errors


def _tiles(root: Any) -> list[tuple[str, str, str, Any]]:
    out = []
    for grp in root.findall("p:cSld/p:spTree/p:grpSp", NS):
        texts = _text_sps(grp)
        rounds = [sp for sp in grp.findall("p:sp", NS) if _is_round(sp)]
        if len(texts) == 3 and len(rounds) == 1:
            big, label, base = (" ".join(_paras(t)) for t in texts)
            out.append((big, label, base, grp))
    return out


def _cells(tbl: Any) -> list[tuple[str, Any]]:
    return [
        (normalize(" ".join("".join(t.text or "" for t in p.iter(f"{{{A}}}t")) for p in tc)), tc)
        for tc in tbl.iter(f"{{{A}}}tc")
    ]


def deck_form(case: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    deck = case / gold["deck"]
    z = zipfile.ZipFile(deck)
    names = z.namelist()
    if "PowerPoint" not in z.read("docProps/app.xml").decode("utf-8"):
        errors.append("app.xml does not name PowerPoint")
    pres = etree.fromstring(z.read("ppt/presentation.xml"))
    size = pres.find("p:sldSz", NS)
    if (int(size.get("cx")), int(size.get("cy"))) != (SLIDE_W, SLIDE_H):
        errors.append("slide size is not 16:9 at 12192000 x 6858000")
    slides = sorted(
        (n for n in names if re.fullmatch(r"ppt/slides/slide\d+\.xml", n)),
        key=lambda n: int(re.findall(r"\d+", n)[0]),
    )
    if not 14 <= len(slides) <= 22:
        errors.append(f"{len(slides)} slides (14 to 22)")
    pages = deck_lines(deck)
    roots = {k: etree.fromstring(z.read(n)) for k, n in enumerate(slides, start=1)}

    body_slides, notes = 0, 0
    for k, name in enumerate(slides, start=1):
        root = roots[k]
        phs = root.findall(".//p:nvSpPr/p:nvPr/p:ph", NS)
        if not any(ph.get("type") in ("title", "ctrTitle") for ph in phs):
            errors.append(f"slide {k}: no title placeholder")
        for sp in root.iter(f"{{{P}}}sp"):
            ph = sp.find("p:nvSpPr/p:nvPr/p:ph", NS)
            if ph is not None and ph.get("idx") == "1" and _paras(sp):
                body_slides += 1
        rels = z.read(name.replace("slides/", "slides/_rels/") + ".rels").decode("utf-8")
        notes += "notesSlide" in rels
        for grp in root.iter(f"{{{P}}}grpSp"):
            _, errs = _group_map(grp, _identity)
            errors += [f"slide {k}: {e}" for e in errs]
    if body_slides < 3:
        errors.append(f"body text in placeholders on {body_slides} slides (3 or more)")
    if notes != 3:
        errors.append(f"speaker notes on {notes} slides (3)")

    # the pillar slides: one top-level group of three card groups
    pillar = []
    for k, root in roots.items():
        tops = root.findall("p:cSld/p:spTree/p:grpSp", NS)
        if len(tops) == 1 and len(tops[0].findall("p:grpSp", NS)) == 3:
            pillar.append(k)
            errors += _check_cards(k, tops[0])
    if not 3 <= len(pillar) <= 5:
        errors.append(f"pillar group slides {pillar} (3 to 5)")
    card_slides = {a["slide"] for a in gold["deck_actions"]} & set(pillar)
    if card_slides != set(pillar):
        errors.append(f"pillar slides without a deck action: {sorted(set(pillar) - card_slides)}")

    # the KPI tiles
    kpi_visions = [v for v in gold["visions"] if any(x in v["match"] for x in gold["kpis"])]
    kslides = {v["slide"] for v in kpi_visions}
    if len(kslides) != 1:
        errors.append(f"KPI visions on slides {sorted(kslides)}")
    else:
        kn = kslides.pop()
        tiles = _tiles(roots[kn])
        if len(tiles) != len(gold["kpis"]):
            errors.append(f"{len(tiles)} KPI tile groups for {len(gold['kpis'])} KPIs")
        undated = []
        for v in kpi_visions:
            at = [t for t in tiles if t[1].startswith(v["match"])]
            if len(at) != 1:
                errors.append(f"KPI {v['match']!r} is not the label of one tile group")
                continue
            big, _, base, _ = at[0]
            if not base.startswith("baseline"):
                errors.append(f"KPI {v['match']!r}: the tile's last line is no baseline")
            if not any(h in base for h in HALVES):
                undated.append(v["match"])
            if not big:
                errors.append(f"KPI {v['match']!r}: no big number")
        vague = [v["match"] for v in kpi_visions if v["vague"]]
        if len(undated) != 1 or undated != vague:
            errors.append(f"undated tiles {undated}; vague KPIs {vague}")

    # the roadmap table
    road = [
        (k, tbl)
        for k, root in roots.items()
        for tbl in root.iter(f"{{{A}}}tbl")
        if all(any(c == h for c, _ in _cells(tbl)) for h in HALVES)
    ]
    if len(road) != 1:
        errors.append(f"{len(road)} roadmap tables with the six half-years")
        return errors
    rn, tbl = road[0]
    cells = _cells(tbl)
    tcs = [tc for _, tc in cells]
    if not any(int(tc.get("rowSpan", "1")) > 1 for tc in tcs) or not any(
        tc.get("vMerge") == "1" for tc in tcs
    ):
        errors.append("roadmap: no cell merged down (rowSpan / vMerge)")
    if not any(int(tc.get("gridSpan", "1")) > 1 for tc in tcs) or not any(
        tc.get("hMerge") == "1" for tc in tcs
    ):
        errors.append("roadmap: no cell merged across (gridSpan / hMerge)")
    first_col = [tc for tr in tbl.findall("a:tr", NS) for tc in tr.findall("a:tc", NS)[:1]]
    if sum(int(tc.get("rowSpan", "1")) == 2 for tc in first_col) < 4:
        errors.append("roadmap: fewer than four workstreams merged over two rows")
    for ph in gold["phases"]:
        hits = [tc for text, tc in cells if any(m in text for m in ph["match"])]
        if not hits:
            errors.append(f"roadmap: phase not in a cell: {ph['match']}")
        elif ph["end_month"] - ph["start_month"] == 12 and not any(
            tc.get("gridSpan") == "2" for tc in hits
        ):
            errors.append(f"roadmap: a year-long phase not merged over two columns: {ph['match']}")
    if not any("month 0 is january 2029" in line for line in pages[rn]):
        errors.append("roadmap: month 0 is not stated on its slide")
    gates = [text for text, _ in cells if text.startswith(("gate ", "close "))]
    if len(gates) != 4 or any("30 june" not in g and "31 december" not in g for g in gates):
        errors.append(f"roadmap: gates {gates}")
    return errors


# =========================================================================== gap_blocks and the rest


def gap_block_problems(case: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    sents = sentences(case / "org")
    pages = deck_lines(case / gold["deck"])
    lines = [line for page in pages.values() for line in page]
    gap_alts = {alt for gap in gold["gaps"] for alt in gap}
    if not gold.get("gap_blocks"):
        return ["no gap_blocks"]
    for entry in gold["gap_blocks"]:
        if set(entry) != {"gap", "blocks", "not_blocks"}:
            errors.append(f"gap_blocks entry with keys {sorted(entry)}")
            continue
        for alt in entry["gap"]:
            if not any(alt in s for s in sents):
                errors.append(f"gap_blocks gap not inside one org sentence: {alt!r}")
        if not set(entry["gap"]) & gap_alts:
            errors.append(f"gap_blocks gap names no gold gap: {entry['gap']}")
        items = [tuple(i) for i in entry["blocks"]] + [tuple(i) for i in entry["not_blocks"]]
        if len(set(items)) != len(items):
            errors.append(f"gap_blocks item both blocked and not: {entry['gap']}")
        for item in entry["blocks"] + entry["not_blocks"]:
            if not any(alt in line for alt in item for line in lines):
                errors.append(f"gap_blocks item in no deck line: {item}")
    return errors


def label_lengths(gold: dict[str, Any]) -> list[str]:
    """Every label that points at deck or org text is 3 to 8 words long."""
    labels: list[str] = []
    for v in gold["visions"]:
        labels += [v["match"], *v.get("alternatives", [])]
    labels += gold["optional_visions"] + gold["not_visions"] + gold["not_actions"]
    labels += [m for a in gold["deck_actions"] for m in a["match"]]
    labels += [alt for gap in gold["gaps"] for alt in gap]
    labels += [alt for e in gold.get("gap_blocks", []) for alt in e["gap"]]
    return [
        f"label of {len(x.split())} words: {x!r}" for x in labels if not 3 <= len(x.split()) <= 8
    ]


def raw_forbidden(case: Path, gold: dict[str, Any]) -> list[str]:
    errors = []
    for path in sorted((case / "org").rglob("*")):
        if path.is_file():
            text = path.read_text(encoding="utf-8").lower()
            for term in gold["forbidden_terms"]:
                if term in text:
                    errors.append(f"forbidden term {term!r} in {path.name}")
    if not 5 <= len(gold["forbidden_terms"]) <= 10:
        errors.append(f"{len(gold['forbidden_terms'])} forbidden terms (5 to 10)")
    return errors


def extra(case: Path) -> list[str]:
    gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
    return (
        roster_form(case / "org", gold)
        + deck_form(case, gold)
        + gap_block_problems(case, gold)
        + raw_forbidden(case, gold)
        + label_lengths(gold)
    )


CASE = Case(
    name=NAME,
    builder="build_wyndham_community_health.py",
    roster=roster,
    org_sentences=sentences,
    extra=extra,
    folder=HERE,
    split="blind13",
)


def org_dump() -> None:
    org = HERE / NAME / "org"
    print(f"##### {NAME}: roster rows ({ROSTER})")
    for r in roster_rows(org):
        print(f"  {r['kind']:<16} | {r['role']} | {r['department']} | {r['tier']} | {r['status']}")
    print(f"--- org sentences of {NAME}")
    for s in sentences(org):
        print(f"  | {s}")


if __name__ == "__main__":
    if "--org" in sys.argv and "--dump" not in sys.argv:
        org_dump()
        sys.exit(0)
    sys.exit(run(CASE))
