"""Imported once by the fork server that starts run processes: everything a plan loads.

A run's process is forked from it with these modules imported and the embedding model in
memory, so a run starts in milliseconds instead of paying seconds of imports each time. Only
work that starts no thread belongs here (a fork copies no thread; Chroma's client starts
its runtime, so it is created in the run, never here).
"""

from __future__ import annotations

import contextlib

import agent.context
import agent.graph
import agent.render
import agent.runner
import extractors.docx
import extractors.pdf
import extractors.pptx

with contextlib.suppress(Exception):  # a missing extra only costs the run its own import
    import chromadb  # noqa: F401
    import openpyxl  # noqa: F401

    from agent.context import WordLlamaEmbeddingFunction

    WordLlamaEmbeddingFunction()(["warm"])  # loads the offline model once

__all__ = ["agent", "extractors"]
