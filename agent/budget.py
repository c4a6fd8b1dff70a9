"""Per-run budgets: a wall-time limit and a memory ceiling, enforced from outside the run.

    result = run_with_budget(fn, *args, budget=Budget.from_env(), progress=report, **kwargs)

runs ``fn(*args, progress=<relay>, **kwargs)`` in a child process and returns its result.
The parent watches the child: past ``budget.seconds`` of wall time, or once the child's
resident memory passes ``budget.memory_bytes``, it kills the child and raises
``BudgetExceededError`` (one line). A ``cancel`` event stops the child the same way and
raises ``RunCancelledError``. ``progress(step, update)`` calls made in the child are relayed
to the parent's ``progress``. Errors raised in the child are re-raised in the parent
(GroundworkError subclasses keep their class and message).

A child is the only place a limit can be enforced whatever the run is doing: a YAML alias
expansion or a regex inside C code cannot be interrupted by a thread, but a process can be
killed. A parent with no other live thread forks (``fn`` may be any callable, the child inherits the
parent's imports and starting one costs milliseconds); a parent with other threads (a
server, or a process where Chroma's runtime is up) starts children from a forkserver, so
``fn`` and its arguments must be picklable (module-level functions, plain data).

A budget with no limits (both 0/None) runs ``fn`` in this process.

Settings: ``GROUNDWORK_TIME_LIMIT`` (seconds, or ``90s``/``30m``/``2h``; ``0`` = none) and
``GROUNDWORK_MEMORY_LIMIT`` (bytes, or ``512M``/``4G``; ``0`` = none); the CLI's
``--time-limit``/``--memory-limit`` override them.
"""

from __future__ import annotations

import contextlib
import gc
import importlib
import multiprocessing
import os
import pickle
import re
import signal
import sys
import threading
import time
import traceback
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from agent.config import DEFAULT_MEMORY_LIMIT, DEFAULT_TIME_LIMIT
from agent.errors import BudgetExceededError, ConfigError, GroundworkError, RunCancelledError

__all__ = [
    "DEFAULT_MEMORY_LIMIT",
    "DEFAULT_TIME_LIMIT",
    "Budget",
    "format_bytes",
    "format_seconds",
    "parse_duration",
    "parse_size",
    "prefer_start_method",
    "run_with_budget",
]

T = TypeVar("T")
U = TypeVar("U")  # what a progress callback is told about a step (the runner: its update)

POLL_SECONDS = 0.05  # how often the parent samples the child's memory

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(ms|s|sec|m|min|h|hr)?\s*$", re.I)
_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([kmgt]i?b?|b)?\s*$", re.I)
_DURATION_UNITS = {"ms": 0.001, "s": 1, "sec": 1, "m": 60, "min": 60, "h": 3600, "hr": 3600}


def parse_duration(text: str | float | int | None) -> float | None:
    """Seconds from ``90``, ``90s``, ``30m``, ``2h``; ``0``/``none``/empty mean no limit."""
    if text is None or isinstance(text, int | float):
        return float(text) if text else None
    if text.strip().lower() in {"", "0", "none", "off", "unlimited"}:
        return None
    m = _DURATION.match(text)
    if not m:
        raise ValueError(f"not a duration: {text!r} (try 600, 90s, 30m or 2h)")
    seconds = float(m.group(1)) * _DURATION_UNITS[(m.group(2) or "s").lower()]
    return seconds or None


def parse_size(text: str | int | None) -> int | None:
    """Bytes from ``4294967296``, ``512M``, ``4G``, ``4GiB``; ``0``/``none``/empty mean no limit."""
    if text is None or isinstance(text, int):
        return int(text) if text else None
    if text.strip().lower() in {"", "0", "none", "off", "unlimited"}:
        return None
    m = _SIZE.match(text)
    if not m:
        raise ValueError(f"not a size: {text!r} (try 512M or 4G)")
    unit = (m.group(2) or "b").lower()[:1]
    factor = {"b": 1, "k": 1024, "m": 1024**2, "g": 1024**3, "t": 1024**4}[unit]
    return int(float(m.group(1)) * factor) or None


def format_seconds(seconds: float) -> str:
    if seconds >= 3600 and seconds % 3600 == 0:
        return f"{seconds / 3600:g} h"
    if seconds >= 60 and seconds % 60 == 0:
        return f"{seconds / 60:g} min"
    return f"{seconds:g} s"


def format_bytes(size: float) -> str:
    for unit, factor in (("GB", 1024**3), ("MB", 1024**2), ("KB", 1024)):
        if size >= factor:
            return f"{size / factor:.1f} {unit}"
    return f"{int(size)} bytes"


@dataclass(frozen=True)
class Budget:
    """Limits for one run; ``None`` (or 0) switches a limit off."""

    seconds: float | None = DEFAULT_TIME_LIMIT
    memory_bytes: int | None = DEFAULT_MEMORY_LIMIT

    @classmethod
    def from_env(
        cls, seconds: str | float | None = None, memory: str | int | None = None
    ) -> Budget:
        """Defaults, then GROUNDWORK_TIME_LIMIT / GROUNDWORK_MEMORY_LIMIT, then explicit values."""
        env = os.environ
        try:
            time_limit = (
                parse_duration(seconds)
                if seconds is not None
                else parse_duration(env["GROUNDWORK_TIME_LIMIT"])
                if env.get("GROUNDWORK_TIME_LIMIT") is not None
                else DEFAULT_TIME_LIMIT
            )
            memory_limit = (
                parse_size(memory)
                if memory is not None
                else parse_size(env["GROUNDWORK_MEMORY_LIMIT"])
                if env.get("GROUNDWORK_MEMORY_LIMIT") is not None
                else DEFAULT_MEMORY_LIMIT
            )
        except ValueError as exc:
            raise ConfigError(f"run budget: {exc}") from None
        return cls(time_limit, memory_limit)

    @property
    def enabled(self) -> bool:
        return bool(self.seconds) or bool(self.memory_bytes)


def _rss_bytes(pid: int) -> int | None:
    """Resident memory of ``pid`` (Linux /proc); None where it cannot be read."""
    try:
        with open(f"/proc/{pid}/statm", "rb") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return None


def _limit_address_space(memory_bytes: int | None) -> None:
    """Where /proc cannot be sampled, let the kernel refuse allocations past a generous ceiling."""
    if not memory_bytes or os.path.exists("/proc/self/statm"):
        return
    with contextlib.suppress(ImportError, ValueError, OSError):
        import resource

        ceiling = memory_bytes * 4  # address space runs well ahead of resident memory
        resource.setrlimit(resource.RLIMIT_AS, (ceiling, ceiling))


def _send(conn: Any, message: tuple[Any, ...]) -> None:
    try:
        conn.send(message)
    except (pickle.PicklingError, TypeError, AttributeError, RecursionError):
        if message[0] == "progress":
            conn.send(("progress", message[1], {}))
        else:
            raise


def _die_with_parent() -> None:
    """Linux: the kernel kills the child if the parent dies (not a daemon: a run may nest one)."""
    if not sys.platform.startswith("linux"):
        return
    with contextlib.suppress(OSError, AttributeError):
        import ctypes

        pr_set_pdeathsig = 1
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(pr_set_pdeathsig, signal.SIGKILL)


WATCH_THREAD = "groundwork-supervisor-watch"


def _die_with_supervisor(supervisor: int | None) -> None:
    """A child started from a fork server has the fork server for parent, and the fork server
    lives as long as any of its children: the child also watches the process that started
    it (a killed `groundwork worker`) and dies with it, so a run is never left running
    unsupervised while another worker continues it."""
    if not supervisor or supervisor == os.getppid():
        return  # our parent is the supervisor: the parent-death signal covers it
    try:
        handle: int | None = os.pidfd_open(supervisor)  # readable once the process has exited
    except ProcessLookupError:
        os.kill(os.getpid(), signal.SIGKILL)  # gone before we started
        return
    except (OSError, AttributeError):
        handle = None

    def watch() -> None:
        import select

        if handle is not None:
            select.select([handle], [], [])
        else:
            while True:
                try:
                    os.kill(supervisor, 0)
                except ProcessLookupError:
                    break
                except PermissionError:
                    pass
                time.sleep(0.5)
        os.kill(os.getpid(), signal.SIGKILL)

    threading.Thread(target=watch, name=WATCH_THREAD, daemon=True).start()


def _child(
    conn: Any, fn: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]
) -> None:
    # What the child inherited (the parent's modules, a fork server's preload) is never
    # garbage here: the collector leaves it alone instead of walking it on every full
    # collection, and does not write to its pages (measured on the example from a warm
    # parent: the run's collections 0.18 -> 0.05 CPU-s).
    gc.freeze()
    _die_with_parent()
    _die_with_supervisor(kwargs.pop("_supervisor", None))
    _limit_address_space(kwargs.pop("_memory_bytes", None))
    if kwargs.pop("_relay_progress", False):

        def relay(step: str, update: object) -> None:
            _send(conn, ("progress", step, update))

        kwargs["progress"] = relay
    try:
        result = fn(*args, **kwargs)
    except BaseException as exc:  # everything goes back to the parent, which decides
        if isinstance(exc, MemoryError):
            conn.send(("memory", None))
            return
        detail = "".join(traceback.format_exception(exc))
        try:
            conn.send(("error", exc, detail))
        except Exception:  # an exception that does not pickle: keep its class name and text
            conn.send(("error", RuntimeError(f"{type(exc).__name__}: {exc}"), detail))
        return
    try:
        conn.send(("result", result))
    except Exception as exc:
        conn.send(("error", RuntimeError(f"result could not be returned: {exc}"), ""))


_preferred = threading.local()
# What a forkserver imports once: everything a plan loads (agent._warm), so each run it starts
# finds the planner, its knowledge files and the embedding model in memory (measured on the
# grounded eval tests at -n 1: 32.4 s -> 30.7 s; most runs in tests fork, not forkserver).
PRELOAD = ["agent._warm"]


def prefer_start_method(method: str | None) -> None:
    """Set how children start for runs begun on the calling thread: "fork" (the default on
    Linux, cheapest, and a monkeypatch in the parent holds in the child), or "forkserver"/
    "spawn" for a server's worker threads, where forking while another thread holds a lock
    is unsafe (``fn`` and its arguments must then pickle)."""
    if method == "forkserver":
        with contextlib.suppress(ValueError, AttributeError):
            multiprocessing.get_context("forkserver").set_forkserver_preload(PRELOAD)
    _preferred.method = method


def fork_safe() -> bool:
    """No other thread that could hold a lock across fork: no Python thread, and no native
    thread that named itself (Chroma's Rust runtime: tokio-rt-worker, sqlx-sqlite-worker).
    Unnamed native threads keep the process name (OpenBLAS's idle workers) and are safe."""
    # The supervisor watch only waits in select(): it holds no lock a fork could inherit.
    others = [t for t in threading.enumerate() if t is not threading.current_thread()]
    if any(t.name != WATCH_THREAD for t in others):
        return False
    try:
        tasks = os.listdir("/proc/self/task")
        with open("/proc/self/comm") as fh:
            name = fh.read().strip()
        for task in tasks:
            with open(f"/proc/self/task/{task}/comm") as fh:
                if fh.read().strip() != name:
                    return False
    except OSError:
        return True
    return True


@contextlib.contextmanager
def _main_hidden() -> Iterator[None]:
    """Children started by spawn/forkserver re-run the parent's ``__main__`` first; a script
    without an ``if __name__ == "__main__"`` guard would plan again. Our targets live in
    packages, so the child never needs it."""
    main = sys.modules.get("__main__")
    saved = {k: getattr(main, k) for k in ("__file__", "__spec__") if hasattr(main, k)}
    try:
        for key in saved:
            if key == "__spec__":
                main.__spec__ = None  # type: ignore[union-attr]
            else:
                delattr(main, key)
        yield
    finally:
        for key, value in saved.items():
            setattr(main, key, value)


def _default_method() -> str:
    method: str | None = getattr(_preferred, "method", None)
    if method:
        return method
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and sys.platform != "darwin" and fork_safe():
        return "fork"
    # Another thread may hold a lock the child would inherit locked (Chroma's Rust runtime
    # does): start children from a clean single-threaded server instead.
    return "forkserver" if "forkserver" in methods else "spawn"


def run_with_budget(
    fn: Callable[..., T],
    /,
    *args: Any,
    budget: Budget,
    progress: Callable[[str, U], None] | None = None,
    cancel: threading.Event | None = None,
    start_method: str | None = None,
    what: str = "run",
    preload: Sequence[str] = (),
    **kwargs: Any,
) -> T:
    """``fn(*args, **kwargs)`` in a child process under ``budget``; see the module docstring.

    When ``progress`` is given, ``fn`` receives ``progress=`` a relay to it. ``what`` names
    the work in the error message ("run", "extraction"). ``preload`` names modules the
    child will need: imported here first (or by the forkserver), so that each child does
    not pay for them again.
    """
    if not budget.enabled and cancel is None:
        if progress is not None:
            kwargs["progress"] = progress
        return fn(*args, **kwargs)
    method = start_method or _default_method()
    ctx: Any = multiprocessing.get_context(method)
    if method == "fork":
        for name in preload:
            importlib.import_module(name)
    elif method == "forkserver" and preload:
        with contextlib.suppress(ValueError, AttributeError):
            ctx.set_forkserver_preload(sorted({*PRELOAD, *preload}))
    parent_conn, child_conn = ctx.Pipe(duplex=False)
    child_kwargs = {**kwargs, "_memory_bytes": budget.memory_bytes, "_supervisor": os.getpid()}
    if progress is not None:
        child_kwargs["_relay_progress"] = True
    if method == "fork":
        # os.fork directly: a multiprocessing worker (the web's, daemonic) may not start
        # multiprocessing children, and a forked child needs none of its bookkeeping.
        process: Any = _Forked(_child, (child_conn, fn, args, child_kwargs))
        process.start()
    else:
        process = ctx.Process(
            target=_child, args=(child_conn, fn, args, child_kwargs), name=f"groundwork-{what}"
        )
        with _main_hidden():
            process.start()
    child_conn.close()
    began = time.monotonic()
    peak = 0
    try:
        while True:
            if parent_conn.poll(POLL_SECONDS):
                try:
                    message = parent_conn.recv()
                except EOFError:
                    message = None
                if message is None:
                    process.join(1)
                    return _died(process, budget, peak, what)
                kind = message[0]
                if kind == "progress":
                    if progress is not None:
                        progress(message[1], message[2])
                    continue
                process.join(5)
                if kind == "result":
                    return message[1]  # type: ignore[no-any-return]
                if kind == "memory":
                    raise _over_memory(budget, peak, what)
                error: BaseException = message[1]
                if message[2] and not isinstance(error, GroundworkError):
                    error.add_note(message[2])  # the child's traceback, for logs
                raise error
            if not process.is_alive() and not parent_conn.poll():
                return _died(process, budget, peak, what)
            elapsed = time.monotonic() - began
            if budget.seconds and elapsed > budget.seconds:
                _kill(process)
                raise BudgetExceededError(
                    f"{what} stopped: it ran past its time limit of "
                    f"{format_seconds(budget.seconds)} (--time-limit, GROUNDWORK_TIME_LIMIT)"
                )
            if budget.memory_bytes and process.pid is not None:
                rss = _rss_bytes(process.pid) or 0
                peak = max(peak, rss)
                if rss > budget.memory_bytes:
                    _kill(process)
                    raise _over_memory(budget, peak, what)
            if cancel is not None and cancel.is_set():
                _kill(process)
                raise RunCancelledError(f"{what} cancelled")
    except BaseException:
        _kill(process)  # KeyboardInterrupt in the parent, or anything above
        raise
    finally:
        parent_conn.close()


class _Forked:
    """The little of ``multiprocessing.Process`` the supervisor uses, over ``os.fork``."""

    def __init__(self, target: Callable[..., None], args: tuple[Any, ...]) -> None:
        self.target, self.args = target, args
        self.pid: int | None = None
        self.exitcode: int | None = None

    def start(self) -> None:
        pid = os.fork()
        if pid == 0:  # the child: run, then leave without the parent's atexit handlers
            code = 1
            try:
                self.target(*self.args)
                code = 0
            finally:
                with contextlib.suppress(Exception):
                    sys.stdout.flush()
                    sys.stderr.flush()
                os._exit(code)
        self.pid = pid

    def _poll(self, flags: int = os.WNOHANG) -> None:
        if self.exitcode is None and self.pid is not None:
            try:
                done, status = os.waitpid(self.pid, flags)
            except ChildProcessError:
                self.exitcode = -1
                return
            if done:
                self.exitcode = os.waitstatus_to_exitcode(status)

    def is_alive(self) -> bool:
        self._poll()
        return self.exitcode is None

    def kill(self) -> None:
        if self.pid is not None and self.exitcode is None:
            os.kill(self.pid, signal.SIGKILL)

    def join(self, timeout: float | None = None) -> None:
        deadline = None if timeout is None else time.monotonic() + timeout
        while self.is_alive():
            if deadline is not None and time.monotonic() > deadline:
                return
            time.sleep(0.01)


def _over_memory(budget: Budget, peak: int, what: str) -> BudgetExceededError:
    limit = format_bytes(budget.memory_bytes or 0)
    used = f" (reached {format_bytes(peak)})" if peak else ""
    return BudgetExceededError(
        f"{what} stopped: it used more than its memory limit of {limit}{used} "
        "(--memory-limit, GROUNDWORK_MEMORY_LIMIT)"
    )


def _died(process: Any, budget: Budget, peak: int, what: str) -> Any:
    code = process.exitcode
    if code is not None and code < 0 and -code == signal.SIGKILL and budget.memory_bytes:
        raise _over_memory(budget, peak, what)  # the kernel's OOM killer got there first
    raise GroundworkError(f"{what} stopped unexpectedly (worker process exit code {code})")


def _kill(process: Any) -> None:
    if process.is_alive():
        with contextlib.suppress(OSError, AttributeError):
            process.kill()
    process.join(5)
