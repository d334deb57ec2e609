"""Server-side sessions: random tokens, stored hashed, with a CSRF token each."""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta

from sqlalchemy import update
from sqlalchemy.orm import Session

from models.db import User
from models.db.sessions import WebSession

SESSION_TTL = timedelta(hours=12)
COOKIE_NAME = "yq_session"


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def open_session(db: Session, user: User, now: datetime, ttl: timedelta = SESSION_TTL) -> tuple[str, WebSession]:
    """Create a session for ``user``; return the raw token (shown once) and the row (caller commits)."""
    token = secrets.token_urlsafe(32)
    row = WebSession(
        token_hash=_digest(token),
        user_id=user.id,
        csrf_token=secrets.token_urlsafe(24),
        created_at=now,
        expires_at=now + ttl,
        revoked=False,
    )
    db.add(row)
    return token, row


def resolve_session(db: Session, token: str, now: datetime) -> tuple[User, WebSession] | None:
    """The user and session for ``token`` if it is live (not expired, not revoked, user active)."""
    if not token or len(token) > 200:
        return None
    row = db.get(WebSession, _digest(token))
    if row is None or row.revoked or row.expires_at <= now:
        return None
    user = db.get(User, row.user_id)
    if user is None or not user.active:
        return None
    return user, row


def revoke_session(db: Session, token: str) -> None:
    """Revoke the session for ``token`` (caller commits); unknown tokens are ignored."""
    db.execute(update(WebSession).where(WebSession.token_hash == _digest(token)).values(revoked=True))


def revoke_user_sessions(db: Session, user_id: int) -> None:
    """Revoke every session and token of a user (caller commits): after a password change, whoever
    held the old password is signed out."""
    db.execute(update(WebSession).where(WebSession.user_id == user_id).values(revoked=True))
