"""Per-bucket volume of events and topics, and spike detection against a baseline.

Buckets are aligned on the epoch in UTC, ``bucket_minutes`` wide. Counts are upserted
(``count = count + n``), so concurrent workers never lose an increment. A batch's spike checks read
the buckets they need once (:class:`VolumeWindows`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import cast

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from alerting.upsert import among, upsert_increment
from models.db import EventVolume, TopicVolume

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def bucket_of(at: datetime, bucket_minutes: int) -> datetime:
    """Start of the bucket ``at`` falls in."""
    width = bucket_minutes * 60
    seconds = int((at - _EPOCH).total_seconds())
    return _EPOCH + timedelta(seconds=seconds - seconds % width)


def add_event_volume(
    session: Session, counts: Mapping[tuple[int, datetime], int], *, returning: bool = False
) -> list[tuple[int, datetime, int]]:
    """Add ``counts`` (``(event_id, bucket_start) → n``) to ``event_volume``; with ``returning``,
    return ``(event_id, bucket_start, count after)`` of each bucket touched."""
    rows = [{"event_id": e, "bucket_start": b, "count": n} for (e, b), n in counts.items() if n]
    return upsert_increment(session, EventVolume, rows, keys=("event_id", "bucket_start"), returning=returning)


def add_topic_volume(session: Session, counts: Mapping[tuple[str, datetime], int]) -> None:
    """Add ``counts`` (``(topic, bucket_start) → n``) to ``topic_volume``."""
    rows = [{"topic": t, "bucket_start": b, "count": n} for (t, b), n in counts.items() if n]
    upsert_increment(session, TopicVolume, rows, keys=("topic", "bucket_start"))


@dataclass(frozen=True)
class Spike:
    """The volume of the current window against the average of the windows before it."""

    window_start: datetime
    count: int
    baseline: float

    @property
    def ratio(self) -> float:
        return self.count / self.baseline if self.baseline else float("inf")


class VolumeWindows:
    """Per-bucket counts of the events and topics one batch touched, read once per time range.

    A spike check asks for one scope's windows; the first ask for a range reads the buckets of every
    touched key of that scope in that range in one query, so a batch needs one query per scope and
    range, not one per event. Asks for keys outside the touched ones are answered by a query.
    """

    def __init__(self, session: Session, *, event_ids: Iterable[int] = (), topics: Iterable[str] = ()) -> None:
        self.session = session
        self.keys: dict[str, set[int | str]] = {"event": set(event_ids), "topic": set(topics)}
        self.loaded: dict[tuple[str, datetime, datetime], dict[int | str, list[tuple[datetime, int]]]] = {}

    def window_counts(
        self, *, scope: str, key: int | str, end: datetime, window_minutes: int, windows: int
    ) -> tuple[datetime, int, float]:
        """As :func:`window_counts`."""
        if key not in self.keys[scope]:
            return window_counts(
                self.session, scope=scope, key=key, end=end, window_minutes=window_minutes, windows=windows
            )
        width = timedelta(minutes=window_minutes)
        start = end - width
        base_start = start - width * windows
        range_key = (scope, base_start, end)
        buckets = self.loaded.get(range_key)
        if buckets is None:
            buckets = self.loaded[range_key] = self._load(scope, base_start, end)
        current = before = 0
        for bucket, count in buckets.get(key, ()):
            if bucket >= start:
                current += count
            else:
                before += count
        return start, current, before / windows

    def _load(self, scope: str, since: datetime, end: datetime) -> dict[int | str, list[tuple[datetime, int]]]:
        table = EventVolume if scope == "event" else TopicVolume
        column = EventVolume.event_id if scope == "event" else TopicVolume.topic
        keys = sorted(self.keys[scope], key=str)
        out: dict[int | str, list[tuple[datetime, int]]] = {}
        for chunk in range(0, len(keys), 1000):
            part = keys[chunk : chunk + 1000]
            stmt = select(column, table.bucket_start, table.count).where(
                among(self.session, column, part), table.bucket_start >= since, table.bucket_start < end
            )
            for key, bucket, count in self.session.connection().execute(stmt):
                out.setdefault(cast(int | str, key), []).append((bucket, int(count)))
        return out


def window_counts(
    session: Session, *, scope: str, key: int | str, end: datetime, window_minutes: int, windows: int
) -> tuple[datetime, int, float]:
    """Return (current window start, its count, mean count of the ``windows`` windows before it)."""
    table = EventVolume if scope == "event" else TopicVolume
    column = EventVolume.event_id if scope == "event" else TopicVolume.topic
    width = timedelta(minutes=window_minutes)
    start = end - width
    base_start = start - width * windows

    in_window = case((table.bucket_start >= start, table.count), else_=0)
    before_window = case((table.bucket_start < start, table.count), else_=0)
    stmt = select(func.coalesce(func.sum(in_window), 0), func.coalesce(func.sum(before_window), 0)).where(
        column == key, table.bucket_start >= base_start, table.bucket_start < end
    )
    # Core execution on the session's connection: no ORM autoflush per spike check.
    current, before = session.connection().execute(stmt).one()
    current, before = int(current), int(before)
    return start, current, before / windows


def detect_spike(
    session: Session,
    *,
    scope: str,
    key: int | str,
    at: datetime,
    bucket_minutes: int,
    window_minutes: int,
    baseline_windows: int,
    min_count: int,
    factor: float,
    volumes: VolumeWindows | None = None,
) -> Spike | None:
    """A spike if the window ending with ``at``'s bucket has ≥ ``min_count`` items and ≥ ``factor`` × baseline.

    The window is reported by the start of its last bucket's window, so one spiking window gives one
    stable identity (used in the alert's de-duplication key).
    """
    end = bucket_of(at, bucket_minutes) + timedelta(minutes=bucket_minutes)
    if volumes is not None:
        start, count, baseline = volumes.window_counts(
            scope=scope, key=key, end=end, window_minutes=window_minutes, windows=baseline_windows
        )
    else:
        start, count, baseline = window_counts(
            session, scope=scope, key=key, end=end, window_minutes=window_minutes, windows=baseline_windows
        )
    if count < min_count or count < factor * baseline:
        return None
    return Spike(window_start=bucket_of(start, window_minutes), count=count, baseline=baseline)
