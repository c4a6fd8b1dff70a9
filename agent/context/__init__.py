"""Org-context retrieval: what the organization actually has, and where it says so.

- ``load_context(org_dir)`` reads a folder of documents and extracts roles, systems,
  stated absences and metrics (an ``OrgContext``); no index needed.
- ``ContextIndex(org_dir, ...)`` chunks every document into a Chroma collection with
  offline wordllama embeddings (or an OpenAI-compatible endpoint), syncs incrementally,
  and answers ``search(query, k)`` with hybrid vector + BM25 retrieval.
"""

import sys
from typing import Any

from agent.context._chunking import Chunk, chunk_document
from agent.context._documents import Document, read_document
from agent.context._index import ContextIndex, IndexSummary, default_index_dir
from agent.context._lexicon import categorize
from agent.context._loader import load_context

__all__ = [
    "Chunk",
    "ContextIndex",
    "Document",
    "IndexSummary",
    "OpenAIEmbeddingFunction",
    "WordLlamaEmbeddingFunction",
    "categorize",
    "chunk_document",
    "default_index_dir",
    "find_absences",
    "load_context",
    "make_embedding_function",
    "parse_role_line",
    "read_document",
]

_LAZY = {"OpenAIEmbeddingFunction", "WordLlamaEmbeddingFunction", "make_embedding_function"}
# The fact extractors compile a few hundred patterns: a search of an unchanged folder
# answers from the facts cache and never needs them.
_EXTRACT = {"find_absences", "parse_role_line"}

if "chromadb" in sys.modules:
    # A caller working with Chroma directly gets our embedding functions registered, so it
    # can reopen a collection built with them; the import costs nothing more by now.
    from agent.context import _embedding  # noqa: F401


def __getattr__(name: str) -> Any:
    # The embedding functions subclass Chroma's: imported on first use, so a search that
    # reads its saved corpus never imports chromadb.
    if name in _LAZY:
        from agent.context import _embedding

        return getattr(_embedding, name)
    if name in _EXTRACT:
        from agent.context import _extract

        return getattr(_extract, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
