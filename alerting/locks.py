"""Locks of the alerting stage: row locks on the events a batch touches, never a global lock.

Workers in one consumer group own different partitions of ``items.classified`` (keyed by place,
:func:`models.topics.grouping_key`), so they rarely touch the same event; when they do, the row
lock (``SELECT … FOR NO KEY UPDATE`` in id order: it does not block the foreign-key checks of
items and alerts inserted for the event) makes them take turns on that event only. The time a
worker waits for a row another transaction holds is measured (:class:`WaitClock`).

SQLite has no row locks: a transaction takes the database write lock with its first write, so an
alerting transaction starts with :func:`take_write_lock` and SQLite runs writers one at a time.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, cast

from sqlalchemy import Row, Table, select, tuple_, update
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from alerting.upsert import among
from models.db import Event, TopicVolume

LOCK_NOT_AVAILABLE = "55P03"


@dataclass
class WaitClock:
    """Time spent waiting for row locks another transaction held, and how often that happened."""

    seconds: float = 0.0
    contended: int = 0
    statements: int = 0
    by_table: dict[str, float] = field(default_factory=dict)


def is_sqlite(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


def take_write_lock(session: Session) -> None:
    """SQLite: take the database write lock now (a write that changes nothing), so the reads that
    follow see every committed write and the transaction cannot fail to upgrade later. Elsewhere a
    no-op."""
    if is_sqlite(session):
        table = cast(Table, Event.__table__)
        session.execute(update(table).where(table.c.id == -1).values(item_count=table.c.item_count))


def lock_events(
    session: Session, ids: Iterable[int], columns: Sequence[Any], clock: WaitClock | None = None
) -> dict[int, Row[Any]]:
    """Lock the events ``ids`` (in id order, so two workers never deadlock on them) and read
    ``columns`` of each (``Event.id`` is added); returns rows by id (missing ids are absent)."""
    wanted = sorted(set(ids))
    if not wanted:
        return {}
    rows: dict[int, Row[Any]] = {}
    for start in range(0, len(wanted), 1000):
        part = wanted[start : start + 1000]
        stmt = select(Event.id, *columns).where(among(session, Event.id, part)).order_by(Event.id)
        rows.update({row.id: row for row in _locked(session, stmt, clock)})
    return rows


def lock_topic_buckets(session: Session, keys: Sequence[tuple[str, Any]], clock: WaitClock | None = None) -> None:
    """Lock the existing ``topic_volume`` rows of ``keys`` (``(topic, bucket_start)``, sorted): every
    worker adds to the same few topic rows, so this is where workers may wait on each other."""
    if is_sqlite(session):
        return
    table = TopicVolume.__table__
    for start in range(0, len(keys), 500):
        part = keys[start : start + 500]
        stmt = (
            select(table.c.topic)
            .where(tuple_(table.c.topic, table.c.bucket_start).in_(part))
            .order_by(table.c.topic, table.c.bucket_start)
        )
        _locked(session, stmt, clock)


def _locked(session: Session, stmt: Any, clock: WaitClock | None) -> list[Row[Any]]:
    """Run ``stmt`` ``FOR UPDATE``. With a clock, first without waiting (in a savepoint): when a row
    is locked by another transaction, the time the waiting statement then takes is counted."""
    if clock is None or is_sqlite(session):
        return list(session.execute(stmt.with_for_update(key_share=True)))
    clock.statements += 1
    try:
        with session.begin_nested():
            return list(session.execute(stmt.with_for_update(nowait=True, key_share=True)))
    except OperationalError as exc:
        if getattr(exc.orig, "sqlstate", None) != LOCK_NOT_AVAILABLE:
            raise
    started = time.perf_counter()
    rows = list(session.execute(stmt.with_for_update(key_share=True)))
    waited = time.perf_counter() - started
    clock.seconds += waited
    clock.contended += 1
    table = str(stmt.get_final_froms()[0])
    clock.by_table[table] = clock.by_table.get(table, 0.0) + waited
    return rows
