"""Events (舆情事件): items about one incident, grouped by the alerting stage."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from models.db.base import Base


class Event(Base):
    """An incident and the summary of its items (kept current by the alerting stage).

    ``occurred_at`` is recorded by the desk when it knows when the incident happened; the response
    tracker may anchor its clock there. A merged event points at the event it went into.
    """

    __tablename__ = "events"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    title: Mapped[str] = mapped_column(String(1000))
    status: Mapped[str] = mapped_column(String(20), default="open")
    topic: Mapped[str | None] = mapped_column(String(100), default=None)
    event_type: Mapped[str | None] = mapped_column(String(40), default=None)
    grade: Mapped[str | None] = mapped_column(String(40), default=None)
    places: Mapped[list[Any]] = mapped_column(JSON, default=list)
    lead_unit: Mapped[str | None] = mapped_column(String(100), default=None)
    co_units: Mapped[list[Any]] = mapped_column(JSON, default=list)
    sources: Mapped[list[Any]] = mapped_column(JSON, default=list)
    item_count: Mapped[int] = mapped_column(default=0)
    negative_count: Mapped[int] = mapped_column(default=0)
    first_seen_at: Mapped[datetime]
    last_seen_at: Mapped[datetime]
    peak_at: Mapped[datetime | None] = mapped_column(default=None)
    peak_volume: Mapped[int] = mapped_column(default=0)
    occurred_at: Mapped[datetime | None] = mapped_column(default=None)
    simhash: Mapped[int | None] = mapped_column(BigInteger, default=None)
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("events.id"), default=None)
    terms: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    """Content fingerprint (character bigram → weight) the alerting stage matches new items against."""
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]

    __table_args__ = (
        Index("ix_events_last_seen_at", "last_seen_at"),
        Index("ix_events_status_last_seen_at", "status", "last_seen_at"),
        Index("ix_events_lead_unit_last_seen_at", "lead_unit", "last_seen_at"),
        Index("ix_events_merged_into_id", "merged_into_id"),
    )
