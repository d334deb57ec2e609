"""What the units do with the 舆情 routed to them: 签收 for attention, and asking the desk to reroute.

Routing (the classifier's rule table, or the desk's correction) names a lead unit and co-handlers
for every item and event; before any case exists, this is how a unit says "seen, we are on it"
(:class:`RoutedSign`) or "not ours" (:class:`RerouteRequest`). Both are per unit and per target
(an event, or one item); each change is also an audit record.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.db.base import Base


class RoutedSign(Base):
    """A unit signed (签收) a routed event or item for attention. One row per unit and target,
    inserted once: signing again changes nothing."""

    __tablename__ = "routed_signs"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    unit_id: Mapped[str] = mapped_column(String(100))
    target_type: Mapped[str] = mapped_column(String(10))
    """``event`` or ``item``."""
    target_id: Mapped[str] = mapped_column(String(64))
    """The event id (as text) or the item id."""
    signed_by: Mapped[str] = mapped_column(String(100))
    signed_at: Mapped[datetime]

    __table_args__ = (UniqueConstraint("unit_id", "target_type", "target_id", name="uq_routed_signs_unit_target"),)


class RerouteRequest(Base):
    """A unit asks the desk to route an event or item elsewhere, with its reason.

    ``status``: ``open`` until the desk answers, then ``rerouted`` (the desk corrected the units;
    ``resolution`` says to whom, and which case was transferred) or ``declined`` (with a note).
    """

    __tablename__ = "reroute_requests"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    unit_id: Mapped[str] = mapped_column(String(100))
    target_type: Mapped[str] = mapped_column(String(10))
    target_id: Mapped[str] = mapped_column(String(64))
    reason: Mapped[str] = mapped_column(Text)
    requested_by: Mapped[str] = mapped_column(String(100))
    requested_at: Mapped[datetime]
    status: Mapped[str] = mapped_column(String(20), default="open")
    resolved_by: Mapped[str | None] = mapped_column(String(100), default=None)
    resolved_at: Mapped[datetime | None] = mapped_column(default=None)
    resolution: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)

    __table_args__ = (
        Index("ix_reroute_requests_status_requested_at", "status", "requested_at"),
        Index("ix_reroute_requests_unit_target", "unit_id", "target_type", "target_id"),
    )
