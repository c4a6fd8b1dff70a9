"""Run configuration: one dataclass, defaults, environment overrides, read from the run config."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from agent.budget import Budget
    from agent.json_types import JSONObject

EngineName = Literal["auto", "llm", "rules"]

DEFAULT_MAX_BYTES = 100 * 1024 * 1024
DEFAULT_TIME_LIMIT = 3600.0  # seconds of wall time per run (agent.budget); 0 = none
DEFAULT_MEMORY_LIMIT = 4 * 1024**3  # bytes of resident memory per run (agent.budget); 0 = none
MIN_CONTEXT_TOKENS = 2048  # below this not even one step's instructions fit
MIN_PROMPT_TOKENS = 1536
LLM_CONCURRENCY = 20  # a plan has at most 20 visions: one round of calls per step
RULES_CONCURRENCY = 4


@dataclass
class PlanConfig:
    engine: EngineName = "auto"
    model: str | None = None
    base_url: str | None = None
    api_key: str | None = field(default=None, repr=False)  # lives only in the run context
    max_concurrency: int | None = None  # None: sized from the work (see parallel())
    max_repairs: int = 2  # validate -> repair loop bound
    context_tokens: int = 8000  # the model's context window: every prompt + answer fits in it
    llm_retries: int = 3  # validation-error feedback rounds per call
    llm_timeout: float = 120.0  # seconds one model request may take, its retries included
    llm_max_attempts: int = 5  # transport-level attempts on 429/5xx/timeouts
    llm_backoff_base: float = 1.0  # seconds; doubled per attempt, with jitter (tests use ~0.001)
    llm_backoff_max: float = 30.0  # cap on one backoff sleep, Retry-After included
    llm_max_tokens: int | None = None  # the answer's budget; None = 30% of context_tokens
    llm_temperature: float | None = 0.0  # None = server default; dropped if the model rejects it
    max_bytes: int = DEFAULT_MAX_BYTES
    interactive: bool = False
    cache_dir: str | None = None  # LLM response cache; default <out>/.groundwork/llm-cache
    llm_log: str | None = (
        None  # one JSON line per model request; default <out>/.groundwork/run/llm-calls.jsonl
    )
    chroma_url: str | None = None
    index_dir: str | None = None  # embedded Chroma; default <out>/.groundwork/index
    embeddings: Literal["wordllama", "openai"] = "wordllama"
    top_k: int = 6
    time_limit: float = DEFAULT_TIME_LIMIT  # env GROUNDWORK_TIME_LIMIT ("30m"); 0 = none
    memory_limit: int = DEFAULT_MEMORY_LIMIT  # env GROUNDWORK_MEMORY_LIMIT ("4G"); 0 = none
    # A caller's own settings, kept in run.json. Flat: pydantic reads this class (WebSettings)
    # and the JSON alias would import pydantic at the CLI's start.
    extra: dict[str, str | int | float | bool | None] = field(default_factory=dict)

    @classmethod
    def from_env(cls, **overrides: Any) -> PlanConfig:
        """Defaults, then the GROUNDWORK_*/OPENAI_* environment (agent/env.py), then explicit
        non-None overrides."""
        from agent.env import PlanEnv

        values: dict[str, Any] = PlanEnv.read().settings()
        budget = _env_budget()
        values.update(time_limit=budget.seconds or 0.0, memory_limit=budget.memory_bytes or 0)
        values.update({k: v for k, v in overrides.items() if v is not None})
        known = {f.name for f in fields(cls)}
        config = cls(**{k: v for k, v in values.items() if k in known and v is not None})
        config.check()
        return config

    @staticmethod
    def env_numbers() -> dict[str, int | float]:
        """The numeric GROUNDWORK_* settings present in the environment, by field name."""
        from agent.env import PlanEnv

        return PlanEnv.read().numbers()

    def check(self) -> None:
        """Refuse settings no run can work with, naming the setting to change."""
        from agent.errors import ConfigError

        for name, value, least in (
            (
                "--context-tokens / GROUNDWORK_CONTEXT_TOKENS",
                self.context_tokens,
                MIN_CONTEXT_TOKENS,
            ),
            ("--llm-max-tokens / GROUNDWORK_LLM_MAX_TOKENS", self.llm_max_tokens, 64),
            ("--llm-attempts / GROUNDWORK_LLM_ATTEMPTS", self.llm_max_attempts, 1),
            ("--max-concurrency / GROUNDWORK_MAX_CONCURRENCY", self.max_concurrency, 1),
        ):
            if value is not None and value < least:
                raise ConfigError(f"{name} must be at least {least}, got {value}")
        if self.llm_timeout <= 0:
            raise ConfigError(
                f"--llm-timeout / GROUNDWORK_LLM_TIMEOUT must be positive, got {self.llm_timeout:g}"
            )
        if self.answer_tokens() > self.context_tokens - MIN_PROMPT_TOKENS:
            raise ConfigError(
                f"--llm-max-tokens ({self.answer_tokens()}) leaves less than {MIN_PROMPT_TOKENS} "
                f"of --context-tokens ({self.context_tokens}) for the prompt; lower it or raise --context-tokens"
            )

    def parallel(self, work: int | None = None) -> int:
        """How many model calls (or decompose branches) may run at once for ``work`` items.

        ``max_concurrency`` when set; otherwise the work itself, up to a ceiling: one round
        for a plan's visions on the llm engine (the client halves it on 429s and timeouts),
        a few threads on the rules engine (CPU-bound work gains nothing from more).
        """
        ceiling = self.max_concurrency or (
            LLM_CONCURRENCY if self.resolved_engine() == "llm" else RULES_CONCURRENCY
        )
        return max(1, min(ceiling, work if work is not None else ceiling))

    def answer_tokens(self) -> int:
        """``max_tokens`` for every model call: the setting, else 30% of the context window."""
        if self.llm_max_tokens:
            return self.llm_max_tokens
        return max(256, min(4096, self.context_tokens * 3 // 10))

    def prompt_tokens(self) -> int:
        """What one prompt may use: the context window less the answer's budget."""
        return self.context_tokens - self.answer_tokens()

    @property
    def llm_configured(self) -> bool:
        return bool(self.base_url or self.api_key)

    def resolved_engine(self) -> Literal["llm", "rules"]:
        if self.engine == "auto":
            return "llm" if self.llm_configured else "rules"
        return self.engine

    def to_dict(self) -> JSONObject:
        data = asdict(self)
        data.pop("api_key", None)  # never persisted into checkpoints or plan files
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PlanConfig:
        """The config ``to_dict`` wrote (run.json, the web's settings), its unknown keys left out."""
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})

    def budget(self) -> Budget:
        """The run's limits (agent.budget): 0 switches a limit off."""
        from agent.budget import Budget

        return Budget(self.time_limit or None, self.memory_limit or None)

    def path_or(self, value: str | None, default: Path) -> Path:
        return Path(value) if value else default


def _env_budget() -> Budget:
    from agent.budget import Budget

    return Budget.from_env()
