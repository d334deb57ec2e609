"""Composition of a consuming stage process (``yuqing classify``, ``yuqing alert``).

:func:`run_stage` wires settings → producer → :class:`~yuqing.bus.StageConsumer` → handler, stops
cleanly on SIGINT/SIGTERM (finishing and committing the batch in hand), and closes everything.
"""

from __future__ import annotations

import gc
import logging
import signal
import threading
from collections.abc import Callable
from types import FrameType
from typing import Any, TypeVar

from models.messages import Message
from models.topics import Topic
from yuqing.bus import BusProducer, StageConsumer, StageStats
from yuqing.bus.consumer import Handler
from yuqing.settings import Settings

M = TypeVar("M", bound=Message)
log = logging.getLogger(__name__)

GC_THRESHOLDS = (50_000, 20, 10)
"""CPython's collector thresholds in a stage process (default ``(700, 10, 10)``)."""


def tune_garbage_collector() -> None:
    """Make CPython's cyclic garbage collector cheap for a stage (call once, after start-up).

    A stage allocates a few dozen container objects per item (the decoded message, the words and
    rows, rule contexts) that reference counting frees when the batch ends; with the default
    thresholds the collector still ran every 700 allocations and, every few batches, walked every
    object of the process (the imported libraries', the jurisdiction's model and word lists: some
    150,000 to 250,000). That was 8 % of the alerting stage's CPU (``bench/alerting.py``) and 4 to
    5 % of the classifier stage's (``bench/classifier.py --default-gc``). What start-up loaded is
    frozen (never scanned again) and young objects are collected every 50,000 allocations. Only
    cyclic garbage waits longer to be freed (a few MB at most).
    """
    gc.collect()
    gc.freeze()
    gc.set_threshold(*GC_THRESHOLDS)


def install_stop_signals(stop: threading.Event) -> None:
    """Set ``stop`` on SIGINT/SIGTERM (main thread only)."""

    def _handler(signum: int, _frame: FrameType | None) -> None:
        log.info("received signal %d, stopping after the current batch", signum)
        stop.set()

    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGINT, _handler)
        signal.signal(signal.SIGTERM, _handler)


def run_stage(
    settings: Settings,
    *,
    stage: str,
    topic: Topic[M],
    group: str,
    make_handler: Callable[[BusProducer], Handler[M]],
    stop: threading.Event | None = None,
    idle_exit_s: float | None = None,
    **consumer_config: Any,
) -> StageStats:
    """Run one consuming stage until stopped. ``make_handler`` receives the stage's producer."""
    stop = stop or threading.Event()
    producer = BusProducer(settings.bootstrap_servers, settings.kafka_topic_prefix, client_id=f"yuqing-{stage}")
    consumer: StageConsumer[M] | None = None
    try:
        handler = make_handler(producer)
        consumer = StageConsumer(
            bootstrap_servers=settings.bootstrap_servers,
            topic=topic,
            group=group,
            stage=stage,
            handler=handler,
            producer=producer,
            topic_prefix=settings.kafka_topic_prefix,
            **consumer_config,
        )
        log.info("%s consuming %s as group %s", stage, topic.full_name(settings.kafka_topic_prefix), group)
        return consumer.run(stop, idle_exit_s=idle_exit_s)
    finally:
        if consumer is not None:
            consumer.close()
        producer.close()
