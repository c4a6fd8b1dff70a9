"""The run record: the one place a run's status lives, for the CLI, the library and the web.

``<out>/.groundwork/run/run.json`` holds a ``RunRecord``: the run's id (its LangGraph thread),
its inputs, its status and current step, the questions it is paused on, its error, and the
labels a caller (the web service) shows. The runner writes it at every step; the web service
reads the same file instead of keeping a second one. No secret ever goes in it: the
configuration is ``PlanConfig.to_dict()``, which drops the API key.

    record = RunRecord.load(out_dir)          # or RunRecord.load(record_path(out_dir))
    record.status, record.step, record.questions
"""

from __future__ import annotations

import json
import time
import uuid
from pathlib import Path
from typing import TYPE_CHECKING, Literal, NotRequired, TypedDict

from pydantic import BaseModel, ConfigDict, Field

from agent.json_types import JSONObject

if TYPE_CHECKING:
    from schemas.plan import Plan

RunStatus = Literal["queued", "running", "paused", "done", "failed"]
SETTLED: frozenset[str] = frozenset({"paused", "done", "failed"})
# A run's event stream re-reads this often without news (seconds), and ends on a settled
# status alone after this many such reads (a status saved with no settling event).
FOLLOW_SAFETY_POLL = 15.0
FOLLOW_QUIET_POLLS = 2


def stream_ends(status: str, newest_event: str | None) -> bool:
    """A follower of a run's events stops after the event that settled the run, never on a
    settled status taken ahead of its event (both stores, local and team, read it so)."""
    return status in SETTLED and (newest_event is None or newest_event in SETTLED)


RUN_SUBDIR = Path(".groundwork") / "run"
RECORD_FILE = "run.json"


class SourceJSON(TypedDict):
    """Where a vision was found (schemas.plan.Source as JSON)."""

    file: str
    slide: NotRequired[int | None]
    page: NotRequired[int | None]


class ReasonJSON(TypedDict):
    """Why a vision is vague (schemas.plan.VaguenessReason as JSON)."""

    code: str
    message: str
    evidence: NotRequired[str | None]


class Question(TypedDict):
    """A vague vision a paused run asks the strategist about (assess_vagueness's interrupt)."""

    id: str
    text: str
    source: SourceJSON
    reasons: list[ReasonJSON]
    questions: list[str]
    suggested_rewrite: str | None


class Clarify(TypedDict):
    """The value assess_vagueness interrupts with; resumed with {vision id or text: answer}."""

    kind: Literal["clarify"]
    visions: list[Question]


# What a finished run counts (visions, vague, scenarios, tasks, gaps) and its engine's name.
RunSummary = dict[str, int | str]


def summary_of(plan: Plan | None) -> RunSummary:
    """What a list of runs shows of a finished plan: counts and the engine."""
    if plan is None:
        return {}
    return {
        "visions": len(plan.visions),
        "vague": sum(1 for v in plan.visions if v.vagueness.vague),
        "scenarios": len(plan.scenarios),
        "tasks": len(plan.tasks),
        "gaps": len(plan.gaps),
        "engine": plan.engine.name,
    }


def record_path(out_dir: str | Path) -> Path:
    """Where the record of the run writing into ``out_dir`` lives."""
    return Path(out_dir) / RUN_SUBDIR / RECORD_FILE


class RunRecord(BaseModel):
    """One run's status and inputs. Unknown keys from older or newer versions are ignored."""

    model_config = ConfigDict(extra="ignore")

    thread_id: str = Field(default_factory=lambda: uuid.uuid4().hex, description="the run's id")
    status: RunStatus = "running"
    step: str | None = Field(default=None, description="the LangGraph step that finished last")
    steps_done: list[str] = Field(default_factory=list)
    # Questions as JSON: pydantic reads a typing.TypedDict on Python 3.12+ only.
    questions: list[JSONObject] = Field(
        default_factory=list, description="when paused: the visions asked about (Question)"
    )
    answers: dict[str, str] = Field(default_factory=dict, description="answers given so far")
    error: str | None = Field(default=None, description="why it failed: one line, safe to show")
    deck_path: str = ""
    context_dir: str = ""
    out_dir: str = ""
    deck_name: str | None = Field(default=None, description="the deck's name as the plan cites it")
    config: JSONObject = Field(default_factory=dict, description="PlanConfig, no API key")
    labels: dict[str, str] = Field(
        default_factory=dict, description="what a caller shows (the web: the org's label)"
    )
    summary: RunSummary = Field(default_factory=dict)
    attempts: int = Field(default=0, description="times a worker started or continued this run")
    state_format: int = Field(
        default=0, description="layout of the checkpointed state (agent.state.STATE_FORMAT)"
    )
    checkpoints: Literal["sqlite", "postgres"] = Field(
        default="sqlite",
        description="where LangGraph keeps its checkpoints: the run folder, or the team database",
    )
    created: float = Field(default_factory=time.time)
    updated: float = Field(default_factory=time.time)
    started: float | None = None
    finished: float | None = None

    @property
    def id(self) -> str:
        return self.thread_id

    @property
    def settled(self) -> bool:
        return self.status in SETTLED

    @classmethod
    def load(cls, path: str | Path) -> RunRecord:
        """Read a record from its file, or from the output folder (or run folder) it belongs to."""
        p = Path(path)
        if p.is_dir():
            p = p / RECORD_FILE if (p / RECORD_FILE).is_file() else record_path(p)
        return cls.model_validate(json.loads(p.read_text(encoding="utf-8")))

    def save(self, path: str | Path | None = None) -> Path:
        """Write atomically (fsync, then rename): a reader never sees half a record."""
        from agent.files import atomic_write_text

        self.updated = time.time()
        target = Path(path) if path is not None else record_path(self.out_dir)
        return atomic_write_text(target, self.model_dump_json(indent=2))

    def set_step(self, step: str) -> None:
        self.step = step
        if step not in self.steps_done:
            self.steps_done.append(step)


__all__ = [
    "RECORD_FILE",
    "RUN_SUBDIR",
    "FOLLOW_QUIET_POLLS",
    "FOLLOW_SAFETY_POLL",
    "SETTLED",
    "Clarify",
    "Question",
    "ReasonJSON",
    "RunRecord",
    "RunStatus",
    "RunSummary",
    "stream_ends",
    "summary_of",
    "SourceJSON",
    "record_path",
]
