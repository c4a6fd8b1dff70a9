"""Consistency checks of the dev27 case ``census-office`` against its deck and org folder.

Run from the repository root with the venv the builder needs (reportlab is not in the project's
lock; see ``build_census_office.py``), since the rebuild check runs the builder with the
interpreter that runs this file:

    /tmp/rl/bin/python evals/dev27/check_census_office.py
    /tmp/rl/bin/python evals/dev27/check_census_office.py --dump   (deck lines by slide, roster)
    /tmp/rl/bin/python evals/dev27/check_census_office.py --org    (roster rows, org sentences)

``--dump`` and ``--org`` also run under ``.venv/bin/python``; the checks' rebuild does not.

The checks are those of ``evals/dev15/_checks.py`` (adapted from ``evals/dev13/check_gold.py``),
imported, not copied, and pointed at this folder (``evals/dev27``, split "dev27") with
``build_census_office.py`` as the builder, "core" the core tier and "consult" the consult
tier: the gold's fields, every label on its slide or in an org sentence, the roster, owners on
it and core, consult-only roles owning nothing, forbidden terms in neither deck nor org, and
the rebuild byte for byte. Deck lines are dev13's: pypdf's text of each PDF page, one line per
line, normalised; gold "slide" is the PDF page. Two departures, both narrow:

- the gold carries ``gap_blocks`` (a field of ``evals/cases/README.md``'s deck-grounded gold
  that dev13's field list predates), so the field list the shared checks compare with is that
  list plus ``gap_blocks``, checked with ``_checks.gap_block_errors``;
- the deck starts processing at C+2 while non-response follow-up runs to C+3 and says so, so
  the gold's Count (months 12-21) and Process and publish (20-30) overlap by one month. The
  shared check refuses any overlap; this checker drops exactly that one complaint, and only
  when the overlap is Count then Process and publish, one month long, and the roadmap states
  it. Any other overlap or disorder still fails.

What is this case's own:

- the roster, read with the standard library's ``html.parser`` from the intranet page
  ``org/people/who-does-what.html``: its one ``table``, the header Post / Division / Reports to
  / Responsible for, one post a row; a row whose Division is "Consulted only" is consult tier,
  every other row core;
- org sentences: dev15's reader (Markdown, text, DOCX) plus an HTML reader (the page's title,
  headings, paragraphs, footer and each table row's cells joined by spaces, entities decoded)
  and a CSV reader (each row's cells joined by spaces);
- checks of the roster's form: one table with that header, 18 to 22 rows of four filled cells,
  posts unique, every "Reports to" a post on the page (the Director General's excepted, and
  "Not in line management" for the consulted rows), two consulted-only rows (the gold's
  consult-only roles), a note saying they never lead work; two or more remits that point to
  another org file and are told there; at least two pairs of near-namesake posts that the
  gold's ``remit_owners`` tell apart; the Statistics Council's terms of reference a DOCX with
  its entries in name order;
- checks of the deck's form, as Google Slides exports a 16:9 presentation to PDF: 14 to 22
  pages of 720 x 405 pt, the header ``%PDF-1.4`` with a binary comment, no ReportLab mark,
  Producer "Skia/PDF ... Google Docs Renderer", Creator absent or "Google Slides", no dates,
  Title the file's stem, fonts Arial subsets; on every page but the cover the title is the
  largest text, in the top fifth, at least 1.6 times the body's size; the KPI table (every
  KPI vision a row of Measure / Census 2021 / Target / By when, its by-when on the C clock,
  save the vague one's "to be set"); the roadmap a band chart (a dozen filled rectangles or
  more, the axis C-18 ... C+12 then "Later");
- the clock: Census Day stated once ("Census Day: Sunday 16 March 2031", and no other full
  date after the cover); month 0 = C-18, so month = C + 18; the phases named without dates on
  the north-star slide and dated (C-18 to C-12 ...) on the phases slide, each gold phase's
  months computed from those; Gate 2's heading without a date, its date only in its criteria;
  the overlap stated; the "Later" column outside the plan; the horizon said three ways that
  agree (the cover's 2029-2032, the roadmap's 30 months from September 2029, the asks' C-18 to
  C+12 and March 2032);
- the pilot named with its place and unit ("holmvik municipality's 9,400 households") on its
  own slide only, neither "holmvik" nor "the rehearsal" on any earlier slide, and on each later
  slide of ``also_slides`` by the place or as "the rehearsal"; scenario segments on deck lines
  and none inside the "Not in this plan" list;
- the gold's own shape: 15 to 25 deck actions from at least five forms (pillar initiatives,
  acceptance criteria, pilot steps, risk mitigations, the first 90 days, what changes on
  Monday), three or more on slides titled with a headline; first-90-days items with a title
  in brackets, at least one of them not the org's spelling of the post, and that post's
  remit entry naming the org's title; labels 3 to 8 words; at least two vague visions; remit
  owners covering every KPI and at least 15 entries; 6 to 10 gaps stated in at least three
  org files of three kinds; at least two false-gap groups; 5 to 10 forbidden terms in no raw
  org file.

It never runs the planner.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
import zipfile
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from pypdf import PdfReader

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import evals.dev15._checks as _checks  # noqa: E402
from evals.dev13.check_gold import FIELDS, deck_lines  # noqa: E402
from evals.dev15._checks import Case, gap_block_errors, run, sentences_by_file  # noqa: E402

HERE = Path(__file__).resolve().parent
NAME = "census-office"
ROSTER = Path("people") / "who-does-what.html"
TOR = Path("governance") / "statistics-council-terms-of-reference.docx"
HEAD = ["Post", "Division", "Reports to", "Responsible for"]
CONSULTED = "Consulted only"
PRODUCER = re.compile(r"Skia/PDF m\d+ Google Docs Renderer")
SIZE = (720.0, 405.0)
AXIS = ["c-18", "c-15", "c-12", "c-9", "c-6", "c-3", "c0", "c+3", "c+6", "c+9", "c+12", "later"]
CENSUS_DAY = "census day: sunday 16 march 2031"
OVERLAP_LINE = "processing starts at c+2 while follow-up visits run to c+3"
PILOT_NAMED = "holmvik municipality's 9,400 households"
FULL_DATE = re.compile(
    r"\b\d{1,2} (january|february|march|april|may|june|july|august|september|october|"
    r"november|december) 20\d\d\b"
)
GRADE_WORDS = {"head", "of", "manager", "director", "lead", "chief", "officer", "the", "and"}
# the form of the deck's own actions, by the title of the slide they sit on
FORMS = {
    "the front door is a web form": "pillar initiative",
    "let the registers do the heavy lifting": "pillar initiative",
    "knock only where the answer is missing": "pillar initiative",
    "nobody identifiable, first results six months sooner": "pillar initiative",
    "one municipality, one full count, a year early": "pilot steps",
    "four phases, four gates": "acceptance criteria",
    "what could knock the count off course": "risk mitigations",
    "clearing the runway: the first 90 days (c-18 to c-15)": "first 90 days",
    "what changes on monday": "what changes on monday",
}
HEADLINES = {
    "the front door is a web form",
    "let the registers do the heavy lifting",
    "knock only where the answer is missing",
    "nobody identifiable, first results six months sooner",
    "one municipality, one full count, a year early",
    "what could knock the count off course",
    "clearing the runway: the first 90 days (c-18 to c-15)",
}

# gap_blocks is a field of the deck-grounded gold that dev13's list predates
_checks.FIELDS = FIELDS | {"gap_blocks"}  # type: ignore[attr-defined]


# =========================================================================== the org folder


class _Page(HTMLParser):
    """An HTML page's blocks (title, headings, paragraphs, footer, nav) and table rows."""

    BLOCKS = {"title", "h1", "h2", "h3", "p", "footer", "nav", "li"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self.rows: list[list[str]] = []
        self._text: list[str] | None = None
        self._row: list[str] | None = None
        self._cell: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "tr":
            self._row = []
        elif tag in {"td", "th"} and self._row is not None:
            self._cell = []
        elif tag in self.BLOCKS and self._cell is None:
            self._text = []

    def handle_endtag(self, tag: str) -> None:
        if tag in {"td", "th"} and self._row is not None and self._cell is not None:
            self._row.append(re.sub(r"\s+", " ", "".join(self._cell)).strip())
            self._cell = None
        elif tag == "tr" and self._row is not None:
            self.rows.append(self._row)
            self._row = None
        elif tag in self.BLOCKS and self._text is not None and self._cell is None:
            self.blocks.append(re.sub(r"\s+", " ", "".join(self._text)).strip())
            self._text = None

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)
        elif self._text is not None:
            self._text.append(data)


def _page(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text(encoding="utf-8"))
    page.close()
    return page


def _html_parts(path: Path) -> list[str]:
    page = _page(path)
    return page.blocks + [" ".join(r) for r in page.rows]


def _csv_parts(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    return [" ".join(row) for row in csv.reader(io.StringIO(text, newline="")) if row]


READERS = {".html": _html_parts, ".csv": _csv_parts}


def sentences(org: Path) -> list[str]:
    return _checks.org_sentences(org, READERS)


def roster_rows(org: Path) -> list[list[str]]:
    """The rows under the header of the roster page's table."""
    path = org / ROSTER
    if not path.is_file():
        return []
    rows = _page(path).rows
    if not rows or rows[0] != HEAD:
        return []
    return rows[1:]


def roster(org: Path) -> list[tuple[str, str]]:
    return [(r[0], "consult" if r[1] == CONSULTED else "core") for r in roster_rows(org) if r]


def _file_sentences(org: Path) -> dict[str, list[str]]:
    """Each org file's sentences, read alone."""
    return sentences_by_file(org, sentences, keep_folders=False)


def roster_form(org: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    page = _page(org / ROSTER)
    raw = (org / ROSTER).read_text(encoding="utf-8")
    if raw.count("<table") != 1 or not page.rows or page.rows[0] != HEAD:
        errors.append(f"roster: not one table with the header {HEAD}")
    rows = roster_rows(org)
    if not 18 <= len(rows) <= 22:
        errors.append(f"roster: {len(rows)} rows (18 to 22)")
    if any(len(r) != 4 or not all(r) for r in rows):
        errors.append("roster: a row without four filled cells")
    posts = [r[0] for r in rows]
    if len(set(posts)) != len(posts):
        errors.append("roster: a post appears twice")
    consult = [p for p, t in roster(org) if t == "consult"]
    if sorted(consult) != sorted(gold["consult_only_roles"]) or len(consult) != 2:
        errors.append(f"roster: consulted-only rows {consult}")
    for r in rows:
        if r[1] == CONSULTED:
            if r[2] != "Not in line management":
                errors.append(f"roster: consulted row {r[0]} reports to {r[2]!r}")
        elif r[0] != "Director General" and r[2] not in posts:
            errors.append(f"roster: {r[0]} reports to {r[2]!r}, not a post on the page")
    if not any("never lead" in b for b in page.blocks):
        errors.append("roster: no note that the consulted posts never lead work")
    per_file = _file_sentences(org)
    elsewhere = "\n".join(s for f, ss in per_file.items() if f != str(ROSTER) for s in ss)
    pointers = [r for r in rows if r[3].startswith("See the ")]
    if len(pointers) < 2:
        errors.append(f"roster: only {len(pointers)} remits point to another org file")
    for r in pointers:
        if f"the {r[0].lower()} is responsible for" not in elsewhere:
            errors.append(f"roster: {r[0]}'s remit is told in no other org file")
    told_apart = _checks.namesakes_told_apart(posts, gold, GRADE_WORDS)
    if len(told_apart) < 2:
        errors.append(f"roster: near-namesake pairs told apart by remit_owners: {told_apart}")
    names = zipfile.ZipFile(org / TOR).namelist()
    if names != sorted(names):
        errors.append("terms of reference: the DOCX entries are not in name order")
    return errors


# =========================================================================== the deck's form


def _text_objects(page: Any) -> list[tuple[float, float]]:
    """(font size, y) of every text object on a page, from its content stream."""
    contents = page.get_contents()
    stream = contents.get_data() if contents is not None else b""
    out = []
    for body in re.findall(rb"BT (.*?) ET", stream, re.S):
        tm = re.search(rb"1 0 0 1 ([\d.]+) ([\d.]+) Tm", body)
        tf = re.search(rb"/F\d+(?:\+\d+)? ([\d.]+) Tf", body)
        if tm and tf:
            out.append((float(tf.group(1)), float(tm.group(2))))
    return out


def _title(lines: list[str]) -> str:
    """A content slide's title: the line after its eyebrow."""
    return lines[1] if len(lines) > 1 else ""


def _slide(pages: dict[int, list[str]], title: str) -> int:
    found = [n for n, lines in pages.items() if n > 1 and _title(lines) == title]
    return found[0] if len(found) == 1 else 0


def _month(c: str) -> int:
    """Months from month 0 (C-18) to a point on the C clock ("c-18", "c0", "c+12")."""
    return int(c[1:]) + 18


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
            errors.append(f"page {k} is {w} x {h}, not 720 x 405")
    if not raw.startswith(b"%PDF-1.4") or raw[9:14] != b"%\xe2\xe3\xcf\xd3":
        errors.append("the file does not open with %PDF-1.4 and a binary comment")
    if b"ReportLab" in raw:
        errors.append("the file carries a ReportLab mark")
    meta: dict[str, Any] = dict(reader.metadata or {})
    if not PRODUCER.fullmatch(str(meta.get("/Producer"))):
        errors.append(f"producer {meta.get('/Producer')!r}")
    if meta.get("/Creator") not in (None, "Google Slides"):
        errors.append(f"creator {meta.get('/Creator')!r}")
    if "/CreationDate" in meta or "/ModDate" in meta:
        errors.append("the Info dictionary carries dates")
    if meta.get("/Title") != deck.stem:
        errors.append(f"title {meta.get('/Title')!r} is not the presentation's name")
    fonts = set(re.findall(rb"/BaseFont /([A-Z]{6}\+[\w-]+)", raw))
    if not fonts or any(b"Arial" not in f for f in fonts):
        errors.append(f"fonts {sorted(fonts)} are not Arial subsets")
    for k, page in enumerate(reader.pages, start=1):
        if k == 1:
            continue
        objs = _text_objects(page)
        big = max(objs, default=(0.0, 0.0))
        body = sorted(s for s, _ in objs)[len(objs) // 2] if objs else 0.0
        if big[0] < 1.6 * body or big[1] < SIZE[1] * 0.8:
            errors.append(f"page {k}: the title is not the largest text at the top")
    pages = deck_lines(deck)

    # the KPI table
    kpi_visions = [v for v in gold["visions"] if any(k in v["match"] for k in gold["kpis"])]
    kslides = {v["slide"] for v in kpi_visions}
    if len(kslides) != 1:
        errors.append(f"KPI visions on slides {sorted(kslides)}")
    else:
        lines = pages[kslides.pop()]
        if "measure census 2021 target by when" not in lines:
            errors.append("KPI table: no header Measure / Census 2021 / Target / By when")
        for v in kpi_visions:
            row = [x for x in lines if x.startswith(v["match"])]
            if len(row) != 1:
                errors.append(f"KPI {v['match']!r} is not one table row")
                continue
            clock = re.search(r" c[-+]\d+( to c[-+]\d+)?$", row[0])
            if v["vague"] != (clock is None) or (v["vague"] and "to be set" not in row[0]):
                errors.append(f"KPI row {row[0]!r}: by-when and vague flag disagree")

    # the clock
    road = _slide(pages, "the road to first results: c-18 to c+12")
    gates = _slide(pages, "four phases, four gates")
    star = _slide(pages, "our north star")
    if not road or not gates or not star:
        return errors + [f"roadmap {road}, gates {gates} or north-star {star} slide not found"]
    said = [(k, x) for k, lines in pages.items() for x in lines if CENSUS_DAY in x]
    if len(said) != 1:
        errors.append(f"Census Day stated {len(said)} times")
    dated = [(k, x) for k, lines in pages.items() if k > 1 for x in lines if FULL_DATE.search(x)]
    if [x for _, x in dated] != [x for _, x in said]:
        errors.append(f"full dates after the cover other than Census Day: {dated}")
    rl = pages[road]
    if AXIS not in [x.split() for x in rl]:
        errors.append("roadmap: no axis C-18 ... C+12 then Later")
    rects = len(re.findall(rb" re f", reader.pages[road - 1].get_contents().get_data()))  # type: ignore[union-attr]
    if rects < 12:
        errors.append(f"roadmap: {rects} filled rectangles, not a band chart")
    clock_line = next((x for x in rl if x.startswith("month 0 = c-18")), "")
    if "(september 2029) · 30 months" not in clock_line or "not in this plan" not in clock_line:
        errors.append(f"roadmap: clock line {clock_line!r}")
    if not any(x.startswith(OVERLAP_LINE) for x in rl):
        errors.append("roadmap: the overlap of Count and Process and publish is not stated")
    named = [x for x in pages[star] if x.startswith("how we get there:")]
    if not named or re.search(r"c[-+]?\d", named[0]):
        errors.append(f"north star: phases not named without dates: {named}")
    spans: dict[str, tuple[int, int]] = {}
    for x in pages[gates]:
        m = re.fullmatch(r"phase (\d) · (.+) · (c[-+]\d+) to (c[-+]\d+)", x)
        if m:
            spans[m.group(2)] = (_month(m.group(3)), _month(m.group(4)))
    for ph in gold["phases"]:
        hit = [s for name, s in spans.items() if name in ph["match"]]
        if hit != [(ph["start_month"], ph["end_month"])]:
            errors.append(f"phase {ph['match']} is {hit} on the phases slide")
    g2 = next((x for x in pages[gates] if x.startswith("gate 2 ·")), "")
    if re.search(r"c[-+]\d", g2) or not any(x.endswith("all by c-6") for x in pages[gates]):
        errors.append(f"gates: Gate 2 is not dated in its criteria alone ({g2!r})")
    horizon = gold["horizon_months"]
    ways = {
        "cover": any("2029-2032" in x for x in pages[1]),
        "roadmap": "30 months to first results at c+12 (march 2032)" in clock_line,
        "asks": any("c-18 to c+12: first results in march 2032" in x for x in pages[n]),
    }
    if not all(ways.values()) or horizon != _month("c+12") - _month("c-18"):
        errors.append(f"the horizon's statements {ways} and {horizon} months do not agree")
    if horizon != (2032 - 2029) * 12 + 3 - 9:
        errors.append("horizon is not September 2029 to March 2032")
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
    before = [
        k
        for k, lines in pages.items()
        if k < pilot["slide"] and any("holmvik" in x or "the rehearsal" in x for x in lines)
    ]
    if before:
        errors.append(f"the pilot is mentioned before its slide, on {before}")
    later = [
        k
        for k, lines in pages.items()
        if k > pilot["slide"] and any("holmvik" in x or "the rehearsal" in x for x in lines)
    ]
    if later != sorted(pilot["also_slides"]):
        errors.append(
            f"the place or 'the rehearsal' on slides {later}; also {pilot['also_slides']}"
        )

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
    roles = {r.lower(): r for r, _ in roster(org)}
    days = _slide(pages, "clearing the runway: the first 90 days (c-18 to c-15)")
    items = pages.get(days, [])[2:]
    leads = [m.group(1) for x in items if (m := re.search(r"\(([^)]+)\)$", x))]
    off = [lead for lead in leads if lead not in roles]
    if len(leads) < 5 or not off:
        errors.append(f"first 90 days: leads {leads}, none spelt unlike the roster")
    for lead in off:
        line = next(x for x in items if x.endswith(f"({lead})"))
        entry = [e for e in gold["remit_owners"] if any(t in line for t in e["task"])]
        if not entry or any(o.lower() == lead for e in entry for o in e["owners"]):
            errors.append(f"first 90 days: ({lead}) has no remit entry naming the org's post")

    # labels short and robust: 3 to 8 words
    labels = [v["match"] for v in gold["visions"]]
    labels += [a for v in gold["visions"] for a in v.get("alternatives", [])]
    labels += gold["optional_visions"] + gold["not_visions"] + gold["not_actions"]
    labels += [a for e in actions for a in e["match"]] + [a for g in gold["gaps"] for a in g]
    labels += gold["kpis"] + pilot["match"]
    for label in labels:
        words = [w for w in label.split() if re.search(r"\w", w)]
        if not 3 <= len(words) <= 8 and label not in pilot["match"]:
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
        where = {f for f, said in per_file.items() if any(gap[0] in s for s in said)}
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

    deck_text = [x for lines in pages.values() for x in lines]
    return errors + gap_block_errors(gold, sentences(org), deck_text)


# =========================================================================== the one overlap

_shared_check_case = _checks.check_case


def _explained_overlap(case: Path, gold: dict[str, Any]) -> str | None:
    """The shared check's complaint about Process and publish, when the overlap is the one the
    deck states: Count then Process and publish, one month, and the roadmap saying so."""
    phases = gold["phases"]
    if len(phases) != 4:
        return None
    count, process = phases[2], phases[3]
    if "count" not in count["match"] or "process and publish" not in process["match"]:
        return None
    if not (count["start_month"] < process["start_month"] < count["end_month"]):
        return None
    if count["end_month"] - process["start_month"] != 1:
        return None
    pages = deck_lines(case / gold["deck"])
    if not any(x.startswith(OVERLAP_LINE) for lines in pages.values() for x in lines):
        return None
    return f"phases overlap or are out of order: {process}"


def _check_case(case: Path, spec: Case) -> tuple[list[str], int, int]:
    errors, free, n = _shared_check_case(case, spec)
    gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
    explained = _explained_overlap(case, gold)
    return [e for e in errors if e != explained], free, n


_checks.check_case = _check_case


def extra(case: Path) -> list[str]:
    gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
    return roster_form(case / "org", gold) + deck_form(case, gold) + gold_shape(case, gold)


CASE = Case(
    name=NAME,
    builder="build_census_office.py",
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
