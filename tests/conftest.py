"""Shared pytest fixtures."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from agent.config import PlanConfig
from tests.openai_server import OpenAIServer


def pytest_configure(config: pytest.Config) -> None:
    # Temporary files on tmpfs when the machine has a writable /dev/shm and TMPDIR is unset.
    # This machine's ext4 is mounted with online discard: each unlink costs a TRIM (1-15 ms),
    # and a run leaves ~6,000 files that pytest deletes when it rotates old temp folders (on
    # /tmp that took 30-86 s after the last test). Subprocesses and xdist workers inherit it.
    shm = Path("/dev/shm")
    if (
        "TMPDIR" not in os.environ
        and config.option.basetemp is None
        and shm.is_dir()
        and os.access(shm, os.W_OK | os.X_OK)
    ):
        os.environ["TMPDIR"] = str(shm)
        tempfile.tempdir = None


def pytest_sessionstart(session: pytest.Session) -> None:
    # The xdist controller (it starts its workers after this hook): see below.
    if session.config.pluginmanager.hasplugin("dsession"):
        _cache_rewritten_test_modules(session.config)


def _cache_rewritten_test_modules(config: pytest.Config) -> None:
    """Rewrite the test modules' asserts once, for every xdist worker.

    With PYTHONDONTWRITEBYTECODE set (as on our CI machines) pytest keeps no rewritten test
    module, so each worker parsed, rewrote and compiled all of them again (measured: 5 of a
    worker's 12 CPU-s of collection). The controller writes pytest's own cache files here
    (pytest's code, the files it would write itself without the variable); a worker finds
    them and loads them as it would a cache of its own. Any failure leaves the workers to
    rewrite the modules as before."""
    if not sys.dont_write_bytecode or config.getoption("assertmode") != "rewrite":
        return
    try:
        from _pytest.assertion import rewrite

        state = config.stash[rewrite.assertstate_key]
        for source in sorted(Path(__file__).parent.glob("*.py")):
            if not (source.name.startswith("test_") or source.name == "conftest.py"):
                continue
            cache = rewrite.get_cache_dir(source)
            pyc = cache / (source.name[:-3] + rewrite.PYC_TAIL)
            if rewrite._read_pyc(source, pyc) is not None:
                continue
            cache.mkdir(exist_ok=True)
            source_hash, code = rewrite._rewrite_test(source, config)
            rewrite._write_pyc(state, code, source_hash, pyc)
    except Exception:  # pytest's internals moved: the workers rewrite, as before
        pass


@pytest.hookimpl(optionalhook=True)  # xdist's hook: unknown, and so skipped, under -p no:xdist
def pytest_xdist_make_scheduler(config: pytest.Config, log: object) -> object:
    """xdist: the tests of a module with a module-scoped fixture (a browser and its server, a
    team cluster, an eval report) go to one worker, so the fixture is built once (the default
    scheduler split test_evals_grounded's report and test_team's cluster over two workers,
    each building it); the largest groups start first, single tests fill in after them.
    (`--dist loadgroup` does not group under pytest 9.2: xdist 3.8 rewrites ``item._nodeid``,
    which pytest no longer reads.) The controller collects nothing, so the modules are found
    by their source."""
    from xdist.scheduler import LoadScopeScheduling

    here = Path(__file__).parent
    shared = {
        f"tests/{path.name}"
        for path in here.glob("test_*.py")
        if 'scope="module"' in path.read_text(encoding="utf-8")
    }

    class SharedModuleFixtures(LoadScopeScheduling):
        def _split_scope(self, nodeid: str) -> str:
            module = nodeid.split("::", 1)[0]
            return module if module in shared else nodeid

    return SharedModuleFixtures(config, log)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # A test on the local OpenAI-compatible server starts a server: `make test-fast` skips it.
    for item in items:
        if "openai_server" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.server)


@pytest.fixture
def openai_server() -> Iterator[OpenAIServer]:
    """A real OpenAI-compatible server on 127.0.0.1 (script it: see tests/openai_server.py)."""
    with OpenAIServer() as server:
        yield server


@pytest.fixture
def llm_config(openai_server: OpenAIServer, tmp_path: Path) -> PlanConfig:
    """A PlanConfig for --engine llm pointed at ``openai_server``, with tiny backoff delays."""
    return PlanConfig(
        engine="llm",
        model="test-model",
        base_url=openai_server.url,
        llm_timeout=10.0,
        llm_max_attempts=4,
        llm_retries=2,
        llm_backoff_base=0.001,
        cache_dir=str(tmp_path / "llm-cache"),
    )


class SavedPlans:
    """A planner with ``agent.plan``'s signature that plans each distinct input once per test
    session (the real planner, into a cache) and afterwards copies the saved outputs.

    For tests that re-score plans (evals, baselines, reports) rather than test planning: the
    first call for a deck, org folder and configuration runs the real workflow, so a broken
    planner still fails them. Never use it where a test changes the planner's behaviour
    (monkeypatched engines or owners): call ``agent.plan`` there.

    The cache is the session's, not a worker's: the xdist worker that asks first plans, one
    that asks for the same input meanwhile waits for it (a file lock), and the rest copy.
    ``folder`` gives the saved run itself (outputs, record, checkpoints) to tests that only
    read a plan.
    """

    def __init__(self, root: Path) -> None:
        self.root = root
        root.mkdir(parents=True, exist_ok=True)

    def key(
        self,
        deck: Path,
        context: Path,
        config: PlanConfig,
        answers: dict[str, str] | None = None,
    ) -> str:
        import hashlib

        digest = hashlib.sha256(Path(deck).name.encode() + Path(deck).read_bytes())
        for path in sorted(Path(context).rglob("*")):
            if path.is_file():
                digest.update(path.relative_to(context).as_posix().encode() + path.read_bytes())
        settings = {k: v for k, v in vars(config).items() if k not in NOT_IN_THE_PLAN}
        digest.update(repr(sorted(settings.items())).encode())
        if answers:
            digest.update(repr(sorted(answers.items())).encode())
        return digest.hexdigest()

    def _saved(
        self,
        deck: Path,
        context: Path,
        config: PlanConfig,
        answers: dict[str, str] | None = None,
    ) -> tuple[Path | None, object]:
        """The saved run's folder (planned now if no worker has yet), or None and the result
        of a run that did not finish."""
        import fcntl
        import shutil

        from agent import runner

        name = self.key(deck, context, config, answers)[:16]
        saved, done = self.root / name, self.root / f"{name}.done"
        with (self.root / f"{name}.lock").open("w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
            if not done.is_file():
                shutil.rmtree(saved, ignore_errors=True)  # an attempt that failed
                result = runner.plan(
                    deck, context=context, out=saved, config=config, answers=answers
                )
                if result.status != "done":
                    return None, result
                done.touch()
        return saved, None

    def folder(
        self,
        deck: Path,
        *,
        context: Path,
        config: PlanConfig,
        answers: dict[str, str] | None = None,
    ) -> Path:
        """The folder of the session's run of these inputs (it must finish): read, never write."""
        saved, result = self._saved(deck, context, config, answers)
        assert saved is not None, f"the run stopped with status {getattr(result, 'status', '')}"
        return saved

    def __call__(
        self, deck: Path, *, context: Path, out: Path, config: PlanConfig, **kwargs: object
    ) -> object:
        import shutil
        from types import SimpleNamespace

        from agent import runner
        from schemas.plan import Plan

        if kwargs:
            return runner.plan(deck, context=context, out=out, config=config, **kwargs)
        saved, result = self._saved(deck, context, config)
        if saved is None:
            return result
        shutil.copytree(
            saved, out, ignore=shutil.ignore_patterns(".groundwork"), dirs_exist_ok=True
        )
        plan = Plan.model_validate_json((out / "plan.json").read_text(encoding="utf-8"))
        return SimpleNamespace(status="done", out_dir=Path(out), plan=plan, questions=[])


# Where a run keeps its index, cache and log, and its budgets, do not change the plan.
NOT_IN_THE_PLAN = {"cache_dir", "index_dir", "llm_log", "time_limit", "memory_limit"}


@pytest.fixture(scope="session")
def saved_plans(tmp_path_factory: pytest.TempPathFactory) -> SavedPlans:
    base = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        base = base.parent  # the session's folder, shared by its workers
    return SavedPlans(base / "saved-plans")


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[object]:
    """One throwaway PostgreSQL for the session (Debian's binaries, initdb into a temp folder,
    a loopback port); the tests that need it skip, with the reason, where it cannot run."""
    from tests.team_cluster import PostgresServer, Unavailable

    try:
        server = PostgresServer()
    except Unavailable as exc:
        pytest.skip(str(exc))
    try:
        server.start()
    except Unavailable as exc:
        server.close()
        pytest.skip(str(exc))
    try:
        yield server
    finally:
        server.close()
