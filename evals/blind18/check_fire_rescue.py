"""Consistency checks of the blind18 case ``fire-rescue`` against its deck and org folder.

Run from the repository root with the venv the builder needs (reportlab is not in the project's
lock; see ``build_fire_rescue.py``):

    /tmp/rl/bin/python evals/blind18/check_fire_rescue.py
    /tmp/rl/bin/python evals/blind18/check_fire_rescue.py --dump   (deck lines by slide, roster)
    /tmp/rl/bin/python evals/blind18/check_fire_rescue.py --org    (roster rows, org sentences)

It runs under the project's venv too (``.venv/bin/python``, which has PyYAML but no reportlab):
the rebuild then runs the builder with the first interpreter that has reportlab (this one, else
``/tmp/rl/bin/python``), and the roster is also read with PyYAML and compared.

The checks are those of ``evals/dev15/_checks.py`` (adapted from ``evals/dev13/check_gold.py``),
imported, not copied, and pointed at this folder (``evals/blind18``, split "blind18") with
``build_fire_rescue.py`` as the builder, "core" the core tier and "consult" the consult tier:
the gold's fields, every label on its slide or in an org sentence, the roster, owners on it and
core, consult-only roles owning nothing, forbidden terms in neither deck nor org, the rebuild
byte for byte. Deck lines are dev13's (pypdf's text of each page, one line per line,
normalised); gold "slide" is the PDF page, one Beamer frame a page. One departure: the gold
carries ``gap_blocks`` (a field of ``evals/cases/README.md``'s deck-grounded gold that dev13's
field list predates), so the field list the shared checks compare with is that list plus
``gap_blocks``, checked with ``_checks.gap_block_errors``.

What is this case's own:

- the roster, read from ``org/people/structure.yaml``, an org-chart-as-code file, by a small
  reader of the YAML it uses (block mappings by indentation, full-line comments, ``|`` literal
  blocks kept with their line breaks, ``&anchor`` and ``*alias`` on plain scalars); where
  PyYAML is importable the file is also read with ``yaml.safe_load`` and the two readings must
  agree. A post is a mapping under ``directorates.<d>.teams.<t>.posts.<id>``, in file order,
  core tier; a consulted body is a mapping under ``consulted.<id>``, consult tier; the role is
  the ``title``. Org sentences are dev15's reader plus one for ``.yaml``: each post read as
  "<title>: <remit>", the remit's line breaks as spaces;
- checks of the roster's form: the directorates / teams / posts nesting, 18 to 22 entries,
  every post with title, grade, reports_to and a ``|`` remit of two or more lines (the pointer
  remits excepted), titles and ids unique, grades given through aliases of the ``grades``
  anchors but one, every ``reports_to`` a post id of the file or ``fire-authority``; the two
  consulted bodies with ``n/a`` grade and manager and "Never leads or owns work", the gold's
  consult-only roles; two remits that point to a governance document, each told there; at
  least two pairs of near-namesake posts ``remit_owners`` tells apart; the scheme of
  delegation in Markdown with its six parts;
- checks of the deck's form, as pdfTeX writes a Beamer deck: a PDF 1.5 header with pdfTeX's
  binary comment and no "ReportLab" in the file; Producer "pdfTeX-1.40.25", Creator "LaTeX with
  Beamer class", CreationDate and ModDate the fixed date, Trapped and PTEX.Fullbanner; 14 to 22
  pages of 453.5 x 255.1 pt (16:9, 160 x 90 mm); font subsets named CMSS10 and CMSSBX10; the
  title frame with title, subtitle, author, institute and date lines and no head bar; every
  other page a full-width head bar at the top with the frame title (its first deck line, 12
  pt) inside it; the footline's three boxes on every page with "n / N" and N the page count;
  itemize bullets drawn as triangles (paths), none as text, on two levels on three pages or
  more; enumerate numbers as text on three pages; booktabs rules (top and bottom 0.8 pt, mid
  0.5 pt) on the three table pages; the KPI table's header "Measure 2026/27 Target By";
- the clock: "Plan Year 1 is 2028/29" with month 0 = April 2028 and plan year n = months
  12(n-1) to 12n; the phases named without dates on the ambition frame and dated in months on
  the clock frame, each gold phase computed from there (Live from go-live, which Gate C's
  criteria alone date, to the end of Plan Year 4); "go-live + 6 months" and "Live + 12 months"
  inside the Live phase; the roadmap table's header Workstream, PY1-PY4 and "Next CRMP
  (2032+)", its phase row, and "Next CRMP (2032+)" also a frame of its own with no deck action
  on it; the horizon said three ways that agree (the cover's 2028-2032, the clock frame's 31
  March 2032, the asks' end of Plan Year 4); every KPI row's by-when executable (end of a plan
  year or Live + 12 months, inside the horizon) or "-" exactly when the gold calls it vague;
- the gold's own shape: the pilot named with its place and unit on its own slide only,
  neither its place nor "the first group" earlier, and on each later slide of
  ``also_slides``; 2 to 4 scenario segments on the scope slide and none in its "Not in this
  plan" list; 15 to 25 deck actions from at least five forms, three or more on slides titled
  with a headline; first-100-days leads in brackets, some spelt unlike the roster and each
  owned, in ``remit_owners``, by the post it names; keyword traps (the owner whose remit names
  the work, never the post a keyword points to); labels 3 to 8 words; at least two vague
  visions; remit owners covering every KPI, 15 entries or more; 6 to 10 gaps stated in at
  least three org files of three kinds; two or more false-gap groups; 5 to 10 forbidden terms
  in no raw org file.

It never runs the planner.
"""

from __future__ import annotations

import importlib
import importlib.util
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from pypdf.generic import ContentStream

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import evals.dev15._checks as _checks  # noqa: E402
from evals.dev13.check_gold import FIELDS, deck_lines  # noqa: E402
from evals.dev15._checks import Case, gap_block_errors, run  # noqa: E402

HERE = Path(__file__).resolve().parent
NAME = "fire-rescue"
BUILDER = "build_fire_rescue.py"
ROSTER = Path("people") / "structure.yaml"
SCHEME = Path("governance") / "scheme-of-delegation.md"
RL_PYTHON = Path("/tmp/rl/bin/python")
PAGE = (453.54, 255.12)
BAR = 24.0
FOOT = 9.0
PDF_DATE = "D:20280215103000Z"
FONTS = {"CMSS10", "CMSSBX10"}
NEVER = "Never leads or owns work."
GRADE_WORDS = {
    "head",
    "of",
    "manager",
    "director",
    "chief",
    "fire",
    "officer",
    "the",
    "and",
    "station",
}
CLOCK_LINE = "crmp 2028-2032 runs for four plan years from 1 april 2028; plan year 1 is 2028/29."
MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
PILOT_NAMED = "first at the three on-call stations of the brackdale group"
PILOT_LATER = ("brackdale", "the first group")
# the form of the deck's own actions, by the title of the slide they sit on
FORMS = {
    "knocking on the right doors": "pillar initiative",
    "engines with crews on them": "pillar initiative",
    "one call, no paper": "pillar initiative",
    "buildings that keep people safe": "pillar initiative",
    "one set of numbers": "pillar initiative",
    "what good looks like at each gate": "acceptance criteria",
    "proving it where cover is thinnest": "pilot steps",
    "what could knock us off course": "risk mitigations",
    "clearing the ground: our first 100 days": "first 100 days",
    "what changes on monday 3 april 2028": "what changes on monday",
}
HEADLINES = {
    "knocking on the right doors",
    "engines with crews on them",
    "one call, no paper",
    "buildings that keep people safe",
    "one set of numbers",
    "what good looks like at each gate",
    "proving it where cover is thinnest",
    "what could knock us off course",
    "clearing the ground: our first 100 days",
}
# first-100-days leads the roster spells otherwise, and the post each one means
LEADS = {
    "dcfo": "Deputy Chief Fire Officer",
    "prevention manager": "Head of Prevention",
    "control systems lead": "Control Systems Manager",
    "head of performance & data": "Head of Performance and Data",
    "on-call manager": "On-Call Support Manager",
}
# keyword traps: (deck action, the post a keyword points to, the keyword as the deck and that
# post's remit say it, the post whose remit names the work, words of that remit)
TRAPS = [
    (
        "cleanse the gazetteer's address data",
        "Head of Performance and Data",
        "data",
        "Control Systems Manager",
        "the gazetteer and its address data",
    ),
    (
        "train all 34 control operators",
        "Head of Learning and Development",
        "train",
        "Head of Control",
        "training on the mobilising system",
    ),
    (
        "certify 12 more inspecting officers",
        "Head of Learning and Development",
        "certif",
        "Protection Competence and Assurance Manager",
        "level 4 diploma in fire safety",
    ),
    (
        "offer on-call firefighters a banded contract",
        "On-Call Support Manager",
        "on-call",
        "Head of People",
        "on-call contracts included",
    ),
    (
        "recruit 60 on-call firefighters",
        "Head of People",
        "recruit",
        "On-Call Support Manager",
        "on-call recruitment",
    ),
    (
        "recruit four control operators ahead of the beta",
        "Head of Control",
        "control operators",
        "Head of People",
        "control and support staff",
    ),
]

# gap_blocks is a field of the deck-grounded gold that dev13's field list predates
_checks.FIELDS = FIELDS | {"gap_blocks"}  # type: ignore[attr-defined]


# =========================================================================== the YAML roster


def _scalar(raw: str, anchors: dict[str, str]) -> str:
    """A plain scalar, its ``&anchor`` recorded and its ``*alias`` resolved."""
    raw = raw.strip()
    if raw.startswith("*"):
        return anchors[raw[1:]]
    if raw.startswith("&"):
        name, _, value = raw[1:].partition(" ")
        anchors[name] = value.strip()
        return value.strip()
    return raw


def read_yaml(text: str) -> dict[str, Any]:
    """The subset of YAML the structure file uses: block mappings by indentation, full-line
    comments, ``|`` literal blocks (clip chomping), anchors and aliases on plain scalars."""
    anchors: dict[str, str] = {}
    root: dict[str, Any] = {}
    stack: list[tuple[int, dict[str, Any]]] = [(-1, root)]
    lines = text.split("\n")
    k = 0
    while k < len(lines):
        line = lines[k]
        k += 1
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        indent = len(line) - len(line.lstrip(" "))
        key, sep, rest = line.strip().partition(":")
        if not sep:
            raise ValueError(f"not a mapping line: {line!r}")
        while stack[-1][0] >= indent:
            stack.pop()
        parent = stack[-1][1]
        value = rest.strip()
        if value == "|":
            block: list[str] = []
            depth: int | None = None
            while k < len(lines):
                nxt = lines[k]
                width = len(nxt) - len(nxt.lstrip(" "))
                if nxt.strip() and width <= indent:
                    break
                if nxt.strip() and depth is None:
                    depth = width
                block.append(nxt[depth or 0 :] if nxt.strip() else "")
                k += 1
            while block and not block[-1]:
                block.pop()
            parent[key] = "\n".join(block) + "\n"
        elif value:
            parent[key] = _scalar(value, anchors)
        else:
            child: dict[str, Any] = {}
            parent[key] = child
            stack.append((indent, child))
    return root


def _posts(data: dict[str, Any]) -> list[tuple[str, dict[str, Any], str]]:
    """(post id, post, tier) in file order: the posts of every team, then the consulted."""
    out: list[tuple[str, dict[str, Any], str]] = []
    for directorate in data.get("directorates", {}).values():
        for team in directorate.get("teams", {}).values():
            for pid, post in team.get("posts", {}).items():
                out.append((pid, post, "core"))
    for pid, body in data.get("consulted", {}).items():
        out.append((pid, body, "consult"))
    return out


def structure(org: Path) -> dict[str, Any]:
    return read_yaml((org / ROSTER).read_text(encoding="utf-8"))


def roster(org: Path) -> list[tuple[str, str]]:
    return [(post["title"], tier) for _, post, tier in _posts(structure(org))]


def _yaml_parts(path: Path) -> list[str]:
    data = read_yaml(path.read_text(encoding="utf-8"))
    return [f"{p['title']}: {' '.join(p['remit'].split())}" for _, p, _ in _posts(data)]


def sentences(org: Path) -> list[str]:
    return _checks.org_sentences(org, {".yaml": _yaml_parts})


def remits(org: Path) -> dict[str, str]:
    """Each post's remit, lower case; a remit that points to a governance document is that
    document's entry for the post ("- <title>: ..." and its continuation lines)."""
    out: dict[str, str] = {}
    for _, post, _ in _posts(structure(org)):
        remit = " ".join(post["remit"].split())
        m = re.fullmatch(r"Remit: see the (.+), section (\d)\.", remit)
        if m:
            remit = ""
            for doc in sorted((org / "governance").glob("*.md")):
                text = doc.read_text(encoding="utf-8")
                head = text.splitlines()[0].lower()
                if m.group(1).lower().split()[-1] not in head:
                    continue
                sect = re.search(rf"^## {m.group(2)}\. .*?(?=^## |\Z)", text, re.M | re.S)
                entry = re.search(
                    rf"^- {re.escape(post['title'])}: (.*?)(?=^- |^## |\Z)",
                    sect.group(0) if sect else "",
                    re.M | re.S,
                )
                if entry:
                    remit = " ".join(entry.group(1).split())
        out[post["title"]] = remit.lower()
    return out


def roster_form(org: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    text = (org / ROSTER).read_text(encoding="utf-8")
    data = read_yaml(text)
    if importlib.util.find_spec("yaml") is not None:
        loaded = importlib.import_module("yaml").safe_load(text)
        ours = [(pid, {k: str(v) for k, v in p.items()}, t) for pid, p, t in _posts(data)]
        theirs = [(pid, {k: str(v) for k, v in p.items()}, t) for pid, p, t in _posts(loaded)]
        if ours != theirs:
            errors.append("structure: the reader and PyYAML read the posts differently")
    if set(data) != {"version", "as_at", "service", "grades", "directorates", "consulted"}:
        errors.append(f"structure: top-level keys {sorted(data)}")
    entries = _posts(data)
    if not 18 <= len(entries) <= 22:
        errors.append(f"structure: {len(entries)} entries (18 to 22)")
    posts = [(pid, p) for pid, p, tier in entries if tier == "core"]
    bodies = [(pid, p) for pid, p, tier in entries if tier == "consult"]
    ids = [pid for pid, _ in posts]
    titles = [p["title"] for _, p in posts]
    if len(set(ids)) != len(ids) or len(set(titles)) != len(titles):
        errors.append("structure: a post id or title appears twice")
    for directorate in data["directorates"].values():
        if set(directorate) != {"name", "teams"}:
            errors.append(f"structure: a directorate with keys {sorted(directorate)}")
        for team in directorate["teams"].values():
            if set(team) != {"name", "posts"}:
                errors.append(f"structure: a team with keys {sorted(team)}")
    grades = set(data["grades"].values())
    literal = 0
    for pid, p in posts:
        if set(p) != {"title", "grade", "reports_to", "remit"}:
            errors.append(f"structure: {pid} has keys {sorted(p)}")
            continue
        if p["reports_to"] not in ids and p["reports_to"] != "fire-authority":
            errors.append(f"structure: {pid} reports to {p['reports_to']!r}, no post of the file")
        if p["grade"] not in grades:
            literal += 1
        pointer = p["remit"].startswith("Remit: see ")
        if not pointer and p["remit"].count("\n") < 2:
            errors.append(f"structure: {pid}'s remit is not a multi-line block")
    if literal != 1:
        errors.append(f"structure: {literal} grades given without an alias (one)")
    aliased = len(re.findall(r"^ +grade: \*\w+$", text, re.M))
    if aliased != len(posts) - 1:
        errors.append(f"structure: {aliased} grades written as aliases")
    if len(re.findall(r"^ +remit: \|$", text, re.M)) != len(entries):
        errors.append("structure: not every remit is written with '|'")
    if sorted(p["title"] for _, p in bodies) != sorted(gold["consult_only_roles"]):
        errors.append(f"structure: consulted bodies {[p['title'] for _, p in bodies]}")
    for pid, p in bodies:
        if p.get("grade") != "n/a" or p.get("reports_to") != "n/a" or NEVER not in p["remit"]:
            errors.append(f"structure: consulted body {pid} is written like a post")
    told = remits(org)
    pointers = [p["title"] for _, p in posts if p["remit"].startswith("Remit: see ")]
    if len(pointers) < 2:
        errors.append(f"structure: {len(pointers)} remits point to a governance document")
    for title in pointers:
        if len(told.get(title, "")) < 40:
            errors.append(f"structure: {title}'s remit is not told where it points")
    pairs = _checks.namesakes_told_apart(titles, gold, GRADE_WORDS)
    if len(pairs) < 2:
        errors.append(f"structure: near-namesake pairs told apart by remit_owners: {pairs}")
    scheme = (org / SCHEME).read_text(encoding="utf-8")
    for n in range(1, 7):
        if not re.search(rf"^## {n}\. ", scheme, re.M):
            errors.append(f"scheme of delegation: no part {n}")
    return errors


# =========================================================================== the deck's form


class Run:
    """One text run as pypdf's visitor sees it: text, position, font and size."""

    def __init__(self, text: str, x: float, y: float, font: str, size: float) -> None:
        self.text, self.x, self.y, self.font, self.size = text, x, y, font, size


def runs(page: Any) -> list[Run]:
    out: list[Run] = []

    def visit(text: str, cm: list[float], tm: list[float], font: Any, size: float) -> None:
        if text.strip():
            name = str(font.get("/BaseFont", "")) if font else ""
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            out.append(Run(text.strip("\n"), x, y, name.split("+")[-1], float(size)))

    page.extract_text(visitor_text=visit)
    return out


def _ops(reader: PdfReader, page: Any) -> list[tuple[list[Any], bytes]]:
    return list(ContentStream(page.get_contents(), reader).operations)


def _rects(ops: list[tuple[list[Any], bytes]]) -> list[tuple[float, float, float, float]]:
    """Filled rectangles (x, y, w, h)."""
    out = []
    for k in range(len(ops) - 1):
        args, op = ops[k]
        if op == b"re" and ops[k + 1][1] in {b"f", b"f*", b"B"}:
            out.append(tuple(float(a) for a in args))
    return out  # type: ignore[return-value]


def _triangles(ops: list[tuple[list[Any], bytes]]) -> list[float]:
    """The x of every filled triangle path (move, two lines, close, fill)."""
    names = [op for _, op in ops]
    xs = []
    for k in range(len(names) - 4):
        if names[k : k + 4] == [b"m", b"l", b"l", b"h"] and names[k + 4] in {b"f", b"f*"}:
            xs.append(round(float(ops[k][0][0]), 1))
    return xs


def _rules(ops: list[tuple[list[Any], bytes]]) -> list[float]:
    """The width of every stroked line (move, line, stroke) after its ``w``."""
    width = 1.0
    out = []
    for k, (args, op) in enumerate(ops):
        if op == b"w":
            width = float(args[0])
        elif op == b"m" and k + 2 < len(ops) and [o for _, o in ops[k + 1 : k + 3]] == [b"l", b"S"]:
            out.append(width)
    return out


def _title(lines: list[str]) -> str:
    return lines[0] if lines else ""


def deck_form(case: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    path = case / gold["deck"]
    data = path.read_bytes()
    if not data.startswith(b"%PDF-1.5\n%\xd0\xd4\xc5\xd8") or b"ReportLab" in data:
        errors.append("deck: not pdfTeX's 1.5 header, or reportlab's name left in the file")
    reader = PdfReader(str(path))
    meta: dict[str, Any] = dict(reader.metadata or {})
    want = {
        "/Producer": "pdfTeX-1.40.25",
        "/Creator": "LaTeX with Beamer class",
        "/CreationDate": PDF_DATE,
        "/ModDate": PDF_DATE,
        "/Trapped": "/False",
    }
    for key, value in want.items():
        if str(meta.get(key)) != value:
            errors.append(f"deck: {key} is {meta.get(key)!r}")
    if not str(meta.get("/PTEX.Fullbanner", "")).startswith("This is pdfTeX"):
        errors.append("deck: no PTEX.Fullbanner")
    pages = reader.pages
    total = len(pages)
    if not 14 <= total <= 22:
        errors.append(f"deck: {total} pages (14 to 22)")
    lines = deck_lines(path)
    nested = enumerated = 0
    fonts: set[str] = set()
    for n, page in enumerate(pages, start=1):
        w, h = float(page.mediabox.width), float(page.mediabox.height)
        if abs(w - PAGE[0]) > 0.1 or abs(h - PAGE[1]) > 0.1:
            errors.append(f"deck page {n}: {w:.1f} x {h:.1f}, not Beamer's 16:9")
        resources: Any = page["/Resources"]
        for font in resources["/Font"].values():
            fonts.add(str(font.get_object()["/BaseFont"]).split("+")[-1])
        ops = _ops(reader, page)
        rects = _rects(ops)
        rs = runs(page)
        bar = [r for r in rects if r[1] >= h - BAR - 0.5 and r[2] >= w - 0.5]
        foot = [r for r in rects if abs(r[1]) < 0.5 and abs(r[3] - FOOT) < 0.5]
        if len(foot) != 3:
            errors.append(f"deck page {n}: {len(foot)} footline boxes (three)")
        counter = [r.text for r in rs if r.y < FOOT and re.fullmatch(r"\d+ / \d+", r.text)]
        if counter != [f"{n} / {total}"]:
            errors.append(f"deck page {n}: frame counter {counter}")
        if n == 1:
            if bar:
                errors.append("deck: the title frame has a head bar")
            for want_line in (
                "safer marlshire",
                "marlshire fire and rescue service",
                "fire authority, 22 february 2028 · agenda item 7 · for decision",
            ):
                if want_line not in lines[1]:
                    errors.append(f"deck: title frame line missing: {want_line!r}")
            if not any(x.startswith("community risk management plan") for x in lines[1]):
                errors.append("deck: title frame has no subtitle")
            continue
        heads = [r for r in rs if r.y > h - BAR and r.size == 12]
        if len(bar) != 1 or len(heads) != 1 or heads[0].text.lower() != _title(lines[n]):
            errors.append(f"deck page {n}: no head bar holding the frame title")
        if any(r.text.strip() in {"\u25b6", "\u25b8", "\u2022", "\u25cf"} for r in rs):
            errors.append(f"deck page {n}: a bullet glyph set as text")
        if len(set(_triangles(ops))) >= 2:
            nested += 1
        if sum(bool(re.match(r"\d\. ", x)) for x in lines[n]) >= 3:
            enumerated += 1
    if fonts != FONTS:
        errors.append(f"deck: fonts {sorted(fonts)}")
    if nested < 3 or enumerated < 3:
        errors.append(f"deck: nested itemize on {nested} pages, enumerate on {enumerated}")
    kn = _slide(lines, "nine measures the authority will see each quarter")
    rn = _slide(lines, "four plan years on one page")
    xn = _slide(lines, "what could knock us off course")
    for n in (kn, rn, xn):
        widths = _rules(_ops(reader, pages[n - 1]))
        if widths != [0.8, 0.5, 0.8]:
            errors.append(f"deck page {n}: booktabs rules {widths}")
    if "measure 2026/27 target by" not in lines[kn]:
        errors.append("deck: the KPI table's header is not Measure / 2026/27 / Target / By")
    return errors


def _slide(pages: dict[int, list[str]], title: str) -> int:
    hit = [n for n, lines in pages.items() if _title(lines) == title]
    return hit[0] if len(hit) == 1 else 0


# =========================================================================== the clock


def _month(mon: str, year: str) -> int:
    """Months from April 2028 (month 0) to the start of the named month."""
    return (int(year) - 2028) * 12 + MONTHS.index(mon) - 3


def clock_form(case: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    pages = deck_lines(case / gold["deck"])
    horizon = gold["horizon_months"]
    clock = pages.get(_slide(pages, "the clock we plan on"), [])
    star = pages.get(_slide(pages, "our ambition for 2032"), [])
    gates = pages.get(_slide(pages, "what good looks like at each gate"), [])
    road = pages.get(_slide(pages, "four plan years on one page"), [])
    kpi = pages.get(_slide(pages, "nine measures the authority will see each quarter"), [])
    if CLOCK_LINE not in clock:
        errors.append("clock: the plan-year line is not on the clock frame")

    # Gate C: no date in its heading, dated by its last criterion alone
    heading = [x for x in gates if x.startswith("gate c")]
    crit = [
        m for x in gates if (m := re.fullmatch(r"all three met by the end of plan year (\d)", x))
    ]
    if heading != ["gate c · go-live"] or len(crit) != 1:
        errors.append(f"gates: Gate C not dated by its criteria alone ({heading}, {len(crit)})")
        return errors
    go_live = 12 * int(crit[0].group(1))

    # phases: named without dates on the ambition frame, dated on the clock frame
    named = [x for x in star if "discovery, then alpha, then beta, then live" in x]
    if len(named) != 1 or re.search(r"20\d\d|py\d|plan year", named[0]):
        errors.append(f"ambition: phases not named once without dates: {named}")
    spans: dict[str, tuple[int, int]] = {}
    for x in clock:
        m = re.fullmatch(r"(\w+): (\w{3}) (?:(\d{4}) )?- (\w{3}) (\d{4})(?:,.*)?", x)
        if m:
            start = _month(m.group(2), m.group(3) or m.group(5))
            spans[m.group(1)] = (start, _month(m.group(4), m.group(5)) + 1)
        m = re.fullmatch(r"(\w+): from go-live to the end of plan year (\d)", x)
        if m:
            spans[m.group(1)] = (go_live, 12 * int(m.group(2)))
    for ph in gold["phases"]:
        hit = [s for name, s in spans.items() if name in ph["match"]]
        if hit != [(ph["start_month"], ph["end_month"])]:
            errors.append(f"phase {ph['match']} is {hit} on the clock frame")
    live = [p for p in gold["phases"] if "live" in p["match"]]
    after = [x for x in gates if x == "after gate c: mobis 6 switched off at go-live + 6 months."]
    if not live or len(after) != 1 or not live[0]["start_month"] + 6 < live[0]["end_month"]:
        errors.append("gates: 'go-live + 6 months' is not inside the Live phase")

    # the roadmap table and what lies beyond the horizon
    head = "workstream py1 2028/29 py2 2029/30 py3 2030/31 py4 2031/32 next crmp (2032+)"
    if head not in road:
        errors.append("roadmap: no header Workstream, PY1-PY4, Next CRMP (2032+)")
    if "phase discovery, alpha beta live live not in this plan" not in road:
        errors.append("roadmap: the phase row does not run Discovery, Alpha, Beta, Live by year")
    beyond = _slide(pages, "next crmp (2032+): beyond this plan")
    if not beyond or any(a["slide"] == beyond for a in gold["deck_actions"]):
        errors.append("no 'Next CRMP (2032+)' frame, or a deck action on it")

    # the horizon, said three ways
    ways = {
        "cover": any("2028-2032" in x for x in pages[1]),
        "clock": any("the plan ends on 31 march 2032" in x for x in clock),
        "asks": any("by the end of plan year 4" in x for x in pages[len(pages)]),
    }
    if not all(ways.values()) or horizon != 48 or gold["phases"][-1]["end_month"] != horizon:
        errors.append(f"the horizon's statements {ways} and {horizon} months do not agree")

    # the KPI rows' by-when
    kpis = [v for v in gold["visions"] if v["match"] in gold["kpis"]]
    for v in kpis:
        row = [x for x in kpi if x.startswith(v["match"])]
        if len(row) != 1:
            errors.append(f"KPI {v['match']!r} is on {len(row)} table rows")
            continue
        m = re.search(r"(end of py(\d)|live \+ (\d+) months|-)$", row[0])
        due = None
        if m and m.group(2):
            due = 12 * int(m.group(2))
        elif m and m.group(3):
            due = go_live + int(m.group(3))
        if (due is None) != v["vague"] or (due is not None and not 0 < due <= horizon):
            errors.append(f"KPI {v['match']!r}: by-when {row[0]!r}, vague {v['vague']}")
    return errors


# =========================================================================== the gold's shape


def _file_sentences(org: Path) -> dict[str, list[str]]:
    """Each org file's sentences, read as the shared reader reads it."""
    out: dict[str, list[str]] = {}
    for path in sorted(p for p in org.rglob("*") if p.is_file()):
        with tempfile.TemporaryDirectory() as tmp:
            copy = Path(tmp) / path.name
            copy.write_bytes(path.read_bytes())
            out[str(path.relative_to(org))] = sentences(Path(tmp))
    return out


def gold_shape(case: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    org = case / "org"
    pages = deck_lines(case / gold["deck"])
    titles = {k: _title(lines) for k, lines in pages.items()}
    deck_text = [x for lines in pages.values() for x in lines]

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
        errors.append(f"the place or 'the first group' on slides {later}; also {pilot}")

    # scenarios and what is not in scope
    segs = gold["scenario_segments"]
    if not 2 <= len(segs) <= 4:
        errors.append(f"{len(segs)} scenario segments (2 to 4)")
    scope = pages[_slide(pages, "four moments this plan is built around")]
    for seg in segs:
        if not all(any(a in x for x in scope) for a in seg):
            errors.append(f"scenario segment not on the scope slide: {seg}")
    if "not in this plan" not in scope:
        errors.append("no 'Not in this plan' list on the scope slide")
    else:
        out = scope[scope.index("not in this plan") + 1 : -1]
        if len(out) < 4:
            errors.append("fewer than four groups in the 'Not in this plan' list")
        for seg in segs:
            for a in seg:
                if any(a in x for x in out):
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
        errors.append(f"only {len(headline)} deck actions on slides titled with a headline")
    posts = {r.lower(): r for r, _ in roster(org)}
    days = pages.get(_slide(pages, "clearing the ground: our first 100 days"), [])
    items = [x for x in days if re.search(r"\([^)]+\)$", x)]
    leads = [m.group(1) for x in items if (m := re.search(r"\(([^)]+)\)$", x))]
    off = [lead for lead in leads if lead not in posts]
    if len(leads) < 5 or len(off) < 2 or any(lead not in LEADS for lead in off):
        errors.append(f"first 100 days: leads {leads}, spelt unlike the roster {off}")
    for lead in leads:
        post = posts.get(lead) or LEADS.get(lead, "")
        line = next(x for x in items if x.endswith(f"({lead})"))
        entry = [e for e in gold["remit_owners"] if any(t in line for t in e["task"])]
        if not entry or not any(post in e["owners"] for e in entry):
            errors.append(f"first 100 days: ({lead}) has no remit entry naming {post!r}")

    # keyword traps: the owner whose remit names the work, never the keyword's post
    remit = remits(org)
    for task, wrong, keyword, right, says in TRAPS:
        if not any(task in a for e in actions for a in e["match"]):
            errors.append(f"trap {task!r} is no deck action")
        line = next((x for x in deck_text if task in x), task)
        entry = [e for e in gold["remit_owners"] if any(t in line for t in e["task"])]
        if not entry or any(wrong in e["owners"] or right not in e["owners"] for e in entry):
            errors.append(f"trap {task!r}: owners {[e['owners'] for e in entry]}")
        if keyword not in remit.get(wrong, "") or says not in remit.get(right, ""):
            errors.append(f"trap {task!r}: the remits do not say what the trap needs")
        if keyword not in line:
            errors.append(f"trap {task!r}: the keyword {keyword!r} is not in the deck's words")

    # labels short and robust: 3 to 8 words
    labels: list[str] = [v["match"] for v in gold["visions"]]
    labels += [a for v in gold["visions"] for a in v.get("alternatives", [])]
    labels += gold["optional_visions"] + gold["not_visions"] + gold["not_actions"]
    labels += [a for e in actions for a in e["match"]] + [a for g in gold["gaps"] for a in g]
    labels += gold["kpis"] + [a for seg in gold["scenario_segments"] for a in seg]
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
    kinds = {Path(f).parts[0] for f in holders}
    if len(holders) < 3 or len(kinds) < 3 or len({Path(f).suffix for f in holders}) < 3:
        errors.append(f"gaps stated in {sorted(holders)} (three files of different kinds)")
    if len(gold["false_gaps"]) < 2:
        errors.append("fewer than two false-gap groups")
    if not 5 <= len(gold["forbidden_terms"]) <= 10:
        errors.append(f"{len(gold['forbidden_terms'])} forbidden terms (5 to 10)")
    texts = [p.read_text(encoding="utf-8").lower() for p in org.rglob("*") if p.is_file()]
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
        + gold_shape(case, gold)
    )


# =========================================================================== rebuild


def _builder_python() -> str:
    """This interpreter if it has reportlab, else the ``/tmp/rl`` venv's."""
    if importlib.util.find_spec("reportlab") is not None or not RL_PYTHON.exists():
        return sys.executable
    return str(RL_PYTHON)


def check_rebuild(spec: Case) -> list[str]:
    """``_checks.check_rebuild`` with the builder run by an interpreter that has reportlab."""
    errors: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([_builder_python(), str(spec.folder / spec.builder), tmp], check=True)
        out = Path(tmp) / spec.name
        names = sorted(p.name for p in Path(tmp).iterdir())
        if names != [spec.name]:
            errors.append(f"builder wrote outside {spec.name}: {names}")
        built = _checks._case_files(out)
        ours = _checks._case_files(spec.folder / spec.name)
        if built != ours:
            errors.append(f"rebuild files differ: {sorted(map(str, built ^ ours))}")
        for rel in sorted(built & ours):
            if (out / rel).read_bytes() != (spec.folder / spec.name / rel).read_bytes():
                errors.append(f"rebuild differs: {rel}")
    return errors


_checks.check_rebuild = check_rebuild  # _checks.main calls it by its module-level name


CASE = Case(
    name=NAME,
    builder=BUILDER,
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
    print(f"--- roster rows ({ROSTER}): id | title | tier | grade | reports_to | remit")
    for pid, post, tier in _posts(structure(org)):
        remit = " ".join(post["remit"].split())
        print(
            f"  {pid} | {post['title']} | {tier} | {post['grade']} | {post['reports_to']} | {remit}"
        )
    print("--- org sentences:")
    for s in sentences(org):
        print(f"  | {s}")


if __name__ == "__main__":
    if "--org" in sys.argv and "--dump" not in sys.argv:
        org_dump()
        sys.exit(0)
    sys.exit(run(CASE))
