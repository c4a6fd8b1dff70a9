"""No secret on disk: the API key reaches the endpoint and nothing a run writes.

The key travels only in the run context (agent/runtime.py), which LangGraph does not
checkpoint. These tests plan (pause, resume) with a distinctive key through the library and
through the web service, then read every file the run wrote as bytes, the checkpoint
database's WAL and shared-memory files included, looking for it.
"""

from __future__ import annotations

import time
import uuid
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from pptx import Presentation

from agent import PlanConfig, plan, resume
from agent.web import WebSettings, create_app
from tests.openai_server import OpenAIServer
from tests.test_plan_llm import ORG


def _small_deck(path: Path) -> Path:
    """One measurable goal and one slogan the strategist is asked about (the run pauses)."""
    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[1])
    slide.shapes.title.text = "Our goals"
    body = slide.placeholders[1].text_frame
    body.text = "Increase online booking conversion from 12% to 18% by December 2027"
    body.add_paragraph().text = (
        "Deliver a seamless, personalized experience across every touchpoint"
    )
    prs.save(str(path))
    return path


def _key() -> str:
    return f"sk-TEST-{uuid.uuid4()}"


def _files_holding(secret: str, *roots: Path) -> list[str]:
    """Every file under ``roots`` whose bytes contain ``secret`` (plain or UTF-16)."""
    needles = (secret.encode(), secret.encode("utf-16-le"))
    found = []
    for root in roots:
        for path in root.rglob("*"):
            if path.is_file() and any(n in path.read_bytes() for n in needles):
                found.append(str(path))
    return found


def _sent_key(server: OpenAIServer, secret: str) -> bool:
    return any(r.headers.get("authorization") == f"Bearer {secret}" for r in server.chat_requests())


def test_plan_pause_resume_writes_no_key(
    openai_server: OpenAIServer,
    llm_config: PlanConfig,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    secret = _key()
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    llm_config.api_key = secret
    llm_config.interactive = True
    out = tmp_path / "out"
    cache = Path(str(llm_config.cache_dir))
    paused = plan(_small_deck(tmp_path / "d.pptx"), context=ORG, out=out, config=llm_config)
    assert paused.status == "paused" and _sent_key(openai_server, secret)
    run_dir = out / ".groundwork" / "run"
    assert (run_dir / "checkpoints.sqlite").is_file()
    assert _files_holding(secret, out, cache) == []

    # A resumed run rebuilds its context from run.json plus the environment.
    openai_server.reset()
    monkeypatch.setenv("OPENAI_API_KEY", secret)
    done = resume(out, answers={paused.questions[0]["id"]: "Raise NPS from 30 to 45 by 2027"})
    assert done.status == "done" and done.plan is not None
    assert _sent_key(openai_server, secret), "the resumed run used the key from the environment"
    assert _files_holding(secret, out, cache, tmp_path) == []


def _wait(client: TestClient, run_id: str, *statuses: str) -> dict[str, Any]:
    deadline = time.monotonic() + 90
    while True:
        run = client.get(f"/api/runs/{run_id}").json()
        if run["status"] in statuses:
            return run
        assert run["status"] != "failed", run.get("error")
        assert time.monotonic() < deadline, f"run stuck in {run['status']}"
        time.sleep(0.05)


def test_web_run_writes_no_key(openai_server: OpenAIServer, tmp_path: Path) -> None:
    secret = _key()
    base = PlanConfig(
        engine="llm",
        model="test-model",
        base_url=openai_server.url,
        api_key=secret,
        llm_backoff_base=0.001,
    )
    runs = tmp_path / "runs"
    settings = WebSettings(
        runs_dir=runs,
        orgs={"northwind": ORG},
        workers=1,
        base_config=base,
        allowed_hosts=["testserver"],  # TestClient's Host
    )
    deck = _small_deck(tmp_path / "d.pptx").read_bytes()
    with TestClient(create_app(settings)) as client:
        created = client.post(
            "/api/runs",
            files={"deck": ("d.pptx", deck)},
            data={"org": "northwind", "engine": "llm", "interactive": "true"},
        )
        assert created.status_code == 201, created.text
        run_id = created.json()["id"]
        paused = _wait(client, run_id, "paused")
        answer = {paused["questions"][0]["id"]: "Raise NPS from 30 to 45 by 2027"}
        assert client.post(f"/api/runs/{run_id}/answers", json={"answers": answer}).is_success
        _wait(client, run_id, "done")
        assert client.get(f"/api/runs/{run_id}/plan.json").status_code == 200
    assert _sent_key(openai_server, secret)
    assert _files_holding(secret, runs) == []
