"""Dependencies declared once as ``Annotated`` aliases: database session, clock, signed-in user.

Authentication: the ``yq_session`` cookie (web UI) or ``Authorization: Bearer <token>`` (API
clients). A cookie-authenticated request that changes state must carry the session's CSRF token in
``X-CSRF-Token`` (API) or in the ``csrf_token`` form field (web forms, checked by the web routes).
"""

from __future__ import annotations

import hmac
from collections.abc import Callable, Iterator
from datetime import datetime
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.orm import Session

from models.enums import Role
from models.ports import StagePorts
from service.auth.principal import Principal
from service.auth.sessions import COOKIE_NAME, resolve_session
from service.errors import CsrfError, Forbidden, NotAuthenticated
from service.state import ServiceState

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


def get_state(request: Request) -> ServiceState:
    state: ServiceState = request.app.state.service
    return state


StateDep = Annotated[ServiceState, Depends(get_state)]


def get_stages(state: StateDep) -> StagePorts:
    return state.stages


StagesDep = Annotated[StagePorts, Depends(get_stages)]
"""The stages' ports (:mod:`models.ports`) the composition root gave ``create_app``."""


def get_db(state: StateDep) -> Iterator[Session]:
    """One session per request; routes commit their changes explicitly, anything else rolls back."""
    with state.sessions() as session:
        yield session


SessionDep = Annotated[Session, Depends(get_db)]


def get_now(state: StateDep) -> datetime:
    return state.clock()


NowDep = Annotated[datetime, Depends(get_now)]


def client_address(request: Request) -> str:
    """The client's address: the peer's, or the one a trusted proxy names (``trusted_proxies``;
    :func:`service.app.create_app` installs the proxy-header middleware only for those)."""
    return request.client.host if request.client else "unknown"


ClientDep = Annotated[str, Depends(client_address)]


def _token(request: Request) -> tuple[str | None, bool]:
    auth = request.headers.get("authorization", "")
    if auth.lower().startswith("bearer "):
        return auth[7:].strip(), False
    return request.cookies.get(COOKIE_NAME), True


def optional_principal(request: Request, db: SessionDep, now: NowDep) -> Principal | None:
    """The signed-in user, or None. No CSRF check here (see :func:`api_principal`)."""
    token, via_cookie = _token(request)
    if not token:
        return None
    found = resolve_session(db, token, now)
    if found is None:
        return None
    user, session = found
    return Principal(
        user_id=user.id,
        username=user.username,
        role=Role(user.role),
        unit_id=user.unit_id,
        csrf_token=session.csrf_token,
        via_cookie=via_cookie,
        display_name=user.display_name,
    )


OptionalUser = Annotated[Principal | None, Depends(optional_principal)]


def check_csrf(principal: Principal, supplied: str | None) -> None:
    """Raise :class:`CsrfError` unless ``supplied`` equals the session's CSRF token."""
    if not supplied or not hmac.compare_digest(supplied, principal.csrf_token):
        raise CsrfError("缺少或错误的 CSRF 令牌")


bearer_scheme = HTTPBearer(
    auto_error=False,
    scheme_name="bearer",
    description="令牌来自 POST /api/v1/login/access-token；网页界面用会话 Cookie（修改请求另需 X-CSRF-Token）",
)
"""Declares the bearer token in the OpenAPI schema; the token itself is read by :func:`_token`."""


def api_principal(
    request: Request,
    principal: OptionalUser,
    _declared: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer_scheme)],
) -> Principal:
    """The signed-in user of an API call; cookie-authenticated changes need ``X-CSRF-Token``."""
    if principal is None:
        raise NotAuthenticated("请先登录")
    if principal.via_cookie and request.method not in SAFE_METHODS:
        check_csrf(principal, request.headers.get("x-csrf-token"))
    return principal


CurrentUser = Annotated[Principal, Depends(api_principal)]


def require_roles(*roles: Role) -> Callable[[Principal], Principal]:
    """A dependency admitting only ``roles`` (admin is always admitted)."""
    allowed = {*roles, Role.ADMIN}

    def check(principal: CurrentUser) -> Principal:
        if principal.role not in allowed:
            raise Forbidden("无权执行此操作")
        return principal

    return check


DeskUser = Annotated[Principal, Depends(require_roles(Role.DESK))]
StaffUser = Annotated[Principal, Depends(require_roles(Role.DESK, Role.LEADER))]
AdminUser = Annotated[Principal, Depends(require_roles())]
ReviewUser = Annotated[Principal, Depends(require_roles(Role.LEADER, Role.DESK))]
CaseUser = Annotated[Principal, Depends(require_roles(Role.DESK, Role.UNIT, Role.LEADER))]
