"""Consistency checks of the dev17 case ``brackenmoor-builders`` against its deck and org folder.

Run from the repository root with the venv the builder needs (reportlab is not in the project's
lock; see ``build_brackenmoor_builders.py``):

    /tmp/rl/bin/python evals/dev17/check_brackenmoor_builders.py
    (``--dump`` prints the deck lines the gold was read from; ``--org`` adds the org sentences)

The checks are those of ``evals/dev15/_checks.py`` (adapted from ``evals/dev13/check_gold.py``),
imported, not copied, and pointed at this folder (``evals/dev17``, split "dev17") with
``build_brackenmoor_builders.py`` as the builder, "core" the only core tier and "consult only"
the only consult tier. Deck lines are dev13's: pypdf's lines of each PDF page. The deck is a
workbook printed to PDF; every cell's wrapped line is a string of its own, so each is a line.

What is this case's own:

- the roster, read from the folder of role profiles ``org/people/roles/*.md`` in file-name
  order: each file's level-1 heading is the role, its "Programme involvement:" line the tier
  (Core / Extended / Consult only); ``org/people/README.md`` explains the folder and is no role;
- checks of that folder's form: every profile has the heading, "Department:", "Reports to:" and
  "Programme involvement:" lines, a "## Purpose" paragraph and a bulleted "## Accountabilities"
  list; 15 to 20 profiles, no title twice, all three tiers used;
- checks that the deck keeps the form the case is about (an Excel workbook printed to PDF):
  six pages, the first three A3 landscape and the last three A4 landscape; every page's header
  names the workbook file and its sheet and its footer says "Page n of m" counted per sheet
  (the plan sheet on two pages); the print title row (Pillar ... Due) at the top of both plan
  pages; the Gantt's 36 month headers Feb-30 ... Jan-33 in order, its four phase names, and
  nine milestone diamonds each between its row label and its milestone label; no text in the
  month columns of a workstream row (the filled cells hold none).

It never runs the planner.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from pypdf import PdfReader

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals.dev13.check_gold import deck_lines  # noqa: E402
from evals.dev15._checks import Case, run  # noqa: E402

ROLES = Path("people") / "roles"
DECK = "trade-first-plan-on-a-page-fy30-fy32-v7.pdf"
WORKBOOK = "trade first plan on a page fy30-fy32 v7.xlsx"
SHEETS = [
    ("plan on a page", 1, 2),
    ("plan on a page", 2, 2),
    ("roadmap", 1, 1),
    ("kpis", 1, 1),
    ("risks", 1, 1),
    ("first 90 days", 1, 1),
]
HEADER_ROW = ["pillar", "objective", "key actions", "kpi", "baseline", "target", "owner", "due"]
TIERS = {"core", "extended", "consult only"}


def _profile(path: Path) -> dict[str, str]:
    """A role profile's fields: title, department, reports_to, tier, purpose, and the count of
    accountability bullets (as text)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    out: dict[str, str] = {}
    section = ""
    bullets = 0
    purpose: list[str] = []
    for line in lines:
        if line.startswith("# ") and "title" not in out:
            out["title"] = line[2:].strip()
        elif line.startswith("## "):
            section = line[3:].strip().lower()
        elif line.startswith("Department: "):
            out["department"] = line.split(": ", 1)[1].strip()
        elif line.startswith("Reports to: "):
            out["reports_to"] = line.split(": ", 1)[1].strip()
        elif line.startswith("Programme involvement: "):
            out["tier"] = line.split(": ", 1)[1].strip()
        elif section == "purpose" and line.strip():
            purpose.append(line.strip())
        elif section == "accountabilities" and line.startswith("- "):
            bullets += 1
    out["purpose"] = " ".join(purpose)
    out["bullets"] = str(bullets)
    return out


def _profiles(org: Path) -> list[tuple[Path, dict[str, str]]]:
    return [(p, _profile(p)) for p in sorted((org / ROLES).glob("*.md"))]


def roster(org: Path) -> list[tuple[str, str]]:
    """(title, programme involvement) of every role profile, in file-name order."""
    return [(f["title"], f["tier"].lower()) for _, f in _profiles(org)]


def roster_form(org: Path) -> list[str]:
    errors: list[str] = []
    if not (org / "people" / "README.md").is_file():
        errors.append("org/people/README.md is missing")
    profiles = _profiles(org)
    if not 15 <= len(profiles) <= 20:
        errors.append(f"{len(profiles)} role profiles (15 to 20)")
    for path, f in profiles:
        for key in ("title", "department", "reports_to", "tier"):
            if not f.get(key):
                errors.append(f"{path.name}: no {key}")
        if f.get("tier", "").lower() not in TIERS:
            errors.append(f"{path.name}: programme involvement {f.get('tier')!r}")
        if not f["purpose"]:
            errors.append(f"{path.name}: no purpose paragraph")
        if int(f["bullets"]) < 2:
            errors.append(f"{path.name}: fewer than two accountabilities")
    titles = [f.get("title") for _, f in profiles]
    if len(set(titles)) != len(titles):
        errors.append("a role title appears twice")
    if {f.get("tier", "").lower() for _, f in profiles} != TIERS:
        errors.append("not all three programme involvements are used")
    return errors


def deck_form(case: Path) -> list[str]:
    errors: list[str] = []
    path = case / DECK
    reader = PdfReader(str(path))
    pages = deck_lines(path)
    if len(reader.pages) != 6:
        return [f"{len(reader.pages)} pages, 6 expected"]
    for n, page in enumerate(reader.pages, start=1):
        w, h = float(page.mediabox.width), float(page.mediabox.height)
        size = (1190.6, 841.9) if n <= 3 else (841.9, 595.3)
        if abs(w - size[0]) > 1 or abs(h - size[1]) > 1:
            errors.append(f"page {n}: {w:.0f} x {h:.0f} pt, not {size}")
        sheet, k, m = SHEETS[n - 1]
        lines = pages[n]
        if lines[:3] != [WORKBOOK, sheet, "commercial in confidence"]:
            errors.append(f"page {n}: header is {lines[:3]}")
        if f"page {k} of {m}" not in lines[:6]:
            errors.append(f"page {n}: no footer 'page {k} of {m}'")
    # the print title row, repeated on page 2 of the plan
    for n in (1, 2):
        lines = pages[n]
        starts = [i for i, line in enumerate(lines) if line == "pillar"]
        if not any(lines[i : i + 8] == HEADER_ROW for i in starts):
            errors.append(f"page {n}: the print title row Pillar ... Due is missing")
    # the Gantt
    road = pages[3]
    months = [line for line in road if re.fullmatch(r"[a-z]{3}-\d\d", line)]
    expected = [
        f"{m}-{y}"
        for y in (30, 31, 32, 33)
        for m in (
            "jan",
            "feb",
            "mar",
            "apr",
            "may",
            "jun",
            "jul",
            "aug",
            "sep",
            "oct",
            "nov",
            "dec",
        )
    ][1:37]
    if months != expected:
        errors.append(f"roadmap: month headers {months[:3]}...{months[-3:]} ({len(months)})")
    for phase in ("phase 1 ", "phase 2 ", "phase 3 ", "phase 4 "):
        if sum(line.startswith(phase) for line in road) != 1:
            errors.append(f"roadmap: {phase.strip()} is not one merged header cell")
    diamonds = [i for i, line in enumerate(road) if line == "\u25c6"]
    if len(diamonds) != 10:  # nine milestones and the key
        errors.append(f"roadmap: {len(diamonds)} diamonds, 10 expected (9 milestones and the key)")
    for i in diamonds[:9]:
        if road[i - 1] not in ("milestone", "gate") or not road[i + 1]:
            errors.append(
                f"roadmap: a diamond without its row label and milestone label at line {i}"
            )
    errors += _gantt_cells_empty(reader)
    return errors


def _gantt_cells_empty(reader: PdfReader) -> list[str]:
    """No string is drawn in the month columns of the roadmap's workstream rows: between the
    baseline of the "Workstream" header cell and that of "MILESTONES AND GATES", every string
    starts in the workstream column (the month columns begin 18 + 222 pt from the left)."""
    found: list[tuple[float, float, str]] = []

    def visit(text, cm, tm, font, size):  # noqa: ANN001, ARG001
        if text.strip():
            found.append((tm[4], tm[5], text.strip()))

    reader.pages[2].extract_text(visitor_text=visit)
    tops = [y for _, y, t in found if t == "Workstream"]
    ends = [y for _, y, t in found if t == "MILESTONES AND GATES"]
    if len(tops) != 1 or len(ends) != 1:
        return ["roadmap: no single Workstream header and MILESTONES AND GATES row"]
    rows = [(x, t) for x, y, t in found if ends[0] < y < tops[0]]
    if len(rows) < 30:
        return [f"roadmap: {len(rows)} workstream and group rows, 30 or more expected"]
    bad = [t for x, t in rows if x > 18 + 222]
    return [f"roadmap: text in the month columns of a workstream row: {bad}"] if bad else []


CASE = Case(
    name="brackenmoor-builders",
    builder="build_brackenmoor_builders.py",
    roster=roster,
    core=frozenset({"core"}),
    consult=frozenset({"consult only"}),
    extra=lambda case: roster_form(case / "org") + deck_form(case),
    folder=Path(__file__).resolve().parent,
    split="dev17",
)

if __name__ == "__main__":
    sys.exit(run(CASE))
