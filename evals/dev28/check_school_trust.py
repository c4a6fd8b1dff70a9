"""Consistency checks of the dev28 case ``school-trust`` against its deck and org folder.

Run from the repository root with the venv the builder needs (reportlab is not in the project's
lock; see ``build_school_trust.py``), since the rebuild check runs the builder with the
interpreter that runs this file:

    /tmp/rl/bin/python evals/dev28/check_school_trust.py
    /tmp/rl/bin/python evals/dev28/check_school_trust.py --dump   (deck lines by slide, roster)
    /tmp/rl/bin/python evals/dev28/check_school_trust.py --org    (roster rows, org sentences)

``--dump`` and ``--org`` also run under ``.venv/bin/python``; the checks' rebuild does not.

The checks are those of ``evals/dev15/_checks.py`` (adapted from ``evals/dev13/check_gold.py``),
imported, not copied, and pointed at this folder (``evals/dev28``, split "dev28") with
``build_school_trust.py`` as the builder, "core" the core tier and "consult" the consult tier:
the gold's fields, every label on its slide or in an org sentence, the roster, owners on it and
core, consult-only roles owning nothing, forbidden terms in neither deck nor org, the rebuild
byte for byte. Deck lines are dev13's: pypdf's text of each PDF page, one line per line,
normalised; gold "slide" is the PDF page. One departure: the gold carries ``gap_blocks`` (a
field of ``evals/cases/README.md``'s deck-grounded gold that dev13's field list predates), so
the field list the shared checks compare with is that list plus ``gap_blocks``, checked with
``_checks.gap_block_errors``.

What is this case's own:

- the roster, read with python-docx from ``org/people/central-team-structure.docx``: its one
  table, the header Post / Reports to / Remit / Hours/FTE, one post a row; a row whose
  Hours/FTE is "Consulted body, not a post" is consult tier, every other row core. Org
  sentences are dev15's reader as it is (Markdown, text, DOCX paragraphs and table rows, TSV);
- checks of the roster's form: one table with that header, 18 to 22 rows of four filled cells,
  posts unique, every "Reports to" a post in the table (the Chief Executive Officer's "Trust
  Board" and the consulted rows' "Not in line management" excepted), two consulted rows (the
  gold's consult-only roles) whose remit says they never lead or own work; two or more remits
  that point to another org file ("See the ...") and are told there; at least two pairs of
  near-namesake posts that ``remit_owners`` tells apart; the DOCX entries in name order; the
  school-level posts a separate Markdown list naming no post of the table; the standards
  committee's terms of reference with Purpose, Membership, Meetings and Duties;
- checks of the deck's form, as PowerPoint for Windows saves a 16:9 deck as PDF: 14 to 22 pages
  of 960 x 540 pt, the header ``%PDF-1.7`` with the ``%µµµµ`` comment, no ReportLab mark,
  Producer and Creator "Microsoft® PowerPoint® for Microsoft 365", an Author, the Title,
  creation and modification dates, ``/Lang`` en-GB, Calibri subsets only; on three slides a
  picture whose caption is the heading (the largest text, under the picture); on every other
  slide but the cover the title the largest text in the top fifth; the KPI tiles drawn as
  text (no picture on that slide; each KPI a tile read as "<target> <label>" then
  "<baseline> · <by-when>", the by-when a half-term or a June check, save the one vague tile);
- the clock: the half-term clock defined once ("our year runs in six half-terms; autumn 1 of
  2028/29 starts on monday 4 september 2028."); month 0 = September 2028; a half-term starts
  at month 0, 2, 4, 6, 7, 9 of its school year and ends at 2, 4, 6, 7, 9, 12 (Summer 2 ends
  with the summer holiday); the phases named without dates on the north-star slide and dated
  on the clock slide, each gold phase's months computed from that table; the gates' months
  from the gates slide, Gate 2's only in its criteria; the roadmap a Gantt drawn as a native
  table (header HT1-HT6 three times, the school years over them, "2031/32 and after" right
  of the last HT6), every gate mark and phase name of the Gantt sitting in the columns of the
  months the text gives; the summer holidays a no-change window; the horizon said three ways
  that agree (the cover's 2028-2031, the clock slide's 36 months, the asks' August 2031);
- the pilot named with its place and unit ("year 7 at marlstone academy") on its own slide
  only, neither "marlstone" nor "the first school" on any earlier slide, and on each later
  slide of ``also_slides``; scenario segments on deck lines and none in the "Not in this plan"
  list;
- the gold's own shape: 15 to 25 deck actions from at least five forms, three or more on
  slides titled with a headline; first-90-days leads in brackets, at least one spelt unlike
  the org's post and its remit entry naming the org's post; keyword traps (an owner whose
  remit names the work, never the post a keyword points to); labels 3 to 8 words; at least
  two vague visions; remit owners covering every KPI, 15 entries or more; 6 to 10 gaps stated
  in at least three org files of three kinds; two or more false-gap groups; 5 to 10 forbidden
  terms in no raw org file.

It never runs the planner.
"""

from __future__ import annotations

import io
import json
import re
import sys
import zipfile
from pathlib import Path
from typing import Any

from docx import Document
from pypdf import PdfReader

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import evals.dev15._checks as _checks  # noqa: E402
from evals.dev13.check_gold import FIELDS, deck_lines  # noqa: E402
from evals.dev15._checks import Case, gap_block_errors, run, sentences_by_file  # noqa: E402

HERE = Path(__file__).resolve().parent
NAME = "school-trust"
ROSTER = Path("people") / "central-team-structure.docx"
SCHOOL_POSTS = Path("people") / "school-level-posts.md"
TOR = Path("governance") / "standards-committee-terms-of-reference.md"
HEAD = ["Post", "Reports to", "Remit", "Hours/FTE"]
CONSULTED = "Consulted body, not a post"
NOT_LINE = "Not in line management"
POWERPOINT = "Microsoft\u00ae PowerPoint\u00ae for Microsoft 365"
SIZE = (960.0, 540.0)
CAPTION_SLIDES = [1, 3, 11]
CLOCK_LINE = (
    "our year runs in six half-terms; autumn 1 of 2028/29 starts on monday 4 september 2028."
)
HALF_TERMS = ["autumn 1", "autumn 2", "spring 1", "spring 2", "summer 1", "summer 2"]
# months from the start of a school year (September) to a half-term's start and end
HT_START = dict(zip(HALF_TERMS, [0, 2, 4, 6, 7, 9], strict=True))
HT_END = dict(zip(HALF_TERMS, [2, 4, 6, 7, 9, 12], strict=True))
YEAR0 = 2028
HT = r"(autumn|spring|summer) ([12])"
YEAR = r"(20\d\d)/\d\d"
PILOT_NAMED = "year 7 at marlstone academy"
PILOT_LATER = ("marlstone", "the first school")
GRADE_WORDS = {"head", "of", "manager", "director", "lead", "chief", "officer", "the", "and"}
# the form of the deck's own actions, by the title of the slide they sit on
FORMS = {
    "noticed on the first morning": "pillar initiative",
    "phonics first, in every primary": "pillar initiative",
    "a knock on the door, not another letter": "pillar initiative",
    "one register, one set of numbers": "pillar initiative",
    "one year group first": "pilot steps",
    "what good looks like at each gate": "acceptance criteria",
    "what could keep children at home": "risk mitigations",
    "clearing the runway: the first 90 days": "first 90 days",
    "what changes on monday 4 september": "what changes on monday",
    "what we ask of the trust board today": "asks of the board",
}
HEADLINES = {
    "noticed on the first morning",
    "phonics first, in every primary",
    "a knock on the door, not another letter",
    "one register, one set of numbers",
    "one year group first",
    "what good looks like at each gate",
    "what could keep children at home",
    "clearing the runway: the first 90 days",
}
# keyword traps: (deck action, the post a keyword points to, the keyword in that post's remit,
# the post whose remit names the work, words of that remit)
TRAPS = [
    (
        "move all 18 schools from classledger",
        "Head of IT",
        "orbis",
        "Head of Data and Information",
        "orbis roll-out",
    ),
    (
        "train every phonics teacher",
        "Head of Professional Development",
        "training",
        "Reading and Phonics Lead",
        "accreditation of everyone who teaches phonics",
    ),
    (
        "termly training for governors",
        "Head of Professional Development",
        "training",
        "Head of Governance",
        "governor recruitment, induction and training",
    ),
    (
        "keep every family support case record",
        "Head of Data and Information",
        "orbis",
        "Head of Family Support",
        "family support case records",
    ),
    (
        "one set of register codes",
        "Head of Data and Information",
        "classledger",
        "Trust Attendance Lead",
        "the register codes",
    ),
]

# gap_blocks is a field of the deck-grounded gold that dev13's list predates
_checks.FIELDS = FIELDS | {"gap_blocks"}  # type: ignore[attr-defined]


# =========================================================================== the org folder


def sentences(org: Path) -> list[str]:
    return _checks.org_sentences(org)


def roster_rows(org: Path) -> list[list[str]]:
    """The rows under the header of the structure's one table."""
    path = org / ROSTER
    if not path.is_file():
        return []
    tables = Document(str(path)).tables
    if len(tables) != 1:
        return []
    rows = [[c.text.strip() for c in row.cells] for row in tables[0].rows]
    if not rows or rows[0] != HEAD:
        return []
    return rows[1:]


def roster(org: Path) -> list[tuple[str, str]]:
    return [(r[0], "consult" if r[3] == CONSULTED else "core") for r in roster_rows(org) if r]


def _file_sentences(org: Path) -> dict[str, list[str]]:
    """Each org file's sentences, read alone."""
    return sentences_by_file(org, sentences, keep_folders=False)


def remits(org: Path) -> dict[str, str]:
    """Each post's remit, lower case: its table cell, or the sentence of another org file that
    says what the post is responsible for."""
    said = sentences(org)
    out: dict[str, str] = {}
    for post, _, remit, _ in roster_rows(org):
        text = remit.lower()
        if text.startswith("see the "):
            key = f"the {post.lower()} is responsible for"
            text = " ".join(s for s in said if key in s)
        out[post] = text
    return out


def roster_form(org: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    tables = Document(str(org / ROSTER)).tables
    if len(tables) != 1:
        errors.append(f"roster: {len(tables)} tables in the structure (one)")
    rows = roster_rows(org)
    if not rows:
        return errors + [f"roster: no table with the header {HEAD}"]
    if not 18 <= len(rows) <= 22:
        errors.append(f"roster: {len(rows)} rows (18 to 22)")
    if any(len(r) != 4 or not all(r) for r in rows):
        errors.append("roster: a row without four filled cells")
    posts = [r[0] for r in rows]
    if len(set(posts)) != len(posts):
        errors.append("roster: a post appears twice")
    consult = [p for p, t in roster(org) if t == "consult"]
    if sorted(consult) != sorted(gold["consult_only_roles"]) or len(consult) != 2:
        errors.append(f"roster: consulted rows {consult}")
    for post, boss, remit, _ in rows:
        if post in consult:
            if boss != NOT_LINE or "never leads or owns work" not in remit:
                errors.append(f"roster: consulted row {post} ({boss!r}) may lead work")
        elif post == "Chief Executive Officer":
            if boss != "Trust Board":
                errors.append(f"roster: the Chief Executive Officer reports to {boss!r}")
        elif boss not in posts:
            errors.append(f"roster: {post} reports to {boss!r}, not a post in the table")
    per_file = _file_sentences(org)
    elsewhere = "\n".join(s for f, ss in per_file.items() if f != str(ROSTER) for s in ss)
    pointers = [r for r in rows if r[2].startswith("See the ")]
    if len(pointers) < 2:
        errors.append(f"roster: only {len(pointers)} remits point to another org file")
    for r in pointers:
        if f"the {r[0].lower()} is responsible for" not in elsewhere:
            errors.append(f"roster: {r[0]}'s remit is told in no other org file")
    told_apart = _checks.namesakes_told_apart(posts, gold, GRADE_WORDS)
    if len(told_apart) < 2:
        errors.append(f"roster: near-namesake pairs told apart by remit_owners: {told_apart}")
    names = zipfile.ZipFile(org / ROSTER).namelist()
    if names != sorted(names):
        errors.append("structure: the DOCX entries are not in name order")
    listed = (org / SCHOOL_POSTS).read_text(encoding="utf-8")
    items = re.findall(r"^- (.+?) \(", listed, re.M)
    if len(items) < 5 or any(i in posts for i in items):
        errors.append(f"school-level posts: {items} (five or more, none a central post)")
    tor = (org / TOR).read_text(encoding="utf-8")
    for head in ("## Purpose", "## Membership", "## Meetings", "## Duties"):
        if head not in tor:
            errors.append(f"standards committee terms: no {head!r}")
    return errors


# =========================================================================== the deck's form


def _texts(page: Any) -> list[tuple[str, float, float, float]]:
    """(text, x, y, font size) of every text object on a page, through pypdf's visitor."""
    out: list[tuple[str, float, float, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: Any, size: float) -> None:
        if text.strip():
            out.append((text, tm[4] + cm[4], tm[5] + cm[5], size * tm[3]))

    page.extract_text(visitor_text=visit)
    return out


def _images(page: Any) -> list[tuple[float, float, float, float]]:
    """(x, y, width, height) of every picture drawn on a page."""
    contents = page.get_contents()
    stream = contents.get_data() if contents is not None else b""
    found = re.findall(rb"q\s+([\d.]+) 0 0 ([\d.]+) ([\d.]+) ([\d.]+) cm\s+/(\S+) Do\s+Q", stream)
    xobjects = page["/Resources"].get("/XObject", {})
    out = []
    for w, h, x, y, name in found:
        obj = xobjects.get("/" + name.decode()) if xobjects else None
        if obj is not None and obj.get_object().get("/Subtype") == "/Image":
            out.append((float(x), float(y), float(w), float(h)))
    return out


def _title(lines: list[str]) -> str:
    """A slide's title: the line after its eyebrow (on a caption slide, the caption)."""
    return lines[1] if len(lines) > 1 else ""


def _slide(pages: dict[int, list[str]], title: str) -> int:
    found = [n for n, lines in pages.items() if _title(lines) == title]
    return found[0] if len(found) == 1 else 0


def _month(ht: str, year: str, end: bool) -> int:
    """Months from month 0 (September 2028) to the start or end of a half-term."""
    return 12 * (int(year[:4]) - YEAR0) + (HT_END if end else HT_START)[ht]


def deck_form(case: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    deck = case / gold["deck"]
    raw = deck.read_bytes()
    reader = PdfReader(str(deck))
    n = len(reader.pages)
    if not 14 <= n <= 22:
        errors.append(f"{n} pages (14 to 22)")
    for k, page in enumerate(reader.pages, start=1):
        w, h = float(page.mediabox.width), float(page.mediabox.height)
        if (round(w, 2), round(h, 2)) != SIZE:
            errors.append(f"page {k} is {w} x {h}, not 960 x 540")
    if not raw.startswith(b"%PDF-1.7") or raw[9:14] != b"%\xb5\xb5\xb5\xb5":
        errors.append("the file does not open with %PDF-1.7 and PowerPoint's binary comment")
    if b"ReportLab" in raw:
        errors.append("the file carries a ReportLab mark")
    meta: dict[str, Any] = dict(reader.metadata or {})
    for key in ("/Producer", "/Creator"):
        if meta.get(key) != POWERPOINT:
            errors.append(f"{key} {meta.get(key)!r}")
    if not meta.get("/Author") or meta.get("/Title") != "Every Day Counts 2028-2031":
        errors.append(f"author {meta.get('/Author')!r} or title {meta.get('/Title')!r}")
    for key in ("/CreationDate", "/ModDate"):
        if not re.fullmatch(r"D:2028\d{10}\+01'00'", str(meta.get(key))):
            errors.append(f"{key} {meta.get(key)!r}")
    root: Any = reader.trailer["/Root"]
    if root.get("/Lang") != "en-GB":
        errors.append("the catalog has no /Lang en-GB")
    fonts = set(re.findall(rb"/BaseFont /([A-Z]{6}\+[\w-]+)", raw))
    if not fonts or any(not re.fullmatch(rb"BCD[A-Z]EE\+Calibri(-Bold)?", f) for f in fonts):
        errors.append(f"fonts {sorted(fonts)} are not PowerPoint's Calibri subsets")
    pages = deck_lines(deck)

    # headings: captions under pictures on three slides, titles at the top elsewhere
    for k, page in enumerate(reader.pages, start=1):
        texts = _texts(page)
        if not texts:
            errors.append(f"page {k}: no text")
            continue
        big = max(texts, key=lambda t: t[3])
        heading = _title(pages[k])
        if big[0].strip().lower() != heading:
            errors.append(f"page {k}: the largest text {big[0]!r} is not the heading")
        pictures = _images(page)
        if k in CAPTION_SLIDES:
            if len(pictures) != 1:
                errors.append(f"page {k}: {len(pictures)} pictures (one, with the caption)")
                continue
            x, y, w, _ = pictures[0]
            if not (y - 60 < big[2] < y and x - 1 <= big[1] <= x + w):
                errors.append(f"page {k}: the heading is not the caption under the picture")
        else:
            if pictures:
                errors.append(f"page {k}: a picture on a slide without a caption heading")
            if big[2] < SIZE[1] * 0.8:
                errors.append(f"page {k}: the title is not in the top fifth")

    # the KPI tiles
    kpi_visions = [v for v in gold["visions"] if any(k in v["match"] for k in gold["kpis"])]
    kslides = {v["slide"] for v in kpi_visions}
    if len(kslides) != 1:
        return errors + [f"KPI visions on slides {sorted(kslides)}"]
    kn = kslides.pop()
    lines = pages[kn]
    undated = []
    for v in kpi_visions:
        at = [i for i, x in enumerate(lines) if v["match"] in x]
        if len(at) != 1 or at[0] + 1 >= len(lines):
            errors.append(f"KPI {v['match']!r} is not one tile")
            continue
        tile, small = lines[at[0]], lines[at[0] + 1]
        if not re.fullmatch(r"(\d+(\.\d+)?%|\d+ pts|higher) " + re.escape(v["match"]), tile):
            errors.append(f"KPI tile {tile!r} is not '<target> <label>'")
        if " \u00b7 " not in small:
            errors.append(f"KPI tile {v['match']!r}: no '<baseline> · <by-when>' line")
        dated = re.search(r"by " + HT + " " + YEAR + r"$|the june 20\d\d check$", small)
        if not dated or not re.match(r"\d", tile):
            undated.append(v["match"])
    vague_kpis = [v["match"] for v in kpi_visions if v["vague"]]
    if len(undated) != 1 or undated != vague_kpis:
        errors.append(f"tiles without a target or by-when {undated}; vague KPIs {vague_kpis}")
    if _images(reader.pages[kn - 1]):
        errors.append("the KPI tiles are drawn as pictures")

    # the clock
    said = [k for k, ls in pages.items() for x in ls if CLOCK_LINE in x]
    if len(said) != 1:
        errors.append(f"the half-term clock is defined on slides {said} (once)")
    clock = _slide(pages, "three school years, eighteen half-terms")
    star = _slide(pages, "every child in school, every child a reader")
    road = _slide(pages, "the plan on a page")
    gate = _slide(pages, "what good looks like at each gate")
    asks = _slide(pages, "what we ask of the trust board today")
    if not all((clock, star, road, gate, asks)):
        return errors + [
            f"clock {clock}, north star {star}, roadmap {road}, gates {gate} or "
            f"asks {asks} slide not found"
        ]
    cl = pages[clock]
    if "ht1 autumn 1 ht2 autumn 2 ht3 spring 1 ht4 spring 2 ht5 summer 1 ht6 summer 2" not in cl:
        errors.append("clock: the six half-terms HT1-HT6 are not named")
    spans: dict[str, tuple[int, int]] = {}
    for row in cl:
        m = re.match(r"phase \d (.+?) " + HT + " to " + HT + " " + YEAR + " ", row)
        if m:
            name, year = m.group(1), m.group(6) + "/"
            start = _month(f"{m.group(2)} {m.group(3)}", year, False)
            spans[name] = (start, _month(f"{m.group(4)} {m.group(5)}", year, True))
    for ph in gold["phases"]:
        hit = [s for name, s in spans.items() if name in ph["match"]]
        if hit != [(ph["start_month"], ph["end_month"])]:
            errors.append(f"phase {ph['match']} is {hit} on the clock slide")
    named = [x for x in pages[star] if x.startswith("how we get there:")]
    if len(named) != 1 or re.search(r"20\d\d|autumn|spring|summer|ht\d", named[0]):
        errors.append(f"north star: phases not named without dates: {named}")
    elif any(not any(m in named[0] for m in ph["match"]) for ph in gold["phases"]):
        errors.append("north star: a gold phase is not named on the north-star slide")
    if not any("no-change window" in x for x in cl) or not any(
        "no-change window" in x for x in pages[road]
    ):
        errors.append("the summer holidays are not a no-change window on the clock and roadmap")

    # the gates: months from the gates slide; Gate 2's only in its criteria
    gates: dict[str, int] = {}
    gl = pages[gate]
    for row in gl:
        m = re.match(r"(gate \d|close) \u00b7 end of " + HT + " " + YEAR + " \u00b7", row)
        if m:
            gates[m.group(1)] = _month(f"{m.group(2)} {m.group(3)}", m.group(4) + "/", True)
    g2 = [x for x in gl if x.startswith("gate 2 \u00b7")]
    crit = [x for x in gl if re.search(r"all met by the end of " + HT + " " + YEAR, x)]
    if len(g2) != 1 or re.search(r"20\d\d|autumn|spring|summer", g2[0]) or len(crit) != 1:
        errors.append(f"gates: Gate 2 is not dated in its criteria alone ({g2}, {crit})")
    else:
        m = re.search(HT + " " + YEAR, crit[0])
        assert m is not None
        gates["gate 2"] = _month(f"{m.group(1)} {m.group(2)}", m.group(3) + "/", True)
    order = [gates.get(g, -1) for g in ("gate 1", "gate 2", "gate 3", "close")]
    horizon = gold["horizon_months"]
    if order != sorted(order) or order[0] <= 0 or order[-1] != horizon:
        errors.append(f"gates at months {order}, horizon {horizon}")

    # the Gantt: a native table of half-terms, its marks in the columns the text gives
    errors += _gantt(reader.pages[road - 1], pages[road], gates, gold)

    # the horizon, said three ways
    ways = {
        "cover": any("2028-2031" in x for x in pages[1]),
        "clock": any(
            "from autumn 1 2028/29 to summer 2 2030/31: three school years, 36 months" in x
            for x in cl
        ),
        "asks": any("ends with the 2030/31 school year, in august 2031" in x for x in pages[asks]),
    }
    if not all(ways.values()) or horizon != _month("summer 2", "2030/31", True):
        errors.append(f"the horizon's statements {ways} and {horizon} months do not agree")
    if horizon != (2031 - 2028) * 12 + 8 - 8:
        errors.append("horizon is not September 2028 to August 2031")
    return errors


def _gantt(page: Any, lines: list[str], gates: dict[str, int], gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    header = " ".join(f"ht{k}" for k in range(1, 7))
    if f"workstream {header} {header} {header} and after" not in lines:
        errors.append("roadmap: no header row Workstream, HT1-HT6 three times, and after")
    if "2028/29 2029/30 2030/31 2031/32" not in lines:
        errors.append("roadmap: the school years are not merged over the half-terms")
    texts = _texts(page)

    def centre(t: str, x: float, size: float) -> float:
        """A text's middle, its width estimated at 0.55 of the font size a character."""
        return x + 0.55 * size * len(t) / 2

    hts = sorted((centre(t, x, s), y) for t, x, y, s in texts if re.fullmatch(r"HT[1-6]", t))
    if len(hts) != 18 or len({round(y) for _, y in hts}) != 1:
        return errors + [f"roadmap: {len(hts)} half-term header cells on one row (18)"]
    head_y = hts[0][1]
    mids = [x for x, _ in hts]  # each header text is centred in its column
    cw = (mids[-1] - mids[0]) / 17
    later = [centre(t, x, s) for t, x, y, s in texts if t == "2031/32"]
    if len(later) != 1 or later[0] <= mids[-1] + cw:
        errors.append("roadmap: the 2031/32 and after column is not right of the last HT6")

    contents = page.get_contents()
    stream = contents.get_data() if contents is not None else b""
    cells = [
        (float(x), float(y), float(w), float(h))
        for x, y, w, h in re.findall(rb"n ([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+) re f\*", stream)
        if float(w) < 12 * cw
    ]

    def columns(x: float, y: float) -> list[int]:
        """The half-term columns of the marked (filled) cell a text at (x, y) sits in."""
        inside = [c for c in cells if c[0] <= x <= c[0] + c[2] and c[1] <= y <= c[1] + c[3]]
        if not inside:
            return []
        cx, _, cw_, _ = min(inside, key=lambda c: c[2])
        return [k for k in range(18) if cx <= mids[k] <= cx + cw_]

    body = [(t, x, y, s) for t, x, y, s in texts if y < head_y - 5]
    marks = {t: columns(x, y) for t, x, y, s in body if t in {"G1", "G2", "G3", "Close"}}
    want = {"G1": "gate 1", "G2": "gate 2", "G3": "gate 3", "Close": "close"}
    for mark, name in want.items():
        cols = marks.get(mark, [])
        if len(cols) != 1 or name not in gates:
            errors.append(f"roadmap: no {mark} mark in one cell or no {name} in the text")
            continue
        col = cols[0]
        month = 12 * (col // 6) + HT_END[HALF_TERMS[col % 6]]
        if month != gates[name]:
            errors.append(
                f"roadmap: {mark} in the column of month {month}, {name} at {gates[name]}"
            )
    for ph in gold["phases"]:
        hit = [(t, x, y) for t, x, y, s in body if t.lower().split(":")[0] in ph["match"]]
        if len(hit) != 1:
            errors.append(f"roadmap: phase {ph['match']} is not one merged cell")
            continue
        cols = columns(hit[0][1], hit[0][2])
        months = (
            (
                12 * (cols[0] // 6) + HT_START[HALF_TERMS[cols[0] % 6]],
                12 * (cols[-1] // 6) + HT_END[HALF_TERMS[cols[-1] % 6]],
            )
            if cols
            else None
        )
        if months != (ph["start_month"], ph["end_month"]):
            errors.append(f"roadmap: phase {hit[0][0]!r} is merged over months {months}")
    return errors


# =========================================================================== the gold's shape


def gold_shape(case: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    org = case / "org"
    pages = deck_lines(case / gold["deck"])
    titles = {k: _title(lines) for k, lines in pages.items()}
    on = _checks._anywhere  # type: ignore[attr-defined]

    # the pilot
    pilot = gold["pilot"]
    named = [k for k, lines in pages.items() if any(PILOT_NAMED in x for x in lines)]
    if named != [pilot["slide"]]:
        errors.append(f"pilot named with place and unit on slides {named}")
    said = {k for k, lines in pages.items() if any(p in x for p in PILOT_LATER for x in lines)}
    if any(k < pilot["slide"] for k in said):
        errors.append(f"the pilot is mentioned before its slide, on {sorted(said)}")
    later = sorted(k for k in said if k > pilot["slide"])
    if later != sorted(pilot["also_slides"]):
        errors.append(f"the place or 'the first school' on slides {later}; also {pilot}")

    # scenarios and what is not in scope
    segs = gold["scenario_segments"]
    if not 2 <= len(segs) <= 4:
        errors.append(f"{len(segs)} scenario segments (2 to 4)")
    for seg in segs:
        if not any(on(a, pages) for a in seg):
            errors.append(f"scenario segment in no deck line: {seg}")
    for lines in pages.values():
        if "not in this plan" in lines:
            out = lines[lines.index("not in this plan") + 1 :]
            for seg in segs:
                for a in seg:
                    if any(a in x for x in out):
                        errors.append(f"scenario term {a!r} in the not-in-scope list")
            break
    else:
        errors.append("no 'Not in this plan' list")

    # the deck's own actions
    actions = gold["deck_actions"]
    if not 15 <= len(actions) <= 25:
        errors.append(f"{len(actions)} deck actions (15 to 25)")
    forms = {FORMS.get(titles.get(a["slide"], ""), "") for a in actions} - {""}
    if len(forms) < 5:
        errors.append(f"deck actions from {len(forms)} forms: {sorted(forms)}")
    headline = [a for a in actions if titles.get(a["slide"]) in HEADLINES]
    if len(headline) < 3:
        errors.append(f"only {len(headline)} deck actions on slides titled with a headline")
    posts = {r.lower(): r for r, _ in roster(org)}
    days = _slide(pages, "clearing the runway: the first 90 days")
    items = pages.get(days, [])[2:]
    leads = [m.group(1) for x in items if (m := re.search(r"\(([^)]+)\)$", x))]
    off = [lead for lead in leads if lead not in posts]
    if len(leads) < 5 or not off:
        errors.append(f"first 90 days: leads {leads}, none spelt unlike the structure")
    for lead in off:
        line = next(x for x in items if x.endswith(f"({lead})"))
        entry = [e for e in gold["remit_owners"] if any(t in line for t in e["task"])]
        if not entry or any(o.lower() == lead for e in entry for o in e["owners"]):
            errors.append(f"first 90 days: ({lead}) has no remit entry naming the org's post")

    # keyword traps: the owner whose remit names the work, never the keyword's post
    remit = remits(org)
    deck_text = [x for lines in pages.values() for x in lines]
    for task, wrong, keyword, right, says in TRAPS:
        if not any(task in a for e in actions for a in e["match"]):
            errors.append(f"trap {task!r} is no deck action")
        line = next((x for x in deck_text if task in x), task)
        entry = [e for e in gold["remit_owners"] if any(t in line for t in e["task"])]
        if not entry or any(wrong in e["owners"] or right not in e["owners"] for e in entry):
            errors.append(f"trap {task!r}: owners {[e['owners'] for e in entry]}")
        if keyword not in remit.get(wrong, "") or says not in remit.get(right, ""):
            errors.append(f"trap {task!r}: the remits do not say what the trap needs")

    # labels short and robust: 3 to 8 words
    labels: list[str] = [v["match"] for v in gold["visions"]]
    labels += [a for v in gold["visions"] for a in v.get("alternatives", [])]
    labels += gold["optional_visions"] + gold["not_visions"] + gold["not_actions"]
    labels += [a for e in actions for a in e["match"]] + [a for g in gold["gaps"] for a in g]
    labels += gold["kpis"]
    for label in labels:
        words = [w for w in label.split() if re.search(r"\w", w)]
        if not 3 <= len(words) <= 8:
            errors.append(f"label of {len(words)} words (3 to 8): {label!r}")

    # visions and owners
    if sum(v["vague"] for v in gold["visions"]) < 2:
        errors.append("fewer than two vague visions")
    if len(gold["remit_owners"]) < 15:
        errors.append(f"{len(gold['remit_owners'])} remit_owners entries (15 or more)")
    tasks = [t for e in gold["remit_owners"] for t in e["task"]]
    for kpi in gold["kpis"]:
        if not any(t in kpi or kpi in t for t in tasks):
            errors.append(f"remit_owners: no entry for the KPI {kpi!r}")

    # gaps, false gaps, forbidden terms
    if not 6 <= len(gold["gaps"]) <= 10:
        errors.append(f"{len(gold['gaps'])} gaps (6 to 10)")
    per_file = _file_sentences(org)
    holders: set[str] = set()
    for gap in gold["gaps"]:
        where = {f for f, s in per_file.items() if any(gap[0] in x for x in s)}
        if len(where) != 1:
            errors.append(f"gap {gap[0]!r} is in files {sorted(where)}")
        holders |= where
    if len(holders) < 3 or len({Path(f).suffix for f in holders}) < 3:
        errors.append(f"gaps stated in {sorted(holders)} (three files of different kinds)")
    if len(gold["false_gaps"]) < 2:
        errors.append("fewer than two false-gap groups")
    if not 5 <= len(gold["forbidden_terms"]) <= 10:
        errors.append(f"{len(gold['forbidden_terms'])} forbidden terms (5 to 10)")
    texts = []
    for p in org.rglob("*"):
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
            errors.append(f"forbidden term in a raw org file: {term!r}")

    return errors + gap_block_errors(gold, sentences(org), deck_text)


def extra(case: Path) -> list[str]:
    gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
    return roster_form(case / "org", gold) + deck_form(case, gold) + gold_shape(case, gold)


CASE = Case(
    name=NAME,
    builder="build_school_trust.py",
    roster=roster,
    org_sentences=sentences,
    core=frozenset({"core"}),
    consult=frozenset({"consult"}),
    extra=extra,
    folder=HERE,
    split="dev28",
)


def org_dump() -> None:
    org = HERE / NAME / "org"
    print(f"--- roster rows ({ROSTER}):")
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
