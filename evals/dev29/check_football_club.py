"""Consistency checks of the dev29 case ``football-club`` against its deck and org folder.

Run from the repository root with the venv the builder needs (reportlab is not in the project's
lock; see ``build_football_club.py``), since the rebuild check runs the builder with the
interpreter that runs this file:

    /tmp/rl/bin/python evals/dev29/check_football_club.py
    /tmp/rl/bin/python evals/dev29/check_football_club.py --dump   (deck lines by page, roster)
    /tmp/rl/bin/python evals/dev29/check_football_club.py --org    (roster rows, org sentences)

The checks are those of ``evals/dev15/_checks.py`` (adapted from ``evals/dev13/check_gold.py``),
imported, not copied, and pointed at this folder (``evals/dev29``, split "dev29") with
``build_football_club.py`` as the builder, "core" the core tier and "consult" the consult tier.
Deck lines are dev13's: pypdf's text of each PDF page, one line per line, normalised; gold
"slide" is the PDF page (the deck has no page numbers). The gold carries ``gap_blocks`` (a field
of ``evals/cases/README.md``'s deck-grounded gold that dev13's field list predates), so the
field list the shared checks compare with is that list plus ``gap_blocks``, checked with
``_checks.gap_block_errors``.

What is this case's own:

- the roster, read with the standard library from ``org/people/club-staff.ods`` (a LibreOffice
  Calc spreadsheet): ``content.xml``'s sheet "Posts", each cell's ``text:p`` paragraphs joined
  by a space and ``text:s`` read as spaces, ``table:number-columns-repeated`` expanded; every row
  under the header Department / Post / Reports to / Remit down to the first row without a post
  is a post; the department, written only on the first post of a group, is carried down; a post
  whose "Reports to" is "Not line-managed: consulted only" is consult tier, every other core.
  The sheet "Volunteer roles" holds no post;
- org sentences: ``_checks.org_sentences`` with a reader for ``.ods`` (each non-empty row of
  both sheets, its cells joined by spaces, as ``_checks`` reads a TSV);
- checks of the roster's form: ``mimetype`` the first entry, stored, naming an ODF spreadsheet;
  a manifest naming it; ``meta.xml`` with a LibreOffice generator; the two sheets in order; a
  title row and an empty row above the header; 18 to 22 posts, none twice; departments carried
  down (written on the first post of a group only); at least two remits of two paragraphs; a
  ``text:s``; every "Reports to" a post or one of three outside bodies; the two consult rows are
  the gold's consult-only roles, in the department of consulted bodies; a remit sends the reader
  to the Safety and Licensing Charter, which is in ``org/``; no volunteer role is a post;
- checks of the deck's form, as Canva exports a 16:9 presentation: 20 pages of 1440 x 810 pt;
  version 1.4 and no "ReportLab" left in the file; Creator and Producer "Canva", a design id and a
  brand id as Keywords, CreationDate and ModDate the same fixed date; a headline run of 46 pt or
  more in the top band of every page; letter-spaced eyebrows (a ``Tc`` set and reset) from page
  2; no page numbers (the club's mark is each content page's last line); the KPI tiles (page 10):
  each KPI vision restated there is a 19 pt label under a big number of 60 pt or more with a
  small line under it, dated by a matchweek or a season but for the one vague tile, whose number
  has no digit; the KPI table (page 11): Measure / 2027/28 baseline / Target / By when, every KPI
  vision a row, its by-when a matchweek, a season or a month, "–" for the vague one;
- the clock: the clock sentence ("Matchweek 1 is the weekend of 5 August 2028") once in the
  deck, on the roadmap; the roadmap (page 13) is a ruled table whose header holds the seven
  periods in order and whose phase row spans them; each gold phase is read off that row (a phase
  runs from its label's column to the column before the next label's), each column in months
  from July 2028 by ``PERIOD_MONTHS``; the "Beyond 2029/30" column is outside the horizon and
  holds no gold phase; the horizon agrees with the cover ("2028/29 and 2029/30 seasons"), the
  roadmap's title ("May 2030"), its last in-horizon column and the closing line ("early May
  2030"); the phases page (12) names the four phases with no date at all; Gate 2's heading
  (page 15) has no date and its date is in its criteria; Gate 1 is "at the October
  international break, which falls after MW11";
- the pilot: named with its unit ("the Kellaway Stand's lower tier") on its own page only, by
  the stand alone on its also-slides;
- checks of the gold beyond ``_checks``: 15 to 25 deck actions in at least five forms (pillar
  initiatives, pilot steps, gate criteria, risk mitigations, the first 100 days, the Monday
  list), at least three on pages whose titles are headlines; at least two vague visions; 2 to 4
  scenario segments on deck lines, none in the "Not in this plan" list; 6 to 12 gaps stated in
  at least three org files of three kinds; at least two false-gap groups; 5 to 10 forbidden
  terms; 15 or more ``remit_owners`` entries, every KPI covered by one; three pairs of
  near-namesake posts told apart; the keyword traps (a task whose obvious keyword owner is not
  the owner by remit) kept; the first-100-days owners in brackets that the roster calls by
  another title mapped to the roster's post; ``gap_blocks``.

It never runs the planner.
"""

from __future__ import annotations

import json
import re
import sys
import zipfile
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

from pypdf import PdfReader

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import evals.dev15._checks as _checks  # noqa: E402
from evals.dev13.check_gold import FIELDS, deck_lines, normalize  # noqa: E402
from evals.dev15._checks import Case, gap_block_errors, run, sentences_by_file  # noqa: E402

HERE = Path(__file__).resolve().parent
NAME = "football-club"
ROSTER = Path("people") / "club-staff.ods"
POST_HEAD = ["Department", "Post", "Reports to", "Remit"]
VOLUNTEER_HEAD = ["Volunteer role", "Where", "Contact post", "Matchdays", "Notes"]
CONSULTED = "Not line-managed: consulted only"
CONSULTED_DEPT = "Consulted bodies (not club staff)"
OUTSIDE = {"Board of Directors", "Trustees of the Community Trust", CONSULTED}
ODS_MIME = "application/vnd.oasis.opendocument.spreadsheet"
T = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
TX = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
MF = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"
META = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"

PAGES = 20
SIZE = (1440.0, 810.0)
CREATED = "D:20280620091544+00'00'"
KEYWORDS = re.compile(r"^DA[A-Za-z0-9_-]{9},BA[A-Za-z0-9_-]{9}$")
MARK = "marlbeck rovers fc"
TILES_PAGE, TABLE_PAGE, PHASES_PAGE, ROADMAP_PAGE, GATES_PAGE = 10, 11, 12, 13, 15
FIRST_100_PAGE, SCOPE_PAGE, ASKS_PAGE = 17, 19, 20

# The roadmap's periods and their months from July 2028 (month 0: pre-season starts Monday 3 July
# 2028). The deck's clock: Matchweek 1 is the weekend of 5 August 2028 (month 1); the October
# international break, after MW11, is in October (month 3); MW46, the last, is in early May (May
# 2029 = month 10); the close season runs from mid-May to early July (months 10 to 12); the
# 2029/30 pre-season starts in early July 2029 (month 12); MW23, half of 46 matchweeks between
# early August and early May, falls in December 2029 (month 17); MW46 of 2029/30 is in early May
# 2030 (month 22). A date inside a month counts as that month's number. "Beyond 2029/30" is no
# period of the plan.
PERIOD_MONTHS: dict[str, tuple[int, int] | None] = {
    "pre-season 2028": (0, 1),
    "2028/29 mw1-mw11": (1, 3),
    "2028/29 mw12-mw46": (3, 10),
    "close season 2029": (10, 12),
    "2029/30 pre-season-mw23": (12, 17),
    "2029/30 mw24-mw46": (17, 22),
    "beyond 2029/30": None,
}
BY_WHEN = re.compile(
    r"^(mw\d{1,2}, 20\d\d/\d\d|20\d\d/\d\d season|every home game of 20\d\d/\d\d"
    r"|(january|february|march|april|may|june|july|august|september|october|november|december)"
    r" 20\d\d|20\d\d/\d\d renewals, by mw\d{1,2} 20\d\d/\d\d)$"
)
DATED_TILE = re.compile(r"by mw\d{1,2} 20\d\d/\d\d|for 20\d\d/\d\d|20\d\d/\d\d home league games")
MONTHS = re.compile(
    r"\b(mw\d|20\d\d|january|february|march|april|may|june|july|august|september|october"
    r"|november|december)\b"
)

# deck-action forms by page, and the pages whose titles are headlines, not "Roadmap"/"Actions"
FORMS = {
    6: "pillar initiative",
    7: "pillar initiative",
    8: "pillar initiative",
    9: "pillar initiative",
    14: "pilot step",
    15: "gate criterion",
    16: "risk mitigation",
    17: "first 100 days",
    18: "what changes on Monday",
}
HEADLINE_PAGES = {14, 15, 16, 17, 18}
NAMESAKES = [
    ("Safety Officer", "Deputy Safety Officer"),
    ("Supporter Liaison Officer", "Supporter Services Manager"),
    ("Chief Executive", "Community Trust Chief Executive"),
]
# (a task key of remit_owners, the post a keyword list would pick, wrongly)
KEYWORD_TRAPS = [
    ("level 2 certificate", "People Manager"),
    ("recruit", "People Manager"),
    ("duplicate supporter records", "IT and Data Manager"),
    ("help point", "Finance Director"),
    ("ask the league", "Women's Team General Manager"),
    ("women's ticket sales", "Women's Team General Manager"),
    ("by kick-off", "Stadium Operations Manager"),
]
# the first-100-days owners in brackets whose title the roster spells otherwise
BRACKET_TITLES = {
    "stadium manager": "Stadium Operations Manager",
    "head of catering": "Head of Hospitality and Catering",
    "stewarding coordinator": "Stewarding and Volunteers Coordinator",
    "head of ticketing": "Head of Ticketing and Membership",
    "coo": "Chief Operating Officer",
}

# gap_blocks is a field of the deck-grounded gold that dev13's list predates
_checks.FIELDS = FIELDS | {"gap_blocks"}  # type: ignore[attr-defined]


# =========================================================================== the roster (ODS)


def _cell_text(cell: ET.Element) -> str:
    """A cell's paragraphs joined by a space, ``text:s`` as spaces."""
    paras = []
    for p in cell.iter(f"{{{TX}}}p"):
        bits: list[str] = [p.text or ""]
        for node in p.iter():
            if node is p:
                continue
            if node.tag == f"{{{TX}}}s":
                bits.append(" " * int(node.get(f"{{{TX}}}c", "1")))
            elif node.text:
                bits.append(node.text)
            if node.tail:
                bits.append(node.tail)
        paras.append("".join(bits))
    return " ".join(paras)


def _content(path: Path) -> ET.Element:
    with zipfile.ZipFile(path) as z:
        return ET.fromstring(z.read("content.xml"))


def ods_sheets(path: Path) -> dict[str, list[list[str]]]:
    """Every sheet's rows, in order, trailing empty cells and rows dropped."""
    sheets: dict[str, list[list[str]]] = {}
    for table in _content(path).iter(f"{{{T}}}table"):
        rows: list[list[str]] = []
        for row in table.iter(f"{{{T}}}table-row"):
            cells: list[str] = []
            for cell in row.findall(f"{{{T}}}table-cell"):
                text = _cell_text(cell)
                repeat = int(cell.get(f"{{{T}}}number-columns-repeated", "1"))
                cells.extend([text] * (repeat if text else min(repeat, 32)))
            while cells and not cells[-1]:
                cells.pop()
            rows.extend([cells] * int(row.get(f"{{{T}}}number-rows-repeated", "1") if cells else 1))
        while rows and not rows[-1]:
            rows.pop()
        sheets[table.get(f"{{{T}}}name", "")] = rows
    return sheets


def post_rows(org: Path) -> list[list[str]]:
    """The posts of sheet "Posts": four cells each, the department carried down."""
    if not (org / ROSTER).is_file():
        return []
    rows = ods_sheets(org / ROSTER).get("Posts", [])
    at = [i for i, r in enumerate(rows) if r == POST_HEAD]
    if len(at) != 1:
        return []
    out: list[list[str]] = []
    dept = ""
    for r in rows[at[0] + 1 :]:
        r = (r + [""] * 4)[:4]
        if not r[1].strip():
            break
        dept = r[0].strip() or dept
        out.append([dept, r[1].strip(), r[2].strip(), r[3].strip()])
    return out


def roster(org: Path) -> list[tuple[str, str]]:
    """(post, tier) of every post: consult for the posts consulted only, else core."""
    return [(r[1], "consult" if r[2] == CONSULTED else "core") for r in post_rows(org)]


def _ods_parts(path: Path) -> list[str]:
    return [
        " ".join(c for c in row if c)
        for rows in ods_sheets(path).values()
        for row in rows
        if any(row)
    ]


def sentences(org: Path) -> list[str]:
    return _checks.org_sentences(org, {".ods": _ods_parts})


def roster_form(org: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    path = org / ROSTER
    with zipfile.ZipFile(path) as z:
        infos = z.infolist()
        first = infos[0]
        if first.filename != "mimetype" or first.compress_type != zipfile.ZIP_STORED:
            errors.append("roster: mimetype is not the first entry, stored")
        if z.read("mimetype").decode("ascii") != ODS_MIME:
            errors.append("roster: mimetype names no ODF spreadsheet")
        names = [i.filename for i in infos]
        if names[1:] != sorted(names[1:]):
            errors.append("roster: the parts after mimetype are not in name order")
        manifest = ET.fromstring(z.read("META-INF/manifest.xml"))
        full = {e.get(f"{{{MF}}}full-path"): e.get(f"{{{MF}}}media-type") for e in manifest}
        if full.get("/") != ODS_MIME or "content.xml" not in full:
            errors.append("roster: the manifest names no spreadsheet or no content.xml")
        meta = ET.fromstring(z.read("meta.xml"))
        gen = meta.find(f".//{{{META}}}generator")
        if gen is None or not (gen.text or "").startswith("LibreOffice/"):
            errors.append("roster: meta.xml names no LibreOffice generator")
        content = z.read("content.xml")
    sheets = ods_sheets(path)
    if list(sheets) != ["Posts", "Volunteer roles"]:
        errors.append(f"roster: sheets {list(sheets)}")
    posts_sheet = sheets.get("Posts", [])
    if len(posts_sheet) < 3 or posts_sheet[1] or posts_sheet[2] != POST_HEAD:
        errors.append("roster: no title row and empty row above the Posts header")
    rows = post_rows(org)
    found = roster(org)
    names_ = [p for p, _ in found]
    if not 18 <= len(names_) <= 22:
        errors.append(f"roster: {len(names_)} posts (18 to 22)")
    if len(set(names_)) != len(names_):
        errors.append("roster: a post appears twice")
    at = posts_sheet.index(POST_HEAD) if POST_HEAD in posts_sheet else 0
    raw = [(r + [""] * 4)[:4] for r in posts_sheet[at + 1 : at + 1 + len(rows)]]
    blanks = sum(1 for r in raw if not r[0].strip())
    depts = [r[0] for r in raw if r[0].strip()]
    if blanks < 10 or len(depts) != len(set(depts)) or len(depts) < 5:
        errors.append(f"roster: departments not written once per group ({depts}, {blanks} blank)")
    two_paras = 0
    for table in _content(path).iter(f"{{{T}}}table"):
        if table.get(f"{{{T}}}name") == "Posts":
            for cell in table.iter(f"{{{T}}}table-cell"):
                two_paras += len(cell.findall(f"{{{TX}}}p")) >= 2
    if two_paras < 2:
        errors.append(f"roster: {two_paras} remits of two paragraphs (two or more)")
    if b"<text:s" not in content:
        errors.append("roster: no text:s")
    for r in rows:
        if r[2] not in names_ and r[2] not in OUTSIDE:
            errors.append(f"roster: {r[1]!r} reports to {r[2]!r}, no post")
        if not r[3]:
            errors.append(f"roster: {r[1]!r} has no remit")
    consult = [r[1] for r in rows if r[2] == CONSULTED]
    if sorted(consult) != sorted(gold["consult_only_roles"]) or len(consult) != 2:
        errors.append(f"roster: consulted-only posts {consult} are not the gold's")
    if any(r[0] != CONSULTED_DEPT for r in rows if r[2] == CONSULTED):
        errors.append("roster: a consulted-only post outside the consulted bodies")
    if (
        not any("Safety and Licensing Charter" in r[3] for r in rows)
        or not (org / "governance" / "safety-and-licensing-charter.md").is_file()
    ):
        errors.append("roster: no remit sends the reader to the charter in org/")
    vols = sheets.get("Volunteer roles", [])
    if not vols or vols[0] != VOLUNTEER_HEAD or len(vols) < 5:
        errors.append("roster: the Volunteer roles sheet has no header or too few roles")
    elif any(v[0] in names_ for v in vols[1:]):
        errors.append("roster: a volunteer role is on the posts sheet")
    return errors


# =========================================================================== the deck's runs


Run = tuple[str, float, float, float]  # text, x, y, size


def page_runs(page: Any) -> list[Run]:
    """Every text run of a page: its text, where it starts and its size, in stream order."""
    runs: list[Run] = []

    def visit(text: str, cm: list[float], tm: list[float], font: Any, size: float) -> None:
        if not text.strip():
            return
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        runs.append((normalize(text), round(x, 1), round(y, 1), round(size * abs(tm[0]), 1)))

    page.extract_text(visitor_text=visit)
    return runs


def _same(a: float, b: float, tol: float = 1.0) -> bool:
    return abs(a - b) <= tol


def _size(a: float, b: float) -> bool:
    return abs(a - b) <= 0.3


def deck_form(case: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    path = case / gold["deck"]
    data = path.read_bytes()
    if not data.startswith(b"%PDF-1.4\n") or b"ReportLab" in data:
        errors.append("deck: not version 1.4, or ReportLab named in the file")
    reader = PdfReader(str(path))
    meta: dict[str, Any] = dict(reader.metadata or {})
    if meta.get("/Creator") != "Canva" or meta.get("/Producer") != "Canva":
        errors.append(f"deck: creator/producer {meta.get('/Creator')!r}/{meta.get('/Producer')!r}")
    if not KEYWORDS.match(str(meta.get("/Keywords", ""))):
        errors.append("deck: Keywords hold no Canva design and brand ids")
    if meta.get("/CreationDate") != CREATED or meta.get("/ModDate") != CREATED:
        errors.append("deck: CreationDate/ModDate are not the fixed date")
    if "Tannery Lane 2030" not in str(meta.get("/Title", "")):
        errors.append("deck: the Title is not the design's")
    if len(reader.pages) != PAGES:
        errors.append(f"deck: {len(reader.pages)} pages, {PAGES} expected")
    pages = deck_lines(path)
    runs = {n: page_runs(p) for n, p in enumerate(reader.pages, start=1)}
    for n, page in enumerate(reader.pages, start=1):
        w, h = float(page.mediabox.width), float(page.mediabox.height)
        if (w, h) != SIZE:
            errors.append(f"deck: page {n} is {w} x {h}")
        top = 0.0 if n == 1 else 560.0  # the cover's title sits mid-page, at 108 pt
        if not any(size >= 46 and y > top for _, _, y, size in runs[n]):
            errors.append(f"deck: page {n} has no headline of 46 pt or more")
        if n > 1:
            contents = page.get_contents()
            stream = contents.get_data() if contents is not None else b""
            if not re.search(rb"\b[1-9][\d.]* Tc\b", stream) or b" 0 Tc" not in stream:
                errors.append(f"deck: page {n} has no letter-spaced eyebrow (Tc set and reset)")
            if pages[n][-1] != MARK:
                errors.append(f"deck: page {n} does not end with the club's mark")
    errors += _tiles(runs[TILES_PAGE], gold)
    errors += _kpi_table(runs[TABLE_PAGE], gold)
    errors += _clock(pages, runs[ROADMAP_PAGE], gold)
    errors += _pilot(pages, gold)
    return errors


def _tiles(runs: list[Run], gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    tiles = [v for v in gold["visions"] if TILES_PAGE in v.get("also_slides", [])]
    if len(tiles) != 6:
        errors.append(f"tiles: {len(tiles)} KPI visions restated on page {TILES_PAGE} (six)")
    undated = []
    for v in tiles:
        alts = [v["match"], *v.get("alternatives", [])]
        labels = [r for r in runs if _size(r[3], 19) and any(a in r[0] for a in alts)]
        if len(labels) != 1:
            errors.append(f"tiles: {v['match']!r} is not one tile label")
            continue
        _, x, y, _ = labels[0]
        big = [r for r in runs if _same(r[1], x) and 20 < r[2] - y < 80 and r[3] >= 60]
        small = [r for r in runs if _same(r[1], x) and 10 < y - r[2] < 40 and r[3] <= 16]
        if len(big) != 1 or len(small) != 1:
            errors.append(f"tiles: {v['match']!r} has no big number over it or no small line")
            continue
        dated = bool(DATED_TILE.search(small[0][0]))
        if not re.search(r"\d", big[0][0]) or not dated:
            undated.append(v["match"])
    vague = [v["match"] for v in tiles if v["vague"]]
    if len(undated) != 1 or undated != vague:
        errors.append(f"tiles: undated or number-less tiles {undated}, vague tiles {vague}")
    return errors


def _rows(runs: list[Run], size: float) -> dict[float, list[Run]]:
    rows: dict[float, list[Run]] = {}
    for r in runs:
        if _size(r[3], size):
            rows.setdefault(r[2], []).append(r)
    return {y: sorted(rs, key=lambda r: r[1]) for y, rs in rows.items()}


def _kpi_table(runs: list[Run], gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    rows = _rows(runs, 17)
    heads = [[r[0] for r in rs] for rs in rows.values()]
    if ["measure", "2027/28 baseline", "target", "by when"] not in heads:
        errors.append("kpi table: no header Measure / 2027/28 baseline / Target / By when")
    for v in gold["visions"]:
        if v["slide"] != TABLE_PAGE:
            continue
        row = [rs for rs in rows.values() if len(rs) == 4 and v["match"] in rs[0][0]]
        if len(row) != 1:
            errors.append(f"kpi table: {v['match']!r} is not one row of four cells")
            continue
        when = row[0][3][0]
        if v["vague"] != (when == "-") or (not v["vague"] and not BY_WHEN.match(when)):
            errors.append(f"kpi table: {v['match']!r} by {when!r} (vague {v['vague']})")
    kpis = [v for v in gold["visions"] if v["slide"] == TABLE_PAGE]
    if len(kpis) != len(rows) - 1:
        errors.append(f"kpi table: {len(rows) - 1} rows, {len(kpis)} KPI visions on it")
    return errors


def _clock(pages: dict[int, list[str]], runs: list[Run], gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    clock = "matchweek 1 is the weekend of 5 august 2028"
    where = [n for n, lines in pages.items() for x in lines if clock in x]
    if where != [ROADMAP_PAGE]:
        errors.append(f"clock: defined on pages {where}, not once on the roadmap")
    # the header: two 14 pt runs per period column, the first column "Workstream"
    head = _rows(runs, 14)
    if len(head) < 2:
        return errors + ["roadmap: no two-line header"]
    top, bottom = sorted(head)[-1], sorted(head)[-2]
    cols = [(a[1], f"{a[0]} {b[0]}") for a, b in zip(head[top], head[bottom], strict=False)]
    if [c for _, c in cols] != list(PERIOD_MONTHS):
        errors.append(f"roadmap: periods {[c for _, c in cols]}")
        return errors
    # the phase row: 14 pt bold labels on the baseline of the 15 pt "phase" label
    phase_y = [r[2] for r in runs if r[0] == "phase" and _size(r[3], 15)]
    labels = sorted(
        (r for r in runs if phase_y and _same(r[2], phase_y[0]) and _size(r[3], 14)),
        key=lambda r: r[1],
    )
    lefts = [x for x, _ in cols]

    def column(x: float) -> int:
        return max(i for i, left in enumerate(lefts) if left <= x + 8)

    spans = []
    for k, lab in enumerate(labels):
        a = column(lab[1])
        b = column(labels[k + 1][1]) - 1 if k + 1 < len(labels) else len(cols) - 1
        spans.append((lab[0], a, b))
    months = {}
    for name, a, b in spans:
        periods = [PERIOD_MONTHS[cols[i][1]] for i in range(a, b + 1)]
        if any(p is None for p in periods):
            if name != "next plan" or a != len(cols) - 1:
                errors.append(f"roadmap: {name!r} runs into the beyond column")
            continue
        months[name] = (periods[0][0], periods[-1][1])  # type: ignore[index]
    horizon = max(end for _, end in months.values()) if months else -1
    if gold["horizon_months"] != horizon:
        errors.append(f"roadmap: horizon {horizon}, gold {gold['horizon_months']}")
    for ph in gold["phases"]:
        hit = [months[m] for m in ph["match"] if m in months]
        if hit != [(ph["start_month"], ph["end_month"])]:
            errors.append(f"roadmap: phase {ph['match']} is {hit} on the roadmap")
        if "next plan" in ph["match"]:
            errors.append("roadmap: a gold phase in the beyond column")
    if len(gold["phases"]) != len(months):
        errors.append(f"roadmap: {len(months)} phases in the plan, {len(gold['phases'])} in gold")
    # the horizon said four ways
    said = {
        1: "for the 2028/29 and 2029/30 seasons",
        ROADMAP_PAGE: "the road to may 2030",
        ASKS_PAGE: "done by the last home game of 2029/30, in early may 2030",
    }
    if not any("operations plan 2028-2030" in x for x in pages[1]):
        errors.append("horizon: the cover's year range 2028-2030 is missing")
    for n, words in said.items():
        if not any(words in x for x in pages[n]):
            errors.append(f"horizon: {words!r} not on page {n}")
    if months and PERIOD_MONTHS["2029/30 mw24-mw46"] != (17, horizon):
        errors.append("horizon: the last in-horizon column does not end at the horizon")
    # phases named without dates, dated on the roadmap; Gate 2's date only in its criteria
    named = pages[PHASES_PAGE]
    for ph in gold["phases"]:
        if not any(m in x for m in ph["match"] for x in named):
            errors.append(f"phases page: {ph['match']} not named")
    if any(MONTHS.search(x) for x in named):
        errors.append("phases page: a date on the page that names the phases without dates")
    gates = pages[GATES_PAGE]
    g2 = gates.index("gate 2") if "gate 2" in gates else -1
    g3 = gates.index("gate 3") if "gate 3" in gates else -1
    if g2 < 0 or g3 < g2 or MONTHS.search(gates[g2 + 1]):
        errors.append("gates: Gate 2's heading is missing or dated")
    elif not any("24 april 2029" in x for x in gates[g2 + 2 : g3]):
        errors.append("gates: Gate 2's date is not in its criteria")
    gate1 = "gate 1: at the october international break, which falls after mw11"
    if not any(gate1 in x for x in pages[ROADMAP_PAGE]):
        errors.append("roadmap: Gate 1 is not placed at the October international break")
    return errors


def _pilot(pages: dict[int, list[str]], gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    unit = "kellaway stand's lower tier"
    named = [n for n, lines in pages.items() if any(unit in x for x in lines)]
    pilot = gold["pilot"]
    if named != [pilot["slide"]]:
        errors.append(f"pilot: named with its unit on pages {named}, gold says {pilot['slide']}")
    for n in pilot["also_slides"]:
        text = " ".join(pages[n])
        if "kellaway" not in text or "lower tier" in text:
            errors.append(f"pilot: page {n} does not name the stand alone")
    if any("pilot" in x for lines in pages.values() for x in lines):
        errors.append("pilot: the deck says 'pilot'")
    return errors


# =========================================================================== the gold's own checks


def _file_sentences(org: Path) -> dict[str, list[str]]:
    """Each org file's sentences, read as the shared checks read the whole folder."""
    return sentences_by_file(org, sentences)


def gold_form(case: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    pages = deck_lines(case / gold["deck"])
    deck_text = [x for lines in pages.values() for x in lines]
    org = case / "org"
    said = sentences(org)

    actions = gold["deck_actions"]
    if not 15 <= len(actions) <= 25:
        errors.append(f"gold: {len(actions)} deck actions (15 to 25)")
    forms = {FORMS.get(a["slide"], "other") for a in actions}
    if len(forms - {"other"}) < 5:
        errors.append(f"gold: deck actions in {sorted(forms)} (five forms or more)")
    headline = [a for a in actions if a["slide"] in HEADLINE_PAGES]
    if len(headline) < 3:
        errors.append("gold: fewer than three deck actions on headline-titled pages")
    for n in HEADLINE_PAGES:
        title = pages[n][1]
        if title in {"roadmap", "actions", "next steps"}:
            errors.append(f"gold: page {n}'s title {title!r} is no headline")
    if sum(v["vague"] for v in gold["visions"]) < 2:
        errors.append("gold: fewer than two vague visions")

    segs = gold["scenario_segments"]
    if not 2 <= len(segs) <= 4:
        errors.append(f"gold: {len(segs)} scenario segments (2 to 4)")
    scope = pages[SCOPE_PAGE]
    out_of_scope = scope[scope.index("not in this plan") + 1 : -1]
    for seg in segs:
        for alt in seg:
            if not any(alt in x for x in deck_text):
                errors.append(f"gold: scenario keyword {alt!r} is on no deck line")
            if any(alt in x for x in out_of_scope):
                errors.append(f"gold: scenario keyword {alt!r} is in the not-in-scope list")

    gaps = gold["gaps"]
    if not 6 <= len(gaps) <= 12:
        errors.append(f"gold: {len(gaps)} gaps (6 to 12)")
    per_file = _file_sentences(org)
    files = {f for f, ss in per_file.items() for gap in gaps for a in gap for s in ss if a in s}
    kinds = {Path(f).suffix for f in files} | {Path(f).parts[0] for f in files}
    if len(files) < 3 or len({Path(f).parts[0] for f in files}) < 3 or len(kinds) < 5:
        errors.append(f"gold: gaps stated in {sorted(files)} (three files of three kinds)")
    if len(gold["false_gaps"]) < 2:
        errors.append("gold: fewer than two false-gap groups")
    if not 5 <= len(gold["forbidden_terms"]) <= 10:
        errors.append(f"gold: {len(gold['forbidden_terms'])} forbidden terms (5 to 10)")

    entries = gold["remit_owners"]
    if len(entries) < 15:
        errors.append(f"gold: {len(entries)} remit_owners entries (15 or more)")
    grounded = deck_text + said
    for e in entries:
        for key in e["task"]:
            if not any(key in x for x in grounded):
                errors.append(f"gold: remit_owners key {key!r} is in neither deck nor org")
    roles = {r for r, _ in roster(org)}
    for a, b in NAMESAKES:
        if a not in roles or b not in roles:
            errors.append(f"gold: near-namesakes {a!r} / {b!r} not both on the roster")
        told = any(
            (a in e["owners"]) != (b in e["owners"])
            for e in entries
            if a in e["owners"] or b in e["owners"]
        )
        if not told:
            errors.append(f"gold: remit_owners never tell {a!r} from {b!r}")
    for key, wrong in KEYWORD_TRAPS:
        hits = [e for e in entries if key in e["task"]]
        if len(hits) != 1 or wrong in hits[0]["owners"] or wrong not in roles:
            errors.append(f"gold: keyword trap {key!r} / {wrong!r} not kept")
    keys = [k for e in entries for k in e["task"]]
    for kpi in gold["kpis"]:
        if not any(k in kpi for k in keys):
            errors.append(f"gold: KPI {kpi!r} is covered by no remit_owners entry")

    # the first 100 days: owners in brackets, some by a title the roster spells otherwise
    text = " ".join(pages[FIRST_100_PAGE])
    items = re.findall(r"■ ([^■(]+)\(([^)]+)\)", text)
    mapped = 0
    for item, title in items:
        title = title.strip()
        if title in {r.lower() for r in roles}:
            continue
        post = BRACKET_TITLES.get(title)
        if post is None or post not in roles:
            errors.append(f"gold: bracketed owner {title!r} maps to no post")
            continue
        owners = [e["owners"] for e in entries if any(k in item for k in e["task"])]
        if not any(post in o for o in owners):
            errors.append(f"gold: {item.strip()!r} ({title}) is not owned by {post!r}")
        mapped += 1
    if len(items) < 6 or mapped < 1:
        errors.append(f"gold: {len(items)} bracketed 100-day items, {mapped} retitled")

    for e in gold["accountable"]:
        for r in e["roles"]:
            if r not in {"Chief Executive", "Chief Operating Officer", "Finance Director"}:
                errors.append(f"gold: accountable {r!r} is neither sponsor, chair nor budget")
    return errors + gap_block_errors(gold, said, deck_text)


def extra(case: Path) -> list[str]:
    gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
    return roster_form(case / "org", gold) + deck_form(case, gold) + gold_form(case, gold)


CASE = Case(
    name=NAME,
    builder="build_football_club.py",
    roster=roster,
    org_sentences=sentences,
    core=frozenset({"core"}),
    consult=frozenset({"consult"}),
    extra=extra,
    folder=HERE,
    split="dev29",
)


def dump_org() -> None:
    """The roster's rows, sheet by sheet, then the org sentences the gold was read from."""
    org = HERE / NAME / "org"
    for name, rows in ods_sheets(org / ROSTER).items():
        print(f"--- {ROSTER}, sheet {name!r}:")
        for row in rows:
            print("  " + " | ".join(row))
    print(f"--- roster: {roster(org)}")
    print("--- org sentences:")
    for s in sentences(org):
        print(f"  | {s}")


if __name__ == "__main__":
    if "--org" in sys.argv and "--dump" not in sys.argv:
        dump_org()
        sys.exit(0)
    sys.exit(run(CASE))
