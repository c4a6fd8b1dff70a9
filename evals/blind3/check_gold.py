"""Consistency checks of the third blind set's gold against its own deck and org folder:
the first set's checker (evals/blind/check_gold.py), pointed at evals/blind3 (split "blind3"),
plus three checks for what this set adds or promises:

- every ``consult_only_roles`` entry is on the roster and owns nothing (it is in no
  ``remit_owners``, ``accountable`` or ``expected_layers`` list);
- no false-gap term occurs in an org-folder sentence that states one of the case's gaps
  (so quoting a stated limitation can never trip a false gap);
- ``deck_actions`` holds 10 to 25 entries.

It runs extraction only, never the planner.

Run from the repository root:  .venv/bin/python -m evals.blind3.check_gold
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from evals.blind.check_gold import check_case
from evals.text import normalize

HERE = Path(__file__).resolve().parent
SPLIT = "blind3"


def org_sentences(folder: Path) -> list[str]:
    """The org folder's text files cut into lines, table cells and sentences, normalised."""
    out: list[str] = []
    for path in sorted(folder.rglob("*")):
        if not path.is_file() or path.suffix in {".xlsx", ".docx", ".pdf", ".pptx"}:
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            for part in re.split(r"(?<=[.;])\s+|\|", line):
                if part.strip():
                    out.append(normalize(part))
    return out


def extra_problems(case: Path) -> list[str]:
    gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
    problems: list[str] = []
    roster = set(gold["roster"])
    owners = {o for r in gold["remit_owners"] for o in r["owners"]}
    owners |= {o for r in gold["accountable"] for o in r["roles"]}
    owners |= {
        o for layers in gold["expected_layers"].values() for rs in layers.values() for o in rs
    }
    for role in gold.get("consult_only_roles", []):
        if role not in roster:
            problems.append(f"consult-only role not on roster: {role!r}")
        if role in owners:
            problems.append(f"consult-only role is given work: {role!r}")
    sentences = org_sentences(case / "org")
    for gap in gold["gaps"]:
        stating = [s for s in sentences if any(normalize(a) in s for a in gap)]
        for alts in gold["false_gaps"]:
            for term in alts:
                for sentence in stating:
                    if normalize(term) in sentence:
                        problems.append(f"false gap {term!r} in a gap sentence: {sentence!r}")
    if not 10 <= len(gold["deck_actions"]) <= 25:
        problems.append(f"{len(gold['deck_actions'])} deck actions (want 10 to 25)")
    return problems


def main(root: Path = HERE) -> int:
    failed = 0
    for case in sorted(p.parent for p in root.glob("*/gold.json")):
        problems = check_case(case, SPLIT) + extra_problems(case)
        failed += bool(problems)
        print(f"{case.name}: {'ok' if not problems else f'{len(problems)} problem(s)'}")
        for p in problems:
            print(f"  - {p}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
