"""Structured output from any OpenAI-compatible chat endpoint.

``LLMClient.structured(messages, Model, step=...)`` returns a validated pydantic
``Model``. What it takes care of, in order:

- cache: an on-disk response cache keyed by model + messages + schema + mode;
  a hit makes no HTTP call;
- mode ladder: strict ``json_schema`` -> ``json_object`` with the schema in the
  system prompt -> plain text; a mode the server rejects is remembered by the
  client (one per run), so later calls skip it; so are rejected optional
  parameters (temperature, max_tokens -> max_completion_tokens);
- transport: 429 / 5xx / timeouts / connection errors are retried with
  exponential backoff and jitter (Retry-After honoured), bounded by
  ``llm_max_attempts``, then ``LLMUnavailableError``;
- answers: ``<think>`` blocks and code fences are stripped, the first JSON
  object is taken, pydantic validates it, and validation errors are fed back to
  the model (bounded by ``llm_retries``); ``finish_reason == "length"`` gets one
  retry with a larger budget; a refusal is an ``LLMResponseError``;
- usage: HTTP calls, cache hits and tokens, counted thread-safely, in the client's
  totals and in the meters of the step that made the call (``agent.engines._usage``).

The ``openai`` client's own retries are off (``max_retries=0``): this module
owns the retry policy so it can count calls and word the final error.
"""

from __future__ import annotations

import copy
import hashlib
import json
import logging
import random
import re
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, Required, TypedDict, TypeVar, cast

import httpx
import openai
from openai.types.chat import (
    ChatCompletion,
    ChatCompletionAssistantMessageParam,
    ChatCompletionMessageParam,
    ChatCompletionUserMessageParam,
)
from openai.types.chat.completion_create_params import ResponseFormat
from pydantic import BaseModel, ValidationError

from agent.config import PlanConfig
from agent.engines._budget import estimate_tokens, message_tokens
from agent.engines._usage import record
from agent.errors import LLMConfigError, LLMResponseError, LLMUnavailableError
from agent.files import atomic_write_text
from agent.json_types import JSONSchema
from prompts import load, render

log = logging.getLogger("groundwork.llm")

M = TypeVar("M", bound=BaseModel)
Mode = Literal["json_schema", "json_object", "text"]
MODES: tuple[Mode, ...] = ("json_schema", "json_object", "text")

DEFAULT_BASE_URL = "https://api.openai.com/v1"
DEFAULT_MODEL = "gpt-4o-mini"
PLACEHOLDER_API_KEY = "not-needed"  # local servers (vLLM, Ollama, llama.cpp) ignore the key
CACHE_VERSION = 2
CLIENT_PROMPTS = ("output_json", "output_repair", "output_truncated")
# Finished steps are checkpointed: after a model failure the run continues where it stopped.
RESUME_HINT = "finished steps are saved; `groundwork resume OUT_DIR` continues the run"

# Words a server uses when it refuses a response_format it does not implement.
_FORMAT_WORDS = (
    "response_format",
    "json_schema",
    "json_object",
    "schema",
    "structured output",
    "guided",
    "grammar",
)
_RETRYABLE_STATUS = {408, 409, 429}


class StrictSchemaError(ValueError):
    """The pydantic model cannot be expressed as an OpenAI strict schema (e.g. a free-form dict)."""


# --------------------------------------------------------------------------- strict schema

# Keywords strict mode does not accept everywhere: dropped, their meaning moved into the
# description so the model still knows; pydantic enforces them on the answer anyway.
_DESCRIBED = {
    "minLength": "at least {} characters",
    "maxLength": "at most {} characters",
    "minItems": "at least {} items",
    "maxItems": "at most {} items",
    "minimum": ">= {}",
    "maximum": "<= {}",
    "exclusiveMinimum": "> {}",
    "exclusiveMaximum": "< {}",
    "multipleOf": "a multiple of {}",
    "pattern": "matching the regular expression {}",
    "format": "format: {}",
    "minProperties": "at least {} properties",
    "maxProperties": "at most {} properties",
}
_DROPPED = {"default", "examples", "title", "$schema", "$id", "uniqueItems", "discriminator"}
_UNSUPPORTED = {"prefixItems", "patternProperties", "if", "then", "else", "not", "dependentSchemas"}


def strict_json_schema(model_cls: type[BaseModel]) -> JSONSchema:
    """The model's JSON Schema in the form OpenAI's ``strict: true`` accepts.

    Every object lists all its properties as required and sets
    ``additionalProperties: false`` (optional fields stay nullable, so the model
    answers null); ``$ref``s are inlined (kept in ``$defs`` only for recursive
    models); keywords strict mode rejects are moved into descriptions.
    """
    raw = model_cls.model_json_schema()
    defs: dict[str, JSONSchema] = raw.pop("$defs", {})
    kept: set[str] = set()
    schema = _strict(raw, defs, stack=(), kept=kept, path="#")
    if kept:
        done: dict[str, JSONSchema] = {}
        while set(done) != kept:
            for name in sorted(kept - set(done)):
                done[name] = _strict(
                    defs[name], defs, stack=(name,), kept=kept, path=f"#/$defs/{name}"
                )
        schema["$defs"] = done
    if schema.get("type") != "object":
        raise StrictSchemaError(
            f"{model_cls.__name__}: the root of a strict schema must be an object"
        )
    return schema


def _strict(
    node: Any, defs: dict[str, JSONSchema], *, stack: tuple[str, ...], kept: set[str], path: str
) -> JSONSchema:
    if not isinstance(node, dict):
        raise StrictSchemaError(f"{path}: expected a schema object, got {type(node).__name__}")
    node = dict(node)

    ref = node.pop("$ref", None)
    if ref is not None:
        name = str(ref).rsplit("/", 1)[-1]
        if name not in defs:
            raise StrictSchemaError(f"{path}: unresolvable $ref {ref!r}")
        if name in stack:  # recursion: keep the reference, its definition goes to $defs
            kept.add(name)
            return {"$ref": f"#/$defs/{name}"}
        resolved = _strict(defs[name], defs, stack=(*stack, name), kept=kept, path=path)
        if node.get("description"):
            resolved["description"] = node["description"]
        return resolved

    all_of = node.pop("allOf", None)
    if all_of is not None:
        if len(all_of) != 1:
            raise StrictSchemaError(f"{path}: allOf with {len(all_of)} members is not supported")
        merged = _strict(all_of[0], defs, stack=stack, kept=kept, path=path)
        merged.update({k: v for k, v in node.items() if k == "description"})
        node = {**node, **merged}

    for key in _UNSUPPORTED & node.keys():
        raise StrictSchemaError(f"{path}: keyword {key!r} has no strict-mode equivalent")

    notes = [text.format(_show(node.pop(key))) for key, text in _DESCRIBED.items() if key in node]
    for key in _DROPPED & node.keys():
        node.pop(key)
    if "const" in node:
        node["enum"] = [node.pop("const")]
    if "oneOf" in node:
        node["anyOf"] = node.pop("oneOf")

    types = node.get("type")
    is_object = types == "object" or (isinstance(types, list) and "object" in types)
    if is_object or "properties" in node:
        extra = node.get("additionalProperties", False)
        properties = node.get("properties") or {}
        if extra is not False and not properties:
            raise StrictSchemaError(
                f"{path}: a free-form object (dict) cannot be strict; give it fixed properties"
            )
        node["properties"] = {
            key: _strict(value, defs, stack=stack, kept=kept, path=f"{path}/properties/{key}")
            for key, value in properties.items()
        }
        node["required"] = list(properties)
        node["additionalProperties"] = False
        node.setdefault("type", "object")
    if "items" in node:
        node["items"] = _strict(node["items"], defs, stack=stack, kept=kept, path=f"{path}/items")
    if "anyOf" in node:
        node["anyOf"] = [
            _strict(v, defs, stack=stack, kept=kept, path=f"{path}/anyOf/{i}")
            for i, v in enumerate(node["anyOf"])
        ]
    if notes:
        described = node.get("description", "")
        node["description"] = (f"{described} " if described else "") + f"({'; '.join(notes)})"
    return node


def _show(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value)


def narrow(schema: JSONSchema, path: str, values: list[Any]) -> JSONSchema:
    """A copy of ``schema`` whose field at ``path`` may only take ``values`` (an ``enum``).

    ``path`` names properties joined by dots, ``*`` stepping into array items
    (``tasks.*.owner_role``); a list field gets the enum on its items, a nullable one on its
    non-null branch. No values leaves the schema as it was: an empty enum matches nothing.
    """
    narrowed = copy.deepcopy(schema)
    if not values:
        return narrowed
    node = narrowed
    for part in path.split("."):
        node = _step(node, part, path)
    _enum_on(node, list(dict.fromkeys(values)), path)
    return narrowed


def _step(node: JSONSchema, part: str, path: str) -> JSONSchema:
    node = _non_null(node)
    if part == "*":
        if "items" not in node:
            raise StrictSchemaError(f"{path}: '*' on a schema without items")
        return node["items"]  # type: ignore[no-any-return]
    try:
        return node["properties"][part]  # type: ignore[no-any-return]
    except KeyError:
        raise StrictSchemaError(f"{path}: no property {part!r}") from None


def _non_null(node: JSONSchema) -> JSONSchema:
    branches = [b for b in node.get("anyOf", []) if b.get("type") != "null"]
    return branches[0] if len(branches) == 1 else node


def _enum_on(node: JSONSchema, values: list[Any], path: str) -> None:
    target = _non_null(node)
    if target.get("type") == "array":
        target = _non_null(target["items"])
    if target.get("type") not in ("string", "integer", "number"):
        raise StrictSchemaError(f"{path}: an enum needs a scalar field")
    target["enum"] = values


_IMPLIED = {"enum", "required", "additionalProperties"}


def _nullable(node: JSONSchema) -> JSONSchema | None:
    """``anyOf [{type: T}, {type: null}]`` written the short way, ``type: [T, "null"]``."""
    options = node.get("anyOf")
    if not isinstance(options, list) or len(options) != 2:
        return None
    plain = [o for o in options if o != {"type": "null"}]
    if (
        len(plain) != 1
        or set(plain[0]) - {"type", "enum"}
        or not isinstance(plain[0].get("type"), str)
    ):
        return None
    merged = {k: v for k, v in node.items() if k != "anyOf"}
    merged["type"] = [plain[0]["type"], "null"]
    if "enum" in plain[0]:
        merged["enum"] = [*plain[0]["enum"], None]
    return merged


# A json_object/text prompt lists an enum only when it is short; longer ones (roster names,
# passage ids) are in the data already, and listing them again would cost the window twice.
PROMPT_ENUM_LIMIT = 12


def prompt_schema_text(schema: JSONSchema) -> str:
    """The schema as a json_object or text prompt shows it: compact, long enums described."""

    def walk(node: Any) -> Any:
        if isinstance(node, list):
            return [walk(item) for item in node]
        if not isinstance(node, dict):
            return node
        # prompts/output_json.md says every property is required and no other is allowed.
        out = {k: walk(v) for k, v in node.items() if k not in _IMPLIED}
        nullable = _nullable(out)
        if nullable is not None:
            out = nullable
        values = node.get("enum")
        if isinstance(values, list):
            if len(values) <= PROMPT_ENUM_LIMIT:
                out["enum"] = values
            else:
                note = "one of the values the data lists"
                out["description"] = (
                    f"{out['description']} ({note})" if out.get("description") else note
                )
        return out

    return json.dumps(walk(schema), ensure_ascii=False, separators=(",", ":"))


# --------------------------------------------------------------------------- answers


_THINK = re.compile(r"<(think|thinking|reasoning)>.*?</\1>", re.S | re.I)
_FENCE = re.compile(r"```[a-zA-Z0-9_-]*\s*\n?(.*?)```", re.S)


def json_candidates(text: str) -> Iterator[Any]:
    """Every JSON value in a model's answer that could be the answer, most likely first.

    Drops ``<think>...</think>`` blocks (and anything before a dangling
    ``</think>``); then yields the content of each code fence, the whole text, and each
    complete JSON object or array found scanning left to right (an example object
    before the real answer is one candidate, the answer the next).
    """
    text = _THINK.sub("", text)
    for closing in ("</think>", "</thinking>", "</reasoning>"):
        if closing in text:
            text = text.rsplit(closing, 1)[1]
    text = text.strip()
    decoder = json.JSONDecoder()
    seen: set[str] = set()
    for candidate in [m.group(1).strip() for m in _FENCE.finditer(text)] + [text]:
        try:
            value = json.loads(candidate)
        except json.JSONDecodeError:
            pass
        else:
            yield value
            continue
        start = _next_open(candidate, 0)
        while start != -1:
            try:
                value, end = decoder.raw_decode(candidate, start)
            except json.JSONDecodeError:
                start = _next_open(candidate, start + 1)
                continue
            key = candidate[start:end]
            if key not in seen:
                seen.add(key)
                yield value
            start = _next_open(candidate, end)


def _next_open(text: str, start: int) -> int:
    found = [i for i in (text.find("{", start), text.find("[", start)) if i != -1]
    return min(found) if found else -1


def extract_json(text: str) -> Any:
    """The first JSON value in a model's answer (see ``json_candidates``)."""
    for value in json_candidates(text):
        return value
    raise ValueError("no JSON object found in the answer")


def _first_valid(content: str, model_cls: type[M]) -> tuple[M | None, str]:
    """The first candidate in ``content`` that validates, else the most telling problem."""
    problem = "no JSON object found in the answer"
    best = -1
    for value in json_candidates(content):
        try:
            return model_cls.model_validate(_coerce_root(value, model_cls)), ""
        except ValidationError as err:
            # Report on the candidate that came closest: the biggest one that is an object.
            size = len(json.dumps(value)) if isinstance(value, dict | list) else 0
            if size > best:
                best, problem = size, validation_summary(err)
    return None, problem


def _short(text: str | None, limit: int = 160) -> str:
    flat = " ".join(str(text or "").split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def validation_summary(err: ValidationError, limit: int = 15) -> str:
    """Pydantic errors as one short line per error: ``path: message``."""
    lines = []
    for item in err.errors(include_url=False)[:limit]:
        where = ".".join(str(p) for p in item["loc"]) or "(root)"
        lines.append(f"{where}: {item['msg']}")
    more = err.error_count() - limit
    if more > 0:
        lines.append(f"... and {more} more")
    return "; ".join(lines)


def _coerce_root(value: Any, model_cls: type[BaseModel]) -> Any:
    """A bare list where the model wants ``{"<only list field>": [...]}`` gets wrapped."""
    if isinstance(value, list):
        fields = model_cls.model_fields
        if len(fields) == 1:
            return {next(iter(fields)): value}
    return value


# --------------------------------------------------------------------------- usage


@dataclass(frozen=True)
class LLMUsage:
    llm_calls: int = 0  # chat-completion HTTP requests sent, failed ones included
    cached_calls: int = 0  # answers served from the on-disk cache
    prompt_tokens: int = 0
    completion_tokens: int = 0
    unknown_usage_calls: int = 0  # answers without a usage block: their tokens are unknown
    estimated_prompt_tokens: int = 0  # our estimate of every prompt sent


class _Request(TypedDict, total=False):
    """The arguments of one ``chat.completions.create`` call; optional ones as the endpoint allows."""

    model: Required[str]
    messages: Required[list[ChatCompletionMessageParam]]
    response_format: ResponseFormat
    temperature: float
    max_tokens: int
    max_completion_tokens: int


class _Rejected(Exception):
    """The server refused the current response_format mode (the message says how)."""


@dataclass
class _EndpointTraits:
    """What this endpoint turned out not to support, learned by the first call that met it.

    One client serves a whole run, so only the first call pays for probing a mode or a
    parameter the server lacks.
    """

    mode_index: int = 0
    token_param: str = "max_tokens"
    temperature_rejected: bool = False
    proven: bool = False  # some request has been answered: a 400 is no longer a format probe


class _Gate:
    """At most ``limit`` requests in flight to the endpoint.

    The limit starts at the run's concurrency; a 429 or a timeout halves it (the endpoint is
    saturated), and it grows back by one after ``limit`` answers in a row.
    """

    def __init__(self, ceiling: int) -> None:
        self.ceiling = self.limit = max(1, ceiling)
        self._active = self._streak = 0
        self._cond = threading.Condition()

    def __enter__(self) -> None:
        with self._cond:
            while self._active >= self.limit:
                self._cond.wait()
            self._active += 1

    def __exit__(self, *exc: object) -> None:
        with self._cond:
            self._active -= 1
            self._cond.notify_all()

    def slow_down(self) -> None:
        with self._cond:
            if self.limit > 1:
                log.info("endpoint saturated: at most %d requests at once", self.limit // 2)
            self.limit = max(1, self.limit // 2)
            self._streak = 0

    def answered(self) -> None:
        with self._cond:
            self._streak += 1
            if self._streak >= self.limit and self.limit < self.ceiling:
                self.limit += 1
                self._streak = 0
                self._cond.notify_all()


# --------------------------------------------------------------------------- client


class LLMClient:
    """One OpenAI-compatible endpoint; safe to share between threads (one per run)."""

    def __init__(self, config: PlanConfig, *, http_client: httpx.Client | None = None) -> None:
        if not (config.base_url or config.api_key):
            raise LLMConfigError(
                "no model endpoint configured: set OPENAI_BASE_URL/OPENAI_API_KEY or use --engine rules"
            )
        self.config = config
        self.model = config.model or DEFAULT_MODEL
        self.base_url = (config.base_url or DEFAULT_BASE_URL).rstrip("/")
        self._client = openai.OpenAI(
            base_url=self.base_url,
            api_key=config.api_key or PLACEHOLDER_API_KEY,
            max_retries=0,
            timeout=config.llm_timeout,
            # openai>=3 runs on httpx2 but still accepts an httpx.Client
            http_client=cast(Any, http_client),
        )
        self._cache_dir = Path(config.cache_dir) if config.cache_dir else None
        self._log_path = Path(config.llm_log) if config.llm_log else None
        self._lock = threading.Lock()
        self._traits = _EndpointTraits()
        self._gate = _Gate(config.parallel())
        self._calls = self._cached = self._prompt_tokens = self._completion_tokens = 0
        self._unknown = self._estimated = 0

    # ------------------------------------------------------------------ public

    @property
    def mode(self) -> Mode:
        """The response_format mode the next call starts with."""
        return MODES[self._traits.mode_index]

    def usage(self) -> LLMUsage:
        with self._lock:
            return LLMUsage(
                self._calls,
                self._cached,
                self._prompt_tokens,
                self._completion_tokens,
                self._unknown,
                self._estimated,
            )

    def close(self) -> None:
        self._client.close()

    def format_tokens(self, schema: JSONSchema, step: str) -> int:
        """Prompt tokens the output-format instructions add in json_object or text mode.

        Counted whatever the current mode: a request may fall back mid-call, and the data a
        step sends must not depend on what the endpoint turned out to support, or a re-run
        would miss the cache.
        """
        name = re.sub(r"[^a-zA-Z0-9_-]", "_", step)[:64] or "answer"
        text = render("output_json", schema_name=name, schema=prompt_schema_text(schema))
        return estimate_tokens(text) + 2

    def structured(
        self,
        messages: list[ChatCompletionMessageParam],
        model_cls: type[M],
        *,
        step: str,
        schema: JSONSchema | None = None,
        subject: str | None = None,
    ) -> M:
        """Ask for ``model_cls`` and return it validated; see the module docstring.

        ``schema`` is the JSON Schema sent as ``response_format`` (default: ``model_cls``'s
        strict schema); callers narrow it per request with enums. ``subject`` names what the
        call is about (a vision id) in errors and the call log.
        """
        first = 0
        if schema is None:
            try:
                schema = strict_json_schema(model_cls)
            except StrictSchemaError:
                schema = model_cls.model_json_schema()
                first = 1  # no strict schema: start at json_object
        name = re.sub(r"[^a-zA-Z0-9_-]", "_", step)[:64] or "answer"
        where = f"{step} ({subject})" if subject else step

        for mode in MODES:
            cached = self._cache_get(self._cache_key(messages, schema, mode), model_cls)
            if cached is not None:
                with self._lock:
                    self._cached += 1
                record(cached_calls=1)
                log.debug("%s: cache hit (%s)", where, mode)
                return cached

        index = max(first, self._traits.mode_index)
        while True:
            mode = MODES[max(index, self._traits.mode_index)]
            try:
                result = self._ask(messages, model_cls, schema, name, mode, where)
            except _Rejected as rejected:
                index = MODES.index(mode) + 1
                log.info("%s: %s in %s mode; falling back", where, rejected, mode)
                with self._lock:  # a server property: later calls skip the failing mode
                    self._traits.mode_index = max(self._traits.mode_index, index)
                continue
            self._cache_put(self._cache_key(messages, schema, mode), step, mode, result)
            return result

    # ------------------------------------------------------------------ one mode

    def _ask(
        self,
        messages: list[ChatCompletionMessageParam],
        model_cls: type[M],
        schema: JSONSchema,
        name: str,
        mode: Mode,
        where: str,
    ) -> M:
        base = self._with_format_instructions(messages, schema, name, mode)
        window = self.config.context_tokens
        max_tokens = self.config.answer_tokens()
        convo = base
        truncated = False
        failures = 0
        while True:
            completion = self._create(convo, schema, name, mode, max_tokens, where)
            if not completion.choices:
                raise LLMResponseError(f"{where}: the endpoint returned no choices")
            choice = completion.choices[0]
            message = choice.message
            if getattr(message, "refusal", None):
                raise LLMResponseError(
                    f"{where}: the model refused to answer ({_short(message.refusal)}); "
                    f"{RESUME_HINT}"
                )
            content = message.content or ""
            if choice.finish_reason == "length":
                if truncated:
                    raise LLMResponseError(
                        f"{where}: the answer was cut off at max_tokens={max_tokens} twice; raise "
                        "--llm-max-tokens (GROUNDWORK_LLM_MAX_TOKENS), and --context-tokens "
                        f"(GROUNDWORK_CONTEXT_TOKENS) if the model's window is larger; {RESUME_HINT}"
                    )
                truncated = True
                convo = [*base, {"role": "user", "content": render("output_truncated").strip()}]
                # More room only if the window has it: prompt + answer must still fit.
                max_tokens = max(max_tokens, min(2 * max_tokens, window - message_tokens(convo)))
                log.info("%s: answer truncated; retrying with max_tokens=%d", where, max_tokens)
                continue
            value, problem = _first_valid(content, model_cls)
            if value is not None:
                return value
            failures += 1
            if failures > self.config.llm_retries:
                raise LLMResponseError(
                    f"{where}: the model's answer did not validate after {failures} attempts "
                    f"({_short(problem, 200)}); {RESUME_HINT}"
                )
            log.info("%s: answer did not validate (%s); asking for a fix", where, problem[:200])
            feedback: ChatCompletionUserMessageParam = {
                "role": "user",
                "content": render("output_repair", errors=problem).strip(),
            }
            answer: ChatCompletionAssistantMessageParam = {"role": "assistant", "content": content}
            shown = [*base, answer, feedback]
            # Show the model its own answer only when that still fits the window.
            convo = shown if message_tokens(shown) + max_tokens <= window else [*base, feedback]

    def _with_format_instructions(
        self, messages: list[ChatCompletionMessageParam], schema: JSONSchema, name: str, mode: Mode
    ) -> list[ChatCompletionMessageParam]:
        if mode == "json_schema":
            return list(messages)
        instructions = render(
            "output_json", schema_name=name, schema=prompt_schema_text(schema)
        ).strip()
        convo = copy.deepcopy(messages)
        for message in convo:
            if message["role"] == "system" and isinstance(message["content"], str):
                message["content"] = f"{message['content'].rstrip()}\n\n{instructions}"
                return convo
        return [{"role": "system", "content": instructions}, *convo]

    # ------------------------------------------------------------------ transport

    def _create(
        self,
        convo: list[ChatCompletionMessageParam],
        schema: JSONSchema,
        name: str,
        mode: Mode,
        max_tokens: int,
        where: str,
    ) -> ChatCompletion:
        """One request, retried on 429/5xx/timeouts until it answers or its time is up."""
        deadline: list[float] = []  # starts when the request first goes out, not while queued
        estimated = message_tokens(convo)
        attempt = 0
        statuses: list[int] = []
        while True:
            kwargs: _Request = {"model": self.model, "messages": convo}
            if mode == "json_schema":
                kwargs["response_format"] = {
                    "type": "json_schema",
                    "json_schema": {"name": name, "strict": True, "schema": schema},
                }
            elif mode == "json_object":
                kwargs["response_format"] = {"type": "json_object"}
            if self.config.llm_temperature is not None and not self._traits.temperature_rejected:
                kwargs["temperature"] = self.config.llm_temperature
            if self._traits.token_param == "max_completion_tokens":
                kwargs["max_completion_tokens"] = max_tokens
            else:
                kwargs["max_tokens"] = max_tokens

            attempt += 1
            with self._lock:
                self._calls += 1
                self._estimated += estimated
            record(llm_calls=1, estimated_prompt_tokens=estimated)
            delay: float | None = None
            started = time.monotonic()
            try:
                completion = self._send(kwargs, deadline)
            except openai.APIStatusError as err:
                status = err.status_code
                if status == 429:
                    self._gate.slow_down()
                self._log(where, mode, attempt, estimated, max_tokens, started, f"HTTP {status}")
                if status == 400 and self._adapt_parameters(err, kwargs):
                    attempt -= 1  # a request we had to reshape is not a failed attempt
                    continue
                if mode != "text" and status in (400, 404, 422):
                    if _mentions(err, _FORMAT_WORDS):
                        raise _Rejected(f"HTTP {status} naming the response format") from err
                    if status != 404 and not self._traits.proven:
                        # Before any answer, a 400 is most likely the structured-output
                        # request itself, whatever the server's wording: try the next mode.
                        raise _Rejected(f"HTTP {status} before any answer") from err
                if status not in _RETRYABLE_STATUS and status < 500:
                    raise self._rejection(err, where) from None
                statuses.append(status)
                last = f"HTTP {status}"
                delay = _retry_after(err.response)
            except openai.APITimeoutError:
                self._gate.slow_down()
                self._log(where, mode, attempt, estimated, max_tokens, started, "timeout")
                last = f"no answer within {self.config.llm_timeout:g}s"
                statuses.append(0)
            except openai.APIConnectionError as err:
                cause = err.__cause__ or err
                self._log(where, mode, attempt, estimated, max_tokens, started, "connection error")
                last = f"connection error: {type(cause).__name__}"
                statuses.append(0)
            else:
                self._gate.answered()
                self._count_tokens(completion, mode)
                self._log(where, mode, attempt, estimated, max_tokens, started, "ok", completion)
                return completion

            if delay is None:
                delay = self.config.llm_backoff_base * 2 ** (attempt - 1) * (0.5 + random.random())
            delay = min(delay, self.config.llm_backoff_max)
            out_of_time = time.monotonic() + delay >= deadline[0]
            if attempt >= self.config.llm_max_attempts or out_of_time:
                burst = bool(statuses) and all(s >= 500 for s in statuses)
                if mode == "json_schema" and burst and not self._traits.proven:
                    # Some servers fail structured output with a 5xx: try json_object once.
                    raise _Rejected(f"{len(statuses)} server errors before any answer")
                hint = (
                    f"; raise --llm-timeout (GROUNDWORK_LLM_TIMEOUT, now {self.config.llm_timeout:g}s)"
                    if out_of_time and attempt < self.config.llm_max_attempts
                    else ""
                )
                raise LLMUnavailableError(
                    f"{self.base_url}: model endpoint unavailable after {attempt} attempts "
                    f"(last: {last}){hint}; {RESUME_HINT}"
                )
            log.info("%s: %s; retry %d in %.2fs", where, last, attempt, delay)
            time.sleep(delay)

    def _send(self, kwargs: _Request, deadline: list[float]) -> ChatCompletion:
        """One HTTP request through the gate; the request's clock starts when it first goes out."""
        with self._gate:
            if not deadline:
                deadline.append(time.monotonic() + self.config.llm_timeout)
            remaining = max(0.001, deadline[0] - time.monotonic())
            return self._client.chat.completions.create(**kwargs, timeout=remaining)

    def _adapt_parameters(self, err: openai.APIStatusError, sent: _Request) -> bool:
        """Reshape a request an endpoint rejects for an optional parameter; True if changed."""
        traits = self._traits
        with self._lock:  # each change is one-way, so the caller's loop is bounded
            if "max_tokens" in sent and _mentions(err, ("max_completion_tokens",)):
                traits.token_param = "max_completion_tokens"
                return True
            if "temperature" in sent and _mentions(err, ("temperature",)):
                traits.temperature_rejected = True
                return True
        return False

    def _rejection(self, err: openai.APIStatusError, where: str) -> Exception:
        status = err.status_code
        detail = " ".join(str(err.message).split())[:200]
        if status in (401, 403):
            return LLMConfigError(
                f"{self.base_url}: the endpoint refused the credentials (HTTP {status}): {detail}"
            )
        if status == 404:
            return LLMConfigError(
                f"{self.base_url}: model {self.model!r} or the chat endpoint was not found (HTTP 404): {detail}"
            )
        return LLMResponseError(
            f"{where}: the endpoint rejected the request (HTTP {status}): {detail}"
        )

    def _count_tokens(self, completion: ChatCompletion, mode: Mode) -> None:
        usage = getattr(completion, "usage", None)
        with self._lock:
            self._traits.proven = True
            if usage is None:  # unknown, not zero: the plan says how many calls went uncounted
                self._unknown += 1
            else:
                self._prompt_tokens += int(getattr(usage, "prompt_tokens", 0) or 0)
                self._completion_tokens += int(getattr(usage, "completion_tokens", 0) or 0)
        if usage is None:
            record(unknown_usage_calls=1)
        else:
            record(
                prompt_tokens=int(getattr(usage, "prompt_tokens", 0) or 0),
                completion_tokens=int(getattr(usage, "completion_tokens", 0) or 0),
            )

    def _log(
        self,
        where: str,
        mode: Mode,
        attempt: int,
        estimated: int,
        max_tokens: int,
        started: float,
        outcome: str,
        completion: ChatCompletion | None = None,
    ) -> None:
        """One line per HTTP request in the run's call log (sizes and outcome, never content)."""
        usage = getattr(completion, "usage", None)
        entry = {
            "at": round(time.time(), 3),
            "call": where,
            "mode": mode,
            "attempt": attempt,
            "estimated_prompt_tokens": estimated,
            "max_tokens": max_tokens,
            "context_tokens": self.config.context_tokens,
            "outcome": outcome,
            "seconds": round(time.monotonic() - started, 3),
            "prompt_tokens": getattr(usage, "prompt_tokens", None),
            "completion_tokens": getattr(usage, "completion_tokens", None),
            "finish_reason": completion.choices[0].finish_reason
            if completion is not None and completion.choices
            else None,
        }
        log.debug("call %s", entry)
        if self._log_path is None:
            return
        line = json.dumps(entry) + "\n"
        with self._lock:
            self._log_path.parent.mkdir(parents=True, exist_ok=True)
            with self._log_path.open("a", encoding="utf-8") as handle:
                handle.write(line)

    # ------------------------------------------------------------------ cache

    def _cache_key(
        self, messages: list[ChatCompletionMessageParam], schema: JSONSchema, mode: Mode
    ) -> str:
        payload = {
            "v": CACHE_VERSION,
            "model": self.model,
            "messages": messages,  # the step's own prompt is the system message
            "schema": schema,
            "mode": mode,
            # The prompts this client adds on its own: a changed wording is a new request.
            "prompts": {name: load(name) for name in CLIENT_PROMPTS},
            "max_tokens": self.config.answer_tokens(),
        }
        blob = json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
        return hashlib.sha256(blob.encode("utf-8")).hexdigest()

    def _cache_get(self, key: str, model_cls: type[M]) -> M | None:
        if self._cache_dir is None:
            return None
        path = self._cache_dir / f"{key}.json"
        try:
            entry = json.loads(path.read_text(encoding="utf-8"))
            return model_cls.model_validate(entry["answer"])
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError, ValidationError):
            log.warning("ignoring unreadable LLM cache entry %s", path)
            return None

    def _cache_put(self, key: str, step: str, mode: Mode, result: BaseModel) -> None:
        if self._cache_dir is None:
            return
        entry = {
            "version": CACHE_VERSION,
            "model": self.model,
            "step": step,
            "mode": mode,
            "created": time.time(),
            "answer": result.model_dump(mode="json"),
        }
        # Readable by its owner only, as the deck's words are in it.
        atomic_write_text(
            self._cache_dir / f"{key}.json", json.dumps(entry, ensure_ascii=False), mode=0o600
        )


def _mentions(err: openai.APIStatusError, words: tuple[str, ...]) -> bool:
    try:
        body = json.dumps(err.body)
    except (TypeError, ValueError):
        body = str(err.body)
    text = f"{err.message} {body}".lower()
    return any(word in text for word in words)


def _retry_after(response: Any) -> float | None:
    """Seconds from ``retry-after-ms`` or ``retry-after`` (seconds, possibly fractional)."""
    if response is None:
        return None
    headers = response.headers
    for header, divisor in (("retry-after-ms", 1000.0), ("retry-after", 1.0)):
        value = headers.get(header)
        if value is None:
            continue
        try:
            seconds = float(value) / divisor
        except ValueError:
            continue
        if seconds >= 0:
            return seconds
    return None


__all__ = [
    "LLMClient",
    "LLMUsage",
    "StrictSchemaError",
    "extract_json",
    "json_candidates",
    "narrow",
    "prompt_schema_text",
    "strict_json_schema",
    "validation_summary",
]
