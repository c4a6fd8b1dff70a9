"""Shared pytest fixtures."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from agent.config import PlanConfig
from tests.openai_server import OpenAIServer


@pytest.fixture
def openai_server() -> Iterator[OpenAIServer]:
    """A real OpenAI-compatible server on 127.0.0.1 (script it: see tests/openai_server.py)."""
    with OpenAIServer() as server:
        yield server


@pytest.fixture
def llm_config(openai_server: OpenAIServer, tmp_path: Path) -> PlanConfig:
    """A PlanConfig for --engine llm pointed at ``openai_server``, with tiny backoff delays."""
    return PlanConfig(
        engine="llm",
        model="test-model",
        base_url=openai_server.url,
        llm_timeout=10.0,
        llm_max_attempts=4,
        llm_retries=2,
        llm_backoff_base=0.001,
        cache_dir=str(tmp_path / "llm-cache"),
    )
