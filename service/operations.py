"""State changes made through the service. Each is audited with the acting user and committed once.

Event grouping (merge/split) belongs to the alerting stage and cases to the response tracker: the
service calls their functions and adds its audit record in the same transaction. When a stage's
function is not installed the change is refused with :class:`PartUnavailable` (HTTP 503).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.db import Event, Item, LabelCorrection, Unit
from models.db.alerts import Alert
from models.enums import IncidentGrade
from service.audit import audit
from service.auth.principal import Principal
from service.errors import Conflict, Forbidden, InvalidInput, NotFound, PartUnavailable, ServiceError


def stage_function(module: str, name: str) -> Callable[..., Any]:
    """The function ``name`` of another stage's ``module``, or :class:`PartUnavailable`."""
    try:
        fn = getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError) as exc:
        raise PartUnavailable(f"{module}.{name} 未安装") from exc
    return fn  # type: ignore[no-any-return]


def translate(exc: Exception) -> ServiceError:
    """Map another stage's error to ours by its name (not-found, invalid, conflict).

    Anything that is not a stage's own error (a database failure, a bug) is re-raised unchanged.
    """
    if isinstance(exc, ServiceError):
        return exc
    if not type(exc).__module__.startswith(("alerting.", "collectors.", "classifier.")):
        raise exc
    name = type(exc).__name__.lower()
    if "notfound" in name:
        return NotFound(str(exc))
    if "forbidden" in name or "permission" in name:
        return Forbidden(str(exc))
    if "conflict" in name or "state" in name:
        return Conflict(str(exc))
    return InvalidInput(str(exc))


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
) -> dict[str, Any]:
    """Confirm or correct an event's topic/grade/units; each changed field becomes a
    :class:`LabelCorrection` on every item of the event (training data for the classifier)."""
    if grade is not None:
        try:
            IncidentGrade(grade)
        except ValueError as exc:
            raise InvalidInput(f"未知的事件等级: {grade}") from exc
    for unit in [lead_unit, *(co_units or [])]:
        if unit:
            known_unit(db, unit)
    changes: dict[str, tuple[Any, Any]] = {}
    for field, new in (("topic", topic), ("grade", grade), ("lead_unit", lead_unit)):
        old = getattr(event, field)
        if new is not None and new != old:
            changes[field] = (old, new)
            setattr(event, field, new)
    if co_units is not None and list(co_units) != list(event.co_units or []):
        changes["co_units"] = (event.co_units, list(co_units))
        event.co_units = list(co_units)
    items = list(db.scalars(select(Item).where(Item.event_id == event.id)))
    for field, (old, new) in changes.items():
        value = ",".join(new) if isinstance(new, list) else str(new)
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


def merge_events(db: Session, principal: Principal, target: Event, source_ids: list[int], now: datetime) -> None:
    """Merge ``source_ids`` into ``target`` (the alerting stage's merge, which writes the audit)."""
    if target.id in source_ids:
        raise InvalidInput("不能把事件合并到自身")
    merge = stage_function("alerting.events.merge", "merge_events")
    try:
        merge(db, target.id, source_ids, actor=principal.username, now=now)
    except Exception as exc:
        db.rollback()
        raise translate(exc) from exc
    db.commit()


def split_event(db: Session, principal: Principal, event: Event, item_ids: list[str], now: datetime) -> int:
    """Move ``item_ids`` out of ``event`` into a new event (the alerting stage's split); its id."""
    split = stage_function("alerting.events.merge", "split_event")
    try:
        new_event = split(db, event.id, item_ids, actor=principal.username, now=now)
    except Exception as exc:
        db.rollback()
        raise translate(exc) from exc
    db.commit()
    return int(new_event.id)


def acknowledge_alert(db: Session, principal: Principal, alert: Alert, now: datetime) -> None:
    """Acknowledge an alert: stops its escalation chain (the alerting stage logs and audits it).

    Idempotent: acknowledging an acknowledged alert changes nothing.
    """
    ack = stage_function("alerting.acknowledge", "acknowledge_alert")
    try:
        ack(db, alert.id, actor=principal.username, now=now)
    except Exception as exc:
        db.rollback()
        raise translate(exc) from exc
    db.commit()
