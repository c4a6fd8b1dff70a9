"""What a `context search` in a new process reads instead of re-deriving it: the file listing
(instead of every file's facts), the merged context, the saved corpus and a query vector
computed without loading the wordllama model. Each must answer as the in-memory path does,
and a damaged or stale file must mean a rebuild, never a traceback or other results."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from agent.context import ContextIndex, IndexSummary
from agent.context import _wordllama as wl
from agent.context._loader import scan_folder

ROOT = Path(__file__).resolve().parents[1]
ORG = ROOT / "examples" / "northwind-health" / "org"
QUERIES = [
    "Who owns the CDP?",
    "consent management platform",
    "no-show rate baseline",
    '"Genesys Cloud" IVR',
    "Marketing Technology Lead",
    "Director of Patient Access",
    "which tool sends email and SMS",
]
SUMMARY_FIELDS = (
    "documents",
    "chunks",
    "roles",
    "systems",
    "absences",
    "metrics",
    "unchanged",
    "embedded_chunks",
    "tier_defaulted",
    "skipped",
    "warnings",
)


def _hits(index: ContextIndex) -> list[list[tuple[str, int, float, str]]]:
    return [[(h.doc, h.chunk, h.score, h.text) for h in index.search(q, k=8)] for q in QUERIES]


def _summary(summary: IndexSummary) -> dict[str, object]:
    return {name: getattr(summary, name) for name in SUMMARY_FIELDS}


@pytest.fixture()
def org(tmp_path: Path) -> Path:
    target = tmp_path / "org"
    shutil.copytree(ORG, target)
    return target


@pytest.fixture()
def synced(org: Path, tmp_path: Path) -> tuple[ContextIndex, dict[str, object], list]:  # type: ignore[type-arg]
    """A first sync (in memory: built corpus) and what it answers, then a second, unchanged
    sync that merges the cached facts and saves the result, as main did (its context, from
    the facts cache, is the reference: the cache keeps no sentences, so no texts/remits)."""
    index = ContextIndex(org, index_dir=tmp_path / "index")
    summary = index.sync()
    expected = _hits(index)
    merged = ContextIndex(org, index_dir=tmp_path / "index")
    merged.sync()
    return merged, _summary(summary), expected


def _fresh(org: Path, tmp_path: Path) -> ContextIndex:
    return ContextIndex(org, index_dir=tmp_path / "index")


# ---------------------------------------------------------------------- query vector


def test_query_vector_is_the_models_bit_for_bit() -> None:
    texts = [
        *QUERIES,
        "x",
        "Ünïcödé ☃ 中文 and emoji 🙂",
        "Who owns the CDP?\n\tAnd consent?",
        "word " * 400,
        "'quoted' \"phrase\" (parens) 12% $4.5M",
    ]
    light = [wl._embed_one(t, wl.DEFAULT_MODEL, wl.DEFAULT_DIM) for t in texts]
    model = wl.embed(texts)  # a batch, as the model embeds chunks
    one_by_one = [wl.embed([t])[0] for t in texts]
    for text, a, b, c in zip(texts, light, model, one_by_one, strict=True):
        assert a is not None
        assert a.dtype == np.float32 and a.shape == (wl.DEFAULT_DIM,)
        assert np.array_equal(a, c), text  # what a search embedded before
        assert np.allclose(a, b, atol=1e-6), text


def test_query_vector_falls_back_to_the_model_when_files_are_missing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(wl, "_query_models", {})
    monkeypatch.setattr(wl, "_package_dir", lambda: None)
    assert wl._embed_one("consent", wl.DEFAULT_MODEL, wl.DEFAULT_DIM) is None
    monkeypatch.setattr(wl, "_models", {})
    calls = []
    real = wl.embed
    monkeypatch.setattr(wl, "embed", lambda texts, *a: calls.append(texts) or real(texts, *a))
    assert np.array_equal(wl.embed_query("consent"), real(["consent"])[0])
    assert calls == [["consent"]]


# ---------------------------------------------------------------------- listing + context


def test_a_new_process_path_answers_as_the_in_memory_one(
    synced: tuple[ContextIndex, dict[str, object], list],  # type: ignore[type-arg]
    org: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first, summary, expected = synced
    assert list((tmp_path / "index").glob("*.files.json"))

    def no_facts(self: ContextIndex) -> None:
        raise AssertionError("an unchanged sync must not read every file's facts")

    with monkeypatch.context() as patch:
        patch.setattr(ContextIndex, "_load_facts", no_facts)
        patch.setattr(ContextIndex, "_corpus_from_store", no_facts)
        fresh = _fresh(org, tmp_path)
        again = fresh.sync()
        assert _summary(again) == {
            **summary,
            "unchanged": summary["documents"],
            "embedded_chunks": 0,
        }
        assert fresh.context == first.context
        assert _hits(fresh) == expected

    # and the query vector as the model computes it gives the same hits
    model = _fresh(org, tmp_path)
    model.sync()
    monkeypatch.setattr(wl, "embed_query", lambda text: wl.embed([text])[0])
    assert _hits(model) == expected


def test_an_index_from_before_the_listing_gets_one(
    synced: tuple[ContextIndex, dict[str, object], list],  # type: ignore[type-arg]
    org: Path,
    tmp_path: Path,
) -> None:
    _, summary, expected = synced
    for path in (tmp_path / "index").glob("*.files.json"):
        path.unlink()
    old = _fresh(org, tmp_path)
    assert old.sync().chunks == summary["chunks"]
    assert _hits(old) == expected
    assert list((tmp_path / "index").glob("*.files.json"))


@pytest.mark.parametrize(
    "damage",
    [
        "garbage",
        '{"version": 2, "collection": "other", "store_stamp": null, "files": {}}',
        '{"version": 2, "files": [1, 2]}',
        "",
    ],
)
@pytest.mark.parametrize("which", ["files.json", "context.json"])
def test_a_damaged_listing_or_context_is_rebuilt(
    synced: tuple[ContextIndex, dict[str, object], list],  # type: ignore[type-arg]
    org: Path,
    tmp_path: Path,
    which: str,
    damage: str,
) -> None:
    first, summary, expected = synced
    (path,) = (tmp_path / "index").glob(f"*.{which}")
    path.write_text(damage, encoding="utf-8")
    fresh = _fresh(org, tmp_path)
    again = fresh.sync()
    assert _summary(again) == {**summary, "unchanged": summary["documents"], "embedded_chunks": 0}
    assert fresh.context == first.context
    assert _hits(fresh) == expected


def test_a_listing_from_an_older_sync_is_not_trusted(
    synced: tuple[ContextIndex, dict[str, object], list],  # type: ignore[type-arg]
    org: Path,
    tmp_path: Path,
) -> None:
    (listing,) = (tmp_path / "index").glob("*.files.json")
    old = listing.read_text(encoding="utf-8")
    note = org / "new.md"
    note.write_text("# New\n\nThe Privacy Officer approves the Optimizely rollout.\n")
    changed = _fresh(org, tmp_path).sync()
    assert changed.added == 1
    listing.write_text(old, encoding="utf-8")  # as if writing the new listing had failed
    fresh = _fresh(org, tmp_path)
    again = fresh.sync()
    assert again.embedded_chunks == 0 and again.documents == changed.documents
    assert "new.md" in fresh.context.documents
    assert any(h.doc == "new.md" for h in fresh.search("Optimizely rollout", k=3))


# ---------------------------------------------------------------------- saved corpus


@pytest.mark.parametrize(
    "name",
    ["chunks.jsonl", "offsets.npy", "lowered.txt", "bm25.npz", "bm25.vocab.json", "vectors.npy"],
)
def test_a_damaged_corpus_file_is_rebuilt_not_a_traceback(
    synced: tuple[ContextIndex, dict[str, object], list],  # type: ignore[type-arg]
    org: Path,
    tmp_path: Path,
    name: str,
) -> None:
    _, _, expected = synced
    (corpus,) = (tmp_path / "index").glob("*.corpus")
    (corpus / name).write_bytes(b"garbage")
    fresh = _fresh(org, tmp_path)
    fresh.sync()
    assert _hits(fresh) == expected
    again = _fresh(org, tmp_path)  # the rebuilt corpus was saved
    assert _hits(again) == expected


def test_chunk_texts_out_of_order_are_not_served(
    synced: tuple[ContextIndex, dict[str, object], list],  # type: ignore[type-arg]
    org: Path,
    tmp_path: Path,
) -> None:
    _, _, expected = synced
    (corpus,) = (tmp_path / "index").glob("*.corpus")
    lines = (corpus / "chunks.jsonl").read_bytes().splitlines(keepends=True)
    (corpus / "chunks.jsonl").write_bytes(b"".join(reversed(lines)))  # offsets now point amiss
    fresh = _fresh(org, tmp_path)
    fresh.sync()
    assert _hits(fresh) == expected


def test_the_search_command_on_a_damaged_corpus_prints_hits(
    synced: tuple[ContextIndex, dict[str, object], list],  # type: ignore[type-arg]
    org: Path,
    tmp_path: Path,
) -> None:
    _, _, expected = synced
    (corpus,) = (tmp_path / "index").glob("*.corpus")
    (corpus / "chunks.jsonl").write_bytes(b"garbage")
    (corpus / "offsets.npy").write_bytes(b"garbage")
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "agent.cli",
            "context",
            "search",
            str(org),
            QUERIES[0],
            "--index-dir",
            str(tmp_path / "index"),
            "--json",
            "-k",
            "8",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    got = json.loads(proc.stdout)
    assert [(h["doc"], h["chunk"], h["score"], h["text"]) for h in got] == expected[0]


# ---------------------------------------------------------------------- folder scan


def test_the_scan_skips_the_index_inside_the_folder_and_links_to_it(tmp_path: Path) -> None:
    org = tmp_path / "org"
    shutil.copytree(ORG, org)
    index_dir = org / "index"
    ContextIndex(org, index_dir=index_dir).sync()
    (org / "notes.md").write_text("# Notes\n\nPlain text.\n")
    (org / "to-index").symlink_to(index_dir, target_is_directory=True)
    files = scan_folder(org, exclude=index_dir.resolve())
    rels = [f.rel for f in files]
    assert rels == sorted(rels)
    assert not [r for r in rels if r.startswith(("index/", "to-index/"))]
    assert "notes.md" in rels
    plain = scan_folder(org)  # without the exclusion, the index is a folder like another
    assert any(f.rel.startswith("index/") for f in plain)
    for source in files:
        if source.error is None:
            st = source.path.stat()
            assert (source.size, source.mtime_ns) == (st.st_size, st.st_mtime_ns)
