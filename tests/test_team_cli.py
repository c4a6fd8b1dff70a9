"""Team mode's bad input, without a database: one clear line, exit 2, no secret, no traceback.

The multi-process tests against a real PostgreSQL are in tests/test_team.py.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from agent.errors import ConfigError
from agent.team import check_url, describe

ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "pw-7c1e5b9a"


def groundwork(*args: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GROUNDWORK_")}
    return subprocess.run(
        [sys.executable, "-m", "agent.cli", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
    )


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])  # nothing listens once the socket closes


def one_line_error(done: subprocess.CompletedProcess[str]) -> str:
    assert done.returncode == 2, done
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), done.stderr
    assert "Traceback" not in done.stderr + done.stdout
    return lines[0]


def test_worker_without_a_database_url_says_which_option(tmp_path: Path) -> None:
    line = one_line_error(groundwork("worker", tmp_path=tmp_path))
    assert "--database-url" in line


@pytest.mark.parametrize("command", ["worker", "serve", "db upgrade"])
def test_a_url_that_is_not_postgres_is_refused(command: str, tmp_path: Path) -> None:
    line = one_line_error(
        groundwork(*command.split(), "--database-url", "mysql://db/x", tmp_path=tmp_path)
    )
    assert "postgresql://" in line
    assert not (tmp_path / "runs").exists()  # serve refused before making anything


def test_an_unreachable_database_is_one_line_without_its_password(tmp_path: Path) -> None:
    url = f"postgresql://groundwork:{PASSWORD}@127.0.0.1:{closed_port()}/groundwork"
    line = one_line_error(groundwork("worker", "--database-url", url, tmp_path=tmp_path))
    assert "cannot reach the team database groundwork@127.0.0.1" in line
    assert PASSWORD not in line


def test_urls_are_described_without_passwords() -> None:
    assert describe(f"postgresql://gw:{PASSWORD}@db.internal:6432/plans") == (
        "gw@db.internal:6432/plans"
    )
    assert check_url(" postgres://db/x ") == "postgres://db/x"
    with pytest.raises(ConfigError):
        check_url("sqlite:///runs.db")
