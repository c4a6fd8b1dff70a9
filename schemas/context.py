"""What the organization actually has: roles, systems, stated absences, metrics."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class Role(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str
    team: str | None = None
    tier: Literal["core", "extended"] = "core"
    tier_stated: bool = Field(default=True, description="False when the tier defaulted to core")
    responsibilities: list[str] = Field(default_factory=list)
    source: str = ""
    person: str | None = Field(default=None, description="the person holding the role, when listed")
    reports_to: str | None = None


class System(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str
    category: str = Field(
        default="other",
        description="cdp | crm | warehouse | email | consent | experimentation | identity | cms | analytics | ... | other",
    )
    description: str = ""
    source: str = ""
    owner: str | None = Field(default=None, description="owner as stated in the inventory")


class SystemAbsence(BaseModel):
    """A capability the context says the organization does not have."""

    model_config = ConfigDict(extra="forbid")

    capability: str = Field(description="category, e.g. identity, consent, experimentation")
    text: str = Field(description="the sentence stating the absence")
    source: str = ""
    kind: Literal["absence", "limitation", "constraint"] = Field(
        default="absence",
        description="absence: not there; limitation: partial, manual or not kept; constraint: binds the plan",
    )
    subject: str = Field(default="", description="what the statement is about, in its words")
    until: str | None = Field(
        default=None,
        description="YYYY-MM when the statement is only a term that ends then (a contract, "
        "licence, lease or funding): a gap only for a plan that runs past it",
    )
    practice: bool = Field(
        default=False,
        description="today's practice said at a degree (how often, how much of the estate, how "
        "long it takes, by what hand means, at what capacity): a gap only where the deck's own "
        "plan changes it",
    )


class Metric(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str
    definition: str = ""
    owner: str | None = None
    source: str = ""
    baseline: str | None = None
    target: str | None = None
    data_source: str = Field(
        default="",
        description="where the figure comes from, as the definition says (a system, a survey, "
        "a register); ``source`` is the file the definition was read from",
    )


class OrgContext(BaseModel):
    model_config = ConfigDict(extra="forbid")

    root: str
    roles: list[Role] = Field(default_factory=list)
    systems: list[System] = Field(default_factory=list)
    absences: list[SystemAbsence] = Field(default_factory=list)
    practices: list[SystemAbsence] = Field(
        default_factory=list,
        description="today's practices said at a degree (SystemAbsence.practice): gaps only "
        "where the deck's own plan changes them, so kept apart from the stated absences",
    )
    metrics: list[Metric] = Field(default_factory=list)
    documents: list[str] = Field(default_factory=list)
    skipped: list[str] = Field(
        default_factory=list, description="'file: reason' per unreadable file"
    )
    warnings: list[str] = Field(default_factory=list)
    remits: dict[str, list[str]] = Field(
        default_factory=dict,
        description="role name -> sentences in the org's documents that say what the role does",
    )
    remit_sources: dict[str, str] = Field(
        default_factory=dict, description="remit sentence -> the document it was read from"
    )
    texts: list[str] = Field(
        default_factory=list,
        description="the documents' prose sentences, for fit and vocabulary (not for citation)",
    )

    def role_names(self) -> list[str]:
        return [r.name for r in self.roles]

    def role(self, name: str) -> Role | None:
        key = name.casefold().strip()
        return next((r for r in self.roles if r.name.casefold().strip() == key), None)


class ContextHit(BaseModel):
    """One retrieved chunk of the org context, with provenance."""

    model_config = ConfigDict(extra="forbid")

    doc: str = Field(description="path relative to the org-context folder")
    chunk: int = Field(ge=0)
    text: str
    score: float = 0.0
    heading: str = Field(default="", description="heading path, e.g. 'Systems > CDP'")
    start: int = Field(default=0, ge=0, description="character span in the document")
    end: int = Field(default=0, ge=0)
