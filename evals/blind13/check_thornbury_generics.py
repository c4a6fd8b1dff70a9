"""Consistency checks of the blind13 case ``thornbury-generics`` against its deck and org folder.

Run from the repository root with the project's venv (python-pptx, python-docx and lxml):

    .venv/bin/python evals/blind13/check_thornbury_generics.py

(``--dump`` prints the deck lines the gold was read from, slide by slide, and the roster;
``--dump --org`` or ``--org`` adds the org sentences and the roster's rows.)

The checks are those of ``evals/dev15/_checks.py`` (adapted from ``evals/dev13/check_gold.py``),
imported, not copied, and pointed at this folder (``evals/blind13``, split "blind13") with
``build_thornbury_generics.py`` as the builder; it exits non-zero on any failure. The deck is
read with dev13's ``deck_lines`` (one line per paragraph of every shape, a table's cells, a
chart's title, categories and series names, then the speaker notes; hidden slides are read and
numbered like the others). The gold also carries ``gap_blocks`` (``evals/cases/README.md``,
"Deck-grounded gold"), which the shared field list predates: the list is widened by that one
field here, and the entries are checked below. What is this case's own:

- the roster, read from ``org/people/site-leadership-roles.rtf``, Word's "Save as Rich Text
  Format": a small RTF reader (no library) that skips destinations (``{\\*...}``, the font,
  colour and style tables, ``\\info``), decodes ``\\'hh`` in code page 1252 and ``\\rquote``,
  reads ``\\line`` as a line break, ``\\par`` as a paragraph's end, ``\\cell`` and ``\\row`` as
  a table cell's and row's end; the roster is every row under the header Role / Department /
  Programme involvement / Remit, the tier the "Programme involvement" cell;
- org sentences: ``_checks.org_sentences`` with a reader for ``.rtf`` (every paragraph, and
  every table row with its cells joined by spaces);
- checks of the roster's form: ASCII bytes, CRLF line ends only, the header Word writes
  (``{\\rtf1\\ansi\\ansicpg1252\\deff0``, a font table, a colour table, a ``\\*\\generator``
  naming Microsoft Word), balanced braces, a heading paragraph in style ``\\s1`` before the
  table, one table whose row definition (``\\trowd ... \\cellx``) is written before and again
  at the end of each row, four ``\\cell`` a row, one ``\\'e9`` inside one role's name, one
  ``\\line`` inside one Remit cell, a note paragraph after the table naming a vacant post that
  is a role of the table, 18 to 22 roles in the tiers Core, Extended and Consult only (two);
- checks of the deck's form, as PowerPoint for Microsoft 365 on Windows saves it:
  ``docProps/app.xml`` with Application "Microsoft Office PowerPoint", AppVersion 16.0000 and
  the right counts of slides, notes and hidden slides; 16:9; a master with the usual layouts;
  every shape on every slide a placeholder (``p:ph``), tables and the chart inserted into
  content placeholders, no text box; bullet levels 0 to 2 in ``lvl``; a Section Header slide
  before each pillar's slide; one Comparison slide using its four bodies; exactly two hidden
  slides (``show="0"``) with nothing of the gold on them but not-actions; the native chart
  (``ppt/charts/chart1.xml``, a ``c:barChart`` with an embedded workbook, categories the KPI
  names of the KPI table in order, series "2027 baseline" and "2030 target"); the KPI table
  (KPI / 2027 baseline / Target / By when), every gold KPI on one row, some by-whens as a
  bare month of the plan (``M18``) and some with a calendar month; speaker notes on four slides,
  each holding a deck action found nowhere else in the deck; the roadmap's three waves with
  their month ranges equal to the gold's phases, month 0 stated as a calendar month, and a gate
  at the end of each wave in the right calendar month; the pilot on its slide;
- the gold's ``gap_blocks``: each entry's gap alternatives inside one of the gold's gap
  alternatives, each ``blocks`` and ``not_blocks`` alternative on a line of the deck.

It never runs the planner.
"""

from __future__ import annotations

import io
import json
import re
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

from lxml import etree
from pptx import Presentation

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import evals.dev15._checks as _checks  # noqa: E402
from evals.dev13.check_gold import FIELDS, deck_lines, normalize  # noqa: E402
from evals.dev15._checks import Case, run  # noqa: E402

HERE = Path(__file__).resolve().parent
NAME = "thornbury-generics"
ROSTER = Path("people") / "site-leadership-roles.rtf"
HEAD = ["Role", "Department", "Programme involvement", "Remit"]
TIERS = {"Core", "Extended", "Consult only"}
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
P = "http://schemas.openxmlformats.org/presentationml/2006/main"
C = "http://schemas.openxmlformats.org/drawingml/2006/chart"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS = {"a": A, "p": P, "c": C}
LAYOUTS = {
    "Title Slide",
    "Title and Content",
    "Section Header",
    "Two Content",
    "Comparison",
    "Title Only",
    "Blank",
}
MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]

# the gold carries gap_blocks, a field of the deck-grounded gold the shared list predates
_checks.FIELDS = {*FIELDS, "gap_blocks"}


# =========================================================================== an RTF reader

_TOKEN = re.compile(
    rb"\\([a-zA-Z]+)(-?\d+)? ?|\\'([0-9a-fA-F]{2})|\\([^a-zA-Z'])|([{}])|[\r\n]+|([^\\{}\r\n]+)"
)
_DESTINATIONS = {
    "fonttbl",
    "colortbl",
    "stylesheet",
    "info",
    "rsidtbl",
    "mmathPr",
    "xmlnstbl",
    "listtable",
    "listoverridetable",
    "pnseclvl",
    "pntxta",
    "pntxtb",
    "latentstyles",
    "themedata",
    "colorschememapping",
    "datastore",
    "generator",
    "defchp",
    "defpap",
    "pgdsctbl",
    "header",
    "footer",
}
_SYMBOLS = {
    "rquote": "\u2019",
    "lquote": "\u2018",
    "rdblquote": "\u201d",
    "ldblquote": "\u201c",
    "endash": "\u2013",
    "emdash": "\u2014",
    "bullet": "\u2022",
    "tab": "\t",
    "line": "\n",
}

Block = tuple[str, list[str]]  # ("p", [text]) or ("row", cells)


def rtf_blocks(raw: bytes) -> list[Block]:
    """The document's paragraphs and table rows, in order, as an RTF reader sees them."""
    blocks: list[Block] = []
    text: list[str] = []
    cells: list[str] = []
    skip_depth = 0  # the depth of the destination group being skipped, 0 when none
    depth = 0
    fresh = False  # the last token opened a group
    intbl = False  # the current paragraph is in a table cell
    uc, pending_skip = 1, 0
    for m in _TOKEN.finditer(raw):
        word, arg, hexa, sym, brace, chunk = m.groups()
        if brace == b"{":
            depth += 1
            fresh = True
            continue
        if brace == b"}":
            if skip_depth and depth == skip_depth:
                skip_depth = 0
            depth -= 1
            fresh = False
            continue
        opened, fresh = fresh, False
        if skip_depth:
            continue
        if sym == b"*" and opened:
            skip_depth = depth
            continue
        if word is not None:
            name = word.decode("ascii")
            if opened and name in _DESTINATIONS:
                skip_depth = depth
            elif name == "uc":
                uc = int(arg or 1)
            elif name == "u":
                value = int(arg or 0)
                text.append(chr(value + 65536 if value < 0 else value))
                pending_skip = uc
            elif name in _SYMBOLS:
                text.append(_SYMBOLS[name])
            elif name == "pard":
                intbl = False
            elif name == "intbl":
                intbl = True
            elif name == "par":
                if intbl:
                    text.append("\n")
                else:
                    blocks.append(("p", ["".join(text)]))
                    text = []
            elif name == "cell":
                cells.append("".join(text))
                text = []
            elif name == "row":
                blocks.append(("row", cells))
                cells = []
            continue
        if pending_skip:
            pending_skip -= 1
            continue
        if hexa is not None:
            text.append(bytes([int(hexa, 16)]).decode("cp1252"))
        elif sym is not None:
            text.append({"~": "\u00a0", "-": "", "_": "\u2011"}.get(sym.decode(), sym.decode()))
        elif chunk is not None:
            text.append(chunk.decode("cp1252"))
    if "".join(text).strip():
        blocks.append(("p", ["".join(text)]))
    return blocks


def roster_rows(org: Path) -> list[list[str]]:
    rows = [cells for kind, cells in rtf_blocks((org / ROSTER).read_bytes()) if kind == "row"]
    return [[c.strip() for c in row] for row in rows]


def roster(org: Path) -> list[tuple[str, str]]:
    rows = roster_rows(org)
    if not rows or rows[0] != HEAD:
        return []
    return [(r[0], r[2].lower()) for r in rows[1:] if r and r[0]]


def _rtf_parts(path: Path) -> list[str]:
    return [" ".join(cells) for _, cells in rtf_blocks(path.read_bytes())]


def sentences(org: Path) -> list[str]:
    return _checks.org_sentences(org, {".rtf": _rtf_parts})


def roster_form(org: Path) -> list[str]:
    errors: list[str] = []
    raw = (org / ROSTER).read_bytes()
    try:
        raw.decode("ascii")
    except UnicodeDecodeError:
        errors.append("roster: bytes beyond ASCII")
    if raw.count(b"\n") != raw.count(b"\r\n") or raw.count(b"\r") != raw.count(b"\r\n"):
        errors.append("roster: line ends are not all CRLF")
    if not raw.startswith(b"{\\rtf1\\ansi\\ansicpg1252\\deff0"):
        errors.append("roster: does not start as Word's RTF 1 in code page 1252")
    for needle in (b"{\\fonttbl", b"{\\colortbl", b"{\\*\\generator Microsoft Word"):
        if needle not in raw:
            errors.append(f"roster: no {needle.decode()}")
    unescaped = re.sub(rb"\\[\\{}]", b"", raw)
    if unescaped.count(b"{") != unescaped.count(b"}") or not raw.endswith(b"}"):
        errors.append("roster: braces do not balance")
    blocks = rtf_blocks(raw)
    rows = [cells for kind, cells in blocks if kind == "row"]
    n = len(rows)
    if raw.count(b"\\trowd") != 2 * n or raw.count(b"\\row ") != n:
        errors.append(f"roster: {n} rows without two row definitions and one \\row each")
    if raw.count(b"\\cell ") != 4 * n or raw.count(b"\\cellx") != 8 * n:
        errors.append("roster: not four cells (and four cellx twice) a row")
    first = next(i for i, b in enumerate(blocks) if b[0] == "row")
    last = max(i for i, b in enumerate(blocks) if b[0] == "row")
    if any(b[0] != "row" for b in blocks[first : last + 1]):
        errors.append("roster: the rows are not one table")
    if not re.search(rb"\\s1\\[^{]*\{[^}]*\\insrsid\d+ [A-Z]", raw):
        errors.append("roster: no heading paragraph in style s1")
    if rows[0] != HEAD:
        errors.append(f"roster: header {rows[0]}")
    found = roster(org)
    names = [r for r, _ in found]
    if not 18 <= len(found) <= 22:
        errors.append(f"roster: {len(found)} roles (18 to 22)")
    tiers = [r[2] for r in rows[1:]]
    if set(tiers) != TIERS or tiers.count("Consult only") != 2:
        errors.append(f"roster: tiers {sorted(set(tiers))}, {tiers.count('Consult only')} consult")
    if len(set(names)) != len(names):
        errors.append("roster: a role appears twice")
    accented = [r for r in names if "\u00e9" in r]
    if len(accented) != 1 or b"\\'e9" not in raw:
        errors.append(f"roster: roles with an escaped e-acute {accented}")
    if raw.count(b"\\line ") != 1 or sum("\n" in r[3] for r in rows[1:]) != 1:
        errors.append("roster: not one \\line soft break inside one Remit cell")
    after = [" ".join(cells) for kind, cells in blocks[last + 1 :] if kind == "p"]
    notes = [s for s in after if "vacant" in s]
    if len(notes) != 1 or not any(r in notes[0] for r in names):
        errors.append("roster: no note after the table naming a vacant post that is a role")
    before = [" ".join(cells) for kind, cells in blocks[:first] if kind == "p" and cells[0]]
    if len(before) < 2:
        errors.append("roster: no heading and introduction before the table")
    return errors


# =========================================================================== the deck's form


def _slides(z: zipfile.ZipFile) -> list[str]:
    names = [n for n in z.namelist() if re.fullmatch(r"ppt/slides/slide\d+\.xml", n)]
    return sorted(names, key=lambda n: int(re.findall(r"\d+", n)[0]))


def _layout_name(z: zipfile.ZipFile, slide: str) -> str:
    rels = etree.fromstring(z.read(slide.replace("slides/", "slides/_rels/") + ".rels"))
    target = next(r.get("Target") for r in rels if r.get("Type", "").endswith("/slideLayout"))
    lay = etree.fromstring(z.read("ppt/slideLayouts/" + target.rsplit("/", 1)[1]))
    return str(lay.find("p:cSld", NS).get("name"))


def _shape_lines(z: zipfile.ZipFile, slide: str) -> list[str]:
    root = etree.fromstring(z.read(slide))
    return [
        normalize("".join(t.text or "" for t in p.iter(f"{{{A}}}t")))
        for p in root.iter(f"{{{A}}}p")
    ]


def _notes_lines(deck: Path) -> dict[int, list[str]]:
    out = {}
    for n, slide in enumerate(Presentation(str(deck)).slides, start=1):
        if slide.has_notes_slide:
            lines = [normalize(p.text) for p in slide.notes_slide.notes_text_frame.paragraphs]
            if any(lines):
                out[n] = [x for x in lines if x]
    return out


def _gold_slides(gold: dict) -> Iterator[tuple[str, int]]:
    for v in gold["visions"]:
        yield f"vision {v['match']!r}", v["slide"]
        for n in v.get("also_slides", []):
            yield f"vision {v['match']!r}", n
    for act in gold["deck_actions"]:
        yield f"deck action {act['match']}", act["slide"]
    pilot = gold["pilot"]
    for n in [pilot["slide"], *pilot.get("also_slides", [])]:
        yield "pilot", n


def deck_form(case: Path, gold: dict) -> list[str]:
    errors: list[str] = []
    deck = case / gold["deck"]
    z = zipfile.ZipFile(deck)
    names = z.namelist()
    slides = _slides(z)
    pages = deck_lines(deck)
    notes = _notes_lines(deck)
    hidden = [
        k for k, s in enumerate(slides, start=1) if etree.fromstring(z.read(s)).get("show") == "0"
    ]
    app = z.read("docProps/app.xml").decode("utf-8")
    expected = {
        "Application": "Microsoft Office PowerPoint",
        "AppVersion": "16.0000",
        "Slides": str(len(slides)),
        "Notes": str(len(notes)),
        "HiddenSlides": str(len(hidden)),
        "PresentationFormat": "Widescreen",
    }
    for key, value in expected.items():
        if f"<{key}>{value}</{key}>" not in app:
            errors.append(f"app.xml: {key} is not {value}")
    if "ppt/printerSettings/printerSettings1.bin" in names:
        errors.append("the package keeps the default template's printer settings")
    pres = etree.fromstring(z.read("ppt/presentation.xml"))
    size = pres.find("p:sldSz", NS)
    if (size.get("cx"), size.get("cy")) != ("12192000", "6858000"):
        errors.append("slide size is not 16:9 at 12192000 x 6858000")
    if not 14 <= len(slides) <= 22:
        errors.append(f"{len(slides)} slides (14 to 22)")
    layout_names = set()
    for part in names:
        if re.fullmatch(r"ppt/slideLayouts/slideLayout\d+\.xml", part):
            layout_names.add(etree.fromstring(z.read(part)).find("p:cSld", NS).get("name"))
    if not layout_names >= LAYOUTS:
        errors.append(f"layouts missing from the master: {sorted(LAYOUTS - layout_names)}")

    # placeholders only, bullet levels 0-2
    levels: set[int] = set()
    kinds: list[str] = []
    titles: list[str] = []
    for k, s in enumerate(slides, start=1):
        root = etree.fromstring(z.read(s))
        kinds.append(_layout_name(z, s))
        tree = root.find("p:cSld/p:spTree", NS)
        for shape in tree:
            tag = etree.QName(shape).localname
            if tag in ("nvGrpSpPr", "grpSpPr", "extLst"):
                continue
            if shape.find(".//p:nvPr/p:ph", NS) is None:
                errors.append(f"slide {k}: a {tag} outside any placeholder")
            if shape.find(".//p:cNvSpPr[@txBox='1']", NS) is not None:
                errors.append(f"slide {k}: a text box")
        title = [
            sp
            for sp in tree.iter(f"{{{P}}}sp")
            if sp.find(".//p:nvPr/p:ph", NS) is not None
            and sp.find(".//p:nvPr/p:ph", NS).get("type") in ("title", "ctrTitle")
        ]
        if len(title) != 1:
            errors.append(f"slide {k}: {len(title)} title placeholders")
            titles.append("")
        else:
            titles.append(normalize("".join(t.text or "" for t in title[0].iter(f"{{{A}}}t"))))
        for para in tree.iterfind(".//p:txBody/a:p", NS):
            ppr = para.find("a:pPr", NS)
            levels.add(int(ppr.get("lvl", "0")) if ppr is not None else 0)
    if levels != {0, 1, 2}:
        errors.append(f"bullet levels used: {sorted(levels)} (0, 1 and 2)")

    # a Section Header before each pillar's slide; one Comparison slide
    pillar_slides = [
        k
        for k, (t, kind) in enumerate(zip(titles, kinds, strict=True), start=1)
        if t.startswith("pillar ") and kind != "Section Header"
    ]
    if not 3 <= len(pillar_slides) <= 5:
        errors.append(f"pillar slides {pillar_slides} (3 to 5)")
    for k in pillar_slides:
        if kinds[k - 2] != "Section Header" or titles[k - 2] != titles[k - 1]:
            errors.append(f"slide {k}: no Section Header slide of its pillar before it")
    if kinds.count("Section Header") != len(pillar_slides):
        errors.append("a Section Header slide that opens no pillar")
    comparison = [k for k, kind in enumerate(kinds, start=1) if kind == "Comparison"]
    if len(comparison) != 1:
        errors.append(f"Comparison slides {comparison}")
    else:
        root = etree.fromstring(z.read(slides[comparison[0] - 1]))
        idx = {ph.get("idx") for ph in root.iter(f"{{{P}}}ph") if ph.get("idx")}
        if not {"1", "2", "3", "4"} <= idx:
            errors.append("the Comparison slide does not use its four bodies")

    # two hidden slides, nothing of the gold on them but not-actions
    if len(hidden) != 2:
        errors.append(f"hidden slides {hidden} (two)")
    for what, n in _gold_slides(gold):
        if n in hidden:
            errors.append(f"{what} is on hidden slide {n}")
    for n in hidden:
        body = pages[n][1:]
        on = [x for x in gold["not_actions"] if any(x in line for line in body)]
        if len(on) < 2:
            errors.append(f"hidden slide {n}: {len(on)} not-actions (two or more)")
        for v in gold["visions"]:
            for m in [v["match"], *v.get("alternatives", [])]:
                if any(m in line for line in pages[n]):
                    errors.append(f"hidden slide {n} holds vision text {m!r}")

    # the KPI table
    tables = [
        (k, shape.table)
        for k, slide in enumerate(Presentation(str(deck)).slides, start=1)
        for shape in slide.shapes
        if shape.has_table
    ]
    kpi_rows: list[list[str]] = []
    if len(tables) != 1:
        errors.append(f"{len(tables)} tables (one KPI table)")
    else:
        kslide, table = tables[0]
        rows = [[normalize(c.text) for c in row.cells] for row in table.rows]
        if rows[0] != ["kpi", "2027 baseline", "target", "by when"]:
            errors.append(f"KPI table header {rows[0]}")
        kpi_rows = rows[1:]
        for kpi in gold["kpis"]:
            hits = [r for r in kpi_rows if kpi in r[0]]
            if len(hits) != 1:
                errors.append(f"KPI {kpi!r} on {len(hits)} rows of the KPI table")
        whens = [r[3] for r in kpi_rows]
        if not any(re.fullmatch(r"m\d+", w) for w in whens) or not any(
            re.fullmatch(rf"m\d+ \(({'|'.join(MONTHS)}) \d{{4}}\)", w) for w in whens
        ):
            errors.append(f"by-whens {whens}: not some bare M-months and some with a month")
        for v in gold["visions"]:
            if any(k in v["match"] for k in gold["kpis"]) and v["slide"] != kslide:
                errors.append(f"KPI vision {v['match']!r} not cited on the KPI table")

    # the native chart
    if "ppt/charts/chart1.xml" not in names:
        errors.append("no ppt/charts/chart1.xml")
    else:
        chart = etree.fromstring(z.read("ppt/charts/chart1.xml"))
        if chart.find(".//c:barChart", NS) is None:
            errors.append("chart1.xml holds no c:barChart")
        ext = chart.find("c:externalData", NS)
        rels = etree.fromstring(z.read("ppt/charts/_rels/chart1.xml.rels"))
        target = next(
            (
                r.get("Target")
                for r in rels
                if ext is not None and r.get("Id") == ext.get(f"{{{R}}}id")
            ),
            "",
        )
        embedded = "ppt/embeddings/" + target.rsplit("/", 1)[-1]
        if not target.endswith(".xlsx") or embedded not in names:
            errors.append("the chart has no embedded workbook")
        else:
            book = zipfile.ZipFile(io.BytesIO(z.read(embedded)))
            if "xl/workbook.xml" not in book.namelist():
                errors.append("the embedded workbook is not a workbook")
        series = [
            normalize("".join(t.text or "" for t in s.iter(f"{{{C}}}v")))
            for s in chart.iterfind(".//c:ser/c:tx", NS)
        ]
        if series != ["2027 baseline", "2030 target"]:
            errors.append(f"chart series {series}")
        cats = [normalize(v.text or "") for v in chart.find(".//c:ser/c:cat", NS).iter(f"{{{C}}}v")]
        numbered = [r[0] for r in kpi_rows if re.search(r"\d", r[2])]
        if cats != numbered:
            errors.append(f"chart categories {cats} are not the KPI rows with a number target")
        for cat in cats:
            if not any(k in cat for k in gold["kpis"]):
                errors.append(f"chart category {cat!r} is no KPI")

    # speaker notes: four slides, each with a deck action found only there
    if len(notes) != 4:
        errors.append(f"speaker notes on {sorted(notes)} (four slides)")
    for n, lines in notes.items():
        shapes = _shape_lines(z, slides[n - 1])
        own = [
            act
            for act in gold["deck_actions"]
            if act["slide"] == n
            and all(
                any(m in x for x in lines)
                and not any(m in x for x in shapes)
                and sum(m in x for p in pages.values() for x in p) == 1
                for m in act["match"]
            )
        ]
        if len(own) != 1:
            errors.append(f"slide {n}: its notes hold {len(own)} deck actions of their own")

    # the roadmap: three waves on the plan's months, month 0 a calendar month, gates
    road = [n for n, lines in pages.items() if sum(x.startswith("wave ") for x in lines) == 3]
    if len(road) != 1:
        errors.append(f"roadmap on slides {road}")
        return errors
    lines = pages[road[0]]
    zero = re.search(rf"m0 = ({'|'.join(MONTHS)}) (\d{{4}})", " ".join(lines))
    if zero is None:
        errors.append("the roadmap does not state month 0 as a calendar month")
        return errors
    start = MONTHS.index(zero.group(1)) + 12 * int(zero.group(2))
    waves = [
        (int(a), int(b))
        for x in lines
        if x.startswith("wave ")
        for a, b in re.findall(r"m(\d+)-m(\d+)", x)
    ]
    phases = [(p["start_month"], p["end_month"]) for p in gold["phases"]]
    if waves != phases:
        errors.append(f"roadmap waves {waves}, gold phases {phases}")
    for ph in gold["phases"]:
        if not any(m in x for m in ph["match"] for x in lines):
            errors.append(f"phase not on the roadmap: {ph['match']}")
    gates = [x for x in lines if re.match(r"gate \d", x)]
    if len(gates) != len(phases):
        errors.append(f"gates {gates}: one at the end of each wave")
    for gate, (_, end) in zip(gates, phases, strict=False):
        month = start + end - 1
        want = f"end of {MONTHS[month % 12]} {month // 12}"
        if want not in gate:
            errors.append(f"{gate!r}: not at the end of its wave ({want})")
    return errors


def gap_blocks(gold: dict, pages: dict[int, list[str]]) -> list[str]:
    errors: list[str] = []
    alts = [a for gap in gold["gaps"] for a in gap]
    if not gold.get("gap_blocks"):
        errors.append("no gap_blocks")
    for entry in gold.get("gap_blocks", []):
        for g in entry["gap"]:
            if not any(g in a for a in alts):
                errors.append(f"gap_blocks gap {g!r} inside no gold gap")
        for key in ("blocks", "not_blocks"):
            for item in entry[key]:
                for alt in item:
                    if not any(alt in x for lines in pages.values() for x in lines):
                        errors.append(f"gap_blocks {key} {alt!r} on no deck line")
        if not entry["blocks"]:
            errors.append(f"gap_blocks {entry['gap']}: blocks nothing")
    return errors


def label_lengths(gold: dict) -> list[str]:
    """Labels that point at deck or org text are short and robust: 3 to 8 words."""
    labels = [*gold["optional_visions"], *gold["not_visions"], *gold["not_actions"]]
    labels += [*gold["kpis"], *gold["pilot"]["match"]]
    for v in gold["visions"]:
        labels += [v["match"], *v.get("alternatives", [])]
    for act in gold["deck_actions"]:
        labels += act["match"]
    for gap in gold["gaps"]:
        labels += gap
    for entry in gold["gap_blocks"]:
        labels += entry["gap"]
    return [
        f"label of {len(x.split())} words: {x!r}" for x in labels if not 3 <= len(x.split()) <= 8
    ]


def extra(case: Path) -> list[str]:
    gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
    pages = deck_lines(case / gold["deck"])
    errors = roster_form(case / "org") + deck_form(case, gold) + gap_blocks(gold, pages)
    return errors + label_lengths(gold)


CASE = Case(
    name=NAME,
    builder="build_thornbury_generics.py",
    roster=roster,
    org_sentences=sentences,
    extra=extra,
    folder=HERE,
    split="blind13",
)


def org_dump() -> None:
    org = HERE / NAME / "org"
    print("--- roster rows")
    for row in roster_rows(org):
        print("  # " + " | ".join(c.replace("\n", "\\n") for c in row))
    print("--- org sentences")
    for s in sentences(org):
        print(f"  | {s}")


if __name__ == "__main__":
    if "--org" in sys.argv and "--dump" not in sys.argv:
        org_dump()
        sys.exit(0)
    if "--dump" in sys.argv and "--org" in sys.argv:
        sys.argv.remove("--org")
        run(CASE)
        org_dump()
        sys.exit(0)
    sys.exit(run(CASE))
