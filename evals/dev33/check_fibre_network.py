"""Consistency checks of the dev33 case ``fibre-network`` against its deck and org folder.

Run from the repository root with the project's venv (python-pptx, python-docx, openpyxl):

    .venv/bin/python evals/dev33/check_fibre_network.py

(``--dump`` prints the deck lines the gold was read from, slide by slide, and the roster;
``--org`` prints the roster rows and the org sentences; ``--dump --org`` both.)

The checks are those of ``evals/dev15/_checks.py`` (adapted from ``evals/dev13/check_gold.py``),
imported, not copied, and pointed at this folder (``evals/dev33``, split "dev33") with
``build_fibre_network.py`` as the builder, which the shared checks run into a temporary
folder and compare byte for byte. The deck is read with dev13's ``deck_lines`` (one line per
paragraph of every shape in XML order, table cells row by row, then the speaker notes). What
is this case's own:

- the roster, read from ``org/people/hr-positions-export-2027-06-01.csv``, an HR system's
  export: a report line above the header, UTF-8 with a byte-order mark, CRLF line ends; the
  tier is the "Programme Involvement" column lower-cased ("core", "consulted only",
  "informed"); a vacant post is still a post;
- org sentences: ``_checks.org_sentences`` with a CSV reader (every row, its cells joined by
  spaces) and an XLSX reader (every row of every sheet, its cells joined by spaces);
- checks of the deck's form as LibreOffice Impress saves a PPTX (``docProps/app.xml`` naming
  LibreOffice, the 28 x 15.75 cm page, LibreOffice's twelve layout names, shapes named
  "PlaceHolder N" / "TextShape N" / "CustomShape N" / "Table N", ``spc="-1"`` runs, native
  tables, a notes page for every slide with speaker notes on three to six that are not on the
  slide, ZIP entries sorted at one fixed time);
- checks of its clock (months M1 to M18 said once with their calendar months; waves named
  undated on one slide and given months only in the wave table; Sprint 0's six weeks inside
  M1 and M2; gate headings undated, gate dates only inside their criteria; a "Beyond M18"
  column; overlapping workstream bars that are not phases; the pilot's 16 weeks and the 36-month
  framework beside the 18-month horizon), its pilot, its scenario slide and the gold's spread.

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
from openpyxl import load_workbook

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import evals.dev15._checks as _checks  # noqa: E402
from evals.dev13.check_gold import FIELDS, deck_lines  # noqa: E402
from evals.dev15._checks import Case, namesakes_told_apart, sentences_by_file  # noqa: E402

# gap_blocks is a field of the deck-grounded gold that dev13's field list predates
_checks.FIELDS = FIELDS | {"gap_blocks"}

HERE = Path(__file__).resolve().parent
NAME = "fibre-network"
ROSTER = Path("people") / "hr-positions-export-2027-06-01.csv"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
P = "http://schemas.openxmlformats.org/presentationml/2006/main"
NS = {"a": A, "p": P}
LO_LAYOUTS = [
    "Blank Slide",
    "Title Slide",
    "Title, Content",
    "Title, 2 Content",
    "Title Only",
    "Centered Text",
    "Title, 2 Content and Content",
    "Title, Content and 2 Content",
    "Title, 2 Content over Content",
    "Title, Content over Content",
    "Title, 4 Content",
    "Title, 6 Content",
]
SHAPE_NAME = re.compile(r"(PlaceHolder|TextShape|CustomShape|Table) \d+")
MONTH = re.compile(
    r"\b(january|february|march|april|may|june|july|august|september|october|november|"
    r"december)\b"
)
M_RANGE = re.compile(r"\bm\d{1,2}-m\d{1,2}\b")
GRADE = {"head", "of", "and", "the", "manager", "lead", "chief", "officer", "representative"}
ACTION_FORMS = {
    6: "pilot steps",
    7: "pillar",
    8: "pillar",
    9: "pillar",
    10: "pillar",
    14: "gate criteria",
    15: "risk mitigations",
    16: "first 90 days",
}
BRACKETS = {
    "(head of build)": "Head of Network Build",
    "(training lead)": "Field Training and Accreditation Lead",
    "(field ops)": "Field Operations Manager",
}
CONSULT_ONLY = ["CWU Branch Representative", "Data Protection Officer"]
KPI_ROWS = [  # the KPI table of slide 11 as the builder writes it: measure, baseline, target, by when
    ["Measure", "Baseline (June 2027)", "Target", "By when"],
    ["Premises passed (ready for service)", "41,200", "88,000", "M18 (Dec 2028)"],
    ["Take-up of ready-for-service premises", "18%", "30%", "M18"],
    ["Working days from build complete to orderable", "9", "2", "M12"],
    ["As-built packs in Lattice within 10 working days", "52%", "95%", "M8"],
    ["Installs right first time", "81%", "92%", "M12"],
    ["Blocks of flats with a signed wayleave", "140", "600", "M18"],
    ["Permit applications granted first time", "74%", "90%", "M9"],
    ["Business customers connected", "310", "1,400", "M18"],
    ["Complaints per 1,000 customers", "11.2", "Lower", "Set at Gate 1"],
]


# =========================================================================== the org folder


def _csv_rows(path: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"))))


def csv_parts(path: Path) -> list[str]:
    return [" ".join(c for c in row if c) for row in _csv_rows(path)]


def xlsx_parts(path: Path) -> list[str]:
    wb = load_workbook(path, read_only=True)
    parts = [
        " ".join(str(c) for c in row if c is not None)
        for ws in wb.worksheets
        for row in ws.iter_rows(values_only=True)
    ]
    wb.close()
    return parts


def sentences(org: Path) -> list[str]:
    return _checks.org_sentences(org, {".csv": csv_parts, ".xlsx": xlsx_parts})


def roster_rows(org: Path) -> list[dict[str, str]]:
    path = org / ROSTER
    if not path.is_file():
        return []
    rows = _csv_rows(path)
    head = next((k for k, r in enumerate(rows) if "Position Title" in r), None)
    if head is None:
        return []
    names = rows[head]
    return [dict(zip(names, r, strict=True)) for r in rows[head + 1 :] if r]


def roster(org: Path) -> list[tuple[str, str]]:
    return [
        (r["Position Title"].strip(), r["Programme Involvement"].strip().lower())
        for r in roster_rows(org)
    ]


def roster_form(org: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    raw = (org / ROSTER).read_bytes()
    if not raw.startswith(b"\xef\xbb\xbf") or b"\r\n" not in raw or b"\n\n" in raw:
        errors.append("roster: not a BOM + CRLF export")
    first = raw.decode("utf-8-sig").split("\r\n", 1)[0]
    if not first.startswith("Report: "):
        errors.append("roster: no report line above the header")
    rows = roster_rows(org)
    if not 20 <= len(rows) <= 28:
        errors.append(f"roster: {len(rows)} positions (20 to 28)")
    vacant = [r["Position Title"] for r in rows if r["Status"] == "Vacant"]
    if vacant != ["Wayleaves Manager"] or any(
        r["Incumbent"] for r in rows if r["Status"] == "Vacant"
    ):
        errors.append(f"roster: vacant posts {vacant}")
    tiers = {r["Programme Involvement"] for r in rows}
    if tiers != {"Core", "Consulted only", "Informed"}:
        errors.append(f"roster: tiers {sorted(tiers)}")
    if not any("," in r["Position Title"] for r in rows):
        errors.append("roster: no title with a comma (quoted in the CSV)")
    owners = {o for e in gold["remit_owners"] for o in e["owners"]}
    if "Wayleaves Manager" not in owners:
        errors.append("roster: the vacant post owns no work in the gold (it should, and be a gap)")
    return errors


# =========================================================================== the deck


def _zip(case: Path, gold: dict[str, Any]) -> zipfile.ZipFile:
    return zipfile.ZipFile(case / gold["deck"])


def deck_form(case: Path, gold: dict[str, Any]) -> list[str]:  # noqa: C901
    errors: list[str] = []
    z = _zip(case, gold)
    names = z.namelist()
    if names != sorted(names) or any(i.date_time != (1980, 1, 1, 0, 0, 0) for i in z.infolist()):
        errors.append("deck: ZIP entries not sorted at one fixed time")
    app = z.read("docProps/app.xml").decode("utf-8")
    if "<Application>LibreOffice/" not in app:
        errors.append("deck: app.xml does not name LibreOffice")
    pres = etree.fromstring(z.read("ppt/presentation.xml"))
    size = pres.find("p:sldSz", NS)
    if (size.get("cx"), size.get("cy")) != ("10080000", "5670000"):
        errors.append("deck: not LibreOffice's 28 x 15.75 cm page")
    layouts = []
    for k in range(1, 13):
        root = etree.fromstring(z.read(f"ppt/slideLayouts/slideLayout{k}.xml"))
        layouts.append(root.find("p:cSld", NS).get("name"))
    if layouts != LO_LAYOUTS:
        errors.append(f"deck: layouts {layouts}")
    slides = sorted(
        (n for n in names if re.fullmatch(r"ppt/slides/slide\d+\.xml", n)),
        key=lambda n: int(re.findall(r"\d+", n)[0]),
    )
    if not 18 <= len(slides) <= 24:
        errors.append(f"deck: {len(slides)} slides (18 to 24)")
    pages = deck_lines(case / gold["deck"])
    kinds: dict[str, int] = {}
    with_notes = 0
    for k, name in enumerate(slides, start=1):
        root = etree.fromstring(z.read(name))
        if root.find(".//p:grpSp", NS) is not None:
            errors.append(f"slide {k}: a group shape (this deck has none)")
        for el in root.iterfind(".//p:spTree/*/*/p:cNvPr", NS):
            m = SHAPE_NAME.fullmatch(el.get("name", ""))
            if not m:
                errors.append(f"slide {k}: shape named {el.get('name')!r}")
                continue
            kinds[m.group(1)] = kinds.get(m.group(1), 0) + 1
        for r in root.iter(f"{{{A}}}rPr"):
            if r.get("spc") != "-1" or r.get("strike") != "noStrike":
                errors.append(f"slide {k}: a run without LibreOffice's spc/strike")
                break
        rels = z.read(name.replace("slides/", "slides/_rels/") + ".rels").decode("utf-8")
        note = re.search(r'Target="\.\./notesSlides/(notesSlide\d+\.xml)"', rels)
        if not note:
            errors.append(f"slide {k}: no notes page (LibreOffice writes one for every slide)")
            continue
        nroot = etree.fromstring(z.read("ppt/notesSlides/" + note.group(1)))
        body = [
            sp
            for sp in nroot.iter(f"{{{P}}}sp")
            if (ph := sp.find("p:nvSpPr/p:nvPr/p:ph", NS)) is not None and ph.get("type") == "body"
        ]
        said = [
            "".join(t.text or "" for t in p.iter(f"{{{A}}}t")).strip().lower()
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
    if kinds.get("TextShape", 0) < 80 or kinds.get("CustomShape", 0) < 40:
        errors.append(f"deck: shapes by kind {kinds}")
    if kinds.get("Table", 0) < 4 or kinds.get("PlaceHolder", 0) < 4:
        errors.append(f"deck: tables and placeholders {kinds}")
    if not 3 <= with_notes <= 6:
        errors.append(f"deck: speaker notes on {with_notes} slides (3 to 6)")
    kpi = [n for n, lines in pages.items() if "how we will know" in lines]
    flat = [c.lower() for row in KPI_ROWS for c in row]
    if len(kpi) != 1 or not all(c in pages[kpi[0]] for c in flat):
        errors.append("deck: the KPI table is not the one this checker knows")
    errors += clock_form(case, pages, gold)
    errors += gold_form(case, pages, gold)
    return errors


def _x_ranges(root: Any, geom: str) -> list[tuple[int, int, int, str]]:
    out = []
    for sp in root.iter(f"{{{P}}}sp"):
        g = sp.find("p:spPr/a:prstGeom", NS)
        if g is None or g.get("prst") != geom:
            continue
        off = sp.find("p:spPr/a:xfrm/a:off", NS)
        ext = sp.find("p:spPr/a:xfrm/a:ext", NS)
        label = "".join(t.text or "" for t in sp.iter(f"{{{A}}}t")).lower()
        x, y = int(off.get("x")), int(off.get("y"))
        out.append((x, x + int(ext.get("cx")), y, label))
    return out


def clock_form(case: Path, pages: dict[int, list[str]], gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    every = [(n, x) for n, lines in pages.items() for x in lines]
    said = [n for n, x in every if "m1 is july 2027 and m18 is december 2028" in x]
    if len(said) != 1:
        errors.append(f"clock: M1 and M18 given calendar months on slides {said}")
    clock = said[0] if said else 0
    named = [n for n, x in every if x.startswith("wave 1:") or x.startswith("wave 3:")]
    if not named or any(n == clock for n in named):
        errors.append("clock: the waves are not named on a slide of their own")
    for n in set(named):
        if any(M_RANGE.search(x) or MONTH.search(x) for x in pages[n]):
            errors.append(f"clock: slide {n} names the waves and also dates something")
    ranges = {n for n, x in every if M_RANGE.fullmatch(x)}
    if ranges != {clock}:
        errors.append(f"clock: wave months (Mx-My cells) on slides {sorted(ranges)}")
    if not any("six weeks" in x and "within m1 and m2" in x for x in pages.get(clock, [])):
        errors.append("clock: Sprint 0's six weeks are not placed inside M1 and M2")
    if "beyond m18" not in pages.get(clock, []):
        errors.append("clock: no Wave 4 row beyond M18 in the wave table")
    heads = [x for _, x in every if re.match(r"gate \d: ", x)]
    if len(heads) != 3 or any(MONTH.search(h) or re.search(r"\bm\d", h) for h in heads):
        errors.append(f"clock: gate headings {heads} (three, undated)")
    gate_slides = {n for n, x in every if re.match(r"gate \d: ", x)}
    dated = [x for n, x in every if n in gate_slides and MONTH.search(x) and "20" in x]
    if len(dated) < 3:
        errors.append("clock: gate dates are not inside the gate criteria")
    if any(re.search(r"\bgate \d\b", x) and MONTH.search(x) for _, x in every):
        errors.append("clock: a gate is named on a line that also dates it")
    road = [n for n, lines in pages.items() if "beyond m18" in lines and "q3 2027" in lines]
    if len(road) != 1:
        return errors + [f"clock: roadmap with quarters and a Beyond M18 column on {road}"]
    z = _zip(case, gold)
    root = etree.fromstring(z.read(f"ppt/slides/slide{road[0]}.xml"))
    bars = _x_ranges(root, "roundRect")
    overlaps = sum(
        1
        for i, a in enumerate(bars)
        for b in bars[i + 1 :]
        if a[0] < b[1]
        and b[0] < a[1]
        and not a[3].startswith("wave")
        and not b[3].startswith("wave")
    )
    if len(bars) < 12 or overlaps < 10:
        errors.append(f"clock: {len(bars)} roadmap bars, {overlaps} overlapping workstream pairs")
    if not any("16 weeks inside wave 1" in x for _, x in every):
        errors.append("clock: the pilot's own length is not given")
    if not any("36 months" in x for _, x in every) or not any("20 years" in x for _, x in every):
        errors.append("clock: no contract or wayleave term longer than the plan")
    if gold["horizon_months"] != 18:
        errors.append("clock: M1 to M18 are 18 months")
    expected = [
        ("sprint 0", 0, 2),
        ("wave 1", 2, 8),
        ("wave 2", 8, 13),
        ("wave 3", 13, 18),
    ]
    got = [(ph["match"][0], ph["start_month"], ph["end_month"]) for ph in gold["phases"]]
    if got != expected:
        errors.append(f"clock: phases {got}")
    return errors


def gold_form(case: Path, pages: dict[int, list[str]], gold: dict[str, Any]) -> list[str]:  # noqa: C901
    errors: list[str] = []
    pilot = gold["pilot"]
    full = [n for n, lines in pages.items() if any("pellingford exchange area" in x for x in lines)]
    if full != [pilot["slide"]]:
        errors.append(f"pilot: named in full on slides {full}")
    early = [
        n
        for n, lines in pages.items()
        if n < pilot["slide"] and any("pellingford" in x for x in lines)
    ]
    if early:
        errors.append(f"pilot: Pellingford named before the pilot slide, on {early}")
    later = [
        n
        for n, lines in pages.items()
        if n > pilot["slide"] and any("pellingford" in x for x in lines)
    ]
    if sorted(pilot["also_slides"]) != later or len(later) < 4:
        errors.append(f"pilot: also_slides {pilot['also_slides']}, Pellingford named on {later}")
    who = [n for n, lines in pages.items() if "who we are building for" in lines]
    if len(who) != 1 or "not in this plan" not in pages[who[0]]:
        errors.append("scenarios: no slide of customer types with a 'Not in this plan' list")
    else:
        for seg in gold["scenario_segments"]:
            if not any(alt in x for alt in seg for x in pages[who[0]]):
                errors.append(f"scenarios: {seg} not on slide {who[0]}")
    if len(gold["scenario_segments"]) != 3:
        errors.append("scenarios: three customer types (homes, businesses, landlords of flats)")
    actions = gold["deck_actions"]
    if not 15 <= len(actions) <= 25:
        errors.append(f"{len(actions)} deck actions (15 to 25)")
    forms = {ACTION_FORMS.get(a["slide"], "other") for a in actions} - {"other"}
    if len(forms) < 5:
        errors.append(f"deck actions in {len(forms)} forms: {sorted(forms)}")
    posts = gold["roster"]
    owners = gold["remit_owners"]
    if len(owners) < 15:
        errors.append(f"{len(owners)} remit owners (15 or more)")
    pairs = namesakes_told_apart(posts, gold, GRADE)
    if len(pairs) < 3:
        errors.append(f"near-namesakes told apart by remit: {pairs}")
    every = [x for lines in pages.values() for x in lines]
    for mark, post in BRACKETS.items():
        lines = [x for x in every if mark in x]
        if len(lines) != 1 or post not in posts:
            errors.append(f"bracketed owner {mark}: lines {lines}")
            continue
        if not any(any(t in lines[0] for t in e["task"]) and post in e["owners"] for e in owners):
            errors.append(f"the {mark} line has no remit entry owned by {post}")
    trap = [e for e in owners if any("landlord open evening" in t for t in e["task"])]
    wl = [e for e in owners if any("framework wayleave" in t for t in e["task"])]
    if (
        len(trap) != 1
        or trap[0]["owners"] != ["Landlord Partnerships Manager"]
        or len(wl) != 1
        or "Landlord Partnerships Manager" in wl[0]["owners"]
    ):
        errors.append("keyword trap: landlord events vs wayleaves not told apart")
    gaps = gold["gaps"]
    if not 8 <= len(gaps) <= 12:
        errors.append(f"{len(gaps)} gaps (8 to 12)")
    per_file = sentences_by_file(case / "org", sentences)
    files = {f for f, ss in per_file.items() for gap in gaps for alt in gap for s in ss if alt in s}
    if len(files) < 4 or len({Path(f).suffix for f in files}) < 2:
        errors.append(f"gaps stated in {sorted(files)} (four files or more, two forms)")
    if len(gold["false_gaps"]) < 3:
        errors.append("fewer than three false-gap groups")
    if not 5 <= len(gold["forbidden_terms"]) <= 10:
        errors.append(f"{len(gold['forbidden_terms'])} forbidden terms (5 to 10)")
    if sorted(gold["consult_only_roles"]) != CONSULT_ONLY:
        errors.append(f"consult-only roles {gold['consult_only_roles']}")
    vague = [v for v in gold["visions"] if v["vague"]]
    if len(vague) < 2 or len(vague) * 2 >= len(gold["visions"]):
        errors.append(f"{len(vague)} vague of {len(gold['visions'])} visions")
    # vague by the labelling rule: a goal on the goals slide with no number is vague; a KPI
    # row is vague when its target is no number or its by-when is no month of the plan
    table = {r[0].lower(): r for r in KPI_ROWS[1:]}
    for v in gold["visions"]:
        row = table.get(v["match"])
        if row is not None:
            want = not re.search(r"\d", row[2]) or not re.match(r"m\d", row[3].lower())
        else:
            line = next((x for x in pages.get(v["slide"], []) if v["match"] in x), "")
            want = not re.search(r"\d", line)
        if v["vague"] != want:
            errors.append(f"vision {v['match']!r}: vague is {v['vague']}, the rule says {want}")
    if gold["needs_sponsor_gap"]:
        errors.append("the org has a sponsor: needs_sponsor_gap must be false")
    return errors


def extra(case: Path) -> list[str]:
    gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
    deck_text = [x for lines in deck_lines(case / gold["deck"]).values() for x in lines]
    blocks = _checks.gap_block_errors(gold, sentences(case / "org"), deck_text)
    return roster_form(case / "org", gold) + deck_form(case, gold) + blocks


CASE = Case(
    name=NAME,
    builder="build_fibre_network.py",
    roster=roster,
    org_sentences=sentences,
    core=frozenset({"core"}),
    consult=frozenset({"consulted only"}),
    extra=extra,
    folder=HERE,
    split="dev33",
)


def print_org() -> None:
    org = HERE / NAME / "org"
    print(f"##### {NAME}: roster rows ({ROSTER})")
    for r in roster_rows(org):
        print("  " + " | ".join(r.values()))
    print("##### org sentences")
    for s in sentences(org):
        print(f"  | {s}")


if __name__ == "__main__":
    if "--org" in sys.argv and "--dump" not in sys.argv:
        print_org()
        sys.exit(0)
    sys.exit(_checks.run(CASE))
