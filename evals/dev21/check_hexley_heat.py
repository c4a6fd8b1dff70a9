"""Consistency checks of the dev21 case ``hexley-heat`` against its deck and org folder.

Run from the repository root with the venv the builder needs (reportlab is not in the project's
lock; see ``build_hexley_heat.py``), since the rebuild check runs the builder with the
interpreter that runs this file:

    /tmp/rl/bin/python evals/dev21/check_hexley_heat.py
    (``--dump`` prints the deck lines the gold was read from and the roster; ``--org`` adds the
    org sentences)

The checks are those of ``evals/dev15/_checks.py`` (adapted from ``evals/dev13/check_gold.py``),
imported, not copied, and pointed at this folder (``evals/dev21``, split "dev21") with
``build_hexley_heat.py`` as the builder, "core" the core tier and "consult only" the consult
tier. Deck lines are dev13's: pypdf's text of each PDF page, one line per line, normalised. A
gold "slide" is the PDF PAGE (1-based): page 1 is the cover, pages 2-9 are spreads carrying the
document's own pages 2-17, page 10 the back cover (document page 18). pypdf returns the text of
the OFF layer "Notes for proof" with the rest of the page; the gold treats it as no part of the
plan (its lines are among the not-visions and not-actions, and no vision or action points at
it), which this checker verifies.

What is this case's own:

- the roster, read with the standard library from the LDIF file
  ``org/people/programme-group.ldif`` (RFC 2849): the ``version: 1`` line and comment lines
  (``#``) skipped, continuation lines (a line that begins with one space) joined to the line
  before without that space (a fold may fall just before a space of the value, so the
  continuation line then begins with two), entries separated by blank lines, ldapsearch's
  trailer (``search: 2`` / ``result: 0 Success``, no dn) dropped, ``attr: value`` taken as it
  is and ``attr:: value`` base64-decoded as UTF-8. An entry is a role when its object classes
  include ``inetOrgPerson`` and it has a ``title``: the role is the title, its tier the
  ``employeeType``. The group entry (``groupOfNames``) and the service account (``account``,
  no title) are no roles. The contractor's account director (``ou=Contractors``, ``o: Calder
  Thermal Services Ltd``) is a role of tier Extended: the plan may consult or inform him, never
  make him an owner;
- org sentences: ``_checks.org_sentences`` plus every LDIF entry that has a description, as
  "title (ou, o): description" (the description alone for an entry without a title);
- checks of the LDIF's form: ``version: 1`` first, ldapsearch's comments (``# extended LDIF``,
  ``# search result``, ``# numEntries: N`` with N the number of entries), every physical line
  but comments at most 76 characters, long values folded (some over three physical lines), at
  least three ``::`` values that decode to text outside ASCII (a title, a description, a cn),
  the group entry's ``member`` values naming every other entry, one service account without a
  title, one entry of another company under ``ou=Contractors``, 16 to 20 roles in the tiers
  Core / Extended / Consult only, and that a naive reader (no unfolding, no base64) gets some
  role wrong, so the form matters;
- checks of the deck's form: 10 pages, pages 1 and 10 A4 portrait, pages 2-9 spreads of
  1190.55 x 841.89 pt with a TrimBox; Creator "Adobe InDesign ..." and Producer "Adobe PDF
  Library ..."; the catalog's ``/OCProperties`` with one OCG "Notes for proof" in ``/OCGs`` and
  in ``/D /OFF`` (not ``/ON``); each page with a note names that OCG as ``/oc1`` in its
  ``/Properties`` and carries the note between ``/OC /oc1 BDC`` and ``EMC``; the notes' text is
  read back from those streams, found by pypdf on its page, covered by the not-visions and
  not-actions, and holds no vision, KPI, deck action, optional vision or pilot match; both
  running headers and both folios on every spread (the document's page numbers 2-17, two a
  page); at least four hyphenated line ends and no gold match ending in a hyphen; the pull
  quote "we will connect 3,000 more homes by 2034" twice on its page; the KPI visions all on
  the KPI table's page.

It never runs the planner.
"""

from __future__ import annotations

import base64
import json
import re
import sys
import zlib
from pathlib import Path
from typing import cast

from pypdf import PdfReader
from pypdf.generic import DictionaryObject

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals.dev13.check_gold import deck_lines, normalize  # noqa: E402
from evals.dev15._checks import Case, org_sentences, run  # noqa: E402

HERE = Path(__file__).resolve().parent
NAME = "hexley-heat"
DECK = "warm-homes-fair-bills-strategy-2029-2034.pdf"
ROSTER = Path("people") / "programme-group.ldif"
COMPANY = "Hexley Heat Network Ltd"
TIERS = {"core", "extended", "consult only"}
PAGES = 10
A4 = (595.28, 841.89)
SPREAD = (1190.55, 841.89)
KPI_PAGE = 7
PULL = ("we will connect 3,000 more homes by 2034", 4)
RUNNING = ("warm homes, fair bills 2029-2034", "our plan \u00b7 ")


# =========================================================================== the LDIF reader


def ldif_entries(path: Path) -> list[list[tuple[str, str]]]:
    """Every entry as its (attribute, value) pairs in file order, values decoded."""
    physical = path.read_text(encoding="utf-8").split("\n")
    logical: list[str] = []
    for line in physical:
        if line.startswith(" ") and logical:
            logical[-1] += line[1:]
        else:
            logical.append(line)
    entries: list[list[tuple[str, str]]] = []
    cur: list[tuple[str, str]] = []
    for line in logical:
        if line.startswith("#"):
            continue
        if not line.strip():
            if cur:
                entries.append(cur)
            cur = []
            continue
        attr, sep, value = line.partition(":")
        if not sep:
            raise ValueError(f"not an LDIF line: {line!r}")
        if value.startswith(":"):
            value = base64.b64decode(value[1:].strip()).decode("utf-8")
        else:
            value = value[1:] if value.startswith(" ") else value
        if attr == "version" and not cur:
            continue
        cur.append((attr, value))
    if cur:
        entries.append(cur)
    # ldapsearch's trailer (search: / result:) is a record without a dn, not an entry
    return [e for e in entries if e[0][0] == "dn"]


def _get(entry: list[tuple[str, str]], attr: str) -> list[str]:
    return [v for a, v in entry if a.lower() == attr.lower()]


def _first(entry: list[tuple[str, str]], attr: str) -> str:
    values = _get(entry, attr)
    return values[0] if values else ""


def _is_person(entry) -> bool:
    return "inetorgperson" in {v.lower() for v in _get(entry, "objectClass")}


def roster(org: Path) -> list[tuple[str, str]]:
    """(title, employeeType) of every inetOrgPerson entry with a title, in file order."""
    path = org / ROSTER
    if not path.is_file():
        return []
    return [
        (_first(e, "title"), _first(e, "employeeType").lower())
        for e in ldif_entries(path)
        if _is_person(e) and _first(e, "title")
    ]


def _ldif_parts(path: Path) -> list[str]:
    parts = []
    for e in ldif_entries(path):
        desc = _first(e, "description")
        if not desc:
            continue
        title = _first(e, "title")
        if title:
            parts.append(f"{title} ({_first(e, 'ou')}, {_first(e, 'o')}): {desc}")
        else:
            parts.append(desc)
    return parts


def sentences(org: Path) -> list[str]:
    return org_sentences(org, {".ldif": _ldif_parts})


def roster_form(org: Path) -> list[str]:
    errors: list[str] = []
    path = org / ROSTER
    text = path.read_text(encoding="utf-8")
    physical = text.split("\n")
    if physical[0] != "version: 1":
        errors.append("ldif: the first line is not 'version: 1'")
    for want in ("# extended LDIF", "# search result", "search: 2", "result: 0 Success"):
        if want not in physical:
            errors.append(f"ldif: no line {want!r}")
    entries = ldif_entries(path)
    m = re.search(r"^# numEntries: (\d+)$", text, re.M)
    if not m or int(m.group(1)) != len(entries):
        errors.append(f"ldif: numEntries {m.group(1) if m else None} for {len(entries)} entries")
    long = [ln for ln in physical if len(ln) > 76 and not ln.startswith("#")]
    if long:
        errors.append(f"ldif: {len(long)} physical lines over 76 characters")
    if not any(ln.startswith("  ") for ln in physical):
        errors.append("ldif: no fold falls just before a space (a second leading space)")
    if "search: 2\nresult: 0 Success" not in text:
        errors.append("ldif: no ldapsearch result trailer")
    runs = sum(
        1
        for k in range(len(physical) - 2)
        if not physical[k].startswith((" ", "#"))
        and physical[k + 1].startswith(" ")
        and physical[k + 2].startswith(" ")
    )
    if runs < 5:
        errors.append(f"ldif: only {runs} values folded over three or more lines")
    b64 = [ln for ln in text.replace("\n ", "").split("\n") if re.match(r"^[A-Za-z]+:: ", ln)]
    decoded = [base64.b64decode(ln.split(":: ", 1)[1]).decode("utf-8") for ln in b64]
    if len([d for d in decoded if not d.isascii()]) < 3:
        errors.append(f"ldif: {len(decoded)} base64 values, fewer than 3 outside ASCII")
    b64_attrs = {ln.split("::")[0] for ln in b64}
    if not {"title", "description", "cn"} <= b64_attrs:
        errors.append(f"ldif: base64 values only for {sorted(b64_attrs)}")
    for e in entries:
        if not _first(e, "dn"):
            errors.append("ldif: an entry without a dn first")
    groups = [e for e in entries if "groupofnames" in {v.lower() for v in _get(e, "objectClass")}]
    if len(groups) != 1:
        errors.append(f"ldif: {len(groups)} group entries")
    else:
        members = set(_get(groups[0], "member"))
        others = {_first(e, "dn") for e in entries if e is not groups[0]}
        if members != others:
            errors.append(f"ldif: group members differ from the entries: {members ^ others}")
        if _first(groups[0], "title"):
            errors.append("ldif: the group entry has a title")
    services = [e for e in entries if "account" in {v.lower() for v in _get(e, "objectClass")}]
    if len(services) != 1 or _first(services[0], "title") or _is_person(services[0]):
        errors.append("ldif: not exactly one service account without a title")
    foreign = [e for e in entries if _is_person(e) and ",ou=Contractors," in _first(e, "dn")]
    if len(foreign) != 1 or _first(foreign[0], "o") == COMPANY:
        errors.append("ldif: not exactly one contractor of another company")
    else:
        if _first(foreign[0], "employeeType") != "Extended":
            errors.append("ldif: the contractor is not of tier Extended")
    found = roster(org)
    names = [r for r, _ in found]
    if not 16 <= len(found) <= 20:
        errors.append(f"ldif: {len(found)} roles (16 to 20)")
    if {t for _, t in found} != TIERS:
        errors.append(f"ldif: tiers are {sorted({t for _, t in found})}")
    if len(set(names)) != len(names):
        errors.append("ldif: a title appears twice")
    # a naive reader (no unfolding, no base64) gets some role wrong or loses it
    naive = [ln[len("title: ") :] for ln in physical if ln.startswith("title: ")]
    if naive == names:
        errors.append("ldif: a naive reader already reads every role")
    return errors


# =========================================================================== the deck's form


def _streams(page) -> list[bytes]:
    contents = page.get("/Contents")
    if contents is None:
        return []
    objs = contents if isinstance(contents, list) else [contents]
    return [o.get_object().get_data() for o in objs]


def _tj_text(stream: bytes) -> list[str]:
    return [
        m.group(1).decode("latin-1").replace("\\(", "(").replace("\\)", ")")
        for m in re.finditer(rb"\(((?:\\.|[^\\)])*)\) Tj", stream)
    ]


def proof_notes(deck: Path) -> dict[int, list[str]]:
    """The text inside /OC /oc1 BDC ... EMC on each page, normalised."""
    reader = PdfReader(str(deck))
    out: dict[int, list[str]] = {}
    for n, page in enumerate(reader.pages, start=1):
        for data in _streams(page):
            for m in re.finditer(rb"/OC /oc1 BDC(.*?)EMC", data, re.S):
                out.setdefault(n, []).extend(normalize(t) for t in _tj_text(m.group(1)))
    return out


def deck_form(case: Path) -> list[str]:
    errors: list[str] = []
    gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
    deck = case / DECK
    reader = PdfReader(str(deck))
    if len(reader.pages) != PAGES:
        errors.append(f"{len(reader.pages)} pages, {PAGES} expected")
    for n, page in enumerate(reader.pages, start=1):
        size = (float(page.mediabox.width), float(page.mediabox.height))
        want = A4 if n in (1, PAGES) else SPREAD
        if any(abs(a - b) > 0.01 for a, b in zip(size, want, strict=True)):
            errors.append(f"page {n} is {size}, not {want}")
        if "/TrimBox" not in page:
            errors.append(f"page {n} has no TrimBox")
    meta = dict(reader.metadata or {})
    if not str(meta.get("/Creator", "")).startswith("Adobe InDesign") or not str(
        meta.get("/Producer", "")
    ).startswith("Adobe PDF Library"):
        errors.append(f"creator/producer {meta.get('/Creator')!r} / {meta.get('/Producer')!r}")

    # the optional content group
    root = cast(DictionaryObject, reader.trailer["/Root"])
    ocp = root.get("/OCProperties")
    if ocp is None:
        return errors + ["no /OCProperties in the catalog"]
    ocgs = [o.get_object() for o in ocp["/OCGs"]]
    if len(ocgs) != 1 or ocgs[0].get("/Name") != "Notes for proof" or ocgs[0]["/Type"] != "/OCG":
        errors.append(f"OCGs are {[o.get('/Name') for o in ocgs]}")
    d = ocp["/D"]
    off = [o.get_object() for o in d.get("/OFF", [])]
    on = [o.get_object() for o in d.get("/ON", [])]
    if not ocgs or ocgs[0] not in off or ocgs[0] in on:
        errors.append("the layer 'Notes for proof' is not OFF by default")
    notes = proof_notes(deck)
    if len(notes) < 4:
        errors.append(f"proof notes on pages {sorted(notes)} only")
    pages = deck_lines(deck)
    for n in notes:
        page = reader.pages[n - 1]
        props = cast(DictionaryObject, page["/Resources"]).get("/Properties")
        if props is None or props["/oc1"].get_object() != ocgs[0]:
            errors.append(f"page {n}: /oc1 is not the proof layer in /Properties")
    non_work = gold["not_visions"] + gold["not_actions"]
    plan_matches = [v["match"] for v in gold["visions"]]
    plan_matches += [m for v in gold["visions"] for m in v.get("alternatives", [])]
    plan_matches += [m for a in gold["deck_actions"] for m in a["match"]]
    plan_matches += gold["optional_visions"] + gold["pilot"]["match"] + gold["kpis"]
    for n, lines in notes.items():
        for line in lines:
            if line not in pages[n]:
                errors.append(f"page {n}: proof note not read by pypdf: {line!r}")
            if not any(t in line or line in t for t in non_work):
                errors.append(f"page {n}: proof note not among the non-work lines: {line!r}")
            for m in plan_matches:
                if m in line:
                    errors.append(f"page {n}: plan match {m!r} inside a proof note")
    # running headers, folios, hyphenation, pull quote
    for n in range(2, PAGES):
        lines = pages[n]
        left, right = 2 * (n - 1), 2 * (n - 1) + 1
        if RUNNING[0] not in lines or not any(x.startswith(RUNNING[1]) for x in lines):
            errors.append(f"page {n}: running headers missing")
        if str(left) not in lines or str(right) not in lines:
            errors.append(f"page {n}: folios {left} and {right} missing")
    hyphenated = [x for lines in pages.values() for x in lines if re.search(r"[a-z]-$", x)]
    if len(hyphenated) < 4:
        errors.append(f"only {len(hyphenated)} hyphenated line ends")
    for m in plan_matches:
        if m.endswith("-"):
            errors.append(f"a gold match ends in a hyphen: {m!r}")
    text, n = PULL
    joined = " ".join(pages[n])
    if joined.count(text) < 2:
        errors.append(f"the pull quote is not repeated on page {n}")
    for v in gold["visions"]:
        if any(k in v["match"] for k in gold["kpis"]) and v["slide"] != KPI_PAGE:
            errors.append(f"KPI vision not on the KPI page: {v['match']!r}")
    for n, page in enumerate(reader.pages, start=1):
        for data in _streams(page):
            if b"BT" in data and n not in notes and b"/OC" in data:
                errors.append(f"page {n}: optional content outside the notes")
        raw = b"".join(_streams(page))
        if zlib.crc32(raw) == 0:
            errors.append(f"page {n}: empty content")
    return errors


CASE = Case(
    name=NAME,
    builder="build_hexley_heat.py",
    roster=roster,
    org_sentences=sentences,
    core=frozenset({"core"}),
    consult=frozenset({"consult only"}),
    extra=lambda case: roster_form(case / "org") + deck_form(case),
    folder=HERE,
    split="dev21",
)

if __name__ == "__main__":
    sys.exit(run(CASE))
