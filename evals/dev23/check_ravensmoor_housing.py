"""Consistency checks of the dev23 case ``ravensmoor-housing`` against its deck and org folder.

Run from the repository root with the venv the builder needs (reportlab is not in the project's
lock; see ``build_ravensmoor_housing.py``), since the rebuild check runs the builder with the
interpreter that runs this file:

    /tmp/rl/bin/python evals/dev23/check_ravensmoor_housing.py
    (``--dump`` prints the deck lines the gold was read from and the roster; ``--org`` adds the
    org sentences)

The checks are those of ``evals/dev15/_checks.py`` (adapted from ``evals/dev13/check_gold.py``),
imported, not copied, and pointed at this folder (``evals/dev23``, split "dev23") with
``build_ravensmoor_housing.py`` as the builder, "core" the core tier and "consult" the consult
tier. Deck lines are dev13's: pypdf's text of each PDF page, one line per line, normalised.
Gold "slide" is the PDF page.

What is this case's own:

- the roster, read with the standard library from the Mermaid org chart in
  ``org/people/who-does-what.md``: inside the ```mermaid block, every node definition
  ``ID["Role title<br/>Remit: ...<br/>Team: ..."]`` (a ``subgraph`` line is a directorate, not
  a node) gives a role, its title the label's text before the first ``<br/>``; a node named in
  a ``class ... consult`` line is consult tier, every other node core;
- org sentences: ``_checks.org_sentences`` with the Mermaid block's run-together text dropped
  (it is read as one long part, since no line of it starts a new Markdown block), plus one part
  per node: "Role title. Remit: ... . Team: ...";
- checks of the roster's form: ``flowchart TD``, a subgraph per directorate, reporting edges,
  ``classDef consult fill:#eee`` and a ``class`` line naming the two consult roles, the "Consult
  only" list after the block naming the same two roles, a "Vacancies" line naming one role
  that is on the chart, 17 to 20 roles, every node with a Remit;
- checks of the deck's form: 16 pages of 28 x 15.75 cm, Creator "Impress" and Producer
  "LibreOffice 7.6", every text object (BT ... ET) holding one line, bold lead-ins and the rest
  of their line as two text objects on one baseline in two fonts, bullet glyphs as their own
  text objects (their own extracted lines), page numbers as each page's last line from page 2,
  the roadmap's calendar-quarter axis (Q3 2028 to Q2 2031: twelve quarter labels, four years).

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
NAME = "ravensmoor-housing"
DECK = "home-first-2031-board-27-june-2028.pdf"
ROSTER = Path("people") / "who-does-what.md"
PAGES = 16
SIZE = (793.70, 446.46)
ROADMAP_PAGE = 11

NODE = re.compile(r'^\s*([A-Za-z_]\w*)\["([^"]*)"\]\s*$')
CLASS = re.compile(r"^\s*class\s+([\w,]+)\s+consult\s*$")


# =========================================================================== the Mermaid reader


def _mermaid(path: Path) -> tuple[list[str], str, str]:
    """(the block's lines, the text before it, the text after it)."""
    text = path.read_text(encoding="utf-8")
    m = re.search(r"^```mermaid\n(.*?)^```\s*$", text, re.S | re.M)
    if not m:
        return [], text, ""
    return m.group(1).splitlines(), text[: m.start()], text[m.end() :]


def nodes(org: Path) -> list[tuple[str, list[str]]]:
    """(node id, the label's parts split at <br/>) of every node definition, in file order."""
    lines, _, _ = _mermaid(org / ROSTER)
    out = []
    for line in lines:
        if line.strip().startswith("subgraph"):
            continue
        m = NODE.match(line)
        if m:
            out.append((m.group(1), [p.strip() for p in m.group(2).split("<br/>")]))
    return out


def _consult_ids(org: Path) -> set[str]:
    lines, _, _ = _mermaid(org / ROSTER)
    ids: set[str] = set()
    for line in lines:
        m = CLASS.match(line)
        if m:
            ids.update(m.group(1).split(","))
    return ids


def roster(org: Path) -> list[tuple[str, str]]:
    """(role title, tier) of every node of the chart, in file order."""
    if not (org / ROSTER).is_file():
        return []
    consult = _consult_ids(org)
    return [(parts[0], "consult" if nid in consult else "core") for nid, parts in nodes(org)]


def sentences(org: Path) -> list[str]:
    """The shared org sentences without the Mermaid block's run-together text, plus each node."""
    base = [
        s
        for s in org_sentences(org)
        if "<br/>" not in s and "-->" not in s and "```" not in s and "flowchart td" not in s
    ]
    extra = []
    for _, parts in nodes(org):
        for s in re.split(r"(?<=[.!?])\s+", ". ".join(parts)):
            if n := normalize(s):
                extra.append(n)
    return base + extra


def roster_form(org: Path) -> list[str]:
    errors: list[str] = []
    lines, _, after = _mermaid(org / ROSTER)
    if not lines:
        return ["roster: no mermaid block"]
    if lines[0].strip() != "flowchart TD":
        errors.append(f"roster: the block opens with {lines[0]!r}, not flowchart TD")
    subgraphs = [x for x in lines if x.strip().startswith("subgraph")]
    if len(subgraphs) < 4:
        errors.append(f"roster: only {len(subgraphs)} subgraphs")
    edges = [x for x in lines if "-->" in x]
    if len(edges) < 15:
        errors.append(f"roster: only {len(edges)} reporting edges")
    if not any(x.strip() == "classDef consult fill:#eee" for x in lines):
        errors.append("roster: no classDef consult fill:#eee")
    found = roster(org)
    names = [r for r, _ in found]
    consult = [r for r, t in found if t == "consult"]
    if len(consult) != 2:
        errors.append(f"roster: consult roles are {consult}")
    if not 17 <= len(names) <= 20:
        errors.append(f"roster: {len(names)} roles (17 to 20)")
    if len(set(names)) != len(names):
        errors.append("roster: a role appears twice")
    for nid, parts in nodes(org):
        if not any(p.startswith("Remit: ") for p in parts[1:]):
            errors.append(f"roster: node {nid} has no Remit")
    teams = sum(1 for _, parts in nodes(org) if any(p.startswith("Team: ") for p in parts))
    if not 0 < teams < len(names):
        errors.append(f"roster: {teams} nodes with a Team (some, not all)")
    listed = re.search(r"Consult only[^\n]*\n\n((?:- [^\n]+\n)+)", after)
    bullets = [b[2:].strip() for b in listed.group(1).splitlines()] if listed else []
    if sorted(bullets) != sorted(consult):
        errors.append(f"roster: the Consult only list {bullets} is not the chart's {consult}")
    vac = re.search(r"^Vacancies: the (.+?) post ", after, re.M)
    if not vac or vac.group(1) not in names:
        errors.append("roster: the Vacancies line names no role on the chart")
    return errors


# =========================================================================== the deck's form

BT = re.compile(rb"BT (.*?) ET", re.S)
TM = re.compile(rb"1 0 0 1 ([\d.]+) ([\d.]+) Tm")
FONT = re.compile(rb"/(F\d+)\+0 [\d.]+ Tf")


def deck_form(case: Path) -> list[str]:
    errors: list[str] = []
    deck = case / DECK
    reader = PdfReader(str(deck))
    if len(reader.pages) != PAGES:
        errors.append(f"{len(reader.pages)} pages, {PAGES} expected")
    meta: dict[str, object] = dict(reader.metadata or {})
    if meta.get("/Creator") != "Impress" or meta.get("/Producer") != "LibreOffice 7.6":
        errors.append(f"creator/producer are {meta.get('/Creator')!r}/{meta.get('/Producer')!r}")
    pairs = 0
    for n, page in enumerate(reader.pages, start=1):
        w, h = float(page.mediabox.width), float(page.mediabox.height)
        if abs(w - SIZE[0]) > 0.01 or abs(h - SIZE[1]) > 0.01:
            errors.append(f"page {n} is {w} x {h}, not 28 x 15.75 cm")
        contents = page.get_contents()
        stream = contents.get_data() if contents is not None else b""
        objects = []
        for body in BT.findall(stream):
            shows = len(re.findall(rb"\) ?Tj", body))
            if shows > 1:
                errors.append(f"page {n}: a text object holds {shows} lines")
            tm, font = TM.search(body), FONT.search(body)
            if shows and tm and font:
                objects.append((float(tm.group(1)), float(tm.group(2)), font.group(1)))
        for (x1, y1, f1), (x2, y2, f2) in zip(objects, objects[1:], strict=False):
            if abs(y1 - y2) < 0.01 and x2 > x1 and f1 != f2:
                pairs += 1
    if pairs < 30:
        errors.append(f"only {pairs} runs sharing a baseline in another font")
    pages = deck_lines(deck)
    bullets = sum(1 for lines in pages.values() for x in lines if x in {"●", "-"})
    if bullets < 40:
        errors.append(f"only {bullets} bullet glyphs read as their own lines")
    for n, lines in pages.items():
        if n > 1 and (not lines or lines[-1] != str(n)):
            errors.append(f"page {n}: the page number is not its last line")
    road = pages[ROADMAP_PAGE]
    quarters = [x for x in road if re.fullmatch(r"q[1-4]", x)]
    if quarters != ["q3", "q4"] + ["q1", "q2", "q3", "q4"] * 2 + ["q1", "q2"]:
        errors.append(f"roadmap quarters are {quarters}")
    if [x for x in road if re.fullmatch(r"20\d\d", x)] != ["2028", "2029", "2030", "2031"]:
        errors.append("roadmap years are not 2028 to 2031")
    if "calendar quarters · month 0 = july 2028" not in road:
        errors.append("the roadmap does not state its clock")
    return errors


CASE = Case(
    name=NAME,
    builder="build_ravensmoor_housing.py",
    roster=roster,
    org_sentences=sentences,
    core=frozenset({"core"}),
    consult=frozenset({"consult"}),
    extra=lambda case: roster_form(case / "org") + deck_form(case),
    folder=HERE,
    split="dev23",
)

if __name__ == "__main__":
    sys.exit(run(CASE))
