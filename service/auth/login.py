"""The login procedure shared by the API and the web form: rate limit, verify, open a session."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from models.db import User
from models.db.sessions import WebSession
from service.audit import audit
from service.auth.ratelimit import check_allowed, record_attempt
from service.auth.sessions import open_session
from service.auth.users import authenticate
from service.errors import NotAuthenticated


def login(db: Session, username: str, password: str, client: str, now: datetime) -> tuple[str, WebSession, User]:
    """Sign in and commit; raise :class:`RateLimited` or :class:`NotAuthenticated` (attempt recorded)."""
    check_allowed(db, username, client, now)
    user = authenticate(db, username, password)
    record_attempt(db, username, client, now, success=user is not None)
    if user is None:
        db.commit()
        raise NotAuthenticated("用户名或密码错误")
    token, session = open_session(db, user, now)
    audit(db, user.username, "login", "user", user.id, now, client=client)
    db.commit()
    return token, session, user
