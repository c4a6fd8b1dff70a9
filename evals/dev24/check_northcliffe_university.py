"""Consistency checks of the dev24 case ``northcliffe-university`` against its deck and org folder.

Run from the repository root with the venv the builder needs (reportlab is not in the project's
lock; see ``build_northcliffe_university.py``), since the rebuild check runs the builder with the
interpreter that runs this file:

    /tmp/rl/bin/python evals/dev24/check_northcliffe_university.py           # checks, rebuild
    /tmp/rl/bin/python evals/dev24/check_northcliffe_university.py --dump    # deck lines, roster
    /tmp/rl/bin/python evals/dev24/check_northcliffe_university.py --org     # roster rows, org text

The checks are those of ``evals/dev15/_checks.py`` (adapted from ``evals/dev13/check_gold.py``),
imported, not copied, and pointed at this folder (``evals/dev24``, split "dev24") with
``build_northcliffe_university.py`` as the builder, "core" the core tier and "consult only" the
consult tier. Deck lines are dev13's: pypdf's text of each PDF page, one line per line,
normalised; gold "slide" is the PDF page. The gold also carries ``gap_blocks`` (see
``evals/cases/README.md``), which ``_checks``' field list does not name, so its ``FIELDS`` is
widened by that one field here and ``gap_blocks`` is checked below.

What is this case's own:

- the roster, read with the standard library from the LibreOffice Calc spreadsheet
  ``org/people/student-success-roles.ods`` (``content.xml``): the sheet "Roles", its rows in
  document order with ``table:number-rows-repeated`` and ``table:number-columns-repeated``
  expanded (a covered cell of a merged range counts as an empty cell), a cell's text its
  ``text:p`` paragraphs with spans opened, ``text:s`` as spaces and ``text:line-break`` as a new
  line; the header row is Role / Directorate / Involvement / Remit, and every later row whose Role
  cell is not empty is a role (blank rows between roles are skipped, not an end), its tier the
  Involvement cell;
- org sentences: ``_checks.org_sentences`` with an ``.ods`` reader added: every row of every
  sheet, its non-empty cells joined by spaces (a line break read as a space);
- checks of the roster's form: ``mimetype`` first, stored, and the spreadsheet's media type; the
  four other parts; every entry at one fixed time; the sheets "Roles" and "Notes" in that order;
  a title cell spanning the four columns (``table:number-columns-spanned``) followed by covered
  cells; ``table:number-columns-repeated`` and ``table:number-rows-repeated`` empty cells and
  rows; one remit with a ``text:line-break``; one role split by a ``text:span``; 18 to 22 roles
  in the tiers Core / Extended / Consult only, two of them Consult only; prose on "Notes";
- checks of the deck's form, as Figma exports frames: 14 to 22 pages of 1920 x 1080 points;
  Producer and Creator "Figma"; no structure tree or MarkInfo (untagged); every font an embedded
  subset (``ABCDEF+Name`` with ``FontFile2``); every text object inside its own ``q ... Q``,
  its lines placed by ``Tm`` only (no ``Td``, ``TD``, ``T*``, ``'`` or ``"``); wrapped
  paragraphs (40 or more text objects of two or more lines); on every page an eyebrow in capitals set
  with character spacing (``Tc`` > 0) and no other text with character spacing; the title drawn
  after body text lower on the page (the footer aside) on at least six pages; a caption (an eyebrow) drawn just
  before the card under it on at least three pages; the KPI page's nine cards (rounded filled
  shapes), nine numbers of 60 pt or more, eight "from X in 2026/27" lines and one new measure;
  the roadmap's semester axis (Semester 1, Semester 2, Summer under each of 2028/29, 2029/30,
  2030/31), its clock line, its footnote defining the semesters, its coloured bars and four
  gates at semester ends; every gold phase starting at a semester start;
- checks of the gold beyond ``_checks``: ``gap_blocks`` (each gap key inside an org sentence
  that states a gold gap, every blocks/not_blocks alternative on a deck line, no task both);
  at least two vague visions and more executable ones; 5 to 10 forbidden terms; 6 to 12 gaps;
  5 to 12 org files.

It never runs the planner.
"""

from __future__ import annotations

import json
import re
import sys
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree import ElementTree as ET

from pypdf import PdfReader
from pypdf.generic import ContentStream, DictionaryObject

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import evals.dev15._checks as _checks  # noqa: E402
from evals.dev13.check_gold import FIELDS, deck_lines  # noqa: E402
from evals.dev15._checks import Case  # noqa: E402

HERE = Path(__file__).resolve().parent
NAME = "northcliffe-university"
DECK = "known-and-supported-student-success-plan-board-of-governors-july-2028.pdf"
ROSTER = Path("people") / "student-success-roles.ods"
HEAD = ["Role", "Directorate", "Involvement", "Remit"]
TIERS = {"core", "extended", "consult only"}
ODS_MIME = b"application/vnd.oasis.opendocument.spreadsheet"
KPI_PAGE = 11
ROADMAP_PAGE = 12
# pages whose title layer is drawn after their body (its first words, as drawn)
TITLE_LATE = {
    3: "Why now",
    4: "Students do not know",
    5: "Every Northcliffe student",
    7: "A tutor who knows",
    9: "One app and one website",
    11: "How we will know",
    13: "Pilot: the Faculty",
    14: "Five risks",
    18: "What we ask",
}

# _checks compares the gold's fields with dev13's list, which has no gap_blocks
_checks.FIELDS = FIELDS | {"gap_blocks"}

OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"


def _t(tag: str) -> str:
    return f"{{{TEXT}}}{tag}"


def _tb(tag: str) -> str:
    return f"{{{TABLE}}}{tag}"


# =========================================================================== the ODS reader


def _odf_text(el: ET.Element) -> str:
    """A paragraph's text: spans opened, ``text:s`` as spaces, a line break as a new line."""
    out: list[str] = [el.text or ""]
    for child in el:
        if child.tag == _t("s"):
            out.append(" " * int(child.get(_t("c"), "1")))
        elif child.tag == _t("tab"):
            out.append("\t")
        elif child.tag == _t("line-break"):
            out.append("\n")
        elif child.tag in (_t("span"), _t("a")):
            out.append(_odf_text(child))
        out.append(child.tail or "")
    return "".join(out)


def _content(path: Path) -> ET.Element:
    with zipfile.ZipFile(path) as z:
        return ET.fromstring(z.read("content.xml"))


def sheets(path: Path) -> dict[str, list[list[str]]]:
    """Every sheet's rows, repeated rows and cells expanded (empty ones capped at 50)."""
    out: dict[str, list[list[str]]] = {}
    for table in _content(path).iter(_tb("table")):
        rows: list[list[str]] = []
        for tr in table.iter(_tb("table-row")):
            cells: list[str] = []
            for tc in tr:
                if tc.tag not in (_tb("table-cell"), _tb("covered-table-cell")):
                    continue
                text = "\n".join(_odf_text(p) for p in tc.iter(_t("p")))
                n = int(tc.get(_tb("number-columns-repeated"), "1"))
                cells.extend([text] * (min(n, 50) if not text else n))
            n = int(tr.get(_tb("number-rows-repeated"), "1"))
            rows.extend([cells] * (min(n, 50) if not any(cells) else n))
        out[table.get(_tb("name"), "")] = rows
    return out


def roster_rows(org: Path) -> list[list[str]]:
    """The "Roles" sheet's rows from its header row on, without blank rows."""
    rows = sheets(org / ROSTER).get("Roles", [])
    for k, row in enumerate(rows):
        if [c.strip() for c in row[:4]] == HEAD:
            return [row[:4]] + [r[:4] for r in rows[k + 1 :] if r and r[0].strip()]
    return []


def roster(org: Path) -> list[tuple[str, str]]:
    rows = roster_rows(org)
    return [(" ".join(r[0].split()), r[2].strip().lower()) for r in rows[1:]]


def _ods_parts(path: Path) -> list[str]:
    parts: list[str] = []
    for rows in sheets(path).values():
        for row in rows:
            cells = [" ".join(c.split()) for c in row if c.strip()]
            if cells:
                parts.append(" ".join(cells))
    return parts


def sentences(org: Path) -> list[str]:
    return _checks.org_sentences(org, {".ods": _ods_parts})


def roster_form(org: Path) -> list[str]:
    errors: list[str] = []
    path = org / ROSTER
    with zipfile.ZipFile(path) as z:
        infos = z.infolist()
        names = [i.filename for i in infos]
        first = infos[0]
        if first.filename != "mimetype" or first.compress_type != zipfile.ZIP_STORED:
            errors.append("roster: mimetype is not the first entry, stored")
        elif z.read("mimetype") != ODS_MIME:
            errors.append("roster: mimetype is not an ODF spreadsheet")
        for part in ("content.xml", "styles.xml", "meta.xml", "META-INF/manifest.xml"):
            if part not in names:
                errors.append(f"roster: no {part}")
        if names[1:] != sorted(names[1:]):
            errors.append("roster: the entries after mimetype are not sorted")
        if len({i.date_time for i in infos}) != 1:
            errors.append("roster: entries at different times")
        raw = z.read("content.xml").decode("utf-8")
    root = _content(path)
    tables = list(root.iter(_tb("table")))
    if [t.get(_tb("name")) for t in tables] != ["Roles", "Notes"]:
        errors.append("roster: the sheets are not Roles, Notes")
        return errors
    first_row = next(tables[0].iter(_tb("table-row")))
    cells = [c for c in first_row if c.tag in (_tb("table-cell"), _tb("covered-table-cell"))]
    if not cells or cells[0].get(_tb("number-columns-spanned")) != "4":
        errors.append("roster: the title cell does not span the four columns")
    if len(cells) < 2 or cells[1].tag != _tb("covered-table-cell"):
        errors.append("roster: no covered cells after the merged title")
    if 'table:number-columns-repeated="' not in raw or 'table:number-rows-repeated="' not in raw:
        errors.append("roster: no repeated empty cells or rows")
    role_cells = [
        tr.findall(_tb("table-cell"))
        for tr in tables[0].iter(_tb("table-row"))
        if len(tr.findall(_tb("table-cell"))) == 4
    ]
    breaks = sum(1 for row in role_cells if row[3].find(f".//{_t('line-break')}") is not None)
    if breaks != 1:
        errors.append(f"roster: {breaks} remits with a line break (one expected)")
    spans = sum(1 for row in role_cells if row[0].find(f".//{_t('span')}") is not None)
    if spans != 1:
        errors.append(f"roster: {spans} roles with a styled span (one expected)")
    found = roster(org)
    if not 18 <= len(found) <= 22:
        errors.append(f"roster: {len(found)} roles (18 to 22)")
    if len({r for r, _ in found}) != len(found):
        errors.append("roster: a role appears twice")
    if {t for _, t in found} - TIERS:
        errors.append(f"roster: tiers {sorted({t for _, t in found})}")
    if sum(1 for _, t in found if t == "consult only") != 2:
        errors.append("roster: not two consult-only roles")
    notes = [c for row in sheets(path)["Notes"] for c in row if c.strip()]
    if sum(1 for c in notes if len(c.split()) >= 8) < 4:
        errors.append("roster: the Notes sheet holds no prose")
    return errors


# =========================================================================== the deck's form


@dataclass
class TextObject:
    """One BT ... ET: what it shows (bytes read as Latin-1), its size, spacing and lines."""

    text: str = ""
    size: float = 0.0
    tc: float = 0.0
    lines: int = 0
    y: float = 0.0
    in_q: bool = False
    out_q: bool = False


@dataclass
class Walk:
    """A page's content stream as events: text objects and filled shapes, in drawing order."""

    events: list[tuple[str, TextObject | bool]] = field(default_factory=list)
    bad_ops: set[str] = field(default_factory=set)
    curved_fills: int = 0


def _shown(operand: object) -> str:
    raw = getattr(operand, "original_bytes", None)
    if raw is None:
        raw = bytes(operand) if isinstance(operand, bytes | bytearray) else str(operand).encode()
    return raw.decode("latin-1")


def walk(reader: PdfReader, n: int) -> Walk:
    page = reader.pages[n - 1]
    contents = page.get_contents()
    out = Walk()
    if contents is None:
        return out
    ops = ContentStream(contents, reader).operations
    current: TextObject | None = None
    tc = 0.0
    saved: list[float] = []
    curve = False
    prev = ""
    for operands, operator in ops:
        op = operator.decode("latin-1")
        if op == "q":
            saved.append(tc)
        elif op == "Q":
            tc = saved.pop() if saved else 0.0
            last = out.events[-1][1] if out.events else None
            if isinstance(last, TextObject) and prev == "ET":
                last.out_q = True
        elif op == "BT":
            current = TextObject(in_q=prev == "q")
        elif op == "ET" and current is not None:
            current.tc = tc if current.tc == 0.0 else current.tc
            out.events.append(("text", current))
            current = None
        elif op == "Tc":
            tc = float(operands[0])
            if current is not None:
                current.tc = tc
        elif op == "Tf" and current is not None:
            current.size = max(current.size, float(operands[1]))
        elif op == "Tm" and current is not None:
            if not (float(operands[4]) == 0 and float(operands[5]) == 0):
                current.lines += 1
                if current.lines == 1:
                    current.y = float(operands[5])
                else:
                    current.text += "\n"
        elif op == "Tj" and current is not None:
            current.text += _shown(operands[0])
        elif op in {"Td", "TD", "T*", "'", '"', "TJ"}:
            out.bad_ops.add(op)
        elif op == "c":
            curve = True
        elif op in {"f", "f*", "B", "B*", "b", "b*"}:
            out.events.append(("fill", curve))
            out.curved_fills += 1 if curve else 0
            curve = False
        elif op in {"n", "S", "s"}:
            curve = False
        prev = op
    return out


def _texts(w: Walk) -> list[TextObject]:
    return [e for kind, e in w.events if kind == "text" and isinstance(e, TextObject)]


def deck_form(case: Path, gold: dict) -> list[str]:
    errors: list[str] = []
    reader = PdfReader(str(case / DECK))
    count = len(reader.pages)
    if not 14 <= count <= 22:
        errors.append(f"deck: {count} pages (14 to 22)")
    meta: dict[str, object] = dict(reader.metadata or {})
    if meta.get("/Producer") != "Figma" or meta.get("/Creator") != "Figma":
        errors.append(f"deck: producer/creator {meta.get('/Producer')!r}/{meta.get('/Creator')!r}")
    root = reader.root_object
    if "/StructTreeRoot" in root or "/MarkInfo" in root:
        errors.append("deck: the PDF is tagged")
    late = caption = wrapped = 0
    for n, page in enumerate(reader.pages, start=1):
        if (float(page.mediabox.width), float(page.mediabox.height)) != (1920.0, 1080.0):
            errors.append(f"deck: page {n} is not 1920 x 1080")
        resources = page.get("/Resources")
        res = resources.get_object() if resources is not None else None
        fonts = res.get("/Font") if isinstance(res, DictionaryObject) else None
        fonts = fonts.get_object() if fonts is not None else DictionaryObject()
        if not isinstance(fonts, DictionaryObject) or not fonts:
            errors.append(f"deck: page {n} has no fonts")
            continue
        for key in fonts:
            font = fonts[key].get_object()
            assert isinstance(font, DictionaryObject)
            base = str(font.get("/BaseFont", ""))
            desc = font.get("/FontDescriptor")
            if not re.fullmatch(r"/[A-Z]{6}\+\S+", base) or desc is None:
                errors.append(f"deck: page {n} font {base} is not an embedded subset")
            elif "/FontFile2" not in desc.get_object():
                errors.append(f"deck: page {n} font {base} has no embedded font file")
        w = walk(reader, n)
        if w.bad_ops:
            errors.append(f"deck: page {n} places lines with {sorted(w.bad_ops)}")
        texts = _texts(w)
        if any(not (t.in_q and t.out_q) for t in texts):
            errors.append(f"deck: page {n} has a text object outside its own q ... Q")
        spaced = [t for t in texts if t.tc > 0]
        if not spaced:
            errors.append(f"deck: page {n} has no letter-spaced eyebrow")
        for t in spaced:
            if t.lines != 1 or not re.search(r"[A-Z]", t.text) or re.search(r"[a-z]", t.text):
                errors.append(f"deck: page {n} letter-spaced text is not one line of capitals")
        wrapped += sum(1 for t in texts if t.lines >= 2)
        if n in TITLE_LATE:
            idx = next((k for k, t in enumerate(texts) if t.text.startswith(TITLE_LATE[n])), None)
            if idx is None:
                errors.append(f"deck: page {n} title {TITLE_LATE[n]!r} not found")
            elif any(80 < t.y < texts[idx].y and t.size < texts[idx].size for t in texts[:idx]):
                late += 1
        for (k1, e1), (k2, e2) in zip(w.events, w.events[1:], strict=False):
            spaced_text = k1 == "text" and isinstance(e1, TextObject) and e1.tc > 0
            if spaced_text and k2 == "fill" and e2 is True:
                caption += 1
                break
    if late < 6:
        errors.append(f"deck: the title is drawn after the body on {late} pages (6 or more)")
    if caption < 3:
        errors.append(f"deck: a caption is drawn before its card on {caption} pages (3 or more)")
    if wrapped < 40:
        errors.append(f"deck: {wrapped} wrapped text objects of two or more lines (40 or more)")

    kpi = walk(reader, KPI_PAGE)
    big = [t for t in _texts(kpi) if t.size >= 60]
    if len(big) != 9:
        errors.append(f"deck: {len(big)} big KPI numbers (9 expected)")
    if kpi.curved_fills < 9:
        errors.append(f"deck: {kpi.curved_fills} rounded cards on the KPI page")
    lines = deck_lines(case / DECK)
    kl = lines[KPI_PAGE]
    froms = [x for x in kl if re.fullmatch(r"from \S+( \w+)? in 2026/27 · .+", x)]
    if len(froms) != 8 or sum(1 for x in kl if x.startswith("new measure from")) != 1:
        errors.append(f"deck: KPI 'from X in 2026/27' lines are {froms}")
    for kp in gold["kpis"]:
        if not any(kp in x for x in kl):
            errors.append(f"deck: KPI {kp!r} is not on the KPI page")

    road = lines[ROADMAP_PAGE]
    axis = [x for x in road if x in {"semester 1", "semester 2", "summer"}]
    if axis != ["semester 1", "semester 2", "summer"] * 3:
        errors.append(f"deck: roadmap semester axis is {axis}")
    years = [x for x in road if re.fullmatch(r"20\d\d/\d\d", x)]
    if years != ["2028/29", "2029/30", "2030/31"]:
        errors.append(f"deck: roadmap years are {years}")
    if not any("month 0 = september 2028" in x for x in road):
        errors.append("deck: the roadmap does not state month 0")
    foot = "semester 1 = september to january · semester 2 = february to june · summer = july"
    if not any(foot in x for x in road):
        errors.append("deck: the roadmap footnote does not define the semesters")
    gates = [x for x in road if re.fullmatch(r"gate \d · end (jan|jun) 20\d\d", x)]
    if len(gates) != 4:
        errors.append(f"deck: roadmap gates are {gates}")
    if walk(reader, ROADMAP_PAGE).curved_fills < 18:
        errors.append("deck: the roadmap has fewer than 18 rounded bars and cells")
    for ph in gold["phases"]:
        if ph["start_month"] % 12 not in (0, 5, 10):
            errors.append(f"deck: phase {ph['match'][0]} does not start at a semester start")
    return errors


# =========================================================================== the gold's own checks


def gold_extra(case: Path, gold: dict) -> list[str]:
    errors: list[str] = []
    pages = deck_lines(case / DECK)
    all_lines = [x for lines in pages.values() for x in lines]
    org = sentences(case / "org")
    gap_sentences = {s for gap in gold["gaps"] for alt in gap for s in org if alt in s}
    for entry in gold["gap_blocks"]:
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
    files = [p for p in (case / "org").rglob("*") if p.is_file()]
    if not 5 <= len(files) <= 12:
        errors.append(f"{len(files)} org files (5 to 12)")
    if gold["pilot"]["slide"] != 13 or gold["horizon_months"] != 36:
        errors.append("pilot page or horizon changed")
    return errors


def extra(case: Path) -> list[str]:
    gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
    return roster_form(case / "org") + deck_form(case, gold) + gold_extra(case, gold)


CASE = Case(
    name=NAME,
    builder="build_northcliffe_university.py",
    roster=roster,
    org_sentences=sentences,
    core=frozenset({"core"}),
    consult=frozenset({"consult only"}),
    extra=extra,
    folder=HERE,
    split="dev24",
)


def org_dump() -> None:
    org = HERE / NAME / "org"
    print(f"##### {NAME}: roster rows ({ROSTER})")
    for row in roster_rows(org):
        print("  " + " | ".join(" ".join(c.split("\n")) for c in row))
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
