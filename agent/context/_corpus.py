"""Every chunk of a collection, kept next to the facts cache so a search needs no rebuild.

A ``Corpus`` holds, in the collection's order: chunk ids, their documents, texts and
metadata, the BM25 term counts and the embedding vectors. ``sync()`` updates it with the
chunks it embeds and drops the chunks of changed or removed files; a search in a new
process loads it (vectors memory-mapped, texts read only for the hits) instead of reading
the whole collection back from Chroma and re-tokenizing it.

On disk, ``<index_dir>/<collection>.corpus/``: ``corpus.json`` (version, collection, the
store stamp it matches, ids, documents), ``chunks.jsonl`` (one ``[text, meta]`` per line)
with ``offsets.npy``, ``lowered.txt`` (one normalized line per chunk, for phrase boosts),
``bm25.npz`` with its vocabulary, ``vectors.npy``. It is trusted only while the store
stamp matches: any other write to the store makes the next search rebuild it from Chroma.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from agent.context._chunking import Chunk, ChunkMeta
from agent.context._search import BM25, normalize_phrase

CORPUS_VERSION = 2


class CorpusDamaged(ValueError):
    """A saved corpus file read on demand (texts, offsets, phrase lines) does not match the
    header: the search rebuilds the corpus from the store instead."""


def search_text(text: str, meta: ChunkMeta) -> str:
    return Chunk(
        str(meta.get("doc", "")),
        int(meta.get("chunk", 0)),
        text,
        str(meta.get("heading", "")),
        0,
        0,
    ).search_text()


class Corpus:
    """The chunks of one collection, in its order, with BM25 counts and vectors."""

    def __init__(
        self,
        ids: list[str],
        docs: list[str],
        bm25: BM25,
        vectors: np.ndarray,
        *,
        entries: list[tuple[str, ChunkMeta]] | None = None,
        lowered: list[str] | None = None,
        folder: Path | None = None,
    ) -> None:
        self.ids, self.docs, self.bm25, self.vectors = ids, docs, bm25, vectors
        self.position = {cid: i for i, cid in enumerate(ids)}
        self._entries = entries
        self._lowered = lowered
        self._folder = folder
        self._offsets: np.ndarray | None = None

    def __len__(self) -> int:
        return len(self.ids)

    # ------------------------------------------------------------------ building

    @classmethod
    def build(
        cls,
        ids: list[str],
        texts: list[str],
        metas: list[ChunkMeta],
        vectors: Sequence[Any],
    ) -> Corpus:
        search_texts = [search_text(t, m) for t, m in zip(texts, metas, strict=True)]
        return cls(
            ids,
            [str(m.get("doc", "")) for m in metas],
            BM25(search_texts),
            _matrix(vectors),
            entries=list(zip(texts, metas, strict=True)),
            lowered=[f" {normalize_phrase(t)} " for t in search_texts],
        )

    def updated(
        self,
        drop: set[str],
        ids: list[str],
        texts: list[str],
        metas: list[ChunkMeta],
        vectors: Sequence[Any],
    ) -> Corpus:
        """Without the chunks of the ``drop`` documents, with the new chunks at the end: the
        order Chroma returns after deleting a file's chunks and adding others."""
        keep = np.asarray([d not in drop for d in self.docs], dtype=bool)
        entries = self.entries()
        lowered = self.lowered()
        bm25 = BM25(k1=self.bm25.k1, b=self.bm25.b)
        bm25.vocab, bm25.term_id = list(self.bm25.vocab), dict(self.bm25.term_id)
        bm25._set(self.bm25.doc_ptr, self.bm25.doc_terms, self.bm25.doc_tf)
        bm25.keep(keep)
        search_texts = [search_text(t, m) for t, m in zip(texts, metas, strict=True)]
        bm25.extend(search_texts)
        kept = np.flatnonzero(keep).tolist()
        old_vectors, new_vectors = np.asarray(self.vectors)[keep], _matrix(vectors)
        if not len(new_vectors):
            matrix = old_vectors
        elif not len(old_vectors):
            matrix = new_vectors
        else:
            matrix = np.concatenate((old_vectors, new_vectors))
        return Corpus(
            [self.ids[i] for i in kept] + ids,
            [self.docs[i] for i in kept] + [str(m.get("doc", "")) for m in metas],
            bm25,
            matrix,
            entries=[entries[i] for i in kept] + list(zip(texts, metas, strict=True)),
            lowered=[lowered[i] for i in kept] + [f" {normalize_phrase(t)} " for t in search_texts],
        )

    # ------------------------------------------------------------------ reading

    def entry(self, i: int) -> tuple[str, ChunkMeta]:
        if self._entries is not None:
            return self._entries[i]
        assert self._folder is not None
        try:
            if self._offsets is None:
                offsets = np.load(self._folder / "offsets.npy")
                if offsets.shape != (len(self.ids),):
                    raise CorpusDamaged("offsets.npy does not match corpus.json")
                self._offsets = offsets
            with (self._folder / "chunks.jsonl").open("rb") as fh:
                fh.seek(int(self._offsets[i]))
                entry = self._checked(i, json.loads(fh.readline()))
        except (OSError, ValueError, UnicodeDecodeError) as exc:
            raise CorpusDamaged(f"saved corpus {self._folder.name}: {exc}") from exc
        return entry

    def _checked(self, i: int, row: Any) -> tuple[str, ChunkMeta]:
        """``[text, meta]`` of chunk ``i``, or CorpusDamaged when the row is not that."""
        if (
            not isinstance(row, list)
            or len(row) != 2
            or not isinstance(row[0], str)
            or not isinstance(row[1], dict)
            or str(row[1].get("doc", "")) != self.docs[i]
        ):
            raise CorpusDamaged(f"chunks.jsonl line {i + 1} is not chunk {self.ids[i]}")
        return row[0], row[1]

    def entries(self) -> list[tuple[str, ChunkMeta]]:
        if self._entries is None:
            assert self._folder is not None
            try:
                with (self._folder / "chunks.jsonl").open(encoding="utf-8") as fh:
                    entries = [self._checked(i, json.loads(line)) for i, line in enumerate(fh)]
            except (OSError, ValueError) as exc:
                raise CorpusDamaged(f"saved corpus {self._folder.name}: {exc}") from exc
            if len(entries) != len(self.ids):
                raise CorpusDamaged("chunks.jsonl does not match corpus.json")
            self._entries = entries
        return self._entries

    def lowered(self) -> list[str]:
        if self._lowered is None:
            assert self._folder is not None
            try:
                text = (self._folder / "lowered.txt").read_text(encoding="utf-8")
            except (OSError, ValueError) as exc:
                raise CorpusDamaged(f"saved corpus {self._folder.name}: {exc}") from exc
            lines = text.split("\n") if self.ids else []
            if len(lines) != len(self.ids):
                raise CorpusDamaged("lowered.txt does not match corpus.json")
            self._lowered = lines
        return self._lowered

    def vector_top(self, query: Any, n: int) -> list[int]:
        """The ``n`` nearest chunks by cosine (the vectors are unit length), exactly, best
        first; equal distances in chunk order."""
        if not len(self.ids) or n <= 0:
            return []
        q = np.asarray(query, dtype=np.float32).reshape(-1)
        dist = 1.0 - np.asarray(self.vectors) @ q
        n = min(n, len(dist))
        cand = np.argpartition(dist, n - 1)[:n] if n < len(dist) else np.arange(len(dist))
        kth = dist[cand].max()
        cand = np.flatnonzero(dist <= kth)  # every chunk tied with the n-th, in order
        order = np.lexsort((cand, dist[cand]))
        return cand[order][:n].tolist()

    # ------------------------------------------------------------------ storage

    def save(self, folder: Path, *, collection: str, stamp: list[int] | None) -> None:
        """Write to a fresh folder beside ``folder``, then swap it in."""
        tmp = folder.with_name(f"{folder.name}.tmp-{os.getpid()}")
        shutil.rmtree(tmp, ignore_errors=True)
        try:
            tmp.mkdir(parents=True)
            offsets = []
            with (tmp / "chunks.jsonl").open("wb") as fh:
                for text, meta in self.entries():
                    offsets.append(fh.tell())
                    fh.write(json.dumps([text, meta], ensure_ascii=False).encode() + b"\n")
            np.save(tmp / "offsets.npy", np.asarray(offsets, dtype=np.int64))
            (tmp / "lowered.txt").write_text(
                "\n".join(s.replace("\n", " ") for s in self.lowered()), encoding="utf-8"
            )
            self.bm25.save(tmp / "bm25.npz")
            np.save(tmp / "vectors.npy", np.asarray(self.vectors, dtype=np.float32))
            header = {
                "version": CORPUS_VERSION,
                "collection": collection,
                "store_stamp": stamp,
                "ids": self.ids,
                "docs": self.docs,
            }
            (tmp / "corpus.json").write_text(json.dumps(header), encoding="utf-8")
            old = folder.with_name(f"{folder.name}.old-{os.getpid()}")
            if folder.exists():
                folder.rename(old)
            tmp.rename(folder)
            shutil.rmtree(old, ignore_errors=True)
        except OSError:
            shutil.rmtree(tmp, ignore_errors=True)  # only a cache: the next search rebuilds it

    @classmethod
    def load(cls, folder: Path, *, collection: str, stamp: list[int] | None) -> Corpus | None:
        """The saved corpus, if it was written for this collection at this store stamp."""
        try:
            header = json.loads((folder / "corpus.json").read_text(encoding="utf-8"))
            if (
                header.get("version") != CORPUS_VERSION
                or header.get("collection") != collection
                or stamp is None
                or header.get("store_stamp") != stamp
            ):
                return None
            bm25 = BM25.load(folder / "bm25.npz")
            vectors = np.load(folder / "vectors.npy", mmap_mode="r")
        except (OSError, ValueError, KeyError):
            return None
        ids = list(header["ids"])
        if bm25.n != len(ids) or len(vectors) != len(ids):
            return None
        return cls(ids, list(header["docs"]), bm25, vectors, folder=folder)

    @staticmethod
    def restamp(folder: Path, stamp: list[int] | None) -> None:
        """Record that the store changed without changing the collection's chunks."""
        path = folder / "corpus.json"
        with contextlib.suppress(OSError, ValueError):
            header = json.loads(path.read_text(encoding="utf-8"))
            header["store_stamp"] = stamp
            tmp = path.with_suffix(".tmp")
            tmp.write_text(json.dumps(header), encoding="utf-8")
            tmp.replace(path)


def _matrix(vectors: Sequence[Any]) -> np.ndarray:
    if not len(vectors):
        return np.zeros((0, 0), dtype=np.float32)
    return np.asarray(np.stack([np.asarray(v, dtype=np.float32) for v in vectors]))
