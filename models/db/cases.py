"""Response-tracker tables: cases, their append-only actions, and enforcement marks.

A :class:`Case` row is a projection kept current from its actions (status, current unit, grade,
clock anchor) so lists can be filtered quickly; the truth is the :class:`CaseAction` log, whose
rows are only ever inserted (a correction is a new row pointing at the one it corrects).
:class:`CaseMark` makes reminders, overdue marking and escalation idempotent: one row per
(case, rule, due time, mark), so a scheduler that runs twice sends nothing twice.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.db.base import Base
from models.enums import CaseStatus


class Case(Base):
    """One dispatched event (派单) for a lead unit, with the policy snapshot taken at dispatch."""

    __tablename__ = "cases"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    event_id: Mapped[int | None] = mapped_column(ForeignKey("events.id"), default=None, index=True)
    category: Mapped[str] = mapped_column(String(40), default="incident")
    title: Mapped[str] = mapped_column(String(1000), default="")
    lead_unit: Mapped[str] = mapped_column(String(100))
    co_units: Mapped[list[Any]] = mapped_column(JSON, default=list)
    status: Mapped[str] = mapped_column(String(20), default=CaseStatus.DISPATCHED.value)
    grade: Mapped[str | None] = mapped_column(String(40), default=None)
    anchor_kind: Mapped[str] = mapped_column(String(20), default="dispatch")
    """``dispatch``, ``occurrence`` or ``first_seen`` (an automatic dispatch): where the main clock starts."""
    anchor_at: Mapped[datetime]
    dispatched_at: Mapped[datetime]
    closed_at: Mapped[datetime | None] = mapped_column(default=None)
    policy: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    """The policy snapshot taken at dispatch (rules, calendar, reminders)."""
    origin: Mapped[str] = mapped_column(String(40), default="desk")
    """``desk`` for cases dispatched in the product, ``import:<kind>`` for imported history."""
    external_ref: Mapped[str | None] = mapped_column(String(100), default=None)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]

    actions: Mapped[list[CaseAction]] = relationship(order_by="CaseAction.seq", lazy="selectin", viewonly=True)
    """The action log in recording order (read-only: add actions through the tracker service)."""

    __table_args__ = (
        UniqueConstraint("origin", "external_ref", name="uq_cases_origin_external_ref"),
        Index("ix_cases_lead_unit_dispatched_at", "lead_unit", "dispatched_at"),
        Index("ix_cases_status_dispatched_at", "status", "dispatched_at"),
    )


class CaseAction(Base):
    """One action on a case (派单, 签收, 退单, ...): who, when, what. Rows are only inserted."""

    __tablename__ = "case_actions"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    seq: Mapped[int]
    kind: Mapped[str] = mapped_column(String(40))
    actor: Mapped[str] = mapped_column(String(100))
    unit: Mapped[str | None] = mapped_column(String(100), default=None)
    """The case's lead unit when the action was taken."""
    at: Mapped[datetime]
    """When it happened (may be earlier than ``recorded_at`` for a back-dated entry)."""
    recorded_at: Mapped[datetime]
    corrects_id: Mapped[int | None] = mapped_column(ForeignKey("case_actions.id"), default=None)
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)

    __table_args__ = (UniqueConstraint("case_id", "seq", name="uq_case_actions_case_id_seq"),)


class CaseMark(Base):
    """A reminder, overdue mark or escalation already done for one deadline of one case."""

    __tablename__ = "case_marks"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    rule_id: Mapped[str] = mapped_column(String(60))
    due_at: Mapped[datetime]
    mark: Mapped[str] = mapped_column(String(40))
    """``remind:<minutes>``, ``overdue`` or ``escalate``."""
    created_at: Mapped[datetime]

    __table_args__ = (
        UniqueConstraint("case_id", "rule_id", "due_at", "mark", name="uq_case_marks_case_rule_due_mark"),
    )
