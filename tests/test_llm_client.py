"""LLMClient against a real OpenAI-compatible server on 127.0.0.1, through the real openai client."""

from __future__ import annotations

import dataclasses
import json
import socket
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel, ConfigDict, Field

from agent.config import PlanConfig
from agent.engines._llm_client import (
    LLMClient,
    StrictSchemaError,
    extract_json,
    strict_json_schema,
)
from agent.engines.base import Decomposition, ScenarioList, TaskDraft, VisionList
from agent.engines.llm import _DecompositionAnswer, _ScenarioAnswer, _VaguenessAnswer
from agent.errors import LLMConfigError, LLMResponseError, LLMUnavailableError
from tests.openai_server import (
    OpenAIServer,
    delayed,
    error,
    json_reply,
    refusal,
    text_reply,
    truncated,
)


class Answer(BaseModel):
    model_config = ConfigDict(extra="forbid")

    title: str
    count: int = Field(ge=0)
    tags: list[str] = Field(default_factory=list)
    note: str | None = None


GOOD: dict[str, Any] = {"title": "ok", "count": 2, "tags": ["a"], "note": None}
MESSAGES = [
    {"role": "system", "content": "You count things."},
    {"role": "user", "content": "<data>three apples</data>"},
]


@pytest.fixture
def server(openai_server: OpenAIServer) -> OpenAIServer:
    openai_server.route("answer", GOOD)
    return openai_server


@pytest.fixture
def client(llm_config: PlanConfig) -> LLMClient:
    return LLMClient(llm_config)


def ask(client: LLMClient, messages: list[dict[str, Any]] | None = None) -> Answer:
    return client.structured(messages or MESSAGES, Answer, step="answer")


# --------------------------------------------------------------------------- happy path


def test_happy_path_sends_strict_json_schema_and_counts_usage(
    server: OpenAIServer, client: LLMClient
) -> None:
    server.queue(json_reply(GOOD, usage=(11, 7)))

    assert ask(client) == Answer(**GOOD)

    [request] = server.chat_requests()
    rf = request.body["response_format"]
    assert rf["type"] == "json_schema"
    assert rf["json_schema"]["name"] == "answer"
    assert rf["json_schema"]["strict"] is True
    assert rf["json_schema"]["schema"]["required"] == ["title", "count", "tags", "note"]
    assert request.body["model"] == "test-model"
    assert request.body["temperature"] == 0.0
    assert request.body["max_tokens"] == 2400  # explicit: 30% of the 8000-token window
    assert request.headers["authorization"] == "Bearer not-needed"  # placeholder for local servers
    usage = client.usage()
    assert (usage.llm_calls, usage.cached_calls) == (1, 0)
    assert (usage.prompt_tokens, usage.completion_tokens) == (11, 7)


def test_no_endpoint_is_a_config_error() -> None:
    with pytest.raises(LLMConfigError) as info:
        LLMClient(PlanConfig())
    assert str(info.value) == (
        "no model endpoint configured: set OPENAI_BASE_URL/OPENAI_API_KEY or use --engine rules"
    )


def test_api_key_is_sent_when_configured(server: OpenAIServer, llm_config: PlanConfig) -> None:
    client = LLMClient(dataclasses.replace(llm_config, api_key="sk-test"))
    ask(client)
    assert server.chat_requests()[0].headers["authorization"] == "Bearer sk-test"


# --------------------------------------------------------------------------- mode ladder


def test_server_without_json_schema_falls_back_to_json_object_and_remembers(
    server: OpenAIServer, client: LLMClient
) -> None:
    server.accepts = {"json_object", "text"}

    assert ask(client) == Answer(**GOOD)
    first, second = server.chat_requests()
    assert first.response_format == "json_schema"
    assert second.response_format == "json_object"
    assert "Schema name: answer" in second.system
    # The schema travels in the prompt, compact: "required"/"additionalProperties" are said in words.
    assert '"note":{"type":["string","null"]}' in second.system
    assert client.mode == "json_object"

    ask(client, [*MESSAGES, {"role": "user", "content": "again"}])
    assert [r.response_format for r in server.chat_requests()] == [
        "json_schema",
        "json_object",
        "json_object",
    ]


def test_server_without_any_response_format_falls_back_to_text(
    server: OpenAIServer, client: LLMClient
) -> None:
    server.accepts = {"text"}
    server.route(
        "answer",
        text_reply(
            '<think>The user wants a count. Maybe {"title": "wrong"}?</think>\n'
            'Here you go:\n```json\n{"title": "ok", "count": 2, "tags": ["a"], "note": null}\n```'
        ),
    )

    assert ask(client) == Answer(**GOOD)
    assert [r.response_format for r in server.chat_requests()] == [
        "json_schema",
        "json_object",
        "text",
    ]
    assert "response_format" not in server.chat_requests()[-1].body
    assert client.mode == "text"


def test_any_400_before_the_first_answer_falls_back_once(
    server: OpenAIServer, client: LLMClient
) -> None:
    # Some servers reject json_schema with wording we cannot predict.
    server.queue(error(400, "bad request"))
    assert ask(client) == Answer(**GOOD)
    assert [r.response_format for r in server.chat_requests()] == ["json_schema", "json_object"]


def test_a_400_after_the_endpoint_answered_is_not_a_fallback(
    server: OpenAIServer, client: LLMClient
) -> None:
    ask(client)
    server.queue(error(400, "context length exceeded: 9000 tokens"))
    with pytest.raises(
        LLMResponseError, match=r"answer: the endpoint rejected the request \(HTTP 400\)"
    ):
        ask(client, [*MESSAGES, {"role": "user", "content": "more"}])
    assert server.chat_calls == 2 and client.mode == "json_schema"


def test_unsupported_temperature_is_dropped(server: OpenAIServer, client: LLMClient) -> None:
    server.queue(
        error(400, "Unsupported value: 'temperature' does not support 0.0 with this model.")
    )
    assert ask(client) == Answer(**GOOD)
    first, second = server.chat_requests()
    assert "temperature" in first.body
    assert "temperature" not in second.body


def test_max_tokens_becomes_max_completion_tokens_where_the_model_asks(
    server: OpenAIServer, client: LLMClient
) -> None:
    """Reasoning models refuse max_tokens; the client re-sends the same budget by the new name."""
    server.queue(
        error(
            400,
            "Unsupported parameter: 'max_tokens' is not supported with this model. "
            "Use 'max_completion_tokens' instead.",
        )
    )
    assert ask(client) == Answer(**GOOD)
    first, second = server.chat_requests()
    assert "max_tokens" in first.body and "max_completion_tokens" not in first.body
    assert second.body["max_completion_tokens"] == first.body["max_tokens"]
    assert "max_tokens" not in second.body


def test_authentication_failure_is_a_config_error(server: OpenAIServer, client: LLMClient) -> None:
    server.queue(error(401, "Incorrect API key provided"))
    with pytest.raises(LLMConfigError, match=r"refused the credentials \(HTTP 401\)"):
        ask(client)


# --------------------------------------------------------------------------- answers


def test_malformed_json_then_repair_feeds_the_error_back(
    server: OpenAIServer, client: LLMClient
) -> None:
    server.queue(
        text_reply('{"title": "ok", "count": '),
        json_reply({"title": "ok", "count": -1, "tags": [], "note": None}),
    )

    assert ask(client) == Answer(**GOOD)

    first, second, third = server.chat_requests()
    assert second.messages[-2] == {"role": "assistant", "content": '{"title": "ok", "count": '}
    assert second.messages[-1]["role"] == "user"
    assert "Your last answer did not validate:" in second.messages[-1]["content"]
    assert "Return corrected JSON only" in second.messages[-1]["content"]
    assert "count: Input should be greater than or equal to 0" in third.messages[-1]["content"]
    # The model sees its last answer and the error, not every earlier round.
    assert len(third.messages) == len(first.messages) + 2
    assert third.messages[-2]["role"] == "assistant"


def test_repair_is_bounded(server: OpenAIServer, llm_config: PlanConfig) -> None:
    client = LLMClient(dataclasses.replace(llm_config, llm_retries=1))
    server.route("answer", {"title": "ok"})
    with pytest.raises(LLMResponseError) as info:
        ask(client)
    assert "answer: the model's answer did not validate after 2 attempts" in str(info.value)
    assert "count: Field required" in str(info.value)
    assert server.chat_calls == 2


def test_bare_list_is_wrapped_for_a_single_list_model(
    server: OpenAIServer, client: LLMClient
) -> None:
    vision = {
        "text": "Grow",
        "source": {"file": "d.pptx", "slide": 2, "page": None},
        "evidence": None,
    }
    server.route("visions", [vision])
    result = client.structured(MESSAGES, VisionList, step="visions")
    assert result.visions[0].source.slide == 2


def test_truncation_retries_once_with_a_larger_budget(
    server: OpenAIServer, client: LLMClient
) -> None:
    server.queue(truncated('{"title": "ok", "cou', usage=(10, 1500)))

    assert ask(client) == Answer(**GOOD)

    first, second = server.chat_requests()
    assert first.body["max_tokens"] == 2400
    assert second.body["max_tokens"] == 4800  # doubled: the prompt is small, the window has room
    assert "cut off at the length limit" in second.messages[-1]["content"]


def test_truncated_twice_is_a_response_error(server: OpenAIServer, client: LLMClient) -> None:
    server.queue(truncated(), truncated())
    with pytest.raises(
        LLMResponseError, match=r"cut off at max_tokens=\d+ twice; raise --llm-max-tokens"
    ):
        ask(client)
    assert server.chat_calls == 2


def test_refusal_is_a_response_error(server: OpenAIServer, client: LLMClient) -> None:
    server.queue(refusal("I cannot plan for this organization."))
    with pytest.raises(LLMResponseError) as info:
        ask(client)
    assert str(info.value) == (
        "answer: the model refused to answer (I cannot plan for this organization.); "
        "finished steps are saved; `groundwork resume OUT_DIR` continues the run"
    )
    assert server.chat_calls == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('{"a": 1}', {"a": 1}),
        ('<think>maybe {"a": 0}</think>{"a": 1}', {"a": 1}),
        ('<think>\nlong\nthought\n</think>\n\n```json\n{"a": 1}\n```', {"a": 1}),
        ('reasoning without an opening tag</think>{"a": 1}', {"a": 1}),
        ('Sure! Here it is: {"a": {"b": [1, 2]}} Hope that helps.', {"a": {"b": [1, 2]}}),
        ('```\n{"a": 1}\n```', {"a": 1}),
        ('{ broken } then {"a": 1}', {"a": 1}),
    ],
)
def test_extract_json(text: str, expected: Any) -> None:
    assert extract_json(text) == expected


def test_extract_json_without_json() -> None:
    with pytest.raises(ValueError, match="no JSON object"):
        extract_json("<think>{}</think>I would rather not.")


# --------------------------------------------------------------------------- transport


def test_429_then_success_honours_retry_after(server: OpenAIServer, client: LLMClient) -> None:
    server.queue(error(429, "rate limited", retry_after=0.3))
    started = time.monotonic()
    assert ask(client) == Answer(**GOOD)
    assert time.monotonic() - started >= 0.3
    assert server.chat_calls == 2
    assert client.usage().llm_calls == 2


def test_500_until_giving_up_is_one_line(server: OpenAIServer, client: LLMClient) -> None:
    server.route("answer", error(500, "upstream exploded\nwith a traceback"))
    with pytest.raises(LLMUnavailableError) as info:
        ask(client)
    message = str(info.value)
    assert message.startswith(
        f"{server.url}: model endpoint unavailable after 4 attempts (last: HTTP 500); "
    )
    assert message.endswith("`groundwork resume OUT_DIR` continues the run")
    assert "\n" not in message
    # A burst of 5xx before any answer gets one more try in json_object mode.
    modes = [r.response_format for r in server.chat_requests()]
    assert modes == ["json_schema"] * 4 + ["json_object"] * 4
    assert client.usage().llm_calls == 8


def test_500_after_the_endpoint_answered_is_not_a_fallback(
    server: OpenAIServer, client: LLMClient
) -> None:
    ask(client)
    server.route("answer", error(503))
    with pytest.raises(LLMUnavailableError, match="after 4 attempts"):
        ask(client, [*MESSAGES, {"role": "user", "content": "more"}])
    assert server.chat_calls == 5 and client.mode == "json_schema"


def test_a_hung_endpoint_fails_within_the_timeout(
    server: OpenAIServer, llm_config: PlanConfig
) -> None:
    # --llm-timeout bounds one request, retries included: no second wait after a hang.
    client = LLMClient(dataclasses.replace(llm_config, llm_timeout=0.3, llm_max_attempts=5))
    server.queue(delayed(1.5), delayed(1.5))
    with pytest.raises(LLMUnavailableError) as info:
        ask(client)
    assert (
        "after 1 attempts (last: no answer within 0.3s); raise --llm-timeout "
        "(GROUNDWORK_LLM_TIMEOUT, now 0.3s)"
    ) in str(info.value)
    assert server.chat_calls == 1


def test_a_server_error_is_retried_within_the_timeout(
    server: OpenAIServer, llm_config: PlanConfig
) -> None:
    client = LLMClient(dataclasses.replace(llm_config, llm_timeout=5.0))
    server.queue(error(502), delayed(0.05))
    assert ask(client) == Answer(**GOOD)
    assert server.chat_calls == 2


def test_connection_refused_is_unavailable(llm_config: PlanConfig) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    config = dataclasses.replace(
        llm_config, base_url=f"http://127.0.0.1:{port}/v1", llm_max_attempts=2
    )
    with pytest.raises(LLMUnavailableError, match=r"after 2 attempts \(last: connection error"):
        ask(LLMClient(config))


# --------------------------------------------------------------------------- cache


def test_cache_hit_on_a_second_client_makes_no_http_call(
    server: OpenAIServer, llm_config: PlanConfig
) -> None:
    first = LLMClient(llm_config)
    assert ask(first) == Answer(**GOOD)
    assert server.chat_calls == 1

    second = LLMClient(llm_config)
    assert ask(second) == Answer(**GOOD)
    assert server.chat_calls == 1
    assert dataclasses.astuple(second.usage()) == (0, 1, 0, 0, 0, 0)

    ask(second, [*MESSAGES, {"role": "user", "content": "different"}])
    assert server.chat_calls == 2


def test_learned_mode_is_kept_by_the_client_and_cache_finds_answers_of_any_mode(
    server: OpenAIServer, llm_config: PlanConfig
) -> None:
    server.accepts = {"text"}
    client = LLMClient(dataclasses.replace(llm_config, cache_dir=None))
    ask(client)
    calls = server.chat_calls

    assert calls == 3
    assert client.mode == "text"  # learned once; the run's one client skips what failed
    ask(client, [*MESSAGES, {"role": "user", "content": "again"}])
    assert server.chat_calls == calls + 1
    assert LLMClient(llm_config).mode == "json_schema", "nothing learned lives beyond a client"

    ask(LLMClient(llm_config))  # a cache entry made in text mode
    server.accepts = {"json_schema", "json_object", "text"}
    before = server.chat_calls
    assert ask(LLMClient(llm_config)) == Answer(**GOOD)
    assert server.chat_calls == before, "the cache finds an answer whatever mode made it"


def test_cache_is_keyed_by_model(server: OpenAIServer, llm_config: PlanConfig) -> None:
    ask(LLMClient(llm_config))
    ask(LLMClient(dataclasses.replace(llm_config, model="another-model")))
    assert server.chat_calls == 2


def test_cache_entries_are_json_and_corrupt_ones_are_ignored(
    server: OpenAIServer, llm_config: PlanConfig
) -> None:
    ask(LLMClient(llm_config))
    [entry] = Path(llm_config.cache_dir or "").glob("*.json")
    assert len(entry.stem) == 64
    assert json.loads(entry.read_text())["answer"] == GOOD

    entry.write_text("{not json")
    assert ask(LLMClient(llm_config)) == Answer(**GOOD)
    assert server.chat_calls == 2


def test_parallel_calls_share_one_client(server: OpenAIServer, llm_config: PlanConfig) -> None:
    client = LLMClient(llm_config)
    server.latency = 0.05
    results: list[Answer] = []
    errors: list[BaseException] = []

    def worker(i: int) -> None:
        try:
            results.append(ask(client, [*MESSAGES, {"role": "user", "content": f"item {i}"}]))
        except BaseException as exc:  # pragma: no cover - surfaced by the assert below
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert len(results) == 8
    assert server.max_in_flight > 1  # really concurrent
    usage = client.usage()
    assert usage.llm_calls == 8
    assert usage.prompt_tokens > 0
    cache = Path(llm_config.cache_dir or "")
    assert len(list(cache.glob("*.json"))) == 8
    assert not list(cache.glob(".*.tmp"))  # atomic writes leave no temp files

    again = LLMClient(llm_config)
    for i in range(8):
        ask(again, [*MESSAGES, {"role": "user", "content": f"item {i}"}])
    assert again.usage().cached_calls == 8
    assert again.usage().llm_calls == 0


# --------------------------------------------------------------------------- strict schema

_FORBIDDEN = {
    "default",
    "title",
    "minItems",
    "maxItems",
    "pattern",
    "minimum",
    "maximum",
    "allOf",
    "const",
}


def assert_strict(node: Any, path: str = "#") -> None:
    """What OpenAI's strict mode requires, checked recursively."""
    if isinstance(node, dict):
        assert not (_FORBIDDEN & node.keys()), f"{path}: {_FORBIDDEN & node.keys()}"
        if node.get("type") == "object" or "properties" in node:
            assert node.get("additionalProperties") is False, path
            assert node.get("required") == list(node.get("properties", {})), path
        for key, value in node.items():
            if key == "properties":
                for name, sub in value.items():
                    assert_strict(sub, f"{path}/properties/{name}")
            elif key not in ("required", "enum"):
                assert_strict(value, f"{path}/{key}")
    elif isinstance(node, list):
        for i, item in enumerate(node):
            assert_strict(item, f"{path}/{i}")


@pytest.mark.parametrize(
    "model",
    [Answer, VisionList, ScenarioList, _ScenarioAnswer, _VaguenessAnswer, _DecompositionAnswer],
)
def test_strict_schema_is_accepted_by_openai_rules(model: type[BaseModel]) -> None:
    schema = strict_json_schema(model)
    assert schema["type"] == "object"
    assert "$defs" not in schema  # non-recursive models are fully inlined
    assert "$ref" not in json.dumps(schema)
    assert_strict(schema)


def test_strict_schema_keeps_constraints_as_descriptions() -> None:
    scenarios = strict_json_schema(ScenarioList)["properties"]["scenarios"]
    assert "at most 3 items" in scenarios["description"]
    task = strict_json_schema(TaskDraft)
    assert (
        "matching the regular expression ^[a-z0-9_]+$" in task["properties"]["key"]["description"]
    )
    # optional fields stay nullable and become required
    assert task["properties"]["context_refs"]["items"]["properties"]["quote"]["anyOf"] == [
        {"type": "string"},
        {"type": "null"},
    ]


def test_strict_schema_refuses_free_form_dicts() -> None:
    with pytest.raises(StrictSchemaError, match="free-form object"):
        strict_json_schema(Decomposition)  # layer_notes: dict[str, str]


def test_a_model_without_a_strict_schema_starts_at_json_object(
    server: OpenAIServer, client: LLMClient
) -> None:
    server.route("decomposition", {"tasks": [], "layer_notes": {"experience": "n/a"}, "gaps": []})
    result = client.structured(MESSAGES, Decomposition, step="decomposition")
    assert result.layer_notes == {"experience": "n/a"}
    assert [r.response_format for r in server.chat_requests()] == ["json_object"]
    assert client.mode == "json_schema"  # not a server limitation: later calls still try strict


class Node(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str
    children: list[Node] = Field(default_factory=list)


def test_strict_schema_keeps_defs_for_recursive_models() -> None:
    schema = strict_json_schema(Node)
    assert schema["properties"]["children"]["items"] == {"$ref": "#/$defs/Node"}
    assert schema["$defs"]["Node"]["additionalProperties"] is False
    assert_strict(schema)


# --------------------------------------------------------------------------- concurrency


def test_concurrency_is_sized_from_the_work_unless_set() -> None:
    llm = PlanConfig(engine="llm", base_url="http://127.0.0.1:1/v1")
    assert (llm.parallel(14), llm.parallel(50), llm.parallel()) == (14, 20, 20)
    assert PlanConfig(engine="rules").parallel(14) == 4
    assert dataclasses.replace(llm, max_concurrency=3).parallel(14) == 3
    assert llm.parallel(0) == 1


def test_a_429_halves_the_requests_in_flight_and_answers_grow_it_back(
    server: OpenAIServer, llm_config: PlanConfig
) -> None:
    client = LLMClient(dataclasses.replace(llm_config, max_concurrency=8))
    server.queue(error(429, retry_after=0.01))
    ask(client)
    assert client._gate.limit == 4  # the endpoint said it is saturated
    for i in range(4):
        ask(client, [*MESSAGES, {"role": "user", "content": f"again {i}"}])
    assert client._gate.limit == 5
