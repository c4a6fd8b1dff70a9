"""Consistency checks of the dev21 case ``corrie-blood`` against its deck and org folder.

Run from the repository root with the venv the builder needs (reportlab and Pillow are not in
the project's lock), since the rebuild check runs the builder with the interpreter that runs
this file:

    /tmp/rl/bin/python evals/dev21/check_corrie_blood.py
    (``--dump`` prints the deck lines the gold was read from and the roster; ``--org`` adds the
    org sentences)

The checks are those of ``evals/dev15/_checks.py`` (adapted from ``evals/dev13/check_gold.py``),
imported, not copied, and pointed at this folder (``evals/dev21``, split "dev21") with
``build_corrie_blood.py`` as the builder, "core team" the core tier and "consult only" the
consult tier. Deck lines are dev13's: pypdf's text of each PDF page (here the OCR layer),
one line per line, normalised (lower case, en dashes as hyphens).

What is this case's own:

- the roster, read with the standard library from the diagrams.net file
  ``org/people/programme-structure.drawio``: the FIRST ``<diagram>`` only (the second,
  "Old structure 2027", is a superseded chart), its text base64-decoded, raw-inflated
  (zlib wbits -15) and URL-decoded (``urllib.parse.unquote``) into an mxGraphModel; a role is
  a vertex cell that is not a swimlane container and not a text cell and whose HTML label
  holds "Remit:"; the role is the label's first ``<b>`` element, the tier its ``<i>`` element;
- org sentences: ``_checks.org_sentences`` plus each role of the first page as
  "Role (team, tier): Remit: ..." (HTML tags dropped);
- checks of the drawio's form: an ``mxfile`` from app.diagrams.net with two diagrams named
  "Programme structure" and "Old structure 2027", both compressed; labels escaped in the
  attribute (``&lt;b&gt;``), ``html=1`` in every role's style; swimlanes, edges between role
  cells, the legend ("Key") and the "Draft v3 - for Board" note present and not roles; the
  second page's roles mostly not on the roster; 16 to 20 roles in three tiers;
- checks of the deck's form: 18 A4 landscape pages, each one full-page DCT (JPEG) image of
  1754 x 1240 px under a text layer in render mode 3 only, one ``Tm`` and one ``Tz`` per
  word (more Tm than lines), tilted text matrices on the tilted pages only (the stamp and the
  margin note aside), Creator ocrmypdf's; the board pack's header on every page and its
  footer "page 23 of 61" to "page 40 of 61" (page 9 read "page 3l of 61"); the stamp's three
  lines on page 1; bullet glyphs read as "e", "»" or "*"; the three planted misreads present
  and no gold string holding a misread;
- checks that gold labels do not point at the board pack's furniture (header, footer, stamp).

It never runs the planner.
"""

from __future__ import annotations

import base64
import html
import json
import re
import sys
import urllib.parse
import xml.etree.ElementTree as ET
import zlib
from pathlib import Path
from typing import cast

from pypdf import PdfReader
from pypdf.generic import DictionaryObject

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals.dev13.check_gold import deck_lines  # noqa: E402
from evals.dev15._checks import Case, org_sentences, run  # noqa: E402

HERE = Path(__file__).resolve().parent
NAME = "corrie-blood"
DECK = "board-2029-03-14-item-07-steady-supply-2032.pdf"
ROSTER = Path("people") / "programme-structure.drawio"
TIERS = {"core team", "extended team", "consult only"}
PAGES = 18
HEADER = "corrie blood service board | 14 march 2029 | item 7"
TILTED = {1, 3, 6, 9, 13, 16}
SIZE = (841.89, 595.28)
MISREAD_LINES = {3: "frorn donation to", 9: "page 3l of 61", 15: "corrie blood service - 0fficial"}
MISREAD_TOKENS = ["frorn", "3l of", "0fficial", "cbeck", "wiih", "fmance"]


# =========================================================================== the drawio reader


def diagrams(path: Path) -> list[tuple[str, str, str]]:
    """(name, stored text, decoded mxGraphModel XML) of every page of a diagrams.net file."""
    root = ET.fromstring(path.read_text(encoding="utf-8"))
    out = []
    for d in root.findall("diagram"):
        stored = (d.text or "").strip()
        if stored.startswith("<") or d.find("mxGraphModel") is not None:
            graph = d.find("mxGraphModel")
            assert graph is not None, f"diagram {d.get('name', '')!r}: no mxGraphModel"
            model = ET.tostring(graph, encoding="unicode")
        else:
            raw = zlib.decompress(base64.b64decode(stored), -15)
            model = urllib.parse.unquote(raw.decode("ascii"))
        out.append((d.get("name", ""), stored, model))
    return out


def _is_role(cell: ET.Element) -> bool:
    style = cell.get("style", "")
    return (
        cell.get("vertex") == "1"
        and "swimlane" not in style
        and not style.startswith("text;")
        and "Remit:" in cell.get("value", "")
    )


def _label_parts(value: str) -> tuple[str, str, str, str]:
    """(role, team, tier, remit) from an HTML label <b>role</b><br>team<br><i>tier</i><br>..."""
    role = re.search(r"<b>(.*?)</b>", value, re.S)
    tier = re.search(r"<i>(.*?)</i>", value, re.S)
    parts = re.split(r"<br\s*/?>", value)
    team = re.sub(r"<[^>]+>", "", parts[1]) if len(parts) > 1 else ""
    remit = value[value.index("Remit:") :]
    remit = re.sub(r"<[^>]+>", " ", remit)
    return (
        html.unescape(role.group(1)).strip() if role else "",
        html.unescape(team).strip(),
        html.unescape(tier.group(1)).strip().lower() if tier else "",
        re.sub(r"\s+", " ", html.unescape(remit)).strip(),
    )


def page_roles(model: str) -> list[tuple[str, str, str, str]]:
    root = ET.fromstring(model)
    return [_label_parts(c.get("value", "")) for c in root.iter("mxCell") if _is_role(c)]


def roster(org: Path) -> list[tuple[str, str]]:
    """(role, tier) of every role on the drawio's first page, in file order."""
    path = org / ROSTER
    if not path.is_file():
        return []
    pages = diagrams(path)
    return [(r, t) for r, _, t, _ in page_roles(pages[0][2])] if pages else []


def _drawio_parts(path: Path) -> list[str]:
    pages = diagrams(path)
    if not pages:
        return []
    return [f"{r} ({team}, {tier}): {remit}" for r, team, tier, remit in page_roles(pages[0][2])]


def sentences(org: Path) -> list[str]:
    return org_sentences(org, {".drawio": _drawio_parts})


def roster_form(org: Path) -> list[str]:
    errors: list[str] = []
    path = org / ROSTER
    text = path.read_text(encoding="utf-8")
    root = ET.fromstring(text)
    if root.tag != "mxfile" or root.get("host") != "app.diagrams.net":
        errors.append("drawio: not an mxfile from app.diagrams.net")
    pages = diagrams(path)
    names = [n for n, _, _ in pages]
    if names != ["Programme structure", "Old structure 2027"]:
        errors.append(f"drawio: pages are {names}")
    for name, stored, model in pages:
        if stored.startswith("<"):
            errors.append(f"drawio: page {name!r} is not compressed")
        if "&lt;b&gt;" not in model:
            errors.append(f"drawio: page {name!r} labels are not escaped HTML")
    if len(pages) < 2:
        return errors
    first = ET.fromstring(pages[0][2])
    cells = list(first.iter("mxCell"))
    roles = [c for c in cells if _is_role(c)]
    role_ids = {c.get("id") for c in roles}
    if any("html=1" not in c.get("style", "") for c in roles):
        errors.append("drawio: a role's style lacks html=1")
    lanes = [c for c in cells if "swimlane" in c.get("style", "")]
    if len(lanes) < 5:
        errors.append(f"drawio: {len(lanes)} swimlanes")
    if any(c.get("id") in role_ids for c in lanes):
        errors.append("drawio: a swimlane is read as a role")
    parents = {c.get("parent") for c in roles}
    if not parents <= {c.get("id") for c in lanes}:
        errors.append("drawio: a role sits outside the team swimlanes")
    edges = [c for c in cells if c.get("edge") == "1"]
    if len(edges) < 10 or any(
        c.get("source") not in role_ids or c.get("target") not in role_ids for c in edges
    ):
        errors.append("drawio: reporting lines missing or not between roles")
    values = [c.get("value", "") for c in cells]
    if not any("Draft v3 - for Board" in v for v in values):
        errors.append("drawio: no 'Draft v3 - for Board' note")
    if not any(v.startswith("<b>Key</b>") for v in values):
        errors.append("drawio: no legend")
    found = roster(org)
    names_ = [r for r, _ in found]
    if "Key" in names_ or any("Draft" in r for r in names_):
        errors.append("drawio: the legend or the note is read as a role")
    if {t for _, t in found} != TIERS:
        errors.append(f"drawio: tiers are {sorted({t for _, t in found})}")
    if not 16 <= len(names_) <= 20 or len(set(names_)) != len(names_):
        errors.append(f"drawio: {len(names_)} roles (16 to 20, no repeats)")
    old = [r for r, _, _, _ in page_roles(pages[1][2])]
    if len(old) < 6 or len([r for r in old if r not in names_]) < 6:
        errors.append(f"drawio: the old structure's roles are not a different chart: {old}")
    return errors


# =========================================================================== the deck's form


def deck_form(case: Path) -> list[str]:
    errors: list[str] = []
    reader = PdfReader(str(case / DECK))
    if len(reader.pages) != PAGES:
        errors.append(f"{len(reader.pages)} pages, {PAGES} expected")
    metadata = reader.metadata
    creator = str(metadata.get("/Creator", "") if metadata else "")
    if not creator.startswith("ocrmypdf"):
        errors.append(f"creator is {creator!r}")
    for n, page in enumerate(reader.pages, start=1):
        w, h = float(page.mediabox.width), float(page.mediabox.height)
        if abs(w - SIZE[0]) > 0.01 or abs(h - SIZE[1]) > 0.01:
            errors.append(f"page {n} is {w} x {h}, not A4 landscape")
        resources = cast(DictionaryObject, page["/Resources"])
        xobjects = resources.get("/XObject", {})
        images = [x.get_object() for x in xobjects.values()]
        if len(images) != 1:
            errors.append(f"page {n}: {len(images)} images")
        for img in images:
            filt = img.get("/Filter")
            filters = list(filt) if isinstance(filt, list) else [filt]
            if filters != ["/DCTDecode"] or (img.get("/Width"), img.get("/Height")) != (1754, 1240):
                errors.append(
                    f"page {n}: image is {filters} {img.get('/Width')}x{img.get('/Height')}"
                )
        contents = page.get_contents()
        assert contents is not None, f"page {n}: no content stream"
        stream = contents.get_data()
        if b"841.89 0 0 595.28 0 0 cm" not in stream:
            errors.append(f"page {n}: the image does not fill the page")
        modes = set(re.findall(rb"\s(\d) Tr\b", stream))
        if modes != {b"3"}:
            errors.append(f"page {n}: text render modes {modes}")
        bts = len(re.findall(rb"\bBT\b", stream))
        tms = re.findall(rb"([-\d.]+) ([-\d.]+) ([-\d.]+) ([-\d.]+) ([-\d.]+) ([-\d.]+) Tm", stream)
        tzs = len(re.findall(rb"\bTz\b", stream))
        if len(tms) < 3 * bts or tzs < len(tms):
            errors.append(f"page {n}: {len(tms)} Tm, {tzs} Tz for {bts} lines")
        tilted = sum(1 for m in tms if abs(float(m[1])) > 1e-4)
        # reportlab opens each line with an identity Tm; every word's own Tm follows it
        opening = len(re.findall(rb"BT 1 0 0 1 0 0 Tm", stream))
        if n in TILTED and tilted != len(tms) - opening:
            errors.append(f"page {n}: only {tilted} of {len(tms)} words tilted")
        if n not in TILTED and n not in {12, 14, 17} and tilted:
            errors.append(f"page {n}: {tilted} tilted words on a straight page")
    pages = deck_lines(case / DECK)
    bullets = 0
    for n, lines in pages.items():
        if lines[0] != HEADER:
            errors.append(f"page {n}: the header is not the first line")
        want = "page 3l of 61" if n == 9 else f"page {22 + n} of 61"
        if want not in lines:
            errors.append(f"page {n}: no footer {want!r}")
        bullets += sum(1 for x in lines if re.match(r"^[e»*] ", x))
        if n in MISREAD_LINES and not any(MISREAD_LINES[n] in x for x in lines):
            errors.append(f"page {n}: the planted misread {MISREAD_LINES[n]!r} is missing")
    if bullets < 30:
        errors.append(f"only {bullets} bullet glyphs read as e, » or *")
    for stamp in ("received", "07 mar 2029", "board secretariat"):
        if stamp not in pages[1]:
            errors.append(f"page 1: stamp line {stamp!r} missing")
    if "cbeck wiih fmance ?" not in pages[12]:
        errors.append("page 12: the margin note's OCR garbage is missing")
    return errors


def gold_strings(case: Path) -> list[str]:
    errors: list[str] = []
    gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
    labels: list[str] = []
    for v in gold["visions"]:
        labels += [v["match"], *v.get("alternatives", [])]
    for a in gold["deck_actions"]:
        labels += a["match"]
    labels += gold["kpis"] + gold["optional_visions"] + gold["pilot"]["match"]
    for ph in gold["phases"]:
        labels += ph["match"]
    furniture = ("corrie blood service board", "page ", "received", "board secretariat",
                 "corrie blood service - official")  # fmt: skip
    for label in labels:
        if any(t in label for t in MISREAD_TOKENS):
            errors.append(f"gold label holds an OCR misread: {label!r}")
        if any(label.startswith(f) or f in label for f in furniture):
            errors.append(f"gold label points at the pack's furniture: {label!r}")
    held = [t for t in gold["not_actions"] if "cbeck" in t]
    if not held:
        errors.append("the margin note's garbage is not a not-action")
    return errors


CASE = Case(
    name=NAME,
    builder="build_corrie_blood.py",
    roster=roster,
    org_sentences=sentences,
    core=frozenset({"core team"}),
    consult=frozenset({"consult only"}),
    extra=lambda case: roster_form(case / "org") + deck_form(case) + gold_strings(case),
    folder=HERE,
    split="dev21",
)

if __name__ == "__main__":
    sys.exit(run(CASE))
