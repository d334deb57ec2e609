"""Faults while items flow, with two alerting workers sharing the load: killed workers, a broker
restart, a database restart.

After recovery every published item is stored exactly once, every event's item count matches its
items, each incident is one event, no alert was raised, delivered or published twice, and while the
database is down the alerting stage stops committing instead of dropping items.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable

import pytest
from kafka import KafkaConsumer
from sqlalchemy import text

from models.messages import RawItem
from models.topics import ALERTS
from tests.e2e.conftest import Pipeline
from yuqing.lag import STAGE_GROUPS, LagReader

pytestmark = [pytest.mark.kafka, pytest.mark.postgres, pytest.mark.long, pytest.mark.timeout(240)]

STORIES = (
    (
        "{town}一化工厂发生爆炸事故",
        "{town}工业园区一化工厂今天凌晨发生爆炸，造成3人死亡、12人受伤，直接经济损失约1200万元。",
    ),
    ("{town}多条道路积水严重", "连日暴雨导致{town}多条道路积水，居民出行困难，希望有关部门尽快疏通排水管网。"),
    ("{town}小学学区划分引家长关注", "{town}多名家长反映今年小学学区划分方案迟迟没有公布，孩子入学安排不明确。"),
    ("{town}企业拖欠农民工工资", "{town}一建筑工地四十多名农民工反映被拖欠工资半年，多次讨要无果。"),
)
TOWNS = ("虎山街道", "双塔街道", "贺村镇", "峡口镇", "廿八都镇", "凤林镇")


def stream(make_raw_item: Callable[..., RawItem], n: int, start: int = 0) -> list[RawItem]:
    items = []
    for k in range(start, start + n):
        title, body = STORIES[k % len(STORIES)]
        town = TOWNS[(k // len(STORIES)) % len(TOWNS)]
        items.append(
            make_raw_item(
                title=title.format(town=town),
                text=f"{body.format(town=town)}（第{k}条报道）",
                source_id=f"outlet-{k % 5}",
            )
        )
    return items


def incident_of(item: RawItem) -> tuple[str, str]:
    """(story, town) of an item of :func:`stream`: the incident it reports."""
    town = next(t for t in TOWNS if t in item.title)
    story = next(title for title, _body in STORIES if title.format(town=town) == item.title)
    return story, town


def assert_one_event_per_incident(pipeline: Pipeline, items: list[RawItem]) -> None:
    with pipeline.engine.connect() as conn:
        event_of = {i: e for i, e in conn.execute(text("SELECT id, event_id FROM items"))}
        open_events = conn.execute(text("SELECT count(*) FROM events WHERE merged_into_id IS NULL")).scalar_one()
    events: dict[tuple[str, str], set[int]] = {}
    for item in items:
        events.setdefault(incident_of(item), set()).add(event_of[item.id])
    assert {k: v for k, v in events.items() if len(v) > 1} == {}, "each incident is one event"
    assert len({next(iter(v)) for v in events.values()}) == len(events) == open_events, "one incident per event"


def assert_consistent(pipeline: Pipeline) -> None:
    with pipeline.engine.connect() as conn:
        ids = [row[0] for row in conn.execute(text("SELECT id FROM items"))]
        assert Counter(ids) == Counter(pipeline.published), "every published item stored exactly once"
        unassigned = conn.execute(text("SELECT count(*) FROM items WHERE event_id IS NULL")).scalar_one()
        assert unassigned == 0, "every stored item belongs to an event"
        wrong_counts = conn.execute(
            text(
                "SELECT e.id, e.item_count, count(i.id) FROM events e LEFT JOIN items i ON i.event_id = e.id "
                "WHERE e.merged_into_id IS NULL GROUP BY e.id, e.item_count HAVING e.item_count <> count(i.id)"
            )
        ).all()
        assert wrong_counts == [], "event item counts match their items"
        twice = conn.execute(
            text(
                "SELECT alert_id, channel, target, step_index, count(*) FROM alert_deliveries "
                "WHERE status = 'sent' GROUP BY alert_id, channel, target, step_index HAVING count(*) > 1"
            )
        ).all()
        assert twice == [], "no alert delivered twice on one channel step"
        raised_twice = conn.execute(
            text(
                "SELECT event_id, rule, count(*) FROM alerts WHERE kind = 'rule' "
                "GROUP BY event_id, rule HAVING count(*) > 1"
            )
        ).all()
        assert raised_twice == [], "no rule raised twice for one event (its state does not change in these streams)"
        alert_ids = [row[0] for row in conn.execute(text("SELECT id FROM alerts"))]
    consumer = KafkaConsumer(
        ALERTS.full_name(pipeline.prefix),
        bootstrap_servers=pipeline.bootstrap,
        auto_offset_reset="earliest",
        consumer_timeout_ms=3000,
    )
    try:
        published = Counter(ALERTS.decode(m.value).id for m in consumer)
    finally:
        consumer.close()
    assert [a for a, n in published.items() if n > 1] == [], "no alert published twice on the desk feed"
    assert set(published) <= set(alert_ids)


def test_killed_classifier_then_alert_worker_lose_and_double_nothing(
    kafka_bootstrap: str, make_pipeline: Callable[[str], Pipeline], make_raw_item: Callable[..., RawItem]
) -> None:
    pipeline = make_pipeline(kafka_bootstrap)
    pipeline.start("classify-1", "classify")
    pipeline.start("alert-1", "alert")
    pipeline.start("alert-2", "alert")
    items = stream(make_raw_item, 240)
    pipeline.publish(items)
    assert pipeline.wait_stored(40) >= 40, pipeline.logs()
    pipeline.kill9("classify-1")
    items += stream(make_raw_item, 160, start=240)
    pipeline.publish(items[240:])
    pipeline.start("classify-2", "classify")
    assert pipeline.wait_stored(300) >= 300, pipeline.logs()
    pipeline.kill9("alert-1")
    pipeline.start("alert-3", "alert")
    assert pipeline.wait_stored(400) == 400, pipeline.logs()
    time.sleep(2.0)  # let any redelivered batch be handled (and ignored) before checking
    assert_consistent(pipeline)
    assert_one_event_per_incident(pipeline, items)
    with pipeline.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM alerts WHERE kind = 'rule'")).scalar_one() > 0


def test_broker_stop_and_restart_loses_nothing(
    kafka_runtime_factory: Callable[[], object],
    make_pipeline: Callable[[str], Pipeline],
    make_raw_item: Callable[..., RawItem],
) -> None:
    runtime = kafka_runtime_factory()
    status = runtime.start()  # type: ignore[attr-defined]
    try:
        pipeline = make_pipeline(status.bootstrap)
        pipeline.start("classify-1", "classify")
        pipeline.start("alert-1", "alert")
        pipeline.start("alert-2", "alert")
        pipeline.publish(stream(make_raw_item, 150))
        assert pipeline.wait_stored(150) == 150, pipeline.logs()
        assert runtime.stop()  # type: ignore[attr-defined]
        time.sleep(2.0)
        runtime.start()  # type: ignore[attr-defined]
        pipeline.publish(stream(make_raw_item, 150, start=150))
        assert pipeline.wait_stored(300, timeout_s=150) == 300, pipeline.logs(status.log_file)
        pipeline.assert_alive()
        time.sleep(2.0)
        assert_consistent(pipeline)
    finally:
        runtime.stop()  # type: ignore[attr-defined]


def test_database_down_stops_commits_then_catches_up(
    kafka_bootstrap: str,
    make_pipeline: Callable[[str], Pipeline],
    make_raw_item: Callable[..., RawItem],
    pg_cluster: object,
) -> None:
    pipeline = make_pipeline(kafka_bootstrap)
    pipeline.start("classify-1", "classify")
    pipeline.start("alert-1", "alert")
    pipeline.start("alert-2", "alert")
    pipeline.publish(stream(make_raw_item, 100))
    assert pipeline.wait_stored(100) == 100, pipeline.logs()

    group, topic = STAGE_GROUPS["alerting"]
    with LagReader(kafka_bootstrap) as reader:  # stored is not yet committed: a rebalance (the second
        deadline = time.monotonic() + 60  # worker joining) can send a stored batch round again
        while time.monotonic() < deadline and reader.group_lag(group, pipeline.prefix + topic).lag:
            time.sleep(0.5)
        assert reader.group_lag(group, pipeline.prefix + topic).lag == 0, pipeline.logs()
    pg_cluster.stop()  # type: ignore[attr-defined]
    try:
        pipeline.publish(stream(make_raw_item, 100, start=100))
        with LagReader(kafka_bootstrap) as reader:
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline and reader.group_lag(group, pipeline.prefix + topic).produced < 200:
                time.sleep(0.5)  # the classifier keeps classifying without the database
            time.sleep(3.0)
            lag_down = reader.group_lag(group, pipeline.prefix + topic)
            assert lag_down.produced == 200
            assert lag_down.lag == 100, "nothing committed past what was stored while the database is down"
        pipeline.assert_alive()
    finally:
        pg_cluster.start()  # type: ignore[attr-defined]
    assert pipeline.wait_stored(200, timeout_s=120) == 200, pipeline.logs()
    time.sleep(2.0)
    assert_consistent(pipeline)


def test_two_alerting_workers_one_killed_mid_batch(
    kafka_bootstrap: str, make_pipeline: Callable[[str], Pipeline], make_raw_item: Callable[..., RawItem]
) -> None:
    """Two alerting workers share the load; one is killed while it holds a batch's transaction. Its
    partitions move to the other, which handles the batch again: every item is stored once, each
    incident is one event (no twin left behind), and no alert is raised or published twice."""
    pipeline = make_pipeline(kafka_bootstrap)
    pipeline.start("classify-1", "classify")
    pipeline.start("alert-1", "alert")
    pipeline.start("alert-2", "alert")
    items = stream(make_raw_item, 600)
    pipeline.publish(items[:300])
    assert pipeline.wait_stored(30) >= 30, pipeline.logs()
    pipeline.publish(items[300:])
    pipeline.kill9_mid_batch("alert-1")
    assert pipeline.wait_stored(600, timeout_s=150) == 600, pipeline.logs()
    time.sleep(2.0)  # let any redelivered batch be handled again before checking
    assert_consistent(pipeline)
    assert_one_event_per_incident(pipeline, items)
    with pipeline.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM alerts WHERE kind = 'rule'")).scalar_one() > 0
