"""The ``items.classified`` handler of ``yuqing alert``: store, group, evaluate rules, raise alerts.

One transaction per poll batch: items are inserted (insert-or-ignore, so a redelivered batch does
nothing), grouped into events, volumes counted, rules evaluated and alerts inserted atomically by
de-duplication key. After the commit, new alerts are published on ``alerts`` for the desk's live
feed (the stage consumer flushes the producer before committing offsets) and the escalation
scheduler is woken to notify the external channels. A new alert is inserted with its first step
:data:`~alerting.raising.FEED_GRACE` in the future; once the broker acknowledged it on the feed it is
marked ``feed_published_at`` and released (``next_step_at = now``). If the process dies in between,
the scheduler picks it up after the grace and its first desk step publishes it on the feed
(at-least-once: the desk de-duplicates by alert id).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from sqlalchemy import update
from sqlalchemy.exc import InterfaceError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from alerting.config import AlertingConfig, AlertRulesFile
from alerting.escalation.scheduler import notice_for
from alerting.events.grouping import EventGrouper
from alerting.notify.desk import alert_message
from alerting.raising import AlertLedger, RaisedAlert, external_alert_row, insert_alert, raise_for_hit
from alerting.rules import RuleContext, build_rules, evaluate
from alerting.store import Incoming, insert_item_rows, pending_new_items, sent_at_from_ms, store_items
from models.db import Alert
from models.enums import AlertKind
from models.messages import AlertMessage, ClassifiedItem
from models.timeutil import Clock, utcnow
from models.topics import ALERTS
from yuqing.bus import BusProducer
from yuqing.bus.consumer import Record
from yuqing.config_versions import LiveDocument
from yuqing.db.engine import transaction
from yuqing.errors import RetryableError

log = logging.getLogger(__name__)


class ClassifiedItemHandler:
    """Handles batches of ``items.classified`` records (see module docstring)."""

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        config: AlertingConfig,
        producer: BusProducer | None,
        *,
        clock: Clock = utcnow,
        on_raised: Callable[[], None] | None = None,
        live_rules: LiveDocument[AlertRulesFile] | None = None,
    ) -> None:
        self.sessions = session_factory
        self.config = config
        self.producer = producer
        self.clock = clock
        self.on_raised = on_raised
        self.live_rules = live_rules
        self.grouper = EventGrouper(config.rules.grouping)
        self.rules = build_rules(config.rules)

    def reload_rules(self) -> None:
        """Take the alert rules in force (edited online) before a batch: ``live_rules`` checks the
        version number at most every few seconds and parses a new version once."""
        if self.live_rules is None:
            return
        rules = self.live_rules.current()
        if rules is self.config.rules:
            return
        if rules.grouping != self.config.rules.grouping:
            self.grouper = EventGrouper(rules.grouping)
        self.config = self.config.model_copy(update={"rules": rules})
        self.rules = build_rules(rules)

    def __call__(self, batch: Sequence[Record[ClassifiedItem]]) -> list[tuple[Record[ClassifiedItem], Exception]]:
        incoming = [Incoming(r.message, sent_at_from_ms(r.timestamp_ms)) for r in batch]
        raised = self.process(incoming)
        self.publish(raised)
        return []

    def process(self, incoming: Sequence[Incoming]) -> list[str]:
        """Store and evaluate ``incoming``; return the ids of the alerts raised (committed)."""
        self.reload_rules()
        now = self.clock()
        raised: list[RaisedAlert] = []
        try:
            with transaction(self.sessions) as session:
                if session.get_bind().dialect.name == "postgresql":
                    pending = pending_new_items(session, incoming, now)
                    assignments = self.grouper.assign(session, [inc for inc, _ in pending], now, link_items=False)
                    event_of = {a.item.message.id: a.event.id for a in assignments}
                    insert_item_rows(session, [{**row, "event_id": event_of[row["id"]]} for _, row in pending])
                else:
                    new = store_items(session, incoming, now)
                    assignments = self.grouper.assign(session, new, now)
                session.flush()
                memo: dict[object, object] = {}
                ledger = AlertLedger(session, (a.event.id for a in assignments))
                for assignment in assignments:
                    ctx = RuleContext(session, assignment, self.config.rules.grouping.bucket_minutes, now, memo)
                    for hit in evaluate(self.rules, ctx):
                        alert = raise_for_hit(session, hit, assignment, self.config, now, ledger)
                        if alert is not None:
                            raised.append(alert)
        except (OperationalError, InterfaceError) as exc:
            raise RetryableError(f"database unavailable: {exc}") from exc
        return [a.id for a in raised]

    def publish(self, alert_ids: Sequence[str]) -> None:
        """Publish new alerts on the desk feed topic and wake the escalation scheduler."""
        if not alert_ids:
            return
        values: dict[str, object] = {"next_step_at": self.clock()}
        if self.producer is not None:
            with self.sessions() as session:
                for alert_id in alert_ids:
                    alert = session.get(Alert, alert_id)
                    if alert is not None:
                        self.producer.publish(ALERTS, alert_message(notice_for(alert, step=0, target="desk")))
            self.producer.flush()
            values["feed_published_at"] = values["next_step_at"]
        try:
            with transaction(self.sessions) as session:
                session.execute(
                    update(Alert)
                    .where(Alert.id.in_(alert_ids), Alert.escalation_state == "active", Alert.claimed_by.is_(None))
                    .values(**values)
                )
        except (OperationalError, InterfaceError):
            # Not fatal: after FEED_GRACE the scheduler runs the alert and publishes it on the feed itself.
            log.warning("could not release %d new alerts to the escalation scheduler", len(alert_ids))
        if self.on_raised is not None:
            self.on_raised()


class ExternalAlertHandler:
    """Handles the ``alerts`` topic: stores alerts other stages raised (``source_health`` from the
    collectors) so they reach the notifiers and escalate like rule alerts. Our own rule alerts on the
    topic are skipped (already stored)."""

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        config: AlertingConfig,
        *,
        kinds: frozenset[AlertKind] = frozenset({AlertKind.SOURCE_HEALTH}),
        clock: Clock = utcnow,
        on_raised: Callable[[], None] | None = None,
    ) -> None:
        self.sessions = session_factory
        self.config = config
        self.kinds = kinds
        self.clock = clock
        self.on_raised = on_raised

    def __call__(self, batch: Sequence[Record[AlertMessage]]) -> list[tuple[Record[AlertMessage], Exception]]:
        now = self.clock()
        added = 0
        try:
            with transaction(self.sessions) as session:
                for record in batch:
                    if record.message.kind not in self.kinds:
                        continue
                    if insert_alert(session, external_alert_row(record.message, self.config, now), now):
                        added += 1
        except (OperationalError, InterfaceError) as exc:
            raise RetryableError(f"database unavailable: {exc}") from exc
        if added and self.on_raised is not None:
            self.on_raised()
        return []
