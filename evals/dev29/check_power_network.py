"""Consistency checks of the dev29 case ``power-network`` against its deck and org folder.

Run from the repository root with the project's venv (python-pptx, pypdf, python-docx, lxml):

    .venv/bin/python evals/dev29/check_power_network.py
    .venv/bin/python evals/dev29/check_power_network.py --dump   (deck lines by slide, roster)
    .venv/bin/python evals/dev29/check_power_network.py --org    (roster rows, org sentences)

The checks are those of ``evals/dev15/_checks.py`` (adapted from ``evals/dev13/check_gold.py``),
imported, not copied, and pointed at this folder (``evals/dev29``, split "dev29") with
``build_power_network.py`` as the builder, "core" the core tier and "consult" the consult tier:
the gold's fields, every label on its slide or in an org sentence, the roster, owners on it and
core, consult-only roles owning nothing, forbidden terms in neither deck nor org, the rebuild
byte for byte. Deck lines are dev13's (python-pptx: every shape in slide order, a table one
line per paragraph of each cell, row by row, then the speaker notes). One departure: the gold
carries ``gap_blocks`` (a field of ``evals/cases/README.md``'s deck-grounded gold that dev13's
field list predates), so the field list the shared checks compare with is that list plus
``gap_blocks``, checked with ``_checks.gap_block_errors``.

What is this case's own:

- the roster, read from ``org/people/directory.ldif``, an ldapsearch export in extended LDIF:
  comment lines skipped, folded lines unfolded (a line that starts with one space continues the
  one before, the space dropped), ``attr:: value`` decoded from base64 as UTF-8, entries split
  at blank lines and kept only when they have a ``dn`` (so ``version: 1`` and the trailing
  ``search:``/``result:`` block are not entries). A post is an ``inetOrgPerson`` entry and its
  role is its ``title`` (core tier); a consulted body is an ``organizationalRole`` entry, which
  has no title, and its role is its ``cn`` (consult tier). Org sentences are dev15's reader
  plus one for ``.ldif``: each entry read as "<role>: <description>";
- checks of the roster's form: the ldapsearch header, ``version: 1``, the search result and a
  ``numEntries`` that agrees; no line but a comment longer than 76 characters, folded lines in
  several entries (a DN among them), base64 values exactly where a value is not plain ASCII
  (two or more, with "£"); 18 to 22 entries, posts with cn, sn, title, ou, manager and
  description, titles unique, every manager a post of the file or the Chief Executive outside
  the export; the two consulted bodies without title or manager, saying they never lead or
  own work, the gold's consult-only roles; two or more remits pointing to the governance
  charter and told there; at least two pairs of near-namesake posts that ``remit_owners``
  tells apart; the charter's sections;
- checks of the deck's form, as Google Slides downloads a 16:9 deck as PPTX: no ``docProps``
  part, a binary ``ppt/metadata`` part with its content type, Google's
  ``presentationmetadata`` relationship and the ``GoogleSlidesCustomDataVersion2`` extension
  naming it, entries in name order; the page 9144000 x 5143500 EMU, 14 to 22 slides; the
  eleven layouts of a Google theme, the cover on ``TITLE`` and every other slide on
  ``TITLE_ONLY``; every shape named "Google Shape;<id>;<page>" with its own id and one page id
  a slide, ids rising through the deck, the spTree group "Shape <id>"; every text body with
  ``spcFirstLastPara`` and 91425 EMU insets; every title in a title placeholder (the cover's a
  ``ctrTitle``) and the slide's first deck line; Google's "<#>" slide-number field on every
  content slide; a notes page for every slide, its shapes named "...:notes", notes text on
  three to five; bullets as ``buChar`` on some slides and ``buAutoNum`` on others;
- the clock: "the price control runs 1 april 2028 to 31 march 2033; regulatory year 1 (ry1) is
  2028/29." said once; after that slide no calendar year but the 2026/27 baselines and the one
  "winter 2029/30" milestone (whose line alone names months, November to February), which
  falls in Phase 2; month 0 = April 2028, RYn = months 12(n-1) to 12n; the phases named
  without dates on the north-star slide and dated on the clock slide ("RY4 onwards" ends with
  the price control, month 60), each gold phase computed from there; the gates from the gates
  slide, Gate 1's date only in its criteria; the roadmap ONE native table (header Workstream,
  RY1-RY5, Next price control; six or more workstream rows; short cell marks), its phase row
  merged over the regulatory years each phase takes and "Not in this plan" under "Next price
  control", its gate marks in the columns of the gates' months; the horizon said three ways
  that agree (the cover's 2028-2033, the clock slide's 60 months, the asks' end of RY5);
- the pilot named with its place and unit on its own slide only, neither "easterby" nor "the
  first primary" on an earlier slide, and on each later slide of ``also_slides``; scenario
  segments on the scope slide and none in its "Not in this plan" list;
- the gold's own shape: 15 to 25 deck actions from at least five forms, three or more on
  slides titled with a headline; first-90-days leads in brackets, at least one spelt unlike the
  directory's title and its remit entry naming the directory's post; keyword traps (an owner
  whose remit names the work, never the post a keyword points to); labels 3 to 8 words; at
  least two vague visions; remit owners covering every KPI, 15 entries or more; 6 to 10 gaps
  stated in at least three org files of three kinds; two or more false-gap groups; 5 to 10
  forbidden terms in no raw org file (base64 values decoded).

It never runs the planner.
"""

from __future__ import annotations

import base64
import json
import re
import shutil
import sys
import tempfile
import zipfile
from pathlib import Path
from typing import Any

from lxml import etree

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import evals.dev15._checks as _checks  # noqa: E402
from evals.dev13.check_gold import FIELDS, deck_lines  # noqa: E402
from evals.dev15._checks import Case, gap_block_errors, run, sentences_by_file  # noqa: E402

HERE = Path(__file__).resolve().parent
NAME = "power-network"
ROSTER = Path("people") / "directory.ldif"
CHARTER = Path("governance") / "network-operations-governance-charter.md"
BASE = "dc=northmarch-networks,dc=co,dc=uk"
OUTSIDE = f"ou=Executive,{BASE}"
POINTER = "Remit: see section 4 of the Network Operations Governance Charter."
NEVER = "never leads or owns work"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
P = "http://schemas.openxmlformats.org/presentationml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS = {"a": A, "p": P, "r": R}
GOOGLE_META = "http://customschemas.google.com/relationships/presentationmetadata"
SIZE = ("9144000", "5143500")
GOOGLE_LAYOUTS = [
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
]
SHAPE_NAME = re.compile(r"Google Shape;(\d+);(p\d+|g[0-9a-f]+_\d+_\d+)(:notes)?")
CLOCK_LINE = (
    "the price control runs 1 april 2028 to 31 march 2033; regulatory year 1 (ry1) is 2028/29."
)
MONTHS = [
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
SEASON = "winter 2029/30"
SEASON_MONTH = 19  # November 2029: "our winter peak runs november to february"
PILOT_NAMED = "first at the easterby cross primary and its 42 secondary substations"
PILOT_LATER = ("easterby", "the first primary")
GRADE_WORDS = {"head", "of", "manager", "director", "lead", "the", "and"}
# the form of the deck's own actions, by the title of the slide they sit on
FORMS = {
    "seeing below the substation door": "pillar initiative",
    "renting capacity before we build it": "pillar initiative",
    "a faster yes at the front door": "pillar initiative",
    "nobody left cold in the dark": "pillar initiative",
    "the right crew, first time": "pillar initiative",
    "one primary group first": "pilot steps",
    "what good looks like at each gate": "acceptance criteria",
    "what could stop us, and what we will do": "risk mitigations",
    "clearing the runway: our first 90 days": "first 90 days",
    "what changes on the first monday of ry1": "what changes on monday",
    "what we ask of the board today": "asks of the board",
}
HEADLINES = {
    "seeing below the substation door",
    "renting capacity before we build it",
    "a faster yes at the front door",
    "nobody left cold in the dark",
    "the right crew, first time",
    "what good looks like at each gate",
    "what could stop us, and what we will do",
    "clearing the runway: our first 90 days",
}
# keyword traps: (deck action, the post a keyword points to, the keyword in that post's remit,
# the post whose remit names the work, words of that remit)
TRAPS = [
    (
        "complete the customer-to-feeder data",
        "Head of Data and Analytics",
        "data warehouse",
        "Network Records Manager",
        "every customer address and its lv feeder",
    ),
    (
        "train and certify 240 fitters",
        "Head of Technical Training",
        "training",
        "Head of Safety, Health and Environment",
        "live-working competence",
    ),
    (
        "test flexibility first on every reinforcement",
        "Head of Flexibility Services",
        "flexibility",
        "Head of Network Planning",
        "flexibility-first test on every reinforcement scheme",
    ),
    (
        "move dispatch and settlement off the spreadsheet",
        "Head of Flexibility Services",
        "flexpoint",
        "Flexibility Operations Lead",
        "dispatch of contracted flexibility",
    ),
    (
        "upgrade looped services and cut-outs",
        "Head of Connections",
        "heat pump",
        "Connections Delivery Manager",
        "looped service splits",
    ),
    (
        "roll workmate out to the three depots",
        "Head of Field Operations",
        "depots",
        "Resource Planning and Scheduling Manager",
        "roll-out of workmate to the depots",
    ),
]

# gap_blocks is a field of the deck-grounded gold that dev13's list predates
_checks.FIELDS = FIELDS | {"gap_blocks"}  # type: ignore[attr-defined]


# =========================================================================== the directory

Entry = dict[str, list[str]]


def _logical_lines(text: str) -> list[str]:
    """LDIF lines unfolded: a line that starts with one space continues the one before."""
    out: list[str] = []
    for line in text.split("\n"):
        if line.startswith(" ") and out:
            out[-1] += line[1:]
        else:
            out.append(line)
    return out


def ldif_entries(path: Path) -> list[Entry]:
    """Every entry of an LDIF file that has a dn, its values decoded."""
    entries: list[Entry] = []
    current: Entry = {}
    for line in [*_logical_lines(path.read_text(encoding="utf-8")), ""]:
        if line.startswith("#"):
            continue
        if not line.strip():
            if "dn" in current:
                entries.append(current)
            current = {}
            continue
        attr, _, value = line.partition(":")
        if value.startswith(":"):
            value = base64.b64decode(value[1:].strip()).decode("utf-8")
        elif value.startswith(" "):
            value = value[1:]
        current.setdefault(attr, []).append(value)
    return entries


def _role(e: Entry) -> tuple[str, str]:
    if "inetOrgPerson" in e.get("objectClass", []):
        return e.get("title", [""])[0], "core"
    return e.get("cn", [""])[0], "consult"


def roster(org: Path) -> list[tuple[str, str]]:
    path = org / ROSTER
    return [_role(e) for e in ldif_entries(path)] if path.is_file() else []


def _ldif_parts(path: Path) -> list[str]:
    return [f"{_role(e)[0]}: {' '.join(e.get('description', []))}" for e in ldif_entries(path)]


def sentences(org: Path) -> list[str]:
    return _checks.org_sentences(org, {".ldif": _ldif_parts})


def _file_sentences(org: Path) -> dict[str, list[str]]:
    """Each org file's sentences, read alone."""
    return sentences_by_file(org, sentences, keep_folders=False)


def remits(org: Path) -> dict[str, str]:
    """Each post's remit, lower case: its description, or the charter's sentence saying what the
    post is responsible for when the description points there."""
    charter = " ".join(sentences_of(org / CHARTER))
    out: dict[str, str] = {}
    for e in ldif_entries(org / ROSTER):
        role, _ = _role(e)
        text = " ".join(e.get("description", []))
        if text == POINTER:
            key = f"the {role.lower()} is responsible for"
            text = charter[charter.find(key) :].split(". ")[0] if key in charter else ""
        out[role] = text.lower()
    return out


def sentences_of(path: Path) -> list[str]:
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copy(path, Path(tmp) / path.name)
        return sentences(Path(tmp))


def roster_form(org: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    raw = (org / ROSTER).read_text(encoding="utf-8")
    physical = raw.split("\n")
    if not raw.startswith("# extended LDIF\n#\n# LDAPv3\n# base <"):
        errors.append("directory: no ldapsearch header")
    if "\nversion: 1\n" not in raw or "\nsearch: 2\nresult: 0 Success\n" not in raw:
        errors.append("directory: no 'version: 1' or no search result")
    entries = ldif_entries(org / ROSTER)
    m = re.search(r"^# numEntries: (\d+)$", raw, re.M)
    if not m or int(m.group(1)) != len(entries):
        errors.append(f"directory: numEntries does not give the {len(entries)} entries")
    if any(len(x) > 76 for x in physical if not x.startswith("#")):
        errors.append("directory: a line longer than 76 characters that is not a comment")
    folded = [k for k, x in enumerate(physical) if x.startswith(" ")]
    if len(folded) < 10 or not any(physical[k - 1].startswith("dn: ") for k in folded):
        errors.append(f"directory: {len(folded)} folded lines, or no folded dn")
    logical = [x for x in _logical_lines(raw) if x and not x.startswith("#")]
    b64 = [x for x in logical if re.match(r"[A-Za-z]+:: ", x)]
    if len(b64) < 2:
        errors.append(f"directory: {len(b64)} base64 values (two or more)")
    for line in b64:
        value = base64.b64decode(line.split(":: ", 1)[1]).decode("utf-8")
        if value.isascii() or "\u00a3" not in value:
            errors.append(f"directory: base64 for a plain value: {value[:40]!r}")
    if any(not x.isascii() for x in logical):
        errors.append("directory: a value that is not ASCII is not base64 encoded")
    if not 18 <= len(entries) <= 22:
        errors.append(f"directory: {len(entries)} entries (18 to 22)")
    posts = [e for e in entries if "inetOrgPerson" in e.get("objectClass", [])]
    bodies = [e for e in entries if "organizationalRole" in e.get("objectClass", [])]
    if len(posts) + len(bodies) != len(entries):
        errors.append("directory: an entry neither a post nor a consulted body")
    dns = {e["dn"][0] for e in posts}
    titles = [e.get("title", [""])[0] for e in posts]
    if len(set(titles)) != len(titles):
        errors.append("directory: a title appears twice")
    outside = 0
    for e in posts:
        missing = [a for a in ("cn", "sn", "title", "ou", "manager", "description") if a not in e]
        if missing:
            errors.append(f"directory: {e['dn'][0]} has no {missing}")
            continue
        if not e["dn"][0].startswith(f"cn={e['cn'][0]},"):
            errors.append(f"directory: {e['dn'][0]} is not named by its cn")
        boss = e["manager"][0]
        if boss.endswith(OUTSIDE):
            outside += 1
        elif boss not in dns:
            errors.append(f"directory: {e['title'][0]}'s manager {boss!r} is not in the file")
    if not 1 <= outside <= 4:
        errors.append(f"directory: {outside} posts report outside the export (1 to 4)")
    names = [e["cn"][0] for e in bodies]
    if sorted(names) != sorted(gold["consult_only_roles"]) or len(names) != 2:
        errors.append(f"directory: consulted bodies {names}")
    for e in bodies:
        if "title" in e or "manager" in e or NEVER not in " ".join(e.get("description", [])):
            errors.append(f"directory: consulted body {e['cn'][0]} has a title or manager")
    pointers = [e for e in posts if e["description"][0] == POINTER]
    remit = remits(org)
    if len(pointers) < 2:
        errors.append(f"directory: only {len(pointers)} remits point to the charter")
    for e in pointers:
        if not remit[e["title"][0]]:
            errors.append(f"directory: {e['title'][0]}'s remit is not told in the charter")
    told_apart = _checks.namesakes_told_apart(titles, gold, GRADE_WORDS)
    if len(told_apart) < 2:
        errors.append(f"directory: near-namesake pairs told apart by remit_owners: {told_apart}")
    charter = (org / CHARTER).read_text(encoding="utf-8")
    for head in (
        "## 2. Sponsor and steering group",
        "## 3. Decision rights",
        "## 4. Remits held in this charter",
        "## 5. Consulted bodies",
    ):
        if head not in charter:
            errors.append(f"charter: no {head!r}")
    return errors


# =========================================================================== the deck's form


def _xml(z: zipfile.ZipFile, name: str) -> Any:
    return etree.fromstring(z.read(name))


def _rels(z: zipfile.ZipFile, name: str) -> dict[str, tuple[str, str]]:
    """A part's relationships: id -> (type, target)."""
    folder, _, leaf = name.rpartition("/")
    root = _xml(z, f"{folder}/_rels/{leaf}.rels" if folder else f"_rels/{leaf}.rels")
    return {r.get("Id"): (r.get("Type"), r.get("Target")) for r in root}


def _text(el: Any) -> str:
    return "".join(t.text or "" for t in el.iter(f"{{{A}}}t"))


def package_form(deck: Path) -> list[str]:
    errors: list[str] = []
    z = zipfile.ZipFile(deck)
    names = z.namelist()
    if names != sorted(names) or names[0] != "[Content_Types].xml":
        errors.append("package: entries are not in name order with [Content_Types].xml first")
    if any(n.startswith("docProps/") for n in names):
        errors.append("package: a docProps part (Google's download has none)")
    if "ppt/metadata" not in names or z.read("ppt/metadata")[:1] != b"\x0a":
        errors.append("package: no binary ppt/metadata part")
    types = z.read("[Content_Types].xml").decode("utf-8")
    if '<Override PartName="/ppt/metadata" ContentType="application/binary"/>' not in types:
        errors.append("package: no content type for ppt/metadata")
    rels = _rels(z, "ppt/presentation.xml")
    meta = [i for i, (t, target) in rels.items() if t == GOOGLE_META and target == "metadata"]
    pres = _xml(z, "ppt/presentation.xml")
    ext = pres.find("p:extLst/p:ext[@uri='GoogleSlidesCustomDataVersion2']", NS)
    data = ext[0] if ext is not None and len(ext) else None
    if len(meta) != 1 or data is None or data.get(f"{{{R}}}id") != meta[0]:
        errors.append("package: no GoogleSlidesCustomDataVersion2 extension naming ppt/metadata")
    size = pres.find("p:sldSz", NS)
    if size is None or (size.get("cx"), size.get("cy")) != SIZE:
        errors.append("package: the page is not Google's 16:9 (9144000 x 5143500)")
    return errors


def slides_form(deck: Path) -> list[str]:
    errors: list[str] = []
    z = zipfile.ZipFile(deck)
    names = z.namelist()
    slides = sorted(
        (n for n in names if re.fullmatch(r"ppt/slides/slide\d+\.xml", n)),
        key=lambda n: int(re.findall(r"\d+", n)[0]),
    )
    if not 14 <= len(slides) <= 22:
        errors.append(f"{len(slides)} slides (14 to 22)")
    layouts = sorted(
        (n for n in names if re.fullmatch(r"ppt/slideLayouts/slideLayout\d+\.xml", n)),
        key=lambda n: int(re.findall(r"\d+", n)[0]),
    )
    layout_names = [_xml(z, n).find("p:cSld", NS).get("name") for n in layouts]
    if layout_names != GOOGLE_LAYOUTS:
        errors.append(f"layouts {layout_names} are not a Google theme's eleven")
    pages = deck_lines(deck)
    last_id, with_notes = 0, 0
    seen_pages: set[str] = set()
    buchar: set[int] = set()
    autonum: set[int] = set()
    for k, name in enumerate(slides, start=1):
        root = _xml(z, name)
        rels = _rels(z, name)
        layout = [t for ty, t in rels.values() if ty.endswith("/slideLayout")]
        want = "TITLE" if k == 1 else "TITLE_ONLY"
        got = layout_names[int(re.findall(r"\d+", layout[0])[0]) - 1] if layout else None
        if got != want:
            errors.append(f"slide {k}: layout {got}, not {want}")
        group = root.find("p:cSld/p:spTree/p:nvGrpSpPr/p:cNvPr", NS)
        if group is None or group.get("name") != f"Shape {group.get('id')}":
            errors.append(f"slide {k}: the shape tree's group is not named 'Shape <id>'")
        ids, page_ids = [], set()
        for el in root.iter(f"{{{P}}}sp", f"{{{P}}}graphicFrame"):
            c = el.find(".//p:cNvPr", NS)
            m = SHAPE_NAME.fullmatch(c.get("name", ""))
            if not m or m.group(1) != c.get("id") or m.group(3):
                errors.append(f"slide {k}: shape named {c.get('name')!r}")
                continue
            ids.append(int(m.group(1)))
            page_ids.add(m.group(2))
        if len(page_ids) != 1 or page_ids & seen_pages:
            errors.append(f"slide {k}: page ids {sorted(page_ids)}")
        seen_pages |= page_ids
        if not ids or min(ids) <= last_id or ids != sorted(ids):
            errors.append(f"slide {k}: shape ids do not rise through the deck")
        last_id = max(ids, default=last_id)
        for bp in root.iter(f"{{{A}}}bodyPr"):
            if bp.get("spcFirstLastPara") != "1" or any(
                bp.get(i) != "91425" for i in ("lIns", "tIns", "rIns", "bIns")
            ):
                errors.append(f"slide {k}: a text body without Google's insets")
                break
        if root.findall(".//a:buChar", NS):
            buchar.add(k)
        if root.findall(".//a:buAutoNum", NS):
            autonum.add(k)
        phs = root.findall(".//p:nvPr/p:ph", NS)
        kinds = [ph.get("type") for ph in phs]
        head = "ctrTitle" if k == 1 else "title"
        heads = [
            el
            for el in root.iter(f"{{{P}}}sp")
            if el.find("p:nvSpPr/p:nvPr/p:ph", NS) is not None
            and el.find("p:nvSpPr/p:nvPr/p:ph", NS).get("type") == head
        ]
        if kinds.count(head) != 1 or len(heads) != 1:
            errors.append(f"slide {k}: {kinds.count(head)} {head} placeholders")
        elif _text(heads[0]).strip().lower() != pages[k][0]:
            errors.append(f"slide {k}: the title is not the slide's first deck line")
        if k > 1:
            nums = [
                el
                for el in root.iter(f"{{{P}}}sp")
                if el.find("p:nvSpPr/p:nvPr/p:ph[@type='sldNum']", NS) is not None
            ]
            fld = nums[0].find(".//a:fld[@type='slidenum']", NS) if nums else None
            if fld is None or _text(fld) != "\u2039#\u203a":
                errors.append(f"slide {k}: no slide-number field with Google's text")
        notes = [t for ty, t in rels.values() if ty.endswith("/notesSlide")]
        if len(notes) != 1:
            errors.append(f"slide {k}: no notes page")
            continue
        nroot = _xml(z, "ppt/notesSlides/" + notes[0].rsplit("/", 1)[1])
        page = next(iter(page_ids), "")
        for el in nroot.iter(f"{{{P}}}sp"):
            c = el.find(".//p:cNvPr", NS)
            if c.get("name") != f"Google Shape;{c.get('id')};{page}:notes":
                errors.append(f"slide {k}: notes shape named {c.get('name')!r}")
        if _text(nroot).strip():
            with_notes += 1
    if not 3 <= with_notes <= 5:
        errors.append(f"speaker notes on {with_notes} slides (3 to 5)")
    if len(buchar) < 5 or len(autonum) < 2:
        errors.append(f"buChar bullets on {sorted(buchar)}, numbered on {sorted(autonum)}")
    return errors


def _title(lines: list[str]) -> str:
    return lines[0] if lines else ""


def _slide(pages: dict[int, list[str]], title: str) -> int:
    found = [n for n, lines in pages.items() if _title(lines) == title]
    return found[0] if len(found) == 1 else 0


def _ry_end(n: int) -> int:
    """Months from month 0 (April 2028) to the end of regulatory year n."""
    return 12 * n


Table = list[list[tuple[str, int]]]


def _tables(deck: Path) -> dict[int, list[Table]]:
    """Each slide's native tables' rows as (text, columns spanned), merged cells left out."""
    z = zipfile.ZipFile(deck)
    out: dict[int, list[Table]] = {}
    k = 1
    while f"ppt/slides/slide{k}.xml" in z.namelist():
        root = _xml(z, f"ppt/slides/slide{k}.xml")
        for tbl in root.iter(f"{{{A}}}tbl"):
            rows: Table = []
            for tr in tbl.findall("a:tr", NS):
                rows.append(
                    [
                        (_text(tc).strip().lower(), int(tc.get("gridSpan", "1")))
                        for tc in tr.findall("a:tc", NS)
                        if tc.get("hMerge") != "1"
                    ]
                )
            out.setdefault(k, []).append(rows)
        k += 1
    return out


def clock_form(case: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    deck = case / gold["deck"]
    pages = deck_lines(deck)
    said = [k for k, ls in pages.items() for x in ls if CLOCK_LINE in x]
    clock = _slide(pages, "five regulatory years, one plan")
    star = _slide(pages, "our ambition for riio-ed3")
    gate = _slide(pages, "what good looks like at each gate")
    asks = _slide(pages, "what we ask of the board today")
    road = _slide(pages, "ry1 to ry5 at a glance")
    if said != [clock] or not all((clock, star, gate, asks, road)):
        return errors + [
            f"clock said on {said}; clock {clock}, north star {star}, gates {gate}, "
            f"asks {asks} or roadmap {road} slide not found"
        ]
    # the clock's year: 1 April 2028 to 31 March 2033 is five regulatory years
    horizon = gold["horizon_months"]
    if horizon != (2033 - 2028) * 12 or horizon != _ry_end(5):
        errors.append(f"horizon {horizon} is not 1 April 2028 to 31 March 2033")
    for k in range(clock + 1, len(pages) + 1):
        for x in pages[k]:
            years = [y for y in re.findall(r"\b20\d\d(?:/\d\d)?\b", x) if y != "2026/27"]
            months = [m for m in MONTHS if re.search(rf"\b{m}\b", x)]
            if (years and years != ["2029/30"]) or ((years or months) and SEASON not in x):
                errors.append(f"slide {k}: a calendar date after the clock: {x!r}")
    season = [k for k, ls in pages.items() for x in ls if SEASON in x]
    if len(season) != 1 or not any(
        f"{SEASON} (our winter peak runs november to february)" in x for x in pages[season[0]]
    ):
        errors.append(f"'{SEASON}' said on slides {season} (once, with its months)")

    # the phases: named without dates on the north star, dated on the clock slide
    named = [x for x in pages[star] if x.startswith("three phases:")]
    if len(named) != 1 or re.search(r"ry\d|20\d\d", named[0]):
        errors.append(f"north star: phases not named without dates: {named}")
    spans: dict[str, tuple[int, int]] = {}
    for x in pages[clock]:
        m = re.match(r"phase (\d) \u00b7 (\w+): ry(\d)(?:-ry(\d))?( onwards)?[.,]", x)
        if m:
            start = _ry_end(int(m.group(3)) - 1)
            if m.group(5):
                if "to the end of the price control" not in x:
                    errors.append(f"clock: {x!r} does not say where 'onwards' ends")
                end = horizon
            else:
                end = _ry_end(int(m.group(4) or m.group(3)))
            spans[m.group(2)] = (start, end)
    for ph in gold["phases"]:
        hit = [s for n, s in spans.items() if n in ph["match"]]
        if hit != [(ph["start_month"], ph["end_month"])]:
            errors.append(f"phase {ph['match']} is {hit} on the clock slide")
        if len(named) == 1 and not any(m in named[0] for m in ph["match"]):
            errors.append(f"north star: phase {ph['match']} not named there")
    phase2 = [p for p in gold["phases"] if "phase 2" in p["match"]]
    if not phase2 or not phase2[0]["start_month"] <= SEASON_MONTH < phase2[0]["end_month"]:
        errors.append("the winter 2029/30 milestone is not inside Phase 2")

    # the gates, Gate 1 dated only in its criteria
    gl = pages[gate]
    gates: dict[str, int] = {}
    g1 = [x for x in gl if x.startswith("gate 1 \u00b7")]
    crit = [x for x in gl if re.fullmatch(r"all \w+ met by the end of ry(\d)", x)]
    if len(g1) != 1 or re.search(r"ry\d|20\d\d", g1[0]) or len(crit) != 1:
        errors.append(f"gates: Gate 1 is not dated in its criteria alone ({g1}, {crit})")
    else:
        gates["g1"] = _ry_end(int(crit[0][-1]))
    mpr = [x for x in gl if "at the mid-period review (end of ry3)" in x]
    if len(mpr) == 1:
        gates["g2"] = _ry_end(3)
    close = [x for x in gl if re.fullmatch(r"close \u00b7 end of ry(\d)", x)]
    if len(close) == 1:
        gates["close"] = _ry_end(int(close[0][-1]))
    ends = [p["end_month"] for p in gold["phases"]]
    if [gates.get(g) for g in ("g1", "g2", "close")] != ends:
        errors.append(f"gates {gates} do not close the phases ending {ends}")

    # the roadmap: one native table, the phase row merged over its regulatory years
    tables = _tables(deck)
    if sorted(tables) != [11, 13, 15] or len(tables[road]) != 1:
        errors.append(f"native tables on slides {sorted(tables)}")
    rows: Table = tables[road][0] if tables.get(road) else []
    head = ["workstream", "ry1", "ry2", "ry3", "ry4", "ry5", "next price control"]
    if not rows or [t for t, _ in rows[0]] != head:
        return errors + ["roadmap: no header Workstream, RY1-RY5, Next price control"]
    if len(rows) < 8 or any(len(t) > 30 for row in rows[1:] for t, _ in row):
        errors.append("roadmap: fewer than six workstream rows or a cell mark too long")
    cols: dict[str, tuple[int, int]] = {}
    for row in rows[1:]:
        col = 0
        for text, span in row[1:]:
            cols.setdefault(f"{row[0][0]}:{text}", (col + 1, col + span))
            col += span
        if col != 6:
            errors.append(f"roadmap: row {row[0][0]!r} spans {col} columns")
    for ph in gold["phases"]:
        hit = [c for key, c in cols.items() if key.startswith("phase:") and
               key[6:].split(":")[0] in ph["match"]]  # fmt: skip
        spanned = [(_ry_end(a - 1), _ry_end(b)) for a, b in hit]
        if spanned != [(ph["start_month"], ph["end_month"])]:
            errors.append(f"roadmap: phase {ph['match']} merged over months {spanned}")
    if cols.get("phase:not in this plan") != (6, 6):
        errors.append("roadmap: 'Not in this plan' is not the phase under Next price control")
    marks = {"g1": "gates:g1", "g2": "gates:g2 \u00b7 mpr", "close": "gates:close"}
    for g, key in marks.items():
        at = cols.get(key)
        if at is None or at[0] != at[1] or _ry_end(at[0]) != gates.get(g):
            errors.append(f"roadmap: gate mark {key!r} in column {at}, gate at {gates.get(g)}")
    if cols.get("flexibility:first dispatch by winter") != (2, 2):
        errors.append("roadmap: the winter milestone is not in the RY2 column")

    # the horizon, said three ways
    ways = {
        "cover": any("2028-2033" in x for x in pages[1]),
        "clock": any("five years and 60 months in all" in x for x in pages[clock]),
        "asks": any("to the end of ry5" in x for x in pages[asks]),
    }
    if not all(ways.values()) or gold["phases"][-1]["end_month"] != horizon:
        errors.append(f"the horizon's statements {ways} and {horizon} months do not agree")
    return errors


def kpi_form(case: Path, gold: dict[str, Any]) -> list[str]:
    """The KPI table: Measure / 2026/27 baseline / Target / By when, one row a KPI; a KPI is
    executable when its target holds a number and its by-when is the end of a regulatory year,
    and vague otherwise."""
    errors: list[str] = []
    pages = deck_lines(case / gold["deck"])
    kn = _slide(pages, "eight measures the board will see every quarter")
    tables = _tables(case / gold["deck"]).get(kn, [])
    if len(tables) != 1:
        return [f"KPI table: {len(tables)} tables on slide {kn}"]
    rows = tables[0]
    if [t for t, _ in rows[0]] != ["measure", "2026/27 baseline", "target", "by when"]:
        errors.append(f"KPI table: header {rows[0]}")
    kpi_visions = [v for v in gold["visions"] if v["match"] in gold["kpis"]]
    if len(kpi_visions) != len(gold["kpis"]) or len(rows) - 1 != len(gold["kpis"]):
        errors.append(f"KPI table: {len(rows) - 1} rows for {len(gold['kpis'])} KPIs")
    for v in kpi_visions:
        if v["slide"] != kn:
            errors.append(f"KPI {v['match']!r} does not cite the KPI table")
        hit = [r for r in rows[1:] if v["match"] in r[0][0]]
        if len(hit) != 1 or len(hit[0]) != 4:
            errors.append(f"KPI {v['match']!r} is not one row of the table")
            continue
        baseline, target, when = (t for t, _ in hit[0][1:])
        executable = bool(re.search(r"\d", target)) and bool(re.fullmatch(r"end of ry[1-5]", when))
        if not re.search(r"\d", baseline) or executable == v["vague"]:
            errors.append(f"KPI {v['match']!r}: target {target!r}, by {when!r}, vague {v['vague']}")
    return errors


# =========================================================================== the gold's shape


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
        errors.append(f"pilot named with place and unit on slides {named}")
    said = {k for k, lines in pages.items() if any(p in x for p in PILOT_LATER for x in lines)}
    if any(k < pilot["slide"] for k in said):
        errors.append(f"the pilot is mentioned before its slide, on {sorted(said)}")
    later = sorted(k for k in said if k > pilot["slide"])
    if later != sorted(pilot["also_slides"]):
        errors.append(f"the place or 'the first primary' on slides {later}; also {pilot}")

    # scenarios and what is not in scope
    segs = gold["scenario_segments"]
    if not 2 <= len(segs) <= 4:
        errors.append(f"{len(segs)} scenario segments (2 to 4)")
    scope = pages[_slide(pages, "four moments this plan is built around")]
    for seg in segs:
        if not any(a in x for a in seg for x in scope):
            errors.append(f"scenario segment not on the scope slide: {seg}")
    if "not in this plan" not in scope:
        errors.append("no 'Not in this plan' list on the scope slide")
    else:
        out = scope[scope.index("not in this plan") + 1 :]
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
    days = _slide(pages, "clearing the runway: our first 90 days")
    items = pages.get(days, [])[2:]
    leads = [m.group(1) for x in items if (m := re.search(r"\(([^)]+)\)$", x))]
    off = [lead for lead in leads if lead not in posts]
    if len(leads) < 5 or not off:
        errors.append(f"first 90 days: leads {leads}, none spelt unlike the directory")
    for lead in off:
        line = next(x for x in items if x.endswith(f"({lead})"))
        entry = [e for e in gold["remit_owners"] if any(t in line for t in e["task"])]
        names = [o.lower() for e in entry for o in e["owners"]]
        said_words = set(lead.split()) - {"of", "head", "manager", "lead"}
        if not entry or lead in names or not any(said_words & set(o.split()) for o in names):
            errors.append(f"first 90 days: ({lead}) has no remit entry naming the directory's post")

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
        if keyword[:5].strip() not in line:
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
    if len(holders) < 3 or len(kinds) < 3 or len({Path(f).suffix for f in holders}) < 2:
        errors.append(f"gaps stated in {sorted(holders)} (three files of different kinds)")
    if len(gold["false_gaps"]) < 2:
        errors.append("fewer than two false-gap groups")
    if not 5 <= len(gold["forbidden_terms"]) <= 10:
        errors.append(f"{len(gold['forbidden_terms'])} forbidden terms (5 to 10)")
    texts = [p.read_text(encoding="utf-8").lower() for p in org.rglob("*") if p.is_file()]
    texts += [" ".join(_ldif_parts(org / ROSTER)).lower()]
    for term in gold["forbidden_terms"]:
        if any(term in t for t in texts):
            errors.append(f"forbidden term in a raw org file: {term!r}")

    return errors + gap_block_errors(gold, sentences(org), deck_text)


def extra(case: Path) -> list[str]:
    gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
    deck = case / gold["deck"]
    return (
        roster_form(case / "org", gold)
        + package_form(deck)
        + slides_form(deck)
        + clock_form(case, gold)
        + kpi_form(case, gold)
        + gold_shape(case, gold)
    )


CASE = Case(
    name=NAME,
    builder="build_power_network.py",
    roster=roster,
    org_sentences=sentences,
    core=frozenset({"core"}),
    consult=frozenset({"consult"}),
    extra=extra,
    folder=HERE,
    split="dev29",
)


def org_dump() -> None:
    org = HERE / NAME / "org"
    print(f"--- roster rows ({ROSTER}):")
    for e in ldif_entries(org / ROSTER):
        role, tier = _role(e)
        boss = e.get("manager", ["(no manager)"])[0]
        print(f"  {role} | {tier} | {boss} | {' '.join(e.get('description', []))}")
    print("--- org sentences:")
    for s in sentences(org):
        print(f"  | {s}")


if __name__ == "__main__":
    if "--org" in sys.argv and "--dump" not in sys.argv:
        org_dump()
        sys.exit(0)
    sys.exit(run(CASE))
