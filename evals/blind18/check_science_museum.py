"""Consistency checks of the blind18 case ``science-museum`` against its deck and org folder.

Run from the repository root with the venv the builder needs (reportlab is not in the project's
lock; see ``build_science_museum.py``), since the rebuild check runs the builder with the
interpreter that runs this file:

    /tmp/rl/bin/python evals/blind18/check_science_museum.py
    /tmp/rl/bin/python evals/blind18/check_science_museum.py --dump   (deck lines by page, roster)
    /tmp/rl/bin/python evals/blind18/check_science_museum.py --org    (roster rows, org sentences)

The checks are those of ``evals/dev15/_checks.py`` (adapted from ``evals/dev13/check_gold.py``),
imported, not copied, and pointed at this folder (``evals/blind18``, split "blind18") with
``build_science_museum.py`` as the builder, "core" the core tier and "consult" the consult tier:
the gold's fields, every label on its page or in an org sentence, the roster, owners on it and
core, consult-only roles owning nothing, forbidden terms in neither deck nor org, the rebuild
byte for byte. Deck lines are dev13's: pypdf's text of each PDF page, one line per line,
normalised; gold "slide" is the PDF PAGE, not the slide number printed on it. One departure:
the gold carries ``gap_blocks`` (a field of ``evals/cases/README.md``'s deck-grounded gold that
dev13's field list predates), so the field list the shared checks compare with is that list
plus ``gap_blocks``, checked with ``_checks.gap_block_errors``.

What is this case's own:

- the roster, read with the standard library from the Markdown table of
  ``org/people/who-does-what.md`` (a staff-wiki export): the one run of lines starting with "|",
  its header Post | Department | Reports to | Looks after, a separator row, then one post a row;
  a row whose Department is "Consulted bodies (not posts)" is consult tier, every other core.
  Org sentences are dev15's reader on a copy of the org folder in which each roster row is
  written as one list item "Post (Department; reports to ...): Looks after", its ``<br>`` breaks
  turned into spaces;
- checks of the roster's form: the wiki-export heading and note, one table, 18 to 22 posts,
  ``<br>`` in four or more "Looks after" cells and nowhere else, every "Reports to" a post of
  the table, the Board of Trustees or a dash; the two consulted bodies, the gold's consult-only
  roles, saying they never lead or own work; two or more remits pointing to another org file
  ("Remit: see the ..."), each told there; at least two pairs of near-namesake posts that
  ``remit_owners`` tells apart; the collections policy extract in Markdown with its sections;
- checks of the deck's form, as Keynote exports a presentation to PDF with each build stage
  on its own page: the header ``%PDF-1.3`` with Quartz's binary comment and no ReportLab name
  in the file; Creator "Keynote", Producer "macOS Version ... Quartz PDFContext", one
  CreationDate and ModDate; pages of 1920 x 1080 pt, 22 to 28 of them; the slide number printed
  as the last line of every page but the cover, rising by 0 or 1, 15 to 19 slides; exactly
  three slides on three pages each, whose build stages show a list of two items, then four,
  then all, each stage the one before plus items; on every page the title is the first line,
  the first text object, the largest text and the highest;
- the clock: the seasons defined once on the clock slide ("Spring runs February to May, Summer
  June to September, Winter October to January", a winter taking the year it starts in),
  month 0 = October 2028 (Winter 2028), so Winter Y starts at month 12(Y-2028), Spring Y at
  12(Y-2029)+4 and Summer Y at 12(Y-2029)+8, each four months long; the horizon from "the
  Winter 2028 season to the Summer 2031 season: nine seasons, 36 months"; the phases named
  without dates on the ambition slide and dated by seasons on the clock slide, each gold phase
  computed from there; "Later (not in this plan)" starting at the horizon; the roadmap's
  header of nine seasons and "Later", its phase bars centred over their seasons' columns (text
  positions read with pypdf's visitor) and "Not in this plan" under Later, its gate marks in
  the columns of the gates' seasons; the gates slide, Gate 3's date only in its criteria, and
  the day dates of the others at their seasons' ends; go-live-relative steps (GL) that put
  GL at the start of Phase 2 and "GL + 8 months" at Gate 2; the horizon said three ways that
  agree (the cover's 2028-2031, the clock slide's 36 months, the asks' close of the Summer
  2031 season);
- the KPI table: a header Measure / Baseline 2027/28 / Target / By (end of season), one row a
  KPI; a KPI is executable when its target holds a number, its by-when is a season and its
  measure is no vanity count (downloads), and vague otherwise;
- the gold's own shape: the pilot named with its place and unit on its own page only, its
  place on no earlier page and on exactly ``also_slides`` later; scenario segments on the scope
  slide and none in its "Not in this plan" list; 15 to 25 deck actions from at least five
  forms, three or more on pages titled with a headline, those on a build slide citing its last
  stage; first-90-days leads in brackets, at least one spelt unlike the roster and its remit
  entry naming the roster's post; keyword traps (an owner whose remit names the work, never
  the post a keyword points to); labels 3 to 8 words; at least two vague visions; remit owners
  covering every KPI, 15 entries or more; 6 to 10 gaps stated in at least three org files of
  three kinds; two or more false-gap groups; 5 to 10 forbidden terms in no raw org file.

It never runs the planner.
"""

from __future__ import annotations

import json
import re
import shutil
import sys
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

from docx import Document
from pypdf import PdfReader

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import evals.dev15._checks as _checks  # noqa: E402
from evals.dev13.check_gold import FIELDS, deck_lines, normalize  # noqa: E402
from evals.dev15._checks import Case, gap_block_errors, run  # noqa: E402

HERE = Path(__file__).resolve().parent
NAME = "science-museum"
ROSTER = Path("people") / "who-does-what.md"
POLICY = Path("policies") / "collections-development-and-documentation-policy-extract.md"
HEAD = ["Post", "Department", "Reports to", "Looks after"]
CONSULTED = "Consulted bodies (not posts)"
NEVER = "Never leads or owns work."
POINTER = re.compile(r"Remit: see the (.+?), section (\d+)\.")
QUARTZ = b"%PDF-1.3\n%\xc4\xe5\xf2\xe5\xeb\xa7\xf3\xa0\xd0\xc4\xc6"
PRODUCER = re.compile(r"macOS Version [\d.]+ \(Build \w+\) Quartz PDFContext")
SIZE = (1920.0, 1080.0)
BT = re.compile(rb"BT 1 0 0 1 ([\d.]+) ([\d.]+) Tm [^/]*/F\d+\+0 ([\d.]+) Tf")
SEASON = re.compile(r"\b(winter|spring|summer) (20\d\d)\b")
SEASONS = [
    "winter 2028",
    "spring 2029",
    "summer 2029",
    "winter 2029",
    "spring 2030",
    "summer 2030",
    "winter 2030",
    "spring 2031",
    "summer 2031",
]
MONTH0 = date(2028, 10, 1)
FONT_DIR = Path("/usr/share/fonts/truetype/liberation")
PILOT_NAMED = "first at the railway works site in darrowby"
PILOT_LATER = ("darrowby", "the first site")
GRADE_WORDS = {"head", "of", "manager", "director", "lead", "the", "and"}
ITEM = re.compile(r"^(\u2022|\u203a|-|\d+\.) ")
# the form of the deck's own actions, by the title of the page they sit on
FORMS = {
    "every object, findable": "pillar initiative",
    "the stores, online": "pillar initiative",
    "no more queues at the gate": "pillar initiative",
    "classrooms in the galleries": "pillar initiative",
    "one site first": "pilot steps",
    "what good looks like at each gate": "acceptance criteria",
    "what could knock us off course": "risk mitigations",
    "clearing the runway: our first 90 days": "first 90 days",
    "what changes on monday": "what changes on monday",
    "what we ask of the trustees today": "asks of the board",
}
HEADLINES = {
    "every object, findable",
    "the stores, online",
    "no more queues at the gate",
    "classrooms in the galleries",
    "one site first",
    "what good looks like at each gate",
    "what could knock us off course",
    "clearing the runway: our first 90 days",
}
# keyword traps: (deck action, the post a keyword points to, the keyword in that post's remit,
# the post whose remit names the work, words of that remit)
TRAPS = [
    (
        "barcode and locate the 96,000 objects",
        "Head of Collections Information",
        "record",
        "Head of Collections Care and Stores",
        "location and movement records of every object",
    ),
    (
        "check the rights status of every image",
        "Collections Digitisation Manager",
        "image",
        "Head of Collections Information",
        "decides rights and reproductions",
    ),
    (
        "train and certify 40 volunteers in object handling",
        "Head of People and Learning",
        "training",
        "Head of Collections Care and Stores",
        "object-handling training and certification for staff and volunteers",
    ),
    (
        "extend wi-fi across the railway works sheds",
        "Site Manager, Railway Works",
        "railway works",
        "Head of IT and Digital Infrastructure",
        "networks and wi-fi at the three sites",
    ),
    (
        "retrain visitor hosts in timed entry",
        "Head of People and Learning",
        "training",
        "Head of Visitor Operations",
        "training visitor hosts in entry and safety procedures",
    ),
]

# gap_blocks is a field of the deck-grounded gold that dev13's list predates
_checks.FIELDS = FIELDS | {"gap_blocks"}  # type: ignore[attr-defined]


# =========================================================================== the roster


def table_rows(org: Path) -> list[list[str]]:
    """The cells of every row of the roster's Markdown table, the header first, without the
    separator row."""
    path = org / ROSTER
    if not path.is_file():
        return []
    lines = [x for x in path.read_text(encoding="utf-8").splitlines() if x.startswith("|")]
    rows = [[c.strip() for c in x.strip().strip("|").split("|")] for x in lines]
    return [r for r in rows if not all(re.fullmatch(r":?-+:?", c) for c in r)]


def roster(org: Path) -> list[tuple[str, str]]:
    rows = table_rows(org)
    if not rows or rows[0] != HEAD:
        return []
    return [(r[0], "consult" if r[1] == CONSULTED else "core") for r in rows[1:]]


def _as_list(org: Path) -> str:
    """The roster file with its table written as one list item a post."""
    text = (org / ROSTER).read_text(encoding="utf-8")
    items = [
        f"- {r[0]} ({r[1]}; reports to {r[2]}): {r[3].replace('<br>', ' ')}"
        for r in table_rows(org)[1:]
    ]
    kept = [x for x in text.splitlines() if not x.startswith("|")]
    return "\n".join(kept) + "\n\n" + "\n".join(items) + "\n"


def sentences(org: Path) -> list[str]:
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "org"
        shutil.copytree(org, copy)
        (copy / ROSTER).write_text(_as_list(org), encoding="utf-8")
        return _checks.org_sentences(copy)


def _file_sentences(org: Path) -> dict[str, list[str]]:
    """Each org file's sentences, read alone (the roster as ``sentences`` reads it)."""
    out: dict[str, list[str]] = {}
    for path in sorted(p for p in org.rglob("*") if p.is_file()):
        rel = path.relative_to(org)
        with tempfile.TemporaryDirectory() as tmp:
            target = Path(tmp) / path.name
            if rel == ROSTER:
                target.write_text(_as_list(org), encoding="utf-8")
            else:
                shutil.copy(path, target)
            out[str(rel)] = _checks.org_sentences(Path(tmp))
    return out


def _file_for(org: Path, title: str) -> Path | None:
    """The org file whose first heading is ``title`` (a pointer's target)."""
    for path in sorted(org.rglob("*.md")):
        first = path.read_text(encoding="utf-8").splitlines()[0]
        if _words(first).startswith(_words(title)):
            return path
    return None


def _words(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", normalize(text)))


def remits(org: Path) -> dict[str, str]:
    """Each post's remit, lower case: its Looks after cell, and where the cell points to another
    org file, every sentence of that file naming the post."""
    out: dict[str, str] = {}
    for r in table_rows(org)[1:]:
        text = r[3].replace("<br>", " ")
        m = POINTER.search(text)
        target = _file_for(org, m.group(1)) if m else None
        if target is not None:
            with tempfile.TemporaryDirectory() as tmp:
                shutil.copy(target, Path(tmp) / target.name)
                told = [s for s in _checks.org_sentences(Path(tmp)) if r[0].lower() in s]
            text += " " + " ".join(told)
        out[r[0]] = text.lower()
    return out


def roster_form(org: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    text = (org / ROSTER).read_text(encoding="utf-8")
    if not text.startswith("# Who does what\n\n> Exported from the staff wiki"):
        errors.append("roster: no wiki-export heading and note")
    lines = text.splitlines()
    at = [k for k, x in enumerate(lines) if x.startswith("|")]
    if not at or at != list(range(at[0], at[0] + len(at))):
        errors.append("roster: the table is not one run of lines")
    elif lines[at[0] + 1] != "|---|---|---|---|":
        errors.append("roster: no separator row under the header")
    rows = table_rows(org)
    if not rows or rows[0] != HEAD:
        return errors + [f"roster: header {rows[:1]}"]
    body = rows[1:]
    if any(len(r) != 4 for r in body):
        errors.append("roster: a row without four cells")
        return errors
    posts = [r[0] for r in body]
    if not 18 <= len(posts) <= 22:
        errors.append(f"roster: {len(posts)} posts (18 to 22)")
    if len(set(posts)) != len(posts):
        errors.append("roster: a post appears twice")
    breaks = [r for r in body if "<br>" in r[3]]
    if len(breaks) < 4 or any("<br>" in c for r in body for c in r[:3]):
        errors.append(f"roster: <br> in {len(breaks)} Looks after cells, or in another column")
    for r in body:
        if r[2] not in posts and r[2] not in {"Board of Trustees", "\u2014"}:
            errors.append(f"roster: {r[0]} reports to {r[2]!r}, not a post of the table")
    bodies = [r for r in body if r[1] == CONSULTED]
    if sorted(r[0] for r in bodies) != sorted(gold["consult_only_roles"]) or len(bodies) != 2:
        errors.append(f"roster: consulted bodies {[r[0] for r in bodies]}")
    for r in bodies:
        if NEVER not in r[3]:
            errors.append(f"roster: {r[0]} does not say it never leads or owns work")
    if any(NEVER in r[3] for r in body if r[1] != CONSULTED):
        errors.append("roster: a post says it never leads or owns work")
    remit = remits(org)
    pointers = [r for r in body if POINTER.search(r[3])]
    if len(pointers) < 2:
        errors.append(f"roster: {len(pointers)} remits point to another file (two or more)")
    for r in pointers:
        m = POINTER.search(r[3])
        assert m is not None
        target = _file_for(org, m.group(1))
        if target is None or f"## {m.group(2)}." not in target.read_text(encoding="utf-8"):
            errors.append(f"roster: {r[0]}'s pointer names no file with section {m.group(2)}")
        if len(remit[r[0]]) < len(r[3]) + 40:
            errors.append(f"roster: {r[0]}'s remit is not told where it points")
    told_apart = _checks.namesakes_told_apart(posts, gold, GRADE_WORDS)
    if len(told_apart) < 2:
        errors.append(f"roster: near-namesake pairs told apart by remit_owners: {told_apart}")
    policy = (org / POLICY).read_text(encoding="utf-8") if (org / POLICY).is_file() else ""
    for head in ("## 4. Documentation standard", "## 5. Who is responsible", "## 6. Publishing"):
        if head not in policy:
            errors.append(f"collections policy: no {head!r}")
    if "Spectrum 5.1" not in policy:
        errors.append("collections policy: Spectrum is not named")
    return errors


# =========================================================================== the deck's form


def _objects(page: Any) -> list[tuple[float, float, float]]:
    """(x, y, font size) of every text object of a page, in stream order."""
    contents = page.get_contents()
    data = contents.get_data() if contents is not None else b""
    return [(float(x), float(y), float(s)) for x, y, s in BT.findall(data)]


def _slide_numbers(pages: dict[int, list[str]]) -> dict[int, int]:
    """The slide number printed on each page (the cover, page 1, is slide 1)."""
    out = {1: 1}
    for n, lines in pages.items():
        if n > 1:
            out[n] = int(lines[-1]) if lines and lines[-1].isdigit() else 0
    return out


def _title(lines: list[str]) -> str:
    return lines[0] if lines else ""


def _last_stage(pages: dict[int, list[str]], title: str) -> int:
    """The page of the slide titled ``title``, its last build stage when it has several."""
    found = [n for n, lines in pages.items() if _title(lines) == title]
    return found[-1] if found else 0


def deck_form(case: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    deck = case / gold["deck"]
    raw = deck.read_bytes()
    if not raw.startswith(QUARTZ) or b"ReportLab" in raw:
        errors.append("deck: no Quartz header, or a ReportLab name left in the file")
    reader = PdfReader(str(deck))
    meta: dict[str, Any] = dict(reader.metadata or {})
    if meta.get("/Creator") != "Keynote" or not PRODUCER.fullmatch(str(meta.get("/Producer"))):
        errors.append(f"deck: creator/producer {meta.get('/Creator')!r}/{meta.get('/Producer')!r}")
    if not meta.get("/CreationDate") or meta.get("/CreationDate") != meta.get("/ModDate"):
        errors.append("deck: CreationDate and ModDate are not one fixed date")
    if not 22 <= len(reader.pages) <= 28:
        errors.append(f"deck: {len(reader.pages)} pages (22 to 28)")
    pages = deck_lines(deck)
    for n, page in enumerate(reader.pages, start=1):
        size = (float(page.mediabox.width), float(page.mediabox.height))
        if size != SIZE:
            errors.append(f"page {n}: {size}, not 1920 x 1080")
        objs = _objects(page)
        if not objs:
            errors.append(f"page {n}: no text")
            continue
        big = max(s for _, _, s in objs)
        top = max(y for _, y, _ in objs)
        if objs[0][2] != big or (n > 1 and objs[0][1] != top):
            errors.append(f"page {n}: the title is not the first, largest and highest text")
        if n > 1 and objs[0][1] < SIZE[1] * 0.8:
            errors.append(f"page {n}: the title is not at the top")
    numbers = _slide_numbers(pages)
    seq = [numbers[n] for n in sorted(numbers)]
    if any(b - a not in (0, 1) for a, b in zip(seq, seq[1:], strict=False)):
        errors.append(f"deck: slide numbers {seq} do not rise by 0 or 1")
    if not 15 <= seq[-1] <= 19:
        errors.append(f"deck: {seq[-1]} slides (15 to 19)")
    builds = {s: [n for n in numbers if numbers[n] == s] for s in set(seq)}
    built = {s: ns for s, ns in builds.items() if len(ns) > 1}
    if len(built) != 3 or any(len(ns) != 3 for ns in built.values()):
        errors.append(f"deck: build slides {built} (three, of three pages each)")
    for s, ns in built.items():
        stages = [pages[n][:-1] for n in ns]
        items = [sum(1 for x in st if ITEM.match(x)) for st in stages]
        if items[:2] != [2, 4] or items[2] <= 4:
            errors.append(f"slide {s}: build stages of {items} items (2, 4, then all)")
        for a, b in zip(stages, stages[1:], strict=False):
            if b[: len(a)] != a:
                errors.append(f"slide {s}: a build stage is not the one before plus items")
        if len({_title(pages[n]) for n in ns}) != 1:
            errors.append(f"slide {s}: build pages with different titles")
    return errors


# =========================================================================== the clock


def season_start(name: str) -> int:
    """Months from month 0 (October 2028, Winter 2028) to the start of a season."""
    kind, year = name.split()
    y = int(year)
    return {"winter": 12 * (y - 2028), "spring": 12 * (y - 2029) + 4}.get(kind, 12 * (y - 2029) + 8)


def season_end(name: str) -> int:
    return season_start(name) + 4


def _month_end(month: int) -> date:
    """The last day of month ``month`` counted from October 2028 (month 0)."""
    y, m = divmod(MONTH0.month - 1 + month + 1, 12)
    first_after = date(MONTH0.year + y, m + 1, 1)
    return date.fromordinal(first_after.toordinal() - 1)


def _positions(page: Any) -> list[tuple[str, float, float]]:
    """(text, x of its centre, y) of every text object of a page, read with pypdf's visitor;
    a text's width measured with the deck's own fonts (Liberation Sans, as the builder embeds
    them), so a centred label gives the centre of its box."""
    from reportlab.pdfbase import pdfmetrics  # the builder's venv: the rebuild needs it too
    from reportlab.pdfbase.ttfonts import TTFont

    for name in ("LiberationSans", "LiberationSans-Bold"):
        if name not in pdfmetrics.getRegisteredFontNames():
            file = "LiberationSans-Regular.ttf" if name == "LiberationSans" else f"{name}.ttf"
            pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / file)))
    out: list[tuple[str, float, float]] = []

    def visit(text: str, cm: Any, tm: Any, font: Any, size: Any) -> None:
        if not text.strip() or font is None:
            return
        face = "LiberationSans-Bold" if "Bold" in str(font.get("/BaseFont")) else "LiberationSans"
        width = pdfmetrics.stringWidth(text, face, float(size))
        out.append((normalize(text), float(tm[4]) + width / 2, float(tm[5])))

    page.extract_text(visitor_text=visit)
    return out


def clock_form(case: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    deck = case / gold["deck"]
    pages = deck_lines(deck)
    titles = {n: _title(lines) for n, lines in pages.items()}
    by_title = {t: n for n, t in titles.items()}
    clock = by_title.get("how we count: three seasons a year", 0)
    star = by_title.get("our ambition for 2031", 0)
    road = by_title.get("nine seasons at a glance", 0)
    gates = by_title.get("what good looks like at each gate", 0)
    first = by_title.get("one site first", 0)
    asks = _last_stage(pages, "what we ask of the trustees today")
    if not all((clock, star, road, gates, first, asks)):
        found = (clock, star, road, gates, first, asks)
        return [f"clock, ambition, roadmap, gates, first site or asks page not found: {found}"]
    text = " ".join(pages[clock])
    for said in (
        "spring runs february to may, summer june to september",
        "winter october to january",
        "a winter takes the year it starts in: winter 2028 runs",
        "from october 2028 to january 2029",
    ):
        if said not in text:
            errors.append(f"clock: {said!r} not said")
    horizon = gold["horizon_months"]
    m = re.search(
        r"this plan runs from the (\w+ \d{4}) season to the (\w+ \d{4}) season: "
        r"(\w+) seasons, (\d+) months",
        text,
    )
    if not m or season_start(m.group(1)) != 0 or season_end(m.group(2)) != horizon:
        errors.append(f"clock: the plan's span does not give {horizon} months")
    elif int(m.group(4)) != horizon or m.group(3) != "nine" or horizon != 9 * 4:
        errors.append("clock: nine seasons and 36 months do not agree")
    # phases: named without dates on the ambition slide, dated on the clock slide
    named = [x for x in pages[star] if x.startswith("four phases:")]
    if len(named) != 1 or SEASON.search(named[0]) or re.search(r"20\d\d", named[0]):
        errors.append(f"ambition: phases not named without dates: {named}")
    spans: dict[str, tuple[int, int]] = {}
    for x in pages[clock]:
        p = re.match(r"phase (\d) \u00b7 ([a-z ]+?) (\w+ \d{4}) (and|to) (\w+ \d{4})", x)
        if p:
            spans[p.group(2)] = (season_start(p.group(3)), season_end(p.group(5)))
    for ph in gold["phases"]:
        hit = [s for name, s in spans.items() if name in ph["match"]]
        if hit != [(ph["start_month"], ph["end_month"])]:
            errors.append(f"phase {ph['match']} is {hit} on the clock slide")
        if len(named) == 1 and not any(a in named[0] for a in ph["match"]):
            errors.append(f"ambition: phase {ph['match']} not named there")
    later = [x for x in pages[clock] if x.startswith("later (not in this plan)")]
    begins = SEASON.search(later[0]) if len(later) == 1 else None
    if begins is None or season_start(begins.group(0)) != horizon:
        errors.append("clock: Later does not start at the horizon")

    # the roadmap: nine seasons and Later; bars and gate marks over their seasons' columns
    head = [*SEASONS, "later"]
    if " ".join(head) not in pages[road]:
        errors.append("roadmap: no header of the nine seasons and Later")
    spots = _positions(PdfReader(str(deck)).pages[road - 1])
    header_y = max((y for t, _, y in spots if t in head), default=0.0)
    centre = {t: x for t, x, y in spots if t in head and y == header_y}
    if sorted(centre) != sorted(head):
        return errors + [f"roadmap: header labels {sorted(centre)}"]

    def column_of(x: float) -> int:
        return min(range(len(head)), key=lambda k: abs(centre[head[k]] - x))

    below = [(t, x) for t, x, y in spots if y < header_y]
    for ph in gold["phases"]:
        bar = [(t, x) for t, x in below if t in ph["match"]]
        a = [k for k in range(9) if season_start(SEASONS[k]) == ph["start_month"]]
        b = [k for k in range(9) if season_end(SEASONS[k]) == ph["end_month"]]
        if len(bar) != 1 or len(a) != 1 or len(b) != 1:
            errors.append(f"roadmap: no one bar for phase {ph['match']} on season bounds")
            continue
        want = (centre[head[a[0]]] + centre[head[b[0]]]) / 2
        if abs(bar[0][1] - want) > 2:
            errors.append(f"roadmap: the {bar[0][0]!r} bar is not centred over its seasons")
    outside = [x for t, x in below if t == "not in this plan"]
    if len(outside) != 1 or column_of(outside[0]) != 9:
        errors.append("roadmap: 'Not in this plan' is not under Later")
    marks = {"g1": 8, "g2": 16, "g3": 24, "close": 36}
    for mark, month in marks.items():
        xs = [x for t, x in below if t == mark]
        if len(xs) != 1 or column_of(xs[0]) > 8 or season_end(SEASONS[column_of(xs[0])]) != month:
            errors.append(f"roadmap: gate mark {mark!r} not in the column ending at {month}")

    # the gates: day dates at their seasons' ends, Gate 3 dated only in its criteria
    gl = pages[gates]
    dated = {
        "gate 1": ("spring 2029", date(2029, 5, 31)),
        "gate 2": ("winter 2029", date(2030, 1, 31)),
        "close": ("summer 2031", date(2031, 9, 30)),
    }
    ends: list[int] = []
    for key, (season, day) in dated.items():
        line = [x for x in gl if x.startswith(key + " \u00b7")]
        if len(line) != 1 or f"end of {season}" not in line[0]:
            errors.append(f"gates: {key} not at the end of {season}")
            continue
        if (
            _month_end(season_end(season) - 1) != day
            or day.strftime("%-d %B %Y").lower() not in line[0]
        ):
            errors.append(f"gates: {key}'s day date is not the end of {season}")
        ends.append(season_end(season))
    g3 = [x for x in gl if x.startswith("gate 3 \u00b7")]
    crit = [x for x in gl if "60% of object records online, which we expect in" in x]
    expected = SEASON.search(crit[0]) if len(crit) == 1 else None
    if len(g3) != 1 or SEASON.search(g3[0]) or re.search(r"20\d\d", g3[0]) or expected is None:
        errors.append(f"gates: Gate 3 is not dated in its criteria alone ({g3}, {crit})")
    else:
        ends.insert(2, season_end(expected.group(0)))
    if ends != [p["end_month"] for p in gold["phases"]]:
        errors.append(f"gates at months {ends} do not close the phases")

    # go-live-relative steps
    fl = " ".join(pages[first])
    gm = re.search(r"go-live \(gl\) is \w+day (\d+) (\w+) (\d{4})", fl)
    if not gm:
        errors.append("first site: no go-live date")
    else:
        gday = date(int(gm.group(3)), _month_number(gm.group(2)), int(gm.group(1)))
        gmonth = (gday.year - MONTH0.year) * 12 + gday.month - MONTH0.month
        p2 = gold["phases"][1]
        if gmonth != p2["start_month"] or "gl + 8 months gate 2" not in fl:
            errors.append("first site: GL is not the start of Phase 2, or GL + 8 months not Gate 2")
        elif gmonth + 8 != p2["end_month"]:
            errors.append("first site: GL + 8 months is not the end of Phase 2")
        if not re.search(r"gl - 90 days", fl) or not re.search(r"gl \+ 6 weeks", fl):
            errors.append("first site: no steps before and after GL")

    # the horizon, said three ways
    ways = {
        "cover": any("2028-2031" in x for x in pages[1]),
        "clock": "nine seasons, 36 months" in text,
        "asks": "to the close of the summer 2031 season" in " ".join(pages[asks]),
    }
    if not all(ways.values()) or gold["phases"][-1]["end_month"] != horizon:
        errors.append(f"the horizon's statements {ways} and {horizon} months do not agree")
    return errors


def _month_number(name: str) -> int:
    return [date(2000, k, 1).strftime("%B").lower() for k in range(1, 13)].index(name) + 1


# =========================================================================== the KPI table


def kpi_form(case: Path, gold: dict[str, Any]) -> list[str]:
    """The KPI table: a header and one row a KPI; a KPI is executable when its target holds a
    number, its by-when is a season and it is no vanity count, and vague otherwise."""
    errors: list[str] = []
    pages = deck_lines(case / gold["deck"])
    kn = _last_stage(pages, "ten measures the trustees will see each season")
    lines = pages.get(kn, [])
    if "measure baseline 2027/28 target by (end of season)" not in lines:
        errors.append(f"KPI table: no header on page {kn}")
    head = lines.index("measure baseline 2027/28 target by (end of season)") if lines else 0
    rows = [x for x in lines[head + 1 :] if not x.startswith("seasons:") and not x.isdigit()]
    kpi_visions = [v for v in gold["visions"] if v["match"] in gold["kpis"]]
    if len(kpi_visions) != len(gold["kpis"]) or len(rows) != len(gold["kpis"]):
        errors.append(f"KPI table: {len(rows)} rows for {len(gold['kpis'])} KPIs")
    for v in kpi_visions:
        if v["slide"] != kn:
            errors.append(f"KPI {v['match']!r} does not cite the KPI table")
        hit = [x for x in rows if x.startswith(v["match"])]
        if len(hit) != 1:
            errors.append(f"KPI {v['match']!r} is not one row of the table")
            continue
        rest = hit[0][len(v["match"]) :]
        when = SEASON.search(rest)
        dated = when is not None and rest.endswith(when.group(0))
        target = rest[: when.start()] if when else rest
        numbers = re.findall(r"\d[\d,.]*", target)
        vanity = "downloads" in v["match"]
        executable = dated and len(numbers) >= 1 and not vanity
        if executable == v["vague"]:
            errors.append(f"KPI {v['match']!r}: row {rest!r}, vague {v['vague']}")
    return errors


# =========================================================================== the gold's shape


def _raw_org_texts(org: Path) -> list[str]:
    """Every org file's text, lower case (a DOCX's paragraphs and table cells)."""
    out: list[str] = []
    for path in sorted(p for p in org.rglob("*") if p.is_file()):
        if path.suffix == ".docx":
            doc = Document(str(path))
            parts = [p.text for p in doc.paragraphs]
            parts += [c.text for t in doc.tables for row in t.rows for c in row.cells]
            out.append("\n".join(parts).lower())
        else:
            out.append(path.read_text(encoding="utf-8").lower())
    return out


def gold_shape(case: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    org = case / "org"
    pages = deck_lines(case / gold["deck"])
    titles = {k: _title(lines) for k, lines in pages.items()}

    def on(needle: str) -> bool:
        return any(needle in x for lines in pages.values() for x in lines)

    # the pilot
    pilot = gold["pilot"]
    named = [k for k, lines in pages.items() if any(PILOT_NAMED in x for x in lines)]
    if named != [pilot["slide"]]:
        errors.append(f"pilot named with place and unit on pages {named}")
    said = {k for k, lines in pages.items() if any(p in x for p in PILOT_LATER for x in lines)}
    if any(k < pilot["slide"] for k in said):
        errors.append(f"the pilot's place is said before its page, on {sorted(said)}")
    later = sorted(k for k in said if k > pilot["slide"])
    if later != sorted(pilot["also_slides"]):
        errors.append(f"the place or 'the first site' on pages {later}; also {pilot}")
    if any("pilot" in x for lines in pages.values() for x in lines):
        errors.append("the deck says 'pilot'")

    # scenarios and what is not in scope
    segs = gold["scenario_segments"]
    if not 2 <= len(segs) <= 4:
        errors.append(f"{len(segs)} scenario segments (2 to 4)")
    scope = pages[_last_stage(pages, "four moments this plan is built around")]
    if "not in this plan" not in scope:
        return errors + ["no 'Not in this plan' list on the scope slide"]
    cut = scope.index("not in this plan")
    inside, outside = scope[:cut], scope[cut + 1 :]
    if len([x for x in outside if ITEM.match(x)]) < 4:
        errors.append("fewer than four groups in the 'Not in this plan' list")
    for seg in segs:
        if not any(a in x for a in seg for x in inside):
            errors.append(f"scenario segment not on the scope slide: {seg}")
        for a in seg:
            if any(a in x for x in outside):
                errors.append(f"scenario term {a!r} in the not-in-scope list")

    # the deck's own actions
    actions = gold["deck_actions"]
    if not 15 <= len(actions) <= 25:
        errors.append(f"{len(actions)} deck actions (15 to 25)")
    forms = {FORMS.get(titles.get(a["slide"], ""), "") for a in actions} - {""}
    if len(forms) < 5:
        errors.append(f"deck actions from {len(forms)} forms: {sorted(forms)}")
    headline = [a for a in actions if titles.get(a["slide"]) in HEADLINES]
    if len(headline) < 3:
        errors.append(f"only {len(headline)} deck actions on pages titled with a headline")
    for a in actions:
        if a["slide"] != _last_stage(pages, titles.get(a["slide"], "")):
            errors.append(f"deck action {a['match'][0]!r} cites a build stage, not the last")
    posts = {r.lower(): r for r, _ in roster(org)}
    days = _last_stage(pages, "clearing the runway: our first 90 days")
    items = [x for x in pages.get(days, []) if ITEM.match(x)]
    leads = [m.group(1) for x in items if (m := re.search(r"\(([^)]+)\)$", x))]
    off = [lead for lead in leads if lead not in posts]
    if len(leads) < 5 or not off:
        errors.append(f"first 90 days: leads {leads}, none spelt unlike the roster")
    for lead in off:
        line = next(x for x in items if x.endswith(f"({lead})"))
        entry = [e for e in gold["remit_owners"] if any(t in line for t in e["task"])]
        names = [o.lower() for e in entry for o in e["owners"]]
        said_words = set(re.findall(r"[a-z]+", lead)) - GRADE_WORDS
        if not entry or lead in names or not any(said_words & set(o.split()) for o in names):
            errors.append(f"first 90 days: ({lead}) has no remit entry naming the roster's post")

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
        if keyword[:4] not in line:
            errors.append(f"trap {task!r}: the keyword {keyword!r} is not in the deck's words")

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
        if not on(kpi):
            errors.append(f"KPI {kpi!r} in no deck line")

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
    kinds = {Path(f).parts[0] for f in holders}
    if len(holders) < 3 or len(kinds) < 3 or len({Path(f).suffix for f in holders}) < 3:
        errors.append(f"gaps stated in {sorted(holders)} (three files of different kinds)")
    if len(gold["false_gaps"]) < 2:
        errors.append("fewer than two false-gap groups")
    if not 5 <= len(gold["forbidden_terms"]) <= 10:
        errors.append(f"{len(gold['forbidden_terms'])} forbidden terms (5 to 10)")
    texts = _raw_org_texts(org)
    for term in gold["forbidden_terms"]:
        if any(term in t for t in texts):
            errors.append(f"forbidden term in a raw org file: {term!r}")

    return errors + gap_block_errors(gold, sentences(org), deck_text)


def extra(case: Path) -> list[str]:
    gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
    return (
        roster_form(case / "org", gold)
        + deck_form(case, gold)
        + clock_form(case, gold)
        + kpi_form(case, gold)
        + gold_shape(case, gold)
    )


CASE = Case(
    name=NAME,
    builder="build_science_museum.py",
    roster=roster,
    org_sentences=sentences,
    core=frozenset({"core"}),
    consult=frozenset({"consult"}),
    extra=extra,
    folder=HERE,
    split="blind18",
)


def org_dump() -> None:
    org = HERE / NAME / "org"
    print(f"--- roster rows ({ROSTER}):")
    for r in table_rows(org)[1:]:
        print(f"  {' | '.join(r)}")
    print("--- org sentences:")
    for s in sentences(org):
        print(f"  | {s}")


if __name__ == "__main__":
    if "--org" in sys.argv and "--dump" not in sys.argv:
        org_dump()
        sys.exit(0)
    sys.exit(run(CASE))
