"""The org-context index: chunks in a Chroma collection, hybrid search over them.

Where the index lives:

- embedded (default): ``chromadb.PersistentClient`` at ``index_dir``; when not given,
  ``$GROUNDWORK_INDEX_DIR``, else ``<org_dir>/../.groundwork/index`` (next to the folder,
  outside it, so indexing never writes into the organization's documents), else
  ``~/.cache/groundwork/index`` when that parent is not writable. The plan workflow
  passes ``<out>/.groundwork/index``.
- server: ``chroma_url="http://HOST:PORT"`` uses ``chromadb.HttpClient``; the per-file
  facts cache (roles, systems, ...) still lives in ``index_dir`` on this machine.

One collection per org folder and embedding model: ``gw-<sha256(resolved path)[:16]>-<model>``
(pass ``collection=`` to share one index across machines whose checkouts differ).
Each chunk's metadata carries the document path and sha256, so ``sync()`` re-embeds only
files whose bytes changed and deletes chunks of files that disappeared.

Search reads no collection back: ``sync()`` keeps every chunk's text, BM25 term counts and
vector in ``<collection>.corpus/`` beside the facts cache (agent/context/_corpus.py), and a
search loads that, scoring keywords and vectors (exact cosine) with numpy.

A search syncs first, so an unchanged folder must be cheap to confirm: beside the facts
cache (``<collection>.facts.json``, every file's roles, systems, ...) a sync writes the
listing (``<collection>.files.json``: size, mtime, sha256 and chunk count per file) and,
once merged, the folder's context (``<collection>.context.json``, its key on the first
line). A sync that finds the folder and the store as the listing says answers from those
two; anything else (a missing, damaged or older file) falls back to the facts cache.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, NotRequired, TypedDict, cast
from urllib.parse import urlparse

from pydantic import BaseModel, Field

from agent.config import DEFAULT_MAX_BYTES
from agent.context._chunking import Chunk, ChunkMeta, chunk_document
from agent.context._corpus import Corpus, CorpusDamaged
from agent.context._loader import (
    SourceFile,
    build_context,
    check_not_empty,
    facts_of,
    parse_source,
    resolve_org_dir,
    scan_folder,
    skip_reason,
)
from agent.context._search import RRF_K, phrases_in_query, rrf
from agent.context._writes import ChildWrites, LocalWrites
from agent.errors import ContextError
from agent.files import atomic_write_text, display_path
from agent.json_types import JSONObject
from schemas.context import ContextHit, Metric, OrgContext, Role, System, SystemAbsence

if TYPE_CHECKING:
    from chromadb.api.types import Embedding

    from agent.context._extract import Facts

Progress = Callable[[str, int, int], None]
FACTS_VERSION = 2


@functools.cache
def _facts_version() -> str:
    """FACTS_VERSION and a digest of the code and knowledge files that read the facts: a cache
    an older reader wrote (before a new kind of statement was read) is read again, not reused.
    The readers are the context modules that turn a file into blocks, an outline and facts
    (documents, outline, lexicon, extract), the extractors' text cleaning (a PPTX, PDF or DOCX
    in the folder is read through it) and every file of agent/knowledge."""
    import agent.knowledge as knowledge
    import extractors._base as extracting

    digest = hashlib.sha256()
    context = Path(__file__).parent
    here = Path(knowledge.__file__).parent
    for path in [
        *(
            context / name
            for name in ("_documents.py", "_outline.py", "_lexicon.py", "_extract.py")
        ),
        Path(extracting.__file__),
        *sorted(p for p in here.rglob("*") if p.suffix in {".py", ".yaml", ".json"}),
    ]:
        digest.update(path.relative_to(context.parents[1]).as_posix().encode())
        digest.update(path.read_bytes())
    return f"{FACTS_VERSION}:{digest.hexdigest()[:16]}"


EMBED_BATCH = 256
# New or changed files from which a sync writes the store from a child process (_writes.py)
WRITER_MIN_FILES = 64


class IndexSummary(BaseModel):
    """What one ``sync()`` found and did."""

    org_dir: str
    collection: str
    location: str = Field(description="index directory, or the Chroma server URL")
    documents: int = 0
    chunks: int = 0
    roles: int = 0
    systems: int = 0
    absences: int = 0
    metrics: int = 0
    embedded_chunks: int = 0
    added: int = 0
    changed: int = 0
    unchanged: int = 0
    removed: int = 0
    tier_defaulted: list[str] = Field(
        default_factory=list, description="roles whose tier was not stated (assumed core)"
    )
    skipped: list[str] = Field(
        default_factory=list, description="'file: reason' per unreadable file"
    )
    warnings: list[str] = Field(default_factory=list)
    seconds: float = 0.0


def default_index_dir(org_root: Path) -> Path:
    env = os.environ.get("GROUNDWORK_INDEX_DIR")
    if env:
        return Path(env).expanduser()
    candidate = org_root.parent / ".groundwork" / "index"
    probe = candidate
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    if os.access(probe, os.W_OK):
        return candidate
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return cache / "groundwork" / "index"


def collection_name(org_root: Path, embeddings: str) -> str:
    digest = hashlib.sha256(str(org_root).encode()).hexdigest()[:16]
    return f"gw-{digest}-{embeddings}"


class FactsJSON(TypedDict):
    """A document's facts (agent.context._extract.Facts) in the facts cache."""

    roles: list[JSONObject]
    systems: list[JSONObject]
    absences: list[JSONObject]
    metrics: list[JSONObject]
    mentions: list[JSONObject]
    warnings: list[str]


class FileEntry(TypedDict):
    """One file in the facts cache (the listing leaves out its facts)."""

    sha256: str
    size: int
    mtime_ns: int
    chunks: int
    facts: NotRequired[FactsJSON]


class Envelope(TypedDict):
    """A cache file this index writes: what it is valid for, then the facts or the listing."""

    version: int
    collection: str
    store_stamp: list[int] | None
    documents: NotRequired[dict[str, FileEntry]]
    files: NotRequired[dict[str, list[int | str]]]  # rel -> [size, mtime_ns, sha256, chunks]


def _meta(c: Chunk) -> ChunkMeta:
    """What a hit reports of its chunk (Chroma's copy also carries the file's sha256)."""
    return {"doc": c.doc, "chunk": c.index, "heading": c.heading, "start": c.start, "end": c.end}


def _chunk_id(doc: str, index: int) -> str:
    return f"{hashlib.sha1(doc.encode()).hexdigest()[:16]}-{index}"


class ContextIndex:
    """An org folder's chunks in Chroma, kept in sync incrementally, searched hybrid.

    >>> index = ContextIndex("examples/northwind-health/org")      # doctest: +SKIP
    >>> index.sync().chunks                                          # doctest: +SKIP
    >>> index.search("who owns the CDP?", k=3)                       # doctest: +SKIP
    """

    def __init__(
        self,
        org_dir: str | Path,
        *,
        index_dir: str | Path | None = None,
        chroma_url: str | None = None,
        embeddings: str = "wordllama",
        collection: str | None = None,
        max_bytes: int = DEFAULT_MAX_BYTES,
    ) -> None:
        self.org_dir = org_dir
        self.root = resolve_org_dir(org_dir)
        self.index_dir = Path(index_dir).expanduser() if index_dir else default_index_dir(self.root)
        self.chroma_url = chroma_url
        self.embeddings = embeddings
        self.collection_name = collection or collection_name(self.root, embeddings)
        self.max_bytes = max_bytes
        if embeddings not in ("wordllama", "openai"):
            raise ContextError(f"unknown embeddings {embeddings!r}: use wordllama or openai")
        self._embedding_function: Any = None  # built when Chroma is opened (imports chromadb)
        self._client: Any = None
        self._collection: Any = None
        self._corpus: Corpus | None = None
        self._context: OrgContext | None = None

    # ------------------------------------------------------------------ Chroma

    def close(self) -> None:
        """Release the Chroma client. chromadb keeps one shared system per store path until
        its last client closes: a server planning many runs must close each run's index."""
        client, self._client, self._collection = self._client, None, None
        if client is not None and hasattr(client, "close"):
            with contextlib.suppress(Exception):  # best effort: the data is already written
                client.close()

    def __enter__(self) -> ContextIndex:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @property
    def _ef(self) -> Any:
        if self._embedding_function is None:
            from agent.context._embedding import make_embedding_function

            self._embedding_function = make_embedding_function(self.embeddings)
        return self._embedding_function

    def _query_vector(self, query: str) -> Any:
        """The query's vector; the offline model needs neither Chroma nor its import."""
        if self.embeddings == "wordllama" and self._embedding_function is None:
            from agent.context._wordllama import embed_query

            return embed_query(query)
        return self._ef.embed_query([query])[0]

    @property
    def location(self) -> str:
        return self.chroma_url or str(self.index_dir)

    def _connect(self) -> Any:
        if self._client is not None:
            return self._client
        import chromadb
        from chromadb.config import Settings

        settings = Settings(anonymized_telemetry=False)
        if self.chroma_url:
            url = urlparse(
                self.chroma_url if "://" in self.chroma_url else f"http://{self.chroma_url}"
            )
            if url.scheme not in {"http", "https"} or not url.hostname:
                raise ContextError(f"--chroma-url {self.chroma_url}: expected http://HOST:PORT")
            port = url.port or (443 if url.scheme == "https" else 8000)
            try:
                client = chromadb.HttpClient(
                    host=url.hostname, port=port, ssl=url.scheme == "https", settings=settings
                )
                client.heartbeat()
            except Exception as exc:
                raise ContextError(
                    f"cannot reach Chroma server at {self.chroma_url} ({type(exc).__name__}): "
                    "start one with `chroma run --path DIR` or drop --chroma-url"
                ) from exc
        else:
            try:
                str(self.index_dir).encode("utf-8")
            except UnicodeEncodeError:  # Chroma's storage takes UTF-8 paths only
                raise ContextError(
                    f"index directory {display_path(str(self.index_dir))} has a name that is "
                    "not valid UTF-8; rename it or pass --index-dir"
                ) from None
            try:
                self.index_dir.mkdir(parents=True, exist_ok=True)
                client = chromadb.PersistentClient(path=str(self.index_dir), settings=settings)
            except OSError as exc:
                raise ContextError(
                    f"cannot create index directory {self.index_dir}: {exc.strerror}"
                ) from exc
        self._client = client
        return client

    @property
    def collection(self) -> Any:
        if self._collection is None:
            client = self._connect()
            try:
                self._collection = client.get_or_create_collection(
                    self.collection_name,
                    embedding_function=self._ef,
                    metadata={"groundwork": "org-context", "org_dir": str(self.root)[-400:]},
                )
            except ValueError as exc:
                raise ContextError(
                    f"collection {self.collection_name} at {self.location} was built with another "
                    f"embedding configuration: {' '.join(str(exc).split())}"
                ) from exc
        return self._collection

    def _stored_documents(self) -> dict[str, str]:
        """doc path -> sha256 of what is in the collection (read from each document's chunk 0)."""
        got = self.collection.get(where={"chunk": 0}, include=["metadatas"])
        return {m["doc"]: m["sha256"] for m in got["metadatas"] or [] if m}

    # ------------------------------------------------------------------ facts cache

    @property
    def _facts_path(self) -> Path:
        return self.index_dir / f"{self.collection_name}.facts.json"

    @property
    def _corpus_path(self) -> Path:
        return self.index_dir / f"{self.collection_name}.corpus"

    @property
    def _files_path(self) -> Path:
        return self.index_dir / f"{self.collection_name}.files.json"

    def _load_files(self) -> tuple[dict[str, FileEntry], list[int] | None] | None:
        """The facts cache without the facts (size, mtime, sha256 and chunk count per file),
        written with it: an unchanged sync reads this instead of every file's facts."""
        try:
            data = self._read_envelope(self._files_path)
            if data is None:
                return None
            files: dict[str, FileEntry] = {
                str(rel): {
                    "size": int(size),
                    "mtime_ns": int(mtime),
                    "sha256": str(sha),
                    "chunks": int(n),
                }
                for rel, (size, mtime, sha, n) in dict(data["files"]).items()
            }
            return files, data.get("store_stamp")
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None

    def _load_facts(self) -> tuple[dict[str, FileEntry], list[int] | None]:
        """Per-document facts of the last sync, and the store stamp recorded after it."""
        try:
            data = self._read_envelope(self._facts_path)
        except (OSError, ValueError):
            return {}, None
        if data is None:
            return {}, None
        return dict(data.get("documents") or {}), data.get("store_stamp")

    def _read_envelope(self, path: Path) -> Envelope | None:
        """A cache file this index wrote (facts or listing): its data, or None when another
        version or collection wrote it. Raises OSError/ValueError for a missing or bad file."""
        data = json.loads(path.read_text(encoding="utf-8"))
        if (
            data.get("version") != _facts_version()
            or data.get("collection") != self.collection_name
        ):
            return None
        return cast(Envelope, dict(data))

    def _write_envelope(self, path: Path, stamp: list[int] | None, key: str, body: Any) -> None:
        """Write a cache file with the version, collection and store stamp it is valid for."""
        payload = {
            "version": _facts_version(),
            "collection": self.collection_name,
            "store_stamp": stamp,
            key: body,
        }
        atomic_write_text(path, json.dumps(payload))

    def _save_facts(self, entries: dict[str, FileEntry], stamp: list[int] | None) -> None:
        try:
            self._write_envelope(self._facts_path, stamp, "documents", entries)
        except OSError:
            with contextlib.suppress(OSError):  # never a listing newer than the facts
                self._files_path.unlink()
            return  # only a cache: the next sync re-reads the files
        self._save_files(entries, stamp)

    def _save_files(self, entries: dict[str, FileEntry], stamp: list[int] | None) -> None:
        try:
            files = {
                rel: [
                    e.get("size", -1),
                    e.get("mtime_ns", -1),
                    e.get("sha256", ""),
                    e.get("chunks", 0),
                ]
                for rel, e in entries.items()
            }
            self._write_envelope(self._files_path, stamp, "files", files)
        except OSError:
            with contextlib.suppress(OSError):  # no listing rather than one out of date
                self._files_path.unlink()

    def _store_stamp(self) -> list[int] | None:
        """Size and mtime of the embedded store's SQLite files: any write by any client
        changes them. None for a server (another machine may write at any time)."""
        if self.chroma_url:
            return None
        stamp: list[int] = []
        for name in ("chroma.sqlite3", "chroma.sqlite3-wal"):
            try:
                st = (self.index_dir / name).stat()
                stamp += [st.st_size, st.st_mtime_ns]
            except OSError:
                stamp += [-1, -1]
        return stamp if stamp[0] >= 0 else None

    @staticmethod
    def _facts_to_json(facts: Facts) -> FactsJSON:
        return {
            "roles": [r.model_dump() for r in facts.roles],
            "systems": [s.model_dump() for s in facts.systems],
            "absences": [a.model_dump() for a in facts.absences],
            "metrics": [m.model_dump() for m in facts.metrics],
            "mentions": [s.model_dump() for s in facts.mentions],
            "warnings": facts.warnings,
        }

    @staticmethod
    def _facts_from_json(data: FactsJSON) -> Facts:
        from agent.context._extract import Facts

        return Facts(
            roles=[Role.model_validate(r) for r in data.get("roles", [])],
            systems=[System.model_validate(s) for s in data.get("systems", [])],
            absences=[SystemAbsence.model_validate(a) for a in data.get("absences", [])],
            metrics=[Metric.model_validate(m) for m in data.get("metrics", [])],
            mentions=[System.model_validate(s) for s in data.get("mentions", [])],
            warnings=list(data.get("warnings", [])),
        )

    # ------------------------------------------------------------------ sync

    def sync(self, progress: Progress | None = None) -> IndexSummary:
        """Bring the collection in line with the folder: embed new and changed files only,
        delete chunks of removed or now-unreadable files, refresh roles/systems/metrics."""
        began = time.perf_counter()
        report = progress or (lambda stage, done, total: None)
        listing = self._load_files()
        if listing is not None:
            cached, cached_stamp = listing
        else:
            cached, cached_stamp = self._load_facts()
        known = {
            rel: (int(e.get("size", -1)), int(e.get("mtime_ns", -1)), str(e.get("sha256", "")))
            for rel, e in cached.items()
        }
        files = scan_folder(
            self.root, max_bytes=self.max_bytes, exclude=self.index_dir.resolve(), known=known
        )
        check_not_empty(self.root, files, self.org_dir)
        summary = IndexSummary(
            org_dir=str(self.root), collection=self.collection_name, location=self.location
        )
        if listing is not None:
            # The listing answers an unchanged folder with the merged context saved by an
            # earlier sync; anything else needs every file's facts.
            if self._nothing_changed(files, cached, cached_stamp):
                readable = [f for f in files if f.error is None]
                skipped = [f"{f.rel}: {f.error}" for f in files if f.error]
                context = self._saved_context(self._context_key(readable, skipped))
                if context is not None:
                    return self._summarize(summary, files, cached, began, context)
            cached, cached_stamp = self._load_facts()
        if self._nothing_changed(files, cached, cached_stamp):
            if listing is None and not self.chroma_url:  # an index from before the listing
                self._save_files(cached, cached_stamp)
            return self._summarize(summary, files, cached, began)
        before = self._store_stamp()
        base = None
        if not self.chroma_url:
            # Written with the facts cache, it describes what the facts do, which this sync
            # checks against the store; our own client's close may have moved the stamp since.
            for stamp in (before, cached_stamp):
                base = base or Corpus.load(
                    self._corpus_path, collection=self.collection_name, stamp=stamp
                )
        writes = self._writes(files, cached)
        try:
            stored = writes.stored_documents()
            entries: dict[str, FileEntry] = {}
            all_facts: list[Facts] = []
            documents: list[str] = []
            pending: list[Chunk] = []
            pending_sha: dict[str, str] = {}
            stale: list[str] = []  # documents whose stored chunks must go
            embedded = 0
            for i, source in enumerate(files, start=1):
                report("read", i, len(files))
                if source.error:
                    summary.skipped.append(f"{source.rel}: {source.error}")
                    if source.rel in stored:
                        stale.append(source.rel)
                        writes.delete(source.rel)
                    continue
                entry = cached.get(source.rel)
                in_store = stored.get(source.rel) == source.sha256
                if in_store and entry and entry.get("sha256") == source.sha256:
                    summary.unchanged += 1
                    entries[source.rel] = entry
                    all_facts.append(self._facts_from_json(entry["facts"]))
                    documents.append(source.rel)
                    summary.chunks += int(entry.get("chunks", 0))
                    continue
                try:
                    doc = parse_source(source, max_bytes=self.max_bytes)
                except Exception as exc:  # one bad file never stops the others
                    summary.skipped.append(f"{source.rel}: {skip_reason(exc)}")
                    if source.rel in stored:
                        stale.append(source.rel)
                        writes.delete(source.rel)
                    continue
                facts = facts_of(source, doc, max_bytes=self.max_bytes)
                chunks = chunk_document(doc)
                entries[source.rel] = {
                    "sha256": source.sha256,
                    "size": source.size,
                    "mtime_ns": source.mtime_ns,
                    "chunks": len(chunks),
                    "facts": self._facts_to_json(facts),
                }
                all_facts.append(facts)
                documents.append(source.rel)
                summary.chunks += len(chunks)
                if in_store:  # chunks already embedded; only the facts cache was missing
                    summary.unchanged += 1
                    continue
                if source.rel in stored:
                    summary.changed += 1
                    stale.append(source.rel)
                    writes.delete(source.rel)
                else:
                    summary.added += 1
                pending.extend(chunks)
                pending_sha[source.rel] = source.sha256
                embedded = self._embed(writes, pending, embedded, pending_sha, report)
            present = {f.rel for f in files}
            removed = [doc for doc in stored if doc not in present]
            summary.removed = len(removed)
            for rel in removed:
                writes.delete(rel)
            self._embed(writes, pending, embedded, pending_sha, report, final=True)
            vectors = (
                writes.vectors([_chunk_id(c.doc, c.index) for c in pending]) if pending else []
            )
            writes.finish()
        except BaseException:
            writes.abort()
            raise
        summary.embedded_chunks = len(pending)
        if not documents:
            raise ContextError(
                f"org-context folder {self.org_dir} has no readable documents ({len(summary.skipped)} skipped: "
                + "; ".join(summary.skipped[:3])
                + ")"
            )
        stamp = self._store_stamp()
        if entries != cached or stamp != cached_stamp:
            self._save_facts(entries, stamp)
        self._corpus = None
        if not self.chroma_url:
            self._keep_corpus(base, bool(stored), set(stale + removed), pending, vectors, stamp)
        context = build_context(self.root, documents, all_facts, summary.skipped)
        self._context = context
        summary.documents = len(documents)
        return _finish_summary(summary, context, began)

    def _nothing_changed(
        self,
        files: list[SourceFile],
        cached: dict[str, FileEntry],
        cached_stamp: list[int] | None,
    ) -> bool:
        """Embedded store untouched since our last sync, and every file as it was then:
        the sync can answer from the facts cache without opening Chroma at all."""
        if cached_stamp is None or self._store_stamp() != cached_stamp:
            return False
        readable = [f for f in files if f.error is None]
        if {f.rel for f in readable} != set(cached):
            return False
        return all(cached[f.rel].get("sha256") == f.sha256 for f in readable)

    def _summarize(
        self,
        summary: IndexSummary,
        files: list[SourceFile],
        cached: dict[str, FileEntry],
        began: float,
        context: OrgContext | None = None,
    ) -> IndexSummary:
        readable = [f for f in files if f.error is None]
        summary.skipped = [f"{f.rel}: {f.error}" for f in files if f.error]
        if context is None:
            context = self._merged_context(readable, cached, summary.skipped)
        self._context = context
        summary.documents = summary.unchanged = len(readable)
        summary.chunks = sum(int(cached[f.rel].get("chunks", 0)) for f in readable)
        return _finish_summary(summary, context, began)

    def _merged_context(
        self, readable: list[SourceFile], cached: dict[str, FileEntry], skipped: list[str]
    ) -> OrgContext:
        """The folder's context from the facts cache; merging thousands of files' facts is
        most of an unchanged sync, so the merged result is kept too, keyed by what it read."""
        key = self._context_key(readable, skipped)
        saved = self._saved_context(key)
        if saved is not None:
            return saved
        facts = [self._facts_from_json(cached[f.rel]["facts"]) for f in readable]
        context = build_context(self.root, [f.rel for f in readable], facts, skipped)
        with contextlib.suppress(OSError):
            path = self._context_path
            tmp = path.with_suffix(".tmp")
            # the key on the first line, so a stale file is told without parsing the rest
            tmp.write_bytes(f"{key}\n{context.model_dump_json()}".encode())
            tmp.replace(path)
        return context

    @property
    def _context_path(self) -> Path:
        return self.index_dir / f"{self.collection_name}.context.json"

    def _context_key(self, readable: list[SourceFile], skipped: list[str]) -> str:
        return hashlib.sha256(
            json.dumps(
                [_facts_version(), str(self.root), [(f.rel, f.sha256) for f in readable], skipped]
            ).encode()
        ).hexdigest()

    def _saved_context(self, key: str) -> OrgContext | None:
        """The merged context saved under ``key``, if that is what the file holds."""
        try:
            with self._context_path.open("rb") as fh:
                if fh.readline().rstrip(b"\n") != key.encode():
                    return None
                return OrgContext.model_validate_json(fh.read())
        except (OSError, ValueError):  # pydantic's ValidationError is a ValueError
            return None

    def _keep_corpus(
        self,
        base: Corpus | None,
        had_chunks: bool,
        drop: set[str],
        pending: list[Chunk],
        vectors: list[Any],
        stamp: list[int] | None,
    ) -> None:
        """Bring the saved corpus in line with the collection after a sync's writes."""
        if base is not None and (drop or pending):
            try:  # read the saved texts now: a damaged file means reading the store instead
                base.entries(), base.lowered()
            except CorpusDamaged:
                base = None
        if base is None and had_chunks:
            # Chunks from before that the saved corpus does not describe: read them back.
            self._corpus = self._corpus_from_store()
            if self._corpus is not None:
                self._corpus.save(self._corpus_path, collection=self.collection_name, stamp=stamp)
            return
        if base is not None and not drop and not pending:
            Corpus.restamp(self._corpus_path, stamp)
            return
        ids = [_chunk_id(c.doc, c.index) for c in pending]
        texts = [c.text for c in pending]
        metas = [_meta(c) for c in pending]
        if base is None:
            corpus = Corpus.build(ids, texts, metas, vectors)
        else:
            corpus = base.updated(drop, ids, texts, metas, vectors)
        corpus.save(self._corpus_path, collection=self.collection_name, stamp=stamp)
        self._corpus = corpus

    def _embed(
        self,
        writes: LocalWrites | ChildWrites,
        pending: list[Chunk],
        done: int,
        shas: dict[str, str],
        report: Progress,
        *,
        final: bool = False,
    ) -> int:
        """Embed and write the pending chunks from ``done`` on, a batch at a time (the last,
        shorter batch only when ``final``); how many are done now."""
        while len(pending) - done >= EMBED_BATCH or (final and done < len(pending)):
            if done == 0:
                report("embed", 0, len(pending))
            batch = pending[done : done + EMBED_BATCH]
            vectors = self._ef([c.search_text() for c in batch])
            writes.add(
                (
                    [_chunk_id(c.doc, c.index) for c in batch],
                    list(vectors),
                    [c.text for c in batch],
                    [{**_meta(c), "sha256": shas[c.doc]} for c in batch],
                )
            )
            done += len(batch)
            report("embed", done, len(pending))
        return done

    def _writes(
        self, files: list[SourceFile], cached: dict[str, FileEntry]
    ) -> LocalWrites | ChildWrites:
        """Where this sync's writes go: a child process when many files are new or changed
        and this process can fork safely (no Chroma runtime or other thread in it yet)."""
        if self.chroma_url or self._client is not None or not hasattr(os, "fork"):
            return LocalWrites(self)
        if sys.platform != "linux":
            return LocalWrites(self)
        fresh = sum(
            1
            for f in files
            if f.error is None and (f.rel not in cached or cached[f.rel].get("sha256") != f.sha256)
        )
        if fresh < WRITER_MIN_FILES:
            return LocalWrites(self)
        from agent.budget import fork_safe

        self._ef  # noqa: B018 - chromadb imported here, once, not in the child as well
        if not fork_safe():
            return LocalWrites(self)
        return ChildWrites(self)

    def _stored_vectors(self, ids: list[str], limit: int) -> list[Any]:
        """The vectors as the store keeps them (normalized again for cosine), so a corpus
        kept by sync and one read back from the store rank alike."""
        found: dict[str, Embedding] = {}
        for i in range(0, len(ids), limit):
            got = self.collection.get(ids=ids[i : i + limit], include=["embeddings"])
            found.update(zip(got["ids"], got["embeddings"], strict=True))
        return [found[cid] for cid in ids]

    # ------------------------------------------------------------------ context

    @property
    def context(self) -> OrgContext:
        """Roles, systems, absences and metrics: from the last sync, else read from the folder."""
        if self._context is None:
            cached, _ = self._load_facts()
            if cached:  # what the last sync found; cheap, and good enough between syncs
                self._context = build_context(
                    self.root,
                    sorted(cached),
                    [self._facts_from_json(e["facts"]) for _, e in sorted(cached.items())],
                    [],
                )
            else:
                from agent.context._loader import load_context

                self._context = load_context(self.root, max_bytes=self.max_bytes)
        return self._context

    # ------------------------------------------------------------------ search

    def _corpus_from_store(self) -> Corpus | None:
        """Every chunk, read back from the collection (a server, or a stale saved corpus)."""
        ids: list[str] = []
        texts: list[str] = []
        metas: list[ChunkMeta] = []
        vectors: list[Any] = []
        page = 1000
        offset = 0
        while True:
            got = self.collection.get(
                include=["documents", "metadatas", "embeddings"], limit=page, offset=offset
            )
            batch_ids = got["ids"] or []
            ids.extend(batch_ids)
            texts.extend(got["documents"] or [])
            metas.extend(dict(m or {}) for m in got["metadatas"] or [])
            found = got.get("embeddings")
            vectors.extend(list(found) if found is not None else [])
            if len(batch_ids) < page:
                break
            offset += page
        if not ids:
            return None
        for meta in metas:  # what a hit needs; the sha256 is the sync's business
            meta.pop("sha256", None)
        return Corpus.build(ids, texts, metas, vectors)

    def _load_corpus(self) -> Corpus | None:
        if self._corpus is not None:
            return self._corpus
        stamp = self._store_stamp()
        if not self.chroma_url:
            self._corpus = Corpus.load(
                self._corpus_path, collection=self.collection_name, stamp=stamp
            )
            if self._corpus is not None:
                return self._corpus
        self._corpus = self._corpus_from_store()
        if self._corpus is not None and not self.chroma_url:
            self._corpus.save(self._corpus_path, collection=self.collection_name, stamp=stamp)
        return self._corpus

    def search(self, query: str, k: int = 6) -> list[ContextHit]:
        """The ``k`` best chunks: vector and BM25 rankings fused (RRF), plus a boost for chunks
        that contain a quoted phrase or a role/system/metric name spelled out in the query."""
        if not query.strip() or k <= 0:
            return []
        corpus = self._load_corpus()
        if corpus is None:
            return []
        try:
            return self._search(corpus, query, k)
        except CorpusDamaged:
            # A saved file read on demand is damaged: rebuild the corpus from the store once.
            stamp = self._store_stamp()
            self._corpus = self._corpus_from_store()
            if self._corpus is None:
                return []
            if not self.chroma_url:
                self._corpus.save(self._corpus_path, collection=self.collection_name, stamp=stamp)
            return self._search(self._corpus, query, k)

    def _search(self, corpus: Corpus, query: str, k: int) -> list[ContextHit]:
        n = len(corpus)
        depth = min(n, max(k * 8, 40))
        vector_rank = corpus.vector_top(self._query_vector(query), depth)
        keyword_rank = corpus.bm25.top(query, depth)
        fused = rrf([vector_rank, keyword_rank])
        context = self.context
        names = [r.name for r in context.roles] + [s.name for s in context.systems]
        names += [m.name for m in context.metrics]
        phrases = phrases_in_query(query, names)
        if phrases:
            lowered = corpus.lowered()
            for phrase in phrases:
                needle = f" {phrase} "
                for i, text in enumerate(lowered):
                    if needle in text:
                        fused[i] = fused.get(i, 0.0) + 1.0 / (RRF_K + 1)
        best = sorted(fused, key=lambda i: (-fused[i], i))[:k]
        hits = []
        for i in best:
            text, meta = corpus.entry(i)
            hits.append(
                ContextHit(
                    doc=str(meta.get("doc", "")),
                    chunk=int(meta.get("chunk", 0)),
                    text=text,
                    score=round(fused[i], 6),
                    heading=str(meta.get("heading", "")),
                    start=int(meta.get("start", 0)),
                    end=int(meta.get("end", 0)),
                )
            )
        return hits


def _finish_summary(summary: IndexSummary, context: OrgContext, began: float) -> IndexSummary:
    """What the context holds, for the CLI's report."""
    summary.roles = len(context.roles)
    summary.systems = len(context.systems)
    summary.absences = len(context.absences)
    summary.metrics = len(context.metrics)
    summary.tier_defaulted = [r.name for r in context.roles if not r.tier_stated]
    summary.warnings = context.warnings
    summary.seconds = round(time.perf_counter() - began, 3)
    return summary
