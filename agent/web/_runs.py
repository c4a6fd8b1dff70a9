"""The runs service: what the API does to runs, in domain terms (no HTTP here).

``RunService`` creates a run from an upload (checked cheaply, then queued), answers a
paused run, cancels and deletes runs, applies retention, and recovers runs at startup.
It raises the documented errors (``agent.errors``); the web layer maps them to responses.
"""

from __future__ import annotations

import copy
import json
import logging
import shutil
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any, Literal, TypeVar

from agent.errors import ContextError, LLMConfigError, RunError, RunStateError
from agent.json_types import JSONObject
from agent.record import RunRecord, record_path
from agent.web._jobs import CANCELLED, JobQueue, LocalJobQueue, recover
from agent.web._settings import WebSettings
from agent.web._store import ORG, OUT, RunStore
from agent.web._uploads import display_name, extract_org_zip, save_deck
from agent.web._worker import Job

log = logging.getLogger("groundwork.web")

MAX_ANSWER_CHARS = 4000
T = TypeVar("T")
Engine = Literal["auto", "llm", "rules"]


_FROM_PLAN: OrderedDict[tuple[str, str, int, int, int], Any] = OrderedDict()
_FROM_PLAN_MAX = 512
_from_plan_lock = threading.Lock()


def from_plan(path: Path, what: str, read: Callable[[Path], T]) -> T:
    """``read(path)`` for a run's plan.json, computed once while the file stays the same
    (inode, size, mtime): every request for a finished run (one run, the runs list the page
    reloads every few seconds) asks for its open questions and its role files, and parsing
    the plan each time was most of such a request. A copy, so callers may change it."""
    try:
        st = path.stat()
    except OSError:
        return read(path)  # its own error path (a missing plan)
    key = (str(path), what, st.st_ino, st.st_size, st.st_mtime_ns)
    with _from_plan_lock:
        if key in _FROM_PLAN:
            _FROM_PLAN.move_to_end(key)
            return copy.deepcopy(_FROM_PLAN[key])  # type: ignore[no-any-return]
    value = read(path)
    with _from_plan_lock:
        _FROM_PLAN[key] = value
        while len(_FROM_PLAN) > _FROM_PLAN_MAX:
            _FROM_PLAN.popitem(last=False)
    return copy.deepcopy(value)


def open_questions(record: RunRecord) -> list[JSONObject]:
    """A finished plan's visions that are still vague, as questions one can answer later.

    The same shape as a paused run's questions (agent.record.Question) plus the answers given
    before, read from plan.json; a vision answered before is asked about in
    its deck wording, and a new answer replaces the earlier one.
    """
    if record.status != "done" or not record.summary.get("vague", 1):
        return []
    return from_plan(Path(record.out_dir) / "plan.json", "open_questions", _open_questions)


def _open_questions(path: Path) -> list[JSONObject]:
    try:
        plan = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return []
    return [
        {
            "id": v["id"],
            "text": v.get("original_text") or v["text"],
            "source": v.get("source"),
            "reasons": v["vagueness"].get("reasons", []),
            "questions": v["vagueness"].get("questions", []),
            "suggested_rewrite": v["vagueness"].get("suggested_rewrite"),
            "answers": v.get("answers", []),
        }
        for v in plan.get("visions", [])
        if v.get("vagueness", {}).get("vague")
    ]


class RunService:
    """Owns the runs under ``settings.runs_dir`` and hands their work to a ``JobQueue``."""

    def __init__(
        self,
        settings: WebSettings,
        jobs: JobQueue | None = None,
        store: RunStore | None = None,
    ) -> None:
        self.settings = settings
        self.store = store or RunStore(settings.runs_dir)
        self.jobs: JobQueue = jobs or LocalJobQueue(
            self.store, workers=settings.workers, api_key=settings.base_config.api_key
        )
        self._sweep_lock = threading.Lock()

    # -- lifecycle -------------------------------------------------------------------------

    def start(self) -> None:
        records = self.store.load_all()
        self.jobs.start()
        if self.settings.resume_on_start:
            recover(self.store, self.jobs, records, max_retries=self.settings.max_retries)
        else:
            for record in records:
                if not record.settled:
                    record.status, record.step = "failed", None
                    record.error = "interrupted by a server restart (resume on start is off)"
                    self.store.save(record, "failed")
                else:
                    self.store.publish(record, record.status)
        self.sweep()

    def stop(self) -> None:
        self.jobs.stop()

    # -- creating a run --------------------------------------------------------------------

    def create(
        self,
        deck: IO[bytes],
        deck_filename: str | None,
        *,
        org: str | None = None,
        org_zip: IO[bytes] | None = None,
        org_zip_filename: str | None = None,
        engine: Engine = "auto",
        interactive: bool = True,
    ) -> RunRecord:
        """Accept a deck and an org context (a configured name or a ZIP) and queue the run.

        Only cheap checks happen here (size, type from the bytes, ZIP safety); the deck is
        read in the job. Nothing is left behind when a check fails.
        """
        settings = self.settings
        self.sweep()  # retention before taking more disk
        if bool(org) == (org_zip is not None):
            configured = ", ".join(settings.orgs) or "none configured"
            raise ContextError(
                f"give either org (a configured org folder: {configured}) or org_zip (a ZIP upload)"
            )
        if org and org not in settings.orgs:
            configured = ", ".join(settings.orgs) or "none configured"
            raise ContextError(f"unknown org {org[:80]!r} (configured: {configured})")
        if engine == "llm" and not settings.base_config.llm_configured:
            raise LLMConfigError(
                "engine llm needs a model endpoint configured on the server "
                "(OPENAI_BASE_URL or OPENAI_API_KEY); use engine rules or auto"
            )
        deck_label = display_name(deck_filename, "deck")
        run_id, folder = self.store.new_folder()
        try:
            deck_file = save_deck(deck, folder, deck_label, settings.max_deck_bytes)
            if org_zip is not None:
                zip_label = display_name(org_zip_filename, "org.zip")
                context = self._unpack(org_zip, folder, zip_label)
                org_label = f"upload: {zip_label}"
            else:
                context, org_label = settings.orgs[str(org)], str(org)
        except BaseException:
            shutil.rmtree(folder, ignore_errors=True)
            raise
        config = settings.base_config.to_dict()
        config.update(engine=engine, interactive=interactive, max_bytes=settings.max_deck_bytes)
        record = RunRecord(
            thread_id=run_id,
            status="queued",
            deck_path=str(folder / deck_file),
            context_dir=str(context),
            out_dir=str(folder / OUT),
            deck_name=deck_label,
            config=config,
            labels={"org": org_label},
        )
        self.store.save(record, "queued")
        self.jobs.submit(Job(run_id, "plan"))
        return record

    def _unpack(self, org_zip: IO[bytes], folder: Path, label: str) -> Path:
        from agent.web._uploads import copy_capped

        archive = folder / "org.zip"
        copy_capped(org_zip, archive, self.settings.max_upload_bytes, label)
        root = extract_org_zip(
            archive,
            folder / ORG,
            max_bytes=self.settings.max_org_bytes,
            max_files=self.settings.max_org_files,
            label=label,
        )
        archive.unlink()
        return root

    # -- acting on a run -------------------------------------------------------------------

    def get(self, run_id: str) -> RunRecord:
        return self.store.get(run_id)

    def records(self) -> list[RunRecord]:
        return self.store.records()

    def answer(self, run_id: str, answers: dict[str, str]) -> RunRecord:
        """Queue a run to continue with the strategist's answers (vision id -> text).

        A paused run resumes (no answers keeps the flags). A finished plan whose visions are
        still vague is answered later: it is re-planned from the vagueness step with them.
        """
        record = self.store.get(run_id)
        later = record.status == "done"
        if record.status != "paused" and not later:
            raise RunStateError(f"run {run_id} is {record.status}, not paused for answers")
        clean: dict[str, str] = {}
        for key, value in answers.items():
            text = " ".join(str(value).split())
            if len(text) > MAX_ANSWER_CHARS:
                raise RunError(f"answer to {key[:20]} is over {MAX_ANSWER_CHARS:,} characters")
            if text:
                clean[str(key)[:20]] = text
        asked = open_questions(record) if later else record.questions
        known = {str(q.get("id")) for q in asked}
        if later and not clean:
            raise RunError("the plan is written; give at least one answer to re-plan it")
        unknown = sorted(set(clean) - known)
        if unknown and (known or later):
            raise RunError(
                f"unknown vision id(s): {', '.join(unknown)}; expected {', '.join(sorted(known))}"
            )
        record.status, record.questions, record.step = "queued", [], None
        record.answers = {**record.answers, **clean}
        record.attempts = 0  # the retry budget counts crashes since the strategist last acted
        # Two answers at once (two tabs, two API processes): the first one resumes the run.
        if not self.store.save_if(record, "resumed", expect=("done",) if later else ("paused",)):
            current = self.store.get(run_id)
            raise RunStateError(f"run {run_id} is {current.status}, not paused for answers")
        self.jobs.submit(Job(run_id, "resume", clean))
        return record

    def cancel(self, run_id: str) -> RunRecord:
        """Stop a queued, running or paused run; it ends failed with the reason."""
        record = self.store.get(run_id)
        if record.status in ("done", "failed"):
            raise RunStateError(f"run {run_id} is already {record.status}")
        self.jobs.cancel(run_id)
        if record.status == "running":
            # The queue records the kill (or the run ended just now and says how): never
            # write over what its process saved last.
            return self._wait_settled(run_id)
        record.status, record.step, record.error = "failed", None, CANCELLED
        record.finished = time.time()
        if not self.store.save_if(record, "failed", expect=("queued", "paused")):
            return self._wait_settled(run_id)  # a worker took it meanwhile: it records the stop
        return record

    def _wait_settled(self, run_id: str, timeout: float = 30.0) -> RunRecord:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            record = self.store.get(run_id)
            if record.settled:
                return record
            time.sleep(0.05)
        return self.store.get(run_id)

    def delete(self, run_id: str) -> None:
        """Delete a run and its files (a running one is stopped first)."""
        record = self.store.get(run_id)
        if not record.settled:
            self.jobs.cancel(run_id)
            self._wait_settled(run_id)
        self.store.forget(run_id)

    def sweep(self) -> list[str]:
        """Apply retention: delete settled runs past the age or total-size limit."""
        if not self._sweep_lock.acquire(blocking=False):
            return []
        try:
            doomed = self.store.expired(self.settings.retention_days, self.settings.retention_bytes)
            for run_id in doomed:
                self.store.forget(run_id)
            if doomed:
                log.info("retention: deleted %d run(s)", len(doomed))
            return doomed
        finally:
            self._sweep_lock.release()

    def out_dir(self, run_id: str) -> Path:
        return self.store.folder(run_id) / OUT

    def record_file(self, run_id: str) -> Path:
        return record_path(self.out_dir(run_id))
