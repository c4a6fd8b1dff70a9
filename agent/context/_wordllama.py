"""The offline wordllama model, loaded once per process, without importing Chroma.

The Chroma embedding function (agent/context/_embedding.py) and a search's query
embedding both use it: a search in a new process then needs no chromadb import.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np

from agent.errors import ContextError

DEFAULT_MODEL = "l2_supercat"
DEFAULT_DIM = 256

_model_lock = threading.Lock()
_models: dict[tuple[str, int], Any] = {}


@contextlib.contextmanager
def _root_logging_untouched() -> Iterator[None]:
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    try:
        yield
    finally:
        for handler in root.handlers[:]:
            if handler not in handlers:
                root.removeHandler(handler)
        root.setLevel(level)


def wordllama_model(config: str, dim: int) -> Any:
    """Load a wordllama model once per process, from the weights inside the installed package."""
    key = (config, dim)
    with _model_lock:
        if key not in _models:
            with _root_logging_untouched():  # wordllama calls logging.basicConfig(INFO) on import
                import wordllama
                from wordllama import WordLlama

            package_dir = Path(wordllama.__file__).parent
            try:
                _models[key] = WordLlama.load(
                    config=config, dim=dim, cache_dir=package_dir, disable_download=True
                )
            except Exception as exc:  # missing weights: say so instead of trying the network
                raise ContextError(
                    f"wordllama model {config!r} ({dim}d) is not available offline in {package_dir}: {exc}"
                ) from exc
        return _models[key]


def embed(texts: list[str], model: str = DEFAULT_MODEL, dim: int = DEFAULT_DIM) -> list[np.ndarray]:
    """Unit-length float32 vectors, as the embedding function makes them."""
    if not texts:
        return []
    vectors = wordllama_model(model, dim).embed(list(texts), norm=True)
    return [np.asarray(v, dtype=np.float32) for v in vectors]
