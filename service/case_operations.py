"""Case changes through the service: dispatch (派单) and the units' actions, via the response tracker.

Who may do what is decided here, before the tracker is called: the desk dispatches and may act on
any case; a unit user acts only on cases of its own unit (the case is loaded through the unit's
scoped query, so another unit's case is "not found"); leaders only read.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from models.db import Event
from models.db.cases import Case
from models.enums import OPEN_CASE_STATUSES, CaseActionKind, CaseStatus, Role
from models.ports import CaseDesk
from service.audit import audit
from service.auth.principal import Principal
from service.errors import Forbidden, InvalidInput, PartUnavailable
from service.operations import known_unit, translate
from service.reports.safe_text import plain_text

UNIT_ACTIONS = frozenset(
    {
        CaseActionKind.SIGN,
        CaseActionKind.RETURN,
        CaseActionKind.FIRST_RELEASE,
        CaseActionKind.PRESS_CONFERENCE,
        CaseActionKind.FOLLOW_UP,
        CaseActionKind.RESPONSE,
        CaseActionKind.CLOSE,
    }
)
"""Taken by the case's lead unit."""
DESK_ACTIONS = frozenset(
    {CaseActionKind.TRANSFER, CaseActionKind.REOPEN, CaseActionKind.GRADE_CHANGE, CaseActionKind.SET_OCCURRENCE}
)
"""Taken by the desk (值班室)."""
_NEEDS_URL = frozenset({CaseActionKind.FIRST_RELEASE, CaseActionKind.FOLLOW_UP})
"""Releases recorded with the page they were published on."""
_SIGNABLE = frozenset({CaseStatus.DISPATCHED})
_WORKING = frozenset({CaseStatus.DISPATCHED, CaseStatus.SIGNED})
OFFERED_IN: dict[CaseActionKind, frozenset[CaseStatus]] = {
    CaseActionKind.SIGN: _SIGNABLE,
    CaseActionKind.RETURN: _WORKING,
    CaseActionKind.FIRST_RELEASE: _WORKING,
    CaseActionKind.PRESS_CONFERENCE: _WORKING,
    CaseActionKind.FOLLOW_UP: _WORKING,
    CaseActionKind.RESPONSE: _WORKING,
    CaseActionKind.CLOSE: frozenset({CaseStatus.SIGNED}),
    CaseActionKind.REOPEN: frozenset({CaseStatus.CLOSED}),
    CaseActionKind.TRANSFER: OPEN_CASE_STATUSES,
    CaseActionKind.GRADE_CHANGE: OPEN_CASE_STATUSES,
    CaseActionKind.SET_OCCURRENCE: OPEN_CASE_STATUSES,
}
"""The case states in which each action is offered on the case page (the tracker's own check
decides; ``tests/service`` holds this table to the tracker's)."""


def offered_actions(principal: Principal, case: Case) -> frozenset[CaseActionKind]:
    """The actions ``principal`` may take on ``case`` in its current state (what the case page offers)."""
    if principal.role is Role.UNIT:
        allowed = UNIT_ACTIONS if case.lead_unit == principal.unit_id else frozenset()
    elif principal.role is Role.DESK:
        allowed = DESK_ACTIONS
    elif principal.role is Role.ADMIN:
        allowed = UNIT_ACTIONS | DESK_ACTIONS
    else:
        allowed = frozenset()
    status = CaseStatus(case.status)
    return frozenset(a for a in allowed if status in OFFERED_IN.get(a, frozenset()))


def dispatch_event(
    db: Session,
    cases: CaseDesk,
    principal: Principal,
    event: Event,
    now: datetime,
    *,
    lead_unit: str | None,
    co_units: list[str],
    note: str = "",
    policy: object | None = None,
) -> Case:
    """Dispatch ``event`` to ``lead_unit`` (default: its routed lead unit) and commit."""
    lead = lead_unit or event.lead_unit
    if not lead:
        raise InvalidInput("请指定牵头单位")
    for unit in [lead, *co_units]:
        known_unit(db, unit)
    try:
        case = cases.dispatch(
            db,
            event_id=event.id,
            lead_unit=lead,
            co_units=list(co_units or event.co_units or []),
            actor=principal.username,
            now=now,
            note=plain_text(note),
            policy=policy,
        )
    except Exception as exc:
        db.rollback()
        raise translate(exc) from exc
    audit(db, principal, "case.dispatch", "case", case.id, now, event_id=event.id, lead_unit=lead)
    db.commit()
    return case


def jurisdiction_policy(cases: CaseDesk, jurisdiction_dir: Path, db: Session | None = None) -> object | None:
    """The jurisdiction's response policy in force: edited online, else ``policies.yaml`` (None: the
    tracker's national one). With ``db`` the newest version is read, so an edit applies at once."""
    try:
        return cases.response_policy(jurisdiction_dir, db)
    except Exception as exc:
        raise PartUnavailable(f"时限策略配置无效: {exc}") from exc


def act_on_case(
    db: Session,
    cases: CaseDesk,
    principal: Principal,
    case: Case,
    kind: str,
    now: datetime,
    *,
    at: datetime | None = None,
    details: dict[str, Any] | None = None,
) -> None:
    """Record ``kind`` on ``case`` (already loaded through the user's scoped query) and commit.

    Unit actions belong to the case's lead unit (a co-handler only reads); desk actions to the
    desk; admin may do both; leaders only read. The tracker checks state and required details.
    """
    try:
        action = CaseActionKind(kind)
    except ValueError as exc:
        raise InvalidInput(f"未知的操作: {kind}", field="kind") from exc
    role = principal.role
    if role is Role.LEADER:
        raise Forbidden("领导账号只能查看")
    if role is Role.UNIT and (action not in UNIT_ACTIONS or case.lead_unit != principal.unit_id):
        raise Forbidden("只有牵头单位可以办理此案件")
    if role is Role.DESK and action not in DESK_ACTIONS:
        raise Forbidden("值班室不能代替责任单位办理")
    if action not in UNIT_ACTIONS | DESK_ACTIONS:
        raise InvalidInput(f"不支持的操作: {kind}")
    typed = {k: plain_text(v) if isinstance(v, str) else v for k, v in (details or {}).items()}
    clean = {k: v for k, v in typed.items() if v not in (None, "")}
    if action in _NEEDS_URL and not clean.get("url"):
        # the tracker asks for 链接 and 渠道, and takes the 渠道 from the link when none is given
        raise InvalidInput(f"{action.label}需要填写：链接（发布页面的网址）", field="url")
    try:
        cases.record_action(db, case.id, action.value, actor=principal.username, now=now, at=at, details=clean)
    except Exception as exc:
        db.rollback()
        raise translate(exc) from exc
    audit(db, principal, f"case.{action.value}", "case", case.id, now, **clean)
    db.commit()
