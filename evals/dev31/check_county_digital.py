"""Consistency checks of the dev31 case ``county-digital`` against its deck and org folder.

Run from the repository root with the project's venv (python-pptx and lxml):

    .venv/bin/python evals/dev31/check_county_digital.py

(``--dump`` prints the deck lines the gold was read from, slide by slide, and the roster;
``--org`` prints the org sentences and the roster rows; ``--dump --org`` both.)

The checks are those of ``evals/dev15/_checks.py`` (adapted from ``evals/dev13/check_gold.py``),
imported, not copied, and pointed at this folder (``evals/dev31``, split "dev31") with
``build_county_digital.py`` as the builder, which the shared checks run into a temporary
folder and compare byte for byte. The deck is read with dev13's ``deck_lines`` (one line per
paragraph of every shape in XML order, table cells row by row, then the speaker notes). What
is this case's own:

- the roster, read from ``org/people/whos-who.html``, an intranet page saved as HTML: the
  standard library's ``html.parser`` collects each ``<h2>`` and the rows of the ``<table>``
  under it (Post / Service / Reports to / Responsible for); every post is a row; the tier is
  "consult" for the rows under the heading of the union and forums the council consults and
  "core" for every directorate's posts (the page has no tiers: any council post may own work);
- org sentences: ``_checks.org_sentences`` with an HTML reader added (headings, paragraphs
  and each table row's cells joined by spaces, entities decoded);
- checks of the page's form (a navigation bar, one ``<h1>``, a heading per directorate each
  followed by ONE table with the four headers, 18 to 22 posts, two consulted rows, posts whose
  one title joins two remits with "and", remits that point to the customer access strategy
  extract and the sections it holds, entities in the saved HTML);
- checks of the deck's form as Google Slides exports it (no ``docProps``, 9144000 x 5143500,
  Google's layout names with TITLE_AND_BODY and BLANK used, every shape "Google Shape;<id>;<page
  id>", ``txBox="1"`` on text boxes and placeholders, explicit insets, a notes page for every
  slide with speaker notes on four to six that are not on the slide), of its swimlane roadmap
  (three plan-year boxes, phase boxes in five service lanes, no date in the diagram, a
  "Later (2030+)" lane outside the axis, the gate's diamonds), of its clock (the horizon
  stated three ways, the service dates on their own slide, the gate dated only in acceptance
  criteria, the overlap explained), its pilot, its scope list and its deck actions' forms;
- checks of the gold's own spread: remit owners, near-namesakes told apart, the bracketed
  title the roster spells otherwise, the line that names two posts sharing their last words,
  the gaps across org files of different kinds, false gaps, forbidden terms, scenarios.

It never runs the planner.
"""

from __future__ import annotations

import json
import re
import sys
import zipfile
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from lxml import etree

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import evals.dev15._checks as _checks  # noqa: E402
from evals.dev13.check_gold import FIELDS, deck_lines, normalize  # noqa: E402
from evals.dev15._checks import Case, namesakes_told_apart, sentences_by_file  # noqa: E402

# gap_blocks is a field of the deck-grounded gold that dev13's field list predates
_checks.FIELDS = FIELDS | {"gap_blocks"}

HERE = Path(__file__).resolve().parent
NAME = "county-digital"
PAGE = Path("people") / "whos-who.html"
ACCESS = Path("people") / "customer-access-strategy-2024-extract.md"
HEAD = ["Post", "Service", "Reports to", "Responsible for"]
CONSULTED = "Recognised union and forums we consult"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
P = "http://schemas.openxmlformats.org/presentationml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS = {"a": A, "p": P}
GOOGLE_LAYOUTS = {
    "TITLE",
    "SECTION_HEADER",
    "TITLE_AND_BODY",
    "TITLE_AND_TWO_COLUMNS",
    "TITLE_ONLY",
    "ONE_COLUMN_TEXT",
    "MAIN_POINT",
    "SECTION_TITLE_AND_DESCRIPTION",
    "CAPTION_ONLY",
    "BIG_NUMBER",
    "BLANK",
}
SHAPE_NAME = re.compile(r"Google Shape;(\d+);(p\d+|g[0-9a-f]{12}_0_\d+)")
NOTES_NAME = re.compile(r"Google Shape;(\d+);(p\d+|g[0-9a-f]{12}_0_\d+):notes")
AXIS = ["year 1 2027/28", "year 2 2028/29", "year 3 2029/30"]
PHASE_NAMES = {"discovery", "alpha", "private beta", "public beta", "live"}
SERVICES = ["blue badge", "school transport", "report a highway defect", "financial assessment"]
ACCOUNT = "my wendmoor"
MONTH = re.compile(
    r"\b(january|february|march|april|may|june|july|august|september|october|november|"
    r"december|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)\b|\b20\d\d\b(?!/)"
)
LATER = "later (2030+)"
METAPHOR_TITLES = {"what good looks like", "clearing the runway", "what changes on monday"}
ACTION_FORMS = {
    7: "pillar",
    8: "pillar",
    9: "pillar",
    10: "pillar",
    12: "pilot steps",
    15: "acceptance criteria",
    16: "risk mitigations",
    17: "first 90 days",
    18: "what changes on monday",
}
GRADE = {"head", "of", "and", "the", "manager", "director", "assistant", "lead", "chair"}
GRADE |= {"secretary", "branch", "chief", "executive", "new", "programme"}


# =========================================================================== the HTML page


class _Page(HTMLParser):
    """Headings, paragraphs and table rows of a saved intranet page, each row tagged with the
    ``<h2>`` it sits under; ``tables`` counts the tables under each heading."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self.rows: list[tuple[str, list[str]]] = []
        self.tables: dict[str, int] = {}
        self.h1 = 0
        self.nav = 0
        self.section = ""
        self._text: list[str] | None = None
        self._tag = ""
        self._row: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "nav":
            self.nav += 1
        if tag == "table":
            self.tables[self.section] = self.tables.get(self.section, 0) + 1
        if tag == "tr":
            self._row = []
        if tag in {"h1", "h2", "p", "td", "th"}:
            self._text, self._tag = [], tag

    def handle_endtag(self, tag: str) -> None:
        if tag == self._tag and self._text is not None:
            text = re.sub(r"\s+", " ", "".join(self._text)).strip()
            if tag in {"td", "th"} and self._row is not None:
                self._row.append(text)
            else:
                self.blocks.append(text)
                if tag == "h1":
                    self.h1 += 1
                if tag == "h2":
                    self.section = text
            self._text, self._tag = None, ""
        if tag == "tr" and self._row is not None:
            self.rows.append((self.section, self._row))
            self._row = None

    def handle_data(self, data: str) -> None:
        if self._text is not None:
            self._text.append(data)


def _page(path: Path) -> _Page:
    parser = _Page()
    parser.feed(path.read_text(encoding="utf-8"))
    parser.close()
    return parser


def html_parts(path: Path) -> list[str]:
    page = _page(path)
    return page.blocks + [" ".join(cells) for _, cells in page.rows if cells != HEAD]


def roster_rows(org: Path) -> list[tuple[str, list[str]]]:
    path = org / PAGE
    if not path.is_file():
        return []
    return [(sec, cells) for sec, cells in _page(path).rows if cells != HEAD]


def roster(org: Path) -> list[tuple[str, str]]:
    return [(c[0], "consult" if sec == CONSULTED else "core") for sec, c in roster_rows(org)]


def sentences(org: Path) -> list[str]:
    return _checks.org_sentences(org, {".html": html_parts})


def roster_form(org: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    raw = (org / PAGE).read_text(encoding="utf-8")
    page = _page(org / PAGE)
    if not raw.startswith("<!DOCTYPE html>") or "&#39;" not in raw or "&middot;" not in raw:
        errors.append("page: no doctype or no entities as the intranet editor saves them")
    if page.nav < 1 or '<nav class="topnav"' not in raw:
        errors.append("page: no navigation bar")
    if page.h1 != 1:
        errors.append(f"page: {page.h1} h1 headings")
    headers = [c for _, c in page.rows if c == HEAD]
    sections = [b for b in page.blocks if b in page.tables]
    if len(sections) < 5 or any(page.tables[s] != 1 for s in sections):
        errors.append(f"page: not one table under each of five or more headings {page.tables}")
    if len(headers) != len(sections):
        errors.append("page: a table without the header Post / Service / Reports to / Responsible")
    rows = roster_rows(org)
    if not 18 <= len(rows) <= 22:
        errors.append(f"page: {len(rows)} posts (18 to 22)")
    if any(len(c) != 4 or not all(c) for _, c in rows):
        errors.append("page: a row without four filled cells")
    posts = [c[0] for _, c in rows]
    if len(set(posts)) != len(posts):
        errors.append("page: a post appears twice")
    consult = [p for p, t in roster(org) if t == "consult"]
    if sorted(consult) != sorted(gold["consult_only_roles"]) or len(consult) != 2:
        errors.append(f"page: consulted rows {consult}")
    for sec, c in rows:
        if (sec == CONSULTED) != (c[2] == "Not a council post"):
            errors.append(f"page: {c[0]} reports to {c[2]!r}")
    joined = [p for p, t in roster(org) if t == "core" and " and " in p and "," not in p]
    if len(joined) < 2:
        errors.append(f"page: fewer than two posts whose one title joins two remits: {joined}")
    access = (org / ACCESS).read_text(encoding="utf-8")
    pointers = [c for _, c in rows if "See the customer access strategy, section" in c[3]]
    if len(pointers) < 2:
        errors.append("page: fewer than two remits kept in the customer access strategy")
    for c in pointers:
        section = re.search(r"section (\d+)", c[3])
        head = re.search(rf"^## {section.group(1) if section else 'x'}\. .*$", access, re.M)
        if not head or c[0] not in access[head.end() :].split("\n## ")[0]:
            errors.append(f"page: {c[0]}'s remit is not in the section it points to")
    if not any("lead no council work" in b for b in page.blocks):
        errors.append("page: no note that the consulted bodies lead no work")
    return errors


# =========================================================================== the deck's form


def _text(el: Any) -> str:
    return normalize(
        " ".join("".join(t.text or "" for t in p.iter(f"{{{A}}}t")) for p in el.iter(f"{{{A}}}p"))
    )


def _title(root: Any) -> str:
    for sp in root.iter(f"{{{P}}}sp"):
        ph = sp.find("p:nvSpPr/p:nvPr/p:ph", NS)
        if ph is not None and ph.get("type") in {"title", "ctrTitle"}:
            return _text(sp)
    for sp in root.iter(f"{{{P}}}sp"):
        if any(r.get("sz") == "2200" for r in sp.iter(f"{{{A}}}rPr")):
            return _text(sp)
    return ""


def deck_form(case: Path, gold: dict[str, Any]) -> list[str]:  # noqa: C901
    errors: list[str] = []
    deck = case / gold["deck"]
    z = zipfile.ZipFile(deck)
    infos = z.infolist()
    names = [i.filename for i in infos]
    if any(n.startswith(("docProps/", "ppt/printerSettings/")) for n in names):
        errors.append("package: docProps or printer settings present (Google exports neither)")
    if names != sorted(names) or {i.date_time for i in infos} != {(1980, 1, 1, 0, 0, 0)}:
        errors.append("package: entries not sorted or not at one fixed time")
    pres = etree.fromstring(z.read("ppt/presentation.xml"))
    size = pres.find("p:sldSz", NS)
    if size is None or (size.get("cx"), size.get("cy")) != ("9144000", "5143500"):
        errors.append("slide size is not Google's 16:9 (9144000 x 5143500)")
    if b'name="Simple Light"' not in z.read("ppt/theme/theme1.xml"):
        errors.append("theme is not called Simple Light")
    layout_names = {}
    for n in names:
        if re.fullmatch(r"ppt/slideLayouts/slideLayout\d+\.xml", n):
            layout_names[n.rsplit("/", 1)[1]] = (
                etree.fromstring(z.read(n)).find("p:cSld", NS).get("name")
            )
    if not set(layout_names.values()) <= GOOGLE_LAYOUTS:
        errors.append(f"layouts not named as Google names them: {sorted(layout_names.values())}")
    slides = sorted(
        (n for n in names if re.fullmatch(r"ppt/slides/slide\d+\.xml", n)),
        key=lambda n: int(re.findall(r"\d+", n)[0]),
    )
    if not 14 <= len(slides) <= 22:
        errors.append(f"{len(slides)} slides (14 to 22)")
    pages = deck_lines(deck)
    used: dict[str, int] = {}
    page_ids: list[str] = []
    titles: dict[int, str] = {}
    roots: dict[int, Any] = {}
    free_boxes = with_notes = 0
    for k, name in enumerate(slides, start=1):
        raw = z.read(name)
        root = etree.fromstring(raw)
        roots[k] = root
        titles[k] = _title(root)
        rels = z.read(name.replace("slides/", "slides/_rels/") + ".rels").decode("utf-8")
        layout = re.search(r'Target="\.\./slideLayouts/(slideLayout\d+\.xml)"', rels)
        lname = layout_names.get(layout.group(1), "") if layout else ""
        used[lname] = used.get(lname, 0) + 1
        ids = set()
        for el in root.iterfind(".//p:spTree/*/*/p:cNvPr", NS):
            m = SHAPE_NAME.fullmatch(el.get("name", ""))
            if not m or m.group(1) != el.get("id"):
                errors.append(f"slide {k}: shape named {el.get('name')!r}")
                continue
            ids.add(m.group(2))
        if len(ids) != 1:
            errors.append(f"slide {k}: page ids {sorted(ids)}")
            continue
        page_id = ids.pop()
        page_ids.append(page_id)
        for sp in root.iter(f"{{{P}}}sp"):
            ph = sp.find("p:nvSpPr/p:nvPr/p:ph", NS)
            tx = sp.find("p:nvSpPr/p:cNvSpPr", NS).get("txBox")
            if ph is not None and tx != "1":
                errors.append(f"slide {k}: a placeholder without txBox")
            if ph is None and tx == "1":
                free_boxes += 1
        for bp in root.iter(f"{{{A}}}bodyPr"):
            if bp.getparent().getparent().tag == f"{{{A}}}tc":
                continue
            if any(bp.get(i) is None for i in ("lIns", "tIns", "rIns", "bIns", "spcFirstLastPara")):
                errors.append(f"slide {k}: a bodyPr without Google's explicit insets")
                break
        note = re.search(r'Target="\.\./notesSlides/(notesSlide\d+\.xml)"', rels)
        if not note:
            errors.append(f"slide {k}: no notes page (Google exports one for every slide)")
            continue
        nroot = etree.fromstring(z.read("ppt/notesSlides/" + note.group(1)))
        for el in nroot.iterfind(".//p:spTree/*/*/p:cNvPr", NS):
            m = NOTES_NAME.fullmatch(el.get("name", ""))
            if not m or m.group(2) != page_id:
                errors.append(f"slide {k}: notes shape named {el.get('name')!r}")
        body = [
            sp
            for sp in nroot.iter(f"{{{P}}}sp")
            if (ph := sp.find("p:nvSpPr/p:nvPr/p:ph", NS)) is not None and ph.get("type") == "body"
        ]
        said = [
            normalize("".join(t.text or "" for t in p.iter(f"{{{A}}}t")))
            for sp in body
            for p in sp.iter(f"{{{A}}}p")
        ]
        said = [s for s in said if s]
        if said:
            with_notes += 1
            on_slide = pages[k][: len(pages[k]) - len(said)]
            for s in said:
                if any(s in x or (len(x) > 24 and x in s) for x in on_slide):
                    errors.append(f"slide {k}: a note is also on the slide: {s!r}")
    if len(set(page_ids)) != len(page_ids):
        errors.append("page ids repeat across slides")
    if sum(p.startswith("g") for p in page_ids) < 3:
        errors.append("fewer than three slides pasted in from another deck")
    if used.get("TITLE_AND_BODY", 0) < 8 or used.get("BLANK", 0) < 5:
        errors.append(f"slides per layout {used}")
    if free_boxes < 80:
        errors.append(f"{free_boxes} free text boxes (80 or more)")
    if not 4 <= with_notes <= 6:
        errors.append(f"speaker notes on {with_notes} slides (4 to 6)")
    errors += roadmap_form(pages, roots, titles)
    errors += clock_form(pages, titles, gold)
    errors += gold_form(case, pages, titles, gold)
    return errors


def _shape_texts(root: Any) -> list[tuple[Any, str, list[str]]]:
    out = []
    for sp in root.iter(f"{{{P}}}sp"):
        geom = sp.find("p:spPr/a:prstGeom", NS)
        paras = [
            normalize("".join(t.text or "" for t in p.iter(f"{{{A}}}t")))
            for p in sp.iter(f"{{{A}}}p")
        ]
        out.append((sp, geom.get("prst") if geom is not None else "", [x for x in paras if x]))
    return out


def _x(sp: Any) -> tuple[int, int]:
    off = sp.find("p:spPr/a:xfrm/a:off", NS)
    ext = sp.find("p:spPr/a:xfrm/a:ext", NS)
    return int(off.get("x")), int(off.get("x")) + int(ext.get("cx"))


def roadmap_form(
    pages: dict[int, list[str]], roots: dict[int, Any], titles: dict[int, str]
) -> list[str]:
    errors: list[str] = []
    road = [n for n, lines in pages.items() if all(a in lines for a in AXIS)]
    if len(road) != 1:
        return [f"roadmap: plan-year axis on slides {road}"]
    rn = road[0]
    shapes = _shape_texts(roots[rn])
    axis = [(sp, t) for sp, g, t in shapes if t and t[0] in AXIS]
    if [t[0] for _, t in axis] != AXIS:
        errors.append("roadmap: the axis is not three boxes, Year 1 to Year 3 in order")
    boxes = [(sp, t) for sp, g, t in shapes if g == "roundRect"]
    phase_boxes = [t for _, t in boxes if t and t[0] in PHASE_NAMES]
    if len(phase_boxes) < 25:
        errors.append(f"roadmap: {len(phase_boxes)} phase boxes (25 or more)")
    lanes = [
        t[0] for sp, g, t in shapes if t and any(t[0].startswith(s) for s in SERVICES + [ACCOUNT])
    ]
    if len(lanes) < 5:
        errors.append(f"roadmap: service lanes {lanes}")
    slide_lines = [x for sp, g, t in shapes for x in t]
    dated = [x for x in slide_lines if x not in AXIS + [LATER] and MONTH.search(x)]
    if dated:
        errors.append(
            f"roadmap: a date in the diagram (its dates belong on their own slide): {dated}"
        )
    later = [sp for sp, g, t in shapes if t and t[0] == LATER]
    end_of_year3 = _x(axis[-1][0])[1] if axis else 0
    outside = [t for sp, t in boxes if _x(sp)[0] > end_of_year3]
    if len(later) != 1 or len(outside) < 2 or any(t[-1] not in PHASE_NAMES for t in outside):
        errors.append("roadmap: no Later (2030+) lane with phase boxes beyond Year 3")
    inside = [sp for sp, t in boxes if _x(sp)[0] <= end_of_year3]
    if any(_x(sp)[1] > end_of_year3 + 45720 for sp in inside):
        errors.append("roadmap: a service's phase box runs past Year 3")
    diamonds = [sp for sp, g, t in shapes if g == "diamond"]
    publics = [t for t in phase_boxes if t[0] == "public beta"]
    if len(diamonds) != len(publics) + 1:
        errors.append(f"roadmap: {len(diamonds)} diamonds for {len(publics)} public betas")
    gate = [x for x in slide_lines if x.startswith("gate: ")]
    if len(gate) != 1 or "service assessment" not in gate[0] or MONTH.search(gate[0]):
        errors.append(f"roadmap: the gate legend {gate}")
    phases = [x for x in pages[rn] if re.fullmatch(r"year \d: .+", x)]
    if phases != ["year 1: prove", "year 2: scale", "year 3: switch off the old"]:
        errors.append(f"roadmap: programme phases {phases}")
    return errors


def clock_form(
    pages: dict[int, list[str]], titles: dict[int, str], gold: dict[str, Any]
) -> list[str]:
    errors: list[str] = []
    every = [x for lines in pages.values() for x in lines]
    for said in [
        "digital and customer strategy, 2027 to 2030",
        "this strategy covers 2027 to 2030: three plan years from 1 april 2027.",
        "by the end of march 2030",
        "over the three plan years",
    ]:
        if not any(said in x for x in every):
            errors.append(f"clock: the horizon is not also stated as {said!r}")
    if gold["horizon_months"] != 36:
        errors.append("clock: three plan years from April 2027 are 36 months")
    expected = [
        ("year 1: prove", 0, 12),
        ("year 2: scale", 12, 24),
        ("year 3: switch off the old", 24, 36),
    ]
    got = [(ph["match"][0], ph["start_month"], ph["end_month"]) for ph in gold["phases"]]
    if got != expected:
        errors.append(f"clock: phases {got}")
    dates = [n for n, t in titles.items() if t == "service by service: the dates"]
    if len(dates) != 1:
        return errors + ["clock: no slide of service dates"]
    dn = dates[0]
    for service in [
        "blue badge",
        "school transport",
        "report a highway defect",
        "financial assessment",
        "my wendmoor",
    ]:
        line = [x for x in pages[dn] if x.startswith(service + ":")]
        if len(line) != 1 or "discovery" not in line[0] or not re.search(r"\b20\d\d\b", line[0]):
            errors.append(f"clock: {service} not dated in months on slide {dn}")
    if not any("overlap" in x for x in pages[dn]) or not any(
        "side by side" in x for x in pages[dn]
    ):
        errors.append("clock: the overlap of two phases is not explained")
    good = [n for n, t in titles.items() if t == "what good looks like"]
    gated = {
        n
        for n, lines in pages.items()
        for x in lines
        if "service assessment" in x and MONTH.search(x)
    }
    if len(good) != 1 or gated != set(good):
        errors.append(f"clock: the gate is dated on slides {sorted(gated)}, acceptance on {good}")
    return errors


def gold_form(
    case: Path, pages: dict[int, list[str]], titles: dict[int, str], gold: dict[str, Any]
) -> list[str]:  # noqa: C901
    errors: list[str] = []
    pilot = gold["pilot"]
    full = [
        n for n, lines in pages.items() if any("residents of haverlow district" in x for x in lines)
    ]
    if full != [pilot["slide"]]:
        errors.append(f"pilot: named in full on slides {full}")
    early = [
        n
        for n, lines in pages.items()
        if n < pilot["slide"] and any("haverlow" in x for x in lines)
    ]
    if early:
        errors.append(f"pilot: Haverlow named before the pilot slide, on {early}")
    if len(pilot["also_slides"]) < 3 or any(
        any("haverlow district" in x for x in pages[n]) for n in pilot["also_slides"]
    ):
        errors.append("pilot: later slides should name the place alone")
    scope = [n for n, lines in pages.items() if "not in scope" in lines]
    if (
        len(scope) != 1
        or len([x for x in pages[scope[0]] if "district councils" in x or "care providers" in x])
        < 2
    ):
        errors.append("scope: no 'not in scope' list of distractor groups")
    segments = gold["scenario_segments"]
    who = [n for n, t in titles.items() if t == "who we are designing for first"]
    if not 2 <= len(segments) <= 4 or len(who) != 1:
        errors.append(f"scenarios: {len(segments)} segments, designing slide {who}")
    else:
        for seg in segments:
            if not any(alt in x for alt in seg for x in pages[who[0]]):
                errors.append(f"scenarios: {seg} not on slide {who[0]}")
    actions = gold["deck_actions"]
    if not 15 <= len(actions) <= 25:
        errors.append(f"{len(actions)} deck actions (15 to 25)")
    forms = {ACTION_FORMS.get(a["slide"], "other") for a in actions} - {"other"}
    if len(forms) < 5:
        errors.append(f"deck actions in {len(forms)} forms: {sorted(forms)}")
    metaphor = [a for a in actions if titles.get(a["slide"]) in METAPHOR_TITLES]
    if len(metaphor) < 3:
        errors.append(f"{len(metaphor)} deck actions on slides with headline titles")
    for title in METAPHOR_TITLES:
        if title not in titles.values():
            errors.append(f"no slide titled {title!r}")
    posts = gold["roster"]
    owners = gold["remit_owners"]
    if len(owners) < 15:
        errors.append(f"{len(owners)} remit owners (15 or more)")
    pairs = namesakes_told_apart(posts, gold, GRADE)
    if len(pairs) < 2:
        errors.append(f"near-namesakes told apart by remit: {pairs}")
    bracket = [x for lines in pages.values() for x in lines if "(head of it)" in x]
    if len(bracket) != 1 or "Head of IT" in posts or "Head of ICT" not in posts:
        errors.append("no bracketed owner the roster spells otherwise ((Head of IT) / Head of ICT)")
    elif not any(
        any(t in bracket[0] for t in e["task"]) and "Head of ICT" in e["owners"] for e in owners
    ):
        errors.append("the (Head of IT) line has no remit entry owned by the Head of ICT")
    two = "(the head of customer services and the head of digital services)"
    line = [x for lines in pages.values() for x in lines if two in x]
    both = {"Head of Customer Services", "Head of Digital Services"}
    if len(line) != 1 or not any(
        any(t in line[0] for t in e["task"]) and both <= set(e["owners"]) for e in owners
    ):
        errors.append("no line giving one piece of work to two posts that share their last words")
    gaps = gold["gaps"]
    if not 6 <= len(gaps) <= 12:
        errors.append(f"{len(gaps)} gaps (6 to 12)")
    per_file = sentences_by_file(case / "org", sentences)
    files = {f for f, ss in per_file.items() for gap in gaps for alt in gap for s in ss if alt in s}
    if len(files) < 3 or len({Path(f).suffix for f in files}) < 2:
        errors.append(f"gaps stated in {sorted(files)} (three files or more, two forms)")
    if len(gold["false_gaps"]) < 2:
        errors.append("fewer than two false-gap groups")
    if not 5 <= len(gold["forbidden_terms"]) <= 10:
        errors.append(f"{len(gold['forbidden_terms'])} forbidden terms (5 to 10)")
    if sorted(gold["consult_only_roles"]) != [
        "Branch Secretary, UNISON Wendmoor County Branch",
        "Chair, Wendmoor Disability Access Forum",
    ]:
        errors.append(f"consult-only roles {gold['consult_only_roles']}")
    vague = [v for v in gold["visions"] if v["vague"]]
    if len(vague) < 2 or len(vague) * 2 >= len(gold["visions"]):
        errors.append(f"{len(vague)} vague of {len(gold['visions'])} visions")
    return errors


def extra(case: Path) -> list[str]:
    gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
    deck_text = [x for lines in deck_lines(case / gold["deck"]).values() for x in lines]
    blocks = _checks.gap_block_errors(gold, sentences(case / "org"), deck_text)
    return roster_form(case / "org", gold) + deck_form(case, gold) + blocks


CASE = Case(
    name=NAME,
    builder="build_county_digital.py",
    roster=roster,
    org_sentences=sentences,
    core=frozenset({"core"}),
    consult=frozenset({"consult"}),
    extra=extra,
    folder=HERE,
    split="dev31",
)


def print_org() -> None:
    org = HERE / NAME / "org"
    print(f"##### {NAME}: roster rows ({PAGE})")
    for sec, cells in roster_rows(org):
        print(f"  [{sec}] " + " | ".join(cells))
    print("##### org sentences")
    for s in sentences(org):
        print(f"  | {s}")


if __name__ == "__main__":
    if "--org" in sys.argv and "--dump" not in sys.argv:
        print_org()
        sys.exit(0)
    sys.exit(_checks.run(CASE))
