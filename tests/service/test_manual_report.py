"""人工报送 through the API lands on ``items.raw`` of the real broker, published by the app's lazily
created producer."""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from typing import Any

import pytest

from cli.compose import stage_ports
from models.topics import ITEMS_RAW
from service.app import create_app
from service.auth.sessions import COOKIE_NAME
from tests.service.conftest import TestClient, open_token
from yuqing.settings import Settings


@pytest.mark.kafka
def test_manual_report_is_published(
    users: dict[str, str],
    db: Any,
    make_settings: Callable[..., Settings],
    db_url: str,
    kafka_bootstrap: str,
    topic_prefix: str,
) -> None:
    from kafka import KafkaConsumer

    app = create_app(
        make_settings(database_url=db_url, kafka_bootstrap=kafka_bootstrap, kafka_topic_prefix=topic_prefix),
        stage_ports(),
    )
    with TestClient(app) as client:
        assert app.state.service._producer is None  # nothing connects before it is needed
        token, _ = open_token(db, users["hushan"])
        client.headers["Authorization"] = f"Bearer {token}"
        r = client.post(
            "/api/v1/manual-reports",
            json={"title": "群众来电：虎山街道某路段井盖缺失", "text": "<b>请尽快处理</b>", "region": "虎山街道"},
        )
        assert r.status_code == 202, r.text
        item_id = r.json()["detail"]["item_id"]
        assert client.post("/api/v1/manual-reports", json={"title": ""}).status_code == 422
        # the reporter is the account: nobody reports under another name
        r = client.post("/api/v1/manual-reports", json={"title": "冒名报送", "reporter": "desk1"})
        assert r.status_code == 422 and "reporter" in r.text
    with TestClient(app, follow_redirects=False) as browser:
        token, csrf = open_token(db, users["desk"])
        browser.cookies.set(COOKIE_NAME, token)
        assert "人工报送" in browser.get("/manual").text
        r = browser.post("/manual", data={"title": "网友反映双塔街道噪声扰民", "csrf_token": csrf})
        assert r.status_code == 303 and "/manual?msg=" in r.headers["location"]

    consumer = KafkaConsumer(
        ITEMS_RAW.full_name(topic_prefix),
        bootstrap_servers=kafka_bootstrap,
        auto_offset_reset="earliest",
        enable_auto_commit=False,
        consumer_timeout_ms=10_000,
    )
    try:
        items = [ITEMS_RAW.decode(record.value) for record in consumer]
    finally:
        consumer.close()
    by_id = {i.id: i for i in items}
    assert len(items) == 2 and item_id in by_id
    assert by_id[item_id].source_type == "manual" and by_id[item_id].default_unit == "hushan"
    assert by_id[item_id].author == "hushan1"
    (web,) = [i for i in items if i.id != item_id]
    assert web.title == "网友反映双塔街道噪声扰民" and web.author == "desk1"
    assert "<b>" not in items[0].text


@pytest.mark.kafka
def test_a_missing_topic_fails_fast_with_503(
    users: dict[str, str], db: Any, make_settings: Callable[..., Settings], db_url: str, kafka_bootstrap: str
) -> None:
    """A broker without the topic answers within seconds, clearly, instead of holding the request
    until the client gives up on the topic."""
    never_created = f"t{uuid.uuid4().hex[:10]}."
    app = create_app(
        make_settings(database_url=db_url, kafka_bootstrap=kafka_bootstrap, kafka_topic_prefix=never_created),
        stage_ports(),
    )
    with TestClient(app) as client:
        token, _ = open_token(db, users["hushan"])
        client.headers["Authorization"] = f"Bearer {token}"
        started = time.monotonic()
        r = client.post("/api/v1/manual-reports", json={"title": "群众来电：路灯不亮"})
        waited = time.monotonic() - started
    assert r.status_code == 503 and "消息队列暂不可用，报送未送达" in r.json()["detail"]
    assert waited < 5, f"the request was held {waited:.1f} s"


@pytest.mark.kafka
def test_metrics_report_consumer_lag(
    db: Any, make_settings: Callable[..., Settings], db_url: str, kafka_bootstrap: str, topic_prefix: str
) -> None:
    from kafka import KafkaConsumer, KafkaProducer, TopicPartition

    topic = ITEMS_RAW.full_name(topic_prefix)
    producer = KafkaProducer(bootstrap_servers=kafka_bootstrap)
    for n in range(3):
        producer.send(topic, key=b"k", value=b"v%d" % n, partition=0)
    producer.flush()
    producer.close()
    group = f"{topic_prefix}lagtest"
    consumer = KafkaConsumer(bootstrap_servers=kafka_bootstrap, group_id=group, enable_auto_commit=False)
    tp = TopicPartition(topic, 0)
    consumer.assign([tp])
    from kafka.structs import OffsetAndMetadata

    consumer.commit({tp: OffsetAndMetadata(1, "", -1)})
    consumer.close()
    app = create_app(
        make_settings(database_url=db_url, kafka_bootstrap=kafka_bootstrap, kafka_topic_prefix=topic_prefix),
        stage_ports(),
    )
    with TestClient(app) as client:
        text = client.get("/metrics").text
    assert f'yuqing_consumer_lag{{group="{group}",topic="{topic}"}} 2.0' in text
