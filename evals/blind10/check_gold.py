"""Consistency checks of the blind10 gold against its own decks and org folders.

Run from the repository root:  .venv/bin/python -m evals.blind10.check_gold
(or .venv/bin/python evals/blind10/check_gold.py)

The checks of ``evals/dev5/check_gold.py`` (one checker serves every deck-grounded set), with
split "blind10", ``build_blind10.py`` rebuilding every deck and org file byte for byte in a
fresh temporary folder, and the blind sets' rule: consult-only roles are named, on the roster
and own no work (in no remit owner, accountable or layer list). It never runs the planner.

Readings widened for this set's material, here and not in dev5's checker:

- the roster may be a Word document (DOCX) whose first table has a ``Position`` or ``Role``
  header cell, or a JSON file holding a list of objects with a ``title`` or ``role`` key
  (dev5 already reads the YAML ``roles`` list);
- org sentences include the paragraphs and table rows (cells joined with " | ") of DOCX files
  and the string values of JSON files, so that forbidden terms are looked for there too;
- the absence words counted in gap sentences include "without";
- ``not_actions`` (deck lines that are no work) lie on a deck line and overlap no deck
  action's match.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import docx  # noqa: E402

import evals.dev5.check_gold as base  # noqa: E402

HERE = Path(__file__).resolve().parent
_dev5_org_sentences = base.org_sentences
_dev5_roster_roles = base.roster_roles
_dev5_check_case = base.check_case
ROLE_HEADERS = ("Position", "Role")
JSON_ROLE_KEYS = ("title", "role")
base.NO_WORDS = re.compile(r"\b(no|not|only|lack\w*|missing|manual\w*|none|never|without)\b")


def _split(text: str) -> list[str]:
    return [base.normalize(p) for p in re.split(r"(?<=[.!?])\s+", text) if p.strip()]


def _docx_tables(path: Path) -> list[list[list[str]]]:
    document = docx.Document(str(path))
    return [[[cell.text for cell in row.cells] for row in table.rows] for table in document.tables]


def _json_strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _json_strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _json_strings(v)]
    return []


def _json_people(value: object) -> list[str]:
    """Roles of the first list of objects that carry a title or role key."""
    if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
        for key in JSON_ROLE_KEYS:
            if all(key in v for v in value):
                return [str(v[key]) for v in value]
    if isinstance(value, dict):
        for v in value.values():
            found = _json_people(v)
            if found:
                return found
    return []


def org_sentences(org: Path) -> list[str]:
    sentences = _dev5_org_sentences(org)
    for path in sorted(org.rglob("*.docx")):
        document = docx.Document(str(path))
        for para in document.paragraphs:
            sentences.extend(_split(para.text))
        for table in _docx_tables(path):
            for row in table:
                sentences.extend(_split(" | ".join(row)))
    for path in sorted(org.rglob("*.json")):
        for text in _json_strings(json.loads(path.read_text(encoding="utf-8"))):
            sentences.extend(_split(text))
    return [s for s in sentences if s]


def roster_roles(org: Path) -> list[str]:
    for path in sorted(org.rglob("*.docx")):
        for table in _docx_tables(path):
            for header in ROLE_HEADERS:
                if table and header in table[0]:
                    col = table[0].index(header)
                    return [row[col] for row in table[1:] if row[col].strip()]
    for path in sorted(org.rglob("*.json")):
        roles = _json_people(json.loads(path.read_text(encoding="utf-8")))
        if roles:
            return roles
    return _dev5_roster_roles(org)


def check_case(case: Path, split: str = "blind10", *, consult_only: bool = False):
    problems, info = _dev5_check_case(case, split, consult_only=consult_only)
    gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
    deck = base.deck_lines(case / gold["deck"])
    everything = [line for lines in deck.values() for line in lines]
    matches = [base.normalize(m) for a in gold["deck_actions"] for m in a["match"]]
    for text in gold.get("not_actions", []):
        n = base.normalize(text)
        if not any(n in line for line in everything):
            problems.append(f"not_action on no deck line: {text!r}")
        for m in matches:
            if m in n or n in m:
                problems.append(f"not_action overlaps a deck action: {text!r} / {m!r}")
    info.append(f"{len(gold.get('not_actions', []))} not_actions")
    return problems, info


base.org_sentences = org_sentences
base.roster_roles = roster_roles
base.check_case = check_case


def main() -> int:
    return base.main(HERE, "blind10", "build_blind10.py", consult_only=True)


if __name__ == "__main__":
    sys.exit(main())
