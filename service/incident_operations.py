"""The desk acknowledges an incident card: every alert of it that the desk saw, each recorded.

Each alert is acknowledged through the alerting stage's door (:meth:`models.ports.EventDesk.acknowledge_alert`,
which stops its escalation and writes its escalation-log and audit records); the card's
acknowledgement is one more audit record naming them all. One transaction: all or nothing.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from models.ports import EventDesk
from service.audit import audit
from service.auth.principal import Principal
from service.operations import translate
from service.queries.incidents import Incident


def acknowledge_incident(
    db: Session,
    events: EventDesk,
    principal: Principal,
    card: Incident,
    now: datetime,
    *,
    upto: datetime | None = None,
) -> list[str]:
    """Acknowledge the card's open alerts raised at or before ``upto`` (default: all of them) and
    commit; the ids acknowledged. Idempotent: nothing open, nothing done (and nothing audited).

    ``upto`` is the newest alert the desk saw on the card: an alert that arrived after the page was
    drawn stays open, so the card comes back instead of being acknowledged unseen.
    """
    targets = [a.id for a in card.open_alerts if upto is None or a.created_at <= upto]
    if not targets:
        return []
    try:
        for alert_id in targets:
            events.acknowledge_alert(db, alert_id, actor=principal.username, now=now)
    except Exception as exc:
        db.rollback()
        raise translate(exc) from exc
    audit(db, principal, "incident.acknowledge", "event", card.event_id or card.key, now, alerts=targets)
    db.commit()
    return targets
