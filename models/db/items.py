"""Stored items with their classification, and the desk's label corrections."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.db.base import Base


class Item(Base):
    """One collected item. ``id`` is the stable item id from :func:`models.messages.item_id_for`.

    Written once by the alerting stage (insert-or-ignore on ``id``); the classification columns
    are denormalised from ``classification`` for filtering.
    """

    __tablename__ = "items"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    source_id: Mapped[str] = mapped_column(String(100), index=True)
    source_type: Mapped[str] = mapped_column(String(20))
    source_tier: Mapped[str] = mapped_column(String(20))
    url: Mapped[str | None] = mapped_column(String(2000), default=None)
    title: Mapped[str] = mapped_column(String(1000))
    text: Mapped[str] = mapped_column(Text, default="")
    author: Mapped[str | None] = mapped_column(String(200), default=None)
    region: Mapped[str | None] = mapped_column(String(100), default=None)
    engagement: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    published_at: Mapped[datetime]
    collected_at: Mapped[datetime]
    stored_at: Mapped[datetime]
    content_hash: Mapped[str | None] = mapped_column(String(64), default=None)
    simhash: Mapped[int | None] = mapped_column(BigInteger, default=None)
    duplicate_of: Mapped[str | None] = mapped_column(String(64), default=None, index=True)
    copies: Mapped[int] = mapped_column(default=0)

    topic: Mapped[str | None] = mapped_column(String(100), default=None)
    topic_confidence: Mapped[float | None] = mapped_column(default=None)
    negative: Mapped[bool | None] = mapped_column(default=None)
    sentiment_score: Mapped[float | None] = mapped_column(default=None)
    event_type: Mapped[str | None] = mapped_column(String(40), default=None)
    grade: Mapped[str | None] = mapped_column(String(40), default=None)
    urgency: Mapped[float | None] = mapped_column(default=None)
    places: Mapped[list[Any]] = mapped_column(JSON, default=list)
    lead_unit: Mapped[str | None] = mapped_column(String(100), default=None)
    co_units: Mapped[list[Any]] = mapped_column(JSON, default=list)
    classification: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)
    classified_at: Mapped[datetime | None] = mapped_column(default=None)
    publish_sent_at: Mapped[datetime | None] = mapped_column(default=None)
    """When the collector published the item (from the Kafka record timestamp), for latency."""

    event_id: Mapped[int | None] = mapped_column(ForeignKey("events.id"), default=None, index=True)

    __table_args__ = (
        Index("ix_items_stored_at", "stored_at"),
        Index("ix_items_lead_unit_stored_at", "lead_unit", "stored_at"),
        Index("ix_items_topic_stored_at", "topic", "stored_at"),
        Index("ix_items_published_at", "published_at"),
    )


class LabelCorrection(Base):
    """The desk's correction of a classification: labelled data for the next training.

    Append-only: a later correction of the same field supersedes an earlier one.
    """

    __tablename__ = "label_corrections"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    item_id: Mapped[str] = mapped_column(ForeignKey("items.id"), index=True)
    field: Mapped[str] = mapped_column(String(40))
    old_value: Mapped[str | None] = mapped_column(String(200), default=None)
    new_value: Mapped[str] = mapped_column(String(200))
    user: Mapped[str] = mapped_column(String(100))
    at: Mapped[datetime]
