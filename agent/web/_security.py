"""Who may call the API, from where, and what the logs may keep.

- ``require_token``: when the server has a token (GROUNDWORK_TOKEN), every API route needs
  it as ``Authorization: Bearer <token>`` or in the HttpOnly cookie that ``POST
  /api/session`` sets for the page. Never in a URL: URLs end up in logs and histories.
  Both schemes come from ``fastapi.security``, so they show in the OpenAPI document.
- ``same_origin``: a page on another site may not start runs or answer questions through a
  browser (state-changing methods need a matching Origin, when one is sent).
- ``allowed hosts``: Starlette's ``TrustedHostMiddleware`` refuses any Host header the server
  was not started for (DNS rebinding); ``json_refusals`` turns its plain-text answer, and the
  framework's other plain-text refusals, into JSON with the reason.
- ``ScrubTokens``: a logging filter that blanks ``token=`` query values in access logs.
"""

from __future__ import annotations

import hmac
import logging
import re
from collections.abc import Awaitable, Callable
from typing import Annotated
from urllib.parse import urlsplit

from fastapi import Request, Response, Security
from fastapi.security import APIKeyCookie, HTTPAuthorizationCredentials, HTTPBearer
from starlette.exceptions import HTTPException

from agent.web._errors import error_response, too_large

TOKEN_COOKIE = "groundwork_token"
UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})

bearer = HTTPBearer(
    auto_error=False,
    scheme_name="bearer",
    description="the server's GROUNDWORK_TOKEN, as `Authorization: Bearer <token>`",
)
cookie = APIKeyCookie(
    name=TOKEN_COOKIE,
    auto_error=False,
    scheme_name="cookie",
    description="set by `POST /api/session` (the page's sign-in); HttpOnly, SameSite=Strict",
)


def token_matches(given: str | None, expected: str) -> bool:
    return given is not None and hmac.compare_digest(given.encode(), expected.encode())


def unauthorized() -> HTTPException:
    return HTTPException(
        401,
        "missing or wrong token: this server needs GROUNDWORK_TOKEN "
        "(Authorization: Bearer <token>, or sign in on the page)",
        headers={"WWW-Authenticate": "Bearer"},
    )


async def require_token(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Security(bearer)],
    cookie_token: Annotated[str | None, Security(cookie)],
) -> None:
    expected = request.app.state.settings.token_value
    if not expected:
        return
    given = credentials.credentials if credentials else cookie_token
    if not token_matches(given, expected):
        raise unauthorized()


async def same_origin(request: Request) -> None:
    if request.method not in UNSAFE_METHODS:
        return
    origin = request.headers.get("origin", "")
    if not origin:
        return  # not a browser's cross-site request (curl, the API client)
    if origin == "null" or urlsplit(origin).netloc != request.headers.get("host", ""):
        raise HTTPException(403, f"cross-origin request from {origin[:80]} refused")


CSP = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
    "form-action 'self'"
)


async def json_refusals(
    request: Request, call_next: Callable[[Request], Awaitable[Response]]
) -> Response:
    """Security headers on every answer; plain-text refusals from below rewritten as JSON."""
    response = await call_next(request)
    kind = response.headers.get("content-type", "")
    if response.status_code >= 400 and kind.startswith("text/plain"):
        host = request.headers.get("host", "")
        if response.status_code == 413:
            message = too_large(request)
        elif response.status_code == 400 and host:
            message = (
                f"host {host[:80]!r} is not allowed on this server "
                "(start it with --allowed-host NAME to serve that name)"
            )
        else:
            body = b"".join([chunk async for chunk in response.body_iterator])  # type: ignore[attr-defined]
            message = body.decode("utf-8", "replace")[:200] or "request refused"
        response = error_response(response.status_code, message)
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    path = request.url.path
    if path == "/" or path.startswith("/static/"):
        response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Frame-Options"] = "DENY"
    return response


_TOKEN_IN_QUERY = re.compile(r"(?i)([?&](?:access_)?token=)[^&\s\"]*")


def scrub_query_tokens(text: str) -> str:
    return _TOKEN_IN_QUERY.sub(r"\1[redacted]", text)


class ScrubTokens(logging.Filter):
    """Blank ``token=`` query values in log records (uvicorn's access log prints full paths)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple):
            record.args = tuple(
                scrub_query_tokens(a) if isinstance(a, str) else a for a in record.args
            )
        elif isinstance(record.msg, str):
            record.msg = scrub_query_tokens(record.msg)
        return True


def install_log_scrubbing() -> None:
    access = logging.getLogger("uvicorn.access")
    if not any(isinstance(f, ScrubTokens) for f in access.filters):
        access.addFilter(ScrubTokens())
