"""The at-least-once stage consumer.

Contract for a stage handler ``handle(batch) -> rejected``:

* it receives a :class:`Batch` of decoded records (one poll, in offset order per partition);
* it stores or publishes its results idempotently, keyed on the message id (a batch can be
  delivered again after a crash or a rebalance);
* it returns the records it rejects permanently, each with the reason; they are dead-lettered;
* it raises :class:`~yuqing.errors.RetryableError` when something it depends on is away (database,
  broker): nothing is committed, the batch is re-read after a back-off;
* any other exception is treated as a poison message somewhere in the batch: the batch is
  re-run one record at a time and the record that still fails is dead-lettered.

Offsets are committed only after the handler returned and the producer was flushed.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from confluent_kafka import Consumer, KafkaError, KafkaException, TopicPartition

from models.messages import Message
from models.topics import MessageDecodeError, Topic
from yuqing.bus.options import librdkafka_config
from yuqing.bus.producer import BusProducer
from yuqing.bus.reach import require_listener
from yuqing.errors import RetryableError

M = TypeVar("M", bound=Message)
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Record(Generic[M]):
    """A decoded message with where it came from."""

    message: M
    partition: int
    offset: int
    key: bytes | None
    value: bytes
    timestamp_ms: int


@dataclass(frozen=True)
class _Raw:
    """A fetched message, not decoded yet."""

    partition: int
    offset: int
    key: bytes | None
    value: bytes
    timestamp_ms: int


Batch = Sequence[Record[M]]
Rejected = Sequence[tuple[Record[M], Exception]]
Handler = Callable[[Batch[M]], Rejected[M] | None]


@dataclass
class StageStats:
    """Counters a stage exposes to metrics and ``yuqing status``."""

    processed: int = 0
    dead_lettered: int = 0
    batches: int = 0
    retries: int = 0
    last_commit_at: float | None = None
    started_at: float = field(default_factory=time.time)


class StageConsumer(Generic[M]):
    """Consumes ``topic`` in consumer group ``group`` and runs ``handler`` on each poll batch."""

    def __init__(
        self,
        *,
        bootstrap_servers: str,
        topic: Topic[M],
        group: str,
        stage: str,
        handler: Handler[M],
        producer: BusProducer,
        topic_prefix: str = "",
        max_batch: int = 500,
        poll_timeout_ms: int = 500,
        max_backoff_s: float = 30.0,
        **config: Any,
    ) -> None:
        self.topic = topic
        self.stage = stage
        self.handler = handler
        self.producer = producer
        self.prefix = topic_prefix
        self.max_batch = max_batch
        self.poll_timeout_ms = poll_timeout_ms
        self.max_backoff_s = max_backoff_s
        self.stats = StageStats()
        options: dict[str, Any] = {
            "group.id": group,
            "enable.auto.commit": False,
            "enable.auto.offset.store": False,
            "auto.offset.reset": "earliest",
            "session.timeout.ms": 10_000,
            "heartbeat.interval.ms": 3_000,
            "max.poll.interval.ms": 300_000,
            "fetch.wait.max.ms": 100,
            # Fetch in bulk: the broker answers once 64 KiB are there (or after fetch.wait.max.ms),
            # and the client keeps at most a couple of batches per partition ahead of the stage.
            "fetch.min.bytes": 64 * 1024,
            "queued.min.messages": 2 * max_batch,
            "topic.metadata.refresh.interval.ms": 10_000,
        }
        options.update(config)
        self._full_topic = topic.full_name(topic_prefix)
        self._assigned: frozenset[int] = frozenset()
        require_listener(bootstrap_servers)
        try:
            self._consumer = Consumer(librdkafka_config(bootstrap_servers, f"yuqing-{stage}", options))
            self._consumer.subscribe([self._full_topic], on_assign=self._on_assign, on_revoke=self._on_revoke)
        except KafkaException as exc:
            raise RetryableError(f"cannot consume from Kafka at {bootstrap_servers}: {exc}") from exc

    # -- the loop -------------------------------------------------------------------------------

    def run(self, stop: threading.Event | None = None, *, idle_exit_s: float | None = None) -> StageStats:
        """Consume until ``stop`` is set (or nothing arrived for ``idle_exit_s``, for tools and tests)."""
        stop = stop or threading.Event()
        backoff = 0.5
        idle_since = time.monotonic()
        while not stop.is_set():
            records = self._poll()
            if not records:
                if idle_exit_s is not None and time.monotonic() - idle_since > idle_exit_s:
                    break
                continue
            idle_since = time.monotonic()
            try:
                self._process(records)
            except RetryableError as exc:
                self.stats.retries += 1
                log.warning("%s: retrying batch in %.1fs: %s", self.stage, backoff, exc)
                self._rewind(records)
                stop.wait(backoff)
                backoff = min(backoff * 2, self.max_backoff_s)
                continue
            backoff = 0.5
            self._commit(records)
        return self.stats

    def close(self) -> None:
        try:
            self._consumer.close()
        except (KafkaException, RuntimeError) as exc:  # already closed, or the broker is away
            log.debug("%s: closing the consumer: %s", self.stage, exc)

    # -- steps ----------------------------------------------------------------------------------

    def _poll(self) -> list[_Raw]:
        """One batch: waits up to the poll timeout for a first message, then takes at once what
        has already been fetched, up to ``max_batch`` (no waiting to fill the batch)."""
        try:
            first = self._consumer.poll(self.poll_timeout_ms / 1000)
            if first is None:
                return []
            polled = [first, *self._consumer.consume(self.max_batch - 1, 0)] if self.max_batch > 1 else [first]
        except (KafkaException, RuntimeError) as exc:
            log.warning("%s: poll failed, retrying: %s", self.stage, exc)
            time.sleep(1.0)
            return []
        records = []
        for msg in polled:
            error, partition, offset = msg.error(), msg.partition(), msg.offset()
            if error is None and partition is not None and offset is not None:
                records.append(_Raw(partition, offset, msg.key(), msg.value() or b"", msg.timestamp()[1]))
            elif error is not None and error.code() != KafkaError._PARTITION_EOF:
                log.warning("%s: %s", self.stage, error.str())
        return records

    def _process(self, raw: list[_Raw]) -> None:
        decoded: list[Record[M]] = []
        undecodable: list[tuple[_Raw, MessageDecodeError]] = []
        for rec in raw:
            try:
                message = self.topic.decode(rec.value)
            except MessageDecodeError as exc:
                undecodable.append((rec, exc))
                continue
            decoded.append(Record(message, rec.partition, rec.offset, rec.key, rec.value, rec.timestamp_ms))
        if decoded:
            self._handle(decoded)
        # Only after the handler did not ask for a retry: a re-read batch must not dead-letter twice.
        for rec, decode_error in undecodable:
            self._dead_letter(rec.partition, rec.offset, rec.key, rec.value, decode_error)
        self.producer.flush()
        self.stats.processed += len(decoded)
        self.stats.batches += 1

    def _handle(self, batch: list[Record[M]]) -> None:
        try:
            rejected = self.handler(batch) or ()
        except RetryableError:
            raise
        except Exception:
            log.exception("%s: batch of %d failed; retrying one record at a time", self.stage, len(batch))
            rejected = []
            for record in batch:
                try:
                    rejected.extend(self.handler([record]) or ())
                except RetryableError:
                    raise
                except Exception as exc:
                    rejected.append((record, exc))
        for record, reason in rejected:
            self._dead_letter(record.partition, record.offset, record.key, record.value, reason)

    def _dead_letter(self, partition: int, offset: int, key: bytes | None, value: bytes, exc: Exception) -> None:
        log.warning("%s: dead-lettering %s[%d]@%d: %s", self.stage, self.topic.name, partition, offset, exc)
        self.producer.dead_letter(
            self.topic, stage=self.stage, partition=partition, offset=offset, key=key, value=value, error=exc
        )
        self.stats.dead_lettered += 1

    def _next_offsets(self, raw: list[_Raw]) -> dict[int, int]:
        nxt: dict[int, int] = {}
        for rec in raw:
            nxt[rec.partition] = max(nxt.get(rec.partition, 0), rec.offset + 1)
        return nxt

    def _commit(self, raw: list[_Raw]) -> None:
        offsets = [TopicPartition(self._full_topic, p, off) for p, off in self._next_offsets(raw).items()]
        try:
            self._consumer.commit(offsets=offsets, asynchronous=False)
            self.stats.last_commit_at = time.time()
        except KafkaException as exc:
            # The group rebalanced: these records will be delivered again and handled idempotently.
            log.warning("%s: commit failed, records will be redelivered: %s", self.stage, exc)

    def _rewind(self, raw: list[_Raw]) -> None:
        first: dict[int, int] = {}
        for rec in raw:
            first[rec.partition] = min(first.get(rec.partition, rec.offset), rec.offset)
        for partition, off in first.items():
            try:
                self._consumer.seek(TopicPartition(self._full_topic, partition, off))
            except KafkaException:
                # The partition was revoked meanwhile; its new owner resumes from the last commit.
                pass

    # -- observability --------------------------------------------------------------------------

    def assigned(self) -> frozenset[int]:
        """The partitions this consumer owns now (safe to ask from any thread)."""
        return self._assigned

    def _on_assign(self, _consumer: Consumer, partitions: list[TopicPartition]) -> None:
        self._assigned = self._assigned | {tp.partition for tp in partitions}

    def _on_revoke(self, _consumer: Consumer, partitions: list[TopicPartition]) -> None:
        self._assigned = self._assigned - {tp.partition for tp in partitions}
