"""The run's settings from the environment, read and validated by pydantic-settings.

``PlanConfig.from_env()`` reads them through ``PlanEnv``; the CLI's flags override them. A
value that does not parse is a ``ConfigError`` naming the variable; an empty one is unset.

    GROUNDWORK_ENGINE            auto | llm | rules
    GROUNDWORK_MODEL             the model's name
    OPENAI_BASE_URL              an OpenAI-compatible endpoint
    OPENAI_API_KEY               its key (kept in memory only)
    GROUNDWORK_CHROMA_URL        a shared Chroma server
    GROUNDWORK_CONTEXT_TOKENS    the model's context window
    GROUNDWORK_LLM_TIMEOUT       seconds one model request may take
    GROUNDWORK_LLM_ATTEMPTS      tries per request on 429/5xx/connection errors
    GROUNDWORK_LLM_MAX_TOKENS    tokens one answer may use
    GROUNDWORK_MAX_CONCURRENCY   parallel model calls and branches

(``GROUNDWORK_TIME_LIMIT`` and ``GROUNDWORK_MEMORY_LIMIT`` take units, "30m", "4G": see
agent/budget.py.) Imported only by ``from_env``: the CLI's start does not pay for it.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import AliasChoices, Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from agent.errors import ConfigError

NUMBERS = ("context_tokens", "llm_timeout", "llm_max_attempts", "llm_max_tokens", "max_concurrency")


class PlanEnv(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="GROUNDWORK_", extra="ignore")

    engine: Literal["auto", "llm", "rules"] | None = None
    model: str | None = None
    base_url: str | None = Field(default=None, validation_alias=AliasChoices("OPENAI_BASE_URL"))
    api_key: SecretStr | None = Field(default=None, validation_alias=AliasChoices("OPENAI_API_KEY"))
    chroma_url: str | None = None
    context_tokens: int | None = None
    llm_timeout: float | None = None
    llm_max_attempts: int | None = Field(
        default=None, validation_alias=AliasChoices("GROUNDWORK_LLM_ATTEMPTS")
    )
    llm_max_tokens: int | None = None
    max_concurrency: int | None = None

    @field_validator("*", mode="before")
    @classmethod
    def _empty_is_unset(cls, value: Any) -> Any:
        if isinstance(value, str):
            value = value.strip()
            return value or None
        return value

    @classmethod
    def read(cls) -> PlanEnv:
        """The environment now; a ConfigError names the first variable that does not parse."""
        try:
            return cls()
        except ValidationError as exc:
            error = exc.errors()[0]
            name = str(error["loc"][0]) if error["loc"] else ""
            raise ConfigError(
                f"{_variable(name)}: {_expected(error)}, got {error['input']!r}"
            ) from None

    def settings(self) -> dict[str, Any]:
        """The PlanConfig fields set in the environment."""
        values = self.model_dump(exclude_none=True)
        if self.api_key is not None:
            values["api_key"] = self.api_key.get_secret_value()
        return values

    def numbers(self) -> dict[str, int | float]:
        return {k: v for k, v in self.model_dump(include=set(NUMBERS)).items() if v is not None}


def _variable(name: str) -> str:
    field = PlanEnv.model_fields.get(name)
    alias = field.validation_alias if field else None
    if isinstance(alias, AliasChoices):
        return str(alias.choices[0])
    return name if name.isupper() else f"GROUNDWORK_{name.upper()}"


def _expected(error: Any) -> str:
    kind = str(error.get("type", ""))
    if kind.startswith("int"):
        return "expected a whole number"
    if kind.startswith("float"):
        return "expected a number"
    return "expected " + str(error.get("msg", "a valid value")).removeprefix("Input should be ")
