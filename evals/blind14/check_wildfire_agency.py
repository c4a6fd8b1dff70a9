"""Consistency checks of the blind14 case ``wildfire-agency`` against its deck and org folder.

Run from the repository root with the project's venv (python-pptx, openpyxl and lxml), which
the rebuild check also uses to run the builder:

    .venv/bin/python evals/blind14/check_wildfire_agency.py
    (``--dump`` prints the deck lines the gold was read from, slide by slide, and the roster;
    ``--org`` prints the org sentences and the roster rows; both together print all of it)

The checks are those of ``evals/dev15/_checks.py`` (adapted from ``evals/dev13/check_gold.py``),
imported, not copied, and pointed at this folder (``evals/blind14``, split "blind14") with
``build_wildfire_agency.py`` as the builder. Deck lines are dev13's ``deck_lines`` (python-pptx:
one line per paragraph of every shape in slide order, a table one line per cell paragraph, then
the speaker notes). The gold's fields are dev13's and ``gap_blocks`` (``evals/cases/README.md``,
"Deck-grounded gold"), which dev13's list predates: this checker adds it to the shared list and
checks it itself. What is this case's own:

- the roster, read from the org chart tool's export ``org/people/orgchart-export.csv`` (UTF-8
  with a byte-order mark, CRLF, Name / Title / Branch / Manager / Email): a role is the Title of
  every row, in file order. The export has no tier and no remit; a role's tier comes from the
  current-programs RACI matrix (``org/governance/raci-current.xlsx``): "core" when its column
  holds an R or an A on some row, "consult only" when it holds C alone;
- org sentences: ``_checks.org_sentences`` with three more readers: the CSV (each row
  "Title: Name, Branch."), the saved intranet page ``branch-mandates.html`` (the text of each
  heading, paragraph and list item, entities decoded, scripts and styles dropped) and the XLSX
  (each RACI row "Activity: Role R; Role A; ...", each cell of the Key sheet);
- checks of the roster's form: the byte-order mark, CRLF line ends, the five columns and no
  remit or tier column, cells holding a comma quoted, every Manager a Name of the export (or
  empty for the top post and the two external bodies), unique e-mail addresses, 18 to 22 roles;
  every internal person named in the mandates page, every internal branch a heading there; the
  RACI matrix with every roster title as a column, one A per row, the two consult-only bodies
  holding C alone and every other post an R or an A somewhere;
- checks of the deck's form, as PowerPoint for Mac saves it: ``docProps/app.xml`` with
  Application "Microsoft Macintosh PowerPoint" and its slide and notes counts; ZIP entries in
  the builder's fixed order at one fixed time; 16:9, 14 to 22 slides; a title placeholder with
  text on every slide, read first; every slide after the cover with a text box (``txBox``) or a
  table; bilingual "English / French" titles on some slides but not all; speaker notes on
  exactly three slides; the KPI table (Metric / 2028 baseline / Target / By when) holding every
  KPI, dated by a fire season, a March or a fiscal year except the vague KPI, whose target and
  by-when hold no number; the "What we will not do" slide, every line of
  it a not-action; the roadmap table of four fiscal years with a fire-season row and readiness
  gates at the end of each March that fall on the gold's phase ends;
- checks of what the case stresses: at least 12 figure-bearing deck lines labelled not-vision
  or not-action, more than the visions; at least two vague visions and a majority executable;
  at least three near-namesake pairs of posts told apart by some remit-owner entry; remit
  owners covering at least ten deck actions and every KPI, each owner's name (from the export)
  in the mandates page or the metric dictionary; 8 to 12 gaps from at least three org files
  of different kinds; at least three false-gap groups; 5 to 10 forbidden terms; the
  ``gap_blocks`` entries (each ``gap`` word inside a sentence that states a gold gap, every
  ``blocks`` and ``not_blocks`` alternative in the deck).

It never runs the planner.
"""

from __future__ import annotations

import csv
import io
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
from openpyxl import load_workbook
from pptx import Presentation
from pptx.enum.shapes import PP_PLACEHOLDER

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import evals.dev15._checks as _checks  # noqa: E402
from evals.dev13.check_gold import FIELDS, deck_lines, normalize  # noqa: E402
from evals.dev15._checks import Case  # noqa: E402

HERE = Path(__file__).resolve().parent
NAME = "wildfire-agency"
ROSTER = Path("people") / "orgchart-export.csv"
RACI = Path("governance") / "raci-current.xlsx"
MANDATES = Path("branch-mandates.html")
METRICS = Path("measures") / "metric-dictionary.md"
HEAD = ["Name", "Title", "Branch", "Manager", "Email"]
KPI_HEAD = ["metric", "2028 baseline", "target", "by when"]
FYS = ["fy2029-30", "fy2030-31", "fy2031-32", "fy2032-33"]
MONTHS = {"march": 3}
NEAR = [
    ("Mgr, Air Ops", "Mgr, Aviation Contracts"),
    ("Head, Digital Services", "Head, Data & Analytics"),
    ("Head, Data & Analytics", "Privacy & Records Lead"),
    ("Mgr, Crew Training & Standards", "Mgr, Crew Recruitment & Retention"),
    ("Mgr, PECC", "Mgr, Emergency Planning"),
    ("Mgr, Community Risk Reduction", "Mgr, Prevention & Compliance"),
    ("Dir, Indigenous Relations", "Co-Chair, INWAC"),
]
FRENCH = re.compile(r"[àâçéèêëîïôûùüÿœ]|\b(notre|nos|le|la|les|des|au|ce|que|nous)\b")
ZIP_TIME = (2029, 2, 19, 16, 48, 2)
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
P = "http://schemas.openxmlformats.org/presentationml/2006/main"
NS = {"a": A, "p": P}

# gap_blocks is a field of the deck-grounded gold that dev13's list predates
_checks.FIELDS = FIELDS | {"gap_blocks"}


# =========================================================================== org readers


def export_rows(org: Path) -> list[dict[str, str]]:
    text = (org / ROSTER).read_bytes().decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text, newline="")))


def raci(org: Path) -> tuple[list[str], list[tuple[str, dict[str, str]]]]:
    """The RACI sheet: its role columns and, per activity, each role's letter(s)."""
    wb = load_workbook(org / RACI, read_only=True)
    ws = wb["RACI 2028-29"]
    rows = [[("" if v is None else str(v)) for v in r] for r in ws.iter_rows(values_only=True)]
    at = next(i for i, r in enumerate(rows) if r and r[0] == "Activity / program")
    roles = rows[at][1:]
    body = []
    for r in rows[at + 1 :]:
        if r and r[0]:
            body.append((r[0], {role: v for role, v in zip(roles, r[1:], strict=False) if v}))
    return roles, body


def roster(org: Path) -> list[tuple[str, str]]:
    """(Title, tier) of every row of the export, the tier from the RACI matrix."""
    _, body = raci(org)
    out = []
    for row in export_rows(org):
        letters = {cells[row["Title"]] for _, cells in body if row["Title"] in cells}
        if any("R" in x or "A" in x for x in letters):
            tier = "core"
        elif letters and letters <= {"C", "I"} and "C" in letters:
            tier = "consult only"
        else:
            tier = ""
        out.append((row["Title"], tier))
    return out


class _Blocks(HTMLParser):
    """The text of each heading, paragraph, list item and cell of a saved web page."""

    BLOCKS = {"h1", "h2", "h3", "h4", "p", "li", "td", "th", "title"}
    SKIP = {"script", "style"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.tags: list[str] = []
        self._buf: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.SKIP:
            self._skip += 1
        elif tag in self.BLOCKS:
            self._flush()
            self.tags.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP:
            self._skip -= 1
        elif tag in self.BLOCKS:
            self._flush()

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self._buf.append(data)

    def _flush(self) -> None:
        text = " ".join("".join(self._buf).split())
        if text:
            self.parts.append(text)
        self._buf = []

    def close(self) -> None:
        super().close()
        self._flush()


def html_blocks(path: Path) -> list[str]:
    parser = _Blocks()
    parser.feed(path.read_text(encoding="utf-8"))
    parser.close()
    return parser.parts


def _html_parts(path: Path) -> list[str]:
    return html_blocks(path)


def _csv_parts(path: Path) -> list[str]:
    rows = export_rows(path.parents[1])
    return [f"{r['Title']}: {r['Name']}, {r['Branch']}." for r in rows]


def _xlsx_parts(path: Path) -> list[str]:
    _, body = raci(path.parents[1])
    parts = [
        f"{activity}: " + "; ".join(f"{role} {v}" for role, v in cells.items()) + "."
        for activity, cells in body
    ]
    wb = load_workbook(path, read_only=True)
    for r in wb["Key"].iter_rows(values_only=True):
        parts.extend(str(v) for v in r if v)
    return parts


READERS = {".csv": _csv_parts, ".html": _html_parts, ".xlsx": _xlsx_parts}


def sentences(org: Path) -> list[str]:
    return _checks.org_sentences(org, READERS)


def file_sentences(org: Path) -> dict[str, list[str]]:
    """Each org file's own sentences (read alone, with the readers above)."""
    out: dict[str, list[str]] = {}
    for path in sorted(p for p in org.rglob("*") if p.is_file()):
        rel = path.relative_to(org)
        if path.suffix in {".csv", ".xlsx"}:
            out[str(rel)] = READERS[path.suffix](path)
            out[str(rel)] = [normalize(s) for s in out[str(rel)]]
            continue
        with tempfile.TemporaryDirectory() as tmp:
            copy = Path(tmp) / "org" / rel
            copy.parent.mkdir(parents=True)
            shutil.copyfile(path, copy)
            out[str(rel)] = _checks.org_sentences(Path(tmp) / "org", READERS)
    return out


# =========================================================================== the roster's form


def roster_form(org: Path) -> list[str]:
    errors: list[str] = []
    raw = (org / ROSTER).read_bytes()
    if not raw.startswith(b"\xef\xbb\xbf"):
        errors.append("export: no UTF-8 byte-order mark")
    text = raw.decode("utf-8-sig")
    if text.count("\n") != text.count("\r\n") or not text.endswith("\r\n"):
        errors.append("export: line ends are not all CRLF")
    lines = text.split("\r\n")[:-1]
    if lines[0] != ",".join(HEAD):
        errors.append(f"export: header {lines[0]!r}")
    rows = export_rows(org)
    for line in lines[1:]:
        cells = next(csv.reader([line]))
        if len(cells) != len(HEAD):
            errors.append(f"export: {len(cells)} cells in {line!r}")
        for cell in cells:
            if "," in cell and f'"{cell}"' not in line:
                errors.append(f"export: a cell with a comma not quoted: {cell!r}")
    if not 18 <= len(rows) <= 22:
        errors.append(f"export: {len(rows)} roles (18 to 22)")
    names = {r["Name"] for r in rows}
    titles = [r["Title"] for r in rows]
    if len(set(titles)) != len(titles):
        errors.append("export: a title appears twice")
    mails = [r["Email"] for r in rows]
    if len(set(mails)) != len(mails) or not all(
        re.fullmatch(r"[a-z0-9.\-]+@[a-z0-9.\-]+\.ca", m) for m in mails
    ):
        errors.append("export: e-mail addresses not unique or malformed")
    external = [r for r in rows if r["Branch"].startswith("External")]
    internal = [r for r in rows if not r["Branch"].startswith("External")]
    if len(external) != 2 or any(r["Manager"] for r in external):
        errors.append("export: expected two external rows without a manager")
    if [r["Title"] for r in internal if not r["Manager"]] != ["President & CEO"]:
        errors.append("export: the President & CEO is not the only internal row without a manager")
    for r in rows:
        if r["Manager"] and r["Manager"] not in names:
            errors.append(f"export: manager {r['Manager']!r} is no Name of the export")
    if sum(1 for t in titles if "," in t) < 10:
        errors.append("export: fewer than ten titles holding a comma")

    # the remits live elsewhere: the mandates page names every internal person and branch
    blocks = html_blocks(org / MANDATES)
    page = "\n".join(blocks)
    heads = [b for b in blocks if b.endswith("Branch") or b in {"Executive Office"}]
    heads += [b for b in blocks if b == "Prevention and Risk Reduction"]
    for r in internal:
        if r["Name"] not in page:
            errors.append(f"mandates: {r['Name']} ({r['Title']}) is not named")
        branch = r["Branch"].replace("&", "and")
        if not any(h.startswith(branch) for h in heads):
            errors.append(f"mandates: no heading for the branch {r['Branch']!r}")
    sections = (org / MANDATES).read_text(encoding="utf-8").count("<section ")
    if sections < 6:
        errors.append(f"mandates: {sections} sections (one per branch and the advisory bodies)")

    # the RACI matrix gives the tiers
    roles, body = raci(org)
    if sorted(roles) != sorted(titles):
        errors.append(f"raci: columns differ from the export: {set(roles) ^ set(titles)}")
    for activity, letters in body:
        if sum(1 for v in letters.values() if "A" in v) != 1:
            errors.append(f"raci: {activity!r} has not exactly one A")
    tiers = dict(roster(org))
    consult = [t for t, tier in tiers.items() if tier == "consult only"]
    if sorted(consult) != ["Co-Chair, INWAC", "President, TGEU Local 412"]:
        errors.append(f"raci: consult-only posts {consult}")
    if any(tier not in {"core", "consult only"} for tier in tiers.values()):
        errors.append(f"raci: a post without R, A or C: {tiers}")
    return errors


# =========================================================================== the deck's form


def _table_rows(shape: Any) -> list[list[str]]:
    return [[normalize(c.text) for c in row.cells] for row in shape.table.rows]


def deck_form(case: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    deck = case / gold["deck"]
    z = zipfile.ZipFile(deck)
    infos = z.infolist()
    names = [i.filename for i in infos]
    expected = sorted(names, key=lambda n: (0 if n == "[Content_Types].xml" else 1, n))
    if names != expected:
        errors.append("zip: entries not in the builder's fixed order")
    if any(i.date_time != ZIP_TIME for i in infos):
        errors.append("zip: entries not at one fixed time")
    app = z.read("docProps/app.xml").decode("utf-8")
    if "<Application>Microsoft Macintosh PowerPoint</Application>" not in app:
        errors.append("app.xml does not name Microsoft Macintosh PowerPoint")
    if "<AppVersion>16.0000</AppVersion>" not in app:
        errors.append("app.xml: no AppVersion 16.0000")
    prs = Presentation(str(deck))
    slides = list(prs.slides)
    if (prs.slide_width, prs.slide_height) != (12192000, 6858000):
        errors.append("slide size is not 16:9 at 12192000 x 6858000")
    if not 14 <= len(slides) <= 22:
        errors.append(f"{len(slides)} slides (14 to 22)")
    if f"<Slides>{len(slides)}</Slides>" not in app or "<Notes>3</Notes>" not in app:
        errors.append("app.xml: slide or notes count wrong")
    pages = deck_lines(deck)
    titles: dict[int, str] = {}
    with_notes = []
    for n, s in enumerate(slides, start=1):
        t = s.shapes.title
        kinds = {PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.CENTER_TITLE}
        if t is None or t.placeholder_format.type not in kinds or not t.text_frame.text:
            errors.append(f"slide {n}: no title placeholder with text")
            continue
        titles[n] = normalize(t.text_frame.text)
        if pages[n][0] != titles[n]:
            errors.append(f"slide {n}: the title is not read first")
        if s.has_notes_slide and s.notes_slide.notes_text_frame.text.strip():
            with_notes.append(n)
    bilingual = [n for n, t in titles.items() if " / " in t and FRENCH.search(t.split(" / ")[1])]
    if not 8 <= len(bilingual) < len(slides) - 2:
        errors.append(f"bilingual titles on slides {bilingual}")
    if len(with_notes) != 3:
        errors.append(f"speaker notes on slides {with_notes} (exactly three)")
    # bodies as PowerPoint for Mac draws them: text boxes (txBox) or tables, on every slide
    # after the cover, and the titles in placeholders
    for n in range(2, len(slides) + 1):
        root = etree.fromstring(z.read(f"ppt/slides/slide{n}.xml"))
        boxes = root.findall(".//p:cNvSpPr[@txBox='1']", NS)
        frames = root.findall(".//p:graphicFrame", NS)
        if not boxes and not frames:
            errors.append(f"slide {n}: no text box or table")
        if not root.findall(".//p:nvPr/p:ph[@type='title']", NS):
            errors.append(f"slide {n}: no title placeholder in the slide XML")

    # the KPI table
    tables = [
        (n, _table_rows(shp))
        for n, s in enumerate(slides, start=1)
        for shp in s.shapes
        if getattr(shp, "has_table", False) and shp.has_table
    ]
    kpi_tables = [(n, rows) for n, rows in tables if rows[0] == KPI_HEAD]
    if len(kpi_tables) != 1:
        errors.append(f"{len(kpi_tables)} KPI tables with the header {KPI_HEAD}")
    else:
        kn, rows = kpi_tables[0]
        if len(rows) - 1 != len(gold["kpis"]):
            errors.append(f"KPI table has {len(rows) - 1} rows, gold {len(gold['kpis'])} KPIs")
        vague = {v["match"] for v in gold["visions"] if v["vague"]}
        for kpi in gold["kpis"]:
            hit = [r for r in rows[1:] if kpi in r[0]]
            vision = [v for v in gold["visions"] if v["match"] == kpi]
            if len(hit) != 1 or len(vision) != 1 or vision[0]["slide"] != kn:
                errors.append(f"KPI {kpi!r}: not one row of the KPI table, cited there")
                continue
            _, base, target, when = hit[0]
            dated = re.fullmatch(r"20\d\d fire season|march 20\d\d|fy20\d\d-\d\d", when)
            if kpi in vague:
                if re.search(r"\d", target + when):
                    errors.append(f"vague KPI {kpi!r} has a number or a date")
            elif not dated or not re.search(r"\d", target) or not re.search(r"\d", base):
                errors.append(f"KPI {kpi!r}: baseline, target or by-when missing")

    # what we will not do
    wn = [n for n, t in titles.items() if t.startswith("what we will not do")]
    if len(wn) != 1:
        errors.append(f"'What we will not do' on slides {wn}")
    else:
        nots = [x for x in pages[wn[0]] if x.startswith("we will not")]
        if len(nots) < 4:
            errors.append("fewer than four 'we will not' lines")
        for x in nots:
            if not any(a in x for a in gold["not_actions"]):
                errors.append(f"'we will not' line not a not-action: {x!r}")

    # the roadmap
    road = [(n, rows) for n, rows in tables if rows[0][1:] == FYS]
    if len(road) != 1:
        errors.append(f"{len(road)} roadmap tables over {FYS}")
    else:
        rn, rows = road[0]
        season = [r for r in rows if r[0] == "fire season"]
        if len(season) != 1 or any(
            not re.fullmatch(r"20\d\d fire season", c) for c in season[0][1:]
        ):
            errors.append("roadmap: no fire-season row")
        gates = [r for r in rows if r[0].startswith("readiness gate")]
        ends = {ph["end_month"] for ph in gold["phases"]}
        if len(gates) != 1:
            errors.append("roadmap: no readiness-gate row")
        else:
            for cell in gates[0][1:]:
                m = re.search(r"31 (march) (20\d\d)", cell)
                if not m:
                    errors.append(f"roadmap: gate not at the end of March: {cell!r}")
                    continue
                month = (int(m.group(2)) - 2029) * 12 + MONTHS[m.group(1)] - 4 + 1
                if month not in ends:
                    errors.append(f"roadmap: gate {cell!r} (month {month}) is no phase end")
        for ph in gold["phases"]:
            if not any(m in x for m in ph["match"] for x in pages[rn]):
                errors.append(f"roadmap: phase not on the roadmap slide: {ph['match']}")
        if gold["horizon_months"] != 48:
            errors.append("horizon is not 48 months")

    # the pilot
    pn = gold["pilot"]["slide"]
    if not titles.get(pn, "").startswith("pilot:"):
        errors.append(f"pilot slide {pn} has no 'Pilot:' title")
    return errors


# =========================================================================== what the case stresses


def stresses(case: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    pages = deck_lines(case / gold["deck"])
    lines = [x for xs in pages.values() for x in xs]
    labels = gold["not_visions"] + gold["not_actions"]
    fig_lines = {x for x in lines if re.search(r"\d", x) and any(lab in x for lab in labels)}
    if len(fig_lines) < 12 or len(fig_lines) <= len(gold["visions"]):
        errors.append(f"{len(fig_lines)} figure-bearing non-goal lines (12 or more, > visions)")
    for lab in labels:
        for v in gold["visions"]:
            if v["match"] in lab:
                errors.append(f"a not-vision or not-action holds a vision: {lab!r}")
    vague = sum(v["vague"] for v in gold["visions"])
    if vague < 2 or vague * 2 >= len(gold["visions"]):
        errors.append(f"{vague} vague visions of {len(gold['visions'])}")

    owners = gold["remit_owners"]
    told = 0
    for a, b in NEAR:
        if a not in gold["roster"] or b not in gold["roster"]:
            errors.append(f"near-namesake pair not on the roster: {a} / {b}")
            continue
        told += any((a in e["owners"]) != (b in e["owners"]) for e in owners)
    if told < 3:
        errors.append(f"{told} near-namesake pairs told apart by remit owners (3 or more)")
    covered = [
        a
        for a in gold["deck_actions"]
        if any(t in m for e in owners for t in e["task"] for m in a["match"])
    ]
    if len(covered) < 10:
        errors.append(f"remit owners cover {len(covered)} deck actions (10 or more)")
    for kpi in gold["kpis"]:
        v = next(v for v in gold["visions"] if v["match"] == kpi)
        texts = [kpi, *v.get("alternatives", [])]
        if not any(t in x for e in owners for t in e["task"] for x in texts):
            errors.append(f"no remit owner for KPI {kpi!r}")
    org = case / "org"
    name_of = {r["Title"]: r["Name"] for r in export_rows(org)}
    remit_text = "\n".join(html_blocks(org / MANDATES)) + (org / METRICS).read_text("utf-8")
    for role in sorted({o for e in owners for o in e["owners"]}):
        if name_of.get(role, "\0") not in remit_text:
            errors.append(f"owner {role!r}: the person is named in no remit document")

    per_file = file_sentences(org)
    if not 8 <= len(gold["gaps"]) <= 12:
        errors.append(f"{len(gold['gaps'])} gaps (8 to 12)")
    files = set()
    for gap in gold["gaps"]:
        hits = {f for f, ss in per_file.items() for s in ss for alt in gap if alt in s}
        if len(hits) != 1:
            errors.append(f"gap {gap} is stated in {sorted(hits)} (one file)")
        files |= hits
    if len({Path(f).suffix for f in files}) < 3 or len(files) < 3:
        errors.append(f"gaps stated in {sorted(files)} (three files of different kinds)")
    if len(gold["false_gaps"]) < 3:
        errors.append("fewer than three false-gap groups")
    if not 5 <= len(gold["forbidden_terms"]) <= 10:
        errors.append(f"{len(gold['forbidden_terms'])} forbidden terms (5 to 10)")

    # gap_blocks
    org_sentences = [s for ss in per_file.values() for s in ss]
    stated = {s for s in org_sentences for gap in gold["gaps"] for alt in gap if alt in s}
    if not gold.get("gap_blocks"):
        errors.append("gap_blocks: none")
    for entry in gold.get("gap_blocks", []):
        if set(entry) != {"gap", "blocks", "not_blocks"}:
            errors.append(f"gap_blocks: keys {sorted(entry)}")
            continue
        for alt in entry["gap"]:
            if not any(alt in s for s in stated):
                errors.append(f"gap_blocks: {alt!r} is in no sentence stating a gold gap")
        for key in ("blocks", "not_blocks"):
            for item in entry[key]:
                for alt in item:
                    if not any(alt in x for x in lines):
                        errors.append(f"gap_blocks {key}: {alt!r} not in the deck")
    return errors


def extra(case: Path) -> list[str]:
    gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
    return roster_form(case / "org") + deck_form(case, gold) + stresses(case, gold)


CASE = Case(
    name=NAME,
    builder="build_wildfire_agency.py",
    roster=roster,
    org_sentences=sentences,
    extra=extra,
    folder=HERE,
    split="blind14",
)


def dump_org(case: Path) -> None:
    print("--- roster rows (export, with the tier from the RACI matrix)")
    tiers = dict(roster(case / "org"))
    for r in export_rows(case / "org"):
        print(
            f"  {r['Title']} | {r['Name']} | {r['Branch']} | {r['Manager']} | {tiers[r['Title']]}"
        )
    print("--- org sentences")
    for s in sentences(case / "org"):
        print(f"  | {s}")


def dump_deck(case: Path) -> None:
    deck = next(p for p in case.iterdir() if p.suffix == ".pptx")
    print(f"##### {case.name}: {deck.name}")
    for n, lines in deck_lines(deck).items():
        print(f"=== {n}")
        for line in lines:
            print(f"  {line}")
    print(f"--- roster: {roster(case / 'org')}")


def main() -> int:
    if "--dump" in sys.argv or "--org" in sys.argv:
        if "--dump" in sys.argv:
            dump_deck(HERE / NAME)
        if "--org" in sys.argv:
            dump_org(HERE / NAME)
        return 0
    return _checks.main(CASE)


if __name__ == "__main__":
    sys.exit(main())
