"""The labelled org-statement set and how the stated-gap reader scores on it.

Sentences as organizations write them in their own documents (systems inventories,
charters, agreements, audit findings), each labelled by a practitioner: does it state a gap
the plan must plan around (an absence, a limitation or a constraint), and which kind.
How the set was written: ``evals/orgstatements/LABELLING.md``.

Stable API::

    from evals.orgstatements import load_statements, score

    rows = load_statements("dev")        # or "dev2", "dev3", "holdout"
    report = score("dev")                # the engine's reader (agent.context.find_absences)

``score`` returns a JSON-serialisable dict: the confusion counts of ``gap`` (n, tp, fp, fn,
tn, precision, recall, f1, accuracy), ``kind_accuracy`` over the true positives (the first
statement's kind against the label), ``per_kind_recall``, and ``errors`` (ids, texts and
labels of the misread sentences). For the held-out splits (``holdout``, ``holdout2``, ``holdout3``) ``errors`` is always empty: nobody
tuning the reader reads that file, so its report carries figures only.

``python -m evals.orgstatements [dev|dev2|...|dev8|holdout|holdout2|holdout3] [--json]`` prints the report.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from evals._labelled import jsonl_rows
from evals.vagueness import confusion

__all__ = ["KINDS", "SPLITS", "Reader", "format_report", "load_statements", "score"]

SPLITS = (
    "dev",
    "dev2",
    "dev3",
    "dev4",
    "dev5",
    "dev6",
    "dev7",
    "dev8",
    "holdout",
    "holdout2",
    "holdout3",
)  # dev2..dev8, holdout2, holdout3: more labellers
HELD_OUT = frozenset(
    {"holdout", "holdout2", "holdout3"}
)  # figures only: nobody tuning the reader reads them
KINDS = ("absence", "limitation", "constraint")
_FIELDS = {"id", "industry", "doc", "text", "gap", "kind", "subject"}

# sentence -> the kinds stated in it, in order (empty: no gap)
Reader = Callable[[str], list[str]]


def load_statements(split: str = "dev") -> list[dict[str, Any]]:
    """The labelled sentences of one split, in file order. ValueError on a malformed line."""
    if split not in SPLITS:
        raise ValueError(f"unknown split {split!r}: expected one of {', '.join(SPLITS)}")
    path = Path(__file__).with_name(f"{split}.jsonl")
    rows = jsonl_rows(path, _FIELDS)
    for row in rows:
        if bool(row["gap"]) != (row["kind"] in KINDS):
            raise ValueError(f"{path.name}: {row['id']}: a gap needs a kind, a non-gap 'none'")
    return rows


def engine_reader(sentence: str) -> list[str]:
    """The kinds the engine's org-folder reader finds in one sentence. A term that only ends
    on a date (``until``) is a gap against a plan's window; a sentence read alone has none."""
    from agent.context import find_absences

    return [found.kind for found in find_absences(sentence) if found.until is None]


def score(split: str = "dev", reader: Reader | None = None) -> dict[str, Any]:
    read = reader or engine_reader
    rows = load_statements(split)
    labels = [bool(row["gap"]) for row in rows]
    kinds = [read(row["text"]) for row in rows]
    report = confusion(labels, [bool(k) for k in kinds])
    right_kind = sum(
        1 for row, k in zip(rows, kinds, strict=True) if row["gap"] and k and k[0] == row["kind"]
    )
    report["kind_accuracy"] = round(right_kind / report["tp"], 4) if report["tp"] else 0.0
    report["per_kind_recall"] = {
        kind: round(
            sum(1 for r, k in zip(rows, kinds, strict=True) if r["kind"] == kind and k)
            / max(1, sum(1 for r in rows if r["kind"] == kind)),
            4,
        )
        for kind in KINDS
    }
    report["split"] = split
    report["errors"] = (
        []
        if split in HELD_OUT
        else [
            {"id": r["id"], "text": r["text"], "label": r["kind"], "read": k}
            for r, k in zip(rows, kinds, strict=True)
            if bool(k) != bool(r["gap"])
        ]
    )
    return report


def format_report(report: dict[str, Any]) -> str:
    lines = [
        f"org statements ({report['split']}): n={report['n']}, positives {report['positives']}",
        f"  gap precision {report['precision']:.3f}  recall {report['recall']:.3f}  "
        f"f1 {report['f1']:.3f}  kind accuracy {report['kind_accuracy']:.3f}",
        "  recall by kind: "
        + ", ".join(f"{k} {v:.2f}" for k, v in report["per_kind_recall"].items()),
    ]
    for err in report["errors"]:
        what = "missed" if err["label"] != "none" else f"false ({', '.join(err['read'])})"
        lines.append(f"  {err['id']} {what} [{err['label']}]: {err['text']}")
    return "\n".join(lines)
