"""Consistency checks of the dev23 case ``skelwith-ambulance`` against its deck and org folder.

Run from the repository root with the project's venv (python-pptx and lxml):

    .venv/bin/python evals/dev23/check_skelwith_ambulance.py

(``--dump`` prints the deck lines the gold was read from and the roster; ``--org`` adds the org
sentences.)

The checks are those of ``evals/dev15/_checks.py`` (adapted from ``evals/dev13/check_gold.py``),
imported, not copied, and pointed at this folder (``evals/dev23``, split "dev23") with
``build_skelwith_ambulance.py`` as the builder. The deck is read with dev13's ``deck_lines``
(one line per paragraph of every shape, then the speaker notes). What is this case's own:

- the roster, read from ``org/people/trust-roles.txt``, Excel's "Unicode Text" export: the
  bytes decoded as UTF-16 (the byte-order mark says little-endian), then the standard
  library's ``csv`` reader with a TAB delimiter, which undoes the quoting of cells holding a
  comma and the doubled quote; the roster is every row under the header Role / Directorate /
  Programme tier / Remit, the tier the "Programme tier" cell;
- org sentences: ``_checks.org_sentences`` reads every ``.txt`` as UTF-8, which the UTF-16
  roster is not, so the org folder is copied to a temporary folder with the roster written
  there as a UTF-8 ``.tsv`` of the same rows (read by ``_checks``' TSV reader: each row's cells
  joined by spaces);
- checks of the roster's form: a UTF-16 LE byte-order mark, CRLF line ends only, no UTF-8
  reading possible, four TAB-separated cells a row, cells quoted where they hold a comma, one
  doubled quote, 17 to 20 roles in the tiers Core, Extended and Consult only (two of them);
- checks of the deck's form, as Keynote exports it: ``docProps/app.xml`` with Application
  "Keynote" and an AppVersion; 16:9 (12192000 x 6858000 EMU), 16 to 18 slides; one or two
  slide layouts in the package; no placeholder on any slide and no ``txBox`` attribute; every
  ``p:sp`` named "Shape N" or "Text N"; every ``a:bodyPr`` with its four insets, every
  paragraph with an ``a:pPr``, every run with its size; bullets as ``a:buChar`` on some slides
  and typed on others; a title text box of 28 pt or more at the top of every content slide;
  speaker notes on three to five slides; the KPI slide's tiles (every KPI vision's match the
  first line of a label box under a big-number box, the second line its baseline and by-when;
  exactly one tile without a number and without a half-year, and it is the one vague KPI);
  the roadmap's six half-years, three diamonds for the gates and the gates at the ends of
  September or March.

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
from pathlib import Path

from lxml import etree

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import evals.dev15._checks as _checks  # noqa: E402
from evals.dev13.check_gold import deck_lines, normalize  # noqa: E402
from evals.dev15._checks import Case, run  # noqa: E402

HERE = Path(__file__).resolve().parent
NAME = "skelwith-ambulance"
ROSTER = Path("people") / "trust-roles.txt"
HEAD = ["Role", "Directorate", "Programme tier", "Remit"]
TIERS = {"Core", "Extended", "Consult only"}
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
P = "http://schemas.openxmlformats.org/presentationml/2006/main"
NS = {"a": A, "p": P}
HALVES = ["h1 2028/29", "h2 2028/29", "h1 2029/30", "h2 2029/30", "h1 2030/31", "h2 2030/31"]


# =========================================================================== the roster


def roster_rows(org: Path) -> list[list[str]]:
    text = (org / ROSTER).read_bytes().decode("utf-16")
    return list(csv.reader(io.StringIO(text, newline=""), delimiter="\t"))


def roster(org: Path) -> list[tuple[str, str]]:
    rows = roster_rows(org)
    if not rows or rows[0] != HEAD:
        return []
    return [(r[0].strip(), r[2].strip().lower()) for r in rows[1:] if r and r[0].strip()]


def sentences(org: Path) -> list[str]:
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "org"
        shutil.copytree(org, copy)
        (copy / ROSTER).unlink()
        with (copy / ROSTER).with_suffix(".tsv").open("w", encoding="utf-8", newline="") as f:
            csv.writer(f, delimiter="\t", lineterminator="\n").writerows(roster_rows(org))
        return _checks.org_sentences(copy)


def roster_form(org: Path) -> list[str]:
    errors: list[str] = []
    raw = (org / ROSTER).read_bytes()
    if not raw.startswith(b"\xff\xfe"):
        errors.append("roster: no UTF-16 LE byte-order mark")
    try:
        raw.decode("utf-8")
        errors.append("roster: the file reads as UTF-8")
    except UnicodeDecodeError:
        pass
    text = raw.decode("utf-16")
    if text.count("\n") != text.count("\r\n") or not text.endswith("\r\n"):
        errors.append("roster: line ends are not all CRLF")
    lines = text.split("\r\n")[:-1]
    if any(line.count("\t") != 3 for line in lines):
        errors.append("roster: a line without four TAB-separated cells")
    rows = roster_rows(org)
    if rows[0] != HEAD:
        errors.append(f"roster: header {rows[0]}")
    for line, row in zip(lines, rows, strict=True):
        for cell, raw_cell in zip(row, line.split("\t"), strict=True):
            if ("," in cell or '"' in cell) and not raw_cell.startswith('"'):
                errors.append(f"roster: cell with a comma or quote not quoted: {cell!r}")
    if text.count('""') != 2 or sum('"' in c for r in rows for c in r) != 1:
        errors.append("roster: expected one cell holding a doubled quote")
    if sum(line.count('"') >= 2 for line in lines) < 6:
        errors.append("roster: fewer than six lines with quoted cells")
    found = roster(org)
    if not 17 <= len(found) <= 20:
        errors.append(f"roster: {len(found)} roles (17 to 20)")
    tiers = [r[2] for r in rows[1:]]
    if set(tiers) != TIERS or tiers.count("Consult only") != 2:
        errors.append(f"roster: tiers {sorted(set(tiers))}, {tiers.count('Consult only')} consult")
    if len({r for r, _ in found}) != len(found):
        errors.append("roster: a role appears twice")
    return errors


# =========================================================================== the deck's form


def _paras(sp) -> list[str]:
    return [
        normalize("".join(t.text or "" for t in p.iter(f"{{{A}}}t"))) for p in sp.iter(f"{{{A}}}p")
    ]


def deck_form(case: Path, gold: dict) -> list[str]:
    errors: list[str] = []
    deck = case / gold["deck"]
    z = zipfile.ZipFile(deck)
    names = z.namelist()
    app = z.read("docProps/app.xml").decode("utf-8")
    if "<Application>Keynote</Application>" not in app or "<AppVersion>" not in app:
        errors.append("app.xml does not name Keynote and its version")
    pres = etree.fromstring(z.read("ppt/presentation.xml"))
    size = pres.find("p:sldSz", NS)
    if (size.get("cx"), size.get("cy")) != ("12192000", "6858000"):
        errors.append("slide size is not 16:9 at 12192000 x 6858000")
    slides = sorted(
        (n for n in names if re.fullmatch(r"ppt/slides/slide\d+\.xml", n)),
        key=lambda n: int(re.findall(r"\d+", n)[0]),
    )
    if not 16 <= len(slides) <= 18:
        errors.append(f"{len(slides)} slides (16 to 18)")
    layouts = [n for n in names if re.fullmatch(r"ppt/slideLayouts/slideLayout\d+\.xml", n)]
    if not 1 <= len(layouts) <= 2:
        errors.append(f"{len(layouts)} slide layouts (one or two)")
    pages = deck_lines(deck)
    buchar, typed_slides, notes = set(), set(), 0
    roots = {}
    for k, name in enumerate(slides, start=1):
        root = etree.fromstring(z.read(name))
        roots[k] = root
        if root.findall(".//p:ph", NS):
            errors.append(f"slide {k}: a placeholder")
        if b"txBox" in z.read(name):
            errors.append(f"slide {k}: a txBox attribute")
        for sp in root.iter(f"{{{P}}}sp"):
            nm = sp.find("p:nvSpPr/p:cNvPr", NS).get("name")
            if not re.fullmatch(r"(Shape|Text) \d+", nm):
                errors.append(f"slide {k}: shape named {nm!r}")
        for bp in root.iter(f"{{{A}}}bodyPr"):
            if any(bp.get(i) is None for i in ("lIns", "tIns", "rIns", "bIns")):
                errors.append(f"slide {k}: a bodyPr without explicit insets")
                break
        for p in root.iter(f"{{{A}}}p"):
            if p.find("a:pPr", NS) is None:
                errors.append(f"slide {k}: a paragraph without a:pPr")
                break
            if p.find("a:pPr/a:buChar", NS) is not None:
                buchar.add(k)
            text = "".join(t.text or "" for t in p.iter(f"{{{A}}}t"))
            if re.match(r"(\u2013|-|\u25b8|\d\.) ", text):
                typed_slides.add(k)
        for r in root.iter(f"{{{A}}}rPr"):
            if r.get("sz") is None:
                errors.append(f"slide {k}: a run without a size")
                break
        if k > 1:
            tops = [
                sp
                for sp in root.iter(f"{{{P}}}sp")
                if int(sp.find("p:spPr/a:xfrm/a:off", NS).get("y")) < 914400 * 1.4
                and any(int(r.get("sz", "0")) >= 2800 for r in sp.iter(f"{{{A}}}rPr"))
            ]
            if len(tops) != 1:
                errors.append(f"slide {k}: {len(tops)} title text boxes at the top")
        rels = z.read(name.replace("slides/", "slides/_rels/") + ".rels").decode("utf-8")
        notes += "notesSlide" in rels
    if len(buchar) < 3 or len(typed_slides) < 3:
        errors.append(f"buChar bullets on {sorted(buchar)}, typed on {sorted(typed_slides)}")
    if not 3 <= notes <= 5:
        errors.append(f"speaker notes on {notes} slides (3 to 5)")

    # the KPI tiles
    kpi_visions = [v for v in gold["visions"] if any(k in v["match"] for k in gold["kpis"])]
    kslides = {v["slide"] for v in kpi_visions}
    if len(kslides) != 1:
        errors.append(f"KPI visions on slides {sorted(kslides)}")
        return errors
    kn = kslides.pop()
    sps = list(roots[kn].iter(f"{{{P}}}sp"))
    texts = [_paras(sp) for sp in sps]
    no_target = []
    for v in kpi_visions:
        at = [i for i, t in enumerate(texts) if len(t) == 2 and t[0].startswith(v["match"])]
        if len(at) != 1 or at[0] == 0 or len(texts[at[0] - 1]) != 1:
            errors.append(f"KPI {v['match']!r} is not a tile's label under a big number")
            continue
        big, second = texts[at[0] - 1][0], texts[at[0]][1]
        if "baseline" not in second:
            errors.append(f"KPI {v['match']!r}: no baseline on the label's second line")
        dated = any(h in second for h in HALVES)
        if not re.search(r"\d", big) and not dated:
            no_target.append(v["match"])
        elif not dated:
            errors.append(f"KPI {v['match']!r}: no by-when")
    vague_kpis = [v["match"] for v in kpi_visions if v["vague"]]
    if len(no_target) != 1 or no_target != vague_kpis:
        errors.append(f"tiles without a number and date {no_target}; vague KPIs {vague_kpis}")

    # the roadmap
    road = [n for n, lines in pages.items() if all(any(h == x for x in lines) for h in HALVES)]
    if len(road) != 1:
        errors.append(f"roadmap half-year grid on slides {road}")
    else:
        rn = road[0]
        diamonds = roots[rn].findall(".//a:prstGeom[@prst='diamond']", NS)
        gates = [x for x in pages[rn] if x.startswith("gate ")]
        if len(diamonds) != 3 or len(gates) != 3:
            errors.append(f"roadmap: {len(diamonds)} diamonds, gates {gates}")
        if any("september" not in g and "march" not in g for g in gates):
            errors.append("roadmap: a gate not at the end of September or March")
        for ph in gold["phases"]:
            if not any(m in x for m in ph["match"] for x in pages[rn]):
                errors.append(f"phase not on the roadmap: {ph['match']}")
    return errors


def extra(case: Path) -> list[str]:
    gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
    return roster_form(case / "org") + deck_form(case, gold)


CASE = Case(
    name=NAME,
    builder="build_skelwith_ambulance.py",
    roster=roster,
    org_sentences=sentences,
    extra=extra,
    folder=HERE,
    split="dev23",
)

if __name__ == "__main__":
    sys.exit(run(CASE))
