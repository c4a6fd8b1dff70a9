"""What the API answers and accepts (the OpenAPI document's schemas)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from agent.record import RunStatus


class RunCreated(BaseModel):
    id: str
    status: RunStatus


class OrgOut(BaseModel):
    name: str
    files: int


class OrgsOut(BaseModel):
    orgs: list[OrgOut]


class RunOut(BaseModel):
    id: str
    status: RunStatus
    step: str | None = Field(default=None, description="the LangGraph step that finished last")
    steps_done: list[str] = Field(default_factory=list)
    error: str | None = None
    questions: list[dict[str, Any]] = Field(
        default_factory=list,
        description="when paused: {id, text, source, reasons, questions, suggested_rewrite}",
    )
    deck: str = Field(description="the uploaded file's name (a label only)")
    org: str
    engine: str
    interactive: bool
    attempts: int = Field(default=0, description="times a worker started or continued it")
    created: float
    updated: float
    summary: dict[str, Any] = Field(default_factory=dict)
    downloads: dict[str, Any] = Field(default_factory=dict)


class RunsOut(BaseModel):
    runs: list[RunOut]


class AnswersIn(BaseModel):
    answers: dict[str, str] = Field(
        default_factory=dict, description='vision id -> answer, e.g. {"V1": "..."}'
    )


class SessionIn(BaseModel):
    token: str = Field(max_length=4096, description="the server's GROUNDWORK_TOKEN")
