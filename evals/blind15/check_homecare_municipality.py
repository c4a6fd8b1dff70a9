"""Consistency checks of the blind15 case ``homecare-municipality`` against its deck and org folder.

Run from the repository root with the project's venv (python-pptx, python-docx, lxml):

    .venv/bin/python evals/blind15/check_homecare_municipality.py

``--dump`` prints the deck lines the gold was read from, slide by slide, and the roster;
``--org`` prints the roster rows (title, tier, unit, number of responsibilities) and the org
sentences; the two may be given together. Without them it runs every check and exits non-zero
on any failure.

The checks are those of ``evals/dev15/_checks.py`` (adapted from ``evals/dev13/check_gold.py``),
imported, not copied, and pointed at this folder (``evals/blind15``, split "blind15") with
``build_homecare_municipality.py`` as the builder: the gold's fields, every label on its slide
or in an org sentence, the roster, owners on it and core, consult-only roles owning nothing,
forbidden terms in neither deck nor org, and the rebuild byte for byte. The gold also carries
``gap_blocks`` (a field of ``evals/cases/README.md``'s deck-grounded gold that dev13's field list
predates), so the field list the shared checks compare with is that list plus ``gap_blocks``.
One finding of the shared checks is let through: the deck's last phase, "Hand over to line",
overlaps "Roll out" by one tertial, as the deck says, so its gold phase starts before the
roll-out ends; this checker checks that overlap itself (exactly one, of four months, stated on
the roadmap). The deck is read with dev13's ``deck_lines`` (one line per paragraph of every shape
in XML order, table cells row by row, then the speaker notes); org sentences are
``_checks.org_sentences`` (every string value of the JSON roster and every paragraph and table
row of the DOCX among them). What is this case's own:

- the roster, read from ``org/people/hr-export.json``, the HR system's export: a top-level JSON
  array of post records; a role is a record's ``title``, its tier the record's
  ``programmeParticipation.tier`` (Core / Extended / Consult only);
- checks of the roster's form: 16 to 20 records with the export's keys in its order, a nested
  ``unit`` (code, name, parent, the parent itself a unit or null) on every record, a
  ``responsibilities`` list on every record, empty on at least three, and every post with an
  empty list whose tier is Core named in another org file (its remit kept outside the export)
  and owning work in the gold; titles unique; exactly two Consult only (the union's safety
  representative and the pensioners' council); the near-namesake pairs on the roster, each
  post of a pair owning different work;
- checks of the deck's form, as LibreOffice Impress saves a PPTX: ``docProps/app.xml`` naming
  LibreOffice 7.x with AppVersion 15.0000, no thumbnail and no printer settings; the page 28 x
  21 cm (10080000 x 7560000 EMU, 4:3) without a ``type``; every layout named as Impress names its
  AutoLayouts and none with a name only PowerPoint uses; every shape named "PlaceHolder N",
  "TextShape N" or "Table N"; no table style; 14 to 22 slides; titles typed in the outline
  placeholder (no title placeholder, the first paragraph bold at 28 pt) on at least two slides;
  speaker notes on two slides, the phases slide's notes dating Prepare and Pilot; a "Not in this
  plan" slide;
- the clock: the roadmap is a native table of workstreams against the tertials T1 2029 to
  T2 2031 and a "Later" column; each gold phase's months follow from the tertial columns its
  name is in (T1 = months 0-4 of its year, T2 4-8, T3 8-12; T2 2031 counted to June, month 30),
  the Later column counted in none; the horizon (January 2029 to June 2031, 30 months) said on
  the cover's year range, on the roadmap's footnote and on the asks, and equal to the gold's; the
  phases Roll out and Hand over to line named without dates on the phases slide and dated only on
  the roadmap; Gate 2's date only in its acceptance criteria;
- the pilot: no pilot name on any slide before the pilot slide, which names the district and
  the night team on one line; its also-slides come after it;
- the gold's own rules: labels (vision matches and alternatives, deck actions, gap alternatives,
  not-visions, not-actions, optional visions) of 3 to 8 words, a KPI's own name and a pilot
  name excepted, none a whole deck line or a whole org sentence; 15 to 25 deck actions from at
  least five forms, three or more on slides titled by a headline or a metaphor; two vague visions
  or more; 2 to 4 scenario segments, each on the deck; 6 to 10 gaps whose sentences lie in at
  least three org files of different kinds; two false-gap groups or more; ``gap_blocks`` (every
  gap key inside a sentence that states a gold gap, every task on the deck, none both blocked and
  not blocked); 5 to 10 forbidden terms, none in any raw byte of the deck's XML or of any org
  file (the DOCX unzipped).

It never runs the planner.
"""

from __future__ import annotations

import json
import re
import shutil
import sys
import tempfile
import zipfile
from pathlib import Path
from typing import Any

from lxml import etree
from pptx import Presentation

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import evals.dev15._checks as _checks  # noqa: E402
from evals.dev13.check_gold import FIELDS, deck_lines, normalize  # noqa: E402
from evals.dev15._checks import Case  # noqa: E402

HERE = Path(__file__).resolve().parent
NAME = "homecare-municipality"
ROSTER = Path("people") / "hr-export.json"
KEYS = [
    "positionId",
    "title",
    "holder",
    "unit",
    "employmentType",
    "fte",
    "reportsTo",
    "responsibilities",
    "programmeParticipation",
]
TIERS = {"Core", "Extended", "Consult only"}
CONSULT_ONLY = {"Senior Safety Representative, Kommunal", "Chair, Municipal Pensioners' Council"}
NAMESAKES = [
    ("Head of Home Care", "Head of Home Health Care"),
    ("Unit Manager, Night Home Care", "Unit Manager, Tallmora Home Care"),
    ("Systems Administrator, Care Documentation", "Systems Administrator, Scheduling"),
]
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
P = "http://schemas.openxmlformats.org/presentationml/2006/main"
NS = {"a": A, "p": P}
IMPRESS_LAYOUTS = {
    "Blank Slide",
    "Title Slide",
    "Title, Content",
    "Title, 2 Content",
    "Title Only",
    "Centered Text",
    "Title, 2 Content and Content",
    "Title Content and 2 Content",
    "Title, 2 Content over Content",
    "Title, Content over Content",
    "Title, 4 Content",
    "Title, 6 Content",
}
POWERPOINT_ONLY = {
    "Title and Content",
    "Section Header",
    "Two Content",
    "Comparison",
    "Blank",
    "Content with Caption",
    "Picture with Caption",
    "Title and Vertical Text",
    "Vertical Title and Text",
}
TERTIALS = ["t1 2029", "t2 2029", "t3 2029", "t1 2030", "t2 2030", "t3 2030", "t1 2031", "t2 2031"]
HORIZON = 30  # January 2029 (month 0) to the end of June 2031
# the slides whose titles are a headline or a metaphor rather than "Roadmap" or "Actions"
HEADLINES = {
    "four phases, each closed by the committee",
    "one district, one night team",
    "clearing the runway",
    "what changes on monday",
}
# the form of the deck's own actions on each slide that holds some
FORMS = {
    6: "pillar initiative",
    7: "pillar initiative",
    8: "pillar initiative",
    9: "pillar initiative",
    10: "pillar initiative",
    12: "phase acceptance criteria",
    14: "pilot steps",
    15: "risk mitigation",
    16: "first 90 days",
    17: "what changes on monday",
    20: "asks of the committee",
}

# The gold carries gap_blocks, which dev13's field list predates.
_checks.FIELDS = FIELDS | {"gap_blocks"}  # type: ignore[attr-defined]


# =========================================================================== the roster


def records(org: Path) -> list[dict[str, Any]]:
    data = json.loads((org / ROSTER).read_text(encoding="utf-8"))
    return data if isinstance(data, list) else []


def roster(org: Path) -> list[tuple[str, str]]:
    return [
        (r["title"].strip(), r["programmeParticipation"]["tier"].strip().lower())
        for r in records(org)
    ]


def sentences(org: Path) -> list[str]:
    return _checks.org_sentences(org)


def file_sentences(org: Path) -> dict[str, list[str]]:
    """Each org file's own sentences, read as ``_checks.org_sentences`` reads the folder."""
    out: dict[str, list[str]] = {}
    for path in sorted(p for p in org.rglob("*") if p.is_file()):
        with tempfile.TemporaryDirectory() as tmp:
            shutil.copy(path, Path(tmp) / path.name)
            out[str(path.relative_to(org))] = _checks.org_sentences(Path(tmp))
    return out


def _unit_ok(unit: Any) -> bool:
    if unit is None:
        return True
    if not isinstance(unit, dict) or list(unit) != ["code", "name", "parent"]:
        return False
    return (
        isinstance(unit["code"], str) and isinstance(unit["name"], str) and _unit_ok(unit["parent"])
    )


def roster_form(org: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    raw = (org / ROSTER).read_bytes()
    if not raw.startswith(b'[\n  {\n    "positionId": '):
        errors.append("roster: not a two-space indented top-level array of post records")
    data = json.loads(raw)
    if not isinstance(data, list):
        return errors + ["roster: the top level is not an array"]
    if not 16 <= len(data) <= 20:
        errors.append(f"roster: {len(data)} posts (16 to 20)")
    for rec in data:
        if list(rec) != KEYS:
            errors.append(f"roster: keys of {rec.get('positionId')}: {list(rec)}")
            continue
        if rec["unit"] is None or rec["unit"]["parent"] is None or not _unit_ok(rec["unit"]):
            errors.append(f"roster: {rec['title']} without a nested unit and parent")
        if not isinstance(rec["responsibilities"], list):
            errors.append(f"roster: {rec['title']} responsibilities is not a list")
        if rec["programmeParticipation"]["tier"] not in TIERS:
            errors.append(f"roster: {rec['title']} tier {rec['programmeParticipation']['tier']}")
    titles = [r["title"] for r in data]
    if len(set(titles)) != len(titles):
        errors.append("roster: a title appears twice")
    consult = {r["title"] for r in data if r["programmeParticipation"]["tier"] == "Consult only"}
    if consult != CONSULT_ONLY:
        errors.append(f"roster: consult-only posts {sorted(consult)}")
    if set(gold["consult_only_roles"]) != CONSULT_ONLY:
        errors.append(f"gold: consult-only roles {gold['consult_only_roles']}")
    owners: dict[str, set[str]] = {}
    for entry in gold["remit_owners"]:
        for o in entry["owners"]:
            owners.setdefault(o, set()).add(entry["task"][0])
    empty = [r for r in data if not r["responsibilities"]]
    if len(empty) < 3:
        errors.append(f"roster: {len(empty)} posts with empty responsibilities (3 or more)")
    elsewhere = "\n".join(
        s for rel, ss in file_sentences(org).items() if rel != str(ROSTER) for s in ss
    )
    for rec in empty:
        if rec["programmeParticipation"]["tier"] != "Core":
            continue
        if normalize(rec["title"]) not in elsewhere:
            errors.append(f"roster: {rec['title']} has no remit in another org file")
        if rec["title"] not in owners:
            errors.append(f"gold: {rec['title']} (remit outside the export) owns nothing")
    for a, b in NAMESAKES:
        if a not in titles or b not in titles:
            errors.append(f"roster: near-namesake pair missing: {a} / {b}")
        elif not owners.get(a) or not owners.get(b) or owners[a] == owners[b]:
            errors.append(f"gold: near-namesakes {a} / {b} do not own different work")
    return errors


# =========================================================================== the deck's form


def _paras(sp: Any) -> list[tuple[str, bool, int]]:
    out = []
    for p in sp.iter(f"{{{A}}}p"):
        runs = p.findall("a:r", NS)
        text = normalize("".join(t.text or "" for t in p.iter(f"{{{A}}}t")))
        bold = bool(runs) and all(
            r.find("a:rPr", NS) is not None and r.find("a:rPr", NS).get("b") == "1" for r in runs
        )
        size = max(
            (
                int(r.find("a:rPr", NS).get("sz", "0"))
                for r in runs
                if r.find("a:rPr", NS) is not None
            ),
            default=0,
        )
        out.append((text, bold, size))
    return out


def slide_titles(deck: Path) -> dict[int, str]:
    """Each slide's title: its title placeholder, else the first paragraph of its outline."""
    titles: dict[int, str] = {}
    z = zipfile.ZipFile(deck)
    for n in range(
        1, 1 + sum(1 for x in z.namelist() if re.fullmatch(r"ppt/slides/slide\d+\.xml", x))
    ):
        root = etree.fromstring(z.read(f"ppt/slides/slide{n}.xml"))
        for sp in root.iter(f"{{{P}}}sp"):
            ph = sp.find("p:nvSpPr/p:nvPr/p:ph", NS)
            if ph is not None and ph.get("type") in ("title", "ctrTitle"):
                titles[n] = _paras(sp)[0][0]
                break
        else:
            for sp in root.iter(f"{{{P}}}sp"):
                ph = sp.find("p:nvSpPr/p:nvPr/p:ph", NS)
                if ph is not None and ph.get("idx") == "1":
                    titles[n] = _paras(sp)[0][0]
                    break
    return titles


def roadmap_table(deck: Path) -> list[list[str]] | None:
    for slide in Presentation(str(deck)).slides:
        for shape in slide.shapes:
            if shape.has_table:
                rows = [[normalize(c.text) for c in row.cells] for row in shape.table.rows]
                if rows and rows[0][1:] == [*TERTIALS, "later"]:
                    return rows
    return None


def deck_form(case: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    deck = case / gold["deck"]
    z = zipfile.ZipFile(deck)
    names = z.namelist()
    if names != sorted(names):
        errors.append("deck: ZIP entries not sorted")
    app = z.read("docProps/app.xml").decode("utf-8")
    if not re.search(r"<Application>LibreOffice/7\.\d[^<]*</Application>", app):
        errors.append("app.xml does not name LibreOffice 7.x")
    if "<AppVersion>15.0000</AppVersion>" not in app:
        errors.append("app.xml without Impress's AppVersion 15.0000")
    if any("thumbnail" in n or "printerSettings" in n for n in names):
        errors.append("deck: a thumbnail or printer settings part (Impress writes neither)")
    size = re.search(rb"<p:sldSz [^>]*/>", z.read("ppt/presentation.xml"))
    if size is None or size.group(0) != b'<p:sldSz cx="10080000" cy="7560000"/>':
        errors.append(
            f"slide size is not Impress's 28 x 21 cm: {size.group(0) if size else None!r}"
        )
    layouts = [n for n in names if re.fullmatch(r"ppt/slideLayouts/slideLayout\d+\.xml", n)]
    for n in layouts:
        m = re.search(rb'<p:cSld name="([^"]*)"', z.read(n))
        name = m.group(1).decode() if m else ""
        if name not in IMPRESS_LAYOUTS or name in POWERPOINT_ONLY:
            errors.append(f"{n}: layout named {name!r}, not as Impress names it")
    slides = [n for n in names if re.fullmatch(r"ppt/slides/slide\d+\.xml", n)]
    if not 14 <= len(slides) <= 22:
        errors.append(f"{len(slides)} slides (14 to 22)")
    in_outline = []
    for k in range(1, len(slides) + 1):
        xml = z.read(f"ppt/slides/slide{k}.xml")
        root = etree.fromstring(xml)
        if b"tableStyleId" in xml:
            errors.append(f"slide {k}: a table style")
        for el in root.iter(f"{{{P}}}cNvPr"):
            nm = el.get("name")
            if nm != "" and not re.fullmatch(r"(PlaceHolder|TextShape|Table) \d+", nm or ""):
                errors.append(f"slide {k}: shape named {nm!r}")
        phs = [sp.find("p:nvSpPr/p:nvPr/p:ph", NS) for sp in root.iter(f"{{{P}}}sp")]
        if k > 1 and not any(ph is not None and ph.get("type") == "title" for ph in phs):
            outline = [
                sp
                for sp in root.iter(f"{{{P}}}sp")
                if (ph := sp.find("p:nvSpPr/p:nvPr/p:ph", NS)) is not None and ph.get("idx") == "1"
            ]
            if outline and _paras(outline[0])[0][1:] == (True, 2800):
                in_outline.append(k)
            else:
                errors.append(f"slide {k}: no title placeholder and no title in the outline")
    if len(in_outline) < 2:
        errors.append(f"titles typed in the outline on slides {in_outline} (two or more)")
    pages = deck_lines(deck)
    prs = Presentation(str(deck))
    with_notes = [k for k, s in enumerate(prs.slides, start=1) if s.has_notes_slide]
    if len(with_notes) != 2:
        errors.append(f"speaker notes on slides {with_notes} (two)")
    titles = slide_titles(deck)
    if "not in this plan" not in titles.values():
        errors.append("no 'Not in this plan' slide")
    phases_slide = next((k for k, t in titles.items() if t.startswith("four phases")), 0)
    notes = (
        " ".join(
            normalize(p.text)
            for p in prs.slides[phases_slide - 1].notes_slide.notes_text_frame.paragraphs
        )
        if phases_slide in with_notes
        else ""
    )
    if not (
        "prepare runs through t1 2029, january to april" in notes
        and "pilot runs from may to december 2029" in notes
    ):
        errors.append("the phases slide's notes do not date Prepare and Pilot")
    return errors + clock(case, gold, pages, titles, phases_slide)


# =========================================================================== the clock


def clock(
    case: Path,
    gold: dict[str, Any],
    pages: dict[int, list[str]],
    titles: dict[int, str],
    phases_slide: int,
) -> list[str]:
    errors: list[str] = []
    rows = roadmap_table(case / gold["deck"])
    if rows is None:
        return ["no native roadmap table of workstreams against T1 2029 to T2 2031 and Later"]
    phase_row = next((r for r in rows if r[0] == "phase"), None)
    if phase_row is None:
        return ["roadmap: no Phase row"]
    if gold["horizon_months"] != HORIZON:
        errors.append(f"horizon {gold['horizon_months']}, the deck says {HORIZON}")
    for ph in gold["phases"]:
        name = ph["match"][0]
        cols = [i for i, cell in enumerate(phase_row[1:9]) if name in cell]
        if not cols or cols != list(range(cols[0], cols[-1] + 1)):
            errors.append(f"roadmap: phase {name!r} in tertial columns {cols}")
            continue
        start, end = 4 * cols[0], min(4 * cols[-1] + 4, HORIZON)
        if (ph["start_month"], ph["end_month"]) != (start, end):
            errors.append(
                f"phase {name!r}: gold {ph['start_month']}-{ph['end_month']}, roadmap {start}-{end}"
            )
        if name in phase_row[9]:
            errors.append(f"phase {name!r} in the Later column")
    spans = [(ph["start_month"], ph["end_month"], ph["match"][0]) for ph in gold["phases"]]
    overlaps = [
        (a[2], b[2], a[1] - b[0]) for a, b in zip(spans, spans[1:], strict=False) if b[0] < a[1]
    ]
    if overlaps != [("roll out", "hand over to line", 4)]:
        errors.append(
            f"phase overlaps {overlaps}: expected Roll out / Hand over to line by 4 months"
        )
    everything = [x for lines in pages.values() for x in lines]
    if not any("overlap for one tertial, t1 2031" in x for x in everything):
        errors.append("the deck does not state the one-tertial overlap")
    if not any("2029-2031" in x for x in pages[1]):
        errors.append("the cover does not carry the year range 2029-2031")
    said = [k for k, lines in pages.items() if any("january 2029 to june 2031" in x for x in lines)]
    if len(said) < 2:
        errors.append(f"'January 2029 to June 2031' on slides {said} (two or more)")
    if not any("june 2031 meeting" in x for x in pages[max(pages)]):
        errors.append("the last slide does not close the plan in June 2031")
    roadmap_slide = next((k for k, t in titles.items() if t == "the road to june 2031"), 0)
    if roadmap_slide != phases_slide + 1:
        errors.append("the roadmap does not follow the phases slide")
    visible = pages.get(phases_slide, [])
    notes_lines = {normalize(x) for x in _notes(case / gold["deck"], phases_slide)}
    shown = [x for x in visible if x not in notes_lines]
    for word in ("roll out", "hand over to line"):
        if not any(x == word for x in shown):
            errors.append(f"the phases slide does not name {word!r}")
    if any(
        re.search(r"\b(t[123] 20\d\d|20(29|30|31))\b", x)
        for x in shown
        if "11 december 2029" not in x
    ):
        errors.append("the phases slide dates something outside Gate 2's acceptance criteria")
    gate2 = [x for lines in pages.values() for x in lines if "11 december 2029" in x]
    if len(gate2) != 1 or "meeting of 11 december 2029" not in gate2[0]:
        errors.append(f"Gate 2's date is not only in its acceptance criteria: {gate2}")
    return errors


def _notes(deck: Path, n: int) -> list[str]:
    slide = Presentation(str(deck)).slides[n - 1]
    if not slide.has_notes_slide:
        return []
    return [p.text for p in slide.notes_slide.notes_text_frame.paragraphs]


# =========================================================================== the gold's own rules


def _words(label: str) -> int:
    return len(label.split())


def gold_form(case: Path, gold: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    pages = deck_lines(case / gold["deck"])
    lines = {x for ls in pages.values() for x in ls}
    org = case / "org"
    all_sentences = sentences(org)
    kpis = set(gold["kpis"])

    labels: list[tuple[str, str]] = []
    for v in gold["visions"]:
        if v["match"] not in kpis:
            labels.append(("vision", v["match"]))
        labels += [("vision alternative", a) for a in v.get("alternatives", [])]
    labels += [("deck action", a) for d in gold["deck_actions"] for a in d["match"]]
    labels += [("not-vision", x) for x in gold["not_visions"]]
    labels += [("not-action", x) for x in gold["not_actions"]]
    labels += [("optional vision", x) for x in gold["optional_visions"]]
    for kind, label in labels:
        if label != label.lower() or label != normalize(label):
            errors.append(f"{kind} not lower-case and normalised: {label!r}")
        if not 3 <= _words(label) <= 8:
            errors.append(f"{kind} of {_words(label)} words: {label!r}")
        if label in lines:
            errors.append(f"{kind} is a whole deck line: {label!r}")
    for gap in gold["gaps"]:
        for alt in gap:
            if not 3 <= _words(alt) <= 8:
                errors.append(f"gap of {_words(alt)} words: {alt!r}")
            if alt in all_sentences:
                errors.append(f"gap is a whole org sentence: {alt!r}")

    # visions, KPIs, scenarios
    if sum(v["vague"] for v in gold["visions"]) < 2:
        errors.append("fewer than two vague visions")
    if not 2 <= len(gold["scenario_segments"]) <= 4:
        errors.append(f"{len(gold['scenario_segments'])} scenario segments (2 to 4)")
    for seg in gold["scenario_segments"]:
        if not all(any(t in x for x in lines) for t in seg):
            errors.append(f"scenario segment term not on the deck: {seg}")

    # deck actions: count, forms, headline slides
    actions = gold["deck_actions"]
    if not 15 <= len(actions) <= 25:
        errors.append(f"{len(actions)} deck actions (15 to 25)")
    unknown = [a["slide"] for a in actions if a["slide"] not in FORMS]
    if unknown:
        errors.append(f"deck actions on slides of no known form: {unknown}")
    forms = {FORMS[a["slide"]] for a in actions if a["slide"] in FORMS}
    if len(forms) < 5:
        errors.append(f"deck actions from {len(forms)} forms (five or more): {sorted(forms)}")
    titles = slide_titles(case / gold["deck"])
    on_headlines = [a for a in actions if titles.get(a["slide"]) in HEADLINES]
    if len(on_headlines) < 3:
        errors.append(f"{len(on_headlines)} deck actions on headline or metaphor slides (3+)")

    # the pilot: named first with its place and unit, then by the place or "the pilot district"
    pilot = gold["pilot"]
    first = min(k for k, ls in pages.items() if any(m in x for m in pilot["match"] for x in ls))
    if first != pilot["slide"]:
        errors.append(f"the pilot is first mentioned on slide {first}, not {pilot['slide']}")
    named = [
        x for x in pages[pilot["slide"]] if "home-care district" in x and "night team north" in x
    ]
    if not named or not any(m in named[0] for m in pilot["match"]):
        errors.append("the pilot slide does not name the district and the night team on one line")
    if any(n <= pilot["slide"] for n in pilot["also_slides"]):
        errors.append("a pilot also-slide before the pilot slide")

    # gaps, their files, false gaps, gap_blocks
    if not 6 <= len(gold["gaps"]) <= 10:
        errors.append(f"{len(gold['gaps'])} gaps (6 to 10)")
    per_file = file_sentences(org)
    gap_files = {
        rel
        for gap in gold["gaps"]
        for alt in gap
        for rel, ss in per_file.items()
        if any(alt in s for s in ss)
    }
    kinds = {Path(rel).suffix for rel in gap_files}
    if len(gap_files) < 3 or len(kinds) < 3:
        errors.append(f"gaps in files {sorted(gap_files)} (three or more, of three kinds)")
    if len(gold["false_gaps"]) < 2:
        errors.append("fewer than two false-gap groups")
    gap_sentences = {s for gap in gold["gaps"] for alt in gap for s in all_sentences if alt in s}
    if not gold.get("gap_blocks"):
        errors.append("gold: no gap_blocks")
    for entry in gold.get("gap_blocks", []):
        if sorted(entry) != ["blocks", "gap", "not_blocks"]:
            errors.append(f"gap_blocks: keys {sorted(entry)}")
            continue
        for key in entry["gap"]:
            if not any(key in s for s in gap_sentences):
                errors.append(f"gap_blocks: gap key in no sentence stating a gold gap: {key!r}")
        for field in ("blocks", "not_blocks"):
            if not entry[field]:
                errors.append(f"gap_blocks: {entry['gap'][0]!r} has no {field}")
            for item in entry[field]:
                if not any(alt in x for alt in item for x in lines):
                    errors.append(f"gap_blocks: {field} item in no deck line: {item}")
        if {tuple(i) for i in entry["blocks"]} & {tuple(i) for i in entry["not_blocks"]}:
            errors.append(f"gap_blocks: {entry['gap'][0]!r} blocks and not-blocks one task")

    # forbidden terms in no raw byte of the deck or the org folder
    if not 5 <= len(gold["forbidden_terms"]) <= 10:
        errors.append(f"{len(gold['forbidden_terms'])} forbidden terms (5 to 10)")
    blobs = [_unzipped(case / gold["deck"])]
    for path in sorted(p for p in org.rglob("*") if p.is_file()):
        blobs.append(_unzipped(path) if path.suffix == ".docx" else path.read_text("utf-8").lower())
    for term in gold["forbidden_terms"]:
        if any(term in b for b in blobs):
            errors.append(f"forbidden term in a raw file: {term!r}")
    return errors


def _unzipped(path: Path) -> str:
    z = zipfile.ZipFile(path)
    return "\n".join(z.read(n).decode("utf-8", "replace") for n in z.namelist()).lower()


def extra(case: Path) -> list[str]:
    gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
    return roster_form(case / "org", gold) + deck_form(case, gold) + gold_form(case, gold)


CASE = Case(
    name=NAME,
    builder="build_homecare_municipality.py",
    roster=roster,
    org_sentences=sentences,
    extra=extra,
    folder=HERE,
    split="blind15",
)


def _stated_overlap(error: str) -> bool:
    """The shared checks' finding on the one overlap the deck states (checked in ``clock``)."""
    return (
        error.startswith("phases overlap or are out of order: ") and "'hand over to line'" in error
    )


def main() -> int:
    case = HERE / NAME
    if not (case / "gold.json").is_file():
        print(f"{NAME}: no gold.json")
        return 1
    errors, free, n = _checks.check_case(case, CASE)
    errors = [e for e in errors if not _stated_overlap(e)]
    errors += extra(case)
    if errors:
        print(f"{NAME}: {len(errors)} problem(s)")
        for e in errors:
            print(f"  - {e}")
    else:
        print(f"{NAME}: ok ({free} of {n} gap sentences free of absence words)")
    rebuild = _checks.check_rebuild(CASE)
    for e in rebuild:
        print(f"  - {e}")
    print("rebuild: " + ("differs" if rebuild else "ok"))
    return 1 if errors or rebuild else 0


def org_dump(with_sentences: bool) -> None:
    org = HERE / NAME / "org"
    for rec in records(org):
        path = []
        unit = rec["unit"]
        while unit is not None:
            path.append(unit["name"])
            unit = unit["parent"]
        tier = rec["programmeParticipation"]["tier"]
        print(f"--- {rec['title']} | {tier} | {' < '.join(path)} | {len(rec['responsibilities'])}")
    if with_sentences:
        for s in sentences(org):
            print(f"  | {s}")


if __name__ == "__main__":
    if "--dump" in sys.argv or "--org" in sys.argv:
        if "--dump" in sys.argv:
            _checks.dump(CASE)  # with --org it prints the org sentences too
        if "--org" in sys.argv:
            org_dump(with_sentences="--dump" not in sys.argv)
        sys.exit(0)
    sys.exit(main())
