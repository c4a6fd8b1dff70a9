"""The saved search corpus: kept in the collection's order by sync, loaded by a new process,
and searched the same as a corpus rebuilt from the collection."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from agent.context import ContextIndex
from agent.context._corpus import Corpus

ROOT = Path(__file__).resolve().parents[1]
ORG = ROOT / "examples" / "northwind-health" / "org"
QUERIES = [
    "Who owns the CDP?",
    "consent management platform",
    "no-show rate baseline",
    '"Genesys Cloud" IVR',
    "Marketing Technology Lead",
]


def _rebuilt(index: ContextIndex) -> Corpus:
    corpus = index._corpus_from_store()
    assert corpus is not None
    return corpus


def _hits(index: ContextIndex) -> list[list[tuple[str, int, float]]]:
    return [[(h.doc, h.chunk, h.score) for h in index.search(q, k=8)] for q in QUERIES]


@pytest.fixture()
def org(tmp_path: Path) -> Path:
    target = tmp_path / "org"
    shutil.copytree(ORG, target)
    return target


def test_sync_keeps_the_collections_order_through_changes(org: Path, tmp_path: Path) -> None:
    index = ContextIndex(org, index_dir=tmp_path / "index")
    index.sync()
    saved = Corpus.load(
        index._corpus_path, collection=index.collection_name, stamp=index._store_stamp()
    )
    assert saved is not None and saved.ids == _rebuilt(index).ids

    systems = next(org.rglob("systems*"))
    systems.write_text(
        systems.read_text(encoding="utf-8") + "\n- **Optimizely**: A/B tests\n", encoding="utf-8"
    )
    (org / "extra.md").write_text("# Extra\n\nThe regional team owns the Optimizely rollout.\n")
    victim = sorted(p for p in org.rglob("*.md") if p not in (systems, org / "extra.md"))[0]
    victim.unlink()
    index = ContextIndex(org, index_dir=tmp_path / "index")
    summary = index.sync()
    assert summary.changed == 1 and summary.added == 1 and summary.removed == 1
    saved = Corpus.load(
        index._corpus_path, collection=index.collection_name, stamp=index._store_stamp()
    )
    rebuilt = _rebuilt(index)
    assert saved is not None and saved.ids == rebuilt.ids
    assert [saved.entry(i) for i in range(len(saved))] == rebuilt.entries()
    assert saved.lowered() == rebuilt.lowered()
    assert (saved.vectors == rebuilt.vectors).all()
    for query in QUERIES:
        assert saved.bm25.top(query, 40) == rebuilt.bm25.top(query, 40)
    assert all(victim.name not in doc for doc in saved.docs)


def test_a_new_process_searches_the_saved_corpus(org: Path, tmp_path: Path) -> None:
    index = ContextIndex(org, index_dir=tmp_path / "index")
    index.sync()
    expected = _hits(index)
    # the saved corpus is what a later search reads: a rebuilt one ranks the same
    fresh = ContextIndex(org, index_dir=tmp_path / "index")
    fresh._corpus = _rebuilt(fresh)
    assert _hits(fresh) == expected
    code = (
        "import sys, json\n"
        "from agent.context import ContextIndex\n"
        "from agent.context import _index\n"
        "index = ContextIndex(sys.argv[1], index_dir=sys.argv[2])\n"
        "index._corpus_from_store = None  # must not be needed\n"
        f"queries = {QUERIES!r}\n"
        "print(json.dumps([[(h.doc, h.chunk, h.score) for h in index.search(q, k=8)] for q in queries]))\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code, str(org), str(tmp_path / "index")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    import json

    got = json.loads(proc.stdout.strip().splitlines()[-1])
    assert [[tuple(h) for h in q] for q in got] == expected


def test_a_stale_corpus_is_rebuilt_from_the_store(org: Path, tmp_path: Path) -> None:
    index = ContextIndex(org, index_dir=tmp_path / "index")
    index.sync()
    expected = _hits(index)
    # another client writes to the store: the saved corpus no longer matches its stamp
    index.collection.add(ids=["stray-0"], documents=["stray text"], metadatas=[{"doc": "x.md"}])
    stale = ContextIndex(org, index_dir=tmp_path / "index")
    assert (
        Corpus.load(
            stale._corpus_path, collection=stale.collection_name, stamp=stale._store_stamp()
        )
        is None
    )
    corpus = stale._load_corpus()
    assert corpus is not None and "stray-0" in corpus.ids
    index.collection.delete(ids=["stray-0"])
    again = ContextIndex(org, index_dir=tmp_path / "index")
    assert _hits(again) == expected


def test_an_unchanged_sync_reads_the_merged_context_back(org: Path, tmp_path: Path) -> None:
    ContextIndex(org, index_dir=tmp_path / "index").sync()
    built = ContextIndex(org, index_dir=tmp_path / "index")
    built.sync()  # unchanged: merges the cached facts and keeps the result
    kept = ContextIndex(org, index_dir=tmp_path / "index")
    kept.sync()  # unchanged again: reads the merged result
    assert kept.context == built.context
    assert list((tmp_path / "index").glob("*.context.json"))
    (org / "new.md").write_text("# New\n\nThe Privacy Officer approves consent wording.\n")
    ContextIndex(org, index_dir=tmp_path / "index").sync()
    rebuilt = ContextIndex(org, index_dir=tmp_path / "index")
    rebuilt.sync()  # unchanged since: merged anew (the kept result was for other files)
    again = ContextIndex(org, index_dir=tmp_path / "index")
    again.sync()
    assert "new.md" in again.context.documents and again.context == rebuilt.context
