"""Per-run budgets (agent.budget): a wall-time limit and a memory ceiling, enforced from a
parent process that kills the run; one line and exit code 4 on the command line."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from agent.budget import Budget, parse_duration, parse_size, run_with_budget
from agent.config import PlanConfig
from agent.errors import BudgetExceededError, ConfigError, InputError, RunCancelledError

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "northwind-health"


def test_settings_parse_units_and_off() -> None:
    assert parse_duration("90") == 90 and parse_duration("30m") == 1800
    assert parse_duration("2h") == 7200 and parse_duration("0") is None
    assert parse_size("512M") == 512 * 1024**2 and parse_size("4G") == 4 * 1024**3
    assert parse_size("0") is None and parse_size("none") is None
    with pytest.raises(ValueError):
        parse_duration("soon")


def test_env_sets_the_default_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GROUNDWORK_TIME_LIMIT", "5m")
    monkeypatch.setenv("GROUNDWORK_MEMORY_LIMIT", "1G")
    config = PlanConfig.from_env()
    assert config.budget() == Budget(300.0, 1024**3)
    assert PlanConfig.from_env(time_limit=10.0).budget().seconds == 10.0
    monkeypatch.setenv("GROUNDWORK_MEMORY_LIMIT", "lots")
    with pytest.raises(ConfigError, match="not a size"):
        PlanConfig.from_env()
    monkeypatch.delenv("GROUNDWORK_TIME_LIMIT")
    monkeypatch.delenv("GROUNDWORK_MEMORY_LIMIT")
    assert PlanConfig.from_env().budget().enabled, "every run has a budget by default"


def _sleep(seconds: float) -> str:
    time.sleep(seconds)
    return "woke"


def _hog(megabytes: int) -> int:
    chunks = []
    for _ in range(megabytes):
        chunks.append(bytearray(1024 * 1024))
    return len(chunks)


def _reports(progress: Any = None) -> int:
    for step in ("extract", "render"):
        progress(step, {"n": 1})
    return 7


def _bad_file() -> None:
    raise InputError("deck.pptx", "corrupt or truncated PPTX")


def test_time_limit_kills_the_run() -> None:
    with pytest.raises(BudgetExceededError, match="time limit of 0.3 s"):
        run_with_budget(_sleep, 60, budget=Budget(0.3, None))


def test_memory_ceiling_kills_the_run() -> None:
    with pytest.raises(BudgetExceededError, match="memory limit of 150.0 MB"):
        run_with_budget(_hog, 2000, budget=Budget(None, 150 * 1024**2))


def test_results_progress_and_errors_cross_the_process_boundary() -> None:
    assert run_with_budget(_sleep, 0, budget=Budget()) == "woke"
    seen: list[str] = []
    assert run_with_budget(_reports, budget=Budget(), progress=lambda s, _u: seen.append(s)) == 7
    assert seen == ["extract", "render"]
    with pytest.raises(InputError) as caught:
        run_with_budget(_bad_file, budget=Budget())
    assert caught.value.path == "deck.pptx" and caught.value.reason.startswith("corrupt")


def test_cancel_stops_the_run() -> None:
    cancel = threading.Event()
    threading.Timer(0.3, cancel.set).start()
    with pytest.raises(RunCancelledError):
        run_with_budget(_sleep, 60, budget=Budget(), cancel=cancel)


def test_library_plan_over_budget_fails_and_keeps_the_previous_run(tmp_path: Path) -> None:
    from agent import plan, resume

    out = tmp_path / "out"
    paused = plan(
        EXAMPLE / "strategy.pptx",
        context=EXAMPLE / "org",
        out=out,
        config=PlanConfig(engine="rules", interactive=True),
    )
    assert paused.status == "paused"
    with pytest.raises(BudgetExceededError):
        plan(
            EXAMPLE / "strategy.pptx",
            context=EXAMPLE / "org",
            out=out,
            config=PlanConfig(engine="rules", time_limit=0.05),
        )
    done = resume(out, answers={})  # the paused run survived the killed re-plan
    assert done.status == "done" and (out / "plan.json").is_file()


@pytest.mark.parametrize(
    ("env", "words"),
    [
        ({"GROUNDWORK_TIME_LIMIT": "0.05"}, "time limit"),
        ({"GROUNDWORK_MEMORY_LIMIT": "20M"}, "memory limit"),
    ],
)
def test_cli_over_budget_is_one_line_exit_4(
    tmp_path: Path, env: dict[str, str], words: str
) -> None:
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "agent.cli",
            "plan",
            str(EXAMPLE / "strategy.pptx"),
            "--context",
            str(EXAMPLE / "org"),
            "--out",
            str(tmp_path / "out"),
            "--non-interactive",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, **env, "COLUMNS": "40"},
        timeout=120,
    )
    assert proc.returncode == 4, proc.stderr
    lines = [line for line in proc.stderr.splitlines() if line.startswith("error:")]
    assert len(lines) == 1 and words in lines[0], proc.stderr
    assert "Traceback" not in proc.stderr
    assert not (tmp_path / "out" / "plan.json").exists()
