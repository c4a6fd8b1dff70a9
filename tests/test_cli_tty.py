"""On a terminal, `groundwork plan` pauses on vague visions, asks the strategist, and resumes."""

from __future__ import annotations

import json
import os
import pty
import select
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "northwind-health"


def _read_until(fd: int, needle: str, buffer: list[str], timeout: float = 90.0) -> None:
    deadline = time.monotonic() + timeout
    while needle not in "".join(buffer):
        if time.monotonic() > deadline:
            raise AssertionError(
                f"timed out waiting for {needle!r}; got:\n{''.join(buffer)[-2000:]}"
            )
        ready, _, _ = select.select([fd], [], [], 0.5)
        if ready:
            try:
                buffer.append(os.read(fd, 65536).decode("utf-8", "replace"))
            except OSError:
                break


def test_terminal_run_asks_and_resumes(tmp_path: Path) -> None:
    master, slave = pty.openpty()
    env = {**os.environ, "COLUMNS": "200", "TERM": "dumb", "NO_COLOR": "1"}
    env.pop("OPENAI_BASE_URL", None)
    env.pop("OPENAI_API_KEY", None)
    proc = subprocess.Popen(
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
        ],
        stdin=slave,
        stdout=slave,
        stderr=slave,
        cwd=ROOT,
        env=env,
        close_fds=True,
    )
    os.close(slave)
    seen: list[str] = []
    try:
        _read_until(master, "too vague to execute", seen)
        _read_until(master, "? Which metric", seen)
        os.write(master, b"Online booking conversion for new primary-care patients\n")
        _read_until(master, "? What value", seen)
        os.write(master, b"from 12% to 18%\n")
        _read_until(master, "? By when", seen)
        os.write(master, b"by December 2027\n")
        # Skip every remaining question with Enter until the run finishes.
        deadline = time.monotonic() + 120
        while proc.poll() is None and time.monotonic() < deadline:
            ready, _, _ = select.select([master], [], [], 0.2)
            if ready:
                try:
                    chunk = os.read(master, 65536).decode("utf-8", "replace")
                except OSError:
                    break
                seen.append(chunk)
                if chunk.rstrip().endswith(":") or "? " in chunk:
                    os.write(master, b"\n")
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
        os.close(master)
    assert proc.returncode == 0, "".join(seen)[-3000:]
    plan = json.loads((tmp_path / "out" / "plan.json").read_text())
    first = plan["visions"][0]
    assert "seamless" in first["original_text"]
    assert "12% to 18%" in first["answers"][0] and "December 2027" in first["answers"][0]
