"""What the running app holds: built once by ``create_app``, reached through ``request.app.state``."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from models.ports import StagePorts
from models.timeutil import Clock
from service.feed import AlertFeed
from service.names import NameBook
from yuqing.settings import Settings

PUBLISH_WAIT_S = 5.0
"""How long a manual report waits for room in the client's send queue before the request fails
with 503: a person is waiting."""
ACK_WAIT_S = 10.0
"""How long it waits for the broker's acknowledgement (broker away, topic missing: 503 after this)."""


@dataclass
class ServiceState:
    """Engine, session factory, clock, the stages' ports, the names and the lazily created Kafka
    producer and desk feed of one app."""

    settings: Settings
    stages: StagePorts
    engine: Engine
    sessions: sessionmaker[Session]
    clock: Clock
    names: NameBook
    producer_factory: Callable[[], Any] | None = None
    sse_poll_seconds: float = 1.0
    sse_max_seconds: float | None = None
    sse_retry_seconds: float = 5.0
    feed_factory: Callable[[], AlertFeed] | None = None
    _producer: Any = None
    _feed: AlertFeed | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def producer(self) -> Any:
        """The app's ``BusProducer``, created on first use (manual reports), never at import."""
        with self._lock:
            if self._producer is None:
                if self.producer_factory is not None:
                    self._producer = self.producer_factory()
                else:
                    from yuqing.bus import BusProducer

                    self._producer = BusProducer(
                        self.settings.bootstrap_servers,
                        self.settings.kafka_topic_prefix,
                        client_id="service",
                        max_block_ms=int(PUBLISH_WAIT_S * 1000),
                        flush_timeout_s=ACK_WAIT_S,
                    )
            return self._producer

    def alert_feed(self) -> AlertFeed:
        """The desk's live feed (the ``alerts`` topic), made on first use, never at import."""
        with self._lock:
            if self._feed is None:
                if self.feed_factory is not None:
                    self._feed = self.feed_factory()
                else:
                    from service.feed import KafkaAlertFeed

                    self._feed = KafkaAlertFeed(self.settings.bootstrap_servers, self.settings.kafka_topic_prefix)
            return self._feed

    def close(self) -> None:
        with self._lock:
            if self._feed is not None:
                self._feed.close()
                self._feed = None
            if self._producer is not None:
                close = getattr(self._producer, "close", None)
                if close is not None:
                    close()
                self._producer = None
        self.engine.dispose()
