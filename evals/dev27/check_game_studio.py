"""Consistency checks of the dev27 case ``game-studio`` against its deck and org folder.

Run from the repository root with the project's venv (python-pptx, pypdf, lxml):

    .venv/bin/python evals/dev27/check_game_studio.py

``--dump`` prints the deck lines the gold was read from, slide by slide, and the roster (with
``--org`` also the org sentences); ``--org`` alone prints the team sheet's rows and the org
sentences.

The checks are those of ``evals/dev15/_checks.py`` (adapted from ``evals/dev13/check_gold.py``),
imported, not copied, and pointed at this folder (``evals/dev27``, split "dev27") with
``build_game_studio.py`` as the builder: the gold's fields, every label on its slide or in an org
sentence, the roster, owners on it and core, consult-only roles owning nothing, forbidden terms
in neither deck nor org, and the rebuild byte for byte. Deck lines are dev13's (python-pptx: one
line per paragraph of every shape and table cell, then the speaker notes, normalised). One
departure: the gold carries ``gap_blocks`` (a field of ``evals/cases/README.md``'s deck-grounded
gold that dev13's field list predates), so the field list the shared checks compare with is that
list plus ``gap_blocks``, and the field is checked with ``_checks.gap_block_errors``.

What is this case's own:

- the roster, read from ``org/people/team.tsv``, a spreadsheet's tab-separated export: UTF-8,
  CRLF, the header Role / Team / Lead / What they own, one role a row; the sheet's empty
  formatted rows come out as lines of tabs and are skipped; a row whose Team is "Consult only"
  is consult tier, every other row core (the sheet has no tier column);
- org sentences: dev15's reader (Markdown, text, the TSV's rows) plus a PDF reader (pypdf, a
  page's lines joined with spaces) for the player-safety policy;
- checks of the team sheet's form: no byte-order mark, CRLF only, four cells on every line, one
  to three trailing lines of tabs only, 18 to 22 roles, unique, exactly the gold's two
  consult-only roles marked "Consult only", every Lead cell filled, at least two remits that
  point to another org file, at least two pairs of near-namesake posts whose remits the gold's
  ``remit_owners`` tell apart;
- checks of the deck's form, as Keynote exports a 16:9 deck to PowerPoint: ``docProps/app.xml``
  with Application "Keynote", 12192000 x 6858000 EMU, 14 to 22 slides, the package's layouts
  exactly Keynote's four renamed masters, no placeholder on any slide and no ``txBox``, every
  ``p:sp`` named "Text N" or "Shape N", explicit insets, an ``a:pPr`` on every paragraph and a
  size on every run, ``buChar`` bullets on some slides and typed ones on others, speaker notes on
  three to five slides; the KPI tiles (every KPI the first line of a label box under a
  big-number box, the second line its baseline and by-when; exactly one tile without a number
  and a season, the one vague KPI);
- the clock: the season row on the roadmap (Season 14 to Season 22 as boxes on one row, left to
  right, and a "Later seasons" box to their right that says it is not in the plan), three gate
  diamonds, Gate 2 undated on the roadmap and dated only in its criteria on the gates slide,
  Phase 3 drawn without seasons on the roadmap and dated by its seasons only on the gates
  slide, the phases named without dates on the north-star slide; every season's start computed
  from "Season 14 starts on Tuesday 2 March 2027" and six weeks matches the boxes, Gate 2's date
  and the plan's end; the horizon said three ways that agree (the cover's 2027-28, the
  roadmap's 54 weeks, the asks' 13 March 2028); the gold's horizon and phase months are those
  weeks / 4.345, rounded;
- the pilot named with its place and unit on its own slide only, no slide before it naming the
  place or "the first market", each of its ``also_slides`` naming it one of those two ways;
  scenario segments on deck lines and none inside the "Not in scope" list;
- the gold's own shape: 15 to 25 deck actions from at least five forms, three or more on
  slides titled as headlines, every deck action covered by a remit-owner entry; first-90-days
  items with a title in brackets, at least one of them a title the roster spells differently;
  labels 3 to 8 words; at least two vague visions; 15 or more remit-owner entries covering
  every KPI; 6 to 10 gaps stated in at least three org files of three kinds; at least two
  false-gap groups; 5 to 10 forbidden terms in no raw org file.

It never runs the planner.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import sys
import zipfile
from pathlib import Path
from typing import Any

from lxml import etree
from pypdf import PdfReader

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import evals.dev15._checks as _checks  # noqa: E402
from evals.dev13.check_gold import FIELDS, deck_lines, normalize  # noqa: E402
from evals.dev15._checks import Case, run  # noqa: E402

HERE = Path(__file__).resolve().parent
NAME = "game-studio"
ROSTER = Path("people") / "team.tsv"
HEAD = ["Role", "Team", "Lead", "What they own"]
CONSULT_TEAM = "Consult only"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
P = "http://schemas.openxmlformats.org/presentationml/2006/main"
NS = {"a": A, "p": P}
KEYNOTE_LAYOUTS = {"Title - Center", "Title & Bullets", "Big Fact", "Blank"}
WEEKS_PER_MONTH = 4.345
MONTHS = {
    m: k
    for k, m in enumerate(
        [
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
        ],
        start=1,
    )
}
# the slides whose titles are headlines or metaphors, and the form of the actions on each
FORMS = {
    5: "pillar initiative",
    6: "pillar initiative",
    7: "pillar initiative",
    8: "pillar initiative",
    9: "pillar initiative",
    12: "pilot step",
    13: "acceptance criterion",
    14: "risk mitigation",
    15: "first 90 days",
    16: "what changes on monday",
}
HEADLINES = {
    "reasons to come back",
    "earn the shelf",
    "every player answered",
    "know, don't guess",
    "safe to play, fair to pay",
    "rocks under the water",
    "clearing the reef",
    "what good looks like at each gate",
    "what changes on monday",
}
NEAR_NAMESAKES = [
    ("Head of Player Care", "Player Care Operations Lead"),
    ("Live Ops Director", "Live Ops Producer"),
    ("Live Ops Engineering Lead", "Client Engineering Lead"),
]

# The gold carries gap_blocks, which dev13's field list predates.
_checks.FIELDS = FIELDS | {"gap_blocks"}  # type: ignore[attr-defined]


# =========================================================================== the team sheet


def roster_rows(org: Path) -> list[list[str]]:
    """Every row of the team sheet, the header first, the empty trailing rows dropped."""
    text = (org / ROSTER).read_bytes().decode("utf-8")
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter="\t"))
    return [r for r in rows if any(c.strip() for c in r)]


def roster(org: Path) -> list[tuple[str, str]]:
    rows = roster_rows(org)
    if not rows or rows[0] != HEAD:
        return []
    return [(r[0].strip(), "consult" if r[1].strip() == CONSULT_TEAM else "core") for r in rows[1:]]


def _pdf_parts(path: Path) -> list[str]:
    return [" ".join((p.extract_text() or "").splitlines()) for p in PdfReader(str(path)).pages]


def sentences(org: Path) -> list[str]:
    return _checks.org_sentences(org, {".pdf": _pdf_parts})


def _file_sentences(org: Path) -> dict[Path, list[str]]:
    """Each org file's sentences, read the way ``sentences`` reads the folder."""
    out: dict[Path, list[str]] = {}
    for path in sorted(p for p in org.rglob("*") if p.is_file()):
        rel = path.relative_to(org)
        if path.suffix == ".pdf":
            parts = _pdf_parts(path)
        elif path.suffix == ".tsv":
            parts = [" ".join(r) for r in roster_rows(org)]
        else:
            text = path.read_text(encoding="utf-8")
            parts = re.sub(r"\n(?![\n\-*|#])", " ", text).split("\n")
        pieces = [s for part in parts for s in re.split(r"(?<=[.!?])\s+", part)]
        out[rel] = [n for n in (normalize(p) for p in pieces) if n]
    return out


def roster_form(org: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    raw = (org / ROSTER).read_bytes()
    if raw.startswith(b"\xef\xbb\xbf") or raw.startswith(b"\xff\xfe"):
        errors.append("team sheet: a byte-order mark")
    text = raw.decode("utf-8")
    if text.count("\n") != text.count("\r\n") or not text.endswith("\r\n"):
        errors.append("team sheet: line ends are not all CRLF")
    lines = text.split("\r\n")[:-1]
    if any(line.count("\t") != 3 for line in lines):
        errors.append("team sheet: a line without four TAB-separated cells")
    empty = 0
    for line in reversed(lines):
        if line.strip("\t"):
            break
        empty += 1
    if not 1 <= empty <= 3 or any(not line.strip("\t") for line in lines[: len(lines) - empty]):
        errors.append(f"team sheet: {empty} trailing rows of tabs, or an empty row inside")
    rows = roster_rows(org)
    if not rows or rows[0] != HEAD:
        errors.append(f"team sheet: header {rows[0] if rows else None}")
        return errors
    found = roster(org)
    if not 18 <= len(found) <= 22:
        errors.append(f"team sheet: {len(found)} roles (18 to 22)")
    if len({r for r, _ in found}) != len(found):
        errors.append("team sheet: a role appears twice")
    consult = [r for r, t in found if t == "consult"]
    if consult != gold["consult_only_roles"] or len(consult) != 2:
        errors.append(f"team sheet: consult-only rows {consult}")
    if any(not r[2].strip() or not r[3].strip() for r in rows[1:]):
        errors.append("team sheet: a row without its Lead or its remit")
    pointers = [r[0] for r in rows[1:] if re.search(r"\bsee the\b", r[3], re.I)]
    if len(pointers) < 2:
        errors.append(f"team sheet: remits kept outside it {pointers} (two or more)")
    remits = {r[0]: r[3] for r in rows[1:]}
    owners = [set(e["owners"]) for e in gold["remit_owners"]]
    told_apart = 0
    for a, b in NEAR_NAMESAKES:
        if a not in remits or b not in remits:
            errors.append(f"near-namesake pair not on the roster: {a} / {b}")
            continue
        only_a = any(a in o and b not in o for o in owners)
        only_b = any(b in o and a not in o for o in owners)
        told_apart += only_a and only_b
    if told_apart < 2:
        errors.append(f"{told_apart} near-namesake pairs told apart by remit_owners (two or more)")
    return errors


# =========================================================================== the deck's form


def _paras(sp: Any) -> list[str]:
    return [
        normalize("".join(t.text or "" for t in p.iter(f"{{{A}}}t"))) for p in sp.iter(f"{{{A}}}p")
    ]


def _date(text: str) -> dt.date | None:
    m = re.search(r"(\d{1,2}) ([a-z]+) (\d{4})", text)
    if not m or m.group(2) not in MONTHS:
        return None
    return dt.date(int(m.group(3)), MONTHS[m.group(2)], int(m.group(1)))


def _slide_of(pages: dict[int, list[str]], title: str) -> int:
    hits = [n for n, lines in pages.items() if title in lines[:3]]
    return hits[0] if len(hits) == 1 else 0


def deck_form(case: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    deck = case / gold["deck"]
    z = zipfile.ZipFile(deck)
    names = z.namelist()
    app = z.read("docProps/app.xml").decode("utf-8")
    if "<Application>Keynote</Application>" not in app:
        errors.append("app.xml does not name Keynote")
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
    layout_names = set()
    for n in names:
        if re.fullmatch(r"ppt/slideLayouts/slideLayout\d+\.xml", n):
            c_sld = etree.fromstring(z.read(n)).find("p:cSld", NS)
            layout_names.add(c_sld.get("name") if c_sld is not None else None)
    if layout_names != KEYNOTE_LAYOUTS:
        errors.append(f"slide layouts {sorted(map(str, layout_names))}")
    pages = deck_lines(deck)
    buchar: set[int] = set()
    typed: set[int] = set()
    notes = 0
    roots = {}
    for k, name in enumerate(slides, start=1):
        raw = z.read(name)
        root = etree.fromstring(raw)
        roots[k] = root
        if root.findall(".//p:ph", NS):
            errors.append(f"slide {k}: a placeholder")
        if b"txBox" in raw:
            errors.append(f"slide {k}: a txBox attribute")
        for sp in root.iter(f"{{{P}}}sp"):
            c_nv = sp.find("p:nvSpPr/p:cNvPr", NS)
            nm = c_nv.get("name", "") if c_nv is not None else ""
            if not re.fullmatch(r"(Shape|Text) \d+", nm):
                errors.append(f"slide {k}: shape named {nm!r}")
        for bp in root.iter(f"{{{A}}}bodyPr"):
            if bp.getparent().tag == f"{{{A}}}txBody":
                continue  # a table cell's body
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
            if re.match(r"(\u2013|\d\.) ", text):
                typed.add(k)
        if any(r.get("sz") is None for r in root.iter(f"{{{A}}}rPr")):
            errors.append(f"slide {k}: a run without a size")
        rels = z.read(name.replace("slides/", "slides/_rels/") + ".rels").decode("utf-8")
        notes += "notesSlide" in rels
    if len(buchar) < 3 or len(typed) < 3:
        errors.append(f"buChar bullets on {sorted(buchar)}, typed on {sorted(typed)}")
    if not 3 <= notes <= 5:
        errors.append(f"speaker notes on {notes} slides (3 to 5)")

    # the KPI tiles
    kpi_visions = [v for v in gold["visions"] if any(k in v["match"] for k in gold["kpis"])]
    kslides = {v["slide"] for v in kpi_visions}
    if len(kslides) != 1:
        errors.append(f"KPI visions on slides {sorted(kslides)}")
    else:
        texts = [_paras(sp) for sp in roots[kslides.pop()].iter(f"{{{P}}}sp")]
        no_target = []
        for v in kpi_visions:
            at = [i for i, t in enumerate(texts) if len(t) == 2 and t[0].startswith(v["match"])]
            if len(at) != 1 or at[0] == 0 or len(texts[at[0] - 1]) != 1:
                errors.append(f"KPI {v['match']!r} is not a tile's label under a big number")
                continue
            big, second = texts[at[0] - 1][0], texts[at[0]][1]
            if "baseline" not in second:
                errors.append(f"KPI {v['match']!r}: no baseline on the label's second line")
            dated = re.search(r"by end of season \d+", second) is not None
            if not re.search(r"\d", big) and not dated:
                no_target.append(v["match"])
            elif not dated:
                errors.append(f"KPI {v['match']!r}: no by-when")
        vague = [v["match"] for v in kpi_visions if v["vague"]]
        if len(no_target) != 1 or no_target != vague:
            errors.append(f"tiles without a number and a season {no_target}; vague KPIs {vague}")
    return errors + clock(pages, roots, gold)


# =========================================================================== the clock


def clock(pages: dict[int, list[str]], roots: dict[int, Any], gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    text = [x for lines in pages.values() for x in lines]
    start_line = [x for x in text if "season 14 starts on tuesday" in x]
    first = _date(start_line[0]) if start_line else None
    if first is None:
        return ["clock: no 'Season 14 starts on Tuesday <date>' line"]

    def season_start(n: int) -> dt.date:
        return first + dt.timedelta(weeks=6 * (n - 14))

    def season_end(n: int) -> dt.date:
        return season_start(n + 1) - dt.timedelta(days=1)

    # the roadmap: a row of season boxes and a Later box
    road = _slide_of(pages, "season 14 to season 22")
    if not road:
        return errors + ["clock: no roadmap slide titled 'Season 14 to Season 22'"]
    boxes: dict[str, tuple[int, int, list[str]]] = {}
    for sp in roots[road].iter(f"{{{P}}}sp"):
        paras = _paras(sp)
        off = sp.find("p:spPr/a:xfrm/a:off", NS)
        if paras and off is not None and re.fullmatch(r"season \d+|later seasons", paras[0]):
            boxes[paras[0]] = (int(off.get("x")), int(off.get("y")), paras)
    seasons = [f"season {n}" for n in range(14, 23)]
    if any(s not in boxes for s in seasons) or "later seasons" not in boxes:
        return errors + [f"roadmap: season boxes {sorted(boxes)}"]
    xs = [boxes[s][0] for s in seasons]
    if len({boxes[s][1] for s in seasons}) != 1 or xs != sorted(xs):
        errors.append("roadmap: the season boxes are not one row, left to right")
    later = boxes["later seasons"]
    if later[0] <= xs[-1] or not any("not in this plan" in x for x in later[2]):
        errors.append("roadmap: no 'Later seasons' box, not in the plan, right of Season 22")
    for n in range(14, 23):
        label = boxes[f"season {n}"][2][-1]
        want = season_start(n)
        month = [m for m, k in MONTHS.items() if k == want.month][0][:3]
        if label != f"from {want.day} {month} {want.year}":
            errors.append(f"roadmap: Season {n} box says {label!r}, the clock {want}")
    diamonds = roots[road].findall(".//a:prstGeom[@prst='diamond']", NS)
    gates = [x for x in pages[road] if x.startswith("gate ")]
    if len(diamonds) != 3 or len(gates) != 3:
        errors.append(f"roadmap: {len(diamonds)} diamonds, gates {gates}")
    gate2 = [g for g in gates if g.startswith("gate 2")]
    if len(gate2) != 1 or re.search(r"season|\d{4}", gate2[0]):
        errors.append(f"roadmap: Gate 2 should carry no date there: {gate2}")
    phase3 = [x for x in pages[road] if x.startswith("phase 3")]
    if len(phase3) != 1 or "season" in phase3[0]:
        errors.append(f"roadmap: Phase 3 should be drawn without its seasons: {phase3}")
    if "54 weeks" not in " ".join(pages[road]):
        errors.append("roadmap: the 54 weeks are not said")

    # phases named without dates, then dated on the gates slide
    star = _slide_of(pages, "the puzzle game people keep for years")
    gates_slide = _slide_of(pages, "what good looks like at each gate")
    if not star or not gates_slide:
        return errors + ["clock: no north-star or gates slide"]
    names = ["set the board", "prove it", "worldwide"]
    if not all(n in pages[star] for n in names):
        errors.append("north star: the three phases are not named there, alone on their lines")
    spans = {}
    for k, name in enumerate(names, start=1):
        lines = pages[gates_slide]
        at = [i for i, x in enumerate(lines) if x == f"phase {k} \u00b7 {name}"]
        if len(at) != 1:
            errors.append(f"gates slide: no heading for phase {k}")
            continue
        when = lines[at[0] + 1]
        m = re.match(r"seasons (\d+) (?:and|to) (\d+)", when)
        if not m:
            errors.append(f"gates slide: phase {k} not dated by seasons: {when!r}")
            continue
        spans[k] = (int(m.group(1)), int(m.group(2)))
        if k == 3 and (when != f"seasons {m.group(1)} to {m.group(2)}"):
            errors.append(f"gates slide: phase 3 should be dated by its seasons only: {when!r}")
    crit = [x for x in pages[gates_slide] if x.startswith("all three met by the last day of")]
    g2 = _date(crit[0]) if crit else None
    if g2 is None or 2 not in spans or g2 != season_end(spans[2][1]):
        errors.append(f"gates slide: Gate 2's date in its criteria {crit} is not Phase 2's end")

    # the horizon, three ways, and the gold's months
    end = season_end(22)
    asks = [x for x in text if x.startswith("1. approve tide rising")]
    if not asks or _date(asks[0]) != end:
        errors.append(f"asks: the plan's end {asks} is not the end of Season 22 ({end})")
    if not any(
        "season 22 closes on monday" in x and _date(x.split("closes")[1]) == end for x in text
    ):
        errors.append("roadmap notes: Season 22's last day disagrees with the clock")
    if not any("2027-28" in x for x in pages[1]):
        errors.append("cover: the 2027-28 range is not there")
    weeks = (end + dt.timedelta(days=1) - first).days / 7
    if weeks != 54 or gold["horizon_months"] != round(weeks / WEEKS_PER_MONTH):
        errors.append(f"horizon: {weeks} weeks, gold {gold['horizon_months']} months")
    for k, ph in enumerate(gold["phases"], start=1):
        if k not in spans:
            continue
        a, b = spans[k]
        start = round(6 * (a - 14) / WEEKS_PER_MONTH)
        stop = round(6 * (b - 13) / WEEKS_PER_MONTH)
        if (ph["start_month"], ph["end_month"]) != (start, stop):
            errors.append(
                f"phase {k}: gold {ph['start_month']}-{ph['end_month']}, clock {start}-{stop}"
            )
    return errors


# =========================================================================== pilot, scenarios


def pilot_and_scenarios(pages: dict[int, list[str]], gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    pilot = gold["pilot"]
    place, later = pilot["match"]
    n = pilot["slide"]
    if not any(place in x and "41,000 monthly players" in x for x in pages[n]):
        errors.append("pilot: not named with its place and unit on its own slide")
    for k in range(1, n):
        if any("new zealand" in x or later in x for x in pages[k]):
            errors.append(f"pilot: named on slide {k}, before its own slide")
    for k in pilot["also_slides"]:
        if k <= n or not any(place in x or later in x for x in pages[k]):
            errors.append(f"pilot: also-slide {k} does not refer to it after its slide")
    scope_slide = [
        k for k, lines in pages.items() if any(x.startswith("not in scope") for x in lines)
    ]
    out_of_scope: list[str] = []
    if len(scope_slide) == 1:
        lines = pages[scope_slide[0]]
        at = next(i for i, x in enumerate(lines) if x.startswith("not in scope"))
        out_of_scope = lines[at + 1 :]
        if len(out_of_scope) < 4:
            errors.append("not in scope: fewer than four items")
    else:
        errors.append(f"'not in scope' on slides {scope_slide}")
    text = [x for lines in pages.values() for x in lines]
    segs = gold["scenario_segments"]
    if not 2 <= len(segs) <= 4:
        errors.append(f"{len(segs)} scenario segments (2 to 4)")
    for seg in segs:
        if not any(alt in x for alt in seg for x in text):
            errors.append(f"scenario segment on no deck line: {seg}")
        if any(alt in x for alt in seg for x in out_of_scope):
            errors.append(f"scenario segment inside the not-in-scope list: {seg}")
    return errors


# =========================================================================== the gold's shape


def _words(label: str) -> int:
    return len(label.split())


def gold_shape(case: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    pages = deck_lines(case / gold["deck"])
    org = case / "org"
    actions = gold["deck_actions"]
    if not 15 <= len(actions) <= 25:
        errors.append(f"{len(actions)} deck actions (15 to 25)")
    forms = {FORMS.get(a["slide"], "other") for a in actions}
    if len(forms - {"other"}) < 5:
        errors.append(f"deck actions from {sorted(forms)} (five forms or more)")
    on_headlines = [a for a in actions if any(t in pages[a["slide"]][:3] for t in HEADLINES)]
    if len(on_headlines) < 3:
        errors.append(f"{len(on_headlines)} deck actions on headline slides (three or more)")
    tasks = [t for e in gold["remit_owners"] for t in e["task"]]
    for a in actions:
        if not any(t in alt for alt in a["match"] for t in tasks):
            errors.append(f"deck action without a remit owner: {a['match'][0]!r}")

    # first-90-days brackets and titles the org spells differently
    roles = [r for r, _ in roster(org)]
    slide90 = _slide_of(pages, "clearing the reef")
    brackets = [re.findall(r"\[([^\]]+)\]", x) for x in pages.get(slide90, [])]
    titles = [b[0] for b in brackets if b]
    if len(titles) < 5:
        errors.append(f"first 90 days: {len(titles)} items with a title in brackets")
    lower = {r.lower() for r in roles}
    others = [t for t in titles if t not in lower]
    if not others:
        errors.append("first 90 days: every bracket spells a roster title exactly")
    for t in others:
        line = next(x for x in pages[slide90] if f"[{t}]" in x)
        if not any(task in line for task in tasks):
            errors.append(f"first 90 days: [{t}] item is in no remit-owner entry")

    # labels
    labels: list[str] = []
    for v in gold["visions"]:
        labels += [v["match"], *v.get("alternatives", [])]
    labels += gold["optional_visions"] + [alt for a in actions for alt in a["match"]]
    labels += [alt for g in gold["gaps"] for alt in g] + gold["kpis"] + gold["pilot"]["match"]
    for label in labels:
        if not 3 <= _words(label) <= 8 or label != label.lower():
            errors.append(f"label not 3 to 8 lower-case words: {label!r}")
    vague = [v for v in gold["visions"] if v["vague"]]
    if len(vague) < 2 or len(vague) >= len(gold["visions"]) / 2:
        errors.append(f"{len(vague)} vague visions of {len(gold['visions'])}")
    if len(gold["remit_owners"]) < 15:
        errors.append(f"{len(gold['remit_owners'])} remit-owner entries (15 or more)")
    for kpi in gold["kpis"]:
        if not any(t in kpi or kpi in t for t in tasks):
            errors.append(f"KPI without a remit owner: {kpi!r}")

    # gaps across the org's files
    files = _file_sentences(org)
    where: set[Path] = set()
    for gap in gold["gaps"]:
        hits = {f for f, ss in files.items() for s in ss for alt in gap if alt in s}
        if not hits:
            errors.append(f"gap in no org file: {gap}")
        where |= hits
    kinds = {f.suffix for f in where}
    if not 6 <= len(gold["gaps"]) <= 10 or len(where) < 3 or len(kinds) < 3:
        errors.append(f"{len(gold['gaps'])} gaps in {len(where)} files of kinds {sorted(kinds)}")
    if len(gold["false_gaps"]) < 2:
        errors.append("fewer than two false-gap groups")
    raw = " ".join(normalize(s) for ss in files.values() for s in ss)
    for path in org.rglob("*"):
        if path.is_file() and path.suffix != ".pdf":
            raw += " " + normalize(path.read_bytes().decode("utf-8"))
    for term in gold["forbidden_terms"]:
        if term in raw:
            errors.append(f"forbidden term in a raw org file: {term!r}")
    if not 5 <= len(gold["forbidden_terms"]) <= 10:
        errors.append(f"{len(gold['forbidden_terms'])} forbidden terms (5 to 10)")
    for terms in gold["false_gaps"]:
        if not any(t in raw for t in terms if not t.startswith("no ")):
            errors.append(f"false gap the org folder does not contradict: {terms}")

    # gap_blocks
    said = sentences(org)
    deck_text = [x for lines in pages.values() for x in lines]
    errors += _checks.gap_block_errors(gold, said, deck_text)
    return errors + pilot_and_scenarios(pages, gold)


def extra(case: Path) -> list[str]:
    gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
    return roster_form(case / "org", gold) + deck_form(case, gold) + gold_shape(case, gold)


CASE = Case(
    name=NAME,
    builder="build_game_studio.py",
    roster=roster,
    org_sentences=sentences,
    core=frozenset({"core"}),
    consult=frozenset({"consult"}),
    extra=extra,
    folder=HERE,
    split="dev27",
)


def org_dump() -> None:
    org = HERE / NAME / "org"
    print(f"--- team sheet rows ({ROSTER}):")
    for row in roster_rows(org):
        print("  " + " | ".join(row))
    print("--- org sentences:")
    for s in sentences(org):
        print(f"  | {s}")


if __name__ == "__main__":
    if "--org" in sys.argv and "--dump" not in sys.argv:
        org_dump()
        sys.exit(0)
    sys.exit(run(CASE))
