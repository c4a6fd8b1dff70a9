"""The labelled vagueness set and how a detector scores on it.

Stable API (``groundwork eval`` imports it)::

    from evals.vagueness import load_statements, score

    rows = load_statements()            # list of {"id", "industry", "text", "vague", "codes"}
    report = score(assess)              # assess: str -> Vagueness (or -> bool)

``score`` returns a JSON-serialisable dict::

    {
      "n": 195, "positives": 103,                      # statements, labelled vague
      "tp": .., "fp": .., "fn": .., "tn": ..,
      "precision": 0.0-1.0, "recall": .., "f1": .., "accuracy": ..,   # of `vague`
      "per_code_recall": {code: {"expected": int, "found": int, "recall": float}},
      "errors": [{"id", "text", "label", "predicted", "missing_codes"}],
      "baseline": {"name": "naive_buzzword", "precision", "recall", "f1", "accuracy", ...}
    }

``per_code_recall`` counts, over the statements labelled vague, how many of the
expected reason codes the detector also gave. A detector that returns a bool
(like the naive baseline) has no codes, so its per-code recall is empty.

Run ``python -m evals.vagueness`` for a printed report (``--json`` for the dict).
How the set was labelled: ``evals/vagueness/LABELLING.md``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from evals._labelled import jsonl_rows
from schemas.plan import REASON_CODES, Vagueness

__all__ = ["DEFAULT_PATH", "Detector", "confusion", "load_statements", "score"]

DEFAULT_PATH = Path(__file__).with_name("statements.jsonl")

Detector = Callable[[str], "Vagueness | bool"]

_INDUSTRIES = {
    "healthcare",
    "retail",
    "banking",
    "saas",
    "public_sector",
    "education",
    "manufacturing",
    "hospitality",
}


def load_statements(path: str | Path | None = None) -> list[dict[str, Any]]:
    """The labelled statements, in file order. Raises ValueError on a malformed line."""
    p = Path(path) if path is not None else DEFAULT_PATH
    rows = jsonl_rows(p, {"id", "industry", "text", "vague", "codes"})
    for lineno, row in enumerate(rows, 1):
        if row["industry"] not in _INDUSTRIES:
            raise ValueError(f"{p}: row {lineno}: unknown industry {row['industry']!r}")
        unknown = set(row["codes"]) - set(REASON_CODES)
        if unknown:
            raise ValueError(f"{p}: row {lineno}: unknown codes {sorted(unknown)}")
        if bool(row["vague"]) != bool(row["codes"]):
            raise ValueError(f"{p}: row {lineno}: codes must be given exactly when vague")
    return rows


def confusion(labels: list[bool], predicted: list[bool]) -> dict[str, Any]:
    tp = sum(1 for y, p in zip(labels, predicted, strict=True) if y and p)
    fp = sum(1 for y, p in zip(labels, predicted, strict=True) if not y and p)
    fn = sum(1 for y, p in zip(labels, predicted, strict=True) if y and not p)
    tn = len(labels) - tp - fp - fn
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "n": len(labels),
        "positives": sum(labels),
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "tn": tn,
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        "accuracy": round((tp + tn) / len(labels), 4) if labels else 0.0,
    }


def _evaluate(detector: Detector, rows: list[dict[str, Any]]) -> dict[str, Any]:
    labels: list[bool] = []
    predicted: list[bool] = []
    expected_counts: dict[str, int] = {}
    found_counts: dict[str, int] = {}
    errors: list[dict[str, Any]] = []
    has_codes = False
    for row in rows:
        result = detector(row["text"])
        if isinstance(result, Vagueness):
            has_codes = True
            vague = result.vague
            codes = {r.code for r in result.reasons}
        else:
            vague = bool(result)
            codes = set()
        labels.append(bool(row["vague"]))
        predicted.append(vague)
        missing: list[str] = []
        if row["vague"]:
            for code in row["codes"]:
                expected_counts[code] = expected_counts.get(code, 0) + 1
                if code in codes:
                    found_counts[code] = found_counts.get(code, 0) + 1
                else:
                    missing.append(code)
        if vague != bool(row["vague"]):
            errors.append(
                {
                    "id": row["id"],
                    "text": row["text"],
                    "label": bool(row["vague"]),
                    "predicted": vague,
                    "missing_codes": missing,
                }
            )
    report = confusion(labels, predicted)
    per_code: dict[str, dict[str, Any]] = {}
    if has_codes:
        for code in REASON_CODES:
            if code in expected_counts:
                found = found_counts.get(code, 0)
                per_code[code] = {
                    "expected": expected_counts[code],
                    "found": found,
                    "recall": round(found / expected_counts[code], 4),
                }
    report["per_code_recall"] = per_code
    report["errors"] = errors
    return report


def score(
    assess_fn: Detector | None = None,
    path: str | Path | None = None,
    *,
    baseline: bool = True,
) -> dict[str, Any]:
    """Precision, recall, F1 and accuracy of ``vague``, per-code recall, and the naive baseline.

    ``assess_fn`` takes a statement and returns a ``Vagueness`` (or a bool); it
    defaults to the rules detector. ``path`` defaults to the committed set.
    """
    from agent.engines.rules.vagueness import assess, naive_assess

    rows = load_statements(path)
    report = _evaluate(assess_fn or assess, rows)
    if baseline:
        base = _evaluate(naive_assess, rows)
        base.pop("per_code_recall", None)
        base.pop("errors", None)
        report["baseline"] = {"name": "naive_buzzword", **base}
    return report


def format_report(report: dict[str, Any]) -> str:
    """A short plain-text rendering of ``score()``'s dict."""
    lines = [
        f"vagueness set: n={report['n']} (labelled vague {report['positives']})",
        f"  detector  P={report['precision']:.3f} R={report['recall']:.3f} "
        f"F1={report['f1']:.3f} acc={report['accuracy']:.3f} "
        f"(tp={report['tp']} fp={report['fp']} fn={report['fn']} tn={report['tn']})",
    ]
    base = report.get("baseline")
    if base:
        lines.append(
            f"  baseline  P={base['precision']:.3f} R={base['recall']:.3f} "
            f"F1={base['f1']:.3f} acc={base['accuracy']:.3f} "
            f"(tp={base['tp']} fp={base['fp']} fn={base['fn']} tn={base['tn']}) [{base['name']}]"
        )
    if report["per_code_recall"]:
        lines.append("  per-code recall (expected codes on vague statements):")
        for code, c in report["per_code_recall"].items():
            lines.append(f"    {code:<16} {c['found']:>3}/{c['expected']:<3} {c['recall']:.3f}")
    if report["errors"]:
        lines.append("  misclassified:")
        for e in report["errors"]:
            kind = "FN" if e["label"] else "FP"
            lines.append(f"    {kind} {e['id']}: {e['text']}")
    return "\n".join(lines)
