"""Login rate limiting from the recorded attempts (works across processes sharing the DB)."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.db.sessions import LoginAttempt
from service.errors import RateLimited

WINDOW = timedelta(minutes=15)
MAX_FAILURES_PER_USER = 5
MAX_FAILURES_PER_CLIENT = 30


def check_allowed(db: Session, username: str, client: str, now: datetime) -> None:
    """Raise :class:`RateLimited` when this name or client failed too often in the window."""
    since = now - WINDOW
    per_user = db.scalar(
        select(func.count())
        .select_from(LoginAttempt)
        .where(LoginAttempt.username == username, LoginAttempt.at >= since, LoginAttempt.success.is_(False))
    )
    per_client = db.scalar(
        select(func.count())
        .select_from(LoginAttempt)
        .where(LoginAttempt.client == client, LoginAttempt.at >= since, LoginAttempt.success.is_(False))
    )
    if (per_user or 0) >= MAX_FAILURES_PER_USER or (per_client or 0) >= MAX_FAILURES_PER_CLIENT:
        raise RateLimited("登录失败次数过多，请 15 分钟后再试")


def record_attempt(db: Session, username: str, client: str, now: datetime, success: bool) -> None:
    """Store one attempt (caller commits)."""
    db.add(LoginAttempt(username=username[:100], client=client[:100], at=now, success=success))
