"""The FastAPI app: wiring only (routers, dependencies, limits, middleware, error handlers).

    from agent.web import WebSettings, create_app
    app = create_app(WebSettings.from_env("runs", ["examples/northwind-health/org"]))

Every error is JSON ``{"error": "<one line>"}``. When ``settings.token`` is set
(GROUNDWORK_TOKEN), every API route needs it: ``Authorization: Bearer <token>``, or the
cookie that ``POST /api/session`` sets (the page's sign-in). The page, its assets and the
API docs are public: they hold nothing of anyone's runs.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import Depends, FastAPI
from fastapi.responses import FileResponse, HTMLResponse
from fastapi.staticfiles import StaticFiles
from starlette.middleware.trustedhost import TrustedHostMiddleware

from agent.web import _errors
from agent.web._runs import RunService
from agent.web._security import install_log_scrubbing, json_refusals, require_token, same_origin
from agent.web._settings import WebSettings
from agent.web.routers import downloads, engines, exports, orgs, runs, session, uploads

STATIC = Path(__file__).parent / "static"
SMALL_BODY = 1024 * 1024  # every body but an upload: answers, sign-in


def _mount_offline_docs(app: FastAPI) -> None:
    """Swagger UI 5 from the fastapi-offline wheel (Swagger UI 4 cannot read OpenAPI 3.1)."""
    import fastapi_offline
    from fastapi.openapi.docs import get_swagger_ui_html

    assets = Path(fastapi_offline.__file__).parent / "static"
    app.mount("/docs-static", StaticFiles(directory=assets), name="docs-static")

    @app.get("/docs", include_in_schema=False)
    async def docs() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url=app.openapi_url or "/openapi.json",
            title="groundwork API",
            swagger_js_url="/docs-static/swagger-ui-bundle.js",
            swagger_css_url="/docs-static/swagger-ui.css",
            swagger_favicon_url="/docs-static/favicon.png",
            # No validator badge: it would send the document to a public validator.
            swagger_ui_parameters={"validatorUrl": None},
        )


def make_service(settings: WebSettings) -> RunService:
    """The embedded service (runs in this server's worker processes), or with a database URL
    the team service (runs in Postgres, executed by `groundwork worker` processes)."""
    if settings.database_url is not None:
        from agent.team import team_service

        return team_service(settings)
    return RunService(settings)


def create_app(settings: WebSettings, service: RunService | None = None) -> FastAPI:
    """The app. On startup it loads the runs, recovers unfinished ones and starts the workers
    (in team mode: connects to the database; workers run elsewhere)."""
    service = service or make_service(settings)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        service.store.bind_loop(asyncio.get_running_loop())
        await asyncio.to_thread(service.start)
        try:
            yield
        finally:
            await asyncio.to_thread(service.stop)

    app = FastAPI(
        title="groundwork",
        summary="Upload a strategy deck, answer the clarifying questions, read and download the plan.",
        version="1",
        lifespan=lifespan,
        docs_url=None,  # served below from the packaged Swagger UI: no CDN, works offline
        redoc_url=None,
    )
    app.state.settings = settings
    app.state.runs = service
    app.state.body_limit = lambda path: (
        settings.max_upload_bytes if path.rstrip("/") == "/api/runs" else SMALL_BODY
    )
    _errors.install(app)
    _mount_offline_docs(app)

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC / "index.html", media_type="text/html; charset=utf-8")

    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    # Body limits per router (the framework's max_body_size): uploads get theirs, the rest a
    # small one. Router-level, so a refusal passes through json_refusals below.
    guarded = [Depends(require_token), Depends(same_origin)]
    limit = settings.max_upload_bytes
    app.include_router(uploads.router, dependencies=guarded, max_body_size=limit)
    for router in (orgs.router, engines.router, runs.router, downloads.router, exports.router):
        app.include_router(router, dependencies=guarded, max_body_size=SMALL_BODY)
    app.include_router(
        session.router, dependencies=[Depends(same_origin)], max_body_size=SMALL_BODY
    )

    # Inner first: the host check, then JSON for every plain-text refusal and the headers.
    app.add_middleware(TrustedHostMiddleware, allowed_hosts=settings.allowed_hosts)
    app.middleware("http")(json_refusals)
    install_log_scrubbing()
    return app
