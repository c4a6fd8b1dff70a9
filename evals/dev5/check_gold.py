"""Consistency checks of the dev5 gold against its own decks and org folders.

Run from the repository root:  .venv/bin/python -m evals.dev5.check_gold
(or .venv/bin/python evals/dev5/check_gold.py)

Self-contained: it reads the decks with python-pptx and pypdf directly (one line per
paragraph, per table cell, per PDF text line) instead of the engine's extractor, so that the
labeller never needed to read or run engine code. It checks what evals/dev4/check_gold.py
checks, in its own words:

- the gold's structure: every field of the deck-grounded format present, split "dev5";
- every vision, optional vision, not-vision, deck action, pilot and KPI match is deck text,
  on the slide the gold names (visions and deck actions) and on one line (paragraph, table
  cell or PDF line); `also_slides` exist and restate the vision (match or an alternative);
- kpis are vision matches; phases lie inside the horizon; 10 to 25 deck actions;
- every gap is stated in one org sentence; no false-gap term appears in a sentence that
  states a gap; every forbidden term is absent from the deck and from the org folder;
- the roster equals the org roster file's roles; every owner, accountable and layer role is
  on it;
- build_dev5.py rebuilds every deck and org file byte for byte.

It never runs the planner.
"""

from __future__ import annotations

import csv
import importlib.util
import json
import re
import sys
import tempfile
from pathlib import Path

import yaml
from pptx import Presentation
from pypdf import PdfReader

HERE = Path(__file__).resolve().parent
SPLIT = "dev5"
FIELDS = [
    "deck",
    "split",
    "domain",
    "organization",
    "deck_title",
    "mismatch",
    "horizon_months",
    "visions",
    "optional_visions",
    "not_visions",
    "scenario_segments",
    "roster",
    "deck_actions",
    "remit_owners",
    "accountable",
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
]
NO_WORDS = re.compile(r"\b(no|not|only|lack\w*|missing|manual\w*|none|never)\b")


def normalize(text: str) -> str:
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"')
    text = text.replace("\u201d", '"').replace("\u2013", "-").replace("\u2014", "-")
    return re.sub(r"\s+", " ", text).strip().lower()


def _shape_lines(shape) -> list[str]:
    lines: list[str] = []
    if shape.shape_type == 6:  # group
        for sub in shape.shapes:
            lines.extend(_shape_lines(sub))
    if getattr(shape, "has_table", False) and shape.has_table:
        for row in shape.table.rows:
            for cell in row.cells:
                lines.extend(p.text for p in cell.text_frame.paragraphs)
    if getattr(shape, "has_text_frame", False) and shape.has_text_frame:
        lines.extend(p.text for p in shape.text_frame.paragraphs)
    return lines


def deck_lines(path: Path) -> dict[int, list[str]]:
    """Slide or page number -> normalized non-empty lines."""
    out: dict[int, list[str]] = {}
    if path.suffix.lower() == ".pdf":
        for n, page in enumerate(PdfReader(str(path)).pages, start=1):
            out[n] = [normalize(x) for x in page.extract_text().splitlines() if x.strip()]
    else:
        for n, slide in enumerate(Presentation(str(path)).slides, start=1):
            raw = [line for shape in slide.shapes for line in _shape_lines(shape)]
            out[n] = [normalize(x) for x in raw if x.strip()]
    return out


def org_sentences(org: Path) -> list[str]:
    """Normalized sentences of every text org file (the splitting of evals/dev4/check_gold.py):
    table rows stay whole, hard-wrapped prose is unwrapped, YAML is dedented first."""
    parts: list[str] = []
    for path in sorted(p for p in org.rglob("*") if p.is_file()):
        suffix = path.suffix.lower()
        if suffix in {".md", ".txt", ".yaml", ".yml"}:
            text = path.read_text(encoding="utf-8")
            if suffix in {".yaml", ".yml"}:
                text = "\n".join(line.strip() for line in text.splitlines())
            parts.extend(re.sub(r"\n(?![\n\-*|#])", " ", text).split("\n"))
        elif suffix == ".csv":
            with path.open(encoding="utf-8", newline="") as fh:
                parts.extend(" | ".join(row) for row in csv.reader(fh))
    pieces = [s for part in parts for s in re.split(r"(?<=[.!?])\s+", part)]
    return [n for n in (normalize(p) for p in pieces) if n]


def roster_roles(org: Path) -> list[str]:
    for path in sorted(org.rglob("*")):
        if path.suffix == ".csv":
            with path.open(encoding="utf-8", newline="") as fh:
                return [row["Role"] for row in csv.DictReader(fh)]
        if path.suffix in {".yaml", ".yml"}:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
            return [r["role"] for r in data["roles"]]
        if path.suffix == ".md" and "| Role |" in path.read_text(encoding="utf-8"):
            rows = [
                [c.strip() for c in line.strip().strip("|").split("|")]
                for line in path.read_text(encoding="utf-8").splitlines()
                if line.startswith("|")
            ]
            return [r[0] for r in rows[2:]]
    return []


def check_case(
    case: Path, split: str = SPLIT, *, consult_only: bool = False
) -> tuple[list[str], list[str]]:
    """``consult_only`` (the blind sets' rule): the gold names consult-only roles, and none of
    them owns work (no remit owner, accountable or layer list holds it)."""
    gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
    problems: list[str] = []
    info: list[str] = []
    for key in [*FIELDS, *(["consult_only_roles"] if consult_only else [])]:
        if key not in gold:
            problems.append(f"missing field: {key}")
    if gold.get("split") != split:
        problems.append(f"split is {gold.get('split')!r}, want {split!r}")
    deck = deck_lines(case / gold["deck"])
    everything = [line for lines in deck.values() for line in lines]

    def on_line(text: str, unit: int | None = None) -> bool:
        pool = deck.get(unit, []) if unit is not None else everything
        return any(normalize(text) in line for line in pool)

    for v in gold["visions"]:
        if not on_line(v["match"], v["slide"]):
            problems.append(f"vision not on one line of slide {v['slide']}: {v['match']!r}")
        for unit in v.get("also_slides", []):
            if unit not in deck:
                problems.append(f"also_slide {unit} does not exist: {v['match']!r}")
            elif not any(on_line(a, unit) for a in [v["match"], *v.get("alternatives", [])]):
                problems.append(f"vision not restated on also_slide {unit}: {v['match']!r}")
        for alt in v.get("alternatives", []):
            if not any(on_line(alt, u) for u in [v["slide"], *v.get("also_slides", [])]):
                problems.append(f"alternative on none of its slides: {alt!r}")
    for key in ("optional_visions", "not_visions"):
        for text in gold[key]:
            if not on_line(text):
                problems.append(f"{key} entry on no deck line: {text!r}")
    vision_texts = [normalize(v["match"]) for v in gold["visions"]]
    for text in gold["not_visions"]:
        if normalize(text) in vision_texts or text in gold["optional_visions"]:
            problems.append(f"not_vision is also a vision: {text!r}")
    n_actions = len(gold["deck_actions"])
    if not 10 <= n_actions <= 25:
        problems.append(f"{n_actions} deck actions (want 10 to 25)")
    for action in gold["deck_actions"]:
        if not any(on_line(m, action["slide"]) for m in action["match"]):
            problems.append(f"deck action on no line of slide {action['slide']}: {action['match']}")
    pilot = gold["pilot"]
    for unit in [pilot["slide"], *pilot.get("also_slides", [])]:
        if not any(on_line(m, unit) for m in pilot["match"]):
            problems.append(f"pilot not on slide {unit}")
    for phase in gold["phases"]:
        if not 0 <= phase["start_month"] < phase["end_month"] <= gold["horizon_months"]:
            problems.append(f"phase outside the horizon: {phase}")
        if not any(on_line(m) for m in phase["match"]):
            problems.append(f"phase name in no deck line: {phase['match']}")
    kpis = {normalize(k) for k in gold["kpis"]}
    for k in kpis - set(vision_texts):
        problems.append(f"kpi is not a vision match: {k!r}")

    sentences = org_sentences(case / "org")
    stated: list[str] = []
    for alts in gold["gaps"]:
        hits = [s for s in sentences if any(normalize(a) in s for a in alts)]
        if not hits:
            problems.append(f"gap in no single org sentence: {alts}")
        stated.extend(hits)
    ungrounded = [
        alts
        for alts in gold["acceptable_gaps"]
        if not any(normalize(a) in s for a in alts for s in sentences)
        and not any(on_line(a) for a in alts)
    ]
    if ungrounded:  # allowed: acceptable either way (generic ones such as "data quality")
        info.append(f"acceptable gaps named in neither org nor deck: {ungrounded}")
    for alts in gold["false_gaps"]:
        for alt in alts:
            for s in stated:
                if normalize(alt) in s:
                    problems.append(f"false gap {alt!r} is in a stated-gap sentence: {s!r}")
    org_text = "\n".join(sentences)
    deck_text = "\n".join(everything)
    for term in gold["forbidden_terms"]:
        if normalize(term) in org_text or normalize(term) in deck_text:
            problems.append(f"forbidden term appears in the case material: {term!r}")
    plain = 0
    for alts in gold["gaps"]:
        hit = (
            next(s for s in sentences if any(normalize(a) in s for a in alts))
            if any(normalize(a) in s for a in alts for s in sentences)
            else ""
        )
        plain += not NO_WORDS.search(hit)
    info.append(
        f"{plain} of {len(gold['gaps'])} gap sentences avoid no/not/only/lack/missing/manual/none/never"
    )

    roster = gold["roster"]
    if sorted(roster) != sorted(roster_roles(case / "org")):
        problems.append("gold roster differs from the org roster file")
    roles = set(roster)
    for entry in gold["remit_owners"]:
        for role in entry["owners"]:
            if role not in roles:
                problems.append(f"remit owner not on roster: {role!r}")
    for entry in gold["accountable"]:
        for role in entry["roles"]:
            if role not in roles:
                problems.append(f"accountable role not on roster: {role!r}")
    for vision, layers in gold["expected_layers"].items():
        if normalize(vision) not in vision_texts:
            problems.append(f"expected_layers key is not a vision: {vision!r}")
        for layer_roles in layers.values():
            for role in layer_roles:
                if role not in roles:
                    problems.append(f"layer role not on roster: {role!r}")
    owners_anywhere = {r for e in gold["remit_owners"] for r in e["owners"]}
    owners_anywhere |= {r for e in gold["accountable"] for r in e["roles"]}
    owners_anywhere |= {
        r for layers in gold["expected_layers"].values() for rs in layers.values() for r in rs
    }
    for role in gold.get("consult_only_roles", []):
        if role not in roles:
            problems.append(f"consult-only role not on roster: {role!r}")
        if consult_only and role in owners_anywhere:
            problems.append(f"consult-only role owns work: {role!r}")
    if consult_only and not gold.get("consult_only_roles"):
        problems.append("no consult-only role")
    info.append(
        f"{len(deck)} slides, {len(gold['visions'])} visions, {len(gold['gaps'])} gaps, "
        f"{n_actions} deck actions, {len(gold['kpis'])} kpis"
    )
    return problems, info


def rebuild_problems(here: Path = HERE, build_script: str = "build_dev5.py") -> list[str]:
    """Rebuild every deck and org file in a temporary folder and compare bytes."""
    spec = importlib.util.spec_from_file_location(build_script[:-3], here / build_script)
    assert spec and spec.loader
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    problems: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        build.main(Path(tmp))
        for fresh in sorted(p for p in Path(tmp).rglob("*") if p.is_file()):
            committed = here / fresh.relative_to(tmp)
            if not committed.is_file() or committed.read_bytes() != fresh.read_bytes():
                problems.append(f"{build_script} does not rebuild {committed.relative_to(here)}")
    return problems


def main(
    root: Path = HERE,
    split: str = SPLIT,
    build_script: str = "build_dev5.py",
    *,
    consult_only: bool = False,
) -> int:
    """Check every case of one set (dev5 by default; dev6 and blind4 reuse this checker)."""
    cases = sorted(p.parent for p in root.glob("*/gold.json"))
    failed = 0
    for case in cases:
        problems, info = check_case(case, split, consult_only=consult_only)
        failed += bool(problems)
        print(f"{case.name}: {'ok' if not problems else f'{len(problems)} problem(s)'}")
        for line in info:
            print(f"  . {line}")
        for p in problems:
            print(f"  - {p}")
    rebuilt = rebuild_problems(root, build_script)
    print(f"rebuild: {'ok' if not rebuilt else f'{len(rebuilt)} problem(s)'}")
    for p in rebuilt:
        print(f"  - {p}")
    return 1 if failed or rebuilt or not cases else 0


if __name__ == "__main__":
    sys.exit(main())
