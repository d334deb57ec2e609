"""Time helpers: everything is tz-aware; stored in UTC, shown in Asia/Shanghai."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

SHANGHAI = ZoneInfo("Asia/Shanghai")

Clock = Callable[[], datetime]
"""An injectable source of the current time; always returns an aware UTC datetime."""


def utcnow() -> datetime:
    """The current time as an aware UTC datetime (the default :data:`Clock`)."""
    return datetime.now(UTC)


def ensure_aware(value: datetime, assume: timezone | ZoneInfo = SHANGHAI) -> datetime:
    """Return ``value`` as an aware UTC datetime.

    A naive value is taken to be in ``assume`` (Asia/Shanghai by default: Chinese sources that give
    no zone mean local time).
    """
    if value.tzinfo is None or value.tzinfo.utcoffset(value) is None:
        value = value.replace(tzinfo=assume)
    return value.astimezone(UTC)


def to_local(value: datetime) -> datetime:
    """Return an aware datetime converted to Asia/Shanghai for display."""
    return ensure_aware(value).astimezone(SHANGHAI)


def not_in_future(value: datetime, now: datetime, slack: timedelta = timedelta(minutes=5)) -> datetime:
    """Clamp a source-given time so that it is never later than ``now`` (plus a small slack)."""
    return now if value > now + slack else value
