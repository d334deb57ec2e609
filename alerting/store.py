"""Storing classified items once (insert-or-ignore on the item id).

The stage consumer may deliver an item again after a crash or a rebalance; only the first delivery
inserts it, and only newly inserted items go on to event grouping, so a redelivery changes nothing.
On SQLite items are inserted first (that write takes the database write lock) and linked to their
events after grouping; on PostgreSQL they are grouped first and stored with their events in one
``COPY`` (:func:`copy_items`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, cast

from sqlalchemy import Table, bindparam, select, update
from sqlalchemy.orm import Session

from alerting.bulk import json_text
from alerting.events.similarity import simhash_to_int
from alerting.upsert import among, insert_ignore
from models.db import Item
from models.messages import ClassifiedItem
from models.timeutil import not_in_future


@dataclass(frozen=True)
class Incoming:
    """A classified item with the time its Kafka record was published (for latency)."""

    message: ClassifiedItem
    sent_at: datetime | None = None


def sent_at_from_ms(timestamp_ms: int | None) -> datetime | None:
    """The Kafka record timestamp (ms since the epoch) as an aware UTC datetime."""
    if timestamp_ms is None or timestamp_ms < 0:
        return None
    return datetime.fromtimestamp(timestamp_ms / 1000, tz=UTC)


def item_row(incoming: Incoming, now: datetime) -> dict[str, Any]:
    """The ``items`` row for a classified item (published time clamped to not lie in the future)."""
    msg = incoming.message
    item, c = msg.item, msg.classification
    return {
        "id": item.id,
        "source_id": item.source_id,
        "source_type": item.source_type.value,
        "source_tier": item.source_tier.value,
        "url": item.url,
        "title": item.title,
        "text": item.text,
        "author": item.author,
        "region": item.region,
        "engagement": item.engagement.model_dump(exclude_none=True),
        "published_at": not_in_future(item.published_at, now),
        "collected_at": item.collected_at,
        "stored_at": now,
        "content_hash": item.content_hash,
        "simhash": simhash_to_int(item.simhash),
        "duplicate_of": item.duplicate_of,
        "copies": item.copies,
        "topic": c.topic,
        "topic_confidence": c.topic_confidence,
        "negative": c.negative,
        "sentiment_score": c.sentiment_score,
        "event_type": c.event_type.value,
        "grade": c.grade.value if c.grade else None,
        "urgency": c.urgency,
        "places": list(c.places),
        "lead_unit": c.lead_unit,
        "co_units": list(c.co_units),
        "classification": c.model_dump(mode="json"),
        "classified_at": msg.classified_at,
        "publish_sent_at": incoming.sent_at,
        "event_id": None,
    }


def first_copies(batch: Sequence[Incoming]) -> list[Incoming]:
    """The batch without repeated ids (the first copy of each id, in batch order)."""
    seen: dict[str, Incoming] = {}
    for incoming in batch:
        seen.setdefault(incoming.message.id, incoming)
    return list(seen.values())


def stored_events(session: Session, ids: Sequence[str]) -> dict[str, int | None]:
    """For the ids of ``ids`` already stored: their event id."""
    found: dict[str, int | None] = {}
    for start in range(0, len(ids), 1000):
        stmt = select(Item.id, Item.event_id).where(among(session, Item.id, list(ids[start : start + 1000])))
        found.update({item_id: event_id for item_id, event_id in session.connection().execute(stmt)})
    return found


def insert_new(session: Session, batch: Sequence[Incoming], now: datetime) -> list[Incoming]:
    """Insert the items not stored yet (insert-or-ignore, event to be linked); return those.

    The first write of the transaction: on SQLite it takes the write lock, so the grouping that
    follows sees every other worker's committed events."""
    first = first_copies(batch)
    inserted = insert_ignore(session, Item, [item_row(i, now) for i in first], key="id")
    return [i for i in first if i.message.id in inserted]


def link_events(session: Session, event_of: Mapping[str, int]) -> None:
    """Set the event of stored items (after :func:`insert_new`)."""
    if event_of:
        table = cast(Table, Item.__table__)
        stmt = update(table).where(table.c.id == bindparam("b_id")).values(event_id=bindparam("b_event"))
        session.execute(stmt, [{"b_id": i, "b_event": e} for i, e in event_of.items()])


_COPY_COLUMNS = (
    "id", "source_id", "source_type", "source_tier", "url", "title", "text", "author", "region", "engagement",
    "published_at", "collected_at", "stored_at", "content_hash", "simhash", "duplicate_of", "copies", "topic",
    "topic_confidence", "negative", "sentiment_score", "event_type", "grade", "urgency", "places", "lead_unit",
    "co_units", "classification", "classified_at", "publish_sent_at", "event_id",
)  # fmt: skip


def copy_items(session: Session, batch: Sequence[Incoming], event_of: Mapping[str, int], now: datetime) -> None:
    """PostgreSQL: store items (none of them stored yet) with their events in one ``COPY``.

    A ``COPY`` is several times cheaper per row than an ``INSERT`` (no statement per row, no
    per-row bind processing). It has no ``ON CONFLICT``: if another worker stored one of the items
    meanwhile (a batch redelivered to two workers during a rebalance), the statement fails with a
    unique violation, the transaction rolls back and the batch is handled again.
    """
    if not batch:
        return
    connection = session.connection().connection.driver_connection
    columns = ", ".join(_COPY_COLUMNS)
    with connection.cursor() as cursor, cursor.copy(f"COPY items ({columns}) FROM STDIN") as copy:  # type: ignore[union-attr]
        for incoming in batch:
            copy.write_row(_copy_values(incoming, now, event_of[incoming.message.id]))


def _copy_values(incoming: Incoming, now: datetime, event_id: int) -> tuple[Any, ...]:
    msg = incoming.message
    item, c = msg.item, msg.classification
    return (
        item.id, item.source_id, item.source_type.value, item.source_tier.value, item.url, item.title, item.text,
        item.author, item.region, item.engagement.model_dump_json(exclude_none=True),
        not_in_future(item.published_at, now), item.collected_at, now, item.content_hash,
        simhash_to_int(item.simhash), item.duplicate_of, item.copies, c.topic, c.topic_confidence, c.negative,
        c.sentiment_score, c.event_type.value, c.grade.value if c.grade else None, c.urgency, json_text(list(c.places)),
        c.lead_unit, json_text(list(c.co_units)), c.model_dump_json(), msg.classified_at, incoming.sent_at, event_id,
    )  # fmt: skip
