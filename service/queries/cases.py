"""Case queries: the unit inbox, the desk's case list and its cases sent back (退单), one case with
its actions and deadlines.

A unit user's queries are restricted in SQL to cases whose lead unit is its unit or that name it
as a co-handler; asking for any other case id is answered exactly like a missing one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session, defer, lazyload

from models.db.cases import Case, CaseAction
from models.enums import OPEN_CASE_STATUSES, CaseActionKind, CaseStatus
from models.ports import CaseDesk
from service.auth.principal import Principal
from service.errors import NotFound
from service.queries.filters import ListFilter, text_search, unit_scope


def scoped_cases(principal: Principal) -> Select[Case]:
    stmt = select(Case)
    if principal.is_unit:
        stmt = stmt.where(unit_scope(Case.lead_unit, Case.co_units, principal.unit_id or ""))
    return stmt


def list_cases(
    db: Session, principal: Principal, f: ListFilter, *, with_actions: bool = False
) -> tuple[list[Case], bool]:
    """Newest dispatches first; ``status=open`` means any not yet closed.

    Without ``with_actions`` the policy snapshot and the action log are not loaded (list views);
    with it both are, for evaluating deadlines.
    """
    stmt = scoped_cases(principal)
    if not with_actions:
        stmt = stmt.options(defer(Case.policy), lazyload(Case.actions))
    since, until = f.bounds()
    if since:
        stmt = stmt.where(Case.dispatched_at >= since)
    if until:
        stmt = stmt.where(Case.dispatched_at < until)
    if f.status == "open":
        stmt = stmt.where(Case.status.in_(OPEN_CASE_STATUSES))
    elif f.status:
        stmt = stmt.where(Case.status == f.status)
    if f.grade:
        stmt = stmt.where(Case.grade == f.grade)
    if f.unit:
        stmt = stmt.where(unit_scope(Case.lead_unit, Case.co_units, f.unit))
    if f.q:
        stmt = stmt.where(text_search([Case.title], f.q))
    stmt = stmt.order_by(Case.dispatched_at.desc(), Case.id.desc()).offset(f.offset).limit(f.limit + 1)
    rows = list(db.scalars(stmt))
    return rows[: f.limit], len(rows) > f.limit


def get_case(db: Session, principal: Principal, case_id: int) -> Case:
    case = db.scalar(scoped_cases(principal).where(Case.id == case_id))
    if case is None:
        raise NotFound("案件不存在")
    return case


def case_actions(db: Session, case_id: int) -> list[CaseAction]:
    return list(db.scalars(select(CaseAction).where(CaseAction.case_id == case_id).order_by(CaseAction.seq)))


def deadlines_of(cases: CaseDesk, case: Case, actions: list[CaseAction], now: datetime) -> list[dict[str, Any]]:
    """The case's deadlines per rule from the tracker's pure evaluation, as plain values."""
    return [
        {
            "rule_id": r.rule_id,
            "label": r.label,
            "source": r.source,
            "required": r.required,
            "status": r.status,
            "started_at": r.started_at,
            "due_at": r.due_at,
            "met_at": r.met_at,
            "remaining_s": r.remaining.total_seconds() if r.remaining is not None else None,
            "elapsed_s": r.elapsed.total_seconds() if r.elapsed is not None else None,
            "met_by": r.met_by,
        }
        for r in cases.deadlines(case, actions, now)
    ]


@dataclass(frozen=True)
class ReturnedCase:
    """A case its lead unit sent back (退单): the desk decides where it goes next (转派)."""

    case_id: int
    title: str
    grade: str | None
    unit: str | None
    """the unit that sent it back"""
    actor: str
    returned_at: datetime
    reason: str


def returned_cases(db: Session, principal: Principal, limit: int = 50) -> list[ReturnedCase]:
    """Cases waiting in 退单, most recently sent back first, each with its latest 退单's unit,
    person, time and reason (their clocks keep running: 退单 never resets them)."""
    stmt = scoped_cases(principal).options(defer(Case.policy), lazyload(Case.actions))
    cases = list(db.scalars(stmt.where(Case.status == CaseStatus.RETURNED.value).limit(limit)))
    if not cases:
        return []
    latest: dict[int, CaseAction] = {}
    actions = select(CaseAction).where(
        CaseAction.case_id.in_([c.id for c in cases]), CaseAction.kind == CaseActionKind.RETURN.value
    )
    for action in db.scalars(actions.order_by(CaseAction.seq)):
        latest[action.case_id] = action
    out = [
        ReturnedCase(c.id, c.title, c.grade, a.unit, a.actor, a.at, str((a.details or {}).get("reason") or ""))
        for c in cases
        if (a := latest.get(c.id)) is not None
    ]
    return sorted(out, key=lambda r: r.returned_at, reverse=True)
