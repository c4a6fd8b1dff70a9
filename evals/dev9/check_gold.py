"""Consistency checks of the dev9 gold against its own decks and org folders.

Run from the repository root:  .venv/bin/python -m evals.dev9.check_gold
(or .venv/bin/python evals/dev9/check_gold.py)

The checks of ``evals/dev5/check_gold.py`` (one checker serves dev5, dev6, dev8, the blind
sets and this one), with split "dev9", the blind sets' consult-only rule, and
``build_dev9.py`` rebuilding every deck and org file byte for byte. Three of its readers are
widened, for this set only, before the shared checker runs:

- deck lines also hold each PPTX slide's speaker-notes paragraphs, one line per paragraph,
  after the slide's shapes (Tollgate keeps its pilot's success criteria, a first-90-days
  item and a fifth risk there);
- org sentences read a CSV with the delimiter it uses (Redmarsh's roster is
  semicolon-delimited, with a UTF-8 BOM, as European Excel saves it);
- the roster reader also reads that CSV, a JSON list of objects with a ``title`` (Tollgate)
  and Markdown bullets in a structure-chart style, ``- **Role** — Team · tier — ...``
  (Wheatfold).

The absence-word count also counts "without".

``--dump`` prints every case's deck lines, slide by slide, as the checker reads them (the
extraction the gold was written from).

It never runs the planner.
"""

from __future__ import annotations

import csv
import json
import re
import sys
from pathlib import Path

from pptx import Presentation

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals.dev5 import check_gold as shared  # noqa: E402

HERE = Path(__file__).resolve().parent
_base_deck_lines = shared.deck_lines
BULLET_ROLE = re.compile(r"^- \*\*(?P<role>[^*]+)\*\* — (?P<team>[^·]+) · (?P<tier>\w+) — ")


def deck_lines(path: Path) -> dict[int, list[str]]:
    """dev5's lines, plus each PPTX slide's speaker-notes paragraphs."""
    out = _base_deck_lines(path)
    if path.suffix.lower() == ".pptx":
        for n, slide in enumerate(Presentation(str(path)).slides, start=1):
            if slide.has_notes_slide:
                paras = slide.notes_slide.notes_text_frame.paragraphs
                out[n] = out.get(n, []) + [
                    shared.normalize(p.text) for p in paras if p.text.strip()
                ]
    return out


def _csv_rows(path: Path) -> list[list[str]]:
    text = path.read_text(encoding="utf-8-sig")
    delimiter = ";" if text.splitlines()[0].count(";") > text.splitlines()[0].count(",") else ","
    return list(csv.reader(text.splitlines(), delimiter=delimiter))


def org_sentences(org: Path) -> list[str]:
    """dev5's splitting of the Markdown and text files (table rows stay whole, hard-wrapped
    prose is unwrapped), and each CSV row read with the CSV's own delimiter. JSON (the
    Tollgate roster) holds no stated gap and is left out, as dev5 leaves it out."""
    parts: list[str] = []
    for path in sorted(p for p in org.rglob("*") if p.is_file()):
        if path.suffix.lower() in {".md", ".txt"}:
            text = path.read_text(encoding="utf-8")
            parts.extend(re.sub(r"\n(?![\n\-*|#])", " ", text).split("\n"))
        elif path.suffix.lower() == ".csv":
            parts.extend(" | ".join(row) for row in _csv_rows(path))
    pieces = [s for part in parts for s in re.split(r"(?<=[.!?])\s+", part)]
    return [n for n in (shared.normalize(p) for p in pieces) if n]


def roster_roles(org: Path) -> list[str]:
    """The roles of the one roster file: a CSV (any delimiter, BOM allowed), a JSON list of
    objects with ``title``, or Markdown structure-chart bullets."""
    for path in sorted(org.rglob("*")):
        if path.suffix == ".csv":
            rows = _csv_rows(path)
            return [row[rows[0].index("Role")] for row in rows[1:] if row]
        if path.suffix == ".json":
            return [r["title"] for r in json.loads(path.read_text(encoding="utf-8"))]
        if path.suffix == ".md":
            roles = [
                m["role"]
                for line in path.read_text(encoding="utf-8").splitlines()
                if (m := BULLET_ROLE.match(line))
            ]
            if roles:
                return roles
    return []


shared.deck_lines = deck_lines
shared.org_sentences = org_sentences
shared.roster_roles = roster_roles
shared.NO_WORDS = re.compile(r"\b(no|not|only|lack\w*|missing|manual\w*|none|never|without)\b")


def dump() -> None:
    for gold_path in sorted(HERE.glob("*/gold.json")) or []:
        _dump_case(gold_path.parent)
    if not list(HERE.glob("*/gold.json")):
        for case in sorted(p for p in HERE.iterdir() if (p / "org").is_dir()):
            _dump_case(case)


def _dump_case(case: Path) -> None:
    deck = next(p for p in case.iterdir() if p.suffix in {".pdf", ".pptx"})
    print(f"##### {case.name}: {deck.name}")
    for n, lines in deck_lines(deck).items():
        print(f"=== {n}")
        for line in lines:
            print(f"  {line}")
    print(f"--- roster: {roster_roles(case / 'org')}")


def main() -> int:
    return shared.main(HERE, "dev9", "build_dev9.py", consult_only=True)


if __name__ == "__main__":
    if "--dump" in sys.argv:
        dump()
        sys.exit(0)
    sys.exit(main())
