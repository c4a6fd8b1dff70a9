"""Consistency checks of the dev4 gold against its own decks and org folders.

Run from the repository root:  .venv/bin/python -m evals.dev4.check_gold

The first blind set's checker (evals/blind/check_gold.py) pointed at evals/dev4 (split
"dev4"), plus the checks `tests/test_eval_material.py` makes on the domain cases:

- every vision's `also_slides` exist and its match or one of its `alternatives` is on its
  slide; every phase lies inside `horizon_months`; 10 to 25 deck actions;
- a false-gap term never appears in an org sentence that states one of the case's gaps (a
  plan quoting a stated limitation must not trip a false gap); every `expected_layers` role
  and every `remit_owners` / `accountable` role is on the roster;
- `build_dev4.py` rebuilds every deck byte for byte.

It uses extraction and plain file reading only; it never runs the planner.
"""

from __future__ import annotations

import csv
import importlib.util
import json
import re
import sys
import tempfile
from pathlib import Path

from evals.blind.check_gold import check_case, deck_lines
from evals.metrics import normalize

HERE = Path(__file__).resolve().parent
SPLIT = "dev4"


def org_sentences(org: Path) -> list[str]:
    """Normalized sentences of every text org file; table rows stay whole, hard-wrapped prose
    is unwrapped first (a newline that starts no list item, table row or heading continues
    the line). A YAML file is dedented first, so each list item (a role) is one line."""
    parts: list[str] = []
    for path in sorted(p for p in org.rglob("*") if p.is_file()):
        suffix = path.suffix.lower()
        if suffix in {".md", ".txt", ".yaml", ".yml"}:
            text = path.read_text(encoding="utf-8")
            if suffix in {".yaml", ".yml"}:
                # Indentation is structure, not wrapping: one list item (a role) per line.
                text = "\n".join(line.strip() for line in text.splitlines())
            parts.extend(re.sub(r"\n(?![\n\-*|#])", " ", text).split("\n"))
        elif suffix == ".csv":
            with path.open(encoding="utf-8", newline="") as fh:
                parts.extend(" | ".join(row) for row in csv.reader(fh))
    pieces = [s for part in parts for s in re.split(r"(?<=[.!?])\s+", part)]
    return [n for n in (normalize(p) for p in pieces) if n]


def extra_checks(case: Path) -> list[str]:
    gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
    problems: list[str] = []
    deck = deck_lines(case / gold["deck"])
    slides = {n: "\n".join(lines) for n, lines in deck.items()}

    def on(unit: int, alternatives: list[str]) -> bool:
        return any(normalize(a) in slides.get(unit, "") for a in alternatives)

    for v in gold["visions"]:
        for unit in v.get("also_slides", []):
            if unit not in slides:
                problems.append(f"vision also_slide {unit} does not exist: {v['match']!r}")
            elif not on(unit, [v["match"], *v.get("alternatives", [])]):
                problems.append(f"vision not restated on also_slide {unit}: {v['match']!r}")
        for alt in v.get("alternatives", []):
            if not any(
                normalize(alt) in slides[u] for u in [v["slide"], *v.get("also_slides", [])]
            ):
                problems.append(f"vision alternative on none of its slides: {alt!r}")
    if not 10 <= len(gold["deck_actions"]) <= 25:
        problems.append(f"{len(gold['deck_actions'])} deck actions (want 10 to 25)")
    for phase in gold["phases"]:
        if not 0 <= phase["start_month"] < phase["end_month"] <= gold["horizon_months"]:
            problems.append(f"phase outside the horizon: {phase}")
    sentences = org_sentences(case / "org")
    stated = [s for s in sentences if any(normalize(a) in s for alts in gold["gaps"] for a in alts)]
    for false in gold["false_gaps"]:
        for alt in false:
            for s in stated:
                if normalize(alt) in s:
                    problems.append(f"false gap {alt!r} is in a stated-gap sentence: {s!r}")
    for alts in gold["gaps"]:
        if not any(normalize(a) in s for a in alts for s in sentences):
            problems.append(f"gap in no single org sentence: {alts}")
    roster = set(gold["roster"])
    for role in gold.get("consult_only_roles", []):
        if role not in roster:
            problems.append(f"consult-only role not on roster: {role!r}")
    for key in ("phases", "deck_actions", "remit_owners", "accountable", "kpis", "pilot"):
        if not gold.get(key):
            problems.append(f"missing or empty: {key}")
    kpi_matches = {normalize(k) for k in gold["kpis"]}
    vision_matches = {normalize(v["match"]) for v in gold["visions"]}
    for k in kpi_matches - vision_matches:
        problems.append(f"kpi is not a vision match: {k!r}")
    return problems


def rebuild_problems() -> list[str]:
    """Rebuild every deck in a temporary folder and compare bytes with the committed ones."""
    spec = importlib.util.spec_from_file_location("build_dev4", HERE / "build_dev4.py")
    assert spec and spec.loader
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    problems: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        build.main(Path(tmp))
        for fresh in sorted(Path(tmp).rglob("*.pptx")):
            committed = HERE / fresh.relative_to(tmp)
            if not committed.is_file() or committed.read_bytes() != fresh.read_bytes():
                problems.append(f"build_dev4.py does not rebuild {committed.relative_to(HERE)}")
    return problems


def main(root: Path = HERE, split: str = SPLIT) -> int:
    cases = sorted(p.parent for p in root.glob("*/gold.json"))
    failed = 0
    for case in cases:
        problems = check_case(case, split) + extra_checks(case)
        failed += bool(problems)
        print(f"{case.name}: {'ok' if not problems else f'{len(problems)} problem(s)'}")
        for p in problems:
            print(f"  - {p}")
    rebuilt = rebuild_problems()
    print(f"rebuild: {'ok' if not rebuilt else f'{len(rebuilt)} problem(s)'}")
    for p in rebuilt:
        print(f"  - {p}")
    return 1 if failed or rebuilt or not cases else 0


if __name__ == "__main__":
    sys.exit(main())
