"""PlanConfig.from_env: the GROUNDWORK_*/OPENAI_* environment through pydantic-settings."""

from __future__ import annotations

import pytest

from agent.config import PlanConfig
from agent.errors import ConfigError


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in ("OPENAI_BASE_URL", "OPENAI_API_KEY", "GROUNDWORK_MODEL", "GROUNDWORK_ENGINE"):
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


def test_variables_become_settings_and_flags_win(clean_env: pytest.MonkeyPatch) -> None:
    clean_env.setenv("GROUNDWORK_MODEL", "small-model")
    clean_env.setenv("OPENAI_BASE_URL", "http://127.0.0.1:9/v1")
    clean_env.setenv("OPENAI_API_KEY", "sk-test-not-a-secret")
    clean_env.setenv("GROUNDWORK_LLM_ATTEMPTS", " 2 ")
    clean_env.setenv("GROUNDWORK_CONTEXT_TOKENS", "16000")
    config = PlanConfig.from_env(model="big-model")
    assert (config.model, config.base_url, config.api_key) == (
        "big-model",
        "http://127.0.0.1:9/v1",
        "sk-test-not-a-secret",
    )
    assert (config.llm_max_attempts, config.context_tokens) == (2, 16000)
    assert config.resolved_engine() == "llm"
    assert "sk-test" not in repr(config) and "api_key" not in config.to_dict()
    assert PlanConfig.env_numbers() == {"context_tokens": 16000, "llm_max_attempts": 2}


def test_an_empty_variable_is_unset(clean_env: pytest.MonkeyPatch) -> None:
    clean_env.setenv("OPENAI_BASE_URL", "")
    clean_env.setenv("GROUNDWORK_LLM_TIMEOUT", "  ")
    config = PlanConfig.from_env()
    assert config.base_url is None and config.llm_timeout == 120.0
    assert config.resolved_engine() == "rules"


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        (
            "GROUNDWORK_CONTEXT_TOKENS",
            "8k",
            "GROUNDWORK_CONTEXT_TOKENS: expected a whole number, got '8k'",
        ),
        ("GROUNDWORK_LLM_TIMEOUT", "soon", "GROUNDWORK_LLM_TIMEOUT: expected a number, got 'soon'"),
        ("GROUNDWORK_LLM_ATTEMPTS", "2.5", "GROUNDWORK_LLM_ATTEMPTS: expected a whole number"),
        ("GROUNDWORK_ENGINE", "magic", "GROUNDWORK_ENGINE: expected 'auto', 'llm' or 'rules'"),
    ],
)
def test_a_bad_value_names_its_variable(
    clean_env: pytest.MonkeyPatch, name: str, value: str, message: str
) -> None:
    clean_env.setenv(name, value)
    with pytest.raises(ConfigError) as caught:
        PlanConfig.from_env()
    assert str(caught.value).startswith(message)
