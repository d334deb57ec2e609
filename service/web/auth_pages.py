"""Login, logout and the home page that sends each role to its own workspace.

The login form is protected against cross-site posts (login CSRF) twice: a token set as a
``SameSite=Strict`` cookie when the form is shown must come back in the form (double submit), and a
browser's ``Origin`` header, when sent, must name this site.
"""

from __future__ import annotations

import hmac
import secrets
from typing import Annotated
from urllib.parse import urlsplit

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response

from models.enums import Role
from service.api.deps import ClientDep, NowDep, OptionalUser, SessionDep, StateDep
from service.audit import audit
from service.auth.login import login
from service.auth.sessions import COOKIE_NAME, SESSION_TTL, revoke_session
from service.errors import CsrfError, NotAuthenticated, RateLimited
from service.web.deps import FormUser
from service.web.render import page

router = APIRouter()

HOME = {Role.DESK: "/desk", Role.UNIT: "/inbox", Role.LEADER: "/leader", Role.ADMIN: "/admin"}
LOGIN_COOKIE = "yq_login"
"""The login form's double-submit token (a random value, not a secret of the user)."""


@router.get("/favicon.ico")
def favicon() -> RedirectResponse:
    """The site icon for what is not a page of ours (a PDF or JSON in a tab, the API docs)."""
    return RedirectResponse("/static/favicon.svg", status_code=301)


def cookie_secure(request: Request, state: StateDep) -> bool:
    """``Secure`` for our cookies: the ``cookie_secure`` setting, else whether the request came over
    https (directly, or as a trusted proxy's ``X-Forwarded-Proto`` says)."""
    configured = state.settings.cookie_secure
    return configured if configured is not None else request.url.scheme == "https"


def _login_page(
    request: Request, state: StateDep, *, error: str = "", status_code: int = 200, token: str | None = None
) -> Response:
    token = token or secrets.token_urlsafe(24)
    response = page(request, "login.html", status_code=status_code, user=None, error=error, login_token=token)
    response.set_cookie(
        LOGIN_COOKIE,
        token,
        httponly=True,
        samesite="strict",
        secure=cookie_secure(request, state),
        path="/login",
    )
    return response


def _same_origin(request: Request) -> bool:
    """False only when the browser named another site as the form's origin."""
    origin = request.headers.get("origin")
    if origin is None:
        return True
    return urlsplit(origin).netloc.lower() == request.headers.get("host", "").lower()


@router.get("/")
def home(principal: OptionalUser) -> Response:
    if principal is None:
        return RedirectResponse("/login", status_code=303)
    return RedirectResponse(HOME[principal.role], status_code=303)


@router.get("/login")
def login_form(request: Request, state: StateDep) -> Response:
    return _login_page(request, state)


@router.post("/login")
def login_submit(
    request: Request,
    db: SessionDep,
    now: NowDep,
    state: StateDep,
    client: ClientDep,
    username: Annotated[str, Form(max_length=100)] = "",
    password: Annotated[str, Form(max_length=200)] = "",
    login_token: Annotated[str, Form(max_length=200)] = "",
) -> Response:
    expected = request.cookies.get(LOGIN_COOKIE, "")
    if not (_same_origin(request) and expected and hmac.compare_digest(login_token, expected)):
        error = CsrfError("登录页面已过期或表单来自其他网站，请重新打开登录页后再登录")
        return _login_page(request, state, error=str(error), status_code=error.status_code)
    try:
        token, _session, user = login(db, username.strip(), password, client, now)
    except (NotAuthenticated, RateLimited) as exc:
        response = _login_page(request, state, error=str(exc), status_code=exc.status_code, token=expected)
        if isinstance(exc, RateLimited) and exc.retry_after_s is not None:
            response.headers["retry-after"] = str(exc.retry_after_s)
        return response
    response = RedirectResponse(HOME[Role(user.role)], status_code=303)
    response.set_cookie(
        COOKIE_NAME,
        token,
        max_age=int(SESSION_TTL.total_seconds()),
        httponly=True,
        samesite="lax",
        secure=cookie_secure(request, state),
        path="/",
    )
    response.delete_cookie(LOGIN_COOKIE, path="/login")
    return response


@router.post("/logout")
def logout(request: Request, principal: FormUser, db: SessionDep, now: NowDep) -> Response:
    revoke_session(db, request.cookies.get(COOKIE_NAME, ""))
    audit(db, principal, "logout", "user", principal.user_id, now)
    db.commit()
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(COOKIE_NAME, path="/")
    return response
