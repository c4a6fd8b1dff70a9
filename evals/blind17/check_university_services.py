"""Consistency checks of the blind17 case ``university-services`` against its deck and org folder.

Run from the repository root with the project's venv (python-pptx, pypdf, python-docx, lxml),
which is also the builder's, since the rebuild check runs the builder with the interpreter that
runs this file:

    .venv/bin/python evals/blind17/check_university_services.py
    .venv/bin/python evals/blind17/check_university_services.py --dump   (deck lines, roster)
    .venv/bin/python evals/blind17/check_university_services.py --org    (roster rows, org sentences)

The checks are those of ``evals/dev15/_checks.py`` (adapted from ``evals/dev13/check_gold.py``),
imported, not copied, and pointed at this folder (``evals/blind17``, split "blind17") with
``build_university_services.py`` as the builder, "core" the core tier and "consult" the consult
tier: the gold's fields, every label on its slide or in an org sentence, the roster, owners on it
and core, consult-only roles owning nothing, forbidden terms in neither deck nor org, the rebuild
byte for byte. Deck lines are dev13's (python-pptx: every shape in order, groups opened, tables
cell by cell, then the notes). One departure: the gold carries ``gap_blocks`` (a field of
``evals/cases/README.md``'s deck-grounded gold that dev13's field list predates), so the field
list the shared checks compare with is that list plus ``gap_blocks``, checked with
``_checks.gap_block_errors``.

What is this case's own:

- the roster, read with the standard library's ``html.parser`` from
  ``org/people/student-services-structure.html``, a page saved from the intranet: every
  ``li.post`` of the nested ``ul.org-units`` lists, its title the ``strong.post-title``, its
  remit the ``span.remit``; a post in ``li.post.consulted`` is consult tier, every other core.
  Org sentences are dev15's reader plus an HTML reader (the heading, the paragraphs, each unit's
  name, each post as "title: remit");
- checks of the roster's form: the doctype and the browser's "saved from url" mark, a UTF-8
  charset and ``lang="en-GB"``; units nested two deep; 18 to 22 posts and two consulted bodies
  (the gold's consult-only roles) whose remit says they never lead or own work; titles unique;
  each post on one source line; two or more remits that point to another org file ("See the
  ...") and are told there; two or more pairs of near-namesake posts that ``remit_owners``
  tells apart; the Senate working group's remit in Markdown with its sections;
- checks of the deck's form, as Keynote exports a 16:9 deck to PowerPoint: ``docProps/app.xml``
  naming Keynote and its version; 12192000 x 6858000 EMU; 14 to 22 slides; ZIP entries in name
  order; the three layouts "Title & Subtitle", "Title Only" and "Blank"; no ``txBox``; shapes
  named "Text N", "Shape N", "Title N", "Subtitle N", "Group N" or "Table N"; insets on every
  shape's ``a:bodyPr``, an ``a:pPr`` on every paragraph, a size on every run; four or more
  slides titled in a title placeholder and four or more in a plain text box at the top;
- the clock: defined once ("our academic year starts in september; semester 1 runs from welcome
  week (week 0) to week 15."); month 0 = September 2029; Semester 1 = months 0-4 of its year,
  Semester 2 = 4-9, the summer vacation = 9-12; a week of a semester dated from the week 0
  Mondays of the Registry's notice (org folder), its end the Friday; the phases named without
  dates on the north-star slide and dated on the clock slide's table, each gold phase's months
  computed from it; the gates' months from the gates slide, Gate 2's only in its criteria; the
  Gantt drawn as groups of a rectangle and its label on semester columns (each column's months
  from its label and year), every phase bar spanning the months the gold gives, every gate
  diamond within a quarter month of its date, the "2031/32 and beyond" box right of the grid;
  the exam-diet freeze on the clock slide and the Gantt; go-live-relative steps on the pilot
  slide; the horizon said three ways that agree (the cover's 2029-2031, the clock slide's 24
  months, the asks' end of the summer vacation 2031);
- the KPI table: each KPI a row Measure / Baseline / Target / By when, a KPI executable when its
  target is a number, its by-when a week, a semester or a summer vacation, and its measure no
  vanity count; the vague KPIs exactly the others;
- the pilot named with its place and unit on its own slide only, neither "business and law" nor
  "the first school" before it, and each later slide with them in ``also_slides``; scenario
  segments on deck lines and none in the "Not in this plan" list;
- the gold's own shape: 15 to 25 deck actions from at least five forms, three or more on slides
  titled with a headline; first-90-days leads in brackets, at least one spelt unlike the
  roster's post and its remit entry naming the roster's post; keyword traps (an owner whose
  remit names the work, never the post a keyword points to); labels 3 to 8 words; at least two
  vague visions; remit owners covering every KPI, 15 entries or more; 6 to 10 gaps stated in at
  least three org files of three kinds; two or more false-gap groups; 5 to 10 forbidden terms in
  no raw org file and no part of the deck's package.

It never runs the planner.
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
import re
import shutil
import sys
import tempfile
import zipfile
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from lxml import etree
from pptx import Presentation

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import evals.dev15._checks as _checks  # noqa: E402
from evals.dev13.check_gold import FIELDS, deck_lines, normalize  # noqa: E402
from evals.dev15._checks import Case, gap_block_errors, run  # noqa: E402

HERE = Path(__file__).resolve().parent
NAME = "university-services"
ROSTER = Path("people") / "student-services-structure.html"
SENATE = Path("governance") / "senate-working-group-on-personal-tutoring.md"
NOTICE = Path("context") / "exam-diets-and-change-calendar-2029-31.txt"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
P = "http://schemas.openxmlformats.org/presentationml/2006/main"
NS = {"a": A, "p": P}
EMU = 914400
LAYOUTS = {"Title & Subtitle", "Title Only", "Blank"}
CLOCK_LINE = (
    "our academic year starts in september; semester 1 runs from welcome week (week 0) to week 15."
)
YEAR0 = 2029  # month 0 = September 2029
PILOT_NAMED = "the school of business and law's postgraduate taught programmes"
PILOT_LATER = ("business and law", "the first school")
GRADE_WORDS = {"head", "of", "manager", "director", "lead", "chief", "officer", "the", "and"}
FORMS = {
    "one door, one reference number": "pillar initiative",
    "a tutor who already knows": "pillar initiative",
    "help before the crisis": "pillar initiative",
    "in every pocket, and the people behind it": "pillar initiative",
    "where we start": "pilot steps",
    "what good looks like before we go further": "acceptance criteria",
    "what could go wrong": "risk mitigations",
    "clearing the runway": "first 90 days",
    "what changes on monday 7 january 2030": "what changes on monday",
    "what we ask of court today": "asks of the board",
}
HEADLINES = {
    "one door, one reference number",
    "a tutor who already knows",
    "help before the crisis",
    "in every pocket, and the people behind it",
    "where we start",
    "what good looks like before we go further",
    "what could go wrong",
    "clearing the runway",
}
# keyword traps: (deck action, the post a keyword points to, the keyword in that post's remit,
# the post whose remit names the work, words of that remit)
TRAPS = [
    (
        "record every personal tutoring meeting in cairn",
        "Head of Enterprise Applications",
        "cairn",
        "Head of Student Records",
        "personal tutoring meeting record",
    ),
    (
        "hold every disability support plan in tallis",
        "Head of Enterprise Applications",
        "tallis",
        "Head of Disability and Inclusion",
        "disability support plan records",
    ),
    (
        "front-line staff as mental health first aiders",
        "Head of Organisational Development",
        "staff training",
        "Head of Wellbeing and Counselling",
        "mental health first aid training",
    ),
    (
        "train all 610 personal tutors",
        "Head of Organisational Development",
        "staff training",
        "Head of Academic Practice",
        "personal tutor development programme",
    ),
    (
        "every taught student allocated a personal tutor",
        "Head of Enterprise Applications",
        "cairn",
        "Head of Student Records",
        "personal tutor allocations",
    ),
]

# gap_blocks is a field of the deck-grounded gold that dev13's list predates
_checks.FIELDS = FIELDS | {"gap_blocks"}  # type: ignore[attr-defined]


# =========================================================================== the roster


class _Page(HTMLParser):
    """The saved intranet page: its posts (title, remit, consulted, source line), its units and
    their depth, and its text blocks (heading, paragraphs, unit names, posts)."""

    VOID = frozenset({"meta", "link", "br", "img", "hr", "input"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.posts: list[tuple[str, str, bool, int]] = []
        self.units: list[tuple[str, int]] = []
        self.blocks: list[str] = []
        self._stack: list[tuple[str, set[str]]] = []
        self._text = {"title": "", "remit": "", "unit": "", "block": ""}
        self._post: tuple[bool, int] | None = None
        self._depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.VOID:
            return
        classes = set((dict(attrs).get("class") or "").split())
        self._stack.append((tag, classes))
        if tag == "ul" and "org-units" in classes:
            self._depth += 1
        if tag == "li" and "post" in classes:
            self._post = ("consulted" in classes, self.getpos()[0])

    def handle_endtag(self, tag: str) -> None:
        if tag in self.VOID:
            return
        while self._stack:
            open_tag, classes = self._stack.pop()
            if "unit-name" in classes:
                self.units.append((self._text["unit"].strip(), self._depth))
                self.blocks.append(self._text["unit"].strip())
                self._text["unit"] = ""
            if open_tag in {"h1", "p"}:
                self.blocks.append(self._text["block"].strip())
                self._text["block"] = ""
            if open_tag == "li" and "post" in classes and self._post is not None:
                title, remit = self._text["title"].strip(), self._text["remit"].strip()
                self.posts.append((title, remit, self._post[0], self._post[1]))
                self.blocks.append(f"{title}: {remit}")
                self._text["title"] = self._text["remit"] = ""
                self._post = None
            if open_tag == "ul" and "org-units" in classes:
                self._depth -= 1
            if open_tag == tag:
                break

    def handle_data(self, data: str) -> None:
        classes = {c for _, cs in self._stack for c in cs}
        tags = {t for t, _ in self._stack}
        if "post-title" in classes:
            self._text["title"] += data
        elif "remit" in classes:
            self._text["remit"] += data
        elif "unit-name" in classes:
            self._text["unit"] += data
        elif tags & {"h1", "p"}:
            self._text["block"] += data


def read_page(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text(encoding="utf-8"))
    page.close()
    return page


def roster_rows(org: Path) -> list[tuple[str, str, bool, int]]:
    path = org / ROSTER
    return read_page(path).posts if path.is_file() else []


def roster(org: Path) -> list[tuple[str, str]]:
    return [(t, "consult" if c else "core") for t, _, c, _ in roster_rows(org)]


def _html_parts(path: Path) -> list[str]:
    return read_page(path).blocks


def sentences(org: Path) -> list[str]:
    return _checks.org_sentences(org, {".html": _html_parts})


def _file_sentences(org: Path) -> dict[str, list[str]]:
    """Each org file's sentences, read alone."""
    out: dict[str, list[str]] = {}
    for path in sorted(p for p in org.rglob("*") if p.is_file()):
        with tempfile.TemporaryDirectory() as tmp:
            shutil.copy(path, Path(tmp) / path.name)
            out[str(path.relative_to(org))] = sentences(Path(tmp))
    return out


def remits(org: Path) -> dict[str, str]:
    """Each post's remit, lower case: its line on the page, or the sentences of other org
    files that say what the post is responsible for."""
    said = sentences(org)
    out: dict[str, str] = {}
    for post, remit, _, _ in roster_rows(org):
        text = remit.lower()
        if text.startswith("see the "):
            key = f"the {post.lower()} is responsible for"
            text = " ".join(s for s in said if key in s)
        out[post] = text
    return out


def roster_form(org: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    raw = (org / ROSTER).read_text(encoding="utf-8")
    if not raw.startswith("<!DOCTYPE html>\n<!-- saved from url=("):
        errors.append("roster: no doctype and 'saved from url' mark at the top")
    if 'charset=UTF-8"' not in raw or '<html lang="en-GB">' not in raw:
        errors.append("roster: no UTF-8 charset or no lang en-GB")
    page = read_page(org / ROSTER)
    rows = page.posts
    if max((d for _, d in page.units), default=0) < 2:
        errors.append("roster: units are not nested")
    core = [r for r in rows if not r[2]]
    consult = [r for r in rows if r[2]]
    if not 18 <= len(core) <= 22:
        errors.append(f"roster: {len(core)} posts (18 to 22)")
    if sorted(r[0] for r in consult) != sorted(gold["consult_only_roles"]) or len(consult) != 2:
        errors.append(f"roster: consulted bodies {[r[0] for r in consult]}")
    for title, remit, is_consult, _ in rows:
        if is_consult and "never leads or owns work" not in remit:
            errors.append(f"roster: consulted body {title} may lead work")
        if not title or not remit:
            errors.append(f"roster: a post without a title or remit: {title!r}")
    titles = [r[0] for r in rows]
    if len(set(titles)) != len(titles):
        errors.append("roster: a post appears twice")
    lines = raw.split("\n")
    for title, _, _, at in rows:
        line = lines[at - 1]
        if f">{title}</strong>" not in line.replace("&#8217;", "\u2019") or "</li>" not in line:
            errors.append(f"roster: {title} is not one line of the page")
    per_file = _file_sentences(org)
    elsewhere = "\n".join(s for f, ss in per_file.items() if f != str(ROSTER) for s in ss)
    pointers = [r for r in rows if r[1].startswith("See the ")]
    if len(pointers) < 2:
        errors.append(f"roster: only {len(pointers)} remits point to another org file")
    for r in pointers:
        if f"the {r[0].lower()} is responsible for" not in elsewhere:
            errors.append(f"roster: {r[0]}'s remit is told in no other org file")
    told_apart = []
    owners = {o for e in gold["remit_owners"] for o in e["owners"]}
    for i, a in enumerate(titles):
        for b in titles[i + 1 :]:
            wa = set(re.findall(r"[a-z]+", a.lower())) - GRADE_WORDS
            wb = set(re.findall(r"[a-z]+", b.lower())) - GRADE_WORDS
            if not wa & wb or a not in owners or b not in owners:
                continue
            if any((a in e["owners"]) != (b in e["owners"]) for e in gold["remit_owners"]):
                told_apart.append((a, b))
    if len(told_apart) < 2:
        errors.append(f"roster: near-namesake pairs told apart by remit_owners: {told_apart}")
    senate = (org / SENATE).read_text(encoding="utf-8")
    for head in ("## Purpose", "## Convener", "## Remit", "## Membership", "## Meetings"):
        if head not in senate:
            errors.append(f"senate working group remit: no {head!r}")
    return errors


# =========================================================================== the deck's form


def _text(el: Any) -> str:
    return " ".join(
        "".join(t.text or "" for t in p.iter(f"{{{A}}}t")) for p in el.iter(f"{{{A}}}p")
    )


def _norm(text: str) -> str:
    return normalize(text)


def _frame(el: Any) -> tuple[float, float, float, float]:
    """(x, y, w, h) in inches of a shape's or a group's own frame."""
    xfrm = el.find("p:spPr/a:xfrm", NS)
    if xfrm is None:
        xfrm = el.find("p:grpSpPr/a:xfrm", NS)
    off, ext = xfrm.find("a:off", NS), xfrm.find("a:ext", NS)
    return (
        int(off.get("x")) / EMU,
        int(off.get("y")) / EMU,
        int(ext.get("cx")) / EMU,
        int(ext.get("cy")) / EMU,
    )


def slide_roots(deck: Path) -> dict[int, Any]:
    z = zipfile.ZipFile(deck)
    names = sorted(
        (n for n in z.namelist() if re.fullmatch(r"ppt/slides/slide\d+\.xml", n)),
        key=lambda n: int(re.findall(r"\d+", n)[0]),
    )
    return {k: etree.fromstring(z.read(n)) for k, n in enumerate(names, start=1)}


def titles(deck: Path) -> dict[int, tuple[str, str]]:
    """Each slide's title and how it is held: "placeholder" (a title or centred-title
    placeholder) or "text box" (the top shape in 28 pt or more)."""
    out: dict[int, tuple[str, str]] = {}
    for k, root in slide_roots(deck).items():
        phs = [
            sp
            for sp in root.iter(f"{{{P}}}sp")
            if sp.find("p:nvSpPr/p:nvPr/p:ph", NS) is not None
            and sp.find("p:nvSpPr/p:nvPr/p:ph", NS).get("type") in {"title", "ctrTitle"}
        ]
        if phs:
            out[k] = (_norm(_text(phs[0])), "placeholder")
            continue
        tops = [
            sp
            for sp in root.iter(f"{{{P}}}sp")
            if _frame(sp)[1] < 1.4
            and any(int(r.get("sz", "0")) >= 2800 for r in sp.iter(f"{{{A}}}rPr"))
        ]
        out[k] = (_norm(_text(tops[0])), "text box") if len(tops) == 1 else ("", "none")
    return out


def _slide(tmap: dict[int, tuple[str, str]], title: str) -> int:
    found = [k for k, (t, _) in tmap.items() if t == title]
    return found[0] if len(found) == 1 else 0


def week0(org: Path) -> dict[tuple[int, str], dt.date]:
    """The Monday of week 0 of each semester, from the Registry's notice."""
    text = " ".join((org / NOTICE).read_text(encoding="utf-8").split())
    out: dict[tuple[int, str], dt.date] = {}
    pat = r"Semester ([12]) (20\d\d/\d\d): [^.]*?week 0\)? from Monday (\d+) (\w+) (20\d\d)"
    for m in re.finditer(pat, text):
        month = list(calendar.month_name).index(m.group(4))
        out[(int(m.group(1)), m.group(2))] = dt.date(int(m.group(5)), month, int(m.group(3)))
    return out


def _year_start(year: str) -> int:
    """Months from September 2029 to the September that opens the academic year "2029/30"."""
    return 12 * (int(year[:4]) - YEAR0)


def period(text: str, end: bool) -> int | None:
    """The start or end month of a named period: "semester 1 2029/30", "summer vacation 2030"."""
    m = re.fullmatch(r"semester ([12]) (20\d\d/\d\d)", text)
    if m:
        base = _year_start(m.group(2)) + (0 if m.group(1) == "1" else 4)
        return base + ((4 if m.group(1) == "1" else 5) if end else 0)
    m = re.fullmatch(r"summer vacation (20\d\d)", text)
    if m:
        return 12 * (int(m.group(1)) - YEAR0 - 1) + (12 if end else 9)
    return None


def week_month(text: str, weeks: dict[tuple[int, str], dt.date]) -> float | None:
    """The month (a fraction, from September 2029) at the end (the Friday) of a named week."""
    m = re.search(r"week (\d+) of semester ([12]) (20\d\d/\d\d)", text)
    if not m or (int(m.group(2)), m.group(3)) not in weeks:
        return None
    day = weeks[(int(m.group(2)), m.group(3))] + dt.timedelta(days=7 * int(m.group(1)) + 4)
    days = calendar.monthrange(day.year, day.month)[1]
    return 12 * (day.year - YEAR0) + day.month - 9 + day.day / days


def deck_form(case: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    deck = case / gold["deck"]
    z = zipfile.ZipFile(deck)
    names = z.namelist()
    if names != sorted(names):
        errors.append("the package's ZIP entries are not in name order")
    app = z.read("docProps/app.xml").decode("utf-8")
    if "<Application>Keynote</Application>" not in app or "<AppVersion>" not in app:
        errors.append("app.xml does not name Keynote and its version")
    pres = etree.fromstring(z.read("ppt/presentation.xml"))
    size = pres.find("p:sldSz", NS)
    if (size.get("cx"), size.get("cy")) != ("12192000", "6858000"):
        errors.append("slide size is not 16:9 at 12192000 x 6858000")
    roots = slide_roots(deck)
    if not 14 <= len(roots) <= 22:
        errors.append(f"{len(roots)} slides (14 to 22)")
    layouts = {
        etree.fromstring(z.read(n)).find("p:cSld", NS).get("name")
        for n in names
        if re.fullmatch(r"ppt/slideLayouts/slideLayout\d+\.xml", n)
    }
    if layouts != LAYOUTS:
        errors.append(f"layouts {sorted(layouts)}")
    for k, root in roots.items():
        raw = etree.tostring(root)
        if b"txBox" in raw:
            errors.append(f"slide {k}: a txBox attribute")
        tree = root.find("p:cSld/p:spTree", NS)
        for c in tree.iter(f"{{{P}}}cNvPr"):
            if c.getparent().getparent() is tree:
                continue  # the slide's shape tree itself, named "" as in every package
            if not re.fullmatch(r"(Text|Shape|Title|Subtitle|Group|Table) \d+", c.get("name")):
                errors.append(f"slide {k}: shape named {c.get('name')!r}")
        for sp in root.iter(f"{{{P}}}sp"):
            bp = sp.find("p:txBody/a:bodyPr", NS)
            if bp is None or any(bp.get(i) is None for i in ("lIns", "tIns", "rIns", "bIns")):
                errors.append(f"slide {k}: a shape's bodyPr without explicit insets")
                break
        if any(p.find("a:pPr", NS) is None for p in root.iter(f"{{{A}}}p")):
            errors.append(f"slide {k}: a paragraph without a:pPr")
        if any(r.get("sz") is None for r in root.iter(f"{{{A}}}rPr")):
            errors.append(f"slide {k}: a run without a size")
    tmap = titles(deck)
    held = [how for _, how in tmap.values()]
    if "none" in held or held.count("placeholder") < 4 or held.count("text box") < 4:
        errors.append(f"titles held as {held}")
    pages = deck_lines(deck)
    weeks = week0(case / "org")
    if len(weeks) != 4:
        errors.append(f"the Registry's notice gives week 0 of {sorted(weeks)}")

    # the clock: defined once, phases undated on the north star and dated on the clock slide
    said = [k for k, ls in pages.items() for x in ls if x == CLOCK_LINE]
    if len(said) != 1:
        errors.append(f"the clock is defined on slides {said} (once)")
    star = _slide(tmap, "where we are heading")
    clock = _slide(tmap, "two academic years, by semester")
    road = _slide(tmap, "the plan on a page")
    gate = _slide(tmap, "what good looks like before we go further")
    asks = _slide(tmap, "what we ask of court today")
    pilot = _slide(tmap, "where we start")
    if not all((star, clock, road, gate, asks, pilot)):
        return errors + ["the north star, clock, roadmap, gates, asks or pilot slide not found"]
    named = [x for x in pages[star] if x.startswith("how we get there:")]
    if len(named) != 1 or re.search(r"20\d\d|semester|summer|week", named[0]):
        errors.append(f"north star: phases not named without dates: {named}")
    elif any(not any(m in named[0] for m in ph["match"]) for ph in gold["phases"]):
        errors.append("north star: a gold phase is not named on the north-star slide")
    prs = Presentation(str(deck))
    clock_rows = [
        [_norm(c.text) for c in row.cells]
        for shape in prs.slides[clock - 1].shapes
        if shape.has_table
        for row in shape.table.rows
    ]
    spans: dict[str, tuple[int | None, int | None]] = {}
    for row in clock_rows[1:]:
        m = re.fullmatch(r"phase \d \u00b7 (.+)", row[0])
        parts = row[1].split(" to ")
        if m:
            spans[m.group(1)] = (period(parts[0], False), period(parts[-1], True))
    for ph in gold["phases"]:
        hit = [s for name, s in spans.items() if name in ph["match"]]
        if hit != [(ph["start_month"], ph["end_month"])]:
            errors.append(f"phase {ph['match']} is {hit} on the clock slide")
    freeze = "nothing student-facing goes live during an exam diet"
    if not any(freeze in x for x in pages[clock]) or not any(
        "exam diets, when nothing student-facing goes live" in x for x in pages[road]
    ):
        errors.append("the exam-diet freeze is not stated on the clock slide and the Gantt")
    steps = [x for x in pages[pilot] if re.match(r"go-live( minus \d+ weeks| \+ \d+ weeks)?:", x)]
    if len(steps) < 3 or not any("minus" in x for x in steps):
        errors.append(f"pilot: steps counted from go-live {steps}")

    # the gates: months from the gates slide; Gate 2's only in its criteria
    gates: dict[str, float] = {}
    gl = pages[gate]
    for line in gl:
        m = re.match(r"(gate \d) \u00b7 [^\u00b7]+ \u00b7 (week .+)$", line)
        if m:
            wm = week_month(m.group(2), weeks)
            if wm is not None:
                gates[m.group(1)] = wm
    g2 = [x for x in gl if x.startswith("gate 2 \u00b7")]
    crit = [x for x in gl if x.startswith("all met by week")]
    if len(g2) != 1 or re.search(r"20\d\d|semester|week", g2[0]) or len(crit) != 1:
        errors.append(f"gates: Gate 2 is not dated in its criteria alone ({g2}, {crit})")
    else:
        wm = week_month(crit[0], weeks)
        if wm is not None:
            gates["gate 2"] = wm
    close = [x for x in gl if x.startswith("close \u00b7 end of the summer vacation")]
    if len(close) == 1:
        m = re.search(r"summer vacation (20\d\d)", close[0])
        if m:
            gates["close"] = float(period(m.group(0), True) or 0)
    horizon = gold["horizon_months"]
    order = [gates.get(g, -1.0) for g in ("gate 1", "gate 2", "gate 3", "close")]
    if order != sorted(order) or order[0] <= 0 or order[-1] != horizon:
        errors.append(f"gates at months {order}, horizon {horizon}")

    errors += _gantt(roots[road], gates, gold)

    # the horizon, said three ways
    ways = {
        "cover": any("2029-2031" in x for x in pages[1]),
        "clock": any("24 months from september 2029 to august 2031" in x for x in pages[clock]),
        "asks": any("closes at the end of the summer vacation 2031" in x for x in pages[asks]),
    }
    if not all(ways.values()) or horizon != period("summer vacation 2031", True):
        errors.append(f"the horizon's statements {ways} and {horizon} months do not agree")

    # the KPI table
    errors += _kpis(prs, gold)
    return errors


def _groups(root: Any) -> list[tuple[str, tuple[float, float, float, float], str]]:
    """Every group of exactly one filled shape and one text label in the same frame: (label,
    frame, the filled shape's geometry)."""
    out = []
    for g in root.iter(f"{{{P}}}grpSp"):
        kids = [c for c in g if c.tag == f"{{{P}}}sp"]
        if len(kids) != 2 or len(g) != 4:
            continue
        filled = [c for c in kids if c.find("p:spPr/a:solidFill", NS) is not None]
        labels = [c for c in kids if _text(c).strip()]
        if len(filled) != 1 or len(labels) != 1:
            continue
        geom = filled[0].find("p:spPr/a:prstGeom", NS).get("prst")
        out.append((_norm(_text(labels[0])), _frame(filled[0]), geom))
    return out


def _gantt(root: Any, gates: dict[str, float], gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    groups = _groups(root)
    years = {t: f for t, f, g in groups if re.fullmatch(r"20\d\d/\d\d", t) and g == "rect"}
    cols = []
    for t, (x, _y, w, _h), g in groups:
        if t in {"sem 1", "sem 2", "summer"} and g == "rect":
            year = [
                yr for yr, f in years.items() if f[0] - 0.01 <= x and x + w <= f[0] + f[2] + 0.01
            ]
            if len(year) != 1:
                errors.append(f"roadmap: column {t!r} is under no one year")
                continue
            name = {"sem 1": "semester 1 ", "sem 2": "semester 2 "}.get(t)
            label = name + year[0] if name else f"summer vacation 20{year[0][-2:]}"
            cols.append((x, x + w, period(label, False), period(label, True)))
    cols.sort()
    if len(cols) != 6 or any(a[1] > b[0] + 0.01 for a, b in zip(cols, cols[1:], strict=False)):
        return errors + [f"roadmap: {len(cols)} semester columns side by side (six)"]

    def month(x: float) -> float | None:
        for x0, x1, m0, m1 in cols:
            if x0 - 0.05 <= x <= x1 + 0.05 and m0 is not None and m1 is not None:
                return m0 + (min(max(x, x0), x1) - x0) / (x1 - x0) * (m1 - m0)
        return None

    bars = [(t, f) for t, f, g in groups if g == "rect" and t.startswith("phase ")]
    if len(bars) != len(gold["phases"]):
        errors.append(f"roadmap: {len(bars)} phase bars")
    for ph in gold["phases"]:
        hit = [f for t, f in bars if any(m in t for m in ph["match"])]
        if len(hit) != 1:
            errors.append(f"roadmap: phase {ph['match']} is not one bar")
            continue
        x, _, w, _ = hit[0]
        m0, m1 = month(x), month(x + w)
        span = (round(m0), round(m1)) if m0 is not None and m1 is not None else None
        if span != (ph["start_month"], ph["end_month"]):
            errors.append(f"roadmap: phase {ph['match']} drawn over months {span}")
    diamonds = {t: f for t, f, g in groups if g == "diamond"}
    for mark, name in (("g1", "gate 1"), ("g2", "gate 2"), ("g3", "gate 3"), ("close", "close")):
        if mark not in diamonds or name not in gates:
            errors.append(f"roadmap: no {mark} diamond or no {name} date")
            continue
        x, _, w, _ = diamonds[mark]
        at = month(x + w / 2)
        if at is None or abs(at - gates[name]) > 0.25:
            errors.append(f"roadmap: {mark} drawn at month {at}, {name} is at {gates[name]:.2f}")
    beyond = [f for t, f, g in groups if t.startswith("2031/32 and beyond")]
    if len(beyond) != 1 or beyond[0][0] < cols[-1][1]:
        errors.append("roadmap: the 2031/32 and beyond box is not right of the grid")
    if sum(1 for t, f, g in groups if g == "rect") < 20:
        errors.append("roadmap: fewer than 20 grouped rectangles with labels")
    return errors


def _kpis(prs: Any, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    kpi_visions = [v for v in gold["visions"] if any(k in v["match"] for k in gold["kpis"])]
    kslides = {v["slide"] for v in kpi_visions}
    if len(kslides) != 1:
        return [f"KPI visions on slides {sorted(kslides)}"]
    kn = kslides.pop()
    rows = [
        [_norm(c.text) for c in row.cells]
        for shape in prs.slides[kn - 1].shapes
        if shape.has_table
        for row in shape.table.rows
    ]
    if not rows or rows[0] != ["measure", "baseline 2028/29", "target", "by when"]:
        return [f"KPI table header {rows[:1]}"]
    for v in kpi_visions:
        hit = [r for r in rows[1:] if v["match"] in r[0]]
        if len(hit) != 1:
            errors.append(f"KPI {v['match']!r} is not one row of the table")
            continue
        _, _, target, when = hit[0]
        dated = re.search(r"semester [12] 20\d\d/\d\d$|summer vacation 20\d\d$", when)
        number = re.fullmatch(r"[\d.,]+%?", target)
        vanity = "downloads" in hit[0][0]
        if v["vague"] == bool(dated and number and not vanity):
            errors.append(f"KPI {v['match']!r}: vague is {v['vague']}, the row says otherwise")
    if len(rows) - 1 != len(kpi_visions):
        errors.append(f"{len(rows) - 1} KPI rows, {len(kpi_visions)} KPI visions")
    return errors


# =========================================================================== the gold's shape


def gold_shape(case: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    org = case / "org"
    deck = case / gold["deck"]
    pages = deck_lines(deck)
    tmap = titles(deck)
    tnames = {k: t for k, (t, _) in tmap.items()}
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
    if sorted(pilot["match"]) != sorted(PILOT_LATER):
        errors.append(f"pilot match {pilot['match']}")

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
    forms = {FORMS.get(tnames.get(a["slide"], ""), "") for a in actions} - {""}
    if len(forms) < 5:
        errors.append(f"deck actions from {len(forms)} forms: {sorted(forms)}")
    headline = [a for a in actions if tnames.get(a["slide"]) in HEADLINES]
    if len(headline) < 3:
        errors.append(f"only {len(headline)} deck actions on slides titled with a headline")
    posts = {r.lower(): r for r, _ in roster(org)}
    days = _slide(tmap, "clearing the runway")
    items = [x for x in pages.get(days, []) if re.match(r"\d\. ", x)]
    leads = [m.group(1) for x in items if (m := re.search(r"\(([^)]+)\)$", x))]
    off = [lead for lead in leads if lead not in posts]
    if len(leads) < 5 or not off:
        errors.append(f"first 90 days: leads {leads}, none spelt unlike the roster")
    for lead in off:
        line = next(x for x in items if x.endswith(f"({lead})"))
        entry = [e for e in gold["remit_owners"] if any(t in line for t in e["task"])]
        if not entry or any(o.lower() == lead for e in entry for o in e["owners"]):
            errors.append(f"first 90 days: ({lead}) has no remit entry naming the roster's post")
        elif not any(
            lead in o.lower() or set(lead.split()) & set(o.lower().split())
            for e in entry
            for o in e["owners"]
        ):
            errors.append(f"first 90 days: ({lead}) is not a variant of its owner's title")

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
        if label != label.lower():
            errors.append(f"label not lower case: {label!r}")

    # visions and owners
    if sum(v["vague"] for v in gold["visions"]) < 2:
        errors.append("fewer than two vague visions")
    if len(gold["remit_owners"]) < 15:
        errors.append(f"{len(gold['remit_owners'])} remit_owners entries (15 or more)")
    tasks = [t for e in gold["remit_owners"] for t in e["task"]]
    for kpi in gold["kpis"]:
        if not any(t in kpi or kpi in t for t in tasks):
            errors.append(f"remit_owners: no entry for the KPI {kpi!r}")
    if gold["needs_sponsor_gap"]:
        errors.append("the org folder names a sponsor: needs_sponsor_gap must be false")

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
    texts = [
        p.read_bytes().decode("utf-8", "ignore").lower() for p in org.rglob("*") if p.is_file()
    ]
    z = zipfile.ZipFile(deck)
    texts += [
        z.read(n).decode("utf-8", "ignore").lower() for n in z.namelist() if n.endswith("xml")
    ]
    for term in gold["forbidden_terms"]:
        if any(term in t for t in texts):
            errors.append(f"forbidden term in a raw org file or the deck's package: {term!r}")

    return errors + gap_block_errors(gold, sentences(org), deck_text)


def extra(case: Path) -> list[str]:
    gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
    return roster_form(case / "org", gold) + deck_form(case, gold) + gold_shape(case, gold)


CASE = Case(
    name=NAME,
    builder="build_university_services.py",
    roster=roster,
    org_sentences=sentences,
    core=frozenset({"core"}),
    consult=frozenset({"consult"}),
    extra=extra,
    folder=HERE,
    split="blind17",
)


def org_dump() -> None:
    org = HERE / NAME / "org"
    print(f"--- roster rows ({ROSTER}):")
    for title, remit, consulted, _ in roster_rows(org):
        print(f"  {title} | {'consult' if consulted else 'core'} | {remit}")
    print("--- org sentences:")
    for s in sentences(org):
        print(f"  | {s}")


if __name__ == "__main__":
    if "--org" in sys.argv and "--dump" not in sys.argv:
        org_dump()
        sys.exit(0)
    sys.exit(run(CASE))
