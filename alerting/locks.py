"""The lock that serialises storing and grouping across alerting workers.

On PostgreSQL a transaction-scoped advisory lock; on SQLite the database write lock that the
batch's first write takes already serialises workers, so nothing is needed there.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

GROUPING_LOCK = 0x59514731  # "YQG1"


def lock_grouping(session: Session) -> None:
    """Take the grouping lock until the session's transaction ends (PostgreSQL; re-entrant)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": GROUPING_LOCK})
