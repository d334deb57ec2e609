"""Composition of a consuming stage process (``yuqing classify``, ``yuqing alert``).

:func:`run_stage` wires settings → producer → :class:`~yuqing.bus.StageConsumer` → handler, stops
cleanly on SIGINT/SIGTERM (finishing and committing the batch in hand), and closes everything.
"""

from __future__ import annotations

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
