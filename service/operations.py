"""State changes made through the service. Each is audited with the acting user and committed once.

Event grouping (merge/split) and acknowledgement belong to the alerting stage and cases to the
response tracker: the service calls them through their ports (:mod:`models.ports`, handed to
``create_app``) and adds its audit record in the same transaction. A stage's refusal is translated
by its family in :mod:`yuqing.errors` (:func:`translate`).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.db import Event, Item, LabelCorrection, Unit
from models.db.alerts import Alert
from models.enums import IncidentGrade
from models.ports import EventDesk
from service.audit import audit
from service.auth.principal import Principal
from service.errors import Conflict, InvalidInput, NotFound, ServiceError
from yuqing import errors


def translate(exc: Exception) -> ServiceError:
    """Map a stage's refusal to ours by its family: not found (404), conflict (409), invalid (422).

    Anything else (a database failure, a bug) is re-raised unchanged. An error of two families
    counts as the first of not found, conflict, invalid.
    """
    if isinstance(exc, ServiceError):
        return exc
    field = exc.field if isinstance(exc, errors.RequestError) else None
    if isinstance(exc, errors.NotFound):
        return NotFound(str(exc), field=field)
    if isinstance(exc, errors.Conflict):
        return Conflict(str(exc), field=field)
    if isinstance(exc, errors.Invalid):
        return InvalidInput(str(exc), field=field)
    raise exc


NO_GRADE = "none"
"""The grade a correction gives to clear the event's grade: 未定级（非突发事件）."""


def known_unit(db: Session, unit_id: str) -> None:
    if db.get(Unit, unit_id) is None:
        raise InvalidInput(f"单位不存在: {unit_id}")


def correct_event(
    db: Session,
    principal: Principal,
    event: Event,
    now: datetime,
    *,
    topic: str | None,
    grade: str | None,
    lead_unit: str | None,
    co_units: list[str] | None,
    confirm: bool,
    topics: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    """Confirm or correct an event's topic/grade/units; each changed field becomes a
    :class:`LabelCorrection` on every item of the event (training data for the classifier).

    ``topics`` is the taxonomy (id → name): a topic must be one of its ids. Units must be in the
    unit directory. Anything else is refused (``InvalidInput``) and nothing changes.
    """
    if topic is not None and topics and topic not in topics:
        raise InvalidInput(f"未知的领域: {topic}（请从分类体系中选择）")
    if grade is not None and grade != NO_GRADE:
        try:
            IncidentGrade(grade)
        except ValueError as exc:
            raise InvalidInput(f"未知的事件等级: {grade}", field="grade") from exc
    for unit in [lead_unit, *(co_units or [])]:
        if unit:
            known_unit(db, unit)
    changes: dict[str, tuple[Any, Any]] = {}
    if grade == NO_GRADE and event.grade is not None:  # the classifier graded a non-incident
        changes["grade"] = (event.grade, None)
        event.grade = None
    for field, new in (("topic", topic), ("grade", grade), ("lead_unit", lead_unit)):
        old = getattr(event, field)
        if new is not None and new != NO_GRADE and new != old:
            changes[field] = (old, new)
            setattr(event, field, new)
    if co_units is not None and list(co_units) != list(event.co_units or []):
        changes["co_units"] = (event.co_units, list(co_units))
        event.co_units = list(co_units)
    items = list(db.scalars(select(Item).where(Item.event_id == event.id)))
    for field, (old, new) in changes.items():
        value = ",".join(new) if isinstance(new, list) else (NO_GRADE if new is None else str(new))
        old_value = ",".join(old) if isinstance(old, list) else (None if old is None else str(old))
        for item in items:
            db.add(
                LabelCorrection(
                    item_id=item.id,
                    field=field,
                    old_value=old_value,
                    new_value=value,
                    user=principal.username,
                    at=now,
                )
            )
    event.updated_at = now
    action = "event.correct" if changes else ("event.confirm" if confirm else "event.correct")
    audit(db, principal, action, "event", event.id, now, changes={k: [v[0], v[1]] for k, v in changes.items()})
    db.commit()
    return {"changed": sorted(changes)}


def merge_events(
    db: Session, events: EventDesk, principal: Principal, target: Event, source_ids: list[int], now: datetime
) -> None:
    """Merge ``source_ids`` into ``target`` (the alerting stage's merge, which writes the audit)."""
    if target.id in source_ids:
        raise InvalidInput("不能把事件合并到自身")
    try:
        events.merge_events(db, target.id, source_ids, actor=principal.username, now=now)
    except Exception as exc:
        db.rollback()
        raise translate(exc) from exc
    db.commit()


def split_event(
    db: Session, events: EventDesk, principal: Principal, event: Event, item_ids: list[str], now: datetime
) -> int:
    """Move ``item_ids`` out of ``event`` into a new event (the alerting stage's split); its id."""
    try:
        new_event = events.split_event(db, event.id, item_ids, actor=principal.username, now=now)
    except Exception as exc:
        db.rollback()
        raise translate(exc) from exc
    db.commit()
    return int(new_event.id)


def acknowledge_alert(db: Session, events: EventDesk, principal: Principal, alert: Alert, now: datetime) -> None:
    """Acknowledge an alert: stops its escalation chain (the alerting stage logs and audits it).

    Idempotent: acknowledging an acknowledged alert changes nothing.
    """
    try:
        events.acknowledge_alert(db, alert.id, actor=principal.username, now=now)
    except Exception as exc:
        db.rollback()
        raise translate(exc) from exc
    db.commit()
