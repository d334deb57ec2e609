"""The deadline job inside ``yuqing alert``: notices reach the desk's live feed on the real broker."""

from __future__ import annotations

import pytest
from kafka import KafkaConsumer
from sqlalchemy.orm import Session, sessionmaker

from alerting.config import load_alerting_config
from alerting.notify.dispatcher import build_dispatcher
from alerting.notify.messages import message_sender
from cli.compose import periodic_jobs
from models.db.events import Event
from models.enums import AlertKind
from models.messages import AlertMessage
from models.topics import ALERTS
from tests.tracker.conftest import bj
from tracker.cases import dispatch
from yuqing.bus import BusProducer
from yuqing.db.engine import transaction
from yuqing.periodic import JobContext, provided_jobs
from yuqing.settings import EXAMPLE_JURISDICTION

T0 = bj("2025-03-03 09:00")


def _read(bootstrap: str, prefix: str, expected: int) -> list[AlertMessage]:
    consumer = KafkaConsumer(
        ALERTS.full_name(prefix),
        bootstrap_servers=bootstrap.split(","),
        group_id=None,
        auto_offset_reset="earliest",
        consumer_timeout_ms=6_000,
    )
    got: list[AlertMessage] = []
    try:
        for record in consumer:
            got.append(ALERTS.decode(record.value))
            if len(got) >= expected:
                break
    finally:
        consumer.close()
    return got


@pytest.mark.kafka
def test_periodic_job_publishes_deadline_alerts_once(
    kafka_bootstrap: str, topic_prefix: str, factory: sessionmaker[Session], make_settings: object
) -> None:
    with transaction(factory) as s:
        event = Event(
            title="某路段塌陷", grade="major", first_seen_at=T0, last_seen_at=T0, created_at=T0, updated_at=T0
        )
        s.add(event)
        s.flush()
        dispatch(s, event.id, "zhujian", [], "desk", T0)
    config = load_alerting_config(EXAMPLE_JURISDICTION)
    with BusProducer(kafka_bootstrap, topic_prefix) as producer:
        dispatcher = build_dispatcher(config.channels, producer=producer, environ={})
        notify = message_sender(factory, dispatcher, dict(config.channels.desk_recipients))
        ctx = JobContext(make_settings(), factory, notify)  # type: ignore[operator]
        jobs = [j for j in provided_jobs(ctx, periodic_jobs()) if j.name == "tracker-deadlines"]
        assert len(jobs) == 1
        jobs[0].run(bj("2025-03-03 10:00"))  # sign reminder (due 11:00, 60 min before)
        jobs[0].run(bj("2025-03-03 10:00"))  # again: nothing new
        jobs[0].run(bj("2025-03-03 14:00"))  # sign + first release overdue and escalated
    got = _read(kafka_bootstrap, topic_prefix, 6)  # one more than expected: proves no duplicate came
    assert all(m.kind is AlertKind.DEADLINE and m.units == ("zhujian",) for m in got)
    assert sorted(m.rule for m in got) == sorted(
        ["tracker.sign.remind"]
        + [f"tracker.{r}.{m}" for r in ("sign", "first_release") for m in ("overdue", "escalate")]
    )
    assert len({m.id for m in got}) == 5
