"""The labelled deck-line set and how the vision finder scores on it.

Lines as strategy decks put them (titles, bullets, text boxes, tile captions, table cells,
notes), each under its slide's title and labelled by a practitioner: is it a vision (a goal or
target state the deck commits to) or not (work, current facts, offers, labels, governance,
asks). How the set was written: ``evals/visionlines/LABELLING.md``.

Stable API::

    from evals.visionlines import load_lines, score

    rows = load_lines("dev")          # or "holdout"
    report = score("dev")             # the engine's finder (agent.engines.rules.visions)

Each line is read alone on a one-slide deck under its title, in the block kind its role names.
``score`` returns the confusion counts of ``vision`` (precision, recall, f1 ...) and, for the
dev split only, ``errors`` (ids, texts, labels); the holdout's report carries figures only.

``python -m evals.visionlines [dev|dev2|holdout] [--json]`` prints the report.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from evals._labelled import jsonl_rows
from evals.vagueness import confusion

__all__ = ["SPLITS", "Finder", "format_report", "load_lines", "score"]

SPLITS = ("dev", "dev2", "dev3", "holdout")
_FIELDS = {"id", "industry", "slide", "role", "text", "vision"}

# (slide title, role, text) -> is the line found as a vision
Finder = Callable[[str, str, str], bool]


def load_lines(split: str = "dev") -> list[dict[str, Any]]:
    if split not in SPLITS:
        raise ValueError(f"unknown split {split!r}: expected one of {', '.join(SPLITS)}")
    return jsonl_rows(Path(__file__).with_name(f"{split}.jsonl"), _FIELDS)


def _words(text: str) -> set[str]:
    from agent.knowledge.text import content_stems

    return set(content_stems(text))


# A table row written as its cells ("Vet vacancy rate | 17% | 5% or below") under the header
# such a scorecard has; a lone cell sits under "Measure | Target".
_HEADERS = {
    2: ["Measure", "Target"],
    3: ["Measure", "Current", "Target"],
    4: ["Measure", "Baseline", "Target", "By"],
}


def _table(text: str) -> list[list[str]]:
    cells = [c.strip() for c in text.split(" | ")]
    if cells[0].lower() in ("measure", "metric", "kpi", "indicator"):
        return [cells]  # the scorecard's own header row ("Measure | Now | 2030")
    if len(cells) == 1:
        return [_HEADERS[2], [text, ""]]
    header = _HEADERS.get(len(cells)) or [f"Column {i}" for i in range(1, len(cells) + 1)]
    return [header, cells]


def engine_finder(slide: str, role: str, text: str) -> bool:
    """Whether the rules engine's vision finder takes this line, read on a one-slide deck."""
    from agent.engines.rules.visions import find_visions
    from schemas.deck import Block, BlockKind, Deck, Provenance, Unit

    prov = Provenance(file="deck.pptx", slide=1)
    kind = {
        "title": BlockKind.title,
        "notes": BlockKind.notes,
        "table cell": BlockKind.table,
    }.get(role, BlockKind.body)
    blocks = [Block(kind=BlockKind.title, text=slide or text, source=prov)]
    if role == "tile caption" and text.count(" / ") == 1:
        # A tile written on one line ("65% / household waste recycled", "Active members /
        # 24,000"): on the slide the figure and its label are two text boxes.
        for order, part in enumerate(text.split(" / "), start=1):
            blocks.append(Block(kind=kind, text=part.strip(), order=order, source=prov))
    elif role != "title":
        rows = _table(text) if kind is BlockKind.table else None
        blocks.append(
            Block(kind=kind, text=text, order=1, bullet=role == "bullet", rows=rows, source=prov)
        )
    title = text if role == "title" else slide
    deck = Deck(
        path="deck.pptx",
        name="deck.pptx",
        sha256="0" * 64,
        kind="pptx",
        units=[Unit(number=1, kind="slide", title=title, blocks=blocks)],
    )
    said = _words(text)
    for draft in find_visions(deck):
        found = _words(draft.text)
        if said and len(said & found) >= 0.6 * len(said):
            return True
    return False


def score(split: str = "dev", finder: Finder | None = None) -> dict[str, Any]:
    find = finder or engine_finder
    rows = load_lines(split)
    labels = [bool(r["vision"]) for r in rows]
    predicted = [find(r["slide"], r["role"], r["text"]) for r in rows]
    report = confusion(labels, predicted)
    report["split"] = split
    report["errors"] = (
        []
        if split == "holdout"
        else [
            {"id": r["id"], "slide": r["slide"], "text": r["text"], "label": bool(r["vision"])}
            for r, p in zip(rows, predicted, strict=True)
            if p != bool(r["vision"])
        ]
    )
    return report


def format_report(report: dict[str, Any]) -> str:
    lines = [
        f"vision lines ({report['split']}): n={report['n']}, visions {report['positives']}",
        f"  precision {report['precision']:.3f}  recall {report['recall']:.3f}  f1 {report['f1']:.3f}",
    ]
    for e in report["errors"]:
        what = "missed" if e["label"] else "false"
        lines.append(f"  {e['id']} {what} [{e['slide']}]: {e['text']}")
    return "\n".join(lines)
