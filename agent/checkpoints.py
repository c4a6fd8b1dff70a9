"""Checkpoints that keep each large value once: content-addressed blobs beside the database.

LangGraph's SqliteSaver writes the whole state into every checkpoint, and every ``Send``
packet with its arguments: a 1000-slide deck, its plan and the org context were copied
into each of the 14 steps and each of the 20 decompose branches (35 MB). This serializer
stores every large value (a state key, an entry of one, a ``Send`` argument) once, as a
compressed file named by the sha256 of its bytes under ``<run>/blobs/``, and writes only
that hash into the checkpoint. A value that did not change between steps, or the org
context every branch receives, is therefore on disk once. Nodes see the same state: values
are replaced on the way to disk and put back on the way in.

What the steps find travels through the workflow as pydantic models (the deck, the org
context, the visions, ...: ``agent.state.STATE_MODELS``), alone or in a list; on disk each is
its JSON with the model's name, validated back into its model on the way in, never imported
by a name the file gives.

Nothing but the workflow's state goes here (no configuration, no key: those travel in the
run context). A blob is written before the checkpoint that names it, by rename, so a crash
leaves at worst an unreferenced blob.
"""

from __future__ import annotations

import hashlib
import os
import threading
import zlib
from pathlib import Path
from typing import Any

from langgraph.checkpoint.serde.jsonplus import JsonPlusSerializer
from langgraph.types import Send
from pydantic import BaseModel

from agent.state import STATE_MODELS

BLOB = "__groundwork_blob__"
MODEL = "__groundwork_model__"  # {MODEL: class name, "data": its JSON}
MIN_BYTES = 2048  # smaller values stay inline: a file per short string costs more than it saves
MAX_DEPTH = 4  # checkpoint -> channel_values -> a state key -> its entries


class BlobSerializer(JsonPlusSerializer):
    """LangGraph's own serializer, with large values moved to a content-addressed folder."""

    def __init__(self, folder: str | Path, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.folder = Path(folder)

    # ------------------------------------------------------------------ SerializerProtocol

    def dumps_typed(self, obj: Any) -> tuple[str, bytes]:
        return super().dumps_typed(self._stash(obj, 0))

    def loads_typed(self, data: tuple[str, bytes]) -> Any:
        return self._fetch(super().loads_typed(data), 0)

    # ------------------------------------------------------------------ values <-> blobs

    def _stash(self, value: Any, depth: int) -> Any:
        value = _as_json(value)
        if isinstance(value, Send):
            return Send(value.node, self._stash(value.arg, depth + 1))
        if depth < MAX_DEPTH and isinstance(value, dict):
            value = {k: self._stash(v, depth + 1) for k, v in value.items()}
            if depth == 0 and "channel_values" in value:
                return value  # the checkpoint itself: its values are stashed already
        if isinstance(value, dict | list):
            kind, data = super().dumps_typed(value)
            if len(data) >= MIN_BYTES:
                return {BLOB: self._put(kind, data)}
        return value

    def _fetch(self, value: Any, depth: int) -> Any:
        if isinstance(value, dict) and len(value) == 1 and BLOB in value:
            value = self._get(value[BLOB])
        if isinstance(value, Send):
            return Send(value.node, self._fetch(value.arg, depth + 1))
        if depth < MAX_DEPTH and isinstance(value, dict):
            value = {k: self._fetch(v, depth + 1) for k, v in value.items()}
        return _as_model(value)

    # ------------------------------------------------------------------ the folder

    def _path(self, digest: str) -> Path:
        return self.folder / digest[:2] / digest

    def _put(self, kind: str, data: bytes) -> str:
        digest = hashlib.sha256(kind.encode() + b"\0" + data).hexdigest()
        path = self._path(digest)
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(f"{digest}.{os.getpid()}.{threading.get_ident()}.tmp")
            tmp.write_bytes(kind.encode() + b"\0" + zlib.compress(data, 6))
            os.replace(tmp, path)
        return digest

    def _get(self, digest: str) -> Any:
        # Not cached: each load hands out its own objects, as the plain serializer does.
        raw = self._path(digest).read_bytes()
        kind, _, packed = raw.partition(b"\0")
        return super().loads_typed((kind.decode(), zlib.decompress(packed)))


def _as_json(value: Any) -> Any:
    """A state model (or a list of them) as its JSON with the model's name."""
    if isinstance(value, BaseModel) and STATE_MODELS.get(type(value).__name__) is type(value):
        return {MODEL: type(value).__name__, "data": value.model_dump(mode="json")}
    if isinstance(value, list):
        return [_as_json(v) for v in value]
    return value


def _as_model(value: Any) -> Any:
    """The inverse of ``_as_json``: only the classes ``STATE_MODELS`` names are rebuilt."""
    if isinstance(value, dict) and len(value) == 2 and value.get(MODEL) in STATE_MODELS:
        return STATE_MODELS[value[MODEL]].model_validate(value["data"])
    if isinstance(value, list):
        return [_as_model(v) for v in value]
    return value
