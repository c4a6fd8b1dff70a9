"""Retrieval quality on the example org: recall@5 over labelled queries (tests/data/context_queries.yaml)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from agent.context import ContextIndex
from schemas.context import ContextHit

ROOT = Path(__file__).resolve().parents[1]
QUERIES = ROOT / "tests" / "data" / "context_queries.yaml"


def flat(text: str) -> str:
    """Lower case, whitespace collapsed: labels ignore line wrapping in the source."""
    return " ".join(text.lower().split())


def answered(hits: list[ContextHit], expect: list[dict[str, str]]) -> bool:
    for hit in hits:
        for want in expect:
            if hit.doc != want["doc"]:
                continue
            needle = want.get("contains")
            if needle is None or flat(needle) in flat(hit.text):
                return True
    return False


def recall_at_k(index: ContextIndex, spec: dict[str, Any]) -> tuple[float, list[str]]:
    k = int(spec.get("k", 5))
    misses = []
    for item in spec["queries"]:
        if not answered(index.search(item["query"], k=k), item["expect"]):
            misses.append(item["id"])
    return 1 - len(misses) / len(spec["queries"]), misses


@pytest.fixture(scope="module")
def example_index(tmp_path_factory: pytest.TempPathFactory) -> tuple[ContextIndex, dict[str, Any]]:
    spec = yaml.safe_load(QUERIES.read_text(encoding="utf-8"))
    index = ContextIndex(ROOT / spec["org"], index_dir=tmp_path_factory.mktemp("index"))
    index.sync()
    return index, spec


def test_labels_are_real_text(example_index: tuple[ContextIndex, dict[str, Any]]) -> None:
    """Every expected substring exists in its document: a typo in a label must not pass as a miss."""
    _, spec = example_index
    assert len(spec["queries"]) >= 20
    for item in spec["queries"]:
        for want in item["expect"]:
            text = flat((ROOT / spec["org"] / want["doc"]).read_text(encoding="utf-8"))
            if "contains" in want:
                assert flat(want["contains"]) in text, (item["id"], want)


def test_recall_at_5(example_index: tuple[ContextIndex, dict[str, Any]]) -> None:
    index, spec = example_index
    recall, misses = recall_at_k(index, spec)
    print(
        f"\ncontext retrieval recall@{spec.get('k', 5)} = {recall:.3f} over {len(spec['queries'])} queries; misses: {misses}"
    )
    assert recall >= spec["min_recall"], misses


def test_hybrid_against_each_half(
    example_index: tuple[ContextIndex, dict[str, Any]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Report vector-only and BM25-only recall next to the fused ranking; fusion must not fall
    below the vector ranking (the reason it exists: exact role/system names) nor the bar."""
    import agent.context._index as index_module

    index, spec = example_index
    hybrid, _ = recall_at_k(index, spec)
    real_rrf = index_module.rrf
    results = {}
    for name, keep in (("vector", 0), ("bm25", 1)):
        monkeypatch.setattr(
            index_module, "rrf", lambda rankings, keep=keep: real_rrf([list(rankings)[keep]])
        )
        monkeypatch.setattr(index_module, "phrases_in_query", lambda query, names: [])
        results[name], _ = recall_at_k(index, spec)
    print(
        f"\nrecall@5: hybrid {hybrid:.3f}, vector only {results['vector']:.3f}, bm25 only {results['bm25']:.3f}"
    )
    assert hybrid >= results["vector"]
    assert hybrid >= spec["min_recall"]
