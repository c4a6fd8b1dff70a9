"""Where a sync's Chroma writes go: this process, or a child process that owns the store.

Chroma's ``add`` (SQLite, full-text index, HNSW; in Rust) holds the GIL for its whole call
and is most of a first index. With many files to embed and a process that can fork safely,
``sync()`` hands the writes to a forked child: the child opens the same collection (with
the registered embedding function), applies the writes in the order they were made,
reads the stored vectors back, closes its client and exits, while this process reads,
extracts, chunks and embeds the next files. The store ends up as the writes made here
would leave it (tests/test_perf_equivalence.py compares the two).

Both kinds take the same calls, in the sync's order: ``stored_documents()`` first, then
``delete(doc)`` and ``add(...)`` as the files come, ``vectors(ids)`` and ``finish()``;
``abort()`` after an error. Adds are gathered into calls of up to the store's batch limit.
"""

from __future__ import annotations

import contextlib
import os
import queue
import signal
import sys
import threading
import time
from multiprocessing import Pipe
from multiprocessing.connection import Connection
from typing import TYPE_CHECKING, Any

from agent.context._chunking import ChunkMeta
from agent.errors import ContextError

if TYPE_CHECKING:
    from agent.context._index import ContextIndex

# ids, vectors, documents and metadatas of chunks added to the collection, in its order.
Added = tuple[list[str], list[Any], list[str], list[ChunkMeta]]


def _empty() -> Added:
    return [], [], [], []


def _batch_limit(index: ContextIndex) -> int:
    limit = 5461  # chromadb's embedded limit; a server reports its own
    with contextlib.suppress(Exception):  # older servers do not report a batch limit
        limit = int(index._connect().get_max_batch_size())
    return max(1, limit)


def _add_all(index: ContextIndex, added: Added, limit: int) -> None:
    ids, vectors, documents, metadatas = added
    for i in range(0, len(ids), limit):
        index.collection.add(
            ids=ids[i : i + limit],
            embeddings=vectors[i : i + limit],
            documents=documents[i : i + limit],
            metadatas=metadatas[i : i + limit],
        )


def _extend(into: Added, more: Added) -> None:
    into[0].extend(more[0])
    into[1].extend(more[1])
    into[2].extend(more[2])
    into[3].extend(more[3])


class LocalWrites:
    """The writes made by this process's own client."""

    def __init__(self, index: ContextIndex) -> None:
        self.index = index
        self._held: Added = _empty()
        self._limit = 0

    def stored_documents(self) -> dict[str, str]:
        return self.index._stored_documents()

    def _flush(self) -> None:
        if self._held[0]:
            _add_all(self.index, self._held, self._limit or _batch_limit(self.index))
            self._held = _empty()

    def delete(self, doc: str) -> None:
        self._flush()
        self.index.collection.delete(where={"doc": doc})

    def add(self, added: Added) -> None:
        self._limit = self._limit or _batch_limit(self.index)
        _extend(self._held, added)
        if len(self._held[0]) >= self._limit:
            self._flush()

    def vectors(self, ids: list[str]) -> list[Any]:
        self._flush()
        return self.index._stored_vectors(ids, self._limit or _batch_limit(self.index))

    def finish(self) -> None:
        self._flush()

    def abort(self) -> None:
        self._held = _empty()


def _portable(exc: BaseException) -> BaseException:
    """An error the parent can unpickle and show: ours as they are, others as one line."""
    if isinstance(exc, ContextError):
        return exc
    reason = " ".join(str(exc).split())[:500]
    return ContextError(f"writing the index failed ({type(exc).__name__}): {reason}")


def _serve(index: ContextIndex, requests: Connection, replies: Connection) -> None:
    """The child: apply the parent's writes in order; adds that are already waiting are
    gathered into one call."""
    held: tuple[Any, ...] | None = None
    try:
        limit = _batch_limit(index)
        while True:
            try:
                message = held or requests.recv()
            except EOFError:  # the parent is gone or gave up: keep what was written
                return
            held = None
            op = message[0]
            if op == "add":
                added: Added = message[1]
                while len(added[0]) < limit and requests.poll():
                    nxt = requests.recv()
                    if nxt[0] != "add" or len(added[0]) + len(nxt[1][0]) > limit:
                        held = nxt
                        break
                    _extend(added, nxt[1])
                _add_all(index, added, limit)
            elif op == "delete":
                index.collection.delete(where={"doc": message[1]})
            elif op == "stored":
                replies.send(("ok", index._stored_documents()))
            elif op == "vectors":
                replies.send(("ok", index._stored_vectors(message[1], limit)))
            elif op == "finish":
                index.close()
                replies.send(("ok", None))
                return
    except BaseException as exc:  # noqa: BLE001 - everything goes back to the parent
        with contextlib.suppress(Exception):
            replies.send(("error", _portable(exc)))
    finally:
        index.close()


class ChildWrites:
    """The writes made by a forked child that owns the only client of the store.

    The parent queues each write and a thread of its own sends them on, so the parent
    never waits while the child is inside a long ``add``."""

    def __init__(self, index: ContextIndex) -> None:
        self.index = index
        requests_in, requests_out = Pipe(duplex=False)
        replies_in, replies_out = Pipe(duplex=False)
        pid = os.fork()
        if pid == 0:  # the child: serve, then leave without the parent's atexit handlers
            code = 1
            try:
                requests_out.close()
                replies_in.close()
                signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when to stop
                _serve(index, requests_in, replies_out)
                code = 0
            finally:
                with contextlib.suppress(Exception):
                    sys.stderr.flush()
                os._exit(code)
        self.pid = pid
        requests_in.close()
        replies_out.close()
        self._requests = requests_out
        self._replies = replies_in
        self._outbox: queue.SimpleQueue[tuple[Any, ...] | None] = queue.SimpleQueue()
        self._sender = threading.Thread(
            target=self._send_all, name="groundwork-index-writes", daemon=True
        )
        self._sender.start()
        self._exit_code: int | None = None

    def _send_all(self) -> None:
        try:
            while (message := self._outbox.get()) is not None:
                self._requests.send(message)
        except OSError:  # the child stopped; its reply says why
            pass
        finally:
            with contextlib.suppress(OSError):
                self._requests.close()

    def _reply(self) -> Any:
        try:
            kind, value = self._replies.recv()
        except (EOFError, OSError):
            self._wait(5.0)
            raise ContextError(
                f"the index writer process stopped unexpectedly (exit code {self._exit_code})"
            ) from None
        if kind == "error":
            self._stop()
            raise value
        return value

    def _check(self) -> None:
        """Raise the child's error as soon as it has one (an error reply is never waited for)."""
        if self._replies.poll():
            self._reply()

    def stored_documents(self) -> dict[str, str]:
        self._outbox.put(("stored",))
        return dict(self._reply())

    def delete(self, doc: str) -> None:
        self._check()
        self._outbox.put(("delete", doc))

    def add(self, added: Added) -> None:
        self._check()
        self._outbox.put(("add", added))

    def vectors(self, ids: list[str]) -> list[Any]:
        self._outbox.put(("vectors", ids))
        return list(self._reply())

    def finish(self) -> None:
        self._outbox.put(("finish",))
        self._reply()
        self._stop()

    def abort(self) -> None:
        """After an error here: writes not yet sent are dropped; the child applies what it
        has, closes its client and exits."""
        with contextlib.suppress(queue.Empty):
            while True:
                self._outbox.get_nowait()
        self._stop(timeout=60.0)

    def _stop(self, timeout: float = 30.0) -> None:
        self._outbox.put(None)
        self._sender.join(timeout)
        self._wait(timeout)
        if self._exit_code is None:
            with contextlib.suppress(OSError):
                os.kill(self.pid, signal.SIGKILL)
            self._wait(5.0)
        with contextlib.suppress(OSError):
            self._replies.close()

    def _wait(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while self._exit_code is None:
            try:
                done, status = os.waitpid(self.pid, os.WNOHANG)
            except ChildProcessError:
                self._exit_code = -1
                return
            if done:
                self._exit_code = os.waitstatus_to_exitcode(status)
                return
            if time.monotonic() > deadline:
                return
            time.sleep(0.01)
