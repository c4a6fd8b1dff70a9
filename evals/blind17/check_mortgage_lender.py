"""Consistency checks of the blind17 case ``mortgage-lender`` against its deck and org folder.

Run from the repository root with the venv the builder needs (reportlab is not in the project's
lock; see ``build_mortgage_lender.py``), since the rebuild check runs the builder with the
interpreter that runs this file:

    /tmp/rl/bin/python evals/blind17/check_mortgage_lender.py
    /tmp/rl/bin/python evals/blind17/check_mortgage_lender.py --dump   (deck lines by page)
    /tmp/rl/bin/python evals/blind17/check_mortgage_lender.py --org    (roster rows, org sentences)

``--dump`` and ``--org`` also run under ``.venv/bin/python``; the checks' rebuild does not.

The checks are those of ``evals/dev15/_checks.py`` (adapted from ``evals/dev13/check_gold.py``),
imported, not copied, and pointed at this folder (``evals/blind17``, split "blind17") with
``build_mortgage_lender.py`` as the builder, "core" the core tier and "consult" the consult
tier: the gold's fields, every label on its page or in an org sentence, the roster, owners on it
and core, consult-only roles owning nothing, forbidden terms in neither deck nor org, and the
rebuild byte for byte. Deck lines are dev13's: pypdf's text of each PDF page, one line per
line, normalised; gold "slide" is the PDF page. The gold also carries ``gap_blocks`` (a field
of ``evals/cases/README.md``'s deck-grounded gold that dev13's field list predates), so the
field list the shared checks compare with is that list plus ``gap_blocks``, checked with
``_checks.gap_block_errors``.

What is this case's own:

- the roster, read from ``org/people/establishment.csv``, an HR system's CSV export (UTF-8
  with a byte-order mark, CRLF; Position / Reports To / Department / Summary of role): one post
  a row, a post whose Department ends "(consulted)" consult tier, every other post core;
- org sentences: dev15's reader (Markdown, text, DOCX) plus a CSV reader (the byte-order mark
  dropped, each row's cells joined by spaces);
- checks of the roster's form: the byte-order mark, CRLF line ends only, the header, 18 to 22
  posts, unique, four cells a row, cells holding a comma quoted, every "Reports To" a post of
  the file (the Chief Executive's "Board of Directors"; empty for the two consulted posts, and
  only for them), the consulted posts the gold's consult-only roles; three pairs of near-namesake
  posts whose members own different work in ``remit_owners``; two or more remits kept outside
  the file ("See the Underwriting Committee terms of reference, section N."), each section of
  the DOCX terms of reference naming its post, and two or more of those posts owners in the gold;
- checks of the org folder: 5 to 12 files, 6 to 10 gaps stated in at least three kinds of file
  (and four files), two or more false-gap groups, 5 to 10 forbidden terms in no org file's text;
- checks of the deck's form, as Google Docs downloads a document of landscape pages as PDF:
  the Info dictionary holding only Title, Producer "Skia/PDF m1nn", Creator "Google Docs
  Renderer" and the two dates; ``%PDF-1.4`` with the binary comment; 14 to 22 landscape A4
  pages; every page opening with its heading in a bold face of 18 pt or more; "●" bullets on
  three or more pages; the KPI tiles a two-row table (one line of four targets, then four
  three-line labels: a KPI's match or alternative, its 2028 baseline, its by-when), each tile
  agreeing with its row of the KPI table (Measure / 2028 baseline / Target / By when), whose
  by-when is "End of Snn" for every KPI but the one vague KPI's "To be set";
- the clock: "Sprint 1 begins Monday 5 February 2029; every sprint is three weeks." said once,
  5 February 2029 a Monday; S26 ending Sunday 4 August 2030; months counted from February 2029
  as weeks / 4.345, rounded, so the horizon is round(78 / 4.345) = 18; the horizon said four ways
  that agree (the cover's 2029-2030, the cover's and the clock's end date, the asks' close);
  the phases named without sprints on page 3 and with them in the roadmap's merged stage row,
  each stage cell starting at the x of its first sprint column's header and its months the
  gold's; a "Later" column right of S25-S26, every cell of it a not-action; Gate 2's heading
  without a date, its date only in one criterion (Friday 4 January 2030, in S16's last week);
  Gates 1 and 3 at the ends of S8 and S26; the milestone "end of S12" dated nowhere; the
  launch-relative steps ("L – n weeks", "L + n weeks") with L the first day of S9;
- the pilot named once with the network and its remortgage cases (its page), the network named
  on no earlier page, later pages saying "the network's" without its name, and the words
  "pilot" and "trial" nowhere; a "Not in scope" list holding none of the scenario segments;
  three goal-looking lines on the why-now page (history, a competitor's figure, a constraint)
  that are not-visions;
- the gold's extras: labels of 3 to 8 words and never a whole deck sentence (a tile's label
  line may be one); 15 to 25 deck actions
  in five forms or more, three or more on pages titled with a headline; the first-90-days
  brackets, each a roster title or (one or more) a title the org spells otherwise; the keyword
  traps (the owner the remit names, not the keyword's); 2 to 4 scenario segments; 15 or more
  remit owners, every KPI among them; two or more vague visions.

It never runs the planner.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

from docx import Document
from pypdf import PdfReader

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import evals.dev15._checks as _checks  # noqa: E402
from evals.dev13.check_gold import FIELDS, deck_lines, normalize  # noqa: E402
from evals.dev15._checks import Case, run  # noqa: E402

HERE = Path(__file__).resolve().parent
NAME = "mortgage-lender"
ROSTER = Path("people") / "establishment.csv"
UWC = Path("governance") / "underwriting-committee-terms-of-reference.docx"
HEAD = ["Position", "Reports To", "Department", "Summary of role"]
OUTSIDE = re.compile(r"See the Underwriting Committee terms of reference, section (\d+)\.")

SPRINT_1 = dt.date(2029, 2, 5)
SPRINT_WEEKS = 3
SPRINTS = 26
WEEKS_PER_MONTH = 4.345
MONTH_NAMES = [
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
MONTH = re.compile(r"\b(" + "|".join(MONTH_NAMES) + r")\b")
RULE = "sprint 1 begins monday 5 february 2029; every sprint is three weeks."
STAGE_CELL = re.compile(r"([a-z ]+) \((?:s|sprints )(\d+)-s?(\d+)\)")

NEAR_NAMESAKES = [
    ("Head of Mortgage Operations", "Head of Mortgage Servicing"),
    ("Head of Underwriting", "Underwriting Standards Manager"),
    ("Intermediary Relationship Manager", "Intermediary Support Manager"),
]
# a task's keyword owner that is wrong, and the owner its remit names
TRAPS = [
    (
        "licence every underwriter",
        "Underwriting Standards Manager",
        "Learning and Competence Manager",
    ),
    ("watchlist", "Head of Mortgage Servicing", "Head of Data and MI"),
    ("broker register", "Intermediary Support Manager", "Head of Data and MI"),
    ("reported by team", "Head of People", "Head of Underwriting"),
]
# a first-90-days bracket the org folder spells otherwise, and the post it means
ALIASES = {"broker support manager": "Intermediary Support Manager"}
# the form of the deck's own actions, by the heading of the page they sit on
FORMS = {
    "pillar 1 · one application, every document once": "pillar initiative",
    "pillar 2 · days, not weeks": "pillar initiative",
    "pillar 3 · brokers back in the fast lane": "pillar initiative",
    "pillar 4 · no borrower left on hold": "pillar initiative",
    "who goes first": "launch steps",
    "what good looks like at each gate": "gate criteria",
    "what could trip us": "risk mitigations",
    "clearing the runway: the first 90 days": "first 90 days",
    "what changes on monday 5 february": "what changes on monday",
}
HEADLINES = set(FORMS) - {"what changes on monday 5 february"}
NINETY = "clearing the runway: the first 90 days"
PILOT_NAME = "harbourline"
PILOT_LATER = "the network's"
# lines on the why-now page that look like goals and are not: history, a competitor, a constraint
NOT_GOALS = [
    "in 2019 our offers went out in 9 working days",
    "the largest lenders now return most remortgage offers",
    "risk appetite keeps lending above 90% loan-to-value",
]

# gap_blocks is a field of the deck-grounded gold that dev13's list predates
_checks.FIELDS = FIELDS | {"gap_blocks"}  # type: ignore[attr-defined]


# =========================================================================== the org folder


def roster_rows(org: Path) -> list[list[str]]:
    text = (org / ROSTER).read_bytes().decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text, newline="")))


def roster(org: Path) -> list[tuple[str, str]]:
    """(post, tier) of every row under the header, in order."""
    if not (org / ROSTER).is_file():
        return []
    rows = roster_rows(org)
    if not rows or rows[0] != HEAD:
        return []
    return [
        (r[0].strip(), "consult" if r[2].strip().endswith("(consulted)") else "core")
        for r in rows[1:]
        if r and r[0].strip()
    ]


def _csv_parts(path: Path) -> list[str]:
    rows = csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline=""))
    return [" ".join(row) for row in rows]


def sentences(org: Path) -> list[str]:
    return _checks.org_sentences(org, {".csv": _csv_parts})


def _file_sentences(path: Path, org: Path) -> list[str]:
    """The org sentences of one file, read as ``sentences`` reads the folder."""
    with tempfile.TemporaryDirectory() as tmp:
        rel = path.relative_to(org)
        (Path(tmp) / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(path, Path(tmp) / rel)
        return sentences(Path(tmp))


def _raw_text(path: Path) -> str:
    if path.suffix == ".docx":
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        parts += [c.text for t in doc.tables for row in t.rows for c in row.cells]
        return "\n".join(parts).lower()
    return path.read_bytes().decode("utf-8-sig").lower()


def _owners_of(gold: dict[str, Any]) -> dict[str, set[int]]:
    owners: dict[str, set[int]] = {}
    for k, entry in enumerate(gold["remit_owners"]):
        for o in entry["owners"]:
            owners.setdefault(o, set()).add(k)
    return owners


def _uwc_sections(org: Path) -> dict[str, str]:
    """The terms of reference's sections by number: the text under each "N. ..." heading."""
    sections: dict[str, str] = {}
    current = ""
    for para in Document(str(org / UWC)).paragraphs:
        style = para.style.name if para.style is not None else ""
        if style == "Heading 2":
            m = re.match(r"(\d+)\. ", para.text)
            current = m.group(1) if m else ""
            if current:
                sections[current] = para.text
        elif current:
            sections[current] += " " + para.text
    return sections


def roster_form(org: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    raw = (org / ROSTER).read_bytes()
    if not raw.startswith(b"\xef\xbb\xbf"):
        errors.append("roster: no UTF-8 byte-order mark")
    text = raw.decode("utf-8-sig")
    if text.count("\n") != text.count("\r\n") or not text.endswith("\r\n"):
        errors.append("roster: line ends are not all CRLF")
    rows = roster_rows(org)
    if rows[0] != HEAD:
        errors.append(f"roster: header {rows[0]}")
    posts = rows[1:]
    titles = [r[0] for r in posts]
    if not 18 <= len(titles) <= 22:
        errors.append(f"roster: {len(titles)} posts (18 to 22)")
    if len(set(titles)) != len(titles):
        errors.append("roster: a post appears twice")
    lines = text.split("\r\n")[:-1]
    if len(lines) != len(rows):
        errors.append("roster: a cell spans lines")
    for line, row in zip(lines, rows, strict=False):
        if len(row) != 4:
            errors.append(f"roster: {len(row)} cells in {row[:1]}")
        for cell in row:
            if "," in cell and f'"{cell}"' not in line:
                errors.append(f"roster: a cell with a comma is not quoted: {cell[:40]!r}")
    consult = [r[0] for r in posts if r[2].endswith("(consulted)")]
    for title, reports, department, summary in (r[:4] for r in posts):
        if department.endswith("(consulted)"):
            if reports:
                errors.append(f"roster: consulted post {title!r} reports to {reports!r}")
        elif title == "Chief Executive":
            if reports != "Board of Directors":
                errors.append(f"roster: the Chief Executive reports to {reports!r}")
        elif reports not in titles:
            errors.append(f"roster: {title!r} reports to {reports!r}, not a post of the file")
        if len(summary) < 50:
            errors.append(f"roster: {title!r} has a short summary of role")
    if sorted(consult) != sorted(gold["consult_only_roles"]) or len(consult) != 2:
        errors.append(f"roster: consulted posts {consult}")
    owners_of = _owners_of(gold)
    for a, b in NEAR_NAMESAKES:
        if a not in titles or b not in titles:
            errors.append(f"roster: near-namesakes missing: {a!r} / {b!r}")
        elif not owners_of.get(a) or not owners_of.get(b) or owners_of[a] == owners_of[b]:
            errors.append(f"near-namesakes do not own different work: {a!r} / {b!r}")
    sections = _uwc_sections(org)
    outside = []
    for r in posts:
        m = OUTSIDE.fullmatch(r[3])
        if not m:
            continue
        outside.append(r[0])
        if r[0] not in sections.get(m.group(1), ""):
            errors.append(f"terms of reference: section {m.group(1)} does not name {r[0]!r}")
    if len(outside) < 2 or sum(t in owners_of for t in outside) < 2:
        errors.append(f"roster: remits kept in the terms of reference {outside}")
    return errors


def org_form(case: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    org = case / "org"
    files = sorted(p for p in org.rglob("*") if p.is_file())
    if not 5 <= len(files) <= 12:
        errors.append(f"{len(files)} org files (5 to 12)")
    if not 6 <= len(gold["gaps"]) <= 10:
        errors.append(f"{len(gold['gaps'])} gaps (6 to 10)")
    kinds: set[str] = set()
    where: set[Path] = set()
    per_file = {path: _file_sentences(path, org) for path in files}
    for gap in gold["gaps"]:
        for path, said in per_file.items():
            if any(alt in s for alt in gap for s in said):
                kinds.add(path.suffix)
                where.add(path)
    if len(kinds) < 3 or len(where) < 4:
        errors.append(f"gaps in {len(where)} files of kinds {sorted(kinds)}")
    if len(gold["false_gaps"]) < 2:
        errors.append("fewer than two false-gap groups")
    if not 5 <= len(gold["forbidden_terms"]) <= 10:
        errors.append(f"{len(gold['forbidden_terms'])} forbidden terms (5 to 10)")
    for path in files:
        raw = _raw_text(path)
        for term in gold["forbidden_terms"]:
            if term in raw:
                errors.append(f"forbidden term {term!r} in {path.name}")
    return errors


# =========================================================================== the deck's form


def _runs(page: Any) -> list[tuple[str, str, float, float, float]]:
    """(text, base font, size, x, y) of every text operation of a page, in drawing order."""
    runs: list[tuple[str, str, float, float, float]] = []

    def visit(text: str, cm: Any, tm: Any, font: Any, size: float) -> None:
        if text.strip():
            base = str(font.get("/BaseFont", "")) if font else ""
            runs.append((text, base, float(size), float(tm[4]), float(tm[5])))

    page.extract_text(visitor_text=visit)
    return runs


def deck_form(case: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    path = case / gold["deck"]
    raw = path.read_bytes()
    if not raw.startswith(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3"):
        errors.append("the file does not open as Skia writes PDF 1.4")
    reader = PdfReader(str(path))
    meta = dict(reader.metadata or {})
    keys = {"/Title", "/Producer", "/Creator", "/CreationDate", "/ModDate"}
    if set(meta) != keys:
        errors.append(f"Info dictionary keys {sorted(meta)}")
    if not re.fullmatch(r"Skia/PDF m1\d\d", str(meta.get("/Producer", ""))):
        errors.append(f"Producer {meta.get('/Producer')!r}")
    if meta.get("/Creator") != "Google Docs Renderer":
        errors.append(f"Creator {meta.get('/Creator')!r}")
    if not 14 <= len(reader.pages) <= 22:
        errors.append(f"{len(reader.pages)} pages (14 to 22)")
    pages = deck_lines(path)
    runs = {n: _runs(p) for n, p in enumerate(reader.pages, start=1)}
    bulleted = 0
    for n, page in enumerate(reader.pages, start=1):
        w, h = float(page.mediabox.width), float(page.mediabox.height)
        if abs(w - 841.89) > 1 or abs(h - 595.28) > 1:
            errors.append(f"page {n}: {w:.0f} x {h:.0f}, not landscape A4")
        first = runs[n][0] if runs[n] else ("", "", 0.0, 0.0, 0.0)
        if "Bold" not in first[1] or first[2] < 18 or normalize(first[0]) != pages[n][0]:
            errors.append(f"page {n}: does not open with a bold heading ({first[:3]})")
        bulleted += any(r[0].startswith("●") for r in runs[n])
    if bulleted < 3:
        errors.append(f"'●' bullets on {bulleted} pages")
    errors += _kpis(gold, pages)
    errors += _clock(gold, pages, runs)
    errors += _pilot(gold, pages)
    errors += _actions(gold, pages)
    return errors


def _kpi_visions(gold: dict[str, Any]) -> list[dict[str, Any]]:
    return [v for v in gold["visions"] if any(k in v["match"] for k in gold["kpis"])]


def _kpis(gold: dict[str, Any], pages: dict[int, list[str]]) -> list[str]:
    errors: list[str] = []
    visions = _kpi_visions(gold)
    if len(visions) != len(gold["kpis"]):
        errors.append("not every KPI is one vision")
    table = [n for n, lines in pages.items() if "measure 2028 baseline target by when" in lines]
    if len(table) != 1 or any(v["slide"] != table[0] for v in visions):
        return errors + [f"KPI table on pages {table}; KPI visions not all cite it"]
    rows: dict[str, tuple[str, str]] = {}
    for v in visions:
        found = [x for x in pages[table[0]] if v["match"] in x]
        m = re.fullmatch(r".+ (\S+) (end of s\d+|to be set)", found[0]) if len(found) == 1 else None
        if m is None:
            errors.append(f"KPI {v['match']!r} is not one row of the table")
            continue
        target, when = m.group(1), m.group(2)
        rows[v["match"]] = (target, when)
        vague = when == "to be set" and not re.search(r"\d", target)
        if v["vague"] != vague:
            errors.append(f"KPI {v['match']!r}: vague {v['vague']} but {target!r}, {when!r}")
    if sum(v["vague"] for v in visions) != 1:
        errors.append("not exactly one vague KPI")
    # the tiles: a two-row table, read as one line of targets and four three-line labels
    tiles = [
        (n, i)
        for n, lines in pages.items()
        for i, x in enumerate(lines)
        if re.fullmatch(r"(\d+( days)?|\d+%)( (\d+ days|\d+%)){3}", x)
    ]
    if len(tiles) != 1:
        return errors + [f"KPI tile rows {tiles}"]
    n, i = tiles[0]
    targets = re.findall(r"\d+ days|\d+%", pages[n][i])
    for k, target in enumerate(targets):
        label, base, when = pages[n][i + 1 + 3 * k : i + 4 + 3 * k]
        hit = [
            v for v in visions if any(m in label for m in [v["match"], *v.get("alternatives", [])])
        ]
        if len(hit) != 1 or n not in hit[0].get("also_slides", []):
            errors.append(f"tile {label!r} is not one KPI with page {n} among its also-slides")
            continue
        row = rows.get(hit[0]["match"])
        if "2028" not in base or row is None or when != f"by the {row[1]}":
            errors.append(f"tile {label!r}: {base!r}, {when!r} against the table's {row}")
        elif not target.startswith(row[0].rstrip("%")):
            errors.append(f"tile {label!r}: target {target!r}, the table's {row[0]!r}")
    return errors


def _sprint(n: int) -> tuple[dt.date, dt.date]:
    start = SPRINT_1 + dt.timedelta(weeks=SPRINT_WEEKS * (n - 1))
    return start, start + dt.timedelta(weeks=SPRINT_WEEKS, days=-1)


def _month(weeks: float) -> int:
    return round(weeks / WEEKS_PER_MONTH)


def _clock(
    gold: dict[str, Any],
    pages: dict[int, list[str]],
    runs: dict[int, list[tuple[str, str, float, float, float]]],
) -> list[str]:
    errors: list[str] = []
    allx = [(n, x) for n, lines in pages.items() for x in lines]
    if sum(x == RULE for _, x in allx) != 1 or SPRINT_1.weekday() != 0:
        errors.append("the clock's rule is not said once, or 5 February 2029 is no Monday")
    end = _sprint(SPRINTS)[1]
    if end != dt.date(2030, 8, 4) or end.weekday() != 6:
        errors.append(f"S26 ends {end}")
    horizon = _month(SPRINT_WEEKS * SPRINTS)
    if gold["horizon_months"] != horizon:
        errors.append(f"horizon {gold['horizon_months']}, the sprints give {horizon}")
    said = [
        (1, "keys sooner 2029-2030"),
        (1, "from monday 5 february 2029 to sunday 4 august 2030"),
        (10, "78 weeks in all: s26 ends on sunday 4 august 2030"),
        (max(pages), "closes at the end of s26, sunday 4 august 2030"),
    ]
    for n, text in said:
        if not any(text in x for x in pages.get(n, [])):
            errors.append(f"page {n} does not say {text!r}")
    # the phases: named without sprints on one page, dated in the roadmap's stage row
    plain = [(n, x) for n, x in allx if x.endswith("build the rails → first brokers → everyone.")]
    if len(plain) != 1 or re.search(r"\bs\d|sprints \d", plain[0][1]):
        errors.append(f"the stages named without sprints: {plain}")
    head = "workstream s1-s4 s5-s8 s9-s12 s13-s16 s17-s20 s21-s24 s25-s26 later"
    road = [n for n, lines in pages.items() if head in lines]
    if len(road) != 1 or (plain and road[0] == plain[0][0]):
        return errors + [f"the roadmap table on pages {road}"]
    rn = road[0]
    xs = {normalize(t): x for t, _, _, x, _ in runs[rn]}
    cells = sorted(
        ((m, x) for t, x in xs.items() if (m := STAGE_CELL.fullmatch(t)) is not None),
        key=lambda c: c[1],
    )
    if len(cells) != len(gold["phases"]):
        errors.append(f"roadmap stage cells {[m.group(0) for m, _ in cells]}")
    for (m, x), ph in zip(cells, gold["phases"], strict=False):
        a, b = int(m.group(2)), int(m.group(3))
        column = f"s{a}-s{a + 3}"
        if abs(x - xs.get(column, -99.0)) > 0.5:
            errors.append(f"stage {m.group(0)!r} does not start at column {column}")
        months = (_month(SPRINT_WEEKS * (a - 1)), _month(SPRINT_WEEKS * b))
        if months != (ph["start_month"], ph["end_month"]) or not any(
            p in m.group(0) for p in ph["match"]
        ):
            errors.append(f"stage {m.group(0)!r}: months {months}, gold {ph}")
    later = xs.get("later", 0.0)
    if later <= xs.get("s25-s26", 1e9) or abs(xs.get("after august 2030", 0.0) - later) > 0.5:
        errors.append("no 'Later' column after S25-S26 with 'After August 2030' at its head")
    head_y = next((y for t, _, _, _, y in runs[rn] if normalize(t) == "later"), 0.0)
    parked = [
        normalize(t)
        for t, _, _, x, y in runs[rn]
        if abs(x - later) < 0.5 and y < head_y and normalize(t) != "after august 2030"
    ]
    if len(parked) < 3:
        errors.append(f"the Later column holds {parked}")
    for cell in parked:
        if cell not in gold["not_actions"]:
            errors.append(f"Later cell not a not-action: {cell!r}")
    # the gates
    gate2 = [x for _, x in allx if x.startswith("gate 2 ·")]
    if len(gate2) != 1 or MONTH.search(gate2[0]) or re.search(r"\bs\d|\d{4}", gate2[0]):
        errors.append(f"gate 2's heading carries a date: {gate2}")
    day = dt.date(2030, 1, 4)
    crit = [x for _, x in allx if "friday 4 january 2030" in x]
    s16 = _sprint(16)
    if len(crit) != 1 or crit[0].startswith("gate") or not s16[1] - dt.timedelta(6) <= day:
        errors.append("gate 2's date is not in one criterion in S16's last week")
    if day.weekday() != 4 or day > s16[1]:
        errors.append("4 January 2030 is not a Friday in S16")
    for gate, n in (("gate 1", 8), ("gate 3", 26)):
        if not any(x.startswith(f"{gate} · end of s{n} ·") for _, x in allx):
            errors.append(f"{gate} is not at the end of S{n}")
    s12 = [x for _, x in allx if re.search(r"\bs12\b", x)]
    if not any(x == "milestone · end of s12" for x in s12) or any(
        MONTH.search(x) or re.search(r"\b20\d\d\b", x) for x in s12
    ):
        errors.append(f"the end-of-S12 milestone: {s12}")
    launch = "launch day (l) is monday 23 july 2029, the first day of s9"
    if sum(x == launch for _, x in allx) != 1 or _sprint(9)[0] != dt.date(2029, 7, 23):
        errors.append("launch day L is not the first day of S9")
    minus = [x for _, x in allx if re.match(r"l - \d+ weeks: ", x)]
    plus = [x for _, x in allx if re.match(r"l \+ \d+ weeks: ", x)]
    if len(minus) < 2 or len(plus) < 2:
        errors.append(f"launch-relative steps: {len(minus)} before, {len(plus)} after")
    return errors


def _pilot(gold: dict[str, Any], pages: dict[int, list[str]]) -> list[str]:
    errors: list[str] = []
    pilot = gold["pilot"]
    k = pilot["slide"]
    named = [n for n, lines in pages.items() for x in lines if PILOT_NAME in x]
    if named != [k] or not any(PILOT_NAME in x and "remortgage" in x for x in pages[k]):
        errors.append(f"the network named with its remortgage cases on pages {named}")
    early = [n for n, lines in pages.items() if n < k and any("network" in x for x in lines)]
    if early:
        errors.append(f"the network mentioned before its page, on {early}")
    for n in pilot["also_slides"]:
        if n <= k or not any(PILOT_LATER in x for x in pages[n]):
            errors.append(f"pilot not on later also-slide {n}")
    for n, lines in pages.items():
        if any(re.search(r"\b(pilot|trial)", x) for x in lines):
            errors.append(f"page {n}: the word 'pilot' or 'trial'")
    if pilot["match"] != [PILOT_NAME, PILOT_LATER]:
        errors.append(f"pilot match {pilot['match']}")
    scope = next((ls for ls in pages.values() if "not in scope" in ls), [])
    excluded = scope[scope.index("not in scope") + 1 :] if scope else []
    if len(excluded) < 3:
        errors.append("no 'Not in scope' list")
    segments = gold["scenario_segments"]
    if not 2 <= len(segments) <= 4:
        errors.append(f"{len(segments)} scenario segments (2 to 4)")
    lines = [x for ls in pages.values() for x in ls]
    for seg in segments:
        for alt in seg:
            if not any(alt in x for x in lines):
                errors.append(f"scenario segment not in the deck: {alt!r}")
            if any(alt in x for x in excluded):
                errors.append(f"scenario segment in the 'not in scope' list: {alt!r}")
    for text in NOT_GOALS:
        if not any(text in x for x in pages[2]) or text not in gold["not_visions"]:
            errors.append(f"goal-looking line not on page 2 or not a not-vision: {text!r}")
    return errors


def _actions(gold: dict[str, Any], pages: dict[int, list[str]]) -> list[str]:
    errors: list[str] = []
    titles = {n: lines[0] for n, lines in pages.items()}
    actions = gold["deck_actions"]
    if not 15 <= len(actions) <= 25:
        errors.append(f"{len(actions)} deck actions (15 to 25)")
    forms = {FORMS.get(titles.get(a["slide"], ""), "") for a in actions}
    if "" in forms or len(forms) < 5:
        errors.append(f"deck actions in forms {sorted(forms)} (five or more, all known)")
    headline = [a for a in actions if titles.get(a["slide"]) in HEADLINES]
    if len(headline) < 3:
        errors.append(f"{len(headline)} deck actions on headline-titled pages (3 or more)")
    ninety = [n for n, t in titles.items() if t == NINETY]
    brackets = [
        m.group(1) for n in ninety for x in pages[n] for m in re.finditer(r"\(([^)]+)\)$", x)
    ]
    if len(brackets) < 5:
        errors.append(f"first 90 days: {len(brackets)} bracketed owners")
    roster = {t.lower(): t for t in gold["roster"]}
    owners = _owners_of(gold)
    if not any(b in ALIASES for b in brackets):
        errors.append("first 90 days: no bracket spelt otherwise than the roster")
    for b in brackets:
        post = roster.get(b) or ALIASES.get(b)
        if post is None or post not in gold["roster"]:
            errors.append(f"first 90 days: bracket {b!r} is no post")
        elif b in ALIASES:
            line = next(x for n in ninety for x in pages[n] if x.endswith(f"({b})"))
            mine = [e for e in gold["remit_owners"] if any(t in line for t in e["task"])]
            if not mine or not all(post in e["owners"] for e in mine):
                errors.append(f"first 90 days: {b!r} is not owned by {post!r} in remit_owners")
            if post not in owners:
                errors.append(f"first 90 days: {post!r} owns nothing")
    return errors


# =========================================================================== gold extras


def gold_extra(case: Path, gold: dict[str, Any]) -> list[str]:
    pages = deck_lines(case / gold["deck"])
    lines = [x for ls in pages.values() for x in ls]
    errors = _checks.gap_block_errors(gold, sentences(case / "org"), lines)
    labels = [v["match"] for v in gold["visions"]]
    labels += [a for v in gold["visions"] for a in v.get("alternatives", [])]
    labels += [a for d in gold["deck_actions"] for a in d["match"]]
    for label in labels:
        if not 3 <= len(label.split()) <= 8:
            errors.append(f"label of {len(label.split())} words: {label!r}")
        if label in lines and label.endswith("."):
            errors.append(f"label is a whole deck sentence: {label!r}")
    if len(gold["remit_owners"]) < 15:
        errors.append(f"{len(gold['remit_owners'])} remit owners (15 or more)")
    tasks = [t for e in gold["remit_owners"] for t in e["task"]]
    for kpi in gold["kpis"]:
        if not any(t in kpi or kpi in t for t in tasks):
            errors.append(f"KPI without a remit owner: {kpi!r}")
    for task, right, wrong in TRAPS:
        entries = [e for e in gold["remit_owners"] if task in e["task"]]
        if len(entries) != 1 or right not in entries[0]["owners"] or wrong in entries[0]["owners"]:
            errors.append(f"keyword trap {task!r}: owners {[e['owners'] for e in entries]}")
        if not any(task in x for x in lines):
            errors.append(f"keyword trap {task!r} not in the deck")
        for e in gold["remit_owners"]:
            if wrong in e["owners"] and any(task in t or t in task for t in e["task"]):
                errors.append(f"keyword trap {task!r}: the keyword's owner owns {e['task']}")
    if sum(v["vague"] for v in gold["visions"]) < 2:
        errors.append("fewer than two vague visions")
    return errors


def extra(case: Path) -> list[str]:
    gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
    return (
        roster_form(case / "org", gold)
        + org_form(case, gold)
        + deck_form(case, gold)
        + gold_extra(case, gold)
    )


CASE = Case(
    name=NAME,
    builder="build_mortgage_lender.py",
    roster=roster,
    org_sentences=sentences,
    extra=extra,
    folder=HERE,
    split="blind17",
)


def show_org() -> None:
    org = HERE / NAME / "org"
    for r in roster_rows(org):
        print("  " + " | ".join(r))
    for s in sentences(org):
        print(f"  | {s}")


if __name__ == "__main__":
    if "--org" in sys.argv and "--dump" not in sys.argv:
        show_org()
        sys.exit(0)
    sys.exit(run(CASE))
