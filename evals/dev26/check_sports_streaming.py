"""Consistency checks of the dev26 case ``sports-streaming`` against its deck and org folder.

Run from the repository root with the venv the builder needs (reportlab is not in the project's
lock; see ``build_sports_streaming.py``), since the rebuild check runs the builder with the
interpreter that runs this file:

    /tmp/rl/bin/python evals/dev26/check_sports_streaming.py

``--dump`` prints the deck lines the gold was read from, slide by slide, and the roster (with
``--org`` also the org sentences); ``--org`` alone prints the roster rows and the org
sentences. Both also run under ``.venv/bin/python``; the checks' rebuild does not.

The checks are those of ``evals/dev15/_checks.py`` (adapted from ``evals/dev13/check_gold.py``),
imported, not copied, and pointed at this folder (``evals/dev26``, split "dev26") with
``build_sports_streaming.py`` as the builder: the gold's fields, every label on its slide or
in an org sentence, the roster, owners on it and core, consult-only roles owning nothing,
forbidden terms in neither deck nor org, and the rebuild byte for byte. Deck lines are dev13's:
pypdf's text of each PDF page, one line per line, normalised; gold "slide" is the PDF page.
Two departures, both narrow:

- the gold carries ``gap_blocks`` (a field of ``evals/cases/README.md``'s deck-grounded gold
  that dev13's field list predates), so the field list the shared checks compare with is that
  list plus ``gap_blocks``;
- the deck runs its beta alongside its last build sprint and says so, so the gold's Build and
  Beta phases overlap by one month. The shared check refuses any overlap; this checker drops
  exactly that one complaint, and only when the overlap is Build then Beta, one month long,
  and the roadmap slide states it. Any other overlap or disorder still fails.

What is this case's own:

- the roster, read with python-docx from ``org/people/launch-team.docx``: its one table, the
  header Name / Title / Team / Responsibilities, one role a row (the Title cell); a row whose
  Team starts "Consult only" is consult tier, every other row core;
- org sentences: dev15's reader (Markdown, text, DOCX paragraphs and table rows) plus a CSV
  reader (each row's cells joined by spaces) for the metric definitions;
- checks of the roster's form: ZIP entries in name order, one table, 16 to 20 rows with every cell filled, names and
  titles unique, two consult-only rows (the gold's consult-only roles), a note after the
  table, two or more remits that point to another org file and are told there, and at least
  two pairs of near-namesake posts that the gold's ``remit_owners`` tell apart; and of the
  decision-rights memo (Markdown): its table Decision / Decides / Prepares or does the work /
  Must be consulted / Told, every role in it on the roster (or the Board), and the two
  consult-only roles only ever in the "Must be consulted" column;
- checks of the deck's form, as Keynote exports a 16:9 deck to PDF: 14 to 22 pages of
  1920 x 1080 pt, a PDF 1.3 header with Quartz's binary comment, no ReportLab mark, Creator
  "Keynote", Producer "macOS Version ... (Build ...) Quartz PDFContext", the Title the file's
  stem and both dates in Quartz's form, every font a HelveticaNeue subset with its own
  six-letter prefix; the KPI tiles (every KPI a label line under a big number and over a
  baseline line, exactly one tile without a number and a date: the one vague KPI); the clock
  (the launch countdown L-120 to L-0 in order on the roadmap, then Season 1, Playoffs and a
  "Later" column marked not in this plan; the roadmap's clock line; the four gates, the
  first without a date on the roadmap and dated only in its criteria; the phases named
  without dates on the north-star slide and dated on the phases slide, and each gold phase's
  months computed from those dates; the horizon said three ways that agree: the cover's
  2028-29, the roadmap's 14 months to June 2029, the asks' May 2028 to June 2029);
- the pilot named with its place and unit on its own slide only, and on every later slide of
  ``also_slides`` as "the beta group" (never before its slide); scenario segments on deck
  lines and none inside the "Not in scope" list;
- the gold's own shape: 15 to 25 deck actions from at least five forms (pillar initiatives,
  acceptance criteria, pilot steps, risk mitigations, the first 90 days, what changes on
  Monday), three or more on slides titled with a metaphor or headline, first-90-days items
  naming a roster title in brackets; every label pointing at deck or org text (visions and
  their alternatives, optional visions, not-visions, not-actions, deck actions, gaps, KPIs,
  the pilot) 3 to 8 words long; at least two vague visions; remit owners covering every
  KPI; 6 to 10 gaps stated in at least three org files of different kinds; at least two
  false-gap groups; 5 to 10 forbidden terms in no raw org file; ``gap_blocks`` (each gap key
  inside an org sentence that states a gold gap, each task on a deck line).

It never runs the planner.
"""

from __future__ import annotations

import calendar
import csv
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
from evals.dev15._checks import Case, run, sentences_by_file  # noqa: E402

HERE = Path(__file__).resolve().parent
NAME = "sports-streaming"
ROSTER = Path("people") / "launch-team.docx"
MEMO = Path("governance") / "decision-rights-memo.md"
HEAD = ["Name", "Title", "Team", "Responsibilities"]
MEMO_HEAD = ["Decision", "Decides", "Prepares or does the work", "Must be consulted", "Told"]
PRODUCER = re.compile(r"macOS Version \d+\.\d+(\.\d+)? \(Build \w+\) Quartz PDFContext")
QUARTZ_HEAD = b"%PDF-1.3\n%\xc4\xe5\xf2\xe5\xeb\xa7\xf3\xa0\xd0\xc4\xc6"
FONTS = {"HelveticaNeue", "HelveticaNeue-Bold"}
COUNTDOWN = ["l-120", "l-90", "l-60", "l-30", "l-0"]
MONTH0 = (2028, 5)  # the roadmap's month 0
OVERLAP_LINE = "the beta runs alongside sprint 3, the last build sprint, through july."
PILOT_NAMED = "lynx season-ticket holders in fort renwick"
GRADE_WORDS = {"director", "manager", "lead", "chief", "officer", "and", "of", "the", "chair"}
# the form of the deck's own actions, by the title of the slide they sit on
FORMS = {
    "build the rink": "pillar initiative",
    "sell the seat": "pillar initiative",
    "keep them in the building": "pillar initiative",
    "fill the building": "pillar initiative",
    "four phases, four gates": "acceptance criteria",
    "closed beta: the fans who never miss a game": "pilot steps",
    "what could knock us off the puck": "risk mitigations",
    "clearing the ice: the first 90 days": "first 90 days",
    "what changes on monday": "what changes on monday",
}
HEADLINES = {
    "build the rink",
    "sell the seat",
    "keep them in the building",
    "fill the building",
    "what could knock us off the puck",
    "clearing the ice: the first 90 days",
    "closed beta: the fans who never miss a game",
}
MONTHS = {m.lower(): k for k, m in enumerate(calendar.month_name) if m}
MONTHS |= {m.lower(): k for k, m in enumerate(calendar.month_abbr) if m}

# The gold carries gap_blocks, which dev13's field list predates.
_checks.FIELDS = FIELDS | {"gap_blocks"}  # type: ignore[attr-defined]


# =========================================================================== the roster


def roster_rows(org: Path) -> list[list[str]]:
    """The rows under the header of the roster's table (Name, Title, Team, Responsibilities)."""
    path = org / ROSTER
    if not path.is_file():
        return []
    for table in Document(str(path)).tables:
        rows = [[c.text.strip() for c in r.cells] for r in table.rows]
        if rows and rows[0] == HEAD:
            return rows[1:]
    return []


def roster(org: Path) -> list[tuple[str, str]]:
    return [
        (r[1], "consult" if r[2].startswith("Consult only") else "core")
        for r in roster_rows(org)
        if r[1]
    ]


def _csv_parts(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    return [" ".join(row) for row in csv.reader(io.StringIO(text, newline="")) if row]


READERS = {".csv": _csv_parts}


def sentences(org: Path) -> list[str]:
    return _checks.org_sentences(org, READERS)


def _file_sentences(org: Path) -> dict[str, list[str]]:
    """Each org file's sentences, read alone."""
    return sentences_by_file(org, sentences, keep_folders=False)


def _memo_rows(org: Path) -> list[list[str]]:
    rows = []
    for line in (org / MEMO).read_text(encoding="utf-8").splitlines():
        if line.startswith("|") and not line.startswith("|---"):
            rows.append([c.strip() for c in line.strip().strip("|").split("|")])
    return rows


def roster_form(org: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    names_in_zip = zipfile.ZipFile(org / ROSTER).namelist()
    if names_in_zip != sorted(names_in_zip):
        errors.append("roster: the DOCX entries are not in name order")
    doc = Document(str(org / ROSTER))
    if len(doc.tables) != 1:
        errors.append(f"roster: {len(doc.tables)} tables (one)")
    rows = roster_rows(org)
    if not 16 <= len(rows) <= 20:
        errors.append(f"roster: {len(rows)} rows (16 to 20)")
    if any(not c for r in rows for c in r):
        errors.append("roster: an empty cell")
    names, titles = [r[0] for r in rows], [r[1] for r in rows]
    if len(set(names)) != len(names) or len(set(titles)) != len(titles):
        errors.append("roster: a name or a title appears twice")
    consult = [r for r, t in roster(org) if t == "consult"]
    if sorted(consult) != sorted(gold["consult_only_roles"]) or len(consult) != 2:
        errors.append(f"roster: consult-only rows {consult}")
    after = [p.text for p in doc.paragraphs][-1]
    if "consulted" not in after:
        errors.append("roster: no note after the table on the consulted rows")
    # remits kept outside the roster file
    per_file = _file_sentences(org)
    elsewhere_said = "\n".join(s for f, ss in per_file.items() if f != str(ROSTER) for s in ss)
    pointers = [r for r in rows if re.search(r"\bsee the\b", r[3])]
    if len(pointers) < 2:
        errors.append(f"roster: only {len(pointers)} remits point to another org file")
    for r in pointers:
        if r[1].lower() not in elsewhere_said:
            errors.append(f"roster: {r[1]}'s remit is told in no other org file")
    # near-namesake posts told apart by the remit owners
    told_apart = _checks.namesakes_told_apart(titles, gold, GRADE_WORDS)
    if len(told_apart) < 2:
        errors.append(f"roster: near-namesake pairs told apart by remit_owners: {told_apart}")
    # the decision-rights memo
    memo = _memo_rows(org)
    if not memo or memo[0] != MEMO_HEAD:
        errors.append(f"memo: header {memo[:1]}")
        return errors
    known = set(titles) | {"Board of Directors", "Launch Steering Group"}
    for row in memo[1:]:
        if len(row) != len(MEMO_HEAD):
            errors.append(f"memo: row of {len(row)} cells: {row}")
            continue
        for k, cell in enumerate(row[1:], start=1):
            for part in re.split(r"; ", cell):
                role = re.sub(r"(, for the board|, on the sponsor's request)$", "", part)
                role = re.sub(r", changes of up to 10% by the .*$", "", role)
                if role and role not in known and not role.startswith("changes"):
                    errors.append(f"memo: {role!r} is not on the roster")
                if role in consult and MEMO_HEAD[k] != "Must be consulted":
                    errors.append(f"memo: consult-only {role!r} under {MEMO_HEAD[k]!r}")
    for role in consult:
        if not any(role in row[3] for row in memo[1:]):
            errors.append(f"memo: {role} is never consulted")
    return errors


# =========================================================================== the deck's form


def _fonts(reader: PdfReader) -> set[str]:
    names: set[str] = set()
    for page in reader.pages:
        res: Any = page.get("/Resources")
        fonts: Any = res.get_object().get("/Font") if res is not None else None
        for ref in (fonts.get_object() if fonts is not None else {}).values():
            names.add(str(ref.get_object()["/BaseFont"]).lstrip("/"))
    return names


def _title(lines: list[str]) -> str:
    """A content slide's title: the line after its eyebrow ("NN · Section")."""
    return lines[1] if len(lines) > 1 and re.match(r"\d\d · ", lines[0]) else ""


def _slide(pages: dict[int, list[str]], title: str) -> int:
    found = [n for n, lines in pages.items() if _title(lines) == title]
    return found[0] if len(found) == 1 else 0


def _month_index(text: str, end: bool) -> float | None:
    """Months from month 0 to a date like "4 may 2028", "september 2028" or "jun 2029": a
    start at its day's share of the month, floored; an end rounded (a bare month ends it)."""
    m = re.fullmatch(r"(?:(\d{1,2}) )?([a-z]+) (20\d\d)", text.strip())
    if not m or m.group(2) not in MONTHS:
        return None
    year, month = int(m.group(3)), MONTHS[m.group(2)]
    base = (year - MONTH0[0]) * 12 + month - MONTH0[1]
    if m.group(1) is None:
        return float(base + 1 if end else base)
    share = int(m.group(1)) / calendar.monthrange(year, month)[1]
    return float(round(base + share) if end else int(base + share))


def _span(text: str) -> tuple[float, float] | None:
    """A card's dates ("4 may to 1 august 2028", "september 2028", "oct 2028 to jun 2029")."""
    parts = text.split(" to ")
    if len(parts) == 1:
        a = _month_index(parts[0], False)
        b = _month_index(parts[0], True)
    else:
        first, last = parts
        if not re.search(r"20\d\d$", first):
            first = f"{first} {last.split()[-1]}"
        a, b = _month_index(first, False), _month_index(last, True)
    return (a, b) if a is not None and b is not None else None


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
        if (round(w, 2), round(h, 2)) != (1920.0, 1080.0):
            errors.append(f"page {k} is {w} x {h}, not 1920 x 1080")
    if not raw.startswith(QUARTZ_HEAD) or b"ReportLab" in raw:
        errors.append("the file does not open as Quartz writes it, or carries a ReportLab mark")
    meta: dict[str, Any] = dict(reader.metadata or {})
    if meta.get("/Creator") != "Keynote" or not PRODUCER.fullmatch(str(meta.get("/Producer"))):
        errors.append(f"creator/producer {meta.get('/Creator')!r}/{meta.get('/Producer')!r}")
    if meta.get("/Title") != deck.stem:
        errors.append(f"title {meta.get('/Title')!r} is not the Keynote document's name")
    for key in ("/CreationDate", "/ModDate"):
        if not re.fullmatch(r"D:2028\d{10}Z00'00'", str(meta.get(key))):
            errors.append(f"{key} {meta.get(key)!r} is not in Quartz's form")
    prefixes = set()
    for name in sorted(_fonts(reader)):
        subset, _, base = name.partition("+")
        prefixes.add(subset)
        if not re.fullmatch(r"[A-Z]{6}", subset) or subset == "AAAAAA" or base not in FONTS:
            errors.append(f"font {name!r} is no HelveticaNeue subset named as Quartz names it")
    if len(prefixes) != len(_fonts(reader)):
        errors.append("two fonts share a subset prefix")
    pages = deck_lines(deck)

    # the KPI tiles
    kpi_visions = [v for v in gold["visions"] if any(k in v["match"] for k in gold["kpis"])]
    kslides = {v["slide"] for v in kpi_visions}
    if len(kslides) != 1:
        errors.append(f"KPI visions on slides {sorted(kslides)}")
    else:
        lines = pages[kslides.pop()]
        undated = []
        for v in kpi_visions:
            at = [i for i, x in enumerate(lines) if x.startswith(v["match"])]
            if len(at) != 1 or at[0] == 0 or at[0] + 1 >= len(lines):
                errors.append(f"KPI {v['match']!r} is not one tile label")
                continue
            big, small = lines[at[0] - 1], lines[at[0] + 1]
            if not small.startswith("baseline"):
                errors.append(f"KPI {v['match']!r}: no baseline line under its label")
            numeric = re.fullmatch(r"(< ?)?\$?[\d.,]+(%|m)?", big) is not None
            dated = re.search(r"\b(20\d\d|l-0)\b", small) is not None
            if not numeric and not dated:
                undated.append(v["match"])
            elif not (numeric and dated):
                errors.append(f"KPI {v['match']!r}: big {big!r}, small {small!r}")
        vague = [v["match"] for v in kpi_visions if v["vague"]]
        if len(undated) != 1 or undated != vague:
            errors.append(f"tiles without a number and a date {undated}; vague KPIs {vague}")

    # the clock
    road = _slide(pages, "from l-120 to the last whistle")
    gates = _slide(pages, "four phases, four gates")
    star = _slide(pages, "our north star, and what it means by june 2029")
    if not road or not gates or not star:
        return errors + [f"roadmap {road}, gates {gates} or north-star {star} slide not found"]
    rl = pages[road]
    # a table row reads as one line: its cells joined by spaces
    row = next((x for x in rl if x.startswith("countdown · season ")), "")
    clock = re.findall(r"\bl-\d+|season \d|playoffs", row)
    if clock != [*COUNTDOWN, "season 1", "season 1", "playoffs", "season 2"]:
        errors.append(f"roadmap countdown and season clock {clock}")
    phase_row = next((x for x in rl if x.startswith("phase ")), "")
    if "later" not in " ".join(rl) or not phase_row.endswith("not in this"):
        errors.append("roadmap: the Later column is not marked not in this plan")
    if not any(x.startswith("'later' is outside this plan") for x in rl):
        errors.append("roadmap: no note that Later is outside the plan")
    if not any("month 0 = may 2028 · 14 months" in x for x in rl):
        errors.append("roadmap: no clock line (month 0 = May 2028, 14 months)")
    if OVERLAP_LINE not in rl:
        errors.append("roadmap: the overlap of beta and build is not stated")
    gate_row = next((x for x in rl if x.startswith("gates ")), "")
    glabels = re.findall(r"g[1-4]\b.*?(?= g[1-4]\b|$)", gate_row)
    if glabels != ["g1 beta go", "g2 · l-7", "g3 · l+30", "g4 · season review"]:
        errors.append(f"roadmap gates {glabels}")
    gl = pages[gates]
    g1 = next((x for x in gl if x.startswith("g1 · beta go")), "")
    if "when all three are true" not in g1 or not any(x.endswith("all three by l-60") for x in gl):
        errors.append("gates: Gate 1 is not dated in its criteria alone")
    named = [x for x in pages[star] if x.startswith("how we get there:")]
    if not named or re.search(r"\d", named[0].replace("season 1", "")):
        errors.append(f"north star: phases not named without dates: {named}")
    spans: dict[str, tuple[float, float]] = {}
    for i, x in enumerate(gl):
        m = re.fullmatch(r"phase \d · (.+)", x)
        if m and i + 2 < len(gl):
            dates = gl[i + 2] if not re.search(r"20\d\d", gl[i + 1]) else gl[i + 1]
            span = _span(dates)
            if span is None:
                errors.append(f"gates: phase {x!r} has no dates ({dates!r})")
            else:
                spans[m.group(1)] = span
    for ph in gold["phases"]:
        hit = [s for name, s in spans.items() if any(a == name for a in ph["match"])]
        if hit != [(ph["start_month"], ph["end_month"])]:
            errors.append(f"phase {ph['match']} is {hit} on the phases slide")
    horizon = gold["horizon_months"]
    said = {
        "cover": any("2028-29" in x for x in pages[1]),
        "roadmap": any("14 months, to the last playoff game in june 2029" in x for x in rl),
        "asks": any("may 2028 to june 2029" in x for x in pages[n]),
    }
    if not all(said.values()) or horizon != (2029 - 2028) * 12 + 6 - 5 + 1:
        errors.append(f"the horizon's statements {said} and {horizon} months do not agree")
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
    later = [
        k
        for k, lines in pages.items()
        if k != pilot["slide"] and any("the beta group" in x for x in lines)
    ]
    if later != sorted(pilot["also_slides"]) or min(later) <= pilot["slide"]:
        errors.append(f"'the beta group' on slides {later}; also_slides {pilot['also_slides']}")

    # scenarios and what is not in scope
    segs = gold["scenario_segments"]
    if not 2 <= len(segs) <= 4:
        errors.append(f"{len(segs)} scenario segments (2 to 4)")
    for seg in segs:
        if not any(on(a, pages) for a in seg):
            errors.append(f"scenario segment in no deck line: {seg}")
    for lines in pages.values():
        if "not in scope for season 1" in lines:
            out = lines[lines.index("not in scope for season 1") + 1 :]
            for seg in segs:
                for a in seg:
                    if any(a in x for x in out):
                        errors.append(f"scenario term {a!r} in the not-in-scope list")
            break
    else:
        errors.append("no 'Not in scope' list")

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
    roles = {r for r, _ in roster(org)}
    days = _slide(pages, "clearing the ice: the first 90 days")
    leads = [m.group(1) for x in pages.get(days, []) if (m := re.search(r"\(([^)]+)\)$", x))]
    told = [lead for lead in leads if lead in {r.lower() for r in roles}]
    if len(leads) < 5 or len(told) != len(leads):
        errors.append(f"first 90 days: {len(told)} of {len(leads)} leads in brackets on the roster")

    # labels short and robust: 3 to 8 words
    labels = [v["match"] for v in gold["visions"]]
    labels += [a for v in gold["visions"] for a in v.get("alternatives", [])]
    labels += gold["optional_visions"] + gold["not_visions"] + gold["not_actions"]
    labels += [a for e in actions for a in e["match"]] + [a for g in gold["gaps"] for a in g]
    labels += gold["kpis"] + pilot["match"]
    for label in labels:
        words = [w for w in label.split() if re.search(r"\w", w)]
        if not 3 <= len(words) <= 8:
            errors.append(f"label of {len(words)} words (3 to 8): {label!r}")

    # visions and owners
    if sum(v["vague"] for v in gold["visions"]) < 2:
        errors.append("fewer than two vague visions")
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
    raw = [p.read_bytes() for p in org.rglob("*") if p.is_file()]
    texts = [b.decode("utf-8", "ignore").lower() for b in raw]
    for b in raw:
        if b.startswith(b"PK"):
            z = zipfile.ZipFile(io.BytesIO(b))
            texts += [z.read(x).decode("utf-8").lower() for x in z.namelist() if x.endswith("xml")]
    for term in gold["forbidden_terms"]:
        if any(term in t for t in texts):
            errors.append(f"forbidden term in a raw org file: {term!r}")

    # gap_blocks
    said = sentences(org)
    gap_said = [s for s in said if any(alt in s for g in gold["gaps"] for alt in g)]
    if not gold["gap_blocks"]:
        errors.append("gold: no gap_blocks")
    for entry in gold["gap_blocks"]:
        if set(entry) != {"gap", "blocks", "not_blocks"}:
            errors.append(f"gap_blocks: keys {sorted(entry)}")
            continue
        for key in entry["gap"]:
            if not any(key in s for s in gap_said):
                errors.append(f"gap_blocks: gap key in no gap sentence: {key!r}")
        for field in ("blocks", "not_blocks"):
            if not entry[field]:
                errors.append(f"gap_blocks: {entry['gap'][0]!r} has no {field}")
            for item in entry[field]:
                if not any(on(alt, pages) for alt in item):
                    errors.append(f"gap_blocks: {field} item in no deck line: {item}")
        blocked = {a for item in entry["blocks"] for a in item}
        if any(a in blocked for item in entry["not_blocks"] for a in item):
            errors.append(f"gap_blocks: {entry['gap'][0]!r} blocks and not-blocks one task")
    return errors


# =========================================================================== the one overlap

_shared_check_case = _checks.check_case


def _explained_overlap(case: Path, gold: dict[str, Any]) -> str | None:
    """The shared check's complaint about the Beta phase, when the overlap is the one the deck
    states: Build then Beta, one month, and the roadmap's line saying so."""
    phases = gold["phases"]
    if len(phases) < 2:
        return None
    build, beta = phases[0], phases[1]
    if "build" not in build["match"] or "beta" not in beta["match"]:
        return None
    if not (build["start_month"] < beta["start_month"] < build["end_month"] < beta["end_month"]):
        return None
    if build["end_month"] - beta["start_month"] != 1:
        return None
    if not _checks._anywhere(OVERLAP_LINE, deck_lines(case / gold["deck"])):  # type: ignore[attr-defined]
        return None
    return f"phases overlap or are out of order: {beta}"


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
    builder="build_sports_streaming.py",
    roster=roster,
    org_sentences=sentences,
    core=frozenset({"core"}),
    consult=frozenset({"consult"}),
    extra=extra,
    folder=HERE,
    split="dev26",
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
