"""The web service: a JSON API over background runs, server-sent progress, and one page.

    from agent.web.app import create_app
    from agent.web._runs import WebSettings
    app = create_app(WebSettings.from_env("runs", ["examples/northwind-health/org"]))

Every error is JSON ``{"error": "<one line>"}``. When ``settings.token`` is set
(GROUNDWORK_TOKEN), every route needs it: ``Authorization: Bearer <token>``, a ``token``
query parameter (EventSource and plain links cannot set headers), or the cookie the
server sets when the page was opened with ``?token=``.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import shutil
from collections.abc import AsyncIterator, Awaitable, Callable, MutableMapping
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any, Literal
from urllib.parse import parse_qs, quote, unquote, urlsplit

from fastapi import FastAPI, File, Form, Header, Query, Request, UploadFile
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response, StreamingResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from agent.errors import (
    EncryptedFileError,
    FileTooLargeError,
    InputError,
    UnsupportedFormatError,
)
from agent.web._runs import (
    ORG,
    RunManager,
    UploadRefused,
    WebSettings,
    copy_capped,
    display_name,
    extract_org_zip,
)

STATIC = Path(__file__).parent / "static"
TOKEN_COOKIE = "groundwork_token"
SMALL_BODY = 1024 * 1024  # JSON bodies (answers)
SSE_POLL = 0.2
SSE_KEEPALIVE = 15.0

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

DOWNLOADS: dict[str, tuple[str, str]] = {
    "plan.json": ("plan.json", "application/json"),
    "report.md": ("report.md", "text/markdown; charset=utf-8"),
    "raci.xlsx": (
        "raci.xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ),
    "raci.csv": ("raci.csv", "text/csv; charset=utf-8"),
    "roadmap.mmd": ("roadmap.mmd", "text/plain; charset=utf-8"),
}


# -- response models (for the OpenAPI docs) ----------------------------------------------


class ErrorOut(BaseModel):
    error: str = Field(description="one line, safe to show a user")


class RunCreated(BaseModel):
    id: str
    status: str


class OrgOut(BaseModel):
    name: str
    files: int


class OrgsOut(BaseModel):
    orgs: list[OrgOut]


class RunOut(BaseModel):
    id: str
    status: Literal["queued", "running", "paused", "done", "failed"]
    step: str | None = Field(None, description="the LangGraph step that finished last")
    steps_done: list[str] = Field(default_factory=list)
    error: str | None = None
    questions: list[dict[str, Any]] = Field(
        default_factory=list,
        description="when paused: {id, text, source, reasons, questions, suggested_rewrite}",
    )
    deck: str = Field(description="the uploaded file's name (a label only)")
    org: str
    engine: str
    interactive: bool
    created: float
    updated: float
    summary: dict[str, Any] = Field(default_factory=dict)
    downloads: dict[str, Any] = Field(default_factory=dict)


class RunsOut(BaseModel):
    runs: list[RunOut]


class AnswersIn(BaseModel):
    answers: dict[str, str] = Field(
        default_factory=dict, description='vision id -> answer, e.g. {"V1": "..."}'
    )


ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorOut} for code in (400, 401, 404, 409, 413, 415)
}


# -- ASGI middleware ---------------------------------------------------------------------


async def _send_json(send: Send, status: int, body: dict[str, Any], headers: Any = ()) -> None:
    data = json.dumps(body).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(data)).encode()),
                *headers,
            ],
        }
    )
    await send({"type": "http.response.body", "body": data})


class TokenAuth:
    """Require the bearer token on every route when one is configured."""

    def __init__(self, app: ASGIApp, token: str | None) -> None:
        self.app = app
        self.token = token

    def _given(self, scope: Scope) -> tuple[str | None, bool]:
        headers = dict(scope.get("headers") or [])
        auth = headers.get(b"authorization", b"").decode("latin-1")
        if auth.lower().startswith("bearer "):
            return auth[7:].strip(), False
        query = parse_qs(scope.get("query_string", b"").decode("latin-1"))
        if query.get("token"):
            return query["token"][0], True
        for part in headers.get(b"cookie", b"").decode("latin-1").split(";"):
            name, _, value = part.strip().partition("=")
            if name == TOKEN_COOKIE:
                return unquote(value), False
        return None, False

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not self.token:
            await self.app(scope, receive, send)
            return
        given, from_query = self._given(scope)
        if given is None or not hmac.compare_digest(given.encode(), self.token.encode()):
            await _send_json(
                send,
                401,
                {
                    "error": "missing or wrong token: this server needs GROUNDWORK_TOKEN "
                    "(Authorization: Bearer <token>, or open /?token=<token>)"
                },
                [(b"www-authenticate", b"Bearer")],
            )
            return
        if not from_query:
            await self.app(scope, receive, send)
            return
        value = quote(self.token, safe="")
        cookie = f"{TOKEN_COOKIE}={value}; Path=/; HttpOnly; SameSite=Strict".encode("latin-1")

        async def send_with_cookie(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), (b"set-cookie", cookie)]
            await send(message)

        await self.app(scope, receive, send_with_cookie)


class BodyLimit:
    """Refuse request bodies over the limit with 413 while they stream in (not after)."""

    def __init__(self, app: ASGIApp, upload_limit: int) -> None:
        self.app = app
        self.upload_limit = upload_limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in ("POST", "PUT", "PATCH"):
            await self.app(scope, receive, send)
            return
        limit = self.upload_limit if scope["path"] == "/api/runs" else SMALL_BODY
        message = {"error": f"request body is over the {limit:,}-byte upload limit"}
        headers = dict(scope.get("headers") or [])
        length = headers.get(b"content-length")
        if length is not None and length.isdigit() and int(length) > limit:
            await _send_json(send, 413, message, [(b"connection", b"close")])
            return
        seen = 0
        exceeded = False
        started = False

        async def limited_receive() -> Message:
            nonlocal seen, exceeded
            msg = await receive()
            if msg["type"] == "http.request":
                seen += len(msg.get("body", b""))
                if seen > limit:
                    exceeded = True
                    raise UploadRefused(413, message["error"])
            return msg

        async def guarded_send(msg: Message) -> None:
            nonlocal started
            if exceeded:
                return  # whatever the app answers, the client gets the 413
            started = True
            await send(msg)

        try:
            await self.app(scope, limited_receive, guarded_send)
        except Exception:
            if not exceeded or started:
                raise
        if exceeded and not started:
            await _send_json(send, 413, message, [(b"connection", b"close")])


class SecurityHeaders:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        if scope["method"] not in ("GET", "HEAD", "OPTIONS"):
            # A page on another site may not start runs or answer questions through a browser.
            headers = dict(scope.get("headers") or [])
            origin = headers.get(b"origin", b"").decode("latin-1")
            host = headers.get(b"host", b"").decode("latin-1")
            if origin and origin != "null" and urlsplit(origin).netloc != host:
                await _send_json(
                    send, 403, {"error": f"cross-origin request from {origin[:80]} refused"}
                )
                return
            if origin == "null":
                await _send_json(send, 403, {"error": "cross-origin request refused"})
                return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                extra = [
                    (b"x-content-type-options", b"nosniff"),
                    (b"referrer-policy", b"no-referrer"),
                ]
                if scope["path"] == "/" or scope["path"].startswith("/static/"):
                    extra += [
                        (
                            b"content-security-policy",
                            b"default-src 'self'; img-src 'self' data:; style-src 'self'; "
                            b"script-src 'self'; connect-src 'self'; object-src 'none'; "
                            b"base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
                        ),
                        (b"x-frame-options", b"DENY"),
                    ]
                message["headers"] = [*message.get("headers", []), *extra]
            await send(message)

        await self.app(scope, receive, send_with_headers)


# -- the app -----------------------------------------------------------------------------


def _status_for(exc: InputError) -> int:
    if isinstance(exc, FileTooLargeError):
        return 413
    if isinstance(exc, UnsupportedFormatError):
        return 415
    if isinstance(exc, EncryptedFileError):
        return 400
    return 400


def _sse(seq: int, event: str, data: dict[str, Any]) -> str:
    return f"id: {seq}\nevent: {event}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n"


def _error(status: int, message: str) -> JSONResponse:
    return JSONResponse({"error": " ".join(str(message).split())}, status_code=status)


def _mount_offline_docs(app: FastAPI) -> None:
    import swagger_ui_bundle
    from fastapi.openapi.docs import get_swagger_ui_html
    from fastapi.responses import HTMLResponse
    from fastapi.staticfiles import StaticFiles

    app.mount(
        "/docs-static", StaticFiles(directory=swagger_ui_bundle.swagger_ui_path), name="docs-static"
    )

    @app.get("/docs", include_in_schema=False)
    async def docs() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url=app.openapi_url or "/openapi.json",
            title="groundwork API",
            swagger_js_url="/docs-static/swagger-ui-bundle.js",
            swagger_css_url="/docs-static/swagger-ui.css",
            swagger_favicon_url="/docs-static/favicon-32x32.png",
        )


def create_app(settings: WebSettings) -> FastAPI:
    """The FastAPI app. Starts its worker threads (and resumes interrupted runs) on startup."""
    manager = RunManager(settings)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        manager.start()
        try:
            yield
        finally:
            manager.stop()

    app = FastAPI(
        title="groundwork",
        summary="Upload a strategy deck, answer the clarifying questions, read and download the plan.",
        version="1",
        lifespan=lifespan,
        docs_url=None,  # served below from the packaged Swagger UI: no CDN, works offline
        redoc_url=None,
    )
    _mount_offline_docs(app)
    app.state.settings = settings
    app.state.runs = manager

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        response = _error(exc.status_code, str(exc.detail))
        for key, value in (exc.headers or {}).items():
            response.headers[key] = value
        return response

    @app.exception_handler(RequestValidationError)
    async def validation_error(_request: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ()) if p not in ("body", "query"))
        return _error(400, f"{where or 'request'}: {first.get('msg', 'invalid request')}")

    @app.exception_handler(UploadRefused)
    async def refused(_request: Request, exc: UploadRefused) -> JSONResponse:
        return _error(exc.status, str(exc))

    def _run_or_404(run_id: str) -> Any:
        run = manager.get(run_id)
        if run is None:
            raise StarletteHTTPException(404, f"no run {run_id[:40]!r}")
        return run

    def _role_files(run: Any) -> list[dict[str, str]]:
        """Role name -> tasks/<slug>.md for the files the renderer wrote."""
        tasks_dir = run.out_dir / "tasks"
        if not tasks_dir.is_dir():
            return []
        files = {p.stem for p in tasks_dir.glob("*.md")}
        named: dict[str, str] = {}
        try:
            from agent.render import PlanIndex, role_slugs
            from schemas.plan import Plan

            plan = Plan.model_validate_json((run.out_dir / "plan.json").read_text("utf-8"))
            named = role_slugs(PlanIndex(plan).involved_roles())
        except Exception:
            named = {}
        result = [
            {"role": role, "slug": slug, "url": f"/api/runs/{run.id}/tasks/{slug}"}
            for role, slug in named.items()
            if slug in files
        ]
        known = {item["slug"] for item in result}
        result += [
            {"role": slug, "slug": slug, "url": f"/api/runs/{run.id}/tasks/{slug}"}
            for slug in sorted(files - known)
        ]
        return sorted(result, key=lambda item: item["role"].lower())

    def _out(run: Any) -> dict[str, Any]:
        meta = run.snapshot()
        downloads: dict[str, Any] = {}
        if meta["status"] == "done":
            downloads = {
                name: f"/api/runs/{run.id}/{name}"
                for name in DOWNLOADS
                if (run.out_dir / name).is_file()
            }
            downloads["tasks"] = _role_files(run)
        return {
            "id": meta["id"],
            "status": meta["status"],
            "step": meta.get("step"),
            "steps_done": meta.get("steps_done", []),
            "error": meta.get("error"),
            "questions": meta.get("questions", []) if meta["status"] == "paused" else [],
            "deck": meta.get("deck_name", "deck"),
            "org": meta.get("org_label", ""),
            "engine": meta.get("engine", "auto"),
            "interactive": bool(meta.get("interactive", True)),
            "created": meta.get("created", 0.0),
            "updated": meta.get("updated", 0.0),
            "summary": meta.get("summary", {}),
            "downloads": downloads,
        }

    # -- page ----------------------------------------------------------------------------

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC / "index.html", media_type="text/html; charset=utf-8")

    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    # -- API -----------------------------------------------------------------------------

    @app.get("/api/orgs", response_model=OrgsOut, responses=ERRORS, tags=["orgs"])
    def list_orgs() -> dict[str, Any]:
        """The org-context folders this server was started with (``--org``)."""
        orgs = []
        for name, path in settings.orgs.items():
            count = sum(1 for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
            orgs.append({"name": name, "files": count})
        return {"orgs": orgs}

    @app.post(
        "/api/runs",
        status_code=201,
        response_model=RunCreated,
        responses=ERRORS,
        tags=["runs"],
    )
    def create_run(
        deck: UploadFile = File(
            ..., description="the strategy deck: PPTX or PDF (read by content)"
        ),
        org: str | None = Form(None, description="name of a configured org folder (GET /api/orgs)"),
        org_zip: UploadFile | None = File(None, description="or the org context as a ZIP"),
        engine: Literal["auto", "llm", "rules"] = Form("auto"),
        interactive: bool = Form(True, description="pause to ask about vague visions"),
    ) -> Response:
        """Start a run: a deck plus an org context. Returns the run id; follow its events."""
        zip_given = org_zip is not None and bool(org_zip.filename)
        if bool(org) == zip_given:
            configured = ", ".join(settings.orgs) or "none configured"
            raise UploadRefused(
                400,
                f"give either org (a configured org folder: {configured}) or org_zip (a ZIP upload)",
            )
        if org and org not in settings.orgs:
            configured = ", ".join(settings.orgs) or "none configured"
            raise UploadRefused(400, f"unknown org {org[:80]!r} (configured: {configured})")
        if engine == "llm" and not settings.base_config.llm_configured:
            raise UploadRefused(
                400,
                "engine llm needs a model endpoint configured on the server "
                "(OPENAI_BASE_URL or OPENAI_API_KEY); use engine rules or auto",
            )
        deck_label = display_name(deck.filename, "deck")
        run_id, path = manager.new_run_dir()
        try:
            meta = _accept_upload(path, deck, deck_label, org, org_zip if zip_given else None)
        except InputError as exc:
            shutil.rmtree(path, ignore_errors=True)
            raise UploadRefused(_status_for(exc), f"{deck_label}: {exc.reason}") from None
        except BaseException:
            shutil.rmtree(path, ignore_errors=True)
            raise
        meta.update(engine=engine, interactive=interactive)
        run = manager.submit(run_id, path, meta)
        return JSONResponse(
            {"id": run.id, "status": run.status},
            status_code=201,
            headers={"Location": f"/api/runs/{run.id}"},
        )

    def _accept_upload(
        path: Path,
        deck: UploadFile,
        deck_label: str,
        org: str | None,
        org_zip: UploadFile | None,
    ) -> dict[str, Any]:
        from extractors import detect, extract

        upload = path / "upload.bin"
        copy_capped(deck.file, upload, settings.max_deck_bytes, deck_label)
        # The same checks and one-line reasons as `groundwork plan` (type by content, encryption,
        # corruption, no text, size), before the run is queued.
        extract(upload, max_bytes=settings.max_deck_bytes)
        kind = detect(upload, max_bytes=settings.max_deck_bytes)
        deck_file = f"deck.{kind}"
        upload.rename(path / deck_file)
        meta: dict[str, Any] = {"deck_name": deck_label, "deck_file": deck_file}
        if org_zip is not None:
            zip_label = display_name(org_zip.filename, "org.zip")
            archive = path / "org.zip"
            copy_capped(org_zip.file, archive, settings.max_upload_bytes, zip_label)
            root = extract_org_zip(
                archive,
                path / ORG,
                max_bytes=settings.max_org_bytes,
                max_files=settings.max_org_files,
                label=zip_label,
            )
            archive.unlink()
            meta.update(org_dir=str(root.relative_to(path)), org_label=f"upload: {zip_label}")
        else:
            meta.update(org=org, org_label=org)
        return meta

    @app.get("/api/runs", response_model=RunsOut, responses=ERRORS, tags=["runs"])
    def list_runs() -> dict[str, Any]:
        """All runs, newest first (paused runs from before a restart included)."""
        return {"runs": [_out(run) for run in manager.list()]}

    @app.get("/api/runs/{run_id}", response_model=RunOut, responses=ERRORS, tags=["runs"])
    def get_run(run_id: str) -> dict[str, Any]:
        """Status (queued, running, paused, done, failed), current step, error, questions."""
        return _out(_run_or_404(run_id))

    @app.get(
        "/api/runs/{run_id}/events",
        responses={200: {"content": {"text/event-stream": {}}}, **ERRORS},
        tags=["runs"],
    )
    async def run_events(
        run_id: str,
        request: Request,
        after: int | None = Query(
            None, ge=0, description="replay the events numbered above this one, then follow"
        ),
        last_event_id: str | None = Header(None, alias="Last-Event-ID"),
    ) -> StreamingResponse:
        """Server-sent events: status, queued, running, step, paused (with questions), resumed,
        done, failed. Every event's data carries the run's status, step and steps done.

        Without ``after`` (or a Last-Event-ID header, sent by a reconnecting EventSource) the
        stream starts with one ``status`` event describing the run now, then follows it. The
        stream ends when the run is paused, done or failed: open it again after posting answers.
        """
        run = _run_or_404(run_id)
        if after is None and (last_event_id or "").isdigit():
            after = int(str(last_event_id))

        async def stream() -> AsyncIterator[str]:
            yield "retry: 2000\n\n"
            if after is None:
                data, sent, settled = run.status_event()
                yield _sse(sent, "status", data)
                if settled:
                    return
            else:
                sent = after
            idle = 0.0
            while True:
                events, settled = run.events_after(sent)
                for event in events:
                    sent = event["seq"]
                    yield _sse(sent, event["event"], event["data"])
                if settled:
                    return
                if await request.is_disconnected():
                    return
                await asyncio.sleep(SSE_POLL)
                idle = 0.0 if events else idle + SSE_POLL
                if idle >= SSE_KEEPALIVE:
                    idle = 0.0
                    yield ": keep-alive\n\n"

        return StreamingResponse(
            stream(),
            media_type="text/event-stream",
            headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
        )

    @app.post(
        "/api/runs/{run_id}/answers",
        status_code=202,
        response_model=RunCreated,
        responses=ERRORS,
        tags=["runs"],
    )
    def post_answers(run_id: str, body: AnswersIn) -> dict[str, Any]:
        """Resume a paused run with answers ``{"answers": {"V1": "..."}}`` (empty keeps the flags)."""
        run = _run_or_404(run_id)
        answers = {}
        for key, value in body.answers.items():
            text = " ".join(str(value).split())
            if len(text) > 4000:
                raise UploadRefused(400, f"answer to {key[:20]} is over 4,000 characters")
            if text:
                answers[str(key)[:20]] = text
        manager.answer(run, answers)
        return {"id": run.id, "status": run.status}

    def _download(run_id: str, name: str) -> FileResponse:
        run = _run_or_404(run_id)
        if run.status != "done":
            raise StarletteHTTPException(409, f"run {run.id} is {run.status}; no plan yet")
        filename, media_type = DOWNLOADS[name]
        path = run.out_dir / filename
        if not path.is_file():
            raise StarletteHTTPException(404, f"{filename} was not written for this run")
        return FileResponse(path, media_type=media_type, filename=filename)

    def _add_download(name: str) -> None:
        def download(run_id: str) -> FileResponse:
            return _download(run_id, name)

        download.__name__ = "download_" + name.replace(".", "_")
        download.__doc__ = f"The plan's {name}."
        app.get(
            f"/api/runs/{{run_id}}/{name}",
            response_class=FileResponse,
            responses=ERRORS,
            tags=["downloads"],
        )(download)

    for name in DOWNLOADS:
        _add_download(name)

    @app.get(
        "/api/runs/{run_id}/tasks/{role}",
        response_class=FileResponse,
        responses=ERRORS,
        tags=["downloads"],
    )
    def download_tasks(run_id: str, role: str) -> FileResponse:
        """One role's task list (tasks/<slug>.md); ``role`` is the slug or the role's name."""
        run = _run_or_404(run_id)
        if run.status != "done":
            raise StarletteHTTPException(409, f"run {run.id} is {run.status}; no plan yet")
        wanted = role.strip().lower()
        for item in _role_files(run):
            if wanted in (item["slug"], item["role"].lower()):
                return FileResponse(
                    run.out_dir / "tasks" / f"{item['slug']}.md",
                    media_type="text/markdown; charset=utf-8",
                    filename=f"tasks-{item['slug']}.md",
                )
        raise StarletteHTTPException(404, f"no task list for role {role[:80]!r} in this plan")

    # Outermost first: token check, security headers, body limit (Starlette adds in reverse).
    app.add_middleware(BodyLimit, upload_limit=settings.max_upload_bytes)
    app.add_middleware(SecurityHeaders)
    app.add_middleware(TokenAuth, token=settings.token)
    return app
