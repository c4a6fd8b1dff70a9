"""``/api/session``: the page's sign-in. The token goes in a POST body, never in a URL, and
comes back as an HttpOnly, SameSite=Strict cookie that the page's requests, event streams
and download links then carry."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response

from agent.web._errors import ERRORS
from agent.web._models import SessionIn
from agent.web._security import TOKEN_COOKIE, token_matches, unauthorized

router = APIRouter(prefix="/api/session", tags=["session"], responses=ERRORS)


@router.post("", status_code=204)
def sign_in(body: SessionIn, request: Request, response: Response) -> None:
    """Check the token and set the session cookie (a server without a token accepts any)."""
    expected = request.app.state.settings.token_value
    if expected is None:
        return
    if not token_matches(body.token, expected):
        raise unauthorized()
    response.set_cookie(
        TOKEN_COOKIE,
        body.token,
        httponly=True,
        samesite="strict",
        secure=request.url.scheme == "https",
        path="/",
    )


@router.delete("", status_code=204)
def sign_out(response: Response) -> None:
    """Forget the session cookie."""
    response.delete_cookie(TOKEN_COOKIE, path="/")
