"""What the API answers and accepts (the OpenAPI document's schemas)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from agent.json_types import JSONObject
from agent.record import RunStatus, RunSummary

# A done run's files: name -> URL, "tasks" -> [{role, file, url}], "exports" -> format -> URL.
Downloads = dict[str, str | list[dict[str, str]] | dict[str, str]]


class RunCreated(BaseModel):
    id: str
    status: RunStatus


class OrgOut(BaseModel):
    name: str
    files: int


class OrgsOut(BaseModel):
    orgs: list[OrgOut]


class EngineOut(BaseModel):
    name: Literal["rules", "llm"]
    label: str = Field(description="what a page shows for it")
    available: bool = Field(description="false when the server has no model endpoint for it")


class EnginesOut(BaseModel):
    engines: list[EngineOut]
    default: Literal["rules", "llm"] = Field(description="what engine auto uses on this server")


class RunOut(BaseModel):
    id: str
    status: RunStatus
    step: str | None = Field(default=None, description="the LangGraph step that finished last")
    steps_done: list[str] = Field(default_factory=list)
    error: str | None = None
    questions: list[JSONObject] = Field(
        default_factory=list,
        description="when paused: {id, text, source, reasons, questions, suggested_rewrite}",
    )
    open_questions: list[JSONObject] = Field(
        default_factory=list,
        description="when done (GET /api/runs/{id} only): the visions still vague, same shape "
        "as questions plus the answers given before; POST answers to re-plan what they change",
    )
    deck: str = Field(description="the uploaded file's name (a label only)")
    org: str
    engine: str
    interactive: bool
    attempts: int = Field(default=0, description="times a worker started or continued it")
    created: float
    updated: float
    summary: RunSummary = Field(default_factory=dict)
    downloads: Downloads = Field(default_factory=dict)


class RunsOut(BaseModel):
    runs: list[RunOut]


class AnswersIn(BaseModel):
    answers: dict[str, str] = Field(
        default_factory=dict,
        description='vision id -> answer, e.g. {"V1": "..."}; a paused run resumes (empty '
        "keeps the flags), a done run is re-planned with them (at least one needed)",
    )


class SessionIn(BaseModel):
    token: str = Field(max_length=4096, description="the server's GROUNDWORK_TOKEN")
