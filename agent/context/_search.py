"""In-process keyword retrieval (BM25) and reciprocal-rank fusion with vector results.

Small static embeddings blur exact strings: "Marketing Technology Lead" and "Data
Engineering Lead" land close together, and a product name the model never saw has no
meaning at all. BM25 over the same chunks catches those; fusion keeps the semantic
matches that share no words with the query.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence

from agent.knowledge.text import tokens

_TOKEN = re.compile(r"[a-z0-9]+(?:[.'][a-z0-9]+)*")
RRF_K = 60


def tokenize(text: str) -> list[str]:
    """The project's one tokenizer and stemmer (agent.knowledge.text)."""
    return tokens(text)


class BM25:
    """Okapi BM25 over a fixed list of texts (k1=1.2, b=0.75)."""

    def __init__(self, texts: Sequence[str], *, k1: float = 1.2, b: float = 0.75) -> None:
        self.k1, self.b = k1, b
        self.docs = [Counter(tokenize(t)) for t in texts]
        self.lengths = [sum(d.values()) for d in self.docs]
        self.avg = (sum(self.lengths) / len(self.lengths)) if self.lengths else 0.0
        self.postings: dict[str, list[int]] = {}
        for i, doc in enumerate(self.docs):
            for term in doc:
                self.postings.setdefault(term, []).append(i)
        n = len(self.docs)
        self.idf = {
            term: math.log(1 + (n - len(ids) + 0.5) / (len(ids) + 0.5))
            for term, ids in self.postings.items()
        }

    def scores(self, query: str) -> dict[int, float]:
        out: dict[int, float] = {}
        for term in set(tokenize(query)):
            ids = self.postings.get(term)
            if not ids:
                continue
            idf = self.idf[term]
            for i in ids:
                tf = self.docs[i][term]
                norm = tf + self.k1 * (1 - self.b + self.b * self.lengths[i] / (self.avg or 1))
                out[i] = out.get(i, 0.0) + idf * tf * (self.k1 + 1) / norm
        return out

    def top(self, query: str, n: int) -> list[int]:
        scores = self.scores(query)
        return sorted(scores, key=lambda i: (-scores[i], i))[:n]


def rrf(rankings: Iterable[Sequence[int]], *, k: int = RRF_K) -> dict[int, float]:
    """Reciprocal rank fusion: sum of 1/(k + rank) over every list an item appears in."""
    fused: dict[int, float] = {}
    for ranking in rankings:
        for rank, item in enumerate(ranking, start=1):
            fused[item] = fused.get(item, 0.0) + 1.0 / (k + rank)
    return fused


def normalize_phrase(text: str) -> str:
    return " ".join(_TOKEN.findall(text.lower()))


def phrases_in_query(query: str, names: Iterable[str]) -> list[str]:
    """Quoted phrases, plus known names (roles, systems, metrics) the query spells out."""
    found = [normalize_phrase(q) for q in re.findall(r"[\"“]([^\"”]{2,80})[\"”]", query)]
    normalized_query = f" {normalize_phrase(query)} "
    for name in names:
        phrase = normalize_phrase(name)
        if len(phrase) >= 3 and f" {phrase} " in normalized_query and phrase not in found:
            found.append(phrase)
    return [p for p in found if p]
