"""The org-context index in embedded mode: sync, search, incremental updates, reopen offline."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from typer.testing import CliRunner

from agent.cli import app
from agent.context import ContextIndex, WordLlamaEmbeddingFunction, default_index_dir
from agent.errors import ContextError

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "northwind-health" / "org"


@pytest.fixture(autouse=True)
def no_default_embedding_function(monkeypatch: pytest.MonkeyPatch) -> None:
    """Chroma's default ONNX model downloads on first use: any call to it fails the test."""
    from chromadb.api.types import DefaultEmbeddingFunction
    from chromadb.utils.embedding_functions.onnx_mini_lm_l6_v2 import ONNXMiniLM_L6_V2

    def forbidden(self: object, input: object) -> object:
        raise AssertionError("Chroma's default embedding function was used")

    monkeypatch.setattr(DefaultEmbeddingFunction, "__call__", forbidden)
    monkeypatch.setattr(ONNXMiniLM_L6_V2, "__call__", forbidden)


@pytest.fixture
def org_dir(tmp_path: Path) -> Path:
    target = tmp_path / "org"
    shutil.copytree(EXAMPLE, target)
    return target


def embedded_texts() -> int:
    return WordLlamaEmbeddingFunction.texts


def test_index_and_search_with_provenance(org_dir: Path, tmp_path: Path) -> None:
    index = ContextIndex(org_dir, index_dir=tmp_path / "index")
    before = embedded_texts()
    summary = index.sync()
    assert summary.documents == 7 and summary.added == 7
    assert summary.chunks == summary.embedded_chunks == embedded_texts() - before
    assert (summary.roles, summary.metrics) == (17, 8)  # all 17 roster rows
    assert summary.systems >= 16 and summary.absences >= 4
    assert summary.skipped == []

    hits = index.search("Which tool sends marketing email and SMS?", k=5)
    assert len(hits) == 5
    assert any(h.doc == "systems.md" and "Braze (email/SMS)" in h.text for h in hits)
    for hit in hits:
        if hit.doc.endswith(".md") or hit.doc.endswith(".txt"):
            source = (org_dir / hit.doc).read_text(encoding="utf-8")
            assert source[hit.start : hit.end] == hit.text  # the span points into the file
        assert hit.heading or hit.doc.endswith(".csv")
    assert hits == sorted(hits, key=lambda h: -h.score)
    assert index.search("   ") == []


def test_exact_role_name_wins(org_dir: Path, tmp_path: Path) -> None:
    index = ContextIndex(org_dir, index_dir=tmp_path / "index")
    index.sync()
    top = index.search("Telehealth Program Manager", k=3)
    assert all("Telehealth Program Manager" in h.text for h in top)


def test_unchanged_folder_embeds_nothing(org_dir: Path, tmp_path: Path) -> None:
    ContextIndex(org_dir, index_dir=tmp_path / "index").sync()
    before, calls = embedded_texts(), WordLlamaEmbeddingFunction.calls
    summary = ContextIndex(org_dir, index_dir=tmp_path / "index").sync()  # a new process would too
    assert summary.embedded_chunks == 0 and embedded_texts() == before
    assert WordLlamaEmbeddingFunction.calls == calls
    assert (summary.unchanged, summary.changed, summary.added, summary.removed) == (7, 0, 0, 0)
    assert summary.roles == 17 and summary.chunks > 0


@pytest.mark.parametrize(
    "reader",
    ["_lexicon.py", "_documents.py", "_outline.py", "_extract.py", "_base.py", "operations.yaml"],
)
def test_a_changed_fact_reader_invalidates_the_facts_cache(
    reader: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The roster headers come from the lexicon module, the blocks from the document reader,
    the pack vocabulary from a YAML file: after an upgrade that changes any of them, a sync
    must read the facts again rather than reuse what the older reader wrote."""
    from agent.context import _index

    _index._facts_version.cache_clear()
    before = _index._facts_version()
    read_bytes = Path.read_bytes
    monkeypatch.setattr(
        Path, "read_bytes", lambda p: read_bytes(p) + (b"\n# changed" if p.name == reader else b"")
    )
    _index._facts_version.cache_clear()
    try:
        assert _index._facts_version() != before
    finally:
        monkeypatch.undo()
        _index._facts_version.cache_clear()
    assert _index._facts_version() == before


def test_unchanged_embedded_sync_does_not_open_chroma_until_the_store_changes(
    org_dir: Path, tmp_path: Path
) -> None:
    (org_dir / "logo.png").write_bytes(b"\x89PNG\r\n")  # never indexable: must not defeat the check
    ContextIndex(org_dir, index_dir=tmp_path / "index").sync()
    index = ContextIndex(org_dir, index_dir=tmp_path / "index")
    summary = index.sync()
    assert index._client is None  # answered from the facts cache and the store's stamp
    assert (summary.unchanged, summary.roles, summary.embedded_chunks) == (7, 17, 0)
    assert summary.skipped == ["logo.png: unsupported file type .png"]

    # another client deletes a document's chunks: the store stamp changes, the next sync repairs
    index.collection.delete(where={"doc": "okrs.txt"})
    repaired = ContextIndex(org_dir, index_dir=tmp_path / "index").sync()
    assert repaired.added == 1 and repaired.embedded_chunks > 0
    assert index.collection.get(where={"doc": "okrs.txt"})["ids"]


def test_changed_file_only_is_reembedded_and_deleted_file_removed(
    org_dir: Path, tmp_path: Path
) -> None:
    index = ContextIndex(org_dir, index_dir=tmp_path / "index")
    first = index.sync()
    systems = org_dir / "systems.md"
    systems.write_text(
        systems.read_text(encoding="utf-8")
        + "\n## New tools\n\n- **Optimizely (experimentation)**: web A/B tests, licensed 2027.\n",
        encoding="utf-8",
    )
    before = embedded_texts()
    summary = index.sync()
    new_chunks = len(index.collection.get(where={"doc": "systems.md"})["ids"])
    assert (summary.changed, summary.unchanged, summary.added) == (1, 6, 0)
    assert summary.embedded_chunks == new_chunks == embedded_texts() - before
    assert summary.chunks == first.chunks + (new_chunks - 7)  # systems.md had 7 chunks before
    assert any(s.name == "Optimizely" for s in index.context.systems)
    assert any("Optimizely" in h.text for h in index.search("Optimizely A/B tests", k=3))

    (org_dir / "okrs.txt").unlink()
    before = embedded_texts()
    summary = index.sync()
    assert (summary.removed, summary.embedded_chunks, summary.documents) == (1, 0, 6)
    assert embedded_texts() == before
    assert index.collection.get(where={"doc": "okrs.txt"})["ids"] == []
    assert all(h.doc != "okrs.txt" for h in index.search("FY2027 enterprise OKRs", k=10))
    stored = {m["doc"] for m in index.collection.get(include=["metadatas"])["metadatas"]}
    assert stored == set(summary.model_dump()["skipped"]) | {
        "roster.csv",
        "systems.md",
        "metrics.md",
        "charters/data-and-analytics.md",
        "charters/digital-experience.md",
        "charters/patient-access.md",
    }


def test_file_that_turns_unreadable_is_dropped_and_reported(org_dir: Path, tmp_path: Path) -> None:
    index = ContextIndex(org_dir, index_dir=tmp_path / "index")
    index.sync()
    (org_dir / "roster.csv").write_bytes(b"\x00\x01\x02binary")
    (org_dir / "notes.yaml").write_text("team: [unclosed\n", encoding="utf-8")
    summary = index.sync()
    assert any(line.startswith("roster.csv: ") for line in summary.skipped)
    assert any(line.startswith("notes.yaml: invalid YAML") for line in summary.skipped)
    assert index.collection.get(where={"doc": "roster.csv"})["ids"] == []
    assert summary.roles == 0 and summary.embedded_chunks == 0


def test_two_orgs_share_an_index_dir_without_mixing(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    (a / "team.md").write_text("# Team\n- Growth Lead (core): owns acquisition\n", encoding="utf-8")
    (b / "team.md").write_text("# Team\n- Fleet Manager (core): owns trucks\n", encoding="utf-8")
    index_a = ContextIndex(a, index_dir=tmp_path / "index")
    index_b = ContextIndex(b, index_dir=tmp_path / "index")
    index_a.sync()
    index_b.sync()
    assert index_a.collection_name != index_b.collection_name
    assert [h.text for h in index_b.search("who owns acquisition", k=5)] == [
        "# Team\n- Fleet Manager (core): owns trucks"
    ]


def test_reopens_in_a_new_process_without_network(org_dir: Path, tmp_path: Path) -> None:
    """A fresh interpreter rebuilds the registered wordllama EF from the collection's config;
    sockets to anything but loopback raise, and Chroma's default EF is poisoned."""
    index = ContextIndex(org_dir, index_dir=tmp_path / "index")
    index.sync()
    script = textwrap.dedent(
        f"""
        import socket, json
        real_connect = socket.socket.connect
        def guarded(self, address):
            host = address[0] if isinstance(address, tuple) else address
            if isinstance(address, tuple) and host not in ("127.0.0.1", "::1", "localhost"):
                raise OSError("network disabled in this test: " + str(address))
            return real_connect(self, address)
        socket.socket.connect = guarded
        from chromadb.api.types import DefaultEmbeddingFunction
        def forbidden(self, input):
            raise AssertionError("default EF used")
        DefaultEmbeddingFunction.__call__ = forbidden

        import chromadb
        from chromadb.config import Settings
        import agent.context  # registers groundwork-wordllama
        client = chromadb.PersistentClient(path={str(tmp_path / "index")!r},
                                           settings=Settings(anonymized_telemetry=False))
        collection = client.get_collection({index.collection_name!r})  # no embedding_function given
        config = collection.configuration_json["embedding_function"]
        got = collection.query(query_texts=["consent management platform"], n_results=3)
        from agent.context import ContextIndex
        hits = ContextIndex({str(org_dir)!r}, index_dir={str(tmp_path / "index")!r}).search(
            "consent management platform", k=3)
        import logging  # wordllama's import-time basicConfig must not leak into ours
        print(json.dumps({{"ef": config["name"], "config": config["config"],
                          "raw": got["ids"][0], "hits": [h.doc for h in hits],
                          "root_handlers": len(logging.getLogger().handlers)}}))
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "HF_HUB_OFFLINE": "1"},
    )
    assert result.returncode == 0, result.stderr[-2000:]
    data = json.loads(result.stdout.strip().splitlines()[-1])
    assert data["ef"] == "groundwork-wordllama"
    assert data["config"] == {"model": "l2_supercat", "dim": 256}
    assert len(data["raw"]) == 3 and "systems.md" in data["hits"]
    assert data["root_handlers"] == 0


def test_openai_compatible_embeddings(
    org_dir: Path, tmp_path: Path, openai_server: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    from agent.context import OpenAIEmbeddingFunction

    monkeypatch.setenv("OPENAI_BASE_URL", openai_server.url)  # type: ignore[attr-defined]
    monkeypatch.setenv("OPENAI_API_KEY", "test-key")
    monkeypatch.setenv("GROUNDWORK_EMBEDDING_MODEL", "test-embedding")
    index = ContextIndex(org_dir, index_dir=tmp_path / "index", embeddings="openai")
    before = OpenAIEmbeddingFunction.texts
    summary = index.sync()
    assert summary.embedded_chunks == OpenAIEmbeddingFunction.texts - before > 0
    assert index.collection_name.endswith("-openai")
    config = index.collection.configuration_json["embedding_function"]
    assert config["name"] == "groundwork-openai"
    assert "key" not in json.dumps(config["config"]).lower()
    assert any(h.doc == "systems.md" for h in index.search("Braze email SMS", k=3))
    paths = [r.path for r in openai_server.requests]  # type: ignore[attr-defined]
    assert any(p.endswith("/embeddings") for p in paths)
    assert index.sync().embedded_chunks == 0


def test_errors_are_one_line(tmp_path: Path) -> None:
    with pytest.raises(ContextError, match="does not exist"):
        ContextIndex(tmp_path / "missing")
    (tmp_path / "empty").mkdir()
    with pytest.raises(ContextError, match="is empty"):
        ContextIndex(tmp_path / "empty", index_dir=tmp_path / "index").sync()
    (tmp_path / "org").mkdir()
    (tmp_path / "org" / "a.md").write_text("# A\ntext\n", encoding="utf-8")
    with pytest.raises(ContextError, match="unknown embeddings"):
        ContextIndex(tmp_path / "org", embeddings="bert")
    with pytest.raises(ContextError, match="cannot reach Chroma server at http://127.0.0.1:9"):
        ContextIndex(tmp_path / "org", chroma_url="http://127.0.0.1:9").sync()


def test_default_index_dir_is_next_to_the_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("GROUNDWORK_INDEX_DIR", raising=False)
    assert default_index_dir(tmp_path / "org") == tmp_path / ".groundwork" / "index"
    monkeypatch.setenv("GROUNDWORK_INDEX_DIR", str(tmp_path / "elsewhere"))
    assert default_index_dir(tmp_path / "org") == tmp_path / "elsewhere"


# --------------------------------------------------------------------- CLI


def test_cli_index_search_roles(org_dir: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    (org_dir / "broken.yaml").write_text("a: [\n", encoding="utf-8")
    index_dir = str(tmp_path / "index")
    result = runner.invoke(app, ["context", "index", str(org_dir), "--index-dir", index_dir])
    assert result.exit_code == 0, result.output
    assert "indexed 7 documents" in result.output
    assert "found 17 roles" in result.output
    assert "broken.yaml: invalid YAML" in result.output

    result = runner.invoke(
        app,
        [
            "context",
            "search",
            str(org_dir),
            "who owns consent?",
            "-k",
            "2",
            "--json",
            "--index-dir",
            index_dir,
        ],
    )
    assert result.exit_code == 0, result.output
    hits = json.loads(result.stdout)
    assert len(hits) == 2 and {"doc", "chunk", "text", "heading", "start", "end", "score"} <= set(
        hits[0]
    )

    result = runner.invoke(app, ["context", "roles", str(org_dir), "--json"])
    assert result.exit_code == 0, result.output
    roles = json.loads(result.stdout)
    assert len(roles) == 17 and roles[0]["source"] == "roster.csv"

    result = runner.invoke(app, ["context", "roles", str(org_dir)])
    assert "Privacy Officer" in result.output and "extended" in result.output


def test_cli_missing_folder_is_one_line_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from agent.cli import main

    monkeypatch.setattr(sys, "argv", ["groundwork", "context", "index", str(tmp_path / "nope")])
    with pytest.raises(SystemExit) as exit_info:
        main()
    assert exit_info.value.code == 2
    lines = [line for line in capsys.readouterr().err.splitlines() if line.strip()]
    assert len(lines) == 1 and "does not exist" in lines[0]


def test_pptx_and_pdf_context_documents_through_extractors(tmp_path: Path) -> None:
    pytest.importorskip("extractors")
    org = tmp_path / "org"
    org.mkdir()
    for name in ("strategy.pptx", "strategy.pdf"):
        shutil.copyfile(EXAMPLE.parent / name, org / name)
    index = ContextIndex(org, index_dir=tmp_path / "index")
    summary = index.sync()
    assert summary.documents == 2 and summary.skipped == []
    hits = index.search("Digital Front Door Strategy", k=4)
    assert {h.doc for h in hits} <= {"strategy.pptx", "strategy.pdf"}
    assert any(h.heading.startswith("Slide ") for h in index.search("slide", k=20))
    assert any(h.heading.startswith("Page ") for h in index.search("page", k=20))


def test_closing_the_index_releases_its_chroma_system(org_dir: Path, tmp_path: Path) -> None:
    """chromadb caches one system per store path until its last client closes: a server that
    plans many runs (one index each) must not keep them all (issue 16: ~6 MB a run)."""
    from chromadb.api.shared_system_client import SharedSystemClient

    store = tmp_path / "index"
    with ContextIndex(org_dir, index_dir=store) as index:
        index.sync()
        assert index.search("who owns the CDP?", k=1)
        assert str(store) in SharedSystemClient._identifier_to_system
    assert str(store) not in SharedSystemClient._identifier_to_system
    with ContextIndex(org_dir, index_dir=store) as again:  # reopens after a close
        assert again.sync().embedded_chunks == 0
