"""The login procedure shared by the API and the web form: verify, throttle, open a session."""

from __future__ import annotations

import math
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from models.db import User
from models.db.sessions import WebSession
from service.audit import audit
from service.auth.ratelimit import record_attempt, wait_for
from service.auth.sessions import open_session
from service.auth.users import authenticate
from service.errors import NotAuthenticated, RateLimited


def login(db: Session, username: str, password: str, client: str, now: datetime) -> tuple[str, WebSession, User]:
    """Sign in and commit; raise :class:`RateLimited` or :class:`NotAuthenticated` (attempt recorded).

    The password is checked before the throttle is consulted, and a throttled (name, client) pair
    is refused whatever the password, so neither answer nor timing tells a throttled guesser
    whether the guess was right; any other client signs in normally (see
    :mod:`service.auth.ratelimit`).
    """
    username = username.replace("\x00", "\ufffd")  # the database cannot hold NUL; no account has it
    user = authenticate(db, username, password)
    wait = wait_for(db, username, client, now)
    if wait is not None:
        if user is None:
            record_attempt(db, username, client, now, success=False)
        db.commit()
        raise RateLimited(
            f"此账号在当前地址登录失败次数过多，请 {_duration(wait)} 后再试，或请管理员解除限制",
            retry_after_s=math.ceil(wait.total_seconds()),
        )
    record_attempt(db, username, client, now, success=user is not None)
    if user is None:
        db.commit()
        raise NotAuthenticated("用户名或密码错误")
    token, session = open_session(db, user, now)
    audit(db, user.username, "login", "user", user.id, now, client=client)
    db.commit()
    return token, session, user


def _duration(wait: timedelta) -> str:
    seconds = math.ceil(wait.total_seconds())
    return f"{seconds} 秒" if seconds < 60 else f"{math.ceil(seconds / 60)} 分钟"
