"""The org-context index against a real Chroma server (`chroma run`), through ``chroma_url``."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import textwrap
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from agent.context import ContextIndex, WordLlamaEmbeddingFunction

pytestmark = pytest.mark.server

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "northwind-health" / "org"
CHROMA = Path(sys.executable).parent / "chroma"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def chroma_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """``chroma run --path TMP --host 127.0.0.1 --port FREE`` until /api/v2/heartbeat answers."""
    if not CHROMA.exists():
        pytest.skip("the chroma CLI is not installed next to this interpreter")
    data = tmp_path_factory.mktemp("chroma-data")
    port = free_port()
    log = (data.parent / "chroma.log").open("wb")
    process = subprocess.Popen(
        [str(CHROMA), "run", "--path", str(data), "--host", "127.0.0.1", "--port", str(port)],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    try:
        while True:
            if process.poll() is not None:
                pytest.fail(f"chroma run exited with {process.returncode}")
            try:
                with urllib.request.urlopen(f"{url}/api/v2/heartbeat", timeout=1) as response:
                    if response.status == 200:
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                pytest.fail("chroma server did not answer /api/v2/heartbeat within 30 s")
            time.sleep(0.1)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


@pytest.fixture
def org_dir(tmp_path: Path) -> Path:
    target = tmp_path / "org"
    shutil.copytree(EXAMPLE, target)
    return target


def test_index_search_incremental_through_server(
    chroma_server: str, org_dir: Path, tmp_path: Path
) -> None:
    index = ContextIndex(org_dir, chroma_url=chroma_server, index_dir=tmp_path / "cache")
    summary = index.sync()
    assert summary.location == chroma_server
    assert summary.documents == 7 and summary.embedded_chunks == summary.chunks > 0
    assert summary.roles == 17
    hits = index.search("There is no identity resolution", k=5)
    assert any(h.doc == "systems.md" and "identity resolution" in h.text for h in hits)
    assert not (tmp_path / "cache" / "chroma.sqlite3").exists()  # vectors live on the server

    before = WordLlamaEmbeddingFunction.texts
    again = ContextIndex(org_dir, chroma_url=chroma_server, index_dir=tmp_path / "cache").sync()
    assert again.embedded_chunks == 0 and WordLlamaEmbeddingFunction.texts == before

    (org_dir / "metrics.md").write_text(
        "# Metrics\n\n- **Churn**: patients lost per quarter\n", encoding="utf-8"
    )
    (org_dir / "okrs.txt").unlink()
    changed = index.sync()
    assert (changed.changed, changed.removed, changed.embedded_chunks) == (1, 1, 1)
    docs = {m["doc"] for m in index.collection.get(include=["metadatas"])["metadatas"]}
    assert "okrs.txt" not in docs and "metrics.md" in docs
    assert [m.name for m in index.context.metrics] == ["Churn"]


def test_server_collection_reopens_from_another_client_process(
    chroma_server: str, org_dir: Path, tmp_path: Path
) -> None:
    """A second machine (here: process) with only the URL rebuilds the EF from the server's config."""
    index = ContextIndex(org_dir, chroma_url=chroma_server, index_dir=tmp_path / "cache")
    index.sync()
    host, port = chroma_server.removeprefix("http://").split(":")
    script = textwrap.dedent(
        f"""
        import json, chromadb
        from chromadb.config import Settings
        import agent.context
        client = chromadb.HttpClient(host={host!r}, port={int(port)},
                                     settings=Settings(anonymized_telemetry=False))
        collection = client.get_collection({index.collection_name!r})
        got = collection.query(query_texts=["Genesys Cloud telephony"], n_results=5)
        print(json.dumps({{"ef": collection.configuration_json["embedding_function"]["name"],
                          "ids": got["ids"][0]}}))
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert result.returncode == 0, result.stderr[-2000:]
    data = json.loads(result.stdout.strip().splitlines()[-1])
    assert data["ef"] == "groundwork-wordllama"
    vector = WordLlamaEmbeddingFunction()(["Genesys Cloud telephony"])
    expected = index.collection.query(query_embeddings=vector, n_results=5)["ids"][0]
    assert data["ids"] == expected  # same function, same vectors, same ranking
