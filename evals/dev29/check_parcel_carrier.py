"""Consistency checks of the dev29 case ``parcel-carrier`` against its deck and org folder.

Run from the repository root with the project's venv (python-pptx and lxml); the rebuild runs
the builder with the interpreter that runs this file:

    .venv/bin/python evals/dev29/check_parcel_carrier.py
    .venv/bin/python evals/dev29/check_parcel_carrier.py --dump   (deck lines by slide, roster)
    .venv/bin/python evals/dev29/check_parcel_carrier.py --org    (roster rows, org sentences)

The checks are those of ``evals/dev15/_checks.py`` (adapted from ``evals/dev13/check_gold.py``),
imported, not copied, and pointed at this folder (``evals/dev29``, split "dev29") with
``build_parcel_carrier.py`` as the builder, "core" the core tier and "consult" the consult tier:
the gold's fields, every label on its slide or in an org sentence, the roster, owners on it and
core, consult-only roles owning nothing, forbidden terms in neither deck nor org, and the
rebuild byte for byte. Deck lines are dev13's (python-pptx: one line per paragraph of every
shape, groups opened, a table one line per cell paragraph row by row, then the notes). Two
departures, both narrow:

- the gold carries ``gap_blocks`` (a field of ``evals/cases/README.md``'s deck-grounded gold
  that dev13's field list predates), so the field list the shared checks compare with is that
  list plus ``gap_blocks``, checked with ``_checks.gap_block_errors``;
- the deck keeps depots unchanged in the peak weeks (Wk 33-39) and says that this is why
  Phase 2 (Wk 14-43) and Phase 3 (Wk 40-78) overlap, so the gold's phases 3-10 and 9-18 overlap
  by one month. The shared check refuses any overlap; this checker drops exactly that one
  complaint, and only when the overlap is Prove it then Roll out, one month long, and the
  roadmap states it. Any other overlap or disorder still fails.

What is this case's own:

- the roster, read from the vCard 4.0 file ``org/people/managers.vcf``: the lines unfolded
  (CRLF then a space or a tab), one card between BEGIN:VCARD and END:VCARD, each property
  split at the first colon outside a quoted parameter, text values unescaped (``\\,``, ``\\;``,
  ``\\n``, ``\\\\``), ORG split on its unescaped semicolons; the role is the card's TITLE and
  the tier its ROLE ("Network Plan core team", "... extended team", "Consulted only ...");
- org sentences: dev15's reader (Markdown, text) plus a CSV reader (each row's cells joined by
  spaces) and a vCard reader (each card's title with its units, and its NOTE);
- checks of the roster's form: CRLF line ends only, no physical line over 75 octets and no fold
  inside a UTF-8 sequence, ten folded lines or more; 18 to 22 cards, each with
  VERSION:4.0 as its second line and exactly one UID, FN, N, TITLE, ROLE, ORG (an organization
  and at least one unit), RELATED;TYPE=manager and NOTE; UIDs unique; every manager a UID of
  another card, or a text value for the top post and the two consulted posts; no unescaped
  comma in a TITLE or a NOTE, and at least three titles that hold an escaped one; the
  consulted-only cards the gold's consult-only roles; two or more NOTEs that point to another
  org file, each told there ("the <post> is responsible for"); two or more pairs of
  near-namesake posts that the gold's ``remit_owners`` tell apart; the steering group's terms
  of reference in Markdown, naming the sponsor;
- checks of the deck's form, as PowerPoint for Mac saves it: ``docProps/app.xml`` with
  Application "Microsoft Macintosh PowerPoint", an AppVersion and the Widescreen format;
  12192000 x 6858000 EMU; 14 to 22 slides; ZIP entries in name order; a title placeholder with
  text on every slide; ONE slide whose phases are grouped shapes (four or more ``p:grpSp``, each
  a chevron with a text box under it, the chevron's text naming a phase and the box's first
  line its weeks) and no table on it; the KPI slide a native table with the header Measure /
  2027/28 baseline / Target / By, each KPI vision the first cell of a row, its by-when a trading
  week ("Wk N", or "Peak 2029 (Wk 85-91)"), save the one vague KPI's "To be agreed";
- the clock: "Our trading year starts in week 1, the week commencing Monday 3 April 2028; ..."
  stated once, and no other full date after the cover; the phases named without dates on the
  north-star slide and dated ("Wk a-b") on the roadmap only, each gold phase's months computed
  from its weeks at 4.33 weeks a month (start round((a-1)/4.33), end round(b/4.33)), which is
  the calendar month each boundary week falls in; the peak freeze stated ("no changes to depots
  in Wk 33-39, peak") and the overlap explained by it; Gate 2's heading without a week, its
  date only in its criteria ("by the end of Wk 30"); the "Parking lot (not in this plan)" on the
  roadmap, none of its items a deck action; the horizon said three ways that agree (the cover's
  trading years 2028/29 and 2029/30, the axis's Wk 104, the asks' "to the end of March 2030")
  and equal to ``horizon_months``;
- the pilot named with its place and unit ("the quarry brae depot in lisdrennan") on its own
  slide only, the place on no earlier slide, and on each later slide of ``also_slides`` by the
  place or as "the first depot"; scenario segments on deck lines and none inside the "Not in
  scope" list;
- the gold's own shape: 15 to 25 deck actions from at least five forms (pillar initiatives,
  pilot steps, acceptance criteria, risk mitigations, the first 90 days, what changes on
  Monday), three or more on slides titled with a headline; first-90-days items with a title in
  brackets, at least one spelt unlike the roster, and that item's remit entry naming the org's
  post; labels 3 to 8 words; at least two vague visions; 15 or more remit entries, one for
  every KPI; at least three notes on keyword traps, and six traps (a deck action, the post
  whose vCard remit names its work as its owner, the post a keyword list would pick not among
  its owners); 6 to 10 gaps stated
  in at least three org files of three kinds; at least two false-gap groups; 5 to 10 forbidden
  terms in no raw org file.

It never runs the planner.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
import zipfile
from pathlib import Path
from typing import Any

from lxml import etree
from pptx import Presentation

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import evals.dev15._checks as _checks  # noqa: E402
from evals.dev13.check_gold import FIELDS, deck_lines, normalize  # noqa: E402
from evals.dev15._checks import Case, gap_block_errors, run, sentences_by_file  # noqa: E402

HERE = Path(__file__).resolve().parent
NAME = "parcel-carrier"
ROSTER = Path("people") / "managers.vcf"
TOR = Path("governance") / "network-plan-steering-group-terms-of-reference.md"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
P = "http://schemas.openxmlformats.org/presentationml/2006/main"
NS = {"a": A, "p": P}
APP = "<Application>Microsoft Macintosh PowerPoint</Application>"
KPI_HEAD = ["Measure", "2027/28 baseline", "Target", "By"]
CLOCK = (
    "our trading year starts in week 1, the week commencing monday 3 april 2028; the plan "
    "covers trading years 2028/29 and 2029/30, weeks 1 to 104."
)
FREEZE = "no changes to depots in wk 33-39, peak"
OVERLAP = "why phases 2 and 3 overlap in wk 40-43"
PARKING = "parking lot (not in this plan)"
NOT_IN_SCOPE = "not in scope"
PILOT_NAMED = "the quarry brae depot in lisdrennan"
PILOT_PLACE = ("quarry brae", "the first depot")
WEEKS_A_MONTH = 4.33
FULL_DATE = re.compile(
    r"\b\d{1,2} (january|february|march|april|may|june|july|august|september|october|"
    r"november|december) 20\d\d\b"
)
GRADE_WORDS = {"head", "of", "manager", "director", "lead", "chief", "officer", "the", "and"}
# the form of the deck's own actions, by the title of the slide they sit on
FORMS = {
    "draw the routes every morning, not twice a year": "pillar initiative",
    "a locker beats a card through the door": "pillar initiative",
    "kit that works at the door": "pillar initiative",
    "cleaner miles in the four cities": "pillar initiative",
    "peak without the panic": "pillar initiative",
    "one depot first": "pilot steps",
    "what good looks like at each gate": "acceptance criteria",
    "what could knock us off course": "risk mitigations",
    "clearing the runway: the first 90 days (wk 1-13)": "first 90 days",
    "what changes on monday": "what changes on monday",
}
HEADLINES = {
    "draw the routes every morning, not twice a year",
    "a locker beats a card through the door",
    "kit that works at the door",
    "cleaner miles in the four cities",
    "peak without the panic",
    "one depot first",
    "what good looks like at each gate",
    "what could knock us off course",
    "clearing the runway: the first 90 days (wk 1-13)",
}
CARD_ONCE = ["UID", "FN", "N", "TITLE", "ROLE", "ORG", "RELATED", "NOTE"]
# keyword traps: a deck action's words, the post whose remit covers it, the post a keyword
# list would pick, and the words of the right post's remit (its vCard note) that decide it
TRAPS = [
    ("delivery-point file", "Network Planning Manager", "Head of IT and Digital", "geocodes"),
    ("fors eco-driving", "Fleet Compliance Manager", "Learning and Development Manager", "fors"),
    ("upgrade power", "Property and Facilities Manager", "Fleet Manager", "grid connection"),
    ("peak volume plan", "Hub Manager, Tullyvarn", "Performance and Insight Manager", "forecasts"),
    ("handheld log-on", "Fleet Compliance Manager", "Head of IT and Digital", "working-time"),
    (
        "failed-delivery reasons",
        "Customer Delivery Manager",
        "Performance and Insight Manager",
        "failed-delivery report",
    ),
]

# gap_blocks is a field of the deck-grounded gold that dev13's list predates
_checks.FIELDS = FIELDS | {"gap_blocks"}  # type: ignore[attr-defined]


# =========================================================================== the vCard roster

Prop = tuple[str, dict[str, str], str]  # name, parameters, raw value


def _unfold(raw: bytes) -> list[str]:
    text = raw.decode("utf-8")
    return [x for x in re.sub(r"\r\n[ \t]", "", text).split("\r\n") if x]


def _split_line(line: str) -> Prop:
    """A content line as (NAME, {PARAM: value}, raw value): split at the first colon outside
    a quoted parameter value."""
    quoted = False
    for i, ch in enumerate(line):
        if ch == '"':
            quoted = not quoted
        elif ch == ":" and not quoted:
            head, value = line[:i], line[i + 1 :]
            break
    else:
        return line.upper(), {}, ""
    name, *params = head.split(";")
    found: dict[str, str] = {}
    for param in params:
        key, _, val = param.partition("=")
        found[key.upper()] = val.strip('"')
    return name.upper(), found, value


def _unescape(value: str) -> str:
    return re.sub(r"\\(.)", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value, flags=re.S)


def _components(value: str) -> list[str]:
    """A structured value (ORG, N) split on its unescaped semicolons, each part unescaped."""
    return [_unescape(x) for x in re.split(r"(?<!\\);", value)]


def cards(org: Path) -> list[list[Prop]]:
    return _cards_of(org / ROSTER)


def _cards_of(path: Path) -> list[list[Prop]]:
    if not path.is_file():
        return []
    found: list[list[Prop]] = []
    current: list[Prop] | None = None
    for line in _unfold(path.read_bytes()):
        prop = _split_line(line)
        if prop[0] == "BEGIN" and prop[2].upper() == "VCARD":
            current = []
        elif prop[0] == "END" and prop[2].upper() == "VCARD":
            if current is not None:
                found.append(current)
            current = None
        elif current is not None:
            current.append(prop)
    return found


def _get(card: list[Prop], name: str) -> str:
    return next((v for n, _, v in card if n == name), "")


def _tier(role: str) -> str:
    role = role.lower()
    if role.startswith("consulted only"):
        return "consult"
    if "core team" in role:
        return "core"
    if "extended team" in role:
        return "extended"
    return role


def roster_rows(org: Path) -> list[list[str]]:
    """Each card as [TITLE, tier, units, manager's TITLE (or the text), NOTE]."""
    return _rows_of(org / ROSTER)


def _rows_of(path: Path) -> list[list[str]]:
    all_cards = _cards_of(path)
    by_uid = {_get(c, "UID"): _unescape(_get(c, "TITLE")) for c in all_cards}
    rows = []
    for c in all_cards:
        related = next((v for n, _, v in c if n == "RELATED"), "")
        manager = by_uid.get(related, _unescape(related))
        units = _components(_get(c, "ORG"))
        rows.append(
            [
                _unescape(_get(c, "TITLE")),
                _tier(_unescape(_get(c, "ROLE"))),
                ", ".join(units),
                manager,
                _unescape(_get(c, "NOTE")),
            ]
        )
    return rows


def roster(org: Path) -> list[tuple[str, str]]:
    return [(r[0], r[1]) for r in roster_rows(org)]


def _vcf_parts(path: Path) -> list[str]:
    parts = []
    for row in _rows_of(path):
        parts.append(f"{row[0]} ({row[2]}).")
        parts.append(row[4])
    return parts


def _csv_parts(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    return [" ".join(row) for row in csv.reader(io.StringIO(text, newline="")) if row]


def sentences(org: Path) -> list[str]:
    return _checks.org_sentences(org, {".vcf": _vcf_parts, ".csv": _csv_parts})


def _file_sentences(org: Path) -> dict[str, list[str]]:
    """Each org file's sentences, read alone (a vCard where the reader expects it)."""
    return sentences_by_file(org, sentences)


def roster_form(org: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    raw = (org / ROSTER).read_bytes()
    if raw.count(b"\n") != raw.count(b"\r\n") or not raw.endswith(b"\r\n"):
        errors.append("vcf: line ends are not all CRLF")
    physical = raw.split(b"\r\n")[:-1]
    if any(len(x) > 75 for x in physical):
        errors.append("vcf: a physical line over 75 octets")
    for x in physical:
        try:
            x.decode("utf-8")
        except UnicodeDecodeError:
            errors.append("vcf: a fold inside a UTF-8 sequence")
            break
    if sum(x.startswith(b" ") for x in physical) < 10:
        errors.append("vcf: fewer than ten folded lines")
    all_cards = cards(org)
    if not 18 <= len(all_cards) <= 22:
        errors.append(f"vcf: {len(all_cards)} cards (18 to 22)")
    lines = _unfold(raw)
    begins = [i for i, x in enumerate(lines) if x == "BEGIN:VCARD"]
    if any(lines[i + 1] != "VERSION:4.0" for i in begins) or len(begins) != len(all_cards):
        errors.append("vcf: a card without VERSION:4.0 as its second line")
    uids = [_get(c, "UID") for c in all_cards]
    if len(set(uids)) != len(uids) or any(not u.startswith("urn:uuid:") for u in uids):
        errors.append("vcf: UIDs missing, repeated or not urn:uuid")
    text_managers = []
    for c in all_cards:
        title = _unescape(_get(c, "TITLE"))
        names = [n for n, _, _ in c]
        for prop in CARD_ONCE:
            if names.count(prop) != 1:
                errors.append(f"vcf: {title or '?'} has {names.count(prop)} {prop}")
        org_parts = _components(_get(c, "ORG"))
        if len(org_parts) < 2 or not all(org_parts):
            errors.append(f"vcf: {title}'s ORG has no unit")
        rel = next(((p, v) for n, p, v in c if n == "RELATED"), ({}, ""))
        if rel[0].get("TYPE") != "manager":
            errors.append(f"vcf: {title}'s RELATED is not TYPE=manager")
        elif rel[0].get("VALUE") == "text":
            text_managers.append(title)
        elif rel[1] not in uids or rel[1] == _get(c, "UID"):
            errors.append(f"vcf: {title}'s manager {rel[1]} is no other card")
        for prop in ("TITLE", "NOTE"):
            if re.search(r"(?<!\\),", _get(c, prop)):
                errors.append(f"vcf: {title}'s {prop} holds an unescaped comma")
    if sum("\\," in _get(c, "TITLE") for c in all_cards) < 3:
        errors.append("vcf: fewer than three titles with an escaped comma")
    rows = roster_rows(org)
    consult = [r[0] for r in rows if r[1] == "consult"]
    if sorted(consult) != sorted(gold["consult_only_roles"]) or len(consult) != 2:
        errors.append(f"vcf: consulted-only cards {consult}")
    if len(text_managers) != 3 or not set(consult) <= set(text_managers):
        errors.append(f"vcf: managers given as text on {text_managers}")
    if {r[1] for r in rows} != {"core", "extended", "consult"}:
        errors.append(f"vcf: tiers {sorted({r[1] for r in rows})}")
    posts = [r[0] for r in rows]
    if len(set(posts)) != len(posts):
        errors.append("vcf: a post appears twice")
    per_file = _file_sentences(org)
    elsewhere = "\n".join(s for f, ss in per_file.items() if f != str(ROSTER) for s in ss)
    pointers = [r for r in rows if r[4].startswith("Remit: see ")]
    if len(pointers) < 2:
        errors.append(f"vcf: only {len(pointers)} remits point to another org file")
    for r in pointers:
        if f"the {r[0].lower()} is responsible for" not in elsewhere:
            errors.append(f"vcf: {r[0]}'s remit is told in no other org file")
    told_apart = _checks.namesakes_told_apart(posts, gold, GRADE_WORDS)
    if len(told_apart) < 2:
        errors.append(f"vcf: near-namesake pairs told apart by remit_owners: {told_apart}")
    tor = (org / TOR).read_text(encoding="utf-8")
    if not tor.startswith("# ") or "chief operating officer is the executive sponsor" not in (
        tor.lower()
    ):
        errors.append("terms of reference: not Markdown naming the sponsor")
    return errors


# =========================================================================== the deck's form


def _titles(deck: Path) -> dict[int, str]:
    prs = Presentation(str(deck))
    out = {}
    for k, slide in enumerate(prs.slides, start=1):
        shape = slide.shapes.title
        out[k] = normalize(shape.text_frame.text) if shape is not None else ""
    return out


def _slide(titles: dict[int, str], text: str) -> int:
    found = [k for k, t in titles.items() if t == text]
    return found[0] if len(found) == 1 else 0


def _month_start(week: int) -> int:
    return round((week - 1) / WEEKS_A_MONTH)


def _month_end(week: int) -> int:
    return round(week / WEEKS_A_MONTH)


def _groups(root: Any) -> list[tuple[str, list[str]]]:
    """Each top-level group of a slide as (its chevron's text, its text box's lines), when it
    is a chevron with a text box under it."""
    out = []
    tree = root.find("p:cSld/p:spTree", NS)
    for grp in tree.findall("p:grpSp", NS):
        sps = grp.findall("p:sp", NS)
        chev = [s for s in sps if s.find("p:spPr/a:prstGeom[@prst='chevron']", NS) is not None]
        tbox = [s for s in sps if s.find("p:nvSpPr/p:cNvSpPr[@txBox='1']", NS) is not None]
        if len(sps) != 2 or len(chev) != 1 or len(tbox) != 1:
            continue
        y_chev = int(chev[0].find("p:spPr/a:xfrm/a:off", NS).get("y"))
        y_box = int(tbox[0].find("p:spPr/a:xfrm/a:off", NS).get("y"))
        if y_box <= y_chev:
            continue

        def paras(sp: Any) -> list[str]:
            return [
                normalize("".join(t.text or "" for t in p.iter(f"{{{A}}}t")))
                for p in sp.iter(f"{{{A}}}p")
            ]

        out.append((" ".join(paras(chev[0])), paras(tbox[0])))
    return out


def deck_form(case: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    deck = case / gold["deck"]
    z = zipfile.ZipFile(deck)
    names = z.namelist()
    if names != sorted(names):
        errors.append("the PPTX's ZIP entries are not in name order")
    app = z.read("docProps/app.xml").decode("utf-8")
    if APP not in app or "<AppVersion>" not in app or ">Widescreen<" not in app:
        errors.append("app.xml does not name PowerPoint for Mac, its version and Widescreen")
    pres = etree.fromstring(z.read("ppt/presentation.xml"))
    size = pres.find("p:sldSz", NS)
    if size is None or (size.get("cx"), size.get("cy")) != ("12192000", "6858000"):
        errors.append("slide size is not 16:9 at 12192000 x 6858000")
    slides = sorted(
        (n for n in names if re.fullmatch(r"ppt/slides/slide\d+\.xml", n)),
        key=lambda n: int(re.findall(r"\d+", n)[0]),
    )
    if not 14 <= len(slides) <= 22:
        errors.append(f"{len(slides)} slides (14 to 22)")
    titles = _titles(deck)
    for k, t in titles.items():
        if not t:
            errors.append(f"slide {k}: no text in a title placeholder")
    pages = deck_lines(deck)

    # the roadmap: grouped chevrons, no table
    grouped = {}
    for k, name in enumerate(slides, start=1):
        root = etree.fromstring(z.read(name))
        found = _groups(root)
        if found:
            grouped[k] = (found, root)
    if len(grouped) != 1:
        errors.append(f"grouped chevrons on slides {sorted(grouped)}")
        return errors
    road, (groups, road_root) = next(iter(grouped.items()))
    if len(groups) < 4:
        errors.append(f"roadmap: {len(groups)} chevron groups (four or more)")
    if road_root.findall(".//a:tbl", NS):
        errors.append("roadmap: a table on the roadmap slide")
    spans: dict[str, tuple[int, int]] = {}
    for chev, lines in groups:
        m = re.fullmatch(r"wk (\d+)-(\d+)", lines[0] if lines else "")
        if not chev.startswith("phase ") or not m:
            errors.append(f"roadmap: group {chev!r} / {lines[:1]} is no dated phase")
            continue
        spans[chev] = (_month_start(int(m.group(1))), _month_end(int(m.group(2))))
    for ph in gold["phases"]:
        hit = [s for chev, s in spans.items() if any(m in chev for m in ph["match"])]
        if hit != [(ph["start_month"], ph["end_month"])]:
            errors.append(f"phase {ph['match']} is {hit} on the roadmap")

    # the KPI table
    kpi_visions = [v for v in gold["visions"] if any(k in v["match"] for k in gold["kpis"])]
    kslides = {v["slide"] for v in kpi_visions}
    if len(kslides) != 1:
        errors.append(f"KPI visions on slides {sorted(kslides)}")
    else:
        kn = kslides.pop()
        prs = Presentation(str(deck))
        tables = [s.table for s in prs.slides[kn - 1].shapes if s.has_table]
        if len(tables) != 1:
            errors.append(f"KPI slide {kn}: {len(tables)} native tables")
        else:
            rows = [[c.text for c in r.cells] for r in tables[0].rows]
            if rows[0] != KPI_HEAD:
                errors.append(f"KPI table header {rows[0]}")
            for v in kpi_visions:
                row = [r for r in rows[1:] if normalize(r[0]).startswith(v["match"])]
                if len(row) != 1:
                    errors.append(f"KPI {v['match']!r} is not the first cell of one row")
                    continue
                by = normalize(row[0][3])
                weekly = re.fullmatch(r"(wk \d+|peak 2029 \(wk 85-91\))", by) is not None
                if v["vague"] != (not weekly) or (v["vague"] and by != "to be agreed"):
                    errors.append(f"KPI {v['match']!r}: by-when {by!r} and vague flag disagree")
    return errors + clock_form(gold, pages, titles, road)


def clock_form(
    gold: dict[str, Any], pages: dict[int, list[str]], titles: dict[int, str], road: int
) -> list[str]:
    errors: list[str] = []
    said = [(k, x) for k, lines in pages.items() for x in lines if CLOCK in x]
    if len(said) != 1:
        errors.append(f"the clock is stated {len(said)} times")
    dated = [(k, x) for k, lines in pages.items() if k > 1 for x in lines if FULL_DATE.search(x)]
    if [x for _, x in dated] != [x for _, x in said]:
        errors.append(f"full dates after the cover other than the clock: {dated}")
    star = _slide(titles, "our north star")
    named = [x for x in pages.get(star, []) if x.startswith("how we get there:")]
    if not named or re.search(r"wk \d", named[0]):
        errors.append(f"north star: phases not named without dates: {named}")
    else:
        for ph in gold["phases"]:
            if not any(m in named[0] for m in ph["match"]):
                errors.append(f"north star: phase {ph['match']} not named")
    wk_ranges = [k for k, lines in pages.items() for x in lines if re.fullmatch(r"wk \d+-\d+", x)]
    if set(wk_ranges) != {road}:
        errors.append(f"phases dated on slides {sorted(set(wk_ranges))}, not the roadmap only")
    rl = pages[road]
    if not any(x.startswith(OVERLAP) and FREEZE in x for x in rl):
        errors.append("roadmap: the overlap is not explained by the peak freeze")
    if PARKING not in rl:
        errors.append("roadmap: no parking lot")
    else:
        after = rl[rl.index(PARKING) + 1 :]
        for a in gold["deck_actions"]:
            if any(m in x for m in a["match"] for x in after):
                errors.append(f"a deck action in the parking lot: {a['match']}")
        if not all(x in gold["not_actions"] for x in after[:4]):
            errors.append("the parking lot's items are not all not_actions")
    gates = _slide(titles, "what good looks like at each gate")
    gl = pages.get(gates, [])
    g2 = next((x for x in gl if x.startswith("gate 2 ")), "")
    if not g2 or "wk" in g2 or not any(x.endswith("by the end of wk 30.") for x in gl):
        errors.append(f"gates: Gate 2 is not dated in its criteria alone ({g2!r})")
    horizon = gold["horizon_months"]
    ways = {
        "cover": any("trading years 2028/29 and 2029/30" in x for x in pages[1]),
        "axis": "wk 104" in rl,
        "asks": any("wk 1 to wk 104, to the end of march 2030" in x for x in pages[len(pages)]),
    }
    if not all(ways.values()) or horizon != _month_end(104):
        errors.append(f"the horizon's statements {ways} and {horizon} months do not agree")
    if horizon != (2030 - 2028) * 12 + 3 - 3:
        errors.append("the horizon is not April 2028 to March 2030")
    return errors


# =========================================================================== the gold's shape


def gold_shape(case: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    org = case / "org"
    deck = case / gold["deck"]
    pages = deck_lines(deck)
    titles = _titles(deck)
    on = _checks._anywhere  # type: ignore[attr-defined]

    # the pilot
    pilot = gold["pilot"]
    named = [k for k, lines in pages.items() if any(PILOT_NAMED in x for x in lines)]
    if named != [pilot["slide"]]:
        errors.append(f"pilot named with place and unit on slides {named}")
    place = [k for k, lines in pages.items() if any(p in x for p in PILOT_PLACE for x in lines)]
    if [k for k in place if k < pilot["slide"]]:
        errors.append(f"the pilot is mentioned before its slide, on {place}")
    later = [k for k in place if k > pilot["slide"]]
    if later != sorted(pilot["also_slides"]):
        errors.append(f"the place on slides {later}; also {pilot['also_slides']}")
    if any(m not in PILOT_PLACE for m in pilot["match"]):
        errors.append(f"pilot match {pilot['match']}")

    # scenarios and what is not in scope
    segs = gold["scenario_segments"]
    if not 2 <= len(segs) <= 4:
        errors.append(f"{len(segs)} scenario segments (2 to 4)")
    for seg in segs:
        if not any(on(a, pages) for a in seg):
            errors.append(f"scenario segment in no deck line: {seg}")
    for lines in pages.values():
        if NOT_IN_SCOPE in lines:
            out = lines[lines.index(NOT_IN_SCOPE) + 1 :]
            for seg in segs:
                for a in seg:
                    if any(a in x for x in out):
                        errors.append(f"scenario term {a!r} in the not-in-scope list")
            break
    else:
        errors.append("no 'Not in scope' list")

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
    roles = {r.lower(): r for r, _ in roster(org)}
    days = _slide(titles, "clearing the runway: the first 90 days (wk 1-13)")
    items = [x for x in pages.get(days, []) if x.endswith(")") and x != titles.get(days)]
    leads = [m.group(1) for x in items if (m := re.search(r"\(([^)]+)\)$", x))]
    off = [lead for lead in leads if lead not in roles]
    if len(leads) < 5 or not off:
        errors.append(f"first 90 days: leads {leads}, none spelt unlike the roster")
    for lead in off:
        line = next(x for x in items if x.endswith(f"({lead})"))
        entry = [e for e in gold["remit_owners"] if any(t in line for t in e["task"])]
        if not entry or any(o.lower() == lead for e in entry for o in e["owners"]):
            errors.append(f"first 90 days: ({lead}) has no remit entry naming the org's post")

    # labels short and robust: 3 to 8 words
    labels = [v["match"] for v in gold["visions"]]
    labels += [a for v in gold["visions"] for a in v.get("alternatives", [])]
    labels += gold["optional_visions"] + gold["not_visions"] + gold["not_actions"]
    labels += [a for e in actions for a in e["match"]] + [a for g in gold["gaps"] for a in g]
    labels += gold["kpis"]
    for label in labels:
        words = [w for w in label.split() if re.search(r"\w", w)]
        if not 3 <= len(words) <= 8:
            errors.append(f"label of {len(words)} words (3 to 8): {label!r}")
        if label != label.lower():
            errors.append(f"label not lower-case: {label!r}")

    # visions and owners
    if sum(v["vague"] for v in gold["visions"]) < 2:
        errors.append("fewer than two vague visions")
    if len(gold["remit_owners"]) < 15:
        errors.append(f"{len(gold['remit_owners'])} remit_owners entries (15 or more)")
    tasks = [t for e in gold["remit_owners"] for t in e["task"]]
    for kpi in gold["kpis"]:
        if not any(t in kpi or kpi in t for t in tasks):
            errors.append(f"remit_owners: no entry for the KPI {kpi!r}")
    traps = [n for n in gold["notes"] if n.startswith("Keyword trap:")]
    if len(traps) < 3:
        errors.append(f"{len(traps)} keyword-trap notes (three or more)")
    remits = {r[0]: r[4].lower() for r in roster_rows(org)}
    for trap, right, wrong, remit in TRAPS:
        if not any(trap in m for a in actions for m in a["match"]):
            errors.append(f"keyword trap {trap!r} is no deck action")
        hit = [e for e in gold["remit_owners"] if any(trap in t for t in e["task"])]
        owners = {o for e in hit for o in e["owners"]}
        if right not in owners or wrong in owners:
            errors.append(f"keyword trap {trap!r}: owners {sorted(owners)}")
        if remit not in remits.get(right, ""):
            errors.append(f"keyword trap {trap!r}: {right}'s remit does not name {remit!r}")

    # gaps, false gaps, forbidden terms
    if not 6 <= len(gold["gaps"]) <= 10:
        errors.append(f"{len(gold['gaps'])} gaps (6 to 10)")
    per_file = _file_sentences(org)
    holders: set[str] = set()
    for gap in gold["gaps"]:
        where = {f for f, said in per_file.items() if any(gap[0] in s for s in said)}
        if len(where) != 1:
            errors.append(f"gap {gap[0]!r} is in files {sorted(where)}")
        holders |= where
    if len(holders) < 3 or len({Path(f).suffix for f in holders}) < 3:
        errors.append(f"gaps stated in {sorted(holders)} (three files of different kinds)")
    if len(gold["false_gaps"]) < 2:
        errors.append("fewer than two false-gap groups")
    if not 5 <= len(gold["forbidden_terms"]) <= 10:
        errors.append(f"{len(gold['forbidden_terms'])} forbidden terms (5 to 10)")
    texts = [p.read_bytes().decode("utf-8").lower() for p in org.rglob("*") if p.is_file()]
    for term in gold["forbidden_terms"]:
        if any(term in t for t in texts):
            errors.append(f"forbidden term in a raw org file: {term!r}")
    n_org = len([p for p in org.rglob("*") if p.is_file()])
    if not 5 <= n_org <= 12:
        errors.append(f"{n_org} org files (5 to 12)")

    deck_text = [x for lines in pages.values() for x in lines]
    return errors + gap_block_errors(gold, sentences(org), deck_text)


# =========================================================================== the one overlap

_shared_check_case = _checks.check_case


def _explained_overlap(case: Path, gold: dict[str, Any]) -> str | None:
    """The shared check's complaint about Roll out, when the overlap is the one the deck
    states: Prove it then Roll out, one month, and the roadmap explaining it by the freeze."""
    phases = gold["phases"]
    if len(phases) != 4:
        return None
    prove, roll = phases[1], phases[2]
    if "prove it" not in prove["match"] or "roll out" not in roll["match"]:
        return None
    if not (prove["start_month"] < roll["start_month"] < prove["end_month"]):
        return None
    if prove["end_month"] - roll["start_month"] != 1:
        return None
    pages = deck_lines(case / gold["deck"])
    if not any(x.startswith(OVERLAP) and FREEZE in x for lines in pages.values() for x in lines):
        return None
    return f"phases overlap or are out of order: {roll}"


def _check_case(case: Path, spec: Case) -> tuple[list[str], int, int]:
    errors, free, n = _shared_check_case(case, spec)
    gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
    explained = _explained_overlap(case, gold)
    return [e for e in errors if e != explained], free, n


_checks.check_case = _check_case  # type: ignore[assignment]


def extra(case: Path) -> list[str]:
    gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
    return roster_form(case / "org", gold) + deck_form(case, gold) + gold_shape(case, gold)


CASE = Case(
    name=NAME,
    builder="build_parcel_carrier.py",
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
    print(f"--- roster rows ({ROSTER}: title | tier | organization, units | manager | note):")
    for row in roster_rows(org):
        print("  " + " | ".join(row))
    print("--- org sentences:")
    for s in sentences(org):
        print(f"  | {s}")


if __name__ == "__main__":
    if "--org" in sys.argv and "--dump" not in sys.argv:
        org_dump()
        sys.exit(0)
    sys.exit(run(CASE))
