"""What the three dev15 checkers (``check_<case>.py``) share, and the dev16 checkers use: each
was adapted from ``evals/dev13/check_gold.py`` for its one case, and they differ only in how
the case's roster (and a few of its org files) are read. A checker describes its case as a
``Case`` and calls ``run``; a case of another set names its ``folder`` and ``split`` (dev15's
by default). The checks of a case:

- the gold's fields are exactly those of ``evals/dev14/*/gold.json`` (``not_actions`` and
  ``consult_only_roles`` included) and its split is the case's (``Case.split``);
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
- the roster equal to the org roster file; every owner, accountable and layer role on it and
  core tier; consult-only roles on the roster, consult tier, and in no owner, accountable or
  layer list; ``expected_layers`` keyed by vision matches, with known layer names;
- the case's builder into a temporary folder gives the deck and every org file byte for
  byte, and writes nothing else (only ``gold.json`` is outside the builder);
- any checks of its own the case adds (``Case.extra``).

Deck lines are dev13's (``evals.dev13.check_gold.deck_lines``). Org sentences: Markdown and
text files split as dev13 splits them (table rows stay whole, hard-wrapped prose is
unwrapped); every string value of a JSON file; every paragraph and table row of a DOCX file;
every row of a TSV file, its cells joined by spaces; any other form through the case's own
readers; all of them then split after a full stop.

``--dump`` prints the case's deck lines, slide by slide, as the checker reads them (the
extraction the gold was written from), and its roster; ``--org`` adds the org sentences.

It never runs the planner.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from docx import Document

from evals.dev13.check_gold import (
    CONSULT,
    CORE,
    FIELDS,
    LAYERS,
    NO_WORDS,
    _anywhere,
    _json_strings,
    _on_line,
    _tsv_rows,
    deck_lines,
    normalize,
)

HERE = Path(__file__).resolve().parent
SPLIT = "dev15"  # a Case's split and folder unless it names its own

Reader = Callable[[Path], list[str]]


def _json_parts(path: Path) -> list[str]:
    return _json_strings(json.loads(path.read_text(encoding="utf-8")))


def _docx_parts(path: Path) -> list[str]:
    doc = Document(str(path))
    parts = [p.text for p in doc.paragraphs]
    for tab in doc.tables:
        parts.extend(" ".join(c.text for c in row.cells) for row in tab.rows)
    return parts


def _tsv_parts(path: Path) -> list[str]:
    return [" ".join(row) for row in _tsv_rows(path)]


ORG_READERS: Mapping[str, Reader] = {
    ".json": _json_parts,
    ".docx": _docx_parts,
    ".tsv": _tsv_parts,
}


def org_sentences(org: Path, extra: Mapping[str, Reader] | None = None) -> list[str]:
    """The org folder's sentences: Markdown and text, the ``ORG_READERS`` forms, and ``extra``."""
    readers = {**ORG_READERS, **(extra or {})}
    parts: list[str] = []
    for path in sorted(p for p in org.rglob("*") if p.is_file()):
        suffix = path.suffix.lower()
        if suffix in {".md", ".txt"}:
            text = path.read_text(encoding="utf-8")
            parts.extend(re.sub(r"\n(?![\n\-*|#])", " ", text).split("\n"))
        elif suffix in readers:
            parts.extend(readers[suffix](path))
    pieces = [s for part in parts for s in re.split(r"(?<=[.!?])\s+", part)]
    return [n for n in (normalize(p) for p in pieces) if n]


def sentences_by_file(
    org: Path, read: Callable[[Path], list[str]], *, keep_folders: bool = True
) -> dict[str, list[str]]:
    """Each org file's sentences, read alone by ``read`` (a folder's reader) from a copy of the
    file in a folder of its own: under its own sub-folders (``keep_folders``, where the reader
    tells a roster by its folder) or at the top."""
    out: dict[str, list[str]] = {}
    for path in sorted(p for p in org.rglob("*") if p.is_file()):
        rel = path.relative_to(org)
        with tempfile.TemporaryDirectory() as tmp:
            copy = Path(tmp) / (rel if keep_folders else rel.name)
            copy.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(path, copy)
            out[str(rel)] = read(Path(tmp))
    return out


@dataclass(frozen=True)
class Case:
    """One case: its name (a folder under ``folder``), its builder and how it is read."""

    name: str
    builder: str
    roster: Callable[[Path], list[tuple[str, str]]]
    org_sentences: Callable[[Path], list[str]] = org_sentences
    core: frozenset[str] = frozenset(CORE)
    consult: frozenset[str] = frozenset(CONSULT)
    # more checks of the case folder, their problems reported with the gold's
    extra: Callable[[Path], list[str]] | None = None
    # the set's folder (the case folder's and the builder's parent) and the gold's split
    folder: Path = HERE
    split: str = SPLIT


def gap_block_errors(
    gold: Mapping[str, object], said: list[str], deck_text: list[str]
) -> list[str]:
    """The ``gap_blocks`` field (issue 11, gap_blocking): each entry names a gold gap by words
    of a sentence that states one, the deck lines it blocks and some it does not, never one
    line both ways."""
    gaps = gold.get("gaps") or []
    entries = gold.get("gap_blocks") or []
    assert isinstance(gaps, list) and isinstance(entries, list)
    stated = {s for s in said for gap in gaps for alt in gap if alt in s}
    errors = [] if entries else ["gold: no gap_blocks"]
    for entry in entries:
        if set(entry) != {"gap", "blocks", "not_blocks"}:
            errors.append(f"gap_blocks: keys {sorted(entry)}")
            continue
        for alt in entry["gap"]:
            if not any(alt in s for s in stated):
                errors.append(f"gap_blocks: {alt!r} is in no sentence stating a gold gap")
        if not entry["blocks"] or not entry["not_blocks"]:
            errors.append(f"gap_blocks: {entry['gap'][0]!r} without blocks and not_blocks")
        for key in ("blocks", "not_blocks"):
            for item in entry[key]:
                for alt in item:
                    if not any(alt in x for x in deck_text):
                        errors.append(f"gap_blocks {key}: {alt!r} not in the deck")
        blocked = {a for item in entry["blocks"] for a in item}
        if any(a in blocked for item in entry["not_blocks"] for a in item):
            errors.append(f"gap_blocks: {entry['gap'][0]!r} blocks and not-blocks one task")
    return errors


def namesakes_told_apart(
    posts: list[str], gold: Mapping[str, Any], grade_words: set[str]
) -> list[tuple[str, str]]:
    """Pairs of posts whose names share a word beyond their grade ("Head of Data" and "Data
    Platform Manager"), both owning work in ``remit_owners``, that some entry gives to one and
    not the other: near-namesakes the gold tells apart by remit."""
    entries = gold["remit_owners"]
    owners = {o for e in entries for o in e["owners"]}
    pairs = []
    for i, a in enumerate(posts):
        for b in posts[i + 1 :]:
            wa = set(re.findall(r"[a-z]+", a.lower())) - grade_words
            wb = set(re.findall(r"[a-z]+", b.lower())) - grade_words
            if not wa & wb or a not in owners or b not in owners:
                continue
            if any((a in e["owners"]) != (b in e["owners"]) for e in entries):
                pairs.append((a, b))
    return pairs


def check_case(case: Path, spec: Case) -> tuple[list[str], int, int]:
    errors: list[str] = []
    gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
    if set(gold) != FIELDS:
        errors.append(f"fields differ: extra {set(gold) - FIELDS}, missing {FIELDS - set(gold)}")
    if gold.get("split") != spec.split:
        errors.append(f"split is {gold.get('split')!r}")
    deck = case / gold["deck"]
    if not deck.is_file():
        return [f"deck {deck.name} is missing"], 0, 0
    pages = deck_lines(deck)
    org = case / "org"
    sentences = spec.org_sentences(org)
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

    found = spec.roster(org)
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
        elif tiers[role] not in spec.core:
            errors.append(f"owner is not core tier: {role!r} ({tiers[role]})")
    for role in gold["consult_only_roles"]:
        if role not in tiers:
            errors.append(f"consult-only role not on the roster: {role!r}")
        elif tiers[role] not in spec.consult:
            errors.append(f"consult-only role is not consult tier: {role!r}")
        if role in owners:
            errors.append(f"consult-only role owns work: {role!r}")

    free = sum(1 for s in gap_sentences if not NO_WORDS.search(s))
    return errors, free, len(gap_sentences)


def _files(root: Path) -> set[Path]:
    return {p.relative_to(root) for p in root.rglob("*") if p.is_file()}


def _case_files(root: Path) -> set[Path]:
    return {p for p in _files(root) if p.name != "gold.json" and "__pycache__" not in p.parts}


def check_rebuild(spec: Case) -> list[str]:
    errors: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(spec.folder / spec.builder), tmp], check=True)
        out = Path(tmp) / spec.name
        names = sorted(p.name for p in Path(tmp).iterdir())
        if names != [spec.name]:
            errors.append(f"builder wrote outside {spec.name}: {names}")
        built = _case_files(out)
        if unchecked := _files(out) - built:
            errors.append(f"builder wrote files left unchecked: {sorted(map(str, unchecked))}")
        ours = _case_files(spec.folder / spec.name)
        if built != ours:
            errors.append(f"rebuild files differ: {sorted(map(str, built ^ ours))}")
        for rel in sorted(built & ours):
            if (out / rel).read_bytes() != (spec.folder / spec.name / rel).read_bytes():
                errors.append(f"rebuild differs: {rel}")
    return errors


def main(spec: Case) -> int:
    case = spec.folder / spec.name
    if not (case / "gold.json").is_file():
        print(f"{spec.name}: no gold.json")
        return 1
    errors, free, n = check_case(case, spec)
    if spec.extra is not None:
        errors += spec.extra(case)
    if errors:
        print(f"{spec.name}: {len(errors)} problem(s)")
        for e in errors:
            print(f"  - {e}")
    else:
        print(f"{spec.name}: ok ({free} of {n} gap sentences free of absence words)")
    rebuild = check_rebuild(spec)
    for e in rebuild:
        print(f"  - {e}")
    print("rebuild: " + ("differs" if rebuild else "ok"))
    return 1 if errors or rebuild else 0


def dump(spec: Case) -> None:
    case = spec.folder / spec.name
    deck = next(p for p in case.iterdir() if p.suffix in {".pdf", ".pptx"})
    print(f"##### {case.name}: {deck.name}")
    for n, lines in deck_lines(deck).items():
        print(f"=== {n}")
        for line in lines:
            print(f"  {line}")
    print(f"--- roster: {spec.roster(case / 'org')}")
    if "--org" in sys.argv:
        for s in spec.org_sentences(case / "org"):
            print(f"  | {s}")


def run(spec: Case) -> int:
    """The checker's command line: ``--dump`` (with ``--org``) or the checks."""
    if "--dump" in sys.argv:
        dump(spec)
        return 0
    return main(spec)
