"""Every request fits the context budget (--context-tokens), as an 8k local model needs.

The server records each request; its prompt is sized here independently (UTF-8 bytes / 3,
which errs high for every tokenizer we know) and must leave room for ``max_tokens``.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
from pptx import Presentation

from agent import PlanConfig, plan
from agent.engines.rules.visions import find_visions
from agent.errors import ConfigError
from extractors import extract
from tests.openai_server import OpenAIServer, RecordedRequest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "northwind-health"


def _prompt_tokens(request: RecordedRequest) -> int:
    return 3 + sum(
        4 + math.ceil(len(str(m.get("content") or "").encode()) / 3) for m in request.messages
    )


def _assert_fits(server: OpenAIServer, window: int) -> None:
    requests = server.chat_requests()
    assert requests
    for request in requests:
        answer = request.body.get("max_tokens") or request.body.get("max_completion_tokens")
        assert answer, "max_tokens is always explicit"
        assert _prompt_tokens(request) + answer <= window, (
            f"{request.step}: {_prompt_tokens(request)} prompt + {answer} answer > {window}"
        )


def _long_deck(path: Path, slides: int) -> Path:
    prs = Presentation()
    for i in range(1, slides + 1):
        slide = prs.slides.add_slide(prs.slide_layouts[1])
        slide.shapes.title.text = f"Priority {i}: region {i % 9} growth"
        body = slide.placeholders[1].text_frame
        body.text = f"Increase repeat purchase rate in region {i} from {10 + i % 7}% to {15 + i % 9}% by Q{1 + i % 4} 2027"
        body.add_paragraph().text = "Deliver a seamless, personalized experience " * 8
        slide.notes_slide.notes_text_frame.text = f"Region {i}: stores, staffing, loyalty. " * 20
    prs.save(str(path))
    return path


@pytest.mark.parametrize("window", [8000, 6144])
def test_every_request_of_the_example_fits_the_window(
    openai_server: OpenAIServer, llm_config: PlanConfig, tmp_path: Path, window: int
) -> None:
    deck = EXAMPLE / "strategy.pptx"
    visions = [d.model_dump(mode="json") for d in find_visions(extract(deck))]
    openai_server.route("find_visions", {"visions": visions})
    llm_config.context_tokens = window
    out = tmp_path / "out"
    result = plan(deck, context=EXAMPLE / "org", out=out, config=llm_config)
    assert result.plan is not None and len(result.plan.visions) == len(visions)
    _assert_fits(openai_server, window)
    decompose = openai_server.chat_requests("decompose")
    assert len(decompose) == len(visions)
    for request in decompose:
        assert request.user.count("<roster>") == 1, "the roster is sent once"
        assert "roster.csv" not in request.user.split("<hits>", 1)[1], "no passage repeats it"
        assert "<hit " in request.user, "passages fill what the budget leaves"
    assert any("<deck_plan>" in r.user for r in decompose), "the deck's own plan is not repeated"
    for request in openai_server.chat_requests("assess_vagueness"):
        assert "<systems>" not in request.user and "responsibilities" not in request.user

    # The run log has one line per request, with the estimate.
    lines = (out / ".groundwork" / "run" / "llm-calls.jsonl").read_text().splitlines()
    entries = [json.loads(line) for line in lines]
    assert len(entries) == openai_server.chat_calls
    assert all(e["estimated_prompt_tokens"] + e["max_tokens"] <= window for e in entries)
    assert {e["outcome"] for e in entries} == {"ok"}


def test_a_long_deck_is_read_in_parts_that_fit(
    openai_server: OpenAIServer, llm_config: PlanConfig, tmp_path: Path
) -> None:
    from agent.engines.llm import LLMEngine

    llm_config.context_tokens = 6144
    deck = extract(_long_deck(tmp_path / "long.pptx", 40))
    LLMEngine(llm_config).find_visions(deck)
    parts = openai_server.chat_requests("find_visions")
    assert len(parts) > 3
    _assert_fits(openai_server, 6144)
    numbers = {n for r in parts for n in __import__("re").findall(r'<unit slide="(\d+)"', r.user)}
    assert numbers == {str(i) for i in range(1, 41)}, "every slide is read once"


def test_a_window_too_small_for_the_instructions_is_one_line(
    llm_config: PlanConfig, tmp_path: Path
) -> None:
    llm_config.context_tokens = 4096
    with pytest.raises(ConfigError) as caught:
        plan(
            EXAMPLE / "strategy.pptx",
            context=EXAMPLE / "org",
            out=tmp_path / "o",
            config=llm_config,
        )
    message = str(caught.value)
    assert "--context-tokens" in message and "\n" not in message
    assert not (tmp_path / "o").exists(), "refused before anything was written"
