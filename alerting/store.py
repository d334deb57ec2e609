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
from alerting.copytext import NULL, text_field
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
    per-row bind processing), and the batch goes to the driver as one block of text rows
    (:mod:`alerting.copytext`). It has no ``ON CONFLICT``: if another worker stored one of the items
    meanwhile (a batch redelivered to two workers during a rebalance), the statement fails with a
    unique violation, the transaction rolls back and the batch is handled again.
    """
    if not batch:
        return
    stored_at = now.isoformat()
    block = "".join(_copy_line(incoming, now, stored_at, event_of[incoming.message.id]) for incoming in batch)
    connection = session.connection().connection.driver_connection
    columns = ", ".join(_COPY_COLUMNS)
    with connection.cursor() as cursor, cursor.copy(f"COPY items ({columns}) FROM STDIN") as copy:  # type: ignore[union-attr]
        copy.write(block)


def _copy_line(incoming: Incoming, now: datetime, stored_at: str, event_id: int) -> str:
    """The item's row of :data:`_COPY_COLUMNS` in ``COPY`` text format (its JSON as pydantic writes it;
    ``stored_at``: ``now`` formatted once for the batch)."""
    msg = incoming.message
    item, c = msg.item, msg.classification
    engagement = item.engagement
    simhash = simhash_to_int(item.simhash)
    fields = (
        text_field(item.id), text_field(item.source_id), item.source_type.value, item.source_tier.value,
        text_field(item.url), text_field(item.title), text_field(item.text), text_field(item.author),
        text_field(item.region),
        text_field(engagement.__pydantic_serializer__.to_json(engagement, exclude_none=True).decode()),
        not_in_future(item.published_at, now).isoformat(), item.collected_at.isoformat(), stored_at,
        text_field(item.content_hash), NULL if simhash is None else str(simhash), text_field(item.duplicate_of),
        str(item.copies), text_field(c.topic), repr(c.topic_confidence), "t" if c.negative else "f",
        repr(c.sentiment_score), c.event_type.value, NULL if c.grade is None else c.grade.value, repr(c.urgency),
        text_field(json_text(c.places)), text_field(c.lead_unit), text_field(json_text(c.co_units)),
        text_field(c.__pydantic_serializer__.to_json(c).decode()), msg.classified_at.isoformat(),
        NULL if incoming.sent_at is None else incoming.sent_at.isoformat(), str(event_id),
    )  # fmt: skip
    return "\t".join(fields) + "\n"
