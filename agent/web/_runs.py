"""Background runs for the web service: one folder per run, a bounded pool of worker threads.

Layout of ``<runs_dir>/<id>/`` (``id`` is 32 random hex digits; nothing a client sends is
ever used as a path)::

    web.json        this service's record: status, current step, questions, error, labels
    deck.pptx|pdf   the uploaded deck, named by the type read from its bytes
    org/            the org context, when it was uploaded as a ZIP
    out/            the plan's outputs; the runner keeps its checkpoint in out/.groundwork/run/

A restarted service reads every ``web.json``: paused, done and failed runs are listed as
they were; runs that were queued or running when the process died are put back on the
queue (``agent.runner.resume`` continues from the last checkpoint).
"""

from __future__ import annotations

import json
import logging
import os
import queue
import re
import shutil
import stat
import threading
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from agent.config import DEFAULT_MAX_BYTES, PlanConfig
from agent.errors import GroundworkError, InputError

log = logging.getLogger("groundwork.web")

RUN_ID = re.compile(r"^[0-9a-f]{32}$")
STATUSES = ("queued", "running", "paused", "done", "failed")
SETTLED = frozenset({"paused", "done", "failed"})
WEB_JSON = "web.json"
OUT = "out"
ORG = "org"
MAX_ANSWER_CHARS = 4000


@dataclass
class WebSettings:
    """Everything ``create_app`` needs. ``from_env`` fills the token and model endpoint."""

    runs_dir: Path
    orgs: dict[str, Path] = field(default_factory=dict)
    token: str | None = None
    max_upload_bytes: int = 50 * 1024 * 1024  # whole multipart body (deck + org ZIP)
    max_deck_bytes: int = DEFAULT_MAX_BYTES
    max_org_bytes: int = 200 * 1024 * 1024  # uncompressed total of an uploaded org ZIP
    max_org_files: int = 2000
    workers: int = 2
    base_config: PlanConfig = field(default_factory=PlanConfig.from_env)
    resume_on_start: bool = True

    @classmethod
    def from_env(
        cls, runs_dir: str | Path, org_dirs: list[str | Path] | None = None, **overrides: Any
    ) -> WebSettings:
        """Settings with GROUNDWORK_TOKEN and the model endpoint read from the environment."""
        token = os.environ.get("GROUNDWORK_TOKEN") or None
        values: dict[str, Any] = {"token": token, "orgs": org_map(org_dirs or [])}
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(runs_dir=Path(runs_dir), **values)


def org_map(dirs: list[str | Path]) -> dict[str, Path]:
    """Configured org folders by display name (the folder name; its parent's when ambiguous)."""
    result: dict[str, Path] = {}
    for raw in dirs:
        path = Path(raw).resolve()
        if not path.is_dir():
            raise GroundworkError(f"{raw}: org-context folder not found")
        name = path.name
        if name in result and result[name] != path:
            name = f"{path.parent.name}/{path.name}"
        n = 2
        base = name
        while name in result and result[name] != path:
            name, n = f"{base} ({n})", n + 1
        result[name] = path
    return result


class UploadRefused(Exception):
    """A client upload this service refuses; ``status`` is the HTTP status to answer with."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(" ".join(message.split()))
        self.status = status


def display_name(filename: str | None, default: str) -> str:
    """A client's file name, reduced to a label for messages (never used as a path)."""
    name = (filename or "").replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(ch for ch in name if ch.isprintable()).strip()
    return name[:120] or default


def copy_capped(
    src: Any, dest: Path, limit: int, label: str, *, already: int = 0, over: str = ""
) -> int:
    """Copy a file-like object to ``dest`` in chunks; refuse once ``already`` + copied passes ``limit``.

    Returns the new running total, so several copies can share one budget (a ZIP's entries).
    """
    total = already
    with dest.open("wb") as handle:
        while True:
            chunk = src.read(1024 * 1024)
            if not chunk:
                break
            total += len(chunk)
            if total > limit:
                raise UploadRefused(
                    413, f"{label}: {over or f'upload is over the {limit:,}-byte limit'}"
                )
            handle.write(chunk)
    return total


def _zip_member_path(name: str) -> PurePosixPath | None:
    """The safe relative path of a ZIP member, None to skip it; raises on unsafe names."""
    if "\x00" in name or any(not ch.isprintable() for ch in name):
        raise UploadRefused(400, f"entry {name!r} has control characters in its name")
    if "\\" in name:
        raise UploadRefused(400, f"entry {name!r} uses backslashes in its path")
    if name.startswith("/") or re.match(r"^[A-Za-z]:", name):
        raise UploadRefused(400, f"entry {name!r} has an absolute path")
    parts = [p for p in name.split("/") if p not in ("", ".")]
    if any(p == ".." for p in parts):
        raise UploadRefused(400, f"entry {name!r} points outside the archive (path traversal)")
    if not parts or parts[0] == "__MACOSX" or parts[-1] in (".DS_Store", "Thumbs.db"):
        return None
    if len(parts) > 16 or any(len(p) > 200 for p in parts):
        raise UploadRefused(400, f"entry {name[:80]!r}... is nested too deeply or too long")
    return PurePosixPath(*parts)


def extract_org_zip(
    archive_path: Path, dest: Path, *, max_bytes: int, max_files: int, label: str
) -> Path:
    """Unpack an org-context ZIP into ``dest`` with guards; return the context root.

    Refused: absolute paths, ``..``, symlinks, encrypted entries, more than ``max_files``
    files, more than ``max_bytes`` uncompressed (counted while inflating, not trusted from
    the header). A ZIP that holds a single top-level folder has that folder as its root.
    """
    try:
        archive = zipfile.ZipFile(archive_path)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise UploadRefused(400, f"{label}: not a ZIP archive (or truncated)") from None
    dest.mkdir(parents=True, exist_ok=True)
    root = dest.resolve()
    files = 0
    total = 0
    with archive:
        infos = archive.infolist()
        if len(infos) > max_files * 2:
            raise UploadRefused(400, f"{label}: {len(infos):,} entries (limit {max_files:,} files)")
        for info in infos:
            try:
                rel = _zip_member_path(info.filename)
            except UploadRefused as exc:
                raise UploadRefused(exc.status, f"{label}: {exc}") from None
            if rel is None:
                continue
            mode = info.external_attr >> 16
            if stat.S_ISLNK(mode):
                raise UploadRefused(400, f"{label}: entry {info.filename!r} is a symbolic link")
            if info.flag_bits & 0x1:
                raise UploadRefused(400, f"{label}: entry {info.filename!r} is encrypted")
            target = root.joinpath(*rel.parts)
            if not target.resolve().is_relative_to(root):
                raise UploadRefused(400, f"{label}: entry {info.filename!r} escapes the folder")
            if info.is_dir():
                target.mkdir(parents=True, exist_ok=True)
                continue
            files += 1
            if files > max_files:
                raise UploadRefused(400, f"{label}: more than {max_files:,} files")
            if total + info.file_size > max_bytes:
                raise UploadRefused(
                    413, f"{label}: contents would inflate past the {max_bytes:,}-byte limit"
                )
            target.parent.mkdir(parents=True, exist_ok=True)
            try:
                with archive.open(info) as src:
                    # counted while inflating: a header's declared size is not trusted
                    total = copy_capped(
                        src,
                        target,
                        max_bytes,
                        label,
                        already=total,
                        over=f"contents would inflate past the {max_bytes:,}-byte limit",
                    )
            except UploadRefused:
                raise
            except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError) as exc:
                reason = " ".join(str(exc).split())[:120]
                raise UploadRefused(
                    400, f"{label}: entry {info.filename!r} unreadable ({reason})"
                ) from None
    if files == 0:
        raise UploadRefused(400, f"{label}: the ZIP holds no files")
    entries = [p for p in root.iterdir()]
    if len(entries) == 1 and entries[0].is_dir():
        return entries[0]
    return root


def _atomic_json(path: Path, data: dict[str, Any]) -> None:
    tmp = path.with_name(f".{path.name}.{threading.get_ident()}.tmp")
    tmp.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, path)


def _jsonable(value: Any) -> Any:
    return json.loads(json.dumps(value, default=str))


class Run:
    """One run: its folder, its persisted record and its in-memory event log."""

    def __init__(self, path: Path, meta: dict[str, Any]) -> None:
        self.path = path
        self.meta = meta
        self.events: list[dict[str, Any]] = []
        self.lock = threading.Lock()

    @property
    def id(self) -> str:
        return str(self.meta["id"])

    @property
    def status(self) -> str:
        return str(self.meta["status"])

    @property
    def out_dir(self) -> Path:
        return self.path / OUT

    def deck_path(self) -> Path:
        return self.path / str(self.meta["deck_file"])

    def context_dir(self, orgs: dict[str, Path]) -> Path:
        if self.meta.get("org_dir"):
            return self.path / str(self.meta["org_dir"])
        name = str(self.meta.get("org") or "")
        if name not in orgs:
            raise GroundworkError(f"org {name!r} is no longer configured on this server")
        return orgs[name]

    def update(self, event: str | None = None, **changes: Any) -> None:
        """Change the record, persist it, and append an event (``event`` type) to the log."""
        with self.lock:
            self.meta.update(changes)
            self.meta["updated"] = time.time()
            _atomic_json(self.path / WEB_JSON, self.meta)
            if event is not None:
                self._emit(event)

    def _emit(self, event: str, **extra: Any) -> None:
        data = {
            "type": event,
            "id": self.id,
            "status": self.meta["status"],
            "step": self.meta.get("step"),
            "steps_done": list(self.meta.get("steps_done", [])),
        }
        if event == "paused":
            data["questions"] = self.meta.get("questions", [])
        if event == "failed":
            data["error"] = self.meta.get("error")
        data.update(extra)
        self.events.append({"seq": len(self.events) + 1, "event": event, "data": data})

    def events_after(self, seq: int) -> tuple[list[dict[str, Any]], bool]:
        """Events with a sequence number above ``seq``, and whether the run is settled now."""
        with self.lock:
            if seq > len(self.events):  # a client of an earlier server process: replay all
                seq = 0
            return list(self.events[seq:]), self.status in SETTLED

    def status_event(self) -> tuple[dict[str, Any], int, bool]:
        """The run's state now as one event's data, the last event number, and settled."""
        with self.lock:
            data = {
                "type": "status",
                "id": self.id,
                "status": self.meta["status"],
                "step": self.meta.get("step"),
                "steps_done": list(self.meta.get("steps_done", [])),
            }
            if self.status == "paused":
                data["questions"] = self.meta.get("questions", [])
            if self.status == "failed":
                data["error"] = self.meta.get("error")
            return data, len(self.events), self.status in SETTLED

    def snapshot(self) -> dict[str, Any]:
        with self.lock:
            return dict(self.meta)


@dataclass
class _Job:
    run_id: str
    action: str  # "plan" | "resume"
    answers: dict[str, str] | None = None


class RunManager:
    """Owns the runs under ``settings.runs_dir`` and the worker threads that execute them."""

    def __init__(self, settings: WebSettings) -> None:
        self.settings = settings
        self.runs_dir = Path(settings.runs_dir).resolve()
        self.runs: dict[str, Run] = {}
        self._lock = threading.Lock()
        self._queue: queue.Queue[_Job | None] = queue.Queue()
        self._threads: list[threading.Thread] = []
        self._started = False

    # -- lifecycle -------------------------------------------------------------------------

    def start(self) -> None:
        if self._started:
            return
        self._started = True
        self.runs_dir.mkdir(parents=True, exist_ok=True)
        self._load_existing()
        for n in range(max(1, self.settings.workers)):
            thread = threading.Thread(target=self._work, name=f"groundwork-run-{n}", daemon=True)
            thread.start()
            self._threads.append(thread)

    def stop(self) -> None:
        """Stop taking jobs. A run in progress keeps its checkpoint; the next start resumes it."""
        for _ in self._threads:
            self._queue.put(None)

    def _load_existing(self) -> None:
        for path in sorted(self.runs_dir.iterdir()):
            if not (RUN_ID.match(path.name) and (path / WEB_JSON).is_file()):
                continue
            try:
                meta = json.loads((path / WEB_JSON).read_text(encoding="utf-8"))
            except (OSError, ValueError):
                log.warning("skipping unreadable run record %s", path / WEB_JSON)
                continue
            if meta.get("id") != path.name or meta.get("status") not in STATUSES:
                continue
            run = Run(path, meta)
            self.runs[run.id] = run
            self._recover(run)

    def _recover(self, run: Run) -> None:
        status = run.status
        if status in SETTLED:
            run._emit(status)
            return
        # queued or running when the previous process stopped
        run_json = run.out_dir / ".groundwork" / "run" / "run.json"
        state = None
        if run_json.is_file():
            try:
                state = json.loads(run_json.read_text(encoding="utf-8")).get("status")
            except (OSError, ValueError):
                state = None
        if state == "paused":
            questions = run.meta.get("questions") or _questions_from_checkpoint(run.out_dir)
            run.update("paused", status="paused", step=None, questions=questions)
        elif state == "done" and (run.out_dir / "plan.json").is_file():
            run.update("done", status="done", step=None)
        elif not self.settings.resume_on_start:
            run.update(
                "failed",
                status="failed",
                step=None,
                error="interrupted by a server restart (resume on start is off)",
            )
        elif state is not None:
            run.update("resumed", status="queued", note="resuming after a server restart")
            self._queue.put(_Job(run.id, "resume"))
        else:
            run.update("queued", status="queued", note="restarted after a server restart")
            self._queue.put(_Job(run.id, "plan"))

    # -- public API ------------------------------------------------------------------------

    def new_run_dir(self) -> tuple[str, Path]:
        import secrets

        while True:
            run_id = secrets.token_hex(16)
            path = self.runs_dir / run_id
            try:
                path.mkdir(parents=True)
            except FileExistsError:
                continue
            return run_id, path

    def submit(self, run_id: str, path: Path, meta: dict[str, Any]) -> Run:
        now = time.time()
        meta = {
            "id": run_id,
            "status": "queued",
            "step": None,
            "steps_done": [],
            "questions": [],
            "error": None,
            "created": now,
            "updated": now,
            **meta,
        }
        run = Run(path, meta)
        run.update("queued")
        with self._lock:
            self.runs[run_id] = run
        self._queue.put(_Job(run_id, "plan"))
        return run

    def get(self, run_id: str) -> Run | None:
        if not RUN_ID.match(run_id):
            return None
        with self._lock:
            return self.runs.get(run_id)

    def list(self) -> list[Run]:
        with self._lock:
            runs = list(self.runs.values())
        return sorted(runs, key=lambda r: r.meta.get("created", 0), reverse=True)

    def answer(self, run: Run, answers: dict[str, str]) -> None:
        """Queue a paused run to resume with the strategist's answers."""
        with run.lock:
            if run.status != "paused":
                raise UploadRefused(409, f"run {run.id} is {run.status}, not paused for answers")
            known = {str(q.get("id")) for q in run.meta.get("questions", [])}
            unknown = sorted(set(answers) - known)
            if unknown and known:
                raise UploadRefused(
                    400,
                    f"unknown vision id(s): {', '.join(unknown)}; expected {', '.join(sorted(known))}",
                )
            run.meta["status"] = "queued"
            run.meta["answers"] = {**run.meta.get("answers", {}), **answers}
        run.update("resumed", questions=[])
        self._queue.put(_Job(run.id, "resume", answers))

    # -- workers ---------------------------------------------------------------------------

    def _work(self) -> None:
        from agent.budget import prefer_start_method

        # Runs execute in child processes (agent.budget); never fork a threaded server.
        prefer_start_method("forkserver")
        while True:
            job = self._queue.get()
            if job is None:
                return
            run = self.runs.get(job.run_id)
            if run is None:
                continue
            try:
                self._execute(run, job)
            except Exception:  # never let a worker die
                log.exception("run %s: unexpected failure in the worker", run.id)

    def _config(self, run: Run) -> PlanConfig:
        base = self.settings.base_config
        data = base.to_dict()
        data.update(
            engine=run.meta.get("engine", "auto"),
            interactive=bool(run.meta.get("interactive", True)),
            max_bytes=self.settings.max_deck_bytes,
        )
        config = PlanConfig.from_dict(data)
        config.api_key = base.api_key
        return config

    def _progress(self, run: Run) -> Callable[[str, dict[str, Any]], None]:
        def progress(step: str, _update: dict[str, Any]) -> None:
            done = list(run.meta.get("steps_done", []))
            if step not in done:
                done.append(step)
            run.update("step", step=step, steps_done=done)

        return progress

    def _execute(self, run: Run, job: _Job) -> None:
        from agent import runner

        run.update(
            "running",
            status="running",
            error=None,
            started=run.meta.get("started") or time.time(),
        )
        config = self._config(run)
        progress = self._progress(run)
        try:
            if job.action == "resume":
                result = runner.resume(
                    run.out_dir, answers=job.answers, config=config, progress=progress
                )
                if result.status == "done" and not (run.out_dir / "plan.json").is_file():
                    # Died before the first checkpoint: nothing to continue, start over.
                    shutil.rmtree(run.out_dir, ignore_errors=True)
                    result = self._plan(run, config, progress)
            else:
                result = self._plan(run, config, progress)
        except GroundworkError as exc:
            run.update("failed", status="failed", step=None, error=self._message(run, exc))
            return
        except Exception as exc:
            log.exception("run %s failed", run.id)
            reason = " ".join(str(exc).split())[:300]
            run.update(
                "failed",
                status="failed",
                step=None,
                error=self._scrub(run, f"internal error ({type(exc).__name__}): {reason}"),
            )
            return
        if result.status == "paused":
            run.update("paused", status="paused", step=None, questions=_jsonable(result.questions))
            return
        summary: dict[str, Any] = {}
        if result.plan is not None:
            plan = result.plan
            summary = {
                "visions": len(plan.visions),
                "vague": sum(1 for v in plan.visions if v.vagueness.vague),
                "scenarios": len(plan.scenarios),
                "tasks": len(plan.tasks),
                "gaps": len(plan.gaps),
                "engine": plan.engine.name,
            }
        run.update("done", status="done", step=None, summary=summary, finished=time.time())

    def _plan(self, run: Run, config: PlanConfig, progress: Any) -> Any:
        from agent import runner

        return runner.plan(
            run.deck_path(),
            context=run.context_dir(self.settings.orgs),
            out=run.out_dir,
            config=config,
            progress=progress,
            deck_name=run.meta.get("deck_name"),
        )

    def _scrub(self, run: Run, message: str) -> str:
        """No server paths in messages a client sees."""
        for base, label in ((run.path.resolve(), ""), (self.runs_dir, "")):
            message = message.replace(str(base) + os.sep, label).replace(str(base), label)
        for name, path in self.settings.orgs.items():
            message = message.replace(str(path), f"org {name}")
        return " ".join(message.split())

    def _message(self, run: Run, exc: GroundworkError) -> str:
        if isinstance(exc, InputError):
            try:
                same = Path(exc.path).resolve() == run.deck_path().resolve()
            except OSError:
                same = False
            if same:
                return self._scrub(run, f"{run.meta.get('deck_name', 'deck')}: {exc.reason}")
        return self._scrub(run, str(exc))


def _questions_from_checkpoint(out_dir: Path) -> list[dict[str, Any]]:
    """The pending clarification questions, read back from the run's checkpoint."""
    try:
        from agent.runner import pending_questions

        return _jsonable(pending_questions(out_dir))
    except Exception:  # best effort: a paused run with no questions can still be resumed
        log.warning("could not read pending questions from %s", out_dir, exc_info=True)
        return []
