"""Honest resume and safe re-plans (issue 16, issue 13's first bug).

- "Skip: keep the flags" (empty answers) finishes the run on every path: library, CLI, web.
- resume counts a run as done only when its outputs exist; otherwise it re-runs.
- a failed re-plan into a folder keeps the previous run resumable.
- staging folders left by a killed render are cleaned on the next run.
"""

from __future__ import annotations

import json
import os
import pty
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from agent import PlanConfig, plan, resume
from agent.errors import CorruptFileError

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "northwind-health"
DECK = EXAMPLE / "strategy.pptx"
ORG = EXAMPLE / "org"


def _paused(out: Path) -> None:
    result = plan(DECK, context=ORG, out=out, config=PlanConfig(engine="rules", interactive=True))
    assert result.status == "paused" and result.questions


@pytest.mark.parametrize("answers", [{}, None])
def test_library_resume_with_no_answers_keeps_the_flags(
    tmp_path: Path, answers: dict[str, str] | None
) -> None:
    _paused(tmp_path)
    done = resume(tmp_path, answers=answers)
    assert done.status == "done" and done.plan is not None
    assert any(v.vagueness.vague for v in done.plan.visions), "the flags stay in the plan"
    assert (tmp_path / "plan.json").is_file()


@pytest.mark.long  # the terminal's questions are also test_cli_tty's
def test_cli_skipping_every_question_finishes(tmp_path: Path) -> None:
    master, slave = pty.openpty()
    env = {**os.environ, "COLUMNS": "200", "TERM": "dumb", "NO_COLOR": "1"}
    env.pop("OPENAI_BASE_URL", None)
    env.pop("OPENAI_API_KEY", None)
    proc = subprocess.Popen(
        [sys.executable, "-m", "agent.cli", "plan", str(DECK), "--context", str(ORG)]
        + ["--out", str(tmp_path / "out")],
        stdin=slave,
        stdout=slave,
        stderr=slave,
        cwd=ROOT,
        env=env,
        close_fds=True,
    )
    os.close(slave)
    seen: list[str] = []
    prompts = 0
    try:
        deadline = time.monotonic() + 150
        while proc.poll() is None and time.monotonic() < deadline:
            ready, _, _ = select.select([master], [], [], 0.2)
            if not ready:
                continue
            try:
                chunk = os.read(master, 65536).decode("utf-8", "replace")
            except OSError:
                break
            seen.append(chunk)
            prompts += chunk.count("? ")
            if "? " in chunk:
                os.write(master, b"\n")  # Enter: skip, keep the flag
            assert prompts < 200, "the same questions keep coming back"
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
        os.close(master)
    text = "".join(seen)
    assert proc.returncode == 0, text[-2000:]
    assert (tmp_path / "out" / "plan.json").is_file()


def test_web_answers_with_nothing_finish_the_run(tmp_path: Path) -> None:
    from agent.web import WebSettings, create_app

    settings = WebSettings(
        runs_dir=tmp_path / "runs",
        orgs={"northwind": ORG},
        token=None,
        workers=1,
        base_config=PlanConfig(engine="rules"),
        allowed_hosts=["testserver"],
    )
    with TestClient(create_app(settings)) as client:
        created = client.post(
            "/api/runs",
            files={"deck": ("strategy.pptx", DECK.read_bytes())},
            data={"engine": "rules", "interactive": "true", "org": "northwind"},
        )
        assert created.status_code == 201, created.text
        run_id = created.json()["id"]

        def wait(*statuses: str) -> dict[str, object]:
            deadline = time.monotonic() + 120
            while True:
                run = client.get(f"/api/runs/{run_id}").json()
                if run["status"] in statuses:
                    return dict(run)
                assert time.monotonic() < deadline, run
                time.sleep(0.1)

        assert wait("paused", "failed")["status"] == "paused"
        answered = client.post(f"/api/runs/{run_id}/answers", json={"answers": {}})
        assert answered.status_code < 300, answered.text
        run = wait("done", "failed", "paused")
        # paused again would mean the empty answer matched no interrupt
        assert run["status"] == "done", run
        assert client.get(f"/api/runs/{run_id}/plan.json").status_code == 200


def test_resume_before_the_first_checkpoint_runs_the_plan(tmp_path: Path) -> None:
    result = plan(DECK, context=ORG, out=tmp_path, config=PlanConfig(engine="rules"))
    assert result.status == "done"
    run_dir = tmp_path / ".groundwork" / "run"
    for name in ("plan.json", "report.md"):
        (tmp_path / name).unlink()
    (run_dir / "checkpoints.sqlite").unlink()  # killed before LangGraph saved anything
    meta = json.loads((run_dir / "run.json").read_text())
    meta["status"] = "running"
    (run_dir / "run.json").write_text(json.dumps(meta))
    done = resume(tmp_path)
    assert done.status == "done" and done.plan is not None
    assert (tmp_path / "plan.json").is_file() and (tmp_path / "report.md").is_file()


def test_resume_after_outputs_vanished_writes_them_again(tmp_path: Path) -> None:
    plan(DECK, context=ORG, out=tmp_path, config=PlanConfig(engine="rules"))
    (tmp_path / "plan.json").unlink()
    done = resume(tmp_path)
    assert done.status == "done" and (tmp_path / "plan.json").is_file()


def test_failed_replan_keeps_the_previous_paused_run(tmp_path: Path) -> None:
    _paused(tmp_path)
    before = json.loads((tmp_path / ".groundwork" / "run" / "run.json").read_text())
    bad = tmp_path.parent / f"{tmp_path.name}-bad.pptx"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(CorruptFileError):
        plan(bad, context=ORG, out=tmp_path, config=PlanConfig(engine="rules"))
    after = json.loads((tmp_path / ".groundwork" / "run" / "run.json").read_text())
    assert after["thread_id"] == before["thread_id"] and after["status"] == "paused"
    assert not list((tmp_path / ".groundwork").glob("run.previous-*"))
    done = resume(tmp_path, answers={})
    assert done.status == "done" and (tmp_path / "plan.json").is_file()


def test_stale_staging_folders_are_cleaned_on_the_next_run(tmp_path: Path) -> None:
    out = tmp_path / "out"
    dead = tmp_path / ".out.staging-999999999-abc123"  # a pid that cannot be alive
    dead.mkdir()
    (dead / "plan.json").write_text("{}")
    untagged = tmp_path / ".out.staging-k2j3h4"  # older versions: no pid, judged by age
    untagged.mkdir()
    os.utime(untagged, (time.time() - 7200, time.time() - 7200))
    plan(DECK, context=ORG, out=out, config=PlanConfig(engine="rules"))
    assert not dead.exists() and not untagged.exists()
    assert not list(tmp_path.glob(".out.staging-*"))
