"""Two workers at once on one database (SQLite and PostgreSQL): items stored once, one event, each
alert raised once, each escalation step sent once."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select

from alerting.escalation.scheduler import EscalationScheduler
from alerting.handler import ClassifiedItemHandler
from alerting.notify import Dispatcher
from alerting.notify.webhook import WebhookNotifier
from alerting.store import Incoming
from models.db import Alert, Event, Item
from models.enums import IncidentGrade
from tests.alerting.test_events_and_rules import FIRE_REPORTS

NOW = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)


def _run_together(*targets) -> None:
    barrier = threading.Barrier(len(targets))
    errors: list[BaseException] = []

    def wrap(fn):
        def run():
            barrier.wait()
            try:
                fn()
            except BaseException as exc:
                errors.append(exc)

        return run

    threads = [threading.Thread(target=wrap(t)) for t in targets]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not errors, errors


def test_two_handlers_on_the_same_incident(
    any_migrated_db, alerting_config, make_raw_item, make_classified_item, receiver
):
    sessions = any_migrated_db[1]
    items = [
        Incoming(
            make_classified_item(
                make_raw_item(source_id=f"{s}-{i}", title=t, text=x, published_at=NOW - timedelta(minutes=i)),
                places=("虎山街道",),
                lead_unit="hushan",
                grade=IncidentGrade.MAJOR,
            )
        )
        for i, (s, t, x) in enumerate(FIRE_REPORTS * 2)
    ]
    one = ClassifiedItemHandler(sessions, alerting_config, None, clock=lambda: NOW)
    two = ClassifiedItemHandler(sessions, alerting_config, None, clock=lambda: NOW)
    raised: list[str] = []
    _run_together(lambda: raised.extend(one.process(items[:7])), lambda: raised.extend(two.process(items[3:])))
    with sessions() as s:
        assert s.scalar(select(func.count()).select_from(Item)) == 10
        assert s.scalar(select(func.count()).select_from(Event)) == 1
        assert s.scalar(select(Event.item_count)) == 10
        rules = list(s.scalars(select(Alert.rule)))
    assert sorted(rules) == sorted(set(rules)) and "grade-large" in rules
    assert len(raised) == len(rules)

    one.publish(raised)
    dispatcher = Dispatcher({"webhook": WebhookNotifier("webhook", receiver.url("/hook"))}, retries=1)
    schedulers = [EscalationScheduler(sessions, dispatcher, worker_id=w, clock=lambda: NOW) for w in ("a", "b")]
    _run_together(*[s.run_due for s in schedulers])
    _run_together(*[s.run_due for s in schedulers])
    sent = [(r.json()["id"], r.json()["step"]) for r in receiver.to("/hook")]
    assert sorted(sent) == sorted((a, 0) for a in raised)
