"""Consistency checks of the blind11 case ``kestle-credit-union`` against its deck and org folder.

Run from the repository root with the venv the builder needs (reportlab is not in the project's
lock; see ``build_kestle_credit_union.py``), since the rebuild check runs the builder with the
interpreter that runs this file:

    /tmp/rl/bin/python evals/blind11/check_kestle_credit_union.py
    (``--dump`` prints the deck lines the gold was read from and the roster; ``--org`` adds the
    org sentences)

The checks are those of ``evals/dev15/_checks.py`` (adapted from ``evals/dev13/check_gold.py``),
imported, not copied, and pointed at this folder (``evals/blind11``, split "blind11") with
``build_kestle_credit_union.py`` as the builder, "core" the core tier and "consult" the consult
tier. Deck lines are dev13's: pypdf's text of each PDF page, one line per line, normalised.

What is this case's own:

- the roster, read from the mermaid org chart in ``org/people/who-does-what.md``: every node
  defined as ``ID["label"]`` inside the ```mermaid block is a role, the role being the label's
  text before the first ``<br/>``; a node named in a ``class ... consult`` line is tier
  "consult", every other node "core"; ``subgraph`` titles are not roles;
- checks of the roster's form: a ``flowchart TD`` chart, a ``classDef consult``, 16 to 20
  roles, each with a "Remit:" after its ``<br/>``, no role equal to a subgraph title, exactly
  two consult nodes, the "Consult only" list under the chart naming exactly the consult
  nodes' roles, every edge between known nodes;
- checks of the deck's form: 16 pages of 28 x 15.75 cm, Creator "Impress", the title
  "Closer to Members" in the metadata, each page's number drawn as its own line, no text
  object holding two lines (every pypdf line is one text object's string), bullet glyphs on
  lines of their own, the KPI and risk tables drawn as rectangles (at least one rectangle a
  cell; at least 20 on each table page), quarter labels Q3 2028 to Q2 2031 on the roadmap page;
- checks that every deck action, vision and pilot match lies inside one text run (one line
  as pypdf reads it, which here is one text object), already done by the shared checks.

It never runs the planner.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from pypdf import PdfReader

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals.dev13.check_gold import deck_lines, normalize  # noqa: E402
from evals.dev15._checks import Case, org_sentences, run  # noqa: E402

HERE = Path(__file__).resolve().parent
NAME = "kestle-credit-union"
DECK = "closer-to-members-board-2028-06.pdf"
ROSTER = Path("people") / "who-does-what.md"
PAGES = 16
SIZE = (793.70, 446.46)
ROADMAP_PAGE = 11
QUARTERS = [f"q{q} {y}" for y in (2028, 2029, 2030, 2031) for q in (1, 2, 3, 4)][2:14]

NODE = re.compile(r'^\s*([A-Za-z][A-Za-z0-9_]*)\["(.*?)"\]\s*$')
SUBGRAPH = re.compile(r'^\s*subgraph\s+([A-Za-z][A-Za-z0-9_]*)\["(.*?)"\]\s*$')
EDGE = re.compile(r"^\s*([A-Za-z][A-Za-z0-9_]*)\s*(-->|-\.-)\s*([A-Za-z][A-Za-z0-9_]*)\s*$")
CLASS = re.compile(r"^\s*class\s+([A-Za-z0-9_,]+)\s+(\w+)\s*$")


# =========================================================================== the mermaid reader


def _mermaid_block(text: str) -> list[str]:
    m = re.search(r"```mermaid\n(.*?)\n```", text, re.S)
    return m.group(1).split("\n") if m else []


def chart(org: Path) -> tuple[list[tuple[str, str, str]], list[str], list[tuple[str, str]], dict]:
    """Nodes (id, role, remit), subgraph titles, edges and classes of the mermaid chart."""
    path = org / ROSTER
    if not path.is_file():
        return [], [], [], {}
    nodes, subgraphs, edges = [], [], []
    classes: dict[str, set[str]] = {}
    for line in _mermaid_block(path.read_text(encoding="utf-8")):
        if m := SUBGRAPH.match(line):
            subgraphs.append(m.group(2))
        elif m := NODE.match(line):
            role, _, remit = m.group(2).partition("<br/>")
            nodes.append((m.group(1), role.strip(), remit.strip()))
        elif m := EDGE.match(line):
            edges.append((m.group(1), m.group(3)))
        elif m := CLASS.match(line):
            classes.setdefault(m.group(2), set()).update(m.group(1).split(","))
    return nodes, subgraphs, edges, classes


def roster(org: Path) -> list[tuple[str, str]]:
    """(role, tier) of every node of the chart, in file order."""
    nodes, _, _, classes = chart(org)
    consult = classes.get("consult", set())
    return [(role, "consult" if nid in consult else "core") for nid, role, _ in nodes]


def roster_form(org: Path) -> list[str]:
    errors: list[str] = []
    text = (org / ROSTER).read_text(encoding="utf-8")
    block = _mermaid_block(text)
    if not block or block[0].strip() != "flowchart TD":
        errors.append("roster: no mermaid 'flowchart TD' block")
    if not any(line.strip().startswith("classDef consult ") for line in block):
        errors.append("roster: no classDef consult")
    nodes, subgraphs, edges, classes = chart(org)
    roles = [r for _, r, _ in nodes]
    if not 16 <= len(roles) <= 20:
        errors.append(f"roster: {len(roles)} roles (16 to 20)")
    if len(set(roles)) != len(roles):
        errors.append("roster: a role appears twice")
    for nid, _role, remit in nodes:
        if not remit.startswith("Remit: "):
            errors.append(f"roster: {nid} has no remit")
    if set(roles) & set(subgraphs):
        errors.append(f"roster: a subgraph title is a role: {set(roles) & set(subgraphs)}")
    ids = {nid for nid, _, _ in nodes}
    consult = classes.get("consult", set())
    if len(consult) != 2 or not consult <= ids:
        errors.append(f"roster: consult nodes are {sorted(consult)}")
    for a, b in edges:
        if a not in ids or b not in ids:
            errors.append(f"roster: an edge to an unknown node: {a} - {b}")
    listed = re.search(r"\nConsult only[^\n]*\n\n((?:- [^\n]+\n)+)", text)
    names = [x[2:].strip() for x in listed.group(1).splitlines()] if listed else []
    want = [r for nid, r, _ in nodes if nid in consult]
    if names != want:
        errors.append(f"roster: the Consult only list {names} is not the consult nodes {want}")
    return errors


# =========================================================================== the deck's form


def deck_form(case: Path) -> list[str]:
    errors: list[str] = []
    deck = case / DECK
    reader = PdfReader(str(deck))
    if len(reader.pages) != PAGES:
        errors.append(f"{len(reader.pages)} pages, {PAGES} expected")
    meta: dict[str, object] = dict(reader.metadata or {})
    if meta.get("/Creator") != "Impress" or not str(meta.get("/Producer", "")).startswith(
        "LibreOffice"
    ):
        errors.append(f"creator/producer are {meta.get('/Creator')!r}/{meta.get('/Producer')!r}")
    if meta.get("/Title") != "Closer to Members":
        errors.append(f"metadata title is {meta.get('/Title')!r}")
    pages = deck_lines(deck)
    for n, page in enumerate(reader.pages, start=1):
        w, h = float(page.mediabox.width), float(page.mediabox.height)
        if abs(w - SIZE[0]) > 0.05 or abs(h - SIZE[1]) > 0.05:
            errors.append(f"page {n} is {w} x {h}, not 28 x 15.75 cm")
        data = page.get_contents().get_data()
        objects = re.findall(rb"BT(.*?)ET", data, re.S)
        if any(len(re.findall(rb"T[jJ]\b", o)) != 1 for o in objects):
            errors.append(f"page {n}: a text object with more or fewer than one string")
        if str(n) not in pages[n]:
            errors.append(f"page {n}: no line holding only its number")
        if n in (10, 13) and len(re.findall(rb" re\b", data)) < 20:
            errors.append(f"page {n}: the table is not drawn as rectangles, one a cell")
    for n in (3, 4, 6, 7, 8, 9, 15):
        if "●" not in pages[n]:
            errors.append(f"page {n}: no bullet glyph on a line of its own")
    if [x for x in pages[ROADMAP_PAGE] if re.fullmatch(r"q[1-4] 20\d\d", x)] != QUARTERS:
        errors.append("the roadmap's quarter labels are not Q3 2028 to Q2 2031")
    return errors


def sentences(org: Path) -> list[str]:
    return org_sentences(org)


def gold_form(case: Path) -> list[str]:
    """The pilot's and phases' words as the deck writes them (lower case, normalised)."""
    import json

    errors: list[str] = []
    gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
    for key in ("deck_title", "organization"):
        if normalize(gold[key]) != gold[key].lower():
            errors.append(f"{key} is not in normal form: {gold[key]!r}")
    return errors


CASE = Case(
    name=NAME,
    builder="build_kestle_credit_union.py",
    roster=roster,
    org_sentences=sentences,
    core=frozenset({"core"}),
    consult=frozenset({"consult"}),
    extra=lambda case: roster_form(case / "org") + deck_form(case) + gold_form(case),
    folder=HERE,
    split="blind11",
)

if __name__ == "__main__":
    sys.exit(run(CASE))
