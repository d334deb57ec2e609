"""Raising alerts: de-duplication, quiet period, atomic insert, escalation snapshot.

One alert per event (or topic) and rule until the event materially changes: its highest grade goes
up, a new place appears, or a new spike window starts. The de-duplication key encodes exactly that
state, and the ``alerts.dedupe_key`` unique constraint makes "decide and insert" one atomic step, so
two workers evaluating the same change insert one row between them. After an alert, further material
changes for the same rule and scope wait ``quiet_minutes`` (a grade going up never waits).
"""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from alerting.config import AlertingConfig
from alerting.escalation.policy import snapshot
from alerting.events.grouping import Assignment, grade_severity
from alerting.rules.base import Hit
from alerting.upsert import insert_ignore
from models.db import Alert, AlertLog
from models.enums import AlertKind, IncidentGrade
from models.messages import AlertMessage

FEED_GRACE = timedelta(seconds=30)
"""A new rule alert waits this long for its consumer to confirm it on the desk feed and release it
to the escalation scheduler; after that the scheduler takes it over (crash recovery)."""


@dataclass(frozen=True)
class RaisedAlert:
    id: str
    row: dict[str, Any]


def dedupe_key(hit: Hit, grade: str | None, places: list[str]) -> str:
    state = f"{grade or ''}|{','.join(sorted(places))}|{hit.marker}"
    digest = hashlib.sha256(state.encode("utf-8")).hexdigest()[:24]
    return f"{hit.rule}|{hit.scope_key}|{digest}"[:200]


def _scope_prefix(hit: Hit) -> str:
    return f"{hit.rule}|{hit.scope_key}|"


def _in_quiet_period(session: Session, hit: Hit, grade: str | None, quiet: timedelta, now: datetime) -> bool:
    if not quiet:
        return False
    last = session.execute(
        select(Alert.created_at, Alert.grade)
        .where(Alert.rule == hit.rule, Alert.dedupe_key.startswith(_scope_prefix(hit), autoescape=True))
        .order_by(Alert.created_at.desc())
        .limit(1)
    ).first()
    if last is None:
        return False
    created_at, last_grade = last
    if grade_severity(grade) > grade_severity(last_grade):
        return False
    return bool(now - created_at < quiet)


def insert_alert(session: Session, row: dict[str, Any], now: datetime, actor: str = "system") -> bool:
    """Insert ``row`` unless its dedupe key exists; log ``created``. True if this call inserted it."""
    inserted = insert_ignore(session, Alert, [row], key="dedupe_key")
    if not inserted:
        return False
    session.add(AlertLog(alert_id=row["id"], at=now, action="created", actor=actor, detail={"rule": row["rule"]}))
    return True


def raise_for_hit(
    session: Session, hit: Hit, assignment: Assignment, config: AlertingConfig, now: datetime
) -> RaisedAlert | None:
    """Raise the alert for ``hit`` unless it is a duplicate or in its quiet period."""
    event = assignment.event
    places = list(event.places or [])
    if _in_quiet_period(session, hit, event.grade, timedelta(minutes=config.rules.quiet_minutes), now):
        return None
    level = config.level(hit.level)
    item = assignment.item.message
    units = [u for u in (event.lead_unit, *(event.co_units or [])) if u]
    grade_label = IncidentGrade(event.grade).label if event.grade else None
    summary = f"{hit.reason}。共 {event.item_count} 条，来源 {len(event.sources or [])} 个"
    if places:
        summary += f"，地点：{'、'.join(places)}"
    row = {
        "id": uuid.uuid4().hex,
        "kind": AlertKind.RULE.value,
        "rule": hit.rule,
        "level": level.name,
        "level_colour": level.colour,
        "title": event.title,
        "summary": summary,
        "event_id": event.id,
        "item_id": item.id,
        "source_id": item.item.source_id,
        "units": list(dict.fromkeys(units)),
        "grade": event.grade,
        "places": places,
        "dedupe_key": dedupe_key(hit, event.grade, places),
        "detail": {
            "rule_name": hit.rule_name,
            "reason": hit.reason,
            "scope": hit.scope_key,
            "grade_label": grade_label,
        },
        "created_at": now,
        "escalation": snapshot(config, level.name, now),
        "escalation_state": "active",
        "next_step_at": now + FEED_GRACE,
    }
    if not insert_alert(session, row, now):
        return None
    return RaisedAlert(str(row["id"]), row)


def external_alert_row(message: AlertMessage, config: AlertingConfig, now: datetime) -> dict[str, Any]:
    """The alerts row for an alert another stage published (collectors' source-health reports).

    Its level is the message's when the level table knows it, else the least urgent level.
    """
    names = [lv.name for lv in config.levels.levels]
    level = config.level(message.level if message.level in names else names[-1])
    return {
        "id": message.id,
        "kind": message.kind.value,
        "rule": message.rule,
        "level": level.name,
        "level_colour": level.colour,
        "title": message.title,
        "summary": message.summary,
        "event_id": None,
        "item_id": None,
        "source_id": message.source_id,
        "units": list(message.units),
        "grade": message.grade.value if message.grade else None,
        "places": [],
        "dedupe_key": f"{message.kind.value}|{message.id}"[:200],
        "detail": {"external": True},
        "created_at": message.created_at,
        "feed_published_at": now,
        "escalation": snapshot(config, level.name, now),
        "escalation_state": "active",
        "next_step_at": now,
    }
