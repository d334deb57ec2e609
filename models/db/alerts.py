"""Alerts (预警), their append-only escalation log, notification deliveries and per-bucket volumes.

Owned by the alerting stage. The desk's live feed reads ``alerts`` (newest first by
``created_at``); ``dedupe_key`` is unique, so the decision to raise an alert is one atomic insert and
two workers can never raise the same alert twice.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.db.base import Base


class Alert(Base):
    """One alert raised by a rule (or a collector's source-health report, or a deadline).

    ``escalation`` is the escalation chain snapshotted when the alert was created: editing the
    policy later never moves a running alert. ``next_step_at`` is when the scheduler must look at
    the alert again (``None`` once the chain finished or was stopped); ``claimed_by`` /
    ``claimed_until`` lock the row while one scheduler runs a step.
    """

    __tablename__ = "alerts"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    rule: Mapped[str] = mapped_column(String(100))
    level: Mapped[str] = mapped_column(String(40))
    """The 舆情等级 name from ``levels.yaml`` (not the statutory grade)."""
    level_colour: Mapped[str | None] = mapped_column(String(20), default=None)
    title: Mapped[str] = mapped_column(String(1000))
    summary: Mapped[str] = mapped_column(Text, default="")
    event_id: Mapped[int | None] = mapped_column(ForeignKey("events.id"), default=None, index=True)
    item_id: Mapped[str | None] = mapped_column(String(64), default=None)
    source_id: Mapped[str | None] = mapped_column(String(100), default=None)
    units: Mapped[list[Any]] = mapped_column(JSON, default=list)
    grade: Mapped[str | None] = mapped_column(String(40), default=None)
    places: Mapped[list[Any]] = mapped_column(JSON, default=list)
    dedupe_key: Mapped[str] = mapped_column(String(200), unique=True)
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime]
    acknowledged_at: Mapped[datetime | None] = mapped_column(default=None)
    acknowledged_by: Mapped[str | None] = mapped_column(String(100), default=None)
    feed_published_at: Mapped[datetime | None] = mapped_column(default=None)
    """When the alert reached the ``alerts`` topic (the desk's live feed); ``None`` until confirmed."""
    escalation: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    escalation_state: Mapped[str] = mapped_column(String(20), default="active")
    """``active`` (steps pending), ``acknowledged`` (stopped by a person), ``finished`` (chain ran out)."""
    next_step_at: Mapped[datetime | None] = mapped_column(default=None)
    claimed_by: Mapped[str | None] = mapped_column(String(100), default=None)
    claimed_until: Mapped[datetime | None] = mapped_column(default=None)

    __table_args__ = (
        Index("ix_alerts_created_at", "created_at"),
        Index("ix_alerts_next_step_at", "escalation_state", "next_step_at"),
        Index("ix_alerts_rule_event", "rule", "event_id", "created_at"),
    )


class AlertLog(Base):
    """Append-only record of everything that happened to an alert (created, step run, delivery,
    acknowledged). ``step_key`` is unique when set, so a step is recorded done at most once even if
    two schedulers race."""

    __tablename__ = "alert_log"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    alert_id: Mapped[str] = mapped_column(ForeignKey("alerts.id"), index=True)
    at: Mapped[datetime]
    action: Mapped[str] = mapped_column(String(40))
    step_index: Mapped[int | None] = mapped_column(default=None)
    step_key: Mapped[str | None] = mapped_column(String(120), default=None, unique=True)
    actor: Mapped[str] = mapped_column(String(100), default="system")
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class Delivery(Base):
    """One attempt series of sending an alert on one channel (the final outcome, with attempts)."""

    __tablename__ = "alert_deliveries"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    alert_id: Mapped[str] = mapped_column(String(64), index=True)
    channel: Mapped[str] = mapped_column(String(60))
    target: Mapped[str] = mapped_column(String(40))
    status: Mapped[str] = mapped_column(String(20))
    """``sent`` or ``failed``."""
    attempts: Mapped[int] = mapped_column(default=1)
    error: Mapped[str | None] = mapped_column(String(2000), default=None)
    step_index: Mapped[int | None] = mapped_column(default=None)
    at: Mapped[datetime]


class EventVolume(Base):
    """How many items of an event arrived in one time bucket (its spread over time)."""

    __tablename__ = "event_volume"

    event_id: Mapped[int] = mapped_column(ForeignKey("events.id"), primary_key=True)
    bucket_start: Mapped[datetime] = mapped_column(primary_key=True)
    count: Mapped[int] = mapped_column(default=0)


class TopicVolume(Base):
    """How many items of a topic (领域) arrived in one time bucket (the topic's own baseline)."""

    __tablename__ = "topic_volume"

    topic: Mapped[str] = mapped_column(String(100), primary_key=True)
    bucket_start: Mapped[datetime] = mapped_column(primary_key=True)
    count: Mapped[int] = mapped_column(default=0)
