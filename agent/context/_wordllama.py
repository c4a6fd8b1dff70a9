"""The offline wordllama model, loaded once per process, without importing Chroma.

The Chroma embedding function (agent/context/_embedding.py) and a search's query
embedding both use it: a search in a new process then needs no chromadb import.

A search embeds one query, so ``embed_query`` skips loading the model: it reads the same
tokenizer and weights files wordllama ships (``tokenizers``, ``safetensors``), converts
only the query's rows to float32 and pools them as ``WordLlamaInference.embed`` does,
which gives the same vector bit for bit (tests/test_context_search_store.py) without
importing wordllama (and ``requests``) or converting the whole table.
"""

from __future__ import annotations

import contextlib
import importlib.util
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
_query_models: dict[tuple[str, int], tuple[Any, np.ndarray] | None] = {}
# the tokenizer file of each model this module can read without wordllama (its ModelURI)
_TOKENIZERS = {"l2_supercat": "l2_supercat_tokenizer_config.json"}


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


def preload(config: str, dim: int) -> None:
    """The model and the unpadded copy of its tokenizer that ``embed`` uses (making the copy
    costs about 0.2 CPU-s), for a parent whose forked children embed. Nothing is encoded:
    the tokenizer's first batch starts a thread pool a forked child must not inherit."""
    loaded = wordllama_model(config, dim)
    _unpadded_tokenizer(config, dim, loaded.tokenizer)


def embed(texts: list[str], model: str = DEFAULT_MODEL, dim: int = DEFAULT_DIM) -> list[np.ndarray]:
    """Unit-length float32 vectors, as the embedding function makes them.

    ``WordLlamaInference.embed(texts, norm=True)`` computed without its padding: the model
    tokenizes 64 texts at a time padded to the longest and pools the padded rows (times a
    zero mask), which is most of its time on chunks of uneven length. Here each text's own
    rows are summed in the same order (a zero row adds nothing), divided by the same count
    and normalized the same way, so every vector is the model's bit for bit
    (tests/test_perf_equivalence.py)."""
    if not texts:
        return []
    loaded = wordllama_model(model, dim)
    tokenizer = _unpadded_tokenizer(model, dim, loaded.tokenizer)
    table = loaded.embedding  # float32, C-contiguous (WordLlamaInference's own copy)
    last = table.shape[0] - 1
    encoded = tokenizer.encode_batch(list(texts), is_pretokenized=False, add_special_tokens=False)
    pooled = np.empty((len(texts), table.shape[1]), dtype=np.float32)
    for row, enc in enumerate(encoded):
        ids = np.asarray(enc.ids, dtype=np.int32)
        np.clip(ids, 0, last, out=ids)
        total = np.sum(table[ids], axis=0, dtype=np.float32)
        pooled[row] = total / np.float32(max(len(ids), 1))
    pooled /= np.linalg.norm(pooled, axis=1, keepdims=True)
    return list(pooled)


_unpadded: dict[tuple[str, int], Any] = {}


def _unpadded_tokenizer(config: str, dim: int, padded: Any) -> Any:
    """A copy of the model's tokenizer that does not pad (the same ids, none added)."""
    key = (config, dim)
    with _model_lock:
        if key not in _unpadded:
            from tokenizers import Tokenizer

            tokenizer = Tokenizer.from_str(padded.to_str())
            tokenizer.no_padding()
            tokenizer.no_truncation()
            _unpadded[key] = tokenizer
        return _unpadded[key]


def _package_dir() -> Path | None:
    """Where wordllama is installed, found without importing it."""
    spec = importlib.util.find_spec("wordllama")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def _query_model(config: str, dim: int) -> tuple[Any, np.ndarray] | None:
    """The tokenizer and the (float16) token table of a shipped model; None when not shipped."""
    key = (config, dim)
    with _model_lock:
        if key not in _query_models:
            _query_models[key] = None
            package_dir = _package_dir()
            tokenizer_name = _TOKENIZERS.get(config)
            if package_dir is not None and tokenizer_name is not None:
                weights = package_dir / "weights" / f"{config}_{dim}.safetensors"
                tokenizer_file = package_dir / "tokenizers" / tokenizer_name
                if weights.is_file() and tokenizer_file.is_file():
                    from safetensors import safe_open
                    from tokenizers import Tokenizer

                    tokenizer = Tokenizer.from_file(str(tokenizer_file))
                    tokenizer.enable_padding()  # WordLlamaInference's settings
                    tokenizer.no_truncation()
                    with safe_open(str(weights), framework="np", device="cpu") as fh:
                        table = fh.get_tensor("embedding.weight")
                    _query_models[key] = (tokenizer, table)
        return _query_models[key]


def embed_query(text: str, model: str = DEFAULT_MODEL, dim: int = DEFAULT_DIM) -> np.ndarray:
    """``embed([text])[0]``, computed from the shipped files unless the model is loaded."""
    if (model, dim) not in _models:
        vector = _embed_one(text, model, dim)
        if vector is not None:
            return vector
    return embed([text], model, dim)[0]


def _embed_one(text: str, model: str, dim: int) -> np.ndarray | None:
    """One text's vector from the tokenizer and token table alone; None when not shipped."""
    try:
        light = _query_model(model, dim)
    except Exception:  # an unreadable file: the model's own loader says what is wrong
        return None
    if light is None:
        return None
    tokenizer, table = light
    # WordLlamaInference.embed for a batch of one text, step by step (same dtypes, same order)
    encoded = tokenizer.encode_batch([text], is_pretokenized=False, add_special_tokens=False)
    input_ids = np.array([enc.ids for enc in encoded], dtype=np.int32)
    mask = np.array([enc.attention_mask for enc in encoded], dtype=np.float32)
    np.clip(input_ids, 0, table.shape[0] - 1, out=input_ids)
    x = table[input_ids].astype(np.float32)  # float16 -> float32 is exact, row by row
    mask_sum = np.maximum(mask.sum(axis=1, keepdims=True), 1.0).astype(np.float32)
    pooled = np.sum(x * mask[..., np.newaxis], axis=1, dtype=np.float32) / mask_sum
    pooled /= np.linalg.norm(pooled, axis=1, keepdims=True)
    return np.asarray(pooled[0], dtype=np.float32)
