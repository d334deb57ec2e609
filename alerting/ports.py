"""The alerting stage behind its door to the web service (:class:`models.ports.EventDesk`)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from pathlib import Path

from sqlalchemy.orm import Session

from alerting.acknowledge import acknowledge_alert
from alerting.config import check_alert_rules
from alerting.events.merge import merge_events, split_event
from models.db.alerts import Alert
from models.db.events import Event
from yuqing.errors import NotFound


class AlertingPorts:
    """Merge and split events (:mod:`alerting.events.merge`), acknowledge alerts (:mod:`alerting.acknowledge`),
    check ``alert_rules`` edited online (:func:`alerting.config.check_alert_rules`)."""

    def merge_events(
        self, session: Session, target_id: int, source_ids: Sequence[int], *, actor: str, now: datetime
    ) -> Event:
        return merge_events(session, target_id, source_ids, actor=actor, now=now)

    def split_event(
        self, session: Session, event_id: int, item_ids: Sequence[str], *, actor: str, now: datetime
    ) -> Event:
        return split_event(session, event_id, item_ids, actor=actor, now=now)

    def acknowledge_alert(self, session: Session, alert_id: str, *, actor: str, now: datetime) -> Alert:
        return acknowledge_alert(session, alert_id, actor=actor, now=now)

    def check_document(
        self, document: str, text: str, *, jurisdiction_dir: Path, in_force: Mapping[str, str] | None = None
    ) -> None:
        if document != "alert_rules":
            raise NotFound(f"the alerting stage has no document {document!r}")
        check_alert_rules(text, "alert_rules.yaml", Path(jurisdiction_dir))
