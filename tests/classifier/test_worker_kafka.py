"""The classify stage against the real broker: two workers in one group, nothing lost or doubled;
a worker with a bad model refuses to start."""

from __future__ import annotations

import shutil
import threading
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from kafka import KafkaConsumer
from typer.testing import CliRunner

from classifier.engine import Classifier
from classifier.worker import STAGE, make_handler
from models.messages import ClassifiedItem, RawItem
from models.topics import ITEMS_CLASSIFIED, ITEMS_RAW
from yuqing.bus import BusProducer, StageConsumer

N_ITEMS = 240


def _worker(bootstrap: str, prefix: str, group: str, engine: Classifier) -> tuple[StageConsumer[RawItem], BusProducer]:
    producer = BusProducer(bootstrap, prefix)
    consumer = StageConsumer(
        bootstrap_servers=bootstrap,
        topic=ITEMS_RAW,
        group=group,
        stage=STAGE,
        handler=make_handler(engine, producer),
        producer=producer,
        topic_prefix=prefix,
        session_timeout_ms=6000,
        heartbeat_interval_ms=1000,
        max_batch=50,
    )
    return consumer, producer


def _assigned(consumer: StageConsumer[Any]) -> bool:
    return bool(consumer.assigned())


@pytest.mark.kafka
def test_two_workers_share_the_partitions_and_nothing_is_lost_or_doubled(
    kafka_bootstrap: str, topic_prefix: str, classifier_engine: Classifier, make_raw_item: Callable[..., RawItem]
) -> None:
    group = f"{topic_prefix}classify"
    workers = [_worker(kafka_bootstrap, topic_prefix, group, classifier_engine) for _ in range(2)]
    stop = threading.Event()
    threads = [threading.Thread(target=c.run, args=(stop,), daemon=True) for c, _ in workers]
    for t in threads:
        t.start()
    deadline = time.monotonic() + 60
    while not all(_assigned(c) for c, _ in workers) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert all(_assigned(c) for c, _ in workers), "both workers should own partitions"

    texts = ["工地老板拖欠工资", "孩子入学报名被拒", "小区电梯坏了物业不修", "西山镇厂房坍塌3人死亡"]
    items = [make_raw_item(title=f"第{i}条", text=texts[i % len(texts)]) for i in range(N_ITEMS)]
    with BusProducer(kafka_bootstrap, topic_prefix) as producer:
        for item in items:
            producer.publish(ITEMS_RAW, item)
        producer.flush()

    reader = KafkaConsumer(
        ITEMS_CLASSIFIED.full_name(topic_prefix),
        bootstrap_servers=kafka_bootstrap.split(","),
        group_id=None,
        auto_offset_reset="earliest",
        enable_auto_commit=False,
    )
    seen: Counter[str] = Counter()
    results: dict[str, ClassifiedItem] = {}
    deadline = time.monotonic() + 90
    quiet_until: float | None = None
    try:
        while time.monotonic() < deadline:
            for records in reader.poll(timeout_ms=500).values():
                for record in records:
                    message = ITEMS_CLASSIFIED.decode(record.value)
                    seen[message.id] += 1
                    results[message.id] = message
            if len(seen) >= N_ITEMS:
                quiet_until = quiet_until or time.monotonic() + 3  # keep reading a little for duplicates
                if time.monotonic() > quiet_until:
                    break
    finally:
        reader.close()
        stop.set()
        for t in threads:
            t.join(timeout=20)
        for consumer, producer in workers:
            consumer.close()
            producer.close()

    assert set(seen) == {i.id for i in items}
    assert max(seen.values()) == 1, "an item was published twice"
    assert all(c.stats.processed > 0 for c, _ in workers), [c.stats for c, _ in workers]
    assert sum(c.stats.processed for c, _ in workers) == N_ITEMS
    sample = next(r for r in results.values() if "坍塌" in r.item.text)
    assert sample.classification.grade is not None and sample.classification.lead_unit == "yingji"


def test_classify_command_refuses_to_start_with_a_corrupt_model(
    jurisdiction: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cli.main import build_app

    folder = tmp_path / "j"
    shutil.copytree(jurisdiction, folder)
    (folder / "model" / "model.joblib").write_bytes(b"\x00not a model")
    monkeypatch.setenv("YUQING_JURISDICTION_DIR", str(folder))
    monkeypatch.setenv("YUQING_KAFKA_BOOTSTRAP", "127.0.0.1:9")  # never reached: the model is checked first
    monkeypatch.setenv("YUQING_DATA_DIR", str(tmp_path / "data"))
    started = time.monotonic()
    result = CliRunner().invoke(build_app(), ["classify"])
    assert result.exit_code == 2
    assert "corrupt" in result.output and "model.joblib" in result.output
    assert time.monotonic() - started < 30

    (folder / "model" / "model.joblib").unlink()
    result = CliRunner().invoke(build_app(), ["classify"])
    assert result.exit_code == 2 and "not found" in result.output


@pytest.mark.kafka
def test_the_stage_process_stops_scanning_what_start_up_loaded(
    kafka_bootstrap: str,
    topic_prefix: str,
    classifier_engine: Classifier,
    make_settings: Callable[..., Any],
    migrated_db: Any,
    db_url: str,
) -> None:
    """A long-running classify worker must not walk the model, word lists and libraries it loaded
    with every full collection (4–5 % of the stage's CPU with CPython's defaults): start-up's
    objects are frozen and young objects collected far less often, as in the alerting process."""
    import gc

    from classifier.worker import run_classifier
    from yuqing.worker import GC_THRESHOLDS

    settings = make_settings(kafka_bootstrap=kafka_bootstrap, kafka_topic_prefix=topic_prefix, database_url=db_url)
    before = gc.get_threshold()
    stop = threading.Event()
    stop.set()
    try:
        run_classifier(settings, classifier_engine, group=f"{topic_prefix}gc", stop=stop, idle_exit_s=1)
        assert gc.get_threshold() == GC_THRESHOLDS
        assert gc.get_freeze_count() > 10_000, "the loaded classifier's objects should be frozen"
    finally:
        gc.unfreeze()
        gc.set_threshold(*before)
