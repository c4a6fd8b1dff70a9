"""In-process keyword retrieval (BM25, numpy) and reciprocal-rank fusion with vector results.

Small static embeddings blur exact strings: "Marketing Technology Lead" and "Data
Engineering Lead" land close together, and a product name the model never saw has no
meaning at all. BM25 over the same chunks catches those; fusion keeps the semantic
matches that share no words with the query.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np

from agent.knowledge.text import STOPWORDS, WORD, stem

_TOKEN = re.compile(r"[a-z0-9]+(?:[.'][a-z0-9]+)*")
RRF_K = 60


# A word as the pattern found it -> its stemmed token, or None for a stopword. Chunks of one
# org repeat most of their words: each distinct word is lowered, checked and stemmed once.
_TOKEN_OF: dict[str, str | None] = {}
_TOKEN_CACHE_MAX = 500_000


def tokenize(text: str) -> list[str]:
    """The project's one tokenizer and stemmer: ``agent.knowledge.text.tokens(text)``, word
    by word from a cache (tests/test_perf_equivalence.py compares the two)."""
    out: list[str] = []
    cache = _TOKEN_OF
    for raw in WORD.findall(text):
        if raw in cache:
            token = cache[raw]
        else:
            word = raw.lower().replace(" ", "").strip("'-")  # as words() has it
            token = None if word in STOPWORDS else stem(word)
            if len(cache) < _TOKEN_CACHE_MAX:
                cache[raw] = token
        if token is not None:
            out.append(token)
    return out


class BM25:
    """Okapi BM25 (k1=1.2, b=0.75) over a fixed list of texts, scored with numpy.

    Term counts are kept per chunk (``doc_ptr``/``doc_terms``/``doc_tf``, a CSR matrix), so
    an index can be saved, loaded without re-tokenizing, and updated by dropping and adding
    chunks. Postings (term -> chunks) are derived from them when the index is built or
    loaded. Not bm25s: it stores only final scores (no counts to update incrementally) and
    uses Lucene's variant; this keeps the classic formula the rankings were tuned on.
    """

    def __init__(self, texts: Sequence[str] = (), *, k1: float = 1.2, b: float = 0.75) -> None:
        self.k1, self.b = k1, b
        self.vocab: list[str] = []
        self.term_id: dict[str, int] = {}
        ptr: list[int] = [0]
        terms: list[int] = []
        tfs: list[int] = []
        for text in texts:
            row = self._row(text)
            terms.extend(row)
            tfs.extend(row.values())
            ptr.append(len(terms))
        self._set(
            np.asarray(ptr, dtype=np.int64),
            np.asarray(terms, dtype=np.int32),
            np.asarray(tfs, dtype=np.int32),
        )

    def _row(self, text: str) -> dict[int, int]:
        row: dict[int, int] = {}
        for term, tf in Counter(tokenize(text)).items():
            tid = self.term_id.get(term)
            if tid is None:
                tid = self.term_id[term] = len(self.vocab)
                self.vocab.append(term)
            row[tid] = tf
        return row

    def _set(self, ptr: np.ndarray, terms: np.ndarray, tfs: np.ndarray) -> None:
        """Adopt a CSR matrix of term counts and derive lengths, idf and postings from it."""
        self.doc_ptr, self.doc_terms, self.doc_tf = ptr, terms, tfs
        n = len(ptr) - 1
        self.n = n
        rows = np.repeat(np.arange(n, dtype=np.int32), np.diff(ptr))
        self.lengths = np.bincount(rows, weights=tfs, minlength=n).astype(np.float64)
        self.avg = float(self.lengths.sum() / n) if n else 0.0
        order = np.argsort(terms, kind="stable")  # postings in chunk order, like the old lists
        self.post_docs = rows[order]
        self.post_tf = tfs[order].astype(np.float64)
        df = np.bincount(terms, minlength=len(self.vocab))
        self.post_ptr = np.concatenate(([0], np.cumsum(df))).astype(np.int64)
        # math.log, as before: numpy's vectorized log may differ in the last bit
        self.idf = np.asarray(
            [math.log(1 + (n - d + 0.5) / (d + 0.5)) for d in df.tolist()], dtype=np.float64
        )

    # ------------------------------------------------------------------ updates

    def keep(self, mask: np.ndarray) -> None:
        """Keep only the chunks where ``mask`` is true (in order)."""
        counts = np.diff(self.doc_ptr)
        entry_mask = np.repeat(mask, counts)
        ptr = np.concatenate(([0], np.cumsum(counts[mask]))).astype(np.int64)
        self._set(ptr, self.doc_terms[entry_mask], self.doc_tf[entry_mask])

    def extend(self, texts: Sequence[str]) -> None:
        """Append chunks at the end."""
        if not texts:
            return
        ptr: list[int] = [int(self.doc_ptr[-1])]
        terms: list[int] = []
        tfs: list[int] = []
        for text in texts:
            row = self._row(text)
            terms.extend(row)
            tfs.extend(row.values())
            ptr.append(ptr[-1] + len(row))
        self._set(
            np.concatenate((self.doc_ptr, np.asarray(ptr[1:], dtype=np.int64))),
            np.concatenate((self.doc_terms, np.asarray(terms, dtype=np.int32))),
            np.concatenate((self.doc_tf, np.asarray(tfs, dtype=np.int32))),
        )

    # ------------------------------------------------------------------ storage

    def save(self, path: Path) -> None:
        with path.open("wb") as fh:
            np.savez(
                fh,
                doc_ptr=self.doc_ptr,
                doc_terms=self.doc_terms,
                doc_tf=self.doc_tf,
                params=np.asarray([self.k1, self.b]),
                # derived, saved so a load needs no sort
                post_ptr=self.post_ptr,
                post_docs=self.post_docs,
                post_tf=self.post_tf,
                idf=self.idf,
                lengths=self.lengths,
            )
        path.with_suffix(".vocab.json").write_text(json.dumps(self.vocab), encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> BM25:
        with np.load(path) as data:
            k1, b = (float(x) for x in data["params"])
            index = cls(k1=k1, b=b)
            index.vocab = json.loads(path.with_suffix(".vocab.json").read_text(encoding="utf-8"))
            index.term_id = {t: i for i, t in enumerate(index.vocab)}
            index.doc_ptr, index.doc_terms, index.doc_tf = (
                data["doc_ptr"],
                data["doc_terms"],
                data["doc_tf"],
            )
            index.n = len(index.doc_ptr) - 1
            index.post_ptr, index.post_docs, index.post_tf = (
                data["post_ptr"],
                data["post_docs"],
                data["post_tf"],
            )
            index.idf, index.lengths = data["idf"], data["lengths"]
            index.avg = float(index.lengths.sum() / index.n) if index.n else 0.0
        return index

    # ------------------------------------------------------------------ scoring

    def _dense(self, query: str) -> np.ndarray:
        scores = np.zeros(self.n, dtype=np.float64)
        terms = sorted({self.term_id[t] for t in tokenize(query) if t in self.term_id})
        k1, b, avg = self.k1, self.b, self.avg or 1
        for tid in terms:
            lo, hi = self.post_ptr[tid], self.post_ptr[tid + 1]
            docs, tf = self.post_docs[lo:hi], self.post_tf[lo:hi]
            norm = tf + k1 * (1 - b + b * self.lengths[docs] / avg)
            scores[docs] += self.idf[tid] * tf * (k1 + 1) / norm
        return scores

    def scores(self, query: str) -> dict[int, float]:
        """Chunk position -> score, for the chunks holding at least one query term."""
        dense = self._dense(query)
        hit = np.flatnonzero(dense > 0)
        return dict(zip(hit.tolist(), dense[hit].tolist(), strict=True))

    def top(self, query: str, n: int) -> list[int]:
        """The ``n`` best chunks, best first; equal scores in chunk order (a partial sort)."""
        if n <= 0 or not self.n:
            return []
        dense = self._dense(query)
        hit = np.flatnonzero(dense > 0)
        if len(hit) > n:
            values = dense[hit]
            kth = np.partition(values, len(hit) - n)[len(hit) - n]  # the n-th best score
            hit = hit[values >= kth]
        order = np.lexsort((hit, -dense[hit]))
        return hit[order][:n].tolist()


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
