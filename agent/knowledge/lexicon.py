"""The general vocabulary in lexicon.yaml, compiled once: layers, plan sections, gates, bodies."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from agent.knowledge.text import content_stems, stem, words

LEXICON_PATH = Path(__file__).with_name("lexicon.yaml")
LAYER_NAMES = ("experience", "process_people", "tech_data", "governance_measurement")


# libyaml's safe loader when PyYAML was built with it: the packs and the lexicon are read in
# every planning process, and the pure-Python parser took 0.4 s of each plan's 6 s.
_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_yaml(path: Path) -> Any:
    """The project's own knowledge files (lexicon, packs), with the fastest safe loader."""
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)  # noqa: S506 (safe)


@cache
def lexicon() -> dict[str, Any]:
    return dict(read_yaml(LEXICON_PATH))


@cache
def section(name: str) -> re.Pattern[str]:
    return re.compile(lexicon()["sections"][name], re.IGNORECASE)


@cache
def pattern(name: str) -> re.Pattern[str]:
    """gate_labels, bodies, cadences, before_state, after_state, ask_verbs."""
    return re.compile(lexicon()[name], re.IGNORECASE)


@cache
def _layer_terms() -> dict[str, tuple[tuple[str, ...], ...]]:
    out: dict[str, tuple[tuple[str, ...], ...]] = {}
    for layer, terms in lexicon()["layers"].items():
        out[layer] = tuple(tuple(stem(w) for w in words(t)) for t in terms)
    return out


def _stem_seq(text: str) -> list[str]:
    return [stem(w) for w in words(text)]


def layer_scores(text: str) -> dict[str, float]:
    """How strongly a text speaks each layer's vocabulary (one point per term present)."""
    seq = _stem_seq(text)
    joined = f" {' '.join(seq)} "
    bag = set(seq)
    scores: dict[str, float] = {}
    for layer, terms in _layer_terms().items():
        score = 0.0
        for term in terms:
            if len(term) == 1:
                score += 1.0 if term[0] in bag else 0.0
            elif f" {' '.join(term)} " in joined:
                score += 1.5  # a phrase is more specific than a word
        scores[layer] = score
    return scores


def classify_layer(text: str, *, default: str = "process_people", prefer: str | None = None) -> str:
    """The layer whose vocabulary the text speaks most; ``prefer`` wins ties."""
    scores = layer_scores(text)
    best = max(scores.values())
    if best <= 0:
        return prefer or default
    top = [layer for layer in LAYER_NAMES if scores[layer] == best]
    if prefer in top:
        return prefer
    # The words at the start of a task say what it does ("Install sensors" is tech work).
    head = layer_scores(" ".join(words(text)[:3]))
    return max(top, key=lambda layer: (head[layer], -LAYER_NAMES.index(layer)))


@cache
def job_titles(*kinds: str) -> tuple[str, ...]:
    """The posts of ``kinds`` (accountable, posts, occupations, letters) in lexicon.yaml,
    longest first so an alternation built on them prefers "vice president" to "president"."""
    table = lexicon()["job_titles"]
    found = {str(w) for kind in kinds for w in table[kind]}
    return tuple(sorted(found, key=lambda w: (-len(w), w)))


def job_title_words(*kinds: str, capital: bool = False) -> str:
    """A regex alternation of those posts, each with an optional plural: "(?:director|...)s?"
    (``capital``: as a title writes them, "Director", case-sensitive readers)."""
    posts = job_titles(*kinds)
    if capital:
        posts = tuple(" ".join(p[:1].upper() + p[1:] for p in w.split()) for w in posts)
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in posts) + ")s?"


@cache
def pilot_units() -> tuple[str, ...]:
    return tuple(sorted(lexicon()["pilot_units"], key=len, reverse=True))


@cache
def kin_stems() -> dict[str, frozenset[str]]:
    """Stem -> the stems of the words naming the same kind of work (lexicon.yaml ``kin_words``)."""
    out: dict[str, frozenset[str]] = {}
    for group in lexicon().get("kin_words", []):
        stems = frozenset(stem(w) for w in group)
        for s in stems:
            out[s] = out.get(s, frozenset()) | stems
    return out


@cache
def bound_phrases() -> frozenset[tuple[str, ...]]:
    """Stemmed phrases whose words do not stand alone (lexicon.yaml ``bound_phrases``)."""
    return frozenset(tuple(stem(w) for w in words(p)) for p in lexicon().get("bound_phrases", []))


def stems_of(text: str) -> frozenset[str]:
    return content_stems(text)


Terms = tuple[tuple[str, ...], ...]


@cache
def gap_needs() -> tuple[tuple[Terms, Terms], ...]:
    """(things, work) pairs: the work that depends on each kind of thing, as stem sequences."""

    def seqs(terms: list[str]) -> Terms:
        return tuple(tuple(stem(w) for w in words(t)) for t in terms)

    return tuple((seqs(e["thing"]), seqs(e["work"])) for e in lexicon().get("gap_needs", []))


def terms_in(text: str, terms: Terms) -> set[str]:
    """The terms (joined by spaces) whose stems appear in the text, a phrase as a phrase."""
    seq = _stem_seq(text)
    joined = f" {' '.join(seq)} "
    bag = set(seq)
    return {
        " ".join(t)
        for t in terms
        if t and ((len(t) == 1 and t[0] in bag) or (len(t) > 1 and f" {' '.join(t)} " in joined))
    }
