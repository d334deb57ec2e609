"""Acknowledging an alert (the desk's 确认): stops its escalation chain. Called by the service."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from alerting.errors import AlertNotFound
from alerting.escalation.plan import ACKNOWLEDGED
from models.db import Alert, AlertLog, AuditRecord


def acknowledge_alert(session: Session, alert_id: str, actor: str, now: datetime) -> Alert:
    """Mark ``alert_id`` acknowledged by ``actor``; idempotent (a second call changes nothing)."""
    alert = session.get(Alert, alert_id, with_for_update=True)
    if alert is None:
        raise AlertNotFound(f"no alert {alert_id}")
    if alert.acknowledged_at is not None:
        return alert
    alert.acknowledged_at = now
    alert.acknowledged_by = actor
    alert.escalation_state = ACKNOWLEDGED
    alert.next_step_at = None
    session.add(AlertLog(alert_id=alert_id, at=now, action="acknowledged", actor=actor, detail={}))
    session.add(
        AuditRecord(at=now, actor=actor, action="alert.acknowledge", target_type="alert", target_id=alert_id, detail={})
    )
    return alert
