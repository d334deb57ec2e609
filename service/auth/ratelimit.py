"""Login throttling keyed to (user name, client address), computed from the recorded attempts.

The attempts live in the database, so every ``yuqing serve`` process sees the same throttles.
Within :data:`WINDOW`:

- after :data:`FAILURES_BEFORE_WAIT` failures a (name, client) pair must wait :data:`FIRST_WAIT`
  after its last failure, doubling with each further failure up to :data:`MAX_WAIT`; a success
  from the pair starts its count afresh;
- a client that failed :data:`HOT_CLIENT_FAILURES` times across names (spraying names) has each of
  its pairs wait from that pair's first failure on;
- a name is never locked as a whole: a client that has not been failing for it signs in with the
  right password, so nobody can lock the 24-hour desk out by failing on purpose from elsewhere.

The caller checks the password first and asks :func:`wait_for` afterwards; a throttled pair is
refused whether the password was right or not, so the refusal tells nothing about the password.
An administrator sees the pairs with :func:`throttles` and lifts them with :func:`clear`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session, aliased

from models.db.sessions import LoginAttempt

WINDOW = timedelta(minutes=15)
FAILURES_BEFORE_WAIT = 5
HOT_CLIENT_FAILURES = 30
FIRST_WAIT = timedelta(seconds=30)
MAX_WAIT = timedelta(minutes=15)
MAX_KEY = 100
"""Names and client addresses are stored (and compared) cut to this many characters."""


@dataclass(frozen=True)
class Throttle:
    """Failures of one (name, client) pair since its last success within the window."""

    username: str
    client: str
    failures: int
    last_failure_at: datetime
    blocked_until: datetime | None
    """When the pair may try again; None while it has failed fewer times than a wait needs."""

    def blocked(self, now: datetime) -> bool:
        return self.blocked_until is not None and now < self.blocked_until


def blocked_until(failures: int, last_failure_at: datetime, *, hot_client: bool) -> datetime | None:
    """The end of the wait after ``failures`` (pure: the rule of the module docstring)."""
    threshold = 1 if hot_client else FAILURES_BEFORE_WAIT
    if failures < threshold:
        return None
    wait = min(MAX_WAIT, FIRST_WAIT * (1 << min(failures - threshold, 16)))
    return last_failure_at + wait


def _failures_since_last_success(now: datetime):  # type: ignore[no-untyped-def]
    """Failures in the window, not followed by a success of the same pair (a SELECT to refine)."""
    later = aliased(LoginAttempt)
    success_after = (
        select(later.id)
        .where(
            later.username == LoginAttempt.username,
            later.client == LoginAttempt.client,
            later.success.is_(True),
            later.at > LoginAttempt.at,
        )
        .exists()
    )
    return (
        select(LoginAttempt.username, LoginAttempt.client, func.count(), func.max(LoginAttempt.at))
        .where(LoginAttempt.success.is_(False), LoginAttempt.at >= now - WINDOW, ~success_after)
        .group_by(LoginAttempt.username, LoginAttempt.client)
    )


def _client_failures(db: Session, client: str, now: datetime) -> int:
    stmt = (
        select(func.count())
        .select_from(LoginAttempt)
        .where(LoginAttempt.client == client, LoginAttempt.success.is_(False), LoginAttempt.at >= now - WINDOW)
    )
    return int(db.scalar(stmt) or 0)


def throttle_of(db: Session, username: str, client: str, now: datetime) -> Throttle | None:
    """The pair's current failures (None when it has none)."""
    username, client = username[:MAX_KEY], client[:MAX_KEY]
    row = db.execute(
        _failures_since_last_success(now).where(LoginAttempt.username == username, LoginAttempt.client == client)
    ).first()
    if row is None:
        return None
    hot = _client_failures(db, client, now) >= HOT_CLIENT_FAILURES
    return Throttle(username, client, int(row[2]), row[3], blocked_until(int(row[2]), row[3], hot_client=hot))


def wait_for(db: Session, username: str, client: str, now: datetime) -> timedelta | None:
    """How long this pair must still wait before a login may succeed, or None."""
    throttle = throttle_of(db, username, client, now)
    if throttle is None or not throttle.blocked(now):
        return None
    assert throttle.blocked_until is not None
    return throttle.blocked_until - now


def record_attempt(db: Session, username: str, client: str, now: datetime, success: bool) -> None:
    """Store one attempt (caller commits)."""
    db.add(LoginAttempt(username=username[:MAX_KEY], client=client[:MAX_KEY], at=now, success=success))


def throttles(db: Session, now: datetime) -> list[Throttle]:
    """Every pair with failures in the window, most recent failure first (the admin's view)."""
    rows = db.execute(_failures_since_last_success(now)).all()
    hot = {
        client
        for client, n in db.execute(
            select(LoginAttempt.client, func.count())
            .where(LoginAttempt.success.is_(False), LoginAttempt.at >= now - WINDOW)
            .group_by(LoginAttempt.client)
        )
        if n >= HOT_CLIENT_FAILURES
    }
    found = [
        Throttle(name, client, int(n), last, blocked_until(int(n), last, hot_client=client in hot))
        for name, client, n, last in rows
    ]
    return sorted(found, key=lambda t: (t.last_failure_at, t.username, t.client), reverse=True)


def clear(db: Session, username: str, client: str | None) -> int:
    """Forget the failures of ``username`` (from ``client``, or from every client); how many (caller
    commits and audits). Successful attempts are kept."""
    stmt = delete(LoginAttempt).where(LoginAttempt.username == username[:MAX_KEY], LoginAttempt.success.is_(False))
    if client is not None:
        stmt = stmt.where(LoginAttempt.client == client[:MAX_KEY])
    return int(db.execute(stmt).rowcount or 0)  # type: ignore[attr-defined]
