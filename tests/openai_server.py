"""A real OpenAI-compatible HTTP server for tests, on 127.0.0.1 at a free port.

The LLM path is tested through the real ``openai`` client over HTTP: nothing is
monkeypatched. The server answers

- ``POST /v1/chat/completions`` from, in order: the *script* (a queue of
  replies, consumed one per request), then the *router* (one handler per step,
  chosen by the ``response_format`` schema name or, in json_object/text mode, by
  the ``Schema name: <step>`` line the client adds to the system prompt);
- ``POST /v1/embeddings`` with deterministic hashed bag-of-words vectors
  (float lists or base64, as the client asks);
- ``GET /v1/models``.

Every request is recorded (method, path, headers, JSON body) in ``requests``.

Scripting::

    server.queue(error(429, retry_after=0.2), json_reply({"visions": []}))
    server.queue(delayed(2.0))                     # latency, then the router answers
    server.route("decompose", lambda req: {...})   # per-step handler (dict, str, model or Reply)
    server.accepts = {"text"}                      # 400 on json_schema and json_object
    server.reject_message = "Bad Request"          # ...worded as the server likes
    server.latency = 0.05                          # added to every chat answer (bench)
    server.dress = lambda text: f"Sure! {text}"   # wrap every routed answer (prose, fences)
    server.usage = False                           # answers without a usage block

The default routes answer each engine step with valid canned JSON built from the
request's data blocks (deck units, roster, hits), so a full workflow run against
this server produces a plan whose owners come from the real roster.
"""

from __future__ import annotations

import base64
import hashlib
import json
import math
import re
import struct
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from pydantic import BaseModel

# --------------------------------------------------------------------------- replies


@dataclass
class Reply:
    """One scripted answer. ``status != 200`` sends an OpenAI-style error body."""

    status: int = 200
    content: str | None = None  # None with status 200: let the router answer (after ``delay``)
    finish_reason: str = "stop"
    refusal: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    message: str = ""  # error message for status != 200
    delay: float = 0.0
    usage: tuple[int, int] | None = None  # (prompt_tokens, completion_tokens); None = estimated


def json_reply(value: Any, **kw: Any) -> Reply:
    """Answer with ``value`` serialized as the message content (dict, list or pydantic model)."""
    return Reply(content=_dump(value), **kw)


def text_reply(text: str, **kw: Any) -> Reply:
    """Answer with raw content, e.g. ``<think>..</think>`` and a fenced JSON block."""
    return Reply(content=text, **kw)


def truncated(text: str = '{"visions": [{"text": "Deliver', **kw: Any) -> Reply:
    """A partial answer cut off at the length limit (``finish_reason: "length"``)."""
    return Reply(content=text, finish_reason="length", **kw)


def refusal(text: str = "I can't help with that.") -> Reply:
    return Reply(content=None, refusal=text)


def error(status: int, message: str = "", *, retry_after: float | None = None) -> Reply:
    headers = {"Retry-After": f"{retry_after:g}"} if retry_after is not None else {}
    return Reply(status=status, message=message or f"scripted HTTP {status}", headers=headers)


def delayed(seconds: float, reply: Reply | None = None) -> Reply:
    """Wait ``seconds`` before answering (``reply``, or the router when None)."""
    base = reply or Reply()
    base.delay += seconds
    return base


def _dump(value: Any) -> str:
    if isinstance(value, BaseModel):
        return value.model_dump_json()
    if isinstance(value, str):
        return value
    return json.dumps(value)


# --------------------------------------------------------------------------- requests


@dataclass
class RecordedRequest:
    method: str
    path: str
    headers: dict[str, str]  # keys lower-cased
    body: Any
    at: float

    @property
    def messages(self) -> list[dict[str, Any]]:
        return list((self.body or {}).get("messages", []))

    @property
    def system(self) -> str:
        return next((m["content"] for m in self.messages if m.get("role") == "system"), "")

    @property
    def user(self) -> str:
        """The first user message (the data block)."""
        return next((m["content"] for m in self.messages if m.get("role") == "user"), "")

    @property
    def text(self) -> str:
        """All message contents joined, for ``in`` assertions."""
        return "\n".join(str(m.get("content") or "") for m in self.messages)

    @property
    def response_format(self) -> str:
        rf = (self.body or {}).get("response_format") or {}
        return str(rf.get("type", "text"))

    @property
    def step(self) -> str | None:
        return step_of(self.body or {})


Handler = Callable[[RecordedRequest], Any]

_SCHEMA_NAME = re.compile(r"Schema name: ([A-Za-z0-9_-]+)")


def step_of(body: dict[str, Any]) -> str | None:
    """The engine step a chat request is for: the json_schema name, else the prompt's schema line."""
    rf = body.get("response_format") or {}
    if rf.get("type") == "json_schema":
        return str(rf.get("json_schema", {}).get("name"))
    for message in body.get("messages", []):
        match = _SCHEMA_NAME.search(str(message.get("content") or ""))
        if match:
            return match.group(1)
    return None


# --------------------------------------------------------------------------- server


class OpenAIServer:
    """Start with ``start()`` (or use as a context manager); ``url`` is the base URL incl. ``/v1``."""

    def __init__(self, *, model: str = "test-model", embedding_dim: int = 64) -> None:
        self.model = model
        self.embedding_dim = embedding_dim
        self.requests: list[RecordedRequest] = []
        self.script: deque[Reply | Handler] = deque()
        self.routes: dict[str, Handler] = dict(DEFAULT_ROUTES)
        self.accepts: set[str] = {"json_schema", "json_object", "text"}
        self.reject_message: str | None = None
        self.latency = 0.0
        self.dress: Callable[[str], str] | None = None
        self.usage = True
        self.in_flight = 0
        self.max_in_flight = 0  # the most chat requests the server held at once
        self._lock = threading.Lock()
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._ids = 0

    # ------------------------------------------------------------------ control

    @property
    def url(self) -> str:
        assert self._httpd is not None, "server not started"
        host, port = self._httpd.server_address[:2]
        return f"http://{host!s}:{port}/v1"

    def start(self) -> OpenAIServer:
        handler = type("BoundHandler", (_Handler,), {"app": self})
        self._httpd = _Server(("127.0.0.1", 0), handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(
            target=self._httpd.serve_forever,
            kwargs={"poll_interval": 0.02},
            name="openai-server",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None

    def __enter__(self) -> OpenAIServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def queue(self, *replies: Reply | Handler) -> None:
        """Append scripted replies; each is used by exactly one chat request, in order."""
        with self._lock:
            self.script.extend(replies)

    def route(self, step: str, answer: Any) -> None:
        """Answer ``step`` with ``answer``: a handler ``f(request)``, or a fixed dict/model/str/Reply."""
        self.routes[step] = (
            answer
            if callable(answer) and not isinstance(answer, BaseModel)
            else (lambda _r: answer)
        )

    def chat_requests(self, step: str | None = None) -> list[RecordedRequest]:
        with self._lock:
            chats = [r for r in self.requests if r.path.endswith("/chat/completions")]
        return [r for r in chats if step is None or r.step == step]

    @property
    def chat_calls(self) -> int:
        return len(self.chat_requests())

    def reset(self) -> None:
        with self._lock:
            self.requests.clear()
            self.script.clear()
            self.max_in_flight = 0

    def restore(self) -> None:
        """Back to a well-behaved server: default routes, every mode, plain answers."""
        self.reset()
        self.routes = dict(DEFAULT_ROUTES)
        self.accepts = {"json_schema", "json_object", "text"}
        self.reject_message = None
        self.dress = None
        self.usage = True
        self.latency = 0.0

    # ------------------------------------------------------------------ answers

    def _record(
        self, method: str, path: str, headers: dict[str, str], body: Any
    ) -> RecordedRequest:
        headers = {key.lower(): value for key, value in headers.items()}
        request = RecordedRequest(method, path, headers, body, time.time())
        with self._lock:
            self.requests.append(request)
        return request

    def _chat(self, request: RecordedRequest) -> Reply:
        body = request.body if isinstance(request.body, dict) else {}
        kind = request.response_format
        if kind not in self.accepts:
            return Reply(
                status=400,
                message=self.reject_message
                or f"response_format type '{kind}' is not supported by this server",
            )
        with self._lock:
            scripted = self.script.popleft() if self.script else None
        reply = scripted(request) if callable(scripted) else scripted
        reply = _as_reply(reply) if reply is not None else Reply()
        if reply.status == 200 and reply.content is None and reply.refusal is None:
            routed = self._routed(request, body)
            routed.delay += reply.delay
            if self.dress is not None and routed.status == 200 and routed.content is not None:
                routed.content = self.dress(routed.content)
            reply = routed
        reply.delay += self.latency
        return reply

    def _routed(self, request: RecordedRequest, body: dict[str, Any]) -> Reply:
        step = step_of(body)
        handler = self.routes.get(step or "")
        if handler is None:
            return Reply(status=400, message=f"test server: no route for step {step!r}")
        return _as_reply(handler(request))

    def completion_body(self, request: RecordedRequest, reply: Reply) -> dict[str, Any]:
        with self._lock:
            self._ids += 1
            n = self._ids
        if reply.usage is not None:
            prompt, completion = reply.usage
        else:
            prompt = max(1, len(request.text) // 4)
            completion = max(1, len(reply.content or reply.refusal or "") // 4)
        body: dict[str, Any] = {
            "id": f"chatcmpl-{n}",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": (request.body or {}).get("model", self.model),
            "choices": [
                {
                    "index": 0,
                    "message": {
                        "role": "assistant",
                        "content": reply.content,
                        "refusal": reply.refusal,
                    },
                    "finish_reason": reply.finish_reason,
                    "logprobs": None,
                }
            ],
            "usage": {
                "prompt_tokens": prompt,
                "completion_tokens": completion,
                "total_tokens": prompt + completion,
            },
        }
        if not self.usage:
            del body["usage"]
        return body

    def embed(self, text: str) -> list[float]:
        """Deterministic: hashed bag of words, L2-normalized (similar texts get similar vectors)."""
        vector = [0.0] * self.embedding_dim
        for word in re.findall(r"\w+", text.lower()) or [text]:
            digest = hashlib.sha256(word.encode("utf-8")).digest()
            index = int.from_bytes(digest[:4], "little") % self.embedding_dim
            vector[index] += 1.0 if digest[4] % 2 else -1.0
        norm = math.sqrt(sum(v * v for v in vector)) or 1.0
        return [v / norm for v in vector]


class _Server(ThreadingHTTPServer):
    request_queue_size = 128  # the default backlog of 5 stalls parallel clients for a SYN retry
    daemon_threads = True


def _as_reply(value: Any) -> Reply:
    if isinstance(value, Reply):
        return value
    return Reply(content=_dump(value))


class _Handler(BaseHTTPRequestHandler):
    app: OpenAIServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - quiet test output
        pass

    def _body(self) -> Any:
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        try:
            return json.loads(raw) if raw else None
        except json.JSONDecodeError:
            return raw.decode("utf-8", "replace")

    def _send(self, status: int, payload: Any, headers: dict[str, str] | None = None) -> None:
        data = json.dumps(payload).encode("utf-8")
        try:
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            for key, value in (headers or {}).items():
                self.send_header(key, value)
            self.end_headers()
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):  # the client timed out and left
            self.close_connection = True

    def do_GET(self) -> None:  # noqa: N802
        request = self.app._record("GET", self.path, dict(self.headers), None)
        if request.path.rstrip("/").endswith("/models"):
            self._send(
                200,
                {
                    "object": "list",
                    "data": [
                        {"id": self.app.model, "object": "model", "created": 0, "owned_by": "tests"}
                    ],
                },
            )
        else:
            self._send(404, {"error": {"message": f"no route {self.path}", "type": "not_found"}})

    def do_POST(self) -> None:  # noqa: N802
        request = self.app._record("POST", self.path, dict(self.headers), self._body())
        path = self.path.split("?", 1)[0].rstrip("/")
        if path.endswith("/chat/completions"):
            with self.app._lock:
                self.app.in_flight += 1
                self.app.max_in_flight = max(self.app.max_in_flight, self.app.in_flight)
            try:
                reply = self.app._chat(request)
                if reply.delay:
                    time.sleep(reply.delay)
            finally:
                with self.app._lock:
                    self.app.in_flight -= 1
            if reply.status != 200:
                error_body = {
                    "error": {
                        "message": reply.message,
                        "type": "invalid_request_error" if reply.status < 500 else "server_error",
                        "param": None,
                        "code": None,
                    }
                }
                self._send(reply.status, error_body, reply.headers)
            else:
                self._send(200, self.app.completion_body(request, reply), reply.headers)
        elif path.endswith("/embeddings"):
            self._send(200, self._embeddings(request.body or {}))
        else:
            self._send(404, {"error": {"message": f"no route {self.path}", "type": "not_found"}})

    def _embeddings(self, body: dict[str, Any]) -> dict[str, Any]:
        inputs = body.get("input", "")
        texts = [inputs] if isinstance(inputs, str) else [str(i) for i in inputs]
        data = []
        for i, text in enumerate(texts):
            vector = self.app.embed(text)
            if body.get("encoding_format") == "base64":
                encoded: Any = base64.b64encode(struct.pack(f"<{len(vector)}f", *vector)).decode(
                    "ascii"
                )
            else:
                encoded = vector
            data.append({"object": "embedding", "index": i, "embedding": encoded})
        tokens = sum(len(t.split()) for t in texts)
        return {
            "object": "list",
            "data": data,
            "model": body.get("model", self.app.model),
            "usage": {"prompt_tokens": tokens, "total_tokens": tokens},
        }


# --------------------------------------------------------------------------- default routes
# Parse the engine's data blocks (agent/engines/llm.py) and answer with valid, grounded JSON.

_UNIT = re.compile(r'<unit (slide|page)="(\d+)"[^>]*>\n(.*?)\n</unit>', re.S)
_DECK = re.compile(r'<deck file="([^"]*)"')
_ROSTER = re.compile(r"<roster>\n?(.*?)</roster>", re.S)
_HIT = re.compile(r'<hit doc="([^"]*)" chunk="(\d+)"[^>]*>\n(.*?)\n</hit>', re.S)
_VISION = re.compile(r'<vision(?: id="(V\d+)")?(?:\s[^>]*)?>\n(.*?)\n</vision>', re.S)
_VISIONS = re.compile(r"<visions>\n(.*?)</visions>", re.S)
_SCENARIOS = re.compile(r"<scenarios>\n(.*?)</scenarios>", re.S)
_METRICS = re.compile(r"<metrics>\n(.*?)</metrics>", re.S)
_GOAL_WORDS = re.compile(
    r"\b(vision|goal|ambition|deliver|become|increase|reduce|grow|improve|launch|cut|double|every)\b",
    re.I,
)


def roster_of(request: RecordedRequest, *, core_only: bool = False) -> list[tuple[str, str]]:
    """(role name, responsibilities) pairs from the request's ``<roster>`` block.

    ``core_only`` leaves out extended-tier roles, as a model that follows the prompt does
    when it picks owners.
    """
    match = _ROSTER.search(request.user)
    roles = []
    for line in (match.group(1) if match else "").splitlines():
        if line.startswith("- "):
            parts = line[2:].split(" | ")
            if core_only and "tier: extended" in parts:
                continue
            duties = next(
                (p.split(": ", 1)[1] for p in parts if p.startswith("responsibilities: ")), ""
            )
            roles.append((parts[0].strip(), duties))
    return roles


def hits_of(request: RecordedRequest) -> list[tuple[str, int, str]]:
    return [(d, int(c), t) for d, c, t in _HIT.findall(request.user)]


def canned_find_visions(request: RecordedRequest) -> dict[str, Any]:
    deck = _DECK.search(request.user)
    file = deck.group(1) if deck else "deck"
    picked: list[dict[str, Any]] = []
    for attr, number, body in _UNIT.findall(request.user):
        for line in body.splitlines():
            match = re.match(r"\[(title|body|notes|table)[^\]]*\] (.+)", line)
            if not match or match.group(1) in ("notes", "table"):
                continue
            kind, text = match.groups()
            entry = {
                "text": text.strip(),
                "source": {"file": file, "slide": None, "page": None, attr: int(number)},
                "evidence": kind,
            }
            if kind == "body" and len(text) > 25 and _GOAL_WORDS.search(text) and len(picked) < 3:
                picked.append(entry)
    return {"visions": picked}


def canned_assess_vagueness(request: RecordedRequest) -> dict[str, Any]:
    match = _VISION.search(request.user)
    text = match.group(2) if match else ""
    metrics = _METRICS.search(request.user)
    metric = ""
    if metrics:
        lines = [
            ln[2:].split(" | ")[0] for ln in metrics.group(1).splitlines() if ln.startswith("- ")
        ]
        metric = lines[0] if lines else ""
    if re.search(r"\d", text):
        return {
            "vague": False,
            "score": 0.2,
            "reasons": [],
            "questions": [],
            "suggested_rewrite": None,
        }
    return {
        "vague": True,
        "score": 0.8,
        "reasons": [
            {"code": "no_metric", "message": "No measurable outcome is named.", "evidence": None},
            {"code": "no_deadline", "message": "No time frame is given.", "evidence": None},
        ],
        "questions": ["Which metric tells us this worked?", "By when?"],
        "suggested_rewrite": f"Improve {metric or 'a named metric'} by a stated target within 12 months.",
    }


def canned_choose_scenarios(request: RecordedRequest) -> dict[str, Any]:
    block = _VISIONS.search(request.user)
    ids = re.findall(r"^(V\d+)", block.group(1), re.M) if block else []
    return {
        "scenarios": [
            {
                "name": "First visit booked from search",
                "segment": "new customers",
                "context": "arrived from a search ad on mobile",
                "customer_impact": "high",
                "business_impact": "high",
                "vision_ids": ids,
                "rationale": "Main entry point; stresses identity and content.",
                "source": None,
            },
            {
                "name": "Returning customer renewing",
                "segment": "existing customers due for renewal",
                "context": "opened a reminder email",
                "customer_impact": "medium",
                "business_impact": "high",
                "vision_ids": ids[:1],
                "rationale": "Retention moment; stresses CRM and consent.",
                "source": None,
            },
        ]
    }


_LAYER_WORDS = {
    "experience": ("content", "journey", "experience", "ux", "design"),
    "process_people": ("program", "operations", "training", "staffing", "workflow", "scheduling"),
    "tech_data": ("data", "martech", "technology", "integration", "pipeline", "cdp", "engineer"),
    "governance_measurement": (
        "analytics",
        "metric",
        "measurement",
        "dashboard",
        "kpi",
        "baseline",
    ),
}


def _owner_for(layer: str, roster: list[tuple[str, str]], index: int) -> str:
    """The roster role whose name (weighted) and responsibilities best match the layer."""
    best, best_score = "", 0
    for name, duties in roster:
        score = sum(
            3 * len(re.findall(rf"\b{w}", name.lower()))
            + len(re.findall(rf"\b{w}", duties.lower()))
            for w in _LAYER_WORDS[layer]
        )
        if score > best_score:
            best, best_score = name, score
    if best:
        return best
    return roster[index % len(roster)][0] if roster else "Unknown role"


def canned_decompose(request: RecordedRequest) -> dict[str, Any]:
    roster = roster_of(request, core_only=True) or roster_of(request)
    hits = hits_of(request)
    vision = _VISION.search(request.user)
    vid = (vision.group(1) if vision and vision.group(1) else "v1").lower()
    scenarios = _SCENARIOS.search(request.user)
    scenario_ids = re.findall(r"^(S\d+):", scenarios.group(1), re.M) if scenarios else []

    def refs(i: int) -> list[dict[str, Any]]:
        if not hits:
            return []
        doc, chunk, text = hits[i % len(hits)]
        return [{"doc": doc, "chunk": chunk, "quote": " ".join(text.split()[:12])}]

    plan = [
        (
            "measurement_baseline",
            "governance_measurement",
            "foundational",
            [],
            "Agree the measurement baseline and holdout",
            "A baseline report with a 10% holdout design is signed off by the sponsor",
        ),
        (
            f"identity_data_access_{vid}",
            "tech_data",
            "foundational",
            [],
            "Connect customer data for the scenarios",
            "Profiles for the scenario segments are queryable in one place",
        ),
        (
            f"ownership_workflow_{vid}",
            "process_people",
            "quick_win",
            [f"identity_data_access_{vid}"],
            "Name owners and the weekly handoff",
            "A RACI and a weekly review slot exist and the first review has happened",
        ),
        (
            f"pilot_journey_{vid}",
            "experience",
            "quick_win",
            [f"identity_data_access_{vid}", "measurement_baseline"],
            "Pilot the first-scenario journey in one region",
            "The pilot journey is live in one region with its holdout running",
        ),
    ]
    tasks = [
        {
            "key": key,
            "title": title,
            "description": f"{title} for vision {vid.upper()}.",
            "layer": layer,
            "owner_role": _owner_for(layer, roster, i),
            "horizon": horizon,
            "depends_on": deps,
            "done_when": done,
            "context_refs": refs(i),
            "scenario_ids": scenario_ids[:1],
            "consulted": [],
            "pilot": key.startswith("pilot_"),
        }
        for i, (key, layer, horizon, deps, title, done) in enumerate(plan)
    ]
    return {
        "tasks": tasks,
        "layer_notes": {
            "experience": None,
            "process_people": None,
            "tech_data": None,
            "governance_measurement": None,
        },
        "gaps": [],
    }


DEFAULT_ROUTES: dict[str, Handler] = {
    "find_visions": canned_find_visions,
    "assess_vagueness": canned_assess_vagueness,
    "choose_scenarios": canned_choose_scenarios,
    "decompose": canned_decompose,
}
