"""Token login for API clients, logout, and who-am-I."""

from __future__ import annotations

from fastapi import APIRouter, Request

from models.db import User
from service.api.deps import ClientDep, CurrentUser, NowDep, SessionDep
from service.api.responses import SIGNED_IN, WITH_BODY, errors
from service.api.schemas import Ack, LoginRequest, TokenPublic, UserPublic
from service.audit import audit
from service.auth.login import login
from service.auth.sessions import COOKIE_NAME, revoke_session

router = APIRouter(tags=["login"])


@router.post("/login/access-token", responses={**WITH_BODY, **errors(401, 422, 429)})
def access_token(body: LoginRequest, client: ClientDep, db: SessionDep, now: NowDep) -> TokenPublic:
    """Exchange a username and password for a bearer token (failures throttled per name and client)."""
    token, session, user = login(db, body.username, body.password, client, now)
    return TokenPublic(access_token=token, csrf_token=session.csrf_token, role=user.role, unit_id=user.unit_id)


@router.post("/logout", responses=SIGNED_IN)
def logout(request: Request, principal: CurrentUser, db: SessionDep, now: NowDep) -> Ack:
    auth = request.headers.get("authorization", "")
    token = auth[7:].strip() if auth.lower().startswith("bearer ") else request.cookies.get(COOKIE_NAME, "")
    revoke_session(db, token)
    audit(db, principal, "logout", "user", principal.user_id, now)
    db.commit()
    return Ack()


@router.get("/users/me", responses=SIGNED_IN)
def me(principal: CurrentUser, db: SessionDep) -> UserPublic:
    return UserPublic.model_validate(db.get(User, principal.user_id))
