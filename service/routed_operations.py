"""What units and the desk do with routed 舆情: 签收, asking to reroute, and the desk's answer.

Each change is one transaction with its audit record (who, what, when):

* a unit signs (签收) a routed event or item for attention (``routed.sign``; idempotent);
* a unit asks the desk to reroute it, with a reason (``routed.reroute_request``; one open request
  per unit and target);
* the desk reroutes (``routed.reroute``): the event's or item's units are corrected (the requester
  replaced by the unit the desk names, recorded as label corrections: training data for routing),
  the items of the event that named the requester follow, and an open case the requester leads is
  transferred (转派) through the tracker's door, its clock untouched; or the desk declines with a
  note (``routed.reroute_decline``).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from models.db import Event, Item, LabelCorrection
from models.db.cases import Case
from models.db.routed import RerouteRequest, RoutedSign
from models.enums import OPEN_CASE_STATUSES, CaseActionKind, Role
from models.ports import CaseDesk
from service.audit import audit
from service.auth.principal import Principal
from service.errors import Conflict, Forbidden, InvalidInput
from service.operations import known_unit, translate
from service.queries.routed import Kind, open_request
from service.reports.safe_text import plain_text


def acting_unit(principal: Principal) -> str:
    """The unit a unit user acts for; only unit accounts sign or ask to reroute."""
    if principal.role is not Role.UNIT or not principal.unit_id:
        raise Forbidden("只有责任单位账号可以签收或申请改派")
    return principal.unit_id


def sign_routed(
    db: Session, principal: Principal, kind: Kind, target_id: str, now: datetime
) -> tuple[RoutedSign, bool]:
    """签收 for the principal's unit (the target already loaded through its routed query); the
    sign and whether this call made it. Signing twice changes nothing."""
    unit = acting_unit(principal)
    existing = _sign_of(db, unit, kind, target_id)
    if existing is not None:
        return existing, False
    sign = RoutedSign(unit_id=unit, target_type=kind, target_id=target_id, signed_by=principal.username, signed_at=now)
    db.add(sign)
    audit(db, principal, "routed.sign", kind, target_id, now, unit=unit)
    try:
        db.commit()
    except IntegrityError:  # the same unit signed it at the same moment (another tab)
        db.rollback()
        again = _sign_of(db, unit, kind, target_id)
        if again is None:
            raise
        return again, False
    return sign, True


def _sign_of(db: Session, unit: str, kind: str, target_id: str) -> RoutedSign | None:
    return db.scalar(
        select(RoutedSign).where(
            RoutedSign.unit_id == unit, RoutedSign.target_type == kind, RoutedSign.target_id == target_id
        )
    )


def request_reroute(
    db: Session, principal: Principal, kind: Kind, target_id: str, reason: str, now: datetime
) -> RerouteRequest:
    """Ask the desk to route the target elsewhere. :class:`Conflict` while an earlier request of
    the unit for it is still open."""
    unit = acting_unit(principal)
    reason = plain_text(reason).strip()
    if not reason:
        raise InvalidInput("请填写申请改派的理由")
    if open_request(db, unit, kind, target_id) is not None:
        raise Conflict("已申请改派，等待值班室处理")
    request = RerouteRequest(
        unit_id=unit,
        target_type=kind,
        target_id=target_id,
        reason=reason,
        requested_by=principal.username,
        requested_at=now,
        status="open",
        resolution={},
    )
    db.add(request)
    db.flush()
    audit(db, principal, "routed.reroute_request", kind, target_id, now, unit=unit, reason=reason, request=request.id)
    db.commit()
    return request


def resolve_reroute(
    db: Session,
    cases: CaseDesk,
    principal: Principal,
    request: RerouteRequest,
    now: datetime,
    *,
    lead_unit: str,
    co_units: list[str] | None = None,
    note: str = "",
) -> RerouteRequest:
    """改派: route the request's target to ``lead_unit`` instead of the requesting unit (and, if
    given, exactly ``co_units`` as co-handlers; else the current ones without the requester)."""
    note = plain_text(note)
    _check_open(request)
    if lead_unit == request.unit_id:
        raise InvalidInput("不能改派给申请单位本身；要保留现有分派，请驳回")
    known_unit(db, lead_unit)
    if lead_unit in (co_units or []):
        raise InvalidInput("主办单位不能同时列为协办单位")
    for unit in co_units or []:
        known_unit(db, unit)
    co_units = list(dict.fromkeys(co_units)) if co_units is not None else None
    requester = request.unit_id
    changed: list[str] = []
    case_id: int | None = None
    try:
        if request.target_type == "event":
            event = db.get(Event, int(request.target_id))
            if event is None:
                raise InvalidInput("改派的事件已不存在")
            changed = _reroute_event(db, principal, event, requester, lead_unit, co_units, now)
            case_id = _transfer_case(db, cases, principal, event.id, requester, lead_unit, co_units, now)
        else:
            item = db.get(Item, request.target_id)
            if item is None:
                raise InvalidInput("改派的条目已不存在")
            changed = _reroute_item(db, principal, item, requester, lead_unit, co_units, now)
    except InvalidInput:
        db.rollback()
        raise
    except Exception as exc:
        db.rollback()
        raise translate(exc) from exc
    request.status = "rerouted"
    request.resolved_by = principal.username
    request.resolved_at = now
    request.resolution = {
        "lead_unit": lead_unit,
        "co_units": list(co_units or []),
        "note": note,
        "changed": changed,
        **({"case_id": case_id} if case_id is not None else {}),
    }
    audit(
        db, principal, "routed.reroute", request.target_type, request.target_id, now,
        request=request.id, from_unit=requester, lead_unit=lead_unit, co_units=co_units, note=note or None,
        case_id=case_id,
    )  # fmt: skip
    db.commit()
    return request


def decline_reroute(
    db: Session, principal: Principal, request: RerouteRequest, now: datetime, *, note: str
) -> RerouteRequest:
    """驳回: keep the routing; the unit sees the desk's note."""
    note = plain_text(note)
    _check_open(request)
    if not note.strip():
        raise InvalidInput("请填写驳回理由")
    request.status = "declined"
    request.resolved_by = principal.username
    request.resolved_at = now
    request.resolution = {"note": note.strip()}
    audit(db, principal, "routed.reroute_decline", request.target_type, request.target_id, now, request=request.id,
          note=note.strip())  # fmt: skip
    db.commit()
    return request


def _check_open(request: RerouteRequest) -> None:
    if request.status != "open":
        raise Conflict("该改派申请已处理")


def _new_units(
    lead: str | None, co: list[Any], requester: str, new_lead: str, new_co: list[str] | None
) -> tuple[str | None, list[str]]:
    """Units after rerouting: the requester's place (lead or co-handler) goes to ``new_lead``."""
    if new_co is not None:
        return new_lead, [u for u in dict.fromkeys(new_co) if u != new_lead]
    lead = new_lead if lead in (requester, None) else lead
    keep = [u for u in co if u != requester and u != lead]
    if lead != new_lead and new_lead not in keep:
        keep.append(new_lead)
    return lead, list(dict.fromkeys(keep))


def _correct(db: Session, principal: Principal, item_id: str, field: str, old: Any, new: Any, now: datetime) -> None:
    def text(value: Any) -> str | None:
        if value is None:
            return None
        return ",".join(value) if isinstance(value, list) else str(value)

    values = {"old_value": text(old), "new_value": text(new) or ""}
    db.add(LabelCorrection(item_id=item_id, field=field, user=principal.username, at=now, **values))


def _reroute_item(
    db: Session,
    principal: Principal,
    item: Item,
    requester: str,
    lead_unit: str,
    co_units: list[str] | None,
    now: datetime,
) -> list[str]:
    lead, co = _new_units(item.lead_unit, list(item.co_units or []), requester, lead_unit, co_units)
    changed = []
    if lead != item.lead_unit:
        _correct(db, principal, item.id, "lead_unit", item.lead_unit, lead, now)
        item.lead_unit = lead
        changed.append("lead_unit")
    if co != list(item.co_units or []):
        _correct(db, principal, item.id, "co_units", list(item.co_units or []), co, now)
        item.co_units = co
        changed.append("co_units")
    return changed


def _reroute_event(
    db: Session,
    principal: Principal,
    event: Event,
    requester: str,
    lead_unit: str,
    co_units: list[str] | None,
    now: datetime,
) -> list[str]:
    lead, co = _new_units(event.lead_unit, list(event.co_units or []), requester, lead_unit, co_units)
    changed = []
    if lead != event.lead_unit:
        event.lead_unit = lead
        changed.append("lead_unit")
    if co != list(event.co_units or []):
        event.co_units = co
        changed.append("co_units")
    event.updated_at = now
    items = db.scalars(select(Item).where(Item.event_id == event.id))
    for item in items:
        if item.lead_unit == requester or requester in (item.co_units or []):
            _reroute_item(db, principal, item, requester, lead_unit, None, now)
    return changed


def _transfer_case(
    db: Session,
    cases: CaseDesk,
    principal: Principal,
    event_id: int,
    requester: str,
    lead_unit: str,
    co_units: list[str] | None,
    now: datetime,
) -> int | None:
    """Move the requester off the event's open case: 转派 a case it leads to ``lead_unit`` (its clock
    keeps running), or 调整协办单位 of a case it co-handles (``lead_unit`` takes its place). With
    ``co_units`` given, the case's co-handlers become exactly those (never its lead)."""
    case = db.scalar(
        select(Case)
        .where(Case.event_id == event_id, Case.status.in_(OPEN_CASE_STATUSES))
        .order_by(Case.dispatched_at.desc())
    )
    if case is None or (case.lead_unit != requester and requester not in (case.co_units or [])):
        return None
    if case.lead_unit == requester:
        new_lead = lead_unit
        kind = CaseActionKind.TRANSFER
    else:
        new_lead = case.lead_unit
        kind = CaseActionKind.SET_CO_UNITS
    if co_units is not None:
        co = list(dict.fromkeys(co_units))
    else:
        co = [u for u in (case.co_units or []) if u != requester]
        if kind is CaseActionKind.SET_CO_UNITS:
            co.append(lead_unit)
    co = [u for u in dict.fromkeys(co) if u != new_lead]
    details: dict[str, Any] = {"co_units": co, "note": "值班室处理改派申请"}
    if kind is CaseActionKind.TRANSFER:
        details["to_unit"] = new_lead
    elif co == list(case.co_units or []):
        return None
    cases.record_action(db, case.id, kind.value, actor=principal.username, now=now, details=details)
    audit(db, principal, f"case.{kind.value}", "case", case.id, now, **details)
    return int(case.id)
