"""``python -m evals.orgstatements.train [--check]``: train the learned gap reader.

Writes ``agent/knowledge/gap_model.json`` (agent.knowledge.gapmodel) from the labelled
development splits (``TRAIN_SPLITS``); the held-out splits are never read here. ``--check``
trains again and exits 1 when the committed file differs (tests/test_gap_model.py makes the
same check through ``train`` and ``drift``).

The model: softmax regression over binary stem and stem-pair features scaled to unit length,
full-batch gradient descent from zero (deterministic: no sampling, no shuffling), L2 on the
weights. A maintained library (scikit-learn) would pull in SciPy for forty lines of NumPy.
The settings were chosen by training on three splits and reading the fourth with the rules as
they stood before that split was written (evals/orgstatements/LABELLING.md, "Learned reader").
"""

from __future__ import annotations

import json
import sys
from typing import Any

import numpy as np

from agent.knowledge.gapmodel import CLASSES, MODEL_PATH, features
from evals.orgstatements import load_statements

TRAIN_SPLITS = ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7")
L2 = 1e-4
STEPS = 1500
RATE = 1.0
# A sentence the rules missed is a gap when the model gives "no gap" under 20%.
THRESHOLD = 0.8
MIN_COUNT = 2  # sentences using a term
MIN_LABELLERS = 3  # splits (labellers) using a term: general wording, no one writer's names
DIGITS = 5  # rounding of the stored weights


def vocabulary(splits: dict[str, list[dict[str, Any]]]) -> list[str]:
    count: dict[str, int] = {}
    labellers: dict[str, set[str]] = {}
    for split, rows in splits.items():
        for row in rows:
            for term in features(row["text"]):
                count[term] = count.get(term, 0) + 1
                labellers.setdefault(term, set()).add(split)
    return sorted(
        t for t, n in count.items() if n >= MIN_COUNT and len(labellers[t]) >= MIN_LABELLERS
    )


def design(texts: list[str], index: dict[str, int]) -> np.ndarray:
    x = np.zeros((len(texts), len(index)))
    for row, text in enumerate(texts):
        hits = [index[t] for t in features(text) if t in index]
        if hits:
            x[row, hits] = 1.0 / np.sqrt(len(hits))
    return np.hstack([x, np.ones((len(texts), 1))])  # the last column is the bias


def fit(x: np.ndarray, y: np.ndarray, classes: int) -> np.ndarray:
    """Full-batch gradient descent on the softmax loss. ``x`` is mostly zeros (a sentence has
    a few dozen of the vocabulary's terms), so both products run over its non-zero cells only:
    the same sums as ``x @ w`` and ``x.T @ g``, about ten times faster (tests/test_gap_model.py
    retrains on every run)."""
    n, d = x.shape
    rows, cols = np.nonzero(x)
    vals = x[rows, cols]
    w = np.zeros((d, classes))
    target = np.eye(classes)[y]
    penalty = np.ones((d, 1))
    penalty[-1] = 0.0  # no penalty on the bias
    z = np.empty((n, classes))
    grad = np.empty((d, classes))
    for _ in range(STEPS):
        for k in range(classes):
            z[:, k] = np.bincount(rows, weights=vals * w[cols, k], minlength=n)
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        diff = p - target
        for k in range(classes):
            grad[:, k] = np.bincount(cols, weights=vals * diff[rows, k], minlength=d)
        w -= RATE * (grad / n + L2 * penalty * w)
    return w


def train() -> dict[str, Any]:
    splits = {name: load_statements(name) for name in TRAIN_SPLITS}
    vocab = vocabulary(splits)
    rows = [row for name in TRAIN_SPLITS for row in splits[name]]
    x = design([r["text"] for r in rows], {t: i for i, t in enumerate(vocab)})
    y = np.array([CLASSES.index(r["kind"]) for r in rows])
    w = fit(x, y, len(CLASSES))
    return {
        "about": "Learned gap reader (agent/knowledge/gapmodel.py); written by "
        "python -m evals.orgstatements.train, do not edit.",
        "trained_on": [f"evals/orgstatements/{s}.jsonl" for s in TRAIN_SPLITS],
        "sentences": len(rows),
        "settings": {
            "l2": L2,
            "steps": STEPS,
            "rate": RATE,
            "min_count": MIN_COUNT,
            "min_labellers": MIN_LABELLERS,
        },
        "threshold": THRESHOLD,
        "classes": list(CLASSES),
        "bias": [round(float(v), DIGITS) for v in w[-1]],
        "vocabulary": vocab,
        "weights": [[round(float(v), DIGITS) for v in row] for row in w[:-1]],
    }


def render(model: dict[str, Any]) -> str:
    return json.dumps(model, ensure_ascii=False, separators=(",", ":")) + "\n"


def drift(committed: dict[str, Any], fresh: dict[str, Any]) -> float:
    """The largest weight difference between two models (inf when their shape differs):
    BLAS may sum in another order on another machine, so equality is up to rounding."""
    if committed["vocabulary"] != fresh["vocabulary"] or committed["classes"] != fresh["classes"]:
        return float("inf")
    a = np.array([*committed["weights"], committed["bias"]])
    b = np.array([*fresh["weights"], fresh["bias"]])
    return float(np.abs(a - b).max())


def main(argv: list[str]) -> int:
    model = train()
    if "--check" in argv:
        committed = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
        gap = drift(committed, model)
        print(f"{MODEL_PATH.name}: largest weight difference {gap:.2g}")
        return 0 if gap < 1e-3 else 1
    MODEL_PATH.write_text(render(model), encoding="utf-8")
    print(f"wrote {MODEL_PATH} ({len(model['vocabulary'])} terms, {model['sentences']} sentences)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
