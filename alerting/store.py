"""Storing classified items once (insert-or-ignore on the item id).

The stage consumer may deliver an item again after a crash or a rebalance; only the first delivery
inserts it, and only newly inserted items go on to event grouping and rule evaluation, so a
redelivery changes nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from alerting.events.similarity import simhash_to_int
from alerting.locks import lock_grouping
from alerting.upsert import dialect_insert, insert_ignore
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


def _first_rows(batch: Sequence[Incoming], now: datetime) -> tuple[dict[str, dict[str, Any]], dict[str, Incoming]]:
    rows: dict[str, dict[str, Any]] = {}
    first: dict[str, Incoming] = {}
    for incoming in batch:
        if incoming.message.id not in rows:
            rows[incoming.message.id] = item_row(incoming, now)
            first[incoming.message.id] = incoming
    return rows, first


def store_items(session: Session, batch: Sequence[Incoming], now: datetime) -> list[Incoming]:
    """Insert the batch's items that are not stored yet; return those (in batch order, first copy of
    an id only). Must be the first statement of the transaction on SQLite: it takes the write lock,
    so the grouping that follows sees every other worker's committed events."""
    rows, first = _first_rows(batch, now)
    inserted = insert_ignore(session, Item, list(rows.values()), key="id")
    return [inc for item_id, inc in first.items() if item_id in inserted]


def pending_new_items(
    session: Session, batch: Sequence[Incoming], now: datetime
) -> list[tuple[Incoming, dict[str, Any]]]:
    """PostgreSQL: the batch's items not stored yet, with their rows, to insert after grouping.

    Takes the grouping lock first, so no other worker can store or group until this transaction
    ends and two workers can never both find an id missing. Inserting after grouping lets each row
    carry its ``event_id`` (no second pass over the items), and the rows go in as one pipelined
    ``executemany`` of a single-row statement (:func:`insert_item_rows`): a multi-row
    ``VALUES ... RETURNING`` of a whole batch is re-parsed by the driver on every call.
    """
    lock_grouping(session)
    rows, first = _first_rows(batch, now)
    existing = set(session.scalars(select(Item.id).where(Item.id.in_(list(rows)))))
    return [(first[item_id], row) for item_id, row in rows.items() if item_id not in existing]


def insert_item_rows(session: Session, rows: Sequence[dict[str, Any]]) -> None:
    """Insert item rows (ignoring ids already stored) in one pipelined ``executemany``."""
    if rows:
        stmt = dialect_insert(session, Item.__table__).on_conflict_do_nothing(index_elements=["id"])
        session.execute(stmt, list(rows))
