"""Login, logout and the home page that sends each role to its own workspace."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response

from models.enums import Role
from service.api.deps import NowDep, OptionalUser, SessionDep
from service.audit import audit
from service.auth.login import login
from service.auth.sessions import COOKIE_NAME, SESSION_TTL, revoke_session
from service.errors import NotAuthenticated, RateLimited
from service.web.deps import FormUser
from service.web.render import page

router = APIRouter()

HOME = {Role.DESK: "/desk", Role.UNIT: "/inbox", Role.LEADER: "/leader", Role.ADMIN: "/admin"}


@router.get("/")
def home(principal: OptionalUser) -> Response:
    if principal is None:
        return RedirectResponse("/login", status_code=303)
    return RedirectResponse(HOME[principal.role], status_code=303)


@router.get("/login")
def login_form(request: Request) -> Response:
    return page(request, "login.html", user=None, error="")


@router.post("/login")
def login_submit(
    request: Request,
    db: SessionDep,
    now: NowDep,
    username: Annotated[str, Form(max_length=100)] = "",
    password: Annotated[str, Form(max_length=200)] = "",
) -> Response:
    client = request.client.host if request.client else "unknown"
    try:
        token, _session, user = login(db, username.strip(), password, client, now)
    except (NotAuthenticated, RateLimited) as exc:
        return page(request, "login.html", status_code=exc.status_code, user=None, error=str(exc))
    response = RedirectResponse(HOME[Role(user.role)], status_code=303)
    response.set_cookie(
        COOKIE_NAME,
        token,
        max_age=int(SESSION_TTL.total_seconds()),
        httponly=True,
        samesite="lax",
        secure=request.url.scheme == "https",
        path="/",
    )
    return response


@router.post("/logout")
def logout(request: Request, principal: FormUser, db: SessionDep, now: NowDep) -> Response:
    revoke_session(db, request.cookies.get(COOKIE_NAME, ""))
    audit(db, principal, "logout", "user", principal.user_id, now)
    db.commit()
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(COOKIE_NAME, path="/")
    return response
