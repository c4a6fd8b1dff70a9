"""Consistency checks of the dev21 case ``thornbury-gardens`` against its deck and org folder.

Run from the repository root with a venv that has reportlab, pypdf, python-pptx, python-docx,
openpyxl, Pillow and lxml (the builder needs reportlab, which is not in the project's lock):

    /tmp/rl/bin/python evals/dev21/check_thornbury_gardens.py

(``--dump`` prints the deck lines the gold was read from and the roster; ``--org`` adds the org
sentences.)

The checks are those of ``evals/dev15/_checks.py`` (adapted from ``evals/dev13/check_gold.py``),
imported, not copied, and pointed at this folder (``evals/dev21``, split "dev21") with
``build_thornbury_gardens.py`` as the builder. Deck lines are dev13's (every shape in slide
order, groups opened, a table cell by cell, then the notes): the summary zoom is
``mc:AlternateContent``, which that reader does not open, so slide 2 reads as its title and
footer only, and no gold label points at it. What is this case's own:

- the roster, read from the FILLABLE PDF FORM ``org/people/programme-team-register.pdf``: the
  AcroForm text fields ``role_N``, ``team_N``, ``involvement_N`` and ``remit_N`` through pypdf's
  ``get_fields()`` (each field's ``/V``), rows in order of N; a row is a role when its Role field
  is filled and is not "n/a - post withdrawn" (the post was withdrawn: no role); the tier is the
  Involvement field, lower-cased;
- org sentences: ``_checks.org_sentences`` plus a reader for that PDF: each filled row's four
  field values joined by spaces (the remits are org text: remit owners are read from them);
- checks of the roster's form: A4 portrait, two pages; every field a text field (``/FT /Tx``)
  with a widget on a page, an appearance stream (``/AP /N``) that carries the value's first
  word, the Role, Team and Remit fields multiline (``/Ff`` bit 13); the page text (pypdf's
  ``extract_text``) holds the printed heading, the instructions and the four column heads but
  none of the role names (the form fields are the only source of the roster); blank rows, the
  withdrawn row, roles on the second page; 16 to 20 roles in the tiers Core, Extended and
  Consulted;
- checks of the deck's form: 16:9, 18 to 22 slides; SECTIONS in ``presentation.xml``
  (``p14:sectionLst`` in the ``{521415D9-...}`` extension) named Opening, Where we are, Our plan,
  Delivery, Asks, Appendix, Parking lot, every slide in exactly one, in order; the Parking lot's
  two or three slides are not hidden, hold some not-visions or not-actions, and no vision, KPI,
  deck action, pilot, phase or optional vision points at them or at the Appendix; the SUMMARY
  ZOOM on slide 2 (``mc:Choice Requires="psuz"`` over a ``p:graphicFrame`` whose graphic data
  is the summary-zoom URI, one ``psuz:summaryZmObj`` per zoomed section, each ``sectionId`` a
  section of the presentation and each picture an image part; ``mc:Fallback`` holding a group
  of ``p:pic`` thumbnails, each hyperlinked (``ppaction://hlinksldjump``) to the first slide of
  its section, and a text label per thumbnail naming its section); the MORPH build (slide 8
  carries ``p159:morph option="byObject"`` in ``mc:AlternateContent``, slides 7 and 8 share
  their title and their ``!!`` group names, and every label whose text is already on slide 7
  cites slide 7, not 8); ICON + TEXT GROUPS (groups whose ``chExt`` differs from ``ext``, nested
  groups holding a picture, and on slides 3 and 8 the order of text by raw child coordinates
  differs from the order with the group transforms applied, which is the reading order);
  a title placeholder with text on every slide, bullets in body placeholders on six or more
  slides, three native tables (KPIs with Measure / Baseline / Target / By when, the roadmap, the
  risks with a Mitigation column), speaker notes on five or more slides and exactly one deck
  action said only in the notes; every KPI on the KPI table's slide.

It never runs the planner.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from lxml import etree
from pptx import Presentation
from pypdf import PdfReader

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import evals.dev15._checks as _checks  # noqa: E402
from evals.dev13.check_gold import _shape_lines, deck_lines, normalize  # noqa: E402
from evals.dev15._checks import Case, run  # noqa: E402

HERE = Path(__file__).resolve().parent
NAME = "thornbury-gardens"
ROSTER = Path("people") / "programme-team-register.pdf"
WITHDRAWN = "n/a - post withdrawn"
KEYS = ("role", "team", "involvement", "remit")
TIERS = {"core", "extended", "consulted"}
SECTION_NAMES = [
    "Opening",
    "Where we are",
    "Our plan",
    "Delivery",
    "Asks",
    "Appendix",
    "Parking lot",
]
MORPH_FROM, MORPH_TO = 7, 8

NS = {
    "p": "http://schemas.openxmlformats.org/presentationml/2006/main",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
    "p14": "http://schemas.microsoft.com/office/powerpoint/2010/main",
    "p159": "http://schemas.microsoft.com/office/powerpoint/2015/09/main",
    "psuz": "http://schemas.microsoft.com/office/powerpoint/2016/summaryzoom",
    "p166": "http://schemas.microsoft.com/office/powerpoint/2016/6/main",
}
SUMMARY_ZOOM_URI = "http://schemas.microsoft.com/office/powerpoint/2016/summaryzoom"
SECTION_EXT = "{521415D9-36F7-43E2-AB2F-B90AF26B5E84}"
RT_SLIDE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/slide"
RT_IMAGE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image"


def _q(tag: str) -> str:
    prefix, local = tag.split(":")
    return f"{{{NS[prefix]}}}{local}"


# =========================================================================== the roster (PDF form)


def form_rows(path: Path) -> dict[int, dict[str, str]]:
    """Row number -> {role, team, involvement, remit}: the form fields' values (``/V``)."""
    rows: dict[int, dict[str, str]] = {}
    for name, field in (PdfReader(str(path)).get_fields() or {}).items():
        m = re.fullmatch(r"(role|team|involvement|remit)_(\d+)", name)
        if not m:
            continue
        rows.setdefault(int(m.group(2)), {})[m.group(1)] = str(field.get("/V") or "").strip()
    return dict(sorted(rows.items()))


def roster(org: Path) -> list[tuple[str, str]]:
    """(role, involvement) of every filled row whose Role is a post, in row order."""
    out = []
    for row in form_rows(org / ROSTER).values():
        role = row.get("role", "")
        if role and role.lower() != WITHDRAWN:
            out.append((role, row.get("involvement", "").lower()))
    return out


def _pdf_parts(path: Path) -> list[str]:
    """A PDF's org text: the register's filled rows (field values joined by spaces); any
    other PDF's page text."""
    rows = form_rows(path)
    if rows:
        return [
            " ".join(r.get(k, "") for k in KEYS).strip() for r in rows.values() if any(r.values())
        ]
    return [page.extract_text() or "" for page in PdfReader(str(path)).pages]


def sentences(org: Path) -> list[str]:
    return _checks.org_sentences(org, {".pdf": _pdf_parts})


def roster_form(org: Path, gold: dict) -> list[str]:
    errors: list[str] = []
    path = org / ROSTER
    reader = PdfReader(str(path))
    if len(reader.pages) != 2:
        errors.append(f"form: {len(reader.pages)} pages (2 expected)")
    for k, page in enumerate(reader.pages, start=1):
        w, h = float(page.mediabox.width), float(page.mediabox.height)
        if (round(w), round(h)) != (595, 842):
            errors.append(f"form: page {k} is {w} x {h}, not A4 portrait")
    fields = reader.get_fields() or {}
    rows = form_rows(path)
    found = roster(org)
    roles = [r for r, _ in found]

    # widgets: where each field sits, its appearance stream and its flags
    page_of: dict[str, int] = {}
    for k, page in enumerate(reader.pages, start=1):
        for annot in page.get("/Annots") or []:
            a = annot.get_object()
            if a.get("/Subtype") != "/Widget":
                continue
            name = str(a.get("/T"))
            page_of[name] = k
            value = str(a.get("/V") or "")
            ap = a.get("/AP")
            if ap is None or "/N" not in ap:
                errors.append(f"form: field {name} has no appearance stream")
                continue
            if value:
                stream = ap["/N"].get_object().get_data().decode("latin-1")
                word = value.split()[0].replace("(", "\\(").replace(")", "\\)")
                if word not in stream:
                    errors.append(f"form: field {name}'s appearance does not show its value")
            ff = int(a.get("/Ff") or 0)
            multiline = bool(ff & 4096)
            if multiline != name.startswith(("role_", "team_", "remit_")):
                errors.append(f"form: field {name} multiline is {multiline}")
    for name, field in fields.items():
        if field.get("/FT") != "/Tx":
            errors.append(f"form: field {name} is not a text field")
        if name not in page_of:
            errors.append(f"form: field {name} has no widget on a page")
    if set(fields) != {f"{k}_{n}" for n in rows for k in KEYS}:
        errors.append("form: the fields are not four per row")

    # the page text is the printed form only
    text = normalize(" ".join(p.extract_text() or "" for p in reader.pages))
    for printed in (
        "growing together programme - team register",
        "role",
        "team",
        "remit",
        "involvement (core / extended / consulted)",
        "team leads: fill in one row",
    ):
        if printed not in text:
            errors.append(f"form: printed text missing: {printed!r}")
    leaked = [r for r in roles if normalize(r) in text]
    if leaked:
        errors.append(f"form: role names in the page text: {leaked}")
    remits = [rows[n]["remit"] for n in rows if rows[n].get("remit")]
    if any(normalize(r)[:40] in text for r in remits):
        errors.append("form: a remit is in the page text")

    # rows: blank, withdrawn, second page
    blank = [n for n, r in rows.items() if not any(r.values())]
    withdrawn = [n for n, r in rows.items() if r.get("role", "").lower() == WITHDRAWN]
    if len(blank) < 2:
        errors.append(f"form: blank rows {blank} (2 or more expected)")
    if not any(n < max(rows) - 2 for n in blank):
        errors.append("form: no blank row between filled rows")
    if len(withdrawn) != 1:
        errors.append(f"form: withdrawn rows {withdrawn} (1 expected)")
    elif WITHDRAWN in [r.lower() for r in gold["roster"]]:
        errors.append("form: the withdrawn row is on the gold roster")
    second = [
        rows[n]["role"]
        for n in rows
        if page_of.get(f"role_{n}") == 2 and rows[n].get("role") and rows[n]["role"] in roles
    ]
    if len(second) < 3:
        errors.append(f"form: roles on page 2: {second}")
    if not 16 <= len(found) <= 20:
        errors.append(f"form: {len(found)} roles (16 to 20)")
    if {t for _, t in found} != TIERS:
        errors.append(f"form: involvement values {sorted({t for _, t in found})}")
    if len(set(roles)) != len(roles):
        errors.append("form: a role appears twice")
    if any(len(rows[n].get("remit", "")) < 100 for n in rows if rows[n].get("role") in roles):
        errors.append("form: a remit under 100 characters")
    return errors


# =========================================================================== the deck's form


def _is_title(shape) -> bool:
    return shape.is_placeholder and shape.placeholder_format.type in (1, 3)  # TITLE, CTR_TITLE


def sections(prs) -> list[tuple[str, str, list[int]]]:
    """(name, id, slide ids) of each section in the presentation's section list."""
    root = prs.part._element
    out = []
    for ext in root.iter(_q("p:ext")):
        if ext.get("uri") != SECTION_EXT:
            continue
        for sec in ext.iter(_q("p14:section")):
            ids = [int(s.get("id")) for s in sec.iter(_q("p14:sldId"))]
            out.append((sec.get("name"), sec.get("id"), ids))
    return out


def _xfrm(el):
    """(off x, off y, ext cx, ext cy, chOff x, chOff y, chExt cx, chExt cy) of a group."""
    x = el.find(f"{_q('p:grpSpPr')}/{_q('a:xfrm')}")
    off, ext = x.find(_q("a:off")), x.find(_q("a:ext"))
    choff, chext = x.find(_q("a:chOff")), x.find(_q("a:chExt"))
    return tuple(
        int(v)
        for v in (
            off.get("x"),
            off.get("y"),
            ext.get("cx"),
            ext.get("cy"),
            choff.get("x"),
            choff.get("y"),
            chext.get("cx"),
            chext.get("cy"),
        )
    )


def placed_text(tree) -> list[tuple[float, float, float, float, str]]:
    """Every text shape's (raw x, raw y, placed x, placed y, text): its own coordinates, and
    the same point with every enclosing group's transform applied."""
    out = []

    def walk(el, chain):
        for ch in el:
            local = etree.QName(ch).localname
            if local == "grpSp":
                walk(ch, chain + [_xfrm(ch)])
            elif local == "sp":
                x = ch.find(f"{_q('p:spPr')}/{_q('a:xfrm')}")
                if x is None:
                    continue
                text = "".join(t.text or "" for t in ch.iter(_q("a:t"))).strip()
                if not text:
                    continue
                rx, ry = int(x.find(_q("a:off")).get("x")), int(x.find(_q("a:off")).get("y"))
                px, py = float(rx), float(ry)
                for ox, oy, ex, ey, cx, cy, cw, chh in reversed(chain):
                    px = ox + (px - cx) * ex / cw
                    py = oy + (py - cy) * ey / chh
                out.append((rx, ry, px, py, text))

    walk(tree, [])
    return out


def _reading(items, raw: bool) -> list[str]:
    """Text in reading order: rows of about a fifth of an inch, then left to right."""
    k = (0, 1) if raw else (2, 3)
    return [t[4] for t in sorted(items, key=lambda t: (round(t[k[1]] / 180000), t[k[0]]))]


def summary_zoom(prs, slides, secs) -> list[str]:
    errors: list[str] = []
    s = slides[1]
    tree = s.shapes._spTree
    alts = tree.findall(_q("mc:AlternateContent"))
    if len(alts) != 1:
        return [f"slide 2: {len(alts)} mc:AlternateContent (1 expected)"]
    alt = alts[0]
    choice = alt.find(_q("mc:Choice"))
    if choice is None or choice.get("Requires") != "psuz":
        return ["slide 2: the zoom's mc:Choice does not require psuz"]
    data = choice.find(f"{_q('p:graphicFrame')}/{_q('a:graphic')}/{_q('a:graphicData')}")
    if data is None or data.get("uri") != SUMMARY_ZOOM_URI:
        return ["slide 2: no graphic frame with the summary zoom's graphic data"]
    by_id = {sid: (name, ids) for name, sid, ids in secs}
    objs = list(data.iter(_q("psuz:summaryZmObj")))
    zoomed = []
    for obj in objs:
        sid = obj.get("sectionId")
        if sid not in by_id:
            errors.append(f"slide 2: zoom on an unknown section {sid}")
            continue
        zoomed.append(by_id[sid])
        blip = obj.find(f".//{_q('p166:blipFill')}/{_q('a:blip')}")
        if blip is None or s.part.rels[blip.get(_q("r:embed"))].reltype != RT_IMAGE:
            errors.append(f"slide 2: the zoom on {by_id[sid][0]} has no picture")
        if obj.find(_q("psuz:zmPr")) is None or obj.find(_q("psuz:zmPr")).get("id") is None:
            errors.append(f"slide 2: the zoom on {by_id[sid][0]} has no zmPr id")
    if not 4 <= len(zoomed) <= 6:
        errors.append(f"slide 2: {len(zoomed)} sections zoomed")
    fallback = alt.find(_q("mc:Fallback"))
    group = fallback.find(_q("p:grpSp")) if fallback is not None else None
    if group is None:
        return errors + ["slide 2: the fallback is not a group"]
    pics = group.findall(_q("p:pic"))
    labels = ["".join(t.text or "" for t in sp.iter(_q("a:t"))) for sp in group.findall(_q("p:sp"))]
    if len(pics) != len(zoomed):
        errors.append(f"slide 2: {len(pics)} fallback pictures for {len(zoomed)} zooms")
    slide_by_id = {sl.slide_id: sl for sl in slides}
    for pic, (name, ids) in zip(pics, zoomed, strict=False):
        link = pic.find(f".//{_q('a:hlinkClick')}")
        if link is None or link.get("action") != "ppaction://hlinksldjump":
            errors.append(f"slide 2: the {name} thumbnail is not a slide link")
            continue
        rel = s.part.rels[link.get(_q("r:id"))]
        if rel.reltype != RT_SLIDE or rel.target_part is not slide_by_id[ids[0]].part:
            errors.append(f"slide 2: the {name} thumbnail does not link its section's first slide")
    if labels != [name for name, _ in zoomed]:
        errors.append(f"slide 2: thumbnail labels {labels}")
    if any(normalize(n) in line for n, _ in zoomed for line in deck_lines_cache[2]):
        errors.append("slide 2: the zoom labels are read without opening the fallback")
    return errors


deck_lines_cache: dict[int, list[str]] = {}


def deck_form(case: Path) -> list[str]:
    errors: list[str] = []
    gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
    deck = case / gold["deck"]
    prs = Presentation(str(deck))
    pages = deck_lines(deck)
    deck_lines_cache.clear()
    deck_lines_cache.update(pages)
    if (prs.slide_width, prs.slide_height) != (12192000, 6858000):
        errors.append(f"slide size {prs.slide_width} x {prs.slide_height}")
    slides = list(prs.slides)
    if not 18 <= len(slides) <= 22:
        errors.append(f"{len(slides)} slides (18 to 22)")
    number = {sl.slide_id: k for k, sl in enumerate(slides, start=1)}

    # sections
    secs = sections(prs)
    if [n for n, _, _ in secs] != SECTION_NAMES:
        errors.append(f"sections {[n for n, _, _ in secs]}")
    listed = [number.get(i) for _, _, ids in secs for i in ids]
    if listed != list(range(1, len(slides) + 1)):
        errors.append(f"sections list the slides {listed}")
    in_section = {name: [number[i] for i in ids if i in number] for name, _, ids in secs}
    parked = in_section.get("Parking lot", [])
    appendix = in_section.get("Appendix", [])
    if not 2 <= len(parked) <= 3:
        errors.append(f"parking lot slides {parked}")
    off_plan = set(parked) | set(appendix)
    non_work = gold["not_visions"] + gold["not_actions"]
    for n in parked:
        if slides[n - 1]._element.get("show") == "0":
            errors.append(f"parking lot slide {n} is hidden")
        held = [t for t in non_work if any(t in line for line in pages[n])]
        if len(held) < 2:
            errors.append(f"parking lot slide {n}: only {held} among the not-visions/not-actions")
    for n in appendix:
        if not any(t in line for t in non_work for line in pages[n]):
            errors.append(f"appendix slide {n} holds no not-vision")
    for v in gold["visions"]:
        if {v["slide"], *v.get("also_slides", [])} & off_plan:
            errors.append(f"vision points at the appendix or parking lot: {v['match']!r}")
    for a in gold["deck_actions"]:
        if a["slide"] in off_plan:
            errors.append(f"deck action on the appendix or parking lot: {a['match']}")
    pilot = gold["pilot"]
    if {pilot["slide"], *pilot.get("also_slides", [])} & off_plan:
        errors.append("the pilot points at the appendix or parking lot")
    for text in gold["optional_visions"]:
        if any(text in line for n in off_plan for line in pages[n]):
            errors.append(f"optional vision from the appendix or parking lot: {text!r}")
    if any(sl._element.get("show") == "0" for sl in slides):
        errors.append("a hidden slide (the parking lot is visible)")

    # the summary zoom; nothing in the gold on slide 2
    errors += summary_zoom(prs, slides, secs)
    if any(v["slide"] == 2 or 2 in v.get("also_slides", []) for v in gold["visions"]) or any(
        a["slide"] == 2 for a in gold["deck_actions"]
    ):
        errors.append("a gold label points at the contents slide")

    # morph
    s_from, s_to = slides[MORPH_FROM - 1], slides[MORPH_TO - 1]
    morph = s_to._element.findall(
        f"{_q('mc:AlternateContent')}/{_q('mc:Choice')}/{_q('p:transition')}/{_q('p159:morph')}"
    )
    if len(morph) != 1 or morph[0].get("option") != "byObject":
        errors.append(f"slide {MORPH_TO}: no morph transition by object")
    else:
        choice = morph[0].getparent().getparent()
        if choice.get("Requires") != "p159":
            errors.append(f"slide {MORPH_TO}: the morph's mc:Choice does not require p159")
    if s_from.shapes.title.text_frame.text != s_to.shapes.title.text_frame.text:
        errors.append("the morph slides' titles differ")

    def bang(sl):
        return {sh.name for sh in sl.shapes if sh.shape_type == 6 and sh.name.startswith("!!")}

    if not bang(s_from) or bang(s_from) != bang(s_to):
        errors.append(f"morph group names {sorted(bang(s_from))} / {sorted(bang(s_to))}")
    for v in gold["visions"]:
        if v["slide"] == MORPH_TO and any(v["match"] in x for x in pages[MORPH_FROM]):
            errors.append(f"vision cited on slide {MORPH_TO} is already on {MORPH_FROM}")
    for a in gold["deck_actions"]:
        if a["slide"] == MORPH_TO and any(m in x for m in a["match"] for x in pages[MORPH_FROM]):
            errors.append(f"deck action cited on slide {MORPH_TO} is already on {MORPH_FROM}")
    new_on_to = [t for t in pages[MORPH_TO] if t not in pages[MORPH_FROM]]
    if len(new_on_to) < 10:
        errors.append(f"slide {MORPH_TO} reveals only {len(new_on_to)} lines")

    # groups with transforms
    scaled = nested = 0
    for sl in slides:
        for g in sl.shapes._spTree.iter(_q("p:grpSp")):
            ox, oy, ex, ey, cx, cy, cw, chh = _xfrm(g)
            if (ex, ey) != (cw, chh) and (ox, oy) != (cx, cy):
                scaled += 1
            if etree.QName(g.getparent()).localname == "grpSp" and g.find(_q("p:pic")) is not None:
                nested += 1
    if scaled < 12:
        errors.append(f"only {scaled} groups scale their children")
    if nested < 12:
        errors.append(f"only {nested} nested icon groups")
    for n in (3, MORPH_TO):
        items = placed_text(slides[n - 1].shapes._spTree)
        if _reading(items, raw=True) == _reading(items, raw=False):
            errors.append(f"slide {n}: raw child coordinates give the reading order")
    order = [sh.name for sh in s_to.shapes if sh.name.startswith("!!Pillar")]
    if order == sorted(order):
        errors.append("the pillar groups are written in their reading order")

    # placeholders, tables, notes
    for k, sl in enumerate(slides, start=1):
        if not any(_is_title(sh) and sh.text_frame.text.strip() for sh in sl.shapes):
            errors.append(f"slide {k}: no title placeholder with text")
    bodies = [
        k
        for k, sl in enumerate(slides, start=1)
        if any(
            sh.is_placeholder
            and sh.placeholder_format.idx == 1
            and len(sh.text_frame.paragraphs) >= 3
            for sh in sl.shapes
        )
    ]
    if len(bodies) < 6:
        errors.append(f"bullets in body placeholders on slides {bodies} only")
    tables = {
        k: sh.table for k, sl in enumerate(slides, start=1) for sh in sl.shapes if sh.has_table
    }
    heads = {k: [c.text for c in t.rows[0].cells] for k, t in tables.items()}
    kpi_slides = {v["slide"] for v in gold["visions"] if any(k in v["match"] for k in gold["kpis"])}
    if len(tables) != 3:
        errors.append(f"native tables on slides {sorted(tables)} (3 expected)")
    if len(kpi_slides) != 1 or next(iter(kpi_slides)) not in tables:
        errors.append(f"KPI visions on slides {sorted(kpi_slides)}, not one table slide")
    else:
        kn = next(iter(kpi_slides))
        h = heads[kn]
        if h[0] != "Measure" or not h[1].startswith("Baseline") or h[2:] != ["Target", "By when"]:
            errors.append(f"KPI table header {h}")
        for kpi in gold["kpis"]:
            if not any(kpi in line for line in pages[kn]):
                errors.append(f"KPI not on the KPI slide: {kpi!r}")
    if not any(h[-1] == "Mitigation" for h in heads.values()):
        errors.append("no risks table with a Mitigation column")
    if not any(h[0] == "Phase" for h in heads.values()):
        errors.append("no roadmap table")
    with_notes = [
        k
        for k, sl in enumerate(slides, start=1)
        if sl.has_notes_slide and sl.notes_slide.notes_text_frame.text.strip()
    ]
    if len(with_notes) < 5:
        errors.append(f"speaker notes on slides {with_notes}")
    notes_only = []
    for a in gold["deck_actions"]:
        sl = slides[a["slide"] - 1]
        note = normalize(sl.notes_slide.notes_text_frame.text) if sl.has_notes_slide else ""
        shown = [normalize(t) for sh in sl.shapes for t in _shape_lines(sh)]
        if all(m in note for m in a["match"]) and not any(
            m in t for m in a["match"] for t in shown
        ):
            notes_only.append(a["match"][0])
    if len(notes_only) != 1:
        errors.append(f"deck actions said only in the notes: {notes_only} (1 expected)")
    return errors


def extra(case: Path) -> list[str]:
    gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
    return roster_form(case / "org", gold) + deck_form(case)


CASE = Case(
    name=NAME,
    builder="build_thornbury_gardens.py",
    roster=roster,
    org_sentences=sentences,
    core=frozenset({"core"}),
    consult=frozenset({"consulted"}),
    extra=extra,
    folder=HERE,
    split="dev21",
)

if __name__ == "__main__":
    sys.exit(run(CASE))
