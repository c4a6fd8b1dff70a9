"""Consistency checks of the blind16 case ``petfood-subscription`` against its deck and org folder.

Run from the repository root with the venv the builder needs (reportlab is not in the project's
lock; see ``build_petfood_subscription.py``), since the rebuild check runs the builder with the
interpreter that runs this file:

    /tmp/rl/bin/python evals/blind16/check_petfood_subscription.py           # checks, rebuild
    /tmp/rl/bin/python evals/blind16/check_petfood_subscription.py --dump    # deck lines, roster
    /tmp/rl/bin/python evals/blind16/check_petfood_subscription.py --org     # roster rows, org text

The checks are those of ``evals/dev15/_checks.py`` (adapted from ``evals/dev13/check_gold.py``),
imported, not copied, and pointed at this folder (``evals/blind16``, split "blind16") with
``build_petfood_subscription.py`` as the builder. Deck lines are dev13's: pypdf's text of each
PDF page, one line per line, normalised; the gold's "slide" is the PDF page. The gold carries
``gap_blocks`` (see ``evals/cases/README.md``), which dev13's field list predates, so the field
list the shared checks compare with is widened by that one field, and ``gap_blocks`` is checked
here.

What is this case's own:

- the roster, ``org/people/roles.csv``: Excel's "CSV UTF-8" from a locale whose list separator
  is a semicolon: a UTF-8 byte-order mark, CRLF line ends, cells split on ";" by the standard
  library's ``csv`` reader (quoted cells may hold ";" and doubled quotes); the header is Role /
  Team / Reports to / Owns; every later row is a role. The file has no tier column: a role whose
  Owns cell starts "Consult only" is consult tier, every other role is core;
- org sentences: ``_checks.org_sentences`` with two readers added: the CSV (each row's cells
  joined by spaces, the byte-order mark dropped) and the PDF policy (pypdf's text of each page,
  its lines joined with spaces);
- checks of the roster's form: the byte-order mark, CRLF only, four cells on every row, quoted
  cells holding ";", exactly one cell with a doubled quote, a role whose name holds a comma,
  18 to 22 roles, two of them consult only, no role twice;
- checks of the deck's form, as Canva exports a presentation to PDF: Producer and Creator
  "Canva", the design id in the keywords, 14 to 22 pages of 1440 x 810 points, every font an
  embedded subset; a title of 40 pt or more in the top quarter of every page but the last; the
  KPI page's eight big numbers (60 pt or more), each over a bold label and a "from ... · by ..."
  line, every gold KPI on a label, the one tile without a commercial measure (app downloads) the
  one vague KPI; the roadmap's clock (FY28 and FY29 defined by their dates, quarters Q1-Q4 under
  each, an "FY30+" column marked beyond the plan, two "P10-P11" freeze bands under the Q4
  headers, gates G1-G3); the period grid (rows of workstreams, nine column headers, the stage
  row Prove, Prove, Build, Build, Scale, Scale, Scale, Embed, and every gold phase's months equal
  to its columns times three; "freeze" only in Q4 columns and no go-live there); the horizon
  told three ways (the cover's "2028-2030", the roadmap's FY dates and the closing "by the end
  of FY29 (Wk 52, 26 January 2030)") agreeing with ``horizon_months``; the pilot named with its
  region on its page only and by its breed group on the others; a "not in this plan" list;
- checks of the gold beyond ``_checks``: ``gap_blocks``; two or more vague visions and more
  executable ones; 5 to 10 forbidden terms; 6 to 12 gaps from three or more org files; 5 to 12
  org files; 15 to 25 deck actions from five or more forms (pillar pages, pilot, first 90 days,
  risks, acceptance criteria, Monday list), three or more on pages titled by a metaphor; one or
  more first-90-days actions whose bracketed owner is not a roster title; 15 or more remit
  owners; two to four scenario segments, each on a deck line; the "not in this plan" items
  in no scenario segment.

It never runs the planner.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import sys
from pathlib import Path

from pypdf import PdfReader
from pypdf.generic import DictionaryObject

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import evals.dev15._checks as _checks  # noqa: E402
from evals.dev13.check_gold import FIELDS, deck_lines, normalize  # noqa: E402
from evals.dev15._checks import Case  # noqa: E402

HERE = Path(__file__).resolve().parent
NAME = "petfood-subscription"
DECK = "pack-to-250-board-deck-dec-2027.pdf"
ROSTER = Path("people") / "roles.csv"
POLICY = Path("policies") / "customer-data-policy.pdf"
HEAD = ["Role", "Team", "Reports to", "Owns"]
KPI_PAGE = 9
ROADMAP_PAGE = 10
GRID_PAGE = 11
PILOT_PAGE = 12
NINETY_PAGE = 13
SCOPE_PAGE = 18
CLOSE_PAGE = 19
H_TOP = 810 * 0.75  # a title's baseline lies in the top quarter of the page
# the form each page's actions take; pages titled by a headline or metaphor, not "Roadmap"
FORMS = {5: "pillar", 6: "pillar", 7: "pillar", 8: "pillar", 12: "pilot", 13: "first 90 days"}
FORMS |= {14: "risk mitigation", 15: "acceptance criteria", 17: "monday"}
METAPHOR_PAGES = {12, 13, 14, 15, 17}
STAGES = ["prove", "prove", "build", "build", "scale", "scale", "scale", "embed", "-"]
MONTHS = {m: k for k, m in enumerate(["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"], start=1)}  # fmt: skip

# _checks compares the gold's fields with dev13's list, which has no gap_blocks
_checks.FIELDS = FIELDS | {"gap_blocks"}


# =========================================================================== the roster


def roster_rows(org: Path) -> list[list[str]]:
    text = (org / ROSTER).read_bytes().decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))


def _tier(owns: str) -> str:
    return "consult only" if owns.strip().lower().startswith("consult only") else "core"


def roster(org: Path) -> list[tuple[str, str]]:
    rows = roster_rows(org)
    if not rows or rows[0] != HEAD:
        return []
    return [(r[0].strip(), _tier(r[3])) for r in rows[1:] if r and r[0].strip()]


def _csv_parts(path: Path) -> list[str]:
    text = path.read_bytes().decode("utf-8-sig")
    rows = csv.reader(io.StringIO(text, newline=""), delimiter=";")
    return [" ".join(c for c in row if c.strip()) for row in rows]


def _pdf_parts(path: Path) -> list[str]:
    return [" ".join((p.extract_text() or "").split("\n")) for p in PdfReader(str(path)).pages]


def sentences(org: Path) -> list[str]:
    return _checks.org_sentences(org, {".csv": _csv_parts, ".pdf": _pdf_parts})


def roster_form(org: Path) -> list[str]:
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
    if any(len(r) != 4 for r in rows):
        errors.append("roster: a row without four cells")
    lines = text.split("\r\n")[:-1]
    if len(lines) != len(rows):
        errors.append("roster: a cell holds a line break")
    if sum(1 for r in rows for c in r if ";" in c) < 5:
        errors.append("roster: fewer than five cells holding a semicolon (quoted)")
    quoted = [c for r in rows for c in r if '"' in c]
    if len(quoted) != 1 or text.count('""') != quoted[0].count('"'):
        errors.append("roster: expected one cell holding doubled quotes")
    found = roster(org)
    if not any("," in r for r, _ in found):
        errors.append("roster: no role name holding a comma")
    if not 18 <= len(found) <= 22:
        errors.append(f"roster: {len(found)} roles (18 to 22)")
    if sum(1 for _, t in found if t == "consult only") != 2:
        errors.append("roster: not two consult-only roles")
    if len({r for r, _ in found}) != len(found):
        errors.append("roster: a role appears twice")
    reader = PdfReader(str(org / POLICY))
    if len(reader.pages) != 2 or "customer data policy" not in normalize(
        reader.pages[0].extract_text() or ""
    ):
        errors.append("policy: not the two-page customer data policy")
    return errors


# =========================================================================== the deck's form

Item = tuple[float, float, float, str]  # x, y (from the bottom), font size, text


def items(reader: PdfReader, n: int) -> list[Item]:
    """Every piece of text pypdf shows on page ``n``, with its position and size."""
    out: list[Item] = []

    def visit(text: str, cm: list, tm: list, font: object, size: float) -> None:
        if text.strip():
            out.append((float(tm[4]), float(tm[5]), float(size), normalize(text)))

    reader.pages[n - 1].extract_text(visitor_text=visit)
    return out


def _date(text: str) -> dt.date:
    day, month, year = text.split()
    return dt.date(int(year), MONTHS[month], int(day))


def _column(x: float, heads: list[Item]) -> int:
    """The grid column whose header is nearest to ``x`` (cells and headers are centred)."""
    return min(range(len(heads)), key=lambda k: abs(heads[k][0] - x))


def deck_form(case: Path, gold: dict) -> list[str]:
    errors: list[str] = []
    reader = PdfReader(str(case / DECK))
    count = len(reader.pages)
    if not 14 <= count <= 22:
        errors.append(f"deck: {count} pages (14 to 22)")
    meta: dict[str, object] = dict(reader.metadata or {})
    if meta.get("/Producer") != "Canva" or meta.get("/Creator") != "Canva":
        errors.append(f"deck: producer/creator {meta.get('/Producer')!r}/{meta.get('/Creator')!r}")
    if not re.fullmatch(r"DA[A-Za-z0-9]{9},BA[A-Za-z0-9]{9}", str(meta.get("/Keywords", ""))):
        errors.append("deck: no Canva design id in the keywords")
    for n, page in enumerate(reader.pages, start=1):
        if (float(page.mediabox.width), float(page.mediabox.height)) != (1440.0, 810.0):
            errors.append(f"deck: page {n} is not 1440 x 810")
        res = page.get("/Resources")
        fonts = res.get_object().get("/Font") if res is not None else None
        fonts = fonts.get_object() if fonts is not None else DictionaryObject()
        for key in fonts:
            font = fonts[key].get_object()
            assert isinstance(font, DictionaryObject)
            if not re.fullmatch(r"/[A-Z]{6}\+\S+", str(font.get("/BaseFont", ""))):
                errors.append(f"deck: page {n} font {font.get('/BaseFont')} is not a subset")
        found = items(reader, n)
        if n == 1 and not any(s >= 80 for _, _, s, _ in found):
            errors.append("deck: the cover has no large title")
        elif 1 < n < count and not any(s >= 40 and y > H_TOP for _, y, s, _ in found):
            errors.append(f"deck: page {n} has no large title at the top")
    pages = deck_lines(case / DECK)

    # KPI tiles: a big number, a bold label under it, a "from ... · by ..." line under that
    kpi = items(reader, KPI_PAGE)
    big = [i for i in kpi if i[2] >= 60]
    if len(big) != 8:
        errors.append(f"deck: {len(big)} big KPI numbers (8 expected)")
    labels: list[str] = []
    for x, y, _, _ in big:
        under = sorted((i for i in kpi if i[0] == x and i[1] < y), key=lambda i: -i[1])
        if len(under) < 2 or under[0][2] < 17:
            errors.append(f"deck: KPI tile at x={x:.0f} has no label under its number")
            continue
        labels.append(" ".join(i[3] for i in under[:-1]))
        if not re.fullmatch(r"from \S+( at p10 fy27| in fy27) · by (wk 52|q[1-4]|p1?\d) fy29", under[-1][3]):  # fmt: skip
            errors.append(f"deck: KPI tile {labels[-1]!r} without a from/by line")
    for kp in gold["kpis"]:
        if not any(kp in lab for lab in labels):
            errors.append(f"deck: KPI {kp!r} is on no tile label")
    vague = [v["match"] for v in gold["visions"] if v["vague"] and v["slide"] == KPI_PAGE]
    if vague != ["app downloads"]:
        errors.append(f"deck: vague KPI tiles {vague}")

    # the roadmap's clock
    road = items(reader, ROADMAP_PAGE)
    lines = pages[ROADMAP_PAGE]
    clock = next((x for x in lines if x.startswith("4-5-4 retail calendar")), "")
    spans = re.findall(r"(fy\d\d) = (\d+ \w+ \d{4}) to (\d+ \w+ \d{4})", clock)
    if [s[0] for s in spans] != ["fy28", "fy29"]:
        errors.append(f"deck: the roadmap does not define FY28 and FY29: {clock!r}")
        return errors
    start, fy28_end = _date(spans[0][1]), _date(spans[0][2])
    fy29_start, end = _date(spans[1][1]), _date(spans[1][2])
    if start.weekday() != 6 or (fy28_end - start).days != 363 or (end - fy29_start).days != 363:
        errors.append("deck: FY28 and FY29 are not 52-week years starting on a Sunday")
    if (fy29_start - fy28_end).days != 1:
        errors.append("deck: FY29 does not follow FY28")
    heads = [i for i in road if i[3] in {"fy28", "fy29", "fy30+"}]
    quarters = [i for i in road if re.fullmatch(r"q[1-4]", i[3])]
    if [i[3] for i in heads] != ["fy28", "fy29", "fy30+"] or len(quarters) != 8:
        errors.append("deck: the roadmap axis is not FY28 and FY29 in quarters, then FY30+")
    else:
        later = heads[2]
        if not any(i[3] == "beyond plan" and abs(i[0] - later[0]) < 60 for i in road):
            errors.append("deck: the FY30+ column is not marked beyond the plan")
        q4 = [q for q in quarters if q[3] == "q4"]
        freeze = [i for i in road if i[3] == "p10-p11"]
        if len(freeze) != 2 or any(min(abs(f[0] - q[0]) for q in q4) > 60 for f in freeze):
            errors.append("deck: the two P10-P11 freeze bands are not under the Q4 headers")
    if [i[3] for i in road if re.fullmatch(r"g\d", i[3])] != ["g1", "g2", "g3"]:
        errors.append("deck: the roadmap gates are not G1-G3")
    if not any("not part of this plan" in x for x in lines):
        errors.append("deck: the roadmap does not put FY30+ outside the plan")

    # the horizon told three ways
    weeks = ((end - start).days + 1) / 7
    months = round(((end - start).days + 1) / 30.44)
    if weeks != 104 or months != gold["horizon_months"]:
        errors.append(f"deck: FY28-FY29 is {weeks} weeks, {months} months")
    if not any("2028-2030" in x for x in pages[1]):
        errors.append("deck: the cover does not say 2028-2030")
    close = " ".join(pages[CLOSE_PAGE])
    m = re.search(r"by the end of fy29 \(wk 52, (\d+ \w+ \d{4})\)", close)
    if m is None or _date(m.group(1)) != end:
        errors.append("deck: the closing page does not end the plan at the end of FY29")

    # the period grid
    grid = items(reader, GRID_PAGE)
    gheads = [i for i in grid if re.fullmatch(r"q[1-4] fy2[89]|fy30\+", i[3])]
    if len(gheads) != 9:
        errors.append(f"deck: {len(gheads)} grid column headers (9 expected)")
        return errors
    rows: dict[float, list[Item]] = {}
    for i in grid:
        if i[1] < gheads[0][1] and i[0] > gheads[0][0] - 80 and i[2] == 15:
            rows.setdefault(i[1], []).append(i)
    names = {
        y: next((i[3] for i in grid if i[1] == y and i[0] < gheads[0][0] - 80), "") for y in rows
    }
    stage = next((row for y, row in rows.items() if names[y] == "stage"), [])
    if [i[3] for i in sorted(stage)] != STAGES:
        errors.append(f"deck: the grid's stage row is {[i[3] for i in sorted(stage)]}")
    cols: dict[str, list[int]] = {}
    for i in stage:
        cols.setdefault(i[3], []).append(_column(i[0], gheads))
    for ph in gold["phases"]:
        name = next((m for m in ph["match"] if m in cols), None)
        if name is None:
            errors.append(f"deck: phase {ph['match']} is not in the grid's stage row")
        elif (ph["start_month"], ph["end_month"]) != (min(cols[name]) * 3, max(cols[name]) * 3 + 3):
            errors.append(f"deck: phase {name} months differ from its grid columns")
    if len(rows) < 6:
        errors.append(f"deck: {len(rows)} grid rows (6 or more workstreams and stages)")
    for row in rows.values():
        for i in row:
            k = _column(i[0], gheads)
            if i[3] == "freeze" and k not in (3, 7):
                errors.append("deck: a freeze cell outside Q4")
            if "go-live" in i[3] and k in (3, 7):
                errors.append("deck: a go-live inside the peak freeze")

    # the pilot: its region on its own page only, its breed group on the others
    pilot = gold["pilot"]
    if not all(any(m in x for x in pages[pilot["slide"]]) for m in pilot["match"]):
        errors.append("deck: the pilot page does not name both the breed group and the region")
    region = pilot["match"][1]
    for n in pilot["also_slides"]:
        if any(region in x for x in pages[n]) or not any(pilot["match"][0] in x for x in pages[n]):
            errors.append(f"deck: page {n} does not name the pilot by its breed group alone")
    if [n for n, ls in pages.items() if any(region in x for x in ls)] != [PILOT_PAGE]:
        errors.append("deck: the pilot's region is named outside the pilot page")
    scope = pages[SCOPE_PAGE]
    if "not in this plan" not in scope or len(scope) - scope.index("not in this plan") < 6:
        errors.append("deck: no 'not in this plan' list")
    return errors


# =========================================================================== the gold's own checks


def gold_extra(case: Path, gold: dict) -> list[str]:
    errors: list[str] = []
    pages = deck_lines(case / DECK)
    all_lines = [x for lines in pages.values() for x in lines]
    org = case / "org"
    said = sentences(org)
    gap_sentences = {s for gap in gold["gaps"] for alt in gap for s in said if alt in s}
    for entry in gold["gap_blocks"]:
        if set(entry) != {"gap", "blocks", "not_blocks"}:
            errors.append(f"gap_blocks: keys {sorted(entry)}")
            continue
        for key in entry["gap"]:
            if not any(key in s for s in gap_sentences):
                errors.append(f"gap_blocks: {key!r} is in no sentence that states a gap")
        blocks = [a for alts in entry["blocks"] for a in alts]
        not_blocks = [a for alts in entry["not_blocks"] for a in alts]
        if not blocks or not not_blocks:
            errors.append(f"gap_blocks: {entry['gap'][0]!r} without blocks and not_blocks")
        for alt in blocks + not_blocks:
            if not any(alt in x for x in all_lines):
                errors.append(f"gap_blocks: task {alt!r} is on no deck line")
        if set(blocks) & set(not_blocks):
            errors.append(f"gap_blocks: {entry['gap'][0]!r} blocks and not-blocks one task")
    vague = sum(1 for v in gold["visions"] if v["vague"])
    if vague < 2 or vague * 2 >= len(gold["visions"]):
        errors.append(f"{vague} vague visions of {len(gold['visions'])}")
    if not 5 <= len(gold["forbidden_terms"]) <= 10:
        errors.append(f"{len(gold['forbidden_terms'])} forbidden terms (5 to 10)")
    if not 6 <= len(gold["gaps"]) <= 12:
        errors.append(f"{len(gold['gaps'])} gaps (6 to 12)")
    files = sorted(p for p in org.rglob("*") if p.is_file())
    if not 5 <= len(files) <= 12:
        errors.append(f"{len(files)} org files (5 to 12)")
    holders = set()
    for gap in gold["gaps"]:
        for path in files:
            text = "\n".join(sentences_of(path, org))
            if gap[0] in text:
                holders.add(path.suffix + ":" + path.name)
    if len(holders) < 3 or len({h.split(":")[0] for h in holders}) < 3:
        errors.append(f"gaps stated in {sorted(holders)} (three files of three kinds or more)")
    actions = gold["deck_actions"]
    if not 15 <= len(actions) <= 25:
        errors.append(f"{len(actions)} deck actions (15 to 25)")
    forms = {FORMS.get(a["slide"], "other") for a in actions}
    if len(forms - {"other"}) < 5:
        errors.append(f"deck actions in {sorted(forms)} (five forms or more)")
    if sum(1 for a in actions if a["slide"] in METAPHOR_PAGES) < 3:
        errors.append("fewer than three deck actions on pages titled by a metaphor")
    roles = {r for r, _ in roster(org)}
    bracketed = []
    for a in actions:
        if a["slide"] != NINETY_PAGE:
            continue
        line = next(x for x in pages[NINETY_PAGE] if a["match"][0] in x)
        at = pages[NINETY_PAGE].index(line)
        rest = " ".join(pages[NINETY_PAGE][at : at + 2])
        m = re.search(r"\(([^)]+)\)", rest)
        if m and m.group(1) not in {normalize(r) for r in roles}:
            bracketed.append(m.group(1))
    if not bracketed:
        errors.append("no first-90-days action whose bracketed owner differs from the roster")
    if len(gold["remit_owners"]) < 15:
        errors.append(f"{len(gold['remit_owners'])} remit owners (15 or more)")
    segs = gold["scenario_segments"]
    if not 2 <= len(segs) <= 4:
        errors.append(f"{len(segs)} scenario segments (2 to 4)")
    for seg in segs:
        if not any(alt in x for alt in seg for x in all_lines):
            errors.append(f"scenario segment {seg} is on no deck line")
    scope = pages[SCOPE_PAGE]
    excluded = scope[scope.index("not in this plan") + 1 : scope.index("we ask the board to")]
    for seg in segs:
        if any(alt in x for alt in seg for x in excluded):
            errors.append(f"scenario segment {seg} is in the 'not in this plan' list")
    return errors


def sentences_of(path: Path, org: Path) -> list[str]:
    """The sentences of one org file, read as ``sentences`` reads the folder."""
    readers = {".csv": _csv_parts, ".pdf": _pdf_parts, **_checks.ORG_READERS}
    if path.suffix in {".md", ".txt"}:
        return [normalize(path.read_text(encoding="utf-8"))]
    return [normalize(p) for p in readers[path.suffix](path)] if path.suffix in readers else []


def extra(case: Path) -> list[str]:
    gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
    return roster_form(case / "org") + deck_form(case, gold) + gold_extra(case, gold)


CASE = Case(
    name=NAME,
    builder="build_petfood_subscription.py",
    roster=roster,
    org_sentences=sentences,
    core=frozenset({"core"}),
    consult=frozenset({"consult only"}),
    extra=extra,
    folder=HERE,
    split="blind16",
)


def org_dump() -> None:
    org = HERE / NAME / "org"
    print(f"##### {NAME}: roster rows ({ROSTER})")
    for row in roster_rows(org):
        print("  " + " | ".join(row))
    print(f"##### {NAME}: org sentences")
    for s in sentences(org):
        print(f"  | {s}")


if __name__ == "__main__":
    if "--dump" in sys.argv:
        _checks.dump(CASE)
        sys.exit(0)
    if "--org" in sys.argv:
        org_dump()
        sys.exit(0)
    sys.exit(_checks.main(CASE))
