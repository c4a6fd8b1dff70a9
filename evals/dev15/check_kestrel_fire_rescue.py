"""Consistency checks of the dev15 case ``kestrel-fire-rescue``: its gold against its own deck
and org folder.

Run from the repository root:  .venv/bin/python evals/dev15/check_kestrel_fire_rescue.py
(``--dump`` prints the deck lines the gold was read from; ``--org`` adds the org sentences)

Adapted from ``evals/dev13/check_gold.py`` for this one case (other dev15 cases, written by
others in the same folder, are left alone). The checks:

- the gold's fields are exactly those of ``evals/dev14/*/gold.json`` and its split is "dev15";
- the deck title (and its alternatives) is in the deck; each vision lies on one line of its
  slide, and its match or an alternative on one line of each of its ``also_slides``; every
  optional vision, not-vision and not-action is somewhere in the deck, and no not-vision is
  also a vision; every KPI is inside a vision's match;
- 10 to 25 deck actions, every alternative of each on one line of its slide, and none of
  them inside a not-action; the pilot on its slide and on each of its ``also_slides``; every
  phase match in the deck and every phase inside the horizon, in order, the last ending at
  the horizon;
- every gap alternative inside one org sentence; no false-gap term inside a sentence that
  states a gap; forbidden terms in neither the deck nor the org folder;
- the roster equal to the org chart's boxes; every owner, accountable and layer role on it and
  core tier; consult-only roles on the roster, consult tier, and in no owner, accountable or
  layer list; ``expected_layers`` keyed by vision matches, with known layer names;
- ``build_kestrel_fire_rescue.py`` into a temporary folder gives the deck and every org file
  byte for byte, and writes nothing else (only ``gold.json`` is outside the builder).

Deck lines: every shape in slide order (group shapes opened), a text frame one line per
paragraph, a table one line per paragraph of each cell, row by row (a merged cell's text once,
in its origin cell), a chart its title, categories and series names, then the slide's
speaker-notes paragraphs. Org sentences: Markdown and text files split as dev13 splits them
(table rows stay whole, hard-wrapped prose is unwrapped); every paragraph of every shape of a
PPTX file (the org chart), then all of them split after a full stop. The roster: the PPTX org
chart in ``org/people/``: every rounded rectangle, slide by slide, whose second paragraph is
"(core)", "(extended)" or "(consult)"; its first paragraph is the role.

It never runs the planner.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from pptx import Presentation
from pptx.enum.shapes import MSO_AUTO_SHAPE_TYPE, MSO_SHAPE_TYPE
from pypdf import PdfReader

HERE = Path(__file__).resolve().parent
SPLIT = "dev15"
CASE = "kestrel-fire-rescue"
BUILDER = "build_kestrel_fire_rescue.py"
TIER = re.compile(r"^\((core|extended|consult)\)$")
FIELDS = {
    "deck",
    "split",
    "domain",
    "organization",
    "deck_title",
    "deck_title_alternatives",
    "mismatch",
    "horizon_months",
    "visions",
    "optional_visions",
    "not_visions",
    "scenario_segments",
    "roster",
    "deck_actions",
    "not_actions",
    "remit_owners",
    "accountable",
    "consult_only_roles",
    "gaps",
    "acceptable_gaps",
    "false_gaps",
    "forbidden_terms",
    "expected_layers",
    "needs_sponsor_gap",
    "phases",
    "pilot",
    "kpis",
    "notes",
}
LAYERS = {"experience", "process_people", "tech_data", "governance_measurement"}
NO_WORDS = re.compile(r"\b(no|not|only|lack\w*|missing|manual\w*|none|never|without)\b")
CORE = {"core", "core team"}
CONSULT = {"consult", "consult only", "consulted"}


def normalize(text: str) -> str:
    text = (
        text.replace("\u2018", "'")
        .replace("\u2019", "'")
        .replace("\u201c", '"')
        .replace("\u201d", '"')
        .replace("\u2013", "-")
        .replace("\u2014", "-")
        .replace("\u00a0", " ")
        .replace("\u2212", "-")
    )
    return re.sub(r"\s+", " ", text).strip().lower()


# ------------------------------------------------------------------ deck lines


def _shape_lines(shape) -> list[str]:
    if shape.shape_type == MSO_SHAPE_TYPE.GROUP:
        return [line for sub in shape.shapes for line in _shape_lines(sub)]
    out: list[str] = []
    if getattr(shape, "has_text_frame", False) and shape.has_text_frame:
        out.extend(p.text for p in shape.text_frame.paragraphs)
    if getattr(shape, "has_table", False) and shape.has_table:
        for row in shape.table.rows:
            for cell in row.cells:
                out.extend(p.text for p in cell.text_frame.paragraphs)
    if getattr(shape, "has_chart", False) and shape.has_chart:
        chart = shape.chart
        if chart.has_title:
            out.extend(p.text for p in chart.chart_title.text_frame.paragraphs)
        for plot in chart.plots:
            out.extend(str(c) for c in plot.categories)
            out.extend(s.name for s in plot.series)
    return out


def deck_lines(path: Path) -> dict[int, list[str]]:
    pages: dict[int, list[str]] = {}
    if path.suffix.lower() == ".pdf":
        for n, page in enumerate(PdfReader(str(path)).pages, start=1):
            pages[n] = [normalize(x) for x in (page.extract_text() or "").splitlines()]
    else:
        for n, slide in enumerate(Presentation(str(path)).slides, start=1):
            raw = [line for shape in slide.shapes for line in _shape_lines(shape)]
            if slide.has_notes_slide:
                raw.extend(p.text for p in slide.notes_slide.notes_text_frame.paragraphs)
            pages[n] = [normalize(x) for x in raw]
    return {n: [x for x in lines if x] for n, lines in pages.items()}


# ------------------------------------------------------------------ org folder


def _shapes(shapes):
    for shape in shapes:
        if shape.shape_type == MSO_SHAPE_TYPE.GROUP:
            yield from _shapes(shape.shapes)
        else:
            yield shape


def _pptx_paragraphs(path: Path) -> list[str]:
    out: list[str] = []
    for slide in Presentation(str(path)).slides:
        out.extend(line for shape in slide.shapes for line in _shape_lines(shape))
        if slide.has_notes_slide:
            out.extend(p.text for p in slide.notes_slide.notes_text_frame.paragraphs)
    return out


def org_sentences(org: Path) -> list[str]:
    parts: list[str] = []
    for path in sorted(p for p in org.rglob("*") if p.is_file()):
        suffix = path.suffix.lower()
        if suffix in {".md", ".txt"}:
            text = path.read_text(encoding="utf-8")
            parts.extend(re.sub(r"\n(?![\n\-*|#])", " ", text).split("\n"))
        elif suffix == ".pptx":
            parts.extend(_pptx_paragraphs(path))
    pieces = [s for part in parts for s in re.split(r"(?<=[.!?])\s+", part)]
    return [n for n in (normalize(p) for p in pieces) if n]


def roster(org: Path) -> list[tuple[str, str]]:
    """(role, tier) from the PPTX org chart under org/people/: its rounded-rectangle boxes."""
    for path in sorted((org / "people").glob("*.pptx")):
        found: list[tuple[str, str]] = []
        for slide in Presentation(str(path)).slides:
            for shape in _shapes(slide.shapes):
                if shape.shape_type != MSO_SHAPE_TYPE.AUTO_SHAPE:
                    continue
                if shape.auto_shape_type != MSO_AUTO_SHAPE_TYPE.ROUNDED_RECTANGLE:
                    continue
                paras = [p.text.strip() for p in shape.text_frame.paragraphs]
                tier = TIER.match(paras[1]) if len(paras) >= 3 else None
                if tier:
                    found.append((paras[0], tier.group(1)))
        if found:
            return found
    return []


# ------------------------------------------------------------------ checks


def _on_line(needle: str, lines: list[str]) -> bool:
    return any(needle in line for line in lines)


def _anywhere(needle: str, pages: dict[int, list[str]]) -> bool:
    return any(_on_line(needle, lines) for lines in pages.values())


def check_case(case: Path) -> tuple[list[str], int, int]:
    errors: list[str] = []
    gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
    if set(gold) != FIELDS:
        errors.append(f"fields differ: extra {set(gold) - FIELDS}, missing {FIELDS - set(gold)}")
    if gold.get("split") != SPLIT:
        errors.append(f"split is {gold.get('split')!r}")
    deck = case / gold["deck"]
    if not deck.is_file():
        return [f"deck {deck.name} is missing"], 0, 0
    pages = deck_lines(deck)
    org = case / "org"
    sentences = org_sentences(org)
    all_org = "\n".join(sentences)

    for title in [gold["deck_title"], *gold["deck_title_alternatives"]]:
        if not _anywhere(normalize(title), pages):
            errors.append(f"deck title not in deck: {title!r}")

    vision_matches = [v["match"] for v in gold["visions"]]
    for v in gold["visions"]:
        if not _on_line(v["match"], pages.get(v["slide"], [])):
            errors.append(f"vision not on one line of slide {v['slide']}: {v['match']!r}")
        if not isinstance(v.get("vague"), bool):
            errors.append(f"vision without a vague flag: {v['match']!r}")
        for alt in v.get("alternatives", []):
            if not _anywhere(alt, pages):
                errors.append(f"vision alternative not in deck: {alt!r}")
        for n in v.get("also_slides", []):
            if not any(
                _on_line(m, pages.get(n, [])) for m in [v["match"], *v.get("alternatives", [])]
            ):
                errors.append(f"vision {v['match']!r} not on also-slide {n}")
    for key in ("optional_visions", "not_visions", "not_actions"):
        for text in gold[key]:
            if not _anywhere(text, pages):
                errors.append(f"{key} not in deck: {text!r}")
    for text in gold["not_visions"]:
        if text in vision_matches:
            errors.append(f"not-vision is also a vision: {text!r}")
    for kpi in gold["kpis"]:
        if not any(kpi in m for m in vision_matches):
            errors.append(f"kpi not among the vision matches: {kpi!r}")
    for key in gold["expected_layers"]:
        if key not in vision_matches:
            errors.append(f"expected_layers key is no vision match: {key!r}")

    actions = gold["deck_actions"]
    if not 10 <= len(actions) <= 25:
        errors.append(f"{len(actions)} deck actions (10 to 25)")
    for a in actions:
        for alt in a["match"]:
            if not _on_line(alt, pages.get(a["slide"], [])):
                errors.append(f"deck action not on one line of slide {a['slide']}: {alt!r}")
            for line in gold["not_actions"]:
                if alt in line or line in alt:
                    errors.append(f"deck action overlaps a not-action: {alt!r} / {line!r}")

    pilot = gold["pilot"]
    for n in [pilot["slide"], *pilot.get("also_slides", [])]:
        if not any(_on_line(m, pages.get(n, [])) for m in pilot["match"]):
            errors.append(f"pilot {pilot['match']} not on slide {n}")

    horizon = gold["horizon_months"]
    last_end = 0
    for ph in gold["phases"]:
        if not any(_anywhere(m, pages) for m in ph["match"]):
            errors.append(f"phase not in deck: {ph['match']}")
        if not 0 <= ph["start_month"] < ph["end_month"] <= horizon:
            errors.append(f"phase outside the horizon: {ph}")
        if ph["start_month"] < last_end:
            errors.append(f"phases overlap or are out of order: {ph}")
        last_end = ph["end_month"]
    if last_end != horizon:
        errors.append(f"the last phase ends at month {last_end}, the horizon is {horizon}")

    gap_sentences: set[str] = set()
    for gap in gold["gaps"]:
        for alt in gap:
            hits = [s for s in sentences if alt in s]
            if not hits:
                errors.append(f"gap not inside one org sentence: {alt!r}")
            gap_sentences.update(hits)
    for terms in gold["false_gaps"]:
        for term in terms:
            for s in gap_sentences:
                if term in s:
                    errors.append(f"false-gap term {term!r} inside a gap sentence: {s!r}")
    for term in gold["forbidden_terms"]:
        if _anywhere(term, pages) or term in all_org:
            errors.append(f"forbidden term in deck or org: {term!r}")

    found = roster(org)
    roles = [r for r, _ in found]
    tiers = dict(found)
    if gold["roster"] != roles:
        errors.append(f"roster differs from the org roster file: {roles}")
    owners = {o for e in gold["remit_owners"] for o in e["owners"]}
    owners |= {r for e in gold["accountable"] for r in e["roles"]}
    for layers in gold["expected_layers"].values():
        for layer, names in layers.items():
            if layer not in LAYERS:
                errors.append(f"unknown layer {layer!r}")
            owners |= set(names)
    for role in sorted(owners):
        if role not in tiers:
            errors.append(f"owner not on the roster: {role!r}")
        elif tiers[role] not in CORE:
            errors.append(f"owner is not core tier: {role!r} ({tiers[role]})")
    for role in gold["consult_only_roles"]:
        if role not in tiers:
            errors.append(f"consult-only role not on the roster: {role!r}")
        elif tiers[role] not in CONSULT:
            errors.append(f"consult-only role is not consult tier: {role!r}")
        if role in owners:
            errors.append(f"consult-only role owns work: {role!r}")

    free = sum(1 for s in gap_sentences if not NO_WORDS.search(s))
    return errors, free, len(gap_sentences)


def _case_files(root: Path) -> set[Path]:
    return {
        p.relative_to(root)
        for p in root.rglob("*")
        if p.is_file() and p.name != "gold.json" and "__pycache__" not in p.parts
    }


def check_rebuild() -> list[str]:
    errors: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(HERE / BUILDER), tmp], check=True)
        built_root = Path(tmp) / CASE
        if {p.name for p in Path(tmp).iterdir()} != {CASE}:
            errors.append(
                f"builder wrote outside {CASE}: {sorted(p.name for p in Path(tmp).iterdir())}"
            )
        built = _case_files(built_root)
        ours = _case_files(HERE / CASE)
        if built != ours:
            errors.append(f"rebuild files differ: {sorted(map(str, built ^ ours))}")
        for rel in sorted(built & ours):
            if (built_root / rel).read_bytes() != (HERE / CASE / rel).read_bytes():
                errors.append(f"rebuild differs: {rel}")
    return errors


def main() -> int:
    case = HERE / CASE
    if not (case / "gold.json").is_file():
        print(f"{CASE}: no gold.json")
        return 1
    errors, free, n = check_case(case)
    if errors:
        print(f"{CASE}: {len(errors)} problem(s)")
        for e in errors:
            print(f"  - {e}")
    else:
        print(f"{CASE}: ok ({free} of {n} gap sentences free of absence words)")
    rebuild = check_rebuild()
    for e in rebuild:
        print(f"  - {e}")
    print("rebuild: " + ("differs" if rebuild else "ok"))
    return 1 if errors or rebuild else 0


def dump() -> None:
    case = HERE / CASE
    deck = next(p for p in case.iterdir() if p.suffix in {".pdf", ".pptx"})
    print(f"##### {case.name}: {deck.name}")
    for n, lines in deck_lines(deck).items():
        print(f"=== {n}")
        for line in lines:
            print(f"  {line}")
    print(f"--- roster: {roster(case / 'org')}")
    if "--org" in sys.argv:
        for s in org_sentences(case / "org"):
            print(f"  | {s}")


if __name__ == "__main__":
    if "--dump" in sys.argv:
        dump()
        sys.exit(0)
    sys.exit(main())
