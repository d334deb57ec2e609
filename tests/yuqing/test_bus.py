"""The Kafka adapters against the real broker: stored once, crash-safe, dead letters with reasons."""

from __future__ import annotations

import base64
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest
from kafka import KafkaConsumer
from kafka.admin import KafkaAdminClient
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, sessionmaker

from models.db import Item
from models.messages import DeadLetter, RawItem
from models.topics import ITEMS_RAW
from tests.yuqing.bus_support import count_items, make_consumer, run_until, store_items
from yuqing.bus import BusProducer
from yuqing.bus.consumer import Record
from yuqing.errors import RetryableError

pytestmark = pytest.mark.kafka
ROOT = Path(__file__).resolve().parents[2]
DB = tuple[Engine, sessionmaker[Session]]


def _publish(bootstrap: str, prefix: str, items: Sequence[RawItem]) -> None:
    with BusProducer(bootstrap, prefix) as producer:
        for item in items:
            producer.publish(ITEMS_RAW, item)
        producer.flush()


def _read_dead_letters(bootstrap: str, prefix: str, expected: int, timeout_ms: int = 15_000) -> list[DeadLetter]:
    topic = ITEMS_RAW.dead_letters
    consumer = KafkaConsumer(
        topic.full_name(prefix),
        bootstrap_servers=bootstrap.split(","),
        group_id=None,
        auto_offset_reset="earliest",
        consumer_timeout_ms=timeout_ms,
    )
    letters: list[DeadLetter] = []
    try:
        for record in consumer:
            letters.append(topic.decode(record.value))
            if len(letters) >= expected:
                break
    finally:
        consumer.close()
    return letters


def test_a_produced_message_is_consumed_and_stored_once(
    kafka_bootstrap: str, topic_prefix: str, any_migrated_db: DB, make_raw_item: Callable[..., RawItem]
) -> None:
    _, factory = any_migrated_db
    items = [make_raw_item() for _ in range(6)]
    _publish(kafka_bootstrap, topic_prefix, [*items, items[0], items[3]])  # two re-deliveries of the same id
    consumer, producer = make_consumer(
        kafka_bootstrap, topic_prefix, f"g-{uuid.uuid4().hex[:8]}", lambda batch: store_items(factory, batch)
    )
    try:
        run_until(consumer, lambda: consumer.stats.processed >= 8)
    finally:
        consumer.close()
        producer.close()
    assert count_items(factory) == 6
    with factory() as session:
        assert set(session.scalars(select(Item.id))) == {i.id for i in items}
        stored = session.get(Item, items[0].id)
        assert stored is not None and stored.title == items[0].title
        assert stored.published_at == items[0].published_at


def test_a_consumer_killed_before_committing_is_restarted_and_stores_each_item_once(
    kafka_bootstrap: str, topic_prefix: str, migrated_db: DB, db_url: str, make_raw_item: Callable[..., RawItem]
) -> None:
    _, factory = migrated_db
    group = f"g-{uuid.uuid4().hex[:8]}"
    items = [make_raw_item() for _ in range(5)]
    _publish(kafka_bootstrap, topic_prefix, items)

    crashed = subprocess.run(
        [sys.executable, "-m", "tests.yuqing.bus_support", kafka_bootstrap, topic_prefix, group, db_url],
        cwd=ROOT, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert crashed.returncode == -9, crashed.stdout + crashed.stderr
    assert "stored" in crashed.stdout
    stored_before_restart = count_items(factory)
    assert stored_before_restart >= 1  # the work was stored ...
    admin = KafkaAdminClient(bootstrap_servers=kafka_bootstrap.split(","))
    try:
        assert not admin.list_group_offsets(group).get(group)  # ... but nothing was committed
    finally:
        admin.close()

    consumer, producer = make_consumer(kafka_bootstrap, topic_prefix, group, lambda batch: store_items(factory, batch))
    try:
        run_until(consumer, lambda: count_items(factory) == 5 and consumer.stats.processed >= 5)
    finally:
        consumer.close()
        producer.close()
    assert consumer.stats.processed == 5  # everything redelivered, including what was stored before the kill
    assert count_items(factory) == 5
    with factory() as session:
        assert sorted(session.scalars(select(Item.id))) == sorted(i.id for i in items)


def test_unparseable_and_rejected_messages_are_dead_lettered_with_the_reason_and_consumption_goes_on(
    kafka_bootstrap: str, topic_prefix: str, migrated_db: DB, make_raw_item: Callable[..., RawItem]
) -> None:
    _, factory = migrated_db
    good, poison, later = make_raw_item(), make_raw_item(title="POISON"), make_raw_item()

    def handler(batch: Sequence[Record[RawItem]]) -> None:
        if any(r.message.title == "POISON" for r in batch):
            raise ValueError("cannot store an item titled POISON")
        store_items(factory, batch)

    with BusProducer(kafka_bootstrap, topic_prefix) as producer:
        full = ITEMS_RAW.full_name(topic_prefix)
        producer.send_raw(full, b"k1", b"this is not json")
        producer.send_raw(full, b"k2", b'{"schema_version": 1, "id": "short"}')
        producer.publish(ITEMS_RAW, good)
        producer.publish(ITEMS_RAW, poison)
        producer.flush()

    consumer, out = make_consumer(kafka_bootstrap, topic_prefix, f"g-{uuid.uuid4().hex[:8]}", handler)
    try:
        run_until(consumer, lambda: consumer.stats.dead_lettered >= 3 and count_items(factory) >= 1)
        _publish(kafka_bootstrap, topic_prefix, [later])  # the consumer carries on after dead letters
        run_until(consumer, lambda: count_items(factory) >= 2)
    finally:
        consumer.close()
        out.close()

    with factory() as session:
        assert set(session.scalars(select(Item.id))) == {good.id, later.id}
    letters = {
        base64.b64decode(letter.value_b64): letter for letter in _read_dead_letters(kafka_bootstrap, topic_prefix, 3)
    }
    not_json = letters[b"this is not json"]
    assert not_json.error_type == "MessageDecodeError" and "invalid RawItem" in not_json.reason
    assert not_json.key == "k1" and not_json.topic == ITEMS_RAW.full_name(topic_prefix)
    assert not_json.stage == "test-store"
    invalid = letters[b'{"schema_version": 1, "id": "short"}']
    assert "invalid RawItem" in invalid.reason
    rejected = next(letter for raw, letter in letters.items() if poison.id.encode() in raw)
    assert rejected.error_type == "ValueError"
    assert rejected.reason == "cannot store an item titled POISON"
    assert ITEMS_RAW.decode(base64.b64decode(rejected.value_b64)) == poison


def test_a_retried_batch_dead_letters_its_bad_message_once(
    kafka_bootstrap: str, topic_prefix: str, migrated_db: DB, make_raw_item: Callable[..., RawItem]
) -> None:
    _, factory = migrated_db
    item = make_raw_item()
    calls: list[int] = []

    def flaky(batch: Sequence[Record[RawItem]]) -> None:
        calls.append(len(batch))
        if len(calls) == 1:
            raise RetryableError("database away for a moment")
        store_items(factory, batch)

    with BusProducer(kafka_bootstrap, topic_prefix) as producer:
        producer.send_raw(ITEMS_RAW.full_name(topic_prefix), None, b"garbage")
        producer.publish(ITEMS_RAW, item)
        producer.flush()
    consumer, out = make_consumer(kafka_bootstrap, topic_prefix, f"g-{uuid.uuid4().hex[:8]}", flaky, max_batch=10)
    try:
        run_until(consumer, lambda: count_items(factory) == 1 and consumer.stats.dead_lettered >= 1)
    finally:
        consumer.close()
        out.close()
    assert len(calls) >= 2 and consumer.stats.retries >= 1
    assert consumer.stats.dead_lettered == 1
    letters = _read_dead_letters(kafka_bootstrap, topic_prefix, 2, timeout_ms=3000)
    assert [base64.b64decode(letter.value_b64) for letter in letters] == [b"garbage"]


def test_a_failed_flush_is_not_reported_again_by_the_next_one(
    kafka_bootstrap: str, topic_prefix: str, make_raw_item: Callable[..., RawItem]
) -> None:
    """A flush that fails (here: a message larger than the broker takes) raises, and what it could
    not deliver is dropped (its publisher retries it): the next batch's flush reports its own outcome."""
    item = make_raw_item(title="报送")
    with BusProducer(kafka_bootstrap, topic_prefix, flush_timeout_s=10) as producer:
        producer.send_raw(ITEMS_RAW.full_name(topic_prefix), None, b"x" * (2 * 1024 * 1024))
        with pytest.raises(RetryableError, match="publishing failed"):
            producer.flush()
        producer.publish(ITEMS_RAW, item)
        producer.flush()


def test_publishing_to_a_topic_the_broker_does_not_have_fails_at_once(kafka_bootstrap: str, topic_prefix: str) -> None:
    """The broker does not create topics: the first message to a missing one is refused with the
    reason within the metadata round trip, not after the acknowledgement wait."""
    missing = f"{topic_prefix}no-such-topic-{uuid.uuid4().hex[:6]}"
    with BusProducer(kafka_bootstrap, topic_prefix, flush_timeout_s=60) as producer:
        started = time.monotonic()
        with pytest.raises(RetryableError, match="no such topic"):
            producer.send_raw(missing, None, b"x")
        assert time.monotonic() - started < 5
        producer.send_raw(ITEMS_RAW.full_name(topic_prefix), None, b"x")  # an existing topic still takes messages
        producer.flush()


def test_partitions_by_key_as_java_clients_do(kafka_bootstrap: str, topic_prefix: str) -> None:
    """Keyed messages land where Java clients (and the grouping-key layout of items.classified)
    put them: murmur2 of the key, as kafka-python's default partitioner computes it."""
    from kafka.partitioner.default import murmur2

    keys = [f"k{i}".encode() for i in range(40)]
    topic = ITEMS_RAW.full_name(topic_prefix)
    with BusProducer(kafka_bootstrap, topic_prefix) as producer:
        for key in keys:
            producer.send_raw(topic, key, key)
        producer.flush()
    consumer = KafkaConsumer(
        topic, bootstrap_servers=kafka_bootstrap.split(","), group_id=None, auto_offset_reset="earliest"
    )
    landed: dict[bytes, int] = {}
    try:
        for _ in range(20):
            for records in consumer.poll(timeout_ms=500).values():
                for record in records:
                    if record.key in keys:
                        landed[record.key] = record.partition
            if len(landed) == len(keys):
                break
    finally:
        consumer.close()
    partitions = ITEMS_RAW.partitions
    assert landed == {key: (murmur2(key) & 0x7FFFFFFF) % partitions for key in keys}
