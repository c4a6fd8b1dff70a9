"""A learned reader of stated gaps, for the sentences the gap vocabulary does not cover.

Organizations state most gaps without a negation or a cue word ("kept in a spreadsheet and
emailed each Thursday", "runs at four of the eleven sites"). The sentence shapes and the
lexicon's ``gap_cues`` read the phrasings someone wrote down; on a labeller's sentences they
had not been tuned on they found under half of the gaps (evals/orgstatements/LABELLING.md).
This model reads the rest: a softmax regression over the sentence's stems and stem pairs
(the project's one tokenizer and stemmer, agent.knowledge.text), four classes (no gap,
absence, limitation, constraint).

The weights are data (``gap_model.json``), trained by ``python -m evals.orgstatements.train``
on the labelled development splits only (seven labellers); the vocabulary keeps the terms
that at least three labellers used, so one writer's habits and names are not learned. The held-out
splits are never trained on. Inference is a sparse dot product in plain Python: no numpy,
no embedding model loaded.
"""

from __future__ import annotations

import json
import math
from functools import cache
from pathlib import Path
from typing import Any

from agent.knowledge.text import STOPWORDS, stem, words

MODEL_PATH = Path(__file__).with_name("gap_model.json")
CLASSES = ("none", "absence", "limitation", "constraint")


def features(text: str) -> frozenset[str]:
    """Stems of the words that carry meaning and adjacent pairs of them; any figure is one
    token ("#"): "3 of 11 sites" and "four of the eleven" differ in words, not in figures.
    Function words are left out: with them the model learned the passive voice ("are", "is",
    "by") as a gap and flagged ordinary process sentences (measured on 62 capability lines
    an independent reviewer wrote: 13 flagged with them, 3 without)."""
    stems = [
        "#" if any(c.isdigit() for c in w) else stem(w) for w in words(text) if w not in STOPWORDS
    ]
    return frozenset([*stems, *(f"{a} {b}" for a, b in zip(stems, stems[1:], strict=False))])


@cache
def _model() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    data["index"] = {term: i for i, term in enumerate(data["vocabulary"])}
    return data


def probabilities(text: str) -> dict[str, float]:
    """Each class's probability for one sentence."""
    model = _model()
    hits = [model["index"][t] for t in features(text) if t in model["index"]]
    scale = 1.0 / math.sqrt(len(hits)) if hits else 0.0
    weights = model["weights"]
    logits = [
        bias + scale * sum(weights[i][k] for i in hits) for k, bias in enumerate(model["bias"])
    ]
    top = max(logits)
    exps = [math.exp(z - top) for z in logits]
    total = sum(exps)
    return {name: e / total for name, e in zip(model["classes"], exps, strict=True)}


def read_gap(text: str) -> str | None:
    """The kind of gap the sentence states when the model is confident it states one (its
    probability of "none" under 1 - threshold), else None."""
    probs = probabilities(text)
    if 1.0 - probs["none"] <= _model()["threshold"]:
        return None
    return max(CLASSES[1:], key=lambda kind: probs[kind])
