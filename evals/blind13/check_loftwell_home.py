"""Consistency checks of the blind13 case ``loftwell-home`` against its deck and org folder.

Run from the repository root with the venv the builder needs (reportlab is not in the project's
lock; see ``build_loftwell_home.py``), since the rebuild check runs the builder with the
interpreter that runs this file:

    /tmp/rl/bin/python evals/blind13/check_loftwell_home.py
    (``--dump`` prints the deck lines the gold was read from, slide by slide, and the roster;
    ``--org`` prints the org sentences and the roster rows; both may be given)

The checks are those of ``evals/dev15/_checks.py`` (adapted from ``evals/dev13/check_gold.py``),
imported, not copied, and pointed at this folder (``evals/blind13``, split "blind13") with
``build_loftwell_home.py`` as the builder, "core" the core tier and "consult" the consult tier.
Deck lines are dev13's: pypdf's text of each PDF page, one line per line, normalised; the gold's
"slide" is the PDF page. The gold also carries ``gap_blocks`` (a field of the deck-grounded
format that dev13's field list predates), so the shared field check is pointed at dev13's
fields plus ``gap_blocks``.

What is this case's own:

- the roster, read with the standard library from the Graphviz DOT org chart
  ``org/people/org-chart.dot``: every node statement ``id [label="Role\\nRemit: ...\\nTeam:
  ..."]`` (the label's parts split at the escaped newline ``\\n``) or ``id [label=<Role<BR/>Remit:
  ...<BR/>Team: ...>]`` (an HTML-like label, split at ``<BR/>``, entities undone), in file
  order, lines commented out with ``//`` skipped; a node inside ``subgraph cluster_consult``
  is consult tier, every other node core;
- org sentences: ``_checks.org_sentences`` (Markdown and the TSV KPI dictionary) plus, for the
  DOT file, one part per node: "Role. Remit: ... . Team: ..."; the SVG rendering is not read
  for sentences (it repeats the DOT labels, which the checks below compare);
- ``gap_blocks``: every entry's gap words inside an org sentence that states one of the gold's
  gaps; every ``blocks`` and ``not_blocks`` alternative on some deck line; no task both blocked
  and not blocked by one gap;
- forbidden terms: 5 to 10 of them, and none in any org file's raw text (the DOT comments and
  the SVG included), besides the shared check of deck lines and org sentences;
- checks of the roster's form: comments first, then ``digraph org {``, ``rankdir=TB;``, the node
  default ``node [shape=box, style=rounded...]``; 18 to 22 nodes, unique roles, every label with
  a Remit and a Team part, exactly one HTML-like label with ``<BR/>`` and the rest quoted with
  ``\\n``; ``subgraph cluster_consult`` labelled "Consulted, never owners" holding exactly the
  gold's two consult-only roles; exactly one node statement commented out with ``//`` (its role
  on no roster); reporting edges ``a -> b`` between defined nodes, at least 15 of them; the SVG
  beside it: well-formed, one ``class="node"`` group per DOT node, titled with its id, whose
  text lines give back the same role, remit and team; no group for the commented-out node;
- checks of the deck's form, as PowerPoint for Microsoft 365 on Windows saves a deck as PDF:
  ``%PDF-1.7``; Creator and Producer "Microsoft® PowerPoint® for Microsoft 365"; 14 to 22 pages,
  each 960 x 540 pt; TAGGED: ``/MarkInfo`` marked, a ``/StructTreeRoot`` whose ``/ParentTree``
  gives every page (by its ``/StructParents``, ``/Tabs /S``) one entry per MCID used in its
  content, a ``/Lang``; a title (26 pt) at the same place on every page from 2; bullet glyphs as
  one-glyph text objects in the base-14 Symbol font, read as lines "•" of their own; every
  page's last three lines the footer text, "internal" and the page number; the KPI table's
  header cells Measure / FY27 baseline / Target / By when, with every KPI vision's match on
  that page; a page of six KPI tiles (big number, label, "from ... in fy27"); the roadmap's
  table-gantt: FY29 to FY31 over twelve quarter cells Q1 to Q4, three "◆" gates G1 to G3 in Q3
  cells, "No changes" in the three Q4 cells, the footnote defining FY28 as Feb 2027-Jan 2028,
  every phase match on that page; the risks table's header Risk / Likelihood / Impact /
  Mitigation.

It never runs the planner.
"""

from __future__ import annotations

import html
import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals.dev13.check_gold import FIELDS, deck_lines, normalize  # noqa: E402
from evals.dev15 import _checks  # noqa: E402
from evals.dev15._checks import Case, org_sentences, run  # noqa: E402

HERE = Path(__file__).resolve().parent
NAME = "loftwell-home"
DECK = "Loftwell_Growth_Plan_FY29-31_Board_v7.pdf"
DOT = Path("people") / "org-chart.dot"
SVG = Path("people") / "org-chart.svg"
PRODUCER = "Microsoft® PowerPoint® for Microsoft 365"
SIZE = (960.0, 540.0)
TITLE_AT = (40.0, 474.0)

# the gold format of this set: dev13's fields and gap_blocks
_checks.FIELDS = FIELDS | {"gap_blocks"}  # type: ignore[attr-defined]

NODE = re.compile(r'^\s*([A-Za-z_]\w*)\s*\[label=(?:"((?:[^"\\]|\\.)*)"|<(.*)>)\];\s*$')
EDGE = re.compile(r"^\s*([A-Za-z_]\w*)\s*->\s*([A-Za-z_]\w*)\s*(\[[^\]]*\])?;\s*$")


# =========================================================================== the DOT reader


def dot_nodes(org: Path) -> list[tuple[str, list[str], bool, bool]]:
    """(node id, label parts, in the consult cluster, written as an HTML-like label) of every
    node statement, in file order; commented-out lines are skipped."""
    path = org / DOT
    if not path.is_file():
        return []
    out = []
    depth_consult: int | None = None
    depth = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        s = line.strip()
        if s.startswith("//"):
            continue
        if s.startswith("subgraph cluster_consult"):
            depth_consult = depth
        depth += s.count("{") - s.count("}")
        if depth_consult is not None and depth <= depth_consult:
            depth_consult = None
        m = NODE.match(line)
        if not m:
            continue
        if m.group(2) is not None:
            parts = [p.replace('\\"', '"') for p in m.group(2).split("\\n")]
            is_html = False
        else:
            parts = [html.unescape(p) for p in m.group(3).split("<BR/>")]
            is_html = True
        out.append((m.group(1), [p.strip() for p in parts], depth_consult is not None, is_html))
    return out


def roster(org: Path) -> list[tuple[str, str]]:
    """(role, tier) of every node of the chart, in file order."""
    return [(parts[0], "consult" if consult else "core") for _, parts, consult, _ in dot_nodes(org)]


def _dot_parts(path: Path) -> list[str]:
    return [". ".join(parts) for _, parts, _, _ in dot_nodes(path.parent.parent)]


def sentences(org: Path) -> list[str]:
    """The shared org sentences, plus one part per DOT node ("Role. Remit: ... . Team: ...")."""
    return org_sentences(org, {".dot": _dot_parts})


def roster_form(org: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    text = (org / DOT).read_text(encoding="utf-8")
    lines = text.splitlines()
    code = [x.strip() for x in lines if x.strip() and not x.strip().startswith("//")]
    if not lines[0].startswith("//"):
        errors.append("roster: the DOT file does not open with comments")
    if code[:2] != ["digraph org {", "rankdir=TB;"] or not code[2].startswith(
        "node [shape=box, style=rounded"
    ):
        errors.append(f"roster: the graph opens with {code[:3]}")
    nodes = dot_nodes(org)
    ids = [n for n, _, _, _ in nodes]
    roles = [parts[0] for _, parts, _, _ in nodes]
    if not 18 <= len(nodes) <= 22:
        errors.append(f"roster: {len(nodes)} roles (18 to 22)")
    if len(set(roles)) != len(roles) or len(set(ids)) != len(ids):
        errors.append("roster: a role or a node id appears twice")
    for nid, parts, _, _ in nodes:
        if (
            len(parts) != 3
            or not parts[1].startswith("Remit: ")
            or not parts[2].startswith("Team: ")
        ):
            errors.append(f"roster: node {nid} is not Role / Remit / Team: {parts}")
    htmls = [nid for nid, _, _, h in nodes if h]
    if len(htmls) != 1:
        errors.append(f"roster: HTML-like labels on {htmls} (exactly one expected)")
    else:
        raw = next(x for x in lines if x.strip().startswith(f"{htmls[0]} [label=<"))
        if "<BR/>" not in raw or "\\n" in raw:
            errors.append("roster: the HTML-like label does not break with <BR/>")
    quoted = [x for x in code if NODE.match(x) and '[label="' in x]
    if len(quoted) != len(nodes) - 1 or any("\\n" not in x for x in quoted):
        errors.append("roster: the quoted labels do not all break with an escaped \\n")
    if 'label="Consulted, never owners";' not in code:
        errors.append("roster: the consult cluster is not labelled 'Consulted, never owners'")
    consult = sorted(parts[0] for _, parts, c, _ in nodes if c)
    if consult != sorted(gold["consult_only_roles"]) or len(consult) != 2:
        errors.append(f"roster: the consult cluster holds {consult}")
    commented = [x for x in lines if x.strip().startswith("//") and NODE.match(x.strip()[2:])]
    if len(commented) != 1:
        errors.append(f"roster: {len(commented)} commented-out node statements (one expected)")
    else:
        m = NODE.match(commented[0].strip()[2:])
        assert m is not None
        gone = (m.group(2) or m.group(3) or "").split("\\n")[0]
        if gone in roles or gone in gold["roster"] or m.group(1) in ids:
            errors.append(f"roster: the commented-out node {gone!r} is on the roster")
    edges = [EDGE.match(x) for x in code]
    pairs = [(m.group(1), m.group(2), m.group(3) or "") for m in edges if m]
    reporting = [(a, b) for a, b, attr in pairs if "dashed" not in attr]
    if len(reporting) < 15:
        errors.append(f"roster: {len(reporting)} reporting edges (15 or more)")
    for a, b, _ in pairs:
        if a not in ids or b not in ids:
            errors.append(f"roster: edge {a} -> {b} names an undefined node")
    errors += svg_form(org, nodes)
    return errors


def svg_form(org: Path, nodes: list[tuple[str, list[str], bool, bool]]) -> list[str]:
    errors: list[str] = []
    ns = "{http://www.w3.org/2000/svg}"
    try:
        root = ET.parse(org / SVG).getroot()
    except ET.ParseError as e:
        return [f"svg: not well-formed: {e}"]
    found: dict[str, list[str]] = {}
    for g in root.iter(f"{ns}g"):
        if g.get("class") != "node":
            continue
        title = g.find(f"{ns}title")
        if title is None or not title.text:
            errors.append("svg: a node group without a title")
            continue
        texts = [(t.get("class"), t.text or "") for t in g.iter(f"{ns}text")]
        role = " ".join(s for c, s in texts if c == "role")
        remit = " ".join(s for c, s in texts if c == "remit")
        team = " ".join(s for c, s in texts if c == "team")
        found[title.text] = [role, remit, team]
        if not g.findall(f"{ns}rect"):
            errors.append(f"svg: node {title.text} has no box")
    want = {nid: parts for nid, parts, _, _ in nodes}
    if set(found) != set(want):
        errors.append(f"svg: nodes differ from the DOT file: {sorted(set(found) ^ set(want))}")
    for nid, parts in want.items():
        if nid in found and found[nid] != parts:
            errors.append(f"svg: node {nid} reads {found[nid]}, the DOT label {parts}")
    return errors


# =========================================================================== gap_blocks, terms


def gold_extra(case: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    org = case / "org"
    sents = sentences(org)
    gap_sents = {s for gap in gold["gaps"] for alt in gap for s in sents if alt in s}
    pages = deck_lines(case / gold["deck"])
    every_line = [x for lines in pages.values() for x in lines]
    entries = gold["gap_blocks"]
    if not entries:
        errors.append("gap_blocks is empty")
    for e in entries:
        if set(e) != {"gap", "blocks", "not_blocks"}:
            errors.append(f"gap_blocks entry with keys {sorted(e)}")
            continue
        for alt in e["gap"]:
            if not any(alt in s for s in gap_sents):
                errors.append(f"gap_blocks gap not in a gap sentence: {alt!r}")
        for key in ("blocks", "not_blocks"):
            for item in e[key]:
                for alt in item:
                    if not any(alt in x for x in every_line):
                        errors.append(f"gap_blocks {key} not on a deck line: {alt!r}")
        blocked = {a for item in e["blocks"] for a in item}
        free = {a for item in e["not_blocks"] for a in item}
        if blocked & free:
            errors.append(f"gap_blocks: a task both blocked and not: {sorted(blocked & free)}")
    terms = gold["forbidden_terms"]
    if not 5 <= len(terms) <= 10:
        errors.append(f"{len(terms)} forbidden terms (5 to 10)")
    raw = "\n".join(
        normalize(p.read_text(encoding="utf-8")) for p in sorted(org.rglob("*")) if p.is_file()
    )
    for term in terms:
        if term in raw:
            errors.append(f"forbidden term in an org file's raw text: {term!r}")
    return errors


# =========================================================================== the deck's form

BT = re.compile(rb"BT\s(.*?)\sET", re.S)
TM = re.compile(rb"1 0 0 1 ([\d.]+) ([\d.]+) Tm")
TF = re.compile(rb"/(\S+) ([\d.]+) Tf")
MCID = re.compile(rb"<</MCID (\d+)>> BDC")


def _fonts(page: Any) -> dict[bytes, str]:
    res = page["/Resources"].get_object()
    fonts = res.get("/Font", DictionaryObject()).get_object()
    return {
        str(k)[1:].encode(): str(v.get_object().get("/BaseFont", "")).split("+")[-1].lstrip("/")
        for k, v in fonts.items()
    }


def deck_form(case: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    path = case / DECK
    data = path.read_bytes()
    if not data.startswith(b"%PDF-1.7"):
        errors.append(f"the PDF header is {data[:8]!r}")
    reader = PdfReader(str(path))
    meta: dict[str, Any] = dict(reader.metadata or {})
    if meta.get("/Creator") != PRODUCER or meta.get("/Producer") != PRODUCER:
        errors.append(f"creator/producer are {meta.get('/Creator')!r}/{meta.get('/Producer')!r}")
    n_pages = len(reader.pages)
    if not 14 <= n_pages <= 22:
        errors.append(f"{n_pages} pages (14 to 22)")
    root: Any = reader.trailer["/Root"].get_object()
    mark = root.get("/MarkInfo")
    if mark is None or not mark.get_object().get("/Marked"):
        errors.append("the PDF is not marked as tagged (/MarkInfo)")
    if not str(root.get("/Lang", "")).startswith("en"):
        errors.append("no /Lang on the catalog")
    tree = root.get("/StructTreeRoot")
    parent_tree: dict[int, int] = {}
    if tree is None:
        errors.append("no /StructTreeRoot")
    else:
        nums = tree.get_object()["/ParentTree"].get_object()["/Nums"]
        for k in range(0, len(nums), 2):
            arr = nums[k + 1].get_object()
            parent_tree[int(nums[k])] = len(arr) if isinstance(arr, ArrayObject) else -1
    pages = deck_lines(path)
    symbol_bullets = 0
    for n, page in enumerate(reader.pages, start=1):
        w, h = float(page.mediabox.width), float(page.mediabox.height)
        if (round(w, 2), round(h, 2)) != SIZE:
            errors.append(f"page {n} is {w} x {h}, not 960 x 540")
        contents = page.get_contents()
        stream = contents.get_data() if contents is not None else b""
        mcids = [int(x) for x in MCID.findall(stream)]
        key = page.get("/StructParents")
        if key is None or page.get("/Tabs") != "/S":
            errors.append(f"page {n}: no /StructParents or /Tabs /S")
        elif parent_tree.get(int(key)) != len(mcids) or sorted(mcids) != list(range(len(mcids))):
            errors.append(f"page {n}: {len(mcids)} MCIDs, parent tree {parent_tree.get(key)}")
        fonts = _fonts(page)
        title_here = False
        for body in BT.findall(stream):
            tm, tf = TM.search(body), TF.search(body)
            if not tm or not tf:
                continue
            font, size = fonts.get(tf.group(1), ""), float(tf.group(2))
            if font == "Symbol":
                if re.search(rb"\((\\267|\xb7)\) Tj", body):
                    symbol_bullets += 1
                else:
                    errors.append(f"page {n}: a Symbol text object that is not one bullet")
            at = (float(tm.group(1)), float(tm.group(2)))
            if size == 26 and at == TITLE_AT:
                title_here = True
        if n > 1 and not title_here:
            errors.append(f"page {n}: no 26 pt title at {TITLE_AT}")
        lines = pages.get(n, [])
        if lines[-3:-2] != [normalize(FOOTER)] or lines[-2:] != ["internal", str(n)]:
            errors.append(f"page {n}: the footer lines are {lines[-3:]}")
    bullet_lines = sum(1 for lines in pages.values() for x in lines if x == "•")
    if symbol_bullets < 40 or bullet_lines != symbol_bullets:
        errors.append(f"{symbol_bullets} Symbol bullets, {bullet_lines} bullet lines read")

    def page_with(*heads: str) -> int | None:
        for n, lines in pages.items():
            for i in range(len(lines) - len(heads) + 1):
                if tuple(lines[i : i + len(heads)]) == heads:
                    return n
        return None

    kpi_page = page_with("measure", "fy27 baseline", "target", "by when")
    if kpi_page is None:
        errors.append("no KPI table with Measure / FY27 baseline / Target / By when")
    else:
        for v in gold["visions"]:
            if any(k in v["match"] for k in gold["kpis"]) and v["slide"] != kpi_page:
                errors.append(f"KPI vision {v['match']!r} not cited on the KPI table page")
    tile_pages = [
        n
        for n, lines in pages.items()
        if sum(1 for x in lines if re.fullmatch(r"from .+ in fy27", x)) == 6
    ]
    if len(tile_pages) != 1:
        errors.append(f"KPI tile pages: {tile_pages}")
    else:
        lines = pages[tile_pages[0]]
        number = re.compile(r"[£+]?[\d.,]+[%m]?")
        for i, x in enumerate(lines):
            if re.fullmatch(r"from .+ in fy27", x):
                above = lines[max(0, i - 3) : i]
                if not any(number.fullmatch(a) for a in above):
                    errors.append(f"KPI tile without a big number above its label: {above}")
    road = page_with("fy29", "fy30", "fy31")
    if road is None:
        errors.append("no roadmap with FY29, FY30, FY31")
    else:
        lines = pages[road]
        quarters = [x for x in lines if re.fullmatch(r"q[1-4]", x)]
        if quarters != ["q1", "q2", "q3", "q4"] * 3:
            errors.append(f"roadmap quarter cells are {quarters}")
        gates = [lines[i + 1] for i, x in enumerate(lines) if x == "◆"]
        if gates != ["g1", "g2", "g3"]:
            errors.append(f"roadmap gates are {gates}")
        if lines.count("no changes") != 3:
            errors.append("roadmap: 'No changes' is not in the three Q4 cells")
        if not any("fy28 = feb 2027-jan 2028" in x for x in lines):
            errors.append("roadmap: no footnote defining FY28")
        for ph in gold["phases"]:
            if not any(m in x for m in ph["match"] for x in lines):
                errors.append(f"phase not on the roadmap: {ph['match']}")
    if page_with("risk", "likelihood", "impact", "mitigation") is None:
        errors.append("no risks table with Risk / Likelihood / Impact / Mitigation")
    return errors


FOOTER = "Loftwell Home · Made to Stay · Board strategy day, 28 September 2027"


def extra(case: Path) -> list[str]:
    gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
    return roster_form(case / "org", gold) + gold_extra(case, gold) + deck_form(case, gold)


CASE = Case(
    name=NAME,
    builder="build_loftwell_home.py",
    roster=roster,
    org_sentences=sentences,
    core=frozenset({"core"}),
    consult=frozenset({"consult"}),
    extra=extra,
    folder=HERE,
    split="blind13",
)


def dump() -> None:
    """``--dump``: the deck lines, slide by slide, and the roster; ``--org``: the org sentences
    and the roster rows (role, tier, remit)."""
    case = HERE / NAME
    if "--dump" in sys.argv:
        print(f"##### {NAME}: {DECK}")
        for n, lines in deck_lines(case / DECK).items():
            print(f"=== {n}")
            for line in lines:
                print(f"  {line}")
        print(f"--- roster: {roster(case / 'org')}")
    if "--org" in sys.argv:
        for s in sentences(case / "org"):
            print(f"  | {s}")
        for _, parts, consult, _ in dot_nodes(case / "org"):
            tier = "consult" if consult else "core"
            print(f"  roster | {parts[0]} | {tier} | {parts[1]} | {parts[2]}")


if __name__ == "__main__":
    if "--dump" in sys.argv or "--org" in sys.argv:
        dump()
        sys.exit(0)
    sys.exit(run(CASE))
