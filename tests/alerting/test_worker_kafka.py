"""``yuqing alert`` end to end through the real broker: items.classified in, events and alerts out."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from kafka import KafkaConsumer
from sqlalchemy import func, select

from alerting.worker import run_alert_worker
from models.db import Alert, Event, Item
from models.enums import AlertKind, IncidentGrade
from models.messages import AlertMessage
from models.topics import ALERTS, ITEMS_CLASSIFIED, SOURCE_HEALTH
from tests.alerting.test_events_and_rules import FIRE_REPORTS, FOOD_REPORT
from yuqing.bus import BusProducer
from yuqing.db.engine import make_engine, make_session_factory
from yuqing.db.migrate import upgrade

pytestmark = pytest.mark.kafka


def _wait_for(predicate: Callable[[], bool], timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.2)
    raise AssertionError("condition not met in time")


@pytest.fixture
def worker_env(kafka_bootstrap, topic_prefix, make_settings, config_dir):
    settings = make_settings(
        kafka_bootstrap=kafka_bootstrap, kafka_topic_prefix=topic_prefix, jurisdiction_dir=config_dir
    )
    upgrade(settings.effective_database_url)
    engine = make_engine(settings.effective_database_url)
    stop = threading.Event()
    threads: list[threading.Thread] = []

    def start(name: str) -> None:
        t = threading.Thread(
            target=run_alert_worker, args=(settings,), kwargs={"worker_id": name, "stop": stop}, daemon=True
        )
        t.start()
        threads.append(t)

    yield settings, make_session_factory(engine), start
    stop.set()
    for t in threads:
        t.join(timeout=30)
    engine.dispose()


def _publish(settings, messages) -> None:
    with BusProducer(settings.bootstrap_servers, settings.kafka_topic_prefix) as producer:
        for topic, message in messages:
            producer.publish(topic, message)
        producer.flush()


def _classified(make_raw_item, make_classified_item, reports, now, **cls):
    return [
        make_classified_item(
            make_raw_item(source_id=s, title=t, text=x, published_at=now - timedelta(minutes=20 - i)),
            places=("虎山街道",),
            lead_unit="hushan",
            **cls,
        )
        for i, (s, t, x) in enumerate(reports)
    ]


def test_worker_forms_events_raises_alerts_and_feeds_the_desk(worker_env, make_raw_item, make_classified_item):
    settings, sessions, start = worker_env
    now = datetime.now(UTC)
    fire = _classified(make_raw_item, make_classified_item, FIRE_REPORTS, now, grade=IncidentGrade.LARGE)
    food = _classified(make_raw_item, make_classified_item, [FOOD_REPORT], now, negative=False)
    health = AlertMessage(
        id="health-src1-1",
        kind=AlertKind.SOURCE_HEALTH,
        rule="source_failing",
        level="三级",
        title="信源连续失败：江山论坛",
        source_id="jsbbs",
        created_at=now,
    )
    start("w1")
    _publish(settings, [*[(ITEMS_CLASSIFIED, m) for m in [*fire, *food]], (SOURCE_HEALTH, health)])

    def done() -> bool:
        # a batch stores and groups its items in one transaction, then evaluates rules in a
        # second: wait for its alerts too, not only for the items
        with sessions() as s:
            items = s.scalar(select(func.count()).select_from(Item))
            health_stored = s.get(Alert, "health-src1-1") is not None
            rule_alerts = s.scalar(select(func.count()).select_from(Alert).where(Alert.kind == "rule"))
            return items == 6 and health_stored and (rule_alerts or 0) >= 2

    _wait_for(done)
    with sessions() as s:
        events = list(s.scalars(select(Event)))
        assert sorted(e.item_count for e in events) == [1, 5]
        assert all(i.publish_sent_at is not None for i in s.scalars(select(Item)))
        rule_alerts = list(s.scalars(select(Alert).where(Alert.kind == "rule")))
        # five reports within the hour also make a spike against the event's empty baseline
        assert sorted(a.rule for a in rule_alerts) == ["event-spike", "grade-large"]
        fire_event = next(e for e in events if e.item_count == 5)
        assert {a.event_id for a in rule_alerts} == {fire_event.id}
        health_row = s.get(Alert, "health-src1-1")
        assert health_row.kind == "source_health" and health_row.escalation["chain"] == "desk_only"

    consumer = KafkaConsumer(
        ALERTS.full_name(settings.kafka_topic_prefix),
        bootstrap_servers=settings.bootstrap_servers,
        auto_offset_reset="earliest",
        consumer_timeout_ms=3000,
    )
    try:
        seen = [ALERTS.decode(r.value) for r in consumer]
    finally:
        consumer.close()
    feed = [m for m in seen if m.kind == AlertKind.RULE]
    assert sorted(m.id for m in feed) == sorted(a.id for a in rule_alerts)
    # the source-health report reaches the desk's feed once, through the alerting stage
    assert [m.id for m in seen if m.kind == AlertKind.SOURCE_HEALTH] == ["health-src1-1"]
    grade_msg = next(m for m in feed if m.rule == "grade-large")
    assert grade_msg.units == ("hushan",) and grade_msg.level == "一级" and grade_msg.grade == IncidentGrade.LARGE


def test_two_workers_raise_each_alert_once(worker_env, make_raw_item, make_classified_item):
    settings, sessions, start = worker_env
    now = datetime.now(UTC)
    reports = FIRE_REPORTS * 3
    messages = []
    for i, (source, title, text) in enumerate(reports):
        raw = make_raw_item(source_id=f"{source}-{i}", title=title, text=text, published_at=now - timedelta(minutes=i))
        messages.append(make_classified_item(raw, places=("虎山街道",), lead_unit="hushan", grade=IncidentGrade.MAJOR))
    start("w1")
    start("w2")
    time.sleep(3)  # let both join the group and share the partitions
    _publish(settings, [(ITEMS_CLASSIFIED, m) for m in messages])
    _publish(settings, [(ITEMS_CLASSIFIED, m) for m in messages[:5]])  # redelivery of the same items

    def done() -> bool:
        with sessions() as s:
            return s.scalar(select(func.sum(Event.item_count))) == len(messages)

    _wait_for(done)
    time.sleep(1.5)
    with sessions() as s:
        assert s.scalar(select(func.count()).select_from(Item)) == len(messages)
        assert s.scalar(select(func.count()).select_from(Event)) == 1
        rules = sorted(s.scalars(select(Alert.rule)))
    assert rules.count("grade-large") == 1
    assert len(rules) == len(set(rules))


def test_yuqing_alert_command(worker_env, make_raw_item, make_classified_item, tmp_path):
    import os
    import subprocess
    import sys

    settings, sessions, _start = worker_env
    now = datetime.now(UTC)
    _publish(
        settings,
        [(ITEMS_CLASSIFIED, m) for m in _classified(make_raw_item, make_classified_item, FIRE_REPORTS[:2], now)],
    )
    env = {
        **os.environ,
        "YUQING_KAFKA_BOOTSTRAP": settings.bootstrap_servers,
        "YUQING_KAFKA_TOPIC_PREFIX": settings.kafka_topic_prefix,
        "YUQING_DATABASE_URL": settings.effective_database_url,
        "YUQING_JURISDICTION_DIR": str(settings.jurisdiction_dir),
        "YUQING_DATA_DIR": str(tmp_path),
    }
    done = subprocess.run(
        [sys.executable, "-m", "cli.main", "alert", "--idle-exit", "4"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "alert worker stopped: 2 items" in done.stdout
    assert '"items_stored": 2' in done.stdout and '"wait_share": ' in done.stdout
    with sessions() as s:
        assert s.scalar(select(func.count()).select_from(Item)) == 2


def test_the_stage_reads_nothing_it_publishes(worker_env, make_raw_item, make_classified_item):
    """Source-health reports come in on ``sources.health`` only: an alert on ``alerts`` (the desk's
    feed, which the stage publishes) is never taken in again, and a rule alert sent to the
    source-health topic is dead-lettered with the reason, not stored."""
    settings, sessions, start = worker_env
    now = datetime.now(UTC)

    def health(alert_id: str, kind: AlertKind = AlertKind.SOURCE_HEALTH) -> AlertMessage:
        return AlertMessage(id=alert_id, kind=kind, rule="source_failing", level="三级", title="信源连续失败",
                            source_id="jsbbs", created_at=now)  # fmt: skip

    start("w1")
    _publish(
        settings,
        [(ALERTS, health("on-the-feed")), (SOURCE_HEALTH, health("not-health", AlertKind.RULE)),
         (SOURCE_HEALTH, health("reported"))],
    )  # fmt: skip
    _wait_for(lambda: _stored(sessions, "reported"))
    time.sleep(2.0)
    with sessions() as s:
        assert s.get(Alert, "on-the-feed") is None
        assert s.get(Alert, "not-health") is None
    dead = KafkaConsumer(
        SOURCE_HEALTH.dead_letters.full_name(settings.kafka_topic_prefix),
        bootstrap_servers=settings.bootstrap_servers,
        auto_offset_reset="earliest",
        consumer_timeout_ms=3000,
    )
    try:
        letters = [SOURCE_HEALTH.dead_letters.decode(r.value) for r in dead]
    finally:
        dead.close()
    assert len(letters) == 1 and "rule alerts do not come in on this topic" in letters[0].reason


def _stored(sessions, alert_id: str) -> bool:
    with sessions() as s:
        return s.get(Alert, alert_id) is not None
