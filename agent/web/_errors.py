"""The one place errors become HTTP responses: ``{"error": "<one line>"}`` with a status.

Domain code raises the documented tree (``agent.errors``); this maps it. Framework refusals
(validation, a body over the limit, an unknown host, a 404 route) and unexpected errors are
JSON too, so a client never has to parse plain text or a traceback.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from agent.errors import (
    FileTooLargeError,
    GroundworkError,
    RunNotFoundError,
    RunStateError,
    UnsupportedFormatError,
)
from agent.web._plain import megabytes, plain

log = logging.getLogger("groundwork.web")

# Most specific first: the first class an error is an instance of gives its status.
STATUS: tuple[tuple[type[GroundworkError], int], ...] = (
    (RunNotFoundError, 404),
    (RunStateError, 409),
    (FileTooLargeError, 413),
    (UnsupportedFormatError, 415),
    (GroundworkError, 400),
)


class ErrorOut(BaseModel):
    error: str = Field(description="one line, safe to show a user")


ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorOut} for code in (400, 401, 403, 404, 409, 413, 415)
}


def status_for(exc: GroundworkError) -> int:
    return next(status for cls, status in STATUS if isinstance(exc, cls))


def error_response(
    status: int, message: str, headers: dict[str, str] | None = None
) -> JSONResponse:
    return JSONResponse({"error": plain(message)}, status_code=status, headers=headers)


def install(app: FastAPI) -> None:
    @app.exception_handler(GroundworkError)
    async def domain_error(_request: Request, exc: GroundworkError) -> JSONResponse:
        return error_response(status_for(exc), str(exc))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        message = str(exc.detail)
        if exc.status_code == 413:
            message = too_large(request)
        return error_response(exc.status_code, message, dict(exc.headers or {}))

    @app.exception_handler(RequestValidationError)
    async def validation_error(_request: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ()) if p not in ("body", "query"))
        return error_response(400, f"{where or 'request'}: {first.get('msg', 'invalid request')}")

    @app.exception_handler(Exception)
    async def unexpected(_request: Request, exc: Exception) -> JSONResponse:
        log.error("unexpected error", exc_info=exc)
        return error_response(500, f"internal error ({type(exc).__name__}); see the server log")


def too_large(request: Request) -> str:
    limit = request.app.state.body_limit(request.url.path)
    return f"the upload is over the {megabytes(limit)} limit"
