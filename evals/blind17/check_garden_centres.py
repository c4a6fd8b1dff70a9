"""Consistency checks of the blind17 case ``garden-centres`` against its deck and org folder.

Run from the repository root with the project's venv (python-pptx, python-docx, openpyxl, lxml,
pypdf), since the rebuild check runs the builder with the interpreter that runs this file:

    .venv/bin/python evals/blind17/check_garden_centres.py
    .venv/bin/python evals/blind17/check_garden_centres.py --dump   (deck lines by slide, roster)
    .venv/bin/python evals/blind17/check_garden_centres.py --org    (roster rows, org sentences)

The checks are those of ``evals/dev15/_checks.py`` (adapted from ``evals/dev13/check_gold.py``),
imported, not copied, and pointed at this folder (``evals/blind17``, split "blind17") with
``build_garden_centres.py`` as the builder: the gold's fields, every label on its slide or in an
org sentence, the roster, owners on it and core, consult-only roles owning nothing, forbidden
terms in neither deck nor org, and the rebuild byte for byte. Deck lines are dev13's (one line
per paragraph of every shape, groups opened, tables cell by cell, then the speaker notes). One
departure: the gold carries ``gap_blocks`` (a field of ``evals/cases/README.md``'s deck-grounded
gold that dev13's field list predates), so the field list the shared checks compare with is that
list plus ``gap_blocks``, checked with ``_checks.gap_block_errors``.

What is this case's own:

- the roster, read with openpyxl from ``org/people/head-office-structure.xlsx``: the header row
  is the row whose first cell is "Post" (row 2, under a title merged across the columns), the
  posts are the rows under it down to the first empty row (a note follows after a blank row),
  the tier the "Programme role" cell ("Core" or "Consult only");
- org sentences: dev15's reader (Markdown, text, TSV, DOCX) plus an XLSX reader: the title, each
  post as "Post. Remit" and the note under the table;
- checks of the roster's form: one sheet, the title merged over every header column, the header
  Post / Function / Reports to / Cost centre / Programme role / Remit on row 2, the Cost centre
  column hidden, 18 to 22 posts, unique, each reporting to a post, the Board or "-" (the two
  consult-only chairs), two consult-only posts, the near-namesake pairs on it, a note row after
  a blank row, and the buying committee's terms of reference in Markdown with a chair on the
  roster;
- checks of the deck's form, as PowerPoint for the web saves a 16:9 deck: ``docProps/app.xml``
  naming "Microsoft Office PowerPoint" 16.0000 with no editing time, ``ppt/revisionInfo.xml``
  related from the presentation with one client carrying ``vWet``, no thumbnail and no printer
  settings, ``[Content_Types].xml`` and ``_rels/.rels`` first, 14 to 22 slides of 12192000 x
  6858000 EMU, a title placeholder on every slide, ``a16:creationId`` on every shape and
  ``p14:creationId`` on every slide; the KPI tiles as group shapes (a rounded rectangle, a big
  number and a label whose first line is the KPI and whose second holds the FY28 baseline and
  the by-when), one tile without a number and a by-when, the one vague KPI; the context tiles
  grouped the same way but worded unlike every KPI; the roadmap a native table with FY29 and
  FY30 merged over their period columns, a phase row of merged cells and an "FY31 and after"
  column;
- checks of the clock: "our year starts on 1 march; it runs in thirteen four-week periods"
  said exactly once; Peak P2-P4 as a freeze; D-day with D-28 and D+14 dated; the horizon stated
  three ways (the cover's dates, the clock slide's 26 periods, the closing's "end of P13 FY30")
  that agree with the gold's, counted with month 0 = March 2029 and a period = 12/13 of a month;
  the phases dated on the gates slide giving the gold's months (an overlap the deck explains
  cut at the later phase's start) and named without dates on the plan-on-a-page slide; Gate 2
  undated on the roadmap and dated only in its acceptance criteria; the FY31 column's items
  not-actions;
- checks of the gold's shape for this case: 15 to 25 deck actions in at least five forms (by
  the slide they sit on), three or more on slides whose titles are headlines; the pilot named
  with its place and unit on its own slide only and by the place alone on later also-slides; a
  bracketed owner on the first-100-days slide that is not a roster title, on a deck action;
  15 or more remit owners; two or more vague visions; 6 to 10 gaps, each stated in one file,
  in three or more files of three or more kinds; two or more false-gap groups; 5 to 10
  forbidden terms, in no raw org file or deck part either; 2 to 4 scenario segments, each in
  the deck and none from its "not in scope" list.

It never runs the planner.
"""

from __future__ import annotations

import io
import json
import re
import shutil
import sys
import tempfile
import zipfile
from pathlib import Path
from typing import Any

from lxml import etree
from openpyxl import load_workbook
from pptx import Presentation

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import evals.dev15._checks as _checks  # noqa: E402
from evals.dev13.check_gold import FIELDS, deck_lines, normalize  # noqa: E402
from evals.dev15._checks import Case, gap_block_errors, run  # noqa: E402

HERE = Path(__file__).resolve().parent
NAME = "garden-centres"
DECK = "Growing Right 2029-31 - Board 15 Jan 2029.pptx"
ROSTER = Path("people") / "head-office-structure.xlsx"
TOR = Path("governance") / "buying-committee-terms-of-reference.md"
HEAD = ["Post", "Function", "Reports to", "Cost centre", "Programme role", "Remit"]
TIERS = {"Core": "core", "Consult only": "consult only"}
NEAR_NAMESAKES = [
    ("Head of Horticulture", "Horticulture Trading Manager"),
    ("Retail Operations Director", "Retail Operations Planning Manager"),
    ("Supply Chain Manager", "Nursery Supply Manager"),
]
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
P = "http://schemas.openxmlformats.org/presentationml/2006/main"
A16 = "http://schemas.microsoft.com/office/drawing/2014/main"
P14 = "http://schemas.microsoft.com/office/powerpoint/2010/main"
REV = "http://schemas.microsoft.com/office/powerpoint/2015/10/main"
NS = {"a": A, "p": P, "a16": A16, "p14": P14, "rev": REV}

# slides by their role
COVER = 1
WHY_SLIDE = 2
PLAN_SLIDE = 3
SCOPE_SLIDE = 4
KPI_SLIDE = 9
CLOCK_SLIDE = 10
PILOT_SLIDE = 11
ROADMAP_SLIDE = 12
GATES_SLIDE = 13
FIRST_100_SLIDE = 15
CLOSE_SLIDE = 20
# the form of the deck's own actions, by the slide they sit on
FORMS = {
    5: "pillar initiative",
    6: "pillar initiative",
    7: "pillar initiative",
    8: "pillar initiative",
    11: "pilot steps",
    13: "acceptance criteria",
    14: "risk mitigations",
    15: "first 100 days",
    16: "what changes on monday",
    19: "asks of the board",
}
# slide titles that are headlines or metaphors, not "Roadmap" or "Actions"
HEADLINES = {
    "stop guessing what the bench needs",
    "every plant we bin, we paid for twice",
    "order at breakfast, collect by lunch",
    "the right hands on the right day",
    "what each gate must prove",
    "what could knock us off course",
    "breaking ground: the first 100 days",
    "what changes on monday 2 july at hebble bridge",
}
PILOT_FULL = "bedding plants at our hebble bridge centre"
PILOT_PLACE = "hebble bridge"
CLOCK = "our year starts on 1 march; it runs in thirteen four-week periods, p1 to p13."
PERIOD_COLUMNS = [
    "p1",
    "p2-p4 · peak",
    "p5",
    "p6-p9",
    "p10-p13",
    "p1",
    "p2-p4 · peak",
    "p5-p7",
    "p8-p13",
]
LATER_ITEMS = ["houseplants and cut flowers", "home delivery of large plants", "self-billing"]
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
D_DAY = 4 + 1 / 31  # Monday 2 July 2029, in months from 1 March 2029

# gap_blocks is a field of the deck-grounded gold that dev13's list predates
_checks.FIELDS = FIELDS | {"gap_blocks"}  # type: ignore[attr-defined]


# =========================================================================== the org folder


def _rows(path: Path) -> list[list[str]]:
    """The roster sheet's rows as strings (an empty cell as ""), hidden columns included."""
    wb = load_workbook(path)
    ws = wb.worksheets[0]
    rows = [["" if c is None else str(c) for c in row] for row in ws.iter_rows(values_only=True)]
    wb.close()
    return rows


def _table(rows: list[list[str]]) -> tuple[int, list[list[str]]]:
    """The header row's index and the post rows under it, down to the first empty row."""
    at = next((i for i, r in enumerate(rows) if r and r[0] == "Post"), -1)
    if at < 0:
        return -1, []
    posts: list[list[str]] = []
    for r in rows[at + 1 :]:
        if not any(c.strip() for c in r):
            break
        posts.append(r)
    return at, posts


def roster(org: Path) -> list[tuple[str, str]]:
    """(post, tier) of every post row, in order; the tier the Programme role cell."""
    if not (org / ROSTER).is_file():
        return []
    rows = _rows(org / ROSTER)
    at, posts = _table(rows)
    if at < 0 or rows[at] != HEAD:
        return []
    role = HEAD.index("Programme role")
    return [(r[0].strip(), TIERS.get(r[role].strip(), r[role].strip().lower())) for r in posts]


def _xlsx_parts(path: Path) -> list[str]:
    """The title, each post as "Post. Remit", and the note under the table."""
    rows = _rows(path)
    at, posts = _table(rows)
    parts = [r[0] for r in rows[:at] if r and r[0]]
    parts += [f"{r[0]}. {r[HEAD.index('Remit')]}" for r in posts]
    parts += [c for r in rows[at + 1 + len(posts) :] for c in r if c]
    return parts


def sentences(org: Path) -> list[str]:
    return _checks.org_sentences(org, {".xlsx": _xlsx_parts})


def _per_file(org: Path) -> dict[str, list[str]]:
    """The org sentences of each file, by its path under ``org/``, each file read alone from a
    temporary copy of its folder."""
    out: dict[str, list[str]] = {}
    for path in sorted(p for p in org.rglob("*") if p.is_file()):
        rel = path.relative_to(org)
        with tempfile.TemporaryDirectory() as tmp:
            one = Path(tmp) / "org"
            (one / rel).parent.mkdir(parents=True)
            shutil.copy(path, one / rel)
            out[str(rel)] = sentences(one)
    return out


def roster_form(org: Path) -> list[str]:
    errors: list[str] = []
    wb = load_workbook(org / ROSTER)
    if len(wb.worksheets) != 1:
        errors.append(f"roster: {len(wb.worksheets)} sheets (one)")
    ws = wb.worksheets[0]
    merged = [str(r) for r in ws.merged_cells.ranges]
    if merged != ["A1:F1"]:
        errors.append(f"roster: merged ranges {merged} (the title over A1:F1 only)")
    hidden = [k for k, d in ws.column_dimensions.items() if d.hidden]
    if hidden != ["D"]:
        errors.append(f"roster: hidden columns {hidden} (D, the cost centre)")
    wb.close()
    rows = _rows(org / ROSTER)
    at, posts = _table(rows)
    if at != 1 or rows[at] != HEAD:
        errors.append(f"roster: header at row {at + 1}: {rows[at] if at >= 0 else None}")
        return errors
    if not rows[0][0] or any(rows[0][1:]):
        errors.append("roster: row 1 is not a title in A1 alone")
    titles = [r[0] for r in posts]
    if not 18 <= len(titles) <= 22:
        errors.append(f"roster: {len(titles)} posts (18 to 22)")
    if len(set(titles)) != len(titles):
        errors.append("roster: a post appears twice")
    consult = [r[0] for r in posts if r[4] == "Consult only"]
    if len(consult) != 2:
        errors.append(f"roster: consult-only posts {consult}")
    for r in posts:
        if r[4] not in TIERS:
            errors.append(f"roster: {r[0]!r} has programme role {r[4]!r}")
        if r[4] == "Consult only":
            if r[2] != "-":
                errors.append(f"roster: consult-only post {r[0]!r} reports to {r[2]!r}")
        elif r[2] not in titles and r[2] != "Board":
            errors.append(f"roster: {r[0]!r} reports to {r[2]!r}, not a post")
        if len(r[5]) < 40:
            errors.append(f"roster: the remit of {r[0]!r} is missing or short")
    for a, b in NEAR_NAMESAKES:
        if a not in titles or b not in titles:
            errors.append(f"roster: near-namesakes {a!r} / {b!r} not both on it")
    tail = rows[at + 1 + len(posts) :]
    if not tail or any(tail[0]) or not any(c for r in tail[1:] for c in r):
        errors.append("roster: no note after a blank row under the table")
    if sum("Further remit in the Buying Committee" in r[5] for r in posts) < 2:
        errors.append("roster: fewer than two remits kept in the buying committee's terms")
    tor = org / TOR
    if not tor.is_file():
        errors.append("no buying committee terms of reference in Markdown")
    else:
        m = re.search(r"^- Chair: (.+)$", tor.read_text(encoding="utf-8"), re.M)
        if not m or m.group(1).strip() not in titles:
            errors.append("the buying committee's chair is not a post on the roster")
    return errors


# =========================================================================== the clock


def period_start(p: int, fy: int) -> float:
    """The start of period ``p`` of FY``fy``, in months from 1 March 2029 (month 0)."""
    return (fy - 29) * 12 + (p - 1) * 12 / 13


def period_end(p: int, fy: int) -> float:
    return (fy - 29) * 12 + p * 12 / 13


def phase_span(text: str) -> tuple[float, float] | None:
    """(start, end) in months of a gates-slide span: "p1 to p5 fy29", "d-day to p9 fy29",
    "p10 fy29 to p7 fy30"."""
    if m := re.fullmatch(r"p(\d+) to p(\d+) fy(\d\d)", text):
        fy = int(m.group(3))
        return period_start(int(m.group(1)), fy), period_end(int(m.group(2)), fy)
    if m := re.fullmatch(r"p(\d+) fy(\d\d) to p(\d+) fy(\d\d)", text):
        return (
            period_start(int(m.group(1)), int(m.group(2))),
            period_end(int(m.group(3)), int(m.group(4))),
        )
    if m := re.fullmatch(r"d-day to p(\d+) fy(\d\d)", text):
        return D_DAY, period_end(int(m.group(1)), int(m.group(2)))
    return None


def clock_form(pages: dict[int, list[str]], gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    horizon = gold["horizon_months"]
    said = [n for n, lines in pages.items() for x in lines if CLOCK in x]
    if said != [CLOCK_SLIDE]:
        errors.append(f"the clock statement is on slides {said}, not once on {CLOCK_SLIDE}")
    clock = "\n".join(pages[CLOCK_SLIDE])
    for text in (
        "peak = p2-p4. nothing changes in a centre during peak",
        "d-day is monday 2 july 2029",
        "d-28 is monday 4 june",
        "d+14 is monday 16 july",
        "fy29 is the year that starts on 1 march 2029",
    ):
        if text not in clock:
            errors.append(f"the clock slide does not say {text!r}")
    # three statements of the horizon, which must agree with the gold's
    cover = "\n".join(pages[COVER])
    m = re.search(r"1 march 2029 to (\d+) (\w+) (\d{4})", cover)
    if not m or m.group(2) not in MONTHS:
        errors.append("the cover does not give the plan's dates")
    else:
        end = (int(m.group(3)) - 2029) * 12 + MONTHS.index(m.group(2)) - 2 + 1
        if end != horizon:
            errors.append(f"the cover's dates give {end} months, gold horizon {horizon}")
    m = re.search(r"this plan covers fy29 and fy30: (\d+) periods", clock)
    if not m or round(int(m.group(1)) * 12 / 13) != horizon:
        errors.append("the clock slide's periods do not give the horizon")
    close = "\n".join(pages[CLOSE_SLIDE])
    m = re.search(r"the end of p(\d+) fy(\d\d)", close)
    if not m or round(period_end(int(m.group(1)), int(m.group(2)))) != horizon:
        errors.append("the closing slide's period does not end at the horizon")
    # the phases: undated on the plan on a page, dated on the gates slide
    labels = [
        (m.group(1), m.group(2), m.group(3))
        for x in pages[GATES_SLIDE]
        if (m := re.fullmatch(r"phase (\d) · ([a-z -]+) · (.+)", x))
    ]
    spans = [phase_span(s) for _, _, s in labels]
    if None in spans or len(spans) != len(gold["phases"]):
        errors.append(f"gates slide phase labels {labels}")
        return errors
    months = [list(s) for s in spans if s is not None]
    for k in range(1, len(months)):
        if months[k][0] < months[k - 1][1]:
            note = f"phases {k} and {k + 1} overlap"
            if not any(note in x for x in pages[GATES_SLIDE]):
                errors.append(f"phases {k} and {k + 1} overlap and the deck does not say so")
            months[k - 1][1] = months[k][0]
    got = [(round(a), round(b)) for a, b in months]
    want = [(p["start_month"], p["end_month"]) for p in gold["phases"]]
    if got != want:
        errors.append(f"the gates slide's phases give {got}, gold {want}")
    for p, (_, name, _) in zip(gold["phases"], labels, strict=True):
        if not any(m in name for m in p["match"]):
            errors.append(f"phase {p['match']} is not the gates slide's {name!r}")
    plan = _slide_shapes(PLAN_SLIDE)
    for _, name, _ in labels:
        alone = [t for t in plan if t == [name]]
        if len(alone) != 1:
            errors.append(f"phase {name!r} is not named alone on slide {PLAN_SLIDE}")
    # gate 2: undated on the roadmap, dated only in its criteria
    road = pages[ROADMAP_SLIDE]
    g2 = [x for x in road if x.startswith("g2")]
    if len(g2) != 1 or re.search(r"\bp\d|fy\d", g2[0]):
        errors.append(f"gate 2 on the roadmap: {g2} (one cell, no date)")
    gates = pages[GATES_SLIDE]
    if "gate 2 · roll out?" not in gates:
        errors.append("gate 2 is not named undated on the gates slide")
    m = next((re.search(r"at the close of p(\d+) fy(\d\d)", x) for x in gates if "93%" in x), None)
    if not m or round(period_end(int(m.group(1)), int(m.group(2)))) != want[1][1]:
        errors.append("gate 2's criteria do not date the end of the second phase")
    # the later column
    if "fy31 and after" not in road or "not in this plan" not in road:
        errors.append("no 'FY31 and after' column outside the plan on the roadmap")
    for item in LATER_ITEMS:
        if not any(item in x for x in gold["not_actions"]):
            errors.append(f"the FY31 column's {item!r} is not a not-action")
    return errors


# =========================================================================== the deck's form


def _slide_shapes(n: int) -> list[list[str]]:
    """The paragraphs of each top-level text shape of slide ``n``."""
    prs = Presentation(str(HERE / NAME / DECK))
    slide = prs.slides[n - 1]
    return [
        [normalize(p.text) for p in sh.text_frame.paragraphs if p.text.strip()]
        for sh in slide.shapes
        if sh.has_text_frame
    ]


def _paras(el: Any) -> list[str]:
    out = []
    for p in el.iter(f"{{{A}}}p"):
        text = normalize("".join(t.text or "" for t in p.iter(f"{{{A}}}t")))
        if text:
            out.append(text)
    return out


def _tiles(root: Any) -> list[tuple[str, list[str], bool]]:
    """(big number, label lines, has a rounded rectangle) of each top-level group."""
    out = []
    for grp in root.findall("p:cSld/p:spTree/p:grpSp", NS):
        sps = grp.findall("p:sp", NS)
        texts = [_paras(sp) for sp in sps]
        rect = any(sp.find("p:spPr/a:prstGeom[@prst='roundRect']", NS) is not None for sp in sps)
        filled = [t for t in texts if t]
        if len(filled) == 2 and len(filled[0]) == 1:
            out.append((filled[0][0], filled[1], rect))
    return out


def deck_form(case: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    deck = case / DECK
    z = zipfile.ZipFile(deck)
    names = z.namelist()
    if names[:2] != ["[Content_Types].xml", "_rels/.rels"]:
        errors.append(f"package starts {names[:2]}")
    app = z.read("docProps/app.xml").decode("utf-8")
    for want in (
        "<Application>Microsoft Office PowerPoint</Application>",
        "<AppVersion>16.0000</AppVersion>",
        "<TotalTime>0</TotalTime>",
        "<PresentationFormat>Widescreen</PresentationFormat>",
    ):
        if want not in app:
            errors.append(f"app.xml lacks {want}")
    if any("thumbnail" in n or "printerSettings" in n for n in names):
        errors.append("a thumbnail or printer settings part (the web app writes neither)")
    if "ppt/revisionInfo.xml" not in names:
        errors.append("no ppt/revisionInfo.xml")
    else:
        rev = etree.fromstring(z.read("ppt/revisionInfo.xml"))
        clients = rev.findall("rev:revLst/rev:client", NS)
        if len(clients) != 1 or clients[0].get("vWet") is None:
            errors.append("revisionInfo.xml: not one client with a vWet version")
        rels = z.read("ppt/_rels/presentation.xml.rels").decode("utf-8")
        if 'Target="revisionInfo.xml"' not in rels:
            errors.append("revisionInfo.xml is not related from the presentation")
        if "/ppt/revisionInfo.xml" not in z.read("[Content_Types].xml").decode("utf-8"):
            errors.append("revisionInfo.xml has no content type")
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
    roots = {}
    for k, name in enumerate(slides, start=1):
        root = etree.fromstring(z.read(name))
        roots[k] = root
        kinds = {ph.get("type") for ph in root.iter(f"{{{P}}}ph")}
        if not kinds & {"title", "ctrTitle"}:
            errors.append(f"slide {k}: no title placeholder")
        for c in root.iter(f"{{{P}}}cNvPr"):
            if c.getparent().getparent().tag == f"{{{P}}}spTree":
                continue
            if c.find("a:extLst/a:ext/a16:creationId", NS) is None:
                errors.append(f"slide {k}: shape {c.get('name')!r} without a16:creationId")
                break
        if not z.read(name).startswith(
            b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
        ):
            errors.append(f"slide {k}: not PowerPoint's XML declaration")
        if root.find("p:extLst/p:ext/p14:creationId", NS) is None:
            errors.append(f"slide {k}: no p14:creationId")
    pages = deck_lines(deck)

    # the KPI tiles, grouped
    kpi_visions = [v for v in gold["visions"] if any(k in v["match"] for k in gold["kpis"])]
    if {v["slide"] for v in kpi_visions} != {KPI_SLIDE}:
        errors.append(f"KPI visions not all on slide {KPI_SLIDE}")
    tiles = _tiles(roots[KPI_SLIDE])
    undated = []
    for v in kpi_visions:
        at = [t for t in tiles if t[1][0].startswith(v["match"])]
        if len(at) != 1 or len(at[0][1]) != 2 or not at[0][2]:
            errors.append(f"KPI {v['match']!r} is not a grouped tile's label")
            continue
        big, (_, second), _ = at[0]
        dated = re.search(r"\bby p\d+( fy\d\d)?\b|\bin fy\d\d\b", second)
        if not re.search(r"\d", big) and not dated:
            undated.append(v["match"])
        elif not dated or "fy28" not in second:
            errors.append(f"KPI {v['match']!r}: no FY28 baseline or no by-when on its label")
    vague = [v["match"] for v in kpi_visions if v["vague"]]
    if len(undated) != 1 or undated != vague:
        errors.append(f"tiles without a number and a by-when {undated}; vague KPIs {vague}")
    why = _tiles(roots[WHY_SLIDE])
    if len(why) < 4:
        errors.append(f"{len(why)} grouped context tiles on slide {WHY_SLIDE}")
    for kpi in gold["kpis"]:
        if any(kpi in x for x in pages[WHY_SLIDE]):
            errors.append(f"the context tiles use the KPI's words {kpi!r}")

    # the roadmap, a native table
    frames = roots[ROADMAP_SLIDE].findall(".//p:graphicFrame", NS)
    tbls = [f.find(".//a:tbl", NS) for f in frames]
    tbls = [t for t in tbls if t is not None]
    if len(tbls) != 1:
        errors.append(f"{len(tbls)} native tables on the roadmap slide")
    else:
        trs = tbls[0].findall("a:tr", NS)
        cells = [[(_paras(tc), tc.get("gridSpan"), tc.get("hMerge")) for tc in tr] for tr in trs]
        top = [(c[0], c[1]) for c in cells[0] if c[0]]
        if top != [(["fy29"], "5"), (["fy30"], "4"), (["later"], None)]:
            errors.append(f"roadmap: header row {top}")
        periods = [" ".join(c[0]) for c in cells[1]]
        if periods[1:-1] != PERIOD_COLUMNS or periods[-1] != "fy31 and after":
            errors.append(f"roadmap: period row {periods}")
        phase_row = next((r for r in cells if r[0][0] == ["phase"]), None)
        if phase_row is None or not any(c[1] for c in phase_row):
            errors.append("roadmap: no phase row of merged cells")
        else:
            text = " ".join(" ".join(c[0]) for c in phase_row)
            for p in gold["phases"]:
                if not any(m in text for m in p["match"]):
                    errors.append(f"roadmap: phase {p['match']} not in the phase row")
    return errors + clock_form(pages, gold)


# =========================================================================== the gold's shape


def gold_form(case: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    pages = deck_lines(case / DECK)
    org = case / "org"
    prs = Presentation(str(case / DECK))
    titles = {
        n: normalize(s.shapes.title.text)
        for n, s in enumerate(prs.slides, start=1)
        if s.shapes.title
    }
    actions = gold["deck_actions"]
    if not 15 <= len(actions) <= 25:
        errors.append(f"{len(actions)} deck actions (15 to 25)")
    forms = {FORMS.get(a["slide"], "other") for a in actions}
    if len(forms - {"other"}) < 5:
        errors.append(f"deck actions in forms {sorted(forms)} (five or more)")
    headline = [a for a in actions if titles.get(a["slide"]) in HEADLINES]
    if len(headline) < 3:
        errors.append(f"{len(headline)} deck actions on headline slides (three or more)")
    for n in {a["slide"] for a in actions}:
        if titles.get(n) in {"roadmap", "actions"}:
            errors.append(f"slide {n} is titled {titles[n]!r}")

    pilot = gold["pilot"]
    full = [n for n, lines in pages.items() if any(PILOT_FULL in x for x in lines)]
    if full != [pilot["slide"]] or pilot["slide"] != PILOT_SLIDE:
        errors.append(f"the pilot is named in full on slides {full}, not only {PILOT_SLIDE}")
    if "pilot" in "\n".join(x for lines in pages.values() for x in lines):
        errors.append("the deck says 'pilot'")
    for n in pilot["also_slides"]:
        if n <= pilot["slide"]:
            errors.append(f"pilot also-slide {n} comes before the pilot slide")
        if not any(PILOT_PLACE in x for x in pages[n]):
            errors.append(f"pilot also-slide {n} does not name the place")
    named = [n for n, lines in pages.items() if any(PILOT_PLACE in x for x in lines)]
    if sorted(set(named) - {pilot["slide"]}) != sorted(pilot["also_slides"]):
        errors.append(f"the place is named on slides {named}; also-slides {pilot['also_slides']}")

    roles = {r.lower() for r in gold["roster"]}
    brackets = [
        (x, m.group(1)) for x in pages[FIRST_100_SLIDE] if (m := re.search(r"\(([^)]+)\)$", x))
    ]
    other = [(x, b) for x, b in brackets if b not in roles]
    if len(brackets) < 5 or not other:
        errors.append(f"first-100-days owners {[b for _, b in brackets]}: none unlike the roster")
    owned = [
        a
        for a in actions
        if a["slide"] == FIRST_100_SLIDE and any(m in x for x, _ in other for m in a["match"])
    ]
    if not owned:
        errors.append("no deck action carries a bracketed owner named unlike the roster")
    for a in owned:
        if not any(t in m for e in gold["remit_owners"] for t in e["task"] for m in a["match"]):
            errors.append(f"the bracketed action {a['match']} has no remit owner")

    if len(gold["remit_owners"]) < 15:
        errors.append(f"{len(gold['remit_owners'])} remit owners (15 or more)")
    if sum(v["vague"] for v in gold["visions"]) < 2:
        errors.append("fewer than two vague visions")
    if len(gold["consult_only_roles"]) != 2:
        errors.append("consult-only roles are not two")

    per_file = _per_file(org)
    if not 6 <= len(gold["gaps"]) <= 10:
        errors.append(f"{len(gold['gaps'])} gaps (6 to 10)")
    holders: set[str] = set()
    for gap in gold["gaps"]:
        where = {f for f, said in per_file.items() if any(gap[0] in s for s in said)}
        if len(where) != 1:
            errors.append(f"gap {gap[0]!r} is in files {sorted(where)}")
        holders |= where
    if len(holders) < 3 or len({Path(f).suffix for f in holders}) < 3:
        errors.append(f"gaps stated in {sorted(holders)} (three files of three kinds)")
    if len(gold["false_gaps"]) < 2:
        errors.append("fewer than two false-gap groups")
    if not 5 <= len(gold["forbidden_terms"]) <= 10:
        errors.append(f"{len(gold['forbidden_terms'])} forbidden terms (5 to 10)")
    texts = []
    for p in [*org.rglob("*"), case / DECK]:
        if p.is_file():
            b = p.read_bytes()
            texts.append(b.decode("utf-8", "ignore").lower())
            if b.startswith(b"PK"):
                z = zipfile.ZipFile(io.BytesIO(b))
                texts += [
                    z.read(x).decode("utf-8").lower() for x in z.namelist() if x.endswith("xml")
                ]
    for term in gold["forbidden_terms"]:
        if any(term in t for t in texts):
            errors.append(f"forbidden term in a raw org file or deck part: {term!r}")

    segs = gold["scenario_segments"]
    if not 2 <= len(segs) <= 4:
        errors.append(f"{len(segs)} scenario segments (2 to 4)")
    deck_text = [x for lines in pages.values() for x in lines]
    scope = pages[SCOPE_SLIDE]
    at = (
        scope.index("not in scope of growing right")
        if "not in scope of growing right" in scope
        else -1
    )
    if at < 0 or len(scope) - at < 4:
        errors.append("no 'not in scope' list on the moments slide")
    out_of_scope = scope[at + 1 :] if at >= 0 else []
    for seg in segs:
        for alt in seg:
            if not any(alt in x for x in deck_text):
                errors.append(f"scenario segment {alt!r} is not in the deck")
            if any(alt in x for x in out_of_scope):
                errors.append(f"scenario segment {alt!r} is in the not-in-scope list")
    return errors + gap_block_errors(gold, sentences(org), deck_text)


def extra(case: Path) -> list[str]:
    gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
    return roster_form(case / "org") + deck_form(case, gold) + gold_form(case, gold)


CASE = Case(
    name=NAME,
    builder="build_garden_centres.py",
    roster=roster,
    org_sentences=sentences,
    core=frozenset({"core"}),
    consult=frozenset({"consult only"}),
    extra=extra,
    folder=HERE,
    split="blind17",
)


def show_org() -> None:
    org = HERE / NAME / "org"
    print(f"--- {ROSTER}")
    for row in _rows(org / ROSTER):
        print("  " + " | ".join(row))
    print(f"--- roster: {roster(org)}")
    for s in sentences(org):
        print(f"  | {s}")


if __name__ == "__main__":
    if "--org" in sys.argv and "--dump" not in sys.argv:
        show_org()
        sys.exit(0)
    sys.exit(run(CASE))
