"""Consistency checks of the dev32 case ``pathology-network`` against its deck and org folder.

Run from the repository root with the project's venv (python-pptx, python-docx and lxml):

    .venv/bin/python evals/dev32/check_pathology_network.py

(``--dump`` prints the deck lines the gold was read from, slide by slide, and the roster;
``--org`` prints the roster rows and the org sentences; ``--dump --org`` both.)

The checks are those of ``evals/dev15/_checks.py`` (adapted from ``evals/dev13/check_gold.py``),
imported, not copied, and pointed at this folder (``evals/dev32``, split "dev32") with
``build_pathology_network.py`` as the builder, which the shared checks run into a temporary
folder and compare byte for byte with the committed files. The deck is read with dev13's
``deck_lines`` (one line per paragraph of every shape in XML order, table cells row by row,
then the speaker notes). What is this case's own:

- the roster, read from ``org/people/esr-posts.csv``, an export of the ESR workforce system:
  UTF-8 with a byte-order mark, read with the standard library's ``csv`` reader; every row
  under the header Post Title / Staff Group / Band / Reports To / Main Duties is a post; the
  export has no tiers, so a row whose Staff Group is "Non-ESR (consulted body)" is "consult"
  and every other post "core";
- org sentences: ``_checks.org_sentences`` with a CSV reader added (each row's cells joined by
  spaces, the header left out);
- checks of the roster's form (byte-order mark, CRLF only, every cell quoted, the five
  headers, 18 to 22 posts, ESR's staff groups and bands, two consulted rows, every Reports To
  a post on the export or the host trust's chief operating officer, near-namesake posts);
- checks of the deck's form as PowerPoint saves it (app.xml naming Microsoft Office
  PowerPoint, Widescreen and every slide title; fixed core dates; 16:9 without a type; no
  printer settings; a title placeholder on every slide; the layouts used; footer and
  slide-number placeholders; "Comparison" pillar slides with "Where we are" and "Where we will
  be" headers; a KPI table with two pairs of rows sharing a target; a goal list with asides;
  a tile row with one figure of today), of its clock (the length said with the cost, the years
  dated on one slide and named on another, the pilot's and the contract's own lengths), and of
  the gold's own spread (goal-page forms, deck-action forms and headline titles, the pilot
  named once in full, scenarios and the scope list, owners, near-namesakes, the bracketed
  title, gaps across org files of different kinds, false gaps, forbidden terms);
- ``gap_blocks`` is checked with ``_checks.gap_block_errors``, the field list widened by it as
  the later sets' checkers do.

It never runs the planner.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
import zipfile
from pathlib import Path
from typing import Any

from lxml import etree

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import evals.dev15._checks as _checks  # noqa: E402
from evals.dev13.check_gold import FIELDS, deck_lines, normalize  # noqa: E402
from evals.dev15._checks import Case, namesakes_told_apart, sentences_by_file  # noqa: E402

# gap_blocks is a field of the deck-grounded gold that dev13's field list predates
_checks.FIELDS = FIELDS | {"gap_blocks"}

HERE = Path(__file__).resolve().parent
NAME = "pathology-network"
ROSTER = Path("people") / "esr-posts.csv"
HEAD = ["Post Title", "Staff Group", "Band", "Reports To", "Main Duties"]
CONSULTED = "Non-ESR (consulted body)"
OUTSIDE = "Chief Operating Officer, Oakenby Teaching Hospitals NHS FT"
STAFF_GROUPS = {
    "Add Prof Scientific and Technic",
    "Additional Clinical Services",
    "Administrative and Clerical",
    "Healthcare Scientists",
    "Medical and Dental",
    CONSULTED,
}
BAND = re.compile(r"Band [5-9]( - Range [A-D])?|Consultant|Not applicable")
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
P = "http://schemas.openxmlformats.org/presentationml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS = {"a": A, "p": P}
LAYOUT_OF = {
    "Title Slide": [1],
    "Comparison": [5, 6, 7, 8],
    "Two Content": [9, 19],
    "Title Only": [3, 10, 12, 15],
}
METAPHOR_TITLES = {
    "following every sample",
    "from glass to screen",
    "green lights: what must be true at each gate",
    "clearing the bench: our first 90 days",
}
ACTION_FORMS = {
    5: "pillar",
    6: "pillar",
    7: "pillar",
    8: "pillar",
    13: "pilot steps",
    14: "acceptance criteria",
    15: "risk mitigations",
    16: "first 90 days",
}
GRADE = {"head", "of", "and", "the", "manager", "director", "lead", "chair", "officer"}
GRADE |= {"network", "consultant", "pathology", "programme"}


# =========================================================================== the ESR export


def roster_rows(org: Path) -> list[list[str]]:
    path = org / ROSTER
    if not path.is_file():
        return []
    text = path.read_bytes().decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text, newline="")))


def roster(org: Path) -> list[tuple[str, str]]:
    rows = roster_rows(org)
    if not rows or rows[0] != HEAD:
        return []
    return [
        (r[0].strip(), "consult" if r[1] == CONSULTED else "core")
        for r in rows[1:]
        if r and r[0].strip()
    ]


def csv_parts(path: Path) -> list[str]:
    rows = list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline="")))
    return [" ".join(r) for r in rows[1:] if r]


def sentences(org: Path) -> list[str]:
    return _checks.org_sentences(org, {".csv": csv_parts})


def roster_form(org: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    raw = (org / ROSTER).read_bytes()
    if not raw.startswith(b"\xef\xbb\xbf"):
        errors.append("roster: no UTF-8 byte-order mark (ESR's export writes one)")
    text = raw.decode("utf-8-sig")
    if text.count("\n") != text.count("\r\n") or not text.endswith("\r\n"):
        errors.append("roster: line ends are not all CRLF")
    rows = roster_rows(org)
    if not rows or rows[0] != HEAD:
        return errors + [f"roster: header {rows[:1]}"]
    for line in text.split("\r\n")[:-1]:
        if not (line.startswith('"') and line.endswith('"')) or '","' not in line:
            errors.append(f"roster: a line whose cells are not all quoted: {line[:40]!r}")
            break
    if any(len(r) != 5 or not all(c.strip() for c in r) for r in rows):
        errors.append("roster: a row without five filled cells")
    posts = [r[0] for r in rows[1:]]
    if not 18 <= len(posts) <= 22:
        errors.append(f"roster: {len(posts)} posts (18 to 22)")
    if len(set(posts)) != len(posts):
        errors.append("roster: a post appears twice")
    for r in rows[1:]:
        if r[1] not in STAFF_GROUPS:
            errors.append(f"roster: staff group {r[1]!r} is not ESR's")
        if not BAND.fullmatch(r[2]):
            errors.append(f"roster: band {r[2]!r}")
        if r[1] == CONSULTED:
            if r[2] != "Not applicable" or r[3] != "Not applicable":
                errors.append(f"roster: consulted row {r[0]!r} has a band or a manager")
            if "leads no network work" not in r[4]:
                errors.append(f"roster: consulted row {r[0]!r} does not say it leads no work")
        elif r[3] not in posts and r[3] != OUTSIDE:
            errors.append(f"roster: {r[0]!r} reports to {r[3]!r}, not a post")
    consult = [p for p, t in roster(org) if t == "consult"]
    if sorted(consult) != sorted(gold["consult_only_roles"]) or len(consult) != 2:
        errors.append(f"roster: consulted rows {consult}")
    if not any("," in p for p in posts) or not any("(" in p for p in posts):
        errors.append("roster: no post title with a comma or brackets")
    for a, b in [
        ("Blood Sciences Manager", "Blood Sciences Quality Manager"),
        ("Head of Pathology Quality", "Blood Sciences Quality Manager"),
    ]:
        if a not in posts or b not in posts:
            errors.append(f"roster: near-namesakes {a!r} / {b!r} missing")
    return errors


# =========================================================================== the deck's form


def _text(el: Any) -> list[str]:
    out = [
        normalize("".join(t.text or "" for t in p.iter(f"{{{A}}}t"))) for p in el.iter(f"{{{A}}}p")
    ]
    return [x for x in out if x]


def _ph(sp: Any) -> Any:
    return sp.find("p:nvSpPr/p:nvPr/p:ph", NS)


def package_form(z: zipfile.ZipFile, titles: list[str]) -> list[str]:
    errors: list[str] = []
    infos = z.infolist()
    names = [i.filename for i in infos]
    if names[0] != "[Content_Types].xml" or {i.date_time for i in infos} != {
        (2027, 2, 2, 16, 40, 12)
    }:
        errors.append("package: content types not first or entries not at one fixed time")
    if any(n.startswith("ppt/printerSettings/") for n in names):
        errors.append("package: Mac printer settings present")
    app = z.read("docProps/app.xml").decode("utf-8")
    for said in [
        "<Application>Microsoft Office PowerPoint</Application>",
        "<AppVersion>16.0000</AppVersion>",
        "<PresentationFormat>Widescreen</PresentationFormat>",
    ]:
        if said not in app:
            errors.append(f"app.xml: no {said}")
    listed = [normalize(t) for t in re.findall(r"<vt:lpstr>([^<]*)</vt:lpstr>", app)]
    if listed[-len(titles) :] != titles:
        errors.append("app.xml: TitlesOfParts do not list the slide titles in order")
    core = z.read("docProps/core.xml").decode("utf-8")
    created = re.search(r"<dcterms:created[^>]*>([^<]*)<", core)
    modified = re.search(r"<dcterms:modified[^>]*>([^<]*)<", core)
    if not created or not modified or not created.group(1) < modified.group(1):
        errors.append("core.xml: no created date before the modified date")
    if "python-pptx" in core or "<dc:creator>" not in core:
        errors.append("core.xml: not as PowerPoint writes it")
    pres = etree.fromstring(z.read("ppt/presentation.xml"))
    size = pres.find("p:sldSz", NS)
    if size is None or (size.get("cx"), size.get("cy")) != ("12192000", "6858000"):
        errors.append("slide size is not 16:9 at 12192000 x 6858000")
    elif size.get("type") is not None:
        errors.append("slide size carries a type (PowerPoint's widescreen has none)")
    master = etree.fromstring(z.read("ppt/slideMasters/slideMaster1.xml"))
    title_ph = [
        sp
        for sp in master.iter(f"{{{P}}}sp")
        if (ph := _ph(sp)) is not None and ph.get("type") == "title"
    ]
    widths = [int(sp.find("p:spPr/a:xfrm/a:ext", NS).get("cx")) for sp in title_ph[:1]]
    if widths != [10972800]:
        errors.append(f"master: the title placeholder is not widened to 16:9 ({widths})")
    return errors


def deck_form(case: Path, gold: dict[str, Any]) -> list[str]:  # noqa: C901
    errors: list[str] = []
    deck = case / gold["deck"]
    z = zipfile.ZipFile(deck)
    names = z.namelist()
    slides = sorted(
        (n for n in names if re.fullmatch(r"ppt/slides/slide\d+\.xml", n)),
        key=lambda n: int(re.findall(r"\d+", n)[0]),
    )
    if not 14 <= len(slides) <= 22:
        errors.append(f"{len(slides)} slides (14 to 22)")
    layout_names: dict[str, str] = {}
    for n in names:
        if re.fullmatch(r"ppt/slideLayouts/slideLayout\d+\.xml", n):
            root = etree.fromstring(z.read(n))
            layout_names[n.rsplit("/", 1)[1]] = root.find("p:cSld", NS).get("name")
    pages = deck_lines(deck)
    titles: dict[int, str] = {}
    roots: dict[int, Any] = {}
    used: dict[str, list[int]] = {}
    with_notes = 0
    for k, name in enumerate(slides, start=1):
        root = etree.fromstring(z.read(name))
        roots[k] = root
        rels = z.read(name.replace("slides/", "slides/_rels/") + ".rels").decode("utf-8")
        layout = re.search(r'Target="\.\./slideLayouts/(slideLayout\d+\.xml)"', rels)
        lname = layout_names.get(layout.group(1), "") if layout else ""
        used.setdefault(lname, []).append(k)
        with_notes += "notesSlide" in rels
        sps = list(root.iter(f"{{{P}}}sp"))
        heads = [
            sp
            for sp in sps
            if (ph := _ph(sp)) is not None and ph.get("type") in {"title", "ctrTitle"}
        ]
        if len(heads) != 1:
            errors.append(f"slide {k}: {len(heads)} title placeholders")
            continue
        titles[k] = " ".join(_text(heads[0]))
        if k > 1:
            kinds = [_ph(sp).get("type") for sp in sps if _ph(sp) is not None]
            if "ftr" not in kinds or "sldNum" not in kinds:
                errors.append(f"slide {k}: no footer or slide-number placeholder")
            fld = root.findall(".//a:fld[@type='slidenum']", NS)
            if len(fld) != 1 or fld[0].findtext("a:t", namespaces=NS) != str(k):
                errors.append(f"slide {k}: the slide number field does not say {k}")
        for el in root.iterfind(".//p:spTree/*/*/p:cNvPr", NS):
            nm = el.get("name", "")
            if not re.fullmatch(
                r"(Title|Subtitle|Content Placeholder|Text Placeholder|Footer Placeholder|"
                r"Slide Number Placeholder|TextBox|Rectangle|Table) \d+",
                nm,
            ):
                errors.append(f"slide {k}: shape named {nm!r}")
        langs = {r.get("lang") for r in root.iter(f"{{{A}}}rPr")}
        if langs != {"en-GB"}:
            errors.append(f"slide {k}: run languages {sorted(map(str, langs))}")
    errors += package_form(z, [titles.get(k, "") for k in range(1, len(slides) + 1)])
    for lname, expected in LAYOUT_OF.items():
        if used.get(lname) != expected:
            errors.append(f"layout {lname!r} on slides {used.get(lname)}, expected {expected}")
    if set(used) - set(LAYOUT_OF) != {"Title and Content"}:
        errors.append(f"layouts used {sorted(used)}")
    if with_notes != 3:
        errors.append(f"speaker notes on {with_notes} slides (three)")
    errors += comparison_form(roots, pages)
    errors += goal_page_form(roots, pages, titles, gold)
    errors += clock_form(pages, titles, gold)
    errors += gold_form(case, pages, titles, gold)
    return errors


def comparison_form(roots: dict[int, Any], pages: dict[int, list[str]]) -> list[str]:
    """Each pillar slide: the Comparison layout's header placeholders say "Where we are"
    (idx 1, left) and "Where we will be" (idx 3, right), the content placeholders under them
    hold three lines of context and two or three goals, and a text box lists the initiatives."""
    errors: list[str] = []
    for k in LAYOUT_OF["Comparison"]:
        by_idx: dict[str, list[str]] = {}
        for sp in roots[k].iter(f"{{{P}}}sp"):
            ph = _ph(sp)
            if ph is not None and ph.get("idx") in {"1", "2", "3", "4"}:
                by_idx[ph.get("idx", "")] = _text(sp)
        if by_idx.get("1") != ["where we are"] or by_idx.get("3") != ["where we will be"]:
            errors.append(f"slide {k}: headers {by_idx.get('1')} / {by_idx.get('3')}")
        if len(by_idx.get("2", [])) != 3 or not 2 <= len(by_idx.get("4", [])) <= 3:
            errors.append(f"slide {k}: context and goal columns not 3 and 2-3 lines")
        if any(re.search(r"by (march|september) 20\d\d", x) for x in by_idx.get("2", [])):
            errors.append(f"slide {k}: a dated line in the 'Where we are' column")
        if "what we will do" not in pages[k]:
            errors.append(f"slide {k}: no 'What we will do' list")
    return errors


def goal_page_form(
    roots: dict[int, Any], pages: dict[int, list[str]], titles: dict[int, str], gold: dict[str, Any]
) -> list[str]:
    errors: list[str] = []
    # the KPI table: its header, and two pairs of rows sharing a target for different requesters
    kn = next((k for k, t in titles.items() if t == "how we will measure success"), 0)
    tbl = roots[kn].find(".//a:tbl", NS) if kn else None
    if tbl is None:
        return ["goal pages: no KPI table"]
    rows = [
        [" ".join(_text(tc)) for tc in tr.findall("a:tc", NS)] for tr in tbl.findall("a:tr", NS)
    ]
    if rows[0] != ["metric", "baseline 2025/26", "target", "by when"]:
        errors.append(f"KPI table header {rows[0]}")
    targets: dict[str, list[str]] = {}
    for r in rows[1:]:
        targets.setdefault(r[2], []).append(r[0])
    pairs = {t: m for t, m in targets.items() if len(m) == 2}
    pairs = {t: m for t, m in pairs.items() if " within " in t}
    if set(pairs) != {"90% within 1 hour", "90% within 24 hours"}:
        errors.append(f"KPI table: turnaround rows sharing a target {pairs}")
    kpi_visions = [v for v in gold["visions"] if v["slide"] == kn]
    if len(kpi_visions) != len(rows) - 1 or sorted(gold["kpis"]) != sorted(
        k for k in gold["kpis"] if any(k in r[0] for r in rows[1:])
    ):
        errors.append("KPI table: not one KPI vision and one kpi per row")
    for metrics in pairs.values():
        got = [v for v in kpi_visions if any(v["match"] in m for m in metrics)]
        if len(got) != 2:
            errors.append(f"KPI table: the rows {metrics} are not two visions")
    vague_rows = [r[0] for r in rows[1:] if not re.search(r"\d", r[2])]
    vague_kpis = [v["match"] for v in kpi_visions if v["vague"]]
    if len(vague_rows) != 1 or len(vague_kpis) != 1 or vague_kpis[0] not in vague_rows[0]:
        errors.append(f"KPI table: rows without a number {vague_rows}, vague KPIs {vague_kpis}")
    # the goal list with asides: one vision per item, no vision or alternative holds an aside
    gn = next((k for k, t in titles.items() if t == "what we will have achieved"), 0)
    items = [x for x in pages.get(gn, []) if x != "what we will have achieved"]
    items = [x for x in items if "kelderdale pathology network" not in x and not x.isdigit()]
    asides = [re.search(r"\(([^)]*)\)| - (.*)$", x) for x in items]
    if len(items) != 6 or sum(a is not None for a in asides) != 6:
        errors.append(f"goal list: {len(items)} items, asides on {sum(bool(a) for a in asides)}")
    aside_text = [next(g for g in a.groups() if g) for a in asides if a]
    labels = [v["match"] for v in gold["visions"]]
    labels += [alt for v in gold["visions"] for alt in v.get("alternatives", [])]
    for item in items:
        hits = [
            v
            for v in gold["visions"]
            if any(m in item for m in [v["match"], *v.get("alternatives", [])])
        ]
        if len(hits) != 1 or (hits[0]["slide"] != gn and gn not in hits[0].get("also_slides", [])):
            errors.append(f"goal list: {item!r} is not exactly one vision citing slide {gn}")
    for aside in aside_text:
        if any(lab in aside or aside in lab for lab in labels):
            errors.append(f"goal list: the aside {aside!r} is a label")
    # the tile row: one tile a figure of today, the others targets with a date
    tn = next((k for k, t in titles.items() if t == "our ambition for 2030"), 0)
    tiles = [
        _text(sp)
        for sp in roots[tn].iter(f"{{{P}}}sp")
        if sp.find("p:nvSpPr/p:cNvPr", NS).get("name", "").startswith("Rectangle ")
    ]
    dated = [t for t in tiles if len(t) == 2 and re.search(r"by (march|september) 20\d\d", t[1])]
    today = [t for t in tiles if len(t) == 2 and re.search(r"in 20\d\d/\d\d$", t[1])]
    if len(tiles) != 4 or len(dated) != 3 or len(today) != 1:
        errors.append(f"tiles: {tiles}")
    elif any(today[0][1] in v["match"] for v in gold["visions"]) or not any(
        today[0][1] in x for x in gold["not_visions"]
    ):
        errors.append("tiles: the tile of today is a vision or not among the not-visions")
    for t in dated:
        if not any(
            any(m in t[1] for m in [v["match"], *v.get("alternatives", [])])
            and tn in v.get("also_slides", [])
            for v in gold["visions"]
        ):
            errors.append(f"tiles: {t[1]!r} restates no vision citing slide {tn}")
    # the one-page summary after the goals: every line restates a vision said first elsewhere
    sn = next((k for k, t in titles.items() if t == "the plan on one page"), 0)
    restated = [v for v in gold["visions"] if sn in v.get("also_slides", [])]
    if len(restated) < 6 or any(v["slide"] >= sn for v in restated):
        errors.append(f"summary page: {len(restated)} visions restated, or one first said there")
    # context beside goals on the pillar slides: the context lines are not-visions
    for k in LAYOUT_OF["Comparison"]:
        said = [v for v in gold["visions"] if v["slide"] == k or k in v.get("also_slides", [])]
        ctx = [x for x in gold["not_visions"] if any(x in line for line in pages[k])]
        if len(said) < 2 or len(ctx) < 2:
            errors.append(f"slide {k}: {len(said)} goals and {len(ctx)} context not-visions")
    return errors


def clock_form(
    pages: dict[int, list[str]], titles: dict[int, str], gold: dict[str, Any]
) -> list[str]:
    errors: list[str] = []
    every = [x for lines in pages.values() for x in lines]
    cn = next((k for k, t in titles.items() if t == "how the three years run"), 0)
    rn = next((k for k, t in titles.items() if t == "three years, three steps"), 0)
    clock = pages.get(cn, [])
    if not any("a three-year, £9.8m programme from april 2027" in x for x in clock):
        errors.append("clock: the length is not said with its cost")
    for n, (start, end) in enumerate([("2027", "2028"), ("2028", "2029"), ("2029", "2030")], 1):
        line = f"year {n} runs april {start} to march {end}"
        if line not in clock:
            errors.append(f"clock: {line!r} not on slide {cn}")
        if any(f"year {n}:" in x for x in clock):
            errors.append(f"clock: year {n}'s name on the slide that dates it")
    named = [x for x in pages.get(rn, []) if re.fullmatch(r"year \d: \w+", x)]
    if named != ["year 1: connect", "year 2: consolidate", "year 3: transform"]:
        errors.append(f"clock: phase names {named} on slide {rn}")
    if any(re.search(r"\b20\d\d\b", x) for x in pages.get(rn, []) if "kelderdale" not in x):
        errors.append("clock: a date on the roadmap that names the years")
    if not any("runs 12 weeks" in x for x in clock) or not any("runs to 2034" in x for x in clock):
        errors.append("clock: the pilot's or the contract's own length is not on the clock slide")
    if gold["horizon_months"] != 36:
        errors.append("clock: three NHS financial years from April 2027 are 36 months")
    got = [(ph["match"][0], ph["start_month"], ph["end_month"]) for ph in gold["phases"]]
    if got != [
        ("year 1: connect", 0, 12),
        ("year 2: consolidate", 12, 24),
        ("year 3: transform", 24, 36),
    ]:
        errors.append(f"clock: phases {got}")
    for x in ["runs to 2034", "runs 12 weeks", "£9.8m over three years"]:
        if not any(x in nv for nv in gold["not_visions"]) or not any(x in line for line in every):
            errors.append(f"clock: {x!r} not a not-vision in the deck")
    return errors


def gold_form(
    case: Path, pages: dict[int, list[str]], titles: dict[int, str], gold: dict[str, Any]
) -> list[str]:  # noqa: C901
    errors: list[str] = []
    pilot = gold["pilot"]
    full = [
        n
        for n, lines in pages.items()
        if any("practices of lowbeck valley pcn" in x for x in lines)
    ]
    if full != [pilot["slide"]]:
        errors.append(f"pilot: named in full on slides {full}")
    early = [n for n, ls in pages.items() if n < pilot["slide"] and any("lowbeck" in x for x in ls)]
    if early:
        errors.append(f"pilot: Lowbeck Valley named before the pilot slide, on {early}")
    if len(pilot["also_slides"]) < 2 or any(
        any("lowbeck valley pcn" in x for x in pages[n]) for n in pilot["also_slides"]
    ):
        errors.append("pilot: later slides should name the place alone")
    scope = [n for n, lines in pages.items() if "not in scope" in lines]
    if len(scope) != 1 or len(pages[scope[0]]) < 10:
        errors.append("scope: no 'not in scope' list beside the samples we plan around")
    segments = gold["scenario_segments"]
    if not 2 <= len(segments) <= 4 or not scope:
        errors.append(f"scenarios: {len(segments)} segments")
    else:
        for seg in segments:
            if not any(alt in x for alt in seg for x in pages[scope[0]]):
                errors.append(f"scenarios: {seg} not on slide {scope[0]}")
    actions = gold["deck_actions"]
    if not 15 <= len(actions) <= 25:
        errors.append(f"{len(actions)} deck actions (15 to 25)")
    forms = {ACTION_FORMS.get(a["slide"], "other") for a in actions} - {"other"}
    if len(forms) < 5:
        errors.append(f"deck actions in {len(forms)} forms: {sorted(forms)}")
    metaphor = [a for a in actions if titles.get(a["slide"]) in METAPHOR_TITLES]
    if len(metaphor) < 3:
        errors.append(f"{len(metaphor)} deck actions on slides with headline titles")
    for title in METAPHOR_TITLES:
        if title not in titles.values():
            errors.append(f"no slide titled {title!r}")
    posts = gold["roster"]
    owners = gold["remit_owners"]
    if len(owners) < 15:
        errors.append(f"{len(owners)} remit owners (15 or more)")
    pairs = namesakes_told_apart(posts, gold, GRADE)
    if len(pairs) < 2:
        errors.append(f"near-namesakes told apart by remit: {pairs}")
    bracket = [x for lines in pages.values() for x in lines if "(poct lead)" in x]
    if len(bracket) != 1 or "POCT Lead" in posts or "Point of Care Testing Manager" not in posts:
        errors.append("no bracketed owner the roster spells otherwise ((POCT Lead))")
    elif not any(
        any(t in bracket[0] for t in e["task"]) and e["owners"] == ["Point of Care Testing Manager"]
        for e in owners
    ):
        errors.append("the (POCT Lead) line has no remit entry owned by the POCT Manager")
    traps = {
        "train reception and clinical staff": "Pathology Training and Education Lead",
        "validate each consultant": "Pathology Training and Education Lead",
        "migrate cumulative results": "LIMS Programme Manager",
        "arrival at hub reception": "Pathology Logistics Manager",
        "register of poct devices": "Head of Pathology Quality",
        "verify every analyser method": "Blood Sciences Manager",
    }
    for task, wrong in traps.items():
        hit = [e for e in owners if any(t in task or task in t for t in e["task"])]
        if not hit or any(wrong in e["owners"] for e in hit):
            errors.append(f"keyword trap {task!r}: entries {hit}")
    gaps = gold["gaps"]
    if not 6 <= len(gaps) <= 10:
        errors.append(f"{len(gaps)} gaps (6 to 10)")
    per_file = sentences_by_file(case / "org", sentences)
    files = {f for f, ss in per_file.items() for gap in gaps for alt in gap for s in ss if alt in s}
    if len(files) < 3 or len({Path(f).suffix for f in files}) < 3:
        errors.append(f"gaps stated in {sorted(files)} (three files or more, three forms)")
    if len(gold["false_gaps"]) < 2:
        errors.append("fewer than two false-gap groups")
    if not 5 <= len(gold["forbidden_terms"]) <= 10:
        errors.append(f"{len(gold['forbidden_terms'])} forbidden terms (5 to 10)")
    vague = [v for v in gold["visions"] if v["vague"]]
    if len(vague) < 2 or len(vague) * 2 >= len(gold["visions"]):
        errors.append(f"{len(vague)} vague of {len(gold['visions'])} visions")
    if gold["domain"] != "healthcare" or gold["split"] != "dev32":
        errors.append("domain or split")
    return errors


def extra(case: Path) -> list[str]:
    gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
    deck_text = [x for lines in deck_lines(case / gold["deck"]).values() for x in lines]
    blocks = _checks.gap_block_errors(gold, sentences(case / "org"), deck_text)
    return roster_form(case / "org", gold) + deck_form(case, gold) + blocks


CASE = Case(
    name=NAME,
    builder="build_pathology_network.py",
    roster=roster,
    org_sentences=sentences,
    core=frozenset({"core"}),
    consult=frozenset({"consult"}),
    extra=extra,
    folder=HERE,
    split="dev32",
)


def print_org() -> None:
    org = HERE / NAME / "org"
    print(f"##### {NAME}: roster rows ({ROSTER})")
    for row in roster_rows(org):
        print("  " + " | ".join(row))
    print("##### org sentences")
    for s in sentences(org):
        print(f"  | {s}")


if __name__ == "__main__":
    if "--org" in sys.argv and "--dump" not in sys.argv:
        print_org()
        sys.exit(0)
    sys.exit(_checks.run(CASE))
