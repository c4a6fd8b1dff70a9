"""Consistency checks of the blind19 case ``national-park`` against its deck and org folder.

Run from the repository root with the project's venv (python-pptx and lxml):

    .venv/bin/python evals/blind19/check_national_park.py

(``--dump`` prints the deck lines the gold was read from, slide by slide, and the roster;
``--org`` prints the roster rows and the org sentences; ``--dump --org`` prints both.)

The checks are the shared ones of ``evals/dev15/_checks.py`` (adapted from
``evals/dev13/check_gold.py``), imported, not copied, pointed at this folder
(``evals/blind19``, split "blind19") with ``build_national_park.py`` as the builder, which
they run into a temporary folder and compare byte for byte with the committed files. The deck
is read with dev13's ``deck_lines`` (a line per paragraph of every shape in XML order, table
cells row by row, then the speaker notes). What is this case's own:

- the roster, read from ``org/people/whos-who.html``, an intranet page saved as HTML: the
  standard library's ``html.parser`` gathers each ``<h2>`` and the rows of the ``<table>``
  under it (Post / Team / Reports to / Responsible for); each row is a post, "consult" for the
  rows under the heading of the bodies the Authority consults and "core" for every team's
  posts (the page has no tiers: any Authority post may own work);
- org sentences: ``_checks.org_sentences`` with an HTML reader added (headings, paragraphs and
  each table row's cells joined by spaces, entities decoded);
- the page's form: a navigation bar, one ``<h1>``, a heading per team with ONE table under
  each, 18 to 22 posts, the two consulted rows, posts whose one title joins two remits with
  "and", remits that point to the customer service charter extract and are found in the
  section they name, entities as the editor saves them;
- the deck's form as Google Slides exports it (no ``docProps``, 9144000 x 5143500 EMU, the
  "Simple Light" theme, Google's layout names with TITLE_AND_BODY and BLANK both used, every
  shape "Google Shape;<id>;<page id>", ``txBox="1"`` on placeholders and many free text boxes,
  explicit insets, a notes page for every slide with speaker notes on four to six slides that
  are not on the slide, slides pasted in from other decks), its swimlane roadmap (three
  plan-year boxes, phase boxes in five service lanes, no date in the diagram, a "Later
  (2031+)" column outside the axis, the gate's diamonds and legend), its clock (the horizon
  stated several ways, the months per service on their own slide, the gate dated only in the
  acceptance criteria, the overlap explained) and its pilot, scope list and action forms;
- the gold's own spread: 15 to 25 deck actions in five or more forms, three or more on slides
  with headline titles, 15 or more remit owners, near-namesakes told apart, the bracketed
  title the roster spells otherwise, the line giving one piece of work to two posts whose
  titles share their last words, 6 to 10 gaps across org files of different kinds, false
  gaps, forbidden terms, scenarios, vague goals, gap_blocks.

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
NAME = "national-park"
PAGE = Path("people") / "whos-who.html"
CHARTER = Path("people") / "customer-service-charter-extract.md"
HEAD = ["Post", "Team", "Reports to", "Responsible for"]
CONSULTED = "Bodies the Authority consults"
NOT_A_POST = "Not an Authority post"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
P = "http://schemas.openxmlformats.org/presentationml/2006/main"
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
AXIS = ["year 1 2028/29", "year 2 2029/30", "year 3 2030/31"]
PROGRAMME = ["year 1: learn", "year 2: build out", "year 3: retire the old"]
PHASE_NAMES = {"discovery", "alpha", "private beta", "public beta", "live"}
SERVICES = [
    "parking and permits",
    "my thornmere account",
    "report a path problem",
    "volunteer rota",
    "track a planning application",
]
LATER = "later (2031+)"
MONTH = re.compile(
    r"\b(january|february|march|april|may|june|july|august|september|october|november|"
    r"december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b|\b20\d\d\b(?!/)"
)
FOOTER = "thornmere national park authority \u00b7 paths to the park"
PILOT_FULL = "visitors to the wrenthwaite valley car parks"
PLACE = "wrenthwaite"
HEADLINE_TITLES = {
    "fit for the fell: what 'ready' means",
    "what could blow us off the fell",
    "lacing the boots: the first 90 days",
    "what changes on monday",
}
# the forms of the deck's own actions, by the title of the slide they sit on
ACTION_FORMS = {
    "pillar 1 \u00b7 pay and plan before you set off": "pillar initiatives",
    "pillar 2 \u00b7 planning in the open": "pillar initiatives",
    "pillar 3 \u00b7 caring for the paths together": "pillar initiatives",
    "pillar 4 \u00b7 fewer lines, better answers": "pillar initiatives",
    "the first site: one valley, one account": "pilot steps",
    "fit for the fell: what 'ready' means": "acceptance criteria",
    "what could blow us off the fell": "risk mitigations",
    "lacing the boots: the first 90 days": "first 90 days",
    "what changes on monday": "what changes on monday",
}
GRADE = {"head", "of", "and", "the", "manager", "director", "officer", "leader", "team"}
GRADE |= {"chair", "secretary", "branch", "chief", "executive", "services"}
BRACKETED = "(volunteer manager)"
BRACKET_POST = "Volunteer Development Manager"
TWO_POSTS = "(the head of visitor services and the head of ranger services)"
BOTH = {"Head of Visitor Services", "Head of Ranger Services"}
CONSULT_ONLY = ["Local Access Forum Chair", "UNISON Branch Secretary"]


# =========================================================================== the HTML page


class _Page(HTMLParser):
    """Headings, paragraphs and table rows of a saved intranet page; each row tagged with the
    ``<h2>`` it sits under, and the tables counted under each heading."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self.rows: list[tuple[str, list[str]]] = []
        self.tables: dict[str, int] = {}
        self.h1 = 0
        self.navs: list[str] = []
        self.section = ""
        self._text: list[str] | None = None
        self._tag = ""
        self._row: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "nav":
            self.navs.append(dict(attrs).get("class") or "")
        elif tag == "table":
            self.tables[self.section] = self.tables.get(self.section, 0) + 1
        elif tag == "tr":
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
                self.h1 += tag == "h1"
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
        errors.append("page: no doctype, or no entities as the intranet editor saves them")
    if "topnav" not in page.navs:
        errors.append("page: no navigation bar")
    if page.h1 != 1:
        errors.append(f"page: {page.h1} h1 headings")
    sections = [b for b in page.blocks if b in page.tables]
    if len(sections) < 5 or any(page.tables[s] != 1 for s in sections):
        errors.append(f"page: not one table under each of five or more headings {page.tables}")
    if CONSULTED not in sections:
        errors.append("page: no section for the bodies the Authority consults")
    if sum(cells == HEAD for _, cells in page.rows) != len(sections):
        errors.append("page: a table without the header Post / Team / Reports to / Responsible for")
    rows = roster_rows(org)
    if not 18 <= len(rows) <= 22:
        errors.append(f"page: {len(rows)} posts (18 to 22)")
    if any(len(c) != 4 or not all(c) for _, c in rows):
        errors.append("page: a row without four filled cells")
    posts = [c[0] for _, c in rows]
    if len(set(posts)) != len(posts):
        errors.append("page: a post appears twice")
    consult = sorted(p for p, t in roster(org) if t == "consult")
    if consult != CONSULT_ONLY or sorted(gold["consult_only_roles"]) != CONSULT_ONLY:
        errors.append(f"page: consulted rows {consult}")
    for sec, c in rows:
        if (sec == CONSULTED) != (c[2] == NOT_A_POST):
            errors.append(f"page: {c[0]} reports to {c[2]!r}")
    joined = [p for p, t in roster(org) if t == "core" and " and " in p and "," not in p]
    if len(joined) < 2:
        errors.append(f"page: fewer than two posts whose one title joins two remits: {joined}")
    charter = (org / CHARTER).read_text(encoding="utf-8")
    pointers = [c for _, c in rows if "see the customer service charter, section" in c[3]]
    if len(pointers) < 2:
        errors.append("page: fewer than two remits kept in the customer service charter")
    for c in pointers:
        found = re.search(r"section (\d+)", c[3])
        num = found.group(1) if found else "x"
        head = re.search(rf"^## {num}\. .*$", charter, re.M)
        text = charter[head.end() :].split("\n## ")[0] if head else ""
        if c[0] not in re.sub(r"\s+", " ", text):
            errors.append(f"page: {c[0]}'s remit is not in charter section {num}")
    if not any("they lead no authority work" in b.lower() for b in page.blocks):
        errors.append("page: no note that the consulted bodies lead no work")
    return errors


# =========================================================================== the deck's form


def _text(el: Any) -> str:
    return normalize(
        " ".join("".join(t.text or "" for t in p.iter(f"{{{A}}}t")) for p in el.iter(f"{{{A}}}p"))
    )


def _title(root: Any) -> str:
    """A slide's title: its title placeholder, else the free 22 pt box where it would sit."""
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
        errors.append("package: docProps or printer settings (Google exports neither)")
    if names != sorted(names) or {i.date_time for i in infos} != {(1980, 1, 1, 0, 0, 0)}:
        errors.append("package: entries not sorted or not at one fixed time")
    pres = etree.fromstring(z.read("ppt/presentation.xml"))
    size = pres.find("p:sldSz", NS)
    if size is None or (size.get("cx"), size.get("cy")) != ("9144000", "5143500"):
        errors.append("slide size is not Google's 16:9 (9144000 x 5143500)")
    if b'name="Simple Light"' not in z.read("ppt/theme/theme1.xml"):
        errors.append("theme is not called Simple Light")
    layout_names: dict[str, str] = {}
    for n in names:
        if re.fullmatch(r"ppt/slideLayouts/slideLayout\d+\.xml", n):
            csld = etree.fromstring(z.read(n)).find("p:cSld", NS)
            layout_names[n.rsplit("/", 1)[1]] = csld.get("name", "") if csld is not None else ""
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
        root = etree.fromstring(z.read(name))
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
            cnv = sp.find("p:nvSpPr/p:cNvSpPr", NS)
            tx = cnv.get("txBox") if cnv is not None else None
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
        said = [
            normalize("".join(t.text or "" for t in para.iter(f"{{{A}}}t")))
            for sp in nroot.iter(f"{{{P}}}sp")
            if (ph := sp.find("p:nvSpPr/p:nvPr/p:ph", NS)) is not None and ph.get("type") == "body"
            for para in sp.iter(f"{{{A}}}p")
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
    if sum(pid.startswith("g") for pid in page_ids) < 3:
        errors.append("fewer than three slides pasted in from another deck")
    if used.get("TITLE_AND_BODY", 0) < 8 or used.get("BLANK", 0) < 4:
        errors.append(f"slides per layout {used}")
    if free_boxes < 80:
        errors.append(f"{free_boxes} free text boxes (80 or more)")
    if not 4 <= with_notes <= 6:
        errors.append(f"speaker notes on {with_notes} slides (4 to 6)")
    errors += roadmap_form(pages, roots)
    errors += clock_form(pages, titles, gold)
    errors += gold_form(case, pages, titles, gold)
    return errors


def _shapes(root: Any) -> list[tuple[Any, str, list[str]]]:
    out = []
    for sp in root.iter(f"{{{P}}}sp"):
        geom = sp.find("p:spPr/a:prstGeom", NS)
        paras = [
            normalize("".join(t.text or "" for t in para.iter(f"{{{A}}}t")))
            for para in sp.iter(f"{{{A}}}p")
        ]
        out.append((sp, geom.get("prst", "") if geom is not None else "", [x for x in paras if x]))
    return out


def _span(sp: Any) -> tuple[int, int]:
    off = sp.find("p:spPr/a:xfrm/a:off", NS)
    ext = sp.find("p:spPr/a:xfrm/a:ext", NS)
    return int(off.get("x")), int(off.get("x")) + int(ext.get("cx"))


def roadmap_form(pages: dict[int, list[str]], roots: dict[int, Any]) -> list[str]:
    errors: list[str] = []
    road = [n for n, lines in pages.items() if all(a in lines for a in AXIS)]
    if len(road) != 1:
        return [f"roadmap: plan-year axis on slides {road}"]
    rn = road[0]
    shapes = _shapes(roots[rn])
    axis = [(sp, t) for sp, g, t in shapes if t and t[0] in AXIS]
    if [t[0] for _, t in axis] != AXIS:
        return ["roadmap: the axis is not three boxes, Year 1 to Year 3 in order"]
    boxes = [(sp, t) for sp, g, t in shapes if g == "roundRect" and t and t[0] in PHASE_NAMES]
    if len(boxes) < 25:
        errors.append(f"roadmap: {len(boxes)} phase boxes (25 or more)")
    lanes = [
        t[0]
        for sp, g, t in shapes
        if t and any(t[0] == s or t[0].startswith(s + " (") for s in SERVICES)
    ]
    if len(lanes) != len(SERVICES):
        errors.append(f"roadmap: service lanes {lanes}")
    lines = [x for sp, g, t in shapes for x in t]
    dated = [
        x for x in lines if x not in AXIS and not x.startswith((LATER, FOOTER)) and MONTH.search(x)
    ]
    if dated:
        errors.append(
            f"roadmap: a date in the diagram (its dates belong on their own slide): {dated}"
        )
    end3 = _span(axis[-1][0])[1]
    later = [sp for sp, g, t in shapes if t and t[0] == LATER]
    outside = [t for sp, t in boxes if _span(sp)[0] > end3]
    if len(later) != 1 or _span(later[0])[0] <= end3 or len(outside) < 2:
        errors.append("roadmap: no Later (2031+) column with phase boxes beyond Year 3")
    inside = [sp for sp, t in boxes if _span(sp)[0] <= end3]
    if any(_span(sp)[1] > end3 + 45720 for sp in inside):
        errors.append("roadmap: a service's phase box runs past Year 3")
    starts: dict[str, list[int]] = {}
    for sp, t in [(sp, t) for sp, t in boxes if _span(sp)[0] <= end3]:
        starts.setdefault(t[0], []).append(_span(sp)[0])
    if any(len(starts.get(ph, [])) != len(SERVICES) for ph in PHASE_NAMES):
        errors.append(
            f"roadmap: phase boxes per phase { ({k: len(v) for k, v in starts.items()}) }"
        )
    diamonds = [sp for sp, g, t in shapes if g == "diamond"]
    if len(diamonds) != len(starts.get("public beta", [])) + 1:
        errors.append(f"roadmap: {len(diamonds)} diamonds for the public betas and the legend")
    gate = [x for x in lines if x.startswith("gate: ")]
    if gate != ["gate: pass a service assessment before public beta"]:
        errors.append(f"roadmap: the gate legend {gate}")
    if [x for x in pages[rn] if x in PROGRAMME] != PROGRAMME:
        errors.append("roadmap: the programme phases are not captioned under the plan years")
    return errors


def clock_form(
    pages: dict[int, list[str]], titles: dict[int, str], gold: dict[str, Any]
) -> list[str]:
    errors: list[str] = []
    every = [x for lines in pages.values() for x in lines]
    for said in [
        "digital services plan 2028-2031",
        "this plan covers 2028 to 2031: three plan years from 1 april 2028.",
        "by 31 march 2031, the end of 2030/31",
        "year 3 2030/31",
    ]:
        if not any(said in x for x in every):
            errors.append(f"clock: the horizon is not also stated as {said!r}")
    if gold["horizon_months"] != 36:
        errors.append("clock: three plan years from April 2028 are 36 months")
    got = [(ph["match"][0], ph["start_month"], ph["end_month"]) for ph in gold["phases"]]
    if got != [(PROGRAMME[0], 0, 12), (PROGRAMME[1], 12, 24), (PROGRAMME[2], 24, 36)]:
        errors.append(f"clock: phases {got}")
    if any(LATER in m or "2031+" in m for ph in gold["phases"] for m in ph["match"]):
        errors.append("clock: the Later column is taken as a phase")
    dates = [n for n, t in titles.items() if t == "service by service: the months"]
    if len(dates) != 1:
        return errors + ["clock: no slide of service dates"]
    dn = dates[0]
    for service in SERVICES:
        line = [x for x in pages[dn] if x.startswith(service + ":")]
        if (
            len(line) != 1
            or not all(ph in line[0] for ph in PHASE_NAMES)
            or not MONTH.search(line[0])
        ):
            errors.append(f"clock: {service} not dated month by month on slide {dn}")
    if any("service assessment" in x for x in pages[dn]):
        errors.append("clock: the gate is dated on the service dates slide")
    if not any("overlap" in x for x in pages[dn]) or not any(
        "side by side" in x for x in pages[dn]
    ):
        errors.append("clock: the overlap of two phases is not explained")
    ready = [n for n, t in titles.items() if t == "fit for the fell: what 'ready' means"]
    gated = {
        n
        for n, lines in pages.items()
        for x in lines
        if "service assessment" in x and MONTH.search(x)
    }
    if len(ready) != 1 or gated != set(ready):
        errors.append(f"clock: the gate is dated on slides {sorted(gated)}, acceptance on {ready}")
    return errors


def gold_form(  # noqa: C901
    case: Path, pages: dict[int, list[str]], titles: dict[int, str], gold: dict[str, Any]
) -> list[str]:
    errors: list[str] = []
    pilot = gold["pilot"]
    full = [n for n, lines in pages.items() if any(PILOT_FULL in x for x in lines)]
    if full != [pilot["slide"]] or pilot["match"] != [PLACE]:
        errors.append(f"pilot: named in full on slides {full}")
    early = [n for n, ls in pages.items() if n < pilot["slide"] and any(PLACE in x for x in ls)]
    if early:
        errors.append(f"pilot: the place named before the pilot slide, on {early}")
    if len(pilot["also_slides"]) < 3 or any(
        any(PILOT_FULL in x for x in pages[n]) for n in pilot["also_slides"]
    ):
        errors.append("pilot: later slides should name the place alone")
    later = [n for n, ls in pages.items() if n > pilot["slide"] and any(PLACE in x for x in ls)]
    if sorted(pilot["also_slides"]) != later:
        errors.append(f"pilot: also_slides {pilot['also_slides']}, the place is on {later}")
    scope = [n for n, lines in pages.items() if "not in scope of this plan" in lines]
    if len(scope) != 1 or len([x for x in pages[scope[0]] if "permits" in x or "visits" in x]) < 2:
        errors.append("scope: no 'not in scope' list of groups the plan is not about")
    segments = gold["scenario_segments"]
    who = [n for n, t in titles.items() if t == "who we are building for first"]
    if not 2 <= len(segments) <= 4 or len(who) != 1:
        errors.append(f"scenarios: {len(segments)} segments, designing slide {who}")
    else:
        for seg in segments:
            if not any(alt in x for alt in seg for x in pages[who[0]]):
                errors.append(f"scenarios: {seg} not on slide {who[0]}")
    actions = gold["deck_actions"]
    if not 15 <= len(actions) <= 25:
        errors.append(f"{len(actions)} deck actions (15 to 25)")
    forms = {ACTION_FORMS.get(titles.get(a["slide"], ""), "") for a in actions} - {""}
    if len(forms) < 5:
        errors.append(f"deck actions in {len(forms)} forms: {sorted(forms)}")
    headline = [a for a in actions if titles.get(a["slide"]) in HEADLINE_TITLES]
    if len(headline) < 3:
        errors.append(f"{len(headline)} deck actions on slides with headline titles")
    for title in HEADLINE_TITLES | set(ACTION_FORMS):
        if title not in titles.values():
            errors.append(f"no slide titled {title!r}")
    posts = gold["roster"]
    owners = gold["remit_owners"]
    if len(owners) < 15:
        errors.append(f"{len(owners)} remit owners (15 or more)")
    pairs = namesakes_told_apart(posts, gold, GRADE)
    if len(pairs) < 2:
        errors.append(f"near-namesakes told apart by remit: {pairs}")
    bracket = [x for lines in pages.values() for x in lines if BRACKETED in x]
    if len(bracket) != 1 or BRACKETED.strip("()") in {p.lower() for p in posts}:
        errors.append(f"no bracketed owner the roster spells otherwise {BRACKETED}")
    elif not any(
        any(t in bracket[0] for t in e["task"]) and e["owners"] == [BRACKET_POST] for e in owners
    ):
        errors.append(f"the {BRACKETED} line has no remit entry owned by {BRACKET_POST}")
    two = [x for lines in pages.values() for x in lines if TWO_POSTS in x]
    if len(two) != 1 or not any(
        any(t in two[0] for t in e["task"]) and set(e["owners"]) >= BOTH for e in owners
    ):
        errors.append("no line giving one piece of work to two posts that share their last words")
    gaps = gold["gaps"]
    if not 6 <= len(gaps) <= 10:
        errors.append(f"{len(gaps)} gaps (6 to 10)")
    per_file = sentences_by_file(case / "org", sentences)
    files = {f for f, ss in per_file.items() for gap in gaps for alt in gap for s in ss if alt in s}
    if len(files) < 3 or len({Path(f).suffix for f in files}) < 3:
        errors.append(f"gaps stated in {sorted(files)} (three files or more, three kinds)")
    if len(gold["false_gaps"]) < 2:
        errors.append("fewer than two false-gap groups")
    if not 5 <= len(gold["forbidden_terms"]) <= 10:
        errors.append(f"{len(gold['forbidden_terms'])} forbidden terms (5 to 10)")
    if sorted(gold["consult_only_roles"]) != CONSULT_ONLY:
        errors.append(f"consult-only roles {gold['consult_only_roles']}")
    vague = [v for v in gold["visions"] if v["vague"]]
    if len(vague) < 2 or len(vague) * 2 >= len(gold["visions"]):
        errors.append(f"{len(vague)} vague of {len(gold['visions'])} visions")
    kpi_slides = {v["slide"] for v in gold["visions"] if v["match"] in gold["kpis"]}
    if len(kpi_slides) != 1 or len(gold["kpis"]) < 6:
        errors.append(f"KPIs on slides {sorted(kpi_slides)}")
    else:
        table = pages[kpi_slides.pop()]
        head = ["measure", "baseline 2026/27", "target", "by when"]
        if table[1:5] != head:
            errors.append("KPI table: no Measure / Baseline / Target / By when header")
        for kpi in gold["kpis"]:
            at = [i for i, x in enumerate(table) if x == kpi]
            if len(at) != 1 or at[0] + 3 >= len(table):
                errors.append(f"KPI {kpi!r} is not a row's first cell")
    for trap in [
        "a neighbouring park authority already takes 70%",
        "in 2019 the authority resolved to take half",
        "all within the \u00a31.6m of capital",
    ]:
        if not any(trap in x for x in gold["not_visions"]):
            errors.append(f"a line that looks like a goal is not a not-vision: {trap!r}")
    return errors


def extra(case: Path) -> list[str]:
    gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
    deck_text = [x for lines in deck_lines(case / gold["deck"]).values() for x in lines]
    blocks = _checks.gap_block_errors(gold, sentences(case / "org"), deck_text)
    return roster_form(case / "org", gold) + deck_form(case, gold) + blocks


CASE = Case(
    name=NAME,
    builder="build_national_park.py",
    roster=roster,
    org_sentences=sentences,
    core=frozenset({"core"}),
    consult=frozenset({"consult"}),
    extra=extra,
    folder=HERE,
    split="blind19",
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
