"""Helpers for the bus tests: an idempotent item store and a consumer process that is killed
after storing its batch but before committing (run as ``python -m tests.yuqing.bus_support``)."""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session, sessionmaker

from models.db import Item
from models.messages import RawItem
from models.timeutil import utcnow
from models.topics import ITEMS_RAW
from yuqing.bus import BusProducer, StageConsumer
from yuqing.bus.consumer import Record
from yuqing.db.engine import make_engine, make_session_factory, transaction

SESSION_TIMEOUT_MS = 6000


def store_items(factory: sessionmaker[Session], batch: Sequence[Record[RawItem]]) -> None:
    """Insert the batch's items, ignoring ids already stored (idempotent on the item id)."""
    rows = [
        {
            "id": r.message.id,
            "source_id": r.message.source_id,
            "source_type": r.message.source_type.value,
            "source_tier": r.message.source_tier.value,
            "url": r.message.url,
            "title": r.message.title,
            "text": r.message.text,
            "published_at": r.message.published_at,
            "collected_at": r.message.collected_at,
            "stored_at": utcnow(),
        }
        for r in batch
    ]
    with transaction(factory) as session:
        dialect = session.get_bind().dialect.name
        insert = pg_insert if dialect == "postgresql" else sqlite_insert
        session.execute(insert(Item).values(rows).on_conflict_do_nothing(index_elements=["id"]))


def count_items(factory: sessionmaker[Session]) -> int:
    with factory() as session:
        return int(session.scalar(select(func.count()).select_from(Item)) or 0)


def make_consumer(
    bootstrap: str, prefix: str, group: str, handler: Callable[[Sequence[Record[RawItem]]], Any], **config: Any
) -> tuple[StageConsumer[RawItem], BusProducer]:
    producer = BusProducer(bootstrap, prefix)
    consumer = StageConsumer(
        bootstrap_servers=bootstrap,
        topic=ITEMS_RAW,
        group=group,
        stage="test-store",
        handler=handler,
        producer=producer,
        topic_prefix=prefix,
        session_timeout_ms=SESSION_TIMEOUT_MS,
        heartbeat_interval_ms=1000,
        **config,
    )
    return consumer, producer


def run_until(consumer: StageConsumer[Any], done: Callable[[], bool], timeout_s: float = 60.0) -> None:
    """Run ``consumer`` in a thread until ``done()`` holds (or fail after ``timeout_s``)."""
    stop = threading.Event()
    errors: list[BaseException] = []

    def _run() -> None:
        try:
            consumer.run(stop)
        except BaseException as exc:  # reported to the test below
            errors.append(exc)

    thread = threading.Thread(target=_run, daemon=True)
    thread.start()
    deadline = time.monotonic() + timeout_s
    try:
        while not done() and time.monotonic() < deadline and not errors:
            time.sleep(0.1)
    finally:
        stop.set()
        thread.join(timeout=15)
    if errors:
        raise errors[0]
    assert done(), f"condition not reached in {timeout_s}s (stats: {consumer.stats})"


def crash_after_store(bootstrap: str, prefix: str, group: str, db_url: str) -> None:
    """Consume, store the first batch, then die by SIGKILL before the offsets are committed."""
    factory = make_session_factory(make_engine(db_url))

    def handler(batch: Sequence[Record[RawItem]]) -> None:
        store_items(factory, batch)
        print(f"stored {len(batch)}", flush=True)
        os.kill(os.getpid(), signal.SIGKILL)

    consumer, _ = make_consumer(bootstrap, prefix, group, handler)
    consumer.run(idle_exit_s=60)
    sys.exit("no message arrived")


if __name__ == "__main__":
    crash_after_store(*sys.argv[1:5])
