"""Government units (责任单位) and sources (信源) with their health."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, String
from sqlalchemy.orm import Mapped, mapped_column

from models.db.base import Base


class Unit(Base):
    """A responsible unit: 委办局, 乡镇/街道, 公共企事业单位. ``id`` is the directory code."""

    __tablename__ = "units"

    id: Mapped[str] = mapped_column(String(100), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(40), default="department")
    parent_id: Mapped[str | None] = mapped_column(String(100), default=None)
    contacts: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    """Notification contacts: ``{"wecom_mentions": [...], "dingtalk_mobiles": [...], "emails": [...]}``."""
    leader_contacts: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    active: Mapped[bool] = mapped_column(default=True)


class Source(Base):
    """A configured source, mirrored from ``sources.yaml`` so the service can show it."""

    __tablename__ = "sources"

    id: Mapped[str] = mapped_column(String(100), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    type: Mapped[str] = mapped_column(String(20))
    url: Mapped[str | None] = mapped_column(String(2000), default=None)
    tier: Mapped[str] = mapped_column(String(20), default="other")
    region: Mapped[str | None] = mapped_column(String(100), default=None)
    default_unit: Mapped[str | None] = mapped_column(String(100), default=None)
    enabled: Mapped[bool] = mapped_column(default=True)


class SourceHealth(Base):
    """Health of a source: updated by the collectors after every poll."""

    __tablename__ = "source_health"

    source_id: Mapped[str] = mapped_column(String(100), primary_key=True)
    last_success_at: Mapped[datetime | None] = mapped_column(default=None)
    last_error_at: Mapped[datetime | None] = mapped_column(default=None)
    last_error: Mapped[str | None] = mapped_column(String(2000), default=None)
    consecutive_failures: Mapped[int] = mapped_column(default=0)
    items_total: Mapped[int] = mapped_column(default=0)
    items_last_hour: Mapped[int] = mapped_column(default=0)
    cursor: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    """Resumable poll state (ETag, Last-Modified, last seen ids)."""
    updated_at: Mapped[datetime | None] = mapped_column(default=None)
    last_new_at: Mapped[datetime | None] = mapped_column(default=None)
    """When a poll last published something new (or, before that, when the source was first polled)."""
    quiet_alerted_at: Mapped[datetime | None] = mapped_column(default=None)
    """When the current quiet spell raised its alert; cleared by the next new item."""
