"""Chroma embedding functions: wordllama (offline, shipped in the wheel) and an OpenAI-compatible endpoint.

Both are registered with ``@register_embedding_function`` so a collection records
``{"name": ..., "config": ...}`` and any client that has imported this module
rebuilds the same function from that config when it reopens the collection. Chroma
never falls back to its default ONNX model (which downloads on first use). ``import
agent.context`` registers them when chromadb is already imported; otherwise they load on
first use (a search that reads its saved corpus never imports chromadb).
"""

from __future__ import annotations

import os
from typing import Any

import numpy as np
from chromadb.api.types import Documents, EmbeddingFunction, Embeddings, Space
from chromadb.utils.embedding_functions import register_embedding_function

from agent.context._wordllama import embed
from agent.errors import ContextError

WORDLLAMA_NAME = "groundwork-wordllama"
OPENAI_NAME = "groundwork-openai"


@register_embedding_function
class WordLlamaEmbeddingFunction(EmbeddingFunction[Documents]):
    """Static word-embedding model (256-d, no network, a few ms per hundred chunks).

    ``calls`` and ``texts`` count usage across all instances so tests and the index
    summary can prove that an unchanged folder embeds nothing.
    """

    calls: int = 0
    texts: int = 0

    def __init__(self, model: str = "l2_supercat", dim: int = 256) -> None:
        self.model = model
        self.dim = dim

    def __call__(self, input: Documents) -> Embeddings:
        type(self).calls += 1
        type(self).texts += len(input)
        if not input:
            return []
        return embed(list(input), self.model, self.dim)

    @staticmethod
    def name() -> str:
        return WORDLLAMA_NAME

    def default_space(self) -> Space:
        return "cosine"

    def supported_spaces(self) -> list[Space]:
        return ["cosine", "l2", "ip"]

    def get_config(self) -> dict[str, Any]:
        return {"model": self.model, "dim": self.dim}

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> WordLlamaEmbeddingFunction:
        return WordLlamaEmbeddingFunction(
            model=str(config.get("model", "l2_supercat")), dim=int(config.get("dim", 256))
        )

    def validate_config_update(
        self, old_config: dict[str, Any], new_config: dict[str, Any]
    ) -> None:
        if old_config.get("dim") != new_config.get("dim"):
            raise ValueError("the embedding dimension of an existing collection cannot change")


@register_embedding_function
class OpenAIEmbeddingFunction(EmbeddingFunction[Documents]):
    """Any OpenAI-compatible ``/embeddings`` endpoint through the ``openai`` client.

    The config stores the model and base URL, never the key: ``OPENAI_API_KEY`` is read
    from the environment of whichever process reopens the collection. ``OPENAI_BASE_URL``
    and ``GROUNDWORK_EMBEDDING_MODEL`` override the stored values when set.
    """

    calls: int = 0
    texts: int = 0
    batch_size = 256

    def __init__(
        self,
        model: str | None = None,
        base_url: str | None = None,
        timeout: float = 60.0,
    ) -> None:
        self.model = (
            model or os.environ.get("GROUNDWORK_EMBEDDING_MODEL") or "text-embedding-3-small"
        )
        self.base_url = base_url or os.environ.get("OPENAI_BASE_URL") or None
        self.timeout = timeout
        self._client: Any = None

    def _openai(self) -> Any:
        if self._client is None:
            from openai import OpenAI

            api_key = os.environ.get("OPENAI_API_KEY")
            if not api_key and not self.base_url:
                raise ContextError(
                    "embeddings=openai needs OPENAI_API_KEY or OPENAI_BASE_URL (a local OpenAI-compatible server)"
                )
            self._client = OpenAI(
                api_key=api_key or "not-needed",
                base_url=self.base_url,
                timeout=self.timeout,
                max_retries=3,
            )
        return self._client

    def __call__(self, input: Documents) -> Embeddings:
        type(self).calls += 1
        type(self).texts += len(input)
        texts = [t if t.strip() else " " for t in input]  # some servers reject empty strings
        out: list[np.ndarray] = []
        for i in range(0, len(texts), self.batch_size):
            batch = texts[i : i + self.batch_size]
            try:
                response = self._openai().embeddings.create(model=self.model, input=batch)
            except ContextError:
                raise
            except Exception as exc:
                where = self.base_url or "api.openai.com"
                raise ContextError(
                    f"embeddings endpoint {where} failed ({type(exc).__name__}): {exc}"
                ) from exc
            rows = sorted(response.data, key=lambda d: d.index)
            for row in rows:
                vector = np.asarray(row.embedding, dtype=np.float32)
                norm = float(np.linalg.norm(vector))
                out.append(vector / norm if norm else vector)
        return out

    @staticmethod
    def name() -> str:
        return OPENAI_NAME

    def default_space(self) -> Space:
        return "cosine"

    def supported_spaces(self) -> list[Space]:
        return ["cosine", "l2", "ip"]

    def get_config(self) -> dict[str, Any]:
        return {"model": self.model, "base_url": self.base_url}

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> OpenAIEmbeddingFunction:
        return OpenAIEmbeddingFunction(
            model=os.environ.get("GROUNDWORK_EMBEDDING_MODEL") or config.get("model"),
            base_url=os.environ.get("OPENAI_BASE_URL") or config.get("base_url"),
        )


def make_embedding_function(kind: str) -> EmbeddingFunction[Documents]:
    """``"wordllama"`` (default, offline) or ``"openai"``."""
    if kind == "wordllama":
        return WordLlamaEmbeddingFunction()
    if kind == "openai":
        return OpenAIEmbeddingFunction()
    raise ContextError(f"unknown embeddings {kind!r}: use wordllama or openai")
