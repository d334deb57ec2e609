"""The desk's live feed: the ``alerts`` topic, read from a point in it for one browser connection.

The one door from the alerting stage to the desk: an alert is published on ``alerts`` after it is
stored (by the alerting stage, and again by the escalation scheduler for each re-notification of
the desk), and the service streams the topic to the desk over server-sent events
(:mod:`service.api.routes.stream`). The topic's offsets are the stream's cursor: a browser that
reconnects resumes right after the last offset it saw, with no gap and no repeat — a cursor over
the ``alerts`` table cannot promise that once several alerting workers commit in their own order.

:class:`AlertFeed` is the small interface the route depends on; the composition root
(:func:`service.app.create_app`) passes the Kafka implementation.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from confluent_kafka import Consumer, KafkaException, TopicPartition

from models.messages import AlertMessage
from models.topics import ALERTS, MessageDecodeError
from service.errors import PartUnavailable
from yuqing.bus.options import librdkafka_config
from yuqing.bus.reach import require_listener
from yuqing.errors import RetryableError

log = logging.getLogger(__name__)

POLL_BATCH = 500
"""Alerts taken from the client per poll at most."""
LOOKUP_WAIT_S = 5.0
"""How long finding the first alert after a point in time may take."""


@dataclass(frozen=True)
class FeedEntry:
    offset: int
    """position on the feed: the stream's cursor"""
    message: AlertMessage


class FeedReader(Protocol):
    def poll(self, timeout_s: float) -> list[FeedEntry]:
        """The next entries (possibly none after ``timeout_s``)."""
        ...

    def close(self) -> None: ...


class AlertFeed(Protocol):
    def open(self, *, after: int | None = None, since: datetime | None = None) -> FeedReader:
        """A reader from just after offset ``after``, else from the first entry published at or
        after ``since``, else from the end."""
        ...

    def close(self) -> None:
        """Close every reader still open (the service is stopping)."""
        ...


class KafkaAlertFeed:
    """:class:`AlertFeed` on the ``alerts`` topic (one partition, so offsets order every alert)."""

    def __init__(self, bootstrap_servers: str, topic_prefix: str = "") -> None:
        self.bootstrap_servers = bootstrap_servers
        self.topic = ALERTS.full_name(topic_prefix)
        self._open: set[KafkaFeedReader] = set()
        self._lock = threading.Lock()

    def open(self, *, after: int | None = None, since: datetime | None = None) -> FeedReader:
        reader = KafkaFeedReader(self.bootstrap_servers, self.topic, after=after, since=since, on_close=self._closed)
        with self._lock:
            self._open.add(reader)
        return reader

    def _closed(self, reader: KafkaFeedReader) -> None:
        with self._lock:
            self._open.discard(reader)

    def close(self) -> None:
        with self._lock:
            readers = list(self._open)
        for reader in readers:
            reader.close()


class KafkaFeedReader:
    """One connection's reader: a consumer assigned partition 0 at its starting offset (it joins
    no group and commits nothing; librdkafka asks for a group name all the same).

    The client is not to be closed while a poll runs on another thread: :meth:`close` waits for a
    running poll (at most its timeout), and a closed reader polls nothing.
    """

    def __init__(
        self,
        bootstrap_servers: str,
        topic: str,
        *,
        after: int | None,
        since: datetime | None,
        on_close: Callable[[KafkaFeedReader], None] | None = None,
    ) -> None:
        self.on_close = on_close
        self._closed = False
        self._lock = threading.Lock()
        self.topic = topic
        options = {
            "group.id": "yuqing-desk-feed",
            "enable.auto.commit": False,
            "enable.auto.offset.store": False,
            # The broker answers a fetch as soon as one alert is there, else after a second: an
            # empty fetch costs it ~3 ms of CPU, and each open desk screen fetched ten times a
            # second (3 % of a broker core on the development machine per screen).
            "fetch.min.bytes": 1,
            "fetch.wait.max.ms": 1000,
        }
        try:
            require_listener(bootstrap_servers)
            self.consumer: Any = Consumer(librdkafka_config(bootstrap_servers, "yuqing-desk-feed", options))
        except (KafkaException, RetryableError) as exc:
            raise PartUnavailable(f"实时预警推送暂不可用（消息队列无法连接）：{exc}") from exc
        try:
            self.consumer.assign([TopicPartition(topic, 0, self._start(after, since))])
        except KafkaException as exc:
            self.consumer.close()
            raise PartUnavailable(f"实时预警推送暂不可用（消息队列无法连接）：{exc}") from exc

    def _start(self, after: int | None, since: datetime | None) -> int:
        """The first offset to read: after ``after``, else the first alert at or after ``since``,
        else the end as it was before that lookup (an alert published from then on is read, even
        one published during the lookup or before the client starts fetching). A lookup the broker
        does not answer raises :class:`KafkaException`: starting from anywhere else would skip or
        repeat alerts."""
        if after is not None:
            return after + 1
        # the end first: when no alert at or after ``since`` is found, every alert before this end
        # is older than ``since`` and every one published since the end was taken lies after it
        # (taken after the lookup, the end would skip an alert published in between)
        marks = self.consumer.get_watermark_offsets(TopicPartition(self.topic, 0), timeout=LOOKUP_WAIT_S)
        if marks is None:
            raise KafkaException(f"{self.topic}: no answer to the end-offset lookup")
        if since is not None:
            wanted = TopicPartition(self.topic, 0, int(since.timestamp() * 1000))
            found = self.consumer.offsets_for_times([wanted], timeout=LOOKUP_WAIT_S)
            if not found:
                raise KafkaException(f"{self.topic}: no answer to the offset lookup")
            if found[0].error is not None:
                raise KafkaException(found[0].error)
            if found[0].offset >= 0:
                return int(found[0].offset)
        return int(marks[1])

    def poll(self, timeout_s: float) -> list[FeedEntry]:
        with self._lock:
            if self._closed:
                return []
            polled = self.consumer.consume(POLL_BATCH, timeout_s)
        entries = []
        for record in polled:
            if record.error() is not None:
                log.warning("desk feed: %s", record.error().str())
                continue
            try:
                entries.append(FeedEntry(record.offset(), ALERTS.decode(record.value() or b"")))
            except MessageDecodeError as exc:
                log.warning("desk feed: skipping undecodable alerts@%d: %s", record.offset(), exc)
        return entries

    def close(self) -> None:
        """Close the consumer (once; from any thread, after a poll that is running)."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
            self.consumer.close()
        if self.on_close is not None:
            self.on_close(self)
