"""Consistency checks of the blind gold against its own deck and org folder.

Run from the repository root:  .venv/bin/python evals/blind/check_gold.py

Uses only extraction (``extractors``) and plain file reading; it never runs the planner,
so it is safe on a blind set. It catches labelling slips, not planning quality: a vision
match that is not on its slide or that occurs on several lines (a plan taking the restated
line would be scored as a duplicate), a deck action or pilot not on its slide, a
forbidden term that the deck or org does mention, a role that is not in the org folder,
an owner that is not on the roster, a stated gap with no sentence behind it.
"""

from __future__ import annotations

import io
import json
import sys
import zipfile
from pathlib import Path

from docx import Document
from openpyxl import load_workbook

from evals.metrics import normalize
from extractors import extract

HERE = Path(__file__).resolve().parent


def deck_lines(path: Path) -> dict[int, list[str]]:
    deck = extract(path)
    lines: dict[int, list[str]] = {}
    for unit in deck.units:
        texts = [unit.title or ""]
        for block in unit.blocks:
            if block.rows:
                texts.extend(" | ".join(row) for row in block.rows)
            else:
                texts.append(block.text or "")
        # The unit title is usually also a body block: one line, not two.
        lines[unit.number] = list(dict.fromkeys(normalize(t) for t in texts if t))
    return lines


def org_text(folder: Path) -> str:
    parts: list[str] = []
    for path in sorted(folder.rglob("*")):
        if not path.is_file():
            continue
        if path.suffix == ".xlsx":
            book = load_workbook(path, read_only=True)
            for ws in book.worksheets:
                for row in ws.iter_rows(values_only=True):
                    parts.append(" | ".join(str(c) for c in row if c is not None))
        elif path.suffix == ".docx":
            doc = Document(io.BytesIO(path.read_bytes()))
            parts.extend(p.text for p in doc.paragraphs)
            for table in doc.tables:
                for row in table.rows:
                    parts.append(" | ".join(c.text for c in row.cells))
        elif zipfile.is_zipfile(path):
            continue
        else:
            parts.append(path.read_text(encoding="utf-8"))
    return normalize("\n".join(parts))


def check_case(case: Path, split: str = "blind") -> list[str]:
    gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
    problems: list[str] = []
    deck = deck_lines(case / gold["deck"])
    unit_key = "page" if gold["deck"].endswith(".pdf") else "slide"
    everything = [line for lines in deck.values() for line in lines]
    whole = "\n".join(everything)
    org = org_text(case / "org")

    def on_unit(text: str, unit: int) -> bool:
        return any(normalize(text) in line for line in deck.get(unit, []))

    for v in gold["visions"]:
        m = normalize(v["match"])
        if not on_unit(m, v[unit_key]):
            problems.append(f"vision not on {unit_key} {v[unit_key]}: {m!r}")
        hits = [line for line in everything if m in line]
        if len(hits) > 1:
            problems.append(f"vision match on {len(hits)} lines (duplicates): {m!r}")
        for bad in gold["not_visions"]:
            if normalize(bad) in m or any(normalize(bad) in h for h in hits):
                problems.append(f"not_vision {bad!r} hits vision {m!r}")
    for key in ("optional_visions", "not_visions"):
        for text in gold[key]:
            if normalize(text) not in whole:
                problems.append(f"{key} not in deck: {text!r}")
    for action in gold["deck_actions"]:
        if not any(on_unit(a, action[unit_key]) for a in action["match"]):
            problems.append(f"deck action not on {unit_key} {action[unit_key]}: {action['match']}")
    pilot = gold.get("pilot")
    if pilot:
        for unit in [pilot[unit_key], *pilot.get(f"also_{unit_key}s", [])]:
            if not any(on_unit(a, unit) for a in pilot["match"]):
                problems.append(f"pilot not on {unit_key} {unit}")
    for kpi in gold["kpis"]:
        if normalize(kpi) not in whole:
            problems.append(f"kpi not in deck: {kpi!r}")
    for phase in gold["phases"]:
        if not any(normalize(a) in whole for a in phase["match"]):
            problems.append(f"phase not in deck: {phase['match']}")
    for term in gold["forbidden_terms"]:
        t = normalize(term)
        if t in whole:
            problems.append(f"forbidden term in deck: {term!r}")
        if t in org and not gold["mismatch"]:
            problems.append(f"forbidden term in org: {term!r}")
    roster = set(gold["roster"])
    for role in roster:
        if normalize(role) not in org:
            problems.append(f"roster role not in org folder: {role!r}")
    owners = [o for r in gold["remit_owners"] for o in r["owners"]]
    owners += [o for r in gold["accountable"] for o in r["roles"]]
    owners += [
        o for layers in gold["expected_layers"].values() for rs in layers.values() for o in rs
    ]
    for owner in owners:
        if owner not in roster:
            problems.append(f"owner not on roster: {owner!r}")
    for match in gold["expected_layers"]:
        if match not in {v["match"] for v in gold["visions"]}:
            problems.append(f"expected_layers key is not a vision match: {match!r}")
    for alts in gold["gaps"]:
        if not any(normalize(a) in org for a in alts):
            problems.append(f"gap with no org sentence: {alts}")
    for alts in gold["false_gaps"]:
        for a in alts:
            for gap in gold["gaps"]:
                if any(normalize(a) in normalize(g) for g in gap):
                    problems.append(f"false gap {a!r} overlaps a stated gap {gap}")
    if gold["split"] != split:
        problems.append(f"split is not {split}")
    return problems


def main(root: Path = HERE, split: str = "blind") -> int:
    """Check every case under ``root`` (a blind set's folder) whose gold says ``split``."""
    cases = sorted(p.parent for p in root.glob("*/gold.json"))
    failed = 0
    for case in cases:
        problems = check_case(case, split)
        failed += bool(problems)
        print(f"{case.name}: {'ok' if not problems else f'{len(problems)} problem(s)'}")
        for p in problems:
            print(f"  - {p}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
