"""Run by tests/test_perf_equivalence.py in a fresh process: the same syncs with the store
written here and from a forked child, then everything each left behind, compared."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path
from typing import Any

import numpy as np

import agent.context._index as index_module
from agent.context import ContextIndex
from agent.context._corpus import Corpus
from agent.context._writes import ChildWrites, LocalWrites

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "northwind-health" / "org"
ORIGINAL_WRITES = index_module.ContextIndex._writes
QUERIES = ["Who owns the CDP?", "consent management", "no-show rate", "Braze SMS", "Optimizely"]


def edit(org: Path, step: int) -> None:
    if step == 1:  # one file changed, one removed, one added, one unreadable
        systems = org / "systems.md"
        systems.write_text(
            systems.read_text(encoding="utf-8") + "\n## New\n\n- **Optimizely**: web A/B tests\n",
            encoding="utf-8",
        )
        (org / "okrs.txt").unlink()
        (org / "extra.md").write_text("# Extra\n\nThere is no consent platform yet.\n")
        (org / "roster.csv").write_bytes(b"\x00\x01\x02binary")
    if step == 2:  # the unreadable file readable again
        shutil.copyfile(EXAMPLE / "roster.csv", org / "roster.csv")


def run(kind: str, work: Path) -> dict[str, Any]:
    org = work / f"org-{kind}"
    shutil.copytree(EXAMPLE, org)
    used: list[str] = []
    real = ORIGINAL_WRITES

    def writes(self: ContextIndex, files: Any, cached: Any) -> Any:
        chosen = real(self, files, cached)
        used.append(type(chosen).__name__)
        return chosen

    index_module.ContextIndex._writes = writes  # type: ignore[method-assign]
    index_module.WRITER_MIN_FILES = 0 if kind == "child" else 10**9
    out: dict[str, Any] = {"summaries": [], "hits": []}
    index_dir = work / f"index-{kind}"
    for step in range(3):
        edit(org, step)
        index = ContextIndex(org, index_dir=index_dir, collection="equivalence")
        summary = index.sync().model_dump()
        summary.pop("seconds")
        summary["org_dir"] = summary["location"] = ""
        out["summaries"].append(summary)
        out["hits"].append([[h.model_dump() for h in index.search(q, k=6)] for q in QUERIES])
        out["context"] = index.context.model_dump_json().replace(str(org), "ORG")
    out["used"] = used
    corpus = Corpus.load(
        index_dir / "equivalence.corpus", collection="equivalence", stamp=index._store_stamp()
    )
    assert corpus is not None, kind
    out["corpus"] = {
        "ids": corpus.ids,
        "entries": corpus.entries(),
        "vectors": np.asarray(corpus.vectors).tobytes().hex(),
        "terms": [corpus.bm25.vocab, corpus.bm25.doc_terms.tolist(), corpus.bm25.doc_tf.tolist()],
    }
    facts = json.loads((index_dir / "equivalence.facts.json").read_text())
    out["facts"] = {
        rel: (e["sha256"], e["chunks"], e["facts"]) for rel, e in facts["documents"].items()
    }
    got = index.collection.get(include=["documents", "metadatas", "embeddings"])
    order = sorted(range(len(got["ids"])), key=lambda i: got["ids"][i])
    out["store"] = [
        [
            got["ids"][i],
            got["documents"][i],
            got["metadatas"][i],
            np.asarray(got["embeddings"][i]).tobytes().hex(),
        ]
        for i in order
    ]
    index.close()
    return out


def main() -> None:
    work = Path(sys.argv[1])
    child = run("child", work)
    local = run("local", work)
    used = child.pop("used")
    assert used == [ChildWrites.__name__] * 3, used
    assert local.pop("used") == [LocalWrites.__name__] * 3
    for key in child:
        assert child[key] == local[key], key
    print("same")


if __name__ == "__main__":
    main()
