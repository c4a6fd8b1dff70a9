"""The web service's settings: defaults, then ``GROUNDWORK_*`` environment, then arguments."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from agent.config import DEFAULT_MAX_BYTES, PlanConfig
from agent.errors import ContextError

LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")


class WebSettings(BaseSettings):
    """Everything ``create_app`` needs. Each field reads ``GROUNDWORK_<NAME>`` from the
    environment (``GROUNDWORK_TOKEN``, ``GROUNDWORK_ALLOWED_HOSTS=a.example,b.example``,
    ``GROUNDWORK_RETENTION_DAYS``...) unless it is passed explicitly.
    """

    model_config = SettingsConfigDict(
        env_prefix="GROUNDWORK_", arbitrary_types_allowed=True, extra="ignore"
    )

    runs_dir: Path = Path("runs")
    orgs: dict[str, Path] = Field(default_factory=dict, description="label -> org folder")
    token: SecretStr | None = Field(
        default=None, description="bearer token every API route needs (header or cookie)"
    )
    allowed_hosts: Annotated[list[str], NoDecode] = Field(
        default_factory=lambda: list(LOOPBACK_HOSTS),
        description="Host header values served (DNS-rebinding guard); '*' allows any",
    )
    max_upload_bytes: int = 50 * 1024 * 1024  # whole multipart body (deck + org ZIP)
    max_deck_bytes: int = DEFAULT_MAX_BYTES
    max_org_bytes: int = 200 * 1024 * 1024  # uncompressed total of an uploaded org ZIP
    max_org_files: int = 2000
    workers: int = Field(default=2, ge=1, description="runs executed at once, one process each")
    resume_on_start: bool = True
    max_retries: int = Field(
        default=1, ge=0, description="automatic restarts of a run a crash interrupted"
    )
    retention_days: float | None = Field(
        default=30.0, description="settled runs older than this are deleted; None keeps them"
    )
    retention_bytes: int | None = Field(
        default=20 * 1024**3,
        description="oldest settled runs are deleted while all runs take more than this",
    )
    database_url: SecretStr | None = Field(
        default=None,
        description="team mode (agent.team): runs, jobs and checkpoints in this Postgres "
        "database, executed by `groundwork worker` processes; None runs everything in process",
    )
    base_config: PlanConfig = Field(default_factory=PlanConfig.from_env, exclude=True)

    @field_validator("allowed_hosts", mode="before")
    @classmethod
    def _split_hosts(cls, value: Any) -> Any:
        if isinstance(value, str):
            return [part.strip() for part in value.split(",") if part.strip()]
        return value

    @field_validator("token", "database_url", mode="before")
    @classmethod
    def _empty_is_none(cls, value: Any) -> Any:
        return value or None

    @property
    def token_value(self) -> str | None:
        return self.token.get_secret_value() if self.token else None

    @classmethod
    def from_env(
        cls, runs_dir: str | Path, org_dirs: list[str | Path] | None = None, **overrides: Any
    ) -> WebSettings:
        """Settings from the environment, with the runs folder, org folders and overrides given."""
        values = {k: v for k, v in overrides.items() if v is not None}
        return cls(runs_dir=Path(runs_dir), orgs=org_map(org_dirs or []), **values)


def org_map(dirs: list[str | Path]) -> dict[str, Path]:
    """Configured org folders by display name (the folder name; its parent's when ambiguous)."""
    result: dict[str, Path] = {}
    for raw in dirs:
        path = Path(raw).resolve()
        if not path.is_dir():
            raise ContextError(f"{raw}: org-context folder not found")
        name = path.name
        if name in result and result[name] != path:
            name = f"{path.parent.name}/{path.name}"
        n = 2
        base = name
        while name in result and result[name] != path:
            name, n = f"{base} ({n})", n + 1
        result[name] = path
    return result
