"""Real servers for team mode: PostgreSQL, Chroma, `groundwork serve` and `groundwork worker`.

Used by tests/test_team.py and bench/team.py. Everything listens on 127.0.0.1 at free ports
and lives in one folder; nothing is downloaded.

- ``PostgresServer``: Debian's PostgreSQL (``/usr/lib/postgresql/*/bin``): ``initdb`` and
  ``pg_ctl`` into a temporary folder. PostgreSQL refuses to run as root, so under root it
  runs as the ``postgres`` user (or ``nobody``).
- ``ChromaServer``: ``chroma run`` from this interpreter's environment.
- ``Cluster``: N API processes and M workers on one database and one storage path, each a
  real ``python -m agent.cli`` process in its own process group, logging to a file.

``Unavailable`` says why a server cannot start here (a test skips with that reason).
"""

from __future__ import annotations

import contextlib
import os
import pwd
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "northwind-health"
CHROMA = Path(sys.executable).parent / "chroma"


class Unavailable(RuntimeError):
    """A server this harness needs cannot run on this machine (the message says why)."""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_for(check: Any, what: str, timeout: float, interval: float = 0.1) -> Any:
    """Call ``check()`` until it returns something truthy; AssertionError after ``timeout``."""
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:g} s waiting for {what}")
        time.sleep(interval)


def postgres_bin() -> Path:
    """The newest Debian PostgreSQL's bin folder; Unavailable when none is installed."""
    found = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/initdb"),
        key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0,
    )
    if not found:
        raise Unavailable(
            "PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin "
            "(Debian package postgresql; .ci/run installs it)"
        )
    return found[-1].parent


def _server_user() -> str | None:
    """The user PostgreSQL runs as: ourselves, unless we are root."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        with contextlib.suppress(KeyError):
            pwd.getpwnam(name)
            return name
    raise Unavailable("running as root and there is no postgres or nobody user to run PostgreSQL")


class PostgresServer:
    """A throwaway PostgreSQL on 127.0.0.1 with a ``groundwork`` database (trust auth)."""

    def __init__(self) -> None:
        self.bin = postgres_bin()
        self.user = _server_user()
        # Not under pytest's tmp_path: that is private to us, and the server may be another user.
        self.home = Path(tempfile.mkdtemp(prefix="groundwork-pg-"))
        self.data = self.home / "data"
        self.port = free_port()
        self.log = self.home / "postgres.log"
        if self.user:
            shutil.chown(self.home, self.user, self.user)
            os.chmod(self.home, 0o755)

    @property
    def url(self) -> str:
        return f"postgresql://groundwork@127.0.0.1:{self.port}/groundwork"

    def _run(self, *args: str, timeout: float = 120) -> None:
        result = subprocess.run(
            [str(self.bin / args[0]), *args[1:]],
            user=self.user,
            capture_output=True,
            text=True,
            timeout=timeout,
            cwd=self.home,
        )
        if result.returncode != 0:
            raise Unavailable(
                f"{args[0]} failed: {(result.stderr or result.stdout).strip()[-400:]}"
            )

    def start(self) -> PostgresServer:
        if not self.data.exists():
            self._run(
                "initdb", "-D", str(self.data), "-U", "groundwork", "--auth=trust",
                "-E", "UTF8", "--no-sync", "--no-instructions",
            )  # fmt: skip
        options = (
            f"-p {self.port} -k {self.home} -c listen_addresses=127.0.0.1 "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
            "-c max_connections=200"
        )
        self._run(
            "pg_ctl",
            "-D",
            str(self.data),
            "-o",
            options,
            "-l",
            str(self.log),
            "-w",
            "-t",
            "120",
            "start",
        )
        self._create_database()
        return self

    def _create_database(self) -> None:
        import psycopg

        with psycopg.connect(
            f"postgresql://groundwork@127.0.0.1:{self.port}/postgres", autocommit=True
        ) as conn:
            exists = conn.execute(
                "SELECT 1 FROM pg_database WHERE datname = 'groundwork'"
            ).fetchone()
            if not exists:
                conn.execute("CREATE DATABASE groundwork")

    def stop(self, mode: str = "fast") -> None:
        if (self.data / "postmaster.pid").exists():
            with contextlib.suppress(Unavailable, subprocess.TimeoutExpired):
                self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "stop", timeout=60)

    def close(self) -> None:
        self.stop("immediate")
        shutil.rmtree(self.home, ignore_errors=True)

    def query(self, sql: str, *params: Any) -> list[tuple[Any, ...]]:
        import psycopg

        with psycopg.connect(self.url, autocommit=True) as conn:
            return list(conn.execute(sql, params or None).fetchall())


class ChromaServer:
    """``chroma run --path DIR`` on a free loopback port."""

    def __init__(self, path: Path) -> None:
        if not CHROMA.exists():
            raise Unavailable("the chroma CLI is not installed next to this interpreter")
        self.path = path
        self.port = free_port()
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> ChromaServer:
        self.path.mkdir(parents=True, exist_ok=True)
        log = (self.path.parent / "chroma.log").open("ab")
        self.process = subprocess.Popen(
            [str(CHROMA), "run", "--path", str(self.path), "--host", "127.0.0.1",
             "--port", str(self.port)],
            stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
        )  # fmt: skip
        log.close()

        def up() -> bool:
            assert self.process is not None
            if self.process.poll() is not None:
                raise Unavailable(f"chroma run exited with {self.process.returncode}")
            try:
                with urllib.request.urlopen(f"{self.url}/api/v2/heartbeat", timeout=2) as r:
                    return bool(r.status == 200)
            except OSError:
                return False

        wait_for(up, "chroma run to answer", 90, 0.2)
        return self

    def stop(self) -> None:
        if self.process is not None:
            _stop_group(self.process, signal.SIGTERM, 15)
            self.process = None


def _stop_group(process: subprocess.Popen[bytes], sig: int, grace: float) -> None:
    """Signal the process's whole group, then SIGKILL whatever is left after ``grace``."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, sig)
    with contextlib.suppress(subprocess.TimeoutExpired):
        process.wait(grace)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)
    with contextlib.suppress(subprocess.TimeoutExpired):
        process.wait(10)


def group_members(pgid: int) -> list[str]:
    """The live processes (not zombies) of the group ``pgid``: "pid command line" each."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        # pid (comm) state ppid pgrp ...: comm may hold spaces, so split after its ")".
        fields = stat[stat.rfind(")") + 2 :].split()
        if len(fields) > 2 and int(fields[2]) == pgid and fields[0] != "Z":
            found.append(f"{entry.name} {cmdline.strip()[:200]}")
    return found


@dataclass
class Proc:
    name: str
    argv: list[str]
    log: Path
    process: subprocess.Popen[bytes] | None = None
    port: int | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def text(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace") if self.log.exists() else ""


@dataclass
class Cluster:
    """API processes and workers on one database and one storage path (``runs``)."""

    root: Path
    database_url: str
    chroma_url: str | None = None
    apis: int = 2
    workers: int = 2
    concurrency: int = 2
    stalled_after: float = 30.0
    token: str | None = None
    env: dict[str, str] = field(default_factory=dict)
    org: Path = EXAMPLE / "org"
    procs: dict[str, Proc] = field(default_factory=dict)
    killed: list[int] = field(default_factory=list)  # groups of crashed processes, to sweep

    @property
    def runs_dir(self) -> Path:
        return self.root / "runs"

    def _env(self) -> dict[str, str]:
        env = {
            k: v
            for k, v in os.environ.items()
            if not k.startswith(("OPENAI_", "GROUNDWORK_", "PYTEST_"))
        }
        env.update(
            PYTHONUNBUFFERED="1",
            GROUNDWORK_DATABASE_URL=self.database_url,
            GROUNDWORK_TOKEN=self.token or "",
        )
        env.update(self.env)
        return env

    def _spawn(self, proc: Proc) -> Proc:
        proc.log.parent.mkdir(parents=True, exist_ok=True)
        log = proc.log.open("ab")
        proc.process = subprocess.Popen(
            proc.argv,
            stdout=log,
            stderr=subprocess.STDOUT,
            env=self._env(),
            cwd=self.root,
            start_new_session=True,  # its own group: its run children can be found and stopped
        )
        log.close()
        self.procs[proc.name] = proc
        return proc

    def start_api(self, i: int, port: int | None = None) -> Proc:
        port = port or free_port()
        argv = [
            sys.executable, "-m", "agent.cli", "serve", "--port", str(port),
            "--runs-dir", str(self.runs_dir), "--org", str(self.org),
        ]  # fmt: skip
        if self.chroma_url:
            argv += ["--chroma-url", self.chroma_url]
        return self._spawn(Proc(f"api{i}", argv, self.root / "logs" / f"api{i}.log", port=port))

    def start_worker(self, i: int) -> Proc:
        argv = [
            sys.executable, "-m", "agent.cli", "worker",
            "--concurrency", str(self.concurrency),
            "--stalled-after", f"{self.stalled_after:g}", "--shutdown-grace", "2",
        ]  # fmt: skip
        return self._spawn(Proc(f"worker{i}", argv, self.root / "logs" / f"worker{i}.log"))

    def start(self, timeout: float = 180) -> Cluster:
        for i in range(1, self.apis + 1):
            self.start_api(i, self.procs[f"api{i}"].port if f"api{i}" in self.procs else None)
        for i in range(1, self.workers + 1):
            self.start_worker(i)
        self.wait_ready(timeout)
        return self

    def wait_ready(self, timeout: float = 180) -> None:
        for proc in self.procs.values():
            if proc.process is None:
                continue
            if proc.name.startswith("api"):
                wait_for(lambda p=proc: self._api_up(p), f"{proc.name} to answer", timeout, 0.2)
            else:
                wait_for(
                    lambda p=proc: self._worker_up(p), f"{proc.name} to take jobs", timeout, 0.2
                )

    def _check_alive(self, proc: Proc) -> None:
        assert proc.process is not None
        if proc.process.poll() is not None:
            raise AssertionError(
                f"{proc.name} exited with {proc.process.returncode}: {proc.text()[-2000:]}"
            )

    def _api_up(self, proc: Proc) -> bool:
        self._check_alive(proc)
        request = urllib.request.Request(f"{proc.url}/api/runs", headers=self.headers())
        try:
            with urllib.request.urlopen(request, timeout=5) as response:
                return bool(response.status == 200)
        except OSError:
            return False

    def _worker_up(self, proc: Proc) -> bool:
        self._check_alive(proc)
        return "taking jobs" in proc.text()

    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"} if self.token else {}

    def api(self, i: int) -> Proc:
        return self.procs[f"api{i}"]

    def worker(self, i: int) -> Proc:
        return self.procs[f"worker{i}"]

    def client(self, i: int, timeout: float = 60.0) -> Any:
        import httpx

        return httpx.Client(base_url=self.api(i).url, headers=self.headers(), timeout=timeout)

    def worker_running(self, run_id: str, action: str | None = None) -> Proc | None:
        """The live worker whose log shows it started the latest job of ``run_id``."""
        pattern = re.compile(
            rf"Starting job groundwork\.run\[\d+\]\((?P<args>[^)]*{run_id}[^)]*)\)"
        )
        latest: tuple[float, Proc] | None = None
        for proc in self.procs.values():
            if not proc.name.startswith("worker") or proc.process is None:
                continue
            if proc.process.poll() is not None:
                continue
            for match in pattern.finditer(proc.text()):
                if action and f"action='{action}'" not in match.group("args"):
                    continue
                stamp = proc.log.stat().st_mtime
                if latest is None or stamp >= latest[0]:
                    latest = (stamp, proc)
        return latest[1] if latest else None

    def kill(self, proc: Proc) -> int:
        """SIGKILL the process alone (not its group): a crash. Returns its group id."""
        assert proc.process is not None
        pgid = proc.process.pid
        self.killed.append(pgid)
        proc.process.kill()
        proc.process.wait(30)
        proc.process = None
        return pgid

    def stop(self, names: list[str] | None = None, sig: int = signal.SIGTERM) -> None:
        for name, proc in list(self.procs.items()):
            if names is not None and name not in names:
                continue
            if proc.process is not None:
                _stop_group(proc.process, sig, 30)
                proc.process = None
        if names is None:
            for pgid in self.killed:  # whatever a crashed process left behind
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(pgid, signal.SIGKILL)
